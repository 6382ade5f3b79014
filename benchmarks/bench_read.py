"""Read + validate 1,000 filled audit workbooks against a raw python-calamine read of the same files.

Run with ``python benchmarks/bench_read.py [--count N] [--options N] [--rounds N] [--check]``.

The workbooks are generated once per run: one audit workbook is filled with `fill_workbook` (``--options``
options), then each copy gets its own company name and option figures by patching the values of the input
cells in the sheet XML, so every file is a distinct, valid workbook. Each file is timed ``--rounds`` times
with each reader, the readers taking turns, and the best timings are summed. Peak memory is the
maximum resident set size of a fresh process that keeps the `WorkbookData` of every file, as a
consolidation does. Targets: read + validate ≤ 2 × the raw read, and < 300 MB for 1,000 files.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from python_calamine import CalamineWorkbook

from vncpc_xl.core import RESOURCES
from vncpc_xl.workbook import fill_workbook, read_workbook

TARGET_RATIO = 2.0
TARGET_MB = 300.0
PRICES = (60.0, 50.0, 250.0, 500.0, 600.0, 0.25, 400.0)  # per canonical unit, USD
SECTORS = ("Dệt may", "Giấy và bột giấy", "Hóa chất", "Chế biến thực phẩm")
NUMBER_CELL = re.compile(rb'(<c r="[E-N](\d+)"[^>]*><v>)([^<]*)(</v>)')
COMPANY = "COMPANY-NAME"  # ASCII, so it is found as is in the sheet XML


def _option(number: int) -> dict[str, object]:
    return {
        "number": number,
        "option": f"Giải pháp {number}: thu hồi nước ngưng và cải tiến lò hơi",
        "category": "Kiểm soát quá trình tốt hơn",
        "status": "Đã thực hiện" if number % 3 else "Đề xuất",
        "investment": 1000.0 * number,
        "qty_electricity": 12.5,
        "qty_coal": 30.0,
        "qty_fuel_oil": 2.0,
        "qty_water": -150.0,
        "qty_materials": 1.5,
        "other_savings": 100.0,
        "added_cost": 20.0,
    }


def fill_base(path: Path, options: int) -> Path:
    """Write the one workbook filled the way a user would; the others are patched copies of it."""
    names = {
        "CompanyName": COMPANY,
        "Sector": SECTORS[0],
        "Province": "Hà Nội",
        "Programme": "Chương trình SXSH công nghiệp",
        "AssessmentYear": 2003,
        "Status": "Hoàn thành",
        "Currency": "USD",
    }
    prices = [
        {"resource": r.name, "unit": r.unit, "price": p} for r, p in zip(RESOURCES, PRICES, strict=True)
    ]
    tables = {"tblPrices": prices, "tblOptions": [_option(i) for i in range(1, options + 1)]}
    return fill_workbook("audit", path, names=names, tables=tables)


def _patcher(index: int) -> Callable[[bytes], bytes]:
    rng = random.Random(index)

    def number(match: re.Match[bytes]) -> bytes:
        value = round(rng.uniform(-50.0, 5000.0), 3) if int(match[2]) >= 5 else float(match[3])
        return match[1] + repr(abs(value) if match[0][6:7] == b"E" else value).encode() + match[4]

    def patch(data: bytes) -> bytes:
        data = data.replace(COMPANY.encode(), f"Công ty số {index:04d}".encode())
        if b"VNCPC_SAVINGS(" in data:  # the options sheet: new figures in the input columns E..N
            data = NUMBER_CELL.sub(number, data)
        return data

    return patch


def generate(folder: Path, count: int, options: int, first: int = 0) -> list[Path]:
    """Return `count` distinct valid audit workbooks written into `folder`, numbered from `first`."""
    base = fill_base(folder / "base.xlsx", options)
    with zipfile.ZipFile(base) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    base.unlink()
    paths = []
    for index in range(first, first + count):
        patch = _patcher(index)
        path = folder / f"audit_{index:05d}.xlsx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for info, data in members:
                sheet = info.filename.startswith("xl/worksheets/sheet")
                archive.writestr(info, patch(data) if sheet else data)
        paths.append(path)
    return paths


def raw_read(path: Path) -> None:
    """Read every sheet's values with python-calamine: the reference cost."""
    workbook = CalamineWorkbook.from_path(str(path))
    for name in workbook.sheet_names:
        workbook.get_sheet_by_name(name).to_python()


def timed(readers: list[Callable[[Path], object]], paths: list[Path], rounds: int) -> list[float]:
    """Return, per reader, the sum over files of the best of `rounds` timings of reading that file.

    The readers take turns on each file, so a busy machine slows both alike; the best of several
    timings is the least disturbed one.
    """
    best = [[float("inf")] * len(paths) for _ in readers]
    clock = time.perf_counter
    for _ in range(rounds):
        for index, path in enumerate(paths):
            for which, reader in enumerate(readers):
                start = clock()
                reader(path)
                best[which][index] = min(best[which][index], clock() - start)
    return [sum(times) for times in best]


def check_all_valid(paths: list[Path]) -> None:
    for path in paths:
        data = read_workbook(path)
        if not data.ok:
            raise SystemExit(f"{path.name} is not valid: {[i.message_en for i in data.errors][:3]}")


MEMORY_PROBE = """
import json, resource, sys, tracemalloc
from pathlib import Path
from vncpc_xl.workbook import validate_paths
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
results = validate_paths([Path(sys.argv[1])])
_, peak = tracemalloc.get_traced_memory()
tracemalloc.stop()
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"files": len(results), "ok": sum(r.ok for r in results),
                  "maxrss_kb": after, "import_kb": before, "traced_peak": peak}))
"""


def memory(folder: Path) -> dict[str, float]:
    """Return the peak memory of validating every workbook of `folder` in a fresh process (MB)."""
    out = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, str(folder)], capture_output=True, text=True, check=True
    )
    probe = json.loads(out.stdout)
    return {
        "files": probe["files"],
        "ok": probe["ok"],
        "peak_rss_mb": probe["maxrss_kb"] / 1024,
        "import_rss_mb": probe["import_kb"] / 1024,
        "python_peak_mb": probe["traced_peak"] / 1024 / 1024,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--options", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="vncpc-bench-") as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        paths = generate(folder, args.count, args.options)
        elapsed = time.perf_counter() - start
        print(f"generated {len(paths)} workbooks ({args.options} options each) in {elapsed:.1f} s")
        check_all_valid(paths[:: max(1, len(paths) // 20)])
        best_raw, best_ours = timed([raw_read, read_workbook], paths, args.rounds)
        ratio = best_ours / best_raw
        mem = memory(folder)
    per = 1000 / len(paths)
    print(f"raw python-calamine read : {best_raw:7.2f} s  ({best_raw * per:.2f} ms/file)")
    print(f"read_workbook + validate : {best_ours:7.2f} s  ({best_ours * per:.2f} ms/file)")
    print(f"ratio                    : {ratio:7.2f} ×  (target ≤ {TARGET_RATIO:.1f} ×)")
    print(
        f"peak memory, {mem['files']:.0f} files kept: {mem['peak_rss_mb']:.0f} MB resident "
        f"({mem['import_rss_mb']:.0f} MB after imports; python objects peak {mem['python_peak_mb']:.0f} MB)"
        f"  (target < {TARGET_MB:.0f} MB)"
    )
    met = ratio <= TARGET_RATIO and mem["peak_rss_mb"] < TARGET_MB and mem["ok"] == mem["files"]
    print("targets met" if met else "TARGET MISSED")
    return 0 if met or not args.check else 1


if __name__ == "__main__":
    raise SystemExit(main())
