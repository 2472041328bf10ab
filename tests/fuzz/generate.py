"""Random WAC scripts, built from the constructs the rules and fixes care about.

Mutating the corpus mostly produces text that does not parse; these scripts do
parse, so they reach every rule and every fix: aliased and namespaced imports,
tasks on sync and async functions, awaited and dropped durable calls inside
sync helpers, lambdas and callbacks, broad catches, finally blocks, dynamic
step names, side effects. The property that matters most here is that a fix
(safe or unsafe) never turns a script that compiles into one that does not.
"""

from __future__ import annotations

import random

from tests.fuzz.mutate import Lang

PY_IMPORTS = [
    "from wmill import task, step, workflow, sleep, parallel, wait_for_approval",
    "from wmill import task as t, workflow",
    "from wmill import workflow, step as s",
    "import wmill",
    "import wmill as w",
    "from wmill import *",
    "from wmill import task\nfrom wmill import workflow, step",
    "from wmill import (\n    task,\n    step as st,  # comment\n    workflow,\n)",
]
TS_IMPORTS = [
    'import { task, step, workflow, sleep, parallel, waitForApproval } from "windmill-client";',
    'import { task as t, workflow } from "windmill-client";',
    'import { workflow, step as s } from "windmill-client";',
    'import * as wmill from "windmill-client";',
    'import wmill from "windmill-client";',
    'import { task } from "windmill-client";\nimport { workflow, step } from "windmill-client";',
]

PY_TASK_DECORATORS = ["@task", "@task()", "@task(timeout=60)", "@wmill.task", "@t", "@w.task()"]
PY_WORKFLOW_DECORATORS = ["@workflow", "@wmill.workflow", "@w.workflow", "@workflow()"]

PY_CALLS = [
    "fetch_it(x)",
    "double(1)",
    "step('s', lambda: 1)",
    "step(f's_{x}', lambda: 1)",
    "step(name, lambda: 2)",
    "st('a', lambda: 1)",
    "s('b', lambda: 1)",
    "sleep(5)",
    "wait_for_approval(timeout=60)",
    "wmill.task(fetch_it)(x)",
    "w.step('c', lambda: 3)",
    "t(fetch_it)(x)",
    "parallel([1, 2], lambda i: double(i))",
    "asyncio.gather(fetch_it(x), double(2))",
    "requests.post(x)",
    "datetime.now()",
    "os.environ['A']",
    "random.random()",
    "open('f').read()",
    "time.sleep(1)",
    "print(x)",
    "main(x)",
    "asyncio.run(main(1))",
]

TS_CALLS = [
    "fetchIt(x)",
    "double(1)",
    'step("s", () => 1)',
    "step(`s_${x}`, () => 1)",
    "step(name, async () => 2)",
    's("b", () => 1)',
    "sleep(5)",
    "waitForApproval({ timeout: 60 })",
    "wmill.task(fetchIt)(x)",
    'wmill.step("c", () => 3)',
    "t(fetchIt)(x)",
    "parallel([1, 2], (i) => double(i))",
    "Promise.all([fetchIt(x), double(2)])",
    "fetch(x)",
    "Date.now()",
    "new Date()",
    "process.env.A",
    "Math.random()",
    "crypto.randomUUID()",
    "Bun.write('f', 'x')",
    "console.log(x)",
    "main(x)",
]


TS_HELPERS = {
    False: [
        "const helper = (y: number) => {",
        "function helper(y: number) {",
        "const helper = function (y) {",
    ],
    True: [
        "const helper = async (y: number) => {",
        "async function helper(y: number) {",
        "const helper = async function (y) {",
    ],
}


class _Writer:
    def __init__(self, rng: random.Random, lang: Lang) -> None:
        self.rng = rng
        self.lang = lang
        self.lines: list[str] = []

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, options: list[str]) -> str:
        return self.rng.choice(options)


def _py_expr(w: _Writer) -> str:
    call = w.pick(PY_CALLS)
    return ("await " + call) if w.chance(0.5) else call


