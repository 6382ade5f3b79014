"""The archive's tables, declared once as SQLAlchemy 2 models (the Alembic revisions must match them).

One row of `ArchivedYear` per archived year holds the centre's details and the year's headline figures;
every other table holds one row per record of that year and is keyed by ``year``. Money is in USD,
quantities in the canonical unit of `vncpc_xl.core.RESOURCES`, emissions in tonnes per year — the
units of `vncpc_xl.consolidate.YearData`. No workbook bytes are stored: figures, names and SHA-256.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: Constraint names fixed by convention, so SQLite and PostgreSQL migrations name them alike.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """The declarative base of the archive's models."""

    metadata = MetaData(naming_convention=NAMING)


def _year_key() -> Mapped[int]:
    return mapped_column(ForeignKey("years.year", ondelete="CASCADE"), index=True)


class ArchivedYear(Base):
    """One archived year: the centre, when and from what it was added, and its headline figures.

    `source_digest` is the SHA-256 of the sorted ``path sha256`` lines of the year's source files: the
    same files give the same digest (re-adding them is a no-op). The headline figures are those of the
    annual report: `companies` (audit workbooks), `completed`, Bảng 3's `implemented_*` (implemented
    options of completed assessments), training `*_person_days`, `participants` (held courses and
    seminars), `awareness_participants`, `certified`, and the centre file's Prior* counts.
    """

    __tablename__ = "years"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    centre_name: Mapped[str] = mapped_column(Text)
    director: Mapped[str] = mapped_column(Text)
    folder: Mapped[str] = mapped_column(Text)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    source_digest: Mapped[str] = mapped_column(String(64))
    grid_factor_year: Mapped[int | None] = mapped_column(Integer)
    prior_awareness_participants: Mapped[int] = mapped_column(Integer)
    prior_certified_trainees: Mapped[int] = mapped_column(Integer)
    staff_count: Mapped[int] = mapped_column(Integer)
    staff_months: Mapped[float] = mapped_column(Float)
    companies: Mapped[int] = mapped_column(Integer)
    programmes: Mapped[int] = mapped_column(Integer)
    completed: Mapped[int] = mapped_column(Integer)
    implemented_options: Mapped[int] = mapped_column(Integer)
    options_of_completed: Mapped[int] = mapped_column(Integer)
    implemented_investment_usd: Mapped[float] = mapped_column(Float)
    implemented_savings_usd: Mapped[float] = mapped_column(Float)
    implemented_co2_t: Mapped[float] = mapped_column(Float)
    implemented_so2_t: Mapped[float] = mapped_column(Float)
    implemented_dust_t: Mapped[float] = mapped_column(Float)
    courses_held: Mapped[int] = mapped_column(Integer)
    course_person_days: Mapped[float] = mapped_column(Float)
    seminars_held: Mapped[int] = mapped_column(Integer)
    seminar_person_days: Mapped[float] = mapped_column(Float)
    participants: Mapped[int] = mapped_column(Integer)
    awareness_participants: Mapped[int] = mapped_column(Integer)
    certified: Mapped[int] = mapped_column(Integer)
    #: The vncpc-xl version that computed and stored the year (revision 0002; NULL for years stored before it).
    program_version: Mapped[str | None] = mapped_column(String(32))


class SourceFileRow(Base):
    """One workbook file of the year's folder: its relative path, kind, SHA-256 and whether it counted."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = _year_key()
    path: Mapped[str] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(String(16))
    sha256: Mapped[str] = mapped_column(String(64))
    included: Mapped[bool] = mapped_column(Boolean)


class StaffRow(Base):
    """One row of the centre file's ``tblStaff``."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = _year_key()
    name: Mapped[str] = mapped_column(Text)
    degree: Mapped[str] = mapped_column(Text)
    position: Mapped[str] = mapped_column(Text)
    employment: Mapped[str] = mapped_column(Text)
    staff_months: Mapped[float] = mapped_column(Float)


class CourseRow(Base):
    """One held course or seminar of the training register (`person_days` = days × participants)."""

    __tablename__ = "courses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = _year_key()
    code: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(Text)
    is_seminar: Mapped[bool] = mapped_column(Boolean)
    start: Mapped[dt.date | None] = mapped_column()
    end: Mapped[dt.date | None] = mapped_column()
    days: Mapped[float] = mapped_column(Float)
    place: Mapped[str] = mapped_column(Text)
    client: Mapped[str] = mapped_column(Text)
    participants: Mapped[int] = mapped_column(Integer)
    person_days: Mapped[float] = mapped_column(Float)
    field_visit_person_days: Mapped[float] = mapped_column(Float)
    certified: Mapped[int] = mapped_column(Integer)


