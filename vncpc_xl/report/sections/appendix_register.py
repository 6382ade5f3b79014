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


def context(data: YearData, fmt: Formatter) -> Context:
    """Return `register`: one row per option of the completed assessments, workbook order then row order."""
    completed = tuple(a for a in data.audits.assessments if a.completed)
    return {
        "register": Rows(
            records=lambda: _options(completed, fmt),
            row=lambda record: _row(*record, fmt),
            count=sum(len(a.option_results) for a in completed),
            fields=FIELDS,
        )
    }


def _options(
    completed: tuple[Assessment, ...], fmt: Formatter
) -> Iterator[tuple[tuple[str, str, str], OptionResult]]:
    """Yield each option of `completed` with the cells of its assessment (formatted once per assessment)."""
    for assessment in completed:
        cells = (
            assessment.company,
            choice(assessment.sector, fmt.lang) if assessment.sector else DASH,
            fmt.text(assessment.programme),
        )
        for option in assessment.option_results:
            yield cells, option


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
