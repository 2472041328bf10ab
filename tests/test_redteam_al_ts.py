"""Red team AL (alt): regressions for the general causes behind its TypeScript corpus
(`tests/corpus/adversarial/al_ts_*`)."""

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


def step_change(name: str) -> str:
    return (
        "This `step(...)` callback changes `"
        + name
        + "`, which belongs to the workflow body: once the step is checkpointed it is not "
        "called again and only its return value comes back, so the change is lost on "
        "replay; return the value from the step and assign it in the body"
    )


def test_destructuring_assignment_in_a_step_changes_each_name_of_its_pattern() -> None:
    # windmill-client 1.818.0 `_runInlineStep`: a checkpointed step's callback is not
    # run again, so the names its destructuring assignment set keep their old values
    code = HEAD + (
        "export const main = workflow(async (id: string) => {\n"
        "  let cap = 0;\n"
        "  let tariff = 'x';\n"
        "  let first = '';\n"
        "  const box = { n: 0 };\n"
        "  await step('a', async () => { ({ cap, tariff } = { cap: 1, tariff: 'y' }); });\n"  # 11
        "  await step('b', async () => { [first] = ['z']; });\n"
        "  await step('c', async () => { ({ n: box.n } = { n: 2 }); });\n"
        "  await step('d', async () => { const { cap: c2, tariff: t2 } = { cap: 3, tariff: 'q' };"
        " return c2 + t2; });\n"
        "  await step('e', async () => { let a = 0, b = 0; [a, b] = [1, 2]; return a + b; });\n"
        "  ({ cap, tariff } = await step('f', async () => ({ cap: 4, tariff: 'w' })));\n"
        "  return [cap, tariff, first, box];\n"
        "});\n"
    )
    got = run(code, "WAC104")
    assert [(f.row, f.code) for f in got] == [(11, "WAC104"), (12, "WAC104"), (13, "WAC104")]
    assert got[0].message == step_change("cap")
    assert got[1].message == step_change("first")
    assert got[2].message == step_change("box")


def test_delete_and_undeclared_for_of_variable_in_a_step_change_body_state() -> None:
    code = HEAD + (
        "export const main = workflow(async (manifest: { [k: string]: string }, rows: string[])"
        " => {\n"
        "  let last = '';\n"
        "  await step('purge', async () => { delete manifest['old']; });\n"  # 8
        "  await step('scan', async () => { for (last of rows) {} });\n"  # 9
        "  await step('local', async () => { const m: { [k: string]: number } = { a: 1 }; delete"
        " m.a; for (const r of rows) {} return m; });\n"
        "  await step('neg', async () => !rows.length);\n"
        "  delete manifest['new'];\n"
        "  return last;\n"
        "});\n"
    )
    got = run(code, "WAC104")
    assert [(f.row, f.code) for f in got] == [(8, "WAC104"), (9, "WAC104")]
    assert got[0].message == step_change("manifest")
    assert got[1].message == step_change("last")


FOR_EACH_DROPS = (
    "`{0}` drops the promise its callback returns: the durable calls in it are never "
    "awaited, and the workflow goes on without them; use `for ... of` with `await`, or "
    "`await Promise.all(xs.map(...))`"
)


def test_task_handed_by_reference_to_for_each_is_dropped() -> None:
    # windmill-client 1.818.0: each call of the task wrapper queues a step
    # (`_nextStep`) and returns a bare `{ then }`; `forEach` throws them away
    code = HEAD + (
        "export const main = workflow(async (ids: string[]) => {\n"
        "  ids.forEach(ship);\n"  # 7
        "  new Set(ids).forEach(ship);\n"  # 8
        "  ids.forEach((i) => ship(i));\n"  # 9
        "  ids.forEach(console.log);\n"
        "  await Promise.all(ids.map(ship));\n"
        "  return await parallel(ids, ship);\n"
        "});\n"
    )
    got = run(code, "WAC106")
    assert [(f.row, f.code) for f in got] == [(7, "WAC106"), (8, "WAC106"), (9, "WAC106")]
    assert got[0].message == FOR_EACH_DROPS.format("ids.forEach")
    assert got[1].message == FOR_EACH_DROPS.format("new Set(ids).forEach")


METER = (
    "class Meter {\n"
    "  #kwh = 0;\n"
    "  #n = 0;\n"
    "  get kwh() { return this.#kwh; }\n"
    "  set kwh(v: number) { this.#kwh = v; void fetch('https://t/kwh', { method: 'PUT' }); }\n"
    "  get n() { return this.#n; }\n"
    "  set n(v: number) { this.#n = v; }\n"
    "  label = '';\n"
    "}\n"
)
SETTER_FETCH = (
    "`fetch` (reached through `main → Meter.kwh → fetch`) does network I/O in the "
    "workflow body, which re-runs on every replay; move it into a task or a `step(...)`"
)


