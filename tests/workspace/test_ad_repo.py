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

Written blind; measured before any fix: 25 of 26 marked findings, 0 false findings, 0
wrong messages. Missed: WAC107 in f/meters/nightly_reads.py, a shared task's reading
handed to a helper of another module (`reading_line(reading)`) that calls `.strftime` on
its `read_at`, a `datetime` that comes back a string. Two unmarked findings were true and
the marks wrong: `Record<string, string>` in u/dmitri/outage_digest(_ok).ts is WAC902
(`windmill-oracle sig` reads it as the resource type `record`); the mark was added and the
`_ok` twin now takes an index signature. After the fixes: 27 of 27, 0 false findings.

Probing past the blind batch found, and the tests below pin: path constants of a class or
a table of another module, of a module another module imports whole (`kit.paths.BASE`), of
a barrel's `export * as paths` imported by name; a member of the object literal an
imported factory returns (`makeClient(base).send`), a name destructured from an imported
object (`const { fetchAll } = ops`); an arrow returning an object of functions (`() => ({
now: () => Date.now() })`) taken as running them; a shared task's result handed to a
method of another module's class.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.workspace.red_team_repo import Pinned, RepoCorpus, check_marked_findings
from wac_lint.engine import analyze_source, read_source
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
    "@task()\nasync def reading(m: str):\n"
    "    return {'m': m, 'at': datetime.now(), 'litres': 3.5}\n\n\n"  # 9
    "@task()\nasync def depth(z: str) -> Decimal:\n    return Decimal('1.5')\n"  # 14
)
PY_HELPERS = (
    "def line(r):\n    return r['at'].strftime('%H:%M')\n\n\n"  # 1, 2
    "def plain(r):\n    return f\"{r['m']} {r['at']} {r['litres']:.1f}\"\n\n\n"  # 5, 6
    "def stamp(at, label='x'):\n    return at.isoformat() + label\n\n\n"  # 9, 10
    "def more(d, n=1):\n    return d - n\n\n\n"  # 13, 14
    "def guarded(r):\n    if isinstance(r['at'], str):\n        return r['at']\n"  # 17-19
    "    return r['at'].strftime('%H')\n"  # 20
)


def test_a_shared_task_result_handed_to_a_helper_of_another_module(tmp_path: Path) -> None:
    # f/meters/nightly_reads.py `reading_line(reading)`: the shared task's `datetime` in
    # `read_at` comes back a string, and the helper of another module calls
    # `.strftime` on it; only uses in the workflow function itself were judged
    root = _workspace(
        tmp_path,
        {
            "f/lib/tasks.py": PY_TASKS,
            "f/lib/fmt.py": PY_HELPERS,
            "f/lib/run.py": (
                "from wmill import workflow\n\nfrom f.lib import fmt\n"
                "from f.lib.fmt import line, more, plain, stamp\n"
                "from f.lib.tasks import depth, reading\n\n\n"
                "def local(r):\n    return r['at'].date()\n\n\n"  # 8, 9
                "@workflow\nasync def main(m: str):\n"  # 12, 13
                "    a = await reading(m)\n    x = line(a)\n"  # 14, 15
                "    b = await reading(m)\n    y = fmt.stamp(b['at'])\n"  # 16, 17
                "    c = await reading(m)\n    z = stamp(label='y', at=c['at'])\n"  # 18, 19
                "    d = await depth(m)\n    w = more(d)\n"  # 20, 21
                "    e = await reading(m)\n    v = local(e)\n"  # 22, 23
                "    f = await reading(m)\n    u = plain(f)\n"  # 24, 25: fine
                "    g = await reading(m)\n    g = {'at': '2024-01-01'}\n    t = line(g)\n"  # 26-28
                "    h = await reading(m)\n    s = fmt.guarded(h)\n"  # 29, 30: fine
                "    return x, y, z, w, v, u, t, s\n"
            ),
        },
    )
    found = _findings(root / "f/lib/run.py", "WAC107")
    assert [(row, severity) for row, severity, _ in found] == [
        (14, "error"),
        (16, "error"),
        (18, "error"),
        (20, "error"),
        (22, "error"),
    ]
    assert found[0][2] == (
        "`reading` is a task of f/lib/tasks.py that returns a `datetime` in `at` (line 9), "
        "which comes back through the checkpoint's JSON as a string like "
        '`"2024-05-01 12:00:00"` (`str()`, not ISO 8601): `line(a)` (line 15) hands it to '
        "`line` of f/lib/fmt.py, where `r['at'].strftime` raises `AttributeError` (line 2)"
    )
    assert found[1][2].endswith(
        "`fmt.stamp(b['at'])` (line 17) hands it to `stamp` of f/lib/fmt.py, where "
        "`at.isoformat` raises `AttributeError` (line 10)"
    )
    assert found[3][2].endswith(
        "`more(d)` (line 21) hands it to `more` of f/lib/fmt.py, where `d - n` raises "
        "`TypeError` (line 14)"
    )
    assert found[4][2].endswith(
        "`local(e)` (line 23) hands it to `local`, where `r['at'].date` raises "
        "`AttributeError` (line 9)"
    )


