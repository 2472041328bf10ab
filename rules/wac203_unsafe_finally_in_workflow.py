"""WAC203: a `finally` that drops the suspension or does durable work while it unwinds."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, TypeVar

from wac_lint.languages import LanguageKind
from wac_lint.model import AWAITED, DurableCall, FinallyBlock, ScriptModel, Span
from wac_lint.rule import Rule, RuleContext, code_span, py, ts
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._sdk_calls import Node

# Whether the SDK records a suspension it raised and rethrows it at the next durable
# call (windmill-client 1.818.0: `_raiseSuspend` / `_rethrowSwallowed`; wmill 1.850.0
# keeps no such record).
PARKS_SUSPENSIONS = {LanguageKind.PYTHON: False, LanguageKind.TYPESCRIPT: True}


class _Placed(Protocol):
    @property
    def node(self) -> Node: ...


C = TypeVar("C", bound=_Placed)


def is_raise(text: str) -> bool:
    """An exit of a `finally` that is a Python `raise` (the front end lists it with the
    `return` / `break` / `continue` that leave it)."""
    return text == "raise" or text.startswith(("raise ", "raise("))


class UnsafeFinallyInWorkflow(Rule):
    code = "WAC203"
    name = "unsafe-finally-in-workflow"
    summary = "A `finally` around durable calls returns (dropping the suspension) or calls the SDK"
    message = "Keep `finally` blocks free of `return`/`break`/`continue` and durable calls"
    docs = """
## What it does
Looks at `finally` blocks in the workflow body whose `try` holds durable calls
(or anything awaited) and reports:
- a `return`, `break` or `continue` that leaves the `finally`, and (Python) a `raise`
  that does (not one an inner `try` of the `finally` may catch, nor one in its
  handlers): on the way out of a suspension its exception replaces the SDK's;
- a task, step, sleep or approval called inside the `finally`, or an async
  function of the file awaited there that makes one (`await release_all(x)`);
- (Python) a `with` / `async with` around durable calls whose context manager is a
  `@contextmanager` / `@asynccontextmanager` generator of the file making a durable
  call in the `finally` around its `yield`, or an instance of a class of the file
  whose `__exit__` / `__aexit__` makes one (reported at the `with` item);
- (TypeScript) `await using x = new Lease(...)` / `using x = ...` with durable calls
  after it in its block, where `Lease` is a class of the file whose
  `[Symbol.asyncDispose]` / `[Symbol.dispose]` makes a durable call (reported at the
  declaration): see below.
- (Python) a task of the file registered on a `contextlib.AsyncExitStack` of the
  `with` (`stack.push_async_callback(release, name)`, also through
  `functools.partial(release, name)` or `lambda: release(name)`) before a durable call
  of its block: the stack awaits it as the block unwinds, the suspension included
  (reported at the registration).

The same holds for a `finally` of a helper the workflow body runs, of the file or of
another module of the workspace it imports (`await audited("refund", issue_refund,
x)` where `audited` awaits the function it is handed in a `try` and calls
`record_audit(...)`, a task, in its `finally`), when the code in its `try` can suspend
(a durable call of its own, or one the body hands it): reported at the body's call of
the helper, naming the helper and the line of the `finally`'s exit or call.

## Why is this bad
Both SDKs suspend a workflow by raising (`_StepSuspend`, a `BaseException`, in
Python; `StepSuspend`, an `Error`, in TypeScript), so a `finally` also runs
every time the workflow suspends inside its `try`, not only at the end. A
`return`, `break` or `continue` there discards the suspension in flight: the
round ends as if the task had finished (Python 3.14 warns about this, PEP 765).
In Python a durable call there runs on the way out of every suspension: a step
in a `finally` executes and is checkpointed before the work it cleans up after
has even been dispatched, and a sleep, approval or task raises a suspension of
its own in place of the pending one (wmill 1.850.0 keeps no record of a
suspension in flight). In TypeScript it does not: windmill-client 1.818.0 parks
every suspension it raises (`_raiseSuspend` sets `_pendingSuspend`) and each
durable call begins by rethrowing a parked one (`_rethrowSwallowed` in
`_nextStep`, `_runInlineStep`, `_sleep`, `_waitForApproval`), so while the
workflow suspends a durable call in a `finally` only passes the suspension on, and
on the round where the `try` finishes (or fails) it runs as written: it is not
reported. A `return` there still is: the SDK leaves the suspension it dropped to
the worker's runner (`_takePendingSuspend`), which is not in the SDK to read. So is
a durable call in the disposer of a `using` declaration: disposing on the way out of
a suspension, that call rethrows the parked suspension, and `using` does not let the
disposer's error replace the one unwinding as a `finally` does: it throws both
together as a `SuppressedError` (ECMAScript explicit resource management), which is
not the SDK's `StepSuspend`.

