"""Red team AK-R: one small case per general cause the research-computing repository
(`ak_repo/`, `test_ak_repo.py`) found, each with other spellings of the same cause and
the correct look-alikes beside them. One workspace, analysed once.
"""

from __future__ import annotations

import pytest

from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.root import forget_projects

SMALL = {
    "f/ops/setq.py": 'def main(project: str, tib: int, tier: str = "s"):\n    return project\n',
    "f/ops/prov.py": "def main(uid: str, pi_group: str):\n    return uid\n",
    # ---- a decorator factory of another module on a helper of the file ----------------
    "f/lib/retry.py": (
        "import functools\n\n\n"
        "def retrying(attempts=3):\n    def deco(fn):\n        @functools.wraps(fn)\n"
        "        async def wrapper(*a, **k):\n            for _ in range(attempts):\n"
        "                try:\n                    return await fn(*a, **k)\n"
        "                except BaseException:\n                    pass\n\n"
        "        return wrapper\n\n    return deco\n\n\n"
        "def forever(fn):\n    async def wrapper(*a, **k):\n        while True:\n"
        "            try:\n                return await fn(*a, **k)\n"
        "            except:  # noqa: E722\n                continue\n\n    return wrapper\n\n\n"
        "def errors_only(attempts=3):\n    def deco(fn):\n"
        "        async def wrapper(*a, **k):\n            for i in range(attempts):\n"
        "                try:\n                    return await fn(*a, **k)\n"
        "                except Exception:\n                    if i == attempts - 1:\n"
        "                        raise\n\n        return wrapper\n\n    return deco\n"
    ),
    "f/app/retry_helpers.py": (
        "from wmill import task, workflow\n\nimport f.lib.retry as r\n"
        "from f.lib.retry import errors_only, forever, retrying\n\n\n"
        "@task()\nasync def stage(x: str) -> str:\n    return x\n\n\n"
        "@retrying(attempts=3)\nasync def a(x):\n    return await stage(x)\n\n\n"
        "@forever\nasync def b(x):\n    return await stage(x)\n\n\n"
        "@r.retrying(2)\nasync def c(x):\n    return await stage(x)\n\n\n"
        "@errors_only(3)\nasync def d(x):\n    return await stage(x)\n\n\n"
        "@retrying(3)\ndef pure(x):\n    return x\n\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    await a(x)\n"  # 39: WAC201
        "    await b(x)\n"  # 40: WAC201 (a plain decorator, bare `except:`)
        "    await c(x)\n"  # 41: WAC201 (the factory reached through its module)
        "    await d(x)\n"  # 42: `except Exception`: fine
        "    return pure(x)\n"  # 43: no durable call under the handler
    ),
    # ---- `@task(path=...)` with the path in a constant ----------------------------------
    "f/lib/paths.py": 'class Scripts:\n    SETQ = "f/ops/setq"\n',
    "f/lib/tasks.py": (
        "from wmill import task\n\nfrom f.lib.paths import Scripts\n\n\n"
        "@task(path=Scripts.SETQ)\nasync def set_quota(project: str, tib: int, reason: str):\n"
        "    ...\n\n\n"
        "@task(path=Scripts.SETQ)\nasync def set_quota_ok(project: str, tib: int):\n    ...\n"
    ),
    "f/lib/api.py": "from f.lib.tasks import set_quota as bump, set_quota_ok\n",
    "f/app/path_tasks.py": (
        "from wmill import task, workflow\n\nfrom f.lib.api import bump, set_quota_ok\n\n"
        'SETQ = "f/ops/setq"\n\n\n'
        "@task(path=SETQ)\nasync def own(project: str, tb: int):\n    ...\n\n\n"
        "@workflow\nasync def main(p: str):\n"
        '    await bump(p, 1, "why")\n'  # 15: WAC402 (`reason`, through a barrel)
        "    await set_quota_ok(p, 1)\n"  # 16: fine
        "    await own(p, 2)\n"  # 17: WAC402 (`tb`, a constant of the file)
    ),
    # ---- a TypeScript enum reached through one of several `export *` --------------------
    "f/kit/naming.ts": 'export const PREFIX = "acct";\n',
    "f/kit/paths.ts": 'export enum Scripts {\n  Provision = "f/ops/prov",\n}\n',
    "f/kit/index.ts": 'export * from "./naming.ts";\nexport * from "./paths.ts";\n',
    "f/app/enum_barrel.ts": (
        'import { taskScript, workflow } from "windmill-client";\n'
        'import { PREFIX, Scripts } from "/f/kit/index.ts";\n\n'
        "const provision = taskScript(Scripts.Provision);\n\n"
        "export const main = workflow(async (uid: string, piGroup: string) => {\n"
        "  await provision({ uid, piGroup });\n"  # 7: WAC402
        "  await provision({ uid, pi_group: piGroup });\n"  # 8: fine
        "  return PREFIX;\n});\n"
    ),
    # ---- the object a default-exported factory returns ----------------------------------
    "f/kit/mailer.ts": (
        "export default function makeMailer(url: string) {\n  return {\n"
        "    async send(to: string) {\n      await fetch(url, { body: to });\n    },\n"
        "    preview: (to: string) => `${url}:${to}`,\n  };\n}\n"
    ),
    "f/kit/pager.ts": (
        "const makePager = (url: string) => ({\n"
        "  page: async (to: string) => {\n    await fetch(url, { body: to });\n  },\n});\n"
        "export default makePager;\n"
    ),
    "f/kit/named.ts": (
        "export function makeA(url: string) {\n"
        "  return { async send(to: string) { await fetch(url, { body: to }); } };\n}\n"
    ),
    "f/app/factories.ts": (
        'import { workflow } from "windmill-client";\n'
        'import makeMailer from "/f/kit/mailer.ts";\n'
        'import makePager from "/f/kit/pager.ts";\n'
        'import { makeA } from "/f/kit/named.ts";\n\n'
        'const mailer = makeMailer("https://relay");\nconst pager = makePager("https://pager");\n\n'
        "export const main = workflow(async (to: string) => {\n"
        "  await mailer.send(to);\n"  # 10: WAC101
        "  await pager.page(to);\n"  # 11: WAC101 (an arrow exported by name as default)
        '  await makeMailer("https://other").send(to);\n'  # 12: WAC101 (called straight)
        '  await makeA("https://a").send(to);\n'  # 13: WAC101 (a named factory, straight)
        '  return [mailer.preview(to), makeMailer("https://x").preview(to)];\n'  # pure
        "});\n"
    ),
    # ---- names a star import binds --------------------------------------------------------
    "f/lib/types.py": (
        '__all__ = ["Quota"]\n\n\nclass Quota:\n    pass\n\n\nclass Allocation:\n    pass\n'
    ),
    "f/lib/models.py": "from f.lib.types import *  # noqa: F403\n\n\ndef su():\n    return 1\n",
    "f/lib/plain.py": "class Plain:\n    pass\n\n\n_hidden = 1\n",
    "f/lib/plain_star.py": "from f.lib.plain import *  # noqa: F403\n",
    "f/lib/pkg_star.py": "from os.path import *  # noqa: F403\n",
    "f/app/stars.py": (
        "from wmill import workflow\n\n"
        "from f.lib.models import Allocation, Quota, su\n"  # 3: WAC403 (`Allocation`)
        "from f.lib.pkg_star import join\n"  # 4: unknown (a package's star import)
        "from f.lib.plain_star import Plain, _hidden\n\n\n"  # 5: WAC403 (`_hidden`)
        "@workflow\nasync def main(x: str):\n"
        "    return [Allocation, Quota, su(), join, Plain, _hidden]\n"
    ),
    # ---- `**f(...)` of a function returning a literal -----------------------------------
    "f/lib/args.py": (
        "def old_args(project, n):\n"
        '    return {"project": project, "tb": n}\n\n\n'
        "def new_args(project, n):\n"
        '    return {"project": project, "tib": n}\n\n\n'
        "def maybe_args(project, n, tier=None):\n"
        '    args = {"project": project, "tib": n}\n'
        "    if tier:\n"
        '        args["tier"] = tier\n'
        "    return args\n"
    ),
    "f/app/spread_call.py": (
        "from wmill import task_script, workflow\n\n"
        "from f.lib.args import maybe_args, new_args, old_args\n\n"
        'setq = task_script("f/ops/setq")\n\n\n'
        "def local_args(project):\n"
        '    return {"project": project, "tib": 1, "reason": "x"}\n\n\n'
        "@workflow\nasync def main(p: str):\n"
        "    await setq(**old_args(p, 1))\n"  # 14: WAC402 (`tb`, and `tib` missing)
        "    await setq(**new_args(p, 1))\n"  # 15: fine
        "    await setq(**maybe_args(p, 1))\n"  # 16: keys not known: fine
        "    await setq(**local_args(p))\n"  # 17: WAC402 (`reason`)
    ),
    "f/kit/args.ts": (
        'export const oldArgs = (uid: string) => ({ uid, piGroup: "x" });\n'
        'export function newArgs(uid: string) {\n  return { uid, pi_group: "x" };\n}\n'
    ),
    "f/app/spread_call.ts": (
        'import { taskScript, workflow } from "windmill-client";\n'
        'import { newArgs, oldArgs } from "/f/kit/args.ts";\n\n'
        'const provision = taskScript("f/ops/prov");\n\n'
        "export const main = workflow(async (uid: string) => {\n"
        "  await provision({ ...oldArgs(uid) });\n"  # 7: WAC402
        "  await provision({ ...newArgs(uid) });\n"  # 8: fine
        "});\n"
    ),
    # ---- a script path built by a function --------------------------------------------
    "f/lib/where.py": (
        'OPS = "f/ops"\n\n\ndef ops_script(name: str) -> str:\n'
        '    """Where an ops script lives."""\n    return f"{OPS}/{name}"\n'
    ),
    "f/app/built_path.py": (
        "from wmill import task_script, workflow\n\n"
        "from f.lib.where import ops_script\n\n"
        'local = lambda name: "f/ops/" + name  # noqa: E731\n'
        'setq = task_script(ops_script("setq"))\n'
        'setq2 = task_script(local("setq"))\n'
        'nope = task_script(ops_script("set_quota"))\n\n\n'  # 8: WAC401
        "@workflow\nasync def main(p: str):\n"
        "    await setq(project=p, tb=1)\n"  # 13: WAC402
        "    await setq2(project=p, tb=1)\n"  # 14: WAC402
        "    await setq(project=p, tib=1)\n"  # 15: fine
    ),
    "f/kit/where.ts": (
        'const OPS = "f/ops";\nexport const opsScript = (name: string) => `${OPS}/${name}`;\n'
    ),
    "f/app/built_path.ts": (
        'import { taskScript, workflow } from "windmill-client";\n'
        'import { opsScript } from "/f/kit/where.ts";\n\n'
        'const provision = taskScript(opsScript("prov"));\n\n'
        "export const main = workflow(async (uid: string) => {\n"
        '  await provision({ uid, piGroup: "x" });\n'  # 7: WAC402
        "});\n"
    ),
    # ---- a value built as a string given to a number ------------------------------------
    "f/app/built_string.py": (
        "from wmill import task_script, workflow\n\n"
        'setq = task_script("f/ops/setq")\n\n\n'
        "@workflow\nasync def main(p: str, n: int):\n"
        "    await setq(project=p, tib=str(n))\n"  # 8: WAC402
        '    await setq(project=p, tib=f"{n}")\n'  # 9: WAC402
        "    await setq(project=str(p), tib=n)\n"  # 10: fine (a string to a string)
    ),
    "f/app/built_string.ts": (
        'import { taskScript, workflow } from "windmill-client";\n\n'
        'const setq = taskScript("f/ops/setq");\n\n'
        "export const main = workflow(async (p: string, n: number) => {\n"
        "  await setq({ project: p, tib: String(n) });\n"  # 6: WAC402
        "  await setq({ project: p, tib: n.toFixed(0) });\n"  # 7: WAC402
        "  await setq({ project: `${p}`, tib: n });\n"  # 8: fine
        "});\n"
    ),
    # ---- a step name of a constant another module binds ---------------------------------
    "f/app/imported_name.ts": (
        'import { step, workflow } from "windmill-client";\n'
        'import { PREFIX } from "/f/kit/index.ts";\n\n'
        "export const main = workflow(async (x: string) => {\n"
        "  await step(`${PREFIX}-report`, () => x);\n"  # 5: WAC103 (info: a constant)
        "  await step(`${PREFIX}-${x}`, () => x);\n"  # 6: WAC103 (warning: from an input)
        "});\n"
    ),
    # ---- gathers that keep the suspension, in a helper of another module ---------------
    "f/lib/gathering.py": (
        "import asyncio\n\n\n"
        "async def settle_all(coros):\n"
        "    return await asyncio.gather(*coros, return_exceptions=True)\n\n\n"
        "async def run_all(coros):\n    return await asyncio.gather(*coros)\n\n\n"
        "async def first_done(coros):\n"
        "    done, _ = await asyncio.wait([asyncio.ensure_future(c) for c in coros])\n"
        "    return len(done)\n"
    ),
    "f/app/gathers.py": (
        "from wmill import task, workflow\n\n"
        "from f.lib.gathering import first_done, run_all, settle_all\n\n\n"
        "@task()\nasync def reserve(n: str) -> str:\n    return n\n\n\n"
        "@workflow\nasync def main(nodes: list[str]):\n"
        "    a = await settle_all([reserve(n) for n in nodes])\n"  # 13: WAC201
        "    b = await run_all([reserve(n) for n in nodes])\n"  # 14: fine
        "    c = await first_done([reserve(n) for n in nodes])\n"  # 15: WAC201
        "    d = await settle_all([n.upper() for n in nodes])\n"  # 16: nothing durable
        "    return [a, b, c, d]\n"
    ),
    "f/kit/settle.ts": (
        "export async function settle<T>(calls: PromiseLike<T>[]) {\n"
        "  return Promise.allSettled(calls);\n}\n"
        "export async function together<T>(calls: PromiseLike<T>[]) {\n"
        "  return Promise.all(calls);\n}\n"
    ),
    "f/app/gathers.ts": (
        'import { task, workflow } from "windmill-client";\n'
        'import { settle, together } from "/f/kit/settle.ts";\n\n'
        "const reserve = task(async (n: string) => n);\n\n"
        "export const main = workflow(async (nodes: string[]) => {\n"
        "  const a = await settle(nodes.map((n) => reserve(n)));\n"  # 7: WAC202
        "  const b = await together(nodes.map((n) => reserve(n)));\n"  # 8: fine
        "  return [a, b];\n});\n"
    ),
    # ---- an anonymous default-exported class over an imported base ---------------------
    "f/kit/rest.ts": (
        "export class RestBase {\n  constructor(protected base: string) {}\n"
        "  protected async request(path: string) {\n"
        "    return (await fetch(`${this.base}${path}`)).json();\n  }\n}\n"
    ),
    "f/kit/roster.ts": (
        'import { RestBase } from "./rest.ts";\n\n'
        "export default class extends RestBase {\n"
        "  async roster(course: string) {\n    return this.request(`/c/${course}`);\n  }\n"
        "  link(course: string) {\n    return `${this.base}/c/${course}`;\n  }\n}\n"
    ),
    "f/app/anonymous_class.ts": (
        'import { workflow } from "windmill-client";\n'
        'import Roster from "/f/kit/roster.ts";\n\n'
        "export const main = workflow(async (course: string) => {\n"
        '  const lms = new Roster("https://lms");\n'
        "  const students = await lms.roster(course);\n"  # 6: WAC101
        "  return { students, link: lms.link(course) };\n"  # pure
        "});\n"
    ),
}


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[int, str, str, str]]]:
    forget_projects()
    root = tmp_path_factory.mktemp("ak_small")
    (root / "wmill.yaml").write_text("defaultTs: bun\n")
    for name, text in SMALL.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    out: dict[str, list[tuple[int, str, str, str]]] = {}
    for name in SMALL:
        result = analyze_source(read_source(root / name))
        assert result.errors == [], result.errors
        out[name] = sorted(
            (f.row, f.code, f.severity, f.message) for f in result.findings if f.code != "WAC901"
        )
    return out


