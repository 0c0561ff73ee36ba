"""The casualtylib command, end to end, in a subprocess as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import GOLD, SEEDS


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "casualtylib", *args], capture_output=True, text=True, timeout=120)


def test_figures_table_on_the_seeds() -> None:
    r = run("figures", str(SEEDS))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].split()[:4] == ["article", "field", "low", "high"]
    assert len(lines) == 22
    assert any("1659" in line and "soldiers" in line for line in lines)


def test_figures_out_json(tmp_path: Path) -> None:
    out = tmp_path / "f.json"
    r = run("figures", str(SEEDS), "--out", str(out))
    assert r.returncode == 0, r.stderr
    rows = json.loads(out.read_text())
    assert len(rows) == 21 and rows[0]["article"].startswith("000_")


def test_figures_out_csv(tmp_path: Path) -> None:
    out = tmp_path / "f.csv"
    assert run("figures", str(SEEDS), "--out", str(out)).returncode == 0
    assert out.read_text().splitlines()[0].startswith("article,field,side,party")


def test_bad_article_is_one_line_and_exit_1(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00\xff")
    good = SEEDS / "004_53af8563b63003c2.txt"
    r = run("figures", str(tmp_path / "bad.txt"), str(good))
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == [f"casualtylib: error: {tmp_path / 'bad.txt'}: not text: binary data (NUL bytes)"]
    assert "Traceback" not in r.stderr and "fighters" in r.stdout


def test_bad_usage_exits_2() -> None:
    assert run("figures").returncode == 2
    assert run("nonsense").returncode == 2


def test_bad_out_suffix(tmp_path: Path) -> None:
    r = run("figures", str(SEEDS), "--out", str(tmp_path / "x.xlsx"))
    assert r.returncode == 1 and "must end in .csv" in r.stderr


def test_evaluate_prints_scores() -> None:
    r = run("evaluate", str(GOLD), str(SEEDS))
    assert r.returncode == 0, r.stderr
    assert "21/21 gold matched" in r.stdout


def test_console_script_entry_point_is_declared() -> None:
    text = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text()
    assert 'casualtylib = "casualtylib.cli:main"' in text


def test_evaluate_scores_incidents_too() -> None:
    r = run("evaluate", str(GOLD), str(SEEDS), "--misses")
    assert r.returncode == 0, r.stderr
    assert "incident figures:" in r.stdout and "F1" in r.stdout
    assert "missed:" in r.stdout


def test_incidents_table_and_json(tmp_path: Path) -> None:
    r = run("incidents", str(SEEDS / "004_53af8563b63003c2.txt"))
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0].split()[:3] == ["id", "date", "low"]
    out = tmp_path / "i.json"
    assert run("incidents", str(SEEDS), "--out", str(out)).returncode == 0
    rows = json.loads(out.read_text())
    assert len(rows) > 200 and isinstance(rows[0]["sources"], list)


def test_evaluate_without_a_key_is_an_error(tmp_path: Path) -> None:
    r = run("evaluate", str(tmp_path), str(SEEDS))
    assert r.returncode == 1 and "no answer key here" in r.stderr and "Traceback" not in r.stderr
