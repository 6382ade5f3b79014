"""Cell addresses, text normalisation, and the conversion of a raw cell value to its column's `ValueType`.

Raw values are what python-calamine returns for a cell: ``""`` (blank), float, int, bool, str,
datetime.date/datetime, time or timedelta. `convert` returns ``(value, None)`` or ``(None, code)``
where `code` names the problem (``value.not_number`` ...); blank always converts to None without a problem.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from vncpc_xl.schema import ValueType
from vncpc_xl.workbook.model import Value

EXCEL_EPOCH = dt.date(1899, 12, 30)
MIN_SERIAL, MAX_SERIAL = 1, 2958465  # 1900-01-01 .. 9999-12-31
PERIOD_RE = re.compile(r"^(\d{4})-(?:(0[1-9]|1[0-2])|[Qq]([1-4]))$")
REF_RE = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})$")

Converted = tuple[Value, "str | None"]


@lru_cache(maxsize=512)
def col_letter(index: int) -> str:
    """Return the column letters of 0-based column `index` (0 → ``A``, 26 → ``AA``).

    >>> col_letter(0), col_letter(25), col_letter(26), col_letter(702)
    ('A', 'Z', 'AA', 'AAA')
    """
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def col_index(letters: str) -> int:
    """Return the 0-based index of column `letters` (``A`` → 0)."""
    index = 0
    for char in letters.upper():
        index = index * 26 + ord(char) - 64
    return index - 1


def split_ref(ref: str) -> tuple[int, int] | None:
    """Return 0-based ``(row, column)`` of an A1 reference such as ``F12`` or ``$F$12``; None if not one.

    >>> split_ref("F12"), split_ref("$AA$1"), split_ref("12F")
    ((11, 5), (0, 26), None)
    """
    match = REF_RE.match(ref.strip())
    if not match:
        return None
    return int(match[2]) - 1, col_index(match[1])


def address(row: int, col: int) -> str:
    """Return the A1 address of 0-based `row`, `col`."""
    return f"{col_letter(col)}{row + 1}"


@lru_cache(maxsize=4096, typed=True)  # headers and drop-down values repeat in every workbook of a folder
def normalize_header(text: object) -> str:
    """Return `text` as headers and choices are compared: NFC, whitespace runs collapsed to one space."""
    return " ".join(unicodedata.normalize("NFC", str(text)).split())


def clean_text(text: str) -> str:
    """Return `text` in NFC with outer whitespace removed (inner line breaks kept)."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text.strip()


def is_blank(raw: Any) -> bool:
    """Return True for an empty cell (``""``, None or whitespace only)."""
    return raw is None or raw == "" or (isinstance(raw, str) and not raw.strip())


def _number_text(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)


def to_text(raw: Any) -> Converted:
    """Return a text cell's value: text stripped; a number typed in a text column becomes its digits."""
    if isinstance(raw, str):
        return clean_text(raw), None
    if isinstance(raw, bool):
        return ("TRUE" if raw else "FALSE"), None
    if isinstance(raw, (int, float)):
        return _number_text(float(raw)), None
    if isinstance(raw, (dt.date, dt.time)):
        return raw.isoformat(), None
    return str(raw), None


def _real_number(raw: Any) -> float | None:
    if isinstance(raw, bool) or not isinstance(raw, (int, float)):
        return None
    return float(raw)


def to_number(raw: Any) -> Converted:
    """Return a number cell's value as float; text, a date or TRUE/FALSE is ``value.not_number``."""
    number = _real_number(raw)
    if number is None or number != number:  # NaN never comes from Excel
        return None, "value.not_number"
    return number, None


def to_integer(raw: Any) -> Converted:
    """Return an integer cell's value as int; a fraction is ``value.not_integer``."""
    number = _real_number(raw)
    if number is None:
        return None, "value.not_number"
    if not number.is_integer():
        return None, "value.not_integer"
    return int(number), None


def to_date(raw: Any) -> Converted:
    """Return a date cell's value as datetime.date (from a date, a datetime or an Excel serial number).

    >>> to_date(37690.0)
    (datetime.date(2003, 3, 10), None)
    """
    if isinstance(raw, dt.datetime):
        return raw.date(), None
    if isinstance(raw, dt.date):
        return raw, None
    number = _real_number(raw)
    if number is not None and MIN_SERIAL <= number <= MAX_SERIAL:
        return EXCEL_EPOCH + dt.timedelta(days=int(number)), None
    return None, "value.not_date"


def to_period(raw: Any) -> Converted:
    """Return a period cell's value as ``YYYY-MM`` or ``YYYY-Qn``; a date becomes its month.

    >>> to_period(" 2003-q3 "), to_period(dt.date(2003, 7, 15)), to_period("2003-13")
    (('2003-Q3', None), ('2003-07', None), (None, 'value.bad_period'))
    """
    if isinstance(raw, (dt.date, dt.datetime)):
        return f"{raw.year:04d}-{raw.month:02d}", None
    if not isinstance(raw, str):
        return None, "value.bad_period"
    match = PERIOD_RE.match(raw.strip())
    if not match:
        return None, "value.bad_period"
    year, month, quarter = match.groups()
    return (f"{year}-{month}" if month else f"{year}-Q{quarter}"), None


CONVERTERS: dict[ValueType, Callable[[Any], Converted]] = {
    ValueType.TEXT: to_text,
    ValueType.INTEGER: to_integer,
    ValueType.NUMBER: to_number,
    ValueType.MONEY: to_number,
    ValueType.PERCENT: to_number,
    ValueType.DATE: to_date,
    ValueType.PERIOD: to_period,
}


def convert(raw: Any, value_type: ValueType) -> Converted:
    """Return ``(value, problem_code)`` for raw value `raw` read as `value_type` (blank → None, None)."""
    if is_blank(raw):
        return None, None
    return CONVERTERS[value_type](raw)


def period_year(period: str) -> int:
    """Return the year of a normalised period (``2003-07`` or ``2003-Q3`` → 2003)."""
    return int(period[:4])


def show(value: object, lang: str = "en") -> str:
    """Return `value` as a message quotes it: text in quotes, dates dd/mm/yyyy, numbers without ``.0``.

    Vietnamese writes the decimal mark as a comma (no thousands separator, so a year stays 2003).

    >>> show("abc"), show(20.0), show(20.5, "vi"), show(dt.date(2003, 3, 1))
    ('“abc”', '20', '20,5', '01/03/2003')
    """
    if isinstance(value, str):
        return f"“{value}”"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        text = _number_text(float(value)) if abs(value) < 1e15 else repr(value)
        return text.replace(".", ",") if lang == "vi" else text
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)
