"""`build_context`: a `YearData` → the dict of formatted strings the Word template's tags read.

Every value the template prints is a string already formatted for the report language (numbers with
Babel, undefined values as "—"); lists are lists of such dicts. Totals come unrounded from the
consolidation and are rounded only here. The charts are added by `vncpc_xl.report.render`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from itertools import groupby
from typing import Any

from vncpc_xl.consolidate import (
    Assessment,
    Benefits,
    CentreInfo,
    Excluded,
    KpiResult,
    PlanRow,
    StaffMember,
    StaffSummary,
    TrainingSummary,
    YearData,
)
from vncpc_xl.core import POLLUTANTS, RESOURCES, FuelProperties, emission_factor, portfolio_payback_months
from vncpc_xl.errors import Issue, Severity
from vncpc_xl.report._format import DASH, Formatter
from vncpc_xl.report._i18n import choice, factor_unit, kind_name, pollutant_name, resource_name, resource_unit
from vncpc_xl.report.options import category_context, register_rows
from vncpc_xl.report.prose import original_flags, printed_paragraphs
from vncpc_xl.schema.audit import SECTORS
from vncpc_xl.schema.centre import FIGURES_MARKER, NARRATIVE_SECTIONS

Context = dict[str, Any]

_WORDS = {
    "vi": {
        "yes": "có",
        "no": "không",
        "met": "đạt",
        "not_met": "chưa đạt",
        "reduce": "giảm {pct} từ {base}",
        "increase": "tăng tối đa {pct} từ {base}",
        "t": "tấn",
        "courses": "khóa",
        "seminars": "hội nghị",
        "course": "khóa",
        "seminar": "hội nghị",
    },
    "en": {
        "yes": "yes",
        "no": "no",
        "met": "met",
        "not_met": "not met",
        "reduce": "reduce by {pct} from {base}",
        "increase": "increase at most {pct} from {base}",
        "t": "t",
        "courses": "courses",
        "seminars": "seminars",
        "course": "course",
        "seminar": "seminar",
    },
}
_OTHER_DEGREE = "Khác"
_BULLET = re.compile(r"^\s*[-–•+*]\s+")


def build_context(data: YearData, lang: str = "vi") -> Context:
    """Return the template context of `data` in `lang` (``vi`` or ``en``): formatted strings only."""
    fmt = Formatter(lang)
    centre = data.centre
    printed, original = printed_paragraphs(centre, lang)
    before, after = narrative(printed)
    context: Context = {
        "lang": lang,
        "year": str(data.year) if data.year is not None else DASH,
        "centre_name": centre.name or DASH,
        "director": centre.director,
        "director_signed": preface_is_signed(centre.director, printed),
        "n": before,
        "n_after": after,
        "vo": original_flags(original),
        "staff": [staff_member(member, lang) for member in centre.staff],
        "st": staff_counts(data.staff, fmt),
        "chart_training": None,
        "chart_sectors": None,
        "chart_categories": None,
    }
    context.update(training_context(data.training, centre, fmt))
    context.update(audit_context(data, fmt))
    context.update(category_context(data.audits, fmt))
    context["register"] = register_rows(data.audits, fmt)
    context.update(kpi_context(data.kpis, fmt))
    context.update(centre_lists(centre, fmt))
    context.update(appendix_context(data, fmt))
    return context


# ------------------------------------------------------------------------------------------ centre file


# The sections in which the report prints figures or tables of its own after the paragraphs.
SECTIONS_WITH_FIGURES = frozenset(
    {"co_cau", "hoat_dong", "dao_tao", "dich_vu", "pho_bien", "hien_trang_moi_truong", "hoat_dong_khac"}
)


def narrative(
    printed: Mapping[str, Sequence[str]],
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, list[dict[str, Any]]]]:
    """Return, for every section key, its `printed` paragraphs before and after the computed figures.

    Each paragraph is ``{"text", "bullet"}``; a paragraph typed as a list item ("- …", "• …", "+ …") becomes a
    bullet without its marker. A row holding only the figures marker splits the section (the first marker
    counts, later ones are dropped); a section without figures of its own keeps all its paragraphs together.
    """
    before: dict[str, list[dict[str, Any]]] = {}
    after: dict[str, list[dict[str, Any]]] = {}
    for key in NARRATIVE_SECTIONS:
        head, tail = split_at_marker(printed.get(key, ()))
        if key not in SECTIONS_WITH_FIGURES:
            head, tail = head + tail, []
        before[key] = [paragraph(text) for text in head]
        after[key] = [paragraph(text) for text in tail]
    return before, after


def split_at_marker(texts: Iterable[str]) -> tuple[list[str], list[str]]:
    """Return the paragraphs before and after the first figures marker; markers themselves are left out.

    >>> split_at_marker(["a", " [số liệu] ", "b", "[SỐ LIỆU]", "c"])
    (['a'], ['b', 'c'])
    >>> split_at_marker(["a", "b"])
    (['a', 'b'], [])
    """
    head: list[str] = []
    tail: list[str] | None = None
    for text in texts:
        if " ".join(text.split()).upper() == FIGURES_MARKER.upper():
            tail = [] if tail is None else tail
        elif tail is None:
            head.append(text)
        else:
            tail.append(text)
    return head, tail or []


def preface_is_signed(director: str, printed: Mapping[str, Sequence[str]]) -> bool:
    """Return True when a printed paragraph of the preface is the `director`'s name (the centre file signs it).

    Spaces and case are ignored: ``PGS. TS. Trần Văn Nhân`` signs for ``PGS.TS. Trần Văn Nhân``.
    """
    name = _squeezed(director)
    return bool(name) and any(_squeezed(p) == name for p in printed.get("loi_noi_dau", ()))


def _squeezed(text: str) -> str:
    return "".join(text.split()).casefold()


def paragraph(text: str) -> dict[str, Any]:
    """Return one narrative paragraph: its text and whether it is a list item.

    >>> paragraph("- Bộ Thuỷ sản;")
    {'text': 'Bộ Thuỷ sản;', 'bullet': True}
    """
    match = _BULLET.match(text)
    if match:
        return {"text": text[match.end() :], "bullet": True}
    return {"text": text, "bullet": False}


def staff_member(member: StaffMember, lang: str) -> dict[str, str]:
    """Return one staff member, with `line` as printed in the staff list ("TS. Ngô Thị Nga – Phó giám đốc")."""
    degree = "" if member.degree == _OTHER_DEGREE else member.degree
    line = f"{degree} {member.name}".strip()
    if member.position:
        line += f" – {member.position}"
    return {
        "name": member.name,
        "degree": degree,
        "position": member.position,
        "employment": choice(member.employment, lang),
        "line": line,
    }


def staff_counts(staff: StaffSummary, fmt: Formatter) -> dict[str, str]:
    """Return the staff counts and staff-months (công-tháng, công-năm)."""
    counts = {
        key: fmt.integer(getattr(staff, key))
        for key in (
            "count",
            "full_time",
            "part_time",
            "doctorates",
            "masters",
            "engineers",
            "bachelors",
            "others",
        )
    }
    counts["staff_months"] = _whole_or_tenths(staff.staff_months, fmt)
    counts["staff_years"] = fmt.number(staff.staff_years, 0)
    return counts


def centre_lists(centre: CentreInfo, fmt: Formatter) -> Context:
    """Return the projects (Bảng 5), outreach lines and abbreviations."""
    projects = [
        {
            "name": fmt.text(p.name),
            "cp_content": fmt.text(p.cp_content),
            "donor": fmt.text(p.donor),
            "partner": fmt.text(p.partner),
            "place": fmt.text(p.place),
            "period": fmt.text(p.period),
        }
        for p in centre.projects
    ]
    outreach = []
    for item in centre.outreach:
        line = f"{choice(item.type, fmt.lang)}: {item.title}"
        if item.channel:
            line += f" – {item.channel}"
        if item.date is not None:
            line += f" ({fmt.date(item.date)})"
        outreach.append({"type": choice(item.type, fmt.lang), "title": item.title, "line": line})
    abbreviations = [{"abbreviation": a.abbreviation, "meaning": a.meaning} for a in centre.abbreviations]
    return {"projects": projects, "outreach": outreach, "abbreviations": abbreviations}


# ----------------------------------------------------------------------------------------------- training


def training_context(training: TrainingSummary, centre: CentreInfo, fmt: Formatter) -> Context:
    """Return the key training figures (`tr`), Bảng 1 (`table1`, `table1_total`), per-type lines and Bảng 2."""
    tr = {
        "courses_held": fmt.integer(training.courses_held),
        "course_person_days": fmt.number(training.course_person_days),
        "field_visit_person_days": fmt.number(training.field_visit_person_days),
        "seminars_held": fmt.integer(training.seminars_held),
        "seminar_person_days": fmt.number(training.seminar_person_days),
        "awareness_seminars": fmt.integer(training.awareness_seminars),
        "awareness_participants": fmt.integer(training.awareness_participants),
        "awareness_prior": fmt.integer(centre.prior_awareness_participants),
        "awareness_cumulative": fmt.integer(training.awareness_cumulative),
        "certified_year": fmt.integer(training.certified_year),
        "certified_prior": fmt.integer(centre.prior_certified_trainees),
        "certified_cumulative": fmt.integer(training.certified_cumulative),
    }
    rows = table1_rows(training.plan)
    planned = [r.planned_person_days for r in rows if r.planned_person_days is not None]
    participants: dict[str, int] = {}
    for course in training.courses:
        participants[course.type] = participants.get(course.type, 0) + course.participants
    modules = [
        {"name": m.name, "days": _whole_or_tenths(m.days, fmt), "topics": list(m.topics)}
        for m in training.modules
    ]
    module_days = [m.days for m in training.modules if m.days is not None]
    return {
        "tr": tr,
        "table1": [
            {
                "type": choice(r.type, fmt.lang),
                "planned": fmt.number(r.planned_person_days),
                "result": fmt.number(r.result_person_days),
                "courses": fmt.integer(r.result_courses),
                "note": r.note,
            }
            for r in rows
        ],
        "table1_total": {
            "planned": fmt.number(sum(planned)) if planned else DASH,
            "result": fmt.number(sum(r.result_person_days for r in rows)),
            "courses": fmt.integer(sum(r.result_courses for r in rows)),
        },
        "training_types": [
            {
                "type": choice(r.type, fmt.lang),
                "courses": fmt.integer(r.result_courses),
                "unit": _WORDS[fmt.lang][
                    ("seminar" if r.is_seminar else "course") + ("" if r.result_courses == 1 else "s")
                ],
                "participants": fmt.integer(participants.get(r.type, 0)),
                "result": fmt.number(r.result_person_days),
            }
            for r in training.plan
            if r.result_courses
        ],
        "modules": modules,
        "modules_count": fmt.integer(len(modules)),
        "modules_days": _whole_or_tenths(sum(module_days), fmt) if module_days else DASH,
    }


def table1_rows(plan: Sequence[PlanRow]) -> list[PlanRow]:
    """Return the rows of Bảng 1: the training (course) types, as in the reference report."""
    return [row for row in plan if not row.is_seminar]


# ------------------------------------------------------------------------------------------------- audits


def audit_context(data: YearData, fmt: Formatter) -> Context:
    """Return the programme figures (`au`) and Bảng 3 (`b3`)."""
    audits = data.audits
    au = {
        "companies": fmt.integer(audits.companies),
        "programmes": fmt.integer(len(audits.programmes)),
        "programme_names": ", ".join(audits.programmes),
        "programme_rows": programme_rows(audits.programmes, audits.assessments, fmt),
        "completed": fmt.integer(audits.completed),
        "completed_sectors": completed_sectors(audits.assessments, fmt.lang),
        "implemented_options": fmt.integer(audits.implemented_options),
        "options_of_completed": fmt.integer(audits.options_of_completed),
        "implemented_share": fmt.percent(audits.implemented_share),
        "payback_months": fmt.number(audits.payback_months, 1),
    }
    return {"au": au, "b3": benefits_table(audits.benefits, fmt)}


def completed_sectors(assessments: Sequence[Assessment], lang: str) -> str:
    """Return the sectors of the completed assessments, in the schema's sector order, lower-case, joined."""
    found = {a.sector for a in assessments if a.completed and a.sector}
    ordered = [s for s in SECTORS if s in found] + sorted(found - set(SECTORS))
    names = [choice(s, lang).lower() if s in SECTORS else s for s in ordered]
    if len(names) < 2:
        return "".join(names)
    joiner = " và " if lang == "vi" else " and "
    return ", ".join(names[:-1]) + joiner + names[-1]


