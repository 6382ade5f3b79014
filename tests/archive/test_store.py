"""Adding, replacing and removing years on a real SQLite file and a real PostgreSQL server."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from vncpc_xl.archive import Outcome, archive_folder, frames, list_years, remove_year
from vncpc_xl.archive.tables import OptionRow
from vncpc_xl.errors import ValidationFailed
from vncpc_xl.workbook import fill_workbook

from .years import COAL_CO2, GRID


def test_add_stores_the_years_records(engine, year_folders: dict[int, Path]) -> None:
    stored, _ = archive_folder(year_folders[2003], engine)
    assert (stored.year, stored.outcome, stored.assessments, stored.options) == (2003, Outcome.ADDED, 2, 2)
    tables = frames(engine)
    year = tables["years"].iloc[0]
    assert year["implemented_savings_usd"] == pytest.approx(200 * 60 + 1000 * 0.5)
    assert year["implemented_co2_t"] == pytest.approx(200 * GRID)
    assert year["participants"] == 15 + 120
    assert year["course_person_days"] == 4 * 15 and year["seminar_person_days"] == 1 * 120
    assert (year["prior_awareness_participants"], year["certified"]) == (1080, 12)
    options = tables["options"].merge(tables["assessments"], left_on="assessment_id", right_on="id")
    assert sorted(options["company"]) == ["Công ty Dệt Nam Định", "Công ty Giấy Hòa Bình"]
    assert options["qty_electricity"].sum() == 200 and options["qty_water"].sum() == 1000
    assert sorted(tables["sources"]["path"]) == [
        "audits/a1.xlsx",
        "audits/a2.xlsx",
        "centre_2003.xlsx",
        "kpi_2003.xlsx",
        "training_2003.xlsx",
    ]
    assert len(tables["staff"]) == 2 and len(tables["courses"]) == 2 and len(tables["kpis"]) == 1
    assert set(tables["factors"]["year"]) == {2003}


def test_the_same_files_again_change_nothing(engine, year_folders: dict[int, Path]) -> None:
    archive_folder(year_folders[2002], engine)
    first = list_years(engine)[0].added_at
    stored, _ = archive_folder(year_folders[2002], engine)
    assert stored.outcome is Outcome.UNCHANGED
    assert list_years(engine)[0].added_at == first


def test_adding_a_changed_year_replaces_every_record(engine, year_folders, tmp_path: Path) -> None:
    folder = Path(shutil.copytree(year_folders[2004], tmp_path / "2004"))
    archive_folder(folder, engine)
    archive_folder(year_folders[2003], engine)
    (folder / "audits" / "a1.xlsx").unlink()  # 2004 now has no audit at all
    stored, _ = archive_folder(folder, engine)
    assert stored.outcome is Outcome.REPLACED
    tables = frames(engine)
    assert list(tables["assessments"]["year"]) == [2003, 2003]
    assert tables["years"].set_index("year").loc[2004, "companies"] == 0
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(OptionRow.__table__)) == 2


def test_a_year_with_errors_stores_nothing(engine, year_folders, tmp_path: Path) -> None:
    folder = Path(shutil.copytree(year_folders[2002], tmp_path / "2002"))
    fill_workbook("kpi", folder / "kpi_2002.xlsx", names={"Year": 2001}, tables={})  # another year
    with pytest.raises(ValidationFailed) as failed:
        archive_folder(folder, engine)
    assert any(issue.file == "kpi_2002.xlsx" for issue in failed.value.issues)
    assert list_years(engine) == []


def test_remove_deletes_the_year_and_only_it(engine, year_folders) -> None:
    archive_folder(year_folders[2002], engine)
    archive_folder(year_folders[2004], engine)
    assert remove_year(engine, 2002) is True
    assert remove_year(engine, 2002) is False
    tables = frames(engine)
    assert [entry.year for entry in list_years(engine)] == [2004]
    assert all(set(frame["year"]) <= {2004} for frame in tables.values())
    assert tables["assessments"]["co2_t"].sum() == pytest.approx(10 * COAL_CO2)
