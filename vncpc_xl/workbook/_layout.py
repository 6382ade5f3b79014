"""Where every defined name, table and summary line of a workbook kind sits on its sheet (rows and columns).

The template builder and `fill_workbook` share this plan, so a filled workbook whose tables grew keeps
the same positions and only its row counts change.

On every sheet: row 1 holds a title, row 2 a short note, and content starts on row 4. Defined names come first
(label in column A, value in column B, help in column C), then the tables side by side (one empty column
between two tables, all headers on one row, so a table can grow downwards), then any summary lines
(label in column A, formula in column B).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field

from vncpc_xl.schema import NameSpec, SheetSpec, SummaryLine, TableSpec, WorkbookSpec, spec_for
from vncpc_xl.workbook._cells import col_letter

TITLE_ROW = 1
NOTE_ROW = 2
FIRST_ROW = 4
LABEL_COL = 1
VALUE_COL = 2
HELP_COL = 3


def quote_sheet(sheet: str) -> str:
    """Return `sheet` quoted for a formula, e.g. ``'Thông tin'``."""
    return "'" + sheet.replace("'", "''") + "'"


@dataclass(frozen=True)
class NamePlace:
    """A defined name's row on its sheet; the value is in column B."""

    spec: NameSpec
    sheet: str
    row: int

    @property
    def cell(self) -> str:
        """Return the value cell, e.g. ``B4``."""
        return f"{col_letter(VALUE_COL - 1)}{self.row}"

    @property
    def absolute(self) -> str:
        """Return the sheet-qualified absolute reference, e.g. ``'Thông tin'!$B$4``."""
        return f"{quote_sheet(self.sheet)}!${col_letter(VALUE_COL - 1)}${self.row}"


@dataclass(frozen=True)
class TablePlace:
    """A table's header row, first column and number of data rows."""

    spec: TableSpec
    sheet: str
    header_row: int
    first_col: int
    rows: int

    @property
    def first_row(self) -> int:
        """Return the first data row."""
        return self.header_row + 1

    @property
    def last_row(self) -> int:
        """Return the last data row."""
        return self.header_row + self.rows

    @property
    def last_col(self) -> int:
        """Return the table's last column number."""
        return self.first_col + len(self.spec.columns) - 1

    def col(self, key: str) -> int:
        """Return the column number of column `key`."""
        return self.first_col + self.spec.keys.index(self.spec.column(key).key)

    def letter(self, key: str) -> str:
        """Return the column letter of column `key`."""
        return col_letter(self.col(key) - 1)

    @property
    def ref(self) -> str:
        """Return the table's range including the header row, e.g. ``A4:C11``."""
        first, last = col_letter(self.first_col - 1), col_letter(self.last_col - 1)
        return f"{first}{self.header_row}:{last}{self.last_row}"

    def absolute(self) -> str:
        """Return the table's range, absolute and sheet-qualified."""
        first, last = col_letter(self.first_col - 1), col_letter(self.last_col - 1)
        return f"{quote_sheet(self.sheet)}!${first}${self.header_row}:${last}${self.last_row}"

    def column_range(self, key: str, *, absolute: bool = False, qualified: bool = False) -> str:
        """Return the data cells of column `key`, e.g. ``E5:E54``."""
        letter = self.letter(key)
        dollar = "$" if absolute else ""
        ref = f"{dollar}{letter}{dollar}{self.first_row}:{dollar}{letter}{dollar}{self.last_row}"
        return f"{quote_sheet(self.sheet)}!{ref}" if qualified else ref


@dataclass(frozen=True)
class SummaryPlace:
    """A summary line's row: label in column A, formula in column B."""

    line: SummaryLine
    sheet: str
    row: int


@dataclass(frozen=True)
class Layout:
    """The positions of everything a workbook kind holds."""

    spec: WorkbookSpec
    names: Mapping[str, NamePlace] = field(default_factory=dict)
    tables: Mapping[str, TablePlace] = field(default_factory=dict)
    summary: tuple[SummaryPlace, ...] = ()

    def sheet_tables(self, sheet: str) -> tuple[TablePlace, ...]:
        """Return the tables on `sheet`, left to right."""
        return tuple(t for t in self.tables.values() if t.sheet == sheet)


def ready_rows(table: TableSpec) -> int:
    """Return how many data rows a template carries for `table` (its minimum, at least the prefill)."""
    return max(table.min_rows, len(table.prefill), 1)


def _place_sheet(
    sheet: SheetSpec,
    rows: Mapping[str, int],
    names: dict[str, NamePlace],
    tables: dict[str, TablePlace],
    summary: list[SummaryPlace],
) -> None:
    row = FIRST_ROW
    for spec in sheet.names:
        names[spec.key] = NamePlace(spec, sheet.name, row)
        row += 1
    if sheet.names:
        row += 1
    col, bottom = 1, row
    for table in sheet.tables:
        count = max(rows.get(table.name, 0), ready_rows(table))
        place = TablePlace(table, sheet.name, row, col, count)
        tables[table.name] = place
        col = place.last_col + 2
        bottom = max(bottom, place.last_row + 2)
    for line in sheet.summary:
        summary.append(SummaryPlace(line, sheet.name, bottom))
        bottom += 1


def plan(spec: WorkbookSpec, rows: Mapping[str, int] | None = None) -> Layout:
    """Return the layout of `spec`; `rows` maps a table name to the data rows it needs (default: ready)."""
    names: dict[str, NamePlace] = {}
    tables: dict[str, TablePlace] = {}
    summary: list[SummaryPlace] = []
    for sheet in spec.sheets:
        _place_sheet(sheet, rows or {}, names, tables, summary)
    return Layout(spec, names, tables, tuple(summary))


@functools.cache
def template_layout(kind: str) -> Layout:
    """Return the layout of the template of `kind` as built (ready rows): where its cells are in the template."""
    return plan(spec_for(kind))
