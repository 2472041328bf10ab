"""Red team JB: everyday-style scripts (early returns, loops, handler branches, values
returned from steps and tasks), pinned with their exact messages."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def findings(code: str, language: str, code_: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>", code, language), select=[code_])
    return [(f.row, f.severity, f.message) for f in result.findings]


PY_APPROVAL = "from wmill import task, wait_for_approval, workflow\n\n"
TS_APPROVAL = 'import { task, waitForApproval, workflow } from "windmill-client";\n'


def in_loop(shown: str) -> str:
    return (
        f"The approval key {shown} is used inside a loop: the SDK raises on its second use; "
        "drop the key (approvals are then numbered) or call it once"
    )


def test_wac303_loop_left_right_after_the_approval_is_fine() -> None:
    code = PY_APPROVAL + (
        "@workflow\nasync def main(reviewers: list[str], owner: str):\n"
        "    for r in reviewers:\n        if r == owner:\n"
        "            d = await wait_for_approval(key='owner')\n            break\n"
        "    while True:\n        d = await wait_for_approval(key='final')\n"
        "        if d['approved']:\n            return 1\n        else:\n"
        "            raise RuntimeError('no')\n"
    )
    assert findings(code, LANG_PYTHON, "WAC303") == []
    ts_code = TS_APPROVAL + (
        "export const main = workflow(async (docs: string[]) => {\n"
        "  for (const d of docs) {\n    if (d.startsWith('legal/')) {\n"
        "      const a = await waitForApproval({ key: 'legal' });\n      return a;\n    }\n  }\n"
        "  return null;\n});\n"
    )
    assert findings(ts_code, LANG_TYPESCRIPT, "WAC303") == []


def test_wac303_loop_left_only_on_some_passes_still_fires() -> None:
    code = PY_APPROVAL + (
        "@workflow\nasync def main(envs: list[str]):\n    for env in envs:\n"
        "        gate = await wait_for_approval(key='gate')\n"
        "        if not gate['approved']:\n            break\n"
        "    for a in envs:\n        for b in envs:\n"
        "            await wait_for_approval(key='inner')\n            break\n"
        "    for a in envs:\n        await wait_for_approval(key='cont')\n        continue\n"
        "        break\n"
    )
    assert findings(code, LANG_PYTHON, "WAC303") == [
        (6, "error", in_loop("`'gate'`")),
        (11, "error", in_loop("`'inner'`")),
        (14, "error", in_loop("`'cont'`")),
    ]
    ts_code = TS_APPROVAL + (
        "export const main = workflow(async () => {\n  let i = 0;\n  do {\n"
        "    const a = await waitForApproval({ key: 'gate' });\n    if (a.approved) break;\n"
        "    i++;\n  } while (i < 3);\n"
        "  while ((await waitForApproval({ key: 'cond' })).approved) {\n    break;\n  }\n"
        "  return i;\n});\n"
    )
    assert findings(ts_code, LANG_TYPESCRIPT, "WAC303") == [
        (5, "error", in_loop("`'gate'`")),
        (9, "error", in_loop("`'cond'`")),
    ]


def test_wac303_key_held_in_a_constant() -> None:
    code = PY_APPROVAL + (
        "REVIEW = 'review'\n\n@workflow\nasync def main(xs: list[str]):\n"
        "    for x in xs:\n        await wait_for_approval(key=REVIEW)\n"
    )
    assert findings(code, LANG_PYTHON, "WAC303") == [
        (8, "error", in_loop('`REVIEW` (the string `"review"`)'))
    ]
    ts_code = TS_APPROVAL + (
        'const KEY = "payout";\nexport const main = workflow(async () => {\n'
        '  await waitForApproval({ key: "payout" });\n'
        "  return await waitForApproval({ key: KEY });\n});\n"
    )
    assert findings(ts_code, LANG_TYPESCRIPT, "WAC303") == [
        (
            5,
            "error",
            'The approval key `KEY` (the string `"payout"`) is already used on line 4: the SDK '
            "raises `WAC step key ... is already used` here; give each approval its own key",
        )
    ]


TS_TASK = 'import { step, task, workflow } from "windmill-client";\n'


def returned_by(shown: str, what: str, where: str, becomes: str) -> str:
    return (
        f"`{shown}` is {what} returned by this {where}: it is checkpointed as JSON and comes "
        f"back as {becomes}"
    )


def test_wac107_typescript_values_json_empties_or_stringifies() -> None:
    empty = "`{}` (JSON keeps none of it)"
    code = TS_TASK + (
        "function* chunks(xs: string[]) {\n  yield xs;\n}\n"
        "const a = task(async (p: string) => new RegExp(p));\n"
        "const b = task(async (xs: string[]) => new Map(xs.map((x) => [x, x])).values());\n"
        "const c = task(async (xs: string[]) => chunks(xs));\n"
        "const d = task(async (t: string) => t.matchAll(/a/g));\n"
        "export const main = workflow(async (u: string) => {\n"
        '  const e = await step("e", () => new TypeError(u));\n'
        '  const f = await step("f", () => new URL(u));\n'
        '  const g = await step("g", () => /x/);\n'
        "  return [await a(u), await b([u]), await c([u]), await d(u), e, f, g];\n});\n"
    )
    assert findings(code, LANG_TYPESCRIPT, "WAC107") == [
        (5, "error", returned_by("new RegExp(p)", "a `RegExp`", "task", empty)),
        (
            6,
            "error",
            returned_by("new Map(xs.map((x) => [x, x])).values()", "an iterator", "task", empty),
        ),
        (7, "error", returned_by("chunks(xs)", "a generator object", "task", empty)),
        (8, "error", returned_by("t.matchAll(/a/g)", "an iterator", "task", empty)),
        (
            10,
            "error",
            returned_by(
                "new TypeError(u)",
                "a `TypeError`",
                "step",
                "`{}` (its `message` and `stack` are not enumerable)",
            ),
        ),
        (11, "warning", returned_by("new URL(u)", "a `URL`", "step", "its `href` string")),
        (12, "error", returned_by("/x/", "a `RegExp`", "step", empty)),
    ]


def test_wac107_typescript_json_safe_look_alikes() -> None:
    code = TS_TASK + (
        "function* chunks(xs: string[]) {\n  yield xs;\n}\n"
        "const a = task(async (p: string) => new RegExp(p).source);\n"
        "const b = task(async (o: Record<string, number>) => Object.entries(o));\n"
        "const c = task(async (xs: string[]) => Array.from(chunks(xs)));\n"
        "const d = task(async (m: Map<string, number>) => [...m.values()]);\n"
        "declare const db: { entries(): Promise<string[]> };\n"
        "const g = task(async () => await db.entries());\n"
        "export const main = workflow(async (u: string) => {\n"
        '  const f = await step("f", () => new URL(u).href);\n'
        '  const e = await step("e", () => String(new Error(u)));\n'
        "  return [await a(u), await b({}), await c([u]), d, e, f, g];\n});\n"
    )
    assert findings(code, LANG_TYPESCRIPT, "WAC107") == []


PY_TASK = (
    "import logging\nfrom wmill import sleep, task, workflow\n\nlog = logging.getLogger()\n\n"
    "@task()\nasync def sync(x: str):\n    return x\n\n"
)
TS_CATCH = (
    'import { sleep, task, workflow } from "windmill-client";\n'
    "const sync = task(async (x: string) => x);\n"
)


def wac201(clause: str, path: str) -> str:
    return (
        f"`{clause}` catches the SDK's suspension (a BaseException) and {path}: on that path "
        "the suspension (and the dispatch it carries) is lost; catch `Exception` or "
        "`TaskError`, or re-raise it first"
    )


def wac202(path: str) -> str:
    return (
        f"This catch also catches the SDK's suspension (`StepSuspend` is an Error) and {path}: "
        "on that path its handler runs on every suspension; rethrow it first: "
        '`if (e?.name === "StepSuspend") throw e`'
    )


def test_wac201_a_branch_the_suspension_takes_returns_before_the_raise() -> None:
    code = PY_TASK + (
        "@workflow\nasync def main(x: str):\n    try:\n        return await sync(x)\n"
        "    except BaseException as e:\n        if not isinstance(e, KeyboardInterrupt):\n"
        "            log.warning('failed')\n            return None\n        raise\n"
    )
    assert findings(code, LANG_PYTHON, "WAC201") == [
        (
            14,
            "error",
            wac201(
                "except BaseException as e:",
                "as `not isinstance(e, KeyboardInterrupt)` is true for it, leaves through the "
                "`return` on line 17",
            ),
        )
    ]


def test_wac201_rethrow_gated_by_a_test_of_something_else_or_never_true() -> None:
    code = PY_TASK + (
        "@workflow\nasync def main(x: str, n: int = 3):\n    for i in range(n):\n"
        "        try:\n            return await sync(x)\n        except:\n"
        "            if i == n - 1:\n                raise\n            await sleep(5)\n"
        "    try:\n        return await sync(x)\n    except BaseException as e:\n"
        "        if isinstance(e, (SystemExit, KeyboardInterrupt)):\n            raise\n"
        "        return None\n"
    )
    assert findings(code, LANG_PYTHON, "WAC201") == [
        (
            15,
            "error",
            wac201(
                "except:",
                "re-raises it only when `i == n - 1` is true; otherwise the handler carries on",
            ),
        ),
        (
            21,
            "error",
            wac201(
                "except BaseException as e:",
                "re-raises it only when `isinstance(e, (SystemExit, KeyboardInterrupt))` is true "
                "(never, for it); otherwise it leaves through the `return` on line 24",
            ),
        ),
    ]


def test_wac201_branches_the_suspension_never_takes_are_fine() -> None:
    code = PY_TASK + (
        "@workflow\nasync def main(x: str):\n    try:\n        r = await sync(x)\n"
        "    except BaseException as e:\n        if isinstance(e, Exception):\n"
        "            return None\n        raise\n    try:\n        r = await sync(x)\n"
        "    except BaseException as e:\n        if isinstance(e, ValueError):\n"
        "            r = None\n        else:\n            raise\n    return r\n"
    )
    assert findings(code, LANG_PYTHON, "WAC201") == []


def test_wac202_paths_of_a_typescript_handler() -> None:
    code = TS_CATCH + (
        "export const main = workflow(async (x: string) => {\n"
        "  for (let i = 0; i < 3; i++) {\n    try {\n      return await sync(x);\n"
        "    } catch (e: any) {\n      if (e?.fatal) throw e;\n"
        '      console.warn("retrying", e);\n      await sleep(5);\n    }\n  }\n'
        "  try {\n    return await sync(x);\n  } catch (e: any) {\n"
        "    if (e.status === 429) {\n      return null;\n    }\n    throw e;\n  }\n});\n"
    )
    assert findings(code, LANG_TYPESCRIPT, "WAC202") == [
        (
            7,
            "error",
            wac202(
                "rethrows it only when `e?.fatal` is true (never, for it); otherwise the handler "
                "carries on"
            ),
        )
    ]


def test_wac202_a_pure_test_then_a_durable_call_is_a_warning() -> None:
    code = TS_CATCH + (
        "export const main = workflow(async (x: string) => {\n"
        "  for (let i = 0; i < 3; i++) {\n    try {\n      return await sync(x);\n"
        "    } catch (e) {\n      if (i === 2) throw e;\n      await sleep(5);\n    }\n  }\n"
        "  return null;\n});\n"
    )
    assert findings(code, LANG_TYPESCRIPT, "WAC202") == [
        (
            7,
            "warning",
            "This catch also catches the SDK's suspension (`StepSuspend` is an Error) and "
            "reaches a durable call before doing anything else: windmill-client 1.818.0 "
            "rethrows the suspension there, before dispatching it, so the workflow still "
            'suspends; the guide asks to rethrow it first: `if (e?.name === "StepSuspend") '
            "throw e`",
        )
    ]


def test_wac106_python_helper_returns_an_awaitable_unawaited() -> None:
    code = (
        "import asyncio\nfrom wmill import task, workflow\n\nCACHE = {}\n\n@task()\n"
        "async def lookup(x: str):\n    return x\n\n"
        "async def cached(x: str):\n    if x in CACHE:\n        return CACHE[x]\n"
        "    return lookup(x)\n\n"
        "async def many(xs: list[str]):\n    if not xs:\n        return []\n"
        "    return asyncio.gather(*[lookup(x) for x in xs])\n\n"
        "async def fine(x: str):\n    if x in CACHE:\n        return CACHE[x]\n"
        "    return await lookup(x)\n\n"
        "@workflow\nasync def main(x: str):\n    a = await cached(x)\n"
        "    b = await many([x])\n    c = await fine(x)\n    return [a, b, c]\n"
    )
    assert findings(code, LANG_PYTHON, "WAC106") == [
        (
            27,
            "error",
            "`cached(...)` returns `lookup(...)` without `await` (line 13): awaiting "
            "`cached(...)` gives the workflow that awaitable, not its result; write "
            "`return await lookup(...)` in `cached`",
        ),
        (
            28,
            "error",
            "`many(...)` returns `asyncio.gather(...)` without `await` (line 18): awaiting "
            "`many(...)` gives the workflow that awaitable, not its result; write "
            "`return await asyncio.gather(...)` in `many`",
        ),
    ]


def test_wac106_typescript_async_helper_returning_a_task_is_fine() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const lookup = task(async (x: string) => x);\n"
        "async function cached(x: string) {\n  if (!x) return null;\n  return lookup(x);\n}\n"
        "export const main = workflow(async (x: string) => {\n"
        "  if (x === 'dry') return lookup(x);\n  return await cached(x);\n});\n"
    )
    assert findings(code, LANG_TYPESCRIPT, "WAC106") == []


def test_wac106_durable_call_dropped_inside_an_async_helper() -> None:
    code = (
        "from wmill import sleep, task, workflow\n\n@task()\nasync def notify(x: str):\n"
        "    return x\n\nasync def announce(x: str, loud: bool):\n    if not loud:\n"
        "        return\n    notify(x)\n    sleep(5)\n\n"
        "@workflow\nasync def main(x: str):\n    await announce(x, True)\n"
        "    await announce(x, False)\n    return 1\n"
    )
    assert findings(code, LANG_PYTHON, "WAC106") == [
        (
            15,
            "error",
            "`announce(...)` calls `notify(...)` without `await` (line 10): the SDK still "
            "dispatches the task, but its result is lost (a failure still raises "
            "`TaskError` at that call when the body replays); `await` it in `announce`",
        ),
        (
            15,
            "error",
            "`announce(...)` calls `sleep(...)` without `await` (line 11): the coroutine never "
            "runs; `await` it in `announce`",
        ),
    ]
    ts_code = (
        'import { task, workflow } from "windmill-client";\n'
        "const notify = task(async (x: string) => x);\n"
        "async function announce(x: string, loud: boolean) {\n  if (!loud) return;\n"
        "  notify(x);\n  void notify(x);\n}\n"
        "export const main = workflow(async (x: string) => {\n  await announce(x, true);\n"
        "  return 1;\n});\n"
    )
    assert findings(ts_code, LANG_TYPESCRIPT, "WAC106") == [
        (
            9,
            "error",
            "`announce(...)` calls `notify(...)` without `await` (line 5): the SDK still "
            "dispatches the task, but its result and its failure are lost; `await` it in "
            "`announce`",
        )
    ]


def test_wac106_stored_list_returned_on_one_path_gathered_on_another() -> None:
    code = (
        "import asyncio\nfrom wmill import task, workflow\n\n@task()\nasync def r(x: str):\n"
        "    return x\n\n@workflow\nasync def main(xs: list[str], dry: bool):\n"
        "    jobs = [r(x) for x in xs]\n    if dry:\n        return jobs\n"
        "    return await asyncio.gather(*jobs)\n"
    )
    message = (
        "`r(...)` is returned inside a list or object without being awaited: the workflow "
        "would return coroutines, not their results; return `await asyncio.gather(...)`"
    )
    assert findings(code, LANG_PYTHON, "WAC106") == [(12, "error", message)]
    ts_code = (
        'import { task, workflow } from "windmill-client";\n'
        "const r = task(async (x: string) => x);\n"
        "export const main = workflow(async (xs: string[], dry: boolean) => {\n"
        "  const one = r(xs[0]);\n  if (dry) return one;\n"
        "  const jobs = xs.map((x) => r(x));\n  if (dry) return jobs;\n"
        "  return [await one, await Promise.all(jobs)];\n});\n"
    )
    assert findings(ts_code, LANG_TYPESCRIPT, "WAC106") == [
        (
            7,
            "error",
            "`r(...)` is returned inside a list or object without being awaited: the workflow "
            "would return promises, not their results; return `await Promise.all(...)`",
        )
    ]


def test_handler_tests_of_names_built_from_the_error_are_read_as_filters() -> None:
    ts_code = TS_CATCH + (
        "export const main = workflow(async (x: string) => {\n  try {\n"
        "    return await sync(x);\n  } catch (err: any) {\n"
        "    const msg = String(err?.message ?? err);\n"
        '    if (msg.includes("declined")) return null;\n    throw err;\n  }\n});\n'
    )
    assert findings(ts_code, LANG_TYPESCRIPT, "WAC202") == []
    code = PY_TASK + (
        "@workflow\nasync def main(x: str, ids: list[str]):\n    try:\n"
        "        return await sync(x)\n    except BaseException as e:\n"
        "        if type(e).__name__ == 'TaskError':\n            return None\n"
        "        raise\n    finally:\n        pass\n"
    )
    assert findings(code, LANG_PYTHON, "WAC201") == []
    bare = PY_TASK + (
        "@workflow\nasync def main(x: str, ids: list[str]):\n    try:\n"
        "        return await sync(x)\n    except:\n        if len(ids) > 3:\n"
        "            return None\n        raise\n"
    )
    assert findings(bare, LANG_PYTHON, "WAC201") == [
        (
            14,
            "error",
            wac201(
                "except:", "when `len(ids) > 3` is true, leaves through the `return` on line 16"
            ),
        )
    ]


def test_wac107_values_inside_returned_containers() -> None:
    code = TS_TASK + (
        "const a = task(async (ids: string[]) => {\n  const seen = new Set(ids);\n"
        "  return { n: ids.length, seen };\n});\n"
        "export const main = workflow(async (id: string) => {\n"
        '  const s = await step("s", () => ({ at: { when: new Date() }, list: [/x/] }));\n'
        "  return [await a([id]), s];\n});\n"
    )
    assert findings(code, LANG_TYPESCRIPT, "WAC107") == [
        (
            4,
            "error",
            returned_by("seen", "a `Set`", "task", "`{}` (its items are lost)").replace(
                "returned by this task", "inside the value returned by this task"
            ),
        ),
        (
            7,
            "warning",
            "`new Date()` is a `Date` inside the value returned by this step: it is "
            "checkpointed as JSON and comes back as its ISO string",
        ),
        (
            7,
            "error",
            "`/x/` is a `RegExp` inside the value returned by this step: it is checkpointed as "
            "JSON and comes back as `{}` (JSON keeps none of it)",
        ),
    ]
    py_code = (
        "from wmill import task, workflow\n\n@task()\nasync def owners(xs: list[str]):\n"
        "    return {'n': len(xs), 'owners': {x for x in xs}, 'sorted': sorted(set(xs))}\n\n"
        "@workflow\nasync def main(xs: list[str]):\n    return await owners(xs)\n"
    )
    assert findings(py_code, LANG_PYTHON, "WAC107") == [
        (
            5,
            "error",
            "`{x for x in xs}` is a set inside the value returned by this task: it is "
            "checkpointed as JSON and comes back as a string of its repr (`\"{'a', 'b'}\"`)",
        )
    ]


def test_wac201_elif_chains_read_each_test() -> None:
    code = PY_TASK.replace("import logging\n", "import logging\nfrom wmill import TaskError\n") + (
        "@workflow\nasync def main(x: str, strict: bool):\n    try:\n        await sync(x)\n"
        "    except BaseException as e:\n        if strict:\n            raise\n"
        "        elif isinstance(e, TaskError):\n            return None\n        else:\n"
        "            raise\n    try:\n        await sync(x)\n    except BaseException as e:\n"
        "        if isinstance(e, TaskError):\n            log.warning('failed')\n"
        "        else:\n            return None\n    return 1\n"
    )
    assert findings(code, LANG_PYTHON, "WAC201") == [
        (
            24,
            "error",
            wac201(
                "except BaseException as e:",
                "as `isinstance(e, TaskError)` is false for it, leaves through the `return` on "
                "line 28",
            ),
        )
    ]


def test_wac202_durable_call_first_then_return_is_a_warning() -> None:
    code = TS_CATCH + (
        "const rollback = task(async (x: string) => x);\n"
        "export const main = workflow(async (x: string) => {\n  try {\n"
        "    return await sync(x);\n  } catch (e) {\n    await rollback(x);\n"
        "    return null;\n  }\n});\n"
    )
    assert [(row, severity) for row, severity, _ in findings(code, LANG_TYPESCRIPT, "WAC202")] == [
        (7, "warning")
    ]
