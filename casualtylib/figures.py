"""Parsing infobox casualty fields into typed, sourced figures.

:func:`parse_casualties` turns one field ("1,659 soldiers killed, 132 armoured
vehicles destroyed (SOHR claim)") into :class:`Figure` objects, in order, and
reports in ``residue`` every fragment holding a number that it could not turn
into a figure: nothing is dropped silently.

>>> result = parse_casualties("73+ fighters killed, 5 fighters killed (SOHR claim)")
>>> [(f.low, f.high, f.qualifier, f.outcome, f.subject, f.attribution) for f in result]
[(73, None, 'at_least', 'killed', 'fighters', None), (5, 5, 'exact', 'killed', 'fighters', 'SOHR')]
>>> result[0].text, result[0].span
('73+ fighters killed', (0, 19))
>>> parse_casualties("Unknown").figures
()
>>> parse_casualties("300 killed (2011-2012)").residue
(Fragment(text='2011-2012', span=(12, 21)),)
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, overload

from . import numbers, outcomes, sources
from ._normalize import normalize
from ._vocab import alternation, table, word_set
from .errors import ParseError
from .numbers import Quantity
from .sides import side_of
from .units import unit_of

if TYPE_CHECKING:
    import pint

__all__ = ["Figure", "Fragment", "Casualties", "parse_casualties"]


@dataclass(frozen=True, slots=True)
class Fragment:
    """A piece of text holding a number that is not part of any figure.

    >>> parse_casualties("300 killed (2011-2012)").residue
    (Fragment(text='2011-2012', span=(12, 21)),)
    """

    text: str
    span: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Figure:
    """One casualty figure: a count of people or things, with its bounds.

    Attributes:
        text: the clause, verbatim from the parsed string.
        span: ``(start, end)`` of ``text`` in the parsed string.
        low: the lower bound (0 for "up to N").
        high: the upper bound; None when open-ended ("73+", "at least 50").
        qualifier: exact, range, at_least, at_most, approximate or vague.
        outcome: killed, wounded, captured, ... (see
            :data:`casualtylib.outcomes.OUTCOMES`); None when the text names none.
        subject: who or what was counted, as written ("" when not named).
        unit: person, vehicle, aircraft or vessel (pint units, see
            :mod:`casualtylib.units`).
        attribution: the source the text attributes the figure to, normalised
            ("SOHR", "opposition"); None when it names none.
        part_of: the index, among the field's figures, of the figure this one
            breaks down ("13 killed (7 soldiers, 6 policemen)", "15 killed,
            including 3 commanders"); None for a figure of its own. A part is
            inside its whole: the field's total does not add it again.

    >>> (f,) = parse_casualties("73+ fighters killed")
    >>> f.low, f.high, f.qualifier, f.outcome, f.subject, f.unit, f.span
    (73, None, 'at_least', 'killed', 'fighters', 'person', (0, 19))
    >>> f.quantity
    <Quantity(73, 'person')>
    """

    text: str
    span: tuple[int, int]
    low: int
    high: int | None
    qualifier: str
    outcome: str | None
    subject: str
    unit: str
    attribution: str | None = None
    part_of: int | None = None

    @property
    def is_open(self) -> bool:
        """True when the figure has no upper bound."""
        return self.high is None

    @property
    def quantity(self) -> "pint.Quantity":
        """The figure's lower bound as a pint quantity in its unit.

        >>> parse_casualties("3 tanks lost")[0].quantity
        <Quantity(3, 'vehicle')>
        """
        from .units import quantity

        return quantity(self.low, self.unit)

    @property
    def bounds(self) -> tuple["pint.Quantity", "pint.Quantity | None"]:
        """``(low, high)`` as pint quantities; high is None when open."""
        from .units import quantity

        return quantity(self.low, self.unit), None if self.high is None else quantity(self.high, self.unit)


@dataclass(frozen=True, slots=True)
class Casualties(Sequence[Figure]):
    """The figures of one casualty field, in order, and what was left over.

    It is a sequence of :class:`Figure`; ``residue`` holds the fragments with
    a digit or number word that could not be placed in a figure (footnote
    marks and markup aside).

    >>> result = parse_casualties("73+ fighters killed, 3 tanks lost (SOHR claim)")
    >>> len(result), [f.text for f in result], result.residue
    (2, ['73+ fighters killed', '3 tanks lost'], ())
    """

    text: str
    figures: tuple[Figure, ...]
    residue: tuple[Fragment, ...] = ()

    @overload
    def __getitem__(self, index: int) -> Figure: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Figure, ...]: ...
    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        return self.figures[index]

    def __len__(self) -> int:
        return len(self.figures)

    def __iter__(self) -> Iterator[Figure]:
        return iter(self.figures)


# -- clause structure ---------------------------------------------------------

# Hard separators end a clause and the reach of an attribution note.
_HARD = re.compile(r"[\n;|]")
# An attribution note in parentheses (digits excluded: "(SOHR: 450)" is a figure).
# a note may date itself: "(SOHR, by 2016)", "(SOHR, as of March 2015)"
_NOTE = re.compile(r"\((?P<inner>(?:[^()\d\n]|(?<!\d)(?:18|19|20)\d\d(?!\d)"
                   # (and a day of a month: "(SOHR, by 20 May)")
                   # (or a span of days: "(SOHR, 2–30 March)")
                   r"|(?<![\d,.])\d{1,2}(?:\s{0,2}[-\u2013]\s{0,2}\d{1,2})?(?=\s{1,3}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?(?![a-z])))"
                   r"{1,100})\)")
# An unbracketed attribution: "per SOHR", "according to the UN".
# the words that say whose count follows: "per SOHR", "according to the UN"
_SOURCE_MARKER = r"(?:per|according\s{1,3}to|as\s{1,3}per|claimed\s{1,3}by|reported\s{1,3}by)"
_PER = re.compile(
    rf"(?<![\w-]){_SOURCE_MARKER}\s{{1,3}}"
    r"(?P<who>[^,;:()\n\d]{1,60}?)(?=\s{0,3}(?:[,;:()\n]|$))",
    re.IGNORECASE,
)
_LABEL = re.compile(r"(?P<label>[^:\n,;()]{1,60}?)\s{0,3}:\s{0,3}$")
_OUTCOME_BEFORE = re.compile(r"(?:^|[\n,;(])\s{0,3}(?P<word>[A-Za-z][A-Za-z /&]{1,40}?)\s{1,3}$")
_BREAKDOWN = re.compile(r"(?<![\w-])(?:including|incl\.?|among\s{1,3}them|of\s{1,3}whom|of\s{1,3}them|of\s{1,3}which)\s{1,3}$", re.IGNORECASE)
# "total" or "in total" right before a count, with no colon: "; total 150+ killed"
_TOTAL_BEFORE = re.compile(r"(?:^|[\n,;(])\s{0,3}(?:in\s{1,3})?(?:total|overall|altogether)\s{1,3}$", re.IGNORECASE)
# the same after a clause: "200 killed| in total", "~300 killed| overall"
_TOTAL_AFTER = re.compile(r"\s{1,3}(?:in\s{1,3}total|in\s{1,3}all|overall|altogether)(?![\w-])", re.IGNORECASE)
_AGGREGATE = re.compile(r"(?:in\s{1,3})?(?:total|overall|combined|all|sum|grand total|totals?)", re.IGNORECASE)
_CONNECTOR = re.compile(r"^[\s,&/+\-]*(?:(?:and|or|and/or|plus|to)[\s,]*)?$", re.IGNORECASE)
# a list's joint, not an alternative's: "8 civilians and 3 journalists", "8 civilians, 3 journalists"
_LIST_JOIN = re.compile(r"^\s{0,3}(?:,|,?\s{0,3}and|&)\s{0,3}$", re.IGNORECASE)
# the joint of a breakdown's list, after a part's place: "including 11| in Homs, |6 in Idlib"
_PART_LIST_JOIN = re.compile(r"[^,;:()\d]{0,40}?(?:,|,?\s{0,3}and|&)\s{0,3}", re.IGNORECASE)


def _of_kind(subject: str, whole: str) -> bool:
    """Whether people counted as ``subject`` may be part of ``whole``: it
    names no one, or no side other than the whole's ("250 killed: 120
    civilians, including 30 children, 70 rebels": the rebels are not of
    the civilians)."""
    if not whole or not subject:
        return True
    side = side_of(subject)
    return side == "unknown" or side == side_of(whole)


# the bounds a list's first figure gives the rest (see the GUIDE's "Bound words distribute")
_SHARED_BOUNDS = frozenset({"at_least", "approximate", "at_most"})


def _with_bound(q: Quantity, qualifier: str) -> Quantity:
    """An exact count ``q`` under the bound ``qualifier`` of the list it is in."""
    if qualifier == "at_least":
        return replace(q, high=None, qualifier=qualifier)
    if qualifier == "at_most":
        return replace(q, low=0, qualifier=qualifier)
    return replace(q, qualifier=qualifier)


_SUBJECT_TRIM_END = re.compile(
    r"(?:[\s,.:;&/+\-()]|(?<![\w-])(?:and|or|were|was|are|is|have|has|had|been|being|reportedly|allegedly"
    r"|reported|confirmed|believed|presumed|also|who|which|that|est|estimated?|estimates|approx"
    # when, after the count: "(1 later died)", "12 subsequently executed"
    r"|later|subsequently|eventually|then|afterwards|initially"
    r"|on|in|at|by|from|for|to|with|near|since|during|of)(?![\w-]))+$",
    re.IGNORECASE,
)
# joiners before a subject, and the pronoun of a part: "(2 of them civilians)"
_SUBJECT_TRIM_START = re.compile(r"^(?:[\s,.:;&/+\-()]|(?<![\w-])(?:of|the|them|whom|those)(?![\w-]))+", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_PARENS = re.compile(r"\([^()]{0,200}\)")
_DIGITISH = re.compile(r"[\w.,/+\-]{0,40}\d[\w.,/+\-]{0,40}")
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# Source keys that are also belligerents: as a label they name who was counted.
_PARTIES = sources.BELLIGERENTS
_BRACKETED_YEAR = re.compile(r"\((?:18|19|20)\d\d\)")
_PERCENT_AFTER = re.compile(r"\s{0,2}(?:%|per\s{0,1}cent(?![\w-]))", re.IGNORECASE)
_YEARS = re.compile(r"^\d{4}(?:\s{0,2}-\s{0,2}(?:\d{2}|\d{4}))?$")
_DAY_MONTH_BEFORE = re.compile(rf"(?<![\w-]){_MONTHS}\.?\s{{1,3}}$", re.IGNORECASE)
_YEAR_DASH_BEFORE = re.compile(r"(?<!\d)(?:18|19|20)\d\d\s{0,2}[-\u2013/]\s{0,2}$")
# (a span of days goes on after a dash: "2 March–1 April")
_DAY_MONTH_AFTER = re.compile(rf"\s{{1,3}}{_MONTHS}(?![\w]|-[^\W\d_])", re.IGNORECASE)
_DAY_SPAN = re.compile(r"\d{1,2}\s{0,2}[-\u2013]\s{0,2}\d{1,2}")


@dataclass(slots=True)
class _Clause:
    q: Quantity
    start: int
    end: int
    segment: int
    outcome: str | None = None
    subject: str = ""
    attribution: str | None = None
    in_parens: bool = False
    label: str | None = None  # what a label before it gave: "attribution" ("SOHR: 450"), "subject" or "total"
    part_of: int | None = None  # the index of the clause it breaks down: "13 killed (7 soldiers, ...)"


def parse_casualties(text: str) -> Casualties:
    """Parse one infobox casualty field into figures.

    Args:
        text: the field's value, as plain text; leftover wiki markup, footnote
            marks and ``<ref>`` tags are tolerated.

    Returns:
        A :class:`Casualties` sequence of :class:`Figure` with the
        unplaceable numeric fragments in ``residue``.

    Raises:
        ParseError: ``text`` is not a string.

    >>> [(f.low, f.high, f.outcome) for f in parse_casualties("200 killed, 400 wounded, 50 captured")]
    [(200, 200, 'killed'), (400, 400, 'wounded'), (50, 50, 'captured')]
    >>> f = parse_casualties("806 opposition fighters and defectors killed, (opposition claims)")[0]
    >>> f.subject, f.attribution
    ('opposition fighters and defectors', 'opposition')
    """
    if not isinstance(text, str):
        raise ParseError(f"a casualty field must be a string, not {type(text).__name__}", text=repr(text))
    norm = normalize(text)
    t = norm.text
    qs = _without_models(t, numbers.scan(t, space_groups=True))
    # a year in brackets of its own is when, not how many: "70 (2013) killed"
    years = [q for q in qs if q.number_start == q.start and _BRACKETED_YEAR.fullmatch(t, max(0, q.start - 1), q.end + 1)]
    if years:
        qs = [q for q in qs if q not in years]
    # a share is no count of people: "60% of the garrison killed" (of a whole it does not count: the residue)
    shares = [q for q in qs if _PERCENT_AFTER.match(t, q.end)] if "%" in t or "cent" in t.lower() else []
    if shares:
        qs = [q for q in qs if q not in shares]
    hard = [m.start() for m in _HARD.finditer(t)]
    heads = list(_HEADING.finditer(t)) if ":" in t else []  # lines that are only "Label:"
    notes = _notes(t, heads)
    clauses = [_Clause(q, q.start, q.end, bisect.bisect_right(hard, q.start)) for q in qs]
    found_outcomes = outcomes.find(t)
    outcome_starts = [s for _, (s, _) in found_outcomes]

    # 1. each clause: its own outcome and subject, from the text up to the next number
    prev_end = 0
    for i, c in enumerate(clauses):
        seg_start = hard[c.segment - 1] + 1 if c.segment > 0 else 0
        seg_end = hard[c.segment] if c.segment < len(hard) else len(t)
        limit = clauses[i + 1].q.start if i + 1 < len(clauses) and clauses[i + 1].segment == c.segment else seg_end
        head_start = max(prev_end, seg_start)
        labelled = _read_head(t, c, head_start)
        if c.outcome is None:
            _read_tail(t, c, limit, found_outcomes, outcome_starts)
        elif labelled:
            # a heading's outcome gives way to the clause's own: "Casualties: 23 dead"
            heading = c.outcome
            c.outcome = None
            _read_tail(t, c, limit, found_outcomes, outcome_starts)
            c.outcome = c.outcome or heading
        else:
            _read_subject_only(t, c, limit, found_outcomes, outcome_starts)
        c.in_parens = t.rfind("(", seg_start, c.q.start) > t.rfind(")", seg_start, c.q.start)
        prev_end = c.end

    # dates ("(2012)", "5 December") are not counts: they go to the residue
    dates = [c for c in clauses if _is_date(t, c)]
    residue_spans = [(c.q.start, c.q.end) for c in dates] + [(q.start, q.end) for q in years] \
        + [(q.start, _PERCENT_AFTER.match(t, q.end).end()) for q in shares]  # (with its sign: "60%")
    date_ids = {id(c) for c in dates}  # (by identity: comparing clauses field by field is quadratic in a long field)
    clauses = [c for c in clauses if id(c) not in date_ids]

    # 2. outcomes shared across a coordinated list or an alternative in brackets
    listed: set[int] = set()  # clauses that share the verb of the one after them in a list
    for i in range(len(clauses) - 2, -1, -1):
        c, nxt = clauses[i], clauses[i + 1]
        if c.outcome is None and nxt.outcome is not None and nxt.segment == c.segment:
            gap = _BRACKETED_YEAR.sub("", _without_notes(t, c.end, nxt.start, notes))  # "45 (2012), 70 (2013) killed"
            if gap.strip() == "," and i and clauses[i - 1].outcome is not None and clauses[i - 1].segment == c.segment \
                    and _BREAKDOWN.search(t, max(0, c.q.start - 20), c.q.start):
                continue  # "44 killed, including 8 officers, 2 captured": the officers are of the 44
            if _CONNECTOR.match(gap):
                c.outcome = nxt.outcome  # "400 (SOHR) – 1,000 (SANA) killed": two claims, one outcome
                if _LIST_JOIN.match(gap):
                    listed.add(i)
    for i in sorted(listed):
        # "At least 8 civilians and 3 journalists killed": the bound of a list's first
        # figure is of every figure of the list that has none of its own
        c, nxt = clauses[i], clauses[i + 1]
        if c.q.qualifier in _SHARED_BOUNDS and nxt.q.qualifier == "exact":
            nxt.q = _with_bound(nxt.q, c.q.qualifier)
    for i in range(1, len(clauses)):
        c, prev = clauses[i], clauses[i - 1]
        if c.outcome is None and prev.outcome is not None:
            # "including 11 in Homs, 6 in Idlib": a breakdown's next count is a part too
            breakdown = _BREAKDOWN.search(t, max(0, c.q.start - 20), c.q.start) is not None or (
                prev.part_of is not None and c.segment == prev.segment and _of_kind(c.subject, clauses[prev.part_of].subject)
                and _PART_LIST_JOIN.fullmatch(_without_notes(t, prev.end, c.start, notes)) is not None)
            if not c.subject:  # "1,000 killed (SOHR: 1,450)": another count of the same
                c.outcome = prev.outcome
                if c.in_parens:
                    c.subject = prev.subject
                    if _HOW_OR_WHERE.match(t, c.q.end):
                        # "37 killed (7 by friendly fire)", "(3 in Homs)": a part, told by how or where
                        c.part_of = prev.part_of if prev.part_of is not None else i - 1
                elif breakdown:  # "27 killed, including 11 in Homs, 6 in Idlib and 4 in Hama"
                    c.part_of = prev.part_of if prev.part_of is not None else i - 1
                elif prev.subject and prev.part_of is None and _note_follows(t, c.end, notes):
                    # "200 civilians killed (SNHR), 300 (VDC)": another's count of the same people
                    c.subject = prev.subject
            elif c.in_parens or breakdown:
                # a breakdown: "13 killed (7 soldiers, 6 policemen)", "including 2 officers":
                # a part of the figure before (or of the whole that one is a part of)
                c.outcome = prev.outcome
                c.part_of = prev.part_of if prev.part_of is not None else i - 1
        if c.part_of is None and c.in_parens and c.outcome is not None and prev.in_parens \
                and prev.part_of is not None and c.segment == prev.segment and ")" not in t[prev.end:c.q.start] \
                and outcomes.counted_as(c.outcome) == outcomes.counted_as(clauses[prev.part_of].outcome or ""):
            # "10 killed (8 in clashes, 2 executed)": the next of a bracket's parts, its own
            # outcome a kind of the whole's
            c.part_of = prev.part_of
        if c.part_of is None and _kind_in_brackets(t, prev, c):
            c.part_of = i - 1  # "26 killed (13 executed)"
        if c.part_of is None and c.in_parens and c.subject and c.segment == prev.segment:
            # "13 killed (7 soldiers, 6 policemen killed)": people named in brackets
            # straight after a figure of the same outcome are its parts
            j = next((j for j in range(i - 1, -1, -1) if not clauses[j].in_parens), None)
            if j is not None and clauses[j].outcome == c.outcome and clauses[j].segment == c.segment:
                opened = t.rfind("(", clauses[j].end, c.q.start)
                if opened >= 0 and not t[clauses[j].end:opened].strip():
                    c.part_of = j

    # 3. attribution notes reach back over the figures of their segment
    _attribute(t, clauses, notes, hard)
    _party_notes(t, clauses, notes)
    for c in clauses:
        if c.label is None and _TOTAL_AFTER.match(t, c.end):
            c.label = "total"  # "200 killed in total", "~300 killed overall"
    _summed_parts(clauses)
    # a label speaks for the rest of its segment: "Rebel claim: 500 soldiers killed,
    # 30 tanks destroyed", "Syrian Army: 112 killed, 40 wounded"
    for prev, c in zip(clauses, clauses[1:]):
        if c.segment != prev.segment or c.label:
            continue
        if prev.label == "attribution" and c.attribution in (None, prev.attribution):
            # (on past a figure the note gave already: "Per SOHR: 2,212 killed (incl. 427 NDF and 113 Hezbollah)")
            c.attribution, c.label = prev.attribution, "attribution"
        elif prev.label == "subject" and not c.subject:
            c.subject, c.label = prev.subject, "subject"

    # a party's or an outcome's heading on a line of its own speaks for the lines
    # below it: "Syrian Army:<br>112 killed<br>Hezbollah:<br>23 killed", "Killed:<br>12"
    for kind, value, seg, stop in _headings(heads, hard):
        for c in clauses:
            if not (seg < c.segment and c.start < stop):
                continue
            if kind == "subject" and not c.subject and c.label is None:
                c.subject, c.label = value, "subject"
            elif kind == "outcome" and c.outcome is None:
                c.outcome = value

    # "200 killed (est.)": an estimate, as "200 (est.) killed" is
    for m in _estimate_note().finditer(t) if "(" in t else ():
        for c in clauses:
            if c.end <= m.start() and not t[c.end : m.start()].strip() and c.q.qualifier in ("exact", "range"):
                c.q = dataclasses.replace(c.q, qualifier="approximate")

    figures: list[Figure] = []
    covered: list[tuple[int, int]] = [(s, e) for s, e, _ in notes]
    for i, c in enumerate(clauses):
        span = _closed(text, norm.balanced_span(norm.original_span((c.start, c.end))))
        unit = unit_of(c.subject, c.outcome)
        if unit == "person" and not c.subject and i and clauses[i - 1].segment == c.segment \
                and figures[-1].unit != "person" and not outcomes.person_only(c.outcome):
            unit = figures[-1].unit  # "6 tanks destroyed, 2 damaged": the two are tanks
        figures.append(
            Figure(
                text=text[span[0] : span[1]],
                span=span,
                low=c.q.low,
                high=c.q.high,
                qualifier=c.q.qualifier,
                outcome=c.outcome,
                subject=c.subject,
                unit=unit,
                attribution=c.attribution,
                part_of=c.part_of,
            )
        )
        covered.append((c.start, c.end))
    residue = _residue(norm, t, covered, residue_spans)
    return Casualties(text=text, figures=tuple(figures), residue=residue)


# a heading line; in the plain format a list is flattened to ", * " items, so a heading
# may follow a comma and end in one: "..., Hezbollah:, * 23 killed"
_HEADING = re.compile(r"(?:^|(?<=[\n;|,]))[ \t*•-]{0,5}(?P<label>[^\n;|:,\d]{1,60}?)[ \t]{0,3}:[ \t]{0,3},?[ \t]{0,3}(?=[\n;|]|$)")


def _closed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` of ``text`` with the bracket it opens closed, when the
    closing one comes next: "3 commanders (KIA)", not "3 commanders (KIA"."""
    s, e = span
    clause = text[s:e]
    if text[e:e + 1] == ")" and clause.count("(") > clause.count(")"):
        e += 1
    return s, e


