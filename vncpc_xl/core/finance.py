"""Payback, NPV and IRR of cleaner-production options (money in the workbook currency)."""

from __future__ import annotations

import math
from collections.abc import Iterable

from vncpc_xl.core import _checks
from vncpc_xl.core._roots import safe_newton
from vncpc_xl.errors import InputError

MONTHS_PER_YEAR = 12
MAX_YEARS = 100  # an option life beyond a century is a typing error, and would overflow the discounting


def _investment(value: object) -> float:
    return _checks.non_negative(value, "vốn đầu tư", "the investment")


def _savings(value: object) -> float:
    return _checks.finite(value, "tiết kiệm hàng năm", "the annual savings")


def _years(value: object) -> int:
    years = _checks.whole(value, "số năm (tuổi thọ giải pháp)", "the number of years (option life)")
    if not 1 <= years <= MAX_YEARS:
        raise InputError(
            f"số năm (tuổi thọ giải pháp) phải từ 1 đến {MAX_YEARS}, không phải {value!r}",
            f"the number of years (option life) must be 1 to {MAX_YEARS}, not {value!r}",
        )
    return years


def _rate(rate_pct: object) -> float:
    rate = _checks.finite(rate_pct, "tỷ lệ chiết khấu (%/năm)", "the discount rate (%/yr)")
    if rate <= -100:
        raise InputError(
            f"tỷ lệ chiết khấu phải lớn hơn -100 %/năm, không phải {rate_pct!r}",
            f"the discount rate must be above -100 %/yr, not {rate_pct!r}",
        )
    return rate / 100


def payback_months(investment: float, annual_savings: float) -> float | None:
    """Return the simple payback in months, 12 × `investment` / `annual_savings`.

    Investment 0 with positive savings pays back at once (0); savings ≤ 0 never pay back (None, shown "—").

    >>> round(payback_months(650_000, 2_435_000), 3)  # the 2003 portfolio: 12 × 650 000 / 2 435 000
    3.203
    >>> payback_months(0, 10), payback_months(10, 0)
    (0.0, None)
    """
    invested, saved = _investment(investment), _savings(annual_savings)
    if saved <= 0:
        return None
    months = MONTHS_PER_YEAR * invested / saved
    if not math.isfinite(months):
        raise InputError(
            f"thời gian hoàn vốn quá lớn để tính (đầu tư {investment!r}, tiết kiệm {annual_savings!r})",
            f"the payback is too large to compute (investment {investment!r}, savings {annual_savings!r})",
        )
    return months


def payback_years(investment: float, annual_savings: float) -> float | None:
    """Return the simple payback in years, `investment` / `annual_savings` (None when savings ≤ 0).

    >>> payback_years(30_000, 12_000)
    2.5
    """
    months = payback_months(investment, annual_savings)
    return None if months is None else months / MONTHS_PER_YEAR


def portfolio_payback_months(investments: Iterable[float], savings: Iterable[float]) -> float | None:
    """Return the payback of a set of options, 12 × Σ investment / Σ savings (never an average of paybacks).

    >>> portfolio_payback_months([10_000, 0, 50_000], [40_000, 5_000, 15_000])  # 12 × 60 000 / 60 000
    12.0
    """
    invested = math.fsum(_investment(value) for value in investments)
    saved = math.fsum(_savings(value) for value in savings)
    return payback_months(invested, saved)


def _annuity(rate: float, years: int) -> float:
    """Return Σₜ₌₁..ₙ (1 + rate)⁻ᵗ without cancellation near rate 0 (inf when it exceeds the float range)."""
    if rate == 0:
        return float(years)
    try:
        return -math.expm1(-years * math.log1p(rate)) / rate
    except OverflowError:
        return math.inf


def option_npv(investment: float, annual_savings: float, rate_pct: float, years: int) -> float:
    """Return NPV = −investment + Σₜ₌₁..ₙ savings / (1 + r)ᵗ, with r = `rate_pct` / 100 and n = `years`.

    >>> round(option_npv(10_000, 3_000, 10, 5), 2)  # −10 000 + 3 000 × 3.790787
    1372.36
    """
    invested, saved = _investment(investment), _savings(annual_savings)
    npv = -invested + saved * _annuity(_rate(rate_pct), _years(years))
    if not math.isfinite(npv):
        raise InputError(
            f"NPV vượt quá giới hạn tính được (tỷ lệ chiết khấu {rate_pct!r} %/năm quá gần -100 %)",
            f"the NPV is beyond the computable range (discount rate {rate_pct!r} %/yr too close to -100 %)",
        )
    return npv


def option_irr_pct(investment: float, annual_savings: float, years: int) -> float | None:
    """Return the IRR in %/year: the rate at which `option_npv` is 0.

    The cash flows are −investment, then `annual_savings` for `years` years. Without a sign change
    (investment 0, or savings ≤ 0) there is no IRR and the result is None. The root is bracketed, then
    found by Newton steps kept inside the bracket (`safe_newton`), so it is found whenever it exists (it is
    unique: NPV falls as the rate rises).

    >>> round(option_irr_pct(10_000, 3_000, 5), 4)
    15.2382
    >>> option_irr_pct(10_000, -500, 5) is None
    True
    """
    invested, saved, n = _investment(investment), _savings(annual_savings), _years(years)
    if invested == 0 or saved <= 0:
        return None
    ratio = saved / invested  # the IRR depends only on savings per unit invested
    if ratio == 0 or not math.isfinite(2 * ratio * n):
        raise InputError(
            "không tính được IRR: tiết kiệm và vốn đầu tư chênh nhau quá nhiều lần",
            "the IRR cannot be computed: savings and investment differ by too many orders of magnitude",
        )
    return _checks.finite_result(_irr(ratio, n) * 100, "IRR", "the IRR")


def _annuity_and_slope(rate: float, years: int) -> tuple[float, float]:
    """Return the annuity factor at `rate` and its derivative d/d`rate` (inf, −inf beyond the float range)."""
    if rate == 0:
        return float(years), -years * (years + 1) / 2
    log_growth = math.log1p(rate)
    try:
        annuity = -math.expm1(-years * log_growth) / rate
        return annuity, (years * math.exp(-(years + 1) * log_growth) - annuity) / rate
    except OverflowError:
        return math.inf, -math.inf


def _irr(ratio: float, years: int) -> float:
    """Return the rate r at which `ratio` × annuity(r, `years`) = 1.

    The NPV falls and is convex in r, so Newton steps from the left of the root approach it from one side;
    `safe_newton` keeps them inside the sign-change bracket found here.
    """

    def npv(rate: float) -> tuple[float, float]:
        annuity, slope = _annuity_and_slope(rate, years)
        return ratio * annuity - 1, ratio * slope

    if years == 1:
        return ratio - 1
    at_zero = years * ratio - 1
    if at_zero == 0:
        return 0.0
    if at_zero > 0:  # the root is positive; the annuity is below 1/r, so npv(2 ratio) < 1/2 − 1 < 0
        return safe_newton(npv, 0.0, 2 * ratio, start=0.0)
    # the root lies in (−1, 0): at 1 + r = ratio^(1/n) the last year's discounted savings alone repay
    growth = ratio ** (1 / years)
    while growth - 1 > -1 and npv(growth - 1)[0] <= 0:  # guards against rounding only
        growth /= 2
    if growth - 1 == -1:  # 1 + r is below the float resolution near −1: the IRR is −100 % to float precision
        return -1.0
    return safe_newton(npv, growth - 1, 0.0, start=growth - 1)
