"""The KPI log: each indicator's yearly result, change vs baseline and whether its target was met (Bảng 4)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from vncpc_xl.consolidate._values import amount, cell_of, integer, number, text, warning
from vncpc_xl.consolidate.model import KpiPeriod, KpiResult
from vncpc_xl.errors import Issue
from vncpc_xl.schema.kpi import DENOMINATOR_COLUMN, DENOMINATOR_LOG, LOG, NO_DENOMINATOR, TARGETS

_PERIOD = re.compile(r"^\s*(\d{4})\s*-\s*(?:(\d{1,2})|[Qq]([1-4]))\s*$")
_TOLERANCE = 1e-9


def parse_period(value: Any) -> tuple[int, str, int] | None:
    """Return ``(year, "M"|"Q", number)`` of a period ``YYYY-MM`` or ``YYYY-Qn``, or None.

    >>> parse_period("2003-07"), parse_period("2003-Q3"), parse_period("July")
    ((2003, 'M', 7), (2003, 'Q', 3), None)
    """
    match = _PERIOD.match(text(value))
    if not match:
        return None
    year = int(match[1])
    if match[2] is not None:
        month = int(match[2])
        return (year, "M", month) if 1 <= month <= 12 else None
    return year, "Q", int(match[3])


def compute_kpis(
    names: Mapping[str, Any], tables: Mapping[str, Sequence[Any]], file: str
) -> tuple[tuple[KpiResult, ...], list[Issue]]:
    """Return every KPI of the log with its yearly result, and warnings for KPIs that cannot be computed.

    Result = Σ values ÷ Σ the named denominator over the year's periods (Σ values when `Mẫu số` is Không).
    """
    year = integer(names.get("Year"))
    issues: list[Issue] = []
    values = _values_by_code(tables.get(LOG.name, ()), year, file, issues)
    denominators = _denominators(tables.get(DENOMINATOR_LOG.name, ()), year)
    results = []
    for row in tables.get(TARGETS.name, ()):
        code = text(row.get("code"))
        if code:
            results.append(_result(row, values.get(code, {}), denominators, file, issues))
    return tuple(results), issues


def _values_by_code(
    rows: Iterable[Any], year: int | None, file: str, issues: list[Issue]
) -> dict[str, dict[str, float]]:
    values: dict[str, dict[str, float]] = defaultdict(dict)
    seen: dict[tuple[str, str], str] = {}
    for row in rows:
        code, period = text(row.get("code")), _canonical_period(row.get("period"))
        if not code or period is None or (year is not None and not period.startswith(str(year))):
            continue
        cell = cell_of(row, "value")
        if (code, period) in seen:
            issues.append(_logged_twice(file, code, period, seen[(code, period)], cell))
        seen[(code, period)] = cell or ""
        values[code][period] = values[code].get(period, 0.0) + amount(row.get("value"))
    return values


def _canonical_period(value: Any) -> str | None:
    parsed = parse_period(value)
    if parsed is None:
        return None
    year, kind, n = parsed
    return f"{year}-{n:02d}" if kind == "M" else f"{year}-Q{n}"


def _denominators(rows: Iterable[Any], year: int | None) -> dict[str, dict[str, float | None]]:
    """Return period -> {denominator column key -> value (None when blank)} of the year's periods."""
    table: dict[str, dict[str, float | None]] = {}
    for row in rows:
        period = _canonical_period(row.get("period"))
        if period is None or (year is not None and not period.startswith(str(year))):
            continue
        table[period] = {key: number(row.get(key)) for key in DENOMINATOR_COLUMN.values()}
    return table


