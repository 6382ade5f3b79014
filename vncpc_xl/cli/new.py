"""`vncpc-xl new KIND PATH [--year Y] [--company NAME] [--lang vi|en]`: a new workbook from its template."""

from __future__ import annotations

from pathlib import Path

import click

from vncpc_xl.cli._params import FIRST_YEAR, LAST_YEAR, MESSAGES_LANG_HELP, ChoiceType, YearType, lang_option
from vncpc_xl.errors import BilingualError, Lang, VncpcError
from vncpc_xl.schema import KINDS

_CREATED = {"vi": "Đã tạo (created): {path}", "en": "Created: {path}"}


@click.command()
@click.argument("kind", type=ChoiceType(KINDS))
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--year",
    type=YearType("Năm của sổ", "The workbook's year"),
    help=f"Năm của sổ, từ {FIRST_YEAR} đến {LAST_YEAR}; để trống thì điền sau trong sổ."
    " (Year / AssessmentYear of the workbook.)",
)
@click.option(
    "--company",
    help="Tên doanh nghiệp (audit) hoặc tên trung tâm (centre). (Company or centre name.)",
)
@lang_option(MESSAGES_LANG_HELP)
def new(kind: str, path: Path, year: int | None, company: str | None, lang: Lang) -> None:
    """Tạo sổ mới từ biểu mẫu; không ghi đè tệp đã có. (Create a workbook from its template; never overwrites.)

    KIND: audit (đánh giá SXSH), training (sổ đăng ký đào tạo), kpi (nhật ký chỉ số môi trường),
    centre (hồ sơ trung tâm). PATH: tệp .xlsx sẽ tạo (the .xlsx file to create).
    """
    from vncpc_xl.workbook import new_workbook  # openpyxl: only when writing

    try:
        created = new_workbook(kind, path, year=year, company=company)
    except VncpcError as exc:
        raise click.ClickException(
            exc.message(lang) if isinstance(exc, BilingualError) else str(exc)
        ) from exc
    click.echo(_CREATED[lang].format(path=created))
