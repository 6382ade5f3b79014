"""Fixtures of the add-in tests: the source tree and one fresh build of the add-in per session."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from vncpc_xl.addin.build import build_addin

from . import ROOT


@pytest.fixture(scope="session")
def fresh() -> bytes:
    """Return the bytes of the add-in built now from the source tree."""
    return build_addin(ROOT)


@pytest.fixture(scope="session")
def fresh_path(fresh: bytes, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a file holding the fresh build (read-only by convention)."""
    path = tmp_path_factory.mktemp("addin") / "vncpc.xlam"
    path.write_bytes(fresh)
    return path


@pytest.fixture(scope="session")
def parts(fresh_path: Path) -> dict[str, bytes]:
    """Return the parts of the fresh build by name."""
    with zipfile.ZipFile(fresh_path) as package:
        return {name: package.read(name) for name in package.namelist()}
