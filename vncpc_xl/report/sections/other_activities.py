"""Các hoạt động SXSH khác (other cleaner-production activities): Bảng 5, the projects the centre coordinated."""

from __future__ import annotations

from vncpc_xl.consolidate import YearData
from vncpc_xl.report._format import Formatter
from vncpc_xl.report.sections._common import Context

_PROJECT_FIELDS = ("name", "cp_content", "donor", "partner", "place", "period")


def context(data: YearData, fmt: Formatter) -> Context:
    """Return `projects`: name, CP content, donor, partner, place and period of each ("—" when blank)."""
    return {
        "projects": [
            {field: fmt.text(getattr(project, field)) for field in _PROJECT_FIELDS}
            for project in data.centre.projects
        ]
    }
