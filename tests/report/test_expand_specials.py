"""`expand_specials` finds exactly the paragraphs docxtpl's own paragraph-by-paragraph pass would expand."""

from __future__ import annotations

import random

import pytest

from vncpc_xl.report.render import _PARAGRAPH, expand_specials


def reference(xml: str) -> str:
    """The plain pass: every paragraph holding a special character, found by `_PARAGRAPH.sub` from the start."""
    return _PARAGRAPH.sub(
        lambda m: mark(m.group(0)) if any(c in m.group(0) for c in "\t\n\a\f") else m.group(0), xml
    )


def mark(paragraph: str) -> str:
    return f"[{paragraph.replace(chr(9), 'TAB').replace(chr(10), 'BR')}]"


CASES = [
    "",
    "<w:body><w:p><w:r><w:t>no special</w:t></w:r></w:p></w:body>",
    "<w:p><w:t>a\tb\nc</w:t></w:p><w:p><w:t>plain</w:t></w:p><w:p w:rsidR='1'><w:t>x\ay</w:t></w:p>",
    "\n<w:body>\n<w:p><w:t>between</w:t></w:p>\t<w:p><w:t>x\fy</w:t></w:p>\n</w:body>",
    # a paragraph inside a text box of another paragraph: the pass pairs the outer opening with the inner end
    "<w:p><w:pPr/><w:r><w:p><w:t>in\tner</w:t></w:p></w:r><w:t>outer\ttail</w:t></w:p><w:p><w:t>n\nx</w:t></w:p>",
    "<w:pStyle/><w:proofErr/>\t<w:p><w:t>after tags</w:t></w:p>",
]


@pytest.mark.parametrize("xml", CASES)
def test_same_paragraphs_as_the_plain_pass(xml: str) -> None:
    assert expand_specials(xml, mark) == reference(xml)


def test_random_documents_match_the_plain_pass() -> None:
    rng = random.Random(13)
    parts = [
        "<w:p>",
        "<w:p w:x='1'>",
        "</w:p>",
        "<w:r><w:t>",
        "</w:t></w:r>",
        "text",
        "\t",
        "\n",
        "\a",
        "<w:pPr/>",
    ]
    for _ in range(2000):
        xml = "".join(rng.choice(parts) for _ in range(rng.randint(0, 30)))
        assert expand_specials(xml, mark) == reference(xml), xml
