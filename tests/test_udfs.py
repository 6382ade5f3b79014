"""The Excel functions, called with what xlwings passes: scalars, 1-D/2-D lists, None, header-row tables."""

from __future__ import annotations

import datetime
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vncpc_xl.udfs as udfs
from vncpc_xl.udfs import (
    VNCPC_EMISSIONS,
    VNCPC_FACTOR,
    VNCPC_FACTOR_SOURCE,
    VNCPC_IRR,
    VNCPC_NPV,
    VNCPC_PAYBACK,
    VNCPC_SAVINGS,
)

UDF_NAMES = [
    "VNCPC_SAVINGS",
    "VNCPC_EMISSIONS",
    "VNCPC_PAYBACK",
    "VNCPC_NPV",
    "VNCPC_IRR",
    "VNCPC_FACTOR",
    "VNCPC_FACTOR_SOURCE",
]
HEADERS = [
    "Điện (MWh/năm)",
    "Than (tấn/năm)",
    "Dầu FO (tấn/năm)",
    "Dầu DO (tấn/năm)",
    "LPG (tấn/năm)",
    "Nước (m³/năm)",
    "Nguyên liệu & hóa chất (tấn/năm)",
]
PRICE_TABLE = [
    ["Tài nguyên", "Đơn vị", "Đơn giá"],
    ["Điện", "MWh", 60.0],
    ["Than", "tấn", 50.0],
    ["Dầu FO", "tấn", 250.0],
    ["Dầu DO", "tấn", 500.0],
    ["LPG", "tấn", 600.0],
    ["Nước", "m³", 0.25],
    ["Nguyên liệu & hóa chất", "tấn", 400.0],
]
PRICES = [60.0, 50.0, 250.0, 500.0, 600.0, 0.25, 400.0]
FUEL_HEADER = [
    "Nhiên liệu",
    "Loại than",
    "Lưu huỳnh S (%)",
    "Tro A (%)",
    "Tỷ lệ tro bay (%)",
    "Hiệu suất khử SO2 (%)",
    "Hiệu suất lọc bụi (%)",
]
FUEL_TABLE = [
    FUEL_HEADER,
    ["Than", "Bitum", 0.8, 30.0, 15.0, 50.0, 90.0],
    ["Dầu FO", None, 3.5, None, None, None, None],
    ["Dầu DO", None, 0.5, None, None, None, None],
    ["LPG", None, 0.0, None, None, None, None],
]

cell_numbers = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False).map(lambda x: round(x, 3))
anything = st.recursive(
    st.none()
    | st.booleans()
    | st.floats()
    | st.text(max_size=12)
    | st.datetimes()
    | st.sampled_from(["Than", "#N/A", "CO2", "năm", "#LỖI: x", ""]),
    lambda inner: st.lists(inner, max_size=4),
    max_leaves=12,
)


def is_error(result: object) -> bool:
    return isinstance(result, str) and result.startswith("#LỖI: ")


# --- the cases of the issue -----------------------------------------------------------------------


def test_emissions_of_100_t_coal() -> None:
    assert (
        VNCPC_EMISSIONS("Than", 100.0, "CO2")
        == pytest.approx(100 * 26.7 * 98300 / 1e6)
        == pytest.approx(262.461)
    )


def test_so2_of_1_t_fuel_oil() -> None:
    assert VNCPC_EMISSIONS("Dầu FO", 1.0, "SO2") == pytest.approx(2 * 3.0 / 100) == pytest.approx(0.06)


def test_payback_in_months_and_years() -> None:
    assert (
        VNCPC_PAYBACK(650000.0, 2435000.0)
        == pytest.approx(12 * 650000 / 2435000)
        == pytest.approx(3.203, abs=5e-4)
    )
    assert VNCPC_PAYBACK(650000.0, 2435000.0, "năm") == pytest.approx(650000 / 2435000)
    assert VNCPC_PAYBACK(650000.0, 2435000.0, "tháng") == VNCPC_PAYBACK(650000.0, 2435000.0, None)


