"""WAC006: code that calls `main`."""

from __future__ import annotations

from wac_lint.rule import Rule, RuleContext, py, ts


class MainCalledDirectly(Rule):
    code = "WAC006"
    name = "main-called-directly"
    summary = "The script calls `main` itself (e.g. `asyncio.run(main())`)"
    message = (
        "Do not call `main`: Windmill runs the workflow and replays it; remove the call "
        "(test with `wmill script preview`)"
    )
    docs = """
## What it does
Finds calls to `main` in a WAC script, such as
`asyncio.run(main(...))` under `if __name__ == "__main__":` or a bare `main()`
at the end of a TypeScript file.

## Why is this bad
Windmill imports the script and runs the workflow itself, replaying it from the
top after every suspension. A call to `main` in the module runs the workflow
outside that machinery, at import time, on every replay: outside a workflow
context the SDK runs tasks in place and `task_script` / `task_flow` /
`wait_for_approval` raise.

## Example
```python
if __name__ == "__main__":
    asyncio.run(main("test"))
```

## Use instead
Remove the call; run the script locally with `wmill script preview <path>`.
"""
    VALID = [
        py("from wmill import workflow\n\n@workflow\nasync def main(x: str):\n    return x\n"),
        ts(
            'import { workflow } from "windmill-client";\n'
            "export const main = workflow(async (x: string) => x);\n"
        ),
    ]
    INVALID = [
        py(
            "import asyncio\nfrom wmill import workflow\n\n@workflow\nasync def main(x: str):\n"
            '    return x\n\nif __name__ == "__main__":\n    asyncio.run(«main("a")»)\n'
        ),
        ts(
            'import { workflow } from "windmill-client";\n'
            'export const main = workflow(async (x: string) => x);\n«main("a")»;\n'
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        for span in ctx.model.main_calls:
            ctx.report(span)
