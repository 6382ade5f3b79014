"""The only code of the ribbon that talks to Excel: `XlwingsExcel`, through xlwings, on the calling workbook.

Everything here is a direct Excel call; what to do and what to say is decided by the plain functions of the
other modules of this package. Tests replace the `ExcelSide` as a whole (see ``tests/addin``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from vncpc_xl.ribbon.active import ActiveBook
from vncpc_xl.ribbon.check_sheet import (
    CHECK_SHEET,
    HIGHLIGHT,
    MARKS_COLUMN,
    MARKS_HEADER,
    CheckSheet,
    Mark,
    excel_cells,
    hex_colour,
    rgb_colour,
)
from vncpc_xl.schema import META_KIND_CELL, META_SHEET

TITLE = "VNCPC"


class ExcelSide(Protocol):
    """What the buttons ask of Excel."""

    def active_book(self) -> ActiveBook: ...
    def save_active(self) -> None: ...
    def alert(self, text: str, *, error: bool = False) -> None: ...
    def ask_save_path(self, suggested: Path) -> Path | None: ...
    def open_workbook(self, path: Path) -> None: ...
    def recalculate(self) -> None: ...
    def show_check_sheet(self, sheet: CheckSheet) -> None: ...
    def status(self, text: str | None) -> None: ...
    def open_path(self, path: Path) -> None: ...


class XlwingsExcel:
    """`ExcelSide` through xlwings, for the workbook that called ``RunPython`` (the active one)."""

    def _book(self) -> Any:
        import xlwings as xw

        return xw.Book.caller()

    def active_book(self) -> ActiveBook:
        from vncpc_xl.workbook import kind_of

        book = self._book()
        full = book.fullname
        names = [s.name for s in book.sheets]  # Worksheets holds the very hidden _meta sheet too
        kind = kind_of(book.sheets[META_SHEET][META_KIND_CELL].value) if META_SHEET in names else None
        return ActiveBook(book.name, Path(full) if os.path.isabs(full) else None, kind)

    def save_active(self) -> None:
        book = self._book()
        if not book.api.Saved:
            book.save()

    def alert(self, text: str, *, error: bool = False) -> None:
        self._book().app.alert(text, title=TITLE, mode="critical" if error else "info")

    def ask_save_path(self, suggested: Path) -> Path | None:
        chosen = self._book().app.api.GetSaveAsFilename(
            InitialFileName=str(suggested), FileFilter="Sổ Excel (*.xlsx),*.xlsx", Title="Lưu sổ mới"
        )
        return Path(chosen) if isinstance(chosen, str) and chosen else None

    def open_workbook(self, path: Path) -> None:
        self._book().app.books.open(str(path))

    def recalculate(self) -> None:
        self._book().app.api.CalculateFull()

    def status(self, text: str | None) -> None:
        self._book().app.status_bar = text if text else False

    def open_path(self, path: Path) -> None:
        os.startfile(path)  # type: ignore[attr-defined]  # Windows only, like the add-in

    def show_check_sheet(self, check: CheckSheet) -> None:
        book = self._book()
        if CHECK_SHEET in [s.name for s in book.sheets]:
            old = book.sheets[CHECK_SHEET]
            _restore_marks(book, old)
            old.delete()
        sheet = book.sheets.add(CHECK_SHEET, before=book.sheets[0])
        sheet["A1"].value = excel_cells(check.rows)
        sheet["A1"].expand("right").font.bold = True
        originals = _mark_cells(book, check.marks)
        if originals:
            sheet[f"{MARKS_COLUMN}1"].value = excel_cells([list(MARKS_HEADER), *originals])
            sheet[f"{MARKS_COLUMN}:L"].api.EntireColumn.Hidden = True
        sheet["A:G"].autofit()
        sheet.activate()


def _mark_cells(book: Any, marks: Iterable[Mark]) -> list[list[str]]:
    """Highlight each marked cell and return [sheet, cell, original colour] for each one highlighted."""
    names = [s.name for s in book.sheets]
    done = []
    for mark in marks:
        if mark.sheet not in names:
            continue
        sheet = book.sheets[mark.sheet]
        with _unprotected(sheet):
            cell = sheet[mark.cell]
            original = cell.color
            cell.color = HIGHLIGHT
        done.append([mark.sheet, mark.cell, hex_colour(original)])
    return done


def _restore_marks(book: Any, check: Any) -> None:
    """Put back the original fill of the cells an earlier check highlighted."""
    stored = check[f"{MARKS_COLUMN}1"].options(ndim=2).expand("table").value or []
    names = [s.name for s in book.sheets]
    for sheet_name, cell, colour in (row[:3] for row in stored[1:] if len(row) >= 3):
        if sheet_name in names and cell:
            sheet = book.sheets[sheet_name]
            with _unprotected(sheet):
                sheet[cell].color = rgb_colour(colour)


# The permissions of Excel's `Protection` object, kept while a sheet is unprotected and given back after.
PROTECTION_OPTIONS = (
    "AllowFormattingCells",
    "AllowFormattingColumns",
    "AllowFormattingRows",
    "AllowInsertingColumns",
    "AllowInsertingRows",
    "AllowInsertingHyperlinks",
    "AllowDeletingColumns",
    "AllowDeletingRows",
    "AllowSorting",
    "AllowFiltering",
    "AllowUsingPivotTables",
)


@contextmanager
def _unprotected(sheet: Any) -> Iterator[None]:
    """Lift a sheet's protection (the templates protect without password) and put it back as it was."""
    api = sheet.api
    if not api.ProtectContents:
        yield
        return
    p = api.Protection
    options = {name: getattr(p, name) for name in PROTECTION_OPTIONS}
    drawing, scenarios = api.ProtectDrawingObjects, api.ProtectScenarios
    api.Unprotect()
    try:
        yield
    finally:
        api.Protect(DrawingObjects=drawing, Contents=True, Scenarios=scenarios, **options)
