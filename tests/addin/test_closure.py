"""The Windows dependency closure, over real wheel files, with markers evaluated for CPython on Windows."""

from __future__ import annotations

from pathlib import Path

from packaging.requirements import Requirement

from vncpc_xl.addin.closure import closure, read_wheel, windows_environment, windows_tags

from .wheels import make_wheel


def _wheels(folder: Path) -> list:
    return [read_wheel(p) for p in sorted(folder.glob("*.whl"))]


def test_markers_are_evaluated_for_windows_not_for_this_machine(tmp_path: Path) -> None:
    make_wheel(
        tmp_path,
        "app",
        "1.0",
        ['winonly; platform_system == "Windows"', 'linuxonly; sys_platform == "linux"'],
    )
    make_wheel(tmp_path, "winonly", "2.0")
    make_wheel(tmp_path, "linuxonly", "1.0")
    found = closure([Requirement("app")], _wheels(tmp_path), "3.12")
    assert [w.name for w in found.wheels] == ["app", "winonly"]
    assert found.missing == ()


def test_a_requirement_no_wheel_satisfies_is_reported_missing(tmp_path: Path) -> None:
    make_wheel(tmp_path, "app", "1.0", ['pywin32>=306; sys_platform == "win32"', "alpha>=2"])
    make_wheel(tmp_path, "alpha", "1.5")
    found = closure([Requirement("app")], _wheels(tmp_path), "3.11")
    assert sorted(str(r) for r in found.missing) == ["alpha>=2", 'pywin32>=306; sys_platform == "win32"']


def test_python_version_markers_and_extras_follow_the_target_python(tmp_path: Path) -> None:
    make_wheel(tmp_path, "app", "1.0", ['tomli; python_version < "3.12"', "psycopg[binary]"])
    make_wheel(tmp_path, "tomli", "2.0")
    make_wheel(
        tmp_path,
        "psycopg",
        "3.2",
        ['psycopg-binary==3.2; extra == "binary"', 'tzdata; sys_platform == "win32"'],
    )
    make_wheel(tmp_path, "psycopg_binary", "3.2", tag="cp312-cp312-win_amd64")
    make_wheel(tmp_path, "tzdata", "2024.1")
    on_312 = closure([Requirement("app")], _wheels(tmp_path), "3.12")
    assert [w.name for w in on_312.wheels] == ["app", "psycopg", "psycopg-binary", "tzdata"]
    on_311 = closure([Requirement("app")], _wheels(tmp_path), "3.11")
    # tomli on 3.11; the only psycopg-binary wheel is for CPython 3.12, so 3.11 misses it
    assert "tomli" in [w.name for w in on_311.wheels]
    assert [str(r) for r in on_311.missing] == ['psycopg-binary==3.2; extra == "binary"']


def test_the_newest_fitting_wheel_is_chosen(tmp_path: Path) -> None:
    make_wheel(tmp_path, "app", "1.0", ["alpha<3"])
    for version in ("1.0", "2.5", "3.0"):
        make_wheel(tmp_path, "alpha", version)
    found = closure([Requirement("app")], _wheels(tmp_path), "3.13")
    assert [str(w.version) for w in found.wheels if w.name == "alpha"] == ["2.5"]


def test_the_environment_is_64_bit_windows_cpython() -> None:
    env = windows_environment("3.13")
    assert (env["sys_platform"], env["platform_system"], env["os_name"], env["python_version"]) == (
        "win32",
        "Windows",
        "nt",
        "3.13",
    )
    tags = {str(t) for t in windows_tags("3.11")}
    assert {"cp311-cp311-win_amd64", "cp311-abi3-win_amd64", "py3-none-any"} <= tags
    assert not any("linux" in t or "cp312" in t for t in tags)