def test_operator_assignment_and_update_run_the_setter() -> None:
    # `m.kwh += d`, `m.kwh++`, `--m.kwh` read through the getter and write through
    # the setter, which posts here
    code = (
        HEAD
        + METER
        + (
            "export const main = workflow(async (id: string) => {\n"  # 15
            "  const m = new Meter();\n"
            "  m.kwh += Number(await ship(id));\n"  # 17
            "  m.kwh++;\n"  # 18
            "  --m.kwh;\n"  # 19
            "  m.n += 1;\n"
            "  m.n++;\n"
            "  return m.kwh;\n"
            "});\n"
        )
    )
    got = run(code, "WAC101")
    assert [(f.row, f.code) for f in got] == [(17, "WAC101"), (18, "WAC101"), (19, "WAC101")]
    assert got[0].message == SETTER_FETCH


def test_object_assign_runs_the_setters_of_the_keys_it_copies() -> None:
    # `Object.assign(target, ...sources)` sets each own enumerable key of the sources
    # on the target, through the target's accessors; a source whose keys are unknown
    # here (a parameter, a task result) may set any of them
    code = (
        HEAD
        + METER
        + (
            "export const main = workflow(async (id: string, extra: { kwh: number }) => {\n"  # 15
            "  const m = new Meter();\n"
            "  Object.assign(m, { n: 2, label: 'x' });\n"
            "  Object.assign(m, { kwh: 3 });\n"  # 18
            "  Object.assign(m, extra);\n"  # 19
            "  Object.assign({}, m, { kwh: 1 });\n"
            "  Object.assign(m, { n: 1 }, { label: id });\n"
            "  return m.n;\n"
            "});\n"
        )
    )
    got = run(code, "WAC101")
    assert [(f.row, f.code) for f in got] == [(18, "WAC101"), (19, "WAC101")]
    assert got[1].message == SETTER_FETCH


CATCHES_SUSPENSION = (
    "This catch also catches the SDK's suspension (`StepSuspend` is an Error): its handler "
    'runs on every suspension; rethrow it first: `if (e?.name === "StepSuspend") throw e`'
)


def test_returning_a_promise_that_rejects_with_the_caught_error_is_a_rethrow() -> None:
    # in an async function, `return p.then(() => { throw e; })` rejects the function's
    # promise with `e` (the suspension itself), like `return Promise.reject(e)`
    code = HEAD + (
        "async function note(e: unknown) { console.error(e); }\n"
        "export const main = workflow(async (id: string, flag: boolean) => {\n"
        "  try { return await ship(id); } catch (e) { return note(e).then(() => { throw e;"
        " }); }\n"
        "  try { return await ship(id); } catch (e) { return note(e).then(() =>"
        " Promise.reject(e)); }\n"
        "  try { return await ship(id); } catch (e) { return note(e).then(() => {"
        " console.log(1); return Promise.reject(e); }); }\n"
        "  try { return await ship(id); } catch (e) { return note(e).then(() => { if (flag)"
        " throw e; }); }\n"  # 11
        "  try { return await ship(id); } catch (e) { return note(e).then(() => { throw new"
        " Error('x'); }); }\n"  # 12
        "  try { return await ship(id); } catch (e) { note(e).then(() => { throw e; });"
        " return null; }\n"  # 13
        "});\n"
    )
    got = run(code, "WAC202")
    assert [(f.row, f.code) for f in got] == [(11, "WAC202"), (12, "WAC202"), (13, "WAC202")]
    assert got[1].message == CATCHES_SUSPENSION


def test_getter_returning_a_task_call_is_consumed_where_it_is_read() -> None:
    # reading `job.proof` runs `get proof()`, whose task call queues a step
    # (windmill-client 1.818.0 `_nextStep`) and hands back a bare `{ then }`
    code = HEAD + (
        "class Job {\n"
        "  constructor(readonly id: string) {}\n"
        "  get proof() { return ship(this.id); }\n"
        "  get label() { return `job ${this.id}`; }\n"
        "  async run() { return await this.proof; }\n"
        "}\n"
        "export const main = workflow(async (ids: string[]) => {\n"  # 12
        "  const out: string[] = [];\n"
        "  for (const id of ids) {\n"
        "    const job = new Job(id);\n"
        "    if (job.proof) out.push(id);\n"  # 16
        "    job.proof;\n"  # 17
        "    out.push(await job.proof);\n"
        "    const p = job.proof;\n"
        "    out.push(await p);\n"
        "    out.push(job.label);\n"
        "    await Promise.all([job.proof]);\n"
        "    out.push(await job.run());\n"
        "    console.log(`${job.proof}`);\n"  # 24
        "  }\n"
        "  return out;\n"
        "});\n"
    )
    got = run(code, "WAC106")
    assert [(f.row, f.code) for f in got] == [(16, "WAC106"), (17, "WAC106"), (24, "WAC106")]
    assert got[0].message == (
        "`job.proof` runs a getter that returns the promise of a durable call, and it is "
        "never awaited: the SDK still dispatches the call, but its result and its failure "
        "are lost; `await job.proof`"
    )


