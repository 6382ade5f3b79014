"""The declarative model of a workbook kind: sheets, defined names, tables, columns and named checks.

One `WorkbookSpec` per kind drives the template builder, the reader/validator and the documentation.
Nothing here touches a file.

Formula templates (`ColumnSpec.formula`, `SummaryLine.formula`) use placeholders the builder resolves to plain A1
references, so the formulas evaluate outside Excel too:

- ``{row:KEY}``        this row's cell of column KEY, e.g. ``F12``
- ``{rowspan:A:B}``    this row's cells from column A to column B, e.g. ``F12:L12``
- ``{hdrspan:A:B}``    the header cells of columns A..B, absolute, e.g. ``$F$4:$L$4``
- ``{name:NAME}``      the cell of defined name NAME, absolute and sheet-qualified, e.g. ``'Thông tin'!$B$6``
- ``{table:TBL}``      the whole range of table TBL including its header row, absolute and sheet-qualified
- ``{col:TBL:KEY}``    the data cells of column KEY of table TBL, absolute and sheet-qualified
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any


class ValueType(StrEnum):
    """What a cell holds; decides the number format, the data validation and how the reader converts it."""

    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"
    MONEY = "money"
    PERCENT = "percent"  # a number of percent points: 10 means 10 %
    DATE = "date"
    PERIOD = "period"  # "YYYY-MM" or "YYYY-Qn"


class Choices(tuple[str, ...]):
    """The values of a drop-down list, in order, each with its English label declared beside it.

    It is the tuple of the Vietnamese values the workbook accepts; `english` maps each to its label. An item
    is a ``(value, English)`` pair, or a bare value (a code such as ``USD``) that reads the same in English.

    >>> SECTORS = Choices(("Dệt may", "Textiles and garments"), "Khác")
    >>> tuple(SECTORS), SECTORS.label("Dệt may", "en"), SECTORS.label("Khác", "en"), SECTORS.label("Dệt may", "vi")
    (('Dệt may', 'Khác'), 'Textiles and garments', 'Khác', 'Dệt may')
    """

    english: Mapping[str, str]

    def __new__(cls, *items: str | tuple[str, str]) -> Choices:
        pairs = [(item, item) if isinstance(item, str) else item for item in items]
        choices = super().__new__(cls, (value for value, _ in pairs))
        choices.english = MappingProxyType(dict(pairs))
        return choices

    def __add__(self, other: tuple[str, ...]) -> Choices:  # type: ignore[override]
        """Return the values of both lists, each keeping its English label."""
        return Choices(*self.pairs(), *(other.pairs() if isinstance(other, Choices) else other))

    def __reduce__(self) -> tuple[type, tuple[tuple[str, str], ...]]:
        return Choices, self.pairs()

    def pairs(self) -> tuple[tuple[str, str], ...]:
        """Return ``(value, English label)`` of every value, in order."""
        return tuple((value, self.english[value]) for value in self)

    def listed(self, lang: str) -> str:
        """Return the values for a message in `lang`; English adds each value's label: ``Khác (Other)``."""
        if lang == "vi":
            return "; ".join(self)
        return "; ".join(v if self.english[v] == v else f"{v} ({self.english[v]})" for v in self)

    def label(self, value: str, lang: str) -> str:
        """Return `value` as the report in `lang` prints it (a value not in the list is returned as is)."""
        return self.english.get(value, value) if lang == "en" else value


NO_CHOICES = Choices()  # a value typed freely, without a drop-down list


@dataclass(frozen=True)
class ColumnSpec:
    """One column of an Excel table, found by its exact `header` text (whitespace-normalised)."""

    key: str
    header: str
    header_en: str
    type: ValueType = ValueType.TEXT
    required: bool = False
    choices: Choices = NO_CHOICES
    formula: str | None = None
    unique: bool = False
    minimum: float | None = None
    maximum: float | None = None
    width: float = 14.0
    help_vi: str = ""
    help_en: str = ""
    since: int = 1  # the template version that introduced the column; older workbooks are read without it

    @property
    def is_formula(self) -> bool:
        """Return True for a formula column (locked, grey, computed)."""
        return self.formula is not None


@dataclass(frozen=True)
class NameSpec:
    """A single value kept in a workbook-level defined name (`key` is the defined name itself)."""

    key: str
    label: str
    label_en: str
    type: ValueType = ValueType.TEXT
    required: bool = False
    choices: Choices = NO_CHOICES
    default: Any = None
    minimum: float | None = None
    maximum: float | None = None
    help_vi: str = ""
    help_en: str = ""


