"""`vncpc-xl factors [--year Y] [--lang vi|en]`: print every emission factor with its unit and source."""

from __future__ import annotations

import sys

import click
from babel.numbers import format_decimal
from rich.console import Console
from rich.table import Table

from vncpc_xl.cli._params import YearType, lang_option
from vncpc_xl.core import RESOURCE_BY_KEY, Factor, factors_used, grid_factor, pollutant_label
from vncpc_xl.errors import InputError, Lang

_LOCALES = {"vi": "vi_VN", "en": "en_US"}
_COLUMNS = {
    "vi": ("Loại tài nguyên", "Chất", "Hệ số", "Đơn vị", "Nguồn"),
    "en": ("Resource", "Pollutant", "Factor", "Unit", "Source"),
}


def _grid_note(year: int | None, lang: Lang) -> str:
    used = grid_factor(year).year_used
    if lang == "en":
        asked = "the latest factors" if year is None else f"year {year}"
        return f"Emission factors for {asked}; electricity uses the grid factor of {used}."
    asked = "các hệ số mới nhất" if year is None else f"năm {year}"
    return f"Hệ số phát thải cho {asked}; điện dùng hệ số lưới điện năm {used}."


def _row(factor: Factor, lang: Lang) -> tuple[str, ...]:
    resource = RESOURCE_BY_KEY[factor.resource]
    label = pollutant_label(factor.pollutant, lang)
    pollutant = label[0].upper() + label[1:]
    unit = factor.unit if lang == "vi" else f"t {pollutant}/{resource.unit_en}"
    value = format_decimal(factor.value, format="#,##0.######", locale=_LOCALES[lang])
    return (
        resource.name if lang == "vi" else resource.name_en,
        pollutant,
        value,
        unit,
        factor.source_in(lang),
    )


def factor_table(year: int | None, lang: Lang) -> Table:
    """Return the rich table of every resource × pollutant factor applied for `year`."""
    table = Table(title=_grid_note(year, lang), title_justify="left", show_lines=True)
    for number, heading in enumerate(_COLUMNS[lang]):
        table.add_column(heading, justify="right" if number == 2 else "left", overflow="fold")
    for factor in factors_used(year):
        table.add_row(*_row(factor, lang))
    return table


@click.command("factors")
@click.option(
    "--year",
    type=YearType("Năm áp dụng", "The year applied"),
    default=None,
    help="Năm áp dụng; mặc định: hệ số mới nhất. (Year applied; default: the latest factors.)",
)
@lang_option()
def factors(year: int | None, lang: Lang) -> None:
    """In mọi hệ số phát thải kèm đơn vị và nguồn. (Print every emission factor with its unit and source.)"""
    try:
        table = factor_table(year, lang)
    except InputError as error:
        message = f"{error.message_vi} ({error.message_en})" if lang == "vi" else error.message_en
        raise click.BadParameter(message, param_hint="--year") from None
    Console(width=None if sys.stdout.isatty() else 200).print(table)
