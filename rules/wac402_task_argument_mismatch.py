"""WAC402: a task called with arguments its target does not take."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from tree_sitter import Node

from wac_lint.config import real_path
from wac_lint.languages import LanguageKind
from wac_lint.model import FunctionInfo, Param, ParamKind, ScriptModel, Span, TaskDef, TaskKind
from wac_lint.rule import ERROR, WARNING, Related, Rule, RuleContext, code_span, py, ts
from wac_lint.rules import _by_path, _sdk_calls
from wac_lint.rules._imported_values import constant_keys, returned_keys
from wac_lint.rules._sdk_calls import Option, Primitive, TaskCall
from wac_lint.semantic.scopes import BindingKind
from wac_lint.workspace import TargetKind
from wac_lint.workspace.signatures import TargetSignature

JSON_TYPES = {"integer", "number", "string", "boolean", "array", "object"}


# a task called by its own name: no argument bound beforehand (see `check_local`)
NOTHING_BOUND: tuple[int, tuple[str, ...]] = (0, ())


class TaskArgumentMismatch(Rule):
    code = "WAC402"
    name = "task-argument-mismatch"
    summary = "A task is called with arguments its script, flow or function does not take"
    message = "Pass the arguments the task's target takes"
    wac_only = False  # a plain script's by-path runners too (`run_script_by_path`)
    docs = """
## What it does
Checks each call of a task against what it runs:

- `task_script` / `taskScript` and `task_flow` / `taskFlow` with a path found in
  the repository (a literal or a constant, see WAC401): the target's parameters come from its
  `main` signature (the extraction `wac-lint schema` uses; for a bash, SQL, Go,
  GraphQL or PowerShell script, the inputs Windmill's parsers for those languages read, as for flow
  steps, see WAC506; a bash input takes any JSON value, which the executor hands to
  `$1`... as text), else its
  `.script.yaml` schema, else the `schema` of the flow's `flow.yaml`. A name the
  target does not take, a required parameter (no default) left out, and a literal
  whose type contradicts the target's schema (a string to an integer, a value
  outside an enum, a list to a `dict` parameter or a dict to a `list` one; not to a
  resource type such as Python's `Any`, which takes any JSON), or a parameter of the
  calling function passed as it is whose annotation names one JSON type of another
  kind (`score(values=raw)` with `raw: str` where the target reads a list; TypeScript
  `{ limit }` too; an integer and a number are never told apart, TypeScript's
  `number` being both), or a value built as text (`str(n)`, an f-string or template
  string with substitutions, `String(n)`, `n.toFixed(0)`, `JSON.stringify(x)`) where
  the target reads a number, a boolean, a list or an object, are reported, with
  where the signature came from. A Python
  target whose `main` takes `**kwargs` accepts every name: Windmill's Python
  wrapper then hands it all the job's arguments (`args = kwargs` when the parser
  reports `star_kwargs`, windmill-worker `python_executor.rs`). A keyword-only
  parameter (`main(a, *, b)`) is not among the inputs Windmill's parser reads
  (checked with Windmill's own parser), so the wrapper never passes it: a call
  that sets it is reported, since the target always runs with its default.
  Beside a spread of unknown keys (`load(**options, dryrun=True)`,
  `load({ ...options, dryRun: true })`) only a name the target does not take is
  reported: the spread may hold what is missing, or override a value. A spread
  of a dict / object literal is read through: one bound in the calling function,
  or a constant bound once at the top level of the file or of another module of
  the workspace it imports (`**LEDGER_DEFAULTS`, `{ ...LABEL_DEFAULTS, orderId }`)
  that neither module changes in place; a name it holds that the target lacks is
  reported at the spread (`` `format` (a key of `...LABEL_DEFAULTS`) ``), and in
  Python a name it holds that the call also passes by name or through another
  `**` (`export(region="us", **LEDGER_DEFAULTS)`) is a TypeError at the call
  ("got multiple values for keyword argument"), before anything is dispatched. A
  spread of a call (`**drain_args(node, reason)`, `{ ...oldArgs(uid) }`) is read
  through when the function (of the file or of another module of the workspace)
  returns, from each of its `return` statements, a literal with the same string keys
  and no spread; one that adds keys on some path is a spread of unknown keys.
- The SDK's by-path runners anywhere in a script (`wmill.run_script_by_path(path,
  args={...})`, `run_flow_async`, `runScriptByPath(path, {...})`, `runFlow`, their
  async forms, `run_script` / `runScript` with a path): the `args` dict / object
  is checked against the target the same way.
- A task made by path in another module of the workspace and imported
  (`from f.shared.tasks import charge`, where that module says
  `charge = task_script("f/billing/charge")`): checked at the call the same way.
- Tasks of the file itself (`@task` functions, `const x = task(fn)`), and tasks
  another module of the workspace defines that way and the file imports (`from
  f.common.mail_tasks import send_email`): arguments checked against the function's
  own parameters, and a literal (or a parameter of the caller passed as it is) whose
  JSON type contradicts the parameter's plain annotation (`amount_cents: int` given
  `"1250"`, `amountCents: number` given `"1250"`; a union, an optional or a type of
  the file's own is not read) is reported like one to a script target. A Python
  task under a decorator of the file written below `@task` whose wrapper is `def wrapper(*args,
  **kwargs)` without `functools.wraps`: wmill 1.850.0 names the step's arguments
  from `inspect.signature` of that wrapper, so a positional argument is sent as
  `args` and the function receives `args=...` (run: `TypeError`); keyword
  arguments pass through. The same for a decorator factory (`@with_retries(3)`)
  whose decorator returns such a wrapper, and for a wrapper typed
  `(*args: P.args, **kwargs: P.kwargs)`. A name bound at module level to
  `functools.partial(task, ...)` calls the task with the arguments it binds first
  (`charge_eur = partial(charge, currency="EUR")`, `charge_eur(pid, amount_cents=5)`).
- A task with a script path (`@task(path="f/x/y") async def send(phone, body)`,
  `task("f/x/y", async (phone, body) => ...)`), of the file or imported: the SDK sends
  the call's arguments, named after the function's parameters (its defaults are not
  sent), to that script, so they are checked against the script's `main`.

Severity: an unknown name or a missing required parameter is an error (the value
never reaches the parameter it was meant for, or the child job starts without a
required input); a value of the wrong type is a warning (the child receives it
as written, and may or may not cope).

What the SDK does with the arguments (read in wmill 1.850.0 `client.py` and
windmill-client 1.818.0 `client.mjs`): a Python `task_script(...)` /
`task_flow(...)` wrapper takes keyword arguments only (`wrapper(**kwargs)`) and
sends them as the child job's arguments; a TypeScript `taskScript(...)` wrapper
sends its single object argument as the arguments, and anything else as `arg0`,
`arg1`, ... (that call shape is WAC301's, reported with or without a repository).
A local `@task` maps positional arguments to the function's parameter names
(extra ones become `arg{i}`, `i` their 0-based position) and the child job calls
the function with them, so an unknown keyword or a missing parameter raises `TypeError` there; a
TypeScript `task(fn)` maps them the same way, and a missing one is `undefined`.
A Python task kept as a plain attribute of a class of the file (`design =
design_charge` in the class body) and called through an instance (`self.design(hole)` in
a method of that class or of a subclass of the file, `planner.design(hole)`) is a bound
method there: the task's wrapper is a plain function, so the call sends the instance as
the first parameter and each argument one place later, the last as `argN` (wmill
1.850.0 `task`, `_merge_args`); `design = staticmethod(design_charge)` is fine.

## Why is this bad
Windmill starts the child job with the wrong arguments only when the workflow
reaches the call, after every task before it has run.

## Example
```python
extract = task_script("f/etl/extract")  # def main(url: str, limit: int = 10)

