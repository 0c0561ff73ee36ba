"""Synthetic corpora for tests and benchmarks: articles as wikitext, and
MediaWiki XML dumps written from them.

>>> from casualtylib import read_article
>>> art = read_article("= Battle of X =\\n\\nInfobox\\n- Date: 3 March 2012\\n- Casualties1: 12 killed\\n\\n== March ==\\nOn 3 March, 12 soldiers were killed.\\n")
>>> print(to_wikitext(art))
{{Infobox military conflict
| conflict = Battle of X
| date = 3 March 2012
| casualties1 = 12 killed
}}
== March ==
On 3 March, 12 soldiers were killed.
<BLANKLINE>
"""

from __future__ import annotations

import bz2
import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from ._render import number_words
from ._timeline import format_interval
from .article import Article

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["to_wikitext", "write_dump", "Report", "ExpectedRow", "SyntheticArticle", "build_article", "side_sum"]


def to_wikitext(art: Article, *, title: str | None = None) -> str:
    """The article as MediaWiki wikitext with a military-conflict infobox."""
    fields = {"conflict": title or art.title, **{k: v for k, v in art.infobox.items() if k != "conflict"}}
    box = "".join(f"| {k} = {v}\n" for k, v in fields.items())
    return "{{Infobox military conflict\n" + box + "}}\n" + art.text[art.body_start:].lstrip("\n")


def write_dump(pages: Iterable[tuple[str, str]], path: "str | os.PathLike[str]", *, namespace: int = 0) -> str:
    """Write ``(title, wikitext)`` pages as a pages-articles XML export
    (bzip2-compressed when ``path`` ends in ``.bz2``); returns the path."""
    path = os.fspath(path)
    opener = bz2.open if path.endswith(".bz2") else open
    with opener(path, "wt", encoding="utf-8") as fh:  # type: ignore[operator]
        fh.write('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">\n')
        for i, (title, text) in enumerate(pages, 1):
            fh.write(f"  <page>\n    <title>{escape(title)}</title>\n    <ns>{namespace}</ns>\n    <id>{i}</id>\n"
                     f"    <revision>\n      <id>{i}</id>\n      <text xml:space=\"preserve\">{escape(text)}</text>\n"
                     "    </revision>\n  </page>\n")
        fh.write("</mediawiki>\n")
    return path


# --- synthetic battle articles whose reconciliation is known -------------------------------------

#: Infobox side number of each incident side in the synthetic articles, and
#: the combatant that stands for it.
SIDE_NUMBERS = {"opposition": 1, "government": 2, "civilian": 3}
COMBATANTS = {1: "Free Syrian Army", 2: "Syrian Government"}
_INFOBOX_SUBJECTS = {1: "fighters", 2: "soldiers", 3: "civilians"}
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]

#: Sentence forms of one report, per side: ``{lead}`` is the date ("On 14
#: November"), ``{n}`` the count, ``{hedge}`` "reportedly " or nothing,
#: ``{src}`` the reporter ("SOHR"), ``{place}`` a town.
SENTENCES = {
    "government": [
        "{lead}, {src} reported that {n} soldiers were {hedge}killed in {place}.",
        "{lead}, {n} soldiers were {hedge}killed in an ambush near {place}, according to {src}.",
        "{lead}, {n} members of the security forces were {hedge}killed at a checkpoint in {place}.",
    ],
    "opposition": [
        "{lead}, {src} reported that {n} rebels were {hedge}killed in {place}.",
        "{lead}, {n} rebel fighters were {hedge}killed in clashes near {place}, according to {src}.",
        "{lead}, {n} FSA fighters were {hedge}killed when the army stormed {place}.",
    ],
    "civilian": [
        "{lead}, {src} reported that {n} civilians were {hedge}killed in {place}.",
        "{lead}, {n} civilians were {hedge}killed by shelling in {place}, according to {src}.",
        "{lead}, {n} civilians, including children, were {hedge}killed in an air strike on {place}.",
    ],
}
#: How a report's count is written: ``{a}``/``{b}`` are the ends of a range.
COUNT_FORMS = {"exact": "{a}", "at_least": "at least {a}", "range": "between {a} and {b}"}
PLACES = ["Kafr Nabl", "Halfaya", "Morek", "Latamneh", "Suran", "Karnaz", "Kafr Zita", "Taybat al-Imam",
          "Qalaat al-Madiq", "Souran", "Tremseh", "Khan Shaykhun"]
