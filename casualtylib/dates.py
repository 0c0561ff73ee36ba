"""Dates of an infobox: "1 September 2011 – 14 April 2012" to a date range.

>>> parse_date_range("1 September 2011 – 14 April 2012, ()")
DateRange(start=datetime.date(2011, 9, 1), end=datetime.date(2012, 4, 14), text='1 September 2011 – 14 April 2012, ()')
>>> r = parse_date_range("16–31 December 2012"); r.start, r.end
(datetime.date(2012, 12, 16), datetime.date(2012, 12, 31))
>>> r = parse_date_range("10 February – 19 July 2012"); r.start, r.end
(datetime.date(2012, 2, 10), datetime.date(2012, 7, 19))
>>> r = parse_date_range("March 2011 – present"); r.start, r.end
(datetime.date(2011, 3, 1), None)
"""

from __future__ import annotations

import calendar
import functools
import datetime as dt
import re
from dataclasses import dataclass, replace

from ._normalize import fold
from ._vocab import WordGate, alternation, search_near
from .numbers import value

__all__ = ["DateRange", "parse_date_range", "MONTHS", "WEEKDAYS"]

#: Month names and abbreviations to month numbers.
MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _name:
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9

#: Weekday names to their index (Monday is 0).
WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_TOKEN = re.compile(
    r"(?P<month>[A-Za-z]{3,9})\.?"
    r"|(?P<year>(?<!\d)\d{4}(?!\d))"
    r"|(?P<day>(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?!\d))"
    r"|(?P<sep>\s-\s|-|\bto\b|\buntil\b|\btill\b)"
)
_OPEN_END = re.compile(r"\b(?:present|ongoing|now|today)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateRange:
    """A period: ``start`` and ``end`` dates (``end`` None when ongoing).

    Both are None when the text holds no date. ``text`` is the source string.

    >>> r = parse_date_range("1 September 2011 – 14 April 2012")
    >>> r.start, r.end
    (datetime.date(2011, 9, 1), datetime.date(2012, 4, 14))
    """

    start: dt.date | None
    end: dt.date | None
    text: str = ""

    def __contains__(self, day: object) -> bool:
        if not isinstance(day, dt.date) or self.start is None:
            return False
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass
class _Partial:
    day: int | None = None
    month: int | None = None
    year: int | None = None

    def empty(self) -> bool:
        return self.day is None and self.month is None and self.year is None


# {{start date|2016|3|7}}, {{End date and age|2016|03|27|df=y}}
_DATE_TEMPLATE = re.compile(
    r"\{\{\s{0,3}(?:start|end)[ _]date(?:[ _]and[ _]age)?\s{0,3}\|\s{0,3}(?P<y>\d{4})"
    r"(?:\s{0,3}\|\s{0,3}(?P<m>\d{1,2}))?(?:\s{0,3}\|\s{0,3}(?P<d>\d{1,2}))?[^{}]{0,60}\}\}",
    re.IGNORECASE,
)
_BREAK = re.compile(r"<br\s{0,3}/?>|\n", re.IGNORECASE)
_PARENTHESES = re.compile(r"\([^()]{0,80}\)")
_OTHER_TEMPLATE = re.compile(r"\{\{[^{}]{0,300}\}\}")
_FOUR_DIGITS = re.compile(r"\d{4}")
_ISO_DATE = re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d-])")
# a span whose end is left blank or unknown: "5 March 2012 – ()", "June 2013 – ?"
_BLANK_END = re.compile(r"[-\u2013\u2014]\s{0,3}\??\s{0,3}$")
_FROM_ON = re.compile(r"\s{0,3}(?:from|since|starting)\s", re.IGNORECASE)  # "From 15 May 2012": and on
_OPEN_SPAN = re.compile(r"(?:[-\u2013\u2014]|\bto)\s{0,3}$")  # "16 December 2012 –" goes on on the next line


def date_template(year: str, month: str | None = None, day: str | None = None) -> str:
    """A start- or end-date template's date as text: ``date_template("2016", "3", "7") == "7 March 2016"``."""
    if month is None or not 1 <= int(month) <= 12:
        return year
    name = calendar.month_name[int(month)]
    return f"{int(day)} {name} {year}" if day else f"{name} {year}"


def _clean_infobox_date(t: str) -> str:
    """An infobox date without what is not its date: templates become their
    date, a duration in brackets goes ("(2 weeks and 6 days)"), and a line
    after the first that holds a year is another note."""
    t = _DATE_TEMPLATE.sub(lambda m: date_template(m["y"], m["m"], m["d"]), t)
    t = _ISO_DATE.sub(lambda m: date_template(m["y"], m["m"], m["d"]), t)  # "2012-03-05", as some exports write it
    t = _OTHER_TEMPLATE.sub(" ", t)  # "({{Age in years, months, weeks and days|month1=09|...}})": a duration
    t = _PARENTHESES.sub(" ", t)
    lines = [line for line in _BREAK.split(t) if line.strip()]
    if len(lines) > 1 and _FOUR_DIGITS.search(lines[0]) and not _OPEN_SPAN.search(lines[0]):
        return lines[0]
    return " ".join(lines)


