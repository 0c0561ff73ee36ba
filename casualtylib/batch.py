"""Batch runs: many articles, one or many processes, with progress.

:func:`run` reads files, folders and MediaWiki dumps lazily, does one of the
library's jobs ("figures", "incidents", "reconcile", "sources") on every
article, in ``jobs`` processes when asked, and returns the job's validated
DataFrame and the errors met on the way. Dump pages travel to the worker
processes as raw wikitext and are parsed there, so the parent only streams.

>>> df, errors = run("reconcile", ["seeds/004_53af8563b63003c2.txt"])
>>> len(df), errors
(4, [])
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .article import ARTICLE_SUFFIXES, Article, _os_error, read_article
from .errors import CasualtyError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["run", "results", "work_items", "JOBS", "Progress"]

#: The jobs :func:`run` knows.
JOBS = ("figures", "incidents", "reconcile", "sources")


def work_items(paths: "str | os.PathLike[str] | Iterable[str | os.PathLike[str] | Article]") -> Iterator[Any]:
    """What a batch works on, lazily: an Article, a file path, or a dump page
    ``("page", dump, title, wikitext)``; folders are searched like
    :func:`~casualtylib.read_articles` does."""
    from .dump import is_dump, pages

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for p in paths:
        if isinstance(p, Article):
            yield p
            continue
        try:
            found = files(p)
        except OSError as exc:  # a name the OS refuses
            yield _as_error(exc, p)
            continue
        for f in found:
            if is_dump(f):
                try:
                    for dump, title, text in pages(f):
                        yield ("page", dump, title, text)
                except (CasualtyError, OSError) as exc:
                    yield _as_error(exc, f)
            else:
                yield str(f)


def files(path: "str | os.PathLike[str]") -> list[Path]:
    """The article files and dumps a PATH stands for: itself, or the ones in
    its folder tree (sorted, READMEs left out)."""
    from .dump import is_dump

    p = Path(path)
    if not p.is_dir():
        return [p]
    return sorted(f for f in p.rglob("*") if f.is_file() and (f.suffix.lower() in ARTICLE_SUFFIXES or is_dump(f))
                  and not f.name.lower().startswith("readme"))


def _as_error(exc: CasualtyError | OSError, path: Any) -> CasualtyError:
    return exc if isinstance(exc, CasualtyError) else _os_error(exc, str(path))


def _article(item: Any) -> Article:
    if isinstance(item, tuple) and item and item[0] == "page":
        from .dump import page_article

        return page_article(*item[1:])
    return read_article(item)


def _rows(job: str, options: dict[str, Any], item: Any) -> list[dict[str, Any]] | CasualtyError:
    """One article's rows for ``job`` (runs in a worker process)."""
    if isinstance(item, CasualtyError):
        return item
    try:
        art = _article(item)
        if job == "figures":
            from .frames import figure_rows

            return figure_rows(art)
        if job == "incidents":
            from .prose import incident_rows

            return incident_rows(art)
        from .reconciliation import reconcile_rows

        return reconcile_rows(art, by_source=job == "sources", **options)
    except (CasualtyError, OSError) as exc:
        return _as_error(exc, _name_of(item))


def _name_of(item: Any) -> str:
    """What an error names for a work item: the file, or "dump > page"."""
    if isinstance(item, tuple) and item and item[0] == "page":
        return f"{item[1]} > {item[2]}"
    return item if isinstance(item, str) else str(getattr(item, "path", None) or getattr(item, "name", "?"))


def _frame(job: str, rows: list[dict[str, Any]]) -> "pd.DataFrame":
    if job == "figures":
        from .frames import figure_frame

        return figure_frame(rows)
    if job == "incidents":
        from .prose import incident_frame

        return incident_frame(rows)
    from .reconciliation import reconcile_frame

    return reconcile_frame(rows, by_source=job == "sources")


