"""The reconciler: infobox totals against the interval sum of the incidents.

Three layers: the interval arithmetic (laws, by hypothesis), the counting
rules on hand-written articles, and the seeds' answer key
(tests/data/gold/reconcile.jsonl), reached twice: once from the key's own
incident rows (the reconciler alone) and once from the library's extraction.
"""

from __future__ import annotations

import pandas as pd
import pandera.errors
import pytest
from hypothesis import given
from hypothesis import strategies as st

import casualtylib
from casualtylib.evaluate import evaluate_reconcile, load_jsonl
from casualtylib.prose import Incident
from casualtylib.reconciliation import Interval, Scope, combatant_side, covered, reconcile_article, select

from .conftest import GOLD, SEEDS

# --- intervals ---------------------------------------------------------------------------------

intervals = st.builds(
    lambda low, extra: Interval(low, None if extra is None else low + extra),
    st.integers(0, 10_000), st.none() | st.integers(0, 10_000),
)


@given(intervals, intervals, intervals)
def test_interval_sum_is_associative_and_commutative(a, b, c) -> None:
    assert (a + b) + c == a + (b + c)
    assert a + b == b + a


@given(intervals, intervals)
def test_interval_sum_adds_lows_and_highs_and_an_open_high_opens_it(a, b) -> None:
    total = a + b
    assert total.low == a.low + b.low
    if a.high is None or b.high is None:
        assert total.high is None
    else:
        assert total.high == a.high + b.high


@given(intervals, intervals)
def test_overlap_is_symmetric(a, b) -> None:
    assert a.overlaps(b) == b.overlaps(a)
    assert a.overlaps(a)


def test_an_interval_refuses_high_below_low() -> None:
    with pytest.raises(ValueError, match=r"\[5, 2\]"):
        Interval(5, 2)


# --- which incidents a field covers ---------------------------------------------------------------

@pytest.mark.parametrize("name, side", [
    ("Free Syrian Army", "opposition"),
    ("Syrian National Coalition", "opposition"),
    ("Syrian Salvation Government", "opposition"),  # the longest name wins over "government"
    ("Hay'at Tahrir al-Sham", "opposition"),
    ("Syrian Government", "government"),
    ("Syrian Arab Army", "government"),
    ("Hezbollah", "government"),
    ("Russia", "government"),
    ("Kurdish militias", "unknown"),
    # names whose words mislead: an "army" and a "military" command of the opposition
    ("Army of Mujahedeen", "opposition"), ("Military Operations Command", "opposition"),
    ("Russian Aerospace Forces", "government"), ("Local Defence Forces", "government"),
    ("Liwa al-Tawhid", "opposition"), ("Asa'ib Ahl al-Haq", "government"),
    ("Turkey", "opposition"), ("Turkish Armed Forces", "opposition"),
    ("Jaysh al-Islam", "opposition"), ("Jaish al-Islam", "opposition"),
    ("Syrian Arab Armed Forces", "government"), ("Assad regime", "government"),
    # Iraq's state against ISIL
    ("Iraq", "government"), ("Counter Terrorism Service", "government"),
])
def test_combatant_names(name: str, side: str) -> None:
    assert combatant_side(name) == side


def _art(**infobox) -> casualtylib.Article:
    text = "= Battle of X =\n\nInfobox\n" + "".join(f"- {k}: {v}\n" for k, v in infobox.items())
    return casualtylib.read_article(text + "\n== March ==\nNothing happened.\n")


@pytest.mark.parametrize("combatant, field, expected", [
    ("Free Syrian Army", "1,403 opposition protesters and FSA fighters killed", "opposition + protesters"),
    ("Free Syrian Army", "806 opposition fighters and defectors killed", "opposition"),
    ("Syrian Government", "120 killed", "government"),
    (None, "90–200 civilians killed", "civilian"),
    (None, "12 soldiers killed", "government"),  # no combatant: the subject decides
    (None, "12 killed", "unknown"),  # a combatant's column whose combatants are left out: no side known
])
def test_field_scope(combatant, field, expected) -> None:
    art = _art(**({"Combatant1": combatant} if combatant else {}), Casualties1=field)
    assert str(covered(art, 1, casualtylib.parse_casualties(field))) == expected


