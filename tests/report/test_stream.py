"""The long tables streamed into document.xml (`vncpc_xl.report._stream`) write what docxtpl and Jinja wrote."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

from tests.report.helpers import paragraphs, table_after
from vncpc_xl.consolidate import YearData, consolidate
from vncpc_xl.report import ReportError, _stream, render_bytes, render_report
from vncpc_xl.report import render as render_module
from vncpc_xl.report.sections._common import Rows

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "2003"
# Typed option texts that must print as typed: markup and template tags escaped, control characters dropped...
MARKUP = (
    "<b>&amp; \"quoted\" 'single'</b>",
    "control\x01\x0b\x0cchars",
    "{{ year }} {% raw %} {# note #}",
    "  spaced  ",
    "",
)
# ... and the tabs and line breaks the template's own pass expands (a chunk of rows holding one is reparsed).
SPECIALS = ("Tab\tinside", "Line\nbreak, CR\r\nLF and\rCR", "ends with a break\n", "\tstarts with a tab")

pytestmark = pytest.mark.skipif(
    not (EXAMPLES / "audits").is_dir(), reason="examples/2003 is not in this tree"
)


@pytest.fixture(scope="module")
def example() -> YearData:
    data = consolidate(EXAMPLES, workers=1)
    assert not data.excluded
    return data


def jinja_way(monkeypatch: pytest.MonkeyPatch, data: YearData, lang: str) -> bytes:
    """Return the report of `data` rendered the previous way: every row through Jinja and lxml."""
    with monkeypatch.context() as patch:
        patch.setattr(_stream, "cut_loops", lambda xml, context: (xml, []))
        return render_bytes(data, lang=lang)


def document_xml(report: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(report)) as zf:
        return zf.read("word/document.xml")


def with_option_names(data: YearData, names: tuple[str, ...]) -> YearData:
    """Return `data` with its options named from `names` in turn (and its companies after them)."""
    assessments, k = [], 0
    for assessment in data.audits.assessments:
        options = []
        for option in assessment.option_results:
            options.append(dataclasses.replace(option, name=names[k % len(names)]))
            k += 1
        company = f"{names[k % len(names)]} & Co"
        assessments.append(dataclasses.replace(assessment, option_results=tuple(options), company=company))
    return dataclasses.replace(data, audits=dataclasses.replace(data.audits, assessments=tuple(assessments)))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_streamed_register_is_the_register_of_the_previous_way(
    example: YearData, lang: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    streamed, previous = tmp_path / "streamed.docx", tmp_path / "previous.docx"
    cut = []
    with monkeypatch.context() as patch:
        original = _stream.cut_loops
        patch.setattr(
            _stream, "cut_loops", lambda xml, context: cut.append(original(xml, context)) or cut[-1]
        )
        streamed.write_bytes(render_bytes(example, lang=lang))
    assert [len(table.rows) for table in cut[0][1]] == [
        len(example.audits.assessments),
        sum(len(a.option_results) for a in example.audits.assessments if a.completed),
        len(example.sources),
    ]  # the assessments, the register and the source files did not go through Jinja
    previous.write_bytes(jinja_way(monkeypatch, example, lang))
    caption = "Bảng 6a." if lang == "vi" else "Table 6a."
    register = table_after(streamed, caption)
    options = sum(len(a.option_results) for a in example.audits.assessments if a.completed)
    assert len(register) == 1 + options and options > 100
    assert register == table_after(previous, caption)
    for appendix in ("6.", "9."):  # the assessments and the source files are streamed too
        caption = ("Bảng " if lang == "vi" else "Table ") + appendix
        assert table_after(streamed, caption) == table_after(previous, caption)
    assert document_xml(streamed.read_bytes()) == document_xml(previous.read_bytes())


@pytest.mark.parametrize("names", [MARKUP, SPECIALS, MARKUP + SPECIALS])
def test_typed_texts_are_written_as_jinja_and_the_template_wrote_them(
    example: YearData, names: tuple[str, ...], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    data = with_option_names(example, names)
    streamed = render_bytes(data, lang="vi")
    assert document_xml(streamed) == document_xml(jinja_way(monkeypatch, data, "vi"))
    register = table_after(saved(streamed, tmp_path), "Bảng 6a.")[1:]
    printed = {
        "control\x01\x0b\x0cchars": "controlchars",
        "Line\nbreak, CR\r\nLF and\rCR": "Line\nbreak, CR\nLF and\nCR",
    }
    assert [row[3] for row in register[: len(names)]] == [printed.get(name, name) for name in names]


def test_docxtpl_brace_escapes_in_typed_text_print_as_typed(example: YearData, tmp_path: Path) -> None:
    report = render_bytes(with_option_names(example, ("x{_{y}_}z",)))
    register = table_after(saved(report, tmp_path), "Bảng 6a.")
    assert {row[3] for row in register[1:]} == {"x{_{y}_}z"}  # docxtpl's own pass printed "x{{y}}z"


def saved(report: bytes, folder: Path) -> Path:
    path = folder / "report.docx"
    path.write_bytes(report)
    return path


def _override_with_loops(folder: Path) -> Path:
    """Write a ``report_template.docx`` with two register loops: one plain, one with a filter."""
    document = docx.Document()
    for cells in (["{{ r.company }}", "{{ r.option }}"], ["{{ r.company|upper }}", "{{ loop.index }}"]):
        table = document.add_table(rows=3, cols=2)
        table.cell(0, 0).text = "{%tr for r in register %}"
        for cell, tag in zip(table.rows[1].cells, cells, strict=True):
            cell.text = tag
        table.cell(2, 0).text = "{%tr endfor %}"
        document.add_paragraph("{{ register|length }} options")
    path = folder / "report_template.docx"
    document.save(str(path))
    return path


def test_a_loop_with_more_than_fields_is_left_to_jinja(example: YearData, tmp_path: Path) -> None:
    data = dataclasses.replace(example, folder=tmp_path)
    _override_with_loops(tmp_path)
    out = render_report(data, tmp_path / "r.docx")
    plain, filtered = (
        [[c.text for c in row.cells] for row in t.rows] for t in docx.Document(str(out)).tables
    )
    completed = [a for a in example.audits.assessments if a.completed]
    options = [(a.company, o.name) for a in completed for o in a.option_results]
    assert plain == [list(pair) for pair in options]
    assert filtered == [[company.upper(), str(i)] for i, (company, _) in enumerate(options, start=1)]
    assert f"{len(options)} options" in paragraphs(out)


def test_rows_are_written_a_chunk_at_a_time() -> None:
    count = 7 * _stream.CHUNK_ROWS + 3
    rows = Rows(lambda: range(count), lambda n: {"n": f"<{n}>"}, count, ("n",))
    table = _stream.StreamedTable(rows, ("<w:tr><w:t>", "</w:t></w:tr>"), ("n",))
    specials = _stream.Specials(lambda xml: xml, {})
    chunks = list(_stream.row_chunks(table, specials))
    assert [chunk.count("<w:tr>") for chunk in chunks] == [_stream.CHUNK_ROWS] * 7 + [3]
    assert "".join(chunks).endswith(f"<w:t>&lt;{count - 1}&gt;</w:t></w:tr>")
    xml = b"<doc><w:tbl><?vncpc-rows 0?></w:tbl></doc>"
    pieces = list(_stream.document_chunks(xml, [table], specials))
    assert b"".join(pieces) == b"<doc><w:tbl>" + "".join(chunks).encode() + b"</w:tbl></doc>"
    assert max(map(len, pieces)) < 2 * len(b"".join(pieces)) / len(chunks)  # never the whole part at once


def large_year(example: YearData, copies: int) -> YearData:
    """Return `example` with its assessments repeated `copies` times, each copy its own company."""
    assessments = tuple(
        dataclasses.replace(a, company=f"{a.company} ({copy + 1})", file=f"{copy}/{a.file}")
        for copy in range(copies)
        for a in example.audits.assessments
    )
    return dataclasses.replace(example, audits=dataclasses.replace(example.audits, assessments=assessments))


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) and poppler (pdftotext) are needed to open the report",
)
def test_a_long_register_opens_in_libreoffice(example: YearData, tmp_path: Path) -> None:
    data = large_year(example, 8)
    out = render_report(data, tmp_path / "bao_cao_2003.docx")
    soffice = render_module.soffice_path()
    assert soffice is not None
    pdf = render_module._soffice_pdf(soffice, out, tmp_path, subprocess.run)
    layout = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    pages = layout.stdout.split("\f")
    register = [page for page in pages if "Giải pháp" in page and "Đầu tư" in page]
    assert len(register) > 20
    last = next(a for a in reversed(data.audits.assessments) if a.completed)
    assert any(last.company.split()[-1] in page for page in register[-3:])
    assert table_after(out, "Bảng 6a.")[-1][0] == last.company


def test_a_report_too_large_for_word_is_refused_and_nothing_written(
    example: YearData, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(render_module, "MAX_PART_BYTES", 100_000)  # the real limit is 2 GB of text
    out = tmp_path / "bao_cao_2003.docx"
    with pytest.raises(ReportError) as caught:
        render_report(example, out)
    assert "quá lớn" in caught.value.message("vi") and "too large" in caught.value.message("en")
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    with zipfile.ZipFile(io.BytesIO(render_bytes(example))) as zf:  # the usual size: no Zip64 extension
        assert all(info.extra == b"" for info in zf.infolist())


def test_a_template_may_still_index_a_long_table(example: YearData, tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(
        "{{ register[0].option }} | {{ (register|last).company }} | {{ register[1:3]|length }}"
    )
    document.save(str(tmp_path / "report_template.docx"))
    out = render_report(dataclasses.replace(example, folder=tmp_path), tmp_path / "r.docx")
    completed = [a for a in example.audits.assessments if a.completed]
    first, last = completed[0].option_results[0].name, completed[-1].company
    assert paragraphs(out) == [f"{first} | {last} | 2"]
    with pytest.raises(IndexError):
        _ = Rows(lambda: range(3), lambda n: {"n": str(n)}, 3, ("n",))[3]


def test_register_rows_of_an_unchanged_assessment_are_taken_again_and_a_changed_one_is_made_anew(
    example: YearData, tmp_path: Path
) -> None:
    """The ribbon's re-run formats only the rows of the workbook that changed; the report shows the change."""
    from vncpc_xl.report._format import Formatter
    from vncpc_xl.report.sections import appendix_register

    fmt = Formatter("vi")
    first = list(appendix_register.context(example, fmt)["register"])
    again = list(appendix_register.context(example, fmt)["register"])
    assert again == first and all(a is b for a, b in zip(again, first, strict=True))
    assessments = example.audits.assessments
    index = next(i for i, a in enumerate(assessments) if a.completed and a.option_results)
    changed = dataclasses.replace(assessments[index], company="Công ty đã sửa")
    data = dataclasses.replace(
        example,
        audits=dataclasses.replace(
            example.audits, assessments=(*assessments[:index], changed, *assessments[index + 1 :])
        ),
    )
    rows = list(appendix_register.context(data, fmt)["register"])
    fixed = [row for row in rows if row["company"] == "Công ty đã sửa"]
    assert len(fixed) == len(changed.option_results)
    assert sum(row is old for row, old in zip(rows, first, strict=True)) == len(rows) - len(fixed)
    kept = [entry[0] for key, entry in appendix_register._FORMATTED.items() if key[1] == "vi"]
    assert changed in kept and not any(a is assessments[index] for a in kept)  # one year per language kept
    english = list(appendix_register.context(example, Formatter("en"))["register"])
    assert english[0] is not first[0] and english[0]["company"] == first[0]["company"]
    out = render_report(data, tmp_path / "r.docx")
    assert "Công ty đã sửa" in "\n".join(
        " ".join(cell.text for cell in row.cells) for table in docx.Document(out).tables for row in table.rows
    )
