"""A small year of our own (2010), written from the templates as a user fills them, for end-to-end report tests.

Every figure the tests expect is worked out by hand in `tests/report/test_own_year.py` from the values here
and the formulas of SPEC 4 and 6; nothing is taken from the code under test.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from vncpc_xl.core import RESOURCES
from vncpc_xl.workbook import fill_workbook

YEAR = 2010
SECTOR, SKILLS, ON_DEMAND = "Đào tạo theo ngành sản xuất", "Đào tạo các kỹ năng", "Đào tạo theo yêu cầu"
AWARENESS, OTHER_SEMINAR = "Hội nghị chuyên đề nâng cao nhận thức", "Hội nghị chuyên đề khác"
QUARTERS = [f"{YEAR}-Q{q}" for q in range(1, 5)]


def _prices(**prices: float) -> list[dict[str, object]]:
    return [{"resource": r.name, "unit": r.unit, "price": prices.get(r.key)} for r in RESOURCES]


def _option(
    n: int, status: str, investment: float, category: str = "Quản lý nội vi", text: str = "", **values: float
) -> dict[str, object]:
    row: dict[str, object] = {"number": n, "option": f"Giải pháp {n}{text}", "category": category}
    row.update(status=status, investment=investment, **values)
    return row


def _course(code: str, kind: str, days: float, people: int, status: str, field=None, certified=None):
    return {
        "code": code,
        "name": f"Khóa {code}",
        "type": kind,
        "start": dt.date(YEAR, 3, 1),
        "end": dt.date(YEAR, 3, 5),
        "days": days,
        "place": "Huế",
        "client": "Sở TN&MT",
        "participants": people,
        "field_visit_person_days": field,
        "status": status,
        "certified": certified,
    }


def write_centre(path: Path) -> Path:
    """Four staff (12 + 11.5 + 6 + 12 công-tháng), one project, earlier years 500 participants, 40 certified."""
    staff = [
        ("Lê Văn Kiểm", "PGS.TS.", "Giám đốc", "Toàn thời gian", 12),
        ("Ngô Thị Hà", "ThS.", "Chuyên gia", "Toàn thời gian", 11.5),
        ("Phan Văn Sơn", "KS.", "Cán bộ hỗ trợ", "Bán thời gian", 6),
        ("Đỗ Văn Tài", "Khác", "Lái xe", "Toàn thời gian", 12),
    ]
    keys = ("name", "degree", "position", "employment", "staff_months")
    tables = {
        "tblStaff": [dict(zip(keys, row, strict=True)) for row in staff],
        "tblProjects": [
            {
                "name": "Dự án SXSH Huế",
                "cp_content": "Hợp phần SXSH",
                "donor": "SECO",
                "partner": "Sở TN&MT Huế",
                "place": "Huế",
                "period": "2009-2011",
            }
        ],
        "tblOutreach": [
            {"type": "Bài báo", "title": "SXSH ở Huế", "date": dt.date(YEAR, 4, 5), "channel": "Báo Nhân Dân"}
        ],
        "tblNarrative": [
            {"section": "loi_noi_dau", "paragraph": "Lời mở đầu của năm."},
            {"section": "loi_noi_dau", "paragraph": "Foreword of the year.", "language": "en"},
            {"section": "bai_hoc", "paragraph": "- Bài học một."},
        ],
        "tblAbbreviations": [{"abbreviation": "SXSH", "meaning": "Sản xuất sạch hơn"}],
    }
    names = {
        "Year": YEAR,
        "CentreName": "Trung tâm Thử nghiệm",
        "Director": "TS. Lê Văn Kiểm",
        "PriorAwarenessParticipants": 500,
        "PriorCertifiedTrainees": 40,
    }
    return fill_workbook("centre", path, names=names, tables=tables)


def write_training(path: Path) -> Path:
    """Plan for four types; eight rows: one cancelled (K3), one only planned (K4)."""
    tables = {
        "tblTrainingPlan": [
            {"type": SECTOR, "planned_person_days": 100, "planned_courses": 2, "note": "Ghi chú ngành"},
            {"type": SKILLS, "planned_person_days": 60, "planned_courses": 1},
            {"type": ON_DEMAND, "planned_person_days": 40, "planned_courses": 1},
            {"type": AWARENESS, "planned_person_days": 50, "planned_courses": 2},
        ],
        "tblCourses": [
            _course("K1", SECTOR, 5, 12, "Đã tổ chức", field=10, certified=12),
            _course("K2", SKILLS, 3, 15, "Đã tổ chức"),
            _course("K3", ON_DEMAND, 2, 20, "Hủy", certified=20),
            _course("K4", ON_DEMAND, 4, 10, "Kế hoạch"),
            _course("K5", ON_DEMAND, 1.5, 30, "Đã tổ chức"),
            _course("S1", AWARENESS, 1, 80, "Đã tổ chức"),
            _course("S2", AWARENESS, 0.5, 40, "Đã tổ chức"),
            _course("S3", OTHER_SEMINAR, 2, 25, "Đã tổ chức"),
        ],
        "tblModules": [{"module": "Mô-đun 1", "days": 3, "topics": "Chủ đề A\nChủ đề B"}],
    }
    return fill_workbook("training", path, names={"Year": YEAR}, tables=tables)


def write_kpi(path: Path) -> Path:
    """Three KPIs with a denominator and one tracked quantity (Mẫu số Không)."""
    log = [{"period": q, "code": "P1", "value": v} for q, v in zip(QUARTERS, [20, 22, 18, 20], strict=True)]
    log += [{"period": f"{YEAR}-{m:02d}", "code": "E1", "value": 260} for m in range(1, 13)]
    log += [
        {"period": f"{YEAR}-Q1", "code": "R1", "value": 30},
        {"period": f"{YEAR}-Q3", "code": "R1", "value": 26},
    ]
    log += [{"period": q, "code": "T1", "value": v} for q, v in zip(QUARTERS, [15, 20, 16, 13], strict=True)]
    targets = [
        ("P1", "Văn phòng", "Giấy", "kg/công-tháng", "Công-tháng", "hàng quý", 2.5, 10),
        ("E1", "Văn phòng", "Điện", "kWh/công-tháng hữu ích", "Công-tháng hữu ích", "hàng tháng", 100, 5),
        ("R1", "Văn phòng", "Bìa", "kg", "Không", "hàng quý", None, None),
        ("T1", "Đào tạo", "Giấy", "kg/người-ngày", "Người-ngày đào tạo", "hàng quý", 0.2, 2),
    ]
    keys = ("code", "area", "aspect", "unit", "denominator", "frequency", "baseline", "target_reduction_pct")
    denominators = zip(QUARTERS, [10, 10, 11, 10.5], [8, 8, 9, 8], [50, 100, 80, 70], strict=True)
    tables = {
        "tblKpiTargets": [dict(zip(keys, row, strict=True)) for row in targets],
        "tblKpiLog": log,
        "tblKpiDenominators": [
            {"period": q, "staff_months": a, "useful_staff_months": b, "training_person_days": c}
            for q, a, b, c in denominators
        ],
    }
    return fill_workbook("kpi", path, names={"Year": YEAR}, tables=tables)


AUDIT_COMMON = {"Province": "Huế", "AssessmentYear": YEAR, "Approach": "Tư vấn thuần túy"}


def write_alpha(path: Path) -> Path:
    """Completed, USD, default fuels: options 1 (equipment) and 2 (housekeeping, no investment) implemented,
    3 (housekeeping, its text holding markup and template tags) proposed."""
    names = {
        **AUDIT_COMMON,
        "CompanyName": "Công ty Dệt Alpha",
        "Sector": "Dệt may",
        "Programme": "Chương trình X",
        "Status": "Hoàn thành",
        "Currency": "USD",
    }
    options = [
        _option(1, "Đã thực hiện", 10_000, "Cải tiến thiết bị", qty_electricity=100, qty_coal=50),
        _option(2, "Đã thực hiện", 0, qty_water=2000),
        _option(3, "Đề xuất", 5000, text=" <b>LED</b> & {{ year }} {% if x %}", qty_electricity=20),
    ]
    tables = {"tblPrices": _prices(electricity=80, coal=50, water=0.3), "tblOptions": options}
    return fill_workbook("audit", path, names=names, tables=tables)


def write_beta(path: Path) -> Path:
    """Completed, VND at 20 000 VND/USD, its own Bitum coal; options 1 (technology) and 2 (housekeeping)
    implemented, 3 (equipment) rejected, 4 (housekeeping) studied."""
    names = {
        **AUDIT_COMMON,
        "CompanyName": "Công ty Giấy Beta",
        "Sector": "Giấy và bột giấy",
        "Programme": "Chương trình Y",
        "Status": "Hoàn thành",
        "Currency": "VND",
        "ExchangeRate": 20_000,
    }
    fuels = [
        {
            "fuel": "Than",
            "coal_type": "Bitum",
            "sulfur_pct": 1.0,
            "ash_pct": 20,
            "fly_ash_pct": 30,
            "so2_removal_pct": 0,
            "dust_removal_pct": 50,
        },
        {"fuel": "Dầu FO", "sulfur_pct": 3.0},
    ]
    options = [
        _option(
            1, "Đã thực hiện", 200_000_000, "Thay đổi công nghệ", qty_coal=1000, other_savings=10_000_000
        ),
        _option(2, "Đã thực hiện", 40_000_000, qty_fuel_oil=5, added_cost=2_000_000),
        _option(3, "Loại bỏ", 100_000_000, "Cải tiến thiết bị", qty_electricity=10),
        _option(4, "Đang nghiên cứu", 1_000_000, qty_electricity=1),
    ]
    tables = {
        "tblPrices": _prices(electricity=1_600_000, coal=1_000_000, fuel_oil=6_000_000),
        "tblFuels": fuels,
        "tblOptions": options,
    }
    return fill_workbook("audit", path, names=names, tables=tables)


def write_gamma(path: Path) -> Path:
    """Still in progress: counted as a company and in its programme, not in Bảng 3."""
    names = {
        **AUDIT_COMMON,
        "CompanyName": "Công ty Nhựa Gamma",
        "Sector": "Nhựa",
        "Programme": "Chương trình X",
        "Status": "Đang thực hiện",
        "Currency": "USD",
    }
    tables = {
        "tblPrices": _prices(electricity=90),
        "tblOptions": [_option(1, "Đã thực hiện", 3000, "Thay đổi công nghệ", qty_electricity=30)],
    }
    return fill_workbook("audit", path, names=names, tables=tables)


def write_year(folder: Path) -> Path:
    """Write the whole year into `folder` (created) and return it."""
    (folder / "audits").mkdir(parents=True)
    write_centre(folder / "ho_so_trung_tam.xlsx")
    write_training(folder / "dao_tao.xlsx")
    write_kpi(folder / "chi_so.xlsx")
    write_alpha(folder / "audits" / "alpha.xlsx")
    write_beta(folder / "audits" / "beta.xlsx")
    write_gamma(folder / "audits" / "gamma.xlsx")
    return folder
