"""WAC108: a timer around a script or flow run as a task, or an approval, which never fires."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from wac_lint.languages import LanguageKind
from wac_lint.model import ScriptModel, Span
from wac_lint.rule import WARNING, Rule, RuleContext, code_span, py, ts
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._race_timers import is_timer, races_against_timer, ts_parameter_names
from wac_lint.rules._sdk_calls import Node, Primitive, Region

# Python: calls that bound an awaitable with a timer, and the position / keyword of it.
# (`asyncio.wait(..., timeout=...)` over durable calls is WAC201's: it keeps the
# suspension inside the finished tasks, whatever the timeout)
PY_BOUNDING_CALLS = {"asyncio.wait_for": 1}
# Python: context managers that cancel what their block awaits after a delay.
PY_TIMEOUT_BLOCKS = frozenset(
    {
        "asyncio.timeout",
        "asyncio.timeout_at",
        "async_timeout.timeout",
        "async_timeout.timeout_at",
        "anyio.fail_after",
        "anyio.move_on_after",
        "trio.fail_after",
        "trio.move_on_after",
    }
)
WITH_NODES = ("with_statement",)


@dataclass(frozen=True)
class Bounded:
    """A durable call a timer is meant to bound."""

    call: Node
    primitive: Primitive  # TASK_SCRIPT, TASK_FLOW or APPROVAL


class TimerAroundDurableCall(Rule):
    code = "WAC108"
    name = "timer-around-durable-call"
    severity = WARNING
    summary = (
        "A timeout written around a `task_script` / `task_flow` call or an approval never "
        "fires (use the SDK's `timeout`)"
    )
    message = "Give the script, the flow or the approval the SDK's `timeout` option"
    docs = """
## What it does
Finds timers the workflow body puts around a `task_script` / `task_flow` call (also
`taskScript` / `taskFlow`) or an approval, to bound how long it waits for it:

- `asyncio.wait_for(score(doc_id=d), timeout=30)` over such a call (also over an
  `asyncio.gather` of them), and the same through a helper of the file that hands its
  parameter to `asyncio.wait_for` (`asyncio.wait(..., timeout=30)` is WAC201's: it
  keeps the suspension inside the finished tasks);
- a block under `async with asyncio.timeout(30):` (also `timeout_at`, `async_timeout`,
  anyio's and trio's `fail_after` / `move_on_after`) that awaits one;
- (TypeScript) `Promise.race([score({ d }), timer])` where the timer is a promise that
  `setTimeout` (or `Bun.sleep`, `scheduler.wait`, `node:timers/promises`' `setTimeout`
  under any name: `delay(ms, v)`) settles, or the `abort` event of an
  `AbortSignal.timeout(ms)` settles (`new Promise((_, no) =>
  signal.addEventListener("abort", ...))`), built there or by a function
  of the file, and the same through a helper of the file (`withTimeout(score({ d }),
  30_000)` whose body races its parameter against such a timer).

What the SDKs do (read in `wmill` 1.850.0 `WorkflowCtx._next_step` /
`_wait_for_approval` and `windmill-client` 1.818.0 `_nextStep` / `_waitForApproval`):
such a call either hands back the result the checkpoint holds, at once, or raises the
suspension that ends the round and dispatches the script or flow (or waits for the
approval). So in the round that dispatches it nothing waits for it, and in the round
that replays the body after it finished the result is there at once: the timer never
wins, and the workflow waits however long the script runs.

Left alone: tasks of the file (`@task()`, `task(fn)`): their job replays this body up to
the call and runs the task's function there (`_execute_directly`), inside the timer,
which does bound it (a `TimeoutError` there fails the task; WAC204 reports handlers that
expect it in the workflow); inline steps (`step(...)`), whose function runs in the
round; races of two durable calls (WAC105).

Severity: **warning**: the script runs, but the bound it was written to have does not
exist.

## Why is this bad
A script that hangs holds the workflow until the script's own timeout (or the
worker's). The SDK's `timeout` option (`task_script(path, timeout=600)`,
`taskScript(path, { timeout: 600 })`, `wait_for_approval(timeout=3600)`) is the bound
the server enforces.

