"""Links between the figures of one article: duplicate, alternative, update.

Each case is a short article in the register of war reporting; the test
names the rule of casualtylib.relations it specifies.
"""

from __future__ import annotations

import casualtylib
import pytest
from casualtylib.relations import same_place


def _rows(body: str) -> list:
    art = casualtylib.read_article("= Battle of X =\n\nInfobox\n- Date: 1 February – 31 March 2012\n\n== February ==\n" + body)
    return casualtylib.incidents(art)


def _by_quote(rows, text: str):
    return next(r for r in rows if text in r.quote)


def test_a_day_repeats_a_figure_of_its_month_at_the_same_place() -> None:
    rows = _rows(
        "According to Reuters, five government troops were killed in clashes in Qalaat al-Madyaq.\n\n"
        "On 15 February, five soldiers were killed during fighting at Qalaat al-Madiq.\n"
    )
    first, again = rows
    assert (first.date, again.date) == ("2012-02", "2012-02-15")
    assert again.relation == f"duplicate_of:{first.id}"


def test_a_day_in_the_month_at_another_place_is_another_event() -> None:
    rows = _rows(
        "According to Reuters, five government troops were killed in clashes in Hama.\n\n"
        "On 15 February, five soldiers were killed during fighting in Idlib.\n"
    )
    assert [r.relation for r in rows] == [None, None]


def test_a_sentence_the_article_repeats_is_a_duplicate_whatever_its_date() -> None:
    rows = _rows(
        "On 10 February, according to Syrian state media, three rebels died planting a bomb and were buried in a park.\n\n"
        "== March ==\n"
        "According to Syrian state media, three rebels died planting a bomb and were buried in a park; this could not be verified.\n"
    )
    assert rows[1].relation == f"duplicate_of:{rows[0].id}"


def test_another_report_is_an_alternative_even_with_another_outcome() -> None:
    rows = _rows(
        "On 3 March 47 soldiers were executed when trying to defect, activists said. "
        "The Syrian Network for Human Rights gave a different death toll, saying that 44 soldiers had been killed.\n"
    )
    executed, killed = rows
    assert (executed.outcome, killed.outcome) == ("executed", "killed")
    assert killed.relation == f"alternative_of:{executed.id}"


def test_separately_opens_a_new_event() -> None:
    rows = _rows(
        "On 21 January nine soldiers were killed in Idlib, activists said. "
        "Separately, the Syrian Observatory for Human Rights reported that a soldier was killed in Kafr Nabl.\n"
    )
    assert [r.relation for r in rows] == [None, None]


def test_another_source_the_same_day_in_the_same_paragraph_is_an_alternative() -> None:
    rows = _rows("On 21 January nine soldiers were killed in Idlib, activists said. SANA said that four soldiers were killed in Idlib.\n")
    assert rows[1].relation == f"alternative_of:{rows[0].id}"


def test_a_figure_another_source_gives_for_the_same_day_is_an_alternative() -> None:
    # twentieth round: "gave a figure of" is a toll given, of the people just counted
    rows = _rows("On 20 February, fighting continued. Activists reported 17 more rebel deaths. "
                 "The LCC gave a figure of 21 for the same day.\n")
    assert [(r.low, r.outcome, r.side, r.sources, r.relation) for r in rows] == [
        (17, "killed", "opposition", ("activists",), None),
        (21, "killed", "opposition", ("LCC",), f"alternative_of:{rows[0].id}")]


def test_a_figure_is_a_part_of_the_tally_that_names_its_people() -> None:
    # twentieth round: "6 of its fighters" (Hezbollah's) are among the 48 Hezbollah fighters of the
    # battle's tally, not its 75 soldiers, though both are of the government side
    rows = _rows("On 12 February, Hezbollah confirmed the deaths of 6 of its fighters.\n\n== Casualties ==\n"
                 "According to the SOHR, at least 75 soldiers and 48 Hezbollah fighters were killed during the battle.\n")
    assert [(r.low, r.relation) for r in rows] == [(6, f"part_of:{rows[2].id}"), (75, None), (48, None)]


def test_militiamen_are_among_the_fighters_of_the_tally() -> None:
    # twenty-second round: "militiamen" and "fighters" are one word for the same men (an NDF militia's
    # losses summed up as its fighters); another group's militiamen are not
    rows = _rows("On 3 February, clashes left 17 NDF militiamen dead.\n\n== Casualties ==\n"
                 "The NDF lost more than 200 fighters during the siege.\n")
    assert [(r.low, r.relation) for r in rows] == [(17, f"part_of:{rows[1].id}"), (200, None)]
    # (twenty-third round: so are militants, of a group named by the tally only)
    rows = _rows("On 3 February, 14 militants were killed.\n\n== Casualties ==\n"
                 "More than 1,000 ISIL fighters were killed during the siege.\n")
    assert [(r.low, r.relation) for r in rows] == [(14, f"part_of:{rows[1].id}"), (1000, None)]
    rows = _rows("On 3 February, clashes left 17 NDF militiamen dead.\n\n== Casualties ==\n"
                 "More than 200 Hezbollah fighters were killed during the siege.\n")
    assert [(r.low, r.relation) for r in rows] == [(17, None), (200, None)]
    # (twenty-fifth round: "their men" are of any group of their side)
    rows = _rows("On 3 February, ISIL fighters attacked the base, losing 22 of their men.\n\n== Casualties ==\n"
                 "More than 500 ISIL and rebel fighters were killed during the siege.\n")
    assert [(r.low, r.relation) for r in rows] == [(22, f"part_of:{rows[1].id}"), (500, None)]
    # (and fighters its sentence says a group lost, of a tally naming the group alone; not another's)
    rows = _rows("On 3 February, the Houthis lost 30 fighters in an ambush. On 9 February, the SDF said it had lost "
                 "12 fighters.\n\n== Casualties ==\nMore than 1,500 Houthis were killed during the offensive.\n")
    assert [(r.low, r.relation) for r in rows] == [(30, f"part_of:{rows[2].id}"), (12, None), (1500, None)]
    # (twenty-sixth round: nor those another group lost, of a tally naming a group, though fighters
    # and militants may be one people)
    rows = _rows("On 2 February, the SOHR said 21 ISIL militants were killed, while the YPG lost 3 fighters.\n\n"
                 "== Casualties ==\nA total of 287 ISIL militants were killed during the offensive.\n")
    assert [(r.low, r.relation) for r in rows] == [(21, f"part_of:{rows[2].id}"), (3, None), (287, None)]
    # (and a suicide bomber, one of those who attacked)
    rows = _rows("On 4 February, a suicide bomber blew himself up at a checkpoint.\n\n== Casualties ==\n"
                 "More than 700 ISIL militants were killed during the siege.\n")
    assert [(r.low, r.relation) for r in rows] == [(1, f"part_of:{rows[1].id}"), (700, None)]


