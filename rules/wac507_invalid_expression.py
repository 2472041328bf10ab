"""WAC507: a flow's JavaScript expression that does not parse."""

from __future__ import annotations

from wac_lint.rule import Rule, RuleContext, code_span, flow
from wac_lint.source import LANG_FLOW


class InvalidExpression(Rule):
    code = "WAC507"
    name = "invalid-expression"
    summary = "a JavaScript expression of the flow that does not parse"
    message = "Fix the JavaScript syntax of the expression"
    languages = (LANG_FLOW,)
    wac_only = False
    docs = """
## What it does
Parses every JavaScript expression of the flow (the `expr` of `javascript`
input transforms, loop `iterator`s, branch conditions, `skip_if`,
`stop_after_if`, `stop_after_all_iters_if`, `retry_if`, `sleep`, `timeout`,
the flow's `skip_expr`) with tree-sitter's JavaScript grammar, both as a
script and as a parenthesised expression (for object literals), and reports
the first syntax error of those that parse neither way.

## Why is this bad
Windmill evaluates the expression when the step is about to run; a syntax
error then fails the step (and the flow), after every earlier step has run.

## Example
```yaml
input_transforms:
  total: {type: javascript, expr: "results.fetch.rows.length +"}
```

## Use instead
```yaml
input_transforms:
  total: {type: javascript, expr: "results.fetch.rows.length + 1"}
```
"""
    VALID = [
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: fetch\n      value: {type: identity}\n"
            "    - id: total\n"
            "      value:\n"
            "        type: script\n"
            "        path: f/x/total\n"
            "        input_transforms:\n"
            "          rows: {type: javascript, expr: '{count: results.fetch.length, ok: true}'}\n"
            "          n: {type: javascript, expr: 'results.fetch.map((r) => r.id)'}\n"
        ),
    ]
    INVALID = [
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: fetch\n      value: {type: identity}\n"
            "    - id: total\n"
            "      skip_if:\n"
            "        expr: «results.fetch.length ===»\n"
            "      value: {type: identity}\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        from wac_lint.flows.query import offset_span, parsed  # flows load only when one is checked

        model = ctx.flow
        for expr in model.expressions:
            result = parsed(expr)
            if result.ok:
                continue
            if not expr.text.strip():
                ctx.report(model.span(expr.node), f"the {expr.role.value} expression is empty")
                continue
            at = result.error_at if result.error_at is not None else 0
            end = at + max(len(result.error_text), 1)
            near = result.error_text.strip()
            detail = f" near {code_span(near)}" if near else ""
            ctx.report(
                offset_span(model, expr, at, min(end, len(expr.text))),
                f"the {expr.role.value} expression does not parse as JavaScript{detail}: "
                "the step fails when Windmill evaluates it",
            )
