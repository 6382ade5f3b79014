"""The 37 assessments still running at the end of 2003 (Status Đang thực hiện), all names invented.

They count as companies in the programmes but not in Bảng 3. Their options come from a per-sector catalogue of
typical CP options, scaled by the company's size (`expand_ongoing`, deterministic: no random numbers).
"""

from __future__ import annotations

from typing import Any

from ._helpers import (
    BY_PRODUCT,
    DONE,
    EQUIPMENT,
    HOUSEKEEPING,
    INPUT_CHANGE,
    ONSITE_RECOVERY,
    PROCESS_CONTROL,
    PROPOSED,
    REJECTED,
    STUDY,
    TECHNOLOGY,
    coal,
    fuels,
    oil,
    opt,
    prices,
)
from .programmes import GERIAP, HCMC, METAL, UNEP_GEF, VCEP, VIET_TRI

# (option, category, investment in USD for a company of size 1, annual reductions for size 1)
# fmt: off
SECTOR_OPTIONS: dict[str, list[tuple[str, str, float, dict[str, float]]]] = {
    "Dệt may": [
        ("Thu hồi nước ngưng về lò hơi", ONSITE_RECOVERY, 15_000, {"coal": 300, "water": 2_000}),
        ("Bảo ôn đường ống hơi và thiết bị nhuộm", EQUIPMENT, 6_000, {"coal": 150}),
        ("Lắp biến tần cho quạt máy căng kim định hình", EQUIPMENT, 12_000, {"electricity": 350}),
        ("Tái sử dụng nước giặt cuối cho công đoạn giặt đầu", ONSITE_RECOVERY, 4_000, {"water": 8_000}),
        ("Tối ưu hóa công thức nhuộm, giảm nhuộm lại", PROCESS_CONTROL, 2_000,
         {"materials": 6, "water": 3_000}),
        ("Sửa chữa rò rỉ khí nén và hơi", HOUSEKEEPING, 1_000, {"electricity": 80, "coal": 60}),
        ("Thay máy nhuộm jigger hở bằng jigger kín", TECHNOLOGY, 90_000, {"water": 12_000, "coal": 120}),
        ("Thu hồi xút từ nước thải làm bóng", ONSITE_RECOVERY, 110_000, {"materials": 90}),
    ],
    "Giấy và bột giấy": [
        ("Tuần hoàn nước trắng", ONSITE_RECOVERY, 12_000, {"water": 15_000, "materials": 20}),
        ("Thu hồi nước ngưng lô sấy", ONSITE_RECOVERY, 10_000, {"coal": 350}),
        ("Lắp biến tần cho bơm bột và bơm chân không", EQUIPMENT, 15_000, {"electricity": 450}),
        ("Thu hồi xơ sợi bằng lưới lọc nghiêng", ONSITE_RECOVERY, 8_000, {"materials": 40}),
        ("Điều chỉnh chế độ đốt lò hơi", PROCESS_CONTROL, 3_000, {"coal": 200}),
        ("Che chắn bãi than, phân loại giấy loại đầu vào", HOUSEKEEPING, 2_000,
         {"coal": 40, "materials": 10}),
        ("Thay máy nghiền Hà Lan bằng máy nghiền đĩa", TECHNOLOGY, 80_000, {"electricity": 600}),
    ],
    "Hoàn tất sản phẩm kim loại": [
        ("Rửa ngược dòng nhiều bậc sau bể mạ", PROCESS_CONTROL, 5_000, {"water": 3_000, "materials": 1.5}),
        ("Thu hồi dung dịch kéo theo bằng bể thu hồi tĩnh", ONSITE_RECOVERY, 3_000, {"materials": 3}),
        ("Lắp van khóa và đồng hồ nước cho dây chuyền mạ", HOUSEKEEPING, 800, {"water": 1_500}),
        ("Bảo ôn bể mạ nóng và bể tẩy dầu", EQUIPMENT, 2_500, {"electricity": 60}),
        ("Thay chỉnh lưu cũ bằng chỉnh lưu hiệu suất cao", EQUIPMENT, 12_000, {"electricity": 120}),
        ("Thay mạ kẽm xyanua bằng mạ kẽm kiềm không xyanua", INPUT_CHANGE, 15_000, {"materials": 0.5}),
        ("Lọc và tái sử dụng dung dịch tẩy dầu", ONSITE_RECOVERY, 4_000, {"materials": 2}),
        ("Thay sơn dung môi bằng sơn bột tĩnh điện", INPUT_CHANGE, 60_000, {"materials": 4}),
    ],
    "Hóa chất": [
        ("Thu hồi nước ngưng và bảo ôn đường ống hơi", ONSITE_RECOVERY, 12_000, {"coal": 280}),
        ("Lắp biến tần cho bơm tuần hoàn và quạt", EQUIPMENT, 14_000, {"electricity": 400}),
        ("Thu hồi sản phẩm rơi vãi tại khâu đóng bao", HOUSEKEEPING, 2_000, {"materials": 25}),
        ("Tuần hoàn nước làm mát", ONSITE_RECOVERY, 9_000, {"water": 20_000}),
        ("Kiểm soát tỷ lệ phối liệu bằng cân định lượng", PROCESS_CONTROL, 18_000, {"materials": 60}),
        ("Tận dụng nhiệt phản ứng để sản xuất hơi", ONSITE_RECOVERY, 150_000, {"coal": 900}),
    ],
    "Chế biến thực phẩm": [
        ("Thu hồi nước ngưng và bảo ôn nồi nấu", ONSITE_RECOVERY, 8_000, {"coal": 180, "water": 800}),
        ("Vệ sinh bằng vòi áp lực có van tự đóng", HOUSEKEEPING, 1_500, {"water": 6_000}),
        ("Lắp biến tần cho máy nén lạnh", EQUIPMENT, 12_000, {"electricity": 250}),
        ("Giảm hao hụt nguyên liệu khâu sơ chế", HOUSEKEEPING, 1_000, {"materials": 12}),
        ("Tận dụng phế liệu làm thức ăn chăn nuôi", BY_PRODUCT, 10_000, {}),
        ("Cách nhiệt kho lạnh", EQUIPMENT, 8_000, {"electricity": 90}),
    ],
    "Vật liệu xây dựng": [
        ("Bảo ôn vỏ lò và sửa chữa rò rỉ khí nóng", EQUIPMENT, 15_000, {"coal": 400}),
        ("Lắp biến tần cho quạt lò và máy nghiền", EQUIPMENT, 30_000, {"electricity": 900}),
        ("Kiểm soát khí dư lò nung", PROCESS_CONTROL, 8_000, {"coal": 250}),
        ("Thu hồi bụi lọc về máy nghiền", ONSITE_RECOVERY, 6_000, {"materials": 120}),
        ("Làm mái che kho nguyên liệu", HOUSEKEEPING, 5_000, {"coal": 60, "materials": 80}),
        ("Tận dụng nhiệt khí thải lò nung để sấy nguyên liệu", ONSITE_RECOVERY, 120_000, {"coal": 800}),
        ("Sử dụng phụ gia tro bay thay một phần clinker", INPUT_CHANGE, 20_000, {"materials": 600}),
    ],
    "Nhựa": [
        ("Tái sinh phế phẩm và bavia tại chỗ", ONSITE_RECOVERY, 9_000, {"materials": 30}),
        ("Bảo ôn xi lanh máy ép phun", EQUIPMENT, 5_000, {"electricity": 120}),
        ("Lắp biến tần cho máy ép phun thủy lực", EQUIPMENT, 25_000, {"electricity": 300}),
        ("Tuần hoàn nước làm mát khuôn", ONSITE_RECOVERY, 4_000, {"water": 9_000}),
        ("Kiểm soát nhiệt độ khuôn và chu kỳ ép", PROCESS_CONTROL, 2_000,
         {"materials": 8, "electricity": 40}),
        ("Sắp xếp kho nguyên liệu, tránh ẩm hạt nhựa", HOUSEKEEPING, 800, {"materials": 5}),
    ],
    "Gỗ": [
        ("Tận dụng mùn cưa, phoi bào làm nhiên liệu lò sấy", BY_PRODUCT, 8_000, {"coal": 150}),
        ("Bảo ôn lò sấy gỗ và sửa cửa lò", EQUIPMENT, 4_000, {"coal": 60}),
        ("Tối ưu hóa sơ đồ pha cắt gỗ", PROCESS_CONTROL, 1_500, {"materials": 40}),
        ("Thay sơn gốc dung môi bằng sơn gốc nước", INPUT_CHANGE, 12_000, {"materials": 3}),
        ("Lắp biến tần cho quạt hút bụi", EQUIPMENT, 9_000, {"electricity": 110}),
        ("Thu gom và bán phế liệu gỗ", BY_PRODUCT, 500, {}),
    ],
    "Đồ uống": [
        ("Thu hồi nước rửa chai cuối để rửa sơ bộ", ONSITE_RECOVERY, 6_000, {"water": 12_000}),
        ("Thu hồi CO2 từ quá trình lên men", ONSITE_RECOVERY, 90_000, {"materials": 60}),
        ("Thu hồi nước ngưng và bảo ôn nồi nấu", ONSITE_RECOVERY, 10_000, {"coal": 220}),
        ("Lắp biến tần cho máy nén lạnh và máy nén khí", EQUIPMENT, 15_000, {"electricity": 300}),
        ("Bán bã hèm làm thức ăn chăn nuôi", BY_PRODUCT, 2_000, {}),
        ("Vệ sinh tại chỗ (CIP) theo quy trình tối ưu", PROCESS_CONTROL, 4_000,
         {"water": 5_000, "materials": 4}),
    ],
    "Đường": [
        ("Thu hồi nước ngưng nồi nấu đường về lò hơi", ONSITE_RECOVERY, 15_000, {"water": 15_000}),
        ("Điều chỉnh lò hơi đốt bã mía, giảm than đốt kèm", PROCESS_CONTROL, 6_000, {"coal": 400}),
        ("Bảo ôn thiết bị bốc hơi", EQUIPMENT, 9_000, {"coal": 200}),
        ("Giảm tổn thất đường trong bùn lọc", PROCESS_CONTROL, 12_000, {"materials": 45}),
        ("Sản xuất phân vi sinh từ bùn lọc", BY_PRODUCT, 30_000, {}),
        ("Lắp biến tần cho bơm và quạt", EQUIPMENT, 12_000, {"electricity": 280}),
    ],
}
# fmt: on

