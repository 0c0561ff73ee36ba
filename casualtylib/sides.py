"""Which side a counted subject belongs to: government, opposition, civilian
or unknown.

The words of each side are data (``data/sides.toml``); users add their own
with :func:`register`. :func:`side_of` reads the subject's words from the head
noun (the last word) back to the first, so "army defectors" is opposition
(the defectors) and "government employees" civilian (the employees, via the
civilian word list): the noun decides, the modifier only when the noun is
neutral ("opposition fighters", "government troops").

>>> side_of("soldiers"), side_of("HTS fighters"), side_of("protesters")
('government', 'opposition', 'civilian')
>>> side_of("army defectors"), side_of("people"), side_of("")
('opposition', 'unknown', 'unknown')
>>> side_of("rebel or civilian")
'unknown'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from ._vocab import alternation, table
from .numbers import scan

__all__ = ["SIDES", "ENEMY", "side_of", "register", "words", "last_people_noun", "last_people_side", "first_people_noun",
           "combatant_name_side"]

#: The sides of the annotation guide.
SIDES = ("government", "opposition", "civilian", "unknown")
#: The side each combatant side fights: "We killed 50 of them," a rebel said (the
#: government's), or the one opposite a known combatant column.
ENEMY = {"government": "opposition", "opposition": "government"}

_extra: dict[str, list[str]] = {}


def register(side: str, *words: str) -> None:
    """Add words (lower case, regex fragments allowed) that mark ``side``.

    >>> register("opposition", "hamza division")
    >>> side_of("Hamza Division fighters")
    'opposition'
    """
    if side not in SIDES:
        raise ValueError(f"unknown side {side!r}; expected one of {', '.join(SIDES)}")
    _extra.setdefault(side, []).extend(words)
    for cached in (_patterns, side_of, _people_words, _owner_pattern, owner_side):
        cached.cache_clear()


def words() -> dict[str, list[str]]:
    """The word lists per side: the table plus registrations (registered first)."""
    base = table("sides")["words"]
    return {side: [*_extra.get(side, []), *base.get(side, [])] for side in SIDES}


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    out = {}
    for side, ws in words().items():
        alt = "|".join(sorted(ws, key=len, reverse=True))
        out[side] = re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.IGNORECASE)
    return out


# The joints of a subject of several parts: "rebels and civilians", "men, women and children".
_JOINED = re.compile(r"\s{1,3}(?:or|and)\s{1,3}|\s{0,3},\s{0,3}")

# An armed institution before a civilian-sounding noun makes it government:
# "police students", "army engineer" (but "army defectors" stay opposition).
_INSTITUTION = re.compile(r"(?<![\w-])(?:army|police|military|security|air force|navy|militia)(?![\w-])", re.IGNORECASE)
# Nouns that say nothing of a side by themselves: their modifier or the
# phrase after "of" decides ("opposition fighters", "members of the army").
_NEUTRAL = frozenset({"fighters", "fighter", "members", "member", "forces", "force", "men", "man", "officers",
                      "officer", "commanders", "commander", "leaders", "leader", "personnel", "units", "others",
                      "garrison", "garrisons"})


@functools.lru_cache(maxsize=512)
def side_of(subject: str) -> str:
    """The side ``subject`` belongs to, or ``"unknown"``.

    The match nearest the end of the subject's head phrase wins (the head
    noun), the longer phrase on a tie ("armed men" over "men"). A subject
    naming two sides ("rebel or civilian", "rebels and civilians", "on both
    sides") is unknown; so is
    an empty one.

    Cached: subjects are a small vocabulary ("soldiers", "the security
    forces"), asked for again by every figure that names them.
    """
    text = " ".join(subject.split()).strip(" ,;:")
    if not text or re.search(r"\bboth sides\b", text, re.IGNORECASE):
        return "unknown"
    if _JOINED.search(text):
        # "rebel or civilian", "rebels and civilians": one side only when every part
        # that names one is of it ("Saudi and Sudanese soldiers")
        sides = {side_of(part) for part in _JOINED.split(text)} - {"unknown"}
        return sides.pop() if len(sides) == 1 else "unknown"
    named = _combatant_in(text)
    if named is not None and _last_match(_RANK_WORDS.sub(" ", f"{text[:named[1]]} {text[named[2]:]}")) is None:
        return named[0]  # "Army of Islam fighters", "Ba'ath Brigades fighters": the group named
    owned = _OWNER_OF_ROLE.match(text)
    if owned and (owner := _owner(owned.group("owner"))) != "unknown" \
            and _last_match(_RANK_WORDS.sub(" ", owned.group("rest"))) is None:
        return owner  # "the FSA's Colonel Riad al-Asaad", "Hezbollah's commanders": the owner's
    head_phrase, _, rest = _OF_OR_FROM.sub(" of ", text, count=1).partition(" of ")
    if rest and _neutral_alone(head_phrase) and (owner := _owner(rest)) != "unknown":
        return owner  # "a commander of the Nusra Front", "leaders of the army": whose, says the rest
    best = _last_match(head_phrase)
    if best in (None, "unknown") and rest:
        return side_of(rest)
    if best is None and (age := _MINOR.fullmatch(head_phrase)) is not None \
            and (age.group("unit").lower() != "year" or _age(age.group("age")) < 18):
        return "civilian"  # "a 16-year-old", named by age alone: a child
    if best == "civilian" and _INSTITUTION.search(head_phrase):
        return "government"
    return best or "unknown"


# a person named by age alone: "a 16-year-old", "ten-year-old"
_MINOR = re.compile(r"(?:(?:an?|the)\s)?(?P<age>\d{1,2}|[a-z]{3,12})-(?P<unit>year|month|week|day)-olds?", re.IGNORECASE)


def _age(words: str) -> int:
    """An age in digits or words ("16", "ten"), 99 when it is neither."""
    if words.isdigit():
        return int(words)
    found = scan(words)
    return found[0].low if len(found) == 1 and found[0].high == found[0].low else 99


_OF_OR_FROM = re.compile(r" from (?=(?:the )?[A-Z])")
# a role owned by a group: "the FSA's| Colonel Riad al-Asaad"
_OWNER_OF_ROLE = re.compile(r"(?i:the )?(?P<owner>[^'’]{2,60})['’]s? (?P<rest>.+)")
# the words of a role or a rank, which say nothing of whose it is once an owner is named
_RANK_WORDS = re.compile(r"(?<![\w-])(?:commanders?|officers?|leaders?|generals?|colonels?|lieutenants?|captains?|majors?|"
                         r"sergeants?|corporals?|brigadier|pilots?|gen\.|col\.|brig\.|lt\.|maj\.|capt\.|sgt\.|"
                         r"fighters?|members?|men|personnel|units?|forces|spokesm[ae]n|chief|head|deputy|emir|"
                         # (a generic word for armed men names no side once their group is named: "Hezbollah militants")
                         r"militants?|gunm[ae]n|militiam[ae]n|combatants?)(?![\w-])",
                         re.IGNORECASE)


def _owner(group: str) -> str:
    """The side of the group after "of": its words, else a combatant's name
    it holds ("the Islamic Front", "Ahrar al-Sham")."""
    side = side_of(group)
    return side if side != "unknown" else (combatant_name_side(group) or "unknown")


@functools.cache
def _combatant_patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [
        (side, re.compile(rf"(?<![\w'-]){alternation(names)}(?![\w'-])", re.IGNORECASE))
        for side, names in table("sides")["combatants"].items()
    ]


def combatant_name_side(name: str) -> str | None:
    """The side of the longest combatant's name (``[combatants]`` of the
    sides table) that ``name`` holds, or None.

    >>> combatant_name_side("the Islamic Front"), combatant_name_side("Hama")
    ('opposition', None)
    """
    found = _combatant_in(name)
    return found[0] if found else None


def _combatant_in(text: str) -> tuple[str, int, int] | None:
    """The side and span of the longest combatant's name in ``text``."""
    best: tuple[str, int, int] | None = None
    for side, pattern in _combatant_patterns():
        for m in pattern.finditer(text):
            if best is None or m.end() - m.start() > best[2] - best[1]:
                best = (side, m.start(), m.end())
    return best


# the word right before another: "|pro-government| military"
_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<w>[\w'’-]{2,30})\s$")
# a neutral head right after a word of a side: "military| leaders", "rebel| commanders"
_NEUTRAL_AFTER = re.compile(r"\s(?:" + "|".join(sorted(_NEUTRAL, key=len, reverse=True)) + r")(?![\w-])", re.IGNORECASE)


def _neutral_alone(phrase: str) -> bool:
    """Whether ``phrase`` ends in a neutral noun ("commander") and names no
    side before it ("a senior commander", not "a rebel commander")."""
    words = phrase.split()
    return bool(words) and words[-1].lower() in _NEUTRAL and _last_match(" ".join(words[:-1])) is None


def _last_match(text: str) -> str | None:
    """The side whose word ends last in ``text`` (the longer on a tie)."""
    best: tuple[int, int, str] | None = None
    for side, pattern in _patterns().items():
        for m in pattern.finditer(text):
            if m.group().lower() in _NEUTRAL and side != "civilian" and m.end() == len(text):
                key = (-1, len(m.group()), side)  # a neutral head yields to any modifier: "rebel commanders"
            else:
                key = (m.end(), len(m.group()), side)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best else None


#: How far from a figure the people-noun lookups reach, in characters: far
#: enough for any sentence of prose, and a bound on the work per figure.
REACH = 400


def last_people_noun(text: str, end: int | None = None, *,
                     skip: "Callable[[int, int], bool] | None" = None) -> str | None:
    """The last word for people of a known side in ``text[:end]`` (its last
    :data:`REACH` characters), or None: the antecedent of "killing two" in
    "armed men attacked a patrol of security forces, killing two" (with the
    rest of a combatant's name it ends: "Syrian Army", not "Army"; with the
    neutral head after it and the words of a side before: "pro-government
    military leaders", "army officers"). Words
    at offsets ``(start, stop)`` for which ``skip`` is true are passed over.

    >>> last_people_noun("armed men attacked a patrol of security forces, killing two")
    'security forces'
    >>> last_people_noun("troops shelled the town and activists reported 25 deaths",
    ...                  skip=lambda start, stop: stop == 37)
    'troops'
    >>> last_people_noun("The Syrian Army suffered 11 fatalities")  # a combatant's whole name
    'Syrian Army'
    >>> last_people_noun("a strike on pro-government military leaders caused 4 deaths")  # a neutral head
    'pro-government military leaders'
    """
    found = _last_people(text, end, skip)
    if found is None:
        return None
    start, stop, word = found
    # a combatant's whole name ending with the word: "The Syrian Army" suffered, not "Army"
    named = _combatant_in(text[max(0, start - 40):stop])
    if named is not None and max(0, start - 40) + named[2] == stop and named[2] - named[1] > len(word):
        return text[max(0, start - 40) + named[1]:stop]
    # a word of a side before a neutral head is its modifier: "pro-government military| leaders"
    # (the head and the words of a side before it are the noun: "pro-government military leaders")
    head = _NEUTRAL_AFTER.match(text, stop, end if end is not None else len(text))
    if head is None and word.lower().split()[-1] not in _NEUTRAL:
        return word
    stop = head.end() if head is not None else stop
    for _ in range(2):  # and the words of a side before it: "pro-government| military leaders", "army| officers"
        before = _WORD_BEFORE.search(text, max(0, start - 32), start)
        if before is None or side_of(f"{before.group('w')} forces") == "unknown":
            break
        start = before.start("w")
    return text[start:stop]


def last_people_side(text: str, end: int | None = None, *,
                     skip: "Callable[[int, int], bool] | None" = None) -> str:
    """The side of :func:`last_people_noun`'s word, read with the words
    before a role ("a rebel commander" is the rebels'), or "unknown".

    >>> last_people_side("A rebel commander, Abu Ali, said his unit had lost 6 men", 47)
    'opposition'
    """
    found = _last_people(text, end, skip)
    return _side_in_place(text, found[0], found[2]) if found else "unknown"


def _last_people(text: str, end: int | None, skip: "Callable[[int, int], bool] | None") -> tuple[int, int, str] | None:
    end = len(text) if end is None else end
    best: tuple[int, int, str] | None = None
    for start, stop, word in _people_words(text):
        # the latest, and of two ending together the longer ("Free Syrian Army", not "Army")
        if start >= max(0, end - REACH) and stop <= end and (best is None or (stop, -start) > (best[1], -best[0])) \
                and not (skip is not None and skip(start, stop)):
            best = (start, stop, word)
    return best


@functools.lru_cache(maxsize=16)
def _people_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every word for people of a known side in a sentence, side by side in
    the table's order: found once, however many figures ask."""
    return tuple((m.start(), m.end(), m.group()) for side, pattern in _patterns().items() if side != "unknown"
                 for m in pattern.finditer(text))


@functools.cache
def _owner_pattern() -> re.Pattern[str]:
    """The subject just before a verb of losing: a party named by the table's
    ``[parties]`` or any side word, then auxiliaries ("had", "reportedly")."""
    t = table("sides")["parties"]
    names = [w for side in SIDES for w in t.get(side, [])] + [w for ws in words().values() for w in ws]
    alt = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?P<owner>{alt})(?:'s?)?\s{{1,3}}(?:(?:had|has|have|reportedly|allegedly|also|already|thus|so\s{{1,3}}far)\s{{1,3}}){{0,3}}$",
        re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def owner_side(text: str, end: int) -> str:
    """The side of the subject that ends just before ``text[end:]``, a verb
    of losing: a party ("the regime had| lost 300 men") or people of a side
    ("government forces| lost 60 men"); ``"unknown"`` when none is there.

    >>> owner_side("Rebel sources said the regime had lost 300 men", 34)
    'government'
    >>> owner_side("The town lost 300 men", 9)
    'unknown'
    """
    m = _owner_pattern().search(text, max(0, end - 80), end)
    if m is None:
        return "unknown"
    return _party_side(m.group("owner")) or _side_in_place(text, m.start("owner"), m.group("owner"))


# the two words before a neutral head: "a| rebel |commander"
_MODIFIERS = re.compile(r"(?:[\w'’-]{1,30}\s{1,3}){0,2}$")


def _side_in_place(text: str, start: int, word: str) -> str:
    """The side of ``word`` found at ``start`` in ``text``, read with the
    two words before it when it is neutral: "a rebel commander" is the
    rebels', "an army officer" the army's, "the commander" the army's,
    "their commander" the side of whoever "their" refers to."""
    if word.lower() not in _NEUTRAL:
        return side_of(word)
    if (own := _POSSESSIVE_BEFORE.search(text, max(0, start - 8), start)) is not None \
            and (owner := possessor_side(text, own.start())) != "unknown":
        return owner  # "the rebels announced the death of their commander": the rebels'
    before = _MODIFIERS.search(text, max(0, start - 64), start)
    return side_of(text[before.start() if before else start:start] + word)


# a possessive right before a word ("|their |commander") or a count ("killed |its |3 crew")
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w-])(?:their|its|his|her)\s{1,3}$", re.IGNORECASE)


