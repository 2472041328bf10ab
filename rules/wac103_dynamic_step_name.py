"""WAC103: a step name (or approval key) computed at run time."""

from __future__ import annotations

from wac_lint.model import Span
from wac_lint.rule import Rule, RuleContext, code_span, py, ts


class DynamicStepName(Rule):
    code = "WAC103"
    name = "dynamic-step-name"
    summary = "`step(...)` is given a name that is not a plain string literal"
    message = "Give the step a constant string literal as its name"
    docs = """
## What it does
Finds `step(name, fn)` calls whose name is not a plain string literal: an
f-string, a template literal with `${...}`, a concatenation, `.format(...)`, a
variable. Likewise a `wait_for_approval(key=...)` / `waitForApproval({ key })`
whose key is computed.

## Why is this bad
The SDK derives each checkpoint key from the step's name (`name`, then
`name_2`, `name_3` for repeats). A name computed from data can differ between
replays, so a completed step is not found in the checkpoint and runs again, or
a different step's result is returned. Windmill's diagram labels such steps
just "step". Repeating a literal name in a loop is fine: the SDK numbers the
repeats. A duplicate approval key is an error in the SDK.

## Example
```python
for item in items:
    await step(f"fetch_{item}", lambda: load(item))
```

## Use instead
```python
for item in items:
    await step("fetch_item", lambda: load(item))
```
"""
    VALID = [
        py(
            "from wmill import step, workflow\n\n@workflow\nasync def main(items: list[str]):\n"
            "    for item in items:\n"
            '        await step("fetch_item", lambda: item.upper())\n'
        ),
        ts(
            'import { step, waitForApproval, workflow } from "windmill-client";\n'
            "export const main = workflow(async () => {\n"
            '  await step("started_at", () => Date.now());\n'
            "  await step(`plain`, () => 1);\n"
            '  return await waitForApproval({ key: "manager" });\n});\n'
        ),
    ]
    INVALID = [
        py(
            "from wmill import step, workflow\n\n@workflow\nasync def main(items: list[str]):\n"
            "    for item in items:\n"
            '        await step(«f"fetch_{item}"», lambda: item.upper())\n'
        ),
        py(
            "from wmill import step, workflow\n\n@workflow\nasync def main(x: str):\n"
            '    return await step(«"a" + x», lambda: 1)\n'
        ),
        py(
            "from wmill import wait_for_approval, workflow\n\n@workflow\nasync def main(x: str):\n"
            '    return await wait_for_approval(key=«f"approve_{x}"»)\n'
        ),
        ts(
            'import { step, workflow } from "windmill-client";\n'
            "export const main = workflow(async (id: string) => {\n"
            "  return await step(«`load_${id}`», () => id);\n});\n"
        ),
        ts(
            'import { waitForApproval, workflow } from "windmill-client";\n'
            "export const main = workflow(async (who: string) => {\n"
            "  return await waitForApproval({ key: «who» });\n});\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        for call in ctx.model.durable_calls:
            if call.kind not in ("step", "approval") or call.name_is_literal:
                continue
            node = call.name_node
            what = "step name" if call.kind == "step" else "approval key"
            shown = code_span(ctx.model.text(node)) if node is not None else "(missing)"
            ctx.report(
                Span.of(node) if node is not None else call.span,
                f"The {what} {shown} is computed at run time: checkpoint keys come from "
                "names, so a name that can change between replays breaks replay; "
                "use a constant string literal",
            )
