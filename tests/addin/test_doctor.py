"""The self-test here (Excel-only checks skipped) and on a fake Windows profile, before and after install."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from vncpc_xl.addin._common import user_config_path, xlstart_dir
from vncpc_xl.addin.doctor import (
    MIN_PYTHON,
    Status,
    check_installed_addin,
    check_pywin32,
    check_settings,
    exit_code,
    format_checks,
    run_checks,
)
from vncpc_xl.addin.install import install_addin
from vncpc_xl.cli import main

from . import ADDIN_DIR


def _by_title(checks: list) -> dict[str, Status]:
    return {check.title: check.status for check in checks}


def test_doctor_passes_here_with_the_excel_checks_skipped() -> None:
    checks = run_checks(windows=False, env={})
    statuses = _by_title(checks)
    assert statuses == {
        "Python": Status.OK,
        "xlwings": Status.OK,
        "pywin32": Status.SKIP,
        "Add-in đóng gói": Status.OK,
        "Add-in trong XLSTART": Status.SKIP,
        "Cấu hình add-in": Status.SKIP,
        "Hàm VNCPC_*": Status.OK,
        "Biểu mẫu Excel": Status.OK,
    }
    assert exit_code(checks) == 0


@pytest.mark.skipif(sys.platform == "win32", reason="on Windows the Excel checks run for real")
def test_doctor_command_prints_the_checklist_and_exits_0() -> None:
    result = CliRunner().invoke(main, ["addin", "doctor"])
    assert result.exit_code == 0, result.output
    assert "✓ Python" in result.output
    assert "– Add-in trong XLSTART" in result.output
    assert "Tất cả đều ổn." in result.output


def test_on_windows_a_missing_install_fails_with_the_fix(tmp_path: Path) -> None:
    env = {"APPDATA": str(tmp_path / "roaming"), "USERPROFILE": str(tmp_path / "profile")}
    addin, settings = check_installed_addin(True, env), check_settings(True, env)
    assert (addin.status, settings.status) == (Status.FAIL, Status.FAIL)
    text = format_checks([addin, settings])
    assert "✗ Add-in trong XLSTART" in text
    assert "→ Cách sửa: Đóng Excel rồi chạy: vncpc-xl addin install" in text
    assert "2 mục cần sửa." in text


def test_on_windows_a_profile_without_its_environment_variables_fails_naming_them() -> None:
    addin, settings = check_installed_addin(True, {}), check_settings(True, {})
    assert (addin.status, settings.status) == (Status.FAIL, Status.FAIL)
    assert "APPDATA" in addin.detail and "USERPROFILE" in settings.detail
    assert settings.fix == "Chạy: vncpc-xl addin install (bằng đúng Python có cài vncpc-xl)"


@pytest.mark.skipif(sys.platform == "win32", reason="pywin32 is installed on Windows")
def test_checked_as_on_windows_here_pywin32_fails_with_its_fix() -> None:
    check = check_pywin32(True, {})
    assert (check.status, check.detail) == (Status.FAIL, "không nhập được win32api")
    assert check.fix == "Chạy: pip install --force-reinstall pywin32"
    assert check_pywin32(False, {}).status is Status.SKIP


def test_on_windows_an_installed_addin_and_settings_pass(tmp_path: Path) -> None:
    env = {"APPDATA": str(tmp_path / "roaming"), "USERPROFILE": str(tmp_path / "profile")}
    install_addin(
        ADDIN_DIR / "vncpc.xlam",
        xlstart_dir(env),
        user_config_path(env),
        interpreter=sys.executable,
        encoding="utf-8",
    )
    assert check_installed_addin(True, env).status is Status.OK
    # read_config decodes as VBA does on Windows (ANSI); the file here is plain ASCII.
    assert check_settings(True, env).status is Status.OK


def test_a_modified_installed_addin_fails(tmp_path: Path) -> None:
    env = {"APPDATA": str(tmp_path / "roaming"), "USERPROFILE": str(tmp_path / "profile")}
    install_addin(
        ADDIN_DIR / "vncpc.xlam", xlstart_dir(env), user_config_path(env), interpreter=sys.executable
    )
    (xlstart_dir(env) / "vncpc.xlam").write_bytes(b"old")
    check = check_installed_addin(True, env)
    assert check.status is Status.FAIL
    assert "khác bản đóng gói" in check.detail


def test_settings_naming_a_missing_interpreter_fail(tmp_path: Path) -> None:
    env = {"APPDATA": str(tmp_path / "roaming"), "USERPROFILE": str(tmp_path / "profile")}
    install_addin(
        ADDIN_DIR / "vncpc.xlam",
        xlstart_dir(env),
        user_config_path(env),
        interpreter=str(tmp_path / "no.exe"),
    )
    check = check_settings(True, env)
    assert check.status is Status.FAIL
    assert "INTERPRETER_WIN" in check.detail


def test_doctor_asks_for_the_python_the_package_requires() -> None:
    pyproject = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text("utf-8"))
    assert pyproject["project"]["requires-python"] == ">=" + ".".join(map(str, MIN_PYTHON))