def _result(
    row: Any,
    values: Mapping[str, float],
    denominators: Mapping[str, Mapping[str, float | None]],
    file: str,
    issues: list[Issue],
) -> KpiResult:
    code, denominator = text(row.get("code")), text(row.get("denominator"))
    column = DENOMINATOR_COLUMN.get(denominator)
    numerator = sum(values.values())
    total = None if column is None else sum(amount(d.get(column)) for d in denominators.values())
    result: float | None
    if not values:
        issues.append(_not_logged(file, code, cell_of(row, "code")))
        result = None
    elif column is None:
        result = numerator
    elif not total:
        issues.append(_zero_denominator(file, code, denominator))
        result = None
    else:
        result = numerator / total
    baseline, target = number(row.get("baseline")), number(row.get("target_reduction_pct"))
    change = None if result is None or not baseline else (result - baseline) / baseline * 100
    met = None if change is None or target is None else -change >= target - _TOLERANCE
    return KpiResult(
        code=code,
        area=text(row.get("area")),
        aspect=text(row.get("aspect")),
        unit=text(row.get("unit")),
        denominator=denominator or NO_DENOMINATOR,
        frequency=text(row.get("frequency")),
        baseline=baseline,
        target_reduction_pct=target,
        result=result,
        numerator=numerator,
        denominator_total=total,
        change_pct=change,
        target_met=met,
        note=text(row.get("note")),
        periods=tuple(
            KpiPeriod(p, v, _period_denominator(p, column, denominators)) for p, v in sorted(values.items())
        ),
    )


def _period_denominator(
    period: str, column: str | None, denominators: Mapping[str, Mapping[str, float | None]]
) -> float | None:
    """Return the denominator of `period`: its own row, or the sum of its months for a quarter."""
    if column is None:
        return None
    if period in denominators:
        return denominators[period].get(column)
    parsed = parse_period(period)
    if parsed is None or parsed[1] != "Q":
        return None
    year, _, quarter = parsed
    months = [f"{year}-{m:02d}" for m in range(3 * quarter - 2, 3 * quarter + 1)]
    present = [denominators[m].get(column) for m in months if m in denominators]
    return sum(amount(v) for v in present) if present else None


def _logged_twice(file: str, code: str, period: str, first: str, second: str | None) -> Issue:
    return warning(
        "kpi.logged_twice",
        file,
        f"Chỉ tiêu {code} có hai dòng số liệu cho kỳ {period} ({first} và {second}); "
        "hai giá trị được cộng lại. Nếu là nhập trùng, hãy xóa một dòng.",
        f"KPI {code} has two log rows for period {period} ({first} and {second}); the values are added. "
        "If one is a duplicate entry, delete it.",
        sheet=LOG.sheet,
        cell=second,
        value=code,
    )


def _not_logged(file: str, code: str, cell: str | None) -> Issue:
    return warning(
        "kpi.not_logged",
        file,
        f"Chỉ tiêu {code} chưa có số liệu nào trong năm (bảng {LOG.name}, trang '{LOG.sheet}'); "
        "báo cáo sẽ để trống kết quả. Hãy nhập số liệu các kỳ.",
        f"KPI {code} has no logged value for the year (table {LOG.name}, sheet '{LOG.sheet}'); "
        "the report leaves its result blank. Enter the values of its periods.",
        sheet=TARGETS.sheet,
        cell=cell,
        value=code,
    )


def _zero_denominator(file: str, code: str, denominator: str) -> Issue:
    return warning(
        "kpi.zero_denominator",
        file,
        f"Chỉ tiêu {code} chia cho '{denominator}' nhưng cột này trong bảng {DENOMINATOR_LOG.name} "
        f"(trang '{DENOMINATOR_LOG.sheet}') trống hoặc bằng 0 cả năm; báo cáo sẽ để trống kết quả. "
        "Hãy nhập mẫu số các kỳ.",
        f"KPI {code} is divided by '{denominator}' but that column of table {DENOMINATOR_LOG.name} "
        f"(sheet '{DENOMINATOR_LOG.sheet}') is blank or 0 all year; the report leaves its result blank. "
        "Enter the denominators.",
        sheet=DENOMINATOR_LOG.sheet,
        column=denominator,
        value=code,
    )
