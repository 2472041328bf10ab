"""WAC304: a durable operation called where it is not part of the replay."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from wac_lint.languages import LanguageKind
from wac_lint.model import ScriptModel, Span, TaskKind
from wac_lint.rule import ERROR, WARNING, Rule, RuleContext, py, ts
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._sdk_calls import Node, Primitive, Region
from wac_lint.semantic import BindingKind
from wac_lint.tree_paths import chain_root
from wac_lint.workspace.helper_resolution import helper_of, workspace_import_names
from wac_lint.workspace.module_facts import first_imported_task_call
from wac_lint.workspace.reexports import reexport_origin

if TYPE_CHECKING:
    from wac_lint.workspace.view import WorkspaceView

PYTHON_IN_TASK = {
    Primitive.STEP: "runs its function in place and checkpoints nothing",
    Primitive.SLEEP: "falls back to `asyncio.sleep`, holding the worker for the whole wait",
    Primitive.APPROVAL: "raises `RuntimeError` (a task cannot suspend)",
    Primitive.TASK_SCRIPT: "raises `RuntimeError` (a task cannot dispatch another job)",
    Primitive.TASK_FLOW: "raises `RuntimeError` (a task cannot dispatch another job)",
    Primitive.TASK: "runs in place, in the same job and without its own options",
}
# What runs anyway inside a Python task body, only not as the guide means it (no
# checkpoint, a held worker, the inner task's options lost): a warning. The rest
# raises, hangs or never runs: an error.
RUNS_IN_PLACE = {
    (LanguageKind.PYTHON, Primitive.STEP),
    (LanguageKind.PYTHON, Primitive.SLEEP),
    (LanguageKind.PYTHON, Primitive.TASK),
}
TS_IN_TASK = (
    "never resolves: the task runs with the parent's checkpoint and waits for a step it "
    "cannot dispatch, until the job times out"
)
# What each SDK does with a durable call inside a task body.
IN_TASK = {
    LanguageKind.PYTHON: PYTHON_IN_TASK,
    LanguageKind.TYPESCRIPT: dict.fromkeys(Primitive, TS_IN_TASK),
}
# A script with no workflow whose `main` calls tasks runs in the SDKs' WAC v1 mode:
# every task call there, in a task body or a step callback as in `main`, dispatches the
# task as a job of its own over HTTP (wmill 1.850.0 `task`: `WM_JOB_ID` set and no
# workflow context; windmill-client 1.818.0 `task`: its `WM_JOB_ID` branch), and
# `_in_task_body` is never set, so nothing runs in place: no finding. The other
# primitives do there what they do anywhere outside a workflow.
NO_WORKFLOW_EFFECTS = {
    LanguageKind.PYTHON: {
        Primitive.STEP: "runs its function in place and checkpoints nothing",
        Primitive.SLEEP: "falls back to `asyncio.sleep`, holding the worker for the whole wait",
        Primitive.APPROVAL: "raises `RuntimeError` (only a `@workflow` can wait for one)",
        Primitive.TASK_SCRIPT: "raises `RuntimeError` (only a `@workflow` can call it)",
        Primitive.TASK_FLOW: "raises `RuntimeError` (only a `@workflow` can call it)",
    },
    LanguageKind.TYPESCRIPT: {
        Primitive.STEP: "runs its function in place and checkpoints nothing",
        Primitive.SLEEP: "waits on `setTimeout`, holding the worker for the whole wait",
        Primitive.APPROVAL: "throws (only a `workflow()` can wait for one)",
        Primitive.TASK_SCRIPT: "throws (only a `workflow()` can call it)",
        Primitive.TASK_FLOW: "throws (only a `workflow()` can call it)",
    },
}
NO_WORKFLOW_RUNS = frozenset({Primitive.STEP, Primitive.SLEEP})  # a warning, not an error
NO_WORKFLOW_ADVICE = (
    "(this script has no workflow); make `main` a workflow and call it from its body"
)

# A task called inside a task body as a statement, neither awaited nor kept: wmill's
# `_call_in_task_body` calls an async task's function in place and hands back a
# coroutine, which nothing then runs; windmill-client's promise never settles.
DROPPED_IN_TASK = {
    LanguageKind.PYTHON: (
        "is never awaited: there the SDK calls the task's function in place and returns a "
        "coroutine, which this statement drops, so the task never runs"
    ),
    LanguageKind.TYPESCRIPT: (
        "is never awaited: its promise never settles there and nothing waits for it, so the "
        "task never runs"
    ),
}
# A wrapper another module binds by path (`render = task_script("f/x/render")`).
BY_PATH = {TaskKind.TASK_SCRIPT: Primitive.TASK_SCRIPT, TaskKind.TASK_FLOW: Primitive.TASK_FLOW}
# How a wrapper another module binds by path is named, per language.
WRAPPER = {
    LanguageKind.PYTHON: {
        Primitive.TASK_SCRIPT: "a `task_script` wrapper",
        Primitive.TASK_FLOW: "a `task_flow` wrapper",
    },
    LanguageKind.TYPESCRIPT: {
        Primitive.TASK_SCRIPT: "a `taskScript` wrapper",
        Primitive.TASK_FLOW: "a `taskFlow` wrapper",
    },
}
IN_STEP = (
    "is not a durable operation of the workflow: the callback runs again after it suspends, and "
    "once the step is checkpointed its key is no longer allocated, so later keys shift"
)


class DurableCallInsideCallback(Rule):
    code = "WAC304"
    name = "durable-call-inside-callback"
    summary = (
        "A task, step, sleep or approval is called inside a `step(...)` callback or a task body"
    )
    message = "Call durable operations from the workflow body only"
    docs = """
