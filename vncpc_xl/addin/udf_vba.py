"""VBA for the worksheet functions: xlwings' own wrapper module and the function-wizard help, without Excel.

xlwings writes the VBA wrappers of a UDF module with ``import_udfs`` ("Import Functions"), which needs
Excel and pywin32. Its generator, ``generate_vba_wrapper`` in ``xlwings/udfs.py``, only needs the
``__xlfunc__`` metadata that xlwings' decorators attach, but that file imports pywin32 at the top, and on
other systems ``xlwings.func`` is a no-op. So the generator and the decorators are taken from the source of
the installed (pinned) xlwings, compiled on their own, and run here unchanged: the module they produce is
the one "Import Functions" would.
"""

from __future__ import annotations
import __future__

import ast
import datetime
import importlib.util
import inspect
import io
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Annotated, Any, TypeVar, get_args, get_origin, get_type_hints

import xlwings
from xlwings.utils import VBAWriter

from vncpc_xl.addin._common import ADDIN_FILE, AddinError

#: What import_udfs names the module it generates.
WRAPPER_MODULE = "xlwings_udfs"
#: Our generated module that registers the function-wizard help (Application.MacroOptions).
HELP_MODULE = "VNCPC_FunctionHelp"

_XLWINGS_FUNCTIONS = (
    "func_sig",
    "get_category",
    "get_async_mode",
    "check_bool",
    "extract_type_and_annotations",
    "xlfunc",
    "xlsub",
    "xlret",
    "xlarg",
    "generate_vba_wrapper",
)
_DECORATORS = {"func": "xlfunc", "sub": "xlsub", "script": "xlsub", "ret": "xlret", "arg": "xlarg"}


@dataclass(frozen=True)
class _Workbook:
    """What generate_vba_wrapper reads of the COM workbook: its name (an .xlam uses ActiveWorkbook)."""

    Name: str


def xlwings_toolkit() -> SimpleNamespace:
    """Return xlwings' UDF decorators and ``generate_vba_wrapper``, compiled from the installed udfs.py."""
    path = Path(xlwings.__file__).with_name("udfs.py")
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    missing = [name for name in _XLWINGS_FUNCTIONS if name not in found]
    if missing:
        raise AddinError(
            f"{path}: xlwings {xlwings.__version__} không có {', '.join(missing)}; "
            "cần đúng phiên bản xlwings đã ghim.",
            f"{path}: xlwings {xlwings.__version__} lacks {', '.join(missing)}; "
            "the pinned xlwings is required.",
        )
    module = ast.Module(body=[found[name] for name in _XLWINGS_FUNCTIONS], type_ignores=[])
    flags = __future__.annotations.compiler_flag
    code = compile(module, str(path), "exec", flags=flags, dont_inherit=True)
    namespace: dict[str, Any] = {
        "__name__": "xlwings.udfs",
        "inspect": inspect,
        "dt": datetime,
        "Annotated": Annotated,
        "Any": Any,
        "Callable": Callable,
        "TypeVar": TypeVar,
        "_F": TypeVar("_F", bound=Callable[..., Any]),
        "get_args": get_args,
        "get_origin": get_origin,
        "get_type_hints": get_type_hints,
        "VBAWriter": VBAWriter,
    }
    exec(code, namespace)
    return SimpleNamespace(**{name: namespace[name] for name in _XLWINGS_FUNCTIONS})


@contextmanager
def _real_decorators(toolkit: SimpleNamespace) -> Iterator[None]:
    saved = {name: getattr(xlwings, name, None) for name in _DECORATORS}
    try:
        for name, real in _DECORATORS.items():
            setattr(xlwings, name, getattr(toolkit, real))
        yield
    finally:
        for name, value in saved.items():
            setattr(xlwings, name, value)


def load_udf_module(module_name: str, toolkit: SimpleNamespace | None = None) -> ModuleType:
    """Return a fresh copy of `module_name` whose functions carry xlwings' ``__xlfunc__`` metadata.

    The module is executed once more with ``xlwings.func``/``arg``/``ret``/``sub`` set to xlwings' real
    decorators; the copy in ``sys.modules`` (if any) is left as it was.
    """
    toolkit = toolkit or xlwings_toolkit()
    spec = importlib.util.find_spec(module_name)
    if spec is None or spec.loader is None:
        raise AddinError(
            f"Không tìm thấy module Python {module_name}.", f"Python module {module_name} not found."
        )
    module = importlib.util.module_from_spec(spec)
    previous = sys.modules.get(module_name)
    sys.modules[module_name] = module
    try:
        with _real_decorators(toolkit):
            spec.loader.exec_module(module)
    finally:
        if previous is None:
            del sys.modules[module_name]
        else:
            sys.modules[module_name] = previous
    return module


def udf_functions(module: ModuleType) -> list[Any]:
    """Return the functions of `module` that xlwings exports, in the order xlwings visits them (``dir``)."""
    return [
        value
        for value in map(lambda attr: getattr(module, attr), dir(module))
        if hasattr(value, "__xlfunc__")
    ]