def test_payback_without_investment_is_zero_and_without_savings_undefined() -> None:
    assert VNCPC_PAYBACK(0.0, 10.0) == 0
    assert VNCPC_PAYBACK(10.0, 0.0) == "—"
    assert VNCPC_PAYBACK(10.0, None) == "—"
    assert VNCPC_PAYBACK(10.0, -5.0) == "—"


def test_grid_factor_of_2010_is_that_of_2003_and_2024_uses_2023() -> None:
    assert VNCPC_FACTOR("Điện", "CO2", 2010.0) == VNCPC_FACTOR("Điện", "CO2", 2003.0) == 0.399
    assert VNCPC_FACTOR("Điện", "CO2", 2024.0) == VNCPC_FACTOR("Điện", "CO2", 2023.0) == 0.6592
    assert VNCPC_FACTOR_SOURCE("Điện", "CO2", 2010.0).endswith("[hệ số năm 2003]")
    assert "Tuyen" in VNCPC_FACTOR_SOURCE("Điện", "CO2", 2010.0)
    assert VNCPC_FACTOR_SOURCE("Điện", "CO2", 2024.0).endswith("[hệ số năm 2023]")
    assert VNCPC_EMISSIONS("Điện", 100.0, "CO2", 2024.0) == pytest.approx(100 * 0.6592)


def test_kwh_converts_to_mwh() -> None:
    assert VNCPC_EMISSIONS("Điện (kWh/năm)", 40838.0, "CO2", 2003.0) == pytest.approx(40838 / 1000 * 0.399)
    assert VNCPC_SAVINGS("Điện (kWh/năm)", 1000.0, PRICE_TABLE) == pytest.approx(1000 / 1000 * 60)
    assert VNCPC_FACTOR("Điện (kWh)", "CO2", 2003.0) == pytest.approx(0.399 / 1000)


def test_a_price_per_kwh_in_the_price_table_becomes_a_price_per_mwh() -> None:
    table = [["Tài nguyên", "Đơn vị", "Đơn giá"], ["Điện", "kWh", 0.06]]
    assert VNCPC_SAVINGS("Điện (MWh/năm)", 2.0, table) == pytest.approx(2 * 1000 * 0.06)


# --- ranges as xlwings passes them ----------------------------------------------------------------


def test_savings_of_an_option_row_with_header_and_row_ranges() -> None:
    row = [40.838, 19.113, 1.951, 0.064, 0.074, 160.0, 0.787]
    expected = sum(q * p for q, p in zip(row, PRICES, strict=True)) + 1000 - 300
    assert VNCPC_SAVINGS(HEADERS, row, PRICE_TABLE, 1000.0, 300.0) == pytest.approx(expected)
    assert VNCPC_SAVINGS([HEADERS], [row], PRICE_TABLE, 1000.0, 300.0) == pytest.approx(expected)


def test_a_column_range_pairs_with_a_row_range_of_the_same_size() -> None:
    column = [["Điện"], ["Nước"]]
    assert VNCPC_SAVINGS(column, [10.0, 100.0], PRICE_TABLE) == pytest.approx(10 * 60 + 100 * 0.25)


def test_blank_quantities_and_optional_arguments_count_as_zero() -> None:
    row = [10.0, None, None, None, None, None, None]
    assert VNCPC_SAVINGS(HEADERS, row, PRICE_TABLE, None, None) == pytest.approx(600)
    assert VNCPC_SAVINGS(HEADERS, [None] * 7, PRICE_TABLE) == 0
    assert VNCPC_EMISSIONS(HEADERS, [None] * 7, "CO2", 2003.0, None) == 0


