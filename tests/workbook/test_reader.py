"""Reading real workbooks: typed names and rows, found by table name and header, files unchanged."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.utils.cell import range_boundaries

from vncpc_xl.errors import Severity
from vncpc_xl.schema import KINDS, SPECS, TEMPLATE_VERSION
from vncpc_xl.workbook import Row, read_workbook, template_path

from ._samples import YEAR, course, edited, option, set_cells, sha256, write_valid


def _letters_by_header(path: Path, table_name: str) -> tuple[str, dict[str, str]]:
    """Return (sheet, header text → column letter) of a table, found independently with openpyxl."""
    workbook = load_workbook(path)
    for ws in workbook.worksheets:
        if table_name in ws.tables:
            min_col, min_row, max_col, _ = range_boundaries(ws.tables[table_name].ref)
            cells = [ws.cell(min_row, c) for c in range(min_col, max_col + 1)]
            return ws.title, {c.value: c.column_letter for c in cells}
    raise AssertionError(table_name)


@pytest.mark.parametrize("kind", KINDS)
def test_filled_workbook_reads_without_any_issue(kind: str, tmp_path: Path) -> None:
    path = write_valid(kind, tmp_path / f"{kind}.xlsx")
    before = sha256(path)
    data = read_workbook(path)
    assert data.issues == []
    assert data.ok
    assert (data.kind, data.version) == (kind, TEMPLATE_VERSION)
    assert data.sha256 == before == sha256(path)
    assert set(data.tables) == {t.name for t in SPECS[kind].tables}
    assert set(data.names) == {n.key for n in SPECS[kind].names}


@pytest.mark.parametrize("kind", KINDS)
def test_empty_template_lacks_only_required_values(kind: str) -> None:
    data = read_workbook(template_path(kind))
    assert data.kind == kind
    assert {issue.code for issue in data.issues} <= {"value.required"}
    assert all(issue.sheet == "Thông tin" for issue in data.issues)


def test_values_are_converted_to_their_column_types(tmp_path: Path) -> None:
    data = read_workbook(write_valid("training", tmp_path / "t.xlsx"))
    first = data.tables["tblCourses"][0]
    assert first["start"] == dt.date(YEAR, 3, 10) and first["end"] == dt.date(YEAR, 3, 12)
    assert first["participants"] == 20 and isinstance(first["participants"], int)
    assert first["days"] == 3.0 and isinstance(first["days"], float)
    assert first["code"] == "C01"
    assert data.tables["tblCourses"][1]["certified"] is None
    assert data.names["Year"] == YEAR and isinstance(data.names["Year"], int)
    assert data.tables["tblModules"][0]["topics"] == "Khái niệm\nPhương pháp luận"


def test_rows_know_their_sheet_and_cells(tmp_path: Path) -> None:
    path = write_valid("audit", tmp_path / "a.xlsx")
    data = read_workbook(path)
    sheet, letters = _letters_by_header(path, "tblOptions")
    ws = load_workbook(path)[sheet]
    table = SPECS["audit"].table("tblOptions")
    for row in data.tables["tblOptions"]:
        assert isinstance(row, Row) and row.sheet == sheet and row.table == "tblOptions"
        for column in table.input_columns:
            assert row.cell(column.key) == f"{letters[column.header]}{row.row}"
            typed = ws[row.cell(column.key)].value
            assert row[column.key] == (
                float(typed) if isinstance(typed, int) and column.key != "number" else typed
            )
    assert [row.row for row in data.tables["tblOptions"]] == [5, 6, 7]


def test_defined_names_are_found_by_name(tmp_path: Path) -> None:
    data = read_workbook(write_valid("audit", tmp_path / "a.xlsx"))
    assert data.names["CompanyName"] == "Công ty Giấy Việt Trì"
    assert data.names["AssessmentYear"] == YEAR
    assert data.name_cell("CompanyName") == ("Thông tin", "B4")
    assert data.name_cell("Nope") is None


def test_empty_rows_are_skipped(tmp_path: Path) -> None:
    options = [option(1), {}, {"investment": None}, option(3)]
    data = read_workbook(write_valid("audit", tmp_path / "a.xlsx", tables={"tblOptions": options}))
    assert data.ok, data.issues
    assert [row["number"] for row in data.tables["tblOptions"]] == [1, 3]
    assert [row.row for row in data.tables["tblOptions"]] == [5, 8]


def test_tables_extended_beyond_the_template_rows_are_read_whole(tmp_path: Path) -> None:
    options = [option(i) for i in range(1, 71)]
    data = read_workbook(write_valid("audit", tmp_path / "a.xlsx", tables={"tblOptions": options}))
    assert data.ok, data.issues[:3]
    rows = data.tables["tblOptions"]
    assert len(rows) == 70 and rows[-1].row == 74 and rows[-1]["investment"] == 70_000


def _swap_log_columns(workbook: Workbook) -> None:
    ws = workbook["Số liệu"]
    table = ws.tables["tblKpiLog"]
    _, min_row, _, max_row = range_boundaries(table.ref)
    for row in range(min_row, max_row + 1):
        ws[f"B{row}"].value, ws[f"C{row}"].value = ws[f"C{row}"].value, ws[f"B{row}"].value
    columns = table.tableColumns
    columns[1].name, columns[2].name = columns[2].name, columns[1].name


def test_columns_are_found_by_header_text_not_position(tmp_path: Path) -> None:
    source = write_valid("kpi", tmp_path / "k.xlsx")
    moved = edited(source, tmp_path / "moved.xlsx", _swap_log_columns)
    data = read_workbook(moved)
    assert data.ok, data.issues
    first = data.tables["tblKpiLog"][0]
    assert (first["period"], first["code"], first["value"]) == ("2003-01", "E1", 1500.0)
    assert (first.cell("code"), first.cell("value")) == ("C5", "B5")


def test_header_whitespace_is_normalised(tmp_path: Path) -> None:
    source = write_valid("kpi", tmp_path / "k.xlsx")
    spaced = set_cells(source, tmp_path / "spaced.xlsx", "Số liệu", {"C4": "  Giá \n  trị "})
    data = read_workbook(spaced)
    assert data.ok, data.issues
    assert data.tables["tblKpiLog"][0]["value"] == 1500.0


def test_choice_spelling_is_normalised_to_the_list(tmp_path: Path) -> None:
    options = [option(1, status="  đã  THỰC hiện ")]
    data = read_workbook(write_valid("audit", tmp_path / "a.xlsx", tables={"tblOptions": options}))
    assert data.ok, data.issues
    assert data.tables["tblOptions"][0]["status"] == "Đã thực hiện"


def test_number_typed_in_a_text_column_becomes_its_digits(tmp_path: Path) -> None:
    data = read_workbook(write_valid("training", tmp_path / "t.xlsx", tables={"tblCourses": [course(101)]}))
    assert data.ok, data.issues
    assert data.tables["tblCourses"][0]["code"] == "101"


def test_date_in_a_period_cell_is_its_month(tmp_path: Path) -> None:
    log = [{"period": dt.date(YEAR, 7, 15), "code": "E1", "value": 3}]
    data = read_workbook(write_valid("kpi", tmp_path / "k.xlsx", tables={"tblKpiLog": log}))
    assert data.ok, data.issues
    assert data.tables["tblKpiLog"][0]["period"] == "2003-07"


def test_excel_serial_number_in_a_date_cell(tmp_path: Path) -> None:
    serial = (dt.date(YEAR, 3, 10) - dt.date(1899, 12, 30)).days  # 37690
    data = read_workbook(
        write_valid("training", tmp_path / "t.xlsx", tables={"tblCourses": [course("C1", start=serial)]})
    )
    assert data.ok, data.issues
    assert data.tables["tblCourses"][0]["start"] == dt.date(YEAR, 3, 10)


def test_blank_optional_name_takes_its_default(tmp_path: Path) -> None:
    data = read_workbook(
        write_valid("audit", tmp_path / "a.xlsx", names={"DiscountRate": None, "OptionLife": None})
    )
    assert data.ok, data.issues
    assert (data.names["DiscountRate"], data.names["OptionLife"]) == (10, 5)


def test_read_only_file_is_read_and_left_unchanged(tmp_path: Path) -> None:
    path = write_valid("centre", tmp_path / "c.xlsx")
    path.chmod(stat.S_IRUSR)
    before = (sha256(path), path.stat().st_mtime_ns)
    try:
        data = read_workbook(path)
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert data.ok
    assert (sha256(path), path.stat().st_mtime_ns) == before


def test_missing_file_is_an_issue_not_an_exception(tmp_path: Path) -> None:
    data = read_workbook(tmp_path / "none.xlsx")
    assert [issue.code for issue in data.issues] == ["file.not_found"]
    assert not data.ok and data.kind is None and data.sha256 == ""


def test_macro_enabled_workbook_is_read_with_a_warning(tmp_path: Path) -> None:
    source = write_valid("kpi", tmp_path / "k.xlsx")
    macro = tmp_path / "k.xlsm"
    shutil.copy(source, macro)
    with zipfile.ZipFile(macro, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 not run")
    data = read_workbook(macro)
    assert data.ok
    assert [(i.code, i.severity) for i in data.issues] == [("file.macros", Severity.WARNING)]
    assert "không bao giờ được chạy" in data.issues[0].message_vi


def test_extra_sheets_are_ignored(tmp_path: Path) -> None:
    source = write_valid("kpi", tmp_path / "k.xlsx")
    extra = edited(source, tmp_path / "extra.xlsx", lambda wb: wb.create_sheet("Ghi chú riêng"))
    assert read_workbook(extra).issues == []


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_workbook_saved_by_another_spreadsheet_program(tmp_path: Path) -> None:
    """LibreOffice writes shared strings, cached values and #NAME? in the add-in's formula cells."""
    source = write_valid("audit", tmp_path / "a.xlsx")
    out = tmp_path / "out"
    env = {**os.environ, "HOME": str(tmp_path)}
    command = ["soffice", "--headless", "--convert-to", "xlsx", "--outdir", str(out), str(source)]
    subprocess.run(command, check=True, capture_output=True, timeout=180, env=env)
    with zipfile.ZipFile(out / "a.xlsx") as archive:
        assert "xl/sharedStrings.xml" in archive.namelist()
    data = read_workbook(out / "a.xlsx")
    assert data.issues == []
    assert [row["option"] for row in data.tables["tblOptions"]] == [
        "Giải pháp số 1",
        "Giải pháp số 2",
        "Giải pháp số 3",
    ]
    assert data.tables["tblOptions"][0]["savings"] is None  # #NAME? without the add-in: not a number