def test_what_another_group_lost_is_no_other_account_of_a_groups_dead() -> None:
    # twenty-sixth round: "The YPG said it lost 6 fighters" was another account of ISIL's 45 dead
    # that day (both of the opposition, fighters and militants one people)
    rows = _rows("On 8 February, coalition airstrikes killed at least 45 ISIL militants. "
                 "The YPG said it lost 6 fighters that day.\n")
    assert [(r.low, r.relation) for r in rows] == [(45, None), (6, None)]
    # (as two groups' own losses are: "ISIL lost 30 fighters ... the YPG lost 6")
    rows = _rows("On 8 February, ISIL lost 30 fighters, the SOHR said. The YPG said it had lost 6 fighters.\n")
    assert [(r.low, r.relation) for r in rows] == [(30, None), (6, None)]


def test_a_bare_toll_after_an_attack_of_its_own_paragraph_is_that_attacks() -> None:
    # twenty-sixth round: "By nightfall, the death toll had reached 31" after "shells hit the market"
    # updated a count of two days before, in another paragraph
    rows = _rows("On 25 February, the SOHR said 22 people had been killed since Monday.\n\n"
                 "Early on 27 February, shells hit the market. By nightfall, the death toll had reached 31.\n")
    assert [(r.low, r.relation) for r in rows] == [(22, None), (31, None)]
    # (a paragraph of its own, or one telling no attack first, still updates the event before)
    for later in ("By the next day, the death toll had risen to 70.",
                  "On 11 February, rescuers pulled more bodies from the rubble. By evening, the death toll had risen to 70."):
        rows = _rows(f"On 10 February, twin car bombs killed 55 people.\n\n{later}\n")
        assert [(r.low, r.relation) for r in rows] == [(55, None), (70, f"update_of:{rows[0].id}")], later


def test_a_toll_put_of_an_event_named_updates_its_count() -> None:
    # twentieth round: "put the death toll from the bombing at" is a later count of the bomber's dead,
    # though "put" is no word of updating
    rows = _rows("On 27 February, a suicide bomber killed 13 soldiers at a checkpoint. "
                 "The SOHR put the death toll from the bombing at 17 the following day.\n")
    assert [(r.low, r.relation) for r in rows] == [(13, None), (17, f"update_of:{rows[0].id}")]


def test_the_days_of_the_fighting_counted_hold_their_figures_and_their_corrections() -> None:
    # twentieth round: "over the four days of fighting" counts all of them; the 26 that corrected
    # the 21 is held too, else the reconciler adds it to the total
    rows = _rows("On 4 February, 21 rebels were killed, according to the SOHR. The Observatory later said the number "
                 "of rebels killed that day was 26.\n\nOn 7 February, 13 soldiers died in an ambush.\n\n"
                 "On 8 February, rebels captured the city. Over the four days of fighting, at least 170 rebels and "
                 "130 soldiers were killed, the SOHR said.\n")
    total_rebels, total_soldiers = rows[3].id, rows[4].id
    assert [(r.low, r.relation) for r in rows] == [
        (21, f"part_of:{total_rebels}"), (26, f"part_of:{total_rebels}"), (13, f"part_of:{total_soldiers}"),
        (170, None), (130, None)]


def test_another_groups_fighters_are_no_alternative_count_of_one_groups() -> None:
    # twentieth round: ISIL and the SDF are both "opposition" in the side model; a count of SDF
    # fighters is no other account of the ISIL fighters the SDF counted, though both are "fighters"
    rows = _rows("On 2 February, the SDF said it had killed 52 ISIL fighters. Amaq claimed that 20 SDF fighters were killed.\n")
    assert [(r.low, r.relation) for r in rows] == [(52, None), (20, None)]


def test_a_report_right_after_the_articles_own_count_is_an_alternative() -> None:
    # the article's narrative gives a toll with no reporter; the next sentence opens
    # on another reporter's count of it
    rows = _rows("On 17 February, ISIL attacked the base with car bombs, killing at least 15 soldiers. "
                 "State media reported only 5 deaths.\n")
    assert [r.relation for r in rows] == [None, f"alternative_of:{rows[0].id}"]
    rows = _rows("On 17 February, ISIL attacked the base, killing at least 15 soldiers. According to SANA, 5 soldiers died.\n")
    assert [r.relation for r in rows] == [None, f"alternative_of:{rows[0].id}"]
    # not when the next sentence opens on another time, nor a sentence further on
    rows = _rows("On 17 February, 10 soldiers were killed in an ambush. "
                 "Later that day, activists said 3 soldiers were killed in shelling.\n")
    assert [r.relation for r in rows] == [None, None]
    rows = _rows("On 17 February, 10 soldiers were killed in an ambush. The army shelled the town. "
                 "Activists said 3 soldiers were killed.\n")
    assert [r.relation for r in rows] == [None, None]


def test_an_estimate_put_right_after_the_articles_own_count_is_an_alternative_of_any_date() -> None:
    # twenty-first round: the month (or season) the section gives both is the date they share
    rows = _rows("Some 60 rebels died in a failed attempt to storm the town. "
                 "Pro-government sources put the rebels' dead at over 100.\n")
    assert [(r.low, r.date, r.relation) for r in rows] == [(60, "2012-02", None), (100, "2012-02", f"alternative_of:{rows[0].id}")]
    # not another reporter's count told plainly (that may be another event of the month)
    rows = _rows("Some 60 rebels died in a failed attempt to storm the town. Activists said 12 rebels died in an airstrike.\n")
    assert [r.relation for r in rows] == [None, None]


