"""The report's options tables: options by UNEP category (services section) and the options register (appendix).

Figures come unrounded from `vncpc_xl.consolidate` (`options_by_category`, the assessments' option results) and
are formatted here for the report language. Option texts are passed as typed: the template environment escapes
them, so markup or template tags in a workbook print as text.
"""

from __future__ import annotations

from vncpc_xl.consolidate import AuditSummary, OptionResult
from vncpc_xl.consolidate.categories import CategoryRow, options_by_category
from vncpc_xl.report._format import DASH, Formatter
from vncpc_xl.report._i18n import choice

Context = dict[str, object]


def category_context(audits: AuditSummary, fmt: Formatter) -> Context:
    """Return the options-by-category table (`categories`, `categories_total`) and its sentence's figures (`cat`)."""
    summary = options_by_category(audits)
    top = [r for r in summary.rows if r.category in summary.top_categories]
    return {
        "categories": [_category_row(r, fmt) for r in summary.rows],
        "categories_total": _category_row(summary.total, fmt),
        "cat": {
            "no_investment_share": fmt.percent(summary.no_investment_share),
            "top": _joined([choice(r.category, fmt.lang) for r in top], fmt.lang) or DASH,
            "top_count": fmt.integer(top[0].implemented if top else 0),
            "tied": len(top) > 1,
            "any_implemented": summary.total.implemented > 0,
        },
    }


def _joined(names: list[str], lang: str) -> str:
    """Return ``A, B và C`` (``A, B and C``)."""
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + (" và " if lang == "vi" else " and ") + names[-1]


def category_chart_items(audits: AuditSummary, lang: str) -> list[tuple[str, float]]:
    """Return (category, net annual savings USD) of the implemented options, for the category chart."""
    return [(choice(r.category, lang), r.savings_usd) for r in options_by_category(audits).rows]


def _category_row(row: CategoryRow, fmt: Formatter) -> dict[str, str]:
    return {
        "category": choice(row.category, fmt.lang) if row.category else "",
        "identified": fmt.integer(row.identified),
        "implemented": fmt.integer(row.implemented),
        "investment": fmt.number(row.investment_usd),
        "savings": fmt.number(row.savings_usd),
        "payback": fmt.number(row.payback_months, 1),
    }


def register_rows(audits: AuditSummary, fmt: Formatter) -> list[dict[str, str]]:
    """Return one register row per option of the completed assessments, workbook order then row order."""
    rows = []
    for assessment in audits.assessments:
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
    return rows


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
