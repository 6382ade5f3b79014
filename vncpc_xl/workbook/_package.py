"""The parts of an .xlsx the reader needs beyond cell values: sheets, defined names, tables, formula cells.

Cell values come from python-calamine (fast), which parses a copy of the container holding the verified
members (`Package`); this module reads, from those members, what calamine does not give: the sheet list with
its parts, workbook-level defined names, the table parts (name, range, header and totals rows) and, per sheet,
which cells hold a formula and which hold an Excel error value (calamine reads an error as an empty string,
and an error must never pass for a blank).
"""

from __future__ import annotations

import io
import posixpath
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from lxml import etree
from python_calamine import CalamineWorkbook

from vncpc_xl.workbook._cells import address, split_ref
from vncpc_xl.workbook._zipsafe import SafeZip, ZipRejected

REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships"
WORKBOOK_PART = "xl/workbook.xml"
VBA_PART = "xl/vbaProject.bin"
STYLES_PART = "xl/styles.xml"
# Parts calamine opens with the workbook (besides the sheets it is asked for): verified before it sees them.
SHARED_PARTS = ("xl/sharedStrings.xml", STYLES_PART, "[Content_Types].xml")

# One pass over a sheet: the address of each formula cell, and b"" for a cell whose first attribute is not
# its address (such a sheet is parsed instead).
FORMULA_RE = re.compile(rb'<c(?: r="([A-Z]{1,3}[0-9]{1,7})"[^>]*><f|(?! r=")[\s>/])')
# The end of a value element in the reversed XML: ``</v>`` not right after ``<v>``.
VALUE_BEFORE_RE = re.compile(rb">v/<(?!>v<)")
# Prefixed cells and error cells send a sheet to the parser (a compiled search beats bytes' `in` here), in two
# searches for a literal each: an alternation of the two scans the bytes without the literal's fast search.
PREFIXED_CELL_RE = re.compile(rb":c ")
ERROR_CELL_RE = re.compile(rb't="e"')
STYLED_CELL_RE = re.compile(rb'<c r="([A-Z]{1,3}[0-9]{1,7})"[^>]*?\ss="([0-9]+)"')
PERCENT_FORMAT_IDS = frozenset({"9", "10"})  # built-in 0% and 0.00%
_FORMAT_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')  # quoted text, escaped characters, [Red], [<0]
NAME_REF_RE = re.compile(
    r"^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?$"
)
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _xml(data: bytes) -> etree._Element:
    try:
        return etree.fromstring(data, PARSER)
    except etree.XMLSyntaxError as exc:
        raise ZipRejected("file.corrupt", f"XML error: {exc}") from None


@dataclass(frozen=True)
class SheetInfo:
    """A worksheet: its name, the package part holding it and its visibility state."""

    name: str
    part: str
    state: str = "visible"


@dataclass(frozen=True)
class TableInfo:
    """An Excel table: name, sheet, 0-based bounds of its range, header/totals row counts, column names."""

    name: str
    sheet: str
    first_row: int
    first_col: int
    last_row: int
    last_col: int
    header_rows: int
    totals_rows: int
    columns: tuple[str, ...]

    @property
    def data_rows(self) -> range:
        """Return the 0-based sheet rows of the table's data (without header and totals rows)."""
        return range(self.first_row + self.header_rows, self.last_row - self.totals_rows + 1)


@dataclass
class SheetScan:
    """Which cells of a sheet hold a formula, an Excel error (A1 address → error text) or a percent format.

    Errors are found at once, over the whole sheet. Formula cells are looked for on first use, and a table
    asks only for the rows it reads (`formulas_in`): a template's formula columns run far below the rows a
    user fills. A number shown with a percent format was typed as ``10%`` and is stored as 0.1 (`percent`);
    those cells too are looked for on first use only, as most sheets have no percent column.
    """

    errors: dict[str, str] = field(default_factory=dict)
    xml: bytes | None = field(default=None, repr=False, compare=False)
    found: set[str] | None = None  # the formula cells of the whole sheet, once known
    percent_source: tuple[bytes, frozenset[str]] | None = field(default=None, repr=False, compare=False)

    @property
    def formulas(self) -> set[str]:
        """Return the formula cells of the whole sheet."""
        if self.found is None:
            xml = self.xml or b""
            self.found = _formula_refs(xml, 0, len(xml))
            if self.found is None:  # cells without their address: the sheet is parsed
                self.found = _scan_tree(_xml(xml)).formulas
        return self.found

    def formulas_in(self, first: int, last: int) -> set[str]:
        """Return the formula cells of sheet rows `first` to `last` (1-based); the set may hold more."""
        if self.found is not None or self.xml is None:
            return self.formulas
        span = _row_span(self.xml, first, last)
        found = _formula_refs(self.xml, *span) if span else None
        return self.formulas if found is None else found

    @cached_property
    def percent(self) -> set[str]:
        """Return the cells shown with a percent number format."""
        if self.percent_source is None:
            return set()
        xml, styles = self.percent_source
        return percent_cells(xml, styles) if styles else set()


