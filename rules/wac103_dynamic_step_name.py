"""WAC103: a step name (or approval key) computed at run time."""

from __future__ import annotations

import tree_sitter

from wac_lint.model import BodyCall, CallKind, Span
from wac_lint.rule import ERROR, INFO, WARNING, Rule, RuleContext, code_span, py, ts
from wac_lint.rules import _catalogue
from wac_lint.semantic import BindingKind

Node = tree_sitter.Node


class DynamicStepName(Rule):
    code = "WAC103"
    name = "dynamic-step-name"
    summary = "`step(...)` is given a name that is not a plain string literal"
    message = "Give the step a constant string literal as its name"
    severity = WARNING
    settings = _catalogue.NONDETERMINISM_SETTINGS
    docs = """
## What it does
Finds `step(name, fn)` calls whose name is not a plain string literal: an
f-string, a template literal with `${...}`, a concatenation, `.format(...)`, a
variable. Likewise a `wait_for_approval(key=...)` / `waitForApproval({ key })`
whose key is computed.

Severity: a warning when the name is built from inputs or the loop variable
(stable across replays: wmill 1.850.0 `_alloc_key` and windmill-client 1.818.0
`_allocKey` number repeats of one name, so a literal gives the same keys); an
error when it is built from the clock, randomness or the environment (directly
or through a variable), which change between replays; **info** when the name is a
variable bound once to a string literal (`QUOTA_STEP = "quota"`): the keys are
stable, but Windmill's WAC parser reads only a literal at the call, so its
diagram labels the step `step` (checked with Windmill's own parser).

## Why is this bad
The SDK derives each checkpoint key from the step's name (`name`, then
`name_2`, `name_3` for repeats). A name computed from data can differ between
replays, so a completed step is not found in the checkpoint and runs again, or
a different step's result is returned. Windmill's diagram labels such steps
just "step". Repeating a literal name in a loop is fine: the SDK numbers the
repeats. A duplicate approval key is an error in the SDK.

A nameless `step(() => ...)` is not reported here: windmill-client 1.818.0
`step(name, fn)` takes the arrow as the name (`_runInlineStep` keys it by
`_allocKey(name || "step")`, the arrow's source text) and `fn` is `undefined`,
so the step fails with a TypeError and the arrow never runs. WAC301 reports
that call; nothing inside the arrow counts as workflow-body code.

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
        ts(
            'import { step, workflow } from "windmill-client";\n'
            "export const main = workflow(async () => {\n"
            "  const run = Date.now();\n"
            "  return await step(«`load_${run}`», () => 1);\n});\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        for call in ctx.model.durable_calls:
            if call.kind not in ("step", "approval") or call.name_is_literal:
                continue
            node = call.name_node
            what = "step name" if call.kind == "step" else "approval key"
            if node is None:
                continue  # no name at all: a TypeError the SDK reports itself
            semantic = ctx.model.semantic
            if semantic is not None and node.type in semantic.syntax.functions:
                continue  # `step(() => ...)`: no name at all, WAC301's finding
            shown = code_span(ctx.model.text(node))
            source = volatile_source(ctx, node)
            if source is not None:
                ctx.report(
                    Span.of(node),
                    f"The {what} {shown} is built from {code_span(source)}, which changes "
                    "between replays: checkpoint keys come from names, so the completed "
                    "step is not found and runs again; use a constant string literal",
                    severity=ERROR,
                )
                continue
            constant = constant_string(ctx, node)
            if constant is not None:
                ctx.report(
                    Span.of(node),
                    f"The {what} {shown} is the constant {code_span(constant)}: stable across "
                    "replays, but Windmill's parser only reads a literal at the call, so its "
                    f"diagram shows this step as `step`; write {code_span(constant)} here",
                    severity=INFO,
                )
                continue
            ctx.report(
                Span.of(node),
                f"The {what} {shown} is computed at run time: it is stable across replays "
                "(built from inputs or the loop), but the guide asks for constant names "
                "and Windmill's diagram shows it as `step`; a literal gives the same keys, "
                "numbered `_2`, `_3`",
            )


def constant_string(ctx: RuleContext, node: Node) -> str | None:
    """The literal a name is bound to once (`QUOTA_STEP = "quota"`), as written."""
    semantic = ctx.model.semantic
    if semantic is None or node.type not in semantic.syntax.identifiers:
        return None
    binding = semantic.resolve(node)
    value = binding.assigned_value if binding is not None else None
    if value is None:
        return None
    text = ctx.model.text(value)
    if value.type == "string" and text[:1] in "\"'":
        # a plain literal: not an f-string, and (TypeScript) not a template with `${}`
        if not any(c.type == "interpolation" for c in value.named_children):
            return text
    if value.type == "template_string" and not any(
        c.type == "template_substitution" for c in value.named_children
    ):
        return text
    return None


def volatile_source(ctx: RuleContext, name: object) -> str | None:
    """The clock / random / environment read a name is built from, directly or through
    a variable assigned in the workflow (checkpointed step results are stable)."""
    model = ctx.model
    semantic = model.semantic
    if semantic is None:
        return None
    syntax = semantic.syntax
    catalogue, allowed = _catalogue.effective(
        "nondeterminism.toml",
        model.language,
        ctx.strings(_catalogue.EXTEND_NONDETERMINISM),
        ctx.strings(_catalogue.ALLOW_NONDETERMINISM),
    )
    pending: list[tuple[Node, int]] = [(name, 0)]  # type: ignore[list-item]
    seen: set[int] = set()
    while pending:
        start, depth = pending.pop()
        stack = [start]
        while stack:
            node = stack.pop()
            if node.type in syntax.functions:
                continue  # a callback: runs in a step, or later
            kind = None
            if node.type in syntax.calls:
                kind = CallKind.CALL
            elif node.type in syntax.new:
                kind = CallKind.NEW
            elif node.type == syntax.attribute or node.type in syntax.identifiers:
                kind = CallKind.READ
            if kind is not None:
                target = node
                if kind == CallKind.CALL:
                    target = node.child_by_field_name("function") or node
                elif kind == CallKind.NEW:
                    target = node.child_by_field_name("constructor") or node
                qualname = semantic.qualified_name(target)
                if qualname is not None and not qualname.startswith(("~", ".")):
                    args = node.child_by_field_name("arguments")
                    count = len(args.named_children) if args is not None else 0
                    probe = BodyCall(qualname, kind, node, Span.of(node), count)
                    entry = catalogue.lookup(probe)
                    if (
                        entry is not None
                        and entry.category != _catalogue.NOT_MATCHING
                        and allowed.lookup(probe) is None
                    ):
                        return model.text(node)
                if node.type in syntax.identifiers and depth < 3:
                    binding = semantic.resolve(node)
                    if (
                        binding is not None
                        and binding.value is not None
                        and binding.kind == BindingKind.ASSIGNMENT
                        and id(binding) not in seen
                    ):
                        seen.add(id(binding))
                        pending.append((binding.value, depth + 1))
            stack.extend(node.named_children)
    return None
