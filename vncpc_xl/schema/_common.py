"""Pieces shared by several workbook kinds."""

from __future__ import annotations

from vncpc_xl.schema.model import NameSpec, SheetSpec, ValueType

# The workbook contract's version, one number for the four kinds (SPEC 3). Version 2 added tblNarrative's
# `Ngôn ngữ`; every earlier version is still read, and `vncpc-xl upgrade` writes a current copy.
TEMPLATE_VERSION = 2

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
