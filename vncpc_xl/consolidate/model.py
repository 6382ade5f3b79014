"""The consolidated year: frozen records the annual report renders (`YearData` and its parts).

Every number is a plain, unrounded ``float`` (or ``int`` for counts); rounding and formatting are
the report's job. Money is in USD (converted with each audit workbook's ``ExchangeRate``); resource
quantities are in the canonical unit of `vncpc_xl.core.RESOURCES` (MWh, tấn, m³); emissions are in
tonnes per year.
A value that cannot be computed (a payback without savings, a KPI change without baseline) is ``None``.

Dicts inside these records are built once by the consolidation and must be treated as read-only.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, NamedTuple

from vncpc_xl.core import RESOURCES, Factor, FuelProperties, option_irr_pct, option_npv
from vncpc_xl.errors import Issue, Severity
from vncpc_xl.schema.centre import FULL_TIME

# --------------------------------------------------------------------------------------------- centre file


@dataclass(frozen=True)
class StaffMember:
    """One row of ``tblStaff``.

    `degree` is the `Học hàm, học vị` choice (``"PGS.TS."``, ``"ThS."``, ``"KS."``, ...);
    `employment` is ``"Toàn thời gian"`` or ``"Bán thời gian"``; `staff_months` is the `Công-tháng` of the
    year (0 when blank).
    """

    name: str
    degree: str
    position: str
    employment: str
    staff_months: float

    @property
    def full_time(self) -> bool:
        """Return True for a full-time staff member."""
        return self.employment == FULL_TIME


@dataclass(frozen=True)
class Project:
    """One row of ``tblProjects`` (Bảng 5). Blank cells are ``""``."""

    name: str
    cp_content: str
    donor: str
    partner: str
    place: str
    period: str


@dataclass(frozen=True)
class Outreach:
    """One row of ``tblOutreach``: `type` is the `Loại` choice (e.g. ``"Phóng sự truyền hình"``)."""

    type: str
    title: str
    date: dt.date | None
    channel: str


class Abbreviation(NamedTuple):
    """One row of ``tblAbbreviations``; unpacks as ``(abbreviation, meaning)``."""

    abbreviation: str
    meaning: str


@dataclass(frozen=True)
class CentreInfo:
    """What the centre file says about the centre.

    `narrative` maps every section key of `vncpc_xl.schema.centre.NARRATIVE_SECTIONS` (all keys present, in
    that order) to its Vietnamese paragraphs in row order (an empty tuple when the file has none): rows whose
    `Ngôn ngữ` is vi or blank, and every row of a version-1 file. `narrative_en` likewise holds the en rows.
    `prior_awareness_participants` / `prior_certified_trainees` are the counts of earlier years.
    When the folder has no usable centre file every text is ``""`` and every list empty (an issue says why).
    """

    year: int | None
    name: str
    director: str
    narrative: dict[str, tuple[str, ...]]
    staff: tuple[StaffMember, ...]
    projects: tuple[Project, ...]
    outreach: tuple[Outreach, ...]
    abbreviations: tuple[Abbreviation, ...]
    prior_awareness_participants: int = 0
    prior_certified_trainees: int = 0
    narrative_en: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def paragraphs(self, lang: str) -> dict[str, tuple[str, ...]]:
        """Return the narrative paragraphs written in `lang` (``"vi"`` or ``"en"``), by section key."""
        return self.narrative if lang == "vi" else self.narrative_en


@dataclass(frozen=True)
class StaffSummary:
    """Staff counts of the centre file (SPEC 6).

    `doctorates` = GS.TS. + PGS.TS. + TS.; `masters` = ThS.; `engineers` = KS.; `bachelors` = CN.;
    `others` = Khác. `staff_months` = Σ Công-tháng; `staff_years` = staff_months / 12.
    """

    count: int
    full_time: int
    part_time: int
    doctorates: int
    masters: int
    engineers: int
    bachelors: int
    others: int
    staff_months: float
    staff_years: float


# ------------------------------------------------------------------------------------------ training register


@dataclass(frozen=True)
class PlanRow:
    """One line of Bảng 1: a training type's plan (``tblTrainingPlan``) against what was held.

    `planned_*` are ``None`` when the plan cell is blank. `result_person_days` = Σ Số ngày × Số học viên
    and `result_courses` = number of rows of this type with `Trạng thái` = Đã tổ chức. `is_seminar` is True
    for the two seminar types (Bảng 1 of the reference report shows only the three training types).
    Rows follow the plan table's order; a type with held courses but no plan row is appended with no plan.
    """

    type: str
    is_seminar: bool
    planned_person_days: float | None
    planned_courses: int | None
    result_person_days: float
    result_courses: int
    note: str


@dataclass(frozen=True)
class Module:
    """One row of ``tblModules`` (Bảng 2): `topics` is the `Nội dung` cell split into lines."""

    name: str
    days: float | None
    topics: tuple[str, ...]


@dataclass(frozen=True)
class Course:
    """One held row of ``tblCourses`` (a course or a seminar), for an appendix.

    `person_days` is recomputed as `days` × `participants`; `field_visit_person_days` is part of it.
    """

    code: str
    name: str
    type: str
    is_seminar: bool
    start: dt.date | None
    end: dt.date | None
    days: float
    place: str
    client: str
    participants: int
    person_days: float
    field_visit_person_days: float
    certified: int


@dataclass(frozen=True)
class TrainingSummary:
    """The training register's figures for the year (only rows with `Trạng thái` = Đã tổ chức count).

    - `courses_held`, `course_person_days`: rows of the three training types;
      `field_visit_person_days`: the field-visit part of those person-days (included, not added).
    - `seminars_held`, `seminar_person_days`: rows of the two seminar types.
    - `awareness_seminars`, `awareness_participants`: held awareness seminars and Σ their Số học viên;
      `awareness_cumulative` = centre's PriorAwarenessParticipants + `awareness_participants`.
    - `certified_year` = Σ Số học viên được cấp chứng chỉ of every held row;
      `certified_cumulative` = centre's PriorCertifiedTrainees + `certified_year`.
    - `courses`: every held row, in register order.
    """

    plan: tuple[PlanRow, ...]
    courses_held: int
    course_person_days: float
    field_visit_person_days: float
    seminars_held: int
    seminar_person_days: float
    awareness_seminars: int
    awareness_participants: int
    awareness_cumulative: int
    certified_year: int
    certified_cumulative: int
    modules: tuple[Module, ...]
    courses: tuple[Course, ...]

    @property
    def person_days(self) -> float:
        """Return the person-days of courses and seminars together."""
        return self.course_person_days + self.seminar_person_days


# ------------------------------------------------------------------------------------------------- audits


def _zero_quantities() -> dict[str, float]:
    return {r.key: 0.0 for r in RESOURCES}


@dataclass(frozen=True, slots=True)  # one or two per audit of the year
class Benefits:
    """Summed results of a set of options (Bảng 3: implemented options of completed assessments).

    `quantities` maps every resource key of `vncpc_xl.core.RESOURCES` (``electricity``, ``coal``,
    ``fuel_oil``, ``diesel``, ``lpg``, ``water``, ``materials``) to its annual reduction in the canonical
    unit.
    `investment_usd` and `savings_usd` (net annual savings) are in USD; emissions in t/yr.
    """

    quantities: dict[str, float] = field(default_factory=_zero_quantities)
    investment_usd: float = 0.0
    savings_usd: float = 0.0
    dust_t: float = 0.0
    so2_t: float = 0.0
    co2_t: float = 0.0


_RESOURCE_KEYS = tuple(r.key for r in RESOURCES)
_RESOURCE_INDEX = {key: index for index, key in enumerate(_RESOURCE_KEYS)}


@dataclass(frozen=True, slots=True, eq=False)  # eq: Mapping's, so it equals the dict of the same items
class Quantities(Mapping[str, float]):
    """Resource key → annual reduction of one option, for every resource of `RESOURCES` in their order.

    Reads as a dict (``quantities["coal"]``, ``.get``, ``.items()``, equal to a dict of the same items) and
    holds one tuple, `amounts`, instead of a dict: a year of 10 000 audits holds 200 000 of them.
    """

    amounts: tuple[float, ...]

    def __getitem__(self, key: str) -> float:
        return self.amounts[_RESOURCE_INDEX[key]]

    def __iter__(self) -> Iterator[str]:
        return iter(_RESOURCE_KEYS)

    def __len__(self) -> int:
        return len(_RESOURCE_KEYS)

    def get(self, key: str, default: Any = None) -> Any:
        """Return the quantity of resource `key`, or `default` for a key that is not a resource."""
        index = _RESOURCE_INDEX.get(key)
        return default if index is None else self.amounts[index]

    def __repr__(self) -> str:
        return f"Quantities({dict(self)!r})"

    def __reduce__(self) -> tuple[type[Quantities], tuple[tuple[float, ...]]]:
        return Quantities, (self.amounts,)  # half the cost of the slots' default, for worker processes


@dataclass(frozen=True, slots=True)  # slots: a year of 10 000 audits holds 200 000 of them
class OptionResult:
    """One row of ``tblOptions`` recomputed from its input cells.

    `investment` and `savings` are in the workbook's currency, `*_usd` converted; `savings` is the net annual
    savings (SPEC 4). `payback_months` is ``None`` when undefined. `npv` and `irr_pct` are computed on access
    with the workbook's DiscountRate (`discount_rate_pct`) and OptionLife (`option_life_years`).
    `row` is the sheet row number.
    """

    row: int
    number: int | None
    name: str
    category: str
    status: str
    implemented: bool
    quantities: Mapping[str, float]
    investment: float
    savings: float
    investment_usd: float
    savings_usd: float
    co2_t: float
    so2_t: float
    dust_t: float
    payback_months: float | None
    discount_rate_pct: float
    option_life_years: int

    @property
    def npv(self) -> float:
        """Return the NPV in the workbook currency (−investment + Σ savings/(1+r)ᵗ, t = 1..life)."""
        return option_npv(self.investment, self.savings, self.discount_rate_pct, self.option_life_years)

    @property
    def irr_pct(self) -> float | None:
        """Return the IRR in %/yr, or None without a sign change in the cash flows."""
        return option_irr_pct(self.investment, self.savings, self.option_life_years)

    def __reduce__(self) -> tuple[type[OptionResult], tuple[Any, ...]]:
        # Worker processes send 20 of these per workbook: by position, not the slots' state dict.
        return OptionResult, _option_fields(self)


_option_fields = operator.attrgetter(*(f.name for f in fields(OptionResult)))


@dataclass(frozen=True, slots=True)  # one or two per audit of the year
class Assessment:
    """One audit workbook of the year, recomputed (one row of the assessments appendix).

    `file` is the path relative to the consolidated folder (POSIX separators). `completed` is
    `Status` = Hoàn thành. `implemented_benefits` sums the options with `Trạng thái` = Đã thực hiện;
    `all_benefits` sums every option. `payback_months` is the portfolio payback of the implemented options
    (12 × Σ investment / Σ savings; ``None`` when savings ≤ 0). `own_fuels` lists the fuel properties of
    the workbook's ``tblFuels`` that differ from the defaults (their emission factors differ from the
    appendix's default factors).
    """

    file: str
    company: str
    sector: str
    province: str
    programme: str
    approach: str
    status: str
    completed: bool
    currency: str
    exchange_rate: float | None
    year: int
    options: int
    implemented: int
    implemented_benefits: Benefits
    all_benefits: Benefits
    payback_months: float | None
    option_results: tuple[OptionResult, ...] = ()
    own_fuels: tuple[FuelProperties, ...] = ()

    @property
    def investment_usd(self) -> float:
        """Return the investment of the implemented options, USD."""
        return self.implemented_benefits.investment_usd

    @property
    def savings_usd(self) -> float:
        """Return the net annual savings of the implemented options, USD."""
        return self.implemented_benefits.savings_usd

    @property
    def co2_t(self) -> float:
        """Return the CO2 reduction of the implemented options, t/yr."""
        return self.implemented_benefits.co2_t

    @property
    def so2_t(self) -> float:
        """Return the SO2 reduction of the implemented options, t/yr."""
        return self.implemented_benefits.so2_t

    @property
    def dust_t(self) -> float:
        """Return the dust reduction of the implemented options, t/yr."""
        return self.implemented_benefits.dust_t


@dataclass(frozen=True)
class AuditSummary:
    """The audit workbooks of the year (SPEC 6).

    - `companies`: number of audit workbooks of the year that were counted; `programmes`: distinct
      `Programme` values in order of first appearance (files sorted by path).
    - `completed`: assessments with `Status` = Hoàn thành.
    - `benefits` (Bảng 3): implemented options of completed assessments.
    - `implemented_options` ÷ `options_of_completed` = `implemented_share` (0..1; ``None`` when there are no
      options); `payback_months`: portfolio payback of `benefits` (``None`` when savings ≤ 0).
    - `savings_by_sector_usd`: net annual savings of the implemented options of completed assessments per
      `Sector`, sectors in order of first appearance.
    - `assessments`: every counted audit workbook (completed or not), sorted by file path.
    """

    companies: int
    programmes: tuple[str, ...]
    completed: int
    benefits: Benefits
    implemented_options: int
    options_of_completed: int
    implemented_share: float | None
    payback_months: float | None
    savings_by_sector_usd: dict[str, float]
    assessments: tuple[Assessment, ...]


# ---------------------------------------------------------------------------------------------------- KPIs


@dataclass(frozen=True)
class KpiPeriod:
    """One period of a KPI: Σ logged values and that period's denominator (``None`` for Không)."""

    period: str
    value: float
    denominator: float | None


