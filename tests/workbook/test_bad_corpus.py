"""A corpus of broken workbooks, each made from a valid one by one edit, and the one issue each must give.

Cell edits are made with openpyxl as a user's typing would be; container faults (corrupt zip, zip bomb,
lying headers, legacy format) by rewriting bytes. Every case asserts the code, sheet, cell and a fragment of
the Vietnamese message, and that reading changed neither the broken file nor the valid sources.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import Workbook

from vncpc_xl.errors import Severity
from vncpc_xl.workbook import read_workbook

from ._samples import YEAR, edited, lie_about_size, set_cells, sha256, write_valid

Make = Callable[[Path, Path], Path]  # (valid source, output path) -> broken file


@dataclass(frozen=True)
class Case:
    """A broken workbook: its kind, how it is made from a valid one, and the issue it must give."""

    id: str
    kind: str
    make: Make
    code: str
    sheet: str | None
    cell: str | None
    fragment: str


def cells(sheet: str, **values: object) -> Make:
    """Return a maker typing `values` (cell → value) into `sheet`."""
    return lambda source, out: set_cells(source, out, sheet, dict(values))


def change(edit: Callable[[Workbook], object]) -> Make:
    """Return a maker applying `edit` to the workbook with openpyxl."""
    return lambda source, out: edited(source, out, edit)


def raw_bytes(transform: Callable[[bytes], bytes]) -> Make:
    """Return a maker rewriting the file's bytes."""

    def make(source: Path, out: Path) -> Path:
        out.write_bytes(transform(source.read_bytes()))
        return out

    return make


def with_member(name: str, data: bytes) -> Make:
    """Return a maker adding zip member `name` holding `data`."""

    def make(source: Path, out: Path) -> Path:
        out.write_bytes(source.read_bytes())
        with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(name, data)
        return out

    return make


def flip_crc(name: str) -> Callable[[bytes], bytes]:
    """Return a transform damaging the CRC recorded for member `name` in the central directory."""

    def transform(data: bytes) -> bytes:
        out = bytearray(data)
        at = out.find(b"PK\x01\x02")
        while at != -1:
            length = struct.unpack_from("<H", out, at + 28)[0]
            if bytes(out[at + 46 : at + 46 + length]) == name.encode():
                out[at + 16] ^= 0xFF
            at = out.find(b"PK\x01\x02", at + 4)
        return bytes(out)

    return transform


def oversized(source: Path, out: Path) -> Path:
    with out.open("wb") as handle:
        handle.write(source.read_bytes())
        handle.truncate(51 * 1024 * 1024)  # sparse: cheap to write, over the 50 MB limit
    return out


def _rename_header(sheet: str, table: str, cell: str, index: int, text: str) -> Callable[[Workbook], None]:
    def edit(workbook: Workbook) -> None:
        workbook[sheet][cell].value = text
        workbook[sheet].tables[table].tableColumns[index].name = text

    return edit


def _delete_sheet_as_excel_does(sheet: str) -> Callable[[Workbook], None]:
    """Return an edit deleting `sheet` the way Excel does: the names that pointed into it become ``#REF!``."""

    def edit(workbook: Workbook) -> None:
        workbook.remove(workbook[sheet])
        for name in workbook.defined_names.values():
            if name.attr_text.startswith(f"'{sheet}'!"):
                name.attr_text = "#REF!" + name.attr_text.split("!", 1)[1]

    return edit


def _rename_sheet_as_excel_does(sheet: str, title: str) -> Callable[[Workbook], None]:
    """Return an edit renaming `sheet` the way Excel does: the defined names follow it."""

    def edit(workbook: Workbook) -> None:
        workbook[sheet].title = title
        for name in workbook.defined_names.values():
            name.attr_text = name.attr_text.replace(f"'{sheet}'!", f"'{title}'!")

    return edit


