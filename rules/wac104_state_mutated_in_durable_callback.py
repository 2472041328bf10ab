"""WAC104: a step callback (or a task body) changes state the workflow body owns."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from pathlib import Path

from wac_lint.model import CodeRole, ScriptModel, Span
from wac_lint.rule import Rule, RuleContext, py, ts
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._imported_values import imported_origin
from wac_lint.rules._sdk_calls import Node, Region
from wac_lint.semantic import BindingKind
from wac_lint.tree_paths import chain_root
from wac_lint.workspace.helper_resolution import workspace_import_names

MUTATING_METHODS = {
    "python": {
        "append",
        "extend",
        "insert",
        "remove",
        "pop",
        "clear",
        "update",
        "add",
        "discard",
        "setdefault",
        "sort",
        "reverse",
        "popitem",
        "appendleft",
        "extendleft",
        "popleft",
        "difference_update",
        "intersection_update",
        "symmetric_difference_update",
    },
    "typescript": {
        "push",
        "pop",
        "shift",
        "unshift",
        "splice",
        "sort",
        "reverse",
        "fill",
        "copyWithin",
        "set",
        "add",
        "delete",
        "clear",
    },
}
# Methods that change the object they are called on only for objects of a known class
# (the method name alone is too common: redis's `r.set(k, v)` writes a server, not
# workflow state): `CURRENCY.set(v)` on a module's `ContextVar(...)` changes what the
# body reads next, and a step's function that does it is skipped on replay.
TYPED_MUTATORS: dict[str, dict[str, frozenset[str]]] = {
    "python": {"contextvars.ContextVar": frozenset({"set", "reset"})},
    "typescript": {},
}
TYPED_MUTATOR_CLASSES = {language: frozenset(table) for language, table in TYPED_MUTATORS.items()}
# Whether a call of a method of the file's class on an outer instance is followed into
# that method (Python's `journal.post(row)`; not done for TypeScript).
FOLLOWS_METHODS = {"python": True, "typescript": True}
LODASH_MUTATORS = (
    "merge",
    "mergeWith",
    "assign",
    "assignIn",
    "assignWith",
    "assignInWith",
    "extend",
    "extendWith",
    "defaults",
    "defaultsDeep",
    "set",
    "setWith",
    "unset",
    "update",
    "updateWith",
    "remove",
    "pull",
    "pullAll",
    "pullAllBy",
    "pullAllWith",
    "pullAt",
    "fill",
    "reverse",
)
# Functions that change their first argument in place (`Object.assign(profile, ...)`).
FIRST_ARGUMENT_MUTATORS: dict[str, frozenset[str]] = {
    "python": frozenset(
        {
            "setattr",
            "delattr",
            "heapq.heappush",
            "heapq.heappop",
            "heapq.heapify",
            "heapq.heapreplace",
            "heapq.heappushpop",
            "bisect.insort",
            "bisect.insort_left",
            "bisect.insort_right",
            "random.shuffle",
        }
    ),
    "typescript": frozenset(
        {
            "Object.assign",
            "Object.defineProperty",
            "Object.defineProperties",
            "Reflect.set",
            "Reflect.deleteProperty",
        }
        # lodash's functions that change their first argument in place (`_.merge(config,
        # remote)`; `_.merge({}, a, b)` builds a new object), from the package, lodash-es
        # or a per-method module (`import merge from "lodash/merge"`); underscore's
        | {
            f"{module}{sep}{function}"
            for module, sep in (("lodash", "."), ("lodash-es", "."), ("lodash", "/"))
            for function in LODASH_MUTATORS
        }
        | {"underscore.extend", "underscore.extendOwn", "underscore.defaults"}
    ),
}
ASSIGNMENTS = (
    "assignment",
    "augmented_assignment",
    "assignment_expression",
    "augmented_assignment_expression",
    "update_expression",
    "delete_statement",
    "named_expression",
)
# TypeScript nodes that change a name they do not bind: `delete x[k]` and a `for ... of`
# / `in` loop whose variable is not declared there (`for (last of rows)`)
TS_REBINDERS = ("unary_expression", "for_in_statement")
CHANGES = (*ASSIGNMENTS, *TS_REBINDERS, "call", "call_expression")
PATTERNS = ("object_pattern", "array_pattern")


def ts_rebound_target(node: Node) -> Node | None:
    """What a TypeScript `delete` or a `for (x of xs)` without a declaration changes."""
    if node.type == "unary_expression":
        operator = node.child_by_field_name("operator")
        if operator is None or operator.type != "delete":
            return None
        return node.child_by_field_name("argument")
    if node.type == "for_in_statement" and node.child_by_field_name("kind") is None:
        return node.child_by_field_name("left")
    return None


def pattern_targets(target: Node | None) -> list[Node]:
    """The places a TypeScript assignment target writes: itself, or each name / member
    a destructuring pattern (`{ a, b: x.y, c = 1, ...rest }`, `[p, , q]`) assigns."""
    if target is None:
        return []
    inner = sdk.unwrap(target) or target
    if inner.type not in PATTERNS:
        return [target]
    found: list[Node] = []
    for child in inner.named_children:
        if child.type == "pair_pattern":
            found += pattern_targets(child.child_by_field_name("value"))
        elif child.type in ("object_assignment_pattern", "assignment_pattern"):
            found += pattern_targets(child.child_by_field_name("left"))
        elif child.type == "rest_pattern":
            found += [t for c in child.named_children for t in pattern_targets(c)]
        elif child.type != "comment":
            found += pattern_targets(child)
    return found


# the node types `local_names` reads
BINDERS = (
    "nonlocal_statement",
    "global_statement",
    "assignment",
    "variable_declarator",
    "for_statement",
    "for_in_statement",
    "function_definition",
    "function_declaration",
    "class_definition",
    "as_pattern_target",
    "named_expression",
    "lambda",
    "arrow_function",
)


class StateMutatedInDurableCallback(Rule):
    code = "WAC104"
    name = "state-mutated-in-durable-callback"
    summary = (
        "A `step(...)` callback changes workflow state; on replay only its return value comes back"
    )
    message = "Return the value from the step and assign it in the workflow body"
    docs = """
## What it does
Finds a `step(...)` callback (a lambda, an arrow, or a function passed by name)
that changes state it does not own: assigns an outer variable (`nonlocal`,
`global`, a closure variable in TypeScript), mutates an outer container
(`.append`, `.push`, `.update`, `.set`, `x[k] = v`, `x.attr = v`, `+=`, `del`, a
static member of a class of the file: `Counter.n++`, `Registry.items.push(x)`,
`Object.assign(x, ...)`, lodash's `_.merge(x, ...)` / `_.set(x, ...)` / `_.remove(x, ...)`,
`setattr(x, ...)`, `heapq.heappush(x, ...)`, `.set(...)` / `.reset(...)` of a
`contextvars.ContextVar` the module or the body built: the body reads it unset once
the step is replayed; a `.set` / `.add` / `.delete` of an object a library built,
`redis.set(k, v)` on `new Redis()`, a bullmq queue's `add`, writes to that service,
which is what a step is for, and is not a change of workflow state, unless the library
keeps containers in memory: `cachetools`, `lru-cache`; in TypeScript also a
destructuring assignment, which assigns each name or member of its pattern: `({ cap,
tariff } = await loadSite(id))`, `[first] = rows`, `delete manifest[k]`, and a `for
(last of rows)` whose variable is declared outside). A variable declared without a
value (`let total: number;`) is state as much as one declared with one. A value a
helper fills only when it is not set yet (`pool ??= new Pool(...)`, `if name not in
_CLIENTS: _CLIENTS[name] = ...`, `_CLIENTS.setdefault(name, make())`, `if
(!cache.has(k)) cache.set(k, v)`) is a cache the helper builds again in the round that
needs it: left out, unless the workflow body reads it itself. A bound
method given to `step` (`step("x", log.mark)`, `step("x", p.tick.bind(p))`) runs
on an instance the body holds, so what it changes on `self` / `this` counts too, as
it does in an arrow or lambda written in a method (`step("x", () => { this.#stage++;
})`: its `this` / `self` is that method's); so
does a Python callback calling a method of the file's class on an instance the body
holds (`journal.post(row)` with `journal = Journal(p)` and `post` appending to
`self.entries`; a plain `self.x = v`, a lazily kept client, is left out).
A container's changing method given to `step` by reference is such a callback too:
`step("collect", functools.partial(points.extend, batch))`, `step("reset", points.clear)`,
`step("x", points.push.bind(points, 3))` fill the body's container in the first round
only (the finding is on the method reference); `step("x", points.copy)` and a library
client's method (`functools.partial(r.set, k, v)`) are left alone.
Also a task body that assigns a module-level variable (`global X` in Python, a
module-level `let` in TypeScript; one filled only when unset, `if _client is None:
_client = ...`, is a client the job keeps for itself: left out unless the workflow
reads it), or changes in place a module-level container or instance of the file's
classes, a static member of one of its classes (`LiftLog.recorded += 1`) or a member of
the global object (`globalThis.cache.set(k, v)`; making it, `globalThis.cache ??= new
Map()`, is left out) that the workflow function reads (`seen.set(k, v)`, `_memo[k] = v`,
`budget.charge(n)` whose method adds to `this.#spent`, then `budget.left` in the body;
`FleetBudget.charge(n)` whose static method adds to `FleetBudget.used` or, `this` being
the class there, to `this.#spent`, the same in a step callback; a memo the workflow
never reads is the task's own business; a client built by a
library, `redis.set(k, v)`, is no state of the workflow).
Methods of the file's classes are followed in TypeScript as in Python (`log.record(x)`
in a step callback, `record` pushing onto `this.items`; `this.client ??= ...`, a client
kept lazily, is left out).
A function another module of the workspace defines, called in a step callback or a
task body, that changes its own module's state (`remember(key, row)` of
`f/shared/ids.py` filling the module-level `_SEEN`, a `global` counter, a module-level
`Map` or `let` of a TypeScript module, `export let` included) is the same mistake where
the workflow body reads that state through the module (`recall(key)`) or itself (the
imported binding `pours`, `pool.TALLY` of a module imported whole): a module the workflow
imports is loaded again on each replay, and in the task's own job; a cache of that module
the body never reads back is left alone. So is a method, called there, of an instance
another module builds at its top level (`POOL = Pool()`, `export default new Taplist()`,
re-exports followed) that changes a member of it in place (`this.#lines.set(...)`), where
the body calls a method of that instance reading the member (`taplist.current(line)`).
A step callback handing a variable of the workflow body to a function (of the file or
of another module of the workspace) that changes that parameter in place
(`step("tally", lambda: count_into(units, rows))` where `count_into` does `acc[k] =
...`; `addAll(orders, ids)` pushing onto `into`) changes the body's container in the
round that runs the step only; a function that rebinds the parameter first (`acc =
dict(acc)`), or a fresh container handed over (`count_into({}, rows)`), is fine.

