"""WAC005: the workflow is not the script's entry point."""

from __future__ import annotations

from collections.abc import Callable

from wac_lint.frontends.body.records import iter_nodes
from wac_lint.languages import LanguageKind
from wac_lint.model import FunctionInfo, ScriptModel, Span, TaskKind, WorkflowEntry
from wac_lint.rule import WARNING, Fix, Rule, RuleContext, py, ts

# How `main` becomes a workflow, per language.
MAKE_MAIN_A_WORKFLOW = {
    LanguageKind.PYTHON: "decorate it with `@workflow`",
    LanguageKind.TYPESCRIPT: "wrap it: `export const main = workflow(async (...) => ...)`",
}

# How a `main` that is not a workflow runs its tasks (the SDK's WAC v1 mode), and how
# to make it durable, per language. windmill-client runs a task in place when the
# script is a flow step (`WM_FLOW_JOB_ID` set); wmill dispatches it either way.
V1_MODE = {
    LanguageKind.PYTHON: (
        "each is dispatched as a job of its own while `main` holds its worker waiting, "
        "and nothing is checkpointed or replayed; to checkpoint them, make it "
        "`async def main` under `@workflow` and await async tasks"
    ),
    LanguageKind.TYPESCRIPT: (
        "each is dispatched as a job of its own while `main` holds its worker waiting "
        "(or run in place when the script is a flow step), and nothing is checkpointed "
        "or replayed; to checkpoint them, wrap it: "
        "`export const main = workflow(async (...) => ...)`"
    ),
}

# Whether an `async` main can await a task in v1 mode: windmill-client's v1 branch
# returns a promise; wmill's sync wrapper returns the job's result itself.
ASYNC_MAIN_RUNS_V1 = {LanguageKind.PYTHON: False, LanguageKind.TYPESCRIPT: True}

PRIMITIVES = {"task", "task_script", "task_flow", "step", "sleep", "wait_for_approval", "parallel"}


