"""A complete 2003 folder of real workbooks consolidates into hand-computed figures (SPEC 4 and 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vncpc_xl.consolidate import YearData, consolidate

from .folders import tree_hashes

# SPEC 4 factors, written out: t per canonical unit
GRID_2003 = 0.399
COAL_CO2 = 26.7 * 98_300 / 1e6  # Antraxit (default coal type)
FO_CO2 = 40.4 * 77_400 / 1e6
COAL_SO2 = 2 * 0.6 / 100 * (1 - 0.05) * (1 - 0)  # S 0.6 %, retention 0.05
COAL_DUST = 25 / 100 * 20 / 100 * (1 - 0)  # A 25 %, fly ash 20 %
FO_SO2_B = 2 * 2.0 / 100 * (1 - 0) * (1 - 0)  # audit B's own fuel oil: S 2.0 %
FO_DUST_B = (1.14 * 2.0 + 0.40) / 1000 * (1 - 50 / 100)  # removal 50 %
RATE_B = 15_000  # VND per USD


@pytest.fixture(scope="module")
def year_data(base_folder: Path) -> YearData:
    return consolidate(base_folder)


def test_base_folder_is_clean_and_untouched(base_folder: Path) -> None:
    before = tree_hashes(base_folder)
    data = consolidate(base_folder, workers=1)
    assert tree_hashes(base_folder) == before
    assert data.ok, [i.message_en for i in data.errors]
    assert data.year == 2003
    assert data.excluded == ()
    assert [(s.path, s.kind, s.included) for s in data.sources] == [
        ("audits/a1.xlsx", "audit", True),
        ("audits/a2.xlsx", "audit", True),
        ("audits/a3.xlsx", "audit", True),
        ("chi_so.xlsx", "kpi", True),
        ("dao_tao.xlsx", "training", True),
        ("ho_so_trung_tam.xlsx", "centre", True),
    ]
    assert all(len(s.sha256) == 64 for s in data.sources)


def test_centre_information(year_data: YearData) -> None:
    centre = year_data.centre
    assert (centre.year, centre.name, centre.director) == (
        2003,
        "Trung tâm Sản xuất sạch Việt Nam",
        "PGS.TS. Nguyễn Văn A",
    )
    assert centre.narrative["loi_noi_dau"] == ("Đoạn một.", "Đoạn hai.")
    assert centre.narrative["bai_hoc"] == ("Bài học.",)
    assert centre.narrative["tam_nhin"] == ()
    assert [p.donor for p in centre.projects] == ["DANIDA"]
    assert centre.outreach[0].channel == "VTV2" and centre.outreach[0].date.isoformat() == "2003-05-02"
    assert centre.abbreviations[0] == ("SXSH", "Sản xuất sạch hơn")
    assert [m.degree for m in centre.staff] == ["PGS.TS.", "TS.", "ThS.", "KS.", "CN.", "Khác"]


def test_staff_by_degree_and_employment(year_data: YearData) -> None:
    staff = year_data.staff
    assert staff.count == 6
    assert (staff.full_time, staff.part_time) == (4, 2)
    assert staff.doctorates == 2  # PGS.TS. + TS.
    assert (staff.masters, staff.engineers, staff.bachelors, staff.others) == (1, 1, 1, 1)
    assert staff.staff_months == pytest.approx(12 + 12 + 10.5 + 6 + 12 + 3)
    assert staff.staff_years == pytest.approx((12 + 12 + 10.5 + 6 + 12 + 3) / 12)


def test_training_counts_only_held_rows(year_data: YearData) -> None:
    t = year_data.training
    # K1 (5 d × 20) and K3 (2.5 d × 12) are held courses; K2 is cancelled, K4 only planned
    assert t.courses_held == 2
    assert t.course_person_days == pytest.approx(5 * 20 + 2.5 * 12)
    assert t.field_visit_person_days == pytest.approx(30)
    # S1 (1 × 60), S2 (0.5 × 40) awareness; S3 (2 × 25) other seminar
    assert t.seminars_held == 3
    assert t.seminar_person_days == pytest.approx(1 * 60 + 0.5 * 40 + 2 * 25)
    assert (t.awareness_seminars, t.awareness_participants) == (2, 60 + 40)
    assert t.awareness_cumulative == 1150 + 60 + 40
    assert t.certified_year == 18  # K2's 20 certified do not count: cancelled
    assert t.certified_cumulative == 80 + 18
    assert [c.code for c in t.courses] == ["K1", "K3", "S1", "S2", "S3"]


def test_training_plan_vs_result(year_data: YearData) -> None:
    rows = {r.type: r for r in year_data.training.plan}
    sector = rows["Đào tạo theo ngành sản xuất"]
    assert (sector.planned_person_days, sector.planned_courses) == (210, 2)
    assert (sector.result_person_days, sector.result_courses) == (5 * 20, 1)
    assert sector.note == "Module cuối vào 2/2004" and not sector.is_seminar
    assert rows["Đào tạo các kỹ năng"].result_person_days == pytest.approx(2.5 * 12)
    assert rows["Đào tạo theo yêu cầu"].result_person_days == 0
    awareness = rows["Hội nghị chuyên đề nâng cao nhận thức"]
    assert awareness.is_seminar and awareness.result_person_days == pytest.approx(1 * 60 + 0.5 * 40)
    other = rows["Hội nghị chuyên đề khác"]
    assert other.planned_person_days is None and other.result_person_days == 2 * 25
    assert next(r.type for r in year_data.training.plan) == "Đào tạo theo ngành sản xuất"


def test_training_modules(year_data: YearData) -> None:
    first = year_data.training.modules[0]
    assert (first.name, first.days, first.topics) == (
        "Phương pháp luận SXSH",
        5,
        ("Giới thiệu về SXSH", "Tham quan công ty"),
    )


def test_kpi_intensities(year_data: YearData) -> None:
    kpis = {k.code: k for k in year_data.kpis}
    assert list(kpis) == ["P1", "E1", "T1", "O1"]
    p1 = kpis["P1"]  # Σ values / Σ Công-tháng
    assert p1.result == pytest.approx((100 + 90 + 110 + 80) / (40 + 42 + 45 + 50))
    assert p1.change_pct == pytest.approx(((380 / 177) - 2.48) / 2.48 * 100)
    assert p1.target_met is True
    assert next((p.period, p.value, p.denominator) for p in p1.periods) == ("2003-Q1", 100, 40)
    e1 = kpis["E1"]  # monthly values over quarterly Công-tháng hữu ích
    assert e1.result == pytest.approx(12 * 1000 / (30 + 32 + 35 + 38))
    assert e1.change_pct == pytest.approx((12000 / 135 - 95.65) / 95.65 * 100)
    assert e1.target_met is True
    t1 = kpis["T1"]  # reduction 0.24 % < target 2 %
    assert t1.result == pytest.approx((100 + 80 + 130 + 100) / (500 + 400 + 600 + 457))
    assert t1.change_pct == pytest.approx((410 / 1957 - 0.21) / 0.21 * 100)
    assert t1.target_met is False
    o1 = kpis["O1"]  # Mẫu số Không: Σ values, no baseline, no target
    assert (o1.result, o1.denominator_total, o1.change_pct, o1.target_met) == (50 + 36, None, None, None)
    assert (p1.area, p1.aspect, p1.unit, p1.frequency, p1.note) == (
        "Văn phòng",
        "Giấy",
        "kg/công-tháng",
        "hàng quý",
        "Ghi chú P1",
    )


def test_bang_3_benefits_of_completed_assessments(year_data: YearData) -> None:
    audits = year_data.audits
    assert audits.companies == 3
    assert audits.programmes == ("GERIAP", "UNEP/GEF")
    assert audits.completed == 2
    b = audits.benefits  # implemented options of a1 (options 1, 2) and a2 (option 1); a3 is not completed
    assert b.quantities == pytest.approx(
        {"electricity": 100, "coal": 50, "fuel_oil": 10, "diesel": 0, "lpg": 0, "water": 2000, "materials": 0}
    )
    assert b.investment_usd == pytest.approx(1000 + 20000 + 30_000_000 / RATE_B)
    savings = (100 * 50 + 2000 * 0.3) + (50 * 40 + 500 - 100) + 10 * 3_000_000 / RATE_B
    assert b.savings_usd == pytest.approx(savings)
    assert b.co2_t == pytest.approx(100 * GRID_2003 + 50 * COAL_CO2 + 10 * FO_CO2)
    assert b.so2_t == pytest.approx(50 * COAL_SO2 + 10 * FO_SO2_B)
    assert b.dust_t == pytest.approx(50 * COAL_DUST + 10 * FO_DUST_B)
    assert (audits.implemented_options, audits.options_of_completed) == (3, 4 + 2)
    assert audits.implemented_share == pytest.approx(3 / 6)
    assert audits.payback_months == pytest.approx(12 * 23_000 / savings)
    assert audits.savings_by_sector_usd == pytest.approx({"Giấy và bột giấy": 5600 + 2400, "Dệt may": 2000})


def test_assessments_appendix(year_data: YearData) -> None:
    a1, a2, a3 = year_data.audits.assessments
    assert (a1.file, a1.company, a1.sector, a1.province, a1.approach) == (
        "audits/a1.xlsx",
        "Công ty Giấy A",
        "Giấy và bột giấy",
        "Phú Thọ",
        "Tư vấn thuần túy",
    )
    assert (a1.options, a1.implemented, a1.completed) == (4, 2, True)
    assert a1.payback_months == pytest.approx(12 * (1000 + 20000) / (5600 + 2400))
    assert a1.all_benefits.quantities["electricity"] == 100 + 10 + 5
    assert a1.all_benefits.investment_usd == 1000 + 20000 + 5000
    first = a1.option_results[0]
    assert first.savings == pytest.approx(100 * 50 + 2000 * 0.3)
    assert first.npv == pytest.approx(-1000 + sum(5600 / 1.1**t for t in range(1, 6)))
    assert first.payback_months == pytest.approx(12 * 1000 / 5600)
    assert a1.option_results[3].payback_months == 0  # no investment, positive savings
    assert (a2.currency, a2.exchange_rate) == ("VND", RATE_B)
    assert a2.investment_usd == pytest.approx(30_000_000 / RATE_B)
    assert a2.option_results[0].savings == pytest.approx(10 * 3_000_000)  # workbook currency
    assert (a3.completed, a3.implemented, a3.investment_usd) == (False, 1, 100)
    assert a1.own_fuels == () and [(f.fuel, f.sulfur_pct, f.dust_removal_pct) for f in a2.own_fuels] == [
        ("fuel_oil", 2.0, 50)
    ]


def test_factors_of_the_report_year(year_data: YearData) -> None:
    assert year_data.grid_factor_year == 2003
    grid = next(f for f in year_data.factors if (f.resource, f.pollutant) == ("electricity", "CO2"))
    assert grid.value == pytest.approx(GRID_2003) and grid.source


def test_parallel_reading_gives_the_same_year(base_folder: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    serial = consolidate(base_folder, workers=1, progress=lambda *args: calls.append(args))
    parallel = consolidate(base_folder, workers=2)
    assert parallel == serial
    assert [(done, total) for done, total, _ in calls] == [(i, 6) for i in range(1, 7)]
    assert calls[0][2] == "audits/a1.xlsx"
