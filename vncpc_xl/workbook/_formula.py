"""Resolve the schema's formula placeholders (see `vncpc_xl.schema.model`) into plain A1 references."""

from __future__ import annotations

import re

from vncpc_xl.workbook._layout import Layout, TablePlace

_PLACEHOLDER = re.compile(r"\{(row|rowspan|hdrspan|name|table|col):([^{}]+)\}")


def _row_place(kind: str, table: TablePlace | None, row: int | None) -> tuple[TablePlace, int]:
    if table is None or row is None:
        raise ValueError(f"placeholder {{{kind}:...}} is only valid in a table's formula column")
    return table, row


def _span(table: TablePlace, first: str, last: str) -> tuple[str, str]:
    return table.letter(first), table.letter(last)


def _replace(match: re.Match[str], layout: Layout, table: TablePlace | None, row: int | None) -> str:
    kind, args = match.group(1), match.group(2).split(":")
    if kind == "row":
        place, at = _row_place(kind, table, row)
        return f"{place.letter(args[0])}{at}"
    if kind == "rowspan":
        place, at = _row_place(kind, table, row)
        first, last = _span(place, *args)
        return f"{first}{at}:{last}{at}"
    if kind == "hdrspan":
        place, _ = _row_place(kind, table, row)
        first, last = _span(place, *args)
        return f"${first}${place.header_row}:${last}${place.header_row}"
    if kind == "name":
        return layout.names[args[0]].absolute
    if kind == "table":
        return layout.tables[args[0]].absolute()
    return layout.tables[args[0]].column_range(args[1], absolute=True, qualified=True)


def resolve(template: str, layout: Layout, table: TablePlace | None = None, row: int | None = None) -> str:
    """Return `template` with every placeholder replaced by an A1 reference.

    `table` and `row` are the table and sheet row the formula is written in (needed by ``{row:}``,
    ``{rowspan:}`` and ``{hdrspan:}``). An unknown table, column or name raises KeyError.
    """
    return _PLACEHOLDER.sub(lambda m: _replace(m, layout, table, row), template)


def unresolved(text: str) -> list[str]:
    """Return any placeholder-looking pieces left in `text` (empty for a fully resolved formula)."""
    return re.findall(r"\{[a-z]+:[^{}]*\}", text)


__all__ = ["resolve", "unresolved"]