@dataclass(frozen=True)
class NameRef:
    """Where a defined name points: a sheet and the 0-based top-left cell, or `broken` with the raw text."""

    text: str
    sheet: str | None = None
    row: int = 0
    col: int = 0

    @property
    def broken(self) -> bool:
        """Return True when the name does not point at a cell."""
        return self.sheet is None

    @property
    def cell(self) -> str:
        """Return the A1 address of the top-left cell."""
        return address(self.row, self.col)


def _target(base_dir: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(base_dir, target))


def _rels(zip_: SafeZip, part: str) -> dict[str, str]:
    """Return relationship id → target part of `part` (empty when it has no rels)."""
    folder, name = posixpath.split(part)
    rels_part = posixpath.join(folder, "_rels", name + ".rels")
    if not zip_.has(rels_part):
        return {}
    return dict(_parsed_rels(zip_.read(rels_part, shared=True), folder))


@lru_cache(maxsize=256)  # the parts of a template's workbooks are alike: parsed once
def _parsed_rels(xml: bytes, folder: str) -> tuple[tuple[str, str], ...]:
    root = _xml(xml)
    return tuple(
        (rel.get("Id", ""), _target(folder, rel.get("Target", "")))
        for rel in root.iterchildren("{*}Relationship")
        if rel.get("TargetMode") != "External"
    )


@lru_cache(maxsize=1024)  # every workbook of a template has the same defined names
def parse_name_ref(text: str) -> NameRef:
    """Return where the defined-name formula `text` points (``'Thông tin'!$B$4`` → sheet, row 3, col 1)."""
    match = NAME_REF_RE.match(text.strip())
    if not match:
        return NameRef(text)
    quoted, bare, letters, digits = match.groups()
    sheet = quoted.replace("''", "'") if quoted is not None else bare
    pos = split_ref(f"{letters}{digits}")
    assert pos is not None
    return NameRef(text, sheet.strip(), pos[0], pos[1])


@lru_cache(maxsize=64)  # one per template version, usually
def _workbook(
    xml: bytes, rels: tuple[tuple[str, str], ...]
) -> tuple[tuple[tuple[str, SheetInfo], ...], tuple[tuple[str, str], ...]]:
    """Return the sheets (name → `SheetInfo`) and workbook-level defined names of workbook.xml `xml`."""
    targets = dict(rels)
    sheets: dict[str, SheetInfo] = {}
    names: dict[str, str] = {}
    for element in _xml(xml).iter("{*}sheet", "{*}definedName"):
        if _local(element.tag) == "sheet":
            rid = element.get(f"{{{REL_NS}}}id") or element.get(f"{{{STRICT_REL_NS}}}id") or ""
            name = element.get("name", "")
            sheets[name] = SheetInfo(name, targets.get(rid, ""), element.get("state", "visible"))
        elif element.get("localSheetId") is None:
            names[element.get("name", "").casefold()] = element.text or ""
    return tuple(sheets.items()), tuple(names.items())


