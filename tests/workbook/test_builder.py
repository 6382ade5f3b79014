"""The templates built from the schema: reopened with openpyxl, every promise of SPEC 3 "Common" holds."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils.cell import column_index_from_string, range_boundaries
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from vncpc_xl.core import RESOURCES
from vncpc_xl.schema import KINDS, META_SHEET, SPECS, TEMPLATE_VERSION, ColumnSpec, TableSpec, ValueType
from vncpc_xl.workbook import template_bytes, template_path
from vncpc_xl.workbook.builder import LISTS_SHEET, README_SHEET

REPO = Path(__file__).resolve().parents[2]
YELLOW = "FFFFF2CC"
GREY = "FFD9D9D9"
FORMATS = {
    ValueType.MONEY: "#,##0",
    ValueType.NUMBER: "#,##0.00",
    ValueType.PERCENT: "0.0",
    ValueType.DATE: "dd/mm/yyyy",
    ValueType.INTEGER: "0",
}


@pytest.fixture(scope="module", params=KINDS)
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Workbook]:
    kind = request.param
    path = tmp_path_factory.mktemp(kind) / f"{kind}.xlsx"
    path.write_bytes(template_bytes(kind))
    return kind, load_workbook(path)


def _header_cells(ws: Worksheet, table: TableSpec) -> tuple[int, dict[str, int]]:
    """Return the header row and {column key: column number}, found through the table and header text."""
    min_col, min_row, max_col, _ = range_boundaries(ws.tables[table.name].ref)
    texts = {ws.cell(min_row, col).value: col for col in range(min_col, max_col + 1)}
    return min_row, {col.key: texts[col.header] for col in table.columns}


def _data_rows(ws: Worksheet, table: TableSpec) -> range:
    _, min_row, _, max_row = range_boundaries(ws.tables[table.name].ref)
    return range(min_row + 1, max_row + 1)


def _validations_of(ws: Worksheet, coordinate: str) -> list:
    return [dv for dv in ws.data_validations.dataValidation if coordinate in dv.sqref]


def _list_values(wb: Workbook, formula: str) -> list[str]:
    match = re.fullmatch(
        r"'?(?P<sheet>[^'!]+)'?!\$?(?P<c1>[A-Z]+)\$?(?P<r1>\d+):\$?(?P<c2>[A-Z]+)\$?(?P<r2>\d+)", formula
    )
    assert match, formula
    ws = wb[match["sheet"]]
    col = column_index_from_string(match["c1"])
    assert match["c1"] == match["c2"]
    return [ws.cell(row, col).value for row in range(int(match["r1"]), int(match["r2"]) + 1)]


def test_meta_sheet_is_very_hidden_with_kind_and_version(built: tuple[str, Workbook]) -> None:
    kind, wb = built
    meta = wb[META_SHEET]
    assert meta.sheet_state == "veryHidden"
    assert (meta["B1"].value, meta["B2"].value) == (kind, TEMPLATE_VERSION)
    assert wb[LISTS_SHEET].sheet_state == "veryHidden"
    visible = [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"]
    assert visible == [sheet.name for sheet in SPECS[kind].sheets] + [README_SHEET]
    assert wb.active.title == SPECS[kind].sheets[0].name


def test_tables_have_their_names_and_exact_headers(built: tuple[str, Workbook]) -> None:
    kind, wb = built
    for table in SPECS[kind].tables:
        ws = wb[table.sheet]
        assert table.name in ws.tables, table.name
        excel_table = ws.tables[table.name]
        header_row, columns = _header_cells(ws, table)
        assert [ws.cell(header_row, columns[key]).value for key in table.keys] == [
            c.header for c in table.columns
        ]
        assert excel_table.column_names == [c.header for c in table.columns]
        assert list(columns.values()) == sorted(columns.values())  # the spec's order


def test_tables_carry_ready_rows_with_formulas_and_styles(built: tuple[str, Workbook]) -> None:
    kind, wb = built
    for table in SPECS[kind].tables:
        ws = wb[table.sheet]
        rows = _data_rows(ws, table)
        assert len(rows) >= max(table.min_rows, len(table.prefill))
        _, columns = _header_cells(ws, table)
        for row in (rows[0], rows[-1]):
            for col in table.columns:
                _assert_cell(ws.cell(row, columns[col.key]), col)


def _assert_cell(cell, col: ColumnSpec) -> None:
    where = f"{cell.parent.title}!{cell.coordinate} ({col.key})"
    if col.is_formula:
        assert isinstance(cell.value, str) and cell.value.startswith("="), where
        assert "{" not in cell.value and "[" not in cell.value, where  # resolved, no structured references
        assert cell.protection.locked, where
        assert cell.fill.fgColor.rgb == GREY, where
    else:
        assert not cell.protection.locked, where
        assert cell.fill.fgColor.rgb == YELLOW, where
    if col.type in FORMATS:
        assert cell.number_format == FORMATS[col.type], where
    elif not col.is_formula:
        assert cell.number_format == "@", where  # text and periods stay text (2003-07 is not a date)


def test_minimum_ready_rows_of_the_main_lists() -> None:
    for kind, table in (("audit", "tblOptions"), ("training", "tblCourses"), ("kpi", "tblKpiLog")):
        wb = load_workbook(io.BytesIO(template_bytes(kind)))
        spec = SPECS[kind].table(table)
        assert len(_data_rows(wb[spec.sheet], spec)) >= 50


def test_training_person_days_formula_uses_this_rows_days_and_participants(tmp_path: Path) -> None:
    spec = SPECS["training"].table("tblCourses")
    wb = load_workbook(io.BytesIO(template_bytes("training")))
    ws = wb[spec.sheet]
    _, columns = _header_cells(ws, spec)
    letter = {key: ws.cell(1, col).column_letter for key, col in columns.items()}
    for row in _data_rows(ws, spec):
        expected = f'=IF({letter["name"]}{row}="","",{letter["days"]}{row}*{letter["participants"]}{row})'
        assert ws.cell(row, columns["person_days"]).value == expected


def test_audit_savings_formula_points_at_the_quantities_and_the_price_table() -> None:
    spec = SPECS["audit"]
    options, prices = spec.table("tblOptions"), spec.table("tblPrices")
    wb = load_workbook(io.BytesIO(template_bytes("audit")))
    ws = wb[options.sheet]
    header_row, columns = _header_cells(ws, options)
    qty = [f"qty_{r.key}" for r in RESOURCES]
    first, last = (ws.cell(1, columns[k]).column_letter for k in (qty[0], qty[-1]))
    start, end = wb[prices.sheet].tables[prices.name].ref.split(":")
    price_ref = ":".join(re.sub(r"([A-Z]+)(\d+)", r"$\1$\2", part) for part in (start, end))
    row = header_row + 1
    formula = ws.cell(row, columns["savings"]).value
    assert f"VNCPC_SAVINGS(${first}${header_row}:${last}${header_row},{first}{row}:{last}{row}," in formula
    assert f"'{prices.sheet}'!{price_ref}" in formula
    for pollutant, key in (("CO2", "co2_t"), ("SO2", "so2_t"), ("BUI", "dust_t")):
        assert (
            f'VNCPC_EMISSIONS(${first}${header_row}:${last}${header_row},{first}{row}:{last}{row},"{pollutant}"'
            in (ws.cell(row, columns[key]).value)
        )
    # the quantity headers are the resource names the UDF understands, in the core's order
    assert [ws.cell(header_row, columns[k]).value.split(" (")[0] for k in qty] == [r.name for r in RESOURCES]


def test_defined_names_point_at_column_b_with_label_default_and_input_style(
    built: tuple[str, Workbook],
) -> None:
    kind, wb = built
    spec = SPECS[kind]
    assert sorted(wb.defined_names) == sorted(n.key for n in spec.names)
    for name in spec.names:
        defined = wb.defined_names[name.key]
        assert defined.localSheetId is None
        ((sheet, ref),) = list(defined.destinations)
        assert sheet == spec.sheet_of_name(name.key).name
        cell = wb[sheet][ref.replace("$", "")]
        assert cell.column_letter == "B"
        assert wb[sheet].cell(cell.row, 1).value == name.label
        assert cell.value == name.default
        assert not cell.protection.locked and cell.fill.fgColor.rgb == YELLOW


def test_drop_downs_hold_exactly_the_choices(built: tuple[str, Workbook]) -> None:
    kind, wb = built
    spec = SPECS[kind]
    checked = 0
    for table in spec.tables:
        ws = wb[table.sheet]
        _, columns = _header_cells(ws, table)
        rows = _data_rows(ws, table)
        for col in table.columns:
            if not col.choices:
                continue
            letter = ws.cell(1, columns[col.key]).column_letter
            for row in (rows[0], rows[-1]):
                (dv,) = _validations_of(ws, f"{letter}{row}")
                assert dv.type == "list" and dv.showErrorMessage and not dv.showDropDown
                assert _list_values(wb, dv.formula1) == list(col.choices)
                checked += 1
    for name in spec.names:
        if name.choices:
            sheet, ref = next(iter(wb.defined_names[name.key].destinations))
            (dv,) = _validations_of(wb[sheet], ref.replace("$", ""))
            assert _list_values(wb, dv.formula1) == list(name.choices)
            checked += 1
    assert checked


def test_a_choice_with_a_comma_stays_one_item() -> None:
    wb = load_workbook(io.BytesIO(template_bytes("audit")))
    options = SPECS["audit"].table("tblOptions")
    choices = options.column("category").choices
    assert any("," in choice for choice in choices)
    ws = wb[options.sheet]
    _, columns = _header_cells(ws, options)
    letter = ws.cell(1, columns["category"]).column_letter
    (dv,) = _validations_of(ws, f"{letter}{_data_rows(ws, options)[0]}")
    assert not dv.formula1.startswith('"')  # no inline list, which would split at the comma
    assert _list_values(wb, dv.formula1) == list(choices)


def _expected_bounds(minimum: float | None, maximum: float | None) -> tuple[float, float]:
    return (
        -999_999_999_999_999 if minimum is None else minimum,
        999_999_999_999_999 if maximum is None else maximum,
    )


def test_numeric_columns_validate_type_and_bounds(built: tuple[str, Workbook]) -> None:
    kind, wb = built
    numeric = {ValueType.INTEGER, ValueType.NUMBER, ValueType.MONEY, ValueType.PERCENT}
    for table in SPECS[kind].tables:
        ws = wb[table.sheet]
        _, columns = _header_cells(ws, table)
        row = _data_rows(ws, table)[0]
        for col in table.input_columns:
            if col.type not in numeric or col.choices:
                continue
            (dv,) = _validations_of(ws, f"{ws.cell(1, columns[col.key]).column_letter}{row}")
            assert dv.type == ("whole" if col.type is ValueType.INTEGER else "decimal"), col.key
            assert dv.operator == "between"
            low, high = _expected_bounds(col.minimum, col.maximum)
            assert (float(dv.formula1), float(dv.formula2)) == (low, high), col.key


def test_date_and_period_columns_are_validated() -> None:
    wb = load_workbook(io.BytesIO(template_bytes("kpi")))
    log = SPECS["kpi"].table("tblKpiLog")
    ws = wb[log.sheet]
    _, columns = _header_cells(ws, log)
    (dv,) = _validations_of(ws, f"{ws.cell(1, columns['period']).column_letter}{_data_rows(ws, log)[0]}")
    assert (dv.type, dv.operator, dv.formula1) == ("textLength", "equal", "7")
    wb = load_workbook(io.BytesIO(template_bytes("training")))
    courses = SPECS["training"].table("tblCourses")
    ws = wb[courses.sheet]
    _, columns = _header_cells(ws, courses)
    (dv,) = _validations_of(ws, f"{ws.cell(1, columns['start']).column_letter}{_data_rows(ws, courses)[0]}")
    assert dv.type == "date"


def test_sheets_are_protected_without_password_allowing_format_sort_filter(
    built: tuple[str, Workbook],
) -> None:
    _, wb = built
    for ws in wb.worksheets:
        assert ws.protection.sheet, ws.title
        assert not ws.protection.password, ws.title
        # in OOXML a False flag means "not protected", i.e. the user may do it
        assert not ws.protection.formatColumns and not ws.protection.formatRows
        assert not ws.protection.sort and not ws.protection.autoFilter


def test_freeze_panes_widths_and_print_setup(built: tuple[str, Workbook]) -> None:
    kind, wb = built
    for table in SPECS[kind].tables:
        ws = wb[table.sheet]
        header_row, columns = _header_cells(ws, table)
        assert ws.freeze_panes == f"A{header_row + 1}"
        assert ws.print_title_rows == f"${header_row}:${header_row}"
        for col in table.columns:
            assert ws.column_dimensions[ws.cell(1, columns[col.key]).column_letter].width == col.width
    for sheet in SPECS[kind].sheets:
        ws = wb[sheet.name]
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.page_setup.orientation == "landscape"
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
        assert ws.sheet_properties.pageSetUpPr.fitToPage


def test_prefilled_rows_are_in_the_spec_order(built: tuple[str, Workbook]) -> None:
    kind, wb = built
    for table in SPECS[kind].tables:
        ws = wb[table.sheet]
        _, columns = _header_cells(ws, table)
        rows = _data_rows(ws, table)
        for offset, values in enumerate(table.prefill):
            for key in table.keys:
                assert ws.cell(rows[offset], columns[key]).value == values.get(key), (table.name, offset, key)
        for row in rows[len(table.prefill) :]:
            assert all(ws.cell(row, columns[c.key]).value is None for c in table.input_columns)


def test_audit_prices_are_prefilled_with_the_seven_resources() -> None:
    wb = load_workbook(io.BytesIO(template_bytes("audit")))
    prices = SPECS["audit"].table("tblPrices")
    ws = wb[prices.sheet]
    _, columns = _header_cells(ws, prices)
    found = [
        (ws.cell(r, columns["resource"]).value, ws.cell(r, columns["unit"]).value)
        for r in _data_rows(ws, prices)
    ]
    assert found == [(r.name, r.unit) for r in RESOURCES]


def test_summary_sheet_has_a_label_and_a_locked_formula_per_line() -> None:
    spec = SPECS["audit"]
    wb = load_workbook(io.BytesIO(template_bytes("audit")))
    for sheet in spec.sheets:
        if not sheet.summary:
            continue
        ws = wb[sheet.name]
        labels = {ws.cell(row, 1).value: row for row in range(1, ws.max_row + 1)}
        for line in sheet.summary:
            cell = ws.cell(labels[line.label], 2)
            assert cell.value.startswith("=") and "{" not in cell.value
            assert cell.protection.locked and cell.fill.fgColor.rgb == GREY
            assert cell.number_format == line.number_format


def test_readme_documents_every_sheet_name_column_choice_and_help(built: tuple[str, Workbook]) -> None:
    kind, wb = built
    spec = SPECS[kind]
    text = "\n".join(str(c.value) for row in wb[README_SHEET].iter_rows() for c in row if c.value is not None)
    expected = [s.name for s in spec.sheets] + [t.name for t in spec.tables]
    for name in spec.names:
        expected += [name.key, name.label, *name.choices] + ([name.help_vi] if name.help_vi else [])
    for table in spec.tables:
        for col in table.columns:
            expected += [col.header, col.header_en, *col.choices] + ([col.help_vi] if col.help_vi else [])
    missing = [item for item in expected if item not in text]
    assert missing == []


def test_build_is_byte_identical_across_runs_and_hash_seeds() -> None:
    code = (
        "import hashlib,sys; from vncpc_xl.workbook import template_bytes; "
        "print(' '.join(hashlib.sha256(template_bytes(k)).hexdigest() for k in sys.argv[1:]))"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", code, *KINDS],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1
    for kind in KINDS:
        assert template_bytes(kind) == template_bytes(kind)


def test_zip_entries_have_fixed_dates(built: tuple[str, Workbook]) -> None:
    kind, _ = built
    with zipfile.ZipFile(io.BytesIO(template_bytes(kind))) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert b"2024-01-01T00:00:00Z" in archive.read("docProps/core.xml")


def test_template_path_is_the_committed_file_in_a_source_checkout() -> None:
    for kind in KINDS:
        path = template_path(kind)
        assert path.parts[-3:] == ("workbooks", "templates", f"{kind}.xlsx")
        assert path.is_file()


def test_template_path_builds_into_the_cache_without_a_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vncpc_xl.workbook import _paths

    monkeypatch.setattr(_paths, "source_template_dir", lambda: None)
    monkeypatch.setenv(_paths.CACHE_ENV, str(tmp_path))
    _paths._built_template.cache_clear()
    try:
        path = template_path("kpi")
        assert path.parent == tmp_path
        assert path.read_bytes() == template_bytes("kpi")
    finally:
        _paths._built_template.cache_clear()


def test_readme_rows_are_tall_enough_for_their_wrapped_lines(built: tuple[str, Workbook]) -> None:
    """Excel does not grow rows for wrapped text on opening: a cell of n lines needs a row n lines tall."""
    _, wb = built
    ws = wb[README_SHEET]
    header = next(row[0].row for row in ws.iter_rows() if row[0].value == "Trang tính")
    checked = 0
    for row in ws.iter_rows(min_row=header + 1):
        lines = (
            max(str(cell.value).count("\n") + 1 for cell in row if cell.value is not None)
            if any(cell.value is not None for cell in row)
            else 1
        )
        if lines > 1:
            checked += 1
            assert (ws.row_dimensions[row[0].row].height or 0) >= 15 * lines, row[0].row
    assert checked > 0


def test_readme_states_the_quantity_sign_rule_only_where_quantities_are_typed(
    built: tuple[str, Workbook],
) -> None:
    kind, wb = built
    text = "\n".join(str(c.value) for row in wb[README_SHEET].iter_rows() for c in row if c.value is not None)
    assert ("số âm là tiêu thụ tăng" in text) == (kind == "audit")
    assert "Dữ liệu nằm ngoài bảng không được đọc" in text
