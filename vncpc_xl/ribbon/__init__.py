"""The VNCPC ribbon tab: every button of ``addin/customUI/customUI14.xml`` runs `run` with its action's name.

The VBA callbacks (``addin/vba/VNCPC_Ribbon.bas``) call ``RunPython "import vncpc_xl.ribbon as r;
r.run('<action>', <workbook open>)"``. `run` finds the active workbook, asks the plain decision functions of
this package whether the button can act on it and what to say, and talks to Excel only through the module
attribute `excel` (an `ExcelSide`; tests replace that object and run everything else on real files). Errors
end here and only here: each one becomes a Vietnamese message box and a line in the log, never a traceback
or a VBA error dialog.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from vncpc_xl.errors import ValidationFailed, VncpcError
from vncpc_xl.ribbon.active import ActiveBook, Needs, refusal
from vncpc_xl.ribbon.check_sheet import check_sheet
from vncpc_xl.ribbon.folders import new_workbook_folder, new_workbook_path, year_folder
from vncpc_xl.ribbon.log import log_error
from vncpc_xl.ribbon.messages import (
    archive_refused_text,
    archive_text,
    doctor_text,
    error_text,
    issues_text,
    report_text,
    unexpected_text,
    unknown_button_text,
    upgrade_exists_text,
    upgrade_text,
    version_text,
)
from vncpc_xl.ribbon.xlwings_excel import ExcelSide, XlwingsExcel

if TYPE_CHECKING:
    from vncpc_xl.report import ReportResult

#: The Excel side used by the buttons; tests put a fake here.
excel: ExcelSide = XlwingsExcel()


@dataclass(frozen=True)
class Button:
    """A ribbon button: its `label` on the tab, what it `needs` of the active workbook, its `action`."""

    label: str
    needs: Needs
    action: Callable[[ActiveBook | None], None]


def run(name: str, workbook_open: bool = True) -> None:
    """Run the button `name`; `workbook_open` is False when Excel had no workbook open (see the VBA)."""
    button = BUTTONS.get(name)
    try:
        if button is None:
            excel.alert(unknown_button_text(name), error=True)
            return
        book = excel.active_book() if workbook_open else None
        refused = refusal(book, button.needs, button.label)
        if refused:
            excel.alert(refused, error=True)
            return
        button.action(book)
    except ValidationFailed as exc:
        log_error(name, exc, details=False)
        excel.alert(issues_text(exc.issues), error=True)
    except VncpcError as exc:
        log_error(name, exc, details=False)
        excel.alert(error_text(exc), error=True)
    except Exception as exc:  # the outermost edge: the user sees a message, the log keeps the details
        excel.alert(unexpected_text(exc, log_error(name, exc, details=True)), error=True)
    finally:
        excel.status(None)


# --- the actions ---------------------------------------------------------------------------------------------


def _saved(book: ActiveBook | None) -> Path:
    """Save the active workbook (what is on screen is what gets read) and return its file."""
    assert book is not None and book.path is not None  # `refusal` let only a saved workbook through
    excel.save_active()
    return book.path


def _new(kind: str, book: ActiveBook | None) -> None:
    from vncpc_xl.workbook import new_workbook

    year = datetime.date.today().year
    folder = new_workbook_folder(book.path if book else None, Path.home())
    path = excel.ask_save_path(new_workbook_path(kind, folder, year))
    if path is not None:
        excel.open_workbook(new_workbook(kind, path, year=year))


def _recalculate(book: ActiveBook | None) -> None:
    excel.status("VNCPC: đang tính lại…")
    excel.recalculate()


def _validate(book: ActiveBook | None) -> None:
    path = _saved(book)
    excel.status(f"VNCPC: đang kiểm tra {path.name}…")
    result = check_sheet(path)
    excel.show_check_sheet(result)
    excel.alert(result.summary, error=result.errors > 0)


def build_report(
    workbook: Path, progress: Callable[[int, int, str], None] | None = None, *, folder: Path | None = None
) -> ReportResult:
    """Consolidate the year folder of `workbook` into its Word report; raise ValidationFailed on errors."""
    from vncpc_xl.cli._db import report_archive
    from vncpc_xl.report import make_report

    # One process: worker processes started from the interpreter Excel launched are fragile on Windows, and a
    # year's folder (tens of workbooks) reads in a second or two anyway. The cache makes the usual loop (fix one
    # workbook, press the button again) read only the workbook that changed.
    folder = folder or year_folder(workbook)
    return make_report(folder, progress=progress, workers=1, cache=True, archive=report_archive(None))


def _report(book: ActiveBook | None) -> None:
    path = _saved(book)

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


def _archive(book: ActiveBook | None) -> None:
    """Validate the year folder of the active workbook as the report does and store the year in the archive."""
    from vncpc_xl.archive import archive_folder, default_url, display_url
    from vncpc_xl.cli._db import archive_url

    path = _saved(book)
    folder = year_folder(path)
    url = archive_url(None) or default_url()

    def progress(done: int, total: int, name: str) -> None:
        excel.status(f"VNCPC: lưu vào kho dữ liệu {done}/{total} – {name}")

    try:
        stored, _ = archive_folder(folder, url, cache=True, progress=progress, workers=1)
    except ValidationFailed as exc:
        excel.alert(archive_refused_text(exc.issues, folder), error=True)
        return
    excel.alert(archive_text(stored, display_url(url)))


def _upgrade(book: ActiveBook | None) -> None:
    """Write the active workbook's copy on the current template beside it, then open the copy."""
    from vncpc_xl.workbook import upgrade_workbook, upgraded_path

    path = _saved(book)  # what is on screen is what the copy carries; the file itself is only read
    target = upgraded_path(path)
    if target.exists():
        excel.alert(upgrade_exists_text(target), error=True)
        return
    excel.status(f"VNCPC: đang nâng cấp {path.name}…")
    result = upgrade_workbook(path)
    if result.target is not None:
        excel.open_workbook(result.target)
    excel.alert(upgrade_text(result))


def _open_folder(book: ActiveBook | None) -> None:
    assert book is not None and book.path is not None
    excel.open_path(year_folder(book.path))


def _kind_button(label: str, kind: str) -> Button:
    return Button(label, Needs.NOTHING, lambda book: _new(kind, book))


#: Every button by the action name its VBA callback passes to `run`; labels as on the tab.
BUTTONS: dict[str, Button] = {
    "new_audit": _kind_button("Đánh giá SXSH", "audit"),
    "new_training": _kind_button("Sổ đào tạo", "training"),
    "new_kpi": _kind_button("Nhật ký chỉ số", "kpi"),
    "new_centre": _kind_button("Hồ sơ trung tâm", "centre"),
    "recalculate": Button("Tính lại", Needs.OURS, _recalculate),
    "validate": Button("Kiểm tra", Needs.OURS_SAVED, _validate),
    "report": Button("Báo cáo năm", Needs.OURS_SAVED, _report),
    "open_folder": Button("Mở thư mục", Needs.OURS_SAVED, _open_folder),
    "upgrade": Button("Nâng cấp", Needs.OURS_SAVED, _upgrade),
    "archive": Button("Lưu vào kho dữ liệu", Needs.OURS_SAVED, _archive),
    "version": Button("Phiên bản", Needs.NOTHING, lambda book: excel.alert(version_text())),
    "doctor": Button("Tự kiểm tra", Needs.NOTHING, lambda book: excel.alert(doctor_text())),
}