class Package:
    """An opened .xlsx: verified zip members, sheets, defined names, tables, formula scans and cell grids.

    python-calamine reads the cell values from a copy of the container (`SafeZip.copy_with`) in which the
    parts it parses are stored already inflated and verified, and the `read` sheets (those a workbook kind
    reads: named before the kind is known) end at their last row holding a value: a template's formula rows
    below a filled table hold no value, and calamine's grid stops before them all the same.
    """

    def __init__(self, data: bytes, read: frozenset[str] = frozenset()) -> None:
        self.zip = SafeZip(data)
        self._read = read
        if not self.zip.has(WORKBOOK_PART):
            raise ZipRejected("file.not_workbook", "no xl/workbook.xml")
        rels = tuple(_rels(self.zip, WORKBOOK_PART).items())
        sheets, names = _workbook(self.zip.read(WORKBOOK_PART, shared=True), rels)
        self.sheets: dict[str, SheetInfo] = dict(sheets)
        self.defined_names: dict[str, str] = dict(names)  # case-folded name → reference (Excel ignores case)
        self._grids: dict[str, list[list[object]]] = {}
        self._scans: dict[str, SheetScan] = {}
        self._xml: dict[str, bytes] = {}

    @property
    def has_macros(self) -> bool:
        """Return True when the package carries a VBA project (never run)."""
        return self.zip.has(VBA_PART)

    def sheet_xml(self, sheet: str) -> bytes:
        """Return the verified XML of `sheet` (KeyError when the sheet has no worksheet part)."""
        if sheet not in self._xml:
            part = self.sheets[sheet].part
            if not self.zip.has(part):
                raise ZipRejected("file.corrupt", f"sheet {sheet!r} has no part {part!r}")
            self._xml[sheet] = self.zip.read(part)
        return self._xml[sheet]

    @cached_property
    def tables(self) -> dict[str, TableInfo]:
        """Return every table of the workbook by its case-folded name."""
        found: dict[str, TableInfo] = {}
        for sheet in self.sheets.values():
            if not sheet.part or not self.zip.has(sheet.part):
                continue
            for target in _rels(self.zip, sheet.part).values():
                if target.startswith("xl/tables/") and self.zip.has(target):
                    table = _table_info(self.zip.read(target, shared=True), sheet.name)
                    if table is not None:
                        found[table.name.casefold()] = table
        return found

    @cached_property
    def _calamine(self) -> CalamineWorkbook:
        stored = {
            part: self.zip.read(part, shared=part != SHARED_PARTS[0])  # verified: calamine opens these too
            for part in SHARED_PARTS
            if self.zip.has(part)
        }
        for name in self._read & self.sheets.keys():
            try:
                stored[self.sheets[name].part] = rows_with_values(self.sheet_xml(name))
            except ZipRejected:  # told when this kind reads the sheet, if it does (`grid`)
                continue
        return CalamineWorkbook.from_filelike(io.BytesIO(self.zip.copy_with(stored)))

    def grid(self, sheet: str) -> list[list[object]]:
        """Return the cell values of `sheet` as rows from A1 (calamine values; errors read as ``""``)."""
        if sheet not in self._grids:
            self.sheet_xml(sheet)  # verify the part before calamine inflates it
            self._grids[sheet] = self._calamine.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        return self._grids[sheet]

    def scan(self, sheet: str) -> SheetScan:
        """Return which cells of `sheet` hold formulas, Excel errors and percent-formatted numbers."""
        if sheet not in self._scans:
            xml = self.sheet_xml(sheet)
            scan = scan_sheet(xml)
            scan.percent_source = (xml, self.percent_styles)
            self._scans[sheet] = scan
        return self._scans[sheet]

    @cached_property
    def percent_styles(self) -> frozenset[str]:
        """Return the cell-style indexes (``s`` attribute) whose number format shows a percent."""
        if not self.zip.has(STYLES_PART):
            return frozenset()
        return percent_styles(self.zip.read(STYLES_PART, shared=True))


def is_percent_format(code: str) -> bool:
    """Return True when number format `code` multiplies by 100 and shows ``%`` (``0%``, ``0.0%``, not ``"%"``).

    >>> is_percent_format("0.0%"), is_percent_format('0.0"%"'), is_percent_format("#,##0.00")
    (True, False, False)
    """
    return "%" in _FORMAT_LITERALS.sub("", code)


@lru_cache(maxsize=64)
def percent_styles(styles: bytes) -> frozenset[str]:
    """Return the indexes of the ``cellXfs`` entries of `styles` (styles.xml) with a percent number format."""
    if b"%" not in styles and b'numFmtId="9"' not in styles and b'numFmtId="10"' not in styles:
        return frozenset()
    root = _xml(styles)
    percent_ids = set(PERCENT_FORMAT_IDS)
    found: set[str] = set()
    for element in root:
        tag = _local(element.tag)
        if tag == "numFmts":
            for fmt in element:
                if is_percent_format(fmt.get("formatCode", "")):
                    percent_ids.add(fmt.get("numFmtId", ""))
        elif tag == "cellXfs":
            xfs = [xf for xf in element if _local(xf.tag) == "xf"]
            found = {str(index) for index, xf in enumerate(xfs) if xf.get("numFmtId", "0") in percent_ids}
    return frozenset(found)


