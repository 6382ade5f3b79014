"""Build the Word templates `report_templates/annual_report.<lang>.docx` (docxtpl tags in a styled document).

The templates are generated, never edited by hand: ``python -m vncpc_xl.report.build_templates`` rewrites
them, ``--check`` exits 1 when the committed files differ from what this code builds.
The document follows the sections of the reference report, in order; every figure is a Jinja tag filled
from `vncpc_xl.report.context.build_context`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from vncpc_xl.report import _ooxml
from vncpc_xl.report._labels import LABELS
from vncpc_xl.schema import SPECS, spec_for

LANGS = ("vi", "en")
BODY_FONT = "Times New Roman"
HEADING_FONT = "Arial"
MONO_FONT = "Courier New"
ACCENT = RGBColor(0x1F, 0x4E, 0x79)
HEADER_FILL = "DCE6F1"
TEXT_WIDTH_CM = 16.0
LANDSCAPE_WIDTH_CM = 24.7
CELL_MARGIN_CM = 0.1
SMALL_TABLE_PT = 8.5
TEMPLATE_DATE = dt.datetime(2024, 1, 1)


VIETNAMESE_ORIGINAL = "(Vietnamese original)"


def templates_dir() -> Path:
    """Return the source tree's ``report_templates`` folder."""
    return Path(__file__).resolve().parents[2] / "report_templates"


def template_name(lang: str) -> str:
    """Return the file name of the template of `lang`."""
    return f"annual_report.{lang}.docx"


# The report's column headers that are the workbooks' own headers: (label key, kind, table, column key).
_SCHEMA_HEADERS = (
    ("t1_type", "training", "tblTrainingPlan", "type"),
    ("t1_plan", "training", "tblTrainingPlan", "planned_person_days"),
    ("t1_note", "training", "tblTrainingPlan", "note"),
    ("t2_module", "training", "tblModules", "module"),
    ("t2_days", "training", "tblModules", "days"),
    ("t2_topics", "training", "tblModules", "topics"),
    ("t4_area", "kpi", "tblKpiTargets", "area"),
    ("t4_aspect", "kpi", "tblKpiTargets", "aspect"),
    ("t4_unit", "kpi", "tblKpiTargets", "unit"),
    ("t4_frequency", "kpi", "tblKpiTargets", "frequency"),
    ("t4_note", "kpi", "tblKpiTargets", "note"),
    ("t5_name", "centre", "tblProjects", "name"),
    ("t5_content", "centre", "tblProjects", "cp_content"),
    ("t5_donor", "centre", "tblProjects", "donor"),
    ("t5_partner", "centre", "tblProjects", "partner"),
    ("t5_place", "centre", "tblProjects", "place"),
    ("t5_period", "centre", "tblProjects", "period"),
    ("a_payback", "audit", "tblOptions", "payback_months"),
    ("c_category", "audit", "tblOptions", "category"),
    ("tn_co2", "audit", "tblOptions", "co2_t"),
    ("c_payback", "audit", "tblOptions", "payback_months"),
    ("r_option", "audit", "tblOptions", "option"),
    ("r_category", "audit", "tblOptions", "category"),
    ("r_status", "audit", "tblOptions", "status"),
    ("r_payback", "audit", "tblOptions", "payback_months"),
    ("o_fuel", "audit", "tblFuels", "fuel"),
    ("o_coal_type", "audit", "tblFuels", "coal_type"),
    ("o_sulfur", "audit", "tblFuels", "sulfur_pct"),
    ("o_ash", "audit", "tblFuels", "ash_pct"),
    ("o_fly_ash", "audit", "tblFuels", "fly_ash_pct"),
    ("o_so2_removal", "audit", "tblFuels", "so2_removal_pct"),
    ("o_dust_removal", "audit", "tblFuels", "dust_removal_pct"),
    ("f_resource", "audit", "tblPrices", "resource"),
    ("ab_abbreviation", "centre", "tblAbbreviations", "abbreviation"),
    ("ab_meaning", "centre", "tblAbbreviations", "meaning"),
)


def schema_labels(lang: str) -> dict[str, str]:
    """Return the column headers the report shares with the workbooks, in `lang`, from the schema."""
    labels = {}
    for key, kind, table, column in _SCHEMA_HEADERS:
        spec = spec_for(kind).table(table).column(column)
        labels[key] = spec.header if lang == "vi" else spec.header_en
    status = spec_for("audit").name("Status")
    labels["a_status"] = status.label if lang == "vi" else status.label_en
    return labels


def labels_for(lang: str) -> dict[str, str]:
    """Return every fixed text of the template of `lang` («tblName» replaced by the sheet of that table)."""
    sheets = {f"«{table.name}»": table.sheet for spec in SPECS.values() for table in spec.tables}
    labels = {}
    for key, text in LABELS[lang].items():
        for token, sheet in sheets.items():
            text = text.replace(token, sheet)
        labels[key] = text
    return {**labels, **schema_labels(lang)}


# ------------------------------------------------------------------------------------------------- styles


