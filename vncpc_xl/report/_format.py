"""Number, percent and date formatting in the report language (Babel), with "—" for undefined values.

Vietnamese groups thousands with "." and writes decimals with "," (40.838 and 2,48); English the other way
round (40,838 and 2.48). Values are rounded half away from zero, once, here.

>>> vi, en = Formatter("vi"), Formatter("en")
>>> vi.number(40838.4), en.number(40838.4), vi.number(2.475, 2), en.number(None)
('40.838', '40,838', '2,48', '—')
>>> vi.percent(0.3333), en.percent(0.3333), vi.signed_percent(-40.32, 1), en.signed_percent(5, 1)
('33 %', '33%', '−40,3 %', '+5.0%')
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from babel.dates import format_date
from babel.numbers import get_decimal_symbol, get_group_symbol

DASH = "—"
MINUS = "\u2212"
LOCALES = {"vi": "vi", "en": "en"}


class Formatter:
    """Format values for the report in `lang` (``vi`` or ``en``)."""

    def __init__(self, lang: str) -> None:
        if lang not in LOCALES:
            raise ValueError(f"unknown report language {lang!r}; expected vi or en")
        self.lang = lang
        self.locale = LOCALES[lang]
        # Babel gives the language's symbols; Python's own formatting does the (hot) digit work.
        self._group = get_group_symbol(self.locale)
        self._decimal = get_decimal_symbol(self.locale)
        self._as_python = (self._group, self._decimal) == (",", ".")

    def number(self, value: float | int | None, decimals: int = 0) -> str:
        """Return `value` rounded to `decimals` places with the language's separators; "—" when undefined."""
        text = fixed_point(value, decimals)
        if text is None:
            text = exact_fixed_point(value, decimals)
        return self._localised(text) if text is not None else DASH

    def significant(self, value: float | None, max_decimals: int = 6) -> str:
        """Return `value` with up to `max_decimals` decimals, trailing zeros dropped (for factors)."""
        rounded = _rounded(value, max_decimals)
        if rounded is None:
            return DASH
        text = f"{rounded:,.{max_decimals}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return self._localised(text)

    def integer(self, value: int | float | None) -> str:
        """Return a count with thousands separators."""
        return self.number(value, 0)

    def percent(self, fraction: float | None, decimals: int = 0) -> str:
        """Return the 0..1 `fraction` as a percentage (``33 %`` in Vietnamese, ``33%`` in English)."""
        if fraction is None or not math.isfinite(fraction):
            return DASH
        return self._with_percent_sign(self.number(fraction * 100, decimals))

    def signed_percent(self, points: float | None, decimals: int = 1) -> str:
        """Return `points` (already in %) with an explicit sign: ``−40,3 %``, ``+5,0 %``."""
        rounded = _rounded(points, decimals)
        if rounded is None:
            return DASH
        text = self.number(abs(rounded), decimals)
        sign = "" if rounded == 0 else (MINUS if rounded < 0 else "+")
        return self._with_percent_sign(sign + text)

    def date(self, value: dt.date | None) -> str:
        """Return `value` as ``05/08/2003`` (vi) or ``5 Aug 2003`` (en)."""
        if value is None:
            return DASH
        pattern = "dd/MM/yyyy" if self.lang == "vi" else "d MMM yyyy"
        return format_date(value, format=pattern, locale=self.locale)

    def whole_or(self, value: float | None, decimals: int) -> str:
        """Return `value` without decimals when it is whole, else with `decimals` places; "—" when undefined.

        >>> Formatter("vi").whole_or(177.0, 1), Formatter("vi").whole_or(2.475, 2)
        ('177', '2,48')
        """
        if value is None:
            return DASH
        return self.number(value, 0 if is_whole(value) else decimals)

    def joined(self, names: Sequence[str]) -> str:
        """Return ``A, B và C`` (``A, B and C``); one name alone, "" for none.

        >>> Formatter("en").joined(["Textiles", "Food", "Paper"])
        'Textiles, Food and Paper'
        """
        if len(names) < 2:
            return "".join(names)
        return ", ".join(names[:-1]) + (" và " if self.lang == "vi" else " and ") + names[-1]

    def text(self, value: object) -> str:
        """Return `value` as text, "—" when blank."""
        if value is None:
            return DASH
        text = str(value).strip()
        return text or DASH

    def _localised(self, text: str) -> str:
        """Return the ``1,234.5`` of Python's formatting with the language's separators (``1.234,5``)."""
        if self._as_python:
            return text
        return text.replace(",", "\0").replace(".", self._decimal).replace("\0", self._group)

    def _with_percent_sign(self, number: str) -> str:
        return f"{number} %" if self.lang == "vi" else f"{number}%"


def is_whole(value: float) -> bool:
    """Return True when `value` is a whole number, to the precision of the data."""
    return abs(value - round(value)) < 1e-9


def exact_fixed_point(value: float | int | None, decimals: int) -> str | None:
    """Return `value` rounded half away from zero to `decimals` places (``1,234.5``), None when undefined.

    The reference: the decimal `value` is written as (its shortest repr), rounded with `Decimal`.
    """
    rounded = _rounded(value, decimals)
    return None if rounded is None else f"{rounded:,.{max(decimals, 0)}f}"


def fixed_point(value: float | int | None, decimals: int) -> str | None:
    """Return what `exact_fixed_point` returns, without `Decimal`, or None when only it can tell.

    A float's fixed-point digits (rounded half to even from the binary value) agree with its written decimal
    rounded half away from zero, except when that decimal is a tie (``2.475`` to 2 places) and for values
    too large for the binary value to be within half a unit of the last place: those go the exact way. A long
    table formats tens of thousands of numbers, so this is the path most take.

    >>> fixed_point(40838.4, 0), fixed_point(-0.04, 1), fixed_point(2.475, 2), fixed_point(7, 1)
    ('40,838', '0.0', None, '7.0')
    """
    limit = _FAST_LIMITS.get(decimals)
    if limit is None:
        return None
    kind = type(value)
    if kind is float:
        if not -limit < value < limit:
            return None  # NaN and infinities fail the comparison too
        if decimals == 0:
            if value % 1.0 == 0.5:
                return None  # k.5 is a float exactly, and written so: a tie
        else:
            written = repr(value)
            if "e" in written or (written[-1] == "5" and len(written) - written.index(".") == decimals + 2):
                return None
    elif kind is not int or not -_EXACT_INT < value < _EXACT_INT:
        return None
    text = f"{value:,.{decimals}f}"
    return text[1:] if text[0] == "-" and not text.strip("-0.,") else text  # never "-0"


# Below these a float's own error (half its last binary place) is about a tenth of the last of `decimals` places.
_FAST_LIMITS = {decimals: 10.0 ** (15 - decimals) for decimals in range(0, 10)}
_EXACT_INT = 2**53  # integers a float holds exactly


def _rounded(value: float | int | None, decimals: int) -> Decimal | None:
    """Return `value` rounded half away from zero to `decimals` places, or None when undefined."""
    if value is None or isinstance(value, bool):
        return None
    exact = Decimal(value) if isinstance(value, int) else Decimal(repr(float(value)))
    if not exact.is_finite():
        return None
    rounded = exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return rounded + 0 if rounded != 0 else abs(rounded)  # never "-0"
