"""Which files of a folder are read: recursive, sorted, lock files skipped, old formats reported."""

from __future__ import annotations

from pathlib import Path

from vncpc_xl.consolidate.discover import discover


def test_discovery_policy(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    for name in (
        "z.xlsx",
        "b/a.xlsm",
        "b/c/d.XLSX",
        "~$z.xlsx",
        ".~lock.z.xlsx#",
        "notes.txt",
        "old.xls",
        "r.docx",
    ):
        (tmp_path / name).write_bytes(b"x")
    found = discover(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in found.workbooks] == [
        "b/a.xlsm",
        "b/c/d.XLSX",
        "z.xlsx",
    ]
    assert [(i.code, i.file) for i in found.issues] == [("file.unsupported_format", "old.xls")]
    assert ".xlsx" in found.issues[0].message_vi


def test_missing_folder(tmp_path: Path) -> None:
    found = discover(tmp_path / "nope")
    assert found.workbooks == () and found.issues[0].code == "folder.not_found"
