"""``workbooks/README.md``: generated from the schema, current, well-formed, and saying what the templates hold."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries

from vncpc_xl.schema import KINDS, SPECS, WorkbookSpec
from vncpc_xl.workbook import template_bytes
from vncpc_xl.workbook._describe import describe_check
from vncpc_xl.workbook.builder import README_SHEET
from vncpc_xl.workbook.docs import doc_is_current, markdown, write_doc

REPO = Path(__file__).resolve().parents[2]
COMMITTED = REPO / "workbooks" / "README.md"
TEMPLATES = REPO / "workbooks" / "templates"
_PIPE = re.compile(r"(?<!\\)\|")


@pytest.fixture(scope="module")
def doc() -> str:
    return markdown()


def _cells(line: str) -> list[str]:
    """Return the cells of a Markdown table row, unescaped (code fences and line breaks kept readable)."""
    parts = _PIPE.split(line.strip())[1:-1]
    return [p.strip().replace("\\|", "|").replace("&lt;", "<").replace("\\\\", "\\") for p in parts]


def _section(doc: str, heading: str) -> list[str]:
    """Return the lines of the section that starts with `heading`, up to the next heading."""
    lines = doc.splitlines()
    start = lines.index(heading)
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("#")), len(lines))
    return lines[start:end]


def _table_rows(section: list[str]) -> list[list[str]]:
    rows = [_cells(line) for line in section if line.startswith("|")]
    return rows[2:]  # after the header and the delimiter row


def _kind_section(doc: str, kind: str) -> str:
    start = doc.index(f'<a id="{kind}"></a>')
    end = doc.find('<a id="', start + 1)
    return doc[start : end if end != -1 else len(doc)]


@pytest.mark.parametrize("kind", KINDS)
def test_doc_mentions_every_sheet_table_name_column_choice_and_help(doc: str, kind: str) -> None:
    spec = SPECS[kind]
    text = _kind_section(doc, kind)
    expected = [spec.title, spec.title_en, *(s.name for s in spec.sheets), *(t.name for t in spec.tables)]
    for name in spec.names:
        expected += [name.key, name.label, name.label_en, *name.choices, name.help_vi, name.help_en]
    for table in spec.tables:
        expected += [table.title, table.title_en]
        for col in table.columns:
            expected += [col.header, col.header_en, *col.choices, col.help_vi, col.help_en]
    for sheet in spec.sheets:
        expected += [sheet.note_vi, *(line.label for line in sheet.summary)]
    missing = [item for item in expected if item and item not in text]
    assert missing == []


@pytest.mark.parametrize("kind", KINDS)
def test_each_table_lists_its_columns_in_order_with_letters(doc: str, kind: str) -> None:
    for table in SPECS[kind].tables:
        heading = next(line for line in doc.splitlines() if line.startswith(f"### Bảng `{table.name}`"))
        rows = _table_rows(_section(doc, heading))
        assert [row[1] for row in rows] == [col.header for col in table.columns]
        assert [row[2] for row in rows] == [col.header_en for col in table.columns]
        first = range_boundaries(f"{rows[0][0]}1")[0]
        assert [range_boundaries(f"{row[0]}1")[0] for row in rows] == list(range(first, first + len(rows)))
        assert [row[5] == "có" for row in rows] == [col.required for col in table.columns]
        assert [row[6] == "có" for row in rows] == [col.unique for col in table.columns]


@pytest.mark.parametrize("kind", KINDS)
def test_formulas_are_the_ones_written_in_the_templates_first_data_row(doc: str, kind: str) -> None:
    spec = SPECS[kind]
    wb = load_workbook(io.BytesIO(template_bytes(kind)))
    checked = 0
    for table in spec.tables:
        ws = wb[table.sheet]
        min_col, header_row, max_col, _ = range_boundaries(ws.tables[table.name].ref)
        by_header = {
            ws.cell(header_row, c).value: ws.cell(header_row + 1, c).value
            for c in range(min_col, max_col + 1)
        }
        heading = next(line for line in doc.splitlines() if line.startswith(f"### Bảng `{table.name}`"))
        for row in _table_rows(_section(doc, heading)):
            written = by_header[row[1]]
            if isinstance(written, str) and written.startswith("="):
                assert row[8] == f"`{written}`"
                checked += 1
            else:
                assert row[8] == ""
    assert checked == sum(col.is_formula for table in spec.tables for col in table.columns)


@pytest.mark.parametrize("kind", KINDS)
def test_defined_names_give_cell_default_and_allowed_values(doc: str, kind: str) -> None:
    spec = SPECS[kind]
    wb = load_workbook(io.BytesIO(template_bytes(kind)))
    heading = f"### Tên xác định (defined names) — trang `{spec.sheets[0].name}`"
    rows = {row[0].strip("`"): row for row in _table_rows(_section(_kind_section(doc, kind), heading))}
    assert list(rows) == [name.key for name in spec.names]
    for name in spec.names:
        row = rows[name.key]
        sheet, cell = next(iter(wb.defined_names[name.key].destinations))
        assert (sheet, row[3]) == (spec.sheet_of_name(name.key).name, cell.replace("$", ""))
        assert row[6] == ("" if name.default is None else f"`{name.default}`")
        assert row[5] == ("có" if name.required else "")
        assert all(f"`{choice}`" in row[7] for choice in name.choices)


def _readme_sheet_text(kind: str) -> str:
    ws = load_workbook(io.BytesIO(template_bytes(kind)))[README_SHEET]
    return "\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)


@pytest.mark.parametrize("kind", KINDS)
def test_checks_are_described_like_on_the_readme_sheet(doc: str, kind: str) -> None:
    spec: WorkbookSpec = SPECS[kind]
    assert spec.checks
    heading = "### Kiểm tra chéo khi xác nhận sổ (cross-field checks)"
    rows = _table_rows(_section(_kind_section(doc, kind), heading))
    sheet = _readme_sheet_text(kind)
    assert rows == [[f"`{check.code}`", describe_check(spec, check)] for check in spec.checks]
    assert all(describe_check(spec, check) in sheet for check in spec.checks)


def test_the_quantity_sign_rule_is_stated_for_audits_only(doc: str) -> None:
    rule = "số âm là tiêu thụ tăng; ô trống được tính là 0"
    assert [kind for kind in KINDS if rule in _kind_section(doc, kind)] == ["audit"]
    assert rule in _readme_sheet_text("audit")


def test_every_table_row_has_as_many_cells_as_its_header(doc: str) -> None:
    lines = doc.splitlines()
    width = 0
    for number, line in enumerate(lines, start=1):
        if not line.startswith("|"):
            width = 0
            continue
        cells = len(_cells(line))
        width = width or cells
        assert cells == width, f"line {number}: {line[:80]}"


def test_the_committed_doc_is_current() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == markdown()
    assert doc_is_current(COMMITTED, TEMPLATES)


def test_the_committed_doc_links_to_existing_templates() -> None:
    links = re.findall(r"\]\(([^)#]+)\)", COMMITTED.read_text(encoding="utf-8"))
    assert sorted(set(links)) == sorted(f"templates/{kind}.xlsx" for kind in KINDS)
    assert all((COMMITTED.parent / link).is_file() for link in links)


def test_a_modified_or_missing_doc_is_not_current(tmp_path: Path) -> None:
    doc = write_doc(tmp_path / "README.md", TEMPLATES)
    assert doc_is_current(doc, TEMPLATES)
    doc.write_bytes(doc.read_bytes().replace(b"\n", b"\r\n"))  # a Windows checkout's line ends
    assert doc_is_current(doc, TEMPLATES)
    doc.write_text(doc.read_text(encoding="utf-8").replace("tblOptions", "tblOption", 1), encoding="utf-8")
    assert not doc_is_current(doc, TEMPLATES)
    doc.unlink()
    assert not doc_is_current(doc, TEMPLATES)


def test_links_follow_the_doc_and_templates_folders(tmp_path: Path) -> None:
    write_doc(tmp_path / "README.md", tmp_path)
    beside = (tmp_path / "README.md").read_text(encoding="utf-8")
    assert "](audit.xlsx)" in beside and "templates/" not in beside.split("## Quy tắc chung")[0]
    assert beside == markdown("")


def test_markdown_is_identical_across_hash_seeds() -> None:
    code = "import hashlib; from vncpc_xl.workbook.docs import markdown; print(hashlib.sha256(markdown().encode()).hexdigest())"
    digests = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1
