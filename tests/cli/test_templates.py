"""`vncpc-xl templates build [--check] [--out DIR]`."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from vncpc_xl.cli import main
from vncpc_xl.schema import KINDS
from vncpc_xl.workbook import template_path


def test_check_passes_on_the_committed_templates() -> None:
    result = CliRunner().invoke(main, ["templates", "build", "--check"])
    assert result.exit_code == 0, result.output


def test_build_writes_the_committed_bytes(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["templates", "build", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for kind in KINDS:
        assert (tmp_path / f"{kind}.xlsx").read_bytes() == template_path(kind).read_bytes()


def test_check_fails_after_a_byte_change_and_names_the_file(tmp_path: Path) -> None:
    for kind in KINDS:
        shutil.copy(template_path(kind), tmp_path / f"{kind}.xlsx")
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