def _headings(heads: list[re.Match[str]], hard: list[int]) -> list[tuple[str, str, int, int]]:
    """The lines that are only a label and a colon, each as ``(kind, value,
    its segment, where the next heading of its kind starts)``: a party
    ("Syrian Army:") gives a subject, an outcome ("Killed:") an outcome. A
    source ("SOHR:", see :func:`_notes`) or a total ("Total:") gives
    neither, but ends the party before it."""
    found: list[tuple[str, str, int, int]] = []
    for m in heads:
        label = m.group("label").strip(" \t*-•(")
        seg = bisect.bisect_right(hard, m.start("label"))
        named = outcomes.find(label)
        if named and named[0][1] == (0, len(label)):
            found.append(("outcome", named[0][0], seg, m.start("label")))
            continue
        who = sources.resolve(label) or sources.claimed_by(label)
        party = "" if (who and who not in _PARTIES) or named or _AGGREGATE.fullmatch(label) else _clean_subject(label)
        found.append(("subject", party, seg, m.start("label")))
    out = []
    for i, (kind, value, seg, _) in enumerate(found):
        # up to the next heading of its kind, which a flattened list puts on the line of the
        # last item before it: "..., * 40 wounded, Hezbollah:, * 23 killed"
        stop = min((start for k, _, _, start in found[i + 1:] if k == kind), default=sys.maxsize)
        if value:
            out.append((kind, value, seg, stop))
    return out


