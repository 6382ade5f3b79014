"""Phụ lục 2 (appendix 2): the options register, every option of the completed assessments.

Option texts are passed as typed: the template environment escapes them, so markup or template tags in a
workbook print as text. The register is the report's longest table (one row per option): its rows are made
as they are written (`Rows`), never all at once.
"""

from __future__ import annotations

from collections.abc import Iterator

from vncpc_xl.consolidate import Assessment, OptionResult, YearData
from vncpc_xl.report._format import DASH, Formatter
from vncpc_xl.report._i18n import choice
from vncpc_xl.report.sections._common import Context, Row, Rows

FIELDS = (
    "company",
    "sector",
    "programme",
    "option",
    "category",
    "status",
    "investment",
    "savings",
    "payback",
    "co2",
)


# The register rows of the last report written in each language, by assessment, for a year of at most `_KEPT`
# completed assessments: a re-run in the same process (the ribbon's, after one workbook was fixed) meets the
# very same records again for every unchanged workbook. Keyed by the record's id, with the record itself kept so
# that an id never names another record; a report keeps only its own year's rows, so the memory is one year's.
_KEPT = 2_000
_FORMATTED: dict[tuple[int, str], tuple[Assessment, tuple[Row, ...]]] = {}


def context(data: YearData, fmt: Formatter) -> Context:
    """Return `register`: one row per option of the completed assessments, workbook order then row order."""
    completed = tuple(a for a in data.audits.assessments if a.completed)
    kept = len(completed) <= _KEPT  # a larger year is written row by row, its memory that of a row
    return {
        "register": Rows(
            records=lambda: _rows(completed, fmt, kept),
            row=_same,
            count=sum(len(a.option_results) for a in completed),
            fields=FIELDS,
        )
    }


def _same(row: Row) -> Row:
    return row


def _rows(completed: tuple[Assessment, ...], fmt: Formatter, kept: bool) -> Iterator[Row]:
    """Yield the register rows of `completed`, those of an assessment met before taken again when `kept`."""
    if not kept:
        for assessment in completed:
            yield from _assessment_rows(assessment, fmt)
        return
    made: dict[tuple[int, str], tuple[Assessment, tuple[Row, ...]]] = {}
    for assessment in completed:
        key = (id(assessment), fmt.lang)
        known = _FORMATTED.get(key)
        if known is None or known[0] is not assessment:
            known = (assessment, tuple(_assessment_rows(assessment, fmt)))
        made[key] = known
        yield from known[1]
    stale = [key for key in _FORMATTED if key[1] == fmt.lang]  # every row written: this year's replace them
    for key in stale:
        del _FORMATTED[key]
    _FORMATTED.update(made)


def _assessment_rows(assessment: Assessment, fmt: Formatter) -> Iterator[Row]:
    """Yield the register row of each option of `assessment`, its cells formatted once for all of them."""
    cells = (
        assessment.company,
        choice(assessment.sector, fmt.lang) if assessment.sector else DASH,
        fmt.text(assessment.programme),
    )
    for option in assessment.option_results:
        yield _row(cells, option, fmt)


def _row(assessment: tuple[str, str, str], option: OptionResult, fmt: Formatter) -> Row:
    company, sector, programme = assessment
    return {
        "company": company,
        "sector": sector,
        "programme": programme,
        "option": option.name,
        "category": choice(option.category, fmt.lang) if option.category else DASH,
        "status": choice(option.status, fmt.lang) if option.status else DASH,
        "investment": fmt.number(option.investment_usd),
        "savings": fmt.number(option.savings_usd),
        "payback": fmt.number(option.payback_months, 1),
        "co2": fmt.number(option.co2_t, 1),
    }
