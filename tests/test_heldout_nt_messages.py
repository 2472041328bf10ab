"""Red team NT: Bun TypeScript code that runs without being called from the body
(module-level hooks and timers, static class blocks, disposers, setters), libraries
around durable calls, and id / clock libraries, pinned with their messages."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile

HEAD = 'import { task, workflow } from "windmill-client";\n'
TAIL = (
    "const run = task(async (x: string) => ({ x }));\n"
    "export const main = workflow(async (x: string) => {\n"
    "  return await run(x);\n"
    "});\n"
)
AT_LOAD = (
    "at module level: the script runs again from the top on every replay of the "
    "workflow, so this happens again each time; call it in a task or a `step(...)` in the body"
)
# a hook's callback (a timer, an "exit" listener) runs later in the round, not at module level
HOOKED = AT_LOAD.removeprefix("at module level")


def findings(code: str, *codes: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=list(codes))
    return [(f.row, f.code, f.message) for f in result.findings]


def test_timer_callback_at_load_is_reported_for_what_it_does_not_as_a_wait() -> None:
    code = (
        HEAD
        + (
            "const beat = () => fetch('https://hc.example/p', { method: 'POST' });\n"
            "setTimeout(beat, 250);\n"
            "setImmediate(() => {\n"
            "  console.log('loaded');\n"
            "});\n"
        )
        + TAIL
    )
    assert findings(code, "WAC101") == [
        (
            3,
            "WAC101",
            "`fetch` (in `beat`, which `setTimeout` schedules when the module loads, in every "
            f"round) does network I/O{HOOKED}",
        )
    ]


def test_interval_that_only_logs_at_load_is_clean() -> None:
    code = HEAD + "setInterval(() => console.log(Date.now()), 5000).unref();\n" + TAIL
    assert findings(code, "WAC101") == []


def test_exit_listener_writing_a_file_runs_as_every_round_exits() -> None:
    code = (
        'import { writeFileSync } from "node:fs";\n'
        + HEAD
        + (
            "function flush(code: number) {\n"
            "  writeFileSync('/shared/last_exit', String(code));\n"
            "}\n"
            "process.once('exit', flush);\n"
            "process.on('SIGTERM', flush);\n"
        )
        + TAIL
    )
    assert findings(code, "WAC101") == [
        (
            6,
            "WAC101",
            "`fs.writeFileSync` (in `flush`, which `process.once` runs as the process of every "
            f"round exits) touches the file system{HOOKED}",
        )
    ]


def test_static_block_and_static_field_run_when_the_class_is_defined() -> None:
    code = (
        HEAD
        + (
            "class Catalog {\n"
            "  static items: unknown;\n"
            "  static token = fetch('https://auth.example/t', { method: 'POST' });\n"
            "  started = fetch('https://per-instance.example');\n"
            "  static {\n"
            "    Catalog.items = fetch('https://catalog.example/items');\n"
            "  }\n"
            "}\n"
        )
        + TAIL
    )
    assert [(row, code) for row, code, _ in findings(code, "WAC101")] == [
        (4, "WAC101"),
        (7, "WAC101"),
    ]


def test_server_kept_in_a_const_is_already_listening() -> None:
    code = HEAD + "const srv = Bun.serve({ port: 8080, fetch: () => new Response('ok') });\n" + TAIL
    assert findings(code, "WAC101") == [(2, "WAC101", f"`Bun.serve` does network I/O {AT_LOAD}")]


def random_value(what: str) -> str:
    return (
        f"`{what}` is random: the value changes between replays of the workflow body; "
        "capture it with `step(...)`"
    )


def test_id_libraries_and_an_unseeded_seedrandom_are_random() -> None:
    code = (
        'import KSUID from "ksuid";\nimport shortUuid from "short-uuid";\n'
        'import seedrandom from "seedrandom";\n'
        + HEAD
        + (
            "const keep = task(async (a: string, b: string, c: number) => ({ a, b, c }));\n"
            "export const main = workflow(async (userId: string) => {\n"
            "  const translator = shortUuid();\n"
            "  const a = (await KSUID.random()).string;\n"
            "  const b = translator.generate();\n"
            "  const rng = seedrandom();\n"
            "  const seeded = seedrandom(userId);\n"
            "  const c = translator.fromUUID(userId) + seeded();\n"
            "  return await keep(a, b, rng());\n"
            "});\n"
        )
    )
    assert findings(code, "WAC102") == [
        (8, "WAC102", random_value("KSUID.random")),
        (9, "WAC102", random_value("translator.generate")),
        (10, "WAC102", random_value("seedrandom")),
    ]


def test_the_global_temporal_clock_is_read() -> None:
    code = HEAD + (
        "const book = task(async (day: string) => ({ day }));\n"
        "export const main = workflow(async (start: string) => {\n"
        "  const later = Temporal.PlainDate.from(start).add({ days: 2 });\n"
        "  const now = Temporal.Now.instant().epochMilliseconds;\n"
        "  return await book(later.toString() + now);\n"
        "});\n"
    )
    assert findings(code, "WAC102") == [
        (
            5,
            "WAC102",
            "`Temporal.Now.instant` reads the clock: the value changes between replays of the "
            "workflow body; capture it with `step(...)`",
        )
    ]


def network(what: str, chain: str) -> str:
    return (
        f"`{what}` (reached through `{chain}`) does network I/O in the workflow body, "
        "which re-runs on every replay; move it into a task or a `step(...)`"
    )


def test_assignment_through_an_inherited_setter_runs_it_in_the_body() -> None:
    code = (
        HEAD
        + (
            "class Base {\n"
            "  set stage(v: string) {\n"
            "    void fetch(`https://tracker.example/${v}`, { method: 'PUT' });\n"
            "  }\n"
            "  get stage() {\n"
            "    return 'x';\n"
            "  }\n"
            "}\n"
            "class Deploy extends Base {}\n"
            "class Plain {\n"
            "  #s = '';\n"
            "  set stage(v: string) {\n"
            "    this.#s = v;\n"
            "  }\n"
            "}\n"
        )
        + (
            "const run = task(async (x: string) => ({ x }));\n"
            "export const main = workflow(async (x: string) => {\n"
            "  const d = new Deploy();\n"
            "  const p = new Plain();\n"
            "  p.stage = x;\n"
            "  d.stage = x;\n"
            "  console.log(d.stage);\n"
            "  return await run(x);\n"
            "});\n"
        )
    )
    assert findings(code, "WAC101") == [
        (22, "WAC101", network("fetch", "main → Base.stage → fetch"))
    ]


def test_disposers_run_where_a_using_declaration_leaves_its_block() -> None:
    code = HEAD + (
        "class Lock {\n"
        "  async [Symbol.asyncDispose]() {\n"
        "    await fetch('https://locks.example/release', { method: 'POST' });\n"
        "  }\n"
        "  [Symbol.dispose]() {\n"
        "    console.log('released');\n"
        "  }\n"
        "}\n"
        "const run = task(async (x: string) => ({ x }));\n"
        "export const main = workflow(async (x: string) => {\n"
        "  {\n"
        "    using quiet = new Lock();\n"
        "  }\n"
        "  await using lock = new Lock();\n"
        "  return await run(x);\n"
        "});\n"
    )
    assert findings(code, "WAC101") == [
        (15, "WAC101", network("fetch", "main → Lock.[Symbol.asyncDispose] → fetch"))
    ]


def operator_catches(op: str) -> str:
    return (
        f"`{op}` catches the failure of the durable call it wraps, the SDK's suspension "
        "(`StepSuspend`) included: the code after it runs on every suspension; let the failure "
        'through, or await the durable call in try/catch with `if (e?.name === "StepSuspend") '
        "throw e` first"
    )


def test_error_operators_of_rxjs_and_effect_around_durable_calls() -> None:
    code = (
        'import { Effect } from "effect";\n'
        'import { lastValueFrom, defer, from, of, retry, map, catchError } from "rxjs";\n'
        'import { step, task, workflow } from "windmill-client";\n'
        "const price = task(async (sku: string) => ({ sku, price: 1 }));\n"
        "export const main = workflow(async (sku: string) => {\n"
        "  const a = await lastValueFrom(defer(() => step('probe', () => 1)).pipe(retry(3)));\n"
        "  const b = await Effect.runPromise(\n"
        "    Effect.orElseSucceed(Effect.tryPromise(() => price(sku)), () => null),\n"
        "  );\n"
        "  const c = await lastValueFrom(from(price(sku)).pipe(map((r) => r.price)));\n"
        "  const d = await lastValueFrom(of(sku).pipe(catchError(() => of('none'))));\n"
        "  return { a, b, c, d };\n"
        "});\n"
    )
    assert findings(code, "WAC202") == [
        (6, "WAC202", operator_catches("retry")),
        (8, "WAC202", operator_catches("Effect.orElseSucceed")),
    ]


def test_the_wrapper_a_method_decorator_installs_runs_at_each_call() -> None:
    code = HEAD + (
        "function timed(original: any, _ctx: unknown) {\n"
        "  return async function (this: unknown, ...args: unknown[]) {\n"
        "    await fetch('https://metrics.example/t', { method: 'POST' });\n"
        "    return original.apply(this, args);\n"
        "  };\n"
        "}\n"
        "function quiet(_t: object, _k: string, d: PropertyDescriptor) {\n"
        "  const inner = d.value;\n"
        "  return {\n"
        "    ...d,\n"
        "    value: async (...a: unknown[]) => {\n"
        "      console.log(a);\n"
        "      return inner(...a);\n"
        "    },\n"
        "  };\n"
        "}\n"
        "const run = task(async (x: string) => ({ x }));\n"
        "class Jobs {\n"
        "  @quiet\n"
        "  async first(x: string) { return await run(x); }\n"
        "  @timed\n"
        "  async second(x: string) { return await run(x); }\n"
        "}\n"
        "const jobs = new Jobs();\n"
        "export const main = workflow(async (x: string) => {\n"
        "  await jobs.first(x);\n"
        "  return await jobs.second(x);\n"
        "});\n"
    )
    assert findings(code, "WAC101") == [(28, "WAC101", network("fetch", "main → timed → fetch"))]


def test_a_proxy_get_trap_runs_where_a_property_is_read() -> None:
    code = HEAD + (
        "const handler = {\n"
        "  get(_t: object, key: string | symbol) {\n"
        "    return `${String(key)}-${Date.now()}`;\n"
        "  },\n"
        "};\n"
        "const stamps = new Proxy({}, handler) as Record<string, string>;\n"
        "const fixed = new Proxy({ a: 1 } as Record<string, number>, {\n"
        "  get: (t, k) => t[k as string] ?? 0,\n"
        "});\n"
        "const run = task(async (x: string) => ({ x }));\n"
        "export const main = workflow(async (x: string) => {\n"
        "  const n = fixed.a;\n"
        "  return await run(stamps.build + n);\n"
        "});\n"
    )
    assert findings(code, "WAC102") == [
        (
            14,
            "WAC102",
            "`Date.now` (reached through `main → handler.get → Date.now`) reads the clock: the "
            "value changes between replays of the workflow body; capture it with `step(...)`",
        )
    ]


def test_await_of_a_thenable_and_text_of_an_object_run_their_methods() -> None:
    code = HEAD + (
        "class Query {\n"
        "  where(_c: string) {\n"
        "    return this;\n"
        "  }\n"
        "  then(ok: (v: unknown) => void, fail: (e: unknown) => void) {\n"
        "    fetch('https://db.example/q').then(ok, fail);\n"
        "  }\n"
        "}\n"
        "class Tag {\n"
        "  [Symbol.toPrimitive]() {\n"
        "    return 'fixed';\n"
        "  }\n"
        "  toString() {\n"
        "    return String(Math.random());\n"
        "  }\n"
        "}\n"
        "class Nonce {\n"
        "  toString() {\n"
        "    return crypto.randomUUID();\n"
        "  }\n"
        "}\n"
        "const run = task(async (x: string) => ({ x }));\n"
        "export const main = workflow(async (x: string) => {\n"
        "  const rows = await new Query().where(x);\n"
        "  const tag = new Tag();\n"
        "  const nonce = new Nonce();\n"
        "  return await run(`${tag}:${nonce}:${rows}`);\n"
        "});\n"
    )
    assert findings(code, "WAC101", "WAC102") == [
        (25, "WAC101", network("fetch", "main → Query.then → fetch")),
        (
            28,
            "WAC102",
            "`crypto.randomUUID` (reached through `main → Nonce.toString → crypto.randomUUID`) "
            "is random: the value changes between replays of the workflow body; capture it "
            "with `step(...)`",
        ),
    ]


def test_emit_runs_the_listeners_of_that_event_on_that_emitter() -> None:
    code = (
        'import EventEmitter from "events";\n'
        'import { io } from "socket.io-client";\n'
        + HEAD
        + (
            "class Bus extends EventEmitter {}\n"
            "const bus = new Bus();\n"
            "const socket = io('https://rt.example');\n"
            "function alert(id: string) {\n"
            "  return fetch('https://hooks.example/alert', { method: 'POST', body: id });\n"
            "}\n"
            "bus.once('failed', alert);\n"
            "bus.on('done', () => console.log('done'));\n"
            "socket.on('done', () => fetch('https://hooks.example/echo'));\n"
            "const run = task(async (x: string) => ({ x }));\n"
            "export const main = workflow(async (x: string) => {\n"
            "  const r = await run(x);\n"
            "  bus.emit('done', x);\n"
            "  socket.emit('done', x);\n"
            "  if (!r) bus.emit('failed', x);\n"
            "  return r;\n"
            "});\n"
        )
    )
    assert findings(code, "WAC101") == [
        (18, "WAC101", network("fetch", "main → alert → fetch")),
    ]


def test_async_predicates_and_array_from_mappers_drop_their_promises() -> None:
    code = HEAD + (
        "const check = task(async (x: string) => ({ x, ok: true }));\n"
        "export const main = workflow(async (xs: string[]) => {\n"
        "  const kept = xs.filter((x) => x.length > 2);\n"
        "  const bad = xs.every(async (x) => (await check(x)).ok);\n"
        "  const all = await Promise.all(Array.from(kept, async (x) => (await check(x)).ok));\n"
        "  const lost = Array.from(kept, async (x) => check(x));\n"
        "  return { bad, all, n: lost.length };\n"
        "});\n"
    )
    assert findings(code, "WAC106") == [
        (
            5,
            "WAC106",
            "`xs.every` drops the promise its callback returns (it reads that promise as its "
            "answer, and a promise is always truthy): the durable calls in it are never "
            "awaited, and the workflow goes on without them; use `for ... of` with `await`, "
            "or `await Promise.all(xs.map(...))`",
        ),
        (
            7,
            "WAC106",
            "`Array.from` drops the promise its callback returns: the durable calls in it are "
            "never awaited, and the workflow goes on without them; use `for ... of` with "
            "`await`, or `await Promise.all(xs.map(...))`",
        ),
    ]


def test_building_an_instance_at_load_runs_its_constructor_and_fields() -> None:
    code = (
        HEAD
        + (
            "function login(url: string) {\n"
            "  return fetch(url, { method: 'POST' });\n"
            "}\n"
            "class Session {\n"
            "  started = Date.now();\n"
            "  constructor(readonly url: string) {\n"
            "    void login(url);\n"
            "  }\n"
            "}\n"
            "class Lazy {\n"
            "  constructor(readonly url: string) {}\n"
            "}\n"
            "const lazy = new Lazy('https://api.example');\n"
            "const session = new Session('https://auth.example/login');\n"
        )
        + TAIL
    )
    assert findings(code, "WAC101") == [
        (
            15,
            "WAC101",
            "`fetch` (reached through `Session.constructor → login`, which building it runs) "
            f"does network I/O {AT_LOAD}",
        )
    ]


def test_python_init_run_at_load_and_a_lazy_executor() -> None:
    code = (
        "from concurrent.futures import ThreadPoolExecutor\n"
        "import requests\n"
        "from wmill import task, workflow\n"
        "class Registry:\n"
        "    def __init__(self, url: str):\n"
        "        self.items = requests.get(url).json()\n"
        "REGISTRY = Registry('https://registry.example')\n"
        "POOL = ThreadPoolExecutor(max_workers=2)\n"
        "@task()\n"
        "async def run(x: str) -> str:\n"
        "    return x\n"
        "@workflow\n"
        "async def main(x: str):\n"
        "    return await run(x)\n"
    )
    from wac_lint.source import LANG_PYTHON

    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=["WAC101"])
    assert [(f.row, f.message) for f in result.findings] == [
        (
            7,
            "`requests.get` (reached through `Registry.__init__`, which building it runs) "
            f"does network I/O {AT_LOAD}",
        )
    ]


def test_processes_kept_in_a_name_and_awaited_client_calls_at_load() -> None:
    code = (
        'import { Pool } from "pg";\nimport { spawn } from "node:child_process";\n'
        + HEAD
        + (
            "const pool = new Pool({ connectionString: 'postgres://x' });\n"
            "pool.on('error', (e: Error) => console.log(e));\n"
            "await pool.query('select 1');\n"
            "const child = spawn('sidecar', ['--port', '9']);\n"
        )
        + TAIL
    )
    assert [
        (row, msg.split(" at module level")[0]) for row, _, msg in findings(code, "WAC101")
    ] == [
        (6, "`pg.Pool(…).query` talks to a database or queue"),
        (7, "`child_process.spawn` starts or signals a process or a thread"),
    ]


def test_decorators_of_a_module_level_class_run_when_it_is_defined() -> None:
    code = (
        HEAD
        + (
            "function track(_t: object, key: string) {\n"
            "  void fetch('https://registry.example/members', { method: 'POST', body: key });\n"
            "}\n"
            "function mark(_t: Function) {}\n"
            "@mark\n"
            "export class Handler {\n"
            "  @track\n"
            "  handle() {\n"
            "    return 1;\n"
            "  }\n"
            "}\n"
        )
        + TAIL
    )
    assert findings(code, "WAC101") == [
        (
            8,
            "WAC101",
            "`fetch` (in `track`, which decorating `Handler` runs when the module loads) "
            f"does network I/O {AT_LOAD}",
        )
    ]


def test_object_literal_setters_thenables_and_proxy_set_traps() -> None:
    code = HEAD + (
        "const meter = {\n"
        "  total: 0,\n"
        "  set add(n: number) {\n"
        "    this.total += n;\n"
        "  },\n"
        "  set report(n: number) {\n"
        "    void fetch('https://meter.example', { method: 'POST', body: String(n) });\n"
        "  },\n"
        "};\n"
        "const lazy = {\n"
        "  then: (ok: (v: string) => void) => fetch('https://x.example').then(() => ok('y')),\n"
        "};\n"
        "const store = new Proxy({} as Record<string, number>, {\n"
        "  set: (t, k, v) => Reflect.set(t, k, v),\n"
        "});\n"
        "const run = task(async (x: string) => ({ x }));\n"
        "export const main = workflow(async (x: string) => {\n"
        "  meter.add = 1;\n"
        "  store.count = 2;\n"
        "  meter.report = 3;\n"
        "  const y = await lazy;\n"
        "  return await run(x + y);\n"
        "});\n"
    )
    assert findings(code, "WAC101") == [
        (21, "WAC101", network("fetch", "main → meter.report → fetch")),
        (22, "WAC101", network("fetch", "main → lazy.then → fetch")),
    ]


def test_more_retry_libraries_clocks_and_generators() -> None:
    code = (
        'import { retry } from "ts-retry-promise";\nimport Chance from "chance";\n'
        'import { TZDate } from "@date-fns/tz";\n'
        + HEAD
        + (
            "const sync = task(async (x: string) => ({ x }));\n"
            "export const main = workflow(async (x: string, at: number) => {\n"
            "  const seeded = new Chance(x).word();\n"
            "  const later = new TZDate(at, 'Asia/Tokyo').toISOString();\n"
            "  const rng = new Chance();\n"
            "  const now = TZDate.tz('Asia/Tokyo').toISOString();\n"
            "  return await retry(() => sync(seeded + later + rng.word() + now), { retries: 2 });\n"
            "});\n"
        )
    )
    assert [
        (row, code, msg.split(":")[0]) for row, code, msg in findings(code, "WAC102", "WAC202")
    ] == [
        (9, "WAC102", "`new Chance()` is random"),
        (10, "WAC102", "`TZDate.tz` reads the clock"),
        (
            11,
            "WAC202",
            "`retry` catches what its callback throws, the SDK's suspension (`StepSuspend`) "
            "included, and calls it again after a delay",
        ),
    ]


def test_a_cockatiel_policy_running_a_task_is_a_retry_not_a_query() -> None:
    code = (
        'import { handleAll, retry, wrap, timeout } from "cockatiel";\n'
        + HEAD
        + (
            "const policy = wrap(retry(handleAll, { maxAttempts: 2 }), timeout(5000));\n"
            "const sync = task(async (x: string) => ({ x }));\n"
            "export const main = workflow(async (x: string) => {\n"
            "  return await policy.execute(async () => await sync(x));\n"
            "});\n"
        )
    )
    assert [
        (row, code, msg.split(":")[0]) for row, code, msg in findings(code, "WAC101", "WAC202")
    ] == [
        (
            6,
            "WAC202",
            "`policy.execute` catches what its callback throws, the SDK's suspension "
            "(`StepSuspend`) included, and calls it again after a delay",
        ),
    ]


def test_a_promise_executor_at_load_runs_at_once() -> None:
    code = (
        HEAD
        + (
            "await new Promise((r) => setTimeout(r, 2000));\n"
            "const warm = new Promise<void>((resolve) => {\n"
            "  queueMicrotask(() => console.log('scheduled'));\n"
            "  fetch('https://warm.example').then(() => resolve());\n"
            "});\n"
        )
        + TAIL
    )
    assert findings(code, "WAC101") == [
        (2, "WAC101", f"`setTimeout` waits, holding the worker (use the SDK's `sleep`), {AT_LOAD}"),
        (5, "WAC101", f"`fetch` does network I/O {AT_LOAD}"),
    ]
