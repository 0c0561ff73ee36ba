"""Relations between the incident figures of one article.

Part-of links ("including two officers") are set where the sentence says so
(:mod:`casualtylib.prose`); :func:`link` adds the links that need the
whole article, one per row, in the annotation guide's vocabulary:

- ``update_of:<id>``: a later, corrected or cumulative count of the same
  event ("the death toll was later updated to 22", "in all 100"): same side
  and outcome, the same day or the same paragraph, an update word;
- ``duplicate_of:<id>``: the same deaths told again: same side, outcome and
  count, on the same day, or on a day of the month the other gives with the
  same place (spellings vary: "Qalaat al-Madyaq", "Qalaat al-Madiq"), or in a
  sentence the article repeats (unless the two name different days: "On 3
  May, five soldiers were killed in Morek" and "On 4 May, ..." are two
  events);
- ``alternative_of:<id>``: another source's different count of the same
  event: a sentence that says so ("another report put the death toll at",
  "gave a different death toll", with the outcome free to differ between
  killed, executed and killed-or-wounded; of the same day, or of the same
  paragraph when the date is a month or a year), or, without such words, the same
  day, side, outcome, place and paragraph from another named source (or,
  after the article's own count, from a reporter opening the very next
  sentence: "... killing 15 soldiers. State media reported only 5 deaths.");
- ``part_of:<id>``, besides the sentence's own: the figures a later tally
  of their side holds ("the number of soldiers killed since 5 May at 73",
  "had been killed since the start of the offensive", "the total death
  toll of the siege", "killed during the offensive" told of no day), of its
  outcome and people and inside its days; and the body's figures a total
  of the lead holds ("The battle left at least 120 soldiers dead").

A sentence opening a new event ("Separately, ...", "Meanwhile") links to
nothing, nor does a figure that counts more people ("a further 20",
"another 4"). The reconciler sums only rows with no duplicate, alternative or
part link, and replaces an updated figure by its update.

Examples: see ``tests/test_relations.py`` and ``tests/test_incidents.py``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from collections import Counter
from itertools import islice
from dataclasses import replace
from typing import TYPE_CHECKING

from ._vocab import WordGate, alternation, table, word_set
from .dates import FIGHTING_WORDS, MONTHS, WHOLE_BATTLE_LEAD, find_dates
from .outcomes import counted_as
from .sources import DEMONYM, reporting_verbs

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from .prose import Incident

__all__ = ["link", "RELATIONS", "same_place"]

#: The relation kinds of the annotation guide.
RELATIONS = ("duplicate_of", "alternative_of", "part_of", "update_of")

# Outcomes one death toll may be reported as, by different sources.
_TOLL = frozenset({"killed", "executed", "killed_or_wounded"})


@functools.cache
def _words(section: str, key: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){alternation(table('prose')[section][key])}(?![\w-])", re.IGNORECASE)


def _new_event(sentence: str) -> bool:
    return bool(_words("relations", "new_event").match(sentence.lstrip(" \"“(")))


_NOT_WORD = re.compile(r"[^\w\s]")


@functools.lru_cache(maxsize=64)
def _word_list(text: str) -> tuple[tuple[str, ...], Counter[str]]:
    """A sentence's words, lower case, punctuation dropped, and their counts."""
    words = tuple(_NOT_WORD.sub(" ", text.lower()).split())
    return words, Counter(words)


@functools.lru_cache(maxsize=256)
def _repeated(a: str, b: str) -> bool:
    """Whether one sentence repeats the other, as edited articles often do:
    most words of the shorter one (80%, at least six words) stand,
    in order, in the longer one. Cached: the figures of two sentences ask
    for the same pair of sentences many times."""
    (x, cx), (y, cy) = sorted((_word_list(a), _word_list(b)), key=lambda w: len(w[0]))
    if len(x) < 6:
        return False
    if sum((cx & cy).values()) < 0.8 * len(x):
        return False  # too few words in common even out of order
    shared = sum(block.size for block in difflib.SequenceMatcher(None, x, y, autojunk=False).get_matching_blocks())
    return shared >= 0.8 * len(x)


def same_place(a: str | None, b: str | None) -> bool:
    """Whether two place names are one place, allowing for transliteration.

    >>> same_place("Qalaat al-Madyaq", "Qalaat al-Madiq"), same_place("Hama", "Homs")
    (True, False)
    >>> same_place("Idlib", "Idlib Province"), same_place(None, "Hama")
    (True, False)
    """
    if not a or not b:
        return False
    x, y = (re.sub(r"\b(?:al|el|ad|as|ar|province|governorate|city)\b|[^a-z]", "", s.lower()) for s in (a, b))
    if not x or not y:
        return False
    return x in y or y in x or difflib.SequenceMatcher(None, x, y).ratio() >= 0.85


def _month_holds(a: "Incident", b: "Incident") -> bool:
    """One figure's month-precise date holds the other's day."""
    for m, d in ((a, b), (b, a)):
        if m.date_precision == "month" and d.date_precision == "day" and d.date and d.date.startswith(f"{m.date}-"):
            return True
    return False


def _told_of_the_day_before(row: "Incident", earlier: "Incident", text: str | None) -> bool:
    """Whether ``row`` is a report told the next day of the day ``earlier``
    is of, in the paragraph after its own: "On 15 May, SANA reported that 25
    people had been killed in the bombing ... the previous day"."""
    if text is None or not any(d.kind == "relative" and d.offset < 0 for d in find_dates(row.sentence)):
        return False
    lo, hi = sorted((earlier.end, row.start))
    return text.count("\n\n", lo, hi) == 1


def _same_paragraph(text: str | None, a: "Incident", b: "Incident") -> bool:
    if text is None:
        return True
    lo, hi = sorted((a.end, b.start))
    return "\n\n" not in text[lo:hi]


@functools.cache
def _report_first() -> re.Pattern[str]:
    """A sentence that opens on its reporting frame, a few words and a verb
    ("State media reported", "According to activists"), with no word of
    another time or event among them ("Later that day, activists said")."""
    verbs = reporting_verbs()
    other = alternation(["later", "meanwhile", "elsewhere", "separately", "another", "next", "then", "following",
                         "earlier", "after", "before", "on", "in", "during", "by"])
    return re.compile(rf"(?:(?!{other}(?![\w-]))[\w'’.-]{{1,30}}[\s,]{{1,3}}){{0,5}}?(?:{verbs}|according\s{{1,3}}to)(?![\w-])",
                      re.IGNORECASE)


def _told_first(row: "Incident") -> bool:
    """Whether ``row``'s sentence is a report of a count before anything
    else: it opens on its reporter and verb, and its figure comes after them."""
    m = _report_first().match(row.sentence.lstrip(" \"“("))
    return m is not None and m.end() <= row.sentence.find(row.quote)


