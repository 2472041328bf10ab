"""WAC204: an exception handler for a task's failure that can never match."""

from __future__ import annotations

import re
from collections.abc import Callable

from wac_lint.languages import LanguageKind
from wac_lint.model import ScriptModel, Span
from wac_lint.rule import WARNING, Rule, RuleContext, code_span, py, ts
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._json_classify import returned
from wac_lint.rules._sdk_calls import Node, Primitive
from wac_lint.semantic.scopes import Binding, BindingKind

# What a failed task or step raises, and its bases (wmill 1.850.0 `class TaskError(Exception)`).
PYTHON_MATCHING = {"TaskError", "Exception", "BaseException"}
# TS: a failure is a plain `Error`; `StepSuspend` is the suspension class (tested to rethrow).
TS_MATCHING = {"Error", "StepSuspend", "Object"}
FAILING = (Primitive.STEP, Primitive.PARALLEL)

# Nodes a guarded block may hold without raising anything of its own.
QUIET = {
    "block",
    "statement_block",
    "expression_statement",
    "assignment",
    "return_statement",
    "await",
    "await_expression",
    "identifier",
    "keyword_argument",
    "argument_list",
    "arguments",
    "string",
    "string_content",
    "string_start",
    "string_end",
    "string_fragment",
    "integer",
    "float",
    "number",
    "true",
    "false",
    "none",
    "null",
    "undefined",
    "list",
    "tuple",
    "array",
    "dictionary",
    "pair",
    "object",
    "shorthand_property_identifier",
    "property_identifier",
    "pattern_list",
    "tuple_pattern",
    "list_pattern",
    "array_pattern",
    "object_pattern",
    "lexical_declaration",
    "variable_declaration",
    "variable_declarator",
    "comment",
    "parenthesized_expression",
    "escape_sequence",
    "type_annotation",
    "predefined_type",
    "expression_list",
    "shorthand_property_identifier_pattern",
    "pass_statement",
    # TypeScript: `user = await createUser(...)` to a `let` of the body, `break` /
    # `continue` out of a retry loop raise nothing of their own
    "assignment_expression",
    "augmented_assignment_expression",
    "break_statement",
    "continue_statement",
    # `` `Hi ${p.name}` `` / `f"Hi {p.name}"`: a string built from what its substitutions
    # give (they are walked: a call in one still counts)
    "template_string",
    "template_substitution",
    "interpolation",
}
GATHERS = {"asyncio.gather", "Promise.all"}
# Builtins that copy what they are given without raising on a list: `list(await
# asyncio.gather(...))` raises only what the gather raises (Python's; none in TypeScript).
COPIES = {LanguageKind.PYTHON: {"list", "tuple"}, LanguageKind.TYPESCRIPT: set[str]()}
# Reads that can raise only the language's own lookup errors.
LOOKUPS = {"subscript", "attribute", "member_expression", "subscript_expression"}
LOOKUP_ERRORS = {
    "KeyError",
    "IndexError",
    "LookupError",
    "AttributeError",
    "TypeError",
    "ReferenceError",
    "RangeError",
}
# Methods that only put their argument into a list (`results.append(await t(x))`): they
# raise nothing of their own, so the handler still only sees the task's failure.
COLLECTING = {"append", "push", "unshift"}


# Retrying decorators that pick a synchronous retry loop for a function that is not a
# coroutine function (tenacity 9.2 `is_coroutine_callable`, backoff 2.2
# `asyncio.iscoroutinefunction`, stamina 26.1 `inspect.iscoroutinefunction`).
SYNC_DETECTING_RETRIES = frozenset(
    {"tenacity.retry", "backoff.on_exception", "backoff.on_predicate", "stamina.retry"}
)


def retried_classes(model: ScriptModel, expression: Node, qualified: str) -> list[Node] | None:
    """The exception classes a retry decorator's filter names (`stamina.retry(on=X)`,
    `backoff.on_exception(wait, X)`, tenacity's `retry=retry_if_exception_type(X)`),
    each item of a tuple; None when it retries on any exception or is not known."""
    if expression.type != "call":
        return None
    args, keywords, _ = sdk.arguments_of(model, expression)
    named = {k.name: k.value for k in keywords if k.value is not None}
    given: Node | None = None
    if qualified == "stamina.retry":
        given = named.get("on")
    elif qualified == "backoff.on_exception":
        given = named.get("exception") or (args[1] if len(args) > 1 else None)
    elif qualified == "tenacity.retry":
        predicate = sdk.unwrap(named.get("retry"))
        if predicate is None or predicate.type != "call":
            return None
        maker = sdk.callee_of(predicate)
        semantic = model.semantic
        name = semantic.qualified_name(maker) if semantic is not None and maker else None
        if name != "tenacity.retry_if_exception_type":
            return None
        inner, _, _ = sdk.arguments_of(model, predicate)
        given = inner[0] if inner else None
    given = sdk.unwrap(given)
    if given is None:
        return None
    items = list(given.named_children) if given.type == "tuple" else [given]
    if not items or any(i.type not in ("identifier", "attribute") for i in items):
        return None
    return items


