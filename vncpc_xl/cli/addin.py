"""`vncpc-xl addin build [--check] | install | remove | doctor [--save] | bundle`: the add-in, source to Excel."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from vncpc_xl.addin._common import (
    ADDIN_FILE,
    AddinError,
    packaged_addin,
    source_root,
    user_config_path,
    xlstart_dir,
)

_WINDOWS_ONLY = (
    "Lệnh này chỉ dùng trên Windows có Microsoft Excel: add-in được chép vào thư mục XLSTART của Excel. "
    "Trên máy này, hãy dùng 'vncpc-xl addin doctor' để kiểm tra phần Python.\n"
    "(This command only works on Windows with Microsoft Excel.)"
)

_root_option = click.option(
    "--root", type=click.Path(file_okay=False, path_type=Path), help="Thư mục mã nguồn (source tree)."
)


@click.group()
def addin() -> None:
    """Add-in Excel VNCPC: tab ribbon và các hàm VNCPC_*. (The VNCPC Excel add-in.)"""


def _fail(exc: AddinError) -> click.ClickException:
    return click.ClickException(f"{exc.message_vi}\n({exc.message_en})")


def _root(root: Path | None) -> Path:
    found = root or source_root() or (Path.cwd() if (Path.cwd() / "addin").is_dir() else None)
    if found is None or not (found / "pyproject.toml").is_file():
        raise click.UsageError(
            "Không ở trong thư mục mã nguồn (cần pyproject.toml và addin/): hãy chỉ ra bằng --root.\n"
            "(Not a source checkout: use --root.)"
        )
    return found


@addin.command()
@click.option(
    "--check",
    is_flag=True,
    help="Chỉ kiểm tra addin/vncpc.xlam có khớp bản dựng mới không; mã thoát 1 nếu đã cũ. (Check only.)",
)
@_root_option
def build(check: bool, root: Path | None) -> None:
    """Dựng addin/vncpc.xlam từ mã nguồn, giống hệt từng byte. (Build the add-in, reproducibly.)"""
    from vncpc_xl.addin.build import addin_output, stale_parts, write_addin

    folder = _root(root)
    try:
        if check:
            stale = stale_parts(folder)
            if stale:
                click.echo(
                    f"{addin_output(folder)} đã cũ, khác ở: {', '.join(stale)}. Chạy: vncpc-xl addin build"
                    " (The add-in is stale: run vncpc-xl addin build.)"
                )
                raise SystemExit(1)
            click.echo(f"{addin_output(folder)} khớp mã nguồn. (The add-in is up to date.)")
            return
        click.echo(f"Đã ghi (written): {write_addin(folder)}")
    except AddinError as exc:
        raise _fail(exc) from exc


def _windows_only() -> None:
    if sys.platform != "win32":
        click.echo(_WINDOWS_ONLY, err=True)
        raise SystemExit(2)


@addin.command()
def install() -> None:
    """Chép add-in vào XLSTART và ghi cấu hình Python cho add-in. (Install for this Windows user.)"""
    from vncpc_xl.addin.install import install_addin

    _windows_only()
    try:
        source = packaged_addin()
        if source is None:
            raise AddinError(
                "Không tìm thấy vncpc.xlam trong bản cài này: hãy cài lại vncpc-xl.",
                "vncpc.xlam is missing from this installation: reinstall vncpc-xl.",
            )
        done = install_addin(source, xlstart_dir(), user_config_path(), interpreter=sys.executable)
    except AddinError as exc:
        raise _fail(exc) from exc
    click.echo(f"Đã cài add-in: {done.addin}")
    click.echo(f"Đã ghi cấu hình: {done.config}")
    for key, value in done.settings.items():
        click.echo(f"    {key} = {value}")
    click.echo(
        "Mở lại Excel: tab VNCPC sẽ xuất hiện. Kiểm tra bằng: vncpc-xl addin doctor"
        " (Reopen Excel; check with vncpc-xl addin doctor.)"
    )


@addin.command()
def remove() -> None:
    """Gỡ add-in khỏi XLSTART và xóa tệp cấu hình của nó. (Uninstall for this Windows user.)"""
    from vncpc_xl.addin.install import remove_addin

    _windows_only()
    try:
        removed = remove_addin(xlstart_dir(), user_config_path())
    except AddinError as exc:
        raise _fail(exc) from exc
    for path in removed:
        click.echo(f"Đã xóa: {path}")
    if not removed:
        click.echo("Add-in chưa được cài: không có gì để gỡ. (The add-in is not installed.)")


@addin.command()
@click.option(
    "--save",
    "save",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Ghi kết quả vào tệp văn bản này để gửi cho người hỗ trợ. (Also write the results to this file.)",
)
def doctor(save: Path | None) -> None:
    """Tự kiểm tra cài đặt: Python, xlwings, add-in, cấu hình, hàm, biểu mẫu. (Self-test.)"""
    import datetime

    from vncpc_xl.addin.doctor import exit_code, format_checks, next_step_text, run_checks, saved_report

    checks = run_checks()
    click.echo(format_checks(checks))
    click.echo("")
    click.echo(next_step_text(checks))
    if save is not None:
        when = datetime.datetime.now().isoformat(sep=" ", timespec="seconds")
        text = saved_report(checks, when).replace("\n", "\r\n")  # Notepad on any Windows
        try:
            save.parent.mkdir(parents=True, exist_ok=True)
            save.write_bytes(text.encode("utf-8-sig"))
        except OSError as exc:
            raise click.ClickException(
                f"Không ghi được {save}: {exc.strerror}. Hãy chọn tệp khác, ví dụ trong Documents.\n"
                f"(Could not write {save}.)"
            ) from exc
        click.echo(f"\nĐã ghi kết quả (saved): {save}")
    raise SystemExit(exit_code(checks))


@addin.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Tệp zip ghi ra (mặc định vncpc-xl-windows-<phiên bản>.zip). (The zip to write.)",
)
@_root_option
@click.option(
    "--find-links",
    "find_links",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Lấy gói từ thư mục này (có thể lặp lại). (Take wheels from this folder.)",
)
@click.option(
    "--no-index", is_flag=True, help="Không dùng chỉ mục gói trên mạng (PyPI). (Do not use a package index.)"
)
def bundle(output: Path | None, root: Path | None, find_links: tuple[Path, ...], no_index: bool) -> None:
    """Đóng gói cài đặt ngoại tuyến cho Windows: wheelhouse, add-in, setup.cmd. (Offline Windows bundle.)"""
    import tempfile

    from vncpc_xl import __version__
    from vncpc_xl.addin.bundle import build_package_wheel, bundle_name, make_bundle

    folder = _root(root)
    pip_args = [*(["--no-index"] if no_index else []), *(f"--find-links={p}" for p in find_links)]
    out = output or Path.cwd() / bundle_name(__version__)
    try:
        with tempfile.TemporaryDirectory(prefix="vncpc-wheel-") as scratch:
            click.echo("Dựng gói vncpc-xl (building the vncpc-xl wheel)…")
            wheel = build_package_wheel(folder, Path(scratch))
            done = make_bundle(
                out,
                package_wheel=wheel,
                addin=folder / "addin" / ADDIN_FILE,
                examples=folder / "examples" / "2003",
                pip_args=pip_args,
                say=click.echo,
            )
    except AddinError as exc:
        raise _fail(exc) from exc
    size = done.path.stat().st_size / 1e6
    click.echo(f"Đã ghi (written): {done.path} ({len(done.wheels)} gói, {size:.0f} MB)")
    click.echo("Chép tệp này vào USB; trên máy Windows: giải nén, bấm đúp setup.cmd (HUONG-DAN-CAI-DAT.txt).")
