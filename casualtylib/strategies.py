"""Hypothesis strategies for casualty data, for your own property tests.

>>> from hypothesis import given
>>> from casualtylib import parse_casualties
>>> from casualtylib.strategies import casualty_strings
>>> @given(casualty_strings())
... def test_parses_back(case):
...     text, expected = case
...     assert [(f.low, f.high) for f in parse_casualties(text)] == [(f.low, f.high) for f in expected]
>>> test_parses_back()

``figures()`` draws valid :class:`~casualtylib.Figure` objects;
``casualty_strings()`` draws an infobox field written in one of many real
styles ("1,200–1,500 killed", "at least 50 civilians killed (SOHR claim)",
"17+ civilians killed 115,000 people displaced") together with the figures
it must parse to.

Shrinking: counts shrink towards small numbers (a failing "1,403 killed"
becomes "0 killed" or "1 killed" when that still fails), ranges towards equal
ends, fields towards a single clause, and every style choice (number format,
bound word, outcome word, note) towards the first, plainest form, so a
minimal failing example reads like "0 killed".

Installed with casualtylib, the strategies are registered through
hypothesis's entry point, so ``st.from_type(Figure)`` draws from
``figures()``:

>>> from casualtylib import Figure
>>> from hypothesis import strategies as st
>>> @given(st.from_type(Figure))
... def test_counts_are_never_negative(fig):
...     assert fig.low >= 0
>>> test_counts_are_never_negative()

Requires hypothesis (``pip install casualtylib[strategies]``).
"""

from __future__ import annotations

import dataclasses

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from hypothesis import strategies as st

from ._render import ATTRIBUTION_FORMS, VAGUE_FORMS, Style, render_figure
from ._synthetic import (COMBATANTS, FORMATS, PLACES, SIDE_NUMBERS, SOURCES, Report, SyntheticArticle,
                         build_article, side_sum)
from .figures import Figure
from .numbers import QUALIFIERS
from .outcomes import person_only
from .units import unit_of

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["figures", "casualty_strings", "articles", "figure_frames", "incident_frames", "reconciliation_frames",
           "SyntheticArticle", "SUBJECTS"]

#: Subjects by unit, as infoboxes write them.
SUBJECTS = {
    "person": ["", "soldiers", "civilians", "fighters", "rebels", "policemen", "militiamen",
               "opposition fighters and defectors", "Iranian-backed militiamen", "troops"],
    "vehicle": ["tanks", "armoured vehicles", "APCs", "technicals"],
    "aircraft": ["helicopters", "jets", "Su-22 jet bomber", "Mi-17 helicopters", "drones"],
}
_PERSON_OUTCOMES = ["killed", "wounded", "captured", "missing", "killed_or_wounded", "executed", "arrested"]
_EQUIPMENT_OUTCOMES = {"vehicle": ["destroyed", "damaged", "captured", "lost"], "aircraft": ["shot_down", "destroyed", "lost"]}


@st.composite
def _figure_parts(draw, *, max_value: int = 500_000):
    unit = draw(st.sampled_from(["person", "person", "person", "vehicle", "aircraft"]))
    subject = draw(st.sampled_from(SUBJECTS[unit]))
    outcome = draw(st.sampled_from(_PERSON_OUTCOMES if unit == "person" else _EQUIPMENT_OUTCOMES[unit]))
    if outcome == "captured" and unit != "person" and not subject:
        subject = "tanks"
    qualifier = draw(st.sampled_from(list(QUALIFIERS)))
    if qualifier == "vague":
        low = draw(st.sampled_from(sorted(set(VAGUE_FORMS.values()))))
        high = None
    else:
        low = draw(st.integers(0, max_value))
        high = {
            "exact": low, "approximate": low, "at_least": None,
            "range": low + draw(st.integers(1, max_value)),
        }.get(qualifier)
        if qualifier == "at_most":
            high, low = max(low, 1), 0
        if qualifier == "range" and high % 1000 == 0 and 0 < low < 1000 and low * 1000 <= high:
            # "1–125,000" reads as 1,000 to 125,000, as "3–4,000" does (the grammar's elliptic
            # thousands): a range written so is not this one, so its high is not round
            high += 1
    attribution = draw(st.one_of(st.none(), st.sampled_from(sorted(ATTRIBUTION_FORMS))))
    return low, high, qualifier, outcome, subject, unit_of(subject, outcome), attribution


