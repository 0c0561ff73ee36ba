"""infobox_figures and the pandera FigureSchema."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
import pytest

import casualtylib
from casualtylib import FigureSchema, infobox_figures

from .conftest import SEEDS


def test_seeds_frame_columns_and_dtypes(seed_paths) -> None:
    df = infobox_figures(seed_paths)
    assert list(df.columns) == ["article", "field", "side", "party", "text", "start", "end", "low", "high",
                                "qualifier", "outcome", "subject", "unit", "attribution", "part_of", "parsed"]
    assert str(df["high"].dtype) == "Int64" and str(df["low"].dtype) == "Int64"
    assert str(df["part_of"].dtype) == "Int64" and df["part_of"].isna().all()  # no seed field breaks a figure down
    assert isinstance(df["qualifier"].dtype, pd.CategoricalDtype)
    assert isinstance(df["unit"].dtype, pd.CategoricalDtype)
    assert len(df) == 21 and df["parsed"].all()
    open_rows = df[df["high"].isna()]
    assert set(open_rows["qualifier"]) == {"at_least"}


def test_party_comes_from_the_combatants() -> None:
    df = infobox_figures(SEEDS / "003_27c65858f98fc532.txt")
    assert df.groupby("side")["party"].first().dropna().to_dict() == {1: "Free Syrian Army", 2: "Syrian Government"}
    assert df[df["side"] == 3]["party"].isna().all()


def test_residue_rows_are_flagged_not_dropped() -> None:
    art = casualtylib.read_article("= T =\n\nInfobox\n- Casualties1: 300 killed (2011-2012)\n")
    df = infobox_figures(art)
    assert df["parsed"].tolist() == [True, False]
    assert df.loc[1, "text"] == "2011-2012" and pd.isna(df.loc[1, "low"])


def test_schema_rejects_low_above_high(seed_paths) -> None:
    df = infobox_figures(seed_paths)
    df.loc[0, "high"] = 0
    with pytest.raises(pa.errors.SchemaError, match="low_le_high"):
        FigureSchema.validate(df)


def test_schema_rejects_unknown_outcome(seed_paths) -> None:
    df = infobox_figures(seed_paths)
    df["outcome"] = df["outcome"].cat.add_categories(["vaporised"])
    df.loc[0, "outcome"] = "vaporised"
    with pytest.raises(pa.errors.SchemaError, match="known_outcome"):
        FigureSchema.validate(df)


def test_schema_rejects_negative_low(seed_paths) -> None:
    df = infobox_figures(seed_paths)
    df.loc[0, "low"] = -1
    with pytest.raises(pa.errors.SchemaError):
        FigureSchema.validate(df)


def test_empty_input_gives_an_empty_valid_frame() -> None:
    df = infobox_figures([])
    assert len(df) == 0 and list(df.columns)[:2] == ["article", "field"]


def test_every_table_function_takes_a_folder_like_its_files(seed_paths) -> None:
    for table in (casualtylib.infobox_figures, casualtylib.extract_incidents, casualtylib.reconcile):
        pd.testing.assert_frame_equal(table(SEEDS), table(seed_paths))


def test_an_article_without_casualty_fields_gives_empty_valid_tables() -> None:
    empty = "= Battle of X =\n\nInfobox\n- Date: 2012\n\nNo figures here.\n"
    for table in (casualtylib.infobox_figures, casualtylib.extract_incidents, casualtylib.reconcile,
                  casualtylib.reconcile_sources):
        assert len(table(empty)) == 0, table.__name__


def test_a_breakdown_names_the_figure_it_is_part_of() -> None:
    art = casualtylib.read_article("= X =\n\nInfobox\n- Casualties1: 13 killed (7 soldiers, 6 policemen), 4 wounded\n")
    df = infobox_figures(art)
    assert df[["low", "part_of"]].astype(object).where(df[["low", "part_of"]].notna(), None).values.tolist() == [
        [13, None], [7, 0], [6, 0], [4, None]]
