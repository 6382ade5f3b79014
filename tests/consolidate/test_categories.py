"""Options by UNEP category, from the v1 year of our own (tests/fixtures/v1/year_2012): every figure by hand.

Completed assessments: Hòa Thọ (USD), Hòa Khánh (VND at 20 000 VND/USD), Non Nước (USD); Sơn Trà is still in
progress and counts nowhere. Net annual savings = Σ quantity × price + other savings − added cost (SPEC 4):

Hòa Thọ (Điện 60, Than 45, Nước 0.25, NL 400 USD/unit)
  1 Quản lý nội vi, implemented, 0 USD:          40 t coal × 45 = 1 800
  2 Cải tiến thiết bị, implemented, 6 000 USD:   50 MWh × 60 = 3 000
  3 Thu hồi, tái sử dụng, implemented, 2 500:    8 000 m³ × 0.25 = 2 000
  4 Thay thế nguyên liệu, proposed, 10 000:      5 t × 400 = 2 000 (not implemented)
  5 Kiểm soát quá trình, implemented, 0 USD:     20 t × 45 − 100 = 800
Hòa Khánh (Điện 1 200 000, Than 1 000 000, Nước 5 000, NL 8 000 000 VND/unit; ÷ 20 000 for USD)
  1 Thu hồi, tái sử dụng, implemented, 100 000 000 VND = 5 000 USD: 20 t × 8 000 000 = 160 000 000 = 8 000 USD
  2 Quản lý nội vi, implemented, 0:              10 000 m³ × 5 000 = 50 000 000 = 2 500 USD
  3 Thay đổi công nghệ, rejected
  4 Sản xuất sản phẩm phụ hữu ích, studied
  5 Kiểm soát quá trình, implemented, 30 000 000 = 1 500 USD: 1 t × 8 000 000 − 2 MWh × 1 200 000
      = 5 600 000 VND = 280 USD
Non Nước (Nước 0.3, NL 500 USD/unit)
  1 Cải tiến sản phẩm, implemented, 1 200:       2 t × 500 = 1 000
  2 Quản lý nội vi, implemented, 300:            4 000 m³ × 0.3 = 1 200
  3 Thu hồi, tái sử dụng, proposed
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vncpc_xl.consolidate import consolidate
from vncpc_xl.consolidate.categories import options_by_category

YEAR = Path(__file__).resolve().parents[1] / "fixtures" / "v1" / "year_2012"

# category: (identified, implemented, investment USD, savings USD, payback months = 12 × investment / savings)
EXPECTED = {
    "Quản lý nội vi": (3, 3, 0 + 0 + 300, 1800 + 2500 + 1200, 12 * 300 / 5500),
    "Thay thế nguyên liệu": (1, 0, 0, 0, None),
    "Kiểm soát quá trình tốt hơn": (2, 2, 0 + 1500, 800 + 280, 12 * 1500 / 1080),
    "Cải tiến thiết bị": (1, 1, 6000, 3000, 12 * 6000 / 3000),
    "Thay đổi công nghệ": (1, 0, 0, 0, None),
    "Thu hồi, tái sử dụng tại chỗ": (3, 2, 2500 + 5000, 2000 + 8000, 12 * 7500 / 10000),
    "Sản xuất sản phẩm phụ hữu ích": (1, 0, 0, 0, None),
    "Cải tiến sản phẩm": (1, 1, 1200, 1000, 12 * 1200 / 1000),
}
TOTAL = (13, 9, 16_500, 20_580, 12 * 16_500 / 20_580)  # 5 + 5 + 3 options; 4 + 3 + 2 implemented


@pytest.fixture(scope="module")
def summary():
    data = consolidate(YEAR)
    assert data.ok, data.errors
    return data, options_by_category(data.audits)


def _figures(row):
    return (row.identified, row.implemented, row.investment_usd, row.savings_usd, row.payback_months)


def test_every_category_figure_by_hand(summary) -> None:
    _, categories = summary
    assert [r.category for r in categories.rows] == list(EXPECTED)  # the eight, in the template's order
    for row in categories.rows:
        expected = EXPECTED[row.category]
        assert _figures(row)[:2] == expected[:2], row.category
        assert _figures(row)[2:4] == pytest.approx(expected[2:4]), row.category
        assert row.payback_months == (None if expected[4] is None else pytest.approx(expected[4])), (
            row.category
        )


def test_the_total_row_equals_bang_3(summary) -> None:
    data, categories = summary
    total = categories.total
    assert _figures(total)[:2] == TOTAL[:2]
    assert _figures(total)[2:] == pytest.approx(TOTAL[2:])
    assert (total.investment_usd, total.savings_usd) == (
        data.audits.benefits.investment_usd,
        data.audits.benefits.savings_usd,
    )
    assert total.payback_months == data.audits.payback_months
    assert (total.identified, total.implemented) == (
        data.audits.options_of_completed,
        data.audits.implemented_options,
    )


def test_share_without_investment_and_the_leading_category(summary) -> None:
    _, categories = summary
    assert categories.no_investment_share == pytest.approx(3 / 9)  # Hòa Thọ 1 and 5, Hòa Khánh 2
    assert categories.top_categories == ("Quản lý nội vi",)  # 3 implemented, the most
