"""Text normalisation that remembers where every character came from.

Casualty strings arrive with footnote marks, ``<ref>`` tags, wiki links,
HTML entities, non-ASCII digits and a dozen kinds of dash. The parsers work on
a cleaned copy; :class:`Normalized` maps every span of that copy back to the
original text, so results can quote their source verbatim.

Two passes:

1. markup: footnotes, ``<ref>`` tags, comments and a few templates are
   removed, ``<br>`` and list bullets become line breaks, links keep their
   label. This pass changes lengths and records an offset map.
2. folding, one character for one: Unicode decimal digits become ASCII
   digits, every dash and minus becomes ``-``, every space becomes ``" "``.

>>> n = normalize("1,200[3]–1,500 killed")
>>> n.text
'1,200-1,500 killed'
>>> n.original_span((0, 11))
(0, 14)
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Normalized", "normalize", "fold", "render_markdown"]

# Footnote marks and markup a casualty field can carry. Each alternative is
# bounded; none can backtrack over more than a few hundred characters.
_FOOTNOTE = (
    r"\[(?:\d{1,3}|[a-zA-Z]{1,2}|(?:note|nb|n|lower-alpha|upper-alpha)\s?\d{1,3}"
    r"|[a-z]{1,3}\s\d{1,3}|citation needed|clarification needed|better source needed"
    r"|failed verification|dubious|when\?|who\?|page needed)\]"
)
_MARKUP = re.compile(
    r"(?P<ref><ref\b[^<>]{0,500}/>|<ref\b[^<>]{0,500}>(?s:.){0,5000}?</ref\s{0,3}>)"
    r"|(?P<comment><!--(?s:.){0,5000}?-->)"
    r"|(?P<br><(?:br|hr)\b[^<>]{0,50}>)"
    r"|(?P<tag></?[a-zA-Z][a-zA-Z0-9]{0,15}\b[^<>]{0,300}>)"
    rf"|(?P<footnote>{_FOOTNOTE})"
    r"|(?P<file>\[\[\s{0,3}(?:File|Image)\s{0,3}:[^\[\]]{0,500}\]\])"  # a flag or an icon, not its caption
    r"|(?P<link>\[\[(?:[^\[\]|]{0,300}\|)?(?P<label>[^\[\]|]{0,300})\]\])"
    r"|(?P<extlink>\[https?://[^\s\[\]]{1,500}(?:\s(?P<extlabel>[^\[\]]{0,300}))?\])"
    r"|(?P<circa>\{\{\s{0,3}(?:circa|c\.|ca\.?|approx\.?)\s{0,3}\}\})"
    r"|(?P<dash>\{\{\s{0,3}(?:ndash|mdash|snd|spnd|spaced ndash|dash)\s{0,3}\}\})"
    r"|(?P<space>\{\{\s{0,3}(?:nbsp|sp|space)\s{0,3}\}\})"
    r"|(?P<fntemplate>\{\{\s{0,3}(?:efn|refn|sfn|sfnp|cn|citation needed|fact|r|rp|ref|ref label|note|notetag|nbsp)\b[^{}]{0,1000}\}\})"
    r"|(?P<wrap>\{\{\s{0,3}(?:(?:nowrap|small|big|nobold|noitalic|lang-?\w{0,5})\s{0,3}\||formatnum\s{0,3}:)"
    r"(?P<wrapped>[^{}|]{0,300})\}\})"
    # an outcome's template, as its abbreviation: "{{KIA}} 40" reads "KIA 40"
    r"|(?P<fate>\{\{\s{0,3}(?:KIA|WIA|MIA|POW|kia|wia|mia|pow)\s{0,3}\}\})"
    r"|(?P<list>\{\{\s{0,3}(?:ubl|unbulleted list|plainlist|flatlist|hlist|bulleted list|blist|ubil)\s{0,3}\||\}\})"
    r"|(?P<entity>&(?:[a-zA-Z]{2,8}|#\d{1,7}|#x[0-9a-fA-F]{1,6});)"
    r"|(?P<quote>'{2,5})"
    r"|(?P<bullet>[*•·]+|\u2022)"
    r"|(?P<mark>[†‡§¶])"
)
# Every markup match starts with one of these characters ("}}" closes a list
# template): a text without them has no markup, and skips the markup pass.
_MARKUP_TRIGGERS = frozenset("[<{}&'*•·†‡§¶")


@dataclass(frozen=True, slots=True)
class _Segment:
    norm_start: int
    norm_end: int
    orig_start: int
    orig_end: int
    identity: bool


class Normalized:
    """A normalised text and the map back to the original.

    Attributes:
        original: the text as given.
        text: the normalised text.
        removed: spans of the original that the markup pass removed or
            replaced (footnote marks, tags): they are never residue.
    """

    __slots__ = ("original", "text", "removed", "pairs", "_segments", "_starts")

    def __init__(
        self,
        original: str,
        text: str,
        segments: list[_Segment] | None,
        removed: tuple[tuple[int, int], ...] = (),
    ) -> None:
        self.original = original
        self.text = text
        self.removed = removed
        self.pairs: tuple[tuple[int, int, int, int], ...] = ()  # (open, inner start, inner end, close end)
        self._segments = segments
        self._starts = [s.norm_start for s in segments] if segments else None

    def original_start(self, pos: int) -> int:
        """Position in the original of the character at ``pos``."""
        if self._segments is None:
            return pos
        if pos >= len(self.text):
            return len(self.original)
        seg = self._segments[bisect.bisect_right(self._starts, pos) - 1]
        return seg.orig_start + (pos - seg.norm_start) if seg.identity else seg.orig_start

    def original_end(self, pos: int) -> int:
        """Position in the original just after the character before ``pos``."""
        if self._segments is None:
            return pos
        if pos <= 0:
            return 0
        seg = self._segments[bisect.bisect_right(self._starts, pos - 1) - 1]
        return seg.orig_start + (pos - seg.norm_start) if seg.identity else seg.orig_end

    def original_span(self, span: tuple[int, int]) -> tuple[int, int]:
        """Map a ``(start, end)`` span of :attr:`text` to the original."""
        start, end = span
        if end <= start:
            o = self.original_start(start)
            return (o, o)
        return (self.original_start(start), self.original_end(end))

    def balanced_span(self, span: tuple[int, int]) -> tuple[int, int]:
        """A span of the original widened to hold both marks of every link or
        emphasis (:attr:`pairs`) whose words it reaches the end or the start
        of: "[civilians](./Civilians)", not "[civilians"."""
        s, e = span
        for a, i, j, b in self.pairs:
            if s < j and e > i:  # the span holds some of its words
                if e >= j:
                    e = max(e, b)
                if s <= i or e >= b:
                    s = min(s, a)
        return s, e


def normalize(text: str) -> Normalized:
    """Clean ``text`` for parsing, keeping the offset map (see module doc)."""
    if _MARKUP_TRIGGERS.isdisjoint(text):
        # folding keeps lengths, so the offset map is the identity
        return Normalized(text, fold(text), None)
    b = _Builder()
    emit, removed = b.emit, b.removed
    pairs: list[tuple[int, int, int, int]] = []
    last = 0
    for m in _MARKUP.finditer(text):
        start, end = m.span()
        if start > last:
            emit(text[last:start], last, start, True)
        kind = m.lastgroup
        if kind in ("link", "wrap", "extlink"):
            inner = {"link": "label", "wrap": "wrapped", "extlink": "extlabel"}[kind]
            if m.group(inner):
                istart, iend = m.span(inner)
                removed.extend([(start, istart), (iend, end)])
                pairs.append((start, istart, iend, end))
                emit(text[istart:iend], istart, iend, True)
            else:
                removed.append((start, end))
        else:
            removed.append((start, end))
            emit(_replacement(kind, m.group()), start, end, False)
        last = end
    emit(text[last:], last, len(text), True)
    normalized = Normalized(text, fold("".join(b.out)), b.segments, tuple(removed))
    normalized.pairs = tuple(pairs)
    return normalized


class _Builder:
    """A text built piece by piece, with the map of each piece to the original."""

    __slots__ = ("out", "segments", "removed", "npos")

    def __init__(self) -> None:
        self.out: list[str] = []
        self.segments: list[_Segment] = []
        self.removed: list[tuple[int, int]] = []  # spans of the original that were dropped or replaced
        self.npos = 0

    def emit(self, piece: str, ostart: int, oend: int, identity: bool) -> None:
        """Append ``piece``, which stands for ``original[ostart:oend]`` (the
        same characters when ``identity``)."""
        if piece:
            self.segments.append(_Segment(self.npos, self.npos + len(piece), ostart, oend, identity))
            self.out.append(piece)
            self.npos += len(piece)


def _replacement(kind: str | None, matched: str) -> str:
    if kind in ("br", "bullet", "list"):
        return "\n"
    if kind == "circa":
        return "c. "
    if kind == "dash":
        return "-"
    if kind == "space":
        return " "
    if kind == "fate":
        return " " + matched.strip("{} ").upper() + " "
    if kind == "entity":
        return fold(html.unescape(matched))
    return ""


def fold(text: str) -> str:
    """Fold characters one for one: digits to ASCII, dashes to ``-``, spaces to
    ``" "``. Lengths never change, so offsets stay valid.

    >>> fold("١٤٠٣ — ١٥٠٠")
    '1403 - 1500'
    """
    if text.isascii():
        return text.replace("\t", " ").replace("\r", " ")
    return text.translate(_FOLDS)


_SEPARATORS = {"\u066c": ",", "\u066b": ".", "\u060c": ","}


class _FoldTable(dict):
    """``str.translate``'s table for :func:`fold`: each character's fold,
    computed on first sight and kept (the characters of a corpus are few)."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        folded = _fold_char(c) if c > "\x7f" or c in "\t\r" else c
        if len(self) < 65536:  # bounded: a hostile text cannot grow it without end
            self[code] = folded
        return folded