def test_a_shared_ts_task_result_handed_to_a_helper(tmp_path: Path) -> None:
    # the TypeScript side: `hoursSince(reading)` of a barrel's helper calling
    # `.getTime()` on a `Date` member that comes back its ISO string
    root = _workspace(
        tmp_path,
        {
            "f/lib/tasks.ts": (
                'import { task } from "windmill-client";\n'
                "export const read = task(async (m: string) => ({ m, at: new Date() }));\n"
            ),
            "f/lib/age.ts": (
                "export function hoursSince(r: { at: Date }, now: number): number {\n"
                "  return (now - r.at.getTime()) / 3.6e6;\n}\n"  # 2
                "export function label(r: { m: string; at: Date }): string {\n"
                "  return `${r.m} ${r.at}`;\n}\n"
            ),
            "f/lib/index.ts": 'export * from "./age.ts";\n',
            "f/lib/go.ts": (
                'import { workflow } from "windmill-client";\n'
                'import { hoursSince, label } from "./index.ts";\n'
                'import { read } from "./tasks.ts";\n'
                "export const main = workflow(async (m: string, now: number) => {\n"
                "  const a = await read(m);\n  const h = hoursSince(a, now);\n"  # 5, 6
                "  const b = await read(m);\n  const l = label(b);\n"  # 7, 8: fine
                "  return [h, l];\n});\n"
            ),
        },
    )
    found = _findings(root / "f/lib/go.ts", "WAC107")
    assert [(row, severity) for row, severity, _ in found] == [(5, "error")]
    assert found[0][2].endswith(
        "`hoursSince(a, now)` (line 6) hands it to `hoursSince` of f/lib/age.ts, where "
        "`r.at.getTime(...)` throws a `TypeError` (line 2)"
    )


def test_a_path_constant_of_a_module_a_barrel_reexports_whole(tmp_path: Path) -> None:
    # `import { paths } from "./index.ts"` of a barrel saying `export * as paths from
    # "./paths.ts"`, then `taskFlow(paths.LOAD)`: the constant was read only through a
    # namespace import of the barrel (`lib.paths.LOAD`), so the flow's schema and a
    # misspelt path built from `paths.BASE` went unchecked
    root = _workspace(
        tmp_path,
        {
            "f/lib/paths.ts": (
                'export const BASE = "f/etl";\nexport const LOAD = `${BASE}/load`;\n'
            ),
            "f/lib/index.ts": 'export * as paths from "./paths.ts";\n',
            "f/etl/extract.ts": "export async function main(source: string) { return source; }\n",
            "f/etl/load__flow/flow.yaml": (
                "summary: load\nvalue:\n  modules: []\nschema:\n  type: object\n"
                "  properties:\n    rows:\n      type: array\n  required: [rows]\n"
            ),
            "f/app/go.ts": (
                'import { taskFlow, taskScript, workflow } from "windmill-client";\n'
                'import { paths } from "../lib/index.ts";\n'
                "const load = taskFlow(paths.LOAD);\n"  # 3
                "const typo = taskScript(`${paths.BASE}/extrakt`);\n"  # 4
                "const extract = taskScript(paths.BASE + '/extract');\n"  # 5
                "export const main = workflow(async (x: string) => {\n"
                "  await extract({ source: x });\n"
                "  await typo({ source: x });\n"
                "  return await load({ rowz: [] });\n"  # 9
                "});\n"
            ),
        },
    )
    found = analyze_source(read_source(root / "f/app/go.ts")).findings
    assert [(f.row, f.code, f.message) for f in found if f.code in ("WAC401", "WAC402")] == [
        (
            4,
            "WAC401",
            "`f/etl/extrakt` matches no script in this repository; did you mean `f/etl/extract`?",
        ),
        (
            9,
            "WAC402",
            "`f/etl/load` requires `rows` (no default, from the `schema` of "
            "f/etl/load__flow/flow.yaml), which this call does not pass",
        ),
        (
            9,
            "WAC402",
            "`rowz` is not a parameter of `f/etl/load` (it takes `rows`, from the `schema` of "
            "f/etl/load__flow/flow.yaml); did you mean `rows`?",
        ),
    ]