Read in the SDKs (`wmill` 1.850.0 `WorkflowCtx._run_inline_step`,
`windmill-client` 1.818.0 `_runInlineStep`): once a step is checkpointed, every
later round returns the stored result without calling the function. A task
runs as its own job (`_execute_directly` in the child job).

Severity: **error**: the change exists only in the round that ran the step; after
the next suspension (a task, a sleep, an approval) the workflow replays and the
outer variable is back to what the body alone makes it.

## Why is this bad
`audit.append(...)` inside a step looks as if it records something, but after an
approval resumes the workflow, `audit` is empty again.

## Example
```python
audit = []
await step("check", lambda: audit.append(check(order)))
approval = await wait_for_approval()
return audit  # [] after the approval
```

## Use instead
```python
audit = [await step("check", lambda: check(order))]
approval = await wait_for_approval()
return audit
```
"""
    VALID = [
        py(
            "from wmill import step, workflow\n\n@workflow\nasync def main(items: list[int]):\n"
            "    total = 0\n    seen = await step('seen', lambda: [i for i in items if i > "
            "total])\n"
            "    def collect():\n        out = []\n        out.append(len(items))\n        return "
            "out\n"
            "    counts = await step('counts', collect)\n    return seen + counts\n"
        ),
        ts(
            'import { step, workflow } from "windmill-client";\n'
            "export const main = workflow(async (items: number[]) => {\n"
            '  const audit = [await step("check", () => items.length)];\n'
            '  const copy = await step("copy", () => '
            "{ const out: number[] = []; out.push(1); return out; });\n"
            "  return [...audit, ...copy];\n});\n"
        ),
    ]
    INVALID = [
        py(
            "from wmill import step, wait_for_approval, workflow\n\n@workflow\nasync def "
            "main(order: str):\n"
            "    audit = []\n    await step('check', lambda: «audit.append»(order))\n"
            "    await wait_for_approval()\n    return audit\n"
        ),
        ts(
            'import { step, waitForApproval, workflow } from "windmill-client";\n'
            "export const main = workflow(async (order: string) => {\n"
            "  const audit: string[] = [];\n"
            '  await step("check", () => «audit.push»(order));\n'
            "  await waitForApproval();\n  return audit;\n});\n"
        ),
        ts(
            'import { step, workflow } from "windmill-client";\n'
            "export const main = workflow(async () => {\n  let started = 0;\n"
            '  await step("stamp", () => { «started = Date.now()»; });\n  return started;\n});\n'
        ),
        py(
            "from wmill import task, workflow\n\nCOUNT = 0\n\n@task()\nasync def bump():\n"
            "    global COUNT\n    «COUNT += 1»\n\n@workflow\nasync def main():\n"
            "    await bump()\n    return COUNT\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        model = ctx.model
        facts = sdk.facts(model)
        callbacks = sorted(facts.step_callbacks.values(), key=lambda f: f.start_byte)
        # what each method of the file's classes changes on `self`, worked out once
        changed: dict[int, list[str]] = {}
        closures: dict[int, bool] = {}  # arrow / lambda -> written in a method (`in_method`)
        read_by_body: set[str] | None = None
        for fn in facts.step_callbacks.values():
            # a method given to step (`step("x", tracker.record)`) runs on an instance the
            # body holds: what it changes on `self` is the body's state too
            # and so does an arrow / lambda written in a method, whose `this` / `self`
            # is that method's (`step("x", () => { this.#stage++; })`)
            instance = is_method(model, fn) or in_method(model, fn, closures)
            inner = nested_callbacks(callbacks, fn)
            subject = durable_subject(model, fn, CodeRole.STEP, "a `step(...)` callback")
            for node, name in mutations(model, fn, True, instance, skip=inner, methods=changed):
                if lazy_fill(model, node, name):
                    if read_by_body is None:
                        read_by_body = workflow_reads(model)
                    if name.split(".", 1)[0] not in read_by_body:
                        continue  # a cache the helper fills again when a replay needs it
                ctx.report(
                    Span.of(node),
                    f"{subject} changes `{name}`, which belongs to the workflow "
                    "body: once the step is checkpointed it is not called again and only its "
                    "return "
                    "value comes back, so the change is lost on replay; return the value from the "
                    "step and assign it in the body",
                )
        for node, name in referenced_mutators(model):
            ctx.report(
                Span.of(node),
                f"This `step(...)` callback, `{model.text(node)}`, changes `{name}`, which "
                "belongs to the workflow body: once the step is checkpointed it is not called "
                "again and only its return value comes back, so the change is lost on "
                "replay; return the value from the step and assign it in the body",
            )
        for fn in facts.task_bodies.values():
            subject = durable_subject(model, fn, CodeRole.TASK, "a task body")
            for node, name in mutations(model, fn, outer_only=False, methods=changed):
                rebound = rebinds(model, node)
                if declared_without_value(model, name, fn) or (
                    rebound and lazy_fill(model, node, name)
                ):
                    # `let pool;` a task fills for itself, `if _client is None: _client =
                    # ...` (a client kept for the job's later calls): only the body's
                    # reads of it matter
                    if read_by_body is None:
                        read_by_body = workflow_reads(model)
                    if name not in read_by_body:
                        continue
                elif not rebound and module_level(model, name):
                    # a module-level container changed in place (`_memo[k] = v`,
                    # `USAGE[t].append(n)`): a cache the task keeps for itself unless
                    # the workflow reads it
                    if read_by_body is None:
                        read_by_body = workflow_reads(model)
                    if name.split(".", 1)[0] not in read_by_body:
                        continue
                elif not module_level(model, name):
                    # a module-level object changed in place (`budget.charge(n)`, `seen[k] =
                    # v`, `Counter.n++`), or a member of the global object
                    # (`globalThis.cache.set(k, v)`): only a mistake where the workflow
                    # reads it (a cache the task keeps for itself is its own business)
                    base = name.split(".", 1)[0]
                    if read_by_body is None:
                        read_by_body = workflow_reads(model)
                    if base in global_objects(model) and global_member_change(model, node):
                        if lazy_fill(model, node, name) or name not in read_by_body:
                            continue  # `globalThis.cache ??= new Map()`: made, not changed
                    elif base not in read_by_body or not module_binding(model, base):
                        continue
                is_global = name.split(".", 1)[0] in global_objects(model)
                scope = "global" if is_global else "module-level"
                ctx.report(
                    Span.of(node),
                    f"{subject} changes the {scope} `{name}`: a task runs as its own "
                    "job, "
                    "so the workflow never sees the change; return the value from the task instead",
                )
        self.imported(ctx)
        self.handed_in(ctx, callbacks)

    def handed_in(self, ctx: RuleContext, callbacks: list[Node]) -> None:
        """A step callback handing a variable of the workflow body to a function (of the
        file or imported from another module of the workspace) that changes that
        parameter in place (`count_into(units, rows)` whose `acc[k] = ...` fills the dict
        it is given, `addAll(orders, xs)` whose `into.push(...)` fills the array): the
        body's own container is changed in the round that runs the step only."""
        model = ctx.model
        for fn in callbacks:
            body = sdk.function_body(fn)
            if body is None:
                continue
            inner = nested_callbacks(callbacks, fn)
            for call in sdk.nodes_of_kinds(model, ("call", "call_expression"), body):
                if any(n.start_byte <= call.start_byte < n.end_byte for n in inner):
                    continue
                target = _called_function(ctx, call)
                if target is None:
                    continue
                other, function, shown = target
                changed = changed_parameters(other, function)
                if not changed:
                    continue
                positional, keywords, _ = sdk.arguments_of(model, call)
                for index, param, row in changed:
                    given = positional[index] if index < len(positional) else None
                    if given is None:
                        given = next((k.value for k in keywords if k.name == param), None)
                    if given is None:
                        continue
                    held = sdk.unwrap(given) or given
                    name = base_name(model, given)
                    if name is None or held.type != "identifier" or name in ("self", "this"):
                        continue
                    if library_object(model, held):
                        continue  # `remember(redis, k, v)`: its `set` writes the service
                    local = local_names(model, fn)[0]
                    if name in local or not owned_outside(model, name, fn):
                        continue
                    callee = sdk.callee_of(call)
                    spelled = model.text(callee) if callee is not None else "this function"
                    ctx.report(
                        Span.of(call),
                        f"`{spelled}(...)` inside a `step(...)` callback changes `{name}` in "
                        f"place (its parameter `{param}`, changed on line {row} of {shown}), which "
                        "belongs "
                        "to the workflow body: once the step is checkpointed it is not called "
                        "again and only its return value comes back, so the change is lost on "
                        "replay; return the value from the step and assign it in the body",
                    )
                    break

    def imported(self, ctx: RuleContext) -> None:
        """A step callback or task body calling a function another module of the workspace
        defines that changes that module's own state (`remember(key, row)` of
        `f/shared/ids.py` filling its module-level `_SEEN`), which the workflow body then
        reads through a function of that module (`recall(key)`): the change is made in the
        task's job, or in a round the replay skips, so the body never sees it. A module
        cache the body never reads back is left alone."""
        model, workspace = ctx.model, ctx.workspace
        semantic = model.semantic
        facts = sdk.facts(model)
        if workspace is None or semantic is None or facts.workflow_function is None:
            return
        if not facts.step_callbacks and not facts.task_bodies:
            return
        names = workspace_import_names(model)
        if not names:
            return
        durable: list[tuple[Node, Region, tuple[str, str, tuple[int, int]], str | None]] = []
        # module file -> module-level name -> how the body reads it (a call into that
        # module, `recall(...)`, or the name itself, `pours`)
        body_reads: dict[str, dict[str, str]] = {}
        for call in sdk.call_nodes(model):
            callee = sdk.callee_of(call)
            base = chain_root(callee)
            if callee is None or base is None or model.text(base) not in names:
                continue  # a package's name, or not an import: nothing to follow
            region = sdk.region_of(model, call)
            if region is Region.OTHER:
                continue
            origin = imported_origin(ctx, call)
            method = None
            if origin is None:
                # `taplist.pour(...)` on an instance another module builds at its top level
                # (`export default new Taplist()`): its method's changes to `this` / `self`
                origin, method = _instance_method(ctx, callee, base)
                if origin is None or method is None:
                    continue
            if region is Region.WORKFLOW:
                readers = body_reads.setdefault(origin[0], {})
                reads = (
                    _instance_reads(*origin, method)
                    if method is not None
                    else _module_reads(*origin)
                )
                for read in reads:
                    readers.setdefault(read, f"`{model.text(callee)}(...)`")
            else:
                durable.append((call, region, origin, method))
        if durable:
            self.read_directly(ctx, names, body_reads)
        for call, region, (file, function, key), method in durable:
            reading = body_reads.get(file)
            if not reading:
                continue
            changes = (
                _instance_changes(file, function, key, method)
                if method is not None
                else _module_changes(file, function, key)
            )
            for name, row in changes:
                reader = reading.get(name if method is not None else name.split(".", 1)[0])
                if reader is None:
                    continue
                callee = sdk.callee_of(call)
                spelled = model.text(callee) if callee is not None else function
                shown = workspace.shown(Path(file))
                if region is Region.TASK_BODY:
                    where = "a task body"
                    why = (
                        "a task runs as its own job, so the workflow never sees the change; "
                        "return the value from the task instead"
                    )
                else:
                    where = "a `step(...)` callback"
                    why = (
                        "once the step is checkpointed it is not called again and only its "
                        "return value comes back, so the change is lost on replay; return "
                        "the value from the step instead"
                    )
                if method is None:
                    state = f"`{name}`, module-level state of {shown} (line {row}) that"
                else:
                    held = (
                        f"{shown} exports by default"
                        if function == "default"
                        else f"`{function}` of {shown}"
                    )
                    state = f"`{name.split('.', 1)[1]}` of the instance {held} (line {row}), which"
                ctx.report(
                    Span.of(call),
                    f"`{spelled}(...)` inside {where} changes {state} the workflow body "
                    f"reads through {reader}: {why}",
                )
                break

    @staticmethod
    def read_directly(
        ctx: RuleContext, names: frozenset[str], reads: dict[str, dict[str, str]]
    ) -> None:
        """The module-level names of other modules the workflow function reads itself: an
        imported binding (`return { poured: pours }` of `export let pours`), or a member
        of a module imported whole (`pool.TALLY`)."""
        model = ctx.model
        wf = sdk.facts(model).workflow_function
        if wf is None:
            return
        spelled = [
            *sdk.nodes_in(model, "identifier", wf),
            *sdk.nodes_in(model, "shorthand_property_identifier", wf),  # `{ pours }`
        ]
        for node in spelled:
            text = model.text(node)
            if text not in names or sdk.region_of(model, node) is not Region.WORKFLOW:
                continue
            parent = node.parent
            held = node
            if (
                parent is not None
                and parent.type in ("attribute", "member_expression")
                and parent.child_by_field_name("object") == node
            ):
                held = parent  # `pool.TALLY`: the member of a module imported whole
            grand = held.parent
            if grand is not None and grand.type in ("call", "call_expression"):
                if grand.child_by_field_name("function") == held:
                    continue  # a call: its reads are the function's (above)
            origin = imported_origin(ctx, held)
            if origin is None and held is not node:
                origin = imported_origin(ctx, node)
            if origin is not None:
                reads.setdefault(origin[0], {}).setdefault(origin[1], f"`{model.text(held)}`")


