"""The ``casualtylib`` command.

    casualtylib figures PATH... [--out FILE.csv|.json|.parquet]
    casualtylib incidents PATH... [--out FILE.csv|.json|.parquet]
    casualtylib evaluate GOLD_DIR PATH... [--misses]

PATH is an article file or a folder of them. Exit codes: 0 all went well,
1 some article could not be read (the others are still reported, and each
failure is one line on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .article import read_articles
from .errors import CasualtyError

__all__ = ["main"]

_SHOWN = ["article", "field", "low", "high", "qualifier", "outcome", "subject", "unit", "attribution"]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="casualtylib", description="Typed, sourced casualty figures from war articles.")
    p.add_argument("--version", action="version", version=f"casualtylib {__version__}")
    p.add_argument("--debug", action="store_true", help="show tracebacks instead of one-line errors")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    fig = sub.add_parser("figures", help="parse the infobox casualty figures of articles")
    fig.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders of them")
    fig.add_argument("--out", metavar="FILE", help="write the table to FILE (.csv, .json or .parquet)")
    fig.add_argument("--all-columns", action="store_true", help="print every column, not a readable subset")

    inc = sub.add_parser("incidents", help="extract the dated, sided, sourced figures of the articles' prose")
    inc.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders of them")
    inc.add_argument("--out", metavar="FILE", help="write the table to FILE (.csv, .json or .parquet)")
    inc.add_argument("--all-columns", action="store_true", help="print every column, not a readable subset")

    ev = sub.add_parser("evaluate", help="score the extraction against an answer key")
    ev.add_argument("gold", metavar="GOLD_DIR", help="folder holding infobox.jsonl and/or incidents.jsonl (the guide's format)")
    ev.add_argument("paths", nargs="+", metavar="PATH", help="the annotated articles (files or folders)")
    ev.add_argument("--misses", action="store_true", help="list every missed and spurious incident figure")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "figures":
            return _figures(args)
        if args.command == "incidents":
            return _incidents(args)
        if args.command == "evaluate":
            return _evaluate(args)
    except CasualtyError as exc:
        if args.debug:
            raise
        print(f"casualtylib: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `casualtylib figures seeds/ | head`
        return 0
    return 2


def _read_all(paths: list[str]) -> tuple[list, int]:
    articles, failed = [], 0
    for item in read_articles(paths, errors="return"):
        if isinstance(item, CasualtyError):
            print(f"casualtylib: error: {item}", file=sys.stderr)
            failed += 1
        else:
            articles.append(item)
    return articles, failed


def _figures(args: argparse.Namespace) -> int:
    import pandas as pd

    from .frames import infobox_figures

    articles, failed = _read_all(args.paths)
    df = infobox_figures(articles)
    if args.out:
        _write(df, args.out)
    else:
        shown = (df if args.all_columns else df[df["parsed"]][_SHOWN]).astype("object").fillna("")
        with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200,
                               "display.max_colwidth", 40):
            print(shown.to_string(index=False) if len(shown) else "(no figures)")
        unplaced = df[~df["parsed"]]
        for row in unplaced.itertuples():
            print(f"casualtylib: note: {row.article} {row.field}: could not place {row.text!r}", file=sys.stderr)
    return 1 if failed else 0


def _write(df, out: str) -> None:
    suffix = Path(out).suffix.lower()
    if suffix == ".csv":
        df.to_csv(out, index=False)
    elif suffix == ".json":
        df.to_json(out, orient="records", lines=False, indent=1, force_ascii=False)
    elif suffix == ".parquet":
        df.to_parquet(out, index=False)
    else:
        raise CasualtyError(f"--out must end in .csv, .json or .parquet, not {suffix or 'nothing'!r}", path=out)


_INCIDENT_SHOWN = ["id", "date", "low", "high", "outcome", "side", "sources", "hedged", "in_period", "relation", "quote"]


def _incidents(args: argparse.Namespace) -> int:
    import pandas as pd

    from .prose import extract_incidents

    articles, failed = _read_all(args.paths)
    df = extract_incidents(articles)
    if args.out:
        out = df.copy()
        if Path(args.out).suffix.lower() == ".csv":
            out["sources"] = out["sources"].map("; ".join)
        _write(out, args.out)
    else:
        shown = df if args.all_columns else df[_INCIDENT_SHOWN]
        shown = shown.assign(sources=shown["sources"].map(", ".join)).astype("object").fillna("")
        with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 250,
                               "display.max_colwidth", 50):
            print(shown.to_string(index=False) if len(shown) else "(no incident figures)")
    return 1 if failed else 0


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate

    articles, failed = _read_all(args.paths)
    print(evaluate(args.gold, articles).report(misses=args.misses))
    return 1 if failed else 0
