"""`upgrade_workbook`: a version-1 workbook becomes a version-2 copy with every value, row and name; the original
is never touched (its SHA-256 is compared before and after every upgrade)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.defined_name import DefinedName

from tests.report.helpers import table_after, tables
from vncpc_xl.report import make_report
from vncpc_xl.schema import KINDS
from vncpc_xl.workbook import UpgradeError, read_workbook, upgrade_workbook

V1 = Path(__file__).resolve().parents[1] / "fixtures" / "v1"
YEAR = V1 / "year_2012"
CENTRE, AUDIT = "ho_so_trung_tam_2012.xlsx", "audits/01_det-hoa-tho.xlsx"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copy_of(relative: str, folder: Path) -> Path:
    """Return a copy in `folder` of the v1 fixture `relative` (a test that edits a v1 file edits a copy)."""
    target = folder / Path(relative).name
    shutil.copyfile(YEAR / relative, target)
    return target


def rows(path: Path) -> dict[str, list[tuple[int, dict]]]:
    """Return every table of `path` as (sheet row, values) pairs, as the reader hands them out."""
    return {name: [(r.row, dict(r)) for r in found] for name, found in read_workbook(path).tables.items()}


@pytest.mark.parametrize("kind", KINDS)
def test_a_v1_template_of_every_kind_upgrades_to_v2_and_the_original_is_untouched(
    kind: str, tmp_path: Path
) -> None:
    source = V1 / "templates" / f"{kind}.xlsx"
    before = sha256(source)
    result = upgrade_workbook(source, tmp_path)
    assert sha256(source) == before
    assert (result.from_version, result.to_version) == (1, 2)
    assert result.target == tmp_path / f"{kind}.v2.xlsx"
    data = read_workbook(result.target)
    assert (data.kind, data.version) == (kind, 2)
    assert {issue.code for issue in data.issues} == {"value.required"}  # as blank as the v1 template was


def test_every_workbook_of_a_v1_year_keeps_its_names_rows_and_values(tmp_path: Path) -> None:
    for source in sorted(YEAR.rglob("*.xlsx")):
        before = sha256(source)
        result = upgrade_workbook(source, tmp_path / source.parent.relative_to(YEAR))
        assert sha256(source) == before
        assert result.target is not None and result.target.name == f"{source.stem}.v2.xlsx"
        old, new = read_workbook(source), read_workbook(result.target)
        assert new.version == 2 and new.issues == []
        assert new.names == old.names
        assert rows(result.target) == rows(
            source
        )  # same rows at the same sheet rows, `language` blank in both


def test_the_upgraded_centre_file_has_the_language_column_with_its_drop_down(tmp_path: Path) -> None:
    target = upgrade_workbook(YEAR / CENTRE, tmp_path).target
    assert target is not None
    ws = load_workbook(target)["Nội dung"]
    table = ws.tables["tblNarrative"]
    assert [c.name for c in table.tableColumns] == ["Mục", "Đoạn văn", "Ngôn ngữ"]
    language_col = "C"
    rules = [str(dv.sqref) for dv in ws.data_validations.dataValidation]
    assert any(ref.startswith(f"{language_col}") for ref in rules)
    assert ws["B5"].value == "Năm 2012 là năm thứ ba Trung tâm hỗ trợ các doanh nghiệp Đà Nẵng áp dụng SXSH."


def test_round_trip_v1_year_upgrade_then_report_gives_the_same_figures(tmp_path: Path) -> None:
    upgraded = tmp_path / "2012_v2"
    for source in sorted(YEAR.rglob("*.xlsx")):
        upgrade_workbook(source, upgraded / source.parent.relative_to(YEAR))
    old = make_report(YEAR, tmp_path / "v1.docx").docx_path
    new = make_report(upgraded, tmp_path / "v2.docx").docx_path
    # Every table but the source-file appendix (its names and SHA-256 differ, as the files do) is identical.
    assert tables(new)[:-1] == tables(old)[:-1]
    cells = {row[i]: row[i + 1] for row in table_after(new, "Bảng 3.")[1:] for i in (0, 2)}
    # Implemented options of the completed assessments, in USD (Hòa Khánh: VND ÷ 20 000):
    # investment 0 + 6 000 + 2 500 + 0 (Hòa Thọ) + 5 000 + 0 + 1 500 (Hòa Khánh) + 1 200 + 300 (Non Nước) = 16 500
    assert cells["Tổng đầu tư:"] == "16.500 USD"
    # savings 1 800 + 3 000 + 2 000 + 800 + 8 000 + 2 500 + 280 + 1 000 + 1 200 = 20 580
    assert cells["Tiết kiệm hàng năm:"] == "20.580 USD"
    assert cells["Giảm tiêu thụ điện:"] == "48 MWh"  # 50 (Hòa Thọ 2) − 2 (Hòa Khánh 5)


def test_a_table_grown_beyond_the_template_keeps_every_row(tmp_path: Path) -> None:
    source = copy_of(CENTRE, tmp_path)
    wb = load_workbook(source)
    ws = wb["Nội dung"]
    table = ws.tables["tblNarrative"]
    last = int(table.ref.split(":")[1][1:])  # A4:B64 — header row 4, 60 ready rows
    grown = last + 15  # the user added 15 rows to the table in Excel
    table.ref = f"A4:B{grown}"
    table.autoFilter.ref = table.ref
    for row in range(last - 1, grown + 1):
        ws.cell(row, 1, "bai_hoc")
        ws.cell(row, 2, f"- Bài học ở dòng {row}.")
    wb.save(source)
    before = rows(source)["tblNarrative"]
    assert len(before) == 6 + 17 and before[-1][0] == grown  # rows 63 and 64 of the template, then 15 more
    target = upgrade_workbook(source, tmp_path / "out").target
    assert target is not None
    assert rows(target)["tblNarrative"] == before
    assert load_workbook(target)["Nội dung"].tables["tblNarrative"].ref == f"A4:C{grown}"


def test_bad_values_and_typed_over_formulas_are_carried_as_typed(tmp_path: Path) -> None:
    source = copy_of(AUDIT, tmp_path)
    wb = load_workbook(source)
    ws = wb["Giải pháp"]
    ws["E5"] = "khoảng 2 triệu"  # Đầu tư of option 1: text where a number belongs
    ws["O6"] = 1234  # Tiết kiệm (/năm) of option 2 typed over with a constant
    wb.save(source)
    old = read_workbook(source)
    target = upgrade_workbook(source, tmp_path / "out").target
    assert target is not None
    new = read_workbook(target)
    assert [(i.code, i.sheet, i.cell) for i in new.issues] == [(i.code, i.sheet, i.cell) for i in old.issues]
    assert {(i.code, i.cell) for i in new.issues} == {
        ("value.not_number", "E5"),
        ("formula.overwritten", "O6"),
    }
    ws = load_workbook(target)["Giải pháp"]
    assert (ws["E5"].value, ws["O6"].value) == ("khoảng 2 triệu", 1234)
    assert str(ws["O7"].value).startswith("=")  # the other rows keep the template's formula


def test_defined_names_and_sheets_of_the_users_own_are_carried(tmp_path: Path) -> None:
    source = copy_of(AUDIT, tmp_path)
    wb = load_workbook(source)
    notes = wb.create_sheet("Ghi chú")
    notes["A1"], notes["B2"] = "Số liệu điện lấy từ hóa đơn tháng 3–8", 0.125
    notes["B2"].number_format = "0.0%"
    wb.defined_names["DienThang3"] = DefinedName("DienThang3", attr_text="'Ghi chú'!$B$2")
    wb.save(source)
    result = upgrade_workbook(source, tmp_path / "out")
    assert result.target is not None
    assert (result.added_sheets, result.added_names) == (("Ghi chú",), ("DienThang3",))
    assert "Ghi chú" in result.message("vi")
    new = load_workbook(result.target)
    assert new["Ghi chú"]["A1"].value == "Số liệu điện lấy từ hóa đơn tháng 3–8"
    assert (new["Ghi chú"]["B2"].value, new["Ghi chú"]["B2"].number_format) == (0.125, "0.0%")
    assert new.defined_names["DienThang3"].attr_text == "'Ghi chú'!$B$2"
    assert read_workbook(result.target).issues == []


def test_a_current_workbook_is_left_alone_and_nothing_is_written(tmp_path: Path) -> None:
    current = upgrade_workbook(YEAR / CENTRE, tmp_path).target
    assert current is not None
    listing, before = sorted(tmp_path.iterdir()), sha256(current)
    result = upgrade_workbook(current, tmp_path)
    assert result.target is None and result.from_version == 2
    assert "đã ở phiên bản mẫu 2 (mới nhất); không ghi tệp nào" in result.message("vi")
    assert sorted(tmp_path.iterdir()) == listing and sha256(current) == before


def test_an_existing_upgraded_copy_is_never_overwritten(tmp_path: Path) -> None:
    existing = tmp_path / "ho_so_trung_tam_2012.v2.xlsx"
    existing.write_bytes(b"my own file")
    with pytest.raises(UpgradeError) as caught:
        upgrade_workbook(YEAR / CENTRE, tmp_path)
    assert caught.value.message_vi.startswith(f"Không ghi đè {existing}: tệp đã tồn tại.")
    assert existing.read_bytes() == b"my own file"


def test_a_newer_version_is_the_readers_clear_error(tmp_path: Path) -> None:
    source = copy_of(CENTRE, tmp_path)
    wb = load_workbook(source)
    wb["_meta"]["B2"] = 3
    wb.save(source)
    with pytest.raises(UpgradeError) as caught:
        upgrade_workbook(source, tmp_path / "out")
    message = caught.value.message_vi
    assert message.startswith(f"Không nâng cấp được {source}: _meta!B2: ")
    assert "phiên bản 3, mới hơn phiên bản 2" in message
    assert not (tmp_path / "out").exists()


def test_a_renamed_column_is_refused_so_no_value_is_lost(tmp_path: Path) -> None:
    source = copy_of(AUDIT, tmp_path)
    wb = load_workbook(source)
    wb["Giải pháp"]["E4"] = "Vốn đầu tư"  # the header of Đầu tư, renamed
    wb.save(source)
    before = sha256(source)
    with pytest.raises(UpgradeError) as caught:
        upgrade_workbook(source, tmp_path / "out")
    assert caught.value.message_vi.startswith(f"Không nâng cấp được {source}: Giải pháp!E4: ")
    assert "vncpc-xl validate" in caught.value.message_vi
    assert "Cannot upgrade" in caught.value.message_en
    assert sha256(source) == before and not (tmp_path / "out").exists()


def test_a_file_that_is_not_a_workbook_is_refused_naming_it(tmp_path: Path) -> None:
    junk = tmp_path / "ghi_chu.xlsx"
    junk.write_bytes(b"not a zip")
    with pytest.raises(UpgradeError, match=r"Không nâng cấp được .*ghi_chu\.xlsx"):
        upgrade_workbook(junk, tmp_path / "out")