def _next_sentence(text: str | None, a: "Incident", b: "Incident") -> bool:
    """Whether ``b``'s sentence follows ``a``'s with nothing but space between."""
    if text is None:
        return False
    a_end = a.start - max(0, a.sentence.find(a.quote)) + len(a.sentence)
    b_start = b.start - max(0, b.sentence.find(b.quote))
    return a_end <= b_start and not text[a_end:b_start].strip()


@functools.lru_cache(maxsize=64)
def _sentence_marks(sentence: str) -> tuple[bool, tuple[tuple[int, int], ...]]:
    """Whether a sentence has an update word, and the spans of its
    alternative-report phrases (each pattern searched only when the gate
    finds its words)."""
    updates, alternative = _mark_gates()
    spans = tuple(m.span() for m in _words("relations", "alternative").finditer(sentence)) \
        if alternative.may_match(sentence) else ()
    return updates.may_match(sentence) and bool(_words("updates", "words").search(sentence)), spans


# what ends a figure's clause before a later alternative-report phrase: that
# phrase is another figure's ("93 deaths in Hamouriyah; HRW put the figure at 80")
_CLAUSE_BREAK = re.compile(r";|\d|(?<![\w-])(?:but|while|whereas|though|although|however)(?![\w-])", re.IGNORECASE)


def _marks(row: "Incident") -> tuple[bool, bool]:
    """Whether ``row``'s sentence has an update word, and whether an
    alternative-report phrase speaks of ``row``: one before its figure
    ("Another report put the death toll at 31"), or after it in its clause
    ("22 soldiers died, according to another report"), not one of a later
    figure's clause nor one that gives its own count ("..., and the SOHR put
    the toll at 15")."""
    updates, spans = _sentence_marks(row.sentence)
    if not spans:
        return updates, False
    at = row.sentence.find(row.quote)
    if at < 0:
        return updates, True
    end = at + len(row.quote)
    return updates, any(s < end or not (_CLAUSE_BREAK.search(row.sentence, end, s) or _OWN_COUNT.match(row.sentence, e))
                        for s, e in spans)


# a count straight after an alternative-report phrase is the phrase's own: "(killed 12 people,
# and the SOHR) put the toll| at 15"
_OWN_COUNT = re.compile(r"[^.;,]{0,25}?\d")


@functools.cache
def _mark_gates() -> tuple[WordGate, WordGate]:
    """The words of the update marks and of the alternative-report phrases."""
    t = table("prose")
    return WordGate(t["updates"]["words"]), WordGate(t["relations"]["alternative"])


# A count of more people than those told before: "a further 20", "an
# additional 3 soldiers", "another 5", "three more" (in "8 were killed and 40
# more were wounded", "more" sets the wounded apart from the dead: another
# outcome, which no rule links anyway).
@functools.cache
def _additional_pattern() -> re.Pattern[str]:
    cardinals = alternation(list(table("numbers")["cardinals"]) + ["dozen"])
    return re.compile(
        rf"(?<![\w-])(?:a\s{{1,3}}further|an\s{{1,3}}additional)\s{{1,3}}\S"
        rf"|(?<![\w-])another\s{{1,3}}(?:\d|{cardinals}(?![\w-]))"
        # "Three more died of their wounds": more of the same outcome (linked only within one outcome)
        rf"|(?<![\w-])(?:\d[\d,]{{0,9}}|{cardinals})\s{{1,3}}more(?![\w-])"
        # "Six people were also killed in Aleppo", "Two rebels also died": others, besides
        rf"|(?<![\w-])also\s{{1,3}}(?:been\s{{1,3}})?(?:(?:reportedly|reported)\s{{1,3}})?"
        rf"(?:killed|died|perished|wounded|injured|captured|executed|arrested|abducted|kidnapped|shot)(?![\w-])",
        re.IGNORECASE,
    )


def _additional(row: "Incident") -> bool:
    """Whether ``row`` counts people in addition to those told before it:
    the words around its count say so."""
    at = row.sentence.find(row.quote)
    if at < 0:
        return False
    return bool(_additional_pattern().search(row.sentence, max(0, at - 14), at + len(row.quote)))


def _named_again(row: "Incident", recent: list["Incident"]) -> "Incident":
    """``row`` (one person of no side, named) linked as a duplicate of the
    figure just before it, of another sentence, that counted one person of
    that outcome and that day by a phrase holding the name's last word ("the
    74-year-old brother of ... Hussein Harmoush", then "Muhammad Harmoush
    was abducted"), taking its side; or ``row`` unchanged."""
    words = row.subject.split()
    if row.low != 1 or row.high != 1 or len(words) < 2 or not all(w[:1].isupper() for w in words) or len(words[-1]) < 4:
        return row
    name = re.compile(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])")
    e = next((e for e in reversed(recent) if e.sentence != row.sentence), None)
    if e is None or e.relation is not None or (e.low, e.high, e.outcome, e.date) != (1, 1, row.outcome, row.date) \
            or not name.search(e.quote) or name.fullmatch(e.subject):
        return row
    return replace(row, relation=f"duplicate_of:{e.id}", side=e.side)


def _more_told_again(row: "Incident", recent: list["Incident"]) -> bool:
    """Whether "more" people of ``row`` are the "more" of an earlier figure
    told again: "killed eight soldiers and wounded 40 more ... Eight were
    killed and at least 40 more were wounded" (the answer key's 002-21): of
    the same day, side and count, in a sentence whose other figure its own
    sentence told again already."""
    repeated = {r.relation.partition(":")[2] for r in recent if r.sentence == row.sentence
                and (r.relation or "").startswith("duplicate_of:")}
    told = {r.sentence for r in recent if r.id in repeated}
    return bool(told) and any(e.sentence in told and e.outcome == row.outcome and e.low == row.low and e.date == row.date
                              and e.side == row.side and _additional(e) for e in recent)


def _widens(row: "Incident", earlier: "Incident") -> bool:
    """Whether ``row``'s combined outcome holds ``earlier``'s: an update may count more outcomes
    than the figure it corrects ("72 defectors were killed ... in all 100 defectors were killed or
    wounded", the answer key's 002-48)."""
    return row.outcome != earlier.outcome and earlier.outcome in row.outcome.split("_or_")


def _same_low(row: "Incident", earlier: "Incident") -> bool:
    """The same count, or one whose high the other leaves open: "at least 40 more were wounded"
    tells "wounded 40 more" again."""
    return (earlier.low, earlier.high) == (row.low, row.high) or (earlier.low == row.low and None in (earlier.high, row.high))


