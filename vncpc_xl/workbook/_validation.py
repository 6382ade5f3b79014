"""Data-validation rules of the templates: drop-down lists from a hidden list sheet, number/date/period rules.

Drop-down choices are kept on the very hidden sheet `LISTS_SHEET`, one column per list, and the rule points
at that range. An inline list (``"a,b,c"``) would split a choice that contains a comma, such as
"Thu hồi, tái sử dụng tại chỗ", and is limited to 255 characters, so every list uses the sheet.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from openpyxl.utils.cell import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from vncpc_xl.schema import ValueType
from vncpc_xl.workbook._describe import number_text, range_text
from vncpc_xl.workbook._layout import quote_sheet

LISTS_SHEET = "_lists"
_NO_BOUND = 999_999_999_999_999
_FIRST_DATE = 1  # 01/01/1900 as an Excel serial
_LAST_DATE = int(to_excel(datetime.date(2100, 12, 31)))
_MAX_MESSAGE = 255
_MAX_TITLE = 32
PERIOD_LENGTH = 7  # "YYYY-MM" and "YYYY-Qn"


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ListSheet:
    """The very hidden sheet holding every drop-down list, one column per distinct list."""

    def __init__(self, wb: Workbook) -> None:
        self._wb = wb
        self._ws: Worksheet | None = None
        self._refs: dict[tuple[str, ...], str] = {}

    def ref(self, choices: Sequence[str], label: str) -> str:
        """Return the absolute range holding `choices` (written on first use under the heading `label`)."""
        key = tuple(choices)
        if key not in self._refs:
            ws = self._sheet()
            col = len(self._refs) + 1
            ws.cell(1, col, label)
            for offset, choice in enumerate(key, start=2):
                ws.cell(offset, col, choice)
            letter = get_column_letter(col)
            self._refs[key] = f"{quote_sheet(LISTS_SHEET)}!${letter}$2:${letter}${len(key) + 1}"
        return self._refs[key]

    def _sheet(self) -> Worksheet:
        if self._ws is None:
            self._ws = self._wb.create_sheet(LISTS_SHEET)
            self._ws.sheet_state = "veryHidden"
        return self._ws

    @property
    def sheet(self) -> Worksheet | None:
        """Return the list sheet, or None when no drop-down was needed."""
        return self._ws


def _number_rule(value_type: ValueType, minimum: float | None, maximum: float | None) -> DataValidation:
    whole = value_type is ValueType.INTEGER
    low = _NO_BOUND * -1 if minimum is None else minimum
    high = _NO_BOUND if maximum is None else maximum
    what = "một số nguyên" if whole else "một số"
    return DataValidation(
        type="whole" if whole else "decimal",
        operator="between",
        formula1=number_text(low),
        formula2=number_text(high),
        error=f"Nhập {' '.join(filter(None, (what, range_text(minimum, maximum))))}.",
    )


def _date_rule() -> DataValidation:
    return DataValidation(
        type="date",
        operator="between",
        formula1=str(_FIRST_DATE),
        formula2=str(_LAST_DATE),
        error="Nhập một ngày dạng dd/mm/yyyy.",
    )


def _period_rule() -> DataValidation:
    return DataValidation(
        type="textLength",
        operator="equal",
        formula1=str(PERIOD_LENGTH),
        error="Nhập kỳ dạng YYYY-MM (tháng) hoặc YYYY-Qn (quý), ví dụ 2003-07 hoặc 2003-Q3.",
    )


def _list_rule(ref: str, choices: Sequence[str]) -> DataValidation:
    return DataValidation(
        type="list",
        formula1=ref,
        error=_clip("Chọn một giá trị trong danh sách: " + "; ".join(choices), _MAX_MESSAGE),
    )


def rule_for(
    value_type: ValueType,
    choices: Sequence[str],
    minimum: float | None,
    maximum: float | None,
    lists: ListSheet,
    list_label: str,
) -> DataValidation | None:
    """Return the data-validation rule of an input cell, or None for free text."""
    if choices:
        rule = _list_rule(lists.ref(choices, list_label), choices)
    elif value_type in (ValueType.INTEGER, ValueType.NUMBER, ValueType.MONEY, ValueType.PERCENT):
        rule = _number_rule(value_type, minimum, maximum)
    elif value_type is ValueType.DATE:
        rule = _date_rule()
    elif value_type is ValueType.PERIOD:
        rule = _period_rule()
    else:
        return None
    rule.allow_blank = True
    rule.showErrorMessage = True
    rule.errorStyle = "stop"
    rule.errorTitle = "Giá trị không hợp lệ"
    return rule


def add_prompt(rule: DataValidation | None, title: str, help_text: str) -> DataValidation | None:
    """Return `rule` (or a new any-value rule) showing `help_text` when the cell is selected."""
    if not help_text:
        return rule
    if rule is None:
        rule = DataValidation(allow_blank=True)
    rule.showInputMessage = True
    rule.promptTitle = _clip(title, _MAX_TITLE)
    rule.prompt = _clip(help_text, _MAX_MESSAGE)
    return rule
