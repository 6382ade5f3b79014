"""The texts of every workbook issue, in Vietnamese and English, and `make_issue` that fills them in.

Each text says where the problem is, quotes the bad value, says what was expected and what to do.
Placeholders are filled from keyword arguments; ``{where}`` is the cell and column (or name) at fault.
"""

from __future__ import annotations

from typing import Any

from vncpc_xl.errors import Issue, Severity
from vncpc_xl.workbook._cells import show

# code -> (Vietnamese, English)
TEXTS: dict[str, tuple[str, str]] = {
    # --- the file itself ---
    "file.not_found": (
        "Không tìm thấy tệp “{path}”. Hãy kiểm tra lại đường dẫn.",
        "File “{path}” not found. Check the path.",
    ),
    "file.unreadable": (
        "Không đọc được tệp ({detail}). Hãy đóng tệp trong chương trình khác hoặc kiểm tra quyền truy cập "
        "rồi thử lại.",
        "The file cannot be read ({detail}). Close it in other programs or check the permissions, then try "
        "again.",
    ),
    "file.too_large": (
        "Tệp quá lớn ({size} byte, giới hạn {limit} byte). Sổ VNCPC thường nhỏ hơn 1 MB; hãy kiểm tra đây có "
        "đúng là sổ cần đọc không.",
        "The file is too large ({size} bytes, limit {limit}). A VNCPC workbook is usually under 1 MB; check "
        "that this is the right file.",
    ),
    "file.not_workbook": (
        "Tệp không phải là sổ Excel .xlsx. Hãy mở tệp bằng Excel và lưu lại dạng “Sổ làm việc Excel "
        "(*.xlsx)”, hoặc bỏ tệp này khỏi thư mục.",
        "The file is not an Excel .xlsx workbook. Open it in Excel and save it as “Excel Workbook (*.xlsx)”, "
        "or remove it from the folder.",
    ),
    "file.legacy_or_encrypted": (
        "Tệp là định dạng Excel cũ (.xls) hoặc đã được đặt mật khẩu mở tệp. Hãy mở trong Excel, bỏ mật khẩu "
        "(Tệp › Thông tin › Bảo vệ sổ làm việc) và lưu lại dạng .xlsx.",
        "The file is a legacy Excel file (.xls) or has an opening password. Open it in Excel, remove the "
        "password (File › Info › Protect Workbook) and save it as .xlsx.",
    ),
    "file.encrypted": (
        "Tệp có phần được mã hóa ({detail}) nên không đọc được. Hãy bỏ mật khẩu và lưu lại tệp trong Excel.",
        "Part of the file is encrypted ({detail}) and cannot be read. Remove the password and save it again "
        "in Excel.",
    ),
    "file.corrupt": (
        "Tệp .xlsx bị hỏng ({detail}). Hãy mở bằng Excel (Excel sẽ đề nghị khôi phục) và lưu lại, hoặc dùng "
        "bản sao lưu.",
        "The .xlsx file is damaged ({detail}). Open it in Excel (Excel offers to repair it) and save it "
        "again, or use a backup copy.",
    ),
    "file.zip_bomb": (
        "Tệp bị từ chối vì nội dung nén bất thường ({detail}); đây có thể là tệp độc hại. Không mở tệp này; "
        "hãy xin lại bản gốc từ người gửi.",
        "The file was refused because its compressed content is abnormal ({detail}); it may be malicious. Do "
        "not open it; ask the sender for the original.",
    ),
    "file.macros": (
        "Tệp có macro (VBA). Macro không bao giờ được chạy; chỉ dữ liệu trong các ô được đọc.",
        "The file contains macros (VBA). Macros are never run; only the cell data is read.",
    ),
    # --- what kind of workbook ---
    "meta.missing": (
        "Đây không phải sổ VNCPC: thiếu sheet ẩn “_meta” cho biết loại sổ. Hãy tạo sổ từ mẫu (lệnh “vncpc-xl "
        "new” hoặc thẻ VNCPC trên Excel) rồi chép dữ liệu sang.",
        "This is not a VNCPC workbook: the hidden sheet “_meta” that names its kind is missing. Create the "
        "workbook from a template (“vncpc-xl new” or the VNCPC ribbon tab) and copy the data into it.",
    ),
    "meta.kind_unknown": (
        "Loại sổ {value} ghi trong _meta!B1 không hợp lệ; cần một trong: {expected}. Hãy tạo lại sổ từ mẫu.",
        "The workbook kind {value} in _meta!B1 is unknown; expected one of: {expected}. Recreate the "
        "workbook from a template.",
    ),
    "meta.kind_missing": (
        "Ô _meta!B1, nơi ghi loại sổ, đang trống; cần một trong: {expected}. Hãy tạo lại sổ từ mẫu và "
        "chép dữ liệu sang.",
        "Cell _meta!B1, which names the workbook kind, is blank; expected one of: {expected}. Recreate the "
        "workbook from a template and copy the data into it.",
    ),
    "meta.version_newer": (
        "Sổ được tạo từ mẫu phiên bản {value}, mới hơn phiên bản {expected} mà phần mềm này đọc được. Hãy "
        "cập nhật vncpc-xl.",
        "The workbook was made from template version {value}, newer than version {expected} that this "
        "software reads. Update vncpc-xl.",
    ),
    "meta.version_invalid": (
        "Phiên bản mẫu {value} ghi trong _meta!B2 không hợp lệ; cần số nguyên từ 1 đến {expected}. Hãy tạo "
        "lại sổ từ mẫu.",
        "The template version {value} in _meta!B2 is invalid; expected a whole number from 1 to {expected}. "
        "Recreate the workbook from a template.",
    ),
    # --- structure ---
    "sheet.missing": (
        "Thiếu sheet “{sheet_name}”. Nếu sheet đã bị đổi tên, hãy đặt lại đúng tên “{sheet_name}”; nếu đã bị "
        "xóa, hãy tạo lại sổ từ mẫu.",
        "Sheet “{sheet_name}” is missing. If it was renamed, rename it back to “{sheet_name}”; if it was "
        "deleted, recreate the workbook from a template.",
    ),
    "table.missing": (
        "Không tìm thấy bảng Excel “{table}” ({title}) trên sheet “{sheet_name}”. Đừng xóa hay đổi tên bảng; "
        "hãy chép dữ liệu sang một sổ mới tạo từ mẫu.",
        "Excel table “{table}” ({title}) was not found on sheet “{sheet_name}”. Do not delete or rename "
        "tables; copy the data into a new workbook made from the template.",
    ),
    "table.column_missing": (
        "Bảng “{table}” thiếu cột “{header}”. Đừng đổi tên hay xóa cột; hãy đặt lại tiêu đề cột đúng là "
        "“{header}”.",
        "Table “{table}” has no column “{header}” ({header_en}). Do not rename or delete columns; set the "
        "column header back to “{header}”.",
    ),
    "name.missing": (
        "Thiếu tên định nghĩa “{name}” ({label}). Hãy tạo lại sổ từ mẫu, hoặc định nghĩa lại tên “{name}” "
        "cho ô giá trị (Công thức › Trình quản lý Tên).",
        "Defined name “{name}” ({label_en}) is missing. Recreate the workbook from a template, or define the "
        "name “{name}” again for its value cell (Formulas › Name Manager).",
    ),
    "name.broken": (
        "Tên định nghĩa “{name}” ({label}) trỏ tới {value}, không phải một ô của sổ này. Hãy định nghĩa lại "
        "tên “{name}” cho ô giá trị (Công thức › Trình quản lý Tên).",
        "Defined name “{name}” ({label_en}) refers to {value}, not a cell of this workbook. Define the name "
        "“{name}” again for its value cell (Formulas › Name Manager).",
    ),
    # --- single cells ---
    "cell.excel_error": (
        "{where} chứa lỗi Excel {value} thay vì một giá trị. Hãy nhập lại giá trị đúng (lỗi không được coi "
        "là trống hay bằng 0).",
        "{where} holds the Excel error {value} instead of a value. Type the right value again (an error is "
        "never read as blank or zero).",
    ),
    "cell.formula_no_value": (
        "{where} chứa công thức chưa được tính nên không có giá trị. Hãy nhập trực tiếp con số, hoặc mở sổ "
        "bằng Excel và lưu lại.",
        "{where} holds a formula that was never calculated, so it has no value. Type the number itself, or "
        "open the workbook in Excel and save it.",
    ),
    "formula.overwritten": (
        "{where} phải chứa công thức nhưng đã bị ghi đè bằng giá trị {value}. Hãy chép lại công thức từ một "
        "ô khác của cùng cột (ô này được tính tự động, không nhập tay).",
        "{where} must hold a formula but was overwritten with the value {value}. Copy the formula back from "
        "another cell of the same column (this cell is computed, not typed).",
    ),
    "formula.missing": (
        "{where} không còn công thức. Hãy chép lại công thức từ một ô khác của cùng cột.",
        "{where} has lost its formula. Copy the formula back from another cell of the same column.",
    ),
    "value.required": (
        "{where} đang trống nhưng bắt buộc phải có. Hãy nhập {expected}.",
        "{where} is blank but required. Enter {expected_en}.",
    ),
    "value.not_in_list": (
        "{where}: {value} không có trong danh sách cho phép ({expected}). Hãy chọn một giá trị từ danh sách "
        "thả xuống.",
        "{where}: {value} is not in the allowed list ({expected}). Pick a value from the drop-down list.",
    ),
    "value.not_number": (
        "{where}: {value} không phải là số. Hãy nhập một con số (không kèm đơn vị hay chữ), hoặc để trống.",
        "{where}: {value} is not a number. Type a number (no unit or words), or leave it blank.",
    ),
    "value.not_integer": (
        "{where}: {value} không phải số nguyên. Hãy nhập một số nguyên.",
        "{where}: {value} is not a whole number. Type a whole number.",
    ),
    "value.not_date": (
        "{where}: {value} không phải ngày tháng. Hãy nhập ngày dạng ngày của Excel, ví dụ 15/03/2003.",
        "{where}: {value} is not a date. Type an Excel date, e.g. 15/03/2003.",
    ),
    "value.bad_period": (
        "{where}: {value} không phải kỳ hợp lệ. Hãy nhập dạng YYYY-MM (tháng, vd. 2003-07) hoặc YYYY-Qn "
        "(quý, vd. 2003-Q3).",
        "{where}: {value} is not a valid period. Type YYYY-MM (month, e.g. 2003-07) or YYYY-Qn (quarter, "
        "e.g. 2003-Q3).",
    ),
    "value.below_min": (
        "{where}: {value} nhỏ hơn giá trị nhỏ nhất cho phép ({expected}). Hãy sửa lại.",
        "{where}: {value} is below the smallest allowed value ({expected}). Correct it.",
    ),
    "value.above_max": (
        "{where}: {value} lớn hơn giá trị lớn nhất cho phép ({expected}). Hãy sửa lại.",
        "{where}: {value} is above the largest allowed value ({expected}). Correct it.",
    ),
    "value.duplicate": (
        "{where}: {value} trùng với ô {other}; mỗi giá trị trong cột này chỉ được xuất hiện một lần. Hãy sửa "
        "một trong hai ô.",
        "{where}: {value} repeats cell {other}; each value of this column may appear only once. Correct one "
        "of the two cells.",
    ),
    # --- named checks of the schema ---
    "row.date_order": (
        "{where}: ngày {value} trước ngày bắt đầu {other_value} (ô {other}). Hãy sửa ngày bắt đầu hoặc ngày "
        "kết thúc.",
        "{where}: the date {value} is before the start date {other_value} (cell {other}). Correct the start "
        "or the end date.",
    ),
    "row.part_above_whole": (
        "{where}: {value} lớn hơn “{whole_header}” = {other_value} (ô {other}), trong khi đây chỉ là một "
        "phần của nó. Hãy sửa lại số liệu.",
        "{where}: {value} is larger than “{whole_header}” = {other_value} (cell {other}), of which it is "
        "only a part. Correct the figures.",
    ),
    "name.required_when": (
        "{where} đang trống nhưng bắt buộc khi “{when_label}” là {other_value}. Hãy nhập {expected}.",
        "{where} is blank but required when “{when_label_en}” is {other_value}. Enter {expected_en}.",
    ),
    "row.price_missing": (
        "{where}: chưa có đơn giá của {value} trong khi có lượng tiết kiệm khác 0 (ô {other}). Hãy nhập "
        "đơn giá: một lượng khác 0 không có đơn giá là lỗi, không được tính bằng 0.",
        "{where}: no price for {value}, yet a non-zero quantity is entered (cells {other}). Enter the unit "
        "price: a non-zero quantity without a price is an error, never counted as zero.",
    ),
    "row.period_outside_year": (
        "{where}: kỳ {value} không thuộc năm {other_value} của sổ (ô {other}). Hãy sửa kỳ, hoặc ghi số liệu "
        "này vào sổ của năm {year}.",
        "{where}: period {value} is not in the workbook's year {other_value} (cell {other}). Correct the "
        "period, or record it in the workbook of {year}.",
    ),
    "row.unknown_reference": (
        "{where}: mã {value} không có trong cột “{target_header}” của bảng “{target_table}”. Hãy thêm mã này "
        "vào bảng “{target_table}” hoặc sửa lại mã.",
        "{where}: code {value} is not in column “{target_header}” of table “{target_table}”. Add it to table "
        "“{target_table}” or correct the code.",
    ),
}

