"""The number grammar shared by the infobox parser and the prose extractor.

:func:`scan` finds every count in a (normalised) text: digits with thousands
separators, number words, vague words, ranges and the bound words around them,
and returns each as a :class:`Quantity` with its span, low, high and
qualifier. The word lists live in ``data/numbers.toml``.

>>> [ (q.low, q.high, q.qualifier) for q in scan("at least 50 killed, 90-200 wounded") ]
[(50, None, 'at_least'), (90, 200, 'range')]
>>> scan("dozens of civilians")[0].low
24
>>> value("twenty-one")
21
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ._vocab import WordGate, _trie, alternation, table

__all__ = ["Quantity", "scan", "value", "QUALIFIERS"]

#: The closed vocabulary of qualifiers, in the order of the annotation guide.
QUALIFIERS = ("exact", "range", "at_least", "at_most", "approximate", "vague")


@dataclass(frozen=True, slots=True)
class Quantity:
    """One count found in a text.

    Attributes:
        start, end: the span of the whole expression, bound words included.
        number_start: where the number itself begins (after the bound words).
        low: the lower bound (0 for "up to N").
        high: the upper bound, or None when open ("50+", "at least 50").
        qualifier: one of :data:`QUALIFIERS`.
    """

    start: int
    end: int
    number_start: int
    low: int
    high: int | None
    qualifier: str


def _word_re(phrase_alt: str) -> str:
    return rf"(?<![\w-]){phrase_alt}(?![\w-])"


def _bound_alternation(phrases: list[str]) -> str:
    """The bound words as one alternation, longest first; a phrase that starts
    (ends) with a letter must start (end) a word."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    trie = _trie(ordered, space=r"\s{1,3}", word_bounded=True)
    if trie is not None:
        return "(?:" + trie + ")"
    parts = []
    for p in ordered:
        body = re.escape(p).replace(r"\ ", r"\s{1,3}")
        if p[0].isalpha():
            body = r"(?<![\w-])" + body
        if p[-1].isalpha():
            body += r"(?![\w-])"
        parts.append(body)
    return "(?:" + "|".join(parts) + ")"


