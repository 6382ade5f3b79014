"""Audit workbooks: each option recomputed from its input cells, then Bảng 3 and the assessments appendix.

Savings use the workbook's own prices, emissions its own fuel table (fuels missing from it use
`vncpc_xl.core.DEFAULT_FUELS`) and the grid factor of the assessment year; money is converted to USD with the
workbook's ExchangeRate. Cached formula values are never read.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from vncpc_xl.consolidate._values import amount, cell_of, error, integer, is_blank_row, number, text
from vncpc_xl.consolidate.model import Assessment, AuditSummary, Benefits, OptionResult, Quantities
from vncpc_xl.core import (
    DEFAULT_FUELS,
    POLLUTANTS,
    RESOURCES,
    FuelProperties,
    emission_factor,
    net_annual_savings,
    normalize_currency,
    payback_months,
    portfolio_payback_months,
    resolve_resource,
    to_usd,
)
from vncpc_xl.errors import InputError, Issue
from vncpc_xl.schema.audit import (
    AUDIT,
    FUEL_TABLE,
    OPTION_IMPLEMENTED,
    OPTIONS,
    PRICES,
    STATUS_DONE,
    quantity_key,
)

_FUEL_FIELDS = ("sulfur_pct", "ash_pct", "fly_ash_pct", "so2_removal_pct", "dust_removal_pct")
_INPUT_KEYS = tuple(col.key for col in OPTIONS.input_columns)
_QUANTITIES = tuple((r.key, quantity_key(r.key)) for r in RESOURCES)  # resource key, its column in tblOptions
_DEFAULT_RATE = AUDIT.name("DiscountRate").default
_DEFAULT_LIFE = AUDIT.name("OptionLife").default
# Fuel tables as typed (fuel, coal type, properties per row) → their fuels: workbooks of one centre mostly keep
# the template's table, and each `FuelProperties` checks its values when made.
_KNOWN_FUELS: dict[tuple[tuple[Any, ...], ...], tuple[tuple[str, FuelProperties], ...]] = {}


class _Context:
    """The workbook-wide inputs every option of one audit workbook is computed with."""

    def __init__(self, names: Mapping[str, Any], tables: Mapping[str, Sequence[Any]], file: str) -> None:
        self.file = file
        self.year = integer(names.get("AssessmentYear"))
        self.currency = text(names.get("Currency")) or "USD"
        self.exchange_rate = number(names.get("ExchangeRate"))
        rate = number(names.get("DiscountRate"))
        life = integer(names.get("OptionLife"))
        self.rate_pct = _DEFAULT_RATE if rate is None else rate
        self.life = _DEFAULT_LIFE if life is None else life
        self.issues: list[Issue] = []
        self.prices = self._prices(tables.get(PRICES.name, ()))
        self.fuels = self._fuels(tables.get(FUEL_TABLE.name, ()))
        # Per resource, in `_QUANTITIES` order: the factor of each pollutant, and the price (None: missing).
        self.co2, self.so2, self.dust = _factors(self.year, tuple(self.fuels.items()))
        self.unit_prices = tuple(self.prices.get(key) for key, _ in _QUANTITIES)
        # The checks of the core functions, made once per workbook; the slow path raises their messages.
        self.prices_valid = all(price is None or price >= 0 for price in self.prices.values())
        self.usd_ok, self.usd_rate = self._usd_rate()

    def _prices(self, rows: Iterable[Any]) -> dict[str, float | None]:
        """Return resource key -> price per canonical unit (a price per kWh in the unit column → per MWh)."""
        prices: dict[str, float | None] = {}
        for row in rows:
            name = text(row.get("resource"))
            if not name:
                continue
            unit = text(row.get("unit"))
            try:
                resource, multiplier = resolve_resource(f"{name} ({unit})" if unit else name)
            except InputError as exc:
                column = "unit" if unit else "resource"
                self.issues.append(_row_issue(self.file, PRICES.sheet, row, column, exc))
                continue
            price = number(row.get("price"))
            prices[resource.key] = None if price is None else price / multiplier
        return prices

    def _fuels(self, rows: Iterable[Any]) -> dict[str, FuelProperties]:
        rows = tuple(rows)
        typed = tuple(
            (row.get("fuel"), row.get("coal_type"), *(row.get(f) for f in _FUEL_FIELDS)) for row in rows
        )
        known = _KNOWN_FUELS.get(typed)
        if known is not None:  # the same table as a workbook read before, which had no error in it
            return dict(known)
        before = len(self.issues)
        fuels = self._fuel_rows(rows)
        if len(self.issues) == before and len(_KNOWN_FUELS) < 256:
            _KNOWN_FUELS[typed] = tuple(fuels.items())
        return fuels

    def _fuel_rows(self, rows: Iterable[Any]) -> dict[str, FuelProperties]:
        fuels = dict(DEFAULT_FUELS)
        for row in rows:
            name = text(row.get("fuel"))
            if not name:
                continue
            try:
                key = resolve_resource(name)[0].key
                default = DEFAULT_FUELS[key]
                values = {f: _or_default(row.get(f), getattr(default, f)) for f in _FUEL_FIELDS}
                coal_type = text(row.get("coal_type")) or (default.coal_type if key == "coal" else None)
                fuels[key] = FuelProperties(key, coal_type or None, **values)
            except (InputError, KeyError) as exc:
                self.issues.append(_row_issue(self.file, FUEL_TABLE.sheet, row, "fuel", exc))
        return fuels

    def _usd_rate(self) -> tuple[bool, float | None]:
        """Return whether `to_usd` accepts this workbook's currency and rate, and the VND per USD (None: USD)."""
        try:
            to_usd(0.0, self.currency, self.exchange_rate)
        except InputError:
            return False, None
        return True, None if normalize_currency(self.currency) == "USD" else self.exchange_rate

    def savings(self, quantities: Quantities, other: float, added: float) -> float:
        """Return `core.net_annual_savings` of one option's finite amounts, with the prices checked once."""
        if self.prices_valid:
            terms = [other, -added]
            for quantity, price in zip(quantities.amounts, self.unit_prices, strict=True):
                if quantity:
                    if price is None:
                        break
                    terms.append(quantity * price)
            else:
                try:
                    total = math.fsum(terms)
                except (OverflowError, ValueError):
                    total = math.inf
                if math.isfinite(total):
                    return total
        return net_annual_savings(quantities, self.prices, other, added)  # raises the core's message

    def usd(self, value: float) -> float:
        """Return `value` (a finite amount in the workbook currency) in USD, as `core.to_usd`."""
        if not self.usd_ok:
            return to_usd(value, self.currency, self.exchange_rate)  # raises the core's message
        rate = self.usd_rate
        return value if rate is None else value / rate

    def emissions(self, quantities: tuple[float, ...], factors: tuple[float, ...]) -> float:
        """Return Σ quantity × factor, as `core.total_emissions_t` (factors looked up once per workbook)."""
        return math.fsum(
            [quantity * factor for quantity, factor in zip(quantities, factors, strict=True) if quantity]
        )


