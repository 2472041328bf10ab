"""Red team W (TypeScript, wt): what `tests/corpus/adversarial/w_ts_*` found, pinned on
small scripts, one general cause each."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

TS_HEAD = 'import { task, step, sleep, waitForApproval, workflow } from "windmill-client";\n'


def found(code: str, *codes: str, language: str = LANG_TYPESCRIPT) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, language), select=list(codes) or None)
    assert not result.errors, result.errors
    return [(f.row, f.code) for f in result.findings]


def test_a_helper_with_a_broad_catch_is_reported_at_each_call_of_the_body() -> None:
    """Each call of the body runs the helper's catch again (the second used to be
    silent: the helper is walked once); a call that hands it no durable call is not."""
    code = TS_HEAD + (
        "const charge = task(async (x: string) => x);\n"
        "async function chargeSafely(x: string) {\n"
        "  try { return await charge(x); } catch { return null; }\n}\n"
        "async function safely<T>(run: () => T) {\n"
        "  try { return await run(); } catch { return null; }\n}\n"
        "export const main = workflow(async (x: string) => {\n"
        "  const a = await chargeSafely(x);\n"
        "  const b = await safely(() => JSON.parse(x));\n"
        "  const c = await chargeSafely(x + '1');\n"
        "  const d = await safely(() => charge(x));\n"
        "  const e = await safely(() => charge(x + '2'));\n"
        "  const f = await safely(() => JSON.parse(x));\n"
        "  return [a, b, c, d, e, f];\n});\n"
    )
    assert found(code, "WAC202") == [(10, "WAC202"), (12, "WAC202"), (13, "WAC202"), (14, "WAC202")]


def test_a_python_helper_with_a_bare_except_is_reported_at_each_call() -> None:
    code = (
        "from wmill import task, workflow\n\n"
        "@task()\nasync def charge(x: str):\n    return x\n\n"
        "async def charge_safely(x):\n"
        "    try:\n        return await charge(x)\n    except:\n        return None\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    a = await charge_safely(x)\n    b = await charge_safely(x + '1')\n    return [a, b]\n"
    )
    assert found(code, "WAC201", language=LANG_PYTHON) == [(15, "WAC201"), (16, "WAC201")]


def test_lazy_clients_built_in_the_body_are_not_io_their_queries_are() -> None:
    """pg's `Pool` / `Client`, mysql2's `createPool`, postgres.js, neon, Kysely and its
    dialects connect on the first query; ky's and got's `create` / `extend` build
    instances. Built in the body they send nothing; the queries are reported."""
    code = (
        'import { task, workflow } from "windmill-client";\n'
        'import pg, { Pool } from "pg";\nimport postgres from "postgres";\n'
        'import { createPool } from "mysql2/promise";\n'
        'import ky from "ky";\nimport got from "got";\n'
        'import { neon } from "@neondatabase/serverless";\n'
        'import { Kysely, PostgresDialect } from "kysely";\n'
        "const t = task(async (x: string) => x);\n"
        "const api = ky.create({ prefixUrl: 'https://x' });\n"
        "export const main = workflow(async (dsn: string) => {\n"
        "  const pool = new Pool({ connectionString: dsn });\n"
        "  const client = new pg.Client({ connectionString: dsn });\n"
        "  const my = createPool({ uri: dsn });\n"
        "  const pgjs = postgres(dsn);\n"
        "  const sql = neon(dsn);\n"
        "  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });\n"
        "  const teamApi = api.extend({ headers: { a: 'b' } });\n"
        "  const g = got.extend({ prefixUrl: 'https://x' });\n"
        "  await t(dsn);\n"
        "  const rows = await sql`select 1`;\n"
        "  await db.deleteFrom('t').execute();\n"
        "  await pool.query('select 1');\n"
        "  return [client, my, pgjs, teamApi, g, rows];\n});\n"
    )
    assert found(code, "WAC101") == [(21, "WAC101"), (22, "WAC101"), (23, "WAC101")]


def test_break_to_an_outer_label_after_an_approval_leaves_both_loops() -> None:
    """`break outer` right after an approval with a literal key in an inner loop: the key
    is asked once. `continue outer` leaves the inner loop only (the outer one asks again),
    as does a `break` of a labelled block (the pass goes on after the block)."""
    head = TS_HEAD + "export const main = workflow(async (xs: string[][]) => {\n"
    once = head + (
        "  outer: for (const row of xs) {\n    for (const x of row) {\n"
        '      await waitForApproval({ key: "qa" });\n      break outer;\n    }\n  }\n});\n'
    )
    again = head + (
        "  outer: for (const row of xs) {\n    for (const x of row) {\n"
        '      await waitForApproval({ key: "qa" });\n      continue outer;\n    }\n  }\n});\n'
    )
    block = head + (
        "  for (const row of xs) {\n    inner: {\n"
        '      await waitForApproval({ key: "qa" });\n      break inner;\n    }\n  }\n});\n'
    )
    assert found(once, "WAC303") == []
    assert found(again, "WAC303") == [(5, "WAC303")]
    assert found(block, "WAC303") == [(5, "WAC303")]


def test_a_race_in_a_helper_the_body_hands_durable_calls_to() -> None:
    """`Promise.any` / `Promise.race` over task calls in a helper, with durable calls
    after the body's call of it: reported there, as the race written in the body is.
    One durable entrant (a task raced against a timer) settles the same way every
    round, and a race with nothing durable after it decides nothing durable."""
    code = TS_HEAD + (
        "const a = task(async (x: string) => x);\nconst b = task(async (x: string) => x);\n"
        "async function first<T>(runs: Array<() => PromiseLike<T>>): Promise<T> {\n"
        "  return await Promise.any(runs.map((r) => Promise.resolve(r())));\n}\n"
        "async function raced(x: string) {\n  return await Promise.race([a(x), b(x)]);\n}\n"
        "async function deadline<T>(p: PromiseLike<T>): Promise<T> {\n"
        "  return await Promise.race([Promise.resolve(p), new Promise<T>(() => {})]);\n}\n"
        "export const main = workflow(async (x: string) => {\n"
        "  const one = await first([() => a(x), () => b(x)]);\n"
        "  const two = await raced(x);\n"
        "  const three = await deadline(a(x));\n"
        "  await b(one + two + three);\n"
        "  return await first([() => a(x), () => b(x)]);\n});\n"
    )
    assert found(code, "WAC105") == [(14, "WAC105"), (15, "WAC105")]


def test_a_using_declaration_whose_disposer_calls_a_task() -> None:
    """`await using` a class of the file whose `[Symbol.asyncDispose]` calls a task, with
    durable calls after it: disposing on a suspension throws a `SuppressedError`. A
    disposer that only logs, or a `using` with nothing durable after it, is fine."""
    code = TS_HEAD + (
        "const release = task(async (id: string) => id);\n"
        "const work = task(async (id: string) => id);\n"
        "class Lease {\n  constructor(readonly id: string) {}\n"
        "  async [Symbol.asyncDispose]() { await release(this.id); }\n}\n"
        "class Quiet {\n  [Symbol.dispose]() { console.log('done'); }\n}\n"
        "export const main = workflow(async (id: string) => {\n"
        "  using q = new Quiet();\n"
        "  await using lease = new Lease(id);\n"
        "  return await work(lease.id);\n});\n"
        "export async function later(id: string) {\n"
        "  await using lease = new Lease(id);\n  return lease.id;\n}\n"
    )
    assert found(code, "WAC203") == [(13, "WAC203")]


def test_a_catch_in_the_function_a_factory_of_the_file_made_from_a_task() -> None:
    """`const sync = withRetries(push)` at module level, `sync(x)` in the body: the
    returned function's catch guards the task it was handed where it was made."""
    code = TS_HEAD + (
        "const push = task(async (x: string) => x);\n"
        "function withRetries<A extends unknown[], R>(fn: (...a: A) => PromiseLike<R>) {\n"
        "  return async (...a: A): Promise<R | null> => {\n"
        "    try { return await fn(...a); } catch { return null; }\n  };\n}\n"
        "const sync = withRetries(push);\n"
        "const parse = withRetries(async (x: string) => JSON.parse(x));\n"
        "export const main = workflow(async (x: string) => {\n"
        "  await parse(x);\n  return await sync(x);\n});\n"
    )
    assert found(code, "WAC202") == [(12, "WAC202")]
    py = (
        "from wmill import task, workflow\n\n"
        "@task()\nasync def push(x: str):\n    return x\n\n"
        "def with_retries(fn):\n    async def run(*a):\n"
        "        try:\n            return await fn(*a)\n        except:\n            return None\n"
        "    return run\n\n"
        "sync = with_retries(push)\n\n"
        "@workflow\nasync def main(x: str):\n    return await sync(x)\n"
    )
    assert found(py, "WAC201", language=LANG_PYTHON) == [(19, "WAC201")]


