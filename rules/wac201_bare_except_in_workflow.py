"""WAC201: `except:` / `except BaseException:` in the workflow body."""

from __future__ import annotations

from wac_lint.model import HandlerKind, Rethrow, Span
from wac_lint.rule import Fix, Rule, RuleContext, py
from wac_lint.rules import _by_path
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._sdk_calls import Node
from wac_lint.semantic import BindingKind
from wac_lint.source import LANG_PYTHON


class BareExceptInWorkflow(Rule):
    code = "WAC201"
    name = "bare-except-in-workflow"
    summary = "A bare `except:` / `except BaseException:` in the workflow swallows the suspension"
    message = "Catch `Exception` (or `TaskError`) instead, or re-raise"
    languages = (LANG_PYTHON,)
    fix_kind = "suggestion"
    docs = """
## What it does
Finds `except:` and `except BaseException:` clauses in the workflow body that
guard durable calls (a task of the file, or one another module of the workspace
defines and the file imports; or anything awaited) and do not re-raise (`raise` or
`raise e`, unconditionally or behind a guard true for the suspension, such as
`if not isinstance(e, Exception) or ...: raise`, possibly in a helper called
first). The handler is followed path by path: an `if` the suspension takes
(`if not isinstance(e, KeyboardInterrupt): return None`) or may take (a test of
something else: `if attempt == last: raise`) that leaves without re-raising
swallows it, and the message says on which path; branches it never takes
(`if isinstance(e, Exception): return None`, `isinstance(e, TaskError) ... else:
raise`) are fine. `except Exception` is fine and is never reported. The classes
may be named through a tuple the file binds once (`BEST_EFFORT = (TimeoutError,
BaseException)`, then `except BEST_EFFORT:`). `with
contextlib.suppress(BaseException):` (or `suppress(*BEST_EFFORT)`) around a durable
call is the same mistake (`suppress.__exit__` returns True for a `_StepSuspend`, which
derives from `BaseException` in wmill 1.850.0 `client.py`), and so is a context
manager of this file that suppresses everything: a class whose `__exit__` /
`__aexit__` ends with `return True` (or a test true for the suspension's class in
particular, `return exc_type is not None and not issubclass(exc_type, Exception)`,
written to hide `KeyboardInterrupt`: the suspension is no `Exception` either; a test
true only for `Exception`s or for classes of the file lets it through), or a
`@contextlib.contextmanager` / `@asynccontextmanager` generator whose bare `except:` (or
`except BaseException:`) around its `yield` does not re-raise (the suspension is thrown
into the generator at `yield`; once caught there, the `with` statement suppresses it),
also one another
module of the workspace defines and the script imports (`from f.common.guards import
swallow_all`, `guards.Shield()`).

Retrying libraries catch it when told to retry on it (tenacity 9.2 catches every
BaseException an attempt raises and asks its `retry=` predicate, stamina 26.1
passes `on=` to that predicate, backoff 2.2 catches the `exception` it is given):
`@retry(retry=retry_if_not_exception_type(ValueError))` (true for anything that
is not a `ValueError`), `retry_if_exception_type(BaseException)`,
`@stamina.retry(on=BaseException)`, `@backoff.on_exception(backoff.expo,
BaseException)` on a helper the workflow awaits, and `async for attempt in
AsyncRetrying(retry=...)` (or `stamina.retry_context(on=...)`) around durable
calls in the body: each attempt calls the task again under a new step key
instead of suspending. Their defaults
(`Exception`) are fine. A decorator of this file whose wrapper has a bare
`except:` around its call of the decorated function is followed like a helper, and
so is one another module of the workspace defines (a plain decorator or a factory's,
`@retrying(attempts=3)` of `f/lib/retry.py`) written on a helper of the file that
awaits a task: reported at the body's call of the helper.
A handler (or retrying decorator) in a helper is reported at each place of the body
that calls the helper and hands it durable code (a decorator of the file written on
the workflow hands its wrapper the whole body: a `except BaseException:` there that
does not re-raise is reported at the decorator) (`best_effort(charge, x)` then
`best_effort(refund, x)`: two findings), as WAC101 reports a helper's I/O; a call
that hands it only a pure function (`quietly(int, x)`) is not reported.

A guard that lets the suspension through but not wmill's other BaseException,
`_StepFailure` (`if isinstance(e, _StepSuspend): raise`, `if "Suspend" in
type(e).__name__: raise`), is reported with its own message: in the child job that
runs a task, the body replays up to the task's call and runs the task there
(`_execute_directly`), and a failure of the task is raised at that call as
`_StepFailure`; swallowed, the job goes on past the task instead of failing with
its error. Guards true for both (`not isinstance(e, Exception)`,
`type(e).__module__.startswith("wmill")`, names listing both classes) are fine.

Two asyncio constructs trap the suspension too (run against wmill 1.850.0's
`_run_workflow_async` on Python 3.11): `async with asyncio.TaskGroup()` around
tasks re-raises it inside a `BaseExceptionGroup`, which the runner's
`except _StepSuspend` does not catch, so the workflow fails on its first
round (so does anyio's `create_task_group()`, which always groups, also when its
tasks are started by reference: `tg.start_soon(run, x)`; and a group first bound to
a name, `tg = asyncio.TaskGroup()`, then entered by it, `async with tg:`, reported at
that `with`; and a group entered through an exit stack, `tg = await
stack.enter_async_context(asyncio.TaskGroup())` in `async with
contextlib.AsyncExitStack() as stack:`, which exits it when that block ends: it guards
the block's statements from there on; so does `suppress(BaseException)` entered with
`stack.enter_context(...)`, and an exit callback given to the stack with
`stack.push(cb)` / `push_async_exit(cb)` that answers true when given an exception (a
function of the file returning True or `exc is not None`, or an instance of a class
whose `__exit__` does), reported at that call: `ExitStack.__exit__` suppresses what
it answers true for; and a class of the file whose `__aenter__` enters the
group it keeps in a field, `await self._group.__aenter__()` with `self._group =
asyncio.TaskGroup()`, reported at `async with Batch()`); `asyncio.wait(...)`
over task coroutines leaves it inside the finished tasks: the workflow completes
without dispatching anything, and since only the first task's suspension carries
the dispatch, reading `.result()` back from the unordered `done` set dispatched
nothing either. `asyncio.gather(..., return_exceptions=True)` and `asyncio.wait` in a
helper another module of the workspace defines, handed the body's task coroutines
(`await settle_all([reserve(n) for n in nodes])`), are reported at that call. So is a
Python handler in the `__call__` of a class another module defines, where the body
calls an instance of it with a durable call (`await BACKOFF(page, x)` of `BACKOFF =
Backoff()`, or `await Backoff()(page, x)`).

## Why is this bad
The SDK suspends the workflow by raising `_StepSuspend`, which derives from
`BaseException` precisely so that `except Exception` lets it through (and so
does `_StepFailure`, the result of a failing step). A bare `except:` catches
it: the workflow carries on as if the task had failed, and its handler runs on
every replay.

## Example
```python
try:
    result = await charge(order)
except:
    result = None
```

## Use instead
```python
try:
    result = await charge(order)
except TaskError:
    result = None
```
"""
    VALID = [
        py(
            "import asyncio\nfrom wmill import task, workflow\n\n@task()\n"
            "async def ping(h: str):\n    return h\n\n@workflow\n"
            "async def main(hosts: list[str]):\n"
            "    return await asyncio.gather(*[asyncio.create_task(ping(h)) for h in hosts])\n"
        ),
        py(
            "from wmill import TaskError, task, workflow\n\n@task()\nasync def charge(x: str):\n"
            "    return x\n\n@workflow\nasync def main(x: str):\n    try:\n"
            "        return await charge(x)\n    except BaseException as e:\n"
            "        if not isinstance(e, Exception) or not isinstance(e, TaskError):\n"
            "            raise\n        return None\n"
        ),
        py(
            "from wmill import task, workflow\n\nclass Timed:\n"
            "    async def __aenter__(self):\n        return self\n\n"
            "    async def __aexit__(self, *exc):\n        return False\n\n"
            "@task()\nasync def charge(x: str):\n    return x\n\n@workflow\n"
            "async def main(x: str):\n    async with Timed():\n        await charge(x)\n"
        ),
        py(
            "from wmill import task, workflow, TaskError\n\n@task()\nasync def charge(x: str):\n"
            "    return x\n\n@workflow\nasync def main(x: str):\n    try:\n"
            "        return await charge(x)\n    except Exception:\n        return None\n"
        ),
        py(
            "from wmill import task, workflow\n\n@task()\nasync def charge(x: str):\n"
            "    return x\n\n@workflow\nasync def main(x: str):\n    try:\n"
            "        return await charge(x)\n    except BaseException:\n        cleanup = 1\n"
            "        raise\n"
        ),
        py(
            "from wmill import workflow\n\n@workflow\nasync def main(x: str):\n    try:\n"
            "        return int(x)\n    except:\n        return 0\n"
        ),
    ]
    INVALID = [
        py(
            "import asyncio\nfrom wmill import task, workflow\n\n@task()\n"
            "async def ping(h: str):\n    return h\n\n@workflow\n"
            "async def main(hosts: list[str]):\n"
            "    async with «asyncio.TaskGroup»() as tg:\n"
            "        for h in hosts:\n            tg.create_task(ping(h))\n"
        ),
        py(
            "import asyncio\nfrom wmill import task, workflow\n\n@task()\n"
            "async def ping(h: str):\n    return h\n\n@workflow\n"
            "async def main(hosts: list[str]):\n"
            "    done, _ = await «asyncio.wait»([asyncio.create_task(ping(h)) for h in hosts])\n"
            "    return len(done)\n"
        ),
        py(
            "from wmill import task, workflow\n\nclass Quiet:\n"
            "    async def __aenter__(self):\n        return self\n\n"
            "    async def __aexit__(self, *exc):\n        return True\n\n"
            "@task()\nasync def charge(x: str):\n    return x\n\n@workflow\n"
            "async def main(x: str):\n    async with «Quiet()»:\n        await charge(x)\n"
        ),
        py(
            "import contextlib\nfrom wmill import task, workflow\n\n"
            "@contextlib.contextmanager\ndef quiet():\n    try:\n        yield\n"
            "    except:\n        pass\n\n"
            "@task()\nasync def charge(x: str):\n    return x\n\n@workflow\n"
            "async def main(x: str):\n    with «quiet()»:\n        await charge(x)\n"
        ),
        py(
            "from wmill import task, workflow\n\n@task()\nasync def charge(x: str):\n"
            "    return x\n\n@workflow\nasync def main(x: str):\n    try:\n"
            "        return await charge(x)\n    «except:»\n        return None\n"
        ),
        py(
            "from wmill import sleep, workflow\n\n@workflow\nasync def main():\n    try:\n"
            "        await sleep(10)\n    «except BaseException as e:»\n        print(e)\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        self.imported_contexts(ctx)
        for handler in ctx.model.handlers:
            if not handler.protects_durable:
                continue
            if handler.rethrows and handler.failure_note is None:
                continue
            where = ""
            if handler.chain:
                where = f" (in `{' → '.join(handler.chain)}`, which the workflow calls)"
                if handler.chain[0].startswith("@"):
                    # a decorator of the file written on the workflow: its wrapper runs
                    # around the body, in every round
                    where = f" (in `{' → '.join(handler.chain)}`, which wraps the workflow)"
                named = handler.kind not in (
                    HandlerKind.GATHER_RETURN_EXCEPTIONS,
                    HandlerKind.ASYNCIO_WAIT,
                )
                if named and handler.chain == (ctx.model.text(handler.span),):
                    where = ""  # the handler is shown as that call: `best_effort(...)`
            if handler.kind == HandlerKind.GATHER_RETURN_EXCEPTIONS:
                ctx.report(
                    handler.report_span,
                    "`return_exceptions=True` also returns the SDK's suspension as a result"
                    f"{where}: the tasks it gathers are never dispatched and the workflow "
                    "carries on; drop `return_exceptions=True` and catch `Exception` around "
                    "each task",
                )
                continue
            if handler.kind == HandlerKind.RETRYING_CALL:
                ctx.report(
                    handler.report_span,
                    f"`{ctx.model.text(handler.span)}` retries on the SDK's suspension (a "
                    f"BaseException){where}: each attempt calls the durable code again under "
                    "new step keys instead of suspending, and the dispatch is lost; retry on "
                    "`Exception` (or `TaskError`) only, or use the task's `retry` option",
                )
                continue
            if handler.kind == HandlerKind.TASK_GROUP:
                ctx.report(
                    handler.report_span,
                    f"`{ctx.model.text(handler.span)}`"
                    + (f" ({handler.note})" if handler.note else "")
                    + " collects the SDK's suspension (a "
                    f"BaseException) from its tasks and re-raises it inside a "
                    f"`BaseExceptionGroup`{where}, which "
                    "wmill's runner does not recognise (it catches `_StepSuspend`): the "
                    "workflow fails on its first dispatch; use `await asyncio.gather(...)`",
                )
                continue
            if handler.kind == HandlerKind.ASYNCIO_WAIT:
                ctx.report(
                    handler.report_span,
                    "`asyncio.wait` keeps the SDK's suspension inside the finished tasks"
                    f"{where}: the workflow carries on without dispatching them, and only the "
                    "first task's suspension carries the dispatch, so reading `.result()` back "
                    "from the unordered `done` set can lose it; use `await asyncio.gather(...)`",
                )
                continue
            if handler.kind == HandlerKind.SWALLOWING_CONTEXT and handler.note:
                ctx.report(
                    handler.report_span,
                    f"`{ctx.model.text(handler.span)}` {handler.note} (a BaseException that "
                    f"is not an `Exception`), so its `with` block suppresses it"
                    f"{where}: the workflow carries on as if the task had returned; let "
                    "exceptions that are not `Exception` through (return False / re-raise them)",
                )
                continue
            if handler.kind == HandlerKind.SWALLOWING_CONTEXT:
                ctx.report(
                    handler.report_span,
                    f"`{ctx.model.text(handler.span)}` suppresses every exception leaving its "
                    f"`with` block, the SDK's suspension (a BaseException) included{where}: the "
                    "workflow carries on as if the task had returned; let exceptions that are "
                    "not `Exception` through (return False / re-raise them)",
                )
                continue
            if handler.kind not in (HandlerKind.BARE, HandlerKind.BASE_EXCEPTION):
                continue
            shown = f"`{ctx.model.text(handler.span)}`"
            if handler.rethrows:
                how = f" ({handler.failure_note})" if handler.failure_note else ""
                ctx.report(
                    handler.report_span,
                    f"{shown} re-raises the SDK's suspension but not `_StepFailure`{where}, "
                    "wmill's other BaseException: in the child job that runs a task, the "
                    "body replays up to the task's call and runs the task there, and a "
                    "failure of the task reaches this handler as `_StepFailure`, which it "
                    f"swallows{how}: the job goes on past the task instead of failing with "
                    "its error (it then waits at the next durable call until it times out, "
                    "or returns the workflow's value as the task's result); re-raise what "
                    "is not an `Exception` (`if not isinstance(e, Exception): raise`)",
                )
                continue
            if handler.rethrow == Rethrow.AFTER_DURABLE:
                message = (
                    f"{shown} catches the SDK's suspension (a BaseException){where} and runs a "
                    "durable call before re-raising: that call's suspension replaces the one "
                    "caught, so the handler runs on healthy replays; catch `Exception`"
                )
            elif handler.note is not None:
                # it re-raises on some paths only: say which path swallows it
                message = (
                    f"{shown} catches the SDK's suspension (a BaseException){where} and "
                    f"{handler.note}: on that path the suspension (and the dispatch it "
                    "carries) is lost; catch `Exception` or `TaskError`, or re-raise it first"
                )
            else:
                message = (
                    f"{shown} catches the SDK's suspension (a BaseException){where}: the "
                    "workflow cannot suspend here; catch `Exception` or `TaskError`, or re-raise"
                )
            own_clause = not handler.chain and handler.node.type == "except_clause"
            fix = self.fix(ctx, handler.node) if own_clause else None
            ctx.report(handler.report_span, message, fix=fix)

    def imported_contexts(self, ctx: RuleContext) -> None:
        """`with swallow_all("x"):` around durable calls in the body, where another module
        of the workspace defines `swallow_all` as a context manager that suppresses every
        exception (the front-end reads the file's own context managers only)."""
        from wac_lint.engine import InputError
        from wac_lint.frontends import context_swallows
        from wac_lint.workspace.documents import read_source
        from wac_lint.workspace.helper_resolution import helper_of, workspace_import_names

        model, workspace = ctx.model, ctx.workspace
        workflow = sdk.facts(model).workflow_function
        semantic = model.semantic
        if workspace is None or workflow is None or semantic is None:
            return
        if not workspace_import_names(model):
            return  # no name of the file can lead to another module's context manager
        for statement in sdk.same_function_nodes(model, ("with_statement",), workflow):
            body = statement.child_by_field_name("body")
            if body is None or not _guards_durable(ctx, body):
                continue  # nothing durable for it to swallow
            is_async = any(c.type == "async" for c in statement.children)
            for call in sdk.with_context_calls(statement):
                callee = call.child_by_field_name("function")
                base = callee.child_by_field_name("object") if callee is not None else None
                base = base if base is not None else callee
                binding = semantic.resolve(base) if base is not None else None
                if binding is None or binding.kind != BindingKind.IMPORT:
                    continue
                ref = helper_of(model, call, workspace.file, workspace.project, workspace.consulted)
                if ref is None or "." in ref.function:
                    continue
                workspace.consulted.add(ref.file)
                try:
                    source = read_source(ref.file, ref.file.name)
                except (InputError, OSError):
                    continue
                if not context_swallows(source, ref.function, is_async):
                    continue
                ctx.report(
                    Span.of(call),
                    f"`{model.text(call)}` suppresses every exception leaving its `with` "
                    "block, the SDK's suspension (a BaseException) included (its context "
                    f"manager is `{ref.function}` of {workspace.shown(ref.file)}): the "
                    "workflow carries on as if the task had returned; let exceptions that are "
                    "not `Exception` through (return False / re-raise them)",
                )

    @staticmethod
    def fix(ctx: RuleContext, clause: object) -> Fix | None:
        children = clause.children  # type: ignore[attr-defined]
        if handler_kind := next((c for c in children if c.type == "except"), None):
            value = clause.child_by_field_name("value")  # type: ignore[attr-defined]
            if value is None:
                edit = ctx.edit(Span.of(handler_kind), "except Exception")
            else:
                target = value.named_children[0] if value.type == "as_pattern" else value
                if target.type != "identifier":
                    return None
                edit = ctx.edit(Span.of(target), "Exception")
            return Fix("Catch `Exception` instead", (edit,), applicability="unsafe")
        return None


def _guards_durable(ctx: RuleContext, body: Node) -> bool:
    """The block makes a durable call: a primitive or a task of the file, a helper of
    the file that makes one, or a task another module of the workspace defines."""
    model = ctx.model
    if sdk.durable_nodes_in(model, body):
        return True
    start, end = body.start_byte, body.end_byte
    if any(start <= c.node.start_byte < end for c in model.helper_calls):
        return True
    workspace = ctx.workspace
    if workspace is None:
        return False
    imported = [
        *(t.call for t in _by_path.imported_inline_tasks(model, workspace)),
        *(t.call for t in _by_path.imported_task_calls(model, workspace)),
    ]
    return any(start <= call.start_byte < end for call in imported)
