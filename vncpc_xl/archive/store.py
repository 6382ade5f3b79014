"""Adding, replacing, listing and removing archived years, each in one transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Connection, Engine, delete, func, insert, select

from vncpc_xl.archive._records import record_rows, year_row
from vncpc_xl.archive.db import ArchiveError, writing
from vncpc_xl.archive.tables import RECORD_TABLES, ArchivedYear, AssessmentRow, OptionRow, SourceFileRow
from vncpc_xl.consolidate import YearData

YEARS = ArchivedYear.__table__


class Outcome(StrEnum):
    ADDED = "added"
    REPLACED = "replaced"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class Stored:
    """What `store_year` did with `year`: added, replaced an earlier version, or found the same files."""

    year: int
    outcome: Outcome
    assessments: int
    options: int


@dataclass(frozen=True)
class YearEntry:
    """One archived year as `list_years` shows it."""

    year: int
    centre_name: str
    added_at: dt.datetime
    companies: int
    completed: int
    courses: int
    staff: int
    files: tuple[str, ...]
    program_version: str | None = None  # None: stored by a version before the archive recorded it


def store_year(engine: Engine, data: YearData) -> Stored:
    """Store the records of `data` as its year, in one transaction; return what was done.

    The same source files as the archived version change nothing (`Outcome.UNCHANGED`); other files
    replace every record of the year atomically. `data` must be free of errors (the caller validates).
    """
    if data.year is None or data.errors:
        raise ArchiveError(
            "Không lưu vào kho: số liệu của năm còn lỗi.", "Not archived: the year's data have errors."
        )
    row = year_row(data)
    with writing(engine) as connection:
        digest = connection.scalar(select(YEARS.c.source_digest).where(YEARS.c.year == data.year))
        counts = (len(data.audits.assessments), sum(len(a.option_results) for a in data.audits.assessments))
        if digest == row["source_digest"]:
            return Stored(data.year, Outcome.UNCHANGED, *counts)
        if digest is not None:
            _delete_year(connection, data.year)
        connection.execute(insert(YEARS), [{**row, "added_at": dt.datetime.now(dt.UTC)}])
        for table_name, rows in record_rows(data, _next_ids(connection)).items():
            if rows:
                connection.execute(insert(_table(table_name)), rows)
    return Stored(data.year, Outcome.ADDED if digest is None else Outcome.REPLACED, *counts)


def _table(name: str):  # type: ignore[no-untyped-def]
    return next(table for table in RECORD_TABLES if table.name == name)


def _next_ids(connection: Connection) -> dict[str, int]:
    """Return the next free id of the two tables whose ids link rows (writers are serialised)."""
    return {
        table.name: (connection.scalar(select(func.max(table.c.id))) or 0) + 1
        for table in (AssessmentRow.__table__, OptionRow.__table__)
    }


def _delete_year(connection: Connection, year: int) -> None:
    for table in reversed(RECORD_TABLES):
        connection.execute(delete(table).where(table.c.year == year))
    connection.execute(delete(YEARS).where(YEARS.c.year == year))


def remove_year(engine: Engine, year: int) -> bool:
    """Remove `year` and all its records in one transaction; return False when it was not archived."""
    with writing(engine) as connection:
        if connection.scalar(select(YEARS.c.year).where(YEARS.c.year == year)) is None:
            return False
        _delete_year(connection, year)
    return True


def list_years(engine: Engine) -> list[YearEntry]:
    """Return every archived year, oldest first, with its counts and source files."""
    sources = SourceFileRow.__table__
    with engine.connect() as connection:
        years = connection.execute(select(YEARS).order_by(YEARS.c.year)).mappings().all()
        files: dict[int, list[str]] = {}
        for year, path in connection.execute(
            select(sources.c.year, sources.c.path).where(sources.c.included).order_by(sources.c.path)
        ):
            files.setdefault(year, []).append(path)
    return [
        YearEntry(
            year=row["year"],
            centre_name=row["centre_name"],
            added_at=row["added_at"],
            companies=row["companies"],
            completed=row["completed"],
            courses=row["courses_held"] + row["seminars_held"],
            staff=row["staff_count"],
            files=tuple(files.get(row["year"], ())),
            program_version=row["program_version"],
        )
        for row in years
    ]
