"""Valid filled workbooks of every kind, written with `fill_workbook`, for the reader and validator tests.

The values are chosen so every checked column holds something, and so the expected figures of the tests can be
worked out by hand (e.g. course C02: 3 days × 20 participants = 60 person-days, 12 of them field visits).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from vncpc_xl.workbook import fill_workbook

YEAR = 2003

AUDIT_NAMES: dict[str, Any] = {
    "CompanyName": "Công ty Giấy Việt Trì",
    "Sector": "Giấy và bột giấy",
    "Province": "Phú Thọ",
    "Programme": "Chương trình SXSH ngành giấy",
    "AssessmentYear": YEAR,
    "Approach": "Tư vấn kết hợp đào tạo",
    "Status": "Hoàn thành",
    "Currency": "USD",
    "DiscountRate": 10,
    "OptionLife": 5,
}
PRICES = [
    {"resource": "Điện", "unit": "MWh", "price": 50},
    {"resource": "Than", "unit": "tấn", "price": 30},
    {"resource": "Dầu FO", "unit": "tấn", "price": 200},
    {"resource": "Dầu DO", "unit": "tấn", "price": 300},
    {"resource": "LPG", "unit": "tấn", "price": 400},
    {"resource": "Nước", "unit": "m³", "price": 0.2},
    {"resource": "Nguyên liệu & hóa chất", "unit": "tấn", "price": 100},
]


def option(number: int, **values: Any) -> dict[str, Any]:
    """Return a valid option row numbered `number`, with `values` overriding the defaults."""
    row: dict[str, Any] = {
        "number": number,
        "option": f"Giải pháp số {number}",
        "category": "Quản lý nội vi",
        "status": "Đã thực hiện" if number % 2 else "Đề xuất",
        "investment": 1000 * number,
        "qty_electricity": 10.5,
        "qty_coal": 20,
        "qty_water": -100,
        "other_savings": 50,
        "added_cost": 10,
    }
    row.update(values)
    return row


OPTIONS = [option(1), option(2, qty_coal=None, qty_fuel_oil=3.5), option(3, category="Cải tiến thiết bị")]

TRAINING_PLAN = [
    {
        "type": "Đào tạo theo ngành sản xuất",
        "planned_person_days": 300,
        "planned_courses": 3,
        "note": "Ngành giấy",
    },
    {"type": "Đào tạo các kỹ năng", "planned_person_days": 200, "planned_courses": 2},
    {"type": "Đào tạo theo yêu cầu", "planned_person_days": 100, "planned_courses": 1},
    {"type": "Hội nghị chuyên đề nâng cao nhận thức", "planned_person_days": 150, "planned_courses": 3},
    {"type": "Hội nghị chuyên đề khác", "planned_person_days": 50, "planned_courses": 1},
]


def course(code: str, **values: Any) -> dict[str, Any]:
    """Return a valid held course `code` (3 days × 20 participants, 12 field-visit person-days)."""
    row: dict[str, Any] = {
        "code": code,
        "name": f"Khóa đào tạo {code}",
        "type": "Đào tạo theo ngành sản xuất",
        "start": dt.date(YEAR, 3, 10),
        "end": dt.date(YEAR, 3, 12),
        "days": 3,
        "place": "Hà Nội",
        "client": "UNIDO",
        "participants": 20,
        "field_visit_person_days": 12,
        "status": "Đã tổ chức",
        "certified": 18,
    }
    row.update(values)
    return row


COURSES = [course("C01"), course("C02", type="Hội nghị chuyên đề nâng cao nhận thức", certified=None)]
MODULES = [{"module": "Module 1: Tổng quan SXSH", "days": 2, "topics": "Khái niệm\nPhương pháp luận"}]

KPI_TARGETS = [
    {
        "code": "E1",
        "area": "Văn phòng",
        "aspect": "Tiêu thụ điện",
        "unit": "kWh/công-tháng",
        "denominator": "Công-tháng",
        "frequency": "hàng tháng",
        "baseline": 120,
        "target_reduction_pct": 5,
    },
    {"code": "P1", "area": "Đào tạo", "aspect": "Giấy in", "unit": "ram", "denominator": "Không"},
]
KPI_LOG = [
    {"period": "2003-01", "code": "E1", "value": 1500},
    {"period": "2003-Q1", "code": "P1", "value": 12},
]
KPI_DENOMINATORS = [
    {"period": "2003-01", "staff_months": 12, "useful_staff_months": 10, "training_person_days": 40},
]

CENTRE_NAMES: dict[str, Any] = {
    "Year": YEAR,
    "CentreName": "Trung tâm Sản xuất sạch Việt Nam",
    "Director": "Trần Văn Nhân",
    "PriorAwarenessParticipants": 500,
    "PriorCertifiedTrainees": 40,
}
CENTRE_TABLES: dict[str, list[dict[str, Any]]] = {
    "tblStaff": [
        {
            "name": "Nguyễn Văn A",
            "degree": "PGS.TS.",
            "position": "Giám đốc",
            "employment": "Toàn thời gian",
            "staff_months": 12,
        },
        {"name": "Lê Thị B", "degree": "ThS.", "employment": "Bán thời gian", "staff_months": 6},
    ],
    "tblProjects": [{"name": "Dự án SXSH Việt Trì", "donor": "DANIDA", "period": "2002-2003"}],
    "tblOutreach": [
        {
            "type": "Bài báo",
            "title": "SXSH trong ngành giấy",
            "date": dt.date(YEAR, 5, 4),
            "channel": "Báo Lao động",
        }
    ],
    "tblNarrative": [
        {"section": "loi_noi_dau", "paragraph": "Năm 2003 là năm thứ sáu của Trung tâm."},
        {"section": "dao_tao", "paragraph": "Trung tâm đã tổ chức nhiều khóa đào tạo."},
    ],
    "tblAbbreviations": [{"abbreviation": "SXSH", "meaning": "Sản xuất sạch hơn"}],
}

VALID: dict[str, dict[str, Any]] = {
    "audit": {"names": AUDIT_NAMES, "tables": {"tblPrices": PRICES, "tblOptions": OPTIONS}},
    "training": {
        "names": {"Year": YEAR},
        "tables": {"tblTrainingPlan": TRAINING_PLAN, "tblCourses": COURSES, "tblModules": MODULES},
    },
    "kpi": {
        "names": {"Year": YEAR},
        "tables": {
            "tblKpiTargets": KPI_TARGETS,
            "tblKpiLog": KPI_LOG,
            "tblKpiDenominators": KPI_DENOMINATORS,
        },
    },
    "centre": {"names": CENTRE_NAMES, "tables": CENTRE_TABLES},
}


def write_valid(
    kind: str, path: Path, *, names: dict[str, Any] | None = None, tables: dict | None = None
) -> Path:
    """Write a valid filled workbook of `kind` to `path`; `names`/`tables` override parts of the sample."""
    sample = VALID[kind]
    return fill_workbook(
        kind,
        path,
        names={**sample["names"], **(names or {})},
        tables={**sample["tables"], **(tables or {})},
    )


def sha256(path: Path) -> str:
    """Return the SHA-256 of the file at `path`."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def edited(source: Path, out: Path, change: Callable[[Workbook], object]) -> Path:
    """Write to `out` a copy of `source` changed by `change(workbook)` with openpyxl, as a user's edit."""
    workbook = load_workbook(source)
    change(workbook)
    workbook.save(out)
    return out


def set_cells(source: Path, out: Path, sheet: str, values: dict[str, object]) -> Path:
    """Write to `out` a copy of `source` where `values` maps cells of `sheet` (``"E5"``) to new values."""

    def change(workbook: Workbook) -> None:
        for cell, value in values.items():
            workbook[sheet][cell].value = value

    return edited(source, out, change)


def lie_about_size(data: bytes, name: str, declared: int) -> bytes:
    """Return `data` with member `name` declaring `declared` uncompressed bytes in both of its headers."""
    out = bytearray(data)
    encoded = name.encode()
    local = out.find(b"PK\x03\x04")
    while local != -1:
        name_len = struct.unpack_from("<H", out, local + 26)[0]
        if bytes(out[local + 30 : local + 30 + name_len]) == encoded:
            struct.pack_into("<I", out, local + 22, declared)
        local = out.find(b"PK\x03\x04", local + 4)
    central = out.find(b"PK\x01\x02")
    while central != -1:
        name_len = struct.unpack_from("<H", out, central + 28)[0]
        if bytes(out[central + 46 : central + 46 + name_len]) == encoded:
            struct.pack_into("<I", out, central + 24, declared)
        central = out.find(b"PK\x01\x02", central + 4)
    return bytes(out)
