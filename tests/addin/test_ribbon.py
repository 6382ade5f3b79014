"""Ribbon actions end to end on real workbooks; only the Excel side (message boxes, dialogs) is fake."""

from __future__ import annotations

import datetime
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from vncpc_xl import ribbon
from vncpc_xl.errors import Issue, Severity, VncpcError
from vncpc_xl.ribbon import folders
from vncpc_xl.ribbon.active import ActiveBook, Needs, refusal
from vncpc_xl.ribbon.check_sheet import CHECK_HEADER, CheckSheet, Mark, check_sheet_for, link_formula
from vncpc_xl.ribbon.folders import new_workbook_folder, new_workbook_path
from vncpc_xl.ribbon.log import log_path
from vncpc_xl.workbook import kind_of, new_workbook, read_workbook

from . import ROOT

EXAMPLES = ROOT / "examples" / "2003"
YEAR = datetime.date.today().year


def _on_screen(path: Path) -> ActiveBook:
    """Return the workbook at `path` as Excel would have it open: kind from its ``_meta`` sheet, as saved."""
    kind = None
    if path.is_file():
        book = openpyxl.load_workbook(path, read_only=True)
        kind = kind_of(book["_meta"]["B1"].value) if "_meta" in book.sheetnames else None
        book.close()
    return ActiveBook(path.name, path, kind)


class FakeExcel:
    """Records what actions ask of Excel; `active` is the workbook's file, `save_as` the dialog's answer.

    With `active` None, a workbook that was never saved ("Book1", not ours) is on screen.
    """

    def __init__(self, active: Path | ActiveBook | None, save_as: Path | None = None) -> None:
        self.active, self.save_as = active, save_as
        self.alerts: list[tuple[str, bool]] = []
        self.sheets: list[CheckSheet] = []
        self.opened_books: list[Path] = []
        self.opened_paths: list[Path] = []
        self.statuses: list[str | None] = []
        self.suggested: Path | None = None
        self.saves = 0
        self.recalculations = 0

    def active_book(self) -> ActiveBook:
        if isinstance(self.active, ActiveBook):
            return self.active
        return ActiveBook("Book1", None, None) if self.active is None else _on_screen(self.active)

    def save_active(self) -> None:
        self.saves += 1

    def alert(self, text: str, *, error: bool = False) -> None:
        self.alerts.append((text, error))

    def ask_save_path(self, suggested: Path) -> Path | None:
        self.suggested = suggested
        return self.save_as

    def open_workbook(self, path: Path) -> None:
        self.opened_books.append(path)

    def recalculate(self) -> None:
        self.recalculations += 1

    def show_check_sheet(self, sheet: CheckSheet) -> None:
        self.sheets.append(sheet)

    def status(self, text: str | None) -> None:
        self.statuses.append(text)

    def open_path(self, path: Path) -> None:
        self.opened_paths.append(path)


@pytest.fixture
def excel(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> FakeExcel:
    fake = FakeExcel(active=None)
    monkeypatch.setattr(ribbon, "excel", fake)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return fake


@pytest.fixture
def year_folder(tmp_path: Path) -> Path:
    """Return a private copy of the 2003 example folder (real, valid workbooks)."""
    if not (EXAMPLES / "centre_2003.xlsx").is_file():
        pytest.skip("examples/2003 is not built yet")
    return Path(shutil.copytree(EXAMPLES, tmp_path / "2003"))


# --- Biểu mẫu -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "kind", "year_name"),
    [
        ("new_audit", "audit", "AssessmentYear"),
        ("new_training", "training", "Year"),
        ("new_kpi", "kpi", "Year"),
        ("new_centre", "centre", "Year"),
    ],
)
def test_new_workbook_buttons_create_the_kind_where_the_user_chose(
    excel: FakeExcel, tmp_path: Path, action, kind: str, year_name: str
) -> None:
    folder = tmp_path / "2025"
    folder.mkdir()
    excel.active = folder / "open.xlsx"
    excel.save_as = folder / "mới.xlsx"
    ribbon.run(action)
    assert excel.alerts == []
    assert excel.suggested is not None and excel.suggested.parent == folder
    assert excel.suggested.name.endswith(f" {YEAR}.xlsx")
    data = read_workbook(excel.save_as)
    assert data.kind == kind
    assert data.names[year_name] == YEAR
    assert excel.opened_books == [excel.save_as]


