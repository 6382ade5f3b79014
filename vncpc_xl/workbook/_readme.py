"""The `Hướng dẫn` (read-me) sheet: the workbook's documentation, laid out from the shared description (`_describe`)."""

from __future__ import annotations

from collections.abc import Iterator

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from vncpc_xl.schema import WorkbookSpec
from vncpc_xl.workbook import _styles
from vncpc_xl.workbook._describe import (
    FORMULA_LABEL,
    TABLE_LABEL,
    ColumnDoc,
    NameDoc,
    SheetDoc,
    TableDoc,
    describe,
    sentences,
)
from vncpc_xl.workbook._layout import Layout

README_SHEET = "Hướng dẫn"
CHECKS_TITLE = "Kiểm tra chéo khi xác nhận sổ"
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
LINE_HEIGHT = 15.0  # points per line of the default 11 pt font

Row = tuple[str, ...]


def _yes(flag: bool) -> str:
    return "có" if flag else ""


def _name_row(doc: NameDoc) -> Row:
    spec = doc.spec
    return (
        doc.sheet,
        spec.key,
        spec.label,
        spec.label_en,
        doc.type_name,
        _yes(spec.required),
        doc.allowed,
        sentences(doc.notes),
    )


def _column_row(sheet: str, table: TableDoc, doc: ColumnDoc) -> Row:
    spec = doc.spec
    return (
        sheet,
        table.spec.name,
        spec.header,
        spec.header_en,
        doc.type_name,
        _yes(spec.required),
        doc.allowed,
        sentences(doc.notes),
    )


def _sheet_rows(sheet: SheetDoc) -> Iterator[Row]:
    name = sheet.spec.name
    yield (name, "", "", "", "", "", "", sheet.spec.note_vi)
    for doc in sheet.names:
        yield _name_row(doc)
    for table in sheet.tables:
        yield (name, table.spec.name, "", table.spec.title_en, TABLE_LABEL, "", "", table.note)
        for column in table.columns:
            yield _column_row(name, table, column)
    for line in sheet.summary:
        yield (name, "", line.line.label, line.line.label_en, FORMULA_LABEL, "", "", "")


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


def write_readme(ws: Worksheet, spec: WorkbookSpec, layout: Layout, version: int) -> None:
    """Fill `ws` with the documentation of `spec`: rules, every sheet, defined name, column and check."""
    doc = describe(spec, version, layout)
    ws.cell(1, 1, f"Hướng dẫn — {spec.title} ({spec.title_en})").font = _styles.TITLE_FONT
    ws.cell(2, 1, f"Loại sổ: {spec.kind}; phiên bản mẫu {version}. Trang này được tạo tự động từ lược đồ.")
    row = 4
    for rule in doc.rules:
        ws.cell(row, 1, f"• {rule}")
        row += 1
    row += 1
    header_row = row
    for col, (text, width) in enumerate(LISTING_HEADERS, start=1):
        _styles.style_header(ws.cell(row, col, text))
        ws.column_dimensions[ws.cell(row, col).column_letter].width = width
    for sheet in doc.sheets:
        for values in _sheet_rows(sheet):
            row += 1
            _write_row(ws, row, values, bold=not values[2])
    if doc.checks:
        row += 2
        ws.cell(row, 1, CHECKS_TITLE).font = _styles.BOLD
        for check in doc.checks:
            row += 1
            ws.cell(row, 1, f"• {check.text}").alignment = Alignment(wrap_text=False)
    ws.freeze_panes = f"A{header_row + 1}"
    _styles.print_setup(ws, header_row)
    _styles.protect(ws)