def test_disposer_of_an_object_literal_a_function_or_method_returns() -> None:
    # `await using x = leases.acquire(id)` runs the `[Symbol.asyncDispose]` of the
    # literal `acquire` returns when the block is left, a thrown suspension included
    code = HEAD + (
        "class Leases {\n"
        "  acquire(id: string) { return { id, [Symbol.asyncDispose]: () => this.release(id) }; }\n"
        "  private async release(id: string) { await fetch(`https://l/${id}`, { method: 'DELETE'"
        " }); }\n"
        "}\n"
        "const leases = new Leases();\n"
        "function makeLock(id: string) { return { [Symbol.dispose]() { Bun.write(`/tmp/${id}`,"
        " ''); } }; }\n"
        "const quiet = (id: string) => ({ id, [Symbol.dispose]() { console.log(id); } });\n"
        "function pagesOf(url: string) { return { async *[Symbol.asyncIterator]() { yield await"
        " fetch(url); } }; }\n"
        "export const main = workflow(async (id: string) => {\n"  # 14
        "  {\n"
        "    await using lease = leases.acquire(id);\n"  # 16
        "    using lock = makeLock(id);\n"  # 17
        "    using q = quiet(id);\n"
        "    for await (const page of pagesOf(id)) console.log(page);\n"  # 19
        "    await ship(lease.id + q.id);\n"
        "  }\n"
        "  return id;\n"
        "});\n"
    )
    got = run(code, "WAC101")
    assert [(f.row, f.code) for f in got] == [(16, "WAC101"), (17, "WAC101"), (19, "WAC101")]
    assert got[0].message == (
        "`fetch` (reached through `main → leases.acquire.[Symbol.asyncDispose] → "
        "Leases.release → fetch`) does network I/O in the workflow body, which re-runs on "
        "every replay; move it into a task or a `step(...)`"
    )


def test_wrapper_a_factory_made_around_a_task_hands_back_its_promise() -> None:
    # `tShip = traced(ship)`: the wrapper `traced` returns calls the task it was given
    # and returns its `{ then }` (or, async, awaits it): its call must be awaited
    code = HEAD + (
        "function traced<A extends unknown[], R>(f: (...a: A) => R): (...a: A) => R {\n"
        "  return (...a: A): R => { console.log(f.name); return f(...a); };\n"
        "}\n"
        "const logged = <A extends unknown[], R>(f: (...a: A) => R) => (...a: A) => f(...a);\n"
        "function counted(f: (id: string) => Promise<string>) { return async (id: string) => {"
        " const r = await f(id); return r; }; }\n"
        "const tShip = traced(ship);\n"
        "const lShip = logged(ship);\n"
        "const cShip = counted(ship);\n"
        "const tLen = traced((s: string) => s.length);\n"
        "export const main = workflow(async (ids: string[]) => {\n"  # 15
        "  for (const id of ids) {\n"
        "    tShip(id);\n"  # 17
        "    lShip(id);\n"  # 18
        "    cShip(id);\n"  # 19
        "    tLen(id);\n"
        "    await tShip(id);\n"
        "    await Promise.all([lShip(id), cShip(id)]);\n"
        "  }\n"
        "  return ids;\n"
        "});\n"
    )
    got = run(code, "WAC106")
    assert [(f.row, f.code) for f in got] == [(17, "WAC106"), (18, "WAC106"), (19, "WAC106")]
    assert got[0].message == (
        "`tShip(...)` hands back the promises of durable calls (a function without `async` "
        "that returns or yields them), and they are never awaited: the SDK still dispatches "
        "the calls, but their results and failures are lost; `await` what it returns"
    )
    assert got[2].message == (
        "`cShip(...)` is an async function of this file that runs durable calls, called "
        "without `await`: the workflow goes on without waiting for them, and their results "
        "and failures are lost; `await` it"
    )