def _instance_method(
    ctx: RuleContext, callee: Node, base: Node
) -> tuple[tuple[str, str, tuple[int, int]] | None, str | None]:
    """`taplist.pour(...)`: where the instance `taplist` is bound at module level in the
    module defining it (re-exports followed), and the method called on it."""
    if (
        callee.type not in ("attribute", "member_expression")
        or callee.child_by_field_name("object") != base
    ):
        return None, None
    member = callee.child_by_field_name("attribute") or callee.child_by_field_name("property")
    origin = imported_origin(ctx, base)
    if member is None or origin is None:
        return None, None
    method = ctx.model.text(member)
    if _instance_method_node(*origin, method) is None:
        return None, None
    return origin, method


def _instance_class(other: ScriptModel, name: str) -> Node | None:
    """The class of the file whose instance the module-level `name` holds (`taplist =
    new Taplist()`, `REGISTRY = Registry()`), or, for `default`, the instance the module
    exports by default (`export default new Taplist()`)."""
    semantic = other.semantic
    if semantic is None:
        return None
    value: Node | None = None
    if name == "default":
        for statement in other.tree.root_node.named_children:
            if statement.type == "export_statement" and any(
                c.type == "default" for c in statement.children
            ):
                value = statement.child_by_field_name("value")
    else:
        bound = semantic.module.bindings.get(name)
        value = bound.assigned_value if bound is not None and not bound.rebound else None
    value = sdk.unwrap(value)
    if value is None or value.type not in ("call", "new_expression"):
        return None
    cls = sdk.callee_of(value) or value.child_by_field_name("constructor")
    if cls is None or cls.type != "identifier":
        return None
    definition = sdk.bound_value(other, other.text(cls), cls)
    if definition is None or definition.type not in (
        "class_definition",
        "class_declaration",
        "class",
    ):
        return None
    return definition


