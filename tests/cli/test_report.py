"""Tests of `vncpc-xl report` and `vncpc-xl demo`: exit codes, problems listed by file › sheet › cell."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.report.helpers import text
from tests.report.test_api import EXAMPLES, small_year
from vncpc_xl.cli import main

pytestmark = pytest.mark.skipif(
    not (EXAMPLES / "audits").is_dir(), reason="examples/2003 is not in this tree"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_report_writes_and_prints_the_path(runner: CliRunner, tmp_path: Path) -> None:
    folder = small_year(tmp_path / "2003")
    out = tmp_path / "ra" / "bc.docx"
    out.parent.mkdir()
    result = runner.invoke(main, ["report", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"Đã ghi báo cáo: {out}" in result.output
    assert "BÀI HỌC KINH NGHIỆM VÀ TRIỂN VỌNG" in text(out)


def test_report_default_output_is_beside_the_folder(runner: CliRunner, tmp_path: Path) -> None:
    folder = small_year(tmp_path / "2003")
    result = runner.invoke(main, ["report", str(folder), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "annual_report_2003.docx").is_file()
    assert "Report written:" in result.output


def test_errors_are_listed_and_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    folder = small_year(tmp_path / "2003", broken=True)
    result = runner.invoke(main, ["report", str(folder)])
    assert result.exit_code == 1
    assert "lỗi audits/99_hong.xlsx" in result.output
    assert "Không ghi báo cáo vì có" in result.output and "--allow-errors" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "bao_cao_2003.docx").exists()


def test_errors_in_english(runner: CliRunner, tmp_path: Path) -> None:
    folder = small_year(tmp_path / "2003", broken=True)
    result = runner.invoke(main, ["report", str(folder), "--lang", "en"])
    assert result.exit_code == 1
    assert "error audits/99_hong.xlsx" in result.output and "No report written" in result.output


def test_allow_errors_writes_and_lists_the_excluded(runner: CliRunner, tmp_path: Path) -> None:
    folder = small_year(tmp_path / "2003", broken=True)
    result = runner.invoke(main, ["report", str(folder), "--allow-errors"])
    assert result.exit_code == 0, result.output
    assert "Các sổ bị loại khỏi số liệu" in result.output and "99_hong.xlsx" in result.output
    assert (tmp_path / "bao_cao_2003.docx").is_file()


def test_empty_folder_with_allow_errors_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "2003").mkdir()
    result = runner.invoke(main, ["report", str(tmp_path / "2003"), "--allow-errors"])
    assert result.exit_code == 1
    assert "không có sổ Excel nào" in result.output
    assert "kể cả với --allow-errors" in result.output
    assert list(tmp_path.iterdir()) == [tmp_path / "2003"]


@pytest.mark.parametrize(
    ("out", "vietnamese"),
    [("adir", "là một thư mục"), ("bao_cao.pdf", "phải có đuôi .docx")],
)
def test_bad_output_path_is_a_usage_error_in_vietnamese(
    runner: CliRunner, tmp_path: Path, out: str, vietnamese: str
) -> None:
    (tmp_path / "adir").mkdir()
    result = runner.invoke(main, ["report", str(tmp_path), "-o", str(tmp_path / out)])
    assert result.exit_code == 2
    assert vietnamese in result.output


def test_open_report_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    folder = small_year(tmp_path / "2003")
    (tmp_path / "~$bao_cao_2003.docx").write_bytes(b"")
    out = tmp_path / "bao_cao_2003.docx"
    out.write_bytes(b"old")
    result = runner.invoke(main, ["report", str(folder), "-o", str(out)])
    assert result.exit_code == 1
    assert "đang mở trong Word" in result.output
    assert out.read_bytes() == b"old"


@pytest.mark.parametrize(
    "args",
    [
        ["report"],
        ["report", "does/not/exist"],
        ["report", ".", "--lang", "fr"],
        ["report", ".", "-o", "bao_cao.pdf"],
        ["report", ".", "--year", "nineteen"],
    ],
)
def test_usage_errors_exit_2(runner: CliRunner, args: list[str]) -> None:
    assert runner.invoke(main, args).exit_code == 2


@pytest.mark.parametrize(
    ("args", "vietnamese"),
    [
        (["report", "does/not/exist"], "Không tìm thấy thư mục does/not/exist"),
        (["report", "--lang", "fr", "."], "hãy chọn vi hoặc en"),
        (["report", "--year", "nineteen", "."], "Năm báo cáo"),
        (["report", "--year", "20030", "."], "Năm báo cáo"),
        (["demo", "--lang", "fr"], "hãy chọn vi hoặc en"),
    ],
)
def test_usage_errors_speak_vietnamese_first(runner: CliRunner, args: list[str], vietnamese: str) -> None:
    result = runner.invoke(main, args)
    assert result.exit_code == 2
    assert vietnamese in result.output
    message = result.output.split("Error: ", 1)[1]
    assert message.index(vietnamese) < message.index("(")  # English follows in brackets


def test_folder_that_is_a_file_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.xlsx").write_bytes(b"")
    result = runner.invoke(main, ["report", str(tmp_path / "a.xlsx")])
    assert result.exit_code == 2
    assert "không phải là thư mục" in result.output


def test_demo_writes_the_2003_report(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["demo"])
    assert result.exit_code == 0, result.output
    assert "Với tổng cộng 177 công-tháng" in text(tmp_path / "bao_cao_2003.docx")
    assert f"Đã ghi báo cáo: {(tmp_path / 'bao_cao_2003.docx').resolve()}" in result.output  # the full path


def test_demo_without_examples(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.modules["vncpc_xl.cli.demo"], "examples_folder", lambda: None)
    result = runner.invoke(main, ["demo"])
    assert result.exit_code == 1
    assert "examples/2003" in result.output


@pytest.mark.skipif(shutil.which("soffice") is not None, reason="only meaningful without LibreOffice")
def test_pdf_without_libreoffice_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["report", str(small_year(tmp_path / "2003")), "--pdf"])
    assert result.exit_code == 1 and "LibreOffice" in result.output


def test_english_report_warns_of_sections_printed_in_vietnamese(runner: CliRunner, tmp_path: Path) -> None:
    folder = small_year(tmp_path / "2003")  # the example's centre file: English foreword and vision only
    result = runner.invoke(main, ["report", str(folder), "--lang", "en"])
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    assert "warning centre_2003.xlsx" in output and "(Vietnamese original)" in output
    assert "LESSONS LEARNT AND OUTLOOK (bai_hoc)" in output and "(loi_noi_dau)" not in output
    assert "(tam_nhin)" not in output and "“Ngôn ngữ” = en" in output
    vietnamese = runner.invoke(main, ["report", str(folder), "-o", str(tmp_path / "vi.docx")])
    assert vietnamese.exit_code == 0 and "(Vietnamese original)" not in vietnamese.output
