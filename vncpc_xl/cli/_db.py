"""Which archive a command uses: ``--db``, else ``db`` in vncpc.conf, else the default SQLite file."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

from vncpc_xl.addin.install import config_value, read_config

_PLAIN_LINE = re.compile(r"^\s*db\s*=\s*(.+?)\s*$", re.IGNORECASE)


def config_file(env: Mapping[str, str] | None = None) -> Path:
    """Return vncpc.conf: ``%USERPROFILE%\\.vncpc\\vncpc.conf`` on Windows, ``~/.vncpc/vncpc.conf`` elsewhere."""
    env = os.environ if env is None else env
    home = env.get("USERPROFILE") or env.get("HOME") or str(Path.home())
    return Path(home) / ".vncpc" / "vncpc.conf"


def configured_db(env: Mapping[str, str] | None = None) -> str | None:
    """Return the archive URL set in vncpc.conf (a ``"DB","url"`` line, or ``db = url``), or None."""
    path = config_file(env)
    if not path.is_file():
        return None
    value = config_value(read_config(path, "utf-8"), "DB")
    if value:
        return value.strip()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        match = _PLAIN_LINE.match(line)
        if match:
            return match.group(1).strip().strip('"')
    return None


def archive_url(explicit: str | None) -> str | None:
    """Return the archive URL a command uses: `explicit` (``--db``), else vncpc.conf's, else None (default)."""
    return explicit or configured_db()


def report_archive(explicit: str | None, *, enabled: bool = True) -> str | None:
    """Return the archive `report` reads: ``--db``, vncpc.conf's, or the default file when it exists; else None."""
    if not enabled:
        return None
    url = archive_url(explicit)
    if url is not None:
        return url
    from vncpc_xl.archive.location import default_path, default_url

    return default_url() if default_path().is_file() else None
