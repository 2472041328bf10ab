"""WAC002: a WAC name reached through the SDK module."""

from __future__ import annotations

from wac_lint.model import PARSER_CONCEPTS, BindingKind, ScriptModel, SdkReference, Span
from wac_lint.rule import Fix, Rule, RuleContext, py, ts
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._renames import identifier_uses


class SdkNamespaceCall(Rule):
    code = "WAC002"
    name = "sdk-namespace-call"
    summary = "A WAC name is used through the module (`wmill.task`), which Windmill does not detect"
    message = "Import the WAC name from the SDK and use it directly"
    fix_kind = "fix"
    docs = """
## What it does
Finds WAC primitives reached through the SDK module: `@wmill.workflow`,
`wmill.task(...)`, or `import * as wmill from "windmill-client"` followed by
`wmill.workflow(...)`. A workspace module that re-exports the SDK's names, imported
whole (`import * as wac from "/f/platform/wac.ts"`, `from f.platform import wac`), is
the same: `wac.workflow(...)` is the SDK's `workflow` reached through a module (no fix
is offered: the module's `step` may be the team's own wrapper, which importing the
SDK's name in its place would drop).

Not reported where the bare name would not be drawn either (windmill-oracle `dag`):
inside a function of a module that has neither a workflow nor a `main` (Windmill draws
a diagram only for a workflow's own file, and never the steps of a helper another file
calls; a `main` that uses the primitives without being a workflow is reported by
WAC005, and its namespace calls still here, since wrapping it does not make them
drawn), and inside
the file's own wrapper of the primitive under its name (`async def step(name, fn):
log(name); return await wmill.step(name, fn)`, which cannot import the name it defines).

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

The fix imports the name beside the module import and uses it bare, when the
bare name is free in the file.
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
        fixable: bool | None = None  # worked out once: it reads the whole file
        model = ctx.model
        for ref in model.references:
            if ref.kind is BindingKind.NAMESPACE and ref.concept in PARSER_CONCEPTS:
                if self.never_drawn(ctx, ref):
                    continue
                if fixable is None:
                    fixable = self.names_free(ctx)
                text = ctx.model.text(ref.span)
                ctx.report(
                    ref.span,
                    f"`{text}` reaches `{ref.sdk_name}` through the module: Windmill does not "
                    f"detect it; import `{ref.sdk_name}` by name and use it directly",
                    fix=self.fix(ctx, ref) if fixable and self.of_sdk(ctx, ref) else None,
                )

    @staticmethod
    def never_drawn(ctx: RuleContext, ref: SdkReference) -> bool:
        """A use Windmill's parser would not draw under the bare name either: inside a
        function of a module with no workflow and no `main` (it draws a diagram only for
        a workflow's own file, and never the steps of a helper another file calls;
        windmill-oracle `dag`), or inside the file's own wrapper of that primitive under
        the SDK's name (`async def step(name, fn): ...; return await wmill.step(name,
        fn)`), which cannot import the name it defines."""
        model = ctx.model
        if sdk.sdk_named_wrapper(model, ref.node) is not None:
            return True
        if _bound_to_its_name(model, ref):
            return True
        if model.workflows or model.main_function is not None:
            # a `main` using WAC primitives without being a workflow is one in the
            # making (WAC005): once wrapped, its namespace calls are still not drawn
            return False
        return next(sdk.enclosing_functions(model, ref.node), None) is not None

    @staticmethod
    def of_sdk(ctx: RuleContext, ref: SdkReference) -> bool:
        """Reached through the SDK module itself, not a workspace module re-exporting it
        (`import * as wac from "./wac.ts"`, whose `step` may be the team's own wrapper:
        importing the SDK's in its place would drop it)."""
        semantic = ctx.model.semantic
        dotted = semantic.qualified_name(ref.node) if semantic is not None else None
        modules = ctx.model.lang.sdk_modules
        return dotted is not None and dotted.rsplit(".", 1)[0] in modules

    @staticmethod
    def names_free(ctx: RuleContext) -> bool:
        """No SDK name the file reaches through the module means something else when
        spelled bare (a local `step`), so importing them by name changes nothing else."""
        model = ctx.model
        exact = {b.sdk_name for b in model.bindings if b.kind is BindingKind.EXACT}
        used = {r.sdk_name for r in model.references if r.kind is BindingKind.NAMESPACE}
        for name in sorted(used - exact):
            if any(
                n.parent is None or n.parent.type != "attribute"  # type: ignore[attr-defined]
                for n in identifier_uses(model, name)
            ):
                return False
        return True

    @staticmethod
    def fix(ctx: RuleContext, ref: SdkReference) -> Fix | None:
        model = ctx.model
        exact = {b.sdk_name for b in model.bindings if b.kind is BindingKind.EXACT}
        used = sorted({r.sdk_name for r in model.references if r.kind is BindingKind.NAMESPACE})
        edits = [ctx.edit(ref.span, ref.sdk_name)]
        missing = [n for n in used if n not in exact]
        module = next(b for b in model.bindings if b.kind is BindingKind.NAMESPACE)
        if missing:
            statement = model.lang.sdk_import(missing)
            row = module.span.end_row
            end = len(model.source.line_bytes(row).rstrip(b"\r"))
            at = Span(0, 0, row, end, row, end)
            edits.append(ctx.edit(at, "\n" + statement))
        return Fix(f"Import `{ref.sdk_name}` and use it directly", tuple(edits))


def _bound_to_its_name(model: ScriptModel, ref: SdkReference) -> bool:
    """`task = wmill.task`, `export const step = sdk.step`: the SDK's function bound to
    its own name, which is what the file (or the scripts importing it) then use."""
    holder = model.parent_of(ref.node)
    if holder is None:
        return False
    if holder.type == "assignment":
        target = holder.child_by_field_name("left")
    elif holder.type == "variable_declarator":
        target = holder.child_by_field_name("name")
    else:
        return False
    return (
        target is not None
        and holder.child_by_field_name("right" if holder.type == "assignment" else "value")
        == ref.node
        and model.text(target) == ref.sdk_name
    )
