"""Side from the subject: the head noun decides, the table is data."""

from __future__ import annotations

import pytest

from casualtylib import sides
from casualtylib.sides import side_of

CASES = [
    # a generic word for armed men names no side once their group is named
    ("Hezbollah militants", "government"), ("Hezbollah gunmen", "government"), ("ISIL militants", "opposition"),
    # aligned with or loyal to the government; Iraq's Popular Mobilization Forces
    ("government-aligned forces", "government"), ("troops loyal to Assad", "government"),
    ("members of the Hashd al-Shaabi", "government"), ("Popular Mobilization Forces fighters", "government"),
    # a country's forces and losses in its own war
    ("Iraqi forces", "government"), ("Syrian security forces", "government"), ("Iraqi losses", "government"),
    ("Syrian casualties", "government"),
    # infants and couples are civilians
    ("3-month-old baby", "civilian"), ("10-day-old", "civilian"), ("elderly couple", "civilian"),
    # the government's allies' forces, as their soldiers were
    ("Iranian forces", "government"), ("Russian troops", "government"),
    # so are people who fled the fighting, and a victim's kin (people alone are of no side)
    ("displaced people", "civilian"), ("IDPs", "civilian"), ("his relatives", "civilian"), ("people", "unknown"),
    ("70-year-old grandfather", "civilian"), ("their parents", "civilian"), ("his uncle", "civilian"),
    # who left the army are defectors (opposition), whatever their rank
    ("a defected officer", "opposition"), ("defected army officers", "opposition"), ("deserted soldiers", "opposition"),
    # Iraq's state forces against ISIL
    ("members of the Counter Terrorism Service", "government"), ("Golden Division soldiers", "government"),
    # a religious community counted alone is its people; armed, it is read by its head noun
    ("Alawites", "civilian"), ("Christians", "civilian"), ("Yazidis", "civilian"),
    ("Christian fighters", "opposition"), ("Druze militiamen", "government"),
    # the Kurdish-led forces' police
    ("Asayish members", "opposition"),
    # the pro-government militia in the singular and in American spelling
    ("member of the National Defence Force", "government"), ("National Defense Forces fighters", "government"),
    # a word of what kind between "pro-government" and its noun
    ("members of a pro-government tribal militia", "government"), ("pro-regime Shia militias", "government"),
    ("judge", "civilian"), ("priests", "civilian"),
    # a person named by age alone: a child is a civilian, an adult of no side
    ("16-year-old", "civilian"), ("a ten-year-old", "civilian"), ("30-year-old", "unknown"),
    ("soldiers", "government"), ("members of the security forces", "government"), ("SAA soldiers", "government"),
    ("Syrian secret police", "government"), ("police students", "government"), ("army engineer", "government"),
    ("shabiha", "government"), ("loyalists", "government"), ("pro-government militia", "government"),
    ("rebels", "opposition"), ("HTS fighters", "opposition"), ("army defectors", "opposition"),
    ("police deserter", "opposition"), ("armed men", "opposition"), ("gunmen", "opposition"),
    ("opposition fighters", "opposition"), ("FSA fighters", "opposition"), ("SNA fighters", "opposition"),
    # the insurgents of the region's other wars (probe 16, the battle of Hodeidah)
    ("passers-by", "civilian"), ("bystanders", "civilian"),
    ("Houthis", "opposition"), ("Taliban fighters", "opposition"), ("al-Shabaab militants", "opposition"),
    ("pro-Russian separatists", "opposition"), ("separatist fighters", "opposition"),
    ("SDF", "opposition"), ("the Syrian Democratic Forces", "opposition"),
    # the FSA's provincial commands, not the army
    ("head of the Hama military council", "opposition"), ("the military", "government"),
    ("civilians", "civilian"), ("protesters", "civilian"), ("anti-government demonstrators", "civilian"),
    ("government employees of a defense-related factory", "civilian"), ("journalists", "civilian"),
    ("children", "civilian"), ("villagers", "civilian"), ("Lebanese hostages", "civilian"),
    ("people", "unknown"), ("bodies", "unknown"), ("rebel or civilian", "unknown"), ("", "unknown"),
    ("people on both sides", "unknown"),
    # a government modifier over a fighter noun; "anti-" turns it
    ("government fighters", "government"), ("pro-regime fighters", "government"),
    ("anti-government fighters", "opposition"),
    # a rank or a generic noun yields to any side word before it
    ("rebel commanders", "opposition"), ("FSA commanders", "opposition"), ("Hezbollah commander", "government"),
    # pro-government forces known by name
    ("Liwa al-Quds fighters", "government"), ("Tiger Forces members", "government"), ("IRGC members", "government"),
    ("Russian advisers", "government"), ("Afghan Shia fighters", "government"),
    # a side's losses named by its adjective
    ("government losses", "government"), ("Regime casualties", "government"), ("opposition losses", "opposition"),
    ("anti-government losses", "unknown"),
    # every part of a joined subject must be of the side
    ("rebels and civilians", "unknown"), ("soldiers and members of pro-government militias", "government"),
    ("men, women and children", "civilian"),
    ("U.S. Marines", "government"), ("paratroopers", "government"), ("interpreter", "civilian"),
    # a neutral head takes the side of its "of" phrase; a side word before it wins
    ("a commander of the Nusra Front", "opposition"), ("a senior commander of ISIL", "opposition"),
    ("rebel commander of the brigade", "opposition"), ("commander of the 4th Division", "government"),
    ("grandchildren", "civilian"), ("fishermen", "civilian"), ("reservists", "government"), ("mercenaries", "unknown"),
    # the civil defence are rescuers; Iran's fighters and those it backs fought for the government
    ("members of the White Helmets", "civilian"), ("civil defence volunteers", "civilian"),
    ("law enforcement members", "government"), ("rebel side", "opposition"), ("government side", "government"),
    ("medical staff", "civilian"), ("medical personnel", "civilian"),
    ("members of the Islamic State", "opposition"), ("Daesh", "opposition"),
    ("Wagner Group contractors", "government"), ("Russian mercenaries", "government"), ("Iranian fighters", "government"), ("Iranian-backed militias", "government"), ("Turkish-backed fighters", "opposition"),
    # Turkey's own forces fought against the government's, never beside them
    ("Turkish soldiers", "opposition"), ("Turkish troops", "opposition"),
    ("opposition commander", "opposition"), ("opposition members", "opposition"),
    ("pupils", "civilian"), ("schoolchildren", "civilian"),
    # abbreviated ranks before a name, as their full forms are
    ("Lt. Col. Ahmad Hassan", "government"), ("Brig. Gen. Adi Ghosa", "government"),
    # a party's losses named by the party
    ("Kurdish losses", "opposition"), ("ISIL losses", "opposition"), ("Hezbollah losses", "government"),
    ("army casualties", "government"),
    ("members of the Syrian Arab Red Crescent", "civilian"), ("Red Cross staff", "civilian"),
    ("Iranian advisors", "government"), ("Russian military advisors", "government"),
    ("surgeon", "civilian"), ("patients", "civilian"), ("bakers", "civilian"),
    # a role owned by a group is the group's; an owner does not turn a noun of a side
    ("The FSA's Colonel Riad al-Asaad", "opposition"), ("Hezbollah's commanders", "government"),
    ("the army's defectors", "opposition"), ("the group's fighters", "opposition"),
    ("Assad's forces", "government"), ("pro-Assad fighters", "government"),
    # a neutral head after "from", and a group the side words do not know
    ("commanders from Jaish al-Islam", "opposition"), ("a commander of the Islamic Front", "opposition"),
    ("garrison", "government"), ("rebel garrison", "opposition"),
    # a group named whole, whatever its words are elsewhere ("Army of Islam" is no army)
    ("Army of Islam fighters", "opposition"), ("Baath Brigades fighters", "government"), ("SSNP fighters", "government"),
    ("popular committees members", "government"), ("Syrian Army defectors", "opposition"),
    ("pro-government gunmen", "government"), ("regime thugs", "government"),
    # the militias' other names
    ("Ba'ath Battalions fighters", "government"), ("Suqour al-Sahara fighters", "government"),
]


@pytest.mark.parametrize(("subject", "side"), CASES)
def test_side_of(subject: str, side: str) -> None:
    assert side_of(subject) == side


def test_register_extends_the_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sides, "_extra", {})
    sides._patterns.cache_clear()
    assert side_of("Qaterji Brigade") == "unknown"
    sides.register("government", "qaterji brigade")
    assert side_of("Qaterji Brigade") == "government"
    sides._extra.clear()
    sides._patterns.cache_clear()


def test_register_rejects_unknown_side() -> None:
    with pytest.raises(ValueError, match="unknown side 'rebel'"):
        sides.register("rebel", "x")
