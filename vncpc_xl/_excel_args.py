"""UDF arguments as xlwings passes them: scalars, 1-D/2-D lists, None for blanks, header-row tables."""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import asdict
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from vncpc_xl.core import DEFAULT_FUELS, RESOURCE_BY_KEY, FuelProperties, Resource, resolve_resource
from vncpc_xl.errors import InputError
from vncpc_xl.schema import TableSpec
from vncpc_xl.schema.audit import FUEL_TABLE, PRICES

# What xlwings hands a UDF: None, float, str, bool, datetime, or (nested) lists of those. Kept as `Any`
# because xlwings turns an argument's type hint into its converter, and only `Any` means "as is".
ExcelValue = Any

EXCEL_ERRORS = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"}
)
#: How this package's own functions begin an error message (see `vncpc_xl.udfs`): a cell showing one is an
#: error cell too (kept here, not imported, because udfs imports this module).
OWN_ERROR_PREFIX = "#LỖI"
Rows = tuple[tuple[ExcelValue, ...], ...]
_MONTHS = frozenset({"tháng", "thang", "month", "months"})
_YEARS = frozenset({"năm", "nam", "year", "years"})


def is_blank(value: ExcelValue) -> bool:
    """Return True for an empty cell: None or text of spaces only."""
    return value is None or (isinstance(value, str) and not value.strip())


def cells(value: ExcelValue) -> list[ExcelValue]:
    """Return the cells of a scalar, a 1-D list (row or column) or a 2-D list (rows), row by row."""
    if not isinstance(value, (list, tuple)):
        return [value]
    if value and isinstance(value[0], (list, tuple)):
        return [cell for row in value for cell in (row if isinstance(row, (list, tuple)) else (row,))]
    return list(value)


def number(value: ExcelValue, what_vi: str, what_en: str, default: float | None = None) -> float | None:
    """Return the cell `value` as a float; a blank cell gives `default`; text, a date or an error raises."""
    if is_blank(value):
        return default
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    check_not_error(value, what_vi, what_en)
    if isinstance(value, bool):
        shown = "TRUE" if value else "FALSE"
        raise InputError(
            f"{what_vi} là giá trị logic {shown}, không phải một số; hãy nhập một số",
            f"{what_en} is the logical value {shown}, not a number; enter a number",
        )
    if isinstance(value, (datetime.date, datetime.time)):
        shown = value.strftime("%d/%m/%Y" if isinstance(value, datetime.date) else "%H:%M:%S")
        raise InputError(
            f"{what_vi} là một ngày tháng ({shown}), không phải một số; "
            "hãy định dạng ô là số (General) rồi nhập lại",
            f"{what_en} is a date ({shown}), not a number; format the cell as a number (General) and enter it again",
        )
    raise InputError(
        f"{what_vi} phải là số, không phải {value!r}; hãy nhập một số (không phải văn bản)",
        f"{what_en} must be a number, not {value!r}; enter a number (not text)",
    )


def check_not_error(value: ExcelValue, what_vi: str, what_en: str) -> ExcelValue:
    """Return `value`, or raise when it is an Excel error cell ("#N/A"…) or shows a ``#LỖI`` of this package."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if text in EXCEL_ERRORS:
        raise InputError(
            f"{what_vi} là ô lỗi {text}; hãy sửa ô đó trước",
            f"{what_en} is an error cell {text}; fix that cell first",
        )
    if text.startswith(OWN_ERROR_PREFIX):
        shown = text if len(text) <= 80 else text[:79] + "…"
        raise InputError(
            f"{what_vi} là ô đang báo lỗi ({shown}); hãy sửa ô đó trước",
            f"{what_en} is a cell showing an error ({shown}); fix that cell first",
        )
    return value


def scalar(value: ExcelValue, what_vi: str, what_en: str) -> ExcelValue:
    """Return the one cell of `value`; a range of several cells raises."""
    found = cells(value)
    if len(found) != 1:
        raise InputError(
            f"{what_vi} phải là một ô, không phải vùng {len(found)} ô",
            f"{what_en} must be a single cell, not a range of {len(found)} cells",
        )
    return found[0]


def resource(value: ExcelValue) -> tuple[Resource, float]:
    """Return the resource named by a single cell and the multiplier of the unit written in it."""
    name = check_not_error(scalar(value, "tài nguyên", "the resource"), "tài nguyên", "the resource")
    if is_blank(name):
        raise InputError("thiếu tên tài nguyên", "the resource name is missing")
    return resolve_resource(name)


def pollutant(value: ExcelValue) -> str:
    """Return the pollutant cell's text (the core checks the name); a blank or error cell raises."""
    found = check_not_error(scalar(value, "chất ô nhiễm", "the pollutant"), "chất ô nhiễm", "the pollutant")
    if is_blank(found):
        raise InputError(
            "thiếu chất ô nhiễm; dùng: CO2, SO2, BUI (bụi)",
            "the pollutant is missing; use: CO2, SO2, BUI (dust)",
        )
    return found


