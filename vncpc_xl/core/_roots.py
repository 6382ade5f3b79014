"""A bracketing root finder for the IRR: Newton steps kept inside a sign-change bracket, else bisection."""

from __future__ import annotations

import math
from collections.abc import Callable

ValueAndSlope = Callable[[float], tuple[float, float]]


def safe_newton(f: ValueAndSlope, low: float, high: float, start: float, xtol: float = 1e-14) -> float:
    """Return a root of `f` in [`low`, `high`], where the values of `f` at the two ends have opposite signs.

    `f` returns the value and the slope at a point. Each step is a Newton step from the current point
    when it lands inside the bracket and shrinks it fast enough, else a bisection, so the search never
    leaves the bracket and always converges ("rtsafe", Press et al., Numerical Recipes, §9.4). It stops
    when a step is shorter than `xtol` × (1 + |x|).

    >>> round(safe_newton(lambda x: (x * x - 2, 2 * x), 0.0, 2.0, 2.0), 12)
    1.414213562373
    """
    f_low, f_high = f(low)[0], f(high)[0]
    if f_low == 0 or f_high == 0:
        return low if f_low == 0 else high
    if (f_low < 0) == (f_high < 0):
        raise ValueError(f"f({low}) and f({high}) must have opposite signs")
    negative, positive = (low, high) if f_low < 0 else (high, low)
    x, step_before_last, step = start, abs(high - low), abs(high - low)
    value, slope = f(x)
    for _ in range(200):
        if _newton_fails(x, value, slope, negative, positive, step_before_last):
            step_before_last, step = step, (positive - negative) / 2
            x = negative + step
        else:
            step_before_last, step = step, value / slope
            x -= step
        if abs(step) <= xtol * (1 + abs(x)):
            return x
        value, slope = f(x)
        if value == 0:
            return x
        if value < 0:
            negative = x
        else:
            positive = x
    return x


def _newton_fails(
    x: float, value: float, slope: float, negative: float, positive: float, step_before_last: float
) -> bool:
    """Return True when a Newton step from `x` would leave the bracket or not halve the step before last."""
    if not (math.isfinite(value) and math.isfinite(slope)) or slope == 0:
        return True
    outside = ((x - positive) * slope - value) * ((x - negative) * slope - value) > 0
    return outside or abs(2 * value) > abs(step_before_last * slope)
