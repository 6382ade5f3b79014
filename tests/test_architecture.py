"""The package's shape: imports point one way and every header text lives only in the schema."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from vncpc_xl.schema import SPECS

PACKAGE = Path(__file__).resolve().parents[1] / "vncpc_xl"
HEAVY = ("openpyxl", "python_calamine", "docx", "docxtpl", "xlwings", "matplotlib")


@pytest.mark.parametrize("module", ["vncpc_xl.core", "vncpc_xl.schema"])
def test_pure_layers_import_no_file_library(module: str) -> None:
    code = f"import sys, {module}; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "", f"{module} imports {out}"


def _string_constants(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def _headers() -> set[str]:
    """Header texts specific enough that a copy elsewhere must be a second list of the same columns."""
    headers = {col.header for spec in SPECS.values() for table in spec.tables for col in table.columns}
    return {h for h in headers if len(h) >= 8 or "(" in h}


def test_headers_are_written_only_in_the_schema() -> None:
    headers = _headers()
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "schema" in path.relative_to(PACKAGE).parts:
            continue
        found = headers & _string_constants(path)
        offenders += [f"{path.relative_to(PACKAGE)}: {h!r}" for h in sorted(found)]
    assert offenders == []


def test_table_names_are_unique_across_kinds() -> None:
    names = [table.name for spec in SPECS.values() for table in spec.tables]
    assert len(names) == len(set(names))