def figures(*, max_value: int = 500_000) -> st.SearchStrategy[Figure]:
    """Valid :class:`~casualtylib.Figure` objects (text and span included).

    Every figure satisfies the laws: ``0 <= low``, ``low <= high`` when
    ``high`` is set, vocabularies closed.

    >>> from hypothesis import given
    >>> @given(figures(max_value=1000))
    ... def test_quantity_has_the_figures_unit(fig):
    ...     assert fig.quantity.magnitude == fig.low and str(fig.quantity.units) == fig.unit
    >>> test_quantity_has_the_figures_unit()
    """

    def build(parts) -> Figure:
        low, high, qualifier, outcome, subject, unit, attribution = parts
        text = render_figure(low, high, qualifier, outcome, subject, attribution, Style())
        return Figure(text, (0, len(text)), low, high, qualifier, outcome, subject, unit, attribution)

    return _figure_parts(max_value=max_value).map(build)


@st.composite
def _styles(draw):
    return Style(
        number=draw(st.sampled_from(["comma", "plain", "words", "space"])),
        form=draw(st.integers(0, 6)),
        outcome_form=draw(st.integers(0, 3)),
        attribution_form=draw(st.integers(0, 3)),
    )


@st.composite
def casualty_strings(draw, *, max_figures: int = 4, max_value: int = 500_000):
    """An infobox casualty field and the figures it must parse to.

    Returns ``(text, figures)``; each expected figure's ``text`` and ``span``
    locate its clause in ``text``.

    >>> from hypothesis import given
    >>> from casualtylib import parse_casualties
    >>> @given(casualty_strings(max_figures=2))
    ... def test_spans_point_at_the_clauses(case):
    ...     text, expected = case
    ...     assert [text[slice(*f.span)] for f in parse_casualties(text)] == [f.text for f in expected]
    >>> test_spans_point_at_the_clauses()
    """
    n = draw(st.integers(1, max_figures))
    out_text = ""
    expected: list[Figure] = []
    outcomes_seen: list[str] = []
    segment = 0  # the index of the first figure on the current line (after "\n" or ";")
    for i in range(n):
        low, high, qualifier, outcome, subject, unit, attribution = draw(_figure_parts(max_value=max_value))
        used = {e.attribution for e in expected if e.outcome == outcome}
        if outcome in outcomes_seen and (attribution is None or attribution in used):
            # two figures with one outcome read as alternative claims (or, adding
            # up to one before them, as its breakdown); give the later one a note
            # of its own, another source's, as real infoboxes do
            attribution = next(a for a in ("SOHR", *sorted(ATTRIBUTION_FORMS)) if a not in used)
        outcomes_seen.append(outcome)
        style = draw(_styles())
        clause = render_figure(low, high, qualifier, outcome, subject, attribution, style)
        if i:
            # no comma after a clause that ends in an outcome word is a real form too
            sep = draw(st.sampled_from([", ", ",\n", "\n", "; "] + ([" "] if attribution is None and expected and expected[-1].attribution is None else [])))
            out_text += sep
            if "\n" in sep or ";" in sep:
                segment = i
        if unit == "person" and not subject and segment != i and expected and expected[-1].unit != "person" \
                and not person_only(outcome):
            unit = expected[-1].unit  # "6 tanks destroyed, 2 captured": the two are tanks too
        start = len(out_text)
        out_text += clause
        core = clause.split(" (")[0] if attribution else clause
        if attribution is not None:
            # a note reaches back over the figures of its line that have none,
            # until an outcome repeats ("12 killed, 40 wounded (per SOHR)")
            seen = {outcome}
            for j in range(len(expected) - 1, segment - 1, -1):
                if expected[j].attribution is not None or expected[j].outcome in seen:
                    break
                seen.add(expected[j].outcome)
                expected[j] = dataclasses.replace(expected[j], attribution=attribution)
        expected.append(Figure(core, (start, start + len(core)), low, high, qualifier, outcome, subject, unit, attribution))
    return out_text, tuple(expected)


# --- whole articles ------------------------------------------------------------------------------

_RELATIONS = ("equal", "open", "above", "below", "range", "unknown")


