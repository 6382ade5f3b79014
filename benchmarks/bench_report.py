"""End-to-end `make_report` on 1,000 and 5,000 audit workbooks against a raw python-calamine read of them.

Run with ``python benchmarks/bench_report.py [--counts 1000 5000] [--options N] [--rounds N] [--check]``.

For each count, a year folder is generated once: the audit workbooks come from `bench_read.generate` (one
workbook filled with `fill_workbook`, then copies with their own company name and option figures patched
into the sheet XML), plus the centre file, training register and KPI log of ``examples/2003``. The timings
are the best of ``--rounds`` passes, alternating the raw read and `make_report` so both see the same disk
cache. Peak memory is measured in a fresh process running `make_report` (the consolidation may use worker
processes: their largest peak is reported too). Targets: ≤ 1.5 × the raw read at 1,000 files, near-linear
growth to 5,000 (time per file at 5,000 ≤ 1.25 × that at 1,000), and < 400 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_read import generate, raw_read

from vncpc_xl.report import make_report

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "2003"
TARGET_RATIO = 1.5
TARGET_GROWTH = 1.25
TARGET_MB = 400.0

MEMORY_PROBE = """
import json, resource, sys, time
from pathlib import Path
from vncpc_xl.report import make_report
start = time.perf_counter()
result = make_report(Path(sys.argv[1]), Path(sys.argv[2]))
seconds = time.perf_counter() - start
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": seconds, "own_kb": own, "worker_kb": workers, "issues": len(result.issues)}))
"""


def year_folder(folder: Path, count: int, options: int) -> list[Path]:
    """Fill `folder` with `count` audit workbooks and the year's centre, training and KPI files."""
    audits = folder / "audits"
    audits.mkdir(parents=True)
    generate(audits, count, options)
    for path in sorted(EXAMPLES.glob("*.xlsx")):
        shutil.copy(path, folder / path.name)
    return sorted(folder.rglob("*.xlsx"))


def timed_raw(paths: list[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        raw_read(path)
    return time.perf_counter() - start


def timed_report(folder: Path, out: Path) -> float:
    start = time.perf_counter()
    result = make_report(folder, out)
    elapsed = time.perf_counter() - start
    if result.excluded:
        raise SystemExit(f"{len(result.excluded)} workbooks excluded: {result.excluded[:3]}")
    return elapsed


def memory(folder: Path, out: Path) -> dict[str, float]:
    """Return the peak resident memory (MB) of a fresh process making the report of `folder`."""
    probe = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, str(folder), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(probe.stdout)
    return {
        "own_mb": data["own_kb"] / 1024,
        "worker_mb": data["worker_kb"] / 1024,
        "seconds": data["seconds"],
    }


def measure(count: int, options: int, rounds: int) -> dict[str, float]:
    """Return the figures of one folder size."""
    with tempfile.TemporaryDirectory(prefix="vncpc-bench-report-") as tmp:
        folder = Path(tmp) / "2003"
        start = time.perf_counter()
        paths = year_folder(folder, count, options)
        print(f"\n{count} audits (+3 year files): generated in {time.perf_counter() - start:.1f} s")
        out = Path(tmp) / "bao_cao_2003.docx"
        raw, ours = [], []
        for _ in range(rounds):
            raw.append(timed_raw(paths))
            ours.append(timed_report(folder, out))
        mem = memory(folder, Path(tmp) / "probe.docx")
    figures = {"count": count, "raw": min(raw), "report": min(ours), **mem}
    figures["ratio"] = figures["report"] / figures["raw"]
    per = 1000 / (count + 3)
    print(f"  raw python-calamine read : {figures['raw']:7.2f} s  ({figures['raw'] * per:.2f} ms/file)")
    print(f"  make_report end to end   : {figures['report']:7.2f} s  ({figures['report'] * per:.2f} ms/file)")
    print(f"  ratio                    : {figures['ratio']:7.2f} ×")
    print(
        f"  peak memory              : {mem['own_mb']:7.0f} MB main process, {mem['worker_mb']:.0f} MB largest"
        f" worker (fresh process: {mem['seconds']:.2f} s incl. worker start-up)"
    )
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--options", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    print(f"CPUs: {os.cpu_count()}; raw read is one process, make_report may read with worker processes")
    results = [measure(count, args.options, args.rounds) for count in args.counts]
    first, last = results[0], results[-1]
    growth = (last["report"] / last["count"]) / (first["report"] / first["count"])
    peak = max(max(r["own_mb"], r["worker_mb"]) for r in results)
    print(f"\nratio at {first['count']}: {first['ratio']:.2f} × (target ≤ {TARGET_RATIO} ×)")
    print(
        f"time per file {last['count']} vs {first['count']}: {growth:.2f} × (target ≤ {TARGET_GROWTH} ×, 1.0 = linear)"
    )
    print(f"largest process peak: {peak:.0f} MB (target < {TARGET_MB:.0f} MB)")
    met = first["ratio"] <= TARGET_RATIO and growth <= TARGET_GROWTH and peak < TARGET_MB
    print("targets met" if met else "TARGET MISSED")
    return 0 if met or not args.check else 1


if __name__ == "__main__":
    raise SystemExit(main())
