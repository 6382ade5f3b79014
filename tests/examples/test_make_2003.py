"""examples/make_2003.py: the 2003 year reads back cleanly, reproduces the report, and is reproducible.

The expected numbers are the 2003 report's own figures (Bảng 1, 3, 4 and the text), not the script's output.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pytest

from vncpc_xl.core import FuelProperties, emissions_t, net_annual_savings, resolve_resource, to_usd
from vncpc_xl.errors import Severity
from vncpc_xl.workbook import WorkbookData, read_workbook

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "examples" / "make_2003.py"
COMMITTED = ROOT / "examples" / "2003"
COURSE_TYPES = ("Đào tạo theo ngành sản xuất", "Đào tạo các kỹ năng", "Đào tạo theo yêu cầu")
AWARENESS = "Hội nghị chuyên đề nâng cao nhận thức"


def _workbooks(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.xlsx") if not p.name.startswith("~$"))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("examples_2003")
    subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(out), "--quiet"], check=True, capture_output=True
    )
    return out


@pytest.fixture(scope="module")
def books(generated: Path) -> dict[str, list[WorkbookData]]:
    by_kind: dict[str, list[WorkbookData]] = {}
    for path in _workbooks(generated):
        data = read_workbook(path)
        by_kind.setdefault(str(data.kind), []).append(data)
    return by_kind


def _one(books: dict[str, list[WorkbookData]], kind: str) -> WorkbookData:
    assert len(books[kind]) == 1
    return books[kind][0]


def test_every_workbook_reads_back_without_errors(books: dict[str, list[WorkbookData]]) -> None:
    errors = [
        f"{data.path.name}: {issue.sheet}!{issue.cell} {issue.message_en}"
        for group in books.values()
        for data in group
        for issue in data.issues
        if issue.severity == Severity.ERROR
    ]
    assert errors == []
    assert sorted((kind, len(group)) for kind, group in books.items()) == [
        ("audit", 52),
        ("centre", 1),
        ("kpi", 1),
        ("training", 1),
    ]


def test_rerun_reproduces_the_committed_files_byte_for_byte(generated: Path) -> None:
    made = {p.relative_to(generated).as_posix(): p.read_bytes() for p in _workbooks(generated)}
    committed = {p.relative_to(COMMITTED).as_posix(): p.read_bytes() for p in _workbooks(COMMITTED)}
    assert sorted(made) == sorted(committed)
    stale = [name for name in made if made[name] != committed[name]]
    assert stale == [], "examples/2003 is out of date: run python examples/make_2003.py"


def test_portfolio_counts(books: dict[str, list[WorkbookData]]) -> None:
    audits = books["audit"]
    completed = [a for a in audits if a.names["Status"] == "Hoàn thành"]
    assert len(audits) == 52
    assert len({a.names["Programme"] for a in audits}) == 6
    assert len(completed) == 15
    assert {a.names["AssessmentYear"] for a in audits} == {2003}
    options = [o for a in completed for o in a.tables["tblOptions"]]
    implemented = [o for o in options if o["status"] == "Đã thực hiện"]
    assert (len(implemented), len(options)) == (44, 132)
    assert round(100 * len(implemented) / len(options)) == 33


def _fuels(data: WorkbookData) -> dict[str, FuelProperties]:
    fuels = {}
    for row in data.tables["tblFuels"]:
        resource, _ = resolve_resource(row["fuel"])
        values = {k: row[k] or 0.0 for k in ("sulfur_pct", "ash_pct", "fly_ash_pct", "so2_removal_pct")}
        fuels[resource.key] = FuelProperties(
            resource.key, row["coal_type"], dust_removal_pct=row["dust_removal_pct"] or 0.0, **values
        )
    return fuels


def _table_3(audits: Iterable[WorkbookData]) -> Counter[str]:
    totals: Counter[str] = Counter()
    for data in audits:
        if data.names["Status"] != "Hoàn thành":
            continue
        prices = {resolve_resource(r["resource"])[0].key: r["price"] for r in data.tables["tblPrices"]}
        fuels, currency, rate = _fuels(data), data.names["Currency"], data.names["ExchangeRate"]
        for option in data.tables["tblOptions"]:
            if option["status"] != "Đã thực hiện":
                continue
            qty = {
                key[4:]: value
                for key, value in option.items()
                if key.startswith("qty_") and value is not None
            }
            savings = net_annual_savings(qty, prices, option["other_savings"] or 0, option["added_cost"] or 0)
            totals["investment_usd"] += to_usd(option["investment"] or 0, currency, rate)
            totals["savings_usd"] += to_usd(savings, currency, rate)
            for key, value in qty.items():
                totals[key] += value
                for pollutant in ("CO2", "SO2", "BUI"):
                    totals[pollutant] += emissions_t(key, value, pollutant, 2003, fuels)
    return totals


def test_table_3_reproduces_the_report(books: dict[str, list[WorkbookData]]) -> None:
    totals = _table_3(books["audit"])
    report = {
        "electricity": 40_838,
        "coal": 19_113,
        "fuel_oil": 1_951,
        "diesel": 64,
        "lpg": 74,
        "water": 160_000,
        "materials": 787,
        "investment_usd": 650_000,
        "savings_usd": 2_435_000,
        "BUI": 483,
        "SO2": 364,
        "CO2": 70_846,
    }
    assert {key: round(totals[key]) for key in report} == report
    for key in ("electricity", "coal", "fuel_oil", "diesel", "lpg", "water", "materials"):
        assert totals[key] == report[key]  # exact, not only after rounding
    assert totals["investment_usd"] == pytest.approx(650_000, abs=1e-6)
    assert totals["savings_usd"] == pytest.approx(2_435_000, abs=1e-6)
    assert round(12 * totals["investment_usd"] / totals["savings_usd"], 1) == 3.2


def test_staff(books: dict[str, list[WorkbookData]]) -> None:
    centre = _one(books, "centre")
    staff = centre.tables["tblStaff"]
    degrees = Counter(s["degree"] for s in staff)
    assert len(staff) == 18
    assert Counter(s["employment"] for s in staff) == {"Toàn thời gian": 16, "Bán thời gian": 2}
    assert degrees["GS.TS."] + degrees["PGS.TS."] + degrees["TS."] == 3
    assert (degrees["ThS."], degrees["KS."]) == (5, 7)
    assert sum(s["staff_months"] for s in staff) == 177
    assert centre.names["Year"] == 2003
    assert len(centre.tables["tblProjects"]) == 5
    assert len(centre.tables["tblAbbreviations"]) == 20


def test_training_register(books: dict[str, list[WorkbookData]]) -> None:
    register = _one(books, "training")
    centre = _one(books, "centre")
    held = [c for c in register.tables["tblCourses"] if c["status"] == "Đã tổ chức"]
    courses = [c for c in held if c["type"] in COURSE_TYPES]
    seminars = [c for c in held if c["type"] not in COURSE_TYPES]
    by_type = Counter()
    for course in courses:
        by_type[course["type"]] += course["days"] * course["participants"]
    assert len(courses) == 22
    assert dict(by_type) == dict(zip(COURSE_TYPES, (183, 163, 1611), strict=True))
    assert sum(by_type.values()) == 1957
    assert sum(c["field_visit_person_days"] or 0 for c in courses) == 60
    assert sum(c["participants"] for c in courses if c["type"] == "Đào tạo các kỹ năng") == 39
    assert len(seminars) == 10
    assert sum(c["days"] * c["participants"] for c in seminars) == 417
    awareness = [c for c in seminars if c["type"] == AWARENESS]
    assert len(awareness) == 9
    assert centre.names["PriorAwarenessParticipants"] + sum(c["participants"] for c in awareness) == 1406
    certified = centre.names["PriorCertifiedTrainees"] + sum(c["certified"] or 0 for c in held)
    assert 100 - 17 <= certified <= 100 - 15  # the February 2004 module brings the total to 100
    plan = {row["type"]: row["planned_person_days"] for row in register.tables["tblTrainingPlan"]}
    assert [plan[t] for t in COURSE_TYPES] == [210, 135, 50]
    assert [(m["days"], len(m["topics"].splitlines())) for m in register.tables["tblModules"]] == [
        (5, 6),
        (4, 7),
        (3, 5),
        (3, 5),
    ]


def test_kpi_results_match_table_4(books: dict[str, list[WorkbookData]]) -> None:
    log = _one(books, "kpi")
    columns = {"Công-tháng": "staff_months", "Công-tháng hữu ích": "useful_staff_months"}
    columns["Người-ngày đào tạo"] = "training_person_days"
    totals = {col: sum(row[col] for row in log.tables["tblKpiDenominators"]) for col in columns.values()}
    values: Counter[str] = Counter()
    for row in log.tables["tblKpiLog"]:
        values[row["code"]] += row["value"]
    results = {}
    for target in log.tables["tblKpiTargets"]:
        column = columns.get(target["denominator"])
        results[target["code"]] = round(values[target["code"]] / (totals[column] if column else 1), 2)
    assert totals["staff_months"] == 177  # the centre file's staff-months
    assert totals["training_person_days"] == 1957  # the training register's course person-days
    assert results == {
        "VP-GIAY": 1.48,
        "VP-DIEN": 98.68,
        "VP-CO2": 0.38,
        "VP-GIAYTHAI": 0.68,
        "VP-BIA": 86,
        "VP-LON": 113,
        "VP-MUC": 6,
        "DT-GIAY": 0.19,
        "DT-CO2": 6.64,
    }