def test_a_third_column_of_nobody_in_particular_counts_civilians() -> None:
    art = _art(Combatant1="Free Syrian Army", Combatant2="Syrian Government", Casualties3="12 killed")
    assert str(covered(art, 3, casualtylib.parse_casualties("12 killed"))) == "civilian"


def test_an_unknown_combatant_stands_for_the_side_opposite_the_other() -> None:
    art = _art(Combatant1="Southern Movement", Combatant2="Yemeni government", Casualties1="230+ killed")
    assert str(covered(art, 1, casualtylib.parse_casualties("230+ killed"))) == "opposition"
    art = _art(Combatant1="Iraq", Combatant2="ISIL", Casualties1="500+ killed")
    assert str(covered(art, 1, casualtylib.parse_casualties("500+ killed"))) == "government"
    # with a third column, or neither side known, there is no one opposite
    art = _art(Combatant1="Southern Movement", Combatant2="Yemeni government", Combatant3="Tribal militias",
               Casualties1="230+ killed")
    assert str(covered(art, 1, casualtylib.parse_casualties("230+ killed"))) == "unknown"
    art = _art(Combatant1="Southern Movement", Combatant2="Tribal militias", Casualties1="230+ killed")
    assert str(covered(art, 1, casualtylib.parse_casualties("230+ killed"))) == "unknown"


def test_sides_override_the_combatants() -> None:
    art = _art(Combatant1="Kurdish militias", Casualties1="10 killed")
    assert str(covered(art, 1, casualtylib.parse_casualties("10 killed"), override="opposition")) == "opposition"
    with pytest.raises(ValueError, match="unknown side 'rebels'"):
        covered(art, 1, [], override="rebels")


# --- the counting rules ------------------------------------------------------------------------------

DIARY = """= Siege of X =

Infobox
- Date: 1–31 March 2012
- Combatant1: Free Syrian Army
- Combatant2: Syrian Government
- Casualties1: 20+ fighters killed, 3 tanks lost
- Casualties2: 30 soldiers killed
- Casualties3: Unknown

== March ==
On 3 March, 13 soldiers were killed in Hama, activists said. On 3 March, five soldiers were killed and nine were wounded in Hama.
On 5 March, SANA said dozens of terrorists were killed. The opposition gave a different death toll, saying 9 rebels had died.
On 7 March, up to 10 soldiers were reportedly killed.

== Aftermath ==
On 2 April, 40 soldiers were killed.
"""


@pytest.fixture(scope="module")
def diary_rows():
    art = casualtylib.read_article(DIARY, name="diary")
    return art, {(r.side, r.outcome, r.unit): r for r in reconcile_article(art)}


def test_one_row_per_side_outcome_and_unit(diary_rows) -> None:
    _, rows = diary_rows
    assert set(rows) == {(1, "killed", "person"), (1, "lost", "vehicle"), (2, "killed", "person"), (3, "killed", "person")}
    assert rows[(1, "lost", "vehicle")].infobox == Interval(3, 3)  # tanks stay apart from fighters


def test_government_sum_with_an_open_bound_and_the_aftermath_left_out(diary_rows) -> None:
    art, rows = diary_rows
    gov = rows[(2, "killed", "person")]
    assert gov.incidents == Interval(13 + 5 + 0, 13 + 5 + 10)  # "up to 10" is [0, 10]; 2 April is out of period
    assert gov.status == "infobox_exceeds" and gov.infobox == Interval(30, 30)  # 30 > 28
    excluded = {r.id: r for r in casualtylib.incidents(art) if r.id in gov.excluded}
    assert [r.date for r in excluded.values()] == ["2012-04-02"]


