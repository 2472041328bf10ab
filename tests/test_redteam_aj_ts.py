"""Red team AJ (ajt): regressions for the general causes behind its TypeScript corpus
(`tests/corpus/adversarial/aj_ts_*`: cheese affinage, hackathon judging, lighthouse
keepers; ported from Inngest, Trigger.dev v3, LangGraph.js, AWS Step Functions and
BullMQ): a function handed to a method that stores it in a field of the instance
(`addEdge(from, to) { this.edges.set(from, to) }`), then called through that field by
another method (`this.edges.get(node)!(state)`), also on an instance kept from a chained
builder (`const graph = new Graph().addEdge(...)`) (WAC102 / WAC101 through it); the
`headers` / `body` of a fetch `Response` returned by a task or a step (WAC107); a
`parallel` `concurrency` whose fallback or branch is zero (`max ?? 0`, WAC302); a bullmq
`Worker` kept in a module-level name, which starts taking jobs when built (WAC101); a
destructured first parameter of `main`, which Windmill's parser names `anon1` (WAC902);
and the WAC301 message for `task({ id, run })`, an object holding the function.

Each case is one small script; the analyses are cached so that a script shared by two
assertions is analysed once."""

from __future__ import annotations

from functools import cache

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

HEAD = (
    'import { parallel, step, task, workflow } from "windmill-client";\n'
    "const grade = task(async (id: string) => ({ id, score: 3 }));\n"  # 2
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


def findings(code: str, *codes: str, python: bool = False) -> list[tuple[int, str]]:
    return [(row, c) for row, c, _, _ in _analysed(code, python) if c in codes]


def messages(code: str, code_: str, python: bool = False) -> list[str]:
    return [m for _, c, _, m in _analysed(code, python) if c == code_]


def body(*lines: str, head: str = "", params: str = "id: string") -> str:
    """A workflow after HEAD and `head`."""
    inner = "".join(f"  {line}\n" for line in lines)
    return HEAD + head + f"export const main = workflow(async ({params}) => {{\n" + inner + "});\n"


# --- functions a method stores in a field of the instance -----------------------------

GRAPH = (
    "function route(s: string): string {\n"  # 3
    '  return Math.random() < 0.5 ? "a" : "end";\n'
    "}\n"
    "class Graph {\n"  # 6
    "  private edges = new Map<string, (s: string) => string>();\n"
    "  addEdge(from: string, to: string | ((s: string) => string)) {\n"
    '    this.edges.set(from, typeof to === "string" ? () => to : to);\n'
    "    return this;\n"
    "  }\n"
    "  next(at: string) {\n"
    "    return this.edges.get(at)!(at);\n"
    "  }\n"
    "}\n"
)


def test_a_function_stored_by_a_builder_method_and_called_through_the_field() -> None:
    chained = body(
        "await grade(id);",
        "return graph.next(id);",  # 19
        head=GRAPH + 'const graph = new Graph().addEdge("a", "end").addEdge("start", route);\n',
    )
    assert findings(chained, "WAC102") == [(19, "WAC102")]
    assert "main → Graph.next → route → Math.random" in messages(chained, "WAC102")[0]
    # the same instance kept in a name, the methods called as statements
    stated = body(
        "await grade(id);",
        "return graph.next(id);",  # 20
        head=GRAPH + "const graph = new Graph();\n" + 'graph.addEdge("start", route);\n',
    )
    assert findings(stated, "WAC102") == [(20, "WAC102")]
    # handed a pure router, or nothing but strings: nothing runs that reads randomness
    pure = chained.replace("Math.random() < 0.5", "s.length > 3")
    assert findings(pure, "WAC102") == []
    strings = chained.replace('.addEdge("start", route)', "")
    assert findings(strings, "WAC102") == []


def test_functions_pushed_into_a_field_and_run_by_a_loop_over_it() -> None:
    head = (
        "async function announce(s: string) {\n"  # 3
        '  await fetch("https://hooks.example.com", { method: "POST", body: s });\n'
        "  return s;\n"
        "}\n"
        "class Chain {\n"
        "  private stages: Array<(s: string) => Promise<unknown>> = [];\n"
        "  then(fn: (s: string) => Promise<unknown>) {\n"
        "    this.stages.push(fn);\n"
        "    return this;\n"
        "  }\n"
        "  async run(s: string) {\n"
        "    for (const stage of this.stages) await stage(s);\n"
        "  }\n"
        "}\n"
        "const chain = new Chain().then(grade).then(announce);\n"
    )
    code = body("await chain.run(id);", head=head)  # 19
    assert findings(code, "WAC101") == [(19, "WAC101")]
    assert "main → Chain.run → announce → fetch" in messages(code, "WAC101")[0]
    # only tasks in the chain: each runs as its own job
    assert findings(code.replace(".then(announce)", ""), "WAC101") == []
    py = (
        "import requests\n"
        "from wmill import workflow\n"
        "\n"
        "def post(s):\n"
        '    requests.post("https://hooks.example.com", data=s)\n'
        "\n"
        "class Hooks:\n"
        "    def __init__(self):\n"
        "        self.hooks = []\n"
        "\n"
        "    def add(self, fn):\n"
        "        self.hooks.append(fn)\n"
        "\n"
        "    def fire(self, s):\n"
        "        for hook in self.hooks:\n"
        "            hook(s)\n"
        "\n"
        "HOOKS = Hooks()\n"
        "HOOKS.add(post)\n"
        "\n"
        "@workflow\n"
        "async def main(x: str):\n"
        "    HOOKS.fire(x)\n"  # 23
        "    return x\n"
    )
    assert findings(py, "WAC101", python=True) == [(23, "WAC101")]


def test_an_instance_field_registry_in_python() -> None:
    code = (
        "import random\n"
        "from wmill import task, workflow\n"
        "\n"
        "@task()\n"
        "async def t(x: str):\n"
        "    return x\n"
        "\n"
        "def route(s):\n"
        '    return "a" if random.random() < 0.5 else "b"\n'
        "\n"
        "class Graph:\n"
        "    def __init__(self):\n"
        "        self.edges = {}\n"
        "\n"
        "    def add_edge(self, src, fn):\n"
        "        self.edges[src] = fn\n"
        "        return self\n"
        "\n"
        "    def run(self, s):\n"
        "        return self.edges[s](s)\n"
        "\n"
        'GRAPH = Graph().add_edge("x", route)\n'
        "\n"
        "@workflow\n"
        "async def main(x: str):\n"
        "    await t(x)\n"
        "    return GRAPH.run(x)\n"  # 27
    )
    assert findings(code, "WAC102", python=True) == [(27, "WAC102")]


# --- WAC107: the web objects a fetch Response holds ----------------------------------


def test_the_headers_and_body_of_a_response_returned_by_a_task_or_a_step() -> None:
    head = (
        "const quota = task(async (url: string) => {\n"  # 3
        "  const r = await fetch(url);\n"
        "  return { ok: r.ok, status: r.status, headers: r.headers };\n"  # 5
        "});\n"
    )
    code = body(
        "const q = await quota(id);",
        'const stream = await step("raw", async () => (await fetch(id)).body);',  # 9
        "return { q, stream };",
        head=head,
    )
    assert findings(code, "WAC107") == [(5, "WAC107"), (9, "WAC107")]
    shown = messages(code, "WAC107")
    assert "`r.headers` is a `Headers`" in shown[0]
    assert "a `ReadableStream`" in shown[1]
    # the plain fields, and the headers copied into an object, survive JSON
    copied = code.replace("headers: r.headers", "headers: Object.fromEntries(r.headers)")
    copied = copied.replace("(await fetch(id)).body", "(await fetch(id)).status")
    assert findings(copied, "WAC107") == []
    # destructured off the Response, or kept in a name first
    parts = (
        HEAD + "const a = task(async (u: string) => {\n"
        "  const { headers, status } = await fetch(u);\n"
        "  return { headers, status };\n"  # 5
        "});\n"
        "const b = task(async (u: string) => {\n"
        "  const res = await fetch(u);\n"
        '  return { etag: res.headers.get("etag"), status: res.status };\n'
        "});\n"
        "export const main = workflow(async (u: string) => [await a(u), await b(u)]);\n"
    )
    assert findings(parts, "WAC107") == [(5, "WAC107")]
    # an axios response's `headers` is a plain object (AxiosHeaders has `toJSON`)
    axios = 'import axios from "axios";\n' + code.replace(
        "const r = await fetch(url);", "const r = await axios.get(url);"
    ).replace("ok: r.ok, ", "").replace("(await fetch(id)).body", "1")
    assert findings(axios, "WAC107") == []


# --- WAC302: a concurrency that falls back to zero -----------------------------------


def test_a_concurrency_whose_fallback_or_branch_is_not_positive() -> None:
    code = body(
        "await parallel(ids, grade, { concurrency: max ?? 0 });",  # 4
        "await parallel(ids, grade, { concurrency: max || -1 });",  # 5
        "await parallel(ids, grade, { concurrency: max && max > 0 ? max : 0 });",  # 6
        "await parallel(ids, grade, { concurrency: max ?? 4 });",
        "await parallel(ids, grade, { concurrency: max });",
        "return 1;",
        params="ids: string[], max?: number",
    )
    assert findings(code, "WAC302") == [(4, "WAC302"), (5, "WAC302"), (6, "WAC302")]
    shown = messages(code, "WAC302")
    assert shown[0] == (
        "`max ?? 0` gives `concurrency` `0` when `max` is missing (`null` / `undefined`), "
        "and a `concurrency` of zero or less makes `parallel` return `[]` without running "
        "anything; give a positive fallback"
    )
    assert "when `max && max > 0` is false" in shown[2]
    py = (
        "from wmill import parallel, task, workflow\n"
        "\n"
        "@task()\n"
        "async def t(x: str):\n"
        "    return x\n"
        "\n"
        "@workflow\n"
        "async def main(xs: list[str], cfg: dict):\n"
        '    await parallel(xs, t, concurrency=cfg.get("max") or 0)\n'  # 9
        '    return await parallel(xs, t, concurrency=cfg.get("max") or 4)\n'
    )
    assert [(r, c, s) for r, c, s, _ in _analysed(py, True) if c == "WAC302"] == [
        (9, "WAC302", "warning")
    ]


# --- WAC101: a bullmq Worker kept at module level -------------------------------------


def test_a_bullmq_worker_kept_in_a_module_name_starts_when_loaded() -> None:
    code = (
        'import { Queue, Worker } from "bullmq";\n'
        'import { task, workflow } from "windmill-client";\n'
        'const connection = { host: "redis", port: 6379 };\n'
        'const worker = new Worker("rota", async (job) => job.data, { connection });\n'  # 4
        'const queue = new Queue("rota", { connection });\n'
        "const t = task(async (x: string) => x);\n"
        "export const main = workflow(async (x: string) => {\n"
        "  return await t(x);\n"
        "});\n"
    )
    assert findings(code, "WAC101") == [(4, "WAC101")]
    lazy = code.replace(
        "{ connection });\nconst queue", "{ connection, autorun: false });\nconst queue"
    )
    assert findings(lazy, "WAC101") == []


# --- WAC902: a destructured parameter of main -----------------------------------------


def test_a_destructured_parameter_of_main_is_one_input_named_anon() -> None:
    code = (
        'import { workflow } from "windmill-client";\n'
        "type Opts = { region?: string; lots: string[] };\n"
        "export const main = workflow(async ("
        '{ region = "eu", lots }: Opts, { dry } = { dry: false }, n: number = 1) => {\n'  # 3
        "  return { region, lots, dry, n };\n"
        "});\n"
    )
    assert findings(code, "WAC902") == [(3, "WAC902"), (3, "WAC902")]
    first, second = messages(code, "WAC902")
    assert first.startswith("Windmill names this destructured parameter `anon1`")
    assert '(`{"region": ..., "lots": ...}`' in first
    assert "so destructuring it throws a `TypeError`" in first
    assert "`anon2`" in second and "so it takes its default" in second
    named = code.replace('{ region = "eu", lots }: Opts', "opts: Opts").replace(
        "{ dry } = { dry: false }", "dry: boolean = false"
    )
    named = named.replace("return { region, lots, dry, n };", "return { opts, dry, n };")
    assert findings(named, "WAC902") == []
    # a task's destructured parameter is the SDK's business: its own arguments
    in_task = (
        'import { task, workflow } from "windmill-client";\n'
        "const t = task(async ({ id }: { id: string }) => id);\n"
        "export const main = workflow(async (id: string) => await t({ id }));\n"
    )
    assert findings(in_task, "WAC902") == []


# --- WAC301: task given an object holding the function --------------------------------


def test_task_given_an_object_that_holds_the_function() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n'
        'const score = task({ id: "score", run: async (p: { id: string }) => p.id });\n'  # 2
        "const other = task({ timeout: 60 } as any, async (x: string) => x);\n"  # 3
        "export const main = workflow(async (id: string) => {\n"
        "  return [await score({ id }), await other(id)];\n"
        "});\n"
    )
    shown = messages(code, "WAC301")
    assert findings(code, "WAC301") == [(2, "WAC301"), (3, "WAC301")]
    assert shown[0] == (
        "`task` takes the function itself, not an object holding it (`run`): the job that "
        "runs the task calls the object and fails with a `TypeError`; give the function: "
        "`task(async (...) => ...)` with the body of `run`"
    )
    assert shown[1].startswith("`task` takes the function first and the options after it")