def _set_font(rpr_owner, name: str) -> None:
    """Set every script slot of `rpr_owner`'s font to `name`, dropping theme fonts that would override it."""
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        if attr.endswith("Theme"):
            del fonts.attrib[attr]
    for slot in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{slot}"), name)


def _set_lang(rpr_owner, tag: str) -> None:
    rpr = rpr_owner.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), tag)


def _paragraph_style(document: DocxDocument, name: str, *, base: str = "Normal"):
    styles = document.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base]
    style.quick_style = True
    return style


def _setup_styles(document: DocxDocument, lang: str) -> None:
    styles = document.styles
    normal = styles["Normal"]
    _set_font(normal.element, BODY_FONT)
    _set_lang(normal.element, LABELS[lang]["lang_tag"])
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    for level, size in ((1, 14), (2, 12.5), (3, 12)):
        style = styles[f"Heading {level}"]
        _set_font(style.element, HEADING_FONT)
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = level == 3
        style.font.color.rgb = ACCENT
        fmt = style.paragraph_format
        fmt.space_before = Pt(18 if level == 1 else 12)
        fmt.space_after = Pt(6)
        fmt.keep_with_next = True
        fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT

    title = styles["Title"]
    _set_font(title.element, HEADING_FONT)
    title.font.size = Pt(26)
    title.font.bold = True
    title.font.color.rgb = ACCENT
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(12)
    _drop_borders(title.element)
    subtitle = styles["Subtitle"]
    _set_font(subtitle.element, HEADING_FONT)
    subtitle.font.size = Pt(18)
    subtitle.font.italic = False
    subtitle.font.color.rgb = ACCENT
    subtitle.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

    caption = styles["Caption"]
    _set_font(caption.element, BODY_FONT)
    caption.font.size = Pt(10.5)
    caption.font.bold = True
    caption.font.italic = False
    caption.font.color.rgb = RGBColor(0, 0, 0)
    caption.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    caption.paragraph_format.space_before = Pt(6)
    caption.paragraph_format.space_after = Pt(6)

    toc_heading = styles["TOC Heading"]
    _set_font(toc_heading.element, HEADING_FONT)
    toc_heading.font.color.rgb = ACCENT
    for level in (1, 2, 3):
        toc = _paragraph_style(document, f"TOC {level}")
        toc.element.name_val = f"toc {level}"  # Word's built-in name, so Word treats it as its TOC style
        toc.paragraph_format.left_indent = Cm(0.6 * (level - 1))
        toc.paragraph_format.space_after = Pt(2)
        toc.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        toc.paragraph_format.tab_stops.add_tab_stop(
            Cm(TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        toc.font.bold = level == 1

    cell = _paragraph_style(document, "Table Text")
    cell.font.size = Pt(9.5)
    cell.paragraph_format.space_after = Pt(0)
    cell.paragraph_format.line_spacing = 1.0
    cell.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    number = _paragraph_style(document, "Table Number", base="Table Text")
    number.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    head = _paragraph_style(document, "Table Heading", base="Table Text")
    head.font.bold = True
    head.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    head.paragraph_format.keep_with_next = True
    mono = _paragraph_style(document, "Table Code", base="Table Text")
    _set_font(mono.element, MONO_FONT)
    mono.font.size = Pt(7.5)
    bullet = _paragraph_style(document, "Table Bullet", base="Table Text")
    bullet.paragraph_format.left_indent = Cm(0.35)
    bullet.paragraph_format.first_line_indent = Cm(-0.35)
    for name in ("Table Text", "Table Number", "Table Heading"):
        small = _paragraph_style(document, f"{name} Small", base=name)
        small.font.size = Pt(SMALL_TABLE_PT)

    styles["List Bullet"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    footer = styles["Footer"]
    footer.font.size = Pt(9)
    footer.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _drop_borders(style_element) -> None:
    ppr = style_element.find(qn("w:pPr"))
    if ppr is not None:
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)


# --------------------------------------------------------------------------------------------- paragraphs


def _para(document: DocxDocument, text: str = "", style: str | None = None) -> Paragraph:
    paragraph = document.add_paragraph(style=style)
    if text:
        paragraph.add_run(text)
    return paragraph


def _tag(document: DocxDocument, tag: str) -> None:
    """Add a paragraph holding only a docxtpl paragraph tag such as ``{%p if x %}`` (removed on render)."""
    _para(document, tag)


def _loop_paragraphs(document: DocxDocument, items: str, style: str | None = None) -> None:
    """Add one paragraph per item (``{text, bullet}``) of the context list `items`; list items as bullets.

    Before a section's paragraphs (``n.<key>``, and ``n_after.<key>`` after its figures) goes the italic note
    the English report shows when the section has no English paragraph and prints the Vietnamese ones
    (``vo.<key>``).
    """
    if items.startswith(("n.", "n_after.")):
        _tag(document, f"{{%p if vo.{items.split('.', 1)[1]} and {items} %}}")
        note = _para(document, VIETNAMESE_ORIGINAL)
        note.runs[0].italic = True
        _tag(document, "{%p endif %}")
    _tag(document, f"{{%p for p in {items} %}}")
    _tag(document, "{%p if p.bullet %}")
    _para(document, "{{ p.text }}", "List Bullet")
    _tag(document, "{%p else %}")
    _para(document, "{{ p.text }}", style)
    _tag(document, "{%p endif %}")
    _tag(document, "{%p endfor %}")


def _caption(document: DocxDocument, label: str, identifier: str, number: int, text: str) -> Paragraph:
    """Add a caption ``<label> <SEQ>. <text>``; the SEQ field shows `number` until Word updates it."""
    paragraph = document.add_paragraph(style="Caption")
    paragraph.add_run(f"{label} ")
    _ooxml.add_field(paragraph, f"SEQ {identifier} \\* ARABIC", str(number))
    paragraph.add_run(f". {text}")
    return paragraph


def _table_caption(document: DocxDocument, lang: str, number: int, text: str) -> None:
    caption = _caption(document, LABELS[lang]["table"], "Table", number, text)
    caption.paragraph_format.keep_with_next = True


def _sub_table_caption(document: DocxDocument, lang: str, number: str, text: str) -> None:
    """Add the caption of a table that details table `number` (e.g. "3a"), outside the numbered sequence, so
    the reference report's own table numbers stay as they are."""
    caption = _para(document, f"{LABELS[lang]['table']} {number}. {text}", "Caption")
    caption.paragraph_format.keep_with_next = True


def _figure(document: DocxDocument, lang: str, image_tag: str, number: int, text: str) -> None:
    _tag(document, f"{{%p if {image_tag} %}}")
    picture = _para(document, f"{{{{ {image_tag} }}}}")
    picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
    picture.paragraph_format.keep_with_next = True
    picture.paragraph_format.space_before = Pt(10)  # clear of a table just above (its bottom border)
    _caption(document, LABELS[lang]["figure"], "Figure", number, text)
    _tag(document, "{%p endif %}")


# ------------------------------------------------------------------------------------------------- tables


def _shade(cell: _Cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _write_cell(cell: _Cell, text: str, style: str) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.style = style
    if text:
        paragraph.add_run(text)


def _drop_cell_width(cell: _Cell) -> None:
    """Remove a repeated row's cell width: the fixed grid gives it, and a long appendix is leaner without it."""
    tcpr = cell._tc.tcPr
    if tcpr is not None and len(tcpr) == 1 and tcpr[0].tag == qn("w:tcW"):
        cell._tc.remove(tcpr)


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)


def _cant_split(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def _new_table(document: DocxDocument, widths_cm: Sequence[float], rows: int) -> Table:
    table = document.add_table(rows=rows, cols=len(widths_cm))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)
    # Word reads the cell widths, LibreOffice the grid: write both, and the table's total width.
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm, strict=True):
        col.set(qn("w:w"), str(Cm(width).twips))
    tblpr = table._tbl.tblPr
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        tblpr.append(tblw)
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(sum(Cm(w).twips for w in widths_cm)))
    _set_cell_margins(tblpr, CELL_MARGIN_CM)
    return table


