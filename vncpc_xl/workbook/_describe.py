"""The documentation of a workbook kind as data: one description layer for the `Hướng dẫn` sheet and the Markdown.

`describe` turns a `WorkbookSpec` and its template layout into frozen records (sheets, defined names, tables,
columns, summary lines, cross-field checks) whose texts are all derived from the schema. The `Hướng dẫn` sheet
(`_readme`) and ``workbooks/README.md`` (`docs`) only lay these records out, so both say the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl.utils.cell import get_column_letter

from vncpc_xl.schema import (
    Check,
    ColumnSpec,
    DateInYear,
    NameSpec,
    NotAbove,
    NotBefore,
    PeriodInYear,
    PeriodsDoNotOverlap,
    PriceForQuantity,
    References,
    RequiredWhen,
    SheetSpec,
    SummaryLine,
    TableSpec,
    ValueType,
    WorkbookSpec,
)
from vncpc_xl.workbook._formula import resolve
from vncpc_xl.workbook._layout import VALUE_COL, Layout, TablePlace, plan
from vncpc_xl.workbook._styles import number_format

TYPE_NAMES: dict[ValueType, str] = {
    ValueType.TEXT: "Văn bản",
    ValueType.INTEGER: "Số nguyên",
    ValueType.NUMBER: "Số",
    ValueType.MONEY: "Tiền",
    ValueType.PERCENT: "Phần trăm",
    ValueType.DATE: "Ngày",
    ValueType.PERIOD: "Kỳ",
}
TYPE_FORMATS: dict[ValueType, str] = {
    ValueType.MONEY: "đơn vị tiền tệ của sổ",
    ValueType.PERCENT: "nhập 10 cho 10 %",
    ValueType.DATE: "dd/mm/yyyy",
    ValueType.PERIOD: "YYYY-MM hoặc YYYY-Qn",
}
FORMULA_LABEL = "Công thức (tự tính)"
CHOICE_LABEL = "Danh sách thả xuống"
TABLE_LABEL = "Bảng Excel"
UNIQUE_NOTE = "Không được trùng lặp trong bảng"
RULES = (
    "Ô màu vàng là ô nhập số liệu; ô màu xám là công thức, tự tính — không gõ đè lên.",
    "Mỗi danh sách là một Bảng Excel (Table) có tên cố định; giữ nguyên tên bảng và tiêu đề cột.",
    "Cần thêm dòng: bỏ bảo vệ trang tính, rồi gõ vào dòng ngay dưới dòng cuối của bảng (bảng tự mở rộng) "
    "hoặc kéo góc dưới phải của bảng. Dữ liệu nằm ngoài bảng không được đọc và bị báo lỗi.",
    "Các giá trị đơn lẻ là tên xác định (Defined Name): nhãn ở cột A, giá trị ở cột B của trang tính.",
    "Cột có danh sách thả xuống chỉ nhận đúng các giá trị trong danh sách.",
    "Số nhập dạng số (không kèm đơn vị); tỷ lệ phần trăm nhập 10 cho 10 %; ngày nhập dạng ngày của Excel.",
    "Trang tính được bảo vệ không mật khẩu (Xem lại › Bỏ bảo vệ Trang tính; Review › Unprotect Sheet) để "
    "tránh sửa nhầm công thức.",
    "Khi tổng hợp báo cáo, phần mềm tính lại mọi số liệu từ ô nhập, không dùng kết quả công thức đã lưu.",
)
QUANTITY_RULE = "Số lượng: số dương là giảm (tiết kiệm), số âm là tiêu thụ tăng; ô trống được tính là 0."
_QUANTITY_RULE_AT = 5  # the sign rule follows the drop-down rule


def type_label(value_type: ValueType) -> str:
    """Return the Vietnamese name of `value_type` with its format, e.g. ``Ngày (dd/mm/yyyy)``."""
    fmt = TYPE_FORMATS.get(value_type)
    return f"{TYPE_NAMES[value_type]} ({fmt})" if fmt else TYPE_NAMES[value_type]


def number_text(value: float) -> str:
    """Return `value` as the workbook shows it in text: ``5`` for 5.0, ``0.5`` for 0.5."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def range_text(minimum: float | None, maximum: float | None) -> str:
    """Return the allowed range in words, e.g. ``từ 0 đến 100`` or ``≥ 0`` (empty when unbounded)."""
    if minimum is not None and maximum is not None:
        return f"từ {number_text(minimum)} đến {number_text(maximum)}"
    if minimum is not None:
        return f"≥ {number_text(minimum)}"
    if maximum is not None:
        return f"≤ {number_text(maximum)}"
    return ""