@st.composite
def _report(draw, day: dt.date, *, max_value: int) -> Report:
    side = draw(st.sampled_from(sorted(SIDE_NUMBERS)))
    low = draw(st.integers(1, max_value))
    shape = draw(st.sampled_from(["exact", "at_least", "range"]))
    high = low if shape == "exact" else None if shape == "at_least" else low + draw(st.integers(1, max_value))
    return Report(day, side, low, high, form=draw(st.integers(0, 2)), source=draw(st.sampled_from(SOURCES)),
                  place=draw(st.sampled_from(PLACES)), hedged=draw(st.booleans()),
                  words=shape == "exact" and draw(st.booleans()))


def _infobox_total(relation: str, low: int, high: int | None, extra: int) -> tuple[int, int | None] | None:
    """The infobox interval that stands in ``relation`` to the incident sum [low, high]."""
    if relation == "unknown":
        return None
    if relation == "above" and high is not None:
        return (high + extra, high + extra)
    if relation == "below" and low > 1:
        n = max(low - extra, 1)
        return (n, n)
    if relation == "open":
        return (max(low - extra, 0), None)
    if relation == "range":
        return (max(low - extra, 0), (low if high is None else high) + extra)
    return (low, high)


@st.composite
def articles(draw, *, formats: Sequence[str] = FORMATS, max_reports: int = 8, max_value: int = 300,
             background: bool = True) -> SyntheticArticle:
    """A synthetic battle article whose correct reconciliation is known.

    The article has an infobox (a date range, "Free Syrian Army" against
    "Syrian Government", casualty fields for the sides it draws) and a body
    of month sections under year headings, each incident one dated sentence
    in a real reporting style ("On 14 November, SANA reported that 13
    soldiers were killed in Morek.", "between 3 and 8 civilians, including
    children, were reportedly killed", "according to SOHR"). Each infobox
    total is drawn to stand in a chosen relation to the incidents' interval
    sum: equal, open ("9+"), above (status ``infobox_exceeds``), below
    (``incidents_exceed``), a range around it, or "Unknown". With
    ``background``, the body may also report incidents from before the
    period, which must not count.

    The result is a :class:`SyntheticArticle`:
    ``.text`` in ``.format`` (one of ``formats``), ``.reports``, and
    ``.expected`` / ``.expected_frame()``, the rows
    :func:`casualtylib.reconcile` must give for outcome "killed".

    Shrinking: towards the first format ("plain"), no incidents, counts of 1,
    exact counts in digits, the first sentence form, no hedge, no
    background and the "equal" relation, so a minimal failing article is one
    or two plain sentences.

    >>> from hypothesis import given, settings
    >>> import casualtylib
    >>> @settings(max_examples=20, deadline=None)  # reconcile builds DataFrames: no per-example deadline
    ... @given(articles())
    ... def test_reconciles(case):
    ...     got = casualtylib.reconcile(casualtylib.read_article(case.text))
    ...     assert list(got["status"]) == [e.status for e in case.expected]
    >>> test_reconciles()
    """
    fmt = draw(st.sampled_from(list(formats)))
    start = draw(st.dates(dt.date(2011, 1, 1), dt.date(2024, 12, 1)))
    length = draw(st.integers(0, 400))
    end = start + dt.timedelta(days=length)
    offsets = draw(st.lists(st.integers(0, length), max_size=max_reports, unique=True))
    reports = [draw(_report(start + dt.timedelta(days=o), max_value=max_value)) for o in offsets]
    before = []
    if background:
        back = draw(st.lists(st.integers(1, 365), max_size=2, unique=True))
        before = [draw(_report(start - dt.timedelta(days=o), max_value=max_value)) for o in back]
    sides = draw(st.lists(st.sampled_from(sorted(SIDE_NUMBERS.values())), min_size=1, max_size=3, unique=True))
    totals = {}
    for side in sorted(sides):
        name = next(k for k, v in SIDE_NUMBERS.items() if v == side)
        low, high = side_sum(reports, name)
        relation = draw(st.sampled_from(_RELATIONS))
        totals[side] = _infobox_total(relation, low, high, draw(st.integers(1, max_value)))
    place = draw(st.sampled_from(PLACES))
    return build_article(f"Battle of {place}", start, end, reports, totals, format=fmt, background=before)


# --- DataFrames ----------------------------------------------------------------------------------
#
# pandera can derive a strategy from a schema (``FigureSchema.strategy()``),
# but not for ours: it cannot generate categorical columns, and it would meet
# the dataframe-wide checks (low <= high, a status that agrees with the
# intervals) by filtering, which rejects nearly every draw. These strategies
# build rows that hold the laws by construction, give them the schema's
# columns and dtypes with the same builders the library uses, and validate
# every frame with the schema before handing it out.

