"""The number grammar shared by every parser (casualtylib.numbers)."""

from __future__ import annotations

import pytest

from casualtylib.numbers import scan, value


@pytest.mark.parametrize("text, expected", [
    ("1,403", 1403), ("1 403", 1403), ("115 000", 115000), ("1.5 million", 1_500_000), ("2.3k", 2300),
    ("six", 6), ("twenty-one", 21), ("twenty one", 21), ("one hundred and twenty", 120), ("a dozen", 12),
    ("half a dozen", 6), ("two dozen", 24), ("three thousand", 3000), ("a hundred", 100),
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
])
def test_scan_one(text: str, expected: tuple) -> None:
    from casualtylib._normalize import fold

    (q,) = scan(fold(text), space_groups=True)
    assert (q.low, q.high, q.qualifier) == expected
    assert (q.start, q.end) == (0, len(text))


@pytest.mark.parametrize("text", ["Su-22", "MiG-23", "L-39", "2nd", "76th", "3.5", "T-72"])
def test_designations_ordinals_and_decimals_are_not_counts(text: str) -> None:
    assert scan(text) == []


def test_descending_pair_is_not_a_range() -> None:
    # "2011-12" is two numbers, each left for the caller to place or report
    qs = scan("2011-12")
    assert [(q.low, q.high) for q in qs] == [(2011, 2011), (12, 12)]


def test_space_groups_only_when_asked() -> None:
    assert [q.low for q in scan("in 2011 13 soldiers")] == [2011, 13]
    assert [q.low for q in scan("115 000 displaced", space_groups=True)] == [115000]
