"""Which wheels a Windows PC needs: the dependency closure of a package, with markers evaluated for Windows.

pip, run on Linux with ``--platform win_amd64``, still evaluates environment markers for the machine it runs
on, so it silently leaves out ``pywin32; platform_system == "Windows"`` (xlwings) or ``colorama; sys_platform ==
"win32"`` (click). Here the markers are evaluated, with the `packaging` library, for CPython on 64-bit Windows,
over the wheels' own metadata, so what is missing is known before anything is copied onto a USB stick.
"""

from __future__ import annotations

import email.parser
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.tags import Tag, compatible_tags, cpython_tags
from packaging.utils import NormalizedName, canonicalize_name, parse_wheel_filename
from packaging.version import Version

#: The CPython versions the Windows bundle carries wheels for.
PYTHONS = ("3.11", "3.12", "3.13")


@dataclass(frozen=True)
class Wheel:
    """A wheel file: its project `name` (normalized), `version`, `tags` and requirements (``Requires-Dist``)."""

    path: Path
    name: NormalizedName
    version: Version
    tags: frozenset[Tag]
    requires: tuple[Requirement, ...]


def read_wheel(path: Path) -> Wheel:
    """Return the wheel at `path` with the requirements of its ``METADATA``."""
    name, version, _build, tags = parse_wheel_filename(path.name)
    with zipfile.ZipFile(path) as archive:
        metadata_name = next(
            n for n in archive.namelist() if n.count("/") == 1 and n.endswith(".dist-info/METADATA")
        )
        metadata = email.parser.BytesParser().parsebytes(archive.read(metadata_name), headersonly=True)
    requires = tuple(Requirement(line) for line in metadata.get_all("Requires-Dist") or ())
    return Wheel(path, name, version, frozenset(tags), requires)


def windows_environment(python: str) -> dict[str, str]:
    """Return the marker environment of CPython `python` (``"3.12"``) on 64-bit Windows."""
    env = dict(default_environment())
    env.update(
        os_name="nt",
        sys_platform="win32",
        platform_system="Windows",
        platform_machine="AMD64",
        platform_release="10",
        platform_version="10.0.19045",
        implementation_name="cpython",
        platform_python_implementation="CPython",
        python_version=python,
        python_full_version=f"{python}.0",
        implementation_version=f"{python}.0",
    )
    return env


def windows_tags(python: str) -> frozenset[Tag]:
    """Return the wheel tags CPython `python` on 64-bit Windows installs."""
    version = tuple(int(part) for part in python.split("."))
    interpreter = f"cp{version[0]}{version[1]}"
    return frozenset(
        [
            *cpython_tags(version, abis=[interpreter, "abi3", "none"], platforms=["win_amd64"]),
            *compatible_tags(version, interpreter, platforms=["win_amd64"]),
        ]
    )


@dataclass(frozen=True)
class Closure:
    """The wheels CPython `python` on Windows installs for the root requirements, and what none satisfies."""

    python: str
    wheels: tuple[Wheel, ...]
    missing: tuple[Requirement, ...]


def closure(roots: Iterable[Requirement], wheels: Sequence[Wheel], python: str) -> Closure:
    """Return the Windows closure of `roots` over `wheels` for CPython `python` (newest version wins)."""
    env, tags = windows_environment(python), windows_tags(python)
    chosen: dict[NormalizedName, Wheel] = {}
    missing: list[Requirement] = []
    queue: list[tuple[Requirement, str]] = [(r, "") for r in roots]
    seen: set[tuple[str, str]] = set()
    while queue:
        requirement, extra = queue.pop(0)
        key = (str(requirement), extra)
        if key in seen or not _applies(requirement, env, extra):
            continue
        seen.add(key)
        name = canonicalize_name(requirement.name)
        wheel = chosen.get(name) or _best(requirement, wheels, tags)
        if wheel is None or not requirement.specifier.contains(wheel.version, prereleases=True):
            missing.append(requirement)
            continue
        chosen[name] = wheel
        queue += [(r, "") for r in wheel.requires]
        queue += [(r, e) for e in sorted(requirement.extras) for r in wheel.requires]
    return Closure(python, tuple(sorted(chosen.values(), key=lambda w: w.name)), tuple(missing))


def _applies(requirement: Requirement, env: dict[str, str], extra: str) -> bool:
    if requirement.marker is None:
        return not extra  # an extra's requirements always carry the marker `extra == "..."`
    return requirement.marker.evaluate({**env, "extra": extra})


def _best(requirement: Requirement, wheels: Sequence[Wheel], tags: frozenset[Tag]) -> Wheel | None:
    name = canonicalize_name(requirement.name)
    fitting = [
        w
        for w in wheels
        if w.name == name and w.tags & tags and requirement.specifier.contains(w.version, prereleases=True)
    ]
    return max(fitting, key=lambda w: w.version, default=None)
