"""Where incident figures sit in time: the pure part of the timeline, shared
by the matplotlib picture (:mod:`casualtylib.plot`) and the HTML report's
inline SVG (:mod:`casualtylib.report`).

Placement: a day-precise figure sits on its day; a month- or year-precise
one on the first day of its month or year (moved into the period when that
day lies before it); a figure with no date at the period's start. A range
("in the last two weeks") sits on its last day.

>>> import datetime as dt
>>> day_of("2012-03", dt.date(2012, 3, 9)), day_of("2012-02-14/2012-02-28", None)
(datetime.date(2012, 3, 9), datetime.date(2012, 2, 28))
>>> format_interval(90, 200), format_interval(51, None), format_interval(None, None)
('90–200', '51+', 'no figure')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .article import Article
    from .prose import Incident

__all__ = ["VERDICT", "day_of", "steps", "format_interval", "period_text"]

#: What each reconciliation status means, in words.
VERDICT = {
    "consistent": "consistent (the ranges overlap)",
    "infobox_exceeds": "the infobox claims more than the text reports",
    "incidents_exceed": "the text reports more than the infobox",
    "no_infobox_figure": "the infobox gives no number",
    "no_incidents": "the text reports no figure",
}


def day_of(iso: str | None, period_start: dt.date | None) -> dt.date | None:
    """Where a figure dated ``iso`` sits on the time axis (see the module docs)."""
    if not iso:
        return period_start
    iso = iso.split("/")[-1]
    parts = [int(p) for p in iso.split("-")]
    day = dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    if len(parts) < 3 and period_start is not None and day < period_start:
        return period_start
    return day


def steps(rows: Sequence["Incident"], start: dt.date | None) -> tuple[list[dt.date], list[int], list[int | None]]:
    """Dates and the cumulative low and high after each (high None once open)."""
    placed = sorted(((day_of(r.date, start), r) for r in rows), key=lambda p: (p[0] or dt.date.min, p[1].start))
    dates, lows, highs = [], [], []
    low, high = 0, 0
    for day, r in placed:
        if day is None:
            continue
        low += r.low
        high = None if high is None or r.high is None else high + r.high
        dates.append(day)
        lows.append(low)
        highs.append(high)
    return dates, lows, highs


def _missing(value: Any) -> bool:
    """None, NaN or pandas' NA (without importing pandas)."""
    return value is None or (isinstance(value, float) and value != value) or type(value).__name__ == "NAType"


def format_interval(low: Any, high: Any, *, missing: str = "no figure") -> str:
    """A count interval as people write it: "13", "90–200", "51+".

    ``high`` None (or NA, as in the DataFrames) is open; ``low`` missing
    gives ``missing``. Works on the ``*_low``/``*_high`` columns of
    :func:`~casualtylib.reconcile` row by row.

    >>> format_interval(1403, 1403), format_interval(90, 200), format_interval(51, None)
    ('1,403', '90–200', '51+')
    >>> import casualtylib
    >>> df = casualtylib.reconcile("seeds/004_53af8563b63003c2.txt")
    >>> [format_interval(lo, hi) for lo, hi in zip(df["infobox_low"], df["infobox_high"])]
    ['78+', '64+', '17+', '115,000']
    """
    if _missing(low):
        return missing
    if _missing(high):
        return f"{low:,}+"
    return f"{low:,}" if low == high else f"{low:,}–{high:,}"


def period_text(art: "Article") -> str:
    """The article's infobox period in words ("1 September 2011 – 14 April 2012")."""
    start, end = art.period.start, art.period.end
    if start is None:
        return "no infobox period"
    return f"{start.day} {start:%B %Y} – " + (f"{end.day} {end:%B %Y}" if end is not None else "ongoing")
