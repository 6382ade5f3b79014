"""The real Windows bundle, downloaded from the package index: complete for CPython 3.11-3.13 on Windows.

These tests need a package index (PyPI or the one pip is configured with); they mark themselves `network`
and skip, saying why, when none answers.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from vncpc_xl import __version__
from vncpc_xl.addin import pinned_xlwings_version
from vncpc_xl.addin.bundle import build_package_wheel
from vncpc_xl.addin.closure import PYTHONS, closure, read_wheel

from . import ADDIN_DIR, ROOT
from .test_bundle import _dry_run

pytestmark = pytest.mark.network
FOLDER = f"vncpc-xl-windows-{__version__}"


def _index_answers(scratch: Path) -> str | None:
    """Return None when pip can download xlwings' Windows wheel, else why not."""
    command = [
        sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--platform", "win_amd64",
        "--python-version", "3.11", "--dest", str(scratch), f"xlwings=={pinned_xlwings_version()}",
    ]  # fmt: skip
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=180)
    except subprocess.TimeoutExpired:
        return "the package index did not answer within 180 s"
    return None if done.returncode == 0 else "no package index answers: " + done.stderr.strip()[-200:]


@pytest.fixture(scope="session")
def unpacked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    scratch = tmp_path_factory.mktemp("bundle")
    why = _index_answers(scratch / "probe")
    if why:
        pytest.skip(why)
    out = scratch / "bundle.zip"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from vncpc_xl.cli import main; main()",
            "addin",
            "bundle",
            "-o",
            str(out),
            "--root",
            str(ROOT),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    with zipfile.ZipFile(out) as archive:
        archive.extractall(scratch / "unpacked")
    return scratch / "unpacked" / FOLDER


def _wheels(unpacked: Path) -> list[Path]:
    return sorted((unpacked / "wheelhouse").glob("*.whl"))


@pytest.mark.parametrize("python", PYTHONS)
def test_the_wheelhouse_installs_vncpc_xl_offline_for_windows(
    unpacked: Path, tmp_path: Path, python: str
) -> None:
    report = _dry_run(unpacked / "wheelhouse", python, tmp_path / "target")
    names = {item["metadata"]["name"].lower() for item in report["install"]}
    assert {"vncpc-xl", "xlwings", "openpyxl", "docxtpl", "matplotlib"} <= names


@pytest.mark.parametrize("python", PYTHONS)
def test_the_closure_with_windows_markers_is_complete(unpacked: Path, python: str) -> None:
    wheels = [read_wheel(p) for p in _wheels(unpacked)]
    found = closure([Requirement(f"vncpc-xl=={__version__}")], wheels, python)
    assert found.missing == ()
    assert {"pywin32", "xlwings", "vncpc-xl"} <= {w.name for w in found.wheels}
    # nothing in the wheelhouse that no Python needs
    needed = {w.path.name for p in PYTHONS for w in closure([Requirement("vncpc-xl")], wheels, p).wheels}
    assert needed == {p.name for p in _wheels(unpacked)}


@pytest.mark.parametrize("python", PYTHONS)
def test_xlwings_with_its_dll_and_pywin32_are_there_for_each_python(unpacked: Path, python: str) -> None:
    tag = f"cp{python.replace('.', '')}-cp{python.replace('.', '')}-win_amd64"
    [xlwings] = [p for p in _wheels(unpacked) if p.name == f"xlwings-{pinned_xlwings_version()}-{tag}.whl"]
    with zipfile.ZipFile(xlwings) as archive:
        assert any(n.endswith(f"xlwings64-{pinned_xlwings_version()}.dll") for n in archive.namelist())
    assert [p for p in _wheels(unpacked) if p.name.startswith("pywin32-") and p.name.endswith(f"{tag}.whl")]


def test_the_package_wheel_carries_the_committed_add_in_and_builds_the_same_bytes_again(
    unpacked: Path, tmp_path: Path
) -> None:
    [wheel] = [p for p in _wheels(unpacked) if p.name.startswith("vncpc_xl-")]
    with zipfile.ZipFile(wheel) as archive:
        [xlam] = [n for n in archive.namelist() if n.endswith("data/share/vncpc-xl/vncpc.xlam")]
        assert archive.read(xlam) == (ADDIN_DIR / "vncpc.xlam").read_bytes()
    assert build_package_wheel(ROOT, tmp_path).read_bytes() == wheel.read_bytes()
    assert (unpacked / "vncpc.xlam").read_bytes() == (ADDIN_DIR / "vncpc.xlam").read_bytes()
    example = ROOT / "examples" / "2003" / "centre_2003.xlsx"
    assert (unpacked / "vi-du-2003" / "centre_2003.xlsx").read_bytes() == example.read_bytes()