## Example
```python
score = task_script("f/ml/score")

@workflow
async def main(doc: str):
    return await asyncio.wait_for(score(doc=doc), timeout=30)
```

## Use instead
```python
score = task_script("f/ml/score", timeout=30)
```
"""
    VALID = [
        py(
            "import asyncio\nfrom wmill import step, task, task_script, workflow\n\n"
            'score = task_script("f/ml/score", timeout=30)\n\n'
            "@task()\nasync def charge(o: str) -> str:\n    return o\n\n"
            "async def fetch(o: str) -> str:\n    return o\n\n"
            "@workflow\nasync def main(o: str):\n"
            '    quote = await step("quote", lambda: asyncio.wait_for(fetch(o), timeout=5))\n'
            "    paid = await asyncio.wait_for(charge(quote), timeout=60)\n"
            "    return await score(o=paid)\n"
        ),
        ts(
            'import { taskScript, workflow } from "windmill-client";\n'
            'const score = taskScript("f/ml/score", { timeout: 30 });\n'
            "export const main = workflow(async (o: string) => await score({ o }));\n"
        ),
    ]
    INVALID = [
        py(
            "import asyncio\nfrom wmill import task_script, workflow\n\n"
            'score = task_script("f/ml/score")\n\n'
            "@workflow\nasync def main(o: str):\n"
            "    return await «asyncio.wait_for(score(o=o), timeout=30)»\n"
        ),
        ts(
            'import { taskScript, workflow } from "windmill-client";\n'
            'const score = taskScript("f/ml/score");\n'
            "const timer = (ms: number) => new Promise((r) => setTimeout(r, ms));\n"
            "export const main = workflow(async (o: string) => {\n"
            "  return await «Promise.race([score({ o }), timer(30_000)])»;\n});\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        model = ctx.model
        facts = sdk.facts(model)
        if facts.workflow_function is None:
            return
        bounded = durable_bounded(model)
        if not bounded:
            return
        bound = BOUND_BY_CALLS[model.language]
        for call in facts.call_nodes:
            if sdk.region_of(model, call) is not Region.WORKFLOW:
                continue
            timer, inside = bound(model, call, bounded)
            if timer is not None and inside is not None and not timeout_handled(model, call):
                ctx.report(Span.of(call), message(model, timer, inside))
        # Python's `with` blocks (TypeScript has no context managers)
        for statement in sdk.nodes_of_kinds(model, WITH_NODES):
            if sdk.region_of(model, statement) is not Region.WORKFLOW:
                continue
            found = timeout_block(model, statement, bounded)
            if found is not None and not timeout_handled(model, statement):
                item, inside = found
                shown = f"`{code_span(model.text(item))[1:-1]}`"
                ctx.report(Span.of(item), message(model, shown, inside))


def durable_bounded(model: ScriptModel) -> dict[int, Bounded]:
    """The calls a timer cannot bound, by node id: scripts and flows run as tasks, and
    approvals. Not a task of the file: its job replays this body up to the call and
    runs the task's function there (`_execute_directly`), inside the timer, which then
    does bound it."""
    facts = sdk.facts(model)
    found = {
        t.call.id: Bounded(t.call, t.kind)
        for t in facts.task_calls
        if t.kind in (Primitive.TASK_SCRIPT, Primitive.TASK_FLOW)
    }
    for c in facts.calls:
        if c.primitive is Primitive.APPROVAL:
            found[c.call.id] = Bounded(c.call, c.primitive)
    return found


def message(model: ScriptModel, timer: str, inside: Bounded) -> str:
    what = code_span(model.text(inside.call))
    approval = inside.primitive is Primitive.APPROVAL
    waiting = (
        "an approval is pending"
        if approval
        else "the flow runs"
        if inside.primitive is Primitive.TASK_FLOW
        else "the script runs"
    )
    return (
        f"{timer} never times out {what}: while {waiting} the workflow is suspended, not "
        "waiting, and the replay after it finds its result at once, so the timer never "
        f"fires; {advice(model, inside.primitive)}"
    )


def advice(model: ScriptModel, primitive: Primitive) -> str:
    """The SDK's own bound for what the timer was meant to bound."""
    option = SDK_TIMEOUTS[model.language][primitive]
    return f"the SDK's `timeout` option is the bound that applies (`{option}`)"