@dataclass(frozen=True)
class KpiResult:
    """One line of Bảng 4.

    `denominator` is the `Mẫu số` choice (``"Công-tháng"``, ``"Công-tháng hữu ích"``,
    ``"Người-ngày đào tạo"``, ``"Không"``). `result` = Σ values ÷ Σ denominator over the year (Σ values
    for Không); ``None`` when the denominator sums to 0 or nothing was logged.
    `change_pct` = (result − baseline) ÷ baseline × 100 (negative = reduction; ``None`` without baseline
    or result). `target_met` is True when the reduction (−`change_pct`) is at least
    `target_reduction_pct`; ``None`` without a target or a change.
    `numerator` / `denominator_total` are the two sums. `periods` lists the logged periods in order.
    """

    code: str
    area: str
    aspect: str
    unit: str
    denominator: str
    frequency: str
    baseline: float | None
    target_reduction_pct: float | None
    result: float | None
    numerator: float
    denominator_total: float | None
    change_pct: float | None
    target_met: bool | None
    note: str
    periods: tuple[KpiPeriod, ...] = ()

    @property
    def reduction_pct(self) -> float | None:
        """Return the reduction vs baseline in % (positive = less than baseline), or None."""
        return None if self.change_pct is None else -self.change_pct


# ------------------------------------------------------------------------------------------- files and year


