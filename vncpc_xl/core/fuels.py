"""Fuel properties as in the audit workbook's fuel table: coal types, `FuelProperties`, the table's defaults."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from vncpc_xl.core import _checks
from vncpc_xl.core.factors import COAL_TYPES, FUEL_KEYS, ROWS
from vncpc_xl.core.resources import RESOURCE_BY_KEY
from vncpc_xl.errors import InputError

_COAL_ALIASES = {"anthracite": "Antraxit", "bituminous": "Bitum"}


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
    """Return the Vietnamese and English names of resource `key`."""
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
