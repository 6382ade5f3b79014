"""Audit rules on plain rows: price units, fuels missing from tblFuels, currency, uncomputable options."""

from __future__ import annotations

import pytest

from vncpc_xl.consolidate.audits import read_assessment
from vncpc_xl.core import net_annual_savings, to_usd
from vncpc_xl.errors import InputError

NAMES = {
    "CompanyName": "X",
    "AssessmentYear": 2003,
    "Status": "Hoàn thành",
    "Currency": "VND",
    "ExchangeRate": 20_000,
}


def option(status: str = "Đã thực hiện", **values: float) -> dict:
    return {"option": "O", "category": "Quản lý nội vi", "status": status, **values}


def test_price_per_kwh_and_vnd_conversion() -> None:
    tables = {
        "tblPrices": [
            {"resource": "Điện", "unit": "kWh", "price": 1_000}
        ],  # 1 000 VND/kWh = 1 000 000 VND/MWh
        "tblOptions": [option(investment=40_000_000, qty_electricity=12)],
    }
    assessment, issues = read_assessment(NAMES, tables, "a.xlsx")
    assert issues == []
    (result,) = assessment.option_results
    assert result.savings == pytest.approx(12 * 1_000_000)
    assert result.savings_usd == pytest.approx(12 * 1_000_000 / 20_000)
    assert result.investment_usd == pytest.approx(40_000_000 / 20_000)
    assert assessment.payback_months == pytest.approx(12 * 40_000_000 / 12_000_000)


def test_fuels_missing_from_the_table_use_the_defaults() -> None:
    tables = {
        "tblPrices": [{"resource": "Than", "price": 1}, {"resource": "Dầu DO", "price": 1}],
        "tblFuels": [{"fuel": "Dầu DO", "sulfur_pct": 1.0}],  # no coal row: default Antraxit, S 0.6, A 25
        "tblOptions": [option(qty_coal=10, qty_diesel=2)],
    }
    assessment, _ = read_assessment(NAMES, tables, "a.xlsx")
    (result,) = assessment.option_results
    assert result.so2_t == pytest.approx(10 * 2 * 0.6 / 100 * 0.95 + 2 * 2 * 1.0 / 100)
    assert result.dust_t == pytest.approx(10 * 0.25 * 0.20 + 2 * 0.28 / 1000)
    assert result.co2_t == pytest.approx(10 * 26.7 * 98_300 / 1e6 + 2 * 43.0 * 74_100 / 1e6)


def test_uncomputable_option_is_an_error_at_its_row() -> None:
    tables = {"tblPrices": [], "tblOptions": [option(qty_water=5), option("Đề xuất")]}
    assessment, issues = read_assessment(NAMES, tables, "a.xlsx")
    assert [i.code for i in issues] == ["calc.input_error"]
    assert issues[0].sheet == "Giải pháp" and "Nước" in issues[0].message_vi
    assert assessment.options == 1  # the blank-quantity option still counts


def _core_figures(names: dict, prices: dict, quantities: dict) -> tuple[float, float, float]:
    """Return savings, savings in USD and investment in USD as the core functions compute them."""
    savings = net_annual_savings(quantities, prices, 7.5, 0.0)
    currency, rate = names["Currency"], names["ExchangeRate"]
    return savings, to_usd(savings, currency, rate), to_usd(5_000.0, currency, rate)


@pytest.mark.parametrize(
    ("names", "price", "qty"),
    [
        (NAMES, 60.0, 12.5),
        (NAMES, -60.0, 0.0),  # a negative price is refused even where the quantity is 0
        (NAMES, None, 12.5),  # a quantity without a price
        ({**NAMES, "ExchangeRate": None}, 60.0, 1.0),
        ({**NAMES, "Currency": "EUR"}, 60.0, 1.0),
        (NAMES, 1e308, 1e308),  # the savings overflow
    ],
)
def test_options_are_computed_as_the_core_functions(names: dict, price: float | None, qty: float) -> None:
    """The per-workbook fast path gives the core's exact figures, and the core's message when it raises."""
    rows = [{"resource": "Nước", "price": 0.25}] + ([{"resource": "Điện", "price": price}] if price else [])
    tables = {
        "tblPrices": rows,
        "tblOptions": [option(investment=5_000.0, qty_electricity=qty, qty_water=-150.0, other_savings=7.5)],
    }
    assessment, issues = read_assessment(names, tables, "a.xlsx")
    prices = {"water": 0.25} | ({"electricity": price} if price else {})
    try:
        expected = _core_figures(names, prices, {"electricity": qty, "water": -150.0})
    except InputError as exc:
        assert [i.code for i in issues] == ["calc.input_error"] and exc.message_vi in issues[0].message_vi
        return
    (result,) = assessment.option_results
    assert (result.savings, result.savings_usd, result.investment_usd) == expected


def test_option_quantities_read_as_a_dict_of_every_resource() -> None:
    """An option's quantities are a compact record, yet equal, index and travel as the dict of its items."""
    import pickle

    from vncpc_xl.consolidate import _plain
    from vncpc_xl.core import RESOURCES

    tables = {"tblPrices": [{"resource": "Than", "price": 2}], "tblOptions": [option(qty_coal=10)]}
    assessment, _ = read_assessment({**NAMES, "Currency": "USD"}, tables, "a.xlsx")
    quantities = assessment.option_results[0].quantities
    expected = {r.key: 10.0 if r.key == "coal" else 0.0 for r in RESOURCES}
    assert quantities == expected and expected == quantities and dict(quantities) == expected
    assert quantities["coal"] == 10.0 and quantities.get("coal") == 10.0 and quantities.get("gold", -1) == -1
    assert list(quantities.values()) == list(expected.values()) and len(quantities) == len(RESOURCES)
    with pytest.raises(KeyError):
        quantities["gold"]
    assert pickle.loads(pickle.dumps(assessment)) == assessment
    assert _plain.loads(_plain.dumps(assessment)) == assessment
