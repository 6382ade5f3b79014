"""Excel functions (UDFs) of the VNCPC add-in: Excel arguments in, a number or a short message out.

Each function parses what xlwings passes (`vncpc_xl._excel_args`), makes one call into `vncpc_xl.core`
and formats the result. A function never raises into Excel: an undefined result (payback or IRR that
does not exist) is ``"—"`` and a bad argument is a message starting with ``"#LỖI: "``.
Arguments carry no type hints other than ``ExcelValue`` (= ``Any``): xlwings turns a hint into a converter.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from vncpc_xl import _excel_args as args
from vncpc_xl import _xlfunc as xl
from vncpc_xl._excel_args import ExcelValue
from vncpc_xl.core import (
    Factor,
    emission_factor,
    net_annual_savings,
    option_irr_pct,
    option_npv,
    payback_months,
    payback_years,
    total_emissions_t,
)
from vncpc_xl.errors import InputError, VncpcError

CATEGORY = "VNCPC"
UNDEFINED = "—"
ERROR_PREFIX = args.OWN_ERROR_PREFIX + ": "  # "#LỖI: "

__all__ = [
    "VNCPC_EMISSIONS",
    "VNCPC_FACTOR",
    "VNCPC_FACTOR_SOURCE",
    "VNCPC_IRR",
    "VNCPC_NPV",
    "VNCPC_PAYBACK",
    "VNCPC_SAVINGS",
]

_DOC_RESOURCES = (
    "Tên tài nguyên (một ô hoặc một vùng), vd. Điện, Than, Dầu FO; có thể kèm đơn vị: Điện (kWh/năm)."
)
_DOC_QUANTITIES = (
    "Lượng giảm mỗi năm, cùng kích thước với vùng tài nguyên; ô trống = 0, số âm = tiêu thụ tăng."
)
_DOC_POLLUTANT = "Chất ô nhiễm: CO2, SO2 hoặc BUI (bụi)."
_DOC_YEAR = "Năm đánh giá (chọn hệ số lưới điện); để trống = hệ số mới nhất."
_DOC_FUELS = "Bảng nhiên liệu kể cả dòng tiêu đề (vd. tblFuels[#All]); để trống = giá trị mặc định."
_DOC_INVESTMENT = "Vốn đầu tư (ô trống = 0)."
_DOC_SAVINGS = "Tiết kiệm ròng mỗi năm, cùng đơn vị tiền (ô trống = 0)."
_DOC_YEARS = "Tuổi thọ giải pháp, số năm nguyên ≥ 1."


def _excel_safe(udf: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap `udf` so that it returns a ``#LỖI: …`` message instead of raising."""

    @functools.wraps(udf)
    def safe(*arguments: Any, **keywords: Any) -> Any:
        try:
            return udf(*arguments, **keywords)
        except VncpcError as error:
            return ERROR_PREFIX + getattr(error, "message_vi", str(error))
        except Exception as error:  # a UDF must never raise into Excel
            kind = type(error).__name__
            return f"{ERROR_PREFIX}lỗi không lường trước ({kind}: {error}); hãy báo quản trị viên"

    return safe


def _money(value: ExcelValue, what_vi: str, what_en: str) -> float:
    return args.number(args.scalar(value, what_vi, what_en), what_vi, what_en, default=0.0) or 0.0


def _required(value: ExcelValue, what_vi: str, what_en: str) -> float:
    found = args.number(args.scalar(value, what_vi, what_en), what_vi, what_en)
    if found is None:
        raise InputError(f"thiếu {what_vi}", f"{what_en} is missing")
    return found


@xl.func(category=CATEGORY)
@xl.arg("resources", err_to_str=True, doc=_DOC_RESOURCES)
@xl.arg("quantities", err_to_str=True, doc=_DOC_QUANTITIES)
@xl.arg("price_table", ndim=2, err_to_str=True, doc="Bảng đơn giá kể cả dòng tiêu đề (vd. tblPrices[#All]).")
@xl.arg("other_savings", err_to_str=True, doc="Tiết kiệm khác mỗi năm (tùy chọn, mặc định 0).")
@xl.arg("added_cost", err_to_str=True, doc="Chi phí vận hành tăng thêm mỗi năm (tùy chọn, mặc định 0).")
@_excel_safe
def VNCPC_SAVINGS(
    resources: ExcelValue,
    quantities: ExcelValue,
    price_table: ExcelValue,
    other_savings: ExcelValue = None,
    added_cost: ExcelValue = None,
) -> ExcelValue:
    """Tiết kiệm ròng mỗi năm = Σ lượng giảm × đơn giá + tiết kiệm khác − chi phí vận hành tăng thêm."""
    return net_annual_savings(
        args.resource_quantities(resources, quantities),
        args.price_table(price_table),
        _money(other_savings, "tiết kiệm khác", "other savings"),
        _money(added_cost, "chi phí vận hành tăng thêm", "added operating cost"),
    )


@xl.func(category=CATEGORY)
@xl.arg("resources", err_to_str=True, doc=_DOC_RESOURCES)
@xl.arg("quantities", err_to_str=True, doc=_DOC_QUANTITIES)
@xl.arg("pollutant", err_to_str=True, doc=_DOC_POLLUTANT)
@xl.arg("year", err_to_str=True, doc=_DOC_YEAR)
@xl.arg("fuel_table", ndim=2, err_to_str=True, doc=_DOC_FUELS)
@_excel_safe
def VNCPC_EMISSIONS(
    resources: ExcelValue,
    quantities: ExcelValue,
    pollutant: ExcelValue,
    year: ExcelValue = None,
    fuel_table: ExcelValue = None,
) -> ExcelValue:
    """Lượng phát thải giảm được (tấn/năm) của CO2, SO2 hoặc bụi nhờ các lượng tài nguyên tiết kiệm."""
    return total_emissions_t(
        args.resource_quantities(resources, quantities),
        args.pollutant(pollutant),
        args.year(year),
        args.fuel_table(fuel_table),
    )