@lru_cache(maxsize=64)  # most workbooks share a year and the default fuels
def _factors(
    year: int | None, fuels: tuple[tuple[str, FuelProperties], ...]
) -> tuple[tuple[float, ...], ...]:
    """Return, per pollutant of `POLLUTANTS`, the t per canonical unit of each resource of `_QUANTITIES`."""
    by_key = dict(fuels)
    return tuple(
        tuple(emission_factor(key, pollutant, year, by_key).value for key, _ in _QUANTITIES)
        for pollutant in POLLUTANTS
    )


def _or_default(value: Any, default: float) -> float:
    result = number(value)
    return default if result is None else result


def read_assessment(
    names: Mapping[str, Any], tables: Mapping[str, Sequence[Any]], file: str
) -> tuple[Assessment, list[Issue]]:
    """Return the recomputed `Assessment` of an audit workbook's names and tables, and calculation issues.

    An option that cannot be computed (core `InputError`) is left out of the totals and becomes an error
    issue at its row, so the consolidation excludes the workbook.
    """
    ctx = _Context(names, tables, file)
    results: list[OptionResult] = []
    for row in tables.get(OPTIONS.name, ()):
        if is_blank_row(row, _INPUT_KEYS):
            continue
        try:
            results.append(_option(row, ctx))
        except InputError as exc:
            ctx.issues.append(_row_issue(file, OPTIONS.sheet, row, "option", exc))
    implemented = [r for r in results if r.implemented]
    status = _choice(names, "Status")
    assessment = Assessment(
        file=file,
        company=text(names.get("CompanyName")),
        sector=_choice(names, "Sector"),
        province=_choice(names, "Province"),
        programme=_choice(names, "Programme"),
        approach=_choice(names, "Approach"),
        status=status,
        completed=status == STATUS_DONE,
        currency=sys.intern(ctx.currency),
        exchange_rate=ctx.exchange_rate,
        year=ctx.year or 0,
        options=len(results),
        implemented=len(implemented),
        implemented_benefits=sum_benefits(implemented),
        all_benefits=sum_benefits(results),
        payback_months=_portfolio_payback(implemented),
        option_results=tuple(results),
        own_fuels=tuple(f for key, f in ctx.fuels.items() if f != DEFAULT_FUELS[key]),
    )
    return assessment, ctx.issues


