"""Small helpers shared by the consolidation modules: cell values to plain Python, names, issues."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from vncpc_xl.errors import Issue, Severity


def text(value: Any) -> str:
    """Return `value` as stripped text; None is ``""`` and a whole float prints without ``.0``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def number(value: Any) -> float | None:
    """Return `value` as a finite float, or None when blank or not a number (the reader reports those)."""
    if value.__class__ is float:  # the common case first
        return value if math.isfinite(value) else None
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        result = float(value)
        return result if math.isfinite(result) else None
    if isinstance(value, str):
        cleaned = value.strip().replace(" ", "").replace("\u00a0", "")
        if not cleaned:
            return None
        try:
            result = float(cleaned.replace(",", "."))
        except ValueError:
            return None
        return result if math.isfinite(result) else None
    return None


def amount(value: Any) -> float:
    """Return `value` as a float where blank means 0 (quantities, money, counts)."""
    if value.__class__ is float and math.isfinite(value):
        return value
    result = number(value)
    return 0.0 if result is None else result


def integer(value: Any) -> int | None:
    """Return `value` as an int when it is a whole number, else None."""
    result = number(value)
    if result is None or not result.is_integer():
        return None
    return int(result)


def date(value: Any) -> dt.date | None:
    """Return `value` as a date (a datetime loses its time), or None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return None


def cell_of(row: Any, key: str) -> str | None:
    """Return the address of column `key` in `row` (e.g. ``"F12"``), or None for a row without addresses."""
    cell = getattr(row, "cell", None)
    return cell(key) if callable(cell) else None


def is_blank_row(row: Mapping[str, Any], keys: Iterable[str]) -> bool:
    """Return True when every cell of `keys` in `row` is blank."""
    return all(row.get(key) in (None, "") for key in keys)


_PUNCT = re.compile(r"[\s\.,;:\-–—_/\\\"'()]+")


def company_key(name: str) -> str:
    """Return the form two company names are compared in: NFC, case-folded, punctuation and spacing ignored.

    >>> company_key("Công ty  TNHH Xuân Hoà.") == company_key("CÔNG TY TNHH XUÂN HOÀ")
    True
    """
    folded = unicodedata.normalize("NFC", name).casefold()
    return _PUNCT.sub(" ", folded).strip()


def error(
    code: str,
    file: str,
    message_vi: str,
    message_en: str,
    *,
    sheet: str | None = None,
    cell: str | None = None,
    column: str | None = None,
    value: Any = None,
    severity: Severity = Severity.ERROR,
) -> Issue:
    """Return an `Issue` (an error unless `severity` says otherwise)."""
    return Issue(code, file, message_vi, message_en, sheet, cell, column, value, severity)


def warning(code: str, file: str, message_vi: str, message_en: str, **where: Any) -> Issue:
    """Return an `Issue` of severity warning."""
    return error(code, file, message_vi, message_en, severity=Severity.WARNING, **where)


def quote_list(items: Iterable[str]) -> str:
    """Return ``a.xlsx, b.xlsx``."""
    return ", ".join(items)
