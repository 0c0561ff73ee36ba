"""Paragraphs and sentences of an article's prose, with their offsets.

:func:`sentences` walks a text region line by line: heading lines
(``== X ==``, ``## X``) and table rows (``| a | b |``) are skipped, blank
lines end a paragraph, and list items are sentences of their own. Within a
paragraph a sentence ends at ``.``, ``!`` or ``?`` (and a closing quote or
bracket after it) followed by a space and a capital, digit or quote, unless
the word before the stop is an abbreviation from ``data/prose.toml``
("Lt.", "Brig. Gen.", "U.N.", "S.O.H.R.", "km.") or a single initial.

>>> [s.text for s in sentences("Brig. Gen. Ali was killed. The U.N. said 5 km. away.")]
['Brig. Gen. Ali was killed.', 'The U.N. said 5 km. away.']
>>> [(s.paragraph, s.text) for s in sentences("One.\\n\\n| a | b |\\n== X ==\\nTwo. Three.")]
[(0, 'One.'), (1, 'Two.'), (1, 'Three.')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ._vocab import table

__all__ = ["Sentence", "sentences"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its text, its span in the article text, and the index of
    its paragraph (sentences of one paragraph share it)."""

    text: str
    start: int
    end: int
    paragraph: int


_HEADING = re.compile(r"^\s{0,3}(?:={1,6}[^=\n]{1,200}={1,6}|#{1,6}\s[^\n]{0,200})\s*$")
_TABLE = re.compile(r"^\s{0,3}(?:\||\{\||\|\}|!)")
_BULLET = re.compile(r"^\s{0,3}(?:[-*•]|\d{1,3}[.)])\s{1,4}")
# a stop, then closing quotes/brackets, then space, then what opens a sentence
# (a stop may carry footnote marks: "12 people.[3][4] The next day")
_STOP = re.compile(r"""[.!?](?:["'”’)\]]{1,3})?(?:\[(?:\d{1,3}|[a-z]|citation needed)\]){0,4}(?=\s{1,5}["'“‘(\[]?[A-Z0-9])""")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]{0,15})$")


@functools.cache
def _abbreviations() -> frozenset[str]:
    return frozenset(a.lower().rstrip(".") for a in table("prose")["abbreviations"]["words"])


def _is_abbreviation(text: str, stop: int) -> bool:
    """Whether the ``.`` at ``stop`` closes an abbreviation, not a sentence."""
    if text[stop] != ".":
        return False
    m = _WORD_BEFORE.search(text, max(0, stop - 16), stop)
    if m is None:
        return False
    word = m.group(1).rstrip(".")
    if "." in word:  # "U.N", "S.O.H.R": dotted initials
        return all(len(part) <= 2 for part in word.split(".")) or word.lower() in _abbreviations()
    return len(word) == 1 and word.isupper() or word.lower() in _abbreviations()


#: The longest sentence the extractor reads whole. Wikipedia's prose rarely
#: passes 600 characters; a longer run without a stop is a list, a table
#: flattened to text or junk, and reading it whole would make every rule
#: that looks around a figure cost as much as the run.
MAX_SENTENCE = 1200
_BREAK = re.compile(r"[;,]\s|\s")


def _split_paragraph(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    for m in _STOP.finditer(text, start, end):
        if _is_abbreviation(text, m.start()):
            continue
        yield from _bounded(text, pos, m.end())
        pos = m.end()
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end:
        yield from _bounded(text, pos, end)


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most :data:`MAX_SENTENCE`
    characters, each cut after its last ";" or "," (else its last space) in
    the final 300 characters, so that no figure is split; only a run with
    no space at all is cut mid-word."""
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = max((m.end() for m in _BREAK.finditer(text, limit - 300, limit) if m.group()[0] in ";,"), default=None)
        if cut is None:
            cut = max((m.end() for m in _BREAK.finditer(text, limit - 300, limit)), default=limit)
        yield start, cut
        start = cut
    yield start, end


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """The sentences of ``text[start:end]``, offsets into ``text``.

    Headings and table rows are left out; each list item is a sentence of its
    own paragraph. Leading and trailing spaces are trimmed from every span.
    """
    end = len(text) if end is None else end
    out: list[Sentence] = []
    paragraph = -1
    para_start: int | None = None
    para_end = start

    def flush() -> None:
        nonlocal para_start
        if para_start is None:
            return
        for a, b in _split_paragraph(text, para_start, para_end):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                out.append(Sentence(text[a:b], a, b, paragraph))
        para_start = None

    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl == -1 else nl
        line = text[pos:line_end]
        if not line.strip() or _HEADING.match(line) or _TABLE.match(line):
            flush()
        else:
            bullet = _BULLET.match(line)
            if bullet:
                flush()
            if para_start is None:
                paragraph += 1
                para_start = pos + (bullet.end() if bullet else 0)
            para_end = line_end
            if bullet:
                flush()
        pos = line_end + 1
    flush()
    return out
