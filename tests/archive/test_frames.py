"""The archive's tables as DataFrames and their exports, read back with pandas and openpyxl."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from vncpc_xl.archive import TABLE_NAMES, ArchiveError, archive_folder, export, frames


@pytest.fixture
def filled(engine, year_folders):
    for year in (2002, 2003, 2004):
        archive_folder(year_folders[year], engine)
    return engine


def test_frames_hold_every_year_in_order(filled) -> None:
    tables = frames(filled)
    assert list(tables) == list(TABLE_NAMES)
    assert list(tables["years"]["year"]) == [2002, 2003, 2004]
    assert list(tables["assessments"]["year"]) == [2002, 2002, 2003, 2003, 2004]
    assert tables["courses"].groupby("year")["participants"].sum().to_dict() == {
        2002: 10 + 80,
        2003: 15 + 120,
        2004: 20 + 50,
    }
    only = frames(filled, year=2003)
    assert all(set(frame["year"]) == {2003} for frame in only.values())


def test_csv_and_parquet_give_back_the_frames(filled, tmp_path: Path) -> None:
    tables = frames(filled)
    export(filled, "csv", tmp_path / "csv")
    export(filled, "parquet", tmp_path / "pq")
    for name, frame in tables.items():
        from_parquet = pd.read_parquet(tmp_path / "pq" / f"{name}.parquet")
        assert list(from_parquet.columns) == list(frame.columns) and len(from_parquet) == len(frame)
        from_csv = pd.read_csv(tmp_path / "csv" / f"{name}.csv", encoding="utf-8-sig")
        assert list(from_csv.columns) == list(frame.columns) and len(from_csv) == len(frame)
    companies = pd.read_csv(tmp_path / "csv" / "assessments.csv", encoding="utf-8-sig")["company"]
    assert "Công ty Xi măng Hải Phòng" in set(companies)
    assert (tmp_path / "csv" / "assessments.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_xlsx_has_one_excel_table_per_archive_table(filled, tmp_path: Path) -> None:
    export(filled, "xlsx", tmp_path / "kho.xlsx", year=2004)
    book = load_workbook(tmp_path / "kho.xlsx")
    assert book.sheetnames == list(TABLE_NAMES)
    sheet = book["assessments"]
    table = sheet.tables["tbl_assessments"]
    assert table.ref.startswith("A1:")
    header = [cell.value for cell in sheet[1]]
    row = dict(zip(header, (cell.value for cell in sheet[2]), strict=True))
    assert (row["year"], row["company"], row["savings_usd"]) == (2004, "Công ty Xi măng Hải Phòng", 10 * 40)


def test_export_of_a_year_not_archived_is_refused(filled, tmp_path: Path) -> None:
    with pytest.raises(ArchiveError) as error:
        export(filled, "csv", tmp_path / "out", year=1999)
    assert "1999" in error.value.message_vi and not (tmp_path / "out").exists()
