"""Conversion of workbook amounts to USD."""

from __future__ import annotations

from vncpc_xl.core import _checks
from vncpc_xl.errors import InputError

CURRENCIES = ("USD", "VND")
_ALIASES = {"usd": "USD", "us$": "USD", "$": "USD", "vnd": "VND", "vnđ": "VND", "đ": "VND", "₫": "VND"}


def normalize_currency(text: object) -> str:
    """Return ``"USD"`` or ``"VND"`` for `text` (case-insensitive; "VNĐ" and "₫" are VND).

    >>> normalize_currency(" vnđ ")
    'VND'
    """
    code = _ALIASES.get(text.strip().casefold()) if isinstance(text, str) else None
    if code is None:
        raise InputError(
            f"đơn vị tiền tệ không rõ {text!r}; dùng: {', '.join(CURRENCIES)}",
            f"unknown currency {text!r}; use: {', '.join(CURRENCIES)}",
        )
    return code


def to_usd(amount: float, currency: str, exchange_rate: float | None) -> float:
    """Return `amount` in USD: unchanged for USD, divided by `exchange_rate` (VND per USD) for VND.

    >>> to_usd(15_700_000, "VND", 15_700)
    1000.0
    >>> to_usd(2_435_000, "USD", None)
    2435000.0
    """
    value = _checks.finite(amount, "số tiền", "the amount")
    code = normalize_currency(currency)
    rate = (
        None if exchange_rate is None else _checks.non_negative(exchange_rate, "tỷ giá", "the exchange rate")
    )
    if code == "USD":
        return value
    if not rate:
        raise InputError(
            "thiếu tỷ giá (VND/USD) hoặc tỷ giá bằng 0; hãy nhập tỷ giá khi đơn vị tiền tệ là VND",
            "the exchange rate (VND per USD) is missing or 0; enter it when the currency is VND",
        )
    return value / rate