def programme_rows(
    programmes: Iterable[str], assessments: Sequence[Assessment], fmt: Formatter
) -> list[dict]:
    """Return one line per programme: its companies and completed assessments."""
    rows = []
    for name in programmes:
        members = [a for a in assessments if a.programme == name]
        rows.append(
            {
                "name": name or DASH,
                "companies": fmt.integer(len(members)),
                "completed": fmt.integer(sum(a.completed for a in members)),
            }
        )
    return rows


def benefits_table(benefits: Benefits, fmt: Formatter) -> dict[str, str]:
    """Return Bảng 3's cells: each resource with its unit, money in USD, emissions in tonnes."""
    lang = fmt.lang
    tonnes = _WORDS[lang]["t"]
    cells = {
        r.key: f"{fmt.number(benefits.quantities.get(r.key, 0.0))} {resource_unit(r.key, lang)}"
        for r in RESOURCES
    }
    cells["investment_usd"] = f"{fmt.number(benefits.investment_usd)} USD"
    cells["savings_usd"] = f"{fmt.number(benefits.savings_usd)} USD"
    cells["dust_t"] = f"{fmt.number(benefits.dust_t)} {tonnes}"
    cells["so2_t"] = f"{fmt.number(benefits.so2_t)} {tonnes}"
    cells["co2_t"] = f"{fmt.number(benefits.co2_t)} {tonnes}"
    return cells


