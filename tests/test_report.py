"""The HTML audit report: what it holds, that it escapes everything, and
what a browser shows of it.

The screenshot test renders the report of a seed in headless Chromium
(Debian's ``chromium`` package, which ``.ci/run`` installs) and counts the
pixels of the table head's colour and of each side's highlight colour. It
skips, saying why, where no browser exists outside CI; in CI (``CI`` set) a
missing browser fails it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

import casualtylib
from casualtylib.cli import main
from casualtylib.report import SIDE_COLOURS, _TABLE_HEAD, render_report, write_report

SEED = "seeds/004_53af8563b63003c2.txt"  # all three sides in the infobox and in the text

HOSTILE = """= Battle of <b>Bold</b> & "Quotes" =

Infobox
- Date: 3 March 2012 – 30 April 2012
- Combatant1: Syrian Army<script>alert('box')</script>
- Casualties1: 12 killed <img src=x onerror=alert(1)>

==2012==

===March===
On 3 March, 12 soldiers were killed in <script>alert('text')</script> Morek. On 9 March, "7 civilians" were killed & buried at <a href="javascript:alert(2)">x</a>.
"""


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.seen: list[tuple[str, dict]] = []
        self.unbalanced: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.seen.append((tag, dict(attrs)))
        if tag not in ("meta", "br", "img", "circle", "rect", "polyline", "path"):
            self.open.append(tag)

    def handle_endtag(self, tag):
        if self.open and self.open[-1] == tag:
            self.open.pop()
        elif tag not in ("circle", "rect", "polyline"):
            self.unbalanced.append(tag)


def _parse(document: str) -> _Tags:
    tags = _Tags()
    tags.feed(document)
    return tags


@pytest.fixture(scope="module")
def seed_report() -> str:
    return render_report(SEED)


def test_every_extracted_figure_is_highlighted_once(seed_report: str) -> None:
    rows = casualtylib.incidents(SEED)
    marks = [a for tag, a in _parse(seed_report).seen if tag == "mark"]
    assert len(marks) == len(rows)
    assert len({m["id"] for m in marks}) == len(marks)
    assert {m["class"].split()[0] for m in marks} <= {f"side-{s}" for s in SIDE_COLOURS}


def test_the_tooltip_gives_date_count_outcome_sources_and_relation(seed_report: str) -> None:
    rows = {r.id: r for r in casualtylib.incidents(SEED)}
    for tag, attrs in _parse(seed_report).seen:
        if tag != "mark":
            continue
        tip = attrs["data-tip"]
        r = rows[tip.split(":")[0]]
        assert (r.date or "no date") in tip
        assert f"{r.low:,}" in tip and r.outcome in tip
        assert ", ".join(r.sources) in tip if r.sources else "unattributed" in tip
        assert f"relation: {r.relation or 'none'}" in tip
        assert attrs["title"] == tip


def test_table_rows_link_to_the_incidents_they_summed(seed_report: str) -> None:
    tags = _parse(seed_report).seen
    mark_ids = {a["id"] for t, a in tags if t == "mark"}
    rows = [a for t, a in tags if t == "tr" and "data-counted" in a]
    rec = casualtylib.reconcile(SEED)
    assert len(rows) == len(rec)
    counted = [a["data-counted"].split() for a in rows]
    assert [len(c) for c in counted] == list(rec["n_incidents"])
    assert {i for c in counted for i in c} <= mark_ids
    links = {a["href"][1:] for t, a in tags if t == "a" and a.get("href", "").startswith("#a1-")}
    assert {i for c in counted for i in c} == links


def test_summed_figures_are_solid_and_the_rest_dashed(seed_report: str) -> None:
    rec = casualtylib.reconcile(SEED)
    marks = [a for t, a in _parse(seed_report).seen if t == "mark"]
    solid = [m for m in marks if "excluded" not in m["class"]]
    assert len(solid) == rec["n_incidents"].sum()


def test_there_is_one_svg_timeline_per_side(seed_report: str) -> None:
    svgs = re.findall(r"<svg class=\"timeline\".{0,20000}?</svg>", seed_report, re.S)
    assert len(svgs) == 3
    assert all("<polyline" in s for s in svgs)


def test_all_article_text_is_escaped() -> None:
    document = render_report(HOSTILE)
    assert document.count("<script") == 1  # the report's own
    assert "<img" not in document and '<a href="javascript' not in document
    assert "&lt;a href=&quot;javascript:alert(2)&quot;&gt;" in document
    assert "&lt;img src=x onerror=alert(1)&gt;" in document  # the infobox field, in the table
    assert "&lt;script&gt;alert(&#x27;text&#x27;)&lt;/script&gt;" in document
    assert "Battle of &lt;b&gt;Bold&lt;/b&gt; &amp; &quot;Quotes&quot;" in document
    tags = _parse(document)
    assert not tags.unbalanced and not tags.open
    assert {t for t, _ in tags.seen} <= {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p",
                                         "ol", "li", "a", "section", "table", "thead", "tbody", "tr", "th", "td",
                                         "span", "svg", "rect", "polyline", "circle", "text", "div", "mark",
                                         "script"}


def test_an_unreadable_article_gets_a_section_and_the_others_are_reported(tmp_path: Path) -> None:
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01binary")
    document = render_report([bad, SEED])
    assert "Could not read" in document and "broken.txt" in document
    assert document.count("<mark") == len(casualtylib.incidents(SEED))


def test_write_report_and_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.html"
    assert main(["report", "seeds/", "-o", str(out)]) == 0
    document = out.read_text(encoding="utf-8")
    assert document.count("<section") == 5
    with pytest.raises(casualtylib.CasualtyError, match="must be an .html file"):
        write_report(SEED, tmp_path / "report.txt")
    assert main(["report", SEED, "-o", str(tmp_path / "missing" / "r.html")]) == 1
    assert "cannot write the report" in capsys.readouterr().err
    # an unreadable article: one line on stderr, exit 1, the others still in the report
    assert main(["report", SEED, str(tmp_path / "nope.txt"), "-o", str(out)]) == 1
    assert "nope.txt: no such article file" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8").count("<mark") == len(casualtylib.incidents(SEED))


# --- what a browser shows -------------------------------------------------------------------------


def _browser() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("CI must install Debian's chromium for the report's screenshot test (see .ci/run)")
    pytest.skip("no chromium on this machine: install Debian's 'chromium' package to run the screenshot test")


def _pixels(png: Path, colour: str) -> int:
    from PIL import Image

    rgb = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
    with Image.open(png) as img:
        return sum(n for n, c in img.convert("RGB").getcolors(maxcolors=1 << 24) if c == rgb)


def test_headless_chromium_shows_the_table_and_the_highlights(tmp_path: Path) -> None:
    browser = _browser()
    page = Path(write_report(SEED, tmp_path / "report.html"))
    shot = tmp_path / "shot.png"
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / 'profile'}", "--hide-scrollbars", "--window-size=1280,4000",
           f"--screenshot={shot}", page.as_uri()]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert shot.exists(), f"chromium wrote no screenshot (exit {r.returncode}): {r.stderr[-2000:]}"
    assert _pixels(shot, _TABLE_HEAD) > 20_000, "the reconciliation table's head is not on the screenshot"
    for side in ("government", "opposition", "civilian"):
        assert _pixels(shot, SIDE_COLOURS[side]) > 300, f"no {side} highlight on the screenshot"
