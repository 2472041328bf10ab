"""The flow corpus (`tests/flows/repo`): correct flows have no finding, each
mistake flow has exactly the findings its `# expect: WAC5xx` comments name, on
those lines.

The corpus is a small Windmill repository (`wmill.yaml`, flows in `.flow/` and
`__flow/` folders, `!inline` scripts in Python and TypeScript, shared scripts
and a subflow reached by `path:`), so resolution is exercised as in a real one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wac_lint.discovery import collect_files
from wac_lint.engine import analyze_bytes
from wac_lint.source import is_flow_path

REPO = Path(__file__).parent / "flows" / "repo"
EXPECT = re.compile(r"#\s*expect:\s*(?P<codes>WAC\d{3}(?:\s*,\s*WAC\d{3})*)")
FLOW_FILES = sorted(p for p in REPO.rglob("flow.*") if is_flow_path(p))
KNOWN_GAPS_FILE = Path(__file__).parent / "flows" / "KNOWN_GAPS.txt"


def known_gaps() -> dict[str, str]:
    """`folder  reason` lines of KNOWN_GAPS.txt: flows (their folder, relative to the
    corpus root) the analysis gets wrong today, run as strict xfails."""
    gaps = {}
    for line in KNOWN_GAPS_FILE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            folder, _, reason = line.partition(" ")
            gaps[folder] = reason.strip()
    return gaps


def _folder(path: Path) -> str:
    return path.parent.relative_to(REPO).as_posix()


def _corpus_params() -> list[object]:
    gaps = known_gaps()
    return [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=gaps[_folder(p)]))
        if _folder(p) in gaps
        else p
        for p in FLOW_FILES
    ]


def expected(path: Path) -> set[tuple[int, str]]:
    out: set[tuple[int, str]] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = EXPECT.search(line)
        if match:
            out |= {(number, c.strip()) for c in match.group("codes").split(",")}
    return out


def test_corpus_is_large_and_half_correct() -> None:
    correct = [p for p in FLOW_FILES if not expected(p)]
    mistakes = [p for p in FLOW_FILES if expected(p)]
    assert len(FLOW_FILES) >= 60
    assert len(correct) >= 30 and len(mistakes) >= 30
    # every rule has at least one mistake flow
    codes = {code for p in mistakes for _, code in expected(p)}
    assert {f"WAC50{i}" for i in range(9)} <= codes


def test_discovery_finds_every_flow_of_the_corpus() -> None:
    files, problems = collect_files([str(REPO)])
    assert problems == []
    found = {f.resolve() for f in files if is_flow_path(f)}
    assert found == {p.resolve() for p in FLOW_FILES}


def test_known_gaps_name_corpus_flows_with_a_reason() -> None:
    folders = {_folder(p) for p in FLOW_FILES}
    for folder, reason in known_gaps().items():
        assert folder in folders, f"KNOWN_GAPS.txt names {folder}, which is not in the corpus"
        assert reason, f"KNOWN_GAPS.txt gives no reason for {folder}"


@pytest.mark.parametrize("path", _corpus_params(), ids=lambda p: str(p.relative_to(REPO).parent))
def test_flow_findings_match_expectations(path: Path) -> None:
    result = analyze_bytes(path.read_bytes(), str(path))
    assert result.errors == []
    found = {(f.row, f.code) for f in result.findings}
    details = [f"{f.row}:{f.column} {f.code} {f.message}" for f in result.findings]
    assert found == expected(path), details
