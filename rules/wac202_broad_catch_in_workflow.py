"""WAC202: a TypeScript catch around durable calls that does not let the suspension through."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wac_lint.model import DurableKind, ExceptionHandler, HandlerKind, Rethrow, Span
from wac_lint.rule import WARNING, Fix, Rule, RuleContext, ts
from wac_lint.source import LANG_TYPESCRIPT

if TYPE_CHECKING:
    import tree_sitter

GUARD = 'if (({name} as any)?.name === "StepSuspend") throw {name};'
SUSPEND_TEST = '`if (e?.name === "StepSuspend") throw e`'
RETHROW_FIRST = f"rethrow it first: {SUSPEND_TEST}"
# windmill-client 1.818.0 keeps a suspension a catch swallowed (`_pendingSuspend`)
# and rethrows it first thing in `_nextStep` (tasks), `_runInlineStep` (`step`),
# `_sleep` and `_waitForApproval` (`_rethrowSwallowed`).
RETHROWN_BY = (DurableKind.TASK, DurableKind.STEP, DurableKind.SLEEP, DurableKind.APPROVAL)
CALLS = ("call_expression", "new_expression", "await_expression")


class BroadCatchInWorkflow(Rule):
    code = "WAC202"
    name = "broad-catch-in-workflow"
    summary = "A `try/catch` or `.catch()` around durable calls does not rethrow the suspension"
    message = 'Rethrow the SDK\'s suspension first: `if (e?.name === "StepSuspend") throw e`'
    languages = (LANG_TYPESCRIPT,)
    fix_kind = "suggestion"
    docs = """
## What it does
Finds `try/catch` blocks and `.catch(...)` handlers in the workflow body that
guard durable calls (a task of the file, or one another module of the workspace
defines and the file imports; or anything awaited) and whose handler does not first
rethrow the SDK's suspension. These handlers are accepted:
`if (e?.name === "StepSuspend") throw e`, `if (e instanceof StepSuspend) throw e`,
`if (isSuspendSignal(e)) throw e` as the first statement (also as one side of
`||`: `if (!(e instanceof Error) || e.name !== "TaskError") throw e`), a call of a
function of this file (or of another module of the workspace it imports) that begins
that way (`rethrowSuspend(e)`, a non-async helper handed the caught error), the same
tests on an alias (`const err = e as Error`), `if (e.name === "TaskError") {...} else
{ throw e }` (a test false for the suspension, with an `else` that rethrows), `if
(isSuspend(e)) throw e` where `isSuspend` is a non-async function of this file (or of
an imported workspace module) that only returns such a test (`&&` with
checks every Error passes, `e !== null`, `typeof e === "object"`, is read
through), or a handler that rethrows the caught error unconditionally.

The handler is followed path by path, reading each test for what it is for `StepSuspend`
(an Error named "StepSuspend", message `"__step_suspend__"`, and a `dispatchInfo`, no
other property): `e instanceof TypeError`, `e.status === 429`, `e?.fatal`,
`e.message.includes("quota")`, `e.name !== "StepSuspend"` are false for it, and so is a
test of its message that names the class (`e.message.startsWith("StepSuspend")`,
`e.message === "StepSuspend"`: a test of its message, name or `String(e)` is read for
what it gives, whatever literal it spells), `String(e).startsWith("StepSuspend")` is
true, and so are the same tests through `toLowerCase()` / `toUpperCase()` / `trim()`, a
plain regex literal's `test` or `match` (`/suspend/i.test(e.message)`) and
`e.dispatchInfo !== undefined` (its own field), `e.name !== "TaskError"`, `e instanceof
Error`, `Error.isError(e)`, `util.types.isNativeError(e)`, `_.isError(e)`,
`Object.prototype.toString.call(e) === "[object Error]"` (StepSuspend extends `Error`
and sets no `Symbol.toStringTag`), `e.message` (a non-empty string) and a message
derived from it (`const msg = e instanceof Error ? e.message : String(e)`, then `if
(msg)`) are true, a test of something else (`attempt === 3`) can go either way; the
cases of a `switch (true)` are read the same way, in order. A branch it can take that
returns or carries on without rethrowing is reported, with the path in the message; one
it never takes is not. A handler whose only work before its first durable call is such a
test with a rethrow (`if (attempt === 3) throw e; await sleep(5)`) is a warning, like
one that begins with the durable call, and so is one whose tests known for the
suspension lead it straight to a durable call (`if (e instanceof Error && e.message) {
await alert(id, e.message); return null }`). A durable call may be reached through a
list of the file's functions: `for (const undo of compensations.reverse()) await undo()`
calls a task when a function pushed onto `compensations` does (`compensations.push(() =>
cancelFlight(ref))`), so a saga handler that runs its compensations and then rethrows is
reported like `catch (e) { await rollback(id); throw e }`.

