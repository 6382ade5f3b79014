"""Write the 2003 reference year into examples/2003 from examples/data_2003, checked against the report.

Usage: ``python examples/make_2003.py [--out FOLDER] [--check-only]``

The check is independent of the product: it recomputes every figure with the SPEC section 4 formulas
written out here (no ``vncpc_xl.core``) and stops before writing anything if a figure of the report
is not reproduced. The workbooks are written with ``vncpc_xl.workbook.fill_workbook``; re-running
gives byte-identical files.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from data_2003 import centre, kpi, narrative, training  # noqa: E402
from data_2003 import report_2003 as report  # noqa: E402
from data_2003.audits_completed import COMPLETED  # noqa: E402
from data_2003.audits_ongoing import expand_ongoing  # noqa: E402
from data_2003.programmes import APPROACH  # noqa: E402

YEAR = 2003
DONE = "Đã thực hiện"
FINISHED = "Hoàn thành"
RUNNING = "Đang thực hiện"

# --------------------------------------------------------------------------------------------------
# Independent checker: SPEC section 4 formulas, written out (IPCC 2006 NCV x CO2 factor / 1e6; 2003
# grid factor).
# --------------------------------------------------------------------------------------------------
CO2_T_PER_T = {
    ("coal", "Antraxit"): 26.7 * 98_300 / 1e6,
    ("coal", "Bitum"): 25.8 * 94_600 / 1e6,
    ("fuel_oil", None): 40.4 * 77_400 / 1e6,
    ("diesel", None): 43.0 * 74_100 / 1e6,
    ("lpg", None): 47.3 * 63_100 / 1e6,
}
GRID_2003_T_PER_MWH = 0.399
COAL_SULFUR_RETENTION = 0.05


def unit_emissions(resource: str, fuel_rows: Mapping[str, Mapping[str, Any]]) -> tuple[float, float, float]:
    """Return (CO2, SO2, dust) in t per unit of `resource` with the company's fuel properties."""
    if resource == "electricity":
        return GRID_2003_T_PER_MWH, 0.0, 0.0
    if resource not in fuel_rows:
        return 0.0, 0.0, 0.0
    row = fuel_rows[resource]
    sulfur, so2_kept = row["sulfur_pct"] / 100, 1 - row["so2_removal_pct"] / 100
    dust_kept = 1 - row["dust_removal_pct"] / 100
    if resource == "coal":
        co2 = CO2_T_PER_T[("coal", row["coal_type"])]
        so2 = 2 * sulfur * (1 - COAL_SULFUR_RETENTION) * so2_kept
        dust = row["ash_pct"] / 100 * row["fly_ash_pct"] / 100 * dust_kept
        return co2, so2, dust
    dust_by_fuel = {"fuel_oil": (1.14 * row["sulfur_pct"] + 0.40) / 1000, "diesel": 0.28 / 1000, "lpg": 0.0}
    return CO2_T_PER_T[(resource, None)], 2 * sulfur * so2_kept, dust_by_fuel[resource] * dust_kept


def option_savings(option: Mapping[str, Any], prices: Mapping[str, float]) -> float:
    """Return net annual savings of `option` in the workbook currency."""
    gross = sum(qty * prices[key] for key, qty in option["qty"].items())
    return gross + option["other"] - option["added"]


def table_3(companies: Iterable[Mapping[str, Any]]) -> dict[str, float]:
    """Return Bảng 3's twelve totals over the implemented options of the completed assessments."""
    totals: dict[str, float] = defaultdict(float)
    for company in companies:
        if company["status"] != FINISHED:
            continue
        rate = company["rate"] if company["currency"] == "VND" else 1
        for option in company["options"]:
            if option["status"] != DONE:
                continue
            totals["investment_usd"] += option["investment"] / rate
            totals["savings_usd"] += option_savings(option, company["prices"]) / rate
            for key, qty in option["qty"].items():
                totals[key] += qty
                co2, so2, dust = unit_emissions(key, company["fuels"])
                totals["co2"] += qty * co2
                totals["so2"] += qty * so2
                totals["dust"] += qty * dust
    return {key: totals[key] for key in report.TABLE_3}


