"""The schema's checks on what `read_workbook` read: the reader fills a `ReadState`, `run_checks` checks it.

Per-cell checks come from the column and name specs (required, drop-down list, minimum/maximum, unique);
cross-field checks are the named `Check` objects of `WorkbookSpec.checks`. Every problem becomes an `Issue`;
checking goes on after a problem (lazy), and a cell already reported by the reader is not reported twice.
This module sits below the reader: it never imports it.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from vncpc_xl.core import Resource, resolve_resource
from vncpc_xl.errors import InputError
from vncpc_xl.schema import (
    Check,
    Choices,
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
    TableSpec,
    ValueType,
    WorkbookSpec,
)
from vncpc_xl.workbook._cells import normalize_header, period_year, show
from vncpc_xl.workbook._messages import EXPECTED, make_issue, where_cell, where_name
from vncpc_xl.workbook.model import Row, Value, WorkbookData

MAX_CELLS_LISTED = 5


@dataclass
class ReadState:
    """What the checks need beyond `WorkbookData`: the cells already reported, and where each column sits."""

    data: WorkbookData
    spec: WorkbookSpec
    file: str
    reported: set[tuple[str, str]] = field(default_factory=set)  # (sheet, cell) with a conversion/error issue
    columns: dict[str, dict[str, int]] = field(default_factory=dict)  # table → key → 0-based column

    def add(self, code: str, **kwargs: Any) -> None:
        """Add the issue `code` (see `make_issue`) to the workbook's issues."""
        self.data.issues.append(make_issue(code, self.file, **kwargs))

    def report_cell(self, sheet: str, cell: str) -> None:
        """Remember that `sheet`!`cell` already has an issue, so later checks leave it alone."""
        self.reported.add((sheet, cell))


def run_checks(state: ReadState) -> None:
    """Add to `state.data.issues` every problem the schema's checks find in the values read."""
    spec = state.spec
    for name in spec.names:
        _check_name(state, name)
    for table in spec.tables:
        rows = state.data.tables.get(table.name, [])
        found = state.columns.get(table.name, {})
        for column in _checked_columns(table):
            if column.key in found:
                _check_column(state, table, column, rows)
    for check in spec.checks:
        CHECKS[type(check)](state, check)


# ---- per-cell checks ----


@lru_cache(maxsize=256)
def _choice_map(choices: tuple[str, ...]) -> dict[str, str]:
    """Return the choices keyed by their exact spelling and by their normalised, case-folded spelling."""
    folded = {normalize_header(choice).casefold(): choice for choice in choices}
    return {**folded, **{choice: choice for choice in choices}}


def _not_in_list(choices: Choices) -> dict[str, str]:
    """Return the allowed values for the message: Vietnamese as typed, English with each value's label."""
    return {"expected": choices.listed("vi"), "expected_en": choices.listed("en")}


def _limit_problem(value: Value, minimum: float | None, maximum: float | None) -> tuple[str, float] | None:
    if not isinstance(value, (int, float)):
        return None
    if minimum is not None and value < minimum:
        return "value.below_min", minimum
    if maximum is not None and value > maximum:
        return "value.above_max", maximum
    return None


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _expected(type_: ValueType, choices: Choices, label: str, label_en: str) -> dict[str, str]:
    """Return what a blank required cell should hold, e.g. ``tên doanh nghiệp`` or ``một số nguyên``."""
    if choices:
        return {
            "expected": f"một giá trị trong danh sách ({choices.listed('vi')})",
            "expected_en": f"one of: {choices.listed('en')}",
        }
    if type_ is ValueType.TEXT:
        return {"expected": _lower_first(label), "expected_en": _lower_first(label_en)}
    vi, en = EXPECTED[type_]
    return {"expected": f"{_lower_first(label)}: {vi}", "expected_en": f"{_lower_first(label_en)}: {en}"}


def _check_name(state: ReadState, spec: NameSpec) -> None:
    data = state.data
    place = data.name_cells.get(spec.key)
    if place is None or place in state.reported:
        return
    sheet, cell = place
    value = data.names.get(spec.key)
    where = where_name(cell, spec.label, spec.label_en)
    common = {"sheet": sheet, "cell": cell, "column": spec.label, "where": where}
    if value is None:
        if spec.required:
            expected = _expected(spec.type, spec.choices, spec.label, spec.label_en)
            state.add("value.required", **common, **expected)
        return
    if spec.choices:
        canonical = _choice_map(spec.choices).get(normalize_header(value).casefold())
        if canonical is None:
            state.add("value.not_in_list", value=value, **_not_in_list(spec.choices), **common)
            return
        data.names[spec.key] = canonical
    problem = _limit_problem(value, spec.minimum, spec.maximum)
    if problem:
        state.add(problem[0], value=value, expected=problem[1], **common)


