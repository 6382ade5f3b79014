"""Writers of real workbooks for the consolidation tests, filled with `fill_workbook` as a user would.

The base year (2003) holds one centre file, one training register, one KPI log and three audit workbooks in a
sub-folder. Every expected figure in the tests is computed by hand from the values below.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from vncpc_xl.core import RESOURCES
from vncpc_xl.workbook import fill_workbook

YEAR = 2003

STAFF = [
    {
        "name": "Nguyễn Văn A",
        "degree": "PGS.TS.",
        "position": "Giám đốc",
        "employment": "Toàn thời gian",
        "staff_months": 12,
    },
    {
        "name": "Trần Thị B",
        "degree": "TS.",
        "position": "Phó giám đốc",
        "employment": "Toàn thời gian",
        "staff_months": 12,
    },
    {
        "name": "Lê Văn C",
        "degree": "ThS.",
        "position": "Chuyên gia",
        "employment": "Toàn thời gian",
        "staff_months": 10.5,
    },
    {
        "name": "Phạm Văn D",
        "degree": "KS.",
        "position": "Cán bộ hỗ trợ",
        "employment": "Bán thời gian",
        "staff_months": 6,
    },
    {
        "name": "Vũ Thị E",
        "degree": "CN.",
        "position": "Thư ký",
        "employment": "Toàn thời gian",
        "staff_months": 12,
    },
    {
        "name": "Hoàng Văn F",
        "degree": "Khác",
        "position": "Lái xe",
        "employment": "Bán thời gian",
        "staff_months": 3,
    },
]


def centre_tables() -> dict[str, list[dict[str, object]]]:
    """Return the centre file's tables."""
    return {
        "tblStaff": STAFF,
        "tblProjects": [
            {
                "name": "Dự án Việt Trì",
                "cp_content": "Hợp phần SXSH",
                "donor": "DANIDA",
                "partner": "Sở TN&MT Phú Thọ",
                "place": "Phú Thọ",
                "period": "2002-2003",
            }
        ],
        "tblOutreach": [
            {
                "type": "Phóng sự truyền hình",
                "title": "SXSH trong dệt",
                "date": dt.date(2003, 5, 2),
                "channel": "VTV2",
            }
        ],
        "tblNarrative": [
            {"section": "loi_noi_dau", "paragraph": "Đoạn một."},
            {"section": "bai_hoc", "paragraph": "Bài học."},
            {"section": "loi_noi_dau", "paragraph": "Đoạn hai."},
        ],
        "tblAbbreviations": [
            {"abbreviation": "SXSH", "meaning": "Sản xuất sạch hơn"},
            {"abbreviation": "VNCPC", "meaning": "Trung tâm Sản xuất sạch Việt Nam"},
        ],
    }


def write_centre(path: Path, *, year: int = YEAR, director: str = "PGS.TS. Nguyễn Văn A") -> Path:
    """Write the centre file."""
    names = {
        "Year": year,
        "CentreName": "Trung tâm Sản xuất sạch Việt Nam",
        "Director": director,
        "PriorAwarenessParticipants": 1150,
        "PriorCertifiedTrainees": 80,
    }
    return fill_workbook("centre", path, names=names, tables=centre_tables())


SECTOR, SKILLS, ON_DEMAND = "Đào tạo theo ngành sản xuất", "Đào tạo các kỹ năng", "Đào tạo theo yêu cầu"
AWARENESS, OTHER_SEMINAR = "Hội nghị chuyên đề nâng cao nhận thức", "Hội nghị chuyên đề khác"


def _course(code, kind, days, participants, status, *, field=None, certified=None):
    return {
        "code": code,
        "name": f"Khóa {code}",
        "type": kind,
        "start": dt.date(2003, 3, 3),
        "end": dt.date(2003, 3, 7),
        "days": days,
        "place": "Hà Nội",
        "client": "VNCPC",
        "participants": participants,
        "field_visit_person_days": field,
        "status": status,
        "certified": certified,
    }


def write_training(path: Path, *, year: int = YEAR) -> Path:
    """Write the training register: 7 rows, one cancelled and one only planned."""
    tables = {
        "tblTrainingPlan": [
            {
                "type": SECTOR,
                "planned_person_days": 210,
                "planned_courses": 2,
                "note": "Module cuối vào 2/2004",
            },
            {"type": SKILLS, "planned_person_days": 135, "planned_courses": 3, "note": ""},
            {"type": ON_DEMAND, "planned_person_days": 50, "planned_courses": 1, "note": "Nhu cầu cao"},
            {"type": AWARENESS, "planned_person_days": 100, "planned_courses": 2},
            {"type": OTHER_SEMINAR},
        ],
        "tblCourses": [
            _course("K1", SECTOR, 5, 20, "Đã tổ chức", field=30, certified=18),
            _course("K2", SECTOR, 4, 21, "Hủy", certified=20),
            _course("K3", SKILLS, 2.5, 12, "Đã tổ chức"),
            _course("K4", ON_DEMAND, 3, 15, "Kế hoạch"),
            _course("S1", AWARENESS, 1, 60, "Đã tổ chức"),
            _course("S2", AWARENESS, 0.5, 40, "Đã tổ chức"),
            _course("S3", OTHER_SEMINAR, 2, 25, "Đã tổ chức"),
        ],
        "tblModules": [
            {
                "module": "Phương pháp luận SXSH",
                "days": 5,
                "topics": "Giới thiệu về SXSH\n- Tham quan công ty\n",
            },
            {"module": "Đánh giá SXSH", "days": 4, "topics": "Nghiên cứu điển hình"},
        ],
    }
    return fill_workbook("training", path, names={"Year": year}, tables=tables)