def expect(label: str, got: Any, want: Any) -> str:
    """Return a line for the summary; raise SystemExit when `got` differs from `want`."""
    if got != want:
        raise SystemExit(f"make_2003: {label}: got {got!r}, the report says {want!r}")
    return f"{label}: {got}"


def check_audits(companies: list[dict[str, Any]]) -> list[str]:
    """Check the audit portfolio against the report; return summary lines."""
    done = [c for c in companies if c["status"] == FINISHED]
    lines = [
        expect("companies", len(companies) > report.COMPANIES_MORE_THAN, True),
        expect("programmes", len({c["programme"] for c in companies}), report.PROGRAMMES),
        expect("completed assessments", len(done), report.COMPLETED),
        expect("sectors of completed", sorted({c["sector"] for c in done}), sorted(report.COMPLETED_SECTORS)),
        expect("sectors of all", sorted({c["sector"] for c in companies}), sorted(report.ALL_SECTORS)),
        expect("unique slugs", len({c["slug"] for c in companies}), len(companies)),
    ]
    for company in companies:
        if (company["currency"] == "VND") != (company["rate"] is not None):
            raise SystemExit(f"make_2003: {company['slug']}: exchange rate only and always with VND")
    options = [o for c in done for o in c["options"]]
    implemented = sum(o["status"] == DONE for o in options)
    lines.append(
        expect("implemented share %", round(100 * implemented / len(options)), report.IMPLEMENTED_SHARE_PCT)
    )
    totals = table_3(companies)
    for key, want in report.TABLE_3.items():
        lines.append(expect(f"Bảng 3 {key} (computed {totals[key]:.4f})", round(totals[key]), want))
    exact = (
        "electricity",
        "coal",
        "fuel_oil",
        "diesel",
        "lpg",
        "water",
        "materials",
        "investment_usd",
        "savings_usd",
    )
    for key in exact:
        if abs(totals[key] - report.TABLE_3[key]) > 1e-6:
            raise SystemExit(f"make_2003: Bảng 3 {key} is {totals[key]!r}, not exactly {report.TABLE_3[key]}")
    payback = 12 * totals["investment_usd"] / totals["savings_usd"]
    lines.append(expect(f"portfolio payback {payback:.2f} months within 3-4", 3 <= payback <= 4, True))
    for company in done:
        for option in company["options"]:
            if option["status"] == DONE and option_savings(option, company["prices"]) <= 0:
                raise SystemExit(f"make_2003: {company['slug']}: implemented option without savings")
    return lines