def parse_date_range(text: str) -> DateRange:
    """Parse an infobox date: a day, a month, a year, or a range of them.

    Missing parts of the start are taken from the end ("16–31 December 2012"),
    a month-precise end runs to the month's last day, a year-precise end to
    31 December, and "present" or "ongoing" leaves the end open, as do a
    dash with nothing after it ("5 March 2012 – ()") and a start alone
    after "from" or "since" ("From 15 May 2012"). ISO dates are read
    ("2012-03-05"). Text with no date gives a range of Nones.

    >>> parse_date_range("16–31 December 2012").end
    datetime.date(2012, 12, 31)
    >>> parse_date_range("March 2011 – present").end is None
    True
    """
    t = _clean_infobox_date(fold(text))
    parts = [_Partial()]
    for m in _TOKEN.finditer(t):
        kind = m.lastgroup
        word = m.group()
        if kind == "month":
            month = MONTHS.get(word.lower().rstrip("."))
            if month is None:
                continue
            if parts[-1].month is not None and parts[-1].day is None and len(parts) == 1:
                parts.append(_Partial())  # "June July 2012" is not a form; treat as range
            parts[-1].month = month
        elif kind == "year":
            parts[-1].year = int(word)
        elif kind == "day":
            day = int(re.match(r"\d+", word).group())  # type: ignore[union-attr]
            if not 1 <= day <= 31:
                continue
            if (parts[-1].day is not None or parts[-1].year is not None) and len(parts) == 1:
                parts.append(_Partial())
            parts[-1].day = day
        elif kind == "sep" and not parts[-1].empty() and len(parts) == 1:
            parts.append(_Partial())
    start_p = parts[0]
    end_p = parts[1] if len(parts) > 1 and not parts[1].empty() else None
    open_end = bool(_OPEN_END.search(t) or (end_p is None and (_BLANK_END.search(t) or _FROM_ON.match(t))))
    if end_p is not None:
        start_p.year = start_p.year or end_p.year
        if start_p.month is None and start_p.day is not None:
            start_p.month = end_p.month
        end_p.year = end_p.year or start_p.year
        if end_p.month is None and end_p.day is not None:
            end_p.month = start_p.month
    start = _first_day(start_p)
    if start is None:
        return DateRange(None, None, text)
    if open_end:
        return DateRange(start, None, text)
    end = _last_day(end_p if end_p is not None else start_p)
    if end is not None and end < start:
        end = None if end_p is not None else end
    return DateRange(start, end, text)


def _first_day(p: _Partial) -> dt.date | None:
    if p.year is None:
        return None
    try:
        return dt.date(p.year, p.month or 1, p.day or 1)
    except ValueError:
        return None


def _last_day(p: _Partial) -> dt.date | None:
    if p.year is None:
        return None
    month = p.month or 12
    day = p.day or calendar.monthrange(p.year, month)[1]
    try:
        return dt.date(p.year, month, day)
    except ValueError:
        return None


# --- dates in prose -------------------------------------------------------

def _words(phrases) -> str:
    """The phrases as one alternation (a trie), spaces as up to three spaces."""
    return alternation(phrases, space=r"\s{1,3}")


_MONTH_ALT = _words(MONTHS)
_WEEKDAYS = WEEKDAYS
# the words that make a weekday a count's first day: "|since |Monday", "|since last |Tuesday"
_SINCE_WEEKDAY = re.compile(r"(?<![\w-])since\s{1,3}(?:last\s{1,3})?$", re.IGNORECASE)
#: Phrases for the day of the running date, the day after it and the day before.
_SAME = ['the same day', 'that day', 'that night', 'same day', 'on the same day', 'later that day', 'earlier that day',
         'that evening', 'that afternoon', 'that morning', 'later that night', 'the same night', 'the same evening']
_NEXT = ['the next day', 'the next morning', 'the next night', 'the following day', 'the following morning', 'the following night', 'the day after', 'a day later', 'next day',
         'the next evening', 'the following evening', 'the following afternoon', 'a day after', 'one day after', 'one day later']
#: Phrases for the month of the running date: "later that month", "by the end of the month".
_THIS_MONTH = ['that month', 'the same month', 'later that month', 'earlier that month', 'later in the month',
               'earlier in the month', 'early in the month', 'late in the month',
               'the end of the month', 'the rest of the month', 'the remainder of the month',
               # "since the beginning of the month": from its first day
               'the beginning of the month', 'the start of the month',
               # the whole of it: "Shelling killed 25 civilians during the month"
               'during the month', 'over the month', 'throughout the month', 'in the course of the month',
               'over the course of the month']
#: Phrases for the year of the running date: "later that year", "since the beginning of the year".
#: Phrases for the year before the running date's: "which had lost 200 men the year before".
_PREV_YEAR = ['the year before', 'the previous year', 'the preceding year', 'a year earlier', 'a year before']
#: Phrases for the week of the running date: "later that week" (the days after it in its week),
#: "earlier that week" (the days before it), "that week" (all seven, Monday to Sunday).
_THIS_WEEK = ['that week', 'the same week', 'later that week', 'earlier that week', 'later in the week',
              'earlier in the week',
              # the week before the running day's: its seven days
              # ("the week before" may be before an event it names: "the week before the assault")
              'the previous week', 'the preceding week']