def _instance_method_node(file: str, name: str, key: tuple[int, int], method: str) -> Node | None:
    other = _other_module(file, key)
    cls = _instance_class(other, name) if other is not None else None
    body = cls.child_by_field_name("body") if cls is not None else None
    if other is None or body is None:
        return None
    for statement in body.named_children:
        fn = statement.child_by_field_name("definition") or statement
        named = (
            fn.child_by_field_name("name")
            if fn.type in ("function_definition", "method_definition")
            else None
        )
        if named is not None and other.text(named) == method:
            return fn
    return None


@lru_cache(maxsize=256)
def _instance_changes(
    file: str, name: str, key: tuple[int, int], method: str
) -> tuple[tuple[str, int], ...]:
    """What the method `method` of the instance `name` of `file` changes on `this` /
    `self` in place (`this.#lines.set(...)`, `self.claims[v] = b`), as `name.member`."""
    other = _other_module(file, key)
    fn = _instance_method_node(file, name, key, method)
    if other is None or fn is None:
        return ()
    out: list[tuple[str, int]] = []
    for node, changed in mutations(other, fn, True, True):
        owner, _, member = changed.partition(".")
        if owner in ("self", "this") and member and not plain_member_assignment(other, node):
            out.append((f"{name}.{member.split('.', 1)[0]}", node.start_point[0] + 1))
    return tuple(out)


@lru_cache(maxsize=256)
def _instance_reads(file: str, name: str, key: tuple[int, int], method: str) -> frozenset[str]:
    """The members of `this` / `self` the method `method` of the instance `name` of
    `file` reads, as `name.member`."""
    other = _other_module(file, key)
    fn = _instance_method_node(file, name, key, method)
    if other is None or fn is None:
        return frozenset()
    found: set[str] = set()
    for kind in ("attribute", "member_expression"):
        for node in sdk.nodes_in(other, kind, fn):
            owner = node.child_by_field_name("object")
            member = node.child_by_field_name("attribute") or node.child_by_field_name("property")
            if owner is not None and member is not None and other.text(owner) in ("self", "this"):
                found.add(f"{name}.{other.text(member)}")
    return frozenset(found)


@lru_cache(maxsize=64)
def _other_module(file: str, _key: tuple[int, int]) -> ScriptModel | None:
    """Another module's scopes, once per version of the file."""
    from wac_lint.engine import InputError, read_source
    from wac_lint.frontends import module_model

    try:
        return module_model(read_source(file))
    except (InputError, OSError, RecursionError):
        return None


def _module_function(other: ScriptModel, name: str) -> Node | None:
    """The top-level function `name` binds in `other` (`def`, `function`, or a `const`
    holding an arrow)."""
    semantic = other.semantic
    bound = semantic.module.bindings.get(name) if semantic is not None else None
    if semantic is None or bound is None:
        return None
    if bound.function is not None:
        return bound.function
    held = bound.assigned_value
    return held if held is not None and held.type in semantic.syntax.functions else None


def _called_function(ctx: RuleContext, call: Node) -> tuple[ScriptModel, Node, str] | None:
    """The function a call runs, with the model holding it and where it is shown: a
    top-level function of the file called by name, or one another module of the
    workspace defines and the file imports (re-exports followed)."""
    model = ctx.model
    callee = sdk.unwrap(sdk.callee_of(call))
    if callee is None:
        return None
    if callee.type == "identifier":
        value = sdk.bound_value(model, model.text(callee), call)
        if value is not None and value.type in FUNCTION_NODES:
            return model, value, "this file"
    if ctx.workspace is None or workspace_import_names(model) == frozenset():
        return None
    origin = imported_origin(ctx, call)
    if origin is None:
        return None
    file, name, key = origin
    other = _other_module(file, key)
    function = _module_function(other, name) if other is not None else None
    if other is None or function is None:
        return None
    return other, function, f"{ctx.workspace.shown(Path(file))}"


FUNCTION_NODES = (
    "function_definition",
    "function_declaration",
    "function_expression",
    "function",
    "arrow_function",
    "lambda",
)
PARAMETER_NODES = (
    "identifier",
    "typed_parameter",
    "default_parameter",
    "typed_default_parameter",
    "required_parameter",
    "optional_parameter",
)


def ordered_parameters(model: ScriptModel, fn: Node) -> list[str | None]:
    """The names of a function's positional parameters in order (None for one that is
    no plain name: a pattern, `*args`)."""
    params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
    if params is None:
        return []
    if params.type == "identifier":
        return [model.text(params)]
    out: list[str | None] = []
    for child in params.named_children:
        if child.type not in PARAMETER_NODES:
            if child.type in ("list_splat_pattern", "dictionary_splat_pattern", "rest_pattern"):
                break
            if child.type == "keyword_separator":
                break
            out.append(None)
            continue
        if child.type == "identifier":
            out.append(model.text(child))
            continue
        name = child.child_by_field_name("name") or child.child_by_field_name("pattern")
        if name is None and child.named_children:
            name = child.named_children[0]
        out.append(model.text(name) if name is not None and name.type == "identifier" else None)
    return out


def changed_parameters(model: ScriptModel, fn: Node) -> tuple[tuple[int, str, int], ...]:
    """(position, name, row) of each parameter `fn` changes in place (`acc[k] = v`,
    `acc.x = v`, `into.push(x)`, `seen.add(x)`), never rebinding it first."""
    body = sdk.function_body(fn)
    names = ordered_parameters(model, fn)
    if body is None or not any(names):
        return ()
    methods_of = MUTATING_METHODS[model.language]
    wanted = {name for name in names if name}
    rebound: set[str] = set()
    first: dict[str, int] = {}
    for node in sdk.nodes_of_kinds(model, CHANGES, body):
        changed: str | None = None
        if node.type in ASSIGNMENTS:
            if node.type == "update_expression":
                target = node.child_by_field_name("argument") or (
                    node.named_children[0] if node.named_children else None
                )
            elif node.type == "delete_statement":
                target = node.named_children[0] if node.named_children else None
            elif node.type == "named_expression":
                target = node.child_by_field_name("name")
            else:
                target = node.child_by_field_name("left")
            unwrapped = sdk.unwrap(target) if target is not None else None
            if unwrapped is None:
                continue
            if unwrapped.type == "identifier":
                rebound.add(model.text(unwrapped))
                continue
            changed = base_name(model, unwrapped)
        else:
            callee = sdk.callee_of(node)
            if callee is None:
                continue
            if mutates_first_argument(model, callee):
                args = sdk.arguments_of(model, node)[0]
                changed = base_name(model, args[0]) if args else None
            elif callee.type in ("attribute", "member_expression"):
                method = callee.child_by_field_name("attribute") or callee.child_by_field_name(
                    "property"
                )
                if method is not None and model.text(method) in methods_of:
                    changed = base_name(model, callee.child_by_field_name("object"))
        if changed in wanted and changed not in rebound:
            first.setdefault(changed, node.start_point[0] + 1)
    return tuple(
        (index, name, first[name])
        for index, name in enumerate(names)
        if name and name in first and name not in rebound
    )


@lru_cache(maxsize=256)
def _module_changes(file: str, name: str, key: tuple[int, int]) -> tuple[tuple[str, int], ...]:
    """The module-level state the top-level function `name` of `file` changes (a name it
    declares `global`, a module-level `let`, or a module-level container changed in
    place: `_SEEN[key] = row`, `seen.add(x)`), with the row of each change."""
    other = _other_module(file, key)
    fn = _module_function(other, name) if other is not None else None
    if other is None or fn is None:
        return ()
    out: list[tuple[str, int]] = []
    for node, changed in mutations(other, fn, outer_only=False):
        base = changed.split(".", 1)[0]
        if base and (module_level(other, base) or module_binding(other, base)):
            out.append((changed, node.start_point[0] + 1))
    return tuple(out)


