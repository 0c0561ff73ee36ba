"""casualtylib's results as pandas DataFrames, validated by pandera.

>>> from casualtylib import read_article
>>> art = read_article('''= X =
...
... Infobox
... - Combatant1: Free Syrian Army
... - Casualties1: 73+ fighters killed, 3 tanks lost (2012)
... ''')
>>> df = infobox_figures(art)
>>> df[["field", "side", "party", "low", "high", "outcome", "unit", "parsed"]]
         field  side             party   low  high outcome     unit  parsed
0  casualties1     1  Free Syrian Army    73  <NA>  killed   person    True
1  casualties1     1  Free Syrian Army     3     3    lost  vehicle    True
2  casualties1     1  Free Syrian Army  <NA>  <NA>     NaN      NaN   False
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .article import Article, each_article
from .figures import parse_casualties

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["infobox_figures", "figure_rows", "figure_frame", "FIGURE_COLUMNS"]

FIGURE_COLUMNS = (
    "article", "field", "side", "party", "text", "start", "end", "low", "high",
    "qualifier", "outcome", "subject", "unit", "attribution", "part_of", "parsed",
)


def infobox_figures(source: Any, *, validate: bool = True) -> "pd.DataFrame":
    """The infobox casualty figures of one or many articles, one row each.

    Args:
        source: an :class:`~casualtylib.Article`, a path, folder or dump,
            an article's text, or an iterable of those (read lazily).
        validate: check the result against :class:`~casualtylib.FigureSchema`.

    Returns:
        A DataFrame with the columns of :data:`FIGURE_COLUMNS`: nullable
        integers (an open ``high`` is ``<NA>``), categoricals for qualifier,
        outcome and unit. Fragments the parser could not place are kept as
        rows with ``parsed`` False and no numbers, so nothing is lost.

    >>> df = infobox_figures("seeds/")
    >>> len(df), df["unit"].value_counts().to_dict()
    (21, {'person': 15, 'aircraft': 4, 'vehicle': 2, 'vessel': 0})
    """
    rows: list[dict[str, Any]] = []
    for art in each_article(source):
        rows.extend(figure_rows(art))
    return _frame(rows, validate=validate)


def figure_rows(art: Article) -> list[dict[str, Any]]:
    """The infobox figure rows of one article as dicts of :data:`FIGURE_COLUMNS`."""
    rows: list[dict[str, Any]] = []
    for key, side in art.casualty_fields():
        value = art.infobox[key]
        party = art.party(side) if side is not None else None
        base = {"article": art.name, "field": key, "side": side, "party": party}
        result = parse_casualties(value)
        for f in result:
            rows.append({**base, "text": f.text, "start": f.span[0], "end": f.span[1],
                         "low": f.low, "high": f.high, "qualifier": f.qualifier,
                         "outcome": f.outcome, "subject": f.subject, "unit": f.unit,
                         "attribution": f.attribution, "part_of": f.part_of, "parsed": True})
        for frag in result.residue:
            rows.append({**base, "text": frag.text, "start": frag.span[0], "end": frag.span[1],
                         "low": None, "high": None, "qualifier": None, "outcome": None,
                         "subject": None, "unit": None, "attribution": None, "part_of": None, "parsed": False})
    return rows


def figure_frame(rows: list[dict[str, Any]], *, validate: bool = True) -> "pd.DataFrame":
    """The DataFrame of figure rows, typed (and validated) for :class:`~casualtylib.FigureSchema`."""
    return _frame(rows, validate=validate)


def _frame(rows: list[dict[str, Any]], *, validate: bool) -> "pd.DataFrame":
    import pandas as pd

    from .schemas import QUALIFIER_DTYPE, UNIT_DTYPE, FigureSchema, outcome_dtype

    df = pd.DataFrame(rows, columns=list(FIGURE_COLUMNS))
    df = df.astype({
        "article": "str", "field": "str", "party": "object", "text": "str",
        "side": "Int64", "start": "Int64", "end": "Int64", "low": "Int64", "high": "Int64",
        "qualifier": QUALIFIER_DTYPE, "outcome": outcome_dtype(df["outcome"]), "unit": UNIT_DTYPE,
        "subject": "object", "attribution": "object", "part_of": "Int64", "parsed": "boolean",
    })
    for col in ("party", "subject", "attribution"):
        df[col] = df[col].astype("str").where(df[col].notna(), None) if len(df) else df[col].astype("str")
    if validate:
        df = FigureSchema.validate(df)
    return df
