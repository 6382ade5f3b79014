"""Per-call cost of each Excel function (UDF), for one cell and for a 7-wide row, against the targets.

Run with ``python benchmarks/bench_udfs.py [--repeat N] [--number N]``. The cost is the best of `repeat`
timings of `number` calls each (the least disturbed measurement), in microseconds per call. The arguments
are what xlwings passes from Excel: floats, 1-D lists for a row, 2-D lists for a table with its header row.
"""

from __future__ import annotations

import argparse
import timeit
from collections.abc import Callable
from typing import Any

from vncpc_xl.core import DEFAULT_FUELS, RESOURCES
from vncpc_xl.schema.audit import FUEL_TABLE, PRICES, QUANTITY_COLUMNS
from vncpc_xl.udfs import (
    VNCPC_EMISSIONS,
    VNCPC_FACTOR,
    VNCPC_FACTOR_SOURCE,
    VNCPC_IRR,
    VNCPC_NPV,
    VNCPC_PAYBACK,
    VNCPC_SAVINGS,
)

TARGET_SCALAR_US = 20.0
TARGET_RANGE_US = 50.0

PRICE_TABLE = [[col.header for col in PRICES.columns]] + [
    [r.name, r.unit, price]
    for r, price in zip(RESOURCES, (60.0, 50.0, 250.0, 500.0, 600.0, 0.25, 400.0), strict=True)
]
FUEL_ROWS = [[col.header for col in FUEL_TABLE.columns]] + [
    [
        next(r.name for r in RESOURCES if r.key == key),
        f.coal_type,
        f.sulfur_pct,
        f.ash_pct,
        f.fly_ash_pct,
        f.so2_removal_pct,
        f.dust_removal_pct,
    ]
    for key, f in DEFAULT_FUELS.items()
]
HEADERS = [col.header for col in QUANTITY_COLUMNS]
ROW = [40.838, 19.113, 1.951, 0.064, 0.074, 160.0, 0.787]

Case = tuple[str, str, Callable[[], Any]]
CASES: list[Case] = [
    ("VNCPC_SAVINGS", "scalar", lambda: VNCPC_SAVINGS("Điện", 120.0, PRICE_TABLE)),
    ("VNCPC_SAVINGS", "7-wide", lambda: VNCPC_SAVINGS(HEADERS, ROW, PRICE_TABLE, 1000.0, 300.0)),
    ("VNCPC_EMISSIONS", "scalar", lambda: VNCPC_EMISSIONS("Than", 100.0, "CO2", 2003.0)),
    ("VNCPC_EMISSIONS", "7-wide", lambda: VNCPC_EMISSIONS(HEADERS, ROW, "SO2", 2003.0, FUEL_ROWS)),
    ("VNCPC_PAYBACK", "scalar", lambda: VNCPC_PAYBACK(650000.0, 2435000.0)),
    ("VNCPC_NPV", "scalar", lambda: VNCPC_NPV(10000.0, 3000.0, 10.0, 5.0)),
    ("VNCPC_IRR", "scalar", lambda: VNCPC_IRR(10000.0, 3000.0, 5.0)),
    ("VNCPC_FACTOR", "scalar", lambda: VNCPC_FACTOR("Điện (kWh/năm)", "CO2", 2024.0)),
    ("VNCPC_FACTOR_SOURCE", "scalar", lambda: VNCPC_FACTOR_SOURCE("Dầu FO", "SO2", 2003.0, FUEL_ROWS)),
]


def cost_us(call: Callable[[], Any], repeat: int, number: int) -> float:
    """Return the best per-call time of `call` in microseconds."""
    result = call()
    if isinstance(result, str) and result.startswith("#"):
        raise SystemExit(f"benchmark call failed: {result}")
    return min(timeit.repeat(call, repeat=repeat, number=number)) / number * 1e6


def main() -> int:
    """Print one line per case; return 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--number", type=int, default=2000)
    options = parser.parse_args()
    print(f"{'function':<22}{'shape':<8}{'µs/call':>10}{'target':>9}{'ratio':>8}")
    missed = 0
    for name, shape, call in CASES:
        target = TARGET_SCALAR_US if shape == "scalar" else TARGET_RANGE_US
        cost = cost_us(call, options.repeat, options.number)
        missed += cost > target
        print(f"{name:<22}{shape:<8}{cost:>10.2f}{target:>9.0f}{cost / target:>8.2f}")
    print("all targets met" if not missed else f"{missed} target(s) missed")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
