"""Net annual savings: Σ quantity × price + other savings − added cost, and its input checks."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vncpc_xl.core import RESOURCES, net_annual_savings
from vncpc_xl.errors import InputError

PRICES = {"electricity": 60.0, "coal": 50.0, "fuel_oil": 250.0, "diesel": 500.0, "lpg": 600.0, "water": 0.25}
PRICES |= {"materials": 400.0}
quantity = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
quantity_maps = st.fixed_dictionaries({r.key: quantity for r in RESOURCES})


def test_savings_sum_quantity_times_price_plus_other_minus_added_cost() -> None:
    got = net_annual_savings({"electricity": 40.838, "coal": 19.113, "water": 160}, PRICES, 1_000, 300)
    assert got == pytest.approx(40.838 * 60 + 19.113 * 50 + 160 * 0.25 + 1_000 - 300)


def test_blank_quantities_count_as_zero_and_negative_ones_as_more_consumption() -> None:
    assert net_annual_savings({"electricity": None, "coal": -2}, PRICES) == pytest.approx(-2 * 50)
    assert net_annual_savings({}, {}, 500, 0) == 500


def test_a_quantity_without_a_price_is_an_error_not_zero() -> None:
    with pytest.raises(InputError) as caught:
        net_annual_savings({"fuel_oil": 3}, {"fuel_oil": None})
    assert "Dầu FO" in caught.value.message_vi and "Fuel oil" in caught.value.message_en
    with pytest.raises(InputError, match="Dầu DO"):
        net_annual_savings({"diesel": 1}, {})


def test_a_zero_or_blank_quantity_needs_no_price() -> None:
    assert net_annual_savings({"fuel_oil": 0, "diesel": None}, {"fuel_oil": None}) == 0


@pytest.mark.parametrize(
    ("quantities", "prices", "other", "added"),
    [
        ({"water": 10}, {"water": -0.25}, 0, 0),
        ({"gas": 10}, {}, 0, 0),
        ({"water": 10}, {"gas": 1.0}, 0, 0),
        ({"water": math.nan}, {"water": 1.0}, 0, 0),
        ({"water": "10"}, {"water": 1.0}, 0, 0),
        ({}, {}, math.inf, 0),
        ({}, {}, 0, None),
    ],
)
def test_bad_arguments_are_input_errors(quantities, prices, other, added) -> None:
    with pytest.raises(InputError):
        net_annual_savings(quantities, prices, other, added)


@given(quantity_maps, quantity_maps)
def test_savings_are_additive_in_the_quantities(a: dict[str, float], b: dict[str, float]) -> None:
    both = {key: a[key] + b[key] for key in a}
    expected = net_annual_savings(a, PRICES) + net_annual_savings(b, PRICES)
    assert net_annual_savings(both, PRICES) == pytest.approx(expected, rel=1e-9, abs=1e-6)


@given(quantity_maps, st.floats(min_value=-100, max_value=100))
def test_savings_scale_with_the_quantities(a: dict[str, float], k: float) -> None:
    scaled = {key: k * value for key, value in a.items()}
    assert net_annual_savings(scaled, PRICES) == pytest.approx(
        k * net_annual_savings(a, PRICES), rel=1e-9, abs=1e-6
    )
