"""Render a `YearData` into the Word annual report: sandboxed docxtpl, charts, atomic write, optional PDF."""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import CodeType
from typing import IO, TYPE_CHECKING, Any

from docx import Document
from docx.oxml.ns import nsmap
from docx.oxml.parser import parse_xml
from docx.shared import Cm
from docxtpl import DocxTemplate, InlineImage
from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment, SecurityError
from lxml import etree

from vncpc_xl.consolidate import YearData
from vncpc_xl.report import _ooxml, _stream
from vncpc_xl.report._i18n import choice
from vncpc_xl.report._pdf import outline_pages
from vncpc_xl.report.charts import savings_chart, training_chart, trends_chart
from vncpc_xl.report.context import build_context
from vncpc_xl.report.output import ReportError, atomic_report, check_writable, write_atomic
from vncpc_xl.report.sections._common import Rows
from vncpc_xl.report.sections.services import category_chart_items
from vncpc_xl.report.sections.training import table1_rows

if TYPE_CHECKING:  # the archive's database stack is imported only when a report uses an archive
    from vncpc_xl.archive import ArchiveView

OVERRIDE_NAME = "report_template.docx"
MAX_PART_BYTES = zipfile.ZIP64_LIMIT  # the document's text above it would need Zip64, which Word refuses
STREAM_LEVEL = (
    3  # zlib level of the streamed document part: a quarter larger than zlib's default, in half the time
)
CHART_WIDTH_CM = 15.5
PDF_TIMEOUT_S = 180
TOC_PASSES = 3  # LibreOffice conversions at most: the second writes the page numbers, a third if they moved
# Limits for templates (an override template is the user's file): the longest string or list a template may
# build, the largest number it may pass to a function or filter, the items all its range() calls may yield,
# the largest exponent and integer, and the time an override template may take to render.
MAX_TEMPLATE_SIZE = 1_000_000
MAX_RANGE_ITEMS = 1_000_000
MAX_EXPONENT = 64
MAX_INTEGER_BITS = 4096
OVERRIDE_TIME_LIMIT_S = 120.0
# Characters XML 1.0 forbids (and the ones docxtpl would turn into paragraph or page breaks).
_PARAGRAPH = re.compile(r"<w:p(?: [^>]*)?>.*?</w:p>", re.DOTALL)  # docxtpl's own paragraph pattern
_SPECIAL = re.compile(r"[\t\n\a\f]")  # tab, line break, new paragraph, page break in a text value
_BAD_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# ------------------------------------------------------------------------------------------------ templates


def expand_specials(xml: str, resolve: Callable[[str], str]) -> str:
    """Return `xml` with `resolve` applied to each paragraph holding a tab, line or page break or ``\\a``.

    The paragraphs are the ones ``_PARAGRAPH.sub`` would find scanning from the start (no paragraph holds a
    ``</w:p>`` before its own end, so the one holding a character starts at the first paragraph opening after the
    last ``</w:p>`` before it); only the few around such characters are looked at.
    """
    pieces: list[str] = []
    done = 0
    for special in _SPECIAL.finditer(xml):
        at = special.start()
        if at < done:
            continue
        last_end = xml.rfind("</w:p>", done, at)
        paragraph = _PARAGRAPH.search(xml, done if last_end < 0 else last_end + len("</w:p>"))
        if paragraph is None or not paragraph.start() <= at < paragraph.end():
            continue  # between paragraphs: left as it is
        pieces += (xml[done : paragraph.start()], resolve(paragraph.group(0)))
        done = paragraph.end()
    return "".join(pieces) + xml[done:] if pieces else xml


