"""The package's shape: imports point one way, without circles, and every header text lives only in the schema."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.import_graph import Import, cycles, imports
from vncpc_xl.schema import SPECS

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "vncpc_xl"
HEAVY = ("openpyxl", "python_calamine", "docx", "docxtpl", "xlwings", "matplotlib")

# The layers, lowest first, and the modules of each (a name covers its submodules). A module may import its own
# layer and those below; README.md's layout section states the same order.
LAYERS: dict[str, tuple[str, ...]] = {
    "errors": ("vncpc_xl.errors", "vncpc_xl._files", "vncpc_xl._lazy"),
    "core": ("vncpc_xl.core",),
    "schema": ("vncpc_xl.schema",),
    "workbook": ("vncpc_xl.workbook",),
    "consolidate": ("vncpc_xl.consolidate",),
    "archive": ("vncpc_xl.archive",),
    "report": ("vncpc_xl.report",),
    "adapters": (
        "vncpc_xl.udfs",
        "vncpc_xl._excel_args",
        "vncpc_xl._xlfunc",
        "vncpc_xl.ribbon",
        "vncpc_xl.cli",
        "vncpc_xl.addin",
    ),
}
ROOT_MODULE = "vncpc_xl"  # holds only __version__; imports nothing of the package, any layer may read it


def layer_of(module: str, layers: dict[str, tuple[str, ...]] = LAYERS) -> int | None:
    """Return the position of `module`'s layer in `layers`, or None when no layer claims it."""
    for position, prefixes in enumerate(layers.values()):
        if any(module == prefix or module.startswith(prefix + ".") for prefix in prefixes):
            return position
    return None


def upward_imports(edges: list[Import], layers: dict[str, tuple[str, ...]] = LAYERS) -> list[str]:
    """Return a line for every import of a higher layer, or of or by a module that no layer claims."""
    names = list(layers)
    found = []
    for edge in edges:
        if edge.target == ROOT_MODULE:
            continue
        source, target = layer_of(edge.source, layers), layer_of(edge.target, layers)
        if source is None or target is None:
            found.append(f"{edge}: {edge.source if source is None else edge.target} belongs to no layer")
        elif target > source:
            found.append(f"{edge}: layer {names[source]} must not import layer {names[target]}")
    return found


def test_every_import_points_down_the_layers() -> None:
    assert upward_imports(imports(ROOT, "vncpc_xl")) == []


def test_no_modules_import_each_other_in_a_circle() -> None:
    edges = imports(ROOT, "vncpc_xl")
    found = [[str(e) for e in edges if e.source in group and e.target in group] for group in cycles(edges)]
    assert found == []


def test_the_root_module_imports_nothing_of_the_package() -> None:
    assert [str(e) for e in imports(ROOT, "vncpc_xl") if e.source == ROOT_MODULE] == []


def test_readme_states_the_layer_order_the_test_enforces() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sentence = re.search(r"Imports point one way: (.+?)\.", readme, re.S)
    assert sentence is not None
    stated = [*re.findall(r"`([a-z_]+)`", sentence[1].split("adapters")[0]), "adapters"]
    assert stated == list(LAYERS)


def _write_package(root: Path, modules: dict[str, str]) -> None:
    for name, text in modules.items():
        path = root.joinpath(*name.split(".")).with_suffix(".py")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_the_checks_name_an_upward_function_level_import_and_a_circle(tmp_path: Path) -> None:
    _write_package(
        tmp_path,
        {
            "pkg.__init__": "",
            "pkg.low.__init__": "",
            "pkg.low.a": "def f():\n    from pkg.low import b\n",
            "pkg.low.b": "from .a import f\n",
            "pkg.high": "import importlib\nimportlib.import_module('pkg.low.a')\n",
            "pkg.low.c": "def g():\n    from pkg.high import x\n",
        },
    )
    layers = {"low": ("pkg.low",), "high": ("pkg.high",)}
    edges = imports(tmp_path, "pkg")
    assert ("pkg.high", "pkg.low.a") in {(e.source, e.target) for e in edges}
    assert upward_imports(edges, layers) == [
        f"{Path('pkg/low/c.py')}:2 (pkg.low.c imports pkg.high): layer low must not import layer high"
    ]
    assert cycles(edges) == [["pkg.low.a", "pkg.low.b"]]


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