def test_a_toll_with_a_part_of_no_side_still_updates_the_event_it_names() -> None:
    # "as several of the wounded died" is a part of the new toll, not other people
    rows = _rows("On 12 February, a car bomb exploded in Damascus, killing 55 people. Most of the victims were civilians. "
                 "Two days later, the death toll from the bombing rose to 70 as several of the wounded died.\n")
    assert [(r.low, r.side, r.relation) for r in rows] == [
        (55, "civilian", None), (70, "civilian", f"update_of:{rows[0].id}"), (3, "unknown", f"part_of:{rows[1].id}")]


def test_the_same_count_of_the_same_people_told_again_is_a_duplicate_of_no_side() -> None:
    rows = _rows("On 25 February, 108 people were massacred in Houla, including 49 children. The UN later confirmed that at least 108 people had died.\n")
    assert [(r.low, r.side, r.relation) for r in rows] == [
        (108, "civilian", None), (49, "civilian", f"part_of:{rows[0].id}"), (108, "civilian", f"duplicate_of:{rows[0].id}")]
    # not another count, nor other people
    rows = _rows("On 25 February, 108 people were massacred in Houla, including 49 children. The UN later said that at least 90 people had died.\n")
    assert rows[2].relation != f"duplicate_of:{rows[0].id}"


def test_that_number_risen_is_an_update_and_a_reporter_raises_its_own_figure() -> None:
    rows = _rows("On 8 February, the SOHR said that 230 rebels had been killed since the start of the offensive. "
                 "By 15 February, that number had risen to 310.\n")
    assert [(r.low, r.relation) for r in rows] == [(230, None), (310, f"update_of:{rows[0].id}")]
    # its own figure, though that one is another account of the figure before it
    rows = _rows("On 20 February, SANA reported that the army had killed 40 terrorists in the area; the SOHR said "
                 "19 rebels had died. The next day, the SOHR raised its figure to 27.\n")
    assert [(r.low, r.relation) for r in rows] == [
        (40, None), (19, f"alternative_of:{rows[0].id}"), (27, f"update_of:{rows[1].id}")]


def test_a_toll_put_by_a_day_holds_the_counts_since_the_start_before_it() -> None:
    # twenty-third round: the toll "By 19 February" was a count of that day, so the reconciler
    # summed 32 and 218 rebels against an infobox of 218
    rows = _rows("On 5 February, the SOHR reported that 32 rebels and 19 soldiers had been killed since the start of "
                 "the offensive. By 19 February, the SOHR put the death toll at 218 rebels and 108 soldiers.\n")
    assert [(r.low, r.date, r.relation) for r in rows] == [
        (32, "2012-02-01/2012-02-05", f"part_of:{rows[2].id}"), (19, "2012-02-01/2012-02-05", f"part_of:{rows[3].id}"),
        (218, "2012-02-01/2012-02-19", None), (108, "2012-02-01/2012-02-19", None)]


def test_a_sides_toll_raised_updates_that_sides_figure() -> None:
    # twenty-third round: "the rebel toll" was no update mark (only "raised the toll")
    rows = _rows("On 3 February, according to the SOHR, 26 rebels and 14 soldiers were killed. "
                 "The group later raised the rebel toll to 33.\n")
    assert [(r.low, r.relation) for r in rows] == [(26, None), (14, None), (33, f"update_of:{rows[0].id}")]


@pytest.mark.parametrize(("named", "duplicate"), [
    # the answer key's 002-6 and 002-7: one person, told of by whose brother he was, then named
    ("Muhammad Harmoush was abducted and his body was later returned to his family.", True),
    # (another name is another person)
    ("Ahmad Khalil was abducted and his body was later returned to his family.", False),
])
def test_one_person_told_of_then_named_is_one(named: str, duplicate: bool) -> None:
    first, again, body = _rows("On 8 February, security forces abducted the 74-year-old brother of army defector "
                               f"Lieutenant Colonel Hussein Harmoush. {named}\n")
    assert again.relation == (f"duplicate_of:{first.id}" if duplicate else None)
    # (and the body found of him is of his side)
    assert (again.side, body.side) == (("civilian", "civilian") if duplicate else ("unknown", "unknown"))


def test_an_update_may_count_more_outcomes_than_the_figure_it_corrects() -> None:
    # the answer key's 002-48: "in all 100 ... killed or wounded" corrects the 72 killed
    rows = _rows("On 19 February, the SOHR reported that 72 defectors were killed as they tried to escape. "
                 "The next day, the SOHR stated that in all 100 defectors were killed or wounded.\n")
    assert [(r.outcome, r.relation) for r in rows] == [("killed", None), ("killed_or_wounded", f"update_of:{rows[0].id}")]


def test_a_bare_toll_a_day_on_updates_the_toll_before_it_across_paragraphs() -> None:
    rows = _rows("On 12 February, twin car bombs exploded in Damascus, killing 55 people.\n\n"
                 "By the next day, the death toll had risen to 70.\n\n"
                 "On 14 February, a further 6 of the wounded died, raising the toll to 76.\n")
    assert [(r.low, r.relation) for r in rows] == [
        (55, None), (70, f"update_of:{rows[0].id}"), (6, f"part_of:{rows[3].id}"), (76, f"update_of:{rows[1].id}")]
    # not a week on: another event's toll
    rows = _rows("On 2 February, a car bomb killed 55 people.\n\nOn 9 February, the death toll from shelling rose to 70.\n")
    assert [r.relation for r in rows] == [None, None]


def test_the_figure_revised_in_the_same_sentence_updates_it() -> None:
    rows = _rows("On 5 February, SOHR said 12 soldiers were killed, but the figure was later revised to 15.\n")
    assert [(r.low, r.relation) for r in rows] == [(12, None), (15, f"update_of:{rows[0].id}")]


@pytest.mark.parametrize("sentence", [
    "On 5 February, initial reports spoke of 30 dead; this was later revised down to 18.\n",
    "On 5 February, SANA said 30 soldiers died, a figure later revised to 18.\n",
])
def test_this_or_a_figure_revised_in_the_same_sentence_updates_it(sentence: str) -> None:
    rows = _rows(sentence)
    assert [(r.low, r.relation) for r in rows] == [(30, None), (18, f"update_of:{rows[0].id}")]