_THIS_YEAR = ['that year', 'the same year', 'later that year', 'earlier that year', 'later in the year',
              'the end of the year', 'the beginning of the year', 'the start of the year']
#: Phrases for the period of the figure told just before: "in the same period".
_SAME_PERIOD = ['the same period', 'that period', 'the same time period', 'the same timeframe']
#: "the second day of the offensive": a day counted from the battle's first (the infobox's).
_ORDINAL_DAYS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
_BATTLE_WORDS = ["battle", "offensive", "operation", "siege", "assault", "campaign", "attack", "fighting"]
#: What the days of a count may be of: "during the three days of |fighting|" (the prose dates and the
#: relations' tallies read it).
FIGHTING_WORDS = "fighting|clashes|combat|battle|offensive|siege|assault|bombardment|shelling"
#: What before "the battle" makes a figure the whole battle's: "during the siege", "over the course
#: of the offensive", "by the end of the battle" (the prose dates and the relations' tallies read it).
WHOLE_BATTLE_LEAD = r"(?:during|throughout|(?:over|in)\s{1,3}the\s{1,3}course\s{1,3}of|by\s{1,3}the\s{1,3}end\s{1,3}of)"
#: The part of a month before a month in a run of months: "from |late| November to |early| January".
_MONTH_PART = "(?:early|mid|late|the\\s{1,3}(?:start|end|beginning|middle)\\s{1,3}of)"
# "since the start of the offensive", "since the siege began": a count from the battle's first day
_OPENINGS = ["start", "beginning", "outset"]
_BEGAN = ["began", "started", "begun"]
_SINCE_BATTLE = [*(f"since the {opening} of {owner} {what}" for opening in _OPENINGS for owner in ("the", "its", "their", "this")
                   for what in _BATTLE_WORDS),
                 *(f"since the {what} {verb}" for what in _BATTLE_WORDS for verb in _BEGAN)]
#: The weeks of a month: "the second week of May" holds days 8 to 14 ("last", its last seven).
_WEEKS = ["first", "second", "third", "fourth", "last", "final"]
_PREV = ['the previous day', 'the previous night', 'the preceding day', 'the preceding night', 'the day before', 'a day earlier', 'last night', 'the night before', 'yesterday',
         'a day before', 'one day before', 'one day earlier']
#: The words that may lead a month: "in late January", "by the end of May".
_LEAD_WORDS = ['early', 'mid', 'late', 'in', 'during', 'by', 'since', 'until', 'throughout', 'end of', 'of',
               # the month named before the running one: "since the previous December", "last December"
               'the previous', 'the preceding', 'last']
_FEW = "(?:" + _words(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                       "twelve", "fifteen", "twenty"]) + r"|\d{1,2})"

