"""The answer keys: tests/data/gold is a copy of ../shared/gold (see GUIDE.md there)."""

from __future__ import annotations

from casualtylib.evaluate import evaluate_infobox

from .conftest import GOLD


def test_infobox_gold_all_21_figures(seed_paths) -> None:
    score = evaluate_infobox(GOLD, seed_paths)
    print("\n" + score.report())
    assert score.figures.expected == 21
    assert score.figures.true_positives == 21, score.report()
    assert score.figures.precision == 1.0, score.report()
    assert all(v == 1.0 for v in score.field_accuracy.values()), score.report()
