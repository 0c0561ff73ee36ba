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
import datetime as dt
import re
from dataclasses import dataclass

from ._normalize import fold

__all__ = ["DateRange", "parse_date_range", "MONTHS"]

#: Month names and abbreviations to month numbers.
MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _name:
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9

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


def parse_date_range(text: str) -> DateRange:
    """Parse an infobox date: a day, a month, a year, or a range of them.

    Missing parts of the start are taken from the end ("16–31 December 2012"),
    a month-precise end runs to the month's last day, a year-precise end to
    31 December, and "present" or "ongoing" leaves the end open. Text with no
    date gives a range of Nones.
    """
    t = fold(text)
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
    open_end = bool(_OPEN_END.search(t))
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
