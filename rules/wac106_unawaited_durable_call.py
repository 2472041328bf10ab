"""WAC106: a durable call whose result is dropped."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import tree_sitter

from wac_lint.languages import LanguageKind
from wac_lint.model import (
    AWAITED,
    DROPPED,
    RETURNED,
    STORED,
    CodeRole,
    DurableCall,
    Handback,
    ScriptModel,
    Span,
)
from wac_lint.rule import Fix, Rule, RuleContext, py, ts
from wac_lint.rules import _by_path
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._json_reads import argument_receiver
from wac_lint.semantic.scopes import BindingKind

KINDS = {
    "task": "task",
    "step": "step",
    "sleep": "sleep",
    "approval": "approval",
    "parallel": "parallel",
    "gather": "gather",
    "helper": "helper",
}


# Array methods that take their callback's answer as a test (an async callback's answer
# is a promise, always truthy; a comparator's is NaN).
PREDICATE_METHODS = frozenset(
    {"filter", "some", "every", "find", "findIndex", "findLast", "findLastIndex"}
)


# Plain iterations of what they are given (an async generator is not iterable).
SYNC_ITERATORS = frozenset(
    {
        "sum",
        "any",
        "all",
        "list",
        "tuple",
        "set",
        "frozenset",
        "dict",
        "sorted",
        "min",
        "max",
        "enumerate",
        "zip",
        "map",
        "filter",
        "iter",
        "next",
    }
)
GENEXP_BOUNDARIES = ("function_definition", "lambda")


def enclosing_generator_expression(model: ScriptModel, node: Node) -> Node | None:
    """The generator expression `node` lies in, inside the same function."""
    if not model.node_index.by_type.get("generator_expression"):
        return None  # none in the file: no climb per call (a deep nest would be quadratic)
    at = model.parent_of(node)
    while at is not None and at.type not in GENEXP_BOUNDARIES:
        if at.type == "generator_expression":
            return at
        at = model.parent_of(at)
    return None


def never_iterated(model: ScriptModel, call: DurableCall) -> str | None:
    """A Python generator expression (or `map(...)`) holding the task call, dropped
    without ever being iterated: kept in a name nothing reads afterwards. Its body never
    runs, so nothing is dispatched. Says what it is, for the message."""
    if not model.lang.map_is_lazy:
        return None  # a JavaScript `xs.map(f)` calls `f` at once
    lazy = enclosing_generator_expression(model, call.node)
    what = "a generator expression"
    if lazy is None:
        if not sdk.maps_task(model, call.node):
            return None
        lazy, what = call.node, "a `map(...)`"
    parent = model.parent_of(lazy)
    while parent is not None and parent.type == "parenthesized_expression":
        lazy, parent = parent, model.parent_of(parent)
    if parent is None or parent.type != "assignment":
        return None
    target = parent.child_by_field_name("left")
    if parent.child_by_field_name("right") != lazy or target is None:
        return None
    if target.type != "identifier":
        return None
    function = next(sdk.enclosing_functions(model, parent), None)
    name = model.text(target)
    reads = [
        n
        for n in sdk.nodes_in(model, "identifier", function)
        if n.start_byte > target.end_byte and model.text(n) == name
    ]
    return what if function is not None and not reads else None


def sync_consumer(model: ScriptModel, genexp: Node) -> str | None:
    """How a generator expression is iterated without `async for` (a `for` loop, `sum`,
    `", ".join`), for the message; None when it is handed elsewhere (a function that
    may `async for` over it)."""
    parent = model.parent_of(genexp)
    if parent is None:
        return None
    if parent.type == "for_statement" and parent.child_by_field_name("right") == genexp:
        if not any(c.type == "async" for c in parent.children[:1]):
            return "a `for` loop"
        return None
    call = parent if parent.type == "call" else None
    if parent.type == "argument_list":
        call = model.parent_of(parent)
    callee = sdk.callee_of(call) if call is not None and call.type == "call" else None
    if callee is None:
        return None
    name = model.text(callee)
    if name in SYNC_ITERATORS or name.endswith(".join"):
        return f"`{name}`"
    return None


def python_test_message(model: ScriptModel, call: DurableCall, dropper: str) -> str:
    """`filter(is_hot, xs)` / `sorted(xs, key=score)` given a task: the builtin calls it
    per item and reads the coroutine as the item's test or key."""
    task = call.task.binding if call.task is not None and call.task.binding else "the task"
    keyed = any(k.name == "key" for k in sdk.arguments_of(model, call.node)[1])
    if keyed:
        read = (
            "as the item's sort key, without awaiting it (comparing two coroutines raises "
            "a `TypeError`)"
        )
    else:
        read = "as the item's test, without awaiting it (a coroutine is always truthy)"
    return (
        f"`{dropper}` calls the task `{task}` on each item and reads the coroutine it "
        f"returns {read}: the SDK still dispatches every call, but no result is read; "
        f"gather the results first (`await asyncio.gather(*map({task}, xs))`) and "
        f"{'sort' if keyed else 'filter'} on them"
    )


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
used without awaiting it (passed to a task, indexed). One put in a set, a list or a
dict (`pending.add(job)`, `jobs.append(t(x))`, `jobs.push(t(x))`, `jobs[k] = t(x)`,
also an asyncio task over it; also in a field of a name of the body,
`run.pending.append(t(x))`) lives on in that container: reported when the body never
uses the container after that but to look at it (`len`, its keys, another `.add`, its
`discard` handed to `add_done_callback`); an item read back (`jobs[0]`, `jobs[k]`) is
followed on, and an object handed on whole or given a method call (`run.flush()`) may
await its field. A Python list built by a comprehension of task calls (`jobs =
[check(w) for w in works]`, or bound empty and filled by `jobs.append(check(w))` in a
loop) whose only later reads are items at literal indexes (`await jobs[0]`) is
reported too: every call was dispatched, the others are never awaited.
A method the body reaches (a plain `def` too) that keeps durable calls
in a field of `self` (`self.jobs[k] = t(x)`, `self.pending.append(t(x))`) is reported at
the body's call that leads there when no read of that field in the whole file does more
than add to it, count it or list its keys. A function of the file the body
reaches (a plain `function` / `def` or a method of a class of the file, at any depth)
that calls a task as a bare statement (`dispatcher.dispatch_all(routes)` whose loop
calls `load_truck(...)` without keeping it), or in TypeScript runs `xs.forEach(async
(x) => ...)` whose callback awaits durable calls (also through `this.method(...)` or
another function of the file), or calls as a bare statement an async function of the
file that makes durable calls (`super.finish()`, `this.flush()`, `notifyAll(x)`; Python
`super().finish()`, `self.flush()`: in TypeScript nothing waits for its promise, in
Python the coroutine never runs; the object may be any of the classes a choice builds,
`oil ? new FinishJob(s) : new VarnishJob(s)`), is reported at the body's call that leads
there. A durable call stored in a name and awaited later, with a `return` of the same
function between the two that can run after it and does not read it (`const quote =
requestQuote(x); if (!ok) return null; await quote`; not a `return` on the other branch
of the `if` that made the call), is reported at the call: on that path a task was
dispatched (both SDKs queue it when it is called) and its result is never awaited.
A task is reached through a name destructured with a default (`const { send =
sms } = CHANNELS[pref] ?? {}`) when every object the holder may be (a literal, an item of
a table of object literals, either side of `??` / `||` / a ternary) gives a task of the
file under that key or leaves the default, all taking the same parameters. A
module-level name destructured from an object literal (`const { ship: send } = ACTS`,
also through a function of the file that returns its first parameter as it came:
`const { boardVessel } = proxyActivities({ boardVessel })`) is the task at that key. A task
returned by a plain function of the file (`retirer_for(registry)` returning one of the
file's tasks, all taking the same parameters) is dispatched where that result is called
(`retirer_for(r)(lot)`). A variable assigned anew by
a later statement of the same block (`job = t(a)`, then `job = t(b)`, then
`await job`) no longer holds the first result after that statement: the first is
dropped (unless a `break` / `continue` between, or a `try` around them, may skip
the second assignment). A task reached through a
loop variable over a tuple / list of the file's tasks that all take the same
parameters (`for stage in (extract, load): stage(x)`) is a task call, and so is the
item parameter of `functools.reduce(lambda acc, stage: stage(acc), STAGES, x)`, where
each stage's coroutine is handed to the next as its argument and only the last is
awaited (and so is a task call that is the whole value of the folding lambda:
`functools.reduce(lambda acc, nxt: merge(acc, nxt), tiles)`); so is a task a class
body of the file binds (`Jobs.fetch(x)` with `fetch = fetch` in the class,
`Rules.tasks[kind](x)` with a dict of tasks there); so is a task held in an object /
dict literal bound once (also through a spread of another such literal, `{ ...baseOps,
trim }`, overridden by later entries) and picked by a key known where it is written
(`STAGES.load(x)`, `STAGES[LAST_STAGE](x)` with `LAST_STAGE = "load"`,
`HANDLERS[Kind.Churn](x)` with the computed key `[Kind.Churn]`), also when the entries
are `functools.partial(task, ...)` binding the same arguments (`SENDERS[lang](x)`,
`sender = SENDERS.get(lang, SENDERS["en"])` then `sender(x)`, or called at once:
`HANDLERS.get(kind, fallback)(x)` with a fallback task taking the same parameters), and
in a table written `dict(dog=remind_dog, cat=remind_cat)`, or written empty at module
level and filled by `READERS[key] = ...` statements that store tasks (a registering
decorator storing the `task(...)(fn)` it makes of each function it decorates); so is a
name assigned only tasks taking the same parameters, one per branch (`escalate =
page_on_call` in one `if` / `match` arm, `escalate = log_alarm` in another), or
bound once to a choice of them (`notify = page if urgent else mail`, `a or b`;
`task_script` / `task_flow` tasks of one kind, whose targets' parameters are not
known here, stand for each other too).
`void task(x)` in TypeScript marks a deliberate fire-and-forget and is not reported.
In TypeScript a task handed by reference to `forEach` (`ids.forEach(ship)`) is called
per item and each promise thrown away; reading a getter of a class of the file that
returns a task call (`get proof() { return render(this.id); }`) calls it, and the read
is consumed like the call (`if (job.proof)` drops it); a wrapper a factory of the file
made around a task (`tracedShip = traced(ship)`, whose product returns `f(...args)` or
awaits it) is consumed like a call of that task; and a durable call given to a parameter
that the file's constructor or module-level function never reads (a `private`
parameter property nothing in its class reads) is dropped there; so is one a TypeScript
constructor stores in a field (`this.notice = post(...)`) or a class field's initializer
makes (`warm = warmCache(...)`, run by the class's `constructor`) when the file never
reads that field: reported at the body's `new`.
A task handed by reference as a test or a key (`filter(is_hot, xs)` where it is
iterated, `sorted(xs, key=score)`, `min` / `max`, `itertools.takewhile`,
`xs.filter(isHot)`) is called on each item and its coroutine / promise read as the
answer, never awaited: every item passes the test (an awaitable is truthy). So is a
task call tested in a comprehension's `if` (`[s for s in xs if eligible(s)]`), and a
stored list of them whose items a loop or comprehension only looks at, directly or
through `zip(rows, jobs)` / `enumerate(jobs)` (`[r for r, hours in zip(rows, loads) if
hours]`), and a list or `map(...)` of them handed to `all` / `any` / `sum` / `min` /
`max` (Python), which read the coroutines themselves; likewise a generator expression
of them (`list(t(x) for x in xs)`). A generator expression that awaits durable calls
(`sum(await credits(s) for s in xs)`) is an async generator: `sum`, `list`, `any`, a
plain `for` cannot iterate it (a `TypeError`), so the calls never run; and one (or a
`map(task, xs)`) kept in a name nothing reads is never iterated, so it calls nothing.
A task call tested on the left of `and` / `&&` is dropped (the awaitable is truthy, so
the right side is the value); on the left of `or` / `||` it is the value, followed on.
A task another module of the workspace defines (`@task() async def
send_email` in `f/common/mail_tasks.py`, `export const sendMail = task(...)`, `charge =
task_script("f/billing/charge")`), imported and called as a statement of the body, is
reported the same way.

Value flow: the result is followed through assignment, containers (lists,
comprehensions, `.map`), gathers and `return`; a function that returns the call and is
kept for later (`undo.push(() => cancel(ref))`, `hooks.set(k, fn)`, `xs.append(...)`)
hands it to whoever calls it, so it is not dropped there; a dict of task coroutines handed
to `sorted(d)` / `list(d)` / `set(d)` gives away its keys only, so its values are
dropped there. A `.then(...)` straight on a TypeScript task call (or approval)
counts as awaiting it: in windmill-client 1.818.0 these return a bare
`{ then }` object whose `then` runs at once, throwing the suspension, or
handing over the result or the failure, synchronously (run against the SDK's
`WorkflowCtx` with and without the result in the checkpoint); on a Promise
(`step`, `Promise.all`) `.then` without `await` is still reported, and so is a chain
nobody awaits that waits for an async callback's durable calls: `.then` / `.catch` /
`.finally` / `.reduce` of an async callback (`xs.reduce((acc, x) => acc.then(async () =>
{ await t(x) }), start)` as a statement, reported at the outermost call), and `pMap`,
a `p-limit` limiter, p-queue's `queue.add` / `addAll`, `pRetry` / `async-retry` given
one. Also reported: a call of an
`async` function of this file that runs durable calls, made without `await`
(Python: the coroutine never runs, so its tasks are never dispatched;
TypeScript: nobody waits for it), or an async generator of this file that awaits
durable calls and is never iterated (its body never runs; it takes `async for` /
`for await`, not `await`); a value only formatted into a string (`f"{job}"`,
`` `${job}` ``) counts as never awaited; `xs.map(async (x) => ...)` whose array of
promises is dropped; and a list of task coroutines / promises returned from
the workflow (wmill 1.850.0 `_run_workflow_async` and windmill-client 1.818.0
`workflow()` return what the body returns, after one `await` of the body
itself, never of what is inside a list). In Python, an async helper of the file
that returns a task / step / sleep / approval call or `asyncio.gather(...)`
without `await` (`return lookup(x)` after an early `return cached`) is reported
where the workflow awaits it: that one `await` runs the helper and gives back the
awaitable, not its result (an `async def` does not adopt a returned awaitable;
TypeScript's async functions do). So is one that returns a call of its own parameter
without `await` (`async def spawn(self, fn, *args): return fn(*args)`, a Hatchet
`ctx.spawn` shim) where the workflow hands it a task of the file for that parameter.
A task / step / sleep / approval called as a bare statement, without `await`, inside an
async helper the workflow calls is reported at the workflow's call of the helper; and a
stored list of them returned on one path (`if dry_run: return jobs`) is reported even
when another path gathers it.
A function that is not async and returns or yields task / step calls (a Python
`def each(xs): yield resize(x)`; a TypeScript `function*`, `function` or arrow such as
`const mk = (id) => ship(id)`, also one returning a mapped list of them, `ids.map((id) =>
ship(id))` or `list(map(ship, ids))`) is followed like a task call: what the body does with
its result must await them (`await asyncio.gather(*each(xs))`, `await Promise.all([
...each(xs)])`, `await one(x)`); listed, stored and dropped, the SDK still
dispatches the calls (wmill 1.850.0 `_next_step` and windmill-client 1.818.0
`_nextStep` queue the step when the task is called) but their results are lost, and
a generator never iterated never calls its tasks at all.

## Why is this bad
Both SDKs still dispatch an un-awaited task (its checkpoint key is allocated
when it is called, and the runner flushes pending tasks), but its result is
lost, and in TypeScript its failure too: the SDK only logs "failed but was never
awaited" (in Python, wmill 1.850.0's `_next_step` raises the failed task's
`TaskError` at the call itself when the body replays). An un-awaited Python
`step`, `sleep`, `wait_for_approval` or
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
            "async def warm(x: str):\n    return x\n\n@workflow\n"
            "async def main(xs: list[str]):\n    jobs = {x: warm(x) for x in xs}\n"
            "    done = await asyncio.gather(*jobs.values())\n"
            "    return dict(zip(sorted(jobs), done))\n"
        ),
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
        py(
            "import asyncio\nfrom wmill import task, workflow\n\n@task()\n"
            "async def resize(x: str):\n    return x\n\nasync def notify(x: str):\n"
            "    return await resize(x)\n\n@workflow\nasync def main(xs: list[str]):\n"
            "    jobs = [resize(x) for x in xs]\n    await notify(xs[0])\n"
            "    return await asyncio.gather(*jobs)\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const revoke = task(async (x: string) => x);\n"
            "export const main = workflow(async (xs: string[]) => {\n"
            "  await Promise.all(xs.map(async (x) => await revoke(x)));\n  return 1;\n});\n"
        ),
    ]
    INVALID = [
        py(
            "from wmill import task, workflow\n\n@task()\nasync def warm(x: str):\n"
            "    return x\n\n@workflow\nasync def main(xs: list[str]):\n"
            "    jobs = {x: «warm(x)» for x in xs}\n    return sorted(jobs)\n"
        ),
        py(
            "from wmill import task, workflow\n\n@task()\nasync def send(x: str):\n"
            "    return x\n\nasync def notify(xs: list[str]):\n    for x in xs:\n"
            "        await send(x)\n\n@workflow\nasync def main(xs: list[str]):\n"
            "    «notify(xs)»\n    return 1\n"
        ),
        py(
            "from wmill import task, workflow\n\n@task()\nasync def resize(x: str):\n"
            "    return x\n\n@workflow\nasync def main(xs: list[str]):\n"
            "    jobs = [resize(x) for x in xs]\n    return «jobs»\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const revoke = task(async (x: string) => x);\n"
            "export const main = workflow(async (xs: string[]) => {\n"
            "  «xs.map»(async (x) => await revoke(x));\n  return 1;\n});\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const send = task(async (x: string) => x);\n"
            "async function notify(xs: string[]) {\n  for (const x of xs) await send(x);\n}\n"
            "export const main = workflow(async (xs: string[]) => {\n  «notify(xs)»;\n"
            "  return 1;\n});\n"
        ),
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
        self.check_dropped(ctx)
        self.check_imported_tasks(ctx)
        if not ctx.model.lang.async_return_adopts_awaitable:
            self.check_helper_returns(ctx)
        self.check_helper_drops(ctx)
        self.check_reached_drops(ctx)
        self.check_field_drops(ctx)
        if ctx.model.lang.coroutines_start_when_awaited:  # Python
            self.check_async_generator_expressions(ctx)
            self.check_partly_read(ctx)
            self.check_literal_picks(ctx)
            self.check_handed_to_task(ctx)

    def check_partly_read(self, ctx: RuleContext) -> None:
        """`jobs = [check(w) for w in works]` (or `jobs = []` filled by
        `jobs.append(check(w))` in a loop) then only `await jobs[0]`: every call queued
        its step (wmill 1.850.0 `_next_step`), so all are dispatched, but the body reads
        back only the items it indexes by a literal; the other coroutines are never
        awaited and their results are lost. Reported when every later read of the list
        (a name bound once) is such an item."""
        model = ctx.model
        semantic = model.semantic
        wf = sdk.facts(model).workflow_function
        if semantic is None or wf is None:
            return
        seen: set[int] = set()
        for call in model.durable_calls:
            if call.kind != "task" or call.consumption != STORED:
                continue
            held = filled_list(model, call.node, wf)
            if held is None or held[0].id in seen:
                continue
            left, binding = held
            seen.add(left.id)
            name = model.text(left)
            read: list[str] = []
            for node in later_reads(model, left, binding, wf):
                item = node.parent
                if appended_to(model, node):
                    continue  # `jobs.append(...)`: filling it
                index = item.child_by_field_name("subscript") if item is not None else None
                if (
                    item is None
                    or item.type != "subscript"
                    or item.child_by_field_name("value") != node
                    or sdk.number_value(model, index) is None
                ):
                    read = []
                    break  # the list itself is used (gathered, iterated, handed on)
                if model.text(item) not in read:
                    read.append(model.text(item))
            if not read:
                continue
            shown = ", ".join(f"`{r}`" for r in read)
            ctx.report(
                Span.of(call.node),
                f"`{name}` holds one `{model.text(call.span)}(...)` per item, but the body "
                f"reads back only {shown}: the SDK dispatches every call, and the others are "
                f"never awaited, so {lost_outcome(model, plural=True)}; gather them: "
                f"`await asyncio.gather(*{name})`",
            )

    def check_literal_picks(self, ctx: RuleContext) -> None:
        """`branches = {"a": hardwood(x), "b": softwood(x)}` then only `await
        branches[route]` (a Flyte `conditional` ported as a table of calls): building the
        dict called every task, and each call queued its step (wmill 1.850.0
        `_next_step`), so all are dispatched while the body awaits only the one it
        picks. Reported when a dict / list / tuple literal holds two or more task calls
        and is only indexed, fewer times than it holds calls and outside loops (the
        literal itself indexed, or a name bound once to it)."""
        model = ctx.model
        semantic = model.semantic
        wf = sdk.facts(model).workflow_function
        if semantic is None or wf is None:
            return
        by_container: dict[int, tuple[Node, list[DurableCall]]] = {}
        for call in model.durable_calls:
            if call.kind != "task" or call.consumption != STORED:
                continue
            container = literal_container(call.node)
            if container is None or not wf.start_byte <= container.start_byte < wf.end_byte:
                continue
            by_container.setdefault(container.id, (container, []))[1].append(call)
        for container, calls in by_container.values():
            if len(calls) < 2:
                continue
            picks = literal_picks(model, container, wf)
            if picks is None or len(picks) >= len(calls):
                continue
            shown = ", ".join(f"`{model.text(c.span)}(...)`" for c in calls[:3])
            read = ", ".join(f"`{p}`" for p in picks)
            ctx.report(
                Span.of(container),
                f"This {LITERAL_NAMES[container.type]} calls {len(calls)} tasks ({shown}) but "
                f"the body awaits only {read}: each call queued its step when the "
                f"{LITERAL_NAMES[container.type]} was built (wmill 1.850.0 `_next_step`), so "
                f"every task is dispatched, and the others are never awaited: "
                f"{lost_outcome(model, plural=True)}; keep the functions in it and call only "
                "the one picked (`await table[key](...)`)",
            )

    def check_handed_to_task(self, ctx: RuleContext) -> None:
        """`result = stage(result)` in a loop (a Celery `chain` ported): the name holds
        the un-awaited coroutine of a task call when it is handed to the next task
        call. wmill 1.850.0 sends a task's arguments as JSON (the worker encodes with
        `default=str`), so the task receives the text `"<coroutine object ...>"`, and
        the call that made the coroutine is never awaited. The value a name holds at
        the call: its last assignment before it, or one later in an enclosing loop."""
        model = ctx.model
        wf = sdk.facts(model).workflow_function
        if wf is None:
            return
        stored = {
            c.node.id: c
            for c in model.durable_calls
            if c.kind == "task" and c.consumption == STORED and c.node.type == "call"
        }
        if not stored:
            return
        assigned: dict[str, list[tuple[Node, DurableCall | None]]] = {}
        for assign in sdk.nodes_in(model, "assignment", wf):
            left = assign.child_by_field_name("left")
            right = assign.child_by_field_name("right")
            if left is None or left.type != "identifier" or right is None:
                continue
            held = stored.get(right.id)
            assigned.setdefault(model.text(left), []).append((assign, held))
        seen: set[int] = set()
        task_calls = {t.call.id: t for t in sdk.facts(model).task_calls}
        for call in model.durable_calls:
            if call.kind != "task" or not wf.start_byte <= call.node.start_byte < wf.end_byte:
                continue
            arguments = call.node.child_by_field_name("arguments")
            if arguments is None or arguments.type != "argument_list":
                continue
            for arg in arguments.named_children:
                value = arg.child_by_field_name("value") if arg.type == "keyword_argument" else arg
                if value is None or value.type != "identifier":
                    continue
                held = coroutine_held(assigned.get(model.text(value), []), call.node, wf)
                if held is None or value.id in seen:
                    continue
                seen.add(value.id)
                tcall = task_calls.get(call.node.id)
                receiver = argument_receiver(model, tcall) if tcall is not None else None
                got = (
                    f"the job's arguments are sent as JSON (`default=str`), so {receiver} "
                    'receives the text `"<coroutine object ...>"`'
                    if receiver is not None
                    else "the task's job replays the body and calls the function with the "
                    "coroutine object itself (`_execute_directly(func, **kwargs)`), never "
                    "its result"
                )
                ctx.report(
                    Span.of(value),
                    f"`{model.text(value)}` holds the coroutine of `{model.text(held.span)}(...)`, "
                    f"not awaited, when it is handed to the task `{model.text(call.span)}(...)`: "
                    f"wmill 1.850.0 does not wait for the first call before it dispatches the "
                    f"second, and {got}; await each "
                    "call before handing its result on",
                )

    def check_async_generator_expressions(self, ctx: RuleContext) -> None:
        """`sum(await credits(s) for s in xs)`: a generator expression holding `await` is
        an async generator, which a plain iteration (`sum`, `list`, `any`, a `for`)
        cannot iterate: a `TypeError`, and its body, the durable calls, never runs."""
        model = ctx.model
        done: set[int] = set()
        for call in model.durable_calls:
            if call.kind not in KINDS or call.consumption != AWAITED:
                continue
            genexp = enclosing_generator_expression(model, call.node)
            if genexp is None or genexp.id in done:
                continue
            consumer = sync_consumer(model, genexp)
            if consumer is None:
                continue
            done.add(genexp.id)
            what = f"`{model.text(call.span)}(...)`"
            ctx.report(
                Span.of(genexp),
                f"This generator expression awaits {what}, which makes it an async "
                f"generator: {consumer} cannot iterate it (a `TypeError`), so its durable "
                "calls never run; gather them first (`await asyncio.gather(*(... for ...))`) "
                "and use the results",
            )

    def check_field_drops(self, ctx: RuleContext) -> None:
        """A method the workflow body reaches that keeps durable calls in a field of
        `self` (`self.jobs[trailer] = reserve(...)`) nothing in the file awaits: reported
        at the body's call that leads there (the method may be a plain `def`, so it is no
        helper call of the body's own analysis)."""
        model = ctx.model
        durable = durable_call_ids(model)
        tasks = {t.call.id for t in sdk.facts(model).task_calls}
        reachable = model.call_graph.reachable
        verdicts: dict[str, bool] = {}
        reported: set[tuple[int, str]] = set()
        keeping = FIELD_KEEPING[model.language]
        for node in sorted(
            (c for c in stored_in_fields(model, durable, keeping)), key=lambda c: c[0].start_byte
        ):
            call, field = node
            owner = next(sdk.enclosing_functions(model, call), None)
            if owner is None and keeping.initializers_run_when_built:
                # a TypeScript field initializer runs as the instance is built
                owner = initialized_by(model, call)
            reached = reachable.get(owner) if owner is not None else None
            if reached is None or reached.role is not CodeRole.BODY:
                continue
            if field not in verdicts:
                verdicts[field] = keeping.unread(model, field)
            if not verdicts[field] or (reached.site.start_byte, field) in reported:
                continue
            reported.add((reached.site.start_byte, field))
            inner = model.text(sdk.callee_of(call) or call)
            row = call.start_point[0] + 1
            ctx.report(reached.site, keeping.message(model, inner, row, field, call.id in tasks))

    def check_imported_tasks(self, ctx: RuleContext) -> None:
        """`send_email(to=u)` as a statement of the body, where `send_email` is a task
        another module of the workspace defines (`@task()`, `task(...)`): the body's
        analysis knows the file's own tasks only, so these calls are read here."""
        workspace = ctx.workspace
        workflow = ctx.model.workflow
        function = workflow.function if workflow is not None else None
        if workspace is None or function is None or function.body is None:
            return
        body = function.body
        calls = [
            (made.call, made.name, f"a task of {made.module}")
            for made in _by_path.imported_inline_tasks(ctx.model, workspace)
        ] + [
            (made.call, made.name, f"the task `{made.module}`")
            for made in _by_path.imported_task_calls(ctx.model, workspace)
        ]
        for call, name, what in sorted(calls, key=lambda c: c[0].start_byte):
            if not body.start_byte <= call.start_byte < body.end_byte:
                continue
            if not bare_statement(call):
                continue
            ctx.report(
                Span.of(call),
                f"The result of `{name}(...)` ({what}) is never awaited: the SDK still "
                f"dispatches the task, but {lost_outcome(ctx.model)}; `await` it "
                "or gather it",
            )
        lazy = ctx.model.lang.coroutines_start_when_awaited
        for helper in _by_path.imported_async_helpers(ctx.model, workspace, statements_only=True):
            call = helper.call
            if not body.start_byte <= call.start_byte < body.end_byte:
                continue
            if not bare_statement(call):
                continue
            what = (
                "the coroutine never runs, so neither does what it dispatches"
                if lazy
                else "its result and its failure are lost"
            )
            ctx.report(
                Span.of(call),
                f"`{helper.name}(...)` (an `async` function of {helper.module} that calls "
                f"`{helper.durable}`) is never awaited: {what}; `await` it",
            )

    def check_helper_drops(self, ctx: RuleContext) -> None:
        """A task / step / sleep / approval called as a bare statement in an async helper
        of the file the workflow calls (`if not loud: return` then `notify(x)`): the
        body's analysis does not enter helpers, so it is read here, and reported at the
        workflow's first call of the helper."""
        model = ctx.model
        durable = durable_call_ids(model)
        tasks = {t.call.id for t in sdk.facts(model).task_calls}
        lazy = model.lang.coroutines_start_when_awaited
        seen: set[int] = set()
        for call in model.helper_calls:
            function = call.function
            if function is None or function.id in seen or call.in_callback:
                continue
            seen.add(function.id)
            name = model.text(call.span)
            for dropped in dropped_in(model, function, durable):
                inner = model.text(sdk.callee_of(dropped) or dropped)
                row = dropped.start_point[0] + 1
                if dropped.id in tasks:
                    what = (
                        "the SDK still dispatches the task, but "
                        f"{lost_outcome(model, where='that call')}"
                    )
                elif lazy:
                    what = "the coroutine never runs"
                else:
                    what = "its result and its failure are lost"
                ctx.report(
                    Span.of(call.node),
                    f"`{name}(...)` calls `{inner}(...)` without `await` (line {row}): {what}; "
                    f"`await` it in `{name}`",
                )

    def check_reached_drops(self, ctx: RuleContext) -> None:
        """A function of the file the workflow body reaches (a plain `function` /
        `def`, a method of a class of the file, at any depth) that calls a task as
        a bare statement, or runs `xs.forEach(async (x) => ...)` whose callback awaits
        durable calls: the promises are dropped there, so the body's analysis (which
        does not enter helpers) and `check_helper_drops` (async helpers the body calls
        itself) miss them. Reported at the body's call that leads there."""
        model = ctx.model
        durable = durable_call_ids(model)
        if not durable:
            return
        tasks = {t.call.id for t in sdk.facts(model).task_calls}
        covered = {c.function.id for c in model.helper_calls if c.function is not None}
        reaches = _DurableReach(model, durable)
        reported: set[tuple[int, int]] = set()
        for function, reached in model.call_graph.reachable.items():
            if reached.role is not CodeRole.BODY or reached.site is None or not reached.chain:
                continue
            via = " → ".join(reached.chain)
            found: list[tuple[Node, str]] = []
            if function.id not in covered:
                for dropped in dropped_in(model, function, durable):
                    inner = model.text(sdk.callee_of(dropped) or dropped)
                    lost = lost_outcome(model, where="that call")
                    if dropped.id in tasks:
                        what = f"the SDK still dispatches the task, but {lost}"
                    elif model.lang.coroutines_start_when_awaited:
                        what = "the coroutine never runs"
                    else:
                        what = "its result and its failure are lost"

                    fix = "`await` it there"
                    if model.lang.coroutines_start_when_awaited and plain_def(function):
                        # a plain `def` cannot await: the helper must become a coroutine
                        fix = (
                            f"`await` it there, making `{reached.chain[-1]}` an `async def` "
                            "the workflow awaits"
                        )
                    found.append(
                        (
                            dropped,
                            f"This call reaches `{inner}(...)` called without `await` in "
                            f"`{via}` (line {dropped.start_point[0] + 1}): {what}; {fix}",
                        )
                    )
            for dropped, _ in dropped_async_calls(model, function, durable, reaches):
                inner = model.text(dropped.child_by_field_name("function") or dropped)
                if model.lang.coroutines_start_when_awaited:
                    # Python: the coroutine never runs, so neither do its durable calls
                    fate = "its coroutine never runs, so neither do they"
                else:
                    fate = (
                        "nothing waits for its promise, so the workflow goes on without them "
                        "and their results and failures are lost"
                    )
                found.append(
                    (
                        dropped,
                        f"This call reaches `{inner}(...)` called without `await` in `{via}` "
                        f"(line {dropped.start_point[0] + 1}), an async function of this file "
                        f"that makes durable calls: {fate}; `await` it there",
                    )
                )
            for each in _own_for_each(model, function):
                callback = each_callback(each)
                if callback is None or not reaches.holds(callback):
                    continue
                dropper = model.text(each.child_by_field_name("function") or each)
                found.append(
                    (
                        each,
                        f"This call reaches `{dropper}(async ...)` in `{via}` (line "
                        f"{each.start_point[0] + 1}), which drops the promise its callback "
                        "returns: the durable calls in it are never awaited, and the workflow "
                        "goes on without them; use `for ... of` with `await`, or `await "
                        "Promise.all(xs.map(...))` there",
                    )
                )
            for node, message in found:
                key = (reached.site.start_byte, node.id)
                if key in reported:
                    continue
                reported.add(key)
                ctx.report(reached.site, message)

    def check_helper_returns(self, ctx: RuleContext) -> None:
        """Python: `await helper(x)` where the async helper returns `task(x)` (or a
        step, sleep, approval, gather) without `await`: one `await` runs the helper and
        hands back that awaitable, so the workflow holds a coroutine, not the result
        (wmill 1.850.0's task wrapper returns `ctx._next_step(...)`'s coroutine)."""
        model = ctx.model
        durable = durable_call_ids(model)
        for call in model.helper_calls:
            if call.function is None or call.consumption != AWAITED or call.in_callback:
                continue
            if plain_def(call.function):
                continue  # a plain `def` hands back the coroutine: awaiting it is right
            returned = returned_unawaited(model, call.function, durable)
            if returned is None and call.handback == Handback.ONE:
                # `async def spawn(self, fn, *a): return fn(*a)` handed a task
                forwarded = returned_parameter_call(model, call.function)
                if forwarded is not None:
                    name = model.text(call.span)
                    inner = model.text(sdk.callee_of(forwarded) or forwarded)
                    row = forwarded.start_point[0] + 1
                    ctx.report(
                        Span.of(call.node),
                        f"`{name}(...)` returns `{inner}(...)` without `await` (line {row}), "
                        f"and is handed a task as `{inner}`: awaiting `{name}(...)` gives the "
                        "workflow the task's awaitable, not its result; write `return await "
                        f"{inner}(...)` in `{name}`",
                    )
                continue
            if returned is None:
                continue
            name = model.text(call.span)
            inner = model.text(sdk.callee_of(returned) or returned)
            row = returned.start_point[0] + 1
            ctx.report(
                Span.of(call.node),
                f"`{name}(...)` returns `{inner}(...)` without `await` (line {row}): awaiting "
                f"`{name}(...)` gives the workflow that awaitable, not its result; write "
                f"`return await {inner}(...)` in `{name}`",
            )

    def check_dropped(self, ctx: RuleContext) -> None:
        lang = ctx.model.lang
        # a coroutine never awaited never runs (Python); a promise runs regardless
        lazy = lang.coroutines_start_when_awaited
        droppers: set[int] = set()
        sites: set[tuple[int, int]] = set()
        for call in (*ctx.model.durable_calls, *ctx.model.helper_calls):
            if call.kind not in KINDS:
                continue
            if call.dropped_by is not None:
                if call.dropped_by.start_byte not in droppers:
                    droppers.add(call.dropped_by.start_byte)
                    dropper = ctx.model.text(call.dropped_by)
                    if ctx.model.lang.coroutines_start_when_awaited and call.kind == "task":
                        ctx.report(call.dropped_by, python_test_message(ctx.model, call, dropper))
                        continue
                    if dropper.rsplit(".", 1)[-1] not in DROPPING_METHODS:
                        # `xs.reduce((acc, x) => acc.then(async () => ...), start)`
                        ctx.report(
                            call.dropped_by,
                            f"`{dropper}(...)` is never awaited, and the promise it builds "
                            "waits for the durable calls of its callback: the workflow "
                            "goes on without them, and their results and failures are lost; "
                            "`await` it",
                        )
                        continue
                    tests = ""
                    if dropper.rsplit(".", 1)[-1] in PREDICATE_METHODS:
                        # `xs.filter(async ...)`: the test is the promise, not its answer
                        tests = (
                            " (it reads that promise as its answer, and a promise is always truthy)"
                        )
                    ctx.report(
                        call.dropped_by,
                        f"`{dropper}` drops the promise its callback returns{tests}: the "
                        "durable calls in it are never awaited, and the workflow goes on "
                        "without them; use `for ... of` with `await`, or "
                        "`await Promise.all(xs.map(...))`",
                    )
                continue
            returned = call.consumption == RETURNED and (
                (not lang.async_return_adopts_awaitable and not call.in_callback) or call.contained
            )
            if call.consumption == STORED and call.left_by is not None:
                # stored, awaited later, but a `return` between leaves without it
                left = call.left_by
                if call.kind == "task":
                    # both SDKs queue the step when the task is called
                    fate = (
                        "the SDK has already queued it, so on that path it still runs, and "
                        "its result and its failure are lost"
                    )
                elif lang.coroutines_start_when_awaited:
                    fate = "on that path the coroutine never runs"
                else:
                    fate = (
                        "it has already started, so on that path it still runs, and its "
                        "result and its failure are lost"
                    )
                ctx.report(
                    Span.of(call.node),
                    f"`{ctx.model.text(call.span)}(...)` is called before the `return` on line "
                    f"{left.start_row + 1}, which leaves without awaiting it: {fate}; call it "
                    "after that `return`, where it is awaited",
                )
                continue
            if call.consumption != DROPPED and not returned:
                continue
            span = Span.of(call.node)
            if returned and call.returned_by is not None:
                span = call.returned_by  # the mistake is the `return`, not the call
            what = f"`{ctx.model.text(call.span)}(...)`"
            awaitable = lang.awaitable_noun
            # `map(task, xs)` / `itertools.starmap(task, pairs)` in Python: an iterator,
            # not an awaitable (`await map(...)` is a TypeError)
            python_mapper = (
                call.kind == "task" and lang.map_is_lazy and sdk.maps_task(ctx.model, call.node)
            )
            # `asyncio.create_task(helper(x))`: scheduled, so it does start, but nobody waits
            lazy_here = lazy and not scheduled_on_the_loop(ctx.model, call.node)
            if returned and call.contained:
                gather = f"await {lang.gather_call}"
                message = (
                    f"{what} is returned inside a list or object without being awaited: the "
                    f"workflow would return {awaitable}s, not their results; return "
                    f"`{gather}`"
                )
            elif returned:
                message = (
                    f"{what} is returned without `await`: the workflow would return a "
                    "coroutine; `return await ...`"
                )
            elif call.kind == "helper" and spread_iterable(ctx.model, call.node):
                # `[...batch]` of an object whose `*[Symbol.iterator]` yields task calls:
                # spreading it calls them (each queues its step), the array holds them
                name = ctx.model.text(call.span)
                parent = ctx.model.parent_of(call.node)
                spread_of = parent is not None and parent.type == "spread_element"
                if spread_of and call.node.type == "call_expression":
                    # `[...lanesOf(a, b)]`: spreading drains the generator `lanesOf`
                    # returns, running its body
                    shown = f"{name}(...)"
                    message = (
                        f"`...{shown}` runs the generator `{name}`, which yields the "
                        f"{awaitable}s of durable calls, and they are never awaited: the "
                        "SDK still dispatches the calls, but their results and failures "
                        f"are lost; gather them: `await {lang.gather_spread.format(shown)}`"
                    )
                else:
                    how = f"...{name}" if spread_of else f"Array.from({name})"
                    message = (
                        f"`{how}` runs `{name}`'s `[Symbol.iterator]`, which yields the "
                        f"{awaitable}s of durable calls, and they are never awaited: the SDK "
                        "still dispatches the calls, but their results and failures are lost; "
                        f"gather them: `await {lang.gather_spread.format(name)}`"
                    )
            elif call.kind == "helper" and call.node.type == "member_expression":
                # `job.proof` of `get proof() { return renderProof(this.family); }`:
                # reading the property calls the getter, which dispatches the task
                read = ctx.model.text(call.node)
                message = (
                    f"`{read}` runs a getter that returns the {awaitable} of a durable call, "
                    "and it is never awaited: the SDK still dispatches the call, but "
                    f"{lost_outcome(ctx.model, plural=False)}; `await {read}`"
                )
            elif call.kind == "helper" and plain_def(call.function):
                # `def resize_all(xs): yield resize(x)`: each task call queues its step when
                # the function runs (wmill 1.850.0 `_next_step`), its coroutine unawaited
                name = ctx.model.text(call.span)
                spread = lang.gather_spread.format(f"{name}(...)")
                generator = has_own_yield(call.function)
                # a generator's body runs only when it is iterated (in both languages);
                # `asyncio.create_task(gen())` is no iteration either
                if generator and (lazy_here or not lazy) and bare_statement(call.node):
                    message = (
                        f"{what} is a generator of durable calls that is never iterated: its "
                        f"body never runs, so the tasks are never called; gather them: "
                        f"`await {spread}`"
                    )
                else:
                    many = generator or call.handback == Handback.MANY
                    gather = f"gather them: `await {spread}`" if many else "`await` what it returns"
                    message = (
                        f"{what} hands back the {awaitable}s of durable calls "
                        f"({lang.plain_function} that returns or yields them), and they are "
                        "never awaited: the SDK still dispatches the calls, but "
                        f"{lost_outcome(ctx.model, plural=True)}; {gather}"
                    )
            elif call.kind == "helper" and ctx.model.text(call.span).startswith(("(", "async")):
                message = (
                    "This async function, called on the spot without `await`, runs durable "
                    "calls: the workflow goes on without waiting for them, and their results "
                    "and failures are lost; `await` it"
                )
            elif call.kind == "helper" and has_own_yield(call.function):
                # `async def pages(): yield await fetch(p)`: an async generator's body runs
                # only as it is iterated, and `await` on it is a TypeError
                loop = ASYNC_LOOPS[ctx.model.language]
                message = (
                    f"{what} is an async generator of this file that runs durable calls, "
                    f"and it is never iterated: its body never runs, so none of them is "
                    f"dispatched; iterate it with `{loop}`"
                )
            elif call.kind == "helper" and lazy_here:
                message = (
                    f"{what} is an async function of this file that runs durable calls, "
                    "called without `await`: its coroutine never runs, so none of them is "
                    "dispatched; `await` it"
                )
            elif call.kind == "helper":
                message = (
                    f"{what} is an async function of this file that runs durable calls, "
                    "called without `await`: the workflow goes on without waiting for them, "
                    "and their results and failures are lost; `await` it"
                )
            elif call.kind == "gather":
                message = (
                    f"{what} is never awaited: the calls it gathers are never waited for; "
                    "`await` it"
                )
            elif call.kind == "task" and (lazy_source := never_iterated(ctx.model, call)):
                message = (
                    f"{what} is called in {lazy_source} that is never iterated: it is "
                    "lazy, so the task is never called; gather the calls: "
                    "`await asyncio.gather(*(...))`"
                )
            elif call.kind == "task" and python_mapper and bare_statement(call.node):
                message = (
                    f"{what} is never iterated: a Python `map` / `starmap` object is lazy, so "
                    "the task is never called; gather the calls: "
                    f"`await asyncio.gather(*{ctx.model.text(call.span)}(...))`"
                )
            elif call.kind == "task" and python_mapper:
                message = (
                    f"The task calls {what} makes are never awaited: the SDK still dispatches "
                    f"them, but {lost_outcome(ctx.model, plural=True)}; gather them: "
                    f"`await asyncio.gather(*{ctx.model.text(call.span)}(...))`"
                )
            elif call.kind == "task" and (fold := folding_call(ctx.model, call.node)):
                message = (
                    f"`{fold}` hands each {what} {awaitable} to the next call as its "
                    "accumulator: only the last is awaited, and every call after the first "
                    "receives the previous call's un-awaited coroutine as its argument, not "
                    "its result; fold in a loop: `acc = await ...`"
                )
            elif call.kind == "task":
                message = (
                    f"The result of {what} is never awaited: the SDK still dispatches the "
                    f"task, but {lost_outcome(ctx.model)}; `await` it or gather it"
                )
            elif lazy_here:
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
            if call.contained or call.returned_by is not None or python_mapper:
                pass  # `await` on a list (or a map object) is no fix, or the call is elsewhere
            elif call.kind == "helper" and plain_def(call.function):
                pass  # what a plain `def` hands back may be a generator or a list
            elif call.kind == "helper" and has_own_yield(call.function):
                pass  # an async generator is iterated, not awaited
            elif given_to_a_call(ctx.model, call.node):
                pass  # `asyncio.create_task(t(x))`, `step("k", t(x))`: the callee wants it
            elif sdk.awaitable_here(ctx.model, call.node):
                fix = Fix("Add `await`", (ctx.edit(insert, "await "),), applicability="unsafe")
            if (span.start_byte, span.end_byte) in sites:
                continue  # `HANDLERS[verb](x)`: one call, whichever entry it runs
            sites.add((span.start_byte, span.end_byte))
            ctx.report(span, message, fix=fix)


# Calls that fold a sequence with a function of two parameters.
FOLDS = frozenset({"functools.reduce"})


def folding_call(model: ScriptModel, node: Node) -> str | None:
    """How the file spells the fold (`functools.reduce`) whose function is the lambda
    this call is the whole value of (`lambda acc, nxt: merge(acc, nxt)`, `lambda acc,
    stage: stage(acc)`), else None."""
    if not model.node_index.by_type.get("lambda"):
        return None  # no lambda in the file: no parent lookups (each costs the depth)
    function = model.parent_of(node)
    while function is not None and function.type == "parenthesized_expression":
        function = model.parent_of(function)
    if function is None or function.type != "lambda":
        return None
    args = model.parent_of(function)
    fold = model.parent_of(args) if args is not None else None
    if fold is None or fold.type != "call" or model.semantic is None:
        return None
    callee = sdk.callee_of(fold)
    given = sdk.arguments_of(model, fold)[0]
    if callee is None or not given or given[0].id != function.id:
        return None
    return model.text(callee) if model.semantic.qualified_name(callee) in FOLDS else None


def given_to_a_call(model: ScriptModel, node: Node | None) -> bool:
    """Is this call an argument of another call? There `await` would hand that callee
    the result in place of the coroutine / promise it was written to take."""
    parent = model.parent_of(node) if node is not None else None
    return parent is not None and parent.type in ("argument_list", "arguments")


Node = tree_sitter.Node
# Calls that drop what their callback returns (`forEach`), or hand it back in an array
# (`map`) or read it as a test or an order; any other dropper (`.then`, an async
# `.reduce`, `pMap`) resolves with its async callback's promise, and is itself dropped
DROPPING_METHODS = (
    frozenset({"forEach", "map", "flatMap", "from", "filter", "sort", "toSorted", "sorted"})
    | frozenset({"min", "max"})
    | PREDICATE_METHODS
)
SCHEDULERS = ("create_task", "ensure_future", "run_coroutine_threadsafe")
DURABLE_PRIMITIVES = (sdk.Primitive.STEP, sdk.Primitive.SLEEP, sdk.Primitive.APPROVAL)
GATHERS = ("asyncio.gather",)
# the loop that iterates an async generator, per language
ASYNC_LOOPS = {"python": "async for", "typescript": "for await"}


def filled_list(model: ScriptModel, call: Node, wf: Node) -> tuple[Node, object] | None:
    """The name (node where it is bound, and its binding) of a list holding one
    coroutine of `call` per item: `jobs = [call for ...]`, or `jobs = []` filled by
    `jobs.append(call)` inside a loop of the workflow function; None otherwise."""
    semantic = model.semantic
    parent = call.parent
    if semantic is None or parent is None:
        return None
    if parent.type == "list_comprehension" and parent.child_by_field_name("body") == call:
        assign = parent.parent
        left = assign.child_by_field_name("left") if assign is not None else None
        if assign is None or assign.type != "assignment" or left is None:
            return None
        if left.type != "identifier" or assign.child_by_field_name("right") != parent:
            return None
        binding = semantic.resolve(left)
        return (left, binding) if binding is not None and not binding.rebound else None
    if parent.type != "argument_list" or parent.parent is None:
        return None
    adder = parent.parent
    callee = sdk.callee_of(adder)
    owner = callee.child_by_field_name("object") if callee is not None else None
    if owner is None or owner.type != "identifier" or not appended_to(model, owner):
        return None
    looped = False
    node = adder.parent
    while node is not None and node.id != wf.id:
        if node.type in ("for_statement", "while_statement"):
            looped = True
        node = node.parent
    binding = semantic.resolve(owner)
    value = binding.assigned_value if binding is not None else None
    if not looped or value is None or value.type != "list" or value.named_child_count:
        return None
    assert binding is not None
    return binding.node, binding


def coroutine_held(
    assignments: list[tuple[Node, DurableCall | None]], call: Node, wf: Node
) -> DurableCall | None:
    """The un-awaited task call a name holds where `call` reads it: its last assignment
    before `call`, or one after it in a loop holding both (the next iteration's value)."""
    before = [a for a in assignments if a[0].end_byte <= call.start_byte]
    if before and before[-1][1] is not None:
        return before[-1][1]
    loop = call.parent
    while loop is not None and loop.id != wf.id:
        if loop.type in ("for_statement", "while_statement"):
            for assign, held in assignments:
                if held is not None and call.start_byte < assign.end_byte <= loop.end_byte:
                    return held
        loop = loop.parent
    return None


LITERAL_NAMES = {"dictionary": "dict", "list": "list", "tuple": "tuple"}


def literal_container(call: Node) -> Node | None:
    """The dict / list / tuple literal `call` is an entry of (a dict's value), if any."""
    parent = call.parent
    if parent is not None and parent.type == "pair" and parent.child_by_field_name("value") == call:
        parent = parent.parent
        return parent if parent is not None and parent.type == "dictionary" else None
    return parent if parent is not None and parent.type in ("list", "tuple") else None


def literal_picks(model: ScriptModel, container: Node, wf: Node) -> list[str] | None:
    """What the body reads of a literal of task calls when it only indexes it, outside
    loops: `{...}[route]` itself, or each `name[...]` of a name bound once to it; None
    when it is used any other way (gathered, iterated, handed on) or indexed in a loop."""
    semantic = model.semantic
    parent = container.parent
    if parent is None or semantic is None:
        return None
    if parent.type == "subscript" and parent.child_by_field_name("value") == container:
        return None if in_loop(parent, wf) else [model.text(parent)]
    left = parent.child_by_field_name("left") if parent.type == "assignment" else None
    if (
        left is None
        or left.type != "identifier"
        or parent.child_by_field_name("right") != container
    ):
        return None
    binding = semantic.resolve(left)
    if binding is None or binding.rebound:
        return None
    picks: list[str] = []
    for node in later_reads(model, left, binding, wf):
        item = dict_lookup(node) or node.parent
        if (
            item is None
            or (item.type != "subscript" and item.type != "call")
            or (item.type == "subscript" and item.child_by_field_name("value") != node)
            or in_loop(item, wf)
        ):
            return None
        picks.append(model.text(item))
    return picks or None


def later_reads(model: ScriptModel, left: Node, binding: object, wf: Node) -> Iterator[Node]:
    """The reads, in the workflow function, of the name `left` binds (as `binding`),
    after that binding."""
    semantic = model.semantic
    assert semantic is not None
    name = model.text(left)
    for node in sdk.nodes_in(model, "identifier", wf):
        if node.start_byte <= left.start_byte or model.text(node) != name:
            continue
        if semantic.resolve(node) is binding:
            yield node


def dict_lookup(node: Node) -> Node | None:
    """`name.get(key)` / `name.get(key, default)`: the call, which picks one value."""
    attribute = node.parent
    call = attribute.parent if attribute is not None else None
    if (
        attribute is None
        or call is None
        or attribute.type != "attribute"
        or attribute.child_by_field_name("object") != node
        or call.type != "call"
        or call.child_by_field_name("function") != attribute
    ):
        return None
    name = attribute.child_by_field_name("attribute")
    return call if name is not None and name.text == b"get" else None


def in_loop(node: Node, wf: Node) -> bool:
    """`node` is inside a loop or a comprehension of the workflow function."""
    current = node.parent
    while current is not None and current.id != wf.id:
        if current.type in LOOP_TYPES:
            return True
        current = current.parent
    return False


LOOP_TYPES = frozenset(
    {
        "for_statement",
        "while_statement",
        "list_comprehension",
        "dictionary_comprehension",
        "set_comprehension",
        "generator_expression",
    }
)


def appended_to(model: ScriptModel, name: Node) -> bool:
    """`name` is the list of a `name.append(...)` call."""
    attr = name.parent
    if attr is None or attr.type != "attribute" or attr.child_by_field_name("object") != name:
        return False
    method = attr.child_by_field_name("attribute")
    outer = attr.parent
    return (
        method is not None
        and model.text(method) == "append"
        and outer is not None
        and outer.type == "call"
    )


def lost_outcome(model: ScriptModel, plural: bool = False, where: str = "this call") -> str:
    """What a task call that is dispatched but never awaited loses. wmill 1.850.0's
    `_next_step` is a plain function that raises a failed task's `TaskError` at the
    call itself when the body replays, so in Python only the result is lost;
    windmill-client 1.818.0 only logs "failed but was never awaited"."""
    if model.lang.coroutines_start_when_awaited:
        if plural:
            return (
                "their results are lost (a failure still raises `TaskError` at the call "
                "when the body replays)"
            )
        return (
            f"its result is lost (a failure still raises `TaskError` at {where} when "
            "the body replays)"
        )
    return (
        "their results and failures are lost" if plural else "its result and its failure are lost"
    )


def durable_call_ids(model: ScriptModel) -> set[int]:
    """Calls anywhere in the file that make an awaitable the SDK must see awaited: the
    file's tasks, `step` / `sleep` / `wait_for_approval`."""
    facts = sdk.facts(model)
    ids = {c.call.id for c in facts.calls if c.primitive in DURABLE_PRIMITIVES}
    ids.update(t.call.id for t in facts.task_calls)
    return ids


# Functions whose result is handed back as is (a Python `def`, a TypeScript
# `function`, `function*` or arrow) unless they are async.
FUNCTION_NODES = frozenset(
    {
        "function_definition",
        "function_declaration",
        "function_expression",
        "function",
        "generator_function_declaration",
        "generator_function",
        "arrow_function",
    }
)
YIELDS = ("yield", "yield_expression")
NESTED = frozenset({*FUNCTION_NODES, "lambda", "class_definition", "class_declaration", "class"})


def plain_def(function: Node | None) -> bool:
    """A function of the file that is not async: what it returns or yields (a
    coroutine, a promise, a generator of them) is handed back unawaited."""
    return (
        function is not None
        and (function.type in FUNCTION_NODES or function.type == "method_definition")
        and not any(c.type == "async" for c in function.children[:3])
    )


def has_own_yield(function: Node | None) -> bool:
    """A `yield` of the function itself (not of a function nested in it)."""
    body = function.child_by_field_name("body") if function is not None else None
    stack = [body] if body is not None else []
    while stack:
        node = stack.pop()
        if node.type in YIELDS:
            return True
        stack.extend(c for c in node.named_children if c.type not in NESTED)
    return False


def bare_statement(node: Node) -> bool:
    """The call is a statement of its own: nothing takes what it returns."""
    parent = node.parent
    return parent is not None and parent.type == "expression_statement"


def _own_for_each(model: ScriptModel, function: Node) -> list[Node]:
    """`xs.forEach(...)` calls of the function's own code (not of a nested function)."""
    body = sdk.function_body(function)
    if body is None:
        return []
    found = []
    for node in sdk.nodes_of_kinds(model, ("call_expression",), body):
        callee = node.child_by_field_name("function")
        prop = callee.child_by_field_name("property") if callee is not None else None
        if callee is None or callee.type != "member_expression" or prop is None:
            continue
        if model.text(prop) != "forEach":
            continue
        if next(sdk.enclosing_functions(model, node), None) == function:
            found.append(node)
    return found


def each_callback(call: Node) -> Node | None:
    """The async function literal given to `xs.forEach(...)`, if it is one."""
    args = call.child_by_field_name("arguments")
    first = next((a for a in args.named_children if a.type != "comment"), None) if args else None
    if first is None or first.type not in ("arrow_function", "function_expression", "function"):
        return None
    return first if any(c.type == "async" for c in first.children[:2]) else None


class _DurableReach:
    """Does a function's code (nested functions included) make a durable call, itself
    or through a function of the file it calls (by name, an object's member, a static
    method, `this.method(...)` of its own class), a few levels down?"""

    def __init__(self, model: ScriptModel, durable: set[int]) -> None:
        self.model = model
        self.durable = durable
        self.memo: dict[int, bool] = {}

    def holds(self, function: Node, depth: int = 0) -> bool:
        if function.id in self.memo:
            return self.memo[function.id]
        self.memo[function.id] = False  # recursion: judged without itself
        model = self.model
        found = False
        for call in sdk.nodes_of_kinds(model, ("call", "call_expression"), function):
            if call.id in self.durable:
                found = True
                break
            if depth >= 3:
                continue
            target = self.target(call)
            if target is not None and target != function and self.holds(target, depth + 1):
                found = True
                break
        self.memo[function.id] = found
        return found

    def target(self, call: Node) -> Node | None:
        model = self.model
        callee = call.child_by_field_name("function")
        if callee is None:
            return None
        if callee.type == "attribute":  # Python's member access
            return self.attribute_target(callee)
        kinds = sdk.function_types(model)
        if callee.type == "identifier":
            bound = sdk.unwrap(sdk.bound_value(model, model.text(callee), callee))
            return bound if bound is not None and bound.type in kinds else None
        if callee.type != "member_expression":
            return None
        owner = callee.child_by_field_name("object")
        prop = callee.child_by_field_name("property")
        if owner is not None and owner.type in ("this", "super") and prop is not None:
            cls = owner.parent
            while cls is not None and cls.type not in ("class_declaration", "class"):
                cls = cls.parent
            if cls is None:
                return None
            if owner.type == "super":
                # `super.finish()`: the method of the class this one extends
                cls = self.base_class(cls)
                if cls is None:
                    return None
            return self.class_method(cls, model.text(prop), 0)
        return sdk.member_function(model, callee)

    def class_method(self, cls: Node, name: str, depth: int) -> Node | None:
        """The method `name` of a TypeScript class of the file, or of the class of the
        file it extends (a few levels up)."""
        body = cls.child_by_field_name("body")
        for member in body.named_children if body is not None else ():
            key = member.child_by_field_name("name")
            if member.type == "method_definition" and key is not None:
                if self.model.text(key) == name:
                    return member
        base = self.base_class(cls) if depth < 4 else None
        return self.class_method(base, name, depth + 1) if base is not None else None

    def base_class(self, cls: Node) -> Node | None:
        """The class of the file `cls` extends (`class B extends A`: `A`), else None."""
        heritage = next((c for c in cls.named_children if c.type == "class_heritage"), None)
        extends = (
            next((c for c in heritage.named_children if c.type == "extends_clause"), None)
            if heritage is not None
            else None
        )
        value = None
        if extends is not None:
            value = extends.child_by_field_name("value") or next(
                (c for c in extends.named_children if c.type == "identifier"), None
            )
        if value is None or value.type != "identifier":
            return None
        bound = sdk.unwrap(sdk.bound_value(self.model, self.model.text(value), value))
        return bound if bound is not None and bound.type in ("class_declaration", "class") else None

    def is_async(self, function: Node) -> bool:
        return any(c.type == "async" for c in function.children[:3])

    def attribute_target(self, callee: Node) -> Node | None:
        """The `def` of the file a Python `x.m` callee names: `self.m` (the method of the
        enclosing class or of a base of the file), `super().m` (of a base), `obj.m` of an
        instance of a class of the file."""
        model = self.model
        owner = callee.child_by_field_name("object")
        name = callee.child_by_field_name("attribute")
        if owner is None or name is None:
            return None
        cls = callee.parent
        while cls is not None and cls.type != "class_definition":
            cls = cls.parent
        if owner.type == "identifier" and model.text(owner) == "self" and cls is not None:
            return sdk.class_method(model, cls, model.text(name), 0)
        if owner.type == "call" and model.text(owner).replace(" ", "") == "super()":
            bases = cls.child_by_field_name("superclasses") if cls is not None else None
            for base in bases.named_children if bases is not None else ():
                made = sdk.unwrap(sdk.bound_value(model, model.text(base), base))
                if made is not None and made.type == "class_definition":
                    found = sdk.class_method(model, made, model.text(name), 0)
                    if found is not None:
                        return found
            return None
        return sdk.instance_method(model, callee)


def dropped_async_calls(
    model: ScriptModel, function: Node, durable: set[int], reaches: _DurableReach
) -> list[tuple[Node, Node]]:
    """Calls of the function itself (not of a nested one), made as a bare statement, of
    an async function of the file that makes durable calls (`super.finish()`,
    `this.flush()`, `notifyAll(x)`; Python `super().finish()`, `self.flush()`): nobody
    waits for the promise, so the durable calls in it run unobserved (TypeScript), or
    the coroutine never runs (Python). With the function each one calls."""
    body = sdk.function_body(function)
    if body is None:
        return []
    found = []
    for node in sdk.nodes_of_kinds(model, ("call", "call_expression"), body):
        if node.id in durable:
            continue
        parent = node.parent
        if parent is None or parent.type != "expression_statement":
            continue
        if next(sdk.enclosing_functions(model, node), None) != function:
            continue
        target = reaches.target(node)
        if target is None or target == function or not reaches.is_async(target):
            continue
        if reaches.holds(target):
            found.append((node, target))
    return found


def dropped_in(model: ScriptModel, function: Node, durable: set[int]) -> list[Node]:
    """Durable calls of the function itself (not of a nested one) made as a bare
    statement: `notify(x)` with nothing taking its awaitable."""
    body = sdk.function_body(function)
    if body is None:
        return []
    found = []
    for node in sdk.nodes_of_kinds(model, ("call", "call_expression"), body):
        if node.id not in durable:
            continue
        parent = node.parent
        if parent is None or parent.type != "expression_statement":
            continue
        if next(sdk.enclosing_functions(model, node), None) == function:
            found.append(node)
    return found


# A container a method fills: `self.jobs.append(t(x))`, `self.jobs[k] = t(x)`.
FIELD_ADDING = frozenset({"append", "add", "appendleft", "insert"})


def stored_in_fields(
    model: ScriptModel, durable: set[int], keeping: FieldKeeping
) -> list[tuple[Node, str]]:
    """Durable calls of the file stored into a field of the instance, with the field:
    in Python as a container item of `self` (`self.jobs[trailer] = reserve(...)`,
    `self.pending.append(t(x))`); in TypeScript assigned to a field of `this`
    (`this.notice = post(...)`) or a class field's initializer (`warm = warmCache(...)`)."""
    found: list[tuple[Node, str]] = []
    if keeping.needle not in model.source.data:
        return found
    for node in sdk.nodes_of_kinds(model, (model.lang.call_node,), None):
        if node.id in durable:
            field = keeping.holder(model, node)
            if field is not None:
                found.append((node, field))
    return found


def self_field_holder(model: ScriptModel, call: Node) -> str | None:
    """`f` where `call` is stored by `self.f.append(call)` or `self.f[k] = call`."""
    parent = call.parent
    holder: Node | None = None
    if parent is not None and parent.type == "argument_list" and parent.parent is not None:
        callee = sdk.callee_of(parent.parent)
        if callee is not None and callee.type == "attribute" and len(parent.named_children) == 1:
            method = callee.child_by_field_name("attribute")
            if method is not None and model.text(method) in FIELD_ADDING:
                holder = callee.child_by_field_name("object")
    elif parent is not None and parent.type == "assignment":
        target = parent.child_by_field_name("left")
        if (
            target is not None
            and target.type == "subscript"
            and parent.child_by_field_name("right") == call
        ):
            holder = target.child_by_field_name("value")
    if holder is None or holder.type != "attribute":
        return None
    owner = holder.child_by_field_name("object")
    name = holder.child_by_field_name("attribute")
    if owner is None or name is None or model.text(owner) != "self":
        return None
    return model.text(name)


def this_field_holder(model: ScriptModel, call: Node) -> str | None:
    """`f` where a TypeScript `call` is stored by `this.f = call` or is the initializer
    of a class field `f = call`."""
    parent = model.parent_of(call)
    if parent is None:
        return None
    if parent.type == "public_field_definition" and parent.child_by_field_name("value") == call:
        name = parent.child_by_field_name("name")
        return model.text(name) if name is not None else None
    if parent.type != "assignment_expression" or parent.child_by_field_name("right") != call:
        return None
    target = parent.child_by_field_name("left")
    if target is None or target.type != "member_expression":
        return None
    owner = target.child_by_field_name("object")
    name = target.child_by_field_name("property")
    if owner is None or name is None or owner.type != "this":
        return None
    return model.text(name)


def initialized_by(model: ScriptModel, call: Node) -> Node | None:
    """The constructor of the class whose field initializer `call` is (field
    initializers run as it starts), if the class declares one."""
    field = model.parent_of(call)
    body = model.parent_of(field) if field is not None else None
    if body is None or body.type != "class_body":
        return None
    for member in body.named_children:
        name = member.child_by_field_name("name") if member.type == "method_definition" else None
        if name is not None and model.text(name) == "constructor":
            return member
    return None


def field_never_read(model: ScriptModel, field: str) -> bool:
    """The name `field` appears in the TypeScript file only where a class declares it
    (`readonly notice: ...`, `warm = ...`) or a plain assignment stores it (`this.notice
    = v`), and in comments or strings: no `.field`, `{ field }` or `x["field"]` reads it."""
    root = model.tree.root_node
    pattern = rb"(?<![\w$#])" + re.escape(field.encode()) + rb"(?![\w$])"
    for match in re.finditer(pattern, model.source.data):
        node = root.descendant_for_byte_range(match.start(), match.end())
        if node is None or node.type in ("comment", "string_fragment", "template_string"):
            continue
        holder = node.parent
        if holder is None:
            return False
        if holder.type == "public_field_definition" and holder.child_by_field_name("name") == node:
            continue
        if holder.type == "member_expression" and holder.child_by_field_name("property") == node:
            store = holder.parent
            if (
                store is not None
                and store.type == "assignment_expression"
                and store.child_by_field_name("left") == holder
            ):
                continue
        return False
    return True


# Calls that only look at a container: its size, or its keys
LOOKING_CALLS = frozenset({"len", "sorted", "list", "set", "tuple"})


def field_only_inspected(model: ScriptModel, field: str) -> bool:
    """Every `.field` of the file is added to (`x.field.append(v)`, `x.field[k] = v`),
    counted (`len(x.field)`), or its keys listed (`sorted(x.field)` of a dict filled by
    key, `x.field.keys()`)."""
    root = model.tree.root_node
    data = model.source.data
    keyed = False
    reads: list[Node] = []
    for match in re.finditer(rb"\.\s*(" + re.escape(field.encode()) + rb")\b", data):
        name = root.descendant_for_byte_range(match.start(1), match.end(1))
        holder = name.parent if name is not None else None
        if (
            holder is None
            or holder.type != "attribute"
            or holder.child_by_field_name("attribute") != name
        ):
            continue  # in a string or a comment
        parent = holder.parent
        if parent is None:
            return False
        if parent.type == "subscript" and parent.child_by_field_name("value") == holder:
            store = parent.parent
            if (
                store is not None
                and store.type == "assignment"
                and (store.child_by_field_name("left") == parent)
            ):
                keyed = True
                continue  # `x.field[k] = v`
            return False  # `x.field[k]` read: an item handed on
        if parent.type == "attribute" and parent.child_by_field_name("object") == holder:
            method = parent.child_by_field_name("attribute")
            if method is not None and model.text(method) in (*FIELD_ADDING, "keys"):
                continue  # `x.field.append(v)`, `x.field.keys()`
            return False  # `x.field.values()`, ...: handed on
        if parent.type == "assignment" and parent.child_by_field_name("left") == holder:
            continue  # `self.field = {}`
        reads.append(holder)
    for holder in reads:
        args = holder.parent
        call = args.parent if args is not None and args.type == "argument_list" else None
        callee = sdk.callee_of(call) if call is not None else None
        if (
            args is None
            or callee is None
            or callee.type != "identifier"
            or len(args.named_children) != 1
        ):
            return False
        looked = model.text(callee)
        if looked not in LOOKING_CALLS or (looked != "len" and not keyed):
            return False  # `list(x.pending)` of a list holds the awaitables still
        if looked != "len" and call is not None and call.parent is not None:
            if call.parent.type in ("list_splat", "argument_list") and looked != "sorted":
                return False
    return True


def own_returned_calls(model: ScriptModel, function: Node, body: Node) -> Iterator[Node]:
    """The calls the function's own `return`s give (`return fn(x)`, `return (t(x))`),
    not those of nested functions, and not awaited ones."""
    for ret in sdk.nodes_in(model, "return_statement", body):
        if next(sdk.enclosing_functions(model, ret), None) != function:
            continue
        value = next((c for c in ret.named_children if c.type != "comment"), None)
        while value is not None and value.type == "parenthesized_expression":
            value = value.named_children[0] if value.named_children else None
        if value is not None and value.type == "call":
            yield value


def returned_parameter_call(model: ScriptModel, function: Node) -> Node | None:
    """A `return` of the function itself whose value is a call of one of its
    parameters, not awaited (`return fn(*args)`)."""
    body = sdk.function_body(function)
    semantic = model.semantic
    if body is None or semantic is None:
        return None
    for value in own_returned_calls(model, function, body):
        callee = sdk.callee_of(value)
        binding = semantic.resolve(callee) if callee is not None else None
        if binding is not None and binding.kind == BindingKind.PARAMETER:
            return value
    return None


def returned_unawaited(model: ScriptModel, function: Node, durable: set[int]) -> Node | None:
    """A `return` of the function itself (not of a nested one) whose value is a durable
    call or a gather, not awaited."""
    body = sdk.function_body(function)
    if body is None:
        return None
    for value in own_returned_calls(model, function, body):
        callee = sdk.callee_of(value)
        qualified = (
            model.semantic.qualified_name(callee)
            if callee is not None and model.semantic is not None
            else None
        )
        if value.id in durable or qualified in GATHERS:
            return value
    return None


def scheduled_on_the_loop(model: ScriptModel, node: Node) -> bool:
    """`asyncio.create_task(x)` / `asyncio.ensure_future(x)`: the coroutine is wrapped in
    a loop task, which starts on its own."""
    args = model.parent_of(node)
    call = model.parent_of(args) if args is not None else None
    if args is None or call is None or args.type != "argument_list" or call.type != "call":
        return False
    callee = call.child_by_field_name("function")
    return callee is not None and model.text(callee).rsplit(".", 1)[-1] in SCHEDULERS


def spread_iterable(model: ScriptModel, node: Node) -> bool:
    """`node` is the operand of a spread (`[...batch]`), or `Array.from(batch)`: the
    durable calls are those its `[Symbol.iterator]` yields, not a call of it."""
    parent = model.parent_of(node)
    if parent is not None and parent.type == "spread_element":
        return True
    callee = node.child_by_field_name("function") if node.type == "call_expression" else None
    return callee is not None and model.text(callee) == "Array.from"


def python_field_message(model: ScriptModel, inner: str, row: int, field: str, task: bool) -> str:
    lost = (
        f"the SDK still dispatches the calls, but {lost_outcome(model, plural=True)}"
        if task
        else "the coroutines never run"
    )
    return (
        f"This call reaches `{inner}(...)` kept in `self.{field}` without `await` "
        f"(line {row}), and nothing in the file awaits `.{field}` (it is only "
        f"added to, counted or listed by key): {lost}; gather them "
        f"(`await asyncio.gather(*obj.{field}...)`)"
    )


def typescript_field_message(
    model: ScriptModel, inner: str, row: int, field: str, task: bool
) -> str:
    return (
        f"This call reaches `{inner}(...)` kept in `this.{field}` without "
        f"`await` (line {row}), and nothing in the file reads `.{field}`: the SDK "
        f"still dispatches the task, but {lost_outcome(model)}; `await` it, or "
        "await the field where the result is needed"
    )


@dataclass(frozen=True)
class FieldKeeping:
    """How a language keeps durable calls in a field of the instance, and when such a
    field is lost: Python fills containers of `self` (unawaited coroutines never run),
    TypeScript assigns promises to fields of `this` (dispatched, never read)."""

    holder: Callable[[ScriptModel, Node], str | None]
    needle: bytes  # text every file that can hold one contains
    initializers_run_when_built: bool  # a class field's initializer runs at `new`
    unread: Callable[[ScriptModel, str], bool]
    message: Callable[[ScriptModel, str, int, str, bool], str]


FIELD_KEEPING: dict[LanguageKind, FieldKeeping] = {
    LanguageKind.PYTHON: FieldKeeping(
        self_field_holder, b"self.", False, field_only_inspected, python_field_message
    ),
    LanguageKind.TYPESCRIPT: FieldKeeping(
        this_field_holder, b"", True, field_never_read, typescript_field_message
    ),
}
