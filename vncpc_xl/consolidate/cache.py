"""The re-run cache: each workbook's `Loaded` record, kept between runs and keyed by the file's contents.

Fixing one workbook and running the report again then reads only that workbook. An entry's key is the
SHA-256 of the file's bytes together with its path in the folder, the program's fingerprint (a hash of
the package's code and data, which covers the factor table) and the factor table's own hash: a changed
file, a moved file or another program never meets an old entry. Entries are plain JSON (`_plain`) in one
SQLite file in the user cache folder (platformdirs; ``VNCPC_XL_CACHE_DIR`` chooses another folder).

The cache is only ever a shortcut: a damaged or foreign entry is ignored and replaced, a damaged database
file is set aside and rebuilt, and any other problem (read-only folder, a locked database) turns the cache
off for the run. None of them is reported to the user or stops the run.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sqlite3
import time
from pathlib import Path
from types import TracebackType

from vncpc_xl.consolidate import _plain
from vncpc_xl.consolidate.load import Loaded

CACHE_ENV = "VNCPC_XL_CACHE_DIR"
FILE_NAME = "reads.sqlite3"
FORMAT = "1"  # of the tables below and of `_plain`'s tags
KEEP_DAYS = 90  # entries not used for this long are dropped
MAX_BYTES = 50 * 1024 * 1024  # larger files are left to the reader, which refuses them
PACKAGE = Path(__file__).resolve().parents[1]
FACTORS = PACKAGE / "core" / "data" / "factors.csv"
# Entries decoded in this process, by key, with the text they were decoded from: a run in the same process
# (the ribbon's, in Excel's Python) that reads the same text from the file takes the same record again
# instead of decoding it twice. The file stays the authority: another text is decoded (and checked) anew.
_DECODED: dict[str, tuple[str, Loaded]] = {}
DECODED_KEPT = 20_000
SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, data TEXT NOT NULL, used REAL NOT NULL)",
)


def default_path() -> Path:
    """Return the cache file: in ``$VNCPC_XL_CACHE_DIR`` when set, else in the user cache folder."""
    folder = os.environ.get(CACHE_ENV)
    if not folder:
        from platformdirs import user_cache_dir

        folder = user_cache_dir("vncpc-xl", appauthor=False)
    return Path(folder) / FILE_NAME


@functools.cache
def program_fingerprint() -> str:
    """Return a hash of the package's code and data files: another program version never reuses an entry."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in {".py", ".csv"} and path.is_file():
            digest.update(path.relative_to(PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


@functools.cache
def factors_hash() -> str:
    """Return the SHA-256 of the emission-factor table."""
    return hashlib.sha256(FACTORS.read_bytes()).hexdigest()


def file_sha256(path: Path) -> str | None:
    """Return the SHA-256 of the file at `path`, or None when it cannot (or should not) be read here."""
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class ReadCache:
    """The re-run cache at `path` (default `default_path`); use as a context manager, or call `close`."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self._db: sqlite3.Connection | None = None
        self._opened = False
        self._new: dict[str, str] = {}
        self._used: list[str] = []
        self.hits = 0
        self.misses = 0

    def __enter__(self) -> ReadCache:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    @staticmethod
    def key(sha256: str, rel: str) -> str:
        """Return the entry key of a file with contents `sha256` shown as `rel`."""
        parts = (FORMAT, sha256, rel, program_fingerprint(), factors_hash())
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    def lookup(self, path: Path, rel: str) -> Loaded | None:
        """Return the kept record of the workbook at `path` (shown as `rel`) when its contents are unchanged."""
        sha256 = file_sha256(path)
        if sha256 is None:
            self.misses += 1
            return None
        return self.get(sha256, rel)

    def get(self, sha256: str, rel: str) -> Loaded | None:
        """Return the record of the file with contents `sha256` at `rel`, or None (never a wrong one)."""
        db = self._connection()
        loaded = None
        if db is not None:
            key = self.key(sha256, rel)
            try:
                row = db.execute("SELECT data FROM entries WHERE key = ?", (key,)).fetchone()
            except sqlite3.Error:
                row = None
            loaded = _decoded(key, row[0] if row else None, sha256, rel)
            if loaded is not None:
                self._used.append(key)
        self.hits += loaded is not None
        self.misses += loaded is None
        return loaded

    def put(self, loaded: Loaded) -> None:
        """Keep `loaded` (written to the file on `close`); a record that is not plain data is skipped."""
        if not loaded.sha256 or self._connection() is None:
            return
        key = self.key(loaded.sha256, loaded.path)
        try:
            self._new[key] = data = _plain.dumps(loaded)
        except _plain.NotPlain:
            return
        _remember(key, data, loaded)  # what decoding `data` gives: `_plain` writes records exactly

    def close(self) -> None:
        """Write the new entries, mark the used ones and drop the stale ones; never raises."""
        db, self._db = self._db, None
        if db is None and self._new:
            self._opened = False
            db = self._connection()
            self._db = None
        if db is None:
            return
        now = time.time()
        try:
            with db:
                db.executemany(
                    "INSERT OR REPLACE INTO entries (key, data, used) VALUES (?, ?, ?)",
                    [(key, data, now) for key, data in self._new.items()],
                )
                db.executemany("UPDATE entries SET used = ? WHERE key = ?", [(now, k) for k in self._used])
                db.execute("DELETE FROM entries WHERE used < ?", (now - KEEP_DAYS * 86400,))
        except sqlite3.Error:
            pass
        finally:
            db.close()
            self._new.clear()
            self._used.clear()

    def _connection(self) -> sqlite3.Connection | None:
        if not self._opened:
            self._opened = True
            self._db = _open(self.path)
        return self._db


def _decoded(key: str, data: str | None, sha256: str, rel: str) -> Loaded | None:
    """Return `_checked` of an entry's text, decoded once per process for the same key and text."""
    known = _DECODED.get(key)
    if known is not None and data is not None and known[0] == data:
        return known[1]
    loaded = _checked(data, sha256, rel)
    if loaded is not None and data is not None:
        _remember(key, data, loaded)
    return loaded


def _remember(key: str, data: str, loaded: Loaded) -> None:
    if len(_DECODED) >= DECODED_KEPT:
        _DECODED.clear()
    _DECODED[key] = (data, loaded)


def _checked(data: str | None, sha256: str, rel: str) -> Loaded | None:
    """Return the record of an entry's text when it is one of ours for exactly this file, else None."""
    if data is None:
        return None
    try:
        loaded = _plain.loads(data)
    except _plain.NotPlain:
        return None
    if type(loaded) is not Loaded or loaded.sha256 != sha256 or loaded.path != rel:
        return None
    return loaded


def _open(path: Path) -> sqlite3.Connection | None:
    """Return a connection to the cache database at `path`, rebuilt when damaged; None when unusable."""
    for attempt in range(2):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=2)
        except (OSError, sqlite3.Error):
            return None
        try:
            _prepare(db)
            return db
        except sqlite3.OperationalError:  # locked by another run, read-only folder: no cache this time
            db.close()
            return None
        except sqlite3.DatabaseError:  # not a database, or a damaged one
            db.close()
            if attempt or not _set_aside(path):
                return None
    return None


def _prepare(db: sqlite3.Connection) -> None:
    """Create the tables; empty them when they were written by another cache format."""
    with db:
        for statement in SCHEMA:
            db.execute(statement)
        row = db.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
        if row is None or row[0] != FORMAT:
            db.execute("DELETE FROM entries")
            db.execute("INSERT OR REPLACE INTO meta (name, value) VALUES ('format', ?)", (FORMAT,))


def _set_aside(path: Path) -> bool:
    """Remove a damaged cache file (it holds nothing that cannot be rebuilt); return True when done."""
    try:
        path.unlink(missing_ok=True)
        for suffix in ("-journal", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    except OSError:
        return False
    return True