def rows(found: list[tuple[int, str, str, str]]) -> list[tuple[int, str]]:
    return sorted({(row, code) for row, code, _, _ in found})


def test_a_decorator_factory_of_another_module_on_a_helper(small) -> None:
    # scratch_sweep.py: `@retrying(attempts=3)` of f/rcc/lib/retry.py (catching
    # `BaseException`) on a helper of the file that awaits a task; only a decorator of the
    # file, or one written above a task itself, was read
    assert rows(small["f/app/retry_helpers.py"]) == [(39, "WAC201"), (40, "WAC201"), (41, "WAC201")]
    message = small["f/app/retry_helpers.py"][0][3]
    assert message == (
        "`retrying(attempts=3)` catches the SDK's suspension (a BaseException) (in `a → "
        "retrying`, which the workflow calls): the workflow cannot suspend here; catch "
        "`Exception` or `TaskError`, or re-raise"
    )
    for library in ("f/lib/retry.py", "f/lib/paths.py", "f/lib/tasks.py", "f/lib/api.py"):
        assert small[library] == []


def test_a_task_path_held_in_a_constant(small) -> None:
    # onboard_lab.py / archive_cold.py: `@task(path=Scripts.SET_QUOTA)` of another module
    # (a class of a third one): only a literal path was checked against the script
    found = small["f/app/path_tasks.py"]
    assert rows(found) == [(15, "WAC402"), (17, "WAC402")]
    assert found[0][3] == (
        "`set_quota` dispatches the script `f/ops/setq` (its `path`) with the arguments named "
        "after its own parameters (`project`, `tib`, `reason`); that script's `main` "
        "(`project`, `tib`, `tier`, from the `main` signature of f/ops/setq.py) does not take "
        "`reason`, which its `main` never receives"
    )


