"""The archived years as the report uses them: per-year figures (trends) and cumulative totals with their source."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Engine, select

from vncpc_xl.archive._records import year_row
from vncpc_xl.archive.tables import ArchivedYear
from vncpc_xl.consolidate import YearData


@dataclass(frozen=True)
class YearFigures:
    """One year's headline figures: the points of the trend charts.

    `savings_usd` and `co2_t` are Bảng 3's: the implemented options of the completed assessments;
    `person_days` = courses' + seminars' person-days; `participants` = Σ Số học viên of held rows.
    """

    year: int
    companies: int
    completed: int
    savings_usd: float
    co2_t: float
    person_days: float
    participants: int
    awareness_participants: int
    certified: int
    prior_awareness_participants: int
    prior_certified_trainees: int


_FIELDS = {
    "year": "year",
    "companies": "companies",
    "completed": "completed",
    "savings_usd": "implemented_savings_usd",
    "co2_t": "implemented_co2_t",
    "participants": "participants",
    "awareness_participants": "awareness_participants",
    "certified": "certified",
    "prior_awareness_participants": "prior_awareness_participants",
    "prior_certified_trainees": "prior_certified_trainees",
}


def _figures(row: dict[str, object]) -> YearFigures:
    person_days = float(row["course_person_days"]) + float(row["seminar_person_days"])  # type: ignore[arg-type]
    return YearFigures(person_days=person_days, **{key: row[column] for key, column in _FIELDS.items()})  # type: ignore[arg-type]


def year_figures(data: YearData) -> YearFigures:
    """Return the headline figures of a consolidated year (not yet archived)."""
    return _figures(year_row(data))


def archived_figures(engine: Engine) -> list[YearFigures]:
    """Return the figures of every archived year, oldest first."""
    table = ArchivedYear.__table__
    with engine.connect() as connection:
        rows = connection.execute(select(table).order_by(table.c.year)).mappings().all()
    return [_figures(dict(row)) for row in rows]


def series(archived: list[YearFigures], data: YearData) -> list[YearFigures]:
    """Return the trend series up to `data`'s year: archived earlier years, then this year's own figures."""
    return [f for f in archived if data.year is not None and f.year < data.year] + [year_figures(data)]


class Source(StrEnum):
    PRIOR_FIELD = "prior_field"  # only the centre file's Prior* field and this year
    ARCHIVE = "archive"  # archived earlier years (from the first one's Prior* field) and this year
    THIS_YEAR = "this_year"  # a figure without a Prior* field, and no archived earlier year


@dataclass(frozen=True)
class Cumulative:
    """A cumulative figure: `value`, where it came from, and what the centre file's Prior* field says.

    With archived earlier years `value` = the first archived year's Prior* field + Σ every archived
    earlier year + this year (`Source.ARCHIVE`, `first_year` the first archived year); else the Prior*
    field + this year. `prior_field` + this year is what the centre file alone gives; `disagrees` when it
    differs from `value`.
    """

    value: float
    source: Source
    first_year: int | None
    prior_field: float | None
    from_prior_field: float | None

    @property
    def disagrees(self) -> bool:
        """Return True when the archive and the centre file's Prior* field give different totals."""
        return self.from_prior_field is not None and abs(self.from_prior_field - self.value) > 1e-9


@dataclass(frozen=True)
class CumulativeFigures:
    """The report's cumulative figures; `years` are the years summed (archived earlier years and this one)."""

    awareness_participants: Cumulative
    certified_trainees: Cumulative
    companies: Cumulative
    completed: Cumulative
    savings_usd: Cumulative
    co2_t: Cumulative
    years: tuple[int, ...]


def cumulative(archived: list[YearFigures], data: YearData) -> CumulativeFigures:
    """Return the cumulative figures of `data`'s year over the archived earlier years (SPEC 9)."""
    points = series(archived, data)
    earlier, this = points[:-1], points[-1]
    first = earlier[0].year if earlier else None

    def with_prior(field: str, prior: str) -> Cumulative:
        base = getattr(earlier[0] if earlier else this, prior)
        total = base + sum(getattr(point, field) for point in points)
        by_field = getattr(this, prior) + getattr(this, field)
        source = Source.ARCHIVE if earlier else Source.PRIOR_FIELD
        return Cumulative(total, source, first, getattr(this, prior), by_field)

    def summed(field: str) -> Cumulative:
        source = Source.ARCHIVE if earlier else Source.THIS_YEAR
        return Cumulative(sum(getattr(point, field) for point in points), source, first, None, None)

    return CumulativeFigures(
        awareness_participants=with_prior("awareness_participants", "prior_awareness_participants"),
        certified_trainees=with_prior("certified", "prior_certified_trainees"),
        companies=summed("companies"),
        completed=summed("completed"),
        savings_usd=summed("savings_usd"),
        co2_t=summed("co2_t"),
        years=tuple(point.year for point in points),
    )
