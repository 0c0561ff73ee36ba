"""The casualtylib command, end to end, in a subprocess as a user runs it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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


def test_evaluate_scores_incidents_too(tmp_path: Path) -> None:
    r = run("evaluate", str(GOLD), str(SEEDS), "--misses")
    assert r.returncode == 0, r.stderr
    assert "incident figures:" in r.stdout and "F1" in r.stdout
    # --misses names the key's rows no figure matched (the seeds' extraction matches them all now,
    # so a key with one row more is asked for)
    gold = tmp_path / "gold"
    shutil.copytree(GOLD, gold)
    row = json.loads((gold / "incidents.jsonl").read_text().splitlines()[0])
    row.update(id="000-999", quote="nine hundred ghosts were killed", low=900, high=900)
    with (gold / "incidents.jsonl").open("a") as f:
        f.write(json.dumps(row) + "\n")
    r = run("evaluate", str(gold), str(SEEDS), "--misses")
    assert r.returncode == 0, r.stderr
    assert "missed:" in r.stdout and "nine hundred ghosts" in r.stdout


def test_incidents_table_and_json(tmp_path: Path) -> None:
    r = run("incidents", str(SEEDS / "004_53af8563b63003c2.txt"))
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0].split()[:4] == ["article", "id", "date", "low"]
    out = tmp_path / "i.json"
    assert run("incidents", str(SEEDS), "--out", str(out)).returncode == 0
    rows = json.loads(out.read_text())
    assert len(rows) > 200 and isinstance(rows[0]["sources"], list)


def test_evaluate_without_a_key_is_an_error(tmp_path: Path) -> None:
    r = run("evaluate", str(tmp_path), str(SEEDS))
    assert r.returncode == 1 and "no answer key here" in r.stderr and "Traceback" not in r.stderr


def test_reconcile_table_on_the_seeds() -> None:
    r = run("reconcile", str(SEEDS))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].split()[:3] == ["article", "side", "party"] and "status" in lines[0]
    hama = [line for line in lines if line.startswith("004_") and " killed " in line]
    assert len(hama) == 3 and "78+" in hama[0] and "consistent" in hama[0]
    assert any("infobox_exceeds" in line and "1,403" in line for line in lines)


@pytest.mark.parametrize("suffix", [".csv", ".json", ".parquet"])
def test_reconcile_out_writes_the_frame(tmp_path: Path, suffix: str) -> None:
    import pandas as pd

    out = tmp_path / f"r{suffix}"
    r = run("reconcile", str(SEEDS), "--out", str(out))
    assert r.returncode == 0, r.stderr
    df = {".csv": pd.read_csv, ".json": pd.read_json, ".parquet": pd.read_parquet}[suffix](out)
    assert list(df.columns[:4]) == ["article", "side", "party", "outcome"]
    assert len(df[(df["outcome"] == "killed") & (df["unit"] == "person")]) == 13


def test_reconcile_by_source_and_policy() -> None:
    r = run("reconcile", str(SEEDS / "002_8d24d57afd032d53.txt"), "--by-source", "--policy", "conservative")
    assert r.returncode == 0, r.stderr
    assert "source" in r.stdout.splitlines()[0]
    assert any(" SNHR " in line and "44" in line for line in r.stdout.splitlines())


def test_reconcile_reports_a_bad_article_as_an_error_row(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x81")
    (tmp_path / "good.txt").write_bytes((SEEDS / "004_53af8563b63003c2.txt").read_bytes())
    r = run("reconcile", str(tmp_path))
    assert r.returncode == 1
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1 and "bad.txt" in r.stderr
    rows = r.stdout.splitlines()
    assert [line.split()[0] for line in rows if "error: " in line] == ["bad.txt"]
    assert sum(line.startswith("good.txt") for line in rows) == 4
    out = tmp_path / "r.csv"
    assert run("reconcile", str(tmp_path), "--out", str(out)).returncode == 1
    assert [line.split(",")[0] for line in out.read_text().splitlines() if ",error," in line] == ["bad.txt"]


def test_bad_policy_is_bad_usage() -> None:
    assert run("reconcile", str(SEEDS), "--policy", "median").returncode == 2


def test_plot_writes_a_png(tmp_path: Path) -> None:
    out = tmp_path / "hama.png"
    r = run("plot", str(SEEDS / "004_53af8563b63003c2.txt"), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 20_000


def test_plot_refuses_an_unknown_picture_format(tmp_path: Path) -> None:
    r = run("plot", str(SEEDS / "004_53af8563b63003c2.txt"), "-o", str(tmp_path / "hama.gif"))
    assert r.returncode == 1 and "must be .png, .svg or .pdf" in r.stderr and "Traceback" not in r.stderr
