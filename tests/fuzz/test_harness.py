"""The fuzz harness itself: its checks catch what they claim to catch, so a fuzz
run that passes means something."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from tests.fuzz import generate, mutate, properties
from tests.fuzz.minimize import minimize
from tests.fuzz.mutate import MUTATORS, Lang
from tests.fuzz.seeds import Case, seeds
from tests.fuzz.targets import (
    Hang,
    Kind,
    Run,
    Target,
    Violation,
    changed_entries,
    common_violations,
    hang_guard,
    run_case,
    snapshot,
)


def test_seed_corpus_holds_both_languages_and_metadata() -> None:
    found = seeds()
    assert sum(s.lang is Lang.PYTHON for s in found) >= 50
    assert sum(s.lang is Lang.TYPESCRIPT for s in found) >= 50
    assert sum(s.metadata is not None for s in found) >= 20


@pytest.mark.parametrize("name", sorted(MUTATORS))
def test_mutators_are_deterministic_and_change_the_input(name: str) -> None:
    data = seeds()[0].script
    runs = [MUTATORS[name](data, random.Random(seed), Lang.PYTHON) for seed in range(20)]
    again = [MUTATORS[name](data, random.Random(seed), Lang.PYTHON) for seed in range(20)]
    assert runs == again
    assert any(out != data for out in runs)


def test_newline_mutator_produces_each_style() -> None:
    data = b"a = 1\nb = 2\nc = 3\n"
    styles = {
        frozenset(
            properties.line_ending_styles(
                mutate.newlines(data, random.Random(s), Lang.PYTHON).decode()
            )
        )
        for s in range(30)
    }
    assert {frozenset({"cr"}), frozenset({"crlf"})} <= styles
    assert any(len(s) > 1 for s in styles)  # mixed


def test_generated_scripts_mostly_parse() -> None:
    rng = random.Random(1)
    for lang in (Lang.PYTHON, Lang.TYPESCRIPT):
        texts = [generate.script(rng, lang).decode() for _ in range(40)]
        parsed = sum(properties.tree_sitter_parses(t, lang) for t in texts)
        assert parsed >= 36, f"{lang}: only {parsed} of 40 generated scripts parse"


def test_python_compile_check() -> None:
    assert properties.python_compiles("async def f():\n    await g()\n")
    assert not properties.python_compiles("def f():\n    await g()\n")
    assert not properties.python_compiles("x = (" * 300 + "1" + ")" * 300)


def test_typescript_await_check() -> None:
    ok = "const f = async () => { await g(); };\nawait h();\n"
    bad = "const f = () => { await g(); };\nfunction k() { await g(); }\n"
    assert properties.typescript_misplaced_awaits(ok) == 0
    assert properties.typescript_misplaced_awaits(bad) == 2


def test_fix_problems_catch_broken_results() -> None:
    good = b"def f():\n    g()\n"
    assert properties.fix_problems(good, b"def f():\n    await g()\n", Lang.PYTHON) == [
        "the fixed file no longer compiles"
    ]
    assert properties.fix_problems(good, b"def f(:\n", Lang.PYTHON)[0] == (
        "the fixed file does not parse"
    )
    assert properties.fix_problems(b"def f(:\n", b"def f():\n", Lang.PYTHON) == [
        "rewrote a file that does not parse"
    ]
    assert properties.fix_problems(b"def f(:\n", b"def f():\n", Lang.PYTHON, editor=True) == []
    assert "the byte order mark was not kept" in properties.fix_problems(
        b"\xef\xbb\xbf" + good, b"def f():\n    h()\n", Lang.PYTHON
    )
    crlf = good.replace(b"\n", b"\r\n")
    assert properties.fix_problems(crlf, crlf + b"x = 1\n", Lang.PYTHON) == [
        "line endings changed from {'crlf'} to {'crlf', 'lf'}"
    ] or properties.fix_problems(crlf, crlf + b"x = 1\n", Lang.PYTHON) == [
        "line endings changed from {'crlf'} to {'lf', 'crlf'}"
    ]
    ts_before = b"const f = () => { g(); };\n"
    assert properties.fix_problems(
        ts_before, b"const f = () => { await g(); };\n", Lang.TYPESCRIPT
    ) == ["the fix put `await` in a function that is not async"]
    assert properties.fix_problems(good, good, Lang.PYTHON) == []


def test_output_checks() -> None:
    assert properties.output_problems('{"a": 1}', "json") == []
    assert properties.output_problems("{", "json")
    assert properties.output_problems("<a><b/></a>", "junit") == []
    assert properties.output_problems("<a>", "junit")
    assert properties.output_problems("a: 1\n", "yaml") == []
    assert properties.output_problems("- 1\n", "yaml")
    # a first key that is a BOM, as wmill writes it: no reader reads it back
    assert properties.output_problems("\ufeff: null\n':': null\n", "yaml") == []
    assert properties.output_problems("\ufeffa: [\n", "yaml")
    assert properties.control_characters("plain\ttext\r\n") == []
    assert properties.control_characters("\x1b[31mred") == [
        "raw control characters in the output: U+001B"
    ]


def test_common_violations_flag_each_failure() -> None:
    def kinds(run: Run, fmt: str | None = "text") -> set[Kind]:
        return {v.kind for v in common_violations(Target.CHECK, run, fmt, 1.0)}

    clean = Run(["check"], 1, "f.py:1:1: WAC101 x\n", "", None, 0.1)
    assert kinds(clean) == set()
    assert kinds(Run(["check"], 3, "", "", None, 0.1)) == {Kind.EXIT_CODE}
    assert kinds(Run(["check"], 2, "", "wac-lint: internal error: boom", None, 0.1)) == {
        Kind.INTERNAL_ERROR
    }
    assert kinds(Run(["check"], 1, "", "", ValueError("x"), 0.1)) == {Kind.EXCEPTION}
    assert kinds(Run(["check"], -1, "", "", Hang(), 1.0)) == {Kind.TIMEOUT}
    assert kinds(Run(["check"], 1, "{", "", None, 0.1), "json") == {Kind.BAD_OUTPUT}
    assert kinds(Run(["check"], 1, "\x1b[2J", "", None, 0.1)) == {Kind.CONTROL_CHARS}


def test_hang_guard_interrupts() -> None:
    started = time.monotonic()
    with pytest.raises(Hang):
        with hang_guard(0.2):
            while True:
                time.sleep(0.01)
    assert time.monotonic() - started < 5


def test_snapshot_sees_every_change(tmp_path: Path) -> None:
    (tmp_path / "a").write_text("1")
    (tmp_path / "d").mkdir()
    before = snapshot(tmp_path)
    (tmp_path / "a").write_text("2")
    (tmp_path / "d" / "new").write_text("x")
    (tmp_path / "link").symlink_to("/etc/hostname")
    (tmp_path / "a").chmod(0o444)
    assert changed_entries(before, snapshot(tmp_path)) == ["a", "d/new", "link"]


def test_run_case_reports_a_write_outside_the_given_paths() -> None:
    written: list[str] = []

    def misbehaving(args: list[str], stdin: bytes | None, timeout: float) -> Run:
        # Runs in the project directory, as the real command does.
        Path("../outside/keep.py").write_text("overwritten")
        Path(".wac_lint_cache").mkdir(exist_ok=True)
        Path(".wac_lint_cache/entry").write_text("cache")  # the cache is allowed
        Path("f/other.py").write_text("x = 1\n")
        written.append(" ".join(args))
        return Run(args, 0, "", "", None, 0.0)

    case = Case("f/a.py", {"f/a.py": b"x = 1\n"})
    outcome = run_case(Target.CHECK, case, random.Random(0), invoke=misbehaving)
    assert written
    outside = sorted(v.detail for v in outcome.violations if v.kind is Kind.WRITE_OUTSIDE)
    assert outside == ["outside/keep.py", "proj/f/other.py"]


def test_run_case_checks_the_fixed_file() -> None:
    # A WAC001 fix on a file that parses: applied, and the result compiles.
    script = b"from wmill import task as t, workflow\n\n@workflow\nasync def main():\n    pass\n"
    case = Case("f/a.py", {"f/a.py": script})
    outcome = run_case(Target.FIX, case, random.Random(0))
    assert outcome.violations == []
    assert "fixed 1 finding" in outcome.runs[0].stderr


def test_minimize_keeps_the_failure_and_shrinks() -> None:
    data = b"".join(b"line %d\n" % i for i in range(200)) + b"BAD\n" + b"tail\n" * 50
    out = minimize(data, lambda d: b"BAD" in d, seconds=30)
    assert out == b"BAD"


def test_known_failures_are_classified_by_issue() -> None:
    from tests.fuzz import known

    case = Case("f/a.py", {"f/a.py": b"x = 1\n"}, ["deep_blocks"])
    timeout = Violation(Target.GRAPH, Kind.TIMEOUT, "no answer")
    assert known.known_issue(timeout, case) == known.QUADRATIC
    # Fixed since: they fail the run again (tests/trust/ pins each fix).
    broken = Violation(Target.FIX_UNSAFE, Kind.BROKEN_FIX, "the fixed file no longer compiles")
    assert known.known_issue(broken, case) is None
    assert known.known_issue(Violation(Target.FIX, Kind.BROKEN_FIX, "x"), case) is None
    assert known.known_quick_fix_problem("the fixed file no longer compiles") is None
    shallow = Case("f/a.py", {"f/a.py": b"x = 1\n"}, ["flip_bits"])
    assert known.known_issue(timeout, shallow) is None
    crash = Violation(Target.CHECK, Kind.EXCEPTION, "KeyError: 'x'")
    seen = known.SEEN.copy()
    try:
        assert known.unexpected([crash, timeout], case) == [crash]
        assert known.SEEN - seen  # the known one is counted for the summary
    finally:
        known.SEEN.clear()
        known.SEEN.update(seen)


def test_cr_only_files_parse_as_python_reads_them() -> None:
    """Fuzz false positive: a CR-only script was "a file that does not parse"."""
    from tests.fuzz.properties import tree_sitter_parses

    code = "from wmill import*\rdef e()->t:x\r@workflow\rasync def m():\r match x:\r  case 1:step()"
    assert tree_sitter_parses(code, Lang.PYTHON)
    assert not tree_sitter_parses("def f(:\r  pass\r", Lang.PYTHON)
