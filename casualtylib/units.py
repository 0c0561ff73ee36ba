"""Units of what a figure counts: people, vehicles, aircraft, vessels.

casualtylib keeps one pint :class:`~pint.UnitRegistry` for the package, built
from ``data/units.txt``, in which each kind of thing is its own base
dimension: pint refuses to add tanks to soldiers.

>>> tanks = quantity(3, "vehicle")
>>> soldiers = quantity(12, "person")
>>> soldiers + quantity(2, "people")
<Quantity(14, 'person')>
>>> tanks + soldiers
Traceback (most recent call last):
...
pint.errors.DimensionalityError: Cannot convert from 'vehicle' ([vehicle]) to 'person' ([person])

The registry is built on first use, so ``import casualtylib`` stays fast.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import TYPE_CHECKING, Any

from ._vocab import table
from .outcomes import person_only

if TYPE_CHECKING:
    import pint

__all__ = ["UNITS", "registry", "quantity", "unit_of", "names_unit"]

#: The closed vocabulary of units.
UNITS = ("person", "vehicle", "aircraft", "vessel")


@functools.cache
def registry() -> "pint.UnitRegistry":
    """casualtylib's pint registry (one per process, built on first call)."""
    import pint

    ureg = pint.UnitRegistry(None)
    with resources.as_file(resources.files("casualtylib").joinpath("data/units.txt")) as path:
        ureg.load_definitions(str(path))
    return ureg


def quantity(magnitude: Any, unit: str) -> "pint.Quantity":
    """A pint quantity in casualtylib's registry: ``quantity(3, "vehicle")``."""
    return registry().Quantity(magnitude, unit)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], list[tuple[str, re.Pattern[str]]]]:
    t = table("units")
    people = re.compile(r"(?<![\w-])(?:" + "|".join(t["people_override"]["patterns"]) + r")(?![\w-])")
    kinds = [
        (unit, re.compile(r"(?<![\w-])(?:" + "|".join(pats) + r")(?![\w])"))
        for unit, pats in t["patterns"].items()
    ]
    return people, kinds


def names_unit(text: str, unit: str) -> bool:
    """Whether ``text`` names a thing of ``unit`` (a word of its patterns in
    ``data/units.toml``) anywhere.

    >>> names_unit("rebels shot down a MiG-23 near the town", "aircraft")
    True
    >>> names_unit("rebels attacked a checkpoint", "aircraft")
    False
    """
    low = text.lower()
    return any(pattern.search(low) for kind, pattern in _patterns()[1] if kind == unit)


@functools.lru_cache(maxsize=512)
def unit_of(subject: str, outcome: str | None = None) -> str:
    """The unit a figure counts, from its subject and outcome (cached:
    subjects such as "soldiers" or "tanks" are a small vocabulary).

    >>> unit_of("armoured vehicles", "destroyed"), unit_of("Mi-17 helicopters", "shot_down")
    ('vehicle', 'aircraft')
    >>> unit_of("tank crews", "killed"), unit_of("", "shot_down"), unit_of("soldiers")
    ('person', 'aircraft', 'person')
    """
    if person_only(outcome):
        return "person"
    s = subject.lower()
    people, kinds = _patterns()
    if s and not people.search(s):
        # the head noun is the last word that matches a kind
        best: tuple[int, str] | None = None
        for unit, pattern in kinds:
            for m in pattern.finditer(s):
                if best is None or m.end() > best[0]:
                    best = (m.end(), unit)
        if best is not None:
            return best[1]
    if not s and outcome == "shot_down":
        return "aircraft"
    return "person"
