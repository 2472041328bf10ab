"""Timers raced against durable calls (TypeScript): `Promise.race([t(x), timer(ms)])`
and helpers of the file that race their parameter against a timer. Shared by the rules
that say what such a race does (WAC108) and what it does not (WAC101: nothing waits)."""

from __future__ import annotations

from wac_lint.model import ScriptModel
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._sdk_calls import Node

# What makes a race entrant a timer, as spelled or as the name resolves
# (`import { setTimeout as delay } from "node:timers/promises"`: `delay(ms, v)`).
TS_TIMERS = frozenset(
    {
        "setTimeout",
        "Bun.sleep",
        "scheduler.wait",
        "timers/promises.setTimeout",
        "timers/promises.scheduler.wait",
        "bun.sleep",
    }
)
# A signal its own timer aborts: a timer where a promise is settled by its `abort`
# event (`new Promise((_, reject) => signal.addEventListener("abort", ...))`).
TS_TIMER_SIGNALS = frozenset({"AbortSignal.timeout"})


def ts_parameter_names(model: ScriptModel, fn: Node) -> list[str]:
    params = fn.child_by_field_name("parameters")
    names: list[str] = []
    if params is None:
        single = fn.child_by_field_name("parameter")  # `p => ...`
        return [model.text(single)] if single is not None else []
    for p in params.named_children:
        pattern = p.child_by_field_name("pattern")
        if pattern is None or pattern.type != "identifier":
            break
        names.append(model.text(pattern))
    return names


def races_against_timer(model: ScriptModel, helper: Node, param: str) -> bool:
    """The helper returns `Promise.race([param, timer])`."""
    for inner in sdk.call_nodes(model, helper):
        callee = sdk.callee_of(inner)
        if callee is None or model.text(callee) != "Promise.race":
            continue
        args, _, _ = sdk.arguments_of(model, inner)
        entrants = sdk.unwrap(args[0]) if args else None
        if entrants is None or entrants.type != "array":
            continue
        members = [m for m in entrants.named_children if m.type != "comment"]
        mine = [m for m in members if m.type == "identifier" and model.text(m) == param]
        others = [m for m in members if m not in mine]
        if len(mine) == 1 and others and all(is_timer(model, m) for m in others):
            return True
    return False


def is_timer(model: ScriptModel, node: Node) -> bool:
    """A promise a timer settles: `new Promise((r) => setTimeout(r, ms))`, a call of a
    function of the file that makes one, `Bun.sleep(ms)`, `setTimeout(ms)` of
    `timers/promises`."""
    node = sdk.unwrap(node) or node
    if mentions_timer(model, node):
        return True
    if node.type == "call_expression":
        fn = sdk.function_named(model, sdk.callee_of(node))
        return fn is not None and mentions_timer(model, fn)
    return False


def mentions_timer(model: ScriptModel, node: Node) -> bool:
    """A timer call at or below `node` (`call_nodes` includes `node` itself), or a
    timer signal (`AbortSignal.timeout(ms)`) where a promise is built there too."""
    signal = False
    for c in sdk.call_nodes(model, node):
        callee = sdk.callee_of(c) or c
        names = {model.text(callee)}
        if model.semantic is not None and resolvable(model, callee):
            names.add(model.semantic.qualified_name(callee) or "")
        if names & TS_TIMERS:
            return True
        signal = signal or bool(names & TS_TIMER_SIGNALS)
    return signal and builds_promise(model, node)


# The last names of the timers: a member call is resolved only when it ends with one
TIMER_METHODS = frozenset(
    name.rpartition(".")[2] for name in TS_TIMERS | TS_TIMER_SIGNALS if "." in name
)


def resolvable(model: ScriptModel, callee: Node) -> bool:
    """A callee worth resolving: a bare name (an imported timer under another name,
    `delay`), or a member spelled like a timer's (`timers.setTimeout`)."""
    if callee.type == "identifier":
        return True
    if callee.type != "member_expression":
        return False
    prop = callee.child_by_field_name("property")
    return prop is not None and model.text(prop) in TIMER_METHODS


def builds_promise(model: ScriptModel, node: Node) -> bool:
    """`new Promise(...)` at or below `node`."""
    for built in sdk.nodes_in(model, "new_expression", node):
        constructor = built.child_by_field_name("constructor")
        if constructor is not None and model.text(constructor) == "Promise":
            return True
    return False
