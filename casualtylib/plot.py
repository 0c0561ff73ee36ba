"""The timeline picture of a reconciliation: matplotlib, imported only here.

:func:`plot_timeline` draws one panel per infobox side: the cumulative sum
of the incident figures that :func:`~casualtylib.reconcile` counts, as two
step lines (the low and, while it is bounded, the high), the infobox's
interval as a band, and the infobox period shaded. Figures reported outside
the period are marked along the bottom, not added.

Placement (:mod:`casualtylib._timeline`): a day-precise figure sits on its
day; a month- or year-precise one on the first day of its month or year
(moved into the period when that day lies before it); a figure with no date
at the period's start. A range ("in the last two weeks") sits on its last day.

>>> import casualtylib
>>> fig = casualtylib.plot_timeline("seeds/004_53af8563b63003c2.txt")
>>> [ax.get_title(loc="left").split(":")[0] for ax in fig.axes]
['Side 1 — Syrian Salvation Government', 'Side 2 — Syrian government', 'Side 3 — civilians']
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from .article import Article, read_article
from ._timeline import VERDICT, day_of, format_interval, period_text, steps
from .errors import CasualtyError

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from .prose import Incident
    from .reconciliation import Reconciliation

__all__ = ["plot_timeline", "save_timeline"]

_LOW, _HIGH, _BOX, _PERIOD, _OUT = "#1f4e79", "#6fa8dc", "#e69138", "#999999", "#999999"


def _panel(ax: "Axes", art: Article, rec: "Reconciliation", rows: list["Incident"], outside: list["Incident"]) -> None:
    start, end = art.period.start, art.period.end
    if start is not None:
        ax.axvspan(start, end or start, color=_PERIOD, alpha=0.18, lw=0, label="infobox period")
    dates, lows, highs = steps(rows, start)
    if dates:
        first = start if start is not None and start < dates[0] else dates[0]
        last = end if end is not None and end > dates[-1] else dates[-1]
        ax.step([first, *dates, last], [0, *lows, lows[-1]], where="post", color=_LOW, lw=2,
                label="reported in the text, low (cumulative)")
        bounded = [i for i, h in enumerate(highs) if h is not None]
        if bounded and highs[-1] is not None:
            ax.step([first, *dates, last], [0, *highs, highs[-1]], where="post", color=_HIGH, lw=1.5, ls="--",
                    label="reported in the text, high (cumulative)")
        else:
            opened = highs.index(None)
            if opened:
                ax.step([first, *dates[:opened]], [0, *highs[:opened]], where="post", color=_HIGH, lw=1.5, ls="--",
                        label="reported in the text, high (cumulative)")
            ax.plot([dates[opened]], [lows[opened]], marker="^", ms=9, color=_HIGH, ls="none",
                    label="high open from here ('at least', 'dozens')")
    if rec.infobox is not None:
        low, high = rec.infobox.low, rec.infobox.high
        if high is None:
            ax.axhline(low, color=_BOX, lw=1.5, label=f"infobox: {format_interval(low, high)} (open above)")
            ax.axhspan(low, max(low * 1.25, low + 1), color=_BOX, alpha=0.15, lw=0)
        else:
            ax.axhspan(low, max(high, low + 0.5), color=_BOX, alpha=0.25, lw=0, label=f"infobox: {format_interval(low, high)}")
            ax.axhline(low, color=_BOX, lw=1)
    if outside:
        days = [d for d in (day_of(r.date, None) for r in outside) if d is not None]
        if days:
            ax.plot(days, [0] * len(days), marker="x", color=_OUT, ls="none", ms=6, clip_on=False,
                    label=f"reported outside the period, not counted ({len(days)})")
    who = rec.party or {"civilian": "civilians"}.get(rec.covers, rec.covers)
    ax.set_title(
        f"Side {rec.side} — {who}: infobox {format_interval(*(rec.infobox.low, rec.infobox.high) if rec.infobox else (None, None))}, "
        f"text {format_interval(rec.incidents.low, rec.incidents.high)} from {len(rec.counted)} report(s); {VERDICT[rec.status]}",
        loc="left", fontsize=10)
    ax.set_ylabel(f"{rec.outcome} (cumulative)")
    ax.set_ylim(bottom=0)
    ax.grid(axis="y", alpha=0.3)
    ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=8, frameon=False)


def plot_timeline(article: "Article | str | os.PathLike[str]", *, policy: str = "literal", outcome: str = "killed") -> "Figure":
    """The timeline figure of one article (see the module docs): a
    :class:`matplotlib.figure.Figure` with one panel per infobox side.

    Args:
        article: an :class:`~casualtylib.Article`, a path or text.
        policy: the counting policy, as in :func:`~casualtylib.reconcile`.
        outcome: which outcome to draw ("killed" counts executed too).

    Raises:
        CasualtyError: the article has no casualty field to draw.
        ImportError: matplotlib is not installed (``pip install casualtylib[plot]``).

    >>> fig = plot_timeline("seeds/001_82e133301474c6dc.txt")
    >>> len(fig.axes), fig.axes[2].get_title(loc="left").split(";")[0]
    (3, 'Side 3 — civilians: infobox 90–200, text 7–307 from 3 report(s)')
    """
    try:
        from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
        from matplotlib.figure import Figure
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("plotting needs matplotlib: pip install 'casualtylib[plot]'") from exc

    from .prose import incidents
    from .reconciliation import reconcile_article

    art = read_article(article)
    rows = incidents(art)
    by_id = {r.id: r for r in rows}
    recs = [r for r in reconcile_article(art, policy=policy, incidents=rows) if (r.outcome, r.unit) == (outcome, "person")]
    if not recs:
        raise CasualtyError(f"no infobox casualty field with {outcome!r} figures of people to plot", path=art.path or art.name)
    fig = Figure(figsize=(13, 2.9 * len(recs) + 0.9), layout="constrained")
    axes = fig.subplots(len(recs), 1, squeeze=False, sharex=True)[:, 0]
    for ax, rec in zip(axes, recs):
        counted = [by_id[i] for i in rec.counted]
        outside = [by_id[i] for i in rec.excluded if not by_id[i].in_period]
        _panel(ax, art, rec, counted, outside)
    locator = AutoDateLocator()
    axes[-1].xaxis.set_major_locator(locator)
    axes[-1].xaxis.set_major_formatter(ConciseDateFormatter(locator))
    axes[-1].set_xlabel("date of the report (month- or year-dated figures at the start of their month or year)")
    period = period_text(art)
    fig.suptitle(f"{art.title}\n{outcome}: the infobox against the figures reported in the text, {period}", fontsize=12)
    return fig


def save_timeline(article: "Article | str | os.PathLike[str]", out: "str | os.PathLike[str]", **kwargs: Any) -> str:
    """Draw :func:`plot_timeline` and write it to ``out`` (PNG, SVG or PDF, by
    its suffix); returns the path written.

    >>> import tempfile, pathlib
    >>> save_timeline("seeds/004_53af8563b63003c2.txt", pathlib.Path(tempfile.mkdtemp()) / "t.svg").endswith("t.svg")
    True
    """
    out = os.fspath(out)
    suffix = os.path.splitext(out)[1].lower()
    if suffix not in (".png", ".svg", ".pdf"):
        raise CasualtyError(f"the picture must be .png, .svg or .pdf, not {suffix or 'nothing'!r}", path=out)
    fig = plot_timeline(article, **kwargs)
    fig.savefig(out, dpi=120)
    return out
