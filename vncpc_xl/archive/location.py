"""Where the default archive lives: an SQLite file in the user data folder (no database library imported here)."""

from __future__ import annotations

import os
from pathlib import Path

#: Environment variable naming another folder for the default archive file (tests, portable installs).
DATA_DIR_VARIABLE = "VNCPC_XL_DATA_DIR"
DEFAULT_FILE = "kho_du_lieu.sqlite"


def default_path() -> Path:
    """Return the default archive file: ``kho_du_lieu.sqlite`` in platformdirs' user data folder of vncpc-xl."""
    folder = os.environ.get(DATA_DIR_VARIABLE)
    if not folder:
        from platformdirs import user_data_dir

        folder = user_data_dir("vncpc-xl", appauthor=False)
    return Path(folder) / DEFAULT_FILE


def default_url() -> str:
    """Return the URL of the default archive (`default_path` as an SQLite URL)."""
    return f"sqlite:///{default_path()}"
