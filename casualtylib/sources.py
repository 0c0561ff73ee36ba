"""Source attribution: the many names of a reporter mapped to one key.

The alias table is ``data/sources.toml``; users add their own with
:func:`register`. Acronyms (all capitals, "SOHR", "UN") match case-sensitively,
everything else case-insensitively, always as whole words.

>>> resolve("the Britain-based watchdog")
'SOHR'
>>> resolve("Syrian state TV")
'SANA'
>>> [key for key, span in find("the LCC and SOHR reported")]
['LCC', 'SOHR']
>>> attribution_of_note("opposition claims"), attribution_of_note("Russian claim")
('opposition', 'Russian')
>>> attribution_of_note("Idlib city") is None
True
"""

from __future__ import annotations

import functools
import re

from ._vocab import WordGate, alternation, table

__all__ = ["resolve", "find", "register", "attribution_of_note", "aliases"]

_extra: dict[str, str] = {}


def register(key: str, *aliases: str) -> None:
    """Teach casualtylib new names for a source (or a new source).

    >>> register("Hawar News", "ANHA", "Hawar news agency")
    >>> resolve("ANHA")
    'Hawar News'
    """
    for alias in (key, *aliases):
        _extra[alias] = key
    _index.cache_clear()
    _gate.cache_clear()


def aliases() -> dict[str, str]:
    """Every known alias and the key it maps to (the table plus registrations)."""
    out: dict[str, str] = {}
    for key, names in table("sources")["aliases"].items():
        out[key] = key
        for name in names:
            out[name] = key
    out.update(_extra)
    return out


def _key(name: str) -> str:
    """The lookup form of a name: lower case, single spaces, no dots ("S.O.H.R" = "S.O.H.R." = "SOHR")."""
    return " ".join(name.lower().replace("’", "'").replace(".", "").split())


@functools.cache
def _index() -> tuple[dict[str, str], re.Pattern[str]]:
    table_ = aliases()
    lookup = {_key(a): k for a, k in table_.items()}
    # One branch per first letter, longest alias first within it: the regex
    # engine then tries a handful of aliases at a word start, not all of them,
    # and none inside a word (the lookbehind is checked once, up front).
    # Same order as one list of all aliases longest first: the branches
    # cannot both match at one position.
    groups: dict[str, list[str]] = {}
    for alias in sorted(table_, key=lambda a: (-len(a), a)):
        groups.setdefault(alias[0].lower(), []).append(alias)
    return lookup, re.compile(rf"(?<![\w-])(?:{'|'.join(_branch(f, als) for f, als in sorted(groups.items()))})(?![\w-])", re.IGNORECASE)


#: The characters other than its two cases that an ASCII letter matches
#: when the case is ignored (a test checks this against the regex engine).
_CASE_EXTRAS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _cased(alias: str) -> bool:
    """Short all-capital aliases ("SANA") are matched in their case only."""
    return alias.isupper() and len(alias) <= 6


def _body(text: str, cased: bool) -> str:
    """An alias (or its rest) as a pattern: any spacing, in its case only when ``cased``."""
    body = re.escape(text).replace(r"\ ", r"\s{1,3}")
    return f"(?-i:{body})" if cased and body else body


def _branch(first: str, aliases: list[str]) -> str:
    """The aliases that start with ``first`` (longest first), as one branch of the finder.

    An ASCII letter is matched first by a case-sensitive class of all it
    matches ignoring case ("[sS\u017f]"), and the aliases then by the rest
    of their text: the regex engine skips a branch that opens with a class
    at a glance when the character differs, where it would enter every
    case-insensitive branch at every word start.
    """
    if not (first.isascii() and first.isalpha()):
        return f"(?={re.escape(first)})(?:{'|'.join(_body(a, _cased(a)) for a in aliases)})"
    rests = []
    for alias in aliases:
        rest = _body(alias[1:], _cased(alias))
        if _cased(alias):  # the letter read must be this very capital
            rest = f"(?<=(?-i:{re.escape(alias[0])})){rest}"
        rests.append(rest)
    return f"(?-i:[{first}{first.upper()}{_CASE_EXTRAS.get(first, '')}])(?:{'|'.join(rests)})"


@functools.cache
def _gate() -> WordGate | None:
    """The words of every alias (None when an alias has no letters, which
    the gate cannot look for)."""
    try:
        return WordGate(aliases())
    except ValueError:
        return None


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def resolve(name: str) -> str | None:
    """The key of a source name, or None when the table does not know it."""
    lookup, _ = _index()
    k = _key(name).strip(" .,:;\"'()")
    return lookup.get(k) or lookup.get(_ARTICLE.sub("", k))