def _set_cell_margins(tblpr, margin_cm: float) -> None:
    """Set the left and right cell margins of a table (narrow columns keep their words whole)."""
    margins = tblpr.find(qn("w:tblCellMar"))
    if margins is None:
        margins = OxmlElement("w:tblCellMar")
        tblpr.append(margins)
    for side in ("left", "right"):
        element = margins.find(qn(f"w:{side}"))
        if element is None:
            element = OxmlElement(f"w:{side}")
            margins.append(element)
        element.set(qn("w:w"), str(Cm(margin_cm).twips))
        element.set(qn("w:type"), "dxa")


def _list_table(
    document: DocxDocument,
    headers: Sequence[str],
    widths_cm: Sequence[float],
    loop: str,
    cells: Sequence[str],
    styles: Sequence[str] | None = None,
    total: Sequence[str] | None = None,
    none: str | None = None,
) -> Table:
    """Add a table: a header row, one row per item of the loop expression `loop` and an optional total row.

    `loop` is e.g. ``"r in table1"``; `cells` the tags of the data row (``"{{ r.type }}"``). With `none`, the
    table is shown only when the list has items, and the paragraph `none` instead (no table of headers only).
    """
    styles = styles or ["Table Text"] * len(cells)
    if none is not None:
        _tag(document, f"{{%p if {loop.split(' in ', 1)[1]} %}}")
    table = _new_table(document, widths_cm, 4 + (total is not None))
    if none is not None:
        _tag(document, "{%p else %}")
        _para(document, none)
        _tag(document, "{%p endif %}")
    head = table.rows[0]
    _repeat_header(head)
    heading = "Table Heading Small" if styles[0].endswith(" Small") else "Table Heading"
    for cell, text in zip(head.cells, headers, strict=True):
        _write_cell(cell, text, heading)
        _shade(cell, HEADER_FILL)
    _write_cell(table.rows[1].cells[0], f"{{%tr for {loop} %}}", "Table Text")
    data = table.rows[2]
    _cant_split(data)
    for cell, text, style in zip(data.cells, cells, styles, strict=True):
        _write_cell(cell, text, style)
        _drop_cell_width(cell)
    _write_cell(table.rows[3].cells[0], "{%tr endfor %}", "Table Text")
    if total is not None:
        for cell, text, style in zip(table.rows[4].cells, total, styles, strict=True):
            _write_cell(cell, text, style)
            for run in cell.paragraphs[0].runs:
                run.bold = True
    return table


