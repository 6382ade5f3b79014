"""Actions of the VNCPC ribbon tab: every button's ``RunPython`` call (addin/vba/VNCPC_Ribbon.bas) lands here.

Each action is a thin adapter: find the active workbook, call the same application functions as the command
line, tell the user the outcome in Vietnamese. Everything that touches Excel goes through the module attribute
`excel` (an `ExcelSide`), so tests replace that object only and run the rest on real files. Errors are
translated here and only here: a `VncpcError` becomes its message, anything else a short Vietnamese message
(the details go to a log file), never a traceback.
"""

from __future__ import annotations

import datetime
import functools
import os
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from vncpc_xl.errors import Issue, Severity, ValidationFailed, VncpcError

if TYPE_CHECKING:
    from vncpc_xl.report import ReportResult

TITLE = "VNCPC"
CHECK_SHEET = "Kiểm tra"
CHECK_HEADER = ("STT", "Mức độ", "Trang", "Ô", "Cột", "Giá trị", "Vấn đề")
#: Where the check sheet keeps, hidden, the original fill of each highlighted cell (to restore it next time).
MARKS_COLUMN = "J"
MARKS_HEADER = ("_trang", "_ô", "_màu gốc")
HIGHLIGHT = (255, 199, 206)
#: How many problems a message box lists before "... and N more".
MAX_LISTED = 12


# --- logic: given files, produce what the user is shown -----------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """A cell to highlight: `sheet` name and A1 `cell`."""

    sheet: str
    cell: str


@dataclass(frozen=True)
class CheckSheet:
    """The ``Kiểm tra`` sheet: rows (header first), the cells to highlight, counts and a one-line summary."""

    rows: list[list[Any]]
    marks: list[Mark]
    errors: int
    warnings: int
    summary: str


def check_sheet(path: Path) -> CheckSheet:
    """Return the ``Kiểm tra`` sheet for the workbook at `path` (read from disk, every problem listed)."""
    from vncpc_xl.workbook import read_workbook

    return check_sheet_for(path, read_workbook(path).issues)


def check_sheet_for(path: Path, issues: Sequence[Issue]) -> CheckSheet:
    """Return the ``Kiểm tra`` sheet listing `issues` of the workbook at `path`, with links to their cells."""
    rows: list[list[Any]] = [list(CHECK_HEADER)]
    marks: list[Mark] = []
    for number, issue in enumerate(issues, start=1):
        where = link_formula(issue.sheet, issue.cell) if issue.sheet and issue.cell else _text(issue.cell)
        severity = "Lỗi" if issue.severity is Severity.ERROR else "Cảnh báo"
        rows.append(
            [
                number,
                severity,
                _text(issue.sheet),
                where,
                _text(issue.column),
                _value(issue.value),
                _text(issue.message_vi),
            ]
        )
        if issue.sheet and issue.cell and Mark(issue.sheet, issue.cell) not in marks:
            marks.append(Mark(issue.sheet, issue.cell))
    errors = sum(i.severity is Severity.ERROR for i in issues)
    warnings = len(issues) - errors
    if not issues:
        rows.append(["", "", "", "", "", "", "Không phát hiện vấn đề nào."])
        summary = f"{path.name}: không phát hiện vấn đề nào."
    else:
        summary = (
            f"{path.name}: {errors} lỗi, {warnings} cảnh báo. "
            f"Xem trang “{CHECK_SHEET}”: bấm vào ô để tới chỗ cần sửa."
        )
    return CheckSheet(rows, marks, errors, warnings, summary)


def link_formula(sheet: str, cell: str) -> str:
    """Return an Excel formula linking to `cell` of `sheet` in the same workbook, showing the cell address."""
    target = "#'" + sheet.replace("'", "''") + "'!" + cell
    return f'=HYPERLINK("{_quoted(target)}","{_quoted(cell)}")'


def _quoted(text: str) -> str:
    return text.replace('"', '""')


