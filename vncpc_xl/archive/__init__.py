"""The archive: each reported year's consolidated records in a database (SQLite by default, or PostgreSQL).

Stores figures, names and SHA-256 only, never a workbook's bytes. The schema is created and upgraded by
the Alembic revisions shipped in ``migrations/``.
"""

from __future__ import annotations

from vncpc_xl.archive.api import archive_folder, consolidate_checked
from vncpc_xl.archive.db import ArchiveError, default_url, display_url, open_engine, upgrade
from vncpc_xl.archive.frames import FORMATS, TABLE_NAMES, export, frames
from vncpc_xl.archive.history import (
    ArchiveView,
    Cumulative,
    CumulativeFigures,
    Source,
    YearFigures,
    archive_view,
    archived_figures,
    cumulative,
    disagreements,
    series,
)
from vncpc_xl.archive.store import Outcome, Stored, YearEntry, list_years, remove_year, store_year

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
