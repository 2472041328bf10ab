"""Red team AH (aht): regressions for the general causes behind its TypeScript corpus
(`tests/corpus/adversarial/ah_ts_*`, ports from Trigger.dev, Inngest, Vercel Workflow,
Mastra and Step Functions): module state a task writes through a class's static member
or the global object (WAC104); a bigint accumulated by `reduce(..., 0n)` (WAC107);
functions reached without a name of their own: a table lookup kept in a name
(`const verify = VERIFIERS.get(k)`), an immediately invoked factory, a function handed to
a constructor and called as `this.send` / `this.deps.http`, the method of each class of
a literal of instances a loop walks (WAC101); `main` parameters typed with a local alias
of a type Windmill's parser does not read (a branded primitive), and `readonly T[]`
whose default gives the type meant (WAC902).

Each case is one small script; the analyses are cached so that a script shared by two
assertions is analysed once."""

from __future__ import annotations

from functools import cache

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

HEAD = (
    'import { task, step, workflow } from "windmill-client";\n'
    "const load = task(async (id: string) => ({ id }));\n"  # 2
    "async function post(x: string) {\n"  # 3
    '  await fetch("https://hooks.example/" + x, { method: "POST" });\n'  # 4
    "}\n"  # 5
)


@cache
def _analysed(code: str, python: bool = False) -> tuple[tuple[int, str, str, str], ...]:
    source = (
        SourceFile("<t>.py", code, LANG_PYTHON)
        if python
        else SourceFile("<t>.ts", code, LANG_TYPESCRIPT)
    )
    result = analyze_source(source)
    assert not result.errors, [e.error for e in result.errors]
    return tuple((f.row, f.code, str(f.severity), f.message) for f in result.findings)


def findings(code: str, *codes: str) -> list[tuple[int, str]]:
    return [(row, code_) for row, code_, _, _ in _analysed(code) if code_ in codes]


def messages(code: str, code_: str) -> list[str]:
    return [message for _, c, _, message in _analysed(code) if c == code_]


def body(*lines: str, head: str = "", params: str = "id: string") -> str:
    """A workflow whose first body line is line 7 (plus the lines of `head`)."""
    inner = "".join(f"  {line}\n" for line in lines)
    return HEAD + head + f"export const main = workflow(async ({params}) => {{\n" + inner + "});\n"


# --- WAC104: a task writing a class's static member or the global object --------------

STATIC = (
    "class LiftLog {\n"  # 6
    "  static recorded = 0;\n"
    "}\n"
    "const record = task(async (id: string) => {\n"  # 9
    "  LiftLog.recorded += 1;\n"  # 10
    "  return id;\n"
    "});\n"
)


def test_a_task_changing_a_static_member_the_body_reads() -> None:
    code = body("await record(id);", "return LiftLog.recorded;", head=STATIC)
    assert findings(code, "WAC104") == [(10, "WAC104")]
    assert "changes the module-level `LiftLog.recorded`" in messages(code, "WAC104")[0]


def test_a_static_member_the_body_never_reads_is_the_tasks_business() -> None:
    code = body("return await record(id);", head=STATIC)
    assert findings(code, "WAC104") == []


GLOBAL = (
    "const spec = task(async (id: string) => {\n"  # 6
    "  globalThis.__specs ??= new Map();\n"  # 7
    "  globalThis.__specs.set(id, 1);\n"  # 8
    "  return id;\n"
    "});\n"
)


def test_a_task_filling_a_cache_on_the_global_object_the_body_reads() -> None:
    code = body("await spec(id);", "return globalThis.__specs?.get(id);", head=GLOBAL)
    # the `??=` makes the cache; the `set` is the change that is lost
    assert findings(code, "WAC104") == [(8, "WAC104")]
    assert "changes the global `globalThis.__specs`" in messages(code, "WAC104")[0]


def test_a_global_cache_the_body_never_reads_is_the_tasks_business() -> None:
    code = body("return await spec(id);", head=GLOBAL)
    assert findings(code, "WAC104") == []


def test_a_local_named_like_the_global_object_is_no_global() -> None:
    code = body(
        "await fill(id);",
        "return globalThis.a;",
        head=(
            "const fill = task(async (id: string) => {\n"
            "  const globalThis = { a: new Map() };\n"
            "  globalThis.a.set(id, 1);\n"
            "  return id;\n"
            "});\n"
        ),
    )
    assert findings(code, "WAC104") == []


# --- WAC107: a bigint accumulated by reduce ---------------------------------------------


def test_a_bigint_summed_by_reduce_in_a_step() -> None:
    code = body(
        'const total = await step("t", () => [id].reduce((acc, x) => acc + BigInt(x), 0n));',
        "return Number(total / 100n);",
    )
    assert findings(code, "WAC107") == [(7, "WAC107")]
    assert "is a `bigint` returned by this step" in messages(code, "WAC107")[0]


