"""Print every infobox casualty figure of the bundled seeds, and the total
killed each side's infobox claims, summed as intervals.

Run: python examples/infobox_table.py
"""

from pathlib import Path

import casualtylib

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

df = casualtylib.infobox_figures(sorted(SEEDS.glob("*.txt")))
# a breakdown ("13 killed (7 soldiers, 6 policemen)") is inside the figure it breaks down
killed = df[df["parsed"] & (df["outcome"] == "killed") & df["part_of"].isna()]
for (article, side), rows in killed.groupby(["article", "side"]):
    low = int(rows["low"].sum())
    high = "open" if rows["high"].isna().any() else int(rows["high"].sum())
    print(f"{article} side {side}: [{low}, {high}] killed")
