"""An audit report: one self-contained HTML file an editor can check by eye.

Per article: the reconciliation table (each infobox side's figure against
the interval sum of the incidents that count, with the ids of those summed
as links), an inline SVG timeline per side, and the article's text with every
extracted figure highlighted in its side's colour. Hovering a highlight
shows its date, count, outcome, sources, hedge and relation; hovering a
table row outlines the incidents it summed. No script, style sheet or font
is fetched: the file works offline and can be mailed. All article text is
escaped, so markup in an article shows as text and never runs.

>>> import casualtylib
>>> html = casualtylib.render_report("seeds/004_53af8563b63003c2.txt")
>>> html.startswith("<!DOCTYPE html>"), html.count('<mark class="side-'), "<svg" in html
(True, 13, True)
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ._timeline import VERDICT, format_interval, period_text, steps
from .article import Article, each_article
from .errors import CasualtyError

if TYPE_CHECKING:
    from .prose import Incident
    from .reconciliation import Reconciliation

__all__ = ["render_report", "write_report", "SIDE_COLOURS"]

#: The highlight colour of each incident side (also the legend's).
SIDE_COLOURS = {"government": "#f4a6a6", "opposition": "#9fc5e8", "civilian": "#b6d7a8", "unknown": "#d9d9d9"}
_STATUS_COLOURS = {"consistent": "#d9ead3", "infobox_exceeds": "#fce5cd", "incidents_exceed": "#fce5cd",
                   "no_infobox_figure": "#eeeeee", "no_incidents": "#eeeeee", "error": "#f4cccc"}
_TABLE_HEAD = "#3d5a80"

_CSS = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 1100px; padding: 1em 2em; color: #222; }
h1 { font-size: 1.6em; } h2 { margin-top: 2.2em; border-bottom: 2px solid #ccc; }
table.rec { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; font-size: 0.92em; }
table.rec th { background: TABLEHEAD; color: #fff; text-align: left; padding: 0.35em 0.5em; }
table.rec td { border-bottom: 1px solid #ddd; padding: 0.3em 0.5em; vertical-align: top; }
table.rec tr:hover td { background: #fff8d6; }
td.status { font-weight: 600; }
.ids a { font-family: ui-monospace, monospace; font-size: 0.85em; margin-right: 0.3em; }
.field { color: #555; font-size: 0.85em; }
.legend span { padding: 0.1em 0.5em; margin-right: 0.6em; border-radius: 3px; }
.text { white-space: pre-wrap; background: #fafafa; border: 1px solid #e5e5e5; padding: 1em; }
mark { position: relative; padding: 0 1px; border-radius: 2px; color: inherit; cursor: help; }
mark.linked, mark:target { outline: 3px solid #e69138; }
mark:hover::after { content: attr(data-tip); position: absolute; left: 0; top: 1.6em; z-index: 5;
  white-space: pre; background: #222; color: #fff; font-size: 0.8em; line-height: 1.35;
  padding: 0.45em 0.6em; border-radius: 4px; pointer-events: none; }
svg.timeline { display: block; margin: 0.3em 0 1em; }
.error { color: #a00; }
"""
for _side, _colour in SIDE_COLOURS.items():
    _CSS += (f"mark.side-{_side} {{ background-color: {_colour}; }}\n"
             f"mark.side-{_side}.excluded {{ background-color: transparent; border-bottom: 3px dashed {_colour}; }}\n")
_CSS = _CSS.replace("TABLEHEAD", _TABLE_HEAD)

# Outline the incidents a table row summed while the row is hovered. The
# report works without it: the ids are links too.
_JS = """
document.querySelectorAll('tr[data-counted]').forEach(function (row) {
  var ids = row.getAttribute('data-counted').split(' ').filter(Boolean);
  function mark(on) { ids.forEach(function (id) { var m = document.getElementById(id);
    if (m) { m.classList.toggle('linked', on); } }); }
  row.addEventListener('mouseenter', function () { mark(true); });
  row.addEventListener('mouseleave', function () { mark(false); });
});
"""


def _e(text: Any) -> str:
    """Escape for HTML text and attribute values alike."""
    return html.escape(str(text), quote=True)