def test_vague_words_and_alternatives_under_each_policy() -> None:
    art = casualtylib.read_article(DIARY, name="diary")
    literal = {(r.side, r.outcome): r for r in reconcile_article(art)}
    conservative = {(r.side, r.outcome): r for r in reconcile_article(art, policy="conservative")}
    # literal: the guide's floor for "dozens" (24), the first report of the event
    assert literal[(1, "killed")].incidents == Interval(24, None)
    # conservative: ACLED's 12 for "dozens", and the lower alternative (9) replaces it
    assert conservative[(1, "killed")].incidents == Interval(9, 9)


def test_status_and_coverage(diary_rows) -> None:
    _, rows = diary_rows
    rebels = rows[(1, "killed", "person")]
    assert rebels.status == "consistent" and rebels.coverage == pytest.approx(24 / 20)
    civilians = rows[(3, "killed", "person")]
    assert civilians.infobox is None and civilians.status == "no_infobox_figure" and civilians.coverage is None
    assert rows[(1, "lost", "vehicle")].status == "no_incidents"


def test_unknown_policy_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown policy 'median'"):
        casualtylib.reconcile(casualtylib.read_article(DIARY), policy="median")


# --- DataFrames -------------------------------------------------------------------------------------

def test_reconcile_frame_is_validated_and_typed() -> None:
    df = casualtylib.reconcile(SEEDS)
    assert list(df.columns) == ["article", "side", "party", "outcome", "unit", "covers", "infobox_low", "infobox_high",
                                "incident_low", "incident_high", "n_incidents", "n_excluded", "coverage", "status", "error"]
    assert df["infobox_high"].dtype == "Int64" and df["status"].dtype == "category"
    killed = df[(df["outcome"] == "killed") & (df["unit"] == "person")]
    assert len(killed) == 13


def test_schema_rejects_a_status_that_contradicts_the_intervals() -> None:
    df = casualtylib.reconcile(SEEDS / "004_53af8563b63003c2.txt")
    bad = df.copy()
    bad.loc[0, "status"] = "infobox_exceeds"  # [78, open) against [78, open) overlap
    with pytest.raises(pandera.errors.SchemaError, match="status_agrees"):
        casualtylib.ReconciliationSchema.validate(bad)