def _add_topics_cell(cell: _Cell) -> None:
    """Turn `cell` into a bullet list of ``m.topics`` (one paragraph per topic)."""
    first = cell.paragraphs[0]
    first.style = "Table Text"
    first.add_run("{%p for t in m.topics %}")
    bullet = cell.add_paragraph(style="Table Bullet")
    bullet.add_run("•\u00a0{{ t }}")
    cell.add_paragraph("{%p endfor %}", style="Table Text")


def _merge_label(table: Table, row: int, first: int, last: int, text: str) -> None:
    cell = table.cell(row, first).merge(table.cell(row, last))
    for paragraph in cell.paragraphs[1:]:
        paragraph._p.getparent().remove(paragraph._p)
    for run in cell.paragraphs[0].runs:
        run._r.getparent().remove(run._r)
    _write_cell(cell, text, "Table Heading")
    _shade(cell, HEADER_FILL)


# ------------------------------------------------------------------------------------------------ sections


def _title_page(document: DocxDocument, L: dict[str, str]) -> None:
    for _ in range(6):
        _para(document)
    _para(document, "{{ centre_name }}", "Title")
    _para(document, L["report_of_year"], "Subtitle")
    for _ in range(10):
        _para(document)
    _tag(document, "{%p if director %}")
    director = _para(document, L["title_director"])
    director.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _tag(document, "{%p endif %}")
    _page_break(document)
    contents = _para(document, L["contents"], "TOC Heading")
    contents.alignment = WD_ALIGN_PARAGRAPH.LEFT
    toc = document.add_paragraph(style="toc 1")
    _ooxml.add_field(toc, _ooxml.TOC_INSTRUCTION, L["toc_placeholder"])
    _page_break(document)


def _page_break(document: DocxDocument) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _narrative_sections(document: DocxDocument, L: dict[str, str]) -> None:
    document.add_heading(L["h_preface"], 1)
    _loop_paragraphs(document, "n.loi_noi_dau")
    _tag(document, "{%p if director and not director_signed %}")
    signature = _para(document)
    signature.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    signature.paragraph_format.space_before = Pt(12)
    signature.paragraph_format.space_after = Pt(0)
    signature.add_run("{{ director }}").bold = True
    title = _para(document, L["director_title"])
    title.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    title.runs[0].italic = True
    _tag(document, "{%p endif %}")

    document.add_heading(L["h_policy"], 1)
    _loop_paragraphs(document, "n.chinh_sach")
    document.add_heading(L["h_vision"], 1)
    _loop_paragraphs(document, "n.tam_nhin")


def _structure_section(document: DocxDocument, L: dict[str, str]) -> None:
    document.add_heading(L["h_structure"], 1)
    _loop_paragraphs(document, "n.co_cau")
    document.add_heading(L["h_staff"], 2)
    _tag(document, "{%p for s in staff %}")
    _para(document, "{{ s.line }}", "List Bullet")
    _tag(document, "{%p endfor %}")
    _para(document, L["staff_counts"])
    _loop_paragraphs(document, "n_after.co_cau")


def _activities_section(document: DocxDocument, L: dict[str, str]) -> None:
    document.add_heading(L["h_activities"], 1)
    _loop_paragraphs(document, "n.hoat_dong")
    _para(document, L["key_figures"])
    _loop_paragraphs(document, "n_after.hoat_dong")


def _training_section(document: DocxDocument, lang: str, L: dict[str, str]) -> None:
    document.add_heading(L["h_training"], 1)
    _loop_paragraphs(document, "n.dao_tao")
    _para(document, L["training_intro"])
    _table_caption(document, lang, 1, L["t1_caption"])
    num = "Table Number"
    _list_table(
        document,
        [L["t1_type"], L["t1_plan"], L["t1_result"], L["t1_courses"], L["t1_note"]],
        [4.2, 2.4, 2.4, 1.9, 5.1],
        "r in table1",
        ["{{ r.type }}", "{{ r.planned }}", "{{ r.result }}", "{{ r.courses }}", "{{ r.note }}"],
        ["Table Text", num, num, num, "Table Text"],
        total=[
            L["total"],
            "{{ table1_total.planned }}",
            "{{ table1_total.result }}",
            "{{ table1_total.courses }}",
            "",
        ],
        none=L["t1_none"],
    )
    _figure(document, lang, "chart_training", 1, L["f1_caption"])

    _tag(document, "{%p if training_types %}")
    document.add_heading(L["h_training_types"], 2)
    _tag(document, "{%p for r in training_types %}")
    _para(document, L["training_type_line"], "List Bullet")
    _tag(document, "{%p endfor %}")
    _tag(document, "{%p endif %}")

    # Bảng 2 keeps its caption without modules, so the tables after it keep their numbers in Word.
    document.add_heading(L["h_modules"], 2)
    _tag(document, "{%p if modules %}")
    _para(document, L["modules_intro"])
    _tag(document, "{%p endif %}")
    _table_caption(document, lang, 2, L["t2_caption"])
    table = _list_table(
        document,
        [L["t2_module"], L["t2_days"], L["t2_topics"]],
        [4.5, 1.6, 9.9],
        "m in modules",
        ["{{ m.name }}", "{{ m.days }}", ""],
        ["Table Text", "Table Number", "Table Text"],
        none=L["t2_none"],
    )
    _add_topics_cell(table.rows[2].cells[2])
    _loop_paragraphs(document, "n_after.dao_tao")


