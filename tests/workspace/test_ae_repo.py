"""Red team AE, repository (`ae_repo/`): a property-management company's workspace after two
years, as `wmill sync pull` writes it (`wmill.yaml` with `nonDottedPaths: true`).

`f/platform/` is the platform team's layer every workflow imports: `wac.py` / `wac.ts`
re-export the SDK's `workflow`, `task_script`, `task_flow`, `wait_for_approval` and wrap
`task`, `step` and `sleep` under the SDK's own names to log each durable call (Python's
`task` is a function forwarding to `wmill.task`; TypeScript's `step` / `sleep` call
`sdk.step` / `sdk.sleep` of `import * as sdk from "windmill-client"`), plus a
`logged_step` / `logStep` that pages Slack before the step; a logger that posts to Slack;
an id generator and a stable-id one; a clock; settings read through an `lru_cache`d getter
of a Windmill variable; a Datadog metrics client; `attempt` helpers that catch around the
call they are handed (`except Exception`, `except BaseException`, a TypeScript catch with
and without a suspension check of its own module); path constants (a class, a dict, a
TypeScript object and `enum`) naming a renamed script, a `u/` script and two flows; a
TypeScript barrel (`index.ts`). `f/vendors/` holds adapters: DocuSign as a Python folder
with relative imports, Stripe, Twilio, and Checkr as an `export default class` imported
without an extension. `f/legacy/` has `now` / `new_id` helpers of the same names as the
platform's that read no clock. Shared tasks: `f/rent/tasks.py` (made with the platform's
`task` wrapper; one returns a `Decimal`) and `f/leasing/tasks.ts` (a `Map`, a `Set`),
the latter re-exported through two barrels (`exports.ts`, `index.ts`) and importing a
helper module that imports it back (`units.ts`). Workflows import with Windmill absolute
paths (`/f/platform/wac.ts`), relative paths with and without extensions, Python relative
imports (`from ..platform.wac import ...`), a namespace import of the team module
(`import * as wac`), a shared task under a local name, and `step` under an alias.
Targets: `f/rent/send_receipt`, `f/maintenance/dispatch_vendor`, `f/leasing/generate_lease`
(whose `.script.yaml` predates its `rent_cents` parameter), `f/leasing/renewal_offer_v2`
(renamed from `renewal_offer`), `u/maria/recalc_deposits` and the flows
`f/maintenance/triage__flow`, `f/inspections/move_out_flow__flow`. Every `.script.yaml` was
written by Windmill's own CLI (`windmill-oracle script-yaml`; `generate_lease.script.yaml`
from the script before `rent_cents` was added).

Written blind; measured before any fix: 21 of 26 marked findings, 31 false findings, 0
wrong messages (two unmarked findings were true, WAC107 on the `Map` / `Set` returned by
the tasks of f/leasing/tasks.ts, and were marked).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.workspace.red_team_repo import RepoCorpus, check_marked_findings
from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "ae_repo"
CORPUS = RepoCorpus(
    REPO,
    support=(
        "f/platform/",
        "f/vendors/",
        "f/legacy/clock.py",
        "f/legacy/ids.py",
        "f/rent/tasks.py",
        "f/rent/format.py",
        "f/leasing/tasks.ts",
        "f/leasing/units.ts",
        "f/leasing/exports.ts",
        "f/leasing/index.ts",
    ),
    support_files=(
        "f/rent/send_receipt.py",
        "f/leasing/renewal_offer_v2.py",
        "f/maintenance/dispatch_vendor.ts",
        "u/maria/recalc_deposits.py",
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


def _findings(root: Path, name: str) -> list[tuple[int, str, str]]:
    found = analyze_source(read_source(root / name)).findings
    return [(f.row, f.code, f.message) for f in found if f.code != "WAC901"]


def _workspace(tmp_path: Path, files: dict[str, str]) -> Path:
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


PY_WRAPPER = (
    "import wmill\nfrom wmill import sleep as _sleep\n\n\n"
    "def task(_func=None, **options):\n"
    "    if _func is not None:\n        return wmill.task(_func)\n"  # 7
    "    return wmill.task(**options)\n\n\n"  # 8
    "async def step(name, fn):\n    print(name)\n    return await wmill.step(name, fn)\n\n\n"  # 13
    "async def sleep(seconds):\n    await _sleep(seconds)\n\n\n"
    "def workflow(fn):\n    return fn\n\n\n"  # not forwarding: not the SDK's
    "async def once(name, fn):\n    return await wmill.step(name, fn)\n"  # 23
)


def test_a_python_wrapper_under_the_sdks_name_is_the_sdks(tmp_path: Path) -> None:
    # f/rent/tasks.py: `@task()` of a team module's `def task(...)` forwarding to
    # `wmill.task`: the decorated functions are tasks (their bodies were walked as body
    # code: 20 false WAC101 / WAC102), and what they return crosses the checkpoint
    root = _workspace(
        tmp_path,
        {
            "f/lib/wac.py": PY_WRAPPER,
            "f/lib/tasks.py": (
                "from decimal import Decimal\n\nimport requests\n\n"
                "from f.lib.wac import step, task\n\n\n"
                "@task()\nasync def balance(lease: str) -> Decimal:\n"
                "    return Decimal(requests.get(lease).text)\n\n\n"  # 10
                "@task\nasync def ping(lease: str) -> bool:\n"
                "    return requests.get(lease).ok\n"
            ),
            "f/app/run.py": (
                "from wmill import workflow\n\n"
                "from f.lib.tasks import balance, ping\n\n\n"
                "@workflow\nasync def main(lease: str):\n"
                "    ok = await ping(lease)\n"  # 8
                "    b = await balance(lease)\n"  # 9
                "    return ok and b > 0\n"
            ),
        },
    )
    assert _findings(root, "f/lib/wac.py") == []
    found = _findings(root, "f/app/run.py")
    assert [(row, code) for row, code, _ in found] == [(9, "WAC107")]
    assert [(row, code) for row, code, _ in _findings(root, "f/lib/tasks.py")] == [(10, "WAC107")]


def test_a_function_named_as_the_sdk_that_does_not_forward_is_not_it(tmp_path: Path) -> None:
    # `def task(name)` building a record, `def step(...)` calling the SDK's `sleep`: not
    # the SDK's names; their callers' functions are not tasks
    root = _workspace(
        tmp_path,
        {
            "f/lib/todo.py": (
                "import wmill\n\n\ndef task(title='x'):\n    def deco(fn):\n        return fn\n"
                "    return deco\n\n\nasync def step(name, fn):\n    await wmill.sleep(1)\n"
                "    return fn()\n"
            ),
            "f/lib/jobs.py": (
                "import requests\n\nfrom f.lib.todo import task\n\n\n"
                "@task()\nasync def fetch(url: str):\n    return requests.get(url).text\n"
            ),
            "f/app/run.py": (
                "from wmill import workflow\n\nfrom f.lib.jobs import fetch\n\n\n"
                "@workflow\nasync def main(url: str):\n    return await fetch(url)\n"  # 8
            ),
        },
    )
    assert [(row, code) for row, code, _ in _findings(root, "f/app/run.py")] == [(8, "WAC101")]


TS_WRAPPER = (
    'import * as sdk from "windmill-client";\n'
    'export { task, workflow } from "windmill-client";\n'
    "export async function step<T>(name: string, fn: () => T) {\n"
    "  console.log(name);\n  return await sdk.step(name, fn);\n}\n"  # 5
    "export const sleep = async (s: number) => {\n  await sdk.sleep(s);\n};\n"  # 8
    "export async function once<T>(name: string, fn: () => T) {\n"
    "  return await sdk.step(name, fn);\n}\n"  # 11
)


def test_a_typescript_wrapper_under_the_sdks_name_is_the_sdks(tmp_path: Path) -> None:
    # f/platform/wac.ts: `export async function step(...)` calling `sdk.step`, imported
    # by a module of helpers without `workflow`: its `step` is a step (its callback is not
    # body code); the wrapper module itself gets no WAC002
    root = _workspace(
        tmp_path,
        {
            "f/lib/wac.ts": TS_WRAPPER,
            "f/lib/stamp.ts": (
                'import { step } from "./wac.ts";\n'
                'export const stamped = () => step("at", () => new Date().toISOString());\n'
            ),
            "f/app/go.ts": (
                'import { workflow } from "./../lib/wac.ts";\n'
                'import { stamped } from "../lib/stamp.ts";\n'
                "export const main = workflow(async () => await stamped());\n"
            ),
        },
    )
    assert _findings(root, "f/lib/wac.ts") == []
    assert _findings(root, "f/app/go.ts") == []


def test_sdk_names_through_the_module_in_a_file_without_a_workflow(tmp_path: Path) -> None:
    # WAC002 inside a function of a file with no workflow: Windmill draws no diagram
    # for it, and never draws a helper's steps; still reported at module level and in a
    # workflow's own body
    root = _workspace(
        tmp_path,
        {
            "f/lib/durable.py": (
                "import wmill\n\nextract = wmill.task_script('f/app/run')\n\n\n"  # 3
                "async def once(name, fn):\n    return await wmill.step(name, fn)\n"
            ),
            "f/app/run.py": (
                "import wmill\n\n\nasync def helper():\n    return await wmill.step('a', int)\n\n\n"
                "@wmill.workflow\nasync def main():\n"  # 8
                "    await wmill.step('b', int)\n    return await helper()\n"  # 10
            ),
        },
    )
    assert [(row, code) for row, code, _ in _findings(root, "f/lib/durable.py")] == [(3, "WAC002")]
    found = [(row, code) for row, code, _ in _findings(root, "f/app/run.py")]
    assert found == [(5, "WAC002"), (8, "WAC002"), (10, "WAC002")]


def test_a_task_made_in_the_files_own_task_wrapper_is_not_wac003(tmp_path: Path) -> None:
    root = _workspace(tmp_path, {"f/lib/wac.py": PY_WRAPPER})
    assert _findings(root, "f/lib/wac.py") == []
    # a decorator under another name still is
    other = PY_WRAPPER.replace("def task(_func", "def durable(_func")
    root = _workspace(tmp_path, {"f/lib/wac.py": other})
    assert [(row, code) for row, code, _ in _findings(root, "f/lib/wac.py")] == [
        (7, "WAC003"),
        (8, "WAC003"),
    ]


def test_the_sdk_reached_through_a_team_module_imported_whole(tmp_path: Path) -> None:
    # f/leasing/application_review.ts: `import * as wac from "/f/platform/wac.ts"`, then
    # `wac.workflow(...)` / `wac.task(...)`: the SDK's own reached through a module, which
    # Windmill does not detect (WAC002, with no fix: importing the SDK's names would drop
    # the team's wrappers); the body was not analysed at all
    root = _workspace(
        tmp_path,
        {
            "f/lib/wac.ts": TS_WRAPPER,
            "f/lib/wac.py": PY_WRAPPER.replace("def workflow(fn):\n    return fn\n", "")
            + "\nfrom wmill import workflow  # noqa: E402\n",
            "f/lib/util.ts": "export function step(n: string) { return n; }\n",
            "f/app/go.ts": (
                'import * as wac from "/f/lib/wac.ts";\nimport * as util from "../lib/util.ts";\n'
                "const t = wac.task(async (x: string) => x);\n"  # 3
                "export const main = wac.workflow(async (x: string) => {\n"  # 4
                "  const id = crypto.randomUUID();\n"  # 5
                "  util.step(id);\n"
                "  await wac.step('x', () => 1);\n"  # 7
                "  return await t(id);\n});\n"
            ),
            "f/app/run.py": (
                "import random\n\nfrom f.lib import wac\n\n\n"
                "@wac.workflow\nasync def main():\n"  # 6
                "    return await wac.step('r', lambda: random.random()) + random.random()\n"
            ),
            "f/app/run2.py": (
                "import random\n\nimport f.lib.wac as wac\n\n\n"
                "@wac.workflow\nasync def main():\n    return random.random()\n"  # 6, 8
            ),
        },
    )
    found = analyze_source(read_source(root / "f/app/go.ts")).findings
    assert [(f.row, f.code, f.fix is None) for f in found if f.code != "WAC901"] == [
        (3, "WAC002", True),
        (4, "WAC002", True),
        (5, "WAC102", True),
        (7, "WAC002", True),
    ]
    assert [(row, code) for row, code, _ in _findings(root, "f/app/run.py")] == [
        (6, "WAC002"),
        (8, "WAC002"),
        (8, "WAC102"),
    ]
    assert [(row, code) for row, code, _ in _findings(root, "f/app/run2.py")] == [
        (6, "WAC002"),
        (8, "WAC102"),
    ]


def test_a_suspension_test_spelled_with_a_double_negation(tmp_path: Path) -> None:
    # f/platform/safe.ts: `isSuspend(err)` returning `!!err && typeof err === "object" &&
    # (err as {...}).name === "StepSuspend"`: every thrown Error passes `!!err`, so the
    # test is the name's; it was taken for an unknown test (a false WAC202)
    guard = (
        "export function isSuspend(err: unknown): boolean {\n"
        '  return !!err && typeof err === "object" && '
        '(err as { name?: string }).name === "StepSuspend";\n}\n'
        "export const isSuspend2 = (e: any) => Boolean(e) && e.name === 'StepSuspend';\n"
    )
    root = _workspace(
        tmp_path,
        {
            "f/lib/guard.ts": guard,
            "f/lib/safe.ts": (
                'import { isSuspend } from "./guard.ts";\n'
                "export async function attempt<T>(fn: () => PromiseLike<T>) {\n"
                "  try {\n    return await fn();\n  } catch (err) {\n"
                "    if (isSuspend(err)) throw err;\n    return undefined;\n  }\n}\n"
            ),
            "f/app/go.ts": (
                'import { task, workflow } from "windmill-client";\n'
                'import { attempt } from "../lib/safe.ts";\n'
                'import { isSuspend2 } from "../lib/guard.ts";\n'
                "const t = task(async (x: string) => x);\n"
                "export const main = workflow(async (x: string) => {\n"
                "  const a = await attempt(() => t(x));\n"
                "  try {\n    await t(x);\n  } catch (e) {\n    if (isSuspend2(e)) throw e;\n  }\n"
                "  return a;\n});\n"
            ),
        },
    )
    assert _findings(root, "f/app/go.ts") == []


def test_a_method_of_a_default_exported_class(tmp_path: Path) -> None:
    # f/leasing/background_checks.ts: `import CheckrClient from "../vendors/checkr"` of
    # `export default class CheckrClient`, an instance built at module level, then
    # `checkr.createReport(id)` in the body: only a named export's methods were followed
    root = _workspace(
        tmp_path,
        {
            "f/v/checkr.ts": (
                "export default class Checkr {\n"
                "  async report(id: string) {\n"
                "    return (await fetch(`https://x/${id}`)).status;\n  }\n"  # 3
                "  label(id: string) {\n    return `c ${id}`;\n  }\n}\n"
            ),
            "f/app/go.ts": (
                'import { workflow } from "windmill-client";\n'
                'import Checkr from "../v/checkr";\n'
                "const checkr = new Checkr();\n"
                "export const main = workflow(async (id: string) => {\n"
                "  const a = await checkr.report(id);\n"  # 5
                "  const b = await new Checkr().report(id);\n"  # 6
                "  return [a, b, checkr.label(id)];\n});\n"
            ),
        },
    )
    found = _findings(root, "f/app/go.ts")
    assert [(row, code) for row, code, _ in found] == [(5, "WAC101"), (6, "WAC101")]
    assert found[0][2] == (
        "`fetch` (reached through `main → f/v/checkr.ts.default.report → fetch`) does "
        "network I/O in the workflow body, which re-runs on every replay; move it into a "
        "task or a `step(...)`"
    )


def test_a_team_module_binding_the_sdks_functions_to_their_names(tmp_path: Path) -> None:
    # `task = wmill.task` / `export const task = sdk.task` / `export const { step } = sdk`
    # in a team module: the SDK's functions under their own names (tasks made with them
    # were walked as plain helpers), and no WAC002 at the binding, whose name the
    # importers use
    root = _workspace(
        tmp_path,
        {
            "f/lib/wac.py": "import wmill\n\ntask = wmill.task\nstep = wmill.step\n",
            "f/lib/tasks.py": (
                "import requests\n\nfrom f.lib.wac import task\n\n\n"
                "@task()\nasync def fetch(url: str):\n    return requests.get(url).text\n"
            ),
            "f/app/run.py": (
                "from wmill import workflow\n\nfrom f.lib.tasks import fetch\n\n\n"
                "@workflow\nasync def main(url: str):\n    return await fetch(url)\n"
            ),
            "f/lib/wac.ts": (
                'import * as sdk from "windmill-client";\n'
                "export const task = sdk.task;\nexport const { step, sleep } = sdk;\n"
            ),
            "f/lib/tasks.ts": (
                'import { task } from "./wac.ts";\n'
                "export const fetchIt = task(async (url: string) => (await fetch(url)).text());\n"
            ),
            "f/app/go.ts": (
                'import { workflow } from "windmill-client";\n'
                'import { fetchIt } from "../lib/tasks.ts";\n'
                "export const main = workflow(async (url: string) => await fetchIt(url));\n"
            ),
        },
    )
    for name in ("f/lib/wac.py", "f/lib/wac.ts", "f/app/run.py", "f/app/go.ts"):
        assert _findings(root, name) == [], name


def test_a_factory_handing_back_the_sdks_task_decorator(tmp_path: Path) -> None:
    # `def durable(**options): return task(timeout=60, **options)` then `@durable()`: the
    # decorated function is a task (its body was walked as body code), and WAC003 said
    # the task wrapped an anonymous function keyed `<lambda>`
    root = _workspace(
        tmp_path,
        {
            "f/app/run.py": (
                "import requests\nfrom wmill import task, workflow\n\n\n"
                "def durable(**options):\n    return task(timeout=60, **options)\n\n\n"  # 6
                "@durable(tag='etl')\nasync def fetch(url: str):\n"
                "    return requests.get(url).text\n\n\n"
                "@workflow\nasync def main(url: str):\n    return await fetch(url)\n"
            ),
        },
    )
    assert _findings(root, "f/app/run.py") == [
        (
            6,
            "WAC003",
            "`task` hands back the SDK's task decorator inside a function: each function "
            "decorated with `@durable(...)` runs as a task keyed by its own name, but the "
            "guide wants tasks made at module top level with the SDK's `task`, and "
            "Windmill's diagram does not show them; decorate each function with the SDK's "
            "task decorator at top level",
        )
    ]


def test_a_star_import_of_a_team_module_reexporting_the_sdk(tmp_path: Path) -> None:
    # `from f.lib.wac import *` of a module re-exporting wmill's names: its `task` and
    # `workflow` are the SDK's (the tasks module's tasks were walked as plain helpers,
    # and a workflow importing `*` was not read as one)
    root = _workspace(
        tmp_path,
        {
            "f/lib/wac.py": (
                'from wmill import step, task, workflow\n\n__all__ = ["step", "task", "workflow"]\n'
            ),
            "f/lib/tasks.py": (
                "import requests\n\nfrom f.lib.wac import *\n\n\n"
                "@task()\nasync def fetch(url: str):\n    return requests.get(url).text\n"
            ),
            "f/app/run.py": (
                "import random\n\nfrom f.lib.tasks import fetch\nfrom f.lib.wac import *\n\n\n"
                "@workflow\nasync def main(url: str):\n"
                "    r = random.random()\n"  # 9
                "    return await fetch(url), r\n"
            ),
        },
    )
    assert _findings(root, "f/lib/tasks.py") == []
    assert [(row, code) for row, code, _ in _findings(root, "f/app/run.py")] == [(9, "WAC102")]