_PROSE_DATE = re.compile(
    # (a list of days: "4, 5 and 6 May" from its first)
    rf"(?<![\w-])(?:(?:(?P<r0>\d{{1,2}})(?:st|nd|rd|th)?\s{{0,2}},\s{{1,3}}(?:\d{{1,2}}(?:st|nd|rd|th)?\s{{0,2}},\s{{1,3}}){{0,3}})?"
    rf"(?:(?P<r1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s{{0,3}}[-\u2013\u2014/]\s{{0,3}}|\s{{1,3}}(?:to|and|until|till|through)\s{{1,3}}))?"
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s{{1,3}}(?:of\s{{1,3}})?(?P<m1>{_MONTH_ALT})\.?(?:,?\s{{1,3}}(?P<y1>\d{{4}}))?"
    # (the month first, as in American usage: "May 5", "the night of May 5", "May 5–7")
    rf"|(?:of\s{{1,3}})?(?P<m2>{_MONTH_ALT})\.?\s{{1,3}}(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
    rf"(?:\s{{0,2}}[-\u2013\u2014]\s{{0,2}}(?P<d2b>\d{{1,2}})(?!\d))?(?:,?\s{{1,3}}(?P<y2>\d{{4}}))?"
    # "the first week of June": its seven days
    rf"|the\s{{1,3}}(?P<wk>{_words(_WEEKS)})\s{{1,3}}week\s{{1,3}}of\s{{1,3}}(?P<m4>{_MONTH_ALT})(?:\s{{1,3}}(?P<y4>\d{{4}}))?"
    # "between February and April 2019", "from November 2012 to January": a run of months
    rf"|(?:between|from|in|during|throughout)\s{{1,3}}(?:{_MONTH_PART}\s{{1,3}})?(?P<ma>{_MONTH_ALT})(?:,?\s{{1,3}}(?P<ya>\d{{4}}))?"
    rf"\s{{1,3}}(?:and|to|until|till|through)\s{{1,3}}(?:{_MONTH_PART}\s{{1,3}})?(?P<mb>{_MONTH_ALT})(?:,?\s{{1,3}}(?P<yb>\d{{4}}))?"
    rf"|(?:{_words(_LEAD_WORDS)}[\s-]{{1,3}}){{1,2}}(?P<m3>{_MONTH_ALT})(?:\s{{1,3}}(?P<y3>\d{{4}}))?"
    rf"|(?P<weekday>{_words(_WEEKDAYS)})"
    rf"|(?P<same>{_words(_SAME)})"
    rf"|(?P<next>{_words(_NEXT)})"
    rf"|(?P<prev>{_words(_PREV)})"
    rf"|(?P<thismonth>{_words(_THIS_MONTH)})"
    # "a month later", "two months later", "the following month", "the previous month": another month
    rf"|(?P<mlater>(?:a|{_FEW})\s{{1,3}}months?\s{{1,3}}(?:later|afterwards?|after)|the\s{{1,3}}(?:following|next)\s{{1,3}}month)"
    rf"|(?P<mbefore>(?:a|{_FEW})\s{{1,3}}months?\s{{1,3}}(?:before|earlier|prior)|the\s{{1,3}}(?:previous|preceding)\s{{1,3}}month)"
    rf"|(?P<thisyear>{_words(_THIS_YEAR)})"
    rf"|(?P<thisweek>{_words(_THIS_WEEK)})"
    rf"|(?P<lastyear>{_words(_PREV_YEAR)})"
    rf"|(?P<period>{_words(_SAME_PERIOD)})"
    rf"|(?P<nlater>{_FEW}\s{{1,3}}days\s{{1,3}}(?:later|afterwards?|after))"
    rf"|(?P<nbefore>{_FEW}\s{{1,3}}days\s{{1,3}}(?:before|earlier|prior))"
    rf"|(?P<wlater>(?:a|{_FEW})\s{{1,3}}weeks?\s{{1,3}}(?:later|afterwards?|after))"
    rf"|(?P<wbefore>(?:a|{_FEW})\s{{1,3}}weeks?\s{{1,3}}(?:before|earlier|prior))"
    # "the following week": the seven days of the week after the running day's
    rf"|(?P<wnext>the\s{{1,3}}(?:following|next)\s{{1,3}}week)"
    rf"|the\s{{1,3}}(?P<nth>{_words(_ORDINAL_DAYS)})\s{{1,3}}day\s{{1,3}}of\s{{1,3}}(?:the|its|their)\s{{1,3}}{_words(_BATTLE_WORDS)}"
    rf"|since\s{{1,3}}(?P<opening>the\s{{1,3}}(?:{_words(_OPENINGS)})\s{{1,3}}of\s{{1,3}}(?:the|its|their|this)\s{{1,3}}{_words(_BATTLE_WORDS)}"
    rf"|the\s{{1,3}}{_words(_BATTLE_WORDS)}\s{{1,3}}(?:{_words(_BEGAN)})))"
    r"(?![\w-])",
    re.IGNORECASE,
)


#: The words every prose date holds one of: a month or weekday name, or the
#: day word of a relative phrase ("the next morning", "two days later").
_DAY_WORDS = ["day", "days", "night", "morning", "yesterday", "evening", "afternoon", "week", "weeks", "month", "months",
              "year", "period", "timeframe", *_OPENINGS, *_BEGAN]


def _spaced(phrase: str) -> int:
    """The longest text ``phrase`` matches, its spaces at three characters."""
    return len(phrase) + 2 * phrase.count(" ")


@functools.cache
def _anchor() -> tuple[re.Pattern[str], int, int]:
    """A cheap pattern for the keyword every prose date holds, and how far
    a date can start before its first keyword and end after it.

    :func:`_date_matches` finds the keywords with this pattern and runs
    :data:`_PROSE_DATE` only around them: the date pattern tries a long
    alternation at every word start, and most words of a sentence with a
    date are not near it. The bounds are read off the pattern's parts:
    "14th of " or "late in " before a month, "on the same " before "day";
    ", 14th, 2012" after a month, " earlier" after "days".
    """
    relative = [*_SAME, *_NEXT, *_PREV, *_THIS_MONTH, *_THIS_YEAR, *_THIS_WEEK, *_PREV_YEAR, *_SAME_PERIOD,
                *(f"{few} {unit} {later}" for few in ("fifteen", "12", "a") for unit in ("days", "weeks", "months")
                  for later in ("later", "earlier", "afterwards")), "the following week", "the next week",
                "the following month", "the preceding month",
                *(f"the {nth} day of their {what}" for nth in _ORDINAL_DAYS for what in _BATTLE_WORDS), *_SINCE_BATTLE]
    before = [len("14th   through   14th   of   "), 2 * (max(map(_spaced, _LEAD_WORDS)) + 3),
              _spaced("the second week of ") + 3]
    after = [len(".   14th,   2012"), len(",   2012   through   the   beginning   of   September,   2012")]
    for phrase in relative:
        words = phrase.split()
        first = next(i for i, w in enumerate(words) if w in _DAY_WORDS)
        before.append(_spaced(" ".join(words[:first])) + 3 if first else 0)
        after.append(_spaced(" ".join(words[first + 1:])) + 3 if first + 1 < len(words) else 0)
    keywords = alternation([*MONTHS, *_WEEKDAYS, *_DAY_WORDS])
    # a date's keyword is never inside a word of letters ("mid-November" is one)
    pattern = re.compile(rf"(?<![^\W\d_]){keywords}(?![^\W\d_])", re.IGNORECASE)
    # one more character after: the closing lookahead reads it
    return pattern, max(before), max(after) + 1