class AssessmentRow(Base):
    """One audit workbook of the year; the money and emission figures are its implemented options'."""

    __tablename__ = "assessments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = _year_key()
    file: Mapped[str] = mapped_column(Text)
    company: Mapped[str] = mapped_column(Text)
    sector: Mapped[str] = mapped_column(Text)
    province: Mapped[str] = mapped_column(Text)
    programme: Mapped[str] = mapped_column(Text)
    approach: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text)
    completed: Mapped[bool] = mapped_column(Boolean)
    currency: Mapped[str] = mapped_column(String(8))
    exchange_rate: Mapped[float | None] = mapped_column(Float)
    options: Mapped[int] = mapped_column(Integer)
    implemented: Mapped[int] = mapped_column(Integer)
    investment_usd: Mapped[float] = mapped_column(Float)
    savings_usd: Mapped[float] = mapped_column(Float)
    co2_t: Mapped[float] = mapped_column(Float)
    so2_t: Mapped[float] = mapped_column(Float)
    dust_t: Mapped[float] = mapped_column(Float)
    payback_months: Mapped[float | None] = mapped_column(Float)


class OptionRow(Base):
    """One cleaner-production option of an assessment; `qty_*` are its annual resource reductions."""

    __tablename__ = "options"
    __table_args__ = (Index("ix_options_year_assessment", "year", "assessment_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = _year_key()
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    row: Mapped[int] = mapped_column(Integer)
    number: Mapped[int | None] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text)
    implemented: Mapped[bool] = mapped_column(Boolean)
    qty_electricity: Mapped[float] = mapped_column(Float)
    qty_coal: Mapped[float] = mapped_column(Float)
    qty_fuel_oil: Mapped[float] = mapped_column(Float)
    qty_diesel: Mapped[float] = mapped_column(Float)
    qty_lpg: Mapped[float] = mapped_column(Float)
    qty_water: Mapped[float] = mapped_column(Float)
    qty_materials: Mapped[float] = mapped_column(Float)
    investment: Mapped[float] = mapped_column(Float)
    savings: Mapped[float] = mapped_column(Float)
    investment_usd: Mapped[float] = mapped_column(Float)
    savings_usd: Mapped[float] = mapped_column(Float)
    co2_t: Mapped[float] = mapped_column(Float)
    so2_t: Mapped[float] = mapped_column(Float)
    dust_t: Mapped[float] = mapped_column(Float)
    payback_months: Mapped[float | None] = mapped_column(Float)
    npv: Mapped[float] = mapped_column(Float)
    irr_pct: Mapped[float | None] = mapped_column(Float)


class KpiRow(Base):
    """One line of Bảng 4 (a KPI's yearly result against its baseline)."""

    __tablename__ = "kpis"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = _year_key()
    code: Mapped[str] = mapped_column(Text)
    area: Mapped[str] = mapped_column(Text)
    aspect: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(Text)
    denominator: Mapped[str] = mapped_column(Text)
    frequency: Mapped[str] = mapped_column(Text)
    baseline: Mapped[float | None] = mapped_column(Float)
    target_reduction_pct: Mapped[float | None] = mapped_column(Float)
    result: Mapped[float | None] = mapped_column(Float)
    numerator: Mapped[float] = mapped_column(Float)
    denominator_total: Mapped[float | None] = mapped_column(Float)
    change_pct: Mapped[float | None] = mapped_column(Float)
    target_met: Mapped[bool | None] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text)


class FactorRow(Base):
    """One emission factor the year's figures used, with its source."""

    __tablename__ = "factors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = _year_key()
    resource: Mapped[str] = mapped_column(Text)
    pollutant: Mapped[str] = mapped_column(String(8))
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    source_vi: Mapped[str] = mapped_column(Text)
    year_used: Mapped[int | None] = mapped_column(Integer)


#: The record tables in the order a year's rows are written (and deleted in reverse).
RECORD_TABLES = (
    SourceFileRow.__table__,
    StaffRow.__table__,
    CourseRow.__table__,
    AssessmentRow.__table__,
    OptionRow.__table__,
    KpiRow.__table__,
    FactorRow.__table__,
)