@lru_cache(maxsize=256)
def _module_reads(file: str, name: str, key: tuple[int, int]) -> frozenset[str]:
    """The module-level names the top-level function `name` of `file` reads, but not
    those it changes as well: a memo (`if k in _CACHE: return _CACHE[k]` then
    `_CACHE[k] = v`) or a counter it bumps fills in again what a replay lost."""
    other = _other_module(file, key)
    fn = _module_function(other, name) if other is not None else None
    semantic = other.semantic if other is not None else None
    if other is None or fn is None or semantic is None:
        return frozenset()
    module = semantic.module.bindings
    changed = {c.split(".", 1)[0] for c, _ in _module_changes(file, name, key)}
    return frozenset(
        text
        for n in sdk.nodes_in(other, "identifier", fn)
        if (text := other.text(n)) in module and text != name and text not in changed
    )


def workflow_reads(model: ScriptModel) -> set[str]:
    """The names the workflow function's own code spells, and the members of the
    language's global object it reads (`globalThis.cache`)."""
    wf = sdk.facts(model).workflow_function
    if wf is None:
        return set()
    names = {model.text(n) for n in sdk.nodes_in(model, "identifier", wf)}
    if names & global_objects(model):
        for node in sdk.nodes_in(model, "member_expression", wf):
            held = global_member(model, node)
            if held is not None:
                names.add(held)
    return names


def global_member_change(model: ScriptModel, node: Node) -> bool:
    """`node` (a change `mutations` found) is to a member of the global object, not to
    a name of the file that happens to be spelled like it."""
    if node.type in ASSIGNMENTS:
        target = node.child_by_field_name("left") or node.child_by_field_name("argument")
        return global_member(model, target) is not None
    obj = node.child_by_field_name("object")
    if obj is None and node.type in ("call", "call_expression"):
        callee = sdk.callee_of(node)
        obj = callee.child_by_field_name("object") if callee is not None else None
    return global_member(model, obj) is not None


def global_objects(model: ScriptModel) -> frozenset[str]:
    """How the language spells its global object (`globalThis`, `window`), if it has one."""
    semantic = model.semantic
    return semantic.syntax.global_prefixes if semantic is not None else frozenset()


def global_member(model: ScriptModel, node: Node | None) -> str | None:
    """`globalThis.cache` for `globalThis.cache`, `globalThis.cache.items`,
    `globalThis.cache[k]`: a member of the global object (process state, not bound by
    the file), named by its first property."""
    below: Node | None = None
    while node is not None:
        node = sdk.unwrap(node)
        if node is None:
            return None
        if node.type == "identifier":
            if below is None or model.text(node) not in global_objects(model):
                return None
            semantic = model.semantic
            if semantic is not None and semantic.lookup(model.text(node), semantic.scope_at(node)):
                return None  # a local or module name that shadows the global object
            prop = below.child_by_field_name("property")
            if prop is None or below.type != "member_expression":
                return None
            return f"{model.text(node)}.{model.text(prop)}"
        if node.type in ("subscript", "subscript_expression", "attribute", "member_expression"):
            below = node
            node = node.child_by_field_name("value") or node.child_by_field_name("object")
            continue
        return None
    return None


# Containers built in memory (a client built by a library is not one: `redis.set(k, v)`
# writes to Redis, not to the object)
MEMORY_LITERALS = ("object", "array", "dictionary", "list", "set")
MEMORY_CONSTRUCTORS = frozenset(
    {"Map", "Set", "Array", "WeakMap", "WeakSet", "Object", "dict", "list", "set"}
)


def module_binding(model: ScriptModel, name: str) -> bool:
    """`name` is a module variable holding state in memory: a container literal, a
    `Map` / `Set` / `dict` / `list`, an instance of a class of the file, or a class of
    the file itself (its static members: `LiftLog.recorded += 1`)."""
    semantic = model.semantic
    binding = semantic.module.bindings.get(name) if semantic is not None else None
    if binding is not None and binding.kind == BindingKind.CLASS:
        return True
    if binding is None or binding.kind != BindingKind.ASSIGNMENT:
        return False
    value = sdk.unwrap(binding.assigned_value)
    if value is None:
        return False
    if value.type in MEMORY_LITERALS:
        return True
    if value.type not in ("call", "new_expression"):
        return False
    made = sdk.callee_of(value) or value.child_by_field_name("constructor")
    if made is None or made.type != "identifier":
        return False
    return model.text(made) in MEMORY_CONSTRUCTORS or model.text(made) in sdk.class_names(model)


def durable_subject(model: ScriptModel, fn: Node, role: CodeRole, root: str) -> str:
    """Who makes the change: the step callback or task body itself ("This ..."), or a
    helper of the file only such code calls, named, since the change is in its lines."""
    graph = model.call_graph
    if graph.is_durable_root(fn):
        return "This " + root.split(" ", 1)[1]
    name = graph.durable_name(role, fn)
    helper = f"The helper `{name}`" if name else "This helper"
    return f"{helper}, which {root} calls,"


def module_level(model: ScriptModel, name: str) -> bool:
    """`name` is a module-level variable assigned again: a Python module-level assignment,
    a TypeScript `let` / `var` (also exported: `export let pours = 0`)."""
    root = model.tree.root_node
    for child in root.named_children:
        if child.type == "export_statement":
            child = child.child_by_field_name("declaration") or child
        for node in (
            sdk.walk(child)
            if child.type in ("lexical_declaration", "variable_declaration", "expression_statement")
            else ()
        ):
            if node.type == "variable_declarator":
                left = node.child_by_field_name("name")
                if left is not None and model.text(left) == name:
                    return "let" in model.text(child)[:4] or "var" in model.text(child)[:4]
            if node.type == "assignment":
                left = node.child_by_field_name("left")
                if left is not None and model.text(left) == name:
                    return True
    return False


def local_names(model: ScriptModel, fn: Node) -> tuple[set[str], set[str]]:
    """Names bound inside `fn` (params, assignments, declarations), and names it
    declares `nonlocal` / `global`."""
    bound = set(sdk.function_params(model, fn))
    declared: set[str] = set()
    body = sdk.function_body(fn)
    if body is None:
        return bound, declared
    for node in sdk.nodes_of_kinds(model, BINDERS, body):
        if node.type in ("nonlocal_statement", "global_statement"):
            declared |= {model.text(c) for c in node.named_children if c.type == "identifier"}
        elif node.type == "assignment":
            left = node.child_by_field_name("left")
            if left is not None:
                bound |= {
                    model.text(n)
                    for n in sdk.walk(left)
                    if n.type == "identifier"
                    and n.parent is not None
                    and n.parent.type
                    in ("pattern_list", "tuple_pattern", "list_pattern", "assignment")
                }
        elif node.type == "variable_declarator":
            left = node.child_by_field_name("name")
            if left is not None:
                bound |= {
                    model.text(n)
                    for n in sdk.walk(left)
                    if n.type in ("identifier", "shorthand_property_identifier_pattern")
                }
        elif node.type in ("for_statement", "for_in_statement"):
            left = node.child_by_field_name("left")
            if node.type == "for_in_statement" and node.child_by_field_name("kind") is None:
                continue  # TypeScript `for (last of rows)` assigns a name declared elsewhere
            if left is not None:
                bound |= {model.text(n) for n in sdk.walk(left) if n.type == "identifier"}
        elif node.type in ("function_definition", "function_declaration", "class_definition"):
            name = node.child_by_field_name("name")
            if name is not None:
                bound.add(model.text(name))
        elif node.type in ("as_pattern_target", "named_expression"):
            first = node.named_children[0] if node.named_children else None
            if first is not None and first.type == "identifier":
                bound.add(model.text(first))
        elif node.type in ("lambda", "arrow_function"):
            bound |= sdk.function_params(model, node)
    return bound - declared, declared


DECLARERS = ("nonlocal_statement", "global_statement")


def declared_names(model: ScriptModel, body: Node) -> set[str]:
    """The names a function body declares `nonlocal` / `global` (`local_names`'s second)."""
    return {
        model.text(c)
        for node in sdk.nodes_of_kinds(model, DECLARERS, body)
        for c in node.named_children
        if c.type == "identifier"
    }


def base_name(model: ScriptModel, node: Node | None) -> str | None:
    """`audit` for `audit`, `audit[k]`, `audit.items`, `self.audit[k]`."""
    while node is not None:
        node = sdk.unwrap(node)
        if node is None:
            return None
        if node.type == "identifier":
            return model.text(node)
        if node.type in ("subscript", "subscript_expression", "attribute", "member_expression"):
            node = node.child_by_field_name("value") or node.child_by_field_name("object")
            continue
        return None
    return None


def is_method(model: ScriptModel, fn: Node) -> bool:
    """A method of a class (Python `def` in a class body, TypeScript method / field)."""
    if fn.type == "method_definition":
        return True
    parent = model.parent_of(fn)
    if parent is not None and parent.type == "public_field_definition":
        return True
    if parent is not None and parent.type == "decorated_definition":
        parent = model.parent_of(parent)
    holder = model.parent_of(parent) if parent is not None else None
    return (
        fn.type == "function_definition"
        and parent is not None
        and parent.type == "block"
        and holder is not None
        and holder.type == "class_definition"
    )


