"""`read_workbook`: one .xlsx file → `WorkbookData` (typed names and table rows, with every issue found).

The file is read once, in read-only mode, and never modified. Its kind comes from the hidden `_meta` sheet;
tables are found by name, columns by exact header text (whitespace-normalised) and single values by defined
name, never by position. Bad data never raises: each problem becomes an `Issue`, and `validate` then runs the
schema's per-cell and cross-field checks on what could be read.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from lxml import etree
from python_calamine import CalamineError

from vncpc_xl.errors import Severity
from vncpc_xl.schema import (
    KINDS,
    META_SHEET,
    SPECS,
    ColumnSpec,
    NameSpec,
    SheetSpec,
    TableSpec,
    ValueType,
)
from vncpc_xl.workbook._cells import (
    address,
    clean_text,
    col_letter,
    convert,
    is_blank,
    normalize_header,
    split_ref,
    to_integer,
)
from vncpc_xl.workbook._layout import quote_sheet, template_layout
from vncpc_xl.workbook._messages import hints, make_issue, where_cell, where_name
from vncpc_xl.workbook._package import Package, SheetScan, TableInfo, parse_name_ref
from vncpc_xl.workbook._zipsafe import ZipRejected, check_file_size
from vncpc_xl.workbook.checks import ReadState, run_checks
from vncpc_xl.workbook.model import Row, Value, WorkbookData

# The sheets some workbook kind reads (the kind is known only once _meta is read).
READ_SHEETS = frozenset(
    {
        META_SHEET,
        *(sheet.name for spec in SPECS.values() for sheet in spec.sheets if sheet.names or sheet.tables),
    }
)
KIND_CELL = (0, 1)  # _meta!B1
VERSION_CELL = (1, 1)  # _meta!B2
_BLANK_ROW: list[Any] = []


def read_workbook(path: Path | str) -> WorkbookData:
    """Return the names, tables and issues of the workbook at `path`; never raises on bad data.

    The file is opened read-only; its SHA-256 is computed from the same bytes that are parsed. Issues
    cover the container (not a workbook, corrupt zip, zip bomb), the kind and template version in `_meta`,
    the structure (sheets, tables, columns, defined names, values typed below a table), each cell (types,
    lists, required values, Excel errors, overwritten formulas) and the schema's cross-field checks. A number
    shown with a percent format (typed ``10%``, stored 0.1) in a percent column is read as 10.
    """
    path = Path(path)
    data = WorkbookData(path=path)
    file = str(path)
    raw = _read_bytes(path, data, file)
    if raw is None:
        return data
    data.sha256 = hashlib.sha256(raw).hexdigest()
    if not raw:
        data.issues.append(make_issue("file.empty", file))
        return data
    try:
        package = Package(raw, READ_SHEETS)
        state = _read_meta(package, data, file)
        if state is not None:
            _read_contents(package, state)
    except ZipRejected as exc:
        data.issues.append(make_issue(exc.code, file, detail=exc.detail, **exc.params))
    except (
        CalamineError,
        etree.Error,
        zlib.error,
        OSError,
        KeyError,
        ValueError,
        IndexError,
        OverflowError,
    ) as exc:
        data.issues.append(make_issue("file.corrupt", file, detail=f"{type(exc).__name__}: {exc}"))
    return data


def _read_bytes(path: Path, data: WorkbookData, file: str) -> bytes | None:
    try:
        if not path.is_file():
            data.issues.append(make_issue("file.not_found", file, path=file))
            return None
        check_file_size(path.stat().st_size)
        with path.open("rb") as handle:  # read-only; the file is never written
            return handle.read()
    except ZipRejected as exc:
        data.issues.append(make_issue(exc.code, file, detail=exc.detail, **exc.params))
    except OSError as exc:
        data.issues.append(make_issue("file.unreadable", file, detail=exc.strerror or type(exc).__name__))
    return None


# ---- _meta: kind and template version ----


def kind_of(meta_kind: object) -> str | None:
    """Return the workbook kind that the value of ``_meta!B1`` names, or None when it names none of ours."""
    if is_blank(meta_kind):
        return None
    kind = normalize_header(meta_kind).casefold()
    return kind if kind in SPECS else None


def _read_meta(package: Package, data: WorkbookData, file: str) -> ReadState | None:
    if package.has_macros:
        data.issues.append(make_issue("file.macros", file))
    if META_SHEET not in package.sheets:
        data.issues.append(make_issue("meta.missing", file))
        return None
    raw_kind = _cell_value(package, META_SHEET, *KIND_CELL)
    kind = kind_of(raw_kind)
    if kind is None:
        code = "meta.kind_unknown" if not is_blank(raw_kind) else "meta.kind_missing"
        value = None if is_blank(raw_kind) else raw_kind
        data.issues.append(
            make_issue(code, file, sheet=META_SHEET, cell="B1", value=value, expected=", ".join(KINDS))
        )
        return None
    spec = SPECS[kind]
    data.kind = kind
    raw_version = _cell_value(package, META_SHEET, *VERSION_CELL)
    version, problem = to_integer(raw_version)
    if problem or version is None or version < 1:
        value = None if is_blank(raw_version) else raw_version
        shown = "“”" if value is None else None
        data.issues.append(
            make_issue(
                "meta.version_invalid",
                file,
                sheet=META_SHEET,
                cell="B2",
                value=value,
                shown=shown,
                expected=spec.version,
            )
        )
        return None
    data.version = version
    if version > spec.version:
        data.issues.append(
            make_issue(
                "meta.version_newer", file, sheet=META_SHEET, cell="B2", value=version, expected=spec.version
            )
        )
        return None
    return ReadState(data, spec, file)


# ---- structure, names and tables ----


def _read_contents(package: Package, state: ReadState) -> None:
    _check_sheets(package, state)
    for name in state.spec.names:
        _read_name(package, state, name)
    for table in state.spec.tables:
        state.data.tables[table.name] = _read_table(package, state, table)
    run_checks(state)
    _sort_issues(state.data, list(package.sheets))


def _sort_issues(data: WorkbookData, sheets: list[str]) -> None:
    """Sort the issues as a reader meets the cells: by sheet (workbook order), row, then column."""
    order = {name: index for index, name in enumerate(sheets)}

    def key(issue: Any) -> tuple[int, int, int]:
        pos = split_ref(issue.cell) if issue.cell else None
        row, col = pos if pos else (-1, -1)
        return (order.get(issue.sheet, -1) if issue.sheet else -1, row, col)

    data.issues.sort(key=key)


def _renamed_to(package: Package, state: ReadState, sheet: SheetSpec) -> str | None:
    """Return the sheet now holding the tables or defined names of the missing `sheet` (it was renamed)."""
    expected = {s.name for s in state.spec.sheets}
    places = [
        package.tables[t.name.casefold()].sheet for t in sheet.tables if t.name.casefold() in package.tables
    ]
    for name in sheet.names:
        text = package.defined_names.get(name.key.casefold())
        places.append(parse_name_ref(text).sheet if text else None)
    return next((p for p in places if p and p in package.sheets and p not in expected), None)


def _check_sheets(package: Package, state: ReadState) -> None:
    for sheet in state.spec.sheets:
        if sheet.name in package.sheets:
            continue
        renamed = _renamed_to(package, state, sheet)
        issue = make_issue(
            "sheet.missing",
            state.file,
            variant="sheet.renamed" if renamed else None,
            sheet=renamed or sheet.name,
            sheet_name=sheet.name,
            current=renamed,
        )
        if not (sheet.names or sheet.tables):  # a summary sheet is for the user only
            issue = replace(issue, severity=Severity.WARNING)
        state.data.issues.append(issue)


def _cell_value(package: Package, sheet: str, row: int, col: int) -> Any:
    """Return the raw value of 0-based `row`, `col` of `sheet` (``""`` beyond the sheet's used range)."""
    grid = package.grid(sheet)
    values = grid[row] if row < len(grid) else _BLANK_ROW
    return values[col] if col < len(values) else ""


def _name_labels(state: ReadState, spec: NameSpec, home: str) -> dict[str, str]:
    """Return what a message about defined name `spec` quotes (its labels and the template's cell)."""
    cell = template_layout(state.spec.kind).names[spec.key].cell
    return {
        "name": spec.key,
        "label": spec.label,
        "label_en": spec.label_en,
        "sheet": home,
        "template_cell": f"{quote_sheet(home)}!{cell}",
    }


_WHERE: dict[int, tuple[NameSpec, Callable[[str], tuple[str, str]]]] = {}


def _name_where(spec: NameSpec) -> Callable[[str], tuple[str, str]]:
    """Return how messages name the cell of defined name `spec` (made once per name spec)."""
    cached = _WHERE.get(id(spec))
    if cached is None or cached[0] is not spec:
        cached = _WHERE[id(spec)] = (spec, partial(where_name, label=spec.label, label_en=spec.label_en))
    return cached[1]


def _read_name(package: Package, state: ReadState, spec: NameSpec) -> None:
    data = state.data
    data.names[spec.key] = None
    text = package.defined_names.get(spec.key.casefold())
    home = state.spec.sheet_of_name(spec.key).name  # where the template keeps it
    home_missing = home not in package.sheets  # reported once as sheet.missing, not once per name
    if text is None:
        if not home_missing:
            state.add("name.missing", **_name_labels(state, spec, home))
        return
    ref = parse_name_ref(text)
    if ref.broken or ref.sheet not in package.sheets:
        if not home_missing:
            state.add("name.broken", value=text, **_name_labels(state, spec, home))
        return
    sheet, cell = ref.sheet, ref.cell
    data.name_cells[spec.key] = (sheet, cell)
    where = _name_where(spec)
    raw = _cell_value(package, sheet, ref.row, ref.col)
    scan = package.scan(sheet)
    value = _checked_value(
        state, scan, raw, spec.type, sheet=sheet, cell=cell, column=spec.label, where=where
    )
    if (
        value is None
        and not spec.required
        and spec.default is not None
        and (sheet, cell) not in state.reported
    ):
        value = spec.default
    data.names[spec.key] = value


def _checked_value(
    state: ReadState,
    scan: SheetScan,
    raw: Any,
    value_type: Any,
    *,
    sheet: str,
    cell: str,
    column: str,
    where: Callable[[str], tuple[str, str]],
    formulas: set[str] | None = None,
) -> Value:
    """Return the converted value of an input cell; report Excel errors, bad types, uncalculated formulas.

    `formulas` holds at least the sheet's formula cells of the cell's row (default: the whole sheet's).
    """
    error = scan.errors.get(cell)
    if error is not None:
        state.add("cell.excel_error", sheet=sheet, cell=cell, column=column, value=error, where=where(cell))
        state.report_cell(sheet, cell)
        return None
    if is_blank(raw):
        if cell in (scan.formulas if formulas is None else formulas):
            state.add("cell.formula_no_value", sheet=sheet, cell=cell, column=column, where=where(cell))
            state.report_cell(sheet, cell)
        return None
    value, problem = convert(raw, value_type)
    if problem:
        state.add(
            problem,
            sheet=sheet,
            cell=cell,
            column=column,
            value=raw,
            where=where(cell),
            **hints(raw, value_type),
        )
        state.report_cell(sheet, cell)
        return None
    if value_type is ValueType.PERCENT and cell in scan.percent:
        return from_percent_format(value)
    return value


def from_percent_format(value: Value) -> Value:
    """Return the percent points of a number shown with a percent format (``10%`` is stored as 0.1 → 10)."""
    return round(value * 100, 10) if isinstance(value, (int, float)) else value


def _find_table(package: Package, state: ReadState, spec: TableSpec) -> TableInfo | None:
    info = package.tables.get(spec.name.casefold())
    if info is None and spec.sheet in package.sheets:  # a missing sheet is reported once, as sheet.missing
        known = {t.name.casefold() for t in state.spec.tables}
        strangers = [
            t for t in package.tables.values() if t.sheet == spec.sheet and t.name.casefold() not in known
        ]
        renamed = strangers[0] if len(strangers) == 1 else None
        state.add(
            "table.missing",
            variant="table.renamed" if renamed else None,
            sheet=spec.sheet,
            cell=address(renamed.first_row, renamed.first_col) if renamed else None,
            table=spec.name,
            title=spec.title,
            title_en=spec.title_en,
            sheet_name=spec.sheet,
            current=renamed.name if renamed else None,
            extra={"table": spec.name},
        )
    return info


def _header_columns(package: Package, info: TableInfo) -> dict[str, int]:
    """Return normalised header text → 0-based column of table `info`."""
    found: dict[str, int] = {}
    grid = package.grid(info.sheet)
    header = grid[info.first_row] if info.header_rows and info.first_row < len(grid) else _BLANK_ROW
    for offset, col in enumerate(range(info.first_col, info.last_col + 1)):
        text = header[col] if col < len(header) else ""
        if is_blank(text) and offset < len(info.columns):
            text = info.columns[offset]
        if not is_blank(text):
            found.setdefault(normalize_header(text), col)
    return found


def _renamed_header(
    package: Package, spec: TableSpec, info: TableInfo, index: int, version: int
) -> tuple[int, Any] | None:
    """Return ``(column, header text)`` when column `index` of `spec` sits where the template of `version` put
    it under another, unknown header (a renamed column); None when columns were added or deleted."""
    if info.last_col - info.first_col + 1 != len(spec.columns_of(version)) or not info.header_rows:
        return None
    col = info.first_col + index
    text = _cell_value(package, info.sheet, info.first_row, col)
    known = {normalize_header(c.header) for c in spec.columns}
    if is_blank(text) or normalize_header(text) in known:
        return None
    return col, text


def _column_map(package: Package, state: ReadState, spec: TableSpec, info: TableInfo) -> dict[str, int]:
    headers = _header_columns(package, info)
    version = state.data.version or state.spec.version
    columns: dict[str, int] = {}
    for index, column in enumerate(spec.columns):
        col = headers.get(normalize_header(column.header))
        if col is not None:
            columns[column.key] = col
            continue
        if column.since > version:  # an older template never had it: read as blank
            continue
        renamed = _renamed_header(package, spec, info, index, version)
        state.add(
            "table.column_missing",
            variant="table.column_renamed" if renamed else None,
            sheet=info.sheet,
            cell=address(info.first_row, renamed[0] if renamed else info.first_col),
            column=column.header,
            value=renamed[1] if renamed else None,
            table=spec.name,
            header=column.header,
            header_en=column.header_en,
            extra={"table": spec.name},
        )
    return columns


# Column types whose float cell is taken as is, on `_read_row`'s fast path (an integer column checks it).
_FLOAT_TYPES = frozenset({ValueType.NUMBER, ValueType.MONEY, ValueType.PERCENT})


class _Column:
    """How one column of a table is read: its spec, 0-based column, letter, and how messages name a cell.

    `floats` and `text` say which raw cells `_read_row` takes as they are (a float in a number column, a
    non-blank text in a text column); everything else goes through `_checked_value`.
    """

    __slots__ = ("col", "floats", "formula", "key", "letter", "percent", "spec", "text", "where")

    def __init__(self, spec: ColumnSpec, col: int, letter: str) -> None:
        self.spec = spec
        self.key = spec.key
        self.col = col
        self.letter = letter
        self.where: Callable[[str], tuple[str, str]] = partial(
            where_cell, header=spec.header, header_en=spec.header_en
        )
        self.formula = spec.formula is not None
        self.floats = spec.type in _FLOAT_TYPES
        self.percent = spec.type is ValueType.PERCENT
        self.text = spec.type is ValueType.TEXT


_Plan = tuple[dict[str, str], list[_Column], list[int], list[str]]
_PLANS: dict[tuple[int, tuple[tuple[str, int], ...]], tuple[TableSpec, _Plan]] = {}


def _plan(spec: TableSpec, columns: tuple[tuple[str, int], ...]) -> _Plan:
    """Return how the columns of `spec` found at `columns` (key, 0-based column) are read: their letters, the
    per-column plan, the input columns and the keys not found. Workbooks of one template share it."""
    cache_key = (id(spec), columns)
    cached = _PLANS.get(cache_key)
    if cached is not None and cached[0] is spec:
        return cached[1]
    found = dict(columns)
    letters = {key: col_letter(col) for key, col in found.items()}
    plan = [_Column(c, found[c.key], letters[c.key]) for c in spec.columns if c.key in found]
    inputs = [column.col for column in plan if not column.spec.is_formula]
    missing = [c.key for c in spec.columns if c.key not in found]
    if len(_PLANS) > 256:  # templates are few; a pathological folder must not grow it without bound
        _PLANS.clear()
    _PLANS[cache_key] = (spec, (letters, plan, inputs, missing))
    return letters, plan, inputs, missing


def _read_table(package: Package, state: ReadState, spec: TableSpec) -> list[Row]:
    info = _find_table(package, state, spec)
    if info is None:
        return []
    columns = _column_map(package, state, spec, info)
    state.columns[spec.name] = columns
    letters, plan, inputs, missing = _plan(spec, tuple(columns.items()))
    grid = package.grid(info.sheet)
    scan = package.scan(info.sheet)
    lines = ((r, grid[r] if r < len(grid) else _BLANK_ROW) for r in info.data_rows)
    filled = [(r, values) for r, values in lines if _row_has_input(values, inputs, r, scan)]
    formulas = scan.formulas_in(filled[0][0] + 1, filled[-1][0] + 1) if filled else set()
    rows: list[Row] = []
    for r, values in filled:
        out = _read_row(state, scan, formulas, info.sheet, r + 1, values, plan)
        for key in missing:
            out[key] = None
        rows.append(Row(out, table=spec.name, sheet=info.sheet, row=r + 1, letters=letters))
    _check_rows_outside(package, state, spec, info)
    return rows


def _inside(info: TableInfo, row: int, col: int) -> bool:
    return info.first_row <= row <= info.last_row and info.first_col <= col <= info.last_col


def _row_list(rows: list[int], limit: int = 8) -> str:
    """Return sheet rows as runs, e.g. ``55–57, 60`` (at most `limit` runs, then ``…``)."""
    runs: list[list[int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1][1] = row
        else:
            runs.append([row, row])
    text = [f"{a}–{b}" if b > a else str(a) for a, b in runs[:limit]]
    return ", ".join(text) + (", …" if len(runs) > limit else "")


def _first_value_below(
    package: Package, info: TableInfo, others: list[TableInfo], row: int
) -> tuple[int, Any] | None:
    """Return ``(column, value)`` of the first non-blank cell of sheet row `row` in the table's columns."""
    values = package.grid(info.sheet)[row]
    errors = package.scan(info.sheet).errors
    for col in range(info.first_col, min(info.last_col + 1, len(values))):
        raw = values[col]
        if is_blank(raw):
            raw = errors.get(address(row, col)) if errors else None
            if raw is None:
                continue
        if not any(_inside(other, row, col) for other in others):
            return col, raw
    return None


def _check_rows_outside(package: Package, state: ReadState, spec: TableSpec, info: TableInfo) -> None:
    """Report values typed below a table, in its columns: they are not part of the table and would be lost."""
    grid = package.grid(info.sheet)
    if len(grid) <= info.last_row + 1:
        return
    others = [t for t in package.tables.values() if t.sheet == info.sheet and t is not info]
    rows: list[int] = []
    first: tuple[str, Any] | None = None
    for row in range(info.last_row + 1, len(grid)):
        found = _first_value_below(package, info, others, row)
        if found is None:
            continue
        rows.append(row + 1)
        first = first or (address(row, found[0]), found[1])
    if first is None:
        return
    top_left = address(info.first_row, info.first_col)
    state.add(
        "table.rows_outside",
        sheet=info.sheet,
        cell=first[0],
        value=first[1],
        at=first[0],
        sheet_name=info.sheet,
        table=spec.name,
        rows=_row_list(rows),
        ref=f"{top_left}:{address(info.last_row, info.last_col)}",
        new_ref=f"{top_left}:{address(rows[-1] - 1, info.last_col)}",
        extra={"table": spec.name, "rows": rows},
    )
    state.report_cell(info.sheet, first[0])


def _row_has_input(values: list[Any], inputs: list[int], row: int, scan: SheetScan) -> bool:
    width = len(values)
    for col in inputs:
        if col < width:
            raw = values[col]
            if raw != "" and not (raw.__class__ is str and raw.isspace()):
                return True
    if scan.errors:
        return any(address(row, col) in scan.errors for col in inputs)
    return False


def _read_row(
    state: ReadState,
    scan: SheetScan,
    formulas: set[str],
    sheet: str,
    number: int,
    values: list[Any],
    plan: list[_Column],
) -> dict[str, Value]:
    """Return the values of one table row; the common cases (a number, a text, a blank) take a fast path.

    `formulas` holds at least the formula cells of this row (`SheetScan.formulas_in`).
    """
    width = len(values)
    errors = scan.errors
    row = str(number)
    out: dict[str, Value] = {}
    for column in plan:
        col = column.col
        raw = values[col] if col < width else ""
        if column.formula:
            out[column.key] = _formula_value(state, scan, formulas, column, raw, sheet, column.letter + row)
            continue
        kind = raw.__class__
        if kind is float and column.floats:
            if column.percent and column.letter + row in scan.percent:
                raw = from_percent_format(raw)
            out[column.key] = raw
        elif kind is str and column.text and raw and not raw.isspace():
            out[column.key] = raw.strip() if raw.isascii() else clean_text(raw)
        elif raw == "" and not errors and not (formulas and column.letter + row in formulas):
            out[column.key] = None
        else:
            spec = column.spec
            out[column.key] = _checked_value(
                state,
                scan,
                raw,
                spec.type,
                sheet=sheet,
                cell=column.letter + row,
                column=spec.header,
                where=column.where,
                formulas=formulas,
            )
    return out


def _formula_value(
    state: ReadState, scan: SheetScan, formulas: set[str], column: _Column, raw: Any, sheet: str, cell: str
) -> Value:
    """Return the cached value of a formula cell; report a formula column overwritten by a constant."""
    error = scan.errors.get(cell) if scan.errors else None
    if cell not in formulas:
        value = error if error is not None else (None if is_blank(raw) else raw)
        code = "formula.missing" if value is None else "formula.overwritten"
        state.add(
            code, sheet=sheet, cell=cell, column=column.spec.header, value=value, where=column.where(cell)
        )
        state.report_cell(sheet, cell)
    if error is not None or raw == "":
        return None
    value, problem = convert(raw, column.spec.type)
    return None if problem else value
