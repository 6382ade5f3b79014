"""The ribbon's log: one line for every error a button met, with the traceback of unexpected ones."""

from __future__ import annotations

import datetime
import traceback
from pathlib import Path


def log_path() -> Path:
    """Return the log file of the ribbon (``%LOCALAPPDATA%\\vncpc-xl\\Logs\\ribbon.log`` on Windows)."""
    from platformdirs import user_log_dir

    return Path(user_log_dir("vncpc-xl", appauthor=False)) / "ribbon.log"


def log_error(button: str, exc: BaseException, *, details: bool) -> Path:
    """Append a line for `exc` met by `button` (and its traceback when `details`); return the log's path."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now().isoformat(timespec="seconds")
    first_line = str(exc).splitlines()[0] if str(exc) else ""
    with path.open("a", encoding="utf-8") as log:
        log.write(f"{stamp} {button}: {type(exc).__name__}: {first_line}\n")
        if details:
            log.write("".join(traceback.format_exception(exc)) + "\n")
    return path
