"""The parameter types every command shares: one `--lang` for the whole command tree."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import click
from click.testing import CliRunner

from vncpc_xl.cli import main
from vncpc_xl.cli._params import LANG

# Commands that print messages a user reads, or write a report: each must take --lang.
WITH_MESSAGES = {"new", "validate", "report", "demo", "factors", "upgrade", "archive add", "archive list"}


def _commands(group: click.Group, prefix: str = "") -> Iterator[tuple[str, click.Command]]:
    for name, command in group.commands.items():
        path = f"{prefix}{name}"
        if isinstance(command, click.Group):
            yield from _commands(command, path + " ")
        else:
            yield path, command


def _lang(command: click.Command) -> click.Parameter | None:
    return next((p for p in command.params if p.name == "lang"), None)


def test_every_lang_option_is_the_one_shared_type_defaulting_to_vietnamese() -> None:
    found = {path: _lang(command) for path, command in _commands(main)}
    with_lang = {path: param for path, param in found.items() if param is not None}
    assert WITH_MESSAGES <= set(with_lang)
    assert {path for path, p in with_lang.items() if p.type is not LANG or p.default != "vi"} == set()


def test_lang_is_read_in_any_case_and_an_unknown_one_is_refused_in_vietnamese_first(tmp_path: Path) -> None:
    runner = CliRunner()
    english = runner.invoke(main, ["new", "kpi", str(tmp_path / "k.xlsx"), "--lang", " EN "])
    assert english.exit_code == 0, english.output
    assert english.output.startswith("Created: ")
    again = runner.invoke(main, ["new", "kpi", str(tmp_path / "k.xlsx"), "--lang", "en"])
    assert again.exit_code == 1 and "already exists" in again.output and "đã tồn tại" not in again.output
    refused = runner.invoke(main, ["factors", "--lang", "fr"])
    assert refused.exit_code == 2
    assert "ngôn ngữ 'fr' không có; hãy chọn vi hoặc en" in refused.output
