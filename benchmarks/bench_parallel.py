"""Benchmark: --jobs 2 and Dask with 2 workers against one process.

Run:  python benchmarks/bench_parallel.py [--articles 300]

The reconcile job (read, incidents, reconcile) on a generated corpus of
seed-sized wikitext files, measured in this one run: one process, two
processes (casualtylib.batch, as ``--jobs 2``), and a Dask LocalCluster with
two single-threaded worker processes. Each contender is warmed first (its
imports and compiled grammars, on one article), as a long-running process or
cluster is: the figures are throughput, not start-up. The goal on a 2-core
machine: each parallel run at least 1.6x the one-process throughput.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--partitions", type=int, default=8,
                    help="Dask partitions the corpus is cut into (each pays a validation and a transfer)")
    args = ap.parse_args()

    import casualtylib
    from casualtylib._synthetic import to_wikitext
    from casualtylib.batch import run

    seeds = [casualtylib.read_article(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    print(f"machine: {platform.machine()}  Python {platform.python_version()}  cores: {os.cpu_count()}")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp)
        for i in range(args.articles):
            (corpus / f"{i:05d}.wiki").write_text(to_wikitext(seeds[i % 5]), encoding="utf-8")
        timings = {}
        first = sorted(corpus.iterdir())[:1]
        run("reconcile", first, jobs=1)  # imports and grammars, once, outside the timing
        started = time.perf_counter()
        one, _ = run("reconcile", [corpus], jobs=1)
        timings["1 process"] = time.perf_counter() - started
        started = time.perf_counter()
        two, _ = run("reconcile", [corpus], jobs=2)
        timings["--jobs 2"] = time.perf_counter() - started
        assert one.equals(two)
        try:
            import distributed

            from casualtylib import dask as cdask
        except ImportError:
            print("dask: not installed (pip install 'casualtylib[dask]')")
        else:
            with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
                # warm every worker (imports, grammars), as a long-running cluster is: a
                # computed graph may send all its tasks to one worker, so each is asked by name
                with distributed.Client(cluster.scheduler_address) as client:
                    warmed = client.run(casualtylib.reconcile, str(first[0]))
                    assert len(warmed) == 2
                # ceil: 300 articles // 8 would make 9 partitions, one worker taking 5 of them
                per_partition = -(-args.articles // args.partitions)
                ddf = cdask.reconcile([corpus], files_per_partition=per_partition)
                started = time.perf_counter()
                got = cdask.compute(ddf, scheduler=cluster.scheduler_address)
                timings["Dask, 2 workers"] = time.perf_counter() - started
                print(f"Dask: {ddf.npartitions} partitions of up to {per_partition} articles")
            assert len(got) == len(one)
    base = timings["1 process"]
    for name, seconds in timings.items():
        rate = args.articles / seconds
        print(f"{name:<16} {seconds:7.2f} s  {rate:7.1f} articles/s  speed-up {base / seconds:4.2f}x"
              + ("" if name == "1 process" else "  (goal: >= 1.6x)"))


if __name__ == "__main__":
    main()
