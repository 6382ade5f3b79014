"""The `Hướng dẫn` (read-me) sheet: the workbook's documentation, generated from its schema."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

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
    TableSpec,
    ValueType,
    WorkbookSpec,
)
from vncpc_xl.workbook import _styles
from vncpc_xl.workbook._formula import resolve
from vncpc_xl.workbook._layout import Layout

README_SHEET = "Hướng dẫn"

TYPE_LABELS: dict[ValueType, str] = {
    ValueType.TEXT: "Văn bản",
    ValueType.INTEGER: "Số nguyên",
    ValueType.NUMBER: "Số",
    ValueType.MONEY: "Tiền (đơn vị tiền tệ của sổ)",
    ValueType.PERCENT: "Phần trăm (nhập 10 cho 10 %)",
    ValueType.DATE: "Ngày (dd/mm/yyyy)",
    ValueType.PERIOD: "Kỳ (YYYY-MM hoặc YYYY-Qn)",
}
FORMULA_LABEL = "Công thức (tự tính)"
LISTING_HEADERS = (
    ("Trang tính", 18),
    ("Bảng / tên xác định", 22),
    ("Cột / mục", 34),
    ("Tên tiếng Anh", 30),
    ("Kiểu dữ liệu", 22),
    ("Bắt buộc", 9),
    ("Giá trị cho phép", 34),
    ("Giải thích", 80),
)
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
CHOICE_LABEL = "Danh sách thả xuống"
LINE_HEIGHT = 15.0  # points per line of the default 11 pt font

Row = tuple[str, ...]


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _allowed(choices: Sequence[str], minimum: float | None, maximum: float | None) -> str:
    if choices:
        return "\n".join(choices)
    if minimum is not None and maximum is not None:
        return f"từ {_num(minimum)} đến {_num(maximum)}"
    if minimum is not None:
        return f"≥ {_num(minimum)}"
    if maximum is not None:
        return f"≤ {_num(maximum)}"
    return ""


def _sentences(notes: list[str]) -> str:
    return " ".join(note if note.endswith(".") else f"{note}." for note in notes if note)


def _name_row(sheet: SheetSpec, spec: NameSpec, layout: Layout) -> Row:
    notes = [spec.help_vi] if spec.help_vi else []
    if spec.default is not None:
        notes.append(f"Mặc định: {spec.default}")
    notes.append(f"Ô {layout.names[spec.key].cell}")
    return (
        sheet.name,
        spec.key,
        spec.label,
        spec.label_en,
        CHOICE_LABEL if spec.choices else TYPE_LABELS[spec.type],
        "có" if spec.required else "",
        _allowed(spec.choices, spec.minimum, spec.maximum),
        _sentences(notes),
    )


def _column_row(sheet: SheetSpec, table: TableSpec, col: ColumnSpec, layout: Layout) -> Row:
    notes = [col.help_vi] if col.help_vi else []
    if col.unique:
        notes.append("Không được trùng lặp trong bảng")
    kind = CHOICE_LABEL if col.choices else TYPE_LABELS[col.type]
    if col.formula is not None:
        place = layout.tables[table.name]
        kind = FORMULA_LABEL
        notes.append(
            f"Công thức (dòng {place.first_row}): {resolve(col.formula, layout, place, place.first_row)}"
        )
    allowed = "" if col.formula else _allowed(col.choices, col.minimum, col.maximum)
    required = "có" if col.required else ""
    return (sheet.name, table.name, col.header, col.header_en, kind, required, allowed, _sentences(notes))


def _sheet_rows(sheet: SheetSpec, layout: Layout) -> Iterator[Row]:
    yield (sheet.name, "", "", "", "", "", "", sheet.note_vi)
    for name in sheet.names:
        yield _name_row(sheet, name, layout)
    for table in sheet.tables:
        place = layout.tables[table.name]
        note = f"{table.title}. Vùng {place.ref}; {place.rows} dòng sẵn sàng"
        yield (sheet.name, table.name, "", table.title_en, "Bảng Excel", "", "", note)
        for col in table.columns:
            yield _column_row(sheet, table, col, layout)
    for line in sheet.summary:
        yield (sheet.name, "", line.label, line.label_en, FORMULA_LABEL, "", "", "")


def _header(spec: WorkbookSpec, table: str, key: str) -> str:
    return f"“{spec.table(table).column(key).header}”"


def describe_check(spec: WorkbookSpec, check: Check) -> str:
    """Return a Vietnamese sentence describing the cross-field `check`."""
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


def text_lines(text: str, width: float) -> int:
    """Return how many lines `text` takes wrapped in a column `width` characters wide (at least 1)."""
    per_line = max(int(width) - 1, 1)
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n")) if text else 1


def _write_row(ws: Worksheet, row: int, values: Row, *, bold: bool = False) -> None:
    lines = 1
    for col, value in enumerate(values, start=1):
        cell = ws.cell(row, col, value or None)
        cell.alignment = _styles.WRAP_ALIGN
        if bold:
            cell.font = _styles.BOLD
        lines = max(lines, text_lines(value, LISTING_HEADERS[col - 1][1]))
    if lines > 1:  # Excel does not grow a row for wrapped text on opening; the height is set here
        ws.row_dimensions[row].height = lines * LINE_HEIGHT


def _rules(spec: WorkbookSpec) -> tuple[str, ...]:
    """Return the general rules of `spec`; the sign rule only where quantities are typed (prices checked)."""
    quantities = any(isinstance(check, PriceForQuantity) for check in spec.checks)
    return (*RULES[:5], QUANTITY_RULE, *RULES[5:]) if quantities else RULES


def write_readme(ws: Worksheet, spec: WorkbookSpec, layout: Layout, version: int) -> None:
    """Fill `ws` with the documentation of `spec`: rules, every sheet, defined name, column and check."""
    ws.cell(1, 1, f"Hướng dẫn — {spec.title} ({spec.title_en})").font = _styles.TITLE_FONT
    ws.cell(2, 1, f"Loại sổ: {spec.kind}; phiên bản mẫu {version}. Trang này được tạo tự động từ lược đồ.")
    row = 4
    for rule in _rules(spec):
        ws.cell(row, 1, f"• {rule}")
        row += 1
    row += 1
    header_row = row
    for col, (text, width) in enumerate(LISTING_HEADERS, start=1):
        _styles.style_header(ws.cell(row, col, text))
        ws.column_dimensions[ws.cell(row, col).column_letter].width = width
    for sheet in spec.sheets:
        for values in _sheet_rows(sheet, layout):
            row += 1
            _write_row(ws, row, values, bold=not values[2])
    if spec.checks:
        row += 2
        ws.cell(row, 1, "Kiểm tra chéo khi xác nhận sổ").font = _styles.BOLD
        for check in spec.checks:
            row += 1
            ws.cell(row, 1, f"• {describe_check(spec, check)}").alignment = Alignment(wrap_text=False)
    ws.freeze_panes = f"A{header_row + 1}"
    _styles.print_setup(ws, header_row)
    _styles.protect(ws)
