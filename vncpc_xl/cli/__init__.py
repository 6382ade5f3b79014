"""The `vncpc-xl` command tree; each subcommand lives in its own module of this package."""

from __future__ import annotations

import click

from vncpc_xl import __version__
from vncpc_xl.cli.addin import addin
from vncpc_xl.cli.archive import archive
from vncpc_xl.cli.demo import demo
from vncpc_xl.cli.factors import factors
from vncpc_xl.cli.new import new
from vncpc_xl.cli.report import report
from vncpc_xl.cli.report_template import template
from vncpc_xl.cli.templates import templates
from vncpc_xl.cli.upgrade import upgrade
from vncpc_xl.cli.validate import validate


class _Commands(click.Group):
    """The command tree; ``report template …`` reaches the template group although ``report`` takes a FOLDER."""

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        if args[:2] == ["report", "template"]:
            return "report template", template, args[2:]
        return super().resolve_command(ctx, args)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vncpc-xl", help="In phiên bản rồi thoát. (Show the version.)")
def main() -> None:
    """vncpc-xl — biểu mẫu Excel, add-in và báo cáo năm của Trung tâm SXSH.

    (Excel templates, add-in and the Word annual report of a Cleaner Production Centre.)
    """


for _command in (new, validate, report, demo, templates, factors, addin, upgrade, archive):
    main.add_command(_command)


def _help_option(command: click.Command) -> None:
    """Make the -h/--help text of `command` and its subcommands Vietnamese first (click caches the option)."""
    option = command.get_help_option(click.Context(command, help_option_names=["-h", "--help"]))
    if option is not None:
        option.help = "In hướng dẫn này rồi thoát. (Show this help.)"
    for sub in getattr(command, "commands", {}).values():
        _help_option(sub)


_help_option(main)
_help_option(template)
