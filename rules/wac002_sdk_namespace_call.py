"""WAC002: a WAC name reached through the SDK module."""

from __future__ import annotations

from wac_lint.model import BindingKind
from wac_lint.rule import Rule, RuleContext, py, ts


class SdkNamespaceCall(Rule):
    code = "WAC002"
    name = "sdk-namespace-call"
    summary = "A WAC name is used through the module (`wmill.task`), which Windmill does not detect"
    message = "Import the WAC name from the SDK and use it directly"
    docs = """
## What it does
Finds WAC primitives reached through the SDK module: `@wmill.workflow`,
`wmill.task(...)`, or `import * as wmill from "windmill-client"` followed by
`wmill.workflow(...)`.

## Why is this bad
Windmill's parser looks for the bare names. Through the module, the code still
runs, but Windmill does not detect the workflow or its tasks: no diagram, and
the script is not treated as a workflow.

## Example
```python
import wmill

@wmill.workflow
async def main():
    ...
```

## Use instead
```python
from wmill import workflow

@workflow
async def main():
    ...
```
"""
    VALID = [
        py("import wmill\nfrom wmill import workflow\n\nx = wmill.get_variable\n"),
        ts('import * as wmill from "windmill-client";\nconst v = wmill.getVariable;\n'),
    ]
    INVALID = [
        py("import wmill\n\n@«wmill.workflow»\nasync def main():\n    return 1\n"),
        py('import wmill as w\n\nextract = «w.task_script»("f/x/extract")\n'),
        ts(
            'import * as wmill from "windmill-client";\n'
            "export const main = «wmill.workflow»(async () => 1);\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        for ref in ctx.model.references:
            if ref.kind is BindingKind.NAMESPACE:
                text = ctx.model.text(ref.span)
                ctx.report(
                    ref.span,
                    f"`{text}` reaches `{ref.sdk_name}` through the module: Windmill does not "
                    f"detect it; import `{ref.sdk_name}` by name and use it directly",
                )
