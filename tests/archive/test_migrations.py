"""The shipped Alembic revisions create exactly the models' schema, and upgrading keeps what is stored."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Engine, MetaData, Table, create_engine, insert, inspect, select, text

from vncpc_xl import __version__
from vncpc_xl.archive import ArchiveError, archive_folder, frames, upgrade
from vncpc_xl.archive.db import _alembic_config, _create, current_revision, head_revision
from vncpc_xl.archive.tables import Base


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(_alembic_config(None))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_migrations_match_the_models(db_url: str) -> None:
    engine = _create(db_url)
    upgrade(engine)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_every_table_and_the_revision_are_there(db_url: str) -> None:
    engine = _create(db_url)
    assert current_revision(engine) is None
    upgrade(engine)
    assert current_revision(engine) == head_revision() == _revisions()[-1]
    assert set(inspect(engine).get_table_names()) == set(Base.metadata.tables) | {"alembic_version"}
    engine.dispose()


def _copy_rows(source: Engine, target: Engine) -> None:
    """Copy every row of `source` into `target`, keeping only the columns `target`'s schema has."""
    with source.connect() as reading, target.begin() as writing:
        for table in Base.metadata.sorted_tables:
            columns = [column["name"] for column in inspect(writing).get_columns(table.name)]
            rows = [dict(row) for row in reading.execute(select(table)).mappings()]
            old = Table(table.name, MetaData(), *(Column(name) for name in columns))
            if rows:
                writing.execute(insert(old), [{name: row[name] for name in columns} for row in rows])


def _naive(frame: pd.DataFrame) -> pd.DataFrame:
    """Return `frame` with its time stamps in naive UTC (SQLite, the copy's source, keeps no time zone)."""
    frame = frame.copy()
    for column in frame.select_dtypes(include=["datetimetz"]):
        frame[column] = frame[column].dt.tz_convert("UTC").dt.tz_localize(None)
    return frame


def test_a_year_stored_at_the_first_revision_survives_every_upgrade(
    db_url: str, year_folders, tmp_path: Path
) -> None:
    """A year written by the first revision's schema is all there after upgrading to the head."""
    current = _create(f"sqlite:///{tmp_path / 'current.sqlite'}")
    upgrade(current)
    archive_folder(year_folders[2002], current)
    expected = frames(current)
    old = _create(db_url)
    upgrade(old, _revisions()[0])
    _copy_rows(current, old)
    assert "program_version" not in {c["name"] for c in inspect(old).get_columns("years")}
    upgrade(old)
    after = frames(old)
    assert current_revision(old) == head_revision() != _revisions()[0]
    assert list(after["years"]["program_version"]) == [None]  # unknown for years stored before revision 0002
    assert expected["years"]["program_version"].tolist() == [__version__]
    for name, frame in expected.items():
        columns = [c for c in frame.columns if c != "program_version"]
        assert _naive(after[name][columns]).equals(_naive(frame[columns])), name
    for engine in (current, old):
        engine.dispose()


def test_an_archive_of_a_newer_version_is_refused_unchanged(db_url: str, year_folders) -> None:
    engine = _create(db_url)
    upgrade(engine)
    archive_folder(year_folders[2002], engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(ArchiveError) as caught:
        upgrade(engine)
    assert "phiên bản vncpc-xl mới hơn" in caught.value.message_vi and "9999" in caught.value.message_en
    assert list(frames(engine)["years"]["year"]) == [2002]
    engine.dispose()


def test_the_default_archive_is_an_sqlite_file_in_the_data_folder(tmp_path: Path, year_folders) -> None:
    archive_folder(year_folders[2002])  # conftest points the user data folder at tmp_path / "data"
    path = tmp_path / "data" / "kho_du_lieu.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert list(frames(engine)["years"]["year"]) == [2002]
    engine.dispose()