def _date_matches(text: str) -> list[re.Match[str]]:
    """What ``_PROSE_DATE.finditer(text)`` yields (a property test holds it
    to that), searched only around the keywords of :func:`_anchor`: a date
    holds its first keyword, so it starts at most ``lead`` characters
    before it and ends at most ``tail`` after it."""
    anchor, lead, tail = _anchor()
    return search_near(_PROSE_DATE, anchor, text, before=lead, after=tail,
                       holds=lambda m, core: m.start() <= core.start())


@functools.cache
def _gate() -> WordGate:
    """What every prose date holds: a month or weekday name, a relative-day
    phrase, or "days" ("two days later"). Half the sentences of an article
    hold none, and skip the date pattern."""
    return WordGate([*MONTHS, *_WEEKDAYS, *_SAME, *_NEXT, *_PREV, *_THIS_MONTH, *_THIS_YEAR, *_THIS_WEEK, *_PREV_YEAR,
                     *_SAME_PERIOD, *_SINCE_BATTLE],
                    words=[["days"], ["week"], ["weeks"], ["day", "of"], ["month"], ["months"]])


# a year on its own, after a word that makes it the time of an event: "In 2013, ...",
# "killed in the province in 2016", "by the end of 2014" (not "the 2012 offensive",
# nor a span of years, "in 2011–2012")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
# (or a part of it: "in the spring of 2014", "during the first half of 2014", "in mid-2015")
_YEAR_DATE = re.compile(
    r"(?<![\w-])(?:(?:in|during|throughout|(?:by|until|at)\s{1,3}the\s{1,3}end\s{1,3}of|(?:(?:in|during|by)\s{1,3})?(?:early|late))\s{1,3}"
    r"|(?:(?:in|during|by)\s{1,3})?mid(?:-|\s{1,3})"
    r"|(?:in|during|throughout|by|over)\s{1,3}the\s{1,3}(?:(?:early|late)\s{1,3})?(?:spring|summer|autumn|fall|winter|"
    r"(?:first|second)\s{1,3}half|(?:first|second|third|fourth|last)\s{1,3}quarter|beginning|start|middle|course|rest)"
    r"\s{1,3}of\s{1,3}"
    # (or the year of an event a relative clause tells of: "the |1982| Hama massacre, in which thousands were killed")
    r"|(?P<event>the)\s{1,3}(?=(?:19|20)\d\d\s{1,3}(?:[A-Z][\w'’-]{1,30}\s{1,3}){0,3}(?:massacres?|uprising|war|siege|battle|offensive"
    r"|attacks?|bombings?|clashes)\s{0,2},?\s{1,3}(?:in\s{1,3}which|during\s{1,3}which|which\s{1,3}(?:killed|left)|that\s{1,3}(?:killed|left))))"
    r"(?P<y>(?:19|20)\d\d)(?![\w-]|\s{0,2}[-\u2013\u2014/]\s{0,2}\d|\s{1,3}(?:to|and)\s{1,3}\d)",
    re.IGNORECASE)


# a span of years, after a word that makes it the time of events: "between 2012 and 2014", "from 2013 to
# 2015", "during 2013–14" (not "the 2012–2013 offensive", a name's; nor a count, "2000–3000 fighters")
_YEAR_SPAN = re.compile(
    r"(?<![\w-])(?:(?:between|from)\s{1,3}(?P<a>(?:19|20)\d\d)\s{1,3}(?:and|to|until|till|through)\s{1,3}(?P<b>(?:19|20)\d\d)"
    r"|(?:(?:in|during|over|throughout|from|between|of)\s{1,3})(?P<c>(?:19|20)\d\d)\s{0,2}[-\u2013\u2014/]\s{0,2}"
    r"(?P<d>(?:19|20)\d\d|\d\d))(?![\w-]|\s{0,2}[-\u2013\u2014/]\s{0,2}\d)",
    re.IGNORECASE)


