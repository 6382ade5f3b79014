"""Writers at once, and a writer killed mid-way, on a real SQLite file and a real PostgreSQL server."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from vncpc_xl.archive import archive_folder, frames, list_years, open_engine

_ADD = """
import sys
from vncpc_xl.archive import archive_folder
archive_folder(sys.argv[1], sys.argv[2])
"""

# Replaces the year, and kills its own process (SIGKILL: no clean-up at all) at the first option row.
_KILLED_ADD = """
import os, signal, sys
from sqlalchemy import event
from vncpc_xl.archive import archive_folder, open_engine
engine = open_engine(sys.argv[2])

@event.listens_for(engine, "before_cursor_execute")
def _die(conn, cursor, statement, parameters, context, executemany):
    if statement.startswith("INSERT INTO options"):
        os.kill(os.getpid(), signal.SIGKILL)

archive_folder(sys.argv[1], engine)
"""


def _python(code: str, *args: object) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", code, *map(str, args)], stderr=subprocess.PIPE, text=True)


def test_two_adds_of_different_years_at_once_both_land(db_url: str, year_folders) -> None:
    runs = [_python(_ADD, year_folders[year], db_url) for year in (2002, 2003)]  # on a new, empty archive
    for run in runs:
        _, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
    engine = open_engine(db_url)
    assert [entry.year for entry in list_years(engine)] == [2002, 2003]
    assert sorted(frames(engine)["assessments"]["year"]) == [2002, 2002, 2003, 2003]
    engine.dispose()


def test_a_killed_add_leaves_the_archive_as_it_was(db_url: str, year_folders, tmp_path: Path) -> None:
    engine = open_engine(db_url)
    archive_folder(year_folders[2003], engine)
    before = frames(engine)
    changed = Path(shutil.copytree(year_folders[2003], tmp_path / "2003"))
    (changed / "audits" / "a2.xlsx").unlink()
    run = _python(_KILLED_ADD, changed, db_url)
    run.communicate(timeout=300)
    assert run.returncode == -9
    engine.dispose()
    engine = open_engine(db_url)  # a new connection sees only committed data
    after = frames(engine)
    for name, frame in before.items():
        assert after[name].equals(frame), name
    assert archive_folder(changed, engine)[0].outcome == "replaced"  # the archive is usable afterwards
    engine.dispose()
