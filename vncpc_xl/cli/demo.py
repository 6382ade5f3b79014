"""`vncpc-xl demo [-o OUT] [--lang vi|en] [--pdf]`: the 2003 report made from the example workbooks."""

from __future__ import annotations

from pathlib import Path

import click

from vncpc_xl.cli._params import OutputType, lang_option
from vncpc_xl.cli.report import run_report

EXAMPLE_YEAR = 2003


def examples_folder() -> Path | None:
    """Return the source tree's ``examples/2003`` folder, or None when it is not there (installed package)."""
    folder = Path(__file__).resolve().parents[2] / "examples" / str(EXAMPLE_YEAR)
    return folder if folder.is_dir() else None


@click.command()
@click.option(
    "-o",
    "--out",
    type=OutputType(),
    help="Tệp báo cáo .docx; mặc định bao_cao_2003.docx (annual_report_2003.docx với --lang en) trong thư mục"
    " hiện tại. (Output file; default: in the current folder.)",
)
@lang_option()
@click.option("--pdf", is_flag=True, help="Xuất thêm PDF bằng LibreOffice (also export a PDF).")
def demo(out: Path | None, lang: str, pdf: bool) -> None:
    """Lập báo cáo năm 2003 từ các sổ mẫu trong examples/2003. (The 2003 report from the examples.)"""
    from vncpc_xl.report import default_output

    folder = examples_folder()
    if folder is None:
        click.echo(
            "Không tìm thấy thư mục examples/2003: lệnh demo chạy từ mã nguồn của vncpc-xl."
            " (The examples/2003 folder was not found: run demo from a source checkout.)",
            err=True,
        )
        raise SystemExit(1)
    default = Path(default_output(folder, EXAMPLE_YEAR, lang).name)  # in the current folder
    run_report(folder, out or default, lang=lang, year=None, pdf=pdf, allow_errors=False)
