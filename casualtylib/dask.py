"""casualtylib on Dask: figures, incidents and reconciliation as Dask
DataFrames, for corpora one machine cannot hold or finish alone.

Install with ``pip install "casualtylib[dask]"``. Each partition is a
pandas frame built by the same code as :func:`~casualtylib.reconcile` and
friends; ``meta`` is the empty frame of the job's pandera schema, and the
result is validated lazily by pandera's Dask support, partition by partition.

>>> from casualtylib import dask as cdask
>>> ddf = cdask.reconcile(["seeds/004_53af8563b63003c2.txt"])
>>> ddf.npartitions, list(ddf.compute()["status"][:2])
(1, ['consistent', 'consistent'])

Sources are a list of paths (files, folders, dumps), or a ``dask.bag.Bag``
of such paths or of :class:`~casualtylib.Article` objects. A dump is one
partition, streamed in its worker; files are grouped ``files_per_partition``
at a time. To use a cluster, connect a ``distributed.Client`` first (or pass
``scheduler="tcp://..."`` to :func:`compute`).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .batch import JOBS, _frame, _rows, files, work_items

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd

__all__ = ["frame", "figures", "incidents", "reconcile", "reconcile_sources", "compute", "partitions"]


@contextlib.contextmanager
def _config() -> Iterator[None]:
    """Keep pandas' object columns: Dask would turn them into pyarrow strings,
    which the schemas (and the pandas functions) do not expect."""
    import dask

    with dask.config.set({"dataframe.convert-string": False}):
        yield


def partitions(paths: Any, files_per_partition: int = 16) -> list[list[Any]]:
    """The work of each partition: a dump alone, other files in groups.

    >>> [len(p) for p in partitions(["seeds/"], files_per_partition=2)]
    [2, 2, 1]
    """
    from .dump import is_dump

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    out: list[list[Any]] = []
    group: list[Any] = []
    for p in paths:
        for f in files(p) if isinstance(p, (str, os.PathLike)) else [p]:
            if isinstance(f, Path) and is_dump(f):
                out.append([os.fspath(f)])  # a dump is streamed by one worker
                continue
            group.append(os.fspath(f) if isinstance(f, Path) else f)
            if len(group) >= files_per_partition:
                out.append(group)
                group = []
    if group:
        out.append(group)
    return out


def _partition(job: str, options: dict[str, Any], items: list[Any]) -> "pd.DataFrame":
    """One partition's frame (runs on a worker)."""
    rows: list[dict[str, Any]] = []
    for item in work_items(items) if any(isinstance(i, (str, os.PathLike)) for i in items) else items:
        result = _rows(job, options, item)
        if isinstance(result, Exception):
            if job in ("reconcile", "sources"):
                from .reconciliation import error_row

                rows.append(error_row(result, by_source=job == "sources"))
            continue
        rows.extend(result)
    return _frame(job, rows)


def _schema(job: str) -> Any:
    from . import schemas

    return {"figures": schemas.FigureSchema, "incidents": schemas.IncidentSchema,
            "reconcile": schemas.ReconciliationSchema, "sources": schemas.SourceReconciliationSchema}[job]


def frame(job: str, source: Any, *, files_per_partition: int = 16, validate: bool = True, **options: Any) -> "dd.DataFrame":
    """The Dask DataFrame of ``job`` ("figures", "incidents", "reconcile" or
    "sources") over ``source`` (see the module docs).

    >>> ddf = frame("figures", ["seeds/"], files_per_partition=2)
    >>> ddf.npartitions, len(compute(ddf))
    (3, 21)
    """
    import dask.bag as db
    import dask.dataframe as dd
    from dask import delayed

    if job not in JOBS:
        raise ValueError(f"unknown job {job!r}; expected one of {', '.join(JOBS)}")
    with _config():
        meta = _frame(job, [])
        if isinstance(source, db.Bag):
            parts = [delayed(_partition)(job, options, part) for part in source.to_delayed()]
            ddf = dd.from_delayed(parts, meta=meta, verify_meta=False)
        else:
            work = partitions(source, files_per_partition)
            if not work:
                return dd.from_pandas(meta, npartitions=1)
            ddf = dd.from_map(_partition, [job] * len(work), [options] * len(work), work, meta=meta,
                              enforce_metadata=False)
        if validate:
            ddf = _schema(job).validate(ddf)
    return ddf


def figures(source: Any, **kwargs: Any) -> "dd.DataFrame":
    """:func:`~casualtylib.infobox_figures` as a Dask DataFrame.

    >>> compute(figures(["seeds/004_53af8563b63003c2.txt"]))["low"].tolist()
    [73, 5, 51, 13, 17, 115000]
    """
    return frame("figures", source, **kwargs)


def incidents(source: Any, **kwargs: Any) -> "dd.DataFrame":
    """:func:`~casualtylib.extract_incidents` as a Dask DataFrame.

    >>> ddf = incidents(["seeds/"], files_per_partition=5)
    >>> ddf.npartitions, len(compute(ddf))
    (1, 267)
    """
    return frame("incidents", source, **kwargs)


def reconcile(source: Any, *, policy: str = "literal", **kwargs: Any) -> "dd.DataFrame":
    """:func:`~casualtylib.reconcile` as a Dask DataFrame.

    >>> compute(reconcile(["seeds/004_53af8563b63003c2.txt"]))["status"].astype(str).tolist()
    ['consistent', 'consistent', 'infobox_exceeds', 'no_incidents']
    """
    return frame("reconcile", source, policy=policy, **kwargs)


def reconcile_sources(source: Any, *, policy: str = "literal", **kwargs: Any) -> "dd.DataFrame":
    """:func:`~casualtylib.reconcile_sources` as a Dask DataFrame.

    >>> compute(reconcile_sources(["seeds/004_53af8563b63003c2.txt"]))["source"].tolist()
    ['unattributed', 'unattributed', 'unattributed']
    """
    return frame("sources", source, policy=policy, **kwargs)


def compute(ddf: "dd.DataFrame", *, scheduler: str | None = None) -> "pd.DataFrame":
    """Compute ``ddf`` into one pandas frame, on the Dask cluster at
    ``scheduler`` (an address such as ``tcp://10.0.0.5:8786``) when given.

    >>> df = compute(reconcile(["seeds/"], files_per_partition=2))
    >>> type(df).__name__, len(df)
    ('DataFrame', 17)
    """
    with _config():
        if scheduler is None:
            return ddf.compute().reset_index(drop=True)
        from distributed import Client

        with Client(scheduler) as client:
            return client.compute(ddf).result().reset_index(drop=True)