def test_emissions_of_an_option_row_with_the_fuel_table() -> None:
    row = [100.0, 10.0, 2.0, 1.0, 1.0, 500.0, 3.0]
    so2 = 10 * 2 * 0.8 / 100 * (1 - 0.05) * (1 - 0.5) + 2 * 2 * 3.5 / 100 + 1 * 2 * 0.5 / 100
    assert VNCPC_EMISSIONS(HEADERS, row, "SO2", 2003.0, FUEL_TABLE) == pytest.approx(so2)
    dust = 10 * 0.30 * 0.15 * (1 - 0.9) + 2 * (1.14 * 3.5 + 0.40) / 1000 + 1 * 0.28 / 1000
    assert VNCPC_EMISSIONS(HEADERS, row, "BUI", 2003.0, FUEL_TABLE) == pytest.approx(dust)
    co2 = (
        100 * 0.399
        + 10 * 25.8 * 94600 / 1e6
        + 2 * 40.4 * 77400 / 1e6
        + 43.0 * 74100 / 1e6
        + 47.3 * 63100 / 1e6
    )
    assert VNCPC_EMISSIONS(HEADERS, row, "CO2", 2003.0, FUEL_TABLE) == pytest.approx(co2)


def test_tables_are_read_by_header_text_not_position() -> None:
    shuffled = [["  Đơn   giá ", "Tài nguyên"], [0.25, "Nước"], [60.0, "Điện"]]
    assert VNCPC_SAVINGS(["Điện", "Nước"], [1.0, 4.0], shuffled) == pytest.approx(60 + 4 * 0.25)
    fuels = [["Lưu huỳnh S (%)", "Nhiên liệu"], [2.0, "Dầu FO"]]
    assert VNCPC_EMISSIONS("Dầu FO", 1.0, "SO2", None, fuels) == pytest.approx(2 * 2.0 / 100)


def test_blank_fuel_cells_and_missing_columns_keep_the_defaults() -> None:
    fuels = [["Nhiên liệu", "Loại than", "Tro A (%)"], ["Than", None, 40.0]]
    assert VNCPC_EMISSIONS("Than", 100.0, "BUI", None, fuels) == pytest.approx(100 * 0.40 * 0.20)
    assert VNCPC_EMISSIONS("Than", 100.0, "CO2", None, fuels) == pytest.approx(100 * 26.7 * 98300 / 1e6)


def test_npv_and_irr() -> None:
    by_hand = -10000 + sum(3000 / 1.1**t for t in range(1, 6))
    assert VNCPC_NPV(10000.0, 3000.0, 10.0, 5.0) == pytest.approx(by_hand)
    assert VNCPC_NPV(10000.0, 3000.0, 10.0, 5.0) == pytest.approx(by_hand)
    assert VNCPC_IRR(100.0, 110.0, 1.0) == pytest.approx(10)
    assert VNCPC_IRR(0.0, 3000.0, 5.0) == "—"
    assert VNCPC_IRR(10000.0, 0.0, 5.0) == "—"


def test_factor_of_each_resource_and_its_source() -> None:
    assert VNCPC_FACTOR("Than", "CO2") == pytest.approx(26.7 * 98300 / 1e6)
    assert VNCPC_FACTOR("Than", "SO2", 2003.0, FUEL_TABLE) == pytest.approx(2 * 0.8 / 100 * 0.95 * 0.5)
    assert VNCPC_FACTOR("Nước", "CO2") == 0
    assert "IPCC 2006" in VNCPC_FACTOR_SOURCE("Dầu DO", "CO2")
    assert "no air emission" in VNCPC_FACTOR_SOURCE("Nước", "BUI")


# --- bad input: a short Vietnamese message, never an exception ------------------------------------


def test_an_unknown_resource_lists_the_accepted_names() -> None:
    message = VNCPC_EMISSIONS("Gas", 1.0, "CO2")
    assert message.startswith("#LỖI: tài nguyên không rõ 'Gas'; dùng: Điện, Than, Dầu FO")
    assert "Nguyên liệu & hóa chất" in message


def test_ranges_of_different_sizes() -> None:
    message = VNCPC_SAVINGS(HEADERS, [1.0, 2.0], PRICE_TABLE)
    assert message == "#LỖI: vùng tài nguyên có 7 ô nhưng vùng số lượng có 2 ô; hai vùng phải cùng kích thước"


def test_text_that_is_not_a_number() -> None:
    message = VNCPC_SAVINGS("Điện", "1.000", PRICE_TABLE)
    assert is_error(message) and "'1.000'" in message and "phải là số" in message
    assert is_error(VNCPC_PAYBACK("abc", 10.0))
    assert is_error(VNCPC_NPV(1.0, 1.0, "mười", 5.0))


