"""Scoring casualtylib's output against hand-made answer keys.

The answer keys follow the annotation guide (``tests/data/gold/GUIDE.md``):
JSON Lines files, ``infobox.jsonl`` with one row per infobox figure. Users run
this on their own annotations with ``casualtylib evaluate GOLD_DIR ARTICLES...``.

A predicted figure matches a gold one when article, field, low, high and
outcome agree; the other fields (qualifier, subject, unit, attribution) are
then compared one by one.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .article import Article, read_article
from .errors import CasualtyError
from .figures import parse_casualties

__all__ = ["Score", "InfoboxScore", "evaluate_infobox", "load_jsonl"]


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 of matched items."""

    true_positives: int
    predicted: int
    expected: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class InfoboxScore:
    """The infobox figures' score: matches, per-field agreement, and misses."""

    figures: Score
    field_accuracy: dict[str, float]
    missed: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)

    def report(self) -> str:
        """A short human-readable report."""
        f = self.figures
        lines = [
            f"infobox figures: {f.true_positives}/{f.expected} gold matched, "
            f"precision {f.precision:.3f} recall {f.recall:.3f} F1 {f.f1:.3f}",
            "  agreement on matches: " + ", ".join(f"{k} {v:.3f}" for k, v in self.field_accuracy.items()),
        ]
        for row in self.missed:
            lines.append(f"  missed:   {row['seed']} {row['field']}: {row['text']!r} [{row['low']}, {row['high']}] {row['outcome']}")
        for row in self.spurious:
            lines.append(f"  spurious: {row['seed']} {row['field']}: {row['text']!r} [{row['low']}, {row['high']}] {row['outcome']}")
        return "\n".join(lines)


def load_jsonl(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Read a JSON Lines file; a bad line raises a CasualtyError naming it."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise CasualtyError(f"not valid JSON: {exc.msg}", path=str(path), line=i, text=line) from None
    return rows


_COMPARED = ("qualifier", "subject", "unit", "attribution", "text")


def evaluate_infobox(gold: str | os.PathLike[str] | list[dict[str, Any]], articles: Iterable[Article | str | os.PathLike[str]]) -> InfoboxScore:
    """Score :func:`~casualtylib.parse_casualties` on the articles' infoboxes
    against the gold rows (a list, or a path to ``infobox.jsonl`` or to the
    folder holding it). Only articles named in the gold rows are scored."""
    if not isinstance(gold, list):
        p = Path(gold)
        gold = load_jsonl(p / "infobox.jsonl" if p.is_dir() else p)
    names = {row["seed"] for row in gold}
    predicted: list[dict[str, Any]] = []
    for art in articles:
        art = read_article(art)
        if art.name not in names:
            continue
        for key, side in art.casualty_fields():
            for f in parse_casualties(art.infobox[key]):
                predicted.append({"seed": art.name, "field": key, "side": side, "text": f.text, "low": f.low,
                                  "high": f.high, "qualifier": f.qualifier, "outcome": f.outcome,
                                  "subject": f.subject, "unit": f.unit, "attribution": f.attribution})
    remaining = list(predicted)
    matched: list[tuple[dict[str, Any], dict[str, Any]]] = []
    missed = []
    for g in gold:
        key = (g["seed"], g["field"], g["low"], g["high"], g["outcome"])
        hit = next((p for p in remaining if (p["seed"], p["field"], p["low"], p["high"], p["outcome"]) == key), None)
        if hit is None:
            missed.append(g)
        else:
            remaining.remove(hit)
            matched.append((g, hit))
    accuracy = {
        name: (sum(g[name] == p[name] for g, p in matched) / len(matched)) if matched else 0.0 for name in _COMPARED
    }
    return InfoboxScore(Score(len(matched), len(predicted), len(gold)), accuracy, missed, remaining)
