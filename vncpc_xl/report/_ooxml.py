"""Low-level WordprocessingML helpers: fields, settings, the table of contents and deterministic, streamed saving."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.opc.pkgwriter import _ContentTypesItem
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

# A fixed timestamp for zip members and core properties: the same input gives the same bytes.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
TOC_INSTRUCTION = 'TOC \\o "1-3" \\h \\z \\u'
# Elements of w:settings that must come after w:updateFields (ECMA-376 schema order).
_SETTINGS_AFTER_UPDATE_FIELDS = (
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
    "mathPr",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "schemaLibrary",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
)


def _run(*children: OxmlElement) -> OxmlElement:
    run = OxmlElement("w:r")
    for child in children:
        run.append(child)
    return run


def _fld_char(kind: str) -> OxmlElement:
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    return el


def _text(text: str) -> OxmlElement:
    el = OxmlElement("w:t")
    el.set(qn("xml:space"), "preserve")
    el.text = text
    return el


def field_begin_runs(instruction: str) -> list[OxmlElement]:
    """Return the runs opening a complex field with `instruction`, up to its ``separate`` mark."""
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    return [_run(_fld_char("begin")), _run(instr), _run(_fld_char("separate"))]


def field_end_run() -> OxmlElement:
    """Return the run closing a complex field."""
    return _run(_fld_char("end"))


def add_field(paragraph: Paragraph, instruction: str, cached: str) -> None:
    """Append the complex field `instruction` (e.g. ``PAGE``) showing `cached` until Word updates it."""
    for run in field_begin_runs(instruction):
        paragraph._p.append(run)
    paragraph._p.append(_run(_text(cached)))
    paragraph._p.append(field_end_run())


def set_update_fields(document: DocxDocument) -> None:
    """Ask Word to update every field (table of contents, SEQ numbers) when the document is opened."""
    settings = document.settings.element
    for old in settings.findall(qn("w:updateFields")):
        settings.remove(old)
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    for name in _SETTINGS_AFTER_UPDATE_FIELDS:
        anchor = settings.find(qn(f"w:{name}"))
        if anchor is not None:
            anchor.addprevious(update)
            return
    settings.append(update)


def keep_line_breaks_unjustified(document: DocxDocument) -> None:
    """Do not stretch a justified line that ends with a line break (a signature, a name and title)."""
    settings = document.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = OxmlElement("w:compat")
        settings.append(compat)
    if compat.find(qn("w:doNotExpandShiftReturn")) is None:
        compat.insert(0, OxmlElement("w:doNotExpandShiftReturn"))  # first in the schema's order


def set_decimal_symbol(document: DocxDocument, decimal: str, list_separator: str) -> None:
    """Set the document's decimal symbol and list separator (Vietnamese: ``,`` and ``;``)."""
    settings = document.settings.element
    for tag, value in (("w:decimalSymbol", decimal), ("w:listSeparator", list_separator)):
        el = settings.find(qn(tag))
        if el is None:
            el = OxmlElement(tag)
            settings.append(el)
        el.set(qn("w:val"), value)


def drop_thumbnail(document: DocxDocument) -> None:
    """Remove the package thumbnail python-docx's default template carries (a picture of an empty page)."""
    package = document.part.package
    for r_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[r_id]


def fix_core_properties(
    document: DocxDocument, *, title: str, author: str, when: dt.datetime, lang: str
) -> None:
    """Set fixed core properties so two renders of the same data are byte-identical."""
    props = document.core_properties
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.created = when
    props.modified = when
    if props.last_printed is not None:
        props.last_printed = when
    props.revision = 1
    props.language = lang
    props.comments = ""
    props.subject = ""
    props.keywords = ""
    props.category = ""


def heading_entries(document: DocxDocument, max_level: int = 3) -> list[tuple[int, str]]:
    """Return ``(level, text)`` of every Heading 1..`max_level` paragraph of the body, in order."""
    levels = {}
    for style in document.styles.element.iterchildren(qn("w:style")):
        name = style.find(qn("w:name"))
        words = (name.get(qn("w:val")) if name is not None else "").lower().split()
        if (
            len(words) == 2
            and words[0] == "heading"
            and words[1].isdigit()
            and 1 <= int(words[1]) <= max_level
        ):
            levels[style.get(qn("w:styleId"))] = int(words[1])
    entries = []
    for p in document.element.body.iterchildren(qn("w:p")):
        pstyle = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        level = levels.get(pstyle.get(qn("w:val"))) if pstyle is not None else None
        if level is not None:
            text = "".join(t.text or "" for t in p.iter(qn("w:t"))).strip()
            if text:
                entries.append((level, text))
    return entries