def test_an_enum_through_one_of_several_star_exports(small) -> None:
    # allocation_request.ts: a barrel with two `export *`; the module declaring the enum
    # was not taken for the one that binds it (enums are no value binding of the scopes)
    assert rows(small["f/app/enum_barrel.ts"]) == [(7, "WAC402")]


def test_the_object_a_default_exported_factory_returns(small) -> None:
    # allocation_request.ts: `import makeMailer from ...`, `const mailer = makeMailer(url)`
    found = small["f/app/factories.ts"]
    assert rows(found) == [(10, "WAC101"), (11, "WAC101"), (12, "WAC101"), (13, "WAC101")]
    assert "(reached through `main → f/kit/mailer.ts.default().send → fetch`)" in found[0][3]
    assert "(reached through `main → f/kit/named.ts.makeA().send → fetch`)" in found[-1][3]
    assert small["f/kit/mailer.ts"] == []


def test_names_a_star_import_binds(small) -> None:
    # onboard_lab.py: `from f.rcc.lib.models import Allocation` where models.py only
    # star-imports a module whose `__all__` leaves `Allocation` out
    found = small["f/app/stars.py"]
    assert rows(found) == [(3, "WAC403"), (5, "WAC403")]
    assert found[0][3] == (
        "f/lib/models.py defines no `Allocation`: Windmill's loader then fetches the script "
        "`f/lib/models/Allocation`, finds none and binds an empty module, so using "
        "`Allocation` fails at run time"
    )


