"""WAC301: a WAC primitive called with a shape the SDK rejects or misreads."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable

from wac_lint.constant_strings import folded_string
from wac_lint.languages import LanguageKind
from wac_lint.model import CodeRole, ParamKind, Reached, ScriptModel, Span, TaskDef, TaskKind
from wac_lint.rule import Rule, RuleContext, code_span, py, ts
from wac_lint.rules import _catalogue, _parallel_items, _signatures
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._imported_values import imported_milliseconds
from wac_lint.rules._json_classify import returned
from wac_lint.rules._sdk_calls import Node, Primitive, SdkCall, TaskCall
from wac_lint.semantic.scopes import BindingKind as SemBinding

# whether an imported name stands for milliseconds (`_imported_values`)
Imported = Callable[[Node], bool] | None

OBJECT_LITERALS = ("object", "dictionary")
# Python containers `int()` rejects (a TypeScript array may round to a number: `[5]`)
PY_CONTAINER_LITERALS = ("dictionary", "list", "tuple", "set")
# wmill 1.850.0 `WorkflowCtx._next_step(self, name, script, func=None, dispatch_type=...,
# _task_options=None, **kwargs)`: a task's wrapper passes name, script and func by
# position and `_task_options` by name, a task_script / task_flow wrapper name, script
# by position and dispatch_type, `_task_options` by name; the call's own arguments
# follow as keywords, so these names collide (`TypeError: got multiple values`).
# Calls that start an event loop of their own and run a coroutine to its end: inside
# the workflow body, which wmill 1.850.0 already runs under `asyncio.run`
# (`_run_workflow`), each raises `RuntimeError` ("cannot be called from a running
# event loop", "This event loop is already running", "Cannot run the event loop while
# another loop is running"; `anyio.run` starts asyncio's the same way).
NESTED_LOOP_RUNNERS = frozenset(
    {
        "asyncio.run",
        "asyncio.get_event_loop().run_until_complete",
        "asyncio.new_event_loop().run_until_complete",
        "asyncio.get_running_loop().run_until_complete",
        "asyncio.Runner().run",
        "asyncio.Runner(…).run",
        "anyio.run",
    }
)
TASK_RESERVED = frozenset({"self", "name", "script", "func", "_task_options"})
WRAPPER_RESERVED = frozenset({"self", "name", "script", "dispatch_type", "_task_options"})
NAMED_KINDS = (ParamKind.PLAIN, ParamKind.KEYWORD_ONLY)
SCALAR_LITERALS = ("number", "integer", "float", "string", "template_string", "true", "false")


class InvalidSdkCall(Rule):
    code = "WAC301"
    name = "invalid-sdk-call"
    summary = "A WAC primitive is called with arguments the SDK rejects or silently misreads"
    message = "Call the primitive with the arguments its SDK signature takes"
    docs = """
## What it does
Finds calls of WAC primitives whose shape does not match what the SDK does with
its arguments (read in `wmill` 1.850.0 `client.py` and `windmill-client`
1.818.0 `dist/client.mjs`):

- Python `task(fn, x)`: more than one positional argument is a `TypeError` (the
  options are keyword-only). TypeScript `task({ timeout: 10 }, fn)`: options and
  function swapped, the object is taken as the function. TypeScript `task(fn,
  "f/x")`: after a function the second argument is the options, so the path is never
  read and the task runs the file's function, not the script. (A path given to `task`
  where the function belongs, `task("f/x")` / `task("f/x", { ... })`, is
  reported by WAC003; `task("f/x", fn)` is a valid TypeScript form.) Python
  `task(functools.partial(fn, ...))` / `task(...)(partial)`: the decorator reads
  `func.__name__` for the step name, which a partial lacks, so loading the script
  raises `AttributeError`; the same for an instance of a class of the file
  (`task(Uploader("reports"))`, a callable through `__call__`).
- `task_script` / `task_flow` without a path or with positional options
  (keyword-only, `TypeError`); a Python `task_script` / `task_flow` wrapper
  called with positional arguments (it takes the script's parameters by name
  only: `TypeError`); a function given to TypeScript `taskScript` / `taskFlow`
  (ignored).
- Python `asyncio.run(coro)`, `loop.run_until_complete(coro)` (of `get_event_loop()` or
  `new_event_loop()`), `asyncio.Runner().run(coro)` and `anyio.run(fn)` in the workflow
  body, or in a helper it calls (reported at the body's call of the helper, naming the
  chain): wmill 1.850.0's `_run_workflow` already runs the body with `asyncio.run`, so
  each raises `RuntimeError` on the first round and nothing in the coroutine runs
  (a sync helper ported from a cron script, `def weigh_all(ids): return
  asyncio.run(_weigh_all(ids))`). The same in a task body or a step callback, or a
  helper only they call: the child job's round runs the task's function inside that
  loop (`_execute_directly`), and `step` calls its function there, so the task fails
  on every attempt and the step with `TaskError` (reported in the task or callback at
  the call leading to it, or at a `step(...)` given the function by reference;
  `asyncio.to_thread(sync_helper)` runs it in a thread with no loop, and is fine).