@functools.cache
def _grammar(space_groups: bool) -> re.Pattern[str]:
    nums = table("numbers")
    cardinals = nums["cardinals"]
    tens = [w for w, v in cardinals.items() if v >= 20]
    units = [w for w, v in cardinals.items() if 1 <= v <= 9]
    card = alternation(list(cardinals))
    small = rf"(?:{alternation(tens)}(?:-|\s)(?:{alternation(units)})|{card})"
    mult = alternation(list(nums["multipliers"]))
    word_num = (
        rf"(?:(?:half\s{{1,3}}an?\s{{1,3}}{mult})"  # "half a dozen", "half a million"
        # (a multiplier may be hyphened on: "two-dozen", "three-hundred")
        rf"|(?:{small}|an?)(?:(?:\s{{1,3}}|(?<=[a-z])-){mult}(?:\s{{1,3}}(?:and\s{{1,3}})?{small}(?![\w-]))?){{1,3}}"
        rf"|{small})"
    )
    # (a non-breaking or thin space groups thousands in prose too: "1\u00a0200"; a plain space only
    # before three digits that end the number, "Over 1 000 rebels", not "2011 13")
    sep = r"[,.  \u2009\u202f]" if space_groups else r"(?:[,.\u00a0\u2009\u202f]| (?=\d{3}(?![\d,.]\d|\d)))"
    digit_num = (
        rf"(?:\d{{1,4}}\.\d{{1,3}}\s{{0,2}}(?:million|billion|thousand|k)(?![\w])"
        rf"|(?:\d{{1,3}}(?:{sep}\d{{3}})+|\d{{1,12}})(?![.,]\d)(?:\s{{0,2}}(?:million|billion|thousand|k)(?![\w]))?)"
    )
    # a decimal that takes the multiplier of the number after it: "1.5–2 million"
    decimal_lead = (r"(?<![\w.,])\d{1,4}\.\d{1,3}(?=\s{0,3}(?:[-\u2010-\u2015\u2212]|to|or)\s{0,3}\d{1,4}(?:\.\d{1,3})?"
                    r"\s{0,2}(?:million|billion|thousand|k)(?!\w))")
    number = rf"(?:(?<!\w)(?<!\d[.,])(?<![A-Za-z]-)(?<![A-Za-z]-\d-)(?<![A-Za-z]-\d\d-)(?<![A-Za-z]-\d\d\d-){digit_num}(?![\d])(?![^\W\d_])|(?<![\w-]){word_num}(?!\w)(?!-(?!(?:odd|plus)(?![\w-]))[^\W\d_]))"

    factors = alternation(list(nums["vague_factors"]))
    plurals = alternation(list(nums["vague_plurals"]))
    singular_mults = alternation([m for m in nums["multipliers"] if m != "score"])
    vague = (
        rf"(?<![\w-])(?:{factors}(?:\s{{1,3}}{singular_mults}){{0,2}}"
        rf"|{plurals}(?:\s{{1,3}}of\s{{1,3}}{plurals}){{0,2}})(?![\w-])"
    )
    bounds = nums["bounds"]
    bound = _bound_alternation([p for ps in bounds.values() for p in ps])
    sufs = nums["suffixes"]
    suffix = "|".join(
        rf"\s{{0,2}}{re.escape(s)}" if not s[0].isalpha() else rf"\s{{1,3}}{_bound_alternation([s])}"
        for ps in sufs.values()
        for s in ps
    )
    pattern = (
        # every count starts at a word start or at a symbol ("~50"): saying so up
        # front lets the engine skip the positions inside words at once
        rf"(?:(?<!\w)|(?=[^\w\s]))"
        rf"(?P<pre>(?:{bound}\s{{0,3}}){{0,2}})"
        rf"(?:(?<![\w-])between\s{{1,3}}(?P<b1>{number})\s{{1,3}}and\s{{1,3}}(?P<b2>{number})"
        # a range's dash as written: prose is not folded ("90–200 civilians")
        # a number in words echoed in digits: "Eleven (11) civilians"
        rf"|(?P<n1>{number}|{decimal_lead})(?:(?<=[^\W\d_])\s{{1,2}}\(\d{{1,7}}\))?"
        # (a tilde between two numbers is a range too, in some styles: "150~200")
        # (or a higher count told as possible: "12 and possibly 20", "12 or perhaps as many as 20")
        rf"(?:(?:\s{{0,3}}(?:[-\u2010-\u2015\u2212]|to|or|and/or)\s{{0,3}}|~(?=\d)"
        rf"|(?:\s{{1,3}}(?:and|or)|\s{{0,2}},(?:\s{{1,3}}(?:and|or))?)\s{{1,3}}(?:possibly|perhaps|maybe|probably)\s{{1,3}}"
        rf"(?:as\s{{1,3}}many\s{{1,3}}as\s{{1,3}})?)"
        rf"(?P<n2>{number}))?"
        rf"|(?P<vague>{vague}))"
        rf"(?P<suf>{suffix})?"
    )
    return re.compile(pattern, re.IGNORECASE)


@functools.cache
def _bound_kinds() -> dict[str, str]:
    kinds = {}
    for kind, phrases in table("numbers")["bounds"].items():
        for p in phrases:
            kinds[" ".join(p.lower().split())] = kind
    return kinds


@functools.cache
def _bound_splitter() -> re.Pattern[str]:
    phrases = [p for ps in table("numbers")["bounds"].values() for p in ps]
    return re.compile(_bound_alternation(phrases), re.IGNORECASE)


