"""The number grammar shared by every parser (casualtylib.numbers)."""

from __future__ import annotations

import pytest

from casualtylib.numbers import scan, value


@pytest.mark.parametrize("text, expected", [
    ("1,403", 1403), ("1 403", 1403), ("115 000", 115000), ("1.5 million", 1_500_000), ("2.3k", 2300),
    ("six", 6), ("twenty-one", 21), ("twenty one", 21), ("one hundred and twenty", 120), ("a dozen", 12),
    ("half a dozen", 6), ("half a million", 500_000), ("two dozen", 24), ("three thousand", 3000), ("a hundred", 100),
])
def test_value(text: str, expected: int) -> None:
    assert value(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("several", (3, None, "vague")), ("dozens", (24, None, "vague")), ("hundreds", (200, None, "vague")),
    ("multiple", (2, None, "vague")), ("several hundred", (300, None, "vague")),
    ("tens of thousands", (20000, None, "vague")), ("hundreds of thousands", (200000, None, "vague")),
    ("at least several", (3, None, "at_least")),
    ("at least 50", (50, None, "at_least")), ("more than 460", (460, None, "at_least")), ("73+", (73, None, "at_least")),
    ("up to 300", (0, 300, "at_most")), ("as many as 40", (0, 40, "at_most")),
    ("some 78", (78, 78, "approximate")), ("~1,000", (1000, 1000, "approximate")), ("c.200", (200, 200, "approximate")),
    ("30-37", (30, 37, "range")), ("two or three", (2, 3, "range")), ("between 5 and 10", (5, 10, "range")),
    ("1,200–1,500+", (1200, None, "at_least")), ("5 or more", (5, None, "at_least")),
    ("at least a dozen", (12, None, "at_least")), ("a dozen", (12, 12, "exact")),
    # a floor said by denying less
    ("no fewer than 12", (12, None, "at_least")), ("not fewer than 12", (12, None, "at_least")),
    # the second number's multiplier is the first's too
    ("two to three hundred", (200, 300, "range")), ("between two and three thousand", (2000, 3000, "range")),
    ("2-3 thousand", (2000, 3000, "range")), ("one or two hundred", (100, 200, "range")),
    ("90 to 200", (90, 200, "range")),
    # written thousands shared too: "3–4,000" is 3,000 to 4,000; a decimal takes the millions after it
    ("3\u20134,000", (3000, 4000, "range")), ("10-15,000", (10000, 15000, "range")),
    ("1.5\u20132 million", (1500000, 2000000, "range")), ("100-15,000", (100, 15000, "range")),
    # an open bound hyphened to a number word, as to digits
    ("50-odd", (50, None, "at_least")), ("forty-odd", (40, None, "at_least")), ("forty-plus", (40, None, "at_least")),
    ("twenty-five-odd", (25, None, "at_least")),
    # a higher count told as possible: a range, or the bound before it ("at least")
    ("more or less 50", (50, 50, "approximate")), ("as high as 220", (0, 220, "at_most")),
    # a multiplier hyphened on
    ("two-dozen", (24, 24, "exact")), ("three-hundred", (300, 300, "exact")),
    ("12 and possibly 20", (12, 20, "range")), ("12 or perhaps as many as 20", (12, 20, "range")),
    ("12, possibly 20", (12, 20, "range")), ("at least 12, and possibly as many as 20", (12, None, "at_least")),
])
def test_scan_one(text: str, expected: tuple) -> None:
    from casualtylib._normalize import fold

    (q,) = scan(fold(text), space_groups=True)
    assert (q.low, q.high, q.qualifier) == expected
    assert (q.start, q.end) == (0, len(text))


@pytest.mark.parametrize("text", ["Su-22", "MiG-23", "L-39", "2nd", "76th", "3.5", "T-72", "a three-year-old boy",
                                  "one-sided", "forty-oddities"])
