"""Tests of vncpc_xl.report.render: a hand-built YearData rendered to .docx and read back with python-docx."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from tests.report.helpers import paragraphs, table_after, text
from tests.report.yeardata import CENTRE, PROJECTS, excluded_example, year_2003
from vncpc_xl import _files
from vncpc_xl.report import ReportError, render_bytes, render_report
from vncpc_xl.report import render as render_module

KEY_FIGURES_VI = (
    "Với tổng cộng 177 công-tháng (tương đương 15 công-năm) trong năm 2003, Trung tâm Sản xuất sạch Việt Nam"
    " đã tổ chức 22 khóa đào tạo cho 1.957 người-ngày (bao gồm cả 60 người-ngày đào tạo kết hợp với khảo sát"
    " thực tế), 10 hội nghị chuyên đề với 417 người-ngày, và hoàn thành 15 đánh giá SXSH trong 6 chương trình"
    " SXSH tại 52 doanh nghiệp."
)


@pytest.fixture(scope="module")
def report_vi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("vi") / "bao_cao_2003.docx"
    return render_report(year_2003(excluded=excluded_example()), out, lang="vi")


@pytest.fixture(scope="module")
def report_en(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_report(year_2003(), tmp_path_factory.mktemp("en") / "annual_report_2003.docx", lang="en")


def test_key_figures_paragraph(report_vi: Path) -> None:
    assert KEY_FIGURES_VI in paragraphs(report_vi)


def test_staff_counts_and_list(report_vi: Path) -> None:
    body = text(report_vi)
    assert "có 16 cán bộ làm việc toàn thời gian và 2 cán bộ bán thời gian" in body
    assert "3 cán bộ có bằng tiến sĩ, 5 cán bộ có bằng thạc sĩ và 7 cán bộ là kỹ sư" in body
    assert "TS. Ngô Thị Nga – Phó giám đốc Trung tâm" in body
    assert "Phạm Thế Hùng – Lái xe" in body  # "Khác" is not printed as a degree


def test_table_1_plan_vs_result(report_vi: Path) -> None:
    rows = table_after(report_vi, "Bảng 1.")
    assert rows[0][:3] == ["Loại hình", "Kế hoạch (người-ngày)", "Kết quả (người-ngày)"]
    body = [row[:4] for row in rows[1:]]
    assert body == [
        ["Đào tạo theo ngành sản xuất", "210", "183", "3"],
        ["Đào tạo các kỹ năng", "135", "163", "2"],
        ["Đào tạo theo yêu cầu", "50", "1.611", "17"],
        ["Tổng cộng", "395", "1.957", "22"],
    ]
    assert rows[3][4] == "Nhu cầu thực tế cao hơn nhiều so với dự kiến"


def test_table_2_modules_with_topics(report_vi: Path) -> None:
    rows = table_after(report_vi, "Bảng 2.")
    assert [row[:2] for row in rows[1:]] == [
        ["Phương pháp luận SXSH", "5"],
        ["Đánh giá SXSH", "4"],
        ["Đánh giá SXSH", "3"],
        ["Hoàn thành đánh giá SXSH", "3"],
    ]
    assert "Tham quan công ty" in rows[1][2]
    assert "HTQLMT, ISO 14001 và SXSH" in rows[4][2]


def test_table_3_benefits(report_vi: Path) -> None:
    rows = table_after(report_vi, "Bảng 3.")
    cells = {row[0]: row[1] for row in rows[1:]} | {row[2]: row[3] for row in rows[1:]}
    assert cells["Giảm tiêu thụ điện:"] == "40.838 MWh"
    assert cells["Giảm tiêu thụ than:"] == "19.113 tấn"
    assert cells["Giảm tiêu thụ dầu FO:"] == "1.951 tấn"
    assert cells["Giảm tiêu thụ dầu DO:"] == "64 tấn"
    assert cells["Giảm tiêu thụ LPG:"] == "74 tấn"
    assert cells["Giảm tiêu thụ nước:"] == "160.000 m³"
    assert cells["Giảm tiêu thụ nguyên liệu thô và hóa chất:"] == "787 tấn"
    assert cells["Tổng đầu tư:"] == "650.000 USD"
    assert cells["Tiết kiệm hàng năm:"] == "2.435.000 USD"
    assert cells["Giảm phát thải bụi:"] == "483 tấn"
    assert cells["Giảm phát thải SO₂:"] == "364 tấn"
    assert cells["Giảm phát thải CO₂:"] == "70.846 tấn"


def test_share_and_portfolio_payback(report_vi: Path) -> None:
    body = text(report_vi)
    assert "33 % tổng số giải pháp SXSH" in body  # 50 of 150
    assert "(50 trên 150 giải pháp)" in body
    assert "là 3,2 tháng" in body  # 12 × 650 000 / 2 435 000 = 3.20


def test_table_4_kpis(report_vi: Path) -> None:
    rows = table_after(report_vi, "Bảng 4.")
    assert rows[0] == [
        "Khu vực", "Khía cạnh", "Đơn vị", "Tần suất quan trắc", "Mục tiêu/chỉ tiêu", "Thực hiện",
        "Thay đổi so với giá trị nền", "Ghi chú",
    ]  # fmt: skip
    paper = rows[1]
    assert paper[:6] == ["Văn phòng", "Giấy", "kg/công-tháng", "hàng quý", "giảm 1 % từ 2,48", "1,48"]
    assert paper[6] == "\u221240,3 % (đạt)"  # (1,48 − 2,48) / 2,48
    assert rows[2][4:7] == ["giảm 1 % từ 95,65", "98,68", "+3,2 % (chưa đạt)"]
    assert rows[5][1:7] == ["Bìa", "kg", "—", "—", "86", "—"]
    training = rows[6]
    assert training[0] == "Đào tạo"
    assert training[4:6] == ["giảm 2 % từ 0,21", "0,19"]
    assert rows[7][5] == "6,64"
    # the area cell is merged down its rows (Word vMerge), as in the reference report
    document = docx.Document(str(report_vi))
    merges = [el.get(qn("w:val")) for el in document.element.body.iter(qn("w:vMerge"))]
    assert merges.count("restart") == 2


def test_table_5_projects(report_vi: Path) -> None:
    rows = table_after(report_vi, "Bảng 5.")
    assert [tuple(row) for row in rows[1:]] == list(PROJECTS)


def test_outreach_awareness_and_certified(report_vi: Path) -> None:
    body = text(report_vi)
    assert "đã tổ chức 9 hội nghị chuyên đề nâng cao nhận thức với 256 lượt người tham dự" in body
    assert "Tính cả 1.150 đại biểu trong các năm trước" in body
    assert "đã có 1.406 lượt người tham dự" in body
    assert "tổng số học viên được Trung tâm cấp chứng chỉ là 83" in body
    assert "Phóng sự truyền hình: SXSH trong công nghiệp dệt – VTV2 (01/06/2003)" in body


def test_sections_in_reference_order(report_vi: Path) -> None:
    document = docx.Document(str(report_vi))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [
        "LỜI NÓI ĐẦU", "CHÍNH SÁCH", "TẦM NHÌN VÀ NHIỆM VỤ", "CƠ CẤU TỔ CHỨC VÀ CƠ SỞ VẬT CHẤT",
        "CÁC HOẠT ĐỘNG TRONG NĂM 2003", "ĐÀO TẠO", "DỊCH VỤ TẠI DOANH NGHIỆP",
        "PHỔ BIẾN THÔNG TIN VÀ NÂNG CAO NHẬN THỨC", "ĐỀ XUẤT KHUYẾN NGHỊ CHÍNH SÁCH", "HỢP TÁC",
        "HIỆN TRẠNG MÔI TRƯỜNG", "CÁC HOẠT ĐỘNG SXSH KHÁC Ở VIỆT NAM", "BÀI HỌC KINH NGHIỆM VÀ TRIỂN VỌNG",
        "CÁC TỪ VIẾT TẮT", "PHỤ LỤC",
    ]  # fmt: skip


def test_table_of_contents_is_filled_and_a_field(report_vi: Path) -> None:
    document = docx.Document(str(report_vi))
    toc = [p.text for p in document.paragraphs if p.style.name in ("toc 1", "toc 2", "toc 3")]
    assert toc[:2] == ["LỜI NÓI ĐẦU", "CHÍNH SÁCH"]
    assert "Phụ lục 5. Các sổ bị loại khỏi số liệu" in toc
    instructions = [el.text for el in document.element.body.iter(qn("w:instrText"))]
    assert any(i.strip().startswith('TOC \\o "1-3" \\h') for i in instructions)
    assert sum("SEQ Table" in i for i in instructions) == 10  # Bảng 1–10 (10: excluded workbooks)
    assert sum("SEQ Figure" in i for i in instructions) == 2
    settings = document.settings.element
    assert settings.find(qn("w:updateFields")).get(qn("w:val")) == "true"
    footer = document.sections[0].footer._element
    assert "PAGE" in "".join(el.text for el in footer.iter(qn("w:instrText")))


def test_charts_are_embedded(report_vi: Path) -> None:
    with zipfile.ZipFile(report_vi) as zf:
        images = [name for name in zf.namelist() if name.startswith("word/media/")]
    assert len(images) == 2
    assert "Hình 1. Kế hoạch và kết quả đào tạo năm 2003 (người-ngày)" in paragraphs(report_vi)


def test_appendices(report_vi: Path) -> None:
    body = text(report_vi)
    assessments = table_after(report_vi, "Bảng 6.")
    assert len(assessments) == 1 + 52 + 1  # header, one row per assessment, total
    assert assessments[1][:5] == [
        "Công ty 01",
        "Dệt may",
        "Chương trình hoàn tất kim loại",
        "Hoàn thành",
        "3/10",
    ]
    factors = table_after(report_vi, "Bảng 7.")
    assert ["Điện", "CO₂", "0,399", "tấn CO₂/MWh"] == factors[1][:4]
    assert factors[1][4].startswith("Trần Minh Tuyến và Axel Michaelowa (2004)")  # the Vietnamese note
    assert "Hệ số phát thải CO₂ của lưới điện là hệ số của năm 2003." in body
    lines = paragraphs(report_vi)
    own_fuels = lines.index(next(line for line in lines if line.startswith("Bảng 8.")))
    assert lines[own_fuels + 1] == "Mọi sổ đánh giá đều dùng tính chất nhiên liệu mặc định."
    sources = table_after(report_vi, "Bảng 9.")
    assert sources[1] == ["trung_tam_2003.xlsx", "trung tâm", "có", "a" * 64]
    excluded = table_after(report_vi, "Bảng 10.")
    assert excluded[1][0] == "audits/hong.xlsx"
    assert "Thiếu đơn giá điện." in excluded[1][2]


def test_no_excluded_appendix_without_exclusions(report_en: Path) -> None:
    assert "Appendix 5" not in text(report_en)


def test_english_report(report_en: Path) -> None:
    body = text(report_en)
    assert "held 22 training courses for 1,957 person-days (including 60 person-days of field visits)" in body
    assert "10 seminars with 417 person-days" in body
    assert "33% of the CP options identified" in body
    rows = table_after(report_en, "Table 1.")
    assert rows[3][:3] == ["Tailor-made training", "50", "1,611"]
    cells = {row[0]: row[1] for row in table_after(report_en, "Table 3.")[1:]}
    assert cells["Electricity saved:"] == "40,838 MWh"
    kpis = table_after(report_en, "Table 4.")
    assert kpis[1][:6] == ["Office", "Giấy", "kg/công-tháng", "quarterly", "reduce by 1% from 2.48", "1.48"]
    factors = table_after(report_en, "Table 7.")
    assert factors[1][4].startswith("Tran Minh Tuyen & Axel Michaelowa (2004)")  # the English source


def test_same_data_same_bytes(tmp_path: Path) -> None:
    data = year_2003()
    assert render_bytes(data, lang="vi") == render_bytes(data, lang="vi")


def test_core_properties_are_fixed(report_vi: Path) -> None:
    props = docx.Document(str(report_vi)).core_properties
    assert props.title == f"{CENTRE} – Báo cáo năm 2003"
    assert props.author == CENTRE
    assert props.created.year == 2003 and props.modified == props.created


def test_markup_in_data_is_text_and_the_docx_stays_valid(tmp_path: Path) -> None:
    data = year_2003()
    nasty = 'Công ty <A&B> "Hà Nội" {{ year }} {% raw %}\x0b'
    first = dataclasses.replace(data.audits.assessments[0], company=nasty)
    audits = dataclasses.replace(data.audits, assessments=(first, *data.audits.assessments[1:]))
    centre = dataclasses.replace(data.centre, name="Trung tâm <SXSH> & Co")
    out = render_report(dataclasses.replace(data, audits=audits, centre=centre), tmp_path / "r.docx")
    with zipfile.ZipFile(out) as zf:
        for name in zf.namelist():
            if name.endswith(".xml"):
                etree.fromstring(zf.read(name))  # every part is well-formed XML
    body = text(out)
    assert 'Công ty <A&B> "Hà Nội" {{ year }} {% raw %}' in body  # printed as typed, control char dropped
    assert "Trung tâm <SXSH> & Co" in body
    assert docx.Document(str(out)).core_properties.title == "Trung tâm <SXSH> & Co – Báo cáo năm 2003"


def _override(folder: Path, tag: str) -> Path:
    document = docx.Document()
    document.add_paragraph(f"Báo cáo {tag}")
    path = folder / "report_template.docx"
    document.save(str(path))
    return path


@pytest.mark.parametrize(
    "tag",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ centre_name.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__.os.system('echo pwned') }}",
        "{{ centre_name|attr('__class__') }}",
    ],
)
def test_malicious_template_override_fails_safely(tmp_path: Path, tag: str) -> None:
    _override(tmp_path, tag)
    out = tmp_path / "bao_cao_2003.docx"
    with pytest.raises(ReportError) as caught:
        render_report(year_2003(folder=tmp_path), out)
    assert "report_template.docx" in caught.value.message("vi")
    assert "không được phép" in caught.value.message("vi")
    assert "forbidden" in caught.value.message("en")
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report_template.docx"]


@pytest.mark.parametrize(
    "tag",
    [
        "{% for x in range(10**9) %}{% endfor %}",  # Jinja's own range limit raises OverflowError
        "{{ 'a' * 100000000 }}",  # a 100 MB string
        "{{ 10 ** 1000000000 }}",  # an integer with a billion digits
        "{{ ((((2 ** 64) ** 64) ** 64) ** 64) ** 64 }}",  # one with a billion bits, in steps
        "{{ 'a'|center(1000000000) }}",
        "{{ 'a'.ljust(1000000000) }}",
        "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}",
    ],
)
def test_resource_hungry_template_override_fails_safely(tmp_path: Path, tag: str) -> None:
    _override(tmp_path, tag)
    out = tmp_path / "bao_cao_2003.docx"
    with pytest.raises(ReportError) as caught:
        render_report(year_2003(folder=tmp_path), out)
    assert "report_template.docx" in caught.value.message("vi")
    assert "report_template.docx" in caught.value.message("en")
    assert not out.exists()


def test_endless_template_override_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render_module, "OVERRIDE_TIME_LIMIT_S", 0.5)
    _override(tmp_path, "{% for a in 'x' * 9999 %}{% for b in 'x' * 9999 %}{% endfor %}{% endfor %}")
    with pytest.raises(ReportError) as caught:
        render_report(year_2003(folder=tmp_path), tmp_path / "r.docx")
    assert "quá lâu" in caught.value.message("vi") and "too long" in caught.value.message("en")


def test_template_override_is_used(tmp_path: Path) -> None:
    _override(tmp_path, "{{ centre_name }} {{ year }} — {{ au.implemented_share }}")
    out = render_report(year_2003(folder=tmp_path), tmp_path / "r.docx")
    assert paragraphs(out) == [f"Báo cáo {CENTRE} 2003 — 33 %"]


def test_override_with_an_unknown_name_says_so(tmp_path: Path) -> None:
    _override(tmp_path, "{{ centre_nam }}")
    with pytest.raises(ReportError, match="centre_nam"):
        render_report(year_2003(folder=tmp_path), tmp_path / "r.docx")


def test_broken_override_is_reported(tmp_path: Path) -> None:
    (tmp_path / "report_template.docx").write_bytes(b"not a zip")
    with pytest.raises(ReportError, match=r"report_template\.docx"):
        render_report(year_2003(folder=tmp_path), tmp_path / "r.docx")


@pytest.mark.parametrize("lock_name", ["~$bao_cao_2003.docx", "~$o_cao_2003.docx"])
def test_report_open_in_word_is_not_overwritten(tmp_path: Path, lock_name: str) -> None:
    out = tmp_path / "bao_cao_2003.docx"
    out.write_bytes(b"the report the user has open")
    (tmp_path / lock_name).write_bytes(b"")
    with pytest.raises(ReportError) as caught:
        render_report(year_2003(), out)
    assert "đang mở trong Word" in caught.value.message("vi")
    assert "open in Word" in caught.value.message("en")
    assert out.read_bytes() == b"the report the user has open"


def test_failed_write_leaves_the_old_report_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "bao_cao_2003.docx"
    out.write_bytes(b"last year's run")

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(_files.os, "replace", refuse)
    with pytest.raises(ReportError, match="Không ghi được báo cáo"):
        render_report(year_2003(), out)
    assert out.read_bytes() == b"last year's run"
    assert sorted(os.listdir(tmp_path)) == ["bao_cao_2003.docx"]


def test_missing_output_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="không tồn tại"):
        render_report(year_2003(), tmp_path / "missing" / "r.docx")


def test_empty_year_renders_dashes(tmp_path: Path) -> None:
    data = year_2003()
    audits = dataclasses.replace(
        data.audits, implemented_share=None, payback_months=None, assessments=(), savings_by_sector_usd={}
    )
    out = render_report(dataclasses.replace(data, audits=audits), tmp_path / "r.docx")
    body = text(out)
    assert "Đến cuối năm 2003, — tổng số giải pháp" in body
    assert "là — tháng" in body
    assert "Hình 2." not in body and "Hình 3." not in body  # no savings: no sector or category chart
    assert "không cần đầu tư" not in body  # no implemented option: no sentence on them


def test_without_committed_templates_the_template_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    # an installed package has no report_templates/ folder: the same template is built in memory
    committed = render_bytes(year_2003(), lang="en")
    monkeypatch.setattr(render_module, "packaged_template", lambda lang: None)
    assert render_bytes(year_2003(), lang="en") == committed


def _with_preface(data, *paragraphs_: str):
    narrative = {**data.centre.narrative, "loi_noi_dau": paragraphs_}
    return dataclasses.replace(data, centre=dataclasses.replace(data.centre, narrative=narrative))


def test_director_signs_the_preface_once(tmp_path: Path) -> None:
    # the centre file's preface already ends with the director's signature (spaced differently)
    data = _with_preface(
        year_2003(), "Lời cảm ơn.", "PGS.TS.  Trần Văn Nhân", "Giám đốc Trung tâm", "Lời khác."
    )
    lines = paragraphs(render_report(data, tmp_path / "r.docx"))
    assert lines.count("PGS.TS.  Trần Văn Nhân") == 1  # the preface's own signature
    assert "PGS. TS. Trần Văn Nhân" not in lines  # no second one added by the template
    assert "Giám đốc Trung tâm Sản xuất sạch Việt Nam" not in lines


def test_director_signature_is_added_when_the_preface_has_none(report_vi: Path) -> None:
    lines = paragraphs(report_vi)
    assert lines.count("PGS. TS. Trần Văn Nhân") == 1
    assert "Giám đốc Trung tâm Sản xuất sạch Việt Nam" in lines


def test_english_counts_agree_in_number(report_en: Path) -> None:
    body = text(report_en)
    assert "Other seminars: 1 seminar, " in body and "1 seminars" not in body
    assert "Sector training: 3 courses, " in body


def test_no_certified_trainee_in_the_year_is_said_in_words(report_vi: Path, report_en: Path) -> None:
    assert (
        "Tính đến cuối năm 2003, tổng số học viên được Trung tâm cấp chứng chỉ là 83; trong năm 2003 chưa có"
        " học viên nào được cấp chứng chỉ." in text(report_vi)
    )
    assert "By the end of 2003, the centre had certified 83 trainees, none of them in 2003." in text(
        report_en
    )


def test_empty_tables_say_so_and_keep_their_numbers(tmp_path: Path) -> None:
    data = year_2003()
    training = dataclasses.replace(data.training, plan=(), modules=())
    centre = dataclasses.replace(data.centre, projects=(), staff=())
    audits = dataclasses.replace(data.audits, assessments=())
    data = dataclasses.replace(data, training=training, centre=centre, audits=audits, kpis=())
    for lang, caption, none in (("vi", "Bảng", "Không có"), ("en", "Table", "No ")):
        out = render_report(data, tmp_path / f"{lang}.docx", lang=lang)
        lines = paragraphs(out)
        for number in (1, 2, 4, 5, 6):
            i = next(i for i, line in enumerate(lines) if line.startswith(f"{caption} {number}."))
            assert lines[i + 1].startswith(none), (lang, number, lines[i + 1])
        document = docx.Document(str(out))
        assert all(len(table.rows) > 1 for table in document.tables)  # no table of headers only


def test_rendering_without_an_archive_leaves_the_database_stack_alone() -> None:
    probe = "import sys, vncpc_xl.report.render; print(sorted({'sqlalchemy', 'pandas', 'alembic'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"  # the archive's libraries load only when a report uses an archive