def _anchor(n: int, incident_id: str) -> str:
    """A document-unique element id for one incident of article ``n``."""
    return f"a{n}-" + re.sub(r"[^A-Za-z0-9_-]", "_", incident_id)


def _tip(r: "Incident", counted_in: Sequence[str]) -> str:
    lines = [
        f"{r.id}: {r.date or 'no date'} ({r.date_precision})",
        f"count: {format_interval(r.low, r.high)} ({r.qualifier}), {r.outcome}",
        f"side: {r.side}" + (f" ({r.subject})" if r.subject else ""),
        f"sources: {', '.join(r.sources) if r.sources else 'unattributed'}",
        f"hedged: {'yes' if r.hedged else 'no'}; in period: {'yes' if r.in_period else 'no'}",
        f"relation: {r.relation or 'none'}",
        "summed in: " + (", ".join(counted_in) if counted_in else "no infobox total"),
    ]
    return "\n".join(lines)


def _highlighted(art: Article, rows: Sequence["Incident"], n: int, counted_in: dict[str, list[str]]) -> str:
    """The article's body, escaped, with each incident's quote in a <mark>.

    Quotes nest when one lies inside another; one that crosses the end of an
    enclosing quote is cut there (its tooltip still has the whole figure).
    """
    text = art.text
    base = art.body_start
    base += len(text[base:base + 200]) - len(text[base:base + 200].lstrip())  # no blank lines on top
    out: list[str] = []
    pos = base
    stack: list[int] = []  # ends of the open marks
    for r in sorted((r for r in rows if base <= r.start < r.end <= len(text)), key=lambda r: (r.start, -r.end)):
        while stack and stack[-1] <= r.start:
            out.append(_e(text[pos:stack[-1]]) + "</mark>")
            pos = stack.pop()
        end = min(r.end, stack[-1]) if stack else r.end
        out.append(_e(text[pos:r.start]))
        pos = r.start
        cls = f"side-{r.side if r.side in SIDE_COLOURS else 'unknown'}" + ("" if counted_in.get(r.id) else " excluded")
        tip = _tip(r, counted_in.get(r.id, []))
        out.append(f'<mark class="{cls}" id="{_anchor(n, r.id)}" data-tip="{_e(tip)}" title="{_e(tip)}">')
        stack.append(end)
    while stack:
        out.append(_e(text[pos:stack[-1]]) + "</mark>")
        pos = stack.pop()
    out.append(_e(text[pos:]))
    return "".join(out)


