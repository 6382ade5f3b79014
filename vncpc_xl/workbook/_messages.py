"""The texts of every workbook issue, in Vietnamese and English, and `make_issue` that fills them in.

Each text says where the problem is, quotes the bad value, says what was expected and what to do.
Placeholders are filled from keyword arguments; ``{where}`` is the cell and column (or name) at fault.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from vncpc_xl.errors import Issue, Severity
from vncpc_xl.schema import ValueType
from vncpc_xl.workbook._cells import show

# What a cell of each type should hold, as the messages say it (Vietnamese, English).
EXPECTED: dict[ValueType, tuple[str, str]] = {
    ValueType.TEXT: ("nội dung", "a text"),
    ValueType.INTEGER: ("một số nguyên", "a whole number"),
    ValueType.NUMBER: ("một số", "a number"),
    ValueType.MONEY: ("một số tiền", "an amount"),
    ValueType.PERCENT: ("một tỷ lệ phần trăm (vd. 10 cho 10 %)", "a percentage (e.g. 10 for 10 %)"),
    ValueType.DATE: ("một ngày", "a date"),
    ValueType.PERIOD: ("một kỳ dạng YYYY-MM hoặc YYYY-Qn", "a period YYYY-MM or YYYY-Qn"),
}
NUMBER_TYPES = frozenset({ValueType.INTEGER, ValueType.NUMBER, ValueType.MONEY, ValueType.PERCENT})
_PLAIN_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")
_SEPARATED_NUMBER = re.compile(r"^[+-]?\d{1,3}(?:[.,  ]\d{3})+(?:[.,]\d+)?$|^[+-]?\d+,\d+$")
_PERCENT_TEXT = re.compile(r"^([+-]?\d+(?:[.,]\d+)?)\s*%$")
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_DATE_TEXT = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")

# code -> (Vietnamese, English)
TEXTS: dict[str, tuple[str, str]] = {
    # --- the file itself ---
    "file.not_found": (
        "Không tìm thấy tệp “{path}”. Hãy kiểm tra lại đường dẫn.",
        "File “{path}” not found. Check the path.",
    ),
    "file.unreadable": (
        "Không đọc được tệp. Hãy đóng tệp trong chương trình khác hoặc kiểm tra quyền truy cập rồi thử lại "
        "(chi tiết kỹ thuật: {detail}).",
        "The file cannot be read ({detail}). Close it in other programs or check the permissions, then try "
        "again.",
    ),
    "file.too_large": (
        "Tệp quá lớn ({size} byte, giới hạn {limit} byte). Sổ VNCPC thường nhỏ hơn 1 MB; hãy kiểm tra đây có "
        "đúng là sổ cần đọc không.",
        "The file is too large ({size} bytes, limit {limit}). A VNCPC workbook is usually under 1 MB; check "
        "that this is the right file.",
    ),
    "file.empty": (
        "Tệp rỗng (0 byte), không có dữ liệu. Có lẽ tệp bị hỏng khi sao chép hoặc lưu; hãy chép lại tệp từ "
        "bản gốc.",
        "The file is empty (0 bytes). It was probably damaged while being copied or saved; copy it again "
        "from the original.",
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
    "file.password": (
        "Tệp đã được đặt mật khẩu mở tệp nên phần mềm không đọc được. Hãy mở tệp trong Excel, bỏ mật khẩu "
        "(Tệp › Thông tin › Bảo vệ Sổ làm việc › Mã hóa bằng Mật khẩu, xóa mật khẩu rồi bấm OK) và lưu lại.",
        "The file has an opening password, so it cannot be read. Open it in Excel, remove the password (File "
        "› Info › Protect Workbook › Encrypt with Password, clear the password, OK) and save it.",
    ),
    "file.encrypted": (
        "Tệp có phần được mã hóa nên không đọc được. Hãy bỏ mật khẩu và lưu lại tệp trong Excel "
        "(chi tiết kỹ thuật: {detail}).",
        "Part of the file is encrypted ({detail}) and cannot be read. Remove the password and save it again "
        "in Excel.",
    ),
    "file.corrupt": (
        "Tệp .xlsx bị hỏng. Hãy mở bằng Excel (Excel sẽ đề nghị khôi phục) và lưu lại, hoặc dùng bản sao lưu "
        "(chi tiết kỹ thuật: {detail}).",
        "The .xlsx file is damaged ({detail}). Open it in Excel (Excel offers to repair it) and save it "
        "again, or use a backup copy.",
    ),
    "file.zip_bomb": (
        "Tệp bị từ chối vì nội dung nén bất thường; đây có thể là tệp độc hại. Không mở tệp này; hãy xin lại "
        "bản gốc từ người gửi (chi tiết kỹ thuật: {detail}).",
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
    "sheet.renamed": (
        "Sheet “{sheet_name}” đã bị đổi tên thành “{current}”. Hãy đặt lại đúng tên “{sheet_name}” (nhấp đúp "
        "vào tên sheet ở dưới cửa sổ Excel).",
        "Sheet “{sheet_name}” was renamed to “{current}”. Rename it back to “{sheet_name}” (double-click the "
        "sheet tab at the bottom of the Excel window).",
    ),
    "table.missing": (
        "Không tìm thấy bảng Excel “{table}” ({title}) trên sheet “{sheet_name}”. Đừng xóa hay đổi tên bảng; "
        "hãy chép dữ liệu sang một sổ mới tạo từ mẫu.",
        "Excel table “{table}” ({title_en}) was not found on sheet “{sheet_name}”. Do not delete or rename "
        "tables; copy the data into a new workbook made from the template.",
    ),
    "table.renamed": (
        "Bảng Excel “{table}” ({title}) trên sheet “{sheet_name}” đã bị đổi tên thành “{current}”. Hãy đặt lại "
        "đúng tên “{table}” (chọn một ô trong bảng › Thiết kế Bảng › Tên Bảng).",
        "Excel table “{table}” ({title_en}) on sheet “{sheet_name}” was renamed to “{current}”. Rename it back "
        "to “{table}” (select a cell of the table › Table Design › Table Name).",
    ),
    "table.column_missing": (
        "Bảng “{table}” thiếu cột “{header}”. Đừng đổi tên hay xóa cột; hãy đặt lại tiêu đề cột đúng là "
        "“{header}”.",
        "Table “{table}” has no column “{header}” ({header_en}). Do not rename or delete columns; set the "
        "column header back to “{header}”.",
    ),
    "table.column_renamed": (
        "Bảng “{table}” thiếu cột “{header}”: ô tiêu đề của cột này đang ghi {value}. Hãy sửa tiêu đề đó lại "
        "đúng là “{header}” (đừng đổi tên hay xóa cột).",
        "Table “{table}” has no column “{header}” ({header_en}): the header of this column reads {value}. Set "
        "that header back to “{header}” (do not rename or delete columns).",
    ),
    "name.missing": (
        "Thiếu tên định nghĩa “{name}” ({label}), trong mẫu là tên của ô {template_cell}. Hãy định nghĩa lại "
        "tên “{name}” cho ô giá trị đó (Công thức › Trình quản lý Tên › Mới), hoặc tạo lại sổ từ mẫu.",
        "Defined name “{name}” ({label_en}) is missing; in the template it names cell {template_cell}. "
        "Define the name “{name}” again for that value cell (Formulas › Name Manager › New), or recreate "
        "the workbook from a template.",
    ),
    "name.broken": (
        "Tên định nghĩa “{name}” ({label}) trỏ tới {value}, không phải một ô của sổ này. Hãy định nghĩa lại "
        "tên “{name}” cho ô giá trị (trong mẫu là ô {template_cell}; Công thức › Trình quản lý Tên).",
        "Defined name “{name}” ({label_en}) refers to {value}, not a cell of this workbook. Define the name "
        "“{name}” again for its value cell (cell {template_cell} in the template; Formulas › Name Manager).",
    ),
    "table.rows_outside": (
        "Dòng {rows} của sheet “{sheet_name}” có dữ liệu nằm ngoài bảng “{table}” (vùng {ref}), ví dụ ô "
        "{at} = {value}; dữ liệu ngoài bảng không được đọc nên sẽ bị bỏ sót. Hãy mở rộng bảng tới {new_ref} "
        "(bỏ bảo vệ trang tính, chọn một ô trong bảng › Thiết kế Bảng › Đổi kích thước Bảng, hoặc kéo góc "
        "dưới phải của bảng), hoặc xóa các dòng đó nếu không phải dữ liệu của bảng.",
        "Row(s) {rows} of sheet “{sheet_name}” hold data outside table “{table}” (range {ref}), e.g. cell "
        "{at} = {value}; data outside the table is not read, so it would be left out. Extend the table to "
        "{new_ref} (unprotect the sheet, select a cell of the table › Table Design › Resize Table, or drag "
        "its bottom-right corner), or delete those rows if they are not table data.",
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
        "{where} không có công thức (ô đã bị xóa, hoặc dòng được chèn thêm). Hãy chép công thức từ một ô "
        "khác của cùng cột; khi tổng hợp, phần mềm vẫn tự tính lại giá trị này.",
        "{where} has no formula (the cell was cleared, or the row was inserted). Copy the formula from another "
        "cell of the same column; the consolidation recomputes this value anyway.",
    ),
    "value.required": (
        "{where} đang trống nhưng bắt buộc phải có. Hãy nhập {expected}.",
        "{where} is blank but required. Enter {expected_en}.",
    ),
    "value.not_in_list": (
        "{where}: {value} không có trong danh sách cho phép ({expected}). Hãy chọn một giá trị từ danh sách "
        "thả xuống.",
        "{where}: {value} is not in the allowed list ({expected_en}). Pick a value from the drop-down list.",
    ),
    "value.not_number": (
        "{where}: {value} không phải là số. {hint}",
        "{where}: {value} is not a number. {hint_en}",
    ),
    "value.not_integer": (
        "{where}: {value} không phải số nguyên. Hãy nhập một số nguyên.",
        "{where}: {value} is not a whole number. Type a whole number.",
    ),
    "value.not_date": (
        "{where}: {value} không phải ngày tháng. {hint}",
        "{where}: {value} is not a date. {hint_en}",
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
    "row.date_outside_year": (
        "{where}: ngày {value} thuộc năm {year}, không thuộc năm {other_value} của sổ (ô {other}). Hãy sửa "
        "ngày, hoặc ghi dòng này vào sổ của năm {year}.",
        "{where}: date {value} is in {year}, not in the workbook's year {other_value} (cell {other}). Correct "
        "the date, or record this row in the workbook of {year}.",
    ),
    "row.period_overlap": (
        "{where}: kỳ {value} trùng thời gian với kỳ “{other_value}” ở ô {other}, nên mẫu số bị tính hai lần. "
        "Hãy ghi theo tháng hoặc theo quý, không cả hai, rồi xóa một trong hai dòng.",
        "{where}: period {value} overlaps period “{other_value}” in cell {other}, so the denominator would be "
        "counted twice. Record by month or by quarter, not both, and delete one of the two rows.",
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
    variant: str | None = None,
    **params: Any,
) -> Issue:
    """Return the `Issue` of `code` with its two messages filled from `where` and `params`.

    `value` is the bad value as read; the messages quote it (``{value}``) unless `params` gives ``shown``.
    `variant` names another text of `TEXTS` for the same code (a more precise wording for the case).
    """
    vi, en = TEXTS[variant or code]
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


# ---- what to do about a value of the wrong type: the {hint} of value.not_number and value.not_date ----

HINTS: dict[str, tuple[str, str]] = {
    "percent_sign": (
        "Hãy gõ số {number} không kèm dấu %: cột này đã tính bằng phần trăm (10 nghĩa là 10 %).",
        "Type the number {number} without the % sign: this column is already in percent (10 means 10 %).",
    ),
    "number_as_text": (
        "Số này được lưu dưới dạng chữ (Excel đánh dấu tam giác xanh ở góc ô). Hãy chọn ô, bấm biểu tượng "
        "cảnh báo › Chuyển thành Số (Convert to Number), hoặc gõ lại số.",
        "The number is stored as text (Excel marks the cell with a green triangle). Select the cell and "
        "choose the warning icon › Convert to Number, or type the number again.",
    ),
    "separators": (
        "Excel đã lưu giá trị này thành chữ vì dấu phân cách không khớp với cài đặt số của máy. Hãy gõ lại "
        "số, không có dấu phân cách hàng nghìn, với đúng dấu thập phân của máy (dấu chấm hoặc dấu phẩy).",
        "Excel kept this as text because its separators do not match the computer's number settings. Type "
        "the number again, without thousands separators, with the computer's decimal mark (point or comma).",
    ),
    "number": (
        "Hãy nhập {expected} (không kèm đơn vị hay chữ), hoặc để trống.",
        "Type {expected_en} (no unit or words), or leave it blank.",
    ),
    "date_as_text": (
        "Giá trị là chữ{guess}, Excel không hiểu là ngày. Hãy gõ lại ngày theo thứ tự ngày/tháng mà máy "
        "đang dùng để Excel nhận ra (ô ngày được căn phải), và bỏ dấu ' ở đầu nếu có.",
        "It is text{guess_en}, which Excel does not take for a date. Type the date again in the day/month "
        "order the computer uses so that Excel recognises it (dates align right), without a leading '.",
    ),
    "date": (
        "Hãy nhập một ngày, ví dụ 15/03/2003.",
        "Type a date, e.g. 15/03/2003.",
    ),
}


def _hint(key: str, **params: str) -> dict[str, str]:
    vi, en = HINTS[key]
    return {"hint": vi.format(**params), "hint_en": en.format(**params)}


def _number_hint(raw: Any, value_type: ValueType) -> dict[str, str]:
    text = raw.strip() if isinstance(raw, str) else ""
    percent = _PERCENT_TEXT.match(text) if value_type is ValueType.PERCENT else None
    if percent:
        return _hint("percent_sign", number=percent[1])
    if _PLAIN_NUMBER.match(text):
        return _hint("number_as_text")
    if _SEPARATED_NUMBER.match(text):
        return _hint("separators")
    vi, en = EXPECTED[value_type]
    return _hint("number", expected=vi, expected_en=en)


def _date_guess(text: str) -> dt.date | None:
    match = _DATE_TEXT.match(text)
    if not match:
        return None
    try:
        return dt.date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        return None


def hints(raw: Any, value_type: ValueType) -> dict[str, str]:
    """Return the ``hint``/``hint_en`` parameters telling what to do with `raw`, a bad value of `value_type`."""
    if value_type in NUMBER_TYPES:
        return _number_hint(raw, value_type)
    if value_type is ValueType.DATE:
        if isinstance(raw, str) and raw.strip():
            guess = _date_guess(raw.strip())
            return _hint(
                "date_as_text",
                guess=f" (có lẽ là ngày {guess.day} tháng {guess.month} năm {guess.year})" if guess else "",
                guess_en=f" (perhaps {guess.day} {MONTHS_EN[guess.month - 1]} {guess.year})" if guess else "",
            )
        return _hint("date")
    return {}
