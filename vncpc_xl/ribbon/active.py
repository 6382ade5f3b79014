"""The workbook a button acts on, and whether the button can act on it (or what to tell the user instead)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

OPEN_ONE = (
    "Hãy mở một sổ VNCPC (sổ đánh giá, sổ đào tạo, nhật ký chỉ số hoặc hồ sơ trung tâm) rồi bấm lại; "
    "muốn tạo sổ mới, dùng các nút ở nhóm “Biểu mẫu” của tab VNCPC."
)


@dataclass(frozen=True)
class ActiveBook:
    """The active workbook as Excel has it open.

    `name` is what Excel's title bar shows, `path` the file it was saved to (None when never saved), `kind`
    the VNCPC kind its ``_meta`` sheet names (None when it is not a workbook made from our templates).
    """

    name: str
    path: Path | None
    kind: str | None


class Needs(Enum):
    """What a button needs of the active workbook."""

    NOTHING = "nothing"  # creating a workbook, showing versions: any workbook or none
    OURS = "ours"  # recalculating: a VNCPC workbook, saved or not
    OURS_SAVED = "ours_saved"  # checking, reporting, opening its folder: a VNCPC workbook saved to a file


def refusal(book: ActiveBook | None, needs: Needs, button: str) -> str | None:
    """Return the message that stops `button` on `book` (None: no workbook open), or None when it can act."""
    if needs is Needs.NOTHING:
        return None
    if book is None:
        return f"Nút “{button}” làm việc với sổ đang mở, nhưng chưa có sổ nào được mở. {OPEN_ONE}"
    if book.kind is None:
        return (
            f"Sổ “{book.name}” không phải sổ VNCPC (không được tạo từ biểu mẫu của VNCPC), nên nút “{button}” "
            f"không làm gì với sổ này và sổ được giữ nguyên. {OPEN_ONE}"
        )
    if needs is Needs.OURS_SAVED and book.path is None:
        return (
            f"Sổ “{book.name}” chưa được lưu thành tệp. Hãy lưu sổ (Ctrl+S) vào thư mục của năm "
            f"rồi bấm lại “{button}”."
        )
    return None
