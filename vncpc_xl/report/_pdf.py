"""Reading back the page of each heading from a PDF that LibreOffice exported (its outline, or bookmarks).

LibreOffice writes one outline item per heading, ``<</Title<FEFF…>/Dest[12 0 R/XYZ x y 0]…>>``, and a page
tree whose ``/Kids`` list the pages in order. That is all the report needs to print page numbers in its
table of contents, so this reads only that, with regular expressions, and returns nothing on any other
PDF shape (the contents then simply keep no page numbers).

>>> pdf = (b"1 0 obj<</Type/Pages/Kids[3 0 R 4 0 R]/Count 2>>endobj "
...        b"3 0 obj<</Type/Page/Parent 1 0 R>>endobj 4 0 obj<</Type/Page/Parent 1 0 R>>endobj "
...        b"5 0 obj<</Title<FEFF0042>/Dest[4 0 R/XYZ 70 500 0]/Parent 9 0 R>>endobj "
...        b"6 0 obj<</Title(A)/Dest[3 0 R/XYZ 70 700 0]/Parent 9 0 R>>endobj")
>>> outline_pages(pdf)
[('A', 1), ('B', 2)]
"""

from __future__ import annotations

import re

_OBJECT = re.compile(rb"(?<![0-9])(\d+)\s+0\s+obj\s*<<(.*?)>>\s*(?:endobj|stream)", re.DOTALL)
_REF = re.compile(rb"(\d+)\s+0\s+R")
_KIDS = re.compile(rb"/Kids\s*\[([^\]]*)\]")
_TITLE_HEX = re.compile(rb"/Title\s*<([0-9A-Fa-f\s]*)>")
_TITLE_LITERAL = re.compile(rb"/Title\s*\(((?:[^()\\]|\\.)*)\)", re.DOTALL)
_DEST = re.compile(rb"/Dest\s*\[\s*(\d+)\s+0\s+R\s*/XYZ\s+([-\d.]+)\s+([-\d.]+)")


def outline_pages(pdf: bytes) -> list[tuple[str, int]]:
    """Return ``(heading, page number)`` for every outline item of `pdf`, in reading order (1 = first page)."""
    objects = {int(number): body for number, body in _OBJECT.findall(pdf)}
    order = {number: i for i, number in enumerate(_pages(objects), 1)}
    items = []
    for body in objects.values():
        title, dest = _title(body), _DEST.search(body)
        if title is None or dest is None or int(dest[1]) not in order:
            continue
        items.append((order[int(dest[1])], -float(dest[3]), title))
    return [(title, page) for page, _, title in sorted(items)]


def _pages(objects: dict[int, bytes]) -> list[int]:
    """Return the page objects in order, walking the page tree from its root."""
    trees = [n for n, body in objects.items() if re.search(rb"/Type\s*/Pages\b", body)]
    roots = [n for n in trees if b"/Parent" not in objects[n]]
    if len(roots) != 1:
        return []
    pages: list[int] = []

    def walk(number: int, depth: int) -> None:
        body = objects.get(number, b"")
        kids = _KIDS.search(body)
        if kids is None or depth > 32:
            pages.append(number)
            return
        for ref in _REF.findall(kids[1]):
            walk(int(ref), depth + 1)

    walk(roots[0], 0)
    return pages


def _title(body: bytes) -> str | None:
    hexa = _TITLE_HEX.search(body)
    if hexa is not None:
        raw = bytes.fromhex(re.sub(rb"\s", b"", hexa[1]).decode("ascii"))
        if raw.startswith(b"\xfe\xff"):
            return raw[2:].decode("utf-16-be", errors="replace")
        return raw.decode("latin-1")
    literal = _TITLE_LITERAL.search(body)
    if literal is not None:
        return re.sub(rb"\\(.)", rb"\1", literal[1]).decode("latin-1")
    return None