def test_an_excel_error_cell_is_named() -> None:
    assert VNCPC_EMISSIONS(["Điện", "Than"], [1.0, "#DIV/0!"], "CO2").endswith(
        "là ô lỗi #DIV/0!; hãy sửa ô đó trước"
    )
    assert is_error(VNCPC_SAVINGS("Điện", 1.0, [["Tài nguyên", "Đơn giá"], ["Điện", "#REF!"]]))


def test_a_negative_price() -> None:
    table = [["Tài nguyên", "Đơn vị", "Đơn giá"], ["Nước", "m³", -0.25]]
    message = VNCPC_SAVINGS("Nước", 10.0, table)
    assert is_error(message) and "không được âm" in message


def test_year_1989() -> None:
    assert (
        VNCPC_EMISSIONS("Điện", 1.0, "CO2", 1989.0) == "#LỖI: năm 1989 không hợp lệ; năm phải từ 1990 trở đi"
    )
    assert is_error(VNCPC_FACTOR("Than", "CO2", 1989.0))


def test_other_bad_arguments() -> None:
    assert is_error(VNCPC_EMISSIONS("Than", 1.0, "NOx"))
    assert is_error(VNCPC_PAYBACK(1.0, 1.0, "tuần"))
    assert is_error(VNCPC_PAYBACK(-1.0, 1.0))
    assert is_error(VNCPC_NPV(1.0, 1.0, None, 5.0))
    assert is_error(VNCPC_IRR(1.0, 1.0, 0.0))
    assert is_error(VNCPC_FACTOR(["Than", "Điện"], "CO2"))
    assert is_error(VNCPC_SAVINGS("Dầu FO", 1.0, [["Tài nguyên", "Đơn giá"], ["Dầu FO", None]]))
    assert is_error(VNCPC_SAVINGS(None, 5.0, PRICE_TABLE))


def test_a_table_without_its_header_row_says_to_select_it() -> None:
    message = VNCPC_SAVINGS("Điện", 1.0, PRICE_TABLE[1:])
    assert is_error(message) and "tblPrices[#All]" in message and "'Đơn giá'" in message
    assert "tblFuels[#All]" in VNCPC_EMISSIONS("Than", 1.0, "SO2", None, FUEL_TABLE[1:])


def test_a_bad_fuel_table_row_names_the_row() -> None:
    table = [FUEL_HEADER, ["Than", "Antraxit", 150.0, 25.0, 20.0, 0.0, 0.0]]
    message = VNCPC_EMISSIONS("Than", 1.0, "SO2", None, table)
    assert message.startswith("#LỖI: bảng tblFuels, dòng 1:") and "0 đến 100" in message


# --- properties -----------------------------------------------------------------------------------


@given(st.lists(cell_numbers, min_size=7, max_size=7), st.sampled_from(["CO2", "SO2", "BUI"]))
def test_a_range_call_equals_the_sum_of_scalar_calls(row: list[float], pollutant: str) -> None:
    scalar = [VNCPC_EMISSIONS(h, q, pollutant, 2003.0, FUEL_TABLE) for h, q in zip(HEADERS, row, strict=True)]
    assert VNCPC_EMISSIONS(HEADERS, row, pollutant, 2003.0, FUEL_TABLE) == pytest.approx(
        math.fsum(scalar), abs=1e-6
    )
    savings = [VNCPC_SAVINGS(h, q, PRICE_TABLE) for h, q in zip(HEADERS, row, strict=True)]
    assert VNCPC_SAVINGS([HEADERS], [row], PRICE_TABLE) == pytest.approx(math.fsum(savings), abs=1e-6)


@given(st.sampled_from(UDF_NAMES), st.lists(anything, min_size=1, max_size=5))
def test_a_udf_never_raises(name: str, arguments: list[object]) -> None:
    udf = getattr(udfs, name)
    needed = len(udf.__xlfunc__["args"])
    arguments = (arguments + [None] * needed)[:needed]
    result = udf(*arguments)
    assert isinstance(result, (float, str)), result
    assert "không lường trước" not in str(result)  # every bad input is an InputError with a clear message


