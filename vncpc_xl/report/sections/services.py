"""Dịch vụ tại doanh nghiệp (in-plant services): programmes, Bảng 3 (benefits) and Bảng 3a (options by category).

Figures come unrounded from `vncpc_xl.consolidate` (`options_by_category` among them) and are formatted here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from vncpc_xl.consolidate import Assessment, AuditSummary, Benefits, YearData
from vncpc_xl.consolidate.categories import CategoryRow, options_by_category
from vncpc_xl.core import RESOURCES
from vncpc_xl.report._format import DASH, Formatter
from vncpc_xl.report._i18n import choice, resource_unit
from vncpc_xl.report.sections._common import Context
from vncpc_xl.schema.audit import SECTORS

_TONNES = {"vi": "tấn", "en": "t"}


def context(data: YearData, fmt: Formatter) -> Context:
    """Return `au` (programme figures), `b3` (Bảng 3), `categories`, `categories_total` and `cat` (Bảng 3a).

    `chart_sectors` (Hình 2) and `chart_categories` (Hình 3) are filled in by the renderer, which draws them.
    """
    return {
        "au": programme_figures(data.audits, fmt),
        "b3": benefits_table(data.audits.benefits, fmt),
        **category_context(data.audits, fmt),
        "chart_sectors": None,
        "chart_categories": None,
    }


def programme_figures(audits: AuditSummary, fmt: Formatter) -> dict[str, object]:
    """Return the companies, programmes, completed assessments, implemented options and their payback."""
    return {
        "companies": fmt.integer(audits.companies),
        "programmes": fmt.integer(len(audits.programmes)),
        "programme_names": ", ".join(audits.programmes),
        "programme_rows": programme_rows(audits.programmes, audits.assessments, fmt),
        "completed": fmt.integer(audits.completed),
        "completed_sectors": completed_sectors(audits.assessments, fmt),
        "implemented_options": fmt.integer(audits.implemented_options),
        "options_of_completed": fmt.integer(audits.options_of_completed),
        "implemented_share": fmt.percent(audits.implemented_share),
        "payback_months": fmt.number(audits.payback_months, 1),
    }


def completed_sectors(assessments: Sequence[Assessment], fmt: Formatter) -> str:
    """Return the sectors of the completed assessments, in the schema's sector order, lower-case, joined."""
    found = {a.sector for a in assessments if a.completed and a.sector}
    ordered = [s for s in SECTORS if s in found] + sorted(found - set(SECTORS))
    return fmt.joined([choice(s, fmt.lang).lower() if s in SECTORS else s for s in ordered])


def programme_rows(
    programmes: Iterable[str], assessments: Sequence[Assessment], fmt: Formatter
) -> list[dict[str, str]]:
    """Return one line per programme: its companies and completed assessments."""
    rows = []
    for name in programmes:
        members = [a for a in assessments if a.programme == name]
        rows.append(
            {
                "name": name or DASH,
                "companies": fmt.integer(len(members)),
                "completed": fmt.integer(sum(a.completed for a in members)),
            }
        )
    return rows


def benefits_table(benefits: Benefits, fmt: Formatter) -> dict[str, str]:
    """Return Bảng 3's cells: each resource with its unit, money in USD, emissions in tonnes."""
    tonnes = _TONNES[fmt.lang]
    cells = {
        r.key: f"{fmt.number(benefits.quantities.get(r.key, 0.0))} {resource_unit(r.key, fmt.lang)}"
        for r in RESOURCES
    }
    cells["investment_usd"] = f"{fmt.number(benefits.investment_usd)} USD"
    cells["savings_usd"] = f"{fmt.number(benefits.savings_usd)} USD"
    cells["dust_t"] = f"{fmt.number(benefits.dust_t)} {tonnes}"
    cells["so2_t"] = f"{fmt.number(benefits.so2_t)} {tonnes}"
    cells["co2_t"] = f"{fmt.number(benefits.co2_t)} {tonnes}"
    return cells


def category_context(audits: AuditSummary, fmt: Formatter) -> Context:
    """Return the options-by-category table (`categories`, `categories_total`) and its sentence's figures (`cat`)."""
    summary = options_by_category(audits)
    top = [r for r in summary.rows if r.category in summary.top_categories]
    return {
        "categories": [_category_row(r, fmt) for r in summary.rows],
        "categories_total": _category_row(summary.total, fmt),
        "cat": {
            "no_investment_share": fmt.percent(summary.no_investment_share),
            "top": fmt.joined([choice(r.category, fmt.lang) for r in top]) or DASH,
            "top_count": fmt.integer(top[0].implemented if top else 0),
            "tied": len(top) > 1,
            "any_implemented": summary.total.implemented > 0,
        },
    }


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
