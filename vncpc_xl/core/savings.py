"""Net annual savings of a cleaner-production option, in the workbook currency."""

from __future__ import annotations

from collections.abc import Mapping

from vncpc_xl.core import _checks
from vncpc_xl.core.resources import resource_for_key
from vncpc_xl.errors import InputError


def net_annual_savings(
    quantities: Mapping[str, float | None],
    prices: Mapping[str, float | None],
    other_savings: float = 0.0,
    added_cost: float = 0.0,
) -> float:
    """Return Σ quantityᵢ × priceᵢ + `other_savings` − `added_cost` (currency per year).

    `quantities` maps resource keys to annual reductions in canonical units (MWh, tấn, m³; negative = more
    consumption; None = 0); `prices` maps resource keys to the price per canonical unit. A non-zero quantity
    without a price, or a negative price, raises `InputError`.

    >>> quantities = {"electricity": 120, "water": 5000}  # MWh, m³ saved per year
    >>> net_annual_savings(quantities, {"electricity": 60.0, "water": 0.25}, 1000, 300)
    9150.0
    """
    checked = {key: _price(key, value) for key, value in prices.items()}
    terms = [_checks.finite(other_savings, "tiết kiệm khác", "other savings")]
    terms.append(-_checks.finite(added_cost, "chi phí vận hành tăng thêm", "added operating cost"))
    for key, quantity in quantities.items():
        resource = resource_for_key(key)
        if quantity is None:
            continue
        amount = _checks.finite(quantity, f"lượng {resource.name}", f"the quantity of {resource.name_en}")
        if amount == 0:
            continue
        price = checked.get(key)
        if price is None:
            raise InputError(
                f"thiếu đơn giá của {resource.name} ({resource.unit}) trong khi lượng giảm là {amount:g}; "
                "hãy nhập đơn giá",
                f"no price for {resource.name_en} ({resource.unit_en}) although the reduction is {amount:g}; "
                "enter its price",
            )
        terms.append(_checks.finite_result(amount * price, "tiết kiệm ròng", "the net savings"))
    return _checks.checked_sum(terms, "tiết kiệm ròng", "the net savings")


def _price(key: str, value: float | None) -> float | None:
    resource = resource_for_key(key)
    if value is None:
        return None
    return _checks.non_negative(value, f"đơn giá của {resource.name}", f"the price of {resource.name_en}")
