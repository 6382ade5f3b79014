"""Tests of vncpc_xl.report._format: Vietnamese and English number conventions, rounding once, "—"."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vncpc_xl.report._format import Formatter, exact_fixed_point, fixed_point


@pytest.mark.parametrize(
    ("lang", "value", "decimals", "expected"),
    [
        ("vi", 40838.4, 0, "40.838"),
        ("en", 40838.4, 0, "40,838"),
        ("vi", 2.48, 2, "2,48"),
        ("en", 2.48, 2, "2.48"),
        ("vi", 2435000, 0, "2.435.000"),
        ("vi", 14.75, 0, "15"),  # 177 công-tháng / 12, half away from zero
        ("vi", 2.475, 2, "2,48"),  # the decimal written, not the binary float below it
        ("vi", -0.4, 0, "0"),  # never "-0"
        ("vi", None, 0, "—"),
        ("en", math.nan, 2, "—"),
        ("en", math.inf, 0, "—"),
    ],
)
def test_number(lang: str, value: float | None, decimals: int, expected: str) -> None:
    assert Formatter(lang).number(value, decimals) == expected


def test_percentages_follow_the_language() -> None:
    vi, en = Formatter("vi"), Formatter("en")
    assert vi.percent(50 / 150) == "33 %"
    assert en.percent(50 / 150) == "33%"
    assert vi.signed_percent((1.48 - 2.48) / 2.48 * 100, 1) == "\u221240,3 %"
    assert en.signed_percent(3.16, 1) == "+3.2%"
    assert vi.signed_percent(0.0, 1) == "0,0 %"
    assert vi.percent(None) == "—"


def test_significant_keeps_small_factors() -> None:
    assert Formatter("vi").significant(0.00028000000000000003) == "0,00028"
    assert Formatter("en").significant(2.62461) == "2.62461"


def test_dates_and_text() -> None:
    assert Formatter("vi").date(dt.date(2003, 8, 5)) == "05/08/2003"
    assert Formatter("en").date(dt.date(2003, 8, 5)) == "5 Aug 2003"
    assert Formatter("vi").date(None) == "—"
    assert Formatter("vi").text("  ") == "—"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="fr"):
        Formatter("fr")


@settings(max_examples=3000, deadline=None)
@given(
    value=st.one_of(
        st.floats(allow_nan=True, allow_infinity=True),
        st.floats(min_value=-1e7, max_value=1e7),
        st.integers(min_value=-(10**6), max_value=10**6).map(lambda n: n / 1000),  # written ties: 2.475
        st.integers(min_value=-(10**9), max_value=10**9).map(lambda n: n / 200),
        st.integers(min_value=-(2**60), max_value=2**60),
        st.floats(min_value=-1e16, max_value=1e16),
    ),
    decimals=st.integers(min_value=0, max_value=9),
)
def test_the_fast_path_writes_what_the_exact_one_writes(value: float, decimals: int) -> None:
    fast = fixed_point(value, decimals)
    assert fast is None or fast == exact_fixed_point(value, decimals)


def test_most_figures_take_the_fast_path() -> None:
    values = [i * 1.37 for i in range(2000)] + [i * 0.1 for i in range(2000)] + list(range(2000))
    taken = sum(fixed_point(v, d) is not None for v in values for d in (0, 1, 2))
    assert taken > 0.97 * 3 * len(values)
    assert Formatter("vi").number(2.475, 2) == "2,48" and Formatter("en").number(1234.25, 1) == "1,234.3"
