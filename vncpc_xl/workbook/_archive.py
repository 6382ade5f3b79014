"""Byte-stable saving of workbooks: fixed document dates, a normalised zip, and atomic writes."""

from __future__ import annotations

import datetime
import io
import zipfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from vncpc_xl import _files

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

FIXED_TIMESTAMP = datetime.datetime(2024, 1, 1, 0, 0, 0)  # docProps created/modified of every file we write
ZIP_DATE_TIME = (1980, 1, 1, 0, 0, 0)
CREATOR = "vncpc-xl"


CORE_PART = "docProps/core.xml"


def _normalise_zip(data: bytes, core_xml: bytes) -> bytes:
    """Return `data` rewritten with fixed entry dates, attributes and creator system, same entry order.

    `core_xml` replaces the document properties (openpyxl stamps the save time into them).
    """
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.create_system = 0
            fixed.external_attr = 0
            dst.writestr(fixed, core_xml if info.filename == CORE_PART else src.read(info.filename))
    return out.getvalue()


def workbook_bytes(wb: Workbook) -> bytes:
    """Return the .xlsx bytes of `wb`, identical on every run for the same workbook content."""
    from openpyxl.xml.functions import tostring  # only writing needs openpyxl

    wb.properties.creator = CREATOR
    wb.properties.lastModifiedBy = CREATOR
    wb.properties.created = FIXED_TIMESTAMP
    buffer = io.BytesIO()
    wb.save(buffer)
    wb.properties.modified = FIXED_TIMESTAMP
    return _normalise_zip(buffer.getvalue(), tostring(wb.properties.to_tree()))


def _members(data: bytes) -> list[tuple[str, bytes]] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return [(info.filename, archive.read(info.filename)) for info in archive.infolist()]
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError):
        return None


def same_workbook(a: bytes, b: bytes) -> bool:
    """Return True when `a` and `b` are the same bytes, or zips with the same parts in the same order.

    The second test keeps a different zlib build (whose deflate output may differ) from flagging an
    unchanged template as stale; a damaged or edited file fails both.
    """
    if a == b:
        return True
    members_a, members_b = _members(a), _members(b)
    return members_a is not None and members_a == members_b


def write_atomic(path: Path, data: bytes) -> Path:
    """Write `data` to `path` atomically, creating its folder first; return `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return _files.write_atomic(path, data)
