"""`vncpc-xl archive add FOLDER | list | remove YEAR | export`: the years kept in the archive database.

Exit status: 0 done, 1 when the year's data have errors (nothing stored) or the archive cannot be used,
2 for unusable arguments. ``--db`` takes any SQLAlchemy URL; without it ``db`` in vncpc.conf, else the
SQLite file in the user data folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.markup import escape

from vncpc_xl.cli._db import archive_url
from vncpc_xl.cli._params import MESSAGES_LANG_HELP, ChoiceType, FolderType, YearType, lang_option
from vncpc_xl.cli.report import print_issues
from vncpc_xl.errors import BilingualError, Severity, ValidationFailed

if TYPE_CHECKING:
    from sqlalchemy import Engine

_TEXT = {
    "vi": {
        "failed": "Không lưu vào kho dữ liệu vì có {n} lỗi; kho không thay đổi. Hãy sửa các lỗi trên rồi chạy lại.",
        "added": "Đã lưu năm {year} vào kho dữ liệu {db}: {assessments} đánh giá, {options} giải pháp.",
        "replaced": "Đã thay số liệu năm {year} trong kho dữ liệu {db} bằng các sổ hiện tại: {assessments}"
        " đánh giá, {options} giải pháp.",
        "unchanged": "Năm {year} đã có trong kho dữ liệu {db} với đúng các tệp này; không có gì thay đổi.",
        "empty": "Kho dữ liệu {db} chưa có năm nào. Hãy thêm một năm: vncpc-xl archive add THƯ_MỤC_NĂM",
        "header": "Năm | thêm lúc (UTC) | phiên bản | đánh giá (hoàn thành) | khóa học và hội nghị | cán bộ | tệp nguồn",
        "removed": "Đã xóa năm {year} khỏi kho dữ liệu {db}.",
        "absent": "Năm {year} không có trong kho dữ liệu {db}; hãy xem danh sách bằng vncpc-xl archive list.",
        "exported": "Đã xuất: {path}",
    },
    "en": {
        "failed": "Not archived: {n} errors; the archive is unchanged. Fix the errors above and run again.",
        "added": "Year {year} added to the archive {db}: {assessments} assessments, {options} options.",
        "replaced": "Year {year} replaced in the archive {db} by the current workbooks: {assessments}"
        " assessments, {options} options.",
        "unchanged": "Year {year} is already in the archive {db} from these very files; nothing changed.",
        "empty": "The archive {db} holds no year yet. Add one: vncpc-xl archive add YEAR_FOLDER",
        "header": "Year | added (UTC) | version | assessments (completed) | courses and seminars | staff | source files",
        "removed": "Year {year} removed from the archive {db}.",
        "absent": "Year {year} is not in the archive {db}; see vncpc-xl archive list.",
        "exported": "Exported: {path}",
    },
}

_DB_HELP = (
    "Kho dữ liệu: địa chỉ SQLAlchemy (sqlite:///tệp.sqlite, postgresql://người_dùng@máy_chủ/csdl); mặc định"
    " db trong vncpc.conf, nếu không có thì tệp SQLite trong thư mục dữ liệu người dùng."
    " (Archive database URL; default: db in vncpc.conf, else an SQLite file in the user data folder.)"
)


def _db_option(function):  # type: ignore[no-untyped-def]
    return click.option("--db", help=_DB_HELP)(function)


_lang_option = lang_option(MESSAGES_LANG_HELP)


def _fail(error: BilingualError, lang: str) -> None:
    Console(highlight=False, soft_wrap=True).print(f"[red]{escape(error.message(lang))}[/red]")
    raise SystemExit(1)


@contextmanager
def _opened(db: str | None, lang: str) -> Iterator[Engine]:
    """Yield the engine of the archive the command uses (disposed afterwards); exit 1 when unusable."""
    from vncpc_xl.archive import ArchiveError, open_engine

    try:
        engine = open_engine(archive_url(db))
    except ArchiveError as error:
        _fail(error, lang)
    try:
        yield engine
    finally:
        engine.dispose()


@click.group()
def archive() -> None:
    """Kho dữ liệu nhiều năm: thêm, liệt kê, xóa, xuất. (The multi-year archive: add, list, remove, export.)"""


@archive.command("add")
@click.argument("folder", type=FolderType())
@_db_option
@_lang_option
@click.option(
    "--no-cache", is_flag=True, help="Đọc lại mọi sổ. (Read every workbook again, without the cache.)"
)
def add(folder: Path, db: str | None, lang: str, no_cache: bool) -> None:
    """Kiểm tra FOLDER như khi lập báo cáo rồi lưu số liệu của năm vào kho. (Validate and archive a year.)

    Có lỗi thì không lưu gì (mã thoát 1). Thêm lại một năm thì thay số liệu cũ; cùng các tệp thì không đổi gì.
    """
    from vncpc_xl.archive import display_url, store_year
    from vncpc_xl.archive.api import consolidate_checked

    console = Console(highlight=False, soft_wrap=True)
    try:
        data = consolidate_checked(folder, cache=not no_cache)
    except ValidationFailed as failed:
        print_issues(failed.issues, lang, console)
        errors = sum(issue.severity is Severity.ERROR for issue in failed.issues)
        console.print(f"[red]{escape(_TEXT[lang]['failed'].format(n=errors))}[/red]")
        raise SystemExit(1) from None
    print_issues(data.issues, lang, console)
    with _opened(db, lang) as engine:
        stored = store_year(engine, data)
        shown = display_url(engine.url)
    console.print(escape(_TEXT[lang][stored.outcome.value].format(db=shown, **vars(stored))))


@archive.command("list")
@_db_option
@_lang_option
def list_(db: str | None, lang: str) -> None:
    """Liệt kê các năm trong kho: số đánh giá, khóa học, cán bộ, lúc thêm, từ tệp nào. (List archived years.)"""
    from vncpc_xl.archive import display_url, list_years

    with _opened(db, lang) as engine:
        entries, shown = list_years(engine), display_url(engine.url)
    if not entries:
        click.echo(_TEXT[lang]["empty"].format(db=shown))
        return
    click.echo(_TEXT[lang]["header"])
    for entry in entries:
        added = entry.added_at.strftime("%Y-%m-%d %H:%M")
        click.echo(
            f"{entry.year} | {added} | {entry.program_version or '?'} | {entry.companies} ({entry.completed}) | {entry.courses} | {entry.staff}"
            f" | {len(entry.files)}: {', '.join(entry.files)}"
        )


@archive.command("remove")
@click.argument("year", type=YearType("Năm", "The year"))
@_db_option
@_lang_option
def remove(year: int, db: str | None, lang: str) -> None:
    """Xóa năm YEAR và mọi số liệu của nó khỏi kho. (Remove a year from the archive.)"""
    from vncpc_xl.archive import display_url, remove_year

    with _opened(db, lang) as engine:
        removed, shown = remove_year(engine, year), display_url(engine.url)
    click.echo(_TEXT[lang]["removed" if removed else "absent"].format(year=year, db=shown))
    if not removed:
        raise SystemExit(1)


@archive.command("export")
@click.argument("out", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=ChoiceType(["csv", "xlsx", "parquet"]),
    required=True,
    help="csv (một tệp mỗi bảng trong thư mục OUT), xlsx (một sổ, mỗi bảng một Excel Table), parquet."
    " (csv or parquet: one file per table in folder OUT; xlsx: one workbook of Excel Tables.)",
)
@click.option("--year", type=YearType("Năm", "The year"), help="Chỉ xuất năm này. (Only this year.)")
@_db_option
@_lang_option
def export_(out: Path, fmt: str, year: int | None, db: str | None, lang: str) -> None:
    """Xuất các bảng của kho (cho pandas, Power Query, nhà tài trợ). (Export the archive's tables.)"""
    from vncpc_xl.archive import ArchiveError, export

    with _opened(db, lang) as engine:
        try:
            written = export(engine, fmt, out, year=year)
        except ArchiveError as error:
            _fail(error, lang)
    for path in written:
        click.echo(_TEXT[lang]["exported"].format(path=path))
