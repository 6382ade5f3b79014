"""`vncpc-xl archive add | list | remove | export` on real archives: messages Vietnamese first, exit codes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from vncpc_xl import __version__
from vncpc_xl.cli import main
from vncpc_xl.workbook import fill_workbook


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_add_twice_then_list_and_remove(runner: CliRunner, db_url: str, year_folders) -> None:
    folder = str(year_folders[2002])
    first = runner.invoke(main, ["archive", "add", folder, "--db", db_url])
    assert first.exit_code == 0, first.output
    assert "Đã lưu năm 2002 vào kho dữ liệu" in first.output and "2 đánh giá, 2 giải pháp" in first.output
    again = runner.invoke(main, ["archive", "add", folder, "--db", db_url, "--lang", "en"])
    assert again.exit_code == 0 and "nothing changed" in again.output
    listed = runner.invoke(main, ["archive", "list", "--db", db_url])
    assert listed.exit_code == 0
    line = next(line for line in listed.output.splitlines() if line.startswith("2002 |"))
    assert f"| {__version__} | 2 (1) | 2 | 2 | 5: audits/a1.xlsx, audits/a2.xlsx, centre_2002.xlsx" in line
    removed = runner.invoke(main, ["archive", "remove", "2002", "--db", db_url])
    assert removed.exit_code == 0 and "Đã xóa năm 2002" in removed.output
    absent = runner.invoke(main, ["archive", "remove", "2002", "--db", db_url])
    assert absent.exit_code == 1 and "không có trong kho" in absent.output
    assert "chưa có năm nào" in runner.invoke(main, ["archive", "list", "--db", db_url]).output


def test_add_with_errors_lists_them_and_stores_nothing(
    runner: CliRunner, year_folders, tmp_path: Path
) -> None:
    folder = Path(shutil.copytree(year_folders[2003], tmp_path / "2003"))
    fill_workbook("kpi", folder / "kpi_2003.xlsx", names={"Year": 2001}, tables={})
    db = f"sqlite:///{tmp_path / 'kho.sqlite'}"
    result = runner.invoke(main, ["archive", "add", str(folder), "--db", db])
    assert result.exit_code == 1
    assert "kpi_2003.xlsx" in result.output and "Không lưu vào kho dữ liệu vì có" in result.output
    assert "chưa có năm nào" in runner.invoke(main, ["archive", "list", "--db", db]).output


def test_default_archive_and_vncpc_conf(runner: CliRunner, year_folders, tmp_path: Path) -> None:
    runner.invoke(main, ["archive", "add", str(year_folders[2004])])
    assert (tmp_path / "data" / "kho_du_lieu.sqlite").is_file()  # conftest: the user data folder
    conf = tmp_path / "home" / ".vncpc" / "vncpc.conf"
    conf.parent.mkdir(parents=True)
    other = tmp_path / "chung.sqlite"
    conf.write_text(f"db = sqlite:///{other}\n", encoding="utf-8")
    runner.invoke(main, ["archive", "add", str(year_folders[2002])])
    assert other.is_file()
    assert "2002 |" in runner.invoke(main, ["archive", "list"]).output
    conf.write_text(f'"INTERPRETER_WIN","python.exe"\n"DB","sqlite:///{other}"\n', encoding="utf-8")
    listed = runner.invoke(main, ["archive", "list"]).output
    assert "2002 |" in listed and "2004 |" not in listed


def test_export_writes_the_files(runner: CliRunner, year_folders, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'kho.sqlite'}"
    runner.invoke(main, ["archive", "add", str(year_folders[2003]), "--db", db])
    out = tmp_path / "kho.xlsx"
    result = runner.invoke(main, ["archive", "export", "--format", "xlsx", str(out), "--db", db])
    assert result.exit_code == 0 and f"Đã xuất: {out}" in result.output and out.is_file()
    bad = runner.invoke(main, ["archive", "export", "--format", "ods", str(out), "--db", db])
    assert bad.exit_code == 2 and "không có trong danh sách" in bad.output


def test_an_unusable_url_is_explained(runner: CliRunner) -> None:
    result = runner.invoke(main, ["archive", "list", "--db", "khong-phai-url"])
    assert result.exit_code == 1 and "không dùng được" in result.output
    result = runner.invoke(main, ["archive", "list", "--db", "postgresql+psycopg://u@127.0.0.1:1/x"])
    assert result.exit_code == 1 and "Không mở được kho dữ liệu" in result.output