class _ReportTemplate(DocxTemplate):
    """docxtpl's template with two fast paths for long reports (thousands of appendix rows).

    - Text values with a tab, line break, page break or new-paragraph mark are expanded paragraph by
      paragraph, only in the paragraphs that have one (docxtpl's pass walks every run of the document).
    - Without ``{%tc`` column loops in the template, the rendered body is parsed directly, without docxtpl's
      column-count repair, as part of a new document root that replaces the old one (no node is moved).
    """

    def resolve_listing(self, xml: str) -> str:
        return expand_specials(xml, super().resolve_listing)

    def patch_xml(self, src_xml: str) -> str:
        return _patched(src_xml)

    def fix_tables(self, xml: str) -> etree._Element:
        if "{%tc" in self._source_xml:
            return super().fix_tables(xml)
        # The rendered body is parsed inside a copy of the document's root, which `map_tree` then makes the
        # document: moving a long body into the old tree re-resolves the namespace of every one of its nodes
        # (7 s for a report of 1 000 audits, minutes for 10 000).
        text = etree.tostring(self.docx.element, encoding="unicode")
        return parse_xml(text[: text.index("<w:body")] + xml + "</w:document>").body

    def fix_docpr_ids(self, tree: etree._Element) -> None:
        # docxtpl's own pass, with lxml's xpath: python-docx's elements take no `namespaces` argument
        for element in etree._Element.xpath(tree, "//wp:docPr", namespaces=nsmap):
            self.docx_ids_index += 1
            element.attrib["id"] = str(self.docx_ids_index)

    def map_tree(self, tree: etree._Element) -> None:
        root = tree.getparent()
        if root is None or root is self.docx.element:
            super().map_tree(tree)
            return
        self.docx.part._element = root
        self.docx._element = root
        self.docx._Document__body = None  # python-docx (pinned) builds its body proxy again from the new root

    def build_xml(self, context: dict[str, Any], jinja_env: Any = None) -> str:
        # docxtpl's own steps, with the long tables' loops cut out before Jinja sees them (`_stream`)
        self._source_xml = self.get_xml()
        xml, self.streamed = _stream.cut_loops(self.patch_xml(self._source_xml), context)
        return self.render_xml_part(xml, self.docx._part, context, jinja_env)

    def write(self, handle: IO[bytes]) -> None:
        """Write the rendered document into `handle`, the streamed tables' rows in their places."""
        tables: list[_stream.StreamedTable] = getattr(self, "streamed", [])
        if not tables:
            _ooxml.write_package(self.docx, handle)
            return
        specials = _stream.Specials(self.resolve_listing, self.docx.element.nsmap)
        _ooxml.write_package(
            self.docx,
            handle,
            lambda xml: _within_part_limit(_stream.document_chunks(xml, tables, specials)),
            STREAM_LEVEL,
        )


