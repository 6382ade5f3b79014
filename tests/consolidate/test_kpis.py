"""KPI rules on plain rows: periods, quarter denominators from months, Không, targets and warnings."""

from __future__ import annotations

import pytest

from vncpc_xl.consolidate.kpis import compute_kpis, parse_period


def target(
    code: str, denominator: str, baseline: float | None = None, target_pct: float | None = None
) -> dict:
    return {
        "code": code,
        "area": "Văn phòng",
        "aspect": "Giấy",
        "unit": "kg",
        "denominator": denominator,
        "frequency": "hàng quý",
        "baseline": baseline,
        "target_reduction_pct": target_pct,
        "note": None,
    }


MONTHS = [{"period": f"2003-{m:02d}", "staff_months": 10, "useful_staff_months": None} for m in range(1, 13)]


def test_parse_period() -> None:
    assert parse_period("2003-Q4") == (2003, "Q", 4)
    assert parse_period(" 2003-1 ") == (2003, "M", 1)
    assert parse_period("2003-13") is None and parse_period(None) is None


def test_quarter_values_over_monthly_denominators() -> None:
    tables = {
        "tblKpiTargets": [target("P", "Công-tháng", baseline=3.0, target_pct=10)],
        "tblKpiLog": [
            {"period": "2003-Q1", "code": "P", "value": 60},
            {"period": "2003-Q3", "code": "P", "value": 48},
        ],
        "tblKpiDenominators": MONTHS,
    }
    (kpi,), issues = compute_kpis({"Year": 2003}, tables, "k.xlsx")
    assert issues == []
    assert kpi.numerator == 60 + 48 and kpi.denominator_total == 12 * 10
    assert kpi.result == pytest.approx(108 / 120)
    assert kpi.change_pct == pytest.approx((0.9 - 3.0) / 3.0 * 100)
    assert kpi.reduction_pct == pytest.approx(70)
    assert kpi.target_met is True
    assert [(p.period, p.denominator) for p in kpi.periods] == [("2003-Q1", 3 * 10), ("2003-Q3", 3 * 10)]


def test_target_met_exactly_at_the_boundary() -> None:
    tables = {
        "tblKpiTargets": [target("X", "Không", baseline=100, target_pct=2)],
        "tblKpiLog": [
            {"period": "2003-01", "code": "X", "value": 49},
            {"period": "2003-02", "code": "X", "value": 49},
        ],
    }
    (kpi,), _ = compute_kpis({"Year": 2003}, tables, "k.xlsx")
    assert kpi.result == 98 and kpi.change_pct == pytest.approx(-2)
    assert kpi.target_met is True


def test_blank_denominator_column_leaves_result_blank_with_a_warning() -> None:
    tables = {
        "tblKpiTargets": [target("U", "Công-tháng hữu ích", baseline=1)],
        "tblKpiLog": [{"period": "2003-01", "code": "U", "value": 5}],
        "tblKpiDenominators": MONTHS,
    }
    (kpi,), issues = compute_kpis({"Year": 2003}, tables, "k.xlsx")
    assert (kpi.result, kpi.change_pct, kpi.target_met) == (None, None, None)
    assert [i.code for i in issues] == ["kpi.zero_denominator"]
    assert issues[0].severity.value == "warning" and "Công-tháng hữu ích" in issues[0].message_vi


def test_unlogged_kpi_and_double_entries() -> None:
    tables = {
        "tblKpiTargets": [target("A", "Không"), target("B", "Không")],
        "tblKpiLog": [
            {"period": "2003-Q1", "code": "A", "value": 2},
            {"period": "2003-Q1", "code": "A", "value": 3},
        ],
    }
    (a, b), issues = compute_kpis({"Year": 2003}, tables, "k.xlsx")
    assert a.result == 2 + 3 and b.result is None
    assert sorted(i.code for i in issues) == ["kpi.logged_twice", "kpi.not_logged"]
