"""Installing for one Windows user, on real folders: the add-in into XLSTART, the settings its VBA reads."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from vncpc_xl.addin._common import AddinError, user_config_path, xlstart_dir
from vncpc_xl.addin.install import install_addin, read_config, remove_addin, write_config
from vncpc_xl.cli import main

from . import ADDIN_DIR

PYTHON = r"C:\Python311\python.exe"


@pytest.fixture
def places(tmp_path: Path) -> tuple[Path, Path]:
    """Return (XLSTART folder, config file) of a fake Windows profile."""
    env = {"APPDATA": str(tmp_path / "AppData" / "Roaming"), "USERPROFILE": str(tmp_path / "profile")}
    return xlstart_dir(env), user_config_path(env)


def test_the_places_are_those_excel_and_the_addin_vba_use(tmp_path: Path) -> None:
    env = {"APPDATA": "A", "USERPROFILE": "U"}
    assert xlstart_dir(env) == Path("A", "Microsoft", "Excel", "XLSTART")
    # The VBA: Environ("USERPROFILE") & "\." & PROJECT_NAME & "\" & PROJECT_NAME & ".conf"
    assert user_config_path(env) == Path("U", ".vncpc", "vncpc.conf")
    with pytest.raises(AddinError, match="APPDATA"):
        xlstart_dir({})


def test_install_copies_the_addin_and_writes_the_settings(places: tuple[Path, Path]) -> None:
    xlstart, config = places
    done = install_addin(ADDIN_DIR / "vncpc.xlam", xlstart, config, interpreter=PYTHON, encoding="cp1252")
    assert done.addin == xlstart / "vncpc.xlam"
    assert done.addin.read_bytes() == (ADDIN_DIR / "vncpc.xlam").read_bytes()
    # The format VBA's Write # produces and Input # reads, as `xlwings config create` writes it.
    assert (
        config.read_bytes()
        == b'"INTERPRETER_WIN","C:\\Python311\\python.exe"\r\n"UDF MODULES","vncpc_xl.udfs"\r\n'
    )


def test_install_keeps_the_users_other_settings_and_replaces_ours(places: tuple[Path, Path]) -> None:
    xlstart, config = places
    config.parent.mkdir(parents=True)
    config.write_bytes(b'"PYTHONPATH","D:\\code"\r\n"interpreter_win","C:\\old\\python.exe"\r\n')
    install_addin(ADDIN_DIR / "vncpc.xlam", xlstart, config, interpreter=PYTHON, encoding="cp1252")
    assert read_config(config, "cp1252") == {
        "PYTHONPATH": "D:\\code",
        "INTERPRETER_WIN": PYTHON,
        "UDF MODULES": "vncpc_xl.udfs",
    }


def test_a_path_vba_cannot_read_is_refused_with_a_vietnamese_reason(places: tuple[Path, Path]) -> None:
    _, config = places
    with pytest.raises(AddinError, match="không đọc được"):
        write_config(config, {"INTERPRETER_WIN": r"C:\Users\Nguyễn\python.exe"}, encoding="cp1252")
    assert not config.exists()
    write_config(config, {"PYTHONPATH": "D:\\code"}, encoding="cp1252")
    before = config.read_bytes()
    with pytest.raises(AddinError, match="không đọc được"):
        write_config(config, {"INTERPRETER_WIN": r"C:\Users\Nguyễn\python.exe"}, encoding="cp1252")
    assert config.read_bytes() == before
    assert list(config.parent.iterdir()) == [config]  # no half-written file left beside it
    with pytest.raises(AddinError, match="ngoặc kép"):
        write_config(config, {"INTERPRETER_WIN": 'C:\\a"b.exe'}, encoding="cp1252")


def test_remove_deletes_the_addin_and_its_settings(places: tuple[Path, Path]) -> None:
    xlstart, config = places
    install_addin(ADDIN_DIR / "vncpc.xlam", xlstart, config, interpreter=PYTHON, encoding="cp1252")
    assert remove_addin(xlstart, config) == [xlstart / "vncpc.xlam", config]
    assert not (xlstart / "vncpc.xlam").exists()
    assert not config.parent.exists()
    assert remove_addin(xlstart, config) == []


@pytest.mark.skipif(sys.platform == "win32", reason="the refusal is for systems without Excel")
@pytest.mark.parametrize("command", ["install", "remove"])
def test_install_and_remove_refuse_outside_windows_with_exit_2(command: str) -> None:
    result = CliRunner().invoke(main, ["addin", command])
    assert result.exit_code == 2
    assert "chỉ dùng trên Windows" in result.output
