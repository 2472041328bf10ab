"""Red team AF, repository (`af_repo/`): a newsroom data team's workspace as `wmill sync
pull` writes it (`wmill.yaml` with `nonDottedPaths: true`).

`f/lib/` is a Python folder written as if it were a package: `__init__.py` re-exports
`run_query`, `partition_for`, ... (Windmill never runs it), `kit.py` gathers `clock.py` and
`ids.py` by star imports (`__all__`), `warehouse.py` builds a module-level singleton client
several workflows import, `settings.py` calls `wmill.get_variable` when it is imported,
`quality.py` has a helper that queries the warehouse only when `strict=True`, `paths.py`
holds script and flow paths (one of a deleted script, one of a `u/` script), `tasks.py`
the shared tasks (one returns a `datetime` inside a dict). `f/shared/` is the TypeScript
side: a barrel (`export *`, `export { nowIso as stamp }`, `export { default as metrics }`,
a task re-exported under another name, a type-only re-export of a module that fetches
when loaded), a default-exported object of functions, a singleton class instance, a
helper that reads the clock only when `precise`, shared tasks (one returns a `Date`).
Targets: `f/reports/export_csv`, `f/reports/refresh_dashboard`, `f/ingest/load_day`,
`f/reports/send_digest` (a plain script whose `.script.yaml` predates its `title`
parameter), `u/dana/adhoc_backfill`, and the flows `f/ingest/backfill__flow`,
`f/reports/publish__flow`. Plain (non-WAC) scripts read clocks, variables and the network
freely and get no workflow findings. Every `.script.yaml` was written by Windmill's own
CLI (`windmill-oracle script-yaml`; `send_digest.script.yaml` from the script before
`title` was added).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.workspace.red_team_repo import RepoCorpus, check_marked_findings
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "af_repo"
CORPUS = RepoCorpus(
    REPO,
    support=("f/lib/", "f/shared/"),
    support_files=(
        "f/reports/export_csv.py",
        "f/reports/refresh_dashboard.ts",
        "f/ingest/load_day.py",
        "u/dana/adhoc_backfill.py",
    ),
    min_callers=30,
    min_correct_share=0.4,
)
# What wac-lint gets wrong today: strict xfails, removed as they are fixed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.fixture(autouse=True)
def _fresh_roots() -> None:
    forget_projects()


def test_repository_shape() -> None:
    CORPUS.check_shape()


@pytest.mark.parametrize("path", CORPUS.cases(KNOWN_GAPS), ids=CORPUS.test_id)
def test_findings_are_the_marked_ones(path: Path) -> None:
    check_marked_findings(path)