# --------------------------------------------------------------------------------------------------- KPIs


def kpi_context(kpis: Sequence[KpiResult], fmt: Formatter) -> Context:
    """Return Bảng 4 grouped by area (`kpi_groups`) and the count of targets met (`kpi`)."""
    groups = []
    for area, results in groupby(kpis, key=lambda k: k.area):
        groups.append({"area": choice(area, fmt.lang), "rows": [kpi_row(k, fmt) for k in results]})
    with_target = [k for k in kpis if k.target_met is not None]
    return {
        "kpi_groups": groups,
        "kpi": {
            "count": fmt.integer(len(kpis)),
            "with_target": fmt.integer(len(with_target)),
            "met": fmt.integer(sum(1 for k in with_target if k.target_met)),
        },
    }


def kpi_row(kpi: KpiResult, fmt: Formatter) -> dict[str, str]:
    """Return one line of Bảng 4: target as "giảm 1 % từ 2,48", result, change vs baseline and whether met."""
    words = _WORDS[fmt.lang]
    target = DASH
    if kpi.target_reduction_pct is not None and kpi.baseline is not None:
        template = words["reduce"] if kpi.target_reduction_pct >= 0 else words["increase"]
        pct = fmt.percent(abs(kpi.target_reduction_pct) / 100, _decimals_needed(kpi.target_reduction_pct))
        target = template.format(pct=pct, base=_kpi_value(kpi.baseline, fmt))
    change = fmt.signed_percent(kpi.change_pct, 1)
    if kpi.target_met is not None:
        change += f" ({words['met'] if kpi.target_met else words['not_met']})"
    return {
        "code": kpi.code,
        "aspect": kpi.aspect,
        "unit": kpi.unit,
        "frequency": choice(kpi.frequency, fmt.lang) if kpi.frequency else DASH,
        "target": target,
        "baseline": _kpi_value(kpi.baseline, fmt),
        "result": _kpi_value(kpi.result, fmt),
        "change": change,
        "note": kpi.note,
    }


