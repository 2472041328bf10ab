"""WAC006: code that calls `main`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from wac_lint.model import CLIENT_API_CONCEPTS, Span
from wac_lint.rule import WARNING, Rule, RuleContext, code_span, py, ts
from wac_lint.rules import _sdk_calls
from wac_lint.semantic.scopes import BindingKind
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT

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
not call `main`. Only WAC scripts (with a workflow or WAC calls) are checked: a
plain script calling only `get_resume_urls()` / `getResumeUrls()` (the approval step
of an OpenFlow flow) is not one.

Also the workflow `main` of another script of the workspace, imported and called
(`from f.fleet.rebalance import main as rebalance`, `import { main as rebalance }
from "./rebalance.ts"`, `rb.main(...)` of a module imported whole), a warning: it
runs that workflow's body inside this one, its tasks keyed after this one's, not as
a run of its own (with its own inputs, history and failure); dispatch it with
`task_script` / `taskScript`.

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
        py(
            "import wmill\n\ndef main(approver: str = ''):\n"
            "    return wmill.get_resume_urls(approver or None)\n\n"
            'if __name__ == "__main__":\n    print(main())\n'
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
        if not ctx.model.workflows and all(
            ref.concept in CLIENT_API_CONCEPTS for ref in ctx.model.references
        ):
            # a plain script that only uses the client API (an OpenFlow approval step
            # calling `get_resume_urls()` included) may call its main
            return
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
        self.check_imported_mains(ctx)

    def check_imported_mains(self, ctx: RuleContext) -> None:
        """`rebalance(region)` of `from f.fleet.rebalance import main as rebalance` where
        that script's `main` is a workflow: its body runs inline, in this workflow."""
        model, workspace = ctx.model, ctx.workspace
        semantic = model.semantic
        if workspace is None or semantic is None or b"main" not in model.source.data:
            return
        from wac_lint.languages.base import load
        from wac_lint.workspace.helper_imports import HelperImports

        imports: HelperImports = load(model.lang.helper_imports_target)
        factory = _TASK_SCRIPT.get(model.source.language, "task_script")
        for call in _sdk_calls.call_nodes(model):
            callee = _sdk_calls.unwrap(_sdk_calls.callee_of(call))
            if callee is None:
                continue
            ref = None
            if callee.type == "identifier":
                binding = semantic.resolve(callee)
                if binding is None or binding.kind != BindingKind.IMPORT:
                    continue
                if binding.imported_name != "main" or binding.name == "main" or not binding.module:
                    continue
                ref = imports.of_name(
                    binding.module, "main", workspace.file, workspace.project, workspace.consulted
                )
            elif callee.type in ("attribute", "member_expression"):
                obj = callee.child_by_field_name("object")
                attr = callee.child_by_field_name("attribute") or callee.child_by_field_name(
                    "property"
                )
                if obj is None or attr is None or obj.type != "identifier":
                    continue
                if model.text(attr) != "main":
                    continue
                binding = semantic.resolve(obj)
                if binding is None or binding.kind != BindingKind.IMPORT or not binding.module:
                    continue
                ref = imports.of_member(
                    binding, "main", workspace.file, workspace.project, workspace.consulted
                )
            if ref is None or ref.function != "main" or ref.file == workspace.file:
                continue
            workspace.consulted.add(ref.file)
            try:
                stat = ref.file.stat()
            except OSError:
                continue
            if not _is_workflow_script(str(ref.file), (stat.st_size, stat.st_mtime_ns)):
                continue
            shown = workspace.shown(ref.file)
            path = shown.rsplit(".", 1)[0]
            ctx.report(
                Span.of(call),
                f"{code_span(model.code(callee))} is the workflow `main` of {shown}: calling "
                "it runs that workflow's body inside this one (its tasks keyed after this "
                "one's), not as a run of its own, and the guide says not to call `main`; "
                f'dispatch it with `{factory}("{path}")`',
                severity=WARNING,
            )


# how each language dispatches a script of the workspace, for the advice
_TASK_SCRIPT = {LANG_PYTHON: "task_script", LANG_TYPESCRIPT: "taskScript"}


@lru_cache(maxsize=256)
def _is_workflow_script(file: str, _key: tuple[int, int]) -> bool:
    """Is the script's `main` a WAC workflow?"""
    from wac_lint.engine import InputError, read_source
    from wac_lint.frontends import build_model

    data = Path(file).read_bytes() if Path(file).is_file() else b""
    if b"workflow" not in data:
        return False
    try:
        model = build_model(read_source(file))
    except (InputError, RecursionError):
        return False
    return any(
        w.binding_name == "main" or (w.function is not None and w.function.name == "main")
        for w in model.workflows
    )