# Yearly value (USD, size 1) of by-product options, which save no listed resource.
BY_PRODUCT_VALUE_USD = 6_000

# (slug, name, sector, province, programme, size, number of options)
# fmt: off
ONGOING: list[tuple[str, str, str, str, str, float, int]] = [
    ("ma-kem-soc-son", "Công ty Mạ kẽm Sóc Sơn", "Hoàn tất sản phẩm kim loại", "Hà Nội", METAL, 1.2, 7),
    ("kim-khi-hai-an", "Công ty TNHH Kim khí Hải An", "Hoàn tất sản phẩm kim loại", "Hải Phòng", METAL, 0.8,
     6),
    ("khoa-hung-yen", "Công ty Khóa và Phụ kiện Hưng Yên", "Hoàn tất sản phẩm kim loại", "Hưng Yên", METAL,
     0.7, 5),
    ("ma-dien-tan-binh", "Công ty Mạ điện Tân Bình", "Hoàn tất sản phẩm kim loại", "Tp. Hồ Chí Minh", METAL,
     0.9, 6),
    ("co-khi-bien-hoa", "Công ty Cơ khí Biên Hòa Xanh", "Hoàn tất sản phẩm kim loại", "Đồng Nai", METAL, 1.5,
     8),
    ("dung-cu-bac-ninh", "Công ty Dụng cụ Cầm tay Bắc Ninh", "Hoàn tất sản phẩm kim loại", "Bắc Ninh", METAL,
     0.6, 5),
    ("hoa-chat-bach-hac", "Công ty Hóa chất Bạch Hạc", "Hóa chất", "Phú Thọ", VIET_TRI, 2, 6),
    ("bia-nong-trang", "Công ty Bia Nông Trang", "Đồ uống", "Phú Thọ", VIET_TRI, 1, 5),
    ("soi-phu-tho", "Công ty Sợi Phú Thọ", "Dệt may", "Phú Thọ", VIET_TRI, 1.3, 6),
    ("nhua-cau-rao", "Công ty Nhựa Cầu Rào", "Nhựa", "Hải Phòng", VCEP, 1.1, 6),
    ("ma-kem-vinh-niem", "Công ty Mạ kẽm Vĩnh Niệm", "Hoàn tất sản phẩm kim loại", "Hải Phòng", VCEP, 1, 5),
    ("do-go-dong-ky", "Công ty Đồ gỗ Xuất khẩu Đồng Kỵ", "Gỗ", "Bắc Ninh", VCEP, 0.8, 6),
    ("giay-phong-khe", "Công ty Giấy Phong Khê Mới", "Giấy và bột giấy", "Bắc Ninh", VCEP, 0.9, 6),
    ("thuc-pham-hai-duong", "Công ty Thực phẩm Hải Dương", "Chế biến thực phẩm", "Hải Dương", VCEP, 1, 5),
    ("su-ve-sinh-kinh-mon", "Công ty Sứ vệ sinh Kinh Môn", "Vật liệu xây dựng", "Hải Dương", VCEP, 1.2, 6),
    ("nuoc-giai-khat-thu-do", "Công ty Nước giải khát Thủ Đô", "Đồ uống", "Hà Nội", VCEP, 1.4, 6),
    ("nhua-long-bien", "Công ty Nhựa Long Biên", "Nhựa", "Hà Nội", VCEP, 0.9, 5),
    ("det-hoa-khanh", "Công ty Dệt Hòa Khánh", "Dệt may", "Đà Nẵng", VCEP, 1.6, 7),
    ("hoa-chat-lien-chieu", "Công ty Hóa chất Liên Chiểu", "Hóa chất", "Đà Nẵng", VCEP, 1.1, 5),
    ("duong-vam-co", "Công ty Đường Vàm Cỏ", "Đường", "Long An", VCEP, 2.2, 6),
    ("thuy-san-can-giuoc", "Công ty Chế biến thủy sản Cần Giuộc", "Chế biến thực phẩm", "Long An", VCEP, 1.3,
     6),
    ("giay-trung-van", "Công ty Giấy Trung Văn", "Giấy và bột giấy", "Hà Nội", UNEP_GEF, 1.8, 7),
    ("sua-thu-dau-mot", "Công ty Chế biến sữa Thủ Dầu Một", "Chế biến thực phẩm", "Bình Dương", UNEP_GEF, 2,
     6),
    ("xi-mang-kinh-thay", "Công ty Xi măng Kinh Thầy", "Vật liệu xây dựng", "Hải Dương", GERIAP, 5, 7),
    ("xi-mang-lam-son", "Công ty Xi măng Lam Sơn Xanh", "Vật liệu xây dựng", "Thanh Hóa", GERIAP, 4, 6),
    ("gach-op-lat-tien-du", "Công ty Gạch ốp lát Tiên Du", "Vật liệu xây dựng", "Bắc Ninh", GERIAP, 2.5, 6),
    ("giay-dong-trieu", "Công ty Giấy Đông Triều", "Giấy và bột giấy", "Quảng Ninh", GERIAP, 2.2, 6),
    ("phan-lan-ninh-binh", "Công ty Phân lân Ninh Bình", "Hóa chất", "Ninh Bình", GERIAP, 3, 6),
    ("det-thanh-nam", "Công ty Dệt Thành Nam", "Dệt may", "Nam Định", GERIAP, 2.4, 8),
    ("duong-song-ma", "Công ty Đường Sông Mã", "Đường", "Thanh Hóa", GERIAP, 2.8, 6),
    ("bia-do-son", "Công ty Bia Đồ Sơn", "Đồ uống", "Hải Phòng", GERIAP, 1.7, 6),
    ("det-may-go-vap", "Công ty Dệt may Gò Vấp", "Dệt may", "Tp. Hồ Chí Minh", HCMC, 1.5, 7),
    ("thuc-pham-binh-chanh", "Công ty Thực phẩm Bình Chánh", "Chế biến thực phẩm", "Tp. Hồ Chí Minh", HCMC,
     1.2, 6),
    ("nhua-tan-phu", "Công ty Nhựa Tân Phú", "Nhựa", "Tp. Hồ Chí Minh", HCMC, 1.4, 6),
    ("hoa-my-pham-phu-lam", "Công ty Hóa mỹ phẩm Phú Lâm", "Hóa chất", "Tp. Hồ Chí Minh", HCMC, 0.9, 5),
    ("che-bien-go-thu-duc", "Công ty Chế biến gỗ Thủ Đức", "Gỗ", "Tp. Hồ Chí Minh", HCMC, 1.1, 6),
    ("nuoc-giai-khat-cho-lon", "Công ty Nước giải khát Chợ Lớn", "Đồ uống", "Tp. Hồ Chí Minh", HCMC, 1.3, 5),
]
# fmt: on

