"""Tests of `make_report`: strict by default, --allow-errors, default output path, progress and PDF."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.report.helpers import table_after, text
from vncpc_xl.errors import Severity, ValidationFailed
from vncpc_xl.report import ReportError, default_output, make_report

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "2003"

pytestmark = pytest.mark.skipif(
    not (EXAMPLES / "audits").is_dir(), reason="examples/2003 is not in this tree"
)


def small_year(folder: Path, *, broken: bool = False) -> Path:
    """Copy the centre, training and KPI files and two audits of 2003 into `folder`; optionally a bad file."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(EXAMPLES.glob("*.xlsx")):
        shutil.copy(path, folder / path.name)
    (folder / "audits").mkdir(exist_ok=True)
    for path in sorted((EXAMPLES / "audits").glob("*.xlsx"))[:2]:
        shutil.copy(path, folder / "audits" / path.name)
    if broken:
        (folder / "audits" / "99_hong.xlsx").write_bytes(b"this is not a workbook")
    return folder


def test_errors_stop_the_report_and_nothing_is_written(tmp_path: Path) -> None:
    folder = small_year(tmp_path / "2003", broken=True)
    out = tmp_path / "bao_cao_2003.docx"
    with pytest.raises(ValidationFailed) as caught:
        make_report(folder, out)
    errors = [i for i in caught.value.issues if i.severity is Severity.ERROR]
    assert errors and all(i.file == "audits/99_hong.xlsx" for i in errors)
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2003"]


def test_allow_errors_writes_the_report_and_names_the_excluded_workbook(tmp_path: Path) -> None:
    folder = small_year(tmp_path / "2003", broken=True)
    result = make_report(folder, allow_errors=True)
    assert result.docx_path == tmp_path / "bao_cao_2003.docx"  # default: beside the folder
    assert [path for path, _ in result.excluded] == [folder / "audits" / "99_hong.xlsx"]
    rows = table_after(result.docx_path, "Bảng 10.")
    assert rows[1][0] == "audits/99_hong.xlsx" and rows[1][2]
    assert "hoàn thành" in text(result.docx_path)


def test_progress_reports_every_file_then_the_report(tmp_path: Path) -> None:
    folder = small_year(tmp_path / "2003")
    calls: list[tuple[int, int, str]] = []
    result = make_report(
        folder, tmp_path / "r.docx", lang="en", progress=lambda d, t, s: calls.append((d, t, s))
    )
    files = 5
    assert calls[-2:] == [(files, files + 1, "r.docx"), (files + 1, files + 1, "r.docx")]  # writing, written
    assert [d for d, _, _ in calls] == [*range(1, files + 1), files, files + 1]
    assert "Table 1. Training activities in 2003" in text(result.docx_path)


def test_open_report_is_refused_before_any_work(tmp_path: Path) -> None:
    out = tmp_path / "bao_cao_2003.docx"
    out.write_bytes(b"open")
    (tmp_path / "~$o_cao_2003.docx").write_bytes(b"")
    with pytest.raises(ReportError, match="đang mở trong Word"):
        make_report(tmp_path / "does-not-matter", out)
    assert out.read_bytes() == b"open"


def test_unknown_language(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="fr"):
        make_report(tmp_path, lang="fr")


def test_default_output_names() -> None:
    assert default_output(Path("/data/2003"), 2003).name == "bao_cao_2003.docx"
    assert default_output(Path("/data/2003"), 2003, "en") == Path("/data/annual_report_2003.docx")
    assert default_output(Path("/data/x"), None).name == "bao_cao.docx"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_pdf_beside_the_docx(tmp_path: Path) -> None:
    result = make_report(small_year(tmp_path / "2003"), tmp_path / "out.docx", pdf=True)
    assert result.pdf_path == tmp_path / "out.pdf"
    assert result.pdf_path.read_bytes().startswith(b"%PDF")


def test_nothing_usable_is_no_report_even_with_allow_errors(tmp_path: Path) -> None:
    folder = tmp_path / "2003"
    (folder / "audits").mkdir(parents=True)
    (folder / "audits" / "hong.xlsx").write_bytes(b"not a workbook")
    with pytest.raises(ValidationFailed) as caught:
        make_report(folder, tmp_path / "r.docx", allow_errors=True)
    assert {i.file for i in caught.value.issues} >= {"audits/hong.xlsx", "2003"}
    assert not (tmp_path / "r.docx").exists()