def test_keyword_arguments_from_a_returned_literal(small) -> None:
    # drain_nodes.py: `await drain(**drain_args(node, reason))` of a function of another
    # module returning `{"node": node, "why": reason}`
    found = small["f/app/spread_call.py"]
    assert rows(found) == [(14, "WAC402"), (17, "WAC402")]
    assert [m for row, _, _, m in found if row == 14] == [
        "`f/ops/setq` requires `tib` (no default, from the `main` signature of "
        "f/ops/setq.py), which this call does not pass",
        "`tb` (a key of `**old_args(p, 1)`) is not a parameter of `f/ops/setq` (it takes "
        "`project`, `tib`, `tier`, from the `main` signature of f/ops/setq.py); did you mean "
        "`tib`?",
    ]
    assert rows(small["f/app/spread_call.ts"]) == [(7, "WAC402")]


def test_a_script_path_built_by_a_function(small) -> None:
    # scratch_sweep.py: `task_script(ops_script("purge_scratch"))` of a function of
    # another module returning `f"{OPS}/{name}"`
    assert rows(small["f/app/built_path.py"]) == [(8, "WAC401"), (13, "WAC402"), (14, "WAC402")]
    assert small["f/app/built_path.py"][0][3] == (
        "`f/ops/set_quota` matches no script in this repository"
    )
    assert rows(small["f/app/built_path.ts"]) == [(7, "WAC402")]


