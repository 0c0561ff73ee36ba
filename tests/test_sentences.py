"""The sentence splitter: offsets kept, abbreviations and quotations survived."""

from __future__ import annotations

import pytest

from casualtylib.sentences import sentences

CASES = [
    # (where it came from, text, expected sentences)
    ("seed 004, rank abbreviations", "On the same day, Brig. Gen. Adi Ghosa was killed. Rebels advanced.",
     ["On the same day, Brig. Gen. Adi Ghosa was killed.", "Rebels advanced."]),
    ("seed 002, dotted acronym", "The next day, S.O.H.R. stated that in all 100 defectors were killed or wounded. Fighting went on.",
     ["The next day, S.O.H.R. stated that in all 100 defectors were killed or wounded.", "Fighting went on."]),
    ("U.N. and Lt.", "The U.N. said Lt. Ahmad was wounded. Nobody else was hurt.",
     ["The U.N. said Lt. Ahmad was wounded.", "Nobody else was hurt."]),
    ("distance abbreviation", "The bus was hit 5 km. North of the town, 3 died.",
     ["The bus was hit 5 km. North of the town, 3 died."]),
    ("quotation closes the sentence", '"Four civilians were killed," said the Observatory. Two more died.',
     ['"Four civilians were killed," said the Observatory.', "Two more died."]),
    ("full stop inside a quotation", 'He said: "We have defected." Then he left.',
     ['He said: "We have defected."', "Then he left."]),
    ("list items are sentences", "Casualties:\n* 5 soldiers killed\n* 3 rebels captured",
     ["Casualties:", "5 soldiers killed", "3 rebels captured"]),
    ("table rows and headings are skipped", "| 5 | 6 |\n|---|---|\n== 2012 ==\nFive died.", ["Five died."]),
    ("initials", "J. R. Smith reported 4 deaths. It rained.", ["J. R. Smith reported 4 deaths.", "It rained."]),
    ("footnote marks after the stop", "An airstrike killed 12 people.[3] The next day, 4 more died.[4][5]",
     ["An airstrike killed 12 people.[3]", "The next day, 4 more died.[4][5]"]),
    ("abbreviations that end no sentence", "The SOHR said 9 people, incl. 3 children, were killed. It rained.",
     ["The SOHR said 9 people, incl. 3 children, were killed.", "It rained."]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_sentences(text: str, expected: list[str]) -> None:
    got = sentences(text)
    assert [s.text for s in got] == expected
    assert all(text[s.start:s.end] == s.text for s in got)


def test_paragraphs_are_numbered() -> None:
    got = sentences("One. Two.\n\nThree.")
    assert [s.paragraph for s in got] == [0, 0, 1]


def test_region_offsets_refer_to_the_whole_text() -> None:
    text = "HEADER\nOne died. Two died."
    got = sentences(text, 7)
    assert [text[s.start:s.end] for s in got] == ["One died.", "Two died."]


def test_a_run_without_a_stop_is_cut_at_a_clause_break() -> None:
    from casualtylib.sentences import MAX_SENTENCE

    text = "On 3 May, " + ", ".join(f"{i} soldiers were killed in Hama" for i in range(200)) + "."
    pieces = sentences(text)
    assert len(pieces) > 1 and all(len(p.text) <= MAX_SENTENCE for p in pieces)
    assert all(p.text.endswith((",", ".")) for p in pieces)  # cut after a comma, never inside a figure
    assert "".join(p.text + " " for p in pieces).split() == text.split()  # nothing dropped
