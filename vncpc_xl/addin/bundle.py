"""``vncpc-xl addin bundle``: one zip that installs vncpc-xl on a Windows PC with no internet and no admin rights.

The zip holds one folder, ``vncpc-xl-windows-<version>/``: ``setup.cmd`` (double-click), ``go-cai-dat.cmd``
(uninstall, copied next to the installation), ``HUONG-DAN-CAI-DAT.txt`` (the guide), the built ``vncpc.xlam``
and ``wheelhouse/``: the win_amd64 wheels for CPython 3.11, 3.12 and 3.13 of the package and of every runtime
dependency. pip downloads them; `closure` then checks, with Windows markers, that nothing is missing, fetches
what pip left out, and drops what Windows does not need. The same inputs give the same bytes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from packaging.requirements import Requirement

from vncpc_xl.addin._common import ADDIN_FILE, AddinError
from vncpc_xl.addin.acceptance import EXAMPLE_FOLDER, checklist_text
from vncpc_xl.addin.closure import PYTHONS, Closure, Wheel, closure, read_wheel

#: Files of the bundle written from the package's ``windows`` folder (CRLF line ends, as cmd.exe wants).
TEXT_FILES = ("setup.cmd", "go-cai-dat.cmd", "HUONG-DAN-CAI-DAT.txt")
WHEELHOUSE = "wheelhouse"
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
#: Rounds of "download what the Windows closure misses": pywin32 and colorama are found in the first.
_MAX_ROUNDS = 4


@dataclass(frozen=True)
class Bundle:
    """A written bundle: the zip, its top folder, the wheels it carries and each Python's closure."""

    path: Path
    folder: str
    wheels: tuple[str, ...]
    closures: tuple[Closure, ...]


def bundle_name(version: str) -> str:
    """Return the bundle's default file name for `version`."""
    return f"vncpc-xl-windows-{version}.zip"


def make_bundle(
    out: Path,
    *,
    package_wheel: Path,
    addin: Path,
    examples: Path | None = None,
    pythons: Sequence[str] = PYTHONS,
    pip_args: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
    say: Callable[[str], None] = lambda text: None,
) -> Bundle:
    """Write the Windows bundle of `package_wheel` and `addin` (and the example year `examples`) to `out`.

    `pip_args` go to every ``pip download`` (an index, ``--no-index --find-links DIR``); `env` is pip's
    environment; `say` receives one line per step.
    """
    root = read_wheel(package_wheel)
    with tempfile.TemporaryDirectory(prefix="vncpc-bundle-") as scratch:
        house = Path(scratch) / WHEELHOUSE
        house.mkdir()
        shutil.copy2(package_wheel, house / package_wheel.name)
        for python in pythons:
            say(f"Tải các gói cho Python {python} (downloading wheels for Python {python})…")
            _download(house, python, [str(house / package_wheel.name)], pip_args, env)
        closures = _complete(house, root, pythons, pip_args, env, say)
        needed = {w.path.name for c in closures for w in c.wheels}
        for wheel in house.glob("*.whl"):
            if wheel.name not in needed:
                wheel.unlink()  # downloaded for Linux markers only (pip evaluates markers for this machine)
        folder = f"vncpc-xl-windows-{root.version}"
        files = {f"{folder}/{name}": _text_file(name, str(root.version)) for name in TEXT_FILES}
        files[f"{folder}/{ADDIN_FILE}"] = addin.read_bytes()
        if examples is not None:
            for path in sorted(p for p in examples.rglob("*.xlsx") if not p.name.startswith("~$")):
                files[f"{folder}/{EXAMPLE_FOLDER}/{path.relative_to(examples).as_posix()}"] = (
                    path.read_bytes()
                )
        for name in sorted(needed):
            files[f"{folder}/{WHEELHOUSE}/{name}"] = (house / name).read_bytes()
        _write_zip(out, files)
    return Bundle(out, folder, tuple(sorted(needed)), closures)