@workflow
async def main(url: str):
    return await extract(url=url, lmit=50)
```

## Use instead
```python
    return await extract(url=url, limit=50)
```
"""
    VALID = [
        py(
            "from wmill import task, workflow\n\n@task()\nasync def add(a: int, b: int = 1):\n"
            "    return a + b\n\n@workflow\nasync def main():\n"
            "    return await add(1) + await add(a=1, b=2)\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const add = task(async (a: number, b = 1) => a + b);\n"
            "export const main = workflow(async () => await add(1, 2));\n"
        ),
    ]
    INVALID = [
        py(
            'from wmill import task_script, workflow\n\nextract = task_script("f/etl/extract")\n\n'
            "@workflow\nasync def main(url: str):\n    return await extract(url=url, «lmit»=5)\n",
            files={"f/etl/extract.py": "def main(url: str, limit: int = 10):\n    return url\n"},
        ),
        ts(
            'import { taskFlow, workflow } from "windmill-client";\n'
            'const sync = taskFlow("f/etl/sync");\n'
            "export const main = workflow(async () => await «sync({ dry_run: true })»);\n",
            files={
                "f/etl/sync__flow/flow.yaml": (
                    "value:\n  modules: []\nschema:\n  type: object\n  properties:\n"
                    "    date:\n      type: string\n  required:\n    - date\n"
                )
            },
        ),
        py(
            "from wmill import task, workflow\n\n@task()\nasync def add(a: int, b: int = 1):\n"
            "    return a + b\n\n@workflow\nasync def main():\n"
            "    return await add(1, «c»=2)\n"
        ),
        py(
            "from wmill import task, workflow\n\n@task()\nasync def add(a: int, b: int = 1):\n"
            "    return a + b\n\n@workflow\nasync def main():\n    return await «add(b=2)»\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const add = task(async (a: number, b = 1) => a + b);\n"
            "export const main = workflow(async () => await «add(1, 2, 3)»);\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        if _by_path.in_plain_script(ctx.model):
            for run in _by_path.by_path_calls(ctx.model, ctx.workspace):
                self.check_runner(ctx, run)
            return
        if ctx.model.workflows:
            bound_task_attributes(ctx)
        shapes: dict[int, _Shape] = {}  # per task function: its calls share it
        hiding: dict[int, tuple[str, str] | None] = {}  # likewise, see `check_local`
        for call in _sdk_calls.facts(ctx.model).task_calls:
            task = call.task
            if call.unpacked:
                spelled = _spelled_out(ctx, call)
                if spelled is None:
                    # `**kwargs` of unknown keys: what it holds is not known, but a name
                    # written beside it is passed whatever it holds
                    if call.names_task and task is not None:
                        if task.kind in (TaskKind.TASK_SCRIPT, TaskKind.TASK_FLOW):
                            self.check_target(ctx, call, task, complete=False)
                    continue
                self.report_repeated(ctx, spelled)
                call = spelled
            if task is None or not call.names_task:
                continue  # `map(my_task, xs)` passes the task on: not a call of it
            if task.kind in (TaskKind.TASK_SCRIPT, TaskKind.TASK_FLOW):
                self.check_target(ctx, call, task)
            elif task.function is not None and (
                path := _by_path.task_dispatch_path(ctx.model, task, ctx.workspace)
            ):
                self.check_path_task(ctx, call, task.function, path)
            elif task.function is not None and task.path is None:
                shape = shapes.get(id(task.function))
                if shape is None:
                    shape = shapes[id(task.function)] = _Shape.of(task.function, ctx.model.language)
                bound = task.bound.get(call.name, NOTHING_BOUND)
                self.check_local(ctx, call, task.function, shape, hiding, bound)
        for run in _by_path.by_path_calls(ctx.model, ctx.workspace):
            self.check_runner(ctx, run)
        workspace = ctx.workspace
        if workspace is not None and workspace.is_windmill_project:
            for made in _by_path.imported_task_calls(ctx.model, workspace):
                self.check_imported(ctx, made)
        if workspace is not None:
            for inline in _by_path.imported_inline_tasks(ctx.model, workspace):
                self.check_imported_inline(ctx, inline, shapes)

    def report_repeated(self, ctx: RuleContext, call: TaskCall) -> None:
        """`export(period=p, **DEFAULTS)` where `DEFAULTS` holds `period` too: Python
        raises TypeError ("got multiple values for keyword argument") at the call, before
        the task wrapper runs, whatever the target takes."""
        seen: dict[str, Node] = {}
        for keyword in call.keywords:
            first = seen.get(keyword.name)
            if first is not None and keyword.name_node.type == "dictionary_splat":
                how = (
                    "by name"
                    if first.type != "dictionary_splat"
                    else "by " + code_span(ctx.model.code(first))
                )
                ctx.report(
                    Span.of(keyword.name_node),
                    f"`{keyword.name}`{_spread_of(ctx, keyword.name_node)} is also passed "
                    f"{how} to `{call.name}`: Python raises TypeError (multiple values for "
                    "one keyword argument) at the call, before anything is dispatched",
                )
            seen.setdefault(keyword.name, keyword.name_node)

    def check_imported_inline(
        self, ctx: RuleContext, made: _by_path.ImportedInlineTask, shapes: dict[int, _Shape]
    ) -> None:
        """`send_email(to=u, title="x")` where another module of the workspace defines
        `send_email` as a task: the arguments go to its function, as for a task of the file."""
        function = made.task.function
        if function is None:
            return
        positional, keywords, unpacked = _sdk_calls.arguments_of(ctx.model, made.call)
        call = TaskCall(Primitive.TASK, made.name, made.call, positional, keywords, unpacked)
        if unpacked:
            spelled = _spelled_out(ctx, call)
            if spelled is None:
                return  # `**options`: what it holds is not known
            self.report_repeated(ctx, spelled)
            call = spelled
        if made.path is not None:
            self.check_path_task(ctx, call, function, made.path)
            return
        shape = shapes.get(id(function))
        if shape is None:
            shape = shapes[id(function)] = _Shape.of(function, ctx.model.language)
        # the function's decorators are the other module's text: not read from this one
        bound = made.task.bound.get(made.alias, NOTHING_BOUND)
        self.check_local(ctx, call, function, shape, {id(function): None}, bound)

    def check_path_task(
        self, ctx: RuleContext, call: TaskCall, function: FunctionInfo, path: str
    ) -> None:
        """`@task(path="f/x/y") async def send(phone, body)` called: the SDK sends the
        arguments, named after the function's parameters (positional ones mapped onto
        them, extras as `arg<i>`; its defaults are not sent), to the script at `path`
        (wmill 1.850.0 `task()`'s `_merge_args`, windmill-client 1.818.0 `task`'s
        `getParamNames`): they must be that script's."""
        workspace = ctx.workspace
        if workspace is None or call.unpacked or "${" in path or "{" in path:
            return
        target = workspace.locate(path, TargetKind.SCRIPT)
        if target is None or target.kind is not TargetKind.SCRIPT:
            return  # WAC401's
        signature = workspace.signature(target)
        if signature is None:
            return
        shape = _Shape.of(function, ctx.model.language)
        sent = [
            shape.positional[index].name if index < len(shape.positional) else f"arg{index}"
            for index in range(len(call.args))
        ]
        sent += [keyword.name for keyword in call.keywords]
        takes = [p.name for p in signature.parameters]
        unknown = [
            name
            for name in sent
            if name in signature.keyword_only
            or (signature.parameter(name) is None and not signature.any_keyword)
        ]
        missing = [p.name for p in signature.parameters if p.required and p.name not in sent]
        if not unknown and not missing:
            return
        problems = []
        if unknown:
            problems.append(f"does not take {_listing(unknown)}")
        if missing:
            problems.append(
                f"requires {_listing(missing)}, which "
                + ("is" if len(missing) == 1 else "are")
                + " not sent"
            )
        ctx.report(
            Span.of(call.call),
            f"{code_span(function.name or call.name)} dispatches the script "
            f"{code_span(path)} (its `path`) with the arguments named after its own "
            f"parameters ({_listing(sent)}); that script's `main` ({_listing(takes)}, from "
            f"{signature.origin}) "
            + " and ".join(problems)
            + (": the child job fails" if missing else ", which its `main` never receives"),
            related=(_related(signature),),
        )

    # ---- scripts and flows of the repository ----------------------------------
    def check_target(
        self, ctx: RuleContext, call: TaskCall, task: TaskDef, complete: bool = True
    ) -> None:
        """`complete`: the call's arguments are all known (no `**kwargs` of unknown keys)."""
        workspace = ctx.workspace
        path = _by_path.task_path(ctx.model, task, workspace) if workspace else None
        if workspace is None or path is None:
            return
        wanted = TargetKind.FLOW if task.kind is TaskKind.TASK_FLOW else TargetKind.SCRIPT
        target = workspace.locate(path, wanted)
        if target is None or target.kind is not wanted:
            return  # WAC401's
        signature = workspace.signature(target)
        if signature is None:
            return
        passed = self.passed_to_target(ctx, call, signature, path)
        if passed is None:
            # `{ ...options, table }`: the names written beside the spread
            beside = BESIDE_SPREAD.get(ctx.model.language)
            spread = beside(ctx, call) if beside is not None else None
            if spread is not None:
                self.check_passed(ctx, call.call, path, signature, spread, complete=False)
            return
        bound = task.bound.get(call.name)
        if bound is not None:
            # `render_invoice = partial(render, template="invoice")`: sent as well
            passed = {**{name: (call.call, None) for name in bound[1]}, **passed}
        self.check_passed(ctx, call.call, path, signature, passed, complete)

    def check_runner(self, ctx: RuleContext, run: _by_path.ByPathCall) -> None:
        """`wmill.run_script_by_path("f/x/y", args={...})`, `runFlow("f/x/z", {...})`:
        the arguments dict / object goes to the job as its arguments, as a task's do."""
        workspace = ctx.workspace
        if workspace is None:
            return
        target = workspace.locate(run.path, run.runner.kind)
        if target is None or target.kind is not run.runner.kind:
            return  # WAC401's
        signature = workspace.signature(target)
        if signature is None:
            return
        passed = _runner_arguments(ctx, run.args)
        if passed is not None:
            self.check_passed(ctx, run.call, run.path, signature, passed)

    def check_imported(self, ctx: RuleContext, made: _by_path.ImportedTask) -> None:
        """`charge(...)` where another module of the workspace made `charge` with
        `task_script("f/x/y")`: the call's arguments go to that script."""
        workspace = ctx.workspace
        if workspace is None:
            return
        target = workspace.locate(made.path, made.kind)
        if target is None or target.kind is not made.kind:
            return  # WAC401's, in the module that makes the task
        signature = workspace.signature(target)
        if signature is None:
            return
        positional, keywords, unpacked = _sdk_calls.arguments_of(ctx.model, made.call)
        # The call is a task wrapper's like a task of the file: each SDK's own shape.
        primitive = Primitive.TASK_FLOW if made.kind is TargetKind.FLOW else Primitive.TASK_SCRIPT
        call = TaskCall(primitive, made.name, made.call, positional, keywords, unpacked)
        if unpacked:
            spelled = _spelled_out(ctx, call)
            if spelled is not None:
                self.report_repeated(ctx, spelled)
            call = spelled if spelled is not None else call
        passed = self.passed_to_target(ctx, call, signature, made.path)
        complete = not call.unpacked  # `charge(**options, amout=1)`: the names beside
        if passed is None:
            beside = BESIDE_SPREAD.get(ctx.model.language)  # `charge({ ...options, amout })`
            passed = beside(ctx, call) if beside is not None else None
            complete = False
        if passed is not None:
            self.check_passed(ctx, made.call, made.path, signature, passed, complete)

    def check_passed(
        self,
        ctx: RuleContext,
        call: Node,
        path: str,
        signature: TargetSignature,
        passed: dict[str, tuple[Node, Node | None]],
        complete: bool = True,
    ) -> None:
        """`complete` False: `passed` are only the names written beside a spread of
        unknown keys (`**options`, `...options`), so only a name the target does not
        take is known to be wrong (the spread may hold what is missing, or override a
        value)."""
        shown = code_span(path)
        related = (_related(signature),)
        names = [p.name for p in signature.parameters]
        for name, (key, _) in passed.items():
            if name in signature.keyword_only:
                ctx.report(
                    Span.of(key),
                    f"`{name}` is keyword-only in the `main` of {shown} ({signature.origin}): "
                    "Windmill's parser leaves keyword-only parameters out of the script's "
                    "inputs and passes only those, so the child job never receives it and "
                    "its default applies",
                    related=related,
                )
                continue
            if signature.parameter(name) is None and not signature.any_keyword:
                close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
                hint = f"; did you mean `{close[0]}`?" if close else ""
                ctx.report(
                    Span.of(key),
                    f"`{name}`{_spread_of(ctx, key)} is not a parameter of {shown} (it takes "
                    f"{_listing(names)}, from {signature.origin}){hint}",
                    related=related,
                )
        if not complete:
            return
        missing = [p.name for p in signature.parameters if p.required and p.name not in passed]
        if missing:
            ctx.report(
                Span.of(call),
                f"{shown} requires {_listing(missing)} (no default, from {signature.origin}), "
                "which this call does not pass",
                related=related,
            )
        for name, (_, value) in passed.items():
            parameter = signature.parameter(name)
            if parameter is None or value is None:
                continue
            problem = _contradiction(ctx, value, parameter.schema)
            if problem is not None:
                ctx.report(
                    Span.of(value),
                    f"`{name}` of {shown} {problem} (from {signature.origin})",
                    severity=WARNING,
                    related=related,
                )

    def passed_to_target(
        self, ctx: RuleContext, call: TaskCall, signature: TargetSignature, path: str
    ) -> dict[str, tuple[Node, Node | None]] | None:
        """Argument name -> (where it is named, its value); None when not known statically."""
        return PASSED_TO_TARGET[ctx.model.language](self, ctx, call, signature, path)

    def python_passed(
        self, ctx: RuleContext, call: TaskCall, signature: TargetSignature, path: str
    ) -> dict[str, tuple[Node, Node | None]] | None:
        """wmill's wrappers take the script's arguments as keywords."""
        if call.args:
            return None  # positional arguments to the wrapper: WAC301's (a TypeError)
        return {kw.name: (kw.name_node, kw.value) for kw in call.keywords}

    def typescript_passed(
        self, ctx: RuleContext, call: TaskCall, signature: TargetSignature, path: str
    ) -> dict[str, tuple[Node, Node | None]] | None:
        """windmill-client's wrappers take one object of named arguments."""
        if not call.args:
            return {}
        if len(call.args) == 1:
            literal = _literal_behind(ctx, call.args[0])
            options = _sdk_calls.object_options(ctx.model, literal)
            if options is not None:
                found, spread = options
                if spread:
                    return _expanded_object(ctx, literal)
                # `{ limit }`: the name is its own value
                return {
                    o.name: (
                        o.name_node,
                        o.name_node
                        if o.value is None and o.name_node.type == "shorthand_property_identifier"
                        else o.value,
                    )
                    for o in found
                }
        # Anything but one object of named arguments (`extract("https://x")`, two
        # arguments) is sent as `arg0`, `arg1`, ...: WAC301 reports the call's shape
        # wherever the target is, so it is not reported a second time here.
        return None

    # ---- tasks of this file -------------------------------------------------------
    def check_local_types(
        self, ctx: RuleContext, call: TaskCall, function: FunctionInfo, shape: _Shape
    ) -> None:
        """A literal (or a parameter of the caller passed as it is) whose JSON type
        contradicts the task parameter's plain annotation (`amount_cents: int` given
        `"1250"`): the task's job receives it as written, as a script target does."""
        name = code_span(function.name or call.name)
        for param, value in _local_values(call, shape):
            typed = shape.typed.get(param)
            if typed is None:
                continue
            json_type, annotation = typed
            problem = _contradiction(ctx, value, {"type": json_type})
            if problem is not None:
                ctx.report(
                    Span.of(value),
                    f"`{param}` of {name} {problem} (annotated {code_span(annotation)}): "
                    "the task's job receives it as written",
                    severity=WARNING,
                )

    def check_local(
        self,
        ctx: RuleContext,
        call: TaskCall,
        function: FunctionInfo,
        shape: _Shape,
        hiding: dict[int, tuple[str, str] | None],
        bound: tuple[int, tuple[str, ...]] = (0, ()),
    ) -> None:
        """`hiding`: each task function's signature-hiding decorator, once worked out;
        `bound`: the arguments a `functools.partial` the call goes through passes first
        (how many positional ones, the names of the keyword ones)."""
        params, positional, by_name = shape.params, shape.positional, shape.by_name
        skipped, preset = bound
        given_first = {p.name for p in positional[:skipped]} | set(preset)
        positional = positional[skipped:]
        var_positional, var_keyword = shape.var_positional, shape.var_keyword
        if call.args and ctx.model.lang.call_arity_enforced:
            if id(function) not in hiding:
                hiding[id(function)] = _signature_hiding_decorator(ctx, function)
            hidden = hiding[id(function)]
            if hidden is not None:
                decorator, inner = hidden
                ctx.report(
                    Span.of(call.call),
                    f"{code_span(function.name or call.name)} is wrapped by "
                    f"{code_span(decorator)}, whose `{inner}(*args, **kwargs)` has no "
                    "`functools.wraps`: `task()` reads that signature, so positional arguments "
                    "are sent as `args` / `kwargs` and the task's job fails (TypeError); pass "
                    "the arguments by name or add `@functools.wraps(fn)` to the wrapper",
                )
                return
        if shape.typed and not skipped:
            self.check_local_types(ctx, call, function, shape)
        if not call.keywords and len(call.args) <= len(positional) and not given_first:
            if not shape.missing_after(len(call.args)):
                return  # the usual call: nothing to say, and nothing worked out again
        name = code_span(function.name or call.name)
        enforced = ctx.model.lang.call_arity_enforced  # else JS: `undefined`, extras dropped
        if len(call.args) > len(positional) and not var_positional:
            extra = len(call.args) - len(positional)
            takes = len(positional) + skipped
            # arguments bound first (`partial(f, a)`, `f.bind(null, a)`) come before these
            after = f", {skipped} of them bound before this call" if skipped else ""
            ctx.report(
                Span.of(call.call),
                f"{name} takes {takes} positional argument"
                f"{'' if takes == 1 else 's'}{after}; the {extra} extra "
                f"{'one is' if extra == 1 else 'ones are'} sent as "
                f"{_extra_keys(takes, skipped + len(call.args))}, "
                + (
                    "and the task's job fails (TypeError)"
                    if enforced
                    else "which the function never receives"
                ),
            )
            return
        given = {p.name for p in positional[: len(call.args)]} | given_first
        by_keyword: set[str] = set()
        for keyword in call.keywords:
            if keyword.name in given and keyword.name in preset:
                continue  # `partial(f, x=1)(x=2)`: the call's value replaces the bound one
            if keyword.name in by_keyword:
                continue  # by name and through `**`: `report_repeated`'s
            by_keyword.add(keyword.name)
            if keyword.name in given:
                ctx.report(
                    Span.of(keyword.name_node),
                    f"`{keyword.name}`{_spread_of(ctx, keyword.name_node)} is given twice (by "
                    f"position and by name) to {name}",
                )
            elif keyword.name not in by_name and not var_keyword:
                close = difflib.get_close_matches(keyword.name, list(by_name), n=1, cutoff=0.6)
                hint = f"; did you mean `{close[0]}`?" if close else ""
                ctx.report(
                    Span.of(keyword.name_node),
                    f"`{keyword.name}`{_spread_of(ctx, keyword.name_node)} is not a parameter "
                    f"of {name}: the task's job fails "
                    f"(TypeError){hint}",
                )
            given.add(keyword.name)
        missing = [p.name for p in params if p.required and p.name not in given]
        if missing:
            consequence = (
                "the task's job fails (TypeError)"
                if enforced
                else "the function receives `undefined` for "
                + ("it" if len(missing) == 1 else "them")
            )
            ctx.report(
                Span.of(call.call),
                f"{name} requires {_listing(missing)}, which this call does not pass: "
                f"{consequence}",
                severity=ERROR if enforced else WARNING,
            )


def _local_values(call: TaskCall, shape: _Shape) -> list[tuple[str, Node]]:
    """(parameter, value) of each argument of a task call that lands on a parameter of
    the function by position or by name."""
    out = [(p.name, value) for p, value in zip(shape.positional, call.args, strict=False)]
    out += [(k.name, k.value) for k in call.keywords if k.value is not None]
    return out


def _signature_hiding_decorator(ctx: RuleContext, function: FunctionInfo) -> tuple[str, str] | None:
    """A decorator of the file applied under `@task` (`@task()` then `@timed`) that
    returns a nested `def wrapper(*args, **kwargs)` without `functools.wraps`: wmill
    1.850.0 takes the step's parameter names from `inspect.signature` of what it
    decorates, which is then `(*args, **kwargs)` (`wraps` sets `__wrapped__`, which
    `signature` follows). Returns the decorator's and the wrapper's names."""
    definition = function.node.parent
    if definition is None or definition.type != "decorated_definition":
        return None
    decorators = [c for c in definition.named_children if c.type == "decorator"]
    texts = [ctx.model.text(d).lstrip("@").strip() for d in decorators]
    below = [
        d for i, d in enumerate(decorators) if any(t.split("(")[0] == "task" for t in texts[:i])
    ]
    for decorator in below:
        expr = decorator.named_children[0] if decorator.named_children else None
        factory = expr.child_by_field_name("function") if expr is not None else None
        if expr is not None and expr.type == "call" and factory is not None:
            # `@with_retries(3)`: the factory returns the decorator
            name_node: Node | None = factory
            outer = _returned_function(ctx, _bound_function(ctx, factory))
        else:
            name_node = expr
            outer = _bound_function(ctx, expr)
        inner = _returned_function(ctx, outer)
        if inner is None or name_node is None:
            continue
        holder = inner.parent
        if holder is not None and holder.type == "decorated_definition":
            continue  # `@functools.wraps(fn)` (or another decorator we cannot read)
        parameters = inner.child_by_field_name("parameters")
        kinds = [
            # `*args: P.args` is a typed parameter around the splat
            (
                p.named_children[0].type
                if p.type == "typed_parameter" and p.named_children
                else p.type
            )
            for p in (parameters.named_children if parameters is not None else ())
        ]
        if kinds == ["list_splat_pattern", "dictionary_splat_pattern"]:
            name = inner.child_by_field_name("name")
            shown = ctx.model.text(expr) if expr is not None else ""
            return shown, ctx.model.text(name) if name is not None else "wrapper"
    return None


def _bound_function(ctx: RuleContext, name: Node | None) -> Node | None:
    """The `def` of the file a name is bound to."""
    if name is None or name.type != "identifier":
        return None
    value = _sdk_calls.bound_value(ctx.model, ctx.model.text(name), name)
    return value if value is not None and value.type == "function_definition" else None


def _returned_function(ctx: RuleContext, function: Node | None) -> Node | None:
    """The nested `def` a function returns by name, when its body's only `return`
    at its own level gives one."""
    body = function.child_by_field_name("body") if function is not None else None
    returned = [
        r.named_children[0]
        for r in (body.named_children if body is not None else ())
        if r.type == "return_statement" and r.named_children
    ]
    if len(returned) != 1:
        return None
    return _bound_function(ctx, returned[0])


def _runner_arguments(
    ctx: RuleContext, args: Node | None
) -> dict[str, tuple[Node, Node | None]] | None:
    """Name -> (where it is named, its value) of a runner's arguments: a dict / object
    literal (or a local bound once to one), `dict(k=v)`; nothing given or `None` /
    `null` is no argument. None when not known statically."""
    if args is None or ctx.model.text(args) in ("None", "null", "undefined"):
        return {}
    value = _literal_behind(ctx, args)
    if value is not None and value.type == "call" and _called(ctx, value) == "dict":
        positional, keywords, unpacked = _sdk_calls.arguments_of(ctx.model, value)
        if positional or unpacked:
            return None
        return {k.name: (k.name_node, k.value) for k in keywords}
    options = _sdk_calls.object_options(ctx.model, value)
    if options is None or options[1]:
        return None
    return {o.name: (o.name_node, o.value) for o in options[0]}


def _spread_object_names(
    ctx: RuleContext, call: TaskCall
) -> dict[str, tuple[Node, Node | None]] | None:
    """`t({ ...options, table })`: the names of the one object argument, spread or not."""
    if len(call.args) != 1:
        return None
    options = _sdk_calls.object_options(ctx.model, _literal_behind(ctx, call.args[0]))
    if options is None or not options[1]:
        return None
    return {o.name: (o.name_node, o.value) for o in options[0]}


def _spread_of(ctx: RuleContext, key: Node) -> str:
    """` (a key of `**DEFAULTS`)` for a name a spread of a constant passes."""
    if key.type in ("dictionary_splat", "spread_element"):
        return f" (a key of `{ctx.model.text(key)}`)"
    return ""


def _expanded_object(
    ctx: RuleContext, literal: Node | None
) -> dict[str, tuple[Node, Node | None]] | None:
    """`{ ...LABEL_DEFAULTS, orderId }` where each spread is a constant of the module or
    of another one (see `constant_keys`): every name, a spread's at the spread (later
    ones override earlier ones, as in JavaScript). None when a spread is not known."""
    literal = _sdk_calls.unwrap(literal)
    if literal is None or literal.type != "object":
        return None
    passed: dict[str, tuple[Node, Node | None]] = {}
    for child in literal.named_children:
        if child.type == "spread_element":
            inner = _sdk_calls.unwrap(child.named_children[0] if child.named_children else None)
            if inner is not None and inner.type == "call_expression":
                # `{ ...drainArgs(node) }`: the literal that function always returns
                keys = returned_keys(ctx, inner)
            else:
                keys = constant_keys(ctx, inner)
            if keys is None:
                return None
            for name in keys:
                passed.pop(name, None)
                passed[name] = (child, None)
            continue
        if child.type == "comment":
            continue
        if child.type == "shorthand_property_identifier":
            passed.pop(ctx.model.text(child), None)
            passed[ctx.model.text(child)] = (child, child)
            continue
        key_node = child.child_by_field_name("key") if child.type == "pair" else None
        if key_node is None or key_node.type == "computed_property_name":
            return None  # a method, a computed key
        if key_node.type == "string":
            spelled = _sdk_calls.string_value(ctx.model, key_node)
        else:
            spelled = ctx.model.text(key_node)
        if spelled is None:
            return None
        passed.pop(spelled, None)
        passed[spelled] = (key_node, child.child_by_field_name("value"))
    return passed


def _spelled_out(ctx: RuleContext, call: TaskCall) -> TaskCall | None:
    """`t(**kwargs)` where `kwargs` is bound once, in the same function, to a dict
    literal or `dict(k=v, ...)` and only ever unpacked or read: the call with those
    keywords spelled out. None when any unpacked shape is not known that way."""
    args_node = call.call.child_by_field_name("arguments")
    if args_node is None:
        return None
    keywords = list(call.keywords)
    if not any(child.type == "dictionary_splat" for child in args_node.named_children):
        # unpacked where the call does not show it: `send.apply(thisArg, [...head])`
        return None
    for child in args_node.named_children:
        if child.type != "dictionary_splat":
            if child.type in ("list_splat", "spread_element"):
                return None
            continue
        name = child.named_children[0] if child.named_children else None
        if name is not None and name.type == "dictionary":
            value: Node = name  # `**{"table": t}` written in place
        elif name is not None and name.type == "call" and _called(ctx, name) != "dict":
            # `**drain_args(node, reason)`: the literal that function always returns
            keys = returned_keys(ctx, name)
            if keys is None:
                return None
            keywords += [Option(k, child, None) for k in keys]
            continue
        else:
            behind = _literal_behind(ctx, name)
            if behind is None or behind == name:
                # `**LEDGER_DEFAULTS`, a constant of the module or of another one
                keys = constant_keys(ctx, name)
                if keys is None:
                    return None
                keywords += [Option(k, child, None) for k in keys]
                continue
            value = behind
        if value.type == "dictionary":
            options = _sdk_calls.object_options(ctx.model, value)
            if options is None or options[1]:
                return None
            keywords += options[0]
        elif value.type == "call" and _called(ctx, value) == "dict":
            args, found, unpacked = _sdk_calls.arguments_of(ctx.model, value)
            if args or unpacked:
                return None
            keywords += found
        else:
            return None
    return replace(call, keywords=keywords, unpacked=False)


def _called(ctx: RuleContext, call: Node) -> str | None:
    callee = call.child_by_field_name("function")
    return ctx.model.text(callee) if callee is not None else None


def _literal_behind(ctx: RuleContext, node: Node | None) -> Node | None:
    """The dict / object literal (or `dict(...)` call) a local name is bound to once and
    never changed: only read or passed on where it is used (`kwargs["x"] = ...`,
    `kwargs.update(...)` or `Object.assign(args, ...)` make it unknown). Else `node`."""
    semantic = ctx.model.semantic
    if node is None or node.type != "identifier" or semantic is None:
        return node
    binding = semantic.resolve(node)
    if binding is None or binding.kind != BindingKind.ASSIGNMENT or binding.rebound:
        return node
    if binding.member or binding.value is None or binding.scope.parent is None:
        return node  # destructured, unknown, or module-level (any function may change it)
    value: Node | None = _sdk_calls.unwrap(binding.value)
    if value is None or value.type not in ("dictionary", "object", "call"):
        return node
    uses = _identifiers(ctx, binding.scope.node, binding.name)
    if uses is None:
        return node
    for use in uses:
        if use == node or semantic.resolve(use) is not binding:
            continue
        parent = use.parent
        if parent is None:
            return node
        if parent.type == "dictionary_splat":
            continue  # `**kwargs` copies it: the callee cannot change it
        if parent.type in ("assignment", "variable_declarator") and (
            parent.child_by_field_name("left") == use or parent.child_by_field_name("name") == use
        ):
            continue  # the binding itself
        outer = parent.parent
        if parent.type in ("subscript", "subscript_expression", "member_expression") and not (
            outer is not None
            and (
                outer.type in ("delete_statement", "unary_expression")  # `del d["k"]`
                or (
                    outer.type in ("assignment", "augmented_assignment", "assignment_expression")
                    and outer.child_by_field_name("left") == parent
                )
            )
        ):
            continue  # a read of one key
        return node
    return value


def _identifiers(ctx: RuleContext, root: Node, name: str) -> list[Node] | None:
    """Every identifier spelled `name` under `root`; None when a method is called on
    one (`kwargs.update(...)`, `args.push(...)`: it may change)."""
    found: list[Node] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "identifier":
            if ctx.model.text(node) == name:
                found.append(node)
            continue
        if node.type in ("attribute", "member_expression") and node.parent is not None:
            obj = node.child_by_field_name("object")
            if (
                node.parent.type in ("call", "call_expression")
                and node.parent.child_by_field_name("function") == node
                and obj is not None
                and obj.type == "identifier"
                and ctx.model.text(obj) == name
            ):
                return None
        stack.extend(node.children)
    return found


@dataclass(frozen=True)
class _Shape:
    """What a task function's parameters accept."""

    params: list[Param]
    positional: list[Param]
    by_name: dict[str, Param]
    var_positional: bool
    var_keyword: bool
    # parameter name -> (the JSON type its annotation names, the annotation), for the
    # parameters annotated with one plain JSON type
    typed: dict[str, tuple[str, str]]
    # required parameters a call of n positional arguments and no keywords leaves out
    missing: dict[int, list[str]] = field(default_factory=dict, compare=False)

    def missing_after(self, count: int) -> list[str]:
        found = self.missing.get(count)
        if found is None:
            given = {p.name for p in self.positional[:count]}
            found = self.missing[count] = [
                p.name for p in self.params if p.required and p.name not in given
            ]
        return found

    @staticmethod
    def of(function: FunctionInfo, language: LanguageKind) -> _Shape:
        params = [p for p in function.params if p.kind != ParamKind.SEPARATOR]
        return _Shape(
            params,
            [p for p in params if p.kind == ParamKind.PLAIN],
            {p.name: p for p in params if p.kind in (ParamKind.PLAIN, ParamKind.KEYWORD_ONLY)},
            any(p.kind == ParamKind.VAR_POSITIONAL for p in params),
            any(p.kind == ParamKind.VAR_KEYWORD for p in params),
            {
                p.name: (json_type, p.annotation)
                for p in params
                if p.kind in (ParamKind.PLAIN, ParamKind.KEYWORD_ONLY)
                and p.annotation is not None
                and (json_type := annotated_json_type(p.annotation, language)) is not None
            },
        )


def _listing(names: list[str]) -> str:
    if not names:
        return "no arguments"
    return ", ".join(f"`{n}`" for n in names)


def _related(signature: TargetSignature) -> Related:
    return Related(
        _shown(signature.file), 1, 1, 1, 1, f"the target's signature ({signature.origin})"
    )


def _shown(file: Path) -> str:
    try:
        return str(real_path(file).relative_to(real_path(Path.cwd())))
    except ValueError:
        return str(file)


def _contradiction(ctx: RuleContext, value: Node, schema: dict[str, object]) -> str | None:
    """Why a literal does not fit a parameter's JSON schema, or None."""
    text = _sdk_calls.string_value(ctx.model, value)
    number = _sdk_calls.number_value(ctx.model, value)
    enum = schema.get("enum")
    expected = schema.get("type")
    if text is not None:
        if isinstance(enum, list) and enum and text not in enum:
            return f"is one of {', '.join(code_span(str(e)) for e in enum)}, not {code_span(text)}"
        if expected in ("integer", "number", "boolean", "array"):
            return f"is {_a(str(expected))}, but this passes the string {code_span(text)}"
        return None
    if number is not None:
        if expected == "integer" and not number.is_integer():
            return f"is an integer, but this passes {ctx.model.text(value)}"
        if expected in ("string", "boolean", "array") and not isinstance(enum, list):
            return f"is {_a(str(expected))}, but this passes the number {ctx.model.text(value)}"
        return None
    declared = _declared_type(ctx, value)
    if declared is not None and isinstance(expected, str) and not isinstance(enum, list):
        # `score(values=raw)` where the workflow declares `raw: str` and the target reads
        # a list: the JSON the call sends is of the declared kind
        sent, spelled = declared
        # a number of either kind where either is read: TypeScript's `number` is both
        numbers = {"integer", "number"}
        if expected != sent and not (expected in numbers and sent in numbers):
            if expected == "object" and "format" in schema:
                return None  # a resource type: what it accepts is not read
            if expected in ("object", "array", "string", "integer", "number", "boolean"):
                return (
                    f"is {_a(expected)}, but this passes {code_span(ctx.model.code(value))}, "
                    f"declared {code_span(spelled)}"
                )
        return None
    if (
        expected in ("integer", "number", "boolean", "array", "object")
        and not isinstance(enum, list)
        and not (expected == "object" and "format" in schema)
        and _built_string(ctx, value)
    ):
        # `tib: String(q.quota_tib)`, `str(n)`, `f"{n}"`: text, whatever it spells
        return (
            f"is {_a(str(expected))}, but this passes {code_span(ctx.model.code(value))}, a string"
        )
    # `[1, 2]` where the target wants an object, `{"a": 1}` where it wants a list: the
    # JSON the call sends is of another kind than the one the parameter reads
    kind = COLLECTIONS.get(value.type)
    if kind is None or not isinstance(expected, str) or expected == kind[0]:
        return None
    if expected == "object" and "format" in schema:
        return None  # a resource type (`Any`, `object`, a class): what it accepts is not read
    if expected in ("object", "array", "string", "integer", "number", "boolean"):
        return f"is {_a(expected)}, but this passes {kind[1]}"
    return None


# Calls that always return a string: of a global (the name bound by nothing in the
# file), and methods whatever their receiver holds.
_STRING_FUNCTIONS = {
    LanguageKind.PYTHON: frozenset({"str", "repr", "json.dumps"}),
    LanguageKind.TYPESCRIPT: frozenset({"String", "JSON.stringify"}),
}
_STRING_METHODS = {
    LanguageKind.PYTHON: frozenset({"format", "isoformat", "hexdigest"}),
    LanguageKind.TYPESCRIPT: frozenset({"toString", "toFixed", "toISOString", "padStart"}),
}


def _built_string(ctx: RuleContext, value: Node) -> bool:
    """`value` always evaluates to a string: an f-string / template string with
    substitutions, `str(x)` / `String(x)`, `json.dumps(x)` / `JSON.stringify(x)`, a method
    that formats (`x.toString()`, `n.toFixed(1)`, `"{}".format(n)`)."""
    model = ctx.model
    semantic = model.semantic
    node = _sdk_calls.unwrap(value)
    if node is None or semantic is None:
        return False
    if node.type == "template_string":
        return any(c.type == "template_substitution" for c in node.named_children)
    if node.type == "string":
        return any(c.type == "interpolation" for c in node.named_children)
    if node.type not in ("call", "call_expression"):
        return False
    callee = _sdk_calls.unwrap(node.child_by_field_name("function"))
    if callee is None:
        return False
    language = model.language
    if callee.type in ("attribute", "member_expression"):
        name = callee.child_by_field_name("attribute") or callee.child_by_field_name("property")
        base = callee.child_by_field_name("object")
        if name is not None and model.text(name) in _STRING_METHODS.get(language, ()):
            return True
        if base is None or base.type != "identifier" or semantic.resolve(base) is not None:
            if semantic.qualified_name(callee) != "json.dumps":
                return False
            return "json.dumps" in _STRING_FUNCTIONS.get(language, ())
        return model.text(callee) in _STRING_FUNCTIONS.get(language, ())
    if callee.type != "identifier" or semantic.resolve(callee) is not None:
        return False  # the file's own `str` / `String`, or an import
    return model.text(callee) in _STRING_FUNCTIONS.get(language, ())


# The JSON a value of a declared parameter type sends (annotations spelled plainly; a
# union, an optional, a type of the file's own are not read).
DECLARED_TYPES = {
    LanguageKind.PYTHON: {
        "str": "string",
        "int": "integer",
        "float": "number",
        "bool": "boolean",
        "list": "array",
        "List": "array",
        "dict": "object",
        "Dict": "object",
    },
    LanguageKind.TYPESCRIPT: {
        "string": "string",
        "number": "number",
        "boolean": "boolean",
        "Array": "array",
    },
}
# Whether `T[]` spells an array.
ARRAY_SUFFIX = {LanguageKind.TYPESCRIPT: True}


def _declared_type(ctx: RuleContext, value: Node) -> tuple[str, str] | None:
    """(JSON type, annotation) of a parameter of the enclosing function passed as it is
    (`raw` of `main(raw: str)`, `values` of `(values: number[])`), when its annotation
    names one JSON type."""
    semantic = ctx.model.semantic
    if semantic is None or value.type not in ("identifier", "shorthand_property_identifier"):
        return None
    binding = semantic.resolve(value)
    if binding is None or binding.kind != BindingKind.PARAMETER or binding.rebound:
        return None
    parameter = binding.node.parent
    annotation = parameter.child_by_field_name("type") if parameter is not None else None
    if annotation is None:
        return None
    if annotation.type == "type_annotation" and annotation.named_children:
        annotation = annotation.named_children[0]  # TypeScript's `: T`
    spelled = ctx.model.text(annotation)
    if annotation.type == "array_type":
        return "array", spelled
    json_type = annotated_json_type(spelled, ctx.model.language)
    return (json_type, spelled) if json_type is not None else None


def annotated_json_type(spelled: str, language: LanguageKind) -> str | None:
    """The one JSON type an annotation spelled plainly names (`int`, `number`,
    `string[]`, `list[str]`, `Array<T>`, `dict`), else None (a union, an optional, a
    type of the file's own, a string annotation)."""
    if ARRAY_SUFFIX.get(language) and spelled.endswith("[]") and "|" not in spelled:
        return "array"
    head = spelled.split("[", 1)[0].split("<", 1)[0].strip()
    json_type = DECLARED_TYPES.get(language, {}).get(head)
    if ("[" in spelled or "<" in spelled) and json_type not in ("array", "object"):
        return None  # `Optional[int]`, `Promise<T>`: not one plain type
    return json_type


# Literal collections by node type: the JSON type they send, and how to name them.
COLLECTIONS = {
    "list": ("array", "a list"),
    "tuple": ("array", "a tuple"),
    "array": ("array", "an array"),
    "dictionary": ("object", "a dict"),
    "object": ("object", "an object"),
}


def _a(json_type: str) -> str:
    return {"integer": "an integer", "array": "an array", "object": "an object"}.get(
        json_type, f"a {json_type}"
    )


# How each SDK's task wrappers take the target's arguments.
PASSED_TO_TARGET: dict[
    LanguageKind,
    Callable[
        [TaskArgumentMismatch, RuleContext, TaskCall, TargetSignature, str],
        dict[str, tuple[Node, Node | None]] | None,
    ],
] = {
    LanguageKind.PYTHON: TaskArgumentMismatch.python_passed,
    LanguageKind.TYPESCRIPT: TaskArgumentMismatch.typescript_passed,
}

# The names a call writes beside a spread of unknown keys, where the arguments are an
# object (windmill-client); wmill's keywords beside `**kwargs` are `python_passed`'s.
BESIDE_SPREAD: dict[
    LanguageKind, Callable[[RuleContext, TaskCall], dict[str, tuple[Node, Node | None]] | None]
] = {LanguageKind.TYPESCRIPT: _spread_object_names}


def _extra_keys(taken: int, given: int) -> str:
    """The keys the SDK sends extra positional arguments under: `arg{i}`, `i` the
    argument's 0-based position (wmill `_merge_args`, windmill-client `task`'s
    wrapper), so a third argument to a two-parameter task is `arg2`."""
    keys = [f"`arg{i}`" for i in range(taken, given)]
    if len(keys) == 1:
        return keys[0]
    if len(keys) <= 3:
        return ", ".join(keys[:-1]) + " and " + keys[-1]
    return f"{keys[0]} to {keys[-1]}"


def bound_task_attributes(ctx: RuleContext) -> None:
    """`design = design_charge` in the body of a Python class of the file, then
    `self.design(hole)` (in a method of that class or of a subclass of the file) or
    `planner.design(hole)` (an instance of one): the task's wrapper is a plain function,
    so read through an instance it binds as a method and the call passes the instance
    first (wmill 1.850.0 `task`: `functools.wraps(func)(wrapper)`, `_merge_args` maps
    positional arguments to the task's parameters in order, the extra one to `argN`)."""
    model = ctx.model
    tasks = {
        t.binding: t
        for t in model.tasks
        if t.binding and t.top_level and t.kind == TaskKind.TASK and t.function is not None
    }
    if not tasks or model.semantic is None:
        return
    kept: dict[int, dict[str, str]] = {}  # class node id -> {attribute: task}
    classes: dict[int, Node] = {}
    for stmt in model.tree.root_node.named_children:
        cls = (
            stmt.child_by_field_name("definition") if stmt.type == "decorated_definition" else stmt
        )
        if cls is None or cls.type != "class_definition":
            continue
        classes[cls.id] = cls
        body = cls.child_by_field_name("body")
        for item in body.named_children if body is not None else ():
            inner = item.named_children[0] if item.named_children else None
            if item.type != "expression_statement" or inner is None or inner.type != "assignment":
                continue
            left, right = inner.child_by_field_name("left"), inner.child_by_field_name("right")
            if left is None or right is None or left.type != "identifier":
                continue
            if inner.child_by_field_name("type") is not None:
                continue  # `fn: Callable = t`: a dataclass / attrs / pydantic field's default
            if _set_on_instances(model, cls, model.text(left)):
                continue  # `self.design = ...` in a method: the instance's own, not bound
            if right.type == "identifier" and model.text(right) in tasks:
                given = model.semantic.resolve(right)
                if given is not None and given.scope is model.semantic.module:
                    kept.setdefault(cls.id, {})[model.text(left)] = model.text(right)
    if not kept:
        return
    names = {name for attrs in kept.values() for name in attrs}
    for call in _sdk_calls.call_nodes(model):
        callee = call.child_by_field_name("function")
        if callee is None or callee.type != "attribute":
            continue
        attr = callee.child_by_field_name("attribute")
        owner = callee.child_by_field_name("object")
        if attr is None or owner is None or model.text(attr) not in names:
            continue
        cls = _own_class(model, owner) or _sdk_calls.instance_class(model, owner)
        found = _kept_task(model, cls, model.text(attr), kept, 0) if cls is not None else None
        if found is None:
            continue
        holder, task_name = found
        task = tasks[task_name]
        params = [p.name for p in task.function.params] if task.function is not None else []
        first = f"`{params[0]}`" if params else "its first argument"
        passed = len(_sdk_calls.arguments_of(model, call)[0])
        shifted = (
            f"its last argument as `arg{passed}`, a parameter `{task_name}` does not have"
            if passed + 1 > len(params)
            else "every argument to the parameter after its own"
        )
        ctx.report(
            Span.of(callee),
            f"`{model.text(attr)}` is the task `{task_name}` kept as a plain attribute of "
            f"class `{holder}`: read through an instance it is a bound method, so this call "
            f"sends the instance as {first} and {shifted} (wmill 1.850.0 `_merge_args`); "
            f"write `{model.text(attr)} = staticmethod({task_name})`",
        )


def _set_on_instances(model: ScriptModel, cls: Node, name: str) -> bool:
    """Does a method of the class assign `self.<name>` (an instance attribute, which
    hides the class attribute and is not bound)?"""
    body = cls.child_by_field_name("body")
    needle = f"self.{name}"
    for item in body.named_children if body is not None else ():
        method = (
            item.child_by_field_name("definition") if item.type == "decorated_definition" else item
        )
        if method is None or method.type != "function_definition":
            continue
        if needle.encode() not in model.source.data[method.start_byte : method.end_byte]:
            continue
        for node in _sdk_calls.nodes_of_kinds(model, ("assignment",), method):
            left = node.child_by_field_name("left")
            if left is not None and model.text(left) == needle:
                return True
    return False


def _own_class(model: ScriptModel, owner: Node) -> Node | None:
    """The class whose method `owner` (`self`, the method's first parameter) is in."""
    if owner.type != "identifier":
        return None
    node: Node | None = owner
    while node is not None and node.type != "function_definition":
        node = node.parent
    if node is None:
        return None
    names = _sdk_calls.parameter_names(model, node)
    if not names or names[0] != model.text(owner):
        return None
    holder = node.parent
    if holder is not None and holder.type == "decorated_definition":
        decorators = {model.text(d).lstrip("@") for d in holder.named_children[:-1]}
        if decorators & {"staticmethod", "classmethod"}:
            return None
        holder = holder.parent
    cls = holder.parent if holder is not None else None
    return cls if cls is not None and cls.type == "class_definition" else None


def _kept_task(
    model: ScriptModel, cls: Node, name: str, kept: dict[int, dict[str, str]], depth: int
) -> tuple[str, str] | None:
    """(class, task) of the task a class of the file (or a base of it) keeps as `name`;
    None when the class defines `name` otherwise first."""
    label = model.text(cls.child_by_field_name("name") or cls)
    if name in kept.get(cls.id, {}):
        return label, kept[cls.id][name]
    if depth > 4 or _defines(model, cls, name):
        return None
    bases = cls.child_by_field_name("superclasses")
    for base in bases.named_children if bases is not None else ():
        if base.type != "identifier":
            continue
        made = _sdk_calls.bound_value(model, model.text(base), base)
        if made is not None and made.type == "class_definition":
            found = _kept_task(model, made, name, kept, depth + 1)
            if found is not None:
                return found
    return None


def _defines(model: ScriptModel, cls: Node, name: str) -> bool:
    body = cls.child_by_field_name("body")
    for item in body.named_children if body is not None else ():
        target = (
            item.child_by_field_name("definition") if item.type == "decorated_definition" else item
        )
        if target is not None and target.type in ("function_definition", "class_definition"):
            spelled = target.child_by_field_name("name")
            if spelled is not None and model.text(spelled) == name:
                return True
        inner = item.named_children[0] if item.named_children else None
        if item.type == "expression_statement" and inner is not None and inner.type == "assignment":
            left = inner.child_by_field_name("left")
            if left is not None and model.text(left) == name:
                return True
    return False
