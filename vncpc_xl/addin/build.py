"""Build ``addin/vncpc.xlam`` from its text sources and the pinned xlwings' add-in template, byte for byte.

Inputs: xlwings' ``quickstart_addin_ribbon.xlam`` (from the installed package, which must be the version
pinned in pyproject.toml), the VBA modules ``addin/vba/*.bas|*.cls``, the ribbon
``addin/customUI/customUI14.xml`` and the UDF module ``vncpc_xl.udfs`` (its VBA wrappers and
function-wizard help are generated, see `udf_vba`).

The VBA project is edited with pyOpenVBA, then made to hold source only: every module is rewritten without
its compiled PerformanceCache, no ``__SRP_*`` stream is left and ``_VBA_PROJECT`` is the 7-byte header with
version 0xFFFF, so Excel compiles the code from source when it opens the add-in. The template's name
``myaddin`` becomes ``vncpc`` wherever xlwings' custom add-in pattern puts it (PROJECT_NAME, config sheet,
VBA project name).

The package is written deterministically: fixed part order, fixed timestamps and attributes, and no
compression (stored), so the bytes do not depend on the zlib build of the machine.
"""

from __future__ import annotations

import io
import re
import struct
import tempfile
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import xlwings

from vncpc_xl._files import write_atomic
from vncpc_xl.addin._common import (
    ADDIN_FILE,
    PRODUCT,
    TEMPLATE_FILE,
    TEMPLATE_PRODUCT,
    UDF_MODULE,
    VBA_PROJECT_NAME,
    AddinError,
    pinned_xlwings_version,
)
from vncpc_xl.addin.udf_vba import (
    HELP_MODULE,
    WRAPPER_MODULE,
    crlf,
    help_module,
    load_udf_module,
    udf_functions,
    wrapper_module,
    xlwings_toolkit,
)

CUSTOM_UI_PART = "customUI/customUI14.xml"
#: The relationship type of an Office 2010 (customUI14, namespace 2009/07) ribbon part.
CUSTOM_UI_RELATIONSHIP = "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility"
CUSTOM_UI_NAMESPACE = "http://schemas.microsoft.com/office/2009/07/customui"
VBA_PART = "xl/vbaProject.bin"
#: [MS-OVBA] 2.3.4.1: Reserved1 0x61CC, Version 0xFFFF ("MUST be 0xFFFF on write"), Reserved2, Reserved3,
#: and no PerformanceCache.
VBA_PROJECT_STREAM = b"\xcc\x61\xff\xff\x00\x01\x00"
#: Template modules that ours replace.
_DROPPED_MODULES = ("RibbonMyAddin",)
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_FIRST_PARTS = ("[Content_Types].xml", "_rels/.rels")


@dataclass(frozen=True)
class Sources:
    """The add-in's text sources: VBA modules by name (CRLF) and the ribbon XML."""

    modules: dict[str, str]
    custom_ui: bytes


def template_path() -> Path:
    """Return the custom add-in template inside the installed xlwings package."""
    return Path(xlwings.__file__).with_name(TEMPLATE_FILE)


def read_sources(addin_dir: Path) -> Sources:
    """Return the VBA modules of ``addin_dir/vba`` (named by ``Attribute VB_Name``) and the ribbon XML."""
    modules: dict[str, str] = {}
    for path in sorted((addin_dir / "vba").glob("*.*")):
        if path.suffix.lower() not in (".bas", ".cls"):
            continue
        try:
            text = crlf(path.read_bytes().decode("ascii"))
        except UnicodeDecodeError as exc:
            raise AddinError(
                f"{path.name}: mã VBA chỉ được dùng ký tự ASCII (byte {exc.start}); chữ Việt để ở phía Python.",
                f"{path.name}: VBA source must be ASCII (byte {exc.start}); Vietnamese texts belong in Python.",
            ) from exc
        name = module_name(text)
        if name != path.stem:
            raise AddinError(
                f"{path.name}: Attribute VB_Name = {name!r} phải trùng tên tệp ({path.stem}).",
                f"{path.name}: Attribute VB_Name = {name!r} must match the file name ({path.stem}).",
            )
        modules[name] = text
    custom_ui = (addin_dir / "customUI" / "customUI14.xml").read_bytes().replace(b"\r\n", b"\n")
    return Sources(modules, custom_ui)


