"""WAC105: durable calls dispatched in an order that can differ between replays."""

from __future__ import annotations

import re
from collections.abc import Callable

from wac_lint.languages import LanguageKind
from wac_lint.model import CodeRole, ScriptModel, Span
from wac_lint.rule import Fix, Rule, RuleContext, code_span, indefinite, py, ts
from wac_lint.rules import _by_path, _parallel_items
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._sdk_calls import Node, Region
from wac_lint.semantic import BindingKind

SET_FACTORIES = {"set", "frozenset"}
# Calls that iterate their argument in its own order, and set algebra that gives a set.
ORDER_KEEPING = {
    "list",
    "tuple",
    "iter",
    "enumerate",
    "reversed",
    "collections.deque",
    "deque",
    # itertools that yield (some of) the items of their first argument in its order
    *(
        f"{prefix}{name}"
        for prefix in ("itertools.", "")
        for name in (
            "islice",
            "accumulate",
            "pairwise",
            "batched",
            "compress",
            "cycle",
            "combinations",
            "combinations_with_replacement",
            "permutations",
        )
    ),
}
SET_OPERATORS = {"-", "|", "&", "^"}
SET_METHODS = {"union", "difference", "intersection", "symmetric_difference", "copy"}
PY_LISTINGS = {"os.listdir", "listdir", "os.scandir", "scandir", "glob.glob", "glob.iglob", "glob"}
PY_LISTING_METHODS = {"iterdir", "glob", "rglob"}
TS_LISTINGS = {
    "readdirSync",
    "readdir",
    "fs.readdirSync",
    "fs.readdir",
    "fs.promises.readdir",
    "Deno.readDirSync",
}
RACES = {"Promise.race", "Promise.any"}
AS_COMPLETED = {"asyncio.as_completed", "as_completed"}
WATCHED = frozenset({*RACES, *AS_COMPLETED, "asyncio.wait", "wait"})
# `s.pop()` of a set of str: Python only (a JavaScript `Set` keeps insertion order)
PICKS_FROM_SETS = {LanguageKind.PYTHON: True, LanguageKind.TYPESCRIPT: False}


