"""Reconcile every bundled seed and list the infobox figures that the
article's own text does not support.

A figure is unsupported when the interval sum of the incidents the prose
reports inside the infobox period cannot reach it (status
"infobox_exceeds"), or when the text reports no incident for it at all
("no_incidents").

Run: python examples/unsupported_infoboxes.py
"""

from pathlib import Path

import casualtylib

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
fmt = casualtylib.format_interval  # "1,403", "90–200", "17+"

df = casualtylib.reconcile(SEEDS)
print("status of", len(df), "infobox rows:")
print(df["status"].value_counts().to_string(), end="\n\n")

unsupported = df[df["status"].isin(["infobox_exceeds", "no_incidents"])]
print("Unsupported infobox figures:")
for row in unsupported.itertuples():
    who = row.party if isinstance(row.party, str) else row.covers
    print(f"  {row.article} side {row.side} ({who}), {row.outcome} {row.unit}: "
          f"infobox {fmt(row.infobox_low, row.infobox_high)}, text {fmt(row.incident_low, row.incident_high)} "
          f"from {row.n_incidents} report(s) [{row.status}]")
