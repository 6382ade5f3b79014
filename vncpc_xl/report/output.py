"""Where the report goes: the refusal when Word holds it open, and the write that replaces it whole or not at all.

No rendering library is imported here, so `make_report` can check its output before it reads the workbooks.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from vncpc_xl import _files
from vncpc_xl.errors import BilingualError


class ReportError(BilingualError):
    """The report cannot be written: carries a Vietnamese and an English message."""


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
    with atomic_report(out) as handle:
        handle.write(data)
    return out


@contextmanager
def atomic_report(out: Path) -> Iterator[IO[bytes]]:
    """Yield a file that replaces `out` when the block ends (`_files.open_atomic`); a refusal as `ReportError`."""
    check_writable(out)
    try:
        with _files.open_atomic(out) as handle:
            yield handle
    except OSError as exc:
        raise ReportError(
            f"Không ghi được báo cáo {out}: {exc.strerror or exc}. Tệp có thể đang mở hoặc thư mục chỉ đọc.",
            f"Could not write the report {out}: {exc.strerror or exc}. The file may be open or the folder read-only.",
        ) from exc