def test_spreading_an_object_whose_iterator_yields_task_calls() -> None:
    """`[...batch]` runs `batch`'s `*[Symbol.iterator]`, which yields task calls: kept
    and only counted, they are never awaited; gathered, they are."""
    code = TS_HEAD + (
        "const ship = task(async (id: string) => id);\n"
        "class Batch {\n  constructor(private readonly ids: string[]) {}\n"
        "  *[Symbol.iterator]() { for (const id of this.ids) yield ship(id); }\n}\n"
        "class Names {\n  constructor(private readonly ids: string[]) {}\n"
        "  *[Symbol.iterator]() { for (const id of this.ids) yield id.trim(); }\n}\n"
        "export const main = workflow(async (ids: string[]) => {\n"
        "  const names = [...new Names(ids)];\n"
        "  const done = await Promise.all([...new Batch(names)]);\n"
        "  const pending = [...new Batch(ids)];\n"
        "  return [done.length, pending.length];\n});\n"
    )
    assert found(code, "WAC106") == [(14, "WAC106")]


def test_a_clock_read_kept_in_a_typescript_field_that_only_reaches_log_lines() -> None:
    """A class field initialized from the clock (`started = performance.now()`), or
    `this.t0 = Date.now()` in the constructor, read only as `this.x` in the class on
    its way into a log line: decides nothing. A field that reaches a task is reported."""
    code = TS_HEAD + (
        "const t = task(async (x: number) => x);\n"
        "class Timer {\n  private readonly started = performance.now();\n"
        "  readonly #t0: number;\n  constructor(private label: string) { this.#t0 = Date.now(); }\n"
        "  [Symbol.dispose]() {\n"
        "    console.log(`${this.label}: ${Math.round(performance.now() - this.started)} ms`);\n"
        "    console.log(`${Date.now() - this.#t0} ms`);\n  }\n}\n"
        "class Stamp {\n  readonly at = Date.now();\n}\n"
        "export const main = workflow(async (x: number) => {\n"
        "  using timer = new Timer('run');\n"
        "  const stamp = new Stamp();\n"
        "  return await t(x + stamp.at);\n});\n"
    )
    assert found(code, "WAC102") == [(17, "WAC102")]


