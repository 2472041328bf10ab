"""The replay-semantics corpus (tests/corpus/replay): each mistake is found on the
line its `expect:` comment marks, and nothing else; the correct look-alikes (no
`expect:` comment) give no finding at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import expected_marks as expected
from wac_lint.engine import analyze_source, read_source

CORPUS = Path(__file__).parent / "corpus" / "replay"
SCRIPTS = sorted(p for p in CORPUS.glob("*") if p.suffix in (".py", ".ts"))
OWNED = {"WAC104", "WAC105", "WAC107", "WAC204", "WAC301", "WAC302", "WAC303", "WAC304", "WAC305"}


def findings(path: Path) -> set[tuple[int, str]]:
    return {(f.row, f.code) for f in analyze_source(read_source(path)).findings}


def test_corpus_size_and_balance() -> None:
    bad = [p for p in SCRIPTS if expected(p)]
    good = [p for p in SCRIPTS if not expected(p)]
    assert len(SCRIPTS) >= 80
    assert len(good) >= len(SCRIPTS) // 2 - 2, (len(good), len(bad))
    covered = {code for p in bad for _, code in expected(p)}
    assert OWNED <= covered, OWNED - covered
    for lang in (".py", ".ts"):
        assert any(p.suffix == lang for p in bad) and any(p.suffix == lang for p in good)


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.name)
def test_findings_are_exactly_the_marked_ones(path: Path) -> None:
    assert findings(path) == expected(path)
