"""Render a `YearData` into the Word annual report: sandboxed docxtpl, charts, atomic write, optional PDF."""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx.shared import Cm
from docxtpl import DocxTemplate, InlineImage
from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment, SecurityError
from lxml import etree

from vncpc_xl import _files
from vncpc_xl.consolidate import YearData
from vncpc_xl.errors import VncpcError
from vncpc_xl.report import _ooxml
from vncpc_xl.report._i18n import choice
from vncpc_xl.report.charts import sector_chart, training_chart
from vncpc_xl.report.context import build_context, table1_rows

OVERRIDE_NAME = "report_template.docx"
CHART_WIDTH_CM = 15.5
PDF_TIMEOUT_S = 180
# Characters XML 1.0 forbids (and the ones docxtpl would turn into paragraph or page breaks).
_PARAGRAPH = re.compile(r"<w:p(?: [^>]*)?>.*?</w:p>", re.DOTALL)  # docxtpl's own paragraph pattern
_BAD_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class ReportError(VncpcError):
    """The report cannot be written: carries a Vietnamese and an English message."""

    def __init__(self, message_vi: str, message_en: str) -> None:
        super().__init__(message_vi)
        self.message_vi = message_vi
        self.message_en = message_en

    def message(self, lang: str = "vi") -> str:
        """Return the message in `lang`."""
        return self.message_vi if lang == "vi" else self.message_en


# ------------------------------------------------------------------------------------------------ templates


class _ReportTemplate(DocxTemplate):
    """docxtpl's template with two fast paths for long reports (thousands of appendix rows).

    - Text values with a tab, line break, page break or new-paragraph mark are expanded paragraph by
      paragraph, only in the paragraphs that have one (docxtpl's pass walks every run of the document).
    - Without ``{%tc`` column loops in the template, the rendered body is parsed directly, without docxtpl's
      column-count repair.
    """

    _SPECIAL = frozenset("\t\n\a\f")

    def resolve_listing(self, xml: str) -> str:
        if not any(char in xml for char in self._SPECIAL):
            return xml
        resolve = super().resolve_listing

        def paragraph(match: re.Match[str]) -> str:
            text = match.group(0)
            return resolve(text) if any(char in text for char in self._SPECIAL) else text

        return _PARAGRAPH.sub(paragraph, xml)

    def fix_tables(self, xml: str) -> etree._Element:
        if "{%tc" in self._source_xml:
            return super().fix_tables(xml)
        return etree.fromstring(xml)

    def build_xml(self, context: dict[str, Any], jinja_env: Any = None) -> str:
        self._source_xml = self.get_xml()
        return super().build_xml(context, jinja_env)


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


def lock_files(out: Path) -> list[Path]:
    """Return the Word lock files (``~$…``) of `out` that exist: the report is open in Word."""
    names = {f"~${out.name}"}
    if len(out.stem) > 6:
        names.add(f"~${out.name[2:]}")  # Word replaces the first two characters of longer names
    return [out.parent / name for name in sorted(names) if (out.parent / name).exists()]


def check_writable(out: Path) -> None:
    """Raise `ReportError` when `out` is open in Word or its folder does not exist."""
    if lock_files(out):
        raise ReportError(
            f"Báo cáo {out.name} đang mở trong Word (có tệp khóa ~$ bên cạnh). Hãy đóng Word rồi chạy lại;"
            " báo cáo cũ không bị ghi đè.",
            f"The report {out.name} is open in Word (a ~$ lock file is beside it). Close Word and run again;"
            " the existing report was not overwritten.",
        )
    if not out.parent.is_dir():
        raise ReportError(
            f"Thư mục {out.parent} không tồn tại; hãy tạo thư mục hoặc chọn nơi lưu khác.",
            f"The folder {out.parent} does not exist; create it or choose another output path.",
        )


def write_atomic(out: Path, data: bytes) -> Path:
    """Write `data` to `out` through a temporary file in the same folder, then rename it over `out`."""
    check_writable(out)
    try:
        _files.write_atomic(out, data)
    except OSError as exc:
        raise ReportError(
            f"Không ghi được báo cáo {out}: {exc.strerror or exc}. Tệp có thể đang mở hoặc thư mục chỉ đọc.",
            f"Could not write the report {out}: {exc.strerror or exc}. The file may be open or the folder read-only.",
        ) from exc
    return out


# --------------------------------------------------------------------------------------------------- render


def sandbox() -> SandboxedEnvironment:
    """Return the Jinja environment report templates run in: sandboxed, autoescaping, strict on unknown names."""
    return SandboxedEnvironment(autoescape=True, undefined=StrictUndefined)


def render_bytes(data: YearData, *, lang: str = "vi", template: Path | None = None) -> bytes:
    """Return the .docx bytes of the report of `data` in `lang` rendered with `template` (default: packaged)."""
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
    context = _clean(build_context(data, lang))
    context.update(_charts(tpl, data, lang))
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
    return _ooxml.document_bytes(document)


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


def _charts(tpl: DocxTemplate, data: YearData, lang: str) -> dict[str, InlineImage | None]:
    rows = [
        (choice(r.type, lang), r.planned_person_days, r.result_person_days)
        for r in table1_rows(data.training.plan)
    ]
    sectors = [(choice(sector, lang), value) for sector, value in data.audits.savings_by_sector_usd.items()]
    images: dict[str, InlineImage | None] = {}
    for key, png in (
        ("chart_training", training_chart(rows, lang)),
        ("chart_sectors", sector_chart(sectors, lang)),
    ):
        images[key] = InlineImage(tpl, io.BytesIO(png), width=Cm(CHART_WIDTH_CM)) if png else None
    return images


def _clean(value: Any) -> Any:
    """Return `value` with XML-invalid control characters removed from every string."""
    if isinstance(value, str):
        return _BAD_XML_CHARS.sub("", value).replace("\r\n", "\n").replace("\r", "\n")
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_clean(item) for item in value]
    return value


def render_report(data: YearData, out: Path, *, lang: str = "vi", template: Path | None = None) -> Path:
    """Render the report of `data` and write it atomically to `out`; return `out`.

    Refuses (``ReportError``) when `out` is open in Word; nothing is written when rendering fails.
    """
    out = Path(out)
    check_writable(out)
    return write_atomic(out, render_bytes(data, lang=lang, template=template))


# ------------------------------------------------------------------------------------------------------ PDF


def soffice_path() -> str | None:
    """Return the LibreOffice executable (``soffice``), or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(docx_path: Path, runner: Callable[..., Any] = subprocess.run) -> Path:
    """Convert `docx_path` to PDF beside it with LibreOffice headless; return the PDF path."""
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
        profile = (work_dir / "profile").as_uri()
        command = [
            soffice,
            f"-env:UserInstallation={profile}",
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
        produced = work_dir / pdf.name
        if not produced.is_file():
            raise ReportError(
                "LibreOffice không tạo ra tệp PDF. Báo cáo Word đã được ghi.",
                "LibreOffice produced no PDF file. The Word report was written.",
            )
        write_atomic(pdf, produced.read_bytes())
    return pdf
