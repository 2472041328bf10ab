"""A ninth Windmill repository (`rr_repo/`, dotted `.flow` paths, `wmill.yaml`
`includes: [f/**]` with `f/scratch/**` excluded, so `u/alice/` and `f/scratch/` stay
out of `wmill sync push`; a second workspace nested in `billing_ws/` with its own
`wmill.yaml` and a module of the same Windmill path as the outer one; every
`.script.yaml` written by Windmill's own CLI through `windmill-oracle script-yaml`,
one then edited by hand; written blind: expectations from the WAC guide, the SDKs,
Windmill's docs and the oracle before wac-lint was run on it).

What it checks across files: code shared by several workflows that decides how the
body behaves: context managers of another module that swallow the SDK's suspension
(a `@contextmanager` with `except BaseException`, a class whose `__exit__` returns
True) beside ones that do not; TypeScript error helpers of another module (a
`rethrowSuspend(e)` / `isSuspend(e)` that rethrows first, a `logError(e)` that does
not, a `safely(fn)` wrapper whose catch swallows a task's suspension); a set another
module defines, iterated to dispatch tasks (Python's string hashing changes its order
between processes; a JavaScript `Set` keeps insertion order); a value another module
computes from randomness when loaded (`RUN_TAG`, `RUN_ID`); a module fetching its
settings when loaded, imported inside the body or inside a task; tasks defined in a
shared module (not awaited, given a name they do not take, dispatched from a
`step(...)` callback); a shared `step` wrapper; by-path targets and imports of scripts
`wmill.yaml` leaves out of sync; the same Windmill path in two workspaces; a
`.script.yaml` whose `required` was edited by hand. Every file gets exactly the
findings its `expect:` comments mark.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import expected_marks as expected
from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "rr_repo"
FILES = sorted(p for p in REPO.rglob("*") if p.suffix in (".py", ".ts") or p.name == "flow.yaml")
# Scripts the workflows call or import: correct, and not named `_ok`.
SUPPORT = ("common", "targets")
# Left out of `wmill sync push` by wmill.yaml (`includes` / `excludes`): no metadata.
NOT_SYNCED = (REPO / "u", REPO / "f" / "scratch")


@pytest.fixture(autouse=True)
def _fresh_roots() -> None:
    forget_projects()


def _messages(name: str) -> list[str]:
    return [f.message for f in analyze_source(read_source(REPO / name)).findings]


def test_repository_shape() -> None:
    callers = [
        p
        for p in FILES
        if not set(SUPPORT) & set(p.relative_to(REPO).parts)
        and p.name != "flow.yaml"
        and p.parent not in NOT_SYNCED
        or p.stem.endswith("_body")
    ]
    correct = [p for p in callers if not expected(p)]
    assert len(callers) >= 30 and len(correct) >= 0.35 * len(callers)
    for path in callers:
        assert path.stem.endswith("_ok") == (not expected(path)), path
    for path in FILES:
        if path.suffix in (".py", ".ts") and path.parent not in NOT_SYNCED:
            assert path.with_suffix(".script.yaml").is_file(), path


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_findings_are_the_marked_ones(path: Path) -> None:
    found = {(f.row, f.code) for f in analyze_source(read_source(path)).findings}
    assert found == expected(path)