def _within_part_limit(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """Yield `chunks`, raising `ReportError` once they pass `MAX_PART_BYTES` together."""
    written = 0
    for chunk in chunks:
        written += len(chunk)
        if written > MAX_PART_BYTES:
            raise ReportError(
                "Báo cáo quá lớn: phần nội dung vượt 2 GB, Word không mở được tệp như vậy. Hãy chia thư mục"
                " thành nhiều báo cáo (chẳng hạn theo chương trình); không có báo cáo nào được ghi.",
                "The report is too large: its text passes 2 GB, which Word cannot open. Split the folder into"
                " several reports (by programme, for instance); no report was written.",
            )
        yield chunk


def packaged_template(lang: str) -> Path | None:
    """Return the committed template of `lang` in a source checkout (``report_templates/``), else None.

    An installed package carries no copy: `render_bytes` then builds the same template in memory.
    """
    path = Path(__file__).resolve().parents[2] / "report_templates" / f"annual_report.{lang}.docx"
    return path if path.is_file() else None


def template_for(folder: Path | None, lang: str) -> Path | None:
    """Return ``report_template.docx`` in `folder` if present, else the packaged template (None: built)."""
    if folder is not None:
        override = Path(folder) / OVERRIDE_NAME
        if override.is_file():
            return override
    return packaged_template(lang)


@functools.cache
def _built_template(lang: str) -> bytes:
    from vncpc_xl.report.build_templates import template_bytes

    return template_bytes(lang)


# --------------------------------------------------------------------------------------------------- output


# --------------------------------------------------------------------------------------------------- render


class _ReportSandbox(SandboxedEnvironment):
    """Jinja's sandbox with autoescaping and strict names, and limits on what a template may build.

    Besides the sandbox's ban on private attributes and unsafe calls: ``*``, ``+`` and ``**`` may not build a
    string or list longer than `MAX_TEMPLATE_SIZE` nor raise to a power above `MAX_EXPONENT`; a function or
    filter may not receive a number above `MAX_TEMPLATE_SIZE` (``center(10**9)``); all ``range()`` calls
    together may yield at most `MAX_RANGE_ITEMS` numbers. Breaking a limit raises `SecurityError`.
    """

    intercepted_binops = frozenset({"*", "+", "**"})

    def __init__(self) -> None:
        super().__init__(autoescape=True, undefined=StrictUndefined)
        self._range_left = MAX_RANGE_ITEMS
        self.globals["range"] = self._range
        self.filters = {name: _bounded(f) for name, f in self.filters.items()}

    def _range(self, *args: int) -> range:
        _check_numbers(args, {})
        numbers = range(*args)
        self._range_left -= len(numbers)
        if self._range_left < 0:
            raise SecurityError(f"range() may yield at most {MAX_RANGE_ITEMS} numbers in one report")
        return numbers

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and _is_number(right) and abs(right) > MAX_EXPONENT:
            raise SecurityError(f"exponent {right} is larger than {MAX_EXPONENT}")
        if operator in ("*", "**") and isinstance(left, int) and isinstance(right, int):
            bits = left.bit_length() * (abs(right) if operator == "**" else 1) + right.bit_length()
            if bits > MAX_INTEGER_BITS:
                raise SecurityError(f"numbers may have at most {MAX_INTEGER_BITS} bits")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if (
                    isinstance(seq, (str, list, tuple))
                    and _is_number(times)
                    and len(seq) * times > MAX_TEMPLATE_SIZE
                ):
                    raise SecurityError(f"a repeated text or list may hold at most {MAX_TEMPLATE_SIZE} items")
        if operator == "+" and isinstance(left, (str, list, tuple)) and isinstance(right, (str, list, tuple)):
            if len(left) + len(right) > MAX_TEMPLATE_SIZE:
                raise SecurityError(f"a joined text or list may hold at most {MAX_TEMPLATE_SIZE} items")
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        _check_numbers(args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def from_string(self, source: Any, globals: Any = None, template_class: Any = None) -> Any:
        # The same template text compiles to the same code in every sandbox: compile it once per process
        # (a tenth of a second for the report's template, on every report the ribbon writes).
        if not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        cls = template_class or self.template_class
        return cls.from_code(self, _compiled(source), self.make_globals(globals), None)


@functools.lru_cache(maxsize=16)
def _patched(xml: str) -> str:
    """Return docxtpl's clean-up of a template part's `xml` for Jinja: the same for the same text, so done once
    per process (a third of rendering the report's template)."""
    return DocxTemplate.patch_xml(None, xml)  # docxtpl's pass uses nothing of its template object


@functools.lru_cache(maxsize=16)
def _compiled(source: str) -> CodeType:
    """Return the code of the template `source` (raises Jinja's errors for a broken one, never kept)."""
    return _ReportSandbox().compile(source)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _check_numbers(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    for value in (*args, *kwargs.values()):
        if _is_number(value) and abs(value) > MAX_TEMPLATE_SIZE:
            raise SecurityError(f"the number {value} is larger than a template may use ({MAX_TEMPLATE_SIZE})")


def _bounded(function: Callable[..., Any]) -> Callable[..., Any]:
    """Return `function` (a Jinja filter) refusing numbers above `MAX_TEMPLATE_SIZE` among its arguments."""

    @functools.wraps(function)
    def checked(*args: Any, **kwargs: Any) -> Any:
        _check_numbers(args, kwargs)
        return function(*args, **kwargs)

    return checked


class _TooSlow(Exception):
    """Raised inside a template's code when it runs past its time limit."""


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Stop template code (``<template>`` frames of this thread) that runs longer than `seconds`."""
    end = time.monotonic() + seconds
    previous = sys.gettrace()

    def in_template(frame: Any, event: str, arg: Any) -> Any:
        if time.monotonic() > end:
            raise _TooSlow
        return in_template

    def on_call(frame: Any, event: str, arg: Any) -> Any:
        return in_template if frame.f_code.co_filename == "<template>" else None

    sys.settrace(on_call)
    try:
        yield
    finally:
        sys.settrace(previous)


def sandbox() -> SandboxedEnvironment:
    """Return the Jinja environment report templates run in: sandboxed, autoescaping, strict on unknown names,
    with limits on the strings, numbers and ranges a template may build (`_ReportSandbox`)."""
    return _ReportSandbox()


def render_bytes(
    data: YearData, *, lang: str = "vi", template: Path | None = None, archive: ArchiveView | None = None
) -> bytes:
    """Return the .docx bytes of the report of `data` in `lang` rendered with `template` (default: packaged).

    With `archive` the cumulative figures are the archive's and the report has its Trends section.
    """
    buffer = io.BytesIO()
    _rendered(data, lang, template, archive).write(buffer)
    return buffer.getvalue()


def _rendered(
    data: YearData, lang: str, template: Path | None, archive: ArchiveView | None
) -> _ReportTemplate:
    """Return the template of `data`'s report rendered (its long tables still to write: `_ReportTemplate.write`)."""
    template = template or template_for(data.folder, lang)
    source = str(template) if template is not None else io.BytesIO(_built_template(lang))
    name = template.name if template is not None else f"annual_report.{lang}.docx"
    try:
        tpl = _ReportTemplate(source)
        tpl.init_docx()
    except Exception as exc:  # a broken override template is the user's file: say which one
        raise ReportError(
            f"Mẫu báo cáo {name} không phải tệp Word (.docx) hợp lệ: {exc}",
            f"The report template {name} is not a valid Word (.docx) file: {exc}",
        ) from exc
    context = _clean(build_context(data, lang, archive))
    context.update(_charts(tpl, data, lang, archive))
    if template is not None and template.name == OVERRIDE_NAME:
        with _time_limit(OVERRIDE_TIME_LIMIT_S):
            _render(tpl, context, name)
    else:
        _render(tpl, context, name)
    document = tpl.docx
    _ooxml.fill_toc(document, _ooxml.heading_entries(document))
    year = data.year or 2000
    _ooxml.fix_core_properties(
        document,
        title=f"{data.centre.name} – {'Báo cáo năm' if lang == 'vi' else 'Annual report'} {data.year or ''}".strip(),
        author=data.centre.name or "vncpc-xl",
        when=dt.datetime(year, 12, 31),
        lang="vi-VN" if lang == "vi" else "en-GB",
    )
    return tpl


def _render(tpl: DocxTemplate, context: dict[str, Any], name: str) -> None:
    try:
        tpl.render(context, sandbox())
    except SecurityError as exc:
        raise ReportError(
            f"Mẫu báo cáo {name} dùng một thao tác không được phép ({exc}); báo cáo không được tạo.",
            f"The report template {name} uses a forbidden operation ({exc}); no report was written.",
        ) from exc
    except UndefinedError as exc:
        raise ReportError(
            f"Mẫu báo cáo {name} dùng một tên không có trong số liệu: {exc.message}.",
            f"The report template {name} uses a name the data does not have: {exc.message}.",
        ) from exc
    except TemplateSyntaxError as exc:
        raise ReportError(
            f"Mẫu báo cáo {name} có thẻ Jinja sai cú pháp: {exc.message}.",
            f"The report template {name} has a Jinja tag with a syntax error: {exc.message}.",
        ) from exc
    except TemplateError as exc:
        raise ReportError(
            f"Không dựng được báo cáo từ mẫu {name}: {exc}.",
            f"Could not render the report from the template {name}: {exc}.",
        ) from exc
    except _TooSlow as exc:
        raise ReportError(
            f"Mẫu báo cáo {name} chạy quá lâu (quá {OVERRIDE_TIME_LIMIT_S:g} giây) và đã bị dừng; hãy kiểm tra"
            " các vòng lặp {% for %} của mẫu. Báo cáo không được tạo.",
            f"The report template {name} ran too long (over {OVERRIDE_TIME_LIMIT_S:g} seconds) and was stopped;"
            " check its {% for %} loops. No report was written.",
        ) from exc
    except Exception as exc:  # anything else a template can provoke (too large, unreadable output, ...)
        raise ReportError(
            f"Không dựng được báo cáo từ mẫu {name} ({type(exc).__name__}: {exc}); hãy sửa mẫu hoặc xóa nó"
            " để dùng mẫu chuẩn. Báo cáo không được tạo.",
            f"Could not render the report from the template {name} ({type(exc).__name__}: {exc}); fix the"
            " template or remove it to use the standard one. No report was written.",
        ) from exc


def _charts(
    tpl: DocxTemplate, data: YearData, lang: str, archive: ArchiveView | None = None
) -> dict[str, InlineImage | None]:
    rows = [
        (choice(r.type, lang), r.planned_person_days, r.result_person_days)
        for r in table1_rows(data.training.plan)
    ]
    sectors = [(choice(sector, lang), value) for sector, value in data.audits.savings_by_sector_usd.items()]
    images: dict[str, InlineImage | None] = {}
    for key, png in (
        ("chart_training", training_chart(rows, lang)),
        ("chart_sectors", savings_chart(sectors, lang)),
        ("chart_categories", savings_chart(category_chart_items(data.audits, lang), lang)),
        ("chart_trends", trends_chart(archive.series, lang) if archive is not None else None),
    ):
        images[key] = InlineImage(tpl, io.BytesIO(png), width=Cm(CHART_WIDTH_CM)) if png else None
    return images


def _clean(value: Any) -> Any:
    """Return `value` with XML-invalid control characters removed from every string."""
    if isinstance(value, str):
        return _clean_text(value)
    if isinstance(value, Rows):
        return value.cleaned(_clean_text)
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_clean(item) for item in value]
    return value


def _clean_text(text: str) -> str:
    """Return `text` without XML-invalid control characters, its line ends as ``\n``."""
    return _BAD_XML_CHARS.sub("", text).replace("\r\n", "\n").replace("\r", "\n")


def render_report(
    data: YearData,
    out: Path,
    *,
    lang: str = "vi",
    template: Path | None = None,
    archive: ArchiveView | None = None,
) -> Path:
    """Render the report of `data` (with the cumulative figures and trends of `archive`, if given) and write it
    atomically to `out`; return `out`.

    Refuses (``ReportError``) when `out` is open in Word; nothing is written when rendering fails.
    """
    out = Path(out)
    check_writable(out)
    rendered = _rendered(data, lang, template, archive)
    with atomic_report(out) as handle:
        rendered.write(handle)
    return out


# ------------------------------------------------------------------------------------------------------ PDF


def soffice_path() -> str | None:
    """Return the LibreOffice executable (``soffice``), or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(docx_path: Path, runner: Callable[..., Any] = subprocess.run) -> Path:
    """Convert `docx_path` to PDF beside it with LibreOffice headless; return the PDF path.

    LibreOffice does not update the table of contents: the page of each heading is read from the first PDF's
    outline, written into the contents of the .docx (rewritten atomically) and the report converted again,
    until the numbers no longer move (at most `TOC_PASSES` conversions).
    """
    soffice = soffice_path()
    if soffice is None:
        raise ReportError(
            "Không tìm thấy LibreOffice (soffice) để xuất PDF. Hãy cài LibreOffice, hoặc mở báo cáo Word và"
            " chọn Lưu thành PDF. Báo cáo Word đã được ghi.",
            "LibreOffice (soffice) was not found, so no PDF was made. Install LibreOffice, or open the Word"
            " report and save it as PDF. The Word report was written.",
        )
    docx_path = Path(docx_path).resolve()
    pdf = docx_path.with_suffix(".pdf")
    check_writable(pdf)
    with tempfile.TemporaryDirectory(prefix="vncpc-pdf-") as work:
        work_dir = Path(work)
        pages: list[int | None] | None = None
        for _ in range(TOC_PASSES):
            produced = _soffice_pdf(soffice, docx_path, work_dir, runner)
            found = _toc_pages(docx_path, produced.read_bytes())
            if found is None or found == pages:
                break
            pages = found
            write_atomic(docx_path, _with_toc_pages(docx_path, pages))
        write_atomic(pdf, produced.read_bytes())
    return pdf


def _soffice_pdf(soffice: str, docx_path: Path, work_dir: Path, runner: Callable[..., Any]) -> Path:
    """Run LibreOffice once on `docx_path`; return the PDF it wrote in `work_dir`."""
    produced = work_dir / docx_path.with_suffix(".pdf").name
    produced.unlink(missing_ok=True)
    command = [
        soffice,
        f"-env:UserInstallation={(work_dir / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(work_dir),
        str(docx_path),
    ]
    try:
        runner(command, check=True, capture_output=True, timeout=PDF_TIMEOUT_S)
    except (OSError, subprocess.SubprocessError) as exc:
        raise ReportError(
            f"LibreOffice không chuyển được báo cáo sang PDF: {exc}. Báo cáo Word đã được ghi.",
            f"LibreOffice could not convert the report to PDF: {exc}. The Word report was written.",
        ) from exc
    if not produced.is_file():
        raise ReportError(
            "LibreOffice không tạo ra tệp PDF. Báo cáo Word đã được ghi.",
            "LibreOffice produced no PDF file. The Word report was written.",
        )
    return produced


def _toc_pages(docx_path: Path, pdf: bytes) -> list[int | None] | None:
    """Return the page of every table-of-contents entry of `docx_path` in `pdf`, or None when unknown."""
    outline = outline_pages(pdf)
    entries = _ooxml.heading_entries(Document(str(docx_path)))
    if not outline or not entries:
        return None
    pages: list[int | None] = []
    position = 0
    for _, text in entries:
        wanted = " ".join(text.split())
        for i in range(position, len(outline)):
            if " ".join(outline[i][0].split()) == wanted:
                pages.append(outline[i][1])
                position = i + 1
                break
        else:
            pages.append(None)
    return pages if any(page is not None for page in pages) else None


def _with_toc_pages(docx_path: Path, pages: list[int | None]) -> bytes:
    """Return the .docx at `docx_path` with `pages` written into its table of contents."""
    document = Document(str(docx_path))
    _ooxml.fill_toc(document, _ooxml.heading_entries(document), pages)
    return _ooxml.document_bytes(document)
