"""Plain data tables → one ``.xlsx`` workbook, one sheet per table, each an Excel Table (for Power Query)."""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Mapping, Sequence
from pathlib import Path

from vncpc_xl import _files

Cell = str | int | float | bool | dt.date | dt.datetime | None


def _cell(value: Cell) -> Cell:
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)  # Excel has no time zones: UTC
    return value


def write_tables_xlsx(
    path: Path, tables: Mapping[str, tuple[Sequence[str], Sequence[Sequence[Cell]]]]
) -> Path:
    """Write `tables` (sheet name → (column names, rows)) to `path` atomically; return `path`.

    Each sheet holds one Excel Table named ``tbl_<sheet>`` over its columns, with a frozen header row.
    A table without rows gets one empty row, since an Excel Table cannot be empty.
    """
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.table import Table, TableStyleInfo

    book = Workbook()
    book.remove(book.active)
    for name, (columns, rows) in tables.items():
        sheet = book.create_sheet(name[:31])
        sheet.append(list(columns))
        for row in rows or [[None] * len(columns)]:
            sheet.append([_cell(value) for value in row])
        last = f"{get_column_letter(len(columns))}{max(len(rows), 1) + 1}"
        table = Table(displayName=f"tbl_{name}", ref=f"A1:{last}")
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        sheet.add_table(table)
        sheet.freeze_panes = "A2"
        for index, column in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = max(10, min(40, len(column) + 2))
    buffer = io.BytesIO()
    book.save(buffer)
    return _files.write_atomic(path, buffer.getvalue())