def test_cancelling_the_dialog_creates_nothing(excel: FakeExcel, tmp_path: Path) -> None:
    excel.active = tmp_path / "open.xlsx"
    ribbon.run("new_kpi")
    assert (excel.alerts, excel.opened_books, list(tmp_path.iterdir())) == ([], [], [])


def test_a_new_workbook_never_overwrites_and_says_so(excel: FakeExcel, tmp_path: Path) -> None:
    existing = tmp_path / "có sẵn.xlsx"
    existing.write_bytes(b"user data")
    excel.save_as = existing
    ribbon.run("new_training")
    assert existing.read_bytes() == b"user data"
    [(text, error)] = excel.alerts
    assert error and "có sẵn.xlsx" in text
    assert "Traceback" not in text


def test_the_suggested_name_does_not_clash_with_an_existing_file(tmp_path: Path) -> None:
    first = new_workbook_path("audit", tmp_path, 2025)
    first.write_bytes(b"")
    assert new_workbook_path("audit", tmp_path, 2025) == tmp_path / f"{first.stem} (2).xlsx"


# --- Tính toán ----------------------------------------------------------------------------------------------


def test_recalculate_recalculates_and_clears_the_status_bar(excel: FakeExcel, tmp_path: Path) -> None:
    excel.active = new_workbook("training", tmp_path / "đào tạo.xlsx", year=2003)
    ribbon.run("recalculate")
    assert excel.recalculations == 1
    assert excel.statuses[-1] is None
    assert excel.alerts == []


def test_validate_lists_every_problem_with_a_link_to_its_cell(excel: FakeExcel, tmp_path: Path) -> None:
    book = new_workbook("audit", tmp_path / "đánh giá.xlsx", year=2003, company="Công ty A")
    excel.active = book
    ribbon.run("validate")
    assert excel.saves == 1  # the check reads the file: what is on screen is saved first
    [sheet] = excel.sheets
    assert sheet.rows[0] == list(CHECK_HEADER)
    issues = read_workbook(book).issues
    assert len(sheet.rows) == 1 + len(issues) >= 2
    for number, (row, issue) in enumerate(zip(sheet.rows[1:], issues, strict=True), start=1):
        assert row[0] == number
        assert row[1] == "Lỗi"
        assert row[2] == issue.sheet
        assert row[3] == f'=HYPERLINK("#\'{issue.sheet}\'!{issue.cell}","{issue.cell}")'
        assert row[6] == issue.message_vi
    assert [m.cell for m in sheet.marks] == [i.cell for i in issues]
    assert sheet.errors == len(issues)
    [(text, error)] = excel.alerts
    assert error and f"{len(issues)} lỗi" in text and "đánh giá.xlsx" in text


def test_validate_a_correct_workbook_says_so(excel: FakeExcel, year_folder: Path) -> None:
    excel.active = year_folder / "centre_2003.xlsx"
    ribbon.run("validate")
    [sheet] = excel.sheets
    assert (sheet.errors, sheet.warnings, sheet.marks) == (0, 0, [])
    assert sheet.rows[1][-1] == "Không phát hiện vấn đề nào."
    assert excel.alerts == [("centre_2003.xlsx: không phát hiện vấn đề nào.", False)]


def test_validate_an_unsaved_workbook_asks_to_save_it_first(excel: FakeExcel) -> None:
    excel.active = ActiveBook(
        "Book2", None, "audit"
    )  # e.g. a copy Excel opened from an e-mail, not saved yet
    ribbon.run("validate")
    [(text, error)] = excel.alerts
    assert error and "chưa được lưu" in text
    assert excel.sheets == []


def test_the_check_sheet_never_lets_excel_read_a_value_as_a_formula(tmp_path: Path) -> None:
    issue = Issue(
        code="x",
        file="a.xlsx",
        message_vi="=1+1 sai",
        message_en="",
        sheet='O\'Brien "x"',
        cell="C3",
        value="=cmd|x",
    )
    sheet = check_sheet_for(tmp_path / "a.xlsx", [issue])
    row = sheet.rows[1]
    assert row[3] == '=HYPERLINK("#\'O\'\'Brien ""x""\'!C3","C3")'
    assert row[5] == "'=cmd|x"
    assert row[6] == "'=1+1 sai"
    assert sheet.marks == [Mark('O\'Brien "x"', "C3")]