def _text(value: object) -> str:
    """Return `value` as cell text that Excel will not read as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _value(value: object) -> object:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return _text(value)
    return value


def excel_cells(rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
    """Return `rows` ready to be written to Excel: every text kept as text, numbers and links as they are.

    Excel reads a string written to a cell as if it were typed: "1.000", "007", "2003" or "TRUE" would
    become numbers or booleans. A leading apostrophe keeps them text (Excel does not show it). The link
    formulas of `link_formula` (the only texts starting with "=", see `_text`) stay formulas.
    """
    return [[_as_typed_text(cell) for cell in row] for row in rows]


def _as_typed_text(cell: Any) -> Any:
    if not isinstance(cell, str) or not cell or cell.startswith(("=", "'")):
        return cell
    return "'" + cell


def new_workbook_path(kind: str, folder: Path, year: int) -> Path:
    """Return a free file name in `folder` for a new workbook of `kind` and `year` (``<title> <year>``)."""
    from vncpc_xl.schema import spec_for

    stem = f"{spec_for(kind).title} {year}"
    path = folder / f"{stem}.xlsx"
    number = 2
    while path.exists():
        path = folder / f"{stem} ({number}).xlsx"
        number += 1
    return path


def year_folder(workbook: Path, levels: int = 3) -> Path:
    """Return the year folder of `workbook`: the nearest folder holding the year's centre file.

    The search starts in the workbook's own folder and goes up at most `levels` folders (audit workbooks often
    sit in a sub-folder of the year). Without a centre file anywhere, it is the workbook's own folder.
    """
    from vncpc_xl.workbook import read_workbook

    folder = workbook.parent
    for candidate in [folder, *folder.parents][:levels]:
        books = sorted(p for p in candidate.glob("*.xlsx") if not p.name.startswith("~$"))
        if any(read_workbook(book).kind == "centre" for book in books):
            return candidate
    return folder


def build_report(
    workbook: Path, progress: Callable[[int, int, str], None] | None = None, *, folder: Path | None = None
) -> ReportResult:
    """Consolidate the year folder of `workbook` into its Word report; raise ValidationFailed on errors.

    `folder` is that year folder when the caller has found it already (see `year_folder`).
    """
    from vncpc_xl.report import make_report

    # One process: worker processes started from the interpreter Excel launched are fragile on Windows, and a
    # year's folder (tens of workbooks) reads in a second or two anyway. The cache makes the usual loop (fix one
    # workbook, press the button again) read only the workbook that changed.
    return make_report(folder or year_folder(workbook), progress=progress, workers=1, cache=True)


def report_text(result: ReportResult) -> str:
    """Return what the user is told after a report was written."""
    lines = [f"Đã lập báo cáo năm:\n{result.docx_path}"]
    if getattr(result, "pdf_path", None):
        lines.append(f"PDF: {result.pdf_path}")
    if result.excluded:
        lines.append("Không đưa vào báo cáo:")
        lines += [f"• {Path(path).name}: {reason}" for path, reason in result.excluded]
    return "\n".join(lines)


def issues_text(issues: Sequence[Issue], folder: Path | None = None) -> str:
    """Return a message listing `issues` (the first `MAX_LISTED`), each with file, sheet and cell."""
    errors = [i for i in issues if i.severity is Severity.ERROR] or list(issues)
    where = f" trong thư mục {folder}" if folder else ""
    lines = [f"Chưa lập báo cáo: có {len(errors)} lỗi{where}."]
    lines += [f"• {Path(i.file).name}{_place(i)}: {i.message_vi}" for i in errors[:MAX_LISTED]]
    if len(errors) > MAX_LISTED:
        lines.append(f"… và {len(errors) - MAX_LISTED} lỗi khác.")
    lines.append(f"Mở từng sổ và bấm “{CHECK_SHEET}” để xem và sửa, rồi lập lại báo cáo.")
    return "\n".join(lines)


def _place(issue: Issue) -> str:
    return "".join(f" › {part}" for part in (issue.sheet, issue.cell) if part)


def version_text() -> str:
    """Return the versions of vncpc-xl, xlwings and Python that run the add-in."""
    import xlwings

    from vncpc_xl import __version__
    from vncpc_xl.addin import pinned_xlwings_version

    try:
        pinned = pinned_xlwings_version()
    except VncpcError:
        pinned = "?"
    return (
        f"vncpc-xl {__version__}\n"
        f"xlwings {xlwings.__version__} (add-in dựng với {pinned})\n"
        f"Python {sys.version.split()[0]}\n{sys.executable}"
    )


def doctor_text() -> str:
    """Return the self-test checklist of this installation."""
    from vncpc_xl.addin.doctor import format_checks, run_checks

    return format_checks(run_checks())


# --- the Excel side: the only code that needs Excel (replaced in tests) -------------------------------------


class ExcelSide(Protocol):
    """What the actions ask of Excel."""

    def active_path(self) -> Path | None: ...
    def save_active(self) -> None: ...
    def alert(self, text: str, *, error: bool = False) -> None: ...
    def ask_save_path(self, suggested: Path) -> Path | None: ...
    def open_workbook(self, path: Path) -> None: ...
    def recalculate(self) -> None: ...
    def show_check_sheet(self, sheet: CheckSheet) -> None: ...
    def status(self, text: str | None) -> None: ...
    def open_path(self, path: Path) -> None: ...


class XlwingsExcel:
    """`ExcelSide` through xlwings, for the workbook that called ``RunPython`` (the active one)."""

    def _book(self) -> Any:
        import xlwings as xw

        return xw.Book.caller()

    def active_path(self) -> Path | None:
        full = self._book().fullname
        return Path(full) if os.path.isabs(full) else None

    def save_active(self) -> None:
        book = self._book()
        if not book.api.Saved:
            book.save()

    def alert(self, text: str, *, error: bool = False) -> None:
        self._book().app.alert(text, title=TITLE, mode="critical" if error else "info")

    def ask_save_path(self, suggested: Path) -> Path | None:
        chosen = self._book().app.api.GetSaveAsFilename(
            InitialFileName=str(suggested), FileFilter="Sổ Excel (*.xlsx),*.xlsx", Title="Lưu sổ mới"
        )
        return Path(chosen) if isinstance(chosen, str) and chosen else None

    def open_workbook(self, path: Path) -> None:
        self._book().app.books.open(str(path))

    def recalculate(self) -> None:
        self._book().app.api.CalculateFull()

    def status(self, text: str | None) -> None:
        self._book().app.status_bar = text if text else False

    def open_path(self, path: Path) -> None:
        os.startfile(path)  # type: ignore[attr-defined]  # Windows only, like the add-in

    def show_check_sheet(self, check: CheckSheet) -> None:
        book = self._book()
        if CHECK_SHEET in [s.name for s in book.sheets]:
            old = book.sheets[CHECK_SHEET]
            _restore_marks(book, old)
            old.delete()
        sheet = book.sheets.add(CHECK_SHEET, before=book.sheets[0])
        sheet["A1"].value = excel_cells(check.rows)
        sheet["A1"].expand("right").font.bold = True
        originals = _mark_cells(book, check.marks)
        if originals:
            sheet[f"{MARKS_COLUMN}1"].value = excel_cells([list(MARKS_HEADER), *originals])
            sheet[f"{MARKS_COLUMN}:L"].api.EntireColumn.Hidden = True
        sheet["A:G"].autofit()
        sheet.activate()


def _mark_cells(book: Any, marks: Iterable[Mark]) -> list[list[str]]:
    """Highlight each marked cell and return [sheet, cell, original colour] for each one highlighted."""
    names = [s.name for s in book.sheets]
    done = []
    for mark in marks:
        if mark.sheet not in names:
            continue
        sheet = book.sheets[mark.sheet]
        with _unprotected(sheet):
            cell = sheet[mark.cell]
            original = cell.color
            cell.color = HIGHLIGHT
        done.append([mark.sheet, mark.cell, _hex(original)])
    return done


def _restore_marks(book: Any, check: Any) -> None:
    """Put back the original fill of the cells an earlier check highlighted."""
    stored = check[f"{MARKS_COLUMN}1"].options(ndim=2).expand("table").value or []
    names = [s.name for s in book.sheets]
    for sheet_name, cell, colour in (row[:3] for row in stored[1:] if len(row) >= 3):
        if sheet_name in names and cell:
            sheet = book.sheets[sheet_name]
            with _unprotected(sheet):
                sheet[cell].color = _rgb(colour)


# The permissions of Excel's `Protection` object, kept while a sheet is unprotected and given back after.
PROTECTION_OPTIONS = (
    "AllowFormattingCells",
    "AllowFormattingColumns",
    "AllowFormattingRows",
    "AllowInsertingColumns",
    "AllowInsertingRows",
    "AllowInsertingHyperlinks",
    "AllowDeletingColumns",
    "AllowDeletingRows",
    "AllowSorting",
    "AllowFiltering",
    "AllowUsingPivotTables",
)


@contextmanager
def _unprotected(sheet: Any) -> Iterator[None]:
    """Lift a sheet's protection (the templates protect without password) and put it back as it was."""
    api = sheet.api
    if not api.ProtectContents:
        yield
        return
    p = api.Protection
    options = {name: getattr(p, name) for name in PROTECTION_OPTIONS}
    drawing, scenarios = api.ProtectDrawingObjects, api.ProtectScenarios
    api.Unprotect()
    try:
        yield
    finally:
        api.Protect(DrawingObjects=drawing, Contents=True, Scenarios=scenarios, **options)


