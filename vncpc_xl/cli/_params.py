"""The parameter types every command shares: one parse of --lang, years, folders, paths and lists.

Each type reports bad input through `fail()`, Vietnamese first with the English in brackets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from vncpc_xl.errors import LANGS
from vncpc_xl.schema import SPECS

_YEAR = SPECS["training"].name("Year")  # every workbook's Year: a report year lies within its bounds
FIRST_YEAR, LAST_YEAR = int(_YEAR.minimum or 0), int(_YEAR.maximum or 9999)
LANG_HELP = "Ngôn ngữ (language): vi | en."
MESSAGES_LANG_HELP = "Ngôn ngữ của thông báo (language of the messages): vi | en."
F = TypeVar("F", bound=Callable[..., object])


def lang_option(help_text: str = LANG_HELP) -> Callable[[F], F]:
    """Return the ``--lang vi|en`` option (default ``vi``) that every command with messages or a report takes."""
    return click.option("--lang", type=LANG, default="vi", show_default=True, help=help_text)


class FolderType(click.ParamType):
    """An existing folder; the messages are Vietnamese first."""

    name = "folder"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> Path:
        path = Path(str(value))
        if not path.exists():
            self.fail(
                f"Không tìm thấy thư mục {path}; hãy kiểm tra đường dẫn. (Folder {path} does not exist.)",
                param,
                ctx,
            )
        if not path.is_dir():
            self.fail(
                f"{path} không phải là thư mục; hãy chọn thư mục chứa các sổ Excel của năm."
                f" ({path} is not a folder: choose the folder holding the year's workbooks.)",
                param,
                ctx,
            )
        return path


class OutputType(click.ParamType):
    """The report file: a ``.docx`` path that is not a folder."""

    name = "tệp.docx"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> Path:
        path = Path(str(value))
        if path.is_dir():
            self.fail(
                f"{path} là một thư mục; hãy ghi tên tệp báo cáo, ví dụ {path / 'bao_cao.docx'}."
                f" ({path} is a folder: give the report's file name.)",
                param,
                ctx,
            )
        if path.suffix.lower() != ".docx":
            self.fail(
                f"tệp báo cáo phải có đuôi .docx, không phải '{path.name}'. (The report must be a .docx file.)",
                param,
                ctx,
            )
        return path


class LangType(click.ParamType):
    """The language of a command's messages and of the report: ``vi`` or ``en``, any case."""

    name = "vi|en"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> str:
        lang = str(value).strip().lower()
        if lang not in LANGS:
            self.fail(
                f"ngôn ngữ '{value}' không có; hãy chọn vi hoặc en. (Language '{value}' is not available: use vi or en.)",
                param,
                ctx,
            )
        return lang


class YearType(click.ParamType):
    """A year within the bounds of the workbooks' `Year` (1990 to 2100); by default the report year."""

    name = "năm"

    def __init__(self, what_vi: str = "Năm báo cáo", what_en: str = "The report year") -> None:
        self.what_vi, self.what_en = what_vi, what_en

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> int:
        text = str(value).strip()
        if not text.isdigit() or not FIRST_YEAR <= int(text) <= LAST_YEAR:
            self.fail(
                f"{self.what_vi} '{value}' không hợp lệ; hãy ghi năm bằng 4 chữ số, từ {FIRST_YEAR} đến"
                f" {LAST_YEAR}. ({self.what_en} '{value}' is not valid: write four digits, {FIRST_YEAR} to"
                f" {LAST_YEAR}.)",
                param,
                ctx,
            )
        return int(text)


class ChoiceType(click.Choice):
    """A ``click.Choice`` whose message is Vietnamese first."""

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> object:
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter:
            listed = ", ".join(str(choice) for choice in self.choices)
            self.fail(
                f"'{value}' không có trong danh sách; hãy chọn một trong: {listed}."
                f" ('{value}' is not one of: {listed}.)",
                param,
                ctx,
            )


class ExistingPathType(click.Path):
    """An existing file or folder; the message for a missing one is Vietnamese first."""

    def __init__(self) -> None:
        super().__init__(exists=True, path_type=Path)

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> object:
        if not Path(str(value)).exists():
            self.fail(
                f"Không tìm thấy '{value}'; hãy kiểm tra đường dẫn. (Path '{value}' does not exist.)",
                param,
                ctx,
            )
        return super().convert(value, param, ctx)


LANG = LangType()
