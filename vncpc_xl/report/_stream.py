"""Long tables written as a stream: a template's one-row loops over `Rows` leave Jinja, and their rows are
written straight into ``word/document.xml`` while the .docx is saved.

Before the template is rendered, each loop ``{% for r in register %}<w:tr>…{{ r.company }}…</w:tr>{% endfor %}``
whose row holds nothing but ``{{ r.<field> }}`` tags is replaced by a marker (an XML processing instruction);
Jinja renders the rest of the report, which stays small. On saving, the document's XML is cut at each marker
and the rows are written there in chunks, each row the template's own row XML with the fields' text escaped as
XML, exactly as typed. A loop with anything else in its row (a filter, ``loop.index``, an ``{% if %}``) is left
to Jinja: an override template may do what it likes, only more slowly.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from lxml import etree

from vncpc_xl.report.sections._common import Rows

MARKER = "vncpc-rows"
CHUNK_ROWS = 500  # rows encoded and compressed at a time: the memory of a long table stays that of a chunk
_LOOP = re.compile(
    r"\{%\s*for\s+(\w+)\s+in\s+(\w+)\s*%\}(<w:tr(?:\s[^>]*)?>(?:(?!</w:tr>).)*</w:tr>)\{%\s*endfor\s*%\}",
    re.DOTALL,
)
_FIELD = re.compile(r"\{\{\s*(\w+)\.(\w+)\s*\}\}")
_MARKERS = re.compile(rb"<\?" + MARKER.encode() + rb" (\d+)\?>")
_EMPTY_ELEMENT = re.compile(r"<([\w:]+)((?:\s[^<>]*)?)></\1>")  # lxml writes an element left empty as <w:t/>
_PLAIN = re.compile("[^&<>\x00-\x1f\ufffe\uffff]*")  # no markup character, no control character
_CACHED_TEXTS = 20_000  # distinct cell texts kept escaped (companies, sectors, statuses repeat row after row)


@dataclass(frozen=True)
class StreamedTable:
    """A table loop taken out of the template: its rows and its row XML cut around the fields.

    `pieces` has one more item than `keys`: row = pieces[0] + text(keys[0]) + pieces[1] + … + pieces[-1].
    """

    rows: Rows
    pieces: tuple[str, ...]
    keys: tuple[str, ...]


def cut_loops(xml: str, context: Mapping[str, Any]) -> tuple[str, list[StreamedTable]]:
    """Return `xml` (a template's body, docxtpl's tags already patched) with each loop it can stream replaced
    by a marker, and the tables the markers stand for, in their order."""
    tables: list[StreamedTable] = []

    def cut(match: re.Match[str]) -> str:
        table = _streamed(*match.groups(), context)
        if table is None:
            return match.group(0)
        tables.append(table)
        return f"<?{MARKER} {len(tables) - 1}?>"

    return _LOOP.sub(cut, xml), tables


def _streamed(name: str, items: str, row: str, context: Mapping[str, Any]) -> StreamedTable | None:
    """Return the table of the loop ``for name in items`` over `row`, or None when Jinja must render it."""
    rows = context.get(items)
    if not isinstance(rows, Rows):
        return None
    split = _FIELD.split(row)
    texts, names, keys = split[0::3], split[1::3], split[2::3]
    if any(n != name for n in names) or not set(keys) <= set(rows.fields):
        return None  # another name, or a field the rows lack: Jinja says which
    if any(tag in text for text in texts for tag in ("{{", "{%", "{#")):
        return None
    return StreamedTable(rows, tuple(_unescaped(text) for text in texts), tuple(keys))


def _unescaped(text: str) -> str:
    """Return template text with docxtpl's escaped braces (``{_{``) as they print, as docxtpl does after rendering."""
    return text.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")


@dataclass(frozen=True)
class Specials:
    """How a chunk of rows holding a tab or line break is written: `expand` (the template's own expansion of
    such characters) and the `namespaces` of the document, to write the result as the rest of it is."""

    expand: Callable[[str], str]
    namespaces: Mapping[str | None, str]

    def finished(self, chunk: str) -> str:
        """Return `chunk` with its tabs and line breaks expanded, in lxml's serialization."""
        if "\t" not in chunk and "\n" not in chunk:
            return chunk
        root = etree.Element("rows", nsmap=dict(self.namespaces))  # declares every prefix the rows may use
        opening = etree.tostring(root, encoding="unicode")[: -len("/>")] + ">"
        parsed = etree.fromstring(f"{opening}{self.expand(chunk)}</rows>")
        serialized = etree.tostring(parsed, encoding="unicode")
        return "" if serialized.endswith("/>") else serialized[len(opening) : -len("</rows>")]


def document_chunks(xml: bytes, tables: list[StreamedTable], specials: Specials) -> Iterator[bytes]:
    """Yield the document part `xml` (serialized, markers in it) with each marker's rows written in its place."""
    done = 0
    for match in _MARKERS.finditer(xml):
        yield xml[done : match.start()]
        for chunk in row_chunks(tables[int(match.group(1))], specials):
            yield chunk.encode("utf-8")
        done = match.end()
    yield xml[done:]


def row_chunks(table: StreamedTable, specials: Specials) -> Iterator[str]:
    """Yield the XML of `table`'s rows, `CHUNK_ROWS` rows at a time."""
    row_xml = "%s".join(piece.replace("%", "%%") for piece in table.pieces)  # %-formatting: the fastest here
    keys = table.keys
    text = _Escaped(table.rows.clean)
    chunk: list[str] = []
    for row in map(table.rows.row, table.rows.records()):
        cells = tuple([text[row[key]] for key in keys])
        chunk.append(_EMPTY_ELEMENT.sub(r"<\1\2/>", row_xml % cells) if "" in cells else row_xml % cells)
        if len(chunk) == CHUNK_ROWS:
            yield specials.finished("".join(chunk))
            chunk.clear()
    if chunk:
        yield specials.finished("".join(chunk))


class _Escaped(dict[Any, str]):
    """Cell values → their XML text (cleaned by `clean`, ``& < >`` escaped), kept for the texts that repeat.

    It writes what Jinja's autoescape followed by lxml's parse and serialization wrote for the whole document.
    A known text is a dictionary lookup, with no Python call: companies, sectors and statuses repeat row
    after row. At most `_CACHED_TEXTS` texts are kept.
    """

    def __init__(self, clean: Callable[[str], str] | None) -> None:
        super().__init__()
        self._clean = clean

    def __missing__(self, value: Any) -> str:
        written = str(value)
        if _PLAIN.fullmatch(written) is None:  # most texts, every number, print as they are
            if self._clean is not None:
                written = self._clean(written)
            written = written.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if type(value) is str and len(self) < _CACHED_TEXTS:
            self[value] = written
        return written