SOURCES = ["SOHR", "SANA", "activists", "the LCC", "SNHR", "opposition activists"]
FORMATS = ("plain", "frontmatter", "wikitext")


@dataclass(frozen=True)
class Report:
    """One incident as the prose of a synthetic article states it."""

    date: dt.date
    side: str
    low: int
    high: int | None
    form: int = 0
    source: str = "SOHR"
    place: str = "Kafr Nabl"
    hedged: bool = False
    words: bool = False

    @property
    def count(self) -> str:
        """The count as the sentence writes it ("13", "thirteen", "at least 5", "between 3 and 8")."""
        qualifier = "exact" if self.high == self.low else "at_least" if self.high is None else "range"
        a = number_words(self.low) if self.words and self.low < 100 else f"{self.low:,}"
        b = None if self.high is None else f"{self.high:,}"
        return COUNT_FORMS[qualifier].format(a=a, b=b)

    def sentence(self, *, with_year: bool = False) -> str:
        lead = f"On {self.date.day} {_MONTHS[self.date.month - 1]}" + (f" {self.date.year}" if with_year else "")
        text = SENTENCES[self.side][self.form % len(SENTENCES[self.side])].format(
            lead=lead, n=self.count, hedge="reportedly " if self.hedged else "", src=self.source, place=self.place)
        return text[0].upper() + text[1:]


@dataclass(frozen=True)
class ExpectedRow:
    """What :func:`casualtylib.reconcile` must say of one infobox side (killed, people)."""

    side: int
    covers: str
    infobox: tuple[int, int | None] | None
    incidents: tuple[int, int | None]
    n_incidents: int
    status: str


@dataclass(frozen=True)
class SyntheticArticle:
    """A generated battle article and its reconciliation, known by construction.

    ``text`` is the article in ``format`` (one of :data:`FORMATS`);
    ``reports`` are the incidents its prose states inside the period and
    ``background`` those it states before (which must not count);
    ``expected`` holds one :class:`ExpectedRow` per infobox side.

    >>> import datetime as dt
    >>> case = build_article("Siege of Suran", dt.date(2012, 3, 1), dt.date(2012, 3, 31),
    ...     [Report(dt.date(2012, 3, 9), "civilian", 3, 8, form=1, source="SNHR", place="Suran")], {3: (5, None)})
    >>> case.infobox["casualties3"], case.reports[0].sentence()
    ('5+ civilians killed', 'On 9 March, between 3 and 8 civilians were killed by shelling in Suran, according to SNHR.')
    >>> print(case.expected_frame()[["side", "infobox_low", "incident_low", "incident_high", "status"]].to_string(index=False))
     side  infobox_low  incident_low  incident_high     status
        3            5             3              8 consistent
    """

    title: str
    format: str
    start: dt.date
    end: dt.date
    infobox: dict[str, str]
    reports: tuple[Report, ...]
    background: tuple[Report, ...]
    expected: tuple[ExpectedRow, ...]
    text: str

    def expected_rows(self, *, article: str | None = None) -> list[dict]:
        """``expected`` as rows of :data:`~casualtylib.reconciliation.RECONCILE_COLUMNS`."""
        rows = []
        for e in self.expected:
            box_low = None if e.infobox is None else e.infobox[0]
            excluded = sum(1 for r in self.background if SIDE_NUMBERS[r.side] == e.side)
            rows.append({
                "article": article or self.title, "side": e.side, "party": COMBATANTS.get(e.side),
                "outcome": "killed", "unit": "person", "covers": e.covers,
                "infobox_low": box_low, "infobox_high": None if e.infobox is None else e.infobox[1],
                "incident_low": e.incidents[0], "incident_high": e.incidents[1], "n_incidents": e.n_incidents,
                "n_excluded": excluded, "coverage": e.incidents[0] / box_low if box_low else None,
                "status": e.status, "error": None})
        return rows

    def expected_frame(self, *, article: str | None = None) -> "pd.DataFrame":
        """``expected`` as the DataFrame :func:`casualtylib.reconcile` must
        give for outcome "killed" (``article`` names the article column;
        by default the title)."""
        from .reconciliation import reconcile_frame

        return reconcile_frame(self.expected_rows(article=article), validate=True)


