"""Phổ biến thông tin (dissemination): the outreach items of the centre file, one printed line each.

The awareness seminars this section also reports are training figures (`tr`, `vncpc_xl.report.sections.training`).
"""

from __future__ import annotations

from vncpc_xl.consolidate import YearData
from vncpc_xl.report._format import Formatter
from vncpc_xl.report._i18n import choice
from vncpc_xl.report.sections._common import Context


def context(data: YearData, fmt: Formatter) -> Context:
    """Return `outreach`: type, title and the printed `line` ("Bài báo: … – Kênh (05/08/2003)") per item."""
    outreach = []
    for item in data.centre.outreach:
        kind = choice(item.type, fmt.lang)
        line = f"{kind}: {item.title}"
        if item.channel:
            line += f" – {item.channel}"
        if item.date is not None:
            line += f" ({fmt.date(item.date)})"
        outreach.append({"type": kind, "title": item.title, "line": line})
    return {"outreach": outreach}
