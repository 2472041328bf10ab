"""Red team ST: Bun TypeScript event-sourced services, webhook fan-outs, class-based
services, assistant-generated code and Node-style code moved to Bun, pinned with the
findings (and their absence) the analysis gives them."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile

HEAD = 'import { step, task, workflow } from "windmill-client";\n'


def findings(code: str, code_: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=[code_])
    return [(f.row, f.message) for f in result.findings]


def test_a_default_drawn_only_where_a_call_omits_it() -> None:
    # the helper is walked once, for its first call (which omits `id`); the call that
    # passes `id` runs the helper's body again, but not the default
    code = (
        HEAD + "const t = task(async (x: unknown) => x);\n"
        "function mk(type: string, data: unknown, id: string = crypto.randomUUID()) {\n"
        "  return { type, data, id };\n"
        "}\n"
        "export const main = workflow(async (a: string) => {\n"
        "  const e = mk('A', { a });\n"
        "  const f = mk('B', { a }, `${e.id}:b`);\n"
        "  const g = mk('C', { a });\n"
        "  return await t([e, f, g]);\n"
        "});\n"
    )
    assert [row for row, _ in findings(code, "WAC102")] == [7, 9]


def test_a_clock_read_serialized_into_a_log_line_only() -> None:
    # a logger method stamping its JSON lines decides nothing; the same object kept or
    # returned is still reported
    code = (
        HEAD + "const t = task(async (x: unknown) => x);\n"
        "class Logger {\n"
        "  info(message: string) {\n"
        "    console.log(JSON.stringify({ ts: new Date().toISOString(), message }));\n"
        "  }\n"
        "}\n"
        "function stamp(msg: string) {\n"
        "  return JSON.stringify({ at: Date.now(), msg });\n"
        "}\n"
        "export const main = workflow(async (a: string) => {\n"
        "  new Logger().info('start');\n"
        "  console.log([Date.now(), a]);\n"
        "  const rec = { at: Date.now(), a };\n"
        "  return await t([rec, stamp(a)]);\n"
        "});\n"
    )
    assert [row for row, _ in findings(code, "WAC102")] == [14, 15]


def test_a_foreach_callback_that_stores_its_task_calls() -> None:
    # a sync block callback pushing each call for a later Promise.all drops nothing;
    # an expression body, a returned call and an async callback are dropped by forEach
    code = (
        HEAD + "const t = task(async (x: string) => x);\n"
        "export const main = workflow(async (xs: string[]) => {\n"
        "  const pending: ReturnType<typeof t>[] = [];\n"
        "  xs.forEach((x) => {\n"
        "    pending.push(t(x));\n"
        "  });\n"
        "  xs.forEach((x) => t(x));\n"
        "  xs.forEach((x) => {\n"
        "    return t(x);\n"
        "  });\n"
        "  xs.forEach(async (x) => {\n"
        "    await t(x);\n"
        "  });\n"
        "  return await Promise.all(pending);\n"
        "});\n"
    )
    assert [row for row, _ in findings(code, "WAC106")] == [8, 9, 12]


INJECTED = (
    HEAD + "const t = task(async (x: string) => x);\n"
    "interface Clock {\n"
    "  now(): number;\n"
    "}\n"
    "class SystemClock implements Clock {\n"
    "  now() {\n"
    "    return Date.now();\n"
    "  }\n"
    "}\n"
    "class FixedClock implements Clock {\n"
    "  constructor(private readonly at: number) {}\n"
    "  now() {\n"
    "    return this.at;\n"
    "  }\n"
    "}\n"
    "class Policy {\n"
    "  constructor(private readonly clock: Clock = new SystemClock()) {}\n"
    "  late(due: number) {\n"
    "    return this.clock.now() > due;\n"
    "  }\n"
    "}\n"
    "export const main = workflow(async (due: number) => {\n"
    "  const at = await step('at', () => Date.now());\n"
    "  const policy = BUILT;\n"
    "  return await t(String(policy.late(due)));\n"
    "});\n"
)


def test_an_injected_clock_is_the_one_the_constructions_pass() -> None:
    # the parameter property holds what `new Policy(...)` gives it: its default only
    # where a construction leaves it out
    fixed = INJECTED.replace("BUILT", "new Policy(new FixedClock(at))")
    assert findings(fixed, "WAC102") == []
    default = INJECTED.replace("BUILT", "new Policy()")
    assert [row for row, _ in findings(default, "WAC102")] == [26]


def test_a_repository_injected_through_the_constructor() -> None:
    # `this.repo` of a handler built with `new Handler(new PgRepo(pool))`, a field typed
    # by an interface, as a parameter property and as `this.repo = repo`
    code = (
        'import { Pool } from "pg";\n' + HEAD + "const t = task(async (x: string) => x);\n"
        "interface Repo {\n"
        "  load(id: string): Promise<unknown[]>;\n"
        "}\n"
        "class PgRepo implements Repo {\n"
        "  constructor(private readonly pool: Pool) {}\n"
        "  async load(id: string) {\n"
        "    return (await this.pool.query('select 1 where $1', [id])).rows;\n"
        "  }\n"
        "}\n"
        "class Handler {\n"
        "  constructor(private readonly repo: Repo) {}\n"
        "  async status(id: string) {\n"
        "    return (await this.repo.load(id)).length;\n"
        "  }\n"
        "}\n"
        "class Reader {\n"
        "  private repo: Repo;\n"
        "  constructor(repo: Repo) {\n"
        "    this.repo = repo;\n"
        "  }\n"
        "  async count(id: string) {\n"
        "    return (await this.repo.load(id)).length;\n"
        "  }\n"
        "}\n"
        "const pool = new Pool();\n"
        "const handler = new Handler(new PgRepo(pool));\n"
        "const reader = new Reader(new PgRepo(pool));\n"
        "export const main = workflow(async (id: string) => {\n"
        "  const n = await handler.status(id);\n"
        "  const m = await reader.count(id);\n"
        "  return await t(String(n + m));\n"
        "});\n"
    )
    assert [row for row, _ in findings(code, "WAC101")] == [32, 33]


CONTAINER = (
    'import nodemailer from "nodemailer";\n' + HEAD + "class Container {\n"
    "  private readonly f = new Map<string, () => unknown>();\n"
    "  register<T>(k: string, fn: () => T): this {\n"
    "    this.f.set(k, fn);\n"
    "    return this;\n"
    "  }\n"
    "  resolve<T>(k: string): T {\n"
    "    return (this.f.get(k) as () => T)();\n"
    "  }\n"
    "  all<T>(k: string): T[] {\n"
    "    return [];\n"
    "  }\n"
    "}\n"
    "class Mailer {\n"
    "  private readonly tr = nodemailer.createTransport({ host: 'smtp' });\n"
    "  async send(to: string) {\n"
    "    return (await this.tr.sendMail({ to })).messageId;\n"
    "  }\n"
    "}\n"
    "const container = new Container().register('mailer', () => new Mailer());\n"
    "const t = task(async (x: string) => x);\n"
    "export const main = workflow(async (to: string) => {\n"
    "  DECLARED\n"
    "  await m.send(to);\n"
    "  return await t(to);\n"
    "});\n"
)


def test_a_service_declared_by_its_type() -> None:
    # nothing in the value says what it holds: the declaration does (an annotation, a
    # cast, the type argument of a container lookup returning its type parameter)
    for declared in (
        "const m: Mailer = container.resolve('mailer');",
        "const m = container.resolve('mailer') as Mailer;",
        "const m = container.resolve<Mailer>('mailer');",
    ):
        code = CONTAINER.replace("DECLARED", declared)
        assert [row for row, _ in findings(code, "WAC101")] == [26], declared
    # `all<T>(): T[]` gives a list, not the instance
    listed = CONTAINER.replace("DECLARED", "const m = container.all<Mailer>('mailer')[0];")
    assert findings(listed, "WAC101") == []


def test_a_python_repository_injected_through_init() -> None:
    # `self.repo = repo` in `__init__`, the class built with `Handler(HttpRepo())` (or by
    # keyword); a parameter the file never passes a built object keeps its annotation
    from wac_lint.source import LANG_PYTHON

    code = (
        "import requests\n"
        "from wmill import task, workflow\n"
        "class HttpRepo:\n"
        "    def load(self, id: str) -> list:\n"
        "        return requests.get(f'https://x/{id}').json()\n"
        "class MemRepo:\n"
        "    def load(self, id: str) -> list:\n"
        "        return [id]\n"
        "class Handler:\n"
        "    def __init__(self, repo):\n"
        "        self.repo = repo\n"
        "    def status(self, id: str):\n"
        "        return self.repo.load(id)[-1]\n"
        "handler = Handler(BUILT)\n"
        "@task()\n"
        "async def t(x: str) -> str:\n"
        "    return x\n"
        "@workflow\n"
        "async def main(id: str):\n"
        "    return await t(str(handler.status(id)))\n"
    )
    for built, rows in (("HttpRepo()", [20]), ("repo=HttpRepo()", [20]), ("MemRepo()", [])):
        source = SourceFile("<p>", code.replace("BUILT", built), LANG_PYTHON)
        result = analyze_source(source, select=["WAC101"])
        assert [f.row for f in result.findings] == rows, built
