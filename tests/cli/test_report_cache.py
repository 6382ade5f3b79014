"""`vncpc-xl report` keeps its re-run cache in the cache folder, and `--no-cache` leaves it alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.report.helpers import text
from tests.report.test_api import EXAMPLES, small_year
from vncpc_xl.cli import main

pytestmark = pytest.mark.skipif(
    not (EXAMPLES / "audits").is_dir(), reason="examples/2003 is not in this tree"
)


def test_report_fills_the_cache_and_no_cache_bypasses_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = small_year(tmp_path / "2003")
    cache = tmp_path / "cache"
    monkeypatch.setenv("VNCPC_XL_CACHE_DIR", str(cache))
    runner = CliRunner()
    bypassed = runner.invoke(main, ["report", str(folder), "-o", str(tmp_path / "a.docx"), "--no-cache"])
    assert bypassed.exit_code == 0, bypassed.output
    assert not cache.exists()
    cached = runner.invoke(main, ["report", str(folder), "-o", str(tmp_path / "b.docx")])
    assert cached.exit_code == 0, cached.output
    assert (cache / "reads.sqlite3").is_file()
    again = runner.invoke(main, ["report", str(folder), "-o", str(tmp_path / "c.docx")])
    assert again.exit_code == 0, again.output
    assert text(tmp_path / "a.docx") == text(tmp_path / "b.docx") == text(tmp_path / "c.docx")


def test_help_names_the_option_in_vietnamese_first() -> None:
    result = CliRunner().invoke(main, ["report", "--help"])
    assert "--no-cache" in result.output and "Đọc lại mọi sổ" in result.output
