"""Hiện trạng môi trường (the centre's own environment): Bảng 4, the ISO 14001 office indicators by area."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from vncpc_xl.consolidate import KpiResult, YearData
from vncpc_xl.report._format import DASH, Formatter, is_whole
from vncpc_xl.report._i18n import choice
from vncpc_xl.report.sections._common import Context

_WORDS = {
    "vi": {
        "met": "đạt",
        "not_met": "chưa đạt",
        "reduce": "giảm {pct} từ {base}",
        "increase": "tăng tối đa {pct} từ {base}",
    },
    "en": {
        "met": "met",
        "not_met": "not met",
        "reduce": "reduce by {pct} from {base}",
        "increase": "increase at most {pct} from {base}",
    },
}


def context(data: YearData, fmt: Formatter) -> Context:
    """Return Bảng 4 grouped by area (`kpi_groups`) and the count of targets met (`kpi`)."""
    return kpi_context(data.kpis, fmt)


def kpi_context(kpis: Sequence[KpiResult], fmt: Formatter) -> Context:
    """Return Bảng 4 grouped by area (`kpi_groups`) and the count of targets met (`kpi`)."""
    groups = [
        {"area": choice(area, fmt.lang), "rows": [kpi_row(k, fmt) for k in results]}
        for area, results in groupby(kpis, key=lambda k: k.area)
    ]
    with_target = [k for k in kpis if k.target_met is not None]
    return {
        "kpi_groups": groups,
        "kpi": {
            "count": fmt.integer(len(kpis)),
            "with_target": fmt.integer(len(with_target)),
            "met": fmt.integer(sum(1 for k in with_target if k.target_met)),
        },
    }


def kpi_row(kpi: KpiResult, fmt: Formatter) -> dict[str, str]:
    """Return one line of Bảng 4: target as "giảm 1 % từ 2,48", result, change vs baseline and whether met."""
    words = _WORDS[fmt.lang]
    target = DASH
    if kpi.target_reduction_pct is not None and kpi.baseline is not None:
        template = words["reduce"] if kpi.target_reduction_pct >= 0 else words["increase"]
        decimals = 0 if is_whole(kpi.target_reduction_pct) else 1
        pct = fmt.percent(abs(kpi.target_reduction_pct) / 100, decimals)
        target = template.format(pct=pct, base=fmt.whole_or(kpi.baseline, 2))
    change = fmt.signed_percent(kpi.change_pct, 1)
    if kpi.target_met is not None:
        change += f" ({words['met'] if kpi.target_met else words['not_met']})"
    return {
        "code": kpi.code,
        "aspect": kpi.aspect,
        "unit": kpi.unit,
        "frequency": choice(kpi.frequency, fmt.lang) if kpi.frequency else DASH,
        "target": target,
        "baseline": fmt.whole_or(kpi.baseline, 2),
        "result": fmt.whole_or(kpi.result, 2),
        "change": change,
        "note": kpi.note,
    }
