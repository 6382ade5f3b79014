"""Phụ lục 2 (appendix 2): the options register, every option of the completed assessments.

Option texts are passed as typed: the template environment escapes them, so markup or template tags in a
workbook print as text.
"""

from __future__ import annotations

from vncpc_xl.consolidate import OptionResult, YearData
from vncpc_xl.report._format import DASH, Formatter
from vncpc_xl.report._i18n import choice
from vncpc_xl.report.sections._common import Context


def context(data: YearData, fmt: Formatter) -> Context:
    """Return `register`: one row per option of the completed assessments, workbook order then row order."""
    rows = []
    for assessment in data.audits.assessments:
        if not assessment.completed:
            continue
        for option in assessment.option_results:
            rows.append(
                {
                    "company": assessment.company,
                    "sector": choice(assessment.sector, fmt.lang) if assessment.sector else DASH,
                    "programme": fmt.text(assessment.programme),
                    **_option_cells(option, fmt),
                }
            )
    return {"register": rows}


def _option_cells(option: OptionResult, fmt: Formatter) -> dict[str, str]:
    return {
        "option": option.name,
        "category": choice(option.category, fmt.lang) if option.category else DASH,
        "status": choice(option.status, fmt.lang) if option.status else DASH,
        "investment": fmt.number(option.investment_usd),
        "savings": fmt.number(option.savings_usd),
        "payback": fmt.number(option.payback_months, 1),
        "co2": fmt.number(option.co2_t, 1),
    }
