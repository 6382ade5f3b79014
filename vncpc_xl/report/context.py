"""`build_context`: a `YearData` → the dict of formatted strings the Word template's tags read.

Every value the template prints is a string already formatted for the report language (numbers with
Babel, undefined values as "—"); lists are lists of such dicts. Totals come unrounded from the
consolidation and are rounded only in the sections. Each section of the report builds its own fields
(`vncpc_xl.report.sections`); the charts are added by `vncpc_xl.report.render`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from vncpc_xl.consolidate import YearData
from vncpc_xl.errors import VncpcError
from vncpc_xl.report._format import Formatter
from vncpc_xl.report.sections import (
    abbreviations,
    appendix_assessments,
    appendix_excluded,
    appendix_factors,
    appendix_register,
    appendix_sources,
    environment,
    narrative,
    other_activities,
    outreach,
    services,
    structure,
    title,
    training,
    trends,
)
from vncpc_xl.report.sections._common import Context

if TYPE_CHECKING:  # the archive's database stack is imported only when a report uses an archive
    from vncpc_xl.archive import ArchiveView

Section = Callable[[YearData, Formatter], Context]

# The report's sections in the order they print; each returns the fields its part of the template reads.
SECTIONS: tuple[tuple[str, Section], ...] = tuple(
    (module.__name__.rsplit(".", 1)[1], module.context)
    for module in (
        title,
        narrative,
        structure,
        training,
        services,
        outreach,
        environment,
        other_activities,
        trends,
        abbreviations,
        appendix_assessments,
        appendix_register,
        appendix_factors,
        appendix_sources,
        appendix_excluded,
    )
)


class DuplicateFieldError(VncpcError):
    """Two sections return the same field: one would silently overwrite the other (a programming error)."""


def build_context(data: YearData, lang: str = "vi", archive: ArchiveView | None = None) -> Context:
    """Return the template context of `data` in `lang` (``vi`` or ``en``): formatted strings only.

    With `archive`, the Trends section (`arc`) is filled and the cumulative training figures are the archive's.
    """
    fmt = Formatter(lang)
    context: Context = {}
    owner: dict[str, str] = {}
    for name, section in SECTIONS:
        fields = section(data, fmt)
        for key in fields:
            if key in owner:
                raise DuplicateFieldError(f"sections {owner[key]} and {name} both return {key!r}")
            owner[key] = name
        context.update(fields)
    if archive is not None:
        context.update(trends.with_archive(archive, data, fmt, context["tr"]))
    return context
