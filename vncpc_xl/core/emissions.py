"""Emission factors and emissions of CO2, SO2 and dust (BUI) for the resources an option saves."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import lru_cache

from vncpc_xl.core import _checks
from vncpc_xl.core.factors import ROWS, Factor, FactorRow, check_year, grid_factor, row
from vncpc_xl.core.fuels import DEFAULT_FUELS, FuelProperties, default_fuel_source
from vncpc_xl.core.resources import RESOURCE_BY_KEY, RESOURCES, resource_for_key
from vncpc_xl.errors import InputError

POLLUTANTS: tuple[str, ...] = ("CO2", "SO2", "BUI")
_POLLUTANT_ALIASES = {"co2": "CO2", "so2": "SO2", "bui": "BUI", "bụi": "BUI", "dust": "BUI", "pm": "BUI"}
# The name of each pollutant in Vietnamese and in English, beside its code.
POLLUTANT_NAMES: Mapping[str, tuple[str, str]] = {
    "CO2": ("CO2", "CO2"),
    "SO2": ("SO2", "SO2"),
    "BUI": ("bụi", "dust"),
}


def pollutant_label(code: str, lang: str) -> str:
    """Return the name of pollutant `code` in `lang` (``vi`` or ``en``), lower-case as inside a sentence.

    >>> pollutant_label("BUI", "vi"), pollutant_label("BUI", "en"), pollutant_label("CO2", "en")
    ('bụi', 'dust', 'CO2')
    """
    vi, en = POLLUTANT_NAMES[code]
    return vi if lang == "vi" else en


_KG_PER_T = 1000.0


def normalize_pollutant(text: object) -> str:
    """Return the pollutant code ``"CO2"``, ``"SO2"`` or ``"BUI"`` (dust) named by `text`, case-insensitive.

    >>> normalize_pollutant("bụi"), normalize_pollutant("Dust"), normalize_pollutant("CO₂")
    ('BUI', 'BUI', 'CO2')
    """
    if isinstance(text, str):
        return _pollutant_code(text)
    raise _unknown_pollutant(text)


@lru_cache(maxsize=64)
def _pollutant_code(text: str) -> str:
    code = _POLLUTANT_ALIASES.get(unicodedata.normalize("NFKC", text).strip().casefold())
    if code is None:
        raise _unknown_pollutant(text)
    return code


def _unknown_pollutant(text: object) -> InputError:
    return InputError(
        f"chất ô nhiễm không rõ {text!r}; dùng: CO2, SO2, BUI (bụi)",
        f"unknown pollutant {text!r}; use: CO2, SO2, BUI (dust)",
    )


def emission_factor(
    resource_key: str,
    pollutant: str,
    year: int | None = None,
    fuels: Mapping[str, FuelProperties] | None = None,
) -> Factor:
    """Return the factor: tonnes of `pollutant` per canonical unit (MWh, tấn, m³) of `resource_key` saved.

    `year` (the assessment year) picks the grid factor of electricity; None uses the latest. `fuels` maps
    fuel keys to the workbook's fuel properties; a fuel not in it uses `DEFAULT_FUELS`.

    >>> round(emission_factor("coal", "CO2").value, 6)  # 26.7 TJ/Gg × 98 300 kg/TJ / 1e6
    2.62461
    >>> emission_factor("electricity", "CO2", 2010).year_used
    2003
    """
    resource_for_key(resource_key)
    code = normalize_pollutant(pollutant)
    if year is not None:
        year = check_year(year)
    if resource_key == "electricity" and code == "CO2":
        return grid_factor(year)
    return _fuel_factor(resource_key, code, _fuel_for(resource_key, fuels))


def _fuel_for(resource_key: str, fuels: Mapping[str, FuelProperties] | None) -> FuelProperties | None:
    """Return the properties of fuel `resource_key` from `fuels`, else the default (None for non-fuels)."""
    fuel = fuels.get(resource_key) if fuels else None
    if fuel is None:
        return DEFAULT_FUELS.get(resource_key)
    if not isinstance(fuel, FuelProperties) or fuel.fuel != resource_key:
        raise InputError(
            f"thuộc tính nhiên liệu của {resource_key} không hợp lệ: {fuel!r}",
            f"the fuel properties given for {resource_key} are not valid: {fuel!r}",
        )
    return fuel


# A citation in both languages: (English, Vietnamese).
_Cited = tuple[str, str]


def _cited(r: FactorRow, suffix: str = "", suffix_vi: str | None = None) -> _Cited:
    """Return the citations of factor row `r`, each followed by `suffix` (its Vietnamese form `suffix_vi`)."""
    return r.source + suffix, r.note_vi + (suffix if suffix_vi is None else suffix_vi)


@lru_cache(maxsize=256)
def _fuel_factor(resource_key: str, code: str, fuel: FuelProperties | None) -> Factor:
    unit = f"tấn {pollutant_label(code, 'vi')}/{RESOURCE_BY_KEY[resource_key].unit}"
    zero = ROWS.get(("zero", resource_key, code))
    if zero is not None or fuel is None:
        found = zero or row("zero", resource_key, code)
        return Factor(resource_key, code, 0.0, unit, found.source, source_vi=found.note_vi)
    value, sources, used = _FORMULAS[code](fuel)
    cited = [*sources, *(_property_note(fuel, f) for f in used)]
    en, vi = "; ".join(c[0] for c in cited), "; ".join(c[1] for c in cited)
    return Factor(resource_key, code, value, unit, en, source_vi=vi)


def _co2(fuel: FuelProperties) -> tuple[float, list[_Cited], tuple[str, ...]]:
    variant = fuel.coal_type or ""
    ncv, co2 = row("ncv", fuel.fuel, variant), row("co2", fuel.fuel, variant)
    sources = [_cited(ncv, f" ({ncv.value} {ncv.unit})"), _cited(co2, f" ({co2.value} {co2.unit})")]
    return ncv.number * co2.number / 1e6, sources, ("coal_type",) if variant else ()


def _so2(fuel: FuelProperties) -> tuple[float, list[_Cited], tuple[str, ...]]:
    per_s, retention = row("so2_per_s", fuel.fuel), row("s_retention", fuel.fuel)
    value = per_s.number * fuel.sulfur_pct / 100 * (1 - retention.number) * (1 - fuel.so2_removal_pct / 100)
    kept = _cited(retention, f" (retention {retention.value})", f" (tỷ lệ giữ lại {retention.value})")
    return value, [_cited(per_s), kept], _SO2_FIELDS


def _dust(fuel: FuelProperties) -> tuple[float, list[_Cited], tuple[str, ...]]:
    kept = 1 - fuel.dust_removal_pct / 100
    if fuel.fuel == "coal":
        return fuel.ash_pct / 100 * fuel.fly_ash_pct / 100 * kept, [_COAL_DUST], _COAL_DUST_FIELDS
    slope, base = row("dust_s_slope", fuel.fuel), row("dust_base", fuel.fuel)
    value = (slope.number * fuel.sulfur_pct + base.number) / _KG_PER_T * kept
    return (
        value,
        [_cited(slope, f" ({slope.value} {slope.unit}, {base.value} {base.unit})")],
        _OIL_DUST_FIELDS,
    )


_FORMULAS = {"CO2": _co2, "SO2": _so2, "BUI": _dust}
_COAL_DUST = (
    "Ash mass balance: dust = A/100 × fly ash/100 × (1 − dust removal/100)",
    "Cân bằng khối lượng tro: bụi = A/100 × tro bay/100 × (1 − hiệu suất lọc bụi/100)",
)
_SO2_FIELDS = ("sulfur_pct", "so2_removal_pct")
_COAL_DUST_FIELDS = ("ash_pct", "fly_ash_pct", "dust_removal_pct")
_OIL_DUST_FIELDS = ("sulfur_pct", "dust_removal_pct")
_FIELD_LABELS = {  # field: (English label, Vietnamese label, unit)
    "coal_type": ("coal type", "loại than", ""),
    "sulfur_pct": ("S", "S", " %"),
    "ash_pct": ("A", "A", " %"),
    "fly_ash_pct": ("fly ash", "tro bay", " %"),
    "so2_removal_pct": ("SO2 removal", "hiệu suất khử SO2", " %"),
    "dust_removal_pct": ("dust removal", "hiệu suất lọc bụi", " %"),
}


def _property_note(fuel: FuelProperties, field: str) -> _Cited:
    """Return e.g. ``S = 3 % (default: <source>)``; a value other than the default is from the workbook."""
    label, label_vi, unit = _FIELD_LABELS[field]
    value = getattr(fuel, field)
    shown = f"{value:g}{unit}" if isinstance(value, float) else f"{value}"
    if value == getattr(DEFAULT_FUELS[fuel.fuel], field):
        en = default_fuel_source(fuel.fuel, field) or "no value given"
        vi = default_fuel_source(fuel.fuel, field, "vi") or "không có giá trị"
        return f"{label} = {shown} (default: {en})", f"{label_vi} = {shown} (mặc định: {vi})"
    return (
        f"{label} = {shown} (audit workbook fuel table)",
        f"{label_vi} = {shown} (bảng nhiên liệu của sổ đánh giá)",
    )


def total_emissions_t(
    quantities: Mapping[str, float | None],
    pollutant: str,
    year: int | None = None,
    fuels: Mapping[str, FuelProperties] | None = None,
) -> float:
    """Return tonnes of `pollutant` avoided per year by saving `quantities` (resource key -> canonical units).

    Blank (None) quantities count as 0; a negative quantity (more consumption) gives negative emissions.

    >>> round(total_emissions_t({"coal": 100, "electricity": 40.838}, "CO2", 2003), 3)  # 262.461 + 16.294
    278.755
    """
    emitted = (
        emissions_t(key, quantity, pollutant, year, fuels)
        for key, quantity in quantities.items()
        if quantity is not None
    )
    return _checks.checked_sum(emitted, "lượng phát thải", "the emission")


def emissions_t(
    resource_key: str,
    quantity: float,
    pollutant: str,
    year: int | None = None,
    fuels: Mapping[str, FuelProperties] | None = None,
) -> float:
    """Return tonnes of `pollutant` per year avoided by saving `quantity` canonical units of `resource_key`.

    >>> round(emissions_t("coal", 100, "CO2"), 3)  # 100 t × 26.7 × 98 300 / 1e6
    262.461
    >>> round(emissions_t("fuel_oil", 1, "SO2"), 4)  # 2 × 3.0/100 × (1 − 0) × (1 − 0)
    0.06
    """
    named = RESOURCE_BY_KEY.get(resource_key)
    name_vi, name_en = (named.name, named.name_en) if named else (resource_key, resource_key)
    amount = _checks.finite(quantity, f"lượng {name_vi}", f"the quantity of {name_en}")
    emitted = amount * emission_factor(resource_key, pollutant, year, fuels).value
    return _checks.finite_result(emitted, "lượng phát thải", "the emission")


def factors_used(year: int | None, fuels: Mapping[str, FuelProperties] | None = None) -> list[Factor]:
    """Return every resource × pollutant factor applied for `year` (resources in workbook order).

    >>> [(f.resource, f.pollutant, f.year_used) for f in factors_used(2024)][:2]
    [('electricity', 'CO2', 2023), ('electricity', 'SO2', None)]
    """
    return [emission_factor(r.key, code, year, fuels) for r in RESOURCES for code in POLLUTANTS]
