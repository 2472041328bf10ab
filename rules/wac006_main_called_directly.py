"""WAC006: code that calls `main`."""

from __future__ import annotations

from wac_lint.rule import Rule, RuleContext, py, ts

RECURSION = (
    "`main` calls itself: the call runs inside the same workflow (its tasks are keyed "
    "after the caller's), not as a new run, and the guide says not to call `main`; "
    "loop in the body or move the repeated part into a helper the workflow awaits"
)


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
top after every suspension. An unguarded call to `main` at module level runs
the workflow again at import, on every replay, outside the workflow context.
Under `if __name__ == "__main__":` the call does not run on Windmill, but running
the file by hand executes the workflow without checkpoints: the SDK runs tasks
in place, and `task_script`, `task_flow` and `wait_for_approval` raise, so the
local run says little about the deployed one. The guide's rule is plain: do
not call `main`. Only WAC scripts (with a workflow or WAC calls) are checked.

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
        py(
            "import wmill\n\ndef main():\n    return wmill.get_variable('u/me/x')\n\n"
            'if __name__ == "__main__":\n    main()\n'
        ),
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
        if not ctx.model.workflows and not ctx.model.references:
            return  # a plain script that only uses the client API may call its main
        # where `workflow(func)` only marks `func`, a call of it inside the workflow
        # awaits it as a plain coroutine (windmill-client's wrapper is not read)
        marks_only = ctx.model.lang.workflow_returns_function
        bodies = [
            w.function.node
            for w in ctx.model.workflows
            if marks_only and w.function is not None and w.function.node is not None
        ]
        for span in ctx.model.main_calls:
            inside = any(b.start_byte <= span.start_byte < b.end_byte for b in bodies)
            # `return await main(page["next"])` in the workflow itself: it runs in the
            # same workflow (its tasks keyed after the caller's), not as a new one
            ctx.report(span, RECURSION if inside else None)
