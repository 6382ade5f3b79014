"""`vncpc-xl validate PATH... [--format text|json] [--lang vi|en]`: check workbooks and list every problem.

Exit status: 0 when no file has an error (warnings allowed), 1 when some file has errors, 2 when the
arguments are unusable (a path that does not exist, or folders without any workbook).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape

from vncpc_xl.cli._params import MESSAGES_LANG_HELP, ChoiceType, ExistingPathType, lang_option
from vncpc_xl.errors import Lang, Severity
from vncpc_xl.workbook import WorkbookData, expand_paths, validate_paths

NO_WORKBOOK = "Không tìm thấy sổ Excel nào trong đường dẫn đã cho. (No Excel workbook in the given paths.)"


def _count(results: Sequence[WorkbookData], severity: Severity) -> int:
    return sum(issue.severity is severity for data in results for issue in data.issues)


def _summary(results: Sequence[WorkbookData], lang: Lang) -> str:
    files, bad = len(results), sum(not data.ok for data in results)
    errors, warnings = _count(results, Severity.ERROR), _count(results, Severity.WARNING)
    if lang == "vi":
        return f"Tổng cộng: {files} tệp, {bad} tệp có lỗi, {errors} lỗi, {warnings} cảnh báo."
    return (
        f"Summary: {_plural(files, 'file')}, {bad} with errors, {_plural(errors, 'error')}, "
        f"{_plural(warnings, 'warning')}."
    )


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def print_text(results: Sequence[WorkbookData], lang: Lang, console: Console) -> None:
    """Print `results` grouped by file: a status line, then one line per issue with sheet!cell and message."""
    for data in results:
        mark = "[green]✓[/green]" if data.ok else "[red]✗[/red]"
        console.print(f"{mark} [bold]{escape(str(data.path))}[/bold]")
        for issue in data.issues:
            where = "!".join(part for part in (issue.sheet, issue.cell) if part)
            tag = "[red]lỗi[/red]" if issue.severity is Severity.ERROR else "[yellow]cảnh báo[/yellow]"
            if lang == "en":
                tag = "[red]error[/red]" if issue.severity is Severity.ERROR else "[yellow]warning[/yellow]"
            place = f" [cyan]{escape(where)}[/cyan]" if where else ""
            console.print(f"    {tag}{place} {escape(issue.message(lang))}")
    console.print(_summary(results, lang))


@click.command()
@click.argument("paths", nargs=-1, required=True, type=ExistingPathType())
@click.option(
    "--format",
    "fmt",
    type=ChoiceType(["text", "json"]),
    default="text",
    show_default=True,
    help="Kiểu kết quả: text (từng tệp, từng lỗi) hoặc json (danh sách lỗi). (Output format.)",
)
@lang_option(MESSAGES_LANG_HELP)
def validate(paths: tuple[Path, ...], fmt: str, lang: Lang) -> None:
    """Kiểm tra sổ Excel (tệp hoặc thư mục) và liệt kê mọi lỗi. (Validate workbooks; list every problem.)

    Mã thoát (exit code): 0 không có lỗi, 1 có lỗi, 2 đường dẫn không dùng được.
    """
    if not expand_paths(paths):
        raise click.UsageError(NO_WORKBOOK)
    results = validate_paths(paths)
    if fmt == "json":
        issues = [issue.to_dict(lang) for data in results for issue in data.issues]
        click.echo(json.dumps(issues, ensure_ascii=False, indent=2))
    else:
        print_text(results, lang, Console(highlight=False, soft_wrap=True))
    raise SystemExit(0 if all(data.ok for data in results) else 1)