class OrderDependentDispatch(Rule):
    code = "WAC105"
    name = "order-dependent-dispatch"
    summary = "Durable calls are dispatched in an order that can differ between replays"
    message = "Dispatch in a fixed order (`sorted(...)`)"
    fix_kind = "suggestion"
    docs = """
## What it does
Finds durable calls (tasks, steps, sleeps, approvals) in the workflow body whose
dispatch order depends on something that can differ from one replay to the next:

- iterating a Python `set` / `frozenset` (a literal, a set comprehension,
  `set(...)`, set algebra such as `set(a) - set(b)` or `a.union(b)`, `list(...)` /
  `tuple(...)` of one, a name bound to one (also one grown by `acc |= s`, a value of
  a `defaultdict(set)`: `groups[k]`, the values of its `.items()` / `.values()` in a
  loop), here or at the top of another module of
  the workspace (`from f.common.regions import REGIONS`; also set algebra over such a
  name: `PLATFORMS | EXTRA`, `PLATFORMS.union(EXTRA)`), or a call of a function of the file
  or of another module of the workspace (`for r in active_regions():`) declared to
  return a set or whose every `return` gives one, or a generator whose every `yield`
  gives the items of one: `yield from {s["hall"] for s in shows}`, `yield h` in a loop
  over one), in a `for` loop or a
  comprehension that
  calls tasks or steps: string hashing is salted per process and every replay
  is a new process, so the order changes. A dict built from such a set keeps its
  order (`dict.fromkeys(s)`, `Counter(s)`, `dict(zip(s, v))`, `{k: ... for k in s}`,
  and their
  `.keys()` / `.values()` / `.items()` / `.most_common()`), and so do `zip(...)`,
  `itertools.chain(...)`, `map(f, s)`, `filter(f, s)`, `itertools.islice(s, n)`,
  `takewhile` / `dropwhile`, `batched`, `pairwise`, `combinations` / `permutations`,
  `product` / `zip_longest` and `reversed(list(s))` of one, and a list comprehension
  or generator expression over one (`[partial(t, x) for x in set(xs)]`, whose items a
  later loop calls: a loop variable over a comprehension of a task, or of a
  `functools.partial` of one, calls that task).
  A set of ints is left alone (integers hash to themselves): number literals, a set
  literal of the expressions below or of names bound to an int (`{len(ids), SHARDS}`)
  or of members of an int enum of the file (`{Line.RED, Line.BLUE}` of `class
  Line(IntEnum)`, `IntFlag`, an `int` mix-in: they hash as their value; a plain
  `Enum`'s member hashes its name, a str),
  `set(range(n))`, a set
  comprehension of `int(...)` / `len(...)` / arithmetic on a `range` variable, a set
  of a parameter declared `list[int]` or of the result of a task or function of the
  file declared to return one (`-> list[int]`: JSON integers come back as ints). So is
  a set of tuples of such ints (CPython hashes a tuple from its items' hashes):
  `{(int(r["aisle"]), int(r["bay"])) for r in rows}`, `{(1, 2), (3, 4)}`, a parameter
  declared `list[tuple[int, int]]`, `set(zip(range(a), range(b)))`, `itertools.product`
  or `enumerate` of ints (a str or `None` in the tuple is salted or, before Python 3.12,
  an address). A
  JavaScript `Set` keeps insertion order and is fine.
  The loop may make the durable calls itself or through a function of the file it
  calls (`await provision_one(name)`), or call a task another module of the workspace
  defines or makes by path (`from f.lib.tasks import restart`, also re-exported under
  another name) or an `async` function of another module that makes durable calls; a
  loop in a helper the body calls (a
  recursive walk over a tree) is reported on the body's call of the helper; a helper
  looping over its own parameter is judged by what the body passes it
  (`await notify_all(set(emails))`, reported on that argument).
- `parallel(items, fn)` / `map(task, items)` over such a set (Python): the SDK
  dispatches one task per item in the iterable's order.
- `asyncio.gather(*s)` where `s` is a set of durable calls (`{t(x) for x in xs}`, a
  set filled with `s.add(t(x))`): each call took its key in the items' order, but
  `gather` returns the results in the order of its arguments, and a set of coroutine
  objects is ordered by their addresses, another order in each round's process, so a
  result read by position (unpacked, indexed, `zip(xs, results)`) belongs to another
  item. Results only summed or counted are fine.
- iterating `sorted(xs, key=hash)` (or `key=lambda x: hash(x)`, `key=id`) of items
  not known to be ints: the order follows str hashes salted per process (or
  addresses), and `sorted(s, key=len)` (also `key=lambda x: load[x]`,
  `itemgetter(...)`, `heapq.nsmallest(n, s, key=...)`) of such a set: the sort is
  stable, so items whose keys tie keep the set's order (a key holding the item
  itself, `lambda x: (len(x), x)` or `str.lower`, is fine, and so is the `.value` /
  `.name` of members of an enum of the file, `sorted({Kind.RED, Kind.WHITE},
  key=lambda k: k.value)`: no two members share one; the fix breaks a tie between
  members by `.name`, since a plain `Enum` does not support `<`); and taking items of
  such a set (`s.pop()`, `next(iter(s))`, `list(s)[0]`, `primary, *rest = s`,
  `max(s, key=len)`) that then reach a durable call's arguments (reported on the
  pick). Set algebra on dict views (`a.keys() & b.keys()`) gives a set too.
- iterating an unsorted directory listing (`os.listdir`, `os.scandir`,
  `glob.glob`, `Path.iterdir` / `.glob` / `.rglob`, `fs.readdirSync`,
  `fs.readdir`): the order is whatever the file system returns. A listing read
  inside a `step(...)` is checkpointed and is fine.
- `asyncio.as_completed(...)` driving durable calls, `asyncio.wait(...,
  return_when=FIRST_COMPLETED)`, and `Promise.race` / `Promise.any` followed
  by durable calls: which one finishes first is timing (`asyncio` takes coroutines
  into a set, ordered by address, another order in each round's process). A race
  whose entrants are all task calls (`Promise.race([a(x), b(x)])`, `xs.map((x) =>
  a(x))`) is reported for what it really does: windmill-client 1.818.0's `_nextStep`
  hands back a thenable that resolves with the checkpointed result or suspends the
  workflow, and the race calls each entrant's `then` in the order listed, so the
  first listed wins every round (for `Promise.any`, the first listed that succeeded)
  and the next durable call still waits for every task in it. Also in a helper the body
  calls: task calls handed in an array literal to a helper (of the file or of another
  module of the workspace) that passes that parameter to `Promise.race` /
  `Promise.any` (`await firstDone([a(x), b(x)])`), and a race in a helper of the file
  over durable calls the body hands it (`firstAvailable([() => a(x), () => b(x)])`) or
  its own, each reported once on the body's call; a race with one durable entrant (a
  task against a timer) is not: the task settles first in every round.
- (TypeScript) a durable call awaited after a step inside an async callback run for
  every item at once (`Promise.all(xs.map(async (x) => { const a = await step("a",
  ...); return t(a); }))`, the function given to `parallel`): windmill-client 1.818.0
  gives a call its key when it is called, so the later call's key is drawn when the
  step before it resolves, which in the round that runs the steps is the order their
  functions finished in and on a replay the items' order. A task before it is fine (a
  batch of tasks resumes together and resolves in call order). An async function of
  the file handed by name (`Promise.all(leads.map(enrichLead))`) is reported where it
  is handed.

Severity: **error**. The SDK keys each call by its name and call order (`name`,
`name_2`, ... in `WorkflowCtx._alloc_key`, both SDKs): when the order changes, a
key returns the checkpointed result of a different item.

A suggestion wraps the iterable in `sorted(...)` (Python) or sorts the listing
(`.sort()`, TypeScript); it is unsafe because it changes the order items are
processed in.

## Why is this bad
On replay, `process_2` may now be a different item than the one whose result
the checkpoint holds for `process_2`: results are silently swapped.

## Example
```python
for user in set(users):
    await notify(user)
```

## Use instead
```python
for user in sorted(set(users)):
    await notify(user)
```
"""
    VALID = [
        py(
            "from wmill import task, workflow\n\n@task()\nasync def notify(u: str):\n    return u\n"
            "\n"
            "@workflow\nasync def main(users: list[str]):\n    for user in sorted(set(users)):\n"
            "        await notify(user)\n    for n in {1, 2, 3}:\n        await notify(str(n))\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const notify = task(async (u: string) => u);\n"
            "export const main = workflow(async (users: string[]) => {\n"
            "  for (const u of new Set(users)) await notify(u);\n});\n"
        ),
    ]
    INVALID = [
        py(
            "from wmill import task, workflow\n\n@task()\nasync def notify(u: str):\n    return u\n"
            "\n"
            "@workflow\nasync def main(users: list[str]):\n    for user in «set(users)»:\n"
            "        await notify(user)\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\nimport { readdirSync } from '
            '"node:fs";\n'
            "const load = task(async (f: string) => f);\n"
            "export const main = workflow(async () => {\n"
            '  for (const f of «readdirSync("/data")») await load(f);\n});\n'
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const a = task(async () => 1);\nconst b = task(async () => 2);\n"
            "const after = task(async (x: number) => x);\n"
            "export const main = workflow(async () => {\n"
            "  const first = await «Promise.race([a(), b()])»;\n  return await after(first);\n});\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        model = ctx.model
        wf = sdk.facts(model).workflow_function
        if wf is None:
            return
        loops = (
            ("for_statement", "for_in_clause") if sdk.is_python(model) else ("for_in_statement",)
        )
        # the loops and the racing calls of the body, in source order (found from
        # the words `for` and the racing names in the source, not a walk of the body)
        found = [(node, True) for node in sdk.keyword_nodes(model, "for", loops, wf)]
        found += [(call, False) for call in sdk.calls_named(model, WATCHED, wf)]
        for node, is_loop in sorted(found, key=lambda item: item[0].start_byte):
            if is_loop:
                self.loop(ctx, node)
            else:
                self.race(ctx, node)
        self.fan_outs(ctx)
        raced = self.raced_by_helpers(ctx, wf)
        if CONCURRENT_CALLBACKS[model.language]:
            self.steps_in_concurrent_callbacks(ctx)
        self.helper_loops(ctx, loops)
        self.helper_races(ctx, wf, raced)
        if PICKS_FROM_SETS[model.language]:
            self.set_picks(ctx, wf)
            self.gathered_sets(ctx, wf)

    def gathered_sets(self, ctx: RuleContext, wf: Node) -> None:
        """`asyncio.gather(*{t(x) for x in xs})`, or `gather(*pending)` after
        `pending.add(t(x))`: each call took its key when it was made, in the items'
        order, but `gather` returns the results in the order of its arguments, here a
        set of coroutine objects, ordered by their addresses (another order in each
        round's process): a result read by position belongs to another item."""
        model = ctx.model
        for call in sdk.calls_named(model, GATHERS, wf):
            if sdk.region_of(model, call) is not Region.WORKFLOW:
                continue
            args = call.child_by_field_name("arguments")
            for arg in args.named_children if args is not None else ():
                if arg.type != "list_splat" or not arg.named_children:
                    continue
                spread = sdk.unwrap(arg.named_children[0])
                if spread is None or not set_of_durable_calls(model, spread, wf):
                    continue
                if not read_by_position(model, call, wf):
                    continue  # `sum(await gather(*running))`: the order decides nothing
                ctx.report(
                    Span.of(arg),
                    f"`{model.text(sdk.callee_of(call) or call)}` returns its results in the "
                    f"order of its arguments, here the set `{model.text(spread)}` of durable "
                    "calls: a set of coroutines is ordered by their addresses, which differ "
                    "between replays, so the results do not line up with the items they "
                    "were called for; gather a list",
                )

    def set_picks(self, ctx: RuleContext, wf: Node) -> None:
        """`primary = regions.pop()` then `await promote(primary)`: which item a set
        gives first differs between processes, so a recorded step belongs to another
        item on replay. Reported when the item reaches a durable call's arguments."""
        model = ctx.model
        durable = sdk.durable_nodes_in(model, wf)
        if not durable:
            return
        picks: list[tuple[Node, Callable[[ScriptModel, Node], str | None]]] = [
            (call, lambda m, n: popped_from_set(m, n, ctx)) for call in sdk.call_nodes(model, wf)
        ]
        picks += [
            (node, indexed_or_unpacked)
            for node in sdk.nodes_of_kinds(model, ("subscript", "assignment"), wf)
        ]
        for node, picked in picks:
            what = picked(model, node)
            if what is None or sdk.region_of(model, node) is not Region.WORKFLOW:
                continue
            pick = node.child_by_field_name("right") if node.type == "assignment" else node
            if pick is None or not reaches_durable_args(model, pick, durable):
                continue
            taken = "the items that come first" if node.type == "assignment" else "the item"
            if node.type != "assignment":
                taken += " that comes first"
            ctx.report(
                Span.of(pick),
                f"`{model.text(node)}` takes {taken} in {what}, which can "
                "differ between replays (str hashes are salted per process); the durable "
                "calls it feeds are keyed by call order, so a recorded result can belong to "
                "another item; pick one by value (`min(...)`, `sorted(...)[0]`)",
            )

    def helper_loops(self, ctx: RuleContext, loops: tuple[str, ...]) -> None:
        """A loop in a helper of the file the body calls (a recursive walk over a tree):
        reported on the body's call of the helper, like every finding reached through
        one."""
        model = ctx.model
        reported: set[int] = set()
        for reached in model.call_graph.reachable.values():
            if reached.role is not CodeRole.BODY or reached.site is None:
                continue
            function = reached.function
            for node in sdk.same_function_nodes(model, loops, function):
                right = node.child_by_field_name("right")
                if right is None or reached.site.start_byte in reported:
                    continue
                body = (
                    node.child_by_field_name("body")
                    if node.type != "for_in_clause"
                    else node.parent
                )
                if body is None or not dispatches(model, body):
                    continue
                what = unstable_iterable(model, right)
                if what is None:
                    self.iterated_parameter(ctx, function, right, reached.chain)
                    continue
                reported.add(reached.site.start_byte)
                chain = " → ".join(reached.chain) if reached.chain else model.text(right)
                ctx.report(
                    reached.site,
                    f"Durable calls are dispatched (in `{chain}`) in the order of {what}, "
                    "which can differ between replays; checkpoint keys follow call order, so "
                    "results can be swapped; iterate `sorted(...)` there",
                )

    def helper_races(self, ctx: RuleContext, wf: Node, raced: set[int]) -> None:
        """`Promise.race` / `Promise.any` in a helper of the file the body calls, over
        durable calls the body hands it (`firstAvailable([() => a(x), () => b(x)])`) or
        that it makes itself, with durable calls after that call in the body: reported
        on the body's call of the helper, like the race written in the body (unless
        `raced_by_helpers` reported that call, starting at a byte of `raced`)."""
        model = ctx.model
        body_calls: dict[int, Node] | None = None
        reported: set[int] = set(raced)
        for reached in model.call_graph.reachable.values():
            site = reached.site
            if reached.role is not CodeRole.BODY or site is None or site.start_byte in reported:
                continue
            races = [
                c
                for c in sdk.calls_named(model, frozenset(RACES), reached.function)
                if not single_durable_entrant(model, c)
            ]
            if not races:
                continue
            if body_calls is None:
                body_calls = {c.start_byte: c for c in sdk.call_nodes(model, wf)}
            call = body_calls.get(site.start_byte)
            if call is None or sdk.region_of(model, call) is not Region.WORKFLOW:
                continue
            handed = sdk.durable_nodes_in(model, call)
            if len(handed) < 2 and not any(len(sdk.durable_nodes_in(model, r)) > 1 for r in races):
                continue  # one durable entrant at most: it settles first in every round
            if not [n for n in sdk.durable_nodes_in(model, wf) if n.start_byte >= call.end_byte]:
                continue
            reported.add(site.start_byte)
            name = model.text(sdk.callee_of(races[0]) or races[0])
            chain = " → ".join(reached.chain)
            tasks = {t.call.id for t in sdk.facts(model).task_calls}
            args = sdk.arguments_of(model, call)[0]
            first = (
                first_of_tasks_raced(model, races[0])
                if len(races) == 1 and not handed
                else first_listed_task(model, args, tasks)
                if len(races) == 1
                else None
            )
            if first is not None:
                ctx.report(
                    site, f"`{name}` (in `{chain}`) over tasks {task_race_outcome(name, first)}"
                )
                continue
            ctx.report(
                site,
                f"`{name}` (in `{chain}`) picks whichever durable call finishes first, and "
                "the durable calls after this call depend on that: which one wins can differ "
                "between replays, and checkpoint keys follow call order; await all of them "
                "and choose deterministically",
            )

    def fan_outs(self, ctx: RuleContext) -> None:
        """`parallel(list(s), process)` / `map(process, s)`: the SDK dispatches one task
        per item in the iterable's order (`parallel` batches `items[i:i + n]`, `map`
        calls the task as it goes)."""
        model = ctx.model
        iterables: list[Node] = []
        for call in sdk.facts(model).calls:
            if call.primitive is sdk.Primitive.PARALLEL and call.args:
                if _parallel_items.unsliceable(model, call.args[0]):
                    continue  # a set itself: `parallel` raises `TypeError` on it (WAC301)
                iterables.append(call.args[0])
        for durable in model.durable_calls:
            if durable.kind == "task" and sdk.maps_task(model, durable.node, durable.task):
                args = sdk.arguments_of(model, durable.node)[0]
                if len(args) > 1:
                    iterables.append(args[1])
        for node in iterables:
            if sdk.region_of(model, node) is not Region.WORKFLOW:
                continue
            what = unstable_iterable(model, node)
            if what is None:
                continue
            ctx.report(
                Span.of(node),
                f"Tasks are dispatched in the order of {what}, which can differ between "
                "replays; checkpoint keys follow call order, so results can be swapped; "
                "pass `sorted(...)`",
                fix=Fix(
                    "Sort the iterable",
                    (ctx.edit_node(node, f"sorted({model.text(node)})"),),
                    "unsafe",
                ),
            )

    def loop(self, ctx: RuleContext, node: Node) -> None:
        model = ctx.model
        right = node.child_by_field_name("right")
        if right is None or sdk.region_of(model, node) is not Region.WORKFLOW:
            return
        body = node.child_by_field_name("body") if node.type != "for_in_clause" else node.parent
        if body is None:
            return
        local = dispatches(model, body)
        if not local and ctx.workspace is None:
            return
        what = unstable_iterable(model, right)
        if what is None:
            what = imported_unstable(ctx, right)
        if what is None or not (local or dispatches_imported(ctx, body)):
            return
        inner = sdk.unwrap(right) or right
        if inner.type == "call" and salted_key(model, inner):  # a Python call node
            # `sorted(xs, key=hash)`: sort by the items themselves
            items = sdk.arguments_of(model, inner)[0]
            fix_text = f"sorted({model.text(items[0])})" if items else model.text(right)
            advice = "sort by the items themselves (drop the `key`)"
        elif inner.type == "call" and (key := tie_breaking_key(model, inner)) is not None:
            # `sorted(s, key=len)`: break the ties by the item itself
            old_key, new_key, tie = key
            start = right.start_byte
            text = model.text(right)
            fix_text = (
                text[: old_key.start_byte - start] + new_key + text[old_key.end_byte - start :]
            )
            advice = f"break ties by {tie} (`key={new_key}`)"
        elif sdk.is_python(model):
            fix_text = f"sorted({model.text(right)})"
            advice = "iterate `sorted(...)`"
        else:
            inner = sdk.unwrap(right) or right
            fix_text = (
                f"{model.text(right)}.sort()"
                if inner.type == "call_expression" and inner == right
                else f"({model.text(right)}).sort()"
            )
            advice = "sort the listing first"
        ctx.report(
            Span.of(right),
            f"Durable calls are dispatched in the order of {what}, which can differ between "
            "replays; checkpoint keys follow call order, so results can be swapped; " + advice,
            fix=Fix("Sort the iterable", (ctx.edit_node(right, fix_text),), "unsafe"),
        )

    def iterated_parameter(
        self, ctx: RuleContext, function: Node, right: Node, chain: tuple[str, ...]
    ) -> None:
        """`await notify_all(set(emails))` where `notify_all` loops over that parameter,
        dispatching tasks: the order is the set's, reported on the argument."""
        model = ctx.model
        wf = sdk.facts(model).workflow_function
        param = _parameter_of(model, function, right)
        if wf is None or param is None:
            return
        helper = " → ".join(chain) if chain else param
        for arg in sdk.arguments_for(model, wf, function, param):
            what = unstable_iterable(model, arg)
            if what is None:
                continue
            ctx.report(
                Span.of(arg),
                f"Durable calls are dispatched (in `{helper}`, looping over `{param}`) in the "
                f"order of {what}, which can differ between replays; checkpoint keys follow "
                "call order, so results can be swapped; pass `sorted(...)`",
                fix=Fix(
                    "Sort the iterable",
                    (ctx.edit_node(arg, f"sorted({model.text(arg)})"),),
                    "unsafe",
                ),
            )

    def steps_in_concurrent_callbacks(self, ctx: RuleContext) -> None:
        """`Promise.all(xs.map(async (x) => { const a = await step("a", ...); return
        t(a); }))` / `parallel(xs, async (x) => ...)`: windmill-client 1.818.0 allocates
        a durable call's key when it is called (`_allocKey`), so every callback's first
        step gets its key in array order, but a durable call awaited after that step
        gets its key when the step resolves: in the round that runs the steps, in the
        order their functions finished (the inline fast path posts each checkpoint as
        its function returns), on a replay in array order (recorded steps resolve at
        once). A result recorded for one item is then handed to another. Tasks first
        are fine: a batch of tasks resumes together and resolves in call order."""
        model = ctx.model
        facts = sdk.facts(model)
        steps = [c.call for c in facts.calls if c.primitive is sdk.Primitive.STEP]
        if not steps:
            return
        durable = sdk.durable_ids(model)
        steps_ids = {n.id for n in steps}
        reported: set[int] = set()
        runners: dict[int, str | None] = {}  # per callback: how it is run, if at once
        inside: dict[int, list[Node]] = {}  # per callback: its own durable calls
        sites: dict[int, Node | None] = {}  # per named callback: where the body hands it
        for step_call in steps:
            callback = next(iter(sdk.enclosing_functions(model, step_call)), None)
            if callback is None or callback.id in reported:
                continue
            if callback.id not in runners:
                runners[callback.id] = concurrent_runner(model, callback)
                sites[callback.id] = None
                if runners[callback.id] is None:
                    # `leads.map(enrichLead)` with `async function enrichLead(...)`
                    handed = handed_by_name(model, callback)
                    if handed is not None:
                        sites[callback.id], runners[callback.id] = handed
            runner = runners[callback.id]
            if runner is None:
                continue  # most steps: in the body itself, run once
            if sdk.region_of(model, step_call) not in (Region.WORKFLOW, Region.OTHER):
                continue
            if not awaited(model, step_call):
                continue
            if callback.id not in inside:
                inside[callback.id] = [
                    n
                    for n in sdk.call_nodes(model, callback)
                    if n.id in durable
                    and next(iter(sdk.enclosing_functions(model, n)), None) == callback
                ]
            # after the step, or given its awaited result (`t(await step(...))`)
            later = next(
                (
                    n
                    for n in inside[callback.id]
                    if n.id != step_call.id and n.end_byte >= step_call.end_byte
                ),
                None,
            )
            if later is None:
                continue
            reported.add(callback.id)
            first = step_name(model, step_call)
            site = sites.get(callback.id)
            callee = sdk.callee_of(later)
            if later.id in steps_ids:
                shown = f"The step {step_name(model, later)}"
            else:
                shown = f"`{model.text(callee) if callee is not None else 'the call'}(...)`"
            if site is not None:
                shown = f"{shown} (in `{model.text(site)}`)"
            ctx.report(
                Span.of(site if site is not None else later),
                f"{shown} gets its checkpoint key only once the step {first} awaited "
                f"before it resolves, in a callback {runner} runs for every item at once: "
                "in the round that runs the steps the keys follow which step finished "
                "first, on a replay the items' order, so a recorded result can be handed "
                "to another item; run each phase for all items before the next "
                "(`await Promise.all(xs.map((x) => step(...)))`), or do the item's work in "
                "one task",
            )

    def raced_by_helpers(self, ctx: RuleContext, wf: Node) -> set[int]:
        """`await firstDone([probeSmtp(h), probeApi(h)])` where `firstDone` (of the file or
        of another module of the workspace) hands that parameter to `Promise.race` /
        `Promise.any`: the race is the body's, as if written there. The start bytes of
        the calls reported."""
        model, workspace = ctx.model, ctx.workspace
        reported: set[int] = set()
        # the calls given an array literal of two calls or more (`f([a(x), b(x)])`)
        candidates = [call for call in sdk.call_nodes(model, wf) if hands_calls(call)]
        if not candidates:
            return reported
        durable = sdk.durable_nodes_in(model, wf)
        made: list[Node] = []
        if workspace is not None:
            # the tasks another module of the workspace defines or makes by path
            made = [t.call for t in _by_path.imported_inline_tasks(model, workspace)]
            made += [t.call for t in _by_path.imported_task_calls(model, workspace)]
            durable += [c for c in made if wf.start_byte <= c.start_byte < wf.end_byte]
        durable_ids = {n.id for n in durable}
        tasks = {t.call.id for t in sdk.facts(model).task_calls}
        for call in candidates:
            args = sdk.arguments_of(model, call)[0]
            handed = [i for i, arg in enumerate(args) if durable_entrants(arg, durable_ids) > 1]
            if not handed or sdk.region_of(model, call) is not Region.WORKFLOW:
                continue
            found = racing_helper(ctx, call, handed)
            if found is None:
                continue
            later = [n for n in durable if n.start_byte >= call.end_byte]
            if not later:
                continue
            race, where = found
            reported.add(call.start_byte)
            helper = model.text(sdk.callee_of(call) or call)
            first = first_listed_task(
                model, [args[i] for i in handed], tasks | {c.id for c in made}
            )
            if first is not None:
                ctx.report(
                    Span.of(call),
                    f"`{helper}` hands these task calls to `{race}` ({where}), which "
                    + task_race_outcome(race, first),
                )
                continue
            ctx.report(
                Span.of(call),
                f"`{helper}` hands these durable calls to "
                f"`{race}` ({where}), which picks whichever finishes first, and the durable "
                "calls after it depend on that: which one wins can differ between replays, "
                "and checkpoint keys follow call order; await all of them and choose "
                "deterministically",
            )
        return reported

    def race(self, ctx: RuleContext, call: Node) -> None:
        model = ctx.model
        callee = sdk.callee_of(call)
        if callee is None:
            return
        name = model.text(callee)
        if name not in RACES and name not in AS_COMPLETED and name not in ("asyncio.wait", "wait"):
            return
        fn = next(iter(sdk.enclosing_functions(model, call)), None)
        if fn is None or sdk.region_of(model, call) is not Region.WORKFLOW:
            return
        _, keywords, _ = sdk.arguments_of(model, call)
        first_completed = name in ("asyncio.wait", "wait") and any(
            k.name == "return_when" and k.value is not None and "FIRST_" in model.text(k.value)
            for k in keywords
        )
        if name in RACES and single_durable_entrant(model, call):
            # `Promise.race([task(x), timeout])`: a task call settles at once (it raises
            # the suspension, or hands back its checkpointed result), so the same entrant
            # wins every round; nothing about it can differ between replays
            return
        if name in RACES or first_completed:
            later = [n for n in sdk.durable_nodes_in(model, fn) if n.start_byte >= call.end_byte]
            if not later:
                return
            first = first_of_tasks_raced(model, call) if name in RACES else None
            if first is not None:
                # windmill-client 1.818.0 `_nextStep`: a task call hands back a thenable
                # that resolves with the checkpointed result, or suspends the workflow;
                # the race calls each entrant's `then` in the order listed, so nothing
                # is timed: the first listed decides every round, and a later task
                # still pending parks a suspension the next durable call raises
                ctx.report(Span.of(call), f"`{name}` over tasks {task_race_outcome(name, first)}")
                return
            ctx.report(
                Span.of(call),
                f"`{name}` picks whichever call finishes first, and the durable calls after it "
                "depend on that: which one wins can differ between replays, and checkpoint "
                "keys "
                "follow call order; await all of them and choose deterministically",
            )
            return
        if name in AS_COMPLETED:
            parent = call.parent
            if parent is not None and parent.type in ("for_statement", "for_in_clause"):
                body = parent.child_by_field_name("body") or parent.parent
                if body is not None and sdk.durable_nodes_in(model, body):
                    ctx.report(
                        Span.of(call),
                        "`as_completed` yields in completion order, so the durable calls in this "
                        "loop are dispatched in an order that can differ between replays; iterate "
                        "the awaited results in a fixed order",
                    )


# TypeScript callbacks run for many items at once; Python's `gather` is not read here.
CONCURRENT_CALLBACKS = {LanguageKind.PYTHON: False, LanguageKind.TYPESCRIPT: True}
ALL_SETTLING = frozenset({"Promise.all", "Promise.allSettled"})
MAPPING_METHODS = frozenset({"map", "flatMap"})


def awaited(model: ScriptModel, call: Node) -> bool:
    """`call` is the operand of an `await` (through parentheses and casts)."""
    parent = model.parent_of(call)
    while parent is not None and parent.type in ("parenthesized_expression", "as_expression"):
        parent = model.parent_of(parent)
    return parent is not None and parent.type == "await_expression"


def step_name(model: ScriptModel, call: Node) -> str:
    args = sdk.arguments_of(model, call)[0]
    name = sdk.string_value(model, args[0]) if args else None
    return f"`{name}`" if name is not None else "`step(...)`"


def concurrent_runner(model: ScriptModel, callback: Node, by_name: bool = False) -> str | None:
    """How an async callback is run for all items at once: the function given to the
    SDK's `parallel` (a batch is `Promise.all(batch.map(fn))`), or to `.map` /
    `Array.from(xs, fn)` whose promises `Promise.all` / `allSettled` waits for
    (directly, spread, or through a name bound once)."""
    if not by_name and not any(c.type == "async" for c in callback.children):
        return None
    holder = model.parent_of(callback)
    call = model.parent_of(holder) if holder is not None else None
    if holder is None or holder.type != "arguments" or call is None:
        return None
    args = [a for a in holder.named_children if a.type != "comment"]
    for sdk_call in sdk.facts(model).calls:
        if sdk_call.call.id == call.id and sdk_call.primitive is sdk.Primitive.PARALLEL:
            return "`parallel`" if len(args) > 1 and args[1].id == callback.id else None
    callee = sdk.callee_of(call)
    if callee is None or callee.type != "member_expression":
        return None
    method = callee.child_by_field_name("property")
    name = model.text(method) if method is not None else ""
    mapped = (name in MAPPING_METHODS and args and args[0].id == callback.id) or (
        model.text(callee) == "Array.from" and len(args) > 1 and args[1].id == callback.id
    )
    if not mapped:
        return None
    settled = settling_call(model, call)
    return f"`{settled}` over `.{name}`" if settled is not None else None


def handed_by_name(model: ScriptModel, callback: Node) -> tuple[Node, str] | None:
    """An async function of the file the workflow hands by name to `parallel` or to a
    `.map` that `Promise.all` waits for: (the name where it is handed, how it is run)."""
    if not any(c.type == "async" for c in callback.children):
        return None
    name_node = callback.child_by_field_name("name")
    if name_node is None:
        holder = model.parent_of(callback)
        if holder is not None and holder.type == "variable_declarator":
            name_node = holder.child_by_field_name("name")
    wf = sdk.facts(model).workflow_function
    if name_node is None or name_node.type != "identifier" or wf is None:
        return None
    name = model.text(name_node)
    for use in sdk.names_spelled(model, name, ("identifier",), wf):
        bound = sdk.bound_value(model, name, use)
        if bound is None or bound.id != callback.id:
            continue
        runner = concurrent_runner(model, use, by_name=True)
        if runner is not None:
            return use, runner
    return None


def settling_call(model: ScriptModel, node: Node) -> str | None:
    """The `Promise.all` / `allSettled` that waits for the array `node` builds."""
    current = node
    parent = model.parent_of(current)
    while parent is not None and parent.type in (
        "spread_element",
        "array",
        "parenthesized_expression",
    ):
        current, parent = parent, model.parent_of(parent)
    if parent is not None and parent.type == "variable_declarator":
        name = parent.child_by_field_name("name")
        if name is None or name.type != "identifier":
            return None
        scope_root = next(iter(sdk.enclosing_functions(model, parent)), None)
        if scope_root is None:
            return None
        for call in sdk.call_nodes(model, scope_root):
            callee = sdk.callee_of(call)
            if callee is None or model.text(callee) not in ALL_SETTLING:
                continue
            given = sdk.arguments_of(model, call)[0]
            if given and model.text(given[0]).strip("[]. ") == model.text(name):
                return model.text(callee)
        return None
    outer = model.parent_of(parent) if parent is not None and parent.type == "arguments" else None
    callee = sdk.callee_of(outer) if outer is not None else None
    if callee is not None and model.text(callee) in ALL_SETTLING:
        return model.text(callee)
    return None


def reaches_durable_args(model: ScriptModel, call: Node, durable: list[Node]) -> bool:
    """The picked item goes into a durable call: the pick is written in its arguments,
    or it is assigned to a name that one of them reads."""
    for node in durable:
        if node.start_byte <= call.start_byte < node.end_byte:
            return True
    parent = call.parent
    if parent is None or parent.type != "assignment":
        return False
    target = parent.child_by_field_name("left")
    names = set(_target_names(model, target)) if target is not None else set()
    if not names:
        return False
    for node in durable:
        if node.start_byte < call.end_byte:
            continue
        args = node.child_by_field_name("arguments")
        stack = [args] if args is not None else []
        while stack:
            inner = stack.pop()
            if inner.type == "identifier" and model.text(inner) in names:
                return True
            stack.extend(inner.named_children)
    return False


UNPACKING_TARGETS = ("pattern_list", "tuple_pattern", "list_pattern")


def _target_names(model: ScriptModel, target: Node) -> list[str]:
    """The names an assignment target binds: `leader`, `primary, *replicas`."""
    if target.type == "identifier":
        return [model.text(target)]
    if target.type in (*UNPACKING_TARGETS, "list_splat_pattern"):
        return [n for c in target.named_children for n in _target_names(model, c)]
    return []


def indexed_or_unpacked(model: ScriptModel, node: Node) -> str | None:
    """`list(s)[0]` / `sorted(s, key=len)[0]` of a set, or `primary, *rest = s`: the
    items that come first in its iteration order, which for str items is salted per
    process."""
    if node.type == "subscript":
        value = sdk.unwrap(node.child_by_field_name("value"))
        index = [c for c in node.named_children if c != node.child_by_field_name("value")]
        if value is None or value.type != "call" or len(index) != 1:
            return None
        if index[0].type not in ("integer", "unary_operator"):
            return None
        return unstable_iterable(model, value)
    left = node.child_by_field_name("left")
    right = node.child_by_field_name("right")
    if left is None or right is None or left.type not in UNPACKING_TARGETS:
        return None
    return unstable_iterable(model, right)


def _parameter_of(model: ScriptModel, function: Node, node: Node) -> str | None:
    """The name of `function`'s own parameter `node` reads, if it is one."""
    semantic = model.semantic
    if semantic is None or node.type != "identifier":
        return None
    binding = semantic.resolve(node)
    if binding is None or binding.kind != BindingKind.PARAMETER or binding.rebound:
        return None
    return binding.name if binding.scope.node == function else None


def dispatches(model: ScriptModel, body: Node) -> bool:
    """The loop body makes durable calls itself, or calls a function of the file that
    makes them (at any depth: `await walk(child)`, `await provision_one(n)`)."""
    if sdk.durable_nodes_in(model, body):
        return True
    # the body's calls of the file's functions that run durable calls, however they are
    # reached (`await inviter.one(email)`, a method of an instance the body built)
    if any(body.start_byte <= h.node.start_byte < body.end_byte for h in model.helper_calls):
        return True
    semantic = model.semantic
    if semantic is None:
        return False
    durable = durable_functions(model)
    for call in sdk.call_nodes(model, body):
        callee = sdk.callee_of(call)
        if callee is None or callee.type != "identifier":
            continue
        binding = semantic.resolve(callee)
        if binding is not None and binding.value is not None and binding.value.id in durable:
            return True
    return False


def dispatches_imported(ctx: RuleContext, body: Node) -> bool:
    """The loop body calls a task another module of the workspace defines (`@task()`,
    `task(...)`, `task_script(...)`: `from f.lib.tasks import restart`, also re-exported
    under another name), or an `async` helper of another module that makes durable calls
    of its own: each call dispatches in the loop's order."""
    starts = _imported_durable_starts(ctx)
    return any(body.start_byte <= start < body.end_byte for start in starts)


# rule context -> where the body's calls of other modules' tasks and durable helpers start
_IMPORTED_DURABLE: dict[int, tuple[RuleContext, list[int]]] = {}


def _imported_durable_starts(ctx: RuleContext) -> list[int]:
    held = _IMPORTED_DURABLE.get(id(ctx))
    if held is not None and held[0] is ctx:
        return held[1]
    _IMPORTED_DURABLE.clear()  # one file at a time: only the latest is kept
    starts: list[int] = []
    workspace = ctx.workspace
    if workspace is not None:
        model = ctx.model
        starts += [m.call.start_byte for m in _by_path.imported_inline_tasks(model, workspace)]
        starts += [m.call.start_byte for m in _by_path.imported_task_calls(model, workspace)]
        starts += [h.call.start_byte for h in _by_path.imported_async_helpers(model, workspace)]
    _IMPORTED_DURABLE[id(ctx)] = (ctx, starts)
    return starts


# model id -> (the model, its durable functions): asked for each loop of a file, computed
# once (the model is held so that its id is not reused while the entry lives)
_DURABLE_FUNCTIONS: dict[int, tuple[ScriptModel, set[int]]] = {}


def durable_functions(model: ScriptModel) -> set[int]:
    """Ids of the file's functions (reached from the body) that make durable calls,
    themselves or through the file's functions they call by name (once per model)."""
    held = _DURABLE_FUNCTIONS.get(id(model))
    if held is not None and held[0] is model:
        return held[1]
    _DURABLE_FUNCTIONS.clear()  # one file at a time: only the latest is kept
    found = _durable_functions(model)
    _DURABLE_FUNCTIONS[id(model)] = (model, found)
    return found


def _durable_functions(model: ScriptModel) -> set[int]:
    semantic = model.semantic
    functions = [r.function for r in model.call_graph.reachable.values() if r.role is CodeRole.BODY]
    found = {f.id for f in functions if sdk.durable_nodes_in(model, f)}
    if semantic is None:
        return found
    for _ in range(8):  # a chain of helpers, each round one level further
        grown = False
        for function in functions:
            if function.id in found:
                continue
            for call in sdk.call_nodes(model, function):
                callee = sdk.callee_of(call)
                binding = (
                    semantic.resolve(callee)
                    if callee is not None and callee.type == "identifier"
                    else None
                )
                if binding is not None and binding.value is not None and binding.value.id in found:
                    found.add(function.id)
                    grown = True
                    break
        if not grown:
            break
    return found


def task_race_outcome(race: str, first: str) -> str:
    """What `Promise.race` / `Promise.any` over task calls does (the message from "never
    picks"): `first` is the first entrant's code, quoted, or "the first item's task" for
    a map."""
    listed = first.startswith("`")
    picked = (
        (f"the first listed, {first}, wins" if listed else f"{first} wins") + " every round"
        if race == "Promise.race"
        else f"the first listed that succeeded wins every round ({first} whenever it succeeds)"
    )
    return (
        "never picks the faster one: a task call settles only when the body "
        f"replays with its result, and the race reads them in the order listed, so {picked} "
        "and the next durable call still waits for all of them; await all of them and choose "
        "explicitly"
    )


def first_of_tasks_raced(model: ScriptModel, call: Node) -> str | None:
    """`Promise.race([a(x), b(x)])` (or `xs.map((x) => a(x))`) where every entrant is a
    task call: the winner, the first entrant's code quoted (or "the first item's task"
    for a map), else None. Steps run their function in this round and settle by timing;
    tasks do not."""
    args, _, _ = sdk.arguments_of(model, call)
    entrants = sdk.unwrap(args[0]) if args else None
    if entrants is None:
        return None
    tasks = {t.call.id for t in sdk.facts(model).task_calls}
    if entrants.type == "array":
        return first_listed_task(model, [entrants], tasks)
    if entrants.type != "call_expression":
        return None
    callee = sdk.callee_of(entrants)
    property_ = callee.child_by_field_name("property") if callee is not None else None
    mapped, _, _ = sdk.arguments_of(model, entrants)
    if property_ is None or model.text(property_) != "map" or len(mapped) != 1:
        return None
    made = task_made_by(mapped[0], tasks)
    return "the first item's task" if made is not None else None


def task_call_of(node: Node | None, tasks: set[int]) -> Node | None:
    """`node` itself when it is a task call (not awaited before the race gets it)."""
    node = sdk.unwrap(node)
    return node if node is not None and node.id in tasks else None


def task_made_by(fn: Node | None, tasks: set[int]) -> Node | None:
    """The task call an arrow function returns and does nothing else: `(x) => a(x)`,
    `() => { return a(x); }`."""
    fn = sdk.unwrap(fn)
    if fn is None or fn.type != "arrow_function":
        return None
    body = fn.child_by_field_name("body")
    if body is not None and body.type == "statement_block":
        statements = [s for s in body.named_children if s.type != "comment"]
        only = statements[0] if len(statements) == 1 else None
        returned = only is not None and only.type == "return_statement" and only.named_children
        body = only.named_children[0] if only is not None and returned else None
    return task_call_of(body, tasks)


def single_durable_entrant(model: ScriptModel, call: Node) -> bool:
    """`Promise.race([...])` given an array literal with at most one durable call in it."""
    args, _, _ = sdk.arguments_of(model, call)
    entrants = sdk.unwrap(args[0]) if args else None
    if entrants is None or entrants.type != "array":
        return False
    members = [m for m in entrants.named_children if m.type != "comment"]
    return sum(1 for m in members if sdk.durable_nodes_in(model, m)) < 2


def imported_unstable(ctx: RuleContext, node: Node) -> str | None:
    """`for r in REGIONS` (or `regions.REGIONS`) where another module of the workspace
    binds `REGIONS` at its top level to an iterable of unstable order (a set of
    strings): the description, naming that module, else None."""
    from wac_lint.engine import InputError
    from wac_lint.frontends import module_model
    from wac_lint.workspace.documents import read_source
    from wac_lint.workspace.helper_resolution import helper_of

    model, workspace = ctx.model, ctx.workspace
    node = sdk.unwrap(node) or node
    semantic = model.semantic
    if workspace is None or semantic is None:
        return None
    if node.type == "binary_operator":
        # `PLATFORMS | EXTRA`: set algebra over a set another module binds
        operator = node.child_by_field_name("operator")
        if operator is None or model.text(operator) not in SET_OPERATORS:
            return None
        sides = [node.child_by_field_name("left"), node.child_by_field_name("right")]
        if model.text(operator) in ("-", "&"):
            sides = sides[:1]  # the result holds the left side's items
        for side in sides:
            inner = imported_unstable(ctx, side) if side is not None else None
            if inner is not None:
                return f"`{model.text(node)}`, set algebra over {inner}"
        return None
    called = node.type == "call"  # `active_regions()`: what the function returns
    callee_node = sdk.callee_of(node) if called else None
    if (
        callee_node is not None
        and callee_node.type == "attribute"
        and model.text(callee_node.child_by_field_name("attribute") or callee_node) in SET_METHODS
    ):
        # `PLATFORMS.union(EXTRA)`: a new set of the same strings
        holder = callee_node.child_by_field_name("object")
        inner = imported_unstable(ctx, holder) if holder is not None else None
        return f"`{model.text(node)}`, set algebra over {inner}" if inner is not None else None
    name = model.text(sdk.callee_of(node) or node) if called else ""
    if name in TIE_KEEPING:
        # `sorted(ACTIVE_REGIONS, key=len)` of a set another module binds: ties keep its order
        args, keywords, _ = sdk.arguments_of(model, node)
        key = sdk.unwrap(next((k.value for k in keywords if k.name == "key"), None))
        items = args[0] if name == "sorted" and args else args[1] if len(args) > 1 else None
        if items is None or key is None or not projecting_key(model, key, items):
            return None
        inner = imported_unstable(ctx, items)
        if inner is None:
            return None
        return (
            f"`{name}(..., key={model.text(key)})` of {inner}, where items whose keys are "
            "equal keep its order"
        )
    reached = sdk.callee_of(node) if called else node
    if reached is None:
        return None
    base = reached.child_by_field_name("object") if reached.type == "attribute" else reached
    if base is None or base.type != "identifier":
        return None
    binding = semantic.resolve(base)
    if binding is None or binding.kind != BindingKind.IMPORT:
        return None
    ref = helper_of(model, node, workspace.file, workspace.project, workspace.consulted)
    if ref is None or "." in ref.function:
        return None
    workspace.consulted.add(ref.file)
    try:
        other = module_model(read_source(ref.file, ref.file.name))
    except (InputError, OSError, RecursionError):
        return None
    scope = other.semantic.module if other.semantic is not None else None
    bound = scope.bindings.get(ref.function) if scope is not None else None
    if bound is None or bound.rebound or not bound.value:
        return None
    shown = workspace.shown(ref.file)
    if called:
        if bound.kind != BindingKind.FUNCTION:
            return None
        return set_returned_by(other, bound.value, f"{ref.function}` of {shown}", 0)
    if bound.kind != BindingKind.ASSIGNMENT:
        return None
    found = unstable_iterable(other, bound.value)
    if found is None:
        return None
    return f"{found} (`{ref.function}` of {shown})"


GATHERS = frozenset({"asyncio.gather", "gather"})
# Calls that pair a list's items with their positions (or with another list's items).
POSITIONAL_READERS = frozenset({"zip", "enumerate", "itertools.zip_longest", "zip_longest"})


def read_by_position(model: ScriptModel, call: Node, within: Node) -> bool:
    """Whether what `call` gives back is read by position: unpacked into several
    names, indexed (`results[0]`), or paired by `zip` / `enumerate` (directly or
    through the name it is assigned to)."""
    node = call
    while node.parent is not None and node.parent.type in ("await", "parenthesized_expression"):
        node = node.parent
    parent = node.parent
    if parent is None:
        return False
    if parent.type == "assignment" and parent.child_by_field_name("right") == node:
        left = parent.child_by_field_name("left")
        if left is None:
            return False
        if left.type in ("pattern_list", "tuple_pattern", "list_pattern"):
            return True
        if left.type != "identifier":
            return False
        name = model.text(left)
        for use in sdk.nodes_in(model, "identifier", within):
            if use.start_byte < parent.end_byte or model.text(use) != name:
                continue
            if positional_use(model, use):
                return True
        return False
    return positional_use(model, node)


def positional_use(model: ScriptModel, node: Node) -> bool:
    parent = node.parent
    if parent is None:
        return False
    if parent.type == "subscript" and parent.child_by_field_name("value") == node:
        return True
    if parent.type == "argument_list" and parent.parent is not None:
        callee = sdk.callee_of(parent.parent)
        return callee is not None and model.text(callee) in POSITIONAL_READERS
    return False


def set_of_durable_calls(model: ScriptModel, node: Node, within: Node) -> bool:
    """A set holding durable calls: a set literal or comprehension of them, `set(...)`
    of a list of them, or a name bound to one or to an empty set that `within` fills
    with `.add(t(x))`."""
    if node.type in ("set", "set_comprehension"):
        return bool(sdk.durable_nodes_in(model, node))
    if node.type == "call":
        callee = sdk.callee_of(node)
        if callee is None or model.text(callee) not in SET_FACTORIES:
            return False
        return bool(sdk.durable_nodes_in(model, node))
    if node.type != "identifier":
        return False
    name = model.text(node)
    value = sdk.unwrap(sdk.bound_value(model, name, node))
    if value is None:
        return False
    if set_of_durable_calls(model, value, within):
        return True
    if value.type == "call" and model.text(value) not in ("set()", "frozenset()"):
        return False
    if value.type not in ("call", "set"):
        return False
    for add in sdk.calls_named(model, frozenset({f"{name}.add"}), within):
        args = add.child_by_field_name("arguments")
        if args is not None and sdk.durable_nodes_in(model, args):
            return True
    return False


def unstable_iterable(model: ScriptModel, node: Node, depth: int = 0) -> str | None:
    """A description of an iterable whose order can differ between processes, else None."""
    node = sdk.unwrap(node) or node
    if depth > 4:
        return None
    if node.type == "identifier":
        value = sdk.bound_value(model, model.text(node), node)
        if value is None:
            return unstable_name(model, node, depth)
        return None if value is None else unstable_iterable(model, value, depth + 1)
    if sdk.is_python(model):
        if node.type == "set":
            if all(c.type in ("integer", "float", "true", "false") for c in node.named_children):
                return None
            if int_elements(model, node):
                return None  # `{len(ids), 7}`: ints hash to themselves
            return "a set"
        if node.type == "set_comprehension":
            return None if int_elements(model, node) else "a set"
        if node.type in ("list_comprehension", "generator_expression"):
            # `[partial(t, k) for k in s]`: items made in the set's order
            clause = next((c for c in node.named_children if c.type == "for_in_clause"), None)
            source = clause.child_by_field_name("right") if clause is not None else None
            inner = unstable_iterable(model, source, depth + 1) if source is not None else None
            return f"a list built from {inner}" if inner is not None else None
        if node.type == "dictionary_comprehension":
            # `{k: t(k) for k in s}`: keys inserted in the set's order
            clause = next((c for c in node.named_children if c.type == "for_in_clause"), None)
            source = clause.child_by_field_name("right") if clause is not None else None
            inner = unstable_iterable(model, source, depth + 1) if source is not None else None
            return f"a dict built from {inner}" if inner is not None else None
        if node.type == "subscript":
            # `TEAM_SYSTEMS[team]` where every value of the table is a set
            table = node.child_by_field_name("value")
            return picked_from_table(model, table, None, depth) if table is not None else None
        if node.type == "binary_operator":
            # `set(a) - set(b)`, `a | b`: the result of set algebra is a set
            op = node.child_by_field_name("operator")
            if op is not None and model.text(op) in SET_OPERATORS:
                for side in ("left", "right"):
                    part = node.child_by_field_name(side)
                    if part is not None and unstable_iterable(model, part, depth + 1) is not None:
                        return "a set"
                    if part is not None and keys_view(model, part):
                        # `a.keys() & b.keys()`: set algebra on a keys view gives a set
                        return "a set (set algebra on `.keys()`)"
            return None
        if node.type == "call":
            callee = sdk.callee_of(node)
            if callee is None:
                return None
            name = model.text(callee)
            if name == "sorted" and salted_key(model, node):
                # `sorted(owners, key=hash)`: str hashes are salted per process
                return "`sorted(..., key=hash)` (str hashes are salted per process)"
            if name in TIE_KEEPING:
                # `sorted(s, key=len)`: the sort is stable, so items whose keys tie keep
                # the order of the set (`heapq.nlargest(n, s, key=len)` too)
                args, keywords, _ = sdk.arguments_of(model, node)
                key = sdk.unwrap(next((k.value for k in keywords if k.name == "key"), None))
                items = args[0] if name == "sorted" else args[1] if len(args) > 1 else None
                if items is not None and key is not None and projecting_key(model, key, items):
                    inner = unstable_iterable(model, items, depth + 1)
                    if inner is not None:
                        return (
                            f"`{name}(..., key={model.text(key)})` of {inner} (items whose "
                            "keys are equal keep its order)"
                        )
            if name in SET_FACTORIES:
                args = sdk.arguments_of(model, node)[0]
                if args and int_elements(model, args[0]):
                    return None  # `set(range(n))`: ints iterate by value, the same every run
                return f"{indefinite(name)} `{name}`"
            if name in DICT_BUILDERS:
                # `dict.fromkeys(s)`, `Counter(s)`: keys (and ties) in the set's order
                args = sdk.arguments_of(model, node)[0]
                inner = unstable_iterable(model, args[0], depth + 1) if args else None
                return f"a dict built from {inner}" if inner is not None else None
            if callee.type == "identifier":
                returned = returned_set(model, callee, depth)
                if returned is not None:
                    return returned
            args = sdk.arguments_of(model, node)[0]
            if name in ORDER_KEEPING and args:
                # `list(set(xs))` keeps the set's order
                return unstable_iterable(model, args[0], depth + 1)
            if name in ITERATING_ALL and args:
                # `zip(s, xs)`, `itertools.chain(a, s)`: in the order of each argument
                found = [unstable_iterable(model, a, depth + 1) for a in args]
                return next((f for f in found if f is not None), None)
            if name in MAPPING and len(args) > 1:
                # `map(str.upper, s)` / `filter(pred, s)`: in the order of the iterable
                return unstable_iterable(model, args[1], depth + 1)
            if callee.type == "attribute":
                attr = callee.child_by_field_name("attribute")
                receiver = callee.child_by_field_name("object")
                if attr is not None and receiver is not None and model.text(attr) == "get":
                    # `TEAM_SYSTEMS.get(team, {"okta"})`: a value of the table or the default
                    default = args[1] if len(args) > 1 else None
                    picked = picked_from_table(model, receiver, default, depth)
                    if picked is not None:
                        return picked
                if (
                    attr is not None
                    and receiver is not None
                    and model.text(attr) in SET_METHODS
                    and unstable_iterable(model, receiver, depth + 1) is not None
                ):
                    return "a set"
                if attr is not None and receiver is not None and model.text(attr) in DICT_VIEWS:
                    inner = unstable_iterable(model, receiver, depth + 1)
                    if inner is not None and inner.startswith("a dict"):
                        return inner  # `d.items()` of a dict built from a set
            if name in PY_LISTINGS:
                return f"`{name}(...)` (unsorted)"
            if callee.type == "attribute":
                attr = callee.child_by_field_name("attribute")
                if (
                    attr is not None
                    and model.text(attr) in PY_LISTING_METHODS
                    and name.count(".") >= 1
                ):
                    if model.text(attr) != "glob" or not name.startswith("glob."):
                        return f"`.{model.text(attr)}()` (unsorted)"
        return None
    if node.type == "call_expression":
        callee = sdk.callee_of(node)
        if callee is not None and model.text(callee) in TS_LISTINGS:
            return f"`{model.text(callee)}(...)` (unsorted)"
    return None


def picked_from_table(
    model: ScriptModel, table: Node, default: Node | None, depth: int
) -> str | None:
    """A value read from a dict literal a name is bound to, when every value it can give
    (each of the table's values, and the default of `.get`) iterates in an order that
    can differ between processes."""
    table = sdk.unwrap(table) or table
    if table.type != "identifier":
        return None
    value = sdk.bound_value(model, model.text(table), table)
    if value is not None and default is None and set_default_table(model, value):
        return f"a set picked from `{model.text(table)}`"  # `groups[k]` of `defaultdict(set)`
    if value is None or value.type != "dictionary":
        return None
    values = [p.child_by_field_name("value") for p in value.named_children if p.type == "pair"]
    if default is not None:
        values.append(default)
    if not values or any(v is None for v in values):
        return None
    found = [unstable_iterable(model, v, depth + 1) for v in values if v is not None]
    if any(f is None for f in found):
        return None
    return f"a set picked from `{model.text(table)}`"


DEFAULT_DICTS = frozenset({"defaultdict", "collections.defaultdict"})


def set_default_table(model: ScriptModel, value: Node) -> bool:
    """`defaultdict(set)`: every value the table gives is a set."""
    if value.type != "call":
        return False
    callee = sdk.callee_of(value)
    args = sdk.arguments_of(model, value)[0]
    return (
        callee is not None
        and model.text(callee) in DEFAULT_DICTS
        and bool(args)
        and model.text(args[0]) in SET_FACTORIES
    )


def unstable_name(model: ScriptModel, name: Node, depth: int) -> str | None:
    """A name with no single value that still holds a set: one assigned a set once and
    otherwise only changed by augmented assignments (`acc = set()`, then `acc |= s`: a
    set stays a set), or the loop variable over the values of a `defaultdict(set)`
    (`for owner, regions in groups.items():`)."""
    semantic = model.semantic
    if semantic is None:
        return None
    binding = semantic.lookup(model.text(name), semantic.scope_at(name))
    if binding is None:
        return None
    if binding.accumulated is not None:
        return unstable_iterable(model, binding.accumulated[0], depth + 1)
    if binding.kind != BindingKind.LOOP:
        return None
    loop = model.parent_of(binding.node)
    while loop is not None and loop.type in ("pattern_list", "tuple_pattern"):
        loop = model.parent_of(loop)
    if loop is None or loop.type not in ("for_statement", "for_in_clause"):
        return None
    left, right = loop.child_by_field_name("left"), loop.child_by_field_name("right")
    right = sdk.unwrap(right) if right is not None else None
    callee = sdk.callee_of(right) if right is not None and right.type == "call" else None
    if left is None or callee is None or callee.type != "attribute":
        return None
    method = callee.child_by_field_name("attribute")
    table = callee.child_by_field_name("object")
    if method is None or table is None or table.type != "identifier":
        return None
    if model.text(method) == "values":
        takes_value = left == binding.node
    elif model.text(method) == "items":
        parts = [c for c in left.named_children if c.type != "comment"]
        takes_value = left.type in ("pattern_list", "tuple_pattern") and len(parts) == 2
        takes_value = takes_value and parts[1] == binding.node
    else:
        return None
    held = sdk.bound_value(model, model.text(table), table)
    if takes_value and held is not None and set_default_table(model, held):
        return f"a set picked from `{model.text(table)}`"
    return None


SALTED_KEYS = frozenset({"hash", "id"})
# Orderings whose ties keep the order of what they are given.
TIE_KEEPING = frozenset({"sorted", "heapq.nlargest", "heapq.nsmallest", "nlargest", "nsmallest"})
# Sort keys that tell any two distinct str items apart (or nearly: `str.lower`).
WHOLE_ITEM_KEYS = frozenset({"str", "repr", "str.lower", "str.casefold", "str.upper"})
WHOLE_ITEM_METHODS = frozenset({"lower", "casefold", "upper"})
PROJECTING_KEYS = frozenset({"len", "operator.itemgetter", "operator.attrgetter"})


def tie_breaking_key(model: ScriptModel, call: Node) -> tuple[Node, str, str] | None:
    """For `sorted(s, key=len)` (or `heapq.nsmallest(n, s, key=len)`) over a set: the
    key node, and a key that also compares the items themselves (`lambda item:
    (len(item), item)`)."""
    callee = sdk.callee_of(call)
    if callee is None or model.text(callee) not in TIE_KEEPING:
        return None
    args, keywords, _ = sdk.arguments_of(model, call)
    key = sdk.unwrap(next((k.value for k in keywords if k.name == "key"), None))
    items = (
        args[0] if model.text(callee) == "sorted" and args else args[1] if len(args) > 1 else None
    )
    if key is None or not projecting_key(model, key, items):
        return None
    # enum members do not compare with `<` (a plain `Enum`): break the ties by the name
    members = items is not None and enum_members_only(model, items)
    what = "the member's name" if members else "the item itself"
    if key.type == "lambda":
        params = key.child_by_field_name("parameters")
        body = key.child_by_field_name("body")
        if params is None or body is None:
            return None
        param = model.text(params)
        tie = f"{param}.name" if members else param
        return key, f"lambda {param}: ({model.text(body)}, {tie})", what
    tie = "item.name" if members else "item"
    return key, f"lambda item: ({model.text(key)}(item), {tie})", what


def keys_view(model: ScriptModel, node: Node) -> bool:
    """`d.keys()` / `d.items()`: a view that gives a set under `&`, `|`, `-` and `^`."""
    node = sdk.unwrap(node) or node
    if node.type != "call":
        return False
    callee = sdk.callee_of(node)
    if callee is None or callee.type != "attribute" or sdk.arguments_of(model, node)[0]:
        return False
    attr = callee.child_by_field_name("attribute")
    return attr is not None and model.text(attr) in ("keys", "items")


def projecting_key(model: ScriptModel, key: Node, items: Node | None = None) -> bool:
    """A sort key known to map distinct items to equal keys (`len`, `lambda h: load[h]`,
    `itemgetter(0)`): ties keep the order of what is sorted. A key that keeps the whole
    item (`lambda h: (len(h), h)`, `str.lower`) or one not known (a function of the
    file) is not; nor is the `.value` / `.name` of members of an enum of the file
    (`sorted({Kind.RED, Kind.WHITE}, key=lambda k: k.value)`, `attrgetter("name")`): two
    members never share a name, nor a value (a repeated value makes an alias of the
    first member, the same object)."""
    semantic = model.semantic
    members = items is not None and enum_members_only(model, items)
    if key.type in ("identifier", "attribute"):
        qual = semantic.qualified_name(key) if semantic is not None else None
        return (qual or model.text(key)) == "len"
    if key.type == "call":
        callee = sdk.callee_of(key)
        qual = semantic.qualified_name(callee) if semantic is not None and callee else None
        if members and qual == "operator.attrgetter":
            # `attrgetter("value")` of enum members: as distinct as the members
            fields = sdk.arguments_of(model, key)[0]
            if any(sdk.string_value(model, f) in ENUM_IDENTITY for f in fields):
                return False
        return qual in PROJECTING_KEYS
    if key.type != "lambda":
        return False
    params = key.child_by_field_name("parameters")
    names = {model.text(p) for p in params.named_children} if params is not None else set()
    body = sdk.unwrap(key.child_by_field_name("body"))
    if body is None or len(names) != 1:
        return False

    def whole(node: Node) -> bool:
        node = sdk.unwrap(node) or node
        if node.type == "identifier":
            return model.text(node) in names
        if members and node.type == "attribute":
            # `lambda k: k.value` of enum members: tells any two members apart
            owner = node.child_by_field_name("object")
            attr = node.child_by_field_name("attribute")
            return (
                owner is not None
                and attr is not None
                and model.text(attr) in ENUM_IDENTITY
                and whole(owner)
            )
        if node.type == "call":
            callee = sdk.callee_of(node)
            args = sdk.arguments_of(model, node)[0]
            if callee is None:
                return False
            if callee.type == "attribute" and not args:
                attr = callee.child_by_field_name("attribute")
                receiver = callee.child_by_field_name("object")
                return (
                    attr is not None
                    and receiver is not None
                    and model.text(attr) in WHOLE_ITEM_METHODS
                    and whole(receiver)
                )
            return model.text(callee) in WHOLE_ITEM_KEYS and len(args) == 1 and whole(args[0])
        return False

    if whole(body):
        return False
    if body.type in ("tuple", "list"):
        return not any(whole(c) for c in body.named_children)
    if body.type == "call":
        callee = sdk.callee_of(body)
        # `lambda h: natural_key(h)`: a function not known here may keep the whole item
        return callee is not None and model.text(callee) in ("len", "str.count")
    return body.type in ("subscript", "attribute", "binary_operator", "integer")


# What tells two members of one enum apart: each has its own name, and its own value.
ENUM_IDENTITY = frozenset({"value", "name"})


def enum_members_only(model: ScriptModel, items: Node, depth: int = 0) -> bool:
    """`{Kind.RED, Kind.WHITE}`, `set(Kind)`, or a name bound once to one of those: a set
    whose items are all members of one enum class of the file (Python)."""
    items = sdk.unwrap(items) or items
    if depth > 4:
        return False
    if items.type == "identifier":
        value = sdk.bound_value(model, model.text(items), items)
        return value is not None and value != items and enum_members_only(model, value, depth + 1)
    if items.type == "set":
        found = [sdk.enum_member(model, e) for e in items.named_children]
        return (
            bool(found)
            and all(m is not None and not m.by_value for m in found)
            and len({m.enum for m in found if m is not None}) == 1
        )
    if items.type == "call":
        callee = sdk.callee_of(items)
        args = sdk.arguments_of(model, items)[0]
        if callee is None or model.text(callee) not in ("set", "frozenset") or len(args) != 1:
            return False
        arg = sdk.unwrap(args[0]) or args[0]
        if arg.type == "identifier":
            # `set(Kind)`: every member of the enum class
            definition = sdk.bound_value(model, model.text(arg), arg)
            if definition is not None and definition.type == "class_definition":
                return enum_class(model, definition)
        return enum_members_only(model, arg, depth + 1)
    return False


def enum_class(model: ScriptModel, definition: Node) -> bool:
    """A class of the file deriving from one of the `enum` module's classes."""
    superclasses = definition.child_by_field_name("superclasses")
    bases = {
        model.text(b).rsplit(".", 1)[-1]
        for b in (superclasses.named_children if superclasses is not None else ())
    }
    return bool(bases & sdk.ENUM_BASES)


def salted_key(model: ScriptModel, call: Node) -> bool:
    """`sorted(xs, key=hash)` / `key=lambda x: hash(x)` / `key=id` (an address) over
    items not known to be ints: the order follows a value that changes per process."""
    semantic = model.semantic
    args, keywords, _ = sdk.arguments_of(model, call)
    key = sdk.unwrap(next((k.value for k in keywords if k.name == "key"), None))
    if key is None or semantic is None or (args and int_elements(model, args[0])):
        return False
    if key.type == "lambda":
        body = key.child_by_field_name("body")
        key = sdk.callee_of(body) if body is not None and body.type == "call" else None
    return key is not None and semantic.qualified_name(key) in SALTED_KEYS


# an array element that may be a durable call (`[a(x), await b(x)]` is judged later)
CALLS = frozenset({"call_expression", "await_expression"})


def hands_calls(call: Node) -> bool:
    """`f([a(x), b(x)])`: the call is given an array literal of two calls or more."""
    args = call.child_by_field_name("arguments")
    return args is not None and any(
        a.type == "array" and sum(1 for e in a.named_children if e.type in CALLS) > 1
        for a in args.named_children
    )


def first_listed_task(model: ScriptModel, handed: list[Node], tasks: set[int]) -> str | None:
    """The first entrant's task call, quoted, when the one array literal handed over
    holds only task calls, or only arrow functions that return one (two or more),
    else None."""
    if len(handed) != 1:
        return None
    arg = sdk.unwrap(handed[0]) or handed[0]
    members = [m for m in arg.named_children if m.type != "comment"]
    if arg.type != "array" or len(members) < 2:
        return None
    calls = [task_call_of(m, tasks) or task_made_by(m, tasks) for m in members]
    first = calls[0]
    if first is None or not all(calls):
        return None
    return code_span(model.text(first))


def durable_entrants(arg: Node, durable_ids: set[int]) -> int:
    """How many of the elements of an array literal argument are durable calls."""
    arg = sdk.unwrap(arg) or arg
    if arg.type != "array":
        return 0
    return sum(1 for e in arg.named_children if (sdk.unwrap(e) or e).id in durable_ids)


def racing_helper(ctx: RuleContext, call: Node, handed: list[int]) -> tuple[str, str] | None:
    """(`Promise.race` / `Promise.any`, where it is) when the function `call` calls, of
    the file or imported from another module of the workspace, passes one of the
    parameters at the positions `handed` to it, whole."""
    from wac_lint.workspace.helper_resolution import helper_of
    from wac_lint.workspace.module_facts import imported_function

    model, workspace = ctx.model, ctx.workspace
    callee = sdk.callee_of(call)
    if callee is None:
        return None
    fn = sdk.bound_value(model, model.text(callee), callee) if callee.type == "identifier" else None
    owner, where = model, "in this file"
    if fn is None or fn.type not in sdk.function_types(model):
        semantic = model.semantic
        base = callee.child_by_field_name("object") if callee.type != "identifier" else callee
        binding = semantic.resolve(base) if semantic is not None and base is not None else None
        if workspace is None or binding is None or binding.kind != BindingKind.IMPORT:
            return None
        ref = helper_of(model, call, workspace.file, workspace.project, workspace.consulted)
        found = imported_function(ref.file, ref.function) if ref is not None else None
        if ref is None or found is None:
            return None
        workspace.consulted.add(ref.file)
        owner, fn = found
        where = f"in {workspace.shown(ref.file)}"
    params = fn.child_by_field_name("parameters")
    names = [
        owner.text(p.child_by_field_name("pattern") or p.child_by_field_name("name") or p)
        for p in (params.named_children if params is not None else [])
    ]
    wanted = {names[i] for i in handed if i < len(names)}
    for raced in sdk.calls_named(owner, frozenset(RACES), fn):
        args = sdk.arguments_of(owner, raced)[0]
        given = sdk.unwrap(args[0]) or args[0] if args else None
        if given is not None and given.type == "identifier" and owner.text(given) in wanted:
            return owner.text(sdk.callee_of(raced) or raced), where
    return None


def popped_from_set(model: ScriptModel, call: Node, ctx: RuleContext | None = None) -> str | None:
    """`s.pop()` / `next(iter(s))` of a set: the item that comes first in its iteration
    order, which for str items is salted per process; `min(s, key=len)` / `max(...)` with
    a key that may tie: the first of the tied items. A set another module binds too,
    given `ctx`."""
    callee = sdk.callee_of(call)
    if callee is None:
        return None
    spelled = model.text(callee)
    if spelled in ("min", "max"):
        # `max(s, key=len)`: the first of the items whose keys tie, in the set's order
        args, keywords, _ = sdk.arguments_of(model, call)
        key = sdk.unwrap(next((k.value for k in keywords if k.name == "key"), None))
        if len(args) != 1 or key is None or not projecting_key(model, key, args[0]):
            return None
        what = unstable_iterable(model, args[0])
        if what is None and ctx is not None:
            what = imported_unstable(ctx, args[0])
        if what is None or what.startswith("a dict"):
            return None
        return f"{what} among the items whose keys tie"
    if spelled != "next" and not spelled.endswith(".pop"):
        return None  # most calls of a body: nothing read
    args = sdk.arguments_of(model, call)[0]
    source: Node | None = None
    if callee.type == "attribute" and not args:
        attr = callee.child_by_field_name("attribute")
        if attr is not None and model.text(attr) == "pop":
            source = callee.child_by_field_name("object")
    elif model.text(callee) == "next" and args:
        inner = sdk.unwrap(args[0])
        inner_callee = sdk.callee_of(inner) if inner is not None and inner.type == "call" else None
        if inner_callee is not None and model.text(inner_callee) == "iter" and inner is not None:
            inner_args = sdk.arguments_of(model, inner)[0]
            source = inner_args[0] if inner_args else None
    if source is None:
        return None
    what = unstable_iterable(model, source)
    if what is None and ctx is not None:
        what = imported_unstable(ctx, source)
    return what if what is not None and not what.startswith("a dict") else None


def int_elements(model: ScriptModel, node: Node, depth: int = 0) -> bool:
    """A set of ints (`range(n)`, `{n % k for n in range(m)}`, `{int(x) for x in xs}`,
    `{len(x) ...}`), or what a set is built from when its items are ints: a parameter
    declared `list[int]`, the result of a task or function of the file declared to
    return one (`-> list[int]`; a task's result is JSON, whose integers come back as
    ints): `hash(n) == n`, so the set iterates the same way in every process."""
    node = sdk.unwrap(node) or node
    if depth > 4:
        return False
    if node.type == "identifier":
        return declared_int_items(model, node, depth)
    if node.type in ("set", "list", "tuple"):
        # `{len(ids), 7}`, `set([2, 4])`: every item an expression of ints
        items = [c for c in node.named_children if c.type != "comment"]
        return bool(items) and all(int_expression(model, item, set()) for item in items)
    if node.type == "call":
        callee = sdk.callee_of(node)
        if callee is None:
            return False
        if model.text(callee) in INT_CALLS:
            return True
        if model.text(callee) in INT_TUPLE_CALLS:
            # `zip(range(a), range(b))`, `product(...)`, `enumerate(range(n))`: tuples of
            # ints when what they combine gives ints
            args = node.child_by_field_name("arguments")
            given = [c for c in (args.named_children if args else []) if c.type not in NOT_ITEMS]
            if model.text(callee) == "enumerate":
                given = given[:1]
            return bool(given) and all(int_elements(model, g, depth + 1) for g in given)
        if model.text(callee) in ("set", "frozenset"):
            args = node.child_by_field_name("arguments")
            given = [c for c in args.named_children if c.type != "comment"] if args else []
            return len(given) == 1 and int_elements(model, given[0], depth + 1)
        if callee.type == "identifier":
            fn = sdk.bound_value(model, model.text(callee), callee)
            if fn is not None and fn.type == "decorated_definition":
                fn = fn.child_by_field_name("definition")
            if fn is not None and fn.type == "function_definition":
                returns = fn.child_by_field_name("return_type")
                return returns is not None and bool(INT_ITEMS.match(model.text(returns)))
        return False
    if node.type not in ("set_comprehension", "generator_expression", "list_comprehension"):
        return False
    element = node.named_children[0] if node.named_children else None
    ranged: set[str] = set()
    for clause in node.named_children:
        right = clause.child_by_field_name("right") if clause.type == "for_in_clause" else None
        if right is not None and int_elements(model, right, depth + 1):
            # `for n in range(m)`, and each name of `for a, b in pairs` over int pairs
            ranged.update(target_names(model, clause.child_by_field_name("left") or clause))
    return element is not None and int_expression(model, element, ranged)


def target_names(model: ScriptModel, target: Node) -> list[str]:
    """The names a `for` target binds: `n`, or each name of `a, (b, c)`."""
    if target.type == "identifier":
        return [model.text(target)]
    if target.type in ("pattern_list", "tuple_pattern", "list_pattern", "parenthesized_expression"):
        return [name for child in target.named_children for name in target_names(model, child)]
    return []


# A collection annotation whose items are ints, or tuples of ints (hashed from their
# items: the same in every process): `list[int]`, `Sequence[int]`, `tuple[int, ...]`,
# `set[int]`, `list[tuple[int, int]]`.
_INT_ITEM = r"(int|(typing\.)?(tuple|Tuple)\[\s*int\s*((,\s*int\s*)*|,\s*\.\.\.\s*)\])"
INT_ITEMS = re.compile(
    r"^(typing\.|collections\.abc\.)?(list|List|set|Set|frozenset|FrozenSet|tuple|Tuple"
    r"|Sequence|Iterable|Collection|AbstractSet)\[\s*" + _INT_ITEM + r"\s*(,\s*\.\.\.\s*)?\]$"
)


def declared_int_items(model: ScriptModel, name: Node, depth: int) -> bool:
    """`name` holds ints as items: bound once to such a value, or a parameter declared
    so (`batch_numbers: list[int]`)."""
    semantic = model.semantic
    if semantic is None:
        return False
    binding = semantic.lookup(model.text(name), semantic.scope_at(name))
    if binding is None or binding.rebound:
        return False
    if binding.kind == BindingKind.ASSIGNMENT and binding.value is not None and not binding.member:
        return int_elements(model, binding.value, depth + 1)
    if binding.kind == BindingKind.PARAMETER:
        holder: Node | None = binding.node
        if holder is not None and holder.type == "identifier":
            holder = model.parent_of(holder)
        annotation = holder.child_by_field_name("type") if holder is not None else None
        return annotation is not None and bool(INT_ITEMS.match(model.text(annotation)))
    return False


def int_expression(model: ScriptModel, node: Node, ints: set[str]) -> bool:
    """An expression of ints: literals, names known to hold ints, `int(...)` /
    `len(...)`, and arithmetic (`%`, `+`, `*`, `//`, `-`) on those; and a tuple of
    such expressions (CPython hashes a tuple from its items' hashes, so `(aisle, bay)`
    of ints hashes the same in every process; a str or `None` among them does not)."""
    node = sdk.unwrap(node) or node
    if node.type in ("integer", "true", "false"):
        return True
    if node.type == "tuple":
        items = [c for c in node.named_children if c.type != "comment"]
        return bool(items) and all(int_expression(model, item, ints) for item in items)
    if node.type == "identifier":
        return model.text(node) in ints or int_constant(model, node)
    if node.type == "call":
        callee = sdk.callee_of(node)
        return callee is not None and model.text(callee) in ("int", "len")
    if node.type == "attribute":
        # `Line.RED` of `class Line(IntEnum)`: an int, hashed as its value
        member = sdk.enum_member(model, node)
        return member is not None and member.is_int
    if node.type == "binary_operator":
        op = node.child_by_field_name("operator")
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        return (
            op is not None
            and model.text(op) in ("%", "+", "-", "*", "//")
            and left is not None
            and right is not None
            and int_expression(model, left, ints)
            # `n % k`: a name on the right gives a number too (but `n * s` repeats a str)
            and (
                int_expression(model, right, ints)
                or (right.type == "identifier" and model.text(op) != "*")
            )
        )
    return False


def int_constant(model: ScriptModel, name: Node) -> bool:
    """A name bound once to an integer literal (`CABINETS_PER_SHOP = 4`)."""
    semantic = model.semantic
    if semantic is None:
        return False
    binding = semantic.lookup(model.text(name), semantic.scope_at(name))
    value = binding.assigned_value if binding is not None else None
    return value is not None and value.type == "integer"


INT_CALLS = {"range"}
# Calls whose items are tuples of the items of their arguments (for `enumerate`, of an
# int count and its first argument's items).
INT_TUPLE_CALLS = {"zip", "itertools.product", "product", "enumerate"}
NOT_ITEMS = ("keyword_argument", "comment")
ITERATING_ALL = {
    "zip",
    "itertools.chain",
    "chain",
    "itertools.product",
    "product",
    "itertools.zip_longest",
    "zip_longest",
}
MAPPING = {
    "map",
    "filter",
    *(
        f"{prefix}{name}"
        for prefix in ("itertools.", "")
        for name in ("starmap", "filterfalse", "takewhile", "dropwhile")
    ),
}
# Dicts whose keys come in the order of the iterable they are built from.
DICT_BUILDERS = {
    "dict",
    "dict.fromkeys",
    "OrderedDict.fromkeys",
    "collections.OrderedDict.fromkeys",
    "Counter",
    "collections.Counter",
    "OrderedDict",
    "collections.OrderedDict",
}
DICT_VIEWS = {"keys", "values", "items", "most_common"}


SET_ANNOTATION = re.compile(r"^(typing\.)?(set|frozenset|Set|FrozenSet|AbstractSet)\b")


def returned_set(model: ScriptModel, callee: Node, depth: int) -> str | None:
    """`unique_users(xs)`: a function of the file declared to return a set, or whose
    every `return` gives one."""
    fn = sdk.bound_value(model, model.text(callee), callee)
    if fn is None:
        return None
    return set_returned_by(model, fn, f"{model.text(callee)}`", depth)


def set_returned_by(model: ScriptModel, fn: Node, named: str, depth: int) -> str | None:
    """What a function of `model` (`fn`, its definition) declares or every `return` of it
    gives, when that is an iterable of unstable order; `named` names it in the message
    (`` `name` `` and, for another module's, ``of <file>``)."""
    if fn.type != "function_definition":
        return None  # a decorated one may return what its decorator makes of it
    annotation = fn.child_by_field_name("return_type")
    if annotation is not None and SET_ANNOTATION.match(model.text(annotation)):
        return f"a set (returned by `{named})"
    body = fn.child_by_field_name("body")
    yielded = yielded_order(model, fn, body, depth)
    if yielded is not None:
        return f"{yielded} (yielded by `{named})"
    values = [
        r.named_children[0]
        for r in sdk.nodes_of_kinds(model, ("return_statement",), body)
        if r.named_children and next(sdk.enclosing_functions(model, r), None) == fn
    ]
    found = [unstable_iterable(model, v, depth + 1) for v in values]
    if found and all(found):
        return f"{found[0]} (returned by `{named})"
    return None


def yielded_order(model: ScriptModel, fn: Node, body: Node | None, depth: int) -> str | None:
    """A generator function of the file (`yield` in its own body) whose every `yield`
    gives the items of an iterable of unstable order in that order: `yield from s`, or
    `yield` inside a `for` loop of the function over `s` (the loop's own items, in its
    order). Calling it gives a generator in the set's order."""
    if body is None:
        return None
    yields = [
        y
        for y in sdk.nodes_of_kinds(model, ("yield",), body)
        if next(sdk.enclosing_functions(model, y), None) == fn
    ]
    if not yields:
        return None
    found: list[str | None] = []
    for y in yields:
        if any(c.type == "from" for c in y.children):
            source = y.named_children[0] if y.named_children else None
            found.append(unstable_iterable(model, source, depth + 1) if source else None)
            continue
        loop = y.parent
        while loop is not None and loop != fn and loop.type != "for_statement":
            loop = loop.parent
        right = loop.child_by_field_name("right") if loop is not None and loop != fn else None
        found.append(unstable_iterable(model, right, depth + 1) if right is not None else None)
    if all(found):
        return found[0]
    return None