def test_unreadable_file_becomes_an_error_row(tmp_path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe not utf-8 \x81")
    (tmp_path / "good.txt").write_text(DIARY, encoding="utf-8")
    df = casualtylib.reconcile(tmp_path, errors="row")
    errors = df[df["status"] == "error"]
    assert list(errors["article"]) == ["bad.txt"] and "not UTF-8" in errors["error"].iloc[0]
    assert (df["article"] == "good.txt").sum() == 4
    with pytest.raises(casualtylib.CasualtyError, match="bad.txt"):
        casualtylib.reconcile(tmp_path)


def test_sources_breakdown_counts_an_alternative_for_its_own_source() -> None:
    df = casualtylib.reconcile_sources(SEEDS / "002_8d24d57afd032d53.txt")
    assert "source" in df.columns
    gov = df[(df["side"] == 2) & (df["outcome"] == "killed")].set_index("source")
    # SNHR's 44 is an alternative to the activists' 47 executed: in SNHR's own row it counts
    assert gov.loc["SNHR", "incident_low"] == 44
    assert gov.loc["SOHR", "n_incidents"] >= 10
    assert "unattributed" in gov.index


# --- the answer key ---------------------------------------------------------------------------------

def _gold_incidents() -> dict[str, list[Incident]]:
    out: dict[str, list[Incident]] = {}
    for g in load_jsonl(GOLD / "incidents.jsonl"):
        out.setdefault(g["seed"], []).append(Incident(
            article=g["seed"], id=g["id"], quote=g["quote"], sentence=g["sentence"], start=0, end=0, date=g["date"],
            date_precision=g["date_precision"], low=g["low"], high=g["high"], qualifier=g["qualifier"],
            outcome=g["outcome"], subject=g["subject"], side=g["side"], sources=tuple(g["sources"]),
            hedged=g["hedged"], in_period=g["in_period"], relation=g["relation"], location=None,
        ))
    return out


def test_reconciler_alone_reproduces_the_key_from_the_keys_incidents() -> None:
    """The counting rules, independent of extraction: fed the key's own
    incident rows, every one of the 13 sides matches."""
    gold_incidents = _gold_incidents()
    key = load_jsonl(GOLD / "reconcile.jsonl")
    for g in key:
        art = casualtylib.read_article(SEEDS / g["seed"])
        rows = {r.side: r for r in reconcile_article(art, incidents=gold_incidents[g["seed"]])
                if (r.outcome, r.unit) == ("killed", "person")}
        r = rows[g["side"]]
        got = (r.infobox.low if r.infobox else None, r.infobox.high if r.infobox else None,
               r.incidents.low, r.incidents.high, len(r.counted))
        assert got == (g["infobox_low"], g["infobox_high"], g["incident_low"], g["incident_high"], g["n_incidents"]), g


def test_reconcile_gold_all_13_sides_from_our_own_extraction(seed_paths) -> None:
    score = evaluate_reconcile(GOLD, seed_paths)
    print("\n" + score.report())
    assert score.expected == 13
    assert score.matched == 13, score.report()


def test_select_reports_what_it_left_out() -> None:
    art = casualtylib.read_article(DIARY)
    rows = casualtylib.incidents(art)
    counted, excluded = select(rows, Scope("government"), "killed")
    assert {r.id for r in counted} | {r.id for r in excluded} == {r.id for r in rows if r.side == "government" and r.outcome == "killed"}
    assert not {r.id for r in counted} & {r.id for r in excluded}


def test_frame_matches_the_rows() -> None:
    art = casualtylib.read_article(DIARY, name="diary")
    df = casualtylib.reconcile(art)
    rows = reconcile_article(art)
    assert len(df) == len(rows)
    assert df["n_incidents"].tolist() == [len(r.counted) for r in rows]
    assert isinstance(df, pd.DataFrame)


@pytest.mark.parametrize("field, interval", [
    # different sources' figures are claims: the field spans them
    ("400+ killed (SOHR), 700+ killed (Syrian government claim)", (400, None)),
    ("Per SOHR: 87 killed, Per government: 300 killed", (87, 300)),
    # figures no source is named for add to every claim; one source or none sums
    ("9 killed (SOHR), 40 killed (Kurdish claim), 3 killed", (12, 43)),
    ("188 killed (SOHR), 1 officer killed", (189, 189)),
    ("73+ fighters killed, 5 fighters killed", (78, None)),
])
def test_an_infobox_fields_claims(field: str, interval: tuple[int, int | None]) -> None:
    art = casualtylib.read_article(f"= X =\n\nInfobox\n- Date: 2012\n- Casualties1: {field}\n\n== 2012 ==\nText.\n")
    (row,) = [r for r in reconcile_article(art) if r.outcome == "killed"]
    assert (row.infobox.low, row.infobox.high) == interval


@pytest.mark.parametrize("field, total", [
    ("6 killed (3 soldiers, 3 policemen)", (6, 6)),
    ("Over 1,000 fighters killed, including 50 foreign fighters", (1000, None)),
    ("188 killed (SOHR), 1 officer killed", (189, 189)),
])
def test_a_fields_breakdown_is_not_added_to_its_total(field: str, total: tuple) -> None:
    from casualtylib.reconciliation import _infobox_totals

    interval = _infobox_totals(list(casualtylib.parse_casualties(field)))[("killed", "person")]
    assert (interval.low, interval.high) == total


def test_a_tally_since_the_start_is_summed_once_not_with_its_parts() -> None:
    art = casualtylib.read_article(
        "= Battle of X =\n\nInfobox\n- Date: 5 – 12 May 2016\n- Combatant1: Syrian Arab Republic\n"
        "- Casualties1: 73 killed (SOHR)\n\n== Battle ==\n"
        "On 5 May, 30 soldiers were killed in the assault. On 7 May, 20 soldiers died in an ambush.\n\n"
        "On 12 May, the SOHR put the number of soldiers killed since 5 May at 73.\n")
    (row,) = [r for r in reconcile_article(art) if r.outcome == "killed"]
    assert (row.incidents.low, row.incidents.high, row.status) == (73, 73, "consistent")


def test_a_part_stays_out_even_when_its_whole_counts_nothing() -> None:
    # GUIDE: the sum takes no row with a part_of relation, whatever the whole; a total told in the
    # Aftermath (outside the period) that holds the battle's figures leaves them out too
    art = casualtylib.read_article(
        "= Battle of X =\n\nInfobox\n- Date: 5 – 12 May 2016\n- Combatant1: Syrian Arab Republic\n"
        "- Casualties1: 60 killed\n\n== Battle ==\n"
        "On 5 May, 30 soldiers were killed in the assault. On 7 May, 20 soldiers died in an ambush.\n\n"
        "== Aftermath ==\nBy the end of the battle, the SOHR had documented the deaths of 55 soldiers.\n")
    rows = casualtylib.incidents(art)
    assert [(r.low, r.in_period, (r.relation or "").split(":")[0]) for r in rows] == [
        (30, True, "part_of"), (20, True, "part_of"), (55, False, "")]
    (row,) = [r for r in reconcile_article(art) if r.outcome == "killed"]
    assert (row.incidents.low, len(row.excluded)) == (0, 3)


# --- two combatant columns of one side ---------------------------------------------------------

RIVALS = """= Siege of X =

Infobox
- Date: 1 May – 30 June 2016
- Combatant1: People's Protection Units
- Combatant2: Islamic State of Iraq and the Levant
- Casualties1: 20 killed
- Casualties2: 100+ killed

== Siege ==
=== May ===
On 3 May, 40 ISIL militants were killed. On 4 May, 6 YPG fighters died. On 5 May, 9 Kurdish fighters and
12 IS fighters were killed. On 6 May, 5 fighters were killed.
"""


# (twenty-fourth round: a name with its initials in brackets was no name of its family,
# so the Kurdish fighters were ISIL's too)
@pytest.mark.parametrize("ypg", ["People's Protection Units", "People's Protection Units (YPG)"])
def test_a_figure_naming_one_of_two_columns_of_one_side_is_that_columns_only(ypg: str) -> None:
    # the YPG and ISIL are both "opposition" to the side model: each column took every row
    # of the other; a figure naming a column's combatant (by name, initials or family) is
    # that column's, one naming neither (5 fighters) is still both columns'
    art = casualtylib.read_article(RIVALS.replace("People's Protection Units", ypg))
    rows = {r.side: r for r in reconcile_article(art) if r.outcome == "killed"}
    assert rows[1].covers == "opposition - Islamic State of Iraq and the Levant"
    assert rows[2].covers == f"opposition - {ypg}"
    assert (rows[1].incidents.low, rows[2].incidents.low) == (6 + 9 + 5, 40 + 12 + 5)


def test_a_figure_a_column_lost_by_name_is_that_columns_only() -> None:
    # twenty-sixth round: "the YPG lost 3 fighters" names no group in its subject, so ISIL's column
    # counted it too; the group its sentence says lost them is whose they are (by name, or as the
    # reporter that says it lost them); a group the sentence names as the killer tells nothing
    art = casualtylib.read_article(RIVALS.replace(
        "On 6 May, 5 fighters were killed.",
        "On 6 May, the YPG lost 3 fighters. On 7 May, the YPG said it lost 4 fighters. On 8 May, "
        "ISIL had lost 11 fighters, the SOHR said. On 9 May, ISIL attacked, and 2 fighters were killed."))
    rows = {r.side: r for r in reconcile_article(art) if r.outcome == "killed"}
    assert (rows[1].incidents.low, rows[2].incidents.low) == (6 + 9 + 3 + 4 + 2, 40 + 12 + 11 + 2)


def test_columns_of_different_sides_are_not_rivals() -> None:
    scope = covered(_art(Combatant1="Free Syrian Army", Combatant2="Syrian Army"), 1, [])
    assert (str(scope), scope.rivals) == ("opposition", ())
