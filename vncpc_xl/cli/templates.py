"""`vncpc-xl templates build [--check] [--out DIR]`: write the templates from the schema, or check them."""

from __future__ import annotations

from pathlib import Path

import click

from vncpc_xl.schema import KINDS
from vncpc_xl.workbook._paths import source_template_dir
from vncpc_xl.workbook.builder import stale_templates, write_template


@click.group()
def templates() -> None:
    """Biểu mẫu Excel (workbook templates)."""


def _folder(out: Path | None) -> Path:
    folder = out or source_template_dir()
    if folder is None:
        raise click.UsageError(
            "Không ở trong mã nguồn: hãy chỉ thư mục bằng --out. (Not a source checkout: use --out.)"
        )
    return folder


@templates.command()
@click.option(
    "--check", is_flag=True, help="Chỉ kiểm tra các mẫu đã khớp lược đồ (exit 1 nếu cũ). / Check only."
)
@click.option(
    "--out", type=click.Path(file_okay=False, path_type=Path), help="Thư mục ghi mẫu. / Output folder."
)
def build(check: bool, out: Path | None) -> None:
    """Tạo các mẫu audit, training, kpi, centre từ lược đồ. (Build the templates from the schema.)"""
    folder = _folder(out)
    if check:
        stale = stale_templates(folder, KINDS)
        for path in stale:
            click.echo(f"Mẫu đã cũ hoặc thiếu (stale or missing): {path}")
        if stale:
            raise SystemExit(1)
        click.echo(f"Các mẫu trong {folder} đều khớp lược đồ. (Templates are up to date.)")
        return
    for kind in KINDS:
        click.echo(f"Đã ghi (written): {write_template(kind, folder / f'{kind}.xlsx')}")
