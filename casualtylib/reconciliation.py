"""Reconciliation: does an article's body support its infobox?

For each infobox casualty field (side) and outcome, :func:`reconcile` sets
the field's figures against the interval sum of the incident figures of the
prose that report the same side and outcome inside the infobox period.

The rules, in the annotation guide's terms (``tests/data/gold/GUIDE.md``):

- **Infobox interval.** The figures of one field with the same outcome and
  unit are summed as intervals: lows add, highs add, one open high opens
  the sum. Units are pint units, so tanks never add up with soldiers; each
  unit gets its own row. Figures that different sources give are different
  claims ("400+ killed (SOHR), 700+ killed (government claim)"): each
  source's figures are summed, and the field stands for the span of its
  claims, from the lowest low to the highest high.
- **Which incidents a field covers.** The field's combatants decide the side:
  their names are looked up in the ``[combatants]`` table of
  ``data/sides.toml`` ("Free Syrian Army" is opposition, "Syrian Government"
  government), then read with the subject words of the side table. A field
  with no combatant (``casualties3``) covers civilians unless its subject
  names another side. A combatant the tables do not know ("Houthis"), in an
  article of two combatant columns, stands for the side opposite the other
  column's ("Yemeni government"). A field whose subject names a civilian group
  ("opposition protesters and FSA fighters killed") also covers the civilian
  incidents whose subject names that group (protesters, demonstrators).
  ``sides={1: "opposition"}`` overrides the side of a field.
- **Which incidents count.** Those of a covered side, with the row's outcome
  (``killed`` counts ``executed`` too), ``in_period`` true, and not a
  duplicate, alternative or part of another figure. A figure that a later
  ``update_of`` figure with the same outcome corrects is replaced by it; a
  tally of a side since the battle began ("the number of soldiers killed
  since 5 May at 73") holds the figures of that side before it as parts.
  Hedged figures count: hedging is reported, not judged.
- **Policies.** ``"literal"`` (the default) takes the guide's floors of vague
  words ("dozens" 24) and the first report of an event. ``"conservative"``
  follows ACLED's coding: plural vague words count once ("tens" 10, "dozens"
  12, "hundreds" 100) and of alternative reports of one event the lowest
  counts.
- **Status.** ``consistent`` when the two intervals overlap,
  ``infobox_exceeds`` or ``incidents_exceed`` when one lies wholly above the
  other, ``no_infobox_figure`` when the field gives no number for the
  outcome ("Unknown"), ``no_incidents`` when the prose reports none.
  ``coverage`` is ``incident_low / infobox_low``.

>>> from casualtylib import read_article
>>> art = read_article('''= Siege of X =
...
... Infobox
... - Date: 1–31 March 2012
... - Combatant1: Free Syrian Army
... - Combatant2: Syrian Government
... - Casualties1: 20+ fighters killed
... - Casualties2: 12 soldiers killed
...
... == March ==
... On 3 March, 13 soldiers were killed. On 5 March, at least 9 rebels died.
... ''')
>>> for row in reconcile_article(art):
...     print(row.side, row.outcome, row.infobox, row.incidents, row.status)
1 killed [20, open) [9, open) consistent
2 killed [12, 12] [13, 13] incidents_exceed
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._vocab import alternation, table
from .article import Article, each_article
from .figures import Figure, parse_casualties
from .outcomes import counted_as
from .sides import ENEMY, SIDES, combatant_name_side, side_of

if TYPE_CHECKING:
    import pandas as pd

    from .prose import Incident

__all__ = [
    "Interval", "Reconciliation", "reconcile", "reconcile_article", "reconcile_sources", "covered",
    "POLICIES", "STATUSES", "RECONCILE_COLUMNS", "SOURCE_COLUMNS",
]

#: How vague words and conflicting reports count (see the module docs).
POLICIES = ("literal", "conservative")
#: The verdicts of a reconciliation row; "error" marks an article that could not be read.
STATUSES = ("consistent", "infobox_exceeds", "incidents_exceed", "no_infobox_figure", "no_incidents", "error")
#: The columns of :func:`reconcile`'s DataFrame, in order.
RECONCILE_COLUMNS = (
    "article", "side", "party", "outcome", "unit", "covers", "infobox_low", "infobox_high",
    "incident_low", "incident_high", "n_incidents", "n_excluded", "coverage", "status", "error",
)
#: The columns of :func:`reconcile_sources`'s DataFrame: a ``source`` after ``covers``.
SOURCE_COLUMNS = RECONCILE_COLUMNS[:6] + ("source",) + RECONCILE_COLUMNS[6:]
#: The ``source`` value of incidents whose text names no reporter.
UNATTRIBUTED = "unattributed"

_EXCLUDING = ("duplicate_of", "alternative_of", "part_of")


@dataclass(frozen=True, slots=True)
class Interval:
    """A count known to lie in ``[low, high]``; ``high`` None is open.

    >>> Interval(7, 7) + Interval(3, None)
    Interval(low=10, high=None)
    >>> str(Interval(90, 200)), str(Interval(51, None))
    ('[90, 200]', '[51, open)')
    >>> Interval(90, 200).overlaps(Interval(7, 307)), Interval(120, 120).overlaps(Interval(1, 38))
    (True, False)
    """

    low: int
    high: int | None

    def __post_init__(self) -> None:
        if self.low < 0 or (self.high is not None and self.high < self.low):
            raise ValueError(f"not an interval of counts: [{self.low}, {self.high}]")

    def __add__(self, other: "Interval") -> "Interval":
        high = None if self.high is None or other.high is None else self.high + other.high
        return Interval(self.low + other.low, high)

    def overlaps(self, other: "Interval") -> bool:
        """Whether the two intervals share a value."""
        return ((other.high is None or self.low <= other.high)
                and (self.high is None or other.low <= self.high))

    def __str__(self) -> str:
        return f"[{self.low}, {'open)' if self.high is None else f'{self.high}]'}"


ZERO = Interval(0, 0)


@dataclass(frozen=True, slots=True)
class Scope:
    """The incidents one infobox field covers: a side, plus civilian groups
    the field's subject names (``("protesters",)``)."""

    side: str
    groups: tuple[str, ...] = ()
    #: the names of this column's combatants, and of another column's of the same side whose
    #: figures are not this one's ("40 ISIL militants" in the YPG's column); with the parties
    #: left out, as the frame shows them
    own: tuple[str, ...] = ()
    rivals: tuple[str, ...] = ()
    rival_parties: tuple[str, ...] = ()

    def covers(self, incident: "Incident") -> bool:
        """Whether ``incident`` is one this field counts, by side and subject."""
        if self.side != "unknown" and incident.side == self.side:
            if not self.rivals or _names_any(incident.subject, self.own):
                return True
            if _names_any(incident.subject, self.rivals):
                return False
            # of no column by its subject: of the group its sentence says lost them, if any ("the
            # YPG lost 3 fighters" are not ISIL's), else of each column
            from .relations import _loser

            loser = _loser(incident)
            return loser is None or not _names_any(loser, self.rivals) or _names_any(loser, self.own)
        return incident.side == "civilian" and any(_group(g).search(incident.subject) for g in self.groups)

    def __str__(self) -> str:
        return " + ".join([self.side, *self.groups]) + "".join(f" - {p}" for p in self.rival_parties)


