"""``workbooks/README.md``: the Markdown documentation of the four workbook kinds, generated from the schema.

It lays out the same description records as the templates' `Hướng dẫn` sheet (`_describe.describe`), so the two
never disagree. `vncpc-xl templates build` writes it beside the templates folder and ``--check`` reports it when it
is stale. The text is a pure function of the schema: identical on every run.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from vncpc_xl.schema import KINDS, META_SHEET, TEMPLATE_VERSION, Choices, spec_for
from vncpc_xl.workbook._archive import write_atomic
from vncpc_xl.workbook._describe import (
    RULES,
    ColumnDoc,
    NameDoc,
    SheetDoc,
    TableDoc,
    WorkbookDoc,
    describe,
    sentences,
)
from vncpc_xl.workbook._layout import template_layout
from vncpc_xl.workbook._readme import CHECKS_TITLE, README_SHEET
from vncpc_xl.workbook._validation import LISTS_SHEET

DOC_NAME = "README.md"
TITLE = "# Các sổ Excel của vncpc-xl (vncpc-xl workbooks)"
GENERATED = (
    "> Tệp này được tạo tự động từ lược đồ (`vncpc_xl/schema/`) bằng `vncpc-xl templates build`, từ cùng mô tả "
    f"với trang `{README_SHEET}` của mỗi mẫu; đừng sửa tay. *(Generated from the schema by "
    f"`vncpc-xl templates build`, from the same description as each template's `{README_SHEET}` sheet; "
    "do not edit by hand.)*"
)
HIDDEN_SHEETS = (
    f"Ngoài các trang tính liệt kê dưới đây, mỗi mẫu có trang `{README_SHEET}` (tài liệu này, trong Excel), "
    f"trang rất ẩn `{META_SHEET}` giữ loại sổ (`kind`) và phiên bản mẫu (`template_version`), và trang rất ẩn "
    f"`{LISTS_SHEET}` giữ các danh sách thả xuống. *(Besides the sheets below, every template has the "
    f"`{README_SHEET}` read-me sheet and the very hidden `{META_SHEET}` and `{LISTS_SHEET}` sheets.)*"
)
NAME_HEADERS = (
    "Tên (name)",
    "Nhãn",
    "Label (English)",
    "Ô (cell)",
    "Kiểu (type)",
    "Bắt buộc (required)",
    "Mặc định (default)",
    "Giá trị cho phép (allowed values)",
    "Giải thích (help)",
)
COLUMN_HEADERS = (
    "Cột (column)",
    "Tiêu đề",
    "Header (English)",
    "Kiểu (type)",
    "Đơn vị / định dạng (unit / format)",
    "Bắt buộc (required)",
    "Duy nhất (unique)",
    "Danh sách thả xuống / giới hạn (drop-down values / range)",
    "Công thức (formula)",
    "Giải thích (help)",
)
SUMMARY_HEADERS = ("Ô (cell)", "Mục", "Item (English)", "Công thức (formula)")
CHECK_HEADERS = ("Mã lỗi (issue code)", "Kiểm tra (check)")
YES = "có"


def _text(value: str) -> str:
    """Return `value` safe inside a Markdown table cell (pipes escaped, line breaks as ``<br>``)."""
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("\n", "<br>")


def _code(value: str) -> str:
    """Return `value` as inline code safe inside a table cell (empty stays empty)."""
    if not value:
        return ""
    fence = "``" if "`" in value else "`"
    escaped = value.replace("|", "\\|")
    return f"{fence}{escaped}{fence}"


def _yes(flag: bool) -> str:
    return YES if flag else ""


def _table(headers: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _help(vi: str, en: str) -> str:
    """Return the Vietnamese help with the English in italics beside it."""
    vi_text = _text(sentences([vi]))
    return f"{vi_text} *({_text(en)})*" if vi and en else vi_text


def _allowed(choices: Choices, bounds: str) -> str:
    """Return the drop-down values, each with its English label when that differs, or else the bounds."""
    if not choices:
        return _text(bounds)
    return "<br>".join(_code(v) + ("" if en == v else f" ({_text(en)})") for v, en in choices.pairs())


def _unit_format(doc: ColumnDoc) -> str:
    """Return the entry format or unit, then the Excel number format when it says something more."""
    parts = [_text(doc.entry_format)] if doc.entry_format else []
    if doc.number_format and doc.number_format != doc.entry_format:
        parts.append(_code(doc.number_format))
    return "; ".join(parts)


def _name_row(doc: NameDoc) -> tuple[str, ...]:
    spec = doc.spec
    return (
        _code(spec.key),
        _text(spec.label),
        _text(spec.label_en),
        doc.cell,
        _text(doc.type_name),
        _yes(spec.required),
        _code(doc.default),
        _allowed(spec.choices, doc.bounds),
        _help(spec.help_vi, spec.help_en),
    )


def _column_row(doc: ColumnDoc) -> tuple[str, ...]:
    spec = doc.spec
    return (
        doc.letter,
        _text(spec.header),
        _text(spec.header_en),
        _text(doc.value_type),
        _unit_format(doc),
        _yes(spec.required),
        _yes(spec.unique),
        _allowed(spec.choices, doc.bounds),
        _code(doc.formula),
        _help(spec.help_vi, spec.help_en),
    )


def _sheet_contents(sheet: SheetDoc) -> str:
    parts = []
    if sheet.names:
        parts.append(f"{len(sheet.names)} tên xác định (defined names)")
    parts += [f"bảng (table) `{table.spec.name}`" for table in sheet.tables]
    if sheet.summary:
        parts.append(f"{len(sheet.summary)} dòng tổng hợp (summary lines)")
    return "; ".join(parts)


def _sheets_section(doc: WorkbookDoc) -> Iterator[str]:
    yield "### Trang tính (sheets)"
    yield ""
    rows = [
        (str(number), _code(sheet.spec.name), _sheet_contents(sheet), _text(sheet.spec.note_vi))
        for number, sheet in enumerate(doc.sheets, start=1)
    ]
    yield from _table(("#", "Trang tính (sheet)", "Nội dung (contents)", "Ghi chú (note)"), rows)


def _names_section(sheet: SheetDoc) -> Iterator[str]:
    yield f"### Tên xác định (defined names) — trang `{sheet.spec.name}`"
    yield ""
    yield from _table(NAME_HEADERS, (_name_row(name) for name in sheet.names))


def _table_section(table: TableDoc) -> Iterator[str]:
    spec, place = table.spec, table.place
    yield f"### Bảng `{spec.name}` — {_text(spec.title)} ({_text(spec.title_en)})"
    yield ""
    prefilled = f", {len(spec.prefill)} dòng điền sẵn (pre-filled rows)" if spec.prefill else ""
    formulas = (
        f" Công thức ghi như ở dòng dữ liệu đầu tiên, dòng {place.first_row} *(formulas as in the first data row)*."
        if any(column.formula for column in table.columns)
        else ""
    )
    yield (
        f"Trang `{place.sheet}`, vùng `{place.ref}`, {place.rows} dòng sẵn sàng (ready rows){prefilled}.{formulas}"
    )
    yield ""
    yield from _table(COLUMN_HEADERS, (_column_row(column) for column in table.columns))


def _summary_section(sheet: SheetDoc) -> Iterator[str]:
    yield f"### Dòng tổng hợp (summary lines) — trang `{sheet.spec.name}`"
    yield ""
    if sheet.spec.note_vi:
        yield _text(sheet.spec.note_vi)
        yield ""
    rows = (
        (line.cell, _text(line.line.label), _text(line.line.label_en), _code(line.formula))
        for line in sheet.summary
    )
    yield from _table(SUMMARY_HEADERS, rows)


def _checks_section(doc: WorkbookDoc) -> Iterator[str]:
    yield f"### {CHECKS_TITLE} (cross-field checks)"
    yield ""
    yield from _table(CHECK_HEADERS, ((_code(check.code), _text(check.text)) for check in doc.checks))


def _blocks(doc: WorkbookDoc) -> Iterator[list[str]]:
    yield list(_sheets_section(doc))
    for sheet in doc.sheets:
        if sheet.names:
            yield list(_names_section(sheet))
        for table in sheet.tables:
            yield list(_table_section(table))
        if sheet.summary:
            yield list(_summary_section(sheet))
    if doc.checks:
        yield list(_checks_section(doc))


def _kind_section(doc: WorkbookDoc, link: str) -> list[str]:
    spec = doc.spec
    lines = [
        f'<a id="{spec.kind}"></a>',
        "",
        f"## {_text(spec.title)} — `{spec.kind}`",
        "",
        f"*{_text(spec.title_en)}.* Mẫu (template): [`{link}`]({link}).",
    ]
    for rule in doc.extra_rules:
        lines += ["", f"Quy tắc riêng (specific rule): {_text(rule)}"]
    for block in _blocks(doc):
        lines += ["", *block]
    return lines


def _template_link(folder: str, kind: str) -> str:
    return f"{folder}/{kind}.xlsx" if folder else f"{kind}.xlsx"


def _overview(docs: tuple[WorkbookDoc, ...], folder: str) -> list[str]:
    rows = (
        (
            f"[`{doc.spec.kind}`](#{doc.spec.kind})",
            _text(doc.spec.title),
            _text(doc.spec.title_en),
            f"[`{_template_link(folder, doc.spec.kind)}`]({_template_link(folder, doc.spec.kind)})",
            str(len(doc.sheets)),
            ", ".join(f"`{table.name}`" for table in doc.spec.tables),
        )
        for doc in docs
    )
    headers = (
        "Loại sổ (kind)",
        "Tên",
        "Title (English)",
        "Mẫu (template)",
        "Trang tính (sheets)",
        "Bảng (tables)",
    )
    return _table(headers, rows)


def markdown(templates_dir: str = "templates", kinds: tuple[str, ...] = KINDS) -> str:
    """Return the Markdown documentation of `kinds`; template links point into `templates_dir` (relative, posix)."""
    docs = tuple(describe(spec_for(kind), TEMPLATE_VERSION, template_layout(kind)) for kind in kinds)
    lines = [TITLE, "", GENERATED, "", f"Phiên bản mẫu (template version): {TEMPLATE_VERSION}.", ""]
    lines += _overview(docs, templates_dir)
    lines += ["", "## Quy tắc chung (general rules)", ""]
    lines += [f"- {_text(rule)}" for rule in RULES]
    lines += ["", HIDDEN_SHEETS]
    for doc in docs:
        lines += ["", *_kind_section(doc, _template_link(templates_dir, doc.spec.kind))]
    return "\n".join(lines) + "\n"


def _relative(doc: Path, templates_dir: Path) -> str:
    relative = os.path.relpath(Path(templates_dir).resolve(), Path(doc).resolve().parent)
    return "" if relative == "." else Path(relative).as_posix()


def doc_text(doc: Path, templates_dir: Path) -> str:
    """Return the Markdown that belongs at `doc`, its template links relative to `templates_dir`."""
    return markdown(_relative(doc, templates_dir))


def write_doc(doc: Path, templates_dir: Path) -> Path:
    """Write the Markdown documentation to `doc` (atomically, UTF-8, ``\\n`` line ends) and return `doc`."""
    return write_atomic(Path(doc), doc_text(doc, templates_dir).encode("utf-8"))


def doc_is_current(doc: Path, templates_dir: Path) -> bool:
    """Return True when `doc` exists and holds the generated text (a checkout's ``\\r\\n`` line ends accepted)."""
    path = Path(doc)
    if not path.is_file():
        return False
    data = path.read_bytes().replace(b"\r\n", b"\n")
    return data == doc_text(path, templates_dir).encode("utf-8")


__all__ = ["DOC_NAME", "doc_is_current", "doc_text", "markdown", "write_doc"]
