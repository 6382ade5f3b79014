"""Names in the report language: the workbooks' drop-down values (labels from the schema), kinds, pollutants, units."""

from __future__ import annotations

from vncpc_xl.core import RESOURCE_BY_KEY, pollutant_label
from vncpc_xl.schema import SPECS, choice_label


def choice(text: str, lang: str) -> str:
    """Return the workbook choice `text` in `lang`: the English label declared beside it in the schema."""
    return choice_label(text, lang)


def kind_name(kind: str | None, lang: str) -> str:
    """Return the name of workbook `kind` in `lang` ("—" when unknown)."""
    if kind is None:
        return "—"
    if kind not in SPECS:
        return kind
    spec = SPECS[kind]
    return spec.short if lang == "vi" else spec.short_en


def pollutant_name(code: str, lang: str) -> str:
    """Return the display name of pollutant `code` (``CO2`` → ``CO₂``, ``BUI`` → ``bụi``/``dust``)."""
    return _subscripts(pollutant_label(code, lang))


def resource_name(key: str, lang: str) -> str:
    """Return the name of resource `key` in `lang`."""
    resource = RESOURCE_BY_KEY[key]
    return resource.name if lang == "vi" else resource.name_en


def resource_unit(key: str, lang: str) -> str:
    """Return the canonical unit of resource `key` in `lang`."""
    resource = RESOURCE_BY_KEY[key]
    return resource.unit if lang == "vi" else resource.unit_en


def factor_unit(unit: str, lang: str) -> str:
    """Return a factor's unit (written in Vietnamese, e.g. ``tấn CO2/MWh``) in `lang`."""
    unit = _subscripts(unit)
    if lang == "en":
        unit = unit.replace("tấn", "t").replace("bụi", "dust")
    return unit


def _subscripts(text: str) -> str:
    """Return `text` with the chemical formulas typeset: ``CO2`` → ``CO₂``."""
    return text.replace("CO2", "CO₂").replace("SO2", "SO₂")
