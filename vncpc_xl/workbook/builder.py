"""Build the workbook templates from the schema: sheets, names, tables, validation, styles, protection.

Everything the user sees (sheet names, labels, headers, table names, drop-down values, help texts) comes from
`vncpc_xl.schema`; this module only decides how it looks. Formula placeholders are resolved to plain A1
references, and the output bytes are identical on every run (see `_archive`).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from openpyxl.utils.cell import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from vncpc_xl.schema import META_SHEET, TEMPLATE_VERSION, SheetSpec, ValueType, WorkbookSpec, spec_for
from vncpc_xl.workbook import _styles
from vncpc_xl.workbook._archive import same_workbook, workbook_bytes, write_atomic
from vncpc_xl.workbook._formula import resolve
from vncpc_xl.workbook._layout import (
    HELP_COL,
    LABEL_COL,
    NOTE_ROW,
    TITLE_ROW,
    VALUE_COL,
    Layout,
    TablePlace,
    plan,
)
from vncpc_xl.workbook._readme import README_SHEET, write_readme
from vncpc_xl.workbook._validation import LISTS_SHEET, ListSheet, add_prompt, rule_for

TABLE_STYLE = "TableStyleLight1"
LEGEND = "Ô vàng: nhập số liệu. Ô xám: công thức, tự tính. Xem trang “Hướng dẫn”."
HEADER_HEIGHT = 48
_LABEL_WIDTH = (24, 60)  # min, max width of the label column of a defined-names block
_VALUE_WIDTH = 36
_HELP_WIDTH = 70
_SUMMARY_WIDTHS = (64, 18)


def _spec(spec: WorkbookSpec | str) -> WorkbookSpec:
    return spec_for(spec) if isinstance(spec, str) else spec


def _write_heading(ws: Worksheet, title: str, note: str) -> None:
    ws.cell(TITLE_ROW, 1, title).font = _styles.TITLE_FONT
    ws.cell(NOTE_ROW, 1, note).font = _styles.NOTE_FONT


def _write_names(ws: Worksheet, sheet: SheetSpec, layout: Layout, lists: ListSheet) -> None:
    for spec in sheet.names:
        row = layout.names[spec.key].row
        label = ws.cell(row, LABEL_COL, spec.label)
        if spec.required:
            label.font = _styles.BOLD
        cell = ws.cell(row, VALUE_COL, spec.default)
        _styles.style_input(cell, spec.type)
        hint = [spec.help_vi] if spec.help_vi else []
        if spec.required:
            hint.insert(0, "Bắt buộc.")
        ws.cell(row, HELP_COL, " ".join(hint) or None).font = _styles.NOTE_FONT
        rule = rule_for(spec.type, spec.choices, spec.minimum, spec.maximum, lists, spec.key)
        rule = add_prompt(rule, spec.label, spec.help_vi)
        if rule is not None:
            rule.add(cell.coordinate)
            ws.add_data_validation(rule)
    if sheet.names:
        longest = max(len(n.label) for n in sheet.names) + 2
        ws.column_dimensions[get_column_letter(LABEL_COL)].width = min(
            max(longest, _LABEL_WIDTH[0]), _LABEL_WIDTH[1]
        )
        ws.column_dimensions[get_column_letter(VALUE_COL)].width = _VALUE_WIDTH
        ws.column_dimensions[get_column_letter(HELP_COL)].width = _HELP_WIDTH


def _style_table_row(ws: Worksheet, place: TablePlace, row: int, layout: Layout) -> None:
    """Style the data row `row` of `place` and write its formulas (input cells keep their value)."""
    for col in place.spec.columns:
        cell = ws.cell(row, place.col(col.key))
        if col.formula is not None:
            cell.value = resolve(col.formula, layout, place, row)
            _styles.style_formula(cell, _styles.number_format(col.type, formula=True))
        else:
            wrap = col.type is ValueType.TEXT and col.width >= _styles.WRAP_WIDTH
            _styles.style_input(cell, col.type, wrap=wrap)


def _table_validations(ws: Worksheet, place: TablePlace, lists: ListSheet) -> None:
    for col in place.spec.input_columns:
        label = f"{place.spec.name}.{col.key}"
        rule = rule_for(col.type, col.choices, col.minimum, col.maximum, lists, label)
        rule = add_prompt(rule, col.header, col.help_vi)
        if rule is not None:
            rule.add(place.column_range(col.key))
            ws.add_data_validation(rule)


def _write_table(ws: Worksheet, place: TablePlace, layout: Layout, lists: ListSheet) -> None:
    table = place.spec
    for col in table.columns:
        _styles.style_header(ws.cell(place.header_row, place.col(col.key), col.header))
        ws.column_dimensions[place.letter(col.key)].width = col.width
    ws.row_dimensions[place.header_row].height = HEADER_HEIGHT
    for row in range(place.first_row, place.last_row + 1):
        _style_table_row(ws, place, row, layout)
    for offset, values in enumerate(table.prefill):
        for key, value in values.items():
            if value is not None:
                ws.cell(place.first_row + offset, place.col(key), value)
    _table_validations(ws, place, lists)
    excel_table = Table(displayName=table.name, ref=place.ref)
    excel_table.tableStyleInfo = TableStyleInfo(
        name=TABLE_STYLE, showRowStripes=False, showColumnStripes=False
    )
    ws.add_table(excel_table)


def _write_summary(ws: Worksheet, sheet: SheetSpec, layout: Layout) -> None:
    for place in layout.summary:
        if place.sheet != sheet.name:
            continue
        ws.cell(place.row, LABEL_COL, place.line.label).border = _styles.GRID
        cell = ws.cell(place.row, VALUE_COL, resolve(place.line.formula, layout))
        _styles.style_formula(cell, place.line.number_format)
    ws.column_dimensions[get_column_letter(LABEL_COL)].width = _SUMMARY_WIDTHS[0]
    ws.column_dimensions[get_column_letter(VALUE_COL)].width = _SUMMARY_WIDTHS[1]


def _sheet_title(spec: WorkbookSpec, sheet: SheetSpec) -> str:
    if sheet.tables:
        return sheet.tables[0].title
    return spec.title if sheet.names else sheet.name


def _write_sheet(
    ws: Worksheet, spec: WorkbookSpec, sheet: SheetSpec, layout: Layout, lists: ListSheet
) -> None:
    note = f"{LEGEND} {sheet.note_vi}".strip()
    _write_heading(ws, _sheet_title(spec, sheet), note)
    _write_names(ws, sheet, layout, lists)
    places = layout.sheet_tables(sheet.name)
    for place in places:
        _write_table(ws, place, layout, lists)
    if sheet.summary:
        _write_summary(ws, sheet, layout)
    header_row = places[0].header_row if places else None
    if header_row is not None:
        ws.freeze_panes = f"A{header_row + 1}"
    _styles.print_setup(ws, header_row)
    _styles.protect(ws)


def _write_meta(ws: Worksheet, kind: str) -> None:
    ws.sheet_state = "veryHidden"
    ws["A1"], ws["B1"] = "kind", kind
    ws["A2"], ws["B2"] = "template_version", TEMPLATE_VERSION
    _styles.protect(ws)


def _define_names(wb: Workbook, layout: Layout) -> None:
    for key, place in layout.names.items():
        wb.defined_names[key] = DefinedName(key, attr_text=place.absolute)


def build_template(spec: WorkbookSpec | str, rows: Mapping[str, int] | None = None) -> Workbook:
    """Return a new openpyxl workbook for `spec` (a `WorkbookSpec` or a kind such as ``"audit"``).

    `rows` maps a table name to the number of data rows it needs; each table gets at least its ready rows
    (`TableSpec.min_rows`, and never fewer than its pre-filled rows).
    """
    spec = _spec(spec)
    layout = plan(spec, rows)
    wb = Workbook()
    wb.remove(wb.active)
    sheets = [wb.create_sheet(sheet.name) for sheet in spec.sheets]
    readme = wb.create_sheet(README_SHEET)
    lists = ListSheet(wb)
    for ws, sheet in zip(sheets, spec.sheets, strict=True):
        _write_sheet(ws, spec, sheet, layout, lists)
    if lists.sheet is not None:
        _styles.protect(lists.sheet)
    write_readme(readme, spec, layout, TEMPLATE_VERSION)
    _write_meta(wb.create_sheet(META_SHEET), spec.kind)
    _define_names(wb, layout)
    wb.active = 0
    for index, ws in enumerate(wb.worksheets):
        ws.sheet_view.tabSelected = index == 0
    wb.properties.title = spec.title
    return wb


def template_bytes(kind: str) -> bytes:
    """Return the .xlsx bytes of the template of `kind`, identical on every run."""
    return workbook_bytes(build_template(kind))


def write_template(kind: str, path: Path) -> Path:
    """Write the template of `kind` to `path` (atomically) and return `path`."""
    return write_atomic(Path(path), template_bytes(kind))


def stale_templates(folder: Path, kinds: tuple[str, ...]) -> list[Path]:
    """Return the template files under `folder` that are missing or differ from a fresh build."""
    stale = []
    for kind in kinds:
        path = Path(folder) / f"{kind}.xlsx"
        if not path.is_file() or not same_workbook(path.read_bytes(), template_bytes(kind)):
            stale.append(path)
    return stale


__all__ = [
    "LISTS_SHEET",
    "README_SHEET",
    "build_template",
    "stale_templates",
    "template_bytes",
    "write_template",
]
