"""Hypothesis strategies for casualty data, for your own property tests.

>>> from hypothesis import given
>>> from casualtylib import parse_casualties
>>> from casualtylib.strategies import casualty_strings
>>> @given(casualty_strings())
... def test_parses_back(case):
...     text, expected = case
...     assert [(f.low, f.high) for f in parse_casualties(text)] == [(f.low, f.high) for f in expected]
>>> test_parses_back()

``figures()`` draws valid :class:`~casualtylib.Figure` objects;
``casualty_strings()`` draws an infobox field written in one of many real
styles ("1,200–1,500 killed", "at least 50 civilians killed (SOHR claim)",
"17+ civilians killed 115,000 people displaced") together with the figures
it must parse to.

Shrinking: counts shrink towards small numbers (a failing "1,403 killed"
becomes "0 killed" or "1 killed" when that still fails), ranges towards equal
ends, fields towards a single clause, and every style choice (number format,
bound word, outcome word, note) towards the first, plainest form, so a
minimal failing example reads like "0 killed".

Installed with casualtylib, the strategies are registered through
hypothesis's entry point, so ``st.from_type(Figure)`` draws from
``figures()``:

>>> from casualtylib import Figure
>>> from hypothesis import strategies as st
>>> @given(st.from_type(Figure))
... def test_counts_are_never_negative(fig):
...     assert fig.low >= 0
>>> test_counts_are_never_negative()

Requires hypothesis (``pip install casualtylib[strategies]``).
"""

from __future__ import annotations

from hypothesis import strategies as st

from ._render import ATTRIBUTION_FORMS, OUTCOME_FORMS, VAGUE_FORMS, Style, render_figure
from .figures import Figure
from .numbers import QUALIFIERS
from .units import unit_of

__all__ = ["figures", "casualty_strings", "SUBJECTS"]

#: Subjects by unit, as infoboxes write them.
SUBJECTS = {
    "person": ["", "soldiers", "civilians", "fighters", "rebels", "policemen", "militiamen",
               "opposition fighters and defectors", "Iranian-backed militiamen", "troops"],
    "vehicle": ["tanks", "armoured vehicles", "APCs", "technicals"],
    "aircraft": ["helicopters", "jets", "Su-22 jet bomber", "Mi-17 helicopters", "drones"],
}
_PERSON_OUTCOMES = ["killed", "wounded", "captured", "missing", "killed_or_wounded", "executed", "arrested"]
_EQUIPMENT_OUTCOMES = {"vehicle": ["destroyed", "damaged", "captured", "lost"], "aircraft": ["shot_down", "destroyed", "lost"]}


@st.composite
def _figure_parts(draw, *, max_value: int = 500_000):
    unit = draw(st.sampled_from(["person", "person", "person", "vehicle", "aircraft"]))
    subject = draw(st.sampled_from(SUBJECTS[unit]))
    outcome = draw(st.sampled_from(_PERSON_OUTCOMES if unit == "person" else _EQUIPMENT_OUTCOMES[unit]))
    if outcome == "captured" and unit != "person" and not subject:
        subject = "tanks"
    qualifier = draw(st.sampled_from(list(QUALIFIERS)))
    if qualifier == "vague":
        low = draw(st.sampled_from(sorted(set(VAGUE_FORMS.values()))))
        high = None
    else:
        low = draw(st.integers(0, max_value))
        high = {
            "exact": low, "approximate": low, "at_least": None,
            "range": low + draw(st.integers(1, max_value)),
        }.get(qualifier)
        if qualifier == "at_most":
            high, low = max(low, 1), 0
    attribution = draw(st.one_of(st.none(), st.sampled_from(sorted(ATTRIBUTION_FORMS))))
    return low, high, qualifier, outcome, subject, unit_of(subject, outcome), attribution


def figures(*, max_value: int = 500_000) -> st.SearchStrategy[Figure]:
    """Valid :class:`~casualtylib.Figure` objects (text and span included).

    Every figure satisfies the laws: ``0 <= low``, ``low <= high`` when
    ``high`` is set, vocabularies closed.
    """

    def build(parts) -> Figure:
        low, high, qualifier, outcome, subject, unit, attribution = parts
        text = render_figure(low, high, qualifier, outcome, subject, attribution, Style())
        return Figure(text, (0, len(text)), low, high, qualifier, outcome, subject, unit, attribution)

    return _figure_parts(max_value=max_value).map(build)


@st.composite
def _styles(draw):
    return Style(
        number=draw(st.sampled_from(["comma", "plain", "words", "space"])),
        form=draw(st.integers(0, 6)),
        outcome_form=draw(st.integers(0, 3)),
        attribution_form=draw(st.integers(0, 3)),
    )


@st.composite
def casualty_strings(draw, *, max_figures: int = 4, max_value: int = 500_000):
    """An infobox casualty field and the figures it must parse to.

    Returns ``(text, figures)``; each expected figure's ``text`` and ``span``
    locate its clause in ``text``.
    """
    n = draw(st.integers(1, max_figures))
    out_text = ""
    expected: list[Figure] = []
    outcomes_seen: list[str] = []
    for i in range(n):
        low, high, qualifier, outcome, subject, unit, attribution = draw(_figure_parts(max_value=max_value))
        if outcome in outcomes_seen and attribution is None:
            # two figures with one outcome read as alternative claims; give
            # the later one its own note, as real infoboxes do
            attribution = "SOHR"
        outcomes_seen.append(outcome)
        style = draw(_styles())
        clause = render_figure(low, high, qualifier, outcome, subject, attribution, style)
        if i:
            # no comma after a clause that ends in an outcome word is a real form too
            out_text += draw(st.sampled_from([", ", ",\n", "\n", "; "] + ([" "] if attribution is None and expected and expected[-1].attribution is None else [])))
        start = len(out_text)
        out_text += clause
        core = clause.split(" (")[0] if attribution else clause
        expected.append(Figure(core, (start, start + len(core)), low, high, qualifier, outcome, subject, unit, attribution))
    return out_text, tuple(expected)