def resource_quantities(resources: ExcelValue, quantities: ExcelValue) -> dict[str, float]:
    """Return ``{resource key: quantity in canonical units}`` from two equal-size ranges paired cell by cell.

    Units written after a name convert ("Điện (kWh/năm)" × 0.001); a resource named twice is summed;
    blank quantities are 0; a quantity beside a blank name raises.
    """
    names, amounts = cells(resources), cells(quantities)
    if len(names) != len(amounts):
        raise InputError(
            f"vùng tài nguyên có {len(names)} ô nhưng vùng số lượng có {len(amounts)} ô; "
            "hai vùng phải cùng kích thước",
            f"the resource range has {len(names)} cells but the quantity range has {len(amounts)}; "
            "they must be the same size",
        )
    totals: dict[str, float] = {}
    for position, (name, amount) in enumerate(zip(names, amounts, strict=True), 1):
        what_vi, what_en = f"số lượng thứ {position} ({name})", f"quantity {position} ({name})"
        quantity = number(amount, what_vi, what_en, default=0.0) or 0.0
        if is_blank(name):
            if quantity:
                raise InputError(
                    f"số lượng thứ {position} là {quantity:g} nhưng ô tên tài nguyên tương ứng trống; "
                    "hãy nhập tên tài nguyên hoặc xóa số lượng",
                    f"quantity {position} is {quantity:g} but the resource name beside it is blank; "
                    "enter the resource name or clear the quantity",
                )
            continue
        try:
            found, multiplier = resolve_resource(name)
        except InputError:
            check_not_error(name, f"tên tài nguyên thứ {position}", f"resource name {position}")
            raise
        totals[found.key] = totals.get(found.key, 0.0) + quantity * multiplier
    return totals


def year(value: ExcelValue) -> float | None:
    """Return the year cell as a number (checked by the core), or None when blank."""
    return number(scalar(value, "năm", "the year"), "năm", "the year")


def payback_in_years(unit: ExcelValue) -> bool:
    """Return True when `unit` asks for years ("năm"), False for months ("tháng", the default when blank)."""
    if is_blank(check_not_error(unit, "đơn vị", "the unit")):
        return False
    folded = unicodedata.normalize("NFC", str(unit)).strip().casefold()
    if folded in _MONTHS | _YEARS:
        return folded in _YEARS
    raise InputError(
        f"đơn vị thời gian không rõ {unit!r}; dùng: tháng, năm",
        f"unknown time unit {unit!r}; use: tháng (months), năm (years)",
    )


def _freeze(table: ExcelValue, table_name: str) -> Rows:
    """Return a table range as a tuple of row tuples (hashable, so that parsed tables can be cached)."""
    if not isinstance(table, (list, tuple)):
        check_not_error(table, f"bảng {table_name}", f"table {table_name}")
        table = [[table]]
    elif table and not isinstance(table[0], (list, tuple)):
        table = [table]
    try:
        frozen = tuple(tuple(row) if isinstance(row, (list, tuple)) else (row,) for row in table)
        hash(frozen)
    except TypeError:
        raise InputError(
            "bảng phải là một vùng ô hai chiều (kể cả dòng tiêu đề)",
            "a table must be a two-dimensional range of cells (with its header row)",
        ) from None
    return frozen or ((),)


def _holds_bool(frozen: Rows) -> bool:
    """Return True when a cell is TRUE/FALSE: equal to 1/0 in Python, so it must not hit a cached table."""
    return any(type(cell) is bool for row in frozen for cell in row)


def _normal_header(text: ExcelValue) -> str:
    return " ".join(unicodedata.normalize("NFC", str(text)).split()).casefold() if text is not None else ""


_TABLES: Mapping[str, TableSpec] = MappingProxyType({PRICES.name: PRICES, FUEL_TABLE.name: FUEL_TABLE})


@lru_cache(maxsize=len(_TABLES))
def _header_fields(table_name: str) -> Mapping[str, str]:
    """Return ``{normalised header: column key}`` of the audit table `table_name`, Vietnamese and English.

    The headers come from the audit schema, the one place they are written.
    """
    columns = _TABLES[table_name].columns
    fields = {_normal_header(col.header_en): col.key for col in columns}
    fields.update({_normal_header(col.header): col.key for col in columns})
    return MappingProxyType(fields)


def _header_text(table_name: str, key: str) -> str:
    return next(col.header for col in _TABLES[table_name].columns if col.key == key)


