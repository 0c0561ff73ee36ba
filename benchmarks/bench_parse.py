"""Benchmark: parse_casualties against a bare regex (the floor) and quantulum3.

Run:  python benchmarks/bench_parse.py [--repeat N]

Prints fields per second for each contender, measured in this one run on the
same strings, and the ratios the project's goals are stated in:
parse_casualties at most 10x the bare regex's time, and at least 100x
quantulum3's throughput (when quantulum3 is installed).

The strings are the seeds' casualty fields plus the real-string table of the
test suite, so they cover every form the parser handles.
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

from casualtylib import parse_casualties, read_articles  # noqa: E402

# The floor: one compiled regex that finds count-like spans and the word after
# them. It does a fraction of the work (no words, no ranges, no outcomes, no
# attribution), which is what makes it a floor.
FLOOR = re.compile(r"(\d[\d,]*)\+?\s+(\w+)")


def corpus() -> list[str]:
    from test_parse_casualties import CASES

    fields = [c[1] for c in CASES]
    for art in read_articles(ROOT / "seeds"):
        fields += [art.infobox[k] for k, _ in art.casualty_fields()]
    return fields


def timed(fn, fields: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for f in fields:
            fn(f)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="runs per contender; the best is kept")
    ap.add_argument("--scale", type=int, default=50, help="copies of the corpus per run")
    args = ap.parse_args()
    fields = corpus() * args.scale
    parse_casualties(fields[0])  # compile the grammar once, outside the timing
    n = len(fields)
    print(f"machine: {platform.machine()} {platform.processor() or ''} Python {platform.python_version()}")
    print(f"fields: {n} ({len(set(fields))} distinct), best of {args.repeat} runs")
    t_floor = timed(lambda s: FLOOR.findall(s), fields, args.repeat)
    t_ours = timed(parse_casualties, fields, args.repeat)
    print(f"bare regex        {n / t_floor:12,.0f} fields/s")
    print(f"parse_casualties  {n / t_ours:12,.0f} fields/s")
    print(f"ratio parse_casualties / bare regex time: {t_ours / t_floor:.1f}x (goal: <= 10x)")
    try:
        from quantulum3 import parser as q3
    except ImportError:
        print("quantulum3: not installed (pip install quantulum3 to compare)")
        return
    sample = fields[: max(50, n // 50)]
    q3.parse(sample[0])  # load its unit tables once, outside the timing
    t_q3 = timed(q3.parse, sample, min(args.repeat, 2)) * (n / len(sample))
    print(f"quantulum3        {n / t_q3:12,.0f} fields/s (timed on {len(sample)} fields)")
    print(f"ratio parse_casualties / quantulum3 throughput: {t_q3 / t_ours:.0f}x (goal: >= 100x)")


if __name__ == "__main__":
    main()
