"""The acceptance checklist for real Excel: what to do on a Windows PC after installing, and what must appear.

Nothing here can be run on Linux: it is the one page a person works through in Excel once per installation.
`addin doctor` prints it as the next step, the Windows bundle's guide carries it, and ``addin/README.md`` holds
it between two markers (``python -m vncpc_xl.addin.acceptance --write addin/README.md`` rewrites them; a test
keeps the README current). The figures a function must show are computed here by the same Python the
add-in runs, so the page cannot drift from the code.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

START, END = "<!-- acceptance:start -->", "<!-- acceptance:end -->"
EXAMPLE_FOLDER = "vi-du-2003"


@dataclass(frozen=True)
class Step:
    """One line of the checklist: what to do and what must be seen."""

    do: str
    expect: str


def _figure(value: float, decimals: int) -> str:
    return f"{value:,.{decimals}f}".replace(",", " ").replace(".", ",")


def function_steps() -> list[Step]:
    """Return the checks of the worksheet functions, each with the value the add-in's own code gives."""
    from vncpc_xl import udfs

    names = sorted(n for n in dir(udfs) if n.startswith("VNCPC_"))
    source = str(udfs.VNCPC_FACTOR_SOURCE("Điện", "CO2", 2003))
    return [
        Step("=VNCPC_PAYBACK(120000000; 60000000)", f"{_figure(udfs.VNCPC_PAYBACK(120e6, 60e6), 0)} (tháng)"),
        Step(
            "=VNCPC_NPV(100000000; 30000000; 10; 5)",
            f"{_figure(udfs.VNCPC_NPV(100e6, 30e6, 10, 5), 0)} (làm tròn đến đồng)",
        ),
        Step("=VNCPC_IRR(100000000; 30000000; 5)", f"{_figure(udfs.VNCPC_IRR(100e6, 30e6, 5), 2)} (%/năm)"),
        Step('=VNCPC_FACTOR("Than"; "CO2")', f"{_figure(udfs.VNCPC_FACTOR('Than', 'CO2'), 5)} (tấn CO₂/tấn)"),
        Step('=VNCPC_FACTOR_SOURCE("Điện"; "CO2"; 2003)', f"“{source[:40]}…” (nguồn của hệ số, kèm năm)"),
        Step(
            f"Mở {EXAMPLE_FOLDER}\\audits\\01_xi-mang-hoa-lu.xlsx, trang Giải pháp",
            "các cột xám dùng VNCPC_SAVINGS, VNCPC_EMISSIONS hiện số, không có #NAME? hay #VALUE!",
        ),
        Step(
            "Ô trống bất kỳ › Chèn hàm (fx) › loại VNCPC",
            f"đủ {len(names)} hàm ({', '.join(names)}); chọn một hàm: mô tả tiếng Việt của hàm và của từng đối số",
        ),
    ]


def button_steps() -> dict[str, Step]:
    """Return the check of each ribbon button, keyed by its label on the VNCPC tab."""
    return {
        "Đánh giá SXSH": Step(
            "Bấm, chọn nơi lưu trong hộp thoại",
            "sổ đánh giá mới mở ra: ô nhập màu vàng, cột công thức màu xám bị khóa, trang Hướng dẫn",
        ),
        "Sổ đào tạo": Step("Bấm, lưu", "sổ đào tạo mới mở ra với năm hiện tại"),
        "Nhật ký chỉ số": Step("Bấm, lưu", "nhật ký chỉ số mới mở ra với năm hiện tại"),
        "Hồ sơ trung tâm": Step("Bấm, lưu", "hồ sơ trung tâm mới mở ra với năm hiện tại"),
        "Tính lại": Step("Trong sổ ví dụ, bấm", "không có thông báo; các số giữ nguyên"),
        "Kiểm tra": Step(
            "Trong sổ ví dụ, bấm; rồi xóa tên doanh nghiệp (trang Thông tin), lưu, bấm lại",
            "lần 1: “không phát hiện vấn đề nào”; lần 2: trang Kiểm tra đứng đầu, ô đó tô hồng, bấm liên kết "
            "thì tới đúng ô; gõ lại tên, bấm lần 3: ô trở lại màu cũ",
        ),
        "Nâng cấp": Step(
            "Mở một sổ làm theo mẫu phiên bản 1 (năm trước), bấm",
            "bản sao theo mẫu hiện tại (tên kết thúc bằng .v2.xlsx) mở ra cạnh sổ gốc, đủ mọi số liệu; sổ gốc "
            "không đổi; bấm lần nữa: thông báo bản sao đã có",
        ),
        "Báo cáo năm": Step(
            f"Mở {EXAMPLE_FOLDER}\\centre_2003.xlsx, bấm",
            "Word mở bao_cao_2003.docx (đặt cạnh thư mục ví dụ), báo cáo năm 2003 đầy đủ",
        ),
        "Lưu vào kho dữ liệu": Step(
            f"Mở {EXAMPLE_FOLDER}\\centre_2003.xlsx, bấm; rồi bấm lần nữa",
            "lần 1: “Đã lưu năm 2003 vào kho dữ liệu (52 đánh giá, …)”; lần 2: “đã có trong kho dữ liệu với đúng"
            " các tệp này; không có gì thay đổi”; bấm Báo cáo năm: báo cáo có mục Xu hướng",
        ),
        "Mở thư mục": Step("Trong sổ ví dụ, bấm", f"File Explorer mở thư mục {EXAMPLE_FOLDER}"),
        "Phiên bản": Step("Bấm", "phiên bản vncpc-xl, xlwings và Python như doctor in ra"),
        "Tự kiểm tra": Step("Bấm", "mọi dòng ✓, kể cả các dòng chỉ kiểm tra được trong Excel"),
    }