def test_designations_ordinals_and_decimals_are_not_counts(text: str) -> None:
    assert scan(text) == []


def test_descending_pair_is_not_a_range() -> None:
    # "2011-12" is two numbers, each left for the caller to place or report
    qs = scan("2011-12")
    assert [(q.low, q.high) for q in qs] == [(2011, 2011), (12, 12)]


def test_space_groups_only_when_asked() -> None:
    assert [q.low for q in scan("in 2011 13 soldiers")] == [2011, 13]
    assert [q.low for q in scan("115 000 displaced", space_groups=True)] == [115000]


# --- the fast paths compute what the plain grammar computes -----------------
#
# scan() runs the grammar only around "cores" (digits, number words) and the
# vocabulary alternations are compiled as tries; both are speed-ups that must
# not change a single result. These properties hold them to the plain forms.

import re  # noqa: E402

from hypothesis import given, settings, strategies as st  # noqa: E402

from casualtylib import numbers  # noqa: E402
from casualtylib._vocab import _trie, alternation, table  # noqa: E402

_PIECES = [
    "at least", "more than", "up to", "between", "and", "or", "to", "-", "–", "~", "+", ">",
    "about", "nearly", "some", "a", "an", "half", "dozen", "dozens", "hundreds", "of",
    "thousands", "several", "a few", "one", "twenty", "twenty-one", "seventeen", "hundred",
    "thousand", "million", "1", "12", "1,200", "2011", "3.5", "115 000", "killed", "someone",
    "often", "M16", "T-72", ",", ".", "(", ")", "\n", "people", "Several", "TWO", "Twelve",
    # bound words glued to letters, digits and symbols: where a count may start before its core
    "x~", "at", "least", "c.", "ca", "≥", ">=", "half a", "an estimated", "5at", "xat", "Up", "to",
]


def _plain_scan(text: str, space_groups: bool) -> list[numbers.Quantity]:
    """The reference: the grammar searched from left to right over the whole text."""
    grammar = numbers._grammar(space_groups)
    out, pos = [], 0
    while pos < len(text):
        m = grammar.search(text, pos)
        if m is None:
            break
        q = numbers._quantity(m)
        if q is None:
            pos = m.start() + 1
            continue
        out.append(q)
        pos = max(q.end, pos + 1)
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from([" ", "  ", ""]), st.booleans())
def test_scan_equals_the_plain_grammar_search(pieces: list[str], glue: str, space_groups: bool) -> None:
    text = glue.join(pieces) if glue else " ".join(pieces).replace(" ,", ",")
    assert numbers.scan(text, space_groups=space_groups) == _plain_scan(text, space_groups)


def test_scan_equals_the_plain_grammar_on_long_text() -> None:
    # longer than the window past a core, so the fallback to a full search runs
    text = ("more than " + "x" * 500 + " 12 killed and " + "y " * 300 + "between 5 and 9 ") * 3
    assert numbers.scan(text) == _plain_scan(text, False)


def _longest_first(phrases: list[str]) -> str:
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) + ")"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("abAB .", min_size=1, max_size=5).filter(str.strip), min_size=1, max_size=8),
       st.text("abAB .x", max_size=30))
def test_trie_alternation_matches_like_the_longest_first_list(phrases: list[str], text: str) -> None:
    phrases = [" ".join(p.split()) for p in phrases]
    trie = re.compile(alternation(phrases) + "(?!a)", re.IGNORECASE)
    plain = re.compile(_longest_first(phrases) + "(?!a)", re.IGNORECASE)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_number_words_compile_as_tries() -> None:
    # a case clash would silently fall back to the slow longest-first list
    nums = table("numbers")
    for key in ("cardinals", "multipliers", "vague_factors", "vague_plurals"):
        assert _trie(sorted(nums[key])) is not None, key
    bounds = [p for ps in nums["bounds"].values() for p in ps]
    assert _trie(sorted(bounds), word_bounded=True) is not None