@dataclass(frozen=True, slots=True)
class Reconciliation:
    """One row of :func:`reconcile`: a side's infobox interval for one
    outcome and unit against the sum of the incidents that count.

    ``counted`` and ``excluded`` hold the ids of the incidents summed and of
    those of the same side and outcome left out (out of period, duplicate,
    alternative, part of another, or replaced by an update).
    """

    article: str
    side: int | None
    party: str | None
    outcome: str
    unit: str
    covers: str
    infobox: Interval | None
    incidents: Interval
    counted: tuple[str, ...]
    excluded: tuple[str, ...]
    source: str | None = None

    @property
    def coverage(self) -> float | None:
        """``incident_low / infobox_low``, or None without an infobox low > 0."""
        if self.infobox is None or self.infobox.low == 0:
            return None
        return self.incidents.low / self.infobox.low

    @property
    def status(self) -> str:
        """One of :data:`STATUSES` (never "error")."""
        if self.infobox is None:
            return "no_infobox_figure"
        if not self.counted:
            return "no_incidents"
        if self.infobox.overlaps(self.incidents):
            return "consistent"
        return "infobox_exceeds" if self.incidents.high is not None and self.infobox.low > self.incidents.high else "incidents_exceed"

    def as_row(self) -> dict[str, Any]:
        """The row as a dict of :data:`RECONCILE_COLUMNS` (plus ``source``)."""
        row = {
            "article": self.article, "side": self.side, "party": self.party, "outcome": self.outcome,
            "unit": self.unit, "covers": self.covers,
            "infobox_low": None if self.infobox is None else self.infobox.low,
            "infobox_high": None if self.infobox is None else self.infobox.high,
            "incident_low": self.incidents.low, "incident_high": self.incidents.high,
            "n_incidents": len(self.counted), "n_excluded": len(self.excluded),
            "coverage": self.coverage, "status": self.status, "error": None,
        }
        if self.source is not None:
            row["source"] = self.source
        return row


