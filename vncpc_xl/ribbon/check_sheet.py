"""The ``Kiểm tra`` sheet the Kiểm tra button puts first in a workbook: its rows, links and the cells to mark."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vncpc_xl.errors import Issue, Severity

CHECK_SHEET = "Kiểm tra"
CHECK_HEADER = ("STT", "Mức độ", "Trang", "Ô", "Cột", "Giá trị", "Vấn đề")
#: Where the check sheet keeps, hidden, the original fill of each highlighted cell (to restore it next time).
MARKS_COLUMN = "J"
MARKS_HEADER = ("_trang", "_ô", "_màu gốc")
HIGHLIGHT = (255, 199, 206)


@dataclass(frozen=True)
class Mark:
    """A cell to highlight: `sheet` name and A1 `cell`."""

    sheet: str
    cell: str


@dataclass(frozen=True)
class CheckSheet:
    """The ``Kiểm tra`` sheet: rows (header first), the cells to highlight, counts and a one-line summary."""

    rows: list[list[Any]]
    marks: list[Mark]
    errors: int
    warnings: int
    summary: str


def check_sheet(path: Path) -> CheckSheet:
    """Return the ``Kiểm tra`` sheet for the workbook at `path` (read from disk, every problem listed)."""
    from vncpc_xl.workbook import read_workbook

    return check_sheet_for(path, read_workbook(path).issues)


def check_sheet_for(path: Path, issues: Sequence[Issue]) -> CheckSheet:
    """Return the ``Kiểm tra`` sheet listing `issues` of the workbook at `path`, with links to their cells."""
    rows: list[list[Any]] = [list(CHECK_HEADER)]
    marks: list[Mark] = []
    for number, issue in enumerate(issues, start=1):
        where = link_formula(issue.sheet, issue.cell) if issue.sheet and issue.cell else _text(issue.cell)
        severity = "Lỗi" if issue.severity is Severity.ERROR else "Cảnh báo"
        rows.append(
            [
                number,
                severity,
                _text(issue.sheet),
                where,
                _text(issue.column),
                _value(issue.value),
                _text(issue.message_vi),
            ]
        )
        if issue.sheet and issue.cell and Mark(issue.sheet, issue.cell) not in marks:
            marks.append(Mark(issue.sheet, issue.cell))
    errors = sum(i.severity is Severity.ERROR for i in issues)
    warnings = len(issues) - errors
    if not issues:
        rows.append(["", "", "", "", "", "", "Không phát hiện vấn đề nào."])
        summary = f"{path.name}: không phát hiện vấn đề nào."
    else:
        summary = (
            f"{path.name}: {errors} lỗi, {warnings} cảnh báo. "
            f"Xem trang “{CHECK_SHEET}”: bấm vào ô để tới chỗ cần sửa."
        )
    return CheckSheet(rows, marks, errors, warnings, summary)


def link_formula(sheet: str, cell: str) -> str:
    """Return an Excel formula linking to `cell` of `sheet` in the same workbook, showing the cell address."""
    target = "#'" + sheet.replace("'", "''") + "'!" + cell
    return f'=HYPERLINK("{_quoted(target)}","{_quoted(cell)}")'


def _quoted(text: str) -> str:
    return text.replace('"', '""')


def _text(value: object) -> str:
    """Return `value` as cell text that Excel will not read as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _value(value: object) -> object:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return _text(value)
    return value


def excel_cells(rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
    """Return `rows` ready to be written to Excel: every text kept as text, numbers and links as they are.

    Excel reads a string written to a cell as if it were typed: "1.000", "007", "2003" or "TRUE" would
    become numbers or booleans. A leading apostrophe keeps them text (Excel does not show it). The link
    formulas of `link_formula` (the only texts starting with "=", see `_text`) stay formulas.
    """
    return [[_as_typed_text(cell) for cell in row] for row in rows]


def _as_typed_text(cell: Any) -> Any:
    if not isinstance(cell, str) or not cell or cell.startswith(("=", "'")):
        return cell
    return "'" + cell


def hex_colour(colour: tuple[int, int, int] | None) -> str:
    """Return an RGB fill as ``#RRGGBB`` (empty for no fill), as the check sheet stores it."""
    return "" if colour is None else "#{:02X}{:02X}{:02X}".format(*colour)


def rgb_colour(text: object) -> tuple[int, int, int] | None:
    """Return the RGB fill stored as ``#RRGGBB`` by `hex_colour` (None for anything else: no fill)."""
    if not isinstance(text, str) or len(text) != 7 or not text.startswith("#"):
        return None
    return (int(text[1:3], 16), int(text[3:5], 16), int(text[5:7], 16))