def find(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Every known source named in ``text``: ``(key, span)`` pairs, in order."""
    gate = _gate()
    if gate is not None and not gate.may_match(text):
        return []  # not all words of any alias are there: most sentences name no source
    _, pattern = _index()
    return [(resolve(m.group()) or m.group(), m.span()) for m in pattern.finditer(text)]


@functools.cache
def _markers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    markers = table("sources")["markers"]

    def alt(ws: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in sorted(ws, key=len, reverse=True))

    before = re.compile(rf"^(?:{alt(markers['before'])})(?![\w-])\s{{0,3}}", re.IGNORECASE)
    after = re.compile(rf"(?<![\w-])(?:'s\s{{1,3}})?(?:{alt(markers['after'])})\.?$", re.IGNORECASE)
    return before, after


@functools.cache
def reporting_verbs() -> str:
    """The reporting verbs of the table's ``[prose]`` as one alternation, their
    inner spaces bounded ("issued a statement", "raised the death toll")."""
    return alternation(table("sources")["prose"]["verbs"], space=r"\s{1,3}")


def verb_reach() -> int:
    """The longest text a reporting verb matches, its inner spaces at their widest."""
    return max(len(v) + 2 * v.count(" ") for v in table("sources")["prose"]["verbs"])


def claimed_by(label: str) -> str | None:
    """The source of a label that has the form of a claim ("per SOHR",
    "opposition claims", "according to the government"), else None: unlike
    :func:`attribution_of_note`, a bare name ("Syrian Army") is no claim.

    >>> claimed_by("Per SOHR"), claimed_by("government claims"), claimed_by("Syrian Army")
    ('SOHR', 'government', None)
    """
    text = " ".join(label.split()).strip(" .,:;")
    before, after = _markers()
    if not (before.search(text) or after.search(text)):
        return None
    return attribution_of_note(text)


#: Source keys that are also parties to the fighting: as a note's "by X" they
#: name who did it, and as a label ("Syrian Army: 200") who was counted.
BELLIGERENTS = frozenset({"government", "opposition", "FSA"})

# a note naming the agent of the outcome before it: "(by ISIL)"; but "(by SOHR count)" is a source
_AGENT_NOTE = re.compile(r"by\s(?!.*\b(?:count|counts|figures?|estimates?|claims?|tally|toll)\b)", re.IGNORECASE)


def attribution_of_note(note: str) -> str | None:
    """The source an infobox note names, or None when it names none.

    A note names a source when the whole note is a known alias ("SOHR"), when
    a known alias stands in it ("according to the Syrian Observatory"), or
    when it has the form of a claim ("per X", "X claims", "X estimate"), in
    which case an unknown X is kept as written.
    """
    text = " ".join(note.split()).strip(" .,:;")
    if not text:
        return None
    if (agent := _AGENT_NOTE.match(text)) is not None:
        # "12 executed (by ISIL)", "(by the army)": who did it, not who told it; but
        # a monitor kills no one ("(by SOHR)")
        who = resolve(text[agent.end():])
        return who if who is not None and who not in BELLIGERENTS else None
    whole = resolve(text)
    if whole:
        return whole
    before, after = _markers()
    core, marked = text, False
    stripped = before.sub("", core)
    if stripped != core:
        core, marked = stripped, True
    stripped = after.sub("", core).strip(" .,:;")
    if stripped != core:
        core, marked = stripped, True
    if not core:
        return None
    found = resolve(core)
    if found:
        return found
    named = find(core)
    if named:
        key, (start, _) = named[0]
        if key in _HOME_KEYS and (foreign := _DEMONYM_BEFORE.search(core, 0, start)) is not None \
                and foreign.group(1) not in table("sources")["prose"]["home_modifiers"]:
            return _ARTICLE.sub("", core)  # "(Iraqi government claim)": another country's, as written
        return key
    if (marked or _reporter_head(core)) and len(core) <= 60:
        # "(Turkish MoD)", "(Kurdish officials)": a reporter the table does not know, as written
        return _ARTICLE.sub("", core)
    if "," in text:
        # "(Kurdish claim, as of October)": the claim, then when it stood
        return attribution_of_note(text.split(",", 1)[0])
    return None


# the government and state media of Syria unless a demonym names another country's
_HOME_KEYS = frozenset({"government", "SANA"})
# a demonym right before a name ("Russian", "Turkish", "Lebanese", "Iraqi", "French", "Russia's"):
# not a month, a weekday or a determiner
#: The shape of a demonym ("Russian", "Turkish", "Lebanese", "Iraqi", "French"), for the modules that read one,
#: or a country's initials used as one ("US", "U.S.", "UK").
DEMONYM = r"(?:[A-Z][a-z]{1,20}(?:an|ish|ese|i|ch)|U\.S\.|US|U\.K\.|UK)"
_DEMONYM_BEFORE = re.compile(rf"(?<![\w-])({DEMONYM}|[A-Z][a-z]{{1,20}}['’]s)\s{{1,3}}$")


def _reporter_head(name: str) -> bool:
    """Whether a name ends in a word for reporters ("officials", "MoD", "media")."""
    words = name.split()
    return bool(words) and words[-1].lower() in _reporter_heads()


@functools.cache
def _reporter_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in [*table("sources")["prose"]["generic_heads"], *table("sources")["markers"]["heads"]])
