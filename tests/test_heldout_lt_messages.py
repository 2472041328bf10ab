"""Red team LT: Bun TypeScript scripts written blind (runtime APIs, value shapes, task
shapes, error handling), pinned with the messages their findings give."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile

HEAD = 'import { step, task, workflow } from "windmill-client";\n'


def findings(code: str, *codes: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=list(codes))
    return [(f.row, f.code, f.message) for f in result.findings]


def io(what: str, kind: str) -> str:
    return (
        f"`{what}` {kind} in the workflow body, which re-runs on every replay; "
        "move it into a task or a `step(...)`"
    )


NET = "does network I/O"
DB = "talks to a database or queue"
API = "calls a cloud or external API"


def test_api_clients_built_by_lowercase_factories_are_followed() -> None:
    code = (
        'import { google } from "googleapis";\n'
        'import { drizzle } from "drizzle-orm/node-postgres";\n'
        'import { eq } from "drizzle-orm";\n' + HEAD + "\n"
        'const sheets = google.sheets({ version: "v4" });\n'
        'const db = drizzle("postgres://app@db/app");\n\n'
        "export const main = workflow(async (id: string) => {\n"
        '  const drive = google.drive({ version: "v3" });\n'
        "  const where = eq(1, id);\n"
        '  await sheets.spreadsheets.values.append({ spreadsheetId: id, range: "A1" });\n'
        "  await db.select().from(id).where(where);\n"
        "  return drive;\n"
        "});\n"
    )
    assert findings(code, "WAC101") == [
        (12, "WAC101", io("sheets.spreadsheets.values.append", API)),
        (13, "WAC101", io("db.select().from(id).where", DB)),
    ]


def test_dns_and_ofetch_are_network_io() -> None:
    code = (
        'import { ofetch } from "ofetch";\n'
        'import { resolve4 } from "node:dns/promises";\n'
        'import dns from "node:dns";\n' + HEAD + "\n"
        "export const main = workflow(async (host: string) => {\n"
        "  const a = await resolve4(host);\n"
        "  const b = await dns.promises.resolve6(host);\n"
        "  return await ofetch(`https://${host}/`, { query: { a, b } });\n"
        "});\n"
    )
    assert findings(code, "WAC101") == [
        (7, "WAC101", io("resolve4", NET)),
        (8, "WAC101", io("dns.promises.resolve6", NET)),
        (9, "WAC101", io("ofetch", NET)),
    ]


def test_return_promise_reject_of_the_caught_error_is_a_rethrow() -> None:
    def script(handler: str) -> str:
        return (
            HEAD + "\nconst publish = task(async (slug: string) => ({ slug }));\n\n"
            "export const main = workflow(async (slug: string) => {\n"
            "  try {\n    return await publish(slug);\n"
            f"  }} catch (e) {{\n    console.error(slug);\n    {handler}\n  }}\n}});\n"
        )

    assert findings(script("return Promise.reject(e);"), "WAC202") == []
    assert findings(script("return await Promise.reject(e);"), "WAC202") == []
    # another error, or a value, is not the suspension handed on
    assert findings(script('return Promise.reject(new Error("x"));'), "WAC202") == [
        (
            8,
            "WAC202",
            "This catch also catches the SDK's suspension (`StepSuspend` is an Error): its "
            "handler runs on every suspension; rethrow it first: "
            '`if (e?.name === "StepSuspend") throw e`',
        )
    ]


def test_a_timer_waits_only_when_it_resolves_an_awaited_promise() -> None:
    code = (
        'import { setTimeout as wait } from "node:timers/promises";\n' + HEAD + "\n"
        "const notify = task(async (t: string) => ({ t }));\n\n"
        "export const main = workflow(async (tenant: string) => {\n"
        '  const h = setInterval(() => console.log("alive"), 5000);\n'
        "  clearInterval(h);\n"
        "  await new Promise<void>((resolve) => {\n"
        "    setTimeout(() => resolve(), 3000);\n"
        "  });\n"
        "  await wait(1000);\n"
        "  setTimeout(() => notify(tenant), 10);\n"
        "  return tenant;\n"
        "});\n"
    )
    waits = "waits, holding the worker (use the SDK's `sleep`),"
    assert findings(code, "WAC101", "WAC106") == [
        (10, "WAC101", io("setTimeout", waits)),
        (12, "WAC101", io("wait", waits)),
        (
            13,
            "WAC106",
            "The result of `notify(...)` is never awaited: the SDK still dispatches the "
            "task, but its result and its failure are lost; `await` it or gather it",
        ),
    ]


def env(what: str) -> str:
    return (
        f"`{what}` reads the process environment: the value changes between replays of "
        "the workflow body; capture it with `step(...)`"
    )


def test_default_locale_and_time_zone_and_machine_load_are_the_environment() -> None:
    code = (
        'import os from "node:os";\n' + HEAD + "\n"
        "const s = task(async (t: string) => ({ t }));\n\n"
        "export const main = workflow(async (tz: string) => {\n"
        "  const a = Intl.DateTimeFormat().resolvedOptions().timeZone;\n"
        '  const c = new Intl.DateTimeFormat("en-US", { timeZone: tz }).resolvedOptions();\n'
        "  const e = os.loadavg()[0];\n"
        "  return await s(`${a}${c.timeZone}${e}`);\n"
        "});\n"
    )
    assert findings(code, "WAC102") == [
        (7, "WAC102", env("Intl.DateTimeFormat().resolvedOptions")),
        (9, "WAC102", env("os.loadavg")),
    ]


def test_tests_a_checkpointed_result_can_never_pass() -> None:
    code = (
        'import { sleep, waitForApproval } from "windmill-client";\n' + HEAD + "\n"
        "const find = task(async (e: string) => (e ? { id: e } : undefined));\n"
        "const ratio = task(async (a: number) => a / 0);\n\n"
        "export const main = workflow(async (email: string) => {\n"
        "  const u = await find(email);\n"
        "  if (u === undefined) return 1;\n"
        '  if (typeof u !== "undefined" && u.id === undefined) return 2;\n'
        "  const r = await ratio(1);\n"
        "  if (Number.isNaN(r) || isNaN(r)) return 3;\n"
        "  const z = await sleep(1);\n"
        "  if (z === undefined) return 4;\n"
        "  const { value } = await waitForApproval({ timeout: 60 });\n"
        "  if (value === undefined) return 5;\n"
        "  let v = await find(email);\n"
        "  v = undefined;\n"
        "  if (v === undefined || u == undefined) return 6;\n"
        "  return 0;\n"
        "});\n"
    )
    undef = "which comes back from JSON, where `undefined` is stored as `null`"
    assert findings(code, "WAC107") == [
        (9, "WAC107", f"`u === undefined` is never true: `u` is a checkpointed result, {undef}"),
        (
            10,
            "WAC107",
            f'`typeof u !== "undefined"` is always true: `u` is a checkpointed result, {undef}',
        ),
        (
            12,
            "WAC107",
            "`Number.isNaN(r)` is never true: `r` is a checkpointed result, which comes back "
            "from JSON, where `NaN` and `Infinity` are written as `null`",
        ),
    ]


def test_a_function_returned_by_a_step_is_stored_as_null() -> None:
    code = (
        HEAD + "\nexport const main = workflow(async (c: string) => {\n"
        '  const fmt = await step("fmt", () => (n: number) => `${c} ${n}`);\n'
        "  return fmt(1);\n"
        "});\n"
    )
    assert findings(code, "WAC107") == [
        (
            4,
            "WAC107",
            "'(n: number) => `${c} ${n}`' is a function returned by this step: it is "
            "checkpointed as JSON and comes back as `null`",
        )
    ]


def test_neverthrow_from_promise_given_a_task_call() -> None:
    code = (
        'import { ResultAsync, fromPromise } from "neverthrow";\n' + HEAD + "\n"
        "const charge = task(async (id: string) => ({ id, paid: true }));\n\n"
        "export const main = workflow(async (id: string) => {\n"
        "  const r = await ResultAsync.fromPromise(charge(id), (e) => String(e));\n"
        "  return r.isOk();\n"
        "});\n"
    )
    assert findings(code, "WAC202") == [
        (
            7,
            "WAC202",
            "`ResultAsync.fromPromise` chains `.catch` onto what a task call returns in "
            "windmill-client 1.818.0 (a bare `{ then }` object whose `then` hands back the "
            "replayed result itself): `TypeError: ... .catch is not a function` once the task "
            "has run, and a failure is thrown rather than turned into an error value; await "
            'the task in try/catch with `if (e?.name === "StepSuspend") throw e` first',
        )
    ]


def test_a_step_named_by_a_function_s_name_is_not_said_to_come_from_inputs() -> None:
    code = (
        HEAD + "\nasync function loadConfig() {\n  return { region: 'eu' };\n}\n\n"
        "export const main = workflow(async () => {\n"
        "  return await step(loadConfig.name, loadConfig);\n"
        "});\n"
    )
    assert findings(code, "WAC103") == [
        (
            8,
            "WAC103",
            "The step name `loadConfig.name` is computed at run time: it is stable across "
            "replays (nothing in it reads the clock, randomness or the environment), but the "
            "guide asks for constant names; a literal gives the same keys, numbered `_2`, `_3`",
        )
    ]


def random(what: str) -> str:
    return (
        f"`{what}` is random: the value changes between replays of the workflow body; "
        "capture it with `step(...)`"
    )


def test_salted_hashes_key_generation_and_glob_scans() -> None:
    code = (
        'import bcrypt from "bcryptjs";\n'
        'import { generateKeyPairSync } from "node:crypto";\n' + HEAD + "\n"
        "const s = task(async (x: unknown) => x);\n\n"
        "export const main = workflow(async (pw: string, dir: string) => {\n"
        "  const a = await Bun.password.hash(pw);\n"
        "  const b = await bcrypt.hash(pw, 10);\n"
        '  const d = generateKeyPairSync("ed25519");\n'
        '  const f = [...new Bun.Glob("*.csv").scanSync(dir)];\n'
        '  const ok = (await bcrypt.compare(pw, b)) && new Bun.Glob("*.ts").match(dir);\n'
        "  return await s([a, d, f, ok]);\n"
        "});\n"
    )
    assert findings(code, "WAC101", "WAC102") == [
        (8, "WAC102", random("Bun.password.hash")),
        (9, "WAC102", random("bcrypt.hash")),
        (10, "WAC102", random("generateKeyPairSync")),
        (11, "WAC101", io('new Bun.Glob("*.csv").scanSync', "touches the file system")),
    ]


def test_web_objects_from_steps_and_tasks_come_back_empty() -> None:
    code = (
        HEAD + "\nconst dl = task(async (url: string) => {\n"
        "  const r = await fetch(url);\n"
        "  return await r.arrayBuffer();\n"
        "});\n"
        "const ok = task(async (url: string) => (await fetch(url)).json());\n\n"
        "export const main = workflow(async (url: string) => {\n"
        '  const res = await step("f", () => fetch(url));\n'
        '  const h = await step("h", () => new Headers({ a: "1" }));\n'
        "  return [res, h, await dl(url), await ok(url)];\n"
        "});\n"
    )
    empty = "it is checkpointed as JSON and comes back as `{}` (JSON keeps none of it)"
    assert findings(code, "WAC107") == [
        (5, "WAC107", f"`r.arrayBuffer()` is an `ArrayBuffer` returned by this task: {empty}"),
        (10, "WAC107", f"`fetch(url)` is a `Response` returned by this step: {empty}"),
        (
            11,
            "WAC107",
            f'`new Headers({{ a: "1" }})` is a `Headers` returned by this step: {empty}',
        ),
    ]


def test_a_response_from_a_step_whose_value_is_never_read_is_not_reported() -> None:
    code = (
        HEAD + "\nexport const main = workflow(async (hook: string) => {\n"
        '  await step("notify", () => fetch(hook, { method: "POST" }));\n'
        '  const r = await step("ping", () => fetch(hook));\n'
        "  return r;\n"
        "});\n"
    )
    assert [row for row, _, _ in findings(code, "WAC107")] == [5]


def test_a_parameter_named_fetch_is_not_the_global_fetch() -> None:
    code = (
        HEAD + "\nconst run = task(async (fetch: () => Promise<number>) => fetch());\n"
        "const get = task(async (u: string) => fetch(u));\n\n"
        "export const main = workflow(async (u: string) => [await get(u)]);\n"
    )
    assert [row for row, _, _ in findings(code, "WAC107")] == [4]


def test_library_retry_helpers_and_settling_wrappers_around_durable_calls() -> None:
    code = (
        'import pRetry from "p-retry";\n'
        'import to from "await-to-js";\n'
        'import { ResultAsync } from "neverthrow";\n' + HEAD + "\n"
        "const sync = task(async (id: string) => ({ id }));\n\n"
        "export const main = workflow(async (id: string) => {\n"
        "  const a = await pRetry(() => sync(id), { retries: 5 });\n"
        "  const [err, d] = await to(sync(id));\n"
        '  const e = await ResultAsync.fromPromise(step("p", async () => 1), (x) => x);\n'
        '  const f = await pRetry(async () => (await step("q", async () => 2)) + 1);\n'
        "  const g = await pRetry(async () => id.length, { retries: 1 });\n"
        "  return [a, d, e, f, g, err];\n"
        "});\n"
    )
    retries = (
        "catches what its callback throws, the SDK's suspension (`StepSuspend`) included, "
        "and calls it again after a delay: each suspension holds the worker through the "
        "retries (the SDK rethrows it at each call); give the task a `retry` option instead"
    )
    assert findings(code, "WAC202") == [
        (9, "WAC202", f"`pRetry` {retries}"),
        (
            10,
            "WAC202",
            "`to` chains `.catch` onto what a task call returns in windmill-client 1.818.0 "
            "(a bare `{ then }` object whose `then` hands back the replayed result itself): "
            "`TypeError: ... .catch is not a function` once the task has run, and a failure "
            "is thrown rather than turned into an error value; await the task in try/catch "
            'with `if (e?.name === "StepSuspend") throw e` first',
        ),
        (
            11,
            "WAC202",
            "`ResultAsync.fromPromise` turns a rejection of the promise it is given into a "
            "value, the SDK's suspension (`StepSuspend`) included: the code after it runs on "
            "every suspension; await the durable call in try/catch with "
            '`if (e?.name === "StepSuspend") throw e` first',
        ),
        (12, "WAC202", f"`pRetry` {retries}"),
    ]


def clock(what: str) -> str:
    return (
        f"`{what}` reads the clock: the value changes between replays of the workflow body; "
        "capture it with `step(...)`"
    )


def test_library_helpers_that_read_the_clock_randomness_or_the_machine() -> None:
    code = (
        'import _ from "lodash";\n'
        'import dayjs from "dayjs";\n'
        'import { isPast, isBefore } from "date-fns";\n'
        'import { Worker } from "node:worker_threads";\n' + HEAD + "\n"
        "const s = task(async (x: unknown) => x);\n\n"
        "export const main = workflow(async (d: string, xs: string[]) => {\n"
        "  const a = _.shuffle(xs);\n"
        "  const b = dayjs(d).fromNow();\n"
        "  const c = isPast(new Date(d)) || isBefore(new Date(d), new Date(xs[0]));\n"
        "  const n = navigator.hardwareConcurrency;\n"
        '  new Worker("./w.js");\n'
        "  return await s([a, b, c, n, _.sortBy(xs)]);\n"
        "});\n"
    )
    assert findings(code, "WAC101", "WAC102") == [
        (10, "WAC102", random("_.shuffle")),
        (11, "WAC102", clock("dayjs(d).fromNow")),
        (12, "WAC102", clock("isPast")),
        (13, "WAC102", env("navigator.hardwareConcurrency")),
        (14, "WAC101", io('new Worker("./w.js")', "starts or signals a process or a thread")),
    ]


def test_an_undefined_test_beside_a_null_test_is_defensive_not_dead() -> None:
    def script(*tests: str) -> str:
        return (
            HEAD + "\nconst find = task(async (e: string) => (e ? { id: e } : undefined));\n\n"
            "export const main = workflow(async (email: string) => {\n"
            "  const u = await find(email);\n"
            + "".join(f"  if ({t}) return {n};\n" for n, t in enumerate(tests))
            + "  return u.id;\n});\n"
        )

    assert findings(script("!u || u === undefined", "u === undefined"), "WAC107") == [
        (
            8,
            "WAC107",
            "`u === undefined` is never true: `u` is a checkpointed result, which comes back "
            "from JSON, where `undefined` is stored as `null`",
        )
    ]
    assert findings(script("u === undefined || u === null"), "WAC107") == []
    assert findings(script("u === undefined", "u === null"), "WAC107") == []


def test_a_top_level_task_the_diagram_does_not_draw() -> None:
    code = (
        HEAD + "\ntype F = (x: string) => Promise<string>;\n"
        "function wrap<T>(t: T): T {\n  return t;\n}\n"
        "const a = wrap(task(async function aa(x: string) { return x; }));\n"
        "const b = task(async function bb(x: string) { return x; }) as F;\n"
        "const [c] = [task(async function cc(x: string) { return x; })];\n"
        "const crm = { d: task(async (x: string) => x) };\n"
        "const e: F = task(async function ee(x: string) { return x; });\n"
        "let f = task(async (x: string) => x);\n\n"
        "export const main = workflow(async (x: string) => {\n"
        "  const r = [await a(x), await b(x), await c(x), await crm.d(x), await e(x)];\n"
        "  return r.join() + (await f(x));\n"
        "});\n"
    )

    def undrawn(where: str, key: str) -> str:
        return (
            f"`task` is defined at top level but {where}: it runs (keyed `{key}`), but "
            "Windmill's diagram only draws a task assigned as it is to a top-level `const` "
            "(`const enrich = task(...)`), so it does not show it"
        )

    assert findings(code, "WAC003") == [
        (7, "WAC003", undrawn("passed to another function", "aa")),
        (8, "WAC003", undrawn("cast with `as`", "bb")),
        (9, "WAC003", undrawn("an element of an array literal", "cc")),
        (10, "WAC003", undrawn("a member of an object literal", "step")),
    ]


def test_performance_time_origin_is_the_clock() -> None:
    code = HEAD + "\nexport const main = workflow(async () => performance.timeOrigin);\n"
    assert findings(code, "WAC102") == [(3, "WAC102", clock("performance.timeOrigin"))]


def test_guards_on_the_suspension_s_own_fields() -> None:
    def script(guard: str) -> str:
        return (
            HEAD + "\nconst a = task(async (x: string) => x);\n\n"
            "export const main = workflow(async (x: string) => {\n"
            "  try {\n    return await a(x);\n"
            f"  }} catch (e: any) {{\n    if ({guard}) throw e;\n    return null;\n  }}\n}});\n"
        )

    for guard in (
        "(e as any).dispatchInfo",
        "e?.dispatchInfo",
        'e?.message === "__step_suspend__"',
        '"__step_suspend__" == e.message',
    ):
        assert findings(script(guard), "WAC202") == [], guard
    for guard in ("!e.dispatchInfo", 'e.message === "quota"', "e.retryable"):
        assert [code for _, code, _ in findings(script(guard), "WAC202")] == ["WAC202"], guard


def test_a_race_with_one_durable_entrant_is_won_the_same_way_every_round() -> None:
    def script(entrants: str) -> str:
        return (
            HEAD + "\nconst a = task(async (x: string) => x);\n"
            "const b = task(async (x: string) => x);\n\n"
            "export const main = workflow(async (x: string, cached: string) => {\n"
            f"  const first = await Promise.race([{entrants}]);\n"
            "  return await b(first);\n"
            "});\n"
        )

    assert findings(script("a(x), Promise.resolve(cached)"), "WAC105") == []
    assert findings(script("Promise.resolve(cached), a(x)"), "WAC105") == []
    assert [c for _, c, _ in findings(script("a(x), b(x)"), "WAC105")] == ["WAC105"]
