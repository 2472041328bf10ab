"""Failures already known: described in issue 9 (another helper is fixing them), or
found by this fuzzer and reported.

The short run still asserts every property; a failure listed here is counted
and printed at the end of the run (with the issue it belongs to) instead of
failing the suite, so that a known bug being fixed elsewhere does not block CI.
Remove an entry once its fix has landed: from then on that failure fails the run.
"""

from __future__ import annotations

from collections import Counter

from tests.fuzz.seeds import Case
from tests.fuzz.targets import Kind, Target, Violation

# (issue, failure) -> how many times a test run met it; printed at the end of the run.
SEEN: Counter[tuple[str, str]] = Counter()

UNSAFE_AWAIT = "issue 9 §1.1: --unsafe-fixes inserts `await` in a function that is not async"
SYMLINK_WRITES = "issue 9 §1.2: writes through symlinks leaving the project, into read-only files"
DEEP_CONFIG = "issue 9 §3.2: a deeply nested TOML config crashes config loading"
CONTROL_CHARS = "issue 9 §3.5: hostile bytes echoed unescaped"
QUADRATIC = "issue 9 §3.6: quadratic time on deep nesting / many comment lines"
# Found by this fuzzer, not in issue 9 (minimal repros in the fuzz report):
YAML_NESTING = (
    "fuzz finding: a deeply nested .script.yaml takes seconds (PyYAML's Python scanner "
    "is quadratic in flow depth; WAC901 and schema retry with it after libyaml fails)"
)
FIX_NEWLINES = "fuzz finding: fix edits insert LF into CR / CRLF files"
HIDDEN_SYNTAX_ERROR = (
    "fuzz finding: a missing newline between two statements (`import a as b c`) "
    "is no syntax error for wac-lint, so --fix rewrites the file"
)


def bracket_depth(data: bytes) -> int:
    depth = deepest = 0
    for byte in data:
        if byte in b"[{":
            depth += 1
            deepest = max(deepest, depth)
        elif byte in b"]}":
            depth = max(0, depth - 1)
    return deepest


def known_issue(violation: Violation, case: Case) -> str | None:
    if (
        violation.target is Target.FIX_UNSAFE
        and violation.kind is Kind.BROKEN_FIX
        and (
            "no longer compiles" in violation.detail
            or "function that is not async" in violation.detail
        )
    ):
        return UNSAFE_AWAIT
    if violation.kind is Kind.READ_ONLY_CHANGED or (
        violation.kind is Kind.WRITE_OUTSIDE and (case.links or case.modes)
    ):
        return SYMLINK_WRITES
    if (
        violation.kind is Kind.EXCEPTION
        and violation.detail.startswith("RecursionError")
        and bracket_depth(case.files.get("wac-lint.toml", b"")) > 100
    ):
        return DEEP_CONFIG
    if violation.kind is Kind.CONTROL_CHARS:
        return CONTROL_CHARS
    if (
        violation.kind is Kind.TIMEOUT
        and bracket_depth(case.files.get(case.metadata_name, b"")) > 200
    ):
        return YAML_NESTING
    if violation.kind is Kind.BROKEN_FIX and violation.detail.startswith("line endings changed"):
        return FIX_NEWLINES
    if (
        violation.kind is Kind.BROKEN_FIX
        and violation.detail == "rewrote a file that does not parse"
    ):
        return HIDDEN_SYNTAX_ERROR
    if violation.kind is Kind.TIMEOUT and any(
        step in case.description for step in ("deep_nesting", "deep_blocks", "comment_lines")
    ):
        return QUADRATIC
    return None


def known_quick_fix_problem(problem: str) -> str | None:
    """The issue an editor quick fix's problem (see test_fuzz_lsp.py) belongs to."""
    if "no longer compiles" in problem or "function that is not async" in problem:
        return UNSAFE_AWAIT  # the same suggestion as --unsafe-fixes
    if problem.startswith("line endings changed"):
        return FIX_NEWLINES
    return None


def unexpected(violations: list[Violation], case: Case) -> list[Violation]:
    """The violations no known issue explains; the known ones are counted in SEEN."""
    left = []
    for violation in violations:
        issue = known_issue(violation, case)
        if issue is None:
            left.append(violation)
        else:
            SEEN[(issue, f"[{violation.target.value}] {violation.kind.value}")] += 1
    return left
