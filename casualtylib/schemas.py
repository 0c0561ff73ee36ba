"""pandera schemas of casualtylib's DataFrames.

Importing this module imports pandera; ``import casualtylib`` does not, and
``casualtylib.FigureSchema`` loads it on first access.

The schemas encode the laws of a figure: ``low >= 0``, ``low <= high`` where
``high`` is set, and the closed vocabularies of qualifier, outcome and unit.
Rows with ``parsed`` False carry a fragment the parser could not place (the
residue): their numbers are missing, not zero.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from .numbers import QUALIFIERS
from .outcomes import OUTCOMES
from .units import UNITS

__all__ = ["FigureSchema", "QUALIFIER_DTYPE", "UNIT_DTYPE", "outcome_dtype"]

QUALIFIER_DTYPE = pd.CategoricalDtype(list(QUALIFIERS))
UNIT_DTYPE = pd.CategoricalDtype(list(UNITS))


def outcome_dtype(values=()) -> pd.CategoricalDtype:
    """The outcome categories: the guide's outcomes plus any combined ones seen."""
    extra = sorted({v for v in values if isinstance(v, str) and v not in OUTCOMES})
    return pd.CategoricalDtype(list(OUTCOMES) + extra)


def _known_outcome(series: pd.Series) -> pd.Series:
    ok = set(OUTCOMES)
    return series.isna() | series.astype("object").map(
        lambda v: isinstance(v, str) and all(p in ok for p in v.split("_or_"))
    ).astype(bool)


class FigureSchema(pa.DataFrameModel):
    """One row per infobox figure (and per unplaced fragment, ``parsed`` False).

    Columns: ``article, field, side, party`` then the :class:`~casualtylib.Figure`
    fields ``text, start, end, low, high, qualifier, outcome, subject, unit,
    attribution``, then ``parsed``.
    """

    article: Series[str]
    field: Series[str]
    side: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    party: Series[str] = pa.Field(nullable=True)
    text: Series[str]
    start: Series[pd.Int64Dtype] = pa.Field(ge=0)
    end: Series[pd.Int64Dtype] = pa.Field(ge=0)
    low: Series[pd.Int64Dtype] = pa.Field(ge=0, nullable=True)
    high: Series[pd.Int64Dtype] = pa.Field(ge=0, nullable=True)
    qualifier: Series[pd.CategoricalDtype] = pa.Field(nullable=True, isin=list(QUALIFIERS))
    outcome: Series[pd.CategoricalDtype] = pa.Field(nullable=True)
    subject: Series[str] = pa.Field(nullable=True)
    unit: Series[pd.CategoricalDtype] = pa.Field(nullable=True, isin=list(UNITS))
    attribution: Series[str] = pa.Field(nullable=True)
    parsed: Series[pd.BooleanDtype]

    @pa.check("outcome", name="known_outcome")
    def _outcome_known(cls, series: Series) -> Series[bool]:
        return _known_outcome(series)

    @pa.dataframe_check(name="low_le_high")
    def _low_le_high(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["high"].isna() | (df["low"] <= df["high"])).fillna(True).astype(bool)

    @pa.dataframe_check(name="figure_has_low")
    def _figures_have_low(cls, df: pd.DataFrame) -> Series[bool]:
        return (~df["parsed"] | df["low"].notna()).fillna(False).astype(bool)

    @pa.dataframe_check(name="span_ordered")
    def _span_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["start"] <= df["end"]).fillna(False).astype(bool)

    class Config:
        strict = True
        ordered = True