def sentences(notes: Sequence[str]) -> str:
    """Return `notes` joined as sentences, each ending with a full stop; empty notes are dropped."""
    return " ".join(note if note.endswith(".") else f"{note}." for note in notes if note)


@dataclass(frozen=True)
class NameDoc:
    """A defined name as documented: where it is, its type, what it accepts and its default."""

    spec: NameSpec
    sheet: str
    cell: str

    @property
    def type_name(self) -> str:
        """Return the type column of the listing: the drop-down label or the type with its format."""
        return CHOICE_LABEL if self.spec.choices else type_label(self.spec.type)

    @property
    def bounds(self) -> str:
        """Return the allowed range in words (empty for a drop-down or an unbounded value)."""
        return "" if self.spec.choices else range_text(self.spec.minimum, self.spec.maximum)

    @property
    def allowed(self) -> str:
        """Return the drop-down values one per line, else the allowed range."""
        return "\n".join(self.spec.choices) if self.spec.choices else self.bounds

    @property
    def default(self) -> str:
        """Return the default value as text (empty when there is none)."""
        return "" if self.spec.default is None else str(self.spec.default)

    @property
    def notes(self) -> tuple[str, ...]:
        """Return the explanation: help text, default and cell."""
        default = f"Mặc định: {self.default}" if self.default else ""
        return (self.spec.help_vi, default, f"Ô {self.cell}")


@dataclass(frozen=True)
class ColumnDoc:
    """A table column as documented: its letter, type, format, allowed values and resolved formula."""

    spec: ColumnSpec
    letter: str
    formula: str  # resolved for the first data row; empty for an input column
    formula_row: int

    @property
    def type_name(self) -> str:
        """Return the type column of the listing: formula, drop-down, or the type with its format."""
        if self.spec.is_formula:
            return FORMULA_LABEL
        return CHOICE_LABEL if self.spec.choices else type_label(self.spec.type)

    @property
    def value_type(self) -> str:
        """Return the Vietnamese name of the value type (also for formula and drop-down columns)."""
        return TYPE_NAMES[self.spec.type]

    @property
    def entry_format(self) -> str:
        """Return how a value is typed or which unit it is in, e.g. ``dd/mm/yyyy`` (empty when plain)."""
        return TYPE_FORMATS.get(self.spec.type, "")

    @property
    def number_format(self) -> str:
        """Return the Excel number format of the column's cells (empty for text and general)."""
        fmt = number_format(self.spec.type, formula=self.spec.is_formula)
        return "" if fmt in ("@", "General") else fmt

    @property
    def bounds(self) -> str:
        """Return the allowed range of an input column in words."""
        return "" if self.spec.is_formula else range_text(self.spec.minimum, self.spec.maximum)

    @property
    def allowed(self) -> str:
        """Return the drop-down values one per line, else the allowed range (empty for a formula)."""
        if self.spec.is_formula:
            return ""
        return "\n".join(self.spec.choices) if self.spec.choices else self.bounds

    @property
    def notes(self) -> tuple[str, ...]:
        """Return the explanation: help text, uniqueness and the formula of the first data row."""
        unique = UNIQUE_NOTE if self.spec.unique else ""
        formula = f"Công thức (dòng {self.formula_row}): {self.formula}" if self.formula else ""
        since = f"Cột có từ phiên bản mẫu {self.spec.since}." if self.spec.since > 1 else ""
        return (self.spec.help_vi, unique, formula, since)


@dataclass(frozen=True)
class TableDoc:
    """A table as documented: its place in the template and its columns in order."""

    spec: TableSpec
    place: TablePlace
    columns: tuple[ColumnDoc, ...]

    @property
    def note(self) -> str:
        """Return the table's title, range and number of ready rows."""
        return f"{self.spec.title}. Vùng {self.place.ref}; {self.place.rows} dòng sẵn sàng"


@dataclass(frozen=True)
class SummaryDoc:
    """A summary line as documented: its label, its cell and its resolved formula."""

    line: SummaryLine
    cell: str
    formula: str


@dataclass(frozen=True)
class SheetDoc:
    """A sheet as documented: its defined names, tables and summary lines."""

    spec: SheetSpec
    names: tuple[NameDoc, ...]
    tables: tuple[TableDoc, ...]
    summary: tuple[SummaryDoc, ...]