def test_warnings_are_listed_as_warnings(tmp_path: Path) -> None:
    issue = Issue(
        code="w", file="a.xlsx", message_vi="lưu ý", message_en="", severity=Severity.WARNING, value=-5
    )
    sheet = check_sheet_for(tmp_path / "a.xlsx", [issue])
    assert sheet.rows[1][1:6] == ["Cảnh báo", "", "", "", -5]
    assert (sheet.errors, sheet.warnings, sheet.marks) == (0, 1, [])


def test_link_formula_points_inside_the_workbook() -> None:
    assert link_formula("Giải pháp", "F12") == '=HYPERLINK("#\'Giải pháp\'!F12","F12")'


# --- Báo cáo ------------------------------------------------------------------------------------------------


def test_report_writes_the_word_report_beside_the_year_folder_and_opens_it(
    excel: FakeExcel, year_folder: Path
) -> None:
    excel.active = year_folder / "training_2003.xlsx"
    ribbon.run("report")
    report = year_folder.parent / "bao_cao_2003.docx"
    assert report.is_file()
    with zipfile.ZipFile(report) as docx:
        assert "2003" in docx.read("word/document.xml").decode("utf-8")
    assert excel.opened_paths == [report]
    [(text, error)] = excel.alerts
    assert not error and str(report) in text
    assert any(s and s.startswith("VNCPC: báo cáo năm") for s in excel.statuses)
    assert excel.statuses[-1] is None


def test_report_from_an_audit_in_a_sub_folder_consolidates_the_whole_year(
    excel: FakeExcel, year_folder: Path
) -> None:
    excel.active = sorted((year_folder / "audits").glob("*.xlsx"))[0]
    ribbon.run("report")
    assert excel.opened_paths == [year_folder.parent / "bao_cao_2003.docx"]
    assert [error for _, error in excel.alerts] == [False]


def test_report_with_a_broken_workbook_lists_where_and_writes_nothing(
    excel: FakeExcel, year_folder: Path
) -> None:
    broken = new_workbook("audit", year_folder / "audits" / "thiếu.xlsx", year=2003, company="Công ty B")
    excel.active = year_folder / "centre_2003.xlsx"
    ribbon.run("report")
    assert not (year_folder.parent / "bao_cao_2003.docx").exists()
    assert excel.opened_paths == []
    [(text, error)] = excel.alerts
    assert error and text.startswith("Chưa lập báo cáo")
    first = read_workbook(broken).issues[0]
    assert f"• thiếu.xlsx › {first.sheet} › {first.cell}: {first.message_vi}" in text


def test_open_folder_opens_the_folder_of_the_active_workbook(excel: FakeExcel, tmp_path: Path) -> None:
    excel.active = new_workbook("kpi", tmp_path / "2003" / "x.xlsx", year=2003)
    ribbon.run("open_folder")
    assert excel.opened_paths == [tmp_path / "2003"]


def test_the_year_folder_is_the_one_with_the_centre_file(year_folder: Path) -> None:
    audit = sorted((year_folder / "audits").glob("*.xlsx"))[0]
    assert folders.year_folder(audit) == year_folder
    assert folders.year_folder(year_folder / "kpi_2003.xlsx") == year_folder
    (year_folder / "centre_2003.xlsx").unlink()
    assert folders.year_folder(audit) == audit.parent


# --- Trợ giúp and errors ------------------------------------------------------------------------------------


def test_version_shows_the_versions(excel: FakeExcel) -> None:
    ribbon.run("version")
    [(text, error)] = excel.alerts
    assert not error
    assert text.startswith("vncpc-xl ")
    assert "xlwings 0.37.8" in text


def test_doctor_shows_the_checklist(excel: FakeExcel) -> None:
    ribbon.run("doctor")
    [(text, _)] = excel.alerts
    assert "✓ Python" in text and "Hàm VNCPC_*" in text


