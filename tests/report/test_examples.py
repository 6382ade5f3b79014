"""The 2003 example workbooks through `make_report`: the report carries every figure of the reference report."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.report.helpers import paragraphs, table_after, text
from tests.report.layout import fonts_available, words_too_wide
from vncpc_xl.report import convert_to_pdf, make_report

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "2003"

pytestmark = pytest.mark.skipif(
    not (EXAMPLES / "audits").is_dir(), reason="examples/2003 is not in this tree"
)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = make_report(EXAMPLES, tmp_path_factory.mktemp("examples") / "bao_cao_2003.docx")
    assert result.excluded == []
    return result.docx_path


@pytest.fixture(scope="module")
def report_en(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_report(
        EXAMPLES, tmp_path_factory.mktemp("examples") / "annual_report_2003.docx", lang="en"
    ).docx_path


@pytest.mark.skipif(not fonts_available(), reason="the DejaVu fonts LibreOffice draws with are not installed")
@pytest.mark.parametrize("which", ["report", "report_en"])
def test_no_word_is_cut_in_a_table(which: str, request: pytest.FixtureRequest) -> None:
    assert words_too_wide(request.getfixturevalue(which)) == []


def test_the_director_signs_the_preface_once(report: Path) -> None:
    lines = paragraphs(report)
    assert lines.count("Giám đốc Trung tâm Sản xuất sạch Việt Nam") == 1  # the centre file's own signature


def test_fuel_properties_of_the_workbooks_are_listed(report: Path) -> None:
    rows = table_after(report, "Bảng 8.")
    assert {row[1] for row in rows[1:]} >= {"Antraxit", "Bitum"}
    listed = {name for row in rows[1:] for name in row[10].split(", ")}
    assert listed <= {p.relative_to(EXAMPLES).as_posix() for p in (EXAMPLES / "audits").glob("*.xlsx")}
    assert "audits/02_giay-dong-nai-xanh.xlsx" in listed  # Bitum coal, S 0.7 %
    oil = next(row for row in rows[1:] if row[0] == "Dầu FO")
    assert (oil[1], oil[2], oil[3], oil[4]) == ("—", "3,5", "—", "—")  # no coal type, no ash for an oil


def test_key_figures(report: Path) -> None:
    body = text(report)
    assert "Với tổng cộng 177 công-tháng (tương đương 15 công-năm) trong năm 2003" in body
    assert "đã tổ chức 22 khóa đào tạo cho 1.957 người-ngày (bao gồm cả 60 người-ngày" in body
    assert "10 hội nghị chuyên đề với 417 người-ngày" in body
    assert "hoàn thành 15 đánh giá SXSH trong 6 chương trình SXSH" in body
    companies = int(re.search(r"trong 6 chương trình SXSH tại (\d+) doanh nghiệp", body).group(1))
    assert companies > 50
    assert "có 16 cán bộ làm việc toàn thời gian và 2 cán bộ bán thời gian" in body
    assert "3 cán bộ có bằng tiến sĩ, 5 cán bộ có bằng thạc sĩ và 7 cán bộ là kỹ sư" in body
    assert "đã tổ chức 9 hội nghị chuyên đề nâng cao nhận thức" in body
    assert "Tính cả 1.150 đại biểu trong các năm trước thì tới cuối năm 2003 đã có 1.406 lượt người" in body
    assert re.search(r"Đến cuối năm 2003, 33 % tổng số giải pháp SXSH", body)


def test_sectors_of_the_completed_assessments(report: Path, report_en: Path) -> None:
    # the reference: "Các công ty này thuộc các ngành giấy và bột giấy, dệt, vật liệu xây dựng, thực phẩm và hoàn
    # tất sản phẩm kim loại" — the same five sectors, named as the workbooks' Sector list names them
    sectors = "dệt may, giấy và bột giấy, hoàn tất sản phẩm kim loại, chế biến thực phẩm và vật liệu xây dựng"
    assert (
        f"15 doanh nghiệp đã hoàn thành một chu trình đánh giá SXSH; các doanh nghiệp này thuộc các ngành {sectors}."
        in text(report)
    )
    sectors_en = (
        "textiles and garments, pulp and paper, metal finishing, food processing and building materials"
    )
    assert f"15 companies had completed an assessment cycle, in {sectors_en}." in text(report_en)


def test_table_1(report: Path) -> None:
    rows = table_after(report, "Bảng 1.")
    assert [row[:3] for row in rows[1:4]] == [
        ["Đào tạo theo ngành sản xuất", "210", "183"],
        ["Đào tạo các kỹ năng", "135", "163"],
        ["Đào tạo theo yêu cầu", "50", "1.611"],
    ]
    assert "tháng 2 năm 2004" in rows[1][4]
    assert rows[3][4] == "Nhu cầu thực tế cao hơn nhiều so với dự kiến"


def test_table_2_modules(report: Path) -> None:
    rows = table_after(report, "Bảng 2.")
    assert [row[:2] for row in rows[1:]] == [
        ["Phương pháp luận SXSH", "5"],
        ["Đánh giá SXSH", "4"],
        ["Đánh giá SXSH", "3"],
        ["Hoàn thành đánh giá SXSH", "3"],
    ]
    topics = "\n".join(row[2] for row in rows[1:])
    for topic in ("Giới thiệu về SXSH", "Tính khả thi của các lựa chọn SXSH", "Trao chứng chỉ"):
        assert topic in topics


def test_table_3(report: Path) -> None:
    rows = table_after(report, "Bảng 3.")
    cells = {row[0]: row[1] for row in rows[1:]} | {row[2]: row[3] for row in rows[1:]}
    assert [cells[k] for k in ("Giảm tiêu thụ điện:", "Giảm tiêu thụ than:", "Giảm tiêu thụ dầu FO:")] == [
        "40.838 MWh",
        "19.113 tấn",
        "1.951 tấn",
    ]
    assert [cells[k] for k in ("Giảm tiêu thụ dầu DO:", "Giảm tiêu thụ LPG:", "Giảm tiêu thụ nước:")] == [
        "64 tấn",
        "74 tấn",
        "160.000 m³",
    ]
    assert cells["Giảm tiêu thụ nguyên liệu thô và hóa chất:"] == "787 tấn"
    assert cells["Tổng đầu tư:"] == "650.000 USD"
    assert cells["Tiết kiệm hàng năm:"] == "2.435.000 USD"
    assert [cells[k] for k in ("Giảm phát thải bụi:", "Giảm phát thải SO₂:", "Giảm phát thải CO₂:")] == [
        "483 tấn",
        "364 tấn",
        "70.846 tấn",
    ]


def test_table_4(report: Path) -> None:
    rows = table_after(report, "Bảng 4.")
    cells = " | ".join(" | ".join(row) for row in rows)
    for figure in ("2,48", "1,48", "95,65", "98,68", "0,26", "0,38", "0,45", "0,68", "0,21", "0,19", "6,64"):
        assert f" {figure}" in cells or f"| {figure}" in cells, figure
    assert "giảm 1 % từ 2,48" in cells and "giảm 2 % từ 0,21" in cells
    others = {row[1]: row[5] for row in rows[1:]}
    assert sorted(v for k, v in others.items() if k.startswith("Loại khác")) == ["113", "6", "86"]


def test_table_5(report: Path) -> None:
    rows = table_after(report, "Bảng 5.")
    assert [(row[2], row[5]) for row in rows[1:]] == [
        ("DANIDA", "2002-2003"),
        ("UNIDO/SIDA", "2002-2003"),
        ("CIDA", "2002-2005"),
        ("UNEP/GEF", "2002-2003"),
        ("Thụy Điển /UNEP", "2002-2004"),
    ]
    assert rows[1][0] == "Dự án Phát triển Đô thị và Công nghiệp Việt Trì"
    assert rows[3][3] == "VEPA DONRE Hải Phòng, Hà Nội, Bắc Ninh, Hải Dương, Đà Nẵng, Long An"
    assert "(GERIAP)" in rows[5][0]


def test_appendix_lists_every_source_file(report: Path) -> None:
    rows = table_after(report, "Bảng 9.")
    files = sorted(p.relative_to(EXAMPLES).as_posix() for p in EXAMPLES.rglob("*.xlsx"))
    assert sorted(row[0] for row in rows[1:]) == files
    assert all(re.fullmatch(r"[0-9a-f]{64}", row[3]) for row in rows[1:])


def test_no_markup_or_font_garbage_from_the_source_text(report: Path) -> None:
    # the reference report's text came through Markdown and a lossy font encoding; the report prints neither
    body = text(report)
    for broken in ("](http", ", p dụng", "châu , -", "Ên Đô", "TÇM", "Vµ"):
        assert broken not in body, broken
    assert "tại địa chỉ www.e-textile.org." in body
    assert "Áp dụng tiếp cận đánh giá SXSH kết hợp với sử dụng năng lượng hiệu quả" in body
    assert "Trung tâm SXS Ấn Độ" in body
    assert "(GERIAP)" in table_after(report, "Bảng 5.")[5][0]
    assert table_after(report, "Bảng 5.")[5][0].startswith(
        "Giảm thiểu phát thải khí nhà kính trong công nghiệp vùng châu Á - Thái Bình Dương"
    )


def test_paragraphs_stand_where_the_reference_has_them(report: Path) -> None:
    lines = paragraphs(report)
    body = next(i for i, line in enumerate(lines) if line.startswith("Sau gần 10 năm"))  # past the contents

    def at(start: str) -> int:
        return next(i for i, line in enumerate(lines) if i >= body and line.startswith(start))

    # the four sections SPEC 3.4 has no key for are printed, in their sections
    assert at("CƠ CẤU TỔ CHỨC") < at("Hội đồng Cố vấn của Trung tâm SXSVN gồm 12") < at("Đội ngũ cán bộ")
    assert (
        at("CÁC HOẠT ĐỘNG TRONG NĂM") < at("Trong năm 2002, Trung tâm đã đạt được") < at("Với tổng cộng 177")
    )
    assert at("HIỆN TRẠNG MÔI TRƯỜNG") < at("Trung tâm SXSVN đã đạt được và thậm chí") < at("Bảng 4.")
    assert at("CÁC HOẠT ĐỘNG SXSH KHÁC") < at("Ngoài các hoạt động do Trung tâm SXSVN") < at("Bảng 5.")
    # after the figures marker: prose the reference prints after the section's tables
    assert at("Bảng 3.") < at("Tất cả những lợi ích kể trên") < at("PHỔ BIẾN THÔNG TIN")
    assert at("Bảng 2.") < at("Mặc dù chương trình đào tạo cho ngành") < at("DỊCH VỤ TẠI DOANH NGHIỆP")
    assert at("Tính đến cuối năm 2003") < at("Trong năm 2003, Trung tâm SXSVN đã cử một cán bộ")
    assert not any("[SỐ LIỆU]" in line for line in lines)


def test_register_and_categories_agree_with_tables_3_and_6(report: Path) -> None:
    completed = [row for row in table_after(report, "Bảng 6.")[1:] if row[3] == "Hoàn thành"]
    assert len(completed) == 15
    options = sum(int(row[4].split("/")[1]) for row in completed)  # "implemented/total" per assessment
    register = table_after(report, "Bảng 6a.")[1:]
    assert len(register) == options
    assert [row[0] for row in register[:3]] == [completed[0][0]] * 3  # workbook order, then row order
    benefits = {row[2]: row[3] for row in table_after(report, "Bảng 3.")[1:]}
    total = table_after(report, "Bảng 3a.")[-1]
    assert total[0] == "Tổng cộng" and int(total[1]) == options
    assert total[2] == str(sum(int(row[4].split("/")[0]) for row in completed))
    assert (
        f"{total[3]} USD" == benefits["Tổng đầu tư:"] and f"{total[4]} USD" == benefits["Tiết kiệm hàng năm:"]
    )


def test_the_categories_with_the_most_implemented_options_are_named(report: Path, report_en: Path) -> None:
    rows = table_after(report, "Bảng 3a.")[1:-1]
    most = max(int(row[2]) for row in rows)
    leaders = [row[0] for row in rows if int(row[2]) == most]
    assert leaders == ["Cải tiến thiết bị", "Thu hồi, tái sử dụng tại chỗ"]  # a tie: both are named
    assert f"nhất là {leaders[0]} và {leaders[1]} (mỗi nhóm {most} giải pháp)." in text(report)
    assert f"are Equipment modification and On-site recovery and reuse ({most} options each)." in text(
        report_en
    )


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) and poppler (pdftotext) are needed to lay the report out in pages",
)
def test_register_repeats_its_header_on_every_page(report: Path, tmp_path: Path) -> None:
    pdf = convert_to_pdf(Path(shutil.copy(report, tmp_path / report.name)))  # it fills the contents' pages
    layout = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    pages = layout.stdout.split("\f")
    first = next(
        i for i, page in enumerate(pages) if "Phụ lục 2. Danh mục giải pháp SXSH" in page.splitlines()
    )
    last = next(
        i for i, page in enumerate(pages) if "Phụ lục 3. Hệ số phát thải đã sử dụng" in page.splitlines()
    )
    assert last - first >= 2  # 132 options: a register of several pages
    register = [pages[first].split("Phụ lục 2. Danh mục giải pháp SXSH", 1)[1], *pages[first + 1 : last + 1]]
    for page in register:  # the first page may end Bảng 6 (same first columns) above the register
        header = next(line for line in page.splitlines() if line.split()[:2] == ["Doanh", "nghiệp"])
        assert "Chương trình" in header and "Giải pháp" in header and "Đầu tư" in header
    # Bảng 3a stays on one page with its caption: the caption, the eight categories and the total row
    table = next(page for page in pages if "Bảng 3a. Các giải pháp SXSH" in page)
    assert "Cải tiến sản phẩm" in table and "Tổng cộng" in table.split("Bảng 3a.")[1]


def test_english_report_has_english_prose_where_given_and_the_note_elsewhere(report_en: Path) -> None:
    lines = paragraphs(report_en)
    body = lines[len(lines) - 1 - lines[::-1].index("FOREWORD") :]  # past the table of contents
    assert body[1].startswith("Nearly ten years after it was introduced in Vietnam, Cleaner Production")
    vision = body.index("VISION AND MISSION")
    assert body[vision + 1].startswith("The long-term goal of the VNCPC")
    assert "(Vietnamese original)" not in body[: body.index("POLICY")]  # the foreword is in English
    notes = [i for i, line in enumerate(body) if line == "(Vietnamese original)"]
    vietnamese = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
    assert notes and all(
        set(body[i + 1].lower()) & vietnamese for i in notes
    )  # a Vietnamese paragraph follows
    assert body[body.index("LESSONS LEARNT AND OUTLOOK") + 1] == "(Vietnamese original)"
