"""The figures the 2003 report prints, as the reconstruction must reproduce them (checked by make_2003.py)."""

from __future__ import annotations

# Bảng 3: implemented options of the 15 assessments completed in 2003 (integers as printed).
TABLE_3 = {
    "electricity": 40_838,  # MWh
    "coal": 19_113,  # t
    "fuel_oil": 1_951,  # t
    "diesel": 64,  # t
    "lpg": 74,  # t
    "water": 160_000,  # m³
    "materials": 787,  # t
    "investment_usd": 650_000,
    "savings_usd": 2_435_000,
    "dust": 483,  # t/yr
    "so2": 364,  # t/yr
    "co2": 70_846,  # t/yr
}
IMPLEMENTED_SHARE_PCT = 33
PAYBACK_MONTHS = "3-4"  # "dễ dàng hoàn lại vốn đầu tư trong vòng 3-4 tháng"
COMPANIES_MORE_THAN = 50
PROGRAMMES = 6
COMPLETED = 15
COMPLETED_SECTORS = (
    "Giấy và bột giấy",
    "Dệt may",
    "Vật liệu xây dựng",
    "Chế biến thực phẩm",
    "Hoàn tất sản phẩm kim loại",
)
# "Dệt, Giấy và Bột giấy, sản phẩm kim loại, hóa chất, chế biến thực phẩm, vật liệu xây dựng,
# plastic, gỗ, đồ uống và sản xuất đường"
ALL_SECTORS = (
    "Dệt may",
    "Giấy và bột giấy",
    "Hoàn tất sản phẩm kim loại",
    "Hóa chất",
    "Chế biến thực phẩm",
    "Vật liệu xây dựng",
    "Nhựa",
    "Gỗ",
    "Đồ uống",
    "Đường",
)

# Staff and activity figures.
STAFF = 18
FULL_TIME = 16
PART_TIME = 2
DOCTORS, MASTERS, ENGINEERS = 3, 5, 7
STAFF_MONTHS = 177
COURSES_HELD = 22
COURSE_PERSON_DAYS = 1_957
FIELD_VISIT_PERSON_DAYS = 60
PERSON_DAYS_BY_TYPE = {
    "Đào tạo theo ngành sản xuất": 183,
    "Đào tạo các kỹ năng": 163,
    "Đào tạo theo yêu cầu": 1_611,
}
PLAN_BY_TYPE = {
    "Đào tạo theo ngành sản xuất": 210,
    "Đào tạo các kỹ năng": 135,
    "Đào tạo theo yêu cầu": 50,
}
COURSES_BY_TYPE = {"Đào tạo theo ngành sản xuất": 3, "Đào tạo các kỹ năng": 2, "Đào tạo theo yêu cầu": 17}
SKILLS_LEARNERS = 39
SEMINARS_HELD = 10
SEMINAR_PERSON_DAYS = 417
AWARENESS_SEMINARS = 9
AWARENESS_CUMULATIVE = 1_406
CERTIFIED_AFTER_FEB_2004 = 100
CERTIFIED_EXPECTED_FEB_2004 = (15, 17)

# Bảng 4 "Thực hiện", at the report's precision (2 decimals), and the report's own % changes.
KPI_RESULTS = {
    "VP-GIAY": 1.48,
    "VP-DIEN": 98.68,
    "VP-CO2": 0.38,
    "VP-GIAYTHAI": 0.68,
    "VP-BIA": 86,
    "VP-LON": 113,
    "VP-MUC": 6,
    "DT-GIAY": 0.19,
    "DT-CO2": 6.64,
}
KPI_REPORTED_CHANGE_PCT = {
    "VP-GIAY": -61,
    "VP-DIEN": -33,
    "VP-CO2": -3.8,
    "VP-GIAYTHAI": -2.2,
    "DT-GIAY": -28,
}
