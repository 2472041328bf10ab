"""Red team RT: TypeScript workflows ported from other durable-execution frameworks and
values crossing the checkpoint's JSON, pinned with WAC107 / WAC302 / WAC101's messages."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile

HEAD = 'import { step, task, taskScript, workflow } from "windmill-client";\n'


def findings(code: str, code_: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=[code_])
    return [(f.row, f.message) for f in result.findings]


def retry_task(policy: str) -> str:
    return (
        HEAD
        + "const render = task(async (id: string) => id, { retry: "
        + policy
        + " });\n"
        + "export const main = workflow(async (id: string) => await render(id));\n"
    )


def test_retry_delay_in_milliseconds() -> None:
    code = retry_task("{ attempts: 3, delay: 5 * 1000, max_delay: retryCapMs }")
    ms = (
        "retry `{}` is a number of seconds in the SDK (the backoff is a durable sleep), but "
        "`{}` is in milliseconds: it waits 1000 times longer than meant; give seconds"
    )
    assert findings(code, "WAC302") == [
        (2, ms.format("delay", "5 * 1000")),
        (2, ms.format("max_delay", "retryCapMs")),
    ]


def test_retry_delay_in_seconds_is_fine() -> None:
    code = retry_task("{ attempts: 3, delay: MIN_TIMEOUT_MS / 1000, multiplier: 2, max_delay: 60 }")
    assert findings(code, "WAC302") == []


def test_decimal_js_value_returned_by_a_task() -> None:
    code = (
        'import Decimal from "decimal.js";\n'
        + HEAD
        + "const sum = task(async (xs: string[]) => {\n"
        "  let total = new Decimal(0);\n"
        "  for (const x of xs) total = total.plus(x);\n"
        "  return total;\n"
        "});\n"
        "const fee = task(async (x: string) => new Decimal(x).times(0.03).toFixed(2));\n"
        "const net = task(async (x: string) => new Decimal(x).minus(1));\n"
        "export const main = workflow(async (xs: string[]) => {\n"
        "  const total = await sum(xs);\n"
        "  return [await fee(String(total)), await net(String(total))];\n"
        "});\n"
    )
    assert findings(code, "WAC107") == [
        (
            6,
            "`total` is a decimal.js `Decimal` returned by this task: it is checkpointed as "
            "JSON and comes back as a string of its digits (through its `toJSON`)",
        ),
        (
            9,
            "`new Decimal(x).minus(1)` is a decimal.js `Decimal` returned by this task: it is "
            "checkpointed as JSON and comes back as a string of its digits (through its "
            "`toJSON`)",
        ),
    ]


def test_map_group_by_returned_or_sent() -> None:
    code = (
        HEAD
        + 'const report = taskScript("f/x/report");\n'
        + "export const main = workflow(async (xs: { k: string }[]) => {\n"
        '  const a = await step("a", () => Map.groupBy(xs, (x) => x.k));\n'
        '  const b = await step("b", () => Object.groupBy(xs, (x) => x.k));\n'
        "  const byK = Map.groupBy(xs, (x) => x.k);\n"
        "  await report({ byK, plain: Object.fromEntries(byK) });\n"
        "  return [a, b];\n"
        "});\n"
    )
    assert findings(code, "WAC107") == [
        (
            4,
            "`Map.groupBy(xs, (x) => x.k)` is a `Map` returned by this step: it is checkpointed "
            "as JSON and comes back as `{}` (its entries are lost)",
        ),
        (
            7,
            "`byK` is a `Map` inside the value passed to the script `f/x/report`: the job's "
            "arguments are sent as JSON, so it arrives as `{}` (its entries are lost)",
        ),
    ]


def test_items_of_a_mapped_array() -> None:
    code = (
        HEAD + "export const main = workflow(async (xs: string[]) => {\n"
        '  const d = await step("d", () => xs.map((x) => new Date(x)));\n'
        '  const t = await step("t", () => xs.map((x) => new Date(x).getTime()));\n'
        '  const s = await step("s", () => Array.from(xs, (x) => ({ at: new Set([x]) })));\n'
        "  return [d, t, s];\n"
        "});\n"
    )
    assert findings(code, "WAC107") == [
        (
            3,
            "`new Date(x)` is a `Date` inside the value returned by this step: it is "
            "checkpointed as JSON and comes back as its ISO string",
        ),
        (
            5,
            "`new Set([x])` is a `Set` inside the value returned by this step: it is "
            "checkpointed as JSON and comes back as `{}` (its items are lost)",
        ),
    ]


def test_declared_return_type() -> None:
    code = (
        HEAD
        + "const seen = task(async (id: string): Promise<Date> => rows[id].seen);\n"
        + "const tags = task(async (id: string): Promise<Set<string>> => rows[id].tags);\n"
        + "const iso = task(async (id: string): Promise<string> => rows[id].seen.toISOString());\n"
        + "const many = task(async (id: string): Promise<Date[]> => rows[id].dates);\n"
        + "export const main = workflow(async (id: string) => {\n"
        "  return [await seen(id), await tags(id), await iso(id), await many(id)];\n"
        "});\n"
    )
    assert findings(code, "WAC107") == [
        (
            2,
            "`rows[id].seen` is a `Date` (its declared type) returned by this task: it is "
            "checkpointed as JSON and comes back as its ISO string",
        ),
        (
            3,
            "`rows[id].tags` is a `Set` (its declared type) returned by this task: it is "
            "checkpointed as JSON and comes back as `{}` (its items are lost)",
        ),
        (
            5,
            "`rows[id].dates` is an array of `Date`s (its declared type) returned by this task: "
            "it is checkpointed as JSON and comes back as an array of ISO strings",
        ),
    ]


def test_function_member_the_body_calls() -> None:
    code = (
        HEAD + "const rate = task(async (c: string) => {\n"
        "  const r = c.length;\n"
        "  return { r, convert: (n: number) => n * r, label() { return c; } };\n"
        "});\n"
        "export const main = workflow(async (c: string, xs: number[]) => {\n"
        "  const fx = await rate(c);\n"
        "  const other = await rate(c);\n"
        "  console.log(other.r);\n"
        "  return xs.map((x) => fx.convert(x));\n"
        "});\n"
    )
    assert findings(code, "WAC107") == [
        (
            4,
            "`convert` is a function returned by this task, and the workflow calls "
            "`fx.convert`: it is checkpointed as JSON, which drops a function member, so the "
            "call is a `TypeError`",
        ),
    ]


def test_member_always_written_compared_with_undefined() -> None:
    code = (
        HEAD + "export const main = workflow(async (u: string) => {\n"
        '  const page = await step("p", async () => ({ ids: [u], next: (u as any).next }));\n'
        "  if (page.next === undefined) return 0;\n"
        '  const maybe = await step("m", async () => (u ? { next: u } : {}));\n'
        "  if (maybe.next === undefined) return 1;\n"
        '  const spread = await step("s", async () => ({ ...JSON.parse(u), next: 1 }));\n'
        "  if (spread.next !== undefined) return 2;\n"
        "  return page.next !== undefined;\n"
        "});\n"
    )
    never = (
        "`page.next {} undefined` is {}: `page` is a checkpointed result whose `next` is always "
        "written, and the SDK stores an `undefined` member as `null`; test `== null` instead"
    )
    assert findings(code, "WAC107") == [
        (4, never.format("===", "never true")),
        (9, never.format("!==", "always true")),
    ]


def test_decorator_factory_runs_what_it_returns_at_load() -> None:
    code = (
        HEAD + "const seen = new Map<string, unknown>();\n"
        "function announce(kind: string) {\n"
        "  return function (cls: any, _ctx: ClassDecoratorContext) {\n"
        '    void fetch("https://registry.example.com", { method: "POST", body: kind });\n'
        "    return cls;\n"
        "  };\n"
        "}\n"
        "const register = (kind: string) => (cls: any, _ctx: ClassDecoratorContext) => {\n"
        "  seen.set(kind, cls);\n"
        "};\n"
        "function audited(kind: string) {\n"
        "  return function (target: any, _ctx: ClassMethodDecoratorContext) {\n"
        "    return async function (this: unknown, ...args: unknown[]) {\n"
        '      await fetch("https://audit.example.com", { method: "POST", body: kind });\n'
        "      return target.apply(this, args);\n"
        "    };\n"
        "  };\n"
        "}\n"
        "const posted = (kind: string) => (cls: any, _ctx: ClassDecoratorContext) => {\n"
        '  void fetch(`https://registry.example.com/${kind}`, { method: "PUT" });\n'
        "};\n"
        '@announce("refund")\n'
        '@register("refund")\n'
        "class Refund {\n"
        '  @audited("run")\n'
        "  run() { return 1; }\n"
        "}\n"
        '@posted("charge")\n'
        "class Charge {}\n"
        "export const main = workflow(async () => [new Refund(), new Charge()].length);\n"
    )
    loaded = (
        "`fetch` (in `{}`, which decorating `{}` runs when the module loads) does network I/O "
        "at module level: the script runs again from the top on every replay of the workflow, "
        "so this happens again each time; call it in a task or a `step(...)` in the body"
    )
    assert findings(code, "WAC101") == [
        (23, loaded.format("announce", "Refund")),
        (29, loaded.format("posted", "Charge")),
    ]


def test_function_kept_in_a_collection_is_not_a_dropped_task() -> None:
    code = (
        HEAD + "const cancel = task(async (ref: string) => ref);\n"
        "const book = task(async (x: string) => x);\n"
        "export const main = workflow(async (xs: string[]) => {\n"
        "  const undo: Array<() => Promise<unknown>> = [];\n"
        "  const hooks = new Map<string, () => Promise<unknown>>();\n"
        '  const r = await book("a");\n'
        "  undo.push(() => cancel(r));\n"
        '  hooks.set("b", () => cancel("b"));\n'
        "  for (const u of undo.reverse()) await u();\n"
        '  await hooks.get("b")?.();\n'
        "  xs.forEach((x) => cancel(x));\n"
        "  return r;\n"
        "});\n"
    )
    assert [row for row, _ in findings(code, "WAC106")] == [12]


def network(row: int) -> tuple[int, str]:
    return (
        row,
        "`fetch` does network I/O in the workflow body, which re-runs on every replay; move "
        "it into a task or a `step(...)`",
    )


def test_object_literal_members_run_only_when_disposed() -> None:
    code = (
        HEAD + "const m = task(async (t: string) => t);\n"
        "let api: { post(u: string): Promise<unknown> } | undefined;\n"
        "export const main = workflow(async (tenant: string) => {\n"
        "  api = { async post(u: string) { return await fetch(u); } };\n"
        "  using scope = {\n"
        "    tenant,\n"
        '    async report() { await fetch("https://x.example.com"); },\n'
        '    [Symbol.dispose]() { void fetch("https://y.example.com"); },\n'
        "  };\n"
        "  await using lease = {\n"
        '    async [Symbol.asyncDispose]() { await fetch("https://z.example.com"); },\n'
        "  };\n"
        "  return await m(scope.tenant);\n"
        "});\n"
    )
    # line 5: an object assigned (not declared) is read as run where it is written, as
    # its methods are not resolved where they are called
    assert findings(code, "WAC101") == [network(5), network(9), network(12)]


def test_caught_error_returned_inside_a_step_value() -> None:
    code = (
        HEAD + "export const main = workflow(async (url: string) => {\n"
        '  const a = await step("a", async () => {\n'
        "    try {\n"
        "      return { ok: (await fetch(url)).ok, error: null };\n"
        "    } catch (e) {\n"
        "      return { ok: false, error: e };\n"
        "    }\n"
        "  });\n"
        '  const b = await step("b", async () => {\n'
        "    try {\n"
        "      return { ok: (await fetch(url)).ok, error: null };\n"
        "    } catch (e) {\n"
        "      return { ok: false, error: e instanceof Error ? e.message : String(e) };\n"
        "    }\n"
        "  });\n"
        '  const c = await step("c", async () => {\n'
        "    try {\n"
        "      return { ok: (await fetch(url)).ok, error: null };\n"
        "    } catch ({ message }: any) {\n"
        "      return { ok: false, error: message };\n"
        "    }\n"
        "  });\n"
        "  return [a, b, c];\n"
        "});\n"
    )
    assert findings(code, "WAC107") == [
        (
            7,
            "`e` is the caught error (an `Error`, when one was thrown) inside the value "
            "returned by this step: it is checkpointed as JSON and comes back as `{}` (its "
            "`message` and `stack` are not enumerable)",
        )
    ]


def test_declared_interface_member_and_bun_hash() -> None:
    code = (
        HEAD + "interface Invoice { id: string; dueDate: Date | null }\n"
        "type Plain = { id: string; dueDate: string };\n"
        "const one = task(async (id: string): Promise<Invoice> => rows[id]);\n"
        "const many = task(async (id: string): Promise<Invoice[]> => rows[id]);\n"
        "const plain = task(async (id: string): Promise<Plain> => rows[id]);\n"
        "const inline = task(async (id: string): Promise<{ id: string; tags: Set<string> }> =>\n"
        "  rows[id]);\n"
        "const hashed = task(async (id: string) => Bun.hash(id));\n"
        "const crc = task(async (id: string) => Bun.hash.crc32(id));\n"
        "const hex = task(async (id: string) => Bun.hash(id).toString(16));\n"
        "export const main = workflow(async (id: string) => {\n"
        "  return [await one(id), await many(id), await plain(id), await inline(id),\n"
        "    await hashed(id), await crc(id), await hex(id)];\n"
        "});\n"
    )
    member = (
        "`rows[id]` is {} member (`{}`) of its declared type{} returned by this task: it is "
        "checkpointed as JSON and comes back as {}"
    )
    assert findings(code, "WAC107") == [
        (4, member.format("a `Date`", "dueDate", " `Invoice`", "its ISO string")),
        (5, member.format("a `Date`", "dueDate", " `Invoice`", "its ISO string")),
        (8, member.format("a `Set`", "tags", "", "`{}` (its items are lost)")),
        (
            9,
            "`Bun.hash(id)` is a `bigint` returned by this task: it is checkpointed as JSON and "
            "comes back as a string of its digits",
        ),
    ]


def test_temporal_values_crossing_a_task() -> None:
    code = (
        'import { Temporal } from "@js-temporal/polyfill";\n'
        + HEAD
        + "const a = task(async (s: string) => Temporal.PlainDate.from(s).add({ days: 30 }));\n"
        "const b = task(async (s: string) => Temporal.PlainDate.from(s).toString());\n"
        "const c = task(async (s: string, t: string) =>\n"
        "  Temporal.PlainDate.compare(Temporal.PlainDate.from(s), Temporal.PlainDate.from(t)));\n"
        "const d = task(async (s: string) => Temporal.Instant.from(s).epochMilliseconds);\n"
        "const e = task(async (s: string) => Temporal.Duration.from(s).total({ unit: 's' }));\n"
        "export const main = workflow(async (s: string) => {\n"
        "  return [await a(s), await b(s), await c(s, s), await d(s), await e(s)];\n"
        "});\n"
    )
    assert findings(code, "WAC107") == [
        (
            3,
            "`Temporal.PlainDate.from(s).add({ days: 30 })` is a `Temporal.PlainDate` returned "
            "by this task: it is checkpointed as JSON and comes back as its ISO string (through "
            "its `toJSON`)",
        )
    ]


def test_axios_response_crossing_a_step_or_task() -> None:
    code = (
        'import axios from "axios";\n'
        + HEAD
        + 'const http = axios.create({ baseURL: "https://api.example.com" });\n'
        "const whole = task(async (id: string) => await axios.get(`/x/${id}`));\n"
        "const data = task(async (id: string) => (await axios.get(`/x/${id}`)).data);\n"
        "export const main = workflow(async (id: string) => {\n"
        '  await step("post", () => http.post("/y", { id }));\n'
        '  const r = await step("r", async () => {\n'
        '    const res = await http.get("/z");\n'
        "    return { status: res.status, body: res.data };\n"
        "  });\n"
        "  return [await whole(id), await data(id), r];\n"
        "});\n"
    )
    thrown = (
        "`JSON.stringify` throws on it (its `request` is the circular `ClientRequest`: "
        '"Converting circular structure to JSON"), so it is never checkpointed and the call '
        "fails; return its `.data`"
    )
    assert findings(code, "WAC107") == [
        (4, f"'axios.get(`/x/${{id}}`)' is an axios response returned by this task: {thrown}"),
        (7, f'`http.post("/y", {{ id }})` is an axios response returned by this step: {thrown}'),
    ]


def test_bytes_returned_by_tasks() -> None:
    code = (
        'import { readFile } from "node:fs/promises";\n'
        'import * as fs from "node:fs";\n'
        'import { gzipSync } from "node:zlib";\n' + HEAD + "class Meter { bytes() { return 3; } }\n"
        "const a = task(async (p: string) => await readFile(p));\n"
        'const b = task(async (p: string) => await readFile(p, "utf8"));\n'
        "const c = task(async (p: string) => fs.readFileSync(p, { flag: 'r' }));\n"
        "const d = task(async (p: string) => fs.readFileSync(p, { encoding: 'utf8' }));\n"
        "const e = task(async (s: string) => gzipSync(s).toString('base64'));\n"
        "const f = task(async (s: string) => new TextEncoder().encode(s));\n"
        "const g = task(async (u: string) => (await fetch(u)).bytes());\n"
        "const h = task(async () => { const m = new Meter(); return m.bytes(); });\n"
        "export const main = workflow(async (p: string) => {\n"
        "  return [await a(p), await b(p), await c(p), await d(p), await e(p), await f(p),\n"
        "    await g(p), await h()];\n"
        "});\n"
    )
    buffer = (
        "`{}` is a `Buffer` returned by this task: it is checkpointed as JSON and comes back "
        'as `{{ type: "Buffer", data: [...] }}`'
    )
    uint8 = (
        "`{}` is a `Uint8Array` returned by this task: it is checkpointed as JSON and comes "
        'back as an object of its indexes (`{{"0": ..., "1": ...}}`)'
    )
    assert findings(code, "WAC107") == [
        (6, buffer.format("readFile(p)")),
        (8, buffer.format("fs.readFileSync(p, { flag: 'r' })")),
        (11, uint8.format("new TextEncoder().encode(s)")),
        (12, uint8.format("(await fetch(u)).bytes()")),
    ]


def test_zod_schema_with_a_date_field_parsed_in_a_task() -> None:
    code = (
        'import { z } from "zod";\n'
        + HEAD
        + "const Order = z.object({ id: z.string(), at: z.coerce.date().optional() }).strict();\n"
        "const Plain = z.object({ id: z.string(), at: z.string().datetime() });\n"
        "const a = task(async (j: string) => Order.parse(JSON.parse(j)));\n"
        "const b = task(async (j: string) => Plain.parse(JSON.parse(j)));\n"
        "const c = task(async (j: string) => {\n"
        "  const order = await Order.parseAsync(JSON.parse(j));\n"
        "  return order;\n"
        "});\n"
        "const d = task(async (j: string) => Order.parse(JSON.parse(j)).id);\n"
        "export const main = workflow(async (j: string) => {\n"
        "  return [await a(j), await b(j), await c(j), await d(j)];\n"
        "});\n"
    )
    member = (
        "`{}` is a `Date` member (`at`) of the zod schema `Order` returned by this task: it is "
        "checkpointed as JSON and comes back as its ISO string"
    )
    assert findings(code, "WAC107") == [
        (5, member.format("Order.parse(JSON.parse(j))")),
        (9, member.format("order")),
    ]


def test_instanceof_on_a_member_of_a_checkpointed_result() -> None:
    code = (
        HEAD + "const one = task(async (id: string) => ({ at: id, id }));\n"
        "export const main = workflow(async (id: string) => {\n"
        "  const r = await one(id);\n"
        "  if (r.at instanceof Date) return 1;\n"
        '  const s = await step("s", () => ({ when: { at: id } }));\n'
        "  if (s?.when.at instanceof Date) return 2;\n"
        "  const local = { at: new Date(id) };\n"
        "  if (local.at instanceof Date) return 3;\n"
        "  return r;\n"
        "});\n"
    )
    dead = (
        "`{}` is never true: `{}` is a checkpointed result, which comes back from JSON "
        "(strings, numbers, lists, plain objects)"
    )
    assert findings(code, "WAC107") == [
        (5, dead.format("r.at instanceof Date", "r")),
        (7, dead.format("s?.when.at instanceof Date", "s")),
    ]