def _py_block(w: _Writer, indent: int, depth: int, is_async: bool) -> None:
    pad = "    " * indent
    for _ in range(w.rng.randint(1, 4)):
        kind = w.rng.randrange(12 if depth < 3 else 5)
        if kind <= 2:
            expr = _py_expr(w) if is_async else w.pick(PY_CALLS)
            w.lines.append(pad + (f"v{w.rng.randrange(9)} = " if w.chance(0.4) else "") + expr)
        elif kind == 3:
            w.lines.append(pad + w.pick(PY_CALLS) + "  # " + w.pick(["x", "wac-lint: ignore"]))
        elif kind == 4:
            w.lines.append(pad + w.pick(["pass", "return x", "x = 1", "return"]))
        elif kind == 5:
            w.lines.append(pad + "try:")
            _py_block(w, indent + 1, depth + 1, is_async)
            handler = w.pick(
                [
                    "except:",
                    "except Exception:",
                    "except BaseException:",
                    "except (ValueError, BaseException) as e:",
                    "except TaskError:",
                ]
            )
            w.lines.append(pad + handler)
            _py_block(w, indent + 1, depth + 1, is_async)
            if w.chance(0.3):
                w.lines.append(pad + "    raise")
            if w.chance(0.3):
                w.lines.append(pad + "finally:")
                _py_block(w, indent + 1, depth + 1, is_async)
        elif kind == 6:
            w.lines.append(pad + w.pick(["for i in range(3):", "while x:", "if x:", "with a:"]))
            _py_block(w, indent + 1, depth + 1, is_async)
        elif kind == 7:
            inner_async = w.chance(0.5)
            w.lines.append(pad + ("async def" if inner_async else "def") + " helper(x):")
            _py_block(w, indent + 1, depth + 1, inner_async)
            calls = ["helper(x)", "x = helper"] + (["await helper(x)"] if is_async else [])
            w.lines.append(pad + w.pick(calls))
        elif kind == 8:
            w.lines.append(pad + "f = lambda y: " + w.pick(PY_CALLS))
        elif kind == 9:
            w.lines.append(pad + w.pick(PY_TASK_DECORATORS))
            w.lines.append(pad + w.pick(["async def", "def"]) + " inner(x):")
            w.lines.append(pad + "    return x")
        elif kind == 10:
            w.lines.append(pad + "match x:")
            w.lines.append(pad + "    case 1:")
            _py_block(w, indent + 2, depth + 1, is_async)
        else:
            w.lines.append(pad + "items = [" + _py_expr(w) + " for i in range(2)]")
    return


def python_script(rng: random.Random) -> bytes:
    w = _Writer(rng, Lang.PYTHON)
    w.lines += ["import asyncio", "import os", "import requests", "from datetime import datetime"]
    w.lines += w.pick(PY_IMPORTS).split("\n")
    if w.chance(0.3):
        w.lines.append("from wmill import TaskError")
    for name in ("fetch_it", "double"):
        w.lines += ["", ""]
        w.lines.append(w.pick(PY_TASK_DECORATORS))
        sync = w.chance(0.2)
        w.lines.append(f"{'def' if sync else 'async def'} {name}(x: int = 1) -> int:")
        _py_block(w, 1, 1, not sync)
        w.lines.append("    return x")
    w.lines += ["", ""]
    if w.chance(0.9):
        w.lines.append(w.pick(PY_WORKFLOW_DECORATORS))
    sync = w.chance(0.15)
    params = w.pick(["x: int", "x: str = 'a'", "x: list[str] | None = None", "x", "x: int, name"])
    w.lines.append(f"{'def' if sync else 'async def'} main({params}):")
    if "name" not in params:
        w.lines.append("    name = 'n'")
    _py_block(w, 1, 0, not sync)
    w.lines.append("    return x")
    if w.chance(0.2):
        w.lines += ["", "", "if __name__ == '__main__':", "    asyncio.run(main(1))"]
    return ("\n".join(w.lines) + "\n").encode()


