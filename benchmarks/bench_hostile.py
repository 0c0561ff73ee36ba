"""Benchmark: hostile input, the time each entry point takes on each payload.

Run:  python benchmarks/bench_hostile.py [--scale 1.0]

The payloads are the suite's (``tests/test_hostile.py``): 200 kB to 1 MB of
the shapes that make parsers go quadratic. For each payload it prints the
seconds parse_casualties takes on it as a field, and read_article,
extract_incidents and reconcile on an article carrying it, with kB/s, then
the slowest. The peer measured in the same run is one bare regex pass over
the payload (``\\d+|\\w+``): linear work, the floor. A linear parser keeps a
steady ratio to it as ``--scale`` grows; a quadratic one does not.
"""

from __future__ import annotations

import argparse
import platform
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import casualtylib  # noqa: E402
from casualtylib import CasualtyError  # noqa: E402

FLOOR = re.compile(r"\d+|\w+")


def timed(fn, *args) -> float:
    t0 = time.perf_counter()
    try:
        fn(*args)
    except CasualtyError:
        pass
    return time.perf_counter() - t0


def main() -> None:
    from test_hostile import PAYLOADS, as_article

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="payload size relative to the suite's")
    args = ap.parse_args()
    print(f"machine: {platform.machine()} Python {platform.python_version()}  scale {args.scale}")
    casualtylib.extract_incidents(as_article("1"))  # compile the grammars outside the timing
    rows = []
    print(f"{'payload':22s} {'kB':>6s} {'floor s':>8s} {'parse s':>8s} {'read s':>7s} {'extract s':>9s} {'reconcile s':>11s} {'worst/floor':>11s}")
    for name, payload in PAYLOADS:
        payload = payload[: int(len(payload) * args.scale)]
        text = as_article(payload)
        floor = timed(FLOOR.findall, text)
        t = [timed(casualtylib.parse_casualties, payload), timed(casualtylib.read_article, text),
             timed(casualtylib.extract_incidents, text), timed(casualtylib.reconcile, text)]
        rows.append((max(t), name))
        print(f"{name:22s} {len(payload.encode()) / 1000:6.0f} {floor:8.3f} {t[0]:8.2f} {t[1]:7.2f} {t[2]:9.2f} {t[3]:11.2f} {max(t) / max(floor, 1e-6):10.0f}x")
    worst, name = max(rows)
    print(f"slowest: {name}, {worst:.2f} s")


if __name__ == "__main__":
    main()
