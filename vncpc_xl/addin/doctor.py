"""Self-test of an installation: the checklist ``vncpc-xl addin doctor`` prints, each failure with its fix.

A check passes (✓), fails (✗, with what to do, in Vietnamese) or is skipped (–) when it needs Excel on Windows
and the machine has neither. The command exits 0 when nothing failed.
"""

from __future__ import annotations

import functools
import hashlib
import math
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from importlib import metadata
from pathlib import Path

from vncpc_xl.addin._common import (
    ADDIN_FILE,
    UDF_MODULE,
    AddinError,
    packaged_addin,
    pinned_xlwings_version,
    user_config_path,
    xlstart_dir,
)
from vncpc_xl.addin.install import INTERPRETER_KEY, UDF_MODULES_KEY, config_value, read_config

MIN_PYTHON = (3, 11)  # pyproject.toml requires-python (the pinned xlwings needs 3.11)
_ONLY_WINDOWS = "chỉ kiểm tra được trên Windows có Excel"


class Status(StrEnum):
    OK = "ok"
    FAIL = "fail"
    SKIP = "skip"


_SYMBOL = {Status.OK: "✓", Status.FAIL: "✗", Status.SKIP: "–"}


@dataclass(frozen=True)
class Check:
    """One line of the checklist: what was checked, the outcome, what was found, and the fix (Vietnamese)."""

    title: str
    status: Status
    detail: str = ""
    fix: str = ""


def run_checks(*, windows: bool | None = None, env: Mapping[str, str] | None = None) -> list[Check]:
    """Return every check of the installation; Excel-only checks are skipped unless `windows`."""
    windows = sys.platform == "win32" if windows is None else windows
    env = os.environ if env is None else env
    checks: list[Callable[[], Check]] = [
        check_python,
        check_xlwings,
        lambda: check_pywin32(windows, env),
        check_packaged_addin,
        lambda: check_installed_addin(windows, env),
        lambda: check_settings(windows, env),
        check_udfs,
        check_templates,
    ]
    return [check() for check in checks]


def exit_code(checks: list[Check]) -> int:
    """Return 0 when no check failed, else 1."""
    return 1 if any(c.status is Status.FAIL for c in checks) else 0


def format_checks(checks: list[Check]) -> str:
    """Return the checklist as text, one check per line, with the fix under each failure."""
    lines = []
    for check in checks:
        line = f"{_SYMBOL[check.status]} {check.title}"
        if check.detail:
            line += f": {check.detail}"
        lines.append(line)
        if check.fix:
            lines.append(f"    {'→ Cách sửa: ' if check.status is Status.FAIL else ''}{check.fix}")
    failed = sum(c.status is Status.FAIL for c in checks)
    lines.append("")
    lines.append("Tất cả đều ổn." if not failed else f"{failed} mục cần sửa.")
    return "\n".join(lines)


def check_python() -> Check:
    """Return whether the running Python is recent enough."""
    found = ".".join(map(str, sys.version_info[:3]))
    if sys.version_info[:2] >= MIN_PYTHON:
        return Check("Python", Status.OK, f"{found} ({sys.executable})")
    need = ".".join(map(str, MIN_PYTHON))
    return Check(
        "Python", Status.FAIL, found, f"Cài Python {need} trở lên (python.org) rồi cài lại vncpc-xl."
    )


def check_xlwings() -> Check:
    """Return whether xlwings is installed at exactly the version the add-in was built with."""
    title = "xlwings"
    try:
        pinned = pinned_xlwings_version()
    except Exception as exc:  # reported, not raised: this is the diagnostic
        return Check(title, Status.FAIL, str(exc), "Cài lại vncpc-xl: pip install --force-reinstall vncpc-xl")
    try:
        found = metadata.version("xlwings")
    except metadata.PackageNotFoundError:
        return Check(title, Status.FAIL, "chưa cài", f"Chạy: pip install xlwings=={pinned}")
    if found != pinned:
        return Check(title, Status.FAIL, f"{found}, cần {pinned}", f"Chạy: pip install xlwings=={pinned}")
    return Check(title, Status.OK, found)


def check_packaged_addin() -> Check:
    """Return whether this installation carries the built add-in that `install` copies."""
    title = "Add-in đóng gói"
    path = packaged_addin()
    if path is None:
        return Check(
            title,
            Status.FAIL,
            f"không tìm thấy {ADDIN_FILE}",
            "Cài lại vncpc-xl, hoặc chạy 'vncpc-xl addin build' trong thư mục mã nguồn.",
        )
    return Check(title, Status.OK, str(path))


#: A check that needs Windows as callers see it: `check(windows, env)`.
WindowsCheck = Callable[[bool, Mapping[str, str]], Check]


class _Failed(Exception):
    """Raised inside a check that needs Windows with what was found; the check fails with its fix."""


def _windows_check(title: str, fix: str) -> Callable[[Callable[[Mapping[str, str]], str]], WindowsCheck]:
    """Return a decorator making `check(env)` a check titled `title` that needs Windows (and Excel).

    Off Windows it is skipped. It fails with `fix` when `check` raises `_Failed` or `AddinError` (an
    environment variable is not set); otherwise it passes with the detail `check` returned.
    """

    def decorate(check: Callable[[Mapping[str, str]], str]) -> WindowsCheck:
        @functools.wraps(check)
        def run(windows: bool, env: Mapping[str, str]) -> Check:
            if not windows:
                return Check(title, Status.SKIP, fix=_ONLY_WINDOWS)
            try:
                return Check(title, Status.OK, check(env))
            except (_Failed, AddinError) as exc:
                return Check(title, Status.FAIL, str(exc), fix)

        return run

    return decorate


