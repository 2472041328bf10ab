"""The adversarial corpus: WAC scripts written the way users write them, with the
mistakes a naive linter misses and the correct look-alikes it flags.

Every script must produce exactly the findings its `expect:` comments mark (format of
`tests/corpus/wac/bad/`), and a script without `expect:` none. Scripts the analysis
gets wrong today are listed in `KNOWN_GAPS.txt` and run as strict xfails: one that starts
passing fails the suite until its entry is removed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import expected_marks as expected
from wac_lint.engine import analyze_source, read_source

ROOT = Path(__file__).parent / "corpus" / "adversarial"
SCRIPTS = sorted(p for p in ROOT.rglob("*") if p.suffix in (".py", ".ts"))
# Codes that exist today (issue 11's new codes are not used here).
MIN_SCRIPTS = 150
KNOWN_CODES = {
    f"WAC{n:03d}"
    for n in (0, 1, 2, 3, 4, 5, 6, 101, 102, 103, 104, 105, 106, 107, 108, 201, 202, 203, 204)
    + (301, 302, 303, 304, 402, 902, 903)
}
# WAC903 says Windmill's UI draws no diagram for a script that runs as written: its
# marks do not make a script a mistake, so they leave the `_ok` in its name.
DIAGRAM_ONLY = "WAC903"


def mistakes(path: Path) -> set[tuple[int, str]]:
    """The marks of run-time mistakes (all but the diagram's)."""
    return {(row, code) for row, code in expected(path) if code != DIAGRAM_ONLY}


def known_gaps() -> dict[str, str]:
    """`path  reason` lines of KNOWN_GAPS.txt, paths relative to the corpus root."""
    gaps = {}
    for line in (ROOT / "KNOWN_GAPS.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            path, _, reason = line.partition(" ")
            gaps[path] = reason.strip()
    return gaps


def findings(path: Path) -> set[tuple[int, str]]:
    result = analyze_source(read_source(path))
    # a rule that raises loses its findings without failing the others: the corpus
    # must not pass because a broken rule stayed quiet
    assert not result.errors, [f"{e.code}: {e.error}" for e in result.errors]
    # WAC901 judges a script's metadata, which the corpus scripts do not have; its one
    # finding here, a `main` Windmill cannot read in a file with a decorator (windmill-oracle
    # `sig`: Invalid), is pinned by tests/workspace/test_u_repo.py
    return {(f.row, f.code) for f in result.findings if f.code != "WAC901"}


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def cases() -> list[object]:
    gaps = known_gaps()
    return [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=gaps[rel(p)]))
        if rel(p) in gaps
        else p
        for p in SCRIPTS
    ]


def test_corpus_shape() -> None:
    python = [p for p in SCRIPTS if p.suffix == ".py"]
    correct = [p for p in SCRIPTS if not mistakes(p)]
    assert len(SCRIPTS) >= MIN_SCRIPTS
    assert 0.4 <= len(python) / len(SCRIPTS) <= 0.6
    assert len(correct) / len(SCRIPTS) >= 0.4
    assert {p.parent for p in SCRIPTS} == {d for d in ROOT.iterdir() if d.is_dir()}
    for path in SCRIPTS:
        # the name says which kind a script is: `*_ok` for correct look-alikes
        assert path.stem.endswith("_ok") == (not mistakes(path)), rel(path)


def test_known_gaps_name_corpus_scripts_with_a_reason() -> None:
    names = {rel(p) for p in SCRIPTS}
    for path, reason in known_gaps().items():
        assert path in names, f"KNOWN_GAPS.txt names {path}, which is not in the corpus"
        assert reason, f"KNOWN_GAPS.txt gives no reason for {path}"


def test_expectations_use_existing_codes() -> None:
    for path in SCRIPTS:
        for row, code in expected(path):
            assert code in KNOWN_CODES, f"{rel(path)}:{row}: {code} is not a code of today"


def test_every_script_says_what_was_checked_in_the_sdk() -> None:
    for path in SCRIPTS:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert re.match(r"^(#|//) SDK: ", first), f"{rel(path)}: first line names the SDK check"


@pytest.mark.parametrize("path", cases(), ids=rel)
def test_findings_are_exactly_the_marked_ones(path: Path) -> None:
    assert findings(path) == expected(path)