def wrapper_module(module_name: str, *, toolkit: SimpleNamespace | None = None) -> str:
    """Return the VBA module ``xlwings_udfs`` exactly as xlwings' import_udfs writes it in an .xlam (CRLF)."""
    toolkit = toolkit or xlwings_toolkit()
    module = load_udf_module(module_name, toolkit)
    buffer = io.StringIO()
    vba = VBAWriter(buffer)
    # The header lines are import_udfs' own; the rest is its generate_vba_wrapper, run as is.
    vba.writeln(f'Attribute VB_Name = "{WRAPPER_MODULE}"')
    vba.writeln("'Autogenerated code by xlwings - changes will be lost with next import!")
    vba.writeln("""#Const App = "Microsoft Excel" 'Adjust when using outside of Excel""")
    toolkit.generate_vba_wrapper(module_name, module, buffer, _Workbook(ADDIN_FILE))
    return crlf(buffer.getvalue())


def help_module(module_name: str, *, toolkit: SimpleNamespace | None = None) -> str:
    """Return the VBA module that registers each function's wizard help (CRLF, ASCII only).

    It does in VBA what import_udfs does through COM after importing: ``Application.MacroOptions`` with the
    docstring (first 255 characters) as description, the xlwings category and each argument's ``doc``.
    The project's code page (1252) cannot hold Vietnamese letters, so texts are written with ``\\uXXXX``
    escapes that ``VnText`` decodes at run time.
    """
    toolkit = toolkit or xlwings_toolkit()
    functions = udf_functions(load_udf_module(module_name, toolkit))
    lines = [
        f'Attribute VB_Name = "{HELP_MODULE}"',
        f"' Generated by vncpc-xl addin build from {module_name}: do not edit.",
        "' Function-wizard help of the add-in's worksheet functions, registered when the add-in opens.",
        "Option Explicit",
        "",
        "Public Sub RegisterFunctionHelp()",
        "    On Error Resume Next",
        *(f"    Register_{f.__xlfunc__['name']}" for f in functions),
        "    ThisWorkbook.Saved = True",
        "End Sub",
    ]
    for function in functions:
        lines += ["", *_register_sub(function.__xlfunc__)]
    lines += ["", *_VNTEXT]
    return "\r\n".join(lines) + "\r\n"


def _register_sub(xlfunc: dict[str, Any]) -> list[str]:
    name = xlfunc["name"]
    argdocs = [arg["doc"][:255] for arg in xlfunc["args"] if not arg["vba"]]
    category = xlfunc["category"]
    category_vba = str(category) if isinstance(category, int) else "cat"
    lines = [f"Private Sub Register_{name}()", "    Dim desc As String, cat As String"]
    if argdocs:
        lines.append(f"    Dim args(0 To {len(argdocs) - 1}) As Variant")
    lines += vba_assign("desc", xlfunc["ret"]["doc"][:255])
    if not isinstance(category, int):
        lines += vba_assign("cat", category)
    for i, doc in enumerate(argdocs):
        lines += vba_assign(f"args({i})", doc)
    lines += [
        f'    Application.MacroOptions Macro:="\'" & ThisWorkbook.Name & "\'!{name}", Description:=desc, _',
        f"        Category:={category_vba}" + (", ArgumentDescriptions:=args" if argdocs else ""),
        "End Sub",
    ]
    return lines


#: Longest string literal put on one VBA line (VBA refuses lines over 1023 characters).
_CHUNK = 600


def vba_assign(target: str, text: str) -> list[str]:
    """Return VBA statements that set `target` to `text`, in literals short enough for VBA's line limit."""
    pieces = _escape(text)
    chunks: list[str] = []
    current = ""
    for piece in pieces:
        if current and len(current) + len(piece) > _CHUNK:
            chunks.append(current)
            current = ""
        current += piece
    chunks.append(current)
    wrap = "VnText" if any(p.startswith("\\u") for p in pieces) else ""
    lines = [f'    {target} = {wrap}("{chunks[0]}")' if wrap else f'    {target} = "{chunks[0]}"']
    for chunk in chunks[1:]:
        literal = f'{wrap}("{chunk}")' if wrap else f'"{chunk}"'
        lines.append(f"    {target} = {target} & {literal}")
    return lines


def _escape(text: str) -> list[str]:
    """Return `text` as VBA literal pieces: printable ASCII as is (quotes doubled), else ``\\uXXXX``."""
    out = []
    for ch in text:
        if " " <= ch <= "~" and ch != "\\":
            out.append('""' if ch == '"' else ch)
        else:
            units = ch.encode("utf-16-le")
            out.append(
                "".join(
                    f"\\u{int.from_bytes(units[i : i + 2], 'little'):04X}" for i in range(0, len(units), 2)
                )
            )
    return out


_VNTEXT = [
    "Private Function VnText(ByVal s As String) As String",
    "    ' Decodes the \\uXXXX escapes written by the build (UTF-16 code units).",
    "    Dim i As Long, out As String",
    '    i = InStr(s, "\\u")',
    "    Do While i > 0",
    '        out = out & Left$(s, i - 1) & ChrW$(CLng("&H" & Mid$(s, i + 2, 4)))',
    "        s = Mid$(s, i + 6)",
    '        i = InStr(s, "\\u")',
    "    Loop",
    "    VnText = out & s",
    "End Function",
]


def crlf(text: str) -> str:
    """Return `text` with CRLF line ends, as VBA stores its source."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")