SOUTH = ("Tp. Hồ Chí Minh", "Đồng Nai", "Bình Dương", "Long An")
USD_PROGRAMMES = (UNEP_GEF, GERIAP)
# Option statuses cycle through this list, starting at a different place for each company.
STATUS_CYCLE = (PROPOSED, DONE, STUDY, PROPOSED, STUDY, REJECTED, PROPOSED, DONE)

# Unit prices in USD (converted to VND for VND workbooks) by resource, north and south.
PRICES_USD = {
    "north": prices(40, 25, 155, 290, 400, 0.20, 450),
    "south": prices(41, 34, 160, 295, 410, 0.28, 450),
}
MATERIAL_PRICE_USD = {
    "Dệt may": 900,
    "Giấy và bột giấy": 300,
    "Hoàn tất sản phẩm kim loại": 1_200,
    "Hóa chất": 250,
    "Chế biến thực phẩm": 450,
    "Vật liệu xây dựng": 20,
    "Nhựa": 800,
    "Gỗ": 250,
    "Đồ uống": 200,
    "Đường": 300,
}


def _rate(province: str) -> int:
    return 15_600 if province in SOUTH else 15_500


def _round_qty(value: float) -> float:
    return round(value, 1) if abs(value) < 10 else round(value)


def _money(usd: float, currency: str, rate: int) -> float:
    """Return `usd` in the workbook currency, rounded like a person would type it."""
    if currency == "USD":
        return round(usd, -2) if usd >= 1_000 else round(usd)
    return round(usd * rate, -6) if usd >= 1_000 else round(usd * rate, -5)


