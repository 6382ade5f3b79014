"""The factor library: loads ``data/factors.csv`` once; its rows, grid factors, unit multipliers, `Factor`."""

from __future__ import annotations

import bisect
import csv
import io
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files
from types import MappingProxyType

from vncpc_xl.core import _checks
from vncpc_xl.errors import InputError, VncpcError

COLUMNS = ("kind", "resource", "variant", "value", "unit", "source", "note_vi")
KINDS = (
    "min_year",
    "unit",
    "ncv",
    "co2",
    "grid",
    "so2_per_s",
    "s_retention",
    "dust_s_slope",
    "dust_base",
    "zero",
    "fuel_default",
)
_TEXT_VALUES = {("fuel_default", "coal_type")}


class FactorDataError(VncpcError):
    """The factor data file breaks its own grammar (a packaging error, not a user error)."""


@dataclass(frozen=True)
class FactorRow:
    """One row of ``factors.csv`` for one resource (rows naming several resources are split)."""

    kind: str
    resource: str
    variant: str
    value: str
    unit: str
    source: str
    line: int
    note_vi: str = ""

    @property
    def number(self) -> float:
        """Return `value` as a float."""
        return float(self.value)


@dataclass(frozen=True)
class Factor:
    """An emission factor: tonnes of `pollutant` per canonical unit of `resource`, with its source.

    `source` is the citation in English, `source_vi` the same in Vietnamese; `year_used` is the year whose
    grid factor was applied (electricity CO2 only), else None.
    """

    resource: str
    pollutant: str
    value: float
    unit: str
    source: str
    year_used: int | None = None
    source_vi: str = ""

    def source_in(self, lang: str) -> str:
        """Return the citation in `lang` (``"vi"`` or ``"en"``)."""
        return self.source_vi if lang == "vi" else self.source


def parse_factor_table(text: str) -> dict[tuple[str, str, str], FactorRow]:
    """Return the rows of a factor file's `text` keyed by ``(kind, resource, variant)``.

    Raises `FactorDataError` naming the line of the first row that breaks the grammar documented at the top
    of ``data/factors.csv``.

    >>> text = "kind,resource,variant,value,unit,source,note_vi\\ngrid,electricity,2003,0.399,t CO2/MWh,T&M 2004,T&M 2004"
    >>> rows = parse_factor_table(text)
    >>> rows["grid", "electricity", "2003"].number
    0.399
    """
    lines = text.splitlines()
    body = [
        (n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.lstrip().startswith("#")
    ]
    if not body or tuple(next(csv.reader([body[0][1]]))) != COLUMNS:
        raise FactorDataError(f"factor file: the header must be {','.join(COLUMNS)}")
    rows: dict[tuple[str, str, str], FactorRow] = {}
    for number, line in body[1:]:
        for row in _split_row(number, next(csv.reader(io.StringIO(line)))):
            key = (row.kind, row.resource, row.variant)
            if key in rows:
                raise FactorDataError(f"factor file line {number}: {key} repeats line {rows[key].line}")
            rows[key] = row
    return rows


def _split_row(number: int, cells: list[str]) -> list[FactorRow]:
    if len(cells) != len(COLUMNS):
        raise FactorDataError(f"factor file line {number}: {len(cells)} cells, expected {len(COLUMNS)}")
    kind, resources, variant, value, unit, source, note_vi = (cell.strip() for cell in cells)
    if kind not in KINDS:
        raise FactorDataError(f"factor file line {number}: unknown kind {kind!r}")
    if not source:
        raise FactorDataError(f"factor file line {number}: the source is missing")
    if not note_vi:
        raise FactorDataError(f"factor file line {number}: the Vietnamese note (note_vi) is missing")
    if (kind, variant) not in _TEXT_VALUES:
        try:
            float(value)
        except ValueError:
            raise FactorDataError(f"factor file line {number}: value {value!r} is not a number") from None
    variant = unicodedata.normalize("NFC", variant)
    return [
        FactorRow(kind, key, variant, value, unit, source, number, note_vi) for key in resources.split("|")
    ]


def _load() -> dict[tuple[str, str, str], FactorRow]:
    text = files("vncpc_xl.core").joinpath("data", "factors.csv").read_text(encoding="utf-8")
    return parse_factor_table(text)


ROWS: Mapping[tuple[str, str, str], FactorRow] = MappingProxyType(_load())
MIN_YEAR = int(ROWS["min_year", "", ""].number)
GRID_YEARS: tuple[int, ...] = tuple(sorted(int(variant) for kind, _, variant in ROWS if kind == "grid"))
FUEL_KEYS: tuple[str, ...] = tuple(dict.fromkeys(resource for kind, resource, _ in ROWS if kind == "ncv"))
COAL_TYPES: tuple[str, ...] = tuple(
    variant for kind, resource, variant in ROWS if (kind, resource) == ("ncv", "coal")
)


def row(kind: str, resource: str, variant: str = "") -> FactorRow:
    """Return the factor row `(kind, resource, variant)`; a missing row is a packaging error.

    >>> row("ncv", "coal", "Antraxit").number  # TJ/Gg
    26.7
    """
    try:
        return ROWS[kind, resource, variant]
    except KeyError:
        raise FactorDataError(f"factor file: no row {kind},{resource},{variant}") from None


def unit_multipliers(resource_key: str) -> dict[str, float]:
    """Return ``{unit text: multiplier to the canonical unit}`` accepted after the name of `resource_key`.

    >>> unit_multipliers("electricity")
    {'MWh': 1.0, 'kWh': 0.001, 'GWh': 1000.0}
    """
    return {
        variant: r.number
        for (kind, res, variant), r in ROWS.items()
        if kind == "unit" and res == resource_key
    }


def check_year(year: object) -> int:
    """Return `year` as an int, or raise `InputError` unless it is a whole number ≥ the first accepted year.

    >>> check_year(2010.0)
    2010
    """
    value = _checks.whole(year, "năm", "the year")
    if value < MIN_YEAR:
        raise InputError(
            f"năm {value} không hợp lệ; năm phải từ {MIN_YEAR} trở đi",
            f"year {value} is not valid; the year must be {MIN_YEAR} or later",
        )
    return value


def grid_factor(year: int | None = None) -> Factor:
    """Return the Vietnam grid CO2 factor (t CO2/MWh) applied to electricity saved in `year`.

    A year without its own factor uses the nearest earlier year that has one; years before the first
    factor (2003) use the first; `year` None uses the latest factor. `year_used` says which year applied.

    >>> grid_factor(2010).value, grid_factor(2010).year_used
    (0.399, 2003)
    >>> grid_factor(2024).year_used
    2023
    """
    if year is None:
        used = GRID_YEARS[-1]
    else:
        position = bisect.bisect_right(GRID_YEARS, check_year(year))
        used = GRID_YEARS[max(position - 1, 0)]
    source = row("grid", "electricity", str(used))
    return Factor("electricity", "CO2", source.number, "tấn CO2/MWh", source.source, used, source.note_vi)
