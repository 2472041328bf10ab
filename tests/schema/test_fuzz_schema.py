"""The differential schema fuzzer (`bench/fuzz_schema.py`): its parts, and a short live run.

The live run needs windmill-oracle (Node); it is skipped, with the reason, when
the oracle is not installed. Everything else runs offline.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import fuzz_schema  # noqa: E402
from schema_fuzz_gen import generate  # noqa: E402

from wac_lint.engine import read_source  # noqa: E402
from wac_lint.parsing import parse  # noqa: E402
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile  # noqa: E402

ORACLE = Path(os.environ.get("WINDMILL_ORACLE", str(fuzz_schema.DEFAULT_ORACLE)))
ORACLE_HOME = Path(
    os.environ.get("WINDMILL_ORACLE_HOME", str(Path.home() / ".cache" / "windmill-oracle"))
)


def test_generation_is_seeded() -> None:
    first = generate(5, 40)
    again = generate(5, 40)
    other = generate(6, 40)
    assert [(c.path, c.script, c.metadata) for c in first] == [
        (c.path, c.script, c.metadata) for c in again
    ]
    assert [c.script for c in first] != [c.script for c in other]


def test_generated_scripts_cover_both_languages_and_metadata() -> None:
    cases = generate(3, 200)
    assert {c.suffix for c in cases} == {".py", ".ts"}
    assert len({c.path for c in cases}) == len(cases)
    with_metadata = [c for c in cases if c.metadata is not None]
    assert 0.2 < len(with_metadata) / len(cases) < 0.5
    # The constructs of issue 9 §5 come up.
    text = "\n".join(c.script for c in cases)
    for construct in ("| list[", "extends Base", "object[]", "__proto__", "  # note", "// note"):
        assert construct in text, construct


def test_generated_scripts_mostly_parse() -> None:
    """Most generated scripts are valid code (a few odd ones are meant to stress the parsers)."""
    cases = generate(11, 120)
    clean = 0
    for case in cases:
        language = LANG_PYTHON if case.suffix == ".py" else LANG_TYPESCRIPT
        tree = parse(SourceFile("x" + case.suffix, case.script, language))
        clean += not tree.root_node.has_error
    assert clean / len(cases) > 0.9


def test_ddmin_finds_a_minimal_input_in_few_rounds() -> None:
    units = [f"u{i}" for i in range(40)]
    calls: list[int] = []

    def interesting(candidates: list[list[str]]) -> list[bool]:
        calls.append(len(candidates))
        return [("u7" in c and "u31" in c) for c in candidates]

    assert fuzz_schema.ddmin(units, interesting, max_rounds=60) == ["u7", "u31"]
    assert len(calls) < 30


def test_ddmin_stops_after_its_round_budget() -> None:
    rounds: list[int] = []

    def interesting(candidates: list[list[str]]) -> list[bool]:
        rounds.append(1)
        return [len(c) >= 3 for c in candidates]

    result = fuzz_schema.ddmin([str(i) for i in range(64)], interesting, max_rounds=3)
    assert len(rounds) == 3
    assert 3 <= len(result) < 64


def test_signatures_are_compared_as_javascript_sees_them() -> None:
    ours = {"has_preprocessor": False, "args": [{"name": "a", "typ": "int", "default": 3}]}
    theirs = {"has_preprocessor": None, "args": [{"name": "a", "typ": "int", "default": 3.0}]}
    assert fuzz_schema.normalise_signature(ours) == fuzz_schema.normalise_signature(theirs)
    other = {"args": [{"name": "a", "typ": "int", "default": 4}]}
    assert fuzz_schema.normalise_signature(ours) != fuzz_schema.normalise_signature(other)


def test_wac_lint_side_reads_a_written_project() -> None:
    cases = generate(2, 6)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        files = fuzz_schema.write_project(root, cases)
        assert (root / "wmill.yaml").is_file()
        for case, file in zip(cases, files, strict=True):
            outcome = fuzz_schema.ours(root, file)
            assert (outcome.text is None) != (outcome.error is None)
            if outcome.text is not None:
                assert f"lock: '!inline {case.path}.script.lock'" in outcome.text
            assert read_source(root / file).text == case.script


@pytest.fixture
def oracle() -> Iterator[fuzz_schema.Oracle]:
    if not ORACLE.exists():
        pytest.skip(f"windmill-oracle not found at {ORACLE}")
    if shutil.which("node") is None:
        pytest.skip("Node is not installed (windmill-oracle needs it)")
    if not (ORACLE_HOME / "node_modules").is_dir():
        pytest.skip("windmill-oracle is not set up (run `windmill-oracle setup`)")
    yield fuzz_schema.Oracle(ORACLE)


def test_short_differential_run_is_identical(oracle: fuzz_schema.Oracle) -> None:
    """A few dozen generated scripts, with and without metadata: byte-identical to wmill."""
    verdicts = fuzz_schema.compare(oracle, generate(2026, 40))
    divergent = [v for v in verdicts if v.diverges]
    assert not divergent, "\n".join(
        f"{v.case.path}{v.case.suffix} [{v.kind}]\n{v.case.script}" for v in divergent
    )
    assert sum(v.kind == "identical" for v in verdicts) >= 35