# --- which side a field stands for ------------------------------------------------------------


def combatant_side(name: str) -> str:
    """The incident side a combatant's name stands for, or "unknown".

    >>> combatant_side("Free Syrian Army"), combatant_side("Syrian Salvation Government")
    ('opposition', 'opposition')
    >>> combatant_side("Syrian Government"), combatant_side("Liwa al-Quds")
    ('government', 'government')

    A name the table does not hold is read with the subject words:

    >>> combatant_side("Jaysh al-Sunna fighters")
    'opposition'
    """
    return combatant_name_side(name) or side_of(name)


@functools.cache
def _group(name: str) -> re.Pattern[str]:
    words = table("sides")["groups"][name]
    return re.compile(rf"(?<![\w-])(?:{'|'.join(words)})(?![\w-])", re.IGNORECASE)


def covered(art: Article, side: int | None, figures: Iterable[Figure], *, override: str | None = None) -> Scope:
    """The :class:`Scope` of the casualty field of ``side``: the combatants'
    side (or ``override``), else the side of its subjects, else civilian for
    a field with no combatant beyond the first two columns ("unknown" for
    column 1 or 2 whose combatants are left out); plus the civilian groups
    its subjects name.

    >>> art = Article("a", "A", "", combatants={1: ("Free Syrian Army",)})
    >>> str(covered(art, 1, parse_casualties("1,403 opposition protesters and FSA fighters killed")))
    'opposition + protesters'
    >>> str(covered(art, 3, parse_casualties("90–200 civilians killed")))
    'civilian'
    """
    figures = list(figures)
    subjects = [f.subject for f in figures if f.unit == "person" and f.subject]
    names = art.combatants.get(side, ()) if side is not None else ()
    scope_side = override
    if scope_side is None:
        scope_side = _majority(map(combatant_side, names))
    if scope_side is None:
        scope_side = _majority(map(side_of, subjects))
    if scope_side is None and names:
        # "Houthis" against "Yemeni government": a combatant the tables do not know
        # stands for the other side of the one opposite it, in a war of two
        scope_side = _opposite(art, side)
    if scope_side is None:
        # a third column with no combatant counts civilians; a combatant's column whose
        # combatants the infobox leaves out counts no side known
        scope_side = "civilian" if not names and side not in (1, 2) else "unknown"
    if scope_side not in SIDES:
        raise ValueError(f"unknown side {scope_side!r} for field {side}; expected one of {', '.join(SIDES)}")
    groups = () if scope_side == "civilian" else tuple(
        g for g in table("sides")["groups"] if any(_group(g).search(s) for s in subjects))
    own, rivals, parties = _rivals(art, side, names, scope_side) if override is None else ((), (), ())
    return Scope(scope_side, groups, own, rivals, parties)


