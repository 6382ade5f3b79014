"""The add-in's names and places (product, source tree, pinned xlwings, Excel folders) and its error."""

from __future__ import annotations

import os
import re
import site
import sys
from collections.abc import Mapping
from importlib import metadata
from pathlib import Path

from vncpc_xl.errors import BilingualError

#: xlwings' PROJECT_NAME of the add-in: config sheet ``vncpc.conf``,
#: config file ``%USERPROFILE%\.vncpc\vncpc.conf``.
PRODUCT = "vncpc"
#: The name of the VBA project inside the add-in (shown in the VBA editor).
VBA_PROJECT_NAME = "VNCPC"
ADDIN_FILE = f"{PRODUCT}.xlam"
#: The Python module whose xlwings-decorated functions become the add-in's worksheet functions.
UDF_MODULE = "vncpc_xl.udfs"
#: The custom add-in template shipped inside the xlwings package (`xlwings quickstart NAME --addin --ribbon`).
TEMPLATE_FILE = "quickstart_addin_ribbon.xlam"
#: The name the template carries wherever ours must go (PROJECT_NAME, config sheet, VBA project).
TEMPLATE_PRODUCT = "myaddin"


class AddinError(BilingualError):
    """A problem building, installing or checking the add-in: carries a Vietnamese and an English message."""


_PIN = re.compile(r"""["']xlwings\s*==\s*([0-9][^"';,\s]*)["']""")
_PACKAGE_DIR = Path(__file__).resolve().parents[1]


def source_root() -> Path | None:
    """Return the source tree this package runs from (the folder with pyproject.toml and addin/), if any."""
    root = _PACKAGE_DIR.parent
    if (root / "pyproject.toml").is_file() and (root / "addin").is_dir():
        return root
    return None


def pinned_xlwings_version(pyproject: Path | None = None) -> str:
    """Return the xlwings version the product pins (``xlwings==X`` in pyproject.toml or installed metadata).

    `pyproject` names the pyproject.toml to read; without it the installed distribution's requirements are
    read first, then the source tree's pyproject.toml.
    """
    if pyproject is None:
        try:
            for requirement in metadata.requires("vncpc-xl") or []:
                found = _PIN.search(f'"{requirement.split(";")[0].replace(" ", "")}"')
                if found:
                    return found.group(1)
        except metadata.PackageNotFoundError:
            pass
        root = source_root()
        if root is None:
            raise AddinError(
                "Không tìm thấy phiên bản xlwings được ghim (xlwings==...) của vncpc-xl.",
                "The pinned xlwings version (xlwings==...) of vncpc-xl was not found.",
            )
        pyproject = root / "pyproject.toml"
    found = _PIN.search(pyproject.read_text(encoding="utf-8"))
    if not found:
        raise AddinError(
            f"{pyproject}: không có dòng phụ thuộc 'xlwings==...'.",
            f"{pyproject}: no 'xlwings==...' requirement.",
        )
    return found.group(1)


def packaged_addin() -> Path | None:
    """Return the built add-in that ships with this installation, if any.

    A source checkout has it in ``addin/``; an installed wheel puts it in ``<prefix>/share/vncpc-xl/`` (the
    ``data-files`` of pyproject.toml), where the prefix is the environment's or, for ``pip install --user``,
    the user base.
    """
    root = source_root()
    candidates = [root / "addin" / ADDIN_FILE] if root is not None else []
    for prefix in (sys.prefix, site.getuserbase()):
        candidates.append(Path(prefix) / "share" / "vncpc-xl" / ADDIN_FILE)
    return next((path for path in candidates if path.is_file()), None)


def xlstart_dir(env: Mapping[str, str] | None = None) -> Path:
    """Return the user's Excel start-up folder, ``%APPDATA%\\Microsoft\\Excel\\XLSTART``."""
    env = os.environ if env is None else env
    return Path(_required(env, "APPDATA")) / "Microsoft" / "Excel" / "XLSTART"


def user_config_path(env: Mapping[str, str] | None = None) -> Path:
    """Return the add-in's user config file, ``%USERPROFILE%\\.vncpc\\vncpc.conf`` (where its VBA looks)."""
    env = os.environ if env is None else env
    return Path(_required(env, "USERPROFILE")) / f".{PRODUCT}" / f"{PRODUCT}.conf"


def _required(env: Mapping[str, str], name: str) -> str:
    value = env.get(name)
    if not value:
        raise AddinError(f"Biến môi trường {name} chưa được đặt.", f"Environment variable {name} is not set.")
    return value
