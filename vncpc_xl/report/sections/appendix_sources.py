"""Phụ lục 4 (appendix 4): every source file read, its kind, whether it was used, and its SHA-256."""

from __future__ import annotations

from vncpc_xl.consolidate import SourceFile, YearData
from vncpc_xl.report._format import Formatter
from vncpc_xl.report._i18n import kind_name
from vncpc_xl.report.sections._common import Context, Row, Rows

_USED = {"vi": ("có", "không"), "en": ("yes", "no")}
FIELDS = ("path", "kind", "used", "sha256")


def context(data: YearData, fmt: Formatter) -> Context:
    """Return `sources`: path, workbook kind, `used` (yes/no) and SHA-256 of each file read."""
    sources = data.sources
    rows = Rows(lambda: sources, lambda s: _source_row(s, fmt.lang), len(sources), FIELDS)
    return {"sources": rows}


def _source_row(source: SourceFile, lang: str) -> Row:
    yes, no = _USED[lang]
    return {
        "path": source.path,
        "kind": kind_name(source.kind, lang),
        "used": yes if source.included else no,
        "sha256": source.sha256,
    }
