"""Which folder and file a button works on: the year folder of a workbook, the name of a new one."""

from __future__ import annotations

from pathlib import Path


def new_workbook_path(kind: str, folder: Path, year: int) -> Path:
    """Return a free file name in `folder` for a new workbook of `kind` and `year` (``<title> <year>``)."""
    from vncpc_xl.schema import spec_for

    stem = f"{spec_for(kind).title} {year}"
    path = folder / f"{stem}.xlsx"
    number = 2
    while path.exists():
        path = folder / f"{stem} ({number}).xlsx"
        number += 1
    return path


def new_workbook_folder(active: Path | None, home: Path) -> Path:
    """Return the folder the save dialog of a new workbook opens in.

    Beside the active workbook when it is saved in a folder that still exists (the year's folder, usually);
    otherwise the user's Documents folder, or `home` itself when there is none.
    """
    if active is not None and active.parent.is_dir():
        return active.parent
    documents = home / "Documents"
    return documents if documents.is_dir() else home


def year_folder(workbook: Path, levels: int = 3) -> Path:
    """Return the year folder of `workbook`: the nearest folder holding the year's centre file.

    The search starts in the workbook's own folder and goes up at most `levels` folders (audit workbooks often
    sit in a sub-folder of the year). Without a centre file anywhere, it is the workbook's own folder.
    """
    from vncpc_xl.workbook import read_workbook

    folder = workbook.parent
    for candidate in [folder, *folder.parents][:levels]:
        books = sorted(p for p in candidate.glob("*.xlsx") if not p.name.startswith("~$"))
        if any(read_workbook(book).kind == "centre" for book in books):
            return candidate
    return folder
