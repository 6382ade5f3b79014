"""Fixtures: a complete 2003 folder of real workbooks (built once) and a private copy per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .folders import write_audit_a, write_audit_b, write_audit_c, write_centre, write_kpi, write_training


@pytest.fixture(scope="session")
def base_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a complete, valid 2003 folder (written once per session; copy it before changing anything)."""
    folder = tmp_path_factory.mktemp("base") / "2003"
    (folder / "audits").mkdir(parents=True)
    write_centre(folder / "ho_so_trung_tam.xlsx")
    write_training(folder / "dao_tao.xlsx")
    write_kpi(folder / "chi_so.xlsx")
    write_audit_a(folder / "audits" / "a1.xlsx")
    write_audit_b(folder / "audits" / "a2.xlsx")
    write_audit_c(folder / "audits" / "a3.xlsx")
    return folder


@pytest.fixture
def folder(base_folder: Path, tmp_path: Path) -> Path:
    """Return a private copy of the base folder, free to change."""
    return Path(shutil.copytree(base_folder, tmp_path / "2003"))