@dataclass(frozen=True)
class SourceFile:
    """One workbook file found in the folder (appendix "source files").

    `path` is relative to the folder, POSIX separators; `kind` is ``audit`` | ``training`` | ``kpi`` |
    ``centre`` or ``None`` when unknown; `included` is False when it was excluded or skipped (other year with
    ``--year``).
    """

    path: str
    kind: str | None
    sha256: str
    included: bool = True


@dataclass(frozen=True)
class Excluded:
    """A workbook left out of the figures, and every reason why (one sentence per reason)."""

    path: str
    kind: str | None
    reasons_vi: tuple[str, ...]
    reasons_en: tuple[str, ...]

    def reasons(self, lang: str = "vi") -> tuple[str, ...]:
        """Return the reasons in `lang` (``vi`` or ``en``)."""
        return self.reasons_vi if lang == "vi" else self.reasons_en


@dataclass(frozen=True)
class YearData:
    """Everything the annual report of `year` needs, recomputed from the folder's input cells.

    `year` is the report year (the centre file's Year, or ``--year``); ``None`` only when neither exists.
    `factors` lists the emission factors used (default fuel properties, grid factor of `grid_factor_year`,
    each with its source). `sources` lists every workbook file found; `excluded` the ones left out and why;
    `issues` every problem found (errors and warnings, all files).
    """

    year: int | None
    folder: Path
    centre: CentreInfo
    staff: StaffSummary
    training: TrainingSummary
    audits: AuditSummary
    kpis: tuple[KpiResult, ...]
    factors: tuple[Factor, ...]
    grid_factor_year: int | None
    sources: tuple[SourceFile, ...]
    excluded: tuple[Excluded, ...]
    issues: tuple[Issue, ...]

    @property
    def errors(self) -> tuple[Issue, ...]:
        """Return the issues of severity error."""
        return tuple(i for i in self.issues if i.severity is Severity.ERROR)

    @property
    def ok(self) -> bool:
        """Return True when no error was found."""
        return not self.errors
