"""`validate_paths`: every workbook named by files and folders, read and checked by `read_workbook`."""

from __future__ import annotations

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
        for candidate in _expand(path):
            key = candidate.resolve()
            if key not in seen and not candidate.name.startswith(LOCK_PREFIX):
                seen.add(key)
                found.append(candidate)
    return found


def _expand(path: Path) -> Iterator[Path]:
    if not path.is_dir():
        yield path
        return
    files = (p for p in path.rglob("*") if p.suffix.lower() in WORKBOOK_SUFFIXES and p.is_file())
    yield from sorted(files, key=lambda p: p.relative_to(path).parts)
