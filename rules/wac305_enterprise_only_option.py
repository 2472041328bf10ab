"""WAC305: an approval option that only has effect on Windmill Enterprise."""

from __future__ import annotations

from collections.abc import Callable

from wac_lint.languages import LanguageKind
from wac_lint.model import ScriptModel, Span
from wac_lint.rule import INFO, Rule, RuleContext, py, ts
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._sdk_calls import Node, Primitive, SdkCall


class EnterpriseOnlyOption(Rule):
    code = "WAC305"
    name = "enterprise-only-option"
    severity = INFO
    summary = "`self_approval=False` / `selfApproval: false` is Enterprise-only behaviour"
    message = "Drop the option unless the workflow runs on Windmill Enterprise"
    docs = """
## What it does
Finds approvals that turn self-approval off: `wait_for_approval(self_approval=False)`
(or `False` as its third positional argument) and
`waitForApproval({ selfApproval: false })`.

The WAC guide says: "selfApproval: false and self_approval=False are
Enterprise-only approval behavior. Do not use them unless the user asks for that
behavior." The SDK itself marks nothing: it sends `self_approval_disabled` to the
server (`wmill` 1.850.0 `WorkflowCtx._wait_for_approval`, `windmill-client`
1.818.0 `_waitForApproval`), and the server decides.

Severity: **info**: the script runs; the option only means something on an
Enterprise instance.

## Why is this bad
On an instance without Enterprise the approval does not behave as the option
says, and the guide asks not to use it unless that behaviour is wanted.

## Example
```python
approval = await wait_for_approval(timeout=3600, self_approval=False)
```

## Use instead
```python
approval = await wait_for_approval(timeout=3600)
```
"""
    VALID = [
        py(
            "from wmill import wait_for_approval, workflow\n\n@workflow\nasync def main():\n"
            "    return await wait_for_approval(timeout=3600, self_approval=True)\n"
        ),
        ts(
            'import { waitForApproval, workflow } from "windmill-client";\n'
            "export const main = workflow(async () => await waitForApproval({ timeout: 3600 }));\n"
        ),
    ]
    INVALID = [
        py(
            "from wmill import wait_for_approval, workflow\n\n@workflow\nasync def main():\n"
            "    return await wait_for_approval(timeout=3600, «self_approval=False»)\n"
        ),
        ts(
            'import { waitForApproval, workflow } from "windmill-client";\n'
            "export const main = workflow(async () => {\n"
            "  return await waitForApproval({ «selfApproval: false» });\n});\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        for call in sdk.facts(ctx.model).calls:
            if call.primitive is not Primitive.APPROVAL:
                continue
            found = self_approval_off(ctx, call)
            if found is not None:
                ctx.report(
                    Span.of(found),
                    f"`{ctx.model.text(found)}` is Enterprise-only approval behaviour (WAC guide: "
                    "do not use it unless that behaviour is asked for); it has no effect "
                    "elsewhere",
                )


def self_approval_off(ctx: RuleContext, call: SdkCall) -> Node | None:
    """The node to point at when the call turns self-approval off with a literal."""
    return SELF_APPROVAL_OFF[ctx.model.language](ctx.model, call)


def _python_self_approval_off(model: ScriptModel, call: SdkCall) -> Node | None:
    """`wait_for_approval(..., self_approval=False)`, or the third positional argument."""
    for option in call.keywords:
        if option.name == "self_approval" and is_false(option.value):
            return option.name_node.parent
    if len(call.args) > 2 and is_false(call.args[2]):
        return call.args[2]
    return None


def _typescript_self_approval_off(model: ScriptModel, call: SdkCall) -> Node | None:
    """`waitForApproval({ selfApproval: false })`."""
    if not call.args:
        return None
    parsed = sdk.object_options(model, call.args[0])
    if parsed is None:
        return None
    for option in parsed[0]:
        if option.name == "selfApproval" and is_false(option.value):
            return option.name_node.parent
    return None


def is_false(node: Node | None) -> bool:
    node = sdk.unwrap(node)
    return node is not None and node.type == "false"


SELF_APPROVAL_OFF: dict[LanguageKind, Callable[[ScriptModel, SdkCall], Node | None]] = {
    LanguageKind.PYTHON: _python_self_approval_off,
    LanguageKind.TYPESCRIPT: _typescript_self_approval_off,
}