def _company(index: int, row: tuple[str, str, str, str, str, float, int]) -> dict[str, Any]:
    slug, name, sector, province, programme, size, count = row
    region = "south" if province in SOUTH else "north"
    currency = "USD" if programme in USD_PROGRAMMES else "VND"
    rate = _rate(province)
    unit_usd = dict(PRICES_USD[region], materials=MATERIAL_PRICE_USD[sector])
    factor = 1 if currency == "USD" else rate
    unit = {
        key: (round(v * factor, -3) if currency == "VND" and v >= 1 else v * factor)
        for key, v in unit_usd.items()
    }
    coal_row = (
        coal("Bitum", 0.7, 14, 20) if region == "south" else coal("Antraxit", 0.6 + 0.1 * (index % 3), 26, 20)
    )
    options = []
    for number, (title, category, inv_usd, qty) in enumerate(SECTOR_OPTIONS[sector][:count]):
        status = STATUS_CYCLE[(index + number) % len(STATUS_CYCLE)]
        other_usd = BY_PRODUCT_VALUE_USD * size if not qty else 0
        scaled = {key: _round_qty(v * size) for key, v in qty.items()}
        options.append(
            opt(
                title,
                category,
                status,
                _money(inv_usd * size, currency, rate),
                other=_money(other_usd, currency, rate) if other_usd else 0,
                **scaled,
            )
        )
    return {
        "slug": slug,
        "name": name,
        "sector": sector,
        "province": province,
        "programme": programme,
        "currency": currency,
        "rate": rate if currency == "VND" else None,
        "prices": unit,
        "fuels": fuels(coal=coal_row, fuel_oil=oil(3.5 if region == "south" else 3.0)),
        "options": options,
    }


def expand_ongoing() -> list[dict[str, Any]]:
    """Return the 37 ongoing assessments as full company records (same shape as `COMPLETED`)."""
    return [_company(index, row) for index, row in enumerate(ONGOING)]
