"""pandera schemas of casualtylib's DataFrames.

Importing this module imports pandera; ``import casualtylib`` does not, and
``casualtylib.FigureSchema`` loads it on first access.

The schemas encode the laws of a figure: ``low >= 0``, ``low <= high`` where
``high`` is set, and the closed vocabularies of qualifier, outcome and unit.
Rows with ``parsed`` False carry a fragment the parser could not place (the
residue): their numbers are missing, not zero.
"""

from __future__ import annotations

import re

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from .numbers import QUALIFIERS
from .outcomes import OUTCOMES
from .units import UNITS

__all__ = ["FigureSchema", "IncidentSchema", "ReconciliationSchema", "SourceReconciliationSchema", "QUALIFIER_DTYPE", "UNIT_DTYPE", "SIDE_DTYPE", "PRECISION_DTYPE", "outcome_dtype", "coerce_incidents"]

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
    attribution, part_of``, then ``parsed``.

    >>> import casualtylib
    >>> df = casualtylib.infobox_figures("seeds/004_53af8563b63003c2.txt", validate=False)
    >>> FigureSchema.validate(df.assign(low=-df["low"]))
    Traceback (most recent call last):
    ...
    pandera.errors.SchemaError: Column 'low' failed element-wise validator number 0: greater_than_or_equal_to(0) failure cases: -73, -5, -51, -13, -17, -115000
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
    part_of: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
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


SIDE_DTYPE = pd.CategoricalDtype(["government", "opposition", "civilian", "unknown"])
PRECISION_DTYPE = pd.CategoricalDtype(["day", "month", "year", "range", "none"])
_RELATION = r"^(?:duplicate_of|alternative_of|part_of|update_of):\S{1,80}$"
_ISO_DATE = r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$"


def coerce_incidents(df: pd.DataFrame) -> pd.DataFrame:
    """Give a frame of incident rows the dtypes :class:`IncidentSchema` expects."""
    df = df.astype({
        "start": "Int64", "end": "Int64", "low": "Int64", "high": "Int64", "hedged": "boolean",
        "in_period": "boolean", "qualifier": QUALIFIER_DTYPE, "outcome": outcome_dtype(df["outcome"]),
        "side": SIDE_DTYPE, "date_precision": PRECISION_DTYPE,
    })
    for col in ("article", "id", "quote", "sentence", "subject"):
        df[col] = df[col].astype("str")
    for col in ("date", "relation", "location"):
        df[col] = df[col].astype("object").where(df[col].notna(), None)
    return df


class IncidentSchema(pa.DataFrameModel):
    """One row per casualty figure reported in an article's prose.

    The laws: ``low >= 0`` and ``low <= high``; a quote's span is ordered;
    ids are unique within an article; a date's form matches its precision
    (``2011-11-14`` is "day", ``2012-02`` "month", ``2012`` "year", a range
    ``a/b`` "range", none for "none"); relations name a kind of the guide
    and an id of the same article.

    >>> import casualtylib
    >>> df = casualtylib.extract_incidents("seeds/004_53af8563b63003c2.txt")
    >>> len(IncidentSchema.validate(df)), df["side"].dtype.categories.tolist()
    (13, ['government', 'opposition', 'civilian', 'unknown'])
    """

    article: Series[str]
    id: Series[str]
    quote: Series[str]
    sentence: Series[str]
    start: Series[pd.Int64Dtype] = pa.Field(ge=0)
    end: Series[pd.Int64Dtype] = pa.Field(ge=0)
    date: Series[object] = pa.Field(nullable=True)
    date_precision: Series[pd.CategoricalDtype] = pa.Field(isin=list(PRECISION_DTYPE.categories))
    low: Series[pd.Int64Dtype] = pa.Field(ge=0)
    high: Series[pd.Int64Dtype] = pa.Field(ge=0, nullable=True)
    qualifier: Series[pd.CategoricalDtype] = pa.Field(isin=list(QUALIFIERS))
    outcome: Series[pd.CategoricalDtype]
    subject: Series[str]
    side: Series[pd.CategoricalDtype] = pa.Field(isin=list(SIDE_DTYPE.categories))
    sources: Series[object]
    hedged: Series[pd.BooleanDtype]
    in_period: Series[pd.BooleanDtype]
    relation: Series[object] = pa.Field(nullable=True)
    location: Series[object] = pa.Field(nullable=True)

    @pa.check("outcome", name="known_outcome")
    def _outcome_known(cls, series: Series) -> Series[bool]:
        return _known_outcome(series)

    @pa.check("sources", name="sources_are_lists_of_names")
    def _sources_lists(cls, series: Series) -> Series[bool]:
        return series.map(lambda v: isinstance(v, (list, tuple)) and all(isinstance(s, str) and s for s in v)).astype(bool)

    @pa.check("date", name="iso_date")
    def _iso_date(cls, series: Series) -> Series[bool]:
        return series.isna() | series.astype("object").map(lambda v: isinstance(v, str) and bool(re.match(_ISO_DATE, v))).astype(bool)

    @pa.check("relation", name="relation_kind")
    def _relation_kind(cls, series: Series) -> Series[bool]:
        return series.isna() | series.astype("str").str.match(_RELATION)

    @pa.dataframe_check(name="low_le_high")
    def _low_le_high(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["high"].isna() | (df["low"] <= df["high"])).fillna(True).astype(bool)

    @pa.dataframe_check(name="span_ordered")
    def _span_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["start"] <= df["end"]).fillna(False).astype(bool)

    @pa.dataframe_check(name="precision_matches_date")
    def _precision(cls, df: pd.DataFrame) -> Series[bool]:
        lengths = {"day": 10, "month": 7, "year": 4}

        def ok(date, precision) -> bool:
            if precision == "none":
                return date is None
            if precision == "range":
                return isinstance(date, str) and "/" in date
            return isinstance(date, str) and len(date) == lengths[precision]

        return pd.Series([ok(d, p) for d, p in zip(df["date"], df["date_precision"])], index=df.index, dtype=bool)

    @pa.dataframe_check(name="unique_id")
    def _unique_id(cls, df: pd.DataFrame) -> Series[bool]:
        return ~df.duplicated(["article", "id"], keep=False)

    @pa.dataframe_check(name="relation_target_exists")
    def _targets(cls, df: pd.DataFrame) -> Series[bool]:
        known = set(zip(df["article"], df["id"]))
        return pd.Series(
            [r is None or (a, r.split(":", 1)[1]) in known for a, r in zip(df["article"], df["relation"])],
            index=df.index, dtype=bool,
        )

    class Config:
        strict = True
        ordered = True


