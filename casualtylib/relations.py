"""Relations between the incident figures of one article.

Part-of links ("including two officers") are set where the sentence says so
(:mod:`casualtylib.prose`); :func:`link` adds the links that need the
whole article, one per row, in the annotation guide's vocabulary:

- ``update_of:<id>``: a later, corrected or cumulative count of the same
  event ("the death toll was later updated to 22", "in all 100 defectors");
- ``duplicate_of:<id>``: the same deaths told again: same day, side,
  outcome and count as an earlier figure of another sentence;
- ``alternative_of:<id>``: the same event from another source with another
  count: same day, side and outcome, different sources.

The reconciler sums only rows with no duplicate, alternative or part link.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ._vocab import alternation, table

if TYPE_CHECKING:
    from .prose import Incident

__all__ = ["link", "RELATIONS"]

#: The relation kinds of the annotation guide.
RELATIONS = ("duplicate_of", "alternative_of", "part_of", "update_of")


@functools.cache
def _update_words() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){alternation(table('prose')['updates']['words'])}(?![\w-])", re.IGNORECASE)


def _same_event(a: "Incident", b: "Incident") -> bool:
    return (
        a.date_precision == "day" and a.date == b.date and a.side == b.side and a.outcome == b.outcome
        and a.side != "unknown" and a.sentence != b.sentence
    )


def link(rows: list["Incident"]) -> list["Incident"]:
    """``rows`` with duplicate, alternative and update links filled in.

    A row already linked (part_of) keeps its link; a row is linked to the
    latest earlier row that fits, and only rows with no link of their own
    can be targets of a duplicate or alternative.
    """
    out = list(rows)
    for i, row in enumerate(out):
        if row.relation is not None:
            continue
        for j in range(i - 1, -1, -1):
            earlier = out[j]
            if earlier.relation is not None and not earlier.relation.startswith("update_of"):
                continue
            if not _same_event(earlier, row):
                continue
            same_count = (earlier.low, earlier.high) == (row.low, row.high)
            if _update_words().search(row.sentence) and not same_count:
                out[i] = replace(row, relation=f"update_of:{earlier.id}")
            elif same_count:
                out[i] = replace(row, relation=f"duplicate_of:{earlier.id}")
            elif row.sources and earlier.sources and not set(row.sources) & set(earlier.sources):
                out[i] = replace(row, relation=f"alternative_of:{earlier.id}")
            else:
                continue
            break
    return out
