"""Tests of vncpc_xl.report.build_templates: the committed Word templates are current and well formed."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from vncpc_xl.report import build_templates as bt


def test_committed_templates_are_current() -> None:
    stale = bt.stale_templates()
    assert stale == [], (
        f"run `python -m vncpc_xl.report.build_templates`: {[p.name for p in stale]} out of date"
    )


def test_check_mode_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert bt.main(["--out", str(tmp_path)]) == 0
    assert bt.main(["--check", "--out", str(tmp_path)]) == 0
    (tmp_path / "annual_report.en.docx").write_bytes(b"edited by hand")
    assert bt.main(["--check", "--out", str(tmp_path)]) == 1
    assert "annual_report.en.docx" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("lang", "table", "first_heading"), [("vi", "Bảng", "LỜI NÓI ĐẦU"), ("en", "Table", "FOREWORD")]
)
def test_template_structure(lang: str, table: str, first_heading: str) -> None:
    document = docx.Document(str(bt.templates_dir() / bt.template_name(lang)))
    paragraphs = document.paragraphs
    assert [p.text for p in paragraphs if p.style.name == "Title"] == ["{{ centre_name }}"]
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == first_heading and len(headings) == 16  # Xu hướng / Trends: only with an archive
    captions = [p.text for p in paragraphs if p.style.name == "Caption"]
    numbers = [str(n) for n in range(1, 11)]
    numbers[3:3], numbers[7:7] = ["3a"], ["6a"]  # the tables detailing Bảng 3 and 6 stay outside the sequence
    assert [c.split(".")[0] for c in captions if c.startswith(table)] == [f"{table} {n}" for n in numbers]
    instructions = " ".join(el.text for el in document.element.body.iter(qn("w:instrText")))
    assert 'TOC \\o "1-3" \\h' in instructions
    assert instructions.count("SEQ Table") == 10
    assert document.settings.element.find(qn("w:updateFields")) is not None
    assert document.sections[-1].orientation == 1  # the appendices are landscape
    normal = document.styles["Normal"].element.rPr
    assert normal.find(qn("w:lang")).get(qn("w:val")) == ("vi-VN" if lang == "vi" else "en-GB")