_FOLDS = _FoldTable()


def _fold_char(c: str) -> str:
    if c in "\t\r":
        return " "
    if c.isdecimal():
        return str(unicodedata.decimal(c))
    if c in _SEPARATORS:  # Arabic thousands and decimal separators: "١٬٢٠٠", "١٫٥"
        return _SEPARATORS[c]
    cat = unicodedata.category(c)
    if cat == "Pd" or c in "\u2212\u2043\ufe63\uff0d":
        return "-"
    if cat == "Zs" or c in "\u200b\u2060\ufeff":
        return " "
    if c in "\u2018\u2019\u201b\u2032":
        return "'"
    if c in "\u201c\u201d\u201f\u2033":
        return '"'
    folded = unicodedata.normalize("NFKC", c)
    return folded if len(folded) == 1 else c


# -- markdown prose ---------------------------------------------------------------

# Inline markdown a front-matter article's prose carries: links keep their
# label, emphasis marks and footnote marks go. Each alternative is bounded.
# A link's target may hold one level of brackets ("./Battle_of_Aleppo_(2012)").
_MD_INLINE = re.compile(
    r"(?P<image>!\[[^\[\]\n]{0,300}\]\((?:[^()\s]|\([^()\s]{0,200}\)){0,500}\))"
    r"|(?P<link>\[(?P<label>[^\[\]\n]{1,300})\]\((?:[^()\s]|\([^()\s]{0,200}\)){0,500}(?:\s{1,3}\"[^\"\n]{0,200}\")?\))"
    r"|(?P<footnote>\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed)\])"
    # emphasis opens before a non-space and closes after one; a list bullet ("* x") is no emphasis
    r"|(?P<strong>(?<![\w*])(?:\*\*|__)(?=[^\s*_])(?P<strong_in>[^*_\n]{1,300}?)(?<=[^\s*_])(?:\*\*|__)(?![\w*]))"
    r"|(?P<em>(?<![\w*])[*_](?=[^\s*_])(?P<em_in>[^*_\n]{1,300}?)(?<=[^\s*_])[*_](?![\w*]))"
)
_MD_TRIGGERS = frozenset("[*_")