def _ts_expr(w: _Writer, is_async: bool) -> str:
    call = w.pick(TS_CALLS)
    return ("await " + call) if is_async and w.chance(0.5) else call


def _ts_block(w: _Writer, indent: int, depth: int, is_async: bool) -> None:
    pad = "  " * indent
    for _ in range(w.rng.randint(1, 4)):
        kind = w.rng.randrange(11 if depth < 3 else 5)
        if kind <= 2:
            prefix = f"const v{w.rng.randrange(1000)} = " if w.chance(0.4) else ""
            w.lines.append(pad + prefix + _ts_expr(w, is_async) + ";")
        elif kind == 3:
            w.lines.append(pad + w.pick(TS_CALLS) + "; // " + w.pick(["x", "wac-lint: ignore"]))
        elif kind == 4:
            w.lines.append(pad + w.pick(["return x;", "x = 1;", ";", "return;"]))
        elif kind == 5:
            w.lines.append(pad + "try {")
            _ts_block(w, indent + 1, depth + 1, is_async)
            w.lines.append(pad + w.pick(["} catch (e) {", "} catch {", "} catch (e: any) {"]))
            if w.chance(0.3):
                w.lines.append(pad + "  if (isSuspend(e)) throw e;")
            _ts_block(w, indent + 1, depth + 1, is_async)
            if w.chance(0.3):
                w.lines.append(pad + "} finally {")
                _ts_block(w, indent + 1, depth + 1, is_async)
            w.lines.append(pad + "}")
        elif kind == 6:
            w.lines.append(pad + w.pick(["for (const i of [1, 2]) {", "if (x) {", "while (x) {"]))
            _ts_block(w, indent + 1, depth + 1, is_async)
            w.lines.append(pad + "}")
        elif kind == 7:
            inner_async = w.chance(0.5)
            head = w.pick(TS_HELPERS[inner_async])
            w.lines.append(pad + head)
            _ts_block(w, indent + 1, depth + 1, inner_async)
            w.lines.append(pad + "};")
        elif kind == 8:
            w.lines.append(pad + "const r = [1, 2].map((i) => " + w.pick(TS_CALLS) + ");")
        elif kind == 9:
            w.lines.append(pad + "await " + w.pick(TS_CALLS) + ".catch(() => null);")
        else:
            w.lines.append(pad + "const inner = task(async (y: number) => y);")
    return


def typescript_script(rng: random.Random) -> bytes:
    w = _Writer(rng, Lang.TYPESCRIPT)
    w.lines += w.pick(TS_IMPORTS).split("\n")
    for name in ("fetchIt", "double"):
        fn_async = w.chance(0.8)
        wrapper = w.pick(["task", "t", "wmill.task"])
        w.lines.append("")
        w.lines.append(f"const {name} = {wrapper}({'async ' if fn_async else ''}(x: number) => {{")
        _ts_block(w, 1, 1, fn_async)
        w.lines.append("  return x;")
        w.lines.append("});")
    w.lines.append("")
    fn_async = w.chance(0.85)
    params = w.pick(["x: number", "x: string = 'a'", "x: string[] | undefined", "x", "x, name"])
    head = w.pick(
        [
            "export const main = workflow({a}({p}) => {{",
            "export default workflow({a}({p}) => {{",
            "export const main = wmill.workflow({a}({p}) => {{",
            "export {a}function main({p}) {{",
        ]
    )
    w.lines.append(head.format(a="async " if fn_async else "", p=params))
    if "name" not in params:
        w.lines.append("  const name = 'n';")
    _ts_block(w, 1, 0, fn_async)
    w.lines.append("  return x;")
    w.lines.append("}" if head.startswith("export {a}function") else "});")
    return ("\n".join(w.lines) + "\n").encode()


def script(rng: random.Random, lang: Lang) -> bytes:
    return python_script(rng) if lang is Lang.PYTHON else typescript_script(rng)
