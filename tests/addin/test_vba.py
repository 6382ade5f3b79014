"""The VBA in the built add-in, read back with olevba: sources as committed, callbacks wired, calls real."""

from __future__ import annotations

import importlib
import inspect
import re
import warnings
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

with warnings.catch_warnings():  # oletools calls pyparsing's deprecated camelCase names at import
    warnings.simplefilter("ignore", DeprecationWarning)
    from oletools.olevba import VBA_Parser

from vncpc_xl.addin.build import CUSTOM_UI_NAMESPACE, template_path
from vncpc_xl.addin.udf_vba import HELP_MODULE, WRAPPER_MODULE, help_module, wrapper_module

from . import ADDIN_DIR

SOURCES = sorted(p for p in (ADDIN_DIR / "vba").iterdir() if p.suffix in (".bas", ".cls"))


def _modules(path: Path) -> dict[str, str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        parser = VBA_Parser(str(path))
        try:
            return {Path(vba_file).stem: code for _, _, vba_file, code in parser.extract_macros()}
        finally:
            parser.close()


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n")


@pytest.fixture(scope="module")
def modules(fresh_path: Path) -> dict[str, str]:
    return _modules(fresh_path)


@pytest.fixture(scope="module")
def template_modules(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return _modules(template_path())


def test_the_project_holds_exactly_the_expected_modules(modules: dict[str, str]) -> None:
    assert sorted(modules) == sorted(
        ["ThisWorkbook", "Sheet2", "Dictionary", "xlwings", WRAPPER_MODULE, HELP_MODULE, "VNCPC_Ribbon"]
    )


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_olevba_reads_each_source_module_back_as_committed(modules: dict[str, str], source: Path) -> None:
    assert _lf(modules[source.stem]) == _lf(source.read_text(encoding="ascii"))


def test_olevba_reads_the_generated_modules_back_as_generated(modules: dict[str, str]) -> None:
    assert modules[WRAPPER_MODULE] == wrapper_module("vncpc_xl.udfs")
    assert modules[HELP_MODULE] == help_module("vncpc_xl.udfs")


def test_template_modules_are_kept_except_the_project_name(
    modules: dict[str, str], template_modules: dict[str, str]
) -> None:
    for name in ("Dictionary", "Sheet2"):
        assert modules[name] == template_modules[name]
    old = template_modules["xlwings"].split("\n")
    new = modules["xlwings"].split("\n")
    assert len(old) == len(new)
    changed = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
    assert changed == [
        ('Public Const PROJECT_NAME As String = "myaddin"', 'Public Const PROJECT_NAME As String = "vncpc"')
    ]


def test_no_module_mentions_the_template_name(modules: dict[str, str]) -> None:
    for name, code in modules.items():
        assert "myaddin" not in code.lower(), name


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_vba_sources_are_ascii_with_crlf_or_lf_only(source: Path) -> None:
    data = source.read_bytes()
    data.decode("ascii")  # the project's code page cannot hold Vietnamese letters: texts live in Python
    assert b"\r" not in data.replace(b"\r\n", b"")


def _callbacks(custom_ui: bytes) -> list[str]:
    root = ET.fromstring(custom_ui)
    return [e.get("onAction") for e in root.iter() if e.get("onAction")]


def test_every_onaction_names_a_ribbon_callback_sub(parts: dict[str, bytes], modules: dict[str, str]) -> None:
    callbacks = _callbacks(parts["customUI/customUI14.xml"])
    assert len(callbacks) == 12
    for callback in callbacks:
        module, sub = callback.split(".")
        signature = rf"^Sub {re.escape(sub)}\(control As IRibbonControl\)\r?$"
        assert re.search(signature, modules[module], re.MULTILINE), callback


def test_every_ribbon_sub_is_wired_to_a_button(parts: dict[str, bytes], modules: dict[str, str]) -> None:
    subs = re.findall(r"^Sub (\w+)\(control As IRibbonControl\)", modules["VNCPC_Ribbon"], re.MULTILINE)
    assert sorted(f"VNCPC_Ribbon.{s}" for s in subs) == sorted(_callbacks(parts["customUI/customUI14.xml"]))


RUN_ACTION = re.compile(
    r'^Sub (\w+)\(control As IRibbonControl\)\r?\n    RunAction "(\w+)"\r?\nEnd Sub', re.MULTILINE
)
RUNPYTHON = re.compile(
    r'RunPython "import ([\w.]+) as (\w+); \2\.(\w+)\(\'" & action & "\', " & workbookOpen & "\)"'
)


def test_one_runpython_call_hands_the_action_and_whether_a_workbook_was_open_to_run(
    modules: dict[str, str],
) -> None:
    code = modules["VNCPC_Ribbon"]
    [(module_name, _alias, function_name)] = RUNPYTHON.findall(code)
    assert code.count('RunPython "') == 1
    function = getattr(importlib.import_module(module_name), function_name)
    assert list(inspect.signature(function).parameters) == ["name", "workbook_open"]


def test_every_button_sub_runs_a_real_action_of_its_own(modules: dict[str, str]) -> None:
    from vncpc_xl.ribbon import BUTTONS

    code = modules["VNCPC_Ribbon"]
    actions = [action for _sub, action in RUN_ACTION.findall(code)]
    assert len(actions) == code.count("(control As IRibbonControl)") == 12
    assert sorted(actions) == sorted(BUTTONS)


def test_with_no_workbook_open_a_scratch_one_stands_in_and_is_closed_again(modules: dict[str, str]) -> None:
    code = _lf(modules["VNCPC_Ribbon"])
    body = code[
        code.index("Private Sub RunAction") : code.index("End Sub", code.index("Private Sub RunAction"))
    ]
    assert "If ActiveWorkbook Is Nothing Then\n        Set scratch = Workbooks.Add" in body
    assert 'workbookOpen = "False"' in body
    assert "If Not scratch Is Nothing Then scratch.Close SaveChanges:=False" in body
    # a failure to start Python ends in the handler, which closes the scratch too, and never in VBA's dialog
    assert body.index("On Error GoTo Failed") < body.index('RunPython "')
    assert "Resume Done" in body.split("Failed:")[1]


def test_the_add_in_opens_by_registering_the_function_help(modules: dict[str, str]) -> None:
    assert re.search(
        rf"Private Sub Workbook_Open\(\)\r?\n(?:\s*'.*\r?\n)*\s*{HELP_MODULE}\.RegisterFunctionHelp\r?\n",
        modules["ThisWorkbook"],
    )
    assert re.search(r"^Public Sub RegisterFunctionHelp\(\)", modules[HELP_MODULE], re.MULTILINE)


def test_the_custom_ui_uses_the_2009_namespace() -> None:
    root = ET.parse(ADDIN_DIR / "customUI" / "customUI14.xml").getroot()
    assert root.tag == "{" + CUSTOM_UI_NAMESPACE + "}customUI"


def test_the_committed_addin_holds_the_same_vba_as_a_fresh_build(fresh_path: Path) -> None:
    committed = ADDIN_DIR / "vncpc.xlam"
    with zipfile.ZipFile(committed) as package:
        assert "xl/vbaProject.bin" in package.namelist()
    assert _modules(committed) == _modules(fresh_path)


def test_each_action_names_its_button_as_the_tab_labels_it(
    parts: dict[str, bytes], modules: dict[str, str]
) -> None:
    from vncpc_xl.ribbon import BUTTONS

    action_of = dict(RUN_ACTION.findall(modules["VNCPC_Ribbon"]))
    root = ET.fromstring(parts["customUI/customUI14.xml"])
    buttons = [e for e in root.iter() if e.get("onAction")]
    assert buttons
    for element in buttons:
        sub = element.get("onAction").split(".")[1]
        assert BUTTONS[action_of[sub]].label == element.get("label"), sub