def _benefits_table(document: DocxDocument, L: dict[str, str]) -> None:
    left = ["electricity", "coal", "fuel_oil", "diesel", "lpg", "water", "materials"]
    right: list[tuple[str, str] | None] = [
        ("t3_investment", "{{ b3.investment_usd }}"),
        ("t3_savings", "{{ b3.savings_usd }}"),
        None,
        ("t3_dust", "{{ b3.dust_t }}"),
        ("t3_so2", "{{ b3.so2_t }}"),
        ("t3_co2", "{{ b3.co2_t }}"),
        ("t3_waste", L["t3_waste_value"]),
    ]
    table = _new_table(document, [5.0, 3.0, 4.8, 3.2], 1 + len(left))
    _repeat_header(table.rows[0])
    _merge_label(table, 0, 0, 1, L["t3_technical"])
    _merge_label(table, 0, 2, 3, L["t3_economic"])
    for i, (key, extra) in enumerate(zip(left, right, strict=True), start=1):
        row = table.rows[i]
        _cant_split(row)
        _write_cell(row.cells[0], L[f"t3_{key}"], "Table Text")
        _write_cell(row.cells[1], f"{{{{ b3.{key} }}}}", "Table Number")
        if extra is None:
            _merge_label(table, i, 2, 3, L["t3_environmental"])
        else:
            label, value = extra
            _write_cell(row.cells[2], L[label], "Table Text")
            _write_cell(row.cells[3], value, "Table Number" if value.startswith("{{") else "Table Text")


def _services_section(document: DocxDocument, lang: str, L: dict[str, str]) -> None:
    document.add_heading(L["h_services"], 1)
    _loop_paragraphs(document, "n.dich_vu")
    _para(document, L["services_programmes"])
    _tag(document, "{%p for p in au.programme_rows %}")
    _para(document, L["programme_line"], "List Bullet")
    _tag(document, "{%p endfor %}")
    document.add_heading(L["h_results"], 2)
    _para(document, L["services_results"])
    _table_caption(document, lang, 3, L["t3_caption"])
    _benefits_table(document, L)
    _figure(document, lang, "chart_sectors", 2, L["f2_caption"])
    _categories_table(document, lang, L)
    _figure(document, lang, "chart_categories", 3, L["f3_caption"])
    _loop_paragraphs(document, "n_after.dich_vu")


def _categories_table(document: DocxDocument, lang: str, L: dict[str, str]) -> None:
    """Add Bảng 3a: the options of the completed assessments by UNEP category, with Bảng 3's totals."""
    document.add_heading(L["h_categories"], 2)
    _para(document, L["categories_intro"])
    _sub_table_caption(document, lang, "3a", L["t3a_caption"])
    keys = ("category", "identified", "implemented", "investment", "savings", "payback")
    num = "Table Number"
    _list_table(
        document,
        [L[f"c_{k}"] for k in keys],
        [3.9, 2.2, 2.9, 2.5, 2.4, 2.1],
        "c in categories",
        [f"{{{{ c.{k} }}}}" for k in keys],
        ["Table Text", num, num, num, num, num],
        total=[L["total"], *(f"{{{{ categories_total.{k} }}}}" for k in keys[1:])],
    )
    _keep_together(document.tables[-1])


def _keep_together(table: Table) -> None:
    """Keep a short table on one page: every row but the last keeps with the next (Word and LibreOffice)."""
    for row in table.rows[:-1]:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True


def _outreach_section(document: DocxDocument, L: dict[str, str]) -> None:
    document.add_heading(L["h_outreach"], 1)
    _loop_paragraphs(document, "n.pho_bien")
    document.add_heading(L["h_media"], 2)
    _tag(document, "{%p if outreach %}")
    _tag(document, "{%p for o in outreach %}")
    _para(document, "{{ o.line }}", "List Bullet")
    _tag(document, "{%p endfor %}")
    _tag(document, "{%p else %}")
    _para(document, L["no_outreach"])
    _tag(document, "{%p endif %}")
    document.add_heading(L["h_awareness"], 2)
    _para(document, L["awareness"])
    _para(document, L["certified"])
    _tag(document, "{%p if arc %}")
    _para(document, "{{ arc.sources }}")
    _tag(document, "{%p endif %}")
    _loop_paragraphs(document, "n_after.pho_bien")