def test_python_path_constants_reached_through_other_modules(tmp_path: Path) -> None:
    # `task_script(Scripts.EXTRACT)` of a class another module defines, `paths.TABLE[...]`
    # and `paths.Scripts.X` of a module imported whole, and a module a facade imports
    # whole in turn (`from f.lib.kit import paths`, `kit.paths.BASE`): only a module's own
    # constants and tables were read, so the paths and the calls went unchecked
    root = _workspace(
        tmp_path,
        {
            "f/lib/paths.py": (
                'BASE = "f/etl"\nclass Scripts:\n    EXTRACT = BASE + "/extract"\n'
                'TABLE = {"extract": f"{BASE}/extract"}\n'
            ),
            "f/lib/kit.py": "import f.lib.paths as paths\nfrom f.lib import paths as p2\n",
            "f/etl/extract.py": "def main(source: str):\n    return source\n",
            "f/app/wf.py": (
                "from wmill import task_script, workflow\n\n"
                "from f.lib import kit, paths\nfrom f.lib.kit import p2\n"
                "from f.lib.paths import Scripts\n\n"
                "a = task_script(Scripts.EXTRACT)\n"  # 7
                "b = task_script(paths.TABLE['extract'])\n"  # 8
                "c = task_script(paths.Scripts.EXTRACT)\n"  # 9
                "d = task_script(p2.BASE + '/extrakt')\n"  # 10
                "e = task_script(kit.paths.BASE + '/extrakt')\n"  # 11
                "g = task_script(kit.p2.TABLE['extract'])\n\n\n"  # 12
                "@workflow\nasync def main(x: str):\n"  # 15, 16
                "    await a(src=x)\n    await b(src=x)\n    await c(src=x)\n"  # 17-19
                "    await d(source=x)\n    await e(source=x)\n    await g(source=x)\n"  # 20-22
            ),
        },
    )
    found = analyze_source(read_source(root / "f/app/wf.py")).findings
    assert sorted({(f.row, f.code) for f in found if f.code in ("WAC401", "WAC402")}) == [
        (10, "WAC401"),
        (11, "WAC401"),
        (17, "WAC402"),
        (18, "WAC402"),
        (19, "WAC402"),
    ]


def test_a_member_of_the_object_an_imported_factory_returns(tmp_path: Path) -> None:
    # `const client = makeClient(base)` of a function of another module returning an
    # object literal of functions, then `client.send(...)`: the file's own factories were
    # followed, another module's only when they returned a class instance
    root = _workspace(
        tmp_path,
        {
            "f/lib/client.ts": (
                "export function makeClient(base: string) {\n"
                "  async function ping() { return fetch(`${base}/ping`); }\n"
                "  return {\n"
                "    send: async (b: unknown) => fetch(base, { method: 'POST', body: "
                "JSON.stringify(b) }),\n"
                "    url: (p: string) => `${base}${p}`,\n"
                "    ping,\n"
                "  };\n}\n"
                "export const makeClock = () => ({ now: () => Date.now(), zero: () => 0 });\n"
            ),
            "f/app/go.ts": (
                'import { step, workflow } from "windmill-client";\n'
                'import { makeClient, makeClock } from "../lib/client.ts";\n'
                'const client = makeClient("https://hooks");\n'
                "export const main = workflow(async (t: string) => {\n"
                "  await client.send({ t });\n"  # 5
                "  const u = client.url('/x');\n"  # 6: pure
                "  await step('ping', () => client.ping());\n"  # 7: in a step
                "  const clock = makeClock();\n"
                "  const at = clock.now();\n"  # 9
                "  await client.ping();\n"  # 10
                "  return [u, at, clock.zero()];\n"
                "});\n"
            ),
        },
    )
    found = analyze_source(read_source(root / "f/app/go.ts")).findings
    found = [f for f in found if f.code != "WAC901"]
    assert [(f.row, f.code) for f in found] == [(5, "WAC101"), (9, "WAC102"), (10, "WAC101")]
    assert found[0].message == (
        "`fetch` (reached through `main → f/lib/client.ts.makeClient().send → fetch`) does "
        "network I/O in the workflow body, which re-runs on every replay; move it into a "
        "task or a `step(...)`"
    )


