"""Scale: MediaWiki dumps (streamed and safely parsed), batch runs in
several processes, progress, and Dask. The tests build their dumps and
corpora themselves from the seeds (casualtylib._synthetic)."""

from __future__ import annotations

import bz2
import io
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pandas as pd
import pytest

import casualtylib
from casualtylib._synthetic import to_wikitext, write_dump
from casualtylib.batch import Progress, run

from .conftest import SEEDS

SEED_ARTICLES = [casualtylib.read_article(p) for p in sorted(SEEDS.glob("*.txt"))]


def _pages(n: int):
    """n battle pages: the seeds over and over, each under its own title."""
    for i in range(n):
        art = SEED_ARTICLES[i % len(SEED_ARTICLES)]
        yield f"{art.title} ({i})", to_wikitext(art)


@pytest.fixture(scope="module")
def dump(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("dump") / "pages-articles.xml.bz2"
    return Path(write_dump(_pages(10), path))


# --- read_dump ------------------------------------------------------------------------------------

def test_a_dump_gives_the_same_articles_as_the_files(dump) -> None:
    arts = list(casualtylib.read_dump(dump))
    assert [a.title for a in arts][:2] == [f"{SEED_ARTICLES[0].title} (0)", f"{SEED_ARTICLES[1].title} (1)"]
    assert len(arts) == 10
    for art, seed in zip(arts, SEED_ARTICLES):
        got = casualtylib.reconcile(art)[["incident_low", "incident_high", "n_incidents"]]
        want = casualtylib.reconcile(seed)[["incident_low", "incident_high", "n_incidents"]]
        pd.testing.assert_frame_equal(got, want)


def test_redirects_other_namespaces_and_pages_without_a_battle_infobox_are_skipped(tmp_path) -> None:
    xml = tmp_path / "d.xml"
    write_dump([("Battle of A", to_wikitext(SEED_ARTICLES[4])), ("Some person", "{{Infobox person}} Text.")], xml)
    text = xml.read_text(encoding="utf-8").replace(
        "</mediawiki>",
        "<page><title>Battle of B</title><ns>0</ns><redirect title=\"Battle of A\" /><revision><text>"
        "#REDIRECT [[Battle of A]] {{Infobox military conflict}}</text></revision></page>"
        "<page><title>Talk:Battle of A</title><ns>1</ns><revision><text>{{Infobox military conflict}}</text></revision></page>"
        "</mediawiki>")
    xml.write_text(text, encoding="utf-8")
    assert [a.title for a in casualtylib.read_dump(xml)] == ["Battle of A"]


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<mediawiki><page><title>X</title><ns>0</ns><revision><text>&lol9;</text></revision></page></mediawiki>"""

EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<mediawiki><page><title>X</title><ns>0</ns><revision><text>&x;</text></revision></page></mediawiki>"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, EXTERNAL], ids=["billion-laughs", "external-entity"])
def test_unsafe_xml_is_refused_at_once(tmp_path, data: bytes) -> None:
    path = tmp_path / "evil.xml"
    path.write_bytes(data)
    started = time.perf_counter()
    with pytest.raises(casualtylib.ArticleFormatError, match=r"evil\.xml: refused: the dump declares a DTD"):
        list(casualtylib.read_dump(path))
    assert time.perf_counter() - started < 1.0


def test_broken_xml_names_the_file_and_line(tmp_path) -> None:
    path = tmp_path / "broken.xml"
    path.write_bytes(b"<mediawiki>\n<page><title>X</title>\n<ns>0</ns></pag>\n</mediawiki>")
    with pytest.raises(casualtylib.ArticleFormatError, match=r"broken\.xml:3: not a well-formed XML dump"):
        list(casualtylib.read_dump(path))


def test_a_truncated_bz2_dump_is_a_clear_error(tmp_path, dump) -> None:
    cut = tmp_path / "cut.xml.bz2"
    cut.write_bytes(dump.read_bytes()[: dump.stat().st_size // 2])
    with pytest.raises(casualtylib.ArticleFormatError, match=r"cut\.xml\.bz2: the dump is truncated"):
        list(casualtylib.read_dump(cut))


def test_a_binary_file_object_can_be_read(dump) -> None:
    with bz2.open(dump, "rb") as fh:
        titles = [a.title for a in casualtylib.read_dump(fh)]
        assert not fh.closed  # a file read_dump did not open stays its owner's to close
    assert len(titles) == 10


def test_memory_stays_flat_while_streaming(tmp_path) -> None:
    """Peak memory while reading a dump grows with the page, not the dump."""
    def peak(n: int) -> int:
        path = write_dump(_pages(n), tmp_path / f"d{n}.xml")
        tracemalloc.start()
        for _ in casualtylib.dump.pages(path):
            pass
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    small, large = peak(20), peak(400)
    assert large < 1.5 * small, (small, large)


# --- batch runs -------------------------------------------------------------------------------------

def test_two_processes_give_the_same_frame_as_one(dump) -> None:
    one, errors_one = run("reconcile", [dump, SEEDS], jobs=1)
    two, errors_two = run("reconcile", [dump, SEEDS], jobs=2)
    assert errors_one == errors_two == []
    pd.testing.assert_frame_equal(one, two)
    assert len(one[one["outcome"] == "killed"]) == 2 * 13 + 13  # 10 dump pages (2 of each seed) + the 5 seeds


def test_batch_errors_are_reported_and_the_rest_goes_on(tmp_path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00")
    (tmp_path / "good.txt").write_bytes((SEEDS / "004_53af8563b63003c2.txt").read_bytes())
    seen = []
    df, errors = run("incidents", [tmp_path], jobs=2, on_error=seen.append)
    assert len(errors) == 1 and seen == errors and "bad.txt" in str(errors[0])
    assert set(df["article"]) == {"good.txt"}


def test_progress_line_counts_rate_and_eta() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Tty()
    meter = Progress(total=10, stream=stream, every=0.0)
    for _ in range(4):
        meter.step()
    meter.close()
    out = stream.getvalue()
    assert "4/10 articles" in out and "/s" in out and "ETA" in out
    silent = io.StringIO()  # not a terminal: nothing
    meter = Progress(total=10, stream=silent, every=0.0)
    meter.step()
    meter.close()
    assert silent.getvalue() == ""


def test_cli_reads_a_dump_with_jobs(dump, tmp_path) -> None:
    out = tmp_path / "r.csv"
    r = subprocess.run([sys.executable, "-m", "casualtylib", "reconcile", str(dump), "--jobs", "2", "--out", str(out)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""  # not a terminal: no progress line
    df = pd.read_csv(out)
    assert df["article"].nunique() == 10


def test_cli_refuses_zero_jobs() -> None:
    r = subprocess.run([sys.executable, "-m", "casualtylib", "reconcile", str(SEEDS), "--jobs", "0"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "at least 1" in r.stderr


# --- Dask ---------------------------------------------------------------------------------------------

def test_dask_on_a_local_cluster_equals_one_process(dump, tmp_path) -> None:
    distributed = pytest.importorskip("distributed")
    from casualtylib import dask as cdask

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, art in enumerate(SEED_ARTICLES * 2):
        (corpus / f"{i:03d}.wiki").write_text(to_wikitext(art), encoding="utf-8")
    sources = [dump, corpus]
    expected, _ = run("reconcile", sources)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        got = cdask.compute(cdask.reconcile(sources, files_per_partition=3), scheduler=cluster.scheduler_address)
    pd.testing.assert_frame_equal(got, expected)
    incidents = cdask.compute(cdask.incidents([corpus], files_per_partition=4))
    assert len(incidents) == 2 * sum(len(casualtylib.incidents(a)) for a in SEED_ARTICLES)


def test_dask_validates_lazily_with_the_schema() -> None:
    pytest.importorskip("dask")
    import pandera.errors

    import dask.dataframe as dd
    from casualtylib.schemas import ReconciliationSchema

    bad = casualtylib.reconcile(SEEDS / "004_53af8563b63003c2.txt")
    bad.loc[0, "status"] = "incidents_exceed"
    lazy = ReconciliationSchema.validate(dd.from_pandas(bad, npartitions=1))
    with pytest.raises(pandera.errors.SchemaError):
        lazy.compute()