@_windows_check("pywin32", "Chạy: pip install --force-reinstall pywin32")
def check_pywin32(env: Mapping[str, str]) -> str:
    """Return whether pywin32 (xlwings' bridge to Excel on Windows) imports."""
    try:
        import win32api  # noqa: F401
    except ImportError:
        raise _Failed("không nhập được win32api") from None
    return ""


@_windows_check("Add-in trong XLSTART", "Đóng Excel rồi chạy: vncpc-xl addin install")
def check_installed_addin(env: Mapping[str, str]) -> str:
    """Return whether XLSTART holds the add-in, identical to the packaged build."""
    installed = xlstart_dir(env) / ADDIN_FILE
    packaged = packaged_addin()
    if not installed.is_file():
        raise _Failed(f"chưa có {installed}")
    if packaged is None or _sha256(installed) != _sha256(packaged):
        raise _Failed(f"{installed} khác bản đóng gói (cũ hơn hoặc bị sửa)")
    return str(installed)


@_windows_check("Cấu hình add-in", "Chạy: vncpc-xl addin install (bằng đúng Python có cài vncpc-xl)")
def check_settings(env: Mapping[str, str]) -> str:
    """Return whether the add-in's config file names an existing interpreter and the UDF module."""
    path = user_config_path(env)
    settings = read_config(path)
    if not settings:
        raise _Failed(f"chưa có {path}")
    interpreter = config_value(settings, INTERPRETER_KEY) or ""
    if not Path(os.path.expandvars(interpreter)).is_file():
        raise _Failed(f"{INTERPRETER_KEY} = {interpreter!r} không tồn tại")
    if (config_value(settings, UDF_MODULES_KEY) or "") != UDF_MODULE:
        raise _Failed(f"{UDF_MODULES_KEY} khác {UDF_MODULE!r}")
    return f"{path} ({INTERPRETER_KEY} = {interpreter})"


#: Hand-computed from SPEC section 4: payback = 12 × 1200 / 600 = 24 months;
#: NPV = −1000 + 500/1.1 + 500/1.1² + 500/1.1³ = 243.43 (10 %, 3 years).
_UDF_CASES = (
    ("VNCPC_PAYBACK", (1200, 600), 24.0),
    ("VNCPC_NPV", (1000, 500, 10, 3), 243.4260),
)


def check_udfs() -> Check:
    """Return whether the worksheet functions import and compute known values."""
    title = "Hàm VNCPC_*"
    fix = "Cài lại vncpc-xl: pip install --force-reinstall vncpc-xl"
    try:
        import importlib

        udfs = importlib.import_module(UDF_MODULE)
        results = [(name, getattr(udfs, name)(*args), expected) for name, args, expected in _UDF_CASES]
    except Exception as exc:  # reported, not raised: this is the diagnostic
        return Check(title, Status.FAIL, f"{type(exc).__name__}: {exc}", fix)
    wrong = [
        f"{name} = {value!r}, cần {expected}"
        for name, value, expected in results
        if not isinstance(value, (int, float)) or not math.isclose(value, expected, abs_tol=1e-3)
    ]
    if wrong:
        return Check(title, Status.FAIL, "; ".join(wrong), fix)
    return Check(title, Status.OK, ", ".join(f"{name} = {value:g}" for name, value, _ in results))


def check_templates() -> Check:
    """Return whether the four workbook templates are found."""
    title = "Biểu mẫu Excel"
    fix = "Cài lại vncpc-xl, hoặc chạy 'vncpc-xl templates build' trong thư mục mã nguồn."
    try:
        from vncpc_xl.schema import KINDS
        from vncpc_xl.workbook import template_path

        missing = [kind for kind in KINDS if not template_path(kind).is_file()]
    except Exception as exc:  # reported, not raised: this is the diagnostic
        return Check(title, Status.FAIL, f"{type(exc).__name__}: {exc}", fix)
    if missing:
        return Check(title, Status.FAIL, f"thiếu {', '.join(missing)}", fix)
    return Check(title, Status.OK, ", ".join(KINDS))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def next_step_text(checks: list[Check]) -> str:
    """Return what to do after the self-test: fix what failed, else work through the checklist in Excel."""
    from vncpc_xl.addin.acceptance import checklist_text

    if exit_code(checks):
        return "Bước tiếp theo: sửa các mục ✗ theo hướng dẫn ở trên, rồi chạy lại: vncpc-xl addin doctor"
    return "Bước tiếp theo (next step): kiểm tra trong Excel.\n\n" + checklist_text()


def saved_report(checks: list[Check], when: str) -> str:
    """Return the text `doctor --save` writes: who and where, the checks, the next step."""
    import platform

    from vncpc_xl import __version__

    head = [
        f"vncpc-xl {__version__} - tự kiểm tra (self-test) {when}",
        f"Máy (machine): {platform.platform()}; người dùng (user): {os.environ.get('USERNAME') or os.environ.get('USER', '?')}",
        f"Python: {sys.version.split()[0]} {sys.executable}",
        "",
    ]
    return "\n".join([*head, format_checks(checks), "", next_step_text(checks), ""])
