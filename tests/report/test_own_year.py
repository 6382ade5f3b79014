"""A year of our own (2010), filled from the templates, through `make_report`: every table against hand arithmetic.

The expected figures are worked out below from the workbook values of `tests/report/ownyear.py` and the
formulas of SPEC 4 and 6, then rounded and formatted as the report language writes them.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from tests.report.helpers import paragraphs, table_after, text
from tests.report.ownyear import write_year
from vncpc_xl.report import make_report

# SPEC 4 factors, written out (t per unit). 2010 has no grid factor: the nearest earlier year, 2003, is used.
GRID = 0.399
ANTHRACITE_CO2 = 26.7 * 98_300 / 1e6  # 2.62461 (Alpha: default coal)
BITUMINOUS_CO2 = 25.8 * 94_600 / 1e6  # 2.44068 (Beta's own coal)
FO_CO2 = 40.4 * 77_400 / 1e6  # 3.12696
ALPHA_COAL_SO2 = 2 * 0.6 / 100 * (1 - 0.05)  # 0.0114
BETA_COAL_SO2 = 2 * 1.0 / 100 * (1 - 0.05) * (1 - 0)  # 0.019
FO_SO2 = 2 * 3.0 / 100  # 0.06
ALPHA_COAL_DUST = 25 / 100 * 20 / 100  # 0.05
BETA_COAL_DUST = 20 / 100 * 30 / 100 * (1 - 50 / 100)  # 0.03
FO_DUST = (1.14 * 3.0 + 0.40) / 1000  # 0.00382
RATE = 20_000  # Beta: VND per USD

# Implemented options of the completed assessments (Alpha 1, 2; Beta 1, 2), in USD
ALPHA_INVEST, ALPHA_SAVE = 10_000 + 0, (100 * 80 + 50 * 50) + 2000 * 0.3  # 10 000, 11 100
BETA_INVEST = (200_000_000 + 40_000_000) / RATE  # 12 000
BETA_SAVE = ((1000 * 1_000_000 + 10_000_000) + (5 * 6_000_000 - 2_000_000)) / RATE  # 50 500 + 1 400
GAMMA_INVEST, GAMMA_SAVE = 3000, 30 * 90  # in progress: appendix only
ALPHA_CO2 = 100 * GRID + 50 * ANTHRACITE_CO2  # 171.13
BETA_CO2 = 1000 * BITUMINOUS_CO2 + 5 * FO_CO2  # 2 456.31
GAMMA_CO2 = 30 * GRID  # 11.97
CO2 = ALPHA_CO2 + BETA_CO2  # 2 627.45
SO2 = 50 * ALPHA_COAL_SO2 + 1000 * BETA_COAL_SO2 + 5 * FO_SO2  # 0.57 + 19 + 0.3 = 19.87
DUST = 50 * ALPHA_COAL_DUST + 1000 * BETA_COAL_DUST + 5 * FO_DUST  # 2.5 + 30 + 0.0191 = 32.52
INVEST, SAVE = ALPHA_INVEST + BETA_INVEST, ALPHA_SAVE + BETA_SAVE  # 22 000, 63 000
PAYBACK = 12 * INVEST / SAVE  # 4.19 months
SHARE = 4 / (3 + 4)  # implemented ÷ all options of the completed assessments = 57 %

# Staff: 12 + 11.5 + 6 + 12 công-tháng; training: held rows only (K3 cancelled, K4 planned)
STAFF_MONTHS = 12 + 11.5 + 6 + 12  # 41.5 → 3.46 công-năm
COURSE_DAYS = 5 * 12 + 3 * 15 + 1.5 * 30  # K1, K2, K5: 150
SEMINAR_DAYS = 1 * 80 + 0.5 * 40 + 2 * 25  # S1, S2, S3: 150
AWARENESS = 80 + 40  # S1 + S2 participants
KPI_P1 = (20 + 22 + 18 + 20) / (10 + 10 + 11 + 10.5)  # 1.928 kg/công-tháng
KPI_E1 = 12 * 260 / (8 + 8 + 9 + 8)  # 94.55 kWh/công-tháng hữu ích
KPI_T1 = (15 + 20 + 16 + 13) / (50 + 100 + 80 + 70)  # 0.213 kg/người-ngày


# Options by UNEP category of the completed assessments (Alpha, Beta), USD; Gamma is in progress
# housekeeping A2, A3, B2, B4; equipment A1 (8000 + 2500 USD/yr), B3; technology B1
HOUSEKEEPING = {"identified": 4, "implemented": 2, "investment": 0 + 2000, "savings": 600 + 1400}
EQUIPMENT = {"identified": 2, "implemented": 1, "investment": 10_000, "savings": 10_500}
TECHNOLOGY = {"identified": 1, "implemented": 1, "investment": 10_000, "savings": 50_500}  # B1
TYPED_OPTION = "Giải pháp 3 <b>LED</b> & {{ year }} {% if x %}"


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_year(tmp_path_factory.mktemp("own") / "2010")


@pytest.fixture(scope="module")
def report_vi(year: Path) -> Path:
    result = make_report(year, year.parent / "bao_cao_2010.docx")
    assert result.excluded == [] and not [i for i in result.issues if i.severity == "error"]
    return result.docx_path


@pytest.fixture(scope="module")
def report_en(year: Path) -> Path:
    return make_report(year, year.parent / "annual_report_2010.docx", lang="en").docx_path


def test_hand_arithmetic_is_what_the_tables_show() -> None:
    # the rounded figures the assertions below spell out
    assert (round(CO2), round(SO2), round(DUST), INVEST, SAVE) == (2627, 20, 33, 22_000, 63_000)
    assert (round(PAYBACK, 1), round(SHARE * 100), round(ALPHA_CO2), round(BETA_CO2)) == (4.2, 57, 171, 2456)
    assert (round(KPI_P1, 2), round(KPI_E1, 2), round(KPI_T1, 2)) == (1.93, 94.55, 0.21)
    assert round((KPI_P1 - 2.5) / 2.5 * 100, 1) == -22.9 and round((KPI_E1 - 100) / 100 * 100, 1) == -5.5
    assert round((KPI_T1 - 0.2) / 0.2 * 100, 1) == 6.7


def test_key_figures(report_vi: Path, report_en: Path) -> None:
    assert (
        f"Với tổng cộng 41,5 công-tháng (tương đương {round(STAFF_MONTHS / 12)} công-năm) trong năm 2010,"
        f" Trung tâm Thử nghiệm đã tổ chức 3 khóa đào tạo cho {COURSE_DAYS:.0f} người-ngày (bao gồm cả 10"
        f" người-ngày đào tạo kết hợp với khảo sát thực tế), 3 hội nghị chuyên đề với {SEMINAR_DAYS:.0f}"
        " người-ngày, và hoàn thành 2 đánh giá SXSH trong 2 chương trình SXSH tại 3 doanh nghiệp."
    ) in text(report_vi)
    assert (
        "With a total of 41.5 staff-months (equivalent to 3 staff-years) in 2010, Trung tâm Thử nghiệm held"
        " 3 training courses for 150 person-days (including 10 person-days of field visits), 3 seminars with"
        " 150 person-days, and completed 2 CP assessments in 2 CP programmes with 3 companies."
    ) in text(report_en)
    assert (
        "có 3 cán bộ làm việc toàn thời gian và 1 cán bộ bán thời gian. Trung tâm có 1 cán bộ có bằng tiến sĩ,"
        " 1 cán bộ có bằng thạc sĩ và 1 cán bộ là kỹ sư."
    ) in text(report_vi)
    assert (
        "3 full-time and 1 part-time staff: 1 with a doctorate, 1 with a master's degree and 1 engineer."
        in (text(report_en))
    )


def test_table_1(report_vi: Path, report_en: Path) -> None:
    assert table_after(report_vi, "Bảng 1.")[1:] == [
        ["Đào tạo theo ngành sản xuất", "100", f"{5 * 12}", "1", "Ghi chú ngành"],
        ["Đào tạo các kỹ năng", "60", f"{3 * 15}", "1", ""],
        ["Đào tạo theo yêu cầu", "40", f"{1.5 * 30:.0f}", "1", ""],  # K3 cancelled, K4 only planned
        ["Tổng cộng", f"{100 + 60 + 40}", f"{COURSE_DAYS:.0f}", "3", ""],
    ]
    assert table_after(report_en, "Table 1.")[1][:4] == ["Sector training", "100", "60", "1"]


def test_courses_by_type_and_awareness(report_vi: Path, report_en: Path) -> None:
    body = text(report_vi)
    assert "Hội nghị chuyên đề nâng cao nhận thức: 2 hội nghị, 120 học viên, 100 người-ngày." in body
    assert (
        f"đã tổ chức 2 hội nghị chuyên đề nâng cao nhận thức với {AWARENESS} lượt người tham dự. Tính cả 500"
        f" đại biểu trong các năm trước thì tới cuối năm 2010 đã có {500 + AWARENESS} lượt người"
    ) in body
    assert f"cấp chứng chỉ là {40 + 12} (trong đó 12 học viên được cấp chứng chỉ trong năm 2010)." in body
    english = text(report_en)
    assert "Other seminars: 1 seminar, 25 participants, 50 person-days." in english
    assert "Sector training: 1 course, 12 participants, 60 person-days." in english
    assert "the centre had certified 52 trainees (12 of them in 2010)." in english


def test_table_2(report_vi: Path) -> None:
    assert table_after(report_vi, "Bảng 2.")[1] == ["Mô-đun 1", "3", "•\u00a0Chủ đề A\n•\u00a0Chủ đề B"]


def test_table_3_and_share(report_vi: Path, report_en: Path) -> None:
    cells = {row[0]: row[1] for row in table_after(report_vi, "Bảng 3.")[1:]}
    cells.update({row[2]: row[3] for row in table_after(report_vi, "Bảng 3.")[1:]})
    assert cells["Giảm tiêu thụ điện:"] == "100 MWh"
    assert cells["Giảm tiêu thụ than:"] == f"{50 + 1000:,} tấn".replace(",", ".")
    assert cells["Giảm tiêu thụ dầu FO:"] == "5 tấn"
    assert cells["Giảm tiêu thụ dầu DO:"] == "0 tấn"
    assert cells["Giảm tiêu thụ nước:"] == "2.000 m³"
    assert cells["Tổng đầu tư:"] == "22.000 USD"
    assert cells["Tiết kiệm hàng năm:"] == "63.000 USD"
    assert cells["Giảm phát thải bụi:"] == "33 tấn"
    assert cells["Giảm phát thải SO₂:"] == "20 tấn"
    assert cells["Giảm phát thải CO₂:"] == "2.627 tấn"
    body = text(report_vi)
    assert "Đến cuối năm 2010, 57 % tổng số giải pháp SXSH" in body and "(4 trên 7 giải pháp)" in body
    assert "Thời gian hoàn vốn chung của các giải pháp đã thực hiện là 4,2 tháng." in body
    english = {row[2]: row[3] for row in table_after(report_en, "Table 3.")[1:]}
    assert english["CO₂ emissions avoided:"] == "2,627 t" and english["Annual savings:"] == "63,000 USD"
    assert "57% of the CP options" in text(report_en) and "is 4.2 months" in text(report_en)


def test_table_4(report_vi: Path, report_en: Path) -> None:
    assert [row[1:7] for row in table_after(report_vi, "Bảng 4.")[1:]] == [
        ["Giấy", "kg/công-tháng", "hàng quý", "giảm 10 % từ 2,50", "1,93", "−22,9 % (đạt)"],
        ["Điện", "kWh/công-tháng hữu ích", "hàng tháng", "giảm 5 % từ 100", "94,55", "−5,5 % (đạt)"],
        ["Bìa", "kg", "hàng quý", "—", f"{30 + 26}", "—"],  # Mẫu số Không: Σ values
        ["Giấy", "kg/người-ngày", "hàng quý", "giảm 2 % từ 0,20", "0,21", "+6,7 % (chưa đạt)"],
    ]
    assert "Bảng 4: 2 trên 3 chỉ tiêu có mục tiêu đã đạt." in text(report_vi)
    assert table_after(report_en, "Table 4.")[1][4:7] == ["reduce by 10% from 2.50", "1.93", "−22.9% (met)"]


def test_table_5_and_abbreviations(report_vi: Path) -> None:
    assert table_after(report_vi, "Bảng 5.")[1] == [
        "Dự án SXSH Huế",
        "Hợp phần SXSH",
        "SECO",
        "Sở TN&MT Huế",
        "Huế",
        "2009-2011",
    ]


def test_assessments_appendix(report_vi: Path) -> None:
    rows = table_after(report_vi, "Bảng 6.")
    assert [row[4:] for row in rows[1:]] == [
        ["2/3", "10.000", "11.100", "10,8", "171"],  # 12 × 10 000 / 11 100
        ["2/4", "12.000", "51.900", "2,8", "2.456"],  # 12 × 12 000 / 51 900
        ["1/1", "3.000", "2.700", "13,3", "12"],  # in progress, still listed
        ["5/8", "25.000", "65.700", "4,6", "2.639"],  # 12 × 25 000 / 65 700
    ]
    assert rows[2][:4] == ["Công ty Giấy Beta", "Giấy và bột giấy", "Chương trình Y", "Hoàn thành"]


def test_factors_and_own_fuels(report_vi: Path, report_en: Path) -> None:
    assert "Hệ số phát thải CO₂ của lưới điện là hệ số của năm 2003." in text(report_vi)
    assert table_after(report_vi, "Bảng 7.")[1][:4] == ["Điện", "CO₂", "0,399", "tấn CO₂/MWh"]
    own = table_after(report_vi, "Bảng 8.")
    # Beta's coal only: its fuel oil (S 3 %) is the default fuel oil
    assert own[1:] == [
        ["Than", "Bitum", "1", "20", "30", "0", "50", "2,44068", "0,019", "0,03", "audits/beta.xlsx"]
    ]
    assert table_after(report_en, "Table 8.")[1][:2] == ["Coal", "Bituminous"]


def test_sources_appendix(report_vi: Path) -> None:
    rows = table_after(report_vi, "Bảng 9.")
    assert [row[:3] for row in rows[1:]] == [
        ["audits/alpha.xlsx", "đánh giá", "có"],
        ["audits/beta.xlsx", "đánh giá", "có"],
        ["audits/gamma.xlsx", "đánh giá", "có"],
        ["chi_so.xlsx", "chỉ số", "có"],
        ["dao_tao.xlsx", "đào tạo", "có"],
        ["ho_so_trung_tam.xlsx", "trung tâm", "có"],
    ]


@pytest.mark.parametrize("report", ["report_vi", "report_en"])
def test_nothing_unrendered(report: str, request: pytest.FixtureRequest) -> None:
    body = text(request.getfixturevalue(report)).replace(TYPED_OPTION, "")  # the register prints it as typed
    for bad in ("{{", "}}", "{%", "%}", "None", "nan", "NaN", "inf"):
        assert bad not in body, bad


def test_english_report_has_no_vietnamese_label(report_en: Path) -> None:
    # only the workbooks' own words (names, aspects, units, notes, narrative) may stay Vietnamese
    data_words = (
        "Trung tâm Thử nghiệm", "Lê Văn Kiểm", "Ngô Thị Hà", "Phan Văn Sơn", "Đỗ Văn Tài", "Chuyên gia",
        "Giám đốc", "Cán bộ hỗ trợ", "Lái xe", "Lời mở đầu của năm.", "Bài học một.", "Mô-đun", "Chủ đề",
        "Ghi chú ngành", "Giấy", "Điện", "Bìa", "kg/công-tháng hữu ích", "kg/công-tháng", "kWh/công-tháng hữu ích",
        "kg/người-ngày", "Công ty Dệt Alpha", "Công ty Giấy Beta", "Công ty Nhựa Gamma", "Chương trình",
        "Dự án SXSH Huế", "Giải pháp", "Hợp phần SXSH", "Sở TN&MT Huế", "Huế", "SXSH ở Huế", "Báo Nhân Dân", "Sản xuất sạch hơn", "Quảng Ninh", "Nhiên liệu",
    )  # fmt: skip
    vietnamese = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
    for line in paragraphs(report_en):
        rest = line
        for word in sorted(data_words, key=len, reverse=True):
            rest = rest.replace(word, "")
        assert not vietnamese & set(rest.lower()), line


def test_missing_kpi_log_with_allow_errors_is_named_in_the_report(year: Path, tmp_path: Path) -> None:
    folder = Path(shutil.copytree(year, tmp_path / "2010"))
    (folder / "chi_so.xlsx").unlink()
    result = make_report(folder, tmp_path / "r.docx", allow_errors=True)
    lines = paragraphs(result.docx_path)
    caption = lines.index(next(line for line in lines if line.startswith("Bảng 4.")))
    assert lines[caption + 1] == "Không có chỉ tiêu môi trường nào được ghi nhận cho năm 2010."
    appendix = lines.index("Phụ lục 5. Các sổ bị loại khỏi số liệu")
    assert "Lỗi của cả thư mục:" in lines[appendix:]
    assert any(
        line.startswith("Thư mục không có sổ nhật ký chỉ số môi trường của năm 2010")
        for line in lines[appendix:]
    )


def test_options_by_category(report_vi: Path, report_en: Path) -> None:
    def row(name: str, c: dict[str, float], payback: str) -> list[str]:
        figures = (c["identified"], c["implemented"], c["investment"], c["savings"])
        return [name, *(f"{v:,.0f}".replace(",", ".") for v in figures), payback]

    empty = ["0", "0", "0", "0", "—"]
    assert table_after(report_vi, "Bảng 3a.")[1:] == [
        row("Quản lý nội vi", HOUSEKEEPING, "12,0"),  # 12 × 2000 / 2000
        ["Thay thế nguyên liệu", *empty],
        ["Kiểm soát quá trình tốt hơn", *empty],
        row("Cải tiến thiết bị", EQUIPMENT, "11,4"),  # 12 × 10 000 / 10 500 = 11.43
        row("Thay đổi công nghệ", TECHNOLOGY, "2,4"),  # 12 × 10 000 / 50 500 = 2.38
        ["Thu hồi, tái sử dụng tại chỗ", *empty],
        ["Sản xuất sản phẩm phụ hữu ích", *empty],
        ["Cải tiến sản phẩm", *empty],
        ["Tổng cộng", "7", "4", f"{INVEST:,.0f}".replace(",", "."), f"{SAVE:,.0f}".replace(",", "."), "4,2"],
    ]  # the total row is Bảng 3's: 22 000 USD, 63 000 USD/yr, 4.2 months
    assert sum(c["savings"] for c in (HOUSEKEEPING, EQUIPMENT, TECHNOLOGY)) == SAVE
    body = text(report_vi)
    # implemented: A1, A2 (no investment), B1, B2 → 1 of 4; housekeeping has 2 of the 4
    assert "25 % số giải pháp đã thực hiện không cần đầu tư." in body
    assert "Nhóm có nhiều giải pháp được thực hiện nhất là Quản lý nội vi (2 giải pháp)." in body
    english = table_after(report_en, "Table 3a.")
    assert english[1][:3] == ["Good housekeeping", "4", "2"]
    assert english[-1][3:] == ["22,000", "63,000", "4.2"]
    assert "25% of the implemented options needed no investment." in text(report_en)
    caption = "Hình 3. Tiết kiệm hàng năm của các giải pháp đã thực hiện theo nhóm giải pháp (USD/năm)"
    lines = paragraphs(report_vi)
    assert caption in lines and lines[lines.index(caption) - 1] == ""  # the chart's picture paragraph
    with zipfile.ZipFile(report_vi) as zf:  # training, savings by sector, savings by category
        assert len([name for name in zf.namelist() if name.startswith("word/media/")]) == 3


def test_options_register(report_vi: Path, report_en: Path) -> None:
    alpha, beta = ["Công ty Dệt Alpha", "Dệt may", "Chương trình X"], ["Công ty Giấy Beta", "Giấy và bột giấy", "Chương trình Y"]  # fmt: skip
    assert table_after(report_vi, "Bảng 6a.")[1:] == [  # Gamma (in progress) is not listed
        [*alpha, "Giải pháp 1", "Cải tiến thiết bị", "Đã thực hiện", "10.000", "10.500", "11,4", "171,1"],
        # water has no CO2 factor; option 3 saves 20 MWh × 80 USD and 20 × 0.399 t CO2
        [*alpha, "Giải pháp 2", "Quản lý nội vi", "Đã thực hiện", "0", "600", "0,0", "0,0"],
        [*alpha, TYPED_OPTION, "Quản lý nội vi", "Đề xuất", "5.000", "1.600", "37,5", "8,0"],
        [*beta, "Giải pháp 1", "Thay đổi công nghệ", "Đã thực hiện", "10.000", "50.500", "2,4", "2.440,7"],
        [*beta, "Giải pháp 2", "Quản lý nội vi", "Đã thực hiện", "2.000", "1.400", "17,1", "15,6"],  # 5 t FO
        [*beta, "Giải pháp 3", "Cải tiến thiết bị", "Loại bỏ", "5.000", "800", "75,0", "4,0"],  # 10 × 80 USD
        [*beta, "Giải pháp 4", "Quản lý nội vi", "Đang nghiên cứu", "50", "80", "7,5", "0,4"],
    ]
    assert round(ALPHA_CO2, 1) == 171.1 and round(1000 * BITUMINOUS_CO2, 1) == 2440.7
    document = docx.Document(str(report_vi))
    register = next(t for t in document.tables if [c.text for c in t.rows[0].cells][3:4] == ["Giải pháp"])
    assert register.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # header repeated on every page
    english = table_after(report_en, "Table 6a.")
    assert english[1][1:] == ["Textiles and garments", "Chương trình X", "Giải pháp 1", "Equipment modification", "Implemented", "10,000", "10,500", "11.4", "171.1"]  # fmt: skip


def test_english_prose_and_the_vietnamese_original_note(year: Path, report_vi: Path, report_en: Path) -> None:
    english = paragraphs(report_en)
    assert "Foreword of the year." in english and "Lời mở đầu của năm." not in english
    lessons = english.index("Bài học một.")  # no English lessons: the Vietnamese paragraph under the note
    assert english[lessons - 1] == "(Vietnamese original)"
    assert english.count("(Vietnamese original)") == 1
    assert "(Vietnamese original)" not in paragraphs(report_vi)
    assert "Foreword of the year." not in text(report_vi)
    result = make_report(year, year.parent / "again_en.docx", lang="en")
    warning = next(i for i in result.issues if i.code == "report.vietnamese_original")
    assert warning.severity == "warning" and warning.file == "ho_so_trung_tam.xlsx"
    assert "bai_hoc" in warning.message_vi and "loi_noi_dau" not in warning.message_vi
    assert warning.message_vi.startswith("Báo cáo tiếng Anh in các mục sau bằng tiếng Việt")
    vietnamese = make_report(year, year.parent / "again_vi.docx")
    assert not [i for i in vietnamese.issues if i.code.startswith("report.")]
