"""The factor library: loads ``data/factors.csv`` once; grid factors, fuel properties, the `Factor` record."""

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
_COAL_ALIASES = {"anthracite": "Antraxit", "bituminous": "Bitum"}


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


def normalize_coal_type(text: object) -> str:
    """Return the canonical coal type (``"Antraxit"`` or ``"Bitum"``) of `text`, case-insensitive.

    >>> normalize_coal_type(" antraxit ")
    'Antraxit'
    """
    folded = unicodedata.normalize("NFC", str(text)).strip().casefold()
    for coal_type in COAL_TYPES:
        if folded == coal_type.casefold():
            return coal_type
    if folded in _COAL_ALIASES:
        return _COAL_ALIASES[folded]
    raise InputError(
        f"loại than không rõ {text!r}; dùng: {', '.join(COAL_TYPES)}",
        f"unknown coal type {text!r}; use: {', '.join(COAL_TYPES)}",
    )


@dataclass(frozen=True)
class FuelProperties:
    """Properties of one fuel as in the audit workbook's fuel table; percentages are 0..100.

    `fuel` is a resource key (coal, fuel_oil, diesel, lpg); `coal_type` is required for coal, else None.

    >>> FuelProperties("coal", "bitum", sulfur_pct=0.8, ash_pct=30, fly_ash_pct=20).coal_type
    'Bitum'
    """

    fuel: str
    coal_type: str | None = None
    sulfur_pct: float = 0.0
    ash_pct: float = 0.0
    fly_ash_pct: float = 0.0
    so2_removal_pct: float = 0.0
    dust_removal_pct: float = 0.0

    def __post_init__(self) -> None:
        if self.fuel not in FUEL_KEYS:
            raise InputError(
                f"nhiên liệu không rõ {self.fuel!r}; dùng: {', '.join(FUEL_KEYS)}",
                f"unknown fuel {self.fuel!r}; use: {', '.join(FUEL_KEYS)}",
            )
        object.__setattr__(self, "coal_type", self._checked_coal_type())
        for name, vi, en in _PERCENT_FIELDS:
            object.__setattr__(self, name, _checks.percent(getattr(self, name), vi, en))

    def _checked_coal_type(self) -> str | None:
        blank = self.coal_type is None or str(self.coal_type).strip() == ""
        if self.fuel == "coal":
            if blank:
                raise InputError(
                    f"than cần loại than ({', '.join(COAL_TYPES)})",
                    f"coal needs a coal type ({', '.join(COAL_TYPES)})",
                )
            return normalize_coal_type(self.coal_type)
        if not blank:
            coal, fuel = _resource_names("coal"), _resource_names(self.fuel)
            raise InputError(
                f"loại than {self.coal_type!r} chỉ dùng cho {coal[0]}, không cho {fuel[0]}; hãy để trống",
                f"coal type {self.coal_type!r} applies to {coal[1]} only, not to {fuel[1]}; leave it blank",
            )
        return None


def _resource_names(key: str) -> tuple[str, str]:
    """Return the Vietnamese and English names of resource `key` (resources imports this module)."""
    from vncpc_xl.core.resources import RESOURCE_BY_KEY

    resource = RESOURCE_BY_KEY[key]
    return resource.name, resource.name_en


_PERCENT_FIELDS = (
    ("sulfur_pct", "lưu huỳnh S", "sulphur S"),
    ("ash_pct", "tro A", "ash A"),
    ("fly_ash_pct", "tỷ lệ tro bay", "the fly-ash fraction"),
    ("so2_removal_pct", "hiệu suất khử SO2", "the SO2 removal efficiency"),
    ("dust_removal_pct", "hiệu suất lọc bụi", "the dust removal efficiency"),
)


def _default_fuel(fuel: str) -> FuelProperties:
    values = {
        variant: r.value if variant == "coal_type" else r.number
        for (kind, res, variant), r in ROWS.items()
        if kind == "fuel_default" and res == fuel
    }
    return FuelProperties(fuel, **values)


DEFAULT_FUELS: Mapping[str, FuelProperties] = MappingProxyType(
    {fuel: _default_fuel(fuel) for fuel in FUEL_KEYS}
)


def default_fuel_source(fuel: str, field: str, lang: str = "en") -> str:
    """Return the source of the default `field` (e.g. ``"sulfur_pct"``) of `fuel` in `lang`, or "" if it has no row.

    >>> default_fuel_source("fuel_oil", "sulfur_pct")
    'Vietnamese fuel oil grade FO No. 2B (3.0S), sulfur at most 3.0 % (TCVN 6239)'
    >>> default_fuel_source("diesel", "sulfur_pct", "vi")
    'Dầu diesel Việt Nam loại DO 0,5S, lưu huỳnh không quá 0,5 % (TCVN 5689)'
    """
    found = ROWS.get(("fuel_default", fuel, field))
    if found is None:
        return ""
    return found.note_vi if lang == "vi" else found.source
