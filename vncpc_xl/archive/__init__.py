"""The archive: each reported year's consolidated records in a database (SQLite by default, or PostgreSQL).

Stores figures, names and SHA-256 only, never a workbook's bytes. The schema is created and upgraded by
the Alembic revisions shipped in ``migrations/``. Names are imported on first use, so the report,
without an archive, never loads SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vncpc_xl._lazy import lazy_names

if TYPE_CHECKING:
    from vncpc_xl.archive.api import archive_folder, consolidate_checked
    from vncpc_xl.archive.dataframes import FORMATS, TABLE_NAMES, export, frames
    from vncpc_xl.archive.db import ArchiveError, display_url, open_engine, upgrade
    from vncpc_xl.archive.history import archive_view, archived_figures
    from vncpc_xl.archive.location import default_url
    from vncpc_xl.archive.store import Outcome, Stored, YearEntry, list_years, remove_year, store_year
    from vncpc_xl.archive.view import (
        ArchiveView,
        Cumulative,
        CumulativeFigures,
        Source,
        YearFigures,
        cumulative,
        disagreements,
        series,
    )


_MODULES = {
    "archive_folder": "api",
    "consolidate_checked": "api",
    "ArchiveError": "db",
    "display_url": "db",
    "open_engine": "db",
    "upgrade": "db",
    "default_url": "location",
    "FORMATS": "dataframes",
    "TABLE_NAMES": "dataframes",
    "export": "dataframes",
    "frames": "dataframes",
    "archive_view": "history",
    "archived_figures": "history",
    "ArchiveView": "view",
    "Cumulative": "view",
    "CumulativeFigures": "view",
    "Source": "view",
    "YearFigures": "view",
    "cumulative": "view",
    "disagreements": "view",
    "series": "view",
    "Outcome": "store",
    "Stored": "store",
    "YearEntry": "store",
    "list_years": "store",
    "remove_year": "store",
    "store_year": "store",
}
__getattr__ = lazy_names(__name__, globals(), _MODULES)
__all__ = [
    "FORMATS",
    "TABLE_NAMES",
    "ArchiveError",
    "ArchiveView",
    "Cumulative",
    "CumulativeFigures",
    "Outcome",
    "Source",
    "Stored",
    "YearEntry",
    "YearFigures",
    "archive_folder",
    "archive_view",
    "archived_figures",
    "consolidate_checked",
    "cumulative",
    "default_url",
    "disagreements",
    "display_url",
    "export",
    "frames",
    "list_years",
    "open_engine",
    "remove_year",
    "series",
    "store_year",
    "upgrade",
]
