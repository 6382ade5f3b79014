"""Phụ lục 5 (appendix 5, with ``--allow-errors``): the workbooks left out and the problems of the folder itself."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from vncpc_xl.consolidate import Excluded, YearData
from vncpc_xl.errors import Issue, Severity
from vncpc_xl.report._format import Formatter
from vncpc_xl.report._i18n import kind_name
from vncpc_xl.report.sections._common import Context


def context(data: YearData, fmt: Formatter) -> Context:
    """Return `excluded` (path, kind and reasons of each workbook left out) and `folder_problems`."""
    return {
        "excluded": [
            {"path": e.path, "kind": kind_name(e.kind, fmt.lang), "reasons": list(e.reasons(fmt.lang))}
            for e in data.excluded
        ],
        "folder_problems": folder_problems(data.errors, data.sources, data.excluded, fmt.lang),
    }


def folder_problems(
    errors: Iterable[Issue], sources: Sequence[Any], excluded: Sequence[Excluded], lang: str
) -> list[str]:
    """Return the errors that concern the folder as a whole (a missing or doubled yearly file), not one workbook.

    With ``--allow-errors`` the report names them next to the excluded workbooks.
    """
    files = {s.path for s in sources} | {e.path for e in excluded}
    problems = [i.message(lang) for i in errors if i.severity is Severity.ERROR and i.file not in files]
    return list(dict.fromkeys(problems))
