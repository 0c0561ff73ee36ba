"""Every script in examples/ runs on the bundled seeds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.py"))


@pytest.mark.parametrize("script", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_runs(script: Path) -> None:
    r = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip(), "an example should print what it found"


def test_infobox_example_sums_as_intervals() -> None:
    r = subprocess.run([sys.executable, str(EXAMPLES[0].parent / "infobox_table.py")], capture_output=True, text=True, timeout=300)
    assert "004_53af8563b63003c2.txt side 1: [78, open] killed" in r.stdout
    assert "001_82e133301474c6dc.txt side 3: [90, 200] killed" in r.stdout
