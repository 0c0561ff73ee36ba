"""The public hypothesis strategies, and the laws they let us check.

- Synthetic articles reconcile as constructed: ``reconcile(articles())``
  gives the expected rows, in every format, and the extractor reads every
  report of the prose with its date, count, side, hedge and period.
- The format is no part of the answer: one article written as plain text,
  YAML front matter and wikitext reconciles the same.
- Every DataFrame strategy gives frames its schema accepts, and the frames
  keep the laws the schemas state.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import casualtylib
from casualtylib import IncidentSchema, ReconciliationSchema, FigureSchema
from casualtylib._synthetic import FORMATS, Report, build_article
from casualtylib.strategies import (SyntheticArticle, articles, figure_frames, incident_frames,
                                    reconciliation_frames)

def _slow(n: int) -> settings:
    """Settings for a test that builds DataFrames: no per-example deadline."""
    return settings(max_examples=n, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
_COLUMNS = ["side", "covers", "infobox_low", "infobox_high", "incident_low", "incident_high", "n_incidents",
            "n_excluded", "status"]


def _killed(df: pd.DataFrame) -> pd.DataFrame:
    out = df[df["outcome"] == "killed"][_COLUMNS].reset_index(drop=True)
    return out.astype({"status": "str"})


@_slow(150)
@given(articles())
def test_synthetic_articles_reconcile_as_constructed(case: SyntheticArticle) -> None:
    got = casualtylib.reconcile(casualtylib.read_article(case.text))
    pd.testing.assert_frame_equal(_killed(got), _killed(case.expected_frame()))


@_slow(100)
@given(articles())
def test_every_report_is_read_with_its_date_count_side_and_hedge(case: SyntheticArticle) -> None:
    rows = casualtylib.incidents(casualtylib.read_article(case.text))
    got = [(r.date, r.low, r.high, r.side, r.hedged, r.in_period) for r in rows]
    want = [(r.date.isoformat(), r.low, r.high, r.side, r.hedged, False) for r in case.background]
    want += [(r.date.isoformat(), r.low, r.high, r.side, r.hedged, True) for r in case.reports]
    assert got == want


@_slow(60)
@given(articles(formats=("plain",)))
def test_reconciliation_does_not_depend_on_the_format(case: SyntheticArticle) -> None:
    frames = []
    for fmt in FORMATS:
        again = build_article(case.title, case.start, case.end, case.reports,
                              {e.side: e.infobox for e in case.expected}, format=fmt, background=case.background)
        assert casualtylib.read_article(again.text).format == fmt
        frames.append(_killed(casualtylib.reconcile(casualtylib.read_article(again.text))))
    for other in frames[1:]:
        pd.testing.assert_frame_equal(frames[0], other)


@pytest.mark.parametrize("relation, infobox, status", [
    ("the infobox says what the prose adds up to", (20, 20), "consistent"),
    ("an open infobox figure below the sum", (5, None), "consistent"),
    ("the infobox claims more", (30, 30), "infobox_exceeds"),
    ("the prose reports more", (12, 12), "incidents_exceed"),
    ("Unknown in the infobox", None, "no_infobox_figure"),
])
def test_build_article_knows_the_status(relation: str, infobox, status: str) -> None:
    reports = [Report(dt.date(2012, 3, 4), "government", 13, 13, source="SANA"),
               Report(dt.date(2012, 3, 9), "government", 7, 7, form=1, place="Suran")]
    case = build_article("Battle of Morek", dt.date(2012, 3, 1), dt.date(2012, 3, 31), reports, {2: infobox})
    assert case.expected[0].status == status
    got = casualtylib.reconcile(casualtylib.read_article(case.text))
    assert list(got["status"].astype(str)) == [status]


def test_build_article_refuses_what_it_cannot_know() -> None:
    with pytest.raises(ValueError, match="outside the period"):
        build_article("Battle of Morek", dt.date(2012, 3, 1), dt.date(2012, 3, 31),
                      [Report(dt.date(2012, 4, 4), "government", 13, 13)], {2: (13, 13)})
    with pytest.raises(ValueError, match="not before the period"):
        build_article("Battle of Morek", dt.date(2012, 3, 1), dt.date(2012, 3, 31), [], {2: (13, 13)},
                      background=[Report(dt.date(2012, 3, 4), "government", 13, 13)])
    with pytest.raises(ValueError, match="same day"):
        build_article("Battle of Morek", dt.date(2012, 3, 1), dt.date(2012, 3, 31),
                      [Report(dt.date(2012, 3, 4), "government", 13, 13),
                       Report(dt.date(2012, 3, 4), "government", 5, 5, form=1)], {2: (18, 18)})


@_slow(50)
@given(figure_frames())
def test_figure_frames_are_valid_and_keep_the_laws(df: pd.DataFrame) -> None:
    FigureSchema.validate(df)
    parsed = df[df["parsed"]]
    assert (parsed["low"].notna()).all()
    assert (parsed["high"].isna() | (parsed["low"] <= parsed["high"])).all()
    assert df[~df["parsed"]]["low"].isna().all()


@_slow(20)
@given(incident_frames())
def test_incident_frames_are_valid(df: pd.DataFrame) -> None:
    IncidentSchema.validate(df)
    assert list(df.columns) == list(IncidentSchema.to_schema().columns)


@_slow(50)
@given(reconciliation_frames())
def test_reconciliation_frames_are_valid_and_statuses_agree(df: pd.DataFrame) -> None:
    ReconciliationSchema.validate(df)
    for row in df.itertuples():
        box_high = None if pd.isna(row.infobox_high) else row.infobox_high
        inc_high = None if pd.isna(row.incident_high) else row.incident_high
        if row.status == "consistent":
            assert (box_high is None or row.incident_low <= box_high) and (inc_high is None or row.infobox_low <= inc_high)
        if row.status == "infobox_exceeds":
            assert inc_high is not None and row.infobox_low > inc_high


@given(st.data())
def test_strategies_are_registered_for_figure(data: st.DataObject) -> None:
    fig = data.draw(st.from_type(casualtylib.Figure))
    assert isinstance(fig, casualtylib.Figure)
