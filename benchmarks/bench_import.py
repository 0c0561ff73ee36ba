"""Benchmark: the time `import casualtylib` takes, and what it loads.

Run:  python benchmarks/bench_import.py

Runs ``python -X importtime -c "import casualtylib"`` five times in fresh
interpreters and prints the best cumulative time of the casualtylib package,
against the goal of 0.5 s, and whether pandas, pandera, pint, matplotlib or
dask were imported (they must not be: they load on first use).
"""

from __future__ import annotations

import re
import subprocess
import sys


def main() -> None:
    best = None
    for _ in range(5):
        err = subprocess.run([sys.executable, "-X", "importtime", "-c", "import casualtylib"],
                             capture_output=True, text=True, check=True).stderr
        total = int(re.findall(r"\|\s+(\d+)\s+\|\s+casualtylib$", err, re.M)[-1])
        best = total if best is None else min(best, total)
    heavy = subprocess.run([sys.executable, "-c", "import sys, casualtylib; print(' '.join(m for m in "
                            "('pandas', 'pandera', 'pint', 'matplotlib', 'dask') if m in sys.modules))"],
                           capture_output=True, text=True, check=True).stdout.strip()
    print(f"import casualtylib: {best / 1e6:.3f} s (goal: < 0.5 s, {0.5 / (best / 1e6):.0f}x under)")
    print(f"heavy modules loaded at import: {heavy or 'none'}")


if __name__ == "__main__":
    main()