def _qualifier_of_prefix(prefix: str) -> str | None:
    """The strongest qualifier among the bound words of ``prefix``."""
    found = None
    kinds = _bound_kinds()
    for m in _bound_splitter().finditer(prefix):
        kind = kinds.get(" ".join(m.group().lower().split()))
        if kind in ("at_least", "at_most"):
            return kind
        found = found or kind
    return found


@functools.cache
def number_words() -> tuple[str, ...]:
    """Every word that is or holds a count: cardinals, multipliers, vague
    plurals and the words of the vague phrases ("few" of "a few")."""
    nums = table("numbers")
    words = set(nums["cardinals"]) | set(nums["multipliers"]) | set(nums["vague_plurals"])
    for phrase in nums["vague_factors"]:
        words |= {w for w in phrase.split() if w not in ("a", "an", "of")}
    return tuple(sorted(words))


@functools.cache
def count_ahead() -> str:
    """A regex lookahead for the core of a count starting here: a digit or
    a number word ("and| 4 soldiers", "and| two officers")."""
    return rf"(?=\d|(?:{alternation(number_words())})(?![\w-]))"


@functools.cache
def _anchor() -> tuple[re.Pattern[str], int]:
    """A cheap pattern for the core of every count, and how far before its
    core a count can start.

    Every match of the grammar holds a core: a digit, or a cardinal,
    multiplier or vague word. Only bound words ("at least", "between") and
    "a", "half a" come before it, so a count starts at most ``window``
    characters before its core. :func:`scan` finds the cores with this
    pattern and runs the full grammar only around them: the grammar tries a
    long alternation at every word start, which is what made scanning prose
    slow.
    """
    nums = table("numbers")
    pattern = re.compile(rf"\d|\b{alternation(number_words())}\b", re.IGNORECASE)
    bounds = [p for ps in nums["bounds"].values() for p in ps]
    longest = max(len(p) + 2 * p.count(" ") for p in bounds)
    # two bound phrases with their spaces, "between ", and "half a " before a core
    window = 2 * (longest + 3) + len("between") + 3 + len("half a ") + 6
    return pattern, window


@functools.cache
def _number_word_gate() -> WordGate:
    return WordGate(number_words())


@functools.cache
def _lead_in() -> re.Pattern[str]:
    """What may stand between a count's start and its core, read backwards.

    Before its core a count holds only bound words ("at least", "c."),
    "between", "a", "an", "half", symbols ("~", ">=") and spaces. Matched
    from the core backwards on the reversed text, this pattern spans the
    longest such stretch; a count holding the core starts inside it. It
    accepts more than the grammar would (any symbol, any of those words in
    any order), never less, so starting the grammar's search there finds
    what a search from further back finds.
    """
    nums = table("numbers")
    words: set[str] = {"between", "a", "an", "half"}
    for phrases in nums["bounds"].values():
        for phrase in phrases:
            words |= set(re.findall(r"[^\W\d_]+", phrase.casefold()))
    backwards = alternation(sorted(w[::-1] for w in words))
    _, window = _anchor()  # the stretch is never longer than the window before a core
    return re.compile(rf"(?:{backwards}(?![^\W\d_])|[^\w\s]|\s){{0,{window}}}", re.IGNORECASE)


_DIGIT = re.compile(r"\d")

#: How far past a core the grammar looks at first; longer than any count.
_TAIL = 400
#: From this length on, a text's words are looked up before its cores are
#: searched: the lookup costs more than the search it saves on an infobox field.
_GATE_FROM = 120


