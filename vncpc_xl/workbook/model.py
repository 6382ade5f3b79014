"""What the reader hands out: `WorkbookData` (one file's names, tables and issues) and `Row` (one table row).

No code outside `vncpc_xl.workbook` sees a spreadsheet library's cell: values arrive here as plain python
objects (str, int, float, datetime.date or None for a blank), each row knowing the sheet cells it came from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from vncpc_xl.errors import Issue, Severity
from vncpc_xl.schema import SPECS, WorkbookSpec

Value = str | int | float | dt.date | None


class Row(Mapping[str, Value]):
    """One data row of an Excel table: maps column key to value, and knows its sheet and row number.

    Do not create rows yourself; `read_workbook` returns them. ``row["investment"]`` is the value,
    ``row.cell("investment")`` the cell it came from (e.g. ``"E12"``), ``row.sheet`` the sheet name and
    ``row.row`` the sheet row number (1-based, as Excel shows it).
    """

    __slots__ = ("_letters", "_values", "get", "row", "sheet", "table")

    def __init__(
        self, values: dict[str, Value], *, table: str, sheet: str, row: int, letters: Mapping[str, str]
    ):
        self._values = values
        self.get = values.get  # the dict's own, called per cell by the consolidation (Mapping's is Python)
        self._letters = letters
        self.table = table
        self.sheet = sheet
        self.row = row

    def __getitem__(self, key: str) -> Value:
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def cell(self, key: str) -> str:
        """Return the address of column `key` in this row, e.g. ``"F12"`` (KeyError for a missing column)."""
        try:
            return f"{self._letters[key]}{self.row}"
        except KeyError:
            raise KeyError(f"{self.table} has no column {key!r} in this workbook") from None

    def __repr__(self) -> str:
        return f"Row({self.table}, {self.sheet!r}, row={self.row}, {self._values!r})"


@dataclass
class WorkbookData:
    """Everything read from one workbook file, with every problem found in it.

    `kind` is None when the file is not a vncpc workbook; `names` maps each defined name of the kind's schema
    to its value (None when blank); `tables` maps each table name to its non-empty rows in sheet order;
    `issues` lists every problem (errors and warnings); `ok` is True when there is no error.
    """

    path: Path
    kind: str | None = None
    sha256: str = ""
    version: int | None = None
    names: dict[str, Value] = field(default_factory=dict)
    tables: dict[str, list[Row]] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)
    name_cells: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """Return True when no issue is an error (warnings allowed)."""
        return not any(issue.severity is Severity.ERROR for issue in self.issues)

    @property
    def errors(self) -> list[Issue]:
        """Return the issues of severity error."""
        return [issue for issue in self.issues if issue.severity is Severity.ERROR]

    @property
    def spec(self) -> WorkbookSpec | None:
        """Return the schema of this workbook's kind, or None when the kind is unknown."""
        return SPECS.get(self.kind) if self.kind else None

    def name_cell(self, key: str) -> tuple[str, str] | None:
        """Return ``(sheet, cell)`` of defined name `key`, e.g. ``("Thông tin", "B4")``; None if not found."""
        return self.name_cells.get(key)
