"""parse_casualties, specified by tables of real infobox strings.

Each case names where its string comes from: ``seed-NNN`` for the bundled
seeds' infoboxes, ``issue-2`` for the forms the foundation issue lists, and
``form:`` for a common Wikipedia infobox style. Expected figures are tuples
``(low, high, qualifier, outcome, subject, unit, attribution)``.
"""

from __future__ import annotations

import pytest

from casualtylib import ParseError, parse_casualties

CASES = [
    # -- the seeds' infoboxes ------------------------------------------------------------
    ("seed-000 casualties1", "1,403 opposition protesters and FSA fighters killed*",
     [(1403, 1403, "exact", "killed", "opposition protesters and FSA fighters", "person", None)]),
    ("seed-000 casualties2", "120 killed", [(120, 120, "exact", "killed", "", "person", None)]),
    ("seed-001 casualties3", "90–200 civilians killed", [(90, 200, "range", "killed", "civilians", "person", None)]),
    ("seed-002 casualties1", "806 opposition fighters and defectors killed, (opposition claims)",
     [(806, 806, "exact", "killed", "opposition fighters and defectors", "person", "opposition")]),
    ("seed-002 casualties2", "Unknown", []),
    # a model's number is of its name, not a count (Battle of al-Bab's infobox)
    ("a model with a number", "10 Leopard 2 tanks destroyed", [(10, 10, "exact", "destroyed", "Leopard 2 tanks", "vehicle", None)]),
    ("a date, then a count", "On 23 February 500 soldiers defected",
     [(500, 500, "exact", "defected", "soldiers", "person", None)]),
    # a note that dates itself still names its source (the year stays in the residue)
    ("dated note", "10,000+ killed (SOHR, by 2016)", [(10000, None, "at_least", "killed", "", "person", "SOHR")]),
    ("a share beside a count", "200 killed (30% civilians)", [(200, 200, "exact", "killed", "", "person", None)]),
    # when, after the count, is no one counted (it was the subject "later")
    ("a later death in brackets", "3 killed, 8 wounded (1 later died)",
     [(3, 3, "exact", "killed", "", "person", None), (8, 8, "exact", "wounded", "", "person", None),
      (1, 1, "exact", "killed", "", "person", None)]),
    ("dated note with a month", "500 killed (SOHR, as of March 2015)", [(500, 500, "exact", "killed", "", "person", "SOHR")]),
    ("seed-003 casualties1", "441 fighters killed, 3 tanks lost",
     [(441, 441, "exact", "killed", "fighters", "person", None), (3, 3, "exact", "lost", "tanks", "vehicle", None)]),
    ("seed-003 casualties2",
     "1,659 soldiers killed, 132 armoured vehicles destroyed, 1 Su-22 jet bomber shot down, "
     "1 MiG-23 jet shot down, 2 L-39 jet shot down, 3 Mi-17 helicopters shot down.",
     [(1659, 1659, "exact", "killed", "soldiers", "person", None),
      (132, 132, "exact", "destroyed", "armoured vehicles", "vehicle", None),
      (1, 1, "exact", "shot_down", "Su-22 jet bomber", "aircraft", None),
      (1, 1, "exact", "shot_down", "MiG-23 jet", "aircraft", None),
      (2, 2, "exact", "shot_down", "L-39 jet", "aircraft", None),
      (3, 3, "exact", "shot_down", "Mi-17 helicopters", "aircraft", None)]),
    ("seed-003 casualties3", "at least 50 civilians killed", [(50, None, "at_least", "killed", "civilians", "person", None)]),
    ("seed-004 casualties1", "73+ fighters killed, 5 fighters killed",
     [(73, None, "at_least", "killed", "fighters", "person", None), (5, 5, "exact", "killed", "fighters", "person", None)]),
    ("seed-004 casualties3", "17+ civilians killed 115,000 people displaced",
     [(17, None, "at_least", "killed", "civilians", "person", None),
      (115000, 115000, "exact", "displaced", "people", "person", None)]),
    # -- the forms issue 2 lists ---------------------------------------------------------------
    ("issue-2 space thousands", "1 403 killed", [(1403, 1403, "exact", "killed", "", "person", None)]),
    ("issue-2 space thousands", "115 000 displaced", [(115000, 115000, "exact", "displaced", "", "person", None)]),
    ("issue-2 em dash", "2,500—3,000 killed", [(2500, 3000, "range", "killed", "", "person", None)]),
    ("issue-2 to", "100 to 150 killed", [(100, 150, "range", "killed", "", "person", None)]),
    ("issue-2 between", "between 200 and 300 soldiers killed", [(200, 300, "range", "killed", "soldiers", "person", None)]),
    ("issue-2 more than", "More than 100 killed", [(100, None, "at_least", "killed", "", "person", None)]),
    ("issue-2 over", "Over 1,000 killed", [(1000, None, "at_least", "killed", "", "person", None)]),
    ("issue-2 up to", "Up to 1,000 killed", [(0, 1000, "at_most", "killed", "", "person", None)]),
    ("issue-2 about", "about 500 killed", [(500, 500, "approximate", "killed", "", "person", None)]),
    ("issue-2 tilde", "~2,500 killed", [(2500, 2500, "approximate", "killed", "", "person", None)]),
    ("issue-2 c.", "c. 500 killed", [(500, 500, "approximate", "killed", "", "person", None)]),
    ("issue-2 ca.", "ca. 300 wounded", [(300, 300, "approximate", "wounded", "", "person", None)]),
    # twenty-first round: more or less, hundreds in digits, the opposition's word for its dead
    ("probe plus-minus", "+/- 500 killed", [(500, 500, "approximate", "killed", "", "person", None)]),
    ("probe hundreds in digits", "100s of fighters killed", [(200, None, "vague", "killed", "fighters", "person", None)]),
    ("probe thousands in digits", "1,000s killed", [(2000, None, "vague", "killed", "", "person", None)]),
    ("probe martyred", "120 martyred", [(120, 120, "exact", "killed", "", "person", None)]),
    ("issue-2 est.", "est. 10,000 killed", [(10000, 10000, "approximate", "killed", "", "person", None)]),
    ("issue-2 words", "six soldiers killed", [(6, 6, "exact", "killed", "soldiers", "person", None)]),
    ("issue-2 a dozen", "a dozen soldiers captured", [(12, 12, "exact", "captured", "soldiers", "person", None)]),
    ("issue-2 hyphenated words", "twenty-one killed", [(21, 21, "exact", "killed", "", "person", None)]),
    ("issue-2 several", "several killed", [(3, None, "vague", "killed", "", "person", None)]),
    ("issue-2 dozens", "Dozens killed", [(24, None, "vague", "killed", "", "person", None)]),
    ("issue-2 hundreds", "hundreds of civilians killed", [(200, None, "vague", "killed", "civilians", "person", None)]),
    ("issue-2 Arabic-Indic digits", "١٤٠٣ killed", [(1403, 1403, "exact", "killed", "", "person", None)]),
    ("issue-2 full-width digits", "１２ soldiers killed", [(12, 12, "exact", "killed", "soldiers", "person", None)]),
    ("issue-2 footnote marks", "12 killed[3][4]", [(12, 12, "exact", "killed", "", "person", None)]),
    ("issue-2 letter footnote", "300 killed[a]", [(300, 300, "exact", "killed", "", "person", None)]),
    ("issue-2 ref tag", "12 killed<ref>Reuters, 5 May 2011</ref>", [(12, 12, "exact", "killed", "", "person", None)]),
    ("issue-2 ref inside range", "1,200<ref name=x>SOHR 2012</ref>–1,500+ killed",
     [(1200, None, "at_least", "killed", "", "person", None)]),
    ("issue-2 footnotes inside range", "20[4] – 25[5] killed", [(20, 25, "range", "killed", "", "person", None)]),
    ("issue-2 doubled comma", "300–600 killed,, 12+ missing",
     [(300, 600, "range", "killed", "", "person", None), (12, None, "at_least", "missing", "", "person", None)]),
    ("issue-2 label", "killed: 12", [(12, 12, "exact", "killed", "", "person", None)]),
    ("issue-2 SOHR claim", "1,700+ killed (SOHR claim)", [(1700, None, "at_least", "killed", "", "person", "SOHR")]),
    ("issue-2 per government", "4,000 killed (per government)", [(4000, 4000, "exact", "killed", "", "person", "government")]),
    ("issue-2 killed or wounded", "300 killed or wounded", [(300, 300, "exact", "killed_or_wounded", "", "person", None)]),
    ("issue-2 killed, wounded or captured", "1,200 killed, wounded or captured",
     [(1200, 1200, "exact", "killed_or_wounded_or_captured", "", "person", None)]),
    ("issue-2 several outcomes", "200 killed, 400 wounded, 50 captured",
     [(200, 200, "exact", "killed", "", "person", None), (400, 400, "exact", "wounded", "", "person", None),
      (50, 50, "exact", "captured", "", "person", None)]),
    ("issue-2 armoured vehicles", "9 armoured vehicles destroyed", [(9, 9, "exact", "destroyed", "armoured vehicles", "vehicle", None)]),
    # -- common infobox styles ----------------------------------------------------------------
    ("form: line breaks between claims", "6,000–7,000 killed (SOHR)\n10,000 killed (per Syrian government)",
     [(6000, 7000, "range", "killed", "", "person", "SOHR"), (10000, 10000, "exact", "killed", "", "person", "government")]),
    ("form: br tags", "45 killed<br>120 wounded<br/>3 captured",
     [(45, 45, "exact", "killed", "", "person", None), (120, 120, "exact", "wounded", "", "person", None),
      (3, 3, "exact", "captured", "", "person", None)]),
    ("form: bullets", "* 45 killed\n* 120 wounded", [(45, 45, "exact", "killed", "", "person", None),
                                                     (120, 120, "exact", "wounded", "", "person", None)]),
    ("form: KIA/WIA", "200 KIA, 500 WIA", [(200, 200, "exact", "killed", "", "person", None),
                                           (500, 500, "exact", "wounded", "", "person", None)]),
    ("form: dead", "2,000+ dead", [(2000, None, "at_least", "killed", "", "person", None)]),
    ("form: injured", "35 injured", [(35, 35, "exact", "wounded", "", "person", None)]),
    ("form: casualties", "3,000+ casualties", [(3000, None, "at_least", "killed_or_wounded", "", "person", None)]),
    ("form: POWs", "50 taken prisoner", [(50, 50, "exact", "captured", "", "person", None)]),
    ("form: executed", "45 executed", [(45, 45, "exact", "executed", "", "person", None)]),
    ("form: defected", "3 pilots defected", [(3, 3, "exact", "defected", "pilots", "person", None)]),
    ("form: arrested", "1,000+ arrested", [(1000, None, "at_least", "arrested", "", "person", None)]),
    ("form: coordinated subjects share a verb", "200 soldiers and 50 policemen killed",
     [(200, 200, "exact", "killed", "soldiers", "person", None), (50, 50, "exact", "killed", "policemen", "person", None)]),
    ("form: coordinated equipment", "3 tanks, 2 APCs destroyed",
     [(3, 3, "exact", "destroyed", "tanks", "vehicle", None), (2, 2, "exact", "destroyed", "APCs", "vehicle", None)]),
    # the carrier's "personnel" names no people; a vessel sunk is destroyed
    ("form: armoured personnel carriers", "2 armoured personnel carriers destroyed",
     [(2, 2, "exact", "destroyed", "armoured personnel carriers", "vehicle", None)]),
    ("form: boats sunk", "2 boats sunk", [(2, 2, "exact", "destroyed", "boats", "vessel", None)]),
    ("form: murdered", "12 civilians murdered", [(12, 12, "exact", "killed", "civilians", "person", None)]),
    # a party's fighters in a note are who was counted, not who told it (they report in prose only)
    ("form: a note of fighters", "12 killed (Kurdish fighters)", [(12, 12, "exact", "killed", "Kurdish fighters", "person", None)]),
    ("form: equipment counts go on without their noun", "6 tanks destroyed, 2 damaged",
     [(6, 6, "exact", "destroyed", "tanks", "vehicle", None), (2, 2, "exact", "damaged", "", "vehicle", None)]),
    ("form: people after equipment stay people", "3 tanks destroyed, 20 killed",
     [(3, 3, "exact", "destroyed", "tanks", "vehicle", None), (20, 20, "exact", "killed", "", "person", None)]),
    ("form: taken into custody", "300 taken into custody", [(300, 300, "exact", "arrested", "", "person", None)]),
    ("form: an estimate mark before the outcome", "200 (est.) killed", [(200, 200, "approximate", "killed", "", "person", None)]),
    ("form: an estimate note after the figure", "200 killed (est.), 300 wounded",
     [(200, 200, "approximate", "killed", "", "person", None), (300, 300, "exact", "wounded", "", "person", None)]),
    ("form: a party's heading over its lines", "Syrian Army:\n112 killed\n40 wounded\nHezbollah:\n23 killed",
     [(112, 112, "exact", "killed", "Syrian Army", "person", None), (40, 40, "exact", "wounded", "Syrian Army", "person", None),
      (23, 23, "exact", "killed", "Hezbollah", "person", None)]),
    ("form: a source's heading ends the party's", "Syrian Army:\n112 killed\nSOHR:\n40 killed",
     [(112, 112, "exact", "killed", "Syrian Army", "person", None), (40, 40, "exact", "killed", "", "person", "SOHR")]),
    ("form: outcome headings over bare counts", "Killed:\n12\nWounded:\n30",
     [(12, 12, "exact", "killed", "", "person", None), (30, 30, "exact", "wounded", "", "person", None)]),
    # the pronoun of a part is not who it counts
    ("form: a part of them", "7 killed (2 of them civilians)",
     [(7, 7, "exact", "killed", "", "person", None), (2, 2, "exact", "killed", "civilians", "person", None)]),
    # an outcome heading gives way to the clause's own outcome
    ("form: a casualties heading over a death toll", "Casualties: 23 dead, 50 injured",
     [(23, 23, "exact", "killed", "", "person", None), (50, 50, "exact", "wounded", "", "person", None)]),
    ("form: a casualties heading alone", "Casualties: 23", [(23, 23, "exact", "killed_or_wounded", "", "person", None)]),
    ("form: whose count is no subject", "1,000 killed (1,450 per SOHR)",
     [(1000, 1000, "exact", "killed", "", "person", None), (1450, 1450, "exact", "killed", "", "person", "SOHR")]),
    ("form: how they died is no subject", "11 killed (2 by friendly fire)",
     [(11, 11, "exact", "killed", "", "person", None), (2, 2, "exact", "killed", "", "person", None)]),
    ("form: helicopters downed", "2 helicopters downed", [(2, 2, "exact", "shot_down", "helicopters", "aircraft", None)]),
    ("form: bare shot down", "1 MiG-21 shot down", [(1, 1, "exact", "shot_down", "MiG-21", "aircraft", None)]),
    ("form: a model named by word", "1 Mirage 2000 shot down",
     [(1, 1, "exact", "shot_down", "Mirage 2000", "aircraft", None)]),
    ("form: a plural model", "3 Mirage 2000s destroyed", [(3, 3, "exact", "destroyed", "Mirage 2000s", "aircraft", None)]),
    # the GUIDE's "bound words distribute": over a list that shares one verb, not over another outcome
    ("bound: at least over a list", "At least 8 civilians and 3 journalists killed",
     [(8, None, "at_least", "killed", "civilians", "person", None),
      (3, None, "at_least", "killed", "journalists", "person", None)]),
    ("bound: up to over a list", "Up to 10 soldiers and 4 policemen killed",
     [(0, 10, "at_most", "killed", "soldiers", "person", None), (0, 4, "at_most", "killed", "policemen", "person", None)]),
    ("bound: about over a comma list", "About 50 soldiers, 20 militiamen and 5 officers killed",
     [(50, 50, "approximate", "killed", "soldiers", "person", None),
      (20, 20, "approximate", "killed", "militiamen", "person", None),
      (5, 5, "approximate", "killed", "officers", "person", None)]),
    ("bound: not over another outcome", "At least 8 civilians killed and 3 journalists wounded",
     [(8, None, "at_least", "killed", "civilians", "person", None),
      (3, 3, "exact", "wounded", "journalists", "person", None)]),
    ("bound: not over another claim", "At least 400 (SOHR) – 1,000 (SANA) killed",
     [(400, None, "at_least", "killed", "", "person", "SOHR"), (1000, 1000, "exact", "killed", "", "person", "SANA")]),
    ("form: million", "1.5 million displaced", [(1500000, 1500000, "exact", "displaced", "", "person", None)]),
    ("form: alternative in brackets", "1,000 killed (SOHR: 1,450)",
     [(1000, 1000, "exact", "killed", "", "person", None), (1450, 1450, "exact", "killed", "", "person", "SOHR")]),
    ("form: party label", "Syrian Army: 200 killed", [(200, 200, "exact", "killed", "Syrian Army", "person", None)]),
    ("form: outcome labels", "Killed: 200, Wounded: 300",
     [(200, 200, "exact", "killed", "", "person", None), (300, 300, "exact", "wounded", "", "person", None)]),
    ("form: or more", "50 or more killed", [(50, None, "at_least", "killed", "", "person", None)]),
    ("form: at least per source", "At least 3,000 killed (UN estimate)",
     [(3000, None, "at_least", "killed", "", "person", "UN")]),
    ("form: unknown source kept as written", "500 killed (Russian claim)", [(500, 500, "exact", "killed", "", "person", "Russian")]),
    ("form: wikilink", "[[Syrian Army|SAA]]: 120 killed", [(120, 120, "exact", "killed", "SAA", "person", None)]),
    ("form: nbsp entity", "1&nbsp;403 killed", [(1403, 1403, "exact", "killed", "", "person", None)]),
    ("form: U+2212 minus in range", "20\u221225 killed", [(20, 25, "range", "killed", "", "person", None)]),
    # issue 6: odd but real forms
    ("issue-6 Arabic thousands separator", "١٬٢٠٠ killed", [(1200, 1200, "exact", "killed", "", "person", None)]),
    ("issue-6 Persian digits", "۱۲ killed", [(12, 12, "exact", "killed", "", "person", None)]),
    ("issue-6 full-width comma", "１，２００ killed", [(1200, 1200, "exact", "killed", "", "person", None)]),
    ("issue-6 NBSP thousands", "1\u00a0200 killed", [(1200, 1200, "exact", "killed", "", "person", None)]),
    ("issue-6 thin-space thousands", "1\u2009200 killed", [(1200, 1200, "exact", "killed", "", "person", None)]),
    ("issue-6 narrow NBSP thousands", "1\u202f200 killed", [(1200, 1200, "exact", "killed", "", "person", None)]),
    ("issue-6 leading minus is no negative count", "\u221212 killed", [(12, 12, "exact", "killed", "", "person", None)]),
    ("issue-6 figure dash", "12\u201215 killed", [(12, 15, "range", "killed", "", "person", None)]),
    ("issue-6 em dash", "12\u201415 killed", [(12, 15, "range", "killed", "", "person", None)]),
    ("issue-6 two-em dash", "12\u2e3a15 killed", [(12, 15, "range", "killed", "", "person", None)]),
    ("issue-6 small hyphen-minus", "12\ufe6315 killed", [(12, 15, "range", "killed", "", "person", None)]),
    ("issue-6 full-width hyphen", "12\uff0d15 killed", [(12, 15, "range", "killed", "", "person", None)]),
    ("issue-6 outcome label", "killed: 12", [(12, 12, "exact", "killed", "", "person", None)]),
    ("issue-6 footnote marks", "12 killed[3][4]", [(12, 12, "exact", "killed", "", "person", None)]),
    ("issue-6 ref with a date", "12 killed<ref>Reuters, 5 May 2011</ref>", [(12, 12, "exact", "killed", "", "person", None)]),
    ("issue-6 self-closing ref", '12 killed<ref name="a"/>', [(12, 12, "exact", "killed", "", "person", None)]),
    ("issue-6 ref inside a range", "1,200<ref name=x>AP, 2012</ref>–1,500+ killed",
     [(1200, None, "at_least", "killed", "", "person", None)]),
    ("issue-6 footnotes inside a range", "20[4] – 25[5] killed", [(20, 25, "range", "killed", "", "person", None)]),
    ("issue-6 doubled comma", "300–600 killed,, 12+ missing",
     [(300, 600, "range", "killed", "", "person", None), (12, None, "at_least", "missing", "", "person", None)]),
    ("issue-6 footnote inside a number", "1,2[3]00 killed", [(1200, 1200, "exact", "killed", "", "person", None)]),
    ("form: heavy", "Heavy", []),
    ("form: breakdown in brackets", "13 killed (7 soldiers, 6 policemen)",
     [(13, 13, "exact", "killed", "", "person", None), (7, 7, "exact", "killed", "soldiers", "person", None),
      (6, 6, "exact", "killed", "policemen", "person", None)]),
    ("form: including", "4 killed, including 1 commander",
     [(4, 4, "exact", "killed", "", "person", None), (1, 1, "exact", "killed", "commander", "person", None)]),
    ("form: outcome before the number", "Killed 200, wounded 300",
     [(200, 200, "exact", "killed", "", "person", None), (300, 300, "exact", "wounded", "", "person", None)]),
    ("form: total label", "Total: 2,500+ killed", [(2500, None, "at_least", "killed", "", "person", None)]),
    # a year in brackets of its own is when, not how many (probe 16)
    ("form: a year in brackets", "70 (2013) killed", [(70, 70, "exact", "killed", "", "person", None)]),
    ("form: years in brackets", "45 (2012), 70 (2013) killed",
     [(45, 45, "exact", "killed", "", "person", None), (70, 70, "exact", "killed", "", "person", None)]),
    # a note that dates its source's count
    ("form: a dated source note", "100+ killed (SOHR, by 20 May)", [(100, None, "at_least", "killed", "", "person", "SOHR")]),
    ("form: a source note dated by a span of days", "70 killed (SOHR, 2–30 March)", [(70, 70, "exact", "killed", "", "person", "SOHR")]),
    ("form: a span of days across months is no count", "70 killed (2 March–1 April)", [(70, 70, "exact", "killed", "", "person", None)]),
    ("form: a span of days is no count", "12–13 May: 9 soldiers killed", [(9, 9, "exact", "killed", "soldiers", "person", None)]),
    ("form: a claim, then when it stood", "2,000+ killed (Kurdish claim, as of October)",
     [(2000, None, "at_least", "killed", "", "person", "Kurdish")]),
    # a number in words echoed in digits
    ("form: words echoed in digits", "Eleven (11) killed", [(11, 11, "exact", "killed", "", "person", None)]),
    ("form: label then subject", "killed: 150 soldiers", [(150, 150, "exact", "killed", "soldiers", "person", None)]),
    ("form: killed or captured", "25 soldiers killed or captured",
     [(25, 25, "exact", "killed_or_captured", "soldiers", "person", None)]),
    # one thing after another befell the same people: what became of them
    # a note naming a reporter the table does not know, by its head word
    ("note: a foreign ministry", "1 soldier killed, 4 wounded (Turkish MoD)",
     [(1, 1, "exact", "killed", "soldier", "person", "Turkish MoD"), (4, 4, "exact", "wounded", "", "person", "Turkish MoD")]),
    ("note: officials", "30 killed (Kurdish officials)", [(30, 30, "exact", "killed", "", "person", "Kurdish officials")]),
    # a reporting body the aliases do not know, by its last word; a mission known by name
    ("note: a commission", "366 killed, 429 wounded (Ukrainian Parliament commission)",
     [(366, 366, "exact", "killed", "", "person", "Ukrainian Parliament commission"),
      (429, 429, "exact", "wounded", "", "person", "Ukrainian Parliament commission")]),
    # raw outcome templates read as their abbreviations (the subject was "{{")
    ("outcome templates", "{{KIA}} 40, {{WIA}} 100",
     [(40, 40, "exact", "killed", "", "person", None), (100, 100, "exact", "wounded", "", "person", None)]),
    # an outcome's abbreviation ending a line is no model name over the next line's count
    # (found by the parse-of-render property test: the 7 went to the residue)
    ("KIA, then a line", "5 KIA\n7 killed (SOHR claim)",
     [(5, 5, "exact", "killed", "", "person", None), (7, 7, "exact", "killed", "", "person", "SOHR")]),
    # a crash loses the aircraft; the dead after it are people
    ("crashed", "1 Tu-154 crashed, 92 killed",
     [(1, 1, "exact", "lost", "Tu-154", "aircraft", None), (92, 92, "exact", "killed", "", "person", None)]),
    # another country's government, as written (Syria's is the key)
    ("note: another country's government", "1,300 killed, 6,000 wounded (Iraqi government claim)",
     [(1300, 1300, "exact", "killed", "", "person", "Iraqi government"),
      (6000, 6000, "exact", "wounded", "", "person", "Iraqi government")]),
    ("note: Syria's government", "40 killed (Syrian government claim)", [(40, 40, "exact", "killed", "", "person", "government")]),
    ("note: a UN mission", "289 civilians killed or wounded (UNAMA)",
     [(289, 289, "exact", "killed_or_wounded", "civilians", "person", "UNAMA")]),
    ("note: a monitor", "4,000 civilians killed (Iraq Body Count)",
     [(4000, 4000, "exact", "killed", "civilians", "person", "Iraq Body Count")]),
    ("note: a nationality is no reporter", "12 killed (U.S.)", [(12, 12, "exact", "killed", "", "person", None)]),
    # a note naming people of a side after a figure that names no one is who it counts
    ("note: a party", "200 killed (Hezbollah)", [(200, 200, "exact", "killed", "Hezbollah", "person", None)]),
    ("note: a share is no subject", "40 killed (mostly civilians)", [(40, 40, "exact", "killed", "", "person", None)]),
    ("label: a total takes no party", "Syrian Army: 40 killed, NDF: 22 killed, Total: 62 killed",
     [(40, 40, "exact", "killed", "Syrian Army", "person", None), (22, 22, "exact", "killed", "NDF", "person", None),
      (62, 62, "exact", "killed", "", "person", None)]),
    ("form: captured and executed", "40 captured and executed", [(40, 40, "exact", "executed", "", "person", None)]),
    ("form: captured and later executed", "3 captured and later executed", [(3, 3, "exact", "executed", "", "person", None)]),
    ("form: abducted and killed", "12 abducted and killed", [(12, 12, "exact", "killed", "", "person", None)]),
    ("form: as of date", "As of 31 May 2013: 2,000 killed", [(2000, 2000, "exact", "killed", "", "person", None)]),
    ("form: two glued notes", "21 killed (SOHR) 15 killed (opposition claim)",
     [(21, 21, "exact", "killed", "", "person", "SOHR"), (15, 15, "exact", "killed", "", "person", "opposition")]),
    ("form: a note after a list speaks for the list", "12 killed, 40 wounded (per SOHR)",
     [(12, 12, "exact", "killed", "", "person", "SOHR"), (40, 40, "exact", "wounded", "", "person", "SOHR")]),
    ("form: a claim note after three outcomes", "150 killed, 300 wounded, 50 captured (Kurdish claim)",
     [(150, 150, "exact", "killed", "", "person", "Kurdish"), (300, 300, "exact", "wounded", "", "person", "Kurdish"),
      (50, 50, "exact", "captured", "", "person", "Kurdish")]),
    ("form: a closing line in brackets speaks for the lines above", "1,100 killed<br>3 captured<br>(opposition claim)",
     [(1100, 1100, "exact", "killed", "", "person", "opposition"), (3, 3, "exact", "captured", "", "person", "opposition")]),
    ("form: each line's closing note", "1,100 killed\n(SOHR)\n300 killed\n(government claim)",
     [(1100, 1100, "exact", "killed", "", "person", "SOHR"), (300, 300, "exact", "killed", "", "person", "government")]),
    ("form: unaccounted for", "12 killed, 3 unaccounted for",
     [(12, 12, "exact", "killed", "", "person", None), (3, 3, "exact", "missing", "", "person", None)]),
    ("form: a tilde between two numbers is a range", "150~200 killed", [(150, 200, "range", "killed", "", "person", None)]),
    ("form: a car bomb is a vehicle", "43 killed (SOHR); 1 SVBIED",
     [(43, 43, "exact", "killed", "", "person", "SOHR"), (1, 1, "exact", None, "SVBIED", "vehicle", None)]),
    ("form: a model number with two hyphens", "12 tanks, 4 BMPs, 2 ZSU-23-4 destroyed",
     [(12, 12, "exact", "destroyed", "tanks", "vehicle", None), (4, 4, "exact", "destroyed", "BMPs", "vehicle", None),
      (2, 2, "exact", "destroyed", "ZSU-23-4", "vehicle", None)]),
    ("form: a breakdown by date", "55 killed (23 on 5 May)",
     [(55, 55, "exact", "killed", "", "person", None), (23, 23, "exact", "killed", "", "person", None)]),
    ("form: two sources' claims as a span", "400 (SOHR) – 1,000 (SANA) killed",
     [(400, 400, "exact", "killed", "", "person", "SOHR"), (1000, 1000, "exact", "killed", "", "person", "SANA")]),
    ("form: a claim label speaks for its line", "Rebel claim: 500 soldiers killed, 30 tanks destroyed",
     [(500, 500, "exact", "killed", "soldiers", "person", "opposition"),
      (30, 30, "exact", "destroyed", "tanks", "vehicle", "opposition")]),
    ("form: a party label speaks for its line", "Syrian Army: 112 killed, 40 wounded",
     [(112, 112, "exact", "killed", "Syrian Army", "person", None), (40, 40, "exact", "wounded", "Syrian Army", "person", None)]),
    ("form: a span of years in brackets", "400 killed (2011–12)", [(400, 400, "exact", "killed", "", "person", None)]),
    ("form: claims as labels", "Per SOHR: 300+ killed; per government: 1,200 killed",
     [(300, None, "at_least", "killed", "", "person", "SOHR"), (1200, 1200, "exact", "killed", "", "person", "government")]),
    ("form: a year's estimate", "9,000 (2015 est.)", [(9000, 9000, "exact", None, "", "person", None)]),
    ("form: claims as heading lines", "Per SOHR:\n500 killed\n300 wounded\nPer Turkey:\n1,500 killed",
     [(500, 500, "exact", "killed", "", "person", "SOHR"), (300, 300, "exact", "wounded", "", "person", "SOHR"),
      (1500, 1500, "exact", "killed", "", "person", "Turkey")]),
    ("form: sources as heading lines", "SOHR:\n200 killed\nSANA:\n50 killed",
     [(200, 200, "exact", "killed", "", "person", "SOHR"), (50, 50, "exact", "killed", "", "person", "SANA")]),
    ("form: a flag image before the count", "[[File:Flag of Syria.svg|20px]] 12 killed",
     [(12, 12, "exact", "killed", "", "person", None)]),
    ("form: a formatted number", "~{{formatnum:1500}} killed", [(1500, 1500, "approximate", "killed", "", "person", None)]),
    # a side's claim, abbreviated or named by its side
    ("note: gov. claim", "200 killed (gov. claim)", [(200, 200, "exact", "killed", "", "person", "government")]),
    ("note: opp. claim", "200 killed (opp. claim)", [(200, 200, "exact", "killed", "", "person", "opposition")]),
    ("note: pro-government sources", "200 killed (pro-government sources)",
     [(200, 200, "exact", "killed", "", "person", "government")]),
    ("note: a leaning alone", "11 killed (pro-opposition claim)", [(11, 11, "exact", "killed", "", "person", "opposition")]),
    ("note: a leaning alone, the other side", "8 killed (pro-government claim)",
     [(8, 8, "exact", "killed", "", "person", "government")]),
    # an execution is a killing
    ("form: killed or executed", "40–50 killed or executed", [(40, 50, "range", "killed", "", "person", None)]),
    # aircraft by their maker's short name
    ("form: MiGs", "2 MiGs lost", [(2, 2, "exact", "lost", "MiGs", "aircraft", None)]),
    # a note's "by X" names who did it, unless X only reports
    ("note: an agent", "12 executed (by ISIL)", [(12, 12, "exact", "executed", "", "person", None)]),
    ("note: a reporter after by", "40 killed (by SOHR)", [(40, 40, "exact", "killed", "", "person", "SOHR")]),
    # a manner is no subject
    ("form: a manner in a breakdown", "6 injured (2 seriously)",
     [(6, 6, "exact", "wounded", "", "person", None), (2, 2, "exact", "wounded", "", "person", None)]),
    # a hyphenated open bound
    ("bound: -plus", "4,000-plus killed", [(4000, None, "at_least", "killed", "", "person", None)]),
    ("bound: -odd", "50-odd killed", [(50, None, "at_least", "killed", "", "person", None)]),
    # the plain format flattens a list to ", * " items: a party's heading still speaks for its items
    ("layout: headings of a flattened list", "Syrian Army:, * 112 killed, * 40 wounded, Hezbollah:, * 23 killed",
     [(112, 112, "exact", "killed", "Syrian Army", "person", None), (40, 40, "exact", "wounded", "Syrian Army", "person", None),
      (23, 23, "exact", "killed", "Hezbollah", "person", None)]),
    ("layout: source headings of a flattened list", "Per SOHR:, 87 killed, Per government:, 300 killed",
     [(87, 87, "exact", "killed", "", "person", "SOHR"), (300, 300, "exact", "killed", "", "person", "government")]),
    # in a Syrian battle's infobox a Syrian claim is the government's; another country's stays as written
    ("note: a Syrian claim", "1 Turkish F-16 shot down (Syrian claim)",
     [(1, 1, "exact", "shot_down", "Turkish F-16", "aircraft", "government")]),
    ("note: a Turkish claim", "47 killed, 143 wounded (Turkish claim)",
     [(47, 47, "exact", "killed", "", "person", "Turkish"), (143, 143, "exact", "wounded", "", "person", "Turkish")]),
    # another source's count of the same people, its note alone after it
    ("note: another's count of the same", "200 civilians killed (SNHR), 300 (VDC)",
     [(200, 200, "exact", "killed", "civilians", "person", "SNHR"), (300, 300, "exact", "killed", "civilians", "person", "VDC")]),
    # the army by its initials is the government; a list of parties is who was counted, not a source
    ("note: per SAA", "21 killed (per SAA), 150+ killed (per rebels)",
     [(21, 21, "exact", "killed", "", "person", "government"), (150, None, "at_least", "killed", "", "person", "opposition")]),
    ("note: a list of parties", "* 1,300 (Syrian Army & NDF)", [(1300, 1300, "exact", None, "Syrian Army & NDF", "person", None)]),
    # a source's label speaks for every figure after it, its breakdown's parts too
    ("label: a source over a breakdown", "Per SOHR: 2,212 killed (incl. 427 NDF and 113 Hezbollah)",
     [(2212, 2212, "exact", "killed", "", "person", "SOHR"), (427, 427, "exact", "killed", "NDF", "person", "SOHR"),
      (113, 113, "exact", "killed", "Hezbollah", "person", "SOHR")]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_real_strings(text: str, expected: list[tuple]) -> None:
    got = [(f.low, f.high, f.qualifier, f.outcome, f.subject, f.unit, f.attribution) for f in parse_casualties(text)]
    assert got == expected


@pytest.mark.parametrize("text, parts", [
    # a breakdown names the figure it breaks down, by its index among the field's figures
    ("13 killed (7 soldiers, 6 policemen)", [None, 0, 0]),
    ("13 killed (7 soldiers, 6 policemen killed)", [None, 0, 0]),
    ("15 killed, including 3 commanders (SOHR)", [None, 0]),
    ("12 killed (3 soldiers), 4 wounded", [None, 0, None]),
    # a breakdown by how or where they died
    ("37 killed (7 by friendly fire)", [None, 0]),
    ("120 killed (40 in Homs, 80 in Hama)", [None, 0, 0]),
    # how badly, and a kind of the whole's outcome among its parts
    ("6 injured (2 seriously)", [None, 0]),
    ("1 killed, 3 wounded (2 critically)", [None, None, 1]),
    ("10 killed (8 in clashes, 2 executed)", [None, 0, 0]),
    ("10 killed (8 in clashes, 4 wounded)", [None, 0, None]),
    # (a kind of the whole's outcome alone in brackets after it too; more than it is no part)
    ("26 killed (13 executed)", [None, 0]),
    ("26 killed (40 executed)", [None, None]),
    ("200 killed (50 wounded)", [None, None]),
    # another count of the same, or another claim, is no part
    ("1,000 killed (SOHR: 1,450)", [None, None]),
    ("1,000 killed (1,450 per SOHR)", [None, None]),
    ("400 killed (SOHR), 700 killed (SANA)", [None, None]),
    ("188 soldiers killed (SOHR), 1 Russian officer killed", [None, None]),
    # figures that add up to the one before them, or to a total after them
    ("~1,500 killed, * 200 (Hezbollah), * 1,300 (SAA & NDF)", [None, 0, 0]),
    ("Syrian Army: 40 killed, NDF: 22 killed, Total: 62 killed", [2, 2, None]),
    # a labelled total holds its outcome's figures before it, past other outcomes, even short of adding up
    ("Syrian Army:\n120 killed\n300 wounded\nHezbollah:\n40 killed\nTotal: 160 killed", [3, None, 3, None]),
    ("SAA: 120 killed; NDF: 30 killed; Total: 200+ killed", [2, 2, None]),
    # (a total with no colon too)
    ("SAA: 120 killed; NDF: 30 killed; total 150+ killed", [2, 2, None]),
    ("120 soldiers killed\n80 militiamen killed\n200 killed in total", [2, 2, None]),
    ("73+ fighters killed, 5 fighters killed", [None, None]),
    # every count of a breakdown's list is a part, and a count with its own verb after it is not
    ("40 killed, including 7 commanders, 3 officers and 2 colonels", [None, 0, 0, 0]),
    ("27 killed, including 11 in Homs, 6 in Idlib and 4 in Hama", [None, 0, 0, 0]),
    ("44 killed, including 8 officers, 2 captured", [None, 0, None]),
])
def test_a_breakdown_is_part_of_its_figure(text: str, parts: list[int | None]) -> None:
    assert [f.part_of for f in parse_casualties(text)] == parts


def test_a_part_takes_its_wholes_outcome_not_the_next_clauses() -> None:
    assert [f.outcome for f in parse_casualties("44 killed, including 8 officers, 2 captured")] == ["killed", "killed", "captured"]


@pytest.mark.parametrize("text, clauses", [
    ("73+ fighters killed, 5 fighters killed", ["73+ fighters killed", "5 fighters killed"]),
    ("1,403 opposition protesters and FSA fighters killed*", ["1,403 opposition protesters and FSA fighters killed"]),
    ("806 opposition fighters and defectors killed, (opposition claims)", ["806 opposition fighters and defectors killed"]),
    ("12 killed[3][4]", ["12 killed"]),
    ("killed: 12", ["killed: 12"]),
    # a clause's text holds a link it reaches whole, and closes the bracket it opens
    ("[[Free Syrian Army|FSA]]: 40 killed", ["[[Free Syrian Army|FSA]]: 40 killed"]),
    ("3 commanders (KIA)", ["3 commanders (KIA)"]),
    ("300 killed (per [[Syrian Observatory for Human Rights|SOHR]])", ["300 killed"]),
])
def test_text_is_the_verbatim_clause(text: str, clauses: list[str]) -> None:
    result = parse_casualties(text)
    assert [f.text for f in result] == clauses
    assert all(text[f.span[0]:f.span[1]] == f.text for f in result)


@pytest.mark.parametrize("text, residue", [
    ("300 killed (2011-2012)", ["2011-2012"]),
    ("killed 5 December 2012: 12", ["5", "2012"]),
    ("3.5 killed", ["3.5"]),
    ("2nd Brigade destroyed", ["2nd"]),
    ("two-four helicopters lost", ["two", "four"]),
    # a share counts no one: it was a figure of 60 "% of the garrison" (twenty-fourth round)
    ("60–70% of the garrison killed", ["60–70%"]),
    ("200 killed (30 per cent civilians)", ["30 per cent"]),
])
def test_unplaced_numbers_are_reported_in_the_residue(text: str, residue: list[str]) -> None:
    assert [frag.text for frag in parse_casualties(text).residue] == residue


def test_footnote_marks_are_not_residue() -> None:
    assert parse_casualties("12 killed[3][a][citation needed]").residue == ()


def test_result_is_a_sequence_of_frozen_figures() -> None:
    result = parse_casualties("200 killed, 400 wounded")
    assert len(result) == 2 and result[1].outcome == "wounded" and list(result) == list(result.figures)
    with pytest.raises(AttributeError):
        result[0].low = 5  # type: ignore[misc]


@pytest.mark.parametrize("bad", [None, 12, b"12 killed", ["12 killed"]])
def test_non_strings_raise_parse_error(bad: object) -> None:
    with pytest.raises(ParseError, match="must be a string"):
        parse_casualties(bad)  # type: ignore[arg-type]