def _relation(row: "Incident", earlier: "Incident", text: str | None, marks: tuple[bool, bool]) -> str | None:
    """The link from ``row`` to an ``earlier`` figure of the same side, or
    None; ``marks`` are ``_marks(row)``."""
    same_outcome = earlier.outcome == row.outcome
    updates, alternative = marks
    if _lost_by_another(row, earlier.subject) or _lost_by_another(earlier, row.subject) \
            or (loser := _loser(row)) is not None and (other := _loser(earlier)) is not None and loser != other:
        return None  # "ISIL lost 45 militants. The YPG said it lost 6 fighters": another group's dead
    wider = updates and _widens(row, earlier)
    if not same_outcome and not alternative and not wider:
        return None  # every rule below but two needs the same outcome, those an alternative or update phrase
    same_count = (earlier.low, earlier.high) == (row.low, row.high)
    told_again = _same_low(row, earlier)
    # the same day, or the same span of days ("over the previous three days" ... "in the same period")
    same_day = row.date_precision in ("day", "range") and row.date == earlier.date
    other_day = row.date_precision == earlier.date_precision == "day" and row.date != earlier.date
    if told_again and same_outcome and not other_day and _repeated(earlier.sentence, row.sentence):
        return "duplicate_of"
    if told_again and same_outcome and _told_as_known(row) and _same_people(earlier.subject, row.subject):
        # "funerals were held for the 23 victims of the bombing": the dead told of before, on any day
        # ("killed at least four civilians ... The four died in random firing": those four)
        return "duplicate_of"
    # (a toll named by the event it counts is a later count of it, whatever its verb: "a suicide bomber killed
    # 13 soldiers. The SOHR put the death toll from the bombing at 17 the following day")
    if (same_outcome or wider) and not same_count and (updates and (same_day or _same_paragraph(text, earlier, row)
                                                         or _own_revision(row, earlier)
                                                         or _toll_days_on(row, earlier) and not _attack_told_first(text, row))
                                            or _same_event(row, earlier)) \
            and _same_people(earlier.subject, row.subject):
        # (not of others of the side: "2,500 ISIL militants" updates no "6 GNA fighters")
        return "update_of"
    if told_again and same_outcome and (same_day or _month_holds(earlier, row)) \
            and (same_place(earlier.location, row.location) if not same_day
                 else earlier.location is None or row.location is None or same_place(earlier.location, row.location)):
        # (the same count of the same day somewhere else is another event: "9 soldiers were killed in
        # Daraa. Nine soldiers were also reported killed in Idlib.")
        return "duplicate_of"
    # (a day's or a span's count anywhere; a coarser date is shared by a whole section's
    # events, so only a figure of the same paragraph is what the phrase counts again)
    if alternative and {row.outcome, earlier.outcome} <= _TOLL and not same_count \
            and (same_day or (_month_holds(earlier, row) or row.date == earlier.date) and _same_paragraph(text, earlier, row)):
        return "alternative_of"
    # another reporter's count of that day's toll: after another reporter's, anywhere in the
    # paragraph; after the article's own (no reporter), in the very next sentence
    # ("..., killing at least 15 soldiers. State media reported only 5 deaths.")
    if same_day and same_outcome and not same_count and row.sources \
            and (earlier.sources and not set(row.sources) & set(earlier.sources)
                 and (_same_paragraph(text, earlier, row) or _told_of_the_day_before(row, earlier, text))
                 or not earlier.sources and _next_sentence(text, earlier, row) and _told_first(row)) \
            and (earlier.location is None or row.location is None or same_place(earlier.location, row.location)) \
            and _same_people(earlier.subject, row.subject):
        return "alternative_of"
    # a reporter's estimate of those people right after the article's own count, of its date however
    # coarse: "Some 60 rebels died in the summer of 2014. Pro-government sources put the rebels' dead at over 100."
    if same_outcome and not same_count and row.sources and not earlier.sources and row.date == earlier.date \
            and _ESTIMATE_PUT.match(row.quote) and _next_sentence(text, earlier, row) and _same_paragraph(text, earlier, row) \
            and _same_people(earlier.subject, row.subject):
        return "alternative_of"
    return None


def _told_as_known(row: "Incident") -> bool:
    """Whether ``row``'s count is given as one the reader knows, after "the"
    ("for |the| 23 victims of the bombing"), not a count of its own."""
    at = row.sentence.find(row.quote)
    return at > 0 and (row.quote[:1].isdigit() or row.quote.split(None, 1)[0].lower() in _count_words()) \
        and _THE_BEFORE_COUNT.search(row.sentence, max(0, at - 8), at) is not None


@functools.cache
def _count_words() -> frozenset[str]:
    from .numbers import number_words

    return frozenset(w.lower() for w in number_words())


_THE_BEFORE_COUNT = re.compile(r"(?<![\w-])(?:the|these|those)\s{1,3}$", re.IGNORECASE)


# a figure given as an estimate: "|put the rebels' dead at| over 100", "|estimated their losses at| 300"
_ESTIMATE_PUT = re.compile(r"(?:put|puts|putting|placed|placing|estimated|estimating)\s", re.IGNORECASE)


def _own_revision(row: "Incident", earlier: "Incident") -> bool:
    """Whether ``row`` may be a reporter's revision of its own ``earlier``
    count of the same people: "The SOHR reported that ... 30 pro-government
    fighters died" ... "the SOHR raised the toll of pro-government fighters
    to 73" (in another paragraph, on a later day). Both are of a day, at
    most :data:`_REVISION_DAYS` apart (a count weeks later is of another
    event); a total of a span or of the battle ("In total, ... during the
    battle") is a tally, which holds the counts before it."""
    if not row.subject or not earlier.subject or set(row.sources).isdisjoint(earlier.sources):
        return False
    # (the same people, or named with fewer words: "61 militants" revises "35 ISIL militants")
    mine, theirs = _stems(row.subject), _stems(earlier.subject)
    return (mine <= theirs or theirs <= mine) and _days_on(row, earlier, _REVISION_DAYS)


def _days_on(row: "Incident", earlier: "Incident", most: int) -> bool:
    """Whether both figures are of a day, ``row``'s at most ``most`` days
    after ``earlier``'s (the same day too)."""
    if not (row.date_precision == earlier.date_precision == "day" and row.date and earlier.date):
        return False
    return 0 <= (dt.date.fromisoformat(row.date) - dt.date.fromisoformat(earlier.date)).days <= most


def _toll_days_on(row: "Incident", earlier: "Incident") -> bool:
    """Whether ``row`` is a bare toll ("By the next day, the death toll had
    risen to 70": no people named) told at most :data:`_TOLL_DAYS` days after
    the figure ``earlier``, in a paragraph of its own: the toll of that
    event, as it stood later."""
    if row.subject or "toll" not in row.quote.lower() or _TOLL_OF_EVENT.search(row.quote):
        return False  # (a toll naming its event is that event's: _same_event)
    return _days_on(row, earlier, _TOLL_DAYS)


def _attack_told_first(text: str | None, row: "Incident") -> bool:
    """Whether ``row``'s paragraph tells an attack before ``row``'s sentence:
    "Early on 27 May, shells hit the market. By nightfall, the death toll had
    reached 31" is that attack's toll, no later count of one told before."""
    if text is None:
        return False
    opening = text.rfind("\n\n", 0, row.start) + 2
    at = text.find(row.sentence, opening, row.start + len(row.sentence))
    return opening < at <= row.start and _ATTACK.search(text, opening, at) is not None


