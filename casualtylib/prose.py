"""Incident figures from an article's prose: dated, sided, sourced.

:func:`extract_incidents` reads each sentence of an article's body and turns
every casualty figure in it into an :class:`Incident`: the count
(:mod:`casualtylib._mentions`, on the shared number grammar), the side of the
people counted (:mod:`casualtylib.sides`), the date resolved from the sentence,
its paragraph and the section headings (:mod:`casualtylib.dates`), the
sources that report it (:mod:`casualtylib.sources`), whether the text hedges
it, and how it relates to the article's other figures
(:mod:`casualtylib.relations`).

>>> import casualtylib
>>> art = casualtylib.read_article('''= Battle of X =
...
... Infobox
... - Date: 1 November 2011 – 14 April 2012
...
... ==2011==
... ===November===
... On 14 November, SANA reported that 13 soldiers were killed in Hama. The next day, activists said 5 civilians were reportedly shot dead.
... ''')
>>> [(i.quote, i.date, i.side, i.sources, i.hedged) for i in incidents(art)]
[('13 soldiers were killed', '2011-11-14', 'government', ('SANA',), False), ('5 civilians were reportedly shot dead', '2011-11-15', 'civilian', ('activists',), True)]
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from . import sources as _sources
from ._mentions import COST_TO, Mention, _compiled, find_mentions
from ._normalize import render_markdown
from ._vocab import WordGate, alternation, search_near, table, word_set, words_of
from .article import Article, read_article
from .dates import FIGHTING_WORDS, MONTHS, WEEKDAYS, WHOLE_BATTLE_LEAD, DateMention, DateRange, find_dates, year_for
from .numbers import count_ahead, number_words, value
from .outcomes import counted_within
from .sentences import _BULLET, Sentence, sentences
from .sides import _NEUTRAL, _POSSESSIVE_BEFORE, ENEMY, _neutral_alone, combatant_name_side, first_people_noun, last_people_noun, last_people_side, owner_side, possessor_side, side_of
from .units import unit_of

if TYPE_CHECKING:
    import pandas as pd

    from ._normalize import Normalized
    from .article import Articles
    from .figures import Casualties

__all__ = ["Incident", "incidents", "extract_incidents", "INCIDENT_COLUMNS"]

#: The columns of :func:`extract_incidents`' DataFrame, in order.
INCIDENT_COLUMNS = (
    "article", "id", "quote", "sentence", "start", "end", "date", "date_precision", "low", "high",
    "qualifier", "outcome", "subject", "side", "sources", "hedged", "in_period", "relation", "location",
)


@dataclass(frozen=True, slots=True)
class Incident:
    """One casualty figure reported in an article's prose.

    Attributes:
        article: the article's name.
        id: ``<article prefix>-<n>``, numbered in reading order from 1.
        quote: the shortest span carrying the figure ("13 soldiers were killed").
        sentence: the sentence holding it.
        start, end: the quote's offsets in :attr:`Article.text`.
        date: ISO 8601 as precise as the text allows ("2011-11-14",
            "2012-02", "2012", a range "2012-02-14/2012-02-28"), or None.
        date_precision: "day", "month", "year", "range" or "none".
        low, high, qualifier: the count; ``high`` None when open.
        outcome: killed, wounded, captured, executed, ...
        subject: who was counted, as written (the antecedent's for "nine
            were wounded").
        side: "government", "opposition", "civilian" or "unknown".
        sources: who reports it, normalised ("SOHR", "SANA", ...), or unknown
            reporters as written.
        hedged: the text doubts the figure ("reportedly", "could not be verified").
        in_period: the date falls inside the infobox's date range (and not in
            an aftermath or background section).
        relation: ``"duplicate_of:<id>"``, ``"alternative_of:<id>"``,
            ``"part_of:<id>"``, ``"update_of:<id>"`` or None.
        location: the place the sentence names ("Hama"), or None.

    >>> import casualtylib
    >>> r = casualtylib.incidents("seeds/000_2f889a6acb127c80.txt")[1]
    >>> r.id, r.quote, r.date, r.date_precision, r.side, r.sources
    ('000-2', '13 soldiers were killed', '2011-11-14', 'day', 'government', ('SANA',))
    """

    article: str
    id: str
    quote: str
    sentence: str
    start: int
    end: int
    date: str | None
    date_precision: str
    low: int
    high: int | None
    qualifier: str
    outcome: str
    subject: str
    side: str
    sources: tuple[str, ...]
    hedged: bool
    in_period: bool
    relation: str | None
    location: str | None

    @property
    def day(self) -> dt.date | None:
        """The date as a :class:`datetime.date` when day-precise, else None."""
        return dt.date.fromisoformat(self.date) if self.date_precision == "day" and self.date else None


# --- dates ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _When:
    """A resolved date: ``first`` and ``last`` day and the precision."""

    first: dt.date | None
    last: dt.date | None
    precision: str
    #: whether the text named these days ("between 8 and 10 May"), not only
    #: bounded them ("later that week": one day of them, which one unknown)
    told: bool = True

    def iso(self) -> str | None:
        if self.first is None or self.last is None:
            return None
        if self.precision == "day":
            return self.first.isoformat()
        if self.precision == "month":
            return self.first.strftime("%Y-%m")
        if self.precision == "year":
            return str(self.first.year)
        if self.precision == "month_range":
            return f"{self.first.strftime('%Y-%m')}/{self.last.strftime('%Y-%m')}"
        if self.precision == "year_range":
            return f"{self.first.year}/{self.last.year}"
        return f"{self.first.isoformat()}/{self.last.isoformat()}"

    @property
    def kind(self) -> str:
        """The precision as the guide names it ("range" for any range)."""
        return "range" if self.precision in ("month_range", "year_range") else self.precision


_NONE = _When(None, None, "none")


# the counts a span of days is told in: "the last |two| weeks", "over the next |three| days"
_SPAN_COUNTS = r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten"


@functools.cache
def _date_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    t = table("prose")["dates"]
    earlier = re.compile(rf"(?<![\w-]){alternation(t['earlier_event'])}(?![\w-])[^,;.]{{0,60}}", re.IGNORECASE)
    units = alternation(list(t["span_units"]))
    counts = _SPAN_COUNTS
    span = re.compile(
        rf"\b(?:in|over|during)\s{{1,3}}the\s{{1,3}}(?:(?:last|past|previous|preceding|final)\s{{1,3}}"
        rf"(?P<n>{counts}|few)?\s{{0,3}}(?P<unit>{units})\b"
        # or the days of the fighting told: "during the three days of fighting"
        rf"|(?P<n2>{counts})\s{{1,3}}(?P<unit2>{units})\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?(?:{FIGHTING_WORDS})\b"
        # or the days just told, by their count: "35 deaths over the two days" (up to the running one)
        rf"|(?P<n3>{counts})\s{{1,3}}(?P<unit3>days)\b(?!\s{{1,3}}(?:of|after|that|which|following|before|later|earlier)\b))",
        re.IGNORECASE,
    )
    return earlier, span


@functools.cache
def _date_gates() -> tuple[WordGate, WordGate]:
    """The words of the earlier-event phrases, and the word every span holds ("the last two weeks")."""
    days_of = [f"{unit} of" for unit in table("prose")["dates"]["span_units"]]
    return WordGate(table("prose")["dates"]["earlier_event"]), WordGate(["last", "past", "previous", "preceding", "final", *days_of,
                                                                        "days"])


def _adjust(text: str, start: int, end: int, when: _When) -> _When:
    """An earlier event keeps the month; "in the last two weeks" makes a range."""
    if when.precision != "day" or when.first is None:
        return when
    earlier, span = _date_patterns()
    earlier_words, span_words = _date_gates()
    e = earlier.search(text, max(0, start - 90), end) if earlier_words.may_match(text) else None
    if e is not None and e.start() <= start and e.end() >= start:
        return _month(when.first.year, when.first.month)
    if not _FORWARD_WORDS.isdisjoint(words_of(text)) \
            and (ahead := _forward_span().search(text, max(0, start - 90), min(len(text), end + 60))) is not None:
        # "Over the next three days, at least 200 people were killed": the days after the running one
        # ("During the first three days": the running one and those after it)
        unit = (ahead.group("unit") or "days").lower()
        count = " ".join((ahead.group("n") or "").lower().split())
        first = (ahead.group("which") or "").lower() == "first"
        if not count and (ahead.group("after") or unit in ("days", "weeks")) or count == "several" \
                or first and ahead.group("of") is not None:
            # no count, no day of them: "in the following days", "in the days that followed", "during
            # the first week of the siege" (from its first day, which may be another): the month
            return _month(when.first.year, when.first.month)
        if count or first:
            n = 3 if count == "few" else 2 if count.startswith("couple") else (value(count) or 1) if count else 1
            days = round(n * table("prose")["dates"]["span_units"][unit])
            if days >= 2:
                return _When(when.first + dt.timedelta(days=0 if first else 1),
                             when.first + dt.timedelta(days=days - 1 if first else days), "range")
    spans_here = span_words.may_match(text)
    # (after the figure, or inside its quote: "the number of rebels killed |in the two days of fighting| had reached 52")
    m = span.search(text, start, min(len(text), end + 60)) if spans_here else None
    if m is None and spans_here:
        # or opening the clause right before it: "Over the four days of fighting, |at least 170 rebels ..."
        m = next((b for b in span.finditer(text, max(0, start - 90), start) if _OPENING_GAP.fullmatch(text, b.end(), start)), None)
    if m is None:
        return when
    if m.group("n3"):
        # the days just told, the running one the last of them: "over the two days" (14 and 15 May)
        n = value(m.group("n3")) or 1
        return _When(when.first - dt.timedelta(days=n - 1), when.first, "range") if n > 1 else when
    n = value(m.group("n") or m.group("n2") or "one") or 1  # "the last few weeks": at least one
    unit = table("prose")["dates"]["span_units"][(m.group("unit") or m.group("unit2")).lower()]
    if unit == 30:  # months: a range of months ending in this one
        y, mo = when.first.year, when.first.month - n
        while mo < 1:
            y, mo = y - 1, mo + 12
        return _When(dt.date(y, mo, 1), when.last, "month_range")
    days = round(n * unit)
    if days < 1:
        return when  # "in the past few hours": that day
    return _When(when.first - dt.timedelta(days=days), when.first, "range")


_FORWARD_WORDS = frozenset({"next", "following", "subsequent", "coming", "ensuing", "first", "followed"})
# (past the items of a list before the figure: "Over the four days, |at least 170 rebels and |130 soldiers")
_OPENING_GAP = re.compile(r"[\s,]{0,4}(?:[^,;.:]{0,60}?(?:\sand|,)\s{1,3})?")


@functools.cache
def _forward_span() -> re.Pattern[str]:
    """Days or weeks after the running day: "over the |next three days|", "during the |first
    three days|", "in the |following days|", "in the |days that followed|" ("the next week"
    alone is read by the dates, as the week after the running day's: a single unit needs a
    count or "first" here)."""
    units = alternation([u for u in table("prose")["dates"]["span_units"] if u.startswith(("day", "week"))])
    return re.compile(rf"(?<![\w-])(?:in|over|during|within|for)\s{{1,3}}the\s{{1,3}}"
                      rf"(?:(?P<which>next|following|subsequent|coming|ensuing|first)"
                      rf"(?:\s{{1,3}}(?P<n>{_SPAN_COUNTS}|few|several|couple\s{{1,3}}of))?\s{{1,3}}(?P<unit>{units})(?![\w-])"
                      rf"(?P<of>\s{{1,3}}of\s{{1,3}}(?:the|its|their)\s{{1,3}}(?:{FIGHTING_WORDS}|operation|campaign|attack))?"
                      rf"|(?P<after>days|weeks)\s{{1,3}}(?:that\s{{1,3}}followed|that\s{{1,3}}ensued|afterwards?|after\s{{1,3}}that)"
                      rf"(?![\w-]))", re.IGNORECASE)


def _month(year: int, month: int) -> _When:
    return _When(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), "month")


def _within(year: int | None, month: int, day: int | None, period: DateRange) -> int | None:
    """``year`` for a month (and day) named without one, unless it falls
    outside the infobox's period and another year puts it inside: a
    background's "since 2012" does not move a "19 May" of a 2013 battle."""
    if year is None or period.start is None:
        return year
    if _overlaps(year, month, day, period):
        return year
    other = year_for(month, day, period, None)
    return other if other is not None and _overlaps(other, month, day, period) else year


def _overlaps(year: int, month: int, day: int | None, period: DateRange) -> bool:
    try:
        first = dt.date(year, month, day or 1)
        last = dt.date(year, month, day or calendar.monthrange(year, month)[1])
    except ValueError:
        return False
    return period.start is not None and period.start <= last and (period.end is None or first <= period.end)


