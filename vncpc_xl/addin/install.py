"""Install the add-in for one Windows user: the .xlam into XLSTART, the interpreter into its config file.

This follows xlwings' custom add-in pattern: the add-in's VBA (xlwings' own module, with PROJECT_NAME
"vncpc") reads its settings from ``%USERPROFILE%\\.vncpc\\vncpc.conf``, a file of ``"KEY","value"`` lines
as written by VBA's ``Write #`` (and by ``xlwings config create``). Excel opens every file of
``%APPDATA%\\Microsoft\\Excel\\XLSTART`` when it starts, so copying the add-in there installs it.
"""

from __future__ import annotations

import csv
import io
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from vncpc_xl._files import write_atomic
from vncpc_xl.addin._common import ADDIN_FILE, UDF_MODULE, AddinError

#: The settings install writes; the add-in's VBA reads them with GetConfig (keys compared case-insensitively).
INTERPRETER_KEY = "INTERPRETER_WIN"
UDF_MODULES_KEY = "UDF MODULES"


@dataclass(frozen=True)
class Installed:
    """Where `install_addin` put the add-in and its settings."""

    addin: Path
    config: Path
    settings: dict[str, str]


def ansi_encoding() -> str:
    """Return the encoding VBA reads text files in: the Windows ANSI code page (``mbcs``), else UTF-8."""
    return "mbcs" if sys.platform == "win32" else "utf-8"


def read_config(path: Path, encoding: str | None = None) -> dict[str, str]:
    """Return the ``"KEY","value"`` settings of config file `path` (empty if missing), keys as written."""
    if not path.is_file():
        return {}
    text = path.read_text(encoding=encoding or ansi_encoding())
    return {row[0]: row[1] for row in csv.reader(io.StringIO(text)) if len(row) >= 2 and row[0]}


def config_value(settings: dict[str, str], key: str) -> str | None:
    """Return the value of `key` in `settings`, matching keys without regard to case (as the VBA does)."""
    return next((v for k, v in settings.items() if k.casefold() == key.casefold()), None)


def write_config(path: Path, updates: dict[str, str], encoding: str | None = None) -> dict[str, str]:
    """Set `updates` in config file `path`, keeping the user's other settings; return all settings written."""
    for key, value in updates.items():
        if '"' in key + value or "\n" in key + value:
            raise AddinError(
                f"Giá trị cấu hình {key} không được chứa dấu ngoặc kép hay xuống dòng: {value!r}.",
                f"Config value {key} must not contain quotes or line breaks: {value!r}.",
            )
    settings = {k: v for k, v in read_config(path, encoding).items() if k.casefold() not in _folded(updates)}
    settings.update(updates)
    text = "".join(f'"{key}","{value}"\r\n' for key, value in settings.items())
    try:
        data = text.encode(encoding or ansi_encoding())
    except UnicodeEncodeError as exc:
        raise AddinError(
            f"Không ghi được {path}: đường dẫn có ký tự mà Excel (VBA) không đọc được "
            f"({exc.object[exc.start]!r}). "
            "Hãy cài Python vào thư mục chỉ có chữ không dấu, ví dụ C:\\Python311.",
            f"Cannot write {path}: a path holds a character VBA cannot read ({exc.object[exc.start]!r}). "
            "Install Python in a folder with plain ASCII letters, e.g. C:\\Python311.",
        ) from exc
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data)
    return settings


def _folded(mapping: dict[str, str]) -> set[str]:
    return {key.casefold() for key in mapping}


def install_addin(
    addin: Path, xlstart: Path, config: Path, *, interpreter: str, encoding: str | None = None
) -> Installed:
    """Copy `addin` into the `xlstart` folder and write the interpreter and UDF module into `config`."""
    target = xlstart / ADDIN_FILE
    xlstart.mkdir(parents=True, exist_ok=True)
    try:
        shutil.copyfile(addin, target)
    except PermissionError as exc:
        raise AddinError(
            f"Không ghi đè được {target}: Excel đang mở add-in. Hãy đóng Excel rồi chạy lại lệnh.",
            f"Cannot overwrite {target}: Excel has the add-in open. Close Excel and run the command again.",
        ) from exc
    settings = write_config(config, {INTERPRETER_KEY: interpreter, UDF_MODULES_KEY: UDF_MODULE}, encoding)
    return Installed(target, config, settings)


def remove_addin(xlstart: Path, config: Path) -> list[Path]:
    """Delete the add-in from `xlstart` and its config file; return the paths removed."""
    removed = []
    for path in (xlstart / ADDIN_FILE, config):
        if path.is_file():
            try:
                path.unlink()
            except PermissionError as exc:
                raise AddinError(
                    f"Không xóa được {path}: Excel đang mở nó. Hãy đóng Excel rồi chạy lại lệnh.",
                    f"Cannot delete {path}: Excel has it open. Close Excel and run the command again.",
                ) from exc
            removed.append(path)
    if config.parent.is_dir() and not any(config.parent.iterdir()):
        config.parent.rmdir()
    return removed