# How each SDK spells the timeout of what a timer cannot bound.
SDK_TIMEOUTS: dict[LanguageKind, dict[Primitive, str]] = {
    LanguageKind.PYTHON: {
        Primitive.APPROVAL: "wait_for_approval(timeout=...)",
        Primitive.TASK_SCRIPT: "task_script(path, timeout=...)",
        Primitive.TASK_FLOW: "task_flow(path, timeout=...)",
    },
    LanguageKind.TYPESCRIPT: {
        Primitive.APPROVAL: "waitForApproval({ timeout })",
        Primitive.TASK_SCRIPT: "taskScript(path, { timeout })",
        Primitive.TASK_FLOW: "taskFlow(path, { timeout })",
    },
}


def inner_bounded(
    model: ScriptModel, node: Node | None, bounded: dict[int, Bounded], fn: Node | None
) -> Bounded | None:
    """The first task / approval call `node` holds in the same function as `node`
    (not in a lambda it builds), when it holds no inline step: a step's function runs
    in the round, so a timer does bound it."""
    if node is None:
        return None
    calls = [c for c in sdk.call_nodes(model, node) if enclosing(model, c) == fn]
    steps = {c.call.id for c in sdk.facts(model).calls if c.primitive is Primitive.STEP}
    if any(c.id in steps for c in calls):
        return None
    return next((bounded[c.id] for c in calls if c.id in bounded), None)


def enclosing(model: ScriptModel, node: Node) -> Node | None:
    return next(iter(sdk.enclosing_functions(model, node)), None)


# ---------------------------------------------------------------------------
# Python


def python_bound(
    model: ScriptModel, call: Node, bounded: dict[int, Bounded]
) -> tuple[str | None, Bounded | None]:
    """`asyncio.wait_for(t(x), timeout=30)` (or through a helper of the file that hands
    its parameter to one): the timer's name and the call it bounds."""
    semantic = model.semantic
    callee = sdk.callee_of(call)
    if callee is None or semantic is None:
        return None, None
    name = semantic.qualified_name(callee) or ""
    if name in PY_BOUNDING_CALLS:
        fn = enclosing(model, call)
        if not timed(model, call, PY_BOUNDING_CALLS[name]):
            return None, None
        args, keywords, _ = sdk.arguments_of(model, call)
        first = args[0] if args else next((k.value for k in keywords if k.name == "fut"), None)
        return f"`{name}`", inner_bounded(model, first, bounded, fn)
    args, _, _ = sdk.arguments_of(model, call)
    if not any(c.id in bounded for a in args for c in sdk.call_nodes(model, a)):
        return None, None
    helper = sdk.function_named(model, callee)
    if helper is None or helper.type != "function_definition":
        return None, None
    params = parameter_names(model, helper)
    fn = enclosing(model, call)
    for position, arg in enumerate(args[: len(params)]):
        inside = inner_bounded(model, arg, bounded, fn)
        if inside is None:
            continue
        timer = helper_timer(model, helper, params[position])
        if timer is not None:
            return f"`{timer}` (in `{model.text(callee)}`)", inside
    return None, None


def timeout_handled(model: ScriptModel, node: Node) -> bool:
    """`node` sits in a `try` with a handler for `TimeoutError`: WAC204 reports that
    handler, for the same reason, and one finding says it."""
    parent = model.parent_of(node)
    while parent is not None and parent.type not in sdk.function_types(model):
        if parent.type == "try_statement":
            for clause in parent.named_children:
                caught = clause.named_children[0] if clause.named_children else None
                if clause.type == "except_clause" and caught is not None:
                    if "TimeoutError" in model.text(caught):
                        return True
        parent = model.parent_of(parent)
    return False


