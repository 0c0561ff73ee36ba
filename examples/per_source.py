"""What does each reporting source support on its own?

For every infobox side, the interval sum of the deaths SOHR reports set
against the sum of those SANA (Syrian state media) reports, next to the
infobox figure. An incident both report counts in both columns.

Run: python examples/per_source.py
"""

from pathlib import Path

import casualtylib

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

df = casualtylib.reconcile_sources(SEEDS)
killed = df[(df["outcome"] == "killed") & (df["unit"] == "person")].copy()
fmt = casualtylib.format_interval  # "90–200", "38+", "13"
killed["supports"] = [fmt(lo, hi) for lo, hi in zip(killed["incident_low"], killed["incident_high"])]
killed["infobox"] = [fmt(lo, hi, missing="—") for lo, hi in zip(killed["infobox_low"], killed["infobox_high"])]

keys = ["article", "side", "covers", "infobox"]
table = (killed[killed["source"].isin(["SOHR", "SANA"])]
         .pivot_table(index=keys, columns="source", values="supports", aggfunc="first")
         .reindex(columns=["SOHR", "SANA"]))
print("Deaths each source supports alone, against the infobox:")
print(table.fillna("—").to_string(), end="\n\n")

totals = killed.groupby("source")["incident_low"].sum()
print(f"Across the seeds, SOHR's reports add up to at least {totals.get('SOHR', 0)} deaths "
      f"and SANA's to at least {totals.get('SANA', 0)}.")
