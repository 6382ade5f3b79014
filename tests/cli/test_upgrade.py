"""`vncpc-xl upgrade`: Vietnamese-first messages naming each file, exit codes, --out, nothing overwritten."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from click.testing import CliRunner

from vncpc_xl.cli import main

V1_YEAR = Path(__file__).resolve().parents[1] / "fixtures" / "v1" / "year_2012"


def test_a_folder_is_upgraded_beside_the_originals_with_a_note_to_keep_one_copy(tmp_path: Path) -> None:
    folder = tmp_path / "2012"
    shutil.copytree(V1_YEAR, folder)
    hashes = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*.xlsx")}
    result = CliRunner().invoke(main, ["upgrade", str(folder)])
    assert result.exit_code == 0, result.output
    assert result.output.count("Đã nâng cấp ") == 7
    centre = folder / "ho_so_trung_tam_2012.xlsx"
    assert (
        f"Đã nâng cấp {centre} (phiên bản 1) thành {folder / 'ho_so_trung_tam_2012.v2.xlsx'}" in result.output
    )
    assert "mỗi sổ chỉ được có một bản trong thư mục năm" in result.output
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in hashes} == hashes
    again = CliRunner().invoke(main, ["upgrade", str(folder / "ho_so_trung_tam_2012.v2.xlsx")])
    assert again.exit_code == 0 and "đã ở phiên bản mẫu 2 (mới nhất); không ghi tệp nào" in again.output


def test_out_writes_elsewhere_and_a_second_run_refuses_to_overwrite(tmp_path: Path) -> None:
    source = V1_YEAR / "dao_tao_2012.xlsx"
    out = tmp_path / "moi"
    first = CliRunner().invoke(main, ["upgrade", str(source), "--out", str(out), "--lang", "en"])
    assert first.exit_code == 0, first.output
    assert f"Upgraded {source} (version 1) to {out / 'dao_tao_2012.v2.xlsx'}" in first.output
    assert "keep one copy" not in first.output
    second = CliRunner().invoke(main, ["upgrade", str(source), "--out", str(out)])
    assert second.exit_code == 1
    assert f"Không ghi đè {out / 'dao_tao_2012.v2.xlsx'}: tệp đã tồn tại." in second.output


def test_a_bad_file_among_good_ones_is_named_and_the_exit_code_is_1(tmp_path: Path) -> None:
    junk = tmp_path / "hong.xlsx"
    junk.write_bytes(b"PK not really")
    good = V1_YEAR / "chi_so_2012.xlsx"
    result = CliRunner().invoke(main, ["upgrade", str(junk), str(good), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert f"Không nâng cấp được {junk}: " in result.output
    assert (tmp_path / "o" / "chi_so_2012.v2.xlsx").is_file()