def _party_side(name: str) -> str | None:
    """The side of a party the table's ``[parties]`` names ("the regime"), or None."""
    word = " ".join(name.lower().split())
    return next((side for side, names in table("sides")["parties"].items() if word in names), None)


@functools.cache
def _party_pattern() -> re.Pattern[str]:
    """The names of the table's ``[parties]`` ("the regime", "the opposition")."""
    t = table("sides")["parties"]
    alt = "|".join(sorted((w for side in SIDES for w in t.get(side, [])), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.IGNORECASE)


def possessor_side(text: str, end: int, reach: int = 160) -> str:
    """The side of whoever a possessive just before ``text[end:]`` refers to
    ("killing seven of its fighters"): the nearest party or people of a
    combatant side before it, within ``reach`` characters; ``"unknown"``
    when there is none.

    >>> possessor_side("Hezbollah suffered heavy losses, with 20 of its fighters killed", 37)
    'government'
    >>> possessor_side("The opposition, for its part, said that 18 of its fighters", 40)
    'opposition'
    >>> possessor_side("Jaish al-Islam announced the death of its commander", 40)
    'opposition'
    >>> possessor_side("The town lost 300 of its men", 14)
    'unknown'
    """
    best: tuple[int, int, str] | None = None  # (stop, -start, side): the latest, the longest of those ("Free Syrian Army", not "Army")
    for start, stop, word in _people_words(text):
        if not (end - reach <= start and stop <= end and (best is None or (stop, -start) > best[:2])):
            continue  # (before reading its side: a word after ``end`` may be read with this one)
        side = _side_in_place(text, start, word)
        if side in ("government", "opposition"):
            best = (stop, -start, side)
    for m in _party_pattern().finditer(text, max(0, end - reach), end):
        side = _party_side(m.group())
        if side in ("government", "opposition") and (best is None or (m.end(), -m.start()) > best[:2]):
            best = (m.end(), -m.start(), side)
    for side, pattern in _combatant_patterns():
        # a combatant known by name: "Jaish al-Islam announced the death of its commander"
        for m in pattern.finditer(text, max(0, end - reach), end):
            if side in ("government", "opposition") and (best is None or (m.end(), -m.start()) > best[:2]):
                best = (m.end(), -m.start(), side)
    return best[2] if best else "unknown"


def first_people_noun(text: str, start: int = 0) -> str | None:
    """The first word for people of a known side in ``text[start:]`` (its
    first :data:`REACH` characters), or None:
    who a total names after itself ("at least 100 killed ... in attacks
    against innocent civilians").

    >>> first_people_noun("at least 100 killed in attacks against innocent civilians")
    'civilians'
    """
    best: tuple[int, str] | None = None
    for w_start, w_end, word in _people_words(text):
        if w_start >= start and w_end < start + REACH and (best is None or w_start < best[0]):
            best = (w_start, word)
    return best[1] if best else None