# --- metadata for the add-in ---------------------------------------------------------------------


def test_exactly_the_spec_functions_are_exported() -> None:
    assert sorted(udfs.__all__) == sorted(UDF_NAMES)
    assert sorted(name for name in dir(udfs) if hasattr(getattr(udfs, name), "__xlfunc__")) == sorted(
        UDF_NAMES
    )


@pytest.mark.parametrize("name", UDF_NAMES)
def test_each_udf_carries_xlwings_metadata_with_vietnamese_docs(name: str) -> None:
    meta = getattr(udfs, name).__xlfunc__
    assert {
        "name",
        "sub",
        "args",
        "argmap",
        "ret",
        "category",
        "call_in_wizard",
        "volatile",
        "async_mode",
    } <= set(meta)
    assert (meta["name"], meta["sub"], meta["category"]) == (name, False, "VNCPC")
    assert 0 < len(meta["ret"]["doc"]) <= 255 and not meta["ret"]["doc"].isascii()
    for position, arg in enumerate(meta["args"]):
        assert arg["pos"] == position and arg["name"].isascii() and arg["name"].isidentifier()
        assert not arg["doc"].startswith("Positional argument") and len(arg["doc"]) <= 255
        assert arg["options"].get("err_to_str") is True
        assert meta["argmap"][arg["name"]] is arg


def test_optional_arguments_default_to_none_and_tables_arrive_two_dimensional() -> None:
    savings = VNCPC_SAVINGS.__xlfunc__["argmap"]
    assert [
        savings[a].get("optional", "required") for a in ("price_table", "other_savings", "added_cost")
    ] == [
        "required",
        None,
        None,
    ]
    assert savings["price_table"]["options"]["ndim"] == 2
    assert VNCPC_EMISSIONS.__xlfunc__["argmap"]["fuel_table"]["options"]["ndim"] == 2


# --- review of issue 2: what else xlwings hands over ---------------------------------------------


def test_a_boolean_in_a_table_is_refused_whatever_was_computed_before() -> None:
    # TRUE == 1.0 in Python: a table parsed once must not answer for a table holding TRUE instead of 1.
    number = [["Tài nguyên", "Đơn vị", "Đơn giá"], ["Điện", "MWh", 1.0]]
    boolean = [["Tài nguyên", "Đơn vị", "Đơn giá"], ["Điện", "MWh", True]]
    assert VNCPC_SAVINGS("Điện", 5.0, number) == pytest.approx(5.0)
    assert is_error(VNCPC_SAVINGS("Điện", 5.0, boolean))
    fuels = [["Nhiên liệu", "Lưu huỳnh S (%)"], ["Dầu FO", 1.0]]
    assert VNCPC_EMISSIONS("Dầu FO", 1.0, "SO2", None, fuels) == pytest.approx(2 * 1.0 / 100)
    assert is_error(VNCPC_EMISSIONS("Dầu FO", 1.0, "SO2", None, [fuels[0], ["Dầu FO", True]]))


def test_a_date_where_a_number_belongs_is_called_a_date() -> None:
    # 2010 typed into a date-formatted cell reaches Python as 2 July 1905.
    message = VNCPC_EMISSIONS("Điện", 1.0, "CO2", datetime.datetime(1905, 7, 2))
    assert message == (
        "#LỖI: năm là một ngày tháng (02/07/1905), không phải một số; "
        "hãy định dạng ô là số (General) rồi nhập lại"
    )
    assert "ngày tháng (01/03/2024)" in VNCPC_PAYBACK(datetime.datetime(2024, 3, 1), 10.0)
    assert "không phải văn bản" not in VNCPC_SAVINGS("Điện", datetime.date(2024, 3, 1), PRICE_TABLE)


def test_true_or_false_where_a_number_belongs_is_named_a_logical_value() -> None:
    assert VNCPC_PAYBACK(True, 10.0) == (
        "#LỖI: vốn đầu tư là giá trị logic TRUE, không phải một số; hãy nhập một số"
    )
    assert "giá trị logic FALSE" in VNCPC_EMISSIONS("Than", False, "CO2")