def module_name(source: str) -> str:
    """Return the ``Attribute VB_Name`` of a VBA module's source."""
    found = re.match(r'Attribute VB_Name = "([^"]+)"', source)
    if not found:
        raise AddinError(
            "Module VBA phải bắt đầu bằng dòng Attribute VB_Name.",
            'A VBA module must start with its Attribute VB_Name = "..." line.',
        )
    return found.group(1)


def generated_modules(udf_module: str = UDF_MODULE) -> dict[str, str]:
    """Return the generated VBA modules: xlwings' UDF wrappers and the function-wizard help."""
    toolkit = xlwings_toolkit()
    _check_documented(udf_module, toolkit)
    return {
        WRAPPER_MODULE: wrapper_module(udf_module, toolkit=toolkit),
        HELP_MODULE: help_module(udf_module, toolkit=toolkit),
    }


def _check_documented(udf_module: str, toolkit: SimpleNamespace) -> None:
    # xlwings falls back to a text naming the file's path for an undocumented function: that would put this
    # machine's path into the add-in (and break reproducibility), and SPEC section 5 asks for the docs anyway.
    missing = []
    for function in udf_functions(load_udf_module(udf_module, toolkit)):
        xlfunc = function.__xlfunc__
        if not function.__doc__:
            missing.append(f"{xlfunc['name']} (docstring)")
        missing += [
            f"{xlfunc['name']}({a['name']})" for a in xlfunc["args"] if a["doc"].startswith("Positional ")
        ]
    if missing:
        raise AddinError(
            f"{udf_module}: thiếu mô tả cho {', '.join(missing)}; thêm docstring và @xw.arg(..., doc=...).",
            f"{udf_module}: missing docs for {', '.join(missing)}; add docstrings and @xw.arg(..., doc=...).",
        )


def build_addin(root: Path, *, udf_module: str = UDF_MODULE) -> bytes:
    """Return the bytes of the add-in built from the source tree at `root` (with pyproject.toml, addin/)."""
    pinned = pinned_xlwings_version(root / "pyproject.toml")
    if xlwings.__version__ != pinned:
        raise AddinError(
            f"Đang cài xlwings {xlwings.__version__} nhưng dự án ghim xlwings=={pinned}: "
            f"chạy 'pip install xlwings=={pinned}' rồi build lại.",
            f"xlwings {xlwings.__version__} is installed but the project pins xlwings=={pinned}: "
            f"run 'pip install xlwings=={pinned}' and build again.",
        )
    sources = read_sources(root / "addin")
    generated = generated_modules(udf_module)
    clash = sorted(set(sources.modules) & set(generated))
    if clash:
        raise AddinError(
            f"addin/vba: {', '.join(clash)} là tên module được sinh tự động; hãy đổi tên.",
            f"addin/vba: {', '.join(clash)} is the name of a generated module; rename it.",
        )
    modules = {**sources.modules, **generated}
    template = template_path().read_bytes()
    vba = build_vba_project(template, modules)
    return write_package(package_parts(template, vba, sources.custom_ui))


# --- the VBA project ----------------------------------------------------------------------------------------


def build_vba_project(template_xlam: bytes, modules: Mapping[str, str]) -> bytes:
    """Return the template's vbaProject.bin with `modules` added or replaced, renamed, and source-only."""
    from pyopenvba import ExcelFile

    with tempfile.TemporaryDirectory() as tmp:
        source, target = Path(tmp) / "template.xlam", Path(tmp) / "built.xlam"
        source.write_bytes(template_xlam)
        with ExcelFile(str(source)) as book:
            project = book.vba_project()
            for name in _DROPPED_MODULES:
                project.delete_module(name)
            book.set_module("xlwings", _renamed_xlwings_module(book.get_module("xlwings")))
            existing = {m.name for m in project.modules}
            for name, text in modules.items():
                if name in existing:
                    book.set_module(name, text)
                else:
                    project.add_module(name, text)
            # Every module rewritten: pyOpenVBA then stores it from offset 0, without its PerformanceCache.
            kept = [m.name for m in project.modules if m.name not in modules and m.name != "xlwings"]
            for name in kept:
                book.set_module(name, book.get_module(name))
            book.save(str(target))
        with zipfile.ZipFile(target) as package:
            vba = package.read(VBA_PART)
    return source_only(vba)