def _rivals(art: Article, side: int | None, names: tuple[str, ...], scope_side: str
            ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """This column's names, and those of the other combatant columns of the
    same side (the YPG's against ISIL's, both "opposition"), with their
    parties: a figure naming a rival and not its own column's is the
    rival's. Nothing when no other column shares the side."""
    if scope_side not in ("government", "opposition") or not names:
        return (), (), ()
    rival_cols = [k for k, other in art.combatants.items()
                  if k != side and other and _majority(map(combatant_side, other)) == scope_side]
    if not rival_cols:
        return (), (), ()
    own = _name_words(names)
    rivals = tuple(w for k in rival_cols for w in _name_words(art.combatants[k]) if w not in own)
    if not rivals:
        return (), (), ()
    return own, rivals, tuple(p for k in rival_cols if (p := art.party(k)))


_BRACKETED_INITIALS = re.compile(r"(.{2,80}?)\s{0,2}\(\s{0,2}([A-Z][\w'’-]{1,9})\s{0,2}\)")


def _bracketed_apart(name: str) -> tuple[str, ...]:
    """ "People's Protection Units (YPG)": the name and its initials."""
    m = _BRACKETED_INITIALS.fullmatch(name.strip())
    return (m.group(1), m.group(2)) if m else (name,)


@functools.lru_cache(maxsize=256)
def _name_words(names: tuple[str, ...]) -> tuple[str, ...]:
    """A combatant's names as a subject may give them: each name, its
    initials ("Islamic State of Iraq and the Levant": ISIL, "Hay'at Tahrir
    al-Sham": HTS) and its family's other names (the sides table's
    ``[rival_names]``)."""
    out: list[str] = []
    families = table("sides")["rival_names"]
    # "People's Protection Units (YPG)": the name, and the initials in brackets, each a name
    names = [part for name in names for part in _bracketed_apart(name)]
    for name in names:
        words = re.findall(r"[\w'’-]+", name)
        initials = "".join(w.split("-", 1)[-1][:1] for w in words if w.split("-", 1)[-1][:1].isupper())
        found = [name.lower(), *([initials] if len(initials) >= 2 else [])]
        for family in families.values():
            if any(f in (n.lower() for n in found) for f in family):
                found += family
        out += found
    return tuple(dict.fromkeys(out))


def _names_any(subject: str, names: tuple[str, ...]) -> bool:
    """Whether ``subject`` names one of ``names`` as a whole word (a short
    all-capital name, "IS", in its case only)."""
    return any(_name_pattern(n).search(subject) for n in names)


@functools.lru_cache(maxsize=256)
def _name_pattern(name: str) -> re.Pattern[str]:
    body = re.escape(name).replace(r"\ ", r"\s{1,3}")
    flags = 0 if name.isupper() and len(name) <= 4 else re.IGNORECASE
    if name.islower() and len(name) <= 3:
        body, flags = re.escape(name.upper()), 0  # "is": the capital IS only
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", flags)


def _opposite(art: Article, side: int | None) -> str | None:
    """The side opposite the one other combatant column's, when the article
    has two columns of combatants and the other one's side is known."""
    others = [k for k, names in art.combatants.items() if k != side and names]
    if len(others) != 1:
        return None
    other = _majority(map(combatant_side, art.combatants[others[0]]))
    return ENEMY.get(other) if other is not None else None


def _majority(sides: Iterable[str]) -> str | None:
    """The known side most of ``sides`` name (the first named on a tie), or None."""
    votes = [s for s in sides if s != "unknown"]
    return max(dict.fromkeys(votes), key=votes.count) if votes else None


# --- which incidents count --------------------------------------------------------------------


@functools.cache
def _vague_plural() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){alternation(list(table('numbers')['vague_plurals']))}(?![\w-])", re.IGNORECASE)


def _policy_interval(inc: "Incident", policy: str) -> Interval:
    """The incident's count under ``policy``: the conservative policy counts
    a plural vague word once ("dozens" 12) where the guide's floor is twice
    its value (24)."""
    low = inc.low
    if policy == "conservative" and inc.qualifier == "vague" and _vague_plural().search(inc.quote):
        low = inc.low // 2
    return Interval(low, inc.high)


def _target(inc: "Incident") -> tuple[str, str] | None:
    if inc.relation is None:
        return None
    kind, _, target = inc.relation.partition(":")
    return kind, target