def _hex(colour: tuple[int, int, int] | None) -> str:
    return "" if colour is None else "#{:02X}{:02X}{:02X}".format(*colour)


def _rgb(text: object) -> tuple[int, int, int] | None:
    if not isinstance(text, str) or len(text) != 7 or not text.startswith("#"):
        return None
    return (int(text[1:3], 16), int(text[3:5], 16), int(text[5:7], 16))


#: The Excel side used by the actions; tests put a fake here.
excel: ExcelSide = XlwingsExcel()


# --- the actions (one per ribbon button) --------------------------------------------------------------------


def _action(function: Callable[[], None]) -> Callable[[], None]:
    """Run `function` as a ribbon action: errors become a Vietnamese message box, never a traceback."""

    @functools.wraps(function)
    def run() -> None:
        try:
            function()
        except ValidationFailed as exc:
            excel.alert(issues_text(exc.issues), error=True)
        except VncpcError as exc:
            excel.alert(getattr(exc, "message_vi", None) or str(exc), error=True)
        except Exception as exc:  # the outermost edge: the user sees a message, the log keeps the details
            log = _log_exception()
            excel.alert(
                f"Lỗi không mong đợi: {type(exc).__name__}: {exc}\n"
                f"Chi tiết được ghi vào {log}.\n"
                "Hãy bấm “Tự kiểm tra” trên tab VNCPC để xem cài đặt có đủ không.",
                error=True,
            )
        finally:
            excel.status(None)

    return run


