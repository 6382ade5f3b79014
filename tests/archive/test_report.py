"""The report with an archive: cumulative figures of the archived years, their sources, the Trends section.

Rendered to real .docx files and read back; figures are the hand arithmetic of `years.py`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from tests.report.helpers import paragraphs, table_after
from vncpc_xl.archive import archive_folder
from vncpc_xl.cli import main
from vncpc_xl.report import make_report
from vncpc_xl.report.charts import trends_chart

from .years import COAL_CO2, GRID

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "2003"


def _images(path: Path) -> int:
    return len(docx.Document(str(path)).inline_shapes)


def test_report_of_2004_over_two_archived_years(engine, year_folders, tmp_path: Path) -> None:
    for year in (2002, 2003):
        archive_folder(year_folders[year], engine)
    with_archive = make_report(year_folders[2004], tmp_path / "a.docx", archive=engine).docx_path
    without = make_report(year_folders[2004], tmp_path / "b.docx").docx_path
    text = paragraphs(with_archive)
    awareness = 1000 + 80 + 120 + 50
    assert any(f"Tính cả {awareness - 50:,} đại biểu".replace(",", ".") in p for p in text)
    assert any(f"đã có {awareness:,} lượt người".replace(",", ".") in p for p in text)
    assert any(p.startswith("Nguồn số liệu lũy kế:") and "năm 2002" in p for p in text)
    savings, co2 = 100 * 50 + 200 * 60 + 1000 * 0.5 + 10 * 40, 100 * GRID + 200 * GRID + 10 * COAL_CO2
    totals = next(p for p in text if p.startswith("Lũy kế 2002–2004:"))
    assert f"{2 + 2 + 1} doanh nghiệp" in totals and f"{1 + 2 + 1} đã hoàn thành" in totals
    assert f"{savings:,.0f} USD/năm".replace(",", ".") in totals
    assert f"{co2:.1f} tấn CO2".replace(".", ",") in totals
    assert f"{50 + 8 + 12 + 20} học viên" in totals
    rows = table_after(with_archive, "Các năm trong kho dữ liệu")
    assert rows[1:] == [
        ["2002", "2", "1", "5.000", "39,9", f"{5 * 10 + 80}", f"{10 + 80}"],
        ["2003", "2", "2", "12.500", "79,8", f"{4 * 15 + 120}", f"{15 + 120}"],
        ["2004", "1", "1", "400", "26,2", f"{2 * 20 + 50}", f"{20 + 50}"],
    ]
    assert _images(with_archive) == _images(without) + 1  # the trends chart
    assert not any("lũy kế" in p.lower() for p in paragraphs(without))


def test_the_prior_field_disagreeing_with_the_archive_is_a_warning(engine, year_folders, tmp_path) -> None:
    for year in (2002, 2003):
        archive_folder(year_folders[year], engine)
    result = make_report(year_folders[2004], tmp_path / "a.docx", archive=engine, lang="en")
    (warning,) = [issue for issue in result.issues if issue.code == "archive.prior_disagrees"]
    assert (warning.file, warning.cell) == ("centre_2004.xlsx", "PriorAwarenessParticipants")
    assert f"{1150 + 50}" in warning.message_vi and f"{1000 + 80 + 120 + 50}" in warning.message_vi
    assert "The report uses the archive's figure" in warning.message_en


def test_with_one_archived_year_the_section_says_so(engine, year_folders, tmp_path: Path) -> None:
    archive_folder(year_folders[2003], engine)
    out = make_report(year_folders[2003], tmp_path / "a.docx", archive=engine).docx_path
    text = paragraphs(out)
    assert any("mới có số liệu của 1 năm đến năm 2003 (2003)" in p for p in text)
    assert any(f"đã có {1080 + 120:,} lượt người".replace(",", ".") in p for p in text)
    assert any("theo PriorAwarenessParticipants của hồ sơ trung tâm năm 2003" in p for p in text)
    assert _images(out) == _images(make_report(year_folders[2003], tmp_path / "b.docx").docx_path)


def test_the_command_warns_with_both_numbers(year_folders, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'kho.sqlite'}"
    runner = CliRunner()
    for year in (2002, 2003):
        assert runner.invoke(main, ["archive", "add", str(year_folders[year]), "--db", db]).exit_code == 0
    folder = Path(shutil.copytree(year_folders[2004], tmp_path / "2004"))
    result = runner.invoke(main, ["report", str(folder), "--db", db])
    assert result.exit_code == 0, result.output
    assert "cảnh báo" in result.output and "1200" in result.output and "1250" in result.output
    assert "lấy từ kho dữ liệu" in result.output
    plain = runner.invoke(
        main, ["report", str(folder), "--db", db, "--no-archive", "-o", str(tmp_path / "c.docx")]
    )
    assert plain.exit_code == 0 and "1250" not in plain.output


def test_trends_chart_needs_two_years() -> None:
    from vncpc_xl.archive.view import YearFigures

    point = YearFigures(2003, 2, 1, 5000.0, 39.9, 130.0, 90, 80, 8, 1000, 50)
    assert trends_chart([point]) is None
    later = YearFigures(2004, 3, 2, 7000.0, 50.0, 150.0, 95, 60, 9, 1080, 58)
    png = trends_chart([point, later])
    assert png is not None and png.startswith(b"\x89PNG") and trends_chart([point, later]) == png


@pytest.mark.skipif(not (EXAMPLES / "audits").is_dir(), reason="examples/2003 is not in this tree")
def test_examples_2003_archived_gives_the_same_figures(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["archive", "add", str(EXAMPLES)]).exit_code == 0  # the default archive
    plain = runner.invoke(main, ["report", str(EXAMPLES), "--no-archive", "-o", str(tmp_path / "a.docx")])
    archived = runner.invoke(main, ["report", str(EXAMPLES), "-o", str(tmp_path / "b.docx")])
    assert plain.exit_code == 0 and archived.exit_code == 0, archived.output
    assert "lấy từ kho dữ liệu" in archived.output
    added = [p for p in paragraphs(tmp_path / "b.docx") if p not in paragraphs(tmp_path / "a.docx")]
    heading = [p for p in added if p.startswith("XU HƯỚNG")]
    assert len(heading) == 2  # the contents entry and the heading: nothing else of the report changed
    others = [p.split(":")[0] for p in added if p not in heading]
    assert others == ["Nguồn số liệu lũy kế", "Kho dữ liệu (sqlite", "Lũy kế 2003"]
    assert any("đã có 1.406 lượt người tham dự" in p for p in paragraphs(tmp_path / "b.docx"))