def _rename_table(sheet: str, table: str, name: str) -> Callable[[Workbook], None]:
    """Return an edit renaming Excel table `table` of `sheet` to `name` (Table Design › Table Name)."""

    def edit(workbook: Workbook) -> None:
        ws = workbook[sheet]
        renamed = ws.tables.pop(table)
        renamed.name = renamed.displayName = name
        ws.tables[name] = renamed

    return edit


def _set_meta_b1(value: object) -> Callable[[Workbook], None]:
    def edit(workbook: Workbook) -> None:
        workbook["_meta"]["B1"].value = value

    return edit


OPTIONS, PRICES_SHEET, INFO = "Giải pháp", "Đơn giá", "Thông tin"
COURSES, LOG = "Khóa học", "Số liệu"

CASES = [
    # --- the container ---
    Case("text-file", "kpi", raw_bytes(lambda _: b"Ky;Ma;Gia tri\n2003-01;E1;5\n"), "file.not_workbook",
         None, None, "không phải là sổ Excel .xlsx"),
    Case("legacy-xls", "kpi", raw_bytes(lambda _: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000),
         "file.legacy_or_encrypted", None, None, "định dạng Excel cũ (.xls)"),
    Case("truncated-zip", "kpi", raw_bytes(lambda data: data[: len(data) // 2]), "file.corrupt", None, None,
         "bị hỏng"),
    Case("damaged-part", "audit", raw_bytes(flip_crc("xl/worksheets/sheet4.xml")), "file.corrupt", None, None,
         "xl/worksheets/sheet4.xml is damaged"),
    Case("zip-bomb-ratio", "kpi", with_member("xl/media/image1.png", b"\0" * 20_000_000), "file.zip_bomb",
         None, None, "nội dung nén bất thường"),
    Case("zip-bomb-lying-header", "audit",
         raw_bytes(lambda data: lie_about_size(data, "xl/worksheets/sheet4.xml", 200)), "file.zip_bomb", None,
         None, "inflates past its declared size"),
    Case("too-large", "kpi", oversized, "file.too_large", None, None, "Tệp quá lớn"),
    Case("empty-file", "kpi", raw_bytes(lambda _: b""), "file.empty", None, None, "Tệp rỗng (0 byte)"),
    # --- kind and version ---
    Case("meta-deleted", "kpi", change(lambda wb: wb.remove(wb["_meta"])), "meta.missing", None, None,
         "thiếu sheet ẩn “_meta”"),
    Case("kind-unknown", "kpi", change(_set_meta_b1("budget")), "meta.kind_unknown", "_meta", "B1",
         "Loại sổ “budget”"),
    Case("kind-blank", "kpi", change(_set_meta_b1(None)), "meta.kind_missing", "_meta", "B1", "đang trống"),
    Case("version-newer", "training", cells("_meta", B2=3), "meta.version_newer", "_meta", "B2",
         "mẫu phiên bản 3, mới hơn phiên bản 2"),
    Case("version-invalid", "training", cells("_meta", B2="một"), "meta.version_invalid", "_meta", "B2",
         "Phiên bản mẫu “một”"),
    # --- structure ---
    Case("sheet-renamed", "training", change(lambda wb: setattr(wb["Chương trình"], "title", "Modules")),
         "sheet.missing", "Modules", None, "Sheet “Chương trình” đã bị đổi tên thành “Modules”. Hãy đặt lại"),
    Case("info-sheet-renamed", "kpi", change(_rename_sheet_as_excel_does(INFO, "Chung")), "sheet.missing", "Chung",
         None, "Sheet “Thông tin” đã bị đổi tên thành “Chung”"),
    Case("table-renamed", "audit", change(_rename_table(OPTIONS, "tblOptions", "Table1")), "table.missing", OPTIONS,
         "A4", "Bảng Excel “tblOptions” (Các giải pháp SXSH) trên sheet “Giải pháp” đã bị đổi tên thành “Table1”"),
    Case("table-deleted", "training", change(lambda wb: wb["Chương trình"].tables.pop("tblModules")),
         "table.missing", "Chương trình", None, "Không tìm thấy bảng Excel “tblModules”"),
    Case("column-renamed", "training",
         change(_rename_header("Chương trình", "tblModules", "C4", 2, "Nội dung chính")),
         "table.column_missing", "Chương trình", "C4",
         "Bảng “tblModules” thiếu cột “Nội dung”: ô tiêu đề của cột này đang ghi “Nội dung chính”"),
    Case("column-deleted", "training", change(lambda wb: wb["Chương trình"].delete_cols(2)),
         "table.column_missing", "Chương trình", "A4", "Bảng “tblModules” thiếu cột “Số ngày”. Đừng đổi tên"),
    Case("name-deleted", "kpi", change(lambda wb: wb.defined_names.pop("Year")), "name.missing", "Thông tin", None,
         "Thiếu tên định nghĩa “Year” (Năm), trong mẫu là tên của ô 'Thông tin'!B4"),
    Case("info-sheet-deleted", "audit", change(lambda wb: wb.remove(wb[INFO])), "sheet.missing", INFO, None,
         "Thiếu sheet “Thông tin”"),
    Case("info-sheet-deleted-names-to-ref", "training", change(_delete_sheet_as_excel_does(INFO)), "sheet.missing",
         INFO, None, "Thiếu sheet “Thông tin”"),
    Case("table-sheet-deleted", "audit", change(lambda wb: wb.remove(wb["Nhiên liệu"])), "sheet.missing",
         "Nhiên liệu", None, "Thiếu sheet “Nhiên liệu”"),
    Case("rows-outside-table", "training",
         cells(COURSES, A60="C09", B60="Khóa ngoài bảng", C60="Đào tạo các kỹ năng", F60=2, I60=10, L60="Hủy"),
         "table.rows_outside", COURSES, "A60",
         "Dòng 60 của sheet “Khóa học” có dữ liệu nằm ngoài bảng “tblCourses” (vùng A4:M54), ví dụ ô A60 = “C09”"),
    Case("rows-just-below-table", "audit", cells(OPTIONS, B55="Giải pháp 51", B56="Giải pháp 52", E58=70),
         "table.rows_outside", OPTIONS, "B55", "Dòng 55–56, 58 của sheet “Giải pháp”"),
    Case("error-below-table", "kpi", cells(LOG, C110="#REF!"), "table.rows_outside", LOG, "C110",
         "Hãy mở rộng bảng tới A4:C110"),
    Case("name-broken", "kpi", change(lambda wb: setattr(wb.defined_names["Year"], "attr_text", "#REF!")),
         "name.broken", "Thông tin", None, "trỏ tới “#REF!”"),
    # --- audit cells ---
    Case("sector-not-in-list", "audit", cells(INFO, B5="Ngân hàng"), "value.not_in_list", INFO, "B5",
         "“Ngân hàng” không có trong danh sách cho phép"),
    Case("company-blank", "audit", cells(INFO, B4=None), "value.required", INFO, "B4",
         "Hãy nhập tên doanh nghiệp"),
    Case("year-text", "audit", cells(INFO, B8="2003a"), "value.not_number", INFO, "B8",
         "“2003a” không phải là số"),
    Case("year-too-early", "audit", cells(INFO, B8=1850), "value.below_min", INFO, "B8",
         "1850 nhỏ hơn giá trị nhỏ nhất cho phép (1990)"),
    Case("vnd-without-rate", "audit", cells(INFO, B11="VND"), "name.required_when", INFO, "B12",
         "bắt buộc khi “Đơn vị tiền tệ” là “VND”"),
    Case("investment-text", "audit", cells(OPTIONS, E5="1.500 USD"), "value.not_number", OPTIONS, "E5",
         "Ô E5 (cột “Đầu tư”): “1.500 USD” không phải là số. Hãy nhập một số tiền (không kèm đơn vị"),
    Case("percent-typed-as-text", "audit", cells(INFO, B13="10%"), "value.not_number", INFO, "B13",
         "“10%” không phải là số. Hãy gõ số 10 không kèm dấu %"),
    Case("decimal-comma-as-text", "audit", cells(OPTIONS, F5="12,5"), "value.not_number", OPTIONS, "F5",
         "“12,5” không phải là số. Excel đã lưu giá trị này thành chữ vì dấu phân cách"),
    Case("number-stored-as-text", "audit", cells(OPTIONS, E5="1500"), "value.not_number", OPTIONS, "E5",
         "“1500” không phải là số. Số này được lưu dưới dạng chữ"),
    Case("investment-negative", "audit", cells(OPTIONS, E5=-5), "value.below_min", OPTIONS, "E5",
         "-5 nhỏ hơn giá trị nhỏ nhất cho phép (0)"),
    Case("status-not-in-list", "audit", cells(OPTIONS, D5="Xong"), "value.not_in_list", OPTIONS, "D5",
         "“Xong” không có trong danh sách"),
    Case("excel-error-in-input", "audit", cells(OPTIONS, G5="#DIV/0!"), "cell.excel_error", OPTIONS, "G5",
         "chứa lỗi Excel “#DIV/0!”"),
    Case("formula-overwritten", "audit", cells(OPTIONS, O5=1234), "formula.overwritten", OPTIONS, "O5",
         "đã bị ghi đè bằng giá trị 1234"),
    Case("input-formula-never-calculated", "audit", cells(OPTIONS, F5="=2*5"), "cell.formula_no_value",
         OPTIONS, "F5", "công thức chưa được tính"),
    Case("price-missing", "audit", cells(PRICES_SHEET, C6=None), "row.price_missing", PRICES_SHEET, "C6",
         "chưa có đơn giá của “Than” trong khi có lượng tiết kiệm khác 0 (ô Giải pháp!G5, G7)"),
    Case("sulphur-above-100", "audit", cells("Nhiên liệu", C5=150), "value.above_max", "Nhiên liệu", "C5",
         "150 lớn hơn giá trị lớn nhất cho phép (100)"),
    # --- training register ---
    Case("course-ends-before-start", "training", cells(COURSES, E5=dt.datetime(YEAR, 3, 1)), "row.date_order",
         COURSES, "E5", "ngày 01/03/2003 trước ngày bắt đầu 10/03/2003"),
    Case("field-visits-above-person-days", "training", cells(COURSES, K5=61), "row.part_above_whole", COURSES,
         "K5", "61 lớn hơn “Người-ngày” = 60"),
    Case("person-days-typed-over", "training", cells(COURSES, J5=60), "formula.overwritten", COURSES, "J5",
         "phải chứa công thức"),
    Case("duplicate-course-code", "training", cells(COURSES, A6="C01"), "value.duplicate", COURSES, "A6",
         "“C01” trùng với ô A5"),
    Case("participants-fraction", "training", cells(COURSES, I5=20.5), "value.not_integer", COURSES, "I5",
         "20,5 không phải số nguyên"),
    Case("date-typed-as-text", "training", cells(COURSES, D5="10/03/2003"), "value.not_date", COURSES, "D5",
         "“10/03/2003” không phải ngày tháng"),
    Case("end-date-typed-as-text", "training", cells(COURSES, E5="14/3/2003"), "value.not_date", COURSES, "E5",
         "“14/3/2003” không phải ngày tháng. Giá trị là chữ (có lẽ là ngày 14 tháng 3 năm 2003)"),
    Case("error-in-days", "training", cells(COURSES, F5="#N/A"), "cell.excel_error", COURSES, "F5",
         "lỗi Excel “#N/A”"),
    Case("training-type-unknown", "training", cells("Kế hoạch", A5="Đào tạo trực tuyến"), "value.not_in_list",
         "Kế hoạch", "A5", "“Đào tạo trực tuyến” không có trong danh sách"),
    Case("held-course-of-another-year", "training",
         cells(COURSES, D5=dt.date(2002, 3, 10), E5=dt.date(2002, 3, 12)), "row.date_outside_year", COURSES,
         "D5", "ngày 10/03/2002 thuộc năm 2002, không thuộc năm 2003"),
    # --- KPI log ---
    Case("period-outside-year", "kpi", cells(LOG, A5="2004-01"), "row.period_outside_year", LOG, "A5",
         "kỳ “2004-01” không thuộc năm 2003"),
    Case("unknown-kpi-code", "kpi", cells(LOG, B5="X9"), "row.unknown_reference", LOG, "B5",
         "mã “X9” không có trong cột “Mã”"),
    Case("bad-period", "kpi", cells(LOG, A5="2003-13"), "value.bad_period", LOG, "A5",
         "“2003-13” không phải kỳ hợp lệ"),
    Case("log-value-blank", "kpi", cells(LOG, C5=None), "value.required", LOG, "C5",
         "đang trống nhưng bắt buộc"),
    Case("duplicate-denominator-period", "kpi", cells("Mẫu số", A6="2003-01"), "value.duplicate", "Mẫu số",
         "A6", "“2003-01” trùng với ô A5"),
    Case("denominator-month-and-its-quarter", "kpi", cells("Mẫu số", A6="2003-Q1"), "row.period_overlap",
         "Mẫu số", "A6", "kỳ “2003-Q1” trùng thời gian với kỳ “2003-01” ở ô A5"),
    # --- centre file ---
    Case("outreach-of-another-year", "centre", cells("Truyền thông", C5=dt.date(2002, 5, 4)),
         "row.date_outside_year", "Truyền thông", "C5", "thuộc năm 2002, không thuộc năm 2003"),
    Case("narrative-section-unknown", "centre", cells("Nội dung", A5="gioi_thieu"), "value.not_in_list",
         "Nội dung", "A5", "“gioi_thieu” không có trong danh sách"),
    Case("staff-months-above-12", "centre", cells("Cán bộ", E5=13), "value.above_max", "Cán bộ", "E5",
         "13 lớn hơn giá trị lớn nhất cho phép (12)"),
    Case("degree-blank", "centre", cells("Cán bộ", B5=None), "value.required", "Cán bộ", "B5",
         "Ô B5 (cột “Học hàm, học vị”) đang trống"),
]  # fmt: skip


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Return one valid workbook per kind (the sources every broken copy is made from)."""
    folder = tmp_path_factory.mktemp("sources")
    return {
        kind: write_valid(kind, folder / f"{kind}.xlsx") for kind in ("audit", "training", "kpi", "centre")
    }


@pytest.fixture(scope="module")
def source_hashes(sources: dict[str, Path]) -> dict[str, str]:
    return {kind: sha256(path) for kind, path in sources.items()}


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 30
    assert len({case.id for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_broken_workbook_gives_exactly_its_issue(
    case: Case, sources: dict[str, Path], source_hashes: dict[str, str], tmp_path: Path
) -> None:
    assert read_workbook(sources[case.kind]).ok
    bad = case.make(sources[case.kind], tmp_path / f"{case.id}.xlsx")
    assert sha256(sources[case.kind]) == source_hashes[case.kind]  # the valid source is untouched
    before = sha256(bad)
    data = read_workbook(bad)
    assert sha256(bad) == before
    assert not data.ok
    assert len(data.errors) == 1, [(i.code, i.sheet, i.cell, i.message_vi) for i in data.errors]
    issue = data.errors[0]
    assert (issue.code, issue.sheet, issue.cell) == (case.code, case.sheet, case.cell)
    assert case.fragment in issue.message(), issue.message_vi + " | " + issue.message_en
    assert issue.file == str(bad) and issue.message_en and issue.message_en != issue.message_vi
    if case.code not in {"file.too_large"}:
        assert data.sha256 == before


def test_lost_formula_is_a_warning(sources: dict[str, Path], tmp_path: Path) -> None:
    data = read_workbook(set_cells(sources["audit"], tmp_path / "lost.xlsx", OPTIONS, {"S5": None}))
    assert data.ok
    assert [(i.code, i.severity, i.sheet, i.cell) for i in data.issues] == [
        ("formula.missing", Severity.WARNING, OPTIONS, "S5")
    ]


def _damaged(data: bytes, rng: random.Random) -> bytes:
    """Return `data` with a few random bytes changed, a random cut, or random bytes inserted."""
    damaged = bytearray(data)
    mode = rng.randrange(3)
    if mode == 0:
        for _ in range(rng.randint(1, 5)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
    elif mode == 1:
        del damaged[rng.randrange(len(damaged)) :]
    else:
        at = rng.randrange(len(damaged))
        damaged[at:at] = rng.randbytes(rng.randint(1, 50))
    return bytes(damaged)


XML_NOISE = [b"<", b">", b'"', b'r="', b't="e"', b"<f>", b"</c>", b"&", b"\xff", b'ref="A1:B"', b"$", b"!"]


def _damaged_part(members: list[tuple[zipfile.ZipInfo, bytes]], rng: random.Random) -> bytes:
    """Return a sound zip in which one part's XML has random cuts and insertions."""
    target = rng.randrange(len(members))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, (info, data) in enumerate(members):
            if index == target:
                part = bytearray(data)
                for _ in range(rng.randint(1, 4)):
                    at = rng.randrange(len(part) + 1)
                    part[at:at] = rng.choice(XML_NOISE) if rng.random() < 0.5 else b""
                    del part[at : at + rng.randint(0, 20)]
                data = bytes(part)
            archive.writestr(info.filename, data)
    return buffer.getvalue()


@pytest.mark.parametrize("kind", ["audit", "training"])
def test_random_damage_never_raises(kind: str, sources: dict[str, Path], tmp_path: Path) -> None:
    """Hundreds of randomly damaged files: each gives a `WorkbookData`, never an exception."""
    data = sources[kind].read_bytes()
    with zipfile.ZipFile(sources[kind]) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    rng = random.Random(2003)
    codes: set[str] = set()
    for index in range(150):
        bad = tmp_path / f"damaged{index}.xlsx"
        bad.write_bytes(_damaged(data, rng) if index % 2 else _damaged_part(members, rng))
        result = read_workbook(bad)
        codes.update(issue.code for issue in result.errors)
        assert all(issue.message_vi and issue.message_en for issue in result.issues)
    assert "file.corrupt" in codes


def test_course_planned_for_next_year_may_stand_in_the_register(
    sources: dict[str, Path], tmp_path: Path
) -> None:
    planned = {"D5": dt.date(YEAR + 1, 2, 16), "E5": dt.date(YEAR + 1, 2, 18), "L5": "Kế hoạch"}
    broken = cells(COURSES, **planned)(sources["training"], tmp_path / "planned.xlsx")
    assert read_workbook(broken).errors == []


def test_the_english_message_of_a_value_not_in_the_list_gives_each_value_its_label(
    sources: dict[str, Path], tmp_path: Path
) -> None:
    bad = set_cells(sources["audit"], tmp_path / "sector.xlsx", "Thông tin", {"B5": "Ngân hàng"})
    (issue,) = read_workbook(bad).errors
    assert "(Dệt may; Giấy và bột giấy;" in issue.message("vi")
    assert "(Dệt may (Textiles and garments); Giấy và bột giấy (Pulp and paper);" in issue.message("en")
    assert issue.message("en").endswith("Khác (Other)). Pick a value from the drop-down list.")
