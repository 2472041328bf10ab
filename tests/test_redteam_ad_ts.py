"""Red team AD (adt): regressions for the general causes behind its TypeScript corpus
(`tests/corpus/adversarial/ad_ts_*`): a clock read that only reaches a logger of a
TypeScript logging library; the dead `instanceof` / `typeof` checks on a part of a
checkpointed result (destructured, iterated through `Object.values` / `Object.entries`);
a checkpointed result handed to a destructuring parameter with a default; a value JSON
changes the type of, then called with a method it lost (an error, not a warning); a
type-guard function of the file around a task; a promise chain (`.then`, `.reduce`,
`pMap`) nobody awaits; clients behind getters (memoizing, static) and fields of an
instance of a class of the file."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile


def findings(code: str, *codes: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.code) for f in result.findings]


def reported(code: str, code_: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=[code_])
    return [(f.row, str(f.severity), f.message) for f in result.findings]


HEAD = (
    'import { task, step, workflow } from "windmill-client";\n'
    "const load = task(async (id: string) => id);\n"  # 2
)


def body(*lines: str, head: str = "") -> str:
    inner = "".join(f"  {line}\n" for line in lines)
    return (
        HEAD + head + f"export const main = workflow(async (id: string, ids: string[]) => {{\n"
        f"{inner}}});\n"
    )


# --- WAC102: loggers of the TypeScript logging libraries -------------------------------


def test_a_clock_read_only_logged_through_a_library_logger_is_not_reported() -> None:
    for head, line in (
        ('import pino from "pino";\nconst log = pino({ name: "x" });\n', "log.info"),
        ('import pino from "pino";\nconst log = pino().child({ a: 1 });\n', "log.warn"),
        ('import winston from "winston";\nconst log = winston.createLogger({});\n', "log.info"),
        ('import { createLogger } from "bunyan";\nconst log = createLogger({ name: "x" });\n',
         "log.debug"),
        ('import { Logger } from "tslog";\nconst log = new Logger();\n', "log.info"),
        ('import consola from "consola";\nconst log = consola;\n', "consola.info"),
        ('import createDebug from "debug";\nconst log = createDebug("app");\n', "log"),
    ):  # fmt: skip
        code = body(
            "const t0 = performance.now();",
            "const r = await load(id);",
            f'{line}({{ ms: performance.now() - t0 }}, "loaded");',
            "return r;",
            head=head,
        )
        assert findings(code, "WAC102") == [], head


def test_a_clock_read_that_reaches_more_than_a_logger_is_still_reported() -> None:
    head = 'import pino from "pino";\nconst log = pino({ name: "x" });\n'
    code = body(  # main opens on line 5
        "const t0 = Date.now();",  # 6
        "const r = await load(String(t0));",  # 7
        'log.info({ t0 }, "loaded");',
        "return r;",
        head=head,
    )
    assert findings(code, "WAC102") == [(6, "WAC102")]
    # a method of an object that is not a logger (`metrics.info(...)` of a client)
    head = 'import { Client } from "statsd";\nconst log = new Client();\n'
    code = body('log.info("t", Date.now());', "return 1;", head=head)
    assert findings(code, "WAC102") == [(6, "WAC102")]


# --- WAC107: dead checks on a part of a checkpointed result ----------------------------


def test_dead_checks_follow_destructuring_and_object_iteration() -> None:
    code = body(
        'const x = await step("x", () => ({ a: new Date(), b: BigInt(1) }));',  # 4
        "const { b } = x;",
        'if (typeof b === "bigint") console.log(1);',  # 6
        "for (const v of Object.values(x)) if (v instanceof Date) console.log(2);",  # 7
        'for (const [k, v] of Object.entries(x)) if (typeof v === "bigint") console.log(3);',
        'const ys = await step("ys", () => [new Date()]);',  # 9
        "for (const y of ys) if (y instanceof Date) console.log(4);",  # 10
    )
    assert findings(code, "WAC107") == [
        (4, "WAC107"),
        (4, "WAC107"),
        (6, "WAC107"),
        (7, "WAC107"),
        (8, "WAC107"),
        (9, "WAC107"),
        (10, "WAC107"),
    ]
    messages = [m for row, _, m in reported(code, "WAC107") if row == 6]
    assert messages == [
        '`typeof b === "bigint"` is never true: `b` is taken from `x`, a checkpointed '
        "result, which comes back from JSON, where a `bigint` is a string of its digits"
    ]


def test_keys_and_undefined_tests_of_parts_are_not_dead() -> None:
    code = body(
        'const x = await step("x", () => ({ a: 1 }));',
        # the key of an entry is a string either way
        'for (const [k, v] of Object.entries(x)) if (typeof k === "bigint") console.log(k);',
        # a missing key reads `undefined`: not dead on a part
        "const { a } = x;",
        "if (a === undefined) console.log(a);",
        # a value of the body's own, not of a result
        "const own = { d: new Date() };",
        "for (const v of Object.values(own)) if (v instanceof Date) console.log(v);",
    )
    assert findings(code, "WAC107") == []


def test_a_destructuring_default_parameter_never_applies_to_a_checkpointed_result() -> None:
    head = (
        "function withDefaults({ max = 30 }: { max?: number } = {}) {\n"  # 3
        "  return max;\n"
        "}\n"
        "const plain = (x: { max?: number } = {}) => x;\n"  # 6
    )
    code = body(  # main opens on line 7
        'const o = await step("o", () => undefined as { max?: number } | undefined);',
        "const a = withDefaults(o);",  # 9
        'const b = withDefaults(await step("p", () => ({ max: 3 })));',  # 10
        "const c = withDefaults(o ?? {});",
        "const d = plain(o);",
        "const e = withDefaults({ max: 1 });",
        "return [a, b, c, d, e];",
        head=head,
    )
    assert findings(code, "WAC107") == [(9, "WAC107"), (10, "WAC107")]
    assert reported(code, "WAC107")[0] == (
        9,
        "error",
        "`o` is a checkpointed result, which comes back from JSON, where `undefined` is "
        "stored as `null`: the default of `withDefaults`'s parameter (`= {}`) never applies "
        "to it, and destructuring `null` throws a TypeError; add `?? {}` to the argument",
    )


# --- WAC204: a type guard of the file around a task ------------------------------------

GUARDED = (
    'import { task, workflow } from "windmill-client";\n'
    'import { HTTPError } from "ky";\n'
    "const pay = task(async (id: string) => id);\n"  # 3
    "function isPaymentRequired(e: unknown): e is HTTPError {\n"  # 4
    "  return e instanceof HTTPError && e.response.status === 402;\n"  # 5
    "}\n"
    "function isFailure(e: unknown): e is Error {\n"  # 7
    '  return e instanceof Error && e.name === "TaskError";\n'
    "}\n"
    "export const main = workflow(async (id: string) => {\n"  # 10
    "  try {\n"
    "    return await pay(id);\n"
    "  } catch (e) {\n"
    "    if ({test}) return null;\n"  # 14
    "    throw e;\n"
    "  }\n"
    "});\n"
)


def test_a_type_guard_of_the_file_testing_a_library_error_is_never_true() -> None:
    code = GUARDED.replace("{test}", "isPaymentRequired(e)")
    assert reported(code, "WAC204") == [
        (
            14,
            "error",
            "`isPaymentRequired(e)` is never true here: `isPaymentRequired` requires `e "
            "instanceof HTTPError` (line 5), which is false of what the guarded code throws: "
            "it only runs tasks and steps, for whose failures the SDK throws a plain `Error` "
            'named "TaskError" (with `name`, `message`, `stack`, `result`, `step_key`, '
            '`child_job_id`); test `e.name === "TaskError"` (the original error is described '
            "in `e.result.error`)",
        )
    ]
    assert findings(GUARDED.replace("{test}", "isPaymentRequired(e) && id"), "WAC204") == [
        (14, "WAC204")
    ]
    # a guard that an Error named "TaskError" passes is fine
    assert findings(GUARDED.replace("{test}", "isFailure(e)"), "WAC204") == []


def test_a_guard_of_the_file_testing_a_field_or_a_library_guard_is_never_true() -> None:
    guards = (
        'import axios from "axios";\n'
        "const isRateLimited = (e: unknown) => (e as any)?.response?.status === 429;\n"
        "function isAxios(e: unknown) { return axios.isAxiosError(e); }\n"
        'function isNamed(e: unknown) { return (e as Error).name === "TaskError"; }\n'
    )
    for test, found in (("isRateLimited(e)", True), ("isAxios(e)", True), ("isNamed(e)", False)):
        code = GUARDED.replace("{test}", test).replace("const pay", guards + "const pay")
        assert findings(code, "WAC204") == ([(18, "WAC204")] if found else []), test


# --- WAC106: async callbacks of a promise chain nobody awaits --------------------------


def test_an_async_callback_of_a_dropped_promise_chain_is_reported_at_the_chain() -> None:
    code = body(
        "ids.reduce(",  # 4
        "  (acc, x) => acc.then(async () => { await load(x); }),",
        "  Promise.resolve(),",
        ");",
        "return 1;",
    )
    assert reported(code, "WAC106") == [
        (
            4,
            "error",
            "`ids.reduce(...)` is never awaited, and the promise it builds waits for the "
            "durable calls of its callback: the workflow goes on without them, and "
            "their results and failures are lost; `await` it",
        )
    ]
    dropped_then = body("Promise.resolve().then(async () => { await load(id); });", "return 1;")
    assert findings(dropped_then, "WAC106") == [(4, "WAC106")]


def test_an_awaited_promise_chain_is_fine() -> None:
    for lines in (
        (
            "await ids.reduce<Promise<void>>(",
            "  (acc, x) => acc.then(async () => { await load(x); }),",
            "  Promise.resolve(),",
            ");",
        ),
        ("await Promise.resolve().then(async () => { await load(id); });",),
        (
            "const chain = ids.reduce(async (acc, x) => { await acc; await load(x); },",
            "  Promise.resolve());",
            "await chain;",
        ),
    ):
        assert findings(body(*lines, "return 1;"), "WAC106") == [], lines


def test_a_chain_of_a_plain_callback_or_a_concurrency_library_is_reported_at_the_chain() -> None:
    head = 'import pMap from "p-map";\nimport pLimit from "p-limit";\nconst limit = pLimit(2);\n'
    for line in (
        "pMap(ids, (x) => load(x), { concurrency: 2 });",
        "pMap(ids, async (x) => { await load(x); });",
        "ids.reduce((acc, x) => acc.then(() => load(x)), Promise.resolve());",
        "limit(async () => { await load(id); });",
    ):
        code = body(line, "return 1;", head=head)  # main opens on line 6
        assert findings(code, "WAC106") == [(7, "WAC106")], line
        assert "is never awaited, and the promise it builds" in reported(code, "WAC106")[0][2]
    awaited = body("await pMap(ids, (x) => load(x), { concurrency: 2 });", "return 1;", head=head)
    assert findings(awaited, "WAC106") == []


# --- WAC107: a value JSON keeps but whose methods the body calls ------------------------


def test_a_changed_value_whose_lost_method_the_body_calls_is_an_error() -> None:
    head = 'import dayjs from "dayjs";\n'
    code = body(
        'const end = await step("end", () => dayjs().add(1, "hour"));',  # 5
        "return end.toISOString();",
        head=head,
    )
    assert reported(code, "WAC107") == [
        (
            5,
            "error",
            '`dayjs().add(1, "hour")` is a dayjs object returned by this step: it is '
            "checkpointed as JSON and comes back as its ISO string (through its `toJSON`), "
            "which has no `toISOString`: the workflow's `end.toISOString()` is a `TypeError`",
        )
    ]
    # only passed on as text: the ISO string is what was wanted, a warning
    kept = body('const end = await step("end", () => new Date());', "return String(end);")
    assert [sev for _, sev, _ in reported(kept, "WAC107")] == ["warning"]


# --- WAC101: clients behind getters and fields of an instance of the file --------------


def test_clients_behind_getters_and_instance_fields_are_followed() -> None:
    head = (
        'import { Pool } from "pg";\n'
        "class Db {\n"
        "  static #pool?: Pool;\n"
        "  static get pool(): Pool {\n"
        '    return (this.#pool ??= new Pool({ connectionString: "postgres://x" }));\n'
        "  }\n"
        "}\n"
        "class Repo {\n"
        "  pool = new Pool();\n"
        "  #cached?: Pool;\n"
        "  get cached(): Pool {\n"
        "    if (!this.#cached) this.#cached = new Pool();\n"
        "    return this.#cached;\n"
        "  }\n"
        "}\n"
        "const repo = new Repo();\n"  # 18
    )
    code = body(  # main opens on line 19
        'await Db.pool.query("select 1");',  # 20
        'await repo.pool.query("select 2");',
        'await repo.cached.query("select 3");',
        'await step("rows", () => repo.pool.query("select 4"));',
        "return 1;",
        head=head,
    )
    assert findings(code, "WAC101") == [(20, "WAC101"), (21, "WAC101"), (22, "WAC101")]
