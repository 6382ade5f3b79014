"""An independent reader opens the add-in: LibreOffice, headless, converts it and finds its VBA project."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from vncpc_xl.addin.udf_vba import HELP_MODULE, WRAPPER_MODULE, help_module, wrapper_module

from . import ADDIN_DIR

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


@pytest.fixture(scope="module")
def basic(fresh_path: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Return the Basic modules LibreOffice imported from the add-in's VBA project: name -> code."""
    ods = _convert(fresh_path, "ods", tmp_path_factory.mktemp("lo"))
    with zipfile.ZipFile(ods) as package:
        names = [
            n for n in package.namelist() if n.startswith("Basic/VNCPC/") and not n.endswith("script-lb.xml")
        ]
        return {Path(n).stem: ET.fromstring(package.read(n)).text or "" for n in names}


def test_libreoffice_reads_the_vba_project_and_every_module(basic: dict[str, str]) -> None:
    assert set(basic) == {
        "ThisWorkbook",
        "Sheet2",
        "Dictionary",
        "xlwings",
        "xlwings_udfs",
        "VNCPC_FunctionHelp",
        "VNCPC_Ribbon",
    }
    assert "Sub NewAudit(control As IRibbonControl)" in basic["VNCPC_Ribbon"]


#: Lines LibreOffice adds when it imports a VBA module (it keeps the code itself as it is).
_LO_HEADERS = ("Rem Attribute VBA_ModuleType=", "Option VBASupport ", "Option ClassModule")


def _code(text: str, drop: tuple[str, ...]) -> str:
    lines = text.replace("\r\n", "\n").split("\n")
    return "\n".join(line for line in lines if not line.startswith(drop)).strip("\n")


def test_libreoffice_imports_each_module_with_the_code_of_its_source(basic: dict[str, str]) -> None:
    sources = {p.stem: p.read_text(encoding="ascii") for p in (ADDIN_DIR / "vba").iterdir()}
    sources[WRAPPER_MODULE] = wrapper_module("vncpc_xl.udfs")
    sources[HELP_MODULE] = help_module("vncpc_xl.udfs")
    for name, source in sources.items():
        assert _code(basic[name], _LO_HEADERS) == _code(source, ("Attribute ",)), name
