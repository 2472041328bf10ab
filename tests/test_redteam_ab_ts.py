"""Red team AB (abt): regressions for the general causes behind its TypeScript corpus
(`tests/corpus/adversarial/ab_ts_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def findings(code: str, *codes: str, lang: str = LANG_TYPESCRIPT) -> list[tuple[int, str]]:
    name = "<t>.ts" if lang == LANG_TYPESCRIPT else "<t>.py"
    result = analyze_source(SourceFile(name, code, lang), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.code) for f in result.findings]


def messages(code: str, code_: str) -> list[str]:
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=[code_])
    return [f.message for f in result.findings]


TASKS = (
    'import { task, sleep, workflow } from "windmill-client";\n'
    "const water = task(async (zone: string) => zone);\n"
)


def test_an_anonymous_default_export_using_wac_is_the_entry() -> None:
    # windmill-oracle dag: "No workflow() wrapped async function found."
    fn = TASKS + (
        "export default async function (zones: string[]) {\n"  # 3
        "  await sleep(60);\n"
        "  return await water(zones[0]);\n"
        "}\n"
    )
    assert findings(fn, "WAC005") == [(3, "WAC005")]
    assert messages(fn, "WAC005")[0].startswith("the function the script exports by default")
    # a helper module that does not import `workflow`: its default export is not an entry
    helper = fn.replace("import { task, sleep, workflow }", "import { task, sleep }")
    assert findings(helper, "WAC005") == []
    arrow = TASKS + "export default async (zones: string[]) => {\n  await sleep(1);\n};\n"
    assert findings(arrow, "WAC005") == [(3, "WAC005")]
    # a script that has a `main` workflow: its default export is not the entry
    both = TASKS + (
        "export const main = workflow(async (z: string) => await water(z));\n"
        "export default async function (z: string) {\n  return await water(z);\n}\n"
    )
    assert findings(both, "WAC005") == []


def test_a_plain_function_exported_as_main_is_the_entry() -> None:
    code = TASKS + (
        "async function nightly(zones: string[]) {\n"  # 3
        "  await sleep(60);\n"
        "  return await water(zones[0]);\n"
        "}\n"
        "export { nightly as main };\n"
    )
    assert findings(code, "WAC005") == [(3, "WAC005")]
    assert messages(code, "WAC005")[0].startswith("`nightly`, which the script exports")
    default_name = code.replace("export { nightly as main };", "export default nightly;")
    assert findings(default_name, "WAC005") == [(3, "WAC005")]
    # the workflow form of the same stays the rename finding at the workflow
    wf = TASKS + (
        "const nightly = workflow(async (zones: string[]) => await water(zones[0]));\n"
        "export { nightly as main };\n"
    )
    assert findings(wf, "WAC005") == [(3, "WAC005")]
    assert "does not follow the rename" in messages(wf, "WAC005")[0]


def test_generator_workflows_and_tasks_never_run_their_body() -> None:
    # windmill-client 1.818.0: workflow(fn) returns fn; task's wrapper awaits fn(...args):
    # a generator function's call returns the generator object, body unrun
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const pages = task(async function* (n: number) {\n"  # 2
        "  yield n;\n"
        "});\n"
        "const record = task(async (n: number) => n);\n"
        "export const main = workflow(async function* (xs: number[]) {\n"  # 6
        "  for (const x of xs) yield await record(x);\n"
        "});\n"
    )
    assert findings(code, "WAC004") == [(2, "WAC004"), (6, "WAC004")]
    plain = code.replace("async function*", "async function").replace("yield ", "return ")
    assert findings(plain, "WAC004") == []


def test_a_module_level_clock_value_only_logged_in_the_body_is_not_reported() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const started = Date.now();\n"
        "const RUN = crypto.randomUUID();\n"
        "const t = task(async (x: string) => x);\n"
        "export const main = workflow(async (x: string) => {\n"
        "  console.log(`round took ${Date.now() - started}ms`);\n"
        '  console.log("run", RUN);\n'
        "  const r = await t(x);\n"
        "  return { r, run: RUN };\n"  # 9: read for the result
        "});\n"
    )
    assert findings(code, "WAC102") == [(9, "WAC102")]
    py = (
        "import time\n"
        "from wmill import task, workflow\n"
        "STARTED = time.time()\n"
        "@task()\n"
        "async def t(x: str):\n"
        "    return x\n"
        "@workflow\n"
        "async def main(x: str):\n"
        "    r = await t(x)\n"
        '    print(f"took {time.time() - STARTED:.1f}s")\n'
        "    return r\n"
    )
    assert findings(py, "WAC102", lang=LANG_PYTHON) == []


def test_defaults_destructured_in_the_workflow_parameter_run_every_round() -> None:
    # the runner calls the workflow function with the run's input each round; a member it
    # lacks takes its default then (windmill-oracle sig: one object argument, no default)
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const hold = task(async (plate: string, at: string) => plate + at);\n"
        "type Args = { plate: string; at?: string; opts?: { id?: string } };\n"
        "export const main = workflow(async ({\n"
        "  plate,\n"
        "  at = new Date().toISOString(),\n"  # 6
        '  opts: { id = "fixed" } = {},\n'
        "}: Args) => {\n"
        "  return await hold(plate, at + id);\n"
        "});\n"
    )
    assert findings(code, "WAC102") == [(6, "WAC102")]
    nested = code.replace('id = "fixed"', "id = crypto.randomUUID()")
    assert findings(nested, "WAC102") == [(6, "WAC102"), (7, "WAC102")]
    # a task's destructured default is evaluated in its own job
    in_task = (
        'import { task, workflow } from "windmill-client";\n'
        "const hold = task(async ({ at = new Date().toISOString() }: { at?: string }) => at);\n"
        "export const main = workflow(async (x: string) => await hold({}));\n"
    )
    assert findings(in_task, "WAC102") == []


def test_a_task_picked_from_a_map_of_tasks_is_a_task_call() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const a = task(async (x: string) => x);\n"
        "const b = task(async (x: string) => x + 'b');\n"
        "const HANDLERS = new Map<string, typeof a>([\n"
        '  ["a", a],\n'
        '  ["b", b],\n'
        "]);\n"
        "export const main = workflow(async (xs: string[], kind: string) => {\n"
        "  HANDLERS.get(kind)?.(xs[0]);\n"  # 9
        "  HANDLERS.get(kind)!(xs[1]);\n"  # 10
        "  const h = HANDLERS.get(kind);\n"
        "  if (h) h(xs[2]);\n"  # 12
        "  const kept = await HANDLERS.get(kind)?.(xs[3]);\n"
        "  return kept;\n"
        "});\n"
    )
    assert findings(code, "WAC106") == [(9, "WAC106"), (10, "WAC106"), (12, "WAC106")]
    # a Map of plain functions, or a local class called Map, holds no tasks
    plain = code.replace('["a", a]', '["a", (x: string) => x]')
    assert findings(plain, "WAC106") == []
    local = code.replace(
        "const HANDLERS",
        "class Map<K, V> {\n"
        "  constructor(_: unknown) {}\n"
        "  get(_: K): V | undefined {\n    return undefined;\n  }\n"
        "}\nconst HANDLERS",
    )
    assert findings(local, "WAC106") == []


def test_timers_without_a_delay_and_promise_timers_do_not_crash_wac101() -> None:
    # the global setTimeout takes (callback, delay); node:timers/promises' takes (delay,
    # value): reading the delay of the first as the second raised IndexError
    code = (
        'import timers from "node:timers/promises";\n'
        'import { setTimeout as delay, setImmediate as tick } from "node:timers/promises";\n'
        'import { task, workflow } from "windmill-client";\n'
        "const a = task(async (x: string) => x);\n"
        "export const main = workflow(async (route: string) => {\n"
        "  await new Promise((r) => setTimeout(r));\n"
        "  await new Promise((r) => setTimeout(r, 0));\n"
        "  await new Promise((r) => setImmediate(r));\n"
        "  await delay(0);\n"
        "  await tick();\n"
        "  await timers.setTimeout(1000);\n"  # 11
        "  await new Promise((r) => setTimeout(r, 250));\n"  # 12
        "  await delay(10);\n"  # 13
        "  return await a(route);\n"
        "});\n"
    )
    assert findings(code, "WAC101") == [(11, "WAC101"), (12, "WAC101"), (13, "WAC101")]


def test_promisified_set_timeout_is_the_promise_timer() -> None:
    # Node's setTimeout[util.promisify.custom] is timers/promises' setTimeout(ms, value)
    code = (
        'import { promisify } from "node:util";\n'
        'import util from "node:util";\n'
        'import { task, workflow } from "windmill-client";\n'
        "const t = task(async (x: string) => x);\n"
        "const wait = promisify(setTimeout);\n"
        "const nap = util.promisify(setTimeout);\n"
        "export const main = workflow(async (n: number) => {\n"
        "  await wait(100);\n"  # 8
        "  await nap(250);\n"  # 9
        "  await wait(0);\n"
        "  return await t('x');\n"
        "});\n"
    )
    assert findings(code, "WAC101") == [(8, "WAC101"), (9, "WAC101")]


def test_a_switch_case_falling_through_reuses_an_approval_key() -> None:
    # windmill-client 1.818.0 _waitForApproval: a reused explicit key throws
    code = (
        'import { waitForApproval, workflow } from "windmill-client";\n'
        "export const main = workflow(async (level: string) => {\n"
        "  switch (level) {\n"
        '    case "high":\n'
        '      await waitForApproval({ key: "sign_off" });\n'
        "    // falls through\n"
        '    case "medium": {\n'
        '      await waitForApproval({ key: "sign_off" });\n'  # 8
        "      break;\n"
        "    }\n"
        "    default:\n"
        '      await waitForApproval({ key: "sign_off" });\n'  # 12: after a break
        "  }\n"
        "});\n"
    )
    assert findings(code, "WAC303") == [(8, "WAC303")]
    # a case ending in `break` (also inside its block) or `return` does not fall through
    broken = code.replace(
        '      await waitForApproval({ key: "sign_off" });\n    // falls through\n',
        '      await waitForApproval({ key: "sign_off" });\n      return;\n',
    )
    assert findings(broken, "WAC303") == []
    # Python's match cases never fall through
    py = (
        "from wmill import wait_for_approval, workflow\n"
        "@workflow\n"
        "async def main(level: str):\n"
        "    match level:\n"
        '        case "high":\n'
        '            await wait_for_approval(key="sign_off")\n'
        '        case "medium":\n'
        '            await wait_for_approval(key="sign_off")\n'
    )
    assert findings(py, "WAC303", lang=LANG_PYTHON) == []


def test_a_default_export_in_v1_mode_is_named_as_such() -> None:
    code = (
        TASKS + "export default async function (zone: string) {\n  return await water(zone);\n}\n"
    )
    (message,) = messages(code, "WAC005")
    assert message.startswith("the function the script exports by default is not a workflow")
    assert "while it holds its worker" in message and "`main` holds" not in message