def select(rows: list["Incident"], scope: Scope, outcome: str, *, policy: str = "literal",
           within: set[str] | None = None) -> tuple[list["Incident"], list["Incident"]]:
    """The incidents of ``rows`` that count for ``scope`` and ``outcome``,
    and those of the same scope and outcome that do not.

    ``within`` restricts the counting to those ids (a per-source view): a
    relation then excludes a row only when its target is within too.
    """
    by_id = {r.id: r for r in rows}
    pool = [r for r in rows if scope.covers(r) and counted_as(r.outcome) == outcome
            and (within is None or r.id in within)]
    pool_ids = {r.id for r in pool}

    def linked(target: str) -> bool:
        return target in by_id and (within is None or target in within)

    updates = [rel[1] for r in pool if (rel := _target(r)) and rel[0] == "update_of"]
    superseded = {t for t in updates if linked(t) and t in pool_ids}
    counted, excluded = [], []
    for r in pool:
        rel = _target(r)
        if not r.in_period or r.id in superseded or (rel and rel[0] in _EXCLUDING and linked(rel[1])):
            excluded.append(r)
        else:
            counted.append(r)
    if policy == "conservative":
        counted, excluded = _lowest_alternatives(pool, counted, excluded, by_id, policy)
    return counted, excluded


def _lowest_alternatives(pool, counted, excluded, by_id, policy):
    """Of each counted figure and its in-period alternatives, keep the lowest."""
    counted_ids = {r.id for r in counted}
    for r in pool:
        rel = _target(r)
        if not (rel and rel[0] == "alternative_of" and r.in_period):
            continue
        original = rel[1]
        while original in by_id and (nxt := _target(by_id[original])) and nxt[0] == "alternative_of":
            original = nxt[1]
        if original not in counted_ids:
            continue
        current = next(c for c in counted if c.id == original)
        if (_policy_interval(r, policy).low, r.high or 0) < (_policy_interval(current, policy).low, current.high or 0):
            counted = [r if c.id == original else c for c in counted]
            excluded = [current if e.id == r.id else e for e in excluded]
            counted_ids = (counted_ids - {original}) | {r.id}
    return counted, excluded


def _sum(rows: Iterable["Incident"], policy: str) -> Interval:
    total = ZERO
    for r in rows:
        total = total + _policy_interval(r, policy)
    return total


# --- the infobox side ---------------------------------------------------------------------------


def _infobox_totals(figures: list[Figure]) -> dict[tuple[str, str], Interval]:
    """The field's figures summed per (outcome, unit), with pint checking
    that only quantities of one unit are added.

    Figures of one outcome that different sources give are different claims,
    not parts of one total: "400+ killed (SOHR), 700+ killed (government
    claim)" is no 1,100+. Each source's figures are summed, with the
    figures no source is named for, and the field stands for the span of
    its claims, from the lowest to the highest. With one source or none,
    every figure is summed ("188 killed (SOHR), 1 officer killed": 189),
    but a breakdown of a figure is inside it ("6 killed (3 soldiers, 3
    policemen)": 6).

    >>> from casualtylib import parse_casualties
    >>> _infobox_totals(list(parse_casualties("400+ killed (SOHR), 700+ killed (government claim)")))
    {('killed', 'person'): Interval(low=400, high=None)}
    >>> _infobox_totals(list(parse_casualties("188 killed (SOHR), 1 officer killed")))
    {('killed', 'person'): Interval(low=189, high=189)}
    >>> _infobox_totals(list(parse_casualties("15 killed, including 3 commanders")))
    {('killed', 'person'): Interval(low=15, high=15)}
    """
    from .units import quantity

    claims: dict[tuple[str, str], dict[str | None, tuple[Any, Any]]] = {}
    for f in figures:
        if f.outcome is None or f.part_of is not None:
            continue  # no outcome, or inside another figure of the field
        key = (counted_as(f.outcome), f.unit)
        low = quantity(f.low, f.unit)
        high = None if f.high is None else quantity(f.high, f.unit)
        by_source = claims.setdefault(key, {})
        if f.attribution in by_source:
            lo, hi = by_source[f.attribution]
            by_source[f.attribution] = (lo + low, None if hi is None or high is None else hi + high)
        else:
            by_source[f.attribution] = (low, high)
    out = {}
    for key, by_source in claims.items():
        unnamed = by_source.pop(None, None)
        if unnamed is not None:  # what no source is named for adds to every claim
            by_source = {src: (lo + unnamed[0], None if hi is None or unnamed[1] is None else hi + unnamed[1])
                         for src, (lo, hi) in by_source.items()} or {None: unnamed}
        lows = [lo for lo, _ in by_source.values()]
        highs = [hi for _, hi in by_source.values()]
        out[key] = Interval(int(min(lows).magnitude), None if None in highs else int(max(highs).magnitude))
    return out


