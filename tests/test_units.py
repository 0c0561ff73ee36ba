"""Units: one pint registry; tanks never add up with soldiers."""

from __future__ import annotations

import pint
import pytest

from casualtylib import parse_casualties, registry
from casualtylib.units import quantity


def test_people_add_up() -> None:
    a, b = (f.quantity for f in parse_casualties("200 soldiers killed, 50 policemen killed"))
    assert a + b == quantity(250, "person")


def test_tanks_never_add_up_with_soldiers() -> None:
    soldiers, tanks = parse_casualties("441 fighters killed, 3 tanks lost")
    with pytest.raises(pint.DimensionalityError):
        soldiers.quantity + tanks.quantity


def test_aircraft_are_their_own_dimension() -> None:
    (jet,) = parse_casualties("1 Su-22 jet bomber shot down")
    assert jet.quantity.dimensionality == registry()("aircraft").dimensionality
    with pytest.raises(pint.DimensionalityError):
        jet.quantity.to("vehicle")


def test_bounds() -> None:
    (f,) = parse_casualties("90–200 civilians killed")
    low, high = f.bounds
    assert (low.magnitude, high.magnitude) == (90, 200)
    (g,) = parse_casualties("73+ fighters killed")
    assert g.bounds[1] is None


def test_one_registry_per_process() -> None:
    assert registry() is registry()