def _date_text(start: dt.date, end: dt.date) -> str:
    def full(d: dt.date) -> str:
        return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
    return full(start) if start == end else f"{full(start)} – {full(end)}"


def _infobox_killed(low: int, high: int | None, subject: str) -> str:
    return f"{format_interval(low, high)} {subject} killed"


def build_article(title: str, start: dt.date, end: dt.date, reports: Iterable[Report],
                  infobox_totals: dict[int, tuple[int, int | None] | None], *, format: str = "plain",
                  background: Iterable[Report] = (), lead: str = "") -> SyntheticArticle:
    """Write a battle article whose reconciliation is known.

    ``infobox_totals`` gives each side's infobox interval (``None`` writes
    "Unknown"); the expected reconciliation sums ``reports`` per side as
    intervals and compares. Reports must lie within ``[start, end]`` and
    ``background`` ones before ``start``, one report per side and day.

    >>> import datetime as dt
    >>> art = build_article("Battle of Morek", dt.date(2012, 3, 1), dt.date(2012, 4, 30),
    ...     [Report(dt.date(2012, 3, 4), "government", 13, 13, source="SANA")], {2: (13, 13)})
    >>> print(art.text)
    = Battle of Morek =
    <BLANKLINE>
    Infobox
    - Conflict: Battle of Morek
    - Date: 1 March 2012 – 30 April 2012
    - Place: Hama Governorate, Syria
    - Combatant1: Free Syrian Army
    - Combatant2: Syrian Government
    - Casualties2: 13 soldiers killed
    <BLANKLINE>
    The Battle of Morek was fought in Hama Governorate.
    <BLANKLINE>
    ==2012==
    <BLANKLINE>
    ===March===
    On 4 March, SANA reported that 13 soldiers were killed in Kafr Nabl.
    <BLANKLINE>
    >>> art.expected[0]
    ExpectedRow(side=2, covers='government', infobox=(13, 13), incidents=(13, 13), n_incidents=1, status='consistent')
    """
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    reports = tuple(sorted(reports, key=lambda r: (r.date, SIDE_NUMBERS[r.side])))
    background = tuple(sorted(background, key=lambda r: r.date))
    for r in reports:
        if not start <= r.date <= end:
            raise ValueError(f"report dated {r.date} lies outside the period {start} – {end}")
    days = [(r.date, r.side) for r in (*reports, *background)]
    if len(set(days)) < len(days):
        # two reports of one side on one day read as one event told twice
        raise ValueError("two reports of one side on the same day: give each side one report per day")
    for r in background:
        if r.date >= start:
            raise ValueError(f"background report dated {r.date} is not before the period's start {start}")
    infobox = {"conflict": title, "date": _date_text(start, end), "place": "Hama Governorate, Syria",
               "combatant1": COMBATANTS[1], "combatant2": COMBATANTS[2]}
    expected = []
    for side_name, side in SIDE_NUMBERS.items():
        if side not in infobox_totals:
            continue
        total = infobox_totals[side]
        infobox[f"casualties{side}"] = "Unknown" if total is None else _infobox_killed(*total, _INFOBOX_SUBJECTS[side])
        counted = side_sum(reports, side_name)
        n = sum(1 for r in reports if r.side == side_name)
        expected.append(ExpectedRow(side, side_name, total, counted, n, _status(total, counted, n > 0)))
    body = _body(title, start, reports, background, lead)
    text = {"plain": _plain, "frontmatter": _frontmatter, "wikitext": _wikitext}[format](title, infobox, body)
    return SyntheticArticle(title, format, start, end, infobox, reports, background, tuple(expected), text)