QUARTERS = [f"{YEAR}-Q{q}" for q in range(1, 5)]
STAFF_MONTHS, USEFUL_MONTHS, TRAINING_DAYS = [40, 42, 45, 50], [30, 32, 35, 38], [500, 400, 600, 457]


def write_kpi(path: Path, *, year: int = YEAR) -> Path:
    """Write the KPI log: three KPIs with a denominator and one tracked quantity (Không)."""
    log = []
    for code, values in (("P1", [100, 90, 110, 80]), ("T1", [100, 80, 130, 100])):
        log += [{"period": q, "code": code, "value": v} for q, v in zip(QUARTERS, values, strict=True)]
    log += [{"period": f"{YEAR}-{m:02d}", "code": "E1", "value": 1000} for m in range(1, 13)]
    log += [
        {"period": f"{YEAR}-Q2", "code": "O1", "value": 50},
        {"period": f"{YEAR}-Q4", "code": "O1", "value": 36},
    ]
    tables = {
        "tblKpiTargets": [
            _target("P1", "Văn phòng", "Giấy", "kg/công-tháng", "Công-tháng", "hàng quý", 2.48, 1),
            _target(
                "E1",
                "Văn phòng",
                "Điện",
                "kWh/công-tháng hữu ích",
                "Công-tháng hữu ích",
                "hàng tháng",
                95.65,
                1,
            ),
            _target("T1", "Đào tạo", "Giấy", "kg/người-ngày", "Người-ngày đào tạo", "hàng quý", 0.21, 2),
            _target("O1", "Văn phòng", "Loại khác", "kg bìa", "Không", "hàng quý", None, None),
        ],
        "tblKpiLog": log,
        "tblKpiDenominators": [
            {"period": q, "staff_months": sm, "useful_staff_months": u, "training_person_days": t}
            for q, sm, u, t in zip(
                QUARTERS, [40, 42, 45, 50], [30, 32, 35, 38], [500, 400, 600, 457], strict=True
            )
        ],
    }
    return fill_workbook("kpi", path, names={"Year": year}, tables=tables)


def _target(code, area, aspect, unit, denominator, frequency, baseline, target):
    return {
        "code": code,
        "area": area,
        "aspect": aspect,
        "unit": unit,
        "denominator": denominator,
        "frequency": frequency,
        "baseline": baseline,
        "target_reduction_pct": target,
        "note": f"Ghi chú {code}",
    }


def _prices(**prices: float) -> list[dict[str, object]]:
    """Return the tblPrices rows (every resource, in template order) with `prices` by resource key."""
    return [{"resource": r.name, "unit": r.unit, "price": prices.get(r.key)} for r in RESOURCES]


def _option(n, status, investment, **values):
    row = {"number": n, "option": f"Giải pháp {n}", "category": "Quản lý nội vi", "status": status}
    row["investment"] = investment
    row.update(values)
    return row


def write_audit_a(path: Path, *, company: str = "Công ty Giấy A", year: int = YEAR) -> Path:
    """Completed, USD: 2 of 4 options implemented (savings 5 600 and 2 400 USD/yr)."""
    names = {
        "CompanyName": company,
        "Sector": "Giấy và bột giấy",
        "Province": "Phú Thọ",
        "Programme": "GERIAP",
        "AssessmentYear": year,
        "Approach": "Tư vấn thuần túy",
        "Status": "Hoàn thành",
        "Currency": "USD",
    }
    options = [
        _option(1, "Đã thực hiện", 1000, qty_electricity=100, qty_water=2000),
        _option(2, "Đã thực hiện", 20000, qty_coal=50, other_savings=500, added_cost=100),
        _option(3, "Đề xuất", 5000, qty_electricity=10),
        _option(4, "Loại bỏ", None, qty_electricity=5),
    ]
    tables = {"tblPrices": _prices(electricity=50, coal=40, water=0.3), "tblOptions": options}
    return fill_workbook("audit", path, names=names, tables=tables)


def write_audit_b(path: Path) -> Path:
    """Completed, VND at 15 000 VND/USD; tblFuels holds only Dầu FO (S 2 %, dust removal 50 %)."""
    names = {
        "CompanyName": "Công ty Dệt B",
        "Sector": "Dệt may",
        "Programme": "UNEP/GEF",
        "AssessmentYear": YEAR,
        "Status": "Hoàn thành",
        "Currency": "VND",
        "ExchangeRate": 15000,
    }
    fuels = [{"fuel": "Dầu FO", "sulfur_pct": 2.0, "dust_removal_pct": 50}]
    options = [
        _option(1, "Đã thực hiện", 30_000_000, qty_fuel_oil=10),
        _option(2, "Đang nghiên cứu", 1_000_000, qty_electricity=20),
    ]
    tables = {
        "tblPrices": _prices(electricity=750_000, fuel_oil=3_000_000),
        "tblFuels": fuels,
        "tblOptions": options,
    }
    return fill_workbook("audit", path, names=names, tables=tables)


def write_audit_c(path: Path) -> Path:
    """Still in progress (Đang thực hiện): counted as a company, not in Bảng 3."""
    names = {
        "CompanyName": "Công ty Thực phẩm C",
        "Sector": "Chế biến thực phẩm",
        "Programme": "GERIAP",
        "AssessmentYear": YEAR,
        "Status": "Đang thực hiện",
        "Currency": "USD",
    }
    tables = {
        "tblPrices": _prices(electricity=50),
        "tblOptions": [_option(1, "Đã thực hiện", 100, qty_electricity=10)],
    }
    return fill_workbook("audit", path, names=names, tables=tables)


def tree_hashes(folder: Path) -> dict[str, str]:
    """Return relative path -> SHA-256 of every file under `folder`."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