# Functions that see the `this` / `self` of the method they are written in
CLOSURES = {"arrow_function": "typescript", "lambda": "python", "function_definition": "python"}


def in_method(model: ScriptModel, fn: Node, memo: dict[int, bool]) -> bool:
    """`fn` is an arrow (TypeScript) or a lambda / nested `def` (Python) written inside
    a method (through other arrows / lambdas only), so `this` / `self` in it is the
    method's instance. A `static` method has no instance. `memo` keeps the answer for
    each arrow / lambda passed through: 6,000 nested step callbacks stay linear."""
    if CLOSURES.get(fn.type) != model.language:
        return False
    chain = [fn]
    node = model.parent_of(fn)
    result = False
    while node is not None:
        known = memo.get(node.id)
        if known is not None:
            result = known
            break
        if node.type in ("arrow_function", "lambda"):
            chain.append(node)  # sees the same `this` / `self` as what encloses it
        elif node.type in ("function_declaration", "function_expression", "generator_function"):
            break  # a TypeScript `function` has its own `this`
        elif node.type in ("method_definition", "function_definition", "public_field_definition"):
            if node.type != "function_definition" and any(
                c.type == "static" for c in node.children
            ):
                break
            result = node.type != "function_definition" or is_method(model, node)
            break
        elif node.type in ("class_body", "class_definition", "class_declaration", "class"):
            break
        node = model.parent_of(node)
    for closure in chain:
        memo[closure.id] = result
    return result


def instance_member(model: ScriptModel, node: Node | None) -> str | None:
    """`self.events` for `self.events`, `self.events[k]`, `self.events.items`."""
    member = None
    while node is not None:
        node = sdk.unwrap(node)
        if node is None:
            return None
        if node.type in ("self", "this") or (
            node.type == "identifier" and model.text(node) in ("self", "this")
        ):
            return member
        if node.type in ("subscript", "subscript_expression", "attribute", "member_expression"):
            inner = node.child_by_field_name("value") or node.child_by_field_name("object")
            if node.type in ("attribute", "member_expression"):
                member = model.text(node)
            node = inner
            continue
        return None
    return None


def nested_callbacks(callbacks: list[Node], fn: Node) -> list[Node]:
    """The step callbacks written inside `fn` and not inside another of them (`callbacks`
    sorted by start): each is checked on its own."""
    out: list[Node] = []
    at = bisect.bisect_right(callbacks, fn.start_byte, key=lambda f: f.start_byte)
    while at < len(callbacks) and callbacks[at].start_byte < fn.end_byte:
        inner = callbacks[at]
        if inner.id != fn.id and inner.end_byte <= fn.end_byte:
            out.append(inner)
            at = bisect.bisect_left(callbacks, inner.end_byte, lo=at, key=lambda f: f.start_byte)
        else:
            at += 1
    return out


def mutations(
    model: ScriptModel,
    fn: Node,
    outer_only: bool,
    instance: bool = False,
    skip: list[Node] | None = None,
    methods: dict[int, list[str]] | None = None,
) -> list[tuple[Node, str]]:
    """(node to report, name changed) for each change `fn` makes to a name it does not own
    (with `instance`, to the attributes of `self` / `this` too); changes inside the
    functions of `skip` (nested step callbacks, checked on their own) are left out,
    which keeps nested callbacks linear (1,500 nested: each read every change below it).
    With `methods` (a cache by method node), a Python call of a method of the file's
    class on an outer instance (`journal.post(...)`, `journal = Journal(p)`) counts as
    the changes that method makes to `self` (`self.entries.append(...)`)."""
    cache = methods
    methods_of = MUTATING_METHODS[model.language]  # keyed by the kind's value
    body = sdk.function_body(fn)
    if body is None:
        return []
    declared = declared_names(model, body)
    # The names `fn` binds are read only for a change to a name it does not declare
    # (most task bodies change none: `reply = requests.post(...)` binds a local):
    # working them out for each of 500 task bodies was half of this rule.
    local: set[str] | None = None
    found: list[tuple[Node, str]] = []

    def outer(name: str | None, at: Node, in_class: bool = False) -> bool:
        """`in_class`: the change is to a member of what `name` holds (`Counter.n++`,
        `Registry.items.push(x)`): a class of the file counts, its static state."""
        nonlocal local
        if name is None or name in ("self", "this", "console"):
            return False
        if "." in name:
            return True  # a member of the global object (`state_name`)
        if name in declared:
            return True
        if local is None:
            local = local_names(model, fn)[0]
        if name in local:
            return False
        return owned_outside(model, name, fn, in_class)

    def state_name(node: Node | None) -> str | None:
        """`base_name`, or for a member of the global object its name
        (`globalThis.cache`)."""
        name = base_name(model, node)
        if name is not None and name in global_objects(model):
            return global_member(model, node)
        return name

    changes = sdk.nodes_of_kinds(model, CHANGES, body)
    skipped = iter(skip or ())
    next_skip = next(skipped, None)
    at = 0
    while at < len(changes):
        node = changes[at]
        while next_skip is not None and next_skip.end_byte <= node.start_byte:
            next_skip = next(skipped, None)
        if next_skip is not None and next_skip.start_byte <= node.start_byte:
            at = bisect.bisect_left(changes, next_skip.end_byte, lo=at, key=lambda n: n.start_byte)
            continue
        at += 1
        if node.type in ASSIGNMENTS or node.type in TS_REBINDERS:
            if node.type in TS_REBINDERS:
                # `delete state[k]` (a unary operator in TypeScript) and `for (last of
                # rows)` over a name declared elsewhere change it, like an assignment
                target = ts_rebound_target(node)
                if target is None:
                    continue
            elif node.type == "update_expression":
                target = node.child_by_field_name("argument") or (
                    node.named_children[0] if node.named_children else None
                )
            elif node.type == "delete_statement":
                target = node.named_children[0] if node.named_children else None
            elif node.type == "named_expression":
                target = node.child_by_field_name("name")
            else:
                target = node.child_by_field_name("left")
            # a TypeScript destructuring assignment (`({ cap, tariff } = await load())`,
            # `[first, last] = pair`) assigns each name of its pattern (Python's tree has
            # no such pattern nodes: its targets come back whole)
            for each in pattern_targets(target):
                if each is None:
                    continue
                if each.type == "shorthand_property_identifier_pattern":
                    name: str | None = model.text(each)
                    plain = True
                else:
                    name = state_name(each)
                    plain = (sdk.unwrap(each) or each).type == "identifier"
                if (
                    plain
                    and sdk.is_python(model)
                    and node.type != "named_expression"
                    and name not in declared
                ):
                    continue  # a plain Python assignment binds a local
                if plain and node.type == "named_expression" and name not in declared:
                    continue
                member = instance_member(model, each) if instance else None
                if member is not None:
                    found.append((node, member))
                    break
                if outer(name, node, in_class=not plain):
                    found.append((node, class_member(model, name, each, fn) or name or ""))
                    break
        elif node.type in ("call", "call_expression"):
            callee = sdk.callee_of(node)
            if callee is not None and mutates_first_argument(model, callee):
                args = sdk.arguments_of(model, node)[0]
                name = state_name(args[0]) if args else None
                if outer(name, node):
                    found.append((callee, name or ""))
                continue
            if callee is None or callee.type not in ("attribute", "member_expression"):
                continue
            method = callee.child_by_field_name("attribute") or callee.child_by_field_name(
                "property"
            )
            if method is None:
                continue
            if model.text(method) not in methods_of and typed_mutation(
                model, callee, model.text(method)
            ):
                obj = callee.child_by_field_name("object")
                name = state_name(obj)
                if outer(name, node):
                    found.append((callee, name or ""))
                continue
            if cache is not None and FOLLOWS_METHODS[model.language]:
                # `Budget.charge(n)` on a class of the file: its static method changes
                # the class's own members (`Budget.used += n`, `this.#spent += n`)
                obj = callee.child_by_field_name("object")
                inner = sdk.unwrap(obj) if obj is not None else None
                statics = (
                    static_method_changes(model, inner, model.text(method), cache)
                    if inner is not None and inner.type == "identifier"
                    else None
                )
                if statics is not None:
                    if statics:
                        found.append((callee, statics[0]))
                    continue
            if model.text(method) not in methods_of:
                if cache is not None and FOLLOWS_METHODS[model.language]:
                    obj = callee.child_by_field_name("object")
                    name = base_name(model, obj)
                    inner = sdk.unwrap(obj) if obj is not None else None
                    if inner is not None and inner.type == "identifier" and outer(name, node):
                        changes_made = method_changes(model, inner, model.text(method), cache)
                        if changes_made:
                            member = changes_made[0].split(".", 1)[-1]
                            found.append((callee, f"{name}.{member}"))
                continue
            obj = callee.child_by_field_name("object")
            name = state_name(obj)
            member = instance_member(model, obj) if instance else None
            held = sdk.unwrap(obj) if obj is not None else None
            if (
                held is not None
                and held.type == "identifier"
                and defines_member(model, held, model.text(method))
            ):
                # `api.push(terms)` on an object literal or an instance of a class of
                # the file that defines `push` itself: that function runs, not the
                # Array's; the changes it makes to the instance count
                if FOLLOWS_METHODS[model.language] and outer(name, node):
                    followed = cache if cache is not None else {}
                    changes_made = method_changes(model, held, model.text(method), followed)
                    if changes_made:
                        found.append((callee, f"{name}.{changes_made[0].split('.', 1)[-1]}"))
                continue
            if member is not None:
                found.append((callee, member))
            elif held is not None and library_object(model, held):
                continue
            elif outer(name, node, in_class=held is not None and held.type != "identifier"):
                found.append((callee, class_member(model, name, held, fn) or name or ""))
    return found


