"""Payback, NPV and IRR: hand-computed cases, a cross-check with numpy-financial, and properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from vncpc_xl.core import (
    option_irr_pct,
    option_npv,
    payback_months,
    payback_years,
    portfolio_payback_months,
)
from vncpc_xl.errors import InputError

money = st.floats(min_value=1.0, max_value=1e9, allow_nan=False)
years = st.integers(min_value=1, max_value=40)


def test_payback_of_the_2003_portfolio_is_3_2_months() -> None:
    assert (
        payback_months(650_000, 2_435_000)
        == pytest.approx(12 * 650_000 / 2_435_000)
        == pytest.approx(3.203, abs=5e-4)
    )
    assert payback_years(650_000, 2_435_000) == pytest.approx(650_000 / 2_435_000)


def test_no_investment_pays_back_at_once_and_no_savings_never() -> None:
    assert payback_months(0, 10) == 0
    assert payback_months(10, 0) is None
    assert payback_months(10, -5) is None
    assert payback_years(10, 0) is None


@pytest.mark.parametrize(
    ("investment", "savings"), [(-1, 10), (math.nan, 10), (10, math.inf), ("10", 10), (True, 10)]
)
def test_bad_payback_arguments_are_input_errors(investment, savings) -> None:
    with pytest.raises(InputError):
        payback_months(investment, savings)


def test_portfolio_payback_is_total_investment_over_total_savings_not_an_average() -> None:
    assert portfolio_payback_months([100, 200], [50, 250]) == pytest.approx(12 * 300 / 300)
    average = (payback_months(100, 50) + payback_months(200, 250)) / 2
    assert average == pytest.approx((24 + 9.6) / 2) != portfolio_payback_months([100, 200], [50, 250])
    assert portfolio_payback_months([100], [-100]) is None
    assert portfolio_payback_months(iter([0.0]), iter([5.0])) == 0


def test_npv_discounts_each_year_of_savings() -> None:
    by_hand = -10_000 + 3_000 * (1 / 1.1 + 1 / 1.1**2 + 1 / 1.1**3 + 1 / 1.1**4 + 1 / 1.1**5)
    assert option_npv(10_000, 3_000, 10, 5) == pytest.approx(by_hand, rel=1e-12)
    assert option_npv(10_000, 3_000, 0, 5) == pytest.approx(-10_000 + 5 * 3_000)
    assert option_npv(10_000, 3_000, 1e-13, 5) == pytest.approx(5_000, rel=1e-9)
    assert option_npv(0, 0, 10, 5) == 0


@pytest.mark.parametrize(
    ("rate", "n"), [(-100, 5), (-150, 5), (10, 0), (10, 2.5), (10, math.nan), (math.inf, 5)]
)
def test_bad_npv_arguments_are_input_errors(rate, n) -> None:
    with pytest.raises(InputError):
        option_npv(10_000, 3_000, rate, n)


def test_irr_by_hand() -> None:
    assert option_irr_pct(100, 110, 1) == pytest.approx(10)
    assert option_irr_pct(100, 50, 2) == pytest.approx(0, abs=1e-9)
    # 40x + 40x² = 100 with x = 1/(1+r): x = (−1 + √11)/2, r = 1/x − 1
    assert option_irr_pct(100, 40, 2) == pytest.approx((2 / (math.sqrt(11) - 1) - 1) * 100, rel=1e-10)


def test_irr_is_undefined_without_a_sign_change() -> None:
    assert option_irr_pct(0, 3_000, 5) is None
    assert option_irr_pct(10_000, 0, 5) is None
    assert option_irr_pct(10_000, -100, 5) is None


def test_irr_matches_numpy_financial() -> None:
    npf = pytest.importorskip("numpy_financial")
    for investment, savings, n in [
        (10_000, 3_000, 5),
        (650_000, 2_435_000, 5),
        (1_000, 30, 20),
        (5_000, 900, 3),
    ]:
        expected = float(npf.irr([-investment] + [savings] * n)) * 100
        assert option_irr_pct(investment, savings, n) == pytest.approx(expected, rel=1e-9, abs=1e-9)


def test_npv_matches_numpy_financial() -> None:
    npf = pytest.importorskip("numpy_financial")
    expected = float(npf.npv(0.12, [-25_000] + [7_000] * 6))
    assert option_npv(25_000, 7_000, 12, 6) == pytest.approx(expected, rel=1e-12)


@given(money, money, years)
def test_npv_at_the_irr_is_zero(investment: float, savings: float, n: int) -> None:
    irr = option_irr_pct(investment, savings, n)
    assert irr is not None
    assume(irr > -99.9)  # beyond that, (1 + r)^-n no longer fits in a float for long lives
    assert option_npv(investment, savings, irr, n) == pytest.approx(
        0, abs=1e-7 * max(investment, savings * n)
    )


@given(st.floats(min_value=0, max_value=1e9), money)
def test_payback_times_savings_is_twelve_times_investment(investment: float, savings: float) -> None:
    assert payback_months(investment, savings) * savings == pytest.approx(12 * investment)


@given(
    st.floats(min_value=0, max_value=1e9),
    st.floats(min_value=-1e9, max_value=1e9).filter(lambda s: abs(s) > 1e-6),
    money,
)
def test_payback_never_rises_when_savings_rise(investment: float, savings: float, increase: float) -> None:
    before, after = payback_months(investment, savings), payback_months(investment, savings + increase)
    assert after is not None or before is None
    if before is not None:
        assert after <= before


@given(money, money, years)
def test_irr_rises_with_savings(investment: float, savings: float, n: int) -> None:
    assert option_irr_pct(investment, savings * 1.5, n) > option_irr_pct(investment, savings, n)


def test_extreme_inputs_give_a_clear_answer_or_an_input_error() -> None:
    assert option_irr_pct(5, 1e-300, 5) == -100.0  # 1 + r = (2e-301)^(1/5) ≈ 1e-60: −100 % to float precision
    with pytest.raises(InputError, match="-100"):
        option_npv(1, 1, -99.9999, 100)
    with pytest.raises(InputError):
        option_irr_pct(1e308, 1e-300, 5)
    with pytest.raises(InputError, match="1 đến 100"):
        option_npv(1, 1, 10, 101)
    with pytest.raises(InputError):
        payback_months(1e308, 1e-300)
