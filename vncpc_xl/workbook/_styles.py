"""Cell styles of the templates: input/formula/header looks, number formats, sheet protection and printing."""

from __future__ import annotations

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.worksheet.protection import SheetProtection
from openpyxl.worksheet.worksheet import Worksheet

from vncpc_xl.schema import ValueType

INPUT_COLOR = "FFFFF2CC"  # light yellow: the user types here
FORMULA_COLOR = "FFD9D9D9"  # grey: computed, locked
HEADER_COLOR = "FFBDD7EE"  # light blue: table headers

INPUT_FILL = PatternFill(fill_type="solid", fgColor=INPUT_COLOR, bgColor=INPUT_COLOR)
FORMULA_FILL = PatternFill(fill_type="solid", fgColor=FORMULA_COLOR, bgColor=FORMULA_COLOR)
HEADER_FILL = PatternFill(fill_type="solid", fgColor=HEADER_COLOR, bgColor=HEADER_COLOR)
UNLOCKED = Protection(locked=False)
LOCKED = Protection(locked=True)
TITLE_FONT = Font(bold=True, size=14)
BOLD = Font(bold=True)
NOTE_FONT = Font(italic=True, color="FF595959")
_THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP_ALIGN = Alignment(vertical="top", wrap_text=True)
TOP_ALIGN = Alignment(vertical="top")

NUMBER_FORMATS: dict[ValueType, str] = {
    ValueType.TEXT: "@",
    ValueType.INTEGER: "0",
    ValueType.NUMBER: "#,##0.00",
    ValueType.MONEY: "#,##0",
    ValueType.PERCENT: "0.0",
    ValueType.DATE: "dd/mm/yyyy",
    ValueType.PERIOD: "@",
}
WRAP_WIDTH = 30  # text columns at least this wide wrap their text


def number_format(value_type: ValueType, *, formula: bool = False) -> str:
    """Return the number format of a cell of `value_type` (a formula cell is never formatted as text)."""
    fmt = NUMBER_FORMATS[value_type]
    return "General" if formula and fmt == "@" else fmt


def _style(cell: Cell, fill: PatternFill, protection: Protection, alignment: Alignment) -> None:
    """Give `cell` the grid border and `fill`, `protection` and `alignment`."""
    cell.fill, cell.protection, cell.border, cell.alignment = fill, protection, GRID, alignment


def style_input(cell: Cell, value_type: ValueType, *, wrap: bool = False) -> None:
    """Make `cell` an input cell: unlocked, light yellow, formatted for `value_type`."""
    _style(cell, INPUT_FILL, UNLOCKED, WRAP_ALIGN if wrap else TOP_ALIGN)
    cell.number_format = number_format(value_type)


def style_formula(cell: Cell, number_fmt: str) -> None:
    """Make `cell` a formula cell: locked, grey, with `number_fmt`."""
    _style(cell, FORMULA_FILL, LOCKED, TOP_ALIGN)
    cell.number_format = number_fmt


def style_header(cell: Cell) -> None:
    """Make `cell` a table header: bold, light blue, centred, wrapped, locked."""
    _style(cell, HEADER_FILL, LOCKED, HEADER_ALIGN)
    cell.font = BOLD


def protect(ws: Worksheet) -> None:
    """Protect `ws` without a password; formatting columns/rows, sorting and the autofilter stay allowed."""
    ws.protection = SheetProtection(
        sheet=True,
        formatColumns=False,
        formatRows=False,
        sort=False,
        autoFilter=False,
        selectLockedCells=False,
        selectUnlockedCells=False,
    )


def print_setup(ws: Worksheet, header_row: int | None = None) -> None:
    """Set A4 landscape, fit to one page wide, and repeat `header_row` on every printed page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if header_row is not None:
        ws.print_title_rows = f"{header_row}:{header_row}"
