"""The reader parses only the sheets a kind reads: the guide, the hidden lists and the summary sheet are skipped.

Each test damages the skipped sheets of a real workbook (their XML replaced by bytes that are not XML, the zip
itself intact) and checks the reader gives exactly what it gives for the intact file: had it parsed them, the
damage would be reported as a corrupt file.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from vncpc_xl.schema import SPECS
from vncpc_xl.workbook import read_workbook
from vncpc_xl.workbook._package import Package
from vncpc_xl.workbook._readme import README_SHEET
from vncpc_xl.workbook._validation import LISTS_SHEET

from ._samples import write_valid


def skipped_sheets(kind: str, package: Package) -> list[str]:
    """Return the sheets of the workbook whose cells the reader of `kind` never needs."""
    read = {s.name for s in SPECS[kind].sheets if s.names or s.tables} | {"_meta"}
    return [name for name in package.sheets if name not in read]


def damaged(source: Path, out: Path, sheets: list[str]) -> Path:
    """Write a copy of `source` whose worksheet parts of `sheets` hold bytes that are not XML."""
    package = Package(source.read_bytes())
    parts = {package.sheets[name].part for name in sheets}
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, b"\x00 not XML <<<" if info.filename in parts else src.read(info))
    return out


@pytest.mark.parametrize("kind", sorted(SPECS))
def test_unread_sheets_are_never_parsed(kind: str, tmp_path: Path) -> None:
    source = write_valid(kind, tmp_path / f"{kind}.xlsx")
    skipped = skipped_sheets(kind, Package(source.read_bytes()))
    assert README_SHEET in skipped and LISTS_SHEET in skipped
    intact = read_workbook(source)
    broken = read_workbook(damaged(source, tmp_path / "damaged.xlsx", skipped))
    assert intact.ok and broken.ok, [i.message_en for i in broken.issues]
    assert (broken.names, broken.tables, broken.issues) == (intact.names, intact.tables, intact.issues)


def test_a_damaged_sheet_that_is_read_is_reported(tmp_path: Path) -> None:
    source = write_valid("audit", tmp_path / "audit.xlsx")
    data = read_workbook(damaged(source, tmp_path / "damaged.xlsx", ["Giải pháp"]))
    assert [issue.code for issue in data.issues] == ["file.corrupt"]


@pytest.mark.parametrize(
    "cells",
    [
        '<c r="A1"><f>1+1</f><v>2</v></c><c r="B1" s="1"><v>3</v></c><c r="C1" s="2"><f>B1</f><v>3</v></c>',
        '<c r="A1"><f>1+1</f><v>2</v></c><c s="1"><v>3</v></c><c s="2"><f>B1</f><v>3</v></c>',  # no r
        '<x:c r="A1"><x:f>1+1</x:f><x:v>2</x:v></x:c><x:c r="B1"><x:v>3</x:v></x:c>'
        '<x:c r="C1"><x:f>B1</x:f><x:v>3</x:v></x:c>',
    ],
)
def test_formula_cells_are_found_however_the_cells_are_written(cells: str) -> None:
    """Addressed cells take the one-pass scan; cells without address or with prefixed tags are parsed."""
    from vncpc_xl.workbook._package import scan_sheet

    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    row = f'<x:row r="1">{cells}</x:row>' if "<x:" in cells else f'<row r="1">{cells}</row>'
    data = "x:sheetData" if "<x:" in cells else "sheetData"
    xml = f'<x:worksheet xmlns="{main}" xmlns:x="{main}"><{data}>{row}</{data}></x:worksheet>'
    scan = scan_sheet(xml.encode())
    assert scan.formulas == {"A1", "C1"} and scan.errors == {}
    errored = xml.replace("v>2</", "v>#DIV/0!</").replace(' r="A1"', ' r="A1" t="e"')
    assert scan_sheet(errored.encode()).errors == {"A1": "#DIV/0!"}


def test_a_table_looks_for_formulas_only_in_its_rows_and_the_whole_sheet_still_answers() -> None:
    """`formulas_in` holds every formula cell of the rows asked for; rows written otherwise fall back."""
    from vncpc_xl.workbook._package import scan_sheet

    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rows = "".join(
        f'<row r="{n}"><c r="A{n}"><v>{n}</v></c><c r="B{n}"><f>A{n}*2</f></c></row>' for n in range(1, 31)
    )
    xml = f'<worksheet xmlns="{main}"><sheetData>{rows}</sheetData></worksheet>'.encode()
    window = scan_sheet(xml).formulas_in(5, 7)
    assert {"B5", "B6", "B7"} <= window and "B30" not in window and "B4" not in window
    assert scan_sheet(xml).formulas == {f"B{n}" for n in range(1, 31)}
    assert scan_sheet(xml).formulas_in(10, 30) >= {"B10", "B30"}
    moved = xml.replace(b'<row r="5">', b'<row spans="1:2" r="5">')  # r not first: the whole sheet is scanned
    assert scan_sheet(moved).formulas_in(5, 7) == {f"B{n}" for n in range(1, 31)}
    unaddressed = xml.replace(b'<c r="B6">', b"<c>")  # a cell without its address: the sheet is parsed
    assert scan_sheet(unaddressed).formulas_in(5, 7) >= {"B5", "B6", "B7"}


SHEET = (
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData>'
    '<dataValidations count="1"><dataValidation sqref="B1:B20" type="decimal"/></dataValidations></worksheet>'
)
FILLED = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Giải pháp</t></is></c></row>'
    '<row r="2"><c r="A2"><v>12.5</v></c><c r="B2" t="str"><f>A2&amp;""</f><v>12.5</v></c></row>'
)
FORMULA_ROW = (
    '<row r="{n}"><c r="A{n}" s="3"/><c r="B{n}" s="4" t="str"><f>IF(A{n}="","",A{n})</f><v></v></c></row>'
)


def _formula_rows(first: int, last: int) -> str:
    return "".join(FORMULA_ROW.format(n=n) for n in range(first, last + 1))


@pytest.mark.parametrize(
    ("late_row", "kept_through"),
    [
        ("", 2),  # nothing below the filled rows: they end the sheet
        ('<row r="9"><c r="A9" t="e"><v>#N/A</v></c></row>', 9),  # an error is a value
        ('<row r="9"><c r="C9" t="inlineStr"><is><t>x</t></is></c></row>', 9),  # so is an inline text
        ('<row r="9"><c r="C9" t="s"><v>0</v></c></row>', 9),  # and a shared text
    ],
)
def test_the_parser_is_given_the_rows_up_to_the_last_value(late_row: str, kept_through: int) -> None:
    """Rows after the last value (formulas without result, styled blanks) are left out; the rest stays."""
    from vncpc_xl.workbook._package import rows_with_values

    xml = SHEET.format(rows=FILLED + _formula_rows(3, 8) + late_row + _formula_rows(10, 20)).encode()
    kept = rows_with_values(xml).decode()
    assert f'<row r="{kept_through}"' in kept and f'<row r="{kept_through + 1}"' not in kept
    assert kept.startswith(xml.decode()[: xml.decode().index(f'<row r="{kept_through}"')])
    assert kept.endswith("</sheetData>" + xml.decode().split("</sheetData>")[1])  # validations kept
    prefixed = xml.replace(b"sheetData>", b"x:sheetData>")
    assert rows_with_values(prefixed) == prefixed  # not written the usual way: given as it is


@pytest.mark.parametrize("kind", sorted(SPECS))
def test_the_grid_read_from_the_parsers_copy_is_the_workbooks_own(kind: str, tmp_path: Path) -> None:
    """python-calamine, given the copy, gives each sheet's values as from the file, blank trailing rows aside."""
    from python_calamine import CalamineWorkbook

    from vncpc_xl.workbook.reader import READ_SHEETS

    source = write_valid(kind, tmp_path / f"{kind}.xlsx").read_bytes()
    package = Package(source, READ_SHEETS)
    direct = CalamineWorkbook.from_filelike(io.BytesIO(source))
    for name in package.sheets:
        own = direct.get_sheet_by_name(name).to_python(skip_empty_area=False)
        grid = package.grid(name)
        assert grid and own[: len(grid)] == grid, name
        assert all(value == "" for row in own[len(grid) :] for value in row), name