def test_an_unexpected_error_is_a_message_and_a_log_line_never_a_traceback(
    excel: FakeExcel, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken(path: Path) -> CheckSheet:
        raise KeyError("tblOptions")

    monkeypatch.setattr(ribbon, "check_sheet", broken)
    excel.active = new_workbook("kpi", tmp_path / "a.xlsx", year=2003)
    ribbon.run("validate")
    [(text, error)] = excel.alerts
    assert error and text.startswith("Lỗi không mong đợi: KeyError")
    assert "Traceback" not in text
    log = log_path()
    assert str(log) in text
    assert "KeyError: 'tblOptions'" in log.read_text(encoding="utf-8")
    assert excel.statuses[-1] is None


# --- no workbook, a workbook that is not ours, errors -------------------------------------------------------

ACTIVE_BOOK_BUTTONS = ["recalculate", "validate", "report", "open_folder"]


def _nothing_done(excel: FakeExcel) -> bool:
    return (excel.saves, excel.sheets, excel.opened_books, excel.opened_paths, excel.recalculations) == (
        0,
        [],
        [],
        [],
        0,
    )


@pytest.mark.parametrize("action", ACTIVE_BOOK_BUTTONS)
def test_with_no_workbook_open_a_button_on_the_active_one_says_what_to_open(
    excel: FakeExcel, action: str
) -> None:
    ribbon.run(action, False)
    [(text, error)] = excel.alerts
    label = ribbon.BUTTONS[action].label
    assert error and text.startswith(f"Nút “{label}” làm việc với sổ đang mở, nhưng chưa có sổ nào được mở.")
    assert "nhóm “Biểu mẫu”" in text
    assert _nothing_done(excel)
    assert excel.statuses[-1] is None


@pytest.mark.parametrize("action", ACTIVE_BOOK_BUTTONS)
def test_a_workbook_that_is_not_ours_is_left_as_it_is_and_the_user_told_why(
    excel: FakeExcel, tmp_path: Path, action: str
) -> None:
    foreign = tmp_path / "bảng lương.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "Lương tháng 1"
    book.save(foreign)
    before = foreign.read_bytes()
    excel.active = foreign
    ribbon.run(action)
    [(text, error)] = excel.alerts
    assert error and text.startswith("Sổ “bảng lương.xlsx” không phải sổ VNCPC")
    assert f"nút “{ribbon.BUTTONS[action].label}” không làm gì với sổ này" in text
    assert _nothing_done(excel)
    assert foreign.read_bytes() == before


def test_a_new_workbook_with_none_open_is_offered_in_documents(excel: FakeExcel, tmp_path: Path) -> None:
    documents = tmp_path / "home" / "Documents"
    documents.mkdir(parents=True)
    excel.save_as = documents / "mới.xlsx"
    ribbon.run("new_centre", False)
    assert excel.alerts == []
    assert excel.suggested is not None and excel.suggested.parent == documents
    assert read_workbook(excel.save_as).kind == "centre"
    assert excel.opened_books == [excel.save_as]


@pytest.mark.parametrize("action", ["version", "doctor"])
def test_help_buttons_work_with_no_workbook_open(excel: FakeExcel, action: str) -> None:
    ribbon.run(action, False)
    [(_text, error)] = excel.alerts
    assert not error


def test_a_button_this_version_does_not_have_asks_to_reinstall_the_add_in(excel: FakeExcel) -> None:
    ribbon.run("archive_everything")
    [(text, error)] = excel.alerts
    assert error and "“archive_everything”" in text and "vncpc-xl addin install" in text


def test_a_foreseen_error_is_its_vietnamese_message_and_a_log_line(
    excel: FakeExcel, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def refuses(path: Path) -> CheckSheet:
        raise VncpcError("Không đọc được sổ: tệp đang bị khóa.")

    monkeypatch.setattr(ribbon, "check_sheet", refuses)
    excel.active = new_workbook("kpi", tmp_path / "a.xlsx", year=2003)
    ribbon.run("validate")
    assert excel.alerts == [("Không đọc được sổ: tệp đang bị khóa.", True)]
    [line] = log_path().read_text(encoding="utf-8").splitlines()
    assert line.endswith(" validate: VncpcError: Không đọc được sổ: tệp đang bị khóa.")


# --- the decisions, as plain functions ----------------------------------------------------------------------


def test_refusal_lets_each_button_through_only_with_what_it_needs(tmp_path: Path) -> None:
    saved = ActiveBook("a.xlsx", tmp_path / "a.xlsx", "audit")
    unsaved = ActiveBook("Book2", None, "audit")
    foreign = ActiveBook("x.xlsx", tmp_path / "x.xlsx", None)
    assert [refusal(b, Needs.NOTHING, "N") for b in (None, saved, unsaved, foreign)] == [None] * 4
    assert refusal(saved, Needs.OURS, "N") is refusal(unsaved, Needs.OURS, "N") is None
    assert refusal(saved, Needs.OURS_SAVED, "N") is None
    assert "chưa được lưu thành tệp" in (refusal(unsaved, Needs.OURS_SAVED, "Kiểm tra") or "")
    assert "“Kiểm tra”" in (refusal(unsaved, Needs.OURS_SAVED, "Kiểm tra") or "")
    assert "không phải sổ VNCPC" in (refusal(foreign, Needs.OURS, "N") or "")
    assert "chưa có sổ nào được mở" in (refusal(None, Needs.OURS_SAVED, "N") or "")


def test_a_new_workbook_is_offered_beside_the_active_one_else_in_documents_else_home(tmp_path: Path) -> None:
    (tmp_path / "2025").mkdir()
    assert new_workbook_folder(tmp_path / "2025" / "a.xlsx", tmp_path) == tmp_path / "2025"
    assert new_workbook_folder(tmp_path / "gone" / "a.xlsx", tmp_path) == tmp_path
    assert new_workbook_folder(None, tmp_path) == tmp_path
    (tmp_path / "Documents").mkdir()
    assert new_workbook_folder(None, tmp_path) == tmp_path / "Documents"


# --- Nâng cấp -----------------------------------------------------------------------------------------------

V1_YEAR = ROOT / "tests" / "fixtures" / "v1" / "year_2012"


def _v1_copy(tmp_path: Path, relative: str = "ho_so_trung_tam_2012.xlsx") -> Path:
    """Return a private copy of a filled version-1 workbook (the frozen fixtures)."""
    return Path(shutil.copyfile(V1_YEAR / relative, tmp_path / Path(relative).name))


def test_upgrade_writes_the_v2_copy_beside_the_original_and_opens_it(
    excel: FakeExcel, tmp_path: Path
) -> None:
    excel.active = _v1_copy(tmp_path, "audits/01_det-hoa-tho.xlsx")
    before = excel.active.read_bytes()
    ribbon.run("upgrade")
    target = tmp_path / "01_det-hoa-tho.v2.xlsx"
    assert excel.active.read_bytes() == before and excel.saves == 1  # saved by Excel, never written by us
    assert excel.opened_books == [target]
    ((text, error),) = excel.alerts
    assert not error and str(target) in text and "Sổ gốc được giữ nguyên" in text
    assert "chuyển sổ gốc ra khỏi thư mục năm" in text  # two copies of one workbook would be an error
    original, upgraded = read_workbook(excel.active), read_workbook(target)
    assert (original.version, upgraded.version) == (1, 2)
    assert upgraded.names == original.names
    assert [dict(r) for r in upgraded.tables["tblOptions"]] == [
        dict(r) for r in original.tables["tblOptions"]
    ]


def test_upgrade_of_a_current_workbook_says_so_and_writes_nothing(excel: FakeExcel, tmp_path: Path) -> None:
    excel.active = new_workbook("centre", tmp_path / "ho_so.xlsx", year=2025)
    ribbon.run("upgrade")
    assert excel.alerts == [
        ("Sổ “ho_so.xlsx” đã ở phiên bản mẫu 2 (mới nhất): không cần nâng cấp, không ghi tệp nào.", False)
    ]
    assert excel.opened_books == [] and [p.name for p in tmp_path.iterdir()] == ["ho_so.xlsx"]


def test_upgrade_never_overwrites_an_earlier_copy(excel: FakeExcel, tmp_path: Path) -> None:
    excel.active = _v1_copy(tmp_path)
    earlier = tmp_path / "ho_so_trung_tam_2012.v2.xlsx"
    earlier.write_bytes(b"the user's own edits")
    ribbon.run("upgrade")
    ((text, error),) = excel.alerts
    assert error and text.startswith("Đã có tệp “ho_so_trung_tam_2012.v2.xlsx” cạnh sổ này")
    assert "không ghi đè" in text and str(earlier) in text
    assert earlier.read_bytes() == b"the user's own edits" and excel.opened_books == []


def test_upgrade_of_a_newer_version_is_the_readers_clear_error(excel: FakeExcel, tmp_path: Path) -> None:
    excel.active = _v1_copy(tmp_path)
    book = openpyxl.load_workbook(excel.active)
    book["_meta"]["B2"] = 3
    book.save(excel.active)
    ribbon.run("upgrade")
    ((text, error),) = excel.alerts
    assert error and text.startswith(f"Không nâng cấp được {excel.active}: _meta!B2: ")
    assert "phiên bản 3, mới hơn phiên bản 2" in text and "Traceback" not in text
    assert excel.opened_books == [] and not (tmp_path / "ho_so_trung_tam_2012.v2.xlsx").exists()
