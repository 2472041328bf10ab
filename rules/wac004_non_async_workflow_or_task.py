"""WAC004: a workflow or task function that is not async."""

from __future__ import annotations

import bisect
import itertools

from wac_lint.languages import LanguageKind
from wac_lint.model import FunctionInfo
from wac_lint.rule import WARNING, Rule, RuleContext, py, ts
from wac_lint.rules import _sdk_calls as sdk

# What goes wrong with a plain (not async) function, per language.
SYNC_WORKFLOW = {
    LanguageKind.PYTHON: (
        "the SDK awaits it (`await main(...)` fails on a plain `def`); use `async def`"
    ),
    LanguageKind.TYPESCRIPT: (
        "Windmill finds no `workflow()`-wrapped async function; pass an `async` function"
    ),
}
SYNC_TASK = {
    LanguageKind.PYTHON: (
        "Windmill's parser does not detect a sync `@task`, so it is missing from "
        "the workflow's diagram; use `async def`"
    ),
    LanguageKind.TYPESCRIPT: (
        "the SDK types a task as a function returning a Promise; pass an `async` function"
    ),
}

# In a file with no workflow. wmill's WAC v1 (a plain `main` calling sync `@task`s,
# each dispatched as a job over HTTP) has no diagram to miss them from.
SYNC_TASK_WITHOUT_WORKFLOW = {
    LanguageKind.PYTHON: None,
    LanguageKind.TYPESCRIPT: SYNC_TASK[LanguageKind.TYPESCRIPT],
}


# wmill 1.850.0 `_execute_directly`: `result = func(**kwargs)`, awaited only when it is a
# coroutine; a generator function's call returns the generator object unrun, which the
# child job's result encodes with `default=str`.
GENERATOR_TASK = (
    "wmill calls it and awaits only a coroutine, so its body never runs and the task's "
    'result is the generator\'s repr (`"<{}generator object ...>"`); collect the items '
    "and return a list"
)
GENERATOR_WORKFLOW = (
    "the SDK runs `await main(...)`, which fails on an async generator (`yield` in the body); "
    "return the result instead"
)
# windmill-client 1.818.0: `workflow(fn)` returns `fn` as it is and `task`'s wrapper runs
# `result = await fn(...args)` in the task's job; calling a `function*` / `async
# function*` returns a generator object, its body unrun, which JSON encodes as `{}`.
TS_GENERATOR_WORKFLOW = (
    "calling it returns a generator object without running its body, so none of its "
    "tasks runs and the workflow's result is `{}` (a generator's JSON); return the "
    "result instead of yielding it"
)
TS_GENERATOR_TASK = (
    "windmill-client runs `await fn(...args)` in the task's job, which gives the "
    "generator object without running its body, so the task's result is `{}` (a "
    "generator's JSON); collect the items and return an array"
)

# What ends a function's own code: a `yield` in a nested function or lambda is theirs.
NESTED_FUNCTIONS = ("function_definition", "lambda", "class_definition")


def python_generator(ctx: RuleContext, fn: FunctionInfo) -> bool:
    """A Python function with a `yield` of its own (not in a nested function). The
    node type is Python's (TypeScript's is `yield_expression`, and a TypeScript
    task of a generator is `task(async function* ...)`, which awaits nothing).
    Read from the file's node lists, not by walking the body (a workflow body of
    55,000 statements: 0.37 s)."""
    if fn.body is None:
        return False
    yields = sdk.nodes_in(ctx.model, "yield", fn.body)
    if not yields:
        return False
    nested = sdk.nodes_of_kinds(ctx.model, NESTED_FUNCTIONS, fn.body)
    starts = [node.start_byte for node in nested]  # in walk order: by start
    reach = list(itertools.accumulate((node.end_byte for node in nested), max))
    for node in yields:
        # the nested functions starting before it: one of them holds it when the
        # farthest end among them is past it (tree nodes nest or are disjoint)
        before = bisect.bisect_right(starts, node.start_byte)
        if before == 0 or reach[before - 1] <= node.start_byte:
            return True
    return False


