"""The rendered report through LibreOffice: PDF, then PNG pages (pdftoppm) that are not blank."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from PIL import Image, ImageStat

from tests.report.yeardata import excluded_example, year_2003
from vncpc_xl.report import ReportError, _ooxml, convert_to_pdf, render_bytes, render_report
from vncpc_xl.report import render as render_module
from vncpc_xl.report._pdf import outline_pages

needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
    reason="LibreOffice (soffice) and poppler (pdftoppm) are needed to render the report to PDF and PNG",
)


@needs_libreoffice
def test_report_renders_to_non_blank_pages(tmp_path: Path) -> None:
    docx_path = render_report(year_2003(excluded=excluded_example()), tmp_path / "bao_cao_2003.docx")
    pdf = convert_to_pdf(docx_path)
    assert pdf == tmp_path / "bao_cao_2003.pdf" and pdf.read_bytes().startswith(b"%PDF")
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(pdf), str(tmp_path / "page")], check=True, timeout=120
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 10  # title, contents, 13 sections, appendices
    for page in pages:
        with Image.open(page) as image:
            darkest = min(ImageStat.Stat(image.convert("L")).extrema[0])
            assert darkest < 128, f"{page.name} is blank"
    with Image.open(pages[-1]) as last:
        assert last.width > last.height  # the appendices are landscape


def test_without_libreoffice_the_message_is_clear(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docx_path = render_report(year_2003(), tmp_path / "r.docx")
    monkeypatch.setattr(render_module.shutil, "which", lambda name: None)
    with pytest.raises(ReportError) as caught:
        convert_to_pdf(docx_path)
    assert "LibreOffice" in caught.value.message("vi") and "Báo cáo Word đã được ghi" in caught.value.message(
        "vi"
    )


@needs_libreoffice
def test_contents_show_the_page_of_each_heading(tmp_path: Path) -> None:
    docx_path = render_report(year_2003(), tmp_path / "bao_cao_2003.docx")
    pdf = convert_to_pdf(docx_path)
    document = docx.Document(str(docx_path))  # rewritten with the page numbers
    toc = [p.text for p in document.paragraphs if p.style.name.startswith("toc ")]
    headings = outline_pages(pdf.read_bytes())
    assert [line.split("\t") for line in toc] == [[title, str(page)] for title, page in headings]
    assert toc[0] == "LỜI NÓI ĐẦU\t3"  # title page, contents, then the preface
    pages = [int(line.split("\t")[1]) for line in toc]
    assert pages == sorted(pages) and pages[-1] > 10


def test_contents_are_replaced_not_added_to() -> None:
    document = docx.Document(io.BytesIO(render_bytes(year_2003())))
    entries = _ooxml.heading_entries(document)
    for pages in ([None] * len(entries), list(range(3, 3 + len(entries))), list(range(5, 5 + len(entries)))):
        assert _ooxml.fill_toc(document, entries, pages)
    toc = [p.text for p in document.paragraphs if p.style.name.startswith("toc ")]
    assert toc == [f"{text}\t{page}" for (_, text), page in zip(entries, range(5, 50), strict=False)]
    body = document.element.body
    kinds = [c.get(qn("w:fldCharType")) for c in body.iter(qn("w:fldChar"))]
    assert kinds.count("begin") == kinds.count("end")  # every field still closed once