def test_a_computed_approval_key_is_not_told_to_become_a_literal_in_a_loop() -> None:
    """A literal step name repeated is numbered, but an explicit approval key used twice
    makes the SDK raise (`_waitForApproval`): the advice for a computed key says so."""
    code = TS_HEAD + (
        "export const main = workflow(async (envs: string[]) => {\n"
        "  for (const env of envs) {\n"
        "    await waitForApproval({ key: `approve_${env}`, timeout: 3600 });\n  }\n});\n"
    )
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=["WAC103"])
    [finding] = result.findings
    assert finding.row == 4
    assert "numbered `_2`" not in finding.message
    assert "a literal key used twice makes the SDK raise" in finding.message


def test_destructuring_and_json_stringify_run_the_class_getters_and_to_json() -> None:
    """`const { overdue } = period` reads the getter; `JSON.stringify(event)` calls the
    class's `toJSON` and `String(x)` its `toString`: code of the body. A task's result
    is JSON, never an instance of the class its function builds."""
    code = TS_HEAD + (
        "class Period {\n  constructor(readonly due: number) {}\n"
        "  get overdue(): boolean { return Date.now() > this.due; }\n"
        "  get label(): string { return `due ${this.due}`; }\n"
        "  toJSON() { return { due: this.due, at: new Date().toISOString() }; }\n"
        "  toString() { return `${this.due}@${Math.random()}`; }\n}\n"
        "const load = task(async (n: number) => new Period(n));\n"
        "const save = task(async (s: string) => s);\n"
        "export const main = workflow(async (due: number) => {\n"
        "  const period = new Period(due);\n"
        "  const { label } = period;\n"
        "  const { overdue } = period;\n"
        "  const body = JSON.stringify(new Period(due));\n"
        "  const text = String(period);\n"
        "  const loaded = await load(due);\n"
        "  const { overdue: late } = loaded;\n"
        "  return await save(body + text + label + overdue + late + JSON.stringify(loaded));\n"
        "});\n"
    )
    assert found(code, "WAC102") == [(14, "WAC102"), (15, "WAC102"), (16, "WAC102")]


def test_object_literal_iterators_and_array_from_run_in_the_body() -> None:
    """`for await (const p of pages)` over an object literal whose
    `[Symbol.asyncIterator]` fetches runs that fetch in the body; `Array.from(batch)`
    runs a class's generator of task calls (dropped: WAC106; gathered: fine)."""
    code = TS_HEAD + (
        "const ship = task(async (id: string) => id);\n"
        "const pages = {\n  async *[Symbol.asyncIterator]() {\n"
        "    const res = await fetch('https://x/pages');\n"
        "    yield (await res.json()) as string[];\n  },\n};\n"
        "class Batch {\n  constructor(private readonly ids: string[]) {}\n"
        "  *[Symbol.iterator]() { for (const id of this.ids) yield ship(id); }\n}\n"
        "export const main = workflow(async (ids: string[]) => {\n"
        "  for await (const page of pages) await ship(page[0]);\n"
        "  const done = await Promise.all(Array.from(new Batch(ids)));\n"
        "  const pending = Array.from(new Batch(ids));\n"
        "  return [done.length, pending.length];\n});\n"
    )
    assert found(code, "WAC101", "WAC106") == [(14, "WAC101"), (16, "WAC106")]