# Libraries whose objects are containers in memory: their `set` / `add` / `update`
# change what the body holds, as a `dict`'s or a `Map`'s do.
IN_MEMORY_LIBRARIES = {
    "python": frozenset(
        {
            "addict",
            "array",
            "asyncio",
            "bidict",
            "box",
            "cachetools",
            "collections",
            "multidict",
            "munch",
            "networkx",
            "numpy",
            "ordered_set",
            "pandas",
            "polars",
            "queue",
            "sortedcontainers",
            "weakref",
        }
    ),
    "typescript": frozenset(
        {
            "@datastructures-js/priority-queue",
            "@datastructures-js/queue",
            "@isaacs/ttlcache",
            "immutable",
            "lru-cache",
            "mnemonist",
            "node-cache",
            "quick-lru",
            "typescript-collections",
            "yallist",
        }
    ),
}


LAZY_OPERATORS = frozenset({"??=", "||="})
ABSENT = re.compile(r"\bnot in\b|\bis None\b|={2,3}\s*(?:null|undefined|None)\b")


def rebinds(model: ScriptModel, node: Node) -> bool:
    """`node` assigns a plain name (`COUNT += 1`, `_client = ...`, `n++`), rather than
    changing in place the object a name holds (`_memo[k] = v`, `_seen.add(k)`): only
    a rebinding makes a module-level name of its own a task's change."""
    if node.type not in ASSIGNMENTS or node.type == "delete_statement":
        return False
    if node.type == "update_expression":
        target = node.child_by_field_name("argument") or (
            node.named_children[0] if node.named_children else None
        )
    elif node.type == "named_expression":
        target = node.child_by_field_name("name")
    else:
        target = node.child_by_field_name("left")
    inner = sdk.unwrap(target) if target is not None else None
    return inner is not None and inner.type == "identifier"


def lazy_fill(model: ScriptModel, node: Node, name: str) -> bool:
    """`node` fills `name` only when it is not set yet (`pool ??= new Pool()`, `if
    name not in _CLIENTS: _CLIENTS[name] = ...`, `if (!client) client = ...`): a value
    kept for later calls, which the helper builds again in a round that needs it.
    So does a container's method call that stores only when the key is absent,
    `_CLIENTS.setdefault(name, make())`, and one under such a test (`if name not in
    _CLIENTS: _CLIENTS.update(...)`, `if (!cache.has(k)) cache.set(k, v)`)."""
    if node.type == "augmented_assignment_expression":
        operator = node.child_by_field_name("operator")
        return operator is not None and model.text(operator) in LAZY_OPERATORS
    if node.type in ("attribute", "member_expression"):
        # a container's method called (`_CLIENTS.setdefault`, `cache.set`)
        method = node.child_by_field_name("attribute") or node.child_by_field_name("property")
        if method is None:
            return False
        if model.text(method) == "setdefault":
            return True  # `dict.setdefault(k, v)` stores `v` only when `k` is absent
    elif node.type not in ("assignment", "assignment_expression"):
        return False
    base = re.escape(name.split(".", 1)[0])
    at: Node | None = node
    while at is not None and at.parent is not None:
        parent = at.parent
        if parent.type in model.lang.function_nodes:
            return False
        if parent.type == "if_statement" and at == parent.child_by_field_name("consequence"):
            condition = parent.child_by_field_name("condition")
            text = model.text(condition).strip("() \t") if condition is not None else ""
            if not re.search(rf"\b{base}\b", text):
                return False
            return text.startswith(("not ", "!")) or ABSENT.search(text) is not None
        at = parent
    return False


def referenced_mutators(model: ScriptModel) -> list[tuple[Node, str]]:
    """(method reference, name changed) for each `step(...)` given a container's changing
    method by reference: `step("collect", points.extend)`, through
    `functools.partial(points.extend, batch)` (Python) or `points.push.bind(points, x)`
    (TypeScript). The step calls it once and replays read its checkpointed result,
    so the container the body holds is filled in the first round only. Not a
    library client's method (`step("x", cache.set)` on a `redis.Redis()` writes the
    server) nor a method the object's own class or literal defines."""
    from wac_lint.rules._json_reads import partial_target  # the shared partial unwrapping

    methods_of = MUTATING_METHODS[model.language]
    found: list[tuple[Node, str]] = []
    for call in sdk.facts(model).calls:
        if call.primitive is not sdk.Primitive.STEP or call.decorator:
            continue
        given = call.args[1] if len(call.args) > 1 else None
        if given is None:
            given = next((k.value for k in call.keywords if k.name == "fn"), None)
        fn = sdk.unwrap(given) if given is not None else None
        if fn is None:
            continue
        if fn.type == "call":
            fn = partial_target(model, fn)
        elif fn.type == "call_expression":
            callee = sdk.callee_of(fn)
            bound = callee.child_by_field_name("property") if callee is not None else None
            if callee is None or bound is None or model.text(bound) != "bind":
                continue
            fn = sdk.unwrap(callee.child_by_field_name("object"))
        if fn is None or fn.type not in ("attribute", "member_expression"):
            continue
        method = fn.child_by_field_name("attribute") or fn.child_by_field_name("property")
        held = sdk.unwrap(fn.child_by_field_name("object"))
        if method is None or held is None or held.type != "identifier":
            continue
        name = model.text(method)
        if name not in methods_of:
            continue
        if library_object(model, held) or defines_member(model, held, name):
            continue
        if model.text(held) in ("self", "this"):
            continue
        found.append((fn, model.text(held)))
    return found


def library_object(model: ScriptModel, held: Node) -> bool:
    """`held` names an object a library built (`redis.Redis()`, `new Queue("mail")`,
    `createClient()`): its `set` / `add` / `delete` write to the service the library
    talks to, not to workflow state (a step doing that is the guide's advice), unless
    the library keeps containers in memory (`cachetools.TTLCache(...)`)."""
    semantic = model.semantic
    if held.type != "identifier" or semantic is None:
        return False
    qualified = semantic.qualified_name(held)
    if not qualified or qualified[0] in "~." or "(" not in qualified:
        return False
    module = qualified.split("(", 1)[0].split(".", 1)[0]
    if module in IN_MEMORY_LIBRARIES[model.language]:
        return False
    return module in _library_imports(model)


def _library_imports(model: ScriptModel) -> frozenset[str]:
    """The packages the file imports (not its own modules: the workspace's `f/...`,
    relative paths), by the name a qualified name starts with."""
    semantic = model.semantic
    if semantic is None:
        return frozenset()
    found = set()
    for binding in semantic.module.bindings.values():
        if binding.kind != BindingKind.IMPORT or not binding.target:
            continue
        written = binding.module or ""
        if written.startswith((".", "/", "f.", "u.", "f/", "u/")):
            continue
        found.add(binding.target.split("(", 1)[0].split(".", 1)[0])
    return frozenset(found)


FUNCTION_VALUES = frozenset(
    {"arrow_function", "function_expression", "function", "lambda", "generator_function"}
)


