"""The archive as tidy pandas DataFrames, and their export to CSV, Excel Tables or Parquet."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select

from vncpc_xl import _files
from vncpc_xl.archive.db import ArchiveError, open_engine
from vncpc_xl.archive.tables import RECORD_TABLES, ArchivedYear

if TYPE_CHECKING:
    import pandas as pd

#: The tables `frames` returns, in order; each has a ``year`` column.
TABLE_NAMES = (ArchivedYear.__tablename__, *(table.name for table in RECORD_TABLES))
FORMATS = ("csv", "xlsx", "parquet")
_ORDER = {"assessments": ["year", "id"], "options": ["year", "assessment_id", "row"]}


def frames(db: str | Engine | None = None, *, year: int | None = None) -> dict[str, pd.DataFrame]:
    """Return every archive table as a DataFrame, by table name (`TABLE_NAMES`), rows ordered by year.

    `db` is an SQLAlchemy URL or engine (default: the default archive); `year` keeps only that year.
    ``options`` rows carry ``assessment_id`` (the ``id`` of ``assessments``) to join them on.
    """
    import pandas as pd

    engine = db if isinstance(db, Engine) else open_engine(db)
    tables = (ArchivedYear.__table__, *RECORD_TABLES)
    out: dict[str, pd.DataFrame] = {}
    with engine.connect() as connection:
        for table in tables:
            query = select(table)
            if year is not None:
                query = query.where(table.c.year == year)
            order = _ORDER.get(table.name, ["year", "id"] if "id" in table.c else ["year"])
            query = query.order_by(*(table.c[name] for name in order))
            result = connection.execute(query)
            out[table.name] = pd.DataFrame(result.fetchall(), columns=list(result.keys()))
    if not isinstance(db, Engine):
        engine.dispose()
    return out


def export(db: str | Engine | None, fmt: str, out: Path, *, year: int | None = None) -> list[Path]:
    """Write the archive's tables to `out` in `fmt`; return the files written.

    ``xlsx``: one workbook `out`, a sheet and an Excel Table per table. ``csv`` (UTF-8 with BOM, so Excel
    reads the Vietnamese letters) and ``parquet``: one file per table in folder `out` (created if needed).
    Raises `ArchiveError` when `year` is given but not archived.
    """
    if fmt not in FORMATS:
        raise ArchiveError(
            f"Định dạng '{fmt}' không có; hãy chọn csv, xlsx hoặc parquet.",
            f"Format '{fmt}' is not available: choose csv, xlsx or parquet.",
        )
    tables = frames(db, year=year)
    if year is not None and tables["years"].empty:
        raise ArchiveError(
            f"Năm {year} chưa có trong kho dữ liệu; hãy xem danh sách bằng vncpc-xl archive list.",
            f"Year {year} is not in the archive; see vncpc-xl archive list.",
        )
    if fmt == "xlsx":
        from vncpc_xl.workbook.tables_xlsx import write_tables_xlsx

        return [write_tables_xlsx(out, {name: _plain(frame) for name, frame in tables.items()})]
    Path(out).mkdir(parents=True, exist_ok=True)
    return [_write_one(frame, Path(out) / f"{name}.{fmt}", fmt) for name, frame in tables.items()]


def _plain(frame: pd.DataFrame) -> tuple[list[str], list[list[object]]]:
    rows = frame.astype(object).where(frame.notna(), None).values.tolist()
    return [str(column) for column in frame.columns], rows


def _write_one(frame: pd.DataFrame, path: Path, fmt: str) -> Path:
    buffer = io.BytesIO()
    if fmt == "csv":
        buffer.write(frame.to_csv(index=False).encode("utf-8-sig"))
    else:
        import pyarrow  # noqa: F401  (pandas' Parquet engine; imported here so a missing one fails clearly)

        frame.to_parquet(buffer, index=False, engine="pyarrow")
    return _files.write_atomic(path, buffer.getvalue())