class ReconciliationSchema(pa.DataFrameModel):
    """One row per article x infobox side x outcome x unit: the infobox
    interval against the interval sum of the incidents that count
    (:func:`casualtylib.reconcile`).

    The laws: lows are counts and ``low <= high`` for both intervals; the
    status agrees with the intervals (``consistent`` exactly when they
    overlap); ``coverage`` is ``incident_low / infobox_low``; a row with
    status "error" names the article that could not be read and carries no
    numbers.

    >>> import casualtylib
    >>> df = casualtylib.reconcile("seeds/004_53af8563b63003c2.txt")
    >>> bad = df.assign(status=df["status"].replace({"infobox_exceeds": "consistent"}))
    >>> ReconciliationSchema.validate(bad)
    Traceback (most recent call last):
    ...
    pandera.errors.SchemaError: ...<Check status_agrees> failure cases: 004_53af8563b63003c2.txt, 3, killed, ...
    """

    article: Series[str]
    side: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    party: Series[object] = pa.Field(nullable=True)
    outcome: Series[str]
    unit: Series[str]
    covers: Series[str]
    infobox_low: Series[pd.Int64Dtype] = pa.Field(ge=0, nullable=True)
    infobox_high: Series[pd.Int64Dtype] = pa.Field(ge=0, nullable=True)
    incident_low: Series[pd.Int64Dtype] = pa.Field(ge=0, nullable=True)
    incident_high: Series[pd.Int64Dtype] = pa.Field(ge=0, nullable=True)
    n_incidents: Series[pd.Int64Dtype] = pa.Field(ge=0, nullable=True)
    n_excluded: Series[pd.Int64Dtype] = pa.Field(ge=0, nullable=True)
    coverage: Series[pd.Float64Dtype] = pa.Field(ge=0, nullable=True)
    status: Series[pd.CategoricalDtype] = pa.Field(isin=["consistent", "infobox_exceeds", "incidents_exceed",
                                                         "no_infobox_figure", "no_incidents", "error"])
    error: Series[object] = pa.Field(nullable=True)

    @pa.dataframe_check(name="low_le_high")
    def _low_le_high(cls, df: pd.DataFrame) -> Series[bool]:
        ok_box = df["infobox_high"].isna() | (df["infobox_low"] <= df["infobox_high"])
        ok_inc = df["incident_high"].isna() | (df["incident_low"] <= df["incident_high"])
        return (ok_box & ok_inc).fillna(True).astype(bool)

    @pa.dataframe_check(name="numbers_unless_error")
    def _numbers(cls, df: pd.DataFrame) -> Series[bool]:
        error = df["status"] == "error"
        has = df["incident_low"].notna() & df["n_incidents"].notna()
        return ((error & df["error"].notna()) | (~error & has & df["error"].isna())).astype(bool)

    @pa.dataframe_check(name="status_agrees")
    def _status(cls, df: pd.DataFrame) -> Series[bool]:
        def agrees(row) -> bool:
            s = row.status
            if s == "error":
                return True
            if pd.isna(row.infobox_low):
                return s == "no_infobox_figure"
            if row.n_incidents == 0:
                return s == "no_incidents"
            box_hi = None if pd.isna(row.infobox_high) else row.infobox_high
            inc_hi = None if pd.isna(row.incident_high) else row.incident_high
            overlap = (inc_hi is None or row.infobox_low <= inc_hi) and (box_hi is None or row.incident_low <= box_hi)
            if overlap:
                return s == "consistent"
            return s == ("infobox_exceeds" if inc_hi is not None and row.infobox_low > inc_hi else "incidents_exceed")

        return pd.Series([agrees(r) for r in df.itertuples()], index=df.index, dtype=bool)

    @pa.dataframe_check(name="coverage_is_ratio")
    def _coverage(cls, df: pd.DataFrame) -> Series[bool]:
        expected = df["incident_low"].astype("Float64") / df["infobox_low"].where(df["infobox_low"] > 0).astype("Float64")
        same = (df["coverage"] - expected).abs() < 1e-9
        return (same | (df["coverage"].isna() & expected.isna())).fillna(False).astype(bool)

    class Config:
        strict = True
        ordered = True


class SourceReconciliationSchema(ReconciliationSchema):
    """:class:`ReconciliationSchema` with a ``source`` column after ``covers``:
    the reporter whose incidents were summed, or "unattributed"
    (:func:`casualtylib.reconcile_sources`).

    >>> import casualtylib
    >>> df = casualtylib.reconcile_sources("seeds/004_53af8563b63003c2.txt")
    >>> SourceReconciliationSchema.validate(df)["source"].tolist()[:2]
    ['unattributed', 'unattributed']
    """

    source: Series[str] = pa.Field(nullable=True)

    class Config:
        strict = True
        ordered = False