# a deed of war that kills: the event a toll after it in its paragraph counts
_ATTACK = re.compile(r"(?<![\w-])(?:bomb(?:s|ing|ed)?|attack(?:s|ed)?|strikes?|struck|air\s{1,3}strikes?|airstrikes?"
                     r"|shell(?:s|ed|ing)?|massacre|ambush(?:ed)?|explosion|exploded|blast|raid(?:s|ed)?|hit"
                     r"|opened\s{1,3}fire|fired)(?![\w-])", re.IGNORECASE)

#: How many days after a figure a bare toll may give its later count.
_TOLL_DAYS = 2

#: How many days after a reporter's count its revision may come.
_REVISION_DAYS = 3

# a toll named by the event it counts: "the death toll |from the bombings| had risen to 70"
_TOLL_OF_EVENT = re.compile(r"(?<![\w-])toll\s{1,3}(?:from|of|in)\s{1,3}(?:the|that|this|these|those|its|their)\s{1,3}"
                            r"(?:[\w-]{1,20}\s{1,3}){0,2}?(?P<event>bomb|massacre|explosion|blast|attack|strike|airstrike|air\s{1,3}strike"
                            r"|raid|shelling|ambush|assault)(?:ing)?s?(?![\w-])", re.IGNORECASE)
#: How many days after an event a toll named by it may update its count.
_EVENT_DAYS = 7


def _same_event(row: "Incident", earlier: "Incident") -> bool:
    """Whether ``row`` is a later toll of the event ``earlier`` counted, named
    by it ("On 10 May, twin car bombs ... killing 55 people" ... "On 11 May,
    the SOHR said the death toll from the bombings had risen to 70"): the
    toll names an event whose word ``earlier``'s sentence holds, at most
    :data:`_EVENT_DAYS` days on."""
    m = _TOLL_OF_EVENT.search(row.quote)
    if m is None or " ".join(m.group("event").lower().split())[:5] not in earlier.sentence.lower():
        return False
    return _days_on(row, earlier, _EVENT_DAYS)


def _same_people(a: str, b: str) -> bool:
    """Whether two subjects of one side may count the same people: one
    names none ("5 deaths"), they share a word ("soldiers", "Syrian
    soldiers"), or neither names a group the other does not ("terrorists"
    and "fighters", as two parties call one enemy); "4 rebels" and "12 ISIL
    fighters" are others, whatever side both are of."""
    if not a or not b or _whole_government(a) or _whole_government(b):
        return True  # ("Government forces: 300+ killed" holds the NDF's dead: every one of its side)
    if _anyone(a) or _anyone(b):
        return True  # ("losing 22 of their men": men of whatever group of the side)
    names_a, names_b = _group_names(a), _group_names(b)
    if names_a and names_b and names_a.isdisjoint(names_b):
        return False  # "20 SDF fighters" and "52 ISIL fighters": another group's, whatever noun they share
    return bool(_stems(a) & _stems(b)) or set(_NAME_WORD.findall(a)) == set(_NAME_WORD.findall(b))


def _anyone(subject: str) -> bool:
    """Whether ``subject`` names people of no group ("men", "their own men",
    "personnel"): any group of its side may be theirs."""
    words = {w.lower() for w in _WORD.findall(subject)}
    return bool(words) and words <= word_set("prose", "relations", "anyone")


@functools.lru_cache(maxsize=512)
def _whole_government(subject: str) -> bool:
    """Whether ``subject`` names the government's side as a whole ("Government
    forces", "pro-regime forces"), no group of it ("government soldiers" is
    soldiers)."""
    words = {w.lower() for w in _WORD.findall(subject)}
    return bool(words) and words <= word_set("prose", "relations", "whole_government") \
        and not words.isdisjoint({"government", "pro-government", "regime", "pro-regime", "loyalist", "loyalists"})


@functools.lru_cache(maxsize=512)
def _group_names(subject: str) -> frozenset[str]:
    """The capitalised words of a subject that name a group, not a people
    ("ISIL", "Hezbollah"; not "Syrian", "Kurdish", which two groups share)."""
    return frozenset(w for w in _NAME_WORD.findall(subject) if not _DEMONYM.fullmatch(w))


_WORD = re.compile(r"[\w-]+")
_NAME_WORD = re.compile(r"\b[A-Z][\w-]*")
_DEMONYM = re.compile(DEMONYM)


def _stems(subject: str) -> set[str]:
    """A subject's words in lower case, a plural's "s" dropped (and a
    possessive's: "Hezbollah's" is "Hezbollah"), the words for a fighting
    man as one ("17 NDF militiamen" are of "the NDF lost 200 fighters")."""
    return {_FIGHTER_WORDS.get(w, w) for w in (w.rstrip("s") for w in _WORD.findall(subject.lower()))} - {""}


_FIGHTER_WORDS = {"militiamen": "fighter", "militiaman": "fighter", "combatant": "fighter",
                  # (and the words for an armed group's men: "14 militants" are of "1,000 ISIL fighters")
                  "militant": "fighter", "insurgent": "fighter", "jihadist": "fighter", "gunmen": "fighter",
                  "gunman": "fighter",
                  # (and one who attacked: "a suicide bomber" is of "700 ISIL militants")
                  "bomber": "fighter", "attacker": "fighter",
                  # (and what state media call them: "120 terrorists" are of "35 ISIL militants")
                  "terrorist": "fighter"}


def _open_to_update(row: "Incident", by_id: dict[str, "Incident"]) -> bool:
    """A part of a total of another side ("22 rebels ... out of the 39
    killed") may still be the update of its own side's earlier figure."""
    if row.relation is None:
        return True
    kind, _, target = row.relation.partition(":")
    return kind == "part_of" and target in by_id and by_id[target].side != row.side and _marks(row)[0]


#: How many earlier figures of the same side a figure is compared with. The
#: seeds' longest article has 161 figures in all; the bound keeps a hostile
#: article of 100,000 figures linear.
LOOKBACK = 500


#: How many earlier figures of its side a revision is compared with to find
#: the reporter's own count it revises.
_OWN_REVISION_REACH = 50

#: How many figures before it a toll of no side may tell again.
_RECENT_TOLLS = 10

#: How many figures before it a figure of no known side may be another
#: account of (it has no side to look further back along).
_RECENT = 5


def _targets(row: "Incident", latest_first: "Iterable[Incident]") -> "Iterator[Incident]":
    """The earlier rows ``row`` may link to, in the order given (latest
    first): those of another sentence that are unlinked or updates (rows
    linked as duplicate, alternative or part are no targets)."""
    back = ("igure" in row.quote or row.quote[:5].lower() in ("this ", "that ")) and _REFERS_BACK.search(row.quote) is not None
    # (or one given as known: 'killed at least four civilians, activists said, "The four died in ..."')
    back = back or _told_as_known(row)
    for e in latest_first:
        if (e.sentence != row.sentence or back) and (e.relation is None or e.relation.startswith("update_of")):
            yield e


