"""`vncpc-xl templates build [--check] [--out DIR]`: write the templates and their Markdown doc, or check them."""

from __future__ import annotations

from pathlib import Path

import click

from vncpc_xl.schema import KINDS


@click.group()
def templates() -> None:
    """Biểu mẫu Excel (workbook templates)."""


def _folder(out: Path | None) -> Path:
    from vncpc_xl.workbook._paths import source_template_dir  # openpyxl: only when writing

    folder = out or source_template_dir()
    if folder is None:
        raise click.UsageError(
            "Không ở trong mã nguồn: hãy chỉ thư mục bằng --out. (Not a source checkout: use --out.)"
        )
    return folder


def _doc(out: Path | None, folder: Path) -> Path:
    """Return where the Markdown doc goes: inside --out, else beside the source's templates folder."""
    from vncpc_xl.workbook.docs import DOC_NAME

    return out / DOC_NAME if out else folder.parent / DOC_NAME


@templates.command()
@click.option(
    "--check",
    is_flag=True,
    help="Chỉ kiểm tra các biểu mẫu và tài liệu có khớp lược đồ không; mã thoát 1 nếu đã cũ."
    " (Check only; exit 1 if stale.)",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Thư mục ghi các biểu mẫu và README.md; mặc định workbooks/templates và workbooks/README.md."
    " (Output folder.)",
)
def build(check: bool, out: Path | None) -> None:
    """Tạo bốn biểu mẫu (audit, training, kpi, centre) và tài liệu của chúng từ lược đồ. (Build the templates.)"""
    from vncpc_xl.workbook.builder import stale_templates, write_template  # openpyxl: only when writing
    from vncpc_xl.workbook.docs import doc_is_current, write_doc

    folder = _folder(out)
    doc = _doc(out, folder)
    if check:
        stale = stale_templates(folder, KINDS)
        for path in stale:
            click.echo(f"Biểu mẫu đã cũ hoặc thiếu (stale or missing): {path}")
        if not doc_is_current(doc, folder):
            stale.append(doc)
            click.echo(f"Tài liệu đã cũ hoặc thiếu (stale or missing): {doc}")
        if stale:
            raise SystemExit(1)
        click.echo(
            f"Các biểu mẫu trong {folder} và {doc} đều khớp lược đồ. (Templates and doc are up to date.)"
        )
        return
    for kind in KINDS:
        click.echo(f"Đã ghi (written): {write_template(kind, folder / f'{kind}.xlsx')}")
    click.echo(f"Đã ghi (written): {write_doc(doc, folder)}")
