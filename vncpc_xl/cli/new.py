"""`vncpc-xl new KIND PATH [--year Y] [--company NAME]`: a new workbook from its template."""

from __future__ import annotations

from pathlib import Path

import click

from vncpc_xl.errors import VncpcError
from vncpc_xl.schema import KINDS, SPECS
from vncpc_xl.workbook import new_workbook

_YEAR = SPECS["training"].name("Year")


@click.command()
@click.argument("kind", type=click.Choice(KINDS))
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--year",
    type=click.IntRange(int(_YEAR.minimum or 0), int(_YEAR.maximum or 9999)),
    help="Năm của sổ (Year / AssessmentYear).",
)
@click.option("--company", help="Tên doanh nghiệp (audit) hoặc tên trung tâm (centre).")
def new(kind: str, path: Path, year: int | None, company: str | None) -> None:
    """Tạo sổ mới từ mẫu; không ghi đè tệp đã có. (Create a workbook from its template; never overwrites.)"""
    try:
        created = new_workbook(kind, path, year=year, company=company)
    except VncpcError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Đã tạo (created): {created}")