@dataclass(frozen=True)
class CheckDoc:
    """A cross-field check as documented: its issue code and its sentence."""

    code: str
    text: str


@dataclass(frozen=True)
class WorkbookDoc:
    """The documentation of one workbook kind."""

    spec: WorkbookSpec
    version: int
    rules: tuple[str, ...]
    sheets: tuple[SheetDoc, ...]
    checks: tuple[CheckDoc, ...]

    @property
    def extra_rules(self) -> tuple[str, ...]:
        """Return the rules of this kind beyond the general `RULES` (the quantity sign rule for audits)."""
        return tuple(rule for rule in self.rules if rule not in RULES)


def _header(spec: WorkbookSpec, table: str, key: str) -> str:
    return f"“{spec.table(table).column(key).header}”"


def describe_check(spec: WorkbookSpec, check: Check) -> str:
    """Return a Vietnamese sentence describing the cross-field `check` of `spec`."""
    if isinstance(check, NotBefore):
        later, earlier = _header(spec, check.table, check.later), _header(spec, check.table, check.earlier)
        return f"{check.table}: {later} không được trước {earlier}."
    if isinstance(check, NotAbove):
        part, whole = _header(spec, check.table, check.part), _header(spec, check.table, check.whole)
        return f"{check.table}: {part} không được lớn hơn {whole}."
    if isinstance(check, RequiredWhen):
        name, when = spec.name(check.name).label, spec.name(check.when).label
        return f"“{name}” ({check.name}) bắt buộc khi “{when}” là {check.equals}."
    if isinstance(check, PriceForQuantity):
        return f"{check.table}: mỗi lượng khác 0 cần có đơn giá của tài nguyên đó trong {check.prices}."
    if isinstance(check, (PeriodInYear, DateInYear)):
        column = _header(spec, check.table, check.column)
        condition = ""
        if isinstance(check, DateInYear) and check.when is not None:
            condition = f" khi {_header(spec, check.table, check.when)} là {check.equals}"
        return f"{check.table}: {column} phải thuộc năm ghi ở tên {check.year_name}{condition}."
    if isinstance(check, PeriodsDoNotOverlap):
        column = _header(spec, check.table, check.column)
        return f"{check.table}: các kỳ ở {column} không được trùng nhau (không ghi cả tháng lẫn quý chứa tháng đó)."
    if isinstance(check, References):
        column, target = (
            _header(spec, check.table, check.column),
            _header(spec, check.target_table, check.target_column),
        )
        return f"{check.table}: mỗi giá trị {column} phải có trong {target} của {check.target_table}."
    return f"{type(check).__name__}: {check}"


def rules(spec: WorkbookSpec) -> tuple[str, ...]:
    """Return the general rules of `spec`; the sign rule only where quantities are typed (prices checked)."""
    quantities = any(isinstance(check, PriceForQuantity) for check in spec.checks)
    if not quantities:
        return RULES
    return (*RULES[:_QUANTITY_RULE_AT], QUANTITY_RULE, *RULES[_QUANTITY_RULE_AT:])


def _table_doc(place: TablePlace, layout: Layout) -> TableDoc:
    row = place.first_row
    columns = tuple(
        ColumnDoc(
            col,
            place.letter(col.key),
            resolve(col.formula, layout, place, row) if col.formula is not None else "",
            row,
        )
        for col in place.spec.columns
    )
    return TableDoc(place.spec, place, columns)


def _sheet_doc(sheet: SheetSpec, layout: Layout) -> SheetDoc:
    names = tuple(NameDoc(spec, sheet.name, layout.names[spec.key].cell) for spec in sheet.names)
    tables = tuple(_table_doc(layout.tables[table.name], layout) for table in sheet.tables)
    summary = tuple(
        SummaryDoc(
            place.line, f"{get_column_letter(VALUE_COL)}{place.row}", resolve(place.line.formula, layout)
        )
        for place in layout.summary
        if place.sheet == sheet.name
    )
    return SheetDoc(sheet, names, tables, summary)


def describe(spec: WorkbookSpec, version: int, layout: Layout | None = None) -> WorkbookDoc:
    """Return the documentation of `spec` at template `version`, placed by `layout` (default: ready rows)."""
    layout = layout or plan(spec)
    return WorkbookDoc(
        spec,
        version,
        rules(spec),
        tuple(_sheet_doc(sheet, layout) for sheet in spec.sheets),
        tuple(CheckDoc(check.code, describe_check(spec, check)) for check in spec.checks),
    )
