"""Red team AD, repository (`ad_repo/`): a water utility's operations workspace as `wmill
sync pull` writes it (`wmill.yaml` with `nonDottedPaths: true`, excluding `f/legacy/**`).
`f/common/` is the library every team imports: an HTTP layer whose helpers are static
methods of a class (`Api.post`), reached as a module object (`from f.common import http
as h`); a clock whose `Clock.now_iso` is a `@staticmethod`; ticket ids whose random part
comes from a private helper; tariff settings read from a Windmill variable when the module
loads (imported directly, and through `f/meters/rates.py`); a GIS client built by a
`@classmethod` reading the environment; a folder `__init__.py` that re-exports and defines
a formatter (Windmill never runs it); shared tasks on both sides (`tasks.py`, `tasks.ts`,
both returning a date-time inside the reading); path constants (`paths.py`, `paths.ts`)
naming a script renamed since and one in the excluded legacy folder; a TypeScript barrel
(`index.ts`: `export *`, `export { default as meterMath }` of a default-exported object of
functions, `export { SCRIPTS, FLOWS }`) reached by named and namespace imports; a class
with a static method that fetches; a dead retry decorator. `f/meters/clock.py` and
`f/crews/time.ts` have the same function names as their `f/common/` namesakes and read no
clock. `f/crews/dispatch__mod/` is a script with a module (`roster.py`); `u/dmitri/ops.ts`
is a default-exported object of functions. Targets: `f/notify/send_sms` (whose
`.script.yaml` predates its `urgent` parameter), `f/notify/page_oncall` (a Bash script:
its parameters are known only from its `.script.yaml`), `f/billing/invoice_pdf`,
`u/priya/recompute_zone`, `f/legacy/old_meter_sync` and the flow `f/leaks/triage__flow`.
Every `.script.yaml` was written by Windmill's own CLI (`windmill-oracle script-yaml`;
`dispatch__mod/script.yaml` from a copy of the script at the plain path, the `lock:` line
then naming the module folder; `send_sms.script.yaml` before `urgent` was added).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.workspace.red_team_repo import RepoCorpus, check_marked_findings
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "ad_repo"
CORPUS = RepoCorpus(
    REPO,
    support=(
        "f/common/",
        "f/meters/clock.py",
        "f/meters/rates.py",
        "f/meters/summary.py",
        "f/crews/time.ts",
        "f/crews/dispatch__mod/roster.py",
        "u/dmitri/ops.ts",
    ),
    support_files=(
        "f/billing/invoice_pdf.ts",
        "f/crews/validate_site.py",
        "f/legacy/old_meter_sync.py",
        "f/notify/send_sms.py",
        "u/priya/recompute_zone.py",
    ),
    min_callers=25,
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
