"""The acceptance checklist for real Excel: complete, right figures, current in the README, printed by doctor."""

from __future__ import annotations

import re

from click.testing import CliRunner

from vncpc_xl.addin.acceptance import button_steps, checklist_text, readme_section, with_section
from vncpc_xl.cli import main
from vncpc_xl.ribbon import BUTTONS

from . import ADDIN_DIR


def test_every_button_of_the_tab_has_its_line_and_no_line_names_a_missing_button() -> None:
    assert set(button_steps()) == {button.label for button in BUTTONS.values()}


def test_the_function_lines_show_the_figures_worked_out_by_hand() -> None:
    text = checklist_text()
    assert "=VNCPC_PAYBACK(120000000; 60000000)  →  24 (tháng)" in text  # 12 × 120 / 60
    # −100 000 000 + 30 000 000 × (1 − 1.1⁻⁵) / 0.1 = −100 000 000 + 30 000 000 × 3.790787 = 13 723 603
    assert "=VNCPC_NPV(100000000; 30000000; 10; 5)  →  13 723 603" in text
    # 30 × (1 − (1 + r)⁻⁵) / r = 100 at r ≈ 15.24 %
    assert "=VNCPC_IRR(100000000; 30000000; 5)  →  15,24 (%/năm)" in text
    assert re.search(r"đủ 7 hàm \(VNCPC_EMISSIONS, .*VNCPC_SAVINGS\)", text)


def test_the_add_in_readme_holds_the_current_checklist() -> None:
    readme = (ADDIN_DIR / "README.md").read_text(encoding="utf-8")
    assert readme_section() in readme, "run: python -m vncpc_xl.addin.acceptance --write addin/README.md"
    assert with_section(readme) == readme


def test_doctor_prints_the_checklist_as_the_next_step_and_saves_it_all(tmp_path) -> None:
    saved = tmp_path / "gửi đi" / "tu-kiem-tra.txt"
    result = CliRunner().invoke(main, ["addin", "doctor", "--save", str(saved)])
    assert "Bước tiếp theo (next step): kiểm tra trong Excel." in result.output
    assert checklist_text() in result.output
    data = saved.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM and CRLF: Notepad on any Windows shows it right
    assert b"\n" not in data.replace(b"\r\n", b"")
    text = data.decode("utf-8-sig").replace("\r\n", "\n")
    assert text.startswith("vncpc-xl ") and "tự kiểm tra (self-test)" in text.splitlines()[0]
    assert "✓ Python" in text and checklist_text() in text
    assert f"Đã ghi kết quả (saved): {saved}" in result.output


def test_doctor_cannot_save_into_a_folder_it_cannot_write_and_says_so(tmp_path) -> None:
    blocker = tmp_path / "tệp"
    blocker.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["addin", "doctor", "--save", str(blocker / "kq.txt")])
    assert result.exit_code == 1
    assert f"Không ghi được {blocker / 'kq.txt'}" in result.output