## Example
```python
try:
    report = await build_report(day)
finally:
    await step("release_lock", lambda: release(day))
```

## Use instead
```python
try:
    report = await build_report(day)
except TaskError:
    await step("release_lock_after_failure", lambda: release(day))
    raise
await step("release_lock", lambda: release(day))
```
"""
    VALID = [
        py(
            "from wmill import step, task, workflow\n\n@task()\nasync def build(x: str):\n"
            "    return x\n\n@workflow\nasync def main(x: str):\n    try:\n"
            "        return await build(x)\n    finally:\n        print('done')\n"
        ),
        py(
            "from wmill import workflow\n\n@workflow\nasync def main(xs: list[str]):\n"
            "    try:\n        n = len(xs)\n    finally:\n        return 0\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const build = task(async (x: string) => x);\n"
            "export const main = workflow(async (xs: string[]) => {\n"
            "  try {\n    return await build(xs[0]);\n  } finally {\n"
            "    for (const x of xs) { if (!x) break; }\n  }\n});\n"
        ),
        ts(
            'import { sleep, task, workflow } from "windmill-client";\n'
            "const build = task(async (x: string) => x);\n"
            "export const main = workflow(async (x: string) => {\n"
            "  try {\n    return await build(x);\n  } finally {\n    await sleep(5);\n  }\n});\n"
        ),
    ]
    INVALID = [
        py(
            "from wmill import task, workflow\n\n@task()\nasync def build(x: str):\n"
            "    return x\n\n@workflow\nasync def main(x: str):\n    try:\n"
            "        return await build(x)\n    finally:\n        «return None»\n"
        ),
        py(
            "from wmill import step, task, workflow\n\n@task()\nasync def build(x: str):\n"
            "    return x\n\n@workflow\nasync def main(x: str):\n    try:\n"
            "        return await build(x)\n    finally:\n"
            '        await «step»("release", lambda: x)\n'
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const build = task(async (x: string) => x);\n"
            "export const main = workflow(async (x: string) => {\n"
            "  try {\n    return await build(x);\n  } finally {\n    «return null;»\n  }\n});\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        if not PARKS_SUSPENSIONS[ctx.model.language]:
            self.context_managers(ctx)
        else:
            self.using_disposers(ctx)
        for block in ctx.model.finally_blocks:
            if not block.protects_durable:
                continue
            if block.chain:
                self.helper_finally(ctx, block)
                continue
            for exit_span in block.exits:
                text = ctx.model.code(exit_span)
                if is_raise(text):
                    ctx.report(
                        exit_span,
                        f"{code_span(text)} in a `finally` also runs while the workflow "
                        "suspends inside the `try`: its exception replaces the suspension, "
                        "so the round fails instead of dispatching the pending durable call; "
                        "raise it after the `try` (or in an `except`)",
                    )
                    continue
                ctx.report(
                    exit_span,
                    f"{code_span(text)} leaves a `finally` that also runs "
                    "while the workflow suspends: it discards the suspension and the round "
                    "ends as if the `try` had finished; move it out of the `finally`",
                )
            for call in self.durable_calls_in(ctx, block):
                if call.kind == "helper":
                    # `finally: await release_all(x)` of an async helper of the file that
                    # awaits a task, a step, a sleep or an approval
                    ctx.report(
                        call.span,
                        f"`{ctx.model.text(call.span)}(...)` in a `finally` runs durable calls "
                        "(a function of this file that awaits them) each time the workflow "
                        "suspends inside the `try`, before the work there is done, and they "
                        "raise a suspension of their own in place of the pending one; call it "
                        "after the `try` (and in an `except` that re-raises)",
                    )
                    continue
                ctx.report(
                    call.span,
                    f"`{ctx.model.text(call.span)}(...)` in a `finally` runs each time the "
                    "workflow suspends inside the `try`, before the work there is done; "
                    "call it after the `try` (and in an `except` that re-raises)",
                )

    def helper_finally(self, ctx: RuleContext, block: FinallyBlock) -> None:
        """A `finally` of a helper the workflow body runs (of the file, or of another
        module of the workspace), around code that can raise the suspension (a durable
        call the body hands it, or its own): reported at the body's call of the helper,
        once per `finally`."""
        model = ctx.model
        helper = " → ".join(block.chain)
        if block.elsewhere is not None:
            shown = block.elsewhere
            if ctx.workspace is not None:
                shown = ctx.workspace.shown(Path(block.elsewhere))
            exits = list(block.elsewhere_exits)
            calls = list(block.elsewhere_calls) if not PARKS_SUSPENSIONS[model.language] else []
        else:
            shown = None
            exits = [(model.text(s).split("\n", 1)[0], s.start_row + 1) for s in block.exits]
            calls = []
            if not PARKS_SUSPENSIONS[model.language]:
                calls = [
                    (model.text(sdk.callee_of(c) or c), c.start_point[0] + 1) for c in block.calls
                ]
        where = f"line {{}} of {shown}" if shown else "line {}"
        for text, line in exits[:1]:
            if is_raise(text):
                ctx.report(
                    block.report_span,
                    f"`{helper}` (which the workflow calls) has {code_span(text)} in a "
                    f"`finally` ({where.format(line)}) while the code in its `try` can "
                    "suspend the workflow: its exception replaces the suspension, so the "
                    "round fails instead of dispatching the pending durable call; raise it "
                    "after the `try` (or in an `except`)",
                )
                continue
            ctx.report(
                block.report_span,
                f"`{helper}` (which the workflow calls) leaves a `finally` with "
                f"{code_span(text)} ({where.format(line)}) while the code in its `try` can "
                "suspend the workflow: it discards the suspension and the round ends as if "
                "the `try` had finished; move it out of the `finally`",
            )
        for text, line in calls[:1]:
            ctx.report(
                block.report_span,
                f"`{helper}` (which the workflow calls) calls `{text}(...)` in a `finally` "
                f"({where.format(line)}) around code that can suspend the workflow: it runs "
                "each time the workflow suspends inside the `try`, before the work there is "
                "done, and raises a suspension of its own in place of the pending one; call "
                "it after the `try` (and in an `except` that re-raises)",
            )

    def context_managers(self, ctx: RuleContext) -> None:
        """`async with lease(name):` around durable calls in the workflow body, where
        `lease` is a `@contextmanager` / `@asynccontextmanager` generator of the file
        whose `try: yield ... finally:` makes a durable call: the suspension is thrown
        into the generator at `yield`, so that `finally` runs on every suspension."""
        model = ctx.model
        workflow = sdk.facts(model).workflow_function
        data = model.source.data
        if workflow is None or (
            b"contextmanager" not in data and b"exit__" not in data and b"ExitStack" not in data
        ):
            return
        for statement in sdk.same_function_nodes(model, ("with_statement",), workflow):
            body = statement.child_by_field_name("body")
            if body is None or not self.holds_durable(ctx, body):
                continue
            self.stack_callbacks(ctx, statement, body)
            for call in sdk.with_context_calls(statement):
                manager = context_generator(model, call)
                if manager is not None:
                    exits = finally_durable_calls(model, manager)
                    where, how = (
                        "`finally`",
                        "is thrown into the generator at its `yield`",
                    )
                else:
                    method, exits = exit_method_calls(model, call, statement)
                    where, how = f"`{method}`", f"leaves through its `{method}`"
                for durable in exits[:1]:
                    ctx.report(
                        Span.of(call),
                        f"`{model.text(call)}`'s {where} (line {durable.start_point[0] + 1}) "
                        f"calls `{model.text(sdk.callee_of(durable) or durable)}(...)`: the "
                        f"suspension of a durable call in the `with` block {how}, so that "
                        "call runs each time the workflow suspends there and raises a "
                        "suspension of its own in place of the pending one; call it after "
                        "the `with` block (and in an `except` that re-raises)",
                    )

    def using_disposers(self, ctx: RuleContext) -> None:
        """`await using lease = new Lease(id)` (or `using`) in the workflow body, with
        durable calls after it in its block, where `Lease` is a class of the file whose
        `[Symbol.asyncDispose]` / `[Symbol.dispose]` makes a durable call: leaving the
        block on a suspension disposes the lease, the durable call there rethrows the
        parked suspension, and `using` throws the two together as a `SuppressedError`."""
        model = ctx.model
        workflow = sdk.facts(model).workflow_function
        if workflow is None or b"using" not in model.source.data:
            return
        for node in sdk.same_function_nodes(model, ("assignment_expression",), workflow):
            if not node.children or node.children[0].type != "using":
                continue
            parent = model.parent_of(node)
            awaited = parent is not None and parent.type == "await_expression"
            statement = parent if awaited else node
            while statement is not None and statement.type != "expression_statement":
                statement = model.parent_of(statement)
            block = model.parent_of(statement) if statement is not None else None
            if statement is None or block is None:
                continue
            after = [c for c in block.named_children if c.start_byte >= statement.end_byte]
            if not any(self.holds_durable(ctx, c) for c in after):
                continue
            value = sdk.unwrap(node.child_by_field_name("right"))
            if value is None:
                continue
            method, calls = disposer_calls(model, value, awaited)
            for durable in calls[:1]:
                ctx.report(
                    Span.of(statement),
                    f"`{model.text(value)}`'s `{method}` (line {durable.start_point[0] + 1}) "
                    f"calls `{model.text(sdk.callee_of(durable) or durable)}(...)`, which "
                    "runs each time the workflow suspends later in this block: there the "
                    "SDK rethrows the suspension it parked, and `using` throws the two "
                    "together as a `SuppressedError`, not the SDK's `StepSuspend`; call it "
                    "after the block's work instead (in a `catch` that rethrows, for failures)",
                )

    def stack_callbacks(self, ctx: RuleContext, statement: Node, body: Node) -> None:
        """`async with AsyncExitStack() as stack:` whose body registers a task of the file
        (`stack.push_async_callback(release, name)`) before a
        durable call: the stack runs its callbacks as the block unwinds, the suspension
        of that durable call included, so the task is called on every suspension there
        and its own suspension replaces the pending one."""
        model = ctx.model
        semantic = model.semantic
        if semantic is None:
            return
        stacks: set[str] = set()
        for clause in statement.named_children:
            for item in clause.named_children if clause.type == "with_clause" else ():
                value = item.child_by_field_name("value")
                if value is None or value.type != "as_pattern" or len(value.named_children) < 2:
                    continue
                made, alias = value.named_children[0], value.named_children[-1]
                callee = sdk.callee_of(made) if made.type == "call" else None
                qual = semantic.qualified_name(callee) if callee is not None else None
                if qual in EXIT_STACKS:
                    stacks.add(model.text(alias).strip())
        if not stacks:
            return
        tasks = sdk.task_names(model)
        durable = sdk.durable_nodes_in(model, body)
        for call in sdk.call_nodes(model, body):
            callee = sdk.callee_of(call)
            if callee is None or callee.type != "attribute":
                continue
            obj = callee.child_by_field_name("object")
            attr = callee.child_by_field_name("attribute")
            if obj is None or attr is None or model.text(obj) not in stacks:
                continue
            if model.text(attr) not in STACK_CALLBACKS:
                continue
            args = sdk.arguments_of(model, call)[0]
            target = registered_task(model, sdk.unwrap(args[0]) if args else None, tasks)
            if target is None:
                continue
            if not any(d.start_byte > call.end_byte for d in durable):
                continue  # registered after the block's last durable call
            ctx.report(
                Span.of(call),
                f"`{model.text(call)}` registers `{model.text(target)}(...)`, which the stack "
                "calls as the `with` block unwinds: the suspension of a later durable call "
                "in the block unwinds it too, so that task runs each time the workflow "
                "suspends there and raises a suspension of its own in place of the pending "
                "one; call it after the `with` block (and in an `except` that re-raises)",
            )

    @staticmethod
    def holds_durable(ctx: RuleContext, body: Node) -> bool:
        model = ctx.model
        if sdk.durable_nodes_in(model, body):
            return True
        starts = _starts(model, "wac203_helper_calls", model.helper_calls)[0]
        at = bisect_left(starts, body.start_byte)
        return at < len(starts) and starts[at] < body.end_byte

    @staticmethod
    def durable_calls_in(ctx: RuleContext, block: FinallyBlock) -> list[DurableCall]:
        if PARKS_SUSPENSIONS[ctx.model.language]:
            return []  # the SDK rethrows the parked suspension at the call
        starts, calls = _starts(ctx.model, "wac203_durable_calls", ctx.model.durable_calls)
        first = bisect_left(starts, block.node.start_byte)
        last = bisect_left(starts, block.node.end_byte)
        found = [
            call
            for call in calls[first:last]
            if call.kind in ("task", "step", "sleep", "approval", "parallel")
        ]
        # an async helper of the file awaited there, which makes durable calls itself
        starts, helpers = _starts(ctx.model, "wac203_helper_calls", ctx.model.helper_calls)
        first = bisect_left(starts, block.node.start_byte)
        last = bisect_left(starts, block.node.end_byte)
        found += [
            call
            for call in helpers[first:last]
            if call.kind == "helper" and call.consumption == AWAITED and not call.in_callback
        ]
        return found


def registered_task(model: ScriptModel, node: Node | None, tasks: set[str]) -> Node | None:
    """The task of the file a callback registered on an exit stack runs: the task itself
    (`push_async_callback(release, name)`), a `functools.partial` of it
    (`push_async_callback(partial(release, name))`) or a lambda calling it
    (`push_async_callback(lambda: release(name))`); else None."""
    semantic = model.semantic
    for _ in range(3):
        if node is None:
            return None
        if node.type == "identifier":
            return node if model.text(node) in tasks else None
        if node.type == "lambda":
            node = sdk.unwrap(node.child_by_field_name("body"))
            if node is None or node.type != "call":
                return None
            node = sdk.unwrap(sdk.callee_of(node))
            continue
        if node.type == "call" and semantic is not None:
            callee = sdk.callee_of(node)
            if callee is None or semantic.qualified_name(callee) != "functools.partial":
                return None
            args = sdk.arguments_of(model, node)[0]
            node = sdk.unwrap(args[0]) if args else None
            continue
        return None
    return None


EXIT_STACKS = frozenset({"contextlib.ExitStack", "contextlib.AsyncExitStack"})
# `callback` runs its function without awaiting it: a task's coroutine is dropped there
STACK_CALLBACKS = frozenset({"push_async_callback"})


def _starts(model: ScriptModel, key: str, calls: Sequence[C]) -> tuple[list[int], list[C]]:
    """`calls` by where they start, and those starts (sorted once per model: each
    `finally` block scanned all of them, which made 2,000 `try` blocks quadratic)."""
    memo = sdk.facts(model).memo
    found = memo.get(key)
    if not isinstance(found, tuple):
        ordered = sorted(calls, key=lambda c: c.node.start_byte)
        found = memo[key] = ([c.node.start_byte for c in ordered], ordered)
    return found


def context_generator(model: ScriptModel, call: Node) -> Node | None:
    """The generator function of the file `call` builds a context manager of, when it
    is decorated `@contextmanager` / `@asynccontextmanager` (any spelling)."""
    callee = sdk.callee_of(call)
    if callee is None or callee.type != "identifier":
        return None
    fn = sdk.bound_value(model, model.text(callee), call)
    if fn is not None and fn.type == "decorated_definition":
        fn = fn.child_by_field_name("definition")
    if fn is None or fn.type != "function_definition":
        return None
    holder = model.parent_of(fn)
    if holder is None or holder.type != "decorated_definition":
        return None
    decorators = [c for c in holder.named_children if c.type == "decorator"]
    if not any(model.text(d).rstrip("()").endswith("contextmanager") for d in decorators):
        return None
    return fn


def exit_method_calls(model: ScriptModel, call: Node, statement: Node) -> tuple[str, list[Node]]:
    """(`__aexit__` / `__exit__`, its durable calls) of the class of the file `call`
    builds (`Lease(...)`), the one the statement enters (`async with` or `with`)."""
    method = "__aexit__" if any(c.type == "async" for c in statement.children) else "__exit__"
    callee = sdk.callee_of(call)
    if callee is None or callee.type != "identifier":
        return method, []
    if model.text(callee) not in sdk.class_names(model):
        return method, []
    cls = sdk.bound_value(model, model.text(callee), call)
    body = cls.child_by_field_name("body") if cls is not None else None
    if cls is None or cls.type != "class_definition" or body is None:
        return method, []
    for statement_node in body.named_children:
        fn = statement_node.child_by_field_name("definition") or statement_node
        name = fn.child_by_field_name("name") if fn.type == "function_definition" else None
        if name is not None and model.text(name) == method:
            params = sdk.function_params(model, fn) - {"self"}
            return method, [
                d
                for d in sdk.durable_nodes_in(model, fn)
                if not exception_tested(model, d, fn, params)
            ]
    return method, []


DISPOSERS = ("[Symbol.asyncDispose]", "[Symbol.dispose]")


def disposer_calls(model: ScriptModel, value: Node | None, awaited: bool) -> tuple[str, list[Node]]:
    """(the disposer `using` calls, its durable calls) for `new Lease(...)` of a class
    of the file: `[Symbol.asyncDispose]`, or failing it `[Symbol.dispose]`, under
    `await using`; `[Symbol.dispose]` under `using`."""
    wanted = DISPOSERS if awaited else DISPOSERS[1:]
    if value is None or value.type != "new_expression":
        return wanted[0], []
    callee = value.child_by_field_name("constructor")
    if callee is None or callee.type != "identifier":
        return wanted[0], []
    if model.text(callee) not in sdk.class_names(model):
        return wanted[0], []
    cls = sdk.bound_value(model, model.text(callee), value)
    body = cls.child_by_field_name("body") if cls is not None else None
    if cls is None or cls.type != "class_declaration" or body is None:
        return wanted[0], []
    methods = {
        model.text(name): member
        for member in body.named_children
        if member.type == "method_definition"
        and (name := member.child_by_field_name("name")) is not None
    }
    for method in wanted:
        if method in methods:
            return method, sdk.durable_nodes_in(model, methods[method])
    return wanted[0], []


def exception_tested(model: ScriptModel, node: Node, fn: Node, params: set[str]) -> bool:
    """`node` is under an `if` of `fn` testing an exit parameter (`if exc_type is None:`):
    it may run on a clean exit only, which is not the suspension's way out."""
    at: Node | None = node
    while at is not None and at.id != fn.id:
        parent = model.parent_of(at)
        if parent is not None and parent.type in ("if_statement", "elif_clause", "else_clause"):
            test = parent
            if parent.type == "else_clause":
                test = model.parent_of(parent) or parent
            condition = test.child_by_field_name("condition")
            if condition is not None and any(
                n.type == "identifier" and model.text(n) in params for n in sdk.walk(condition)
            ):
                return True
        at = parent
    return False


def finally_durable_calls(model: ScriptModel, fn: Node) -> list[Node]:
    """Durable calls in the `finally` of a `try` of `fn` whose body yields."""
    body = fn.child_by_field_name("body")
    if body is None:
        return []
    out: list[Node] = []
    for statement in sdk.same_function_nodes(model, ("try_statement",), body):
        block = statement.child_by_field_name("body")
        clause = next((c for c in statement.children if c.type == "finally_clause"), None)
        if block is None or clause is None:
            continue
        if not sdk.same_function_nodes(model, ("yield",), block):
            continue
        out += sdk.durable_nodes_in(model, clause)
    return out
