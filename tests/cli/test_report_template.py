"""`vncpc-xl report template export [--lang] PATH`, and the field reference of report_templates/README.md."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docxtpl import DocxTemplate

from tests.report.yeardata import year_2003
from vncpc_xl.cli import main
from vncpc_xl.cli._params import LANG
from vncpc_xl.cli.report_template import export
from vncpc_xl.report import fields, render_bytes
from vncpc_xl.report.build_templates import template_bytes
from vncpc_xl.report.context import build_context

ROOT = Path(__file__).resolve().parents[2]


def _text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_export_writes_the_packaged_template_of_the_language(tmp_path: Path, lang: str) -> None:
    out = tmp_path / "mau.docx"
    result = CliRunner().invoke(main, ["report", "template", "export", "--lang", lang, str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == template_bytes(lang)
    assert (ROOT / "report_templates" / f"annual_report.{lang}.docx").read_bytes() == template_bytes(lang)
    assert "report_template.docx" in result.output
    assert ("LỜI NÓI ĐẦU" if lang == "vi" else "FOREWORD") in _text(out)


def test_export_never_overwrites(tmp_path: Path) -> None:
    out = tmp_path / "mau.docx"
    out.write_bytes(b"mine")
    result = CliRunner().invoke(main, ["report", "template", "export", str(out)])
    assert result.exit_code == 1 and "đã tồn tại" in result.output
    assert out.read_bytes() == b"mine"
    assert export.params[-1].type is LANG


def test_a_restyled_export_dropped_in_the_folder_makes_the_report(tmp_path: Path) -> None:
    exported = tmp_path / "mau.docx"
    assert CliRunner().invoke(main, ["report", "template", "export", str(exported)]).exit_code == 0
    restyled = docx.Document(str(exported))
    restyled.paragraphs[0].insert_paragraph_before("TRUNG TÂM SẢN XUẤT SẠCH VIỆT NAM – Tiêu đề thư riêng")
    override = tmp_path / "report_template.docx"
    restyled.save(str(override))
    report = tmp_path / "bao_cao.docx"
    report.write_bytes(render_bytes(year_2003(), lang="vi", template=override))
    text = _text(report)
    assert text.startswith("TRUNG TÂM SẢN XUẤT SẠCH VIỆT NAM – Tiêu đề thư riêng")
    assert "{{" not in text and "LỜI NÓI ĐẦU" in text


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_field_the_packaged_template_reads_is_in_the_context(lang: str, tmp_path: Path) -> None:
    path = tmp_path / "t.docx"
    path.write_bytes(template_bytes(lang))
    assert DocxTemplate(str(path)).get_undeclared_template_variables() <= set(
        build_context(year_2003(), lang)
    )


@pytest.mark.skipif(not (fields.EXAMPLE / "audits").is_dir(), reason="examples/2003 is not in this tree")
def test_the_field_reference_in_the_readme_is_current() -> None:
    assert fields.main(["--check"]) == 0, "run: python -m vncpc_xl.report.fields"


def test_the_field_reference_lists_each_sections_fields() -> None:
    text = fields.reference(year_2003())
    assert "### `training` — Đào tạo (training)" in text
    assert "| `table1[].planned` | text |" in text and "| `au.payback_months` | text |" in text
    assert "| `chart_training` | image (chart), absent when there is nothing to draw |" in text
