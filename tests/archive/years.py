"""Three synthetic years (2002, 2003, 2004) of real workbooks, written with `fill_workbook` as a user would.

Every figure below is small enough to check by hand; the tests write their expected values as arithmetic
on these numbers. Electricity uses the 2003 grid factor 0.399 t/MWh (2002 and 2004 have no value of their
own: 2002 takes the 2003 one, 2004 the nearest earlier one, 2003); coal is anthracite, 26.7 × 98 300 / 10⁶
t CO2 per tonne.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from vncpc_xl.core import RESOURCES
from vncpc_xl.workbook import fill_workbook

GRID = 0.399
COAL_CO2 = 26.7 * 98_300 / 1e6


@dataclass(frozen=True)
class Audit:
    """One audit workbook: one option with `quantity` of `resource` at `price` USD per unit."""

    company: str
    completed: bool
    resource: str
    quantity: float
    price: float
    investment: float


@dataclass(frozen=True)
class Year:
    """One synthetic year: the centre's Prior* fields, one course, one awareness seminar and its audits."""

    year: int
    prior_awareness: int
    prior_certified: int
    course_days: float
    course_participants: int
    certified: int
    seminar_participants: int
    audits: tuple[Audit, ...]


YEARS = {
    2002: Year(
        2002,
        1000,
        50,
        5,
        10,
        8,
        80,
        (
            Audit("Công ty Giấy Hòa Bình", True, "electricity", 100, 50, 2000),
            Audit("Công ty Dệt Nam Định", False, "water", 500, 0.5, 0),
        ),
    ),
    2003: Year(
        2003,
        1080,
        58,
        4,
        15,
        12,
        120,
        (
            Audit("Công ty Giấy Hòa Bình", True, "electricity", 200, 60, 3000),
            Audit("Công ty Dệt Nam Định", True, "water", 1000, 0.5, 100),
        ),
    ),
    # The 2004 centre file's PriorAwarenessParticipants (1150) disagrees with the archive (1000 + 80 + 120).
    2004: Year(
        2004, 1150, 70, 2, 20, 20, 50, (Audit("Công ty Xi măng Hải Phòng", True, "coal", 10, 40, 500),)
    ),
}


def write_year(folder: Path, spec: Year) -> Path:
    """Write `spec`'s centre file, training register, KPI log and audits into `folder`; return `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    _centre(folder / f"centre_{spec.year}.xlsx", spec)
    _training(folder / f"training_{spec.year}.xlsx", spec)
    _kpi(folder / f"kpi_{spec.year}.xlsx", spec.year)
    for number, audit in enumerate(spec.audits, start=1):
        _audit(folder / "audits" / f"a{number}.xlsx", audit, spec.year)
    return folder


def _centre(path: Path, spec: Year) -> None:
    names = {
        "Year": spec.year,
        "CentreName": "Trung tâm Sản xuất sạch Việt Nam",
        "Director": "PGS.TS. Nguyễn Văn A",
        "PriorAwarenessParticipants": spec.prior_awareness,
        "PriorCertifiedTrainees": spec.prior_certified,
    }
    staff = [
        {
            "name": "Nguyễn Văn A",
            "degree": "PGS.TS.",
            "position": "Giám đốc",
            "employment": "Toàn thời gian",
            "staff_months": 12,
        },
        {
            "name": "Lê Thị B",
            "degree": "ThS.",
            "position": "Chuyên gia",
            "employment": "Bán thời gian",
            "staff_months": 6,
        },
    ]
    fill_workbook("centre", path, names=names, tables={"tblStaff": staff})


def _row(code: str, kind: str, year: int, days: float, participants: int, certified: int | None) -> dict:
    return {
        "code": code,
        "name": f"Khóa {code}",
        "type": kind,
        "start": dt.date(year, 4, 1),
        "end": dt.date(year, 4, 5),
        "days": days,
        "place": "Hà Nội",
        "client": "VNCPC",
        "participants": participants,
        "status": "Đã tổ chức",
        "certified": certified,
    }


def _training(path: Path, spec: Year) -> None:
    courses = [
        _row(
            "K1",
            "Đào tạo theo ngành sản xuất",
            spec.year,
            spec.course_days,
            spec.course_participants,
            spec.certified,
        ),
        _row("S1", "Hội nghị chuyên đề nâng cao nhận thức", spec.year, 1, spec.seminar_participants, None),
    ]
    plan = [{"type": "Đào tạo theo ngành sản xuất", "planned_person_days": 50, "planned_courses": 1}]
    tables = {"tblTrainingPlan": plan, "tblCourses": courses}
    fill_workbook("training", path, names={"Year": spec.year}, tables=tables)


def _kpi(path: Path, year: int) -> None:
    targets = [
        {
            "code": "O1",
            "area": "Văn phòng",
            "aspect": "Giấy",
            "unit": "kg",
            "denominator": "Không",
            "frequency": "hàng quý",
        }
    ]
    log = [{"period": f"{year}-Q1", "code": "O1", "value": 12}]
    fill_workbook("kpi", path, names={"Year": year}, tables={"tblKpiTargets": targets, "tblKpiLog": log})


def _audit(path: Path, audit: Audit, year: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    names = {
        "CompanyName": audit.company,
        "Sector": "Giấy và bột giấy",
        "Province": "Hà Nội",
        "Programme": "Chương trình SXSH",
        "AssessmentYear": year,
        "Approach": "Tư vấn thuần túy",
        "Status": "Hoàn thành" if audit.completed else "Đang thực hiện",
        "Currency": "USD",
    }
    prices = [
        {"resource": r.name, "unit": r.unit, "price": audit.price if r.key == audit.resource else None}
        for r in RESOURCES
    ]
    option = {
        "number": 1,
        "option": "Giải pháp 1",
        "category": "Quản lý nội vi",
        "status": "Đã thực hiện",
        "investment": audit.investment,
        f"qty_{audit.resource}": audit.quantity,
    }
    fill_workbook("audit", path, names=names, tables={"tblPrices": prices, "tblOptions": [option]})
