"""`vncpc-xl new KIND PATH [--year Y] [--company NAME]`."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from openpyxl import load_workbook

from vncpc_xl.cli import main


def _name_value(path: Path, name: str) -> object:
    wb = load_workbook(path)
    sheet, ref = next(iter(wb.defined_names[name].destinations))
    return wb[sheet][ref.replace("$", "")].value


def test_new_creates_a_workbook_with_year_and_company(tmp_path: Path) -> None:
    path = tmp_path / "Giấy Việt Trì 2003.xlsx"
    result = CliRunner().invoke(
        main, ["new", "audit", str(path), "--year", "2003", "--company", "Giấy Việt Trì"]
    )
    assert result.exit_code == 0, result.output
    assert str(path) in result.output
    assert (_name_value(path, "AssessmentYear"), _name_value(path, "CompanyName")) == (2003, "Giấy Việt Trì")


def test_new_refuses_to_overwrite_in_vietnamese(tmp_path: Path) -> None:
    path = tmp_path / "kpi.xlsx"
    assert CliRunner().invoke(main, ["new", "kpi", str(path), "--year", "2003"]).exit_code == 0
    before = path.read_bytes()
    result = CliRunner().invoke(main, ["new", "kpi", str(path), "--year", "2004"])
    assert result.exit_code == 1
    assert "đã tồn tại" in result.output and "Traceback" not in result.output
    assert path.read_bytes() == before


def test_new_rejects_an_unknown_kind_as_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["new", "budget", str(tmp_path / "b.xlsx")])
    assert result.exit_code == 2
    assert not (tmp_path / "b.xlsx").exists()
