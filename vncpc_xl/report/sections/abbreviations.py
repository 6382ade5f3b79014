"""Các từ viết tắt (abbreviations): the centre file's list, as typed."""

from __future__ import annotations

from vncpc_xl.consolidate import YearData
from vncpc_xl.report._format import Formatter
from vncpc_xl.report.sections._common import Context


def context(data: YearData, fmt: Formatter) -> Context:
    """Return `abbreviations`: each abbreviation with its meaning, in the file's order."""
    return {
        "abbreviations": [
            {"abbreviation": a.abbreviation, "meaning": a.meaning} for a in data.centre.abbreviations
        ]
    }
