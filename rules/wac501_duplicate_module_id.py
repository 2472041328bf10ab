"""WAC501: two modules of one flow share an id."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wac_lint.rule import Rule, RuleContext, flow
from wac_lint.source import LANG_FLOW

if TYPE_CHECKING:
    from wac_lint.flows.model import FlowModule


class DuplicateModuleId(Rule):
    code = "WAC501"
    name = "duplicate-module-id"
    summary = "two modules with the same `id` anywhere in the flow"
    message = "Give every module of the flow its own id"
    languages = (LANG_FLOW,)
    wac_only = False
    docs = """
## What it does
Finds a module `id` used a second time anywhere in the flow: at the top level,
inside loops and branches, among an AI agent's tools, or as the failure or
preprocessor module. The second one is reported, with the line of the first.

## Why is this bad
Ids must be unique across the entire flow (Windmill's flow guide): results are
stored and read by id, so `results.<id>` can name only one of the steps and
the other's result is lost or read in its place.

## Example
```yaml
value:
  modules:
    - id: fetch
      value: {type: identity}
    - id: loop
      value:
        type: forloopflow
        iterator: {type: javascript, expr: results.fetch}
        skip_failures: false
        modules:
          - id: fetch
            value: {type: identity}
```

## Use instead
```yaml
        modules:
          - id: fetch_item
            value: {type: identity}
```
"""
    VALID = [
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: fetch\n      value: {type: identity}\n"
            "    - id: fetch_item\n      value: {type: identity}\n"
        ),
    ]
    INVALID = [
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: fetch\n      value: {type: identity}\n"
            "    - id: loop\n"
            "      value:\n"
            "        type: forloopflow\n"
            "        iterator: {type: javascript, expr: results.fetch}\n"
            "        skip_failures: false\n"
            "        modules:\n"
            "          - id: «fetch»\n"
            "            value: {type: identity}\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        model = ctx.flow
        first: dict[str, FlowModule] = {}
        for module in model.modules:
            if module.id is None or module.id_node is None:
                continue
            seen = first.get(module.id)
            if seen is None:
                first[module.id] = module
                continue
            ctx.report(
                model.span(module.id_node),
                f"module id `{module.id}` is already used on line {seen.anchor.start[0] + 1}: "
                f"`results.{module.id}` can name only one step",
            )
