"""The WAC corpus: correct scripts give no finding; each deliberate mistake is
found on the line its `expect:` comment marks, and nothing else is."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import expected_marks as expected
from wac_lint.engine import analyze_source, read_source

CORPUS = Path(__file__).parent / "corpus" / "wac"
GOOD = sorted(p for p in CORPUS.glob("*") if p.suffix in (".py", ".ts"))
BAD = sorted(p for p in (CORPUS / "bad").glob("*") if p.suffix in (".py", ".ts"))


def findings(path: Path) -> set[tuple[int, str]]:
    return {(f.row, f.code) for f in analyze_source(read_source(path)).findings}


def test_corpus_is_there() -> None:
    assert len(GOOD) >= 60 and len(BAD) >= 10


@pytest.mark.parametrize("path", GOOD, ids=lambda p: p.name)
def test_correct_script_has_no_finding(path: Path) -> None:
    assert findings(path) == set()


@pytest.mark.parametrize("path", BAD, ids=lambda p: p.name)
def test_mistakes_are_found_where_marked(path: Path) -> None:
    marks = expected(path)
    assert marks, "a bad corpus file must mark its expected findings"
    assert findings(path) == marks
