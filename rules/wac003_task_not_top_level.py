"""WAC003: a task defined anywhere but module top level."""

from __future__ import annotations

from wac_lint.languages import LanguageKind
from wac_lint.model import ScriptModel, TaskDef, TaskKind
from wac_lint.rule import ERROR, WARNING, Rule, RuleContext, py, ts
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._sdk_calls import Node
from wac_lint.semantic.scopes import BindingKind

# Why a script path given to `task` never runs the script, per SDK (wmill 1.850.0
# imports the path as the function; windmill-client 1.818.0 calls the options).
PATH_GIVEN_TO_TASK = {
    LanguageKind.PYTHON: "importing the script raises",
    LanguageKind.TYPESCRIPT: "the SDK calls the options as the function",
}
# What `await task(fn)` does, the wrapper awaited and never called (wmill 1.850.0: `task`
# hands back `wrapper`, a plain `def`; windmill-client 1.818.0: `task` returns `wrapper`,
# a function with no `then`, which `await` gives back as it is).
WRAPPER_AWAITED = {
    LanguageKind.PYTHON: "the wrapper it returns is a plain function, and `await` on it raises "
    "`TypeError`",
    LanguageKind.TYPESCRIPT: "`await` gives back the wrapper it returns, a function, without "
    "calling it",
}
WHAT_NEVER_RUNS = {
    TaskKind.TASK: "the task",
    TaskKind.TASK_SCRIPT: "the script",
    TaskKind.TASK_FLOW: "the flow",
}
# The step key of a task wrapping an anonymous function (`func.__name__` / `fn.name || "step"`).
ANONYMOUS_KEY = {LanguageKind.PYTHON: "<lambda>", LanguageKind.TYPESCRIPT: "step"}
# What Windmill's diagram draws (windmill-oracle `dag`): a TypeScript task assigned as it
# is to a top-level `const`; a Python task defined by a statement of the module itself,
# not one nested in a loop, `if`, `try` or `with` block.
DRAWN_TASKS = {
    LanguageKind.PYTHON: (
        "a task defined directly at module level, not inside a block "
        "(`@task()` on a top-level `async def`)"
    ),
    LanguageKind.TYPESCRIPT: (
        "a task assigned as it is to a top-level `const` (`const enrich = task(...)`)"
    ),
}