def percent_cells(xml: bytes, styles: frozenset[str]) -> set[str]:
    """Return the cells of a worksheet's XML whose style (``s``) is one of the percent `styles`."""
    return {ref.decode() for ref, style in STYLED_CELL_RE.findall(xml) if style.decode() in styles}


@lru_cache(maxsize=256)  # the parts of a template's workbooks are alike: parsed once
def _table_info(xml: bytes, sheet: str) -> TableInfo | None:
    root = _xml(xml)
    ref = (root.get("ref") or "").split(":")
    first, last = split_ref(ref[0]), split_ref(ref[-1])
    if first is None or last is None:
        return None
    name = root.get("displayName") or root.get("name") or ""
    columns = tuple(col.get("name", "") for col in root.iter("{*}tableColumn"))
    return TableInfo(
        name=name,
        sheet=sheet,
        first_row=first[0],
        first_col=first[1],
        last_row=last[0],
        last_col=last[1],
        header_rows=int(root.get("headerRowCount", "1") or 1),
        totals_rows=int(root.get("totalsRowCount", "0") or 0),
        columns=columns,
    )


def scan_sheet(xml: bytes) -> SheetScan:
    """Return the formula and error cells of one worksheet's XML.

    The usual layout (every ``<c>`` starting with its ``r`` address, no error cells) is scanned with one
    regular expression, on first use (`SheetScan.formulas`); anything else (error cells, prefixed tags,
    cells without address) is parsed at once.
    """
    if PREFIXED_CELL_RE.search(xml) is None and ERROR_CELL_RE.search(xml) is None:
        return SheetScan(xml=xml)
    return _scan_tree(_xml(xml))


def rows_with_values(xml: bytes) -> bytes:
    """Return worksheet `xml` without the rows after its last cell holding a value (a ``<v>`` or inline text).

    Those rows hold only formulas without a cached result, styles or nothing: a parser gives blanks for them.
    A sheet not written in the usual way (prefixed tags) is returned as it is.
    """
    end = xml.find(b"</sheetData>")
    if end < 0:
        return xml
    last = xml.rfind(b"</is>", 0, end)
    reversed_xml = xml[end - 1 :: -1] if end else b""  # the last value of the sheet is the first one there
    found = VALUE_BEFORE_RE.search(reversed_xml)
    if found is not None:
        last = max(last, end - 1 - found.start())
    if last < 0:
        return xml
    cut = xml.find(b"</row>", last, end)
    return xml if cut < 0 else xml[: cut + len(b"</row>")] + xml[end:]


def _formula_refs(xml: bytes, start: int, end: int) -> set[str] | None:
    """Return the formula cells between byte offsets `start` and `end`; None when a cell has no address."""
    refs = FORMULA_RE.findall(xml, start, end)
    if b"" in refs:
        return None
    return set(b" ".join(refs).decode().split())  # the addresses are ASCII: decoded at once, not one by one


def _row_span(xml: bytes, first: int, last: int) -> tuple[int, int] | None:
    """Return byte offsets holding sheet rows `first` to `last`, or None when a row is not written as usual.

    Rows are in ascending order, each starting ``<row r="N"``; the span runs to the ``</row>`` after the
    start of row `last`, so it holds at least those rows.
    """
    start = xml.find(b'<row r="%d"' % first)
    if start < 0:
        return None
    top = xml.find(b'<row r="%d"' % last, start)
    end = xml.find(b"</row>", top) if top >= 0 else -1
    return (start, end) if end >= 0 else None


def _scan_tree(root: etree._Element) -> SheetScan:
    formulas: set[str] = set()
    scan = SheetScan(found=formulas)
    row_index = -1
    for row in root.iter():
        if _local(row.tag) != "row":
            continue
        row_index = int(row.get("r", row_index + 2)) - 1
        col_index = -1
        for cell in row:
            if _local(cell.tag) != "c":
                continue
            pos = split_ref(cell.get("r", "")) or (row_index, col_index + 1)
            col_index = pos[1]
            ref = address(*pos)
            children = {_local(child.tag): child for child in cell}
            if "f" in children:
                formulas.add(ref)
            if cell.get("t") == "e":
                scan.errors[ref] = (children["v"].text or "#?") if "v" in children else "#?"
    return scan
