"""Red team X (xt): regressions for the general causes behind its TypeScript corpus
(`tests/corpus/adversarial/x_ts_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile


def findings(code: str, *codes: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.code) for f in result.findings]


HEAD = (
    'import { task, step, sleep, waitForApproval, workflow } from "windmill-client";\n'
    "const send = task(async (to: string, body: string) => {\n"
    '  await fetch(`https://x/${to}`, { method: "POST", body });\n'
    "});\n"
)


def test_call_and_apply_pass_the_task_the_arguments_after_this() -> None:
    # `Function.prototype.call(thisArg, ...args)` / `apply(thisArg, [args])` /
    # `Reflect.apply(fn, thisArg, [args])`: the wrapper receives `args`, not `thisArg`
    code = HEAD + (
        "export const main = workflow(async (to: string, rest: string[]) => {\n"
        '  await send.call(null, to, "hi");\n'
        '  await send.apply(undefined, [to, "hi"]);\n'
        '  await Reflect.apply(send, null, [to, "hi"]);\n'
        "  await send.apply(null, [...rest]);\n"
        "  await send.apply(null, rest);\n"
        '  await send.bind(null, to)("hi");\n'
        "  await send.call(null, to);\n"  # 12: `body` missing
        '  await send.apply(null, [to, "hi", "x"]);\n'  # 13: one too many
        "});\n"
    )
    assert findings(code, "WAC402") == [(12, "WAC402"), (13, "WAC402")]


def test_a_task_bound_with_bind_is_a_task_whose_calls_must_be_awaited() -> None:
    # `Function.prototype.bind` is JavaScript's `functools.partial`: calling the bound
    # function calls the task's wrapper, which queues a step and hands back its `{ then }`
    code = HEAD + (
        'const toOps = send.bind(null, "ops");\n'  # 5
        "export const main = workflow(async (to: string) => {\n"
        "  const say = send.bind(null, to);\n"
        '  say("a");\n'  # 8
        '  await say("b");\n'
        '  toOps("c");\n'  # 10
        '  await toOps("d", "e");\n'  # 11: "ops", "d", "e": one too many
        '  await Promise.all([say("x"), toOps("y")]);\n'
        "});\n"
    )
    assert findings(code, "WAC106", "WAC402") == [(8, "WAC106"), (10, "WAC106"), (11, "WAC402")]
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=["WAC402"])
    assert "sent as `arg2`" in result.findings[0].message


def test_bind_of_something_else_is_not_a_task() -> None:
    code = HEAD + (
        "const other = { bind: (x: unknown) => async (y: string) => y };\n"
        "export const main = workflow(async (to: string) => {\n"
        "  const f = other.bind(1);\n"
        "  f(to);\n"
        "  const g = send.bind(null, ...[to]);\n"
        "  await g();\n"
        "});\n"
    )
    assert findings(code, "WAC106", "WAC402") == []


TOOLS = (
    'import { task, workflow } from "windmill-client";\n'
    "const ack = task(async (id: string, user: string) => id + user);\n"
    "const resolve = task(async (id: string, user: string) => id + user);\n"
    "const page = task(async (id: string) => id);\n"
)


def test_a_task_picked_from_a_table_by_a_run_time_key_is_a_task_call() -> None:
    # every entry is a task of the file taking the same parameters: whichever the key
    # picks, the call queues a step whose `{ then }` must be awaited
    code = TOOLS + (
        "const HANDLERS = { ack, resolve: resolve };\n"
        "const MIXED = { ack, page };\n"  # 6: parameters differ: not taken
        "const NOT_ALL = { ack, log: async (id: string, user: string) => id };\n"
        "export const main = workflow(async (verb: 'ack' | 'resolve', id: string, u: string) => {\n"
        "  HANDLERS[verb](id, u);\n"  # 9
        "  await HANDLERS[verb](id, u);\n"
        "  ({ ack, resolve } as const)[verb](id, u);\n"  # 11
        "  MIXED[verb as 'ack'](id, u);\n"
        "  NOT_ALL[verb as 'ack'](id, u);\n"
        "  HANDLERS[verb](id);\n"  # 14: dropped, and `user` missing
        "});\n"
    )
    assert findings(code, "WAC106", "WAC402") == [
        (9, "WAC106"),
        (11, "WAC106"),
        (14, "WAC106"),
        (14, "WAC402"),
    ]


def test_a_stored_task_promise_returned_in_shorthand_is_returned_not_dropped() -> None:
    # `return { results }` reads `results` as `return { results: results }` does
    code = TOOLS + (
        "export const main = workflow(async (ids: string[]) => {\n"
        "  const results = ids.map((i) => page(i));\n"
        "  return { results };\n"  # 7
        "});\n"
    )
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=["WAC106"])
    assert [(f.row, f.code) for f in result.findings] == [(7, "WAC106")]
    assert "returned inside a list or object" in result.findings[0].message


def test_a_task_given_to_step_as_its_function_is_called_inside_the_callback() -> None:
    code = HEAD + (
        "const alias = send;\n"
        "const plain = async (to: string) => to;\n"
        "export const main = workflow(async (to: string) => {\n"
        "  await step('a', send);\n"  # 8
        "  await step('b', send.bind(null, to, 'x'));\n"  # 9
        "  await step('c', alias);\n"  # 10
        "  await step('d', plain.bind(null, to));\n"
        "  await step('e', () => to);\n"
        "});\n"
    )
    assert findings(code, "WAC304") == [(8, "WAC304"), (9, "WAC304"), (10, "WAC304")]


def test_a_python_task_given_to_step_by_name() -> None:
    from wac_lint.source import LANG_PYTHON

    code = (
        "from wmill import task, step, workflow\n\n"
        "@task()\nasync def rows(day: str):\n    return [day]\n\n"
        "def plain():\n    return 1\n\n"
        "@workflow\nasync def main(day: str):\n"
        "    a = await step('a', rows)\n"  # 12
        "    b = await step('b', plain)\n"
        "    return a, b\n"
    )
    result = analyze_source(SourceFile("<t>.py", code, LANG_PYTHON), select=["WAC304"])
    assert [(f.row, f.code) for f in result.findings] == [(12, "WAC304")]


def test_a_delay_from_a_function_of_the_file_that_returns_milliseconds() -> None:
    code = HEAD + (
        "const days = (n: number) => n * 86_400_000;\n"
        "function minutes(n: number) {\n  return n * 60 * 1000;\n}\n"
        "const secondsIn = (n: number) => n * 3600;\n"
        "function mixed(n: number) {\n  if (n > 1) return n * 1000;\n  return n;\n}\n"
        "export const main = workflow(async () => {\n"
        "  await waitForApproval({ timeout: days(2) });\n"  # 15
        "  await sleep(minutes(5));\n"  # 16
        "  await waitForApproval({ timeout: secondsIn(2) });\n"
        "  await sleep(mixed(3));\n"
        "});\n"
    )
    assert findings(code, "WAC301", "WAC302") == [(15, "WAC302"), (16, "WAC301")]


def test_a_delay_imported_from_a_module_that_computes_it_in_milliseconds(tmp_path) -> None:
    from wac_lint.engine import read_source

    (tmp_path / "durations.ts").write_text(
        "export const HOUR_MS = 60 * 60 * 1000;\n"
        "export function hours(n: number): number {\n  return n * HOUR_MS;\n}\n"
        "export const hoursInSeconds = (n: number) => n * 3600;\n"
        "export const REMIND_EVERY = 4 * HOUR_MS;\n"
        "export const REMIND_SECONDS = 4 * 3600;\n",
        encoding="utf-8",
    )
    script = tmp_path / "flow.ts"
    script.write_text(
        'import { sleep, waitForApproval, workflow } from "windmill-client";\n'
        'import { hours, hoursInSeconds, REMIND_EVERY, REMIND_SECONDS } from "./durations";\n'
        "export const main = workflow(async () => {\n"
        "  await waitForApproval({ timeout: hours(48) });\n"  # 4
        "  await waitForApproval({ timeout: hoursInSeconds(48) });\n"
        "  await sleep(REMIND_EVERY);\n"  # 6
        "  await sleep(REMIND_SECONDS);\n"
        "});\n",
        encoding="utf-8",
    )
    result = analyze_source(read_source(script), select=["WAC301", "WAC302"])
    assert [(f.row, f.code) for f in result.findings] == [(4, "WAC302"), (6, "WAC301")]


def test_default_locale_and_time_zone_read_in_the_body() -> None:
    code = HEAD + (
        "export const main = workflow(async (ts: string, n: number) => {\n"
        "  await send(new Date(ts).toLocaleDateString(), 'x');\n"  # 6
        "  await send(new Intl.NumberFormat().format(n), 'x');\n"  # 7
        "  await send(String(new Date(ts).getTimezoneOffset()), 'x');\n"  # 8
        "  await send(n.toLocaleString(), 'x');\n"  # 9
        "  await send(new Date(ts).toLocaleString('en-GB', { timeZone: 'UTC' }), 'x');\n"
        "  await send(new Intl.NumberFormat('en-US').format(n), 'x');\n"
        "  console.log(`at ${new Date(ts).toLocaleTimeString()}: ${n.toLocaleString()}`);\n"
        "  await step('label', () => new Date(ts).toLocaleDateString());\n"
        "});\n"
    )
    assert findings(code, "WAC102") == [(6, "WAC102"), (7, "WAC102"), (8, "WAC102"), (9, "WAC102")]
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=["WAC102"])
    assert "default locale and time zone" in result.findings[0].message


def test_a_timeout_signal_made_in_the_body_decides_by_the_clock() -> None:
    code = HEAD + (
        "export const main = workflow(async (ids: string[]) => {\n"
        "  const deadline = AbortSignal.timeout(60_000);\n"  # 6
        "  for (const id of ids) {\n"
        "    if (deadline.aborted) break;\n"
        "    await send(id, 'x');\n"
        "  }\n"
        "  await step('get', () => fetch('https://x', { signal: AbortSignal.timeout(5000) }));\n"
        "  const signal = AbortSignal.timeout(10_000);\n"  # only handed on: not reported
        "  await step('put', () => fetch('https://x', { method: 'PUT', signal }));\n"
        "});\n"
    )
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=["WAC102"])
    assert [(f.row, f.code) for f in result.findings] == [(6, "WAC102")]
    assert "capture it with" not in result.findings[0].message
    assert result.findings[0].fix is None


def test_a_task_in_a_namespace_is_not_drawn() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "namespace Tools {\n"
        "  export const search = task(async (q: string) => q);\n"  # 3
        "}\n"
        "const direct = task(async (q: string) => q);\n"
        "export const main = workflow(async (q: string) => {\n"
        "  return [await Tools.search(q), await direct(q)];\n"
        "});\n"
    )
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=["WAC003"])
    assert [(f.row, f.code) for f in result.findings] == [(3, "WAC003")]
    assert "namespace" in result.findings[0].message


def test_a_task_body_changing_module_state_the_workflow_reads() -> None:
    # the task runs as its own job: the change never reaches the workflow's process
    code = (
        'import Redis from "ioredis";\n'
        'import { task, step, workflow } from "windmill-client";\n'
        "class Budget {\n"
        "  #spent = 0;\n"
        "  client?: unknown;\n"
        "  charge(n: number) { this.#spent += n; }\n"
        "  connect() { this.client ??= {}; }\n"
        "  get left() { return 100 - this.#spent; }\n"
        "}\n"
        "const budget = new Budget();\n"
        "const seen = new Map<string, number>();\n"
        "const memo = new Map<string, number>();\n"
        'const redis = new Redis("redis://x");\n'
        "const work = task(async (k: string, n: number) => {\n"
        "  budget.charge(n);\n"  # 15
        "  budget.connect();\n"
        "  seen.set(k, n);\n"  # 17
        "  memo.set(k, n);\n"  # never read by the workflow: the task's own cache
        "  await redis.set(k, String(n));\n"  # a client: writes to Redis
        "  return n;\n"
        "});\n"
        "export const main = workflow(async (k: string) => {\n"
        "  await work(k, 1);\n"
        "  await step('r', () => redis.get(k));\n"
        "  return { left: budget.left, seen: seen.size };\n"
        "});\n"
    )
    assert findings(code, "WAC104") == [(15, "WAC104"), (17, "WAC104")]


def test_a_step_callback_calling_a_method_that_changes_the_instance() -> None:
    code = (
        'import { step, workflow } from "windmill-client";\n'
        "class Log {\n"
        "  items: string[] = [];\n"
        "  client?: object;\n"
        "  record(x: string) { this.items.push(x); }\n"
        "  open() { this.client ??= {}; return this.client; }\n"
        "}\n"
        "export const main = workflow(async (x: string) => {\n"
        "  const log = new Log();\n"
        "  await step('a', async () => { log.record(x); return 1; });\n"  # 10
        "  await step('b', async () => { log.open(); return 2; });\n"
        "  return log.items;\n"
        "});\n"
    )
    assert findings(code, "WAC104") == [(10, "WAC104")]


def test_members_of_a_namespace_import_in_milliseconds(tmp_path) -> None:
    from wac_lint.engine import read_source

    (tmp_path / "durs.ts").write_text(
        "export const MINUTE = 60 * 1000;\n"
        "export function hours(n: number) {\n  return n * 60 * MINUTE;\n}\n"
        "export const inSeconds = (n: number) => n * 3600;\n",
        encoding="utf-8",
    )
    script = tmp_path / "flow.ts"
    script.write_text(
        'import { sleep, waitForApproval, workflow } from "windmill-client";\n'
        'import * as dur from "./durs";\n'
        "export const main = workflow(async () => {\n"
        "  await waitForApproval({ timeout: dur.hours(2) });\n"  # 4
        "  await waitForApproval({ timeout: dur.inSeconds(2) });\n"
        "  await sleep(dur.MINUTE);\n"  # 6
        "});\n",
        encoding="utf-8",
    )
    result = analyze_source(read_source(script), select=["WAC301", "WAC302"])
    assert [(f.row, f.code) for f in result.findings] == [(4, "WAC302"), (6, "WAC301")]


def test_call_of_a_task_picked_from_a_table() -> None:
    code = TOOLS + (
        "const HANDLERS = { ack, resolve };\n"
        "export const main = workflow(async (verb: 'ack' | 'resolve', id: string, u: string) => {\n"
        "  const p = HANDLERS[verb].call(null, id, u);\n"  # 7: never awaited
        "  await HANDLERS[verb].call(null, id, u);\n"
        "  await HANDLERS[verb].apply(null, [id]);\n"  # 9: `user` missing
        "});\n"
    )
    assert findings(code, "WAC106", "WAC402") == [(7, "WAC106"), (9, "WAC402")]


def test_tasks_of_a_table_through_object_values_or_a_name_bound_to_a_pick() -> None:
    code = TOOLS + (
        "const HANDLERS = { ack, resolve };\n"
        "const MIXED = { ack, page };\n"
        "export const main = workflow(async (verb: 'ack' | 'resolve', id: string, u: string) => {\n"
        "  for (const fn of Object.values(HANDLERS)) fn(id, u);\n"  # 8
        "  for (const fn of Object.values(HANDLERS)) await fn(id, u);\n"
        "  for (const fn of Object.values(MIXED)) fn(id, u);\n"  # parameters differ: not taken
        "  const pick = HANDLERS[verb];\n"
        "  pick(id, u);\n"  # 12
        "  await pick(id, u);\n"
        "});\n"
    )
    assert findings(code, "WAC106") == [(8, "WAC106"), (12, "WAC106")]


def test_catch_after_then_on_a_task_call() -> None:
    # the bare `{ then }` throws the suspension out of `.then` itself and hands back the
    # callback's value: `.catch` after it never sees the task (a TypeError after a sync
    # callback; an async callback's Promise only carries its own errors)
    code = HEAD + (
        "export const main = workflow(async (to: string) => {\n"
        "  const a = await send(to, 'x').then((v) => String(v)).catch(() => 'f');\n"  # 6
        "  const b = await send(to, 'x').then(async (v) => JSON.parse(String(v))).catch(() => 0);\n"
        "  await send(to, 'x').then(() => 1).finally(() => console.log('done'));\n"  # 8
        "  return [a, b];\n"
        "});\n"
    )
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=["WAC202"])
    assert [(f.row, f.code) for f in result.findings] == [(6, "WAC202"), (8, "WAC202")]
    assert "never sees the task's suspension" in result.findings[0].message


def test_catch_on_a_task_reached_through_bind_a_table_or_call() -> None:
    code = TOOLS + (
        "const H = { ack, resolve };\n"
        "export const main = workflow(async (k: 'ack' | 'resolve', id: string, u: string) => {\n"
        "  const say = ack.bind(null, id);\n"
        "  const r1 = await H[k](id, u).catch(() => null);\n"  # 8
        "  const r2 = await say(u).catch(() => null);\n"  # 9
        "  const r3 = await ack.call(null, id, u).finally(() => console.log('x'));\n"  # 10
        "  return [r1, r2, r3];\n"
        "});\n"
    )
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=["WAC202"])
    assert [(f.row, f.code) for f in result.findings] == [
        (8, "WAC202"),
        (9, "WAC202"),
        (10, "WAC202"),
    ]
    assert all("bare `{ then }`" in f.message for f in result.findings)