def test_other_sources_in_a_later_clause_give_another_count_of_the_figure_before_them() -> None:
    # the phrase after "though" speaks of its own clause's figure, which names the one before it
    rows = _rows("On 3 February, 14 soldiers were killed in an ambush.\n\n"
                 "Rebels said they had executed 18 soldiers captured in the fighting, "
                 "though other sources put the figure at 12.\n")
    assert [(r.low, r.relation) for r in rows] == [
        (14, None), (18, None), (12, f"alternative_of:{rows[1].id}")]


def test_a_toll_given_for_the_figure_just_told_is_another_count_of_it() -> None:
    rows = _rows("On 3 February, a suicide car bomb killed dozens of SDF fighters, with SOHR putting the toll at 34.\n")
    assert [(r.low, r.high, r.side, r.relation) for r in rows] == [
        (24, None, "opposition", None), (34, 34, "opposition", f"alternative_of:{rows[0].id}")]
    # the phrase that gives its own count is not another account of the figure before it
    rows = _rows("On 3 February, shelling killed 12 people, and the SOHR put the toll at 15.\n")
    assert [(r.low, r.relation) for r in rows] == [(12, None), (15, f"alternative_of:{rows[0].id}")]


def test_another_count_of_a_section_wide_date_is_of_its_own_paragraph_only() -> None:
    # a month's date is every event's of its section: another paragraph's figure is another event
    rows = _rows("In total, 68 HTS fighters and 45 soldiers were killed during the three-day battle.\n\n"
                 "The Observatory put the number of pro-government fighters killed at 31.\n")
    assert [(r.low, r.date, r.relation) for r in rows] == [(68, "2012-02", None), (45, "2012-02", None), (31, "2012-02", None)]
    rows = _rows("In total, 45 soldiers were killed during the three-day battle. "
                 "The Observatory put the number of pro-government fighters killed at 31.\n")
    assert [(r.low, r.relation) for r in rows] == [(45, None), (31, f"alternative_of:{rows[0].id}")]
    # a day's count is the same event's wherever it is told again
    rows = _rows("On 3 February, 45 soldiers were killed in the battle.\n\n"
                 "On 3 February, the Observatory put the number of soldiers killed at 31.\n")
    assert [(r.low, r.relation) for r in rows] == [(45, None), (31, f"alternative_of:{rows[0].id}")]


def test_a_higher_estimate_is_another_count_of_the_figure_before_it() -> None:
    rows = _rows("On 3 February, SANA said 40 people were killed in the attack. "
                 "Opposition activists said the toll was much higher, at around 100.\n")
    assert [(r.low, r.sources, r.relation) for r in rows] == [
        (40, ("SANA",), None), (100, ("activists",), f"alternative_of:{rows[0].id}")]


def test_a_report_right_after_the_articles_own_count_of_other_people_is_no_alternative() -> None:
    # rebels and ISIL fighters are both of the opposition here, but not the same people
    rows = _rows("On 1 February, ISIL fighters attacked the village, killing 4 rebels. "
                 "Rebels claimed to have killed 12 ISIL fighters in the ensuing battle.\n")
    assert [(r.low, r.relation) for r in rows] == [(4, None), (12, None)]


def test_a_further_count_from_another_source_is_more_deaths_not_an_alternative() -> None:
    rows = _rows("On 5 February, 9 Hezbollah fighters were killed in clashes, according to the Observatory. "
                 "Activists claimed that a further 20 Hezbollah fighters had died.\n")
    assert [r.relation for r in rows] == [None, None]
    rows = _rows("On 6 February, 9 soldiers were killed in Zabadani, the SOHR said. SANA said another 4 soldiers were killed in Zabadani.\n")
    assert [r.relation for r in rows] == [None, None]
    # without the word, the same day, place and paragraph from another source is another count
    rows = _rows("On 6 February, 9 soldiers were killed in Zabadani, the SOHR said. SANA said 4 soldiers were killed in Zabadani.\n")
    assert [r.relation for r in rows] == [None, f"alternative_of:{rows[0].id}"]


def test_a_toll_named_by_its_event_updates_the_events_count_days_later() -> None:
    rows = _rows("On 10 February, twin car bombs exploded in Damascus, killing 55 people.\n\n"
                 "On 11 February, the SOHR said the death toll from the bombings had risen to 70.\n")
    assert [r.relation for r in rows] == [None, f"update_of:{rows[0].id}"]
    # (a toll of another event, or weeks later, is not its update)
    rows = _rows("On 10 February, twin car bombs exploded in Damascus, killing 55 people.\n\n"
                 "On 11 February, the SOHR said the death toll from the shelling had risen to 70.\n")
    assert [r.relation for r in rows] == [None, None]


def test_those_also_killed_are_others_not_the_same_told_again() -> None:
    # the answer keys link no "were also killed" figure to one before it
    rows = _rows("On 8 February, an airstrike killed 6 people. Six people were also killed in Aleppo.\n")
    assert [r.relation for r in rows] == [None, None]
    rows = _rows("On 9 February, 9 soldiers were killed in Daraa. Nine soldiers also died in Idlib.\n")
    assert [r.relation for r in rows] == [None, None]


def test_an_update_replaces_a_part_of_a_total_of_no_side() -> None:
    rows = _rows(
        "On 10 March, 16 rebels were killed in an ambush, the Observatory reported. "
        "The rebel death toll was later updated, with AFP stating that 22 rebels were killed in Idlib Province "
        "out of the 39 killed in the whole of Syria.\n"
    )
    sixteen, twenty_two, total = rows
    assert twenty_two.relation == f"update_of:{sixteen.id}"
    assert (total.side, total.subject, total.relation) == ("unknown", "", None)


