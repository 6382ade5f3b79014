"""Workbooks: templates built from the schema, filled copies, the reader and the validator (openpyxl)."""

from __future__ import annotations

from vncpc_xl.workbook._paths import template_path
from vncpc_xl.workbook.builder import build_template, template_bytes, write_template
from vncpc_xl.workbook.fill import fill_workbook, new_workbook
from vncpc_xl.workbook.model import Row, Value, WorkbookData
from vncpc_xl.workbook.reader import read_workbook
from vncpc_xl.workbook.upgrade import UpgradeError, UpgradeResult, upgrade_workbook, upgraded_path
from vncpc_xl.workbook.validate import expand_paths, validate_paths

__all__ = [
    "Row",
    "UpgradeError",
    "UpgradeResult",
    "Value",
    "WorkbookData",
    "build_template",
    "expand_paths",
    "fill_workbook",
    "new_workbook",
    "read_workbook",
    "template_bytes",
    "template_path",
    "upgrade_workbook",
    "upgraded_path",
    "validate_paths",
    "write_template",
]
