"""Conversion of workbook amounts to USD."""

from __future__ import annotations

import math

import pytest

from vncpc_xl.core import to_usd
from vncpc_xl.errors import InputError


def test_vnd_is_divided_by_the_exchange_rate() -> None:
    assert to_usd(2_435_000 * 15_600, "VND", 15_600) == pytest.approx(2_435_000)
    assert to_usd(31_400, " vnđ ", 15_700) == pytest.approx(2)


def test_usd_stays_as_it_is_with_or_without_a_rate() -> None:
    assert to_usd(650_000, "USD", None) == 650_000
    assert to_usd(650_000, "usd", 15_600) == 650_000


@pytest.mark.parametrize(
    ("amount", "currency", "rate"),
    [
        (1, "VND", None),
        (1, "VND", 0),
        (1, "VND", -15_600),
        (1, "USD", -1),
        (1, "EUR", 1.1),
        (1, None, 1),
        (math.nan, "USD", None),
    ],
)
def test_bad_currency_arguments_are_input_errors(amount, currency, rate) -> None:
    with pytest.raises(InputError) as caught:
        to_usd(amount, currency, rate)
    assert caught.value.message_vi != caught.value.message_en
