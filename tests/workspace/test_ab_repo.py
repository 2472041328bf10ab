"""Red team AB, repository (`ab_repo/`): a billing workspace as `wmill sync pull` writes
it. `f/shared/` holds helpers every team imports (a wall clock, ids with module-level
state, an audit client fetching its configuration when loaded, models, tasks returning a
dataclass, a `datetime`, a `Decimal`, a `Map`, a `Set`, feature flags fetched by a
top-level `await`); `f/billing/` has its own `clock.py` / `clock.ts` of the same names
that read no clock, `invoice.py` (a script with a `main` and a library of tasks), and
`send_receipt.py`, a plain script the workflows run by path; `u/alice/lib/helpers.py` is
imported as `from u.alice.lib import helpers`. Workflows in `f/billing/`, `f/ops/`,
`f/reports/` and `u/alice/` import them with absolute (`from f.shared.clock import
stamp`, `"/f/shared/clock.ts"`) and relative (`from ..shared import ids`, `from .clock
import stamp`, `"../shared/clock"`, `"./clock"`) paths; one flow runs three scripts by
path. Every `.script.yaml` was written by Windmill's own CLI (`windmill-oracle
script-yaml`); `f/reports/region_report.py`'s before `region`'s `Literal` gained
`"apac"`.

Written blind; measured before any fix: 22 of 32 marked findings, 0 false findings on
correct code, 3 wrong messages or lines (WAC901 on the `def` line, not the input's;
WAC304 saying a task call never awaited in a task body "runs in place"; WAC902 advising
to declare an imported `Literal` alias in the file, which Windmill reads as a resource
picker all the same). Of the 10 misses, 5 are WAC107 I marked where the workflow reads
a task result that is not JSON (`invoice.total_cents`, `index.get(...)`): wac-lint
reports them at the task's `return` in `f/shared/tasks.*` instead.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.workspace.red_team_repo import RepoCorpus, check_marked_findings
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "ab_repo"
CORPUS = RepoCorpus(
    REPO,
    support=("f/shared/", "f/billing/clock.", "u/alice/lib/"),
    support_files=("f/billing/invoice.py", "f/billing/send_receipt.py"),
    min_callers=18,
    min_correct_share=0.4,
)
# What wac-lint gets wrong today: strict xfails, removed as they are fixed.
KNOWN_GAPS: dict[str, str] = {
    "f/billing/invoice_run.py": "WAC107 of a shared task's Decimal reported at its return",
    "f/billing/reconcile.py": "WAC107 of a shared task's dataclass / datetime",
    "f/ops/index_refresh.ts": "WAC107 of a shared task's Map / Set",
    "f/shared/tasks.py": "WAC107 at the shared tasks' returns",
    "f/shared/tasks.ts": "WAC107 at the shared tasks' returns",
    "f/ops/dedupe.py": "WAC104: a helper of another module writing its module's state",
    "f/ops/kickoff.py": "WAC403: a relative import of a module the folder does not have",
    "f/ops/notify_run.ts": "WAC403: a relative import of a module the folder does not have",
    "f/reports/region_report.py": "WAC901 on the def line, not the stale input's",
}


@pytest.fixture(autouse=True)
def _fresh_roots() -> None:
    forget_projects()


def test_repository_shape() -> None:
    CORPUS.check_shape()
    assert 35 <= sum(1 for p in REPO.rglob("*") if p.is_file()) <= 55


@pytest.mark.parametrize("path", CORPUS.cases(KNOWN_GAPS), ids=CORPUS.test_id)
def test_findings_are_the_marked_ones(path: Path) -> None:
    check_marked_findings(path)
