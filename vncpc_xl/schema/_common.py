"""Pieces shared by several workbook kinds."""

from __future__ import annotations

from vncpc_xl.schema.model import NameSpec, SheetSpec, ValueType

INFO_SHEET = "Thông tin"

YEAR = NameSpec(
    "Year",
    "Năm",
    "Year",
    ValueType.INTEGER,
    required=True,
    minimum=1990,
    maximum=2100,
    help_vi="Năm của sổ; mọi sổ trong một thư mục báo cáo phải cùng năm.",
    help_en="The workbook's year; every workbook of a report folder must carry the same year.",
)


def info_sheet(*extra: NameSpec) -> SheetSpec:
    """Return the `Thông tin` sheet holding `Year` and any `extra` defined names."""
    return SheetSpec(name=INFO_SHEET, names=(YEAR, *extra))
