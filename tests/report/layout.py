"""Will every word of a table cell fit its column? Widths measured with the font LibreOffice draws with here.

Without Times New Roman, LibreOffice draws the report with DejaVu Serif, which is wider than Times: a word
that fits in DejaVu Serif fits in Word too. A line may break at spaces and after a hyphen; a slash is not
counted as a break ("(USD/năm)" stays one piece), and a piece wider than its column is cut mid-word.
"""

from __future__ import annotations

import functools
from pathlib import Path

import docx
from docx.oxml.ns import qn
from PIL import ImageFont

FONTS = Path("/usr/share/fonts/truetype/dejavu")
SAFETY_CM = 0.1  # rounding, kerning and hinting differences
_SIZES = {"TableCode": 7.5}


def fonts_available() -> bool:
    """Return True when the DejaVu fonts used to measure are installed."""
    return all(
        (FONTS / f"{name}.ttf").is_file() for name in ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSansMono")
    )


@functools.cache
def _font(bold: bool, mono: bool, size: float) -> ImageFont.FreeTypeFont:
    name = "DejaVuSansMono" if mono else ("DejaVuSerif-Bold" if bold else "DejaVuSerif")
    return ImageFont.truetype(str(FONTS / f"{name}.ttf"), int(size * 100))


def width_cm(text: str, *, bold: bool = False, mono: bool = False, size: float = 9.5) -> float:
    """Return the printed width of `text` in cm."""
    return _font(bold, mono, size).getlength(text) / 100 * 2.54 / 72


def pieces(text: str) -> list[str]:
    """Return the unbreakable pieces of `text`.

    >>> pieces("UNIDO/SIDA tấn CO2/công-tháng")
    ['UNIDO/SIDA', 'tấn', 'CO2/công-', 'tháng']
    """
    found = []
    for word in text.split():
        start = 0
        for i, char in enumerate(word[:-1]):
            if char == "-":
                found.append(word[start : i + 1])
                start = i + 1
        found.append(word[start:])
    return found


def _size(style: str) -> float:
    if style in _SIZES:
        return _SIZES[style]
    return 8.5 if style.endswith("Small") else 9.5


def words_too_wide(path: Path) -> list[str]:
    """Return ``table n, column c: 'word' needs x cm of y cm`` for every piece wider than its column."""
    document = docx.Document(str(path))
    problems = []
    for number, table in enumerate(document.tables, 1):
        tbl = table._tbl
        grid = [int(col.get(qn("w:w"))) / 567 for col in tbl.tblGrid.findall(qn("w:gridCol"))]
        margins = tbl.tblPr.find(qn("w:tblCellMar"))
        padding = (
            0.38
            if margins is None
            else sum(int(margins.find(qn(f"w:{side}")).get(qn("w:w"))) / 567 for side in ("left", "right"))
        )
        for tr in tbl.findall(qn("w:tr")):
            column = 0
            for tc in tr.findall(qn("w:tc")):
                span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
                count = int(span.get(qn("w:val"))) if span is not None else 1
                room = sum(grid[column : column + count]) - padding - SAFETY_CM
                for p in tc.findall(qn("w:p")):
                    style_el = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
                    style = style_el.get(qn("w:val")) if style_el is not None else ""
                    bold = style.startswith("TableHeading") or p.find(f".//{qn('w:b')}") is not None
                    text = "".join(t.text or "" for t in p.iter(qn("w:t")))
                    for piece in pieces(text):
                        need = width_cm(piece, bold=bold, mono=style == "TableCode", size=_size(style))
                        if need > room:
                            problems.append(
                                f"table {number}, column {column + 1}: {piece!r} needs {need:.2f} cm of {room:.2f} cm"
                            )
                column += count
    return problems
