"""A user's property tests, written with casualtylib.strategies.

Say your project sums casualty figures per side. These tests check your
summing code against data casualtylib generates: infobox strings paired with
the figures they must parse to, and whole articles whose reconciliation is
known by construction. Run them with pytest
(``pytest examples/property_tests.py``) or as a script.
"""

import pandas as pd
from hypothesis import given, settings

import casualtylib
from casualtylib.strategies import articles, casualty_strings, figures, reconciliation_frames


# --- the code under test: yours ---------------------------------------------------------------

def total_killed(text: str) -> tuple[int, int | None]:
    """Your function: the killed total of an infobox field as an interval."""
    killed = [f for f in casualtylib.parse_casualties(text) if f.outcome == "killed" and f.unit == "person"]
    low = sum(f.low for f in killed)
    high = None if any(f.high is None for f in killed) else sum(f.high for f in killed)
    return low, high


# --- the properties ---------------------------------------------------------------------------

@given(casualty_strings())
def test_total_is_an_interval_of_the_parts(case):
    text, expected = case
    low, high = total_killed(text)
    assert low == sum(f.low for f in expected if f.outcome == "killed" and f.unit == "person")
    assert high is None or low <= high


@given(figures())
def test_a_figure_never_goes_negative(fig):
    assert fig.low >= 0 and (fig.high is None or fig.high >= fig.low)


@settings(max_examples=25, deadline=None)
@given(articles())
def test_reconcile_finds_what_was_built(case):
    got = casualtylib.reconcile(casualtylib.read_article(case.text))
    got = got[got["outcome"] == "killed"]
    assert list(got["incident_low"]) == [e.incidents[0] for e in case.expected]
    assert list(got["status"].astype(str)) == [e.status for e in case.expected]


@settings(max_examples=25, deadline=None)
@given(reconciliation_frames())
def test_my_report_handles_any_reconciliation(df):
    # e.g. your dashboard code: shares of supported rows must be a fraction
    share = (df["status"] == "consistent").mean() if len(df) else 0.0
    assert 0.0 <= share <= 1.0
    assert isinstance(df, pd.DataFrame)


if __name__ == "__main__":
    tests = [test_total_is_an_interval_of_the_parts, test_a_figure_never_goes_negative,
             test_reconcile_finds_what_was_built, test_my_report_handles_any_reconciliation]
    for test in tests:
        test()
        print(f"{test.__name__}: passed")
