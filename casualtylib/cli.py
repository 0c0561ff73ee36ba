"""The ``casualtylib`` command.

    casualtylib reconcile PATH... [--policy literal|conservative] [--by-source] [--out FILE]
    casualtylib figures PATH... [--out FILE]
    casualtylib incidents PATH... [--out FILE]
        (each also takes --jobs N, --quiet and --scheduler ADDRESS)
    casualtylib plot ARTICLE -o FILE.png|.svg|.pdf [--policy ...]
    casualtylib report PATH... -o report.html [--policy ...]
    casualtylib evaluate GOLD_DIR PATH... [--misses]

PATH is an article file, a folder of them, or a MediaWiki XML dump
(``.xml``, ``.xml.bz2``), in any format :func:`~casualtylib.read_article`
knows. On a terminal a progress line shows articles done, rate and ETA. ``--out`` writes the DataFrame as
.csv, .json or .parquet instead of printing a table. Exit codes: 0 all went
well, 1 some article could not be read (the others are still reported; each
failure is an error row in the table and one line on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import __version__
from ._timeline import format_interval
from .article import read_articles
from .errors import CasualtyError

__all__ = ["main"]

_FIGURE_SHOWN = ["article", "field", "low", "high", "qualifier", "outcome", "subject", "unit", "attribution"]
_INCIDENT_SHOWN = ["article", "id", "date", "low", "high", "outcome", "side", "sources", "hedged", "in_period", "relation", "quote"]
_RECONCILE_SHOWN = ["article", "side", "party", "outcome", "unit", "covers", "infobox", "incidents", "n_incidents",
                    "n_excluded", "coverage", "status"]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="casualtylib", description="Typed, sourced casualty figures from war articles.")
    p.add_argument("--version", action="version", version=f"casualtylib {__version__}")
    p.add_argument("--debug", action="store_true", help="show each error's traceback as well (errors met in --jobs workers have none)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def table_command(name: str, help_: str) -> argparse.ArgumentParser:
        c = sub.add_parser(name, help=help_)
        c.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders of them")
        c.add_argument("--out", metavar="FILE", help="write the table to FILE (.csv, .json or .parquet)")
        c.add_argument("--all-columns", action="store_true", help="print every column, not a readable subset")
        c.add_argument("--jobs", "-j", type=_positive, default=1, metavar="N", help="use N processes (default 1)")
        c.add_argument("--quiet", "-q", action="store_true", help="no progress line on the terminal")
        c.add_argument("--scheduler", metavar="ADDRESS",
                       help="run on the Dask cluster at ADDRESS (pip install 'casualtylib[dask]')")
        return c

    rec = table_command("reconcile", "set each infobox total against the sum of the incidents in the prose")
    rec.add_argument("--policy", choices=("literal", "conservative"), default="literal",
                     help="how vague words and conflicting reports count (default: literal, the guide's floors)")
    rec.add_argument("--by-source", action="store_true", help="break the sums down by reporting source")
    table_command("figures", "parse the infobox casualty figures of articles")
    table_command("incidents", "extract the dated, sided, sourced figures of the articles' prose")

    plot = sub.add_parser("plot", help="draw an article's incident deaths over time against its infobox")
    plot.add_argument("article", metavar="ARTICLE", help="one article file")
    plot.add_argument("-o", "--out", required=True, metavar="FILE", help="the picture to write (.png, .svg or .pdf)")
    plot.add_argument("--policy", choices=("literal", "conservative"), default="literal")

    rep = sub.add_parser("report", help="write a self-contained HTML audit report of articles")
    rep.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders of them, or dumps")
    rep.add_argument("-o", "--out", required=True, metavar="FILE", help="the .html file to write")
    rep.add_argument("--policy", choices=("literal", "conservative"), default="literal")

    ev = sub.add_parser("evaluate", help="score the extraction against an answer key")
    ev.add_argument("gold", metavar="GOLD_DIR", help="folder holding infobox.jsonl, incidents.jsonl and/or reconcile.jsonl")
    ev.add_argument("paths", nargs="+", metavar="PATH", help="the annotated articles (files or folders)")
    ev.add_argument("--misses", action="store_true", help="list every missed and spurious figure and differing side")
    return p


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return n


def _table(job: str, args: argparse.Namespace, **options: Any) -> tuple[Any, list[CasualtyError]]:
    """The job's DataFrame over the PATHs, and the articles that failed (each
    reported on stderr as it is met): in this process, in --jobs processes,
    or on the Dask cluster at --scheduler."""
    if getattr(args, "scheduler", None):
        from .dask import compute, frame

        df = compute(frame(job, args.paths, **options), scheduler=args.scheduler)
        failures = []
        if "status" in df.columns:
            for message in df.loc[df["status"] == "error", "error"]:
                print(f"casualtylib: error: {message}", file=sys.stderr)
                failures.append(CasualtyError(str(message)))
        return df.reset_index(drop=True), failures
    from .batch import run

    return run(job, args.paths, jobs=args.jobs, progress=not args.quiet, on_error=_reporter(args), **options)


def _reporter(args: argparse.Namespace, failures: list[CasualtyError] | None = None) -> Any:
    """The callback that reports each failed article on stderr (with its
    traceback under --debug) and, given ``failures``, collects it there."""

    def report(exc: CasualtyError) -> None:
        if args.debug and exc.__traceback__ is not None:  # met in this process: where it came from
            import traceback

            traceback.print_exception(exc, file=sys.stderr)
        print(f"casualtylib: error: {exc}", file=sys.stderr)
        if failures is not None:
            failures.append(exc)

    return report


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    commands = {"figures": _figures, "incidents": _incidents, "reconcile": _reconcile, "plot": _plot,
                "report": _report, "evaluate": _evaluate}
    try:
        return commands[args.command](args)
    except CasualtyError as exc:
        if args.debug:
            raise
        print(f"casualtylib: error: {exc}", file=sys.stderr)
        return 1
    except ImportError as exc:  # an optional extra is missing
        if args.debug:
            raise
        print(f"casualtylib: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `casualtylib figures seeds/ | head`
        return 0


def _read_all(paths: list[str]) -> tuple[list, list[CasualtyError]]:  # for evaluate
    articles, failures = [], []
    for item in read_articles(paths, errors="return"):
        if isinstance(item, CasualtyError):
            print(f"casualtylib: error: {item}", file=sys.stderr)
            failures.append(item)
        else:
            articles.append(item)
    return articles, failures


def _write(df: Any, out: str) -> None:
    suffix = Path(out).suffix.lower()
    if suffix not in (".csv", ".json", ".parquet"):
        raise CasualtyError(f"--out must end in .csv, .json or .parquet, not {suffix or 'nothing'!r}", path=out)
    df = df.copy()
    for col in df.columns:
        if df[col].dtype == object and df[col].map(lambda v: isinstance(v, (list, tuple))).any():
            df[col] = df[col].map(lambda v: "; ".join(v) if suffix == ".csv" else list(v))
    if suffix == ".csv":
        df.to_csv(out, index=False)
    elif suffix == ".json":
        df.to_json(out, orient="records", lines=False, indent=1, force_ascii=False)
    else:
        try:
            df.to_parquet(out, index=False)
        except ImportError as exc:
            raise CasualtyError("writing .parquet needs pyarrow: pip install 'casualtylib[parquet]'", path=out) from exc


def _print(df: Any, failures: list[CasualtyError], empty: str, width: int = 40) -> None:
    """Print a table, with one error row per article that could not be read."""
    import pandas as pd

    shown = df.astype("object").where(df.notna(), "")
    if failures:
        rows = [{**dict.fromkeys(shown.columns, ""), shown.columns[0]: Path(e.path or "?").name,
                 shown.columns[-1]: f"error: {e.message}"} for e in failures]
        shown = pd.concat([shown, pd.DataFrame(rows, columns=shown.columns)], ignore_index=True)
    with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 250,
                           "display.max_colwidth", width):
        print(shown.to_string(index=False) if len(shown) else empty)


def _figures(args: argparse.Namespace) -> int:
    df, failures = _table("figures", args)
    if args.out:
        _write(df, args.out)
    else:
        _print(df if args.all_columns else df[df["parsed"]][_FIGURE_SHOWN], failures, "(no figures)")
        for row in df[~df["parsed"]].itertuples():
            print(f"casualtylib: note: {row.article} {row.field}: could not place {row.text!r}", file=sys.stderr)
    return 1 if failures else 0


def _incidents(args: argparse.Namespace) -> int:
    df, failures = _table("incidents", args)
    if args.out:
        _write(df, args.out)
    else:
        shown = df if args.all_columns else df[_INCIDENT_SHOWN]
        _print(shown.assign(sources=shown["sources"].map(", ".join)), failures, "(no incident figures)", width=50)
    return 1 if failures else 0


def _percent(value: Any) -> str:
    import pandas as pd

    return "" if pd.isna(value) else f"{value:.0%}"


def _reconcile(args: argparse.Namespace) -> int:
    df, _ = _table("sources" if args.by_source else "reconcile", args, policy=args.policy)
    failed = df["status"] == "error"
    if args.out:
        _write(df, args.out)
    elif args.all_columns:
        _print(df, [], "(no infobox casualty fields)", width=30)
    else:
        shown = df.assign(
            infobox=[format_interval(lo, hi, missing="") for lo, hi in zip(df["infobox_low"], df["infobox_high"])],
            incidents=[format_interval(lo, hi, missing="") for lo, hi in zip(df["incident_low"], df["incident_high"])],
            coverage=[_percent(v) for v in df["coverage"]],
            status=[f"error: {e}" if bad else s for s, e, bad in zip(df["status"].astype(str), df["error"], failed)],
        )
        columns = _RECONCILE_SHOWN[:6] + (["source"] if args.by_source else []) + _RECONCILE_SHOWN[6:]
        _print(shown[columns], [], "(no infobox casualty fields)", width=60)
    return 1 if failed.any() else 0


def _plot(args: argparse.Namespace) -> int:
    from .plot import save_timeline

    print(save_timeline(args.article, args.out, policy=args.policy))
    return 0


def _report(args: argparse.Namespace) -> int:
    from .report import write_report

    failures: list[CasualtyError] = []
    print(write_report(args.paths, args.out, policy=args.policy, on_error=_reporter(args, failures)))
    return 1 if failures else 0


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate

    articles, failures = _read_all(args.paths)
    print(evaluate(args.gold, articles).report(misses=args.misses))
    return 1 if failures else 0