_ARTICLE_NAMES = ["000_battle_of_morek.txt", "001_siege_of_halfaya.md", "002_suran_offensive.wiki"]


def _figure_rows(article: str, side: int, text: str, expected: Sequence[Figure], residue: bool) -> list[dict]:
    base = {"article": article, "field": f"casualties{side}", "side": side, "party": COMBATANTS.get(side)}
    rows = [{**base, "text": f.text, "start": f.span[0], "end": f.span[1], "low": f.low, "high": f.high,
             "qualifier": f.qualifier, "outcome": f.outcome, "subject": f.subject, "unit": f.unit,
             "attribution": f.attribution, "part_of": f.part_of, "parsed": True} for f in expected]
    if residue:
        # a number the parser could not place is kept as a row, not dropped
        rows.append({**base, "text": "2011-2012", "start": len(text) + 2, "end": len(text) + 11, "low": None,
                     "high": None, "qualifier": None, "outcome": None, "subject": None, "unit": None,
                     "attribution": None, "part_of": None, "parsed": False})
    return rows


@st.composite
def figure_frames(draw, *, max_fields: int = 4) -> "pd.DataFrame":
    """DataFrames that :class:`~casualtylib.FigureSchema` accepts, as
    :func:`casualtylib.infobox_figures` returns them.

    Each row is a figure :func:`casualty_strings` drew, with its clause and
    span, in a casualty field of one of a few articles; some fields end in a
    number the parser cannot place, kept as a row with ``parsed`` False.
    Shrinks towards an empty frame, then one field of one "0 killed" figure.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20, deadline=None)
    ... @given(figure_frames())
    ... def test_lows_are_counts(df):
    ...     assert (df["low"].dropna() >= 0).all()
    >>> test_lows_are_counts()
    """
    from .frames import figure_frame

    rows: list[dict] = []
    for _ in range(draw(st.integers(0, max_fields))):
        text, expected = draw(casualty_strings(max_figures=3))
        rows += _figure_rows(draw(st.sampled_from(_ARTICLE_NAMES)), draw(st.integers(1, 3)), text, expected,
                             draw(st.booleans()))
    return figure_frame(rows, validate=True)


@st.composite
def incident_frames(draw, *, max_articles: int = 2, max_reports: int = 6) -> "pd.DataFrame":
    """DataFrames that :class:`~casualtylib.IncidentSchema` accepts, as
    :func:`casualtylib.extract_incidents` returns them: the incidents of
    one or more :func:`articles`.

    The rows are what the extractor reads from the synthetic articles (the
    library's own property tests hold that reading to the articles'
    construction), so quotes, spans, dates and relations are real.
    Shrinks towards an empty frame.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20, deadline=None)
    ... @given(incident_frames())
    ... def test_spans_are_ordered(df):
    ...     assert (df["start"] <= df["end"]).all()
    >>> test_spans_are_ordered()
    """
    from .formats import parse
    from .prose import incident_frame, incident_rows

    rows: list[dict] = []
    for i in range(draw(st.integers(0, max_articles))):
        case = draw(articles(max_reports=max_reports))
        rows += incident_rows(parse(case.text, name=f"{i:03d}_{case.title.lower().replace(' ', '_')}"))
    return incident_frame(rows, validate=True)


@st.composite
def reconciliation_frames(draw, *, max_articles: int = 3, max_reports: int = 6) -> "pd.DataFrame":
    """DataFrames that :class:`~casualtylib.ReconciliationSchema` accepts,
    built from the expected reconciliation of :func:`articles` (no
    extraction involved): one row per article and infobox side, outcome
    "killed", with its intervals, counts, coverage and a status that agrees
    with them. Shrinks towards an empty frame.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20, deadline=None)
    ... @given(reconciliation_frames())
    ... def test_consistent_rows_overlap(df):
    ...     ok = df[df["status"] == "consistent"]
    ...     assert (ok["infobox_high"].isna() | (ok["incident_low"] <= ok["infobox_high"])).all()
    >>> test_consistent_rows_overlap()
    """
    from .reconciliation import reconcile_frame

    rows: list[dict] = []
    for i in range(draw(st.integers(0, max_articles))):
        case = draw(articles(max_reports=max_reports))
        rows += case.expected_rows(article=f"{i:03d}_{case.title.lower().replace(' ', '_')}")
    return reconcile_frame(rows, validate=True)