_CHECKED: dict[int, tuple[TableSpec, tuple[ColumnSpec, ...]]] = {}


def _checked_columns(table: TableSpec) -> tuple[ColumnSpec, ...]:
    """Return the input columns of `table` with a per-cell check (worked out once per table spec)."""
    cached = _CHECKED.get(id(table))
    if cached is None or cached[0] is not table:
        cached = _CHECKED[id(table)] = (table, tuple(c for c in table.input_columns if _has_cell_checks(c)))
    return cached[1]


def _has_cell_checks(column: ColumnSpec) -> bool:
    return bool(
        column.required
        or column.choices
        or column.unique
        or column.minimum is not None
        or column.maximum is not None
    )


def _check_column(state: ReadState, table: TableSpec, column: ColumnSpec, rows: list[Row]) -> None:
    if not _has_cell_checks(column):
        return
    choice_map = _choice_map(column.choices) if column.choices else None
    limited = column.minimum is not None or column.maximum is not None
    seen: dict[object, str] = {}
    key = column.key
    for row in rows:
        values = row._values  # the row's own dict: choices are stored in the list's spelling
        value = values[key]
        if value is None:
            if column.required and (row.sheet, row.cell(key)) not in state.reported:
                expected = _expected(column.type, column.choices, column.header, column.header_en)
                _cell_issue(state, "value.required", row, column, None, **expected)
            continue
        if choice_map is not None:
            canonical = choice_map.get(value) or choice_map.get(normalize_header(value).casefold())
            if canonical is None:
                _cell_issue(state, "value.not_in_list", row, column, value, **_not_in_list(column.choices))
                continue
            values[key] = value = canonical
        if limited:
            problem = _limit_problem(value, column.minimum, column.maximum)
            if problem:
                _cell_issue(state, problem[0], row, column, value, problem[1])
        if column.unique:
            token = normalize_header(value) if isinstance(value, str) else value
            if token in seen:
                _cell_issue(state, "value.duplicate", row, column, value, other=seen[token])
            else:
                seen[token] = row.cell(key)


def _cell_issue(
    state: ReadState,
    code: str,
    row: Row,
    column: ColumnSpec,
    value: Value,
    expected: object = "",
    **params: Any,
) -> None:
    cell = row.cell(column.key)
    where = where_cell(cell, column.header, column.header_en)
    state.add(
        code,
        sheet=row.sheet,
        cell=cell,
        column=column.header,
        value=value,
        where=where,
        expected=expected,
        extra={"table": row.table, "row": row.row},
        **params,
    )


# ---- named checks ----


def _table_rows(state: ReadState, table: str, *keys: str) -> list[Row]:
    """Return the rows of `table` when all `keys` were found in the workbook, else no rows."""
    columns = state.columns.get(table, {})
    if not all(key in columns for key in keys):
        return []
    return state.data.tables.get(table, [])


def _usable(state: ReadState, row: Row, *keys: str) -> bool:
    return all((row.sheet, row.cell(key)) not in state.reported for key in keys)


def _check_not_before(state: ReadState, check: NotBefore) -> None:
    table = state.spec.table(check.table)
    later = table.column(check.later)
    for row in _table_rows(state, check.table, check.later, check.earlier):
        start, end = row[check.earlier], row[check.later]
        if start is None or end is None or not _usable(state, row, check.later, check.earlier):
            continue
        if end < start:  # type: ignore[operator]
            _cell_issue(state, check.code, row, later, end, other=row.cell(check.earlier), other_value=start)


def _check_not_above(state: ReadState, check: NotAbove) -> None:
    table = state.spec.table(check.table)
    part, whole = table.column(check.part), table.column(check.whole)
    inputs = formula_inputs(whole.formula) if whole.formula else (check.whole,)
    for row in _table_rows(state, check.table, check.part, check.whole, *inputs):
        value = row[check.part]
        total = recompute(whole, row) if whole.is_formula else row[check.whole]
        if not isinstance(value, (int, float)) or not isinstance(total, (int, float)):
            continue
        if value > total + 1e-9 and _usable(state, row, check.part, *inputs):
            _cell_issue(
                state,
                check.code,
                row,
                part,
                value,
                other=row.cell(check.whole),
                other_value=total,
                whole_header=whole.header,
            )


def _check_required_when(state: ReadState, check: RequiredWhen) -> None:
    data = state.data
    place = data.name_cells.get(check.name)
    condition = data.names.get(check.when)
    if place is None or place in state.reported or data.names.get(check.name) is not None:
        return
    if not isinstance(condition, str) or condition.casefold() != check.equals.casefold():
        return
    spec, when = state.spec.name(check.name), state.spec.name(check.when)
    state.add(
        check.code,
        sheet=place[0],
        cell=place[1],
        column=spec.label,
        where=where_name(place[1], spec.label, spec.label_en),
        when_label=when.label,
        when_label_en=when.label_en,
        other_value=show(condition),
        expected=_lower_first(spec.label),
        expected_en=_lower_first(spec.label_en),
    )


