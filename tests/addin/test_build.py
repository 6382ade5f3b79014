"""The built add-in: a valid Office package, reproducible to the byte, source-only VBA, renamed for VNCPC."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import olefile
import pytest
from click.testing import CliRunner

from vncpc_xl.addin.build import (
    CUSTOM_UI_NAMESPACE,
    CUSTOM_UI_PART,
    CUSTOM_UI_RELATIONSHIP,
    VBA_PART,
    build_addin,
    package_parts,
    stale_parts,
    template_path,
    write_addin,
)
from vncpc_xl.cli import main

from . import ADDIN_DIR, ROOT

CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
UI = "{" + CUSTOM_UI_NAMESPACE + "}"


def _relationships(parts: dict[str, bytes], name: str) -> list[ET.Element]:
    return list(ET.fromstring(parts[name]).iter(f"{REL}Relationship"))


def _part_of(source: str, target: str) -> str:
    folder = source.split("_rels/")[0]
    return (folder + target).lstrip("/")


def test_the_package_is_a_zip_with_content_types_for_every_part(parts: dict[str, bytes]) -> None:
    types = ET.fromstring(parts["[Content_Types].xml"])
    defaults = {d.get("Extension") for d in types.iter(f"{CT}Default")}
    overrides = {o.get("PartName") for o in types.iter(f"{CT}Override")}
    for name in parts:
        if name == "[Content_Types].xml":
            continue
        assert f"/{name}" in overrides or name.rsplit(".", 1)[-1] in defaults, name
    assert "/xl/vbaProject.bin" in overrides
    main_type = next(o for o in types.iter(f"{CT}Override") if o.get("PartName") == "/xl/workbook.xml")
    assert main_type.get("ContentType") == "application/vnd.ms-excel.addin.macroEnabled.main+xml"


def test_every_relationship_points_at_a_part_of_the_package(parts: dict[str, bytes]) -> None:
    rel_parts = [name for name in parts if name.endswith(".rels")]
    assert "_rels/.rels" in rel_parts
    for rels in rel_parts:
        for rel in _relationships(parts, rels):
            assert _part_of(rels, rel.get("Target")) in parts, (rels, rel.get("Target"))


def test_the_ribbon_part_is_customui14_with_the_matching_relationship(parts: dict[str, bytes]) -> None:
    ui = [rel for rel in _relationships(parts, "_rels/.rels") if rel.get("Target") == CUSTOM_UI_PART]
    assert len(ui) == 1
    assert ui[0].get("Type") == CUSTOM_UI_RELATIONSHIP
    assert ET.fromstring(parts[CUSTOM_UI_PART]).tag == f"{UI}customUI"
    assert "customUI/customUI.xml" not in parts
    assert parts[CUSTOM_UI_PART] == (ADDIN_DIR / "customUI" / "customUI14.xml").read_bytes().replace(
        b"\r\n", b"\n"
    )


def test_the_ribbon_relationship_gets_the_office_2010_type_whatever_the_template_says() -> None:
    # An Office 2007 type (2006) in front of a customUI14 part would make Office skip the ribbon.
    with zipfile.ZipFile(template_path()) as template:
        parts = {info.filename: template.read(info) for info in template.infolist()}
    old_type = b"http://schemas.microsoft.com/office/2006/relationships/ui/extensibility"
    parts["_rels/.rels"] = re.sub(
        rb'Type="[^"]*"(\s+Target="customUI/customUI\.xml")',
        b'Type="' + old_type + rb'"\1',
        parts["_rels/.rels"],
    )
    assert old_type in parts["_rels/.rels"]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as variant:
        for name, data in parts.items():
            variant.writestr(name, data)
    built = package_parts(out.getvalue(), b"", b"<customUI/>")
    [ui] = [r for r in _relationships(built, "_rels/.rels") if r.get("Target") == CUSTOM_UI_PART]
    assert ui.get("Type") == CUSTOM_UI_RELATIONSHIP
    assert len(_relationships(built, "_rels/.rels")) == len(_relationships(parts, "_rels/.rels"))


def test_ribbon_control_ids_are_unique_and_every_button_has_label_tip_icon(parts: dict[str, bytes]) -> None:
    root = ET.fromstring(parts[CUSTOM_UI_PART])
    ids = [element.get("id") for element in root.iter() if element.get("id")]
    assert len(ids) == len(set(ids))
    tab = next(root.iter(f"{UI}tab"))
    assert tab.get("label") == "VNCPC"
    groups = [g.get("label") for g in tab.iter(f"{UI}group")]
    assert groups == ["Biểu mẫu", "Tính toán", "Báo cáo", "Trợ giúp"]
    buttons = list(tab.iter(f"{UI}button"))
    assert len(buttons) == 12
    for button in buttons:
        assert button.get("label") and button.get("screentip") and button.get("supertip"), button.get("id")
        assert re.fullmatch(r"[A-Za-z0-9]+", button.get("imageMso") or ""), button.get("id")


def test_two_builds_are_byte_identical(fresh: bytes) -> None:
    assert build_addin(ROOT) == fresh


def test_the_zip_entries_carry_fixed_dates_and_no_compression(fresh: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(fresh)) as package:
        infos = package.infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert {(i.date_time, i.compress_type, i.create_system, i.external_attr) for i in infos} == {
        ((1980, 1, 1, 0, 0, 0), zipfile.ZIP_STORED, 0, 0x20)
    }


def test_the_committed_addin_is_current() -> None:
    assert stale_parts(ROOT) == [], "run: vncpc-xl addin build"


def test_build_check_command_fails_on_a_stale_addin(tmp_path: Path) -> None:
    root = tmp_path / "tree"
    (root / "addin").mkdir(parents=True)
    (root / "pyproject.toml").write_bytes((ROOT / "pyproject.toml").read_bytes())
    for sub in ("vba", "customUI"):
        (root / "addin" / sub).mkdir()
        for source in (ADDIN_DIR / sub).iterdir():
            (root / "addin" / sub / source.name).write_bytes(source.read_bytes())
    runner = CliRunner()
    missing = runner.invoke(main, ["addin", "build", "--check", "--root", str(root)])
    assert missing.exit_code == 1
    assert runner.invoke(main, ["addin", "build", "--root", str(root)]).exit_code == 0
    assert runner.invoke(main, ["addin", "build", "--check", "--root", str(root)]).exit_code == 0
    ribbon = root / "addin" / "vba" / "VNCPC_Ribbon.bas"
    ribbon.write_bytes(ribbon.read_bytes() + b"' changed\r\n")
    stale = runner.invoke(main, ["addin", "build", "--check", "--root", str(root)])
    assert stale.exit_code == 1
    assert VBA_PART in stale.output


def test_write_addin_writes_the_build(tmp_path: Path, fresh: bytes) -> None:
    root = tmp_path / "tree"
    (root / "addin").mkdir(parents=True)
    (root / "pyproject.toml").write_bytes((ROOT / "pyproject.toml").read_bytes())
    for sub in ("vba", "customUI"):
        (root / "addin" / sub).mkdir()
        for source in (ADDIN_DIR / sub).iterdir():
            (root / "addin" / sub / source.name).write_bytes(source.read_bytes().replace(b"\r\n", b"\n"))
    # LF checkouts build the same bytes: the build normalises line ends.
    assert write_addin(root).read_bytes() == fresh


def test_a_vba_source_with_vietnamese_letters_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "tree"
    (root / "addin" / "vba").mkdir(parents=True)
    (root / "pyproject.toml").write_bytes((ROOT / "pyproject.toml").read_bytes())
    (root / "addin" / "vba" / "Bad.bas").write_text(
        'Attribute VB_Name = "Bad"\r\n\' Biểu mẫu\r\n', encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["addin", "build", "--root", str(root)])
    assert result.exit_code == 1
    assert "Bad.bas: mã VBA chỉ được dùng ký tự ASCII" in result.output


def test_the_build_refuses_another_xlwings_than_the_pinned_one(tmp_path: Path) -> None:
    root = tmp_path / "tree"
    root.mkdir()
    (root / "pyproject.toml").write_text('dependencies = ["xlwings==0.0.1"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["addin", "build", "--root", str(root)])
    assert result.exit_code == 1
    assert "xlwings==0.0.1" in result.output


# --- the VBA project ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def vba(parts: dict[str, bytes]) -> olefile.OleFileIO:
    return olefile.OleFileIO(parts[VBA_PART])


def test_vba_project_stream_has_version_ffff_and_no_performance_cache(vba: olefile.OleFileIO) -> None:
    assert vba.openstream("VBA/_VBA_PROJECT").read() == b"\xcc\x61\xff\xff\x00\x01\x00"


def test_vba_project_has_no_srp_streams_and_modules_start_at_offset_zero(parts: dict[str, bytes]) -> None:
    from pyopenvba.cfb import CFB
    from pyopenvba.vba import parse_vba_project

    cfb = CFB.from_bytes(parts[VBA_PART])
    assert [s for s in cfb.list_streams_in_storage("VBA") if s.startswith("__SRP_")] == []
    project = parse_vba_project(cfb)
    assert {m.name: m.text_offset for m in project.modules} == {m.name: 0 for m in project.modules}


def test_the_template_name_is_replaced_by_vncpc(parts: dict[str, bytes], vba: olefile.OleFileIO) -> None:
    project = vba.openstream("PROJECT").read().decode("cp1252")
    assert 'Name="VNCPC"' in project.splitlines()
    assert "\r\n\r\n" not in project.split("[Workspace]")[1].rstrip("\r\n")
    from pyopenvba.cfb import CFB
    from pyopenvba.vba import parse_vba_project

    assert parse_vba_project(CFB.from_bytes(parts[VBA_PART])).name == "VNCPC"
    assert b'<sheet name="_vncpc.conf"' in parts["xl/workbook.xml"]
    for name, data in parts.items():
        assert b"myaddin" not in data.lower(), name  # the VBA sources are checked in test_vba


def test_no_path_of_a_build_machine_is_shipped(parts: dict[str, bytes]) -> None:
    for name, data in parts.items():
        if name == VBA_PART:
            continue  # references name their type libraries by path, as Excel writes them
        text = data.decode("utf-8", "replace")
        assert not re.search(r"[A-Za-z]:\\Users\\|/home/|/tmp/|/root/|/work/", text), name


def test_the_template_is_the_pinned_xlwings_one() -> None:
    import xlwings

    assert template_path().is_file()
    assert template_path().parent == Path(xlwings.__file__).parent