- `step` without both a name and a function (a misspelt keyword, `step("x",
  func=fn)`, is WAC302's), or with the two swapped. Python
  `step("x", notify(...))` where `notify` is a function of the file that returns
  nothing (or an `async def`), or data (a `-> dict` annotation, a literal or a
  comprehension in each `return`): `step` is given the call's `None` (a coroutine,
  the dict), not a function, so the step fails with `TypeError` (and a plain
  function has run in the body already). TypeScript `step("cfg", loadConfig(x))` where
  `loadConfig` is an `async` function of the file: it runs in the body on every replay
  and `step` gets its promise (windmill-client 1.818.0 `_runInlineStep` awaits `fn()`
  inside the step: `fn is not a function`). In both, `step("fetch", fetch_data(x))`
  with a task call: the task is dispatched, its result never read, and `step` gets the
  task's awaitable / promise; a task is checkpointed on its own and wants no `step`.
  Python `step(Kind.LOAD, fn)` with a member of a plain
  `Enum` of the file: wmill 1.850.0 logs the key with `json.dumps`, which raises
  `TypeError` (a `str` enum's member, or `.value`, is a string: fine).
- `sleep` given a string the SDK cannot convert: Python runs `int(seconds)`, so
  `"15m"` and `"1.5"` raise `ValueError` (`"15"` is fine); TypeScript runs
  `Math.round(seconds)`, so `"15m"` becomes `NaN`. A `timedelta` is a `TypeError`
  (also through a name bound once to one: `sleep(ESCALATE_AFTER)`). So is an object
  or container literal (Trigger.dev's `wait.for({ minutes: 5 })` ported as
  `sleep({ minutes: 5 } as unknown as number)`: `NaN` in TypeScript; `int()` of a
  Python dict, list, tuple or set raises `TypeError`). So is a Python `timedelta`'s
  `.seconds` when it is a day long or longer (`sleep(WEEK.seconds)` with `WEEK =
  timedelta(weeks=1)`): that attribute is only the part below one day (0 here), so
  the workflow sleeps one second; `.total_seconds()` is the length.
- `sleep` given milliseconds (`setTimeout`'s unit) where it takes seconds:
  a product with a factor of 1000 (`5 * 60 * 1000`), a name that says so
  (`retryDelayMs`, `POLL_INTERVAL_MS`, `ONE_DAY_MS`, Python `retry_after_ms`, a field
  `body["retry_after_ms"]` or `body.get("retryAfterMs")`), the `ms` package's
  `ms("15m")`, a call or method named for milliseconds (luxon's `toMillis()`, dayjs'
  `asMilliseconds()`, date-fns `hoursToMilliseconds(8)`, Python `backoff_ms(n)`), a
  duration asked for milliseconds (Temporal `dur.total("milliseconds")` or
  `total({ unit: "millisecond" })`, luxon / moment `dur.as("milliseconds")`), or a name
  assigned once to one of these or a member of an object / dict constant holding one
  (`TIMING.anneal` of `const TIMING = { anneal: 8 * 3_600_000 }`, `TIMING["anneal"]`), or
  an `enum` member written so (`Delay.Anneal` of `enum Delay { Anneal = 8 * 3_600_000 }`)
  (`const BAKE = ms("10m")`), also imported from another module of the workspace, or a
  call of a function that returns one (`minutes(5)` of `const minutes = (n) => n * 60 *
  1000`, here or in an imported module); it waits a thousand times longer. A division
  (`delayMs / 1000`) converts it and is not reported.
- TypeScript: a `taskScript` / `taskFlow` wrapper called with anything but one
  object of named arguments (`extract(day)` with `day: string`, two arguments, a
  literal, an array or a string a method builds (`rows.map(...)`, `ids.join(",")`),
  the result of a task of the file whose return type is a scalar or an array
  (`Promise<string>`, `Promise<Row[]>`), a name assigned one, the key of a
  `for ... in`, the item of a `for ... of` over a
  parameter or a name typed `string[]` or over the result of a task of the file whose
  function returns scalars (its return type, `Promise<string[]>`, or each of its
  returns: a cast to `string[]`, `Object.keys(...)`, `.map((r) => r.id)` over items
  written `{ id: string }[]`), the untyped item parameter of the function
  `parallel(ids, (id) => ...)` or `ids.map((id) => ...)` calls over such an array):
  windmill-client 1.818.0 sends `{ arg0: day }` (run
  against the SDK's `WorkflowCtx`: the dispatched step's `args`), names the script does
  not take; a lone array passes its `typeof x === "object"` test and is sent as the
  arguments object itself (`0`, `1`, ...). An array literal spread into the call
  (`extract(...[day, region])`, `extract(...q)` of `const q = [day, region] as const`)
  is its items, one argument each. Also such a wrapper handed over by
  reference: `rows.map(render)` (called with item, index and array) and
  `parallel(ids, reindex)` over an array of scalars.
- TypeScript `.then` chained after `.then(fn)` on a task call, `fn` an inline
  non-async function returning a plain value (`charge(x).then((r) => r.id).then(...)`):
  in a workflow windmill-client 1.818.0 returns a bare `{ then }` object whose `then`
  hands back what `fn` returns, so the second `.then` is a `TypeError` once the task
  has run (`.catch` / `.finally` there are WAC202's); the same on `waitForApproval(...)`,
  and on a `const` name holding either unawaited (`const p = charge(x)`, `p.then(...)`).
- TypeScript `.then(onFulfilled, onRejected)` on a task call whose value is used
  (`const r = await charge(x).then(ok, (e) => ({ ok: false }))`), `onRejected` returning
  a value other than `null` / `undefined`: for a failed task windmill-client 1.818.0's
  bare `{ then }` calls `onRejected` but returns nothing, so the value is `undefined`,
  not the fallback (run against the SDK's `WorkflowCtx`); as a statement, or with a
  handler that only logs or returns `null`, nothing is lost. Also in a helper of the
  file the task call is handed to (a Go-style `tryCatch(charge(x))` whose
  `p.then((v) => [null, v], (e) => [e, null])` is destructured), at that call.
- Python `decision.approved` where `decision` holds what `wait_for_approval(...)`
  returned (or `(await wait_for_approval(...)).approver`): wmill 1.850.0 returns the
  resume payload as a dict (`value`, `approver`, `approved`), so reading an attribute
  that is no `dict` method raises `AttributeError` once the approval resumes; read
  `decision["approved"]`. The same of a step returning what `get_resume_urls()` /
  `get_approval_urls(key)` answer, a dict (`urls.resume`).
- TypeScript `waitForApproval(3600)`: the SDK reads `options?.timeout`, so a
  positional timeout is ignored and the default 1800 s applies (Python's
  `wait_for_approval(3600)` is fine: `timeout` is its first parameter). An
  approval key that is empty, `.`, `..` or holds `/` or `\\` (the SDK raises), also
  given to `get_approval_urls` / `getApprovalUrls`, which check it the same way; a key
  held in a name bound once to a constant expression of literals (`KEY = TEAM +
  "/lead"`) is that string; a key a helper of the file takes as a parameter and
  passes on (`async def ask(key): ... wait_for_approval(key=key)`) is judged where
  the body calls the helper (`ask("release/manager")`). And `get_approval_urls` /
  `getApprovalUrls` asked for a key no approval of the workflow uses
  (`getApprovalUrls("manager")` beside `waitForApproval({ key: "mgr_signoff" })`, or no
  key, `"approval"`, beside keyed approvals only): the URLs address a step the workflow
  never waits at, and the SDK rejects a resume of it (judged when every approval of the
  file has a key written there, or none).
- `parallel(items, concurrency=3)` without a function (`TypeError`), a
  positional concurrency (`TypeError` in Python, ignored in TypeScript), or
  options in place of the function.
- Python `parallel(items, fn)` over items wmill 1.850.0 cannot measure or slice
  (it runs `len(items)` and `items[i : i + n]`): a set, a dict or a dict view, a
  generator, a `map` / `zip` / `filter` object (`TypeError` before any task is
  dispatched); and `fn` a plain `def` of the file, whose result `asyncio.gather`
  rejects (`TypeError`).
- TypeScript `parallel(items, fn)` over items without a `length`: a `Set`, a `Map`, an
  iterator (`map.values()`, and ES2025 iterator helpers over one: `xs.values().filter(...)`,
  `Iterator.from(xs).take(3)`; `.toArray()` is an array), a generator object, or a plain
  object (`Object.groupBy(...)`, `Object.fromEntries(...)`, `Object.assign({}, ...)`, an
  object literal: `Object.values(...)` is suggested). windmill-client 1.818.0 loops `for
  (i = 0; i < items.length; i += concurrency)` over `items.slice(...)`, so it calls
  `fn` on no item and returns `[]`, without an error.
- TypeScript `getResumeUrls({ approver })`: its parameters are positional, so
  the object becomes the approver.
- TypeScript: an argument past those the SDK's function declares, which JavaScript drops
  without an error: `sleep(5, "minutes")` (sleeps 5 seconds), `step("x", fn, { retry: 3 })`
  (a step has no options), `taskScript(path, options, more)`.
- Python: a `@task` function with a parameter called `name`, `script` or
  `func` in a script with a workflow, or a `task_script` / `task_flow` wrapper
  called with `name=`, `script=` or `dispatch_type=`. wmill 1.850.0 passes the
  call's arguments to
  `WorkflowCtx._next_step(name, script, func, dispatch_type=..., **kwargs)` as
  keywords, so these names collide with its own parameters: `TypeError: got
  multiple values for argument 'name'` on every run (run against the SDK's
  `_run_workflow_async`). TypeScript passes the arguments as one object and is
  not affected.
- Python: a `@task` parameter before `/` (positional-only) or a `*args`
  parameter: `_merge_args` names every positional argument after the signature
  (`lines=`, then `arg2=`, ...) and the task's job calls `func(**kwargs)`, which
  such a parameter cannot take (`TypeError`).

Severity: **error**: each of these fails at run time or silently does something
other than what was written.

## Why is this bad
The SDK does not validate most of these shapes: the workflow fails at run time,
or the option you wrote is dropped and the default applies.

## Example
```typescript
const deploy = task({ timeout: 600 }, async (env: string) => env);
const approval = await waitForApproval(3600);
```

## Use instead
```typescript
const deploy = task(async (env: string) => env, { timeout: 600 });
const approval = await waitForApproval({ timeout: 3600 });
```
"""
    VALID = [
        ts(
            'import { taskScript, workflow } from "windmill-client";\n'
            'const extract = taskScript("f/etl/extract");\n'
            "export const main = workflow(async (day: string, opts: object) => {\n"
            "  await extract(opts);\n  return await extract({ day });\n});\n"
        ),
        py(
            "from wmill import task, task_script, step, sleep, wait_for_approval, parallel, "
            "workflow\n\n"
            "extract = task_script('f/data/extract', timeout=60)\n\n"
            "@task(path='f/data/load')\nasync def load(x: int):\n    return x\n\n"
            "@workflow\nasync def main(items: list[int]):\n"
            "    await extract(url='https://example.com')\n"
            "    await step('now', lambda: 1)\n    await sleep('15')\n"
            "    await parallel(items, load, concurrency=2)\n"
            "    return await wait_for_approval(3600)\n"
        ),
        ts(
            "import { task, taskScript, step, sleep, waitForApproval, parallel, workflow } from "
            '"windmill-client";\n'
            'const deploy = task("f/ops/deploy", async (env: string) => env);\n'
            'const extract = taskScript("f/data/extract", { timeout: 60 });\n'
            "export const main = workflow(async (items: string[]) => {\n"
            '  await step("now", () => Date.now());\n  await sleep(60);\n'
            "  await parallel(items, deploy, { concurrency: 2 });\n"
            "  await extract({ url: 'https://example.com' });\n"
            "  return await waitForApproval({ timeout: 3600 });\n});\n"
        ),
    ]
    INVALID = [
        ts(
            'import { taskScript, workflow } from "windmill-client";\n'
            'const extract = taskScript("f/etl/extract");\n'
            "export const main = workflow(async (day: string) => {\n"
            "  return await «extract(day)»;\n});\n"
        ),
        py(
            "from wmill import task, workflow\n\n@task()\nasync def greet(«name: str»):\n"
            "    return name\n\n@workflow\nasync def main(who: str):\n"
            "    return await greet(who)\n"
        ),
        py(
            "from wmill import task_script, workflow\n\n"
            "create_user = task_script('f/users/create')\n\n@workflow\n"
            "async def main(who: str):\n    return await create_user(«name»=who)\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const deploy = «task({ timeout: 600 }, async (env: string) => env)»;\n"
            'export const main = workflow(async () => await deploy("prod"));\n'
        ),
        ts(
            'import { waitForApproval, workflow } from "windmill-client";\n'
            "export const main = workflow(async () => {\n"
            "  return await waitForApproval(«3600»);\n});\n"
        ),
        py(
            "from wmill import sleep, workflow\n\n@workflow\nasync def main():\n"
            "    await sleep(«'15m'»)\n"
        ),
        py(
            "from wmill import task, parallel, workflow\n\n@task()\nasync def one(x: int):\n"
            "    return x\n\n@workflow\nasync def main(items: list[int]):\n"
            "    return await «parallel(items, concurrency=3)»\n"
        ),
        py(
            "from wmill import task_script, workflow\n\nextract = task_script('f/data/extract')\n\n"
            "@workflow\nasync def main(url: str):\n    return await «extract(url)»\n"
        ),
        ts(
            'import { step, workflow } from "windmill-client";\n'
            "export const main = workflow(async () => {\n"
            "  return await «step(() => Date.now())»;\n});\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const charge = task(async (id: string) => ({ id }));\n"
            "export const main = workflow(async (id: string) => {\n"
            '  const r = await «charge(id).then((c) => c.id, () => "none")»;\n'
            "  return r.length;\n});\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        facts = sdk.facts(ctx.model)
        problem_of = PROBLEMS[ctx.model.language]
        imported = imported_milliseconds(ctx)
        for call in facts.calls:
            if call.unpacked:
                continue
            problem = problem_of(ctx.model, call, imported)
            if problem is not None:
                span, message = problem
                ctx.report(span, message)
            key_problem = approval_key_problem(ctx.model, call)
            if key_problem is not None:
                ctx.report(*key_problem)
            dicts = not ctx.model.lang.attributes_read_json_fields
            if call.primitive is Primitive.APPROVAL:
                # TypeScript's thenable (a Python approval is a coroutine: no `.then`)
                then_after_then(ctx, call.call, "an approval", "it has resumed")
                if dicts:
                    dict_attributes(ctx, call, APPROVAL_RESULT)
            elif call.primitive is Primitive.STEP and dicts:
                urls = url_step(ctx.model, call)
                if urls is not None:
                    dict_attributes(ctx, call, urls)
        for key_problem in approval_url_key_problems(ctx.model):
            ctx.report(*key_problem)
        for key_problem in unmatched_approval_url_keys(ctx.model):
            ctx.report(*key_problem)
        for key_problem in forwarded_key_problems(ctx.model):
            ctx.report(*key_problem)
        checks = TASK_CALL_CHECKS[ctx.model.language]
        for tcall in facts.task_calls:
            for check_task_call in checks:
                check_task_call(ctx, tcall)
        if WRAPPERS_BY_REFERENCE[ctx.model.language]:
            wrappers_by_reference(ctx, facts)
        # without a workflow, wmill 1.850.0 runs a task in place or over HTTP (WAC v1),
        # never through `_next_step`
        if ctx.model.workflows:
            for check_task in TASK_CHECKS[ctx.model.language]:
                for task in ctx.model.tasks:
                    check_task(ctx, task)
            nested_event_loops(ctx)

    @staticmethod
    def check_ts_wrapper_call(ctx: RuleContext, call: TaskCall) -> None:
        """`extract(day)`: a taskScript / taskFlow wrapper given something that is not
        one object of named arguments."""
        if call.kind not in (Primitive.TASK_SCRIPT, Primitive.TASK_FLOW):
            return
        args = list(call.args)
        if call.unpacked:
            # `extract(...[day, region])`, `extract(...query)` of `const query = [a, b]`: the
            # spread array's items are the arguments when the array literal is known
            spread = spread_items(ctx.model, call.call)
            if spread is None:
                return
            args = spread
        kind = value_kind(ctx.model, args[0]) if len(args) == 1 else None
        if not args or (len(args) == 1 and kind is None):
            return
        wrapper = "taskScript" if call.kind == Primitive.TASK_SCRIPT else "taskFlow"
        target = "script" if call.kind == Primitive.TASK_SCRIPT else "flow"
        sent = (
            'takes a lone array as that object itself, its `typeof` being `"object"`: '
            "arguments named `0`, `1`, ..."
            if kind == ARRAY
            else "turns anything else into `{ arg0, arg1, ... }`"
        )
        ctx.report(
            Span.of(call.call),
            f"`{call.name}` is a `{wrapper}` wrapper, which sends one object of named "
            f"arguments (windmill-client 1.818.0 {sent}, parameters the {target} does not "
            "have); pass `{ name: value, ... }`",
        )

    @staticmethod
    def check_then_after_then(ctx: RuleContext, call: TaskCall) -> None:
        """`charge(x).then((r) => r.id).then(...)`: in a workflow, windmill-client 1.818.0
        returns a bare `{ then }` whose `then` hands back what its callback returns, so a
        second `.then` on a plain value is a TypeError once the task has run."""
        then_after_then(ctx, call.call, "a task call", "the task has run")
        for read in held_reads(ctx.model, call.call):  # `const p = charge(x)`, `p.then(...)`
            then_after_then(ctx, read, "a task call", "the task has run")

    @staticmethod
    def check_reserved_parameters(ctx: RuleContext, task: TaskDef) -> None:
        """A `@task` function whose parameter shares a name with `_next_step`'s own."""
        if task.kind != TaskKind.TASK or task.function is None:
            return
        for param in task.function.params:
            if param.kind not in NAMED_KINDS or param.name not in TASK_RESERVED:
                continue
            ctx.report(
                param.span,
                f"wmill 1.850.0 hands a task's arguments to `WorkflowCtx._next_step(name, "
                f"script, func, ...)` as keywords, so a parameter called `{param.name}` "
                f"collides with its own (`TypeError: got multiple values for argument "
                f"'{param.name}'`) whenever a workflow calls this task; rename the parameter",
            )

    @staticmethod
    def check_unnamed_parameters(ctx: RuleContext, task: TaskDef) -> None:
        """A `@task` function with a parameter no keyword can reach: wmill 1.850.0's
        `_merge_args` names every positional argument after the signature and the
        task's job calls `func(**kwargs)` (`_execute_directly`)."""
        if task.kind != TaskKind.TASK or task.function is None:
            return
        params = task.function.params
        slash = next(
            (i for i, p in enumerate(params) if p.kind == ParamKind.SEPARATOR and p.name == "/"),
            -1,
        )
        for param in params[: max(slash, 0)]:
            ctx.report(
                param.span,
                f"`{param.name}` is positional-only, but wmill 1.850.0 sends a task's "
                "arguments by name (its job calls `func(**kwargs)`), so a call that gives it "
                "fails (`TypeError`: positional-only argument passed as keyword); drop the `/`",
            )
        for param in params:
            if param.kind == ParamKind.VAR_POSITIONAL and param.name not in ("*", ""):
                ctx.report(
                    param.span,
                    f"wmill 1.850.0 sends a task's arguments by name: a positional argument "
                    f"past the named ones arrives as `{param.name}=` (then `arg<i>=`), which "
                    f"`*{param.name}` cannot take, so the task's job fails (`TypeError`); take "
                    "a list parameter instead",
                )

    @staticmethod
    def check_reserved_keywords(ctx: RuleContext, call: TaskCall) -> None:
        """`extract(name=...)` on a `task_script` / `task_flow` wrapper."""
        if call.kind not in (Primitive.TASK_SCRIPT, Primitive.TASK_FLOW):
            return
        for keyword in call.keywords:
            if keyword.name in WRAPPER_RESERVED:
                ctx.report(
                    Span.of(keyword.name_node),
                    f"wmill 1.850.0 hands a `{call.kind.value}` wrapper's keywords to "
                    "`WorkflowCtx._next_step(name, script, ..., dispatch_type=...)`, so "
                    f"`{keyword.name}=` collides with its own argument (`TypeError: got multiple "
                    f"values for argument '{keyword.name}'`); the script's parameter cannot be "
                    "passed under this name through a WAC task",
                )

    @staticmethod
    def check_wrapper_call(ctx: RuleContext, call: TaskCall) -> None:
        """wmill's `task_script` / `task_flow` wrappers take the parameters by keyword only."""
        if call.kind not in (Primitive.TASK_SCRIPT, Primitive.TASK_FLOW) or not call.args:
            return
        if call.unpacked:
            return
        ctx.report(
            Span.of(call.call),
            f"`{call.name}` is a `{call.kind.value}` wrapper, which takes the script's parameters "
            "by name only: positional arguments raise `TypeError`; pass them as keywords",
        )


def spread_items(model: ScriptModel, call: Node) -> list[Node] | None:
    """The arguments of a TypeScript call with spreads, each spread of an array literal
    (directly, through `as const` / parentheses, or a name bound once to one) replaced by
    its items; None when a spread's items are not known."""
    given = call.child_by_field_name("arguments")
    if given is None:
        return None
    out: list[Node] = []
    for arg in given.named_children:
        if arg.type == "comment":
            continue
        if arg.type != "spread_element":
            out.append(arg)
            continue
        inner = arg.named_children[0] if arg.named_children else None
        array = sdk.unwrap(inner)
        if array is not None and array.type == "identifier":
            bound = sdk.bound_value(model, model.text(array), array)
            array = sdk.unwrap(bound)
        if array is None or array.type != "array":
            return None
        items = [i for i in array.named_children if i.type != "comment"]
        if any(i.type == "spread_element" for i in items):
            return None
        out += items
    return out


TS_SCALAR_TYPES = frozenset({"string", "number", "boolean", "bigint", "Date"})


# Methods whose result is an array or a string, and functions that return one: a
# value that is no object of named arguments.
ARRAY_METHODS = frozenset(
    {"map", "filter", "concat", "flat", "flatMap", "sort", "toSorted", "toReversed", "split"}
)
STRING_METHODS = frozenset(
    {"join", "trim", "toLowerCase", "toUpperCase", "toISOString", "toFixed", "padStart"}
    | {"padEnd", "replace", "replaceAll"}
)
ARRAY_FUNCTIONS = frozenset(
    {"Array.from", "Array.of", "Object.keys", "Object.values", "Object.entries"}
)
SCALAR_FUNCTIONS = frozenset(
    {"String", "JSON.stringify", "encodeURIComponent", "Number", "parseInt", "parseFloat"}
)
ARRAY, SCALAR = "array", "scalar"


def not_an_object(model: ScriptModel, arg: Node) -> bool:
    return value_kind(model, arg) is not None


def value_kind(model: ScriptModel, arg: Node, depth: int = 0) -> str | None:
    """ARRAY or SCALAR for what is no object of named arguments: a literal, a
    parameter typed as a scalar or an array, an array / string built by a method or
    function that returns one (`rows.map(...)`, `ids.join(",")`), a name assigned one
    once, or the variable of a `for ... in` (a key) or of a `for ... of` over a
    parameter typed as an array of scalars; None when it may be an object."""
    inner = sdk.unwrap(arg)
    if inner is None:
        return None
    arg = inner
    if arg.type == "array":
        return ARRAY
    if arg.type in SCALAR_LITERALS or arg.type in ("null", "undefined"):
        return SCALAR
    semantic = model.semantic
    if semantic is None:
        return None
    if arg.type == "call_expression":
        callee = arg.child_by_field_name("function")
        if callee is not None and callee.type == "member_expression":
            prop = callee.child_by_field_name("property")
            method = model.text(prop) if prop is not None else ""
            if method in ARRAY_METHODS:
                return ARRAY
            if method in STRING_METHODS:
                return SCALAR
        name = semantic.qualified_name(callee) if callee is not None else None
        if name in ARRAY_FUNCTIONS:
            return ARRAY
        if name in SCALAR_FUNCTIONS:
            return SCALAR
        fn = task_function_called(model, arg)
        return declared_result_kind(model, fn) if fn is not None else None
    if arg.type != "identifier":
        return None
    binding = semantic.resolve(arg)
    if binding is None:
        return None
    if binding.kind == SemBinding.LOOP:
        return SCALAR if loop_element_scalar(model, binding.node) else None
    if binding.value is not None:
        held = binding.assigned_value
        return value_kind(model, held, depth + 1) if held is not None and depth < 3 else None
    holder = binding.node.parent
    if holder is not None and holder.type == "arrow_function":
        holder = binding.node  # `(id => ...)`: a lone parameter without parentheses
    elif holder is None or holder.type not in ("required_parameter", "optional_parameter"):
        return None
    if holder.type == "identifier" or holder.child_by_field_name("type") is None:
        return SCALAR if callback_item_scalar(model, holder) else None
    return annotated_kind(model, holder, element=False)


def parallel_call_ids(model: ScriptModel) -> set[int]:
    """The node ids of the file's `parallel(...)` calls, once per file."""
    memo = sdk.facts(model).memo
    key = "parallel call ids"
    if key not in memo:
        memo[key] = {c.call.id for c in sdk.facts(model).calls if c.primitive is Primitive.PARALLEL}
    found = memo[key]
    assert isinstance(found, set)
    return found


# Array methods whose callback gets each item first
ITEM_CALLBACK_METHODS = frozenset({"map", "flatMap", "forEach", "filter", "some", "every", "find"})


def callback_item_scalar(model: ScriptModel, parameter: Node) -> bool:
    """`parameter` is the first parameter, untyped, of the function `parallel(ids, (id)
    => ...)` or `ids.map((id) => ...)` calls with each item, and the items are scalars
    (an array literal of them, or a name typed `string[]`)."""
    fn = parameter.parent
    if fn is not None and fn.type == "formal_parameters":
        first = next((c for c in fn.named_children if c.type != "comment"), None)
        if first != parameter:
            return False
        fn = fn.parent
    if fn is None or fn.type not in ("arrow_function", "function_expression", "function"):
        return False
    args = fn.parent
    call = args.parent if args is not None and args.type == "arguments" else None
    if args is None or call is None or call.type != "call_expression":
        return False
    given = [a for a in args.named_children if a.type != "comment"]
    callee = call.child_by_field_name("function")
    items: Node | None = None
    if callee is not None and callee.type == "member_expression":
        prop = callee.child_by_field_name("property")
        if prop is not None and model.text(prop) in ITEM_CALLBACK_METHODS and given[:1] == [fn]:
            items = callee.child_by_field_name("object")
    elif len(given) >= 2 and given[1] == fn and call.id in parallel_call_ids(model):
        items = given[0]
    items = sdk.unwrap(items)
    return items is not None and scalar_items(model, items)


def annotated_kind(model: ScriptModel, parameter: Node, element: bool) -> str | None:
    """ARRAY / SCALAR as the parameter's annotation says (`element`: SCALAR for an
    array whose items are scalars)."""
    annotation = parameter.child_by_field_name("type")
    if annotation is None:
        return None
    text = model.text(annotation).lstrip(":").strip()
    if element:
        return SCALAR if scalar_array_type(text) else None
    array = text.endswith("[]") or (text.startswith("Array<") and text.endswith(">"))
    return SCALAR if text in TS_SCALAR_TYPES else ARRAY if array else None


def scalar_array_type(text: str) -> bool:
    """`string[]`, `Array<number>`, `readonly string[]`: an array type whose items are
    scalars, as written."""
    text = text.strip().removeprefix("readonly ").strip()
    if text.endswith("[]"):
        item = text[:-2]
    elif text.startswith("Array<") and text.endswith(">"):
        item = text[6:-1]
    else:
        return False
    return item.strip() in TS_SCALAR_TYPES


def task_function_called(model: ScriptModel, call: Node) -> Node | None:
    """The function of the file's top-level task `call` calls by name (`listIds(x)`)."""
    if call.type != "call_expression" or model.semantic is None:
        return None
    callee = call.child_by_field_name("function")
    if callee is None or callee.type != "identifier":
        return None
    binding = model.semantic.resolve(callee)
    if binding is None or binding.scope.parent is not None:
        return None
    name = model.text(callee)
    for task in model.tasks:
        if task.binding == name and task.top_level and task.kind == TaskKind.TASK:
            return task.function.node if task.function is not None else None
    return None


def resolved_return_type(model: ScriptModel, fn: Node) -> str | None:
    """A function's return type as written, out of its `Promise<...>` (what awaiting
    a call of it gives), without `readonly`; None when it has none."""
    annotation = fn.child_by_field_name("return_type")
    if annotation is None:
        return None
    text = model.text(annotation).lstrip(":").strip()
    if text.startswith("Promise<") and text.endswith(">"):
        text = text[len("Promise<") : -1].strip()
    return text.removeprefix("readonly ").strip()


def declared_result_kind(model: ScriptModel, fn: Node) -> str | None:
    """ARRAY / SCALAR as a task function's return type says (`Promise<string>`,
    `Promise<Row[]>`); JSON brings either back through the checkpoint as such."""
    text = resolved_return_type(model, fn)
    if text is None:
        return None
    if text in ("string", "number", "boolean"):
        return SCALAR
    array = text.endswith("[]") or (text.startswith("Array<") and text.endswith(">"))
    return ARRAY if array else None


def returns_scalar_items(model: ScriptModel, fn: Node) -> bool:
    """`fn` returns an array of scalars: its return type says so (`Promise<string[]>`),
    or each of its own returns builds one (`rows.map((r) => r.id)` over rows typed
    `{ id: string }[]`, `Object.keys(x)`, an array literal of scalars). JSON carries
    such an array through a task's checkpoint unchanged."""
    text = resolved_return_type(model, fn)
    if text is not None:
        return scalar_array_type(text)
    values = returned(model, fn)
    return bool(values) and all(builds_scalar_items(model, v) for v in values)


def builds_scalar_items(model: ScriptModel, value: Node) -> bool:
    """An expression that is an array of scalars, as written: a cast to one, an array
    literal of scalar literals, `Object.keys(...)`, or `.map(cb)` whose callback gives
    a scalar per item (a literal, or a field the items' written type says is one)."""
    while value.type in ("parenthesized_expression", "await_expression"):
        inner = [c for c in value.named_children if c.type != "comment"]
        if not inner:
            return False
        value = inner[0]
    if value.type in ("as_expression", "satisfies_expression"):
        written = value.named_children[-1] if value.named_children else None
        if written is not None and scalar_array_type(model.text(written)):
            return True
    value = sdk.unwrap(value) or value
    if value.type == "array":
        return scalar_items(model, value)
    if value.type != "call_expression" or model.semantic is None:
        return False
    callee = value.child_by_field_name("function")
    if callee is None:
        return False
    if model.semantic.qualified_name(callee) == "Object.keys":
        return True
    if callee.type != "member_expression":
        return False
    prop = callee.child_by_field_name("property")
    args = value.child_by_field_name("arguments")
    given = [a for a in args.named_children if a.type != "comment"] if args is not None else []
    if prop is None or model.text(prop) != "map" or len(given) != 1:
        return False
    return gives_scalar_per_item(model, given[0], callee.child_by_field_name("object"))


def gives_scalar_per_item(model: ScriptModel, callback: Node, items: Node | None) -> bool:
    """`(r) => r.id` over items written as `{ id: string }[]`, or a callback returning
    a scalar literal."""
    if callback.type not in ("arrow_function", "function_expression", "function"):
        return False
    results = returned(model, callback)
    if not results:
        return False
    params = callback.child_by_field_name("parameters")
    first = callback.child_by_field_name("parameter")
    if first is None and params is not None:
        listed = [p for p in params.named_children if p.type != "comment"]
        first = listed[0].child_by_field_name("pattern") if listed else None
    fields = item_field_types(model, items)
    for result in results:
        result = sdk.unwrap(result) or result
        if result.type in SCALAR_LITERALS:
            continue
        if result.type != "member_expression" or first is None:
            return False
        obj = result.child_by_field_name("object")
        prop = result.child_by_field_name("property")
        if obj is None or prop is None or model.text(obj) != model.text(first):
            return False
        if fields.get(model.text(prop)) not in TS_SCALAR_TYPES:
            return False
    return True


def item_field_types(model: ScriptModel, items: Node | None) -> dict[str, str]:
    """The field types of the items of `(x as { id: string }[])`, as written."""
    while items is not None and items.type == "parenthesized_expression":
        items = items.named_children[0] if items.named_children else None
    if items is None or items.type not in ("as_expression", "satisfies_expression"):
        return {}
    written = items.named_children[-1] if items.named_children else None
    if written is None or written.type != "array_type" or not written.named_children:
        return {}
    shape = written.named_children[0]
    if shape.type != "object_type":
        return {}
    fields: dict[str, str] = {}
    for member in shape.named_children:
        name = member.child_by_field_name("name")
        typed = member.child_by_field_name("type")
        if member.type == "property_signature" and name is not None and typed is not None:
            optional = any(c.type == "?" for c in member.children)
            if not optional:
                fields[model.text(name)] = model.text(typed).lstrip(":").strip()
    return fields


def loop_element_scalar(model: ScriptModel, name: Node) -> bool:
    """The variable of `for (const k in obj)` (a string key), or of `for (const x of
    xs)` with `xs` a parameter typed `string[]` / `Array<number>`."""
    loop = name.parent
    while loop is not None and loop.type != "for_in_statement":
        if loop.type in ("statement_block", "program"):
            return False
        loop = loop.parent
    if loop is None:
        return False
    if any(c.type == "in" for c in loop.children):
        return True
    right = sdk.unwrap(loop.child_by_field_name("right"))
    if right is None or right.type != "identifier" or model.semantic is None:
        return False
    return scalar_items_parameter(model, right) or held_task_result_scalar_items(model, right)


def held_task_result_scalar_items(model: ScriptModel, name: Node) -> bool:
    """`name` is bound once to `await listIds(x)` of a task of the file returning
    scalars (`returns_scalar_items`)."""
    binding = model.semantic.resolve(name) if model.semantic is not None else None
    if binding is None or binding.rebound or binding.kind != SemBinding.ASSIGNMENT:
        return False
    call = sdk.unwrap(binding.assigned_value)
    fn = task_function_called(model, call) if call is not None else None
    return fn is not None and returns_scalar_items(model, fn)


# windmill-client's `taskScript` / `taskFlow` wrappers take one object of named
# arguments, so handing one to `map` / `parallel` misnames them; wmill's `task_script`
# wrappers take keywords (`parallel` calls them with one positional item: WAC402's).
WRAPPERS_BY_REFERENCE = {LanguageKind.PYTHON: False, LanguageKind.TYPESCRIPT: True}
# Array methods that call their function with (item, index, array)
CALLS_WITH_INDEX = frozenset({"map", "flatMap", "forEach"})


def wrapper_kind(ctx: RuleContext, node: Node) -> TaskKind | None:
    """TASK_SCRIPT / TASK_FLOW when `node` names a top-level `taskScript` /
    `taskFlow` wrapper of the file."""
    model = ctx.model
    if node.type != "identifier" or model.semantic is None:
        return None
    name = model.text(node)
    for task in model.tasks:
        if task.binding == name and task.top_level and task.kind != TaskKind.TASK:
            binding = model.semantic.resolve(node)
            if binding is not None and binding.scope.parent is None:
                return task.kind
    return None


def wrappers_by_reference(ctx: RuleContext, facts: sdk.Facts) -> None:
    """`rows.map(render)` (called with item, index and array: `{ arg0, arg1, arg2 }`)
    and `parallel(ids, reindex)` over scalars (`{ arg0: id }`), `render` a `taskScript`
    / `taskFlow` wrapper."""
    model = ctx.model
    if not any(t.kind != TaskKind.TASK for t in model.tasks):
        return
    for call in facts.calls:
        if call.primitive is not Primitive.PARALLEL or len(call.args) < 2:
            continue
        kind = wrapper_kind(ctx, call.args[1])
        items = sdk.unwrap(call.args[0])
        if kind is None or items is None or not scalar_items(model, items):
            continue
        report_by_reference(ctx, call.args[1], kind, "`parallel` calls it with each item")
    for node in facts.call_nodes:
        callee = node.child_by_field_name("function")
        if callee is None or callee.type != "member_expression":
            continue
        prop = callee.child_by_field_name("property")
        if prop is None or model.text(prop) not in CALLS_WITH_INDEX:
            continue
        args = node.child_by_field_name("arguments")
        given = [a for a in args.named_children if a.type != "comment"] if args else []
        kind = wrapper_kind(ctx, given[0]) if len(given) == 1 else None
        if kind is not None:
            method = model.text(prop)
            report_by_reference(
                ctx, given[0], kind, f"`{method}` calls it with (item, index, array)"
            )


def scalar_items(model: ScriptModel, items: Node) -> bool:
    """An array literal of scalars, or a parameter typed as an array of scalars."""
    if items.type == "array":
        elements = [e for e in items.named_children if e.type != "comment"]
        return bool(elements) and all(e.type in SCALAR_LITERALS for e in elements)
    if items.type != "identifier" or model.semantic is None:
        return False
    return scalar_items_parameter(model, items) or held_task_result_scalar_items(model, items)


def report_by_reference(ctx: RuleContext, node: Node, kind: TaskKind, how: str) -> None:
    wrapper = "taskScript" if kind == TaskKind.TASK_SCRIPT else "taskFlow"
    target = "script" if kind == TaskKind.TASK_SCRIPT else "flow"
    ctx.report(
        Span.of(node),
        f"`{ctx.model.text(node)}` is a `{wrapper}` wrapper, which sends one object of named "
        f"arguments, and {how}: windmill-client 1.818.0 sends them as `{{ arg0, ... }}`, "
        f"parameters the {target} does not have; pass an arrow building the object "
        "(`(x) => wrapper({ name: x })`)",
    )


def whole(call: SdkCall) -> Span:
    return Span.of(call.call)


def count(call: SdkCall, names: tuple[str, ...]) -> int:
    return len(call.args) + sum(1 for k in call.keywords if k.name in names)


def task_function_argument(call: SdkCall) -> Node | None:
    """The function `task` wraps: `task(fn)`, or `task(...)(fn)` (the decorator
    factory's result called)."""
    if call.args:
        return call.args[0]
    parent = call.call.parent
    if parent is not None and parent.type == "call" and sdk.callee_of(parent) == call.call:
        args = parent.child_by_field_name("arguments")
        given = [a for a in args.named_children if a.type != "comment"] if args else []
        return given[0] if len(given) == 1 else None
    return None


def nameless_callable(model: ScriptModel, node: Node) -> str | None:
    """What `node` is, when it is a callable without `__name__`: a `functools.partial`
    (directly or through the name bound to it), or an instance of a class of the file
    (`task(Uploader("reports"))`, its `__call__` run); None otherwise."""
    value = sdk.unwrap(node)
    if value is not None and value.type == "identifier":
        value = sdk.unwrap(sdk.bound_value(model, model.text(value), value))
    if value is None or value.type != "call":
        return None
    callee = sdk.callee_of(value)
    semantic = model.semantic
    name = semantic.qualified_name(callee) if semantic is not None and callee else None
    if name in ("functools.partial", "functools.partialmethod"):
        return "a `functools.partial`"
    if callee is not None and callee.type == "identifier":
        made = sdk.bound_value(model, model.text(callee), callee)
        if made is not None and made.type == "class_definition":
            return f"an instance of `{model.text(callee)}`"
    return None


def python_problem(
    model: ScriptModel, call: SdkCall, imported: Imported = None
) -> tuple[Span, str] | None:
    p = call.primitive
    args = call.args
    if p is Primitive.TASK:
        # A path where the function belongs is WAC003's finding.
        if len(args) > 1:
            return whole(call), (
                "`task` takes one positional argument (the function); its options are "
                "keyword-only, so this raises `TypeError`"
            )
        wrapped = task_function_argument(call)
        nameless = nameless_callable(model, wrapped) if wrapped is not None else None
        if wrapped is not None and nameless is not None:
            return Span.of(wrapped), (
                f"`task` is given {code_span(model.code(wrapped))}, {nameless}: "
                "wmill 1.850.0 names the step after `func.__name__`, which it does not "
                "have, so loading the script raises `AttributeError`; define an `async def` "
                "that makes the call, and decorate it"
            )
    elif p in (Primitive.TASK_SCRIPT, Primitive.TASK_FLOW):
        if not args and not any(k.name == "path" for k in call.keywords):
            return whole(call), f"`{call.spelling}` needs the path of the script or flow it runs"
        if len(args) > 1:
            return whole(call), (
                f"`{call.spelling}` takes the path, then keyword-only options: positional options "
                "raise `TypeError`"
            )
    elif p is Primitive.STEP:
        first = sdk.unwrap(args[0]) if args else None
        if sdk.is_function(model, first):
            return whole(call), (
                '`step` takes the name first, then the function: `step("name", fn)`'
            )
        n = count(call, ("name", "fn"))
        # `step("x", func=fn)`: the misspelt keyword is WAC302's, which names `fn`
        misspelt = [k for k in call.keywords if k.name not in ("name", "fn")]
        if n < 2 and n + len(misspelt) < 2:
            return whole(call), (
                '`step` needs a name and a function (`step("name", fn)`): this raises `TypeError`'
            )
        if n > 2:
            return whole(call), "`step` takes a name and a function only: this raises `TypeError`"
        return python_step_problem(model, call)
    elif p is Primitive.SLEEP:
        return python_sleep_problem(model, call, imported)
    elif p is Primitive.APPROVAL:
        if len(args) > 6:
            return whole(call), "`wait_for_approval` takes at most 6 arguments: `TypeError`"
    elif p is Primitive.PARALLEL:
        if count(call, ("items", "fn")) < 2:
            return whole(call), (
                "`parallel` needs the items and the function to run on each "
                "(`parallel(items, fn, concurrency=...)`): this raises `TypeError`"
            )
        if len(args) > 2:
            return Span.of(args[2]), (
                "`parallel` takes `concurrency` as a keyword only: a third positional argument "
                "raises `TypeError`; write `concurrency=...`"
            )
        return python_parallel_problem(model, call)
    elif p is Primitive.RESUME_URLS:
        if len(args) > 2:
            return whole(call), "`get_resume_urls` takes at most `approver` and `flow_level`"
    return None


def python_step_problem(model: ScriptModel, call: SdkCall) -> tuple[Span, str] | None:
    """wmill 1.850.0 `step(name, fn)`: the key is written with `json.dumps` (no
    `default`) before `fn()` runs, and `fn()` is called inside the step."""
    named = {k.name: k.value for k in call.keywords}
    name = call.args[0] if call.args else named.get("name")
    fn = call.args[1] if len(call.args) > 1 else named.get("fn")
    member = sdk.enum_member(model, sdk.unwrap(name) or name) if name is not None else None
    if name is not None and member is not None and not member.is_str and not member.by_value:
        return Span.of(name), (
            f"The step name {code_span(model.code(name))} is a member of the plain enum "
            f"`{member.enum}`, not a string: wmill 1.850.0 logs the step's key with "
            "`json.dumps`, which raises `TypeError` on it before the step runs; use "
            f"`{model.text(name)}.value` or a literal"
        )
    given = sdk.unwrap(fn) if fn is not None else None
    if given is None or given.type != "call":
        return None
    task_given = task_call_given(model, given)
    if task_given is not None:
        return task_given
    callee = sdk.callee_of(given)
    target = sdk.function_named(model, callee) if callee is not None else None
    if target is None or target.type != "function_definition":
        return None
    is_async = any(c.type == "async" for c in target.children)
    data = None if is_async else returned_data(model, target)
    if not is_async and data is None and returns_a_value(target):
        return None  # `step("x", make_loader(day))`: a factory may return the function
    shown = code_span(model.code(given))
    if data is not None:
        what = (
            f"{data}: the call runs in the workflow body on every replay, and the step fails "
            "with `TypeError` (not callable)"
        )
    elif is_async:
        what = (
            "a coroutine: its code never runs (the coroutine is never awaited), and the step "
            "fails with `TypeError` (not callable)"
        )
    else:
        what = (
            "`None`: the call runs in the workflow body on every replay, and the step fails "
            "with `TypeError` (not callable)"
        )
    return Span.of(given), (
        f"`step` calls the function it is given, and this gives it what {shown} returns, "
        f"{what}; pass `lambda: {' '.join(model.text(given).split())}`"
    )


# What a task call hands back in the workflow body, by language (wmill 1.850.0
# `_next_step`: an awaitable of the step; windmill-client 1.818.0 `_nextStep`: a promise).
TASK_CALL_VALUE = {LanguageKind.PYTHON: "the awaitable", LanguageKind.TYPESCRIPT: "the promise"}
# How `step` fails on a value that is not a function (wmill calls `fn()`; windmill-client
# awaits `fn()` inside the step, which records the failure and throws it).
STEP_NOT_CALLABLE = {
    LanguageKind.PYTHON: "`TypeError` (not callable)",
    LanguageKind.TYPESCRIPT: "`TypeError` (`fn is not a function`)",
}


def task_call_given(model: ScriptModel, given: Node) -> tuple[Span, str] | None:
    """`step("fetch", fetch_data(x))`, `fetch_data` a task: the task call is made in the
    body (dispatched, its result never read) and `step` gets its awaitable, not a
    function. A task is checkpointed on its own: it wants no `step` around it."""
    found = next((t for t in sdk.facts(model).task_calls if t.call.id == given.id), None)
    if found is None:
        return None
    shown = code_span(model.code(given))
    language = model.language
    return Span.of(given), (
        f"`step` calls the function it is given, and this gives it {TASK_CALL_VALUE[language]} "
        f"of the task call {shown}, not a function: the step fails with "
        f"{STEP_NOT_CALLABLE[language]} and the task's result is lost; a task is checkpointed "
        f"on its own: `await {' '.join(model.text(given).split())}`, without `step`"
    )


def typescript_step_given_a_call(model: ScriptModel, given: Node) -> tuple[Span, str] | None:
    """`step("cfg", loadConfig(x))`: windmill-client 1.818.0 `_runInlineStep` runs
    `await fn()` inside the step, so the value given must be a function. A task call
    gives a promise (see `task_call_given`); a call of an `async` function of the file
    runs that function in the workflow body, on every replay, and gives a promise."""
    task_given = task_call_given(model, given)
    if task_given is not None:
        return task_given
    callee = sdk.callee_of(given)
    target = sdk.function_named(model, callee) if callee is not None else None
    if target is None or not any(c.type == "async" for c in target.children):
        return None  # a factory may hand back the function; an import says nothing
    shown = code_span(model.code(given))
    return Span.of(given), (
        f"`step` calls the function it is given, and this gives it what {shown} returns, a "
        "promise: the call runs in the workflow body on every replay, and the step fails "
        f"with {STEP_NOT_CALLABLE[model.language]}; pass "
        f"`() => {' '.join(model.text(given).split())}`"
    )


# What a `def` evidently returns that is not a function: its annotation's outer type,
# or the kind of every value it returns.
DATA_ANNOTATIONS = {
    "dict": "a dict",
    "Dict": "a dict",
    "list": "a list",
    "List": "a list",
    "tuple": "a tuple",
    "Tuple": "a tuple",
    "set": "a set",
    "Set": "a set",
    "frozenset": "a set",
    "str": "a string",
    "bytes": "`bytes`",
    "int": "a number",
    "float": "a number",
    "bool": "a bool",
    "Decimal": "a number",
}
DATA_RETURNS = {
    "dictionary": "a dict",
    "dictionary_comprehension": "a dict",
    "list": "a list",
    "list_comprehension": "a list",
    "tuple": "a tuple",
    "set": "a set",
    "set_comprehension": "a set",
    "string": "a string",
    "concatenated_string": "a string",
    "integer": "a number",
    "float": "a number",
    "true": "a bool",
    "false": "a bool",
    "comparison_operator": "a bool",
    "not_operator": "a bool",
}


def returned_data(model: ScriptModel, function: Node) -> str | None:
    """`def compute_ratio(r) -> dict[str, float]: return {...}`: what the function
    returns is data, not a function (the annotation says so, or every `return` of its
    own gives a literal, a comprehension or a comparison), as a noun; None when it may
    return a function (a factory)."""
    annotation = function.child_by_field_name("return_type")
    if annotation is not None:
        outer = annotation.named_children[0] if annotation.named_children else annotation
        if outer.type == "generic_type" and outer.named_children:
            outer = outer.named_children[0]
        elif outer.type == "subscript":
            outer = outer.child_by_field_name("value") or outer
        name = model.text(outer).rsplit(".", 1)[-1]
        return DATA_ANNOTATIONS.get(name)
    returned = sdk.python_returns(function)
    if returned is None:
        return None
    kinds: set[str] = set()
    for value in returned:
        kind = DATA_RETURNS.get(value.type) if value is not None else None
        if kind is None:
            return None
        kinds.add(kind)
    return kinds.pop() if len(kinds) == 1 else None


def returns_a_value(function: Node) -> bool:
    """`function` (a `def`) has a `return <value>` of its own (nested functions and
    classes not counted)."""
    body = function.child_by_field_name("body")
    stack = list(body.named_children) if body is not None else []
    while stack:
        node = stack.pop()
        if node.type in ("function_definition", "lambda", "class_definition"):
            continue
        if node.type == "return_statement" and node.named_children:
            return True
        if node.type == "yield":
            return True  # a generator: not None
        stack.extend(node.named_children)
    return False


def python_parallel_problem(model: ScriptModel, call: SdkCall) -> tuple[Span, str] | None:
    """wmill 1.850.0 `parallel` takes `len(items)`, slices `items[i : i + n]` and
    gathers `fn(item)`: items it cannot measure or slice, or a plain function."""
    args = call.args
    named = {k.name: k.value for k in call.keywords}
    items = args[0] if args else named.get("items")
    fn = args[1] if len(args) > 1 else named.get("fn")
    what = _parallel_items.unsliceable(model, items)
    if items is not None and what is not None:
        unmeasured = what.startswith(("a generator", "an ")) or what.endswith("` object")
        verb = "take the length of" if unmeasured else "slice"
        return Span.of(items), (
            f"{code_span(model.code(items))} is {what}, which `parallel` cannot {verb}: "
            "wmill 1.850.0 runs `len(items)` and `items[i : i + n]`, so this raises "
            "`TypeError` before any task is dispatched; pass a list (`sorted(...)`, `list(...)`)"
        )
    plain = _parallel_items.plain_function(model, fn)
    if fn is not None and plain is not None:
        return Span.of(fn), (
            f"`{plain}` is a plain function: `parallel` gathers `fn(item)` for each item "
            "(wmill 1.850.0), and a plain function's result is not awaitable, so "
            "`asyncio.gather` raises `TypeError`; pass a task or an `async def`"
        )
    return None


def python_sleep_problem(
    model: ScriptModel, call: SdkCall, imported: Imported = None
) -> tuple[Span, str] | None:
    seconds = call.args[0] if call.args else sdk.keyword(call, "seconds")
    if seconds is None:
        if len(call.keywords) == 0:
            return whole(call), "`sleep` needs a number of seconds: this raises `TypeError`"
        return None
    if len(call.args) > 1:
        return whole(call), "`sleep` takes one argument, the number of seconds"
    text = sdk.string_value(model, seconds)
    if text is not None:
        try:
            int(text)
        except ValueError:
            return Span.of(seconds), (
                "`sleep` converts its argument with `int(...)`, and "
                f"{code_span(model.code(seconds))} "
                "raises `ValueError`: pass a number of seconds (`15 * 60`)"
            )
        return None
    node = sdk.unwrap(seconds)
    if node is not None and node.type in PY_CONTAINER_LITERALS:
        # wmill 1.850.0 `_sleep`: `max(1, int(seconds))`
        return Span.of(seconds), (
            f"`sleep` takes a number of seconds: {code_span(model.code(seconds))} is not one, "
            "and `int()` of it raises `TypeError`; pass a number (`5 * 60` for five minutes)"
        )
    made = bound_value(model, node)
    if made is not None and made.type == "call":
        callee = sdk.callee_of(made)
        if callee is not None and model.text(callee).split(".")[-1] == "timedelta":
            held = f" ({code_span(model.code(seconds))} holds one)" if made is not node else ""
            return Span.of(seconds), (
                "`sleep` converts its argument with `int(...)`, which raises `TypeError` on a "
                f"`timedelta`{held}: pass `....total_seconds()` or a number of seconds"
            )
    short = sdk.timedelta_seconds_field(model, node)
    if short is not None:
        whole_length = int(short[1]) if short[1] == int(short[1]) else short[1]
        return Span.of(seconds), (
            f"`sleep` takes a number of seconds, and {code_span(model.code(seconds))} is only "
            f"the part of {code_span(model.code(short[0]))} below one day "
            f"({int(short[1] % 86400)}, not {whole_length}): a `timedelta`'s `.seconds` drops "
            f"its days; pass `{model.text(short[2])}.total_seconds()`"
        )
    if node is not None and sdk.in_milliseconds(model, node, imported=imported):
        return Span.of(seconds), (
            f"`sleep` takes seconds, but {code_span(model.code(seconds))} is in "
            "milliseconds: the workflow waits 1000 times longer; divide by 1000 "
            "(`delay_ms / 1000`)"
        )
    return None


def bound_value(model: ScriptModel, node: Node | None, depth: int = 0) -> Node | None:
    """The expression a name stands for where it is bound once to it (`ESCALATE_AFTER =
    timedelta(minutes=10)`, through other such names), or the node itself."""
    semantic = model.semantic
    if node is None or semantic is None or depth > 4:
        return node
    if node.type not in semantic.syntax.identifiers:
        return node
    binding = semantic.resolve(node)
    value = sdk.unwrap(binding.assigned_value) if binding is not None else None
    return bound_value(model, value, depth + 1) if value is not None else node


def js_number(text: str) -> float:
    """What JavaScript's `Number(text)` gives for a string (enough for literals)."""
    s = text.strip()
    if s == "":
        return 0.0
    try:
        return float(int(s, 0)) if s[:2].lower() in ("0x", "0o", "0b") else float(s)
    except ValueError:
        return math.nan


def _function_member(model: ScriptModel, literal: Node) -> str | None:
    """The name of the first member of an object literal that holds a function (`run:
    async (p) => ...`, `async run(p) {...}`)."""
    for member in literal.named_children:
        if member.type == "method_definition":
            name = member.child_by_field_name("name")
            return model.text(name) if name is not None else None
        if member.type != "pair":
            continue
        key = member.child_by_field_name("key")
        value = sdk.unwrap(member.child_by_field_name("value"))
        if key is not None and value is not None and sdk.is_function(model, value):
            return model.text(key).strip("\"'")
    return None


def typescript_problem(
    model: ScriptModel, call: SdkCall, imported: Imported = None
) -> tuple[Span, str] | None:
    p = call.primitive
    args = [sdk.unwrap(a) or a for a in call.args]
    if p is Primitive.TASK:
        if args and args[0].type in OBJECT_LITERALS:
            held = _function_member(model, args[0])
            if held is not None:
                # Trigger.dev's `task({ id, run })`, a handler object: the function is inside
                return whole(call), (
                    f"`task` takes the function itself, not an object holding it "
                    f"(`{held}`): the job that runs the task calls the object and fails with "
                    f"a `TypeError`; give the function: `task(async (...) => ...)` with the "
                    f"body of `{held}`"
                )
            return whole(call), (
                "`task` takes the function first and the options after it: here the options "
                "object is taken as the function; write `task(fn, { ... })`"
            )
        path = sdk.string_value(model, args[1]) if len(args) > 1 else None
        if path is not None and sdk.string_value(model, args[0]) is None:
            # windmill-client 1.818.0 `task(fnOrPath, maybeFnOrOptions, ...)`: after a
            # function, the second argument is the options; a string there is never read
            return Span.of(call.args[1]), (
                f"`task` takes a path first (`task(path, fn)`): after the function, "
                f"{code_span(model.code(call.args[1]))} is taken as the options object and "
                "never read, so the task runs this file's function under its own name, not "
                f'the script at that path; write `task("{path}", ...)` with the path first'
            )
    elif p in (Primitive.TASK_SCRIPT, Primitive.TASK_FLOW):
        if not args:
            return whole(call), f"`{call.spelling}` needs the path of the script or flow it runs"
        if len(args) > 1 and sdk.is_function(model, args[1]):
            return Span.of(args[1]), (
                f"`{call.spelling}` takes a path and options: this function is ignored (the "
                f"{'script' if p is Primitive.TASK_SCRIPT else 'flow'} at the path runs); "
                "use `task(path, fn)` to run code of this file"
            )
    elif p is Primitive.STEP:
        if args and sdk.is_function(model, args[0]):
            return whole(call), '`step` takes the name first, then the function: `step("name", fn)`'
        if len(args) < 2:
            return whole(call), (
                '`step` needs a name and a function (`step("name", fn)`): without the function '
                "the step fails (`fn is not a function`)"
            )
        if args[1].type == "call_expression":
            return typescript_step_given_a_call(model, args[1])
    elif p is Primitive.SLEEP:
        if args:
            text = sdk.string_value(model, args[0])
            if text is not None and math.isnan(js_number(text)):
                return Span.of(args[0]), (
                    f"`sleep` takes a number of seconds: {code_span(model.code(args[0]))} becomes "
                    "`NaN`; pass a number (`15 * 60`)"
                )
            if args[0].type == "object":
                # windmill-client 1.818.0 `_sleep`: `Math.max(1, Math.round(seconds))`, NaN
                # for an object (an array may round to a number: `[5]`)
                return Span.of(call.args[0]), (
                    f"`sleep` takes a number of seconds: {code_span(model.code(call.args[0]))} "
                    "is not one, and `Math.round` of it is `NaN`; pass a number (`5 * 60` for "
                    "five minutes)"
                )
            if sdk.in_milliseconds(model, args[0], imported=imported):
                return Span.of(args[0]), (
                    f"`sleep` takes seconds, but {code_span(model.code(args[0]))} is in "
                    "milliseconds (`setTimeout`'s unit): the workflow waits 1000 times longer; "
                    "pass seconds (`5 * 60` for five minutes)"
                )
        else:
            return whole(call), "`sleep` needs a number of seconds"
    elif p is Primitive.APPROVAL:
        if args and scalar(model, args[0]):
            return Span.of(args[0]), (
                "`waitForApproval` takes an options object: a positional value is ignored and the "
                "default timeout (1800 s) applies; write `waitForApproval({ timeout: "
                f"{model.text(args[0])} }})`"
            )
        if len(args) > 1:
            return Span.of(args[1]), "`waitForApproval` reads only its first argument (the options)"
    elif p is Primitive.PARALLEL:
        if len(args) > 1 and args[1].type in OBJECT_LITERALS:
            return Span.of(args[1]), (
                "`parallel` takes the items, the function, then the options: here the options "
                "object is taken as the function"
            )
        if len(args) < 2:
            return whole(call), "`parallel` needs the items and the function to run on each"
        if len(args) > 2 and scalar(model, args[2]):
            return Span.of(args[2]), (
                "`parallel` reads `options?.concurrency`, so a bare number is ignored and every "
                f"item runs at once; write `{{ concurrency: {model.text(args[2])} }}`"
            )
        unsized = _parallel_items.unsized_typescript(model, args[0])
        if unsized is not None:
            items = model.code(args[0])
            # an object's values (`Array.from` of an object without `length` is `[]`)
            array = "Object.values" if unsized == _parallel_items.PLAIN_OBJECT else "Array.from"
            return Span.of(call.args[0]), (
                f"{code_span(items)} is {unsized}, which has no `length`: windmill-client "
                "1.818.0 `parallel` loops `for (i = 0; i < items.length; ...)` over "
                "`items.slice(...)`, so it calls the function on no item and returns `[]`; "
                f"pass an array (`{array}({items})`)"
            )
    elif p is Primitive.RESUME_URLS:
        if args and args[0].type in OBJECT_LITERALS:
            return Span.of(args[0]), (
                "`getResumeUrls` takes positional arguments `(approver, flowLevel)`: this object "
                "is sent as the approver"
            )
    return None


ARITHMETIC = ("+", "-", "*", "/", "%", "**")


def scalar(model: ScriptModel, node: Node, depth: int = 0) -> bool:
    """A number, string or boolean: a literal, arithmetic over them (`7 * 24 * 3600`),
    or a constant bound once to one (`const WINDOW = 3600`)."""
    node = sdk.unwrap(node) or node
    if node.type in SCALAR_LITERALS:
        return True
    if depth > 8:
        return False
    if node.type == "binary_expression":
        op = node.child_by_field_name("operator")
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        return (
            op is not None
            and model.text(op) in ARITHMETIC
            and left is not None
            and right is not None
            and scalar(model, left, depth + 1)
            and scalar(model, right, depth + 1)
        )
    if node.type == "unary_expression":
        arg = node.child_by_field_name("argument")
        return arg is not None and scalar(model, arg, depth + 1)
    if node.type == "identifier" and model.semantic is not None:
        binding = model.semantic.lookup(model.text(node), model.semantic.scope_at(node))
        return (
            binding is not None
            and binding.kind == SemBinding.ASSIGNMENT
            and not binding.rebound
            and not binding.member
            and binding.value is not None
            and scalar(model, binding.value, depth + 1)
        )
    return False


def approval_key_problem(model: ScriptModel, call: SdkCall) -> tuple[Span, str] | None:
    if call.primitive is not Primitive.APPROVAL:
        return None
    node = approval_key(model, call)
    value = folded_string(model, sdk.unwrap(node))
    if node is None or value is None:
        return None
    if refused_key(value):
        return Span.of(node), (
            f"The approval key {shown_key(model, node, value)} is refused by the SDK (a key "
            "must be a non-empty step name without `/` or dot segments): the workflow fails here"
        )
    return None


def shown_key(model: ScriptModel, node: Node, value: str) -> str:
    """The key as written, with the string it stands for when it is not a literal
    (`COMMANDER_KEY` (the string `"sre/commander"`))."""
    text = code_span(model.code(node))
    if sdk.string_value(model, node) is None:
        text += f" (the string {code_span(json.dumps(value))})"
    return text


# The SDK helpers minting the URLs of one keyed approval; they check the key as
# `wait_for_approval` does (`_assert_usable_step_key` / `assertUsableStepKey`).
APPROVAL_URL_HELPERS = {
    "get_approval_urls": ("wmill.get_approval_urls", "wmill.client.get_approval_urls"),
    "getApprovalUrls": ("windmill-client.getApprovalUrls",),
}
APPROVAL_URL_KEY_PARAMETER = {"get_approval_urls": "step_key", "getApprovalUrls": "stepKey"}


def approval_url_key_problems(model: ScriptModel) -> list[tuple[Span, str]]:
    """`get_approval_urls("release/notes")`: the step key is refused as an approval's
    key is (a `RuntimeError` / `Error` where the URLs are asked for)."""
    problems = []
    for node, short in approval_url_keys(model):
        value = folded_string(model, sdk.unwrap(node))
        if value is None or not refused_key(value):
            continue
        problems.append(
            (
                Span.of(node),
                f"The step key {shown_key(model, node, value)} given to `{short}` is refused "
                "by the SDK (a key must be a non-empty step name without `/` or dot "
                "segments): the workflow fails here",
            )
        )
    return problems


def approval_url_keys(model: ScriptModel) -> list[tuple[Node, str]]:
    """The step key given to each `get_approval_urls` / `getApprovalUrls` call of the
    SDK, with the name called."""
    semantic = model.semantic
    if semantic is None:
        return []
    keys = []
    for call in sdk.nodes_in(model, model.lang.call_node):
        callee = sdk.callee_of(call)
        if callee is None:
            continue
        # the name called, read off the callee (not its whole text: a long chain
        # `a(x).b(y).c()` holds every argument)
        if callee.type in ("attribute", "member_expression"):
            last = callee.child_by_field_name(
                "attribute" if callee.type == "attribute" else "property"
            )
        else:
            last = callee if callee.type == "identifier" else None
        short = model.text(last) if last is not None else ""
        qualified = APPROVAL_URL_HELPERS.get(short)
        if qualified is None:
            continue
        name = semantic.qualified_name(callee)
        if name not in qualified and not (
            name is not None and name.startswith("wmill.client.Windmill(") and name.endswith(short)
        ):
            continue
        args, keywords, _ = sdk.arguments_of(model, call)
        node = args[0] if args else None
        for keyword in keywords:
            if keyword.name == APPROVAL_URL_KEY_PARAMETER[short]:
                node = keyword.value
        if node is not None:
            keys.append((node, short))
    return keys


# The key of an approval given none (`_allocKey("approval")`: `approval`, `approval_2`, ...).
DEFAULT_APPROVAL_KEY = "approval"


def unmatched_approval_url_keys(model: ScriptModel) -> list[tuple[Span, str]]:
    """`getApprovalUrls("manager")` in a workflow whose approvals are all keyed otherwise
    (`waitForApproval({ key: "mgr_signoff" })`), or `getApprovalUrls()` (the key
    `"approval"`) beside keyed approvals only: the URLs address a step the workflow never
    reaches, and the SDK rejects a resume of a step that is not awaiting approval. Judged
    only when every approval of the file has a key known here."""
    semantic = model.semantic
    facts = sdk.facts(model)
    if semantic is None or facts.workflow_function is None:
        return []
    keys: set[str] = set()
    keyless = False
    approvals = [c for c in facts.calls if c.primitive is Primitive.APPROVAL]
    for call in approvals:
        if call.unpacked:
            return []
        node = approval_key(model, call)
        if node is None:
            if APPROVAL_OPTIONS_UNKNOWN[model.language](model, call):
                return []  # `waitForApproval(opts)`: its key is not written here
            keyless = True
            continue
        value = folded_string(model, sdk.unwrap(node))
        if value is None:
            return []  # a key from a parameter, a loop or a helper's argument
        if refused_key(value):
            return []  # the approval's key is reported, and will change
        keys.add(value)
    if not approvals:
        return []  # the approval is made elsewhere (a helper module)
    approval_name = model.lang.sdk_names["wait_for_approval"]
    problems = []
    for asking in sdk.nodes_in(model, model.lang.call_node):
        found = approval_url_call(model, asking)
        if found is None:
            continue
        node, short = found
        value = DEFAULT_APPROVAL_KEY if node is None else folded_string(model, sdk.unwrap(node))
        if value is None or refused_key(value) or value in keys:
            continue
        if keyless and re.fullmatch(rf"{DEFAULT_APPROVAL_KEY}(?:_\d+)?", value):
            continue
        known = ", ".join(code_span(json.dumps(k)) for k in sorted(keys)) or "none"
        asked = (
            f"the approval keyed {shown_key(model, node, value)}"
            if node is not None
            else f'the default key `"{DEFAULT_APPROVAL_KEY}"` (no key given)'
        )
        problems.append(
            (
                Span.of(node if node is not None else asking),
                f"`{short}` is asked for the URLs of {asked}, but no `{approval_name}` of this "
                f"workflow has that key (its keys: {known}): the URLs address a step the "
                "workflow never waits at, and the SDK rejects a resume of it; give the key "
                "the approval uses",
            )
        )
    return problems


def approval_url_call(model: ScriptModel, call: Node) -> tuple[Node | None, str] | None:
    """(the step key argument, or None when none is given; the name called) of a
    `get_approval_urls` / `getApprovalUrls` call of the SDK, else None."""
    semantic = model.semantic
    callee = sdk.callee_of(call)
    if semantic is None or callee is None:
        return None
    if callee.type in ("attribute", "member_expression"):
        last = callee.child_by_field_name("attribute" if callee.type == "attribute" else "property")
    else:
        last = callee if callee.type == "identifier" else None
    short = model.text(last) if last is not None else ""
    qualified = APPROVAL_URL_HELPERS.get(short)
    if qualified is None:
        return None
    name = semantic.qualified_name(callee)
    if name not in qualified and not (
        name is not None and name.startswith("wmill.client.Windmill(") and name.endswith(short)
    ):
        return None
    args, keywords, unpacked = sdk.arguments_of(model, call)
    if unpacked:
        return None
    node = args[0] if args else None
    for keyword in keywords:
        if keyword.name == APPROVAL_URL_KEY_PARAMETER[short]:
            node = keyword.value
    return node, short


def forwarded_key_problems(model: ScriptModel) -> list[tuple[Span, str]]:
    """`ask("release/manager")` where the file's `ask(key)` passes its `key` to
    `wait_for_approval(key=key)` or `get_approval_urls(key)`: the key the body gives is
    refused there (reported once per argument, on it)."""
    problems: dict[int, tuple[Span, str]] = {}
    keyed: list[tuple[Node, str]] = []
    for call in sdk.facts(model).calls:
        if call.primitive is Primitive.APPROVAL and not call.unpacked:
            node = approval_key(model, call)
            if node is not None:
                keyed.append((node, "waits for the approval keyed by it"))
    for node, short in approval_url_keys(model):
        keyed.append((node, f"asks `{short}` for the URLs of the approval keyed by it"))
    for node, what in keyed:
        if folded_string(model, sdk.unwrap(node)) is not None:
            continue
        for arg in sdk.forwarded_arguments(model, node):
            value = folded_string(model, sdk.unwrap(arg))
            if value is None or arg.id in problems or not refused_key(value):
                continue
            helper = next(sdk.enclosing_functions(model, node), None)
            name = helper.child_by_field_name("name") if helper is not None else None
            via = f"`{model.text(name)}`" if name is not None else "the helper"
            problems[arg.id] = (
                Span.of(arg),
                f"The approval key {shown_key(model, arg, value)} is given to {via}, which "
                f"{what}: the SDK refuses it (a key must be a non-empty step name without "
                "`/` or dot segments), so the workflow fails there",
            )
    return [problems[k] for k in sorted(problems, key=lambda k: problems[k][0].start_byte)]


def refused_key(value: str) -> bool:
    """What `_assert_usable_step_key` / `assertUsableStepKey` refuse."""
    return value.strip() in ("", ".", "..") or "/" in value or "\\" in value


def approval_key(model: ScriptModel, call: SdkCall) -> Node | None:
    """The key argument of an approval call, where it is written literally."""
    return APPROVAL_KEY[model.language](model, call)


def _python_approval_key(model: ScriptModel, call: SdkCall) -> Node | None:
    """`wait_for_approval(..., key=...)`, or the fourth positional argument."""
    if len(call.args) > 3:
        return call.args[3]
    return sdk.keyword(call, "key")


def _typescript_approval_key(model: ScriptModel, call: SdkCall) -> Node | None:
    """`waitForApproval({ key: ... })`."""
    if not call.args:
        return None
    parsed = sdk.object_options(model, call.args[0])
    if parsed is None:
        return None
    for option in parsed[0]:
        if option.name == "key":
            # `{ key }`: the shorthand names the variable the key is read from
            return option.value if option.value is not None else option.name_node
    return None


def typescript_call_problem(
    model: ScriptModel, call: SdkCall, imported: Imported = None
) -> tuple[Span, str] | None:
    """A shape `typescript_problem` knows, else an argument past those the SDK reads."""
    return typescript_problem(model, call, imported) or ignored_argument(model, call)


# Units people add after a number of seconds (`sleep(5, "minutes")`)
UNIT_WORDS = frozenset(
    {"ms", "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes"}
    | {"h", "hr", "hrs", "hour", "hours", "d", "day", "days", "millisecond", "milliseconds"}
)


def ignored_argument(model: ScriptModel, call: SdkCall) -> tuple[Span, str] | None:
    """`sleep(5, "minutes")`, `step("x", fn, { retry: 3 })`: windmill-client 1.818.0's
    functions read their declared parameters only (`sleep(seconds)`, `step(name, fn)`,
    `waitForApproval(options)`, `getResumeUrls(approver, flowLevel)`, `taskScript(path,
    options)`, `parallel(items, fn, options)`); JavaScript drops the rest without a word."""
    if call.primitive is Primitive.TASK:
        return None  # `task(path, fn, options)`: its shapes are read above
    sig = _signatures.signature(model.language, call.primitive.value)
    if sig is None or not sig.params or len(call.args) <= len(sig.params):
        return None
    extra = call.args[len(sig.params)]
    shown = code_span(model.code(extra))
    reads = ", ".join(f"`{p}`" for p in sig.params)
    unit = sdk.string_value(model, extra)
    if call.primitive is Primitive.SLEEP and unit is not None and unit.lower() in UNIT_WORDS:
        effect = (
            f"the unit is not read, and the workflow sleeps {code_span(model.code(call.args[0]))} "
            "seconds; convert to seconds (`5 * 60` for five minutes)"
        )
    elif call.primitive is Primitive.STEP:
        effect = (
            "a step has no options (no retry nor timeout: it runs its function once and "
            "checkpoints the result); give a `task` the `retry` / `timeout` it needs"
        )
    else:
        effect = "what it says does not apply"
    return Span.of(extra), (
        f"`{call.spelling}` reads {len(sig.params)} argument"
        f"{'s' if len(sig.params) > 1 else ''} ({reads}): {shown} is ignored (JavaScript drops "
        f"it without an error), so {effect}"
    )


# Each SDK's call shapes (wmill 1.850.0, windmill-client 1.818.0).
PROBLEMS: dict[
    LanguageKind, Callable[[ScriptModel, SdkCall, Imported], tuple[Span, str] | None]
] = {
    LanguageKind.PYTHON: python_problem,
    LanguageKind.TYPESCRIPT: typescript_call_problem,
}


# What each SDK rejects in a call of a task wrapper.
def check_then_rejection_value(ctx: RuleContext, call: TaskCall) -> None:
    """`const r = await charge(x).then(ok, (e) => fallback)`: a failed task's thenable
    (windmill-client 1.818.0 `_nextStep`) calls `onRejected` but returns nothing, so
    the expression is `undefined`, not the fallback, once the task has failed. Also in
    a helper of the file the task call is handed to (`tryCatch(charge(x))` where
    `tryCatch = (p) => p.then((v) => [null, v], (e) => [e, null])`), at that call."""
    if not ctx.model.workflows:
        return  # outside a workflow a task runs in place and returns a Promise
    memo = sdk.facts(ctx.model).memo
    spelled = memo.get("spells .then")
    if spelled is None:
        spelled = memo["spells .then"] = b".then" in ctx.model.source.data
    if not spelled:
        return
    for receiver in (call.call, *held_reads(ctx.model, call.call)):
        then_call = _lost_then(ctx.model, receiver)
        if then_call is not None:
            ctx.report(Span.of(then_call), REJECTION_VALUE_LOST)
    forwarded = _forwarded_then(ctx.model, call.call)
    if forwarded is not None:
        site, helper = forwarded
        ctx.report(
            Span.of(site),
            REJECTION_VALUE_LOST.replace(
                "on a task call:",
                f"on a task call (in `{helper}`, which this call hands the task call to):",
                1,
            ),
        )


TASK_CALL_CHECKS: dict[LanguageKind, tuple[Callable[[RuleContext, TaskCall], None], ...]] = {
    LanguageKind.PYTHON: (
        InvalidSdkCall.check_wrapper_call,
        InvalidSdkCall.check_reserved_keywords,
    ),
    LanguageKind.TYPESCRIPT: (
        InvalidSdkCall.check_ts_wrapper_call,
        InvalidSdkCall.check_then_after_then,
        check_then_rejection_value,
    ),
}


REJECTION_VALUE_LOST = (
    "`.then(onFulfilled, onRejected)` on a task call: in a workflow, windmill-client "
    "1.818.0 returns a bare `{ then }` object, and for a failed task its `then` calls "
    "`onRejected` but returns nothing, so this expression is `undefined`, not the "
    "fallback `onRejected` returns; await the task in `try` / `catch` (rethrowing "
    "the `StepSuspend` first) and use the fallback there"
)


def _lost_then(model: ScriptModel, receiver: Node) -> Node | None:
    """`receiver.then(ok, onRejected)` whose value is used, `onRejected` returning a
    value other than `null` / `undefined`: the call, where a failed task's bare
    `{ then }` gives `undefined` instead of the fallback."""
    first = _chained(model, receiver, "then")
    if first is None:
        return None
    then_call, _ = first
    args = then_call.child_by_field_name("arguments")
    given = [a for a in args.named_children if a.type != "comment"] if args else []
    if len(given) < 2:
        return None
    handler = sdk.unwrap(given[1])
    if handler is None or not _returns_fallback(model, handler):
        return None
    user = model.parent_of(then_call)
    while user is not None and user.type in ("await_expression", "parenthesized_expression"):
        user = model.parent_of(user)
    if user is None or user.type in ("expression_statement", "unary_expression"):
        return None  # the value is not used (or `void`)
    return then_call


def _forwarded_then(model: ScriptModel, task_call: Node) -> tuple[Node, str] | None:
    """`helper(charge(x))` where the file's `helper` chains `.then(ok, onRejected)` on
    the parameter the task call is given for, its value used (see `_lost_then`): the
    call of the helper and its name."""
    semantic = model.semantic
    args = model.parent_of(task_call)
    site = model.parent_of(args) if args is not None else None
    if semantic is None or args is None or site is None or args.type != "arguments":
        return None
    if site.type != "call_expression":
        return None
    callee = site.child_by_field_name("function")
    if callee is None:
        return None
    if callee.type == "identifier":
        function = sdk.unwrap(sdk.bound_value(model, model.text(callee), callee))
    elif callee.type == "member_expression":
        function = sdk.member_function(model, callee)
    else:
        return None
    if function is None or function.type not in sdk.function_types(model):
        return None
    given = [a for a in args.named_children if a.type != "comment"]
    position = next((i for i, a in enumerate(given) if a == task_call), -1)
    names = sdk.parameter_names(model, function)
    if not 0 <= position < len(names) or not names[position]:
        return None
    param = names[position]
    body = function.child_by_field_name("body")
    stack = [body] if body is not None else []
    while stack:
        read = stack.pop()
        stack.extend(read.named_children)
        if read.type != "identifier" or model.text(read) != param:
            continue
        binding = semantic.resolve(read)
        if binding is None or binding.kind != SemBinding.PARAMETER:
            continue
        if binding.scope.node != function:
            continue
        if _lost_then(model, read) is not None:
            return site, model.text(callee)
    return None


def _returns_fallback(model: ScriptModel, fn: Node) -> bool:
    """An inline function that returns a value other than `null` / `undefined` (a
    fallback `undefined` would not stand in for), by its expression body or a `return`."""
    if fn.type not in ("arrow_function", "function_expression", "function"):
        return False
    body = fn.child_by_field_name("body")
    if body is None:
        return False
    if body.type != "statement_block":
        returned: list[Node] = [body]
    else:
        returned = []
        stack = list(body.named_children)
        while stack:
            node = stack.pop()
            if node.type in (
                "arrow_function",
                "function_expression",
                "function",
                "function_declaration",
                "class_declaration",
            ):
                continue
            if node.type == "return_statement":
                returned.extend(node.named_children[:1])
                continue
            stack.extend(node.named_children)
    for value in returned:
        value = sdk.unwrap(value) or value
        if value.type in ("null", "undefined") or model.text(value) == "undefined":
            continue
        if value.type == "unary_expression" and model.text(value).startswith("void"):
            continue
        if value.type == "call_expression" and model.text(value).startswith("console."):
            continue
        return True
    return False


def then_after_then(ctx: RuleContext, durable: Node, what: str, done: str) -> None:
    """`durable.then(fn).then(...)` where `durable` returns a bare `{ then }` (a task
    call, an approval) and `fn` returns a plain value: the second `.then` is a
    TypeError once `done`."""
    model = ctx.model
    if not model.workflows:
        return  # outside a workflow a task runs in place and returns a Promise
    first = _chained(model, durable, "then")
    if first is None:
        return
    then_call, _ = first
    args = then_call.child_by_field_name("arguments")
    given = [a for a in args.named_children if a.type != "comment"] if args else []
    fn = sdk.unwrap(given[0]) if given else None
    if fn is None or not _returns_plain_value(model, fn):
        return
    second = _chained(model, then_call, "then")
    if second is None:
        return
    ctx.report(
        Span.of(second[1]),
        f"`.then` after `.then(...)` on {what}: in a workflow, windmill-client "
        "1.818.0 returns a bare `{ then }` object whose `then` hands back what its "
        "callback returns (here a plain value, no Promise), so this `.then` is a "
        f"`TypeError: ... .then is not a function` once {done}; await it and use its value",
    )


def held_reads(model: ScriptModel, call: Node) -> list[Node]:
    """The reads, as the object of a method call, of a `const` name declared with `call`
    unawaited (`const p = charge(x)`: each `p` of `p.then(...)`)."""
    holder = model.parent_of(call)
    semantic = model.semantic
    if holder is None or holder.type != "variable_declarator" or semantic is None:
        return []
    declaration = model.parent_of(holder)
    name = holder.child_by_field_name("name")
    if declaration is None or not declaration.children or declaration.children[0].type != "const":
        return []
    if name is None or name.type != "identifier" or holder.child_by_field_name("value") != call:
        return []
    scope = semantic.scope_at(call)
    binding = semantic.lookup(model.text(name), scope)
    if binding is None or binding.value != call:
        return []
    reads = []
    for other in model.node_index.below("call_expression", binding.scope.node):
        callee = other.child_by_field_name("function")
        owner = callee.child_by_field_name("object") if callee is not None else None
        if callee is None or callee.type != "member_expression" or owner is None:
            continue
        if owner.type == "identifier" and model.text(owner) == binding.name:
            if semantic.resolve(owner) is binding:
                reads.append(owner)
    return reads


def _chained(model: ScriptModel, receiver: Node, method: str) -> tuple[Node, Node] | None:
    """`receiver.method(...)`: the call and the method's name node."""
    member = model.parent_of(receiver)
    if member is None or member.type != "member_expression":
        return None
    if member.child_by_field_name("object") != receiver:
        return None
    prop = member.child_by_field_name("property")
    call = model.parent_of(member)
    if prop is None or model.text(prop) != method or call is None:
        return None
    if call.type != "call_expression" or call.child_by_field_name("function") != member:
        return None
    return call, prop


# Expressions whose value is never a thenable: a member read off the task's JSON result,
# literals, arithmetic, comparisons.
PLAIN_VALUES = frozenset(
    {
        "member_expression",
        "subscript_expression",
        "object",
        "array",
        "string",
        "template_string",
        "number",
        "binary_expression",
        "unary_expression",
        "true",
        "false",
        "null",
        "undefined",
    }
)


def _returns_plain_value(model: ScriptModel, fn: Node) -> bool:
    """A non-async inline function whose every return is a plain value (see
    `PLAIN_VALUES`), or its first parameter itself (the task's JSON result)."""
    if fn.type not in ("arrow_function", "function_expression", "function"):
        return False
    if any(c.type == "async" for c in fn.children[:2]):
        return False
    own = sdk.first_parameter_name(model, fn)
    body = fn.child_by_field_name("body")
    if body is None:
        return False
    if body.type != "statement_block":
        returned: list[Node | None] = [body]
    else:
        returned = []
        stack = list(body.named_children)
        while stack:
            node = stack.pop()
            if node.type in (
                "arrow_function",
                "function_expression",
                "function",
                "function_declaration",
                "class_declaration",
            ):
                continue
            if node.type == "return_statement":
                returned.append(node.named_children[0] if node.named_children else None)
                continue
            stack.extend(node.named_children)
    if not returned:
        return False
    for value in returned:
        value = sdk.unwrap(value)
        if value is None:
            return False
        if value.type == "identifier" and own is not None and model.text(value) == own:
            continue
        if value.type not in PLAIN_VALUES:
            return False
    return True


# What each SDK rejects in a task's own definition.
TASK_CHECKS: dict[LanguageKind, tuple[Callable[[RuleContext, TaskDef], None], ...]] = {
    LanguageKind.PYTHON: (
        InvalidSdkCall.check_reserved_parameters,
        InvalidSdkCall.check_unnamed_parameters,
    ),
    LanguageKind.TYPESCRIPT: (),
}
APPROVAL_KEY: dict[LanguageKind, Callable[[ScriptModel, SdkCall], Node | None]] = {
    LanguageKind.PYTHON: _python_approval_key,
    LanguageKind.TYPESCRIPT: _typescript_approval_key,
}


def _typescript_options_unknown(model: ScriptModel, call: SdkCall) -> bool:
    """`waitForApproval(opts)` / `waitForApproval({ ...base })`: whether a key may be
    given where this file does not write it."""
    if not call.args:
        return False
    parsed = sdk.object_options(model, call.args[0])
    return parsed is None or parsed[1]


# Whether an approval call without a written key may still be given one.
APPROVAL_OPTIONS_UNKNOWN: dict[LanguageKind, Callable[[ScriptModel, SdkCall], bool]] = {
    LanguageKind.PYTHON: lambda model, call: call.unpacked,
    LanguageKind.TYPESCRIPT: _typescript_options_unknown,
}


def scalar_items_parameter(model: ScriptModel, name: Node) -> bool:
    """`name` is a parameter typed as a list of scalars (`ids: string[]`), or a name
    declared so (`const ids: string[] = await listIds(x)`)."""
    if model.semantic is None:
        return False
    binding = model.semantic.resolve(name)
    if binding is None:
        return False
    holder = binding.node.parent
    if binding.value is not None:
        return (
            holder is not None
            and holder.type == "variable_declarator"
            and holder.child_by_field_name("name") == binding.node
            and annotated_kind(model, holder, element=True) == SCALAR
        )
    if holder is None or holder.type not in ("required_parameter", "optional_parameter"):
        return False
    return annotated_kind(model, holder, element=True) == SCALAR


def nested_event_loops(ctx: RuleContext) -> None:
    """`asyncio.run(collect(ids))` in the workflow body (or a helper it calls, reported
    at the body's call of the helper): the body already runs in the SDK's event loop."""
    seen: set[int] = set()
    for call in ctx.model.body_calls:
        if call.qualname not in NESTED_LOOP_RUNNERS or call.elsewhere is not None:
            continue
        span = call.report_span
        if span.start_byte in seen or (call.chain and _in_another_thread(ctx.model, span)):
            continue
        seen.add(span.start_byte)
        fix = (
            f"make `{call.chain[-1]}` an `async def` that awaits the coroutine, and await it"
            if call.chain
            else "`await` the coroutine instead"
        )
        ctx.report(
            span,
            f"{_catalogue.describe(ctx, call)} starts an event loop to run a coroutine, but "
            "the workflow body already runs in the SDK's (wmill 1.850.0 `_run_workflow` "
            "calls `asyncio.run`): it raises `RuntimeError` on the first round, and nothing "
            f"in that coroutine runs; {fix}",
        )
    durable_event_loops(ctx, seen)


# The last name of the callee of a call that can start a loop of its own (a cheap
# filter before the name is resolved: `asyncio.run`, `loop.run_until_complete`)
LOOP_RUNNER_NAMES = frozenset(name.rsplit(".", 1)[-1] for name in NESTED_LOOP_RUNNERS)
LOOP_RUNNER_BYTES = frozenset(name.encode() for name in LOOP_RUNNER_NAMES)
LOOP_RUNNER_MODULES = tuple({name.split(".", 1)[0].encode() for name in NESTED_LOOP_RUNNERS})


def durable_event_loops(ctx: RuleContext, seen: set[int]) -> None:
    """`asyncio.run(...)` in a task body or a step callback, or in a helper only they
    call: wmill 1.850.0 runs both inside the loop `_run_workflow` started (the child
    job's round awaits the task's function in `_execute_directly`; `_run_inline_step`
    calls the step's function there), so it raises `RuntimeError`: the task fails on
    every attempt, the step with `TaskError`. Reported in the task (step callback) at
    the call that leads to it, or at the `step(...)` given the function by reference."""
    model = ctx.model
    semantic = model.semantic
    data = model.source.data
    # every runner is reached through an import of its module (`asyncio`, `anyio`)
    if semantic is None or not any(m in data for m in LOOP_RUNNER_MODULES):
        return
    if not any(name in data for name in LOOP_RUNNER_BYTES):
        return
    runners = [
        call
        for call in model.node_index.by_type.get(model.lang.call_node, [])
        if _last_callee_bytes(data, call) in LOOP_RUNNER_BYTES
    ]
    if not runners:
        return
    graph = model.call_graph
    functions = model.lang.function_nodes_for_rules
    task_functions = {t.function.node.id for t in model.tasks if t.function is not None}
    for role, where in ((CodeRole.TASK, "task"), (CodeRole.STEP, "step")):
        code = {r.function.id: r for r in graph.durable_code(role)}
        if not code:
            continue
        # a function can be a step's callback and a task's helper at once: the roots of
        # task code are the task functions, those of step code the other roots
        roots = {
            (r.site.start_byte, r.chain): r
            for r in code.values()
            if (r.function.id in task_functions) == (role is CodeRole.TASK)
            and (role is CodeRole.TASK or graph.is_durable_root(r.function))
        }
        for call in runners:
            holder = _enclosing_function(model, call, functions)
            reached = code.get(holder.id) if holder is not None else None
            if reached is None:
                continue
            callee = call.child_by_field_name("function")
            qualname = semantic.qualified_name(callee) if callee is not None else None
            if qualname not in NESTED_LOOP_RUNNERS:
                continue
            root = _root_of(reached, roots)
            if root is None:
                continue
            links = reached.chain[len(root.chain) :]
            span = _durable_report_span(model, root, call, links, where)
            if span is None or span.start_byte in seen:
                continue
            seen.add(span.start_byte)
            through = " → ".join((*(root.chain[-1:] if root.chain else ()), *links, qualname))
            at_call = span.start_byte == call.start_byte
            what = f"`{qualname}`" if at_call else f"`{qualname}` (reached through `{through}`)"
            outcome = (
                "the child job's round awaits the task's function in `_execute_directly`, "
                "so the task fails on every attempt"
                if where == "task"
                else "`_run_inline_step` calls the step's function there, so the step "
                "fails with `TaskError`"
            )
            ctx.report(
                span,
                f"{what} starts an event loop to run a coroutine, but this {where} runs "
                "inside the loop wmill 1.850.0's `_run_workflow` started: it raises "
                f"`RuntimeError` ({outcome}); make the function `async` and await the "
                "coroutine, or run the sync function with `asyncio.to_thread`",
            )


def _last_callee_bytes(data: bytes, call: Node) -> bytes | None:
    """The last name of a call's callee (`run` of `asyncio.run(...)`), as bytes."""
    callee = call.child_by_field_name("function")
    if callee is not None and callee.type == "attribute":
        callee = callee.child_by_field_name("attribute")
    if callee is None or callee.type != "identifier":
        return None
    return data[callee.start_byte : callee.end_byte]


def _last_callee_name(model: ScriptModel, call: Node) -> str | None:
    callee = call.child_by_field_name("function")
    if callee is None:
        return None
    if callee.type == "attribute":
        callee = callee.child_by_field_name("attribute")
    return model.text(callee) if callee is not None and callee.type == "identifier" else None


def _enclosing_function(model: ScriptModel, node: Node, functions: tuple[str, ...]) -> Node | None:
    parent = model.parent_of(node)
    while parent is not None and parent.type not in functions:
        parent = model.parent_of(parent)
    return parent


def _root_of(reached: Reached, roots: dict[tuple[int, tuple[str, ...]], Reached]) -> Reached | None:
    """The step callback / task function whose helper `reached` is: the root with the
    same body site whose chain is the longest prefix of its chain."""
    for cut in range(len(reached.chain), -1, -1):
        root = roots.get((reached.site.start_byte, reached.chain[:cut]))
        if root is not None:
            return root
    return None


def _durable_report_span(
    model: ScriptModel, root: Reached, call: Node, links: tuple[str, ...], where: str
) -> Span | None:
    """Where to report a loop runner found in step / task code: the `step(...)` given a
    function written elsewhere (by name, through `partial`); else inside the root, at
    the call itself or at the root's call of the first helper leading to it."""
    fn = root.function
    inline = root.site.start_byte <= fn.start_byte and fn.end_byte <= root.site.end_byte
    if where == "step" and not inline:
        return root.site
    if not links:
        return Span.of(call)
    functions = model.lang.function_nodes_for_rules
    for node in model.node_index.by_type.get(model.lang.call_node, []):
        if not fn.start_byte <= node.start_byte < fn.end_byte:
            continue
        if _last_callee_name(model, node) != links[0]:
            continue
        if _enclosing_function(model, node, functions) == fn:
            return Span.of(node)
    return None


# How the body hands a function to another thread or process, where no event loop runs
# (`asyncio.to_thread(sync_fetch, urls)`, `pool.submit(...)`, `threading.Thread(...)`).
THREAD_RUNNER_SUFFIXES = (
    ".to_thread", ".run_in_executor", ".submit", ".map", ".starmap", ".imap",
    ".imap_unordered", ".apply", ".apply_async", ".map_async",
)  # fmt: skip
THREAD_RUNNER_NAMES = frozenset(
    {"to_thread", "Thread", "threading.Thread", "Process", "multiprocessing.Process"}
)


def _in_another_thread(model: ScriptModel, site: Span) -> bool:
    """Is the body's call that leads to a helper a thread or process runner given it?"""
    text = model.source.data[site.start_byte : site.end_byte].decode("utf-8", "replace")
    callee = "".join(text.split("(", 1)[0].split())
    return callee in THREAD_RUNNER_NAMES or callee.endswith(THREAD_RUNNER_SUFFIXES)


# What a Python `dict` has as attributes: any other read of one raises `AttributeError`.
DICT_ATTRIBUTES = frozenset(n for n in dir(dict) if not n.startswith("__"))


APPROVAL_RESULT = (
    "`wait_for_approval` returns a dict (`value`, `approver`, `approved`)",
    "once the approval resumes",
)
# wmill 1.850.0's URL helpers answer dicts (the API's JSON), which a step checkpoints
URL_HELPERS = {
    "wmill.get_resume_urls": "get_resume_urls",
    "wmill.client.get_resume_urls": "get_resume_urls",
    "wmill.get_approval_urls": "get_approval_urls",
    "wmill.client.get_approval_urls": "get_approval_urls",
}


def url_step(model: ScriptModel, call: SdkCall) -> tuple[str, str] | None:
    """`step("urls", lambda: get_resume_urls())` / `step("urls", get_resume_urls)`: a
    step whose value is what a URL helper answers, a dict (`approvalPage`, `resume`,
    `cancel`)."""
    semantic = model.semantic
    fn = (
        call.args[1]
        if len(call.args) > 1
        else next((k.value for k in call.keywords if k.name == "fn"), None)
    )
    if fn is None or semantic is None:
        return None
    if fn.type == "lambda":
        body = fn.child_by_field_name("body")
        fn = sdk.callee_of(body) if body is not None and body.type == "call" else None
    helper = URL_HELPERS.get(semantic.qualified_name(fn) or "") if fn is not None else None
    if helper is None:
        return None
    return (
        f"the step returns what `{helper}` answers, a dict (`approvalPage`, `resume`, `cancel`)",
        "in every round",
    )


def dict_attributes(ctx: RuleContext, call: SdkCall, what: tuple[str, str]) -> None:
    """`decision = await wait_for_approval(...)`, then `decision.approved`: wmill 1.850.0
    returns the resume payload as a dict (`value`, `approver`, `approved`; the
    checkpointed value on every replay), so an attribute that is no `dict` method raises
    `AttributeError` once the approval resumes. Also `(await wait_for_approval()).x`,
    and the same of a step that returns a URL helper's dict (`urls.resume`)."""
    model = ctx.model
    semantic = model.semantic
    node = call.call
    parent = node.parent
    awaited = False
    while parent is not None and parent.type in ("await", "parenthesized_expression"):
        awaited = awaited or parent.type == "await"
        node, parent = parent, parent.parent
    if parent is None or semantic is None or not awaited:
        return  # a coroutine kept to await later (`p.close()` is the coroutine's)
    reads: list[Node] = []
    if parent.type == "attribute" and parent.child_by_field_name("object") == node:
        reads.append(parent)
    elif parent.type == "assignment" and parent.child_by_field_name("right") == node:
        target = parent.child_by_field_name("left")
        binding = semantic.resolve(target) if target is not None else None
        if target is None or target.type != "identifier" or binding is None or binding.rebound:
            return
        function = node
        kinds = sdk.function_types(model)
        while function.parent is not None and function.type not in kinds:
            function = function.parent
        name = model.text(target)
        for found in sdk.walk_same_function(model, function):
            if found.type != "attribute":
                continue
            obj = found.child_by_field_name("object")
            if obj is None or obj.type != "identifier" or model.text(obj) != name:
                continue
            held = semantic.resolve(obj)
            if held is not None and held.node.id == binding.node.id:
                reads.append(found)
    for read in reads:
        attr = read.child_by_field_name("attribute")
        if attr is None or model.text(attr) in DICT_ATTRIBUTES:
            continue
        owner = model.text(read.child_by_field_name("object") or read)
        ctx.report(
            Span.of(read),
            f"`{model.text(read)}`: {what[0]}, which has no attribute `{model.text(attr)}`: "
            f'this raises `AttributeError` {what[1]}; read `{owner}["{model.text(attr)}"]`',
        )
