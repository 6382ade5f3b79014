"""Pure calculations of vncpc-xl: resources, emission factors, savings, payback, NPV/IRR and currency.

Nothing here reads workbooks or documents; the only file read is the factor table ``data/factors.csv``.
"""

from __future__ import annotations

from vncpc_xl.core.currency import CURRENCIES, normalize_currency, to_usd
from vncpc_xl.core.emissions import (
    POLLUTANTS,
    emission_factor,
    emissions_t,
    factors_used,
    normalize_pollutant,
    pollutant_label,
    total_emissions_t,
)
from vncpc_xl.core.factors import COAL_TYPES, GRID_YEARS, MIN_YEAR, Factor, check_year, grid_factor
from vncpc_xl.core.finance import (
    option_irr_pct,
    option_npv,
    payback_months,
    payback_years,
    portfolio_payback_months,
)
from vncpc_xl.core.fuels import DEFAULT_FUELS, FuelProperties, normalize_coal_type
from vncpc_xl.core.resources import RESOURCE_BY_KEY, RESOURCES, Resource, resolve_resource
from vncpc_xl.core.savings import net_annual_savings

__all__ = [
    "COAL_TYPES",
    "CURRENCIES",
    "DEFAULT_FUELS",
    "GRID_YEARS",
    "MIN_YEAR",
    "POLLUTANTS",
    "RESOURCES",
    "RESOURCE_BY_KEY",
    "Factor",
    "FuelProperties",
    "Resource",
    "check_year",
    "emission_factor",
    "emissions_t",
    "factors_used",
    "grid_factor",
    "net_annual_savings",
    "normalize_coal_type",
    "normalize_currency",
    "normalize_pollutant",
    "option_irr_pct",
    "option_npv",
    "payback_months",
    "payback_years",
    "pollutant_label",
    "portfolio_payback_months",
    "resolve_resource",
    "to_usd",
    "total_emissions_t",
]
