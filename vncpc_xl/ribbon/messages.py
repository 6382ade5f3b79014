"""What the buttons tell the user, in Vietnamese: outcomes, problems to fix, errors, versions."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from vncpc_xl.errors import Issue, Severity, VncpcError
from vncpc_xl.ribbon.check_sheet import CHECK_SHEET

if TYPE_CHECKING:
    from vncpc_xl.archive import Stored
    from vncpc_xl.report import ReportResult
    from vncpc_xl.workbook import UpgradeResult

#: How many problems a message box lists before "... and N more".
MAX_LISTED = 12


def report_text(result: ReportResult) -> str:
    """Return what the user is told after a report was written."""
    lines = [f"Đã lập báo cáo năm:\n{result.docx_path}"]
    if getattr(result, "pdf_path", None):
        lines.append(f"PDF: {result.pdf_path}")
    if result.excluded:
        lines.append("Không đưa vào báo cáo:")
        lines += [f"• {Path(path).name}: {reason}" for path, reason in result.excluded]
    return "\n".join(lines)


def archive_text(stored: Stored, where: str) -> str:
    """Return what the user is told after "Lưu vào kho dữ liệu": the year added, replaced or unchanged."""
    counts = f"{stored.assessments} đánh giá, {stored.options} giải pháp"
    outcome = {
        "added": f"Đã lưu năm {stored.year} vào kho dữ liệu ({counts}).",
        "replaced": f"Đã thay số liệu năm {stored.year} trong kho dữ liệu bằng các sổ hiện tại ({counts}).",
        "unchanged": f"Năm {stored.year} đã có trong kho dữ liệu với đúng các tệp này; không có gì thay đổi.",
    }[stored.outcome.value]
    return f"{outcome}\nKho dữ liệu: {where}"


def archive_refused_text(issues: Sequence[Issue], folder: Path) -> str:
    """Return the message when the year has errors: nothing was stored, and where each error is."""
    listed = issues_text(issues, folder).split("\n")[
        1:-1
    ]  # the errors, without the report's first and last line
    return "\n".join(
        [
            f"Chưa lưu vào kho dữ liệu, kho không thay đổi: có lỗi trong thư mục {folder}.",
            *listed,
            f"Mở từng sổ và bấm “{CHECK_SHEET}” để xem và sửa, rồi bấm lại “Lưu vào kho dữ liệu”.",
        ]
    )


def upgrade_text(result: UpgradeResult) -> str:
    """Return what the user is told after "Nâng cấp": the copy written and opened, or that none was needed."""
    if result.target is None:
        return (
            f"Sổ “{result.source.name}” đã ở phiên bản mẫu {result.to_version} (mới nhất): không cần nâng cấp, "
            "không ghi tệp nào."
        )
    lines = [
        f"Đã ghi và mở bản nâng cấp (phiên bản mẫu {result.to_version}) của “{result.source.name}”:",
        str(result.target),
        "Sổ gốc được giữ nguyên. Từ nay hãy nhập liệu vào bản mới; trước khi lập báo cáo, hãy chuyển sổ gốc ra "
        "khỏi thư mục năm (mỗi sổ chỉ được có một bản trong thư mục).",
    ]
    if result.added_sheets:
        lines.append(f"Đã chép các sheet riêng (giá trị và định dạng): {', '.join(result.added_sheets)}.")
    return "\n".join(lines)


def upgrade_exists_text(target: Path) -> str:
    """Return the message when the upgraded copy of the active workbook is already there (never overwritten)."""
    return (
        f"Đã có tệp “{target.name}” cạnh sổ này (có thể là bản nâng cấp lần trước) nên không ghi đè:\n{target}\n"
        "Hãy mở tệp đó; muốn nâng cấp lại, hãy xóa hoặc đổi tên nó rồi bấm lại “Nâng cấp”."
    )


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


def error_text(exc: VncpcError) -> str:
    """Return the Vietnamese message of an error the program foresaw."""
    return getattr(exc, "message_vi", None) or str(exc)


def unexpected_text(exc: BaseException, log: Path) -> str:
    """Return the message for an error nobody foresaw: what happened in one line, where the details are."""
    return (
        f"Lỗi không mong đợi: {type(exc).__name__}: {exc}\n"
        f"Chi tiết được ghi vào {log}.\n"
        "Hãy bấm “Tự kiểm tra” trên tab VNCPC để xem cài đặt có đủ không, và gửi tệp đó cho người hỗ trợ."
    )


def unknown_button_text(name: str) -> str:
    """Return the message when the add-in asks for a button this version does not have."""
    return (
        f"Nút “{name}” không có trong phiên bản vncpc-xl đang cài: add-in và chương trình không cùng phiên bản. "
        "Hãy cài lại add-in (chạy lại setup.cmd, hoặc gõ: vncpc-xl addin install) rồi mở lại Excel."
    )


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
