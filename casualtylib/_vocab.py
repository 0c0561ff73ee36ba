"""Loading the vocabulary tables in ``casualtylib/data/*.toml``.

The tables are data, not code: each is read once, on first use, and cached.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import re


@functools.cache
def table(name: str) -> dict[str, Any]:
    """Return the parsed TOML table ``data/<name>.toml``.

    >>> table("numbers")["cardinals"]["seven"]
    7
    """
    raw = resources.files("casualtylib").joinpath(f"data/{name}.toml").read_bytes()
    return tomllib.loads(raw.decode("utf-8"))


@functools.cache
def word_set(name: str, *keys: str) -> frozenset[str]:
    """The word list at ``keys`` of ``data/<name>.toml`` as a set, built once.

    >>> "soldier" in word_set("prose", "people", "nouns")
    True
    """
    node: Any = table(name)
    for key in keys:
        node = node[key]
    return frozenset(node)


def alternation(phrases: Iterable[str], *, literal: bool = True, space: str = r"\s+") -> str:
    """A regex alternation of ``phrases``, longest first, spaces as ``space``
    (default ``\\s+``).

    Longest first makes the regex engine prefer "killed or wounded" over
    "killed". With ``literal`` the phrases are escaped; otherwise they are
    regex fragments already.

    Literal phrases are compiled as a trie ("seven(?:teen|ty)?"), which
    matches exactly what the longest-first list matches, in the same order of
    preference, but lets the engine drop a failed position after one
    character instead of after trying every phrase: that is most of the time
    of scanning prose for vocabulary words.

    >>> alternation(["seven", "seventeen", "seventy"])
    '(?:seven(?:t(?:een|y))?)'
    """
    import re

    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    if literal:
        trie = _trie(ordered, space=space)
        if trie is not None:
            return "(?:" + trie + ")"
    parts = []
    for p in ordered:
        body = re.escape(p) if literal else p
        if literal:
            body = body.replace(r"\ ", space).replace(" ", space)
        parts.append(body)
    return "(?:" + "|".join(parts) + ")"


def _trie(phrases: list[str], *, space: str = r"\s+", word_bounded: bool = False) -> str | None:
    """The phrases as a trie regex, or None when two branches of one node differ
    only in case (under IGNORECASE both could match, and the order in which
    they are tried would then matter).

    With ``word_bounded`` a phrase that starts with a letter must start a word,
    and one that ends with a letter must end one (hyphens count as inside a
    word), as the number grammar's bound words need.
    """
    import re

    root: dict = {}
    for p in phrases:
        node = root
        for token in _tokens(p):
            node = node.setdefault(token, {})
        node[""] = r"(?![\w-])" if word_bounded and p.strip() and p.strip()[-1].isalpha() else ""

    def emit(node: dict, top: bool) -> str | None:
        keys = [k for k in node if k]
        if len({k.lower() for k in keys}) != len(keys):
            return None
        parts = []
        for k in sorted(keys):
            rest = emit(node[k], False)
            if rest is None:
                return None
            head = space if k == " " else re.escape(k)
            if top and word_bounded and k.isalpha():
                head = r"(?<![\w-])" + head
            parts.append(head + rest)
        if "" not in node:
            return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        end = node[""]
        if not parts:
            return end
        if not end:  # a phrase ends here: try the longer ones first
            if len(parts) == 1 and len(parts[0]) == 1:
                return parts[0] + "?"
            return "(?:" + "|".join(parts) + ")?"
        return "(?:" + "|".join(parts) + "|" + end + ")"

    return emit(root, True)


def _tokens(phrase: str) -> list[str]:
    """The characters of ``phrase``, each run of spaces as one " "."""
    return list(" ".join(phrase.split())) if phrase.strip() else list(phrase)


@functools.lru_cache(maxsize=256)
def words_of(text: str) -> frozenset[str]:
    """The runs of letters in ``text``, case-folded: the words a
    :class:`WordGate` looks for.

    Cached for the last 256 texts: the extractor reads an article one rule
    at a time over all its sentences, and each rule asks for every
    sentence's words again (256 holds a long article's sentences).

    >>> sorted(words_of("Two SAA soldiers were shot-dead."))
    ['dead', 'saa', 'shot', 'soldiers', 'two', 'were']
    """
    return frozenset(_letters().findall(text.casefold()))


@functools.cache
def _letters() -> "re.Pattern[str]":
    import re

    return re.compile(r"[a-z]+")


class WordGate:
    """A cheap test that a text *may* hold one of a list of phrases.

    A regex alternation of a vocabulary, searched over a sentence, is tried
    at every position of the sentence; most sentences hold none of the
    phrases, and the search costs them as much as the others. The gate
    instead asks whether every word of some phrase is among the sentence's
    words (:func:`words_of`, shared by all gates). It never says no to a text
    that holds a phrase as a word-bounded match (case-insensitive, any
    spacing), so a rule may skip its search when the gate says no; it may say
    yes when the words are there but not together, and the rule's own
    pattern then decides.

    Every phrase must be plain words: a phrase that is a regex must be given
    by the literal words any match of it holds (``words=``).

    >>> gate = WordGate(["killed", "shot dead", "among them"])
    >>> gate.may_match("Two soldiers were shot dead."), gate.may_match("Shot at dawn, he was dead.")
    (True, True)
    >>> gate.may_match("The town was captured.")
    False
    """

    __slots__ = ("_alone", "_by_word", "_keys")

    def __init__(self, phrases: Iterable[str], *, words: Iterable[Iterable[str]] = ()) -> None:
        import re

        alone: set[str] = set()  # phrases of one word: that word is enough
        self._by_word: dict[str, list[frozenset[str]]] = {}
        groups = [re.findall(r"[a-z]+", p.casefold()) for p in phrases] + [[w.casefold() for w in ws] for ws in words]
        for ws in groups:
            if not ws:
                raise ValueError(f"a gate phrase needs a word of letters, got {ws!r}")
            if len(set(ws)) == 1:
                alone.add(ws[0])
            else:
                # indexed by its longest word, the rarest as a rule
                self._by_word.setdefault(max(ws, key=len), []).append(frozenset(ws))
        self._alone = frozenset(alone)
        self._keys = frozenset(self._by_word)

    def may_match(self, text: str) -> bool:
        """False only when ``text`` certainly holds none of the phrases."""
        present = words_of(text)
        if not self._alone.isdisjoint(present):
            return True
        if self._keys.isdisjoint(present):
            return False
        by_word = self._by_word
        return any(ws <= present for w in self._keys & present for ws in by_word[w])


def search_near(pattern: "re.Pattern[str]", anchor: "re.Pattern[str]", text: str, *, before: int, after: int,
                holds: "Callable[[re.Match[str], re.Match[str]], bool]") -> "list[re.Match[str]]":
    """What ``pattern.finditer(text)`` yields, searched only near the
    matches of ``anchor``, for a pattern every match of which holds one.

    Let "core" be the first anchor match from the current position. A match
    of ``pattern`` that starts no later than the core holds it (the
    caller's ``holds`` says how: it starts before it, it ends at it); it
    starts at most ``before`` characters before the core and ends at most
    ``after`` characters after it, so the search is bounded there. A match
    found further on holds a later core and is left to that core's turn.
    The caller's property test holds the result to the plain search, and
    so the bounds to the pattern.
    """
    out: list[re.Match[str]] = []
    pos, n = 0, len(text)
    floor = 0  # where the last match ended: the next one starts no earlier
    while pos < n:
        core = anchor.search(text, pos)
        if core is None:
            break
        m = pattern.search(text, max(floor, core.start() - before), core.end() + after)
        if m is None or not holds(m, core):
            # no match holds this core; one holding a later core may still start
            # before it ("According to official authorities": "official" is a head too)
            pos = core.end()
            continue
        out.append(m)
        pos = floor = m.end()
    return out
