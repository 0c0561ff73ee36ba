"""read_article: formats, infobox, period, combatants, sections, bad input."""

from __future__ import annotations

import bz2
import datetime as dt
from pathlib import Path

import pytest

from casualtylib import ArticleFormatError, CasualtyError, incidents, read_article, read_articles
from casualtylib.dates import parse_date_range

from .conftest import SEEDS

WIKITEXT = """{{Short description|Battle}}
{{Infobox military conflict
| conflict    = Battle of Testville
| date        = 10 February – 19 July 2012
| combatant1  = {{flagicon|Syria}} [[Free Syrian Army|FSA]]
| combatant2  = {{plainlist|
* [[Syrian Armed Forces]]
* [[Shabiha]]
}}
| casualties1 = {{ubl|441 fighters killed<ref>{{cite web|title=SOHR 2012}}</ref>|3 tanks lost}}
| casualties2 = 1,659 soldiers killed{{efn|According to SOHR.}}<br>{{circa}} 50 captured
| casualties3 = 20{{ndash}}30 civilians killed <!-- hidden 999 -->
}}
'''Battle of Testville''' was fought in [[Aleppo Governorate|Aleppo]].

== Background ==
Protests began in 2011.<ref name="a">Some source, 2011</ref>

== Battle ==
=== March ===
On 5 March, 13 soldiers were killed in [[Azaz]].
"""


@pytest.mark.parametrize("name, fmt, title, start, end", [
    ("000_2f889a6acb127c80.txt", "plain", "Hama Governorate clashes (2011–2012)", dt.date(2011, 9, 1), dt.date(2012, 4, 14)),
    ("001_82e133301474c6dc.txt", "frontmatter", "2012 Hama offensive", dt.date(2012, 12, 16), dt.date(2012, 12, 31)),
    ("002_8d24d57afd032d53.txt", "plain", "Idlib Governorate clashes (September 2011 – March 2012)", dt.date(2011, 9, 8), dt.date(2012, 3, 27)),
    ("003_27c65858f98fc532.txt", "plain", "2012 Aleppo Governorate clashes", dt.date(2012, 2, 10), dt.date(2012, 7, 19)),
    ("004_53af8563b63003c2.txt", "plain", "2024 Hama offensive", dt.date(2024, 11, 30), dt.date(2024, 12, 5)),
])
def test_seeds(name: str, fmt: str, title: str, start: dt.date, end: dt.date) -> None:
    art = read_article(SEEDS / name)
    assert (art.name, art.format, art.title) == (name, fmt, title)
    assert (art.period.start, art.period.end) == (start, end)
    assert art.casualty_fields()[0] == ("casualties1", 1)
    assert art.text == (SEEDS / name).read_text(encoding="utf-8")


def test_casualty_keys_in_other_spellings() -> None:
    from casualtylib import Article

    art = Article("a", "A", "", infobox={"casualties_2": "5 killed", "casualties 1": "3 killed", "casualties": "9 killed", "casualty": "x"})
    assert art.casualty_fields() == [("casualties 1", 1), ("casualties_2", 2), ("casualties", None)]


def test_plain_sections_have_heading_paths_and_offsets() -> None:
    art = read_article(SEEDS / "000_2f889a6acb127c80.txt")
    paths = [s.path for s in art.sections]
    assert paths[:4] == [(), ("2011",), ("2011", "September"), ("2011", "November")]
    nov = art.sections[3]
    assert art.text[nov.start:nov.end].startswith("On 14 November, SANA")
    assert art.text[nov.heading_start:nov.start].strip() == "===November==="
    assert art.section_at(nov.start + 5) == nov


def test_plain_article_without_a_title_line_opens_on_its_infobox() -> None:
    # its "== Battle ==" headings once made it read as wikitext, its infobox as prose
    art = read_article("Infobox\n- date: 14 February – 3 March 2016\n- casualties1: 112 killed\n\n"
                                    "== Battle ==\nOn 14 February, 11 rebels were killed.\n")
    assert art.format == "plain" and art.infobox["casualties1"] == "112 killed"
    assert (art.period.start, art.period.end) == (dt.date(2016, 2, 14), dt.date(2016, 3, 3))
    assert [(r.low, r.date, r.in_period) for r in incidents(art)] == [(11, "2016-02-14", True)]


def test_frontmatter_infobox_and_markdown_sections() -> None:
    art = read_article(SEEDS / "001_82e133301474c6dc.txt")
    assert art.infobox["casualties3"] == "90–200 civilians killed"
    assert art.combatants[1][:2] == ("Syrian National Coalition", "Free Syrian Army")
    assert [s.heading for s in art.sections] == ["", "Background", "The offensive", "Aftermath"]


def test_frontmatter_may_name_one_infobox_in_the_singular_with_plain_values() -> None:
    # (it was read as no infobox at all: no period, every figure out of it, nothing to reconcile)
    art = read_article("---\ntitle: Siege of X\ninfobox:\n  date: April 2013 – 10 November 2015\n"
                       "  casualties1: 250+ soldiers killed\n---\nThe siege began.\n")
    assert art.infobox == {"date": "April 2013 – 10 November 2015", "casualties1": "250+ soldiers killed"}
    assert (art.period.start, art.period.end) == (dt.date(2013, 4, 1), dt.date(2015, 11, 10))


