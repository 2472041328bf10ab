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

Written blind; measured before any fix: 24 of 25 marked findings, 4 unmarked findings of
which 2 were true and were marked (WAC107 on the `datetime` / `Date` the shared tasks of
f/lib/tasks.py and f/shared/tasks.ts return), so 2 false findings; 0 wrong messages.
Missed: WAC107 in weekly_rollup.py (WAC107 crashed on `freshest = max(freshest, stamp)`
in a loop, a RecursionError only printed to stderr, so every finding of the rule on the
file was lost). False: WAC102 in pageviews_ok.py and daily_digest_ok.py, where
`partition_for(date.fromisoformat(day))` gives the day, so `if day is None: day =
datetime.now(...)` never runs (the second through the workflow's own star import).
Probing found a false WAC403 on `from f.lib.kit import partition_for` where kit.py says
`from .clock import *`, and no finding on `import f.lib as lib` then `lib.run_query(...)`
(a name only the folder's `__init__.py` defines: AttributeError), now WAC403. After the
fixes: 27 of 27, 0 false findings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import expected_marks
from tests.workspace.red_team_repo import Pinned, RepoCorpus
from wac_lint.engine import analyze_bytes, analyze_source, read_source
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


@pytest.fixture(scope="module")
def repo_findings() -> dict[str, list[tuple[int, str, str, str]]]:
    """Every finding of every file of the repository, analysed once for the module."""
    forget_projects()
    out = {}
    for path in CORPUS.files:
        result = analyze_bytes(path.read_bytes(), str(path))
        # a rule that crashes loses its findings silently (weekly_rollup.py's WAC107)
        assert not result.errors, [f"{e.code}: {e.error}" for e in result.errors]
        out[CORPUS.rel(path)] = [(f.row, f.code, f.severity, f.message) for f in result.findings]
    return out


def test_repository_shape() -> None:
    CORPUS.check_shape()


@pytest.mark.parametrize("path", CORPUS.cases(KNOWN_GAPS), ids=CORPUS.test_id)
def test_findings_are_the_marked_ones(path: Path, repo_findings) -> None:
    found = {(row, code) for row, code, _, _ in repo_findings[CORPUS.rel(path)]}
    assert found == expected_marks(path)


# Small cases, one per general cause the batch found; one workspace, analysed once.
CLOCK_PY = (
    "from datetime import date, datetime, timezone\n\n"
    "__all__ = ['partition_for', 'day_or_today']\n\n\n"
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
    "f/lib/more.py": (
        "from datetime import date\n\n\n"
        "def a(day=None):\n    if day is not None:\n        return day.isoformat()\n"
        "    return date.today().isoformat()\n\n\n"
        "def b(day=None):\n    d = day if day is not None else date.today()\n"
        "    return d.isoformat()\n\n\n"
        "def c(day: date | None = None):\n    if not day:\n        day = date.today()\n"
        "    return day.isoformat()\n"
    ),
    "f/lib/more.ts": (
        "export function dayOf(at: Date = new Date()): string {\n  return at.toISOString();\n}\n"
    ),
    "f/app/more.py": (
        "from datetime import date\n\nfrom f.lib.more import a, b, c\n"
        "from wmill import workflow\n\n\n"
        "@workflow\nasync def main(run_day: str):\n"
        "    x = date.fromisoformat(run_day)\n"  # 9
        "    y = a(x), b(date.fromisoformat(run_day)), c(date(2026, 1, 2))\n"  # 10: given
        "    return y, a(), b(), c()\n"  # 11: three WAC102
    ),
    "f/app/more.ts": (
        'import { workflow } from "windmill-client";\nimport { dayOf } from "/f/lib/more.ts";\n\n'
        "export const main = workflow(async (runDay: string) => {\n"
        "  const at = new Date(runDay);\n"
        "  const a = dayOf(at);\n"  # 6: given
        "  const b = dayOf();\n"  # 7: the default runs: WAC102
        "  return [a, b];\n});\n"
    ),
    "f/lib/__init__.py": "from .clock import partition_for\n",
    "f/app/whole.py": (
        "import f.lib\nimport f.lib as lib\nfrom wmill import workflow\n\n\n"
        "@workflow\nasync def main(run_day: str):\n"
        "    a = lib.partition_for(run_day)\n"  # 8: WAC403
        "    b = f.lib.partition_for(run_day)\n"  # 9: WAC403
        "    return a, b, lib.clock\n"  # 10: the script f/lib/clock
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


def test_early_returns_conditional_expressions_locals_and_defaults(small) -> None:
    # `if day is not None: return ...`, `day if day is not None else date.today()`, `if
    # not day:` given a `date`, a local bound to `date.fromisoformat(s)`; a TypeScript
    # default (`at: Date = new Date()`) runs only when the argument is omitted
    assert small["f/app/more.py"] == [(11, "WAC102"), (11, "WAC102"), (11, "WAC102")]
    assert small["f/app/more.ts"] == [(7, "WAC102")]


def test_a_folder_imported_whole_has_none_of_its_init_names(small) -> None:
    # `import f.lib as lib` then `lib.partition_for(...)`: Windmill's empty module for the
    # folder has no such attribute (AttributeError); `lib.clock` is a script of it
    assert small["f/app/whole.py"] == [(8, "WAC403"), (9, "WAC403")]


def test_a_name_bound_to_a_value_reading_itself_does_not_crash_wac107(small) -> None:
    # weekly_rollup.py: `freshest = max(freshest, stamp)` in a loop sent WAC107 into a
    # RecursionError, so the finding on the task's `datetime` was lost
    assert small["f/app/fold.py"] == [(9, "WAC107")]
    assert small["f/lib/tasks.py"] == [(8, "WAC107")]


def test_pinned_messages(repo_findings) -> None:
    found = [(rel, *finding) for rel, findings in repo_findings.items() for finding in findings]
    assert found == PINNED


PINNED: Pinned = [
    (
        "f/ingest/ad_revenue.py",
        3,
        "WAC101",
        "error",
        (
            "importing f/lib/settings.py runs its module-level `wmill.get_variable` (line 5), "
            "which calls the Windmill API, on every replay of the workflow: the script runs "
            "again from the top each time; move that call into a function the workflow runs "
            "in a task or a `step(...)`"
        ),
    ),
    (
        "f/ingest/events.ts",
        14,
        "WAC102",
        "error",
        (
            "`new Date()` (reached through `main → f/shared/index.ts.stamp → "
            "f/shared/time.ts.nowIso → new Date()`) reads the clock: the value changes "
            "between replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/ingest/events.ts",
        21,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/shared/index.ts.postJson → "
            "f/shared/http.ts.postJson → fetch`) does network I/O in the workflow body, which "
            "re-runs on every replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/ingest/loader.ts",
        17,
        "WAC107",
        "error",
        (
            "`loadEvents` is a task of f/shared/tasks.ts that returns a `Date` in `loadedAt` "
            "(line 7), which comes back through the checkpoint's JSON as its ISO string: "
            "`res.loadedAt.getTime(...)` throws a `TypeError` (line 18)"
        ),
    ),
    (
        "f/ingest/pageviews.py",
        8,
        "WAC403",
        "error",
        (
            "`f.lib` is the folder f/lib/: Windmill loads it as an empty module and never "
            "runs f/lib/__init__.py, so `partition_for` is fetched as the script "
            "`f/lib/partition_for`, which does not exist, and is bound to an empty module; "
            "import it from the script that defines it"
        ),
    ),
    (
        "f/ingest/pageviews.py",
        8,
        "WAC403",
        "error",
        (
            "`f.lib` is the folder f/lib/: Windmill loads it as an empty module and never "
            "runs f/lib/__init__.py, so `run_query` is fetched as the script "
            "`f/lib/run_query`, which does not exist, and is bound to an empty module; import "
            "it from the script that defines it"
        ),
    ),
    (
        "f/ingest/replay_backfill.py",
        8,
        "WAC401",
        "info",
        (
            "`f/reports/export_xlsx` matches no script in this repository; did you mean "
            "`f/reports/export_csv`?"
        ),
    ),
    (
        "f/ingest/replay_backfill.py",
        27,
        "WAC402",
        "error",
        (
            "`f/ingest/backfill` requires `days` (no default, from the `schema` of "
            "f/ingest/backfill__flow/flow.yaml), which this call does not pass"
        ),
    ),
    (
        "f/ingest/subscriptions.py",
        32,
        "WAC102",
        "error",
        (
            "`uuid.uuid4` (reached through `main → f.lib.ids.new_batch_id → uuid.uuid4`) is "
            "random: the value changes between replays of the workflow body; capture it with "
            "`step(...)`"
        ),
    ),
    (
        "f/ingest/subscriptions.py",
        43,
        "WAC101",
        "error",
        (
            "`psycopg2.connect` (reached through `main → f.lib.warehouse.warehouse.query → "
            "psycopg2.connect`) talks to a database or queue in the workflow body, which "
            "re-runs on every replay; move it into a task or a `step(...)`; the same call "
            "also reaches `cur.execute` (line 21, in `f.lib.warehouse.warehouse.query`) and "
            "`cur.fetchall` (line 22, in `f.lib.warehouse.warehouse.query`)"
        ),
    ),
    (
        "f/ingest/warehouse_sync.py",
        26,
        "WAC101",
        "error",
        (
            "`psycopg2.connect` (reached through `main → f.lib.warehouse.Warehouse.row_count "
            "→ f.lib.warehouse.Warehouse.query → psycopg2.connect`) talks to a database or "
            "queue in the workflow body, which re-runs on every replay; move it into a task "
            "or a `step(...)`; the same call also reaches `cur.execute` (line 21, in "
            "`f.lib.warehouse.Warehouse.query`) and `cur.fetchall` (line 22, in "
            "`f.lib.warehouse.Warehouse.query`)"
        ),
    ),
    (
        "f/lib/tasks.py",
        14,
        "WAC107",
        "warning",
        (
            "`datetime.now(timezone.utc)` is a `datetime` inside the value returned by this "
            'task: it is checkpointed as JSON and comes back as a string like `"2024-05-01 '
            '12:00:00"` (`str()`, not ISO 8601)'
        ),
    ),
    (
        "f/reports/ad_summary.ts",
        22,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/shared/metrics.ts.default.flush → fetch`) "
            "does network I/O in the workflow body, which re-runs on every replay; move it "
            "into a task or a `step(...)`"
        ),
    ),
    (
        "f/reports/catalogue.ts",
        3,
        "WAC101",
        "error",
        (
            "importing f/shared/types.ts runs its module-level `fetch` (line 10), which does "
            "network I/O, on every replay of the workflow: the script runs again from the top "
            "each time; move that call into a function the workflow runs in a task or a "
            "`step(...)`"
        ),
    ),
    (
        "f/reports/clock_report.py",
        21,
        "WAC102",
        "error",
        (
            "`datetime.now` (reached through `main → f.lib.clock.utc_now → datetime.now`) "
            "reads the clock: the value changes between replays of the workflow body; capture "
            "it with `step(...)`"
        ),
    ),
    (
        "f/reports/daily_digest.py",
        26,
        "WAC102",
        "error",
        (
            "`datetime.now` (reached through `main → f.lib.kit.partition_for → "
            "f.lib.clock.partition_for → datetime.now`) reads the clock: the value changes "
            "between replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/reports/dashboards.ts",
        20,
        "WAC402",
        "error",
        (
            "`f/reports/refresh_dashboard` requires `dashboard_id` (no default, from the "
            "`main` signature of f/reports/refresh_dashboard.ts), which this call does not "
            "pass"
        ),
    ),
    (
        "f/reports/dashboards.ts",
        20,
        "WAC402",
        "error",
        (
            "`dashboardId` is not a parameter of `f/reports/refresh_dashboard` (it takes "
            "`dashboard_id`, `force`, from the `main` signature of "
            "f/reports/refresh_dashboard.ts); did you mean `dashboard_id`?"
        ),
    ),
    (
        "f/reports/publish__flow/flow.yaml",
        9,
        "WAC506",
        "error",
        (
            "`main` of export_csv.py takes `rows` (no default), but `input_transforms` gives "
            "it no value"
        ),
    ),
    (
        "f/reports/publish__flow/flow.yaml",
        19,
        "WAC401",
        "info",
        (
            "`f/reports/export_xlsx` matches no script in this repository; did you mean "
            "`f/reports/export_csv`?"
        ),
    ),
    (
        "f/reports/quality_gate.py",
        19,
        "WAC101",
        "error",
        (
            "`psycopg2.connect` (reached through `main → f.lib.quality.row_count_ok → "
            "f.lib.warehouse.warehouse.row_count → f.lib.warehouse.Warehouse.query → "
            "psycopg2.connect`) talks to a database or queue in the workflow body, which "
            "re-runs on every replay; move it into a task or a `step(...)`; the same call "
            "also reaches `cur.execute` (line 21, in `f.lib.warehouse.Warehouse.query`) and "
            "`cur.fetchall` (line 22, in `f.lib.warehouse.Warehouse.query`)"
        ),
    ),
    (
        "f/reports/quality_gate.py",
        22,
        "WAC101",
        "error",
        (
            "`wmill.get_variable` (reached through `main → f.lib.notify.post_slack → "
            "wmill.get_variable`) calls the Windmill API in the workflow body, which re-runs "
            "on every replay; move it into a task or a `step(...)`; the same call also "
            "reaches `requests.post` (line 14, in `f.lib.notify.post_slack`)"
        ),
    ),
    (
        "f/reports/restatement.py",
        29,
        "WAC301",
        "error",
        (
            "`adhoc_backfill` is a `task_script` wrapper, which takes the script's parameters "
            "by name only: positional arguments raise `TypeError`; pass them as keywords"
        ),
    ),
    (
        "f/reports/send_digest.py",
        9,
        "WAC901",
        "warning",
        (
            "`send_digest.script.yaml` is out of date: input `title` is missing; run "
            "`wac-lint schema`"
        ),
    ),
    (
        "f/reports/weekly_rollup.py",
        19,
        "WAC107",
        "error",
        (
            "`load_partition` is a task of f/lib/tasks.py that returns a `datetime` in "
            "`loaded_at` (line 14), which comes back through the checkpoint's JSON as a "
            'string like `"2024-05-01 12:00:00"` (`str()`, not ISO 8601): '
            '`loaded["loaded_at"].isoformat` raises `AttributeError` (line 20)'
        ),
    ),
    (
        "f/reports/weekly_rollup.py",
        25,
        "WAC402",
        "error",
        (
            "`f/reports/export_csv` requires `report_id` (no default, from the `main` "
            "signature of f/reports/export_csv.py), which this call does not pass"
        ),
    ),
    (
        "f/reports/weekly_rollup.py",
        25,
        "WAC402",
        "error",
        (
            "`report` is not a parameter of `f/reports/export_csv` (it takes `report_id`, "
            "`rows`, `delimiter`, from the `main` signature of f/reports/export_csv.py); did "
            "you mean `report_id`?"
        ),
    ),
    (
        "f/reports/wh_report.ts",
        16,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/shared/wh.ts.wh.query → fetch`) does network "
            "I/O in the workflow body, which re-runs on every replay; move it into a task or "
            "a `step(...)`"
        ),
    ),
    (
        "f/reports/wh_report.ts",
        20,
        "WAC102",
        "error",
        (
            "`Date.now` (reached through `main → f/shared/index.ts.label → "
            "f/shared/time.ts.label → Date.now`) reads the clock: the value changes between "
            "replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/shared/tasks.ts",
        7,
        "WAC107",
        "warning",
        (
            "`new Date()` is a `Date` inside the value returned by this task: it is "
            "checkpointed as JSON and comes back as its ISO string"
        ),
    ),
]
