"""The archived years read back for the report: every year's figures, and the view of one report year."""

from __future__ import annotations

from sqlalchemy import Engine, select

from vncpc_xl.archive.db import display_url
from vncpc_xl.archive.tables import ArchivedYear
from vncpc_xl.archive.view import ArchiveView, YearFigures, cumulative, figures_of_row, series
from vncpc_xl.consolidate import YearData


def archived_figures(engine: Engine) -> list[YearFigures]:
    """Return the figures of every archived year, oldest first."""
    table = ArchivedYear.__table__
    with engine.connect() as connection:
        rows = connection.execute(select(table).order_by(table.c.year)).mappings().all()
    return [figures_of_row(dict(row)) for row in rows]


def archive_view(engine: Engine, data: YearData) -> ArchiveView:
    """Return the `ArchiveView` of `data`'s year from the archive at `engine`."""
    archived = archived_figures(engine)
    return ArchiveView(
        cumulative=cumulative(archived, data),
        series=tuple(series(archived, data)),
        archived_years=tuple(point.year for point in archived),
        where=display_url(engine.url),
    )
