"""An independent reader opens the add-in: LibreOffice, headless, converts it and finds its VBA project."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
#: LibreOffice picks its import filter by extension and has none for .xlam: name the macro-enabled one.
FILTER = "Calc MS Excel 2007 VBA XML"


def _convert(source: Path, to: str, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    profile = (tmp_path / "profile").as_uri()
    command = [
        str(SOFFICE),
        f"-env:UserInstallation={profile}",
        "--headless",
        "--norestore",
        f"--infilter={FILTER}",
        "--convert-to",
        to,
        "--outdir",
        str(out),
        str(source),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    target = out / f"{source.stem}.{to}"
    assert done.returncode == 0, done.stderr
    assert "Error" not in done.stderr, done.stderr
    assert target.is_file(), done.stdout + done.stderr
    return target


def test_libreoffice_opens_the_addin_and_reads_its_config_sheet(fresh_path: Path, tmp_path: Path) -> None:
    csv = _convert(fresh_path, "csv", tmp_path).read_text(encoding="utf-8")
    assert "Interpreter_Win" in csv
    assert "UDF Modules" in csv


def test_libreoffice_reads_the_vba_project_and_every_module(fresh_path: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(_convert(fresh_path, "ods", tmp_path)) as ods:
        basic = {name for name in ods.namelist() if name.startswith("Basic/VNCPC/")}
        ribbon = ods.read("Basic/VNCPC/VNCPC_Ribbon.xml").decode("utf-8")
    modules = {Path(name).stem for name in basic} - {"script-lb"}
    assert modules == {
        "ThisWorkbook",
        "Sheet2",
        "Dictionary",
        "xlwings",
        "xlwings_udfs",
        "VNCPC_FunctionHelp",
        "VNCPC_Ribbon",
    }
    assert "Sub NewAudit(control As IRibbonControl)" in ribbon