def test_a_bigint_reduce_turned_into_a_string_is_fine() -> None:
    code = body(
        'const total = await step("t", () =>',
        "  [id].reduce((acc, x) => acc + BigInt(x), 0n).toString());",
        "return total;",
    )
    assert findings(code, "WAC107") == []


def test_a_reduce_seeded_with_a_bigint_but_concatenating_text_is_no_bigint() -> None:
    code = body('const s = await step("s", () => [id].reduce((acc, x) => acc + "|", 0n));')
    assert findings(code, "WAC107") == []


# --- WAC101: functions reached without a name of their own -------------------------------

TABLE = (
    "const HANDLERS = new Map<string, (x: string) => Promise<unknown>>([\n"  # 6
    '  ["a", load],\n'
    '  ["b", post],\n'
    "]);\n"
)


def test_a_table_lookup_kept_in_a_name_then_called() -> None:
    code = body(
        "const handle = HANDLERS.get(id);",  # 11
        "if (!handle) return null;",
        "return await handle(id);",  # 13
        head=TABLE,
    )
    assert findings(code, "WAC101") == [(13, "WAC101")]
    assert "main → post → fetch" in messages(code, "WAC101")[0]


def test_a_table_of_tasks_kept_in_a_name_is_fine() -> None:
    code = body(
        'const handle = TASKS[id as "a"];',
        "return await handle(id);",
        head="const TASKS = { a: load, b: load };\n",
    )
    assert findings(code, "WAC101") == []


def test_a_function_an_immediately_invoked_factory_returns() -> None:
    code = body(
        "return await lookup(id);",  # 12
        head=(
            "const lookup = (() => {\n"  # 6
            "  const cache = new Map<string, Response>();\n"
            "  return async (k: string) => cache.get(k) ?? (await fetch(k));\n"
            "})();\n"
            "\n"
        ),
    )
    assert findings(code, "WAC101") == [(12, "WAC101")]


def test_an_arrow_factory_applied_at_once() -> None:
    code = body(
        "return await lookup(id);",  # 9
        head=(
            "const lookup = ((base: string) => async (k: string) =>\n"
            '  fetch(base + k))("https://x/");\n'
        ),
    )
    assert findings(code, "WAC101") == [(9, "WAC101")]


def test_a_pure_function_an_immediately_invoked_factory_returns_is_fine() -> None:
    code = body(
        "return await load(norm(id));",
        head=(
            "const norm = (() => {\n"
            "  const seen = new Map<string, string>();\n"
            "  return (s: string) => seen.get(s) ?? s.trim();\n"
            "})();\n"
        ),
    )
    assert findings(code, "WAC101") == []


INJECTED = (
    "class Planner {\n"  # 6
    "  constructor(private readonly deps: { send: typeof post; http: typeof fetch }) {}\n"
    "  async send(x: string) { await this.deps.send(x); }\n"  # 8
    '  async raw(x: string) { await this.deps.http("https://x.example/" + x); }\n'  # 9
    "}\n"
    "class Relay {\n"  # 11
    "  constructor(private send: (x: string) => Promise<void>) {}\n"
    "  async run(x: string) { await this.send(x); }\n"
    "}\n"
    "class Raw {\n"  # 15
    "  http: typeof fetch;\n"
    "  constructor(http: typeof fetch) { this.http = http; }\n"
    "  async run(x: string) { await this.http(x); }\n"
    "}\n"
)


def test_a_function_of_the_file_handed_to_the_constructor_in_an_object() -> None:
    code = body(
        "const p = new Planner({ send: post, http: fetch });",  # 21
        "await p.send(id);",  # 22
        "return await load(id);",
        head=INJECTED,
    )
    assert findings(code, "WAC101") == [(22, "WAC101")]
    assert "main → Planner.send → post → fetch" in messages(code, "WAC101")[0]


def test_a_global_function_handed_to_the_constructor_in_an_object() -> None:
    code = body(
        "const p = new Planner({ send: post, http: fetch });",
        "await p.raw(id);",  # 22
        "return 1;",
        head=INJECTED,
    )
    assert findings(code, "WAC101") == [(22, "WAC101")]


def test_functions_handed_to_the_constructor_directly() -> None:
    code = body(
        "await new Relay(post).run(id);",  # 21
        "await new Raw(fetch).run(id);",  # 22
        "return 1;",
        head=INJECTED,
    )
    assert findings(code, "WAC101") == [(21, "WAC101"), (22, "WAC101")]


def test_an_object_literal_kept_by_an_assignment_in_the_constructor() -> None:
    code = body(
        "await new Kept({ send: post }).run(id);",  # 12
        "return 1;",
        head=(
            "class Kept {\n"  # 6
            "  private deps: { send: typeof post };\n"
            "  constructor(deps: { send: typeof post }) { this.deps = deps; }\n"
            "  async run(x: string) { await this.deps.send(x); }\n"
            "}\n"
        ),
    )
    assert findings(code, "WAC101") == [(12, "WAC101")]


