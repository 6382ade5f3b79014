"""`upgrade_workbook`: a copy of an older-version workbook on the current template, the original untouched.

Every input value (defined names, every row of every table, a formula cell the user typed over), the defined
names and the sheets the user added are carried over; formulas, drop-downs, styles and protection come from
the current template. The original is only read: its bytes are checked by the reader (zip safety, kind,
version, structure) and then opened from memory. A workbook whose structure the reader cannot map (a renamed
sheet, table or column, values typed below a table) is refused, because its values would not all be carried.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from copy import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.formula import ArrayFormula
from openpyxl.worksheet.table import Table
from openpyxl.worksheet.worksheet import Worksheet

from vncpc_xl.errors import BilingualError, Issue, Severity
from vncpc_xl.schema import META_SHEET, TEMPLATE_VERSION, TableSpec
from vncpc_xl.workbook._archive import workbook_bytes, write_atomic
from vncpc_xl.workbook._cells import normalize_header
from vncpc_xl.workbook._validation import LISTS_SHEET
from vncpc_xl.workbook.fill import filled_template
from vncpc_xl.workbook.model import WorkbookData
from vncpc_xl.workbook.reader import read_workbook

# Issues after which the reader could not map every value of the file: upgrading would lose some of them.
_UNMAPPED = frozenset(
    {
        "sheet.missing",
        "table.missing",
        "table.column_missing",
        "name.missing",
        "name.broken",
        "table.rows_outside",
    }
)
_SKIPPED_SHEETS = (META_SHEET, LISTS_SHEET)


class UpgradeError(BilingualError):
    """A workbook that cannot be upgraded, or an upgraded copy that would overwrite a file."""


@dataclass(frozen=True)
class UpgradeResult:
    """What `upgrade_workbook` did: `target` is None when `source` was already current (nothing written)."""

    source: Path
    target: Path | None
    from_version: int
    to_version: int = TEMPLATE_VERSION
    added_sheets: tuple[str, ...] = ()
    added_names: tuple[str, ...] = ()

    def message(self, lang: str = "vi") -> str:
        """Return the one-line account of the upgrade in `lang`."""
        if self.target is None:
            if lang == "en":
                return (
                    f"{self.source} is already template version {self.to_version} (current); nothing written."
                )
            return f"{self.source} đã ở phiên bản mẫu {self.to_version} (mới nhất); không ghi tệp nào."
        sheets = ", ".join(self.added_sheets)
        if lang == "en":
            extra = f" Sheets of your own copied (values and formats): {sheets}." if sheets else ""
            return (
                f"Upgraded {self.source} (version {self.from_version}) to {self.target} "
                f"(version {self.to_version}); the original is unchanged.{extra}"
            )
        extra = f" Đã chép các sheet riêng (giá trị và định dạng): {sheets}." if sheets else ""
        return (
            f"Đã nâng cấp {self.source} (phiên bản {self.from_version}) thành {self.target} "
            f"(phiên bản {self.to_version}); tệp gốc giữ nguyên.{extra}"
        )


def upgraded_path(source: Path, out_dir: Path | None = None) -> Path:
    """Return where the upgraded copy of `source` goes: ``<name>.v2.xlsx`` beside it or in `out_dir`."""
    return (out_dir or source.parent) / f"{source.stem}.v{TEMPLATE_VERSION}.xlsx"


def upgrade_workbook(source: Path | str, out_dir: Path | str | None = None) -> UpgradeResult:
    """Write the upgraded copy of the workbook `source` and return what was done; never modifies `source`.

    A workbook already at the current version is left alone (`UpgradeResult.target` None). Raises
    `UpgradeError` (Vietnamese and English, naming the file) for a file that is not a readable vncpc
    workbook, a version newer than this program knows, a structure whose values could not all be carried,
    or an upgraded copy that already exists (it is never overwritten).
    """
    source = Path(source)
    data = read_workbook(source)
    _check_readable(source, data)
    assert data.version is not None and data.spec is not None  # _check_readable guarantees both
    if data.version >= TEMPLATE_VERSION:
        return UpgradeResult(source, None, data.version)
    target = upgraded_path(source, Path(out_dir) if out_dir is not None else None)
    if target.exists():
        raise UpgradeError(
            f"Không ghi đè {target}: tệp đã tồn tại. Hãy xóa hoặc đổi tên tệp đó, hoặc chọn thư mục khác "
            "bằng --out.",
            f"{target} already exists and is not overwritten. Delete or rename it, or choose another folder "
            "with --out.",
        )
    original = load_workbook(io.BytesIO(source.read_bytes()))  # from memory: the file is only read
    wb = filled_template(data.spec.kind, names=_names(original, data), tables=_tables(original, data))
    added_names = _copy_defined_names(original, wb)
    added_sheets = _copy_own_sheets(original, wb)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, workbook_bytes(wb))
    return UpgradeResult(source, target, data.version, TEMPLATE_VERSION, added_sheets, added_names)


def _check_readable(source: Path, data: WorkbookData) -> None:
    blocking = [i for i in data.issues if i.severity is Severity.ERROR and _blocks(i)]
    if data.spec is None or data.version is None or blocking:
        first = blocking[0] if blocking else data.errors[0]
        hint_vi = " Hãy sửa theo `vncpc-xl validate` rồi chạy lại." if _is_structure(first) else ""
        hint_en = " Fix it as `vncpc-xl validate` says, then run again." if _is_structure(first) else ""
        raise UpgradeError(
            f"Không nâng cấp được {source}: {_where(first)}{first.message_vi}{hint_vi}",
            f"Cannot upgrade {source}: {_where(first)}{first.message_en}{hint_en}",
        )


def _blocks(issue: Issue) -> bool:
    return issue.code.split(".")[0] in ("file", "meta") or _is_structure(issue)


def _is_structure(issue: Issue) -> bool:
    return issue.code in _UNMAPPED


def _where(issue: Issue) -> str:
    place = "!".join(part for part in (issue.sheet, issue.cell) if part)
    return f"{place}: " if place else ""


# ---- reading the original's values ----


def _names(original: Workbook, data: WorkbookData) -> dict[str, Any]:
    """Return the value typed in the cell of every defined name of the schema (blank as None)."""
    return {key: original[sheet][cell].value for key, (sheet, cell) in data.name_cells.items()}


def _find_table(original: Workbook, name: str) -> tuple[Worksheet, Table] | None:
    for ws in original.worksheets:
        for table in ws.tables.values():  # (TableList.items() gives references, not tables)
            if table.name.casefold() == name.casefold():
                return ws, table
    return None


def _tables(original: Workbook, data: WorkbookData) -> dict[str, list[dict[str, Any]]]:
    assert data.spec is not None and data.version is not None
    tables = {}
    for spec in data.spec.tables:
        found = _find_table(original, spec.name)
        if found is not None:
            tables[spec.name] = list(_rows(*found, spec, data.version))
    return tables


def _rows(ws: Worksheet, table: Table, spec: TableSpec, version: int) -> Iterator[dict[str, Any]]:
    """Yield every data row of `table` (blank rows too, so rows keep their places and the table its size)."""
    first_col, first_row, last_col, last_row = _bounds(ws, table)
    header_rows = 1 if table.headerRowCount is None else int(table.headerRowCount)
    totals = int(table.totalsRowCount or 0)
    headers = {
        normalize_header(str(ws.cell(first_row, c).value or "")): c for c in range(first_col, last_col + 1)
    }
    columns = [(col, headers.get(normalize_header(col.header))) for col in spec.columns_of(version)]
    for row in range(first_row + header_rows, last_row - totals + 1):
        values: dict[str, Any] = {}
        for col, index in columns:
            value = ws.cell(row, index).value if index is not None else None
            if col.is_formula and (value is None or _is_formula(value)):
                continue  # the template's formula replaces it; a typed-over constant is carried
            if value is not None:
                values[col.key] = value
        yield values


def _bounds(ws: Worksheet, table: Table) -> tuple[int, int, int, int]:
    min_col, min_row, max_col, max_row = range_boundaries(table.ref)
    return int(min_col), int(min_row), int(max_col), int(max_row)


def _is_formula(value: Any) -> bool:
    return isinstance(value, ArrayFormula) or (isinstance(value, str) and value.startswith("="))


# ---- what the user added: defined names and sheets of their own ----


def _copy_defined_names(original: Workbook, wb: Workbook) -> tuple[str, ...]:
    """Copy every workbook- and sheet-level defined name the new workbook lacks; return the names copied."""
    copied = []
    known = {name.casefold() for name in wb.defined_names}
    for name, defined in original.defined_names.items():
        if name.casefold() not in known:
            wb.defined_names[name] = _copy_name(defined)
            copied.append(name)
    for ws in original.worksheets:
        if ws.title not in wb.sheetnames:
            continue
        target = wb[ws.title]
        for name, defined in ws.defined_names.items():
            if name not in target.defined_names:
                target.defined_names[name] = _copy_name(defined)
                copied.append(f"{ws.title}!{name}")
    return tuple(copied)


def _copy_name(defined: DefinedName) -> DefinedName:
    return DefinedName(
        defined.name, attr_text=defined.attr_text, comment=defined.comment, hidden=defined.hidden
    )


def _copy_own_sheets(original: Workbook, wb: Workbook) -> tuple[str, ...]:
    """Copy the sheets the user added (not in the template): values, number formats, fonts, column widths."""
    added = []
    for ws in original.worksheets:
        if ws.title in wb.sheetnames or ws.title in _SKIPPED_SHEETS:
            continue
        copy_sheet(ws, wb.create_sheet(ws.title))
        added.append(ws.title)
    return tuple(added)


def copy_sheet(source: Worksheet, target: Worksheet) -> None:
    """Copy the cells of `source` (values, number formats, fonts, fills, alignment) and its column widths."""
    for row in source.iter_rows():
        for cell in row:
            if cell.value is None and not cell.has_style:
                continue
            new = target.cell(cell.row, cell.column, cell.value)
            if cell.has_style:
                new.number_format = cell.number_format
                new.font, new.fill, new.alignment = copy(cell.font), copy(cell.fill), copy(cell.alignment)
    for letter, dimension in source.column_dimensions.items():
        target.column_dimensions[letter].width = dimension.width
    target.sheet_state = source.sheet_state
