"""Red team AK (akt): regressions for the general causes behind its TypeScript corpus
(`tests/corpus/adversarial/ak_ts_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile


def run(code: str, *codes: str):
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return result.findings


def findings(code: str, *codes: str) -> list[tuple[int, str]]:
    return [(f.row, f.code) for f in run(code, *codes)]


HEAD = (
    'import { parallel, step, task, workflow } from "windmill-client";\n'
    "const ship = task(async function ship(id: string): Promise<string> {\n"
    '  const r = await fetch(`https://x/${id}`, { method: "POST" });\n'
    "  return await r.text();\n"
    "});\n"
)


def test_parallel_over_values_without_a_length_runs_nothing() -> None:
    # windmill-client 1.818.0 `parallel`: `for (i = 0; i < items.length; ...)` over
    # `items.slice(...)`; a Set, a Map, an iterator or a generator object has no
    # `length`, so no item is dispatched and the result is `[]`
    code = HEAD + (
        "function* pending(ids: string[]) { for (const id of ids) yield id; }\n"
        "export const main = workflow(async (ids: string[]) => {\n"
        "  const unique = new Set(ids);\n"
        "  const byId = new Map(ids.map((i) => [i, i]));\n"
        "  const a = await parallel(unique, ship, { concurrency: 2 });\n"  # 10
        "  const b = await parallel(byId.values(), ship);\n"  # 11
        "  const c = await parallel(byId, (e) => ship(e[0]));\n"  # 12
        "  const d = await parallel(pending(ids), ship);\n"  # 13
        "  const e = await parallel([...unique], ship);\n"
        "  const f = await parallel(Array.from(byId.keys()), ship);\n"
        "  const g = await parallel(ids.filter((i) => i !== ''), ship);\n"
        "  return [a, b, c, d, e, f, g];\n"
        "});\n"
    )
    got = run(code, "WAC301")
    assert [(f.row, f.code) for f in got] == [
        (10, "WAC301"),
        (11, "WAC301"),
        (12, "WAC301"),
        (13, "WAC301"),
    ]
    assert got[0].message == (
        "`unique` is a `Set`, which has no `length`: windmill-client 1.818.0 `parallel` "
        "loops `for (i = 0; i < items.length; ...)` over `items.slice(...)`, so it calls "
        "the function on no item and returns `[]`; pass an array (`Array.from(unique)`)"
    )
    assert "is an iterator, which" in got[1].message
    assert "is a `Map`, which" in got[2].message
    assert "is a generator object, which" in got[3].message


def test_a_guard_naming_stepsuspend_is_read_for_what_it_tests() -> None:
    # windmill-client 1.818.0 `StepSuspend`: `super("__step_suspend__")`, then
    # `this.name = "StepSuspend"`: a test of its message against "StepSuspend" is false
    # for it, whatever the literal spells; one of its name or `String(e)` is true
    body = (
        'import { task, workflow } from "windmill-client";\n'
        "const ship = task(async function ship(id: string) { return id; });\n"
        "export const main = workflow(async (id: string) => {\n"
        "  try {\n"
        "    return await ship(id);\n"
        "  } catch (e) {\n"
        "    if (COND) throw e;\n"
        '    console.warn("failed");\n'
        "    return null;\n"
        "  }\n"
        "});\n"
    )
    swallowed = [
        '(e as Error).message.startsWith("StepSuspend")',
        'e.message === "StepSuspend"',
        '!String(e).startsWith("StepSuspend")',
    ]
    rethrown = [
        'e?.name === "StepSuspend"',
        'String(e).startsWith("StepSuspend")',
        '!e.message.startsWith("StepSuspend")',
        'e.constructor.name === "StepSuspend"',
    ]
    for cond in swallowed:
        assert findings(body.replace("COND", cond), "WAC202") == [(6, "WAC202")], cond
    for cond in rethrown:
        assert findings(body.replace("COND", cond), "WAC202") == [], cond
    got = run(body.replace("COND", swallowed[0]), "WAC202")
    assert got[0].message.startswith(
        "This catch also catches the SDK's suspension (`StepSuspend` is an Error) and "
        'rethrows it only when `(e as Error).message.startsWith("StepSuspend")` is true '
        "(never, for it); otherwise it leaves through the `return` on line 9"
    )


def test_a_task_destructured_with_a_default_from_a_table_is_a_task() -> None:
    # `const { send = sms } = CHANNELS[pref] ?? {}`: the member of whichever object the
    # holder is, or the default where it has none; every one a task of the file taking
    # the same parameters, so `send(...)` dispatches one (windmill-client 1.818.0: the
    # wrapper returns a bare `{ then }` that only an `await` observes)
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const sms = task(async function sms(to: string, text: string) { return to + text; });\n"
        "const mail = task(async function mail(to: string, text: string) { return to + text; });\n"
        "const CHANNELS: Record<string, { send?: typeof sms }> = {\n"
        "  sms: { send: sms },\n"
        "  mail: { send: mail },\n"
        "  none: {},\n"
        "};\n"
        "const FALLBACK = { send: mail };\n"
        "export const main = workflow(async (to: string, pref: string, vip: boolean) => {\n"
        "  const { send = sms } = CHANNELS[pref] ?? {};\n"
        '  send(to, "a");\n'  # 12
        "  const { send: notify = mail } = vip ? FALLBACK : {};\n"
        '  notify(to, "b");\n'  # 14
        "  const { send: kept = sms } = CHANNELS[pref] ?? {};\n"
        '  await kept(to, "c");\n'
        "  const { log = console.log } = CHANNELS[pref] ?? {};\n"
        '  log(to, "d");\n'  # not a task: the default is another function
        "});\n"
    )
    got = run(code, "WAC106")
    assert [(f.row, f.code) for f in got] == [(12, "WAC106"), (14, "WAC106")]
    assert got[0].message.startswith(
        "The result of `send(...)` is never awaited: the SDK still dispatches the task, but "
        "its result and its failure are lost"
    )


def test_a_stored_task_call_is_dropped_by_a_return_before_its_await() -> None:
    # windmill-client 1.818.0 `_nextStep` queues the step when the task is called (the
    # runner dispatches what is pending when the round ends): a `return` between the call
    # and its `await` leaves with the task dispatched and its result never observed
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const quote = task(async function quote(id: string) { return id; });\n"
        "const survey = task(async function survey(id: string) { return { ok: id !== '' }; });\n"
        "export const main = workflow(async (id: string, ok: boolean) => {\n"
        "  const q = quote(id);\n"  # 5
        "  if (!ok) return null;\n"
        "  const p = quote(id);\n"
        "  if (!ok) return await p;\n"  # the return awaits it
        "  const r = quote(id);\n"
        "  const s = await survey(id);\n"
        "  const items = [1, 2].map((x) => { return x + 1; });\n"  # a callback's own return
        "  return [await q, await r, s, items];\n"
        "});\n"
    )
    got = run(code, "WAC106")
    assert [(f.row, f.code) for f in got] == [(5, "WAC106")]
    assert got[0].message == (
        "`quote(...)` is called before the `return` on line 6, which leaves without awaiting "
        "it: the SDK has already queued it, so on that path it still runs, and its result and "
        "its failure are lost; call it after that `return`, where it is awaited"
    )


def test_an_async_method_reached_through_super_or_this_and_not_awaited_is_dropped() -> None:
    # `super.finish()` / `this.flush()` / a helper called as a statement inside a method
    # the body awaits: an async function of the file making durable calls whose promise
    # nobody awaits (windmill-client 1.818.0's task thenable is adopted by that promise
    # only); the object may be either of two classes (`oil ? new A() : new B()`)
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const logFinish = task(async function logFinish(serial: string) { return serial; });\n"
        "async function notify(s: string) { await logFinish(s); }\n"
        "class FinishJob {\n"
        "  constructor(protected readonly serial: string) {}\n"
        "  async finish() { return logFinish(this.serial); }\n"
        "  async flush() { await logFinish(this.serial); }\n"
        "  async count() { return 1; }\n"
        "}\n"
        "class VarnishJob extends FinishJob {\n"
        "  async finish() {\n"
        "    super.finish();\n"  # 12
        "    this.flush();\n"  # 13
        "    notify(this.serial);\n"  # 14
        "    this.count();\n"  # no durable call in it
        "    void super.finish();\n"  # deliberate
        "    await super.finish();\n"
        "    return { curing: true };\n"
        "  }\n"
        "}\n"
        "export const main = workflow(async (serial: string, oil: boolean) => {\n"
        "  const job = oil ? new FinishJob(serial) : new VarnishJob(serial);\n"
        "  return await job.finish();\n"  # 23
        "});\n"
    )
    got = run(code, "WAC106")
    assert [(f.row, f.code) for f in got] == [(23, "WAC106")] * 3
    assert got[0].message == (
        "This call reaches `super.finish(...)` called without `await` in `VarnishJob.finish` "
        "(line 12), an async function of this file that makes durable calls: nothing waits "
        "for its promise, so the workflow goes on without them and their results and "
        "failures are lost; `await` it there"
    )
    assert "`this.flush(...)` called without `await` in `VarnishJob.finish` (line 13)" in (
        got[1].message
    )
    assert "`notify(...)` called without `await` in `VarnishJob.finish` (line 14)" in (
        got[2].message
    )


def test_a_p_queue_add_of_a_task_as_a_statement_is_dropped() -> None:
    # p-queue's `queue.add(fn)` runs `fn` and resolves with what it returns: as a
    # statement (with only `onIdle()` awaited) the task's result and failure are lost;
    # `add` is not a container's (the function is run, not kept)
    code = (
        'import { task, workflow } from "windmill-client";\n'
        'import PQueue from "p-queue";\n'
        "const ship = task(async function ship(id: string) { return id; });\n"
        "export const main = workflow(async (ids: string[]) => {\n"
        "  const queue = new PQueue({ concurrency: 2 });\n"
        "  const undo = new Set<() => unknown>();\n"
        "  for (const id of ids) {\n"
        "    queue.add(() => ship(id));\n"  # 8
        "    queue.add(async () => { await ship(id); });\n"  # 9
        "    queue.add(() => console.log(id));\n"
        "    undo.add(() => ship(id));\n"  # kept for later, not run
        "  }\n"
        "  await queue.onIdle();\n"
        "  return await Promise.all(ids.map((i) => queue.add(() => ship(i))));\n"
        "});\n"
    )
    got = run(code, "WAC106")
    assert [(f.row, f.code) for f in got] == [(8, "WAC106"), (9, "WAC106")]
    assert got[0].message == (
        "`queue.add(...)` is never awaited, and the promise it builds waits for the durable "
        "calls of its callback: the workflow goes on without them, and their results and "
        "failures are lost; `await` it"
    )


def test_an_xstate_actor_runs_the_machine_actions_where_an_event_is_sent() -> None:
    # XState: `actor.send(event)` runs the actions (and guards, invoked actors) of the
    # transitions the event takes synchronously; the workflow body reruns on every
    # replay, so an action that posts with `fetch` posts again each time
    code = (
        'import { assign, createActor, createMachine, setup } from "xstate";\n'
        'import { createActor as makeActor } from "./actors";\n'
        'import { task, workflow } from "windmill-client";\n'
        "const read = task(async function read(room: string): Promise<number[]> { return []; });\n"
        "const room = setup({\n"
        "  actions: { alert: ({ event }) => { void fetch('https://x', { method: 'POST' }); } },\n"
        "}).createMachine({ initial: 'ok',\n"
        "  states: { ok: { on: { R: { actions: 'alert' } } } } });\n"
        "const quiet = createMachine({ initial: 'ok', context: { n: 0 }, states: { ok: {\n"
        "  on: { R: { actions: assign({ n: ({ context }) => context.n + 1 }) } } } } });\n"
        "const provided = quiet.provide({ actions: { log: () => fetch('https://y') } });\n"
        "export const main = workflow(async (name: string) => {\n"
        "  const rh = await read(name);\n"
        "  const actor = createActor(room).start();\n"  # start: the initial state's entries
        "  for (const r of rh) actor.send({ type: 'R', rh: r });\n"  # 15
        "  const counter = createActor(quiet);\n"
        "  counter.start();\n"
        "  counter.send({ type: 'R' });\n"  # only `assign`: no I/O
        "  createActor(provided).send({ type: 'R' });\n"  # 19
        "  makeActor(room).send({ type: 'R' });\n"  # not XState's
        "  return String(actor.getSnapshot().value);\n"
        "});\n"
    )
    got = run(code, "WAC101")
    assert [(f.row, f.code) for f in got] == [(15, "WAC101"), (19, "WAC101")]
    assert got[0].message == (
        "`fetch` (reached through `main → actor.send → fetch`) does network I/O in the "
        "workflow body, which re-runs on every replay; move it into a task or a `step(...)`"
    )


def test_a_stored_python_call_dropped_by_a_return_says_what_happens_to_it() -> None:
    # wmill 1.850.0: a task call queues its step when called (`_next_step`); an
    # un-awaited `step(...)` is a coroutine that never runs
    from wac_lint.source import LANG_PYTHON

    code = (
        "from wmill import task, workflow, step\n"
        "@task()\n"
        "async def quote(i: str) -> str:\n"
        "    return i\n"
        "@workflow\n"
        "async def main(i: str, ok: bool):\n"
        "    q = quote(i)\n"  # 7
        '    s = step("a", lambda: 1)\n'  # 8
        "    if not ok:\n"
        "        return None\n"
        "    return [await q, await s]\n"
    )
    result = analyze_source(SourceFile("<t>.py", code, LANG_PYTHON), select=["WAC106"])
    got = [(f.row, f.message) for f in result.findings]
    assert got == [
        (
            7,
            "`quote(...)` is called before the `return` on line 10, which leaves without "
            "awaiting it: the SDK has already queued it, so on that path it still runs, and "
            "its result and its failure are lost; call it after that `return`, where it is "
            "awaited",
        ),
        (
            8,
            "`step(...)` is called before the `return` on line 10, which leaves without "
            "awaiting it: on that path the coroutine never runs; call it after that "
            "`return`, where it is awaited",
        ),
    ]


def test_iterators_of_declared_arrays_and_set_algebra_are_known_values() -> None:
    # `ids.values()` of a parameter typed `string[]` is an array iterator, and so is
    # `.values()` of a string's `split(...)`; ES2025 `a.union(b)` / `intersection` /
    # `difference` give a new Set: no `length` for `parallel`, `{}` through JSON
    code = (
        'import { task, parallel, workflow } from "windmill-client";\n'
        "const ship = task(async function ship(id: string) { return id; });\n"
        "const tags = task(async function tags(a: string[], b: string[]) {\n"
        "  return new Set(a).intersection(new Set(b));\n"  # 4
        "});\n"
        "const plain = task(async function plain(a: string[], b: string[]) {\n"
        "  return [...new Set(a).union(new Set(b))];\n"
        "});\n"
        "export const main = workflow(async (ids: string[], csv: string) => {\n"
        "  const set = new Set(ids);\n"
        "  const a = await parallel(ids.values(), ship);\n"  # 11
        "  const b = await parallel(csv.split(',').values(), ship);\n"  # 12
        "  const c = await parallel(set.difference(new Set(a)), ship);\n"  # 13
        "  const d = await parallel(ids.slice(1), ship);\n"
        "  return [a, b, c, d, await tags(ids, ids), await plain(ids, ids)];\n"
        "});\n"
    )
    got = run(code, "WAC301", "WAC107")
    assert [(f.row, f.code) for f in got] == [
        (4, "WAC107"),
        (11, "WAC301"),
        (12, "WAC301"),
        (13, "WAC301"),
    ]
    assert got[0].message.startswith(
        "`new Set(a).intersection(new Set(b))` is a `Set` returned by this task"
    )
    assert got[1].message.startswith("`ids.values()` is an iterator, which has no `length`")
    assert got[3].message.startswith("`set.difference(new Set(a))` is a `Set`, which")


def test_a_return_on_the_other_branch_does_not_drop_a_stored_call() -> None:
    # only a `return` that can run after the call (later in a block holding both, not
    # the `else` of the `if` whose first branch made the call) leaves it un-awaited
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const quote = task(async function quote(id: string) { return id; });\n"
        "export const main = workflow(async (id: string, ok: boolean, xs: string[]) => {\n"
        "  let q;\n"
        "  if (ok) {\n"
        "    q = quote(id);\n"  # 6: the loop's return below can follow it
        "  } else {\n"
        "    return null;\n"
        "  }\n"
        "  for (const x of xs) {\n"
        '    if (x === "") return null;\n'  # 11
        "  }\n"
        "  return await q;\n"
        "});\n"
    )
    got = run(code, "WAC106")
    assert [(f.row, f.code) for f in got] == [(6, "WAC106")]
    assert "before the `return` on line 11, which" in got[0].message
    no_loop = code.replace('    if (x === "") return null;\n', "    console.log(x);\n")
    assert findings(no_loop, "WAC106") == []


def test_python_async_methods_reached_through_super_or_self_and_not_awaited() -> None:
    # the same cause in Python: `super().finish()` / `self.flush()` / `notify(x)` as a
    # statement in a method the body awaits is a coroutine that never runs
    from wac_lint.source import LANG_PYTHON

    code = (
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def log_finish(s: str) -> str:\n"
        "    return s\n"
        "async def notify(s: str):\n"
        "    await log_finish(s)\n"
        "class FinishJob:\n"
        "    def __init__(self, s: str):\n"
        "        self.s = s\n"
        "    async def finish(self):\n"
        "        await log_finish(self.s)\n"
        "    async def flush(self):\n"
        "        await log_finish(self.s)\n"
        "    async def count(self):\n"
        "        return 1\n"
        "class VarnishJob(FinishJob):\n"
        "    async def finish(self):\n"
        "        super().finish()\n"  # 18
        "        self.flush()\n"  # 19
        "        notify(self.s)\n"  # 20
        "        self.count()\n"  # no durable call in it
        "        await super().finish()\n"
        '        return {"curing": True}\n'
        "@workflow\n"
        "async def main(s: str):\n"
        "    return await VarnishJob(s).finish()\n"  # 26
    )
    result = analyze_source(SourceFile("<t>.py", code, LANG_PYTHON), select=["WAC106"])
    got = [(f.row, f.message) for f in result.findings]
    assert [row for row, _ in got] == [26, 26, 26]
    assert got[0][1] == (
        "This call reaches `super().finish(...)` called without `await` in "
        "`VarnishJob.finish` (line 18), an async function of this file that makes durable "
        "calls: its coroutine never runs, so neither do they; `await` it there"
    )
    assert "`self.flush(...)` called without `await`" in got[1][1]
    assert "`notify(...)` called without `await`" in got[2][1]


def test_suspension_guards_read_through_text_changes_regexes_and_its_own_field() -> None:
    # StepSuspend: name "StepSuspend", message "__step_suspend__", a `dispatchInfo`
    # object; a guard lowercasing its text, testing it with a plain regex, or testing
    # its own field against `undefined` / `null` is read for what it gives
    body = (
        'import { task, workflow } from "windmill-client";\n'
        "const ship = task(async function ship(id: string) { return id; });\n"
        "export const main = workflow(async (id: string) => {\n"
        "  try {\n"
        "    return await ship(id);\n"
        "  } catch (e) {\n"
        "    if (COND) throw e;\n"
        '    console.warn("failed");\n'
        "    return null;\n"
        "  }\n"
        "});\n"
    )
    rethrown = [
        "(e as any)?.dispatchInfo !== undefined",
        "(e as any).dispatchInfo != null",
        'String(e).toLowerCase().includes("stepsuspend")',
        '(e as Error).message.toUpperCase() === "__STEP_SUSPEND__"',
        "e instanceof Error && /suspend/i.test(e.message)",
        "/^StepSuspend$/.test((e as Error).name)",
    ]
    swallowed = [
        "/quota|rate/.test((e as Error).message)",
        '(e as Error).message.toLowerCase().includes("stepsuspend")',
        "!/suspend/.test(String(e))",
    ]
    for cond in rethrown:
        assert findings(body.replace("COND", cond), "WAC202") == [], cond
    for cond in swallowed:
        assert findings(body.replace("COND", cond), "WAC202") == [(6, "WAC202")], cond


def test_a_task_held_in_a_spread_table_is_a_task() -> None:
    # `{ ...baseOps, trim: brush }`: the entries of the spread object literal, then
    # those written after it (a later non-task entry of the same key replaces it)
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const bathe = task(async function bathe(id: string) { return id; });\n"
        "const brush = task(async function brush(id: string) { return id; });\n"
        "const baseOps = { bathe, brush };\n"
        "const kennelOps = { ...baseOps, trim: brush };\n"
        "const later = { ...baseOps, bathe: (id: string) => id };\n"
        "export const main = workflow(async (id: string) => {\n"
        "  kennelOps.bathe(id);\n"  # 8
        "  const { brush: b } = kennelOps;\n"
        "  b(id);\n"  # 10
        "  later.bathe(id);\n"  # not a task there
        "  later.brush(id);\n"  # 12
        "  return 1;\n"
        "});\n"
    )
    got = run(code, "WAC106")
    assert [(f.row, f.code) for f in got] == [(8, "WAC106"), (10, "WAC106"), (12, "WAC106")]
    assert got[0].message.startswith(
        "The result of `kennelOps.bathe(...)` is never awaited: the SDK still dispatches the "
        "task, but its result and its failure are lost"
    )