class UnreachableTaskErrorHandler(Rule):
    code = "WAC204"
    name = "unreachable-task-error-handler"
    summary = "A handler for a task's failure tests an exception class the SDK never raises for it"
    message = 'Catch the SDK\'s task error (`TaskError` / `e.name === "TaskError"`)'
    docs = """
## What it does
Finds `except SomeError:` around task or step calls (any class but `TaskError`,
`Exception` or `BaseException`), and in TypeScript a `catch` that tests
`e instanceof SomeError` (any class but `Error`), where the guarded code does
nothing but run tasks and steps, so the only failure it can raise is the SDK's.
Guarded code that also reads items or attributes (`await pay(p["vendor"])`,
`results.append(await t(x))`, a template or f-string of them: `` `Hi ${p.name}` ``)
can raise lookup errors of its own: there only exception classes of the file that
derive from none of those (`KeyError`, `AttributeError`, `TypeError`, ...) are
reported, and classes whose bases are known to be none of those (`ValueError`,
`OSError`, `httpx.HTTPStatusError`, `requests.HTTPError`, ...).
A Python clause that only re-raises (`except ValueError: raise`, `raise err` of `as
err`) with no later clause of its `try` catching the task's error is left alone: it
does the same whether it matches or not (before an `except Exception` it is reported:
that clause takes the failure meant to go on).

What the SDKs raise for a failed task or step, read in the source:
`wmill` 1.850.0 raises `TaskError` (`class TaskError(Exception)`), rebuilt from the
checkpoint by `_task_error_from_marker` both on the round that ran the step and
on every replay; the original class survives only as a name, in
`e.result["error"]["name"]`. `windmill-client` 1.818.0 throws a plain `Error`
whose `name` is `"TaskError"` (`taskErrorFromMarker` in `dist/wacError.mjs`); the
SDK has no `TaskError` class.

The same holds for `except* ValueError` and for `with contextlib.suppress(ValueError):`
around code that only runs tasks and steps: neither ever sees that class.

`except TimeoutError` / `asyncio.TimeoutError` around tasks, approvals or sleeps
under an asyncio timeout (`asyncio.wait_for(task(x), 20)`, `async with
asyncio.timeout(...)`) is reported as well (checked by running
`_run_workflow_async`): the workflow's round suspends at once or returns the
recorded result, so the timeout never fires there; the child job that runs a task
replays the body with the task's function run inside the timeout, and a timeout
caught there lets the body go on in that job (the next durable call never
resolves, or the workflow's return value becomes the task's result). The task's
own `timeout=` is the bound that works. A step under the timeout is not this case:
its function runs in the round, so the timeout can fire there.

A retrying decorator written above `@task()` (tenacity's `@retry`, backoff's
`@on_exception` / `@on_predicate`, `@stamina.retry`) is reported as well: it
wraps wmill's task wrapper, a plain `def`, so the library takes its synchronous
path (it tests for a coroutine function). The first round's call returns the
step's coroutine; once the task has failed, the call raises its `TaskError` right
there when the body replays (wmill 1.850.0's `_next_step` is a plain function;
checked by running `_run_workflow_async` with tenacity 9). A filter that cannot
match `TaskError` (`on=httpx.HTTPError`, `retry_if_exception_type(KeyError)`) or a
retry on the returned value (`on_predicate`: a coroutine is truthy) retries nothing
(an error). One that matches does retry, but not as it reads (a warning): each
attempt dispatches the task anew under the next step key, and the library's waits
are blocking `time.sleep`s in the workflow body, slept again on every replay. The
task's `retry` option (durable backoff), or the decorator below `@task` (retrying
inside the task's job), is what to write.

In TypeScript, `import { TaskError } from "windmill-client"` is reported too:
1.818.0 exports no such name (`dist/index.mjs`, `dist/index.d.ts`), so loading the
script fails (Node: "does not provide an export named 'TaskError'"; Bun refuses the
same ESM import); `import type` is erased and fine.

Also in TypeScript, the handler's tests of what the task's own error carried: a member
the rebuilt `Error` does not have (it has `name`, `message`, `stack`, `result`,
`step_key`, `child_job_id`) compared with a literal or tested with `instanceof`
(`e.code === "P2002"`, `e.response?.status === 429`, `e.cause instanceof
CarrierError`), a library's guard for its own errors (`axios.isAxiosError(e)`, an
imported `is...Error(e)`), and a guard function of the file whose every `return`
requires one of these of its parameter (`function isPaymentRequired(e): e is HTTPError
{ return e instanceof HTTPError && ... }`, `const isRateLimited = (e) => (e as
any)?.status === 429`); one finding per condition.
Around guarded code that also reads members, a library's class (`z.ZodError`,
`Prisma.PrismaClientKnownRequestError`) or a built-in no member read raises
(`DOMException`, `SyntaxError`) is reported too.

Severity: **error**: the handler never runs, so the recovery it holds never
happens and the failure ends the workflow.

## Why is this bad
The step's own `ValueError` does not reach the workflow: the SDK records the
failure and raises its task error instead, in every round alike (so a handler
behaves the same on replay).

## Example
```python
try:
    await charge(order_id)
except PaymentDeclined:
    await notify_declined(order_id)
```

## Use instead
```python
try:
    await charge(order_id)
except TaskError as e:
    if e.result["error"]["name"] == "PaymentDeclined":
        await notify_declined(order_id)
    else:
        raise
```
"""
    VALID = [
        py(
            "from wmill import task, workflow, TaskError\n\n@task()\nasync def charge(x: str):\n"
            "    return x\n\n@workflow\nasync def main(order: str):\n    try:\n"
            "        return await charge(order)\n    except TaskError:\n        return None\n"
        ),
        py(
            "from wmill import task, workflow\n\n@task()\nasync def charge(x: str):\n"
            "    return x\n\n@workflow\nasync def main(order: str):\n    try:\n"
            "        return await charge(int(order))\n    except ValueError:\n        return None\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const charge = task(async (x: string) => x);\n"
            "export const main = workflow(async (order: string) => {\n  try {\n"
            "    return await charge(order);\n  } catch (e) {\n"
            '    if (e instanceof Error && e.name === "TaskError") return null;\n    throw e;\n  '
            "}\n});\n"
        ),
    ]
    INVALID = [
        py(
            "from wmill import task, workflow\n\n@task()\nasync def charge(x: str):\n"
            "    return x\n\n@workflow\nasync def main(order: str):\n    try:\n"
            "        return await charge(order)\n    except «ValueError»:\n        return None\n"
        ),
        ts(
            'import { step, workflow } from "windmill-client";\n'
            "class Declined extends Error {}\n"
            "export const main = workflow(async (order: string) => {\n  try {\n"
            '    return await step("charge", () => order);\n  } catch (e) {\n'
            "    if (e instanceof «Declined») return null;\n    throw e;\n  }\n});\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        model = ctx.model
        if not EXPORTS_TASK_ERROR[model.language] and b"TaskError" in model.source.data:
            self.check_missing_export(ctx)
        if RETRY_ABOVE_TASK[model.language]:
            self.check_retry_above_task(ctx)
        if SUPPRESS_CONTEXTS[model.language] and b"suppress" in model.source.data:
            self.check_suppress(ctx)
        if b"try" not in model.source.data:
            return  # no `try` statement: spares a query over the whole tree
        for node in sdk.nodes_in(model, "try_statement"):
            body = node.child_by_field_name("body")
            if body is None:
                continue
            # Python's asyncio / anyio timeouts (found by their qualified names)
            timed = only_timed_durable_calls(model, body)
            if timed:
                self.check_timeouts(ctx, node, timed)
            if only_task_calls(model, body):
                CHECKS[model.language](self, ctx, node, None)
            elif only_task_calls(model, body, lookups=True):
                # `await charge(p["id"])`: the lookup can raise KeyError / TypeError, but
                # never a class of this file that does not derive from one of those
                CHECKS[model.language](self, ctx, node, local_domain_errors(model))

    def check_python(self, ctx: RuleContext, try_node: Node, only: set[str] | None) -> None:
        model = ctx.model
        for clause in try_node.named_children:
            if clause.type != "except_clause":
                continue
            value = clause.child_by_field_name("value")
            if value is None:
                named = [c for c in clause.named_children if c.type != "block"]
                value = named[0] if named else None
            if value is None:
                continue  # bare except: WAC201's business
            if only_reraises(model, clause, value) and not caught_later(model, clause):
                continue  # `except ValueError: raise`, nothing after: a no-op either way
            if value.type == "as_pattern":
                value = value.named_children[0]
            names = (
                model.semantic.sequence_items(value)
                if model.semantic is not None
                else [value]
                if value.type != "tuple"
                else list(value.named_children)
            )
            if any(python_matching(model, n) for n in names):
                continue
            if not all(n.type in ("identifier", "attribute") for n in names):
                continue
            if only is not None and not all(_outside_lookups(model, n, only) for n in names):
                continue
            shown = code_span(model.code(value))
            # `except* ValueError`: the group form (the `*` is its own token)
            keyword = "except*" if any(c.type == "*" for c in clause.children) else "except"
            ctx.report(
                Span.of(value),
                f"`{keyword} {model.text(value)}` never matches here: the guarded code only runs "
                "tasks "
                "and steps, and the SDK raises `TaskError` for their failures (the original class "
                f"is only in `e.result['error']['name']`); catch `TaskError` instead of {shown}",
            )

    def check_suppress(self, ctx: RuleContext) -> None:
        """`with contextlib.suppress(ValueError): await enrich(x)`: a context manager
        that swallows only the classes it names, around code that runs only tasks and
        steps, whose failures the SDK raises as `TaskError`."""
        model = ctx.model
        semantic = model.semantic
        if semantic is None:
            return
        for node in sdk.nodes_in(model, "with_statement"):
            body = node.child_by_field_name("body")
            if body is None or not only_task_calls(model, body):
                continue
            for call in sdk.nodes_in(model, "call", node):
                if call.start_byte >= body.start_byte:
                    break  # the `with` items only
                callee = sdk.callee_of(call)
                if callee is None or semantic.qualified_name(callee) != "contextlib.suppress":
                    continue
                given, _, _ = sdk.arguments_of(model, call)
                args = [item for a in given for item in semantic.sequence_items(a)]
                if any(a.type == "list_splat" and a.named_children[0] in args for a in given):
                    continue  # `suppress(*errors)` of a sequence not written out here
                if not args or not all(a.type in ("identifier", "attribute") for a in args):
                    continue
                if any(python_matching(model, a) for a in args):
                    continue
                shown = ", ".join(model.text(a) for a in args)
                ctx.report(
                    Span.of(call),
                    f"`{model.text(call)}` never suppresses anything here: the block only runs "
                    "tasks and steps, and the SDK raises `TaskError` for their failures (the "
                    "original class is only in `e.result['error']['name']`); suppress "
                    f"`TaskError` instead of {code_span(shown)}",
                )

    def check_timeouts(self, ctx: RuleContext, try_node: Node, timed: set[str]) -> None:
        """`except TimeoutError` around `asyncio.wait_for(task(x), 20)` / `async with
        asyncio.timeout(...)`: in the workflow's round the task suspends at once (or
        returns its recorded result), so nothing times out there; in the child job
        that runs the task, the body is replayed with the task run inside the timeout,
        and a caught timeout walks on to the next durable call, which never resolves
        in that job (run against `_run_workflow_async`: the child hangs)."""
        model = ctx.model
        for clause in try_node.named_children:
            if clause.type != "except_clause":
                continue
            for value in except_classes(clause):
                if _qualified(model, value) not in TIMEOUT_ERRORS:
                    continue
                if "task" in timed:
                    why = (
                        "the workflow's round suspends at once (a replay returns the recorded "
                        "result); in the child job that runs the task, a caught timeout lets "
                        "the body go on there (its next durable call never resolves, or its "
                        "return value becomes the task's result); give the task its own "
                        "`timeout=` and catch `TaskError`"
                    )
                else:
                    what = " / ".join(sorted(timed))
                    why = (
                        f"the {what} suspends the round at once (a replay returns the "
                        "recorded value), so the asyncio timeout never fires; pass the "
                        "SDK call its own `timeout=`"
                    )
                ctx.report(
                    Span.of(value),
                    f"`except {model.text(value)}` never sees a durable call time out: {why}",
                )

    @staticmethod
    def check_retry_above_task(ctx: RuleContext) -> None:
        """`@retry(...)` written above `@task()`: wmill 1.850.0's task wrapper is a plain
        `def` (`functools.wraps` does not make it a coroutine function), so the library
        takes its synchronous path around the call. The first round's call returns the
        step's coroutine; once the task has failed, the replay's call raises its
        `TaskError` right there (`_next_step` is a plain function). A policy whose
        exception filter cannot match `TaskError` (`on=httpx.HTTPError`), or that retries
        on the returned value (`backoff.on_predicate`: a coroutine is truthy), retries
        nothing (an error); one that does match calls the wrapper again, which dispatches
        the task anew under the next step key, with the library's wait a blocking sleep
        in the body on every replay (a warning)."""
        model = ctx.model
        semantic = model.semantic
        if semantic is None or not ctx.model.workflows:
            return
        for task in model.tasks:
            function = task.function.node if task.function is not None else None
            decorated = function.parent if function is not None else None
            if decorated is None or decorated.type != "decorated_definition":
                continue
            for decorator in decorated.named_children:
                if decorator.type != "decorator" or decorator.start_byte >= task.span.start_byte:
                    continue
                expression = decorator.named_children[0] if decorator.named_children else None
                if expression is None:
                    continue
                callee = (
                    expression.child_by_field_name("function")
                    if expression.type == "call"
                    else expression
                )
                qualified = semantic.qualified_name(callee) if callee is not None else None
                if callee is None or qualified not in SYNC_DETECTING_RETRIES:
                    continue
                what = model.text(callee)
                replayed = (
                    "wmill's task wrapper is a plain `def`, and once the task has failed, the "
                    "call raises its `TaskError` there when the body replays"
                )
                alternative = (
                    "use `@task(retry={...})`, or put the decorator below `@task` to retry "
                    "inside the task's job"
                )
                if qualified == "backoff.on_predicate":
                    ctx.report(
                        Span.of(callee),
                        f"`{what}` above the task decorator retries on the value the call "
                        "returns, which is the step's coroutine (always truthy), so it "
                        f"retries nothing ({replayed}, outside its predicate); {alternative}",
                    )
                    continue
                caught = retried_classes(model, expression, qualified)
                if caught is not None and not any(python_matching(model, c) for c in caught):
                    shown = ", ".join(f"`{model.text(c)}`" for c in caught)
                    ctx.report(
                        Span.of(callee),
                        f"`{what}` above the task decorator retries on {shown}, but a "
                        f"failed task raises `TaskError` ({replayed}), which that does not "
                        f"match, so it retries nothing; {alternative}",
                    )
                    continue
                ctx.report(
                    Span.of(callee),
                    f"`{what}` above the task decorator retries, but not as it reads: "
                    f"{replayed}, so each retry dispatches the task anew under the next "
                    "step key, and the library's waits are blocking sleeps in the workflow "
                    f"body, slept again on every replay; {alternative}",
                    severity=WARNING,
                )

    def check_missing_export(self, ctx: RuleContext) -> None:
        """`import { TaskError } from "windmill-client"`: 1.818.0 has no such export
        (dist/index.mjs, dist/index.d.ts), so Bun refuses to link the module."""
        for binding in _imported_task_errors(ctx.model):
            ctx.report(
                Span.of(binding.node),
                "`windmill-client` exports no `TaskError` (1.818.0 throws a plain `Error` "
                'whose `name` is "TaskError"): this import fails when the script is loaded '
                "(SyntaxError: export not found); drop it and test "
                '`e?.name === "TaskError"` in the handler',
            )

    def check_typescript(self, ctx: RuleContext, try_node: Node, only: set[str] | None) -> None:
        model = ctx.model
        handler = try_node.child_by_field_name("handler")
        if handler is None:
            return
        param = handler.child_by_field_name("parameter")
        block = handler.child_by_field_name("body")
        if param is None or block is None or param.type != "identifier":
            return
        name = model.text(param)
        for node in sdk.walk(block):
            if node.type != "binary_expression":
                continue
            op = node.child_by_field_name("operator")
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if op is None or left is None or right is None or model.text(op) != "instanceof":
                continue
            if sdk.unwrap(left) is None or model.text(sdk.unwrap(left) or left) != name:
                continue
            if not _never_task_error(model, right, only):
                continue
            ctx.report(
                Span.of(right),
                f"`{name} instanceof {model.text(right)}` is never true here: the guarded code "
                "only "
                'runs tasks and steps, and the SDK throws a plain `Error` named "TaskError" for '
                f'their failures; test `{name}.name === "TaskError"` (the original name is in '
                f"`{name}.result.error.name`)",
            )
        self.check_guards(ctx, block, name, only)
        self.check_error_fields(ctx, block, name)

    def check_guards(self, ctx: RuleContext, block: Node, name: str, only: set[str] | None) -> None:
        """`if (isPaymentRequired(e) && ...)` where `isPaymentRequired` is a function of
        the file whose every `return` requires of its first parameter what the task
        error never is or has: an instance of another class (`return e instanceof
        HTTPError && ...`), a member it lacks compared with a literal (`return (e as
        any).status === 429`), a library's guard for its own errors (`return
        axios.isAxiosError(e)`): the guard is never true of what the guarded tasks and
        steps throw."""
        model = ctx.model
        for node in sdk.walk(block):
            if node.type != "call_expression":
                continue
            callee = sdk.callee_of(node)
            args = node.child_by_field_name("arguments")
            given = [a for a in args.named_children if a.type != "comment"] if args else []
            if callee is None or callee.type != "identifier" or not given:
                continue
            if model.text(sdk.unwrap(given[0]) or given[0]) != name:
                continue
            guard = sdk.function_named(model, callee)
            param = sdk.first_parameter_name(model, guard) if guard is not None else None
            if guard is None or param is None:
                continue
            tests = [_never_met(model, v, param, only) for v in returned(model, guard)]
            if not tests or any(t is None for t in tests):
                continue
            test = next(t for t in tests if t is not None)
            ctx.report(
                Span.of(node),
                f"`{model.text(node)}` is never true here: `{model.text(callee)}` requires "
                f"{code_span(model.code(test))} (line {test.start_point[0] + 1}), which is "
                "false of what the guarded code throws: it only runs tasks and steps, for "
                'whose failures the SDK throws a plain `Error` named "TaskError" (with '
                "`name`, `message`, `stack`, `result`, `step_key`, `child_job_id`); test "
                f'`{name}.name === "TaskError"` (the original error is described in '
                f"`{name}.result.error`)",
            )

    def check_error_fields(self, ctx: RuleContext, block: Node, name: str) -> None:
        """`e.code === "P2002"`, `e.response?.status === 429`, `e.cause instanceof X`,
        `axios.isAxiosError(e)`: tests of what the error a task threw carried, which
        the `Error` windmill-client 1.818.0 rebuilds for the body (`taskErrorFromMarker`:
        `name`, `message`, `result`, `step_key`, `child_job_id`, and the `stack` every
        Error has) does not carry, so they are never true."""
        model = ctx.model
        reported: set[int] = set()  # one finding per condition (`isAxiosError(e) && e.x`)

        def once(node: Node) -> bool:
            root = node
            while root.parent is not None and root.parent.type in CONDITION_PARTS:
                root = root.parent
            if root.id in reported:
                return False
            reported.add(root.id)
            return True

        for node in sdk.walk(block):
            if node.type == "binary_expression":
                op = node.child_by_field_name("operator")
                left = sdk.unwrap(node.child_by_field_name("left"))
                right = sdk.unwrap(node.child_by_field_name("right"))
                if op is None or left is None or right is None:
                    continue
                operator = model.text(op)
                if operator == "instanceof":
                    field = _missing_field(model, left, name)
                    if field is not None and once(node):
                        self.report_field(ctx, node, name, field)
                    continue
                if operator not in ("===", "=="):
                    continue
                for subject, other in ((left, right), (right, left)):
                    if other.type not in ("string", "number", "true", "template_string"):
                        continue
                    field = _missing_field(model, subject, name)
                    if field is not None:
                        if once(node):
                            self.report_field(ctx, node, name, field)
                        break
            elif node.type == "call_expression":
                callee = sdk.callee_of(node)
                args = node.child_by_field_name("arguments")
                given = [a for a in args.named_children if a.type != "comment"] if args else []
                if callee is None or len(given) != 1 or model.text(given[0]) != name:
                    continue
                guard = model.text(callee).rsplit(".", 1)[-1]
                if not ERROR_GUARD.match(guard) or not _imported(model, callee):
                    continue
                if not once(node):
                    continue
                ctx.report(
                    Span.of(node),
                    f"`{model.text(node)}` is never true here: the guarded code only runs "
                    'tasks and steps, and the SDK throws a plain `Error` named "TaskError" for '
                    "their failures (the library's error stays in the task's job); test "
                    f'`{name}.name === "TaskError"` (the original name is in '
                    f"`{name}.result.error.name`)",
                )

    @staticmethod
    def report_field(ctx: RuleContext, node: Node, name: str, field: str) -> None:
        ctx.report(
            Span.of(node),
            f"`{ctx.model.text(node)}` is never true here: the guarded code only runs tasks "
            'and steps, and the SDK throws a plain `Error` named "TaskError" for their '
            f"failures, which has no `{field}` (only `name`, `message`, `stack`, `result`, "
            f"`step_key`, `child_job_id`); the original error is described in "
            f"`{name}.result.error`",
        )


# What windmill-client 1.818.0's `taskErrorFromMarker` gives the body's catch: a `new
# Error(message)` with these set (and what every object has).
TASK_ERROR_FIELDS = frozenset(
    {"name", "message", "stack", "result", "step_key", "child_job_id"}
    | {"toString", "constructor", "valueOf", "hasOwnProperty"}
)
# What joins the tests of one condition (`a && b`, `!(a)`, `(a)`).
CONDITION_PARTS = frozenset({"binary_expression", "parenthesized_expression", "unary_expression"})
# Library type guards for their own errors: `axios.isAxiosError(e)`, `isHttpError(e)`.
ERROR_GUARD = re.compile(r"^is[A-Z]\w*Error$")


def only_reraises(model: ScriptModel, clause: Node, value: Node) -> bool:
    """`except ValueError: raise` (or `raise e` of `as e`): a handler that only lets
    what it caught go on does the same whether it matches or not."""
    block = next((c for c in clause.named_children if c.type == "block"), None)
    if block is None:
        return False
    caught = None
    if value.type == "as_pattern":
        alias = value.child_by_field_name("alias")
        caught = (
            model.text(alias.named_children[0] if alias and alias.named_children else alias)
            if alias
            else None
        )
    statements = [c for c in block.named_children if c.type != "comment"]
    return bool(statements) and all(
        st.type == "raise_statement"
        and (
            not st.named_children
            or (
                caught is not None
                and len(st.named_children) == 1
                and model.text(st.named_children[0]) == caught
            )
        )
        for st in statements
    )


def caught_later(model: ScriptModel, clause: Node) -> bool:
    """A later clause of the same `try` that catches the task's error (`TaskError`,
    `Exception`, a bare `except`...): then a clause meant to let `ValueError` go on
    does not, the later one takes the task's failure."""
    later = clause.next_named_sibling
    while later is not None:
        if later.type == "except_clause":
            value = later.child_by_field_name("value")
            if value is None:
                named = [c for c in later.named_children if c.type != "block"]
                value = named[0] if named else None
            if value is None:
                return True  # bare `except:`
            if value.type == "as_pattern":
                value = value.named_children[0]
            items = list(value.named_children) if value.type == "tuple" else [value]
            if any(python_matching(model, item) for item in items):
                return True
        later = later.next_named_sibling
    return False


def _missing_field(model: ScriptModel, node: Node, name: str) -> str | None:
    """`e.code`, `e?.response?.status`, `(e as any).cause`: the first member read off
    the caught error `name` that the SDK's task error does not have."""
    chain: list[Node] = []
    current: Node | None = node
    while current is not None and current.type == "member_expression":
        chain.append(current)
        current = sdk.unwrap(current.child_by_field_name("object"))
    if current is None or current.type != "identifier" or model.text(current) != name:
        return None
    if not chain:
        return None
    first = chain[-1].child_by_field_name("property")
    field = model.text(first) if first is not None else ""
    return None if field in TASK_ERROR_FIELDS or not field else field


def _imported(model: ScriptModel, callee: Node) -> bool:
    """The callee is a library's (an import, or a member of one), not the file's."""
    semantic = model.semantic
    if semantic is None:
        return False
    base = callee
    while base.type == "member_expression":
        inner = base.child_by_field_name("object")
        if inner is None:
            return False
        base = inner
    if base.type != "identifier":
        return False
    binding = semantic.resolve(base)
    return (
        binding is not None
        and binding.kind == BindingKind.IMPORT
        and binding.module not in model.lang.sdk_modules
    )


# JavaScript's built-in errors an attribute read or an index never raises (those raise
# `TypeError`; an undefined name `ReferenceError`).
TS_NOT_LOOKUP_ERRORS = frozenset(
    {"DOMException", "SyntaxError", "URIError", "EvalError", "AggregateError"}
)


def _never_task_error(model: ScriptModel, right: Node, only: set[str] | None) -> bool:
    """`x instanceof right` is false for the `Error` the SDK throws for a failed task or
    step (and for its suspension): a class other than `Error` / `StepSuspend`, not the
    `TaskError` import (reported itself: the script never loads)."""
    if class_name(model, right) in TS_MATCHING:
        return False
    semantic = model.semantic
    if semantic is not None and semantic.qualified_name(right) == "windmill-client.StepSuspend":
        return False  # `import { StepSuspend as Suspend }`: the suspension's class
    if right.type == "identifier" and any(
        b.name == model.text(right) for b in _imported_task_errors(model)
    ):
        return False
    return only is None or _ts_outside_lookups(model, right, only)


def _never_met(model: ScriptModel, value: Node, param: str, only: set[str] | None) -> Node | None:
    """The test in `value` (a guard's returned test, alone or as a side of `&&`) that
    the task error never passes: `param instanceof X` for a class it never is, a member
    it lacks compared with a literal (`param.status === 429`), a library's guard for its
    own errors (`axios.isAxiosError(param)`); else None."""
    node = sdk.unwrap(value) or value
    while node.type == "parenthesized_expression" and node.named_children:
        node = node.named_children[0]
    if node.type == "call_expression":
        callee = sdk.callee_of(node)
        args = node.child_by_field_name("arguments")
        given = [a for a in args.named_children if a.type != "comment"] if args else []
        if callee is None or len(given) != 1:
            return None
        if model.text(sdk.unwrap(given[0]) or given[0]) != param:
            return None
        guard = model.text(callee).rsplit(".", 1)[-1]
        return node if ERROR_GUARD.match(guard) and _imported(model, callee) else None
    if node.type != "binary_expression":
        return None
    op = node.child_by_field_name("operator")
    left = node.child_by_field_name("left")
    right = node.child_by_field_name("right")
    if op is None or left is None or right is None:
        return None
    operator = model.text(op)
    if operator == "instanceof":
        subject = sdk.unwrap(left) or left
        if model.text(subject) == param and _never_task_error(model, right, only):
            return node
        return None
    if operator in ("===", "=="):
        for subject, other in ((left, right), (right, left)):
            subject = sdk.unwrap(subject) or subject
            if other.type not in ("string", "number", "true", "template_string"):
                continue
            if _missing_field(model, subject, param) is not None:
                return node
        return None
    if operator == "&&":
        return _never_met(model, left, param, only) or _never_met(model, right, param, only)
    return None


def _ts_outside_lookups(model: ScriptModel, node: Node, local: set[str]) -> bool:
    """A class no member read or index can raise: one of the file's own (see
    `local_domain_errors`), a built-in other than the lookup ones, or a library's
    (imported, or a member of an import: `z.ZodError`, `Prisma.PrismaClientKnownRequestError`),
    whose errors are its own."""
    text = model.text(node)
    if text in local or text in TS_NOT_LOOKUP_ERRORS:
        return True
    return class_name(model, node) not in LOOKUP_ERRORS and _imported(model, node)


# wmill 1.850.0 defines `TaskError` in `wmill/client.py`; `wmill/__init__.py` star-imports it
TASK_ERROR_NAMES = frozenset({"wmill.TaskError", "wmill.client.TaskError"})


def python_matching(model: ScriptModel, node: Node) -> bool:
    """`except X` catches what a failed task or step raises: `TaskError` or one of its
    bases, spelled so or imported under another name (`from wmill import TaskError as
    WorkflowTaskError`, `wmill.TaskError`)."""
    if class_name(model, node) in PYTHON_MATCHING:
        return True
    semantic = model.semantic
    return semantic is not None and semantic.qualified_name(node) in TASK_ERROR_NAMES


def class_name(model: ScriptModel, node: Node) -> str:
    text = model.text(node)
    return text.rsplit(".", 1)[-1]


def local_domain_errors(model: ScriptModel) -> set[str]:
    """Exception classes of this file that a subscript or attribute read cannot raise:
    their bases (followed through the file's own classes) include no lookup, type or
    attribute error."""
    bases: dict[str, list[str]] = {}
    for node in sdk.nodes_of_kinds(model, ("class_definition", "class_declaration")):
        name = node.child_by_field_name("name")
        if name is None:
            continue
        parents = node.child_by_field_name("superclasses")
        if parents is None:  # TypeScript: `class X extends Y`
            heritage = next((c for c in node.named_children if c.type == "class_heritage"), None)
            parents = heritage.named_children[0] if heritage is not None else None
        bases[model.text(name)] = (
            [class_name(model, b) for b in parents.named_children] if parents is not None else []
        )

    def safe(name: str, seen: frozenset[str]) -> bool:
        if name in LOOKUP_ERRORS or name in seen:
            return False
        if name not in bases:
            return name in ("Exception", "Error", "BaseException")
        return all(safe(b, seen | {name}) for b in bases[name]) and bool(bases[name])

    return {name for name in bases if safe(name, frozenset())}


def failing_calls(model: ScriptModel) -> set[int]:
    """The ids of the file's task calls and SDK calls that can fail with a task's
    error (found once per model: once per handler made 2,000 `try` blocks quadratic)."""
    facts = sdk.facts(model)
    found = facts.memo.get("wac204_failing_calls")
    if not isinstance(found, set):
        found = {t.call.id for t in facts.task_calls}
        found |= {c.call.id for c in facts.calls if c.primitive in FAILING}
        facts.memo["wac204_failing_calls"] = found
    return found


RUN_AS_TASK = {Primitive.TASK_SCRIPT: "script", Primitive.TASK_FLOW: "flow"}


def timed_calls(model: ScriptModel) -> dict[int, str]:
    """What each durable call an asyncio timeout can wait on is ("task", "script",
    "flow", "approval", "sleep"), by id (found once per model)."""
    facts = sdk.facts(model)
    found = facts.memo.get("wac204_timed_calls")
    if not isinstance(found, dict):
        # a script or flow run as a task has no child job replaying this body
        found = {t.call.id: RUN_AS_TASK.get(t.kind, "task") for t in facts.task_calls}
        found |= {
            c.call.id: SUSPENDING[c.primitive] for c in facts.calls if c.primitive in SUSPENDING
        }
        # `parallel(items, task)` dispatches the task for each item
        found |= {c.call.id: "task" for c in facts.calls if c.primitive is Primitive.PARALLEL}
        facts.memo["wac204_timed_calls"] = found
    return found


def only_task_calls(model: ScriptModel, body: Node, lookups: bool = False) -> bool:
    """The block runs at least one task or step, and nothing else that could raise
    (with `lookups`, nothing but subscripts and attribute reads besides)."""
    durable = failing_calls(model)
    found = False
    stack = [body]
    while stack:
        node = stack.pop()
        if node.id in durable:
            found = True
            _, _, unpacked = sdk.arguments_of(model, node)
            args, keywords, _ = sdk.arguments_of(model, node)
            values = [*args, *(k.value for k in keywords if k.value is not None)]
            for value in values:
                if not sdk.is_function(model, sdk.unwrap(value)):
                    stack.append(value)
            continue
        if node.type in ("call", "call_expression"):
            callee = sdk.callee_of(node)
            method = model.text(callee).rsplit(".", 1)[-1] if callee is not None else ""
            if callee is not None and (
                model.text(callee) in GATHERS
                or (model.text(callee) in COPIES[model.language])
                or (callee.type in ("attribute", "member_expression") and method in COLLECTING)
            ):
                args_node = node.child_by_field_name("arguments")
                if args_node is not None:
                    stack.append(args_node)
                continue
            return False
        if (
            node.type not in QUIET
            and node.type not in FAN_OUT
            and not (lookups and node.type in LOOKUPS)
        ):
            return False
        stack.extend(node.named_children)
    return found


# What an asyncio timeout raises (`asyncio.TimeoutError` is `TimeoutError` from 3.11).
TIMEOUT_ERRORS = {"TimeoutError", "asyncio.TimeoutError", "asyncio.exceptions.TimeoutError"}
# Wrappers that bound or shield an awaitable: `asyncio.wait_for(aw, t)`, `shield(aw)`.
TIMED_CALLS = {"asyncio.wait_for", "asyncio.shield"}
# Context managers that cancel what they hold after a delay.
TIMEOUT_BLOCKS = {
    "asyncio.timeout",
    "asyncio.timeout_at",
    "async_timeout.timeout",
    "anyio.fail_after",  # raises TimeoutError when the delay passes
}
# Durable calls that suspend the round at once (a step runs its function in the round).
SUSPENDING = {Primitive.SLEEP: "sleep", Primitive.APPROVAL: "approval"}


def _qualified(model: ScriptModel, node: Node) -> str:
    semantic = model.semantic
    name = semantic.qualified_name(node) if semantic is not None else None
    return name or model.text(node)


def except_classes(clause: Node) -> list[Node]:
    """The classes an `except` clause names (none for a bare `except:`)."""
    value = clause.child_by_field_name("value")
    if value is None:
        named = [c for c in clause.named_children if c.type != "block"]
        value = named[0] if named else None
    if value is None:
        return []
    if value.type == "as_pattern":
        value = value.named_children[0]
    return [value] if value.type != "tuple" else list(value.named_children)


# Builtins and plain-data methods that never wait on anything, so never time out
# (`bool(answer.get("approved"))` beside the timed call).
NEVER_TIME_OUT = {
    "bool",
    "int",
    "float",
    "str",
    "len",
    "dict",
    "list",
    "tuple",
    "sorted",
    "min",
    "max",
    "sum",
    "any",
    "all",
    "isinstance",
}
DATA_METHODS = {"get", "keys", "values", "items", "strip", "lower", "upper", "split"}


def _cannot_time_out(model: ScriptModel, callee: Node) -> bool:
    if callee.type == "identifier":
        return (
            model.text(callee) in NEVER_TIME_OUT
            and model.semantic is not None
            and (model.semantic.lookup(model.text(callee), model.semantic.scope_at(callee)) is None)
        )
    if callee.type == "attribute":
        method = callee.child_by_field_name("attribute")
        return method is not None and model.text(method) in DATA_METHODS
    return False


def only_timed_durable_calls(model: ScriptModel, body: Node) -> set[str]:
    """The block runs tasks, sleeps and approvals under an asyncio timeout
    (`wait_for`, `async with asyncio.timeout(...)`), and nothing else that could
    raise or take time in the round: no step, whose function runs in the round.
    What runs under the timeout: "task", "approval", "sleep" (empty: not this case)."""
    durable = timed_calls(model)
    found = False
    timed: set[str] = set()
    stack = [(body, False)]
    while stack:
        node, under = stack.pop()
        if node.id in durable:
            found = True
            if under:
                timed.add(durable[node.id])
            continue
        if node.type == "with_statement":
            items = [
                item.child_by_field_name("value") or item
                for clause in node.named_children
                if clause.type == "with_clause"
                for item in clause.named_children
            ]
            calls = [sdk.callee_of(i) for i in items if i.type == "call"]
            if not items or len(calls) != len(items):
                return set()
            if not all(c is not None and _qualified(model, c) in TIMEOUT_BLOCKS for c in calls):
                return set()
            block = node.child_by_field_name("body")
            if block is not None:
                stack.append((block, True))
            continue
        if node.type == "call":
            callee = sdk.callee_of(node)
            args_node = node.child_by_field_name("arguments")
            if callee is None or args_node is None:
                return set()
            name = _qualified(model, callee)
            if name in TIMED_CALLS:
                stack.extend(
                    (a, under or name == "asyncio.wait_for") for a in args_node.named_children
                )
                continue
            if model.text(callee) in GATHERS or _cannot_time_out(model, callee):
                stack.extend((a, under) for a in args_node.named_children)
                stack.append((callee, under))
                continue
            return set()
        if node.type not in QUIET and node.type not in LOOKUPS and node.type not in FAN_OUT:
            return set()
        stack.extend((c, under) for c in node.named_children)
    return timed if found else set()


# The comprehension a fan-out is written with (`gather(*(wait_for(t(r), 10) for r in
# rs))`): iterating a list and unpacking it wait on nothing.
FAN_OUT = {
    "list_splat",
    "generator_expression",
    "list_comprehension",
    "for_in_clause",
    "if_clause",
    "comparison_operator",
}


# Whether the SDK exports a `TaskError` class (wmill 1.850.0: `class TaskError(Exception)`;
# windmill-client 1.818.0: no such export in dist/index.mjs or dist/index.d.ts).
EXPORTS_TASK_ERROR = {LanguageKind.PYTHON: True, LanguageKind.TYPESCRIPT: False}
# retrying decorators stacked above the task decorator: Python syntax only
RETRY_ABOVE_TASK = {LanguageKind.PYTHON: True, LanguageKind.TYPESCRIPT: False}
# `contextlib.suppress(...)` around a task: Python only
SUPPRESS_CONTEXTS = {LanguageKind.PYTHON: True, LanguageKind.TYPESCRIPT: False}

# How each language's handler tells a task's failure from the suspension.
Check = Callable[[UnreachableTaskErrorHandler, RuleContext, Node, "set[str] | None"], None]
CHECKS: dict[LanguageKind, Check] = {
    LanguageKind.PYTHON: UnreachableTaskErrorHandler.check_python,
    LanguageKind.TYPESCRIPT: UnreachableTaskErrorHandler.check_typescript,
}


def _imported_task_errors(model: ScriptModel) -> list[Binding]:
    """Value imports of `TaskError` from `windmill-client` (`import type` is erased)."""
    semantic = model.semantic
    if semantic is None:
        return []
    found = []
    for binding in semantic.module.bindings.values():
        if (
            binding.kind != BindingKind.IMPORT
            or binding.module not in model.lang.sdk_modules
            or (binding.imported_name or binding.name) != "TaskError"
        ):
            continue
        statement = binding.node
        while statement.parent is not None and statement.type != "import_statement":
            statement = statement.parent
        specifier = binding.node
        while specifier.parent is not None and specifier.type != "import_specifier":
            specifier = specifier.parent
        type_only = any(c.type == "type" for c in statement.children) or any(
            c.type == "type" for c in specifier.children
        )
        if not type_only:
            found.append(binding)
    return found


# Exception classes whose bases are known and include no lookup, type or attribute
# error (`requests`' derive from `IOError`, `httpx`'s from `Exception`): an attribute
# read or a subscript never raises them.
NOT_LOOKUP_ERRORS = frozenset(
    {
        "ValueError",
        "RuntimeError",
        "OSError",
        "IOError",
        "TimeoutError",
        "ConnectionError",
        "PermissionError",
        "FileNotFoundError",
        "NotImplementedError",
        "ZeroDivisionError",
        "asyncio.TimeoutError",
        "json.JSONDecodeError",
        "subprocess.CalledProcessError",
        "httpx.HTTPError",
        "httpx.HTTPStatusError",
        "httpx.RequestError",
        "httpx.TimeoutException",
        "httpx.ConnectError",
        "requests.HTTPError",
        "requests.RequestException",
        "requests.ConnectionError",
        "requests.Timeout",
        "requests.exceptions.HTTPError",
        "requests.exceptions.RequestException",
        "requests.exceptions.ConnectionError",
        "requests.exceptions.Timeout",
        "aiohttp.ClientError",
        "aiohttp.ClientResponseError",
    }
)


def _outside_lookups(model: ScriptModel, node: Node, local: set[str]) -> bool:
    """An exception class no attribute read or subscript can raise: one of the file's
    own (see `local_domain_errors`) or one whose bases are known."""
    if model.text(node) in local:
        return True
    semantic = model.semantic
    name = semantic.qualified_name(node) if semantic is not None else None
    return (name or model.text(node)) in NOT_LOOKUP_ERRORS
