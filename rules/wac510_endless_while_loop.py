"""WAC510: a `whileloopflow` that nothing stops."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wac_lint.rule import Rule, RuleContext, flow
from wac_lint.source import LANG_FLOW

if TYPE_CHECKING:
    from wac_lint.flows.model import FlowModule


class EndlessWhileLoop(Rule):
    code = "WAC510"
    name = "endless-while-loop"
    summary = "a `whileloopflow` with no `stop_after_if` on itself or on a step of its body"
    message = "Give the while loop a `stop_after_if`"
    languages = (LANG_FLOW,)
    wac_only = False
    docs = """
## What it does
Finds a `whileloopflow` that has no way to end: no `stop_after_if` on the loop
module, none on a step of its body (at any depth of its branches, but not
inside a nested loop, whose stop only ends that loop), and no
`continue_on_error: true` on the loop that would let a failing iteration end it
while the flow goes on. A `stop_after_all_iters_if` does not count: it is
evaluated once the loop has finished.

A loop whose every stop condition is a comparison that can never hold is
reported too, on the condition: a field every `return` of the step gives as a
boolean or a number compared with a string (`result.finished == 'true'`,
`result.done === 'yes'`; JavaScript's `==` compares them as numbers, and
`'true'` is NaN), so the loop runs as if it had none.

## Why is this bad
A while loop "executes nested modules repeatedly until stopped" (the OpenFlow
schema): Windmill's flow runner (windmill-worker `worker_flow.rs`) pushes the
next iteration after each one for as long as no stop condition holds, with no
limit of its own. Without one the loop runs until one of its steps fails,
which fails the flow, or, with `skip_failures: true`, forever.

## Example
```yaml
- id: poll
  value:
    type: whileloopflow
    skip_failures: false
    modules:
      - id: check
        value:
          type: script
          path: f/ops/check_export
          input_transforms: {}
```

## Use instead
```yaml
- id: poll
  value:
    type: whileloopflow
    skip_failures: false
    modules:
      - id: check
        value:
          type: script
          path: f/ops/check_export
          input_transforms: {}
  stop_after_if:
    expr: result.ready
```
"""
    VALID = [
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: poll\n"
            "      value:\n"
            "        type: whileloopflow\n"
            "        skip_failures: false\n"
            "        modules:\n"
            "          - id: check\n"
            "            value: {type: script, path: f/ops/check, input_transforms: {}}\n"
            "            stop_after_if: {expr: result.ready}\n"
        ),
    ]
    INVALID = [
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: «poll»\n"
            "      value:\n"
            "        type: whileloopflow\n"
            "        skip_failures: false\n"
            "        modules:\n"
            "          - id: check\n"
            "            value: {type: script, path: f/ops/check, input_transforms: {}}\n"
        ),
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: «poll»\n"
            "      value:\n"
            "        type: whileloopflow\n"
            "        skip_failures: true\n"
            "        modules:\n"
            "          - id: check\n"
            "            value: {type: script, path: f/ops/check, input_transforms: {}}\n"
            "      stop_after_all_iters_if: {expr: 'true'}\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        from wac_lint.flows.model import ModuleKind
        from wac_lint.flows.query import offset_span
        from wac_lint.flows.scope import constant_loop_stops

        model = ctx.flow
        for module in model.modules:
            if module.kind is not ModuleKind.WHILELOOP:
                continue
            if _can_stop(module):
                name = f"`{module.id}`" if module.id else "this while loop"
                stops = constant_loop_stops(model, module)
                which = (
                    "this is its only `stop_after_if` condition"
                    if len(stops) == 1
                    else "none of its `stop_after_if` conditions ever holds, this one included"
                )
                for expr, reason in stops:
                    ctx.report(
                        offset_span(model, expr, 0, len(expr.text.rstrip())),
                        f"while loop {name} never ends: {which}, and it never holds: {reason}",
                    )
                continue
            value = module.value
            skip = value.get("skip_failures") if value is not None and value.is_map else None
            name = f"`{module.id}`" if module.id else "this while loop"
            if skip is not None and skip.value() is True:
                outcome = "forever: with `skip_failures: true` not even a failed iteration ends it"
            else:
                outcome = "until one of its steps fails, which fails the flow"
            nested = _nested_loop_stop(module)
            aside = (
                f" (the one on `{nested[0].id}` stops only the nested loop `{nested[1].id}`)"
                if nested is not None and nested[0].id and nested[1].id
                else ""
            )
            ctx.report(
                model.key_span(module.anchor),
                f"while loop {name} has no `stop_after_if`, on itself or on a step of its "
                f"body{aside}: nothing ends it, so it runs {outcome}",
            )


def _can_stop(loop: FlowModule) -> bool:
    """A stop the runner honours for this loop: its own `stop_after_if`, one on a
    step of its body outside nested loops (the iteration stops early, which breaks
    the loop), or `continue_on_error` (a failed iteration ends the loop, the flow
    goes on)."""
    if loop.node.get("stop_after_if") is not None:
        return True
    keep_going = loop.node.get("continue_on_error")
    if keep_going is not None and keep_going.value() is True:
        return True
    stack = [m for block in loop.blocks for m in block.modules]
    while stack:
        module = stack.pop()
        if module.node.get("stop_after_if") is not None:
            return True
        if module.kind is not None and module.kind.is_loop:
            continue  # its stop ends only that loop
        stack.extend(m for block in module.blocks for m in block.modules)
    return False


def _nested_loop_stop(loop: FlowModule) -> tuple[FlowModule, FlowModule] | None:
    """The first step with a `stop_after_if` inside a loop nested in `loop`'s body, and
    that nested loop: a stop that looks like the while loop's, but is not."""
    stack: list[tuple[FlowModule, FlowModule | None]] = [
        (m, None) for block in loop.blocks for m in reversed(block.modules)
    ]
    while stack:
        module, holder = stack.pop()
        if holder is not None and module.node.get("stop_after_if") is not None:
            return module, holder
        inner = module if module.kind is not None and module.kind.is_loop else holder
        stack.extend((m, inner) for block in module.blocks for m in reversed(block.modules))
    return None