def test_combatant_falls_back_to_units_when_empty() -> None:
    art = read_article(SEEDS / "000_2f889a6acb127c80.txt")  # Combatant1 is a stray "'"
    assert art.party(1) == "Free Syrian Army" and art.party(2) == "Syrian Government"


def test_wikitext_infobox_markup_is_unwrapped() -> None:
    art = read_article(WIKITEXT)
    assert art.format == "wikitext" and art.title == "Battle of Testville"
    assert art.infobox["casualties1"] == "441 fighters killed\n3 tanks lost"
    assert art.infobox["casualties2"] == "1,659 soldiers killed\nc. 50 captured"
    assert art.infobox["casualties3"] == "20–30 civilians killed"
    assert art.combatants[1] == ("FSA",)
    assert art.combatants[2] == ("Syrian Armed Forces", "Shabiha")
    assert (art.period.start, art.period.end) == (dt.date(2012, 2, 10), dt.date(2012, 7, 19))


def test_wikitext_date_templates_give_the_period() -> None:
    art = read_article("{{Infobox military conflict\n| conflict = Battle of Z\n"
                       "| date = {{start date|2016|3|7}} – {{end date|2016|3|27}}\n}}\nText.\n")
    assert (art.period.start, art.period.end) == (dt.date(2016, 3, 7), dt.date(2016, 3, 27))


@pytest.mark.parametrize("field, text", [
    # a template's words come out as the page shows them, and no number is lost
    ("{{circa|30}} civilians killed", "c. 30 civilians killed"),
    ("{{c.|1,500}} killed", "c. 1,500 killed"),
    ("~{{formatnum:1500}} killed", "~1500 killed"),
    ("{{sort|300|300 killed}}", "300 killed"),
    ("{{nts|45}} killed", "45 killed"),
    ("{{ntsh|45}}45 killed", "45 killed"),
    ("{{ubl|87 killed|12 captured}}", "87 killed\n12 captured"),
    ("40 killed {{As of|2014|3|5}}", "40 killed As of 5 March 2014"),
    ("40 killed {{As of|2014|3}}", "40 killed As of March 2014"),
    # an unknown template keeps its parts apart: two counts, not 300400
    ("{{unknown template|300|400}} killed", "300 ; 400 killed"),
])
def test_wikitext_templates_in_a_field(field: str, text: str) -> None:
    art = read_article("{{Infobox military conflict\n| conflict = Battle of Z\n| casualties1 = " + field + "\n}}\nText.\n")
    assert art.infobox["casualties1"] == text


def test_wikitext_body_is_plain_text_with_sections() -> None:
    art = read_article(WIKITEXT)
    assert "<ref" not in art.text and "[[" not in art.text and "{{" not in art.text
    assert "Battle of Testville was fought in Aleppo." in art.text
    march = [s for s in art.sections if s.heading == "March"][0]
    assert march.path == ("Battle", "March")
    assert art.text[march.start:march.end].strip() == "On 5 March, 13 soldiers were killed in Azaz."


def test_wikitext_figures_parse() -> None:
    from casualtylib import infobox_figures

    df = infobox_figures(read_article(WIKITEXT))
    assert df[["low", "high", "outcome", "unit"]].astype(object).values.tolist() == [
        [441, 441, "killed", "person"], [3, 3, "lost", "vehicle"], [1659, 1659, "killed", "person"],
        [50, 50, "captured", "person"], [20, 30, "killed", "person"]]


@pytest.mark.parametrize("text, start, end", [
    ("1 September 2011 – 14 April 2012, ()", dt.date(2011, 9, 1), dt.date(2012, 4, 14)),
    ("16–31 December 2012", dt.date(2012, 12, 16), dt.date(2012, 12, 31)),
    ("10 February – 19 July 2012", dt.date(2012, 2, 10), dt.date(2012, 7, 19)),
    ("30 November 2024 – 5 December 2024 ()", dt.date(2024, 11, 30), dt.date(2024, 12, 5)),
    ("June–July 2012", dt.date(2012, 6, 1), dt.date(2012, 7, 31)),
    ("December 16–31, 2012", dt.date(2012, 12, 16), dt.date(2012, 12, 31)),
    ("2011–2014", dt.date(2011, 1, 1), dt.date(2014, 12, 31)),
    ("5 May 2013", dt.date(2013, 5, 5), dt.date(2013, 5, 5)),
    ("March 2011 – present", dt.date(2011, 3, 1), None),
    ("Unknown", None, None),
    # ISO dates, and an end left blank or unknown
    ("2012-03-05", dt.date(2012, 3, 5), dt.date(2012, 3, 5)),
    ("2012-03-05 – 2012-04-01", dt.date(2012, 3, 5), dt.date(2012, 4, 1)),
    ("5 March 2012 – ()", dt.date(2012, 3, 5), None),
    # a start alone after "from" or "since" runs on
    ("From 15 May 2012", dt.date(2012, 5, 15), None), ("from 5 to 8 June 2012", dt.date(2012, 6, 5), dt.date(2012, 6, 8)),
    ("June 2013 – ?", dt.date(2013, 6, 1), None),
    # what is not the date: a duration in brackets, a note on the next line, templates
    ("11 November 2012 – 14 April 2013 (5 months and 3 days)", dt.date(2012, 11, 11), dt.date(2013, 4, 14)),
    ("7 March 2016 – 27 March 2016<br>(2 weeks and 6 days)", dt.date(2016, 3, 7), dt.date(2016, 3, 27)),
    ("7 March 2016 – 27 March 2016\nCeasefire: 10 April 2016", dt.date(2016, 3, 7), dt.date(2016, 3, 27)),
    ("16 December 2012 –\n31 December 2012", dt.date(2012, 12, 16), dt.date(2012, 12, 31)),
    ("{{start date|2016|3|7}} – {{end date|2016|3|27}}", dt.date(2016, 3, 7), dt.date(2016, 3, 27)),
    ("{{Start date and age|2016|03|07|df=y}} – present", dt.date(2016, 3, 7), None),
    # a duration template, longer than a note in brackets, holds dates of its own
    ("26 September 2015 – 11 December 2017 ({{Age in years, months, weeks and days|month1=09|day1=26|year1=2015|"
     "month2=12|day2=11|year2=2017}})", dt.date(2015, 9, 26), dt.date(2017, 12, 11)),
])
def test_date_ranges(text: str, start, end) -> None:
    r = parse_date_range(text)
    assert (r.start, r.end) == (start, end)


