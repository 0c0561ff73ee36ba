"""Rendering figures as text in the many styles of real infoboxes.

The inverse of :func:`casualtylib.parse_casualties` for the styles listed
here: ``parse_casualties(render(f, style))`` gives back ``f``'s low, high,
qualifier, outcome, subject, unit and attribution. The hypothesis strategies
in :mod:`casualtylib.strategies` draw the styles.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Style", "render_number", "render_figure", "number_words"]

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

#: How each qualifier can be written; ``{n}`` is the number, ``{a}``/``{b}`` a range's ends.
QUALIFIER_FORMS = {
    "exact": ["{n}"],
    "range": ["{a}–{b}", "{a}-{b}", "{a} – {b}", "{a} to {b}", "between {a} and {b}", "{a}—{b}"],
    "at_least": ["{n}+", "at least {n}", "more than {n}", "over {n}", "{n}+ ", "At least {n}"],
    "at_most": ["up to {n}", "Up to {n}"],
    "approximate": ["about {n}", "~{n}", "c. {n}", "ca. {n}", "est. {n}", "around {n}", "approximately {n}"],
}
#: Vague words and the literal floor the annotation guide gives them.
VAGUE_FORMS = {"several": 3, "dozens of": 24, "hundreds of": 200, "Dozens of": 24, "Several": 3,
               "thousands of": 2000, "multiple": 2}
OUTCOME_FORMS = {
    "killed": ["killed", "dead", "KIA", "killed in action"],
    "wounded": ["wounded", "injured", "WIA"],
    "captured": ["captured", "taken prisoner"],
    "missing": ["missing", "MIA"],
    "displaced": ["displaced"],
    "killed_or_wounded": ["killed or wounded", "casualties"],
    "destroyed": ["destroyed"],
    "damaged": ["damaged"],
    "shot_down": ["shot down", "downed"],
    "lost": ["lost"],
    "executed": ["executed"],
    "arrested": ["arrested", "detained"],
    "defected": ["defected"],
}
ATTRIBUTION_FORMS = {
    "SOHR": ["(SOHR claim)", "(per SOHR)", "(according to SOHR)", "(SOHR)"],
    "opposition": ["(opposition claims)", "(opposition claim)"],
    "government": ["(per government)", "(government claim)"],
    "SANA": ["(state media claim)", "(per SANA)"],
    "UN": ["(UN estimate)", "(per the UN)"],
}


@dataclass(frozen=True)
class Style:
    """How to write one figure: the choices a renderer makes."""

    number: str = "comma"  # comma | plain | space | words
    form: int = 0  # index into QUALIFIER_FORMS[qualifier] (or VAGUE_FORMS)
    outcome_form: int = 0
    attribution_form: int = 0


def number_words(n: int) -> str:
    """English words for 0 <= n < 100: ``number_words(21) == 'twenty-one'``."""
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + ("-" + _ONES[ones] if ones else "")


def render_number(n: int, style: str) -> str:
    """Write ``n`` with thousands commas, plainly, with spaces, or in words."""
    if style == "words" and n < 100:
        return number_words(n)
    if style == "plain":
        return str(n)
    if style == "space" and n >= 1000:
        return f"{n:,}".replace(",", " ")
    return f"{n:,}"


def render_figure(low: int, high: int | None, qualifier: str, outcome: str, subject: str,
                  attribution: str | None, style: Style) -> str:
    """One clause for a figure, e.g. ``at least 50 civilians killed (SOHR claim)``."""
    if qualifier == "vague":
        words = [w for w, v in VAGUE_FORMS.items() if v == low]
        count = words[style.form % len(words)]
        if not subject and count.endswith(" of"):
            count = count[:-3]
    else:
        forms = QUALIFIER_FORMS[qualifier]
        if qualifier == "range" and style.number == "words":
            # words in ranges are written with "to" or "between ... and"
            forms = [f for f in forms if " to " in f or "between" in f]
        form = forms[style.form % len(forms)]
        n = high if qualifier == "at_most" else low
        count = form.format(n=render_number(n, style.number), a=render_number(low, style.number),
                            b=render_number(high or low, style.number)).strip()
    outcomes = OUTCOME_FORMS[outcome]
    words = outcomes[style.outcome_form % len(outcomes)]
    text = " ".join(part for part in (count, subject, words) if part)
    if attribution is not None:
        notes = ATTRIBUTION_FORMS[attribution]
        text += " " + notes[style.attribution_form % len(notes)]
    return text
