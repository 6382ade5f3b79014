"""The ``Kiểm tra`` sheet as the ribbon writes it into Excel, on a stand-in for xlwings' book objects.

`XlwingsExcel` (vncpc_xl/ribbon/xlwings_excel.py) is the only code that talks to Excel. Here its `_book` returns a small model of the
xlwings objects it uses (sheets, ranges, colours, protection) that behaves as Excel does where it matters:
a string written to a cell is read the way Excel reads typed text (numbers, TRUE/FALSE and formulas are
converted unless the text starts with an apostrophe), and formatting a cell of a protected sheet fails.
The workbook itself is a real file: `validate` reads it from disk.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import openpyxl
import pytest
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string, get_column_letter

from vncpc_xl import ribbon
from vncpc_xl.errors import Issue
from vncpc_xl.ribbon.active import ActiveBook
from vncpc_xl.ribbon.check_sheet import (
    CHECK_HEADER,
    CHECK_SHEET,
    HIGHLIGHT,
    MARKS_HEADER,
    check_sheet_for,
    excel_cells,
    link_formula,
)
from vncpc_xl.ribbon.xlwings_excel import PROTECTION_OPTIONS, XlwingsExcel
from vncpc_xl.workbook import new_workbook, read_workbook


def _typed(value: Any) -> Any:
    """Return what Excel stores when `value` is written to a cell through Range.Value."""
    if not isinstance(value, str):
        return value
    if value.startswith("'"):
        return value[1:]
    if value in ("", None):
        return None
    if value.upper() in ("TRUE", "FALSE"):
        return value.upper() == "TRUE"
    try:
        return float(value.replace(",", ""))
    except ValueError:
        return value  # formulas are kept as their text here; Excel would evaluate them


class FakeRange:
    def __init__(self, sheet: FakeSheet, top: int, left: int, bottom: int, right: int) -> None:
        self.sheet, self.top, self.left, self.bottom, self.right = sheet, top, left, bottom, right
        self.font = SimpleNamespace(bold=None)
        self.api = SimpleNamespace(EntireColumn=self)
        self._ndim: int | None = None

    @property
    def Hidden(self) -> bool:  # Excel's name: range.api.EntireColumn.Hidden
        return all(c in self.sheet.hidden for c in range(self.left, self.right + 1))

    @Hidden.setter
    def Hidden(self, hidden: bool) -> None:
        for column in range(self.left, self.right + 1):
            (self.sheet.hidden.add if hidden else self.sheet.hidden.discard)(column)

    @property
    def value(self) -> Any:
        rows = [
            [self.sheet.cells.get((r, c)) for c in range(self.left, self.right + 1)]
            for r in range(self.top, self.bottom + 1)
        ]
        if self._ndim == 2 or (len(rows) > 1 and len(rows[0]) > 1):
            return rows
        flat = [v for row in rows for v in row]
        return flat[0] if len(flat) == 1 else flat

    @value.setter
    def value(self, data: Any) -> None:
        rows = data if isinstance(data, list) and data and isinstance(data[0], list) else [data]
        for r, row in enumerate(rows):
            for c, cell in enumerate(row if isinstance(row, list) else [row]):
                self.sheet.cells[(self.top + r, self.left + c)] = _typed(cell)

    @property
    def color(self) -> tuple[int, int, int] | None:
        return self.sheet.colors.get((self.top, self.left))

    @color.setter
    def color(self, colour: tuple[int, int, int] | None) -> None:
        if self.sheet.api.ProtectContents and not self.sheet.api.Protection.AllowFormattingCells:
            raise RuntimeError("The cell or chart you're trying to change is on a protected sheet.")
        for r in range(self.top, self.bottom + 1):
            for c in range(self.left, self.right + 1):
                self.sheet.colors[(r, c)] = colour

    def options(self, ndim: int | None = None) -> FakeRange:
        self._ndim = ndim
        return self

    def _filled(self, row: int, column: int) -> bool:
        return self.sheet.cells.get((row, column)) not in (None, "")

    def expand(self, mode: str = "table") -> FakeRange:
        bottom, right = self.top, self.left
        if mode == "table":
            while self._filled(bottom + 1, self.left):
                bottom += 1
        while self._filled(self.top, right + 1):
            right += 1
        expanded = FakeRange(self.sheet, self.top, self.left, bottom, right)
        expanded._ndim = self._ndim
        return expanded

    def autofit(self) -> None:
        pass


class FakeSheet:
    def __init__(self, book: FakeBook, name: str, protected: bool = False) -> None:
        self.book, self.name = book, name
        self.cells: dict[tuple[int, int], Any] = {}
        self.colors: dict[tuple[int, int], tuple[int, int, int] | None] = {}
        self.hidden: set[int] = set()
        self.api = SimpleNamespace(
            ProtectContents=protected,
            ProtectDrawingObjects=protected,
            ProtectScenarios=protected,
            Protection=SimpleNamespace(**{name: name == "AllowFiltering" for name in PROTECTION_OPTIONS}),
            Unprotect=self._unprotect,
            Protect=self._protect,
        )
        self.protect_calls: list[dict[str, Any]] = []

    def _unprotect(self) -> None:
        self.api.ProtectContents = False
        for name in PROTECTION_OPTIONS:
            setattr(self.api.Protection, name, False)

    def _protect(self, **options: Any) -> None:
        self.protect_calls.append(options)
        self.api.ProtectContents = options["Contents"]
        for name in PROTECTION_OPTIONS:
            setattr(self.api.Protection, name, options.get(name, False))

    def __getitem__(self, address: str) -> FakeRange:
        first, _, last = address.partition(":")
        if re.fullmatch(r"[A-Z]+", first):  # whole columns, "J:L"
            left, right = column_index_from_string(first), column_index_from_string(last or first)
            return FakeRange(self, 1, left, 1_048_576, right)
        column, row = coordinate_from_string(first)
        end_column, end_row = coordinate_from_string(last) if last else (column, row)
        return FakeRange(
            self, row, column_index_from_string(column), end_row, column_index_from_string(end_column)
        )

    def delete(self) -> None:
        self.book.sheets.items.remove(self)

    def activate(self) -> None:
        self.book.active = self


class FakeSheets:
    def __init__(self, book: FakeBook) -> None:
        self.book, self.items = book, []

    def __iter__(self) -> Any:
        return iter(list(self.items))

    def __getitem__(self, key: str | int) -> FakeSheet:
        if isinstance(key, int):
            return self.items[key]
        return next(s for s in self.items if s.name == key)

    def add(self, name: str, before: FakeSheet) -> FakeSheet:
        if name in [s.name for s in self.items]:
            raise ValueError(f"a sheet named {name!r} already exists")
        sheet = FakeSheet(self.book, name)
        self.items.insert(self.items.index(before), sheet)
        return sheet


class FakeBook:
    """The workbook at `path` as Excel has it open: its sheets (with their protection), nothing else."""

    def __init__(self, path: Path | None = None, *, names: tuple[str, ...] = ()) -> None:
        self.fullname = str(path) if path else "Book1"  # as Excel: the bare name until saved
        self.name = path.name if path else "Book1"
        self.sheets = FakeSheets(self)
        self.active: FakeSheet | None = None
        self.alerts: list[tuple[str, str]] = []
        self.api = SimpleNamespace(Saved=True)
        self.app = SimpleNamespace(alert=self._alert, status_bar=False)
        found = list(openpyxl.load_workbook(path)) if path else []
        for ws in found:
            sheet = FakeSheet(self, ws.title, protected=bool(ws.protection.sheet))
            sheet.cells = {
                (c.row, c.column): c.value for row in ws.iter_rows() for c in row if c.value is not None
            }
            self.sheets.items.append(sheet)
        for name in names if not found else ():
            self.sheets.items.append(FakeSheet(self, name))

    def _alert(self, text: str, title: str, mode: str) -> None:
        self.alerts.append((text, mode))


class StandIn(XlwingsExcel):
    def __init__(self, book: FakeBook) -> None:
        self.book = book

    def _book(self) -> FakeBook:
        return self.book


@pytest.fixture
def audit(tmp_path: Path) -> Path:
    return new_workbook("audit", tmp_path / "đánh giá.xlsx", year=2003, company="Công ty A")


def _rows(sheet: FakeSheet) -> list[list[Any]]:
    return sheet["A1"].options(ndim=2).expand("table").value


def test_validate_puts_the_check_sheet_first_with_links_and_marks(
    audit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = FakeBook(audit)
    target = book.sheets["Thông tin"]
    monkeypatch.setattr(ribbon, "excel", StandIn(book))
    ribbon.run("validate")
    issues = read_workbook(audit).issues
    check = book.sheets[0]
    assert check.name == CHECK_SHEET and book.active is check
    rows = _rows(check)
    assert rows[0] == list(CHECK_HEADER)
    assert len(rows) == 1 + len(issues) >= 2
    for row, issue in zip(rows[1:], issues, strict=True):
        assert row[3] == f'=HYPERLINK("#\'{issue.sheet}\'!{issue.cell}","{issue.cell}")'
        assert issue.sheet in [s.name for s in book.sheets]
        assert row[6] == issue.message_vi
        assert book.sheets[issue.sheet][issue.cell].color == HIGHLIGHT
    # the template's protection is back, with the same permissions
    assert target.api.ProtectContents and target.api.Protection.AllowFiltering
    assert not target.api.Protection.AllowFormattingCells
    marks = check["J1"].options(ndim=2).expand("table").value
    assert marks[0] == list(MARKS_HEADER)
    assert [m[:2] for m in marks[1:]] == [[i.sheet, i.cell] for i in issues]
    assert check["J:L"].api.EntireColumn.Hidden
    assert book.alerts == [
        (
            f"{audit.name}: {len(issues)} lỗi, 0 cảnh báo. "
            f"Xem trang “{CHECK_SHEET}”: bấm vào ô để tới chỗ cần sửa.",
            "critical",
        )
    ]


def test_validating_again_replaces_the_sheet_and_gives_the_cells_their_fill_back(
    audit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = FakeBook(audit)
    info = book.sheets["Thông tin"]
    info.colors[(5, 2)] = (255, 255, 0)  # B5, a required cell the user had painted yellow
    monkeypatch.setattr(ribbon, "excel", StandIn(book))
    ribbon.run("validate")
    assert info["B5"].color == HIGHLIGHT and info["B7"].color == HIGHLIGHT
    monkeypatch.setattr(ribbon, "check_sheet", lambda path: check_sheet_for(path, []))
    ribbon.run("validate")
    assert [s.name for s in book.sheets].count(CHECK_SHEET) == 1
    assert info["B5"].color == (255, 255, 0) and info["B7"].color is None
    assert book.sheets[0]["G2"].value == "Không phát hiện vấn đề nào."
    assert book.alerts[-1] == (f"{audit.name}: không phát hiện vấn đề nào.", "info")


def test_the_active_book_is_named_by_its_meta_sheet_and_unsaved_until_it_has_a_full_path(
    audit: Path, tmp_path: Path
) -> None:
    assert StandIn(FakeBook(audit)).active_book() == ActiveBook(audit.name, audit, "audit")
    foreign = tmp_path / "của người dùng.xlsx"
    openpyxl.Workbook().save(foreign)
    assert StandIn(FakeBook(foreign)).active_book() == ActiveBook(foreign.name, foreign, None)
    assert StandIn(FakeBook(names=("Sheet1",))).active_book() == ActiveBook("Book1", None, None)


def test_text_that_excel_would_turn_into_a_number_stays_text(tmp_path: Path) -> None:
    # The value of a "not a number" problem is the text the user typed, e.g. "1.000": shown as typed.
    issue = Issue(
        code="value.not_number",
        file="a.xlsx",
        message_vi="phải là số",
        message_en="",
        sheet="2003",
        cell="F5",
        column="1,5",
        value="1.000",
    )
    book = FakeBook(names=("2003",))
    book.sheets["2003"].colors[(5, 6)] = (0, 128, 0)
    excel = StandIn(book)
    excel.show_check_sheet(check_sheet_for(tmp_path / "a.xlsx", [issue]))
    check = book.sheets[CHECK_SHEET]
    link = '=HYPERLINK("#\'2003\'!F5","F5")'
    assert _rows(check)[1] == [1, "Lỗi", "2003", link, "1,5", "1.000", "phải là số"]
    assert check["J2:L2"].value == ["2003", "F5", "#008000"]
    excel.show_check_sheet(check_sheet_for(tmp_path / "a.xlsx", []))
    assert book.sheets["2003"]["F5"].color == (0, 128, 0)


def test_excel_cells_protect_text_and_keep_numbers_and_link_formulas() -> None:
    link = link_formula("Giải pháp", "F12")
    assert excel_cells([[1, 2.5, None, "", "007", "'=1+1", link]]) == [
        [1, 2.5, None, "", "'007", "'=1+1", link]
    ]


def test_the_fake_reads_typed_text_as_excel_does() -> None:
    sheet = FakeSheet(SimpleNamespace(), "x")
    sheet["A1"].value = [["1.000", "007", "TRUE", "'007", "abc"]]
    assert sheet["A1:E1"].value == [1.0, 7.0, True, "007", "abc"]
    assert get_column_letter(sheet["J:L"].left) == "J"