def test_a_raised_toll_of_no_side_updates_the_figure_of_no_side_before_it() -> None:
    # "later reports" are a new, anonymous account: the state TV of the sentence
    # before (which gives no figure) is not their reporter
    rows = _rows(
        "On 18 March, a car bomb killed 9 people in the Christian quarter. Syrian state TV blamed \"terrorist groups\". "
        "Later reports raised the toll to 14.\n"
    )
    nine, fourteen = rows
    assert (fourteen.low, fourteen.side, fourteen.sources) == (14, "unknown", ())
    assert fourteen.relation == f"update_of:{nine.id}"


@pytest.mark.parametrize("heading", ["Casualties", "Casualties and losses", "Losses", "Death toll"])
def test_a_casualties_section_sums_the_battle_up(heading: str) -> None:
    # probe 16 (al-Qusayr): the section's totals hold the body's figures of their side
    # and people; a dated incident told there is no total
    rows = _rows("On 9 February, rebels killed 19 Hezbollah fighters in an ambush. "
                 "On 12 February, 14 soldiers died.\n\n"
                 f"== {heading} ==\n"
                 "The SOHR documented the deaths of 68 soldiers. Hezbollah's losses were estimated at between 57 and 192 dead. "
                 "On 20 March, 9 soldiers were killed in an ambush.\n")
    ambush, fourteen, soldiers, hezbollah, grave = rows
    assert ambush.relation == f"part_of:{hezbollah.id}"
    assert fourteen.relation == f"part_of:{soldiers.id}"
    assert (soldiers.relation, hezbollah.relation, grave.relation) == (None, None, None)


def test_a_count_as_it_stood_by_a_day_holds_the_figures_before() -> None:
    # probe 16 (Saraqib): Turkey's claims, then its claim of all of them by a day
    rows = _rows('On 3 February, Turkey said it had "neutralized" 76 Syrian soldiers. On 10 February, Turkey said it had '
                 'killed 101 Syrian soldiers.\n\nOn 27 February, Turkey claimed that more than 2,000 Syrian soldiers had '
                 'been "neutralized" by 1 March.\n')
    first, second, total = rows
    assert (first.relation, second.relation, total.relation) == (f"part_of:{total.id}", f"part_of:{total.id}", None)


@pytest.mark.parametrize("by", ["By the end of the month", "By 28 February", "By late February",
                                "By the end of the battle", "By the end of the battle on 28 February"])
def test_a_count_by_the_end_of_a_month_holds_the_figures_before(by: str) -> None:
    rows = _rows(f"On 3 February, 12 soldiers were killed. On 5 February, 4 civilians died.\n\n"
                 f"{by}, 120 soldiers and 200 rebels had been killed, the SOHR said.\n")
    soldiers, civilians, total, rebels = rows
    assert (soldiers.relation, civilians.relation, total.relation) == (f"part_of:{total.id}", None, None)


@pytest.mark.parametrize("sentence", [
    # "by" and an agent, not a day
    "On 7 February, activists said 10 soldiers had been killed by Russian airstrikes.",
    # a day that dates another clause
    "By 7 February, the last positions had fallen; the SOHR said 25 soldiers had been killed.",
    # more on top of those told before
    "By 7 February, 25 more soldiers had been killed.",
])
def test_what_is_no_count_as_it_stood_by_a_day(sentence: str) -> None:
    first, later = _rows(f"On 3 February, 4 soldiers were killed.\n\n{sentence}\n")
    assert (first.relation, later.relation) == (None, None)


def test_another_reporters_count_of_the_same_days_toll_of_no_side_is_an_alternative() -> None:
    rows = _rows("On 14 February, 17 people were killed in shelling of Homs. The next day, the LCC said that 23 people "
                 "had died in Homs. SOHR reported 19 deaths in the city that day.\n")
    assert [(r.low, r.relation) for r in rows] == [(17, None), (23, None), (19, f"alternative_of:{rows[1].id}")]
    # (not the same reporter's, nor another day's)
    rows = _rows("On 14 February, the LCC said that 23 people had died in Homs. On 15 February, SOHR reported 19 deaths.\n")
    assert [r.relation for r in rows] == [None, None]


def test_the_same_toll_of_no_side_told_again_is_a_duplicate() -> None:
    rows = _rows("On 10 February, twin car bombs exploded in Damascus, killing 55 people and wounding 372. Al-Nusra "
                 "Front claimed responsibility for the attack, which killed 55 people according to the Interior Ministry.\n")
    assert [(r.low, r.relation) for r in rows] == [(55, None), (372, None), (55, f"duplicate_of:{rows[0].id}")]
    # (not another day's same count)
    rows = _rows("On 10 February, a car bomb killed 5 people. On 12 February, shelling killed 5 people.\n")
    assert [r.relation for r in rows] == [None, None]


def test_a_reporters_revision_of_its_own_count_updates_that_count() -> None:
    # probe 17 (Khan Tuman): the SOHR's raised toll of pro-government fighters revises its own 30
    # of the day before, not the 13 Iranian advisers Iranian media told of that day
    rows = _rows("On 5 February, the SOHR reported that 43 rebels and 30 pro-government fighters died in the fighting.\n\n"
                 "On 6 February, Iranian media reported that 13 Iranian advisers were killed in the battle. Later in "
                 "the day, the SOHR raised the toll of pro-government fighters to 73.\n")
    rebels, thirty, advisers, raised = rows
    assert (advisers.relation, raised.relation) == (None, f"update_of:{thirty.id}")
    # (a count weeks later is of another event)
    rows = _rows("On 5 February, the SOHR said 10 soldiers were killed in an ambush.\n\n"
                 "On 20 February, the SOHR said the death toll of soldiers in a new attack rose to 15.\n")
    assert [r.relation for r in rows] == [None, None]


def test_a_total_of_the_days_of_fighting_holds_their_figures() -> None:
    rows = _rows("On 14 February, according to the SOHR, 17 soldiers were killed.\n\nThe following day, 8 more soldiers "
                 "were killed, the Observatory said.\n\nOn 17 February, the army withdrew. In total, 38 soldiers were "
                 "killed during the three days of fighting, according to the SOHR.\n")
    first, second, total = rows
    assert (first.relation, second.relation, total.relation) == (f"part_of:{total.id}", f"part_of:{total.id}", None)