def test_a_string_built_for_a_number(small) -> None:
    # gpu_quota_report.ts: `tib: String(storage.quota_tib)` for `tib: int`
    found = small["f/app/built_string.py"]
    assert rows(found) == [(8, "WAC402"), (9, "WAC402")]
    assert found[0][2:] == (
        "warning",
        "`tib` of `f/ops/setq` is an integer, but this passes `str(n)`, a string (from the "
        "`main` signature of f/ops/setq.py)",
    )
    assert rows(small["f/app/built_string.ts"]) == [(6, "WAC402"), (7, "WAC402")]


def test_a_step_name_of_an_imported_constant(small) -> None:
    # gpu_quota_report.ts: `${STEP_PREFIX}-report` of a constant re-exported by a barrel
    # was called "computed at run time"
    found = small["f/app/imported_name.ts"]
    assert [(row, code, severity) for row, code, severity, _ in found] == [
        (5, "WAC103", "info"),
        (6, "WAC103", "warning"),
    ]
    assert found[0][3] == (
        "The step name '`${PREFIX}-report`' is the constant `\"acct-report\"`: stable across "
        "replays, but Windmill's parser only reads a literal at the call, so its diagram "
        'shows this step as `step`; write `"acct-report"` here'
    )


def test_gathers_that_keep_the_suspension_in_an_imported_helper(small) -> None:
    # workshop_setup.py / cohort_mail.ts (wave 2): `settle_all([...])` of a module whose
    # `asyncio.gather(..., return_exceptions=True)` returns the suspension as a result,
    # and `settle([...])` whose `Promise.allSettled` rejects with it; only a helper of
    # the file was read for them
    found = small["f/app/gathers.py"]
    assert rows(found) == [(13, "WAC201"), (15, "WAC201")]
    assert found[0][3] == (
        "`return_exceptions=True` also returns the SDK's suspension as a result (in "
        "`settle_all`, which the workflow calls): the tasks it gathers are never dispatched "
        "and the workflow carries on; drop `return_exceptions=True` and catch `Exception` "
        "around each task"
    )
    found = small["f/app/gathers.ts"]
    assert rows(found) == [(7, "WAC202")]
    assert found[0][3] == (
        "`Promise.allSettled` over durable calls turns the SDK's suspension (`StepSuspend`) "
        "into a rejected result (in `settle`, which the workflow calls): the code after it "
        "runs on every suspension; use `Promise.all`"
    )


def test_an_anonymous_default_exported_class_over_an_imported_base(small) -> None:
    # cohort_mail.ts (wave 2): `export default class extends RestBase {...}` whose
    # `roster` calls `this.request(...)`: the base member was looked up for a named
    # class only
    found = small["f/app/anonymous_class.ts"]
    assert rows(found) == [(6, "WAC101")]
    assert (
        "(reached through `main → f/kit/roster.ts.default.roster → "
        "f/kit/rest.ts.RestBase.request → fetch`)" in found[0][3]
    )