# ----------------------------------------------------------------------------------------------- appendix


def appendix_context(data: YearData, fmt: Formatter) -> Context:
    """Return the appendix lists: assessments (with a total row), factors, source files and excluded files."""
    lang = fmt.lang
    words = _WORDS[lang]
    assessments = [assessment_row(a, fmt) for a in data.audits.assessments]
    all_audits = data.audits.assessments
    total = {
        "options": f"{fmt.integer(sum(a.implemented for a in all_audits))}/{fmt.integer(sum(a.options for a in all_audits))}",
        "investment": fmt.number(sum(a.investment_usd for a in all_audits)),
        "savings": fmt.number(sum(a.savings_usd for a in all_audits)),
        "payback": fmt.number(
            portfolio_payback_months(
                [a.investment_usd for a in all_audits], [a.savings_usd for a in all_audits]
            ),
            1,
        ),
        "co2": fmt.number(sum(a.co2_t for a in all_audits)),
    }
    factors = [
        {
            "resource": resource_name(f.resource, lang),
            "pollutant": pollutant_name(f.pollutant, lang),
            "value": fmt.significant(f.value),
            "unit": factor_unit(f.unit, lang),
            "source": f.source_in(lang),
        }
        for f in data.factors
        if f.value != 0
    ]
    zero = [
        f"{resource_name(f.resource, lang)} ({pollutant_name(f.pollutant, lang)})"
        for f in data.factors
        if f.value == 0
    ]
    sources = [
        {
            "path": s.path,
            "kind": kind_name(s.kind, lang),
            "used": words["yes"] if s.included else words["no"],
            "sha256": s.sha256,
        }
        for s in data.sources
    ]
    excluded = [
        {"path": e.path, "kind": kind_name(e.kind, lang), "reasons": list(e.reasons(lang))}
        for e in data.excluded
    ]
    return {
        "assessments": assessments,
        "assessments_total": total,
        "factors": factors,
        "zero_factors": ", ".join(zero),
        "own_fuels": own_fuel_rows(data.audits.assessments, data.year, fmt),
        "grid_year": str(data.grid_factor_year) if data.grid_factor_year is not None else DASH,
        "sources": sources,
        "excluded": excluded,
        "folder_problems": folder_problems(data.errors, data.sources, data.excluded, lang),
    }