def test_a_months_total_holds_the_months_figures() -> None:
    rows = _rows("On 3 February, 12 soldiers were killed. On 20 February, 9 soldiers died.\n\n"
                 "A total of 173 soldiers and 89 rebels died in February, according to SOHR figures.\n")
    assert [r.relation for r in rows] == [f"part_of:{rows[2].id}", f"part_of:{rows[2].id}", None, None]
    # one event's total holds nothing
    rows = _rows("On 3 February, 12 soldiers were killed in shelling. In late February, a car bomb killed a total of "
                 "40 soldiers.\n")
    assert [r.relation for r in rows] == [None, None]


def test_a_section_not_summing_up_holds_nothing() -> None:
    rows = _rows("On 9 February, 14 soldiers died.\n\n== Fighting ==\nThe SOHR documented the deaths of 68 soldiers.\n")
    assert [r.relation for r in rows] == [None, None]


def test_that_year_after_a_day_is_the_days_year_and_the_later_toll_updates_it() -> None:
    # probe 16: "that year" compares, it tells no time of its own
    rows = _rows("On 14 February, a car bomb in Jaramana killed 12 people and wounded 48.\n\n"
                 "The Jaramana bombing of 14 February was the deadliest attack in the suburb that year; "
                 "the death toll later rose to 17.\n")
    killed, _, later = rows
    assert (later.date, later.relation) == ("2012-02-14", f"update_of:{killed.id}")


def test_the_toll_of_an_event_named_by_its_weekday_updates_it() -> None:
    # "Tuesday's bombing" names the day of the event the toll is of, not a day after 17 February
    rows = _rows("On Wednesday, 15 February, a car bomb exploded in Deir ez-Zor, killing 9 people.\n\n"
                 "On 17 February, the death toll from Wednesday's bombing rose to 14, activists said.\n")
    first, later = rows
    assert (later.date, later.relation) == ("2012-02-15", f"update_of:{first.id}")


def test_a_toll_revised_down_updates_it() -> None:
    rows = _rows("On 9 February, twin bombings in Damascus killed 55 people and wounded 372, the interior ministry said. "
                 "The next day, the toll was revised down to 48.\n")
    killed, _, revised = rows
    assert (revised.low, revised.date, revised.relation) == (48, "2012-02-10", f"update_of:{killed.id}")


def test_the_same_count_of_the_same_day_elsewhere_is_another_event() -> None:
    rows = _rows("On 12 February, 9 soldiers were killed in Daraa. Nine soldiers were also reported killed in Idlib.\n\n"
                 "On 14 February, 9 soldiers were killed in Daraa. The SOHR said 9 soldiers had died in Daraa that day.\n")
    assert [r.relation for r in rows] == [None, None, None, f"duplicate_of:{rows[2].id}"]


@pytest.mark.parametrize("verb", ["had reached", "reached", "had risen to", "has climbed to"])
def test_the_toll_as_it_stood_later_updates_the_figure_of_the_paragraph(verb: str) -> None:
    # probe 16: the toll of an assault, told again a week on by another reporter
    rows = _rows("On 3 February, activists said at least 42 people were killed in the city. "
                 f"By 10 February, the toll {verb} 60, according to the LCC.\n")
    first, later = rows
    assert (later.low, later.relation) == (60, f"update_of:{first.id}")


def test_a_bare_toll_raised_by_a_reporter_updates_the_one_sided_event_before_it() -> None:
    rows = _rows("On 8 February, airstrikes on a market killed 21 civilians. Activists blamed Russian jets. "
                 "Local activists later raised the death toll to 27.\n")
    assert [(r.low, r.side, r.sources, r.relation) for r in rows] == [
        (21, "civilian", (), None), (27, "civilian", ("activists",), f"update_of:{rows[0].id}")]
    # a toll with a part of its own counts more than the one kind of people before it
    rows = _rows("On 8 February, at least 30 rebels were killed. "
                 "On 9 February, the SOHR said the death toll had risen to 61, including 20 civilians.\n")
    assert [(r.low, r.side, r.relation) for r in rows] == [
        (30, "opposition", None), (61, "unknown", None), (20, "civilian", f"part_of:{rows[1].id}")]
    # the toll of an event of two sides is of neither
    rows = _rows("On 8 February, shelling killed 21 civilians and 4 soldiers. "
                 "Local activists later raised the death toll to 27.\n")
    assert [(r.low, r.side, r.relation) for r in rows] == [
        (21, "civilian", None), (4, "government", None), (27, "unknown", None)]


def test_a_toll_that_borrows_its_people_from_the_figure_before_updates_it() -> None:
    # "the death toll rose to 17" names no people; it takes "people" from the figure before,
    # which makes it no less a bare toll of that event
    rows = _rows("On 15 February, activists reported that 6 people, including a woman, were killed when security "
                 "forces opened fire on a demonstration in Dael. Later in the day, the death toll rose to 17.\n")
    assert [(r.low, r.relation) for r in rows] == [(6, None), (1, f"part_of:{rows[0].id}"), (17, f"update_of:{rows[0].id}")]
    assert rows[2].side == rows[0].side


def test_the_number_told_before_risen_updates_it() -> None:
    rows = _rows("On 3 February, 9 soldiers were killed in Idlib. By the evening, the number had risen to 14.\n")
    assert [(r.low, r.relation) for r in rows] == [(9, None), (14, f"update_of:{rows[0].id}")]
    # a number of something else is no count of the dead
    assert _rows("On 3 February, the number of troops rose to 5,000.\n") == []


def test_a_figure_of_no_side_without_an_update_mark_stays_unlinked() -> None:
    rows = _rows("On 18 March, a car bomb killed 9 people in Homs. On 18 March, a shell killed 4 people in Hama.\n")
    assert [r.relation for r in rows] == [None, None]


def test_same_place_allows_for_transliteration() -> None:
    assert same_place("Maarat al-Numan", "Maaret Numan")
    assert not same_place("Hama", "Homs")


