"""Red team AC, repository (`ac_repo/`): a ski resort's operations workspace as `wmill
sync pull` writes it. `f/common/` holds what every team imports: a resort clock
(`clock.py`, re-exported under other names by `timeutil.py`), a lift catalogue fetched
when its module loads, a crew ledger and a queue-stats module keeping module state,
alerting reached through two modules (`alerts.py` → `transport.py`), a folder
`__init__.py` defining a helper, shared task libraries (`tasks.py`, `tasks.ts`) whose
tasks return a `Decimal`, a tuple, a `Date` inside an object and a `Set`, a TypeScript
barrel (`index.ts`: `export *`, `export { stamp as nowStamp }`, `export { default as
dayKey }`) and feature flags fetched by a top-level `await`. `f/snow/clock.py` has the
same function names as `f/common/clock.py` and reads no clock. Scripts with modules
(`inspection__mod/`, `wind_hold__mod/`, `day_pricing_ok__mod/` with a `utils` package)
import their companions relatively; `f/rescue/callout.ts` uses `import net =
require(...)`. The workflows run `f/lifts/close_lift`, `f/passes/issue_pass` and the flow
`f/avalanche/bulletin__flow` by path (`task_script`, `taskScript`, `task_flow`,
`taskFlow`, `wmill.run_flow_async`), with missing, unknown and mistyped arguments, and
two paths that are missing or excluded by `wmill.yaml`; a flow calls `close_lift` with
input_transforms that do not match. Every `.script.yaml` was written by Windmill's own
CLI (`windmill-oracle script-yaml`; those of `__mod/` scripts from a copy of the script
at the plain path, the `lock:` line then naming the module folder);
`u/ops/nightly_audit.py`'s before `main` gained `zones`.

Written blind; measured before any fix: 32 of 36 marked findings, 1 false finding (a
WAC107 reported on another line than marked), 0 wrong messages. Expectations corrected
on reading the tool: WAC107 on a shared task's result is anchored at the call binding it
(as in ab_repo), so the three marks at the use moved there. Missed, all WAC107 where a
workflow uses a shared task's result JSON changed: `depth + BASE_ADJUST_CM` of a
`Decimal`, `result == (True, 200)` of a tuple, `reading.at.getTime()` of a `Date` member.
After the fixes: 36 of 36, 0 false findings, 0 wrong messages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.workspace.red_team_repo import Pinned, RepoCorpus, check_marked_findings
from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "ac_repo"
CORPUS = RepoCorpus(
    REPO,
    support=(
        "f/common/__init__.py",
        "f/common/alerts.py",
        "f/common/clock.py",
        "f/common/flags.ts",
        "f/common/index.ts",
        "f/common/ledger.py",
        "f/common/lifts_catalog.py",
        "f/common/net.ts",
        "f/common/queue_stats.ts",
        "f/common/time.ts",
        "f/common/timeutil.py",
        "f/common/transport.py",
        "f/snow/clock.py",
    ),
    support_files=(
        "f/lifts/close_lift.py",
        "f/passes/issue_pass.ts",
        "f/sandbox/try_forecast.py",
    ),
    min_callers=20,
    min_correct_share=0.4,
)
# What wac-lint gets wrong today: strict xfails, removed as they are fixed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.fixture(autouse=True)
def _fresh_roots() -> None:
    forget_projects()


def test_repository_shape() -> None:
    CORPUS.check_shape()
    assert 70 <= sum(1 for p in REPO.rglob("*") if p.is_file()) <= 90


@pytest.mark.parametrize("path", CORPUS.cases(KNOWN_GAPS), ids=CORPUS.test_id)
def test_findings_are_the_marked_ones(path: Path) -> None:
    check_marked_findings(path)


def _findings(path: Path, code: str) -> list[tuple[int, str, str]]:
    found = analyze_source(read_source(path)).findings
    return [(f.row, f.severity, f.message) for f in found if f.code == code]


def _workspace(tmp_path: Path, files: dict[str, str]) -> Path:
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


PY_TASKS = (
    "from datetime import datetime\nfrom decimal import Decimal\n\nfrom wmill import task\n\n\n"
    "@task()\nasync def depth(z: str) -> Decimal:\n    return Decimal('1.5')\n\n\n"
    "@task()\nasync def seen(z: str):\n    return datetime.now()\n\n\n"
    "@task()\nasync def health(z: str):\n    return True, 200\n\n\n"
    "@task()\nasync def reading(z: str):\n    return {'cm': 3, 'at': datetime.now()}\n\n\n"
    "@task()\nasync def plain(z: str) -> float:\n    return 1.5\n"
)


def test_arithmetic_on_a_shared_task_result_json_made_a_string(tmp_path: Path) -> None:
    # f/snow/depth_report.py `depth + BASE_ADJUST_CM` of a shared task's `Decimal`: only a
    # member read of the result was judged, not an operator a string does not take
    root = _workspace(
        tmp_path,
        {
            "f/lib/tasks.py": PY_TASKS,
            "f/lib/run.py": (
                "from wmill import workflow\n\nfrom f.lib.tasks import depth, plain, seen\n\n"
                "LIMIT = 10\n\n\n@workflow\nasync def main(z: str, base: int, label: str):\n"
                "    d = await depth(z)\n    total = d + LIMIT\n"  # 10, 11
                "    e = await depth(z)\n    ok = e > base\n"  # 12, 13
                "    s = await seen(z)\n    age = s - s\n"  # 14, 15
                "    f = await depth(z)\n    text = label + f\n"  # 16, 17: text joined, not judged
                "    g = await plain(z)\n    more = g + LIMIT\n"  # 18, 19: a float survives
                "    h = await seen(z)\n    when = f'{h:%H:%M} {g:.1f}'\n"  # 20, 21
                "    i = await depth(z)\n    shown = f'{i:>8} {i!r:.2f}'\n"  # 22, 23: both work
                "    return total, ok, age, text, more, when, shown\n"
            ),
        },
    )
    found = _findings(root / "f/lib/run.py", "WAC107")
    assert [(row, severity) for row, severity, _ in found] == [
        (10, "error"),
        (12, "error"),
        (14, "error"),
        (20, "error"),
    ]
    assert found[0][2] == (
        "`depth` is a task of f/lib/tasks.py that returns a `Decimal` (line 9), which comes "
        "back through the checkpoint's JSON as a string: `d + LIMIT` raises `TypeError`, "
        "adding a number to a string (line 11)"
    )
    assert found[1][2].endswith(
        "`e > base` raises `TypeError`, ordering a string against a number (line 13)"
    )
    assert found[2][2].endswith("`s - s` raises `TypeError` (line 15)")
    assert found[3][2].endswith("`{h:%H:%M}` raises `ValueError` on a string (line 21)")


def test_dead_checks_on_a_shared_task_result(tmp_path: Path) -> None:
    # f/passes/refund_batch.py `result == (True, 200)` of a shared task returning a tuple:
    # the dead checks knew only the file's own tasks and steps
    root = _workspace(
        tmp_path,
        {
            "f/lib/tasks.py": PY_TASKS,
            "f/lib/run.py": (
                "from datetime import datetime\n\nfrom wmill import workflow\n\n"
                "from f.lib import tasks\nfrom f.lib.tasks import health, seen\n\n\n"
                "@workflow\nasync def main(z: str):\n"
                "    h = await health(z)\n    up = h == (True, 200)\n"  # 11, 12
                "    s = await tasks.seen(z)\n    fresh = isinstance(s, datetime)\n"  # 13, 14
                "    t = await seen(z)\n    n = t == 'x'\n"  # 15, 16: not dead
                "    return up, fresh, n\n"
            ),
        },
    )
    found = _findings(root / "f/lib/run.py", "WAC107")
    assert [(row, severity) for row, severity, _ in found] == [(12, "error"), (14, "error")]
    assert found[0][2] == (
        "`h == (True, 200)` is never true: `h` is a checkpointed result, which comes back "
        "from JSON with its tuples as lists, and a list never equals a tuple"
    )


def test_a_member_of_a_shared_task_result_json_changed(tmp_path: Path) -> None:
    # f/snow/zone_sweep.ts `reading.at.getTime()` where the shared task returns `{ cm, at:
    # new Date(...) }`: only the whole result's members were judged
    root = _workspace(
        tmp_path,
        {
            "f/lib/tasks.ts": (
                'import { task } from "windmill-client";\n'
                "export const read = task(async (z: string) => {\n"
                "  return { cm: 3, at: new Date(z) };\n});\n"
                "export const readIso = task(async (z: string) => ({ cm: 3, at: z }));\n"
            ),
            "f/lib/go.ts": (
                'import { workflow } from "windmill-client";\n'
                'import { read, readIso } from "./tasks.ts";\n'
                "export const main = workflow(async (z: string, t0: number) => {\n"
                "  const a = await read(z);\n  const b = a.at.getTime();\n"  # 4, 5
                "  const c = await read(z);\n  const d = t0 - c.at;\n"  # 6, 7
                "  const e = await read(z);\n  const f = e.at.slice(0, 10) + e.cm;\n"  # 8, 9
                "  const g = await readIso(z);\n  const h = g.at.getTime();\n"  # 10, 11
                "  return [b, d, f, h];\n});\n"
            ),
            "f/lib/tasks.py": PY_TASKS,
            "f/lib/run.py": (
                "from wmill import workflow\n\nfrom f.lib.tasks import reading\n\n\n"
                "@workflow\nasync def main(z: str):\n"
                "    r = await reading(z)\n    return r['at'].isoformat(), r['cm'] + 1\n"
            ),
        },
    )
    found = _findings(root / "f/lib/go.ts", "WAC107")
    assert [(row, severity) for row, severity, _ in found] == [(4, "error"), (6, "error")]
    assert found[0][2] == (
        "`read` is a task of f/lib/tasks.ts that returns a `Date` in `at` (line 3), which "
        "comes back through the checkpoint's JSON as its ISO string: `a.at.getTime(...)` "
        "throws a `TypeError` (line 5)"
    )
    assert found[1][2].endswith("`t0 - c.at` is `NaN` (line 7)")
    found = _findings(root / "f/lib/run.py", "WAC107")
    assert [(row, severity) for row, severity, _ in found] == [(8, "error")]
    assert found[0][2].endswith("`r['at'].isoformat` raises `AttributeError` (line 9)")


def test_check_reports_the_repository() -> None:
    CORPUS.check_command_line(PINNED)


def test_every_finding_is_pinned() -> None:
    CORPUS.check_pinned(PINNED)


PINNED: Pinned = [
    (
        "f/avalanche/daily_trigger.py",
        12,
        "WAC402",
        "error",
        (
            "`f/avalanche/bulletin` requires `level` (no default, from the `schema` of "
            "f/avalanche/bulletin__flow/flow.yaml), which this call does not pass"
        ),
    ),
    (
        "f/avalanche/publish__flow/flow.yaml",
        9,
        "WAC506",
        "error",
        (
            "`main` of close_lift.py takes `lift_id`, `reason` (no default), but "
            "`input_transforms` gives them no value"
        ),
    ),
    (
        "f/avalanche/publish__flow/flow.yaml",
        10,
        "WAC506",
        "warning",
        ("`lift` is not a parameter of `main` of close_lift.py: the value goes nowhere"),
    ),
    (
        "f/avalanche/publish__flow/flow.yaml",
        29,
        "WAC506",
        "warning",
        ("`notify_patrol` is a boolean, but the static value is a string"),
    ),
    (
        "f/common/tasks.py",
        14,
        "WAC107",
        "warning",
        (
            '`Decimal(str(reading["cm"]))` is a `Decimal` returned by this task: it is '
            "checkpointed as JSON and comes back as a string"
        ),
    ),
    (
        "f/common/tasks.ts",
        8,
        "WAC107",
        "warning",
        (
            "`new Date(body.at)` is a `Date` inside the value returned by this task: it is "
            "checkpointed as JSON and comes back as its ISO string"
        ),
    ),
    (
        "f/common/tasks.ts",
        19,
        "WAC107",
        "error",
        (
            "`new Set(((await res.json()) as string[]).filter((z) => zone…` is a `Set` returned "
            "by this task: it is checkpointed as JSON and comes back as `{}` (its items are lost)"
        ),
    ),
    (
        "f/lifts/inspection__mod/script.py",
        10,
        "WAC401",
        "info",
        ("`f/maintenance/file_ticket` matches no script in this repository"),
    ),
    (
        "f/lifts/inspection__mod/script.py",
        26,
        "WAC102",
        "error",
        (
            "`time.time` (reached through `main → f.lifts.inspection__mod.checks.cable_score → "
            "time.time`) reads the clock: the value changes between replays of the workflow body;"
            " capture it with `step(...)`"
        ),
    ),
    (
        "f/lifts/morning_opening.py",
        34,
        "WAC102",
        "error",
        (
            "`datetime.now` (reached through `main → f.common.timeutil.local_day → "
            "f.common.clock.today_local → f.common.clock._now → datetime.now`) reads the clock: "
            "the value changes between replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/lifts/morning_opening.py",
        39,
        "WAC402",
        "error",
        (
            "`f/lifts/close_lift` requires `reason` (no default, from the `main` signature of "
            "f/lifts/close_lift.py), which this call does not pass"
        ),
    ),
    (
        "f/lifts/queue_watch.ts",
        4,
        "WAC101",
        "error",
        (
            "importing f/common/flags.ts runs its module-level `fetch` (line 2), which does "
            "network I/O, on every replay of the workflow: the script runs again from the top "
            "each time; move that call into a function the workflow runs in a task or a "
            "`step(...)`"
        ),
    ),
    (
        "f/lifts/queue_watch.ts",
        21,
        "WAC103",
        "warning",
        (
            "The step name '`wait_${round}_${liftId}`' is computed at run time: it is stable "
            "across replays (nothing in it reads the clock, randomness or the environment), but "
            "the guide asks for constant names; a literal gives the same keys, numbered `_2`, "
            "`_3`"
        ),
    ),
    (
        "f/lifts/queue_watch.ts",
        21,
        "WAC104",
        "error",
        (
            "`track(...)` inside a `step(...)` callback changes `seen`, module-level state of "
            "f/common/queue_stats.ts (line 5) that the workflow body reads through "
            "`trackedCount(...)`: once the step is checkpointed it is not called again and only "
            "its return value comes back, so the change is lost on replay; return the value from "
            "the step instead"
        ),
    ),
    (
        "f/lifts/wind_hold__mod/script.ts",
        17,
        "WAC102",
        "error",
        (
            "`Math.random` (reached through `main → f/lifts/wind_hold__mod/gusts.ts.default → "
            "Math.random`) is random: the value changes between replays of the workflow body; "
            "capture it with `step(...)`"
        ),
    ),
    (
        "f/passes/refund_batch.py",
        5,
        "WAC403",
        "error",
        (
            "`f.common` is the folder f/common/: Windmill loads it as an empty module and never "
            "runs f/common/__init__.py, so `post_slack` is fetched as the script "
            "`f/common/post_slack`, which does not exist, and is bound to an empty module; import"
            " it from the script that defines it"
        ),
    ),
    (
        "f/passes/refund_batch.py",
        25,
        "WAC107",
        "error",
        (
            "`result == (True, 200)` is never true: `result` is a checkpointed result, which "
            "comes back from JSON with its tuples as lists, and a list never equals a tuple"
        ),
    ),
    (
        "f/passes/season_renewals.ts",
        27,
        "WAC402",
        "error",
        (
            "`f/passes/issue_pass` requires `days` (no default, from the `main` signature of "
            "f/passes/issue_pass.ts), which this call does not pass"
        ),
    ),
    (
        "f/passes/season_renewals.ts",
        27,
        "WAC402",
        "error",
        (
            "`dayz` is not a parameter of `f/passes/issue_pass` (it takes `holder`, `days`, "
            "`kind`, `email`, from the `main` signature of f/passes/issue_pass.ts); did you mean "
            "`days`?"
        ),
    ),
    (
        "f/passes/season_renewals.ts",
        29,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/common/index.ts.postJson → "
            "f/common/net.ts.postJson → fetch`) does network I/O in the workflow body, which re-"
            "runs on every replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/rescue/callout.ts",
        29,
        "WAC402",
        "warning",
        (
            "`level` of `f/avalanche/bulletin` is an integer, but this passes the string `high` "
            "(from the `schema` of f/avalanche/bulletin__flow/flow.yaml)"
        ),
    ),
    (
        "f/rescue/callout.ts",
        31,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/common/net.ts.postJson → fetch`) does network I/O"
            " in the workflow body, which re-runs on every replay; move it into a task or a "
            "`step(...)`"
        ),
    ),
    (
        "f/rescue/storm_closure.py",
        19,
        "WAC106",
        "error",
        (
            "The result of `depth_of(...)` (a task of f/common/tasks.py) is never awaited: "
            "the SDK still dispatches the task, but its result is lost (a failure still "
            "raises `TaskError` at this call when the body replays); `await` it or gather it"
        ),
    ),
    (
        "f/rescue/storm_closure.py",
        21,
        "WAC402",
        "warning",
        (
            "`notify_patrol` of `f/lifts/close_lift` is a boolean, but this passes the string "
            "`no` (from the `main` signature of f/lifts/close_lift.py)"
        ),
    ),
    (
        "f/rescue/storm_closure.py",
        24,
        "WAC101",
        "error",
        (
            "`requests.post` (reached through `main → f.common.alerts.page_patrol → "
            "f.common.alerts._deliver → f.common.transport.send → requests.post`) does network "
            "I/O in the workflow body, which re-runs on every replay; move it into a task or a "
            "`step(...)`"
        ),
    ),
    (
        "f/snow/depth_report.py",
        6,
        "WAC101",
        "error",
        (
            "importing f/common/lifts_catalog.py runs its module-level `requests.get` (line 9), "
            "which does network I/O, on every replay of the workflow: the script runs again from "
            "the top each time; move that call into a function the workflow runs in a task or a "
            "`step(...)`"
        ),
    ),
    (
        "f/snow/depth_report.py",
        30,
        "WAC107",
        "error",
        (
            "`measure_depth` is a task of f/common/tasks.py that returns a `Decimal` (line 14), "
            "which comes back through the checkpoint's JSON as a string: `depth + BASE_ADJUST_CM`"
            " raises `TypeError`, adding a number to a string (line 32)"
        ),
    ),
    (
        "f/snow/grooming_plan.py",
        39,
        "WAC103",
        "warning",
        (
            "The step name `f\"pick_{zone}_{run['id']}\"` is computed at run time: it is stable "
            "across replays (nothing in it reads the clock, randomness or the environment), but "
            "the guide asks for constant names and Windmill's diagram shows it as `step`; a "
            "literal gives the same keys, numbered `_2`, `_3`"
        ),
    ),
    (
        "f/snow/grooming_plan.py",
        39,
        "WAC104",
        "error",
        (
            "`ledger.record(...)` inside a `step(...)` callback changes `_LOG`, module-level "
            "state of f/common/ledger.py (line 7) that the workflow body reads through "
            "`ledger.entries(...)`: once the step is checkpointed it is not called again and only"
            " its return value comes back, so the change is lost on replay; return the value from"
            " the step instead"
        ),
    ),
    (
        "f/snow/grooming_plan.py",
        41,
        "WAC402",
        "error",
        (
            "`region` is not a parameter of `f/avalanche/bulletin` (it takes `zone`, `level`, "
            "from the `schema` of f/avalanche/bulletin__flow/flow.yaml)"
        ),
    ),
    (
        "f/snow/zone_sweep.ts",
        16,
        "WAC102",
        "error",
        (
            "`new Date()` (reached through `main → f/common/index.ts.nowStamp → "
            "f/common/time.ts.stamp → new Date()`) reads the clock: the value changes between "
            "replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/snow/zone_sweep.ts",
        18,
        "WAC107",
        "error",
        (
            "`openedZones` is a task of f/common/tasks.ts that returns a `Set` (line 19), which "
            "comes back through the checkpoint's JSON as `{}` (its items are lost): "
            "`open.has(...)` throws a `TypeError` (line 21)"
        ),
    ),
    (
        "f/snow/zone_sweep.ts",
        22,
        "WAC107",
        "error",
        (
            "`measureSnow` is a task of f/common/tasks.ts that returns a `Date` in `at` (line 8),"
            " which comes back through the checkpoint's JSON as its ISO string: "
            "`reading.at.getTime(...)` throws a `TypeError` (line 23)"
        ),
    ),
    (
        "u/ops/nightly_audit.py",
        9,
        "WAC401",
        "warning",
        (
            "`f/sandbox/try_forecast` is f/sandbox/try_forecast.py, which wmill.yaml's `includes`"
            " / `excludes` leave out of `wmill sync push`: this script is pushed without that "
            "script, and the task fails unless the workspace already has it"
        ),
    ),
    (
        "u/ops/nightly_audit.py",
        29,
        "WAC901",
        "warning",
        (
            "`nightly_audit.script.yaml` is out of date: input `zones` is missing; run `wac-lint "
            "schema`"
        ),
    ),
    (
        "u/ops/nightly_audit.py",
        37,
        "WAC201",
        "error",
        (
            "`except BaseException as exc:` catches the SDK's suspension (a BaseException): the "
            "workflow cannot suspend here; catch `Exception` or `TaskError`, or re-raise"
        ),
    ),
    (
        "u/ops/nightly_audit.py",
        38,
        "WAC103",
        "warning",
        (
            'The step name `f"log_{lift_id}"` is computed at run time: it is stable across '
            "replays (nothing in it reads the clock, randomness or the environment), but the "
            "guide asks for constant names and Windmill's diagram shows it as `step`; a literal "
            "gives the same keys, numbered `_2`, `_3`"
        ),
    ),
]


def test_a_shared_task_result_destructured_or_added_to(tmp_path: Path) -> None:
    # variants of f/snow/zone_sweep.ts and depth_report.py: the member bound by
    # destructuring (`const { at } = await read(z)`), a task reached through a barrel
    # renaming it or a module imported whole, and `total += d`
    root = _workspace(
        tmp_path,
        {
            "f/lib/tasks.ts": (
                'import { task } from "windmill-client";\n'
                "export const read = task(async (z: string) => {\n"
                "  return { cm: 3, at: new Date(z), zones: new Set([z]) };\n});\n"
            ),
            "f/lib/barrel.ts": 'export { read as sweepReading } from "./tasks.ts";\n',
            "f/lib/go.ts": (
                'import { workflow } from "windmill-client";\n'
                'import { sweepReading } from "./barrel.ts";\n'
                'import * as t from "./tasks.ts";\n'
                "export const main = workflow(async (z: string) => {\n"
                "  const { at, cm: depth } = await sweepReading(z);\n"  # 5
                "  const c = await t.read(z);\n  const zs = [...c.zones.values()];\n"  # 6, 7
                "  return [at.getTime(), depth, zs];\n});\n"  # 8
            ),
            "f/lib/tasks.py": PY_TASKS,
            "f/lib/run.py": (
                "from wmill import workflow\n\nimport f.lib.tasks as t\n\n\n"
                "@workflow\nasync def main(z: str):\n"
                "    total = 0\n    for _ in range(3):\n"
                "        d = await t.depth(z)\n        total += d\n"  # 10, 11
                "    return total\n"
            ),
        },
    )
    found = _findings(root / "f/lib/go.ts", "WAC107")
    assert [(row, severity) for row, severity, _ in found] == [(5, "error"), (6, "error")]
    assert found[0][2] == (
        "`sweepReading` is a task of f/lib/tasks.ts that returns a `Date` in `at` (line 3), "
        "which comes back through the checkpoint's JSON as its ISO string: "
        "`at.getTime(...)` throws a `TypeError` (line 8)"
    )
    assert found[1][2].endswith("`c.zones.values(...)` throws a `TypeError` (line 7)")
    found = _findings(root / "f/lib/run.py", "WAC107")
    assert [(row, severity) for row, severity, _ in found] == [(10, "error")]
    assert found[0][2].endswith(
        "`total += d` raises `TypeError`, adding a number to a string (line 11)"
    )


def test_a_shared_task_datetime_ordered_against_a_date(tmp_path: Path) -> None:
    # `late = s < date.fromisoformat(today)`: the other operand is no number, but an
    # object of its own type all the same, which a string cannot be ordered against
    root = _workspace(
        tmp_path,
        {
            "f/lib/tasks.py": PY_TASKS,
            "f/lib/run.py": (
                "from datetime import date\n\nfrom wmill import workflow\n\n"
                "from f.lib.tasks import seen\n\n\n@workflow\nasync def main(z: str, t: str):\n"
                "    s = await seen(z)\n    late = s < date.fromisoformat(t)\n"  # 10, 11
                "    u = await seen(z)\n    same = u < t\n"  # 12, 13: text order, not judged
                "    return late, same\n"
            ),
        },
    )
    found = _findings(root / "f/lib/run.py", "WAC107")
    assert [(row, severity) for row, severity, _ in found] == [(10, "error")]
    assert found[0][2].endswith(
        "`s < date.fromisoformat(t)` raises `TypeError`, ordering a string against a `date` "
        "(line 11)"
    )


def test_a_task_library_star_imported(tmp_path: Path) -> None:
    # `from f.lib.tasks import *`: the tasks it binds are bound by no statement of the
    # file, so calls of them were not known as tasks of another module: dropped (WAC106),
    # given a name they do not take (WAC402), their result misused (WAC107), their
    # suspension caught (WAC201)
    root = _workspace(
        tmp_path,
        {
            "f/lib/tasks.py": PY_TASKS,
            "f/lib/run.py": (
                "from wmill import workflow\n\nfrom f.lib.tasks import *\n\n\n"
                "@workflow\nasync def main(z: str):\n"
                "    plain(z)\n"  # 8
                "    await plain(z, unit='cm')\n"  # 9
                "    d = await depth(z)\n    try:\n        await plain(z)\n"  # 10, 11, 12
                "    except BaseException:\n        pass\n    return d + 1, len(z)\n"  # 13-15
            ),
        },
    )
    found = analyze_source(read_source(root / "f/lib/run.py")).findings
    assert [(f.row, f.code) for f in found if f.code != "WAC901"] == [
        (8, "WAC106"),
        (9, "WAC402"),
        (10, "WAC107"),
        (13, "WAC201"),
    ]


def test_a_shared_map_or_set_result_iterated(tmp_path: Path) -> None:
    # `for (const [k, v] of m)` / `[...s]` over a shared task's `Map` / `Set`, which
    # comes back `{}`: a plain object is not iterable. `Object.keys(m)` and a task of the
    # file (reported at its return) are not reported here
    root = _workspace(
        tmp_path,
        {
            "f/lib/tasks.ts": (
                'import { task } from "windmill-client";\n'
                "export const index = task(async (xs: string[]) =>\n"
                "  new Map(xs.map((x) => [x, 1])));\n"
                "export const tags = task(async (xs: string[]) => ({ all: new Set(xs) }));\n"
            ),
            "f/lib/go.ts": (
                'import { workflow } from "windmill-client";\n'
                'import { index, tags } from "./tasks.ts";\n'
                "export const main = workflow(async (xs: string[]) => {\n"
                "  const m = await index(xs);\n  const out: string[] = [];\n"  # 4, 5
                "  for (const [k] of m) out.push(k);\n"  # 6
                "  const t = await tags(xs);\n  const all = [...t.all];\n"  # 7, 8
                "  const n = await index(xs);\n  const keys = Object.keys(n);\n"  # 9, 10
                "  return [out, all, keys];\n});\n"
            ),
        },
    )
    found = _findings(root / "f/lib/go.ts", "WAC107")
    assert [(row, severity) for row, severity, _ in found] == [(4, "error"), (7, "error")]
    assert found[0][2] == (
        "`index` is a task of f/lib/tasks.ts that returns a `Map` (line 3), which comes back "
        "through the checkpoint's JSON as `{}` (its entries are lost): `for (... of m)` "
        "throws a `TypeError` on a plain object (line 6)"
    )
    assert found[1][2].endswith("`...t.all` throws a `TypeError` on a plain object (line 8)")


def test_membership_in_a_shared_set_that_came_back_a_string(tmp_path: Path) -> None:
    # `"north" in zones` of a shared task's `set`, which comes back as its repr: a
    # substring test (`"nor" in "{'north'}"` is true); the set on the left is not judged
    root = _workspace(
        tmp_path,
        {
            "f/lib/tasks.py": (
                "from wmill import task\n\n\n@task()\nasync def zones(zs: list[str]) -> set[str]:\n"
                "    return set(zs)\n"
            ),
            "f/lib/run.py": (
                "from wmill import workflow\n\nfrom f.lib.tasks import zones\n\n\n"
                "@workflow\nasync def main(zs: list[str]):\n"
                "    o = await zones(zs)\n    hit = 'north' not in o\n"  # 8, 9
                "    p = await zones(zs)\n    inside = p in zs\n"  # 10, 11
                "    return hit, inside\n"
            ),
        },
    )
    found = _findings(root / "f/lib/run.py", "WAC107")
    assert [(row, severity) for row, severity, _ in found] == [(8, "error")]
    assert found[0][2].endswith("`'north' not in o` tests for a substring of that string (line 9)")
