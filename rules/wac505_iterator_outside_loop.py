"""WAC505: `flow_input.iter` where no loop iteration exists."""

from __future__ import annotations

from wac_lint.rule import Rule, RuleContext, flow
from wac_lint.source import LANG_FLOW


class IteratorOutsideLoop(Rule):
    code = "WAC505"
    name = "iterator-outside-loop"
    summary = "`flow_input.iter` used outside a loop's modules"
    message = "Use `flow_input.iter` only inside a loop's modules"
    languages = (LANG_FLOW,)
    wac_only = False
    docs = """
## What it does
Finds `flow_input.iter` (`.value`, `.index`) in an expression that is not
evaluated inside a `forloopflow`'s (or `whileloopflow`'s) modules: a
top-level step, the failure or preprocessor module, the loop's own
`iterator` (evaluated once, before the first iteration), or the loop's other
options (`parallelism`, `timeout`, `skip_if`, `stop_after_all_iters_if`), which
are read around its iterations, not in one.

## Why is this bad
`flow_input.iter.value` and `flow_input.iter.index` exist only for the steps
of a loop, once per iteration (Windmill's flow guide). Elsewhere `iter` is
undefined and reading `.value` fails.

## Example
```yaml
value:
  modules:
    - id: notify
      value:
        type: script
        path: f/ops/notify
        input_transforms:
          who: {type: javascript, expr: flow_input.iter.value}
```

## Use instead
Put the step inside the loop's `modules`, or read the list from
`flow_input.<name>` / `results.<id>`.
"""
    VALID = [
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: loop\n"
            "      value:\n"
            "        type: forloopflow\n"
            "        skip_failures: true\n"
            "        iterator: {type: javascript, expr: flow_input.users}\n"
            "        modules:\n"
            "          - id: notify\n"
            "            value:\n"
            "              type: script\n"
            "              path: f/ops/notify\n"
            "              input_transforms:\n"
            "                who: {type: javascript, expr: flow_input.iter.value}\n"
        ),
    ]
    INVALID = [
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: notify\n"
            "      value:\n"
            "        type: script\n"
            "        path: f/ops/notify\n"
            "        input_transforms:\n"
            "          who: {type: javascript, expr: «flow_input.iter».value}\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        # flows load only when one is checked
        from wac_lint.flows.expressions import RefKind
        from wac_lint.flows.model import ExprRole
        from wac_lint.flows.query import enclosing_loop, ref_span, references

        model = ctx.flow
        for expr, ref in references(model, RefKind.ITER):
            if enclosing_loop(expr.module) is not None:
                continue
            module = expr.module
            if expr.role is ExprRole.ITERATOR:
                where = "the loop's own iterator is evaluated before any iteration"
            elif module is not None and module.kind is not None and module.kind.is_loop:
                # the loop's own options (`parallelism`, `timeout`, `skip_if`,
                # `stop_after_all_iters_if`) are read around its iterations, not in one
                where = f"the loop's own `{_option(expr.path)}` is evaluated outside its iterations"
            else:
                where = "this step is not inside a loop"
            ctx.report(
                ref_span(model, expr, ref),
                f"`flow_input.iter` exists only inside a loop's modules; {where}",
            )


def _option(path: str) -> str:
    """The option an expression's path names (`...parallelism`, `...skip_if.expr`)."""
    parts = [p for p in path.split(".") if p not in ("expr", "value")]
    return parts[-1] if parts else path
