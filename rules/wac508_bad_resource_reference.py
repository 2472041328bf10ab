"""WAC508: a resource reference in the wrong form."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wac_lint.rule import WARNING, Rule, RuleContext, code_span, flow
from wac_lint.rules._references import near_miss, path_root_miss, variable_near_miss
from wac_lint.source import LANG_FLOW

if TYPE_CHECKING:
    from wac_lint.flows.model import FlowModel
    from wac_lint.flows.targets import Target
    from wac_lint.flows.yaml_tree import YNode

# `'$res:' + flow_input.db` / `` `$res:${flow_input.db}` ``: the prefix written before a
# flow input's value
RES_PREFIXED_INPUT = re.compile(
    r"""(?:['"]\$res:['"]\s*\+\s*|`\$res:\$\{\s*)flow_input\s*(?:\.\s*([A-Za-z_$][\w$]*)|\[\s*['"]([^'"]+)['"]\s*\])"""
)
JS_STRING = re.compile(r"""\s*(?:'([^'\\]*)'|"([^"\\]*)"|`([^`\\$]*)`)\s*""")


def js_string_literal(expr: str | None) -> str | None:
    """The text of an expression that is nothing but a plain string literal."""
    match = JS_STRING.fullmatch(expr or "")
    if match is None:
        return None
    return next(g for g in match.groups() if g is not None)


class BadResourceReference(Rule):
    code = "WAC508"
    name = "bad-resource-reference"
    summary = (
        "a static resource reference not of the form `$res:<path>`, or a resource parameter "
        "given a plain string"
    )
    message = "Reference the resource as `$res:<path>`"
    languages = (LANG_FLOW,)
    wac_only = False
    docs = """
## What it does
Finds static input values meant as resource references that are not of the
form `$res:<path>` (`res:f/db`, `$res: f/db`, `$resource:f/db`, `$res:db`
without a folder), and variable references likewise (`$var: f/x/token`,
`$var:token`, `$variable:f/x/token`); a reference whose path starts with
neither `u/` nor `f/` (`$res:finance/smtp`: every workspace path does, so the
lookup finds nothing and the step fails); a parameter typed as a resource (a Python
`postgresql` annotation, a TypeScript `Postgresql` type, a schema property
with `format: resource-...`) given a plain string, as a static value or as a
JavaScript expression that is only a string literal (`expr: "'f/data/db'"`);
a JavaScript expression that writes the `$res:` prefix before a flow input
declared as a resource (`'$res:' + flow_input.db` with `db` of
`format: resource-postgresql`: the run form and the triggers give that input
as `$res:<path>` already, so the step gets `$res:$res:<path>`);
the same references inside a static object (`{warehouse: '$res:data/sf'}`), which
Windmill's worker resolves key by key (`transform_json_value`); an AI agent's static
`provider` whose `resource` is a path without `$res:`, or a `$var:` reference (a
string: windmill-worker reads the provider's `resource` as the resource's value, an
object holding its `api_key`, so the agent step fails);
and (as a warning) flow inputs declared with `format: resource-<type>` whose
`type` is not `object`.

## Why is this bad
Windmill replaces a static `"$res:path/to/resource"` with the resource's value
before the step runs (Windmill's flow guide); any other string is passed as
it is, so the script receives the text of a path instead of the credentials.
A `$var:` value is looked up at the exact text after the prefix: with a space
or without a folder no variable is found and the step fails.
The guide declares resource inputs as `type: object` with
`format: resource-<type>`; with another type the run form offers no resource
picker.

## Example
```yaml
input_transforms:
  db: {type: static, value: "res:f/data/warehouse"}
```

## Use instead
```yaml
input_transforms:
  db: {type: static, value: "$res:f/data/warehouse"}
```
"""
    VALID = [
        flow(
            "summary: s\n"
            "schema:\n  type: object\n  properties:\n"
            "    db: {type: object, format: resource-postgresql}\n"
            "value:\n  modules:\n"
            "    - id: load\n"
            "      value:\n"
            "        type: script\n"
            "        path: f/data/load\n"
            "        input_transforms:\n"
            "          db: {type: static, value: '$res:f/data/warehouse'}\n"
        ),
    ]
    INVALID = [
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: load\n"
            "      value:\n"
            "        type: script\n"
            "        path: f/data/load\n"
            "        input_transforms:\n"
            "          db: {type: static, value: «'res:f/data/warehouse'»}\n"
        ),
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: load\n"
            "      value:\n"
            "        type: rawscript\n"
            "        language: python3\n"
            "        content: |\n"
            "          postgresql = dict\n"
            "          def main(db: postgresql):\n"
            "              return db\n"
            "        input_transforms:\n"
            "          db: {type: static, value: «f/data/warehouse»}\n"
        ),
        flow(
            "summary: s\n"
            "schema:\n  type: object\n  properties:\n"
            "    db: {type: «string», format: resource-postgresql}\n"
            "value:\n  modules: []\n"
        ),
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: load\n"
            "      value:\n"
            "        type: rawscript\n"
            "        language: python3\n"
            "        content: |\n"
            "          postgresql = dict\n"
            "          def main(db: postgresql):\n"
            "              return db\n"
            "        input_transforms:\n"
            "          db: {type: javascript, expr: «\"'f/data/warehouse'\"»}\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        # flows load only when one is checked
        from wac_lint.flows.model import ModuleKind
        from wac_lint.flows.targets import target_of

        model = ctx.flow
        self.check_schema(ctx, model)
        for module in model.modules:
            target: Target | None = None
            looked_up = False
            for transform in module.transforms:
                node = transform.value
                text = node.str_value() if node is not None else None
                if transform.type == "javascript" and transform.expr is not None:
                    self.check_prefixed_input(ctx, model, transform.expr)
                    # `expr: "'f/data/db'"`: an expression that is only a string literal
                    node, text = transform.expr, js_string_literal(transform.expr.str_value())
                elif transform.type != "static":
                    continue
                elif node is not None and node.is_map:
                    self.check_nested(ctx, model, transform.name, node)
                    if module.kind is ModuleKind.AIAGENT and transform.name == "provider":
                        self.check_provider(ctx, model, node)
                    continue
                if text is None or node is None:
                    continue
                if near_miss(text):
                    ctx.report(
                        model.key_span(node),
                        f"{code_span(text)} is not a resource reference: Windmill resolves "
                        "only `$res:<folder or user path>/<name>` and passes this string as it is",
                    )
                    continue
                variable = variable_near_miss(text) or path_root_miss(text)
                if variable is not None:
                    ctx.report(model.key_span(node), variable)
                    continue
                if text.startswith(("$res:", "$var:")):
                    continue
                if not looked_up:
                    target, looked_up = target_of(model, module), True
                if target is None:
                    continue
                param = target.param(transform.name)
                if param is None or param.resource is None:
                    continue
                given = "static value" if transform.type == "static" else "expression"
                if not text.strip():
                    if not param.required:
                        continue  # an optional resource left empty (a SQL `-- database` line)
                    ctx.report(
                        model.key_span(node),
                        f"`{param.name}` is a `{param.resource}` resource, but the {given} is "
                        "an empty string: the step gets no resource; give `$res:<path>`",
                    )
                    continue
                ctx.report(
                    model.key_span(node),
                    f"`{param.name}` is a `{param.resource}` resource, but the {given} is a "
                    f"plain string, passed as it is; write `$res:{text}` if that is the "
                    "resource's path",
                )

    @staticmethod
    def check_nested(ctx: RuleContext, model: FlowModel, name: str, value: YNode) -> None:
        """The strings of a static object (`{warehouse: '$res:data/sf', exports: ...}`):
        the worker resolves a `$res:` / `$var:` reference in every object of an argument
        (`transform_json_value`), so one there in the wrong form fails the step the same
        way, or reaches it as text."""
        from wac_lint.flows.yaml_tree import object_strings

        for path, leaf in object_strings(value):
            text = leaf.str_value() or ""
            where = f"`{name}{path}`"
            if near_miss(text):
                ctx.report(
                    model.key_span(leaf),
                    f"{where}: {code_span(text)} is not a resource reference: Windmill resolves "
                    "only `$res:<folder or user path>/<name>` and passes this string as it is",
                )
                continue
            problem = variable_near_miss(text) or path_root_miss(text)
            if problem is not None:
                ctx.report(model.key_span(leaf), f"{where}: {problem}")

    @staticmethod
    def check_provider(ctx: RuleContext, model: FlowModel, provider: YNode) -> None:
        """An AI agent's static `provider` whose `resource` is a path without `$res:`:
        windmill-worker reads the provider as `ProviderWithResource`, whose `resource` is
        the resource's value (an object holding the `api_key`), which a static string
        becomes only when written `$res:<path>` (the schema's ProviderConfig); a plain
        string does not deserialize, and the agent step fails."""
        leaf = provider.get("resource")
        text = leaf.str_value() if leaf is not None else None
        if leaf is None or text is None or text.startswith("$res:") or near_miss(text):
            return  # a misspelt `$res:` is check_nested's
        if text.startswith("$var:"):
            if variable_near_miss(text) or path_root_miss(text):
                return  # check_nested's
            ctx.report(
                model.key_span(leaf),
                f"the AI agent's `provider.resource` is {code_span(text)}, a variable: "
                "Windmill replaces it with the variable's value, a string, but reads the "
                "provider's `resource` as the resource's value (an object with its "
                "`api_key`), so the agent step fails; reference the provider's resource, "
                "`$res:<path>`",
            )
            return
        if text.startswith("$"):
            return
        fix = f"`$res:{text.strip()}`" if text.strip() else "`$res:<path>`"
        ctx.report(
            model.key_span(leaf),
            f"the AI agent's `provider.resource` is {code_span(text)}, a plain string: "
            "Windmill reads it as the provider resource's value (an object with its "
            "`api_key`), which a static value becomes only as `$res:<path>`, so the agent "
            f"step fails; write {fix}",
        )

    @staticmethod
    def check_prefixed_input(ctx: RuleContext, model: FlowModel, expr: YNode) -> None:
        """`'$res:' + flow_input.db` where `db` is a resource input: the run form (and a
        trigger built from the schema) gives it as `$res:<path>` already, which the step's
        job resolves, so the prefix makes a path no resource has."""
        text = expr.str_value() or ""
        if "$res:" not in text:
            return
        props = model.schema.get("properties") if model.schema is not None else None
        if props is None or not props.is_map:
            return
        for found in RES_PREFIXED_INPUT.finditer(text):
            name = found.group(1) or found.group(2)
            prop = props.get(name)
            fmt = prop.get("format") if prop is not None and prop.is_map else None
            kind = fmt.str_value() if fmt is not None else None
            if kind is None or not kind.startswith("resource-"):
                continue
            ctx.report(
                model.key_span(expr),
                f"input `{name}` is a resource input (`format: {kind}`), which the run form "
                "and the triggers give as a reference already (`$res:<path>`), so writing "
                "`$res:` before it makes `$res:$res:<path>`, which names no resource, and the "
                f"step fails; pass `flow_input.{name}` as it is",
            )
            return

    @staticmethod
    def check_schema(ctx: RuleContext, model: FlowModel) -> None:
        schema = model.schema
        props = schema.get("properties") if schema is not None else None
        if props is None or not props.is_map:
            return
        for key, prop in props.pairs:
            fmt = prop.get("format") if prop.is_map else None
            kind = prop.get("type") if prop.is_map else None
            text = fmt.str_value() if fmt is not None else None
            if text is None or not text.startswith("resource-"):
                continue
            if kind is not None and kind.is_scalar and kind.text != "object":
                where: YNode = kind
                ctx.report(
                    model.key_span(where),
                    f"input `{key.text}` has `format: {text}` but `type: {kind.text}`: "
                    "declare resource inputs as `type: object` for Windmill's resource picker",
                    severity=WARNING,
                )
