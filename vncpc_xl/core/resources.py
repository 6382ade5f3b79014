"""The seven resources an option saves, and `resolve_resource` to read their names as users type them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from vncpc_xl.core.factors import unit_multipliers
from vncpc_xl.errors import InputError


@dataclass(frozen=True)
class Resource:
    """A resource: `key` for code, `name`/`unit` as in the workbooks, `name_en`/`unit_en` in English."""

    key: str
    name: str
    unit: str
    name_en: str
    unit_en: str


RESOURCES: tuple[Resource, ...] = (
    Resource("electricity", "Điện", "MWh", "Electricity", "MWh"),
    Resource("coal", "Than", "tấn", "Coal", "t"),
    Resource("fuel_oil", "Dầu FO", "tấn", "Fuel oil FO", "t"),
    Resource("diesel", "Dầu DO", "tấn", "Diesel oil DO", "t"),
    Resource("lpg", "LPG", "tấn", "LPG", "t"),
    Resource("water", "Nước", "m³", "Water", "m³"),
    Resource("materials", "Nguyên liệu & hóa chất", "tấn", "Raw materials & chemicals", "t"),
)
RESOURCE_BY_KEY: Mapping[str, Resource] = MappingProxyType({r.key: r for r in RESOURCES})


def resource_for_key(key: str) -> Resource:
    """Return the resource whose `key` is given, or raise `InputError` listing the accepted keys.

    >>> resource_for_key("water").unit
    'm³'
    """
    try:
        return RESOURCE_BY_KEY[key]
    except KeyError:
        raise InputError(
            f"khóa tài nguyên không rõ {key!r}; dùng: {', '.join(RESOURCE_BY_KEY)}",
            f"unknown resource key {key!r}; use: {', '.join(RESOURCE_BY_KEY)}",
        ) from None


_OLD_TONE = re.compile("o[áàảãạ]|o[éèẻẽẹ]|u[ýỳỷỹỵ]")
_SUFFIX = re.compile(r"^(?P<name>.*?)\s*\((?P<unit>[^()]*)\)$")
_PER_YEAR = ("/năm", "/nam", "/year", "/yr")


def _move_tone(match: re.Match[str]) -> str:
    """Return ``óa`` for ``oá``: the tone mark on the first vowel, as in "hóa" (new) for "hoá" (old)."""
    vowel, marked = match.group()
    base = unicodedata.normalize("NFD", marked)
    return unicodedata.normalize("NFC", vowel + base[1:]) + base[0]


def fold(text: str) -> str:
    """Return `text` in the form names are compared in: NFC, case-folded, one space, one tone-mark style.

    >>> fold("  Nguyên liệu   và HOÁ chất ") == fold("Nguyên liệu & hóa chất")
    True
    """
    folded = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    folded = _OLD_TONE.sub(_move_tone, folded)
    return folded.replace(" và ", " & ").replace(" and ", " & ")


def _aliases() -> dict[str, str]:
    aliases: dict[str, str] = {}
    for r in RESOURCES:
        for alias in (r.key, r.name, r.name_en):
            aliases[fold(alias)] = r.key
    return aliases


_ALIASES = _aliases()
_UNITS = {
    key: {fold(unit): value for unit, value in unit_multipliers(key).items()} for key in RESOURCE_BY_KEY
}


def resolve_resource(text: object) -> tuple[Resource, float]:
    """Return the resource named by `text` and the multiplier of the unit written in it.

    Accepts the name alone or with a unit suffix as in the option table's headers; case, spacing, Unicode form
    and tone-mark style do not matter. Raises `InputError` listing the accepted names.

    >>> resolve_resource("Điện (kWh/năm)")
    (Resource(key='electricity', name='Điện', unit='MWh', name_en='Electricity', unit_en='MWh'), 0.001)
    >>> resolve_resource("than")[0].key, resolve_resource("Nước (m³/năm)")[1]
    ('coal', 1.0)
    """
    if not isinstance(text, str):
        raise _unknown(text)
    return _resolve(text)


@lru_cache(maxsize=1024)
def _resolve(text: str) -> tuple[Resource, float]:
    folded = fold(text)
    match = _SUFFIX.match(folded)
    name, unit = (match["name"], match["unit"]) if match else (folded, None)
    key = _ALIASES.get(name)
    if key is None:
        raise _unknown(text)
    resource = RESOURCE_BY_KEY[key]
    return resource, _multiplier(resource, unit)


def _multiplier(resource: Resource, unit: str | None) -> float:
    if unit is None:
        return 1.0
    unit = unit.replace(" ", "")
    for suffix in _PER_YEAR:
        unit = unit.removesuffix(suffix)
    units = _UNITS[resource.key]
    if unit not in units:
        accepted = ", ".join(unit_multipliers(resource.key))
        raise InputError(
            f"đơn vị {unit!r} không dùng được cho {resource.name}; dùng: {accepted}",
            f"unit {unit!r} cannot be used for {resource.name_en}; use: {accepted}",
        )
    return units[unit]


def _unknown(text: object) -> InputError:
    names_vi = ", ".join(r.name for r in RESOURCES)
    names_en = ", ".join(r.name_en for r in RESOURCES)
    return InputError(
        f"tài nguyên không rõ {text!r}; dùng: {names_vi} (có thể kèm đơn vị, vd. 'Điện (kWh/năm)')",
        f"unknown resource {text!r}; use: {names_en} (a unit may follow, e.g. 'Electricity (kWh/yr)')",
    )