def _environment_section(document: DocxDocument, lang: str, L: dict[str, str]) -> None:
    document.add_heading(L["h_policy_advice"], 1)
    _loop_paragraphs(document, "n.chinh_sach_khuyen_nghi")
    document.add_heading(L["h_cooperation"], 1)
    _loop_paragraphs(document, "n.hop_tac")

    document.add_heading(L["h_environment"], 1)
    _loop_paragraphs(document, "n.hien_trang_moi_truong")
    _para(document, L["environment_intro"])
    _table_caption(document, lang, 4, L["t4_caption"])
    num = "Table Number Small"
    text = "Table Text Small"
    widths = [1.7, 2.0, 2.1, 2.3, 2.2, 1.5, 1.8, 2.4]  # 8.5 pt: "Monitoring", "CO2/người-" stay whole
    _tag(document, "{%p if kpi_groups %}")
    table = _new_table(document, widths, 6)
    _tag(document, "{%p else %}")
    _para(document, L["t4_none"])
    _tag(document, "{%p endif %}")
    head = table.rows[0]
    _repeat_header(head)
    for cell, key in zip(
        head.cells, ("area", "aspect", "unit", "frequency", "target", "result", "change", "note"), strict=True
    ):
        _write_cell(cell, L[f"t4_{key}"], "Table Heading Small")
        _shade(cell, HEADER_FILL)
    _write_cell(table.rows[1].cells[0], "{%tr for g in kpi_groups %}", text)
    _write_cell(table.rows[2].cells[0], "{%tr for k in g.rows %}", text)
    data = table.rows[3]
    _cant_split(data)
    cells = ["{% vm %}{{ g.area }}", "{{ k.aspect }}", "{{ k.unit }}", "{{ k.frequency }}", "{{ k.target }}"]
    cells += ["{{ k.result }}", "{{ k.change }}", "{{ k.note }}"]
    for cell, value, style in zip(
        data.cells, cells, [text, text, text, text, text, num, num, text], strict=True
    ):
        _write_cell(cell, value, style)
    _write_cell(table.rows[4].cells[0], "{%tr endfor %}", text)
    _write_cell(table.rows[5].cells[0], "{%tr endfor %}", text)
    _loop_paragraphs(document, "n_after.hien_trang_moi_truong")

    document.add_heading(L["h_other"], 1)
    _loop_paragraphs(document, "n.hoat_dong_khac")
    _para(document, L["other_intro"])
    _table_caption(document, lang, 5, L["t5_caption"])
    _list_table(
        document,
        [L[f"t5_{k}"] for k in ("name", "content", "donor", "partner", "place", "period")],
        [3.4, 3.0, 2.6, 3.2, 2.2, 1.6],
        "p in projects",
        [
            "{{ p.name }}",
            "{{ p.cp_content }}",
            "{{ p.donor }}",
            "{{ p.partner }}",
            "{{ p.place }}",
            "{{ p.period }}",
        ],
        none=L["t5_none"],
    )
    _loop_paragraphs(document, "n_after.hoat_dong_khac")
    _trends_section(document, lang, L)
    document.add_heading(L["h_lessons"], 1)
    _loop_paragraphs(document, "n.bai_hoc", "List Bullet")

    document.add_heading(L["h_abbreviations"], 1)
    _list_table(
        document,
        [L["ab_abbreviation"], L["ab_meaning"]],
        [4.0, 12.0],
        "a in abbreviations",
        ["{{ a.abbreviation }}", "{{ a.meaning }}"],
        none=L["ab_none"],
    )


def _trends_section(document: DocxDocument, lang: str, L: dict[str, str]) -> None:
    """Add "Xu hướng" / "Trends" (only with an archive): the years' table and chart, or why there is none."""
    _tag(document, "{%p if arc %}")
    document.add_heading(L["h_trends"], 1)
    _tag(document, "{%p if arc.enough %}")
    _para(document, "{{ arc.intro }}")
    caption = _para(document, L["trends_caption"], "Caption")
    caption.paragraph_format.keep_with_next = True
    keys = ("year", "companies", "completed", "savings", "co2", "person_days", "participants")
    heads = ("year", "assessed", "completed", "savings", "co2", "person_days", "participants")
    _list_table(
        document,
        [L[f"tn_{key}"] for key in heads],
        [1.6, 2.6, 2.4, 2.6, 2.4, 2.4, 2.0],
        "r in arc.rows",
        [f"{{{{ r.{key} }}}}" for key in keys],
        ["Table Text", *["Table Number"] * 6],
    )
    _figure(document, lang, "chart_trends", 4, L["f4_caption"])
    _tag(document, "{%p else %}")
    _para(document, "{{ arc.too_few }}")
    _tag(document, "{%p endif %}")
    _para(document, "{{ arc.totals }}")
    _tag(document, "{%p endif %}")


