"""Outcome words: what happened to the people or things counted.

The phrases live in ``data/outcomes.toml``. :func:`find` returns every outcome
mention in a text, joining coordinated ones ("killed, wounded or captured")
into one combined outcome.

>>> [(o, s) for o, s in find("200 killed, 400 wounded")]
[('killed', (4, 10)), ('wounded', (16, 23))]
>>> find("1,200 killed, wounded or captured")[0][0]
'killed_or_wounded_or_captured'
>>> canonical("KIA"), canonical("shot down")
('killed', 'shot_down')
"""

from __future__ import annotations

import functools
import re

from ._vocab import alternation, table, word_set

__all__ = ["OUTCOMES", "find", "canonical", "combine", "person_only"]

#: The outcomes of the annotation guide, plus ``damaged``. Combined outcomes
#: join these with ``_or_`` ("killed_or_wounded").
OUTCOMES = (
    "killed", "wounded", "captured", "missing", "displaced", "killed_or_wounded",
    "destroyed", "damaged", "lost", "shot_down", "executed", "defected", "arrested",
)


@functools.cache
def _lookup() -> dict[str, str]:
    t = table("outcomes")
    out = {}
    for section in ("phrases", "combined"):
        for outcome, phrases in t[section].items():
            for p in phrases:
                out[" ".join(p.lower().split())] = outcome
    return out


@functools.cache
def _order() -> dict[str, int]:
    return {name: i for i, name in enumerate(table("outcomes")["phrases"])}


@functools.cache
def _pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    one = alternation(list(_lookup()))
    one = rf"(?<![\w-]){one}(?![\w-])"
    # (one fate after another: "captured and later executed")
    chain = rf"{one}(?:\s{{0,2}}(?:,|/|&|\bor\b|\band(?:\s{{1,2}}(?:later|then|subsequently|eventually))?\b|\band/or\b)\s{{0,2}}{one}){{0,4}}"
    return re.compile(chain, re.IGNORECASE), re.compile(one, re.IGNORECASE)


@functools.lru_cache(maxsize=512)
def canonical(phrase: str) -> str | None:
    """The outcome a single phrase names, or None (cached: the phrases as
    written, "killed", "KIA", "shot down", are a small vocabulary)."""
    return _lookup().get(" ".join(phrase.lower().replace("/", " / ").split()).replace(" / ", "/"))


@functools.lru_cache(maxsize=256)
def person_only(outcome: str | None) -> bool:
    """Whether only people can have ``outcome`` (every part of a combined one).

    >>> person_only("killed_or_wounded"), person_only("destroyed"), person_only(None)
    (True, False, False)
    """
    if outcome is None:
        return False
    return all(part in word_set("outcomes", "person_only", "outcomes") for part in outcome.split("_or_"))


def counted_as(outcome: str) -> str:
    """The outcome a figure counts toward in a total: an execution is a
    killing, every other outcome is its own.

    >>> counted_as("executed"), counted_as("wounded")
    ('killed', 'wounded')
    """
    return "killed" if outcome == "executed" else outcome


def counted_within(part: str, whole: str) -> bool:
    """Whether people of outcome ``part`` can be among a figure of outcome
    ``whole``: the same count (an execution among the killed), or one part
    of a combined outcome. Those of the wounded who died, or of the captured
    who were executed, are deaths of their own, counted in no one's toll of
    the wounded or the taken.

    >>> counted_within("executed", "killed"), counted_within("killed", "killed_or_wounded")
    (True, True)
    >>> counted_within("killed", "wounded"), counted_within("executed", "captured")
    (False, False)
    """
    whole = counted_as(whole)
    part = counted_as(part)
    return part == whole or part in whole.split("_or_")


def combine(outcomes: list[str]) -> str:
    """Join outcomes into one combined outcome, in the table's order.

    >>> combine(["wounded", "killed"])
    'killed_or_wounded'
    """
    parts: list[str] = []
    for o in outcomes:
        for p in o.split("_or_"):
            if p not in parts:
                parts.append(p)
    order = _order()
    parts.sort(key=lambda p: order.get(p, len(order)))
    return "_or_".join(parts)


def find(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, tuple[int, int]]]:
    """Every outcome mention in ``text[start:end]``: ``(outcome, span)`` pairs."""
    chain, one = _pattern()
    out = []
    for m in chain.finditer(text, start, len(text) if end is None else end):
        whole = canonical(m.group())
        # one phrase ("killed"), the usual case; else a chain ("killed, wounded or missing")
        names = [whole] if whole else [canonical(p.group()) for p in one.finditer(m.group())]
        seq = _sequence(m.group(), names) if len(names) == 2 else None
        out.append((seq or combine([n for n in names if n]), m.span()))
    return out


_AND = re.compile(r"\s{0,2}\band\b\s{0,2}", re.IGNORECASE)


def _sequence(chain: str, names: list[str | None]) -> str | None:
    """The last of two outcomes that befell the same people in turn ("captured
    and executed": executed), or None when the chain is no such pair.

    >>> _sequence("captured and executed", ["captured", "executed"]), _sequence("killed and wounded", ["killed", "wounded"])
    ('executed', None)
    """
    t = table("outcomes")["sequences"]
    if len(names) == 2 and names[0] in t["first"] and names[1] in t["last"] and _AND.search(chain):
        return names[1]
    return None
