"""Hostile and broken input: every entry point returns or raises a
CasualtyError, in bounded time, and drops no number without saying so.

The payloads are 200 kB to 1 MB of the shapes that make regex engines and
per-figure rules go quadratic. Each test runs under a hang guard (a SIGALRM
after :data:`HANG` seconds): a guard against a hang, not a speed test. How
fast each payload goes is measured in ``benchmarks/bench_hostile.py``.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import casualtylib
from casualtylib import CasualtyError, parse_casualties, read_article
from casualtylib._normalize import normalize
from casualtylib.prose import incidents
from casualtylib.reconciliation import STATUSES

#: seconds before a test counts as hung
HANG = 120

# (name, payload): shapes that break naive parsers, each 200 kB or more
PAYLOADS = [
    ("digits", "1" * 200_000),
    ("digits, 1 MB", "1" * 1_000_000),
    ("thousands commas", "1," * 100_000),
    ("dash chains", "1–2–" * 50_000),
    ("open brackets", "(" * 100_000),
    ("bound words", "at least " * 50_000),
    ("footnote marks", "[1]" * 60_000),
    ("NUL bytes", "\x00" * 200_000),
    ("unclosed refs", "<ref>" * 40_000),
    ("figures", "12 killed, " * 20_000),
    ("figures of one side", "12 soldiers were killed and " * 8_000),
    ("between", "between 1 and " * 20_000),
    ("number words", "twenty-one hundred " * 12_000),
    ("vague words", "a dozen " * 30_000),
    ("templates", "{{" * 100_000),
    ("wiki links", "[[" * 100_000),
    ("one long word", "killed" * 40_000),
    ("no stops", ("On 3 May, activists said " + "x" * 50 + " ") * 3_000),
]
IDS = [p[0] for p in PAYLOADS]


@pytest.fixture(autouse=True)
def hang_guard() -> Iterator[None]:
    def fail(signum, frame):  # pragma: no cover - only when something hangs
        raise TimeoutError(f"no result after {HANG} s: a hang")

    old = signal.signal(signal.SIGALRM, fail)
    signal.alarm(HANG)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def as_article(payload: str) -> str:
    """An article with ``payload`` as an infobox field, a sentence and a paragraph."""
    return (
        "= Battle of Nowhere =\n\nInfobox\n- Date: 1 January 2012 – 5 March 2012\n"
        f"- Combatant1: Free Syrian Army\n- Combatant2: Syrian Army\n- Casualties1: {payload}\n- Casualties2: 12 killed\n\n"
        f"== January 2012 ==\n\nOn 3 January, {payload} were killed.\n\n{payload}\n"
    )


def returns_or_raises_a_casualty_error(fn, *args):
    try:
        return fn(*args)
    except CasualtyError as exc:
        assert str(exc)  # a message a user can read
        return exc


@pytest.mark.parametrize("payload", [p[1] for p in PAYLOADS], ids=IDS)
def test_parse_casualties_and_nothing_is_lost(payload: str) -> None:
    result = returns_or_raises_a_casualty_error(parse_casualties, payload)
    assert not isinstance(result, CasualtyError)
    kept = sorted([f.span for f in result] + [r.span for r in result.residue] + list(normalize(payload).removed))
    # every digit lies in a figure, the residue, or removed markup
    digits = [i for i, ch in enumerate(payload) if ch.isdecimal()]
    k = 0
    for i in digits:
        while k < len(kept) and kept[k][1] <= i:
            k += 1
        assert any(s <= i < e for s, e in kept[max(0, k - 2):k + 2]), f"digit at {i} lost"


@pytest.mark.parametrize("payload", [p[1] for p in PAYLOADS if p[0] != "digits, 1 MB"], ids=[i for i in IDS if i != "digits, 1 MB"])
def test_read_extract_and_reconcile(payload: str) -> None:
    text = as_article(payload)
    art = returns_or_raises_a_casualty_error(read_article, text)
    if isinstance(art, CasualtyError):
        assert "\x00" in payload  # only the NUL payload is not text
        return
    rows = casualtylib.extract_incidents(art)
    assert (rows["low"].dropna() >= 0).all()
    table = casualtylib.reconcile(art)
    assert set(table["status"]) <= set(STATUSES)
    document = casualtylib.render_report(art)
    assert document.count("<script") == 1 and document.count("<mark") == len(rows)


def test_the_cli_reports_a_hostile_file_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00" * 1000)
    huge = tmp_path / "huge.txt"
    huge.write_text(as_article("12 killed, " * 20_000), encoding="utf-8")
    good = Path(__file__).resolve().parent.parent / "seeds" / "004_53af8563b63003c2.txt"
    out = subprocess.run([sys.executable, "-m", "casualtylib", "reconcile", str(bad), str(huge), str(good)],
                         capture_output=True, text=True, timeout=HANG)
    assert out.returncode == 1  # an article failed; the others went on
    assert "Traceback" not in out.stderr
    assert [line for line in out.stderr.splitlines() if "bad.txt" in line] == [f"casualtylib: error: {bad}: not text: binary data (NUL bytes)"]
    assert "huge" in out.stdout and "004_53af8563b63003c2" in out.stdout


def test_the_cli_shows_a_traceback_only_with_debug(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    plain = subprocess.run([sys.executable, "-m", "casualtylib", "figures", str(bad)], capture_output=True, text=True, timeout=HANG)
    debug = subprocess.run([sys.executable, "-m", "casualtylib", "--debug", "figures", str(bad)], capture_output=True, text=True, timeout=HANG)
    assert "Traceback" not in plain.stderr and "bad.txt" in plain.stderr
    assert "Traceback" in debug.stderr


# --- paths a user may pass ------------------------------------------------------


@pytest.mark.parametrize("source", ["x" * 3000 + ".txt", "no/such/dir/a.txt", "a\x00b.txt"],
                         ids=["name too long", "missing", "NUL in the name"])
def test_bad_paths_raise_casualty_errors(source: str) -> None:
    for fn in (read_article, casualtylib.extract_incidents, casualtylib.reconcile, casualtylib.infobox_figures):
        with pytest.raises(CasualtyError):
            fn(source)


def test_a_missing_file_is_still_a_file_not_found_error() -> None:
    with pytest.raises(FileNotFoundError, match="no such article file"):
        read_article("no/such/file.txt")


def test_a_folder_path_is_an_article_format_error(tmp_path: Path) -> None:
    with pytest.raises(casualtylib.ArticleFormatError, match="is a folder"):
        read_article(tmp_path)


def test_an_unclosed_template_in_a_wikitext_body_is_read_best_effort() -> None:
    # the infobox's own template must close (else ArticleFormatError); one left
    # open in the body stays as text and the figures around it are still read
    art = read_article(
        "{{Infobox military conflict\n| conflict = Battle of X\n| date = 1 May 2012 - 3 May 2012\n"
        "| casualties1 = 12 killed\n}}\n'''Battle of X''' was fought. On 2 May 2012, "
        "{{cite web|url=http://x 5 soldiers were killed.\n\n== Aftermath ==\n{{reflist\n"
    )
    rows = incidents(art)
    assert [(r.low, r.quote) for r in rows] == [(5, "5 soldiers were killed")]
    assert rows[0].date == "2012-05-02"


# --- fuzzing in the suite ---------------------------------------------------------

_ARTICLE_PIECES = [
    "= T =\n", "\nInfobox\n", "- Casualties1: ", "- Date: ", "1 May 2012", "\n\n== May 2012 ==\n\n", "---\n",
    "title: x\n", "{{Infobox military conflict\n", "| casualties1 = ", "}}", "[[", "]]", "<ref>", "</ref>",
    "On 3 May, ", "SOHR said ", "12 ", "soldiers ", "were killed", ". ", "at least ", "\n", "١٢", "'''",
    "&nbsp;", "# Heading\n", "| x", "\u00a0", "\ufeff",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), st.lists(st.sampled_from(_ARTICLE_PIECES), max_size=40).map("".join)))
def test_any_text_reads_as_an_article_or_raises_a_casualty_error(text: str) -> None:
    if "\n" not in text:
        text += "\n"  # text, not a path
    art = returns_or_raises_a_casualty_error(read_article, text)
    if isinstance(art, CasualtyError):
        return
    for row in incidents(art):
        assert row.low >= 0 and (row.high is None or row.low <= row.high)
        assert art.text[row.start:row.end] == row.quote


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_read_as_an_article_or_raise_a_casualty_error(data: bytes) -> None:
    returns_or_raises_a_casualty_error(read_article, data)


# --- safety ---------------------------------------------------------------------


def test_no_eval_exec_or_pickle_of_input() -> None:
    src = Path(casualtylib.__file__).parent
    for path in src.rglob("*.py"):
        code = path.read_text(encoding="utf-8")
        for banned in ("eval(", "exec(", "pickle.load", "yaml.load(", "yaml.unsafe_load", "shell=True"):
            assert banned not in code, f"{path.name} uses {banned}"


# --- every regex is linear: no unbounded repeat inside an unbounded repeat ---------


def _patterns_of_the_package() -> dict[str, "re.Pattern[str]"]:
    """Every compiled pattern of casualtylib: module-level ones, and those the
    cached builders (functions of no argument, or of the flag ``space_groups``) return."""
    import importlib
    import inspect
    import pkgutil
    import re

    found: dict[str, re.Pattern[str]] = {}

    def collect(name: str, obj) -> None:
        if isinstance(obj, re.Pattern):
            found[name] = obj
        elif isinstance(obj, dict):
            for k, v in obj.items():
                collect(f"{name}[{k!r}]", v)
        elif isinstance(obj, (list, tuple)):
            for i, v in enumerate(obj):
                collect(f"{name}[{i}]", v)

    for info in pkgutil.iter_modules(casualtylib.__path__):
        if info.name in ("plot", "dask", "strategies", "__main__"):
            continue
        module = importlib.import_module(f"casualtylib.{info.name}")
        for attr, obj in vars(module).items():
            collect(f"{info.name}.{attr}", obj)
            if callable(obj) and hasattr(obj, "cache_info") and getattr(obj, "__module__", "") == module.__name__:
                params = inspect.signature(obj).parameters
                if not params:
                    collect(f"{info.name}.{attr}()", obj())
                elif list(params) == ["space_groups"]:
                    collect(f"{info.name}.{attr}(False)", obj(False))
                    collect(f"{info.name}.{attr}(True)", obj(True))
    return found


def _nested_unbounded(tree, outer: bool = False) -> bool:
    import re._constants as c

    for op, arg in tree:
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            lo, hi, sub = arg
            unbounded = hi == c.MAXREPEAT
            if unbounded and outer:
                return True
            if _nested_unbounded(sub, outer or unbounded):
                return True
        elif op == c.SUBPATTERN:
            if _nested_unbounded(arg[-1], outer):
                return True
        elif op == c.BRANCH:
            if any(_nested_unbounded(b, outer) for b in arg[1]):
                return True
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if _nested_unbounded(arg[1], outer):
                return True
    return False


def test_no_regex_nests_an_unbounded_repeat_in_another() -> None:
    import re._parser

    assert _nested_unbounded(re._parser.parse(r"(?:a|(?:b\s*c)+)d"))  # the check does see nesting
    assert not _nested_unbounded(re._parser.parse(r"(?:x\s+y){0,3}"))
    patterns = _patterns_of_the_package()
    assert len(patterns) > 80  # the walk does find them (108 today)
    nested = [name for name, p in patterns.items() if _nested_unbounded(re._parser.parse(p.pattern, p.flags))]
    assert nested == []