def _landscape_section(document: DocxDocument) -> None:
    """Start a landscape section (the appendices' wide tables); the footer continues from the body."""
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Cm(29.7)
    section.page_height = Cm(21.0)
    section.different_first_page_header_footer = False


def _appendices(document: DocxDocument, lang: str, L: dict[str, str]) -> None:
    _landscape_section(document)
    document.add_heading(L["h_appendix"], 1)
    num = "Table Number"
    text = "Table Text"
    document.add_heading(L["h_app_assessments"], 2)
    _para(document, L["app_assessments_intro"])
    _table_caption(document, lang, 6, L["t6_caption"])
    keys = ("company", "sector", "programme", "status", "options", "investment", "savings", "payback", "co2")
    _list_table(
        document,
        [L[f"a_{k}"] for k in keys],
        [4.3, 2.8, 4.2, 2.2, 2.0, 2.5, 2.4, 2.1, 2.2],
        "a in assessments",
        [f"{{{{ a.{k} }}}}" for k in keys],
        [text, text, text, text, num, num, num, num, num],
        total=[
            L["total"],
            "",
            "",
            "",
            "{{ assessments_total.options }}",
            "{{ assessments_total.investment }}",
            "{{ assessments_total.savings }}",
            "{{ assessments_total.payback }}",
            "{{ assessments_total.co2 }}",
        ],
        none=L["t6_none"],
    )

    _register_table(document, lang, L)

    document.add_heading(L["h_app_factors"], 2)
    _para(document, L["app_factors_intro"])
    _table_caption(document, lang, 7, L["t7_caption"])
    keys = ("resource", "pollutant", "value", "unit", "source")
    _list_table(
        document,
        [L[f"f_{k}"] for k in keys],
        [3.0, 2.1, 2.0, 2.6, 15.0],
        "f in factors",
        [f"{{{{ f.{k} }}}}" for k in keys],
        [text, text, num, text, text],
    )
    _tag(document, "{%p if zero_factors %}")
    _para(document, L["app_zero_factors"])
    _tag(document, "{%p endif %}")
    _own_fuels_table(document, lang, L)

    document.add_heading(L["h_app_sources"], 2)
    _para(document, L["app_sources_intro"])
    _table_caption(document, lang, 9, L["t9_caption"])
    _list_table(
        document,
        [L["s_file"], L["s_kind"], L["s_used"], "SHA-256"],
        [8.5, 2.5, 1.5, 12.2],
        "s in sources",
        ["{{ s.path }}", "{{ s.kind }}", "{{ s.used }}", "{{ s.sha256 }}"],
        [text, text, text, "Table Code"],
        none=L["s_none"],
    )

    _tag(document, "{%p if excluded or folder_problems %}")
    document.add_heading(L["h_app_excluded"], 2)
    _para(document, L["app_excluded_intro"])
    _tag(document, "{%p if folder_problems %}")
    _para(document, L["app_folder_problems"])
    _tag(document, "{%p for t in folder_problems %}")
    _para(document, "{{ t }}", "List Bullet")
    _tag(document, "{%p endfor %}")
    _tag(document, "{%p endif %}")
    _tag(document, "{%p if excluded %}")
    _table_caption(document, lang, 10, L["t10_caption"])
    _list_table(
        document,
        [L["s_file"], L["s_kind"], L["e_reasons"]],
        [8.0, 2.0, 14.7],
        "e in excluded",
        ["{{ e.path }}", "{{ e.kind }}", ""],
    )
    reasons = document.tables[-1].rows[2].cells[2]
    reasons.paragraphs[0].add_run("{%p for t in e.reasons %}")
    reasons.add_paragraph("•\u00a0{{ t }}", style="Table Bullet")
    reasons.add_paragraph("{%p endfor %}", style="Table Text")
    _tag(document, "{%p endif %}")
    _tag(document, "{%p endif %}")


# The register's columns (24.7 cm, the landscape text width): the programme and option texts are the longest,
# so they get what the figures' headers leave; the status and payback headers are longer in English.
REGISTER_WIDTHS_CM = {
    "vi": (2.7, 1.9, 3.9, 4.0, 2.45, 1.75, 2.2, 2.2, 1.6, 2.0),
    "en": (2.6, 2.0, 3.4, 4.0, 2.45, 2.35, 2.2, 2.0, 1.9, 1.8),
}


def _register_table(document: DocxDocument, lang: str, L: dict[str, str]) -> None:
    """Add the options register: every option of the completed assessments, its header row on every page."""
    document.add_heading(L["h_app_register"], 2)
    _para(document, L["app_register_intro"])
    _sub_table_caption(document, lang, "6a", L["t6a_caption"])
    keys = ("company", "sector", "programme", "option", "category", "status")
    figures = ("investment", "savings", "payback", "co2")
    num, text = "Table Number Small", "Table Text Small"
    _list_table(
        document,
        [L[f"r_{k}"] for k in (*keys, *figures)],
        REGISTER_WIDTHS_CM[lang],
        "r in register",
        [f"{{{{ r.{k} }}}}" for k in (*keys, *figures)],
        [*[text] * len(keys), *[num] * len(figures)],
        none=L["t6a_none"],
    )


