"""LibreOffice (headless) opens every template and a filled workbook, and computes the standard formulas."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries

from vncpc_xl.schema import KINDS, SPECS, TableSpec
from vncpc_xl.workbook import fill_workbook, template_path, upgrade_workbook

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
UDF_NAMES = ("VNCPC_SAVINGS", "VNCPC_EMISSIONS", "VNCPC_PAYBACK", "VNCPC_NPV", "VNCPC_IRR")


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Return a LibreOffice user profile of our own, so a running office does not lock the conversion."""
    return (tmp_path_factory.mktemp("lo") / "profile").as_uri()


def _convert(source: Path, fmt: str, workdir: Path, profile: str) -> Path:
    """Return the file LibreOffice writes when converting `source` to `fmt` (xlsx or pdf)."""
    out = workdir / f"out-{fmt}"
    command = [SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={profile}"]
    command += ["--convert-to", fmt, "--outdir", str(out), str(source)]
    subprocess.run(command, check=True, capture_output=True, timeout=180)
    converted = out / f"{source.stem}.{fmt}"
    assert converted.is_file() and converted.stat().st_size > 0, (
        f"LibreOffice wrote nothing for {source.name}"
    )
    return converted


def _columns(ws, table: TableSpec) -> tuple[range, dict[str, str]]:
    min_col, min_row, max_col, max_row = range_boundaries(ws.tables[table.name].ref)
    letters = {
        ws.cell(min_row, c).value: ws.cell(min_row, c).column_letter for c in range(min_col, max_col + 1)
    }
    return range(min_row + 1, max_row + 1), {col.key: letters[col.header] for col in table.columns}


@pytest.mark.parametrize("kind", KINDS)
def test_libreoffice_opens_every_template(kind: str, tmp_path: Path, profile: str) -> None:
    source = tmp_path / f"{kind}.xlsx"
    source.write_bytes(template_path(kind).read_bytes())
    wb = load_workbook(_convert(source, "xlsx", tmp_path, profile))
    spec = SPECS[kind]
    for table in spec.tables:
        assert table.name in wb[table.sheet].tables
    assert {n.key for n in spec.names} <= set(wb.defined_names)


def test_libreoffice_computes_a_filled_training_register(tmp_path: Path, profile: str) -> None:
    held = {"type": "Đào tạo các kỹ năng", "status": "Đã tổ chức"}
    courses = [
        {
            **held,
            "code": "K1",
            "name": "Khóa 1",
            "start": dt.date(2003, 5, 5),
            "days": 2.5,
            "participants": 20,
        },
        {**held, "code": "K2", "name": "Khóa 2", "days": 3, "participants": 12},
    ]
    source = fill_workbook(
        "training", tmp_path / "training.xlsx", names={"Year": 2003}, tables={"tblCourses": courses}
    )
    converted = _convert(source, "xlsx", tmp_path, profile)
    table = SPECS["training"].table("tblCourses")
    ws = load_workbook(converted, data_only=True)[table.sheet]
    rows, col = _columns(ws, table)
    assert [ws[f"{col['person_days']}{row}"].value for row in rows[:2]] == [50, 36]  # 2.5 × 20, 3 × 12
    assert ws[f"{col['start']}{rows[0]}"].value == dt.datetime(2003, 5, 5)
    assert _convert(source, "pdf", tmp_path, profile).read_bytes().startswith(b"%PDF")


def test_libreoffice_sums_an_audit_and_keeps_the_udf_names(tmp_path: Path, profile: str) -> None:
    done, proposed = "Đã thực hiện", "Đề xuất"
    options = [
        {"number": 1, "option": "A", "category": "Quản lý nội vi", "status": done, "investment": 1000},
        {
            "number": 2,
            "option": "B",
            "category": "Thu hồi, tái sử dụng tại chỗ",
            "status": proposed,
            "investment": 250,
        },
        {"number": 3, "option": "C", "category": "Cải tiến thiết bị", "status": done, "investment": 40},
    ]
    source = fill_workbook("audit", tmp_path / "audit.xlsx", tables={"tblOptions": options})
    converted = _convert(source, "xlsx", tmp_path, profile)
    summary = next(s for s in SPECS["audit"].sheets if s.summary)
    values = load_workbook(converted, data_only=True)[summary.name]
    by_label = {values.cell(r, 1).value: values.cell(r, 2).value for r in range(1, values.max_row + 1)}
    first_line = summary.summary[0]
    implemented_count = next(line for line in summary.summary if line.formula.startswith("=COUNTIFS("))
    all_count = next(line for line in summary.summary if line.formula.startswith("=COUNTA("))
    assert "investment" in first_line.formula and "SUMIFS" in first_line.formula
    assert by_label[first_line.label] == 1040  # 1000 + 40 implemented
    assert (by_label[implemented_count.label], by_label[all_count.label]) == (2, 3)
    # LibreOffice keeps calls to unknown (add-in) functions; it may change their case, which Excel ignores
    options_table = SPECS["audit"].table("tblOptions")
    ws = load_workbook(converted)[options_table.sheet]
    rows, col = _columns(ws, options_table)
    text = " ".join(str(ws[f"{col[c.key]}{rows[0]}"].value) for c in options_table.columns if c.is_formula)
    for name in UDF_NAMES:
        assert f"{name}(".lower() in text.lower()


def test_libreoffice_opens_and_computes_upgraded_copies(tmp_path: Path, profile: str) -> None:
    year = Path(__file__).resolve().parents[1] / "fixtures" / "v1" / "year_2012"
    sources = {"audit": "audits/01_det-hoa-tho.xlsx", "centre": "ho_so_trung_tam_2012.xlsx"}
    converted = {}
    for kind, relative in sources.items():
        upgraded = upgrade_workbook(year / relative, tmp_path / "v2").target
        converted[kind] = load_workbook(_convert(upgraded, "xlsx", tmp_path / kind, profile), data_only=True)
        assert {n.key for n in SPECS[kind].names} <= set(converted[kind].defined_names)
    narrative = SPECS["centre"].table("tblNarrative")
    _, letters = _columns(converted["centre"][narrative.sheet], narrative)  # every v2 header is found
    assert "language" in letters
    summary = next(s for s in SPECS["audit"].sheets if s.summary)
    values = converted["audit"][summary.name]
    by_label = {values.cell(r, 1).value: values.cell(r, 2).value for r in range(1, values.max_row + 1)}
    # Hòa Thọ's implemented options 1, 2, 3 and 5 cost 0, 6 000, 2 500 and 0 USD
    assert by_label[summary.summary[0].label] == 0 + 6000 + 2500 + 0