# -- bad input: a casualtylib error naming the file (and line) --------------------------


BAD_FILES = [
    ("binary", "x.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", r"x\.txt: not text"),
    ("not UTF-8", "latin.txt", "= Title =\n\nInfobox\n- Casualties1: 12 tués\n".encode("latin-1"), r"latin\.txt:4: not UTF-8"),
    ("no known format", "notes.txt", b"\nJust some notes, 12 killed.\n", r"notes\.txt:2: no known article format"),
    ("empty", "empty.txt", b"", r"empty\.txt:1: no known article format"),
    ("broken YAML", "b.md", b"---\ntitle: [unclosed\ninfoboxes: 3\n---\nbody\n", r"b\.md:\d+: broken YAML front matter"),
    ("unclosed front matter", "c.md", b"---\ntitle: x\n", r"c\.md:1: YAML front matter is not closed"),
    ("bad infobox line", "d.txt", b"= T =\n\nInfobox\n- Date 2012\n", r"d\.txt:4: infobox line"),
    ("compressed", "dump.txt", bz2.compress(b"= T =\n"), r"dump\.txt"),
]


@pytest.mark.parametrize("name, data, message", [c[1:] for c in BAD_FILES], ids=[c[0] for c in BAD_FILES])
def test_bad_files_raise_an_error_naming_file_and_line(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    f = tmp_path / name
    f.write_bytes(data)
    with pytest.raises(ArticleFormatError, match=message):
        read_article(f)


def test_yaml_is_loaded_safely() -> None:
    with pytest.raises(ArticleFormatError):
        read_article("---\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\nbody\n")


def test_a_front_matter_field_written_as_a_list_is_one_line_an_item() -> None:
    # twentieth round: the list was kept as its Python repr ("['200 killed', '50 captured']")
    art = read_article("---\ntitle: X\ninfobox:\n  casualties1:\n    - 200 killed\n    - 50 captured\n---\nbody\n")
    assert art.infobox["casualties1"] == "200 killed\n50 captured"


def test_an_indented_infobox_line_goes_on_with_the_value_before_it() -> None:
    # twentieth round: the indented line ended the infobox, and the fields after it were read as prose
    art = read_article("= T =\n\nInfobox\n- Casualties1: 200 killed\n  50 captured\n- Casualties2: 120 killed\n\nBody.\n")
    assert art.infobox == {"casualties1": "200 killed\n50 captured", "casualties2": "120 killed"}


def test_bad_infobox_line_names_the_line(tmp_path: Path) -> None:
    f = tmp_path / "d.txt"
    f.write_text("= T =\n\nInfobox\n- Date 2012\n", encoding="utf-8")
    with pytest.raises(ArticleFormatError, match=r"d\.txt:4: infobox line"):
        read_article(f)


def test_unclosed_infobox_template() -> None:
    with pytest.raises(ArticleFormatError, match="never closed"):
        read_article("{{Infobox military conflict\n| casualties1 = 12 killed\n\n== Battle ==\ntext\n")


def test_errors_are_value_errors() -> None:
    assert issubclass(ArticleFormatError, CasualtyError) and issubclass(CasualtyError, ValueError)


def test_missing_file() -> None:
    with pytest.raises(FileNotFoundError):
        read_article("no/such/file.txt")


def test_read_articles_collects_errors(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("= Good =\n\nInfobox\n- Casualties1: 5 killed\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01")
    items = list(read_articles(tmp_path, errors="return"))
    assert [type(i).__name__ for i in items] == ["ArticleFormatError", "Article"]
    with pytest.raises(ArticleFormatError):
        list(read_articles(tmp_path))
