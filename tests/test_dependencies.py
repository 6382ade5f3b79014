"""Every third-party module the package imports is declared in pyproject.toml, and every declared one is used."""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Mapping
from importlib.metadata import packages_distributions
from pathlib import Path

from tests.import_graph import third_party

ROOT = Path(__file__).resolve().parents[1]
# modules of dependencies installed only on another platform, which this machine cannot map to a distribution
ELSEWHERE = {"win32api": "pywin32"}
NOT_THE_PACKAGES = ("test", "dev")  # extras for working on the code, not needed by the package itself


def normalized(name: str) -> str:
    """Return a distribution name in the form PEP 503 compares (``Jinja2`` → ``jinja2``, ``a_b`` → ``a-b``)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def declared() -> set[str]:
    """Return the distributions pyproject.toml declares for the package: its dependencies and its extras."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra, listed in project.get("optional-dependencies", {}).items():
        if extra not in NOT_THE_PACKAGES:
            requirements += listed
    return {normalized(re.match(r"[A-Za-z0-9._-]+", r)[0]) for r in requirements}  # type: ignore[index]


def distributions_of(module: str, installed: Mapping[str, list[str]]) -> set[str]:
    """Return the distributions that provide top-level `module` (empty when none is known)."""
    names = installed.get(module) or ([ELSEWHERE[module]] if module in ELSEWHERE else [])
    return {normalized(name) for name in names}


def undeclared(
    imported: Mapping[str, list[str]], declared: set[str], installed: Mapping[str, list[str]]
) -> list[str]:
    """Return a line for each imported module that no declared distribution provides, with where it is imported."""
    return [
        f"{module} (from {', '.join(sorted(distributions_of(module, installed))) or 'no known distribution'})"
        f" imported at {', '.join(where[:3])}"
        for module, where in sorted(imported.items())
        if not distributions_of(module, installed) & declared
    ]


def _package_imports() -> dict[str, list[str]]:
    return third_party(ROOT, "vncpc_xl", frozenset(sys.stdlib_module_names))


def test_every_third_party_import_is_declared() -> None:
    assert undeclared(_package_imports(), declared(), packages_distributions()) == []


def test_every_declared_dependency_is_imported() -> None:
    installed = packages_distributions()
    used = set().union(*(distributions_of(m, installed) for m in _package_imports()))
    assert declared() - used == set()


def test_a_module_that_arrives_only_through_another_dependency_is_named() -> None:
    imported = {"lxml": ["vncpc_xl/workbook/reader.py:19"], "docx": ["vncpc_xl/report/_ooxml.py:11"]}
    installed = {"lxml": ["lxml"], "docx": ["python-docx"]}
    assert undeclared(imported, {"python-docx"}, installed) == [
        "lxml (from lxml) imported at vncpc_xl/workbook/reader.py:19"
    ]


def test_modules_of_other_platforms_are_not_installed_here() -> None:
    """Keep `ELSEWHERE` honest: a module installed here is mapped by its metadata instead."""
    assert set(ELSEWHERE) & set(packages_distributions()) == set()