def scan(text: str, *, space_groups: bool = False) -> list[Quantity]:
    """Every count in ``text``, left to right, as :class:`Quantity` objects.

    ``space_groups`` accepts a space as thousands separator ("115 000"), as
    infobox fields use it; prose leaves it off, where "2011 13" is two numbers.
    The text should be normalised first (see :mod:`casualtylib._normalize`).

    The result is the same as searching the grammar from left to right over
    the whole text (a property test holds it to that); the search only skips
    the stretches without a core.
    """
    grammar = _grammar(space_groups)
    anchor, window = _anchor()
    if len(text) > _GATE_FROM and not _number_word_gate().may_match(text):
        anchor = _DIGIT  # no number word: every core is a digit
    lead_in = _lead_in()
    backwards = text[::-1]
    out: list[Quantity] = []
    pos = 0
    n = len(text)
    while pos < n:
        core = anchor.search(text, pos)
        if core is None:
            break
        lead = lead_in.match(backwards, n - core.start(), n - max(pos, core.start() - window))
        start = core.start() - (lead.end() - lead.start())
        stop = core.end() + _TAIL
        m = grammar.search(text, start, stop)
        if stop < n and (m is None or m.end() + 3 > stop):
            m = grammar.search(text, start)  # the window cut the text short
        elif m is None:
            pos = core.end()
            continue
        if m is None:
            break
        q = _quantity(m)
        if q is None:  # a bound word with nothing after it: skip one character
            pos = m.start() + 1
            continue
        out.append(q)
        pos = max(q.end, pos + 1)
    return out


def _quantity(m: re.Match[str]) -> Quantity | None:
    prefix = m.group("pre") or ""
    suffix = (m.group("suf") or "").strip().lower()
    bound = _qualifier_of_prefix(prefix) if prefix.strip() else None
    start = m.start()
    number_start = m.start("pre") + len(prefix)
    end = m.end()
    if m.group("vague") is not None:
        low = _vague_value(m.group("vague"))
        qualifier = "vague" if bound in (None, "approximate") else bound
        if qualifier == "at_most":
            return Quantity(start, end, number_start, 0, low, "at_most")
        return Quantity(start, end, number_start, low, None, qualifier)
    if m.group("b1") is not None:
        a, b = _elliptic(m.group("b1"), m.group("b2"))
        lo, hi = min(a, b), max(a, b)
        return _bounded(start, end, number_start, lo, hi, bound, suffix, is_range=True)
    a = value(m.group("n1"))
    if m.group("n2") is not None:
        a, b = _elliptic(m.group("n1"), m.group("n2"))
        if b >= a:
            return _bounded(start, end, number_start, a, b, bound, suffix, is_range=True)
        # "2011-12", "1,200-500": not a range; keep the first number alone
        end = m.end("n1")
        suffix = ""
    return _bounded(start, end, number_start, a, a, bound, suffix, is_range=False)


def _elliptic(first: str, second: str) -> tuple[int, int]:
    """The values of a range's two numbers, the multiplier of the second
    shared by the first when it has none of its own: "two to three hundred"
    is 200 to 300, "5 to 6 thousand" 5,000 to 6,000 (not 2 to 300).

    >>> _elliptic("two", "three hundred"), _elliptic("90", "200"), _elliptic("5", "6 thousand")
    ((200, 300), (90, 200), (5000, 6000))
    >>> _elliptic("3", "4,000"), _elliptic("1.5", "2 million"), _elliptic("100", "15,000")
    ((3000, 4000), (1500000, 2000000), (100, 15000))
    """
    if second[-1:].isdigit() and not second.endswith(",000") and "." not in first:
        return value(first), value(second)  # "90–200", "1,200–1,500": most ranges
    mults = table("numbers")["multipliers"]
    b = value(second)
    last = second.lower().split()[-1]
    m = _SCALE_SUFFIX.search(last) if last[:1].isdigit() else None
    mult = mults.get(last) or (1000 if last == "k" else None) or (
        (1000 if m.group() == "k" else mults[m.group()]) if m else None)
    if _DECIMAL.fullmatch(first.strip()):  # "1.5–2 million": 1.5 of the second's millions
        a = round(float(first) * mult) if mult else value(first)
        return a, b
    a = value(first)
    if mult is not None and mult > 1 and not any(w in mults for w in first.lower().split()) \
            and 0 < a < mult and a * mult <= b:
        return a * mult, b
    zeros = _THOUSANDS.search(second)  # "3–4,000", "10–15,000": thousands, the first's too
    if zeros and first.strip().isdigit() and 0 < a < 1000 and a * 1000 ** len(zeros.group().split(",")[1:]) <= b:
        return a * 1000 ** len(zeros.group().split(",")[1:]), b
    return a, b


