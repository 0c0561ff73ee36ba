"""Benchmark: the whole pipeline (read, figures, incidents, reconcile) on
generated corpora of seed-sized articles, streamed from a MediaWiki dump.

Run:  python benchmarks/bench_pipeline.py [--sizes 1000 10000]

For each size, a fresh process streams a generated dump (the five seeds as
wikitext, over and over, each page under its own title): each article is
read once and gives its infobox figures, incidents and reconciliation. It
reports articles per second on one core and the peak memory (ru_maxrss).
The first article pays the process's start-up (importing pint and
mwparserfromhell, compiling the grammars): it is timed and printed apart,
and the rate is the throughput over the others, as a long batch sees it.
The goals: at least 100 seed-sized articles per second per core, and peak
memory within 10% between the smallest and the largest corpus.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_dump(n: int, folder: Path) -> Path:
    import casualtylib
    from casualtylib._synthetic import to_wikitext, write_dump

    seeds = [casualtylib.read_article(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    pages = ((f"{seeds[i % 5].title} ({i})", to_wikitext(seeds[i % 5])) for i in range(n))
    return Path(write_dump(pages, folder / f"corpus-{n}.xml"))


def measure(dump: str) -> dict:
    """Stream the dump through the pipeline; runs in its own process. Each
    article is read once and gives its figures, incidents and reconciliation
    (the reconciler takes the incidents already extracted)."""
    from casualtylib.batch import _article, work_items
    from casualtylib.frames import figure_rows
    from casualtylib.prose import incidents
    from casualtylib.reconciliation import reconcile_article

    n = rows = 0
    began = started = time.perf_counter()
    for item in work_items([dump]):
        art = _article(item)
        found = incidents(art)
        rows += len(figure_rows(art)) + len(found) + len(reconcile_article(art, incidents=found))
        n += 1
        if n == 1:  # start-up: imports (pint, mwparserfromhell) and grammars, paid once a process
            started = time.perf_counter()
    seconds = time.perf_counter() - started
    return {"articles": n - 1, "rows": rows, "seconds": seconds, "startup": started - began,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(args.child)))
        return
    print(f"machine: {platform.machine()}  Python {platform.python_version()}  cores used: 1")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            dump = make_dump(n, Path(tmp))
            out = subprocess.run([sys.executable, __file__, "--child", str(dump)], capture_output=True, text=True, check=True)
            r = json.loads(out.stdout)
            rate = r["articles"] / r["seconds"]
            rows.append(r)
            print(f"{n:>7,} articles  {r['seconds']:8.1f} s  {rate:7.1f} articles/s/core  peak {r['peak_mb']:7.1f} MB"
                  f"  (start-up, first article: {r['startup']:.2f} s)")
    if len(rows) > 1:
        growth = rows[-1]["peak_mb"] / rows[0]["peak_mb"] - 1
        print(f"peak memory {args.sizes[-1]:,} vs {args.sizes[0]:,} articles: {growth:+.1%} (goal: within 10%)")
    best = max(r["articles"] / r["seconds"] for r in rows)
    print(f"throughput / goal (100 articles/s/core): {best / 100:.2f}x")


if __name__ == "__main__":
    main()