@xl.func(category=CATEGORY)
@xl.arg("investment", err_to_str=True, doc=_DOC_INVESTMENT)
@xl.arg("annual_savings", err_to_str=True, doc=_DOC_SAVINGS)
@xl.arg("unit", err_to_str=True, doc="Đơn vị kết quả: tháng (mặc định) hoặc năm.")
@_excel_safe
def VNCPC_PAYBACK(investment: ExcelValue, annual_savings: ExcelValue, unit: ExcelValue = None) -> ExcelValue:
    """Thời gian hoàn vốn = đầu tư / tiết kiệm mỗi năm, theo tháng hoặc năm; "—" khi tiết kiệm ≤ 0."""
    payback = (
        payback_years if args.payback_in_years(args.scalar(unit, "đơn vị", "the unit")) else payback_months
    )
    result = payback(
        _money(investment, "vốn đầu tư", "investment"), _money(annual_savings, "tiết kiệm", "savings")
    )
    return UNDEFINED if result is None else result


@xl.func(category=CATEGORY)
@xl.arg("investment", err_to_str=True, doc=_DOC_INVESTMENT)
@xl.arg("annual_savings", err_to_str=True, doc=_DOC_SAVINGS)
@xl.arg("rate_pct", err_to_str=True, doc="Tỷ lệ chiết khấu, %/năm (vd. 10).")
@xl.arg("years", err_to_str=True, doc=_DOC_YEARS)
@_excel_safe
def VNCPC_NPV(
    investment: ExcelValue, annual_savings: ExcelValue, rate_pct: ExcelValue, years: ExcelValue
) -> ExcelValue:
    """Giá trị hiện tại ròng NPV = −đầu tư + Σ tiết kiệm / (1 + r)^t, t = 1..số năm."""
    return option_npv(
        _money(investment, "vốn đầu tư", "investment"),
        _money(annual_savings, "tiết kiệm", "savings"),
        _required(rate_pct, "tỷ lệ chiết khấu", "the discount rate"),
        _required(years, "số năm", "the number of years"),
    )


@xl.func(category=CATEGORY)
@xl.arg("investment", err_to_str=True, doc=_DOC_INVESTMENT)
@xl.arg("annual_savings", err_to_str=True, doc=_DOC_SAVINGS)
@xl.arg("years", err_to_str=True, doc=_DOC_YEARS)
@_excel_safe
def VNCPC_IRR(investment: ExcelValue, annual_savings: ExcelValue, years: ExcelValue) -> ExcelValue:
    """Tỷ suất hoàn vốn nội bộ IRR (%/năm), lãi suất làm NPV = 0; "—" nếu đầu tư 0 hoặc tiết kiệm ≤ 0."""
    result = option_irr_pct(
        _money(investment, "vốn đầu tư", "investment"),
        _money(annual_savings, "tiết kiệm", "savings"),
        _required(years, "số năm", "the number of years"),
    )
    return UNDEFINED if result is None else result


def _factor(
    resource: ExcelValue, pollutant: ExcelValue, year: ExcelValue, fuel_table: ExcelValue
) -> tuple[Factor, float]:
    """Return the core factor of one resource cell and the multiplier of the unit written in it."""
    found, multiplier = args.resource(resource)
    factor = emission_factor(
        found.key,
        args.pollutant(pollutant),
        args.year(year),
        args.fuel_table(fuel_table),
    )
    return factor, multiplier


@xl.func(category=CATEGORY)
@xl.arg("resource", err_to_str=True, doc="Tên một tài nguyên, vd. Than; kèm đơn vị thì hệ số theo đơn vị đó.")
@xl.arg("pollutant", err_to_str=True, doc=_DOC_POLLUTANT)
@xl.arg("year", err_to_str=True, doc=_DOC_YEAR)
@xl.arg("fuel_table", ndim=2, err_to_str=True, doc=_DOC_FUELS)
@_excel_safe
def VNCPC_FACTOR(
    resource: ExcelValue, pollutant: ExcelValue, year: ExcelValue = None, fuel_table: ExcelValue = None
) -> ExcelValue:
    """Hệ số phát thải đang dùng: tấn chất ô nhiễm trên một đơn vị tài nguyên (MWh, tấn, m³)."""
    factor, multiplier = _factor(resource, pollutant, year, fuel_table)
    return factor.value * multiplier


@xl.func(category=CATEGORY)
@xl.arg("resource", err_to_str=True, doc="Tên một tài nguyên, vd. Điện.")
@xl.arg("pollutant", err_to_str=True, doc=_DOC_POLLUTANT)
@xl.arg("year", err_to_str=True, doc=_DOC_YEAR)
@xl.arg("fuel_table", ndim=2, err_to_str=True, doc=_DOC_FUELS)
@_excel_safe
def VNCPC_FACTOR_SOURCE(
    resource: ExcelValue, pollutant: ExcelValue, year: ExcelValue = None, fuel_table: ExcelValue = None
) -> ExcelValue:
    """Nguồn trích dẫn của hệ số phát thải mà VNCPC_FACTOR trả về (và năm của hệ số lưới điện)."""
    factor, _ = _factor(resource, pollutant, year, fuel_table)
    if factor.year_used is None:
        return factor.source
    return f"{factor.source} [hệ số năm {factor.year_used}]"