def defines_member(model: ScriptModel, holder: Node, method: str) -> bool:
    """`holder` is bound to an object literal with a function member `method` (`{ push:
    async (xs) => ..., set(k, v) { ... } }`) or to an instance of a class of the file
    that defines the method (`new Outbox()` with `async push(msg)`): a call of it runs
    the file's own function, not the container method of that name."""
    value = sdk.unwrap(sdk.bound_value(model, model.text(holder), holder))
    if value is None:
        return False
    if value.type == "object":
        for member in value.named_children:
            if member.type == "method_definition":
                key = member.child_by_field_name("name")
            elif member.type == "pair":
                key = member.child_by_field_name("key")
                held = member.child_by_field_name("value")
                if held is None or (sdk.unwrap(held) or held).type not in FUNCTION_VALUES:
                    continue
            else:
                continue
            if key is not None and model.text(key).strip("'\"") == method:
                return True
        return False
    if value.type not in ("call", "new_expression"):
        return False
    cls = sdk.callee_of(value) or value.child_by_field_name("constructor")
    if cls is None or cls.type != "identifier" or model.text(cls) not in sdk.class_names(model):
        return False
    definition = sdk.bound_value(model, model.text(cls), cls)
    body = definition.child_by_field_name("body") if definition is not None else None
    if definition is None or body is None:
        return False
    if definition.type not in ("class_definition", "class_declaration", "class"):
        return False
    for statement in body.named_children:
        fn = statement.child_by_field_name("definition") or statement
        if fn.type in ("function_definition", "method_definition"):
            name = fn.child_by_field_name("name")
            if name is not None and model.text(name) == method:
                return True
    return False


def method_changes(
    model: ScriptModel, holder: Node, method: str, cache: dict[int, list[str]]
) -> list[str]:
    """What the method `method` of the file's class `holder` is an instance of (`holder`
    bound to `Journal(...)`) changes on `self`, in place (`self.entries.append(...)`,
    `self.total += x`, `self.seen[k] = v`); a plain `self.x = v` is left out (a lazily
    built client kept on the instance changes nothing the workflow reads)."""
    value = sdk.unwrap(sdk.bound_value(model, model.text(holder), holder))
    if value is None or value.type not in ("call", "new_expression"):
        return []
    # `Journal(p)` (Python), `new Budget(limit)` (TypeScript)
    cls = sdk.callee_of(value) or value.child_by_field_name("constructor")
    if cls is None or cls.type != "identifier" or model.text(cls) not in sdk.class_names(model):
        return []
    definition = sdk.bound_value(model, model.text(cls), cls)
    body = definition.child_by_field_name("body") if definition is not None else None
    if definition is None or body is None:
        return []
    if definition.type not in ("class_definition", "class_declaration", "class"):
        return []
    for statement in body.named_children:
        fn = statement.child_by_field_name("definition") or statement
        name = (
            fn.child_by_field_name("name")
            if fn.type in ("function_definition", "method_definition")
            else None
        )
        if name is None or model.text(name) != method:
            continue
        if fn.id not in cache:
            cache[fn.id] = []  # a method calling itself finds nothing more
            cache[fn.id] = [
                changed
                for node, changed in mutations(model, fn, True, True)
                if changed.startswith(("self.", "this."))
                and not plain_member_assignment(model, node)
            ]
        return cache[fn.id]
    return []


def static_method_changes(
    model: ScriptModel, holder: Node, method: str, cache: dict[int, list[str]]
) -> list[str] | None:
    """What the static method `method` of the file's class `holder` names (`holder` bound
    to the class itself: `FleetBudget.charge(n)`) changes of the class's members, spelled
    `FleetBudget.used` (`FleetBudget.used += n`, `this.#spent += n`, `this.held.push(x)`:
    `this` in a static method is the class); a member filled only when unset
    (`this.client ??= ...`) is left out. None where `holder` is no class of the file
    defining `method` (an ordinary call, left to the other cases)."""
    name = model.text(holder)
    if name not in sdk.class_names(model):
        return None
    definition = sdk.unwrap(sdk.bound_value(model, name, holder))
    if definition is None or definition.type not in CLASS_NODES:
        return None
    body = definition.child_by_field_name("body")
    if body is None:
        return None
    for statement in body.named_children:
        fn = statement.child_by_field_name("definition") or statement
        key = (
            fn.child_by_field_name("name")
            if fn.type in ("function_definition", "method_definition")
            else None
        )
        if key is None or model.text(key) != method:
            continue
        if fn.id not in cache:
            cache[fn.id] = []  # a method calling itself finds nothing more
            changes: list[str] = []
            for node, changed in mutations(model, fn, True, True, methods=cache):
                if lazy_fill(model, node, changed):
                    continue  # `this.client ??= ...`, `if (!Foo.client) Foo.client = ...`
                head, _, rest = changed.partition(".")
                if head in ("this", "self") and rest:
                    changes.append(f"{name}.{rest}")
                elif head == name and rest:
                    changes.append(changed)
            cache[fn.id] = changes
        return cache[fn.id]
    return None


def plain_member_assignment(model: ScriptModel, node: Node) -> bool:
    """`self.x = v` / `this.x = v`, `this.client ??= new Client()` (not `self.x[k] = v`,
    `self.x += v`)."""
    if node.type == "augmented_assignment_expression":
        operator = node.child_by_field_name("operator")
        if operator is None or model.text(operator) not in ("??=", "||="):
            return False  # `this.total += x` adds to it; `??=` only fills it once
    elif node.type not in ("assignment", "assignment_expression"):
        return False
    target = node.child_by_field_name("left")
    target = sdk.unwrap(target) if target is not None else None
    if target is None or target.type not in ("attribute", "member_expression"):
        return False
    owner = target.child_by_field_name("object")
    return owner is not None and model.text(owner) in ("self", "this")


def typed_mutation(model: ScriptModel, callee: Node, method: str) -> bool:
    """`callee` (`holder.method`) is a method that changes its object, for an object
    built by a constructor of `TYPED_MUTATORS` (`CURRENCY = ContextVar("c")`)."""
    table = TYPED_MUTATORS[model.language]
    if not table or not any(method in methods for methods in table.values()):
        return False
    if not sdk.spells_any(model, TYPED_MUTATOR_CLASSES[model.language]):
        return False
    holder = sdk.unwrap(callee.child_by_field_name("object"))
    if holder is None or holder.type != "identifier":
        return False
    value = sdk.unwrap(sdk.bound_value(model, model.text(holder), holder))
    if value is None or value.type != "call":
        return False
    constructor = sdk.callee_of(value)
    if constructor is None:
        return False
    semantic = model.semantic
    qualified = semantic.qualified_name(constructor) if semantic is not None else None
    return method in table.get(qualified or model.text(constructor), frozenset())


def mutates_first_argument(model: ScriptModel, callee: Node) -> bool:
    names = FIRST_ARGUMENT_MUTATORS[model.language]
    if not sdk.spells_any(model, names):
        return False  # no call of the file can name one: nothing resolved
    qualified = model.semantic.qualified_name(callee) if model.semantic is not None else None
    return (qualified or model.text(callee)) in names


CLASS_NODES = ("class_definition", "class_declaration", "class")


def class_member(model: ScriptModel, name: str | None, target: Node | None, fn: Node) -> str | None:
    """`Counter.n` for a change to a static member of the file's class `Counter`."""
    if name is None or target is None:
        return None
    value = sdk.bound_value(model, name, fn)
    if value is None or value.type not in CLASS_NODES:
        return None
    return model.text(sdk.unwrap(target) or target)


def owned_outside(model: ScriptModel, name: str, fn: Node, in_class: bool = False) -> bool:
    """`name` is a variable (not an import or a function) of an enclosing function
    or of the module; with `in_class`, a class of the file too (its static members
    are module state: `Counter.n++`)."""
    for scope in sdk.enclosing_functions(model, fn):
        if name in sdk.function_params(model, scope):
            return True
    value = sdk.bound_value(model, name, fn)
    if value is None:
        # `let total: number;`: a variable declared without a value is state all the same
        return declared_without_value(model, name, fn)
    if in_class and value.type in CLASS_NODES:
        return True
    return value.type not in (
        "function_definition",
        "function_declaration",
        "class_definition",
        "class_declaration",
    )


def declared_without_value(model: ScriptModel, name: str, fn: Node) -> bool:
    """`name` reaches a `let x;` / `var x: T;` declaration (TypeScript), not a parameter,
    an import or a name of another file."""
    semantic = model.semantic
    binding = semantic.lookup(name, semantic.scope_at(fn)) if semantic is not None else None
    if binding is None or binding.kind != BindingKind.ASSIGNMENT:
        return False
    declarator = binding.node.parent if binding.node.type == "identifier" else binding.node
    return (
        declarator is not None
        and declarator.type == "variable_declarator"
        and declarator.child_by_field_name("value") is None
    )
