"""Fuzz casualtylib's entry points with atheris (libFuzzer for Python).

    pip install atheris
    python fuzz/fuzz_casualtylib.py -max_total_time=600 -timeout=20 fuzz/corpus

Each input drives the same targets as the suite's hostile-input tests: the
first byte picks one, the rest is its input.

- ``parse_casualties`` on the input as text;
- ``read_article`` on the raw bytes;
- ``read_article`` and the prose extractor on an article carrying the text.

A finding is any exception other than a ``CasualtyError``, any negative or
inverted figure, and (libFuzzer's ``-timeout``) any input that runs too long.
The corpus folder starts from the seeds' fields and grows as atheris finds
new paths; crashes are written as ``crash-*`` files in the working folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import casualtylib
    from casualtylib import CasualtyError, parse_casualties, read_article
    from casualtylib.prose import incidents

_ARTICLE = ("= Battle of Nowhere =\n\nInfobox\n- Date: 1 January 2012 – 5 March 2012\n- Casualties1: {0}\n\n"
            "== January 2012 ==\n\nOn 3 January, {0} were killed.\n")


def _check(lows_highs) -> None:
    for low, high in lows_highs:
        if low < 0 or (high is not None and high < low):
            raise AssertionError(f"bad interval {low}..{high}")


def test_one_input(data: bytes) -> None:
    if not data:
        return
    target, rest = data[0] % 3, data[1:]
    fdp = atheris.FuzzedDataProvider(rest)
    try:
        if target == 0:
            result = parse_casualties(fdp.ConsumeUnicodeNoSurrogates(len(rest)))
            _check((f.low, f.high) for f in result)
        elif target == 1:
            read_article(rest)
        else:
            text = fdp.ConsumeUnicodeNoSurrogates(len(rest)).replace("\n", " ")
            art = read_article(_ARTICLE.format(text))
            _check((i.low, i.high) for i in incidents(art))
    except CasualtyError:
        pass


def seed_corpus(folder: Path) -> None:
    """Write the seeds' casualty fields into ``folder`` as starting inputs."""
    folder.mkdir(parents=True, exist_ok=True)
    root = Path(__file__).resolve().parent.parent / "seeds"
    for k, art in enumerate(casualtylib.read_articles(root)):
        for j, (key, _) in enumerate(art.casualty_fields()):
            (folder / f"seed-{k}-{j}").write_bytes(bytes([j % 3]) + art.infobox[key].encode("utf-8"))


if __name__ == "__main__":
    corpus = next((Path(a) for a in sys.argv[1:] if not a.startswith("-")), None)
    if corpus is not None and not corpus.exists():
        seed_corpus(corpus)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
