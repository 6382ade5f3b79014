"""The ribbon's "Lưu vào kho dữ liệu" and "Báo cáo năm" with an archive, on real files (only Excel is fake)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.addin.test_ribbon import FakeExcel
from tests.report.helpers import paragraphs
from vncpc_xl import ribbon
from vncpc_xl.archive import frames, list_years, open_engine
from vncpc_xl.workbook import fill_workbook


@pytest.fixture
def excel(monkeypatch: pytest.MonkeyPatch) -> FakeExcel:
    fake = FakeExcel(active=None)
    monkeypatch.setattr(ribbon, "excel", fake)
    return fake


@pytest.fixture
def conf_db(tmp_path: Path) -> str:
    """Write vncpc.conf (in the HOME conftest sets) naming a shared archive; return its URL."""
    url = f"sqlite:///{tmp_path / 'chung' / 'kho.sqlite'}"
    conf = tmp_path / "home" / ".vncpc" / "vncpc.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text(f'"INTERPRETER_WIN","python.exe"\n"DB","{url}"\n', encoding="utf-8")
    return url


def test_the_button_archives_the_year_of_the_open_workbook(excel, conf_db, year_folders, tmp_path) -> None:
    folder = Path(shutil.copytree(year_folders[2002], tmp_path / "2002"))
    excel.active = folder / "audits" / "a1.xlsx"
    ribbon.run("archive")
    [(text, error)] = excel.alerts
    assert not error and text.startswith("Đã lưu năm 2002 vào kho dữ liệu (2 đánh giá, 2 giải pháp).")
    assert excel.saves == 1 and excel.statuses[-1] is None
    ribbon.run("archive")
    assert "đã có trong kho dữ liệu với đúng các tệp này" in excel.alerts[-1][0]
    engine = open_engine(conf_db)
    assert [entry.year for entry in list_years(engine)] == [2002]
    assert len(frames(engine)["options"]) == 2
    engine.dispose()


def test_a_year_with_errors_is_not_archived(excel, conf_db, year_folders, tmp_path) -> None:
    folder = Path(shutil.copytree(year_folders[2003], tmp_path / "2003"))
    fill_workbook("kpi", folder / "kpi_2003.xlsx", names={"Year": 2001}, tables={})
    excel.active = folder / "centre_2003.xlsx"
    ribbon.run("archive")
    [(text, error)] = excel.alerts
    assert error and text.startswith("Chưa lưu vào kho dữ liệu, kho không thay đổi")
    assert "• kpi_2003.xlsx" in text and text.endswith("rồi bấm lại “Lưu vào kho dữ liệu”.")
    engine = open_engine(conf_db)
    assert list_years(engine) == []
    engine.dispose()


def test_the_report_button_uses_the_archive(excel, conf_db, year_folders, tmp_path) -> None:
    for year in (2002, 2003):
        excel.active = year_folders[year] / f"centre_{year}.xlsx"
        ribbon.run("archive")
    folder = Path(shutil.copytree(year_folders[2004], tmp_path / "2004"))
    excel.active = folder / "centre_2004.xlsx"
    ribbon.run("report")
    report = tmp_path / "bao_cao_2004.docx"
    assert excel.opened_paths == [report]
    text = paragraphs(report)
    assert any(p.startswith("Lũy kế 2002–2004: 5 doanh nghiệp") for p in text)