def _complete(
    house: Path,
    root: Wheel,
    pythons: Sequence[str],
    pip_args: Sequence[str],
    env: Mapping[str, str] | None,
    say: Callable[[str], None],
) -> tuple[Closure, ...]:
    """Download what the Windows closure of `root` misses until nothing does; return each Python's closure."""
    roots = [Requirement(f"{root.name}=={root.version}")]
    for _ in range(_MAX_ROUNDS):
        wheels = [read_wheel(path) for path in sorted(house.glob("*.whl"))]
        closures = tuple(closure(roots, wheels, python) for python in pythons)
        if not any(c.missing for c in closures):
            return closures
        for c in closures:
            if c.missing:
                wanted = sorted({_without_marker(r) for r in c.missing})
                say(f"Python {c.python}: tải thêm cho Windows (adding for Windows) {', '.join(wanted)}")
                _download(house, c.python, wanted, pip_args, env)
    missing = sorted({f"{c.python}: {r}" for c in closures for r in c.missing})
    raise AddinError(
        "Không đủ gói cho Windows, thiếu: " + "; ".join(missing),
        "Wheels for Windows are incomplete, missing: " + "; ".join(missing),
    )


def _without_marker(requirement: Requirement) -> str:
    extras = f"[{','.join(sorted(requirement.extras))}]" if requirement.extras else ""
    return f"{requirement.name}{extras}{requirement.specifier}"


def _download(
    house: Path,
    python: str,
    requirements: Sequence[str],
    pip_args: Sequence[str],
    env: Mapping[str, str] | None,
) -> None:
    command = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--disable-pip-version-check",
        "--dest",
        str(house),
        "--only-binary=:all:",
        "--platform",
        "win_amd64",
        "--implementation",
        "cp",
        "--python-version",
        python,
        *pip_args,
        *requirements,
    ]
    done = subprocess.run(command, capture_output=True, text=True, env=None if env is None else dict(env))
    if done.returncode != 0:
        tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-6:])
        raise AddinError(
            f"pip không tải được các gói cho Python {python} trên Windows (cần Internet hoặc một chỉ mục gói):\n{tail}",
            f"pip could not download the wheels for Python {python} on Windows:\n{tail}",
        )


def _text_file(name: str, version: str) -> bytes:
    text = resources.files("vncpc_xl.addin").joinpath("windows", name).read_text(encoding="utf-8")
    text = text.replace("@VERSION@", version)
    if "@CHECKLIST@" in text:
        text = text.replace("@CHECKLIST@", checklist_text())
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def _write_zip(out: Path, files: Mapping[str, bytes]) -> None:
    """Write `files` to the zip `out` in name order with fixed dates and modes: the same files, the same bytes."""
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".part")
    with zipfile.ZipFile(partial, "w") as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.external_attr = 0o644 << 16
            # wheels and the add-in are zips already: stored; the text files are deflated
            info.compress_type = (
                zipfile.ZIP_STORED if name.endswith((".whl", ".xlam", ".xlsx")) else zipfile.ZIP_DEFLATED
            )
            archive.writestr(info, files[name], compresslevel=9)
    os.replace(partial, out)


def build_package_wheel(source: Path, dest: Path) -> Path:
    """Build the wheel of the source tree `source` into `dest`, reproducibly, and return its path.

    The tree is copied first (without virtual environments, git data or earlier builds), so a stale
    ``build/`` folder can never slip a removed module into the wheel.
    """
    with tempfile.TemporaryDirectory(prefix="vncpc-wheel-") as scratch:
        copy = Path(scratch) / "src"
        shutil.copytree(
            source,
            copy,
            ignore=shutil.ignore_patterns(
                ".venv*", ".git", "build", "dist", "*.egg-info", "__pycache__", ".*cache"
            ),
        )
        env = {**os.environ, "SOURCE_DATE_EPOCH": "315532800"}  # 1980-01-01: the zip format's first date
        command = [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--disable-pip-version-check",
            "-w",
            str(dest),
        ]
        # built in isolation, with the setuptools that pyproject.toml asks for, whatever this environment has
        done = subprocess.run([*command, str(copy)], capture_output=True, text=True, env=env)
        if done.returncode != 0:
            tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-12:])
            raise AddinError(
                f"Không dựng được gói vncpc-xl:\n{tail}", f"Could not build the vncpc-xl wheel:\n{tail}"
            )
    return max(dest.glob("vncpc_xl-*.whl"), key=lambda p: p.stat().st_mtime)