def fill_toc(
    document: DocxDocument, entries: Iterable[tuple[int, str]], pages: Sequence[int | None] | None = None
) -> bool:
    """Write `entries` as the cached result of the TOC field, so the contents show before Word updates it.

    `pages` (one per entry, None when unknown) adds the page numbers after a tab; without them the numbers
    are left to Word (``updateFields`` recomputes the whole field on opening). A result written before is
    replaced. Return False when the document has no TOC field.
    """
    body = document.element.body
    target = None
    for instr in body.iter(qn("w:instrText")):
        if (instr.text or "").strip().startswith("TOC"):
            target = instr
            break
    if target is None:
        return False
    paragraph = target.getparent().getparent()
    _drop_field_result(paragraph)
    entries = list(entries) or [(1, "")]
    numbers = list(pages) if pages is not None else []
    numbers += [None] * (len(entries) - len(numbers))
    level, text = entries[0]
    _style_paragraph(paragraph, f"TOC{level}")
    _append_entry(paragraph, text, numbers[0])
    previous = paragraph
    for (level, text), page in zip(entries[1:], numbers[1:], strict=True):
        new = OxmlElement("w:p")
        _style_paragraph(new, f"TOC{level}")
        _append_entry(new, text, page)
        previous.addnext(new)
        previous = new
    previous.append(field_end_run())
    return True


def _append_entry(paragraph: OxmlElement, text: str, page: int | None) -> None:
    paragraph.append(_run(_text(text)))
    if page is not None:
        paragraph.append(_run(OxmlElement("w:tab")))
        paragraph.append(_run(_text(str(page))))


def _drop_field_result(paragraph: OxmlElement) -> None:
    """Remove the cached result and the end mark of the field that begins in `paragraph`.

    The result may run over the following paragraphs (a filled table of contents): those are removed up to
    the one holding the field's end mark (nested fields, such as Word's PAGEREF, are counted).
    """
    depth, seen_separate = 0, False
    current: OxmlElement | None = paragraph
    while current is not None:
        following = current.getnext()
        for run in list(current.iterchildren()):
            chars = run.findall(f".//{qn('w:fldChar')}")
            kinds = [char.get(qn("w:fldCharType")) for char in chars]
            if seen_separate:
                current.remove(run)
            for kind in kinds:
                if kind == "begin":
                    depth += 1
                elif kind == "end":
                    depth -= 1
                elif kind == "separate" and depth == 1:
                    seen_separate = True
            if seen_separate and depth == 0:
                if current is not paragraph and not any(
                    child.tag in (qn("w:r"), qn("w:hyperlink")) for child in current
                ):
                    current.getparent().remove(current)
                return
        if current is not paragraph and seen_separate:
            current.getparent().remove(current)
        current = following if following is not None and following.tag == qn("w:p") else None


def _style_paragraph(p: OxmlElement, style_id: str) -> None:
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        p.insert(0, ppr)
    pstyle = ppr.find(qn("w:pStyle"))
    if pstyle is None:
        pstyle = OxmlElement("w:pStyle")
        ppr.insert(0, pstyle)
    pstyle.set(qn("w:val"), style_id)


def write_package(
    document: DocxDocument,
    handle: IO[bytes],
    main_part: Callable[[bytes], Iterable[bytes]] | None = None,
    compresslevel: int | None = None,
) -> None:
    """Write `document` as a .docx into `handle`, the same bytes for the same document (fixed member times).

    The members are those python-docx's own save writes, in its order. `main_part`, when given, turns the
    serialized ``word/document.xml`` into the chunks written in its place, streamed into the zip (a long
    report is never held whole in memory) at zlib's `compresslevel` (default: zlib's own); the others at zlib's.
    """
    package = document.part.package
    for part in package.parts:
        part.before_marshal()
    parts = package.parts
    with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as zf:
        _write_member(zf, CONTENT_TYPES_URI.membername, _ContentTypesItem.from_parts(parts).blob)
        _write_member(zf, PACKAGE_URI.rels_uri.membername, package.rels.xml)
        for part in parts:
            if main_part is not None and part is document.part:
                # A member opened by name gets the zip's defaults: its level, 1980-01-01. Without Zip64: Word
                # refuses a small package with its extensions, and only a part over 2 GB needs them.
                with zf.open(part.partname.membername, "w") as member:
                    for chunk in main_part(part.blob):
                        member.write(chunk)
            else:
                _write_member(zf, part.partname.membername, part.blob)
            if len(part.rels):
                _write_member(zf, part.partname.rels_uri.membername, part.rels.xml)


def _write_member(zf: zipfile.ZipFile, name: str, data: bytes) -> None:
    member = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    member.compress_type = zipfile.ZIP_DEFLATED
    member.external_attr = 0o600 << 16
    zf.writestr(member, data)


def document_bytes(document: DocxDocument) -> bytes:
    """Return `document` saved to bytes with fixed zip timestamps."""
    buffer = io.BytesIO()
    write_package(document, buffer)
    return buffer.getvalue()


def zip_members(path: Path) -> dict[str, bytes]:
    """Return every member of the zip at `path` by name (to compare two .docx by content)."""
    return zip_members_of_bytes(path.read_bytes())


def zip_members_of_bytes(data: bytes) -> dict[str, bytes]:
    """Return every member of the zip `data` by name."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}