def _check_policy(policy: str) -> None:
    if policy not in POLICIES:
        raise ValueError(f"unknown policy {policy!r}; expected one of {', '.join(POLICIES)}")


def reconcile_article(art: Article, *, policy: str = "literal", sides: Mapping[int, str] | None = None,
                      incidents: "list[Incident] | None" = None, by_source: bool = False) -> list[Reconciliation]:
    """The reconciliation rows of one article (see the module docs).

    Args:
        art: the article.
        policy: "literal" or "conservative".
        sides: infobox side number to incident side, overriding the combatants.
        incidents: the article's incidents, if already extracted.
        by_source: one row per reporting source too (see :func:`reconcile_sources`).
    """
    from .prose import incidents as extract

    _check_policy(policy)
    rows = list(extract(art)) if incidents is None else list(incidents)
    out: list[Reconciliation] = []
    for key, side in art.casualty_fields():
        figures = list(parse_casualties(art.infobox[key]))
        scope = covered(art, side, figures, override=(sides or {}).get(side) if side is not None else None)
        totals = _infobox_totals(figures)
        keys = list(dict.fromkeys([("killed", "person"), *totals]))
        for outcome, unit in keys:
            base = dict(article=art.name, side=side, party=art.party(side) if side is not None else None,
                        outcome=outcome, unit=unit, covers=str(scope), infobox=totals.get((outcome, unit)))
            if unit != "person":
                out.append(Reconciliation(**base, incidents=ZERO, counted=(), excluded=()))
                continue
            counted, excluded = select(rows, scope, outcome, policy=policy)
            if not by_source:
                out.append(Reconciliation(**base, incidents=_sum(counted, policy),
                                          counted=tuple(r.id for r in counted), excluded=tuple(r.id for r in excluded)))
                continue
            for source, ids in _by_source(rows, scope, outcome).items():
                c, e = select(rows, scope, outcome, policy=policy, within=ids)
                out.append(Reconciliation(**base, incidents=_sum(c, policy), counted=tuple(r.id for r in c),
                                          excluded=tuple(r.id for r in e), source=source))
    return out


def _by_source(rows: list["Incident"], scope: Scope, outcome: str) -> dict[str, set[str]]:
    groups: dict[str, set[str]] = {}
    for r in rows:
        if scope.covers(r) and counted_as(r.outcome) == outcome:
            for source in r.sources or (UNATTRIBUTED,):
                groups.setdefault(source, set()).add(r.id)
    return dict(sorted(groups.items(), key=lambda kv: (kv[0] == UNATTRIBUTED, kv[0].lower())))


# --- DataFrames ---------------------------------------------------------------------------------


def reconcile(articles: Any, *, policy: str = "literal", sides: Mapping[int, str] | None = None,
              errors: str = "raise", validate: bool = True) -> "pd.DataFrame":
    """Set each article's infobox totals against the sum of its incidents.

    One row per article x infobox side x outcome x unit, columns
    :data:`RECONCILE_COLUMNS`, validated by
    :class:`~casualtylib.ReconciliationSchema`. The rules are in the
    module docs of :mod:`casualtylib.reconciliation`.

    Args:
        articles: an article, a path or folder, or an iterable of them (read lazily).
        policy: "literal" (the guide's floors, the default) or "conservative"
            (ACLED's: dozens 12, hundreds 100, the lowest of alternative reports).
        sides: infobox side number to incident side, for combatants the
            ``[combatants]`` table does not know (``{1: "opposition"}``).
        errors: "raise" stops at the first unreadable file; "row" reports it
            as a row with status "error" and the message in ``error``.
        validate: check the result against the schema.

    >>> import casualtylib
    >>> df = casualtylib.reconcile("seeds/004_53af8563b63003c2.txt")
    >>> for row in df.head(3).itertuples():
    ...     print(row.side, row.infobox_low, row.infobox_high, row.incident_low, row.incident_high, row.status)
    1 78 <NA> 78 <NA> consistent
    2 64 <NA> 54 <NA> consistent
    3 17 <NA> 11 11 infobox_exceeds
    """
    return _frame(_rows(articles, policy=policy, sides=sides, errors=errors, by_source=False), by_source=False,
                  validate=validate)