def _own_fuels_table(document: DocxDocument, lang: str, L: dict[str, str]) -> None:
    """Add Bảng 8: the fuel properties of assessments that differ from the defaults, with their factors."""
    _para(document, L["app_own_fuels_intro"])
    _table_caption(document, lang, 8, L["t8_caption"])
    keys = ("sulfur", "ash", "fly_ash", "so2_removal", "dust_removal")
    num, text = "Table Number Small", "Table Text Small"
    _list_table(
        document,
        [
            L["o_fuel"],
            L["o_coal_type"],
            *(L[f"o_{k}"] for k in keys),
            L["o_co2"],
            L["o_so2"],
            L["o_dust"],
            L["o_files"],
        ],
        [1.9, 2.1, 1.7, 1.4, 1.7, 2.0, 2.0, 1.8, 1.8, 1.8, 6.5],
        "o in own_fuels",
        [
            "{{ o.fuel }}",
            "{{ o.coal_type }}",
            *(f"{{{{ o.{k} }}}}" for k in keys),
            "{{ o.co2 }}",
            "{{ o.so2 }}",
            "{{ o.dust }}",
            "{{ o.files }}",
        ],
        [text, text, *[num] * 8, text],
        none=L["o_none"],
    )


# ----------------------------------------------------------------------------------------- page and build


def _setup_page(document: DocxDocument, L: dict[str, str]) -> None:
    section = document.sections[0]
    section.page_height = Cm(29.7)
    section.page_width = Cm(21.0)
    section.left_margin = Cm(2.5)
    section.right_margin = Cm(2.5)
    section.top_margin = Cm(2.0)
    section.bottom_margin = Cm(2.0)
    section.start_type = WD_SECTION.NEW_PAGE
    section.different_first_page_header_footer = True
    footer = section.footer.paragraphs[0]
    footer.style = "Footer"
    footer.add_run(L["footer"])
    _ooxml.add_field(footer, "PAGE", "1")


def build_document(lang: str) -> DocxDocument:
    """Return the template of `lang` (``vi`` or ``en``) as a python-docx document."""
    if lang not in LABELS:
        raise ValueError(f"unknown report language {lang!r}; expected one of {', '.join(LANGS)}")
    labels = labels_for(lang)
    document = docx.Document()
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    _setup_styles(document, lang)
    _setup_page(document, labels)
    _title_page(document, labels)
    _narrative_sections(document, labels)
    _structure_section(document, labels)
    _activities_section(document, labels)
    _training_section(document, lang, labels)
    _services_section(document, lang, labels)
    _outreach_section(document, labels)
    _environment_section(document, lang, labels)
    _appendices(document, lang, labels)
    _ooxml.set_update_fields(document)
    _ooxml.keep_line_breaks_unjustified(document)
    if lang == "vi":
        _ooxml.set_decimal_symbol(document, ",", ";")
    _ooxml.drop_thumbnail(document)
    _ooxml.fix_core_properties(
        document,
        title=labels["report_of_year"].replace(" {{ year }}", ""),
        author="vncpc-xl",
        when=TEMPLATE_DATE,
        lang=labels["lang_tag"],
    )
    return document


def template_bytes(lang: str) -> bytes:
    """Return the bytes of the template of `lang` (identical on every run)."""
    return _ooxml.document_bytes(build_document(lang))


def build_templates(out_dir: Path | None = None) -> list[Path]:
    """Write both templates into `out_dir` (default: the source tree's ``report_templates``); return the paths."""
    out_dir = out_dir or templates_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in LANGS:
        path = out_dir / template_name(lang)
        path.write_bytes(template_bytes(lang))
        written.append(path)
    return written


def stale_templates(out_dir: Path | None = None) -> list[Path]:
    """Return the committed templates whose content differs from what `build_templates` would write."""
    out_dir = out_dir or templates_dir()
    stale = []
    for lang in LANGS:
        path = out_dir / template_name(lang)
        if not path.is_file():
            stale.append(path)
            continue
        expected = _ooxml.zip_members_of_bytes(template_bytes(lang))
        try:
            current = _ooxml.zip_members(path)
        except zipfile.BadZipFile:
            current = {}
        if current != expected:
            stale.append(path)
    return stale


def main(argv: Sequence[str] | None = None) -> int:
    """Build the templates, or with ``--check`` report the stale ones; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a committed template is out of date")
    parser.add_argument("--out", type=Path, default=None, help="output folder (default: report_templates)")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_templates(args.out)
        for path in stale:
            print(f"Mẫu báo cáo đã cũ, hãy chạy lại build_templates / template out of date: {path.name}")
        return 1 if stale else 0
    for path in build_templates(args.out):
        print(path.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
