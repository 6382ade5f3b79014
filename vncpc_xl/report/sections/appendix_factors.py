"""Phụ lục 3 (appendix 3): the emission factors used, the grid factor's year and the assessments' own fuels."""

from __future__ import annotations

from collections.abc import Sequence

from vncpc_xl.consolidate import Assessment, YearData
from vncpc_xl.core import POLLUTANTS, RESOURCES, FuelProperties, emission_factor
from vncpc_xl.report._format import DASH, Formatter
from vncpc_xl.report._i18n import choice, factor_unit, pollutant_name, resource_name
from vncpc_xl.report.sections._common import Context

_FUEL_KEYS = ("sulfur", "ash", "fly_ash", "so2_removal", "dust_removal")
_ASH_KEYS = ("ash", "fly_ash")  # only coal's dust comes from its ash


def context(data: YearData, fmt: Formatter) -> Context:
    """Return `factors` (each non-zero factor with unit and source), `zero_factors`, `own_fuels` and `grid_year`."""
    lang = fmt.lang
    factors = [
        {
            "resource": resource_name(f.resource, lang),
            "pollutant": pollutant_name(f.pollutant, lang),
            "value": fmt.significant(f.value),
            "unit": factor_unit(f.unit, lang),
            "source": f.source_in(lang),
        }
        for f in data.factors
        if f.value != 0
    ]
    zero = [
        f"{resource_name(f.resource, lang)} ({pollutant_name(f.pollutant, lang)})"
        for f in data.factors
        if f.value == 0
    ]
    return {
        "factors": factors,
        "zero_factors": ", ".join(zero),
        "own_fuels": own_fuel_rows(data.audits.assessments, data.year, fmt),
        "grid_year": str(data.grid_factor_year) if data.grid_factor_year is not None else DASH,
    }


def own_fuel_rows(
    assessments: Sequence[Assessment], year: int | None, fmt: Formatter
) -> list[dict[str, str]]:
    """Return one row per distinct fuel property set that assessments use instead of the defaults.

    Each row gives the properties, the emission factors they give (t per t of fuel) and the workbooks using them.
    """
    users: dict[FuelProperties, list[str]] = {}
    for assessment in assessments:
        for fuel in assessment.own_fuels:
            users.setdefault(fuel, []).append(assessment.file)
    order = {r.key: i for i, r in enumerate(RESOURCES)}
    rows = []
    for fuel in sorted(
        users, key=lambda f: (order.get(f.fuel, len(order)), f.coal_type or "", _fuel_values(f))
    ):
        factors = {p: emission_factor(fuel.fuel, p, year, {fuel.fuel: fuel}).value for p in POLLUTANTS}
        rows.append(
            {
                "fuel": resource_name(fuel.fuel, fmt.lang),
                "coal_type": choice(fuel.coal_type, fmt.lang) if fuel.coal_type else DASH,
                **{
                    name: fmt.significant(value, 2) if fuel.fuel == "coal" or name not in _ASH_KEYS else DASH
                    for name, value in zip(_FUEL_KEYS, _fuel_values(fuel), strict=True)
                },
                "co2": fmt.significant(factors["CO2"]),
                "so2": fmt.significant(factors["SO2"]),
                "dust": fmt.significant(factors["BUI"]),
                "files": ", ".join(users[fuel]),
            }
        )
    return rows


def _fuel_values(fuel: FuelProperties) -> tuple[float, ...]:
    return (fuel.sulfur_pct, fuel.ash_pct, fuel.fly_ash_pct, fuel.so2_removal_pct, fuel.dust_removal_pct)