def _choice(names: Mapping[str, Any], key: str) -> str:
    """Return the text of a drop-down name, one string per value for the whole year (not one per file)."""
    return sys.intern(text(names.get(key)))


def _option(row: Any, ctx: _Context) -> OptionResult:
    get = row.get
    amounts = tuple(amount(get(column)) for _, column in _QUANTITIES)
    quantities = Quantities(amounts)
    investment = amount(get("investment"))
    savings = ctx.savings(quantities, amount(get("other_savings")), amount(get("added_cost")))
    status = sys.intern(text(get("status")))  # drop-down values: one string each, not one per option
    return OptionResult(
        row=getattr(row, "row", 0),
        number=integer(get("number")),
        name=sys.intern(text(get("option"))),  # option texts repeat across a year's audits: one string each
        category=sys.intern(text(get("category"))),
        status=status,
        implemented=status == OPTION_IMPLEMENTED,
        quantities=quantities,
        investment=investment,
        savings=savings,
        investment_usd=ctx.usd(investment),
        savings_usd=ctx.usd(savings),
        co2_t=ctx.emissions(amounts, ctx.co2),
        so2_t=ctx.emissions(amounts, ctx.so2),
        dust_t=ctx.emissions(amounts, ctx.dust),
        payback_months=payback_months(investment, savings),
        discount_rate_pct=ctx.rate_pct,
        option_life_years=ctx.life,
    )


def sum_benefits(options: Iterable[OptionResult]) -> Benefits:
    """Return the unrounded sums of `options` (quantities, USD, emissions)."""
    chosen = list(options)
    by_resource = zip(*(_amounts(o.quantities) for o in chosen), strict=True) if chosen else ()
    totals = [math.fsum(column) for column in by_resource] or [0.0] * len(_QUANTITIES)
    return Benefits(
        quantities={key: total for (key, _), total in zip(_QUANTITIES, totals, strict=True)},
        investment_usd=math.fsum(o.investment_usd for o in chosen),
        savings_usd=math.fsum(o.savings_usd for o in chosen),
        dust_t=math.fsum(o.dust_t for o in chosen),
        so2_t=math.fsum(o.so2_t for o in chosen),
        co2_t=math.fsum(o.co2_t for o in chosen),
    )


def _amounts(quantities: Mapping[str, float]) -> tuple[float, ...]:
    """Return an option's quantities in `RESOURCES` order (a `Quantities` holds them so already)."""
    if isinstance(quantities, Quantities):
        return quantities.amounts
    return tuple(quantities[key] for key, _ in _QUANTITIES)


def _portfolio_payback(options: Sequence[OptionResult]) -> float | None:
    """Return 12 × Σ investment / Σ savings of `options` in USD (None without options or savings ≤ 0)."""
    if not options:
        return None
    return portfolio_payback_months([o.investment_usd for o in options], [o.savings_usd for o in options])


def summarise_audits(assessments: Sequence[Assessment]) -> AuditSummary:
    """Return the year's audit figures (SPEC 6) from the counted assessments, sorted by file."""
    ordered = sorted(assessments, key=lambda a: a.file)
    completed = [a for a in ordered if a.completed]
    implemented = [o for a in completed for o in a.option_results if o.implemented]
    all_options = sum(a.options for a in completed)
    by_sector: dict[str, float] = {}
    for a in completed:
        by_sector[a.sector] = by_sector.get(a.sector, 0.0) + a.implemented_benefits.savings_usd
    return AuditSummary(
        companies=len(ordered),
        programmes=tuple(dict.fromkeys(a.programme for a in ordered if a.programme)),
        completed=len(completed),
        benefits=sum_benefits(implemented),
        implemented_options=len(implemented),
        options_of_completed=all_options,
        implemented_share=len(implemented) / all_options if all_options else None,
        payback_months=_portfolio_payback(implemented),
        savings_by_sector_usd=by_sector,
        assessments=tuple(ordered),
    )


def _row_issue(file: str, sheet: str, row: Any, key: str, exc: Exception) -> Issue:
    cell = cell_of(row, key)
    where_vi = f"dòng {getattr(row, 'row', '?')}"
    message_vi = exc.message_vi if isinstance(exc, InputError) else str(exc)
    message_en = exc.message_en if isinstance(exc, InputError) else str(exc)
    return error(
        "calc.input_error",
        file,
        f"Không tính được {where_vi} của trang '{sheet}': {message_vi}. Hãy sửa ô nhập của dòng này.",
        f"Row {getattr(row, 'row', '?')} of sheet '{sheet}' cannot be computed: {message_en}. "
        "Correct the input cells of this row.",
        sheet=sheet,
        cell=cell,
        column=key,
    )