# a figure that names the one told before it, in its own sentence too: "reported 35
# deaths, but the figure was later revised to 41", "..., though other sources put the
# figure at 12", "..., a figure later revised to 20", "30 dead; this was later revised down to 18"
_REFERS_BACK = re.compile(r"(?:the|a)\s{1,3}(?:death\s{1,3})?figure\b|^(?:this|that)\s", re.IGNORECASE)


def _phrase_between(sentence: str, a: "Incident", b: "Incident") -> bool:
    """Whether an alternative-report phrase of ``sentence`` stands between
    the figures ``a`` and ``b`` of that sentence, in this order."""
    a_at, b_at = sentence.find(a.quote), sentence.find(b.quote, max(0, sentence.find(a.quote)) + len(a.quote))
    if a_at < 0 or b_at < 0:
        return False
    return any(a_at + len(a.quote) <= s < b_at + len(b.quote) for s, _ in _sentence_marks(sentence)[1])


def _alternative_of_recent(row: "Incident", recent: list["Incident"], text: str | None,
                           marks: tuple[bool, bool]) -> "Incident":
    """``row`` (of unknown side) linked as an alternative of the latest of
    the ``recent`` figures it gives another count of, taking its side; or
    ``row`` unchanged. Only a sentence that says it is another account
    ("another report put the death toll at") is linked so, or another
    reporter's count of the same day's toll of no side ("the LCC said 23
    people had died in Homs. SOHR reported 19 deaths in the city that day")."""
    if not marks[1]:
        if not row.sources or row.date_precision not in ("day", "range"):
            return row
        recent = [e for e in recent if e.side == "unknown" and e.date == row.date]
    # an earlier figure of its own sentence too, when the phrase stands between them:
    # "the VDC recorded 93 deaths; Human Rights Watch put the figure at 80"
    candidates = [e for e in reversed(recent) if e.sentence == row.sentence and e.relation is None
                  and _phrase_between(row.sentence, e, row)]
    fits = [e for e in [*candidates, *_targets(row, reversed(recent))]
            if _relation(row, e, text, marks) == "alternative_of"]
    # the latest that counts the same people ("20 people" and "31 people"), else the latest
    same = [e for e in fits if row.subject and e.subject.lower() == row.subject.lower()]
    earlier = (same or fits or [None])[0]
    return row if earlier is None else replace(row, relation=f"alternative_of:{earlier.id}", side=earlier.side)


def _update_of_recent(row: "Incident", latest_first: "Iterable[Incident]", text: str | None,
                      marks: tuple[bool, bool]) -> "Incident":
    """``row`` (of unknown side) linked as an update of the latest of the
    earlier figures (of unknown side too, ``latest_first``) it corrects, or unchanged.
    Only a sentence with an update mark ("raised the toll to") is linked so."""
    if not marks[0]:
        return row
    e = next((e for e in _targets(row, latest_first) if _relation(row, e, text, marks) == "update_of"), None)
    return row if e is None else replace(row, relation=f"update_of:{e.id}")


def _duplicate_of_recent(row: "Incident", latest_first: "Iterable[Incident]", text: str | None,
                         marks: tuple[bool, bool]) -> "Incident":
    """``row`` (of unknown side) linked as a duplicate of the latest of the
    earlier figures (of unknown side too, ``latest_first``) it tells again:
    the same count of the same day or repeated words; or unchanged."""
    count = (row.low, row.high)
    e = next((e for e in _targets(row, latest_first) if (e.low, e.high) == count
              and _relation(row, e, text, marks) == "duplicate_of"), None)
    return row if e is None else replace(row, relation=f"duplicate_of:{e.id}")


def _reporters_own_count(row: "Incident", latest_first: "Iterable[Incident]", text: str | None) -> "Incident | None":
    """The latest earlier figure of ``row``'s paragraph that one of its
    reporters gave, of the same outcome and people, that ``row`` may update:
    unlinked, an update or another account (not a part nor a repeat)."""
    for e in latest_first:
        if e.sentence != row.sentence and not set(row.sources).isdisjoint(e.sources) and e.outcome == row.outcome \
                and not (e.relation or "").startswith(("part_of", "duplicate_of")) \
                and _same_paragraph(text, e, row) and _same_people(e.subject, row.subject):
            return e
    return None


def _repeat_of_sided(row: "Incident", recent: list["Incident"], text: str | None) -> "Incident":
    """``row`` (of unknown side) linked as a duplicate of the latest of the
    ``recent`` figures of a side that counted the same people, by the same
    word, on the same day in its paragraph, with the same low (one of the
    two may leave its high open: "at least 108" tells "108" again), taking
    its side; or ``row`` unchanged."""
    if row.date_precision != "day" or not row.subject:
        return row
    for e in reversed(recent):
        if e.side != "unknown" and e.relation is None and e.outcome == row.outcome and e.date == row.date \
                and e.low == row.low and (e.high == row.high or None in (e.high, row.high)) \
                and e.subject.lower() == row.subject.lower() and _same_paragraph(text, e, row):
            return replace(row, relation=f"duplicate_of:{e.id}", side=e.side)
    return row


def _update_of_sided(row: "Incident", recent: list["Incident"], text: str | None,
                     marks: tuple[bool, bool]) -> "Incident":
    """``row`` (a bare toll of no side) linked as an update of the latest of
    the ``recent`` figures, of a side, that it corrects, taking its side; or
    ``row`` unchanged. The figures of the updated one's sentence must all be
    of its side: the toll of "21 civilians and 4 soldiers" is of both. (The
    caller asks only for a toll alone in its sentence: "22 rebels ... out of
    the 39 killed", "the toll rose to 61, including 20 civilians" are of
    more than one kind of people.)"""
    if not marks[0]:
        return row
    for e in _targets(row, reversed(recent)):
        if e.side == "unknown" or _relation(row, e, text, marks) != "update_of":
            continue
        told_with = [r for r in recent if r.sentence == e.sentence and not (r.relation or "").startswith("part_of")]
        if all(r.side == e.side for r in told_with):
            return replace(row, relation=f"update_of:{e.id}", side=e.side)
        return row
    return row