# a model's name between a count and its number: "2 |Leopard |2 tanks", "4 |Mirage |2000s"
# (on one line, and not an outcome's abbreviation: "5 KIA\n7 killed" is two counts)
_MODEL_NAME = re.compile(r"[ \t]{1,2}(?!(?:KIA|WIA|MIA|POWs?)[ \t])[A-Z][A-Za-z]{1,20}[ \t]{1,2}$")


def _without_models(t: str, qs: list[numbers.Quantity]) -> list[numbers.Quantity]:
    """The counts of ``qs`` without the numbers of model names ("2 Leopard 2
    tanks destroyed" counts 2 tanks of the model Leopard 2)."""
    out: list[numbers.Quantity] = []
    for q in qs:
        if out and q.number_start == q.start and t[q.start:q.end].isdigit() \
                and (name := _MODEL_NAME.fullmatch(t, out[-1].end, q.start)) is not None \
                and not _DAY_MONTH_AFTER.match(name.group()) and t[q.end:q.end + 1] in (" ", "s"):
            continue  # (but "On 23 February 500 soldiers": a date, then a count)
        out.append(q)
    return out


def _notes(t: str, heads: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    out = []
    for m in heads:  # a line of its own naming a source: "SOHR:"
        who = sources.resolve(m.group("label"))
        if who and who not in _PARTIES:
            out.append((m.start("label"), m.end(), who))
    for m in _NOTE.finditer(t):
        who = sources.attribution_of_note(m.group("inner"))
        if who and not _parties_listed(m.group("inner")):
            out.append((m.start(), m.end(), who))
    for m in _PER.finditer(t):
        if any(s <= m.start() < e for s, e, _ in out):
            continue
        who = sources.attribution_of_note(m.group())
        if who:
            out.append((m.start(), m.end(), who))
    out.sort()
    return out


_LIST_JOINT = re.compile(r"\s{0,3}(?:&|/|,|(?<![\w-])and(?![\w-]))\s{0,3}")


def _parties_listed(note: str) -> bool:
    """Whether a note lists two parties or more, each of a side ("SAA &
    NDF"): who was counted, though a source's name is among them."""
    parts = [p for p in _LIST_JOINT.split(note.strip()) if p]
    return len(parts) > 1 and all(side_of(p) != "unknown" for p in parts)


def _kind_in_brackets(t: str, whole: _Clause, c: _Clause) -> bool:
    """Whether clause ``c`` opens a bracket straight after ``whole`` and
    counts no more of a kind of its outcome: "26 killed (13 executed)"."""
    if not c.in_parens or whole.in_parens or whole.part_of is not None or c.segment != whole.segment \
            or c.outcome is None or whole.outcome is None or c.outcome == whole.outcome \
            or outcomes.counted_as(c.outcome) != outcomes.counted_as(whole.outcome) \
            or c.q.high is None or c.q.high > whole.q.low:
        return False
    opened = t.rfind("(", whole.end, c.q.start)
    return opened >= 0 and not t[whole.end:opened].strip() and not t[opened + 1:c.q.start].strip()


def _note_follows(t: str, end: int, notes: list[tuple[int, int, str]]) -> bool:
    """Whether a source's note (of :func:`_notes`) follows ``t[:end]`` with
    nothing but spaces between: "300| (VDC)"."""
    return any(start >= end and not t[end:start].strip() for start, _, _ in notes)


def _read_head(t: str, c: _Clause, head_start: int) -> bool:
    """A label before the number: "Killed: 12", "SOHR: 450", "Syrian Army: 200".
    True when the label is an outcome's ("Killed:", "Casualties:")."""
    head = t[head_start : c.q.start]
    m = _LABEL.search(head)
    if not m and _TOTAL_BEFORE.search(head) is not None:
        c.label = "total"  # "...; total 150+ killed", "in total 150 killed": a total with no colon
        return False
    if not m:
        before = _OUTCOME_BEFORE.search(head)
        if before:  # "Killed 200"
            found = outcomes.find(before.group("word"))
            if found and found[0][1] == (0, len(before.group("word"))):
                c.outcome = found[0][0]
                c.start = head_start + before.start("word")
        return False
    label = m.group("label").strip(" \t*-•(")
    if not label:
        return False
    found = outcomes.find(label)
    if found and found[0][1][1] == len(label):
        c.outcome = found[0][0]
        c.start = _label_start(head_start, m, label)
        return True
    who = sources.resolve(label)
    if who and who not in _PARTIES:  # "SOHR: 450"; but "Syrian Army: 200" names a party
        c.attribution, c.label = who, "attribution"
        return False
    who = sources.claimed_by(label)
    if who:  # "Per SOHR: 300+ killed", "Government claims: 1,200"
        c.attribution, c.label = who, "attribution"
        return False
    if _AGGREGATE.fullmatch(label):  # "Total: 2,500 killed" names no subject, nor takes one
        c.start, c.label = _label_start(head_start, m, label), "total"
        return False
    c.subject = _clean_subject(label)
    if c.subject:  # the clause reads from its label: "Syrian Army: 200 killed"
        c.start = _label_start(head_start, m, c.subject)
        c.label = "subject"
    return False


def _label_start(head_start: int, m: re.Match[str], word: str) -> int:
    """Offset in the field of ``word``'s first character within label ``m``."""
    return head_start + m.start("label") + max(m.group("label").find(word[:1]), 0)


def _read_tail(t: str, c: _Clause, limit: int, found, starts) -> None:
    i = bisect.bisect_left(starts, c.q.end)
    while i < len(found):
        outcome, (s, e) = found[i]
        if s >= limit:
            break
        if t[e : e + 4].lstrip().startswith(":"):  # "wounded:" labels the next number
            break
        subject = _clean_subject(t[c.q.end : s])
        if "," in subject or len(subject) > 120:
            break
        c.outcome = outcome
        c.subject = subject or c.subject
        c.end = e
        return
    _read_subject_only(t, c, limit, found, starts)


def _read_subject_only(t: str, c: _Clause, limit: int, found, starts) -> None:
    """The words after the number up to the next separator, when no outcome follows."""
    region = t[c.q.end : limit]
    cut = len(region)
    for ch in ",(:":
        k = region.find(ch)
        if k != -1:
            cut = min(cut, k)
    i = bisect.bisect_left(starts, c.q.end)
    if i < len(found) and found[i][1][0] < c.q.end + cut:
        cut = found[i][1][0] - c.q.end
    raw = region[:cut]
    subject = _clean_subject(raw)
    if subject:
        c.subject = subject
        k = raw.find(subject)
        c.end = max(c.end, c.q.end + k + len(subject)) if k >= 0 else c.end


@functools.lru_cache(maxsize=512)
def _clean_subject(raw: str) -> str:
    """``raw`` without brackets and the words that only join it to the rest
    (cached: the words between a count and its outcome are a small
    vocabulary, " soldiers ", " armoured vehicles ")."""
    s = _PARENS.sub(" ", raw)
    s = _SUBJECT_TRIM_START.sub("", s)
    if _PREPOSITION_FIRST.match(s) or _SOURCE_FIRST.match(s):
        # "11 killed (2 by friendly fire)", "3 in Homs": where or how, not who;
        # "(1,450 per SOHR)": whose count, not who
        return ""
    s = _SUBJECT_TRIM_END.sub("", s)
    s = " ".join(s.split())
    if s.endswith("ly") and " " not in s and s.islower() and s not in word_set("prose", "noun_phrase", "ly_nouns"):
        return ""  # "6 injured (2 seriously)": how, not who
    return s


@functools.cache
def _estimate_note() -> re.Pattern[str]:
    """The bracketed estimate marks of the number table ("(est.)"), as a
    note after a figure rather than a suffix of its count."""
    marks = [m for m in table("numbers")["suffixes"]["approximate"] if m.startswith("(")]
    return re.compile(rf"\(\s{{0,2}}{alternation([m[1:-1] for m in marks])}\s{{0,2}}\)", re.IGNORECASE)

_PREPOSITION_FIRST = re.compile(
    r"(?:by|in|on|at|from|near|during|since|after|before|through|inside|outside|around)(?![\w-])", re.IGNORECASE)
_SOURCE_FIRST = re.compile(rf"{_SOURCE_MARKER}(?![\w-])", re.IGNORECASE)
# (or how badly: "3 wounded (2 critically)")
_HOW_OR_WHERE = re.compile(r"\s{1,3}(?:" + _PREPOSITION_FIRST.pattern
                           + r"|(?:critically|seriously|severely|badly|gravely|lightly|slightly)(?![\w-]))", re.IGNORECASE)


def _attribute(text: str, clauses: list[_Clause], notes: list[tuple[int, int, str]], hard: list[int]) -> None:
    """Give each note's source to the figures it speaks for.

    A note after figures ("12 killed, 40 wounded (per SOHR)", "...,
    (opposition claims)") reaches back over the figures of its segment since
    the previous note, stopping where an outcome repeats: "73+ killed, 5
    killed (SOHR)" are two claims, and the note is the second one's. A note
    before any figure ("SOHR: 450 killed") speaks for the figure after it.
    """
    for s, e, who in notes:
        seg = bisect.bisect_right(hard, s)
        before = [c for c in clauses if c.segment == seg and c.q.end <= s and c.attribution is None]
        # only the figures since the previous note in this segment
        prev_note_end = max((pe for ps, pe, _ in notes if pe <= s and bisect.bisect_right(hard, ps) == seg), default=-1)
        before = [c for c in before if c.start >= prev_note_end]
        # reach back until an outcome repeats: "73+ killed, 5 killed (SOHR)"
        # are two claims, and the note is the second one's
        reach = _reach_back(before)
        targets = reach or [
            c for c in clauses if c.segment == seg and c.q.start >= e and c.attribution is None
        ][:1]
        if not targets and not any(c.segment == seg for c in clauses):
            # a note on a line of its own: a heading ("Per SOHR:") speaks for the
            # lines after it, up to the next note; a closing line in brackets
            # ("...<br>(opposition claim)") for the lines before it, since the last note
            later = [bisect.bisect_right(hard, ns) for ns, _, _ in notes if ns > e]
            stop = min([g for g in later if g > seg], default=len(hard) + 1)
            after = [c for c in clauses if seg < c.segment < stop and c.attribution is None]
            last_note = max((pe for _, pe, _ in notes if pe <= s), default=-1)
            above = _reach_back([c for c in clauses if c.segment < seg and c.attribution is None and c.start >= last_note])
            targets = (above or after) if text[s] == "(" else (after or above)
        for c in targets:
            c.attribution = who


def _party_notes(t: str, clauses: list[_Clause], notes: list[tuple[int, int, str]]) -> None:
    """A note naming people of a side, no source, straight after a figure that
    names no one is who it counts: "200 killed (Hezbollah)", "* 1,300 (SAA &
    NDF)"."""
    if "(" not in t:
        return
    taken = {s for s, _, _ in notes}  # the notes naming a source; every other has none (_notes asked)
    ends = [c.end for c in clauses]
    for m in _NOTE.finditer(t):
        if m.start() in taken:
            continue
        inner = m.group("inner").strip()
        k = bisect.bisect_right(ends, m.start()) - 1  # the last figure ending before the note
        c = clauses[k] if k >= 0 and not t[clauses[k].end:m.start()].strip() else None
        if c is None or c.subject or c.attribution is not None or side_of(inner) == "unknown" or _SHARE.match(inner):
            continue
        c.subject = inner


# not a share of them ("(mostly civilians)"), nor who did it or where ("(by ISIL)", "(in Homs)")
_SHARE = re.compile(r"(?:mostly|mainly|largely|many|most|all|some|including|incl|by|per|according|as|from|in|on|at|"
                    r"near|during|after|before|against)(?![\w-])", re.IGNORECASE)


def _summed_parts(clauses: list[_Clause]) -> None:
    """Two or more figures of one outcome straight after a figure whose count
    they add up to are its breakdown ("~1,500 killed, * 200 (Hezbollah), *
    1,300 (SAA & NDF)"); a total ("Total: 62 killed", "200 killed in total")
    holds every figure of its outcome before it, past those of other
    outcomes, that add up to no more than it ("Syrian Army: 120 killed, 300
    wounded; Hezbollah: 40 killed; Total: 160 killed")."""
    if len(clauses) < 3:
        return  # a whole and two parts at the least; most fields hold one or two figures
    for i, whole in enumerate(clauses):
        if whole.part_of is not None or whole.outcome is None:
            continue
        if whole.label == "total":
            before = [c for c in clauses[max(0, i - _MAX_BREAKDOWN):i][::-1] if c.outcome == whole.outcome]
            held = _same_run(whole, before)
            if len(held) >= 2 and (whole.q.high is None or sum(c.q.low for c in held) <= whole.q.high):
                for c in held:
                    c.part_of = i
                continue
        run = _same_run(whole, clauses[i + 1:i + 1 + _MAX_BREAKDOWN])
        # the longest run from the whole on that adds up to it
        sums = list(itertools.accumulate(c.q.low for c in run))
        k = next((k for k in range(len(run), 1, -1) if sums[k - 1] == whole.q.low
                  or (whole.q.high is not None and whole.q.low <= sums[k - 1] <= whole.q.high)), 0)
        for c in run[:k]:
            c.part_of = i


#: The most parts a breakdown is looked for in (bounds the work on long fields).
_MAX_BREAKDOWN = 12


def _same_run(whole: _Clause, others: list[_Clause]) -> list[_Clause]:
    """The figures of ``others``, in order, up to the first that is a part
    already or of another outcome or source than ``whole``."""
    run: list[_Clause] = []
    for c in others:
        if c.part_of is not None or c.outcome != whole.outcome or c.attribution != whole.attribution \
                or c.label == "total":
            break
        run.append(c)
    return run


def _without_notes(t: str, start: int, end: int, notes: list[tuple[int, int, str]]) -> str:
    """``t[start:end]`` with the attribution notes inside it left out."""
    parts, pos = [], start
    for s, e, _ in notes:
        if start <= s and e <= end:
            parts.append(t[pos:s])
            pos = e
    return "".join(parts) + t[pos:end]


def _reach_back(before: list[_Clause]) -> list[_Clause]:
    """The clauses a note after them speaks for: back from the last, until
    an outcome repeats ("73+ killed, 5 killed (SOHR)" are two claims)."""
    reach: list[_Clause] = []
    seen: set[str | None] = set()
    for c in reversed(before):
        if c.outcome in seen:
            break
        seen.add(c.outcome)
        reach.append(c)
    return reach


def _is_date(t: str, c: _Clause) -> bool:
    """A year ("(2012)") or a day of a month ("5 December") is not a count."""
    q = c.q
    if q.qualifier not in ("exact", "range"):
        return False
    raw = t[q.number_start : q.end]
    if raw.isdigit() and len(raw) <= 2 and (_DAY_MONTH_BEFORE.search(t, max(0, q.start - 16), q.start) or _DAY_MONTH_AFTER.match(t, q.end)):
        return True  # "5 December", "December 5": a day, whatever precedes it
    if _DAY_SPAN.fullmatch(raw) and q.high is not None and q.high <= 31 and _DAY_MONTH_AFTER.match(t, q.end):
        return True  # "2–30 March": a span of days
    if raw.isdigit() and len(raw) == 2 and _YEAR_DASH_BEFORE.search(t, max(0, q.start - 8), q.start):
        return True  # "(2011–12)": the end of a span of years
    return c.outcome is None and not c.subject and bool(_YEARS.match(raw)) and 1800 <= q.low <= 2100


@functools.cache
def _number_words() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){alternation(numbers.number_words())}(?!\w)", re.IGNORECASE)


