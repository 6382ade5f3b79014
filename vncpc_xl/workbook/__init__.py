"""Workbooks: templates built from the schema, filled copies, the reader and the validator.

Reading needs only python-calamine and lxml; the names that write workbooks (openpyxl) are imported on first
use, so reading a folder or importing the Excel functions never pays for openpyxl.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vncpc_xl._lazy import lazy_names
from vncpc_xl.workbook.model import Row, Value, WorkbookData
from vncpc_xl.workbook.reader import kind_of, read_workbook
from vncpc_xl.workbook.validate import expand_paths, validate_paths

if TYPE_CHECKING:
    from vncpc_xl.workbook._paths import template_path
    from vncpc_xl.workbook.builder import build_template, template_bytes, write_template
    from vncpc_xl.workbook.fill import fill_workbook, new_workbook
    from vncpc_xl.workbook.upgrade import UpgradeError, UpgradeResult, upgrade_workbook, upgraded_path

# name → module of the writing side, imported by `__getattr__` when first asked for
_LAZY = {
    "template_path": "_paths",
    "build_template": "builder",
    "template_bytes": "builder",
    "write_template": "builder",
    "fill_workbook": "fill",
    "new_workbook": "fill",
    "UpgradeError": "upgrade",
    "UpgradeResult": "upgrade",
    "upgrade_workbook": "upgrade",
    "upgraded_path": "upgrade",
}

__all__ = [
    "Row",
    "UpgradeError",
    "UpgradeResult",
    "Value",
    "WorkbookData",
    "build_template",
    "expand_paths",
    "fill_workbook",
    "kind_of",
    "new_workbook",
    "read_workbook",
    "template_bytes",
    "template_path",
    "upgrade_workbook",
    "upgraded_path",
    "validate_paths",
    "write_template",
]


__getattr__ = lazy_names(__name__, globals(), _LAZY)
