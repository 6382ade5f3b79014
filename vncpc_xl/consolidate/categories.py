"""Options of the completed assessments by UNEP category (SPEC 6): counts, investment, savings and payback.

Pure: computed from the `Assessment` records of an `AuditSummary`, with the aggregation rules of Bảng 3 (only
`Đã thực hiện` options of `Hoàn thành` assessments are implemented; sums unrounded).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from vncpc_xl.consolidate.model import AuditSummary, OptionResult
from vncpc_xl.core import portfolio_payback_months
from vncpc_xl.schema.audit import OPTION_CATEGORIES


@dataclass(frozen=True)
class CategoryRow:
    """One UNEP category (or the total): options identified and implemented, and what the implemented cost
    and save (USD, unrounded); `payback_months` = 12 × Σ investment / Σ savings (None when savings ≤ 0)."""

    category: str
    identified: int
    implemented: int
    investment_usd: float
    savings_usd: float
    payback_months: float | None


@dataclass(frozen=True)
class CategorySummary:
    """The eight categories in the template's order (then any other value met), and their total.

    `no_investment_share` = implemented options with investment 0 ÷ implemented options (None without any);
    `top_categories` are the categories with the most implemented options, in order (several on a tie; none
    without any implemented option).
    """

    rows: tuple[CategoryRow, ...]
    total: CategoryRow
    no_investment_share: float | None
    top_categories: tuple[str, ...]


def _row(category: str, options: Sequence[OptionResult]) -> CategoryRow:
    done = [o for o in options if o.implemented]
    investment = math.fsum(o.investment_usd for o in done)
    savings = math.fsum(o.savings_usd for o in done)
    payback = portfolio_payback_months([investment], [savings]) if done else None
    return CategoryRow(category, len(options), len(done), investment, savings, payback)


def options_by_category(audits: AuditSummary) -> CategorySummary:
    """Return the options of the completed assessments of `audits` by UNEP category, with their total."""
    options = [o for a in audits.assessments if a.completed for o in a.option_results]
    categories = list(dict.fromkeys([*OPTION_CATEGORIES, *(o.category for o in options)]))
    rows = tuple(_row(c, [o for o in options if o.category == c]) for c in categories)
    done = [o for o in options if o.implemented]
    most = max((r.implemented for r in rows), default=0)
    return CategorySummary(
        rows=tuple(r for r in rows if r.category in OPTION_CATEGORIES or r.identified),
        total=_row("", options),
        no_investment_share=sum(o.investment_usd == 0 for o in done) / len(done) if done else None,
        top_categories=tuple(r.category for r in rows if most and r.implemented == most),
    )
