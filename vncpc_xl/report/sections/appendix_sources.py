"""Phụ lục 4 (appendix 4): every source file read, its kind, whether it was used, and its SHA-256."""

from __future__ import annotations

from vncpc_xl.consolidate import YearData
from vncpc_xl.report._format import Formatter
from vncpc_xl.report._i18n import kind_name
from vncpc_xl.report.sections._common import Context

_USED = {"vi": ("có", "không"), "en": ("yes", "no")}


def context(data: YearData, fmt: Formatter) -> Context:
    """Return `sources`: path, workbook kind, `used` (yes/no) and SHA-256 of each file read."""
    yes, no = _USED[fmt.lang]
    return {
        "sources": [
            {
                "path": s.path,
                "kind": kind_name(s.kind, fmt.lang),
                "used": yes if s.included else no,
                "sha256": s.sha256,
            }
            for s in data.sources
        ]
    }
