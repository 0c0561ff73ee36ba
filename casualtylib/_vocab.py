"""Loading the vocabulary tables in ``casualtylib/data/*.toml``.

The tables are data, not code: each is read once, on first use, and cached.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any


@functools.cache
def table(name: str) -> dict[str, Any]:
    """Return the parsed TOML table ``data/<name>.toml``.

    >>> table("numbers")["cardinals"]["seven"]
    7
    """
    raw = resources.files("casualtylib").joinpath(f"data/{name}.toml").read_bytes()
    return tomllib.loads(raw.decode("utf-8"))


def alternation(phrases: list[str] | tuple[str, ...], *, literal: bool = True) -> str:
    """A regex alternation of ``phrases``, longest first, spaces as ``\\s+``.

    Longest first makes the regex engine prefer "killed or wounded" over
    "killed". With ``literal`` the phrases are escaped; otherwise they are
    regex fragments already.
    """
    import re

    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    parts = []
    for p in ordered:
        body = re.escape(p) if literal else p
        if literal:
            body = body.replace(r"\ ", r"\s+").replace(" ", r"\s+")
        parts.append(body)
    return "(?:" + "|".join(parts) + ")"
