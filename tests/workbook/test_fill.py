"""Filling a template like a user: names, rows by column key, tables that grow, and new workbooks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries
from openpyxl.worksheet.worksheet import Worksheet

from vncpc_xl.errors import VncpcError
from vncpc_xl.schema import SPECS, TableSpec
from vncpc_xl.workbook import fill_workbook, new_workbook, template_path

COURSES = SPECS["training"].table("tblCourses")
PLAN = SPECS["training"].table("tblTrainingPlan")
OPTIONS = SPECS["audit"].table("tblOptions")
PRICES = SPECS["audit"].table("tblPrices")


def _columns(ws: Worksheet, table: TableSpec) -> tuple[range, dict[str, str]]:
    """Return the data rows and {key: column letter}, found through the Excel table and its header text."""
    min_col, min_row, max_col, max_row = range_boundaries(ws.tables[table.name].ref)
    letters = {
        ws.cell(min_row, c).value: ws.cell(min_row, c).column_letter for c in range(min_col, max_col + 1)
    }
    return range(min_row + 1, max_row + 1), {col.key: letters[col.header] for col in table.columns}


def _course(number: int) -> dict[str, object]:
    return {
        "code": f"K{number:02d}",
        "name": f"Khóa {number}",
        "type": "Đào tạo các kỹ năng",
        "start": dt.date(2003, 3, 1 + number % 28),
        "end": dt.date(2003, 3, 2 + number % 27),
        "days": 2,
        "participants": number,
        "status": "Đã tổ chức",
    }


def test_names_and_rows_land_in_their_cells(tmp_path: Path) -> None:
    out = fill_workbook(
        "training", tmp_path / "t.xlsx", names={"Year": 2003}, tables={"tblCourses": [_course(1), _course(2)]}
    )
    wb = load_workbook(out)
    sheet, ref = next(iter(wb.defined_names["Year"].destinations))
    assert wb[sheet][ref.replace("$", "")].value == 2003
    ws = wb[COURSES.sheet]
    rows, col = _columns(ws, COURSES)
    assert ws[f"{col['code']}{rows[1]}"].value == "K02"
    start = ws[f"{col['start']}{rows[0]}"]
    assert start.value == dt.datetime(2003, 3, 2) and start.number_format == "dd/mm/yyyy"
    assert ws[f"{col['person_days']}{rows[0]}"].value.startswith("=IF(")
    assert len(rows) == 50  # no growth for two rows


def test_given_rows_replace_a_prefilled_table(tmp_path: Path) -> None:
    out = fill_workbook(
        "training", tmp_path / "t.xlsx", tables={"tblTrainingPlan": [{"type": "Đào tạo theo yêu cầu"}]}
    )
    ws = load_workbook(out)[PLAN.sheet]
    rows, col = _columns(ws, PLAN)
    assert [ws[f"{col['type']}{r}"].value for r in rows] == ["Đào tạo theo yêu cầu"] + [None] * (
        len(rows) - 1
    )


def test_a_table_grows_with_formulas_styles_and_drop_downs(tmp_path: Path) -> None:
    courses = [_course(n) for n in range(1, 61)]
    out = fill_workbook("training", tmp_path / "t.xlsx", tables={"tblCourses": courses})
    ws = load_workbook(out)[COURSES.sheet]
    rows, col = _columns(ws, COURSES)
    assert len(rows) == 60
    last = rows[-1]
    assert ws.tables[COURSES.name].autoFilter.ref == ws.tables[COURSES.name].ref
    person_days = ws[f"{col['person_days']}{last}"]
    assert (
        person_days.value == f'=IF({col["name"]}{last}="","",{col["days"]}{last}*{col["participants"]}{last})'
    )
    assert person_days.protection.locked and person_days.fill.fgColor.rgb == "FFD9D9D9"
    status = ws[f"{col['status']}{last}"]
    assert not status.protection.locked and status.fill.fgColor.rgb == "FFFFF2CC"
    assert status.value == "Đã tổ chức"
    assert [dv.type for dv in ws.data_validations.dataValidation if status.coordinate in dv.sqref] == ["list"]


def test_growing_the_price_table_moves_the_references_to_it(tmp_path: Path) -> None:
    prices = [{"resource": "Điện", "unit": "MWh", "price": 50}] * 9
    out = fill_workbook("audit", tmp_path / "a.xlsx", tables={"tblPrices": prices})
    wb = load_workbook(out)
    price_ref = wb[PRICES.sheet].tables[PRICES.name].ref
    assert range_boundaries(price_ref)[3] - range_boundaries(price_ref)[1] == 9
    ws = wb[OPTIONS.sheet]
    rows, col = _columns(ws, OPTIONS)
    absolute = ":".join("$" + part[:1] + "$" + part[1:] for part in price_ref.split(":"))
    assert f"'{PRICES.sheet}'!{absolute}" in ws[f"{col['savings']}{rows[0]}"].value


def test_a_value_typed_over_a_formula_column_replaces_the_formula(tmp_path: Path) -> None:
    row = {**_course(1), "person_days": 999}
    ws = load_workbook(fill_workbook("training", tmp_path / "t.xlsx", tables={"tblCourses": [row]}))[
        COURSES.sheet
    ]
    rows, col = _columns(ws, COURSES)
    assert ws[f"{col['person_days']}{rows[0]}"].value == 999


@pytest.mark.parametrize(
    ("names", "tables"),
    [({"Nope": 1}, {}), ({}, {"tblNope": []}), ({}, {"tblCourses": [{"nope": 1}]})],
)
def test_unknown_names_tables_and_keys_are_refused(tmp_path: Path, names: dict, tables: dict) -> None:
    with pytest.raises(VncpcError, match="không có trong mẫu"):
        fill_workbook("training", tmp_path / "t.xlsx", names=names, tables=tables)


def test_filling_is_deterministic(tmp_path: Path) -> None:
    tables = {"tblCourses": [_course(n) for n in range(1, 55)]}
    first = fill_workbook("training", tmp_path / "1.xlsx", names={"Year": 2003}, tables=tables).read_bytes()
    second = fill_workbook("training", tmp_path / "2.xlsx", names={"Year": 2003}, tables=tables).read_bytes()
    assert first == second


def test_new_workbook_fills_year_and_company(tmp_path: Path) -> None:
    wb = load_workbook(new_workbook("audit", tmp_path / "a.xlsx", year=2003, company="Công ty Giấy Việt Trì"))
    values = {}
    for key in ("AssessmentYear", "CompanyName"):
        sheet, ref = next(iter(wb.defined_names[key].destinations))
        values[key] = wb[sheet][ref.replace("$", "")].value
    assert values == {"AssessmentYear": 2003, "CompanyName": "Công ty Giấy Việt Trì"}
    wb = load_workbook(new_workbook("centre", tmp_path / "c.xlsx", company="VNCPC"))
    sheet, ref = next(iter(wb.defined_names["CentreName"].destinations))
    assert wb[sheet][ref.replace("$", "")].value == "VNCPC"


def test_new_workbook_without_values_is_the_template(tmp_path: Path) -> None:
    assert new_workbook("kpi", tmp_path / "k.xlsx").read_bytes() == template_path("kpi").read_bytes()


def test_new_workbook_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "k.xlsx"
    path.write_bytes(b"the user's work")
    with pytest.raises(VncpcError, match="đã tồn tại"):
        new_workbook("kpi", path, year=2003)
    assert path.read_bytes() == b"the user's work"


def test_new_workbook_refuses_a_company_for_a_training_register(tmp_path: Path) -> None:
    with pytest.raises(VncpcError, match="không có ô"):
        new_workbook("training", tmp_path / "t.xlsx", company="X")
    assert not (tmp_path / "t.xlsx").exists()


def test_new_workbook_refuses_unknown_kind_and_suffix(tmp_path: Path) -> None:
    with pytest.raises(VncpcError, match="Loại sổ"):
        new_workbook("budget", tmp_path / "b.xlsx")
    with pytest.raises(VncpcError, match=r"\.xlsx"):
        new_workbook("kpi", tmp_path / "b.xlsm")