def test_tasks_handed_to_the_constructor_are_fine() -> None:
    code = body(
        "await new Relay(async (x: string) => { await load(x); }).run(id);",
        "await new Planner({ send: load, http: load }).raw(id);",
        "return 1;",
        head=INJECTED,
    )
    assert findings(code, "WAC101") == []


STAGES = (
    "abstract class Stage {\n"  # 6
    "  protected abstract exec(x: string): Promise<string>;\n"
    "  async run(x: string) { return this.exec(x); }\n"
    "}\n"
    "class Fetching extends Stage {\n"  # 10
    "  protected async exec(x: string) { return (await fetch(x)).statusText; }\n"
    "}\n"
    "class Loading extends Stage {\n"  # 13
    "  protected async exec(x: string) { return (await load(x)).id; }\n"
    "}\n"
)


def test_the_method_of_each_class_of_a_literal_of_instances_a_loop_walks() -> None:
    code = body(
        "let v = id;",
        "for (const stage of PIPELINE) v = await stage.run(v);",  # 19
        "return v;",
        head=STAGES + "const PIPELINE: Stage[] = [new Fetching(), new Loading()];\n",
    )
    assert findings(code, "WAC101") == [(19, "WAC101")]
    assert "main → Stage.run → Fetching.exec → fetch" in messages(code, "WAC101")[0]


def test_a_literal_of_instances_whose_methods_only_run_tasks_is_fine() -> None:
    code = body(
        "let v = id;",
        "for (const stage of PIPELINE) v = await stage.run(v);",
        "return v;",
        head=STAGES + "const PIPELINE: Stage[] = [new Loading(), new Loading()];\n",
    )
    assert findings(code, "WAC101") == []


# --- WAC902: aliases of types the parser does not read; readonly with a default ---------


def test_a_branded_primitive_alias() -> None:
    code = body(
        "return await load(episode);",
        head='type EpisodeId = string & { readonly __brand: "EpisodeId" };\n',
        params="episode: EpisodeId",
    )
    assert findings(code, "WAC902") == [(7, "WAC902")]
    assert messages(code, "WAC902") == [
        "Windmill does not read intersections (`A & B`): `EpisodeId` (an alias of "
        '`string & { readonly __brand: "EpisodeId" }`) makes an untyped input; annotate '
        "the parameter `string` and cast it to the branded type in the body"
    ]


def test_an_alias_of_a_tuple() -> None:
    code = body("return 1;", head="type Pair = [string, number];\n", params="p: Pair")
    assert findings(code, "WAC902") == [(7, "WAC902")]


def test_an_alias_of_an_object_type_is_read() -> None:
    code = body("return 1;", head="type Job = { id: string };\n", params="j: Job")
    assert findings(code, "WAC902") == []


def test_readonly_with_a_default_of_the_meant_type_is_a_list_all_the_same() -> None:
    code = body("return 1;", params='langs: readonly string[] = ["en"]')
    assert findings(code, "WAC902") == []


def test_readonly_with_an_empty_default_is_a_list_of_untyped_items() -> None:
    code = body("return 1;", params="langs: readonly string[] = []")
    assert findings(code, "WAC902") == [(6, "WAC902")]


def test_readonly_without_a_default_is_untyped() -> None:
    code = body("return 1;", params="langs: readonly string[]")
    assert messages(code, "WAC902") == [
        "Windmill does not read `readonly` types: `readonly string[]` makes an untyped "
        "input; drop `readonly`"
    ]


# --- the same causes in Python ------------------------------------------------------

PYTHON = """\
import httpx
from wmill import task, workflow

class Log:
    recorded = 0

@task()
async def load(x: str) -> str:
    Log.recorded += 1
    return x

async def post(x: str) -> None:
    async with httpx.AsyncClient() as c:
        await c.post("https://x.example/" + x)

HANDLERS = {"a": load, "b": post}

class Stage:
    async def run(self, x: str) -> str:
        return await self.exec(x)

class Fetching(Stage):
    async def exec(self, x: str) -> str:
        return httpx.get("https://y.example/" + x).text

class Loading(Stage):
    async def exec(self, x: str) -> str:
        return await load(x)

PIPELINE = [Fetching(), Loading()]

@workflow
async def main(kind: str):
    handler = HANDLERS.get(kind)
    await handler(kind)
    v = kind
    for stage in PIPELINE:
        v = await stage.run(v)
    return Log.recorded
"""


def python_findings(*codes: str) -> list[tuple[int, str]]:
    return [(row, c) for row, c, _, _ in _analysed(PYTHON, python=True) if c in codes]


def test_python_a_task_changing_a_class_attribute_the_body_reads() -> None:
    assert python_findings("WAC104") == [(9, "WAC104")]


def test_python_a_table_lookup_kept_in_a_name_and_a_literal_of_instances() -> None:
    assert python_findings("WAC101") == [(35, "WAC101"), (38, "WAC101")]
