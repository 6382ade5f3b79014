"""Fill a copy of a template the way a user would: defined names' cells and table rows, by column key.

Used by `vncpc-xl new`, the examples, the tests and the benchmarks. The template is opened with openpyxl,
values are typed into the input cells, a table with more rows than the template carries is extended (its
range, formulas, styles and drop-downs follow), and the file is saved with fixed timestamps.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from copy import copy
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.cell_range import CellRange, MultiCellRange
from openpyxl.worksheet.worksheet import Worksheet

from vncpc_xl.errors import BilingualError, VncpcError
from vncpc_xl.schema import TableSpec, WorkbookSpec, spec_for
from vncpc_xl.workbook._archive import workbook_bytes, write_atomic
from vncpc_xl.workbook._formula import resolve
from vncpc_xl.workbook._layout import Layout, TablePlace, plan
from vncpc_xl.workbook._paths import check_kind, template_path

Names = Mapping[str, object]
Tables = Mapping[str, Sequence[Mapping[str, object]]]
_YEAR_NAMES = ("AssessmentYear", "Year")
_COMPANY_NAMES = ("CompanyName", "CentreName")


def _unknown(what_vi: str, what_en: str, key: str, accepted: Sequence[str]) -> VncpcError:
    listed = ", ".join(accepted)
    return VncpcError(
        f"{what_vi} không có trong mẫu: {key!r}; chấp nhận: {listed}. "
        f"({what_en} not in the template: {key!r}; accepted: {listed}.)"
    )


def _check_keys(spec: WorkbookSpec, names: Names, tables: Tables) -> None:
    known_names = [n.key for n in spec.names]
    for key in names:
        if key not in known_names:
            raise _unknown("Tên xác định", "Defined name", key, known_names)
    known_tables = [t.name for t in spec.tables]
    for name, rows in tables.items():
        if name not in known_tables:
            raise _unknown("Bảng", "Table", name, known_tables)
        table = spec.table(name)
        for row in rows:
            for key in row:
                if key not in table.keys:
                    raise _unknown(f"Cột của {name}", f"Column of {name}", key, table.keys)


def _check_template(wb: Workbook, layout: Layout, path: Path) -> None:
    for name, place in layout.tables.items():
        ws = wb[place.sheet]
        if name not in ws.tables or ws.tables[name].ref != place.ref:
            raise VncpcError(
                f"Mẫu {path.name} không khớp với phần mềm (bảng {name}); chạy `vncpc-xl templates build`. "
                f"(Template {path.name} does not match this version (table {name}); "
                "run `vncpc-xl templates build`.)"
            )


def _extend_validations(ws: Worksheet, old: TablePlace, new: TablePlace) -> None:
    for rule in ws.data_validations.dataValidation:
        ranges = []
        for rng in rule.sqref.ranges:
            inside = old.first_col <= rng.min_col and rng.max_col <= old.last_col
            if inside and rng.min_row == old.first_row and rng.max_row == old.last_row:
                rng = CellRange(
                    min_col=rng.min_col, min_row=rng.min_row, max_col=rng.max_col, max_row=new.last_row
                )
            ranges.append(rng)
        rule.sqref = MultiCellRange(ranges)


def _extend_table(ws: Worksheet, old: TablePlace, new: TablePlace) -> None:
    """Grow table `old` to the rows of `new`: styles of the last ready row, drop-downs and the table range."""
    for row in range(old.last_row + 1, new.last_row + 1):
        for col in range(new.first_col, new.last_col + 1):
            ws.cell(row, col)._style = copy(ws.cell(old.last_row, col)._style)
    _extend_validations(ws, old, new)
    table = ws.tables[new.spec.name]
    table.ref = new.ref
    if table.autoFilter is not None:
        table.autoFilter.ref = new.ref


def _write_rows(
    ws: Worksheet, place: TablePlace, rows: Sequence[Mapping[str, object]]
) -> set[tuple[int, str]]:
    """Clear the input cells of `place` (and any prefill), write `rows`; return typed-over formulas."""
    table: TableSpec = place.spec
    for row in range(place.first_row, place.last_row + 1):
        for col in table.input_columns:
            ws.cell(row, place.col(col.key)).value = None
    overridden = set()
    for offset, values in enumerate(rows):
        for key, value in values.items():
            ws.cell(place.first_row + offset, place.col(key)).value = value
            if table.column(key).is_formula:
                overridden.add((place.first_row + offset, key))
    return overridden


def _refresh_formulas(wb: Workbook, layout: Layout, overridden: Mapping[str, set[tuple[int, str]]]) -> None:
    """Rewrite every formula of `layout` (tables grew, so references moved), keeping typed-over cells."""
    for name, place in layout.tables.items():
        ws = wb[place.sheet]
        for col in place.spec.columns:
            if col.formula is None:
                continue
            for row in range(place.first_row, place.last_row + 1):
                if (row, col.key) not in overridden.get(name, set()):
                    ws.cell(row, place.col(col.key)).value = resolve(col.formula, layout, place, row)
    for line in layout.summary:
        wb[line.sheet].cell(line.row, 2).value = resolve(line.line.formula, layout)


def fill_workbook(kind: str, out: Path, *, names: Names | None = None, tables: Tables | None = None) -> Path:
    """Write a filled copy of the template of `kind` to `out` and return `out`.

    `names` maps defined names to values; `tables` maps a table name to its rows, each a mapping of column
    key to value (``datetime.date`` for dates). Given rows replace a table's pre-filled rows; a table with
    more rows than the template carries is extended. A value given for a formula column replaces that
    cell's formula, as a user typing over it would. Unknown names, tables or keys raise `VncpcError`.
    """
    return write_atomic(Path(out), workbook_bytes(filled_template(kind, names=names, tables=tables)))


def filled_template(kind: str, *, names: Names | None = None, tables: Tables | None = None) -> Workbook:
    """Return the template of `kind` opened and filled as `fill_workbook` describes, not yet saved."""
    spec = spec_for(check_kind(kind))
    names, tables = dict(names or {}), dict(tables or {})
    _check_keys(spec, names, tables)
    source = template_path(kind)
    wb = load_workbook(source)
    ready = plan(spec)
    _check_template(wb, ready, source)
    layout = plan(spec, {name: len(rows) for name, rows in tables.items()})
    for key, value in names.items():
        place = layout.names[key]
        wb[place.sheet][place.cell].value = value
    overridden = {}
    for name, rows in tables.items():
        place = layout.tables[name]
        if place.rows > ready.tables[name].rows:
            _extend_table(wb[place.sheet], ready.tables[name], place)
        overridden[name] = _write_rows(wb[place.sheet], place, rows)
    if layout != ready:
        _refresh_formulas(wb, layout, overridden)
    return wb


def _exists_error(path: Path) -> BilingualError:
    return BilingualError(
        f"Tệp {path} đã tồn tại; phần mềm không ghi đè. Chọn tên khác hoặc xóa tệp cũ.",
        f"File {path} already exists and is not overwritten; choose another name or delete the old file.",
    )


def _name_for(spec: WorkbookSpec, candidates: Sequence[str], option: str) -> str:
    keys = [n.key for n in spec.names]
    for key in candidates:
        if key in keys:
            return key
    raise BilingualError(
        f"Sổ loại {spec.kind} không có ô cho {option}.", f"A {spec.kind} workbook has no {option}."
    )


def new_workbook(kind: str, path: Path, *, year: int | None = None, company: str | None = None) -> Path:
    """Create a new workbook of `kind` at `path` from its template and return `path`.

    `year` goes into ``AssessmentYear`` (audit) or ``Year``; `company` into ``CompanyName`` (audit) or
    ``CentreName`` (centre). An existing file is never overwritten: `VncpcError`.
    """
    spec = spec_for(check_kind(kind))
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise VncpcError(f"Tên tệp phải có đuôi .xlsx: {path}. (The file name must end in .xlsx: {path}.)")
    if path.exists():
        raise _exists_error(path)
    names: dict[str, object] = {}
    if year is not None:
        names[_name_for(spec, _YEAR_NAMES, "--year")] = int(year)
    if company is not None:
        names[_name_for(spec, _COMPANY_NAMES, "--company")] = company
    if not names:
        return write_atomic(path, template_path(kind).read_bytes())
    return fill_workbook(kind, path, names=names)