`.catch(...)` and `.finally(...)` on a task call (or an approval, or a `const` name
holding one unawaited: `const p = charge(x); p.catch(...)`) are reported
whatever their handler does: in windmill-client 1.818.0 a task call inside a
workflow returns `ctx._nextStep(...)`, a bare `{ then }` object with no `catch`
or `finally`, so the call is a `TypeError` (run against the SDK's
`WorkflowCtx`). Its `then` runs at once, throwing the suspension synchronously,
so a rejection handler given to `task(x).then(ok, onRejected)` never sees the
suspension and is not reported; on a `step(...)` (an async function, a real
Promise) it does, and is. For the same reason a `.catch(...)` / `.finally(...)` after
`task(x).then(fn)` never sees the task's suspension or failure: `then` hands back what
`fn` returns, so after a plain `fn` it is a `TypeError` once the task has run (reported);
after an `async` `fn` it only catches that function's own errors (not reported).

Library calls that catch for the body are reported too: retry helpers given a
callback that makes a durable call (`pRetry(() => sync(id))`, async-retry,
promise-retry, exponential-backoff's `backOff`, ts-retry-promise, a cockatiel policy's
`execute`) catch the suspension as a failed
attempt and call again after a delay; neverthrow's `ResultAsync.fromPromise` and
await-to-js's `to` turn a step's rejection into a value, and given a task call they
chain `.catch` onto its bare `{ then }` object (a `TypeError` once the task has run);
error operators of rxjs and Effect piped after a durable call (`from(task(x)).pipe(
catchError(...))`, `Effect.tryPromise(() => task(x)).pipe(Effect.catchAll(...))`, also
`retry`, `orElse`, `either`...) catch the suspension and replace it with a value.
A `return Promise.reject(e)` of the caught error is a rethrow, and so is returning a
promise whose fulfilment handler raises it (`return note(e).then(() => { throw e; })`).
`Promise.allSettled`
over durable calls turns the suspension into a rejected result, also in a helper the
body hands them to, of the file or of another module of the workspace
(`settle([charge(a), charge(b)])`, reported at that call). So does `p.catch(() =>
fallback)` in a helper of the file on a parameter that the body's call gives a Promise
over durable calls (`orDefault(Promise.all(ids.map(quote)), [])`, `orDefault(step(...),
null)`; reported at that call): a task call given as it is, a bare `{ then }`, has no
`catch` to call.