def test_a_cell_showing_an_error_of_another_vncpc_function_is_named_so() -> None:
    upstream = VNCPC_SAVINGS("Dầu FO", 1.0, [["Tài nguyên", "Đơn giá"], ["Dầu FO", None]])
    assert is_error(upstream)
    message = VNCPC_PAYBACK(1000.0, upstream)
    assert message.startswith("#LỖI: tiết kiệm là ô đang báo lỗi (#LỖI: thiếu đơn giá")
    assert message.endswith("hãy sửa ô đó trước")
    assert "hãy nhập một số" not in message


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (
            lambda: VNCPC_EMISSIONS("Than", 1.0, "#N/A"),
            "#LỖI: chất ô nhiễm là ô lỗi #N/A; hãy sửa ô đó trước",
        ),
        (lambda: VNCPC_FACTOR("#REF!", "CO2"), "#LỖI: tài nguyên là ô lỗi #REF!; hãy sửa ô đó trước"),
        (
            lambda: VNCPC_EMISSIONS(["Than", "#N/A"], [1.0, 2.0], "CO2"),
            "#LỖI: tên tài nguyên thứ 2 là ô lỗi #N/A; hãy sửa ô đó trước",
        ),
        (lambda: VNCPC_PAYBACK(1.0, 2.0, "#VALUE!"), "#LỖI: đơn vị là ô lỗi #VALUE!; hãy sửa ô đó trước"),
        (lambda: VNCPC_EMISSIONS("Than", 1.0, None), "#LỖI: thiếu chất ô nhiễm; dùng: CO2, SO2, BUI (bụi)"),
        (lambda: VNCPC_FACTOR("Than", ""), "#LỖI: thiếu chất ô nhiễm; dùng: CO2, SO2, BUI (bụi)"),
        (
            lambda: VNCPC_EMISSIONS("Than", 1.0, "SO2", None, "#REF!"),
            "#LỖI: bảng tblFuels là ô lỗi #REF!; hãy sửa ô đó trước",
        ),
    ],
    ids=[
        "pollutant #N/A",
        "resource #REF!",
        "name #N/A",
        "unit #VALUE!",
        "pollutant None",
        "pollutant ''",
        "table #REF!",
    ],
)
def test_error_cells_and_blanks_in_text_arguments_are_named(call, expected: str) -> None:
    assert call() == expected


def test_a_quantity_beside_a_blank_name_says_which_cell() -> None:
    assert VNCPC_EMISSIONS(["Than", ""], [1.0, 2.5], "CO2") == (
        "#LỖI: số lượng thứ 2 là 2.5 nhưng ô tên tài nguyên tương ứng trống; "
        "hãy nhập tên tài nguyên hoặc xóa số lượng"
    )


def test_fuel_table_messages_use_the_names_staff_type() -> None:
    def row(*cells: object) -> list[object]:
        return [*cells, *[None] * (len(FUEL_HEADER) - len(cells))]

    coal_type = VNCPC_EMISSIONS("Dầu FO", 1.0, "SO2", None, [FUEL_HEADER, row("Dầu FO", "Antraxit")])
    assert "Dầu FO" in coal_type and "fuel_oil" not in coal_type
    water = VNCPC_EMISSIONS("Than", 1.0, "SO2", None, [FUEL_HEADER, row("Nước")])
    assert water == (
        "#LỖI: bảng tblFuels, dòng 1: Nước không phải nhiên liệu; dùng: Than, Dầu FO, Dầu DO, LPG"
    )
    twice = VNCPC_EMISSIONS("Than", 1.0, "SO2", None, [FUEL_HEADER, row("Than", "Bitum"), row("than")])
    assert twice == "#LỖI: bảng tblFuels, dòng 2: Than đã có ở dòng 1; mỗi nhiên liệu chỉ một dòng"
    broken = VNCPC_EMISSIONS("Than", 1.0, "CO2", None, [FUEL_HEADER, row("Than", "#N/A")])
    assert broken == "#LỖI: bảng tblFuels, dòng 1, Loại than là ô lỗi #N/A; hãy sửa ô đó trước"