## What it does
Finds a task call, `step`, `sleep` or an approval inside the function given to
`step(...)`, or inside a task body; also a call there of a task another module of the
workspace defines (a `@task` function, or a `task_script` / `task_flow` wrapper it binds:
`render = task_script("f/x/render")`), or of a function of another module whose own code
makes one
(`step("notify", lambda: notify_all(team))` where `notify_all` awaits a task, of its
module or one it imports from a third: `charge_and_notify` awaiting `charge_card` of
`f/lib/tasks.py`). Also a
task the body hands to a helper of the file that calls that parameter inside the
function it gives `step` (`checkpointed("journal", post_journal, period)` with `async
def checkpointed(name, fn, *args): return await step(name, lambda: fn(*args))`), also
a method of a Python class of the file called on an instance (`ctx.run("weather",
check_weather, site)` of `ctx = StepContext(...)`, the method found in the class or in
a base class of the file), reported on that argument. And, in Python, a task handed to
a thread or process runner from the workflow body (`asyncio.to_thread(t, x)`,
`loop.run_in_executor(None, t, x)`, `pool.map(t, xs)` / `pool.submit(t, x)` of a
`concurrent.futures` or `multiprocessing` pool, `threading.Thread(target=t)`), reported
on that argument.

What happens there, read in the SDKs:

- Python task body (`wmill` 1.850.0): a task runs as one job that is never
  replayed; `step` runs its function in place and checkpoints nothing, `sleep`
  falls back to `asyncio.sleep` (holding the worker), `wait_for_approval` and a
  `task_script` / `task_flow` wrapper raise `RuntimeError`, and another `@task`
  runs in place, in the same job, without its own options (`_dispatch_ctx`,
  `_call_in_task_body`, `_assert_not_inside_task_body`); called as a statement, not
  awaited, an `async` task hands back a coroutine nothing runs: the task never runs,
  as the message then says (in TypeScript, a dropped task call there never settles
  and nothing waits for it).
- TypeScript task body (`windmill-client` 1.818.0): the task's job replays the
  workflow with `_executing_key` set, and any other step, sleep, approval or
  task allocated there returns a promise that never settles: the task hangs
  until its timeout.
- Python thread or process runner (`wmill` 1.850.0 `task` wrapper, `_dispatch_ctx`):
  the workflow's context is a `ContextVar`. `asyncio.to_thread` copies it, so the
  wrapper there only hands back the step's awaitable, which `to_thread` returns in
  place of the task's result, never awaited. An executor's thread (and
  `run_in_executor`, which submits to one) or another process has no context: a
  `@task` wrapper there takes its path for a script that is not a workflow, starts
  the task as a job of its own and blocks until it ends, with no checkpoint, so it
  runs again on every replay; a `task_script` / `task_flow` wrapper raises
  `RuntimeError` ("can only be called inside a @workflow").