class WorkflowNotEntrypoint(Rule):
    code = "WAC005"
    name = "workflow-not-entrypoint"
    summary = "The workflow is not the script's `main` entry, or `main` uses WAC without being one"
    fix_kind = "fix"
    message = "Make the workflow the script's entry point"
    docs = """
## What it does
Checks that the workflow is what Windmill runs:
- TypeScript: `workflow(...)` must be bound as `export const main = workflow(...)`
  or `export default workflow(...)`, with exactly one async function (not called
  inside `main`, not `workflow("name", fn)`). Two forms run but are misread by
  Windmill's parsers, which then find no parameters (`windmill-oracle sig`
  gives `args: []`), so the workflow is called without its arguments:
  `export { run as main }` and `export const main = workflow(run)` naming a
  function declared elsewhere (which the WAC parser does not detect at all:
  "No workflow() wrapped async function found"), reported when the workflow
  has parameters (`export default workflow(main)` over an exported
  `function main` keeps its parameters and runs), and so is
  `const pipeline = workflow(...); export default pipeline` (the parser looks
  for `main` by name; `export default main` is fine);
- Python: `@workflow` must decorate a top-level function, that function must be
  `main`, only one function may be a workflow, and the decorator must stand
  alone on its line: Windmill's worker (`is_wac_v2_py`) recognises a workflow by
  a line that is exactly `@workflow` (so `@workflow  # entry` is not one), and
  `@workflow()` is a TypeError; `main = workflow(run)` is not such a line either;
- both: a `main` that uses WAC primitives (task, step, sleep, approval, parallel)
  without being a workflow; in TypeScript also the function exported as the entry
  under another name (`export { run as main }`) and, in a script with nothing called
  `main` that imports `workflow`, the function it exports by default (`export default
  async function (...) {...}`, `export default async (...) => ...`, `export default
  run`): windmill-oracle `dag` says "No workflow() wrapped async function found", and
  `sig` reads the script as a library (`auto_kind: lib`). A module that does not import
  `workflow` is a helper other scripts import: its default export is not judged.
  A `main` whose only WAC use is calling `task`-defined functions (a sync `def main` in
  Python), top-level ones or ones it wraps itself (`await task(heavyCompute)(i)`, the
  form of Windmill's TypeScript v1 docs), is the SDK's WAC v1 mode, which runs: wmill
  1.850.0's `task` wrapper and windmill-client 1.818.0's `task` (read) dispatch each
  call as a job over HTTP when they run in a job outside a workflow, and wait for it
  (windmill-client runs it in place in a flow step). That is a **warning** (nothing is
  checkpointed; the guide's form is the workflow). `task_script`, `task_flow` and
  `wait_for_approval` raise outside a workflow, `step` and `sleep` run in place, and
  wmill's v1 wrapper returns the job's result, which an `async def main` cannot
  `await`: those stay errors;
- TypeScript: a script without `main` that declares its own `workflow` (`export
  async function workflow(...)`) over the one it imports from `windmill-client`:
  an ES module cannot declare an imported name again (the module fails to load:
  Node's loader says `SyntaxError: Identifier 'workflow' has already been
  declared`; Bun follows the same module rules), and Windmill looks for `main`.

The one shape a fix can restore is `@workflow  # comment`: the comment moves to the
line above and `@workflow` stands alone (a safe fix); the others need a decision.

## Why is this bad
Windmill runs `main`. A workflow bound any other way is either never run or run
as a plain script: no checkpoints, no replay, tasks executed in place. The
launch post's first examples (a plain `main` calling `task(...)`) are of this
kind; the WAC guide, which is the later word, requires the workflow wrapper.

## Example
```typescript
export async function main(x: string) {
  return await workflow(async () => await process(x))();
}
```

## Use instead
```typescript
export const main = workflow(async (x: string) => {
  return await process(x);
});
```
"""
    VALID = [
        py(
            "from wmill import task, workflow\n\n@task()\nasync def process(x: str):\n"
            "    return x\n\n@workflow\nasync def main(x: str):\n    return await process(x)\n"
        ),
        ts(
            'import { workflow } from "windmill-client";\n'
            "export const main = workflow(async (x: string) => x);\n"
        ),
        ts(
            'import { workflow } from "windmill-client";\nexport default workflow(async () => 1);\n'
        ),
        ts(
            'import { workflow } from "windmill-client";\n'
            "const main = workflow(async (x: string) => x);\nexport { main };\n"
        ),
        ts(
            'import { workflow } from "windmill-client";\n'
            "const main = workflow(async (x: string) => x);\nexport default main;\n"
        ),
        # a helper module (no `workflow` imported): its default export is not an entry
        ts(
            'import { step } from "windmill-client";\n'
            "export default async function audited(name: string, fn: () => number) {\n"
            "  return await step(name, fn);\n}\n"
        ),
        # `main` is the entry: a default export beside it is not judged as one
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const process = task(async (x: string) => x);\n"
            "export const main = workflow(async (x: string) => await process(x));\n"
            "export default async function (x: string) {\n  return await process(x);\n}\n"
        ),
    ]
    INVALID = [
        py("from wmill import workflow\n\n@«workflow»\nasync def run(x: str):\n    return x\n"),
        py(
            "from wmill import workflow\n\n@«workflow»  # the entry point\n"
            "async def main(x: str):\n    return x\n"
        ),
        py("from wmill import workflow\n\n@«workflow»()\nasync def main(x: str):\n    return x\n"),
        py(
            "from wmill import workflow\n\nasync def run(x: str):\n    return x\n\n"
            "main = «workflow»(run)\n"
        ),
        py(
            "from wmill import task, sleep\n\n@task()\nasync def process(x: str):\n    return x\n\n"
            "async def «main»(x: str):\n    await sleep(5)\n    return await process(x)\n"
        ),
        ts(
            'import { workflow } from "windmill-client";\n'
            "export async function main(x: string) {\n"
            "  return await «workflow»(async () => x)();\n}\n"
        ),
        ts(
            'import { workflow } from "windmill-client";\n'
            'export const main = «workflow»("name", async () => 1);\n'
        ),
        ts(
            'import { workflow } from "windmill-client";\n'
            "const run = «workflow»(async (x: string) => x);\nexport { run as main };\n"
        ),
        ts(
            'import { workflow } from "windmill-client";\n'
            "async function run(x: string) {\n  return x;\n}\n"
            "export const main = «workflow»(run);\n"
        ),
        ts(
            'import { workflow } from "windmill-client";\n'
            "const pipeline = «workflow»(async (x: string) => x);\nexport default pipeline;\n"
        ),
        ts(
            'import { step, workflow } from "windmill-client";\n'
            "export async function «workflow»(ids: string[]) {\n"
            '  return await step("count", () => ids.length);\n}\n'
        ),
        ts(
            'import { task, sleep } from "windmill-client";\n'
            "const process = task(async (x: string) => x);\n"
            "export async function «main»(x: string) {\n  await sleep(1);\n"
            "  return await process(x);\n}\n"
        ),
        ts(
            'import { task, sleep, workflow } from "windmill-client";\n'
            "const process = task(async (x: string) => x);\n"
            "export default «async function (x: string) {\n  await sleep(1);\n"
            "  return await process(x);\n}»\n"
        ),
        ts(
            'import { task, sleep } from "windmill-client";\n'
            "const process = task(async (x: string) => x);\n"
            "async function «run»(x: string) {\n  await sleep(1);\n"
            "  return await process(x);\n}\nexport { run as main };\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        model = ctx.model
        entry = model.workflow
        main = model.main_function
        inside_main: tuple[int, int] | None = None
        if main is not None and not any(
            wf.function is not None and wf.function.node == main.node for wf in model.workflows
        ):
            if self.uses_wac(model, main.node):
                label = self.entry_label(model, main)
                if self.runs_in_v1_mode(model, main):
                    how = V1_MODE[model.language]
                    if label != "`main`":
                        how = how.replace("while `main` holds", "while it holds")
                    ctx.report(
                        main.span,
                        f"{label} is not a workflow, so its task calls run in WAC v1 mode: {how}",
                        severity=WARNING,
                    )
                else:
                    wrapper = MAKE_MAIN_A_WORKFLOW[model.language]
                    ctx.report(
                        main.span,
                        f"{label} uses WAC primitives but is not a workflow, so nothing is "
                        f"checkpointed or replayed; {wrapper}",
                    )
                    # a workflow built inside this `main` is the same mistake: report it once
                    inside_main = (main.node.start_byte, main.node.end_byte)
        if main is None and model.lang.redeclared_import_fails and not model.workflows:
            for ref in model.references:
                if ref.concept == "workflow" and self.declares(ref.node):
                    ctx.report(
                        ref.span,
                        "this declares a `workflow` of the script's own over the one imported "
                        "from windmill-client (a module cannot declare an imported name "
                        "again: it fails to load with a SyntaxError), and the script has "
                        "no `main`, which Windmill runs; write "
                        "`export const main = workflow(async (...) => ...)`",
                    )
        for wf in model.workflows:
            if inside_main is not None and inside_main[0] <= wf.marker.start_byte < inside_main[1]:
                continue
            problem = ENTRY_PROBLEMS[model.language](wf, model)
            if problem is None and wf is not entry:
                problem = "only one workflow per script: Windmill runs `main`"
            if problem is not None:
                fix = own_line_fix(ctx, wf) if problem == NOT_ALONE else None
                ctx.report(wf.marker, problem, fix=fix)

    @staticmethod
    def python_problem(wf: WorkflowEntry, model: ScriptModel) -> str | None:
        if wf.export == "call":
            target = wf.function.name if wf.function is not None else "the function"
            return (
                f"Windmill's worker detects a workflow by a line that is exactly `@workflow`, "
                f"so `workflow({target})` called as a function is run as a plain script; "
                f"decorate `async def main` with `@workflow` instead"
            )
        if not wf.top_level:
            return "`@workflow` must decorate a top-level function (Windmill runs `main`)"
        name = wf.function.name if wf.function else None
        if name != "main":
            if model.main_function is not None:
                return (
                    f"`@workflow` is on `{name}`, but Windmill runs `main`; "
                    "make `main` the workflow"
                )
            return f"`@workflow` is on `{name}`: Windmill runs `main`; name the workflow `main`"
        return WorkflowNotEntrypoint.decorator_line_problem(wf, model)

    @staticmethod
    def decorator_line_problem(wf: WorkflowEntry, model: ScriptModel) -> str | None:
        """Windmill's worker finds a Python workflow by its decorator *line*."""
        if model.text(wf.marker) != "workflow":
            return None  # aliased or namespaced: WAC001 / WAC002 say why
        line = model.source.line_text(wf.marker.start_row).strip()
        if line.startswith("@workflow("):
            return (
                "`@workflow()` calls `workflow` without the function (a TypeError when "
                "Windmill imports the script); write `@workflow`"
            )
        if line != "@workflow":
            return NOT_ALONE
        return None

    @staticmethod
    def typescript_problem(wf: WorkflowEntry, model: ScriptModel) -> str | None:
        if not wf.arguments_ok:
            return "`workflow()` takes exactly one async function: `workflow(async (...) => ...)`"
        if (
            wf.function_by_name
            and wf.function is not None
            and wf.function.params
            and wf.export == "export-const"
        ):
            return (
                f"`export const main = workflow({wf.function.name})` runs, but Windmill's "
                "parsers only read a function written inside `workflow(...)`: they find no "
                "parameters for `main`, so the workflow is called without its arguments "
                '(and the diagram says "No workflow() wrapped async function found"); '
                "write the function inline: `workflow(async (...) => ...)`"
            )
        if wf.export == "export-default":
            if wf.exported_from is not None and wf.function is not None and wf.function.params:
                return (
                    f"`export default {wf.exported_from}` runs, but Windmill's signature parser "
                    f"looks for `main` by name: it reads no parameters through "
                    f"`{wf.exported_from}`, so the workflow is called without its arguments; "
                    f"write `export default workflow(async (...) => ...)` or name it `main`"
                )
            return None
        if wf.export == "export-const" and wf.binding_name == "main":
            if wf.exported_from is not None and wf.function is not None and wf.function.params:
                return (
                    f"`export {{ {wf.exported_from} as main }}` runs, but Windmill's signature "
                    "parser does not follow the rename: it reads no parameters, so the input "
                    "form is empty and the workflow is called without arguments; write "
                    "`export const main = workflow(async (...) => ...)`"
                )
            return None
        if wf.export == "export-const":
            return f"the workflow is exported as `{wf.binding_name}`, but Windmill runs `main`"
        wrapper = _wrapped_entry(model, wf)
        if wrapper is not None:
            return (
                f"`main` is `workflow(...)` wrapped in {wrapper}: it runs, but Windmill's "
                "parsers only read a `workflow(...)` call that is the value itself, so they "
                'find no workflow (the diagram says "No workflow() wrapped async function '
                'found") and no parameters for `main`; write '
                "`export const main = workflow(async (...) => ...)`"
            )
        return (
            "the workflow must be the script's entry: "
            "`export const main = workflow(async (...) => ...)` or `export default workflow(...)`"
        )

    @staticmethod
    def entry_label(model: ScriptModel, main: FunctionInfo) -> str:
        """How the message names the entry: `main`, a function exported as `main`
        (`export { run as main }`, `export default run`), or an anonymous default export."""
        if model.main_export == "renamed" and main.name:
            return f"`{main.name}`, which the script exports as its entry point,"
        if model.main_export == "default":
            return "the function the script exports by default"
        return "`main`"

    @staticmethod
    def declares(name: object) -> bool:
        """Is this identifier the name a declaration introduces (function, class,
        variable)?"""
        parent = name.parent  # type: ignore[attr-defined]
        return parent is not None and parent.child_by_field_name("name") == name

    @staticmethod
    def runs_in_v1_mode(model: ScriptModel, main: FunctionInfo) -> bool:
        """A `main` whose only WAC use is calling `task`-defined functions: outside a
        workflow, inside a job, the SDK's `task` wrapper dispatches each call over
        HTTP and waits for its result (wmill 1.850.0 `task`: "WAC v1: running inside
        a Windmill job but not in a @workflow"; windmill-client 1.818.0 `task`: the
        `WM_JOB_ID` branch). That runs. `task_script` / `task_flow` and
        `wait_for_approval` raise outside a workflow, `step` and `sleep` run in place:
        those keep the error, and so does a `main` building a workflow inside. A Python
        `async def main` awaiting a task fails (the v1 wrapper hands back the job's
        result, not an awaitable)."""
        start, end = main.node.start_byte, main.node.end_byte
        if main.is_async and not ASYNC_MAIN_RUNS_V1[model.language]:
            return False
        # `task(heavyCompute)(i)` (the TypeScript v1 docs' form), or a task made in `main`
        # and kept: the wrapper dispatches the function as a top-level task's does
        inline = [
            t.node
            for t in model.tasks
            if t.kind is TaskKind.TASK and not t.top_level and start <= t.node.start_byte < end
        ]
        if any(
            start <= ref.span.start_byte < end
            and (ref.concept in PRIMITIVES or ref.concept == "workflow")
            and not any(n.start_byte <= ref.span.start_byte < n.end_byte for n in inline)
            for ref in model.references
        ):
            return False
        kinds = {t.binding: t.kind for t in model.tasks if t.binding and t.top_level}
        called = {
            model.text(n)
            for n in iter_nodes(main.node)
            if n.type == "identifier" and model.text(n) in kinds
        }
        if not called and inline:
            return True
        return bool(called) and all(kinds[name] is TaskKind.TASK for name in called)

    @staticmethod
    def uses_wac(model: ScriptModel, node: object) -> bool:
        start, end = node.start_byte, node.end_byte  # type: ignore[attr-defined]
        for ref in model.references:
            if start <= ref.span.start_byte < end and ref.concept in PRIMITIVES:
                return True
        tasks = {t.binding for t in model.tasks if t.binding and t.top_level}
        # Most functions name no task at all: a substring test spares the node walk.
        data = model.source.data[start:end]
        if not any(name.encode() in data for name in tasks):
            return False
        return any(
            n.type == "identifier" and model.text(n) in tasks
            for n in iter_nodes(node)  # type: ignore[arg-type]
        )


# What keeps a workflow from being the entry Windmill runs, per language.
NOT_ALONE = (
    "Windmill detects a workflow by a line that is exactly `@workflow`: with "
    "anything else on the line it runs `main` as a plain script; put the "
    "decorator on its own line"
)


def own_line_fix(ctx: RuleContext, wf: WorkflowEntry) -> Fix | None:
    """`@workflow  # entry` -> the comment on the line above, `@workflow` alone (the
    one shape of `NOT_ALONE` a fix can restore without changing what runs)."""
    model = ctx.model
    marker = wf.marker
    decorator = model.tree.root_node.descendant_for_byte_range(marker.start_byte, marker.end_byte)
    while decorator is not None and decorator.type != "decorator":
        decorator = decorator.parent
    if decorator is None:
        return None
    # tree-sitter keeps the comment inside the decorator: `@`, `workflow`, the comment
    parts = decorator.children
    if [p.type for p in parts] != ["@", "identifier", "comment"]:
        return None
    comment = parts[2]
    data = model.source.data
    line_start = data.rfind(b"\n", 0, decorator.start_byte) + 1
    indent = data[line_start : decorator.start_byte]
    if indent.strip() or model.text(parts[1]) != "workflow":
        return None
    return Fix(
        "Put the comment on the line above `@workflow`",
        (
            ctx.edit(
                Span.of(decorator),
                f"{model.text(comment)}\n{indent.decode()}@workflow",
            ),
        ),
    )


ENTRY_PROBLEMS: dict[LanguageKind, Callable[[WorkflowEntry, ScriptModel], str | None]] = {
    LanguageKind.PYTHON: WorkflowNotEntrypoint.python_problem,
    LanguageKind.TYPESCRIPT: WorkflowNotEntrypoint.typescript_problem,
}


# What TypeScript may wrap a value in without changing it at run time.
TYPE_WRAPPERS = {
    "as_expression": "`as ...`",
    "satisfies_expression": "`satisfies ...`",
    "non_null_expression": "`!`",
    "parenthesized_expression": "parentheses",
}


def _wrapped_entry(model: ScriptModel, wf: WorkflowEntry) -> str | None:
    """How `export const main = workflow(...) as T` (or `satisfies T`, `!`, parentheses)
    wraps the workflow call: the value of `main` is still the workflow, but it is no
    longer a `workflow(...)` call where Windmill's parsers look (windmill-oracle `dag`:
    "No workflow() wrapped async function found"; `sig`: no arguments)."""
    callee = model.node_at(wf.marker.start_byte, wf.marker.end_byte)
    node = model.parent_of(callee) if callee is not None else None
    wrapper = None
    holder = model.parent_of(node) if node is not None else None
    while node is not None and holder is not None and holder.type in TYPE_WRAPPERS:
        wrapper = wrapper or TYPE_WRAPPERS[holder.type]
        node, holder = holder, model.parent_of(holder)
    if wrapper is None or holder is None or holder.type != "variable_declarator":
        return None
    name = holder.child_by_field_name("name")
    declaration = model.parent_of(holder)
    exported = model.parent_of(declaration) if declaration is not None else None
    if name is None or model.text(name) != "main" or exported is None:
        return None
    return wrapper if exported.type == "export_statement" else None