class TaskNotTopLevel(Rule):
    code = "WAC003"
    name = "task-not-top-level"
    summary = (
        "A task / task_script / task_flow is created inside a function instead of at top level"
    )
    message = "Define tasks at module top level with a stable name"
    severity = WARNING
    docs = """
## What it does
Finds `task`, `task_script`/`taskScript` and `task_flow`/`taskFlow` created
anywhere but module top level: inside the workflow, inside any other function,
lambda or callback (`parallel(urls, (u) => task(check)(u))`,
`await task(async () => ...)()`).

A decorator of the file that returns `task(...)(fn)` of the function it is given
(`def durable(timeout): def deco(fn): return task(timeout=timeout)(fn)`) is reported
at that `task(...)`; each function it decorates (`@durable(timeout=120)`) is a task
for the other rules (keyed by its name, its body run in the task's own job). A
team's wrapper under the SDK's own name (`def task(_func=None, **options): ...;
return wmill.task(**options)`) is not reported: the scripts importing it decorate
their functions at top level with `@task()`, which Windmill's parser reads by name.

Severity: a warning, because an inline task runs correctly (the SDK keys it by
the function's name, or `step` / `<lambda>` for an anonymous one); an error for
`task("f/x", {...})`, a script path given to `task`, which never runs the script
(windmill-client 1.818.0 calls the options object as the function; wmill
1.850.0 reads `__name__` of the string and raises): `taskScript` was meant.

In TypeScript a task at module level is also reported when it is not assigned as
it is to a top-level `const` / `let` (`const x = task(...)`, with or without a type
annotation): cast with `as` / `satisfies`, followed by `!`, in parentheses, passed to
another function, a member of an object or array literal; and so is a `task(...)` given
more than two arguments (`task("f/x", fn, { timeout: 60 })`: Windmill's parser collects
`task(fn)`, `task(fn, options)` and `task(path, fn)` only). In Python a task made at
module level inside a block (a `for` / `while` loop, `if`, `try`, `with`, `match`) is
reported the same way; a loop also makes it again on each pass, under one name. It
runs, but Windmill's diagram does not draw it (windmill-oracle `dag`).

## Why is this bad
Windmill's parser only collects tasks defined at top level, so inline tasks are
missing from the diagram. The step key of a task comes from its name; a task
created inline is often anonymous (`<lambda>` in Python, `step` in TypeScript),
so renaming or reordering the code shifts the keys of running workflows. The
launch post's first examples define tasks inline in a `main` that is not a
workflow; the WAC guide (the later, stricter word) asks for top-level tasks,
and wac-lint follows the guide: those examples get WAC003 and WAC005.

An inline `task(...)` / `taskScript(...)` / `taskFlow(...)` that is awaited without
being called (`await task(async () => {...})`, also in the launch post) or dropped
as a statement (`task(lambda: save_results(results))`) is an **error**: the SDKs
return a wrapper to call, and nothing runs. wmill 1.850.0's `task` hands back
`wrapper`, a plain `def`, and `await` on it raises `TypeError`; windmill-client
1.818.0's `task` returns `wrapper`, a function with no `then`, which `await` gives
back as it is (the variable then holds a function).

## Example
```typescript
export const main = workflow(async (urls: string[]) => {
  return await parallel(urls, (u) => task(check)(u));
});
```

## Use instead
```typescript
const checkUrl = task(check);

export const main = workflow(async (urls: string[]) => {
  return await parallel(urls, checkUrl);
});
```
"""
    VALID = [
        py(
            "from wmill import task, workflow\n\n@task()\nasync def process(x: str):\n"
            "    return x\n\n@workflow\nasync def main(x: str):\n    return await process(x)\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const process = task(async (x: string) => x);\n"
            "export const main = workflow(async (x: string) => await process(x));\n"
        ),
    ]
    INVALID = [
        py(
            "from wmill import task, workflow\n\n@workflow\nasync def main(x: str):\n"
            "    @«task»\n    async def inner(y: str):\n        return y\n"
            "    return await inner(x)\n"
        ),
        py(
            "from wmill import task, workflow\n\n@workflow\nasync def main(x: str):\n"
            "    return await «task»(lambda: x)()\n"
        ),
        ts(
            'import { task, workflow, parallel } from "windmill-client";\n'
            "async function check(u: string) { return u; }\n"
            "export const main = workflow(async (urls: string[]) => {\n"
            "  return await parallel(urls, (u) => «task»(check)(u));\n});\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "export const main = workflow(async () => {\n"
            "  return await «task»(async () => 1)();\n});\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            'const deploy = «task»("f/ops/deploy", { timeout: 600 });\n'
            "export const main = workflow(async () => await deploy());\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        language = ctx.model.language
        for task in ctx.model.tasks:
            shown = ctx.model.text(task.span)
            if task.path_without_function:
                script = ctx.model.lang.sdk_names["task_script"]
                why = PATH_GIVEN_TO_TASK[language]
                ctx.report(
                    task.span,
                    f"`{shown}` is given a script path, not a function: it never runs the "
                    f'script ({why}); use `{script}("{task.path}")`',
                    severity=ERROR,
                )
                continue
            if task.top_level and task.undrawn is not None:
                if not ctx.model.workflows:
                    # Windmill draws a diagram only for a script with a workflow
                    # (windmill-oracle `dag`: "No workflow() wrapped async function
                    # found"); a module of shared tasks has none to leave it out of.
                    continue
                key = task.step_name or ANONYMOUS_KEY[language]
                count = len(sdk.arguments_of(ctx.model, task.node)[0])
                most = ctx.model.lang.drawn_task_arguments
                if most is not None and task.kind is TaskKind.TASK and count > most:
                    # Windmill's parser (`extract_task_call_info`) collects `task(...)` of
                    # one or two arguments only: `task(path, fn, options)` is left out
                    ctx.report(
                        task.span,
                        f"`{shown}` is given {count} arguments: it runs (keyed `{key}`), but "
                        "Windmill's diagram only draws a `task(...)` of one or two arguments "
                        "(`task(fn)`, `task(fn, options)`, `task(path, fn)`), so it does not "
                        "show it; drop the path or the options",
                    )
                    continue
                ctx.report(
                    task.span,
                    f"`{shown}` is defined at top level but {task.undrawn}: it runs (keyed "
                    f"`{key}`), but Windmill's diagram only draws {DRAWN_TASKS[language]}, "
                    "so it does not show it",
                )
                continue
            if task.top_level:
                continue
            if sdk.sdk_named_wrapper(ctx.model, task.node) in {
                ctx.model.lang.sdk_names[c] for c in ("task", "task_script", "task_flow")
            }:
                # `def task(_func=None, **options): return wmill.task(**options)`: the
                # file's wrapper under the SDK's name; where another script decorates
                # with it at top level, Windmill's parser reads it as the SDK's
                continue
            uncalled = _uncalled(ctx.model, task.node)
            if uncalled is not None:
                # `await task(async () => ...)` / `task(lambda: save(x))` as a statement
                # (the launch post's forms): the wrapper is never called, nothing runs
                why = (
                    f"is awaited without being called: {WRAPPER_AWAITED[language]}"
                    if uncalled == "awaited"
                    else "makes a wrapper that this statement drops without calling it"
                )
                ctx.report(
                    task.span,
                    f"`{shown}(...)` {why}, so {WHAT_NEVER_RUNS[task.kind]} never runs; "
                    f"call it (`await {shown}(...)(...)`), better a task defined once at top "
                    "level",
                    severity=ERROR,
                )
                continue
            where = "inside the workflow" if task.inside_workflow else "inside a function"
            if (
                not task.inside_workflow
                and next(sdk.enclosing_functions(ctx.model, task.node), None) is None
            ):
                where = "in a class body"  # `static thumb = task(...)`, `thumb = task(fn)`
            if task.wraps:
                message = (
                    f"`{shown}({task.wraps})` creates a task {where}: it runs (the SDK keys it "
                    f"by the function name `{task.wraps}`), but the guide wants tasks at module "
                    "top level and Windmill's diagram does not show it; define it once at "
                    "top level and call that"
                )
            elif task.kind in (TaskKind.TASK_SCRIPT, TaskKind.TASK_FLOW):
                # No function to wrap: the SDK keys the task by the path's last part
                # (wmill 1.850.0 `task_script`, windmill-client 1.818.0 `taskScript`).
                keyed = (
                    f"keyed by the path's last part `{task.path.rsplit('/', 1)[-1]}`"
                    if task.path
                    else "keyed by the last part of its path"
                )
                message = (
                    f"`{shown}` creates a task {where}: it runs ({keyed}), but the guide "
                    "wants tasks at module top level and Windmill's diagram does not show it; "
                    "define it once at top level and call that"
                )
            elif task.wraps_given:
                # `task(timeout=60)(fn)` in a registering decorator: the SDK reads
                # `fn.__name__` each time, so each function it is given has its own key
                message = (
                    f"`{shown}` creates a task {where} from `{task.wraps_given}`, a function it "
                    f"is given: it runs (keyed by the name of each function passed as "
                    f"`{task.wraps_given}`), but the guide wants tasks at module top level and "
                    "Windmill's diagram does not show it; decorate each function with the "
                    "SDK's task decorator at top level"
                )
            elif task.decorator_returned:
                # `def durable(**options): return task(timeout=60, **options)`: the
                # decorator is applied where `@durable(...)` is, to a named function
                factory = next(sdk.enclosing_functions(ctx.model, task.node), None)
                named = factory.child_by_field_name("name") if factory is not None else None
                by = f"`@{ctx.model.text(named)}(...)`" if named is not None else "it"
                message = (
                    f"`{shown}` hands back the SDK's task decorator {where}: each function "
                    f"decorated with {by} runs as a task keyed by its own name, but the guide "
                    "wants tasks made at module top level with the SDK's `task`, and "
                    "Windmill's diagram does not show them; decorate each function with the "
                    "SDK's task decorator at top level"
                )
            elif (given := _function_name_given(ctx.model, task)) is not None:
                name, nested = given
                # `task(fn)` in a factory, `fn` its parameter: the SDK keys the task by
                # the name of the function `fn` holds when the factory runs; a nested
                # function declaration by its own name
                keyed = (
                    f"keyed by its name `{name}`"
                    if nested
                    else f"keyed by the name of the function `{name}` holds when this runs"
                )
                message = (
                    f"`{shown}({name})` creates a task {where}: it runs ({keyed}), but the "
                    "guide wants tasks at module top level and Windmill's diagram does not "
                    "show it; define each task at top level and call it"
                )
            elif (
                task.step_name in (None, "", "<lambda>")
                or task.function is None
                or (not task.function.name)
            ):
                key = ANONYMOUS_KEY[language]
                message = (
                    f"`{shown}` wraps an anonymous function {where}: its step key is `{key}` "
                    "(numbered `_2`, `_3`, shared with other unnamed steps), and Windmill's "
                    "diagram does not show it; define a named task at module top level"
                )
            else:
                message = (
                    f"`{shown}` creates a task {where}: it runs (keyed by its name "
                    f"`{task.step_name}`), but the guide wants tasks at module top level and "
                    "Windmill's diagram does not show it; define it at top level and call it here"
                )
            ctx.report(task.span, message)


def _function_name_given(model: ScriptModel, task: TaskDef) -> tuple[str, bool] | None:
    """`task(fn)` whose `fn` is a name holding no top-level function of the file: the
    name, and whether it names a nested function declaration (else a parameter of the
    factory around it, or another value); None for any other argument."""
    if task.kind is not TaskKind.TASK or task.function is not None:
        return None
    args, _, unpacked = sdk.arguments_of(model, task.node)
    if unpacked:
        return None
    given = [a for a in args if a.type not in ("string", "template_string", "comment")]
    first = sdk.unwrap(given[0]) if given else None
    if first is None or first.type != "identifier":
        return None
    semantic = model.semantic
    binding = semantic.resolve(first) if semantic is not None else None
    return model.text(first), binding is not None and binding.kind is BindingKind.FUNCTION


def _uncalled(model: ScriptModel, node: Node) -> str | None:
    """How the wrapper this `task(...)` call makes is left uncalled: "awaited" (the
    operand of an `await`), "dropped" (the whole of an expression statement), or None."""
    semantic = model.semantic
    if semantic is None or node.type not in semantic.syntax.calls:
        return None
    parent = model.parent_of(node)
    while parent is not None and parent.type in semantic.syntax.transparent:
        parent = model.parent_of(parent)
    if parent is None:
        return None
    if parent.type in semantic.syntax.awaits:
        return "awaited"
    # the same node type in both grammars
    return "dropped" if parent.type == "expression_statement" else None
