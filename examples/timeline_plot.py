"""Draw each seed's timeline: the cumulative deaths the text reports, per
side, against the infobox interval and period. Writes one PNG per article
into ./timelines/ (or the folder given as the first argument).

Run: python examples/timeline_plot.py [OUT_DIR]
Needs matplotlib: pip install "casualtylib[plot]"
"""

import sys
from pathlib import Path

import casualtylib

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
out = Path(sys.argv[1] if len(sys.argv) > 1 else "timelines")
out.mkdir(exist_ok=True)

for path in sorted(SEEDS.glob("*.txt")):
    fig = casualtylib.plot_timeline(path)
    target = out / f"{path.stem}.png"
    fig.savefig(target, dpi=100)
    sides = [ax.get_title(loc="left").split(":")[0] for ax in fig.axes]
    print(f"{target}: {len(sides)} panel(s): {'; '.join(sides)}")