class NonAsyncWorkflowOrTask(Rule):
    code = "WAC004"
    name = "non-async-workflow-or-task"
    summary = (
        "`@workflow` / `@task` on a plain `def`, or `workflow()` / `task()` given a sync function"
    )
    message = "Make the workflow function async"
    docs = """
## What it does
Finds a workflow or task whose function is not `async`: `@workflow` or `@task`
on a plain `def`, `workflow(...)` or `task(...)` given a non-async function.

## Why is this bad
The workflow body must `await` its tasks, steps, sleeps and approvals, and the
SDK awaits the workflow itself: `wmill` runs `await func(**args)`, which fails
on a plain `def`, and Windmill's TypeScript parser rejects the script with
"No workflow() wrapped async function found". These are errors.

For tasks the SDK is more forgiving than the guide: both SDKs run a sync task
(wmill 1.850.0 executes it in place; windmill-client 1.818.0 awaits its
result). But Windmill's Python parser does not detect a sync `@task`, so it is
missing from the workflow's diagram, and the TypeScript SDK types a task as a
function returning a Promise. Those findings are warnings. A Python file with no
`@workflow` is not judged here: wmill's WAC v1 mode (a plain `main` calling
sync `@task` functions, each dispatched as a job over HTTP: `task`'s wrapper in
wmill 1.850.0 `client.py`) has no diagram; WAC005 says what that `main` lacks.

A Python task or workflow that is a generator (`yield` in its own body) is an error:
wmill 1.850.0 calls a task function and awaits the result only when it is a coroutine
(`_execute_directly`), so a generator task's body never runs and its result is the
generator's repr; `await main(...)` fails on an async generator workflow. So is a
TypeScript `workflow(async function* ...)` or `task(async function* ...)` (or a plain
`function*`): calling it returns a generator object without running its body
(windmill-client 1.818.0 `workflow(fn)` returns `fn` as it is; `task`'s wrapper runs
`await fn(...args)` in the task's job), so none of its tasks runs and the result is
`{}`, a generator's JSON. Windmill's parsers accept it (`windmill-oracle sig` gives
`auto_kind: wac`).

## Example
```python
@workflow
def main(x: str):
    return process(x)
```

## Use instead
```python
@workflow
async def main(x: str):
    return await process(x)
```
"""
    VALID = [
        py(
            "from wmill import task, workflow\n\n@task\nasync def process(x: str):\n"
            "    return x\n\n@workflow\nasync def main(x: str):\n    return await process(x)\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const process = task(async (x: string) => x);\n"
            "export const main = workflow(async (x: string) => await process(x));\n"
        ),
    ]
    INVALID = [
        py("from wmill import workflow\n\n@workflow\ndef «main»(x: str):\n    return x\n"),
        py(
            "from wmill import task, workflow\n\n@task()\ndef «process»(x: str):\n    return x\n\n"
            "@workflow\nasync def main(x: str):\n    return await process(x)\n"
        ),
        ts(
            'import { workflow } from "windmill-client";\n'
            "export const main = workflow(«(x: string) => {\n  return x;\n}»);\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const process = task(«(x: string) => x»);\n"
            "export const main = workflow(async (x: string) => await process(x));\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const process = task(async (x: string) => x);\n"
            "export const main = workflow(«async function* (xs: string[]) {\n"
            "  for (const x of xs) yield await process(x);\n}»);\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const pages = task(«async function* (n: number) {\n  yield n;\n}»);\n"
            "export const main = workflow(async (n: number) => await pages(n));\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        language = ctx.model.language
        for wf in ctx.model.workflows:
            fn = wf.function
            if fn is not None and fn.is_generator:
                ctx.report(
                    fn.span, "The workflow function is a generator: " + TS_GENERATOR_WORKFLOW
                )
                continue
            if fn is not None and fn.is_async and python_generator(ctx, fn):
                ctx.report(fn.span, "The workflow function is a generator: " + GENERATOR_WORKFLOW)
                continue
            if fn is None or fn.is_async:
                continue
            ctx.report(
                fn.span,
                "The workflow function is not async: " + SYNC_WORKFLOW[language],
            )
        why = (SYNC_TASK if ctx.model.workflows else SYNC_TASK_WITHOUT_WORKFLOW)[language]
        for task in ctx.model.tasks:
            fn = task.function
            if fn is not None and fn.is_generator:
                ctx.report(fn.span, "The task function is a generator: " + TS_GENERATOR_TASK)
                continue
            if fn is not None and ctx.model.workflows and python_generator(ctx, fn):
                # worse than a sync task: it never runs (reported whether async or not)
                what = GENERATOR_TASK.format("async_" if fn.is_async else "")
                ctx.report(fn.span, "The task function is a generator: " + what)
                continue
            if fn is None or fn.is_async or not task.top_level or why is None:
                continue  # an inline task is reported by WAC003; moving it fixes both
            ctx.report(fn.span, "The task function is not async: " + why, severity=WARNING)