@dataclass(frozen=True)
class TableSpec:
    """An Excel Table (ListObject): its name, its sheet, its columns in order and any pre-filled rows."""

    name: str
    sheet: str
    title: str
    title_en: str
    columns: tuple[ColumnSpec, ...]
    min_rows: int = 50
    prefill: tuple[Mapping[str, Any], ...] = ()

    def column(self, key: str) -> ColumnSpec:
        """Return the column with `key`; KeyError names the table."""
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(f"{self.name} has no column {key!r}")

    @property
    def keys(self) -> tuple[str, ...]:
        """Return the column keys in order."""
        return tuple(col.key for col in self.columns)

    @property
    def input_columns(self) -> tuple[ColumnSpec, ...]:
        """Return the columns a user types into."""
        return tuple(col for col in self.columns if not col.is_formula)

    def columns_of(self, version: int) -> tuple[ColumnSpec, ...]:
        """Return the columns a workbook of template `version` carries (those introduced since are absent)."""
        return tuple(col for col in self.columns if col.since <= version)


@dataclass(frozen=True)
class SummaryLine:
    """One line of a summary sheet: a label and a formula template (see module docstring)."""

    label: str
    label_en: str
    formula: str
    number_format: str = "#,##0.00"


@dataclass(frozen=True)
class SheetSpec:
    """One sheet: the defined names it holds (label in column A, value in column B), tables, or summary lines."""

    name: str
    names: tuple[NameSpec, ...] = ()
    tables: tuple[TableSpec, ...] = ()
    summary: tuple[SummaryLine, ...] = ()
    note_vi: str = ""


# ---- named checks: data, not lambdas, so a check can be shown, documented and reported ----


@dataclass(frozen=True)
class Check:
    """Base of the cross-field checks the validator runs after the per-cell checks."""

    code: str = field(init=False, default="check")


@dataclass(frozen=True)
class NotBefore(Check):
    """In `table`, column `later` must not be earlier than column `earlier` (dates)."""

    table: str
    later: str
    earlier: str
    code: str = field(init=False, default="row.date_order")


@dataclass(frozen=True)
class NotAbove(Check):
    """In `table`, column `part` must not exceed column `whole` (computed when `whole` is a formula column)."""

    table: str
    part: str
    whole: str
    code: str = field(init=False, default="row.part_above_whole")


@dataclass(frozen=True)
class RequiredWhen(Check):
    """Defined name `name` is required when defined name `when` equals `equals`."""

    name: str
    when: str
    equals: str
    code: str = field(init=False, default="name.required_when")


@dataclass(frozen=True)
class PriceForQuantity(Check):
    """Every non-zero quantity column of `table` needs a price for its resource in `prices` (SPEC 4)."""

    table: str
    prices: str
    code: str = field(init=False, default="row.price_missing")


@dataclass(frozen=True)
class PeriodInYear(Check):
    """Column `column` of `table` holds periods of the year kept in defined name `year_name`."""

    table: str
    column: str
    year_name: str
    code: str = field(init=False, default="row.period_outside_year")


@dataclass(frozen=True)
class DateInYear(Check):
    """Dates of column `column` of `table` fall in the year kept in defined name `year_name`.

    With `when` and `equals`, only rows whose column `when` holds `equals` are checked (a course planned
    for next year may stand in this year's register; a course held may not).
    """

    table: str
    column: str
    year_name: str
    when: str | None = None
    equals: str | None = None
    code: str = field(init=False, default="row.date_outside_year")


@dataclass(frozen=True)
class PeriodsDoNotOverlap(Check):
    """No period of column `column` of `table` covers another (a month and the quarter holding it)."""

    table: str
    column: str
    code: str = field(init=False, default="row.period_overlap")


@dataclass(frozen=True)
class References(Check):
    """Every value of `table`.`column` must exist in `target_table`.`target_column`."""

    table: str
    column: str
    target_table: str
    target_column: str
    code: str = field(init=False, default="row.unknown_reference")


@dataclass(frozen=True)
class WorkbookSpec:
    """Everything about one workbook kind."""

    kind: str
    version: int
    title: str
    title_en: str
    sheets: tuple[SheetSpec, ...]
    checks: tuple[Check, ...] = ()
    short: str = ""  # the kind in a word, as lists of files name it ("đánh giá")
    short_en: str = ""

    @property
    def tables(self) -> tuple[TableSpec, ...]:
        """Return every table, in sheet order."""
        return tuple(t for s in self.sheets for t in s.tables)

    @property
    def names(self) -> tuple[NameSpec, ...]:
        """Return every defined name, in sheet order."""
        return tuple(n for s in self.sheets for n in s.names)

    def table(self, name: str) -> TableSpec:
        """Return the table called `name`."""
        for table in self.tables:
            if table.name == name:
                return table
        raise KeyError(f"{self.kind} has no table {name!r}")

    def name(self, key: str) -> NameSpec:
        """Return the defined name `key`."""
        for spec in self.names:
            if spec.key == key:
                return spec
        raise KeyError(f"{self.kind} has no defined name {key!r}")

    def sheet_of_name(self, key: str) -> SheetSpec:
        """Return the sheet that holds defined name `key`."""
        for sheet in self.sheets:
            if any(n.key == key for n in sheet.names):
                return sheet
        raise KeyError(f"{self.kind} has no defined name {key!r}")
