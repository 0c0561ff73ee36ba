"""The extractor's fast paths compute what the slow paths compute.

Gates skip work on sentences that cannot hold what a rule looks for. A
gate that said no to a sentence its rule would have read would lose figures
silently, so each gate is held to its rule here by property tests over
sentences built from the rule's own vocabulary, glued so that words run
into each other too ("rekilled", "5killed").
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from casualtylib import _mentions
from casualtylib._vocab import WordGate, table, words_of


def _vocabulary() -> list[str]:
    t = table("prose")
    after, before = _mentions._lookups()
    words = list(after) + list(before) + t["part_of"]["before"] + t["part_of"]["after"]
    return sorted(set(words))


_COUNTS = ["13 soldiers", "two", "2 officers", "a soldier", "an officer", "of them", "civilians", "at least 5", ""]
_FILLER = [
    "were", "was", "reportedly", "in Hama", "the", "by", "of", "on 4 March", "SOHR said", "re", "un",
    ",", ".", "(", ")", "\u017fhot", "\u212Ailled", "KILLED", "Wounded", "",
]
# count, phrase, filler, count: "13 soldiers were killed", "killing two", "including 2 officers"
_SEGMENT = st.tuples(
    st.sampled_from(_COUNTS), st.sampled_from(_vocabulary()), st.sampled_from(_FILLER), st.sampled_from(_COUNTS)
)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(_SEGMENT, min_size=1, max_size=4),
    st.lists(st.sampled_from([" ", "", "-", ", ", "  ", "\u00a0"]), min_size=1, max_size=3),
)
def test_mention_gate_never_skips_a_sentence_with_a_figure(segments: list[tuple[str, ...]], glues: list[str]) -> None:
    pieces = [p for seg in segments for p in seg]
    text = "".join(p + glues[i % len(glues)] for i, p in enumerate(pieces))
    if not _mentions._gate().may_match(text):
        assert _mentions._mentions_in(text) == []


def test_mention_gate_skips_sentences_without_outcome_words() -> None:
    gate = _mentions._gate()
    assert not gate.may_match("The city was under government control by 17 November.")
    assert gate.may_match("On 14 November, SANA reported that 13 soldiers were killed.")
    assert gate.may_match("the killing by government forces of 12 protesters")


def test_before_pattern_words_are_in_their_patterns() -> None:
    t = table("prose")
    assert t["before_patterns_words"].keys() == t["before_patterns"].keys()
    for outcome, patterns in t["before_patterns"].items():
        word_lists = t["before_patterns_words"][outcome]
        assert len(word_lists) == len(patterns), outcome
        for pattern, words in zip(patterns, word_lists):
            literal = re.sub(r"\\[a-zA-Z]|\[[^\]]*\]|\{[^}]*\}", " ", pattern)
            assert set(words) <= set(re.findall(r"[a-z]+", literal)), (pattern, words)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text("abAB ", min_size=1, max_size=6).filter(lambda p: re.search("[abAB]", p)), min_size=1, max_size=6),
    st.text("abAB .-x1", max_size=30),
)
def test_word_gate_never_says_no_to_a_word_bounded_phrase(phrases: list[str], text: str) -> None:
    phrases = [" ".join(p.split()) for p in phrases]
    bodies = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    pattern = re.compile(rf"(?<![\w-])(?:{bodies})(?![\w-])", re.IGNORECASE)
    if pattern.search(text):
        assert WordGate(phrases).may_match(text)


def test_words_of_folds_case() -> None:
    assert words_of("SOHR Stra\u00dfe \u212Ailled") == {"sohr", "strasse", "killed"}


def test_a_gate_phrase_needs_a_word() -> None:
    import pytest

    with pytest.raises(ValueError, match="needs a word"):
        WordGate(["123"])


def _alias_pieces() -> list[str]:
    from casualtylib import sources

    return sorted(sources.aliases())


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_alias_pieces()) | st.sampled_from(_FILLER + _COUNTS), min_size=1, max_size=8),
    st.lists(st.sampled_from([" ", "", "-", ", ", ".", "'s "]), min_size=1, max_size=3),
)
def test_source_gate_never_skips_a_named_source(pieces: list[str], glues: list[str]) -> None:
    from casualtylib import sources

    text = "".join(p + glues[i % len(glues)] for i, p in enumerate(pieces))
    _, pattern = sources._index()
    if not sources._gate().may_match(text):
        assert pattern.search(text) is None


def _case_mixes(alias: str) -> list[str]:
    return [alias, alias.lower(), alias.upper(), alias.title(), alias[:1].swapcase() + alias[1:],
            alias.replace("s", "\u017f").replace("k", "\u212a")]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_alias_pieces()).flatmap(lambda a: st.sampled_from(_case_mixes(a)))
             | st.sampled_from(_FILLER + _COUNTS), min_size=1, max_size=8),
    st.lists(st.sampled_from([" ", "", "-", ", ", ".", "'s ", "   "]), min_size=1, max_size=3),
)
def test_source_finder_finds_what_one_plain_alternation_finds(pieces: list[str], glues: list[str]) -> None:
    from casualtylib import sources

    text = "".join(p + glues[i % len(glues)] for i, p in enumerate(pieces))
    _, pattern = sources._index()
    plain = "|".join(sources._body(a, sources._cased(a)) for a in sorted(sources.aliases(), key=lambda a: (-len(a), a)))
    reference = re.compile(rf"(?<![\w-])(?:{plain})(?![\w-])", re.IGNORECASE)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in reference.finditer(text)]


def test_case_extras_are_all_an_ascii_letter_matches_ignoring_case() -> None:
    import string
    import sys

    from casualtylib import sources

    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in string.ascii_lowercase:
        matched = set(re.findall(letter, everything, re.IGNORECASE))
        assert matched == {letter, letter.upper(), *sources._CASE_EXTRAS.get(letter, "")}, letter


def test_source_gate_follows_registered_aliases() -> None:
    from casualtylib import sources

    try:
        sources.register("Zeta Monitor", "ZMX watch")
        assert [k for k, _ in sources.find("the ZMX watch said")] == ["Zeta Monitor"]
        sources.register("Channel 4", "4")  # an alias without letters: the gate stands aside
        assert sources._gate() is None
        assert [k for k, _ in sources.find("4 said")] == ["Channel 4"]
    finally:
        for alias in ("Zeta Monitor", "ZMX watch", "Channel 4", "4"):
            sources._extra.pop(alias, None)
        sources._index.cache_clear()
        sources._gate.cache_clear()


# --- the normaliser skips its markup pass on a text without markup ----------


class _Always:
    """A trigger set that every text meets: normalize() then always runs its markup pass."""

    def isdisjoint(self, _text: str) -> bool:
        return False


_MARKUP = ["[3]", "<ref>x</ref>", "{{nbsp}}", "}}", "&nbsp;", "''", "*", "†", "[[a|b]]", "–", "١٢", "\t", "—", " "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(max_size=6) | st.sampled_from(_MARKUP) | st.sampled_from(["12", "killed", " ", ","]), max_size=10))
def test_normalize_without_markup_pass_equals_with_it(pieces: list[str]) -> None:
    from casualtylib import _normalize

    text = "".join(pieces)
    fast = _normalize.normalize(text)
    saved = _normalize._MARKUP_TRIGGERS
    try:
        _normalize._MARKUP_TRIGGERS = _Always()  # type: ignore[assignment]
        slow = _normalize.normalize(text)
    finally:
        _normalize._MARKUP_TRIGGERS = saved
    assert fast.text == slow.text
    n = len(fast.text)
    spans = [(a, b) for a in range(0, n + 1, max(1, n // 7)) for b in range(a, n + 1, max(1, n // 5))]
    assert [fast.original_span(s) for s in spans] == [slow.original_span(s) for s in spans]


# --- the date gate ----------------------------------------------------------


def _date_pieces() -> list[str]:
    from casualtylib import dates

    names = [m.title() for m in dates.MONTHS] + [d.title() for d in dates._WEEKDAYS]
    return sorted(set(names + dates._SAME + dates._NEXT + dates._PREV + dates._THIS_MONTH
                      + ["days", "weeks", "week", "a", "later", "before", "afterwards", "prior", "two", "3", "14", "2012", "and", "to", "through",
                         "\u2013", "22nd"]))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_date_pieces()) | st.sampled_from(_FILLER + _COUNTS + ["mid", "early", "of", "in"]), min_size=1, max_size=8),
    st.lists(st.sampled_from([" ", "", "-", ", ", ".", "  "]), min_size=1, max_size=3),
)
def test_date_gate_never_skips_a_date(pieces: list[str], glues: list[str]) -> None:
    from casualtylib import dates

    text = "".join(p + glues[i % len(glues)] for i, p in enumerate(pieces))
    if not dates._gate().may_match(text):
        assert dates._PROSE_DATE.search(text) is None


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from(_date_pieces()) | st.sampled_from(_FILLER + _COUNTS + ["mid", "early", "late", "of", "in", "the end of", "14th", "Sept.", "throughout"]),
             min_size=1, max_size=10),
    st.lists(st.sampled_from([" ", "", "-", ", ", ".", "  ", "   ", "\n"]), min_size=1, max_size=4),
)
def test_dates_searched_around_keywords_are_all_the_dates(pieces: list[str], glues: list[str]) -> None:
    from casualtylib import dates

    text = "".join(p + glues[i % len(glues)] for i, p in enumerate(pieces))
    assert [m.span() for m in dates._date_matches(text)] == [m.span() for m in dates._PROSE_DATE.finditer(text)]


def test_date_search_bounds_cover_the_longest_dates() -> None:
    from casualtylib import dates

    _, lead, tail = dates._anchor()
    longest_before = "throughout   end   of   "  # two lead words before the month
    longest_after = ".   14th,   2012"  # "November.   14th,   2012"
    assert lead >= len(longest_before) and tail > len(longest_after)
    for text in ("on the   same   day", "throughout   end   of   November   2012", "November.   14th,   2012!",
                 "the   following   morning", "seven   days   earlier", "seven   weeks   earlier",
                 "the   remainder   of   the   month", "the   following   afternoon",
                 "14th   through   22nd   of   November   2012"):
        padded = "x " * 30 + text + " y" * 30
        assert [m.span() for m in dates._date_matches(padded)] == [m.span() for m in dates._PROSE_DATE.finditer(padded)]
        assert dates._date_matches(padded), text


def test_date_gate_skips_sentences_without_date_words() -> None:
    from casualtylib import dates

    assert not dates._gate().may_match("13 soldiers were killed in Hama, SOHR said.")
    assert dates._gate().may_match("Two days later, 13 soldiers were killed.")
    assert dates.find_dates("13 soldiers were killed in Hama, SOHR said.") == ()


# --- reporters and hedges ---------------------------------------------------


def _reporting_pieces() -> list[str]:
    t = table("sources")["prose"]
    hedges = [h for kind in table("prose")["hedges"].values() for h in kind]
    return sorted(set(t["verbs"] + t["introducers"] + hedges + ["the", "Ahmed Hassan", "SOHR", "activists", "that", "Abdulrahmanalabdullahalkhalidi", "w" * 31,
                                                                 "responsibility", "credit"]))


_REPORTING = st.lists(
    st.sampled_from(_reporting_pieces()) | st.sampled_from(_FILLER + _COUNTS), min_size=1, max_size=8
)
_GLUES = st.lists(st.sampled_from([" ", "", "-", ", ", "   ", "\u00a0"]), min_size=1, max_size=3)


_NAMES = ["Rami Abdulrahman", "Bin Laden", "Abu Bakr al-Baghdadi", "Free Syrian Army", "Al Jazeera television",
          "SANA", "Human Rights Watch", "Brig. Gen. Adi Ghosa", "Abdulrahmanalabdullahalkhalidi", "W" + "w" * 30]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_reporting_pieces()) | st.sampled_from(_NAMES + _FILLER + _COUNTS + ["also", "later", "had"]),
                min_size=1, max_size=10), _GLUES)
def test_named_reporters_searched_back_from_their_verbs_are_all_of_them(pieces: list[str], glues: list[str]) -> None:
    from casualtylib import prose

    text = "".join(p + glues[i % len(glues)] for i, p in enumerate(pieces))
    plain = prose._source_patterns()["named_subject"].finditer(text)
    assert [m.span() for m in prose._named_subjects(text)] == [m.span() for m in plain]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_reporting_pieces()) | st.sampled_from(_NAMES + _FILLER + ["retaliated", "struck", "Turkey"]),
                min_size=1, max_size=8), _GLUES)
def test_participle_reporter_gate_never_skips_one(pieces: list[str], glues: list[str]) -> None:
    from casualtylib import prose
    from casualtylib._vocab import words_of

    text = "".join(p + glues[i % len(glues)] for i, p in enumerate(pieces))
    if prose._PARTICIPLE_REPORTER.match(text):
        assert not prose._PARTICIPLES.isdisjoint(words_of(text))


def test_named_reporter_reach_covers_the_longest_name() -> None:
    from casualtylib import prose

    word = "W" + "w" * 30
    longest = "  ".join([word, *(f"for  the  {word}" for _ in range(4))]) + "  television  (Abcdefghi)   later   said"
    text = "x " * 120 + longest + " that 5 died"
    assert [m.span() for m in prose._named_subjects(text)] == [
        m.span() for m in prose._source_patterns()["named_subject"].finditer(text)] != []
    assert prose._verb_anchor()[1] >= len(longest) - len("said")


@settings(max_examples=400, deadline=None)
@given(_REPORTING, _GLUES)
def test_verb_gate_never_skips_a_named_reporter(pieces: list[str], glues: list[str]) -> None:
    from casualtylib import prose

    text = "".join(p + glues[i % len(glues)] for i, p in enumerate(pieces))
    if not prose._verb_gate().may_match(text):
        assert prose._source_patterns()["named_subject"].search(text) is None


@settings(max_examples=300, deadline=None)
@given(_REPORTING, _GLUES)
def test_intro_before_searched_within_its_reach_finds_what_the_whole_prefix_does(pieces: list[str], glues: list[str]) -> None:
    from casualtylib import prose

    text = "".join(p + glues[i % len(glues)] for i, p in enumerate(pieces))
    intro, reach = prose._source_patterns()["intro_before"], prose._intro_reach()
    for end in range(len(text) + 1):
        assert bool(intro.search(text, max(0, end - reach), end)) == bool(intro.search(text[:end])), end


@settings(max_examples=400, deadline=None)
@given(_REPORTING, _GLUES)
# a disputed figure, the hedge the table's phrases do not spell ("a claim disputed" found it)
@example(["30 soldiers,", "a figure the army disputed"], [" "])
@example(["a claim disputed", "a claim disputed"], [" "])
def test_hedge_gates_never_skip_a_hedge(pieces: list[str], glues: list[str]) -> None:
    from casualtylib import prose

    text = "".join(p + glues[i % len(glues)] for i, p in enumerate(pieces))
    pats = prose._hedge_patterns()
    idioms = [m.span() for m in pats["not_hedges"].finditer(text)]  # "claimed the lives of" doubts nothing
    searched = {kind: [h.span() for h in pats[kind].finditer(text) if not any(a <= h.start() < b for a, b in idioms)]
                for kind in prose._HEDGE_KINDS}
    assert prose._hedges.__wrapped__(text) == searched


def test_intro_reach_covers_the_longest_match() -> None:
    from casualtylib import prose

    intro, reach = prose._source_patterns()["intro_before"], prose._intro_reach()
    longest = 0
    for phrase in table("sources")["prose"]["introducers"]:
        text = "   ".join(phrase.split()) + "   several   " + "a" * 30 + "   " + "b" * 30 + "   "
        m = intro.search(text)
        assert m is not None and m.start() == 0, phrase
        longest = max(longest, len(text))
    assert longest == reach


# --- relation marks ------------------------------------------------------------


def _mark_pieces() -> list[str]:
    t = table("prose")
    return sorted(set(t["updates"]["words"] + t["relations"]["alternative"] + ["the", "toll", "death", "report", "a"]))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_mark_pieces()) | st.sampled_from(_FILLER + _COUNTS), min_size=1, max_size=8),
    st.lists(st.sampled_from([" ", "", "-", ", ", "  "]), min_size=1, max_size=3),
)
def test_relation_mark_gates_never_skip_a_mark(pieces: list[str], glues: list[str]) -> None:
    from casualtylib import relations

    text = "".join(p + glues[i % len(glues)] for i, p in enumerate(pieces))
    searched = (bool(relations._words("updates", "words").search(text)),
                tuple(m.span() for m in relations._words("relations", "alternative").finditer(text)))
    assert relations._sentence_marks.__wrapped__(text) == searched


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["an", "a", "unknown", "unspecified", "undisclosed", "large", "NUMBER", "number", "of", "12",
                                 "soldiers", "the", "Number", "numbers", "  "]), min_size=1, max_size=8))
def test_unspecified_number_needs_the_word_number(words: list[str]) -> None:
    from casualtylib import numbers

    text = " ".join(words)
    for q in numbers.scan(text):
        slow = bool(_mentions._UNSPECIFIED_AT.match(text, q.start, q.start + 40)) or bool(
            _mentions._UNSPECIFIED.search(text, max(0, q.start - 40), q.start))
        assert _mentions._unspecified(text, q) == slow


def _date_adjust_pieces() -> list[str]:
    t = table("prose")["dates"]
    return sorted(set(t["earlier_event"] + list(t["span_units"]) + ["in the", "over the", "last", "past", "previous", "preceding", "two", "few"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_date_adjust_pieces()) | st.sampled_from(_FILLER + _COUNTS), min_size=1, max_size=8),
       st.lists(st.sampled_from([" ", "", "-", ", ", "  "]), min_size=1, max_size=3))
def test_date_adjust_gates_never_skip_a_phrase(pieces: list[str], glues: list[str]) -> None:
    from casualtylib import prose

    text = "".join(p + glues[i % len(glues)] for i, p in enumerate(pieces))
    earlier, span = prose._date_patterns()
    earlier_words, span_words = prose._date_gates()
    if not earlier_words.may_match(text):
        assert earlier.search(text) is None
    if not span_words.may_match(text):
        assert span.search(text) is None


def _before_pieces() -> list[str]:
    t = table("prose")
    _, before = _mentions._lookups()
    return sorted(set(list(before) + t["between"]["words"] + ["toll", "rose to", "the death toll", "put the toll at", "lower figure of",
                                                               "\u017fhot dead", "KILLING", "Killed", "undead", "shot-dead", "re-killed"]))


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from(_before_pieces()) | st.sampled_from(_FILLER + _COUNTS), min_size=1, max_size=6),
    st.lists(st.sampled_from([" ", "", "-", ", ", "  ", "   ", "    ", "\u00a0", ".", '" ', "\u201d ", '"  ']), min_size=1, max_size=3),
    st.sampled_from(["12", "at least 5", "two", "~50"]),
)
def test_before_outcome_short_cut_keeps_every_phrase(pieces: list[str], glues: list[str], count: str) -> None:
    text = "".join(p + glues[i % len(glues)] for i, p in enumerate(pieces))
    start = len(text)
    text += count + " people"
    m = _mentions._compiled()["before"].search(text, max(0, start - 90), start)
    slow = m is not None and m.end() == start
    if slow:
        assert _mentions._may_end_a_before_phrase(text, start)
        assert _mentions._before_outcome(text, start) is not None


@pytest.mark.parametrize("text", ["The toll of the massacre was 78.", "The toll in Homs stood 45 people.", "the killing by troops of 12 men"])
def test_before_patterns_that_end_in_any_word_are_kept(text: str) -> None:
    start = re.search(r"\d", text).start()  # type: ignore[union-attr]
    assert _mentions._before_outcome(text, start) is not None


@settings(max_examples=500, deadline=None)
@given(st.text("1920,. 0a\n-", max_size=14))
def test_year_mention_reads_what_a_look_back_first_reads(text: str) -> None:
    from casualtylib import prose

    plain = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?!\d|[,.]\d)")  # "2013," is a year; "2013,5" is not
    assert prose._YEAR_MENTION.findall(text) == plain.findall(text)


# --- a paragraph's tail passes no claim on ---------------------------------------

_TAIL_SENTENCES = [
    "On 3 March, SOHR said 12 soldiers were killed in Hama.",
    "The head of the same activist group told AFP that 4 rebels died.",
    "The Syrian Observatory for Human Rights reported heavy clashes.",
    "State media said the army was advancing.",
    "Two more soldiers were killed.",
    "Activists said:",
    "Rami Abdulrahman, head of the same group, said 7 civilians were wounded.",
    "The army shelled the town.",
    "According to SANA, 9 terrorists were killed.",
    "Five people died the next day.",
    "The Britain-based activist group reported heavy clashes.",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_TAIL_SENTENCES), min_size=1, max_size=5), min_size=1, max_size=5))
@example([["On 3 March, 12 soldiers were killed in Hama.", "The army shelled the town.", "The army shelled the town.",
           "Activists said:"],  # an "X said:" tail is read: its claim reaches two sentences on
          ["Two more soldiers were killed.", "Five people died the next day."]])
@example([["On 3 March, 12 soldiers were killed in Hama.", "The Britain-based activist group reported heavy clashes."],
          ["The head of the same activist group told AFP that 4 rebels died."]])  # "the same" reads the tail
def test_skipping_a_paragraphs_tail_changes_nothing(paragraphs: list[list[str]]) -> None:
    import casualtylib
    from casualtylib import prose

    text = "= X =\n\nInfobox\n- Date: 2012\n\n== 2012 ==\n" + "\n\n".join(" ".join(p) for p in paragraphs) + "\n"
    art = casualtylib.read_article(text)
    fast = prose.incidents(art)
    prose._SKIP_TAILS = False
    try:
        slow = prose.incidents(art)
    finally:
        prose._SKIP_TAILS = True
    assert fast == slow


def _generic_pieces() -> list[str]:
    t = table("sources")["prose"]
    return sorted(set(t["generic_heads"] + t["generic_modifiers"] + t["verbs"][:12]
                      + ["Kurdish", "pro-opposition", "According to", "according to the", "also", "The", "Iraqi",
                         "responsibility", "W" + "w" * 30]))


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_generic_pieces()) | st.sampled_from(_FILLER), min_size=1, max_size=8),
    st.lists(st.sampled_from([" ", "  ", "   ", ", ", "-"]), min_size=1, max_size=3),
)
# a modifier that is a head too ("official") holds no match, but the match of the
# head after it starts before it (found by this test)
@example(["According to", "official", "authorities"], [" "])
# and a head after a modifier that is a head too ends the match past the first head's window
@example(["According to", "KILLED", "official", "coalition"], [" "])
def test_generic_reporters_searched_near_their_heads_are_all_of_them(pieces: list[str], glues: list[str]) -> None:
    from casualtylib import prose

    text = "".join(p + glues[i % len(glues)] for i, p in enumerate(pieces))
    pats = prose._source_patterns()
    plain = [*pats["generic_subject"].finditer(text), *pats["generic_intro"].finditer(text)]
    assert [m.span() for m in prose._generic_reporters(text, True)] == [m.span() for m in plain]


def test_generic_reporter_bounds_cover_the_longest_match() -> None:
    from casualtylib import prose

    pats = prose._source_patterns()
    for longest in ("According   to   the   pro-abcdefghijklmnopqrst   officials   also   documenting x",
                    "According   to   the   W" + "w" * 30 + "   humanitarian   officials   also   documenting x",
                    "According   to   the   W" + "w" * 30 + "   humanitarian   humanitarian   officials   also   documenting x",
                    "estimated   at   123,456,789.   by   the   W" + "w" * 30 + "   humanitarian   officials x",
                    "Kurdish   officials   also   documenting   responsibility"):
        padded = "x " * 40 + longest + " y" * 40
        assert [m.span() for m in prose._generic_reporters(padded, True)] == \
            [m.span() for m in [*pats["generic_subject"].finditer(padded), *pats["generic_intro"].finditer(padded)]]
        assert prose._generic_reporters(padded, True) or "responsibility" in longest


# -- the infobox parser's residue ----------------------------------------------------

_RESIDUE_PIECES = ["12", "1,200", "seven", "Seven", "dozens", "killed", "wounded", "Su-22", "2011-12", "soldiers",
                   "a", "x1", "_", "-", ",", ".", "/", "+", " ", "(", ")", "\n", "٣", "²"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_RESIDUE_PIECES), max_size=12), st.lists(st.integers(0, 40), max_size=6))
@example(["soldiers", "12"], [0, 8])  # a span that ends where a digit's run goes on
@example(["seven", "teen"], [0, 5])  # a span that ends inside a word
@example(["x1", ",", "killed"], [0, 3])  # a span whose last run goes on past it
@example(["x", ",", "12"], [2, 4])  # a span whose first run began before it
@example(["12", " ", "seven", " ", "killed"], [0, 2, 9, 15])  # a number word between two spans
def test_residue_short_cut_says_yes_only_when_nothing_is_left_over(pieces: list[str], cuts: list[int]) -> None:
    from casualtylib import figures

    text = "".join(pieces)
    bounds = sorted({min(c, len(text)) for c in cuts})
    covered = list(zip(bounds[::2], bounds[1::2]))  # sorted, not overlapping
    if figures._all_covered(text, covered):
        assert figures._residue_spans(text, covered, []) == []


@pytest.mark.parametrize("field", [
    "1,659 soldiers killed, 132 armoured vehicles destroyed, 1 Su-22 jet bomber shot down",
    "73+ fighters killed, 5 fighters killed (SOHR claim)",
    "200 killed, 400 wounded, 50 captured",
    "six soldiers killed",
])
def test_residue_short_cut_takes_plain_fields(field: str) -> None:
    """The short cut is taken on the usual fields: each number is in a figure."""
    from casualtylib import figures
    from casualtylib._normalize import normalize

    t = normalize(field).text
    result = figures.parse_casualties(field)
    covered = sorted([(f.span[0], f.span[1]) for f in result] + [(s, e) for s, e, _ in figures._notes(t, [])])
    assert result.residue == ()
    assert figures._all_covered(t, covered)


@pytest.mark.parametrize("outcome, index", [
    (outcome, i) for outcome, ps in table("prose")["before_patterns"].items() for i in range(len(ps))])
def test_before_patterns_end_with_their_tails(outcome: str, index: int) -> None:
    # the extractor searches the before patterns only after one of these words
    # (_may_end_a_before_phrase); every match of a pattern must end with one
    t = table("prose")
    pattern = re.compile(t["before_patterns"][outcome][index], re.IGNORECASE)
    tails = set(t["before_patterns_tails"][outcome][index])

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(pattern, fullmatch=True))
    def ends_with_a_tail(text: str) -> None:
        last = re.search(r"[^\W\d_]+$", text.rstrip())
        assert last is not None and last.group().lower() in tails, (text, tails)

    ends_with_a_tail()


_ROLE_PIECES = st.lists(
    st.sampled_from(["the", "The", "head", "Commander", "co-pilot", "of", "the brigade", "was", "had been",
                     "killed", "group", "organisation", "NGO", "said", "according to", "same", "later"])
    | st.sampled_from(_FILLER + _COUNTS), min_size=1, max_size=8)


@settings(max_examples=400, deadline=None)
@given(_ROLE_PIECES, _GLUES)
def test_role_and_anaphor_gates_never_skip_a_match(pieces: list[str], glues: list[str]) -> None:
    # "the head of ... was", "the group said": each gate waits for the words every match holds
    from casualtylib import prose

    text = "".join(p + glues[i % len(glues)] for i, p in enumerate(pieces))
    if not _mentions._definite_gate().may_match(text):
        assert _mentions._definite_roles().search(text) is None
    if not prose._anaphor_gate().may_match(text):
        assert prose._anaphor_reporter().search(text) is None