## Why is this bad
The TypeScript SDK suspends a workflow by throwing `StepSuspend`, an ordinary
`Error` (Python's is a `BaseException`, TypeScript has no such thing), so any
`catch` catches it. windmill-client 1.818.0 defends itself: it parks the
suspension and rethrows it at the next SDK call, or hands it to the runner at
the end. But the handler has already run by then: the fallback, the alert, the
"task failed" log happen on every suspension of a perfectly healthy workflow,
and with older SDKs the suspension is lost and the run reports completion.

A handler whose first statement is a task, `step`, `sleep` or approval call
with no other call in it (`catch (e) { await rollback(id); throw e }`, and
whatever follows the call, a `return null` included: it never runs) does
nothing on a suspension with windmill-client 1.818.0: the SDK rethrows the
suspension it kept, first thing in that call (`_rethrowSwallowed` in
`_nextStep`, `_runInlineStep`, `_sleep`, `_waitForApproval`), before
dispatching anything. It is reported as a warning: against the guide, which
asks for the rethrow first, but the workflow runs as written. (A handler that
only returns is still an error: the SDK leaves that suspension to the worker's
runner, `_takePendingSuspend`, which is not in the SDK to read.)

## Example
```typescript
try {
  await charge(order);
} catch (e) {
  await alertOps(e);
}
```

## Use instead
```typescript
try {
  await charge(order);
} catch (e) {
  if (e?.name === "StepSuspend") throw e;
  await alertOps(e);
}
```
"""
    VALID = [
        ts(
            'import { step, workflow } from "windmill-client";\n'
            "export const main = workflow(async () => {\n"
            '  return await step("a", () => 1).catch((e: any) => {\n'
            '    if (e?.name === "StepSuspend") throw e;\n    return 0;\n  });\n});\n'
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const charge = task(async (x: string) => x);\n"
            "export const main = workflow(async (x: string) => {\n"
            "  try {\n    return await charge(x);\n  } catch (e) {\n"
            '    if (!(e instanceof Error) || e.name !== "TaskError") throw e;\n'
            "    return null;\n  }\n});\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const charge = task(async (x: string) => x);\n"
            "export const main = workflow(async (x: string) => {\n"
            "  try {\n    return await charge(x);\n  } catch (e: any) {\n"
            '    if (e?.name === "StepSuspend") throw e;\n    return null;\n  }\n});\n'
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const charge = task(async (x: string) => x);\n"
            "export const main = workflow(async (x: string) => {\n"
            "  try {\n    return await charge(x);\n  } catch (err) {\n"
            '    console.log("failed");\n    throw err;\n  }\n});\n'
        ),
        ts(
            'import { workflow } from "windmill-client";\n'
            "export const main = workflow(async (x: string) => {\n"
            "  try {\n    return JSON.parse(x);\n  } catch {\n    return null;\n  }\n});\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "function rethrowSuspend(err: unknown) {\n"
            '  if ((err as any)?.name === "StepSuspend") throw err;\n}\n'
            "const charge = task(async (x: string) => x);\n"
            "export const main = workflow(async (x: string) => {\n"
            "  try {\n    return await charge(x);\n  } catch (e) {\n"
            "    rethrowSuspend(e);\n    return null;\n  }\n});\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "function isSuspend(e: unknown): boolean {\n"
            '  return typeof e === "object" && e !== null && (e as any).name === "StepSuspend";\n'
            "}\n"
            "const charge = task(async (x: string) => x);\n"
            "export const main = workflow(async (x: string) => {\n"
            "  try {\n    return await charge(x);\n  } catch (e) {\n"
            "    if (isSuspend(e)) throw e;\n    return null;\n  }\n});\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const charge = task(async (x: string) => x);\n"
            "export const main = workflow(async (x: string) => {\n"
            "  try {\n    return await charge(x);\n  } catch (e: unknown) {\n"
            "    const err = e as Error;\n"
            '    if (err.name !== "TaskError") throw err;\n    return null;\n  }\n});\n'
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const charge = task(async (x: string) => x);\n"
            "export const main = workflow(async (x: string) => {\n"
            "  try {\n    return await charge(x);\n  } catch (e) {\n"
            '    if (e instanceof Error && e.name === "TaskError") {\n      return null;\n'
            "    } else {\n      throw e;\n    }\n  }\n});\n"
        ),
    ]
    INVALID = [
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const charge = task(async (x: string) => x);\n"
            "export const main = workflow(async (x: string) => {\n"
            "  try {\n    return await charge(x);\n  } «catch (e)» {\n"
            "    if (e instanceof Error) {\n      return null;\n"
            "    } else {\n      throw e;\n    }\n  }\n});\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            'const isSuspend = (e: any) => e?.name === "StepSuspend" && e.retryable;\n'
            "const charge = task(async (x: string) => x);\n"
            "export const main = workflow(async (x: string) => {\n"
            "  try {\n    return await charge(x);\n  } «catch (e)» {\n"
            "    if (isSuspend(e)) throw e;\n    return null;\n  }\n});\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "function report(err: unknown) {\n  console.error(err);\n}\n"
            "const charge = task(async (x: string) => x);\n"
            "export const main = workflow(async (x: string) => {\n"
            "  try {\n    return await charge(x);\n  } «catch (e)» {\n"
            "    report(e);\n    return null;\n  }\n});\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const charge = task(async (x: string) => x);\n"
            "export const main = workflow(async (x: string) => {\n"
            "  try {\n    return await charge(x);\n  } «catch (e)» {\n    return null;\n  }\n});\n"
        ),
        ts(
            'import { step, workflow } from "windmill-client";\n'
            "export const main = workflow(async () => {\n"
            '  return await step("a", () => 1).«catch»(() => 0);\n});\n'
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const charge = task(async (x: string) => x);\n"
            "export const main = workflow(async (x: string) => {\n"
            "  return await charge(x).«catch»((e: any) => {\n"
            '    if (e?.name === "StepSuspend") throw e;\n    return null;\n  });\n});\n'
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        for handler in ctx.model.handlers:
            if not handler.protects_durable or handler.rethrows:
                continue
            where = ""
            if handler.chain:
                where = f" (in `{' → '.join(handler.chain)}`, which the workflow calls)"
            if handler.kind == HandlerKind.ALL_SETTLED:
                ctx.report(
                    handler.report_span,
                    "`Promise.allSettled` over durable calls turns the SDK's suspension "
                    f"(`StepSuspend`) into a rejected result{where}: the code after it runs "
                    "on every suspension; use `Promise.all`",
                )
                continue
            if handler.kind == HandlerKind.SETTLING_CALL:
                ctx.report(
                    handler.report_span,
                    f"`{ctx.model.text(handler.span)}` turns a rejection of the promise it is "
                    "given into a value, the SDK's suspension (`StepSuspend`) included"
                    f"{where}: the code after it runs on every suspension; await the durable "
                    f"call in try/catch with {SUSPEND_TEST} first",
                )
                continue
            if handler.kind == HandlerKind.CATCHING_OPERATOR:
                ctx.report(
                    handler.report_span,
                    f"`{ctx.model.text(handler.span)}` catches the failure of the durable call "
                    "it wraps, the SDK's suspension (`StepSuspend`) included"
                    f"{where}: the code after it runs on every suspension; let the failure "
                    f"through, or await the durable call in try/catch with {SUSPEND_TEST} first",
                )
                continue
            if handler.kind == HandlerKind.RETRYING_CALL:
                ctx.report(
                    handler.report_span,
                    f"`{ctx.model.text(handler.span)}` catches what its callback throws, the "
                    "SDK's suspension (`StepSuspend`) included, and calls it again after a "
                    f"delay{where}: each suspension holds the worker through the retries "
                    "(the SDK rethrows it at each call); give the task a `retry` option instead",
                )
                continue
            if handler.kind == HandlerKind.THENABLE_METHOD and ctx.model.text(handler.span) not in (
                "catch",
                "finally",
            ):
                # a library function given the task call: it chains `.then(...).catch(...)`
                ctx.report(
                    handler.report_span,
                    f"`{ctx.model.text(handler.span)}` chains `.catch` onto what a task call "
                    "returns in windmill-client 1.818.0 (a bare `{ then }` object whose `then` "
                    "hands back the replayed result itself): `TypeError: ... .catch is not a "
                    "function` once the task has run, and a failure is thrown rather than "
                    f"turned into an error value{where}; await the task in try/catch with "
                    '`if (e?.name === "StepSuspend") throw e` first',
                )
                continue
            if handler.kind == HandlerKind.THEN_RESULT_METHOD:
                method = ctx.model.text(handler.span)
                ctx.report(
                    handler.report_span,
                    f"`.{method}` after `.then(...)` on a task call never sees the task's "
                    "suspension or failure: in windmill-client 1.818.0 its bare `{ then }` throws "
                    "them "
                    "out of `.then` itself, and otherwise hands back "
                    f"what the callback returns (no Promise), so `.{method}` is a `TypeError: "
                    f"... .{method} is not a function` once the task has run{where}; await "
                    'the task in try/catch with `if (e?.name === "StepSuspend") throw e` first',
                )
                continue
            if handler.kind == HandlerKind.THENABLE_METHOD:
                method = ctx.model.text(handler.span)
                ctx.report(
                    handler.report_span,
                    f"`.{method}` does not exist on what a task call returns in "
                    "windmill-client 1.818.0 (a bare `{ then }` object, not a Promise): "
                    f"`TypeError: ... .{method} is not a function` on every run{where}; "
                    'use try/catch with `if (e?.name === "StepSuspend") throw e` first',
                )
                continue
            if handler.kind not in (HandlerKind.CATCH, HandlerKind.PROMISE_CATCH):
                continue
            severity = None
            if starts_with_durable_call(ctx, handler):
                severity = WARNING
                message = (
                    "This catch also catches the SDK's suspension (`StepSuspend` is an Error)"
                    f"{where} and reaches a durable call before doing anything else: "
                    "windmill-client 1.818.0 rethrows the suspension there, before dispatching "
                    "it, so the workflow still suspends; "
                    f"the guide asks to rethrow it first: {SUSPEND_TEST}"
                )
            elif handler.note is not None:
                # it rethrows on some paths only: say which path keeps the suspension
                message = (
                    "This catch also catches the SDK's suspension (`StepSuspend` is an Error)"
                    f"{where} and {handler.note}: on that path its handler runs on every "
                    f"suspension; {RETHROW_FIRST}"
                )
            elif handler.rethrow == Rethrow.AFTER_DURABLE:
                message = (
                    "This catch also catches the SDK's suspension (`StepSuspend` is an Error)"
                    f"{where}: what it does before its first durable call runs on every "
                    "suspension (windmill-client 1.818.0 rethrows the suspension at that call); "
                    f"{RETHROW_FIRST}"
                )
            else:
                message = (
                    f"This catch also catches the SDK's suspension (`StepSuspend` is an Error)"
                    f"{where}: its handler runs on every suspension; rethrow it first: "
                    '`if (e?.name === "StepSuspend") throw e`'
                )
            fix = None
            if handler.kind == HandlerKind.CATCH and not handler.chain:
                fix = self.fix(ctx, handler.node)
            ctx.report(handler.report_span, message, severity=severity, fix=fix)

    @staticmethod
    def fix(ctx: RuleContext, clause: object) -> Fix | None:
        param = clause.child_by_field_name("parameter")  # type: ignore[attr-defined]
        body = clause.child_by_field_name("body")  # type: ignore[attr-defined]
        if param is None or body is None or body.child_count == 0:
            return None
        name = ctx.model.text(param)
        brace = Span.of(body.children[0])
        at = Span(
            brace.end_byte,
            brace.end_byte,
            brace.end_row,
            brace.end_col,
            brace.end_row,
            brace.end_col,
        )
        edit = ctx.edit(at, " " + GUARD.format(name=name))
        return Fix("Rethrow the suspension first", (edit,), "unsafe")


def starts_with_durable_call(ctx: RuleContext, handler: ExceptionHandler) -> bool:
    """The catch's first statement is a durable call the SDK rethrows the suspension at,
    and nothing else runs before it."""
    if handler.kind != HandlerKind.CATCH or handler.rethrow not in (
        Rethrow.AFTER_DURABLE,
        Rethrow.NEVER,
    ):
        return False
    body = handler.node.child_by_field_name("body")
    if handler.entry is not None:
        # past the tests at its head whose truth for the suspension is known
        statements = [c for c in handler.entry if c.type != "comment"]
    else:
        statements = [c for c in body.named_children if c.type != "comment"] if body else []
    param = handler.node.child_by_field_name("parameter")
    caught = ctx.model.text(param) if param is not None else None
    # `if (attempt === last) throw e;` before it: a test that calls nothing, and either
    # rethrows or goes on to the durable call
    while statements and conditional_rethrow(ctx, statements[0], caught):
        statements = statements[1:]
    if not statements:
        return False
    call = first_durable_call(ctx, statements[0])
    return call is not None and only_call(call)


def conditional_rethrow(ctx: RuleContext, stmt: tree_sitter.Node, caught: str | None) -> bool:
    """`if (test) throw e;` with no `else`, whose test calls nothing."""
    if stmt.type != "if_statement" or caught is None:
        return False
    condition = stmt.child_by_field_name("condition")
    consequence = stmt.child_by_field_name("consequence")
    if condition is None or consequence is None or has_call(condition):
        return False
    if stmt.child_by_field_name("alternative") is not None:
        return False
    if consequence.type == "statement_block":
        inner = [c for c in consequence.named_children if c.type != "comment"]
        consequence = inner[0] if len(inner) == 1 else consequence
    if consequence.type != "throw_statement":
        return False
    thrown = next((c for c in consequence.named_children if c.type != "comment"), None)
    return thrown is not None and ctx.model.text(thrown) == caught


def first_durable_call(ctx: RuleContext, statement: tree_sitter.Node) -> tree_sitter.Node | None:
    """The durable call `statement` is (`await t(x)`, `const y = await t(x)`), if any."""
    node: tree_sitter.Node | None = statement
    if statement.type == "expression_statement":
        node = statement.named_children[0] if statement.named_children else None
    elif statement.type in ("lexical_declaration", "variable_declaration"):
        declarators = statement.named_children
        node = declarators[0].child_by_field_name("value") if len(declarators) == 1 else None
    while node is not None and node.type in ("await_expression", "parenthesized_expression"):
        node = node.named_children[0] if node.named_children else None
    if node is None or node.type != "call_expression":
        return None
    for durable in ctx.model.durable_calls:
        if durable.kind in RETHROWN_BY and durable.node == node and not durable.in_callback:
            return node
    return None


def only_call(call: tree_sitter.Node) -> bool:
    """No other code runs before the SDK sees the call: its arguments call nothing, and
    its callee is a name or `task(fn)`-like call of names."""
    arguments = call.child_by_field_name("arguments")
    if arguments is not None and has_call(arguments):
        return False
    callee = call.child_by_field_name("function")
    if callee is not None and callee.type == "call_expression":
        inner = callee.child_by_field_name("arguments")
        return not (inner is not None and has_call(inner))
    return callee is not None and not has_call(callee)


def has_call(node: tree_sitter.Node) -> bool:
    # a loop, not recursion: a condition can nest hundreds of levels deep
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type in CALLS:
            return True
        stack.extend(current.named_children)
    return False