def check_training() -> list[str]:
    """Check the training register against Bảng 1 and the report's text; return summary lines."""
    held = [c for c in training.COURSES if c[10] == training.HELD]
    courses = [c for c in held if c[2] in report.PERSON_DAYS_BY_TYPE]
    seminars = [c for c in held if c[2] not in report.PERSON_DAYS_BY_TYPE]
    person_days = Counter()
    for course in courses:
        person_days[course[2]] += course[5] * course[8]
    awareness = [c for c in seminars if c[2] == training.AWARENESS]
    certified = sum(c[11] or 0 for c in held)
    planned_certified = sum(c[11] or 0 for c in training.COURSES if c[10] == training.PLANNED)
    return [
        expect("unique course codes", len({c[0] for c in training.COURSES}), len(training.COURSES)),
        expect("courses held", len(courses), report.COURSES_HELD),
        expect("courses by type", dict(Counter(c[2] for c in courses)), report.COURSES_BY_TYPE),
        expect("person-days by type", dict(person_days), report.PERSON_DAYS_BY_TYPE),
        expect("course person-days", sum(person_days.values()), report.COURSE_PERSON_DAYS),
        expect("field-visit person-days", sum(c[9] or 0 for c in courses), report.FIELD_VISIT_PERSON_DAYS),
        expect(
            "skills learners", sum(c[8] for c in courses if c[2] == training.SKILLS), report.SKILLS_LEARNERS
        ),
        expect("plan", {p[0]: p[1] for p in training.PLAN if p[1] is not None}, report.PLAN_BY_TYPE),
        expect("seminars held", len(seminars), report.SEMINARS_HELD),
        expect("seminar person-days", sum(c[5] * c[8] for c in seminars), report.SEMINAR_PERSON_DAYS),
        expect("awareness seminars", len(awareness), report.AWARENESS_SEMINARS),
        expect(
            "awareness participants, cumulative",
            centre.PRIOR_AWARENESS_PARTICIPANTS + sum(c[8] for c in awareness),
            report.AWARENESS_CUMULATIVE,
        ),
        expect(
            "certified after the programme ends (Feb 2004)",
            centre.PRIOR_CERTIFIED_TRAINEES + certified + planned_certified,
            report.CERTIFIED_AFTER_FEB_2004,
        ),
        expect(
            "expected new certificates within 15-17",
            report.CERTIFIED_EXPECTED_FEB_2004[0]
            <= planned_certified
            <= report.CERTIFIED_EXPECTED_FEB_2004[1],
            True,
        ),
    ]


def check_centre() -> list[str]:
    """Check the staff table against the report; return summary lines."""
    degrees = Counter(s[1] for s in centre.STAFF)
    return [
        expect("staff", len(centre.STAFF), report.STAFF),
        expect("full-time", sum(s[3] == centre.FULL for s in centre.STAFF), report.FULL_TIME),
        expect("part-time", sum(s[3] == centre.PART for s in centre.STAFF), report.PART_TIME),
        expect("doctors", degrees["GS.TS."] + degrees["PGS.TS."] + degrees["TS."], report.DOCTORS),
        expect("masters", degrees["ThS."], report.MASTERS),
        expect("engineers", degrees["KS."], report.ENGINEERS),
        expect("staff-months", sum(s[4] for s in centre.STAFF), report.STAFF_MONTHS),
    ]


def kpi_results() -> dict[str, tuple[float, float | None]]:
    """Return {code: (yearly result, change vs baseline in % or None)} by the SPEC 6 rule."""
    denominators = {
        kpi.STAFF_MONTHS: sum(kpi.STAFF_MONTHS_BY_MONTH),
        kpi.USEFUL: sum(kpi.USEFUL_BY_MONTH),
        kpi.PERSON_DAYS: sum(kpi.TRAINING_PERSON_DAYS_BY_MONTH),
    }
    values = dict(kpi.QUARTERLY_VALUES, **{"VP-DIEN": kpi.ELECTRICITY_KWH})
    results = {}
    for code, _area, _aspect, _unit, denominator, _freq, baseline, _target, _note in kpi.TARGETS:
        total = sum(values[code])
        result = total if denominator == kpi.NONE else total / denominators[denominator]
        change = None if baseline is None else 100 * (result - baseline) / baseline
        results[code] = (result, change)
    return results


def check_kpi() -> list[str]:
    """Check the KPI log against Bảng 4 and the other workbooks; return summary lines."""
    monthly_pd = [0.0] * 12
    for course in training.COURSES:
        if course[10] == training.HELD and course[2] in report.PERSON_DAYS_BY_TYPE:
            monthly_pd[course[3].month - 1] += course[5] * course[8]
    lines = [
        expect(
            "KPI staff-months = centre file", sum(kpi.STAFF_MONTHS_BY_MONTH), sum(s[4] for s in centre.STAFF)
        ),
        expect("KPI training person-days = register by month", kpi.TRAINING_PERSON_DAYS_BY_MONTH, monthly_pd),
        expect(
            "useful staff-months never above staff-months",
            all(u <= s for u, s in zip(kpi.USEFUL_BY_MONTH, kpi.STAFF_MONTHS_BY_MONTH, strict=True)),
            True,
        ),
    ]
    for code, (result, change) in kpi_results().items():
        want = report.KPI_RESULTS[code]
        lines.append(expect(f"KPI {code} result {result:.4f}", round(result, 2), want))
        if change is not None:
            lines.append(
                f"KPI {code} change vs baseline: computed {change:+.1f} %, "
                f"report {report.KPI_REPORTED_CHANGE_PCT[code]:+} %"
            )
    return lines


