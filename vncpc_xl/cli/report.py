"""`vncpc-xl report FOLDER [-o OUT.docx] [--lang vi|en] [--year Y] [--pdf] [--allow-errors]`: the annual report.

Exit status: 0 when the report was written, 1 when the data have errors (nothing written unless
``--allow-errors``) or the report cannot be written (open in Word, no LibreOffice for ``--pdf``, ...),
2 for unusable arguments. The default output is ``bao_cao_<year>.docx`` (``annual_report_<year>.docx``
in English) beside FOLDER.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from vncpc_xl.cli._params import FolderType, OutputType, YearType, lang_option
from vncpc_xl.errors import Issue, Severity, ValidationFailed, VncpcError

if TYPE_CHECKING:
    from vncpc_xl.report import ReportResult

_TEXT = {
    "vi": {
        "reading": "Đang đọc sổ",
        "error": "lỗi",
        "warning": "cảnh báo",
        "failed": "Không ghi báo cáo vì có {n} lỗi. Hãy sửa các lỗi trên, hoặc dùng --allow-errors để lập báo cáo"
        " không có các sổ bị lỗi.",
        "nothing_usable": "Không ghi báo cáo: không có sổ nào dùng được, kể cả với --allow-errors. Hãy sửa các lỗi"
        " trên.",
        "excluded": "Các sổ bị loại khỏi số liệu (xem Phụ lục của báo cáo):",
        "written": "Đã ghi báo cáo: {path}",
        "archive": "Số liệu lũy kế và xu hướng lấy từ kho dữ liệu {db}.",
    },
    "en": {
        "reading": "Reading workbooks",
        "error": "error",
        "warning": "warning",
        "failed": "No report written: {n} errors. Fix them, or use --allow-errors to report without the"
        " workbooks that have errors.",
        "nothing_usable": "No report written: no workbook is usable, even with --allow-errors. Fix the errors"
        " above.",
        "excluded": "Workbooks left out of the figures (see the report's appendix):",
        "written": "Report written: {path}",
        "archive": "Cumulative figures and trends taken from the archive {db}.",
    },
}


def print_issues(issues: Sequence[Issue], lang: str, console: Console) -> None:
    """Print one line per issue: ``lỗi file › sheet › cell: message``."""
    text = _TEXT[lang]
    for issue in issues:
        is_error = issue.severity is Severity.ERROR
        tag = f"[red]{text['error']}[/red]" if is_error else f"[yellow]{text['warning']}[/yellow]"
        console.print(f"{tag} [cyan]{escape(issue.location)}[/cyan]: {escape(issue.message(lang))}")


def run_report(
    folder: Path,
    out: Path | None,
    *,
    lang: str,
    year: int | None,
    pdf: bool,
    allow_errors: bool,
    cache: bool = True,
    archive: str | None = None,
) -> None:
    """Make the report with a progress bar on stderr, print problems and the output path; exit 1 on failure.

    `archive` (an SQLAlchemy URL) gives the cumulative figures and the Trends section.
    """
    console = Console(highlight=False, soft_wrap=True)
    text = _TEXT[lang]
    try:
        result = _with_progress(
            folder,
            out,
            lang=lang,
            year=year,
            pdf=pdf,
            allow_errors=allow_errors,
            cache=cache,
            archive=archive,
        )
    except ValidationFailed as failed:
        print_issues(failed.issues, lang, console)
        errors = sum(issue.severity is Severity.ERROR for issue in failed.issues)
        tail = text["nothing_usable"] if allow_errors else text["failed"].format(n=errors)
        console.print(f"[red]{escape(tail)}[/red]")
        raise SystemExit(1) from None
    except VncpcError as exc:
        message = exc.message(lang) if hasattr(exc, "message") else str(exc)
        console.print(f"[red]{escape(message)}[/red]")
        raise SystemExit(1) from None
    _print_result(result, lang, console)
    if archive is not None:
        from vncpc_xl.archive import display_url

        console.print(escape(text["archive"].format(db=display_url(archive))))


def _with_progress(folder: Path, out: Path | None, **options: object) -> ReportResult:
    from vncpc_xl.report import make_report  # the reading and rendering stack: only when a report is made

    lang = str(options["lang"])
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task(_TEXT[lang]["reading"], total=None)

        def progress(done: int, total: int, label: str) -> None:
            bar.update(task, completed=done, total=total, description=escape(label[-40:]))

        return make_report(folder, out, progress=progress, **options)  # type: ignore[arg-type]


def _print_result(result: ReportResult, lang: str, console: Console) -> None:
    text = _TEXT[lang]
    print_issues(result.issues, lang, console)
    if result.excluded:
        console.print(f"[yellow]{escape(text['excluded'])}[/yellow]")
        for path, reason in result.excluded:
            console.print(f"  {escape(str(path))}: {escape(reason)}")
    for path in (result.docx_path, result.pdf_path):
        if path is not None:
            console.print(escape(text["written"].format(path=Path(path).resolve())))


@click.command()
@click.argument("folder", type=FolderType())
@click.option(
    "-o",
    "--out",
    type=OutputType(),
    help="Tệp báo cáo .docx; mặc định bao_cao_<năm>.docx (annual_report_<năm>.docx với --lang en)"
    " đặt cạnh thư mục FOLDER. (Output file; default: beside FOLDER.)",
)
@lang_option()
@click.option(
    "--year",
    type=YearType(),
    help="Năm báo cáo: chỉ lấy các sổ của năm này; mặc định là năm của hồ sơ trung tâm."
    " (Report year: only workbooks of that year; default: the centre file's Year.)",
)
@click.option("--pdf", is_flag=True, help="Xuất thêm PDF bằng LibreOffice (also export a PDF).")
@click.option(
    "--allow-errors",
    is_flag=True,
    help="Vẫn lập báo cáo, bỏ qua các sổ có lỗi và nêu chúng trong phụ lục."
    " (Write the report without the workbooks that have errors.)",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Đọc lại mọi sổ, không dùng số liệu đã lưu của lần chạy trước (bộ nhớ đệm trong thư mục cache của"
    " người dùng). (Read every workbook again, without the cache of earlier runs.)",
)
@click.option(
    "--db",
    help="Kho dữ liệu cho số liệu lũy kế và mục Xu hướng (địa chỉ SQLAlchemy); mặc định db trong vncpc.conf,"
    " hoặc tệp kho mặc định nếu đã có. (Archive for the cumulative figures and the Trends section; default: db"
    " in vncpc.conf, or the default archive file when it exists.)",
)
@click.option(
    "--no-archive",
    is_flag=True,
    help="Không dùng kho dữ liệu: số liệu lũy kế chỉ từ các trường Prior* của hồ sơ trung tâm."
    " (Use no archive: cumulative figures from the centre file's Prior* fields only.)",
)
def report(
    folder: Path,
    out: Path | None,
    lang: str,
    year: int | None,
    pdf: bool,
    allow_errors: bool,
    no_cache: bool,
    db: str | None,
    no_archive: bool,
) -> None:
    """Lập báo cáo năm (Word) từ các sổ Excel trong FOLDER. (Make the Word annual report of FOLDER.)

    Sổ không đổi từ lần chạy trước không bị đọc lại (--no-cache: đọc lại tất cả). Có kho dữ liệu thì số liệu
    lũy kế lấy từ các năm đã lưu và báo cáo có mục Xu hướng.
    Mẫu Word riêng (own Word template): vncpc-xl report template export PATH.
    """
    from vncpc_xl.cli._db import report_archive

    archive = report_archive(db, enabled=not no_archive)
    run_report(
        folder,
        out,
        lang=lang,
        year=year,
        pdf=pdf,
        allow_errors=allow_errors,
        cache=not no_cache,
        archive=archive,
    )
