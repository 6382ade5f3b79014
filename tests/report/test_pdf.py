"""The rendered report through LibreOffice: PDF, then PNG pages (pdftoppm) that are not blank."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from tests.report.yeardata import excluded_example, year_2003
from vncpc_xl.report import ReportError, convert_to_pdf, render_report
from vncpc_xl.report import render as render_module

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
