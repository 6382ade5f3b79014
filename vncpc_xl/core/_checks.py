"""Argument checks shared by the core modules: each returns the clean value or raises `InputError`."""

from __future__ import annotations

import math
from collections.abc import Iterable
from numbers import Real

from vncpc_xl.errors import InputError


def finite(value: object, what_vi: str, what_en: str) -> float:
    """Return `value` as a float, or raise `InputError` unless it is a finite real number (not a bool)."""
    if type(value) is float and math.isfinite(value):  # the common case, without the slower ABC check
        return value
    if isinstance(value, bool) or not isinstance(value, Real):
        raise InputError(
            f"{what_vi} phải là một số, không phải {value!r}",
            f"{what_en} must be a number, not {value!r}",
        )
    number = float(value)
    if not math.isfinite(number):
        raise InputError(
            f"{what_vi} phải là số hữu hạn, không phải {value!r}",
            f"{what_en} must be a finite number, not {value!r}",
        )
    return number


def non_negative(value: object, what_vi: str, what_en: str) -> float:
    """Return `value` as a float, or raise `InputError` unless it is finite and ≥ 0."""
    number = finite(value, what_vi, what_en)
    if number < 0:
        raise InputError(
            f"{what_vi} không được âm ({value!r}); hãy nhập số ≥ 0",
            f"{what_en} must not be negative ({value!r}); enter a number ≥ 0",
        )
    return number


def percent(value: object, what_vi: str, what_en: str) -> float:
    """Return `value` as a float, or raise `InputError` unless it lies in 0..100 (a percentage)."""
    number = non_negative(value, what_vi, what_en)
    if number > 100:
        raise InputError(
            f"{what_vi} là phần trăm, phải từ 0 đến 100 ({value!r})",
            f"{what_en} is a percentage and must lie in 0..100 ({value!r})",
        )
    return number


def whole(value: object, what_vi: str, what_en: str) -> int:
    """Return `value` as an int, or raise `InputError` unless it is a whole number (2010 or 2010.0)."""
    number = finite(value, what_vi, what_en)
    if not number.is_integer():
        raise InputError(
            f"{what_vi} phải là số nguyên, không phải {value!r}",
            f"{what_en} must be a whole number, not {value!r}",
        )
    return int(number)


def finite_result(value: float, what_vi: str, what_en: str) -> float:
    """Return `value`, or raise `InputError` when a calculation overflowed (inputs beyond any real case)."""
    if not math.isfinite(value):
        raise InputError(
            f"{what_vi} quá lớn để tính; hãy kiểm tra các số đã nhập",
            f"{what_en} is too large to compute; check the numbers entered",
        )
    return value


def checked_sum(values: Iterable[float], what_vi: str, what_en: str) -> float:
    """Return the exact-rounded sum of finite `values` (math.fsum), or raise `InputError` if it overflows."""
    try:
        total = math.fsum(values)
    except OverflowError:
        total = math.inf
    return finite_result(total, what_vi, what_en)