def link(rows: list["Incident"], text: str | None = None, *, lead_end: int = 0,
         summaries: "Sequence[tuple[int, int]]" = ()) -> list["Incident"]:
    """``rows`` with duplicate, alternative and update links filled in, and
    the figures a later tally holds linked as its parts.

    The rows before ``lead_end`` (the article's lead, before its first
    heading) that name no day of their own are its summary: the battle's
    totals, which hold the body's figures of their side as their parts.
    So are the rows inside ``summaries`` (the spans of sections that sum the
    battle up, "== Casualties =="), which hold the figures before them.

    A row already linked (part_of) keeps its link, unless it is the part of
    a total of another side and an update of its own side's figure. A row is
    linked to the latest earlier row of another sentence that fits; rows
    linked as duplicate, alternative or part are no targets. ``text`` (the
    article's text) lets the rules see paragraphs. Only the
    :data:`LOOKBACK` latest figures of the same side are candidates.
    """
    out = list(rows)
    by_id = {r.id: r for r in out}
    of_side: dict[str, list[int]] = {}  # the rows of each side so far, by index
    for i, row in enumerate(out):
        earlier_rows = of_side.setdefault(row.side, [])
        earlier_rows.append(i)
        if _additional(row) and not _more_told_again(row, out[max(0, i - _RECENT):i]):
            continue  # "a further 20 fighters had died": more deaths, not the same ones told again
        same_side = (out[j] for j in reversed(earlier_rows[-LOOKBACK - 1:-1]))  # latest first
        if row.side == "unknown":
            if row.relation is None and not _new_event(row.sentence):
                marks = _marks(row)
                # "Another report put the death toll at 31 people": another account of the
                # figure just told, whose people it counts
                linked = _alternative_of_recent(row, out[max(0, i - _RECENT):i], text, marks)
                # "a car bomb killed 9 people ... Later reports raised the toll to 14":
                # else a figure of no side is only ever an update of another of no side
                if not linked.relation:
                    linked = _update_of_recent(row, same_side, text, marks)
                if not linked.relation:
                    # "killing 55 people ... the attack, which killed 55 people according to the
                    # Interior Ministry": the same deaths told again
                    # (among the few figures just before it: a toll of no side has no side to look
                    # further back along)
                    linked = _duplicate_of_recent(row, (e for e in reversed(out[max(0, i - _RECENT_TOLLS):i]) if e.side == "unknown"),
                                                  text, marks)
                if not linked.relation:
                    # "abducted the 74-year-old brother of ... Hussein Harmoush. Muhammad Harmoush was
                    # abducted": one person, named after being told of (the answer key's 002-6)
                    linked = _named_again(row, out[max(0, i - _RECENT):i])
                if not linked.relation:
                    # "108 people were massacred in Houla ... The UN later confirmed that at least 108
                    # people had died": the same count of the same people, told again
                    linked = _repeat_of_sided(row, out[max(0, i - _RECENT):i], text)
                if not linked.relation and (not row.subject or row.subject.lower() not in row.quote.lower()):
                    # "killed 21 civilians ... Local activists later raised the death toll to 27":
                    # a bare toll (whose people, if any, come from the figure before) updates the
                    # event told just before, of whichever one side
                    # (a part of no side is no other people: "rose to 70 as several of the wounded died")
                    alone = not any(r.sentence == row.sentence for r in out[max(0, i - _RECENT):i + _RECENT]
                                    if r is not row and not (r.side == "unknown" and r.relation == f"part_of:{row.id}"))
                    linked = _update_of_sided(row, out[max(0, i - _RECENT):i], text, marks) if alone else row
                if not linked.relation and linked.side == "unknown" and row.subject[:1].isupper():
                    # "... and his body was later returned": of the side the name was found of
                    told = next((e for e in reversed(out[max(0, i - _RECENT):i]) if e.sentence == row.sentence
                                 and e.subject == row.subject and e.side != "unknown"), None)
                    linked = linked if told is None else replace(linked, side=told.side)
                out[i] = by_id[row.id] = linked
            continue
        if not _open_to_update(row, by_id) or _new_event(row.sentence):
            continue
        marks = _marks(row)
        alternative = marks[1]
        unmarked = not (marks[0] or alternative)
        # (or of any date, for an estimate a reporter puts on the article's own count just before)
        day = row.date if row.sources and (row.date_precision in ("day", "range") or _ESTIMATE_PUT.match(row.quote)) else None
        for earlier in _targets(row, same_side):
            if earlier.outcome != row.outcome and not alternative and not (marks[0] and _widens(row, earlier)):
                continue  # what _relation says first, without the call: most earlier figures are of another outcome
            if unmarked and not _same_low(row, earlier) and earlier.date != day:
                continue  # with no mark, only a duplicate (the same count) or another reporter's count of that day
            kind = _relation(row, earlier, text, marks)
            if kind is None or (row.relation is not None and kind != "update_of"):
                continue
            own = _reporters_own_count(row, (out[j] for j in reversed(earlier_rows[-LOOKBACK - 1:-1])), text) \
                if kind == "update_of" and row.sources and not set(row.sources) & set(earlier.sources) else None
            if own is not None:
                # "SANA said 40 terrorists were killed; the SOHR said 19 rebels had died. The next day, the
                # SOHR raised its figure to 27": its own 19, though that one is another account of the 40
                earlier = own
            elif kind == "update_of" and not _own_revision(row, earlier):
                # a reporter's revision of its own count of the same people, further back, before
                # the latest figure of the side: "the SOHR raised the toll of pro-government
                # fighters to 73" revises its 30 pro-government fighters, not Iran's 13 advisers
                rest = (out[j] for j in reversed(earlier_rows[-LOOKBACK - 1:-1]))
                earlier = next((e for e in islice(_targets(row, rest), _OWN_REVISION_REACH)
                                if _own_revision(row, e) and _relation(row, e, text, marks) == "update_of"), earlier)
            out[i] = by_id[row.id] = replace(row, relation=f"{kind}:{earlier.id}")
            break
    _fold_into_tallies(out, summaries)
    _fold_into_summary(out, lead_end)
    return out


# a count of everyone since the battle began: "killed since the start of the offensive"
# (one since a date, "since 5 May", the calendar dates as a range of days)
_SINCE_START = re.compile(
    r"(?<![\w-])since\s{1,3}the\s{1,3}(?:start|beginning|outset|launch)\s{1,3}of\s{1,3}(?:the|its|their)\s{1,3}"
    r"(?:battle|offensive|operation|siege|campaign|fighting|assault|attack|clashes)(?![\w-])", re.IGNORECASE)
_SINCE = re.compile(r"(?<![\w-])since(?![\w-])", re.IGNORECASE)
# a count as it stood by a day: "by 1 March", "By 16 June", with what "had been" done by then


@functools.cache
def _by_then() -> re.Pattern[str]:
    """A day or month by which a count stood: "by 1 March", "by mid-May", "by
    the end of the month" (a month's name, not "killed by Russian airstrikes")."""
    month = alternation([m.capitalize() for m in MONTHS])
    # (or the day told last: "By then, the SOHR estimated that 110 soldiers had died")
    return re.compile(rf"(?<![\w-])[Bb]y\s{{1,3}}(?:(?:the\s{{1,3}}end\s{{1,3}}of|(?:mid|late|early)-?)\s{{0,3}})?"
                      rf"(?:\d{{1,2}}\s{{1,3}}{month}|{month}(?:\s{{1,3}}\d{{1,2}})?|the\s{{1,3}}(?:month|week)"
                      rf"|then|that\s{{1,3}}(?:time|point|day)"
                      # (or the battle's end: "By the end of the battle, ... had been killed")
                      rf"|(?<=the\send\sof\s)the\s{{1,3}}(?:battle|siege|offensive|operation|campaign|fighting))(?![\w-])")


