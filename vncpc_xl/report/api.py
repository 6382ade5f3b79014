"""`make_report`: a year's folder of workbooks → the Word (and optionally PDF) annual report."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from vncpc_xl.consolidate import YearData, consolidate
from vncpc_xl.consolidate.cache import ReadCache
from vncpc_xl.errors import LANGS, Issue, ValidationFailed
from vncpc_xl.report.prose import vietnamese_original_issue

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from vncpc_xl.archive import ArchiveView

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ReportResult:
    """What `make_report` wrote: the .docx (and .pdf) paths, every issue and every excluded workbook.

    `excluded` pairs each excluded workbook's path with its reasons joined in one sentence (report language).
    `data` is the consolidated year the report shows.
    """

    docx_path: Path
    pdf_path: Path | None
    issues: list[Issue]
    excluded: list[tuple[Path, str]]
    year: int | None = None
    data: YearData | None = field(default=None, repr=False, compare=False)


def default_output(folder: Path, year: int | None, lang: str = "vi") -> Path:
    """Return the default report path: ``bao_cao_<year>.docx`` (en: ``annual_report_<year>.docx``) beside `folder`."""
    stem = "bao_cao" if lang == "vi" else "annual_report"
    name = f"{stem}_{year}.docx" if year is not None else f"{stem}.docx"
    return Path(folder).resolve().parent / name


def make_report(
    folder: Path,
    out: Path | None = None,
    *,
    lang: str = "vi",
    year: int | None = None,
    pdf: bool = False,
    allow_errors: bool = False,
    progress: Progress | None = None,
    workers: int | None = None,
    cache: bool = False,
    archive: str | Engine | None = None,
) -> ReportResult:
    """Consolidate the workbooks under `folder` and write the annual report; return what was written.

    `out` defaults to `default_output` (beside `folder`). With any error issue and not `allow_errors`,
    raises `ValidationFailed` carrying every issue, and writes nothing. With `allow_errors` the workbooks
    with errors are left out and the report's appendix names each one and why; when no workbook at all is
    usable, `ValidationFailed` is raised all the same. `pdf` also converts the
    report with LibreOffice. `progress(done, total, label)` is called after each file and each step.
    `workers` is passed to `consolidate` (None: both cores for large folders; 1: this process only).
    `cache` keeps each workbook's figures in the user cache folder, so a re-run reads only changed workbooks
    (`vncpc_xl.consolidate.cache`); the report is the same with or without it.
    `archive` (an SQLAlchemy URL or engine) makes the cumulative figures the archive's earlier years plus this
    year and adds the Trends section; a warning names each Prior* field of the centre file that disagrees.
    Raises `ReportError` when the output is open in Word or cannot be written.
    """
    from vncpc_xl.report.output import ReportError, check_writable

    if lang not in LANGS:
        raise ReportError(
            f"Ngôn ngữ báo cáo {lang!r} không được hỗ trợ; hãy chọn vi hoặc en.",
            f"Report language {lang!r} is not supported; choose vi or en.",
        )
    folder = Path(folder)
    if out is not None:
        check_writable(Path(out))
    steps = 1 + int(pdf)
    counted = {"total": 0}

    def file_progress(done: int, total: int, label: str) -> None:
        counted["total"] = total
        if progress is not None:
            progress(done, total + steps, label)
        _load_rendering()  # while worker processes read the other workbooks, if there are any

    with ReadCache() if cache else nullcontext() as store:
        data = consolidate(folder, year=year, progress=file_progress, workers=workers, cache=store)
    if data.errors and not (allow_errors and any(source.included for source in data.sources)):
        raise ValidationFailed(list(data.issues))  # with no usable workbook at all there is nothing to report
    target = Path(out) if out is not None else default_output(folder, data.year, lang)
    view = _archive_view(archive, data)
    files = counted["total"]
    if progress is not None:  # writing a long report takes seconds: say so before, not only after
        progress(files, files + steps, target.name)
    from vncpc_xl.report.render import convert_to_pdf, render_report

    docx_path = render_report(data, target, lang=lang, archive=view)
    if progress is not None:
        progress(files + 1, files + steps, docx_path.name)
    pdf_path = None
    if pdf:
        pdf_path = convert_to_pdf(docx_path)
        if progress is not None:
            progress(files + steps, files + steps, pdf_path.name)
    excluded = [(folder / e.path, " ".join(e.reasons(lang))) for e in data.excluded]
    issues = _issues(data, lang) + (_disagreements(view, data) if view is not None else [])
    return ReportResult(docx_path, pdf_path, issues, excluded, data.year, data)


def _load_rendering() -> None:
    """Import the rendering stack (docxtpl, python-docx, matplotlib: about half a second) once.

    Called at the first file read: with worker processes (already started, so none inherits a half-done
    import) the import runs while they read; in one process it only moves the same cost forward.
    """
    import vncpc_xl.report.render  # noqa: F401


def _archive_view(archive: str | Engine | None, data: YearData) -> ArchiveView | None:
    """Return what the report shows of `archive` for `data`'s year (None without an archive)."""
    if archive is None or data.year is None:
        return None
    from sqlalchemy import Engine  # the database stack: only when an archive is used

    from vncpc_xl.archive import archive_view, open_engine

    engine = archive if isinstance(archive, Engine) else open_engine(archive)
    try:
        return archive_view(engine, data)
    finally:
        if not isinstance(archive, Engine):
            engine.dispose()


def _disagreements(view: ArchiveView, data: YearData) -> list[Issue]:
    from vncpc_xl.archive import disagreements

    return disagreements(view, data)


def _issues(data: YearData, lang: str) -> list[Issue]:
    """Return the issues of `data`, and in English the warning naming sections printed in Vietnamese."""
    issues = list(data.issues)
    if lang == "en":
        centre_file = next((s.path for s in data.sources if s.kind == "centre" and s.included), "")
        warning = vietnamese_original_issue(data.centre, data.year, centre_file)
        if warning is not None:
            issues.append(warning)
    return issues
