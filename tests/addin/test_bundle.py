"""The Windows bundle, packed from a local fake index of tiny wheels: contents, markers, bytes, setup.cmd."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from vncpc_xl.addin import AddinError
from vncpc_xl.addin.bundle import TEXT_FILES, make_bundle

from .wheels import make_wheel

VERSION = "0.1.0"
FOLDER = f"vncpc-xl-windows-{VERSION}"


def pip_env() -> dict[str, str]:
    """Return an environment in which pip sees no configuration of this machine (only what a test passes)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    return {**env, "PIP_CONFIG_FILE": os.devnull, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fake index: the package needs alpha (which needs beta) everywhere and winonly on Windows."""
    folder = tmp_path_factory.mktemp("index")
    make_wheel(folder, "alpha", "1.0", ["beta>=2"])
    make_wheel(folder, "beta", "2.1")
    make_wheel(folder, "winonly", "1.0")
    make_wheel(folder, "linuxonly", "1.0")
    return folder


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    requires = ["alpha", 'winonly; platform_system == "Windows"']
    return make_wheel(tmp_path_factory.mktemp("package"), "vncpc-xl", VERSION, requires)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("inputs")
    addin = folder / "vncpc.xlam"
    addin.write_bytes(b"PK fake add-in")
    examples = folder / "2003"
    (examples / "audits").mkdir(parents=True)
    (examples / "centre_2003.xlsx").write_bytes(b"centre")
    (examples / "audits" / "01.xlsx").write_bytes(b"audit")
    (examples / "audits" / "~$01.xlsx").write_bytes(b"Excel's lock file")
    return addin, examples


def _bundle(out: Path, package: Path, index: Path, inputs: tuple[Path, Path]):
    addin, examples = inputs
    return make_bundle(
        out,
        package_wheel=package,
        addin=addin,
        examples=examples,
        pip_args=["--no-index", f"--find-links={index}"],
        env=pip_env(),
    )


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory, package: Path, index: Path, inputs: tuple[Path, Path]):
    return _bundle(tmp_path_factory.mktemp("out") / "b.zip", package, index, inputs)


def _names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


def _read(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(f"{FOLDER}/{name}")


def _wheel_names(path: Path) -> list[str]:
    return sorted(n.split("/")[-1].split("-")[0] for n in _names(path) if n.endswith(".whl"))


def test_the_bundle_holds_the_windows_closure_pip_alone_would_miss(bundle) -> None:
    # pip on Linux leaves winonly out (it evaluates platform_system here); the closure brings it in
    assert _wheel_names(bundle.path) == ["alpha", "beta", "vncpc_xl", "winonly"]
    assert [c.missing for c in bundle.closures] == [(), (), ()]
    assert [c.python for c in bundle.closures] == ["3.11", "3.12", "3.13"]


def test_a_wheel_only_this_machine_needs_is_left_out(tmp_path: Path, index: Path, inputs) -> None:
    make_wheel(index, "linuxonly", "1.0")
    requires = ["alpha", 'linuxonly; sys_platform == "linux"']
    package = make_wheel(tmp_path, "vncpc-xl", VERSION, requires)
    done = _bundle(tmp_path / "b.zip", package, index, inputs)
    assert _wheel_names(done.path) == ["alpha", "beta", "vncpc_xl"]


def test_the_bundle_has_one_folder_with_setup_guide_add_in_and_examples(bundle) -> None:
    names = _names(bundle.path)
    assert all(n.startswith(f"{FOLDER}/") for n in names)
    inside = {n.removeprefix(f"{FOLDER}/") for n in names}
    assert {*TEXT_FILES, "vncpc.xlam", "vi-du-2003/centre_2003.xlsx", "vi-du-2003/audits/01.xlsx"} <= inside
    assert not any("~$" in n for n in names)
    assert _read(bundle.path, "vncpc.xlam") == b"PK fake add-in"


def test_the_same_inputs_give_the_same_bytes(
    bundle, tmp_path: Path, package: Path, index: Path, inputs
) -> None:
    again = _bundle(tmp_path / "again.zip", package, index, inputs)
    assert again.path.read_bytes() == bundle.path.read_bytes()


@pytest.mark.parametrize("name", TEXT_FILES)
def test_the_text_files_use_crlf_and_carry_the_version(bundle, name: str) -> None:
    data = _read(bundle.path, name)
    assert b"\n" not in data.replace(b"\r\n", b"")
    text = data.decode("utf-8")
    assert VERSION in text and "@VERSION@" not in text and "@CHECKLIST@" not in text


def test_setup_refers_only_to_files_in_the_bundle(bundle) -> None:
    setup = _read(bundle.path, "setup.cmd").decode("utf-8")
    inside = {n.removeprefix(f"{FOLDER}/") for n in _names(bundle.path)}
    folders = {n.split("/")[0] for n in inside if "/" in n}
    referred = set(re.findall(r'%HERE%([^"\s]+)', setup))
    assert referred == {"wheelhouse", "go-cai-dat.cmd", "python-%%V.*-amd64.exe"}
    for name in referred - {"python-%%V.*-amd64.exe"}:  # the Python installer is the user's, optional
        assert name in inside or name in folders, name


def test_setup_installs_per_user_offline_and_says_where_its_log_is(bundle) -> None:
    setup = _read(bundle.path, "setup.cmd").decode("utf-8")
    assert 'set "APP=%LOCALAPPDATA%\\vncpc-xl"' in setup
    assert "/quiet InstallAllUsers=0 Include_launcher=1 PrependPath=0" in setup
    assert f'--no-index --find-links "%WHEELS%" --upgrade "vncpc-xl=={VERSION}"' in setup
    assert "addin install" in setup and 'addin doctor --save "%REPORT%"' in setup
    assert "echo Nhật ký cài đặt: %LOG%" in setup
    # every goto lands on a label of the script, and every called label exists
    labels = set(re.findall(r"^:(\w+)", setup, re.MULTILINE))
    assert set(re.findall(r"goto :(\w+)", setup)) <= labels
    assert set(re.findall(r"call :(\w+)", setup)) <= labels


def test_the_guide_holds_the_three_steps_and_the_excel_checklist(bundle) -> None:
    guide = _read(bundle.path, "HUONG-DAN-CAI-DAT.txt").decode("utf-8")
    for step in ("BƯỚC 1", "BƯỚC 2", "BƯỚC 3", "KIỂM TRA TRONG EXCEL", "=VNCPC_PAYBACK("):
        assert step in guide


@pytest.mark.parametrize("python", ["3.11", "3.12", "3.13"])
def test_the_wheelhouse_resolves_offline_for_windows(bundle, tmp_path: Path, python: str) -> None:
    with zipfile.ZipFile(bundle.path) as archive:
        archive.extractall(tmp_path)
    house = tmp_path / FOLDER / "wheelhouse"
    report = _dry_run(house, python, tmp_path / "target")
    assert sorted(item["metadata"]["name"] for item in report["install"]) == ["alpha", "beta", "vncpc-xl"]


def _dry_run(house: Path, python: str, target: Path) -> dict:
    command = [
        sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--report", "-", "--no-index",
        "--find-links", str(house), "--platform", "win_amd64", "--python-version", python,
        "--only-binary=:all:", "--target", str(target), "vncpc-xl",
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, env=pip_env(), check=True)
    return json.loads(done.stdout)


def test_a_dependency_no_index_has_stops_the_bundle_with_a_vietnamese_message(
    tmp_path: Path, index: Path, inputs
) -> None:
    broken = make_wheel(tmp_path, "vncpc-xl", VERSION, ["gamma>=1"])
    with pytest.raises(AddinError) as caught:
        _bundle(tmp_path / "b.zip", broken, index, inputs)
    assert caught.value.message_vi.startswith("pip không tải được các gói cho Python 3.11 trên Windows")
    assert not (tmp_path / "b.zip").exists()