def test_an_arrow_returning_an_object_of_functions_runs_none_of_them(tmp_path: Path) -> None:
    # `const makeClock = () => ({ now: () => Date.now() })`: building the object runs
    # none of its members; the walk of the arrow's body (the literal itself) took its
    # members for callbacks run there, so `makeClock()` read the clock; a block body
    # returning the same literal was right
    root = _workspace(
        tmp_path,
        {
            "f/lib/clock.ts": (
                "export const makeClock = () => ({ now: () => Date.now(), zero: () => 0 });\n"
                "export const makeTimer = () => ({ start() { return performance.now(); } });\n"
            ),
            "f/app/go.ts": (
                'import { workflow } from "windmill-client";\n'
                'import { makeClock, makeTimer } from "../lib/clock.ts";\n'
                "const local = () => ({ stamp: () => new Date().toISOString() });\n"
                "export const main = workflow(async (t: string) => {\n"
                "  const clock = makeClock();\n"  # 5: builds the object only
                "  const timer = makeTimer();\n"  # 6
                "  const l = local();\n"  # 7
                "  return [clock.zero(), l.stamp(), timer];\n"  # 8: `stamp` reads the clock
                "});\n"
            ),
            "f/app/run.py": (
                "import time\n\nfrom wmill import workflow\n\n"
                "make = lambda: {'now': lambda: time.time()}\n\n\n"
                "@workflow\nasync def main():\n    c = make()\n    return c\n"  # 10
            ),
        },
    )
    found = analyze_source(read_source(root / "f/app/go.ts")).findings
    assert [(f.row, f.code) for f in found if f.code != "WAC901"] == [(8, "WAC102")]
    found = analyze_source(read_source(root / "f/app/run.py")).findings
    assert [(f.row, f.code) for f in found if f.code != "WAC901"] == []


def test_a_member_destructured_from_an_imported_object(tmp_path: Path) -> None:
    # `const { fetchAll } = ops` of a default-exported object of functions (u/dmitri/ops.ts),
    # at module level or in the body, then `fetchAll(...)`: a name destructured from an
    # object of the file was followed, one from an imported object was not
    root = _workspace(
        tmp_path,
        {
            "f/lib/ops.ts": (
                "async function fetchAll(kind: string) {\n"
                "  return (await fetch(`https://status/${kind}`)).json();\n}\n"
                "function byZone(rows: { zone: string }[]) { return rows.length; }\n"
                "export default { fetchAll, byZone };\n"
                "export const clock = { now: () => Date.now() };\n"
            ),
            "f/app/go.ts": (
                'import { workflow } from "windmill-client";\n'
                'import ops, { clock } from "../lib/ops.ts";\n'
                "const { fetchAll, byZone } = ops;\n"
                "export const main = workflow(async (k: string) => {\n"
                "  const rows = await fetchAll(k);\n"  # 5
                "  const { now } = clock;\n"
                "  return [byZone(rows), now()];\n"  # 7
                "});\n"
            ),
        },
    )
    found = [f for f in analyze_source(read_source(root / "f/app/go.ts")).findings]
    assert [(f.row, f.code) for f in found if f.code != "WAC901"] == [
        (5, "WAC101"),
        (7, "WAC102"),
    ]


def test_check_reports_the_repository() -> None:
    CORPUS.check_command_line(PINNED)


def test_every_finding_is_pinned() -> None:
    CORPUS.check_pinned(PINNED)