def _renamed_xlwings_module(source: str) -> str:
    old = f'Public Const PROJECT_NAME As String = "{TEMPLATE_PRODUCT}"'
    if source.count(old) != 1:
        raise AddinError(
            f"Module xlwings của mẫu không có đúng một dòng {old!r}.",
            f"The template's xlwings module does not hold exactly one {old!r} line.",
        )
    return source.replace(old, f'Public Const PROJECT_NAME As String = "{PRODUCT}"')


def source_only(vba_project: bytes) -> bytes:
    """Return `vba_project` renamed to VNCPC, with a 7-byte ``_VBA_PROJECT`` (version 0xFFFF), no caches."""
    from pyopenvba.cfb import CFB
    from pyopenvba.vba import compress, decompress, parse_vba_project

    cfb = CFB.from_bytes(vba_project)
    cfb.write_stream("PROJECT", project_stream(cfb.get_stream("PROJECT")))
    dir_stream = decompress(cfb.get_stream_in_storage("VBA", "dir"))
    cfb.write_stream_in_storage("VBA", "dir", compress(renamed_dir_stream(dir_stream, VBA_PROJECT_NAME)))
    cfb.write_stream_in_storage("VBA", "_VBA_PROJECT", VBA_PROJECT_STREAM)
    result = cfb.to_bytes()
    check = CFB.from_bytes(result)
    cached = [m.name for m in parse_vba_project(check).modules if m.text_offset]
    srp = [s for s in check.list_streams_in_storage("VBA") if s.startswith("__SRP_")]
    if cached or srp:
        raise AddinError(
            f"vbaProject.bin còn mã đã biên dịch: {', '.join(cached + srp)}.",
            f"vbaProject.bin still holds compiled code: {', '.join(cached + srp)}.",
        )
    return result


def project_stream(raw: bytes) -> bytes:
    """Return the PROJECT stream with our project name and a ``[Workspace]`` section without blank lines."""
    lines = raw.decode("cp1252").split("\r\n")
    start = lines.index("[Workspace]")
    head = [f'Name="{VBA_PROJECT_NAME}"' if line.startswith("Name=") else line for line in lines[:start]]
    workspace = [line for line in lines[start + 1 :] if line]
    return ("\r\n".join([*head, "[Workspace]", *workspace]) + "\r\n\r\n").encode("cp1252")


def renamed_dir_stream(raw: bytes, name: str) -> bytes:
    """Return the decompressed dir stream `raw` with its PROJECTNAME record (0x0004) set to `name`."""
    offset = 0
    while offset + 6 <= len(raw):
        record, size = struct.unpack_from("<HI", raw, offset)
        if record == 0x0004:
            encoded = name.encode("cp1252")
            return (
                raw[:offset] + struct.pack("<HI", 0x0004, len(encoded)) + encoded + raw[offset + 6 + size :]
            )
        if record in (0x0009, 0x000F):  # PROJECTVERSION / PROJECTMODULES: the name record comes before both
            break
        offset += 6 + size
    raise AddinError(
        "Không tìm thấy tên dự án VBA (PROJECTNAME).", "The VBA project's PROJECTNAME record is missing."
    )


# --- the package --------------------------------------------------------------------------------------------