@dataclass
class Progress:
    """A one-line progress report on a terminal: articles done, rate, ETA.

    It writes nothing unless ``stream`` is a terminal (and ``enabled``).
    """

    total: int | None = None
    stream: IO[str] = sys.stderr
    enabled: bool = True
    every: float = 0.2
    done: int = 0
    _start: float = 0.0
    _shown: float = 0.0

    def __post_init__(self) -> None:
        self.enabled = self.enabled and hasattr(self.stream, "isatty") and self.stream.isatty()
        self._start = time.perf_counter()

    def step(self, n: int = 1) -> None:
        self.done += n
        now = time.perf_counter()
        if self.enabled and now - self._shown >= self.every:
            self._shown = now
            self.stream.write("\r" + self.line(now) + "\x1b[K")
            self.stream.flush()

    def line(self, now: float | None = None) -> str:
        elapsed = max((now or time.perf_counter()) - self._start, 1e-9)
        rate = self.done / elapsed
        text = f"{self.done:,}" + (f"/{self.total:,}" if self.total else "") + f" articles, {rate:,.1f}/s"
        if self.total and rate > 0:
            left = max(self.total - self.done, 0) / rate
            text += f", ETA {int(left // 60)}:{int(left % 60):02d}"
        return text

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r" + self.line() + "\x1b[K\n")
            self.stream.flush()


def _count(paths: Any) -> int | None:
    """How many articles ``paths`` holds, when that is cheap (no dumps)."""
    from .dump import is_dump

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    if not isinstance(paths, (list, tuple)):
        return None
    n = 0
    for p in paths:
        if isinstance(p, Article):
            n += 1
            continue
        p = Path(p)
        if is_dump(p):
            return None
        if p.is_dir():
            for f in p.rglob("*"):
                if is_dump(f):
                    return None
                n += f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES and not f.name.lower().startswith("readme")
        else:
            n += 1
    return n


def run(job: str, paths: Any, *, jobs: int = 1, progress: bool = False, on_error: Callable[[CasualtyError], None] | None = None,
        **options: Any) -> tuple["pd.DataFrame", list[CasualtyError]]:
    """Do ``job`` on every article under ``paths``; returns the DataFrame and
    the errors (articles that could not be read; for "reconcile" and
    "sources" they are error rows of the frame too).

    Args:
        job: "figures", "incidents", "reconcile" or "sources".
        paths: files, folders and dumps (``.xml``, ``.xml.bz2``), or Articles.
        jobs: worker processes (1: this process).
        progress: show a progress line on stderr when it is a terminal.
        on_error: called with each error as it is met.
        options: passed to the job (``policy=`` for reconcile).
    """
    rows: list[dict[str, Any]] = []
    errors: list[CasualtyError] = []
    for result in results(job, paths, jobs=jobs, progress=progress, **options):
        if isinstance(result, CasualtyError):
            errors.append(result)
            if on_error is not None:
                on_error(result)
            if job in ("reconcile", "sources"):
                from .reconciliation import error_row

                rows.append(error_row(result, by_source=job == "sources"))
        else:
            rows.extend(result)
    return _frame(job, rows), errors


def results(job: str, paths: Any, *, jobs: int = 1, progress: bool = False,
            **options: Any) -> Iterator[list[dict[str, Any]] | CasualtyError]:
    """Each article's rows for ``job`` (or its error), in order, as they are
    done: the streaming form of :func:`run`, whose memory does not grow with
    the corpus."""
    if job not in JOBS:
        raise ValueError(f"unknown job {job!r}; expected one of {', '.join(JOBS)}")
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    task = partial(_rows, job, options)
    meter = Progress(total=_count(paths), enabled=progress)
    items = work_items(paths)
    pool = None
    if jobs > 1:
        import multiprocessing

        pool = multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork").Pool(jobs)
        done: Iterable[Any] = pool.imap(task, items, chunksize=4)
    else:
        done = map(task, items)
    try:
        for result in done:
            yield result
            meter.step()
    finally:
        meter.close()
        if pool is not None:
            pool.close()
            pool.join()
