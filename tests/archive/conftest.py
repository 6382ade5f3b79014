"""Fixtures: the three synthetic years as real folders, and an empty archive on SQLite or PostgreSQL.

PostgreSQL is a real, throw-away server: ``initdb`` and ``pg_ctl`` of Debian's ``postgresql`` package start a
cluster in a temporary folder on a free port of 127.0.0.1 for the test session. ``initdb`` refuses to run as
root, so as root the cluster is run by the ``postgres`` user. Without the binaries the PostgreSQL cases skip.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from .years import YEARS, write_year


@pytest.fixture(scope="session")
def year_folders(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    """Return year → folder of the three synthetic years (written once; copy before changing)."""
    root = tmp_path_factory.mktemp("years")
    return {year: write_year(root / str(year), spec) for year, spec in YEARS.items()}


def _pg_bindir() -> Path | None:
    try:
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=True).stdout
        if (Path(out.strip()) / "initdb").exists():
            return Path(out.strip())
    except (OSError, subprocess.CalledProcessError):
        pass
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """Start a throw-away PostgreSQL cluster; yield its base URL (no database name); stop and delete it."""
    bindir = _pg_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql): initdb not found")
    as_root = os.geteuid() == 0
    if as_root and shutil.which("runuser") is None:
        pytest.skip("running as root without runuser: initdb cannot be run as the postgres user")
    folder = Path(tempfile.mkdtemp(prefix="vncpc-pg-"))
    prefix: list[str] = []
    if as_root:
        shutil.chown(folder, "postgres", "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    data, port = folder / "data", _free_port()

    def run(*args: str) -> None:
        subprocess.run([*prefix, *args], check=True, capture_output=True, cwd=folder)

    run(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8")
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    run(str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(folder, ignore_errors=True)


def _new_database(server: str) -> str:
    import psycopg

    name = f"archive_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server.replace("+psycopg", "") + "/postgres", autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Return the URL of a new, empty archive: an SQLite file, or a database on the throw-away server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kho.sqlite'}"
    return _new_database(request.getfixturevalue("pg_server"))


@pytest.fixture
def engine(db_url: str) -> Iterator[object]:
    """Return an engine on the new archive, schema at the head; disposed afterwards."""
    from vncpc_xl.archive import open_engine

    opened = open_engine(db_url)
    yield opened
    opened.dispose()


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the default archive of the commands under test out of the user's data folder."""
    monkeypatch.setenv("VNCPC_XL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("USERPROFILE", raising=False)
