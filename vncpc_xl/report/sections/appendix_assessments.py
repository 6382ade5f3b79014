"""Phụ lục 1 (appendix 1): every assessment of the year, with a total row."""

from __future__ import annotations

from vncpc_xl.consolidate import Assessment, YearData
from vncpc_xl.core import portfolio_payback_months
from vncpc_xl.report._format import DASH, Formatter
from vncpc_xl.report._i18n import choice
from vncpc_xl.report.sections._common import Context, Row, Rows

FIELDS = ("company", "sector", "programme", "status", "options", "investment", "savings", "payback", "co2")


def context(data: YearData, fmt: Formatter) -> Context:
    """Return `assessments` (one row each, implemented options, USD) and `assessments_total`.

    The total's payback is the portfolio's (Σ investment ÷ Σ savings), never an average of paybacks.
    """
    audits = data.audits.assessments
    total = {
        "options": f"{fmt.integer(sum(a.implemented for a in audits))}/{fmt.integer(sum(a.options for a in audits))}",
        "investment": fmt.number(sum(a.investment_usd for a in audits)),
        "savings": fmt.number(sum(a.savings_usd for a in audits)),
        "payback": fmt.number(
            portfolio_payback_months([a.investment_usd for a in audits], [a.savings_usd for a in audits]), 1
        ),
        "co2": fmt.number(sum(a.co2_t for a in audits)),
    }
    rows = Rows(lambda: audits, lambda a: assessment_row(a, fmt), len(audits), FIELDS)
    return {"assessments": rows, "assessments_total": total}


def assessment_row(assessment: Assessment, fmt: Formatter) -> Row:
    """Return one row of the assessments appendix (implemented options, USD)."""
    return {
        "company": assessment.company,
        "sector": choice(assessment.sector, fmt.lang) if assessment.sector else DASH,
        "programme": fmt.text(assessment.programme),
        "status": choice(assessment.status, fmt.lang) if assessment.status else DASH,
        "options": f"{fmt.integer(assessment.implemented)}/{fmt.integer(assessment.options)}",
        "investment": fmt.number(assessment.investment_usd),
        "savings": fmt.number(assessment.savings_usd),
        "payback": fmt.number(assessment.payback_months, 1),
        "co2": fmt.number(assessment.co2_t),
    }