PINNED: Pinned = [
    (
        "f/billing/autopay_run.ts",
        31,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/common/index.ts.postJson → "
            "f/common/net.ts.postJson → fetch`) does network I/O in the workflow body, "
            "which re-runs on every replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/billing/cycle_close.py",
        10,
        "WAC401",
        "info",
        ("`f/billing/render_invoice` matches no script in this repository"),
    ),
    (
        "f/billing/cycle_close.py",
        43,
        "WAC402",
        "warning",
        (
            "`urgent` of `f/notify/send_sms` is a boolean, but this passes the string "
            "`yes` (from the `main` signature of f/notify/send_sms.py)"
        ),
    ),
    (
        "f/billing/late_fees.py",
        8,
        "WAC101",
        "error",
        (
            "importing f/meters/rates.py imports f/common/settings.py in turn, whose "
            "module-level `wmill.get_variable` (line 7) calls the Windmill API, on every "
            "replay of the workflow: the script runs again from the top each time; move "
            "that call into a function the workflow runs in a task or a `step(...)`"
        ),
    ),
    (
        "f/billing/late_fees.py",
        22,
        "WAC402",
        "error",
        (
            "`f/notify/page_oncall` requires `message` (no default, from the inputs "
            "Windmill's bash parser reads in f/notify/page_oncall.sh), which this call "
            "does not pass"
        ),
    ),
    (
        "f/billing/late_fees.py",
        22,
        "WAC402",
        "error",
        (
            "`text` is not a parameter of `f/notify/page_oncall` (it takes `team`, "
            "`minutes`, `message`, from the inputs Windmill's bash parser reads in "
            "f/notify/page_oncall.sh)"
        ),
    ),
    (
        "f/billing/tariff_update.ts",
        14,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/common/tariff.ts.TariffClient.refresh → "
            "fetch`) does network I/O in the workflow body, which re-runs on every "
            "replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/billing/usage_alerts.ts",
        16,
        "WAC107",
        "error",
        (
            "`readMeter` is a task of f/common/tasks.ts that returns a `Date` in `readAt` "
            "(line 8), which comes back through the checkpoint's JSON as its ISO string: "
            "`reading.readAt.getTime(...)` throws a `TypeError` (line 17)"
        ),
    ),
    (
        "f/billing/usage_alerts.ts",
        23,
        "WAC102",
        "error",
        (
            "`Math.random` (reached through `main → f/common/math.ts.default.jitter → "
            "Math.random`) is random: the value changes between replays of the workflow "
            "body; capture it with `step(...)`"
        ),
    ),
    (
        "f/common/tasks.py",
        19,
        "WAC107",
        "warning",
        (
            '`datetime.fromtimestamp(body["ts"], tz=timezone.utc)` is a `datetime` inside '
            "the value returned by this task: it is checkpointed as JSON and comes back "
            'as a string like `"2024-05-01 12:00:00"` (`str()`, not ISO 8601)'
        ),
    ),
    (
        "f/common/tasks.ts",
        8,
        "WAC107",
        "warning",
        (
            "`new Date(body.ts * 1000)` is a `Date` inside the value returned by this "
            "task: it is checkpointed as JSON and comes back as its ISO string"
        ),
    ),
    (
        "f/crews/dispatch__mod/script.py",
        18,
        "WAC102",
        "error",
        (
            "`random.shuffle` (reached through `main → "
            "f.crews.dispatch__mod.roster.on_call → random.shuffle`) is random: the value "
            "changes between replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/crews/hydrant_flush.ts",
        20,
        "WAC102",
        "error",
        (
            "`Math.random` (reached through `main → f/common/index.ts.meterMath.jitter → "
            "f/common/math.ts.default.jitter → Math.random`) is random: the value changes "
            "between replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/crews/shift_plan.ts",
        29,
        "WAC402",
        "error",
        (
            "`f/notify/send_sms` requires `body` (no default, from the `main` signature "
            "of f/notify/send_sms.py), which this call does not pass"
        ),
    ),
    (
        "f/crews/shift_plan.ts",
        29,
        "WAC402",
        "error",
        (
            "`text` is not a parameter of `f/notify/send_sms` (it takes `phone`, `body`, "
            "`urgent`, from the `main` signature of f/notify/send_sms.py)"
        ),
    ),
    (
        "f/crews/storm_callout.py",
        7,
        "WAC101",
        "error",
        (
            "importing f/common/settings.py runs its module-level `wmill.get_variable` "
            "(line 7), which calls the Windmill API, on every replay of the workflow: the "
            "script runs again from the top each time; move that call into a function the "
            "workflow runs in a task or a `step(...)`"
        ),
    ),
    (
        "f/leaks/escalate.py",
        18,
        "WAC102",
        "error",
        (
            "`datetime.now` (reached through `main → f.common.clock.Clock.now_iso → "
            "datetime.now`) reads the clock: the value changes between replays of the "
            "workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/leaks/escalate.py",
        21,
        "WAC402",
        "error",
        (
            "`f/leaks/triage` requires `meter_id` (no default, from the `schema` of "
            "f/leaks/triage__flow/flow.yaml), which this call does not pass"
        ),
    ),
    (
        "f/leaks/escalate.py",
        21,
        "WAC402",
        "error",
        (
            "`meter` is not a parameter of `f/leaks/triage` (it takes `meter_id`, "
            "`threshold`, `notify`, from the `schema` of f/leaks/triage__flow/flow.yaml); "
            "did you mean `meter_id`?"
        ),
    ),
    (
        "f/meters/leak_scan.py",
        35,
        "WAC102",
        "error",
        (
            "`random.choices` (reached through `main → f.common.ids.new_ticket_id → "
            "f.common.ids._suffix → random.choices`) is random: the value changes between "
            "replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/meters/main_replacement.py",
        10,
        "WAC401",
        "error",
        (
            "`./validate_site.py` matches no module beside this script (in f/meters): the "
            "child job fails when the workflow reaches it"
        ),
    ),
    (
        "f/meters/main_replacement.py",
        17,
        "WAC101",
        "error",
        (
            "`requests.get` (reached through `main → f.common.gis.GisClient.segments → "
            "requests.get`) does network I/O in the workflow body, which re-runs on every "
            "replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/meters/main_replacement.py",
        17,
        "WAC102",
        "error",
        (
            "`os.environ.get` (reached through `main → f.common.gis.GisClient.from_env → "
            "os.environ.get`) reads the process environment: the value changes between "
            "replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/meters/nightly_reads.py",
        31,
        "WAC107",
        "error",
        (
            "`read_meter` is a task of f/common/tasks.py that returns a `datetime` in "
            "`read_at` (line 19), which comes back through the checkpoint's JSON as a "
            'string like `"2024-05-01 12:00:00"` (`str()`, not ISO 8601): '
            "`reading_line(reading)` (line 33) hands it to `reading_line` of "
            'f/meters/summary.py, where `reading["read_at"].strftime` raises '
            "`AttributeError` (line 7)"
        ),
    ),
    (
        "f/meters/nightly_reads.py",
        35,
        "WAC101",
        "error",
        (
            "`requests.post` (reached through `main → f.common.http.Api.post → "
            "requests.post`) does network I/O in the workflow body, which re-runs on "
            "every replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/notify/send_sms.py",
        6,
        "WAC901",
        "warning",
        ("`send_sms.script.yaml` is out of date: input `urgent` is missing; run `wac-lint schema`"),
    ),
    (
        "u/dmitri/meter_backfill.ts",
        8,
        "WAC401",
        "warning",
        (
            "`f/legacy/old_meter_sync` is f/legacy/old_meter_sync.py, which wmill.yaml's "
            "`includes` / `excludes` leave out of `wmill sync push`: this script is "
            "pushed without that script, and the task fails unless the workspace already "
            "has it"
        ),
    ),
    (
        "u/dmitri/outage_digest.ts",
        10,
        "WAC902",
        "warning",
        (
            "Windmill reads `Record<string, string>` as a resource of type `record`, not "
            "an object; write `object` or an object type with named properties (`{ "
            "retries: number }`)"
        ),
    ),
    (
        "u/dmitri/outage_digest.ts",
        11,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → u/dmitri/ops.ts.default.fetchAll → fetch`) "
            "does network I/O in the workflow body, which re-runs on every replay; move "
            "it into a task or a `step(...)`"
        ),
    ),
    (
        "u/priya/zone_review.py",
        6,
        "WAC403",
        "error",
        (
            "`f.common` is the folder f/common/: Windmill loads it as an empty module and "
            "never runs f/common/__init__.py, so `fmt_m3` is fetched as the script "
            "`f/common/fmt_m3`, which does not exist, and is bound to an empty module; "
            "import it from the script that defines it"
        ),
    ),
    (
        "u/priya/zone_review.py",
        15,
        "WAC402",
        "warning",
        (
            "`days` of `u/priya/recompute_zone` is an integer, but this passes the string "
            "`90` (from the `main` signature of u/priya/recompute_zone.py)"
        ),
    ),
]


def test_a_shared_task_result_handed_to_a_method_of_another_module(tmp_path: Path) -> None:
    # `Fmt.line(reading)` of a `@staticmethod`, `fmt.stamp(reading)` of an instance
    # another module exports, `new Fmt().line(r)` in TypeScript
    root = _workspace(
        tmp_path,
        {
            "f/lib/tasks.py": PY_TASKS,
            "f/lib/fmt.py": (
                "class Fmt:\n    @staticmethod\n    def line(r):\n"
                "        return r['at'].strftime('%H:%M')\n\n"  # 4
                "    def stamp(self, r):\n        return r['at'].date()\n\n\n"  # 6, 7
                "fmt = Fmt()\n"
            ),
            "f/lib/run.py": (
                "from wmill import workflow\n\nfrom f.lib.fmt import Fmt, fmt\n"
                "from f.lib.tasks import reading\n\n\n"
                "@workflow\nasync def main(m: str):\n"  # 7, 8
                "    a = await reading(m)\n    x = Fmt.line(a)\n"  # 9, 10
                "    b = await reading(m)\n    y = fmt.stamp(b)\n"  # 11, 12
                "    return x, y\n"
            ),
            "f/lib/tasks.ts": (
                'import { task } from "windmill-client";\n'
                "export const read = task(async (m: string) => ({ m, at: new Date() }));\n"
            ),
            "f/lib/fmt.ts": (
                "export class Fmt {\n  line(r: { at: Date }) {\n"
                "    return r.at.toISOString();\n  }\n}\n"  # 3
            ),
            "f/lib/go.ts": (
                'import { workflow } from "windmill-client";\n'
                'import { Fmt } from "./fmt.ts";\nimport { read } from "./tasks.ts";\n'
                "export const main = workflow(async (m: string) => {\n"
                "  const r = await read(m);\n  return new Fmt().line(r);\n});\n"  # 5, 6
            ),
        },
    )
    found = _findings(root / "f/lib/run.py", "WAC107")
    assert [(row, severity) for row, severity, _ in found] == [(9, "error"), (11, "error")]
    assert found[0][2].endswith(
        "`Fmt.line(a)` (line 10) hands it to `Fmt.line` of f/lib/fmt.py, where "
        "`r['at'].strftime` raises `AttributeError` (line 4)"
    )
    assert found[1][2].endswith(
        "`fmt.stamp(b)` (line 12) hands it to `fmt.stamp` of f/lib/fmt.py, where "
        "`r['at'].date` raises `AttributeError` (line 7)"
    )
    found = _findings(root / "f/lib/go.ts", "WAC107")
    assert [(row, severity) for row, severity, _ in found] == [(5, "error")]
    assert found[0][2].endswith(
        "`new Fmt().line(r)` (line 6) hands it to `Fmt.line` of f/lib/fmt.ts, where "
        "`r.at.toISOString(...)` throws a `TypeError` (line 3)"
    )


def test_a_destructured_member_of_a_shared_task_result_handed_on(tmp_path: Path) -> None:
    # `const { at } = await read(m)` then `hours(at)`, the helper calling `.getTime()`
    root = _workspace(
        tmp_path,
        {
            "f/lib/tasks.ts": (
                'import { task } from "windmill-client";\n'
                "export const read = task(async (m: string) => ({ m, at: new Date() }));\n"
            ),
            "f/lib/age.ts": (
                "export function hours(at: Date): number {\n  return at.getTime() / 3.6e6;\n}\n"
                "export function label(id: string): string {\n  return id.toUpperCase();\n}\n"
            ),
            "f/lib/go.ts": (
                'import { workflow } from "windmill-client";\n'
                'import { read } from "./tasks.ts";\nimport { hours, label } from "./age.ts";\n'
                "export const main = workflow(async (m: string) => {\n"
                "  const { at, m: id } = await read(m);\n"  # 5
                "  const { m: other } = await read(m);\n"  # 6: fine
                "  return [hours(at), label(id), label(other)];\n});\n"  # 7
            ),
        },
    )
    found = _findings(root / "f/lib/go.ts", "WAC107")
    assert found == [
        (
            5,
            "error",
            "`read` is a task of f/lib/tasks.ts that returns a `Date` in `at` (line 2), which "
            "comes back through the checkpoint's JSON as its ISO string: `hours(at)` (line 7) "
            "hands it to `hours` of f/lib/age.ts, where `at.getTime(...)` throws a `TypeError` "
            "(line 2)",
        )
    ]
