"""Every public function and class shows how it is used.

The public API is ``casualtylib.__all__`` plus the user-facing modules
``casualtylib.strategies`` and ``casualtylib.dask``. Each of their functions
and classes has a docstring with a ``>>>`` example; pytest runs those
examples as doctests (``--doctest-modules`` in pyproject.toml), so they stay
true.
"""

from __future__ import annotations

import importlib
import inspect

import pytest

import casualtylib

_MODULES = ["casualtylib", "casualtylib.strategies", "casualtylib.dask"]


def _public() -> list[tuple[str, object]]:
    out = []
    for name in _MODULES:
        module = importlib.import_module(name)
        for attr in module.__all__:
            obj = getattr(module, attr)
            if inspect.isfunction(obj) or inspect.isclass(obj):
                out.append((f"{name}.{attr}", obj))
    return out


@pytest.mark.parametrize("name, obj", _public(), ids=[n for n, _ in _public()])
def test_public_api_has_a_docstring_with_an_example(name: str, obj: object) -> None:
    doc = inspect.getdoc(obj) or ""
    assert doc, f"{name} has no docstring"
    assert ">>>" in doc, f"{name}'s docstring shows no example"


def test_the_examples_are_collected_as_doctests() -> None:
    import doctest

    finder = doctest.DocTestFinder()
    for name, obj in _public():
        module = inspect.getmodule(obj)
        tests = [t for t in finder.find(module) if t.examples]
        assert any(t.name.endswith("." + obj.__name__) or t.name == module.__name__ and obj.__name__ in t.docstring
                   for t in tests), f"the example of {name} is not run as a doctest"


def test_all_names_resolve() -> None:
    for name in casualtylib.__all__:
        assert getattr(casualtylib, name) is not None
