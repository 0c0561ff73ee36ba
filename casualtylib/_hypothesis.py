"""The hook hypothesis calls through its entry point (see ``pyproject.toml``).

Hypothesis runs it when it is imported, which may be in the middle of
importing :mod:`casualtylib.strategies` (that module imports hypothesis), so
the strategy is looked up only when a test first asks for it.
"""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    """Make ``st.from_type(Figure)`` (and ``@given`` arguments annotated
    ``Figure``) draw from :func:`casualtylib.strategies.figures`."""
    from hypothesis import strategies as st

    from .figures import Figure

    def figures_for(_type: type) -> "st.SearchStrategy[Figure]":
        from .strategies import figures

        return figures()

    st.register_type_strategy(Figure, figures_for)