def test_a_tally_since_the_start_holds_the_figures_before_it() -> None:
    # each day's dead, then the monitor's count of everyone since the first day:
    # summing them all would count every soldier twice
    rows = _rows("On 5 February, 30 soldiers were killed in the assault. On 7 February, 20 soldiers died in an ambush. "
                 "On 9 February, 12 rebels were killed.\n\n"
                 "On 12 February, the SOHR put the number of soldiers killed since 5 February at 73.\n")
    thirty, twenty, rebels, tally = rows
    assert tally.date_precision == "range" and tally.relation is None
    assert (thirty.relation, twenty.relation) == (f"part_of:{tally.id}", f"part_of:{tally.id}")
    assert rebels.relation is None  # another side's dead are no part of it
    rows = _rows("On 5 February, 30 soldiers were killed. By 20 February, at least 90 soldiers had been killed "
                 "since the start of the offensive.\n")
    assert rows[0].relation == f"part_of:{rows[1].id}"
    # two groups of one side: each tally holds its own group's dead
    rows = _rows("On 2 February, the SOHR said 20 IS militants and 2 YPG fighters were killed.\n\n"
                 "On 15 February, the SOHR said that 290 IS militants and 14 YPG fighters had been killed "
                 "since the start of the offensive.\n")
    assert [(r.low, r.relation) for r in rows] == [
        (20, f"part_of:{rows[2].id}"), (2, f"part_of:{rows[3].id}"), (290, None), (14, None)]


def test_a_total_toll_of_the_siege_holds_the_figures_before_it() -> None:
    rows = _rows("On 5 February, 17 civilians and 9 soldiers were killed.\n\n"
                 "== March ==\nOn 2 March, the SOHR put the total death toll of the siege at 62 rebels, 131 soldiers "
                 "and 140 civilians.\n")
    assert [(r.low, r.relation) for r in rows] == [
        (17, f"part_of:{rows[4].id}"), (9, f"part_of:{rows[3].id}"), (62, None), (131, None), (140, None)]
    # a total of one event holds nothing
    rows = _rows("On 5 February, 17 civilians were killed.\n\n"
                 "== March ==\nOn 2 March, the total death toll of the bombing rose to 40 civilians.\n")
    assert [r.relation for r in rows] == [None, None]


def test_a_count_during_the_offensive_told_of_no_day_holds_the_figures_before_it() -> None:
    rows = _rows("On 5 February, 12 soldiers were killed in Hama. On 9 February, 20 soldiers died in an ambush.\n\n"
                 "== Casualties ==\nAccording to the SOHR, 1,500 rebels and 900 soldiers were killed during the offensive.\n")
    assert [(r.low, r.relation) for r in rows] == [
        (12, f"part_of:{rows[3].id}"), (20, f"part_of:{rows[3].id}"), (1500, None), (900, None)]
    # a day's fight during the offensive is that day's
    rows = _rows("On 5 February, 12 soldiers were killed in Hama. On 9 February, 20 soldiers were killed during the offensive.\n")
    assert [r.relation for r in rows] == [None, None]


@pytest.mark.parametrize(("later", "kind"), [
    # twenty-fourth round: "the 23 victims of the bombing", two days on, were 23 more dead
    ("On 16 February, funerals were held for the 23 victims of the bombing.", "duplicate_of"),
    # (a count of its own, not given as known, is another event's)
    ("On 16 February, another car bomb killed 23 people.", None),
    # twenty-fourth round: another reporter's count of the day before, told in the next paragraph
    ("On 15 February, SANA reported that 25 people had been killed in the bombing the previous day.", "alternative_of"),
    # (with no word of that day, a count of the same day further on is another event's)
    ("On 14 February, SANA reported that 25 people had been killed in another bombing.", None),
])
def test_the_same_dead_told_again_in_a_later_paragraph(later: str, kind: str | None) -> None:
    first, again = _rows(f"On 14 February, a car bomb in the main square killed 23 people, the SOHR said.\n\n{later}\n")
    assert again.relation == (f"{kind}:{first.id}" if kind else None)


def test_the_dead_told_as_known_among_a_total_link_the_first_telling_to_it() -> None:
    # the answer keys' 000-23 and 000-24: the 20 were a part of the 100 twice over (the second
    # telling a part, the first counted beside the total)
    first, again, total = _rows("On 28 February, government forces shelled Halfaya, killing 20 civilian villagers. "
                                "Activists said the 20 deaths of villagers there were among at least 100 killed in the "
                                "province in the last two weeks.\n")
    assert (first.relation, again.relation, total.relation) == (f"part_of:{total.id}", f"duplicate_of:{first.id}", None)


@pytest.mark.parametrize(("later", "duplicate"), [
    # the answer key's 002-21: "40 more" told again with its open bound
    ("Eight were killed and at least 40 more were wounded.", True),
    # ("more" than those told before is others)
    ("Later that day, 40 more were wounded in shelling.", False),
])
def test_more_told_again_with_an_open_bound_is_a_duplicate(later: str, duplicate: bool) -> None:
    rows = _rows(f"On 26 February, rebels killed eight soldiers and wounded 40 more in an attack in Idlib. {later}\n")
    assert rows[-1].relation == (f"duplicate_of:{rows[1].id}" if duplicate else None)


def test_the_dead_told_of_as_known_in_the_same_sentence_are_a_duplicate() -> None:
    # the answer key's 002-3: 'killed at least four civilians ..., activists said, "The four died ..."'
    first, again = _rows('On 29 February, troops killed at least four civilians, activists said, "The four died in '
                         'random firing on the village."\n')
    assert (again.low, again.relation) == (4, f"duplicate_of:{first.id}")


def test_a_summary_of_the_governments_forces_holds_each_of_its_groups() -> None:
    # twenty-fourth round (Nubl): "Government forces: 300+ killed" held none of the soldiers and
    # NDF militiamen before it (no word in common), and the column summed them all on top of it
    rows = _rows("On 5 February, 17 soldiers were killed. On 9 February, 23 NDF militiamen died. On 12 February, 12 rebels "
                 "were killed.\n\n"
                 "== Casualties ==\n* Government forces: 300+ killed\n* Rebels: 150+ killed\n")
    assert [(r.low, r.relation) for r in rows] == [
        (17, f"part_of:{rows[3].id}"), (23, f"part_of:{rows[3].id}"), (12, f"part_of:{rows[4].id}"), (300, None), (150, None)]


