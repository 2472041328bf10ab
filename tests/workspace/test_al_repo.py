"""Red team AL, repository (`al_repo/`): a regional rail operator's workspace as `wmill sync
pull` writes it (`wmill.yaml` with `nonDottedPaths: true`, `f/**` and `u/**` included).

BLIND SCORE PENDING
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import expected_marks
from tests.workspace.red_team_repo import RepoCorpus
from wac_lint.engine import analyze_bytes
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "al_repo"
CORPUS = RepoCorpus(
    REPO,
    support=("f/rail/", "f/rail_ops/"),
    support_files=("f/crew/rosterlib.py", "u/mira/pacing.py", "u/mira/stamp.ts"),
    min_callers=24,
    min_correct_share=0.4,
)
# What wac-lint gets wrong today: strict xfails, removed as they are fixed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.fixture(scope="module")
def repo_findings() -> dict[str, list[tuple[int, str, str, str]]]:
    """Every finding of every file of the repository, analysed once for the module."""
    forget_projects()
    out = {}
    for path in CORPUS.files:
        result = analyze_bytes(path.read_bytes(), str(path))
        assert not result.errors, [f"{e.code}: {e.error}" for e in result.errors]
        out[CORPUS.rel(path)] = [(f.row, f.code, f.severity, f.message) for f in result.findings]
    return out


def test_repository_shape() -> None:
    CORPUS.check_shape()


@pytest.mark.parametrize("path", CORPUS.cases(KNOWN_GAPS), ids=CORPUS.test_id)
def test_findings_are_the_marked_ones(path: Path, repo_findings) -> None:
    found = {(row, code) for row, code, _, _ in repo_findings[CORPUS.rel(path)]}
    assert found == expected_marks(path)