def excel_steps() -> list[Step]:
    """Return the checks of the add-in itself, before any button is pressed."""
    return [
        Step(
            "Mở Excel",
            "không có cảnh báo macro hay hộp thoại sửa tệp; tab VNCPC có bốn nhóm Biểu mẫu, Tính toán, Báo cáo, "
            "Trợ giúp, mỗi nút có biểu tượng và chữ Việt đúng dấu",
        ),
        Step("Alt+F11 › dự án VNCPC › Debug › Compile VNCPC", "không báo lỗi"),
        Step("Đóng Excel (sau mọi bước dưới đây)", "không hỏi có lưu vncpc.xlam không"),
    ]


def edge_steps() -> list[Step]:
    """Return the checks of the cases a button must refuse without harm."""
    return [
        Step(
            "Đóng mọi sổ (Excel vẫn mở), bấm Kiểm tra",
            "thông báo “chưa có sổ nào được mở”; sau khi đóng thông báo không còn sổ trống nào",
        ),
        Step(
            "Sổ Excel mới bình thường (Ctrl+N), lưu, bấm Kiểm tra",
            "thông báo “không phải sổ VNCPC”; sổ không bị thay đổi (không có trang Kiểm tra)",
        ),
    ]


def checklist_text() -> str:
    """Return the checklist as plain text (the guide, doctor's next step)."""
    lines = [
        "KIỂM TRA TRONG EXCEL (làm một lần sau khi cài; ghi ✓ hoặc ✗ vào từng dòng)",
        "Acceptance checklist for real Excel",
        "",
        "1. Mở Excel:",
    ]
    lines += [f"   [ ] {s.do}  →  {s.expect}" for s in excel_steps()]
    lines += [
        "2. Hàm: gõ vào một ô trống của sổ ví dụ (dấu ; hoặc , tùy cài đặt Windows), phải thấy:",
    ]
    lines += [f"   [ ] {s.do}  →  {s.expect}" for s in function_steps()]
    lines.append("3. Nút trên tab VNCPC:")
    lines += [f"   [ ] {label}: {s.do}  →  {s.expect}" for label, s in button_steps().items()]
    lines.append("4. Các trường hợp nút phải từ chối mà không làm hỏng gì:")
    lines += [f"   [ ] {s.do}  →  {s.expect}" for s in edge_steps()]
    lines.append(
        "Dòng nào ✗: ghi lại thông báo hiện ra, chạy vncpc-xl addin doctor --save tu-kiem-tra.txt và gửi tệp đó."
    )
    return "\n".join(lines)


def readme_section() -> str:
    """Return the README block (markers included) that holds the checklist."""
    return f"{START}\n```text\n{checklist_text()}\n```\n{END}"


def with_section(readme: str) -> str:
    """Return `readme` with its checklist block replaced by the current one."""
    head, _, rest = readme.partition(START)
    _, _, tail = rest.partition(END)
    return f"{head}{readme_section()}{tail}"


if __name__ == "__main__":  # python -m vncpc_xl.addin.acceptance --write addin/README.md
    if sys.argv[1:2] != ["--write"] or len(sys.argv) != 3:
        raise SystemExit("usage: python -m vncpc_xl.addin.acceptance --write addin/README.md")
    target = Path(sys.argv[2])
    target.write_text(with_section(target.read_text(encoding="utf-8")), encoding="utf-8")
