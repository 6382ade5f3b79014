"""`vncpc-xl upgrade PATH... [--out DIR] [--lang vi|en]`: upgraded copies of older workbooks; originals untouched.

Exit status: 0 when every workbook was upgraded or already current, 1 when some could not be (each is named).
"""

from __future__ import annotations

from pathlib import Path

import click

from vncpc_xl.cli._params import MESSAGES_LANG_HELP, ExistingPathType, lang_option
from vncpc_xl.errors import Lang
from vncpc_xl.schema import TEMPLATE_VERSION
from vncpc_xl.workbook import expand_paths

_KEEP_ONE = (
    "Lưu ý: mỗi sổ chỉ được có một bản trong thư mục năm. Trước khi lập báo cáo, hãy chuyển các tệp gốc ra "
    "khỏi thư mục (hoặc dùng --out để ghi bản nâng cấp vào thư mục khác).",
    "Note: keep one copy of each workbook in the year's folder. Before reporting, move the originals out of it "
    "(or use --out to write the upgraded copies to another folder).",
)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=ExistingPathType())
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help=f"Thư mục ghi các bản nâng cấp; mặc định: cạnh tệp gốc, tên <tên>.v{TEMPLATE_VERSION}.xlsx."
    " (Folder for the upgraded copies; default: beside each original.)",
)
@lang_option(MESSAGES_LANG_HELP)
def upgrade(paths: tuple[Path, ...], out_dir: Path | None, lang: Lang) -> None:
    """Nâng cấp sổ (tệp hoặc thư mục) lên phiên bản mẫu mới nhất; không sửa tệp gốc. (Upgrade workbooks.)

    Mỗi sổ được ghi thành bản sao mới mang mọi giá trị, mọi dòng và mọi tên xác định của bản gốc; tệp đã có
    không bị ghi đè. Mã thoát (exit code): 0 xong, 1 có sổ không nâng cấp được.
    """
    from vncpc_xl.workbook import UpgradeError, upgrade_workbook  # openpyxl: only when writing

    failed = written = 0
    for path in expand_paths(paths):
        try:
            result = upgrade_workbook(path, out_dir)
        except UpgradeError as error:
            failed += 1
            click.echo(error.message(lang), err=True)
            continue
        written += result.target is not None
        click.echo(result.message(lang))
    if written and out_dir is None:
        click.echo(_KEEP_ONE[lang == "en"])
    if failed:
        raise SystemExit(1)
