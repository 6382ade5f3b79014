"""The README's quick start is what CI runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _quick_start_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```bash\n(.+?)\n```", text.split("## What it is")[0])


def test_quick_start_has_exactly_two_commands() -> None:
    commands = _quick_start_commands()
    assert len(commands) == 2
    assert commands[0].endswith("vncpc-xl demo")


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert _quick_start_commands()[1] in ci


def _layout_entries() -> list[tuple[int, str]]:
    """Return (indent, name) of every entry of the README's layout tree below ``vncpc_xl/``."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("## How the code is laid out")[1].split("```")[1]
    return [
        (len(line) - len(line.lstrip()), line.split()[0])
        for line in block.splitlines()
        if re.match(r"^ {2,4}[\w.]+/?\s", line + " ") and not line.startswith("   " * 3)
    ]


def test_the_readme_layout_lists_exactly_the_package_tree() -> None:
    package = ROOT / "vncpc_xl"
    listed, parent = set(), package
    for indent, name in _layout_entries():
        base = package if indent == 2 else parent
        assert (base / name.rstrip("/")).exists(), f"README lists {name}, which is not in the tree"
        if indent == 2:
            listed.add(name.rstrip("/"))
            parent = package / name.rstrip("/")
    actual = {
        p.name
        for p in package.iterdir()
        if (p.suffix == ".py" and p.name != "__init__.py") or (p.is_dir() and (p / "__init__.py").exists())
    }
    assert listed == actual