_DECIMAL = re.compile(r"\d{1,4}\.\d{1,3}")
_SCALE_SUFFIX = re.compile(r"(?:million|billion|thousand|k)$")  # "6thousand", "2k"
_THOUSANDS = re.compile(r"(?:,000)+$")


@functools.cache
def _suffix_kinds() -> dict[str, str]:
    return {" ".join(p.split()): kind for kind, ps in table("numbers")["suffixes"].items() for p in ps}


def _bounded(start, end, number_start, lo, hi, bound, suffix, *, is_range) -> Quantity:
    suffix_kind = _suffix_kinds().get(" ".join(suffix.split())) if suffix else None
    if bound == "at_least" or suffix_kind == "at_least":
        return Quantity(start, end, number_start, lo, None, "at_least")
    if bound == "at_most":
        return Quantity(start, end, number_start, 0, hi, "at_most")
    if bound == "approximate" or suffix_kind == "approximate":
        return Quantity(start, end, number_start, lo, hi, "approximate")
    return Quantity(start, end, number_start, lo, hi, "range" if is_range and hi != lo else "exact")


_SEPARATORS = re.compile(r"[,.  ]")


def value(text: str) -> int:
    """The integer value of one number: digits or words.

    >>> value("1,403"), value("115 000"), value("1.5 million"), value("a dozen")
    (1403, 115000, 1500000, 12)
    >>> value("one hundred and twenty"), value("half a dozen"), value("half a million")
    (120, 6, 500000)
    """
    t = " ".join(text.lower().replace("-", " ").split())
    if t and t[0].isdigit():
        return _digit_value(t)
    return _word_value(t)


def _digit_value(t: str) -> int:
    plain = t.replace(",", "")
    if plain.isdigit() and plain.isascii():  # "1,659", "12": most counts
        return int(plain)
    mults = table("numbers")["multipliers"]
    mult = 1
    for word, v in (("million", mults["million"]), ("billion", mults["billion"]),
                    ("thousand", mults["thousand"]), ("k", 1000)):
        if t.endswith(word):
            mult = v
            t = t[: -len(word)].strip()
            break
    if mult > 1 and re.fullmatch(r"\d{1,4}\.\d{1,3}", t):
        whole, frac = t.split(".")
        return int(whole) * mult + int(frac) * mult // 10 ** len(frac)
    return int(_SEPARATORS.sub("", t)) * mult


def _word_value(t: str) -> int:
    nums = table("numbers")
    cardinals, mults = nums["cardinals"], nums["multipliers"]
    if t.startswith(("half a ", "half an ")) and (mult := t.split()[2]) in mults:
        return mults[mult] // 2  # "half a dozen", "half a million"
    total = current = 0
    for w in t.split():
        if w in cardinals:
            current += cardinals[w]
        elif w in ("a", "an"):
            current = current or 1
        elif w in ("hundred", "dozen", "score"):
            current = (current or 1) * mults[w]
        elif w in mults:  # thousand, million, billion
            total += (current or 1) * mults[w]
            current = 0
    return total + current


def _vague_value(text: str) -> int:
    nums = table("numbers")
    t = " ".join(text.lower().split())
    for factor, v in sorted(nums["vague_factors"].items(), key=lambda kv: -len(kv[0])):
        if t.startswith(factor):
            result = v
            for w in t[len(factor):].split():
                result *= nums["multipliers"].get(w, 1)
            return result
    words = [w for w in t.split() if w != "of"]
    result = 2 * nums["vague_plurals"][words[0]]
    for w in words[1:]:
        result *= nums["vague_plurals"][w]
    return result
