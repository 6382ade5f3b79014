"""The title page and the running footer: report year, centre name and director."""

from __future__ import annotations

from vncpc_xl.consolidate import YearData
from vncpc_xl.report._format import DASH, Formatter
from vncpc_xl.report.sections._common import Context


def context(data: YearData, fmt: Formatter) -> Context:
    """Return `lang`, `year`, `centre_name` and `director` ("—" for a missing year or centre name)."""
    return {
        "lang": fmt.lang,
        "year": str(data.year) if data.year is not None else DASH,
        "centre_name": data.centre.name or DASH,
        "director": data.centre.director,
    }
