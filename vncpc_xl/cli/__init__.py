"""The `vncpc-xl` command tree; each subcommand lives in its own module of this package."""

from __future__ import annotations

import click

from vncpc_xl import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vncpc-xl")
def main() -> None:
    """vncpc-xl — biểu mẫu Excel, add-in và báo cáo năm của Trung tâm SXSH.

    (Excel templates, add-in and the Word annual report of a Cleaner Production Centre.)
    """


# Subcommands register here, one line each.
from vncpc_xl.cli.templates import templates; main.add_command(templates)
from vncpc_xl.cli.new import new; main.add_command(new)
from vncpc_xl.cli.factors import factors; main.add_command(factors)
