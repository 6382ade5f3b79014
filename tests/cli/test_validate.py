"""`vncpc-xl validate`: problems grouped by file, JSON output, languages and exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from vncpc_xl.cli import main
from vncpc_xl.workbook import fill_workbook

BAD_LOG = [{"period": "2003-02", "code": "E1", "value": "nhiều"}]
TARGET = [{"code": "E1", "area": "Văn phòng", "aspect": "Điện", "unit": "kWh", "denominator": "Không"}]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Return a folder with a clean KPI log, a KPI log with one bad cell, and an Excel lock file."""
    root = tmp_path / "2003"
    (root / "kpi").mkdir(parents=True)
    fill_workbook("kpi", root / "ok.xlsx", names={"Year": 2003})
    tables = {"tblKpiTargets": TARGET, "tblKpiLog": BAD_LOG}
    fill_workbook("kpi", root / "kpi" / "bad.xlsx", names={"Year": 2003}, tables=tables)
    (root / "~$ok.xlsx").write_bytes(b"lock")
    return root


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["validate", *args])
    return result.exit_code, result.output


def test_clean_file_exits_0(folder: Path) -> None:
    code, output = run(str(folder / "ok.xlsx"))
    assert code == 0
    assert "✓" in output and "ok.xlsx" in output
    assert "Tổng cộng: 1 tệp, 0 tệp có lỗi, 0 lỗi, 0 cảnh báo." in output


def test_problems_are_grouped_by_file_with_sheet_and_cell(folder: Path) -> None:
    code, output = run(str(folder))
    assert code == 1
    lines = output.splitlines()
    bad = next(i for i, line in enumerate(lines) if line.startswith("✗") and "bad.xlsx" in line)
    assert "Số liệu!C5" in lines[bad + 1]
    assert "Ô C5 (cột “Giá trị”): “nhiều” không phải là số" in lines[bad + 1]
    assert "~$ok.xlsx" not in output
    assert "Tổng cộng: 2 tệp, 1 tệp có lỗi, 1 lỗi, 0 cảnh báo." in output


def test_english_messages(folder: Path) -> None:
    code, output = run(str(folder), "--lang", "en")
    assert code == 1
    assert "error Số liệu!C5 Cell C5 (column “Giá trị”, Value): “nhiều” is not a number" in output
    assert "Summary: 2 files, 1 with errors, 1 error, 0 warnings." in output


def test_json_lists_every_issue(folder: Path) -> None:
    code, output = run(str(folder), "--format", "json", "--lang", "en")
    assert code == 1
    issues = json.loads(output)
    assert len(issues) == 1
    issue = issues[0]
    assert issue["code"] == "value.not_number"
    assert (issue["sheet"], issue["cell"], issue["column"], issue["value"]) == (
        "Số liệu",
        "C5",
        "Giá trị",
        "nhiều",
    )
    assert issue["file"] == str(folder / "kpi" / "bad.xlsx")
    assert issue["severity"] == "error"
    assert issue["message"] == issue["message_en"] and "“nhiều”" in issue["message_vi"]


def test_json_of_clean_files_is_an_empty_list(folder: Path) -> None:
    assert run(str(folder / "ok.xlsx"), "--format", "json") == (0, "[]\n")


def test_warnings_alone_exit_0(folder: Path, tmp_path: Path) -> None:
    macro = tmp_path / "ok.xlsm"
    macro.write_bytes((folder / "ok.xlsx").read_bytes())
    with zipfile.ZipFile(macro, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"never run")
    code, output = run(str(macro))
    assert code == 0
    assert "cảnh báo" in output and "Macro không bao giờ được chạy" in output


def test_missing_path_exits_2(tmp_path: Path) -> None:
    code, output = run(str(tmp_path / "missing.xlsx"))
    assert code == 2
    assert "does not exist" in output


def test_folder_without_workbooks_exits_2(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("no workbook here", encoding="utf-8")
    code, output = run(str(tmp_path))
    assert code == 2
    assert "Không tìm thấy sổ Excel nào" in output


def test_no_path_exits_2() -> None:
    assert run()[0] == 2


def test_english_summary_counts_one_file_in_the_singular(folder: Path) -> None:
    code, output = run(str(folder / "ok.xlsx"), "--lang", "en")
    assert code == 0
    assert "Summary: 1 file, 0 with errors, 0 errors, 0 warnings." in output
