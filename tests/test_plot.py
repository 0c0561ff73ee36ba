"""The timeline picture: one panel per infobox side, drawn from the same
rows as the reconciliation, for every seed."""

from __future__ import annotations

import subprocess
import sys

import pytest

import casualtylib
from casualtylib.reconciliation import reconcile_article

from .conftest import SEEDS

pytest.importorskip("matplotlib")

SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
def test_each_seed_renders_one_panel_per_side(path, tmp_path) -> None:
    from casualtylib.plot import save_timeline

    art = casualtylib.read_article(path)
    recs = [r for r in reconcile_article(art) if (r.outcome, r.unit) == ("killed", "person")]
    fig = casualtylib.plot_timeline(art)
    assert len(fig.axes) == len(recs)
    for ax, rec in zip(fig.axes, recs):
        title = ax.get_title(loc="left")
        assert title.startswith(f"Side {rec.side} — ")
        if rec.counted:
            low_line = next(line for line in ax.get_lines() if line.get_label().startswith("reported in the text, low"))
            assert low_line.get_ydata()[-1] == rec.incidents.low  # the step line ends at the reconciled sum
        labels = [h.get_label() for h in ax.get_legend().legend_handles]
        assert "infobox period" in labels
        assert rec.infobox is None or any(label.startswith("infobox: ") for label in labels)
    out = save_timeline(art, tmp_path / f"{path.stem}.png")
    with open(out, "rb") as fh:
        assert fh.read(8) == b"\x89PNG\r\n\x1a\n"


def test_svg_output_holds_the_titles(tmp_path) -> None:
    from casualtylib.plot import save_timeline

    out = save_timeline(SEEDS / "004_53af8563b63003c2.txt", tmp_path / "hama.svg")
    svg = open(out, encoding="utf-8").read()
    assert "<svg" in svg and "Hama offensive" in svg


def test_an_article_without_casualty_fields_is_a_clear_error() -> None:
    art = casualtylib.read_article("= Battle of Y =\n\nInfobox\n- Date: 2012\n\nSome prose.\n")
    with pytest.raises(casualtylib.CasualtyError, match="no infobox casualty field"):
        casualtylib.plot_timeline(art)


def test_import_casualtylib_does_not_import_matplotlib_or_pandera() -> None:
    code = "import sys, casualtylib; print(sorted(m for m in ('matplotlib', 'pandera', 'pint', 'pandas') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
