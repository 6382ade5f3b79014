"""Filled templates evaluated outside Excel (the `formulas` package, our UDFs registered): every formula
column and summary line equals what `vncpc_xl.core` computes directly from the same inputs."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

formulas = pytest.importorskip("formulas")
np = pytest.importorskip("numpy")
sh = pytest.importorskip("schedula")

from formulas.ranges import Ranges  # noqa: E402
from formulas.tokens.operand import XlError  # noqa: E402
from openpyxl import load_workbook  # noqa: E402
from openpyxl.utils.cell import range_boundaries  # noqa: E402

from vncpc_xl import udfs  # noqa: E402
from vncpc_xl.core import (  # noqa: E402
    RESOURCES,
    FuelProperties,
    net_annual_savings,
    option_irr_pct,
    option_npv,
    payback_months,
    resolve_resource,
    total_emissions_t,
)
from vncpc_xl.schema import SPECS, TableSpec  # noqa: E402
from vncpc_xl.workbook import fill_workbook  # noqa: E402

AUDIT = SPECS["audit"]
OPTIONS = AUDIT.table("tblOptions")
UNDEFINED = "—"
PRICES = {
    "electricity": 50,
    "coal": 40,
    "fuel_oil": 200,
    "diesel": 300,
    "lpg": 400,
    "water": 0.3,
    "materials": 100,
}
CUSTOM_FUELS = (
    {"fuel": "Than", "coal_type": "Bitum", "sulfur_pct": 1.2, "ash_pct": 30, "fly_ash_pct": 25,
     "so2_removal_pct": 10, "dust_removal_pct": 90},
    {"fuel": "Dầu FO", "sulfur_pct": 2.5, "dust_removal_pct": 50},
    {"fuel": "Dầu DO", "sulfur_pct": 0.3},
    {"fuel": "LPG"},
)  # fmt: skip
# (category, status, investment, quantities by resource key, other savings, added cost)
PATTERNS = (
    ("Quản lý nội vi", "Đã thực hiện", 1000, {"electricity": 40.838, "coal": 100}, None, None),
    ("Cải tiến thiết bị", "Đề xuất", 0, {"coal": -1.5}, 100, None),
    ("Thu hồi, tái sử dụng tại chỗ", "Đã thực hiện", 0, {"water": 1200, "materials": 3}, None, None),
    ("Thay đổi công nghệ", "Loại bỏ", 50000, {"fuel_oil": 12, "diesel": 2, "lpg": 0.5}, None, 200),
    ("Kiểm soát quá trình tốt hơn", "Đang nghiên cứu", 8000, {"materials": 1}, None, 500),
)
OPTION_COUNT = 55  # more than the template's ready rows: the table grows


def _plain_cell(value: Any) -> Any:
    if value is sh.EMPTY:
        return None
    if isinstance(value, XlError):
        return str(value)
    return value.item() if isinstance(value, np.generic) else value


def _as_excel_arg(arg: Any) -> Any:
    """Return a `formulas` argument the way xlwings passes it: scalar, 1-D list (row/column) or 2-D list."""
    array = np.asarray(arg.value if isinstance(arg, Ranges) else arg, dtype=object)
    if array.ndim == 0:
        return _plain_cell(array.item())
    array = array.reshape(1, -1) if array.ndim == 1 else array
    rows = [[_plain_cell(v) for v in row] for row in array]
    if array.shape == (1, 1):
        return rows[0][0]
    if array.shape[0] == 1:
        return rows[0]
    return [row[0] for row in rows] if array.shape[1] == 1 else rows


@pytest.fixture(scope="module", autouse=True)
def _register_udfs() -> Iterator[None]:
    functions = formulas.get_functions()
    for name in udfs.__all__:
        udf = getattr(udfs, name)
        functions[name] = lambda *args, _udf=udf: _udf(*(_as_excel_arg(a) for a in args))
    yield
    for name in udfs.__all__:
        functions.pop(name, None)


def _evaluate(path: Path) -> dict[tuple[str, str], Any]:
    """Return {(SHEET, cell): value} of every computed cell of the workbook at `path`."""
    solution = formulas.ExcelModel().loads(str(path)).finish().calculate()
    values = {}
    for key, ranges in solution.items():
        match = re.fullmatch(r"'\[[^\]]+\](?P<sheet>[^']+)'!(?P<cell>[A-Z]+\d+)", key)
        if match:
            values[match["sheet"], match["cell"]] = _plain_cell(np.asarray(ranges.value, dtype=object)[0, 0])
    return values


def _options() -> list[dict[str, Any]]:
    rows = []
    for number in range(1, OPTION_COUNT + 1):
        category, status, investment, quantities, other, added = PATTERNS[(number - 1) % len(PATTERNS)]
        row = {"number": number, "option": f"Giải pháp {number}", "category": category, "status": status}
        row |= {"investment": investment * number, "other_savings": other, "added_cost": added}
        row |= {f"qty_{key}": qty * (1 + number / 10) for key, qty in quantities.items()}
        rows.append(row)
    return rows


def _fuels(rows: tuple[Mapping[str, Any], ...]) -> dict[str, FuelProperties]:
    fuels = {}
    for row in rows:
        key = resolve_resource(row["fuel"])[0].key
        values = {k: v for k, v in row.items() if k not in ("fuel", "coal_type") and v is not None}
        fuels[key] = FuelProperties(key, row.get("coal_type"), **values)
    return fuels


def _expected(row: Mapping[str, Any], year: int, fuels: Mapping[str, FuelProperties]) -> dict[str, Any]:
    quantities = {r.key: row.get(f"qty_{r.key}") for r in RESOURCES}
    savings = net_annual_savings(quantities, PRICES, row["other_savings"] or 0.0, row["added_cost"] or 0.0)
    rate, life = AUDIT.name("DiscountRate").default, AUDIT.name("OptionLife").default
    payback = payback_months(row["investment"], savings)
    irr = option_irr_pct(row["investment"], savings, life)
    return {
        "savings": savings,
        "co2_t": total_emissions_t(quantities, "CO2", year, fuels),
        "so2_t": total_emissions_t(quantities, "SO2", year, fuels),
        "dust_t": total_emissions_t(quantities, "BUI", year, fuels),
        "payback_months": UNDEFINED if payback is None else payback,
        "npv": option_npv(row["investment"], savings, rate, life),
        "irr_pct": UNDEFINED if irr is None else irr,
    }


def _columns(ws: Any, table: TableSpec) -> tuple[range, dict[str, str]]:
    min_col, min_row, max_col, max_row = range_boundaries(ws.tables[table.name].ref)
    letters = {
        ws.cell(min_row, c).value: ws.cell(min_row, c).column_letter for c in range(min_col, max_col + 1)
    }
    return range(min_row + 1, max_row + 1), {col.key: letters[col.header] for col in table.columns}


def _close(actual: Any, expected: Any) -> bool:
    if isinstance(expected, str):
        return actual == expected
    return isinstance(actual, float) and actual == pytest.approx(expected, rel=1e-9, abs=1e-9)


@pytest.fixture(
    scope="module", params=[(2003, None), (2016, CUSTOM_FUELS)], ids=["2003-default-fuels", "2016-custom"]
)
def audit(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    year, fuel_rows = request.param
    prices = [{"resource": r.name, "unit": r.unit, "price": PRICES[r.key]} for r in RESOURCES]
    tables: dict[str, Any] = {"tblPrices": prices, "tblOptions": _options()}
    if fuel_rows is not None:
        tables["tblFuels"] = list(fuel_rows)
    path = fill_workbook(
        "audit",
        tmp_path_factory.mktemp("audit") / "audit.xlsx",
        names={"CompanyName": "Công ty A", "AssessmentYear": year},
        tables=tables,
    )
    default_fuels = AUDIT.table("tblFuels").prefill
    fuels = _fuels(fuel_rows if fuel_rows is not None else default_fuels)
    expected = [_expected(row, year, fuels) for row in tables["tblOptions"]]
    return {"path": path, "values": _evaluate(path), "rows": tables["tblOptions"], "expected": expected}


def test_every_option_formula_equals_the_core(audit: dict[str, Any]) -> None:
    ws = load_workbook(audit["path"])[OPTIONS.sheet]
    rows, letters = _columns(ws, OPTIONS)
    assert len(rows) == OPTION_COUNT
    sheet = OPTIONS.sheet.upper()
    wrong = []
    for row, expected in zip(rows, audit["expected"], strict=True):
        for key, value in expected.items():
            actual = audit["values"][sheet, f"{letters[key]}{row}"]
            if not _close(actual, value):
                wrong.append((f"{letters[key]}{row}", key, actual, value))
    assert wrong == []


def test_the_expected_values_are_not_trivial(audit: dict[str, Any]) -> None:
    expected = audit["expected"]
    assert any(e["payback_months"] == UNDEFINED for e in expected)
    assert any(isinstance(e["irr_pct"], float) for e in expected)
    assert all(e["so2_t"] != 0 for e in expected[:2]) and any(e["co2_t"] < 0 for e in expected)


def _summary_expectation(formula: str, rows: list[dict[str, Any]], computed: list[dict[str, Any]]) -> float:
    """Return what a summary formula template of the schema must give (SUMIFS/SUM/COUNTIFS/COUNTA)."""
    merged = [{**row, **calc} for row, calc in zip(rows, computed, strict=True)]

    def number(value: Any) -> float:
        return value if isinstance(value, (int, float)) else 0.0

    if match := re.fullmatch(
        r'=SUMIFS\(\{col:tblOptions:(\w+)\},\{col:tblOptions:status\},"([^"]+)"\)', formula
    ):
        return sum(number(r.get(match[1])) for r in merged if r["status"] == match[2])
    if match := re.fullmatch(r"=SUM\(\{col:tblOptions:(\w+)\}\)", formula):
        return sum(number(r.get(match[1])) for r in merged)
    if match := re.fullmatch(r'=COUNTIFS\(\{col:tblOptions:status\},"([^"]+)"\)', formula):
        return sum(1 for r in merged if r["status"] == match[1])
    if match := re.fullmatch(r"=COUNTA\(\{col:tblOptions:(\w+)\}\)", formula):
        return sum(1 for r in merged if r.get(match[1]) not in (None, ""))
    raise AssertionError(f"no expectation for {formula}")


def test_summary_lines_equal_the_core_totals(audit: dict[str, Any]) -> None:
    summary = next(s for s in AUDIT.sheets if s.summary)
    ws = load_workbook(audit["path"])[summary.name]
    label_rows = {ws.cell(row, 1).value: row for row in range(1, ws.max_row + 1)}
    wrong = []
    for line in summary.summary:
        expected = _summary_expectation(line.formula, audit["rows"], audit["expected"])
        actual = audit["values"][summary.name.upper(), f"B{label_rows[line.label]}"]
        if actual != pytest.approx(expected, rel=1e-9, abs=1e-9):
            wrong.append((line.label, actual, expected))
    assert wrong == []


def test_training_person_days_is_days_times_participants(tmp_path: Path) -> None:
    courses = [
        {"code": "K1", "name": "Khóa 1", "type": "Đào tạo các kỹ năng", "days": 2.5, "participants": 20,
         "status": "Đã tổ chức", "start": dt.date(2003, 5, 5)},
        {"code": "K2", "name": "Khóa 2", "type": "Hội nghị chuyên đề khác", "days": 1, "participants": 85,
         "status": "Kế hoạch"},
    ]  # fmt: skip
    path = fill_workbook(
        "training", tmp_path / "t.xlsx", names={"Year": 2003}, tables={"tblCourses": courses}
    )
    values = _evaluate(path)
    table = SPECS["training"].table("tblCourses")
    rows, letters = _columns(load_workbook(path)[table.sheet], table)
    got = [values[table.sheet.upper(), f"{letters['person_days']}{row}"] for row in rows[:3]]
    assert got == [50.0, 85.0, ""]  # 2.5 × 20, 1 × 85, and a blank row stays blank
