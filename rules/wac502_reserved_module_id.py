"""WAC502: a reserved or malformed module id."""

from __future__ import annotations

import re

from wac_lint.rule import WARNING, Rule, RuleContext, flow
from wac_lint.source import LANG_FLOW

RESERVED = {
    "failure": "the failure module",
    "preprocessor": "the preprocessor module",
    "Input": "the flow's input",
}
IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
# An AI agent's tool is never read as `results.<id>`: its id is the name the model
# calls it by, which the guide's AgentTool schema says cannot contain spaces.
TOOL_NAME = re.compile(r"[A-Za-z0-9_-]+")


class ReservedModuleId(Rule):
    code = "WAC502"
    name = "reserved-module-id"
    summary = (
        "a module id `failure`, `preprocessor` or `Input` outside its place, a failure / "
        "preprocessor module with another id, or an id that is not an identifier"
    )
    message = "Rename the module"
    languages = (LANG_FLOW,)
    wac_only = False
    docs = """
## What it does
Finds module ids that Windmill reserves (`failure` for the failure module,
`preprocessor` for the preprocessor module, `Input` for the flow's input) used
by an ordinary step; a `failure_module` whose id is not `failure`, a
`preprocessor_module` whose id is not `preprocessor`; and (as a warning) ids
that are not JavaScript identifiers, such as `fetch data` or `fetch-data`.
An AI agent's tool is not read as `results.<id>`: its id is the name the model
calls it by, and only one with a character other than letters, digits, `_`
and `-` (a space, as the guide's AgentTool schema forbids) is reported.

## Why is this bad
The flow guide reserves these ids: an ordinary step named `failure` collides
with the failure handler's result, and the special modules are found by their
ids. An id with a space or a hyphen cannot be written as `results.<id>`
(`results.fetch-data` is a subtraction), so every reference needs
`results["fetch-data"]`.

## Example
```yaml
value:
  modules:
    - id: failure
      value: {type: identity}
  failure_module:
    id: on_error
    value: {type: identity}
```

## Use instead
```yaml
value:
  modules:
    - id: mark_failed
      value: {type: identity}
  failure_module:
    id: failure
    value: {type: identity}
```
"""
    VALID = [
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: mark_failed\n      value: {type: identity}\n"
            "  failure_module:\n    id: failure\n    value: {type: identity}\n"
            "  preprocessor_module:\n    id: preprocessor\n    value: {type: identity}\n"
        ),
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: agent\n"
            "      value:\n"
            "        type: aiagent\n"
            "        input_transforms: {}\n"
            "        tools:\n"
            "          - id: look-up-order\n"
            "            value: {tool_type: flowmodule, type: identity}\n"
        ),
    ]
    INVALID = [
        flow(
            "summary: s\nvalue:\n  modules:\n    - id: «failure»\n      value: {type: identity}\n"
        ),
        flow(
            "summary: s\nvalue:\n  modules: []\n"
            "  failure_module:\n    id: «on_error»\n    value: {type: identity}\n"
        ),
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: «fetch data»\n      value: {type: identity}\n"
        ),
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: agent\n"
            "      value:\n"
            "        type: aiagent\n"
            "        input_transforms: {}\n"
            "        tools:\n"
            "          - id: «look up order»\n"
            "            value: {tool_type: flowmodule, type: identity}\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        from wac_lint.flows.model import BlockKind  # flows load only when one is checked

        special = {BlockKind.FAILURE: "failure", BlockKind.PREPROCESSOR: "preprocessor"}
        model = ctx.flow
        for module in model.modules:
            ident, node = module.id, module.id_node
            if ident is None or node is None:
                continue
            root = module.root_block().kind
            wanted = special.get(root) if module.block.owner is None else None
            if wanted is not None:
                if ident != wanted:
                    ctx.report(
                        model.span(node),
                        f"the {root.value} must have the id `{wanted}`, not `{ident}`",
                    )
                continue
            if module.block.kind is BlockKind.TOOLS:
                if not TOOL_NAME.fullmatch(ident):
                    ctx.report(
                        model.span(node),
                        f"tool id `{ident}` is the name the agent's model calls the tool by, "
                        "and the flow guide's AgentTool schema says it cannot contain spaces; "
                        "use letters, digits, underscores and hyphens",
                        severity=WARNING,
                    )
                continue
            if ident in RESERVED:
                ctx.report(
                    model.span(node),
                    f"`{ident}` is reserved for {RESERVED[ident]}; give this step another id",
                )
            elif not IDENTIFIER.fullmatch(ident):
                ctx.report(
                    model.span(node),
                    f"`{ident}` is not a JavaScript identifier, so `results.{ident}` does not "
                    "read this step's result; use letters, digits and underscores",
                    severity=WARNING,
                )
