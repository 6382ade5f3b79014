"""Starting the command line, reading a folder and loading the Excel functions leave the heavy libraries alone.

Each check runs in a fresh interpreter and lists which of the heavy libraries the import pulled in: the
rendering stack (docxtpl, python-docx, matplotlib) belongs to writing the report, openpyxl to writing
workbooks, SQLAlchemy and Alembic to the archive; none is needed to show `--help`, to read workbooks or to answer
a UDF call, and the archive's libraries are not needed to write a report without an archive.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("docxtpl", "docx", "matplotlib", "openpyxl", "sqlalchemy", "alembic")
PROBE = "import sys, {module}; print(' '.join(m for m in {heavy!r} if m in sys.modules))"


def loaded_by(module: str) -> set[str]:
    """Return the heavy libraries found in ``sys.modules`` after importing `module` in a new process."""
    code = PROBE.format(module=module, heavy=HEAVY)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


@pytest.mark.parametrize("module", ["vncpc_xl.cli", "vncpc_xl.consolidate", "vncpc_xl.workbook.reader"])
def test_read_path_imports_no_rendering_or_writing_library(module: str) -> None:
    assert loaded_by(module) == set()


def test_the_report_without_an_archive_leaves_the_database_libraries_alone() -> None:
    assert loaded_by("vncpc_xl.report.render") & {"sqlalchemy", "alembic"} == set()
    assert "sqlalchemy" in loaded_by("vncpc_xl.archive.store")  # the probe sees it where it is used


def test_udf_module_adds_only_what_xlwings_brings() -> None:
    # xlwings itself imports matplotlib when it is installed; the functions add neither openpyxl nor docx.
    assert loaded_by("vncpc_xl.udfs") - loaded_by("xlwings") == set()


def test_writing_names_still_import_on_first_use() -> None:
    from vncpc_xl import report, workbook

    assert callable(workbook.new_workbook) and callable(workbook.upgrade_workbook)
    assert callable(report.render_report) and issubclass(report.ReportError, Exception)
    with pytest.raises(AttributeError):
        _ = workbook.no_such_name