def side_sum(reports: Iterable[Report], side: str) -> tuple[int, int | None]:
    """The interval sum of the reports of one incident side (high None once open)."""
    mine = [r for r in reports if r.side == side]
    high = None if any(r.high is None for r in mine) else sum(r.high for r in mine if r.high is not None)
    return sum(r.low for r in mine), high


def _status(box: tuple[int, int | None] | None, inc: tuple[int, int | None], any_counted: bool) -> str:
    if box is None:
        return "no_infobox_figure"
    if not any_counted:
        return "no_incidents"
    if inc[1] is not None and box[0] > inc[1]:
        return "infobox_exceeds"
    if box[1] is not None and inc[0] > box[1]:
        return "incidents_exceed"
    return "consistent"


def _body(title: str, start: dt.date, reports: tuple[Report, ...], background: tuple[Report, ...],
          lead: str) -> list[tuple[int, str, str]]:
    """The body as (heading level, heading, paragraph) triples; level 0 is the lead."""
    parts = [(0, "", lead or f"The {title} was fought in Hama Governorate.")]
    if background:
        parts.append((2, "Background", " ".join(r.sentence(with_year=True) for r in background)))
    year = month = None
    for r in reports:
        if r.date.year != year:
            year, month = r.date.year, None
            parts.append((2, str(year), ""))
        if r.date.month != month:
            month = r.date.month
            parts.append((3, _MONTHS[month - 1], ""))
        level, heading, para = parts[-1]
        parts[-1] = (level, heading, (para + " " + r.sentence()).strip())
    return parts


def _plain(title: str, infobox: dict[str, str], body: list[tuple[int, str, str]]) -> str:
    box = "".join(f"- {k.capitalize()}: {v}\n" for k, v in infobox.items())
    return f"= {title} =\n\nInfobox\n{box}\n" + _wiki_body(body, spaced=False)


def _wiki_body(body: list[tuple[int, str, str]], *, spaced: bool) -> str:
    out = []
    for level, heading, para in body:
        if level:
            eq = "=" * level
            out.append(f"{eq} {heading} {eq}" if spaced else f"{eq}{heading}{eq}")
        if para:
            out.append(para)
    text = ""
    for chunk in out:
        # a paragraph follows its heading directly; headings and paragraphs start blocks
        text += ("\n" if chunk.startswith("=") or not text.endswith("=\n") else "") + chunk + "\n"
    return text.lstrip("\n")


def _frontmatter(title: str, infobox: dict[str, str], body: list[tuple[int, str, str]]) -> str:
    import json

    lines = ["---", "infoboxes:"]
    for i, (k, v) in enumerate(infobox.items()):
        lines.append(("  - " if i == 0 else "    ") + f"{k}:")
        lines.append(f"      text: {json.dumps(v, ensure_ascii=False)}")
    lines += ["---", ""]
    for level, heading, para in body:
        if level:
            lines += ["#" * level + " " + heading, ""]
        if para:
            lines += [para, ""]
    return "\n".join(lines)


def _wikitext(title: str, infobox: dict[str, str], body: list[tuple[int, str, str]]) -> str:
    box = "".join(f"| {k} = {v}\n" for k, v in infobox.items())
    return "{{Infobox military conflict\n" + box + "}}\n" + _wiki_body(body, spaced=True)
