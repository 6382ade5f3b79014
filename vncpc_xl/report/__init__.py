"""The Word annual report: `YearData` → formatted context → docxtpl template → .docx (and PDF)."""

from __future__ import annotations

from vncpc_xl.report.api import ReportResult, default_output, make_report
from vncpc_xl.report.context import build_context
from vncpc_xl.report.render import (
    ReportError,
    convert_to_pdf,
    packaged_template,
    render_bytes,
    render_report,
    template_for,
)

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
