"""What every section module shares: the type of a section's fields, and the rows of a long table."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice
from typing import Any, overload

Context = dict[str, Any]
Row = dict[str, str]


@dataclass(frozen=True)
class Rows:
    """The rows of a long table (one per option, assessment or file): made from the records one at a time
    when iterated, so a year of 200 000 options is never held as a list of formatted rows.

    `records()` returns the records afresh on each call, `row` turns one into its formatted strings (the
    keys `fields`), and `count` is how many there are. A template reads it like a list (``{% for %}``,
    ``{% if %}``, ``|length``); `clean`, when set, is applied to every string of every row it yields (it may
    change control characters only: a text without one is printed as it is).
    """

    records: Callable[[], Iterable[Any]]
    row: Callable[[Any], Row]
    count: int
    fields: tuple[str, ...]
    clean: Callable[[str], str] | None = None

    def __iter__(self) -> Iterator[Row]:
        rows = map(self.row, self.records())
        if self.clean is None:
            return rows
        clean = self.clean
        return ({key: clean(value) for key, value in row.items()} for row in rows)

    def __len__(self) -> int:
        return self.count

    def __bool__(self) -> bool:
        return self.count > 0

    @overload
    def __getitem__(self, index: int) -> Row: ...

    @overload
    def __getitem__(self, index: slice) -> list[Row]: ...

    def __getitem__(self, index: int | slice) -> Row | list[Row]:
        """Return a row or a list of rows by position, as of a list (``register[0]`` in a template)."""
        if isinstance(index, slice) or index < 0:
            return list(self)[index]  # counted from the end: every row made once
        try:
            return next(islice(iter(self), index, None))
        except StopIteration:
            raise IndexError(f"row {index} of {self.count}") from None

    def cleaned(self, clean: Callable[[str], str]) -> Rows:
        """Return these rows with `clean` applied to each of their strings."""
        return replace(self, clean=clean)