def test_the_leads_totals_hold_the_bodys_figures() -> None:
    art = casualtylib.read_article(
        "= Battle of X (2012) =\n\nInfobox\n- Date: 1–31 May 2012\n- Combatant1: Free Syrian Army\n"
        "- Combatant2: Syrian Arab Republic\n- Casualties1: 50 killed\n- Casualties2: 120 killed\n\n"
        "The Battle of X was fought in May 2012. It left at least 120 soldiers and 50 rebels dead, according to the SOHR.\n\n"
        "== Battle ==\nOn 3 May, 20 soldiers were killed in an ambush. On 10 May, 30 rebels died in shelling.\n")
    rows = casualtylib.incidents(art)
    assert [(r.low, r.relation) for r in rows] == [
        (120, None), (50, None), (20, f"part_of:{rows[0].id}"), (30, f"part_of:{rows[1].id}")]
    # so the reconciler sums each side once
    assert casualtylib.reconcile(art)["incident_low"].tolist() == [50, 120]
    # an event of the lead, on its day, holds nothing
    art = casualtylib.read_article(
        "= Battle of X (2012) =\n\nInfobox\n- Date: 1–31 May 2012\n\n"
        "On 2 May, an ambush killed 40 soldiers.\n\n== Battle ==\nOn 3 May, 20 soldiers were killed.\n")
    assert [r.relation for r in casualtylib.incidents(art)] == [None, None]


def test_a_count_since_the_year_began_holds_its_days_and_one_of_another_outcome_holds_nothing() -> None:
    # the year's count spans 1 January to the report: the 30 of 5 February are among its 200
    rows = _rows("On 5 February, 30 soldiers were killed. On 20 February, activists said 200 soldiers had been killed "
                 "since the start of the year.\n")
    assert rows[1].date == "2012-01-01/2012-02-20"
    assert [r.relation for r in rows] == [f"part_of:{rows[1].id}", None]
    rows = _rows("On 5 February, 30 soldiers were wounded. By 20 February, 90 soldiers had been killed "
                 "since the start of the offensive.\n")
    assert [r.relation for r in rows] == [None, None]


def test_a_tally_of_the_whole_battle_holds_the_figure_it_would_have_updated() -> None:
    # "In all" marks an update, but a count of the whole battle holds the day's figure as a
    # part: linking it both ways (update of it, and it part of the tally) was a cycle
    rows = _rows("=== March ===\nOn 21 March, six fighters were killed by snipers. On 31 March, the city was "
                 "retaken. In all, about 700 fighters were killed during the battle.\n")
    six, total = _by_quote(rows, "six"), _by_quote(rows, "700")
    assert (six.relation, total.relation) == (f"part_of:{total.id}", None)
    assert total.date == "2012-02-01/2012-03-31"


def test_a_months_total_holds_that_months_figures_only() -> None:
    rows = _rows("On 5 February, the SOHR put the number of dead soldiers at 12.\n\n=== March ===\n"
                 "On 14 March, 5 soldiers were killed. In total, 18 soldiers were killed during March, "
                 "according to the Observatory.\n")
    twelve, five, total = rows
    assert (twelve.relation, five.relation, total.relation) == (None, f"part_of:{total.id}", None)


def test_a_count_by_then_holds_the_figures_before_it() -> None:
    # "By then" is the day told last: everyone of the side killed up to it
    rows = _rows("On 3 February, 23 soldiers were killed.\n\n=== March ===\nOn 14 March, 5 soldiers were killed. "
                 "The next day, a ceasefire was agreed. By then, the SOHR estimated that 110 soldiers had died in the siege.\n")
    first, second, total = rows
    assert (first.relation, second.relation, total.relation) == (f"part_of:{total.id}", f"part_of:{total.id}", None)


def test_a_figure_of_the_month_a_tally_starts_in_is_of_its_days() -> None:
    # the battle began on 3 February; "in mid-February" is of the days the tally counts
    art = casualtylib.read_article(
        "= Battle of X =\n\nInfobox\n- Date: 3 February – 31 March 2012\n\n== February ==\n"
        "In mid-February, rebels killed around 10 soldiers.\n\n== March ==\n"
        "In total, the SOHR recorded 60 soldiers killed over the course of the battle.\n")
    ten, total = casualtylib.incidents(art)
    assert (ten.date, total.date, ten.relation) == ("2012-02", "2012-02-03/2012-03-31", f"part_of:{total.id}")


def test_a_later_count_of_other_people_of_the_side_updates_nothing() -> None:
    # two groups of one side (the model's "opposition"): ISIL's dead do not correct the rebels'
    rows = _rows("On 6 February, 6 FSA fighters were killed by snipers. In all, the number of ISIL militants "
                 "killed was estimated at 250.\n")
    assert [(r.low, r.relation) for r in rows] == [(6, None), (250, None)]
    # the same people's later count still does
    rows = _rows("On 6 February, 6 FSA fighters were killed by snipers. In all, 25 FSA fighters were killed that day.\n")
    assert [(r.low, r.relation) for r in rows] == [(6, None), (25, f"update_of:{rows[0].id}")]


def test_a_reporters_counts_of_days_of_fighting_update_each_other() -> None:
    # twenty-fifth round: the SOHR's count of the first day, raised the next (its people named with fewer
    # words), then its total of the days; state media's count of the first day is another account of it
    rows = _rows("On 2 February, ISIL attacked the airbase. The SOHR said 35 ISIL militants and 19 soldiers were killed. "
                 'Government media claimed that 120 "terrorists" had been killed.\n\n'
                 "On 3 February, the assault continued. By nightfall, the toll had risen to 61 militants and 27 soldiers, "
                 "according to the SOHR.\n\n"
                 "On 4 February, ISIL withdrew. The Observatory put the total toll of the three-day assault at 78 ISIL "
                 "fighters and 31 soldiers.\n")
    militants, soldiers, terrorists, militants2, soldiers2, militants3, soldiers3 = rows
    assert [r.relation for r in rows] == [
        None, None, f"alternative_of:{militants.id}", f"update_of:{militants.id}", f"update_of:{soldiers.id}",
        f"update_of:{militants2.id}", f"update_of:{soldiers2.id}"]
