"""A consolidated `YearData` as rows of the archive's tables (plain dicts keyed by column name)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from vncpc_xl import __version__
from vncpc_xl.consolidate import Assessment, OptionResult, SourceFile, YearData
from vncpc_xl.core import RESOURCES

Row = dict[str, object]


def source_digest(sources: Iterable[SourceFile]) -> str:
    """Return the SHA-256 of the year's source files (path, hash, counted): equal files, equal digest."""
    lines = sorted(f"{s.path}\t{s.sha256}\t{int(s.included)}\n" for s in sources)
    return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()


def year_row(data: YearData) -> Row:
    """Return the `years` row of `data`: the centre and the headline figures of the annual report."""
    training, audits, benefits = data.training, data.audits, data.audits.benefits
    return {
        "year": data.year,
        "centre_name": data.centre.name,
        "director": data.centre.director,
        "folder": data.folder.resolve().name,
        "source_digest": source_digest(data.sources),
        "grid_factor_year": data.grid_factor_year,
        "prior_awareness_participants": data.centre.prior_awareness_participants,
        "prior_certified_trainees": data.centre.prior_certified_trainees,
        "staff_count": data.staff.count,
        "staff_months": data.staff.staff_months,
        "companies": audits.companies,
        "programmes": len(audits.programmes),
        "completed": audits.completed,
        "implemented_options": audits.implemented_options,
        "options_of_completed": audits.options_of_completed,
        "implemented_investment_usd": benefits.investment_usd,
        "implemented_savings_usd": benefits.savings_usd,
        "implemented_co2_t": benefits.co2_t,
        "implemented_so2_t": benefits.so2_t,
        "implemented_dust_t": benefits.dust_t,
        "courses_held": training.courses_held,
        "course_person_days": training.course_person_days,
        "seminars_held": training.seminars_held,
        "seminar_person_days": training.seminar_person_days,
        "participants": sum(course.participants for course in training.courses),
        "awareness_participants": training.awareness_participants,
        "certified": training.certified_year,
        "program_version": __version__,
    }


def record_rows(data: YearData, first_ids: dict[str, int]) -> dict[str, list[Row]]:
    """Return the rows of every record table for `data`, ids numbered from `first_ids` per table."""
    year = data.year
    assessments, options = _assessment_rows(data.audits.assessments, year, first_ids)
    return {
        "sources": [
            {"year": year, "path": s.path, "kind": s.kind, "sha256": s.sha256, "included": s.included}
            for s in data.sources
        ],
        "staff": [{"year": year, **vars(member)} for member in data.centre.staff],
        "courses": [{"year": year, **vars(course)} for course in data.training.courses],
        "assessments": assessments,
        "options": options,
        "kpis": [_kpi_row(kpi, year) for kpi in data.kpis],
        "factors": [{"year": year, **vars(factor)} for factor in data.factors],
    }


def _kpi_row(kpi: object, year: int | None) -> Row:
    row = {"year": year, **vars(kpi)}
    del row["periods"]
    return row


def _assessment_rows(
    assessments: Iterable[Assessment], year: int | None, first_ids: dict[str, int]
) -> tuple[list[Row], list[Row]]:
    rows: list[Row] = []
    options: list[Row] = []
    for number, item in enumerate(assessments, start=first_ids["assessments"]):
        rows.append(
            {
                "id": number,
                "year": year,
                **{key: getattr(item, key) for key in _ASSESSMENT_FIELDS},
                "investment_usd": item.investment_usd,
                "savings_usd": item.savings_usd,
                "co2_t": item.co2_t,
                "so2_t": item.so2_t,
                "dust_t": item.dust_t,
            }
        )
        options += [_option_row(option, year, number) for option in item.option_results]
    for number, option in enumerate(options, start=first_ids["options"]):
        option["id"] = number
    return rows, options


_ASSESSMENT_FIELDS = (
    "file",
    "company",
    "sector",
    "province",
    "programme",
    "approach",
    "status",
    "completed",
    "currency",
    "exchange_rate",
    "options",
    "implemented",
    "payback_months",
)
_OPTION_FIELDS = (
    "row",
    "number",
    "name",
    "category",
    "status",
    "implemented",
    "investment",
    "savings",
    "investment_usd",
    "savings_usd",
    "co2_t",
    "so2_t",
    "dust_t",
    "payback_months",
    "npv",
    "irr_pct",
)


def _option_row(option: OptionResult, year: int | None, assessment_id: int) -> Row:
    row: Row = {"year": year, "assessment_id": assessment_id}
    row.update({key: getattr(option, key) for key in _OPTION_FIELDS})
    row.update({f"qty_{r.key}": option.quantities.get(r.key, 0.0) for r in RESOURCES})
    return row
