"""Finding the workbooks of a report folder (recursively, in a stable order).

Policy:
- ``.xlsx``, ``.xlsm``, ``.xltx`` and ``.xltm`` files are read (the reader rejects macro-enabled files and
  anything that is not a workbook of ours, with a clear issue);
- ``.xls``, ``.xlsb`` and ``.ods`` are spreadsheets in a format the product cannot read: each is an error
  telling the user to save it as ``.xlsx`` or move it out of the folder;
- Excel lock files (``~$*``) and LibreOffice lock files (``.~lock.*``) are skipped silently;
- every other file (the report itself, a ``report_template.docx``, PDFs, images) is ignored;
- symbolic links to folders are not followed; the order is the relative path's, so results never depend on
  the file system.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from vncpc_xl.consolidate._values import error
from vncpc_xl.errors import Issue

READ_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm"})
UNSUPPORTED_SUFFIXES = frozenset({".xls", ".xlsb", ".ods"})
LOCK_PREFIXES = ("~$", ".~lock.")


@dataclass(frozen=True)
class Discovered:
    """The workbooks to read (absolute paths, sorted by relative path) and the issues of discovery."""

    workbooks: tuple[Path, ...]
    issues: tuple[Issue, ...]


def relative(path: Path, folder: Path) -> str:
    """Return `path` relative to `folder` with ``/`` separators (the name shown to users)."""
    try:
        return path.relative_to(folder).as_posix()
    except ValueError:
        return path.as_posix()


def discover(folder: Path) -> Discovered:
    """Return the workbooks under `folder` and an issue for each spreadsheet in an unreadable format."""
    folder = Path(folder)
    if not folder.is_dir():
        issue = error(
            "folder.not_found",
            str(folder),
            f"Không tìm thấy thư mục {folder}; hãy chọn thư mục chứa các sổ Excel của năm.",
            f"Folder {folder} was not found; choose the folder holding the year's Excel workbooks.",
        )
        return Discovered((), (issue,))
    found: list[tuple[str, Path]] = []
    issues: list[Issue] = []
    for path in _walk(folder):
        name = path.name
        if name.startswith(LOCK_PREFIXES):
            continue
        suffix = path.suffix.lower()
        rel = relative(path, folder)
        if suffix in READ_SUFFIXES:
            found.append((rel, path))
        elif suffix in UNSUPPORTED_SUFFIXES:
            issues.append(_unsupported(rel, suffix))
    found.sort(key=lambda item: item[0])
    issues.sort(key=lambda issue: issue.file)
    return Discovered(tuple(path for _, path in found), tuple(issues))


def _walk(folder: Path) -> list[Path]:
    paths: list[Path] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        paths.extend(Path(root, name) for name in sorted(files))
    return paths


def _unsupported(rel: str, suffix: str) -> Issue:
    return error(
        "file.unsupported_format",
        rel,
        f"Tệp {rel} là bảng tính dạng {suffix}, phần mềm không đọc được; hãy lưu lại thành .xlsx "
        "(từ mẫu của VNCPC) hoặc chuyển tệp ra khỏi thư mục.",
        f"File {rel} is a {suffix} spreadsheet, which cannot be read; save it as .xlsx "
        "(from the VNCPC template) or move it out of the folder.",
        value=suffix,
    )
