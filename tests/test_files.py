"""Atomic writes leave either the old file or the whole new one, with ordinary permissions."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vncpc_xl import _files


def test_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        out = _files.write_atomic(tmp_path / "r.docx", b"new")
    finally:
        os.umask(old)
    assert out.read_bytes() == b"new"
    assert out.stat().st_mode & 0o777 == 0o644


def test_failed_rename_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "r.docx"
    out.write_bytes(b"old")

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(_files.os, "replace", refuse)
    with pytest.raises(PermissionError):
        _files.write_atomic(out, b"new")
    assert out.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["r.docx"]


def test_a_file_written_in_pieces_appears_whole_or_not_at_all(tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    out.write_bytes(b"old")
    with _files.open_atomic(out) as handle:
        handle.write(b"new ")
        assert out.read_bytes() == b"old"  # not yet replaced
        handle.write(b"report")
    assert out.read_bytes() == b"new report"
    with pytest.raises(RuntimeError), _files.open_atomic(out) as handle:
        handle.write(b"half")
        raise RuntimeError("the writing failed")
    assert out.read_bytes() == b"new report"
    assert os.listdir(tmp_path) == ["r.docx"]