def _numeric_fragments(t: str) -> list[re.Match[str]]:
    """Digit runs and number words, left to right."""
    found = list(_DIGITISH.finditer(t)) + list(_number_words().finditer(t))
    return sorted(found, key=lambda m: m.start())


def _outside(span: tuple[int, int], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``span`` outside every span of ``taken``."""
    parts = [span]
    for a, b in taken:
        parts = [p for s, e in parts for p in ((s, min(e, a)), (max(s, b), e)) if p[0] < p[1]]
    return parts


_RUN_CHARS = frozenset(".,/+-_")


def _is_word_char(ch: str) -> bool:
    """Whether ``ch`` is what the regex class ``\\w`` matches."""
    return ch.isalnum() or ch == "_"


def _is_run_char(ch: str) -> bool:
    """Whether ``ch`` can be part of a fragment: what ``[\\w.,/+\\-]`` matches."""
    return ch.isalnum() or ch in _RUN_CHARS


def _crossing_run_is_plain(t: str, b: int) -> bool:
    """Whether no fragment or number word can reach across offset ``b``:
    ``b`` does not split a word, and the run of fragment characters it
    splits ("killed," of "killed, 40 wounded") holds no digit."""
    if b <= 0 or b >= len(t) or not (_is_run_char(t[b - 1]) and _is_run_char(t[b])):
        return True
    if _is_word_char(t[b - 1]) and _is_word_char(t[b]):
        return False  # inside a word
    i = b
    while i > 0 and _is_run_char(t[i - 1]):
        i -= 1
        if t[i].isdigit():
            return False
    j = b
    while j < len(t) and _is_run_char(t[j]):
        if t[j].isdigit():
            return False
        j += 1
    return True


def _all_covered(t: str, covered: list[tuple[int, int]]) -> bool:
    """Whether no numeric fragment of ``t`` can lie outside the spans of
    ``covered`` (sorted): :func:`_residue` would find nothing.

    A fragment is a run of ``[\\w.,/+\\-]`` holding a digit, or a number
    word. It reaches out of a span only across an edge that splits such a
    run holding a digit, or a word; short of that, only a digit or a number
    word between the spans can make one. Overlapping spans say no:
    :func:`_residue` reads them its own way.
    """
    pos = 0
    number_words = _number_words()
    for s, e in covered:
        if s < pos or not (_crossing_run_is_plain(t, s) and _crossing_run_is_plain(t, e)):
            return False
        if _DIGIT.search(t, pos, s) or number_words.search(t, pos, s):
            return False
        pos = e
    return not (_DIGIT.search(t, pos) or number_words.search(t, pos))


def _residue(norm, t: str, covered: list[tuple[int, int]], extra: list[tuple[int, int]]) -> tuple[Fragment, ...]:
    covered = sorted(covered)
    if not extra and _all_covered(t, covered):
        return ()  # the usual case: every number is in a figure
    out = []
    for span in _residue_spans(t, covered, extra):
        o = norm.original_span(span)
        out.append(Fragment(norm.original[o[0] : o[1]], o))
    return tuple(out)


def _residue_spans(t: str, covered: list[tuple[int, int]], extra: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the numeric fragments of ``t`` outside the spans of
    ``covered`` (sorted), with ``extra`` (dates kept aside), in order."""
    starts = [s for s, _ in covered]
    spans: list[tuple[int, int]] = list(extra)
    kept = sorted(extra)
    kept_starts = [a for a, _ in kept]
    longest = max((b - a for a, b in kept), default=0)
    for m in _numeric_fragments(t):
        # a fragment reaching into a year or date already kept keeps the rest:
        # "0dozens+1800" keeps "0dozens" beside the year (only those near it are read: a
        # kept span that reaches the fragment starts at most the longest one's length before it)
        lo, hi = bisect.bisect_left(kept_starts, m.start() - longest), bisect.bisect_left(kept_starts, m.end())
        for s, e in _outside(m.span(), [k for k in kept[lo:hi] if k[1] > m.start()]):
            # trim punctuation that belongs to the surrounding text
            while e > s and t[e - 1] in ".,-/+":
                e -= 1
            while s < e and t[s] in ".,-/+":
                s += 1
            if (s, e) != m.span() and not _DIGIT.search(t, s, e):
                continue  # what a date left of a fragment, with no digit
            i = bisect.bisect_right(starts, s) - 1
            if s == e or (i >= 0 and covered[i][0] <= s and e <= covered[i][1]):
                continue
            spans.append((s, e))
    return sorted(set(spans))