def own_fuel_rows(
    assessments: Sequence[Assessment], year: int | None, fmt: Formatter
) -> list[dict[str, str]]:
    """Return one row per distinct fuel property set that assessments use instead of the defaults.

    Each row gives the properties, the emission factors they give (t per t of fuel) and the workbooks using them.
    """
    users: dict[FuelProperties, list[str]] = {}
    for assessment in assessments:
        for fuel in assessment.own_fuels:
            users.setdefault(fuel, []).append(assessment.file)
    order = {r.key: i for i, r in enumerate(RESOURCES)}
    rows = []
    for fuel in sorted(
        users, key=lambda f: (order.get(f.fuel, len(order)), f.coal_type or "", _fuel_values(f))
    ):
        factors = {p: emission_factor(fuel.fuel, p, year, {fuel.fuel: fuel}).value for p in POLLUTANTS}
        rows.append(
            {
                "fuel": resource_name(fuel.fuel, fmt.lang),
                "coal_type": choice(fuel.coal_type, fmt.lang) if fuel.coal_type else DASH,
                **{
                    name: fmt.significant(value, 2) if fuel.fuel == "coal" or name not in _ASH_KEYS else DASH
                    for name, value in zip(_FUEL_KEYS, _fuel_values(fuel), strict=True)
                },
                "co2": fmt.significant(factors["CO2"]),
                "so2": fmt.significant(factors["SO2"]),
                "dust": fmt.significant(factors["BUI"]),
                "files": ", ".join(users[fuel]),
            }
        )
    return rows


_FUEL_KEYS = ("sulfur", "ash", "fly_ash", "so2_removal", "dust_removal")
_ASH_KEYS = ("ash", "fly_ash")  # only coal's dust comes from its ash


def _fuel_values(fuel: FuelProperties) -> tuple[float, ...]:
    return (fuel.sulfur_pct, fuel.ash_pct, fuel.fly_ash_pct, fuel.so2_removal_pct, fuel.dust_removal_pct)


def folder_problems(
    errors: Iterable[Issue], sources: Sequence[Any], excluded: Sequence[Excluded], lang: str
) -> list[str]:
    """Return the errors that concern the folder as a whole (a missing or doubled yearly file), not one workbook.

    With ``--allow-errors`` the report names them next to the excluded workbooks.
    """
    files = {s.path for s in sources} | {e.path for e in excluded}
    problems = [i.message(lang) for i in errors if i.severity is Severity.ERROR and i.file not in files]
    return list(dict.fromkeys(problems))


def assessment_row(assessment: Assessment, fmt: Formatter) -> dict[str, str]:
    """Return one row of the assessments appendix (implemented options, USD)."""
    return {
        "company": assessment.company,
        "sector": choice(assessment.sector, fmt.lang) if assessment.sector else DASH,
        "programme": fmt.text(assessment.programme),
        "status": choice(assessment.status, fmt.lang) if assessment.status else DASH,
        "options": f"{fmt.integer(assessment.implemented)}/{fmt.integer(assessment.options)}",
        "investment": fmt.number(assessment.investment_usd),
        "savings": fmt.number(assessment.savings_usd),
        "payback": fmt.number(assessment.payback_months, 1),
        "co2": fmt.number(assessment.co2_t),
    }


# ---------------------------------------------------------------------------------------------- helpers


def _whole_or_tenths(value: float | None, fmt: Formatter) -> str:
    """Return `value` without decimals when it is whole, else with one decimal."""
    if value is None:
        return DASH
    return fmt.number(value, 0 if abs(value - round(value)) < 1e-9 else 1)


def _kpi_value(value: float | None, fmt: Formatter) -> str:
    """Return a KPI value with two decimals (``2,48``), or without decimals when it is whole."""
    if value is None:
        return DASH
    return fmt.number(value, 0 if abs(value - round(value)) < 1e-9 else 2)


def _decimals_needed(value: float) -> int:
    """Return 0 for a whole number of percent, else 1."""
    return 0 if abs(value - round(value)) < 1e-9 else 1