def check(companies: list[dict[str, Any]]) -> list[str]:
    """Run every check; return the summary lines (SystemExit on the first figure not reproduced)."""
    return check_audits(companies) + check_training() + check_centre() + check_kpi()


# --------------------------------------------------------------------------------------------------
# Mapping the data to the templates' names and column keys.
# --------------------------------------------------------------------------------------------------


def audit_tables(company: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """Return (names, tables) of one audit workbook."""
    from vncpc_xl.core import RESOURCES
    from vncpc_xl.schema.audit import quantity_key

    names = {
        "CompanyName": company["name"],
        "Sector": company["sector"],
        "Province": company["province"],
        "Programme": company["programme"],
        "AssessmentYear": YEAR,
        "Approach": APPROACH[company["programme"]],
        "Status": company["status"],
        "Currency": company["currency"],
    }
    if company["rate"] is not None:
        names["ExchangeRate"] = company["rate"]
    prices = [{"resource": r.name, "unit": r.unit, "price": company["prices"][r.key]} for r in RESOURCES]
    fuel_names = {r.key: r.name for r in RESOURCES}
    fuels = [{"fuel": fuel_names[key], **row} for key, row in company["fuels"].items()]
    options = []
    for number, option in enumerate(company["options"], start=1):
        row = {
            "number": number,
            "option": option["name"],
            "category": option["category"],
            "status": option["status"],
            "investment": option["investment"],
            "other_savings": option["other"] or None,
            "added_cost": option["added"] or None,
        }
        row.update({quantity_key(key): qty for key, qty in option["qty"].items()})
        options.append(row)
    return names, {"tblPrices": prices, "tblFuels": fuels, "tblOptions": options}


def training_tables() -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """Return (names, tables) of the training register."""
    plan = [
        {"type": t, "planned_person_days": days, "planned_courses": count, "note": note}
        for t, days, count, note in training.PLAN
    ]
    keys = ("code", "name", "type", "start", "end", "days", "place", "client", "participants")
    keys += ("field_visit_person_days", "status", "certified")
    courses = [dict(zip(keys, row, strict=True)) for row in training.COURSES]
    modules = [
        {"module": m, "days": days, "topics": "\n".join(topics)} for m, days, topics in training.MODULES
    ]
    return {"Year": training.YEAR}, {"tblTrainingPlan": plan, "tblCourses": courses, "tblModules": modules}


def kpi_tables() -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """Return (names, tables) of the KPI log."""
    keys = (
        "code",
        "area",
        "aspect",
        "unit",
        "denominator",
        "frequency",
        "baseline",
        "target_reduction_pct",
        "note",
    )
    targets = [dict(zip(keys, row, strict=True)) for row in kpi.TARGETS]
    log = [
        {"period": p, "code": "VP-DIEN", "value": v}
        for p, v in zip(kpi.MONTHS, kpi.ELECTRICITY_KWH, strict=True)
    ]
    for code, values in kpi.QUARTERLY_VALUES.items():
        log += [{"period": p, "code": code, "value": v} for p, v in zip(kpi.QUARTERS, values, strict=True)]
    denominators = [
        {"period": p, "staff_months": s, "useful_staff_months": u, "training_person_days": t}
        for p, s, u, t in zip(
            kpi.MONTHS,
            kpi.STAFF_MONTHS_BY_MONTH,
            kpi.USEFUL_BY_MONTH,
            kpi.TRAINING_PERSON_DAYS_BY_MONTH,
            strict=True,
        )
    ]
    return {"Year": kpi.YEAR}, {
        "tblKpiTargets": targets,
        "tblKpiLog": log,
        "tblKpiDenominators": denominators,
    }


def centre_tables() -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """Return (names, tables) of the centre file; sections the template does not know are left out."""
    from vncpc_xl.schema.centre import NARRATIVE_SECTIONS

    names = {
        "Year": centre.YEAR,
        "CentreName": centre.CENTRE_NAME,
        "Director": centre.DIRECTOR,
        "PriorAwarenessParticipants": centre.PRIOR_AWARENESS_PARTICIPANTS,
        "PriorCertifiedTrainees": centre.PRIOR_CERTIFIED_TRAINEES,
    }
    staff_keys = ("name", "degree", "position", "employment", "staff_months")
    project_keys = ("name", "cp_content", "donor", "partner", "place", "period")
    paragraphs = [
        {"section": key, "paragraph": text}
        for key, texts in narrative.SECTIONS
        if key in NARRATIVE_SECTIONS
        for text in texts
    ]
    paragraphs += [
        {"section": key, "paragraph": text, "language": "en"}
        for key, texts in narrative.ENGLISH.items()
        for text in texts
    ]
    tables = {
        "tblStaff": [dict(zip(staff_keys, row, strict=True)) for row in centre.STAFF],
        "tblProjects": [dict(zip(project_keys, row, strict=True)) for row in centre.PROJECTS],
        "tblOutreach": [
            dict(zip(("type", "title", "date", "channel"), row, strict=True)) for row in centre.OUTREACH
        ],
        "tblNarrative": paragraphs,
        "tblAbbreviations": [{"abbreviation": a, "meaning": m} for a, m in centre.ABBREVIATIONS],
    }
    return names, tables


def all_companies() -> list[dict[str, Any]]:
    """Return the 52 assessments: the 15 completed ones first, then the 37 still running."""
    completed = [dict(c, status=FINISHED) for c in COMPLETED]
    return completed + [dict(c, status=RUNNING) for c in expand_ongoing()]


def _clear(folder: Path) -> None:
    """Remove the workbooks an earlier run wrote (only ``*.xlsx`` directly in `folder` and its ``audits``)."""
    for sub in (folder, folder / "audits"):
        for path in sorted(sub.glob("*.xlsx")):
            path.unlink()


def write(out: Path, companies: list[dict[str, Any]]) -> list[Path]:
    """Write every workbook of the year into `out`; return the paths written."""
    from vncpc_xl.workbook import fill_workbook

    (out / "audits").mkdir(parents=True, exist_ok=True)
    _clear(out)
    written = []
    for kind, build in (("centre", centre_tables), ("training", training_tables), ("kpi", kpi_tables)):
        names, tables = build()
        written.append(fill_workbook(kind, out / f"{kind}_{YEAR}.xlsx", names=names, tables=tables))
    for number, company in enumerate(companies, start=1):
        names, tables = audit_tables(company)
        path = out / "audits" / f"{number:02d}_{company['slug']}.xlsx"
        written.append(fill_workbook("audit", path, names=names, tables=tables))
    return written


def main(argv: list[str] | None = None) -> int:
    """Check the data against the report, then write the workbooks; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=HERE / "2003", help="output folder (default: examples/2003)"
    )
    parser.add_argument("--check-only", action="store_true", help="check the data, write nothing")
    parser.add_argument("--quiet", action="store_true", help="print only the number of files written")
    args = parser.parse_args(argv)
    companies = all_companies()
    summary = check(companies)
    if not args.quiet:
        print("\n".join(summary))
    if args.check_only:
        return 0
    written = write(args.out, companies)
    print(f"{len(written)} workbooks written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
