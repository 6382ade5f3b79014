"""`archive_folder`: a year's folder → consolidated, validated exactly as for the report, stored in the archive."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path

from sqlalchemy import Engine

from vncpc_xl.archive.db import open_engine
from vncpc_xl.archive.store import Stored, store_year
from vncpc_xl.consolidate import YearData, consolidate
from vncpc_xl.errors import ValidationFailed

Progress = Callable[[int, int, str], None]


def consolidate_checked(
    folder: Path, *, cache: bool = False, progress: Progress | None = None, workers: int | None = None
) -> YearData:
    """Return the consolidated year of `folder`; raise `ValidationFailed` with every issue on any error."""
    from vncpc_xl.consolidate.cache import ReadCache

    with ReadCache() if cache else nullcontext() as store:
        data = consolidate(Path(folder), progress=progress, workers=workers, cache=store)
    if data.errors:
        raise ValidationFailed(list(data.issues))
    return data


def archive_folder(
    folder: Path,
    db: str | Engine | None = None,
    *,
    cache: bool = False,
    progress: Progress | None = None,
    workers: int | None = None,
) -> tuple[Stored, YearData]:
    """Consolidate `folder` as `report` does and store its year in the archive `db`; return what was done.

    Any error: nothing is stored and `ValidationFailed` carries every issue. The workbooks are only read.
    `db` is an SQLAlchemy URL or engine (default: the SQLite file in the user data folder).
    """
    data = consolidate_checked(folder, cache=cache, progress=progress, workers=workers)
    engine = db if isinstance(db, Engine) else open_engine(db)
    try:
        return store_year(engine, data), data
    finally:
        if not isinstance(db, Engine):
            engine.dispose()
