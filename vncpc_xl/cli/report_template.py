"""`vncpc-xl report template export [--lang vi|en] PATH`: the packaged Word template, to restyle in Word.

Exit status: 0 when written, 1 when PATH already exists (never overwritten), 2 for unusable arguments.
"""

from __future__ import annotations

from pathlib import Path

import click

from vncpc_xl.cli._params import OutputType, lang_option
from vncpc_xl.errors import Lang

_TEXT = {
    "vi": {
        "exists": "Tệp {path} đã tồn tại; phần mềm không ghi đè. Chọn tên khác hoặc xóa tệp cũ.",
        "written": "Đã ghi mẫu báo cáo: {path}\nMở bằng Word để đổi tiêu đề thư, kiểu chữ, màu; giữ nguyên các thẻ"
        " {{{{ … }}}} và {{% … %}}. Lưu với tên {name} trong thư mục của năm để lệnh report dùng mẫu này.",
    },
    "en": {
        "exists": "File {path} already exists and is not overwritten; choose another name or delete the old file.",
        "written": "Report template written: {path}\nOpen it in Word to change letterhead, fonts and colours; keep"
        " the {{{{ … }}}} and {{% … %}} tags. Save it as {name} in the year's folder for report to use it.",
    },
}


@click.group("template")
def template() -> None:
    """Mẫu báo cáo Word của báo cáo năm. (The Word template of the annual report.)"""


@template.command("export")
@click.argument("path", type=OutputType())
@lang_option()
def export(path: Path, lang: Lang) -> None:
    """Ghi mẫu báo cáo đóng gói ra PATH (.docx) để sửa trong Word. (Write the packaged template to PATH.)

    Đặt tệp đã sửa với tên report_template.docx trong thư mục của năm (see report_templates/README.md).
    """
    from vncpc_xl._files import write_atomic
    from vncpc_xl.report.build_templates import template_bytes  # python-docx: only when exporting
    from vncpc_xl.report.render import OVERRIDE_NAME

    text = _TEXT[lang]
    if path.exists():
        raise click.ClickException(text["exists"].format(path=path))
    write_atomic(path, template_bytes(lang))
    click.echo(text["written"].format(path=path.resolve(), name=OVERRIDE_NAME))