@lru_cache(maxsize=1024)  # headers and price-table names repeat in every workbook
def _resource_of(text: str) -> Resource | None:
    try:
        return resolve_resource(text)[0]
    except InputError:
        return None


def _price_columns(prices: TableSpec) -> tuple[ColumnSpec, ColumnSpec]:
    """Return the resource-name column and the price column of a price table (first text, first money)."""
    name = next(c for c in prices.columns if c.type is ValueType.TEXT)
    price = next(c for c in prices.columns if c.type is ValueType.MONEY)
    return name, price


def _priced(state: ReadState, prices: TableSpec) -> tuple[set[str], dict[str, Row]]:
    """Return the resource keys with a price, and each resource's row of the price table."""
    name_col, price_col = _price_columns(prices)
    priced: set[str] = set()
    rows: dict[str, Row] = {}
    for row in _table_rows(state, prices.name, name_col.key, price_col.key):
        name = row[name_col.key]
        resource = _resource_of(name) if isinstance(name, str) else None
        if resource is None:
            continue
        rows.setdefault(resource.key, row)
        if row[price_col.key] is not None or not _usable(state, row, price_col.key):
            priced.add(resource.key)  # a price cell already reported is not reported again as missing
    return priced, rows


def _check_price_for_quantity(state: ReadState, check: PriceForQuantity) -> None:
    table, prices = state.spec.table(check.table), state.spec.table(check.prices)
    if prices.name not in state.columns:
        return
    priced, price_rows = _priced(state, prices)
    found = state.columns.get(table.name, {})
    quantities = [(c, r) for c in table.input_columns if c.key in found and (r := _resource_of(c.header))]
    unpriced = [(c, r) for c, r in quantities if r.key not in priced]  # usually none: no row to look at
    missing: dict[str, list[str]] = {}
    sheet = ""
    for row in state.data.tables.get(table.name, []) if unpriced else ():
        for column, resource in unpriced:
            value = row[column.key]
            if isinstance(value, (int, float)) and value != 0:
                missing.setdefault(resource.key, []).append(row.cell(column.key))
                sheet = row.sheet
    _, price_col = _price_columns(prices)
    for key, cells in missing.items():
        resource = next(r for c, r in quantities if r.key == key)
        listed = ", ".join(cells[:MAX_CELLS_LISTED]) + (" …" if len(cells) > MAX_CELLS_LISTED else "")
        row = price_rows.get(key)
        cell = row.cell(price_col.key) if row else None
        state.add(
            check.code,
            sheet=row.sheet if row else prices.sheet,
            cell=cell,
            column=price_col.header,
            value=resource.name,
            where=where_cell(cell, price_col.header, price_col.header_en),
            other=f"{sheet}!{listed}",
            extra={"table": prices.name, "quantity_cells": cells},
        )


def _year_and_cell(state: ReadState, year_name: str) -> tuple[int, str] | None:
    """Return the year kept in defined name `year_name` and its ``sheet!cell``; None when it is not usable."""
    year = state.data.names.get(year_name)
    place = state.data.name_cells.get(year_name)
    if not isinstance(year, int) or place is None:
        return None
    return year, f"{place[0]}!{place[1]}"


def _rows_against_year(
    state: ReadState, check: PeriodInYear | DateInYear
) -> Iterator[tuple[Row, ColumnSpec, int, str]]:
    """Yield each row of the check's table with its column, the workbook's year and that year's cell.

    Nothing is yielded when the year is not usable (its own check reports it).
    """
    found = _year_and_cell(state, check.year_name)
    if found is None:
        return
    year, other = found
    column = state.spec.table(check.table).column(check.column)
    for row in _table_rows(state, check.table, check.column):
        yield row, column, year, other


def _check_period_in_year(state: ReadState, check: PeriodInYear) -> None:
    for row, column, year, other in _rows_against_year(state, check):
        period = row[check.column]
        if isinstance(period, str) and period_year(period) != year:
            _cell_issue(
                state, check.code, row, column, period, other=other, other_value=year, year=period[:4]
            )


def _check_date_in_year(state: ReadState, check: DateInYear) -> None:
    for row, column, year, other in _rows_against_year(state, check):
        value = row[check.column]
        if check.when is not None and row[check.when] != check.equals:
            continue
        if isinstance(value, dt.date) and value.year != year and _usable(state, row, check.column):
            _cell_issue(state, check.code, row, column, value, other=other, other_value=year, year=value.year)