def reconcile_sources(articles: Any, *, policy: str = "literal", sides: Mapping[int, str] | None = None,
                      errors: str = "raise", validate: bool = True) -> "pd.DataFrame":
    """:func:`reconcile`, broken down by reporting source: what SOHR alone
    supports, what SANA alone supports.

    One row per article x side x outcome x source (columns
    :data:`SOURCE_COLUMNS`). A source's sum counts the incidents it reports
    (incidents naming no reporter form the source ``"unattributed"``); a
    duplicate, alternative or part is left out only when the figure it points
    to is that source's too, so SNHR's alternative toll counts in SNHR's row.
    The rows of one side do not add up to :func:`reconcile`'s: an incident
    two sources report is in both.

    >>> import casualtylib
    >>> df = casualtylib.reconcile_sources("seeds/000_2f889a6acb127c80.txt")
    >>> gov = df[(df["side"] == 2) & (df["outcome"] == "killed")]
    >>> print(gov[["source", "incident_low", "incident_high", "n_incidents"]].tail(3).to_string(index=False))
          source  incident_low  incident_high  n_incidents
            SANA            15             15            2
            SOHR             0              0            0
    unattributed            23           <NA>            4
    """
    return _frame(_rows(articles, policy=policy, sides=sides, errors=errors, by_source=True), by_source=True,
                  validate=validate)


def _rows(articles: Any, *, policy: str, sides, errors: str, by_source: bool) -> list[dict[str, Any]]:
    _check_policy(policy)
    if errors not in ("raise", "row"):
        raise ValueError(f"errors must be 'raise' or 'row', not {errors!r}")
    rows: list[dict[str, Any]] = []
    for art in each_article(articles, errors="raise" if errors == "raise" else "return"):
        if isinstance(art, Exception):
            rows.append(error_row(art, by_source=by_source))
            continue
        rows.extend(reconcile_rows(art, policy=policy, sides=sides, by_source=by_source))
    return rows


def reconcile_rows(art: Article, *, policy: str = "literal", sides: Mapping[int, str] | None = None,
                   by_source: bool = False) -> list[dict[str, Any]]:
    """The rows of one article as dicts of :data:`RECONCILE_COLUMNS` (or
    :data:`SOURCE_COLUMNS` with ``by_source``)."""
    return [r.as_row() for r in reconcile_article(art, policy=policy, sides=sides, by_source=by_source)]


def error_row(exc: Exception, *, by_source: bool = False) -> dict[str, Any]:
    """The row that stands for an article that could not be read."""
    return {**dict.fromkeys(SOURCE_COLUMNS if by_source else RECONCILE_COLUMNS),
            "article": os.path.basename(getattr(exc, "path", None) or "?"), "status": "error",
            "error": str(exc), "covers": "", "outcome": "", "unit": ""}


def reconcile_frame(rows: list[dict[str, Any]], *, by_source: bool = False, validate: bool = True) -> "pd.DataFrame":
    """The DataFrame of reconciliation rows, typed (and validated)."""
    return _frame(rows, by_source=by_source, validate=validate)


def _frame(rows: list[dict[str, Any]], *, by_source: bool, validate: bool) -> "pd.DataFrame":
    import pandas as pd

    columns = SOURCE_COLUMNS if by_source else RECONCILE_COLUMNS
    df = pd.DataFrame(rows, columns=list(columns))
    df = df.astype({
        "article": "str", "side": "Int64", "party": "object", "outcome": "str", "unit": "str", "covers": "str",
        "infobox_low": "Int64", "infobox_high": "Int64", "incident_low": "Int64", "incident_high": "Int64",
        "n_incidents": "Int64", "n_excluded": "Int64", "coverage": "Float64",
        "status": pd.CategoricalDtype(list(STATUSES)), "error": "object",
    })
    if by_source:
        # an empty object column fails the schema's str dtype under pandas 3
        df["source"] = df["source"].astype("str").where(df["source"].notna(), None) if len(df) else df["source"].astype("str")
    for col in ("party", "error"):
        df[col] = df[col].where(df[col].notna(), None)
    if validate:
        from .schemas import ReconciliationSchema, SourceReconciliationSchema

        df = (SourceReconciliationSchema if by_source else ReconciliationSchema).validate(df)
    return df