# a count on top of others: "22 more rebels", "a further 12" (not a bound: "more than 2,000")
_MORE_COUNT = re.compile(r"(?<![\w-])(?:(?:\d[\d,]*|[a-z]{3,9})\s{1,3}more|a\s{1,3}further|another)\s{1,3}(?!than\b)[\w-]", re.IGNORECASE)
# (or a toll put by then: "By 19 August, the SOHR put the death toll at 218 rebels")
_TOLL_WORD = re.compile(r"(?<![\w-])(?:toll|tally)(?![\w-])", re.IGNORECASE)
_HAD_BEEN = re.compile(r"(?<![\w-])had\s{1,3}(?:been\s{1,3}[\"\u201c]?[a-z]{3,20}ed|died|lost|killed)(?![\w-])", re.IGNORECASE)
# a total of a month or a span of days, told of no day: "A total of 173 soldiers ... died in June"
_MONTH_TOTAL = re.compile(r"(?<![\w-])(?:a\s{1,3}total\s{1,3}of|in\s{1,3}total)(?![\w-])", re.IGNORECASE)
# (but one event's total: "In late June, a car bomb killed a total of 40 people")
_ONE_EVENT = re.compile(r"(?<![\w-])(?:bomb|bombs|bombing|attack|strike|airstrike|massacre|ambush|explosion|blast|raid)(?![\w-])",
                        re.IGNORECASE)
# a count over the whole battle, told of no day: "1,500 rebels and 900 soldiers were killed during the
# battle" (not "... during the battle for the hill", one fight of it)
_WHOLE_WORDS = re.compile("attle|ffensive|iege|peration|ampaign")  # the words, whatever the case of their first letter
_WHOLE_SPAN = re.compile(
    rf"(?<![\w-]){WHOLE_BATTLE_LEAD}\s{{1,3}}the\s{{1,3}}"
    r"(?:(?:entire|whole)\s{1,3})?(?:battle|offensive|siege|operation|campaign)(?=\s{0,3}(?:[.,;]|$))", re.IGNORECASE)
# the days of the fighting, counted: "over the four days of fighting", "during the two weeks of the siege"
_DAYS_OF_FIGHTING = re.compile(
    r"(?<![\w-])(?:over|during|in|throughout)\s{1,3}the\s{1,3}(?:[\w-]{1,10}\s{1,3})?(?:days|weeks|months)\s{1,3}of\s{1,3}"
    rf"(?:the\s{{1,3}})?(?:{FIGHTING_WORDS})(?![\w-])", re.IGNORECASE)
# a count of the whole battle by name: "put the total death toll of the siege at 62 rebels"
_WHOLE_TOTAL = re.compile(
    r"(?<![\w-])(?:total|overall|final|cumulative)\s{1,3}(?:death\s{1,3})?(?:toll|count)\s{1,3}(?:of|for|in)\s{1,3}(?:the|its|this)\s{1,3}"
    r"(?:battle|offensive|operation|siege|campaign|fighting)(?![\w-])", re.IGNORECASE)


def _span(date: str | None) -> tuple[str, str] | None:
    """The first and last day an ISO date (day, month, year or range) stands for."""
    if not date:
        return None
    first, _, last = date.partition("/")
    last = last or first
    pad_first = {4: "-01-01", 7: "-01"}.get(len(first), "")
    pad_last = {4: "-12-31", 7: "-31"}.get(len(last), "")
    return first + pad_first, last + pad_last


def _names_a_day(sentence: str) -> bool:
    """Whether a sentence names a day of its own ("On 5 May", "the next day")."""
    return any(d.kind in ("day", "span", "relative", "weekday", "battle_day", "month_day") for d in find_dates(sentence))


def _tally(row: "Incident") -> bool:
    """Whether ``row`` counts everyone of its side since a start ("the number
    of soldiers killed since 5 May at 73", "had been killed since the start of
    the battle", "the total death toll of the siege", "killed during the
    offensive" told of no day) or over a month ("A total of 173 soldiers
    died in June"), as opposed to one event's dead."""
    if row.side == "unknown" or (row.relation is not None and not row.relation.startswith("update_of")):
        return False
    if "y " in row.sentence and (_HAD_BEEN.search(row.sentence) or row.date_precision == "range" and _TOLL_WORD.search(row.sentence)) \
            and (by := _by_then().search(row.sentence)) is not None \
            and ";" not in row.sentence[by.end():row.sentence.find(row.quote)] and not _MORE_COUNT.search(row.sentence):
        # (not of another clause: "By 6 March, the last positions had fallen; ...", nor more
        # on top: "22 more rebels had been killed")
        return True  # "claiming that more than 2,000 soldiers had been neutralized by 1 March": all of them by then
    if row.date_precision in ("month", "range") and "otal" in row.sentence and _MONTH_TOTAL.search(row.sentence) \
            and not _names_a_day(row.sentence) and not _ONE_EVENT.search(row.sentence):
        return True  # "A total of 173 soldiers and 89 rebels died in June": the month's
    if row.date_precision == "range" and " of " in row.sentence and _DAYS_OF_FIGHTING.search(row.sentence) is not None:
        return True  # "Over the four days of fighting, at least 170 rebels ... were killed": all of those days'
    if "ince" not in row.sentence:
        return ("tal " in row.sentence and _WHOLE_TOTAL.search(row.sentence) is not None) \
            or (_WHOLE_WORDS.search(row.sentence) is not None and _WHOLE_SPAN.search(row.sentence) is not None
                and not _names_a_day(row.sentence))
    return _SINCE_START.search(row.sentence) is not None \
        or (row.date_precision == "range" and _SINCE.search(row.sentence) is not None)


def _sums_up(row: "Incident", summaries: "Sequence[tuple[int, int]]") -> bool:
    """Whether ``row`` is a total of a section that sums the battle up: of
    a side, unlinked, inside one of ``summaries``, naming no day."""
    return bool(summaries) and row.side != "unknown" and row.relation is None and any(a <= row.start < b for a, b in summaries) \
        and not _names_a_day(row.sentence)


def _may_hold(total: "Incident", e: "Incident") -> bool:
    """Whether a count of everyone (a tally, a total of the lead) may hold
    figure ``e``: unlinked, inside the battle's period, of its side and
    people, of its outcome (an execution counts as a killing), no larger."""
    return e.relation is None and e.side == total.side and e.in_period \
        and counted_as(e.outcome) == counted_as(total.outcome) and e.low <= total.low \
        and (_same_people(e.subject, total.subject) and not _lost_by_another(e, total.subject)
             or _lost_by_group(e, total.subject))


