"""A `YearData` written by hand with the figures of the reference report of 2003 (no consolidation involved)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from vncpc_xl.consolidate import (
    Abbreviation,
    Assessment,
    AuditSummary,
    Benefits,
    CentreInfo,
    Course,
    Excluded,
    KpiResult,
    Module,
    Outreach,
    PlanRow,
    Project,
    SourceFile,
    StaffMember,
    StaffSummary,
    TrainingSummary,
    YearData,
)
from vncpc_xl.core import factors_used
from vncpc_xl.schema.centre import NARRATIVE_SECTIONS

CENTRE = "Trung tâm Sản xuất sạch Việt Nam"
FT, PT = "Toàn thời gian", "Bán thời gian"
STAFF = (
    ("Trần Văn Nhân", "PGS.TS.", "Giám đốc Trung tâm", FT),
    ("Ngô Thị Nga", "TS.", "Phó giám đốc Trung tâm", FT),
    ("Đỗ Trọng Mùi", "ThS.", "Chuyên gia SXSH", FT),
    ("Đinh Mạnh Thắng", "KS.", "Chuyên gia SXSH", FT),
    ("Nguyen Quang Trung", "Khác", "Chuyên gia SXSH", FT),
    ("Vũ Tường Anh", "ThS.", "Chuyên gia SXSH", FT),
    ("Tăng Thị Hồng Loan", "ThS.", "Chuyên gia SXSH", FT),
    ("Nguyễn Thành Tâm", "ThS.", "Chuyên gia SXSH", FT),
    ("Nguyễn Lê Hằng", "KS.", "Chuyên gia SXSH", FT),
    ("La Trần Bắc", "ThS.", "Chuyên gia SXSH", FT),
    ("Phạm Sinh Thành", "KS.", "Cán bộ hỗ trợ", FT),
    ("Bùi Mạnh Cường", "KS.", "Cán bộ hỗ trợ", FT),
    ("Đinh Quang Hưng", "KS.", "Cán bộ hỗ trợ", FT),
    ("Trần Đức Chung", "KS.", "Cán bộ hỗ trợ", PT),
    ("Vũ Minh Trang", "KS.", "Cán bộ hỗ trợ", FT),
    ("Vũ Thành Tú", "CN.", "Thư ký", FT),
    ("Phạm Thế Hùng", "Khác", "Lái xe", FT),
    ("Heinz Leuenberger", "GS.TS.", "Cố vấn trưởng kỹ thuật", PT),
)
PROJECTS = (
    (
        "Dự án Phát triển Đô thị và Công nghiệp Việt Trì",
        "Hợp phần SXSH",
        "DANIDA",
        "Sở Tài nguyên & Môi trường, Sở Khoa học & Công nghệ Phú Thọ",
        "Tỉnh Phú Thọ",
        "2002-2003",
    ),
    (
        "Giảm thiểu ô nhiễm công nghiệp ở Tp. Hồ Chí Minh (pha III)",
        "Đánh giá SXSH; Tiếp tục hỗ trợ dự án trong các pha trước",
        "UNIDO/SIDA",
        "DONRE in HCMC",
        "Tp. Hồ Chí Minh",
        "2002-2003",
    ),
    (
        "Quản lý ô nhiễm công nghiệp, VCEP II",
        "Đào tạo về SXSH và các dự án trình diễn tại 6 tỉnh",
        "CIDA",
        "VEPA DONRE Hải Phòng, Hà Nội, Bắc Ninh, Hải Dương, Đà Nẵng, Long An",
        "Trên cả nước",
        "2002-2005",
    ),
    (
        "Sản xuất sạch hơn - Tiết kiệm năng lượng",
        "Đào tạo và trình diễn kỹ thuật SXSH-TKNL",
        "UNEP/GEF",
        "Các công ty",
        "Trên cả nước",
        "2002-2003",
    ),
    (
        "Giảm thiểu phát thải khí nhà kính trong công nghiệp vùng châu Á - Thái Bình Dương (GERIAP)",
        "Đào tạo SXSH-TKNL và giảm phát thải khí nhà kính",
        "Thụy Điển /UNEP",
        "Các công ty",
        "Phía bắc Việt Nam",
        "2002-2004",
    ),
)
MODULES = (
    (
        "Phương pháp luận SXSH",
        5,
        ("Giới thiệu về SXSH", "Phương pháp luận đánh giá SXSH", "Tham quan công ty"),
    ),
    ("Đánh giá SXSH", 4, ("Trình bày thực hiện đánh giá sơ bộ", "Tính khả thi của các lựa chọn SXSH")),
    (
        "Đánh giá SXSH",
        3,
        ("Công nghệ tốt nhất hiện có trong ngành", "Nghiên cứu khả thi cho các lựa chọn SXSH"),
    ),
    (
        "Hoàn thành đánh giá SXSH",
        3,
        ("Lập hồ sơ xin vay vốn cho giải pháp SXSH", "HTQLMT, ISO 14001 và SXSH"),
    ),
)
# (code, area, aspect, unit, denominator, frequency, baseline, target %, result, change %, met, note)
KPIS = (
    (
        "VP-GIAY",
        "Văn phòng",
        "Giấy",
        "kg/công-tháng",
        "Công-tháng hữu ích",
        "hàng quý",
        2.48,
        1.0,
        1.48,
        -40.32258,
        True,
        "",
    ),
    (
        "VP-DIEN",
        "Văn phòng",
        "Điện",
        "kWh/công-tháng",
        "Công-tháng hữu ích",
        "hàng tháng",
        95.65,
        1.0,
        98.68,
        3.16780,
        False,
        "Trung tâm chuyển đến văn phòng mới",
    ),
    (
        "VP-CO2",
        "Văn phòng",
        "Phát thải CO2 do đi lại",
        "tấn CO2/công-tháng",
        "Công-tháng",
        "hàng quý",
        0.26,
        1.0,
        0.38,
        46.15385,
        False,
        "",
    ),
    (
        "VP-BAN",
        "Văn phòng",
        "Bán giấy thải",
        "kg/công-tháng",
        "Công-tháng hữu ích",
        "hàng quý",
        0.45,
        1.0,
        0.68,
        51.11111,
        False,
        "",
    ),
    ("VP-BIA", "Văn phòng", "Bìa", "kg", "Không", "", None, None, 86.0, None, None, ""),
    (
        "DT-GIAY",
        "Đào tạo",
        "Giấy",
        "kg/người-ngày đào tạo",
        "Người-ngày đào tạo",
        "hàng quý",
        0.21,
        2.0,
        0.19,
        -9.52381,
        True,
        "Tiếp tục chuyển từ in một mặt sang hai mặt",
    ),
    (
        "DT-CO2",
        "Đào tạo",
        "Phát thải CO2 do đi lại",
        "kg CO2/người-ngày đào tạo",
        "Người-ngày đào tạo",
        "hàng quý",
        None,
        None,
        6.64,
        None,
        None,
        "Không bao gồm đi lại của giảng viên quốc tế",
    ),
)
ABBREVIATIONS = (("SXSH", "Sản xuất sạch hơn"), ("UNIDO", "Tổ chức Phát triển Công nghiệp Liên hợp quốc"))
# Bảng 3 of the reference report (implemented options of the 15 completed assessments).
QUANTITIES = {
    "electricity": 40838.4,
    "coal": 19113.2,
    "fuel_oil": 1951.0,
    "diesel": 64.3,
    "lpg": 74.0,
    "water": 160000.0,
    "materials": 787.0,
}
BENEFITS = Benefits(QUANTITIES, 650000.0, 2435000.0, 483.2, 364.4, 70846.3)


def _assessment(i: int, sector: str, completed: bool) -> Assessment:
    benefits = Benefits(investment_usd=1000.0 * i, savings_usd=4000.0 * i, co2_t=10.0 * i)
    return Assessment(
        file=f"audits/dn_{i:02d}.xlsx",
        company=f"Công ty {i:02d}",
        sector=sector,
        province="Hà Nội",
        programme="Chương trình hoàn tất kim loại",
        approach="Tư vấn kết hợp đào tạo",
        status="Hoàn thành" if completed else "Đang thực hiện",
        completed=completed,
        currency="USD",
        exchange_rate=None,
        year=2003,
        options=10,
        implemented=3,
        implemented_benefits=benefits,
        all_benefits=benefits,
        payback_months=3.0,
    )


def _courses() -> tuple[Course, ...]:
    def course(code: str, kind: str, seminar: bool, days: float, people: int, field: float = 0.0) -> Course:
        return Course(
            code,
            f"Khóa {code}",
            kind,
            seminar,
            dt.date(2003, 5, 1),
            dt.date(2003, 5, 3),
            days,
            "Hà Nội",
            "",
            people,
            days * people,
            field,
            0,
        )

    return (
        course("K1", "Đào tạo theo ngành sản xuất", False, 5, 20, 60),
        course("K2", "Đào tạo các kỹ năng", False, 5, 20),
        course("K3", "Đào tạo theo yêu cầu", False, 3, 30),
        course("H1", "Hội nghị chuyên đề nâng cao nhận thức", True, 1, 256),
    )


def year_2003(folder: Path | None = None, **changes: object) -> YearData:
    """Return the reference year as a `YearData`; `changes` replace top-level fields (e.g. ``excluded=...``)."""
    narrative = {key: () for key in NARRATIVE_SECTIONS}
    narrative["loi_noi_dau"] = ("Sau gần 10 năm được giới thiệu vào Việt Nam, SXSH đã được quan tâm.",)
    narrative["bai_hoc"] = ("Việc tập trung vào 1 ngành sản xuất là một hướng đi thành công.",)
    centre = CentreInfo(
        year=2003,
        name=CENTRE,
        director="PGS. TS. Trần Văn Nhân",
        narrative=narrative,
        staff=tuple(StaffMember(n, d, p, e, 177 / 18) for n, d, p, e in STAFF),
        projects=tuple(Project(*row) for row in PROJECTS),
        outreach=(
            Outreach("Phóng sự truyền hình", "SXSH trong công nghiệp dệt", dt.date(2003, 6, 1), "VTV2"),
        ),
        abbreviations=tuple(Abbreviation(*row) for row in ABBREVIATIONS),
        prior_awareness_participants=1150,
        prior_certified_trainees=83,
    )
    staff = StaffSummary(18, 16, 2, 3, 5, 7, 1, 2, 177.0, 177.0 / 12)
    training = TrainingSummary(
        plan=(
            PlanRow(
                "Đào tạo theo ngành sản xuất",
                False,
                210.0,
                4,
                183.0,
                3,
                "Module cuối cùng sẽ được tổ chức vào tháng 2 năm 2004",
            ),
            PlanRow(
                "Đào tạo các kỹ năng",
                False,
                135.0,
                2,
                163.0,
                2,
                "Cung cấp để hỗ trợ kiến thức cho các học viên SXSH đã được cấp chứng chỉ",
            ),
            PlanRow(
                "Đào tạo theo yêu cầu",
                False,
                50.0,
                3,
                1611.0,
                17,
                "Nhu cầu thực tế cao hơn nhiều so với dự kiến",
            ),
            PlanRow("Hội nghị chuyên đề nâng cao nhận thức", True, None, None, 256.0, 9, ""),
            PlanRow("Hội nghị chuyên đề khác", True, None, None, 161.0, 1, ""),
        ),
        courses_held=22,
        course_person_days=1957.0,
        field_visit_person_days=60.0,
        seminars_held=10,
        seminar_person_days=417.0,
        awareness_seminars=9,
        awareness_participants=256,
        awareness_cumulative=1406,
        certified_year=0,
        certified_cumulative=83,
        modules=tuple(Module(n, d, t) for n, d, t in MODULES),
        courses=_courses(),
    )
    sectors = [
        "Giấy và bột giấy",
        "Dệt may",
        "Vật liệu xây dựng",
        "Chế biến thực phẩm",
        "Hoàn tất sản phẩm kim loại",
    ]
    assessments = tuple(_assessment(i, sectors[i % 5], i <= 15) for i in range(1, 53))
    audits = AuditSummary(
        companies=52,
        programmes=(
            "Trình diễn hoàn tất kim loại",
            "VCEP II",
            "Việt Trì",
            "HCMC pha III",
            "SXSH-TKNL",
            "GERIAP",
        ),
        completed=15,
        benefits=BENEFITS,
        implemented_options=50,
        options_of_completed=150,
        implemented_share=50 / 150,
        payback_months=12 * 650000.0 / 2435000.0,
        savings_by_sector_usd={
            "Giấy và bột giấy": 900000.0,
            "Dệt may": 700000.0,
            "Vật liệu xây dựng": 400000.0,
            "Chế biến thực phẩm": 135000.0,
            "Hoàn tất sản phẩm kim loại": 300000.0,
        },
        assessments=assessments,
    )
    kpis = tuple(
        KpiResult(code, area, aspect, unit, denom, freq, base, target, result, 0.0, None, change, met, note)
        for code, area, aspect, unit, denom, freq, base, target, result, change, met, note in KPIS
    )
    data = YearData(
        year=2003,
        folder=folder or Path("2003"),
        centre=centre,
        staff=staff,
        training=training,
        audits=audits,
        kpis=kpis,
        factors=tuple(factors_used(2003)),
        grid_factor_year=2003,
        sources=(
            SourceFile("trung_tam_2003.xlsx", "centre", "a" * 64),
            SourceFile("dao_tao_2003.xlsx", "training", "b" * 64),
            SourceFile("audits/dn_01.xlsx", "audit", "c" * 64),
        ),
        excluded=(),
        issues=(),
    )
    return dataclasses.replace(data, **changes) if changes else data


def excluded_example() -> tuple[Excluded, ...]:
    """Return one excluded workbook with two reasons."""
    return (
        Excluded(
            "audits/hong.xlsx",
            "audit",
            ("Ô Giải pháp › F12 có lỗi #DIV/0!.", "Thiếu đơn giá điện."),
            ("Cell Giải pháp › F12 holds #DIV/0!.", "The electricity price is missing."),
        ),
    )
