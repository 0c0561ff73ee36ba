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

from .article import Article, Articles, each_article
from .errors import CasualtyError
from .figures import parse_casualties

__all__ = ["Score", "InfoboxScore", "IncidentScore", "Evaluation", "ReconcileScore", "evaluate", "evaluate_reconcile", "evaluate_infobox", "evaluate_incidents", "load_jsonl"]


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


def _gold_rows(gold: "str | os.PathLike[str] | list[dict[str, Any]]", name: str) -> list[dict[str, Any]]:
    if isinstance(gold, list):
        return gold
    p = Path(gold)
    return load_jsonl(p / name if p.is_dir() else p)


def _annotated(gold: list[dict[str, Any]], articles: Articles) -> "Iterable[Article]":
    """The articles the answer key annotates (by its ``seed`` key), read."""
    names = {row["seed"] for row in gold}
    for art in each_article(articles):
        if art.name in names:
            yield art


_COMPARED = ("qualifier", "subject", "unit", "attribution", "text")


def evaluate_infobox(gold: str | os.PathLike[str] | list[dict[str, Any]], articles: Articles) -> InfoboxScore:
    """Score :func:`~casualtylib.parse_casualties` on the articles' infoboxes
    against the gold rows (a list, or a path to ``infobox.jsonl`` or to the
    folder holding it). Only articles named in the gold rows are scored.

    >>> evaluate_infobox("tests/data/gold", "seeds/").figures
    Score(true_positives=21, predicted=21, expected=21)
    """
    gold = _gold_rows(gold, "infobox.jsonl")
    predicted: list[dict[str, Any]] = []
    for art in _annotated(gold, articles):
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


# --- incidents --------------------------------------------------------------

_INCIDENT_FIELDS = ("date", "side", "sources", "in_period", "relation", "hedged", "qualifier", "subject")


@dataclass(frozen=True)
class IncidentScore:
    """The incident figures' score: overall, per article, field accuracy, misses.

    A predicted figure matches a gold one when the article, ``low``, ``high``
    and ``outcome`` agree and the gold quote lies inside the predicted
    sentence. Field accuracy is measured over the matches; a relation agrees
    when its kind agrees and its target is the prediction matched to the gold
    target.
    """

    figures: Score
    per_article: dict[str, Score]
    field_accuracy: dict[str, float]
    missed: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    disagreements: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = field(default_factory=dict)

    def report(self, *, misses: bool = True, limit: int | None = None) -> str:
        """A human-readable report: scores, then (optionally) the misses."""
        f = self.figures
        lines = [
            f"incident figures: {f.true_positives}/{f.expected} gold matched, {f.predicted} predicted, "
            f"precision {f.precision:.3f} recall {f.recall:.3f} F1 {f.f1:.3f}",
            "  accuracy on matches: " + ", ".join(f"{k} {v:.3f}" for k, v in self.field_accuracy.items()),
        ]
        for name, s in self.per_article.items():
            lines.append(f"  {name}: {s.true_positives}/{s.expected} matched, {s.predicted} predicted, F1 {s.f1:.3f}")
        if misses:
            for row in self.missed[:limit]:
                lines.append(f"  missed:   {row['id']}: {row['quote']!r} [{row['low']}, {row['high']}] {row['outcome']}")
            for row in self.spurious[:limit]:
                lines.append(f"  spurious: {row['id']}: {row['quote']!r} [{row['low']}, {row['high']}] {row['outcome']}")
        return "\n".join(lines)


def _norm(name: str, value: Any) -> Any:
    if name == "sources":
        return tuple(sorted(value or ()))
    if name == "subject":
        return " ".join(str(value or "").lower().split())
    return value


def evaluate_incidents(gold: "str | os.PathLike[str] | list[dict[str, Any]]",
                       articles: Articles) -> IncidentScore:
    """Score :func:`~casualtylib.incidents` on the articles against
    the gold rows (a list, or a path to ``incidents.jsonl`` or its folder).
    Only articles named in the gold rows (their ``seed`` key) are scored.

    >>> score = evaluate_incidents("tests/data/gold", "seeds/")
    >>> score.figures.true_positives >= 250, round(score.field_accuracy["side"], 2) >= 0.95
    (True, True)
    """
    from .prose import incidents

    gold = _gold_rows(gold, "incidents.jsonl")
    names = {row["seed"] for row in gold}
    predicted: list[dict[str, Any]] = []
    for art in _annotated(gold, articles):
        for inc in incidents(art):
            row = {c: getattr(inc, c) for c in ("id", "quote", "sentence", "date", "low", "high", "qualifier", "outcome",
                                                "subject", "side", "hedged", "in_period", "relation")}
            row.update(seed=art.name, sources=list(inc.sources))
            predicted.append(row)
    remaining = list(predicted)
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    missed = []
    for g in gold:
        hit = next((p for p in remaining if p["seed"] == g["seed"] and (p["low"], p["high"], p["outcome"]) == (g["low"], g["high"], g["outcome"])
                    and " ".join(g["quote"].split()) in " ".join(p["sentence"].split())), None)
        if hit is None:
            missed.append(g)
        else:
            remaining.remove(hit)
            pairs.append((g, hit))
    to_gold = {(p["seed"], p["id"]): g["id"] for g, p in pairs}
    accuracy: dict[str, float] = {}
    disagreements: dict[str, list] = {}
    for name in _INCIDENT_FIELDS:
        bad = []
        for g, p in pairs:
            if name == "relation":
                same = _relation_agrees(g["relation"], p["relation"], p["seed"], to_gold)
            else:
                same = _norm(name, g[name]) == _norm(name, p[name])
            if not same:
                bad.append((g, p))
        accuracy[name] = (1 - len(bad) / len(pairs)) if pairs else 0.0
        disagreements[name] = bad
    per_article = {}
    for name in sorted(names):
        tp = sum(1 for g, _ in pairs if g["seed"] == name)
        per_article[name] = Score(tp, sum(1 for p in predicted if p["seed"] == name), sum(1 for g in gold if g["seed"] == name))
    return IncidentScore(Score(len(pairs), len(predicted), len(gold)), per_article, accuracy, missed, remaining, disagreements)


