"""Small constructors that keep the 2003 data modules short and readable (plain dicts, no logic)."""

from __future__ import annotations

from typing import Any

RESOURCE_KEYS = ("electricity", "coal", "fuel_oil", "diesel", "lpg", "water", "materials")

# Option statuses and categories, spelled exactly as the templates' drop-downs.
DONE = "Đã thực hiện"
PROPOSED = "Đề xuất"
STUDY = "Đang nghiên cứu"
REJECTED = "Loại bỏ"

HOUSEKEEPING = "Quản lý nội vi"
INPUT_CHANGE = "Thay thế nguyên liệu"
PROCESS_CONTROL = "Kiểm soát quá trình tốt hơn"
EQUIPMENT = "Cải tiến thiết bị"
TECHNOLOGY = "Thay đổi công nghệ"
ONSITE_RECOVERY = "Thu hồi, tái sử dụng tại chỗ"
BY_PRODUCT = "Sản xuất sản phẩm phụ hữu ích"
PRODUCT = "Cải tiến sản phẩm"


def opt(
    name: str,
    category: str,
    status: str,
    investment: float,
    *,
    other: float = 0,
    added: float = 0,
    **qty: float,
) -> dict[str, Any]:
    """Return one option: money in the workbook currency, `qty` = annual reductions by resource key."""
    unknown = set(qty) - set(RESOURCE_KEYS)
    if unknown:
        raise KeyError(f"unknown resource keys {sorted(unknown)} in option {name!r}")
    return {
        "name": name,
        "category": category,
        "status": status,
        "investment": investment,
        "other": other,
        "added": added,
        "qty": {k: qty[k] for k in RESOURCE_KEYS if k in qty},
    }


def coal(
    coal_type: str, sulfur: float, ash: float, fly_ash: float, so2_removal: float = 0, dust_removal: float = 0
):
    """Return the `Than` row of tblFuels (percentages)."""
    return {
        "coal_type": coal_type,
        "sulfur_pct": sulfur,
        "ash_pct": ash,
        "fly_ash_pct": fly_ash,
        "so2_removal_pct": so2_removal,
        "dust_removal_pct": dust_removal,
    }


def oil(sulfur: float, so2_removal: float = 0, dust_removal: float = 0):
    """Return an oil or LPG row of tblFuels (percentages; ash and fly ash do not apply)."""
    return {
        "coal_type": None,
        "sulfur_pct": sulfur,
        "ash_pct": None,
        "fly_ash_pct": None,
        "so2_removal_pct": so2_removal,
        "dust_removal_pct": dust_removal,
    }


DEFAULT_FUELS = {
    "coal": coal("Antraxit", 0.6, 25, 20),
    "fuel_oil": oil(3.0),
    "diesel": oil(0.5),
    "lpg": oil(0),
}


def fuels(**rows: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Return the four tblFuels rows: the SPEC defaults overridden by the company's own `rows`."""
    return {key: rows.get(key, DEFAULT_FUELS[key]) for key in DEFAULT_FUELS}


def prices(
    electricity: float,
    coal: float,
    fuel_oil: float,
    diesel: float,
    lpg: float,
    water: float,
    materials: float,
) -> dict[str, float]:
    """Return tblPrices by resource key (workbook currency per MWh, t, t, t, t, m³, t)."""
    return {
        "electricity": electricity,
        "coal": coal,
        "fuel_oil": fuel_oil,
        "diesel": diesel,
        "lpg": lpg,
        "water": water,
        "materials": materials,
    }
