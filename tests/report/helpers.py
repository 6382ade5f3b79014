"""Reading a rendered report back: every paragraph's text (body, tables, footers) and the tables as rows."""

from __future__ import annotations

from pathlib import Path

import docx
import docx.table
from docx.oxml.ns import qn


def paragraphs(path: Path) -> list[str]:
    """Return the text of every paragraph of the document body, table cells included, in order."""
    document = docx.Document(str(path))
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in document.element.body.iter(qn("w:p"))]


def text(path: Path) -> str:
    """Return all the body text, one paragraph per line."""
    return "\n".join(paragraphs(path))


def tables(path: Path) -> list[list[list[str]]]:
    """Return every top-level table as rows of cell texts."""
    document = docx.Document(str(path))
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]


def table_after(path: Path, caption_start: str) -> list[list[str]]:
    """Return the rows of the table that follows the caption paragraph starting with `caption_start`."""
    document = docx.Document(str(path))
    body = list(document.element.body)
    for i, element in enumerate(body):
        if element.tag == qn("w:p"):
            content = "".join(t.text or "" for t in element.iter(qn("w:t")))
            if content.startswith(caption_start):
                for following in body[i + 1 :]:
                    if following.tag == qn("w:tbl"):
                        table = docx.table.Table(following, document)
                        return [[cell.text for cell in row.cells] for row in table.rows]
    raise AssertionError(f"no table after a caption starting with {caption_start!r}")
