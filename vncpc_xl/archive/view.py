"""What the report shows of the archive: per-year figures (trends), cumulative totals with their source, and the
warnings where the centre file disagrees. Plain data and pure functions; the queries are in `history`."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from vncpc_xl.archive._records import year_row
from vncpc_xl.consolidate import YearData
from vncpc_xl.errors import Issue, Severity
from vncpc_xl.schema import SPECS


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


def figures_of_row(row: dict[str, object]) -> YearFigures:
    """Return the figures of a `years` row (a stored year, or `year_row` of one not yet stored)."""
    person_days = float(row["course_person_days"]) + float(row["seminar_person_days"])  # type: ignore[arg-type]
    return YearFigures(person_days=person_days, **{key: row[column] for key, column in _FIELDS.items()})  # type: ignore[arg-type]


def year_figures(data: YearData) -> YearFigures:
    """Return the headline figures of a consolidated year (not yet archived)."""
    return figures_of_row(year_row(data))


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


@dataclass(frozen=True)
class ArchiveView:
    """What the report shows of the archive for `data`'s year: its cumulative figures and trend series.

    `archived_years` are all the years in the archive (later ones included), `where` the archive's URL
    with the password hidden.
    """

    cumulative: CumulativeFigures
    series: tuple[YearFigures, ...]
    archived_years: tuple[int, ...]
    where: str


_NAMES = {"awareness": "PriorAwarenessParticipants", "certified": "PriorCertifiedTrainees"}
_WHAT = {
    "awareness": ("lượt người dự hội nghị nâng cao nhận thức", "awareness-seminar participants"),
    "certified": ("học viên được cấp chứng chỉ", "certified trainees"),
}


def disagreements(view: ArchiveView, data: YearData) -> list[Issue]:
    """Return a warning for each cumulative figure where the centre file's Prior* field and the archive disagree.

    Each names the centre file, its sheet and defined name, and gives both totals.
    """
    centre = next((s.path for s in data.sources if s.kind == "centre" and s.included), "")
    issues = []
    for key, figure in (
        ("awareness", view.cumulative.awareness_participants),
        ("certified", view.cumulative.certified_trainees),
    ):
        if not figure.disagrees:
            continue
        name, (what_vi, what_en) = _NAMES[key], _WHAT[key]
        years = f"{figure.first_year}–{data.year}"
        issues.append(
            Issue(
                code="archive.prior_disagrees",
                file=centre,
                sheet=SPECS["centre"].sheet_of_name(name).name,
                cell=name,
                value=figure.prior_field,
                severity=Severity.WARNING,
                message_vi=f"{name} cho tổng {what_vi} đến năm {data.year} là {figure.from_prior_field:g}, nhưng"
                f" kho dữ liệu ({years}) cho {figure.value:g}. Báo cáo dùng số của kho dữ liệu; hãy kiểm tra"
                f" {name} hoặc các năm đã lưu (vncpc-xl archive list).",
                message_en=f"{name} gives {figure.from_prior_field:g} {what_en} up to {data.year}, but the"
                f" archive ({years}) gives {figure.value:g}. The report uses the archive's figure; check {name}"
                " or the archived years (vncpc-xl archive list).",
            )
        )
    return issues
