"""Reading every workbook of the folder (in parallel for large folders) into per-file results.

Each file is read with `vncpc_xl.workbook.read_workbook` and, when it has no error, turned into its
kind's record right away (audit → `Assessment`, centre → `CentreInfo`, training → `Register`, KPI log →
KPI results), so only small records cross process boundaries.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from vncpc_xl.consolidate._values import error, integer, text
from vncpc_xl.consolidate.audits import read_assessment
from vncpc_xl.consolidate.discover import relative
from vncpc_xl.consolidate.kpis import compute_kpis
from vncpc_xl.consolidate.staff import read_centre
from vncpc_xl.consolidate.training import read_register
from vncpc_xl.errors import Issue, Severity
from vncpc_xl.workbook import read_workbook

Progress = Callable[[int, int, str], None]
# Below this many files the start-up of worker processes costs more than it saves.
PARALLEL_MIN_FILES = 24
MAX_WORKERS = 8
YEAR_NAME = {"audit": "AssessmentYear", "centre": "Year", "training": "Year", "kpi": "Year"}


class Cache(Protocol):
    """Where `load_all` finds the records of unchanged workbooks and keeps the new ones (`cache.ReadCache`)."""

    def lookup(self, path: Path, rel: str) -> Loaded | None: ...

    def put(self, loaded: Loaded) -> None: ...


@dataclass(frozen=True, slots=True)  # one per workbook of the year
class Loaded:
    """One workbook after reading: `payload` is its kind's record, or None when it has errors.

    `path` is relative to the folder; `year` is its Year (AssessmentYear for audits) when readable;
    `company` is the audit's CompanyName ("" otherwise); `year_cell` / `company_cell` are ``(sheet, cell)``
    of those defined names when known.
    """

    path: str
    kind: str | None
    sha256: str
    year: int | None
    company: str
    issues: tuple[Issue, ...]
    payload: Any = None
    year_cell: tuple[str, str] | None = None
    company_cell: tuple[str, str] | None = None

    @property
    def ok(self) -> bool:
        """Return True when the file has no error issue."""
        return not _has_error(self.issues)


def _has_error(issues: Iterable[Issue]) -> bool:
    return any(issue.severity is Severity.ERROR for issue in issues)


def load_one(path: Path, rel: str) -> Loaded:
    """Return the `Loaded` record of the workbook at `path` (shown to users as `rel`)."""
    data = read_workbook(path)
    issues = [replace(issue, file=rel) for issue in data.issues]
    kind = data.kind
    names, tables = data.names, data.tables
    year_name = YEAR_NAME.get(kind or "", "Year")
    year = integer(names.get(year_name))
    company = text(names.get("CompanyName")) if kind == "audit" else ""
    if kind is None and not _has_error(issues):
        issues.append(_unknown_kind(rel))
    payload: Any = None
    if not _has_error(issues):
        payload, more = _parse(kind, names, tables, rel)
        issues.extend(more)
    return Loaded(
        rel,
        kind,
        data.sha256,
        year,
        company,
        tuple(issues),
        payload,
        data.name_cell(year_name),
        data.name_cell("CompanyName") if kind == "audit" else None,
    )


def _parse(kind: str | None, names: Any, tables: Any, rel: str) -> tuple[Any, list[Issue]]:
    if kind == "audit":
        return read_assessment(names, tables, rel)
    if kind == "kpi":
        return compute_kpis(names, tables, rel)
    if kind == "centre":
        return read_centre(names, tables), []
    if kind == "training":
        return read_register(names, tables), []
    return None, []


def _load_pair(item: tuple[Path, str]) -> Loaded:
    return load_one(*item)


def load_all(
    paths: Sequence[Path],
    folder: Path,
    *,
    progress: Progress | None = None,
    workers: int | None = None,
    cache: Cache | None = None,
) -> list[Loaded]:
    """Return the `Loaded` record of every path, in the order given.

    `workers` None picks one process per CPU (at most 8) for folders of at least 24 workbooks and reads
    smaller folders in this process; 1 always reads here. `progress(done, total, path)` is called after
    each file. With a `cache`, a workbook whose contents it knows is not read again, and every workbook
    read is kept in it.
    """
    items = [(path, relative(path, folder)) for path in paths]
    if cache is None:
        return _read(items, workers, progress)
    results = [cache.lookup(path, rel) for path, rel in items]
    todo = [index for index, found in enumerate(results) if found is None]
    known = len(items) - len(todo)
    if progress and known:
        progress(known, len(items), items[-1][1] if not todo else items[todo[0]][1])

    def shifted(done: int, total: int, label: str) -> None:
        if progress:
            progress(known + done, known + total, label)

    for index, loaded in zip(todo, _read([items[i] for i in todo], workers, shifted), strict=True):
        results[index] = loaded
        cache.put(loaded)
    return results  # type: ignore[return-value]  # every None was filled above


def _read(items: Sequence[tuple[Path, str]], workers: int | None, progress: Progress | None) -> list[Loaded]:
    count = _worker_count(len(items), workers)
    if count > 1:
        try:
            return _parallel(items, count, progress)
        except (OSError, BrokenProcessPool):  # no process support here: read in this process instead
            pass
    return _serial(items, progress)


def _worker_count(files: int, workers: int | None) -> int:
    if workers is not None:
        return max(1, min(workers, files))
    if files < PARALLEL_MIN_FILES:
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS, files))


def _serial(items: Sequence[tuple[Path, str]], progress: Progress | None) -> list[Loaded]:
    results = []
    for done, item in enumerate(items, 1):
        results.append(load_one(*item))
        if progress:
            progress(done, len(items), item[1])
    return results


def _parallel(items: Sequence[tuple[Path, str]], workers: int, progress: Progress | None) -> list[Loaded]:
    chunk = max(1, len(items) // (workers * 8))
    results = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for done, loaded in enumerate(pool.map(_load_pair, items, chunksize=chunk), 1):
            results.append(loaded)
            if progress:
                progress(done, len(items), loaded.path)
    return results


def _unknown_kind(rel: str) -> Issue:
    return error(
        "file.unknown_kind",
        rel,
        f"Không nhận ra loại sổ của {rel} (thiếu trang ẩn _meta); hãy tạo sổ từ mẫu của VNCPC "
        "(vncpc-xl new) và chép số liệu sang, hoặc chuyển tệp ra khỏi thư mục.",
        f"The kind of {rel} cannot be recognised (no hidden _meta sheet); create the workbook from the VNCPC "
        "template (vncpc-xl new) and copy the data over, or move the file out of the folder.",
    )