def _months(period: str) -> set[tuple[int, int]]:
    """Return the (year, month) pairs a normalised period covers (``2003-Q1`` → Jan–Mar 2003)."""
    year = period_year(period)
    if period[5] == "Q":
        quarter = int(period[6])
        return {(year, month) for month in range(3 * quarter - 2, 3 * quarter + 1)}
    return {(year, int(period[5:7]))}


def _check_periods_do_not_overlap(state: ReadState, check: PeriodsDoNotOverlap) -> None:
    column = state.spec.table(check.table).column(check.column)
    seen: dict[tuple[int, int], Row] = {}
    for row in _table_rows(state, check.table, check.column):
        period = row[check.column]
        if not isinstance(period, str):
            continue
        months = _months(period)
        earlier = next((seen[m] for m in sorted(months) if m in seen), None)
        if earlier is not None and earlier[check.column] != period and _usable(state, row, check.column):
            other = earlier.cell(check.column)
            _cell_issue(
                state, check.code, row, column, period, other=other, other_value=earlier[check.column]
            )
        seen.update(dict.fromkeys(months, row))


def _check_references(state: ReadState, check: References) -> None:
    target = state.spec.table(check.target_table).column(check.target_column)
    if check.target_column not in state.columns.get(check.target_table, {}):
        return  # the missing table or column is reported already
    targets = _table_rows(state, check.target_table, check.target_column)
    known = {
        normalize_header(row[check.target_column]) for row in targets if row[check.target_column] is not None
    }
    column = state.spec.table(check.table).column(check.column)
    for row in _table_rows(state, check.table, check.column):
        value = row[check.column]
        if value is not None and normalize_header(value) not in known:
            _cell_issue(
                state,
                check.code,
                row,
                column,
                value,
                target_header=target.header,
                target_table=check.target_table,
            )


CHECKS: dict[type[Check], Callable[[ReadState, Any], None]] = {
    NotBefore: _check_not_before,
    NotAbove: _check_not_above,
    RequiredWhen: _check_required_when,
    PriceForQuantity: _check_price_for_quantity,
    PeriodInYear: _check_period_in_year,
    DateInYear: _check_date_in_year,
    PeriodsDoNotOverlap: _check_periods_do_not_overlap,
    References: _check_references,
}


# ---- recomputing a simple formula column ----

_GUARD = re.compile(r'^=?IF\(\{row:\w+\}="","",(?P<expr>.*)\)$')
_ROW_REF = re.compile(r"\{row:(\w+)\}")
_ALLOWED = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Constant, ast.Name, ast.Load)
_ALLOWED += (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.USub, ast.UAdd)


def formula_inputs(formula: str) -> tuple[str, ...]:
    """Return the column keys a formula template reads from its own row (``{row:KEY}``), in order."""
    return tuple(dict.fromkeys(_ROW_REF.findall(formula)))


@lru_cache(maxsize=64)
def _arithmetic(formula: str) -> ast.Expression | None:
    """Return the parsed arithmetic of a formula template made only of row cells, numbers and + - * /."""
    match = _GUARD.match(formula)
    expr = match["expr"] if match else formula.lstrip("=")
    try:
        tree = ast.parse(_ROW_REF.sub(r"\1", expr), mode="eval")
    except SyntaxError:
        return None
    return tree if all(isinstance(node, _ALLOWED) for node in ast.walk(tree)) else None


def _evaluate(node: ast.AST, values: Row) -> float:
    if isinstance(node, ast.Expression):
        return _evaluate(node.body, values)
    if isinstance(node, ast.Constant):
        return float(node.value)
    if isinstance(node, ast.Name):
        value = values[node.id]
        if value is None:
            return 0.0
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(node.id)
        return float(value)
    if isinstance(node, ast.UnaryOp):
        operand = _evaluate(node.operand, values)
        return -operand if isinstance(node.op, ast.USub) else operand
    assert isinstance(node, ast.BinOp)
    left, right = _evaluate(node.left, values), _evaluate(node.right, values)
    operations = {
        ast.Add: float.__add__,
        ast.Sub: float.__sub__,
        ast.Mult: float.__mul__,
        ast.Div: float.__truediv__,
    }
    return operations[type(node.op)](left, right)


def recompute(column: ColumnSpec, row: Row) -> float | None:
    """Return formula column `column` of `row` computed from the row's input cells (blank = 0).

    Only arithmetic formulas are recomputed (e.g. person-days = days × participants); for any other formula,
    or when an input is not a number, the value read from the file is returned (None when there is none).

    The cached value is never trusted for arithmetic the schema states: a workbook saved by a tool other
    than Excel has no cached values.
    """
    tree = _arithmetic(column.formula) if column.formula else None
    if tree is None:
        cached = row.get(column.key)
        return float(cached) if isinstance(cached, (int, float)) else None
    try:
        return _evaluate(tree, row)
    except (TypeError, KeyError, ZeroDivisionError):
        return None