def _percent_edit(workbook: Workbook) -> None:
    """Type as Excel stores it: ``12%`` → 0.12 with format ``0%``; also a literal ``"%"`` and a money cell."""
    typed = (
        ("Thông tin", "B13", 0.12, "0%"),  # DiscountRate
        ("Nhiên liệu", "C5", 0.008, "0.0%"),  # sulphur of coal
        ("Nhiên liệu", "D5", 30, '0.0"%"'),  # ash of coal: a quoted % is only a sign, nothing is scaled
        ("Giải pháp", "E5", 0.5, "0.00%"),  # investment: not a percent column, never scaled
    )
    for sheet, cell, value, number_format in typed:
        workbook[sheet][cell].value = value
        workbook[sheet][cell].number_format = number_format


def test_a_number_typed_with_a_percent_sign_is_read_in_percent_points(tmp_path: Path) -> None:
    source = write_valid("audit", tmp_path / "a.xlsx")
    data = read_workbook(edited(source, tmp_path / "percent.xlsx", _percent_edit))
    assert data.issues == []
    assert data.names["DiscountRate"] == 12
    coal = data.tables["tblFuels"][0]
    assert (coal["fuel"], coal["sulfur_pct"], coal["ash_pct"]) == ("Than", 0.8, 30)
    assert data.tables["tblOptions"][0]["investment"] == 0.5


def test_a_note_beside_a_table_is_not_table_data(tmp_path: Path) -> None:
    source = write_valid("training", tmp_path / "t.xlsx")
    noted = set_cells(
        source, tmp_path / "noted.xlsx", "Khóa học", {"O5": "ghi chú", "O70": 5, "A1": "Tiêu đề"}
    )
    assert read_workbook(noted).issues == []


def test_password_protected_workbook_is_told_apart_from_an_old_xls(tmp_path: Path) -> None:
    ooxml = pytest.importorskip("msoffcrypto.format.ooxml")
    source = write_valid("kpi", tmp_path / "k.xlsx")
    locked = tmp_path / "locked.xlsx"
    with source.open("rb") as plain, locked.open("wb") as out:
        ooxml.OOXMLFile(plain).encrypt("mật khẩu", out)
    before = sha256(locked)
    data = read_workbook(locked)
    assert [(i.code, i.sheet, i.cell) for i in data.issues] == [("file.legacy_or_encrypted", None, None)]
    assert "đã được đặt mật khẩu mở tệp" in data.issues[0].message_vi
    assert "Encrypt with Password" in data.issues[0].message_en
    assert sha256(locked) == before
