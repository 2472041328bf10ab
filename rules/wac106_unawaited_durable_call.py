"""WAC106: a durable call whose result is dropped."""

from __future__ import annotations

from wac_lint.fix_safety import awaitable_at
from wac_lint.model import DROPPED, RETURNED, Span
from wac_lint.rule import Fix, Rule, RuleContext, py, ts
from wac_lint.source import LANG_PYTHON

KINDS = {
    "task": "task",
    "step": "step",
    "sleep": "sleep",
    "approval": "approval",
    "parallel": "parallel",
    "gather": "gather",
}


class UnawaitedDurableCall(Rule):
    code = "WAC106"
    name = "unawaited-durable-call"
    summary = "A task / step / sleep / approval call in the workflow body is never awaited"
    message = "Await the call (or gather it with others)"
    fix_kind = "suggestion"
    docs = """
## What it does
Finds task, step, sleep, approval and `parallel` calls in the workflow body
whose result is dropped: not awaited, not gathered (`asyncio.gather`,
`Promise.all`, `parallel`), not stored in a variable that is used later. In
Python, a task returned from the workflow without `await` is reported too (the
workflow would return a coroutine), and so is a stored result that is only
used without awaiting it (passed to a task, indexed). `void task(x)` in
TypeScript marks a deliberate fire-and-forget and is not reported.

## Why is this bad
Both SDKs still dispatch an un-awaited task (its checkpoint key is allocated
when it is called, and the runner flushes pending tasks), but its result and
its failure are lost: the TypeScript SDK only logs "failed but was never
awaited". An un-awaited Python `step`, `sleep`, `wait_for_approval` or
`parallel` is a coroutine that never runs: the sleep does not happen, the step
is not checkpointed. In TypeScript they run, but nobody observes their outcome.
Either way the workflow does not do what it reads as.

## Example
```python
@workflow
async def main(x: str):
    sleep(60)
    send_report(x)
```

## Use instead
```python
@workflow
async def main(x: str):
    await sleep(60)
    await send_report(x)
```
"""
    VALID = [
        py(
            "import asyncio\nfrom wmill import task, workflow\n\n@task()\n"
            "async def process(x: str):\n    return x\n\n@workflow\nasync def main(x: str):\n"
            "    a = process(x)\n    b = process(x)\n    return await asyncio.gather(a, b)\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const process = task(async (x: string) => x);\n"
            "export const main = workflow(async (xs: string[]) => {\n"
            "  const all = await Promise.all(xs.map((x) => process(x)));\n"
            "  return process(all.join());\n});\n"
        ),
    ]
    INVALID = [
        py(
            "from wmill import sleep, workflow\n\n@workflow\nasync def main():\n"
            "    «sleep(60)»\n    return 1\n"
        ),
        py(
            "from wmill import task, workflow\n\n@task()\nasync def process(x: str):\n"
            "    return x\n\n@workflow\nasync def main(x: str):\n    return «process(x)»\n"
        ),
        py(
            "from wmill import task, workflow\n\n@task()\nasync def process(x: str):\n"
            "    return x\n\n@workflow\nasync def main(x: str):\n    pending = «process(x)»\n"
            "    return 1\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const process = task(async (x: string) => x);\n"
            "export const main = workflow(async (x: string) => {\n  «process(x)»;\n"
            "  return 1;\n});\n"
        ),
        ts(
            'import { step, workflow } from "windmill-client";\n'
            "export const main = workflow(async () => {\n"
            '  «step("a", () => 1)»;\n  return 1;\n});\n'
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        python = ctx.model.language == LANG_PYTHON
        droppers: set[int] = set()
        for call in ctx.model.durable_calls:
            if call.kind not in KINDS:
                continue
            if call.dropped_by is not None:
                if call.dropped_by.start_byte not in droppers:
                    droppers.add(call.dropped_by.start_byte)
                    ctx.report(
                        call.dropped_by,
                        f"`{ctx.model.text(call.dropped_by)}` drops the promise its callback "
                        "returns: the durable calls in it are never awaited, and the workflow "
                        "goes on without them; use `for ... of` with `await`, or "
                        "`await Promise.all(xs.map(...))`",
                    )
                continue
            returned = python and call.consumption == RETURNED and not call.in_callback
            if call.consumption != DROPPED and not returned:
                continue
            span = Span.of(call.node)
            what = f"`{ctx.model.text(call.span)}(...)`"
            if returned:
                message = (
                    f"{what} is returned without `await`: the workflow would return a "
                    "coroutine; `return await ...`"
                )
            elif call.kind == "gather":
                message = (
                    f"{what} is never awaited: the calls it gathers are never waited for; "
                    "`await` it"
                )
            elif call.kind == "task":
                message = (
                    f"The result of {what} is never awaited: the SDK still dispatches the "
                    "task, but its result and its failure are lost; `await` it or gather it"
                )
            elif python:
                message = f"{what} is never awaited: the coroutine never runs; `await` it"
            else:
                message = (
                    f"{what} is never awaited: its result and its failure are lost; `await` it"
                )
            insert = Span(
                span.start_byte,
                span.start_byte,
                span.start_row,
                span.start_col,
                span.start_row,
                span.start_col,
            )
            # `await` is only valid in an async function: elsewhere (a plain `def`,
            # a non-async arrow) it would not compile, and making that function
            # async would change what its callers get, so no fix is offered.
            fix = None
            if awaitable_at(call.node, ctx.model.language):
                fix = Fix("Add `await`", (ctx.edit(insert, "await "),), applicability="unsafe")
            ctx.report(span, message, fix=fix)