def _lost_by_group(e: "Incident", subject: str) -> bool:
    """Whether figure ``e``, of people of no group named ("30 fighters"),
    tells of losses its sentence gives to a group ``subject`` names: "the
    Houthis lost 30 fighters" are of "1,500 Houthis"."""
    loser = _loser(e)
    return loser is not None and loser.rstrip("s") in {n.rstrip("s") for n in _group_names(subject)}


def _lost_by_another(e: "Incident", subject: str) -> bool:
    """Whether figure ``e`` tells of losses of a group that ``subject``, which
    names groups, does not name: "the YPG lost 3 fighters" are none of "287
    ISIL militants", though fighters and militants may be one people."""
    names = _group_names(subject)
    loser = _loser(e) if names else None
    return loser is not None and loser.rstrip("s") not in {n.rstrip("s") for n in names}


def _loser(e: "Incident") -> str | None:
    """The group, by name, that lost figure ``e``'s people, when ``e`` names
    none: "|the Houthis| lost 30 fighters", "|ISIL|'s losses were put at 400"."""
    return None if _group_names(e.subject) else _loser_in(e.sentence, e.quote)


@functools.lru_cache(maxsize=512)
def _loser_in(sentence: str, quote: str) -> str | None:
    """The group named as losing the people of ``quote`` in ``sentence`` (the
    last before it or in it, within 40 characters); cached: a figure is asked
    of against every earlier one."""
    at = sentence.find(quote)
    start = max(0, at - 40) if at >= 0 else 0
    end = at + len(quote) if at >= 0 else len(sentence)
    found = None
    for found in _GROUP_THAT_LOST.finditer(sentence, start, end):
        pass  # the last, nearest the figure
    return found.group("who") if found is not None else None


# a group, by name, that lost people, as its sentence tells: "|the Houthis| lost 30 fighters", "|ISIL|'s losses"
# (not the prose's _LOSER, the verb a count's quote opens with: this one names who lost)
# (or says it lost them: "The |YPG| said it lost 6 fighters")
_GROUP_THAT_LOST = re.compile(r"(?<![\w-])(?P<who>[A-Z][\w-]{1,30})(?:['’]s?\s{1,3}(?:losses|dead)|\s{1,3}"
                              r"(?:(?:said|says|announced|reported|admitted|acknowledged|claimed)\s{1,3}(?:that\s{1,3})?(?:it|they)\s{1,3})?"
                              r"(?:(?:had|has|have)\s{1,3})?(?:lost|suffered|admitted|acknowledged|buried|mourned))(?![\w-])")


def _fold_into_summary(out: list["Incident"], lead_end: int) -> None:
    """The body's figures a total of the lead counts are parts of it: "The
    battle left at least 120 soldiers and 50 rebels dead" before the body
    tells "On 3 May, 20 soldiers were killed". A total is a figure of the
    lead, of a side, naming no day; a part is an unlinked figure after it,
    of its side, outcome and people, inside the battle's period and the
    total's days, and no larger than it (the :data:`LOOKBACK` next ones)."""
    for i, total in enumerate(out):
        if total.start >= lead_end:
            break
        if total.side == "unknown" or total.relation is not None or _names_a_day(total.sentence):
            continue
        span = _span(total.date)
        for j in range(i + 1, min(len(out), i + 1 + LOOKBACK)):
            e = out[j]
            if e.start < lead_end or not _may_hold(total, e):
                continue
            inside = _span(e.date)
            if span is not None and inside is not None and not (span[0] <= inside[0] and inside[1] <= span[1]):
                continue  # "In the first week, 100 people died": the days of that week only
            out[j] = replace(e, relation=f"part_of:{total.id}")


def _closer_tally(out: list["Incident"], i: int, e: "Incident", summaries: "Sequence[tuple[int, int]]") -> bool:
    """Whether a later tally of the sentence of ``out[i]`` names ``e``'s
    people where ``out[i]`` does not: "6 of its fighters" (Hezbollah's) are
    among "48 Hezbollah fighters", not "75 soldiers" told before them."""
    tally = out[i]
    if _stems(tally.subject) & _stems(e.subject):
        return False
    return any(t.sentence == tally.sentence and (_tally(t) or _sums_up(t, summaries)) and _may_hold(t, e)
               and _stems(t.subject) & _stems(e.subject) for t in out[i + 1:i + 4])


def _fold_into_tallies(out: list["Incident"], summaries: "Sequence[tuple[int, int]]" = ()) -> None:
    """The figures a later tally of their side counts are parts of it: "13
    soldiers were killed on 6 May ... the SOHR put the number of soldiers
    killed since 5 May at 73" (summing both counts the 13 twice). A part is
    an unlinked figure of the tally's side and outcome (an execution counts
    as a killing) and of its people ("2 YPG fighters" are not among "290 IS
    militants", both of the opposition), of another sentence before it
    (among the :data:`LOOKBACK` latest), inside the battle's period and the
    tally's days, and no larger than it. A figure of a section in
    ``summaries`` that names no day is a tally too."""
    for i, tally in enumerate(out):
        if not (_tally(tally) or _sums_up(tally, summaries)):
            continue
        span = _span(tally.date)
        # a month's total holds that month's figures, not those before it ("In total, 18 soldiers
        # were killed during March"), as a count by a month's end does ("By the end of May, ...")
        month_only = tally.date_precision == "month" and _MONTH_TOTAL.search(tally.sentence) is not None \
            and _by_then().search(tally.sentence) is None
        for j in range(max(0, i - LOOKBACK), i):  # bounded, as every link is: linear on a hostile article
            e = out[j]
            if e.sentence == tally.sentence or not _may_hold(tally, e) or _closer_tally(out, i, e, summaries):
                continue
            inside = _span(e.date)
            # (a figure of a month the tally's days start in is of those days: "Mid-July" in a
            # battle that began on 3 July)
            if span is not None and inside is not None and not (
                    inside[1] <= span[1] and (tally.date_precision != "range" and not month_only or inside[0] >= span[0]
                                              or e.date_precision == "month" and inside[1] >= span[0])):
                continue
            out[j] = replace(e, relation=f"part_of:{tally.id}")
            for k in range(j + 1, i):
                if out[k].relation == f"update_of:{e.id}" and _may_hold(tally, replace(out[k], relation=None)):
                    # a correction of a held figure is held too: "21 rebels were killed ... the number
                    # of rebels killed that day was 26", then the battle's "170 rebels"
                    out[k] = replace(out[k], relation=f"part_of:{tally.id}")
            if tally.relation == f"update_of:{e.id}":
                # a tally holds the figure it was linked to as a correction ("In all, 700
                # fighters were killed during the battle" after "6 fighters were killed")
                tally = out[i] = replace(tally, relation=None)


