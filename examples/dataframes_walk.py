# %% [markdown]
# # A walk through casualtylib's DataFrames
#
# Notebook-style: each `# %%` cell runs in Jupyter, VS Code or as a plain
# script (`python examples/dataframes_walk.py`). Three tables, each validated
# by a pandera schema: the infobox figures, the incidents of the prose, and
# the reconciliation of the two.

# %%
from pathlib import Path

import pandas as pd

import casualtylib

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
pd.set_option("display.width", 160)

# %% [markdown]
# ## 1. Infobox figures: one row per figure, typed
# `low`/`high` are nullable integers (an open "73+" has no high), the
# vocabularies are categoricals, `unit` keeps tanks apart from people.

# %%
figures = casualtylib.infobox_figures(SEEDS)
print(figures.dtypes[["low", "high", "qualifier", "outcome", "unit"]].to_string(), end="\n\n")
print(figures.groupby("unit", observed=True)["low"].agg(["count", "sum"]).to_string(), end="\n\n")

# %% [markdown]
# ## 2. Incidents: every figure of the prose, dated, sided and sourced

# %%
incidents = casualtylib.extract_incidents(SEEDS)
killed = incidents[(incidents["outcome"] == "killed") & incidents["in_period"] & incidents["relation"].isna()]
by_month = (killed.assign(month=killed["date"].str[:7])
            .pivot_table(index="month", columns="side", values="low", aggfunc="sum", observed=True)
            .fillna(0).astype(int))
print("deaths reported per month and side (lows, no duplicates):")
print(by_month.to_string(), end="\n\n")

hedged = incidents.groupby("side", observed=True)["hedged"].mean().round(2)
print("share of hedged figures per side:", hedged.to_dict(), end="\n\n")

sources = incidents.explode("sources")["sources"].fillna("unattributed").value_counts().head(5)
print("most cited sources:", sources.to_dict(), end="\n\n")

# %% [markdown]
# ## 3. Reconciliation: the infobox against the text
# `coverage` is the share of the infobox's low the text accounts for.

# %%
rec = casualtylib.reconcile(SEEDS)
people = rec[(rec["unit"] == "person") & (rec["outcome"] == "killed")]
print(people[["article", "side", "infobox_low", "incident_low", "coverage", "status"]].to_string(index=False))

# %% [markdown]
# ## 4. Joining the tables
# Which incidents were summed for a row? `casualtylib.reconciliation.reconcile_article`
# gives the ids; join them back onto the incidents table.

# %%
from casualtylib.reconciliation import reconcile_article  # noqa: E402

art = casualtylib.read_article(SEEDS / "004_53af8563b63003c2.txt")
row = next(r for r in reconcile_article(art) if r.side == 3 and r.outcome == "killed")
summed = incidents[incidents["id"].isin(row.counted)]
print(f"\nside 3 of {art.title}: infobox {row.infobox}, text {row.incidents}, from:")
print(summed[["id", "date", "low", "high", "sources", "quote"]].to_string(index=False))
