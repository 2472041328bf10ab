"""WAC001: a WAC name imported under another name."""

from __future__ import annotations

from wac_lint.model import PARSER_CONCEPTS, BindingKind, SdkBinding
from wac_lint.rule import Fix, Rule, RuleContext, py, ts
from wac_lint.rules._renames import identifier_uses, is_rebound
from wac_lint.semantic.scopes import BindingKind as SemanticKind


class AliasedSdkImport(Rule):
    code = "WAC001"
    name = "aliased-sdk-import"
    summary = "A WAC name is imported under another name, which Windmill's parser does not see"
    message = "Import the WAC name without an alias"
    fix_kind = "fix"
    docs = """
## What it does
Finds WAC names (`workflow`, `task`, `task_script`/`taskScript`, `task_flow`/`taskFlow`,
`step`, `sleep`, `wait_for_approval`/`waitForApproval`: the guide's list) imported from
the SDK under another name. `parallel` and `get_resume_urls`/`getResumeUrls` are not
reported: Windmill's diagram has no node for them even under their own name
(`windmill-oracle dag`), so an alias hides nothing. A module-level rebinding
(`durable = task`, `const { task: t } = wmill`) is the same mistake: at run time
it is the SDK's function, but the parser does not see the new name (windmill-oracle
`dag` draws no step for `@durable()`); no fix is offered for it.

An alias a team's wrapper needs is left alone: `from wmill import sleep as _sleep`
beside the file's own `async def sleep(seconds)` that logs and calls `_sleep`. The
scripts importing that wrapper use it under the SDK's name, which Windmill's parser
reads.

## Why is this bad
Windmill's WAC parser recognises these names literally. With
`from wmill import task as t`, `@t` still runs as a task, but Windmill does not
detect it: the workflow's diagram is empty or incomplete and the UI shows the
script as a plain script.

## Example
```python
from wmill import task as t, workflow
```

## Use instead
```python
from wmill import task, workflow
```

The fix drops the alias and renames its uses, when the exact name is free in
the file and the alias is never re-bound (otherwise it offers no fix).
"""
    VALID = [
        py("from wmill import task, workflow\n"),
        py("from other_lib import task as t\nfrom wmill import workflow\n"),
        ts('import { task, workflow } from "windmill-client";\n'),
        ts('import * as wmill from "windmill-client";\nconst { task, workflow } = wmill;\n'),
        py("from wmill import parallel, workflow\nfan_out = parallel\n"),
    ]
    INVALID = [
        py("from wmill import task, workflow\n«durable» = task\n"),
        ts('import * as wmill from "windmill-client";\nconst { task: «t», workflow } = wmill;\n'),
        py("from wmill import «task as t», workflow\n"),
        py("from wmill import workflow as wf, «step as checkpoint»\n"),
        ts('import { «task as t», workflow } from "windmill-client";\n'),
    ]

    def check(self, ctx: RuleContext) -> None:
        for binding in ctx.model.bindings:
            if binding.kind is BindingKind.REBOUND and binding.concept in PARSER_CONCEPTS:
                ctx.report(
                    binding.span,
                    f"`{binding.local_name}` is another name for `{binding.sdk_name}`: "
                    "Windmill's parser only recognises the exact name; use "
                    f"`{binding.sdk_name}` itself",
                )
                continue
            if binding.kind is BindingKind.ALIASED and binding.concept in PARSER_CONCEPTS:
                if _own_wrapper(ctx, binding.sdk_name, binding.local_name):
                    # `from wmill import sleep as _sleep` beside the file's own `async
                    # def sleep(seconds): log(...); await _sleep(seconds)` (or `sleep =
                    # _sleep`): the exact name is the file's, which the parser reads and
                    # the scripts importing it use; the alias is how it reaches the SDK's
                    continue
                # `const { task: t } = require("windmill-client")` renames, not imports
                how, do = (
                    ("destructured as", "destructure")
                    if _destructured(ctx, binding)
                    else ("imported as", "import")
                )
                ctx.report(
                    binding.span,
                    f"`{binding.sdk_name}` is {how} `{binding.local_name}`: Windmill's "
                    f"parser only recognises the exact name; {do} `{binding.sdk_name}` "
                    "without an alias",
                    fix=self.fix(ctx, binding),
                )

    @staticmethod
    def fix(ctx: RuleContext, binding: SdkBinding) -> Fix | None:
        model, exact, alias = ctx.model, binding.sdk_name or "", binding.local_name
        # the exact name may only occur in this import; the alias must mean the SDK name everywhere
        if len(identifier_uses(model, exact)) != 1 or is_rebound(model, alias):
            return None
        edits = [ctx.edit(binding.span, exact)]
        for node in identifier_uses(model, alias):
            if binding.span.start_byte <= node.start_byte < binding.span.end_byte:  # type: ignore[attr-defined]
                continue
            edits.append(ctx.edit_node(node, exact))
        return Fix(f"Import `{exact}` without the alias and rename its uses", tuple(edits))


def _own_wrapper(ctx: RuleContext, name: str | None, alias: str) -> bool:
    """The file binds the exact SDK name at module level itself: to a wrapper of its own
    (`def step(...)`, `export const step = async (...) => ...`) or to the aliased import
    (`step = _step`), under the name the parser reads."""
    semantic = ctx.model.semantic
    if semantic is None or name is None:
        return False
    bound = semantic.module.bindings.get(name)
    if bound is None or bound.kind is SemanticKind.IMPORT:
        return False
    if bound.kind is SemanticKind.FUNCTION:
        return True
    value = bound.assigned_value
    return value is not None and (
        value.type in ("lambda", "arrow_function", "function_expression", "function")
        or ctx.model.text(value) == alias
    )


def _destructured(ctx: RuleContext, binding: SdkBinding) -> bool:
    """The binding is a renaming pattern (`{ task: t }`), not an import's alias."""
    span = binding.span
    node = ctx.model.node_at(span.start_byte, span.end_byte)
    return node is not None and node.type == "pair_pattern"
