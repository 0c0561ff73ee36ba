"""Every script in examples/ runs on the bundled seeds and prints what it
promises. Each runs in a fresh folder, as a user would run it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SCRIPTS = sorted(EXAMPLES.glob("*.py"))


def _run(script: str, cwd: Path, *args: str) -> str:
    r = subprocess.run([sys.executable, str(EXAMPLES / script), *args], capture_output=True, text=True,
                       timeout=300, cwd=cwd)
    assert r.returncode == 0, r.stderr
    return r.stdout


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.name for p in SCRIPTS])
def test_example_runs(script: Path, tmp_path: Path) -> None:
    assert _run(script.name, tmp_path).strip(), "an example should print what it found"


def test_infobox_table_sums_as_intervals(tmp_path: Path) -> None:
    out = _run("infobox_table.py", tmp_path)
    assert "004_53af8563b63003c2.txt side 1: [78, open] killed" in out
    assert "001_82e133301474c6dc.txt side 3: [90, 200] killed" in out


def test_unsupported_infoboxes_names_the_gaps(tmp_path: Path) -> None:
    out = _run("unsupported_infoboxes.py", tmp_path)
    assert ("004_53af8563b63003c2.txt side 3 (civilian), killed person: infobox 17+, text 11 from 3 report(s) "
            "[infobox_exceeds]") in out
    assert "000_2f889a6acb127c80.txt side 1 (Free Syrian Army), killed person: infobox 1,403, text 30" in out
    assert "consistent" not in out.split("Unsupported infobox figures:")[1]


def test_per_source_sets_sohr_against_sana(tmp_path: Path) -> None:
    out = _run("per_source.py", tmp_path)
    header = next(line for line in out.splitlines() if line.startswith("source"))
    assert header.split()[-2:] == ["SOHR", "SANA"]
    assert "SOHR's reports add up to at least" in out and "SANA's to at least" in out


def test_timeline_plot_writes_one_picture_per_seed(tmp_path: Path) -> None:
    out = _run("timeline_plot.py", tmp_path, "pictures")
    pictures = sorted((tmp_path / "pictures").glob("*.png"))
    assert len(pictures) == 5 and all(p.stat().st_size > 10_000 for p in pictures)
    assert "3 panel(s): Side 1 — Syrian Salvation Government" in out


def test_dataframes_walk_joins_the_tables(tmp_path: Path) -> None:
    out = _run("dataframes_walk.py", tmp_path)
    assert "side 3 of 2024 Hama offensive: infobox [17, open), text [11, 11], from:" in out
    assert "deaths reported per month and side" in out


def test_the_users_property_tests_pass_as_a_script_and_under_pytest(tmp_path: Path) -> None:
    out = _run("property_tests.py", tmp_path)
    assert out.count(": passed") == 4
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(tmp_path),
                        str(EXAMPLES / "property_tests.py")], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "4 passed" in r.stdout
