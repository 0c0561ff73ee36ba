"""Laws of the infobox parser, checked by hypothesis.

- parse ∘ render = identity: a figure written in any supported style parses
  back to itself (low, high, qualifier, outcome, subject, unit, attribution).
- Any text gives figures or a CasualtyError, never another exception, and
  every figure keeps 0 <= low <= high (when high is set).
- Nothing is lost: every digit of the input lies in a figure's span, in the
  residue, or in markup the normaliser removed (footnote marks, tags).
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from casualtylib import CasualtyError, Figure, parse_casualties
from casualtylib._normalize import normalize
from casualtylib.strategies import casualty_strings, figures

_FIELDS = ("low", "high", "qualifier", "outcome", "subject", "unit", "attribution")


def _key(f: Figure) -> tuple:
    return tuple(getattr(f, name) for name in _FIELDS)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(casualty_strings())
# a bare count after equipment counts the same things (found by this test)
@example(("0 tanks destroyed, 0 captured", (
    Figure("0 tanks destroyed", (0, 17), 0, 0, "exact", "destroyed", "tanks", "vehicle", None),
    Figure("0 captured", (19, 29), 0, 0, "exact", "captured", "", "vehicle", None))))
def test_parse_of_render_is_identity(case) -> None:
    text, expected = case
    result = parse_casualties(text)
    assert [_key(f) for f in result] == [_key(f) for f in expected]
    assert [f.span for f in result] == [f.span for f in expected]


@given(figures())
def test_generated_figures_obey_the_laws(fig: Figure) -> None:
    assert fig.low >= 0
    assert fig.high is None or fig.low <= fig.high
    (parsed,) = parse_casualties(fig.text)
    assert _key(parsed) == _key(fig)


_PIECES = list("0123456789 ,.-–+~()[]<>/|:;*\n١٣\u00a0") + [
    "killed", " wounded", "at least ", "up to ", "about ", "<ref>", "</ref>", "between ", " and ", "dozens",
    "SOHR", "{{", "}}", "&nbsp;", "[1]", "(SOHR claim)", "several", "two", "Su-", "1,",
]
# casualty-flavoured noise: pieces of the grammar in random order
_NOISY = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=500)
@given(st.one_of(st.text(max_size=80), _NOISY))
def test_any_text_parses_or_raises_a_casualty_error(text: str) -> None:
    try:
        result = parse_casualties(text)
    except CasualtyError:
        return
    for f in result:
        assert f.low >= 0
        assert f.high is None or f.low <= f.high
        assert 0 <= f.span[0] <= f.span[1] <= len(text)
        assert text[f.span[0]:f.span[1]] == f.text


@settings(max_examples=500)
@given(st.one_of(_NOISY, casualty_strings().map(lambda case: case[0])))
@example("0dozens+1800")  # a fragment reaching into a year kept as a date
@example("400 killed (2011-12)")
def test_no_digit_is_lost(text: str) -> None:
    result = parse_casualties(text)
    kept = [f.span for f in result] + [frag.span for frag in result.residue] + list(normalize(text).removed)
    for i, ch in enumerate(text):
        if ch.isdecimal():
            assert any(s <= i < e for s, e in kept), f"digit {ch!r} at {i} of {text!r} was lost"


def _real_fields() -> list[str]:
    from pathlib import Path

    from casualtylib import read_articles
    from tests.test_parse_casualties import CASES

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    return [c[1] for c in CASES] + [a.infobox[k] for a in read_articles(seeds) for k, _ in a.casualty_fields()]


def test_no_digit_of_a_real_field_is_lost() -> None:
    fields = _real_fields()
    assert len(fields) > 100
    for text in fields:
        result = parse_casualties(text)
        kept = [f.span for f in result] + [frag.span for frag in result.residue] + list(normalize(text).removed)
        lost = [i for i, ch in enumerate(text) if ch.isdecimal() and not any(s <= i < e for s, e in kept)]
        assert lost == [], f"digits at {lost} of {text!r} were lost"


@given(st.from_type(Figure))
def test_from_type_figure_draws_through_the_entry_point(fig: Figure) -> None:
    # registered by casualtylib.strategies._hypothesis_setup_hook (pyproject entry point)
    assert isinstance(fig, Figure)
    assert [_key(f) for f in parse_casualties(fig.text)] == [_key(fig)]


_MARKDOWN = st.text(alphabet="ab 12.[]()*_!\n", max_size=80)


@given(_MARKDOWN, st.data())
@example("12 [Syrian Army](./Syrian_Army) soldiers were **killed**.", None)
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_rendered_markdown_quotes_the_original_verbatim(text: str, data) -> None:
    from casualtylib._normalize import render_markdown

    r = render_markdown(text)
    # rendering only ever drops marks: every character read comes from the original
    assert all(r.original[r.original_start(i)] == c for i, c in enumerate(r.text))
    if data is not None and r.text:
        i = data.draw(st.integers(0, len(r.text) - 1))
        j = data.draw(st.integers(i + 1, len(r.text)))
        s, e = r.original_span((i, j))
        b = r.balanced_span((s, e))
        assert b[0] <= s <= e <= b[1] <= len(text)
        # a widened span holds both marks of each link or emphasis it reaches
        for a, i_, j_, end in r.pairs:
            if b[0] < j_ and b[1] > i_ and b[1] >= j_:
                assert b[1] >= end