def test_durable_call_given_to_a_parameter_nothing_reads_is_dropped() -> None:
    # `new Holder(id, ship(id))`: the task is dispatched (windmill-client 1.818.0
    # `_nextStep` queues it) and its `{ then }` kept in a parameter nothing reads
    code = HEAD + (
        "class Holder {\n"
        "  constructor(readonly id: string, private readonly p: PromiseLike<string>) {}\n"
        "  describe() { return this.id; }\n"
        "}\n"
        "class Kept {\n"
        "  constructor(readonly id: string, private readonly p: PromiseLike<string>) {}\n"
        "  async done() { return await this.p; }\n"
        "}\n"
        "class Field {\n"
        "  p: PromiseLike<string>;\n"
        "  constructor(p: PromiseLike<string>) { this.p = p; }\n"
        "}\n"
        "function ignore(id: string, p: PromiseLike<string>) { return id; }\n"
        "const settle = async (p: PromiseLike<string>) => await p;\n"
        "export const main = workflow(async (ids: string[]) => {\n"  # 20
        "  for (const id of ids) {\n"
        "    const h = new Holder(id, ship(id));\n"  # 22
        "    console.log(h.describe());\n"
        "    const k = new Kept(id, ship(id));\n"
        "    await k.done();\n"
        "    const f = new Field(ship(id));\n"
        "    ignore(id, ship(id));\n"  # 27
        "    await settle(ship(id));\n"
        "  }\n"
        "  return ids;\n"
        "});\n"
    )
    got = run(code, "WAC106")
    assert [(f.row, f.code) for f in got] == [(22, "WAC106"), (27, "WAC106")]
    assert got[0].message == (
        "The result of `ship(...)` is never awaited: the SDK still dispatches the task, but "
        "its result and its failure are lost; `await` it or gather it"
    )


def test_destructuring_assignment_into_a_property_runs_its_setter() -> None:
    # `({ kwh: m.kwh } = r)` and `[m.kwh] = xs` assign through `set kwh`; a default
    # value a pattern reads (`{ n = m.kwh }`) reads the getter only
    code = (
        HEAD
        + METER
        + (
            "export const main = workflow(async (r: { kwh: number; n?: number }) => {\n"  # 15
            "  const m = new Meter();\n"
            "  ({ kwh: m.kwh } = r);\n"  # 17
            "  [m.kwh] = [1];\n"  # 18
            "  let n = 0;\n"
            "  ({ n = m.kwh } = r);\n"
            "  ({ n: m.n } = r);\n"
            "  return m.kwh + n;\n"
            "});\n"
        )
    )
    got = run(code, "WAC101")
    assert [(f.row, f.code) for f in got] == [(17, "WAC101"), (18, "WAC101")]
    assert got[0].message == SETTER_FETCH


def test_task_handed_to_a_per_item_array_method_gets_the_item_index_and_array() -> None:
    # `ids.forEach(two)` / `ids.filter(two)` call `two(item, index, array)`: the
    # method's own arguments are not the task's, so WAC402 does not read them as such
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const two = task(async function two(a: string, b: number) { return a + b; });\n"
        "export const main = workflow(async (ids: string[]) => {\n"
        "  await Promise.all(ids.map(two));\n"
        "  ids.filter(two);\n"
        "  ids.forEach(two);\n"
        "  return await two(ids[0]);\n"  # 7
        "});\n"
    )
    got = run(code, "WAC402")
    assert [(f.row, f.code) for f in got] == [(7, "WAC402")]
    assert got[0].message == (
        "`two` requires `b`, which this call does not pass: the function receives "
        "`undefined` for it"
    )


def test_task_call_kept_in_a_field_nothing_reads_is_dropped_where_the_body_builds_it() -> None:
    # `this.quote = ship(id)` in a constructor and a field initializer `warm =
    # ship(...)` dispatch the task (`_nextStep`) as the body builds the instance; the
    # field is never read, so its `{ then }` is never awaited
    code = HEAD + (
        "class A { quote: PromiseLike<string>;"
        " constructor(id: string) { this.quote = ship(id); } }\n"
        "class B { warm = ship('tariffs'); constructor(readonly id: string) {} }\n"
        "class C { late: PromiseLike<string>; constructor(id: string) { this.late = ship(id); } }\n"
        "class D { kept: PromiseLike<string>; constructor(id: string) { this.kept = ship(id); }"
        " async done() { return await this.kept; } }\n"
        "export const main = workflow(async (ids: string[]) => {\n"  # 10
        "  const a = new A(ids[0]);\n"  # 11
        "  const b = new B(ids[0]);\n"  # 12
        "  const { late } = new C(ids[0]);\n"
        "  await late;\n"
        "  const d = new D(ids[0]);\n"
        "  await d.done();\n"
        "  return [a, b.id];\n"
        "});\n"
    )
    got = run(code, "WAC106")
    assert [(f.row, f.code) for f in got] == [(11, "WAC106"), (12, "WAC106")]
    assert got[0].message == (
        "This call reaches `ship(...)` kept in `this.quote` without `await` (line 6), and "
        "nothing in the file reads `.quote`: the SDK still dispatches the task, but its "
        "result and its failure are lost; `await` it, or await the field where the result "
        "is needed"
    )
