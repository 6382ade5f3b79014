"""Cumulative figures and trend series of the three synthetic years, against hand arithmetic."""

from __future__ import annotations

import pytest

from vncpc_xl.archive import Source, archive_folder, archived_figures, cumulative, series
from vncpc_xl.archive.api import consolidate_checked

from .years import COAL_CO2, GRID


def test_cumulative_figures_of_2004_over_the_archived_years(engine, year_folders) -> None:
    for year in (2002, 2003):
        archive_folder(year_folders[year], engine)
    figures = cumulative(archived_figures(engine), consolidate_checked(year_folders[2004]))
    awareness = figures.awareness_participants
    assert awareness.value == 1000 + 80 + 120 + 50  # 2002's Prior field, then each year's seminars
    assert (awareness.source, awareness.first_year) == (Source.ARCHIVE, 2002)
    assert awareness.from_prior_field == 1150 + 50 and awareness.disagrees
    certified = figures.certified_trainees
    assert certified.value == 50 + 8 + 12 + 20 == certified.from_prior_field and not certified.disagrees
    assert figures.companies.value == 2 + 2 + 1 and figures.completed.value == 1 + 2 + 1
    assert figures.savings_usd.value == pytest.approx(100 * 50 + (200 * 60 + 1000 * 0.5) + 10 * 40)
    assert figures.co2_t.value == pytest.approx(100 * GRID + 200 * GRID + 10 * COAL_CO2)
    assert figures.years == (2002, 2003, 2004)


def test_without_earlier_years_the_prior_fields_are_used(engine, year_folders) -> None:
    archive_folder(year_folders[2003], engine)  # the report year itself and a later year don't count
    archive_folder(year_folders[2004], engine)
    figures = cumulative(archived_figures(engine), consolidate_checked(year_folders[2003]))
    assert figures.awareness_participants.value == 1080 + 120
    assert figures.awareness_participants.source is Source.PRIOR_FIELD
    assert figures.certified_trainees.value == 58 + 12
    assert figures.companies.value == 2 and figures.companies.source is Source.THIS_YEAR
    assert figures.years == (2003,)


def test_the_trend_series_per_year(engine, year_folders) -> None:
    for year in (2004, 2002):
        archive_folder(year_folders[year], engine)
    points = series(archived_figures(engine), consolidate_checked(year_folders[2003]))
    assert [p.year for p in points] == [2002, 2003]
    assert [(p.companies, p.completed) for p in points] == [(2, 1), (2, 2)]
    assert [p.savings_usd for p in points] == pytest.approx([100 * 50, 200 * 60 + 1000 * 0.5])
    assert [p.co2_t for p in points] == pytest.approx([100 * GRID, 200 * GRID])
    assert [p.person_days for p in points] == [5 * 10 + 1 * 80, 4 * 15 + 1 * 120]
    assert [p.participants for p in points] == [10 + 80, 15 + 120]
