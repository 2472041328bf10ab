"""Red team AN (ant): regressions for the general causes behind its TypeScript corpus
(`tests/corpus/adversarial/an_ts_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def run(code: str, *codes: str, lang: str = LANG_TYPESCRIPT):
    name = "<t>.ts" if lang == LANG_TYPESCRIPT else "<t>.py"
    result = analyze_source(SourceFile(name, code, lang), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return result.findings


def findings(code: str, *codes: str, lang: str = LANG_TYPESCRIPT) -> list[tuple[int, str]]:
    return [(f.row, f.code) for f in run(code, *codes, lang=lang)]


def sleep_in_ms(expr: str) -> str:
    return (
        f"`sleep` takes seconds, but `{expr}` is in milliseconds (`setTimeout`'s unit): the "
        "workflow waits 1000 times longer; pass seconds (`5 * 60` for five minutes)"
    )


# --- a library call that returns milliseconds -------------------------------------------


def test_a_duration_library_call_in_milliseconds_given_to_sleep() -> None:
    # windmill-client 1.818.0 `sleep(seconds)` suspends `Math.round(seconds)` seconds;
    # date-fns `hoursToMilliseconds(8)` is 28_800_000, Temporal `total("milliseconds")` /
    # luxon `as("milliseconds")` / moment `as("ms")` give the duration in milliseconds
    for expr in (
        "hoursToMilliseconds(hours)",
        "minutesToMilliseconds(hours * 60)",
        'COOL.total("milliseconds")',
        'COOL.total({ unit: "millisecond" })',
        'Duration.fromObject({ hours }).as("milliseconds")',
        'moment.duration(hours, "hours").as("ms")',
    ):
        code = (
            'import { sleep, workflow } from "windmill-client";\n'
            'import { hoursToMilliseconds, minutesToMilliseconds } from "date-fns";\n'
            'import { Temporal } from "@js-temporal/polyfill";\n'
            'import { Duration } from "luxon";\n'
            'import moment from "moment";\n'
            "const COOL = Temporal.Duration.from({ minutes: 45 });\n"
            "export const main = workflow(async (hours: number) => {\n"
            f"  await sleep({expr});\n"  # 8
            "  return hours;\n"
            "});\n"
        )
        found = run(code, "WAC301")
        assert [(f.row, f.message) for f in found] == [(8, sleep_in_ms(expr))], expr


def test_the_same_libraries_in_seconds_are_fine() -> None:
    for expr in (
        "hoursToSeconds(hours)",
        'COOL.total("seconds")',
        'COOL.total({ unit: "seconds" })',
        'Duration.fromObject({ hours }).as("seconds")',
        "hoursToMilliseconds(hours) / 1000",
        'COOL.total("milliseconds") / 1000',
        'COOL.round("milliseconds").total("seconds")',
    ):
        code = (
            'import { sleep, workflow } from "windmill-client";\n'
            'import { hoursToMilliseconds, hoursToSeconds } from "date-fns";\n'
            'import { Temporal } from "@js-temporal/polyfill";\n'
            'import { Duration } from "luxon";\n'
            "const COOL = Temporal.Duration.from({ minutes: 45 });\n"
            "export const main = workflow(async (hours: number) => {\n"
            f"  await sleep({expr});\n"
            "  return hours;\n"
            "});\n"
        )
        assert findings(code, "WAC301") == [], expr


def test_an_approval_timeout_from_a_milliseconds_call() -> None:
    # `_waitForApproval` sends `timeout` as seconds; a task's `timeout` the same
    code = (
        'import { task, waitForApproval, workflow } from "windmill-client";\n'
        'import { Temporal } from "@js-temporal/polyfill";\n'
        'import { minutesToMilliseconds } from "date-fns";\n'
        "const SHIFT = Temporal.Duration.from({ hours: 8 });\n"
        "const t = task(async function t(x: string) { return x; },"
        " { timeout: minutesToMilliseconds(10) });\n"  # 5
        "export const main = workflow(async (x: string) => {\n"
        '  await waitForApproval({ key: "go", timeout: SHIFT.total("milliseconds") });\n'  # 7
        "  return await t(x);\n"
        "});\n"
    )
    assert findings(code, "WAC302") == [(5, "WAC302"), (7, "WAC302")]


def test_a_python_function_named_for_milliseconds_given_to_sleep() -> None:
    # wmill 1.850.0 `sleep(seconds)` suspends `int(seconds)` seconds
    code = (
        "from wmill import sleep, workflow\n"
        "from backoff_lib import backoff_ms\n"
        "@workflow\n"
        "async def main(attempt: int):\n"
        "    await sleep(backoff_ms(attempt))\n"  # 5
        "    await sleep(backoff_seconds(attempt))\n"
        "    return attempt\n"
        "def backoff_seconds(n: int) -> int:\n"
        "    return 2 ** n\n"
    )
    assert findings(code, "WAC301", lang=LANG_PYTHON) == [(5, "WAC301")]


# --- `parallel` given items without `length` --------------------------------------------


def no_length(items: str, what: str, fix: str) -> str:
    return (
        f"`{items}` is {what}, which has no `length`: windmill-client 1.818.0 `parallel` loops "
        "`for (i = 0; i < items.length; ...)` over `items.slice(...)`, so it calls the "
        f"function on no item and returns `[]`; pass an array (`{fix}`)"
    )


def parallel_over(setup: str, items: str) -> str:
    return (
        'import { parallel, task, workflow } from "windmill-client";\n'
        "const seed = task(async function seed(x: unknown) { return 1; });\n"
        "function* ropes(xs: string[]) { yield* xs; }\n"
        "export const main = workflow(async (xs: string[], m: Map<string, number>) => {\n"
        f"  {setup}\n"
        f"  return await parallel({items}, seed, {{ concurrency: 2 }});\n"  # 6
        "});\n"
    )


def test_iterator_helpers_given_to_parallel_are_iterators() -> None:
    # ES2025 iterator helpers return an iterator again: no `length`, `parallel` returns []
    for items in (
        'xs.values().filter((x) => x !== "")',
        "m.keys().map((k) => k.toUpperCase())",
        "ropes(xs).take(3)",
        "Iterator.from(xs).drop(1)",
    ):
        found = run(parallel_over("void 0;", items), "WAC301")
        assert [(f.row, f.message) for f in found] == [
            (6, no_length(items, "an iterator", f"Array.from({items})"))
        ], items


def test_a_plain_object_given_to_parallel() -> None:
    # `Object.groupBy` gives a null-prototype object of arrays; `Object.fromEntries` and
    # `Object.assign({}, ...)` plain objects: none has `length`
    for setup in (
        "const by = Object.groupBy(xs, (x) => x[0]);",
        "const by = Object.fromEntries(xs.map((x) => [x, x]));",
        "const by = Object.assign({}, { a: xs });",
        "const by = { north: xs, south: xs };",
    ):
        found = run(parallel_over(setup, "by"), "WAC301")
        assert [(f.row, f.message) for f in found] == [
            (6, no_length("by", "a plain object", "Object.values(by)"))
        ], setup


def test_arrays_from_the_same_shapes_are_fine() -> None:
    for setup, items in (
        ("const by = Object.groupBy(xs, (x) => x[0]);", "Object.values(by)"),
        ("void 0;", 'xs.values().filter((x) => x !== "").toArray()'),
        ("void 0;", 'xs.filter((x) => x !== "").map((x) => x.trim())'),
        ("const by = Object.assign([], xs);", "by"),
        ("void 0;", "Array.from(m.keys().map((k) => k))"),
    ):
        assert findings(parallel_over(setup, items), "WAC301") == [], items


# --- a catalogued function that returns its stream at once ------------------------------


def test_a_streaming_call_read_for_its_stream_is_reported() -> None:
    # ai's `streamText` / `streamObject` send the request when called and hand back the
    # result object synchronously; reading `.textStream` of it is no query builder's step
    for setup, loop in (
        (
            'const s = streamText({ model: openai("gpt-4o"), prompt: p });',
            "for await (const d of s.textStream) out += d;",
        ),
        (
            'const s = streamObject({ model: openai("gpt-4o"), prompt: p, schema });',
            "for await (const d of s.partialObjectStream) out += JSON.stringify(d);",
        ),
        (
            'const s = streamText({ model: openai("gpt-4o"), prompt: p }).textStream;',
            "for await (const d of s) out += d;",
        ),
    ):
        code = (
            'import { workflow } from "windmill-client";\n'
            'import { streamObject, streamText } from "ai";\n'
            'import { openai } from "@ai-sdk/openai";\n'
            "declare const schema: any;\n"
            "export const main = workflow(async (p: string) => {\n"
            f"  {setup}\n"  # 6
            '  let out = "";\n'
            f"  {loop}\n"
            "  return out;\n"
            "});\n"
        )
        name = "streamObject" if "streamObject" in setup else "streamText"
        found = run(code, "WAC101")
        assert [(f.row, f.message) for f in found] == [
            (
                6,
                f"`{name}` calls a cloud or external API in the workflow body, which re-runs "
                "on every replay; move it into a task or a `step(...)`",
            )
        ], setup


def stream_lost(expr: str, name: str, by: str, awaited: str) -> str:
    return (
        f"`{expr}` is the stream result of `{name}` returned by this {by}: it is checkpointed "
        "as JSON and comes back as an object without its answer (`text`, `usage`, `object` "
        "and the streams are getters and streams of the class, not fields JSON writes); "
        f"await `{awaited}` and return its fields"
    )


def test_a_stream_result_returned_by_a_step_or_task() -> None:
    # windmill-client 1.818.0 `_runInlineStep` checkpoints `JSON.stringify` of the value
    code = (
        'import { step, task, workflow } from "windmill-client";\n'
        'import { generateText, streamObject, streamText } from "ai";\n'
        'import { openai } from "@ai-sdk/openai";\n'
        "declare const schema: any;\n"
        "const outline = task(async function outline(p: string) {\n"
        '  return streamObject({ model: openai("m"), prompt: p, schema });\n'  # 6
        "});\n"
        "export const main = workflow(async (p: string) => {\n"
        '  const a = await step("a", () => streamText({ model: openai("m"), prompt: p }));\n'  # 9
        '  const b = await step("b", async () =>'
        ' (await generateText({ model: openai("m"), prompt: p })).text);\n'
        '  const c = await step("c", async () => {\n'
        '    const r = streamText({ model: openai("m"), prompt: p });\n'
        "    return await r.text;\n"
        "  });\n"
        "  const o = await outline(p);\n"
        "  return [a, b, c, o];\n"
        "});\n"
    )
    found = run(code, "WAC107")
    assert [(f.row, f.message) for f in found] == [
        (
            6,
            stream_lost(
                'streamObject({ model: openai("m"), prompt: p, schema })',
                "streamObject",
                "task",
                "generateObject",
            ),
        ),
        (
            9,
            stream_lost(
                'streamText({ model: openai("m"), prompt: p })',
                "streamText",
                "step",
                "generateText",
            ),
        ),
    ]


# --- `task(fn, "f/path")`: a path where the options go ----------------------------------


def test_a_path_after_the_function_of_task() -> None:
    # windmill-client 1.818.0 `task(fnOrPath, maybeFnOrOptions, maybeOptions)`: with a
    # function first, the second argument is the options; `taskPath` stays undefined
    for fn in (
        "gradeLocal",
        "async (x: string) => x",
        "async function grade(x: string) { return x; }",
    ):
        code = (
            'import { task, workflow } from "windmill-client";\n'
            "async function gradeLocal(x: string) { return x; }\n"
            f'const grade = task({fn}, "f/kelp/grade");\n'  # 3
            'const ok1 = task("f/kelp/grade", gradeLocal);\n'
            "const ok2 = task(gradeLocal, { timeout: 60 });\n"
            "export const main = workflow(async (x: string) => {\n"
            "  return [await grade(x), await ok1(x), await ok2(x)];\n"
            "});\n"
        )
        found = run(code, "WAC301")
        col = code.splitlines()[2].index('"f/kelp/grade"') + 1
        assert [(f.row, f.column, f.message) for f in found] == [
            (
                3,
                col,
                "`task` takes a path first (`task(path, fn)`): after the function, "
                '`"f/kelp/grade"` is taken as the options object and never read, so the task '
                "runs this file's function under its own name, not the script at that path; "
                'write `task("f/kelp/grade", ...)` with the path first',
            )
        ], fn


# --- an array spread into a taskScript / taskFlow wrapper -------------------------------


WRAPPER_ARGS = (
    "`{name}` is a `{wrapper}` wrapper, which sends one object of named arguments "
    "(windmill-client 1.818.0 turns anything else into `{{ arg0, arg1, ... }}`, parameters "
    "the {target} does not have); pass `{{ name: value, ... }}`"
)


def test_an_array_literal_spread_into_a_wrapper_is_positional() -> None:
    # `taskScript`'s wrapper: `args.length === 1 && typeof args[0] === "object"` or else
    # `{ arg0, arg1, ... }`; a spread array of two items is two arguments
    for setup, call in (
        ("const q = [id, since] as const;", "readBuoy(...q)"),
        ("void 0;", "readBuoy(...[id, since])"),
        ("const q = [since];", "readBuoy(...q)"),
        ("const q = [since];", "rebalance(id, ...q)"),
    ):
        code = (
            'import { taskFlow, taskScript, workflow } from "windmill-client";\n'
            'const readBuoy = taskScript("f/kelp/read_buoy");\n'
            'const rebalance = taskFlow("f/kelp/rebalance");\n'
            "export const main = workflow(async (id: string, since: string) => {\n"
            f"  {setup}\n"
            f"  return await {call};\n"  # 6
            "});\n"
        )
        name = call.split("(")[0]
        wrapper, target = ("taskScript", "script") if name == "readBuoy" else ("taskFlow", "flow")
        found = run(code, "WAC301")
        assert [(f.row, f.message) for f in found] == [
            (6, WRAPPER_ARGS.format(name=name, wrapper=wrapper, target=target))
        ], call


def test_a_spread_of_one_object_or_of_unknown_items_is_left_alone() -> None:
    for setup, call in (
        ("const q = [{ buoy_id: id, since }];", "readBuoy(...q)"),
        ("void 0;", "readBuoy(...rest)"),
        ("void 0;", "readBuoy({ ...defaults, buoy_id: id })"),
    ):
        code = (
            'import { taskScript, workflow } from "windmill-client";\n'
            'const readBuoy = taskScript("f/kelp/read_buoy");\n'
            'const defaults = { resolution: "15m" };\n'
            "export const main = workflow(async (id: string, since: string, rest: [object]) => {\n"
            f"  {setup}\n"
            f"  return await {call};\n"
            "});\n"
        )
        assert findings(code, "WAC301") == [], call


# --- TC39 auto-accessor decorators ------------------------------------------------------


def accessor_code(decorator: str, use: str, mark: str = "@remote") -> str:
    return (
        'import { task, workflow } from "windmill-client";\n'
        f"{decorator}\n"
        "class Kiln {\n"
        "  constructor(readonly id: string) {}\n"
        f"  {mark} accessor setpoint = 0;\n"
        "}\n"
        "const log = task(async function log(x: number) { return x; });\n"
        "export const main = workflow(async (id: string, c: number) => {\n"
        "  const kiln = new Kiln(id);\n"
        f"  {use}\n"  # 10
        "  return await log(c);\n"
        "});\n"
    )


POSTING_SET = (
    "set(v: number) { target.set.call(this, v); "
    'void fetch("https://k.example/" + String(c.name), { method: "PUT", body: String(v) }); }'
)


def test_an_auto_accessor_whose_decorator_set_posts() -> None:
    # the standard decorator's returned `{ get, set }` replaces the accessor: assigning
    # runs that `set` (and reading runs `get`)
    for decorator, mark, label in (
        (
            "function remote(target: any, c: any) { return {"
            f" get() {{ return target.get.call(this); }}, {POSTING_SET} }}; }}",
            "@remote",
            "remote.set",
        ),
        (
            f"const remote = (target: any, c: any) => ({{ {POSTING_SET} }});",
            "@remote",
            "remote.set",
        ),
        (
            "function remote(base: string) { return function (target: any, c: any) {"
            f" return {{ {POSTING_SET} }}; }}; }}",
            '@remote("k")',
            "remote.set",
        ),
    ):
        code = accessor_code(decorator, "kiln.setpoint = c;", mark)
        found = run(code, "WAC101")
        assert [(f.row, f.message) for f in found] == [
            (
                10,
                f"`fetch` (reached through `main → {label} → fetch`) does network I/O in the "
                "workflow body, which re-runs on every replay; move it into a task or a "
                "`step(...)`",
            )
        ], decorator


def test_an_auto_accessor_whose_decorator_only_clamps_is_fine() -> None:
    decorator = (
        "function clamped(lo: number, hi: number) { return function (target: any, c: any) {"
        " return { get() { return target.get.call(this); },"
        " set(v: number) { target.set.call(this, Math.min(hi, Math.max(lo, v))); } }; }; }"
    )
    for use in ("kiln.setpoint = c;", "kiln.setpoint += c;", "void kiln.setpoint;"):
        code = accessor_code(decorator, use, "@clamped(0, 9)")
        assert findings(code, "WAC101", "WAC102") == [], use
    # a getter that reads the clock, reached by reading the accessor
    clock = (
        "function stamped(target: any, c: any) { return { get() { return Date.now(); },"
        " set(v: number) { target.set.call(this, v); } }; }"
    )
    code = accessor_code(clock, "const at = kiln.setpoint;", "@stamped")
    assert findings(code, "WAC101", "WAC102") == [(10, "WAC102")]


# --- `task(path, fn, options)`: not drawn ------------------------------------------------


def test_a_task_of_three_arguments_is_not_drawn() -> None:
    # Windmill's parser (windmill-parser-wac `extract_task_call_info`, windmill-oracle
    # `dag`) collects `task(...)` with one or two arguments only; the SDK runs it
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "async function gradeLocal(x: string) { return x; }\n"
        'const a = task("f/kelp/grade", gradeLocal, { timeout: 900 });\n'  # 3
        'const b = task("f/kelp/pack", async function pack(x: string) { return x; },'
        ' { tag: "io" });\n'  # 4
        'const c = task("f/kelp/grade", gradeLocal);\n'
        "const d = task(gradeLocal, { timeout: 900 });\n"
        "const e = task(async (x: string) => x);\n"
        "export const main = workflow(async (x: string) => {\n"
        "  return [await a(x), await b(x), await c(x), await d(x), await e(x)];\n"
        "});\n"
    )
    found = run(code, "WAC003")
    message = (
        "`task` is given 3 arguments: it runs (keyed `{key}`), but Windmill's diagram only "
        "draws a `task(...)` of one or two arguments (`task(fn)`, `task(fn, options)`, "
        "`task(path, fn)`), so it does not show it; drop the path or the options"
    )
    assert [(f.row, f.severity, f.message) for f in found] == [
        (3, "warning", message.format(key="gradeLocal")),
        (4, "warning", message.format(key="pack")),
    ]
    # a module of shared tasks (no workflow) draws no diagram: not reported there
    assert findings(code.split("export const main")[0], "WAC003") == []


def test_a_model_sdk_stream_object_returned_by_a_step() -> None:
    # openai's `chat.completions.stream(...)` / `create({ stream: true })` and
    # @anthropic-ai/sdk's `messages.stream(...)` hand back stream objects whose answer
    # arrives through events and the iterator; the awaited `create` without `stream` is data
    code = (
        'import { step, workflow } from "windmill-client";\n'
        'import OpenAI from "openai";\n'
        'import Anthropic from "@anthropic-ai/sdk";\n'
        "const client = new OpenAI();\n"
        "const claude = new Anthropic();\n"
        "export const main = workflow(async (p: string) => {\n"
        '  const a = await step("a", () =>'
        ' client.chat.completions.stream({ model: "m", messages: [] }));\n'  # 7
        '  const b = await step("b", () =>'
        ' claude.messages.stream({ model: "m", max_tokens: 9, messages: [] }));\n'  # 8
        '  const c = await step("c", () =>'
        ' client.responses.create({ model: "m", input: p, stream: true }));\n'  # 9
        '  const d = await step("d", () =>'
        ' client.chat.completions.create({ model: "m", messages: [] }));\n'
        '  const e = await step("e", () =>'
        ' client.responses.create({ model: "m", input: p, stream: false }));\n'
        "  return [a, b, c, d, e];\n"
        "});\n"
    )
    found = run(code, "WAC107")
    assert [f.row for f in found] == [7, 8, 9]
    assert found[0].message == (
        '`client.chat.completions.stream({ model: "m", messages: [] })` is the stream object of '
        "`openai`'s `stream` returned by this step: it is checkpointed as JSON and comes back as "
        "an object without the answer (it arrives through the stream's events and iterator, not "
        "through fields JSON writes); read the stream to its end in the step or task and return "
        "the text"
    )


# --- LangChain provider packages ---------------------------------------------------------


def test_langchain_provider_packages_are_clients() -> None:
    # `store.similaritySearch(q)` / `model.invoke(q)` are requests; building the store or
    # the model, and Pinecone's `fromExistingIndex` (it wraps the index it is given), are not
    code = (
        'import { workflow } from "windmill-client";\n'
        'import { PineconeStore } from "@langchain/pinecone";\n'
        'import { ChatGroq } from "@langchain/groq";\n'
        'import { OpenAIEmbeddings } from "@langchain/openai";\n'
        "declare const pineconeIndex: any;\n"
        "export const main = workflow(async (q: string) => {\n"
        "  const store = await PineconeStore.fromExistingIndex(new OpenAIEmbeddings(), {"
        " pineconeIndex });\n"
        '  const model = new ChatGroq({ model: "llama-3.1-8b-instant" });\n'
        "  const docs = await store.similaritySearch(q, 4);\n"  # 9
        "  const answer = await model.invoke(q);\n"  # 10
        "  return [docs, answer];\n"
        "});\n"
    )
    assert findings(code, "WAC101") == [(9, "WAC101"), (10, "WAC101")]


# --- arguments past those windmill-client reads ------------------------------------------


def test_arguments_past_those_the_sdk_reads_are_reported() -> None:
    # windmill-client 1.818.0: `sleep(seconds)`, `step(name, fn)`, `waitForApproval(options)`,
    # `taskScript(path, options)`: JavaScript drops any further argument
    code = (
        'import { sleep, step, taskScript, waitForApproval, workflow } from "windmill-client";\n'
        'const s = taskScript("f/x/y", { timeout: 60 }, { retry: { attempts: 2 } });\n'  # 2
        "export const main = workflow(async (n: number) => {\n"
        '  await sleep(5, "minutes");\n'  # 4
        '  await step("n", () => n, { retries: 3 });\n'  # 5
        '  await waitForApproval({ key: "k" }, 3600);\n'  # 6
        "  await sleep(n * 60);\n"
        '  await step("m", () => n);\n'
        "  return await s({ n });\n"
        "});\n"
    )
    found = run(code, "WAC301")
    assert [(f.row, f.message) for f in found] == [
        (
            2,
            "`taskScript` reads 2 arguments (`path`, `options`): `{ retry: { attempts: 2 } }` is "
            "ignored (JavaScript drops it without an error), so what it says does not apply",
        ),
        (
            4,
            '`sleep` reads 1 argument (`seconds`): `"minutes"` is ignored (JavaScript drops it '
            "without an error), so the unit is not read, and the workflow sleeps `5` seconds; "
            "convert to seconds (`5 * 60` for five minutes)",
        ),
        (
            5,
            "`step` reads 2 arguments (`name`, `fn`): `{ retries: 3 }` is ignored (JavaScript "
            "drops it without an error), so a step has no options (no retry nor timeout: it "
            "runs its function once and checkpoints the result); give a `task` the `retry` / "
            "`timeout` it needs",
        ),
        # (an approval's extra argument keeps the message it had)
        (6, "`waitForApproval` reads only its first argument (the options)"),
    ]


def test_langchain_runnables_composed_in_the_body_send_nothing() -> None:
    # `bindTools` / `withStructuredOutput` / `withFallbacks` / `withConfig` / `withRetry`
    # return a new runnable; its `invoke` is the request
    for built in (
        "model.bindTools([])",
        "model.withStructuredOutput(schema)",
        "model.withFallbacks([new ChatOpenAI()])",
        'model.withConfig({ tags: ["x"] })',
        "model.withRetry({ stopAfterAttempt: 2 })",
    ):
        code = (
            'import { workflow } from "windmill-client";\n'
            'import { ChatOpenAI } from "@langchain/openai";\n'
            "declare const schema: any;\n"
            "export const main = workflow(async (q: string) => {\n"
            '  const model = new ChatOpenAI({ model: "gpt-4o-mini" });\n'
            f"  const runnable = {built};\n"
            "  return await runnable.invoke(q);\n"  # 7
            "});\n"
        )
        assert findings(code, "WAC101") == [(7, "WAC101")], built


def test_pinecone_handles_are_built_locally() -> None:
    # @pinecone-database/pinecone: `new Pinecone()`, `.index(name)`, `.namespace(ns)` build
    # handles; `query` / `upsert` on them are the requests
    code = (
        'import { workflow } from "windmill-client";\n'
        'import { Pinecone } from "@pinecone-database/pinecone";\n'
        "declare function keep(x: unknown): void;\n"
        "export const main = workflow(async (key: string, v: number[]) => {\n"
        "  const pc = new Pinecone({ apiKey: key });\n"
        '  const index = pc.index("kb");\n'
        '  keep(pc.Index("kb").namespace("t1"));\n'
        "  keep(index);\n"
        '  const hits = await index.namespace("t1").query({ vector: v, topK: 3 });\n'  # 9
        '  await pc.index("kb").upsert([{ id: "a", values: v }]);\n'  # 10
        "  return hits;\n"
        "});\n"
    )
    assert findings(code, "WAC101") == [(9, "WAC101"), (10, "WAC101")]


# --- a member of a constant object or dict written in milliseconds ----------------------


def test_a_member_of_a_constant_object_in_milliseconds() -> None:
    code = (
        'import { sleep, task, waitForApproval, workflow } from "windmill-client";\n'
        'import { hoursToMilliseconds } from "date-fns";\n'
        "const TIMING = { anneal: 8 * 60 * 60 * 1000, soak: hoursToMilliseconds(2),"
        " cool: 45 * 60 } as const;\n"
        "const MORE = { ...TIMING, cool: 60 * 1000 };\n"
        "export const main = workflow(async (x: string) => {\n"
        "  await sleep(TIMING.anneal);\n"  # 6
        '  await sleep(TIMING["anneal"]);\n'  # 7
        "  await sleep(TIMING.cool);\n"
        "  await sleep(MORE.cool);\n"
        '  await waitForApproval({ key: "k", timeout: TIMING.soak });\n'  # 10
        "  return x;\n"
        "});\n"
    )
    assert findings(code, "WAC301", "WAC302") == [(6, "WAC301"), (7, "WAC301"), (10, "WAC302")]


def test_a_python_dict_constant_in_milliseconds() -> None:
    code = (
        "from wmill import sleep, workflow\n"
        'TIMING = {"anneal": 8 * 60 * 60 * 1000, "cool": 45 * 60}\n'
        "@workflow\n"
        "async def main(x: str):\n"
        '    await sleep(TIMING["anneal"])\n'  # 5
        '    await sleep(TIMING["cool"])\n'
        "    return x\n"
    )
    assert findings(code, "WAC301", lang=LANG_PYTHON) == [(5, "WAC301")]


# --- `step(...)` outside the workflow: run at module load -------------------------------


def test_a_module_level_step_runs_its_function_at_every_load() -> None:
    # windmill-client 1.818.0 `step(name, fn)`: with no workflow context (the module
    # loading) it runs `fn` in place and checkpoints nothing
    code = (
        'import { step, task, workflow } from "windmill-client";\n'
        'const rates = step("fetch_rates", async () => {\n'  # 2
        '  const r = await fetch("https://fx.example/api/rates");\n'
        "  return (await r.json()) as Record<string, number>;\n"
        "});\n"
        'const startedAt = step("started", () => Date.now());\n'
        "const convert = task(async function convert(a: number, r: number) { return a * r; });\n"
        "export const main = workflow(async (amount: number, ccy: string) => {\n"
        '  const local = await step("local_rates", async () => (await fetch("https://fx.example")).status);\n'
        "  return [await convert(amount, (await rates)[ccy]), await startedAt, local];\n"  # 10
        "});\n"
    )
    found = run(code, "WAC101", "WAC102")
    assert [(f.row, f.code) for f in found] == [(2, "WAC101"), (10, "WAC102")]
    assert found[0].message == (
        "`fetch` (in its callback, which `windmill-client.step` runs at once, in every round: "
        "outside the workflow there is no checkpoint, and `step` calls its function in place) "
        "does network I/O: the script runs again from the top on every replay of the "
        "workflow, so this happens again each time; call it in a task or a `step(...)` in "
        "the body"
    )


# --- approval URLs for a key no approval uses --------------------------------------------


def unmatched(short: str, asked: str, approval: str, known: str) -> str:
    return (
        f"`{short}` is asked for the URLs of {asked}, but no `{approval}` of this workflow "
        f"has that key (its keys: {known}): the URLs address a step the workflow never waits "
        "at, and the SDK rejects a resume of it; give the key the approval uses"
    )


def test_approval_urls_for_a_key_no_approval_uses() -> None:
    # windmill-client 1.818.0 `getApprovalUrls(stepKey = "approval")` addresses the
    # `waitForApproval` step with that key; a resume of a step not awaiting is rejected
    code = (
        "import { getApprovalUrls, step, task, waitForApproval, workflow }"
        ' from "windmill-client";\n'
        "const notify = task(async function notify(url: string) { return url; });\n"
        "export const main = workflow(async (x: string) => {\n"
        '  const a = await step("a", () => getApprovalUrls("manager"));\n'  # 4
        '  const b = await step("b", () => getApprovalUrls());\n'  # 5
        '  const c = await step("c", () => getApprovalUrls("finance"));\n'
        "  await notify(a.resume + b.resume + c.resume);\n"
        '  await waitForApproval({ key: "mgr_signoff", timeout: 3600 });\n'
        '  await waitForApproval({ key: "finance" });\n'
        "  return x;\n"
        "});\n"
    )
    found = run(code, "WAC301")
    known = '`"finance"`, `"mgr_signoff"`'
    assert [(f.row, f.message) for f in found] == [
        (
            4,
            unmatched(
                "getApprovalUrls", 'the approval keyed `"manager"`', "waitForApproval", known
            ),
        ),
        (
            5,
            unmatched(
                "getApprovalUrls",
                'the default key `"approval"` (no key given)',
                "waitForApproval",
                known,
            ),
        ),
    ]


def test_approval_urls_matching_or_not_judged() -> None:
    for approvals in (
        'await waitForApproval({ key: "manager" }); await waitForApproval();',  # both keys
        "await waitForApproval({ key: k });",  # a key from a parameter: not known here
        "await waitForApproval(opts);",  # options held elsewhere
        "await waitForApproval({ ...opts, timeout: 60 });"
        ' await waitForApproval({ key: "manager" });',
    ):
        code = (
            'import { getApprovalUrls, step, waitForApproval, workflow } from "windmill-client";\n'
            "declare const opts: { key: string };\n"
            "export const main = workflow(async (k: string) => {\n"
            '  const a = await step("a", () => getApprovalUrls("manager"));\n'
            '  const b = await step("b", () => getApprovalUrls());\n'
            f"  {approvals}\n"
            "  return [a, b];\n"
            "});\n"
        )
        assert findings(code, "WAC301") == [], approvals
    # a key the SDK refuses is reported as such, not again at the URLs
    code = (
        'import { getApprovalUrls, step, waitForApproval, workflow } from "windmill-client";\n'
        "export const main = workflow(async (k: string) => {\n"
        '  const a = await step("a", () => getApprovalUrls("manager"));\n'
        '  await waitForApproval({ key: "mana/ger" });\n'  # 4
        "  return a;\n"
        "});\n"
    )
    assert findings(code, "WAC301") == [(4, "WAC301")]


def test_python_approval_urls_for_a_key_no_approval_uses() -> None:
    code = (
        "from wmill import get_approval_urls, step, wait_for_approval, workflow\n"
        "@workflow\n"
        "async def main(x: str):\n"
        '    urls = await step("urls", lambda: get_approval_urls("lead"))\n'  # 4
        '    await wait_for_approval(key="team_lead", timeout=3600)\n'
        "    return urls\n"
    )
    found = run(code, "WAC301", lang=LANG_PYTHON)
    assert [(f.row, f.message) for f in found] == [
        (
            4,
            unmatched(
                "get_approval_urls",
                'the approval keyed `"lead"`',
                "wait_for_approval",
                '`"team_lead"`',
            ),
        )
    ]


# --- TC39 field decorators: their initializers run at construction -----------------------


def field_code(decorators: str, fields: str) -> str:
    return (
        'import { task, workflow } from "windmill-client";\n'
        f"{decorators}\n"
        "class RunConfig {\n"
        f"  {fields}\n"
        "}\n"
        "const a = task(async function a(x: string) { return x; });\n"
        "export const main = workflow(async (x: string) => {\n"
        "  const cfg = new RunConfig();\n"  # 8
        "  return await a(x + JSON.stringify(cfg));\n"
        "});\n"
    )


def test_a_field_decorator_whose_initializer_reads_the_clock_or_environment() -> None:
    for decorators, fields, reaches in (
        (
            "function stamped(v: undefined, c: ClassFieldDecoratorContext) {"
            " return () => Date.now(); }",
            "@stamped createdAt = 0;",
            "main → RunConfig → stamped → Date.now",
        ),
        (
            "function fromEnv(name: string) { return function (v: undefined, c: any) {"
            " return (initial: string) => process.env[name] ?? initial; }; }",
            '@fromEnv("REGION") region = "eu";',
            "main → RunConfig → fromEnv → process.env",
        ),
    ):
        found = run(field_code(decorators, fields), "WAC102")
        assert [(f.row, reaches in f.message) for f in found] == [(8, True)], fields


def test_a_field_decorator_that_only_transforms_in_memory_is_fine() -> None:
    decorators = (
        "function trimmed(v: undefined, c: ClassFieldDecoratorContext) {"
        " return (initial: string) => initial.trim(); }\n"
        "function tagged(v: undefined, c: ClassFieldDecoratorContext) {"
        " c.metadata.tagged = true; }"
    )
    fields = '@trimmed name = " kiln ";\n  @tagged region = "eu";'
    assert findings(field_code(decorators, fields), "WAC101", "WAC102") == []


def test_an_enum_member_in_milliseconds() -> None:
    # an `enum` / `const enum` member is the number written for it
    code = (
        'import { sleep, waitForApproval, workflow } from "windmill-client";\n'
        "const enum Delay { Anneal = 8 * 60 * 60 * 1000, Cool = 45 * 60 }\n"
        "export enum Window { Review = 24 * 3_600_000 }\n"
        "export const main = workflow(async (x: string) => {\n"
        "  await sleep(Delay.Anneal);\n"  # 5
        "  await sleep(Delay.Cool);\n"
        '  await waitForApproval({ key: "k", timeout: Window.Review });\n'  # 7
        "  return x;\n"
        "});\n"
    )
    assert findings(code, "WAC301", "WAC302") == [(5, "WAC301"), (7, "WAC302")]
