"""The Word annual report: `YearData` → formatted context → docxtpl template → .docx (and PDF).

`make_report` and `default_output` are imported with the package; the rendering side (docxtpl, python-docx,
matplotlib) is imported on first use, so the command line and the ribbon start without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vncpc_xl._lazy import lazy_names
from vncpc_xl.report.api import ReportResult, default_output, make_report

if TYPE_CHECKING:
    from vncpc_xl.report.context import build_context
    from vncpc_xl.report.output import ReportError
    from vncpc_xl.report.render import (
        convert_to_pdf,
        packaged_template,
        render_bytes,
        render_report,
        template_for,
    )

# name → module that defines it, imported by `__getattr__` when first asked for
_LAZY = {
    "build_context": "context",
    "ReportError": "output",
    **dict.fromkeys(
        (
            "convert_to_pdf",
            "packaged_template",
            "render_bytes",
            "render_report",
            "template_for",
        ),
        "render",
    ),
}

__all__ = [
    "ReportError",
    "ReportResult",
    "build_context",
    "convert_to_pdf",
    "default_output",
    "make_report",
    "packaged_template",
    "render_bytes",
    "render_report",
    "template_for",
]


__getattr__ = lazy_names(__name__, globals(), _LAZY)
