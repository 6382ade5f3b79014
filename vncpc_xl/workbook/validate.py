"""`validate_paths`: every workbook named by files and folders, read and checked by `read_workbook`."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from vncpc_xl.workbook.model import WorkbookData
from vncpc_xl.workbook.reader import read_workbook

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls")  # .xls is listed so that it gets a clear error, not silence
LOCK_PREFIX = "~$"


def validate_paths(paths: Iterable[Path | str]) -> list[WorkbookData]:
    """Return `read_workbook` of every workbook in `paths` (folders searched recursively, ``~$*`` skipped).

    Folders contribute their ``.xlsx``, ``.xlsm`` and ``.xls`` files (an ``.xls`` is reported as unusable);
    a path given as a file is read whatever its extension. Each file is read once, in sorted order per folder.
    """
    return [read_workbook(path) for path in expand_paths(paths)]


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Return the workbook files named by `paths`: files as given, folders expanded, lock files dropped."""
    seen: set[Path] = set()
    found: list[Path] = []
    for path in map(Path, paths):
        for candidate, key in _expand(path):
            if key not in seen and not candidate.name.startswith(LOCK_PREFIX):
                seen.add(key)
                found.append(candidate)
    return found


def _expand(path: Path) -> Iterator[tuple[Path, Path]]:
    """Yield ``(file, its resolved path)`` for `path`: itself, or the workbooks of the folder in order."""
    if not path.is_dir():
        yield path, path.resolve()
        return
    files: list[tuple[tuple[str, ...], Path, Path]] = []
    _walk(path, path.resolve(), (), files)
    files.sort(key=lambda item: item[0])
    for _, candidate, key in files:
        yield candidate, key


def _walk(
    folder: Path, real: Path, parts: tuple[str, ...], files: list[tuple[tuple[str, ...], Path, Path]]
) -> None:
    """Add the workbooks under `folder` (resolved: `real`) to `files`; linked folders are not entered.

    Below a resolved folder that is entered, a file that is not a link resolves to `real` / its name: one
    resolve per folder given, not one per file.
    """
    try:
        with os.scandir(folder) as scan:
            entries = list(scan)
    except OSError:  # an unreadable or vanished folder holds nothing to read
        return
    for entry in entries:
        name = entry.name
        link = entry.is_symlink()
        if entry.is_dir() and not link:
            _walk(folder / name, real / name, (*parts, name), files)
        elif os.path.splitext(name)[1].lower() in WORKBOOK_SUFFIXES and entry.is_file():
            candidate = folder / name
            files.append(((*parts, name), candidate, candidate.resolve() if link else real / name))