def _heading_when(path: tuple[str, ...], year_hint: int | None, period: DateRange) -> _When:
    """The day, days, month or year the section headings give ("2011" >
    "November" > "22 November" or "23–25 November"), or none."""
    year = month = None
    for heading in path:
        for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", heading):
            year = int(y)
        for word in re.findall(r"[A-Za-z]+", heading):
            if word.lower() in MONTHS and (len(word) > 3 or word == "May"):
                month = MONTHS[word.lower()]
    day = _heading_day(path[-1]) if path else None  # a heading that opens with a day: "=== 22 March ==="
    if day is not None:
        d = day
        y = d.year or year or _within(year_hint, d.month, d.day, period) or year_for(d.month, d.day, period, None)
        try:
            last = dt.date(y, d.month, d.day) if y else None
        except ValueError:
            last = None
        if last is not None:
            first = last + dt.timedelta(days=d.offset)
            return _When(first, last, "range" if d.kind == "span" else "day")
    if path and period.start is not None and month is None and (nth := _BATTLE_DAY_HEADING.match(path[-1].strip())):
        # "=== Day 5 ===", "=== First day ===", "=== Second week ===": counted from the battle's first day
        n = int(nth.group("n")) if nth.group("n") else _ORDINALS.index(nth.group("nth").lower()) + 1
        if (nth.group("unit") or nth.group("unit2")).lower() == "day":
            day = period.start + dt.timedelta(days=n - 1)
            return _When(day, day, "day")
        first = period.start + dt.timedelta(days=7 * (n - 1))
        return _When(first, first + dt.timedelta(days=6), "range")
    if month is not None:
        y = year or _within(year_hint, month, None, period) or year_for(month, None, period, None)
        if not y:
            return _NONE
        span = _HEADING_MONTHS.search(path[-1]) if path else None
        first_month = MONTHS.get(span.group(1).lower()) if span else None
        if first_month is not None and first_month != month:
            # "=== January–February ===", "=== Siege of the airport (May–June) ===": both months
            first_year = y if first_month < month else y - 1
            return _When(dt.date(first_year, first_month, 1), _month(y, month).last, "month_range")
        return _month(y, month)
    if year is not None:
        return _When(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    return _NONE


# a heading counting the battle's days or weeks: "Day 5", "First day", "Second week", "Week 2"
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
_BATTLE_DAY_HEADING = re.compile(
    rf"(?:the\s{{1,2}})?(?:(?P<unit>day|week)\s{{1,2}}(?P<n>\d{{1,2}})|(?P<nth>{'|'.join(_ORDINALS)})\s{{1,2}}(?P<unit2>day|week))(?![\w-])",
    re.IGNORECASE)
# two months joined in a heading: "January–February", "May to June"
_HEADING_MONTHS = re.compile(r"(?<![A-Za-z])([A-Z][a-z]{2,8})(?:\s{1,2}\d{4})?\s{0,2}(?:[-\u2013\u2014]|\s(?:to|and|through)\s)"
                             r"\s{0,2}[A-Z][a-z]{2,8}(?![a-z])")


def _heading_day(heading: str) -> DateMention | None:
    """The day (or span of days) a heading opens with ("22 March", "23–25
    March: the assault"), or the only one it names ("Day 1 (5 May)")."""
    found = find_dates(heading.strip())
    if found and found[0].start == 0 and found[0].kind in ("day", "span"):
        return found[0]
    days = [d for d in found if d.kind in ("day", "span")]
    return days[0] if len(days) == 1 and len(found) == 1 else None


_AS_OF = re.compile(r"(?<![\w-])(?:by|since|until|till|before|after)\s{1,3}$", re.IGNORECASE)
# A year: "19" or "20" first, then the look back past it, so that the regex
# engine can skip to the next "19" or "20" instead of trying every position.
_YEAR_MENTION = re.compile(r"(?:19|20)(?<![\d,.]..)\d\d(?!\d|[,.]\d)")


# a date that starts a count: "killed since 18 February"
# (the date's lead word, or just before it)
_SINCE = re.compile(r"since(?![\w-])", re.IGNORECASE)
# a part's own date right after it: "18 of them| on |11 May"
_ON_THE_DATE = re.compile(r"\s{1,3}(?:on|in|during)\s{1,3}(?:the\s{1,3})?", re.IGNORECASE)
# a day counted up to: "|by |12 May", "|By |the 12 May"
_BY_BEFORE = re.compile(r"(?<![\w-])by\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)
# the words of a count of all so far, in its quote or just before: "had been killed", "a total of", "had reached"
_SO_FAR = re.compile(r"(?<![\w-])(?:(?:had|have)\s{1,3}(?:(?:already|reportedly|so\s{1,3}far)\s{1,3})?(?:been|died|reached|risen|climbed|lost|perished)"
                     # (a toll told by a day: "By 19 August, the SOHR put the death toll at 218 rebels")
                     r"|a\s{1,3}total\s{1,3}of|in\s{1,3}total|in\s{1,3}all|overall|altogether|toll|tally)(?![\w-])", re.IGNORECASE)
# from "By <day>" to a figure later in the list of a toll: "..., the SOHR put the death toll at 218 rebels and "
_TOLL_LIST = re.compile(r"[^;]{0,120}?(?:toll|tally|total)[^;]{0,80}?(?:\s(?:and|as\s{1,3}well\s{1,3}as)\s|,\s)", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"(?<![\w-])since\s{1,3}(?:last\s{1,3})?$", re.IGNORECASE)  # (a weekday: "since last Tuesday")


_RELATIVE_PRONOUN = re.compile(r"(?<![\w-])(?:who|whom|which|that)(?![\w-])", re.IGNORECASE)


# the main verb after a relative clause: "the bodies of four men who had been detained a week
# earlier| were |returned on 8 December" (not the relative's own: "who were detained")
_MAIN_VERB_AFTER = re.compile(r"\s(?:[\w'’-]{1,30}\s{1,3}){1,12}?(?:were|was)\s{1,3}(?!by\s)[a-z]{2,20}ed(?![\w-])")


def _in_relative_clause(text: str, end: int, at: int) -> bool:
    """Whether a relative pronoun between a figure ending at ``end`` and a
    date at ``at`` opens a clause the date is in: "12 soldiers who had been
    captured the day before were found" (the day before is the capture's),
    but not "four men who had been detained a week earlier were returned on
    8 December" (the main verb comes back before the date)."""
    rel = _RELATIVE_PRONOUN.search(text, end, at)
    if rel is None:
        return False
    main = _MAIN_VERB_AFTER.match(text, rel.end(), at)
    return main is None


def _since(text: str, at: int) -> bool:
    """Whether the date mention at ``text[at:]`` is the start of a count ("since 18 February")."""
    return bool(_SINCE.match(text, at) or _SINCE_BEFORE.search(text, max(0, at - 16), at))


# the people of a figure named in commas after it, which leave its clause open: "killed eight
# people|, among them five children,| on 24 December"
_PART_ASIDE = re.compile(r"^\s{0,2},\s{1,3}(?:among\s{1,3}them|including|mostly|most\s{1,3}of\s{1,3}them)\s[^,;.]{1,60}(?=,)")


# a battle's first day named right after "since the start of the offensive": "| on |15 November"
_ON_THE_DAY = re.compile(r"\s{0,3}(?:\(|,)?\s{0,3}(?:(?:launched|begun|began|started)\s{1,3})?(?:on|of)?\s{0,3}", re.IGNORECASE)


# the whole battle, not a part of it: "during the siege", "throughout the offensive", "over the
# course of the battle", "by the end of the siege" (but "during the battle for the airport" names
# one, and "during the three-day battle" is one of its engagements)
_WHOLE_BATTLE = re.compile(
    rf"(?<![\w-])(?:{WHOLE_BATTLE_LEAD}|for\s{{1,3}}the\s{{1,3}}duration\s{{1,3}}of)"
    r"\s{1,3}the\s{1,3}(?:(?:entire|whole)\s{1,3})?"
    # (not one named by its place: "the battle for the airport"; but its day: "the battle| on 22 February")
    r"(?:battle|siege|offensive|campaign)(?![\w-])(?!\s{1,3}(?:for|of|at|in|near|on(?!\s{1,3}\d)|around|against|to)(?![\w-]))",
    re.IGNORECASE)
# the day the whole battle ended, right after it: "By the end of the battle| on 22 February|, ..."
_ON_THE_LAST_DAY = re.compile(r"\s{1,3}on\s{1,3}(?=\d)")
_WHOLE_BATTLE_REACH = 90
_WHOLE_BATTLE_WORDS = frozenset({"during", "throughout", "course", "duration", "end"})
_BATTLE_NOUNS = frozenset({"battle", "siege", "offensive", "campaign"})
# what may open a sentence before the whole battle: "In all, during the siege, ..."
_BEFORE_WHOLE_BATTLE = re.compile(r"\W{0,3}(?:(?:in\s{1,3}all|in\s{1,3}total|overall|altogether|all\s{1,3}told),?\s{1,3})?",
                                  re.IGNORECASE)


class _Calendar:
    """The date context while reading an article in order.

    It knows the section's heading date, the paragraph's running day (the
    last day-precise date of the paragraph) and the year the text last named,
    and resolves each figure's date from them.
    """

    def __init__(self, period: DateRange) -> None:
        self.period = period
        self.heading = _NONE
        self.running = _NONE
        self.last = _NONE  # the last date resolved anywhere in the article
        self.year: int | None = None  # the year the text or headings last named
        self.path: tuple[str, ...] | None = None
        # the last paragraph's running day: what "Three days later" opening a paragraph counts from
        self.told_before = _NONE

    def enter(self, path: tuple[str, ...], new_paragraph: bool) -> None:
        """Start a sentence in the section at ``path``.

        A new section drops the running day; so does a new paragraph, except
        in a month's section ("=== January 2012 ==="), which reads as one
        diary where a paragraph goes on with the day before it.
        """
        if new_paragraph and self.heading.precision != "month":
            if self.running.precision == "day":
                self.told_before = self.running
            self.running = self._days_of_heading()
        if path != self.path:
            self.path = path
            self.told_before = _NONE
            for heading in path:
                for y in _YEAR_MENTION.findall(heading):
                    self.year = int(y)
            self.heading = _heading_when(path, self.year, self.period)
            if self.heading.first is None and self.period.start is not None and self.period.end is not None \
                    and (not path or _under(path[-1:], "summary")):
                # "== Casualties ==" and the lead before the first heading ("The battle left more than
                # 550 dead"): the battle's, from its first day to its last
                self.heading = _When(self.period.start, self.period.end, "range")
            self.running = self._days_of_heading()

    def _days_of_heading(self) -> _When:
        """The running day a section of a day or days starts with ("=== 22 March ==="), else none."""
        return self.heading if self.heading.precision in ("day", "range") else _NONE

    def fallback(self) -> _When:
        """The date of a sentence that names none and follows no dated one."""
        if self.heading.first is not None:
            return self.heading
        if self.last.first is not None:
            y = self.last.first.year
            return _When(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
        if self.period.start is not None and (self.period.end is None or self.period.end.year == self.period.start.year):
            y = self.period.start.year
            return _When(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
        return _NONE

    def resolve(self, text: str, dates: tuple[DateMention, ...], start: int, end: int) -> _When:
        """The date of a figure at ``text[start:end]``: a date in its clause
        after it ("killed on 23 March"), else the nearest before it, else the
        paragraph's running day, else a later one, else :meth:`fallback`.
        ``dates`` are the sentence's (:func:`~casualtylib.dates.find_dates`)."""
        when = _adjust(text, start, end, self._resolve(text, dates, start, end))
        when = self._whole_battle(text, dates, start, end, self._so_far(text, dates, start, end, when))
        if when.precision in ("month", "year") and not dates and self.heading.precision == "range" \
                and self.period.start is not None and self.period.end is not None \
                and self.heading.first == self.period.start and self.heading.last == self.period.end \
                and when.first <= self.period.start and self.period.end <= when.last:
            # the lead's "took place in April 2013. Over three days, 93 combatants were killed": the
            # battle's days, which the month the lead named holds
            return self.heading
        return when

    def _so_far(self, text: str, dates: tuple[DateMention, ...], start: int, end: int, when: _When) -> _When:
        """A count of everyone killed by a day ("By 12 May, 87 rebels had been
        killed", "A total of 34 soldiers had died by 12 May"): the days from
        the battle's first (the infobox's) to that one, as "since the start"
        reads; a count of that day alone ("By 12 May, rebels killed 9") keeps it."""
        if when.precision != "day" or self.period.start is None or when.first is None \
                or when.first <= self.period.start or ("by " not in text and "By " not in text):
            return when
        by = next((d for d in dates if d.kind == "day" and _BY_BEFORE.search(text, max(0, d.start - 6), d.start)), None)
        if by is None or not (by.end <= start or (end <= by.start and not re.search(r"[,;]\s", text[end:by.start]))):
            return when  # (the figure's clause's: not "9 were killed, and by 12 May the town fell")
        if not _SO_FAR.search(text, max(0, start - 14), end) and not (
                by.end <= start and ";" not in text[by.end:start] and _SO_FAR.search(text, by.end, start)
                and _TOLL_LIST.fullmatch(text, by.end, start)):
            # (the figure's own words: not "the port had been retaken, with the loss of 50 fighters"; or
            # those of the list it is in: "By 19 August, the SOHR put the toll at 218 rebels and |108 soldiers")
            return when
        return _When(self.period.start, when.last, "range")

    def _whole_battle(self, text: str, dates: tuple[DateMention, ...], start: int, end: int, when: _When) -> _When:
        """A figure of the whole battle ("700 fighters were killed during the
        siege", "Throughout the offensive, 300 civilians died"): the days from
        the battle's first (the infobox's) to the one it is told on. A named
        one ("during the battle for the airport") is a part of it, and a day
        between the phrase and the figure is the figure's own, but for the
        day the battle ended ("By the end of the battle on 22 February")."""
        if self.period.start is None or _WHOLE_BATTLE_WORDS.isdisjoint(words := words_of(text)) \
                or _BATTLE_NOUNS.isdisjoint(words):
            return when
        for m in _WHOLE_BATTLE.finditer(text):
            if m.start() >= end:
                if m.start() - end > _WHOLE_BATTLE_REACH or re.search(r"[,;]\s", text[end:m.start()]):
                    continue  # another clause's: "12 were killed, 300 during the siege"
                lo, hi = end, m.start()
            elif m.end() <= start:
                on_day = _ON_THE_LAST_DAY.match(text, m.end())
                last_day = next((d for d in dates if on_day is not None and d.start == on_day.end() and d.end <= start), None)
                # (past the day it ended on: "By the end of the battle on 22 February, the SOHR ...")
                between = text[last_day.end if last_day is not None else m.end():start]
                if ";" in between or between.count(",") > 1 or ("," in between and not between.lstrip().startswith(",")) \
                        or not _BEFORE_WHOLE_BATTLE.fullmatch(text, 0, m.start()) and "," in between:
                    continue  # not the sentence's opening words, nor the figure's clause
                lo, hi = (last_day.end if last_day is not None else m.end()), start
            else:
                continue
            if any(lo <= d.start < hi for d in dates):
                continue  # "During the siege, on 5 May, 12 soldiers were killed": that day
            last = when.last if when.last is not None and when.last >= self.period.start else self.period.end
            if last is None or last <= self.period.start:
                return when
            if self.period.end is not None and last > self.period.end:
                last = self.period.end
            return _When(self.period.start, last, "range")
        return when

    def _resolve(self, text: str, dates: tuple[DateMention, ...], start: int, end: int) -> _When:
        resolved = self._mentions(dates)
        since = next(((s, w) for s, w in resolved if _since(text, s)), None)
        if since is not None and since[0] >= end and re.search(r"[,;]\s", text[end:since[0]]):
            # "26 rebels were killed in the final assault, and that the number of troops
            # killed since 19 December had reached 353": the span is the later clause's
            resolved, since = [(s, w) for s, w in resolved if s != since[0]], None
        if since is not None and since[1].first is not None:
            # "1,099 civilians had been killed since 18 February": the days from that
            # one to the report's (the sentence's other dates, else the running day ...)
            rest = [(s, w) for s, w in resolved if s != since[0]]
            began = since[1]
            mention = next(d for d in dates if d.start == since[0])
            if mention.kind == "battle_day" and (on := next((
                    (s, w) for s, w in rest if w.precision == "day"
                    and _ON_THE_DAY.fullmatch(text, mention.end, s)), None)) is not None:
                # "since the start of the offensive on 15 November": the day it names, not the infobox's
                began, rest = on[1], [(s, w) for s, w in rest if s != on[0]]
            until = self._pick(text, rest, start, end)
            if mention.year is None and until.last is not None and began.first > until.last:
                # "since September", told in January: the September before
                began = self._when(replace(mention, year=began.first.year - 1), until) or began
            if began.precision == "month" and until.precision == "month" and until.first > began.first:
                # "since March", told in May: March to May
                return _When(began.first, until.last, "month_range")
            if began.precision == "month" and until.precision not in ("day", "range"):
                return began  # "since the start of the month", told of no day: that month
            if until.last is not None and until.last > began.first:
                return _When(began.first, until.last, "range")
            return began
        return self._pick(text, resolved, start, end)

    def _pick(self, text: str, resolved: list[tuple[int, _When]], start: int, end: int) -> _When:
        # a date inside the figure's quote is its own ("Among those killed on Tuesday were ..."); one
        # after it in its clause too, but not in a relative clause about the people ("the bodies of
        # 12 soldiers who had been captured the day before were found")
        inside = [w for s, w in resolved if start <= s < end]
        after_same_clause = [w for s, w in resolved if s >= end and (
            not re.search(r"[,;]\s", between := _PART_ASIDE.sub("", text[end:s], count=1))
            or re.fullmatch(r",\s{0,2}(?:on\s{1,3})?", between))
            and not _in_relative_clause(text, end, s)]
        before = [w for s, w in resolved if s < start]
        if inside:
            return inside[0]
        if after_same_clause:
            return after_same_clause[0]
        if before:
            return before[-1]
        if self.running.precision == "day" and not resolved and _PRESENT_PERFECT.search(text, start, end):
            # "Hundreds of troops have been filmed after switching sides": a state told up to the
            # running day, not an event of it (the answer key's 002-1): that day's month
            return _month(self.running.first.year, self.running.first.month)
        if self.running.first is not None:
            return self.running
        if resolved:
            return resolved[0][1]
        return self.fallback()

    def advance(self, text: str, dates: tuple[DateMention, ...], figures: list[_When]) -> None:
        """Move past a sentence: the day of its first figure, else the last
        day it names ("On 14 November", not "by 17 November"), runs on."""
        days = [w for w in figures if w.precision == "day"]
        if days:
            self.running = days[0]
        else:
            for s, w in self._mentions(dates):
                if w.precision in ("day", "month", "range") and not _AS_OF.search(text, max(0, s - 8), s) \
                        and not _SINCE.match(text, s):  # "since March 2011" starts a count: not a day it tells of
                    # "in late July": later sentences of the paragraph are in July;
                    # "Between 18 and 20 October, ...": the next ones are of those days
                    self.running = w
        for y in _YEAR_MENTION.findall(text):
            self.year = int(y)
        for w in figures:
            if w.first is not None:
                self.last = w
                self.year = w.first.year

    def other_day(self, dates: tuple[DateMention, ...], day: _When) -> bool:
        """Whether a sentence (whose dates are ``dates``) names a date of its
        own ("on 9 March", "on 18 and 19 May") other than ``day``: it tells of
        another event. A
        day told from the running one ("the previous day") goes on with it.
        A claim of no day ("... killed since 18 February") goes on in no
        sentence that names a day: "Government shelling of Douma on 23 March
        killed 37 people" is another event."""
        if day.first is None:
            return any(d.kind in ("day", "span") for d in dates)
        # (or days: "on 18 and 19 May" is not "the previous week" told before)
        named = (self._when(d, day) for d in dates if d.kind in ("day", "span"))
        return any(w is not None and (w.first, w.last) != (day.first, day.last) for w in named)

    def _mentions(self, dates: tuple[DateMention, ...]) -> list[tuple[int, _When]]:
        out = []
        current = month = self.running  # (a month named before "during the month" is that month)
        for d in dates:
            when = self._when(d, month if d.kind == "running_month" else current)
            if when is not None:
                out.append((d.start, when))
                if when.precision == "day":
                    current = when
                if when.precision in ("day", "month"):
                    month = when
        return out

    def _when(self, d: DateMention, current: _When) -> _When | None:
        if d.kind in ("day", "month", "span"):
            year = d.year or self._year_for(d.month, d.day)
            if year is None:
                return None
            if d.kind == "month" and d.offset:  # "between February and April 2019": a run of months
                first_month, first_year = d.month + d.offset, year
                if first_month < 1:
                    first_month, first_year = first_month + 12, year - 1
                return _When(_month(first_year, first_month).first, _month(year, d.month).last, "month_range")
            if d.kind == "month":
                return _month(year, d.month)
            try:
                day = dt.date(year, d.month, d.day)
            except ValueError:
                return None
            if d.kind == "span":  # "between 22 and 28 May"
                return _When(day + dt.timedelta(days=d.offset), day, "range")
            return _When(day, day, "day")
        if d.kind == "year_span":  # "between 2012 and 2014": those years
            return _When(dt.date(d.year + d.offset, 1, 1), dt.date(d.year, 12, 31), "year_range")
        if d.kind == "year":  # "In 2013, ...": that year
            if d.offset == 1 and self.period.start is not None and self.period.end is not None \
                    and self.period.start.year <= d.year <= self.period.end.year:
                return None  # "the 2012 offensive, in which ...": the battle's own year says no more than its sections
            return _When(dt.date(d.year, 1, 1), dt.date(d.year, 12, 31), "year")
        if d.kind == "last_period":  # "in the same period": the date of the figure just before
            return self.last if self.last.first is not None else None
        if d.kind == "running_month":  # "later that month": the month of the running date, or the last read
            base = current if current.first is not None else self.last
            if base.precision == "month_range":  # "since March ... since the start of the month": the latest
                return _month(base.last.year, base.last.month)
            if base.first is None:
                return None
            months = base.first.year * 12 + base.first.month - 1 + d.offset  # "a month later": the next one
            return _month(months // 12, months % 12 + 1)
        if d.kind == "running_year":  # "later that year": the year of the running date, the last read or the heading's
            base = next((w for w in (current, self.last, self.heading) if w.first is not None), _NONE)
            if base.first is None:
                return None
            year = base.first.year + d.offset  # "the year before": the one before it
            return _When(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
        if d.kind == "month_day":  # "on the 28th": that day of the running date's month (or the heading's)
            base = next((w for w in (current, self.heading, self.last) if w.first is not None), _NONE)
            if base.first is None or base.last is None or (base.first.year, base.first.month) != (base.last.year, base.last.month):
                return None  # (a year, or days across two months, names no one month)
            try:
                day = dt.date(base.first.year, base.first.month, d.day)
            except ValueError:
                return None
            return _When(day, day, "day")
        if d.kind == "running_week":  # "later that week": the running day's week, after it or before it
            if current.precision != "day" or current.first is None:
                return None
            monday = current.first - dt.timedelta(days=current.first.weekday())
            first, last = monday, monday + dt.timedelta(days=6)
            if d.offset == -7:  # "the previous week": the seven days of the week before
                return _When(monday - dt.timedelta(days=7), monday - dt.timedelta(days=1), "range", told=False)
            if d.offset == 7:  # "the following week": the seven days of the week after
                return _When(monday + dt.timedelta(days=7), monday + dt.timedelta(days=13), "range", told=False)
            if d.offset > 0 and current.first < last:
                first = current.first + dt.timedelta(days=1)
            elif d.offset < 0 and current.first > monday:
                last = current.first - dt.timedelta(days=1)
            return _When(first, last, "range", told=False)
        if d.kind == "battle_day":  # "on the second day of the offensive": from the infobox's first day
            if self.period.start is None:
                return None
            day = self.period.start + dt.timedelta(days=d.offset)
            return _When(day, day, "day")
        if d.kind == "relative" and current.first is None:
            current = self.told_before  # "Three days later, ..." opening a paragraph
        elif d.kind == "relative" and current == self.heading and current.precision == "range" \
                and self.told_before.first is not None and current.first <= self.told_before.first <= current.last:
            # "=== 19–21 May ===  On 19 May, ... || The following day, ...": a paragraph of a
            # section of days goes on from the day the one before it told of, not from the section's last
            current = self.told_before
        if d.kind == "relative" and d.offset and current.precision == "range" and current.told \
                and current.first is not None and current.last is not None and (current.last - current.first).days < 7:
            # "Between 8 and 10 May, ... The next day, ...": from the span's last day (or before its first)
            day = (current.last if d.offset > 0 else current.first) + dt.timedelta(days=d.offset)
            return _When(day, day, "day")
        if current.precision != "day" or current.first is None:
            return None
        if d.kind == "relative":
            day = current.first + dt.timedelta(days=d.offset)
            return _When(day, day, "day")
        if d.offset == 1:  # "the following Sunday": the first such day after the running day
            day = current.first + dt.timedelta(days=(d.day - current.first.weekday() - 1) % 7 + 1)
            return _When(day, day, "day")
        # a weekday: the latest such day on or before the running day, unless it is the day after it
        # ("On Friday, 18 May, ... On Saturday, the funerals ...": the story goes on)
        back = (current.first.weekday() - d.day) % 7
        day = current.first + dt.timedelta(days=1) if back == 6 else current.first - dt.timedelta(days=back)
        return _When(day, day, "day")

    def _year_for(self, month: int, day: int | None) -> int | None:
        """The year of a date named without one: the heading's, else the
        year the text last named, moved on by one when that would put the
        date more than a month before the last date read (articles run
        forward: "In April" after "14 November 2011" is April 2012); outside
        a background or aftermath section, a year that puts the date inside
        the infobox's period wins over one that does not; in a section of what
        came before the battle, the year is not moved on."""
        if self.heading.first is not None:
            return self.heading.first.year
        if self.year is None:
            return year_for(month, day, self.period, None)
        year = self.year
        if self.last.first is not None and dt.date(year, month, min(day or 1, 28)) < self.last.first - dt.timedelta(days=31) \
                and not (self.path is not None and _under(self.path, "before_period")):
            year += 1  # (but a Background looks back: its dates do not run on from the body's)
        if self.path is not None and not _outside(self.path):
            year = _within(year, month, day, self.period) or year  # the battle's year, not the background's
        return year


# --- sources and hedging --------------------------------------------------


# "ISIL claimed responsibility": a deed owned, not a figure told
# what makes a reporting verb none: "claimed responsibility", "claimed victory", and "state" as a
# noun ("Syria's state news agency said", "the Islamic State")
# (nor a toll taken: "ISIL claimed the lives of 200 civilians", "the bombing claimed 73 lives")
_NOT_A_REPORT = (r"(?!\s{1,3}(?:responsibility|credit|victory|control)(?![\w-]))"
                 r"(?!(?:(?<=claimed)|(?<=claims)|(?<=claim))\s{1,3}(?:the\s{1,3}lives?|(?:[\w,.+~-]{1,20}\s{1,3}){0,4}lives)(?![\w-]))"
                 r"(?<!state(?=\s{1,3}(?:news|media|TV|television|radio|agency|press)(?![\w-])))")
_NOT_A_REPORT_REACH = max(len("   responsibility"), 3 + 4 * (20 + 3) + len("lives")) + 1
# another reporter beside the first: "Opposition activists| and the state news agency both |said"
_COREPORTER = (r"(?:and\s{1,3}(?:(?!(?:were|was|is|are|had|have|has|been)\b)[A-Za-z][\w'’.-]{0,30}\s{1,3}){1,5}?"
               r"(?:both\s{1,3}|also\s{1,3})?(?=[a-z]))?")
# a name's initials in brackets after it: "The Syrian Revolution General Commission| (SRGC)| said"
_ABBREVIATED = r"(?:\s{1,2}\([A-Z][A-Za-z.]{1,8}\))?"
# a denial before the reporter's own account: "The opposition| denied this, |saying only 2 died"
_DENIAL = (r"(?:(?:denied|rejected|disputed|dismissed)\s{1,3}(?:this|that|it|these|(?:the|such)\s{1,3}"
           r"(?:claims?|reports?|figures?|accounts?|allegations?))\s{0,3},?\s{1,3}(?:and\s{1,3})?)?")
# whom the reporter blamed before its account: "The government| blamed "armed gangs" for the
# massacre and |said that 3 soldiers had also been killed"
_BLAME = r"(?:(?:blamed|accused)\s{1,3}[^,.;]{1,80}?\s{1,3}and\s{1,3})?"
# an apposition between a name and its verb: ",   the" and five words of 31 with their spaces, ",  "
_APPOSED_REACH = len("  ,   the   ") + 5 * 34 + len("  ,")
_DENIAL_REACH = len("dismissed   the   allegations   ,   and   ")
# a passive estimate before its agent: "was |put at 108 by| the UN", and the words it holds
_ESTIMATE_AT = r"(?:put|estimated|placed|given|set)\s{1,3}at\s{1,3}[\d,.]{1,12}\s{1,3}by"
_ESTIMATE_WORDS = (frozenset({"at", "by"}), frozenset({"put", "estimated", "placed", "given", "set"}))
# a joiner before a verb opens another clause, whose subject is someone else: "killing
# 40 rebels, while admitting the loss of 6" (the rebels admit nothing)
_JOINERS = "while|whilst|and|but|whereas|when|as|after|before|though|although|since|because|if|then|thus|so"


@functools.cache
def _source_patterns() -> dict[str, re.Pattern[str]]:
    t = table("sources")["prose"]
    verbs = _sources.reporting_verbs()
    intro = alternation(t["introducers"], space=r"\s{1,3}")
    counts = alternation(number_words())
    word = r"[A-Z][\w'’.&-]{0,30}"
    article = r"(?:(?<![\w-])(?:al|el)-)?"  # "al-Manar TV said": the article is of the name
    kinds = r"news\s{1,2}(?:agency|network|channel|website)|radio|television|TV|agency|network|channel|newspaper|group|website|daily"
    core = (rf"(?:{article}{word}(?:\s{{1,2}}(?:al-|el-|bin\s|(?:of|for|to)\s{{1,2}}(?:the\s{{1,2}})?)?{word}){{1,4}}"
            rf"|[A-Z]{{2,8}}(?:[-\u2013][A-Z]{{2,8}})?|(?<!in\s)(?<!at\s)(?<!of\s)(?<!to\s)(?<!by\s)(?<!near\s)(?<!from\s){word})")
    name = rf"{core}(?:\s{{1,2}}(?:{kinds}))?"
    # a country's or people's forces as the subject of a reporting verb: "Kurdish forces said"
    # (not after one: "said Russian forces lost 320 personnel" names what was counted)
    subject_name = rf"{core}(?:\s{{1,2}}(?:{kinds}|forces))?"
    modifiers = alternation(t["generic_modifiers"])
    # up to two modifiers: "local medical officials", "Iraqi security sources"
    # (or a name, with its article: "A Jaysh al-Islam spokesman said")
    generic = (rf"(?<![\w-])(?:(?:(?:{word}\s{{1,3}})?(?:(?i:{modifiers})\s{{1,3}})?(?i:{modifiers})|{word}{_NAME_ARTICLE_WORD}"
               rf"|(?i:pro|anti)-[A-Za-z][a-z]{{2,19}})\s{{1,3}}"
               rf"(?i:{alternation(_reporter_heads())})|(?i:{alternation(t['bare_heads'])}))(?![\w-])")
    # the words that introduce a named reporter: "according to", "a report by"
    intro_lead = r"[Aa]ccording\s{1,3}to|said|told|(?:report|claim|account|statement|estimate)s?,?\s{1,3}by"
    # "The opposition, for its part, said": an aside in commas between a reporter and its verb
    asides = alternation(t["asides"], space=r"\s{1,3}")
    aside = rf"(?:\s{{0,2}},\s{{0,3}}(?i:{asides})\s{{0,2}},)?"
    # or a noun phrase in apposition to the name: "ANHA|, the Kurdish news agency,| said"
    # (or the outlet it speaks through: "ISIL|, via its Amaq agency,| claimed")
    apposed = (rf"(?:\s{{0,2}},\s{{0,3}}(?:(?i:{asides})|(?i:the|an?)\s{{1,3}}(?:[\w'’-]{{1,30}}\s{{1,3}}){{0,4}}[\w'’-]{{1,30}}"
               rf"|(?i:via|through)\s{{1,3}}(?i:its|their)\s{{1,3}}(?:[\w'’-]{{1,30}}\s{{1,3}}){{0,3}}[\w'’-]{{1,30}}"
               # (whose it is: "Amaq|, ISIL's news agency,| claimed")
               rf"|(?-i:[A-Z])[\w.-]{{1,30}}['’]s\s{{1,3}}(?:[\w'’-]{{1,30}}\s{{1,3}}){{0,2}}[\w'’-]{{1,30}})\s{{0,2}},)?")
    return {
        # (an office of the name's before its verb: "the UN|'s humanitarian office said")
        # (where the reporter is, before an aside: "An activist| in the town, speaking on condition of anonymity,| said")
        "verb_after": re.compile(rf"^(?:\s{{1,3}}(?:in|at|from|inside|near)\s{{1,3}}(?:(?:the|an?)\s{{1,3}})?[\w'’-]{{1,30}}"
                                 rf"(?=\s{{0,2}},\s{{0,3}}(?i:{asides})\s{{0,2}},))?{aside}\s{{0,3}},?\s{{0,3}}{_COREPORTER}{_DENIAL}{_BLAME}"
                                 rf"(?:(?:['’]s)?\s{{1,3}}(?:[a-z][\w-]{{1,25}}\s{{1,3}}){{0,2}}(?:office|agency|spokesman|spokeswoman|spokesperson|envoy|chief|head|director|mission|commission|coordinator)\s{{1,3}})?(?:(?!(?:were|was|is|are|had|have|has|been|defectors?|deserters?|{_JOINERS})\b)[a-z]{{2,20}}\s{{1,3}})?(?:(?:in|at|from|of|inside|near)\s{{1,3}}(?:(?:the|an?)\s{{1,3}})?(?:[A-Z][\w'-]{{1,30}}|[a-z][\w'’-]{{1,30}}(?:\s{{1,3}}(?!(?:and|or|but|were|was|are|is|been)\s)[a-z][\w'’-]{{1,30}})?)\s{{1,3}})?(?:(?:also|later|had|has|have|earlier|then|further|previously|separately)\s{{1,3}}){{0,2}}{verbs}(?![\w-]){_NOT_A_REPORT}", re.IGNORECASE),
        # "according to the government", "said local activists"; but not "said 3
        # rebels died": a count before the name makes it what was counted
        "intro_before": re.compile(rf"(?<![\w-]){intro}\s{{1,3}}(?:(?:the|one|some|several)\s{{1,3}})?(?:(?!(?:that|{counts})\b|\d)[\w'’-]{{1,30}}\s{{1,3}}){{0,2}}$", re.IGNORECASE),
        "named_subject": re.compile(rf"(?P<name>{subject_name}){_ABBREVIATED}{_OWNED_OFFICE}{apposed}\s{{1,3}}{_DENIAL}(?:(?:also|later|had|has)\s{{1,3}})?(?-i:{verbs})(?![\w-]){_NOT_A_REPORT}"),
        # what named_intro needs, searched first (named_subject waits for a
        # reporting verb through _verb_gate): both patterns open with a
        # capitalised name, which the engine would try at every capital
        # letter of every sentence
        "intro_gate": re.compile(intro_lead),
        # "Kurdish sources said", "according to hospital officials"
        # (where they are may stand between: "Medical sources in the city reported")
        "generic_subject": re.compile(
            rf"(?P<name>{generic}){_GENERIC_WHERE}{aside}{_NAME_APPOSED}\s{{1,3}}(?:(?:also|later|had|has|have)\s{{1,3}})?(?-i:{verbs})(?![\w-]){_NOT_A_REPORT}"),
        # (one of them: "according to a YPG spokesman")
        "generic_intro": re.compile(rf"(?<![\w-])(?:[Aa]ccording\s{{1,3}}to|(?i:{_ESTIMATE_AT}))"
                                    rf"\s{{1,3}}(?:(?:the|an?|one|some|several|other|two|three)\s{{1,3}})?(?P<name>{generic})"),
        # (not the subject of what was said: "said that defector Hussein Harmoush was abducted")
        # (nor what a count counts: "said two |US| service members were killed")
        "named_intro": re.compile(rf"(?-i:{intro_lead})\s{{1,3}}(?:(?:the|(?<=[\"”]\ssaid\s)an?)\s{{1,3}})?(?:(?!(?i:{counts})(?![\w-]))[A-Za-z][\w-]{{1,20}}\s{{1,3}}){{0,5}}?(?P<name>(?>{name}))"
                                  rf"(?!\s{{1,3}}(?:was|were|had|has|have|is|are|would|will|died|killed|{alternation(t['actor_nouns'])})(?![\w-]))"),
        # a name's statement or count: "according to a YPG statement", "according to the SDF's tally"
        "according_kind": re.compile(rf"[Aa]ccording\s{{1,3}}to\s{{1,3}}(?:an?|the)\s{{1,3}}(?P<name>{word}(?:\s{{1,2}}{word}){{0,3}})"
                                     rf"(?:['’]s?)?\s{{1,3}}(?:statement|report|tally|count|estimate|claim|announcement|figures?)s?(?![\w-])"),
        # one of a party's people, and the party: "according to a spokesman for the YPG"
        "according_member": re.compile(
            rf"[Aa]ccording\s{{1,3}}to\s{{1,3}}(?:an?|one)\s{{1,3}}(?:[a-z][\w-]{{1,20}}\s{{1,3}}){{1,2}}(?:for|of|from|with)\s{{1,3}}"
            rf"(?:the\s{{1,3}})?(?P<name>(?>{core}))(?=\s{{0,3}}[,;.)]|\s{{1,3}}(?:said|says|in|on)\s)"),
        # a party's officer named after the role: "according to its commander, Semen Semenchenko"
        "according_role": re.compile(
            r"[Aa]ccording\s{1,3}to\s{1,3}(?:its|his|her|their|the\s{1,3}[\w'’-]{1,30}['’]s?)\s{1,3}(?:[a-z][\w-]{1,20}\s{1,3}){0,2}"
            r"(?:commander|spokesman|spokeswoman|spokesperson|leader|chief|head|director|founder|governor|official|deputy"
            r"|representative|commissioner|minister),\s{1,3}(?P<name>[A-Z][\w'’.-]{1,30}"
            r"(?:\s{1,2}(?:al-|el-|bin\s{1,2}|de\s{1,2})?[A-Z][\w'’.-]{1,30}){1,3})"),
        # one name alone between "according to" and its comma is a reporter, not a place: "According to Al-Manar,"
        # (or with its kind, at the end of the sentence: "according to Al-Watan newspaper.")
        "according_one": re.compile(rf"[Aa]ccording\s{{1,3}}to\s{{1,3}}(?:the\s{{1,3}})?(?P<name>{word}"
                                    rf"(?:\s{{1,2}}(?:news\s{{1,2}}agency|newspaper|daily|agency|TV|television|channel|radio|website|forces))?)"
                                    rf"(?=\s{{0,2}}[,;]|\s{{0,2}}\.\s{{0,2}}$)"),
    }


# a name's office or wing that speaks for it, after its possessive: "Hezbollah's| media office| said",
# "Hamas's| armed wing| said" (the name is the reporter)
_OFFICE_WORDS = ("office", "wing", "command", "leadership", "bureau", "spokesman", "spokeswoman", "spokesperson")
_OWNED_OFFICE = (r"(?:(?<=['’]s)\s{1,3}(?:[a-z][\w-]{1,25}\s{1,3}){0,2}"
                 rf"(?:{'|'.join(_OFFICE_WORDS)})(?![\w-]))?")
_OWNED_OFFICE_REACH = len("   ") + 2 * 28 + max(map(len, _OFFICE_WORDS))
# the second word of a name with its article: "Jaysh| al-Islam", "Ahrar| al-Sham"
_NAME_ARTICLE_WORD = r"(?:\s{1,2}(?:al|el|Al|El)-[A-Z][\w'’-]{1,30})?"
_NAME_ARTICLE_WORD_REACH = len("  al-") + 31
# where generic reporters are, between them and their verb: "sources| in the city| said"
_GENERIC_WHERE = r"(?:\s{1,3}(?:in|at|from|inside|near)\s{1,3}(?:(?:the|an?)\s{1,3})?[\w'’-]{1,30}(?:\s{1,3}[\w'’-]{1,30})?)?"
_GENERIC_WHERE_REACH = len("   inside   the   ") + 30 + 3 + 30
# the name of the one a generic reporter is, in commas: "A military spokesman|, Brigadier General
# Yahya Rasool,| said"
_NAME_APPOSED = r"(?:\s{0,2},\s{0,3}(?:[A-Z][\w'’.-]{0,30}\s{1,2}){1,5}[A-Z][\w'’-]{1,30}\s{0,2},)?"
_NAME_APPOSED_REACH = len("  ,   ") + 6 * 33 + len("  ,")


def _generic_reporters(text: str, verb: bool) -> list[re.Match[str]]:
    """What the generic-reporter patterns' ``finditer`` yield (a property
    test holds it to that), searched only around their head nouns: a match's
    name ends with its head ("Kurdish sources"), so it starts at most a
    modifier (or "according to the" and a modifier) before it and ends at
    most "also" and a reporting verb after it."""
    pats = _source_patterns()
    anchor, before, after = _generic_anchor()
    holds = lambda m, core: m.end("name") == core.end()  # noqa: E731
    found = search_near(pats["generic_subject"], anchor, text, before=before, after=after, holds=holds) if verb else []
    if "ccording" in text or _ESTIMATE_WORDS[0] <= words_of(text) and not _ESTIMATE_WORDS[1].isdisjoint(words_of(text)):
        # what every intro holds: "according to", or "by", "at" and a verb of estimating
        # (a head that is a modifier too may be followed by another head: "according to
        # official coalition ..." ends at the second, which the window must reach)
        found += search_near(pats["generic_intro"], anchor, text, before=before, after=_head_reach(), holds=holds)
    return found


@functools.cache
def _head_reach() -> int:
    """The longest generic head with the spaces before it."""
    return 3 + max(map(len, _reporter_heads()))


@functools.cache
def _reporter_heads() -> tuple[str, ...]:
    """The head nouns the generic-reporter patterns read: the generic heads and a party's."""
    t = table("sources")["prose"]
    return (*t["generic_heads"], *t["party_heads"])


@functools.cache
def _generic_anchor() -> tuple[re.Pattern[str], int, int]:
    """The head nouns of generic reporters, and how far a match reaches
    before and after one."""
    t = table("sources")["prose"]
    anchor = re.compile(rf"(?<![\w-])(?i:{alternation(_reporter_heads())})(?![\w-])")
    # one or two modifiers ("local medical"), each with room for its inner spaces to widen
    longest = max(len(m) + 2 * m.count(" ") for m in t["generic_modifiers"])
    modifier = max(31 + _NAME_ARTICLE_WORD_REACH, len("pro-") + 20, 2 * longest + 3) + 3
    # "according to the" and a capitalised word before the modifiers: "Iraqi local security officials"
    lead = max(len("According   to   the   "), len("estimated   at   ") + 12 + len("   by   the   "))  # or "put at 300 by"
    before = lead + 31 + 3 + modifier
    # (and an aside in commas: "A security official|, speaking on condition of anonymity,| said")
    aside = len("  ,   ") + max(len(a) + 2 * a.count(" ") for a in t["asides"]) + len("  ,")
    after = _GENERIC_WHERE_REACH + aside + _NAME_APPOSED_REACH + len("   also   ") + _sources.verb_reach() + _NOT_A_REPORT_REACH
    return anchor, before, after


@functools.cache
def _common_leads() -> frozenset[str]:
    """The lower-case words that may open a generic reporter ("medical", "local")."""
    return frozenset(w for w in table("sources")["prose"]["generic_modifiers"] if w.islower())


def _common_case(text: str, start: int, name: str) -> str:
    """A generic reporter opening its sentence, as it would be written inside
    one: "Captured soldiers said" is "captured soldiers", "Hospital officials
    said" "hospital officials", "Doctors said" "doctors" (a name stays as
    written: "Kurdish sources", "Jaysh al-Islam spokesman", "Abu Ali")."""
    if text[:start].strip(" \"'“‘(") or not name[:1].isupper() or not name[1:2].islower():
        return name
    first, *rest = name.split()
    low = first.lower()
    if rest and all(w.islower() for w in rest) and (low in _common_leads() or low.endswith("ed") and first[1:].islower()) \
            or not rest and low in _bare_heads():
        return low + name[len(first):]
    return name


@functools.cache
def _bare_heads() -> frozenset[str]:
    """The generic reporters that name one with no modifier ("doctors", "a doctor")."""
    return frozenset(w.lower() for w in table("sources")["prose"]["bare_heads"])


@functools.cache
def _generic_gate() -> WordGate:
    """The head nouns of a generic reporter ("Kurdish sources")."""
    return WordGate(table("sources")["prose"]["generic_heads"])


@functools.cache
def _party_gate() -> WordGate:
    """The head nouns of a party's fighters ("Kurdish fighters said")."""
    return WordGate(table("sources")["prose"]["party_heads"])


@functools.cache
def _party_said() -> re.Pattern[str]:
    """A party's head noun right before a reporting verb: "Kurdish |fighters said|" (the
    generic search runs around such a head only then: the nouns are in most sentences)."""
    t = table("sources")["prose"]
    return re.compile(rf"(?<![\w-])(?i:{alternation(t['party_heads'])})\s{{1,3}}(?:also\s{{1,3}})?(?:{_sources.reporting_verbs()})(?![\w-])")


@functools.cache
def _verb_gate() -> WordGate:
    """The reporting verbs a named reporter needs after it ("X said")."""
    return WordGate(table("sources")["prose"]["verbs"])


@functools.cache
def _intro_reach() -> int:
    """The longest text ``intro_before`` can match: an introducer with
    three-space gaps, a determiner ("the", "several") and two words."""
    longest = max(len(" ".join(p.split())) + 2 * p.count(" ") for p in table("sources")["prose"]["introducers"])
    return longest + len("   several   ") + 2 * (30 + 3)


# a role of a place or body, as the subject of a reporting verb or after "according to" (a name of its holder
# in commas between): "the governor of Homs| said", "According to the head of the Hama Military Council, ..."
_ROLE_WORDS = frozenset({"governor", "mayor", "head", "director", "chief", "deputy"})
_ROLE_OF_PLACE = re.compile(
    r"(?:(?<=[Aa]ccording to )(?:the|a)\s{1,3}(?=[^,]{1,90},)|(?<![\w-])(?:[Tt]he|[Aa])\s{1,3}"
    r"(?=[^,.;]{1,90}?(?:\s{0,2},\s{1,3}[A-Z][^,.;]{1,40},)?\s{1,3}(?:said|says|told|reported|stated|announced|confirmed|added|claimed)(?![\w-])))"
    r"(?P<name>(?i:governor|mayor|head|director|chief|deputy\s{1,3}governor)\s{1,3}of\s{1,3}(?:the\s{1,3})?"
    r"[A-Z][\w'’-]{1,30}(?:\s{1,2}(?:[A-Z][\w'’-]{1,30}|of|al-[A-Z][\w'’-]{1,30})){0,4})"
    r"(?=\s{0,2},|\s{1,3}(?:said|says|told|reported|stated|announced|confirmed|added|claimed)(?![\w-]))")
# one of a party's people introduced as the reporter, the party after: "according to a spokesman for the| rebels"
_INTRO_ROLE_OF = re.compile(
    r"(?<![\w-])according\s{1,3}to\s{1,3}(?:an?|one|the)\s{1,3}(?:[a-z][\w-]{1,20}\s{1,3})?"
    r"(?:spokesman|spokeswoman|spokesperson|commander|official|member|leader|representative|source|activist|officer)s?"
    r"\s{1,3}(?:for|of|from|with)\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)
# an outlet's kind and its name after a word that says its leaning: "the opposition| website Zaman al-Wasl"
_OUTLET_NAMED_AFTER = re.compile(r"(?:-(?:run|owned|affiliated|linked|leaning|aligned))?\s{1,3}(?:news\s{1,3}|media\s{1,3})?"
                                 r"(?:website|site|newspaper|daily|agency|outlet|channel|television|TV|radio|network|broadcaster)"
                                 r"\s{1,3}(?-i:[A-Z])", re.IGNORECASE)
_COMMA_PARTICIPLE = re.compile(r"\s{0,2},\s{1,3}(?:adding|saying|claiming|stating|noting|insisting)(?![\w-])", re.IGNORECASE)
_COUNT_BEFORE = re.compile(r"(?<![\w-])(?P<count>\d[\d,]*|[a-z]{3,12})\s{1,3}(?:[a-z][\w-]{1,20}\s{1,3})?$", re.IGNORECASE)


def _counted_before(text: str, start: int) -> bool:
    """Whether a count stands right before ``text[start:]`` ("12 |rebels",
    "nine opposition |fighters"): the word is of people counted."""
    m = _COUNT_BEFORE.search(text, max(0, start - 36), start)
    return m is not None and (m.group("count")[0].isdigit() or m.group("count").lower() in _count_words())


def _sources_in(text: str) -> list[tuple[int, str]]:
    """The reporters a sentence names, by position: known aliases (the
    generic ones only in a reporting frame: "activists said", "according to
    the government") and unknown reporters in a frame, kept as written."""
    framed = word_set("sources", "prose", "framed")  # generic: only in a reporting frame
    pats = _source_patterns()
    found: list[tuple[int, int, str]] = []
    known = _sources.find(text)
    for key, (s, e) in [*known, *_foreign_forces(text, known)] if _may_name_forces(text) else known:
        if text.startswith(("pro-", "Pro-"), s) and _NAME_AFTER.match(text, e):
            continue  # "the pro-opposition Syrian Network for Human Rights": the leaning of a name
        if key in framed and _COMMA_PARTICIPLE.match(text, e) and _counted_before(text, s):
            continue  # "documented the deaths of 12 rebels|, adding ...": the people counted, not a reporter
        if key in framed and _OUTLET_NAMED_AFTER.match(text, e):
            continue  # "the opposition| website Zaman al-Wasl": the outlet's leaning, the outlet named after it
        if key in framed and not (pats["verb_after"].match(text[e:]) or _CLAIM_OF_OWNER.match(text, e)
                                  # (joined to a reporter just found: "according to both the government and |the rebels|")
                                  or (found and _AND_THE.fullmatch(text, found[-1][1], s) is not None)
                                  or _NAMED_BEFORE_VERB.match(text, e)
                                  or ((intro := pats["intro_before"].search(text, max(0, s - _intro_reach()), s))
                                      # (the agent of a passive: "given by the opposition| was disputed")
                                      and (not _CLAUSE_VERB.match(text, e) or _AGENT_OF_PASSIVE.search(intro.group())))
                                  or _estimated_by(text, s)
                                  or ("by" in text[max(0, s - 8):s] and _REPORTED_BY.search(text, max(0, s - 100), s))
                                  or (text[max(0, s - 6):s].rstrip().endswith(("for", "of", "from", "with", "the"))
                                      and _INTRO_ROLE_OF.search(text, max(0, s - 100), s))):
            # "said security forces had killed 23", "said government forces had
            # executed 30": the subject of what was said
            continue
        if key in _HOME_KEYS and (foreign := _FOREIGN.search(text, max(0, s - 25), s)) \
                and foreign.group(1) not in word_set("sources", "prose", "home_modifiers"):
            # "the Russian Defence Ministry", "Turkish state media": another country's, as written
            key, s = f"{foreign.group(1)} {text[s:e]}", foreign.start(1)
        elif key in _HOME_KEYS and (rival := _WORD_BEFORE.search(text, max(0, s - 25), s)) \
                and side_of(rival.group(1)) == "opposition":
            # "Separatist authorities said", "rebel authorities": the other side's, as written
            key, s = f"{rival.group(1)} {text[s:e]}", rival.start(1)
            found = [f for f in found if not (f[0] >= s and f[1] <= e)]
        found.append((s, e, key))
    verb = _verb_gate().may_match(text)
    subjects = _named_subjects(text) if verb else ()
    intros: list[re.Match[str]] = list(pats["named_intro"].finditer(text)) if pats["intro_gate"].search(text) else []
    if "ccording" in text:
        intros += pats["according_one"].finditer(text)
        intros += pats["according_kind"].finditer(text)
        intros += pats["according_role"].finditer(text)
        intros += pats["according_member"].finditer(text)
    generic: list[re.Match[str]] = []
    if _generic_gate().may_match(text) or (verb and _party_gate().may_match(text) and _party_said().search(text)):
        generic = _generic_reporters(text, verb)
    # the generic reporters before the named ones: "according to the US-led coalition" is a
    # coalition, whose "US" a name would stop at
    told = [t] if not _PARTICIPLES.isdisjoint(words_of(text)) and (t := _PARTICIPLE_REPORTER.match(text)) is not None else []
    # a role of a place or body, named by it: "the governor of Homs said", "according to the head of the Hama council"
    offices = list(_ROLE_OF_PLACE.finditer(text)) if not _ROLE_WORDS.isdisjoint(words_of(text)) and "of" in text else []
    for matches in (subjects, generic, intros, _witness_matches(text), told, offices):
        for m in matches:
            s, e = m.span("name")
            name = m.group("name").strip(" .,")
            if name.endswith(("'s", "’s")) and len(name) > 3:
                name = name[:-2]  # "Hezbollah's media office said": the owner speaks
            if name.startswith(("The ", "the ")) and len(name.split()) > 1:
                name, s = name[4:].lstrip(), s + len(name) - len(name[4:].lstrip())  # "The YPG said"
            elif name.startswith(("A ", "An ")) and (len(name.split()) > 2 or name.split()[1].lower() in _bare_heads()):
                rest = name.split(" ", 1)[1].lstrip()
                name, s = rest, s + len(name) - len(rest)  # "A hospital doctor said", "A doctor ... said": a sentence's article
            if (name[:4].lower() in ("pro-", "anti") or "-" in name.split()[0]) \
                    and (leaning := _LEANING.match(name)) and len(name.split()) > 1:
                # "Pro-government Al-Masdar News", "The ISIL-affiliated Amaq news agency": the outlet
                name, s = name[leaning.end():], s + leaning.end()
            if (owner := _OWNER_OF_NAME.match(name)) and len(name.split()) > 2:
                name, s = name[owner.end():], s + owner.end()  # "Turkey's Anadolu Agency": the agency
            if name.split()[0].lower() in _count_words() and len(name.split()) > 1:
                rest = name.split(None, 1)[1]
                if rest.lower() not in _bare_heads():
                    continue  # a count of people: "Five militiamen accused of looting were executed"
                name, s = rest, e - len(rest)  # "One doctor said": the doctor
            if name.split()[0] in word_set("sources", "prose", "not_reporters") or _is_calendar_word(name.split()[0]):
                continue
            if name.lower() in _anaphor_nouns():
                continue  # "The group added": the reporter named before (read by _told_by_anaphor), no name
            if any(a < e and s < b for a, b, _ in found):
                continue  # a known alias inside: already found
            known = _sources.find(name)
            key = _sources.resolve(name) or (known[0][0] if known else None)
            if key is None and (_looks_like_place(name) or _after_a_place_word(text, s)):
                continue
            found.append((s, e, key or _common_case(text, s, name)))
    found.sort()
    out: list[tuple[int, str]] = []
    last_end = -1
    for pos, end, key in found:
        if last_end >= 0 and _ABBREVIATION_GAP.fullmatch(text, last_end, pos) and _ABBREVIATION_CLOSE.match(text, end):
            continue  # "the Syrian Revolution General Commission (SRGC)": one reporter, abbreviated
        if last_end >= 0 and _OWNED_GAP.fullmatch(text, last_end, pos):
            continue  # "The UN's humanitarian office said": the owner's, one reporter
        if out and last_end >= 0 and text[last_end:pos].isspace() and key[:1].isupper() and text[pos:pos + 1].isupper() \
                and (role := out[-1][1].rsplit(None, 1)[-1]) in word_set("sources", "prose", "generic_heads") \
                and not role.endswith("s"):
            out.pop()  # "regional governor Oleh Synyehubov": the role, then who holds it; one reporter, named
        last_end = end
        if key not in [k for _, k in out]:
            out.append((pos, key))
    return out


_AND_THE = re.compile(r"\s{1,3}(?:and|or)\s{1,3}(?:the\s{1,3})?")
# a reporter's abbreviation in brackets right after its name: "Iraq Body Count| (|IBC|)|"
_ABBREVIATION_GAP = re.compile(r"\s{0,2}\(\s{0,2}")
_ABBREVIATION_CLOSE = re.compile(r"\s{0,2}\)")
# a reporter's office or people right after its name: "the UN|'s |humanitarian office"
_OWNED_GAP = re.compile(r"['’]s?\s{1,2}")


# a relative clause whose verb reports the count right after it: "the government|, which put it at |30"
_WHICH_REPORTS = re.compile(r",\s{0,3}(?:which|who)\s{1,3}(?:(?:later|also|had|has)\s{1,3})?(?:put|puts|gave|gives|placed|places|"
                            r"estimated|estimates|said|says|reported|reports|counted|counts|added|adds|claimed|claims|stated|states|"
                            r"documented|documents|confirmed|confirms|announced|announces|recorded|records)\s(?:[^\d,;.]{0,25}\s)?(?=\S)",
                            re.IGNORECASE)
_AGENT_OF_PASSIVE = re.compile(r"(?<![\w-])by\s", re.IGNORECASE)
# the sentence's subject reporting through a participle after its deed: "Turkey responded with
# artillery strikes|, claiming| to have neutralized 76 Syrian soldiers"
# (or through a second verb of its own: "Kurdish forces repelled the attack|, and said| they had killed 35")
_PARTICIPLES = frozenset({"claiming", "saying", "stating", "adding", "announcing", "reporting",
                          "said", "claimed", "stated", "announced", "reported"})  # what it waits for
_PARTICIPLE_REPORTER = re.compile(
    r"\W{0,3}(?:The\s{1,3})?(?P<name>[A-Z][\w'’.-]{1,30}(?:\s{1,2}(?:of\s{1,2}the\s{1,2}|al-|el-)?[A-Z][\w'’.-]{1,30}){0,3}"
    r"(?:\s{1,2}(?:forces|troops|fighters|government|army|military|authorities))?)"
    # (a deed, not a death: "Three Hezbollah fighters died ..."; and no other reporter's verb
    # between: "..., Al-Manar said, adding")
    r"\s{1,3}(?!died(?![\w-]))(?:[a-z]{2,20}ed|struck|hit|fought|took|retook|overran|shot)(?![\w-])"
    r"(?:(?!(?<![\w-])(?:said|says|reported|told)(?![\w-]))[^.;\d]){0,150}?(?:,\s{1,3}"
    r"(?:claiming|saying|stating|adding|announcing|reporting)|,?\s{1,3}and\s{1,3}(?:(?:later|also|then)\s{1,3})?"
    r"(?:said|claimed|stated|announced|reported))(?![\w-])")
# a country or party owning a named outlet: "Turkey's| Anadolu Agency", "Iran's| Tasnim news agency"
_OWNER_OF_NAME = re.compile(r"[A-Z][\w-]{1,25}['’]s\s{1,2}(?=[A-Za-z])")


# an outlet's reporter who saw and told: "a Sky News reporter showed", "a CNN crew filmed"
_WITNESS_WORDS = frozenset({"reporter", "reporters", "correspondent", "correspondents", "journalist", "journalists",
                            "crew", "crews"})
_WITNESS = re.compile(
    # (or the outlet's, by the possessive: "Al Jazeera's correspondent said")
    r"(?<![\w-])(?P<article>(?i:an?|the|one)\s{1,3})?(?P<name>[A-Z][\w'’.&-]{0,30}(?:\s{1,2}[A-Z][\w'’.&-]{0,30}){0,3})"
    r"(?(article)|(?:['’]s|(?<=s)['’]))"
    r"\s{1,2}(?:camera\s{1,2})?(?:reporter|correspondent|journalist|crew)s?\s{1,3}"
    # (where: "a Reuters reporter| in the city |saw")
    r"(?:(?:in|at|inside|near)\s{1,3}(?:the\s{1,3})?[\w'’-]{2,30}\s{1,3})?"
    # "the CBS journalist who filmed the assault said"
    r"(?:(?:who|that)\s{1,3}[^,.;]{1,60}?\s{1,3})?(?:also\s{1,3})?"
    r"(?:showed|filmed|saw|witnessed|counted|found|reported|said|described)(?![\w-])")


def _witness_matches(text: str) -> "list[re.Match[str]]":
    """The outlets whose reporter saw and told ("a Sky News reporter showed")."""
    return list(_WITNESS.finditer(text)) if not _WITNESS_WORDS.isdisjoint(words_of(text)) else []


def _witnesses(text: str) -> set[int]:
    """Where the witnessing outlets' names start."""
    return {m.start("name") for m in _witness_matches(text)}


# tellers of no name, others than the sentence's reporter: "while |other reports| put the toll at 20"
_OTHER_TELLERS = re.compile(r"(?<![\w-])(?:other|some|separate|conflicting|unconfirmed)\s{1,3}(?:reports?|sources|accounts|estimates)(?![\w-])",
                            re.IGNORECASE)


def _sources_for(text: str, m: Mention, found: list[tuple[int, str]], mentions: list[Mention]) -> tuple[str, ...]:
    """The sources that report figure ``m``: those in its clause that come
    before it, or after it when no other figure follows them ("..., 5 killed,
    activists said")."""
    lo, hi = _clause(text, m.quote_start, m.quote_end)
    if (which := _WHICH_REPORTS.search(text, max(0, m.quote_start - 60), m.quote_start + 1)) is not None \
            and which.end() == m.quote_start:
        # "disputed by the government|, which put it at |30": the reporter the relative clause is of
        named = [key for pos, key in found if which.start() - 45 <= pos < which.start()]
        if named:
            return (named[-1],)
    out = []
    for pos, key in found:
        if not lo <= pos < hi:
            continue
        if pos >= m.quote_end and not _trailing(text, m, pos, mentions):
            continue
        if pos < m.quote_start and any(o is not m and pos < o.start and o.quote_end <= other < m.quote_start
                                       for o in mentions for other, _ in found):
            continue  # "The NDF said it lost 9 men, and SANA claimed 40 ...": the 40 are SANA's alone
        if _BRACKET_BEFORE.search(text, max(0, pos - 20), pos) \
                and any(o is not m and end <= pos and _BRACKET_BEFORE.fullmatch(text, end, pos)
                        for o in mentions for end in (o.end, o.quote_end, o.subject_end)):
            continue  # "11 civilians (SOHR) or 16 (LCC)": a bracketed source is the figure's just before it
        out.append(key)
    if not out and mentions and m.quote_end <= min(pos for pos, _ in found) \
            and found[-1][0] >= mentions[-1].quote_end and (
                _CLOSING_REPORT.match(text, found[-1][0]) or _closing_according(text, found[-1][0])):
        # "..., killed near Palmyra while directing airstrikes, the Russian Defence
        # Ministry confirmed.": a reporter that closes the sentence speaks for all of it
        # (so does "..., while the army lost 6 soldiers, according to the SOHR.")
        out = [found[-1][1]]
    if not out and lo > 0 and not _OTHER_TELLERS.search(text, lo, m.quote_start + 1):
        # "Activists said 50 soldiers tried to defect, but only three managed to
        # escape": a reporter that opens the sentence speaks for all its clauses
        # (not for a clause others tell: "..., while other reports put the toll at 20")
        # (or the clause after a semicolon: "...; the SOHR said the assault left 22 soldiers
        # dead, while 9 rebels were killed")
        opened = text.rfind("; ", 0, lo) + 2 if "; " in text[:lo] else 0
        frame = _opening_frame().match(text, opened) if opened else None
        if frame is None:
            opened, frame = 0, _opening_frame().match(text)
        if frame is not None:
            out = list(dict.fromkeys(key for pos, key in found if opened <= pos < frame.end()))
    if not out and ";" in text[m.quote_end:] \
            and (told := _TOLD_OF_THEM.search(text, m.quote_end)) is not None and not any(
                m.quote_end <= o.start < told.start() for o in mentions):
        # "the bodies of 7 soldiers were found; the SOHR said they had been executed": who told
        # what became of them tells them
        out = [key for pos, key in found if told.start() <= pos < told.end()][:1]
    if not out and (which := next(((pos, key) for pos, key in found if pos >= m.quote_end
                                   and _WHICH_BEFORE.search(text, max(0, pos - 16), pos)), None)) is not None \
            and not any(m.quote_end <= o.start < which[0] for o in mentions):
        # "At least 17 bodies were found ..., which activists claim had been caused by pro-government
        # forces": who tells of them in a relative clause after them tells them (the answer key's 000-15)
        out = [which[1]]
    if not out and lo > 0 and text[lo - 1] == ";":
        # "Some 40 people were abducted ..., activists said; 12 of them were later found
        # dead": a clause after a semicolon goes on with the claim before it
        before = [key for pos, key in found if pos < lo]
        out = before[-1:]
    return tuple(out)


@functools.cache
def _opening_frame() -> re.Pattern[str]:
    """A sentence that opens with its reporter, after a date if any:
    "Activists said (that)", "On 3 March, the Syrian Observatory reported",
    "According to SANA,"."""
    verbs = _sources.reporting_verbs()
    return re.compile(
        r"(?:(?:on|in|by|during|late|early|mid)\s{1,3}[^,.;]{1,30},\s{1,3})?"
        r"(?:according\s{1,3}to\s{1,3}(?:[\w'\u2019.-]{1,30}\s{1,3}){0,6}?[\w'\u2019.-]{1,30},"
        rf"|(?:[\w'\u2019.()-]{{1,30}}\s{{1,3}}){{1,6}}?(?:also\s{{1,3}})?{verbs}(?:\s{{1,3}}that)?(?![\w-]))",
        re.IGNORECASE,
    )


# a clause after a semicolon whose reporter tells of the people just counted: "; the SOHR said they"
_TOLD_OF_THEM = re.compile(r";\s{1,3}[^;,.]{1,50}?\s(?:said|reported|added|confirmed|stated)\s{1,3}(?:that\s{1,3})?"
                           r"(?:they|all\s{1,3}of\s{1,3}them|these|those)\s", re.IGNORECASE)
# a bracket opening on a source: "11 civilians| (|SOHR)", "20 soldiers| (according to |SANA)"
_BRACKET_BEFORE = re.compile(r"\s{0,3}\(\s{0,2}(?:(?:according\s{1,3}to|per)\s{1,3})?(?:the\s{1,3})?$", re.IGNORECASE)
# a reporter closing its sentence: "..., the Russian Defence Ministry| confirmed."
_CLOSING_REPORT = re.compile(r"[^,;:()]{1,60}?\s(?:said|says|confirmed|reported|stated|announced|added|claimed|"
                             r"acknowledged|admitted)\s{0,3}[.!]?[\"\u201d]?\s{0,3}$")
_ACCORDING_BEFORE = re.compile(r",\s{0,3}according\s{1,3}to\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)
_NAME_TO_END = re.compile(r"[^,;:()]{1,60}?[.!]?[\"\u201d]?\s{0,3}$")


def _closing_according(text: str, pos: int) -> bool:
    """Whether the reporter at ``pos`` closes its sentence after "according to"."""
    return "ccording" in text[max(0, pos - 24):pos] and bool(
        _ACCORDING_BEFORE.search(text, max(0, pos - 24), pos) and _NAME_TO_END.match(text, pos))


_TRAILING = re.compile(
    # (or a note in brackets: "12 soldiers killed in Homs (SOHR)")
    # (or the agent of a passive report: "were documented by the SNHR")
    r"(?:[,(\"\u201d]|\bsaid|\btold|\baccording\s{1,3}to|\b(?:reported|documented|confirmed|recorded|registered|verified|counted|given|provided|compiled|published|released)\s{1,3}by"
    r"|\bquoting|\bciting)\s{0,3}(?:the\s{1,3})?(?:[\w'\u2019-]{1,30}\s{1,3}){0,3}$"
    # (or one of the reporter's people: '"...," said a spokesman for the YPG')
    r"|\b(?:said|told|according\s{1,3}to)\s{1,3}(?:an?|one)\s{1,3}(?:[\w'\u2019-]{1,30}\s{1,3}){1,2}(?:for|of|from|with)\s{1,3}(?:the\s{1,3})?$",
    re.IGNORECASE,
)


def _same_telling(earlier: int, paragraph: int, said_colon_end: set[int]) -> bool:
    """Whether a sentence of paragraph ``paragraph`` goes on telling what
    paragraph ``earlier`` told: it is the same one, or that one ends "X said:"."""
    return earlier == paragraph or earlier in said_colon_end


def _counting(mentions: list[Mention], m: Mention, start: int, stop: int) -> Mention | None:
    """The figure of the sentence other than ``m`` whose counted phrase holds
    the word at ``start:stop`` ("1 serviceman| killed"), if any."""
    return next((o for o in mentions if o is not m and o.start <= start and stop <= o.subject_end), None)


def _counted(mentions: list[Mention], m: Mention, start: int, stop: int) -> bool:
    """Whether the word at ``start:stop`` is the counted noun of another
    figure: a victim, never an agent or a reporter."""
    return _counting(mentions, m, start, stop) is not None


_OTHERS = re.compile(r"\s{1,3}(?:others|more)(?![\w-])", re.IGNORECASE)


def _list_side_before(text: str, mentions: list[Mention], m: Mention, rows: list[Incident]) -> str | None:
    """The side of the list of two figures of other people just before
    ``m`` ("five policemen and a child died", "killed 7 women and 4
    children"), "unknown" when they are of two sides; None when the figures
    before are no such list. The "others" after a list are of its side, not
    of its last item's people."""
    earlier = [o for o in mentions if o.start < m.start]
    if len(earlier) < 2 or len(rows) < 2 or rows[-1].subject == rows[-2].subject:
        return None
    a, b = earlier[-2], earlier[-1]
    if not _LIST_JOIN.fullmatch(text, a.subject_end, b.start):
        return None
    return rows[-1].side if rows[-1].side == rows[-2].side else "unknown"


_LIST_JOIN = re.compile(r"\s{0,3}(?:,\s{0,3})?(?:and\s{1,3})?")


def _counted_owner(text: str, mentions: list[Mention], m: Mention, word: str) -> Mention | None:
    """The figure before ``m`` whose counted phrase holds the last ``word``
    before it, if any."""
    pos = text.rfind(word, 0, m.start)
    return _counting(mentions, m, pos, pos + len(word))


def _not_antecedent(text: str, start: int, pos: int, *, agents: bool = True) -> bool:
    """Whether the word for people at ``start:pos`` is no antecedent of a
    later figure: the reporter ("activists| reported", "according to
    |activists"), a modifier of a thing ("army| tanks") or, unless
    ``agents`` is false, the agent of a verb ("troops| shelled"). A pronoun
    names its agent too: in "troops tried to break out; 30 of them were
    killed", "them" are the troops."""
    after = text[pos:pos + 60]
    pats = _source_patterns()
    verb_after = pats["verb_after"]
    owned = _POSSESSIVE_NAME.match(after)  # "ISIL|'s Amaq News Agency claimed": the owner of a reporter
    if text[start:start + 1].isupper() and pats["named_subject"].match(text, start) is not None:
        return True  # "Doctors| Without Borders reported that ...": a word of a reporter's name
    return bool(verb_after.match(after) or _compiled()["not_casualty"].match(after) or _DEED_AFTER.match(after)
                or (agents and ((_AGENT.match(after) and not _CARRIED_BEFORE.search(text, max(0, start - 40), start))
                                or _PASSIVE_AGENT.search(text, max(0, start - 60), start)))
                or (owned and verb_after.match(after[owned.end() - 1:]))
                or (pats["intro_before"].search(text, max(0, start - _intro_reach()), start)
                    # (but not the subject of what was said: "said the rebels had suffered heavy losses")
                    and not _CLAUSE_VERB.match(text, pos)))


# people a vehicle carried, the object of "carrying", not the subject of the verb after them: "an
# attack on a bus |carrying Shia| pilgrims killed 8"
_CARRIED_BEFORE = re.compile(r"(?<![\w-])(?:carrying|transporting|ferrying)\s{1,3}(?:[\w'’-]{1,25}\s{1,3}){0,2}$", re.IGNORECASE)
# a word for people that modifies a deed of war names who did it: "rebel| shelling of the west killed 6"
# (or the doer of one: "the ISIL| suicide bomber killed himself and 12 others")
_DEED_AFTER = re.compile(r"\s{1,3}(?:shelling|shellfire|fire|gunfire|airstrikes?|air\s{1,3}strikes?|air\s{1,3}raids?|bombardment|"
                         r"bombing|rockets?|mortars?|artillery|attacks?|offensive|assault|raids?|ambush|counter-?attack"
                         r"|(?:suicide\s{1,3}|car\s{1,3})?bombers?)(?![\w-])",
                         re.IGNORECASE)
# the agent of a passive, before the word for people: "were shot dead by |security forces",
# "were killed by pro-government |militiamen"
_PASSIVE_AGENT = re.compile(r"(?<![\w-])(?:[a-z]{2,20}ed|shot\s{1,3}dead|hit|shot|struck|slain)\s{1,3}by\s{1,3}"
                            r"(?:(?:the|an?)\s{1,3})?(?:[\w'’-]{1,30}\s{1,3}){0,2}$")
# a verb joined to the one before it: "ambushed the convoy| and |killed", "opened fire|, |killing"
# the verb of people who left their side, right after their noun: "soldiers| defected in Jisr al-Shughur"
_THEN_DEFECTED = re.compile(r"\s{1,3}(?:(?:had|have|has)\s{1,3})?(?:defected|deserted|switched\s{1,3}sides)(?![\w-])", re.IGNORECASE)
# a toll raised, of no one named: "activists raised |the number of dead| to 27"
_RAISED_TOLL = re.compile(r"(?<![\w-])raised\s{1,3}(?:the|its|their)\s{1,3}(?:death\s{1,3})?"
                          r"(?:toll|count|number\s{1,3}of\s{1,3}(?:dead|deaths|victims|those\s{1,3}killed))(?![\w-])", re.IGNORECASE)


def _toll_of_the_day(rows: list[Incident], low: int) -> Incident | None:
    """The latest figure of everyone (people of no side) told on the day of
    the last of ``rows``, of no more than ``low``: the toll a raised one raises."""
    day = rows[-1].date
    for r in reversed(rows):
        if not day or r.date != day:
            return None
        if r.side == "unknown" and r.subject and r.low <= low and r.relation is None:
            return r
    return None


def _crowd_fired_on(text: str, quote_start: int) -> str | None:
    """The civilians a clause before names, when every word for people of
    the sentence is an agent: "Demonstrators gathered in the square;
    security forces opened fire, |wounding dozens|" wounded demonstrators,
    not the security forces who opened fire (the doer of the participle's
    clause) nor no one."""
    joined = _JOINED_VERB.search(text, max(0, quote_start - 6), quote_start)
    if joined is None:
        return None
    doers = list(_CLAUSE_DOER.finditer(text, max(0, quote_start - 160), joined.start()))
    if not doers:
        return None
    crowd = last_people_noun(text, doers[-1].start("doer"),
                             skip=lambda start, stop: _not_antecedent(text, start, stop, agents=False))
    return crowd if crowd is not None and side_of(crowd) == "civilian" else None


_JOINED_VERB = re.compile(r"(?:(?<![\w-])and|,)\s{1,3}$", re.IGNORECASE)
# the subject that opens a clause, the doer of its verbs: "|Rebels| ambushed the convoy and ..."
_CLAUSE_DOER = re.compile(r"(?:^|[,;:]\s{1,3})(?:(?:the|an?)\s{1,3})?(?:[\w'’-]{1,30}\s{1,3}){0,2}?(?P<doer>[\w'’-]{1,30})"
                          r"\s{1,3}(?:(?:had|have|has|also|then|later|reportedly)\s{1,3}){0,2}[a-z]{2,20}(?:ed|ew|ok|ot|it|uck|ove|an)(?![\w-])",
                          re.IGNORECASE)
# the subject right before the verb that opens a figure: "security forces| killed 6 of them"
_DOER = re.compile(r"(?P<doer>[\w'’-])\s{1,3}(?:(?:had|have|has|also|reportedly|then|later)\s{1,3}){0,2}$")
# the people before a figure, agents too: "30 of them", "of whom", "12 of their own"
_THEM = re.compile(r"(?:of\s{1,3})?(?:them|whom|own|number)$", re.IGNORECASE)  # ("7 of their number": its noun)
# the pronoun of a group right before a count of its people: "..., of whom |some 400 were killed"
_OF_WHOM_BEFORE = re.compile(r"(?<![\w-])(?:of|among)\s{1,3}(?:whom|them)\s{0,2},?\s{1,3}$", re.IGNORECASE)


_POSSESSIVE_NAME = re.compile(r"['’]s?\s{1,3}(?:[A-Z][\w'’-]{0,30}\s{1,3}){1,4}")


# a possessive before a word of telling frames its owner as a reporter: "the rebels|' claim of",
# "the government|'s estimate of"
_CLAIM_OF_OWNER = re.compile(r"['’]s?\s{1,3}(?:own\s{1,3})?(?:claims?|estimates?|figures?|counts?|tally|tallies|reports?|statements?|"
                             r"accounts?|death\s{1,3}toll|toll)\s{1,3}(?:of|that|was|were|put|said|stated)(?![\w-])", re.IGNORECASE)

# the keys that name Syria's own government and media; a country's adjective
# before their alias names another's
_HOME_KEYS = _sources._HOME_KEYS
# a demonym ("Russian", "Turkish", "Lebanese", "Iraqi", "French"): not a month,
# a weekday or a determiner
_FOREIGN = _sources._DEMONYM_BEFORE  # "Russian", "Russia's"
# a generic reporter's name in commas before its verb, past where it is: "An activist| in the city, Abu
# Hisham, said| ..."
_NAMED_BEFORE_VERB = re.compile(r"(?:\s{1,3}(?:in|at|from)\s{1,3}(?:the\s{1,3})?[\w'’-]{2,25})?\s{0,2},\s{0,3}"
                                r"[A-Z][\w'’-]{1,30}(?:\s{1,2}(?:al-|el-)?[A-Z][\w'’-]{1,30}){0,3}\s{0,2},\s{0,3}(?:also\s{1,3})?"
                                r"(?:said|says|told|reported|claimed|added|stated)(?![\w-])")
# the word right before a reporter's name: a side's ("separatist| authorities")
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][\w-]{1,20})\s{1,3}$")


@functools.cache
def _count_words() -> frozenset[str]:
    """The number words: a count opening a reporter's name makes it people counted."""
    return frozenset(number_words())


# a country's forces by its demonym: "the Turkish| army", "the Iraqi| armed forces" (Syria's
# are the aliases' "Syrian Army", "the army"; a capitalised Army is a group's name, "Army of Islam")
_FOREIGN_FORCE = re.compile(rf"(?<![\w-]){_sources.DEMONYM}\s{{1,3}}(?P<force>army|military|armed\s{{1,3}}forces)(?![\w-])")
_FORCE_WORDS = frozenset({"army", "military", "armed"})


def _may_name_forces(text: str) -> bool:
    """Whether a sentence holds a word of :data:`_FOREIGN_FORCE` ("army",
    "military", "armed forces"): most hold none."""
    return not _FORCE_WORDS.isdisjoint(words_of(text))


def _foreign_forces(text: str, known: list[tuple[str, tuple[int, int]]]) -> list[tuple[str, tuple[int, int]]]:
    """Another country's forces the aliases (``known``, found in ``text``)
    do not hold, as a framed government alias (``_sources_in`` names them
    by their demonym): "the Turkish army said", "according to the Iraqi
    military"."""
    return [("government", m.span("force")) for m in _FOREIGN_FORCE.finditer(text)
            if not any(a <= m.start("force") < b for _, (a, b) in known)]


# each side as the loser before the count: "Each side lost |around 20 fighters", "both sides suffered"
_EACH_SIDE_LOST = re.compile(r"(?<![\w-])(?:each|both|either)\s{1,3}sides?\s{1,3}(?:(?:had|have|has|reportedly)\s{1,3})?"
                             r"(?:lost|suffered|sustained)\s", re.IGNORECASE)
_EACH_SIDE = re.compile(r"\s{1,3}(?:from|on|of|for)\s{1,3}(?:each|both|either|all)\s{1,3}sides?(?![\w-])", re.IGNORECASE)

# a verb straight after a generic name, or after the noun it modifies, makes it
# the subject of a clause, not a reporter: "the LCC said security forces had
# killed 23", "said government| forces had executed 30" (but a participle that
# places or links a reporter, "activists based in the city", is no verb)
_CLAUSE_VERB = re.compile(r"(?:\s{1,3}(?:and|or)\s{1,3}(?:the\s{1,3})?[\w-]{2,20})?"  # (a subject of two: "the government and the rebels had")
                          r"(?:\s{1,3}[a-z][\w-]{1,20})?\s{1,3}(?:had|have|has|were|was|is|are|would|will|could"
                          # the irregular past of war: "said the army lost 18 soldiers"
                          r"|lost|shot|hit|struck|took|fought|overran|fled|won|led|held|began|left|brought|sent|caught"
                          r"|withdrew|drove|broke|blew|threw|ran|kept|gave|got|slew|beat"
                          r"|(?!(?:based|quoted|cited|contacted|interviewed|affiliated|linked)\b)[a-z]{2,20}ed)(?![\w-])")

# losses told, then counted after "with": "The army |took heavy losses, with |90 men killed or wounded"
_LOSSES_WITH = re.compile(r"(?<![\w-])(?:suffered|took|sustained|incurred)\s{1,3}(?:(?:heavy|serious|significant|major|severe|"
                          r"considerable|big|great)\s{1,3})?(?:losses|casualties)\s{0,2},?\s{1,3}with\s{1,3}"
                          r"(?:(?:at\s{1,3}least|some|about|around|over|more\s{1,3}than|nearly)\s{1,3})?$", re.IGNORECASE)
# "X lost N men": the people counted are X's, whatever their noun's side;
# in a list the verb stands before its first figure ("lost 2 tanks and 30 men")
_LOSER = re.compile(r"(?:lost|losing|loses|lose|(?:with\s{1,3})?the\s{1,3}loss\s{1,3}of|at\s{1,3}(?:a|the)\s{1,3}cost\s{1,3}of)\s",
                    re.IGNORECASE)
# the verb of losing straight before a count whose outcome comes after it: "lost| 10 men killed"
_LOSER_BEFORE = re.compile(r"(?<![\w-])(?:lost|losing|loses|lose)\s{1,3}(?:(?:at\s{1,3}least|some|about|around|over|more\s{1,3}than)\s{1,3})?$",
                           re.IGNORECASE)
# a count of someone's people: "30| of his |men", "9| more of its |fighters", and the someone, just before it
_OWNED = re.compile(r"\s{1,3}(?:more\s{1,3})?of\s{1,3}(?:his|their|its|her)\s{1,3}", re.IGNORECASE)
_OWNER_BEFORE = re.compile(r"(?:^|(?<![\w-])(?:the|an?|his|her|their|its)\s{1,3})"
                           r"(?P<owner>(?:[\w'’-]{1,30}\s{1,3}){1,3}?)and\s{1,3}$", re.IGNORECASE)
# the subject of a verb left out, right before a list's count: "lost 22 soldiers and |the rebels |about 40"
_GAPPED_LOSER = re.compile(r"(?<![\w-])(?:and|while|whereas)\s{1,3}(?:the\s{1,3})?(?P<who>[\w'’-]{2,30}(?:\s{1,3}[\w'’-]{2,30})?)\s{1,3}"
                           r"(?:(?:about|around|some|nearly|almost|over|at\s{1,3}least|more\s{1,3}than|up\s{1,3}to)\s{1,3})?$",
                           re.IGNORECASE)
# the losses a running count is of: "the army's |losses| were put at 60 men"
_LOSSES_WORD = re.compile(r"(?<![\w-])losses(?![\w-])", re.IGNORECASE)
_LIST_LOSER = re.compile(r"(?<![\w-])(?:lost|losing|loses|lose)\s[^.;:()]{1,80}$", re.IGNORECASE)
_COMBATANT_SIDES = frozenset({"government", "opposition"})
# "five| other |commanders": others of the kind just told
_OTHER_AFTER = re.compile(r"\s{1,3}(?:more\s{1,3})?other\s", re.IGNORECASE)
# the last manned thing before it, with the word of its side: "a |regime| helicopter"
_OWNED_THING = re.compile(r"(?<![\w-])(?:an?|the)\s{1,3}(?:(?P<mod>[\w'’-]{2,25})\s{1,3})?(?P<thing>helicopter|jet|plane|aircraft|"
                          r"warplane|tank|vehicle|convoy|drone|ship|boat|patrol|checkpoint|position|post|base|unit)s?(?![\w-])",
                          re.IGNORECASE)
# who brought an aircraft down, right before it: "|Opposition fighters shot down |a helicopter"
# (or claimed to have: "the rebels| claimed to have downed |a helicopter")
_DOWNED_BY = re.compile(r"(?P<doer>[\w'’-]{2,30}(?:\s{1,3}[\w'’-]{2,30})?)\s{1,3}(?:(?:claimed|claim|claims|said)\s{1,3}to\s{1,3})?"
                        r"(?:(?:had|have|has|reportedly|also)\s{1,3})?"
                        r"(?:shot\s{1,3}down|downed|brought\s{1,3}down)\s{1,3}$", re.IGNORECASE)


def _owned_thing_side(text: str, end: int) -> str:
    """The side of the manned thing a possessive at ``end`` refers to, by
    the word before the thing ("a regime helicopter ... its 3 crew" are the
    regime's); "unknown" when the last thing before it names no side."""
    last = None
    for last in _OWNED_THING.finditer(text, max(0, end - 120), end):
        pass
    if last is None:
        return "unknown"
    side = _side_of_modifier(last.group("mod")) if last.group("mod") else "unknown"
    if side == "unknown" and unit_of(last.group("thing")) == "aircraft" \
            and (downed := _DOWNED_BY.search(text, max(0, last.start() - 70), last.start())) is not None \
            and (doer := _doer_side(text, downed)) in _COMBATANT_SIDES:
        side = ENEMY[doer]  # "Opposition fighters shot down a helicopter, killing its crew": the other side's
    return side


def _doer_side(text: str, downed: re.Match[str]) -> str:
    """The side of who brought an aircraft down: its words, or, for a
    pronoun, the people named before it ("Rebels said they had shot down")."""
    doer = downed.group("doer")
    if doer.split()[-1].lower() in ("they", "we", "it"):
        return last_people_side(text, downed.start("doer"))
    return side_of(doer)
# one person named by a role someone's: "|their commander", "|its leader" (read with sides' possessives)
# a possessive that opens a figure: "killed |their commander"
_POSSESSIVE_AT = re.compile(r"(?:their|its|his|her)\s", re.IGNORECASE)
_POSSESSIVE_ROLE = re.compile(r"(?:the\s{1,3}death\s{1,3}of\s{1,3})?(?:their|its|his|her)\s{1,3}[a-z]", re.IGNORECASE)
# the two parties of a fight, the people of a bare count after it: "clashes |between the SDF and
# Turkish-backed rebels |left 19 dead"
_BETWEEN_PARTIES = re.compile(r"(?<![\w-])between\s{1,3}[^,;.\d]{2,60}?\s{1,3}and\s{1,3}[^,;.\d]{2,60}?"
                              r"\s{1,3}(?:(?:in|near|on|at|around)\s{1,3}[^,;.\d]{1,40}?\s{1,3})?(?:(?:left|killed|claimed|killing|leaving)\s{1,3})?$",
                              re.IGNORECASE)
# the joint of two verbs of one sentence's people: "killing 55 people| and |wounding 372"
_AND_ANOTHER_VERB = re.compile(r"\s{0,2},?\s{0,3}(?:and|while)\s{1,3}", re.IGNORECASE)
# a verb of losing with no subject of its own, joined to the clause before: "killed 40 soldiers| while |losing 9"
_JOINED_LOSS = re.compile(r"(?:(?<![\w-])(?:while|whilst|and|but)|,)\s{0,3}(?:also\s{1,3})?$", re.IGNORECASE)
# "we" before a verb of losing, and the side of a reporter who says it
_WE = re.compile(r"(?<![\w-])we\s{1,3}(?:(?:have|had|also|only)\s{1,3}){0,2}$", re.IGNORECASE)
# a reporter telling of its own side's losses: "opposition sources said| they had |lost 12 men"
_THEY_TOLD = re.compile(r"(?<![\w-])(?:said|says|reported|claimed|stated|announced|admitted|acknowledged|conceded|confirmed)"
                        r"\s{1,3}(?:that\s{1,3})?they\s{1,3}(?:(?:have|had|also|only)\s{1,3}){0,2}$", re.IGNORECASE)
_OF_OURS = re.compile(r"\s{1,3}of\s{1,3}our\s{1,3}", re.IGNORECASE)
_REPORTER_SIDES = {"opposition": "opposition", "FSA": "opposition", "government": "government"}


# a word for people followed by its verb is the agent, not the victims:
# "troops shelled the town", "militiamen who carried out killings"
# (not a verb of undergoing: "forces suffered heavy losses, with 23 killed")
# (not a verb of counting them: "rebel casualties| numbered 45 dead")
_AGENT = re.compile(r"\s{1,3}(?:who|which|that|(?!suffered|sustained|incurred|numbered|totall?ed|amounted|reached)"
                    r"[a-z]{2,20}ed"
                    # the irregular pasts of war: "The army |retook| the town ...; 34 dead"
                    r"|retook|took|overran|shot|hit|struck|swept|drove|threw|blew)(?![\w-])", re.IGNORECASE)


# an attack on a manned post of a side, just before the figure that counts its men:
# "attacked a |military| checkpoint, |killing 7 of them", "ambushed a |government| convoy near X, and |killed 9"
_ATTACKED_POST = re.compile(
    r"(?<![\w-])(?:attacked|attacking|ambushed|ambushing|struck|striking|targeted|targeting|hit|hitting|overran|overrunning"
    r"|stormed|storming|raided|raiding|shelled|shelling|bombed|bombing|assaulted|assaulting)\s{1,3}(?:an?|the)\s{1,3}"
    r"(?P<post>(?P<mod>[\w'’-]{2,25}(?:\s{1,3}[\w'’-]{2,25})?)\s{1,3}(?:convoys?|patrols?|checkpoints?|columns?|positions?|posts?"
    r"|outposts?|bases?|barracks|stations?|headquarters|units?|garrisons?))(?![\w-])[^.;:\d]{0,60}?,?\s{0,3}"
    r"(?:and\s{1,3}|while\s{1,3})?$", re.IGNORECASE)


def _attacked_post(text: str, pos: int) -> tuple[str, str] | None:
    """The post whose attack ends right before ``pos`` (the figure's quote)
    and its side, by the word before the post ("army", "government",
    "rebel"): ``("military checkpoint", "government")``; None when there is
    none or it names no combatant side."""
    post = _ATTACKED_POST.search(text, max(0, pos - 180), pos)
    if post is None:
        return None
    side = _side_of_modifier(post.group("mod"))
    return (post.group("post"), side) if side in _COMBATANT_SIDES else None


def _possessor_side(text: str, at: int, subject: str, rows: list[Incident], offset: int) -> str:
    """The side of whoever the possessive at ``text[at:]`` refers to. Those
    who belong to someone ("his driver", "his two bodyguards") right after a
    figure of the sentence belong to the one it counts: "killed a rebel
    commander and his driver" (the rebels'), "killed a judge and his two
    bodyguards" (the judge's, of no side, not the gunmen's before him); else
    the nearest party of a side before it (:func:`possessor_side`).
    ``rows`` are the sentence's rows so far, ``offset`` where it starts."""
    if rows and _is_retinue(subject) and 0 <= at - (rows[-1].end - offset) <= 12:
        return rows[-1].side
    return possessor_side(text, at)


def _is_retinue(subject: str) -> bool:
    """Whether ``subject`` names those who belong to whoever has them ("bodyguards",
    "driver"): their side is their owner's."""
    return subject.split()[-1].lower() in word_set("prose", "people", "retinue")


def _side_of_modifier(mod: str) -> str:
    """The side a word before a thing names: "army", "rebel", or a party
    read as its forces ("government convoy": the government forces')."""
    side = side_of(mod)
    return side if side != "unknown" else side_of(f"{mod.split()[-1]} forces")


# a part with no outcome whose own verb says what else became of it: "40 of them| reached
# government lines", "5 of them| survived" (but "Of them, 15| were rebels" names who they were)
_DID_OTHERWISE = re.compile(r"\s{1,3}(?:(?:later|also|eventually|then|safely)\s{1,3})?"
                            r"(?:(?!(?:were|was|are|is|aged|belonged|hailed|served|numbered|included|comprised|consisted)\b)[a-z]{2,20}ed|fled|ran|got|made|went|came|swam|hid|stayed|remain|remained)"
                            r"(?![\w-])")


# two outcomes a part and its whole may have: an execution among the killed
_KINDRED_OUTCOMES = {"killed", "executed"}

# a count made definite names people told of before: "the four", "all four", "these two";
# a bare "one was killed" does not ("Three soldiers were wounded and one was killed")
_DEFINITE_COUNT = re.compile(r"(?<![\w-])(?:the|all|these|those)\s{1,3}$", re.IGNORECASE)


def _people_named_after(text: str, start: int, m: Mention, mentions: list[Mention]) -> bool:
    """Whether a word for people whom no figure counts stands between
    ``text[start:]`` and figure ``m``: whom its "them" stands for."""
    return last_people_noun(text, m.quote_start,
                            skip=lambda s, e: s < start or _counted(mentions, m, s, e)) is not None


def _same_count(out: list[Incident], n: int, m: Mention) -> Incident | None:
    """Among the figures of this sentence (the last ``n`` rows), else the
    row before them, the latest one with the count of ``m`` ("the four")."""
    for row in reversed(out[max(0, len(out) - n - 1):]):
        if (row.low, row.high) == (m.low, m.high) and row.subject:
            return row
    return None


def _trailing(text: str, m: Mention, pos: int, mentions: list[Mention]) -> bool:
    """Whether a source after figure ``m`` attributes it: ", activists said",
    ", according to X", with no other figure between them."""
    # (a figure joined to it by "and" is of one telling with it: "700 fighters were killed and
    # over 3,000 were wounded, according to X, while ...")
    between = any(m.quote_end <= other.start < pos and not _JOINED_FIGURE.fullmatch(text, m.quote_end, other.start)
                  for other in mentions)
    after = any(other.start > pos for other in mentions)
    if between and after:
        return False
    if after and any(other.start > pos and _TELLS_NEXT.fullmatch(text, pos, other.start) for other in mentions):
        return False  # "..., with the WHO reporting over 500 people treated": the count after it is its

    if _FIGURE_APPOSED.match(text, m.quote_end):
        return False  # "..., a figure the opposition said was inflated": who disputes it, not who told it
    if _estimated_by(text, pos, m.quote_end - 40):
        return True  # "the death toll was put at 108 by the UN": the agent of the estimate
    if _REVISED_BY.search(text, max(m.quote_end - 30, pos - 60), pos):
        return True  # "the toll was later raised to 62 by the SOHR": the agent of the revision
    if _BY_RIGHT_AFTER.fullmatch(text, m.quote_end, pos) and _REPORTED.search(text, m.quote_start, m.quote_end):
        return True  # "76 rebels were reported killed| by |activists": the agent of the report
    trailing = _TRAILING.search(text, max(m.quote_end, pos - 60), pos)
    if trailing is not None and trailing.group().startswith(",") and _PREPOSITION_BEFORE.search(text, max(0, pos - 10), pos):
        return False  # "..., prompting condemnation from Human Rights Watch": not who told it
    return trailing is not None


# a reporter and its verb before the next count: "the WHO| reporting over |500"
_TELLS_NEXT = re.compile(r"[^,;.()\d]{1,60}?\s(?:reporting|saying|stating|putting|counting|recording|documenting|said|reported"
                         r"|claimed|claiming|announced|stated|estimated)"
                         r"(?:\s{1,3}(?:that|the\s{1,3}(?:toll|number|figure)\s{1,3}(?:at|of)))?\s{1,3}[^,;.()\d]{0,20}", re.IGNORECASE)
# between two figures of one clause joined by "and": "were killed| and over |3,000 were wounded"
_JOINED_FIGURE = re.compile(r"[^,;:.()\d]{0,40}?\s(?:and|as\s{1,3}well\s{1,3}as)\s{1,3}(?:[a-z]{2,12}\s{1,3}){0,2}", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:from|of|for|against|on|at|in)\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)
# an apposition that names the figure for another to judge: "23 terrorists had been killed|, a figure the"
# (but "a toll later confirmed by SANA" names its reporter)
_FIGURE_APPOSED = re.compile(r"[^,;.]{0,30}?,\s{0,3}(?:a|the)\s{1,3}(?:figure|claim|number|toll|count|tally|report)s?\s{1,3}"
                             r"(?!(?:(?:later|also|since)\s{1,3})?(?:confirmed|reported|documented|given|provided|recorded|verified|cited|put)\s)",
                             re.IGNORECASE)


# the agent right after a figure's quote, and a report inside the quote: "were reported killed| by |activists"
# (where it happened may stand between: "were reported killed| near the airport by the |SOHR")
_PLACE_THEN_BY = r"(?:\s{1,3}(?:in|near|at|outside|around|inside)\s{1,3}[^,;.\d()]{1,40}?)?\s{1,3}by\s{1,3}(?:the\s{1,3})?"
_BY_RIGHT_AFTER = re.compile(_PLACE_THEN_BY)
# the same agent before a generic reporter's name: "reported killed in Homs by |activists"
_REPORTED_BY = re.compile(rf"(?<![\w-])reported\s{{1,3}}(?:killed|dead|wounded|injured|captured|missing|executed){_PLACE_THEN_BY}$",
                          re.IGNORECASE)
_REPORTED = re.compile(r"(?<![\w-])reported\s", re.IGNORECASE)
# the agent of a passive revision, right after its count: "was raised to 62| by the |SOHR"
_REVISED_BY = re.compile(r"(?<![\w-])(?:raised|revised|increased|lowered|reduced|updated|brought)"
                         r"(?:\s{1,3}(?:up|down)(?:wards?)?)?\s{1,3}to\s{1,3}[\d,.]{1,12}\s{1,3}by\s{1,3}(?:the\s{1,3})?$",
                         re.IGNORECASE)
# the agent of a passive estimate, right after its count: "was put at 108| by the |UN"
_ESTIMATED_BY = re.compile(rf"{_ESTIMATE_AT}\s{{1,3}}(?:the\s{{1,3}})?$", re.IGNORECASE)


def _estimated_by(text: str, pos: int, start: int | None = None) -> bool:
    """Whether the name at ``pos`` is the agent of a passive estimate before
    it (searched from ``start``, 40 characters back by default); the "by" it
    ends on is looked for first."""
    if "by" not in text[max(0, pos - 10):pos].lower():
        return False
    return bool(_ESTIMATED_BY.search(text, max(0, pos - 40 if start is None else start), pos))


def _named_subjects(text: str) -> list[re.Match[str]]:
    """What ``named_subject.finditer(text)`` yields (a property test holds
    it to that), searched only back from each reporting verb: a match ends
    with a lower-case reporting verb and its name (capitalised words) holds
    none, so it ends at the first verb after its start, and starts at most
    a name's reach before it."""
    verb, reach = _verb_anchor()
    # the pattern looks past its verb for what makes it no report ("claimed responsibility")
    # (its verb may be a shorter one starting where the anchor's does: "put" where the anchor
    # read "put out a statement", which the pattern's look-ahead then refused)
    return search_near(_source_patterns()["named_subject"], verb, text, before=reach, after=_NOT_A_REPORT_REACH,
                       holds=lambda m, v: v.start() < m.end() <= v.end())


@functools.cache
def _verb_anchor() -> tuple[re.Pattern[str], int]:
    """The reporting verbs as the named-subject pattern reads them (after a
    space, in lower case), and how far before its verb a match can start: a
    name of five words of 31 characters with their joiners ("bin ", "of the "), a
    suffix ("television", "news  website"), and "also" between."""
    verbs = _sources.reporting_verbs()
    reach = len("al-") + 31 + 4 * (2 + len("for  the  ") + 31) + 2 + len("news  website") + len("  (ABCDEFGHI)") + 3 \
        + _DENIAL_REACH + len("later") + 3 + _APPOSED_REACH + _OWNED_OFFICE_REACH
    return re.compile(rf"(?<=\s)(?:{verbs})(?![\w-])"), reach


# a name right after a leaning: "the pro-opposition| Aleppo Media Center"
# (an Arabic article may open the name: "the pro-government al-Watan newspaper")
_NAME_AFTER = re.compile(r"\s{1,2}(?:(?:al|el|ad|as|ash|ar)-)?[A-Z]")
# a leaning written before an outlet's name: "Pro-government| Al-Masdar News"
_LEANING = re.compile(r"(?:(?i:pro|anti)-[\w-]{2,30}|[\w-]{2,30}-(?i:affiliated|linked|run|backed|aligned|owned|controlled|held))"
                      r"\s{1,2}(?=(?:(?:al|el|ad|as|ash|ar)-)?[A-Z])")


def _looks_like_place(name: str) -> bool:
    """Whether a capitalised name before "said" is a place (or a person
    named as whom it was done to), not a reporter."""
    return name.split()[-1] in table("sources")["prose"]["not_reporter_last_words"] or _is_calendar_word(name)


# a part of a part, right after it: "120 civilians|, including |30 children"
_HELD_OUTCOMES = frozenset({"captured", "arrested"})


@functools.cache
def _named_whole(kind: str) -> re.Pattern[str]:
    """A part's whole named by what befell it, not by a pronoun: ``"named"``,
    the table's part markers ("of the dead", "among those killed", "of the
    captives"); ``"held"``, those of the captured alone ("of the prisoners")."""
    t = table("prose")["part_of"]
    markers = (p.rstrip(",") for p in t["after"] + t["held"] + t["before"] if p.startswith(("of ", "among ")))
    phrases = t["held"] if kind == "held" else [
        p for p in markers if p.split()[-1] not in ("them", "those", "these", "whom", "were", "was")]
    alt = alternation(phrases, space=r"\s{1,3}")
    return re.compile(rf"(?<![\w-]){alt}(?![\w-])", re.IGNORECASE)
_INNER_PART = re.compile(r"\s{0,2},\s{1,3}(?:including|among\s{1,3}them|of\s{1,3}whom)\s{1,3}", re.IGNORECASE)
# where a figure's people were, after its verb: "were killed| in the fighting on both sides"
_ON_BOTH_SIDES = re.compile(r"(?:\s{1,3}[A-Za-z'’-]{1,20}){0,4}?\s{1,3}(?:on|from|of)\s{1,3}(?:both|all|either)\s{1,3}sides(?![\w-])",
                           re.IGNORECASE)


def _is_calendar_word(word: str) -> bool:
    """A month's or a weekday's name: "said on Monday" names no reporter."""
    lower = word.lower()
    return lower in MONTHS or lower in WEEKDAYS


# a preposition of place right before a name: "officials in| Idlib said"
_AT_PLACE = re.compile(r"(?<![\w-])(?:in|at|near|outside|around)\s{1,3}$", re.IGNORECASE)


def _after_a_place_word(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` is where someone is, not who
    reports: "officials in Idlib said", "the town of Tal Abyad said"."""
    before = text[max(0, start - 40):start]
    return bool(_AT_PLACE.search(before) or _place_patterns()[1].search(before))


_HEDGE_KINDS = ("always", "agentless", "trailing", "sentence")
_DISPUTE_VERBS = ["disputed", "denied", "rejected", "contested", "disputes", "denies", "rejects", "contests"]
# a claim another party doubts, in a clause after it: "a figure the army disputed",
# "a claim which the government denied", "figures the rebels contest"
_UNVERIFIED_REPORT = (r"(?:not|unable\s{1,3}to|impossible\s{1,3}to)\s{1,3}(?:independently\s{1,3}|immediately\s{1,3})?"
                      r"(?:verify|confirm)\s{1,3}(?:the|these|those|this|that|such)\s{1,3}(?:reports?|claims?|figures?|accounts?|tolls?)")
_DISPUTED_FIGURE = (
    r"(?:an?|the|this|these)\s{1,3}(?:figures?|claims?|numbers?|tolls?|counts?|reports?)\s{1,3}(?:that\s{1,3}|which\s{1,3})?"
    r"(?:the\s{1,3})?(?:[\w'’-]{1,30}\s{1,3}){1,3}?(?:(?:has|have|had)\s{1,3})?(?:later\s{1,3}|also\s{1,3})?"
    rf"(?:{'|'.join(_DISPUTE_VERBS)})")


@functools.cache
def _hedge_patterns() -> dict[str, re.Pattern[str]]:
    t = table("prose")
    out = {kind: re.compile(rf"(?<![\w-]){alternation(t['hedges'][kind])}(?![\w-])", re.IGNORECASE)
           for kind in _HEDGE_KINDS}
    # and a claim another party doubts in a clause after it: "..., a figure the army disputed"
    out["trailing"] = re.compile(rf"(?<![\w-])(?:{alternation(t['hedges']['trailing'])}|{_DISPUTED_FIGURE})(?![\w-])",
                                 re.IGNORECASE)
    # and a report no one could verify, whatever it says after: "Reuters could not independently
    # verify the report, which said 60 rebels had died"
    out["sentence"] = re.compile(rf"(?<![\w-])(?:{alternation(t['hedges']['sentence'])}|{_UNVERIFIED_REPORT})(?![\w-])",
                                 re.IGNORECASE)
    idioms = alternation(t["hedges"]["not_hedges"], space=r"\s{1,3}")
    # "claimed 727 lives": the count between the idiom's words
    # and "responsibility for the attack was claimed": a deed owned, the words between
    out["not_hedges"] = re.compile(
        rf"(?<![\w-])(?:{idioms}|claim(?:ed|ing|s)?\s{{1,3}}(?:[\w,.+~-]{{1,20}}\s{{1,3}}){{1,4}}lives"
        rf"|responsibility\s{{1,3}}for\s{{1,3}}[^,.;]{{1,40}}?\s{{1,3}}(?:was|were|has\s{{1,3}}been)\s{{1,3}}claimed"
        # (or the deed owned in apposition: "The attack, claimed by al-Nusra, killed 8 policemen")
        rf"|(?:attacks?|bombings?|explosions?|blasts?|ambush|assaults?|strikes?)\s{{0,2}},\s{{1,3}}(?:later\s{{1,3}})?claimed\s{{1,3}}by"
        rf")(?![\w-])",
        re.IGNORECASE)
    out["bounds"] = re.compile("|".join(re.escape(b) for b in t["clauses"]["boundaries"]), re.IGNORECASE)
    # for doubts, ", and" before a count opens a clause of its own too: "Rebels reportedly
    # captured the base, and 30 soldiers were killed" (a reporter reaches over it:
    # "..., according to SOHR, and four soldiers were reported killed")
    out["and_count"] = re.compile(rf",\s{{1,3}}and\s{{1,3}}{count_ahead()}", re.IGNORECASE)
    return out


def _clause(text: str, start: int, end: int, *, doubt: bool = False) -> tuple[int, int]:
    """The clause around ``text[start:end]``: cut at ";", ", which", ", but"...
    (and, for a doubt's reach, at ", and" before a count)."""
    lo, hi = 0, len(text)
    for b_start, b_end in _doubt_bounds(text) if doubt else _bounds(text):
        if b_end <= start:
            lo = max(lo, b_end)
        elif b_start >= end:
            hi = min(hi, b_start)
            break
    return lo, hi


@functools.lru_cache(maxsize=16)
def _bounds(text: str) -> tuple[tuple[int, int], ...]:
    """A sentence's clause boundaries, found once for all its figures. A
    relative clause in commas between a reporter and its verb ("The SOHR|,
    which relies on activists on the ground,| said ...") bounds nothing."""
    return tuple(m.span() for m in _hedge_patterns()["bounds"].finditer(text)
                 if not (text[m.start():m.start() + 1] == "," and _RELATIVE_ASIDE.match(text, m.start())))


# a relative clause set off in commas, then the reporting verb of the name before it
_RELATIVE_ASIDE = re.compile(r",\s{0,3}(?:which|who)\s[^,;.()]{1,100},\s{0,3}(?:(?:also|later|had|has)\s{1,3})?"
                             r"(?:said|says|reported|reports|added|stated|told|claimed|estimated|documented|confirmed)(?![\w-])",
                             re.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _doubt_bounds(text: str) -> tuple[tuple[int, int], ...]:
    """The clause boundaries a doubt does not reach over: a sentence's,
    ", and" before a count, and ", saying" (what a speaker says next is its
    own telling: "denied that any civilians had been killed|, saying| 25
    terrorists died")."""
    extra = [m.span() for m in _hedge_patterns()["and_count"].finditer(text)] if "and" in text else []
    if "ing" in text:
        extra += [m.span() for m in _SAYING.finditer(text)]
    return tuple(sorted([*_bounds(text), *extra])) if extra else _bounds(text)


_SAYING = re.compile(r",\s{0,3}(?:saying|adding|insisting)(?![\w-])", re.IGNORECASE)


_VERB_GROUP = re.compile(r"\s{0,3}(?:(?:given|reported|provided|cited|claimed)\s{1,3}by\s{1,3}[^,;.\d]{1,40}?\s{1,3})?"
                         r"(?:(?:was|were|had|has|have|been|is|are|also)\s{1,3}){0,3}$", re.IGNORECASE)  # "200 dead| given by X was |disputed"
_RELATIVE = re.compile(r",\s{0,3}which|\bwho\b|\bwhen\b", re.IGNORECASE)
# the words of the guide's list that doubt what a relative clause after a figure refers to
# ("..., which the opposition disputed"), by their first letters; "which reportedly triggered"
# tells another deed
_DOUBTING_VERBS = frozenset({"dispu", "unver", "uncon", "conte"})
# a relative clause whose verb is the doubt: "..., which could not be verified"
_WHICH_DOUBTS = re.compile(r",\s{0,3}which\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,3}$", re.IGNORECASE)


# a report a relative clause doubts, before what it tells: "Reports|, which |could not be confirmed, said"
_DOUBTED_REPORT = re.compile(r"(?<![\w-])(?:reports?|claims?|accounts?|allegations?|rumou?rs?)\s{0,2},?\s{1,3}(?:which|that)\s{1,3}$",
                             re.IGNORECASE)

_SENTENCE_END = " .!\"'”’)"


def _is_hedged(text: str, m: Mention, mentions: list[Mention], named_reporter: bool) -> bool:
    """Whether the text doubts figure ``m`` (the guide's closed list).

    A hedge governs the figure when it stands inside its quote or its verb
    group ("was reportedly among them"), or before it in its clause and not
    inside another figure's quote; a trailing doubt ("..., but that could
    not be confirmed", "according to X claims") looks back over the
    sentence; "disputed" governs what follows it. Agentless "were reported"
    hedges only when the sentence names no reporter.
    """
    hedges = _hedges(text)
    lo, hi = _clause(text, m.quote_start, m.quote_end, doubt=True)
    # ", a claim disputed by activists, ...": a doubt of the figure right before it, of none after it
    appositions = [(a, b) for a, b in hedges["trailing"] if text[a:b].lower().startswith(("a claim", "a figure"))]
    for a, b in appositions:
        if a >= m.quote_end and not any(m.quote_end <= n.quote_end <= a for n in mentions if n is not m):
            return True
    for kind in ("always", "agentless"):
        if kind == "agentless" and named_reporter:
            continue
        for h_start, h_end in hedges[kind]:
            if h_end <= m.quote_start and any(a <= h_start < b for a, b in appositions):
                continue
            if kind == "agentless" and h_start >= m.quote_end and not text[h_end:].strip(_SENTENCE_END):
                # a closing "..., it was reported.", "..., according to initial reports.": of all the sentence tells
                return True
            if h_end <= m.quote_start and _shares_doubted_verb(text, m, mentions, h_start):
                return True  # (before the clause's bounds: "were reportedly killed|, and |20 injured")
            if not (lo <= h_start and h_end <= hi):
                continue
            if m.quote_start <= h_start < m.quote_end or (h_start >= m.quote_end and _VERB_GROUP.match(text, m.quote_end, h_start)):
                return True
            if h_end <= m.quote_start and not any(
                n is not m and n.quote_start <= h_start < n.quote_end <= m.quote_start for n in mentions
            ):
                return True
    # a doubt of what was just told, by a pronoun: "the FSA said it had killed 25 soldiers, but |this
    # was disputed| by the Observatory, which reported 9": of the figure before it, whatever follows
    # (and of none after it)
    told_back = {h for h in hedges["sentence"] + hedges["trailing"]
                 if h[0] >= 8 and _DOUBT_OF_WHAT_WAS_TOLD.search(text, max(0, h[0] - 30), h[0])}
    for h_start, _ in told_back:
        if h_start >= m.quote_end and not any(m.quote_end <= n.quote_start < h_start for n in mentions):
            return True
    # (and a word of the guide's list in a relative clause after it: "..., which the opposition disputed")
    which = [h for h in hedges["always"] if h[0] >= m.quote_end and text[h[0]:h[0] + 5].lower() in _DOUBTING_VERBS
             and _WHICH_DOUBTS.search(text, m.quote_end, h[0])]
    for h_start, h_end in hedges["trailing"] + which:
        if h_end <= m.quote_start and _DOUBTED_REPORT.search(text, max(0, h_start - 30), h_start):
            return True  # "Reports, which could not be confirmed, said up to 100 soldiers had defected"
        # a doubt after the figure looks back at it, unless it opens a figure
        # of its own ("..., while SANA claimed 40 terrorists were killed") or
        # stands in a relative clause, where a claim is a named reporter's
        # telling ("..., which activists claim had been caused by") but a
        # doubt of the guide's list doubts ("..., which could not be verified")
        if h_start >= m.quote_end and (not _RELATIVE.search(text, m.quote_end, h_start)
                                       or (_WHICH_DOUBTS.search(text, m.quote_end, h_start)
                                           and not text[h_start:h_end].lower().startswith("claim"))) \
                and not any(n.start > h_start for n in mentions):
            return True
    # "disputed" governs what follows it, but not from inside an apposition of the figure before it
    return any(h_end <= m.quote_start and not any(a <= h_start < b for a, b in appositions)
               for h_start, h_end in hedges["sentence"] if (h_start, h_end) not in told_back)


# what a doubt after a figure doubts, by a pronoun or a noun for a claim: "|this was |disputed by",
# "|the claim was |disputed"
_DOUBT_OF_WHAT_WAS_TOLD = re.compile(
    r"(?<![\w-])(?:this|that|it|which|(?:the|these|those)\s{1,3}(?:claims?|figures?|reports?|accounts?|numbers?|tolls?))"
    r"\s{1,3}(?:was|were|is|are|has\s{1,3}been|have\s{1,3}been)\s{1,3}(?:(?:strongly|widely|later|quickly|immediately)\s{1,3})?$",
    re.IGNORECASE)


def _shares_doubted_verb(text: str, m: Mention, mentions: list[Mention], at: int) -> bool:
    """Whether figure ``m`` has no verb of its own and goes on the verb of
    the figure before it, whose verb group holds the hedge at ``at``: "Nine
    people were reported killed and 20 injured" doubts the 20 too."""
    return not _OWN_VERB.search(text, m.quote_start, m.quote_end) and any(
        n is not m and n.end <= at < n.quote_end <= m.quote_start and _ELLIPSIS_AND.fullmatch(text, n.quote_end, m.quote_start)
        for n in mentions)


# the join of a figure that leaves out the verb of the one before: "were reported killed| and |20 injured"
_ELLIPSIS_AND = re.compile(r"\s{0,2},?\s{1,3}and\s{1,3}")
_OWN_VERB = re.compile(r"(?<![\w-])(?:were|was|had|have|has|been|are|is|died|die)(?![\w-])", re.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _hedges(text: str) -> dict[str, list[tuple[int, int]]]:
    """The spans of each kind of hedge in a sentence, found once for all its
    figures (a kind's pattern is searched only when its words are there)."""
    pats, gates = _hedge_patterns(), _hedge_gates()
    found = {kind: [h.span() for h in pats[kind].finditer(text)] if gates[kind].may_match(text) else []
             for kind in _HEDGE_KINDS}
    if gates["not_hedges"].may_match(text):  # "claimed the lives of": an idiom, no doubt
        idioms = [m.span() for m in pats["not_hedges"].finditer(text)]
        found = {kind: [h for h in spans if not any(a <= h[0] < b for a, b in idioms)] for kind, spans in found.items()}
    return found


@functools.cache
def _hedge_gates() -> dict[str, WordGate]:
    """The words each kind of hedge needs ("could not be verified")."""
    gates = {kind: WordGate(table("prose")["hedges"][kind]) for kind in (*_HEDGE_KINDS, "not_hedges")}
    gates["trailing"] = WordGate(table("prose")["hedges"]["trailing"], words=[[w] for w in _DISPUTE_VERBS])
    gates["sentence"] = WordGate(table("prose")["hedges"]["sentence"], words=[["verify"], ["confirm"]])
    # (and the idioms written as patterns: "claimed 727 lives", "The attack, claimed by al-Nusra")
    gates["not_hedges"] = WordGate(table("prose")["hedges"]["not_hedges"], words=[["lives"], ["claimed", "by"]])
    return gates


# --- locations ------------------------------------------------------------

@functools.cache
def _place_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    places = alternation(table("prose")["locations"]["place_nouns"])
    place = re.compile(
        # (a sentence may open on it: "In Aleppo, ..."; a strike is "on" its target: "an airstrike on Kafr Nabl")
        rf"(?<![\w-])(?i:in|near|at|outside|around|of|on)\s{{1,3}}(?:the\s{{1,3}}{places}\s{{1,3}}of\s{{1,3}}"
        # (or its name before the kind of place: "in the Idlib countryside", "the Bab Amr district of Homs")
        rf"|the\s{{1,3}}(?=[A-Z][\w'’-]{{1,30}}(?:\s{{1,2}}[A-Z][\w'’-]{{1,30}}){{0,2}}\s{{1,3}}{places}(?![\w-])))?"
        # (the Arabic article, assimilated or not: "Deir ez-Zor", "Jisr ash-Shughur", "Abu adh-Dhuhur")
        r"(?P<place>(?:[ae](?:l|d|s|r|z|t|n|sh|dh|th)-)?[A-Z][\w'’-]{1,30}(?:\s{1,2}(?:[ae](?:l|d|s|r|z|t|n|sh|dh|th)-)?[A-Z][\w'’-]{1,30}){0,3})"
    )
    place_of = re.compile(rf"{places}\s{{1,3}}of\s{{1,3}}$", re.IGNORECASE)
    return place, place_of


@functools.cache
def _not_places() -> frozenset[str]:
    """First words that do not start a place: the table's, and the weekdays."""
    return frozenset(table("prose")["locations"]["not_first_words"]) | frozenset(calendar.day_name)


def _location(text: str, m: Mention) -> str | None:
    """The place named after the figure ("in Hama", "the town of Darkush"),
    else the last one before it, else None."""
    best = None
    for start, name in _places(text):
        if _sources.resolve(name):
            continue  # a reporter ("in SANA"); asked here, as users may register more
        if start >= m.quote_start:
            return name
        best = name
    return best


@functools.lru_cache(maxsize=16)
def _places(text: str) -> tuple[tuple[int, str], ...]:
    """The places a sentence may name, with where they start: found once for all its figures."""
    place, place_of = _place_patterns()
    not_places = _not_places()
    out = []
    for p in place.finditer(text):
        name = p.group("place")
        first = name.split()[0]
        if first in not_places or _is_calendar_word(first):
            continue
        if text[p.start():p.start() + 2] == "of" and not place_of.search(text, max(0, p.start() - 20), p.start() + 3):
            continue
        out.append((p.start(), name))
    return tuple(out)


# --- the article ----------------------------------------------------------


@functools.cache
def _section_words(kind: str) -> tuple[str, ...]:
    """The leading words of the headings of a kind of section (prose.toml's ``[sections]``)."""
    return tuple(w.lower() for w in table("prose")["sections"][kind])


def _under(path: tuple[str, ...], kind: str) -> bool:
    """Whether a heading of ``path`` opens with a word of that kind of section."""
    return any(h.strip().lower().startswith(_section_words(kind)) for h in path)


def _apparatus(path: tuple[str, ...]) -> bool:
    """Whether a section is the article's apparatus (references, links), whose
    lines are titles of other texts, not the article's report."""
    return _under(path, "apparatus")


def _outside(path: tuple[str, ...]) -> bool:
    """Whether a section lies outside the battle's period (background, aftermath)."""
    return _under(path, "outside_period")


def _in_period(when: _When, period: DateRange, outside: bool) -> bool:
    if outside or when.first is None or period.start is None:
        return False
    if when.precision == "day":
        return when.first in period
    if when.precision in ("range", "month_range"):
        # a range from a month ("since September", told when the battle began
        # on 13 September) starts in the period's first month
        starts_in = when.first in period or (when.first.day == 1 and when.first < period.start
                                             and (when.first.year, when.first.month) == (period.start.year, period.start.month))
        # and ends in it, or at the end of its last month, when all the text says is that month
        # ("since 15 November", told in the battle's December section: to 31 December)
        ends_in = when.last in period or (period.end is not None and (when.last.year, when.last.month) == (
            period.end.year, period.end.month) and when.last.day == calendar.monthrange(when.last.year, when.last.month)[1])
        return starts_in and ends_in
    return when.last >= period.start and (period.end is None or when.first <= period.end)


def _prefix(name: str) -> str:
    """The id prefix of an article: "000" for "000_2f88.txt" (the guide's
    form), else a slug of the name ("battle-of-x")."""
    m = re.match(r"([^_.\s]{1,20})_", name)
    if m:
        return m.group(1)
    slug = re.sub(r"[^0-9a-z]+", "-", os.path.splitext(name)[0].lower()).strip("-")
    return slug[:40] or "article"


def incidents(article: Article | str | os.PathLike[str]) -> list[Incident]:
    """The incident figures of one article, in reading order.

    ``article`` is an :class:`~casualtylib.Article`, a path or an article's text.

    >>> rows = incidents("= Battle of X =\\n\\nInfobox\\n- Date: 1 March 2012 – 30 April 2012\\n\\n==March==\\n"
    ...                  "On 4 March, SOHR reported that at least 12 soldiers were reportedly killed in Morek.\\n")
    >>> [(r.date, r.low, r.high, r.side, r.sources, r.hedged, r.in_period) for r in rows]
    [('2012-03-04', 12, None, 'government', ('SOHR',), True, True)]
    """
    art = read_article(article)
    if art.format != "frontmatter":
        return _incidents(art)
    # a front-matter article's prose is markdown: its rules read the prose as
    # rendered ("12 [Syrian Army](./Syrian_Army) soldiers" as "12 Syrian Army
    # soldiers"), and each figure is quoted from the text as written
    view = render_markdown(art.text, art.body_start)
    if view.text is art.text:
        return _incidents(art)
    return [_as_written(row, view) for row in _incidents(_rendered(art, view))]


def _rendered(art: Article, view: "Normalized") -> Article:
    """``art`` with its text rendered (``view``), sections found anew."""
    from .formats import _MD_HEADING, _sections

    # the markup is rendered from the body's start on: the text before it is as it was
    return replace(art, text=view.text, sections=_sections(view.text, art.body_start, _MD_HEADING, art.format))


def _as_written(row: Incident, view: "Normalized") -> Incident:
    """``row`` of the rendered prose, its quote and sentence as written."""
    start, end = view.balanced_span(view.original_span((row.start, row.end)))
    # the sentence holds the quote: its last copy starting at or before the quote's start
    at = view.text.rfind(row.sentence, max(0, row.end - len(row.sentence)), row.start + len(row.sentence))
    s_start, s_end = view.balanced_span(view.original_span((at, at + len(row.sentence)))) if at >= 0 else (start, end)
    original = view.original
    return replace(row, quote=original[start:end], start=start, end=end,
                   sentence=original[min(s_start, start):max(s_end, end)])


def _incidents(art: Article) -> list[Incident]:
    from .relations import link

    prefix = _prefix(art.name)
    out: list[Incident] = []
    sents = sentences(art.text, art.body_start, len(art.text))
    apparatus = [(sec.start, sec.end) for sec in art.sections if _apparatus(sec.path)]
    if apparatus:
        # "References", "See also", "External links": titles and links, no report of the article's
        sents = [s for s in sents if not any(a <= s.start < b for a, b in apparatus)]
    # each sentence is read once, one rule over all sentences at a time;
    # neighbours look up these lists
    dates_of = [find_dates(s.text) for s in sents]
    mentions_of = [find_mentions(s.text, dates=d) for s, d in zip(sents, dates_of)]
    sources_of = _Lazy(lambda k: _sources_in(sents[k].text), len(sents))
    # a sentence after the last figure of its paragraph passes no claim on
    # (the next paragraph starts afresh, unless an "X said:" line ends this
    # one): its reporters are read only if a later "the same ..." asks
    last_figure: dict[int, int] = {}
    said_colon_end: set[int] = set()
    for k, s in enumerate(sents):
        if mentions_of[k]:
            last_figure[s.paragraph] = k
        if (k + 1 == len(sents) or sents[k + 1].paragraph != s.paragraph) and _said_colon_line(s.text):
            said_colon_end.add(s.paragraph)
    found_of: dict[int, list[tuple[int, str]]] = {}
    cal = _Calendar(art.period)
    paragraph = -1
    carried: tuple[str, ...] = ()
    carried_at = 0
    carried_day = _NONE  # the day the carried claim is about
    history: list[tuple[str, str]] = []  # (source, the words that name it), as read
    # (subject, side, sentence, date) of the latest named figure
    last_subject: tuple[str, str, int, _When] | None = None
    last_paragraph = -1
    paragraph_start = 0  # the index in ``out`` of the current paragraph's first row
    list_claim: tuple[str, ...] = ()  # the reporters of a colon line before the list being read
    for k, sent in enumerate(sents):
        section = art.section_at(sent.start)
        path = section.path if section else ()
        new_paragraph = sent.paragraph != paragraph
        cal.enter(path, new_paragraph)
        if new_paragraph:
            paragraph, carried = sent.paragraph, _said_colon(sents, sources_of, k)
            item = _list_item(art.text, sent.start)
            if carried and item:
                list_claim = carried  # "According to the SOHR, the battle left:" and its list
            elif item and list_claim and _list_item(art.text, sents[k - 1].start):
                carried = list_claim  # the list's next item, told by the same
            else:
                list_claim = ()
            paragraph_start = len(out)
        mentions = mentions_of[k]
        found: list[tuple[int, str]] = []
        if mentions or k <= last_figure.get(sent.paragraph, -1) or sent.paragraph in said_colon_end or not _SKIP_TAILS:
            # "the head of the same activist group told ...": the reporter named so before
            if len(found_of) < k and any(_SAME.search(sent.text, max(0, pos - 6), pos) for pos, _ in sources_of[k]):
                history = _history(sents, sources_of, found_of, k)  # read the sentences skipped so far
            found = found_of[k] = [(pos, _same_as(sent.text, pos, history) or key) for pos, key in sources_of[k]]
            if not found and (told := _told_by_anaphor(sent.text)) is not None \
                    and (not told[1] or (k and sents[k - 1].paragraph == sent.paragraph and sources_of[k - 1])):
                # "..., the group later said": the reporter named last ("it said", the one
                # of the sentence just before)
                if len(found_of) <= k:
                    history = _history(sents, sources_of, found_of, k)
                if history:
                    found = found_of[k] = [(told[0], history[-1][0])]
            history.extend((key, sent.text[pos:pos + 80].lower()) for pos, key in found)
        if mentions:
            doubted_next = _doubted_by_next(sents, k)
            # a sentence with no reporter of its own continues the claim before it,
            # unless it opens a new event ("On 5 March ...") or a new, anonymous
            # report ("it was reported"); else an "X said:" line after it, or a
            # closing "..., said X" of the next sentence, speaks for it
            if not found and not (list_claim and carried == list_claim) \
                    and (_new_claim(sent.text, dates_of[k]) or cal.other_day(dates_of[k], carried_day)):
                # another event, told by no one: the earlier claim ends here (not an item of a list
                # its colon line tells: "Casualties reported by the SOHR: * 3 May: 12 soldiers killed")
                carried = ()
            inherited = () if found else (
                carried
                or _said_colon(sents, sources_of, k + 2, opening=False)
                or _closing_attribution(sents, dates_of, sources_of, mentions_of, k))
        parent: Incident | None = out[-1] if out and last_paragraph == sent.paragraph else None
        enumerated: Incident | None = None  # the earlier figure an enumerating sentence names the people of
        sentence_rows: list[Incident] = []
        dates: list[_When] = []
        parent_when: _When | None = None  # the date of this sentence's latest whole figure
        for m in mentions:
            if m.pronoun and k and sents[k - 1].paragraph == sent.paragraph and mentions_of[k - 1]:
                continue  # "A journalist was wounded. He was shot dead ...": counted already
            when = cal.resolve(sent.text, dates_of[k], m.quote_start, m.quote_end)
            if m.part and parent_when is not None and parent is not None and not any(
                    parent.end - sent.start <= d.start < m.quote_end
                    or (d.start >= m.quote_end and _ON_THE_DATE.fullmatch(sent.text, m.quote_end, d.start))
                    for d in dates_of[k]):
                # (but "30 people were killed between 10 and 12 May, 18 of them on 11 May": that day)
                when = parent_when  # "Nine civilians, among them three women, died on 6 April"
            srcs = _sources_for(sent.text, m, found, mentions) if found else inherited
            dates.append(when)
            subject, side = m.subject, side_of(m.subject)
            of_uncounted = False  # a part of people no figure counts
            lost_at = m.quote_start if _LOSER.match(sent.text, m.quote_start) else None
            if lost_at is None and (before_verb := _LOSER_BEFORE.search(sent.text, max(0, m.start - 16), m.start)):
                lost_at = before_verb.start()  # "the rebels lost 10 men killed and 25 wounded"
            if lost_at is None and m.how == "list":
                lost = _LIST_LOSER.search(sent.text, max(0, m.quote_start - 90), m.quote_start)
                lost_at = lost.start() if lost else None
            if lost_at is None and "with" in sent.text[max(0, m.start - 24):m.start] \
                    and (losses := _LOSSES_WITH.search(sent.text, max(0, m.start - 100), m.start)) is not None:
                lost_at = losses.start()  # "The army took heavy losses, with 90 men killed": the army's men
            if lost_at is None and m.how == "before" \
                    and (own_losses := _LOSSES_WORD.search(sent.text, m.quote_start, m.start)) is not None:
                lost_at = own_losses.start()  # "the army's losses were estimated at 60 men": the army's men
            if lost_at is None and m.how == "before" and sent.text[m.quote_start:m.quote_start + 4].lower() == "cost" \
                    and COST_TO.match(sent.text, m.quote_start, m.start):
                lost_at = m.start  # "the assault cost the rebels| 38 men": whom it cost lost them
            if subject and _POSSESSIVE_ROLE.match(sent.text, m.quote_start) \
                    and (owner := last_people_side(sent.text, m.subject_end)) in _COMBATANT_SIDES:
                side = owner  # "the rebels announced the death of their commander": the rebels'
            elif subject and side == "unknown" and ((own := _POSSESSIVE_BEFORE.search(sent.text, max(0, m.start - 8), m.start))
                                                   or (own := _POSSESSIVE_AT.match(sent.text, m.start))) \
                    and (owner := _owned_thing_side(sent.text, own.start())) in _COMBATANT_SIDES:
                side = owner  # "shot down a regime helicopter and killed its 3 crew": the regime's
            elif subject and (_NEUTRAL_HEAD.search(subject) or side in ("civilian", "unknown") and _is_retinue(subject)) \
                    and ((own := _POSSESSIVE_AT.match(sent.text, m.start))
                                                                or (own := _POSSESSIVE_BEFORE.search(sent.text, max(0, m.start - 8), m.start))) \
                    and (owner := _possessor_side(sent.text, own.start(), subject, sentence_rows, sent.start)) in _COMBATANT_SIDES:
                # (and "killed a rebel commander and his driver": the commander's driver, no civilian)
                side = owner  # "an airstrike on the rebels' headquarters killed their commander": the rebels'
            elif subject and "other" in sent.text[m.end:m.end + 12] and sentence_rows \
                    and _OTHER_AFTER.match(sent.text, m.end) \
                    and (sentence_rows[-1].side in _COMBATANT_SIDES and _NEUTRAL_HEAD.search(subject)
                         or side == "unknown" and sentence_rows[-1].side != "unknown"
                         and subject.split()[-1].lower() not in ("people", "persons", "individuals")):
                # "Zahran Alloush, the leader of Jaysh al-Islam, was killed along with five other commanders":
                # others of the one just counted, of his side; so are others of a role of no side ("Gen.
                # Assef Shawkat was killed, along with three other officials"), not "three other people",
                # whom the guide leaves of no side
                side = sentence_rows[-1].side
            lost_own = False  # a bare count lost by the doer of a figure before it
            if not subject and m.anaphor and lost_at is not None and _JOINED_LOSS.search(sent.text, max(0, lost_at - 12), lost_at) \
                    and any(o.quote_end <= lost_at for o in mentions if o is not m):
                # "rebels killed 40 soldiers while losing 9": the 9 are the killers', not the soldiers
                loser = owner_side(sent.text, lost_at)
                who = last_people_noun(sent.text, lost_at, skip=lambda start, stop: _counted(mentions, m, start, stop))
                if loser not in _COMBATANT_SIDES:
                    loser = side_of(who) if who else "unknown"
                if loser in _COMBATANT_SIDES:
                    subject, side, lost_own = who if who and side_of(who) == loser else "", loser, True
            if subject and (side in ("civilian", "unknown") or _NEUTRAL_HEAD.search(subject)) and lost_at is not None \
                    and not (m.how == "list" and side == "civilian" and sent.text.startswith(subject, m.quote_start)):
                # (but not civilians named as the owner of a count whose verb is left out: "lost 15 men,
                # the rebels 9 and |the civilians 4|")
                # "government forces lost around 60 men": the men were theirs
                # not the victims of an earlier figure: "killed 35 militants, while losing 4 men"
                # the subject of the verb, a party or people of a side ("the regime had lost 300
                # men"), else the last people of a side before it ("..., while losing 4 men")
                loser_side = owner_side(sent.text, lost_at)
                if m.how == "list" and (gapped := _GAPPED_LOSER.search(sent.text, max(0, m.quote_start - 60), m.quote_start)) \
                        and side_of(gapped.group("who")) in _COMBATANT_SIDES:
                    # "the army lost 22 soldiers and| the rebels |about 40 fighters": the verb left out
                    # is the rebels'
                    loser_side = side_of(gapped.group("who"))
                if loser_side not in _COMBATANT_SIDES and (_WE.search(sent.text, max(0, lost_at - 12), lost_at)
                                                           or _THEY_TOLD.search(sent.text, max(0, lost_at - 40), lost_at)):
                    # '"We lost 15 men," a rebel commander said', "opposition sources said they had
                    # lost 12 men": the reporter's side lost them
                    loser_side = _speaker_side(sent.text, srcs)
                if loser_side not in _COMBATANT_SIDES:
                    loser_side = last_people_side(sent.text, lost_at, skip=lambda start, stop: _counted(mentions, m, start, stop))
                # a party's men, whoever the party is, are no civilians: "while losing 4 men"
                side = loser_side if loser_side in _COMBATANT_SIDES else \
                    "unknown" if side == "civilian" and _NEUTRAL_HEAD.search(subject) else side
            if subject and (side in ("civilian", "unknown") or _NEUTRAL_HEAD.search(subject)) \
                    and _OWNED.match(sent.text, m.end):
                # "a colonel and 30 of his men defected", "the ISIL commander and 12 of his men",
                # "Colonel X defected along with fifty of his men": the men are of the side of
                # whoever they are, the figure their list shares a verb with or the phrase before "and"
                owner = _OWNER_BEFORE.search(sent.text, max(0, m.start - 80), m.start)
                # "Hezbollah suffered ..., with 20 of its fighters killed": the fighters are the
                # nearest party's before them, not of the side "fighters" alone stands for (people
                # of no side are named by the noun before them, below)
                retinue = _is_retinue(subject)
                owners = sentence_rows[-1].side if (m.how == "list" or retinue) and sentence_rows else \
                    side_of(owner.group("owner")) if owner is not None and side_of(owner.group("owner")) != "unknown" else \
                    possessor_side(sent.text, m.start) if side in _COMBATANT_SIDES or side == "civilian" and _NEUTRAL_HEAD.search(subject) \
                    or retinue else "unknown"  # ("6 of his men": a commander's, not civilians; "4 of his bodyguards" his side's)
                # (someone's men of a side unknown are fighters of that side, not civilians: "The
                # commander of the brigade and 12 of his men were killed")
                side = owners if owners in _COMBATANT_SIDES else \
                    "unknown" if side == "civilian" and subject.split()[-1].lower() in ("men", "man") else side
            elif _OF_OURS.match(sent.text, m.end) and subject \
                    and (side in ("civilian", "unknown") or _NEUTRAL_HEAD.search(subject)):
                # '"Twenty of our men were martyred," a rebel commander said': the speaker's side
                ours = _speaker_side(sent.text, srcs)
                # (a speaker of no known side: "our men" are its fighters, of a side unknown, not
                # civilians; "our children" stay theirs)
                side = ours if ours in _COMBATANT_SIDES else \
                    "unknown" if subject.split()[-1].lower() in ("men", "man") else side
            # "... out of the 39 killed": a total of the figures before it (none: "Of the 40 killed, ...")
            containing = bool(sentence_rows) and _contains_earlier(sent.text, m)
            # "killed 5 more civilians, bringing the death toll to 40": a running total holds the
            # figures of its outcome told before it in its sentence
            running = sentence_rows and not containing and m.how == "before" and (
                _RUNNING_TOTAL.match(sent.text, m.quote_start)
                or _RUNNING_TOTAL_BEFORE.search(sent.text, max(0, m.quote_start - 80), m.quote_start))
            # (of the total's own people when it names them: "bringing the number of soldiers killed to 120")
            # (or whose toll it is: "19 rebels and 11 soldiers were killed, bringing the rebel toll to 60")
            whose = side_of(m.subject) if m.subject and not m.anaphor else \
                side_of(sent.text[m.quote_start:m.quote_end]) if running and m.anaphor else "unknown"
            held = [r for r in sentence_rows if r.relation is None and r.outcome == (m.outcome or "killed")
                    and (whose == "unknown" and (m.anaphor or not m.subject) or r.side == whose)] if running else []
            if containing and (m.anaphor or not subject):
                # "22 rebels ... out of the 39 killed in the whole of Syria": a total names its
                # own people ("against innocent civilians") or none; it is not the part's kind
                # (not the people of a predicate after it, its part's: "Seven of the 20 dead were soldiers")
                copula = _COPULA_AFTER.search(sent.text, m.quote_end)
                subject = first_people_noun(sent.text[:copula.start()] if copula else sent.text, m.quote_end) or ""
                side = side_of(subject)
            elif held and (m.anaphor or not subject):
                # "lost 14 fighters ..., bringing their total losses to 460": those people's total
                # (of no one side when they are of several)
                subject, side = (held[-1].subject, held[-1].side) if len({r.side for r in held}) == 1 else ("", "unknown")
                if all(r.high == 1 for r in held) and subject:
                    # "A sniper killed a woman, bringing the day's toll to 12": not twelve women (a
                    # combatant's death still tells whose losses: "an officer ..., bringing the army's
                    # losses to 40")
                    subject, side = "", side if side in _COMBATANT_SIDES else "unknown"
            elif m.part and (not subject or m.anaphor) and parent is not None and parent in sentence_rows \
                    and not (_THEM.match(m.subject) and _people_named_after(sent.text, parent.end - sent.start, m, mentions)):
                # "killed 100 people, including 40 in Homs": the part is of its whole's people
                # (not "them" after people named since, whom no figure counts: "assassinated a colonel
                # and his driver, while another group ambushed a bus carrying workers, killing 6 of them")
                subject, side = parent.subject, parent.side
            elif (not subject or _NEUTRAL_HEAD.search(subject)) \
                    and (_EACH_SIDE.match(sent.text, m.quote_end if not subject else m.subject_end)
                         or _EACH_SIDE_LOST.search(sent.text, max(0, m.quote_start - 40), m.start)):
                # "left 12 dead on each side", "20 fighters on each side were killed": no one
                # side's, whoever is named before
                side = "unknown"
            elif m.anaphor and not subject and _DEFINITE_COUNT.search(sent.text, max(0, m.start - 12), m.start) \
                    and (same := _same_count(out, len(sentence_rows), m)) is not None:
                # "Troops killed four civilians ... 'The four died ...'": the figure with that count
                subject, side = same.subject, same.side
            elif not subject and m.anaphor and sentence_rows and sentence_rows[-1].subject \
                    and _AND_ANOTHER_VERB.fullmatch(art.text, sentence_rows[-1].end, sent.start + m.quote_start):
                # "killing 55 people and wounding 372": the same people, another outcome (the whole's,
                # after a part: "killed six soldiers, including a lieutenant colonel, and wounded nine"),
                # not the post attacked before them ("struck an army convoy, killing four soldiers and
                # wounding nine")
                before = next((r for r in reversed(sentence_rows) if not (r.relation or "").startswith("part_of")),
                              sentence_rows[-1])
                # (of no one's people after a list of two: "killed 7 soldiers and 4 rebels, and wounded 12
                # others", of the side they share: "killed 7 women and 4 children and wounded 30")
                listed = _list_side_before(sent.text, mentions, m, sentence_rows)
                subject, side = ("", listed) if listed is not None else (before.subject, before.side)
            elif (m.anaphor or not subject) and lost_at is None \
                    and (post := _attacked_post(sent.text, m.quote_start)) is not None:
                # "FSA fighters attacked a government convoy near Maarat al-Numan, killing 9":
                # the men of the post attacked (named by it), not its attackers
                subject, side = post
                if not m.part:
                    last_subject = (subject, side, k, when)
            elif (m.anaphor or not subject) and not m.part \
                    and (own_losses := _OWN_LOSSES.search(sent.text, max(0, m.quote_start - 20), m.start)) is not None \
                    and (owner := speaker if (speaker := _speaker_side(sent.text, srcs)) in _COMBATANT_SIDES
                         else possessor_side(sent.text, own_losses.start("own"), reach=200)) in _COMBATANT_SIDES:
                # "The Syrian government put its losses at 200": the losses of whoever "its" is, the
                # reporter's own when it is of a side ("The rebels said the army lost 40, while their
                # losses were 12")
                subject, side = "", owner
            elif (m.anaphor or not subject) and "nflict" in sent.text[max(0, m.quote_start - 40):m.quote_start] \
                    and (on := _INFLICTED_ON.match(sent.text, m.quote_end)) is not None \
                    and side_of(on.group("who")) != "unknown":
                # "The rebels inflicted 50 casualties on the army": those it was inflicted on
                subject, side = on.group("who"), side_of(on.group("who"))
            elif not subject and ":" in sent.text[:m.quote_start] and (label := _LABEL.match(sent.text)) is not None \
                    and label.end() <= m.quote_start and side_of(label.group("label")) != "unknown":
                # "* Government: 120 killed", "Hezbollah: 30 dead": a list's label names whose
                subject, side = label.group("label"), side_of(label.group("label"))
            elif (m.anaphor or not subject) and not lost_own and "among" in sent.text \
                    and (ranks := _AMONG_OWN_RANKS.match(sent.text, m.quote_end)) is not None \
                    and (owner := possessor_side(sent.text, ranks.start("own"))) in _COMBATANT_SIDES:
                # "The army reported 7 dead and 19 wounded among its ranks": the possessor's people
                whose = last_people_noun(sent.text, ranks.start("own"))
                subject, side = (whose if whose and side_of(whose) == owner else ""), owner
            elif m.anaphor and not subject and _COMBINED_TOLL.search(sent.text, max(0, m.quote_start - 24), m.quote_end):
                # "The combined death toll from the day's fighting reached 47": everyone's, not
                # the people of the figure before
                subject, side = "", "unknown"
            elif not lost_own and (m.anaphor or not subject or (side == "unknown" and _NEUTRAL_HEAD.search(subject) and lost_at is None)):
                # "attacked a patrol of security forces, killing two": a noun for people
                # earlier in the sentence names them (not its reporter: "activists
                # reported 25 deaths"), else the figure just before
                # a word inside the figure's own phrase names its dead ("the number of
                # soldiers killed rose to 70"): no agent, whatever verb follows it
                # "30 of them", "dozens of them"; "3,000 fighters took part, of whom some 400 were killed"
                pronoun_ref = _THEM.match(subject) is not None \
                    or _OF_WHOM_BEFORE.search(sent.text, max(0, m.quote_start - 24), m.quote_start) is not None
                own = subject.lower() == "own"
                if own:
                    # "killing 40 militants and losing 9 of their own": the agent's people, not those it killed
                    skip = lambda start, stop: start < m.quote_start and (  # noqa: E731
                        _counted(mentions, m, start, stop) or _not_antecedent(sent.text, start, stop, agents=False))
                else:
                    # (nor, for "them", the subject of the verb they are the object of: "protesters
                    # gathered; security forces killed 6 of them" are protesters)
                    doer = _DOER.search(sent.text, max(0, m.quote_start - 40), m.quote_start) \
                        if pronoun_ref and m.how == "before" else None
                    if pronoun_ref and m.how == "before" and (joined := _JOINED_VERB.search(sent.text, max(0, m.quote_start - 6), m.quote_start)):
                        # "Rebels ambushed the convoy and killed 12 of them", "Gunmen opened fire, killing
                        # 12 of them": the doer of both verbs opens the clause
                        doer = _CLAUSE_DOER.search(sent.text, max(0, m.quote_start - 160), joined.start())
                    # (the rest of people whose deed is told are of them: "Only two soldiers survived;
                    # the other 18 were killed")
                    agents = not pronoun_ref and lost_at is None \
                        and not _THE_OTHER.search(sent.text, max(0, m.start - 16), m.start)
                    skip = lambda start, stop: start < m.quote_start and (  # noqa: E731
                        (doer is not None and stop == doer.end("doer"))
                        or not _counted(mentions, m, start, stop)
                        # (the doer is whose the loss is: "The rebels took the hill at a cost of 40 lives")
                        and _not_antecedent(sent.text, start, stop, agents=agents))
                before = last_people_noun(sent.text, m.start, skip=skip)
                if before is None and not pronoun_ref and m.how == "before" and lost_at is None:
                    before = _crowd_fired_on(sent.text, m.quote_start)
                if before is not None and _OTHERS.match(sent.text, m.end) \
                        and (listed := _list_side_before(sent.text, mentions, m, sentence_rows)) is not None:
                    # "Five policemen and a child died, while 23 others were injured": of no one side
                    # ("11 women and 4 children were killed, while 30 others were wounded": civilians)
                    subject, side = "", listed
                elif before is not None and not m.part and (between := _BETWEEN_PARTIES.search(
                        sent.text, max(0, m.quote_start - 160), m.quote_start)) is not None \
                        and sent.text.rfind(before, between.start(), m.quote_start) >= 0:
                    # "clashes between the SDF and Turkish-backed rebels left 19 dead": both sides' dead
                    subject, side = "", "unknown"
                elif before is not None:
                    # the whole counted phrase when the word is one: "ten members of the military"
                    owner = _counted_owner(sent.text, mentions, m, before)
                    subject = owner.subject if owner is not None else before
                    side = side_of(subject)
                    if side == "government" and owner is None and pronoun_ref \
                            and (at := sent.text.rfind(before, 0, m.start)) >= 0 \
                            and _THEN_DEFECTED.match(sent.text, at + len(before)):
                        # "A group of soldiers defected ...; 8 of them were later killed": defectors by then
                        side = "opposition"
                    whole_row = next((r for r in reversed(sentence_rows) if not (r.relation or "").startswith("part_of")), None) \
                        if owner is not None and owner.part and not m.part else None
                    if whole_row is not None:
                        # "killed six soldiers, including a lieutenant colonel, and wounded nine": the
                        # nine are of the whole, not of its part
                        subject, side = whole_row.subject, whole_row.side
                    same = next((r for r in reversed(sentence_rows) if r.subject == subject), None)
                    if same is not None and lost_at is None:
                        # "lost 10 men killed and 25 wounded": the men of the figure before (not
                        # "..., while the defenders lost 8", whom another party lost)
                        side = same.side
                    if pronoun_ref:
                        # "dozens of them were killed and 40 were captured": the 40 are of them too
                        last_subject = (subject, side, k, when)
                        # "the last rebel fighters surrendered; 17 of them were executed": of
                        # people its own sentence names, whom no figure counts
                        of_uncounted = owner is None
                elif own:
                    subject = ""  # "its forces ... losing 3 of their own": of no side known, not those before
                elif last_subject is not None and k - last_subject[2] <= 1 \
                        and _same_telling(sents[last_subject[2]].paragraph, sent.paragraph, said_colon_end) and (
                        last_subject[2] == k or not cal.other_day(dates_of[k], last_subject[3])
                        or (m is mentions[0] and (_ADDITIVE.match(sent.text, m.end)
                                                  or _ADDITIVE_BEFORE.search(sent.text, max(0, m.start - 16), m.start)))):
                    # "nine more were killed", or the same event told on; not
                    # "A suicide bombing killed 9 on 4 April" after rebels killed on 2 April
                    subject = subject if subject and not m.anaphor else last_subject[0]
                    side = last_subject[1]
                    kinds = _kinds_told(out, sents[last_subject[2]].text) if last_subject[2] < k else {}
                    if len(kinds) > 1:
                        # the sentence before counted people of several kinds: "45 ISIL fighters
                        # were killed, and 16 Kurdish fighters died. The death toll ... had reached
                        # 412" is of both, of their side if they share one
                        sides = set(kinds.values())
                        subject, side = "", sides.pop() if len(sides) == 1 else "unknown"
                    elif side != "unknown" and out and "rais" in sent.text \
                            and _RAISED_TOLL.search(sent.text, max(0, m.quote_start - 12), m.quote_end) \
                            and (whole := _toll_of_the_day(out, m.low)) is not None:
                        # "The LCC said 19 people were killed ... State media said 4 policemen had been
                        # killed. Activists raised the number of dead to 27": the day's toll, raised
                        subject, side = whole.subject, whole.side
                elif (told := _people_told_before(sents, k) if pronoun_ref else _people_told_before(sents, k, agents=False)
                        if not subject and m.how == "after" and not sent.text[:m.quote_start].strip(_OPENING_MARKS) else None) is not None:
                    # "Rebels stormed the hospital. Twelve of them were killed.": the people the
                    # sentence before names, whom no figure counts (so a bare count opening its
                    # sentence: "The army ambushed a group of rebels. Twelve were killed.")
                    subject, side = told, side_of(told)
                    last_subject = (subject, side, k, when)
                elif pronoun_ref and m.how == "after" and (speaker := _speaker_side(sent.text, srcs)) in _COMBATANT_SIDES:
                    # "Rebels said 30 of them were killed": no one named but the reporter, a party
                    # telling of its own people (not of those it killed: "We killed 50 of them")
                    subject, side = "", speaker
            elif side == "unknown" and re.search(r"\b(?:people|persons?)\b", subject, re.IGNORECASE) \
                    and (context := _context_side(sents, k)) is not None:
                side = context
                if not m.part:
                    last_subject = (subject, side, k, when)
            elif not m.part:  # "including 5 children" names a part, not who the next figure counts
                last_subject = (subject, side, k, when)
            if m.anaphor and not m.subject and len(sentence_rows) > 1 \
                    and "toll" in (toll := sent.text[m.quote_start:m.quote_end]).lower() and side_of(toll) == "unknown" \
                    and len(kinds := _kinds_told(sentence_rows, sent.text)) > 1:
                # "19 rebels and 11 soldiers were killed, while the LCC put the day's death toll at 46":
                # a toll of them all, as after a sentence of several kinds
                sides = set(kinds.values())
                subject, side = "", sides.pop() if len(sides) == 1 else "unknown"
            if side == "unknown" and m.anaphor and _THEM.match(m.subject) and lost_at is None \
                    and _WE.search(sent.text, max(0, m.quote_start - 12), m.quote_start) \
                    and (speaker := _speaker_side(sent.text, srcs)) in _COMBATANT_SIDES:
                # '"We killed 50 of them," a rebel commander said' (no one named before): the speaker's enemies
                subject, side = "" if _THEM.match(subject) else subject, ENEMY[speaker]
            if lost_at is not None and m.anaphor and side == "civilian":
                # "the attackers lost 20 men, while the defenders lost 8": those a party loses
                # are its own, of its side if it has one, never civilians
                loser_side = owner_side(sent.text, lost_at)
                side = loser_side if loser_side in _COMBATANT_SIDES else "unknown"
            if side in _COMBATANT_SIDES and not m.part and "sides" in sent.text and _ON_BOTH_SIDES.match(sent.text, m.quote_end):
                side = "unknown"  # "1,300 fighters had been killed on both sides": no one side's
            whole = None if of_uncounted else parent
            if m.part and whole is not None and whole not in sentence_rows and (whole.relation or "").startswith("part_of") \
                    and _named_whole("named").search(sent.text, 0, m.quote_end + 40):
                # "40 were killed. 15 of the dead were foreign fighters. Of those killed, 12 were
                # soldiers": the dead are the toll's, not the part told last ("Two of them": that part)
                whole = next((r for r in reversed(out) if r.id == whole.relation.partition(":")[2]), whole)
            if m.part and sentence_rows and (sentence_rows[-1].relation or "").startswith("part_of") \
                    and m.low <= sentence_rows[-1].low \
                    and _INNER_PART.fullmatch(art.text, sentence_rows[-1].end, sent.start + m.quote_start):
                # "250 killed: 120 civilians, including 30 children, ...": of the part just before
                whole = sentence_rows[-1]
            if m.part and whole is not None and whole.outcome not in _HELD_OUTCOMES \
                    and _named_whole("held").search(sent.text, m.quote_start, m.quote_end + 24):
                # "Three of the captives were later executed": of the paragraph's latest captured, if any
                whole = next((r for r in reversed(out[paragraph_start:]) if r.outcome in _HELD_OUTCOMES
                              and not (r.relation or "").startswith("part_of") and r not in sentence_rows), None)
                if whole is None and m.subject:
                    subject, side = m.subject, side_of(m.subject)  # "4 of the prisoners" after a toll: prisoners
            if m.part and whole is not None and m.outcome is not None and parent not in sentence_rows \
                    and parent.outcome != m.outcome and {parent.outcome, m.outcome} != _KINDRED_OUTCOMES:
                # "2 children were among the dead" after a kidnapping: the part is of the
                # paragraph's latest whole figure of its own outcome, if any
                whole = next((r for r in reversed(out[paragraph_start:]) if r.outcome == m.outcome
                              and not (r.relation or "").startswith("part_of") and r not in sentence_rows), None)
            if m.part and whole is not None and whole.side != "unknown" and (
                    side != "civilian" and (side == "unknown" or _ranked(subject))
                    or whole.side in _COMBATANT_SIDES and _ranked(subject, "kin")):
                # "12 rebels, including a local commander" (but civilians are civilians, and a party's
                # people its own: "Two soldiers were among the 40 killed" after rebels killed); "lost 12
                # men, including his brother"
                side = whole.side
            outcome = m.outcome or (parent.outcome if parent is not None else None) or "killed"
            if outcome == "killed" and _EXECUTED_BODIES.search(sent.text, m.quote_start, m.quote_end) \
                    and _EXECUTION_MARK.search(sent.text):
                # "At least 17 bodies were found with bullet wounds to the head", "the bodies of 27 men,
                # bound and shot": the dead found were executed (the answer key's 000-15)
                outcome = "executed"
            if outcome == "defected" and (side not in _COMBATANT_SIDES or _neutral_alone(subject)
                                          or _DEFECTOR_WORD.search(subject)):
                # "300 men defected from the army", "2,000 fighters defected to the rebels": a
                # defector is counted on the side left, named after the verb, else the government's
                # (so is one the noun calls a defector: "300 deserters defected", "defected officers")
                side = _side_left(sent.text, m.quote_end)
            if m.part and m.anaphor and (defection := whole or parent) is not None and defection.outcome == "defected" \
                    and outcome != "defected" and (subject, side) == (defection.subject, defection.side) and side in _COMBATANT_SIDES:
                # "17 soldiers defected; three of them were killed as they fled": defectors by then,
                # of the side they went over to
                side = ENEMY[side]
            if subject and (m.anaphor or not m.subject) and (m.high is None or m.high > 1):
                subject = _plural_subject(subject)  # "one member of the security forces ... three wounded": members
            quote_start, quote_end = sent.start + m.quote_start, sent.start + m.quote_end
            # a part is no larger than its whole: "at least 40 of them" after "losing 30 soldiers"
            # counts others
            # (nor is a part of a whole of another day: "Two days later, the army shelled the district; a
            # boy was among the dead" is among that day's dead, not those told before)
            # (nor of the dead are those taken or hurt: "killed 30 rebels and captured 12 of them"; nor
            # are those of the wounded or the taken who died among them: "85 wounded, 12 of whom
            # later died", "12 were captured; three of them were later executed": deaths of their own)
            relation = f"part_of:{whole.id}" if m.part and whole is not None \
                and (whole.high is None or m.low <= whole.high) \
                and counted_within(outcome, whole.outcome) \
                and not (when.precision == "day" and whole.date_precision == "day" and whole.date != when.iso()) else None
            if relation is None and (m is mentions[0] and _enumeration().match(sent.text)
                                     or _enumerates_after_semicolon(sent.text, m, mentions)):
                # "The wounded were three refugees, one policeman and a translator": the
                # people of a figure told before in the paragraph, named one by one
                # ("...; among the victims was a nine-year-old girl": in the same sentence)
                enumerated = next((r for r in reversed(out[paragraph_start:])
                                   if r.outcome == outcome and r.relation is None), None)
            if relation is None and enumerated is not None and outcome == enumerated.outcome:
                relation = f"part_of:{enumerated.id}"
            if m.how == "alternative" and sentence_rows:
                # "..., while SANA reported 30": another count of the figure before, of its people
                # (of the first of them: "The SOHR counted 45 dead, the LCC 52 and the SNHR 61")
                first = next((r for r in reversed(sentence_rows) if not (r.relation or "").startswith("alternative_of")),
                             sentence_rows[-1])
                relation = f"alternative_of:{first.id}"
                subject, side = first.subject, first.side
                if len(srcs) > 1 and (named := [key for pos, key in found if first.end - sent.start <= pos < m.start]):
                    # (the reporter named between them: "45 people were killed according to the SOHR, and
                    # the LCC 52")
                    srcs = (named[-1],)
                if len(first.sources) > 1 and srcs and set(srcs) < set(first.sources):
                    # (whose reporter is its own, not the first count's too)
                    sentence_rows[sentence_rows.index(first)] = out[out.index(first)] = replace(
                        first, sources=tuple(x for x in first.sources if x not in srcs))
            if m.outcome is None and m.part and _DID_OTHERWISE.match(sent.text, m.subject_end):
                if _THEM.match(m.subject) and (told := _people_told_before(sents, k)) is not None:
                    # "The besieged troops tried to break out. Some 40 of them reached government
                    # lines, but 31 were killed": the rest are those people too
                    last_subject = (told, side_of(told), k, when)
                continue  # "40 of them reached government lines": people told of, but no casualty
            if m.outcome is None and m.part and parent is None and len(mentions) == 1:
                # "Several rebels escaped the siege. Their commander was among them.": no count to be
                # part of (but "3 children were among 15 killed": of the count after)
                continue
            row = Incident(
                article=art.name, id=f"{prefix}-{len(out) + 1}", quote=art.text[quote_start:quote_end],
                sentence=sent.text, start=quote_start, end=quote_end, date=when.iso(),
                date_precision=when.kind if when.iso() else "none", low=m.low, high=m.high,
                qualifier=m.qualifier, outcome=outcome, subject=subject, side=side,
                sources=srcs, hedged=_is_hedged(sent.text, m, mentions, bool(found)) or doubted_next,
                in_period=_in_period(when, art.period, _outside(path)), relation=relation,
                location=_location(sent.text, m),
            )
            if containing or held:
                # "the 20 deaths ... were among at least 100 killed": the earlier ones are part of this
                # (so is a part its sentence put among them, not among a figure told before:
                # "Three children were among the 15 people killed")
                told_before = {r.id for r in out} - {r.id for r in sentence_rows}
                for i, earlier in enumerate(out):
                    if (earlier in held if held else earlier in sentence_rows) \
                            and counted_within(earlier.outcome, row.outcome) and (
                            earlier.relation is None or containing and row.outcome == earlier.outcome
                            and (row.high is None or earlier.low <= row.high)
                            and earlier.relation.partition(":")[::2] in (("part_of", t) for t in told_before)):
                        out[i] = replace(earlier, relation=f"part_of:{row.id}")
                        if containing and (j := _known_before(out, paragraph_start, sentence_rows, earlier)) is not None:
                            # "killing 20 civilian villagers. Activists said the 20 deaths ... were among at
                            # least 100 killed": the 20 told again, and the 20 first told of the 100 (the
                            # answer key's 000-23 and 000-24)
                            out[i] = replace(earlier, relation=f"duplicate_of:{out[j].id}")
                            out[j] = replace(out[j], relation=f"part_of:{row.id}")
            out.append(row)
            sentence_rows.append(row)
            if not m.part:
                parent, parent_when = row, when
        _respective_sides(out, len(sentence_rows), sent)
        _respective_sources(out, len(sentence_rows), sent)
        _sides_from_parts(out, len(sentence_rows))
        _contrasted_accounts(out, len(sentence_rows), sent)
        if mentions:
            last_paragraph = sent.paragraph
        if last_subject is not None and _said_colon_line(sent.text):
            last_subject = (*last_subject[:2], k, last_subject[3])  # an "X said:" line is transparent
        if found:
            # a reporter who saw one scene ("a Sky News reporter showed") tells no more than it
            seen = _witnesses(sent.text)
            main = _main_clause_sources(sent.text, [(pos, key) for pos, key in found if pos not in seen])
            if not main and sentence_rows and sentence_rows[0].sources \
                    and all(r.sources == sentence_rows[0].sources for r in sentence_rows) \
                    and any(_WHICH_BEFORE.search(sent.text, max(0, pos - 16), pos) for pos, _ in found):
                # "At least 17 bodies were found ..., which activists claim had been caused by ...": who
                # tells of the sentence's figure in a relative clause tells what follows of it too
                main = sentence_rows[0].sources
            if main:
                carried, carried_at = main, k
        elif k - carried_at > 2 or (not mentions and _opens_event(dates_of[k])):
            # a claim reaches two sentences on, not the whole paragraph, and
            # not past a sentence telling another event ("On 14 May, the army
            # recaptured the town.")
            carried = ()
        cal.advance(sent.text, dates_of[k], dates)
        if carried_at == k:
            carried_day = cal.running
    if art.infobox and any(r.side == "unknown" and r.subject and not _no_one().fullmatch(r.subject.split()[-1]) for r in out) \
            and (named := _sides_the_infobox_names(art)):
        # "Casualties2: 300+ defenders killed": this article's defenders are combatant 2's
        out = [replace(r, side=named[head]) if r.side == "unknown" and r.subject
               and (head := r.subject.split()[-1].lower()) in named else r for r in out]
    if art.combatants and any(_PRO_NAME.match(r.subject) for r in out):
        # "pro-Hadi fighters", with "Yemen (Hadi government)" one combatant column: that column's side
        columns = _column_sides(art)
        out = [replace(r, side=side) if (pro := _PRO_NAME.match(r.subject)) is not None
               and (side := _side_of_combatant_named(art, columns, pro.group("name"))) is not None else r for r in out]
    if len(art.combatants) > 1 and any(r.subject[:1].isupper() or " " in r.subject for r in out):
        out = _sides_of_combatants_named(art, out)
    # the lead, before the first heading of a section (a markdown title "# X" is none), sums the battle up
    lead_end = next((sec.heading_start for sec in art.sections if sec.level >= 2), art.body_start)
    summaries = [(sec.start, sec.end) for sec in art.sections if _under(sec.path[-1:], "summary")]
    return link(out, art.text, lead_end=lead_end, summaries=summaries)


# --- who a bare count is of: the words around it that name them --------------

# a party's own losses told in its count's phrase: "put |its| losses at 200", "their death toll rose to"
_OWN_LOSSES = re.compile(r"(?<![\w-])(?P<own>its|their)\s{1,3}(?:own\s{1,3})?(?:(?:total|overall|death)\s{1,3})?"
                         r"(?:losses|toll|dead|casualties|fatalities)(?![\w-])", re.IGNORECASE)
# whom losses were inflicted on, after the count: "inflicted 50 casualties| on the |army"
_INFLICTED_ON = re.compile(r"\s{1,3}on\s{1,3}(?:the\s{1,3})?(?P<who>[\w'’-]{2,30}(?:\s{1,3}[\w'’-]{2,30}){0,2}?)"
                           r"(?=\s{0,3}(?:[,;.)]|$|\s(?:in|at|near|during|on|and|while|as)\s))")
# a label opening a line of a list, before the counts it names: "* |Government|: 120 killed"
_LABEL = re.compile(r"^[\W\d]{0,3}?(?P<label>[A-Z][\w'’.-]{0,30}(?:\s{1,2}[\w'’.-]{1,30}){0,3})\s{0,2}:\s{1,3}")
# the people a bare count is of, by their owner: "7 dead and 19 wounded| among |its| ranks"
_AMONG_OWN_RANKS = re.compile(r"[^,;.]{0,60}?\samong\s{1,3}(?P<own>its|their)\s{1,3}(?:own\s{1,3})?"
                              r"(?:ranks|men|fighters|troops|forces|soldiers|members|personnel)(?![\w-])", re.IGNORECASE)

# a noun for people who defected: "deserters", "defected officers"
_DEFECTOR_WORD = re.compile(r"(?<![\w-])(?:defect|desert)(?:ors?|ers?|ed|ing)(?![\w-])", re.IGNORECASE)
# "defected from the army", "deserted to the rebels", "joined the opposition"
_LEFT_OR_JOINED = re.compile(r"[\s,]{0,3}(?:[\w'’-]{1,25}\s{1,3}){0,3}?(?:(?P<left>from)|to|join(?:ed|ing))\s{1,3}(?:the\s{1,3})?"
                             r"(?P<who>[\w'’-]{2,30}(?:\s{1,3}[\w'’-]{2,30}){0,2})")


def _plural_subject(subject: str) -> str:
    """``subject``, a singular noun for people carried to a bare count of
    more ("a police sergeant was killed and another two wounded"), made
    plural: "police sergeants", "members of the security forces",
    "policemen"; any other subject unchanged."""
    head_phrase, of, rest = subject.partition(" of ")
    words = head_phrase.split()
    if not words or " or " in head_phrase or " and " in head_phrase:
        return subject
    head = words[-1]
    low = head.lower()
    if low not in word_set("prose", "people", "nouns") or low.endswith("s") \
            or low in word_set("prose", "people", "irregular_plurals"):
        return subject  # ("people", "police", "personnel": plural already)
    plural = head[:-3] + "men" if low.endswith("man") else head + "ren" if low == "child" else \
        head[:-4] + "ople" if low == "person" else \
        head[:-1] + "ies" if low.endswith("y") and low[-2:-1] not in "aeiou" else head + "s"
    return " ".join([*words[:-1], plural]) + (of + rest if of else "")


def _speaker_side(text: str, srcs: tuple[str, ...]) -> str:
    """The side of who speaks of "we" and "our men": a reporter of a known
    side, else the role a named speaker is given after the name ('..., said
    Abu Ahmad, a commander in the Tawhid Brigade'); "unknown" when none."""
    side = next((_REPORTER_SIDES[k] for k in srcs if k in _REPORTER_SIDES), "unknown")
    if side == "unknown":
        # a reporter named by its party: "the YPG commander said", "a Jaysh al-Islam spokesman"
        side = next((s for k in srcs if (s := combatant_name_side(k) or side_of(k)) in _COMBATANT_SIDES), "unknown")
    if side == "unknown" and "," in text and (role := _SPEAKER_ROLE.search(text)) is not None:
        # (named by a group or a word of a side, not by a rank alone: "a commander of the brigade"
        # is of a side unknown)
        head = _ROLE_OF.split(role.group("role"), maxsplit=1)[0].split()  # "rebel commander| of the brigade"
        side = combatant_name_side(role.group("role")) or (side_of(" ".join(head[:-1])) if len(head) > 1 else "unknown")
    return side


# where a role's head noun ends: "a commander| in |the Tawhid Brigade", "a commander| of |the brigade"
_ROLE_OF = re.compile(r"\s{1,3}(?:of|in|from|with|for)\s{1,3}", re.IGNORECASE)
# a named speaker and the role given after the name: "said Abu Ahmad|, a commander in the Tawhid Brigade"
_SPEAKER_ROLE = re.compile(r"(?<![\w-])(?:said|says|told|added)\s{1,3}[A-Z][\w'’.-]{1,25}(?:\s{1,3}(?:al-|el-)?[A-Z][\w'’.-]{1,25}){0,3}"
                           r"\s{0,2},\s{1,3}(?:an?|the)\s{1,3}(?P<role>[^,;.\"”]{3,60})")


# what may open a sentence before its first word: quotation marks, a bracket
_OPENING_MARKS = " \"'“‘("


def _people_told_before(sents: list[Sentence], k: int, *, agents: bool = True) -> str | None:
    """The last word for people of a known side in the sentence before
    sentence ``k`` of its paragraph, whom "them" may stand for; None when it
    names none or opens another paragraph. Without ``agents``, the doer of a
    verb is passed over: a bare "Twelve were killed" after "The army shelled
    the town" are no soldiers."""
    if not k or sents[k - 1].paragraph != sents[k].paragraph:
        return None
    text = sents[k - 1].text
    return last_people_noun(text, skip=None if agents else lambda start, stop: _not_antecedent(text, start, stop))


def _side_left(text: str, end: int) -> str:
    """The side a defector counted before ``end`` left: the one named after
    "from", the enemy of the one named after "to" or "joined", else the
    government (armies are what soldiers desert)."""
    m = _LEFT_OR_JOINED.match(text, end, min(len(text), end + 90))
    if m is not None:
        side = side_of(m.group("who"))
        if side in _COMBATANT_SIDES:
            return side if m.group("left") else ENEMY[side]
    return "government"


def _sides_the_infobox_names(art: Article) -> dict[str, str]:
    """The side of each word for people an infobox casualty field of a
    combatant counts that the side words do not place: "Casualties2: 300+
    defenders killed" makes the article's "defenders" combatant 2's side.
    A word two sides' fields count, or a word of no one ("people"), is
    left out."""
    found: dict[str, set[str]] = {}
    for _, side, figures in _casualty_columns(art):
        for f in figures:
            if f.subject and f.unit == "person" and side_of(f.subject) == "unknown":
                found.setdefault(f.subject.split()[-1].lower(), set()).add(side)
    return {head: sides.pop() for head, sides in found.items()
            if len(sides) == 1 and next(iter(sides)) in _COMBATANT_SIDES and not _no_one().fullmatch(head)}


# people named by whom they are for: "pro-Hadi fighters", "pro-Gaddafi forces"
_PRO_NAME = re.compile(r"(?i:pro)-(?P<name>[A-Z][\w'’-]{1,30})")


def _casualty_columns(art: Article) -> "list[tuple[int, str, Casualties]]":
    """Each casualty field of a numbered column of the infobox: its column,
    the side the reconciler gives it, and its figures."""
    from .figures import parse_casualties
    from .reconciliation import covered

    out = []
    for key, n in art.casualty_fields():
        if n is not None:
            figures = parse_casualties(art.infobox[key])
            out.append((n, covered(art, n, figures).side, figures))
    return out


def _column_sides(art: Article) -> dict[int, set[str]]:
    """The sides of each infobox column's casualty fields (see :func:`_casualty_columns`)."""
    sides: dict[int, set[str]] = {}
    for n, side, _ in _casualty_columns(art):
        sides.setdefault(n, set()).add(side)
    return sides


def _side_of_combatant_named(art: Article, columns: dict[int, set[str]], name: str) -> str | None:
    """The side of the one combatant column of the infobox whose names hold
    ``name`` as a word ("Hadi" in "Yemen (Hadi government)"), when that
    column's casualty fields (``columns``, from :func:`_column_sides`) are
    of one combatant side; None otherwise."""
    word = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    cols = [n for n, names in art.combatants.items() if any(word.search(x) for x in names)]
    sides = columns.get(cols[0], set()) if len(cols) == 1 else set()
    return next(iter(sides)) if len(sides) == 1 and next(iter(sides)) in _COMBATANT_SIDES else None


def _sides_of_combatants_named(art: Article, out: list[Incident]) -> list[Incident]:
    """The rows whose subject names one combatant column of the infobox
    (by name, initials or family: "GNA fighters" with "Government of
    National Accord" a column) take that column's side, when the columns are
    of different sides and the subject's other words name no side of their
    own: the side words are Syria's, and outside Syria "fighters" are not
    the opposition's ("Syrian Army defectors" stay the defectors')."""
    from .reconciliation import _name_pattern, _name_words, _names_any

    asking = [r for r in out if _may_name_a_column(r)]
    if not asking:
        return out  # (the columns' sides, read from the infobox, are asked for only when a row may take one)
    columns = _column_sides(art)
    sides = {n: next(iter(columns[n])) for n in art.combatants
             if len(columns.get(n, ())) == 1 and next(iter(columns[n])) in _COMBATANT_SIDES}
    if len(set(sides.values())) < 2:
        return out  # (no two columns of different sides: the names say nothing the words do not)
    named = {n: _name_words(art.combatants[n]) for n in sides}
    result: list[Incident] = []
    moved: tuple[str, str, str, str] | None = None  # the last row moved: its sentence, subject, old and new side
    for r in out:
        if moved is not None and (r.sentence, r.subject, r.side) == moved[:3]:
            result.append(replace(r, side=moved[3]))  # "lost 712 fighters, with over 3,200 wounded": the same people
            continue
        if _may_name_a_column(r):
            # (a name is written with a capital: a subject with none names no column)
            cols = [n for n in named if _names_any(r.subject, named[n])] if not r.subject.islower() else []
            owned = _OF_THEIR.search(r.quote) is not None
            if not cols and (owned or _LOSER.match(r.quote)) and (at := r.sentence.find(r.quote)) > 0:
                # "the GNA had lost 712 fighters": the loser's, named last before the verb in its clause
                # (or their owner's, named before them in the sentence: "GNA forces counter-attacked ...;
                # 14 of their fighters were killed")
                clause = r.sentence[max(0, at - 160):at] if owned else \
                    r.sentence[max(0, at - 80, r.sentence.rfind(";", 0, at) + 1):at]
                last = max(((m.end(), n) for n in named for w in named[n] for m in _name_pattern(w).finditer(clause)),
                           default=None)
                cols = [last[1]] if last is not None else []
            if len(cols) == 1 and sides[cols[0]] != r.side:
                moved = (r.sentence, r.subject, r.side, sides[cols[0]])
                r = replace(r, side=sides[cols[0]])
        result.append(r)
    return result


def _may_name_a_column(r: Incident) -> bool:
    """Whether a row's people may be a combatant column's by its name: a
    neutral head ("fighters", "men") of no civilians, named with a capital
    ("GNA fighters") or lost by someone ("the GNA had lost 712 fighters")."""
    return bool(r.subject) and r.side != "civilian" and r.subject.rsplit(None, 1)[-1].lower() in _NEUTRAL \
        and (not r.subject.islower() or _LOSER.match(r.quote) is not None or _OF_THEIR.search(r.quote) is not None)


# a count of someone's people, the someone named before: "14| of their |fighters"
_OF_THEIR = re.compile(r"(?<![\w-])of\s{1,3}(?:their|its)\s", re.IGNORECASE)


@functools.cache
def _no_one() -> re.Pattern[str]:
    """The words for people of no side (the sides table's ``unknown``: "people", "victims")."""
    return re.compile("|".join(table("sides")["words"]["unknown"]), re.IGNORECASE)


#: Whether the reporters of a paragraph's tail (after its last figure) are
#: read only when asked for; tests turn it off to check the results agree.
_SKIP_TAILS = True


class _Lazy:
    """A list whose items are computed when first asked for."""

    __slots__ = ("_make", "_items")

    def __init__(self, make: Callable[[int], Any], n: int) -> None:
        self._make = make
        self._items: list[Any] = [_UNSET] * n

    def __getitem__(self, k: int) -> Any:
        item = self._items[k]
        if item is _UNSET:
            item = self._items[k] = self._make(k)
        return item


_UNSET = object()


def _history(sents: list[Sentence], sources_of: _Lazy, found_of: dict[int, list[tuple[int, str]]],
             k: int) -> list[tuple[str, str]]:
    """The reporters named before sentence ``k``, in reading order, each
    with the words that name it: the sentences read so far give theirs
    (``found_of``), the ones skipped are read now, in order."""
    history: list[tuple[str, str]] = []
    for i in range(k):
        if i not in found_of:
            text = sents[i].text
            found_of[i] = [(pos, _same_as(text, pos, history) or key) for pos, key in sources_of[i]]
        history.extend((key, sents[i].text[pos:pos + 80].lower()) for pos, key in found_of[i])
    return history


def _sides_from_parts(out: list[Incident], n: int) -> None:
    """"six people were killed ..., two of them were children and two women":
    a total of unknown side whose named parts (among the last ``n`` rows,
    one sentence's) are all civilians is civilian. But a count of civilians
    smaller than its total sets them apart from the rest: "727 lives, among
    them 111 civilians" were not all civilians. A total that names no one
    and has parts of another side than the one it took is of no one side."""
    first = len(out) - n
    for i in range(first, len(out)):
        row = out[i]
        parts = [r for r in out[first:] if r.relation == f"part_of:{row.id}"]
        if row.side == "unknown" and parts and all(p.side == "civilian" for p in parts) \
                and not any(_CIVILIANS.search(p.subject) and p.low < row.low for p in parts) \
                and not all(p.start < row.start for p in parts):
            # (not a running total of a death told before it: "A sniper killed a woman, bringing
            # the day's toll to 12")
            out[i] = replace(row, side="civilian")
        elif row.side != "unknown" and not row.subject and any(p.side not in (row.side, "unknown") for p in parts):
            # a toll that names no one, its side taken from the figures before, of which
            # some are of another side: "The death toll ... had reached 412, among them 20 civilians"
            out[i] = replace(row, side="unknown")


_CIVILIANS = re.compile(r"(?<![\w-])civilians?(?![\w-])", re.IGNORECASE)


def _respective_sides(out: list[Incident], n: int, sent: Sentence) -> None:
    """"The army and the rebels lost 14 and 22 fighters, respectively": the
    figures of a sentence (its last ``n`` rows) are, in order, of the parties
    listed before them, when each names a side."""
    if n < 2 or "respectively" not in sent.text:
        return
    first = len(out) - n
    rows = [i for i in range(first, len(out)) if not (out[i].relation or "").startswith("part_of")]
    if len(rows) < 2:
        return
    head = sent.text[max(0, out[rows[0]].start - sent.start - 160):out[rows[0]].start - sent.start]
    owners = [p for p in _LIST_SPLIT.split(_CLAUSE_SPLIT.split(head)[-1]) if p.strip()]
    sides = [possessor_side(p, len(p)) for p in owners]
    if len(sides) != len(rows) or "unknown" in sides:
        return
    # (each its own people, when the figures took the list's last as theirs: "Rebels and soldiers
    # suffered 20 and 35 deaths respectively" counts rebels, then soldiers)
    names = [_ARTICLE_START.sub("", p.strip()) for p in owners]
    subject = out[rows[0]].subject
    own = bool(subject) and all(out[i].subject == subject for i in rows) \
        and names[-1].lower().startswith(subject.lower())
    for k, (i, side) in enumerate(zip(rows, sides)):
        out[i] = replace(out[i], side=side, subject=names[k] if own and k < len(rows) - 1 else out[i].subject)


_ARTICLE_START = re.compile(r"^(?:the|The)\s{1,3}")


def _respective_sources(out: list[Incident], n: int, sent: Sentence) -> None:
    """"The SOHR and SANA put the toll at 30 and 20 respectively": the
    figures of a sentence (its last ``n`` rows), all of one side, are in
    order of the reporters it names together, and each later one is
    another account of the first."""
    if n < 2 or "respectively" not in sent.text:
        return
    rows = [i for i in range(len(out) - n, len(out)) if not (out[i].relation or "").startswith("part_of")]
    shared = out[rows[0]].sources if rows else ()
    if len(rows) < 2 or len(shared) != len(rows) \
            or any(out[i].sources != shared or out[i].side != out[rows[0]].side for i in rows):
        return  # (figures of two sides are two parties', not two reporters' counts)
    for k, (i, source) in enumerate(zip(rows, shared)):
        relation = out[i].relation
        if k and relation is None and out[i].outcome == out[rows[0]].outcome:
            relation = f"alternative_of:{out[rows[0]].id}"
        out[i] = replace(out[i], sources=(source,), relation=relation)


_LIST_SPLIT = re.compile(r"\s{1,3}and\s{1,3}|\s{0,2},\s{1,3}")
_CLAUSE_SPLIT = re.compile(r"[,;:]\s")


def _kinds_told(out: list[Incident], text: str) -> dict[str, str]:
    """The kinds of people (subject: side) the whole figures of the sentence
    ``text`` count, among the latest rows."""
    return {r.subject.lower(): r.side for r in out[-12:]
            if r.sentence == text and not (r.relation or "").startswith("part_of")}


def _contrasted_accounts(out: list[Incident], n: int, sent: Sentence) -> None:
    """"The opposition claimed 40 soldiers were killed, but SANA said only 8
    died": a later figure of one sentence (among the last ``n`` rows) that
    another reporter gives for the same people, outcome and place, after a
    word of contrast, is another account of the earlier one (a duplicate of
    it when the counts agree). The earlier one may be told by no one but
    doubted ("There were reports that 30 people had been killed, but the
    SOHR could only confirm 12 deaths"); people of no side are the same
    people when the same noun names them, and "people" may be what another
    reporter calls civilians ("state media reported 16 people killed ...;
    opposition activists said 70 civilians were massacred", seed 000-30)."""
    if n < 2:
        return  # most sentences: one figure or none
    from .relations import same_place

    first = len(out) - n
    for j in range(first + 1, len(out)):
        row = out[j]
        if row.relation is not None or not row.sources:
            continue
        for i in range(j - 1, first - 1, -1):
            e = out[i]
            if e.relation is None and (e.sources or e.hedged) and not set(e.sources) & set(row.sources) \
                    and e.outcome == row.outcome \
                    and (e.side == row.side != "unknown" or e.subject.lower() == row.subject.lower() != ""
                         or (e.side == "unknown" and row.side == "civilian" and _GENERIC_PEOPLE.fullmatch(e.subject))) \
                    and (e.location is None or row.location is None or same_place(e.location, row.location)) \
                    and _CONTRAST.search(sent.text, e.end - sent.start, row.start - sent.start):
                # the same count from another reporter is the same deaths told again
                kind = "duplicate_of" if (e.low, e.high) == (row.low, row.high) else "alternative_of"
                out[j] = replace(row, relation=f"{kind}:{e.id}")
                break


_GENERIC_PEOPLE = re.compile(r"(?:people|persons|individuals)", re.IGNORECASE)
_CONTRAST = re.compile(r"(?<![\w-])(?:but|while|whereas|however|although|though)(?![\w-])|;", re.IGNORECASE)


@functools.cache
def _containing() -> re.Pattern[str]:
    words = table("prose")["part_of"]["containing"]
    return re.compile(rf"(?<![\w-]){alternation(words)}\s{{1,3}}$", re.IGNORECASE)


# a running total's verb, where its quote starts: "|bringing the death toll to 40"
_RUNNING_TOTAL = re.compile(r"(?:bringing|raising|pushing|taking|brought|raised|pushed|took)\s", re.IGNORECASE)
# the same before a quote that opens on the total's noun: "bringing the |number of soldiers killed ... to 120"
# (past the total's modifiers: "bringing the |day's nationwide |toll to 56")
_RUNNING_TOTAL_BEFORE = re.compile(r"(?<![\w-])(?:bringing|raising|pushing|taking|brought|raised|pushed|took)\s{1,3}(?:the\s{1,3})?"
                                   r"(?:[\w'’-]{1,20}\s{1,3}){0,3}$", re.IGNORECASE)


# a present perfect, not an infinitive's ("were said to have been killed"): "troops |have been| filmed"
_PRESENT_PERFECT = re.compile(r"(?<![\w-])(?<!to\s)(?:have|has)\s{1,3}(?:been|[a-z]{2,20}ed)(?![\w-])", re.IGNORECASE)
# a toll of everyone, whoever the figures before it counted: "the combined death toll", "the overall toll"
_COMBINED_TOLL = re.compile(r"(?<![\w-])(?:combined|overall)\s{1,3}(?:death\s{1,3})?(?:toll|tally|count)(?![\w-])", re.IGNORECASE)
_COPULA_AFTER = re.compile(r"\s(?:were|was)\s", re.IGNORECASE)


def _known_before(out: list[Incident], paragraph_start: int, sentence_rows: list[Incident], row: Incident) -> int | None:
    """The index of the unlinked figure of the paragraph, before ``row``'s
    sentence, that ``row`` tells again as one the reader knows ("the 20
    deaths" after "killing 20 civilian villagers"): of its outcome, count and
    side (or of no side); None when there is none."""
    from .relations import _told_as_known

    if not _told_as_known(row):
        return None
    return next((j for j in range(len(out) - 1, paragraph_start - 1, -1)
                 if out[j] not in sentence_rows and out[j].relation is None and out[j].outcome == row.outcome
                 and out[j].low == row.low and (out[j].side == row.side or "unknown" in (out[j].side, row.side))), None)



def _ranked(subject: str, words: str = "ranks") -> bool:
    """Whether ``subject`` names people by a rank or a role ("a local brigade
    commander", "two officers"), not by their party ("soldiers"); or, with
    ``words="kin"``, by kin ("his brother")."""
    head = subject.rsplit(None, 1)[-1].lower() if subject.strip() else ""
    ranks = word_set("prose", "part_of", words)
    return head in ranks or head.endswith("s") and head[:-1] in ranks


def _contains_earlier(text: str, m: Mention) -> bool:
    return bool(_containing().search(text, max(0, m.start - 20), m.start))


_SAID_COLON = re.compile(r"(?:said|stated|reported|added|told\s{1,3}\w{1,20})\s{0,2}:\s{0,3}$", re.IGNORECASE)


def _said_colon_line(text: str, *, opening: bool = True) -> bool:
    """Whether a sentence ends "X said:" (the colon is looked for first: the
    pattern, anchored at the end, would otherwise be tried at every position),
    or, when it opens what follows (``opening``), starts on its reporter and
    ends on a colon ("According to the SOHR, the battle left:", a list of
    figures following): that one tells nothing of the sentence before it."""
    return ":" in text[-6:] and bool(_SAID_COLON.search(text, max(0, len(text) - 40))
                                     or opening and (text.lstrip()[:9].lower() == "according" and _ACCORDING_COLON.match(text)
                                                     or " by " in text and _BY_COLON.search(text)))


# a reporter opening a line that ends on a colon: "According to the SOHR, the battle left:"
_ACCORDING_COLON = re.compile(r"\W{0,3}according\s{1,3}to\s[^,:;.]{1,60},[^:;]{0,80}:\s{0,3}$", re.IGNORECASE)
# (or naming it as the agent of its report: "Casualties reported by the SOHR during the month:")
_BY_COLON = re.compile(r"(?<![\w-])(?:reported|documented|recorded|compiled|counted|given|listed|published)\s{1,3}by\s"
                       r"[^:;.]{1,80}:\s{0,3}$", re.IGNORECASE)


_NEW_CLAIM = re.compile(
    r"^\W{0,3}(?:meanwhile|elsewhere|separately|in\s{1,3}another)\b|"
    # an event told afresh, its subject indefinite: "A mortar round hit a school, ...",
    # "The next day, a car bomb exploded ..." (not "A further 14 soldiers died")
    r"^\W{0,3}(?:(?:the\s{1,3})?(?:next|following|same|previous)\s{1,3}(?:day|morning|night|evening)\s{0,3},\s{0,3})?"
    # (but "also" goes on with the claim before: "A soldier was also killed")
    r"an?\s{1,3}(?!(?:further|additional|total|number|report|statement|spokesman|source|monitor)\b)[a-z-]{2,30}"
    r"(?:\s{1,3}(?!also\b)[a-z-]{2,30}){0,2}?"
    r"\s{1,3}(?:hit|struck|exploded|targeted|detonated|killed|attacked|fell|landed)\b|"
    # or a weapon's strikes, named bare: "Russian airstrikes destroyed the bridge, killing 4"
    r"^\W{0,3}(?:[A-Z][\w-]{1,20}\s{1,3})?(?:air\s{0,3}strikes|airstrikes|air\s{1,3}raids|barrel\s{1,3}bombs|shells|"
    r"missiles|rockets|mortars|artillery\s{1,3}shells|shelling|bombardment)\s{1,3}"
    r"(?:on\s{1,3}[^,;.]{1,40}?\s{1,3})?(?:hit|struck|destroyed|exploded|targeted|killed|landed|pounded)\b|"
    # reports as the subject: "Later reports raised the toll to 14"
    r"^\W{0,3}(?:(?:later|subsequent|other|further|new|initial|conflicting|some|unconfirmed|unverified)\s{1,3})?"
    r"(?:reports|sources)(?:\s{0,3},|\s{1,3}(?!of\b))|"
    r"(?<![\w-])(?:there\s{1,3}(?:were|have\s{1,3}been)\s{1,3}(?:also\s{1,3})?reports|it\s{1,3}was\s{1,3}(?:also\s{1,3})?(?:reported|said|confirmed)|"
    r"(?:were|was)\s{1,3}said\s{1,3}to|according\s{1,3}to\s{1,3}reports)(?![\w-])|"
    # an estimate of no one named: "... were put at 300 by independent estimates", "by some accounts"
    r"(?<![\w-])(?:by|according\s{1,3}to|in)\s{1,3}(?:(?:independent|other|some|several|various|western|unofficial|separate)\s{1,3})"
    r"(?:estimates|accounts|counts|tallies)(?![\w-])|"
    # a reporter of its own the tables do not know: "..., a source close to the group said."
    r",\s{1,3}(?:an?|the|one)\s{1,3}[a-z][a-z\s-]{0,60}?\s(?:said|told|added|claimed)\s{0,3}[.!]?[\"\u201d]?$",
    re.IGNORECASE,
)


@functools.cache
def _enumeration() -> re.Pattern[str]:
    """A sentence that names the people of a figure told before it ("The
    wounded were ...", "Among the dead were ...", "Among the victims of the
    shelling were ..."): a table phrase, the event its people died in between
    its head and its verb or not."""
    heads, verbs = zip(*(p.rsplit(" ", 1) for p in table("prose")["part_of"]["enumerations"]))
    heads_re, verbs_re = (alternation(words, space=r"\s{1,3}") for words in (heads, verbs))
    return re.compile(rf"\W{{0,3}}{heads_re}(?:\s{{1,3}}(?:of|from|in)\s{{1,3}}[^,.;\d]{{1,40}}?)?\s{{1,3}}{verbs_re}(?![\w-])",
                      re.IGNORECASE)


def _enumerates_after_semicolon(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether ``m`` is the first figure of a clause after a semicolon that
    opens on an enumeration ("...; among the victims was a girl")."""
    semi = text.rfind(";", 0, m.start) if m.part or m.how == "before" else -1  # (a part, or its list's head)
    return semi >= 0 and bool(_enumeration().match(text, semi + 1)) \
        and not any(semi < o.start < m.start for o in mentions)


def _new_claim(text: str, dates: tuple[DateMention, ...]) -> bool:
    """Whether a sentence (whose dates are ``dates``) opens a new event or a
    new anonymous report."""
    return _opens_event(dates) or bool(_NEW_CLAIM.search(text)) or bool(_unnamed_report().match(text))


@functools.cache
def _unnamed_report() -> re.Pattern[str]:
    """A sentence that opens on a reporter with no name and its verb:
    "Residents said ...", "A doctor told AFP ..." (``unnamed_reporters``)."""
    t = table("sources")["prose"]
    who, verbs = (alternation(t[key], space=r"\s{1,3}") for key in ("unnamed_reporters", "verbs"))
    return re.compile(rf"\W{{0,3}}(?:(?:local|some|many|several|other)\s{{1,3}})?{who}\s{{1,3}}(?:also\s{{1,3}})?"
                      rf"{verbs}(?![\w-])", re.IGNORECASE)


def _opens_event(dates: tuple[DateMention, ...]) -> bool:
    """Whether a sentence (whose dates are ``dates``) opens on a day of its
    own: "On 5 March ...", "The next day, ...", "Two days later, ...",
    "Earlier in the month, ..." ("the same day" goes on with the running one)."""
    return any((d.kind in ("day", "month", "span", "running_month", "running_week", "month_day")
                or d.kind == "relative" and (d.offset or 0) != 0)
               and d.start < 20 for d in dates)


# a relative clause after a figure, its reporter next: "..., which |activists claim ..."
_WHICH_BEFORE = re.compile(r",\s{1,3}(?:which|who|whom)\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)
# the dead found, and the marks of their execution on them
_EXECUTED_BODIES = re.compile(r"(?<![\w-])(?:bodies|corpses|remains)(?![\w-])", re.IGNORECASE)
_EXECUTION_MARK = re.compile(
    r"(?<![\w-])(?:execution[\s-]style|executed|summarily|(?:shot|bullets?|bullet\s{1,3}wounds?|gunshot\s{1,3}wounds?)"
    r"\s{1,3}(?:in|to)\s{1,3}the\s{1,3}(?:head|back\s{1,3}of\s{1,3}the\s{1,3}head)|(?:hands|wrists)\s{1,3}(?:were\s{1,3})?"
    r"(?:tied|bound|cuffed)|blindfolded|bound\s{1,3}and\s{1,3}(?:shot|gagged|blindfolded))(?![\w-])", re.IGNORECASE)
_THE_OTHER = re.compile(r"(?<![\w-])the\s{1,3}(?:other|remaining)\s{1,3}$", re.IGNORECASE)
_ADDITIVE = re.compile(r"\s{1,3}(?:more|others?|further|additional)(?![\w-])", re.IGNORECASE)
# (or before it: "On the morning of 4 May, |a further |6 died")
_ADDITIVE_BEFORE = re.compile(r"(?<![\w-])(?:a\s{1,3}further|another|an\s{1,3}additional)\s{1,3}$", re.IGNORECASE)
# heads every side has, whose side their owner decides: "2 of its commanders", "the rebels lost 3 officers"
_NEUTRAL_HEAD = re.compile(r"^(?:its|their|his|her)?\s{0,2}(?:members?|men|personnel|forces|ranks|fighters|commanders?|leaders?"
                           r"|officers?)$", re.IGNORECASE)


_DOUBT_OF_CLAIM = re.compile(
    # "The defections could not be independently verified": the figure's own noun looks back too
    r"^\W{0,2}(?:this|that|these|(?:the|both|none\s{1,3}of\s{1,3}the)\s{1,3}(?:(?:claim|report|figure|toll|number|account|death|killing|defection|arrest"
    r"|execution|abduction|allegation)s?|casualt(?:y|ies)|loss(?:es)?|captures?))\b[^.]{0,60}"
    r"\b(?:could\s{1,3}not|couldn't|cannot|can\s{1,3}not)\s{1,3}be\s{1,3}(?:independently\s{1,3}|immediately\s{1,3})?(?:verified|confirmed)"
    # "Neither claim could be independently confirmed": of both claims before it
    r"|^\W{0,2}(?:neither|none)\s{1,3}(?:of\s{1,3}the\s{1,3})?(?:claim|report|figure|toll|account|allegation)s?\b[^.]{0,40}?"
    r"\b(?:could|can|has|have|was|were)\s{1,3}(?:be|been)\s{1,3}(?:independently\s{1,3}|immediately\s{1,3})?(?:verified|confirmed)"
    # "Reuters could not independently verify the figure": someone could not verify it
    r"|^\W{0,2}[\w .'-]{1,40}?\s(?:could\s{1,3}not|couldn't|was\s{1,3}unable\s{1,3}to|were\s{1,3}unable\s{1,3}to)\s{1,3}"
    r"(?:independently\s{1,3}|immediately\s{1,3})?(?:verify|confirm)\s{1,3}(?:it|them|this|that|(?:the|this|these|that|those)"
    r"\s{1,3}(?:death\s{1,3})?(?:figures?|tolls?|claims?|reports?|numbers?|accounts?|casualt\w{1,4}))\b"
    # "Opposition activists denied the claim", "The army denied this.", "The claim was disputed by
    # the rebels": someone disputes it (and gives a count of its own, maybe, which it does not doubt)
    r"|^\W{0,2}[\w .'-]{1,40}?\s(?:(?:strongly|flatly|later)\s{1,3})?(?:denied|disputed|rejected|refuted|contested)"
    r"\s{1,3}(?:(?:the|this|these|that|those|both)\s{1,3}(?:claims?|reports?|figures?|tolls?|numbers?|accounts?)\b"
    r"|(?:this|that|it)\s{0,2}[,.;])"
    r"|^\W{0,2}(?:this|that|these|the|both)\s{1,3}(?:claims?|reports?|figures?|tolls?|numbers?|accounts?)\b[^.]{0,40}?"
    r"\b(?:was|were|has\s{1,3}been|have\s{1,3}been)\s{1,3}(?:(?:strongly|flatly|later)\s{1,3})?"
    r"(?:denied|disputed|rejected|refuted|contested)\b",
    re.IGNORECASE,
)


def _doubted_by_next(sents: list[Sentence], k: int) -> bool:
    """Whether the next sentence of the paragraph doubts this one's claim
    ("The claim could not be independently verified.")."""
    if k + 1 >= len(sents) or sents[k + 1].paragraph != sents[k].paragraph:
        return False
    return bool(_DOUBT_OF_CLAIM.search(sents[k + 1].text))


_ALSO = re.compile(r"(?<![\w-])also(?![\w-])", re.IGNORECASE)
_SAME = re.compile(r"\bsame\s{1,3}$", re.IGNORECASE)


@functools.cache
def _anaphor_reporter() -> re.Pattern[str]:
    """ "the group said", "according to the organisation": a reporter named
    before, by a noun of ``anaphors`` in sources.toml."""
    t = table("sources")["prose"]
    nouns, verbs = alternation([*t["anaphors"], *t["outlet_anaphors"]]), _sources.reporting_verbs()
    return re.compile(
        rf"(?<![\w-])(?:(?P<a>the\s{{1,3}}(?:same\s{{1,3}})?(?:{nouns}))\s{{1,3}}"
        rf"(?:(?:later|also|then|further|had|has|previously)\s{{1,3}}){{0,2}}(?:{verbs})"
        rf"|(?:according\s{{1,3}}to|said|reported\s{{1,3}}by)\s{{1,3}}(?P<b>the\s{{1,3}}(?:same\s{{1,3}})?(?:{nouns})))(?![\w-])",
        re.IGNORECASE,
    )


@functools.cache
def _anaphor_nouns() -> frozenset[str]:
    """The nouns that name a reporter named before ("the group", "the agency"), lower case."""
    t = table("sources")["prose"]
    return frozenset(n.lower() for n in [*t["anaphors"], *t["outlet_anaphors"]])


@functools.cache
def _outlet_anaphor() -> re.Pattern[str]:
    """An outlet's kind at the end of a matched anaphor ("the agency")."""
    return re.compile(rf"(?:{alternation(table('sources')['prose']['outlet_anaphors'])})$", re.IGNORECASE)


@functools.cache
def _anaphor_gate() -> WordGate:
    """The nouns every match of :func:`_anaphor_reporter` holds."""
    t = table("sources")["prose"]
    return WordGate([*t["anaphors"], *t["outlet_anaphors"]])


def _told_by_anaphor(text: str) -> tuple[int, bool] | None:
    """Where a sentence names its reporter only as "the group" (or another
    of the anaphor nouns) or as "it" or "they" in a reporting frame, and
    whether by a pronoun or an outlet's kind ("the agency"), which stand
    only for the reporter of the sentence just before; or None."""
    if not _PRONOUNS.isdisjoint(words_of(text)) and (p := _PRONOUN_REPORTER.search(text)) is not None:
        return p.start("p"), True  # ", it said.", "It added that ...": the reporter just named
    if not _anaphor_gate().may_match(text):
        return None
    m = _anaphor_reporter().search(text)
    if m is None:
        return None
    # (an outlet by its kind is only the one just named, as a pronoun is)
    return m.start("a") if m.group("a") else m.start("b"), bool(_outlet_anaphor().search(m.group("a") or m.group("b")))


_PRONOUNS = frozenset({"it", "they"})
# a pronoun that reports, opening the sentence or closing it after a comma
# (or that changes its count: "A day later, it raised the toll to 15 rebels")
_PRONOUN_REPORTER = re.compile(
    r"(?:^\W{0,3}|,\s{1,3})(?P<p>(?i:it|they))\s{1,3}(?:(?:also|later|further|then)\s{1,3})?"
    r"(?:said|added|reported|claimed|stated|announced|confirmed|documented"
    r"|(?:raised|revised|updated|lowered|put)\s{1,3}(?:the|its|their)\s{1,3}(?:death\s{1,3})?(?:toll|figure|number|count))"
    r"(?![\w-])(?=\s{0,3}(?:that\s|[.!\"\u201d]?\s{0,3}$|\d|[a-z]))")


def _same_as(text: str, pos: int, history: list[tuple[str, str]]) -> str | None:
    """For "the same activist group" at ``pos``: the source an earlier
    sentence named with those words, or None."""
    if not _SAME.search(text, max(0, pos - 6), pos):
        return None
    named = _sources.find(text[pos:pos + 80])
    if not named:
        return None
    words = text[pos:pos + named[0][1][1]].lower()
    return next((key for key, naming in reversed(history) if words in naming), None)


def _main_clause_sources(text: str, found: list[tuple[int, str]]) -> tuple[str, ...]:
    """The reporters of a sentence's main clause (before ", while", ";" ...),
    which a following sentence may carry on."""
    first_bound = _hedge_patterns()["bounds"].search(text)
    limit = first_bound.start() if first_bound else len(text)
    return tuple(dict.fromkeys(key for pos, key in found if pos < limit))


def _closing_attribution(sents: list[Sentence], dates_of: list[tuple[DateMention, ...]],
                         sources_of: list[list[tuple[int, str]]], mentions_of: list[list[Mention]],
                         k: int) -> tuple[str, ...]:
    """Reporters named at the end of the next sentence of the paragraph
    ("Two rebels also died ..., said the S.O.H.R group"), which speak for
    this one too, unless the next sentence opens an event of its own."""
    if k + 1 >= len(sents) or sents[k + 1].paragraph != sents[k].paragraph:
        return ()
    nxt = sents[k + 1].text
    if _new_claim(nxt, dates_of[k + 1]) or not (_ALSO.search(nxt) or nxt[:1] in "\"“"):
        return ()
    last_figure = max((m.quote_end for m in mentions_of[k + 1]), default=0)
    return tuple(key for pos, key in sources_of[k + 1]
                 if pos >= last_figure and _CLOSING.search(nxt, max(0, pos - 40), pos))


_CLOSING = re.compile(r"(?:\bsaid|\bsays|\baccording\s{1,3}to|\breported\s{1,3}by)\s{1,3}(?:the\s{1,3})?(?:[\w'-]{1,30}\s{1,3}){0,2}$", re.IGNORECASE)


def _list_item(text: str, start: int) -> bool:
    """Whether the text at ``start`` opens a list item ("* 120 soldiers killed")."""
    line = text.rfind("\n", 0, start) + 1
    bullet = _BULLET.match(text[line:start])  # (the pattern's "^" is the string's start)
    return bullet is not None and line + bullet.end() == start


def _said_colon(sents: list[Sentence], sources_of: list[list[tuple[int, str]]], k: int, *,
                opening: bool = True) -> tuple[str, ...]:
    """The reporters of an "X said:" line just before sentence ``k``, whose
    claim the paragraph starting at ``k`` carries (``opening``: an "According
    to X, ...:" line too)."""
    if 0 < k <= len(sents) and _said_colon_line(sents[k - 1].text, opening=opening):
        return tuple(key for _, key in sources_of[k - 1])
    return ()


@functools.cache
def _civilian_mark() -> re.Pattern[str]:
    """The places and gatherings that make "people" civilians (prose.toml)."""
    marks = alternation(table("prose")["civilian_marks"]["words"], space=r"\s{1,3}")
    return re.compile(rf"(?<![\w-]){marks}(?![\w-])", re.IGNORECASE)


def _context_side(sents: list[Sentence], k: int) -> str | None:
    """The side this sentence or the next gives "people": civilians when it
    marks them so ("mostly civilians", "a market"), a combatant side when it
    calls the dead its people ("The SOHR said the dead were all members of
    the security forces"); None when neither does."""
    here = sents[k]
    texts = [here.text]
    nxt = sents[k + 1] if k + 1 < len(sents) else None
    # the next sentence speaks of the same victims unless it dates an event of its own ("On 5 May",
    # "On Monday", "The next day, a shell hit a bakery")
    dates = find_dates(nxt.text) if nxt is not None and nxt.paragraph == here.paragraph else None
    if dates is not None and not (any(d.kind in ("day", "weekday", "month_day") for d in dates) or _opens_event(dates)):
        texts.append(nxt.text)
    if any(_civilian_mark().search(t) for t in texts):
        return "civilian"
    # (all of them, not a share: "Many of the victims were women and children" is not enough, the guide says)
    called = next((m for t in texts if "were" in t and (m := _THE_DEAD_WERE.search(t)) is not None
                   and not _SHARE_OF.search(t, max(0, m.start() - 12), m.start())), None)
    if called is None and ("of them" in here.text or "ostly" in here.text or "ainly" in here.text):
        # (or in apposition, as civilians are: "killing at least 9 people, most of them soldiers")
        called = _MOST_OF_THEM.search(here.text)
    # (of one side: "the dead were soldiers and civilians" are of none)
    sides = {side_of(who) for who in _LIST_JOINT.split(called.group("who"))} - {"unknown"} if called is not None else set()
    return sides.pop() if len(sides) == 1 else None


_LIST_JOINT = re.compile(r",|\s(?:and|or)\s")
_SHARE_OF = re.compile(r"(?<![\w-])of\s{1,3}$", re.IGNORECASE)
# the people of a count called by who most of them were, in apposition: "9 people, |most of them |soldiers"
_MOST_OF_THEM = re.compile(r",\s{1,3}(?:mostly|mainly|(?:most|all)\s{1,3}of\s{1,3}them)\s{1,3}(?:were\s{1,3})?(?P<who>[^,.;]{3,40})",
                           re.IGNORECASE)
# the dead called by who they were: "the dead were all |members of the security forces|"
_THE_DEAD_WERE = re.compile(r"(?<![\w-])the\s{1,3}(?:dead|victims|killed)\s{1,3}were\s{1,3}(?:(?:all|mostly|mainly)\s{1,3})?"
                            r"(?P<who>[^,.;]{3,60})", re.IGNORECASE)


def extract_incidents(articles: Articles, *,
                      validate: bool = True) -> "pd.DataFrame":
    """Every incident figure of one or more articles as a DataFrame.

    One row per figure, columns :data:`INCIDENT_COLUMNS`, validated by
    :class:`~casualtylib.IncidentSchema` (``validate=False`` skips it).
    ``articles`` is an article, a path or folder, or an iterable of them.

    >>> df = extract_incidents("seeds/004_53af8563b63003c2.txt")
    >>> print(df[["id", "date", "low", "high", "side"]].head(3).to_string(index=False))
       id       date  low  high       side
    004-1 2024-12-01    7     7 opposition
    004-2 2024-12-01    1     1 government
    004-3 2024-12-02    2  <NA> government
    """
    from .article import each_article

    rows: list[dict] = []
    for art in each_article(articles):
        rows.extend(incident_rows(art))
    return incident_frame(rows, validate=validate)


def incident_rows(art: Article) -> list[dict]:
    """The incident rows of one article as dicts of :data:`INCIDENT_COLUMNS`."""
    out = []
    for inc in incidents(art):
        row = {c: getattr(inc, c) for c in INCIDENT_COLUMNS}
        row["sources"] = list(inc.sources)
        out.append(row)
    return out


def incident_frame(rows: list[dict], *, validate: bool = True) -> "pd.DataFrame":
    """The DataFrame of incident rows, typed (and validated) for :class:`~casualtylib.IncidentSchema`."""
    import pandas as pd

    from .schemas import coerce_incidents

    frame = coerce_incidents(pd.DataFrame(rows, columns=list(INCIDENT_COLUMNS)))
    if validate:
        from .schemas import IncidentSchema

        frame = IncidentSchema.validate(frame)
    return frame