def timed(model: ScriptModel, call: Node, position: int | None) -> bool:
    """The call is given a timeout that is not `None`."""
    args, keywords, _ = sdk.arguments_of(model, call)
    value = next((k.value for k in keywords if k.name == "timeout"), None)
    if value is None and position is not None and len(args) > position:
        value = args[position]
    value = sdk.unwrap(value)
    return value is not None and value.type != "none"


def parameter_names(model: ScriptModel, fn: Node) -> list[str]:
    params = fn.child_by_field_name("parameters")
    names: list[str] = []
    for p in params.named_children if params is not None else []:
        name = (
            p
            if p.type == "identifier"
            else p.child_by_field_name("name")
            or (p.named_children[0] if p.named_children else None)
        )
        if name is None or name.type != "identifier":
            break
        names.append(model.text(name))
    return names


def helper_timer(model: ScriptModel, helper: Node, param: str) -> str | None:
    """`asyncio.wait_for(param, ...)` with a timeout in the helper: the timer's name."""
    semantic = model.semantic
    if semantic is None:
        return None
    for inner in sdk.call_nodes(model, helper):
        callee = sdk.callee_of(inner)
        name = semantic.qualified_name(callee) if callee is not None else None
        if name != "asyncio.wait_for" or not timed(model, inner, 1):
            continue
        args, _, _ = sdk.arguments_of(model, inner)
        first = sdk.unwrap(args[0]) if args else None
        if first is not None and first.type == "identifier" and model.text(first) == param:
            return name
    return None


def timeout_block(
    model: ScriptModel, statement: Node, bounded: dict[int, Bounded]
) -> tuple[Node, Bounded] | None:
    """`async with asyncio.timeout(30): ... await t(x)`: the `with` item, and the call."""
    semantic = model.semantic
    if semantic is None:
        return None
    fn = enclosing(model, statement)
    for item in sdk.with_context_calls(statement):
        callee = sdk.callee_of(item)
        name = semantic.qualified_name(callee) if callee is not None else None
        if name not in PY_TIMEOUT_BLOCKS or not timed(model, item, 0):
            continue
        inside = inner_bounded(model, statement.child_by_field_name("body"), bounded, fn)
        if inside is not None:
            return item, inside
    return None


# ---------------------------------------------------------------------------
# TypeScript


def typescript_bound(
    model: ScriptModel, call: Node, bounded: dict[int, Bounded]
) -> tuple[str | None, Bounded | None]:
    """`Promise.race([t(x), timer])`, or a helper of the file racing its parameter
    against a timer: the race's name and the call it bounds."""
    callee = sdk.callee_of(call)
    if callee is None:
        return None, None
    name = model.text(callee)
    if name == "Promise.race":
        args, _, _ = sdk.arguments_of(model, call)
        entrants = sdk.unwrap(args[0]) if args else None
        if entrants is None or entrants.type != "array":
            return None, None
        members = [m for m in entrants.named_children if m.type != "comment"]
        durable = [
            bounded[m.id] for m in map(sdk.unwrap, members) if m is not None and m.id in bounded
        ]
        others = [m for m in members if (sdk.unwrap(m) or m).id not in bounded]
        if len(durable) != 1 or not others or not all(is_timer(model, m) for m in others):
            return None, None
        if inner_bounded(model, entrants, bounded, enclosing(model, call)) is None:
            return None, None  # a step among them
        return f"`{name}`", durable[0]
    args, _, _ = sdk.arguments_of(model, call)
    if not any((sdk.unwrap(a) or a).id in bounded for a in args):
        return None, None
    helper = sdk.function_named(model, callee)
    if helper is None:
        return None, None
    params = ts_parameter_names(model, helper)
    for position, arg in enumerate(args[: len(params)]):
        member = sdk.unwrap(arg)
        if member is None or member.id not in bounded:
            continue
        if races_against_timer(model, helper, params[position]):
            return f"`Promise.race` (in `{name}`)", bounded[member.id]
    return None, None


BOUND_BY_CALLS: dict[
    LanguageKind,
    Callable[[ScriptModel, Node, dict[int, Bounded]], tuple[str | None, Bounded | None]],
] = {
    LanguageKind.PYTHON: python_bound,
    LanguageKind.TYPESCRIPT: typescript_bound,
}
