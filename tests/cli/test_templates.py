"""`vncpc-xl templates build [--check] [--out DIR]`: the four templates and their Markdown doc."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from vncpc_xl.cli import main
from vncpc_xl.schema import KINDS
from vncpc_xl.workbook import template_path
from vncpc_xl.workbook.docs import markdown

REPO_DOC = Path(__file__).resolve().parents[2] / "workbooks" / "README.md"


def _copy_templates(folder: Path) -> None:
    for kind in KINDS:
        shutil.copy(template_path(kind), folder / f"{kind}.xlsx")


def test_check_passes_on_the_committed_templates() -> None:
    result = CliRunner().invoke(main, ["templates", "build", "--check"])
    assert result.exit_code == 0, result.output


def test_build_writes_the_committed_bytes(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["templates", "build", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for kind in KINDS:
        assert (tmp_path / f"{kind}.xlsx").read_bytes() == template_path(kind).read_bytes()
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == markdown("")
    assert str(tmp_path / "README.md") in result.output
    assert CliRunner().invoke(main, ["templates", "build", "--check", "--out", str(tmp_path)]).exit_code == 0


def test_build_writes_the_same_doc_twice(tmp_path: Path) -> None:
    runs = []
    for _ in range(2):
        assert CliRunner().invoke(main, ["templates", "build", "--out", str(tmp_path)]).exit_code == 0
        runs.append((tmp_path / "README.md").read_bytes())
    assert runs[0] == runs[1]


def test_check_fails_after_a_byte_change_and_names_the_file(tmp_path: Path) -> None:
    _copy_templates(tmp_path)
    (tmp_path / "README.md").write_text(markdown(""), encoding="utf-8")
    assert CliRunner().invoke(main, ["templates", "build", "--check", "--out", str(tmp_path)]).exit_code == 0
    stale = tmp_path / "kpi.xlsx"
    data = bytearray(stale.read_bytes())
    data[len(data) // 2] ^= 0xFF
    stale.write_bytes(bytes(data))
    result = CliRunner().invoke(main, ["templates", "build", "--check", "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert str(stale) in result.output and "audit.xlsx" not in result.output


def test_check_fails_on_a_missing_template(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["templates", "build", "--check", "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert all(f"{kind}.xlsx" in result.output for kind in KINDS)
    assert str(tmp_path / "README.md") in result.output


def test_check_fails_on_a_modified_copy_of_the_doc_and_names_only_it(tmp_path: Path) -> None:
    _copy_templates(tmp_path)
    doc = tmp_path / "README.md"
    doc.write_text(REPO_DOC.read_text(encoding="utf-8").replace("templates/", ""), encoding="utf-8")
    assert CliRunner().invoke(main, ["templates", "build", "--check", "--out", str(tmp_path)]).exit_code == 0
    doc.write_text(doc.read_text(encoding="utf-8") + "Sửa tay.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["templates", "build", "--check", "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert str(doc) in result.output and ".xlsx" not in result.output