def _year_mentions(text: str) -> list["DateMention"]:
    """The years a sentence names as the time of its events ("In 2013, ...")
    and its spans of years ("between 2012 and 2014": ``year`` the last,
    ``offset`` the first's distance from it, negative)."""
    out = [DateMention(m.start(), m.end(), "year", year=int(m.group("y")), offset=1 if m.group("event") else 0)
           for m in _YEAR_DATE.finditer(text)]
    for m in _YEAR_SPAN.finditer(text):
        first = int(m.group("a") or m.group("c"))
        last_text = m.group("b") or m.group("d")
        last = int(last_text) if len(last_text) == 4 else first // 100 * 100 + int(last_text)
        if first < last <= first + 30:  # (a span forward, of a war's years)
            out.append(DateMention(m.start() if m.group("a") else m.start("c"), m.end(), "year_span",
                                   year=last, offset=first - last))
    return sorted(out, key=lambda d: d.start)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date named in a sentence.

    ``kind`` is "day" or "month" for an explicit date ("14 November",
    "in late January 2012"), "year" ("In 2013, ...": ``year`` only; ``offset`` 1
    for the year of an event a relative clause tells of, "the 1982 massacre, in
    which ..."),
    "weekday" ("on Saturday", ``day`` holds the weekday number, Monday 0;
    ``offset`` 1 for "the following Sunday", the first such day after),
    "relative" ("the next day": ``offset`` days from the running date),
    "span" ("22–28 May": ``day`` is the last day, ``offset`` the first's
    distance from it, negative), "running_month" ("later that month": the
    running date's month), "running_year" ("later that year", "since the
    beginning of the year": the running date's year; ``offset`` -1 for "the year
    before"), "last_period" ("in the same period": the date
    of the figure told just before), "battle_day" ("on the second day of the offensive":
    ``offset`` days after the battle's first) or "running_week" ("later that week":
    ``offset`` 1 for the days after the running date in its week, -1 for those
    before it, 0 for all seven, -7 for the week before it, 7 for the week after it) or "month_day" ("on
    the 28th": ``day`` of the running date's month) or "year_span" ("between 2012
    and 2014", "during 2013–14": ``year`` the last, ``offset`` the first's
    distance from it, negative).
    """

    start: int
    end: int
    kind: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    offset: int = 0


@functools.lru_cache(maxsize=64)
def find_dates(text: str) -> tuple[DateMention, ...]:
    """Every date named in ``text``, in order (cached: the prose extractor
    asks for a sentence's dates several times).

    >>> [(d.kind, d.day, d.month, d.year) for d in find_dates("On 14 November 2011, and by late January")]
    [('day', 14, 11, 2011), ('month', None, 1, None)]
    >>> [(d.kind, d.offset) for d in find_dates("the next day, then two days later")]
    [('relative', 1), ('relative', 2)]
    >>> [(d.start, d.kind, d.day) for d in find_dates("on Friday, 16 March")]
    [(3, 'day', 16)]
    """
    years = _year_mentions(text) if _YEAR_DIGITS.search(text) else []
    if _ORDINAL_DIGITS.search(text):
        # "on the 28th": a day of the running month (as a year alone is, a mention beside the others)
        years = sorted([*years, *(DateMention(m.start(), m.end(), "month_day", int(m.group("d")))
                                  for m in _month_day().finditer(text))], key=lambda d: d.start)
    if not _gate().may_match(text):
        return tuple(years)
    out = []
    for m in _date_matches(text):
        g = m.groupdict()
        s, e = m.span()
        if g["m1"] or g["m2"]:
            day = int(g["d1"] or g["d2"])
            month = MONTHS[(g["m1"] or g["m2"]).lower()]
            year = g["y1"] or g["y2"]
            if not 1 <= day <= 31 or (g["m2"] and g["m2"][0].islower()):
                continue  # "may 5": the verb, not the month
            if year is None and _NAMED_AFTER.match(text, e) and _THE_BEFORE.search(text, max(0, s - 5), s):
                continue  # "the 22 May Hospital", "the 17 February Martyrs Brigade": a name
            first = int(g["r1"]) if g["r1"] else None
            if g["d2b"] and day < int(g["d2b"]) <= 31:
                first, day = day, int(g["d2b"])  # "May 5–7": from the 5th to the 7th
            if first is not None and g["r0"] and 1 <= int(g["r0"]) < first:
                first = int(g["r0"])  # "4, 5 and 6 May": from the first of the list
            elif g["r0"]:
                s = m.start("r1") if g["r1"] else m.start("d1")  # not a list of days ("12, 6 May"): the date alone
            if first is not None and 1 <= first < day:  # "between 22 and 28 May", "12–13 May"
                out.append(DateMention(s, e, "span", day, month, int(year) if year else None, offset=first - day))
                continue
            out.append(DateMention(s, e, "day", day, month, int(year) if year else None))
        elif g["ma"]:
            if g["ma"][0].islower() or g["mb"][0].islower():
                continue  # "from may to": a verb
            first, last = MONTHS[g["ma"].lower()], MONTHS[g["mb"].lower()]
            year = int(g["yb"]) if g["yb"] else (int(g["ya"]) + (last < first) if g["ya"] else None)
            # "month" with an offset: the months from ``offset`` months before ``month`` to it
            out.append(DateMention(s, e, "month", None, last, year, offset=-((last - first) % 12)))
        elif g["m4"]:
            if g["m4"][0].islower():
                continue
            month = MONTHS[g["m4"].lower()]
            year = int(g["y4"]) if g["y4"] else None
            n = _WEEKS.index(g["wk"].lower())
            last = min(7 * (n + 1), 28) if n < 4 else calendar.monthrange(year or 2001, month)[1]
            out.append(DateMention(s, e, "span", last, month, year, offset=-6))
        elif g["m3"]:
            if g["m3"][0].islower():
                continue  # "in may": the verb
            out.append(DateMention(s, e, "month", None, MONTHS[g["m3"].lower()], int(g["y3"]) if g["y3"] else None))
        elif g["weekday"]:
            if not g["weekday"][0].isupper():
                continue
            # "the following Sunday", "next Friday": the first such day after the running day
            forward = _FORWARD_WEEKDAY.search(text, max(0, s - 24), s) is not None
            out.append(DateMention(s, e, "weekday", _WEEKDAYS[g["weekday"].lower()], offset=1 if forward else 0))
        elif g["same"]:
            out.append(DateMention(s, e, "relative", offset=0))
        elif g["next"]:
            out.append(DateMention(s, e, "relative", offset=1))
        elif g["prev"]:
            out.append(DateMention(s, e, "relative", offset=-1))
        elif g["thismonth"]:
            out.append(DateMention(s, e, "running_month"))
        elif g["mlater"] or g["mbefore"]:
            # a month away from the running one: offset in months
            raw = (g["mlater"] or g["mbefore"]).split()[0].lower()
            n = 1 if raw in ("a", "the") else value(raw)
            out.append(DateMention(s, e, "running_month", offset=n if g["mlater"] else -n))
        elif g["thisweek"]:
            phrase = g["thisweek"].lower()
            offset = -7 if phrase.split()[-2] in ("previous", "preceding") \
                else 1 if "later" in phrase else -1 if "earlier" in phrase else 0
            out.append(DateMention(s, e, "running_week", offset=offset))
        elif g["thisyear"]:
            out.append(DateMention(s, e, "running_year"))
        elif g["lastyear"]:
            out.append(DateMention(s, e, "running_year", offset=-1))
        elif g["period"]:
            out.append(DateMention(s, e, "last_period"))
        elif g["wnext"]:
            out.append(DateMention(s, e, "running_week", offset=7))
        elif g["nth"]:
            out.append(DateMention(s, e, "battle_day", offset=_ORDINAL_DAYS.index(g["nth"].lower())))
        elif g["opening"]:
            # "since the start of the offensive": its first day, from after "since" (a count's start)
            out.append(DateMention(m.start("opening"), e, "battle_day", offset=0))
        else:
            raw = (g["nlater"] or g["nbefore"] or g["wlater"] or g["wbefore"]).split()[0].lower()
            n = 1 if raw == "a" else value(raw)
            n *= 7 if g["wlater"] or g["wbefore"] else 1
            out.append(DateMention(s, e, "relative", offset=n if g["nlater"] or g["wlater"] else -n))
    if years:
        out = sorted([*out, *(y for y in years if not any(d.start <= y.start < d.end for d in out))],
                     key=lambda d: d.start)
    # "between 16 September and 6 October", "16 September – 6 October": one span across months
    # (and "On 31 May and 1 June, 25 rebels were killed": the days of one figure, close together;
    # "on 5 May and 19 May" tells two events)
    for i in range(len(out) - 2, -1, -1) if len(out) > 1 else ():
        a, b = out[i], out[i + 1]
        if a.kind != "day" or b.kind != "day":
            continue
        spanned = _SPAN_DASH.fullmatch(text, a.end, b.start) or (
            _SPAN_JOIN.fullmatch(text, a.end, b.start) and _SPAN_LEAD.search(text, max(0, a.start - 12), a.start))
        paired = not spanned and _AND.fullmatch(text, a.end, b.start) and _ON_LEAD.search(text, max(0, a.start - 4), a.start)
        offset = _days_from(a, b) if spanned or paired else None
        if offset is not None and (spanned or offset >= -_ON_AND_REACH):
            year = b.year or (a.year + (b.month < a.month) if a.year else None)
            out[i:i + 2] = [DateMention(a.start, b.end, "span", b.day, b.month, year, offset=offset)]
    # "on Friday, 16 March": one date, the day named beside its weekday; the weekday says no more
    for i in range(len(out) - 2, -1, -1):
        if out[i].kind == "weekday" and out[i + 1].kind == "day" \
                and _WEEKDAY_APPOSITION.fullmatch(text, out[i].end, out[i + 1].start):
            out[i:i + 2] = [replace(out[i + 1], start=out[i].start)]
    # "On 29 August, a bomber struck during Friday prayers": a weekday after the day the sentence
    # names is that day's (or of its week), not a day before it
    first_day = next((d.start for d in out if d.kind in ("day", "span")), None) if len(out) > 1 else None
    if first_day is not None:
        # "The bombing of 14 May was the deadliest in the suburb that year; the toll later rose to 17":
        # "that year" after the day the sentence names is the day's year, no time of its own
        out = [d for d in out if not (d.kind in ("running_year", "running_month") and d.start > first_day
                                      and text[d.start:d.end].lower().startswith(("that", "the same", "same")))]
        # (but "the toll from Tuesday's bombing": the day of the event it names; "killed since
        # Monday": the day a count starts)
        out = [d for d in out if not (d.kind == "weekday" and d.start > first_day and not text.startswith(("'s", "’s"), d.end)
                                      and not _SINCE_WEEKDAY.search(text, max(0, d.start - 16), d.start))]
        # "On 2 July, ten days after the start of the operation": counted from another event,
        # not from the day the sentence names
        out = [d for d in out if not (d.kind == "relative" and _AFTER_AN_EVENT.match(text, d.end - 5))]
    return tuple(out)


# a day of the month named alone, after a word of when: "killed by shelling on |the 28th|" (not "the
# 3rd of May", which the prose date reads, nor "the 4th Division", a name)
_ORDINAL_DIGITS = re.compile(r"\d(?:st|nd|rd|th)(?![\w-])")
#: What after "the 13th" makes it an ordinal of another thing: a unit ("from the 13th brigade"), a day of
#: the battle ("the 5th day") or a time ("the 20th century").
_NOT_A_DAY_AFTER = ["brigade", "division", "regiment", "battalion", "corps", "army", "armoured", "armored", "mechanised",
                    "mechanized", "infantry", "special", "century", "anniversary", "floor", "time", "round", "day", "week",
                    "month", "year", "of the", "of jan", "of feb", "of mar", "of apr", "of may", "of jun", "of jul",
                    "of aug", "of sep", "of oct", "of nov", "of dec", "jan", "feb", "mar", "apr", "may", "jun", "jul",
                    "aug", "sep", "oct", "nov", "dec"]


@functools.cache
def _month_day() -> re.Pattern[str]:
    """A day of the month named alone after a word of when ("on the 28th")."""
    not_after = alternation(_NOT_A_DAY_AFTER, space=r"\s{1,3}")
    return re.compile(rf"(?<![\w-])(?:on|by|until|till|since|from|before|after)\s{{1,3}}the\s{{1,3}}"
                      rf"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?![\w-])(?!\s{{1,3}}(?:of\s{{1,3}})?(?-i:[A-Z]))"
                      rf"(?!\s{{1,3}}(?:{not_after})(?![\w-]))", re.IGNORECASE)


# a name that holds a day: "the 22 May Hospital", "the 17 February Martyrs Brigade", "the 23 March
# Movement" (but "the 10 May Damascus bombings" is a day)
_NAME_HEADS = ["hospital", "brigade", "brigades", "battalion", "battalions", "movement", "bridge", "square",
               "street", "stadium", "university", "school", "mosque", "camp", "martyrs", "revolution",
               "front", "coalition", "division", "regiment", "group", "forces", "alliance", "party", "avenue"]
_NAMED_AFTER = re.compile(rf"(?:\s{{1,3}}[A-Z][\w'’-]{{1,20}}){{0,2}}\s{{1,3}}(?i:{_words(_NAME_HEADS)})(?![\w-])")
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s{1,3}$")
# a relative phrase counted from an event it names: "ten days |after the start of ..."
_AFTER_AN_EVENT = re.compile(r"after\s{1,3}[^\W\d_]", re.IGNORECASE)


_FORWARD_WEEKDAY = re.compile(r"(?<![\w-])(?:the\s{1,3})?(?:following|next|ensuing)\s{1,3}$", re.IGNORECASE)
_WEEKDAY_APPOSITION = re.compile(r",?\s{1,2}(?:the\s{1,2})?")
# what joins the two days of a span: a dash, or "and"/"to" after "between"/"from"
_SPAN_DASH = re.compile(r"\s{0,3}[-\u2013\u2014]\s{0,3}")
_SPAN_JOIN = re.compile(r"\s{1,3}(?:and|to|until|till|through)\s{1,3}", re.IGNORECASE)
_SPAN_LEAD = re.compile(r"(?<![\w-])(?:between|from)\s{1,3}$", re.IGNORECASE)
# "|on |31 May |and |1 June": two days of one figure, at most a week apart
_AND = re.compile(r"\s{1,3}and\s{1,3}")
_ON_LEAD = re.compile(r"(?<![\w-])on\s{1,3}$", re.IGNORECASE)
_ON_AND_REACH = 6


def _days_from(first: DateMention, last: DateMention) -> int | None:
    """How many days ``first`` lies before ``last`` (negative), or None when
    it does not lie before it within half a year. A year left out is the other
    day's (the year before it, for a span over New Year's Day); with none,
    a leap year, so that 29 February is a day."""
    last_year = last.year or (first.year + (last.month < first.month) if first.year else 2000)
    first_year = first.year or (last_year - 1 if first.month > last.month else last_year)
    try:
        days = (dt.date(first_year, first.month, first.day) - dt.date(last_year, last.month, last.day)).days
    except (ValueError, TypeError):
        return None
    return days if -184 < days < 0 else None


def year_for(month: int, day: int | None, period: DateRange, fallback: int | None) -> int | None:
    """The year a month (and day) with no year falls in: the heading's year
    (``fallback``) when known, else the year that puts it inside ``period``.

    >>> r = parse_date_range("1 September 2011 – 14 April 2012")
    >>> year_for(2, 3, r, None), year_for(11, None, r, None), year_for(11, 1, r, 2013)
    (2012, 2011, 2013)
    """
    if fallback is not None:
        return fallback
    if period.start is None:
        return None
    last = (period.end or period.start).year
    for year in range(period.start.year, last + 1):
        try:
            first = dt.date(year, month, day or 1)
        except ValueError:
            continue
        end = dt.date(year, month, day or calendar.monthrange(year, month)[1])
        if period.start <= end and (period.end is None or first <= period.end):
            return year
    return period.start.year