def package_parts(template_xlam: bytes, vba_project: bytes, custom_ui: bytes) -> dict[str, bytes]:
    """Return the add-in's parts: the template's, with our VBA project, ribbon, names and properties."""
    with zipfile.ZipFile(io.BytesIO(template_xlam)) as template:
        parts = {info.filename: template.read(info) for info in template.infolist()}
    parts.pop("customUI/customUI.xml")
    parts[CUSTOM_UI_PART] = custom_ui
    parts[VBA_PART] = vba_project
    parts["_rels/.rels"] = _ribbon_relationship(parts["_rels/.rels"])
    workbook = _replace_once(
        parts["xl/workbook.xml"], f'<sheet name="_{TEMPLATE_PRODUCT}.conf"', f'<sheet name="_{PRODUCT}.conf"'
    )
    # The template remembers the folder it was last saved in on its author's machine: not ours to ship.
    parts["xl/workbook.xml"] = re.sub(
        rb"<mc:AlternateContent\b.*?</mc:AlternateContent>", b"", workbook, count=1
    )
    core = parts["docProps/core.xml"]
    for tag, value in (("dc:title", "VNCPC"), ("dc:creator", "vncpc-xl"), ("cp:lastModifiedBy", "vncpc-xl")):
        core = re.sub(rf"<{tag}\s*/>|<{tag}>[^<]*</{tag}>".encode(), f"<{tag}>{value}</{tag}>".encode(), core)
    parts["docProps/core.xml"] = core
    return parts


def _ribbon_relationship(rels: bytes) -> bytes:
    """Return the package relationships with the template's ribbon one pointing at our customUI14 part.

    Its type must be the Office 2010 one (``.../2007/relationships/ui/extensibility``) that goes with the
    2009/07 namespace: Office ignores a customUI14 part reached through the Office 2007 type.
    """
    found = re.findall(rb"<Relationship\b[^>]*\bTarget=\"customUI/customUI\.xml\"[^>]*/>", rels)
    if len(found) != 1:
        raise AddinError(
            "Mẫu add-in không có đúng một quan hệ tới customUI/customUI.xml.",
            "The add-in template lacks exactly one relationship to customUI/customUI.xml.",
        )
    ours = re.sub(rb'\bType="[^"]*"', f'Type="{CUSTOM_UI_RELATIONSHIP}"'.encode(), found[0])
    ours = ours.replace(b'Target="customUI/customUI.xml"', f'Target="{CUSTOM_UI_PART}"'.encode())
    return rels.replace(found[0], ours)


def _replace_once(data: bytes, old: str, new: str) -> bytes:
    if data.count(old.encode()) != 1:
        raise AddinError(
            f"Mẫu add-in không có đúng một {old!r}.", f"The add-in template lacks exactly one {old!r}."
        )
    return data.replace(old.encode(), new.encode())


def write_package(parts: Mapping[str, bytes]) -> bytes:
    """Return a zip of `parts` whose bytes depend on the parts only (fixed order, dates, attributes)."""
    order = [*(n for n in _FIRST_PARTS if n in parts), *sorted(n for n in parts if n not in _FIRST_PARTS)]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as package:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_STORED
            info.create_system = 0  # MS-DOS, as Office writes, whatever system builds
            info.external_attr = (
                0x20  # the MS-DOS "archive" attribute (zipfile would put Unix rw------- for 0)
            )
            package.writestr(info, parts[name])
    return buffer.getvalue()


# --- commands -----------------------------------------------------------------------------------------------


def addin_output(root: Path) -> Path:
    """Return where the built add-in lives in the source tree at `root`."""
    return root / "addin" / ADDIN_FILE


def write_addin(root: Path) -> Path:
    """Build the add-in of the source tree at `root` and write it (atomically); return its path."""
    data = build_addin(root)
    out = addin_output(root)
    return write_atomic(out, data)


def stale_parts(root: Path) -> list[str]:
    """Return the parts in which the committed add-in differs from a fresh build (empty when current)."""
    fresh = build_addin(root)
    out = addin_output(root)
    if not out.is_file():
        return [str(out.name)]
    committed = out.read_bytes()
    if committed == fresh:
        return []
    return _differing_parts(committed, fresh) or ["(zip layout)"]


def _differing_parts(a: bytes, b: bytes) -> list[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(a)) as za, zipfile.ZipFile(io.BytesIO(b)) as zb:
            names = sorted(set(za.namelist()) | set(zb.namelist()))
            return [
                n
                for n in names
                if n not in za.namelist() or n not in zb.namelist() or za.read(n) != zb.read(n)
            ]
    except zipfile.BadZipFile:
        return ["(not a zip)"]