def log_path() -> Path:
    """Return the file where unexpected errors of the ribbon are logged."""
    return Path.home() / ".vncpc" / "ribbon.log"


def _log_exception() -> Path:
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as log:
        log.write(f"--- {datetime.datetime.now().isoformat(timespec='seconds')}\n{traceback.format_exc()}\n")
    return path


def _saved_workbook() -> Path:
    """Return the path of the active workbook after saving it; raise if it was never saved to a file."""
    path = excel.active_path()
    if path is None:
        raise VncpcError(
            "Sổ đang mở chưa được lưu thành tệp. Hãy lưu sổ (Ctrl+S) vào thư mục của năm rồi bấm lại."
        )
    excel.save_active()
    return path


def _new(kind: str) -> None:
    active = excel.active_path()
    folder = active.parent if active else Path.home() / "Documents"
    year = datetime.date.today().year
    path = excel.ask_save_path(new_workbook_path(kind, folder if folder.is_dir() else Path.home(), year))
    if path is None:
        return
    from vncpc_xl.workbook import new_workbook

    excel.open_workbook(new_workbook(kind, path, year=year))


@_action
def new_audit() -> None:
    """Create a new audit workbook (asks where) and open it."""
    _new("audit")


@_action
def new_training() -> None:
    """Create a new training register (asks where) and open it."""
    _new("training")


@_action
def new_kpi() -> None:
    """Create a new KPI log (asks where) and open it."""
    _new("kpi")


@_action
def new_centre() -> None:
    """Create a new centre file (asks where) and open it."""
    _new("centre")


@_action
def recalculate() -> None:
    """Recalculate every formula, the VNCPC_* functions included."""
    excel.status("VNCPC: đang tính lại…")
    excel.recalculate()


@_action
def validate() -> None:
    """Save and check the active workbook: every problem listed on the ``Kiểm tra`` sheet, its cell marked."""
    path = _saved_workbook()
    excel.status(f"VNCPC: đang kiểm tra {path.name}…")
    result = check_sheet(path)
    excel.show_check_sheet(result)
    excel.alert(result.summary, error=result.errors > 0)


@_action
def report() -> None:
    """Consolidate the active workbook's year folder into the Word report beside it, then open the report."""
    path = _saved_workbook()

    def progress(done: int, total: int, name: str) -> None:
        excel.status(f"VNCPC: báo cáo năm {done}/{total} – {name}")

    folder = year_folder(path)  # reads the workbooks around `path`: found once
    try:
        result = build_report(path, progress, folder=folder)
    except ValidationFailed as exc:
        excel.alert(issues_text(exc.issues, folder), error=True)
        return
    excel.open_path(result.docx_path)
    excel.alert(report_text(result))


@_action
def open_folder() -> None:
    """Open the year folder of the active workbook in File Explorer."""
    path = excel.active_path()
    if path is None:
        raise VncpcError("Sổ đang mở chưa được lưu thành tệp nên chưa có thư mục.")
    excel.open_path(year_folder(path))


@_action
def version() -> None:
    """Show the versions of vncpc-xl, xlwings and Python."""
    excel.alert(version_text())


@_action
def doctor() -> None:
    """Show the self-test checklist of this installation."""
    excel.alert(doctor_text())