def _svg(art: Article, rec: "Reconciliation", rows: list["Incident"], *, width: int = 900, height: int = 150) -> str:
    """One side's timeline as inline SVG: the cumulative low (solid) and high
    (dashed) of the summed incidents, the infobox interval as a band, the
    infobox period shaded."""
    left, right, top, bottom = 60, 20, 22, 28
    start, end = art.period.start, art.period.end
    dates, lows, highs = steps(rows, start)
    days = [d for d in (start, end, *dates) if d is not None]
    if not days:
        return f'<p class="field">No dated figure and no infobox period to draw for side {_e(rec.side)}.</p>'
    x0, x1 = min(days), max(days)
    span = max((x1 - x0).days, 1)
    box_top = 0 if rec.infobox is None else (rec.infobox.high or int(rec.infobox.low * 1.25) + 1)
    peak = max([1, box_top, *lows, *(h for h in highs if h is not None)])
    ymax = peak * 1.1
    inner_w, inner_h = width - left - right, height - top - bottom

    def x(d: dt.date) -> float:
        return round(left + inner_w * (d - x0).days / span, 1)

    def y(v: float) -> float:
        return round(top + inner_h * (1 - v / ymax), 1)

    parts = [f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'role="img" aria-label="{_e(f"timeline of side {rec.side}")}">',
             f'<rect x="{left}" y="{top}" width="{inner_w}" height="{inner_h}" fill="#fff" stroke="#ccc"/>']
    if start is not None:
        parts.append(f'<rect x="{x(start)}" y="{top}" width="{max(x(end or start) - x(start), 1)}" '
                     f'height="{inner_h}" fill="#999" fill-opacity="0.15"><title>infobox period</title></rect>')
    if rec.infobox is not None:
        lo, hi = rec.infobox.low, rec.infobox.high
        band_top = y(hi if hi is not None else ymax)
        parts.append(f'<rect x="{left}" y="{band_top}" width="{inner_w}" height="{max(y(lo) - band_top, 2)}" '
                     f'fill="#e69138" fill-opacity="0.3"><title>infobox: {_e(format_interval(lo, hi))}</title></rect>')
    if dates:
        first, last = min(dates[0], x0), max(dates[-1], x1)

        def path(values: list[int]) -> str:
            pts = [(x(first), y(0))]
            for d, v in zip(dates, values):
                pts += [(x(d), pts[-1][1]), (x(d), y(v))]
            pts.append((x(last), pts[-1][1]))
            return " ".join(f"{a},{b}" for a, b in pts)

        parts.append(f'<polyline points="{path(lows)}" fill="none" stroke="#1f4e79" stroke-width="2">'
                     f'<title>cumulative low</title></polyline>')
        bounded = highs if all(h is not None for h in highs) else highs[: highs.index(None)]
        if bounded:
            parts.append(f'<polyline points="{path(bounded)}" fill="none" stroke="#6fa8dc" stroke-width="1.5" '
                         f'stroke-dasharray="5,3"><title>cumulative high</title></polyline>')
        for d, lo in zip(dates, lows):
            parts.append(f'<circle cx="{x(d)}" cy="{y(lo)}" r="2.5" fill="#1f4e79"/>')
    for value in (peak, 0):
        parts.append(f'<text x="{left - 6}" y="{y(value) + 4}" text-anchor="end" font-size="11">{value:,}</text>')
    parts.append(f'<text x="{left}" y="{height - 8}" font-size="11">{_e(x0.isoformat())}</text>')
    parts.append(f'<text x="{width - right}" y="{height - 8}" text-anchor="end" font-size="11">{_e(x1.isoformat())}</text>')
    who = rec.party or {"civilian": "civilians"}.get(rec.covers, rec.covers)
    title = (f"Side {rec.side} — {who}: infobox "
             f"{format_interval(*(rec.infobox.low, rec.infobox.high) if rec.infobox else (None, None))}, "
             f"text {format_interval(rec.incidents.low, rec.incidents.high)}")
    parts.append(f'<text x="{left}" y="15" font-size="12" font-weight="600">{_e(title)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _table(art: Article, recs: Sequence["Reconciliation"], n: int) -> str:
    head = ("side", "party", "covers", "outcome", "unit", "infobox field", "infobox", "incidents", "coverage",
            "status", "incidents summed")
    out = ['<table class="rec"><thead><tr>' + "".join(f"<th>{h}</th>" for h in head) + "</tr></thead><tbody>"]
    keys = {side: key for key, side in art.casualty_fields()}
    for rec in recs:
        field = art.infobox.get(keys.get(rec.side, ""), "")
        ids = " ".join(_anchor(n, i) for i in rec.counted)
        links = "".join(f'<a href="#{_anchor(n, i)}">{_e(i)}</a>' for i in rec.counted) or "—"
        box = format_interval(rec.infobox.low, rec.infobox.high) if rec.infobox else "—"
        coverage = "" if rec.coverage is None else f"{rec.coverage:.0%}"
        colour = _STATUS_COLOURS.get(rec.status, "#fff")
        cells = [_e(rec.side), _e(rec.party or ""), _e(rec.covers), _e(rec.outcome), _e(rec.unit),
                 f'<span class="field">{_e(field)}</span>', _e(box),
                 _e(format_interval(rec.incidents.low, rec.incidents.high)), _e(coverage),
                 f'<span title="{_e(VERDICT.get(rec.status, rec.status))}">{_e(rec.status)}</span>',
                 f'<span class="ids">{links}</span>']
        out.append(f'<tr data-counted="{_e(ids)}">' + "".join(
            f'<td class="status" style="background:{colour}">{c}</td>' if i == 9 else f"<td>{c}</td>"
            for i, c in enumerate(cells)) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _section(art: Article, n: int, policy: str) -> str:
    from .prose import incidents
    from .reconciliation import reconcile_article

    rows = incidents(art)
    by_id = {r.id: r for r in rows}
    recs = reconcile_article(art, policy=policy, incidents=rows)
    counted_in: dict[str, list[str]] = {}
    for rec in recs:
        for i in rec.counted:
            counted_in.setdefault(i, []).append(f"side {rec.side} {rec.outcome}")
    parts = [f'<section id="a{n}"><h2>{_e(art.title)}</h2>',
             f'<p class="field">{_e(art.name)} · {_e(art.format)} · infobox period {_e(period_text(art))} · '
             f"{len(rows)} figures in the text</p>"]
    parts.append(_table(art, recs, n) if recs else "<p>No infobox casualty field.</p>")
    for rec in recs:
        if (rec.outcome, rec.unit) == ("killed", "person"):
            parts.append(_svg(art, rec, [by_id[i] for i in rec.counted]))
    parts.append("<h3>The text</h3>")
    parts.append(_legend())
    parts.append(f'<div class="text">{_highlighted(art, rows, n, counted_in)}</div></section>')
    return "".join(parts)


def _legend() -> str:
    spans = "".join(f'<span style="background:{c}">{_e(s)}</span>' for s, c in SIDE_COLOURS.items())
    return (f'<p class="legend">{spans} Dashed: not summed in any infobox total (out of period, a duplicate, '
            "an alternative, a part, replaced by an update, or a side with no infobox figure). "
            "Hover a figure for its date, count, sources and relation.</p>")


def render_report(articles: Any, *, policy: str = "literal", title: str = "casualtylib audit report",
                  on_error: Callable[[CasualtyError], None] | None = None) -> str:
    """The audit report of ``articles`` as one self-contained HTML document.

    Args:
        articles: an article, a path, folder or dump, or an iterable of them.
        policy: the counting policy, as in :func:`~casualtylib.reconcile`.
        title: the page's title.
        on_error: called with the error of each article that cannot be read.

    An article that cannot be read gets a section naming the error (and is
    passed to ``on_error``); the others are still reported.

    >>> html = render_report("= Battle of <X> =\\n\\nInfobox\\n- Date: 3 March 2012\\n- Combatant1: Syrian Army\\n"
    ...                      "- Casualties1: 12 killed\\n\\n==March==\\nOn 3 March, 12 soldiers were killed.\\n")
    >>> "Battle of &lt;X&gt;" in html, "<X>" in html
    (True, False)
    >>> print(html[html.index("<mark"):html.index("</mark>") + 7].split(" data-tip")[0])
    <mark class="side-government" id="a1-battle-of-x-1"
    """
    body, titles = [], []
    for n, item in enumerate(each_article(articles, errors="return"), 1):
        if isinstance(item, Exception):
            if on_error is not None:
                on_error(item)
            titles.append(f"Could not read {getattr(item, 'path', '') or '?'}")
            body.append(f'<section id="a{n}"><h2 class="error">Could not read {_e(getattr(item, "path", "") or "?")}</h2>'
                        f'<p class="error">{_e(item)}</p></section>')
            continue
        titles.append(item.title)
        body.append(_section(item, n, policy))
    toc = "".join(f'<li><a href="#a{i}">{_e(t)}</a></li>' for i, t in enumerate(titles, 1))
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>"
            f"<h1>{_e(title)}</h1><p>Each infobox casualty figure against the interval sum of the incident "
            f"figures its article's text reports inside the infobox period (policy: {_e(policy)}).</p>"
            f"<ol>{toc}</ol>{''.join(body)}<script>{_JS}</script></body></html>\n")


def write_report(articles: Any, out: "str | os.PathLike[str]", **kwargs: Any) -> str:
    """Write :func:`render_report` to ``out`` (an ``.html`` file); returns the path.

    >>> import tempfile, pathlib
    >>> path = write_report("seeds/004_53af8563b63003c2.txt", pathlib.Path(tempfile.mkdtemp()) / "report.html")
    >>> path.endswith("report.html")
    True
    """
    out = os.fspath(out)
    if os.path.splitext(out)[1].lower() not in (".html", ".htm"):
        raise CasualtyError("the report must be an .html file", path=out)
    document = render_report(articles, **kwargs)
    try:
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(document)
    except OSError as exc:
        raise CasualtyError(f"cannot write the report: {exc.strerror or exc}", path=out) from None
    return out