def _relation_agrees(gold: str | None, pred: str | None, seed: str, to_gold: dict[tuple[str, str], str]) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    gk, _, gt = gold.partition(":")
    pk, _, pt = pred.partition(":")
    return gk == pk and to_gold.get((seed, pt)) == gt


@dataclass(frozen=True)
class ReconcileScore:
    """How many of the key's reconciliation rows :func:`~casualtylib.reconcile`
    reproduces exactly (both intervals and the count of incidents summed),
    and the rows it does not, as ``(gold, predicted or None)``."""

    matched: int
    expected: int
    mismatches: list[tuple[dict[str, Any], dict[str, Any] | None]] = field(default_factory=list)

    def report(self, *, misses: bool = True) -> str:
        lines = [f"reconcile: {self.matched}/{self.expected} sides match (infobox and incident intervals, incidents summed)"]
        if misses:
            for g, p in self.mismatches:
                got = "no row" if p is None else (
                    f"infobox [{p['infobox_low']}, {p['infobox_high']}], incidents [{p['incident_low']}, "
                    f"{p['incident_high']}] from {p['n_incidents']}")
                lines.append(f"  differs: {g['seed']} side {g['side']}: want infobox [{g['infobox_low']}, {g['infobox_high']}], "
                             f"incidents [{g['incident_low']}, {g['incident_high']}] from {g['n_incidents']}; got {got}")
        return "\n".join(lines)


_RECONCILED = ("infobox_low", "infobox_high", "incident_low", "incident_high", "n_incidents")


def evaluate_reconcile(gold: "str | os.PathLike[str] | list[dict[str, Any]]",
                       articles: Articles, *, policy: str = "literal") -> ReconcileScore:
    """Score :func:`~casualtylib.reconcile` (killed, persons) against the key's
    rows (``reconcile.jsonl``: seed, side, infobox_low/high, incident_low/high,
    n_incidents), using the library's own extraction.

    >>> score = evaluate_reconcile("tests/data/gold", "seeds/")
    >>> score.matched, score.expected
    (13, 13)
    """
    from .reconciliation import reconcile_article

    gold = _gold_rows(gold, "reconcile.jsonl")
    got: dict[tuple[str, int | None], dict[str, Any]] = {}
    for art in _annotated(gold, articles):
        for r in reconcile_article(art, policy=policy):
            if (r.outcome, r.unit) == ("killed", "person"):
                got[(art.name, r.side)] = r.as_row()
    mismatches = []
    for g in gold:
        p = got.get((g["seed"], g["side"]))
        if p is None or any(p[k] != g[k] for k in _RECONCILED):
            mismatches.append((g, p))
    return ReconcileScore(len(gold) - len(mismatches), len(gold), mismatches)


@dataclass(frozen=True)
class Evaluation:
    """The scores of :func:`evaluate`: infobox figures, incident figures and
    reconciliation (each None when its answer key is absent)."""

    infobox: InfoboxScore | None
    incidents: IncidentScore | None
    reconcile: ReconcileScore | None = None

    def report(self, *, misses: bool = True) -> str:
        parts = [s.report() if isinstance(s, InfoboxScore) else s.report(misses=misses)
                 for s in (self.infobox, self.incidents, self.reconcile) if s is not None]
        return "\n".join(parts)


def evaluate(gold_dir: "str | os.PathLike[str]", articles: Articles) -> Evaluation:
    """Score casualtylib against an answer key folder in the guide's format:
    ``infobox.jsonl``, ``incidents.jsonl`` and ``reconcile.jsonl`` (each optional).

    Raises:
        CasualtyError: the folder holds neither file.

    >>> score = evaluate("tests/data/gold", "seeds/")
    >>> score.infobox.figures.f1, score.reconcile.matched, score.reconcile.expected
    (1.0, 13, 13)
    >>> print(score.report().splitlines()[0])
    infobox figures: 21/21 gold matched, precision 1.000 recall 1.000 F1 1.000
    """
    root = Path(gold_dir)
    arts = list(each_article(articles))
    info = root / "infobox.jsonl"
    inc = root / "incidents.jsonl"
    rec = root / "reconcile.jsonl"
    if not info.exists() and not inc.exists() and not rec.exists():
        raise CasualtyError("no answer key here: expected infobox.jsonl, incidents.jsonl or reconcile.jsonl", path=str(root))
    return Evaluation(
        evaluate_infobox(info, arts) if info.exists() else None,
        evaluate_incidents(inc, arts) if inc.exists() else None,
        evaluate_reconcile(rec, arts) if rec.exists() else None,
    )
