"""Red team AK, repository (`ak_repo/`): a university research-computing team's workspace
as `wmill sync pull` writes it (`wmill.yaml` with `nonDottedPaths: true`, `f/sandbox/**`
excluded from sync).

`f/rcc/lib/` is the Python layer: a REST base class (`rest.py`) and the slurmrestd client
that subclasses it in another module (`slurm.py`, built by a factory `cluster()`), a
registry of node checks filled by a decorator of `registry.py` from a third module
(`checks.py`, imported for its side effect), step-name builders (one reading the clock),
a maintenance-window helper reading the clock only when it is given no time, a dataclass
whose `@property` reads the clock, retry decorator factories (one catching
`BaseException`), a directory module binding an LDAP connection at import and its lazy
twin, a `functools.cache`d variable read, notifiers whose template method calls a
`deliver` their subclasses (in another module) define, a star import limited by
`__all__`, an `__init__.py` Windmill never runs, script and flow paths held in classes
or built by a function, a flow-argument builder returning a dict, and shared tasks (a
`@task(path=...)` whose parameters are not its script's). `f/rcc/kit/` is the TypeScript
side: a barrel with `export * as slurm`, `export { default as clock }` and `export *`, a
class hierarchy across modules (`RestBase` / `Globus` / a default-exported `Coldfront`
instance), a getter reading the clock, a retry policy class whose `run` swallows the
suspension and its twin rethrowing it through a third module's guard, a registry filled
by `register(...)` calls of a module imported for its side effect, a default-exported
class of static methods and a default-exported factory. `f/rcc_ops/` holds the plain
scripts the tasks, flows and by-path runners call; `u/priya/` two by-hand scripts; two
flows. Every `.script.yaml` was written by Windmill's own CLI (`windmill-oracle
script-yaml`).

Written blind; measured before any fix (wave 1): 29 of 39 marked findings on their line, 0
unmarked findings (0 false). Missed: a retry decorator factory imported from another module
whose wrapper catches `BaseException` (`scratch_sweep.py`); `@task(path=...)` tasks of another
module whose parameters are not the script's (`onboard_lab.py`, `archive_cold.py`); a
`task_script` path built by a function of another module (`scratch_sweep.py`); flow
arguments spread from a dict a function of another module returns (`drain_nodes.py`); a
star import limited by `__all__` (`onboard_lab.py`); an LDAP connection bound at import
(`ldap3.Connection(..., auto_bind=True)`, `onboard_lab.py`); a TypeScript `enum` member
reached through `export *` as a `taskScript` path (`allocation_request.ts`); the object a
default-exported factory returns (`allocation_request.ts`); `String(x)` given to an
integer parameter (`gpu_quota_report.ts`). One found with an untrue message: a step name
built from a constant imported through a barrel was called "computed at run time"
(`gpu_quota_report.ts`).

One mark was my error against the project's stance: `CONN = ldap3.Connection(SERVER,
auto_bind=True)` in an imported module opens a connection at each load, but a connection
a module-level name keeps is not reported at module level (`conn = psycopg.connect(...)`
is a correct look-alike of the adversarial corpus, `clients/db_in_step_ok.py`): the mark
was removed (`onboard_lab.py`), leaving 38. After the fixes (`test_ak_causes.py`): 38 of
38, 0 false findings. Found beside them: an existing mark of `pr_repo` missed a true
finding (`count: String(count)` for a Go `count int`, which Windmill's Go wrapper fails to
unmarshal); that line is now marked.

Wave 2 (`f/training/`, 8 callers, 4 correct, written after wave 1's fixes without running
wac-lint on it): 11 of 14 marked findings on their line, 0 unmarked findings. Missed:
`asyncio.gather(..., return_exceptions=True)` and `Promise.allSettled` in a helper of
another module handed the body's task calls (`workshop_setup.py`, `cohort_mail.ts`, fixed),
and `this.request(...)` inherited from an imported base inside an anonymous
default-exported class (`cohort_mail.ts`, fixed). After the fixes: 52 of 52, 0 false
findings. A support module of wave
2 first named `cluster.py` turned wave 1's `from f.rcc.lib import cluster` (WAC403) into a
valid import of that script; it was renamed `clusters.py`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import expected_marks
from tests.workspace.red_team_repo import RepoCorpus
from wac_lint.engine import analyze_bytes
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "ak_repo"
CORPUS = RepoCorpus(
    REPO,
    support=("f/rcc/", "f/rcc_ops/"),
    support_files=("f/hpc/fmt.py",),
    min_callers=32,
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