def render_markdown(text: str, start: int = 0) -> Normalized:
    """``text`` with the inline markdown of ``text[start:]`` rendered as a
    reader sees it: ``[label](target)`` gives its label, ``**bold**`` and
    ``*italic*`` their words, footnote marks ("[3]") and images nothing.
    Lengths change, so the result keeps the map back: a figure found in the
    rendered prose is quoted verbatim from the original. Each link or
    emphasis is recorded in :attr:`Normalized.pairs` as its opening and
    closing marks, so that a quote can be widened to hold both.

    >>> r = render_markdown("12 [Syrian Army](./Syrian_Army) soldiers were **killed**.")
    >>> r.text
    '12 Syrian Army soldiers were killed.'
    >>> s, e = r.original_span((0, 35))
    >>> r.original[s:e]
    '12 [Syrian Army](./Syrian_Army) soldiers were **killed'
    >>> r.balanced_span((s, e))
    (0, 56)
    """
    if _MD_TRIGGERS.isdisjoint(text[start:]):
        return Normalized(text, text, None)
    b = _Builder()
    emit, removed = b.emit, b.removed
    pairs: list[tuple[int, int, int, int]] = []
    last = 0
    for m in _MD_INLINE.finditer(text, start):
        a, z = m.span()
        emit(text[last:a], last, a, True)
        inner = next((g for g in ("label", "strong_in", "em_in") if m.group(g) is not None), None)
        if inner is None:  # an image or a footnote mark: nothing to read
            removed.append((a, z))
        else:
            i, j = m.span(inner)
            removed.extend([(a, i), (j, z)])
            pairs.append((a, i, j, z))
            emit(text[i:j], i, j, True)
        last = z
    emit(text[last:], last, len(text), True)
    rendered = Normalized(text, "".join(b.out), b.segments, tuple(removed))
    rendered.pairs = tuple(pairs)
    return rendered
