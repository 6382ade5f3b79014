"""The centre file's paragraphs of every section (tblNarrative), split around the section's own figures.

Paragraphs print in the report language (`vncpc_xl.report.prose`); a paragraph typed as a list item becomes a
bullet, and a row holding only the figures marker places the paragraphs after it below the section's tables.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from vncpc_xl.consolidate import YearData
from vncpc_xl.report._format import Formatter
from vncpc_xl.report.prose import original_flags, printed_paragraphs
from vncpc_xl.report.sections._common import Context
from vncpc_xl.schema.centre import FIGURES_MARKER, NARRATIVE_SECTIONS

# The sections in which the report prints figures or tables of its own after the paragraphs.
SECTIONS_WITH_FIGURES = frozenset(
    {"co_cau", "hoat_dong", "dao_tao", "dich_vu", "pho_bien", "hien_trang_moi_truong", "hoat_dong_khac"}
)
_BULLET = re.compile(r"^\s*[-–•+*]\s+")


def context(data: YearData, fmt: Formatter) -> Context:
    """Return `n` and `n_after` (paragraphs before and after each section's figures), `vo` and `director_signed`.

    `vo` flags the sections printed from Vietnamese rows in the English report; `director_signed` says a preface
    paragraph already is the director's name, so the template adds no signature.
    """
    printed, original = printed_paragraphs(data.centre, fmt.lang)
    before, after = narrative(printed)
    return {
        "n": before,
        "n_after": after,
        "vo": original_flags(original),
        "director_signed": preface_is_signed(data.centre.director, printed),
    }


def narrative(
    printed: Mapping[str, Sequence[str]],
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, list[dict[str, Any]]]]:
    """Return, for every section key, its `printed` paragraphs before and after the computed figures.

    Each paragraph is ``{"text", "bullet"}``; a paragraph typed as a list item ("- …", "• …", "+ …") becomes a
    bullet without its marker. A row holding only the figures marker splits the section (the first marker
    counts, later ones are dropped); a section without figures of its own keeps all its paragraphs together.
    """
    before: dict[str, list[dict[str, Any]]] = {}
    after: dict[str, list[dict[str, Any]]] = {}
    for key in NARRATIVE_SECTIONS:
        head, tail = split_at_marker(printed.get(key, ()))
        if key not in SECTIONS_WITH_FIGURES:
            head, tail = head + tail, []
        before[key] = [paragraph(text) for text in head]
        after[key] = [paragraph(text) for text in tail]
    return before, after


def split_at_marker(texts: Iterable[str]) -> tuple[list[str], list[str]]:
    """Return the paragraphs before and after the first figures marker; markers themselves are left out.

    >>> split_at_marker(["a", " [số liệu] ", "b", "[SỐ LIỆU]", "c"])
    (['a'], ['b', 'c'])
    >>> split_at_marker(["a", "b"])
    (['a', 'b'], [])
    """
    head: list[str] = []
    tail: list[str] | None = None
    for text in texts:
        if " ".join(text.split()).upper() == FIGURES_MARKER.upper():
            tail = [] if tail is None else tail
        elif tail is None:
            head.append(text)
        else:
            tail.append(text)
    return head, tail or []


def preface_is_signed(director: str, printed: Mapping[str, Sequence[str]]) -> bool:
    """Return True when a printed paragraph of the preface is the `director`'s name (the centre file signs it).

    Spaces and case are ignored: ``PGS. TS. Trần Văn Nhân`` signs for ``PGS.TS. Trần Văn Nhân``.
    """
    name = _squeezed(director)
    return bool(name) and any(_squeezed(p) == name for p in printed.get("loi_noi_dau", ()))


def _squeezed(text: str) -> str:
    return "".join(text.split()).casefold()


def paragraph(text: str) -> dict[str, Any]:
    """Return one narrative paragraph: its text and whether it is a list item.

    >>> paragraph("- Bộ Thuỷ sản;")
    {'text': 'Bộ Thuỷ sản;', 'bullet': True}
    """
    match = _BULLET.match(text)
    if match:
        return {"text": text[match.end() :], "bullet": True}
    return {"text": text, "bullet": False}