- A script with a `main` and no workflow (the SDKs' WAC v1 mode): a task call in a
  task body or step callback dispatches the task as a job of its own over HTTP, as
  it does in `main` (wmill 1.850.0 `task`: `WM_JOB_ID` set, no workflow context, and
  `_in_task_body` never set; windmill-client 1.818.0 `task`: its `WM_JOB_ID`
  branch), so it is not reported. `step` runs its function in place and `sleep`
  holds the worker (a warning); `wait_for_approval` / `waitForApproval` and the
  `task_script` / `task_flow` wrappers raise (they can only be called inside a
  workflow). A module without `main` is read as a library whose tasks a workflow
  of another script runs.
- `step(...)` callback (both): the inner call suspends through the step's
  function, which then runs again from its start on the next round; once the
  outer step is checkpointed its function no longer runs on replay, so the keys
  the inner call allocated are no longer allocated and the keys of later
  durable calls shift (a later step of the same name picks up the inner
  call's result).

Severity: **error**; a **warning** for a Python task body's `step`, `sleep` or awaited
task call, which run there (in place, holding the worker, without the inner task's
options) though not as durable operations.

## Why is this bad
Only calls made by the workflow body are replayed and checkpointed in order; the
same call elsewhere fails, hangs, holds a worker, or shifts the keys of the
calls after it.

## Example
```typescript
await step("notify", async () => {
  await sleep(60);
  return send();
});
```

## Use instead
```typescript
await sleep(60);
await step("notify", async () => send());
```
"""
    VALID = [
        py(
            "from wmill import task, step, sleep, workflow\n\n@task()\nasync def send(x: int):\n"
            "    return x\n\n@workflow\nasync def main():\n    await sleep(60)\n"
            "    await step('stamp', lambda: 1)\n    return await send(1)\n"
        ),
        ts(
            'import { task, step, sleep, workflow } from "windmill-client";\n'
            "const send = task(async (x: number) => x);\n"
            "export const main = workflow(async () => {\n  await sleep(60);\n"
            '  await step("stamp", () => Date.now());\n  return await send(1);\n});\n'
        ),
    ]
    INVALID = [
        ts(
            'import { step, sleep, workflow } from "windmill-client";\n'
            "export const main = workflow(async () => {\n"
            '  return await step("notify", async () => '
            "{\n    await «sleep(60)»;\n    return 1;\n  });\n});\n"
        ),
        py(
            "from wmill import task, sleep, workflow\n\n@task()\nasync def send(x: int):\n"
            "    await «sleep(60)»\n    return x\n\n@workflow\nasync def main():\n"
            "    return await send(1)\n"
        ),
        ts(
            'import { task, step, workflow } from "windmill-client";\n'
            "const send = task(async (x: number) => {\n"
            '  const t = await «step("t", () => Date.now())»;\n  return x + t;\n});\n'
            "export const main = workflow(async () => await send(1));\n"
        ),
        py(
            "from wmill import task, step, workflow\n\n@task()\nasync def send(x: int):\n"
            "    return x\n\nasync def notify():\n    return await send(2)\n\n"
            "@workflow\nasync def main():\n    return await step('n', «notify»)\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        model = ctx.model
        facts = sdk.facts(model)
        in_task = IN_TASK[model.language]
        # (call, how it is spelled; for a task call its name, shown as `name(...)`)
        found: list[tuple[sdk.Node, str, Primitive, bool]] = []
        for call in facts.calls:
            if call.primitive in sdk.DURABLE and not call.decorator:
                found.append((call.call, call.spelling, call.primitive, False))
        for tcall in facts.task_calls:
            found.append((tcall.call, tcall.name, tcall.kind, True))
        reported: set[int] = set()
        passed = callbacks_passed_by_name(model)
        v1 = runs_without_workflow(model)
        for node, spelled, primitive, is_task_call in found:
            region = sdk.region_of(model, node)
            if region is not Region.TASK_BODY and region is not Region.STEP_CALLBACK:
                continue  # the workflow body's calls (nearly all of them): nothing to say
            what = f"{spelled}(...)" if is_task_call else spelled
            severity = ERROR
            if v1:
                outside = outside_workflow(model, primitive)
                if outside is None:
                    continue  # a task call: a job of its own, as anywhere in a v1 script
                where = "a task body" if region is Region.TASK_BODY else "a `step(...)` callback"
                message = f"`{what}` inside {where} {outside[0]} {NO_WORKFLOW_ADVICE}"
                severity = outside[1]
            elif region is Region.TASK_BODY:
                effect = in_task.get(primitive, "")
                if (model.language, primitive) in RUNS_IN_PLACE:
                    severity = WARNING
                if is_task_call and dropped(model, node) and not sync_task(model, spelled):
                    effect, severity = DROPPED_IN_TASK[model.language], ERROR
                message = f"`{what}` inside a task body {effect}; call it from the workflow body"
            else:
                message = (
                    f"`{what}` inside a `step(...)` callback {IN_STEP}; call it from the "
                    "workflow body"
                )
            target = report_span(passed, Span.of(node))
            if target.start_byte in reported:
                continue
            reported.add(target.start_byte)
            ctx.report(target, message, severity=severity)
        for given, name in tasks_given_to_step(model) if not v1 else ():
            if given.start_byte in reported:
                continue
            reported.add(given.start_byte)
            ctx.report(
                Span.of(given),
                f"`{name}` is a task given to `step(...)` as its function: the step calls it "
                f"inside its callback, where a task call {IN_STEP}; call the task from the "
                f"workflow body (`await {name}(...)`)",
            )
        self.imported(ctx, passed, reported)
        self.tasks_handed_into_steps(ctx, reported)
        self.tasks_given_to_threads(ctx, reported)

    def tasks_given_to_threads(self, ctx: RuleContext, reported: set[int]) -> None:
        """`asyncio.to_thread(t, x)`, `pool.map(t, xs)`, `threading.Thread(target=t)` in
        the workflow body, `t` a task of the file: the task runs on a thread (or in a
        process) where the workflow's context is a copy or is missing."""
        model = ctx.model
        semantic = model.semantic
        wf = sdk.facts(model).workflow_function
        if wf is None or semantic is None:
            return  # (the runners are Python's: no TypeScript name resolves to one)
        tasks = {t.binding: t.kind for t in model.tasks if t.binding and t.top_level}
        tasks.update({a: t.kind for t in model.tasks if t.top_level for a in t.aliases})
        if not tasks:
            return
        for call in sdk.call_nodes(model, wf):
            callee = sdk.callee_of(call)
            named = callee.child_by_field_name("attribute") if callee is not None else None
            if callee is not None and callee.type == "identifier":
                named = callee
            if callee is None or named is None or model.text(named) not in RUNNER_NAMES:
                # only the runners' own names are resolved, read from the callee's last
                # name (the text of a callee in `f()()()...` is the whole chain below it)
                continue
            runner = semantic.qualified_name(callee)
            given = thread_runner_argument(model, call, runner)
            if given is None or runner is None or given.start_byte in reported:
                continue
            name = model.text(given)
            kind = tasks.get(name)
            bound = semantic.resolve(given)
            if kind is None or bound is None or bound.scope is not semantic.module:
                continue
            reported.add(given.start_byte)
            ctx.report(Span.of(given), thread_message(model, name, kind, runner, callee))

    def tasks_handed_into_steps(self, ctx: RuleContext, reported: set[int]) -> None:
        """`checkpointed("journal", post_journal, period)` where the file's
        `checkpointed(name, fn, *args)` calls its parameter `fn` inside the function it
        hands to `step(...)` (`step(name, lambda: fn(*args))`): the task the body gives
        it is called in the step callback (reported on that argument; a pure function
        given there is what the helper is for)."""
        model = ctx.model
        facts = sdk.facts(model)
        semantic = model.semantic
        wf = facts.workflow_function
        if wf is None or semantic is None or not facts.step_callbacks or not model.tasks:
            return
        tasks = {t.binding for t in model.tasks if t.binding} | {
            a for t in model.tasks for a in t.aliases
        }
        seen: set[tuple[int, str]] = set()
        for fn in outermost(facts.step_callbacks.values()):
            # a callback nested in another is read with it (3,000 nested: once, not 3,000x)
            for call in sdk.call_nodes(model, fn):
                callee = sdk.callee_of(call)
                if callee is None or callee.type != "identifier":
                    continue
                binding = semantic.resolve(callee)
                if binding is None or binding.kind is not BindingKind.PARAMETER:
                    continue
                helper = binding.scope.node
                key = (helper.id, binding.name)
                if helper.id == wf.id or key in seen or helper.id in facts.task_bodies:
                    continue
                seen.add(key)
                for arg in sdk.arguments_for(model, wf, helper, binding.name):
                    arg = sdk.unwrap(arg) or arg
                    if arg.type != "identifier" or model.text(arg) not in tasks:
                        continue
                    given = semantic.resolve(arg)
                    if given is None or given.scope is not semantic.module:
                        continue
                    if arg.start_byte in reported:
                        continue
                    reported.add(arg.start_byte)
                    ctx.report(
                        Span.of(arg),
                        f"`{model.text(arg)}` is a task, and `{function_label(model, helper)}` "
                        f"calls its `{binding.name}` inside a `step(...)` callback: the task "
                        f"call there {IN_STEP}; await the task in the workflow body instead",
                    )

    def imported(
        self, ctx: RuleContext, passed: list[tuple[int, int, Span]], reported: set[int]
    ) -> None:
        """A step callback or task body calling a function another module of the
        workspace defines that makes a durable call (`notify_all(team)` whose loop awaits
        the task `send_email`), or a task that module defines: the same mistake, one
        call away."""
        model, workspace = ctx.model, ctx.workspace
        semantic = model.semantic
        names = workspace_import_names(model)
        if workspace is None or semantic is None or not names:
            return
        in_task = IN_TASK[model.language]
        v1 = runs_without_workflow(model)
        for call in sdk.call_nodes(model):
            callee = sdk.callee_of(call)
            base = chain_root(callee)
            if callee is None or base is None:
                continue
            if model.text(base) not in names:
                continue  # a package's name, or not an import: nothing to follow
            binding = semantic.resolve(base)
            if binding is None or binding.kind != BindingKind.IMPORT:
                continue
            region = sdk.region_of(model, call)
            if region is not Region.TASK_BODY and region is not Region.STEP_CALLBACK:
                continue
            ref = helper_of(model, call, workspace.file, workspace.project, workspace.consulted)
            if ref is None or "." in ref.function:
                continue
            workspace.consulted.add(ref.file)
            ref = reexport_origin(ref, workspace.project, workspace.consulted)
            try:
                stat = ref.file.stat()
            except OSError:
                continue
            version = (stat.st_size, stat.st_mtime_ns)
            found = _durable_in(str(ref.file), ref.function, version)
            if found is None:
                # `charge_and_notify` awaiting `charge_card`, a task a third module
                # defines and the helper's module imports
                found = _imported_task_in(str(ref.file), ref.function, version, workspace)
            if found is None:
                continue
            primitive, inner, row = found
            shown = workspace.shown(ref.file)
            name = model.text(callee)
            where = "a task body" if region is Region.TASK_BODY else "a `step(...)` callback"
            effect = in_task.get(primitive, "") if region is Region.TASK_BODY else IN_STEP
            advice = "; call it from the workflow body"
            severity = ERROR
            if region is Region.TASK_BODY and (model.language, primitive) in RUNS_IN_PLACE:
                severity = WARNING
            if region is Region.TASK_BODY and primitive is Primitive.TASK and dropped(model, call):
                effect, severity = DROPPED_IN_TASK[model.language], ERROR
            if v1:
                outside = outside_workflow(model, primitive)
                if outside is None:
                    continue  # a task call: a job of its own, as anywhere in a v1 script
                effect, severity = outside
                advice = f" {NO_WORKFLOW_ADVICE}"
            if inner is None:
                kind = WRAPPER[model.language].get(primitive, "a task")
                message = f"`{name}(...)` ({kind} of {shown}) inside {where} {effect}{advice}"
            else:
                message = (
                    f"`{name}(...)` runs `{inner}` ({shown}, line {row}) inside {where}, "
                    f"where it {effect}{advice}"
                )
            target = report_span(passed, Span.of(call))
            if target.start_byte in reported:
                continue
            reported.add(target.start_byte)
            ctx.report(target, message, severity=severity)


def runs_without_workflow(model: ScriptModel) -> bool:
    """A script with a `main` and no workflow anywhere: run as a plain job, its task
    calls dispatch over HTTP (the SDKs' WAC v1 mode) wherever they are made. A module
    without `main` stays a library whose tasks a workflow of another script may run."""
    return model.main_function is not None and not model.workflows


def outside_workflow(model: ScriptModel, primitive: Primitive) -> tuple[str, str] | None:
    """What a durable call does in a task body or step callback of a script without a
    workflow, and its severity; None for a task call (a job of its own)."""
    effect = NO_WORKFLOW_EFFECTS[model.language].get(primitive)
    if effect is None:
        return None
    return effect, WARNING if primitive in NO_WORKFLOW_RUNS else ERROR


# Pools whose `map` / `submit` / `apply_async` run the function on their own threads or
# processes (`ThreadPoolExecutor(4)` bound by `with ... as pool` resolves to
# `concurrent.futures.ThreadPoolExecutor(…).map`).
POOL_CLASSES = (
    "concurrent.futures.ThreadPoolExecutor",
    "concurrent.futures.ProcessPoolExecutor",
    "multiprocessing.Pool",
    "multiprocessing.pool.Pool",
    "multiprocessing.pool.ThreadPool",
)
POOL_METHODS = frozenset(
    {"map", "submit", "apply", "apply_async", "imap", "imap_unordered", "starmap", "map_async"}
)


RUNNER_NAMES = POOL_METHODS | {"to_thread", "run_in_executor", "Thread"}


def thread_runner_argument(model: ScriptModel, call: Node, runner: str | None) -> Node | None:
    """The identifier a thread or process runner is given to run, or None."""
    if runner is None:
        return None
    args = call.child_by_field_name("arguments")
    if args is None:
        return None
    positional = [a for a in args.named_children if a.type not in ("comment", "keyword_argument")]
    index: int | None = None
    if runner == "asyncio.to_thread":
        index = 0
    elif runner.endswith(".run_in_executor") and runner.startswith("asyncio."):
        index = 1
    elif runner == "threading.Thread":
        for a in args.named_children:
            key = a.child_by_field_name("name") if a.type == "keyword_argument" else None
            if key is not None and model.text(key) == "target":
                value = a.child_by_field_name("value")
                return value if value is not None and value.type == "identifier" else None
        index = 1  # Thread(group, target, ...)
    else:
        head, _, method = runner.rpartition(".")
        if method in POOL_METHODS and head.split("(", 1)[0] in POOL_CLASSES:
            index = 0
    if index is None or len(positional) <= index:
        return None
    arg = positional[index]
    return arg if arg.type == "identifier" else None


def thread_message(
    model: ScriptModel, name: str, kind: TaskKind, runner: str, callee: Node | None
) -> str:
    shown = model.text(callee) if callee is not None else runner
    if runner == "asyncio.to_thread":
        return (
            f"`{name}` is a task run by `{shown}`: on that thread, under a copy of the "
            "workflow's context, its wrapper only hands back the step's awaitable, which "
            "`to_thread` returns unawaited in place of the task's result; await the task in "
            f"the workflow body (`await {name}(...)`)"
        )
    where = (
        "in another process" if "Process" in runner or ".Pool" in runner else ("on another thread")
    )
    if kind is TaskKind.TASK:
        effect = (
            "the SDK does not dispatch it as a step of this workflow there but starts the "
            "task as a job of its own and waits for it, with no checkpoint, so it runs "
            "again on every replay"
        )
    else:
        effect = (
            f"there a `{kind.value}` wrapper raises `RuntimeError` (it can only be called "
            "inside a `@workflow`)"
        )
    return (
        f"`{name}` is a task run by `{shown}` {where}, without the workflow's context: "
        f"{effect}; await the task in the workflow body (`asyncio.gather` for several)"
    )


def sync_task(model: ScriptModel, name: str) -> bool:
    """A task of the file by that name wraps a plain `def` (run at once when called)."""
    return any(
        t.binding == name and t.function is not None and not t.function.is_async
        for t in model.tasks
    )


def dropped(model: ScriptModel, call: sdk.Node) -> bool:
    """The call is a statement of its own: its result (a coroutine, a promise) is dropped."""
    parent = model.parent_of(call)
    while parent is not None and parent.type == "parenthesized_expression":
        parent = model.parent_of(parent)
    return parent is not None and parent.type == "expression_statement"


@lru_cache(maxsize=64)
def _module(file: str, _key: tuple[int, int], scopes: bool = False) -> ScriptModel | None:
    """The model of another module of the workspace, per version of the file: built as
    a script, or (`scopes`) only its imports and scopes, which a module that does not
    import the SDK has too."""
    from wac_lint.engine import InputError, read_source
    from wac_lint.frontends import build_model, module_model

    try:
        source = read_source(file)
        return module_model(source) if scopes else build_model(source)
    except (InputError, OSError, RecursionError):
        return None


def _imported_task_in(
    file: str, name: str, key: tuple[int, int], workspace: WorkspaceView
) -> tuple[Primitive, str | None, int] | None:
    """The first call a top-level function of a module makes, in its own code, of a task
    that module imports from another module of the workspace (`charge_card(...)` in
    `f/lib/durable.py`'s `charge_and_notify`, from `f.lib.tasks`). Not cached: whether
    the name is a task is the other module's answer (cached there, by its content);
    the modules read go to the workspace's consulted files."""
    other = _module(file, key, scopes=True)
    semantic = other.semantic if other is not None else None
    if other is None or semantic is None:
        return None
    bound = semantic.module.bindings.get(name)
    function = bound.function if bound is not None else None
    held = bound.assigned_value if bound is not None else None
    if function is None and held is not None and held.type in semantic.syntax.functions:
        function = held  # `export const chargeAll = async (ids) => { ... }`
    if function is None:
        return None
    call = first_imported_task_call(other, function)
    callee = sdk.callee_of(call) if call is not None else None
    found = None
    if call is not None and callee is not None:
        found = Primitive.TASK, f"{other.text(callee)}(...)", call.start_point[0] + 1
    workspace.consulted |= other.workspace_files
    return found


@lru_cache(maxsize=256)
def _durable_in(
    file: str, name: str, _key: tuple[int, int]
) -> tuple[Primitive, str | None, int] | None:
    """What makes a top-level function of a module durable to call: it is a task of that
    module (`(TASK, None, row)`), or its own code makes a durable call (the primitive,
    how it is spelled there, its row)."""
    other = _module(file, _key)
    if other is None:
        return None
    for task in other.tasks:
        if task.binding != name or not task.top_level:
            continue
        if task.function is not None:
            return Primitive.TASK, None, task.span.start_row + 1
        if task.kind in BY_PATH:
            # `render = task_script("f/x/render")`: a wrapper the module binds
            return BY_PATH[task.kind], None, task.span.start_row + 1
    semantic = other.semantic
    bound = semantic.module.bindings.get(name) if semantic is not None else None
    if bound is None or bound.kind != BindingKind.FUNCTION or bound.value is None:
        return None
    function = bound.value
    facts = sdk.facts(other)
    inside: list[tuple[int, Primitive, str]] = []
    for call in facts.calls:
        if call.primitive in sdk.DURABLE and not call.decorator:
            inside.append((call.call.start_byte, call.primitive, call.spelling))
    for tcall in facts.task_calls:
        inside.append((tcall.call.start_byte, tcall.kind, f"{tcall.name}(...)"))
    idle = [
        fn
        for fn in other.node_index.of_kinds(other.lang.function_nodes_for_rules, function)
        if fn.id != function.id
        and sdk.idle_definition(other, fn, function.start_byte, function.end_byte)
    ]
    for start, primitive, spelled in sorted(inside, key=lambda item: item[0]):
        if not function.start_byte <= start < function.end_byte:
            continue
        if any(fn.start_byte <= start < fn.end_byte for fn in idle):
            continue  # in a function defined there and never called
        row = other.source.data[:start].count(b"\n") + 1
        return primitive, spelled, row
    return None


def function_label(model: ScriptModel, fn: sdk.Node) -> str:
    """`checkpointed`, or `StepContext.run` for a method of a class of the file."""
    name = fn.child_by_field_name("name")
    if name is None:
        return "the helper"
    body = fn.parent
    if body is not None and body.type == "decorated_definition":
        body = body.parent
    owner = body.parent if body is not None else None
    cls = owner.child_by_field_name("name") if owner is not None else None
    if owner is not None and owner.type in ("class_definition", "class_declaration") and cls:
        return f"{model.text(cls)}.{model.text(name)}"
    return model.text(name)


def callbacks_passed_by_name(model: ScriptModel) -> list[tuple[int, int, Span]]:
    """(start, end, where it is passed) of each function the workflow body hands to
    `step` by name: gathered once, not for each durable call (1,500 nested step
    callbacks read every step call for each of them)."""
    out: list[tuple[int, int, Span]] = []
    for call in sdk.facts(model).calls:
        if call.primitive is not Primitive.STEP or len(call.args) < 2:
            continue
        arg = sdk.unwrap(call.args[1])
        if arg is None or sdk.is_function(model, arg):
            continue
        fn = sdk.function_named(model, arg)
        if fn is not None and sdk.region_of(model, call.call) is Region.WORKFLOW:
            out.append((fn.start_byte, fn.end_byte, Span.of(arg)))
    return out


def tasks_given_to_step(model: ScriptModel) -> list[tuple[sdk.Node, str]]:
    """`step("x", fetchRows)` / `step("x", fetchRows.bind(null, id))`: a task of the
    file (or a name bound once to it) handed to `step` as the function it runs, with
    the task's name; the step's function calls the task's wrapper (windmill-client
    1.818.0 `_runInlineStep` runs `fn()`, wmill 1.850.0 `_run_inline_step` `fn()`)."""
    names = {t.binding for t in model.tasks if t.binding and t.top_level}
    names.update(alias for t in model.tasks if t.top_level for alias in t.aliases)
    if not names:
        return []
    tasks = {t.node.id for t in model.tasks if t.top_level}
    out: list[tuple[sdk.Node, str]] = []
    for call in sdk.facts(model).calls:
        if call.primitive is not Primitive.STEP or len(call.args) < 2:
            continue
        if sdk.region_of(model, call.call) is not Region.WORKFLOW:
            continue  # a step in a task body or a step callback: reported as such
        given = sdk.unwrap(call.args[1])
        name = given
        if given is not None and given.type == "call_expression":
            callee = sdk.callee_of(given)
            prop = callee.child_by_field_name("property") if callee is not None else None
            if callee is None or prop is None or model.text(prop) != "bind":
                continue
            name = callee.child_by_field_name("object")  # `fetchRows.bind(null, id)`
        if given is None or name is None or name.type != "identifier":
            continue
        spelled = model.text(name)
        if spelled not in names:
            continue
        value = sdk.bound_value(model, spelled, name)
        while value is not None and value.type == "identifier":
            value = sdk.bound_value(model, model.text(value), value)  # an alias
        if value is not None and (value.id in tasks or _decorated_task(model, value, tasks)):
            out.append((given, spelled))
    return out


def _decorated_task(model: ScriptModel, value: sdk.Node, tasks: set[int]) -> bool:
    """A Python `@task()` function: its definition, whose decorator the task is."""
    parent = model.parent_of(value)
    if parent is None or parent.type != "decorated_definition":
        return False
    return any(
        d.id in tasks or any(c.id in tasks for c in d.named_children)
        for d in parent.named_children
        if d.type == "decorator"
    )


def report_span(passed: list[tuple[int, int, Span]], span: Span) -> Span:
    """A step callback passed by name is reported where it is passed."""
    for start, end, where in passed:
        if start <= span.start_byte < end:
            return where
    return span


def outermost(functions: Iterable[Node]) -> list[Node]:
    """The functions of `functions` not inside another one of them."""
    found: list[Node] = []
    for fn in sorted(functions, key=lambda f: (f.start_byte, -f.end_byte)):
        if not found or fn.start_byte >= found[-1].end_byte:
            found.append(fn)
    return found
