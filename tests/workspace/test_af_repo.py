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

from tests.workspace.red_team_repo import Pinned, RepoCorpus, check_marked_findings
from wac_lint.engine import analyze_source, read_source
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


# Small cases, one per general cause the batch found; one workspace, analysed once.
CLOCK_PY = (
    "from datetime import date, datetime, timezone\n\n__all__ = ['partition_for', 'day_or_today']\n\n\n"
    "def partition_for(day: date | None = None) -> str:\n"
    "    if day is None:\n"
    "        day = datetime.now(timezone.utc).date()\n"
    "    return day.isoformat()\n\n\n"
    "def day_or_today(day=None):\n"
    "    day = day or date.today()\n"
    "    return day.isoformat()\n"
)
CLOCK_TS = (
    "export function dayOf(at?: Date): string {\n"
    "  const d = at ?? new Date();\n"
    "  return d.toISOString().slice(0, 10);\n}\n"
    "export function stampOf(at: string | undefined = undefined): string {\n"
    "  if (at === undefined) return String(Date.now());\n"
    "  return at;\n}\n"
)
SMALL = {
    "f/lib/clock.py": CLOCK_PY,
    "f/lib/kit.py": "from .clock import *  # noqa: F403\n",
    "f/lib/clock.ts": CLOCK_TS,
    "f/app/given.py": (
        "from datetime import date\n\nfrom f.lib.clock import day_or_today, partition_for\n"
        "from wmill import workflow\n\n\n"
        "@workflow\nasync def main(run_day: str, maybe: str | None = None, raw=None):\n"
        "    a = partition_for(date.fromisoformat(run_day))\n"  # 9: given
        "    b = partition_for(day=date(2026, 1, 1))\n"  # 10: given
        "    c = day_or_today('2026-01-01')\n"  # 11: truthy (`run_day` may be "")
        "    d = partition_for()\n"  # 12: omitted: WAC102
        "    e = partition_for(None)\n"  # 13: WAC102
        "    f = partition_for(raw)\n"  # 14: may be None: WAC102
        "    g = day_or_today()\n"  # 15: WAC102
        "    return a, b, c, d, e, f, g, maybe\n"
    ),
    "f/app/star.py": (
        "from datetime import date\n\nfrom f.lib.kit import *  # noqa: F403\n"
        "from wmill import workflow\n\n\n"
        "@workflow\nasync def main(run_day: str):\n"
        "    a = partition_for(date.fromisoformat(run_day))\n"  # 9: given
        "    b = partition_for()\n"  # 10: WAC102
        "    return a, b\n"
    ),
    "f/app/named.py": (
        "from f.lib.kit import partition_for\nfrom wmill import workflow\n\n\n"  # 1: no WAC403
        "@workflow\nasync def main(run_day: str):\n    return partition_for()\n"  # 7: WAC102
    ),
    "f/app/given.ts": (
        'import { workflow } from "windmill-client";\n'
        'import { dayOf, stampOf } from "/f/lib/clock.ts";\n\n'
        "export const main = workflow(async (runDay: string) => {\n"
        "  const a = dayOf(new Date(runDay));\n"  # 5: given
        "  const b = stampOf(runDay);\n"  # 6: given
        "  const c = dayOf();\n"  # 7: WAC102
        "  const d = stampOf();\n"  # 8: WAC102
        "  return { a, b, c, d };\n});\n"
    ),
    "f/lib/tasks.py": (
        "from datetime import datetime, timezone\n\nfrom wmill import task\n\n\n"
        "@task()\nasync def load(day: str) -> dict:\n"
        "    return {'day': day, 'at': datetime.now(timezone.utc)}\n"  # 8: WAC107
    ),
    "f/app/fold.py": (
        "from f.lib.tasks import load\nfrom wmill import step, workflow\n\n\n"
        "@workflow\nasync def main(days: list[str]):\n"
        "    freshest = ''\n"
        "    for day in days:\n"
        "        loaded = await load(day)\n"  # 9: WAC107
        "        stamp = loaded['at'].isoformat()\n"
        "        freshest = max(freshest, stamp)\n"
        "    return await step('summary', lambda: {'freshest': freshest})\n"
    ),
}


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[int, str]]]:
    forget_projects()
    root = tmp_path_factory.mktemp("af_small")
    (root / "wmill.yaml").write_text("defaultTs: bun\n")
    for name, text in SMALL.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    out: dict[str, list[tuple[int, str]]] = {}
    for name in SMALL:
        result = analyze_source(read_source(root / name))
        assert result.errors == [], result.errors
        out[name] = sorted((f.row, f.code) for f in result.findings if f.code != "WAC901")
    return out


def test_a_call_giving_the_parameter_an_is_none_test_guards_reads_no_clock(small) -> None:
    # pageviews_ok.py: `partition_for(date.fromisoformat(day))` of `if day is None: day =
    # datetime.now(...)`: the test is false, the clock is not read (a false WAC102)
    # `day = day or date.today()` no longer hides the test of `day` (`day_or_today("...")`)
    assert small["f/app/given.py"] == [
        (12, "WAC102"),
        (13, "WAC102"),
        (14, "WAC102"),
        (15, "WAC102"),
    ]


def test_a_helper_bound_by_the_workflows_star_import_is_a_guarded_call(small) -> None:
    # daily_digest_ok.py: `from f.lib.kit import *` then `partition_for(day)`
    assert small["f/app/star.py"] == [(10, "WAC102")]


def test_a_name_a_module_takes_by_a_relative_star_import_is_defined(small) -> None:
    # `from f.lib.kit import partition_for` where f/lib/kit.py says `from .clock import *`
    assert small["f/app/named.py"] == [(7, "WAC102")]


def test_typescript_tests_of_an_omitted_parameter(small) -> None:
    # `at ?? new Date()`, `if (at === undefined) return String(Date.now())`
    assert small["f/app/given.ts"] == [(7, "WAC102"), (8, "WAC102")]


def test_a_name_bound_to_a_value_reading_itself_does_not_crash_wac107(small) -> None:
    # weekly_rollup.py: `freshest = max(freshest, stamp)` in a loop sent WAC107 into a
    # RecursionError, so the finding on the task's `datetime` was lost
    assert small["f/app/fold.py"] == [(9, "WAC107")]
    assert small["f/lib/tasks.py"] == [(8, "WAC107")]