def _table_rows(
    frozen: Rows, table_name: str, required: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(row number, {column key: cell})`` of each data row below the header row."""
    fields = _header_fields(table_name)
    positions = {fields[h]: i for i, h in enumerate(map(_normal_header, frozen[0])) if h in fields}
    missing = [repr(_header_text(table_name, key)) for key in required if key not in positions]
    if missing:
        raise InputError(
            f"bảng {table_name}: không thấy cột {', '.join(missing)} ở dòng đầu; "
            f"hãy chọn cả dòng tiêu đề (vd. {table_name}[#All])",
            f"table {table_name}: no column {', '.join(missing)} in the first row; "
            f"select the header row too (e.g. {table_name}[#All])",
        )
    for row_number, row in enumerate(frozen[1:], 1):
        yield row_number, {key: row[i] if i < len(row) else None for key, i in positions.items()}


def price_table(table: ExcelValue) -> Mapping[str, float | None]:
    """Return ``{resource key: price per canonical unit}`` from the price table range with its header row.

    A price per kWh (unit column "kWh") becomes a price per MWh; blank prices are None.
    """
    frozen = _freeze(table, PRICES.name)
    return _prices.__wrapped__(frozen) if _holds_bool(frozen) else _prices(frozen)


@lru_cache(maxsize=64)
def _prices(frozen: Rows) -> Mapping[str, float | None]:
    prices: dict[str, float | None] = {}
    for row_number, row in _table_rows(frozen, PRICES.name, ("resource", "price")):
        name, unit = row["resource"], row.get("unit")
        where_vi, where_en = (
            f"bảng {PRICES.name}, dòng {row_number}",
            f"table {PRICES.name}, row {row_number}",
        )
        price = number(row["price"], f"đơn giá ({where_vi})", f"the price ({where_en})")
        if is_blank(name):
            if price is not None:
                raise InputError(
                    f"{where_vi}: có đơn giá nhưng thiếu tên", f"{where_en}: a price without a name"
                )
            continue
        found, multiplier = resolve_resource(name if is_blank(unit) else f"{name} ({unit})")
        if found.key in prices:
            raise InputError(
                f"{where_vi}: {found.name} đã có đơn giá ở dòng trên; mỗi tài nguyên chỉ một dòng",
                f"{where_en}: {found.name_en} already has a price above; one row per resource",
            )
        prices[found.key] = None if price is None else price / multiplier
    return MappingProxyType(prices)


def fuel_table(table: ExcelValue) -> Mapping[str, FuelProperties] | None:
    """Return ``{fuel key: FuelProperties}`` from the fuel table range with its header row (None if blank).

    Blank cells and missing columns take the default of that fuel.
    """
    frozen = _freeze(table, FUEL_TABLE.name)
    return _fuels.__wrapped__(frozen) if _holds_bool(frozen) else _fuels(frozen)


@lru_cache(maxsize=64)
def _fuels(frozen: Rows) -> Mapping[str, FuelProperties] | None:
    if all(is_blank(cell) for row in frozen for cell in row):
        return None
    fuels: dict[str, FuelProperties] = {}
    rows_of: dict[str, int] = {}
    for row_number, row in _table_rows(frozen, FUEL_TABLE.name, ("fuel",)):
        if is_blank(row["fuel"]):
            continue
        where_vi, where_en = (
            f"bảng {FUEL_TABLE.name}, dòng {row_number}",
            f"table {FUEL_TABLE.name}, row {row_number}",
        )
        found = _fuel(row["fuel"], where_vi, where_en)
        if found.key in fuels:
            raise InputError(
                f"{where_vi}: {found.name} đã có ở dòng {rows_of[found.key]}; mỗi nhiên liệu chỉ một dòng",
                f"{where_en}: {found.name_en} already has row {rows_of[found.key]}; one row per fuel",
            )
        fuels[found.key] = _fuel_properties(found.key, row, where_vi, where_en)
        rows_of[found.key] = row_number
    return MappingProxyType(fuels)


def _fuel(name: ExcelValue, where_vi: str, where_en: str) -> Resource:
    """Return the fuel named in a fuel-table row; an error cell or a resource that is not burned raises."""
    check_not_error(name, f"{where_vi}, nhiên liệu", f"{where_en}, fuel")
    found, _ = resolve_resource(name)
    if found.key not in DEFAULT_FUELS:
        names_vi = ", ".join(RESOURCE_BY_KEY[key].name for key in DEFAULT_FUELS)
        names_en = ", ".join(RESOURCE_BY_KEY[key].name_en for key in DEFAULT_FUELS)
        raise InputError(
            f"{where_vi}: {found.name} không phải nhiên liệu; dùng: {names_vi}",
            f"{where_en}: {found.name_en} is not a fuel; use: {names_en}",
        )
    return found


def _fuel_properties(key: str, row: dict[str, ExcelValue], where_vi: str, where_en: str) -> FuelProperties:
    """Return the properties of fuel `key` from one table row; blank cells keep the default."""
    values = {name: value for name, value in asdict(DEFAULT_FUELS[key]).items() if name != "fuel"}
    for field, cell in row.items():
        if field == "fuel" or is_blank(cell):
            continue
        header = _header_text(FUEL_TABLE.name, field)
        values[field] = (
            check_not_error(cell, f"{where_vi}, {header}", f"{where_en}, {header}")
            if field == "coal_type"
            else number(cell, f"{where_vi}, {header}", f"{where_en}, {header}")
        )
    try:
        return FuelProperties(key, **values)
    except InputError as error:
        raise InputError(f"{where_vi}: {error.message_vi}", f"{where_en}: {error.message_en}") from None
