"""The import graph of a package read from its source: every import statement, at any depth, with its line."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Import:
    """One import statement of module `source` (file `path`, line `line`) naming module `target`."""

    source: str
    target: str
    path: Path
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line} ({self.source} imports {self.target})"


def module_files(root: Path, package: str) -> dict[str, Path]:
    """Return ``{dotted module name: file}`` of every module of `package`, found under `root`."""
    files = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        files[".".join(parts)] = path
    return files


def imports(root: Path, package: str) -> list[Import]:
    """Return every import of a module of `package` by a module of `package`, function-level ones included.

    ``from pkg import name`` names the submodule ``pkg.name`` when there is one, else ``pkg`` itself; a
    constant argument of ``importlib.import_module`` counts as an import too.
    """
    files = module_files(root, package)
    found = []
    for source, path in files.items():
        is_package = path.name == "__init__.py"
        for line, target in _targets(ast.parse(path.read_text(encoding="utf-8")), source, is_package, files):
            if target == package or target.startswith(package + "."):
                found.append(Import(source, _known(target, files), path.relative_to(root), line))
    return found


def third_party(root: Path, package: str, stdlib: frozenset[str]) -> dict[str, list[str]]:
    """Return ``{top-level module: ["file:line", ...]}`` of every import outside `package` and `stdlib`."""
    files = module_files(root, package)
    found: dict[str, list[str]] = {}
    for source, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, target in _targets(tree, source, path.name == "__init__.py", files):
            top = target.split(".")[0]
            if top and top != package and top not in stdlib:
                found.setdefault(top, []).append(f"{path.relative_to(root)}:{line}")
    return found


def cycles(edges: list[Import]) -> list[list[str]]:
    """Return each group of modules that import one another in a circle (Tarjan's strongly connected parts)."""
    graph: dict[str, set[str]] = {}
    for edge in edges:
        if edge.source != edge.target:
            graph.setdefault(edge.source, set()).add(edge.target)
            graph.setdefault(edge.target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while not group or group[-1] != node:
                group.append(stack.pop())
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def _targets(
    tree: ast.AST, source: str, is_package: bool, files: dict[str, Path]
) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, source, is_package)
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                yield node.lineno, submodule if submodule in files else base
        elif _is_import_module_call(node):
            yield node.lineno, node.args[0].value  # type: ignore[attr-defined]


def _absolute(node: ast.ImportFrom, source: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    parts = source.split(".") if is_package else source.split(".")[:-1]
    parts = parts[: len(parts) - node.level + 1]
    return ".".join([*parts, node.module] if node.module else parts)


def _is_import_module_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute | ast.Name)
        and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id) == "import_module"
        and bool(node.args)
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    )


def _known(target: str, files: dict[str, Path]) -> str:
    """Return `target`, or its nearest enclosing module when it names something inside one (``pkg.mod.Name``)."""
    while target not in files and "." in target:
        target = target.rsplit(".", 1)[0]
    return target
