"""`consolidate`: a year's folder of workbooks → one validated, recomputed `YearData`."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from vncpc_xl.consolidate.audits import summarise_audits
from vncpc_xl.consolidate.discover import discover
from vncpc_xl.consolidate.folder_checks import FolderPlan, plan_folder
from vncpc_xl.consolidate.load import Cache, Loaded, Progress, load_all
from vncpc_xl.consolidate.model import Excluded, SourceFile, YearData
from vncpc_xl.consolidate.staff import empty_centre, summarise_staff
from vncpc_xl.consolidate.training import summarise_training
from vncpc_xl.core import factors_used, grid_factor
from vncpc_xl.errors import Issue


def consolidate(
    folder: Path,
    *,
    year: int | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
    cache: Cache | None = None,
) -> YearData:
    """Return the `YearData` of the workbooks under `folder`; never raises on bad data.

    Every workbook is read (recursively; ``~$`` lock files skipped, see `discover`), validated and recomputed
    from its input cells. `year` chooses the report year and skips workbooks of other years; without it the
    year is the centre file's and a workbook of another year is an error. A workbook with an error is left out
    of every figure and listed in `YearData.excluded` with its reasons; all issues are in `YearData.issues`.
    `progress(done, total, path)` is called after each file; `workers` sets the number of reading processes
    (None: automatic, 1: this process only); with a `cache` (`vncpc_xl.consolidate.cache.ReadCache`) unchanged
    workbooks are not read again.

    The source files are only read, never written.
    """
    folder = Path(folder)
    found = discover(folder)
    loaded = load_all(found.workbooks, folder, progress=progress, workers=workers, cache=cache)
    plan = plan_folder(loaded, folder.name or str(folder), year)
    return _year_data(folder, plan, loaded, found.issues)


def _year_data(
    folder: Path, plan: FolderPlan, loaded: list[Loaded], found_issues: tuple[Issue, ...]
) -> YearData:
    centres = plan.counted_of("centre")
    centre = centres[0].payload if centres else empty_centre(plan.year)
    registers = plan.counted_of("training")
    logs = plan.counted_of("kpi")
    report_year = plan.year
    return YearData(
        year=report_year,
        folder=folder,
        centre=centre,
        staff=summarise_staff(centre.staff),
        training=summarise_training(
            registers[0].payload if registers else None,
            prior_awareness=centre.prior_awareness_participants,
            prior_certified=centre.prior_certified_trainees,
        ),
        audits=summarise_audits([item.payload for item in plan.counted_of("audit")]),
        kpis=logs[0].payload if logs else (),
        factors=tuple(factors_used(report_year)),
        grid_factor_year=grid_factor(report_year).year_used,
        sources=_sources(plan, loaded),
        excluded=_excluded(plan, loaded, found_issues),
        issues=(*found_issues, *plan.issues),
    )


def _sources(plan: FolderPlan, loaded: list[Loaded]) -> tuple[SourceFile, ...]:
    counted = {item.path for item in plan.counted}
    return tuple(SourceFile(item.path, item.kind, item.sha256, item.path in counted) for item in loaded)


def _excluded(plan: FolderPlan, loaded: list[Loaded], found_issues: Iterable[Issue]) -> tuple[Excluded, ...]:
    kinds = {item.path: item.kind for item in loaded}
    unreadable = {issue.file: [issue] for issue in found_issues}
    return tuple(
        Excluded(
            path,
            kinds.get(path),
            tuple(_reason(issue, "vi") for issue in issues),
            tuple(_reason(issue, "en") for issue in issues),
        )
        for path, issues in sorted({**unreadable, **plan.excluded}.items())
    )


def _reason(issue: Issue, lang: str) -> str:
    where = " › ".join(part for part in (issue.sheet, issue.cell) if part)
    message = issue.message_vi if lang == "vi" else issue.message_en
    return f"{where}: {message}" if where else message