WARNINGS = frozenset({"file.macros", "formula.missing"})


class _Blank(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "?"


def _rendered(params: dict[str, Any], lang: str) -> dict[str, Any]:
    """Return `params` with numbers and dates written as `lang` writes them (text is left as given)."""
    return {key: value if isinstance(value, str) else show(value, lang) for key, value in params.items()}


def where_cell(cell: str | None, header: str | None = None, header_en: str | None = None) -> tuple[str, str]:
    """Return the ``{where}`` phrase in both languages for a table cell, e.g. ``Ô F12 (cột “Đầu tư”)``."""
    vi = f"Ô {cell}" if cell else "Bảng"
    en = f"Cell {cell}" if cell else "Table"
    if header:
        vi += f" (cột “{header}”)"
        en += f" (column “{header}”" + (f", {header_en})" if header_en and header_en != header else ")")
    return vi, en


def where_name(cell: str | None, label: str, label_en: str) -> tuple[str, str]:
    """Return the ``{where}`` phrase for the value cell of a defined name, e.g. ``Ô B4 (“Năm”)``."""
    return (f"Ô {cell} (“{label}”)" if cell else f"“{label}”"), (
        f"Cell {cell} ({label_en})" if cell else label_en
    )


def make_issue(
    code: str,
    file: str,
    *,
    sheet: str | None = None,
    cell: str | None = None,
    column: str | None = None,
    value: Any = None,
    where: tuple[str, str] = ("", ""),
    extra: dict[str, Any] | None = None,
    **params: Any,
) -> Issue:
    """Return the `Issue` of `code` with its two messages filled from `where` and `params`.

    `value` is the bad value as read; the messages quote it (``{value}``) unless `params` gives ``shown``.
    """
    vi, en = TEXTS[code]
    shown = params.pop("shown", None)
    fields_vi = _Blank(_rendered(params, "vi"), where=where[0])
    fields_en = _Blank(_rendered(params, "en"), where=where[1])
    for fields, lang in ((fields_vi, "vi"), (fields_en, "en")):
        fields["value"] = shown if shown is not None else ("" if value is None else show(value, lang))
    fields_en.setdefault("expected_en", fields_en.get("expected", "?"))
    severity = Severity.WARNING if code in WARNINGS else Severity.ERROR
    return Issue(
        code=code,
        file=file,
        message_vi=vi.format_map(fields_vi),
        message_en=en.format_map(fields_en),
        sheet=sheet,
        cell=cell,
        column=column,
        value=value if isinstance(value, (str, int, float, bool, type(None))) else str(value),
        severity=severity,
        extra=extra or {},
    )
