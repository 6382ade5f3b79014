"""The shipped Alembic revisions create exactly the models' schema, and upgrading keeps what is stored."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from vncpc_xl.archive import archive_folder, frames, upgrade
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


def test_a_year_added_at_the_first_revision_survives_the_upgrade(db_url: str, year_folders) -> None:
    engine = _create(db_url)
    upgrade(engine, _revisions()[0])
    archive_folder(year_folders[2002], engine)  # the first revision is the head: the store writes it
    before = frames(engine)
    upgrade(engine)
    after = frames(engine)
    assert list(after["years"]["year"]) == [2002]
    for name, frame in before.items():
        assert after[name][frame.columns].equals(frame), name
    engine.dispose()


def test_the_default_archive_is_an_sqlite_file_in_the_data_folder(tmp_path: Path, year_folders) -> None:
    archive_folder(year_folders[2002])  # conftest points the user data folder at tmp_path / "data"
    path = tmp_path / "data" / "kho_du_lieu.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert list(frames(engine)["years"]["year"]) == [2002]
    engine.dispose()
