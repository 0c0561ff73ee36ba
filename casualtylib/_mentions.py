"""Casualty mentions inside one sentence: number, subject and outcome.

This is the sentence-level half of the prose extractor; :mod:`casualtylib.prose`
adds dates, sources, hedging and relations across sentences. A mention is
found in three steps:

1. candidates: every count of the shared number grammar
   (:func:`casualtylib.numbers.scan`) that is not a date, age, distance,
   duration or piece of equipment, plus "a/an/another" before a noun for a
   person ("a soldier", "an army engineer"), which counts 1;
2. the subject: the noun phrase after the number ("13 *soldiers*", "six
   *members of the security forces*", "six *of their soldiers*");
3. the outcome: a participle after the subject ("were killed", "reportedly
   died"), else a verb or noun before the number ("killing five people", "the
   deaths of three soldiers"), else the outcome shared by a coordinated list
   ("4 civilians, 5 fighters and 4 soldiers were killed").

A candidate with no outcome is not a casualty figure (a troop strength, a
crowd) and is dropped. All word lists are in ``data/prose.toml``.

>>> [(m.low, m.subject, m.outcome) for m in find_mentions("On 14 November, SANA reported that 13 soldiers were killed in Hama.")]
[(13, 'soldiers', 'killed')]
>>> [(m.low, m.high, m.qualifier, m.subject) for m in find_mentions("At least 17 SAA soldiers and 8 HTS fighters were killed.")]
[(17, None, 'at_least', 'SAA soldiers'), (8, None, 'at_least', 'HTS fighters')]
>>> [(m.low, m.subject, m.outcome) for m in find_mentions("Rebels ambushed a convoy of four jeeps, killing an officer and three soldiers.")]
[(4, 'an officer and three soldiers', 'killed')]
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from . import numbers
from . import outcomes as _outcomes
from ._vocab import WordGate, alternation, table, word_set, words_of
from .sides import side_of
from .units import names_unit, unit_of

if TYPE_CHECKING:
    from .dates import DateMention

__all__ = ["Mention", "find_mentions"]


@dataclass(frozen=True, slots=True)
class Mention:
    """One casualty figure in a sentence (offsets relative to the sentence).

    Attributes:
        start, end: the figure's number (bound words included).
        quote_start, quote_end: the shortest span carrying number, subject and
            outcome ("13 soldiers were killed", "killing five people").
        low, high, qualifier: the count, as in :class:`casualtylib.Figure`.
        subject: the noun phrase counted, as written ("" when the text names
            none; see ``anaphor``).
        outcome: the canonical outcome.
        how: where the outcome came from: "after", "before", "list", "part",
            or "alternative": a bare count another reporter gives for the
            figure before it ("..., while SANA reported 30").
        anaphor: the subject points back to an earlier figure ("nine were
            wounded", "eight others").
        part: the figure is introduced as part of another ("including two
            officers", "two of them").
        bound: the number carries its own bound word ("at least", "about").
        pronoun: the figure is a "he" or "she" a person-only outcome befell
            ("the government claimed he had been kidnapped"): one person,
            named in an earlier sentence.
    """

    start: int
    end: int
    quote_start: int
    quote_end: int
    low: int
    high: int | None
    qualifier: str
    subject: str
    outcome: str | None
    how: str | None
    anaphor: bool
    part: bool
    bound: bool
    subject_end: int
    pronoun: bool = False


@functools.cache
def _prose() -> dict:
    return table("prose")


# what a count inside a phrase after the people may count: "12 people in |3 villages| were killed"
_PLACE_COUNTS = "villages|towns|cities|districts|provinces|neighbou?rhoods|areas|locations|places"
# what a count inside a phrase after the counted noun may count without being a figure: places, and
# the family the people were of ("Nine people from one family were killed")
_POST_COUNTS = _PLACE_COUNTS + "|family|families|household|households"


@functools.cache
def _compiled() -> dict[str, re.Pattern[str]]:
    t = _prose()
    after_lookup, before_lookup = _lookups()
    partp = t["part_of"]
    # the table's words, or any adverb in -ly: "were brutally killed", "mistakenly killed"
    aux = rf"(?:{alternation(t['aux']['words'])}|[a-z]{{2,14}}ly)"
    after = alternation(list(after_lookup))
    before = alternation(list(before_lookup))
    before_pats = "|".join(f"(?:{p})" for ps in t["before_patterns"].values() for p in ps)
    between = alternation(t["between"]["words"])
    not_cas = "|".join(t["not_casualties"]["after"])
    post = alternation(t["noun_phrase"]["post_modifiers"], space=r"\s{1,3}")
    post_stops = alternation(t["noun_phrase"]["post_modifier_stops"])
    number_words = alternation(numbers.number_words())
    people = alternation(t["people"]["nouns"] + [w for w in _singular_side_words()])
    # an outcome phrase ends the subject, one of several words too: "13 people| lost their lives"
    stops = alternation(t["noun_phrase"]["stops"] + list(after_lookup)
                        + [p.split()[0] for p in after_lookup if " " in p])
    # from the end of the subject: a place, auxiliaries, then the participle
    after_head = (
        # a counted phrase in quotes closes them first: '"dozens of terrorists" were killed'
        rf"[\"\u201d]?\s{{0,3}}(?:\((?:[^()]{{0,40}})\)\s{{0,3}})?"
        rf"(?:of\s{{1,3}}[^,;.]{{1,40}}?(?=\s{{0,3}},|\s{{1,3}}(?:were|was|had|have|defected|died|deserted)\b))?"
        rf"(?:\s{{0,3}},\s{{0,3}}(?:including|among\s{{1,3}}them|mostly|most\s{{1,3}}of\s{{1,3}}them)\s{{1,3}}[^,;.]{{1,60}}?(?=\s{{1,3}}(?:were|was|had|have)\b)"
        # (no comma: "Thirteen people including eight children died")
        rf"|\s{{1,3}}including\s{{1,3}}[^,;.()]{{1,60}}?(?=\s{{1,3}}(?:were|was|had|have|died|perished)\b)"
        # (an abbreviation's full stop is inside: "9 people, incl. 3 children, were killed")
        rf"|(?:\s{{0,3}},(?:[^,;.]|\.(?=\s{{1,3}}[a-z\d])){{1,100}}?){{1,2}},"
        # (or between dashes: "At least 17 people – including 4 children – were killed")
        rf"|\s{{0,3}}(?:\s-\s|[\u2013\u2014])[^\u2013\u2014;.()]{{1,100}}?(?:\s-\s|[\u2013\u2014])"
        # a reduced relative: "a man identified as "X" was shot dead", "an armed man trying to cross was killed"
        # (it holds no count: "The SOHR reported 12 soldiers were killed" is a report of them)
        rf"|\s{{1,3}}(?:[a-z][\w-]{{1,20}}(?:ed|ing)|known)\s{{1,3}}(?:(?!that\b|(?<![\w-])(?:{number_words})(?![\w-]))[^,;.()\d]){{1,60}}?"
        rf"(?=\s{{1,3}}(?:was|were|had\s{{1,3}}been|have\s{{1,3}}been)\s)"
        # a phrase after the noun: "14 soldiers from the 4th Division were killed",
        # "9 policemen on patrol were killed"; it holds no clause and no count but an age or a count of places
        # ("12 people in 3 villages were killed")
        rf"|\s{{1,3}}(?:{post})\s{{1,3}}(?:(?!(?<![\w-])(?:{post_stops}|(?<!age of )(?<!aged )(?:{number_words}|\d{{1,3}}(?:,\d{{3}})*)(?!\s{{1,3}}(?:{_POST_COUNTS})(?![\w-])))(?![\w-]))[^,;.()]){{1,50}}?"
        # (and a part in commas after it: "Nine people from the same family|, including five children,| were killed")
        rf"(?:\s{{0,3}},\s{{0,3}}(?:including|among\s{{1,3}}them|mostly|most\s{{1,3}}of\s{{1,3}}them)\s{{1,3}}[^,;.]{{1,60}}?\s{{0,3}},)?"
        rf"(?=\s{{1,3}}(?:was|were|had\s{{1,3}}been|have\s{{1,3}}been)\s))?"
        rf"\s{{0,3}}(?:(?:in|near|at|from)\s{{1,3}}(?:the\s{{1,3}})?[A-Z][\w'’-]{{0,30}}(?:\s{{1,3}}[A-Z][\w'’-]{{0,30}}){{0,3}}\s{{1,3}})?"
        rf"(?:(?:there|here|who|that)\s{{1,3}})?"  # "villagers there were killed"
    )
    return {
        "after": re.compile(rf"{after_head}(?P<aux>(?:{aux}\s{{1,3}}){{0,6}})(?P<out>{after})(?![\w-])", re.IGNORECASE),
        # what befell the subject of a deed after "but": "the two journalists escaped the shooting,
        # but were killed when they went back"
        "after_but": re.compile(rf"\s{{1,3}}(?!(?:and|or|were|was)\s)[^.;:,]{{1,100}}?,?\s{{1,3}}but\s{{1,3}}"
                                rf"(?:(?:were|was|had\s{{1,3}}been)\s{{1,3}})(?:(?:later|eventually|subsequently|then|also|all)\s{{1,3}})?"
                                rf"(?P<out>{after})(?![\w-])", re.IGNORECASE),
        # tried when "after" finds nothing: a verb of what led to it, "were ambushed and
        # killed" (a first outcome stays: "were wounded and captured" is wounded)
        "after_led": re.compile(
            # (with its particle or place: "were rounded up and executed", "were dragged from their
            # homes and killed", "were caught and shot dead")
            rf"{after_head}(?P<aux>(?:{aux}\s{{1,3}}){{0,6}}(?:[a-z][a-z-]{{1,20}}ed|caught|taken|held|led|brought|driven)"
            rf"(?:\s{{1,3}}(?:up|out|away|off|down))?(?:\s{{1,3}}(?:from|to|into|at|in|near|outside|on|by)\s{{1,3}}[^,.;]{{1,40}}?)?"
            rf"\s{{1,3}}and\s{{1,3}})(?P<out>{after})(?![\w-])",
            re.IGNORECASE),
        "before": re.compile(
            # a verb in scare quotes: 'had "eliminated" dozens of terrorists'
            rf"(?<![\w-])(?P<out>{before}|{before_pats})[\"”]?(?:\s{{1,3}}{between})?\s{{1,3}}$", re.IGNORECASE
        ),
        "not_casualty": re.compile(rf"^\s{{0,2}}(?:{not_cas})(?![\w])", re.IGNORECASE),
        "article_noun": re.compile(
            # ("both of his sons", "both of the pilots": two)
            rf"(?<![\w-])(?P<det>an?|another|one\s{{1,3}}more|his|her|its|their|both"
            rf"(?:\s{{1,3}}of\s{{1,3}}(?:his|her|its|their|the|these|those))?"
            # (or a name's: "Suleimani's| aide", "Assad's| cousin")
            rf"|(?-i:[A-Z])[\w-]{{1,30}}['’]s)\s{{1,3}}"
            # the words before the noun are its modifiers, never a clause: "An activist said that security forces"
            rf"(?P<adj>(?:(?!(?:and|or|of|was|were|who|in|unknown|unspecified|an?|the|his|her|their|its|that|which|when|"
            rf"after|before|had|has|have|is|are|be|been|by|to|with|for|on|at|from|as|while|but|said|says|told|reported|"
            rf"claimed|stated|added)\b)[\w'’.-]{{1,30}}\s{{1,3}}){{0,4}})"  # "a Syrian Arab Red Crescent volunteer"
            # (an age alone is a person: "a 16-year-old was shot dead")
            rf"(?P<noun>(?:{people})(?:e?s)?|{alternation(sorted(_irregular_plurals()))}|(?:\d{{1,2}}|[a-z]{{3,12}})-(?:year|month|week|day)-old)"
            rf"(?:\s{{1,3}}or\s{{1,3}}(?:an?\s{{1,3}})?{people})?(?![\w-])",
            re.IGNORECASE,
        ),
        "stop": re.compile(rf"^(?:{stops})$", re.IGNORECASE),
        # "including two officers"; "Of the 40 killed (nationwide), 25 were civilians": the 25 are of the 40
        "part_before": re.compile(
            rf"(?<![\w-])(?:{alternation(partp['before'])}|of\s{{1,3}}the\s{{1,3}}[\w,]{{1,12}}\s{{1,3}}"
            rf"(?:{alternation(partp['counted'])})(?:\s{{1,3}}[a-z][\w-]{{1,20}}){{0,2}}\s{{0,2}},)\s{{1,3}}$",
            re.IGNORECASE,
        ),
        "part_after": re.compile(
            rf"(?:\s{{1,3}}(?:was|were|is|are|reportedly|allegedly|also|said\s{{1,3}}to\s{{1,3}}be)){{0,3}}\s{{0,3}}"
            rf"(?<![\w-]){alternation(partp['after'] + partp['held'])}(?![\w-])",
            re.IGNORECASE,
        ),
        # a word ends at a word's end: a run too long to be one is no word,
        # so no pattern after a noun phrase starts inside a run of letters
        # an initialism keeps its last full stop: "three U.S. Marines"
        "word": re.compile(r"\s{0,3}(?P<w>(?:[A-Z]\.){2,4}(?=\s)|[^\W\d_](?:[\w'’-]|\.(?=\w)){0,40}(?![\w'’-]|\.\w)|\d[\d,]{0,12})"),
    }


@functools.cache
def _gate() -> WordGate:
    """A figure needs an outcome ("after" or "before" words) or a part word
    ("including", "among them"): a sentence without the words of any of them
    is skipped before any pattern runs (see :class:`~casualtylib._vocab.WordGate`)."""
    t = _prose()
    after_lookup, before_lookup = _lookups()
    partp = t["part_of"]
    # "taken 12 soldiers prisoner", "claimed 727 lives", "cost the rebels 38 men" (COST_TO)
    idioms = [[w] for w in (*_HELD_WORDS, "lives", "cost", "costing", "costs", "survived")]
    return WordGate(list(after_lookup) + list(before_lookup) + partp["before"] + partp["after"],
                    words=_before_pattern_words() + idioms)


def _before_pattern_words() -> list[list[str]]:
    """The words every match of each before pattern holds (the table's list)."""
    t = _prose()
    return [ws for outcome in t["before_patterns"] for ws in t["before_patterns_words"][outcome]]


@functools.cache
def _singular_side_words() -> tuple[str, ...]:
    out = []
    for words in table("sides")["words"].values():
        for w in words:
            if re.fullmatch(r"[a-z -]+s\?", w):
                out.append(w[:-2])
    return tuple(out)


@functools.cache
def _lookups() -> tuple[dict[str, str], dict[str, str]]:
    t = _prose()
    norm = lambda p: " ".join(p.lower().split())  # noqa: E731
    after = {norm(p): o for o, ps in t["after"].items() for p in ps}
    before = {norm(p): o for o, ps in t["before"].items() for p in ps}
    return after, before


def _named_outcome(phrase: str) -> str | None:
    """The outcome a part's marker names ("of those killed", "among the
    wounded"), or None ("including")."""
    after, _ = _lookups()
    return next((after[w] for w in reversed(_WORDS.findall(phrase.lower())) if w in after), None)


_WORDS = re.compile(r"[a-z]{2,20}")


def _outcome_of(phrase: str, table_: dict[str, str], fallback: str = "killed") -> str:
    key = " ".join(phrase.lower().split())
    return table_.get(key, fallback)


# --- candidates -----------------------------------------------------------

# a year, or a span of years ("2011–2012"): no count
_YEAR = re.compile(r"(?:1[89]|20)\d\d(?:\s{0,3}[-\u2010-\u2015\u2212]\s{0,3}(?:1[89]|20)\d\d)?")
_PARTICIPLE = re.compile(r"[a-z][\w-]{1,20}(?:ed|ing)")
# (its modifiers too: "11 of them| SDF fighters", "| Kurdish fighters")
_VERBLESS = re.compile(r"\s{1,3}(?:(?:an?|the)\s{1,3})?(?P<noun>(?:[A-Za-z][\w-]{1,30}\s{1,3}){0,2}[a-z][\w-]{2,30})(?=\s{0,3}(?:[,;.)]|and\s|$))")
# (or said, thought or known to be them: "were believed to be| foreign fighters")
# (and, for one, its article: "At least one of those executed was |a |police deserter")
_SAID_TO_BE = (r"(?:(?:believed|thought|said|reported|known|confirmed|understood)\s{1,3}to\s{1,3}(?:be|have\s{1,3}been)\s{1,3})?"
               r"(?:an?\s{1,3}(?=[a-z]))?")
_PREDICATE = re.compile(rf"\s{{1,3}}(?:were|was|are|is|being)\s{{1,3}}(?:all\s{{1,3}})?{_SAID_TO_BE}(?P<noun>[a-z][\w-]{{2,30}})(?![\w-])")
# (its modifiers too, when the phrase ends there: "were| foreign fighters", "were| Hezbollah fighters";
# not a participle: "were| taken prisoner")
_MODIFIED_PREDICATE = re.compile(r"\s{1,3}(?:were|was|are|is|being)\s{1,3}(?:all\s{1,3})?" + _SAID_TO_BE +
                                 r"(?P<noun>(?:(?!(?:[a-z]{1,20}(?:ed|ing)|taken|given|beaten|driven|fallen|hidden|stolen|broken|chosen|seen)\s)[A-Za-z][\w-]{1,30}\s{1,3}){1,2}[a-z][\w-]{2,30})(?=\s{0,3}(?:[,;.)]|and\s|of\s|$))")


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A count that may be a casualty figure: a :class:`~casualtylib.numbers.Quantity`,
    or "a/an" before a person noun (``article``), whose noun starts at ``quantity.end``."""

    quantity: numbers.Quantity
    article: bool = False
    named: bool = False  # a person's name: counts 1 with a person-only outcome
    thing: bool = False  # a count of things ("2 tanks", "3 days"): no figure, but it stands in lists
    another: bool = False  # "another" alone: one more of the people before, its verb its own
    pronoun: bool = False  # "he" or "she" before a passive verb: one person told of before
    definite: bool = False  # "the commander of ... was killed": one person, by role


# "killing 33 displaced people", "33 displaced people were killed": the displaced are
# people a verb of harm befell, not a count of the displaced (which is no incident)
_DISPLACED_PEOPLE = re.compile(r"\s{1,3}displaced\s{1,3}(?:people|persons|civilians|families|residents|villagers|"
                               r"children|women|men|Syrians)(?![\w-])", re.IGNORECASE)
_HARM_BEFORE = re.compile(r"(?<![\w-])(?:killing|killed|kill|wounding|wounded|injuring|injured|executing|executed|"
                          r"massacring|massacred)\s{1,3}(?:(?:at\s{1,3}least|some|about|around|more\s{1,3}than|over|"
                          r"nearly|up\s{1,3}to)\s{1,3})?$", re.IGNORECASE)
_HARM_AFTER = re.compile(r"\s{1,3}(?:were|had\s{1,3}been|have\s{1,3}been)\s{1,3}(?:\w{1,20}\s{1,3})?"
                         r"(?:killed|wounded|injured|executed|massacred)(?![\w-])", re.IGNORECASE)


# the count before, again: "9 soldiers and |as many| rebels", "killed 12 and wounded |as many|" (not a
# bound: "as many as 30")
_AS_MANY = re.compile(r"(?<![\w-])(?:and|with|while)\s{1,3}(?:[a-z]{3,20}(?:ed|ing)\s{1,3})?(?P<n>as\s{1,3}many)"
                      r"(?!\s{1,3}as(?![\w-]))(?=\s{1,3}[a-z]|\s{0,2}(?:[.,;]|$))", re.IGNORECASE)


def _harmed_displaced(text: str, q: numbers.Quantity) -> bool:
    """Whether a count of displaced people is of people a verb of harm befell."""
    m = _DISPLACED_PEOPLE.match(text, q.end)
    return m is not None and bool(_HARM_BEFORE.search(text, max(0, q.start - 30), q.start)
                                  or _HARM_AFTER.match(text, m.end()))


def _candidates(text: str, found_dates: "tuple[DateMention, ...] | None" = None) -> list[_Candidate]:
    pats = _compiled()
    out: list[_Candidate] = []
    if found_dates is None:
        from .dates import find_dates

        found_dates = find_dates(text)
    dates = [(d.start, d.end) for d in found_dates if d.kind in ("day", "month", "span", "year_span")]
    any_thing = False
    for q in numbers.scan(text):
        # a count reaching into a date is part of it: "between 5 and 7 June"
        if any(a < q.end and q.number_start < b for a, b in dates) or _is_not_casualty(text, q):
            continue
        thing = pats["not_casualty"].match(text[q.end:q.end + 25]) is not None \
            and not _harmed_displaced(text, q)
        any_thing |= thing
        out.append(_Candidate(q, thing=thing))
    taken = [(c.quantity.start, c.quantity.end) for c in out if not c.thing]  # "a 74-year-old man"
    tells = not _TELLING.isdisjoint(words_of(text))  # what _TOLD_BY needs
    for m in pats["article_noun"].finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if tells and _TOLD_BY.search(text, max(0, m.start() - 16), m.start()):
            continue  # "according to a doctor", "told a journalist": who tells or hears it
        if _RATIO_OF.search(text, max(0, m.start() - 60), m.start()):
            continue  # "One in five of those killed |was a child|": the one of the share, no one more
        det = m.group("det").lower()
        if det.startswith("both"):
            det = "both"
        elif det.endswith(("'s", "’s")):
            det = "his"  # a name's: as "his"
        sized = _SIZED_GROUP.search(m.group("adj")) if "-" in m.group("adj") else None
        if sized is not None and m.group("noun").lower() in _ONE_GROUP \
                and (size := numbers.scan(sized.group("n"))) and size[0].end == len(sized.group("n")):
            # "killing its two-man crew": the group's size, as "its crew of two" gives
            n = size[0].low
            out.append(_Candidate(numbers.Quantity(m.start(), m.start("adj"), m.start("adj"), n, n, "exact"), article=True))
            continue
        if det in _POSSESSIVES and _plural(m.group("noun")) and not _COLLECTIVE_OF.match(text, m.start("noun")):
            continue  # "his men": how many, it does not say; "their mother" is one; "its crew of three", three
        if det == "both" and not _plural(m.group("noun")):
            continue
        if det not in _POSSESSIVES and det != "both" and _plural(m.group("noun")) \
                and m.group("noun").lower() not in _ONE_GROUP:
            continue  # "a claim officials denied": one of what is many is no person (but "a family")
        after = text[m.end():m.end() + 30]
        nxt = re.match(r"\s{1,3}([a-z][\w-]*)", after)
        if nxt and not pats["stop"].match(nxt.group(1)) and nxt.group(1) not in ("of",) \
                and not _PARTICIPLE.fullmatch(nxt.group(1)):
            continue  # "a civilian car": the person noun is a modifier (but "a man identified as")
        n = 2 if det == "both" else 1  # "both pilots"
        out.append(_Candidate(numbers.Quantity(m.start(), m.start("adj"), m.start("adj"), n, n, "exact"), article=True))
    if "nother" in text or not _ORDINAL_ONE.isdisjoint(words_of(text)):
        taken = [(c.quantity.start, c.quantity.end) for c in out]
        for m in _ANOTHER_ALONE.finditer(text):
            # "a soldier was shot dead and another was wounded": one more, of the people before
            # (so is "a third": "Two soldiers were killed and a third was seriously wounded";
            # "both" are the two before: "two bombers attacked the base; both were killed")
            n = 2 if m.group().lower().startswith("both") else 1
            if not any(a < m.end() and m.start() < b for a, b in taken):
                out.append(_Candidate(numbers.Quantity(m.start(), m.end(), m.start(), n, n, "exact"), another=True))
    person_ends: list[int] = []  # where a phrase for one person ends: a name, a role after "the"
    if _definite_gate().may_match(text):
        # not inside the phrase of a person counted before: 'a man identified as "the brother of ..."'
        # (an age is no one counted: "the 74-year-old brother of ...")
        taken = [(c.quantity.start, c.quantity.end if not c.article else c.quantity.end + 40) for c in out if not c.thing]
        for m in _definite_roles().finditer(text):
            # "the head of the Hama military council was assassinated": one person; so is
            # "the commander of the brigade" after a part word ("among them", "including")
            if m.group("end") is not None and not _opens_a_part(text, m.start()) \
                    and not (_KILLED_BEFORE.search(text, max(0, m.start() - 16), m.start()) and _specific_role(text, m)):
                continue
            if not any(a < m.end() and m.start() < b for a, b in taken):
                out.append(_Candidate(numbers.Quantity(m.start(), m.start("adj"), m.start("adj"), 1, 1, "exact"),
                                      definite=True))
                person_ends.append(m.end())
    if not _HE_SHE.isdisjoint(words_of(text)):  # the sentence's words, found once for every gate
        for m in _PRONOUN.finditer(text):
            # "he had been kidnapped": one person, if a person-only outcome follows
            out.append(_Candidate(numbers.Quantity(m.start(), m.end(), m.start(), 1, 1, "exact"), pronoun=True))
    taken = [(c.quantity.start, c.quantity.end if not c.article else c.quantity.end + 40) for c in out if not c.thing]
    one_person = [c.quantity.end for c in out if c.article and not c.thing]
    name_ends: list[int] = []
    for m in _names().finditer(text):
        if (lead := _NAME_LEAD.match(text, m.start())) is not None:
            # "On Monday| Colonel Ahmad Hassan was killed": the words of a date open no name (nor a
            # party's initials: "In May FSA |Colonel Riad al-Assad")
            rank = _party_title()[2].search(text, lead.end(), m.end())
            if (m := _names().match(text, lead.end()) or (_names().match(text, rank.start()) if rank else None)) is None:
                continue
        if not _party_title()[0].match(text, m.start()) \
                and (rank := _party_title()[2].search(text, m.start() + 1, m.end())) is not None \
                and (lead is not None or _not_a_person(text[m.start():rank.start()])):
            # "In Homs |Colonel Ahmad Hassan", "Syrian Army |General Ali Abboud": a name starts at its rank,
            # after a place or a force (read with the rank by _party_title_before); not "the Syrian Sunni
            # Sheikh Ibrahim Salqini", whose words before the rank are his
            if (m := _names().match(text, rank.start())) is None:
                continue
        if any(a < m.end() and m.start() < b for a, b in taken) or _not_a_person(m.group("name")):
            continue
        if any(0 < m.start() - end <= 103 and _APPOSED.fullmatch(text, end, m.start()) for end in one_person) \
                or any(_ROLE_NAMED.fullmatch(text, end, m.start()) for end in person_ends):
            continue  # "a local commander of the Free Syrian Army, Abu Hamza, was killed": the same one
            # (so is one after a role: "killed the head of the local council, Abu Ali")
        # (the pattern needs "of" or "from" and at most "   the   " before the name)
        if ("of" in text[max(0, m.start() - 12):m.start()].lower() or "from" in text[max(0, m.start() - 14):m.start()].lower()) \
                and (whose := _WHOSE.search(text, max(0, m.start() - 45), m.start())) and _people_word(whose.group("noun")):
            continue  # "13 fighters from Jabhat al-Nusra", "commanders of Ahrar al-Sham": whose they are
        nxt = re.match(r"\s{1,3}([a-z][\w-]*)", text[m.end():m.end() + 30])
        if nxt and nxt.group(1) != "of" and not pats["stop"].match(nxt.group(1)):
            continue  # "Sunni Muslim villagers": the capitalised words are modifiers
        out.append(_Candidate(numbers.Quantity(m.start(), m.start(), m.start(), 1, 1, "exact"), named=True))
        name_ends.append(m.end())
    if name_ends:
        # "The army killed Abu Khaled, a rebel commander.": the one named, not one more (an apposition
        # that ends the clause: "killed Zahran Alloush, a soldier and two civilians" is a list)
        appositions = [ap.span() for e in name_ends if (ap := _APPOSITION_END.match(text, e)) is not None]
        out = [c for c in out if not (c.article and any(a < c.quantity.start < b for a, b in appositions))]
    if person_ends or name_ends:
        # "abducted the brother of Hussein Harmoush, one of the first defecting officers.": who he
        # was, in apposition at the clause's end, counts no one more
        ones = [ap.span() for e in (*person_ends, *name_ends) if (ap := _ONE_OF_END.match(text, e)) is not None]
        out = [c for c in out if not any(a < c.quantity.start < b for a, b in ones)]
    if "as many" in text:
        for m in _AS_MANY.finditer(text):
            # "killed 9 soldiers and as many rebels": the count before, again, of others
            before = [c for c in out if not c.thing and c.quantity.end <= m.start() and c.quantity.qualifier == "exact"]
            if before and not before[-1].article:
                q = before[-1].quantity
                out.append(_Candidate(numbers.Quantity(m.start("n"), m.end(), m.start("n"), q.low, q.high, "exact")))
    out.sort(key=lambda c: c.quantity.start)
    if not any_thing:
        return out
    # a count of things matters only to a count soon after it (a list that
    # shares a verb, a bare "one" that counts the same things)
    return [c for i, c in enumerate(out) if not c.thing
            or (i + 1 < len(out) and _NEAR_NEXT.fullmatch(text, c.quantity.end, out[i + 1].quantity.start))]


# a person who tells or hears a report, not one it counts
_TOLD_BY = re.compile(r"(?<![\w-])(?:according\s{1,3}to|told)\s{1,3}$", re.IGNORECASE)
_TELLING = frozenset({"according", "told"})
# the people a name after "from"/"of" belongs to: "13 |fighters| from Jabhat al-Nusra"
_WHOSE = re.compile(r"(?<![\w-])(?P<noun>[A-Za-z][\w-]{1,30})\s{1,3}(?:from|of)\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)


def _people_word(word: str) -> bool:
    """Whether ``word`` names people, singular or plural ("fighter",
    "commanders", "men", "rebels")."""
    w = word.lower()
    nouns = word_set("prose", "people", "nouns")
    return w in nouns or w in _irregular_plurals() or (w.endswith("s") and w[:-1] in nouns) \
        or (w.endswith("es") and w[:-2] in nouns) or side_of(w) != "unknown"


# what stands between one person and the name in apposition after it: the rest of
# its noun phrase, then a comma ("a commander| of the Free Syrian Army, |Abu Hamza")
_APPOSED = re.compile(r"[^,.;:()\d]{1,100},\s{0,2}")
_ROLE_NAMED = re.compile(r"\s{0,2},\s{1,3}")


@functools.cache
def _names() -> re.Pattern[str]:
    t = _prose()["names"]
    titles = "|".join(re.escape(w) for w in sorted(t["titles"], key=len, reverse=True))
    # (a capital may carry an accent: "Rémi Ochlik", "Şükrü")
    word = rf"{_CAPITAL}[a-z\u00df-\u00ff\u0100-\u017f'’-]{{1,20}}"
    return re.compile(
        rf"(?<![\w.-])(?P<name>(?:(?:{titles})\s{{1,2}}){{0,3}}{word}(?:\s{{1,2}}(?:al-|el-|bin\s|ibn\s|Abu\s|Abd\s|Al\s|El\s|Din\s)?{_CAPITAL}[\w'’-]{{1,20}}){{1,4}})(?![\w-])"
    )


_CAPITAL = "[A-Z\u00c0-\u00d6\u00d8-\u00de\u0141\u015a\u015e\u0160\u017b\u017d]"


# a count that opens its clause: at the sentence's start, after a clause's punctuation or a conjunction
_OPENS_CLAUSE = re.compile(r"(?:^|[,;:]\s{1,3}|(?<![\w-])(?:that|when|after|as|while)\s{1,3})(?:(?-i:[Tt])he\s{1,3})?$")


def _name_after(text: str, end: int) -> int | None:
    """Where a person's name right after ``text[:end]`` ends ("his brother| Maher
    al-Assad|"), or None."""
    if not text.startswith(" ", end):
        return None
    m = _names().match(text, end + 1)
    if m is None or _not_a_person(m.group("name")) or not _PASSIVE_NEXT.match(text, m.end()):
        return None  # (not the subject of a clause of its own: "killed a soldier Abu Ali had captured")
    return m.end()


# a passive verb or a death next: the name is the one it befell
_PASSIVE_NEXT = re.compile(r"\s{1,3}(?:was|were|had\s{1,3}been|has\s{1,3}been|is|died|reportedly)(?![\w-])")


_NAME_LEAD = re.compile(rf"(?:(?:On|In|At|By|During|Since|Until|Early|Late|Mid|{'|'.join(calendar.day_name)}|"
                        rf"{'|'.join(calendar.month_name[1:])})\s{{1,2}})+(?=[A-Z])")


def _not_a_person(name: str) -> bool:
    words = set(name.replace(".", " ").split())
    return bool(words & word_set("prose", "names", "not_people")) or words <= word_set("prose", "names", "titles")


def _is_not_casualty(text: str, q: numbers.Quantity) -> bool:
    number = text[q.number_start:q.end]
    before = text[max(0, q.start - 12):q.start]
    after = text[q.end:q.end + 25]
    if _YEAR.fullmatch(number.strip()) and not re.match(r"\s{1,3}(?:people|civilians|soldiers)", after):
        return True
    if re.search(r"(?:No\.\s?|#\s?|[A-Za-z]-|\d[:/])$", before) and number[:1].isdigit():
        return True  # "No. 5", "Su-22", "12:30"
    if _AGE_BEFORE.search(before):
        return True  # "children under the age of ten", "men aged between 20 and 40": an age
    if _NEGATED.search(before):
        return True  # "no one was killed", "not one soldier": none
    if (number.lower() in ("one", "1") and _ratio_after().match(after)) or _RATIO_BEFORE.search(before):
        return True  # "One in five of those killed was a child": a share, no count of people
    if _FAMILIES_AFTER.match(after) and _OF_OR_FROM_BEFORE.search(before):
        return True  # "Nine people from one family", "members of two families": whose the people were
    return False


_FAMILIES_AFTER = re.compile(r"\s{1,3}(?:famil(?:y|ies)|households?)(?![\w-])", re.IGNORECASE)
_OF_OR_FROM_BEFORE = re.compile(r"(?<![\w-])(?:of|from)\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)


@functools.cache
def _ratio_after() -> re.Pattern[str]:
    """The second count of a ratio after its one: "one| in five", "1| in every 4",
    "one| in a hundred" (only after one: "killed 12 in five attacks" is a count)."""
    return re.compile(rf"\s{{1,3}}in\s{{1,3}}(?:every\s{{1,3}}|an?\s{{1,3}})?{numbers.count_ahead()}", re.IGNORECASE)


# the one of a ratio: "one in |five" (see _ratio_after)
# a share of a whole, up to the predicate that says who its one is: "One in five of those killed was |a child"
_RATIO_OF = re.compile(r"(?<![\w-])(?:1|one)\s{1,3}in\s{1,3}(?:every\s{1,3})?[\w-]{1,12}\s{1,3}of\s{1,3}(?:the|those)\s{1,3}"
                       r"[\w-]{1,20}\s{1,3}(?:was|were|is|are)\s{1,3}$", re.IGNORECASE)
_RATIO_BEFORE = re.compile(r"(?<![\w-])(?:1|one)\s{1,3}in\s{1,3}(?:every\s{1,3})?$", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"(?<![\w-])(?:aged|ages?\s{1,3}of)\s{1,3}$", re.IGNORECASE)
_NEGATED = re.compile(r"(?<![\w-])(?:no|not)\s{1,3}$", re.IGNORECASE)


# --- noun phrases ---------------------------------------------------------


# a group's name after "from": "fighters from| the Free Syrian Army", "from| Jaish al-Islam"
_GROUP_AFTER = re.compile(r"\s{1,3}(?:the\s{1,3})?[A-Z]")
# (or its noun after it: 'killed "no fewer than 100"| soldiers')
_NOUN_AFTER_QUOTE = re.compile(r"\s{1,2}(?!(?:the|an?|he|she|they|it|we|said|says|told|added|according)(?![\w-]))[a-z]")
_OF_AFTER_QUOTE = re.compile(r"\s{1,3}of\s", re.IGNORECASE)


def _noun_phrase(text: str, pos: int) -> tuple[str, int, int]:
    """The noun phrase starting at ``pos``: ``(phrase, start, end)``.

    It ends before a stop word (a verb, preposition, conjunction or outcome
    word) or punctuation, after at most six words. "members of the security
    forces" and "six of their soldiers" reach through "of".
    """
    pats = _compiled()
    stop = pats["stop"]
    np = _prose()["noun_phrase"]
    words: list[tuple[str, int, int]] = []
    quoted = _OPEN_QUOTE.match(text, pos)  # scare quotes: 45 "terrorists" were killed
    i = quoted.end() if quoted else pos
    if not quoted and text[pos:pos + 1] in _CLOSE_QUOTES and (_OF_AFTER_QUOTE.match(text, pos + 1)
                                                              or _NOUN_AFTER_QUOTE.match(text, pos + 1)):
        i = pos + 1  # the count was quoted: '"dozens" of ISIL militants', 'killed "no fewer than 100" soldiers'
    closed_at = None  # where a quoted word closed inside the phrase: 50 "Nusayri" soldiers
    trimmed: int | None = None  # where the phrase's words end short of where reading goes on
    while len(words) < 6:
        m = pats["word"].match(text, i)
        if m is None and quoted and closed_at is None and words and text[i:i + 1] in _CLOSE_QUOTES \
                and (nxt := pats["word"].match(text, i + 1)) is not None and nxt.start("w") > i + 1 \
                and not stop.match(nxt.group("w")):
            closed_at, m = i, nxt
        if m is None:
            break
        w = m.group("w")
        lw = w.lower()
        if lw == "of":
            head = words[-1][0].lower() if words else ""
            if head in np["heads_with_of"] or not words:
                rest, rest_start, end = _of_phrase(text, m.end())
                if rest:
                    # "members of the security forces" keeps its "of"; "dozens of civilians" starts after it
                    start = m.start("w") if words else rest_start
                    words.append((text[start:end], start, end))
                    i = end
                    if rest_start + len(rest) < end and text.startswith(rest, rest_start):
                        trimmed = rest_start + len(rest)  # "... militia called the": the phrase before the determiner
            break
        if lw == "from" and words and words[-1][0].lower() in np["heads_with_of"] and _GROUP_AFTER.match(text, m.end()):
            rest, _, end = _of_phrase(text, m.end())
            if rest:  # "two commanders from Jaish al-Islam": whose, as after "of"
                words.append((text[m.start("w"):end], m.start("w"), end))
                i = end
            break
        if not words and lw in np["additive"]:
            i = m.end()  # "three more protesters": "more" is not the subject
            continue
        if lw == "and" and words and _people_head(words[-1][0]) and (uncounted := _uncounted_conjunct(text, m.end())):
            # "18 civilians and an unknown number of fighters were killed": the fighters are not of
            # the 18; the verb after them is still the count's
            trimmed, i = words[-1][2], uncounted
            words.append((w, m.start("w"), uncounted))
            break
        if (lw == "and" and words and (_people_head(words[-1][0]) or words[-1][0][0].isupper()
                                       or words[-1][0].lower() in _CORPS_MODIFIERS)
                or lw == "or" and words and _people_head(words[-1][0])) \
                and (more := _people_conjunct(text, m.end())):
            # ("One rebel or civilian was reported killed": one count of either)
            # "19 soldiers and members of pro-government militias were killed", "dozens of
            # Saudi and Sudanese soldiers", "19 army and security personnel": one count of both
            words.append((w, m.start("w"), more))
            break
        if lw in word_set("prose", "noun_phrase", "not_first") and (not words or _people_head(words[-1][0])):
            # "rose to 31 the next day", "killed 5 people an hour later": a
            # determiner opens another phrase
            break
        # (an initialism is no stop word: "20 IS militants", the Islamic State's)
        # (nor is a capitalised outcome noun, a word of a name: "12 Martyrs Brigade fighters")
        if (stop.match(w) and not (len(w) > 1 and w.isupper()) and not (w[0].isupper() and lw in _after_noun_words())) \
                or w[0].isdigit() \
                or (words and lw in word_set("numbers", "cardinals")) \
                or (w.endswith("ly") and w.islower() and len(w) > 4 and w not in word_set("prose", "noun_phrase", "ly_nouns")):
            break
        if words and _participle_after_head(words[-1][0], w):
            break  # "villagers escaped to", "a photographer working for": the verb, not the noun
        if words and lw in _DIRECTIONS and w.islower() and _OF_NEXT.match(text, m.end()):
            break  # "killed 26 militants| west of the town": where, not who
        words.append((w, m.start("w"), m.end("w")))
        i = m.end()
    if not words:
        return "", pos, i  # past any "more"/"other" skipped
    start, end = words[0][1], words[-1][2]
    if len(words) > 1 and words[-1][0].lower() in _TRAILING_DETERMINERS:
        # "members of the pro-government militia called the [name left out]": no noun after the
        # determiner; the phrase is what comes before it, read on from its end
        kept = words[:-2] if len(words) > 2 and words[-2][0].lower() in _NAMING_WORDS else words[:-1]
        return text[start:kept[-1][2]], start, end
    if trimmed is not None:
        return text[start:trimmed], start, end
    both = _BOTH_SIDES.match(text, end)
    if both:
        end = both.end()  # "40 fighters from both sides": no one side's
    if quoted and closed_at is not None and closed_at < end:
        return text[start - 1:end], start - 1, end  # a quoted word and the noun after it
    if quoted and text[end:end + 1] in _CLOSE_QUOTES:
        return text[start:end], start, end + 1  # the phrase inside its quotes, read on after them
    return text[start:end], start, end


_TRAILING_DETERMINERS = frozenset({"the", "a", "an"})
# a count that tells a higher one as possible, in commas: "12, and possibly as many as 20,"
_POSSIBLE_COUNT = re.compile(r",(?:\s{1,3}(?:and|or))?\s{1,3}(?:possibly|perhaps|maybe|probably)\s", re.IGNORECASE)
# the services that modify a noun for people, joined before it: "19 |army| and security personnel"
_CORPS_MODIFIERS = frozenset({"army", "military", "security", "police", "intelligence", "government", "regime",
                              "rebel", "opposition", "militia", "naval", "air"})
_NAMING_WORDS = frozenset({"called", "named", "dubbed", "known"})
_OPEN_QUOTE = re.compile(r"\s{1,3}[\"\u201c](?=[^\W\d_])")
# sets, not strings: the empty slice at the end of a text is no quote mark
_CLOSE_QUOTES = frozenset("\"\u201d")
_OPEN_QUOTES = frozenset("\"\u201c")


_BOTH_SIDES = re.compile(r"\s{1,3}(?:from|on|of)\s{1,3}(?:both|all|either)\s{1,3}sides(?![\w-])", re.IGNORECASE)


_COUNT_PHRASE = re.compile(r"(?<![\w-])(?:toll|figure|number|count|tally)(?![\w-])", re.IGNORECASE)


def _described_noun(text: str, pos: int) -> int:
    """Where the noun that an adjective ending at ``pos`` describes ends
    ("wounded| rebels" → after "rebels"), or ``pos`` when none follows."""
    gap = re.match(r"\s{1,3}", text[pos:pos + 3])
    if gap is None:
        return pos
    phrase, _, end = _noun_phrase(text, pos + gap.end())
    return end if phrase and unit_of(phrase) == "person" and not _is_thing(phrase) else pos


def _participle_after_head(previous: str, word: str) -> bool:
    """Whether ``word`` (a lower-case "-ed" or "-ing" form) follows a noun for
    people, and so starts the verb or a reduced relative rather than going on
    with the noun phrase. Before the noun the same forms are modifiers
    ("armed men", "wounded soldiers"), and a side word may still be a
    modifier ("government backed militia"), so only people nouns and plural
    side words count as heads."""
    if not (word.islower() and ((len(word) > 4 and word.endswith(("ed", "ing")))
                                or word in word_set("prose", "noun_phrase", "after_head"))):
        return False
    return _people_head(previous)


# a verb with an object of its own, not a noun: "and capturing another rebel"
_NEW_OBJECT = re.compile(r"[a-z][\w-]{1,20}ing\s|(?:\S{1,40}\s{1,3}){0,3}another\s", re.IGNORECASE)


def _people_conjunct(text: str, pos: int) -> int | None:
    """Where a second noun phrase for people after "and" at ``pos`` ends, or
    None: "soldiers and| militiamen", "soldiers and| members of the NDF";
    not a count of its own ("and two civilians", "and a child")."""
    phrase, _, end = _noun_phrase(text, pos)
    if not phrase or numbers.scan(text[pos:end]) or _NEW_OBJECT.match(phrase) or _OWN_VERB.match(text, end):
        return None
    head = phrase.split(" of ")[0].split()[-1]
    return end if _people_head(head) else None


# the verb of a clause of its own after a noun phrase: 'killed 13 soldiers and "terrorists"| also
# suffered losses'
_OWN_VERB = re.compile(r"[\"”]?\s{1,3}(?:also\s|(?:suffered|sustained|incurred)(?![\w-]))", re.IGNORECASE)


_UNCOUNTED_AND = re.compile(r"\s(?i:and)\s")


@functools.cache
def _uncounted() -> re.Pattern[str]:
    """The quantifiers of no count after "and" (the ``uncounted`` words of
    prose.toml's ``[noun_phrase]``), with the spaces around them."""
    words = alternation(word_set("prose", "noun_phrase", "uncounted"), space=r"\s{1,3}")
    return re.compile(rf"\s{{1,3}}(?:{words})\s{{1,3}}", re.IGNORECASE)


def _uncounted_conjunct(text: str, pos: int) -> int | None:
    """Where a group of no count after "and" at ``pos`` ends, or None: "and|
    an unknown number of fighters", "and| some militiamen"."""
    m = _uncounted().match(text, pos)
    if m is None:
        return None
    phrase, _, end = _noun_phrase(text, m.end())
    if not phrase or numbers.scan(phrase) or _OWN_VERB.match(text, end):
        return None
    return end if _people_head(phrase.split(" of ")[0].split()[-1]) else None


def _people_head(word: str) -> bool:
    """Whether ``word`` can head a noun phrase for people: a people noun,
    singular or plural, or a plural side word ("rebels")."""
    head = word.lower()
    nouns = word_set("prose", "people", "nouns")
    if head in nouns or head[:-1] in nouns or (head.endswith("es") and head[:-2] in nouns) or head in _irregular_plurals():
        return True
    return head.endswith("s") and side_of(head) != "unknown"


def _of_phrase(text: str, pos: int) -> tuple[str, int, int]:
    m = re.match(r"\s{1,3}(?:(?:(?i:the|its|their|his|her|our|us|them|those|these|whom|an?|one)|Syria's|[A-Z][\w-]{1,20}'s)(?![\w'’-]))?", text[pos:])
    det_end = pos + (m.end() if m else 0)
    det = text[pos:det_end].strip()
    if det.lower() in ("them", "those", "these", "whom", "us"):
        return det, pos, det_end
    if not det and (word := _WORD_AHEAD.match(text, det_end)) is not None \
            and word.group(1).lower() in word_set("prose", "noun_phrase", "causes"):
        return "", pos, pos  # "including 300 of starvation": what they died of, not who
    if det and (whole := _whole_count().match(text, det_end)) is not None:
        det_end = whole.end()  # "two of the |five| soldiers": the whole's count is not its people
    phrase, start, end = _noun_phrase(text, det_end)
    if not phrase:
        # "dozens of bodies": an outcome noun ends a noun phrase, but one that counts
        # the dead is the phrase here
        word = _WORD_AHEAD.match(text, det_end)
        if word and word.group(1).lower() in word_set("prose", "after_nouns", "counted"):
            return word.group(1), word.start(1), word.end(1)  # "4 of the prisoners"
        if word and (end := _described_noun(text, word.end(1))) > word.end(1):
            return text[word.start(1):end], word.start(1), end  # "4 of the captured soldiers": the participle describes them
        return "", pos, pos
    return phrase, start, end


_WORD_AHEAD = re.compile(r"\s{0,3}([a-z]{1,20})(?![\w-])")
# a direction after the noun, where they were: "26 militants| west of the town"
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                         "north-east", "north-west", "south-east", "south-west"})
_OF_NEXT = re.compile(r"\s{1,3}of\s", re.IGNORECASE)


@functools.cache
def _whole_count() -> re.Pattern[str]:
    """A whole's count after "of the", before its noun: "two of the| five| soldiers"."""
    cardinals = alternation(sorted(word_set("numbers", "cardinals")))
    return re.compile(rf"\s{{1,3}}(?:\d{{1,3}}(?:,\d{{3}}){{0,3}}|\d{{1,7}}|(?i:{cardinals}))(?=\s{{1,3}}[A-Za-z])")


# --- outcomes -------------------------------------------------------------


_DETERMINER = re.compile(r"\s{1,3}(?:an?|the|his|her|their|its)(?![\w-])", re.IGNORECASE)


def _has_object(text: str, pos: int) -> bool:
    """Whether a determiner or a count (the shared number grammar) follows ``pos``."""
    if _DETERMINER.match(text, pos):
        return True
    gap = re.match(r"\s{1,3}", text[pos:pos + 3])
    if gap is None:
        return False
    counts = numbers.scan(text[pos + gap.end():pos + gap.end() + 40])
    return bool(counts) and counts[0].start == 0 \
        and not _SPAN_OF_TIME.match(text, pos + gap.end() + counts[0].end)


# a count of time after a verb is how long, not whom: "45 killed| over two days| of fighting"
_SPAN_OF_TIME = re.compile(r"\s{1,3}(?:days?|nights?|weeks?|hours?|months?|years?)(?![\w-])", re.IGNORECASE)


_LED_AND = re.compile(r"(?:ed|caught|taken|held|led|brought|driven)(?![\w-])[^,.;]{0,60}?\sand\s")


def _after_outcome(text: str, pos: int) -> tuple[str, int, int] | None:
    """The outcome after a subject ending at ``pos``: ``(outcome, start, end)``.

    A bare verb with an object after it is active ("a militia killed five
    people") and gives nothing; an outcome noun followed by a participle
    yields to the participle ("four hostages were killed").
    """
    t = _prose()["after_nouns"]
    m = _compiled()["after"].match(text, pos)
    led = m is None
    if led and _LED_AND.search(text, pos, pos + 160):
        m = _compiled()["after_led"].match(text, pos)
    if m is None:
        return None
    word = " ".join(m.group("out").lower().split())
    if m.group("out")[0].isupper() and word in t["words"]:
        return None  # "12 Martyrs Brigade fighters": a capitalised outcome noun is a word of a name
    if m.start("out") > pos + 1 and word in t["counted"] and not _AUX_VERB.search(m.group("aux")) \
            and _of_a_count().match(text, m.end()):
        # "released 20 detainees in return for the bodies of 5 soldiers": a noun that counts
        # people of its own, further on, is the later count's
        return None
    if word == "shot" and _DOWN.match(text, m.end()):
        return None  # "Two of the 4 helicopters were shot down": aircraft, not people shot
    if led and word in t["transitive"] and _has_object(text, m.end()):
        return None  # "5 soldiers were deployed to the town and killed 3 rebels": they did the killing
    if not _AUX_VERB.search(m.group("aux")) and word in t["transitive"] and _has_object(text, m.end()):
        return None  # "5 gunmen (reportedly) killed 3 soldiers": an active verb, its object the victims
    if word in t["words"]:
        later = _compiled()["after"].match(text, m.end())
        if later is not None and " ".join(later.group("out").lower().split()) not in t["words"]:
            m = later
    after, _ = _lookups()
    outcome = _outcome_of(m.group("out"), after)
    if outcome == "wounded" and _FATALLY.search(m.group("aux")):
        outcome = "killed"  # "three of them fatally wounded", "was mortally wounded": wounds they died of
    if outcome in word_set("outcomes", "sequences", "first") and (then := _THEN.match(text, m.end())):
        # "12 civilians were abducted and killed": what became of them is the last
        last = _outcomes.find(text, then.end(), min(len(text), then.end() + 40))
        if last and last[0][1][0] == then.end() and last[0][0] in word_set("outcomes", "sequences", "last") \
                and not _has_object(text, last[0][1][1]):
            # (but "took 12 prisoners and killed 3 soldiers": the captors killed others)
            return last[0][0], m.start("out"), last[0][1][1]
    return outcome, m.start("out"), m.end()


@functools.cache
def _of_a_count() -> re.Pattern[str]:
    """ "of" and a count: "the bodies| of 5 soldiers"."""
    return re.compile(rf"\s{{1,3}}of\s{{1,3}}(?:(?:at\s{{1,3}}least|some|about|around|over|more\s{{1,3}}than)\s{{1,3}})?"
                      rf"{numbers.count_ahead()}", re.IGNORECASE)


# none of a counted group lived: "|None of the |12 hostages| survived|"
_NONE_OF = re.compile(r"(?<![\w-])(?:none|not\s{1,3}one|no\s{1,3}one)\s{1,3}of\s{1,3}(?:the|its|their|his|her)\s{1,3}$", re.IGNORECASE)
# (an outcome noun the noun phrase leaves out may stand between: "12| hostages |survived")
_SURVIVED = re.compile(r"\s{1,3}(?:[\w'’-]{2,30}\s{1,3})?(?:had\s{1,3}|have\s{1,3}|has\s{1,3})?(?P<verb>survived)(?![\w-])",
                       re.IGNORECASE)


# a verb group right after a noun phrase: "51 captured soldiers| had been executed", "12 wounded soldiers| died",
# "Five abducted journalists| were found dead"
_AUX_OR_VERB_AFTER = re.compile(r"\s{1,3}(?:(?:had|have|has|were|was|been|later|also|reportedly|subsequently)\s{1,3}){0,3}"
                                r"(?:died|executed|killed|shot|beheaded|succumbed|perished|murdered|slain|massacred|hanged|"
                                r"found\s{1,3}dead|tortured\s{1,3}to\s{1,3}death)(?![\w-])", re.IGNORECASE)


# a relative clause after the counted people: "Two soldiers| who refused to fire on protesters| were executed"
_WHO = re.compile(r"\s{0,2},?\s{1,3}who\s", re.IGNORECASE)
# the dead found: "|the bodies of |23 men", "the remains of"
_REMAINS = re.compile(r"(?<![\w-])(?:bodies|remains|corpses)\s{1,3}of", re.IGNORECASE)
_MAIN_VERB = re.compile(r"[^,;:.()\d\"\u201c]{1,80}?(?=\s{1,3}(?:were|was)\s)", re.IGNORECASE)


def _after_relative(text: str, pos: int) -> tuple[str, int, int] | None:
    """The outcome of people described by a relative clause starting at
    ``pos`` (after "who"): the main verb after the clause ("Two soldiers who
    refused to fire were |executed"), else the clause's own passive verb
    ("three civilians who were |killed by snipers"). A clause holding a
    number or a comma is not skipped."""
    main = _MAIN_VERB.match(text, pos)
    if main is not None and (found := _after_outcome(text, main.end())) is not None:
        return found
    return _after_outcome(text, pos - 1)


_DOWN = re.compile(r"\s{1,3}down(?![\w-])", re.IGNORECASE)
# an auxiliary makes the participle passive: "were killed", "had been captured" (an adverb does not)
_AUX_VERB = re.compile(r"(?<![\w-])(?:were|was|been|being|be|are|is)(?![\w-])", re.IGNORECASE)
# "abducted| and later |killed": the next thing that befell them
_THEM = re.compile(r"\s{1,3}(?:them|all\s{1,3}of\s{1,3}them)(?![\w-])", re.IGNORECASE)


def _fate_of_them(text: str, pos: int) -> tuple[str, int] | None:
    """What became of people taken, told after them by a pronoun: "abducted
    5 workers| and later executed them" gives ``("executed", end of
    "them")``; None when nothing follows so."""
    then = _THEN.match(text, pos)
    if then is None:
        return None
    last = _outcomes.find(text, then.end(), min(len(text), then.end() + 30))
    if not last or last[0][1][0] != then.end() or last[0][0] not in word_set("outcomes", "sequences", "last"):
        return None
    them = _THEM.match(text, last[0][1][1])
    return (last[0][0], them.end()) if them else None


_THEN = re.compile(r"\s{1,3}and\s{1,3}(?:(?:later|then|subsequently|eventually)\s{1,3})?", re.IGNORECASE)


@functools.cache
def _before_tails() -> tuple[frozenset[str], WordGate] | None:
    """What a text must end with for the "before" pattern to end there: the
    last word of a before phrase, of a before pattern (the table's
    ``before_patterns_tails``) or of a word between it and the count; and
    the gate of the before patterns, for a text that ends in no word. None
    when a phrase does not end in a plain (ASCII) word, and the pattern
    alone decides."""
    t = _prose()
    _, before_lookup = _lookups()
    tails = {w for outcome in t["before_patterns"] for ws in t["before_patterns_tails"][outcome] for w in ws}
    for phrase in [*before_lookup, *t["between"]["words"]]:
        m = _TAIL_WORD.search(phrase)
        if m is None or not phrase.isascii():
            return None
        tails.add(m.group().lower())
    return frozenset(tails), WordGate([], words=_before_pattern_words())


_TAIL_WORD = re.compile(r"[^\W\d_]{1,40}$")


def _may_end_a_before_phrase(text: str, start: int) -> bool:
    """False only when no before phrase or pattern (and the spaces after it)
    can end at ``start``: the word before those spaces is no phrase's or
    pattern's last word. Most counts follow a word that ends none
    ("reported that 13 soldiers")."""
    found = _before_tails()
    if found is None:
        return True
    tails, patterns = found
    before = text[max(0, start - 44):start]
    head = before.rstrip()
    if not 1 <= len(before) - len(head) <= 3:
        # no spaces before the count, or more than a phrase's three: only a pattern may end here
        return len(before) > len(head) and patterns.may_match(text)
    if head[-1:] in _CLOSE_QUOTES:
        head = head[:-1]  # a verb in scare quotes
    word = _TAIL_WORD.search(head)
    if word is None:
        return patterns.may_match(text)  # a digit or a sign before the spaces ends no phrase
    if not word.group().isascii():
        return True  # "ſhot": the pattern alone knows its case folding
    return word.group().lower() in tails


@functools.cache
def _dead_nouns() -> frozenset[str]:
    """The nouns that count the dead by themselves ("bodies", "corpses"): the
    counted outcome nouns whose outcome is killed."""
    after, _ = _lookups()
    return frozenset(w for w in _prose()["after_nouns"]["counted"] if after.get(w) == "killed")


# a cost in men to whom it cost: "the assault cost the rebels| 38 men", "costing
# Hezbollah| 30 fighters" (the object is one to three words, so no table phrase
# can end on it, and the phrase gate does not look for it)
_COST_WORD = r"(?!(?:lives|of)(?![\w'’-]))[A-Za-z][\w'’-]{1,29}"  # not "cost the lives of"
COST_TO = re.compile(rf"(?<![\w-])(?:cost|costing|costs)\s{{1,3}}(?:(?:the|their|its)\s{{1,3}})?"
                     rf"{_COST_WORD}(?:\s{{1,3}}{_COST_WORD}){{0,2}}\s{{1,3}}$", re.IGNORECASE)


def _before_outcome(text: str, start: int) -> tuple[str, int] | None:
    if start and text[start - 1] in _OPEN_QUOTES:
        start -= 1  # a count in quotes: 'had killed "dozens of terrorists"'
    if not _may_end_a_before_phrase(text, start):
        return None
    window_start = max(0, start - 90)
    m = _compiled()["before"].search(text, window_start, start)
    if m is None or m.end() != start:
        return None
    _, before = _lookups()
    phrase = m.group("out")
    outcome = before.get(" ".join(phrase.lower().split()))
    if outcome is None:
        outcome = next(
            (o for o, ps in _prose()["before_patterns"].items() if any(re.fullmatch(p, phrase, re.IGNORECASE) for p in ps)),
            "killed",
        )
    quoted = m.start() > 0 and text[m.start() - 1] in _OPEN_QUOTES and text[m.end("out"):m.end("out") + 1] in _CLOSE_QUOTES
    return outcome, m.start() - quoted


# a toll that went past a count is more than it: "the toll exceeded| 50" (only the toll
# pattern ends on these verbs)
# the running counts a count past which went is a lower bound of: "the toll exceeded 50", "deaths topped 100"
_RUNNING_COUNTS = ("toll", "deaths", "fatalities", "number")
_PASSED = re.compile(r"(?<![\w-])(?:exceeded|exceeding|surpassed|surpassing|topped|passed)\s{1,3}$", re.IGNORECASE)


def _cost_to(text: str, start: int, subject: str) -> tuple[str, int] | None:
    """ "The assault cost the rebels 38 men": the men were killed (a count
    with an outcome of its own, "cost the army 12 dead", keeps it); a cost
    in anything but people or lives ("cost the state 3 million dollars") is
    no figure."""
    if "cost" not in text[max(0, start - 110):start].lower():
        return None  # what COST_TO needs, looked for first
    words = subject.split()
    if not words or not (_people_word(words[-1]) or words[-1].lower() == "lives" or side_of(subject) != "unknown"):
        return None
    cost = COST_TO.search(text, max(0, start - 110), start)
    return ("killed", cost.start()) if cost is not None else None


# "the number of [dead] rebels [killed] at": the people a running count counts
_NUMBER_OF = re.compile(
    r"number\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:(?:dead|killed|captured|detained|abducted|kidnapped|arrested)\s{1,3})?"
    r"(?P<noun>[A-Za-z][\w-]{1,30}(?:\s{1,3}[A-Za-z][\w-]{1,30}){0,2}?)"
    r"(?=\s{1,3}(?:killed|dead|captured|detained|abducted|kidnapped|arrested|taken|held|wounded|injured|in|at|to|during|since|over"
    r"|from|on|among|was|had|has|is|rose|risen|reached|stood|climbed)(?![\w-]))",
    re.IGNORECASE,
)


# the second count of a pair of tolls: "(at 143,) and |that of rebels at| 212"
_THAT_OF = re.compile(r"that\s{1,3}of\s{1,3}(?:the\s{1,3})?"
                      r"(?P<noun>[\w'’-]{2,30}(?:\s{1,3}[\w'’-]{2,30})?)\s{1,3}at\s{1,3}$", re.IGNORECASE)


def _counted_of_number(text: str, start: int, end: int) -> str | None:
    """Who the "number of ..." phrase between ``start`` and ``end`` counts,
    when it names people: "the number of soldiers killed" counts soldiers,
    "the number of dead" no one named."""
    m = _NUMBER_OF.search(text, start, end)
    if m is None:
        return None
    noun = m.group("noun")
    head = noun.split()[-1].lower()
    if head in word_set("prose", "people", "nouns") or head in _HELD_NOUNS or side_of(noun) != "unknown":
        return noun  # (those held are people: "the number of prisoners held by the rebels")
    return None


_HELD_NOUNS = frozenset({"prisoners", "detainees", "captives", "hostages"})


_UNSPECIFIED = re.compile(r"(?:unknown|unspecified|undisclosed|large|small|growing|certain)\s{1,3}(?:number|amount)\s{1,3}of\s{1,3}$|number\s{1,3}of\s{1,3}$", re.IGNORECASE)


def _person_outcome(text: str, s_end: int, q_start: int, q_end: int, outcome: str | None) -> bool:
    """Whether a named person's outcome is one only a person has ("was
    killed", "defected", "was abducted"), not "was captured" (a town can be)."""
    t = _prose()["names"]
    if outcome in t["outcomes"]:
        return True
    span = text[s_end:q_end] if q_end > s_end else text[q_start:s_end]
    return outcome == "captured" and any(w in span.lower() for w in t["kidnap_words"])


# (a noun, not an age: "Ahmad Hassan, 25, was shot dead")
_APPOSITION = re.compile(r"\s{0,2},\s{0,2}(?:an?\s{1,3}|the\s{1,3})?(?P<noun>[^\W\d_][^,;.]{2,59}?)\s{0,2},")
# a role in apposition to a name, ending its clause: "The army killed Abu Khaled|, a rebel commander|."
# (no list: "killed Zahran Alloush, a soldier and two civilians")
_ONE_OF_END = re.compile(r"\s{0,2},\s{0,2}one\s{1,3}of\s{1,3}(?:the|his|her|its|their)\s{1,3}[^,;.\d]{2,60}?\s{0,2}(?=[.;!?]|$)",
                         re.IGNORECASE)
_APPOSITION_END = re.compile(r"\s{0,2},\s{0,2}(?:an?|the)\s{1,3}"
                             r"(?P<noun>[^\W\d_](?:(?!\s(?:and|or|as\s{1,3}well\s{1,3}as)\s)[^,;.\d]){2,59}?)\s{0,2}(?=[.;!?]|$)",
                             re.IGNORECASE)


@functools.cache
def _after_noun_words() -> frozenset[str]:
    """The outcome nouns ("martyrs", "bodies", "deaths"), lower case."""
    return frozenset(_prose()["after_nouns"]["words"])


@functools.cache
def _titles_bare() -> frozenset[str]:
    """The titles before a name, without their dots: "Brig", "Gen", "Colonel"."""
    return frozenset(t.rstrip(".") for t in _prose()["names"]["titles"])


def _apposition(text: str, s_end: int, q_end: int) -> str | None:
    """ "Anas Alkharboutli, a photographer working for DPA, was killed":
    "photographer"; the words after the role that place it ("working for
    DPA", "from Aleppo") are not who was counted."""
    m = _APPOSITION.match(text, s_end, q_end)
    if m is None and q_end <= s_end:
        # (after a name its verb came before, ending the clause: "The army killed Abu Khaled, a rebel commander.")
        m = _APPOSITION_END.match(text, s_end)
    if m is None:
        return None
    role = _LEADING_ARTICLE.sub("", m.group("noun").strip())  # (past an age: "a 25-year-old activist")
    placed = _PLACING.search(role)
    return role[:placed.start()].strip() if placed and placed.start() else role


_LEADING_ARTICLE = re.compile(r"^(?:an?|the)\s{1,3}", re.IGNORECASE)
# a phrase that places a role after it: "photographer| working for DPA", "army defector| from Aleppo"
_PLACING = re.compile(r"\s(?:from|for|in|at|near|with|based|working|serving|who|which|whose)(?![\w-])")


_UNSPECIFIED_AT = re.compile(r"(?:an?\s{1,3})?(?:unknown|unspecified|undisclosed)\s{1,3}number", re.IGNORECASE)


def _unspecified(text: str, c: numbers.Quantity) -> bool:
    """ "an unspecified number of ...": the guide says no figure."""
    if "number" not in words_of(text):
        return False  # both forms hold the word
    return bool(_UNSPECIFIED_AT.match(text, c.start, c.start + 40)) or bool(
        _UNSPECIFIED.search(text, max(0, c.start - 40), c.start)
    )


@functools.lru_cache(maxsize=512)
def _is_thing(subject: str) -> bool:
    """Whether a subject counts equipment, places or time rather than people
    (cached: subjects are a small vocabulary)."""
    if not subject:
        return False
    # the head of "members of the brigade" is "members": the brigade is whose they are (so is
    # that of "fighters from the Islamic Front", whose "Front" is no frontline)
    subject = _OF.split(subject, maxsplit=1)[0]
    if unit_of(subject) != "person":
        return True
    head = subject.split()[-1]
    return bool(_compiled()["not_casualty"].match(head))


_OF = re.compile(r"\s{1,3}(?:of|from|with)\s{1,3}", re.IGNORECASE)


def _is_outcome_noun(phrase: str) -> bool:
    return " ".join(phrase.lower().split()) in _prose()["after_nouns"]["words"]


def _second_noun_outcome(text: str, pos: int, first: str) -> tuple[str, int] | None:
    """ "multiple deaths and injuries": the second noun's outcome and its end."""
    m = re.match(r"\s{1,3}and\s{1,3}", text[pos:pos + 8])
    if m is None:
        return None
    nxt = _compiled()["after"].match(text, pos + m.end())
    if nxt is None or nxt.group("aux").strip() or nxt.start("out") != pos + m.end():
        return None
    word = " ".join(nxt.group("out").lower().split())
    after, _ = _lookups()
    outcome = after.get(word)
    if word not in _prose()["after_nouns"]["words"] or outcome in (None, first):
        return None
    return outcome, nxt.end()


_POSSESSIVE = r"(?:(?:his|her|their|its)\s{1,3})?"  # "a woman and her two children"
_JOINER = re.compile(r"\s{0,3}(?:,\s{0,3}(?:and\s{1,3}|as\s{1,3}well\s{1,3}as\s{1,3})?|and\s{1,3}|as\s{1,3}well\s{1,3}as\s{1,3}|along\s{1,3}with\s{1,3}|plus\s{1,3})"
                     # (more of them: "killed 14 rebels on 3 May, and |another| 9 on 4 May")
                     r"(?:(?:another|a\s{1,3}further|an\s{1,3}additional)\s{1,3})?"
                     + _POSSESSIVE + "$")

# a possessive before one person counts one ("their mother"); "both" counts two
_POSSESSIVES = frozenset({"his", "her", "its", "their"})


def _irregular_plurals() -> frozenset[str]:
    """The plurals of people nouns that are not the noun with "s" ("men", "wives")."""
    return word_set("prose", "people", "irregular_plurals")


# the nouns of one group that count as many: "a family", "a crew"
_ONE_GROUP = frozenset({"family", "staff", "crew", "police", "personnel", "peshmerga"})


def _plural(noun: str) -> bool:
    """Whether a people noun names more than one ("soldiers", "men")."""
    last = noun.split()[-1].lower()
    return last in _irregular_plurals() or (last.endswith("s") and not last.endswith("ss"))


def find_mentions(text: str, *, dates: "tuple[DateMention, ...] | None" = None) -> list[Mention]:
    """Every casualty figure in one sentence, left to right.

    ``dates`` are the sentence's dates, when the caller has them already
    (:func:`~casualtylib.dates.find_dates`): a day's number is no count.
    """
    if not _gate().may_match(text):
        return []  # no outcome word and no part word: nothing can be a figure
    return _mentions_in(text, dates)


# the dead found, then how they died: "the bodies of 7 soldiers were found|; they had been executed"
_BODIES = re.compile(r"(?:the\s{1,3})?bodies\b", re.IGNORECASE)
_THEY_EXECUTED = re.compile(r"[;,]\s{0,3}(?:(?:and|but)\s{1,3})?"
                            # (a reporter may say so: "; the SOHR said they had been executed")
                            r"(?:(?:the\s{1,3})?[A-Za-z][\w.-]{1,30}(?:\s{1,2}[A-Z][\w.-]{1,30}){0,3}\s{1,3}(?:said|reported|claimed|added)\s{1,3}(?:that\s{1,3})?)?"
                            r"(?:they|all\s{1,3}of\s{1,3}them|most\s{1,3}of\s{1,3}them)\s{1,3}"
                            r"(?:(?:had\s{1,3}been|were|appeared\s{1,3}to\s{1,3}have\s{1,3}been)\s{1,3})?(?:summarily\s{1,3})?executed(?![\w-])",
                            re.IGNORECASE)


# scare quotes around a word or two: 60 militants had been "eliminated", killed 40 "terrorists"
_SCARE_QUOTED = re.compile(r'(?<![\w"\u201c])["\u201c](?=[^\W\d_])([^"\u201c\u201d\d,;:.!?()]{1,40})["\u201d](?![\w"\u201d])')


def _unquoted(text: str) -> str:
    """``text`` with the marks of scare quotes (one to three words, no
    number, no punctuation) as spaces: the words read as if unquoted, and
    every offset stays where it was. A quotation ("We lost 15 men") keeps
    its marks.

    >>> _unquoted('60 militants had been "eliminated".')
    '60 militants had been  eliminated .'
    """
    def blank(m: re.Match[str]) -> str:
        return f" {m.group(1)} " if m.group(1).count(" ") <= 2 and m.group(1)[-1:] != " " else m.group()
    return _SCARE_QUOTED.sub(blank, text)


def _open_marks(s: str) -> int:
    """How many quote marks ``s`` opens and does not close (straight marks
    pair up among themselves)."""
    return s.count('"') % 2 + s.count("\u201c") - s.count("\u201d")


_MARKS_AS_SPACES = str.maketrans('"\u201c\u201d', "   ")


def _requoted(text: str, m: Mention) -> Mention:
    """``m``, found in ``text`` with its scare quotes blanked, with its quote
    holding both marks of a scare quote it holds one of ('had been
    "eliminated"', '"dozens of terrorists" were killed') and its subject as
    written ('"Nusayri" soldiers')."""
    qs, qe = m.quote_start, m.quote_end
    if qs and text[qs - 1] in _OPEN_QUOTES and _open_marks(text[qs - 1:qe]) == 0:
        qs -= 1
    if text[qe:qe + 1] in _CLOSE_QUOTES and _open_marks(text[qs:qe]) > 0:
        qe += 1
    subject, e = m.subject, m.subject_end
    start = e - len(subject)
    if start > 0 and text[start - 1] in _OPEN_QUOTES and _open_marks(text[start - 1:e]) == 0:
        start -= 1  # '50 "Nusayri" soldiers'
    written = text[start:e] if start >= 0 else subject
    if written != subject and _open_marks(written) == 0 and written.translate(_MARKS_AS_SPACES).strip() == subject:
        subject = written
    return replace(m, quote_start=qs, quote_end=qe, subject=subject)


def _mentions_in(text: str, dates: "tuple[DateMention, ...] | None" = None) -> list[Mention]:
    if ('"' in text or "\u201c" in text) and (plain := _unquoted(text)) != text:
        return [_requoted(text, m) for m in _mentions_in(plain, dates)]
    pats = _compiled()
    anaphors = word_set("prose", "noun_phrase", "anaphors")
    part_before, part_after = pats["part_before"], pats["part_after"]
    raw: list[dict] = []
    previous_subject, previous_end = "", 0
    titled: tuple[str, int] | None = None  # the role before the latest name, and where that name ends
    for cand in _candidates(text, dates):
        c = cand.quantity
        # a name's title right before it: "|rebel commander |Abu Khaled" (where its verb or part word stands)
        name_title = _title_before(text, c.start) if cand.named else None
        if any(r["end"] <= c.start < r["s_end"] for r in raw):
            continue  # inside an earlier figure's noun phrase: "7 members of one family"
        size = None  # the count a collective names: "a family of five"
        if cand.article:
            m = pats["article_noun"].match(text, c.start)
            assert m is not None
            if raw and raw[-1]["article"] and _APPOSED_GAP.fullmatch(text, raw[-1]["s_end"], c.start) \
                    and text[m.end():m.end() + 1] == "," and not _NOT_APPOSITION_AFTER.match(text, m.end()):
                continue  # "a leading activist, a lawyer, after he was shot dead": one person, twice named
            if raw and raw[-1]["low"] == raw[-1]["high"] == 1 and (not raw[-1]["subject"] or raw[-1]["anaphor"]) \
                    and (gap := _ONE_OF.fullmatch(text, raw[-1]["s_end"], c.start)) is not None \
                    and (gap.group("of") or raw[-1]["anaphor"]) \
                    and (gap.group("was") or (text[m.end():m.end() + 1] == "," and not _NOT_APPOSITION_AFTER.match(text, m.end()))):
                # "One of the wounded, a 10-year-old girl, died", "One of them, a soldier,", "One of
                # the dead was a 12-year-old boy": who the one was
                raw[-1].update(subject=text[m.start("adj"):m.end()], anaphor=False, qe=max(raw[-1]["qe"], m.end()))
                continue
            subject, s_start, s_end = text[m.start("adj"):m.end()], m.start("adj"), m.end()
            if (first := subject.split(" ", 1))[0].lower() in _prose()["noun_phrase"]["additive"] and len(first) > 1:
                # "a third journalist being injured": a journalist, one more
                s_start += len(subject) - len(first[1].lstrip())
                subject = first[1].lstrip()
            if (coll := _COLLECTIVE_OF.match(text, m.start("noun"))) is not None \
                    and (counts := numbers.scan(coll.group("n"))) and counts[0].end == len(coll.group("n")):
                size = counts[0]  # "killing a family of five", "its crew of three": five, three
                subject, s_end = text[s_start:coll.end()], coll.end()
            elif m.group("noun").lower() == "couple":
                size = replace(c, low=2, high=2)  # "an elderly couple died": two people
            elif text[s_end:s_end + 4].lower().startswith(" of "):
                more, _, more_end = _of_phrase(text, s_end + 3)
                if more:
                    subject, s_end = text[s_start:more_end], more_end
        elif cand.named:
            nm = _names().match(text, c.start)
            assert nm is not None
            subject, s_start, s_end = nm.group("name"), nm.start(), nm.end()
        elif cand.definite:
            dm = _definite_roles().match(text, c.start)
            assert dm is not None
            subject, s_start, s_end = text[dm.start("adj"):dm.end()], dm.start("adj"), dm.end()
        elif cand.pronoun:
            subject, s_start, s_end = "", c.start, c.end
        else:
            # (past the comma closing a count's aside: "12, and possibly as many as 20|,| soldiers", or
            # a source's note: "45 |(LCC)| civilians")
            np_at = c.end + 1 if text.startswith(",", c.end) and _POSSIBLE_COUNT.search(text, c.start, c.end) else c.end
            if text.startswith((" (", "("), np_at) and (note := _NOTE_FIRST.match(text, np_at)) is not None \
                    and _NOUN_NEXT.match(text, note.end()) and _after_outcome(text, note.end()) is None:
                np_at = note.end()
            subject, s_start, s_end = _noun_phrase(text, np_at)
        subject = subject.strip()
        outcome = how = out_start = None
        listed_part = False  # a name of a list that is part of a whole: "Those killed included A, |B| and C"
        roled = False  # a name after its role and a verb: "captured |the rebel commander |Abu Ali"
        q_start, q_end = c.start, s_end
        found = _after_outcome(text, s_end)
        if found is None and not subject and (whole_named := part_after.match(text, c.end)) is not None:
            found = _after_outcome(text, whole_named.end())  # "Two of the wounded |succumbed to their injuries"
        if found is None and subject and " but " in text[s_end:s_end + 130] \
                and _OPENS_CLAUSE.search(text, max(0, c.start - 16), c.start) \
                and (but := _compiled()["after_but"].match(text, s_end)) is not None:
            # "the two journalists initially escaped the shooting, but were killed" (the answer key's
            # 002-126): the clause's subject, what befell it after "but"
            found = (_outcome_of(but.group("out"), _lookups()[0]), but.start("out"), but.end())
        if found is None and cand.article and (named := _name_after(text, s_end)) is not None:
            # "His brother Maher al-Assad was wounded", "A rebel commander Abu Ali was killed": the
            # person named right after the role, its verb after the name
            found = _after_outcome(text, named)
        if found is None and subject and not (cand.named or cand.article or cand.pronoun or cand.definite or cand.another) \
                and text[max(0, c.start - 3):c.start].rstrip().endswith(",") \
                and (closing_comma := _CLOSING_COMMA.match(text, s_end)) is not None:
            # "A third of the garrison, some 120 men, were killed": a count in apposition, its verb after it
            found = _after_outcome(text, closing_comma.end())
        if found is None and not raw and not (cand.named or cand.pronoun or cand.definite) \
                and (itself := _ITSELF_TOO.search(text, s_end, min(len(text), s_end + 200))) is not None \
                and ";" not in text[s_end:itself.start()] \
                and (itself.group("self").lower() == "themselves") == (c.high is None or c.high > 1):
            # "A suicide bomber drove a truck into the checkpoint, killing himself and 19 soldiers": the
            # clause's subject, whom its reflexive names among the dead
            found = (_outcome_of(itself.group("out"), _lookups()[1]), itself.start("out"), itself.end())
        if "urviv" in text and (no_one := _NONE_OF.search(text, max(0, c.start - 24), c.start)) is not None \
                and (survived := _SURVIVED.match(text, s_end)) is not None:
            # "None of the 12 hostages survived": all of them died
            found, q_start = ("killed", survived.start("verb"), survived.end()), no_one.start()
        if subject and " and " not in subject and _UNCOUNTED_AND.search(text, c.end, s_end):
            # a group of no count after the counted people ("18 civilians and some fighters")
            if found is not None and _before_outcome(text, c.start) is not None:
                found = None  # "Rebels killed 12 soldiers and some civilians were wounded": the verb after is the others'
            if found is None and (at := text.find(subject, c.end, s_end)) >= 0:
                q_end = at + len(subject)  # the quote ends with the counted people
        if (rel := _WHO.match(text, s_end)) is not None and (
                found is None or ((main := _MAIN_VERB.match(text, rel.end())) is not None
                                  and (fate := _after_outcome(text, main.end())) is not None
                                  and fate[0] != found[0])):
            # "The 12 soldiers who were captured on Monday were executed on Wednesday": the main
            # verb after the clause tells what became of them
            found = _after_relative(text, rel.end())
        closing = _APPOSED_NAME.match(text, s_end) if cand.named and found is None else None
        appositive = closing is not None and text[max(0, s_start - 3):s_start].rstrip().endswith(",")
        if appositive:
            # "The brigade's commander, Colonel Ahmed Hassan, was killed": a name in apposition
            found = _after_outcome(text, closing.end())
        if found and not text[s_end:found[1]].strip() and _is_outcome_noun(text[found[1]:found[2]]):
            verb = _before_outcome(text, c.start)
            if verb is not None:
                # "the army executed 9 prisoners": the verb, not the noun, says what happened;
                # "executed 12 wounded rebels": the noun is an adjective of the next one
                s_end = _described_noun(text, found[2])
                word = text[found[1]:found[2]]
                if s_end > found[2] or subject or word.lower() in _prose()["after_nouns"]["counted"]:
                    subject = (subject + " " if subject else "") + text[found[1]:s_end]
                # else "the toll rose to 57 dead": the outcome word names no one
                outcome, q_start = verb
                if outcome == "killed_or_wounded" and found[0] in ("killed", "wounded"):
                    outcome = found[0]  # "rebel casualties numbered 45 dead": the dead, of the casualties
                found = None
                q_end = s_end
                how = "before"
        if found and not text[s_end:found[1]].strip() and _REDUCED_RELATIVE.match(text, found[2]) \
                and (verb := _before_outcome(text, c.start)) is not None and verb[0] != found[0]:
            # "ISIL beheaded 4 peshmerga captured near Sinjar": the verb says what
            # happened, the participle after the noun describes whom
            found, (outcome, q_start), q_end, how = None, verb, s_end, "before"
        if found and _RELATIVE_GAP.fullmatch(text, s_end, found[1]) \
                and (verb := _before_outcome(text, c.start)) is not None and verb[0] != found[0] \
                and not (found[0] == "executed" and _REMAINS.search(text, verb[1], c.start)):
            # "the rebels executed 8 soldiers who had surrendered": a relative
            # clause describes whom the verb before the count befell (but the dead
            # found are told how they died by it: "the bodies of 23 men who had been executed")
            found, (outcome, q_start), q_end, how = None, verb, s_end, "before"
        if raw and (told := raw[-1]["whole_told"]) is not None and raw[-1]["end"] < c.start < told[0]:
            # the whole of the part told before it, of its own outcome: "Two of the 5 |wounded| were later killed"
            found = told[1]
        if found:
            outcome, out_start, q_end = found
            how = "after"
            if outcome == "defected" and text.startswith(("joined", "Joined"), out_start) and side_of(subject) == "opposition":
                continue  # "200 fighters of the brigade joined the FSA": one group of rebels joining another
            if c.start and text[c.start - 1] in _OPEN_QUOTES and (text[s_end:s_end + 1] in _CLOSE_QUOTES
                                                                  or text[c.end:c.end + 1] in _CLOSE_QUOTES):
                # the quote holds its open mark: '"dozens of terrorists" were killed', '"dozens" of militants'
                q_start = c.start - 1
            noun = re.match(r"\s{1,3}([\w-]{2,20})(?=\s)", text[s_end:out_start])
            if subject and noun and noun.group(1).lower() in _prose()["after_nouns"]["words"]:
                subject, s_end = text[s_start:s_end + noun.end()], s_end + noun.end()  # "four Lebanese hostages"
            elif not subject and noun and noun.group(1).lower() in _prose()["after_nouns"]["counted"]:
                subject, s_end = noun.group(1), s_end + noun.end()  # "4 hostages were killed": the hostages
            second = _second_noun_outcome(text, q_end, outcome)
            if not text[s_end:out_start].strip() and _is_outcome_noun(text[out_start:q_end]) \
                    and text[out_start:q_end].lower() in _prose()["after_nouns"]["counted"]:
                # "5 more bodies were found", "12 unidentified bodies": the bodies are counted
                subject = (subject + " " if subject else "") + text[out_start:q_end]
            elif not subject:
                # "eight wounded rebels", "the 20 deaths of Sunni villagers"
                # "6 deaths among pro-government forces"
                tail = re.match(r"\s{1,3}(?:(?:of|among)\s{1,3}(?:the\s{1,3})?)?", text[q_end:])
                np_, _, np_end = _noun_phrase(text, q_end + (tail.end() if tail else 0))
                adjective = not text[s_end:out_start].strip() and " " not in text[out_start:q_end].strip()
                linked = tail is not None and ("of" in tail.group() or "among" in tail.group())
                # (a verb's "of" is its cause, not whose: "20 died of hunger")
                cause = linked and "of" in tail.group() and not _is_outcome_noun(text[out_start:q_end])
                if np_ and not cause and not pats["stop"].match(np_.split()[0]) and (adjective or linked):
                    described = text[out_start:np_end]
                    subject, s_end, q_end = np_, np_end, np_end
                    verb = _before_outcome(text, c.start) if adjective else None
                    # but a figure or a toll counts what the participle says:
                    # "gave a higher figure of 300 captured soldiers"
                    if verb is not None and not _COUNT_PHRASE.search(text, verb[1], c.start):
                        # "ISIL executed 17 captured soldiers": the verb says what
                        # happened, the participle describes whom
                        subject, (outcome, q_start), how, second = described, verb, "before", None
                    elif adjective and (later := _after_outcome(text, np_end)) is not None and later[0] != outcome \
                            and _AUX_OR_VERB_AFTER.match(text, np_end):
                        # "51 captured soldiers had been executed", "12 wounded soldiers died": so does
                        # the verb after them
                        subject, (outcome, _, q_end), second = described, later, None
        elif how is None:
            second = None
            found = _before_outcome(text, c.start) or _cost_to(text, c.start, subject)
            if found is None and "of" in text[max(0, c.start - 8):c.start] and (share := _share_of(text, c.start)) is not None:
                found = _before_outcome(text, share[1])  # "killed| half of the 200 soldiers"
            if found is None and cand.named and (role := _ROLE_RIGHT_BEFORE.search(text, max(0, c.start - 60), c.start)) \
                    and _people_word(role.group("noun")):
                # "killed |the ISIL leader |Abu Bakr al-Baghdadi": a person, whatever the verb ("captured")
                found = _before_outcome(text, role.start())
                roled = found is not None
            if found is None and cand.named and (apposed := _ROLE_APPOSED_BEFORE.search(text, max(0, c.start - 80), c.start)) \
                    and _APPOSITION_CLOSES.match(text, s_end) \
                    and not any(apposed.start() < r["s_end"] <= c.start for r in raw):  # (not one counted: "the head of ..., Abu Ali")
                # "killed |a prominent opposition figure, |Abu Ahmed, on 5 May": the one the verb befell,
                # named in apposition after what he was
                found = _before_outcome(text, apposed.start())
                roled = found is not None
            if found is None and name_title is not None:
                # "The army killed |rebel commander |Abu Khaled": the verb before the title
                found = _before_outcome(text, name_title[1])
                roled = found is not None
            if found:
                outcome, q_start = found
                how = "before"
                if outcome in word_set("outcomes", "sequences", "first") and (fate := _fate_of_them(text, s_end)):
                    outcome, q_end = fate  # "kidnapped 5 workers and later executed them": what became of them
                if not subject and (counted := _counted_of_number(text, q_start, c.start)) is not None:
                    subject = counted  # "put the number of captured soldiers at 19": soldiers
                elif not subject and (that := _THAT_OF.match(text, q_start, c.start)) is not None:
                    subject = that.group("noun")  # "..., and that of rebels at 212": rebels
            elif _AND_BEFORE.search(text, max(0, c.start - 24), c.start) \
                    and (first := _DEFINITE_CONJUNCT.search(text, max(0, c.start - 76), c.start)) \
                    and (found := _before_outcome(text, first.start())):
                # "killing the chief and four of his officers": the verb before the list
                outcome, how = found[0], "list"
            elif (took := _TAKEN.search(text, max(0, c.start - 12), c.start)) \
                    and (held := _HELD_AFTER.match(text, s_end) or _held_last(text, s_start, s_end)):
                # "had taken 12 soldiers prisoner"
                outcome, how, q_start, q_end = "captured", "before", took.start(), held.end()
                if held.start() < s_end:
                    subject, s_end = text[s_start:held.start()].strip(), held.start()
            elif subject[:5].lower() == "lives" and (lives := _LIVES.match(text, c.end)) \
                    and (took := _LIVES_VERB.search(text, max(0, c.start - 12), c.start)):
                # "the offensive had claimed 727 lives": deaths, of no one named ("400 lives| on
                # both sides": the place after them is no one either)
                outcome, how, q_start, subject, s_end, q_end = "killed", "before", took.start(), "", lives.end(), lives.end()
            elif subject and (last := subject.rsplit(None, 1)[-1]).lower() in _dead_nouns() and not last[0].isupper():
                # "dozens of bodies were pulled from the rubble": the noun says they died (not
                # a word of a name: "The Martyrs of Mount Zawiya Battalion")
                outcome, how = "killed", "after"
        else:
            second = None
        if cand.named and outcome is None and (shared := _shared_with_count(text, s_end)) is not None:
            # "Lt. Col. Ahmad Hassan and 4 soldiers were killed": the name shares the count's verb
            outcome, how, q_end = shared
        elif cand.named and outcome is None and raw and raw[-1]["how"] in ("before", "list") \
                and raw[-1]["outcome"] in _prose()["names"]["outcomes"] and _NAME_LIST_JOIN.fullmatch(text, raw[-1]["s_end"], c.start) \
                and not _TOLD_BY_NAME.match(text, s_end):
            # "Those killed included Ahmad al-Hassan, Khaled Omar and Yusuf Nasser": the list's verb
            # (and the list's part: the names after the first are of the whole it is part of)
            outcome, how, q_end = raw[-1]["outcome"], "list", s_end
            listed_part = raw[-1]["part"]
        elif cand.named and outcome is None and raw and not raw[-1]["part"] \
                and raw[-1]["outcome"] in _prose()["names"]["outcomes"] \
                and (_opens_a_part(text, c.start) or (name_title is not None and _opens_a_part(text, name_title[1]))) \
                and not _TOLD_BY_NAME.match(text, s_end):
            # "At least 3 journalists have been killed, including Marie Colvin": one of them, by name
            # (or by title and name: "including commander Abu Khaled")
            outcome, how, q_end = raw[-1]["outcome"], "list", s_end
        mostly_named = False  # who most of them were, named after the count
        if not subject and outcome is not None and (mostly := _MOSTLY.match(text, q_end)) is not None:
            np_, _, _ = _noun_phrase(text, mostly.end())
            if np_ and _people_head(np_.split()[-1]):
                subject, mostly_named = np_, True  # "killing at least 40, mostly security personnel"
        among = None  # a name counted as one of a figure before: "Abu Khaled was among them"
        if cand.named and outcome is None and (among := _AMONG_THEM.match(text, closing.end() if appositive else s_end)):
            how, q_end = "after", among.end()
        if cand.named and not _titles_bare().isdisjoint(subject.replace(".", " ").split()[:1]):
            roled = True  # "captured Lieutenant Colonel Hussein Harmoush": a title names a person, whatever the verb
        if _unspecified(text, c) or ((cand.named or cand.pronoun or cand.definite) and among is None and not roled
                                     and not _counts_one_person(text, cand, c.start, s_end, q_start, q_end, outcome, how)):
            continue
        released_before = outcome is None and any(w in text[max(0, c.start - 30):c.start] for w in ("releas", "free"))
        if (outcome in ("captured", "arrested") or released_before) and (_RELEASED.search(text, max(0, c.start - 30), c.start)
                                                           or _RELEASE_VERB.search(text, c.end, q_end)):
            continue  # "freed 7 hostages", "the release of 12 prisoners", "the two sides exchanged prisoners",
            # "captured 11 soldiers and released 3 of them" (a part with no outcome of its own)
        if (outcome in (None, "captured") or subject.lower() == "victims") and _RELEASED_AFTER.match(text, max(c.end, s_end, q_end)):
            # (so are victims pulled out alive: "15 victims were rescued from the rubble")
            continue  # "kidnapped 30 villagers, of whom 12 were later released", "5 hostages were freed": no one taken
        if cand.named:
            role = _ROLE_BEFORE.search(text, max(0, s_start - 60), s_start) if appositive else None
            # (a role names people: "the commander of the assault", not "the assault")
            if role and not _is_thing(role.group("noun")) \
                    and (side_of(role.group("noun")) != "unknown" or side_of(subject) == "unknown"):
                subject = role.group("noun")  # "their vice-president, Abdulrazak Jbeiro": the role
            q_start = min(q_start, c.start)
            # (s_start is the name's; a party's rank says more than the rank alone: "FSA Colonel Riad al-Assad")
            title = name_title if not appositive and (side_of(subject) == "unknown" or name_title is not None
                                                      and side_of(name_title[0]) not in ("unknown", side_of(subject))) else None
            if title is not None:
                # "Japanese journalist Mika Yamamoto", "opposition commander Abu Furat": the role
                subject, q_start = title[0], min(q_start, title[1])
                titled = (title[0], s_end)
            elif titled is not None and side_of(subject) == "unknown" and _AND.fullmatch(text, titled[1], s_start):
                subject = titled[0]  # "journalists Marie Colvin and Rémi Ochlik": the role is of both
            if _titles_bare().isdisjoint(subject.replace(".", " ").split()):
                # "Anas Alkharboutli, a photographer working for DPA, was killed": the role (a
                # titled name says who already: "Brig. Gen. Adi Ghosa, commander of ...")
                subject = _apposition(text, s_end, q_end) or subject
        # "17 tanks had been destroyed and one captured": "one" counts tanks too
        # a bare count goes on counting the things of the figure just before it in
        # its clause ("17 tanks had been destroyed and one captured"), not of one
        # further back ("Two weeks after the battle began, SOHR put the toll at 312"),
        # nor of one inside its own phrase ("the toll from two days of fighting stood at 63")
        # (nor a count of lives: "lasted 40 days and cost 1,000 lives")
        # (nor a count only people can be: "Two car bombs killed 11", "destroyed 5 tanks and killed 11")
        near = not subject and previous_subject and q_start >= previous_end \
            and _SAME_CLAUSE.fullmatch(text, previous_end, c.start) and not _LIVES.match(text, c.end) \
            and not _outcomes.person_only(outcome)
        # a role is a person whatever it heads: "the commander of the brigade"
        thing = cand.thing or (not cand.definite and _is_thing(subject or (previous_subject if near else "")))
        previous_subject, previous_end = subject or previous_subject, s_end
        predicate = False  # whether a predicate ("were soldiers") names the people
        of_whole = part_after.match(text, c.end)  # "three of the victims", "five of those killed"
        before_part = part_before.search(text, max(0, c.start - 60), c.start)
        if before_part is None and name_title is not None:
            before_part = part_before.search(text, max(0, name_title[1] - 60), name_title[1])  # "including |commander| Abu Khaled"
        is_part = bool(before_part) or bool(part_after.match(text, s_end)) or bool(of_whole) or among is not None or listed_part \
            or (text[max(0, c.start - 2):c.start] == ", " and _SEVERITY_AFTER.match(text, c.end) is not None) \
            or (appositive and part_after.match(text, closing.end()) is not None) \
            or ("," in text[s_end:s_end + 3] and (ap := _APPOSITION.match(text, s_end)) is not None
                and part_after.match(text, ap.end()) is not None)  # "Their commander, Abu Khaled, was among the dead"
        if outcome is None and (before_part is not None or of_whole is not None):
            # "Of those killed, 19 were soldiers", "15 of the dead were foreign fighters": killed
            outcome = _named_outcome((before_part or of_whole).group())
        if is_part and outcome is None and (fatal := _FATAL_AFTER.match(text, s_end)) is not None:
            outcome, how, q_end = "killed", "after", fatal.end()  # "14 casualties, 5 of them fatal": 5 dead
        if outcome is None and before_part is not None and not any(r["outcome"] for r in raw) \
                and (uncounted := _UNCOUNTED_WHOLE.search(text, max(0, c.start - 120), c.start)) is not None:
            # "killed many militants, including 3 Saudi nationals": the part of a whole no figure counts
            outcome = _outcome_of(uncounted.group("verb"), _lookups()[1])
        anaphor = subject.lower() in anaphors or subject.lower().startswith(("of them", "of those", "of these", "of whom")) \
            or (of_whole is not None and s_end <= of_whole.end())
        if anaphor and (is_part or (not subject and raw and (raw[-1]["predicate"] or raw[-1]["outcome"] is not None)
                                    and not raw[-1]["whole_after"])):
            # "two of them were children", "three of the dead were children", "five of
            # those killed were soldiers": the predicate names who they were; so it does
            # for the next count of such a list ("19 were soldiers and 8 were militiamen")
            for pos in (max(s_end, c.end), of_whole.end() if of_whole else -1, q_end):
                said = _MODIFIED_PREDICATE.match(text, pos) if pos >= 0 else None
                if said and not _people_word(said.group("noun").split()[-1]):
                    said = None  # "were all killed in the attack": no people named
                said = said or (_PREDICATE.match(text, pos) if pos >= 0 else None)
                if said:
                    break
            else:  # "killing 12 people, six of them children": no verb
                said = _VERBLESS.match(text, of_whole.end()) if of_whole else None
            noun_end = said.end() if said else 0
            if said and text[noun_end:noun_end + 4].lower() == " of ":
                # "8 were members of the NDF": the whole phrase
                more, _, more_end = _of_phrase(text, noun_end + 3)
                noun_end = more_end if more else noun_end
            # (its head names people: "SDF fighters", not "reached government lines")
            if said and (_people_word(said.group("noun").split()[-1])
                         or (" " not in said.group("noun") and side_of(text[said.start("noun"):noun_end]) != "unknown")):
                subject, anaphor, s_end, q_end = text[said.start("noun"):noun_end], False, noun_end, max(q_end, noun_end)
                predicate = True
                if raw and raw[-1]["predicate"] and not is_part:
                    # "..., 19 were soldiers and 8 were militiamen": the list's outcome and whole
                    is_part, outcome = raw[-1]["part"], outcome or raw[-1]["outcome"]
                elif not is_part:
                    is_part = True  # "Of the 62 people killed that day, 24 were soldiers": of the 62
        whole_after = False  # whether the count's whole is counted after it: "Seven| of the 20 dead"
        whole_told = None  # (where the whole's phrase ends, its own outcome) when the part's differs
        if not (cand.article or cand.named or cand.definite or cand.pronoun) \
                and (of_counted := _OF_THE_COUNTED.match(text, c.end)) is not None \
                and (said := _MODIFIED_PREDICATE.match(text, of_counted.end()) or _PREDICATE.match(text, of_counted.end())) \
                and _people_word(said.group("noun").split()[-1]):
            # "Seven of the 20 dead were soldiers", "Twelve of the 30 people killed were children": the
            # whole is a figure of its own, and this count a part of it, the predicate naming who
            # (the whole's count is read next: this phrase ends at the count)
            subject, s_end, q_end = said.group("noun"), c.end, said.end()
            outcome, how, is_part, anaphor, whole_after = _named_outcome(of_counted.group("out")), "after", True, False, True
        elif not (cand.article or cand.named or cand.definite or cand.pronoun) \
                and (of_counted := _OF_THE_COUNTED.match(text, c.end)) is not None \
                and (fate := _PART_FATE.match(text, of_counted.end())) is not None \
                and _named_outcome(of_counted.group("out")) != (
                    fated := "killed" if fate.group("died") else _outcome_of(fate.group("out"), _lookups()[0])):
            # "Four of the 11 soldiers captured on 9 May were later executed": the whole is a figure
            # of its own, read next, and this count a part of it, which the verb after befell
            subject, s_end, q_end = of_counted.group("noun").strip(), c.end, fate.end()
            outcome, how, is_part, anaphor, whole_after = fated, "after", True, False, True
            whole_told = (of_counted.end(), (_named_outcome(of_counted.group("out")), of_counted.start("out"), of_counted.end("out")))
        if outcome == "killed" and subject.lower() == "lives":
            subject = ""  # "at a cost of 40 lives": deaths, of no one named
        elif not subject and (coll := _COLLECTIVE_BEFORE.search(text, max(0, c.start - 24), c.start)) is not None:
            # "The crew of 4 were killed": the group is who, as "its crew of four" is
            subject, anaphor, q_start = text[coll.start():c.end], False, min(q_start, coll.start())
        side_end = None
        if not subject and (on := _ON_SIDE.match(text, q_end)) is not None:
            # "17 dead on the rebel side": the side is who
            subject, side_end, anaphor = on.group("who") + " side", on.end(), False
            if outcome is None:  # "19 combatants: 11 from the government side and 8 rebels": a part, its side named
                s_end = q_end = on.end()
        if c.start and text[c.start - 1] in _OPEN_QUOTES and text[q_end:q_end + 1] in _CLOSE_QUOTES:
            q_end += 1  # the quote closes: 'killed "dozens of terrorists"'
            q_start = min(q_start, c.start - 1)  # (and opens: '"more than 50 soldiers were killed"')
        if size is not None:
            c = replace(size, start=c.start, end=c.end, number_start=c.number_start)
        # (a count that names its own outcome is the whole, the share a part of it: "Most of the 18 dead
        # were civilians", "two-thirds of the 150 killed were fighters")
        shared_part = None  # a share of a whole that names its outcome, told by a predicate: "a third of the 90 killed were children"
        if "of" in text[max(0, c.start - 8):c.start] and (share := _share_of(text, c.start)) is not None:
            fraction, share_start = share
            if how == "after" and out_start is not None and not _AUX_VERB.search(text, c.end, out_start):
                if fraction is not None and c.high is not None and (said := _MODIFIED_PREDICATE.match(text, q_end)
                                                                    or _PREDICATE.match(text, q_end)) is not None \
                        and _people_word(said.group("noun").split()[-1]):
                    # "About a third of the 90 people killed were women and children": about 30 of the 90
                    shared_part = {"start": share_start, "end": c.start, "qs": share_start, "qe": said.end(),
                                   "low": round(c.low * fraction), "high": round(c.high * fraction),
                                   "qualifier": "approximate", "subject": said.group("noun"), "s_end": c.start}
            elif fraction is None:
                continue  # "most of the 40 passengers were killed": the count is of the whole group
            else:
                # "half of the 600 defenders were killed": about 300
                c = replace(c, low=round(c.low * fraction), high=None if c.high is None else round(c.high * fraction),
                            qualifier="approximate")
                q_start = min(q_start, share_start)
        if how == "before" and c.qualifier == "exact" and any(w in text[q_start:c.start].lower() for w in _RUNNING_COUNTS) \
                and _PASSED.search(text, max(0, c.start - 16), c.start):
            c = replace(c, high=None, qualifier="at_least")  # "the toll exceeded 50": more than 50
        elif how == "before" and c.qualifier == "exact" and _CLOSER_TO.search(text, max(0, c.start - 14), c.start):
            c = replace(c, qualifier="approximate")  # "the real toll was closer to 100": about 100 (so "estimated at")
        raw.append({
            "start": c.start, "end": c.end, "qs": q_start, "qe": q_end, "low": c.low, "high": c.high,
            "qualifier": c.qualifier, "subject": subject, "outcome": outcome, "how": how,
            "anaphor": anaphor, "part": is_part, "bound": c.number_start > c.start,
            "article": cand.article, "s_end": s_end, "thing": thing, "colon": False, "predicate": predicate,
            "side_end": side_end, "another": cand.another, "pronoun": cand.pronoun, "mostly": mostly_named,
            "whole_after": whole_after, "whole_told": whole_told,
        })
        if shared_part is not None:
            # (told first, as "Seven of the 20 dead were soldiers" is: the part, then its whole)
            raw.insert(len(raw) - 1, {**raw[-1], **shared_part, "how": "after", "anaphor": False, "part": True,
                                      "bound": False, "article": False, "predicate": False, "whole_after": True,
                                      "whole_told": None})
        if second is not None:
            raw.append({**raw[-1], "outcome": second[0], "qe": second[1]})
    _share_list_outcomes(text, raw)
    _share_respective_noun(text, raw)
    _share_among(text, raw)
    _share_respective_outcomes(text, raw)
    _place_bare_counts(text, raw)
    # things (tanks, aircraft) are no incidents, but they stand in lists and
    # pass on a verb: "the army lost 2 tanks and 30 men"
    # "One of them hit a hospital": a part that does something is no casualty
    people = [r for r in raw if not r["thing"]
              and not (r["part"] and r["outcome"] is None and _ACTS.match(text, max(r["qe"], r["s_end"])))]
    mentions = [_to_mention(r) for r in _without_appositions(text, _merge_pairs(text, people))
                if r["outcome"] is not None or r["part"]]
    if "xecuted" in text and len(mentions) == 1 and mentions[0].outcome == "killed" \
            and (_BODIES.match(text, mentions[0].quote_start) or mentions[0].subject.lower() in ("bodies", "corpses")) \
            and _THEY_EXECUTED.search(text, mentions[0].quote_end):
        # "the bodies of 7 soldiers were found; they had been executed": how they died
        mentions = [replace(mentions[0], outcome="executed")]
    if any(m.pronoun for m in mentions):
        # "a leading activist, a lawyer, after he was shot dead": he is the one counted before him
        mentions = [m for m in mentions if not m.pronoun or not any(n.start < m.start for n in mentions if not n.pronoun)]
    if "oth" in text and len(mentions) > 1:
        # "the bodies of two men were found; both had been shot": the two counted dead before
        # (not those who died of their wounds: "Two soldiers were wounded; both later died")
        mentions = [m for m in mentions if not (text[m.start:m.start + 4].lower() == "both" and any(
            n.start < m.start and n.low == n.high == 2 and n.outcome in ("killed", "executed") for n in mentions))]
    if " of them " in text:
        mentions = _shares_of_them(text, mentions)
    if "body" in text:
        mentions = _body_of_one_taken(text, mentions)
    if "after being" in text.lower():
        mentions = _taken_before(text, mentions)
    return mentions


def _taken_before(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "a person was killed ... after being arrested by security forces": the
    dead were taken first, a figure of its own (the answer key's 002-23)."""
    out = list(mentions)
    for m in mentions:
        if m.outcome not in ("killed", "executed") or m.part:
            continue
        taken = _AFTER_BEING.search(text, m.quote_end, min(len(text), m.quote_end + 120))
        if taken is None or any(m.quote_end <= n.start < taken.start() for n in mentions):
            continue  # (no other figure between: the one taken is the one killed)
        outcome = "arrested" if taken.group("verb").lower() in ("arrested", "detained") else "captured"
        out.append(Mention(start=taken.start(), end=taken.start(), quote_start=taken.start(), quote_end=taken.end(),
                           low=m.low, high=m.high, qualifier=m.qualifier, subject=m.subject, outcome=outcome,
                           how="after", anaphor=True, part=False, bound=m.bound, subject_end=taken.start()))
    return sorted(out, key=lambda n: n.start)


# taken before the deed a figure tells, in its clause: "killed| ... after being arrested by security forces"
_AFTER_BEING = re.compile(r"(?<![\w-])after\s{1,3}being\s{1,3}(?P<verb>arrested|detained|abducted|kidnapped|captured|taken\s{1,3}prisoner)"
                          r"(?:\s{1,3}by\s{1,3}[^,;.\"]{1,40}?(?=\s{0,2}[,;.\"]|\s{1,3}(?:and|for|in|at|on|near)\s))?", re.IGNORECASE)


def _body_of_one_taken(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Muhammad Harmoush was abducted and his body was later returned to his
    family": the one taken was killed too, a figure of its own (the answer
    key's 002-7)."""
    body = _HIS_BODY.search(text)
    if body is None:
        return mentions
    taken = [m for m in mentions if m.end <= body.start() and m.low == m.high == 1 and m.outcome in ("captured", "arrested")]
    if not taken or any(m.start >= body.start() for m in mentions):
        return mentions
    one = taken[-1]
    return [*mentions, Mention(start=body.start(), end=body.start("noun"), quote_start=body.start(), quote_end=body.end(),
                               low=1, high=1, qualifier="exact", subject=one.subject, outcome="killed", how="after",
                               anaphor=True, part=False, bound=False, subject_end=body.start("noun"))]


# the body of one person told of, found or given back
_HIS_BODY = re.compile(r"(?<![\w-])(?:his|her)\s{1,3}(?P<noun>body|corpse|remains)\s{1,3}(?:was|were|had\s{1,3}been)\s{1,3}"
                       r"(?:(?:later|then|subsequently|eventually|also)\s{1,3})?(?:found|returned|recovered|discovered|"
                       r"handed\s{1,3}over|dumped|retrieved|delivered)(?![\w-])", re.IGNORECASE)


def _shares_of_them(text: str, mentions: list[Mention]) -> list[Mention]:
    """A share of a figure's people named after it: "killed 30 people, half
    of them children" (about 15 children, a part of the 30); "most of them"
    names no number, and no figure."""
    pattern, fractions = _share_of_them()
    out = list(mentions)
    for m in mentions:
        share = pattern.match(text, m.quote_end)
        if share is None or m.part or m.outcome is None or not _people_word(share.group("noun").split()[-1]):
            continue
        if any(n.start >= share.start() and n.start < share.end() for n in mentions):
            continue  # a count of its own there: "12 of them children" is read already
        fraction = _fraction(share, fractions)
        if fraction is None:
            continue
        low = round(m.low * fraction)
        high = None if m.high is None else round(m.high * fraction)
        qualifier = "approximate" if m.qualifier in ("exact", "approximate") else m.qualifier
        out.append(Mention(start=share.start("share"), end=share.end("share"), quote_start=share.start("share"),
                           quote_end=share.end("noun"), low=low, high=high if qualifier != "at_least" else None,
                           qualifier=qualifier, subject=share.group("noun"), outcome=m.outcome, how="part",
                           anaphor=False, part=True, bound=False, subject_end=share.end("noun")))
    return sorted(out, key=lambda n: n.start)


@functools.cache
def _share_of_them() -> tuple[re.Pattern[str], dict[str, float | None]]:
    """ "|, half of them children|": a share of the people before, and its noun."""
    share, fractions = _share_words()
    return re.compile(rf"\s{{0,2}},\s{{1,3}}(?:(?:about|around|roughly|nearly|almost)\s{{1,3}})?{share}\s{{1,3}}of\s{{1,3}}them"
                      rf"\s{{1,3}}(?:(?:were|being)\s{{1,3}})?(?P<noun>[a-z][\w-]{{2,30}}(?:\s{{1,3}}and\s{{1,3}}[a-z][\w-]{{2,30}})?)"
                      rf"(?=\s{{0,2}}(?:[.,;)]|$))", re.IGNORECASE), fractions


def _share_respective_noun(text: str, raw: list[dict]) -> None:
    """"lost 14 and 22 fighters, respectively": the bare first count counts
    the noun of the second."""
    if "respectively" not in text:
        return
    for a, b in zip(raw, raw[1:]):
        if not a["subject"] and b["subject"] and b["how"] == "list" and a["outcome"] == b["outcome"] \
                and _RESPECTIVE_JOIN.fullmatch(text, a["end"], b["start"]) \
                and _RESPECTIVELY.match(text, b["s_end"]):
            a.update(subject=b["subject"], anaphor=False)


def _share_respective_outcomes(text: str, raw: list[dict]) -> None:
    """"Two soldiers and three rebels were killed and wounded respectively":
    the first count takes the first outcome, the second the second."""
    if "respectively" not in text:
        return
    for a, b in zip(raw, raw[1:]):
        if a["how"] == "list" and a["outcome"] == b["outcome"] and "_or_" in (b["outcome"] or "") \
                and _RESPECTIVELY.match(text, b["qe"]):
            words = _AND_OR.split(text[max(b["s_end"], b["qe"] - 60):b["qe"]].strip())
            found = [_outcomes.canonical(w.split()[-1]) if w.split() else None for w in words[-2:]]
            if len(found) == 2 and None not in found and found[0] != found[1]:
                a["outcome"], b["outcome"] = found


_AND_OR = re.compile(r"\s{1,3}(?:and|or)\s{1,3}", re.IGNORECASE)
_RESPECTIVE_JOIN = re.compile(r"\s{0,3},?\s{0,3}and\s{1,3}")
# (or with a verb of its own: "killed 10| and wounded |20, most of them civilians")
_AND_VERB_GAP = re.compile(r"\s{0,3},?\s{0,3}and\s{1,3}(?:[a-z]{3,15}\s{1,3})?")
_RESPECTIVELY = re.compile(r"\s{0,3},?\s{0,3}respectively(?![\w-])", re.IGNORECASE)


def _names_a_reporter(words: str) -> bool:
    """Whether ``words`` are a known reporter's name, whole ("LCC", "SNHR")."""
    from .sources import find

    # (with its article, as the aliases have it: "the army")
    return any(span == (0, len(words)) for _, span in find(words)) \
        or any(span == (0, len(words) + 4) for _, span in find(f"the {words}"))


def _place_bare_counts(text: str, raw: list[dict]) -> None:
    """Counts with no outcome of their own that the figure beside them
    places: another reporter's count of it, a breakdown of it in brackets,
    a part of the figure they are among."""
    for prev, r in zip(raw, raw[1:]):
        # "17 militants were killed, while SANA reported 30": another count of the same
        if r["outcome"] is None and not r["part"] and prev["outcome"] is not None and not prev["part"] \
                and _REPORTED_COUNT.search(text, max(0, r["start"] - 40), r["start"]) \
                and _CLAUSE_END.match(text, r["end"]):
            r.update(outcome=prev["outcome"], how="alternative", anaphor=True, subject="", s_end=r["end"], qe=r["end"])
        # "killed 11 civilians (SOHR) or 16 (LCC)": another reporter's count of the same, its
        # source in brackets
        elif r["outcome"] is None and not r["part"] and not r["subject"] and prev["outcome"] is not None \
                and not prev["part"] and _OR_COUNT.fullmatch(text, max(prev["qe"], prev["s_end"]), r["start"]) \
                and _BRACKET_OR_END.match(text, r["end"]):
            r.update(outcome=prev["outcome"], how="alternative", anaphor=True, subject="", s_end=r["end"], qe=r["end"])
        # "20 soldiers (according to SANA) or 35 (according to the SOHR) were killed": the verb
        # after the second is the first's too
        elif prev["outcome"] is None and r["outcome"] is not None and prev["subject"] and not r["subject"] \
                and not prev["part"] and not r["part"] and not prev["thing"] \
                and _OR_COUNT.fullmatch(text, max(prev["qe"], prev["s_end"]), r["start"]):
            prev.update(outcome=r["outcome"], how="list", qe=r["qe"])
            r.update(how="alternative", anaphor=True)
        # "killed dozens of SDF fighters, with SOHR putting the toll at 34": a count of the same
        elif r["how"] == "before" and not r["subject"] and not r["part"] and not prev["part"] \
                and prev["outcome"] == r["outcome"] and _TOLL_OF_IT.search(text, r["qs"], r["start"]):
            r.update(how="alternative", anaphor=True)
        # "12 civilians were killed by government forces and 3 by rebels", "20 people died in Homs and 7
        # in Hama": the verb and the noun left out, the count's place or agent said instead
        # (a list of them: "3 soldiers were killed in Daraa, 2 in Quneitra and 1 in Suwayda")
        elif r["outcome"] is None and not r["part"] and not r["subject"] and prev["outcome"] is not None \
                and not prev["part"] and (prev["how"] == "after" or prev.get("placed")) \
                and ((_GAP_AND.fullmatch(text, prev["qe"], r["start"]) or _GAP_COMMA.fullmatch(text, prev["qe"], r["start"]))
                     and _PLACE_OR_AGENT.match(text, r["end"])
                     # (the place before it: "In Homs 8 people were killed, in Hama 4 and in Idlib 3")
                     or _PLACE_BEFORE_COUNT.fullmatch(text, prev["qe"], r["start"]) and _CLAUSE_OR_AND.match(text, r["end"])
                     # (or the day: "12 soldiers were killed; on 6 May, 9; and on 7 May, 14")
                     or _DAY_BEFORE_COUNT.fullmatch(text, prev["qe"], r["start"]) and _CLAUSE_END.match(text, r["end"])):
            r.update(outcome=prev["outcome"], how="list", subject=prev["subject"], anaphor=False, s_end=r["end"], qe=r["end"],
                     placed=True)
        # (so does a list of parts: "Of these, 12 were in Homs, 8 in Idlib and 5 in Daraa", "Twelve of
        # them were killed in Homs, 8 in Idlib": each of the same whole)
        elif r["outcome"] is None and not r["part"] and not r["subject"] and prev["part"] \
                and (gap := _GAP_AND.fullmatch(text, prev["qe"], r["start"]) or _GAP_COMMA.fullmatch(text, prev["qe"], r["start"])) \
                and (prev.get("placed") or _PLACE_OR_AGENT.search(gap.group())) and _PLACE_OR_AGENT.match(text, r["end"]):
            r.update(outcome=prev["outcome"], how="list", part=True, subject=prev["subject"], anaphor=prev["anaphor"],
                     s_end=r["end"], qe=r["end"], placed=True)
        # (or its people named: "2 soldiers were killed in Deraa and 3 rebels in Idlib"; "Clashes in Homs
        # killed 6 soldiers, in Hama 4 rebels, and in Idlib 2 civilians")
        elif r["outcome"] is None and not r["part"] and r["subject"] and not r["thing"] and not r["anaphor"] \
                and prev["outcome"] is not None and not prev["part"] \
                and ((prev["how"] == "after" or prev.get("placed"))
                     and (_GAP_AND.fullmatch(text, prev["qe"], r["start"]) or _GAP_COMMA.fullmatch(text, prev["qe"], r["start"]))
                     and _placed_and_done(text, r["s_end"])
                     or _PLACE_BEFORE_COUNT.fullmatch(text, max(prev["qe"], prev["s_end"]), r["start"])
                     and _CLAUSE_OR_AND.match(text, r["s_end"])):
            r.update(outcome=prev["outcome"], how="list", qe=max(r["qe"], r["s_end"]), placed=True)
        # "Four rebels were killed, as were 3 soldiers", "..., as did two civilians": the verb of the
        # figure before, said again by "as"
        elif r["outcome"] is None and not r["part"] and prev["outcome"] is not None and not prev["part"] \
                and not r["thing"] and _AS_WERE.search(text, max(0, r["start"] - 20), r["start"]) \
                and _CLAUSE_END.match(text, max(r["end"], r["s_end"] if r["subject"] else 0)):
            r.update(outcome=prev["outcome"], how="list", qs=min(r["qs"], r["start"]), qe=max(r["qe"], r["s_end"]),
                     anaphor=not r["subject"])
        # "the army lost 14 soldiers and the rebels 22": the verb left out, and the people named by their owner
        # (or by a noun of their own: "Hezbollah lost 23 fighters and the army 9 soldiers")
        elif r["outcome"] is None and not r["part"] and prev["outcome"] is not None and not prev["part"] \
                and (_CLAUSE_END.match(text, max(r["end"], r["s_end"] if r["subject"] else 0))
                     or _AND_NEXT.match(text, max(r["end"], r["s_end"] if r["subject"] else 0))) \
                and (gap := _GAPPED_OWNER.fullmatch(text, max(prev["qe"], prev["s_end"]), r["start"])) is not None \
                and ((owned := (prev["how"] == "before" or prev.get("gapped")) and side_of(gap.group("who")) != "unknown")
                     or not r["subject"] and _names_a_reporter(gap.group("who"))):
            r["gapped"] = True  # (the next of the list may leave its verb out too)
            if not owned:
                # "The SOHR counted 45 dead, the LCC 52 and the SNHR 61": another reporter's count of the same
                r.update(outcome=prev["outcome"], how="alternative", anaphor=True, subject="", s_end=r["end"], qe=r["end"])
            elif r["subject"] and not r["thing"] and not r["anaphor"]:
                r.update(outcome=prev["outcome"], how="list", qe=max(r["qe"], r["s_end"]))
            elif not r["subject"]:
                r.update(outcome=prev["outcome"], how="list", subject=gap.group("who"), anaphor=False, qs=gap.start("who"),
                         s_end=r["end"], qe=r["end"])
    for prev, r in zip(raw, raw[1:]):
        # "killed 12 people (8 soldiers and 4 rebels)": a breakdown in brackets is of parts
        if r["outcome"] is None and not r["part"] and (prev["outcome"] is not None or prev["part"]) \
                and (any(_OPEN_BRACKET.fullmatch(text, end, r["start"]) for end in (prev["s_end"], prev["qe"]) if end <= r["start"])
                     or prev["part"] and (_connected(text, prev, r)
                                          # (each by its place: "killed (8 in Homs, 4 in Hama)")
                                          or _PLACED_JOINER.fullmatch(text, max(prev["qe"], prev["s_end"]), r["start"]))) \
                and ")" in text[r["start"]:r["start"] + 80]:
            r["part"] = True
    for prev, r in zip(raw, raw[1:]):
        # "the toll stood at 63: 38 rebels and 25 soldiers": a breakdown after a colon
        if r["outcome"] is None and not r["part"] and (
                prev["outcome"] is not None and not prev["part"]
                and any(_COLON.fullmatch(text, end, r["start"]) for end in (prev["s_end"], prev["qe"]) if end <= r["start"])
                or prev["part"] and prev["colon"] and _connected(text, prev, r, modified=True)):
            r["part"] = r["colon"] = True
    for head, (prev, r) in enumerate(zip(raw, raw[1:]), start=1):
        # "Among the 40 killed were 12 children": the count after "were" is a part
        if not r["part"] and prev["outcome"] is not None \
                and _AMONG_THE.search(text, max(0, prev["start"] - 14), prev["start"]) \
                and any(_WERE.fullmatch(text, end, r["start"]) for end in (prev["s_end"], prev["qe"]) if end <= r["start"]):
            r["part"] = True
            for listed in raw[head + 1:]:  # "... were 7 women and 11 children": each count of its list
                if listed.get("list_head") == head:
                    listed["part"] = True
    for k, r in enumerate(raw):
        # "3 children were among 15 killed": a part of the figure it is among,
        # and so is each count listed before it ("34 women and 49 children were among")
        # (past a part of its own in commas: "Two soldiers|, including an officer,| were among the 40 killed")
        if r["outcome"] is not None or k + 1 == len(raw):
            continue
        aside = _INCLUDING_ASIDE.match(text, r["s_end"]) if "," in text[r["s_end"]:r["s_end"] + 3] else None
        if (among := _AMONG.match(text, aside.end() if aside else r["s_end"])) is None:
            continue
        nxt = next((n for n in raw[k + 1:k + 3] if n["start"] == among.end()), None)
        if nxt is not None and nxt["outcome"] is not None and (aside is None or nxt is raw[k + 2]):
            r["part"] = True
            j = k
            while j > 0 and raw[j - 1]["outcome"] is None and not raw[j - 1]["part"] \
                    and _connected(text, raw[j - 1], raw[j]):
                raw[j - 1]["part"] = True
                j -= 1


_CLOSING_COMMA = re.compile(r"\s{0,2},(?=\s{1,3}(?:were|was|had|have|also|later|all|reportedly)\s)")
_AMONG_THE = re.compile(r"(?<![\w-])(?:among|of)\s{1,3}the\s{1,3}$", re.IGNORECASE)
_WERE = re.compile(r"\s{0,3}(?:(?:killed|dead|wounded|injured|victims)\s{1,3})?(?:were|was|included)\s{1,3}")
# "another" with no noun, its verb straight after: "and another was wounded", "and another captured"
# an active verb straight after a part of no outcome: "One of them| hit", "two of them| exploded"
_ACTS = re.compile(r"\s{1,3}(?:also\s{1,3})?(?!(?:were|was|are|is|had|have|has|been)\b)"
                   r"(?:hit|struck|fell|landed|exploded|survived|escaped|fled|managed|remained|returned|"
                   r"targeted|destroyed|carried|went|came|took|made|said|told|reported)(?![\w-])", re.IGNORECASE)


def _counts_one_person(text: str, cand: _Candidate, start: int, s_end: int, q_start: int, q_end: int,
                       outcome: str | None, how: str | None) -> bool:
    """Whether a name, "he"/"she" or a role after "the" at ``start`` counts
    one person. A name needs an outcome only a person has ("Homs was
    captured" counts none); "he was ..." needs it after him; a role names a
    person, so it counts captured as much as killed ("the pilot was
    captured"), and after a part word it is a part with no verb of its own
    ("including the commander of the brigade"); after a verb done to one
    person it is that verb's object ("killing the district governor")."""
    if cand.definite and _opens_a_part(text, start):
        return True
    person_only = _person_outcome(text, s_end, q_start, q_end, outcome)
    if cand.definite:
        # (or after a verb done to one person: "killing the district governor")
        return (how == "after" and (person_only or outcome == "captured")) \
            or (how == "before" and (person_only or outcome == "captured")
                and _KILLED_BEFORE.search(text, max(0, start - 16), start) is not None)
    if cand.pronoun:
        return how == "after" and person_only
    return person_only


def _shared_with_count(text: str, end: int) -> tuple[str, str, int] | None:
    """The outcome a name ending at ``end`` shares with the count or the
    names listed after it ("Colonel Ahmad Hassan and 4 soldiers were
    killed", "Marie Colvin and Rémi Ochlik were killed", "A, B and C were
    killed"), as ``(outcome, "list", end of the outcome)``; None when
    neither follows or its outcome is not one only people have."""
    np_end = end
    for _ in range(_MAX_LISTED_NAMES):
        joined = _name_and_count().match(text, np_end)
        if joined is not None:
            counts = numbers.scan(text[joined.end():joined.end() + 40])
            if not counts or counts[0].start != 0:
                return None
            _, _, np_end = _noun_phrase(text, joined.end() + counts[0].end)
            break
        # "Marie Colvin and Rémi Ochlik were killed", "Ahmad Hassan, Khaled Omar and Yusuf Nasser
        # were killed": the last name's verb
        other = _NAME_LIST_JOIN.match(text, np_end)
        name = _names().match(text, other.end()) if other is not None else None
        if name is None or _not_a_person(name.group("name")):
            return None
        np_end = name.end()
        if "and" in other.group():
            break
    else:
        return None
    found = _after_outcome(text, np_end)
    if found is None or found[0] not in _prose()["names"]["outcomes"]:
        return None
    return found[0], "list", found[2]


_AND = re.compile(r"\s{1,3}and\s{1,3}")
_MAX_LISTED_NAMES = 8
_NAME_LIST_JOIN = re.compile(r"\s{0,2},\s{1,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3}")
# a name that tells the figure before it, not one of a list: "killed 30 fighters, |Al Arabiya| reported"
_TOLD_BY_NAME = re.compile(r"\s{1,3}(?:reported|said|says|reports|claimed|claims|stated|announced|added|told|wrote|tweeted)(?![\w-])")


@functools.cache
def _name_and_count() -> re.Pattern[str]:
    return re.compile(rf"\s{{1,3}}and\s{{1,3}}{numbers.count_ahead()}", re.IGNORECASE)


# "Among the dead was| the commander of the brigade": the people of a toll told before
_AMONG_WAS = re.compile(r"(?<![\w-])among\s{1,3}(?:the\s{1,3}(?:dead|killed|victims|wounded|injured|captured)"
                        r"|those\s{1,3}(?:killed|wounded|injured|captured))\s{1,3}(?:was|were)\s{1,3}$", re.IGNORECASE)


def _opens_a_part(text: str, start: int) -> bool:
    """Whether a part word ("including", "among them", "Among the dead was")
    stands right before ``start``."""
    before = max(0, start - 30)
    return bool(_compiled()["part_before"].search(text, before, start) or _AMONG_WAS.search(text, before, start))


# a verb done to one person right before a role: "killing| the district governor"
_KILLED_BEFORE = re.compile(r"(?<![\w-])(?:killing|killed|assassinated|assassinating|executed|executing|beheaded|beheading"
                            # (and taken: "kidnapped the head of the local council")
                            r"|captured|capturing|abducted|abducting|kidnapped|kidnapping|arrested|arresting"
                            # (and found dead: "the body of |the commander of the brigade was recovered")
                            r"|body\s{1,3}of|corpse\s{1,3}of|remains\s{1,3}of)\s{1,3}$",
                            re.IGNORECASE)


def _specific_role(text: str, m: re.Match[str]) -> bool:
    """Whether a role after "the" says whose it is, by a word before it or
    a phrase after it ("the district governor", "the commander of the
    brigade"), and its role word is not told before in the sentence: "the
    commander" alone may be one told of before."""
    role_start = m.end("adj")
    role = re.match(r"[\w-]+", text[role_start:])
    if role is None or re.search(rf"(?<![\w-]){re.escape(role.group())}(?![\w-])", text[:m.start()], re.IGNORECASE):
        return False
    if role.group().lower() in _CREW_ROLES and _craft_before(text, m.start()):
        return True  # "shot down a MiG-23, killing the pilot": the craft's, told before
    return bool(m.group("adj").strip()) or " of " in text[role_start:m.end()]


# roles an aircraft told before gives their owner: "shot down a helicopter, killing |the pilot|"
# (not a driver: "A car bomb exploded, killing the driver" is the bomber)
_CREW_ROLES = frozenset({"pilot", "co-pilot"})


def _craft_before(text: str, start: int) -> bool:
    """Whether an aircraft is named in the clauses before ``text[start:]``."""
    return names_unit(text[max(0, start - 160):start], "aircraft")


@functools.cache
def _definite_gate() -> WordGate:
    """The role words every match of :func:`_definite_roles` holds."""
    return WordGate(_prose()["names"]["definite_roles"])


@functools.cache
def _definite_roles() -> re.Pattern[str]:
    """ "the [modifiers] <role> [of <whom>]" right before a passive verb: a
    role that names one person ("the head of the military council was")."""
    roles = alternation(_prose()["names"]["definite_roles"])
    return re.compile(
        # (no other "the" among the modifiers: "The army killed |the commander of the brigade")
        rf"(?<![\w-])[Tt]he\s{{1,3}}(?P<adj>(?:(?!(?:and|or|of|was|were|who|that|which|had|has|the|an?)\b)[\w'’.-]{{1,30}}\s{{1,3}}){{0,3}})"
        rf"(?i:{roles})(?:\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?[^,;.()]{{1,60}}?)?"
        # or at the end of its phrase, which a part word opens ("including the commander of the brigade")
        r"(?=\s{1,3}(?:was|had\s{1,3}been|has\s{1,3}been)\s|(?P<end>\s{0,3}(?:[,;.)]|$)|\s{1,3}(?:and|who)\s))"
    )


_HE_SHE = frozenset({"he", "she"})
_PRONOUN = re.compile(r"(?<![\w-])(?:he|she)(?=\s{1,3}(?:was|had\s{1,3}been|has\s{1,3}been)\s)", re.IGNORECASE)
_ORDINAL_ONE = frozenset({"second", "third", "fourth", "fifth", "both"})
_ANOTHER_ALONE = re.compile(
    r"(?<![\w-])(?:[Aa]nother|[Aa]\s{1,3}(?:second|third|fourth|fifth)"
    r"|[Bb]oth(?:\s{1,3}of\s{1,3}them)?(?=\s{1,3}(?:were|had|have|died|later\s{1,3}died)))"
    r"(?=\s{1,3}(?:was|were|had|has|is|reportedly|also|later|seriously|critically|slightly|died|killed|wounded|injured|"
    r"captured|abducted|kidnapped|executed|arrested|missing|defected)(?![\w-]))")
# a side named after a count: "17 dead| on the rebel side", "11| from the government side", and the joint to the next such count
_ON_SIDE = re.compile(r"\s{1,3}(?:on|from)\s{1,3}the\s{1,3}(?P<who>[\w-]{2,30}(?:\s{1,3}[\w-]{2,30})?)\s{1,3}side(?![\w-])",
                      re.IGNORECASE)
_SIDE_JOIN = re.compile(r"\s{0,3},?\s{0,3}(?:and|while|with)\s{1,3}")
# the people who shared the fate of a figure before: "defected ...| along with |fifty of his men",
# in its clause
# (past an apposition: "..., a colonel," or a name: "its commander, Zahran Alloush,")
_ALONG_CLAUSE = re.compile(r"(?:\s{0,2},\s{1,3}(?:(?:the|an?)\s{1,3}[^,;.\d()]{1,60}"
                           r"|[A-Z][\w'’-]{1,25}(?:\s{1,3}(?:al-|el-|ad-|as-)?[A-Z][\w'’-]{1,25}){0,4}),)?[^,;:.()]{0,80}?(?:,\s{1,3}(?=(?:along|together|as\s{1,3}well)\s))?"
                           r"[^,;:.()]{0,80}")
_ALONG_WITH = re.compile(r"(?<![\w-])(?:(?:along|together)\s{1,3}with|as\s{1,3}well\s{1,3}as)\s{1,3}"
                         r"(?:at\s{1,3}least\s{1,3}|some\s{1,3}|about\s{1,3})?$", re.IGNORECASE)
# "with" alone before someone's own people: "defected| with |20 of his men"
_WITH = re.compile(r"(?<![\w-])with\s{1,3}(?:at\s{1,3}least\s{1,3}|some\s{1,3}|about\s{1,3})?$", re.IGNORECASE)
_OF_OWN = re.compile(r"\s{1,3}of\s{1,3}(?:his|her|their|its)\s", re.IGNORECASE)
# or right after the verb: "Lt. Col. Hussein Harmoush defected| with |20 soldiers" (not "was killed in a
# clash with 20 rebels")
_WITH_RIGHT_AFTER = re.compile(r"\s{1,3}with\s{1,3}(?:at\s{1,3}least\s{1,3}|some\s{1,3}|about\s{1,3})?", re.IGNORECASE)


@functools.cache
def _share_words() -> tuple[str, dict[str, float | None]]:
    """The words of a share ("half", "a third", "most") or a percentage ("40%",
    "15 per cent") as a pattern, its ``share`` group (``percent`` for a
    percentage's number), and the words' fractions (None for a share of no
    number: "most")."""
    t = _prose()["fractions"]
    fractions: dict[str, float | None] = {" ".join(k.split()).lower(): v for k, v in t["shares"].items()}
    fractions.update({w: None for w in t["uncounted"]})
    words = alternation(list(fractions), space=r"\s{1,3}")
    return rf"(?P<share>{words}|(?P<percent>\d{{1,3}}(?:\.\d{{1,2}})?)\s{{0,2}}(?:%|per\s{{0,2}}cent|percent))", fractions


def _fraction(m: re.Match[str], fractions: dict[str, float | None]) -> float | None:
    """The fraction a match of :func:`_share_words` names."""
    if m.group("percent") is not None:
        return min(float(m.group("percent")), 100.0) / 100
    return fractions.get(" ".join(m.group("share").split()).lower())


@functools.cache
def _shares() -> tuple[re.Pattern[str], dict[str, float | None]]:
    """A share before "of the" and a count ("half of the| 600", "40% of the| 300"), and the fractions."""
    share, fractions = _share_words()
    return re.compile(rf"(?<![\w-]){share}\s{{1,3}}of\s{{1,3}}(?:the|its|their|his|her|these|those)\s{{1,3}}$",
                      re.IGNORECASE), fractions


def _share_of(text: str, start: int) -> tuple[float | None, int] | None:
    """The share of the group counted at ``start`` that a figure is ("half
    of the| 600", "40% of the| 300"): its fraction (None when it names no
    number) and where it starts; None when no share stands before the count."""
    pattern, fractions = _shares()
    m = pattern.search(text, max(0, start - 40), start)
    return None if m is None else (_fraction(m, fractions), m.start())


# a group's size before its noun: "its |two-man| crew", "a |four-member| family"
_SIZED_GROUP = re.compile(r"(?<![\w-])(?P<n>[a-z]{3,9}|\d{1,2})-(?:man|member|person|strong)\s{1,3}$", re.IGNORECASE)
# a group of people and its size: "a family of five", "its crew of three"
_COLLECTIVES = r"(?i:family|crew|household)"
_COLLECTIVE_OF = re.compile(rf"{_COLLECTIVES}\s{{1,3}}of\s{{1,3}}(?P<n>[\w-]{{1,20}}|\d{{1,3}})(?![\w-])")
# the group a bare count is the size of: "The |crew of |4 were killed"
_COLLECTIVE_BEFORE = re.compile(rf"(?<![\w-]){_COLLECTIVES}\s{{1,3}}of\s{{1,3}}$")
# a noun in apposition to the figure before it: "a leading activist|, |a lawyer|, after he was shot"
_APPOSED_GAP = re.compile(r"\s{0,2},\s{1,3}")
# between "one of" a group and who that one was, in apposition or as a predicate: "One| of the wounded,
# |a 10-year-old girl", "One| of the dead was |a 12-year-old boy", "One of them|, |a soldier", "One of them| was |a soldier"
_ONE_OF = re.compile(r"(?P<of>\s{1,3}of\s{1,3}(?:the|those|them)(?:\s{1,3}[\w-]{1,20}){0,2})?(?:\s{0,2},|\s{1,3}(?P<was>was|is))\s{1,3}",
                     re.IGNORECASE)
_NOT_APPOSITION_AFTER = re.compile(r",\s{0,3}(?:and|or|an?|the|his|her|their|its|\d)(?![\w-])", re.IGNORECASE)

# what follows a participle that describes its noun rather than telling the
# figure's outcome: "peshmerga captured| near Sinjar", "soldiers wounded| earlier"
_REDUCED_RELATIVE = re.compile(r"\s{1,3}(?:in|near|at|by|during|on|from|earlier|previously|days|weeks|months)(?![\w-])")
# a relative pronoun and auxiliaries between a noun and a participle: "soldiers| who had been |captured"
_RELATIVE_GAP = re.compile(
    r"\s{1,3}(?:who|that)(?:\s{1,3}(?:had|have|has|was|were|been|earlier|previously|already|reportedly|allegedly)){0,4}\s{1,3}",
    re.IGNORECASE)

_APPOSED_NAME = re.compile(r"\s{0,2},(?=\s)")
# a name (or a name in apposition) that is one of the people of a figure before:
# "Abu Khaled| was among them", "Their commander, Abu Khaled|, was reportedly among those killed"
_AMONG_THEM = re.compile(r"\s{0,2},?\s{1,3}(?:was|is)\s{1,3}(?:(?:also|reportedly|allegedly|said\s{1,3}to\s{1,3}be)\s{1,3})?"
                         r"among\s{1,3}(?:them|those|whom)(?![\w-])", re.IGNORECASE)
# who a name in apposition is: "their vice-president, Abdulrazak Jbeiro"
def _title_before(text: str, name_start: int) -> tuple[str, int] | None:
    """The role written straight before a name, and where it starts: the
    words before it back to a stop word ("said that| defector| Hussein
    Harmoush"), when the last is a word for people of a side; a naming
    phrase may stand between ("a rebel commander| known as |Abu Hamza")."""
    naming = _NAMING_BEFORE.search(text, max(0, name_start - 24), name_start)
    end = naming.start() if naming is not None else name_start
    m = _TITLE_BEFORE.search(text, max(0, end - 50), end)
    if m is None:
        return _party_title_before(text, name_start)
    words: list[str] = []
    for w in reversed(m.group("noun").split()):  # back from the name to a stop word
        if _compiled()["stop"].match(w) or w.lower() in _DETERMINERS:
            break  # (or a determiner: "captured the| rebel commander| Abu Ali")
        words.insert(0, w)
    if not words or side_of(words[-1]) == "unknown" and not (_people_word(words[-1]) and side_of(" ".join(words)) != "unknown"):
        return None  # (a role of no side alone is one of the party named with it: "ISIL| leader")
    start = text.rindex(words[0], m.start("noun"), end)
    return text[start:m.end("noun")], start


def _party_title_before(text: str, name_start: int) -> tuple[str, int] | None:
    """A party's name and a rank before a name, and where they start: "FSA
    Colonel Riad al-Assad" (the rank may be the name's first word), "Syrian
    Air Force Brigadier General Ali Abboud"; None unless both are there and
    the party is of a side."""
    titles, before, _ = _party_title()
    head = titles.match(text, name_start)
    m = before.search(text, max(0, name_start - 80), name_start)
    if m is None or not (m.group("title") or head):
        return None
    start = m.start("party")
    if (lead := _NAME_LEAD.match(text, start)) is not None and lead.end() < m.end("party"):
        start = lead.end()  # "On Monday| FSA Colonel ...": the words of a date are no party's
    if side_of(text[start:m.end("party")].strip()) == "unknown":
        return None
    return text[start:head.end() if head else name_start].strip(), start


@functools.cache
def _party_title() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The ranks at a name's start, a party's capitalised name before them,
    and a rank inside a capitalised run."""
    ranks = "|".join(re.escape(w) for w in sorted(_prose()["names"]["titles"], key=len, reverse=True))
    return (re.compile(rf"(?:(?:{ranks})\s{{1,2}})+(?=[A-Z])"),
            re.compile(rf"(?<![\w'’-])(?P<party>(?:[A-Z][\w'’-]{{1,20}}\s{{1,2}}){{1,4}}?)(?P<title>(?:(?:{ranks})\s{{1,2}}){{0,3}})$"),
            # a rank inside a capitalised run, after a space
            re.compile(rf"(?<=\s)(?:{ranks})\s{{1,2}}(?=[A-Z])"))


_DETERMINERS = _TRAILING_DETERMINERS | _POSSESSIVES
# a phrase that gives a role its name: "a rebel commander| known as |Abu Hamza", "a soldier| named |Ali"
_NAMING_BEFORE = re.compile(r"(?<![\w-])(?:(?:known|identified)\s{1,3}as|named|called|nicknamed)\s{1,2}$")
# a role straight before a name, its title: "Japanese journalist| Mika Yamamoto"
# (or a party's initials: "ISIL| leader |Abu Bakr al-Baghdadi")
_TITLE_BEFORE = re.compile(r"(?<![\w-])(?P<noun>(?:(?:[A-Z][a-z]{2,20}|[A-Z]{2,6})\s{1,2})?[a-z][\w'-]{1,30}(?:\s{1,2}[a-z][\w'-]{1,30}){0,2})\s{1,2}$")
# (the role, not the deed done to it: "the death of| their vice-president, Abdulrazak Jbeiro")
_ROLE_BEFORE = re.compile(r"(?<![\w-])(?i:the|their|his|her|its|our)\s{1,3}(?P<noun>(?:[A-Z][\w'-]{1,20}\s{1,3})?"
                          r"(?!(?:deaths?|killings?|murders?|assassination|execution|arrest|capture|abduction|kidnapping|funeral"
                          r"|body|bodies|release|fall|attack|assault)\s)[a-z][\w'-]{1,30}(?:\s{1,3}[a-z][\w'-]{1,30}){0,2}"
                          r"(?:\s{1,3}of\s{1,3}(?:the\s{1,3})?[\w'-]{1,30}(?:\s{1,3}[\w'-]{1,30}){0,1})?)\s{0,2},\s{0,2}$")

# a verb's object counted by no figure, then a part of it: "killed |many militants, including |3 Saudi nationals"
_UNCOUNTED_WHOLE = re.compile(
    r"(?<![\w-])(?P<verb>killed|killing|wounded|wounding|injured|injuring|captured|capturing|executed|executing|arrested|arresting)"
    r"\s{1,3}[\"“]?(?:many|numerous|a\s{1,3}(?:large|great|significant|high|small)\s{1,3}number\s{1,3}of|"
    r"an\s{1,3}(?:unknown|unspecified|undetermined)\s{1,3}number\s{1,3}of|a\s{1,3}number\s{1,3}of|a\s{1,3}lot\s{1,3}of)"
    r"\s[^,;.\d]{1,40}?[\"”]?\s{0,2},\s{1,3}(?:including|among\s{1,3}them|among\s{1,3}whom)\s{1,3}$", re.IGNORECASE)
# who most of a bare count were, in commas after it: "killing at least 40|, mostly |security personnel"
# (or all: "killed 12, all policemen", "put the number of dead at 18, all of them policemen", "all of
# whom were policemen")
_MOSTLY = re.compile(r"\s{0,2},\s{1,3}(?:mostly|mainly|largely|most\s{1,3}of\s{1,3}them|the\s{1,3}majority"
                     r"|(?:all|most)\s{1,3}of\s{1,3}whom\s{1,3}were|all(?:\s{1,3}of\s{1,3}them)?)\s{1,3}", re.IGNORECASE)
# a role right before a name, no comma between: "killed |the ISIL leader |Abu Bakr al-Baghdadi"
_ROLE_RIGHT_BEFORE = re.compile(r"(?<![\w-])(?i:the)\s{1,3}(?:[\w'-]{1,20}\s{1,3}){0,3}?(?P<noun>[a-z][\w'-]{1,20})\s{1,3}$")
# what a person named after it was, in apposition: "killed |a prominent opposition figure, |Abu Ahmed,"
_ROLE_APPOSED_BEFORE = re.compile(r"(?<![\w-])(?:an?|the)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?[a-z][\w'’-]{1,20}\s{0,2},\s{1,3}$")
_APPOSITION_CLOSES = re.compile(r"\s{0,2}(?:[,;.]|$)")
# "taken 12 soldiers prisoner": the verb before the count, the outcome after its noun
_TAKEN = re.compile(r"(?<![\w-])(?:took|taken|taking|take|takes)\s{1,3}$", re.IGNORECASE)
_HELD_WORDS = ("prisoner", "prisoners", "captive", "captives", "hostage", "hostages")
_HELD_AFTER = re.compile(rf"\s{{1,3}}(?:{'|'.join(_HELD_WORDS)})(?![\w-])", re.IGNORECASE)
_LIVES = re.compile(r"\s{1,3}lives(?![\w-])", re.IGNORECASE)
_LIVES_VERB = re.compile(r"(?<![\w-])(?:claimed|claiming|claims|claim|cost|costing|costs|took|taking|takes)\s{1,3}$",
                         re.IGNORECASE)


def _held_last(text: str, start: int, end: int) -> "re.Match[str] | None":
    """ "prisoner" as the last word of the noun phrase ``text[start:end]``
    (or as its only word: "took 25 prisoner")."""
    m = _HELD_AFTER.search(text, max(0, start - 3), end)
    while m is not None and m.end() != end:
        m = _HELD_AFTER.search(text, m.end(), end)
    return m


# the verbs of letting captives go, one list for the three patterns below
_RELEASE_PAST = "freed|released|rescued|liberated|exchanged|swapped"
# a release between a count and its counted noun: "the two sides exchanged| prisoners"
_RELEASE_VERB = re.compile(rf"(?<![\w-])(?:{_RELEASE_PAST}|traded)(?![\w-])", re.IGNORECASE)
# a part that was let go: "of whom 12| were later released"
_RELEASED_AFTER = re.compile(r"\s{1,3}(?:were|was|had\s{1,3}been|have\s{1,3}been)\s{1,3}(?:later\s{1,3}|subsequently\s{1,3}|since\s{1,3})?"
                             rf"(?:{_RELEASE_PAST}|let\s{{1,3}}go)(?![\w-])", re.IGNORECASE)
# a release before the count is no capture: "freed 7 hostages", "the release of 12 prisoners"
# ("handed over 24 prisoners": "over" is the verb's, not a bound)
_RELEASED = re.compile(rf"(?<![\w-])(?:{_RELEASE_PAST}|freeing|releasing|rescuing|liberating|returned|returning"
                       r"|hand(?:ed|ing|s)?(?:\s{1,3}over)?|turn(?:ed|ing|s)?\s{1,3}over"
                       r"|release\s{1,3}of|freeing\s{1,3}of"
                       # what a release was traded for: "freed 48 hostages in exchange for |2,130 prisoners"
                       r"|in\s{1,3}(?:exchange|return)|(?:exchange|swap)\s{1,3}of)"
                       r"\s{1,3}(?:for\s{1,3})?(?:the\s{1,3})?(?:a\s{1,3}further\s{1,3}|another\s{1,3})?$",
                       re.IGNORECASE)

_NEAR_NEXT = re.compile(r"[^;:.()]{0,60}")
_SAME_CLAUSE = re.compile(r"[^,;:.()]{0,40}")

# the first object of a list that is no count: "killing [the chief and ]four of his officers",
# "killed [the town's mayor and his ]two sons", "killing [himself and ]five soldiers"
_DEFINITE_CONJUNCT = re.compile(
    r"(?<![\w-])(?:(?:the|his|her|their|its)\s{1,3}(?:[a-z][\w'-]{1,20}\s{1,3}){0,2}[a-z][\w-]{1,20}"
    r"(?:\s{1,3}of\s{1,3}(?:the\s{1,3})?[\w-]{1,20})?"
    r"|himself|herself|themselves|him|her|them)\s{1,3}(?:and|along\s{1,3}with|together\s{1,3}with)\s{1,3}"
    r"(?:(?:his|her|their|its)\s{1,3})?$")
# "and" before a count, a possessive between: "killed the town's mayor and his two sons"
# (or "along with": "killed him along with 4 of his bodyguards")
_AND_BEFORE = re.compile(r"(?<![\w-])(?:and|along\s{1,3}with|together\s{1,3}with)\s{0,3}(?:(?:his|her|their|its)\s{1,3})?$")


_OPEN_BRACKET = re.compile(r"\s{0,3}\(\s{0,3}")
# "killed 12 people: ...", "killed 12 people on 7 May: ...", "... in Homs: ..."
# (or an adverb: "30 people were killed nationwide: 12 in Homs and 8 in Idlib")
# (or a dash: "killed seven people – four civilians and three policemen")
# (the figure's time, place or agent in between: "35 people were killed that day: 20 rebels, ...")
_COLON = re.compile(r"(?:\s{1,3}(?:on|in|near|at|around|across|during|over|by)\s{1,3}[^,;:.()]{1,40}?|\s{1,3}[a-z]{3,20}"
                    r"|\s{1,3}(?:that|this|the\s{1,3}(?:same|next|following))\s{1,3}(?:day|night|week|weekend|morning|"
                    r"afternoon|evening)|\s{1,3}so\s{1,3}far)?"
                    r"(?:\s{0,2}:|\s{1,2}[\u2013\u2014-]{1,2})\s{1,3}")
_AMONG_AFTER = re.compile(r"\s{1,3}among\s{1,3}(?:the\s{1,3})?", re.IGNORECASE)

# a bare count a reporter gives, ending its clause: "..., while SANA reported 30."
_REPORTED_COUNT = re.compile(r"(?<![\w-])(?:reported|reports|said|says|claimed|claims|counted|counts|documented|recorded|"
                             r"registered|confirmed|gave|put\s{1,3}it\s{1,3}at|put\s{1,3}the\s{1,3}"
                             r"(?:number|figure|toll)\s{1,3}at)\s{1,3}$", re.IGNORECASE)
# a toll given for the figure just told: "(killed dozens,) with SOHR |putting the toll at| 34"
_TOLL_OF_IT = re.compile(r"(?<![\w-])(?:put|puts|putting|placed|placing|gave|giving)\s{1,3}(?:the|its|their|a)\s{1,3}"
                         r"(?:death\s{1,3})?(?:toll|figure|number)\s{1,3}(?:at|of)\s{1,3}$", re.IGNORECASE)
# another count of the same, after a bracketed source: "11 civilians| (SOHR) or |16 (LCC)"
_OR_COUNT = re.compile(r"\s{0,3}\([^()]{1,40}\)\s{0,3},?\s{1,3}or\s{1,3}")
_BRACKET_OR_END = re.compile(r"\s{0,3}(?:\(|[.;]|,\s|$)")
_CLAUSE_END = re.compile(r"\s{0,3}(?:[.;)]|,\s|$)")
# the next of a list of counts whose verb is left out: "the rebels 9| and the |civilians 4"
_AND_NEXT = re.compile(r"\s{1,3}and\s{1,3}(?:the\s{1,3})?[A-Za-z]")
# a second count of the same verb, told after its place or agent: "were killed| by government forces and |3 by rebels"
# (a day may be in it: "12 soldiers were killed| on 14 May and |9 on 15 May")
# (with more of them said: "9 soldiers were killed in the morning| and another |5 in the evening")
_GAP_AND = re.compile(r"(?:[^,;.\d]|\d{1,2}(?=\s{1,3}[A-Z][a-z]{2,8})){0,60}?,?\s{1,3}and\s{1,3}"
                      r"(?:(?:another|a\s{1,3}further)\s{1,3})?")
_GAP_COMMA = re.compile(r"(?:[^,;.\d]|\d{1,2}(?=\s{1,3}[A-Z][a-z]{2,8})){0,60}?,\s{1,3}")
# the comma that closes a part in commas, then "and": "..., among them a child|, and |6 in Hama"
_CLOSED_PART = re.compile(r"\s{0,2},\s{1,3}and\s{1,3}")
# (more of them there: "14 rebels were killed in Homs, and 6| more in Hama")
_PLACE_OR_AGENT = re.compile(r"(?:\s{1,3}(?:more|others?))?\s{1,3}(?:by|in|at|near|on|from|during|across|around)\s{1,3}"
                             r"(?:[A-Za-z]|\d{1,2}\s{1,3}[A-Z][a-z]{2,8})")
# the day of a count of a list whose verb is left out: "...|; on 6 May, |9|; and on 7 May, |14"
_DAY_BEFORE_COUNT = re.compile(r"\s{0,2}[;,]\s{1,3}(?:and\s{1,3})?(?:on\s{1,3})?(?:\d{1,2}\s{1,3}[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\s{1,3}\d{1,2}"
                               r"|the\s{1,3}(?:next|following)\s{1,3}day)\s{0,2},\s{1,3}")
# the place of a count, then the joint to the next of its list: "8| in Homs, |4 in Hama"
_PLACED_JOINER = re.compile(r"\s{1,3}(?:in|at|near)\s{1,3}(?:the\s{1,3})?[A-Z][\w'’-]{1,30}(?:\s{1,3}[A-Z][\w'’-]{1,30})?"
                            r"\s{0,2}(?:,\s{1,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})")
# a place that opens a count of a list whose verb is left out: "..., |in Hama |4 and in Idlib 3"
_PLACE_BEFORE_COUNT = re.compile(r"\s{0,2}(?:,\s{1,3}and|,|\s{1,3}and)\s{1,3}(?:in|at|near)\s{1,3}(?:the\s{1,3})?[A-Z][\w'’-]{1,30}"
                                 r"(?:\s{1,3}[A-Z][\w'’-]{1,30})?\s{1,3}$")
_CLAUSE_OR_AND = re.compile(r"\s{0,3}(?:[.;)]|,\s|$)|\s{1,3}and\s")
# a place or agent that ends its clause: "3 rebels| in Idlib."| (not "200 residents| in the area fled")
_PLACE_TO_END = re.compile(r"\s{1,3}(?:by|in|at|near|on|from|during|across|around)\s{1,3}(?P<words>(?:[\w'’-]{1,30}\s{1,3}){0,5}?[\w'’-]{1,30})"
                           r"\s{0,3}(?:[.;,)]|and\s|$)")
_NOT_PLACE_WORDS = frozenset({"were", "was", "are", "is", "had", "have", "has", "fled", "left", "died", "been"})


def _placed_and_done(text: str, pos: int) -> bool:
    """Whether a place or an agent after ``pos`` ends the clause, with no
    verb of its own: "and 3 rebels| in Idlib." leaves out the verb before."""
    m = _PLACE_TO_END.match(text, pos)
    return m is not None and not any(
        w.lower() in _NOT_PLACE_WORDS or (w.endswith("ed") and w.islower()) for w in m.group("words").split())


# "as" saying the verb of the figure before again: "..., as were| 3 soldiers", "..., as did| two civilians"
_AS_WERE = re.compile(r",\s{1,3}as\s{1,3}(?:were|was|did|had|have)\s{1,3}(?:(?:at\s{1,3}least|some|about|another|also)\s{1,3})?$",
                      re.IGNORECASE)


# the owner of a count whose verb is left out: "lost 11 men|, and the rebels |6"
# (or a list of them: "lost 15 men|, the rebels |9 and the civilians 4")
# (or the count put "at": "activists put the toll at 40|, and state media at |12")
# (or after a semicolon, the reporter in commas: "State media said 13 soldiers died|; activists, |21")
# (after the first count's own reporter: "45 people were killed| according to the SOHR, and the LCC |52")
_GAPPED_OWNER = re.compile(r"(?:\s{1,3}according\s{1,3}to\s{1,3}(?:the\s{1,3})?[\w'’.-]{2,30}(?:\s{1,3}[\w'’.-]{2,30}){0,3}?)?"
                           r"\s{0,2}(?:,?\s{1,3}(?:and|while|whereas)|[,;])\s{1,3}(?:the\s{1,3})?(?P<who>[\w'’-]{2,30}(?:\s{1,3}[\w'’-]{2,30})?)"
                           r"(?:\s{0,2},)?\s{1,3}(?:at\s{1,3})?",
                           re.IGNORECASE)
_AMONG = re.compile(r"\s{1,3}(?:were|was|are|is)\s{1,3}(?:also\s{1,3})?among\s{1,3}(?:the\s{1,3})?", re.IGNORECASE)
# a count's whole counted after "of the", by its outcome, up to the predicate that names the
# part's people: "Seven| of the 20 dead |were soldiers", "Twelve| of the 30 people killed in the attack |were children"
_OF_THE_COUNTED = re.compile(
    r"\s{1,3}of\s{1,3}the\s{1,3}(?:\d{1,3}(?:,\d{3}){1,3}|\d{1,7}|(?i:[a-z]{3,12}))"
    r"(?P<noun>(?:\s{1,3}[a-z][\w-]{1,30}){0,2}?)\s{1,3}(?P<out>killed|dead|wounded|injured|captured|detained|arrested)"
    # (where or when: "in the attack", "on 9 May")
    r"(?:\s{1,3}(?:in|on|during|at|near|by|since|that|this|over)\s{1,3}"
    r"(?:\d{1,2}\s{1,3}[A-Z][a-z]{2,8}(?:\s{1,3}\d{4})?|[^,;.\d]{1,50}?))?"
    r"(?=\s{1,3}(?:(?:were|was)\s|(?:(?:later|subsequently|then|eventually)\s{1,3})?(?:died|succumbed)(?![\w-])))",
    re.IGNORECASE)
# what then befell a part of the counted whole: "Four of the 11 soldiers captured| were later executed|"
_PART_FATE = re.compile(r"\s{1,3}(?:(?:were|was)\s{1,3}(?:(?:later|subsequently|then|eventually|reportedly|all)\s{1,3}){0,2}"
                        r"(?P<out>executed|killed|shot\s{1,3}dead|beheaded|tortured\s{1,3}to\s{1,3}death)"
                        # (or died of their wounds: "Two of the 5 wounded later died")
                        r"|(?:(?:later|subsequently|then|eventually)\s{1,3})?(?P<died>died|succumbed\s{1,3}to\s{1,3}(?:their|his|her)"
                        r"\s{1,3}(?:wounds|injuries)))(?![\w-])", re.IGNORECASE)
# a part of a count's people in commas after it: "Two soldiers|, including an officer,|"
_INCLUDING_ASIDE = re.compile(r"\s{0,2},\s{1,3}(?:including|among\s{1,3}them)\s{1,3}[^,;.()]{1,60}?,", re.IGNORECASE)


def _connected(text: str, left: dict, right: dict, *, modified: bool = False) -> bool:
    """Whether two figures stand in one list ("4 civilians, 5 fighters and
    ..."); with ``modified``, the left one may carry a modifier first ("14
    fighters from Jaysh al-Islam and 9 soldiers")."""
    gap = text[left["s_end"]:right["start"]]
    if gap[-1:] in _OPEN_QUOTES and len(gap) > 1:
        gap = gap[:-1]  # a quoted count: 'and "dozens" of militants'
    if not gap:
        return False
    noted = text[left["s_end"] - 1:left["s_end"]] == ")"  # its note read with it already
    if gap[:3].lstrip().startswith("(") and (note := _NOTE_FIRST.match(gap)) is not None:
        gap, noted = gap[note.end():], True  # a source's note in brackets: "12 soldiers (according to SANA) and 30 rebels"
    if noted and _TO_NEXT.fullmatch(gap):
        return True  # the ends of a range, each with its source: "put at 60 (SOHR) to 85 (LCC)"
    return bool(_JOINER.fullmatch(gap) or (modified and (_MODIFIED_JOINER.fullmatch(gap) or _APPOSED_JOINER.fullmatch(gap))))


# how badly some of the wounded before were hurt: "injured five|, |one critically", "2 of them seriously"
_SEVERITY_AFTER = re.compile(r"\s{1,3}(?:of\s{1,3}them\s{1,3})?(?:seriously|critically|severely|badly|gravely)(?![\w-])",
                             re.IGNORECASE)
_FATALLY = re.compile(r"(?<![\w-])(?:fatally|mortally)\s{1,3}$", re.IGNORECASE)
# a part of a count of casualties that died: "14 casualties, 5 of them| fatal|"
_FATAL_AFTER = re.compile(r"\s{1,3}(?:(?:were|was)\s{1,3})?(?:fatal|fatally)(?![\w-])", re.IGNORECASE)
# a toll told as near a count, the end of its pattern: "the real death toll was |closer to |100",
# or as estimated: "rebel losses were |estimated at |300" (as "an estimated 300")
_CLOSER_TO = re.compile(r"(?<![\w-])(?:(?:closer|nearer)\s{1,3}to|estimated\s{1,3}at)\s{1,3}$", re.IGNORECASE)
# a bracketed note that opens the gap between two figures of a list: "12 soldiers| (according to SANA)| and"
_NOTE_FIRST = re.compile(r"\s{0,2}\([^()\d]{1,40}\)")
_TO_NEXT = re.compile(r"\s{1,3}to\s{1,3}")
# a lower-case word after a count's note, its noun: "45 (LCC)| civilians"
_NOUN_NEXT = re.compile(r"\s{1,3}[a-z]")


# a modifier of the left figure: "14 fighters from Jaysh al-Islam and 9 soldiers",
# "killed 5 soldiers on 6 March and 3 more on 7 March"
# (or a source note in brackets: "killed 12 soldiers (SOHR) and 4 rebels")
_MODIFIED_JOINER = re.compile(r"\s{1,3}(?:(?:from|of|in|near|with)\s{1,3}[^,;.\d]{1,40}?"
                              r"|on\s{1,3}(?:\d{1,2}\s{1,3})?[A-Z][a-z]{2,8}(?:\s{1,3}\d{1,2})?|\([^()\d]{1,40}\))"
                              + _JOINER.pattern.removesuffix("$"))

# an apposition to the left figure: "killed Zahran Alloush|, the leader of Jaysh al-Islam, and |five other commanders"
# (or an aside between dashes: "killed 12 soldiers| – the heaviest losses in weeks – and |5 rebels")
# (or the name of the one the left figure counts: "killed a rebel commander|, Abu Ahmed, and |four of his bodyguards")
_APPOSED_JOINER = re.compile(r"(?:\s{0,2},\s{1,3}(?:the|an?)\s{1,3}[^,;.\d()]{1,60},"
                             r"|\s{0,2},\s{1,3}(?-i:[A-Z][\w'’-]{1,30}(?:\s{1,2}(?:al-|el-|bin\s|ibn\s)?[A-Z][\w'’-]{1,30}){0,3}),"
                             r"|\s{1,2}[\u2013\u2014]\s{1,3}[^,;.\d()\u2013\u2014]{1,60}?\s{1,3}[\u2013\u2014])"
                             r"\s{0,3}(?:and|as\s{1,3}well\s{1,3}as)\s{1,3}" + _POSSESSIVE)


# the whole a sentence parts, with no outcome of its own: "Of the town's| 40,000 inhabitants, about
# 100 were killed" (the 100 are of them; the 40,000 were not killed)
_WHOLE_BEFORE = re.compile(r"(?:^|[^\w\s]\s{0,2}|\s)[Oo]f\s{1,3}(?:the|its|their|(?:the\s{1,3})?[\w'’-]{1,30}['’]s?)\s{1,3}$")


@functools.cache
def _speaker_verb() -> re.Pattern[str]:
    from .sources import reporting_verbs

    # (not "said to be": a hedge of the people before it)
    # (where the speaker is may stand between: "a doctor| in the city |said", "an official| at the hospital |said")
    return re.compile(rf"(?:\s{{1,3}}(?:in|at|from)\s{{1,3}}(?:the\s{{1,3}}|a\s{{1,3}})?[\w'’-]{{2,25}}(?:\s{{1,3}}[\w'’-]{{2,25}})?)?"
                      rf"\s{{1,3}}(?:(?:also|later|earlier|further)\s{{1,3}})?{reporting_verbs()}(?![\w-])(?!\s{{1,3}}to\s)",
                      re.IGNORECASE)


def _speaks(text: str, s_end: int) -> bool:
    """Whether the noun phrase ending at ``s_end`` is the subject of a
    reporting verb: "the toll rose to 600, |a military official| said" and
    "..., |a doctor| in the city said" name who spoke, not one more of the dead."""
    return _speaker_verb().match(text, s_end) is not None


def _share_among(text: str, raw: list[dict]) -> None:
    """"8 dead and 30 injured among civilians", "30 dead and 200 wounded,
    most of them civilians": the people named after the last count of a
    list are those of the bare count before it too."""
    if "among" not in text and not ("ost" in text or "ainly" in text or "argely" in text or "ajority" in text):
        return  # (the words of _AMONG_AFTER and of _MOSTLY)
    for a, b in zip(raw, raw[1:]):
        if not a["subject"] and a["outcome"] is not None and b["subject"] and b["outcome"] is not None \
                and not a["part"] and not b["part"] \
                and (_RESPECTIVE_JOIN.fullmatch(text, a["qe"], b["start"]) and _AMONG_AFTER.search(text, b["end"], b["s_end"])
                     or b["mostly"] and _AND_VERB_GAP.fullmatch(text, a["qe"], b["start"])):
            a.update(subject=b["subject"], anaphor=False)


# between the items of a list: "A|, |B| and |C"
_LIST_GAP = re.compile(r"\s{0,2}(?:,\s{1,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})")


def _share_list_outcomes(text: str, raw: list[dict]) -> None:
    """Coordinated figures share one verb; the first one's bound distributes."""
    # right to left: a passive verb after the list reaches back ("4 civilians, 5 fighters and 4 soldiers were killed")
    part_after = _compiled()["part_after"]
    for i in range(len(raw) - 2, -1, -1):
        a, b = raw[i], raw[i + 1]
        # a list's predicate that makes it a part makes every item one: "An ambulance driver and
        # a nurse were among those killed"
        listed = b["part"] and not a["part"] and _LIST_GAP.fullmatch(text, a["s_end"], b["start"]) is not None \
            and (b.get("listed") or part_after.match(text, b["s_end"]) is not None)
        # a count of things before a list of people is not its head: "Over the next
        # three days, at least 70 fighters and 45 militants were killed"
        if a["outcome"] is None and b["how"] in ("after", "list") and not a["thing"] and not b["another"] \
                and (not (b["part"] and not a["part"]) or listed) \
                and _connected(text, a, b) and not _WHOLE_BEFORE.search(text, max(0, a["start"] - 30), a["start"]) \
                and not (a["part"] and not b["part"] and "," in text[a["s_end"]:b["start"]]):
            # (a part in commas is of the whole before it, not of the clause after it: "3 people were
            # killed, including a child, and 12 were wounded"; nor does a part's verb reach back to
            # its whole: "The town's 12,000 residents, 400 of whom were wounded, were evacuated")
            a.update(outcome=b["outcome"], how="list", qe=b["qe"], list_with=i + 1)
            if listed:
                a.update(part=True, listed=True)
            b.setdefault("list_head", i)
    # left to right: an active verb before the list reaches forward ("killing 3 soldiers and 2 police")
    for i in range(1, len(raw)):
        a, b = raw[i - 1], raw[i]
        if b["outcome"] is None and a["how"] in ("before", "list") and _connected(text, a, b, modified=True) \
                and not _speaks(text, b["s_end"]):
            b.update(outcome=a["outcome"], how="list", list_head=a.get("list_head", i - 1))
            if a["part"] and raw[b["list_head"]]["part"] and raw[b["list_head"]]["how"] == "before":
                b.update(part=True)  # "the dead included 5 soldiers and 7 civilians": the list names the dead
        elif b["outcome"] is None and a["how"] == "after" and not b["subject"] and _connected(text, a, b) \
                and (among := _AMONG_AFTER.match(text, b["end"])):
            # "6 deaths among pro-government forces and 11 among the rebels": the noun is left out
            np_, _, np_end = _noun_phrase(text, among.end())
            if np_:
                b.update(outcome=a["outcome"], how="list", subject=np_, s_end=np_end, qe=np_end, anaphor=False,
                         list_head=a.get("list_head", i - 1))
        elif b["outcome"] is None and a["side_end"] is not None and (not b["subject"] or b["side_end"] is not None) \
                and _SIDE_JOIN.fullmatch(text, a["side_end"], b["start"]) and (on := _ON_SIDE.match(text, b["end"])):
            # "17 dead on the rebel side and 9 on the government side"
            b.update(outcome=a["outcome"], how="list", subject=on.group("who") + " side", s_end=on.end(), qe=on.end(),
                     side_end=on.end(), anaphor=False, list_head=a.get("list_head", i - 1))
        elif b["outcome"] is None and a["outcome"] is not None and not a["part"] and not b["part"] \
                and (_ALONG_WITH.search(text, max(a["qe"], b["start"] - 20), b["start"])
                     or (_WITH.search(text, max(a["qe"], b["start"] - 16), b["start"])
                         and (_OF_OWN.match(text, b["end"]) or _WITH_RIGHT_AFTER.fullmatch(text, a["qe"], b["start"])))) \
                and _ALONG_CLAUSE.fullmatch(text, a["qe"], b["start"]):
            # "Colonel X defected from the government along with at least fifty of his men",
            # "a police officer defected with 20 of his men", "16 soldiers were killed, as well as 9 rebels"
            b.update(outcome=a["outcome"], how="list", list_head=a.get("list_head", i - 1))
        elif b["outcome"] is None and a["part"] and not b["part"] and _connected(text, a, b, modified=True):
            if i >= 2 and not b["subject"] and not raw[i - 2]["part"] and raw[i - 2]["outcome"] is not None \
                    and _CLOSED_PART.fullmatch(text, a["s_end"], b["start"]) and _PLACE_OR_AGENT.match(text, b["end"]):
                # "killed 13 people in Homs, among them a child, and 6 in Hama": the part closed by its comma,
                # the count placed after it is another of the whole's verb (not "including 11 in Homs, 6 in Idlib")
                b.update(outcome=raw[i - 2]["outcome"], how="list", list_head=raw[i - 2].get("list_head", i - 2))
            else:
                # "two of them were children and two women": both are parts ("including 11 in Homs, 6 in Idlib")
                b.update(part=True)
    # bound words distribute over a list sharing one verb
    for i, r in enumerate(raw):
        head = r.get("list_head")
        if head is None and "list_with" in r:
            head = i
        if head is None:
            continue
        first = raw[head] if raw[head].get("list_head") is None else raw[raw[head]["list_head"]]
        if r is not first and not r["bound"] and first["bound"] and first["qualifier"] in ("at_least", "approximate", "at_most") \
                and r["qualifier"] == "exact":
            if first["qualifier"] == "at_least":
                r.update(qualifier="at_least", high=None)
            elif first["qualifier"] == "at_most":
                r.update(qualifier="at_most", low=0)  # "Up to 20 soldiers and 10 civilians": up to 10 too
            else:
                r.update(qualifier="approximate")


def _merge_pairs(text: str, raw: list[dict]) -> list[dict]:
    """"an officer and a sergeant", "an officer and three soldiers": one figure."""
    out: list[dict] = []
    for r in raw:
        prev = out[-1] if out else None
        if (
            prev is not None
            and (prev["article"] or r["article"])
            and re.fullmatch(r"\s{1,3}and\s{1,3}" + _POSSESSIVE, text[prev["s_end"]:r["start"]] or "x")
            and prev["outcome"] == r["outcome"]
            and prev["qualifier"] == r["qualifier"] == "exact"
            and side_of(prev["subject"]) == side_of(r["subject"]) != "unknown"
            # (not of two groups named: "six Hezbollah fighters and an Iranian general")
            and not _two_groups(prev["subject"], r["subject"])
        ):
            prev.update(
                low=prev["low"] + r["low"], high=prev["high"] + r["high"], subject=text[prev["start"]:r["s_end"]],
                qe=max(prev["qe"], r["qe"]), s_end=r["s_end"],
            )
            continue
        out.append(r)
    return out


# a participle whose object is its clause's subject: "..., |killing himself| and 19 soldiers"
_ITSELF_TOO = re.compile(r",\s{1,3}(?P<out>killing|wounding|injuring)\s{1,3}(?P<self>himself|herself|themselves)(?![\w-])",
                         re.IGNORECASE)
# between the people named one by one after a count: "two officers|, |a colonel| and |a major"
_ITEM_GAP = re.compile(r"\s{0,2},\s{1,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3}")
# where such a naming ends: the sentence's end, a comma or a bracket
_NAMING_END = re.compile(r"\s{0,2}(?:[,.;:)]|$)")
_CONJUNCT_SPLIT = re.compile(r"\s{0,3}(?:,|(?<![\w-])and(?![\w-]))\s{0,3}")


def _without_appositions(text: str, people: list[dict]) -> list[dict]:
    """The figures of ``people`` without those that name, one by one, the
    people of the count right before them: "killed two officers, a colonel
    and a major" counts two, "two civilians, a woman and her daughter" two;
    but "two soldiers, a woman and a child" four (a woman is no soldier).
    The named add up to the count and are each of its kind (see
    :func:`_one_of_kind`)."""
    n = len(people)
    if n < 2:
        return people
    out: list[dict] = []
    i = 0
    while i < n:
        head = people[i]
        out.append(head)
        i += 1
        if i == n or head["article"] or head["outcome"] is None or head["high"] != head["low"] or head["low"] < 2 \
                or not _APPOSED_GAP.fullmatch(text, head["s_end"], people[i]["start"]):
            continue
        j, total, end = i, 0, head["s_end"]
        while j < n and total < head["low"] and people[j]["article"] and people[j]["low"] == people[j]["high"] \
                and people[j]["outcome"] in (None, head["outcome"]) and _ITEM_GAP.fullmatch(text, end, people[j]["start"]):
            total, end = total + people[j]["low"], people[j]["s_end"]
            j += 1
        if total == head["low"] and _NAMING_END.match(text, end) \
                and all(_one_of_kind(head["subject"], p["subject"]) for p in people[i:j]):
            head["s_end"] = end  # (the named are of its counted phrase: "others" after them are not of them)
            i = j
    return out


def _one_of_kind(whole: str, named: str) -> bool:
    """Whether each person of ``named`` ("a colonel and a major", "a woman and
    her daughter") may be one of the people ``whole`` counts: a rank or a
    role (of any whole), a civilian of civilians, anyone of "people" (but
    combatants of one side are of many kinds: a policeman is no soldier)."""
    kind = side_of(whole)
    ranks = word_set("prose", "part_of", "ranks")
    for conjunct in _CONJUNCT_SPLIT.split(named):
        words = conjunct.lower().split()
        if not words or words[-1] in ranks or words[-1].removesuffix("s") in ranks:
            continue
        if kind == "unknown" or kind == "civilian" and side_of(conjunct) == "civilian":
            continue
        return False
    return True


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]{1,30}")


def _two_groups(a: str, b: str) -> bool:
    """Whether two subjects each name a group or people by a capitalised
    word, and no word of one is the other's ("Hezbollah fighters" and
    "Iranian general")."""
    names_a, names_b = set(_CAPITALISED.findall(a)), set(_CAPITALISED.findall(b))
    return bool(names_a) and bool(names_b) and names_a.isdisjoint(names_b)


def _to_mention(r: dict) -> Mention:
    return Mention(
        start=r["start"], end=r["end"], quote_start=min(r["qs"], r["start"]), quote_end=max(r["qe"], r["end"]),
        low=r["low"], high=r["high"], qualifier=r["qualifier"], subject=r["subject"], outcome=r["outcome"],
        how=r["how"], anaphor=r["anaphor"], part=r["part"], bound=r["bound"], subject_end=r["s_end"],
        pronoun=r.get("pronoun", False),
    )
