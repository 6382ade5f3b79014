"""The 2003 KPI log of the centre's ISO 14001 indicators (Bảng 4): targets, period values and denominators.

The values are chosen so that Σ value ÷ Σ denominator gives the report's "Thực hiện" figures:
office paper 222 kg / 150 useful staff-months = 1.48; electricity 14,802 kWh / 150 = 98.68; travel CO2
67.3 t / 177 staff-months = 0.380; waste paper sold 102 kg / 150 = 0.68; training paper 372 kg / 1,957
training person-days = 0.190; trainees' travel CO2 12,995 kg / 1,957 = 6.64. The "Loại khác" quantities are
tracked without a denominator: 86 kg cardboard, 113 cans and bottles, 6 cartridges.
"""

from __future__ import annotations

YEAR = 2003

OFFICE = "Văn phòng"
TRAINING = "Đào tạo"
MONTHLY = "hàng tháng"
QUARTERLY = "hàng quý"
STAFF_MONTHS = "Công-tháng"
USEFUL = "Công-tháng hữu ích"
PERSON_DAYS = "Người-ngày đào tạo"
NONE = "Không"

# (code, area, aspect, unit, denominator, frequency, baseline, reduction target %, note)
# fmt: off
TARGETS: list[tuple] = [
    ("VP-GIAY", OFFICE, "Giấy", "kg/công-tháng hữu ích", USEFUL, QUARTERLY, 2.48, 1, None),
    ("VP-DIEN", OFFICE, "Điện", "kWh/công-tháng hữu ích", USEFUL, MONTHLY, 95.65, 1,
     "Trung tâm chuyển đến văn phòng mới"),
    ("VP-CO2", OFFICE, "Phát thải CO2 do đi lại", "tấn CO2/công-tháng", STAFF_MONTHS, QUARTERLY, 0.26, 1,
     None),
    ("VP-GIAYTHAI", OFFICE, "Bán giấy thải", "kg/công-tháng hữu ích", USEFUL, QUARTERLY, 0.45, 1, None),
    ("VP-BIA", OFFICE, "Loại khác: bìa", "kg", NONE, QUARTERLY, None, None, None),
    ("VP-LON", OFFICE, "Loại khác: vỏ lon và chai nhựa", "vỏ", NONE, QUARTERLY, None, None, None),
    ("VP-MUC", OFFICE, "Loại khác: ống mực (máy in và máy photocopy)", "ống", NONE, QUARTERLY, None, None,
     None),
    ("DT-GIAY", TRAINING, "Giấy", "kg/người-ngày", PERSON_DAYS, QUARTERLY, 0.21, 2,
     "Tiếp tục chuyển từ in một mặt sang hai mặt"),
    ("DT-CO2", TRAINING, "Phát thải CO2 do đi lại của học viên", "kg CO2/người-ngày", PERSON_DAYS, QUARTERLY,
     None, None, "Không bao gồm đi lại của giảng viên quốc tế"),
]
# fmt: on

MONTHS = [f"{YEAR}-{m:02d}" for m in range(1, 13)]
QUARTERS = [f"{YEAR}-Q{q}" for q in range(1, 5)]

# Monthly electricity meter readings (kWh); the move to the new office shows from May.
ELECTRICITY_KWH = [1_085, 1_012, 1_140, 1_236, 1_318, 1_402, 1_295, 1_210, 1_236, 1_275, 1_310, 1_283]

# Quarterly values by KPI code.
QUARTERLY_VALUES: dict[str, list[float]] = {
    "VP-GIAY": [52, 55, 54, 61],  # kg
    "VP-CO2": [14.2, 17.9, 16.4, 18.8],  # t CO2
    "VP-GIAYTHAI": [24, 25, 26, 27],  # kg sold
    "VP-BIA": [20, 22, 21, 23],  # kg
    "VP-LON": [25, 31, 32, 25],  # pieces
    "VP-MUC": [1, 2, 1, 2],  # cartridges
    "DT-GIAY": [75, 103, 107, 87],  # kg, about in step with the quarter's training person-days
    "DT-CO2": [2_650, 3_560, 3_790, 2_995],  # kg CO2
}

# Monthly denominators. Staff-months: 13 full-year staff, 2 part-timers at 0.5 each, and the three
# support engineers who joined in September, October and November (= the centre file's 177). Useful
# staff-months exclude leave, holidays (Tết) and training abroad. Training person-days are the held
# courses of the training register by the month they started (1,957, seminars excluded).
STAFF_MONTHS_BY_MONTH = [14, 14, 14, 14, 14, 14, 14, 14, 15, 16, 17, 17]
USEFUL_BY_MONTH = [11, 10.5, 12, 12, 12.5, 12, 12.5, 11.5, 13, 14, 14.5, 14.5]
TRAINING_PERSON_DAYS_BY_MONTH = [90, 105, 200, 179, 200, 162, 232, 225, 108, 280, 144, 32]
