"""WAC504: `flow_input.<name>` that the flow's schema does not declare."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wac_lint.flows.expressions import ABSENCE_AFTER, handles_absence
from wac_lint.flows.json_values import PRIMITIVE_MEMBERS, js_number
from wac_lint.rule import WARNING, Rule, RuleContext, flow, with_article
from wac_lint.source import LANG_FLOW

if TYPE_CHECKING:
    from wac_lint.flows.expressions import LiteralComparison
    from wac_lint.flows.model import Expression, FlowModel, FlowModule
    from wac_lint.flows.yaml_tree import YNode


# what every JavaScript object has (`flow_input.cfg.hasOwnProperty("x")`)
# what the flow runner puts in `flow_input.iter` for each iteration of a loop
_ITER_MEMBERS = frozenset({"index", "value"})
_ITER_SYNONYMS = {
    **dict.fromkeys(("i", "idx", "pos", "position", "n", "count", "iteration"), "index"),
    **dict.fromkeys(("item", "val", "element", "elem", "current", "data", "entry"), "value"),
}
_OBJECT_MEMBERS = frozenset(
    {
        "constructor",
        "hasOwnProperty",
        "isPrototypeOf",
        "propertyIsEnumerable",
        "toLocaleString",
        "toString",
        "valueOf",
    }
)


def _declared_fields(model: FlowModel, name: str) -> list[str] | None:
    """The fields the schema lists for object input `name`; None when it lists none
    or lets others in (`additionalProperties` other than false)."""
    schema = model.schema
    props = schema.get("properties") if schema is not None and schema.is_map else None
    prop = props.get(name) if props is not None and props.is_map else None
    if prop is None or not prop.is_map:
        return None
    kind = prop.get("type")
    if kind is None or kind.text != "object":
        return None
    shape = prop.get("format")
    if shape is not None and shape.text.startswith("resource-"):
        return None  # a resource: the value holds every field of the resource
    fields = prop.get("properties")
    if fields is None or not fields.is_map or not fields.pairs:
        return None
    extra = prop.get("additionalProperties")
    if extra is not None and extra.value() is not False:
        return None
    return [k.text for k, _ in fields.pairs]


def _enum_values(
    model: FlowModel, path: tuple[str, ...], items: bool = False
) -> list[str | float] | None:
    """The `enum` the schema gives input `path[0]` (or its field `path[1]`; with
    `items`, the `enum` of the items of that array), as strings and numbers; None when
    there is none or it holds other values."""
    if len(path) > 2:
        return None
    schema = model.schema
    node = schema
    for name in path:
        props = node.get("properties") if node is not None and node.is_map else None
        node = props.get(name) if props is not None and props.is_map else None
    if items:
        kind = node.get("type") if node is not None and node.is_map else None
        if kind is None or kind.text != "array":
            return None
        node = node.get("items") if node is not None else None
    return _enum_list(node)


def _enum_list(node: YNode | None) -> list[str | float] | None:
    """A schema node's `enum` as strings and numbers; None when there is none or it
    holds other values."""
    enum = node.get("enum") if node is not None and node.is_map else None
    if enum is None or not enum.is_seq:
        return None
    out: list[str | float] = []
    for item in enum.items:
        value = item.value()
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            return None
        out.append(float(value) if isinstance(value, int) else value)
    return out


def _schema_at(
    model: FlowModel, module: FlowModule | None, path: tuple[str, ...]
) -> tuple[YNode, str] | None:
    """The schema of what a static read `flow_input.<path>` gives, with how to name it:
    an input's property, a field of an object (`properties`), an entry of an array at a
    whole-number index (`items`), and `iter.value` inside a for loop over an array
    input (its `items`, `_loop_items`)."""
    from wac_lint.flows.query import enclosing_loop

    node: YNode | None
    if path[:2] == ("iter", "value"):
        loop = enclosing_loop(module) if module is not None else None
        found = _loop_items(model, loop) if loop is not None else None
        if found is None:
            return None
        node, rest, label = found[0], path[2:], "flow_input.iter.value"
    else:
        node, rest, label = model.schema, path, "flow_input"
    for name in rest:
        if node is None or not node.is_map:
            return None
        if name.isdigit():
            kind = node.get("type")
            if kind is None or kind.text != "array":
                return None
            node = node.get("items")
            label += f"[{name}]"
            continue
        props = node.get("properties")
        node = props.get(name) if props is not None and props.is_map else None
        label += f".{name}"
    return (node, label) if node is not None and node.is_map else None


_INPUT_READ = re.compile(r"\s*flow_input\s*\.\s*([A-Za-z_$][\w$]*)\s*;?\s*")
# `flow_input.<name>.includes('<text>')`: a test for one value of an array input
_INCLUDES = re.compile(
    r"(?<![\w$.])flow_input\s*\.\s*(?P<name>[A-Za-z_$][\w$]*)\s*\.\s*includes\s*\(\s*"
    r"(?:'(?P<single>[^'\\]*)'|\"(?P<double>[^\"\\]*)\")\s*\)"
)


def _array_items(model: FlowModel, name: str) -> YNode | None:
    """The `items` schema of flow input `name` when the schema types it as an array."""
    schema = model.schema
    props = schema.get("properties") if schema is not None and schema.is_map else None
    prop = props.get(name) if props is not None and props.is_map else None
    kind = prop.get("type") if prop is not None and prop.is_map else None
    items = prop.get("items") if prop is not None and prop.is_map else None
    if kind is None or kind.text != "array" or items is None or not items.is_map:
        return None
    return items


_NESTED_ITEMS_READ = re.compile(
    r"\s*flow_input\s*\.\s*iter\s*\.\s*value\s*\.\s*([A-Za-z_$][\w$]*)\s*;?\s*"
)


def _loop_items(model: FlowModel, loop: FlowModule, depth: int = 0) -> tuple[YNode, str] | None:
    """The `items` schema of what a for loop iterates over, with a label for messages:
    an array input (`iterator: flow_input.users`), or an array field of the items of
    the loop around it (`iterator: flow_input.iter.value.invoices` in a loop over
    `flow_input.customers`, the iterator being evaluated in the outer loop)."""
    from wac_lint.flows.model import ModuleKind
    from wac_lint.flows.query import enclosing_loop

    if loop.kind is not ModuleKind.FORLOOP or loop.value is None or depth > 8:
        return None
    spec = loop.value.get("iterator")
    source = spec.get("expr") if spec is not None and spec.is_map else None
    if source is None:
        return None
    found = _INPUT_READ.fullmatch(source.text)
    if found is not None:
        items = _array_items(model, found.group(1))
        return (items, f"input `{found.group(1)}`") if items is not None else None
    nested = _NESTED_ITEMS_READ.fullmatch(source.text)
    outer = enclosing_loop(loop) if nested is not None else None
    around = _loop_items(model, outer, depth + 1) if outer is not None and nested else None
    if around is None or nested is None:
        return None
    outer_items, label = around
    props = outer_items.get("properties") if outer_items.is_map else None
    prop = props.get(nested.group(1)) if props is not None and props.is_map else None
    kind = prop.get("type") if prop is not None and prop.is_map else None
    items = prop.get("items") if prop is not None and prop.is_map else None
    if kind is None or kind.text != "array" or items is None or not items.is_map:
        return None
    return items, f"`{nested.group(1)}` of each item of {label}"


def _fields_of(items: YNode) -> list[str] | None:
    """The fields an object schema lists, when it lets no others in."""
    item_kind = items.get("type")
    fields = items.get("properties")
    if item_kind is None or item_kind.text != "object" or fields is None:
        return None
    if not fields.is_map or not fields.pairs:
        return None
    extra = items.get("additionalProperties")
    if extra is not None and extra.value() is not False:
        return None
    return [k.text for k, _ in fields.pairs]


# what a string, number or boolean item has (`flow_input.iter.value.length`)
_PRIMITIVE_MEMBERS = PRIMITIVE_MEMBERS


# Windmill's dynamic selects (`format: dynselect-<fn>` / `dynmultiselect-<fn>`): the
# form's value comes from a function of the script, whatever `type` says
_DYNAMIC_SELECTS = ("dynselect", "dynmultiselect")
_JSON_KINDS = {bool: "boolean", int: "integer", float: "number", str: "string"}


def _member_less_kind(model: FlowModel, name: str, member: str) -> str | None:
    """The type the schema gives input `name` (an array, a string, a number or a
    boolean) when a value of it has no member `member`; None otherwise, and for an
    input whose type the schema does not settle (a dynamic select, a `default` of
    another type)."""
    from wac_lint.flows.scope import ARRAY_MEMBERS

    schema = model.schema
    props = schema.get("properties") if schema is not None and schema.is_map else None
    prop = props.get(name) if props is not None and props.is_map else None
    node = prop.get("type") if prop is not None and prop.is_map else None
    kind = node.text if node is not None and node.is_scalar else None
    if prop is None or kind not in ("array", *_PRIMITIVE_MEMBERS):
        return None
    fmt = prop.get("format")
    if fmt is not None and fmt.is_scalar and str(fmt.value()).startswith(_DYNAMIC_SELECTS):
        return None
    default = prop.get("default")
    if default is not None:
        value = default.value()
        found = "array" if default.is_seq else "object" if default.is_map else None
        found = found or _JSON_KINDS.get(type(value))
        if found is not None and found != kind and {found, kind} != {"integer", "number"}:
            return None  # the schema contradicts itself: the form fills in the default
    if kind == "array":
        has = member in ARRAY_MEMBERS or member.isdigit()
    else:
        has = member in _PRIMITIVE_MEMBERS[kind] or (kind == "string" and member.isdigit())
    return None if has else kind


def _input_type(model: FlowModel, path: tuple[str, ...]) -> str | None:
    """The single JSON type the schema gives input `path[0]` (or its field)."""
    if len(path) > 2:
        return None
    node = model.schema
    for name in path:
        props = node.get("properties") if node is not None and node.is_map else None
        node = props.get(name) if props is not None and props.is_map else None
    kind = node.get("type") if node is not None and node.is_map else None
    if kind is None or not kind.is_scalar:
        return None
    text = kind.text
    return text if text in ("string", "number", "integer", "boolean") else None


_js_number = js_number


def _number(value: float | str) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# the setting without which a job key does nothing (WAC500 reports it)
_KEY_SWITCHES = {"concurrency_key": "concurrent_limit", "debounce_key": "debounce_delay_s"}


# a flow input read (`flow_input.event`, `flow_input["event"].type`) ending the text
_INPUT_READ_BEFORE = re.compile(
    r"flow_input(?:\s*(?:\?\.|\.)\s*[A-Za-z_$][\w$]*|\s*(?:\?\.)?\s*\[[^\]]*\])+\s*$"
)


def _read_as_optional(text: str, start: int, end: int) -> bool:
    """Whether the input read at [start, end) is written for an input that may be
    missing: followed by a fallback or a test for absence, after `typeof`, or the
    next try of a chain of input reads (`flow_input.eventType ?? flow_input.event`: a
    payload read both ways). The fallback of another value (`results.geo?.city ??
    flow_input.default_city`) is not: nothing stands in for it when it is missing."""
    if not handles_absence(text, start, end):
        return False
    if ABSENCE_AFTER.match(text, end):
        return True
    before = text[:start].rstrip()
    for op in ("??", "||"):
        if before.endswith(op):
            return _INPUT_READ_BEFORE.search(before[: -len(op)]) is not None
    return True  # `typeof`


class UnknownFlowInput(Rule):
    code = "WAC504"
    name = "unknown-flow-input"
    summary = (
        "`flow_input.<name>` that is not a property of the flow's `schema`, or compared "
        "with a value its `enum` does not allow"
    )
    message = "Declare the input in the flow's schema, or fix the name"
    languages = (LANG_FLOW,)
    wac_only = False
    docs = """
## What it does
Checks every `flow_input.<name>` (and `flow_input["name"]`, and a name taken
apart from it, `const { name } = flow_input`) in the flow's
expressions against the properties of its input `schema`. A read written for
a field that may be missing is left alone, and so are the other reads of that
name in the same expression: followed by a fallback (`??`, `||`), optional
chaining (`?.`), a ternary's `?` or a comparison with `undefined` / `null`,
or after `typeof` or inside a fallback chain (a webhook flow reading
`flow_input.eventType ?? flow_input.event ?? ""`). An input that is itself the
fallback of another value (`results.geo?.city ?? flow_input.defualt_city`) is
checked: nothing stands in for it when the run does not give it. Flows without a
`schema.properties` mapping are not checked; `flow_input.iter` is the loop
iterator (WAC505); the preprocessor module, which receives the raw trigger
input, is not checked.

Inside a loop, `flow_input.iter` is `{index, value}` (windmill-worker
`worker_flow.rs` gives each iteration nothing else), so a read of any other
member of it (`flow_input.iter.idx`, `flow_input.iter.item`) is reported too,
with or without a schema. In a while loop's body `value` is the iteration's
number, like `index` (`worker_flow.rs` gives each iteration of a
`whileloopflow` `{index: n, value: n}`), so a field of it
(`flow_input.iter.value.id`, meant for the item of a for loop around the while
loop, which is out of reach there) is undefined and reported.

A field of an object input (`flow_input.db.hostname`) is checked the same way
when the input's schema lists its fields (`properties`) and lets no others in
(`additionalProperties` absent or false): the run form asks only for those.

A field read on an item of such an array input elsewhere
(`flow_input.lines.map((l) => l.sku_code)`, `flow_input.lines[0].sku_code`) is
checked against its `items.properties` the same way.

In a loop over an array input (`iterator: flow_input.users`) whose items'
schema lists their fields (`items.properties`, no other fields let in),
`flow_input.iter.value.<field>` is checked against those fields the same way;
when the items' schema types them as strings, numbers or booleans, any field
but their own members (`length`, `split`...) is reported. A loop nested in
such a loop over an array field of its item (`iterator:
flow_input.iter.value.invoices`) is checked against that field's `items`
schema: inside it `flow_input.iter` is the inner item, so a field of the outer
item (`flow_input.iter.value.email`) is undefined there, and the message says
how to carry it into the inner items.

A member read on an input the schema types as an array, a string, a number or
a boolean that such a value does not have (`flow_input.tags.split(',')` with
`tags` an array, `flow_input.count.length`) is reported: it is undefined, and
calling it throws a TypeError (not for a dynamic select, nor when the input's
`default` has another type); the message names JavaScript's method for Python's
(`lower` is `toLowerCase`, `append` is `push`). So is `.length()` called on an
input typed as a string or an array: `length` is a number, and the call throws.
So is Python's negative index on one (`flow_input.readings[-1]`): JavaScript reads
the property named `"-1"`, undefined; `.at(-1)` is the last item.

With a preprocessor module whose `preprocessor` returns object literals with
their keys written out, a `flow_input.<name>` the schema declares (without a
`default`) that none of them returns is reported: a trigger's event goes
through the preprocessor, and its result is the run's inputs.

A strict comparison (`===`, `!==`) between an input the schema types as a
boolean, a number or a string and a literal of another type
(`flow_input.dry_run === 'true'`) is reported the same way. So is a loose one
(`==`, `!=`, a warning) that can never hold: JavaScript compares a boolean or
a number with a string as numbers, so `flow_input.dry_run == 'true'` compares
1 or 0 with NaN (always false), as does a number input with a string that is
no number (`flow_input.count == 'ten'`); `flow_input.dry_run == '1'` and
`flow_input.count == '10'` can hold and are left alone.

A test `flow_input.<array>.includes('<value>')` where the schema's `items.enum`
for that array input does not list the value (`regions.includes('EMEA')` with
`enum: [emea, amer]`) is a warning too: the form offers only the listed values,
so it is always false.

An equality test between an input (or a field of an object input) and a
string or number its schema's `enum` does not list (`flow_input.plan ===
'Enterprise'` with `enum: [free, pro, enterprise]`) is reported as a warning:
the run form offers only the listed values, and schedules and triggers are
built from the same schema, so the test is always false (`!==`: always true).
The same holds for an entry of an array input read at an index
(`flow_input.channels[0] === 'SMS'` with `items.enum: [sms, slack]`), a field of a
for loop's item in a loop over an array input (`flow_input.iter.value.carrier`,
judged by the items' schema), and each string of a list literal asked whether it
includes the input (`['UK', 'CH'].includes(flow_input.region)` with `enum: [eu,
uk]`): that entry never matches.

`$args[<name>]` in the flow's `concurrency_key` or `debounce_key`, and the names
listed in `debounce_args_to_accumulate`, are checked against the inputs too:
windmill-queue (`interpolate_args`) puts the run's argument there, and an empty
string when the run has none, so every run gets the same key (one concurrency
limit, or one debounce, for all of them); an argument no run passes is never
accumulated. An input written in such a key as an expression or a template
(`${flow_input.tenant_id}`, `{{tenant_id}}`, a bare `flow_input.tenant_id`) is
reported the same way: `interpolate_args` replaces nothing but `$args[<name>]` and
`$workspace`, so the text stays in the key as written, the same for every run.

A `required` input of the schema that no expression of the flow reads
(`flow_input.<name>`, or `$args[<name>]` in a job key) is a warning: every run
must give it, and it goes nowhere. Not judged when an expression reads
`flow_input` whole or by a computed key, the first step reads its last result
(the flow's input), the first step is an identity step (its result is the
input), an expression reads an undeclared input (likely the required one
misspelt, reported above), or the flow has no steps.

`flow_env.<name>` (and `flow_env["name"]`) is checked the same way against
the variables of the flow's own `value.flow_env`, when it has one (a flow
without one may be a subflow reading its root flow's `flow_env`).

## Why is this bad
An input the schema does not declare is never asked for (the run form and
the webhook/API schema are built from `schema`), so the expression reads
`undefined` unless a caller (an API call, a webhook payload) passes the field
unasked: usually a typo, a renamed input, or a payload field nobody declared.

## Example
```yaml
schema:
  type: object
  properties:
    customer_id: {type: string}
value:
  modules:
    - id: load
      value:
        type: script
        path: f/crm/load_customer
        input_transforms:
          id: {type: javascript, expr: flow_input.customerId}
```

## Use instead
```yaml
          id: {type: javascript, expr: flow_input.customer_id}
```
"""
    VALID = [
        flow(
            "summary: s\n"
            "schema:\n  type: object\n  properties:\n    customer_id: {type: string}\n"
            "value:\n  modules:\n"
            "    - id: load\n"
            "      value:\n"
            "        type: script\n"
            "        path: f/crm/load_customer\n"
            "        input_transforms:\n"
            "          id: {type: javascript, expr: 'flow_input.customer_id'}\n"
        ),
    ]
    INVALID = [
        flow(
            "summary: s\n"
            "schema:\n  type: object\n  properties:\n    customer_id: {type: string}\n"
            "value:\n  modules:\n"
            "    - id: load\n"
            "      value:\n"
            "        type: script\n"
            "        path: f/crm/load_customer\n"
            "        input_transforms:\n"
            "          id: {type: javascript, expr: '«flow_input.customerId»'}\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        # flows load only when one is checked
        from wac_lint.flows.expressions import RefKind
        from wac_lint.flows.model import BlockKind
        from wac_lint.flows.query import ref_span, references

        model = ctx.flow
        self.check_flow_env(ctx)
        self.check_enums(ctx)
        self.check_item_enums(ctx)
        self.check_listed_enums(ctx)
        self.check_item_fields(ctx)
        self.check_element_fields(ctx)
        self.check_iter_members(ctx)
        declared = model.property_names()
        if declared is None:
            return
        self.check_fields(ctx, declared)
        self.check_preprocessed(ctx, declared)
        self.check_job_keys(ctx, declared)
        self.check_required_unread(ctx, declared)
        known = ", ".join(f"`{n}`" for n in sorted(declared)) or "none"
        found = [(e, r) for e, r in references(model, RefKind.FLOW_INPUT) if r.name not in declared]
        # a name one read of an expression handles as missing is handled in all of it
        # (`flow_input.kind ? flow_input.kind : "x"`)
        handled = {(id(e), r.name) for e, r in found if _read_as_optional(e.text, r.start, r.end)}
        for expr, ref in found:
            if (id(expr), ref.name) in handled:
                continue
            module = expr.module
            if module is not None and module.root_block().kind is BlockKind.PREPROCESSOR:
                continue
            ctx.report(
                ref_span(model, expr, ref),
                f"`flow_input.{ref.name}` is not an input of this flow (its schema declares "
                f"{known}): nothing asks for it, so it is undefined unless a caller passes it "
                "anyway",
            )

    @staticmethod
    def check_required_unread(ctx: RuleContext, declared: set[str]) -> None:
        """A `required` input of the flow's schema that no expression of the flow reads
        (`flow_input.<name>`, `$args[<name>]` in a job key): every run must give it, and
        it goes nowhere. Not judged when an expression reads `flow_input` otherwise than
        by a static name (whole, or `flow_input[key]`), when the first step reads its
        last result, which is the flow's input, when an expression reads an undeclared
        input (WAC504's finding, likely the required one misspelt), in a flow with no
        steps, or one whose first step is an identity step (its result is the input)."""
        import re

        from wac_lint.flows.expressions import RefKind
        from wac_lint.flows.model import ModuleKind
        from wac_lint.flows.query import ARG_TAG, parsed

        model = ctx.flow
        schema = model.schema
        required = schema.get("required") if schema is not None and schema.is_map else None
        if required is None or not required.is_seq or not required.items:
            return
        if model.top is None or not model.top.modules:
            return  # a flow with no steps yet (a stub a caller is written against)
        read: set[str] = set()
        first = model.top.modules[0]
        if first.kind is ModuleKind.IDENTITY:
            return  # its result is its last result, the flow's input: handed on whole
        whole = re.compile(r"(?<![\w$.])flow_input(?![\w$])")
        for expr in model.expressions:
            refs = [r for r in parsed(expr).refs if r.kind in (RefKind.FLOW_INPUT, RefKind.ITER)]
            if len(whole.findall(expr.text)) > len(refs):
                return  # `flow_input` read whole or by a computed key
            if expr.module is first and "result" in expr.text:
                return  # the first step's last result is the flow's input
            read.update(r.name for r in refs if r.kind is RefKind.FLOW_INPUT)
        root = model.root
        value = root.get("value") if root is not None and root.is_map else None
        if value is not None and value.is_map:
            for key in ("concurrency_key", "debounce_key"):
                node = value.get(key)
                if node is not None and node.is_scalar:
                    read.update(m.group(1) for m in ARG_TAG.finditer(node.text))
        if read - declared:
            return  # a read of an undeclared name: likely the required one misspelt
        for item in required.items:
            name = item.str_value()
            if name is None or name not in declared or name in read:
                continue
            ctx.report(
                model.key_span(item),
                f"`{name}` is a required input of this flow, but no step, condition or "
                f"setting reads `flow_input.{name}`: every run must give it, and it goes "
                f"nowhere; hand it to the step it was meant for, or drop it from `required`",
                severity=WARNING,
            )

    @staticmethod
    def check_job_keys(ctx: RuleContext, declared: set[str]) -> None:
        """`$args[name]` in the flow's `concurrency_key` / `debounce_key`, and the names
        of `debounce_args_to_accumulate`, that are no input of the flow: windmill-queue
        (`interpolate_args`) puts the run's argument `name` in the key, an empty string
        when the run has none, and accumulates only arguments the runs pass."""
        from wac_lint.flows.query import arg_tags, key_templates

        model = ctx.flow
        root = model.root
        value = root.get("value") if root is not None and root.is_map else None
        if value is None or not value.is_map:
            return
        known = ", ".join(f"`{n}`" for n in sorted(declared)) or "none"
        effects = {
            "concurrency_key": "every run gets the same key and they all share one "
            "concurrency limit",
            "debounce_key": "every run gets the same key and runs for all values are "
            "debounced together",
        }
        for key, effect in effects.items():
            node = value.get(key)
            if node is None or node.str_value() is None:
                continue
            # with no limit (no delay) the key does nothing at all: WAC500's finding
            active = value.get(_KEY_SWITCHES[key])
            templates = (
                key_templates(model, node)
                if active is not None and active.value() not in (None, 0, "")
                else ()
            )
            for written, name, span in templates:
                ctx.report(
                    span,
                    f"`{written}` in `{key}` is kept as written: Windmill evaluates no "
                    "expression in a key, it replaces only `$args[<input>]` (and "
                    f"`$workspace`) with the run's values, so {effect}; write "
                    f"`$args[{name}]`",
                )
            for name, span in arg_tags(model, node):
                if name in declared:
                    continue
                ctx.report(
                    span,
                    f"`$args[{name}]` in `{key}` names no input of this flow (its schema "
                    f"declares {known}): Windmill puts an empty string in its place, so "
                    f"{effect}",
                )
        accumulated = value.get("debounce_args_to_accumulate")
        if accumulated is None or not accumulated.is_seq:
            return
        for item in accumulated.items:
            if not item.is_scalar or not isinstance(item.value(), str) or item.text in declared:
                continue
            ctx.report(
                model.key_span(item),
                f"`{item.text}` in `debounce_args_to_accumulate` is not an input of this flow "
                f"(its schema declares {known}): no run passes it, so nothing is accumulated "
                "and the debounced run gets only the last run's arguments",
            )

    @staticmethod
    def check_fields(ctx: RuleContext, declared: set[str]) -> None:
        """`flow_input.<input>.<field>` of an object input whose schema lists its
        fields (`properties`) without this one, and allows no others: the run form
        asks for the listed fields only."""
        from wac_lint.flows.expressions import RefKind, python_method_hint
        from wac_lint.flows.model import BlockKind
        from wac_lint.flows.query import offset_span, references

        model = ctx.flow
        for expr, ref in references(model, RefKind.FLOW_INPUT):
            member = ref.member
            if ref.name not in declared or member is None or member in _OBJECT_MEMBERS:
                continue
            if member.isdigit():
                continue
            fields = _declared_fields(model, ref.name)
            if member == "length" and expr.text[ref.member_end :].lstrip().startswith("("):
                # the settled type of the input: the kind that has no member named "\0"
                typed_as = _member_less_kind(model, ref.name, "\0")
                mod = expr.module
                if mod is not None and mod.root_block().kind is BlockKind.PREPROCESSOR:
                    typed_as = None  # there `flow_input` is the trigger's payload
                if typed_as in ("string", "array"):
                    ctx.report(
                        offset_span(model, expr, ref.start, ref.member_end),
                        f"`flow_input.{ref.name}.length()`: input `{ref.name}` is "
                        f"{with_article(typed_as)} in the flow's schema, whose `length` is a "
                        "number, not a method: the call throws a TypeError and the step "
                        f"fails; read `flow_input.{ref.name}.length`",
                    )
                    continue
            kind = _member_less_kind(model, ref.name, member) if fields is None else None
            if (fields is None and kind is None) or (fields is not None and member in fields):
                continue
            if handles_absence(expr.text, ref.start, ref.member_end):
                continue
            if "?." in expr.text[ref.end : ref.member_end]:
                continue  # `flow_input.cfg?.x`: written for a field that may be missing
            module = expr.module
            if module is not None and module.root_block().kind is BlockKind.PREPROCESSOR:
                continue
            if fields is None and member.startswith("-") and kind in ("array", "string"):
                from wac_lint.flows.scope import negative_index_words

                typed = with_article(kind)
                read = f"flow_input.{ref.name}"
                ctx.report(
                    offset_span(model, expr, ref.start, ref.member_end),
                    f"`{read}[{member}]`: input `{ref.name}` is {typed} in the flow's schema, "
                    f"and {negative_index_words(read, member, typed)}",
                )
                continue
            if fields is None:
                hint = python_method_hint(kind or "", member)
                if kind == "array" and member == "split":
                    hint = "; it is a list already (`.join(',')` makes one string of it)"
                typed = with_article(kind or "")
                ctx.report(
                    offset_span(model, expr, ref.start, ref.member_end),
                    f"`flow_input.{ref.name}.{member}`: input `{ref.name}` is {typed} "
                    f"in the flow's schema, which the run form and the triggers built from it "
                    f"give, and {typed} has no `{member}`, so this is undefined (a "
                    f"call of it throws a TypeError){hint}",
                )
                continue
            known = ", ".join(f"`{n}`" for n in fields)
            ctx.report(
                offset_span(model, expr, ref.start, ref.member_end),
                f"`flow_input.{ref.name}.{member}` is not a field of input `{ref.name}` (its "
                f"schema declares {known}): the run form asks only for those, so it is "
                "undefined unless a caller passes it anyway",
            )

    @staticmethod
    def check_iter_members(ctx: RuleContext) -> None:
        """`flow_input.iter.<member>` in a loop for a member other than `index` and
        `value`: the flow runner gives each iteration `iter` as `{index, value}` and
        nothing else (windmill-worker `worker_flow.rs`), so any other member (`idx`,
        `item`, `key`) is undefined."""
        import difflib

        from wac_lint.flows.expressions import static_reads
        from wac_lint.flows.query import enclosing_loop, offset_span

        model = ctx.flow
        for expr in model.expressions:
            if "iter" not in expr.text or enclosing_loop(expr.module) is None:
                continue  # outside a loop `iter` itself is missing: WAC505
            for path, start, end in static_reads(expr.text, "flow_input", 2):
                member = path[1]
                if path[0] != "iter" or member in _ITER_MEMBERS or member in _OBJECT_MEMBERS:
                    continue
                if handles_absence(expr.text, start, end):
                    continue
                meant = _ITER_SYNONYMS.get(member.lower())
                close = [meant] if meant else []
                close = close or difflib.get_close_matches(member, sorted(_ITER_MEMBERS), n=1)
                hint = f"; did you mean `{close[0]}`?" if close else ""
                ctx.report(
                    offset_span(model, expr, start, end),
                    f"`flow_input.iter.{member}` is undefined: Windmill gives each iteration "
                    "`flow_input.iter` as `{index, value}` (the iteration's position and its "
                    f"item) and nothing else{hint}",
                )

    @staticmethod
    def check_item_fields(ctx: RuleContext) -> None:
        """`flow_input.iter.value.<field>` in a loop over an array input whose items'
        schema lists their fields without this one (and lets no others in)."""
        import difflib

        from wac_lint.flows.expressions import static_reads
        from wac_lint.flows.model import ModuleKind
        from wac_lint.flows.query import enclosing_loop, offset_span

        model = ctx.flow
        for expr in model.expressions:
            reads = static_reads(expr.text, "flow_input", 3)
            reads = tuple(r for r in reads if r[0][:2] == ("iter", "value"))
            if not reads:
                continue
            # a loop's own iterator runs outside it: its module's enclosing loop counts
            loop = enclosing_loop(expr.module)
            if loop is not None and loop.kind is ModuleKind.WHILELOOP:
                UnknownFlowInput.check_while_iteration(ctx, expr, reads, loop)
                continue
            found = _loop_items(model, loop) if loop is not None else None
            if loop is None or found is None:
                continue
            items, label = found
            fields = _fields_of(items)
            if fields is None:
                UnknownFlowInput.check_primitive_items(ctx, expr, reads, loop.id, items, label)
                continue
            outer = enclosing_loop(loop)
            around = _loop_items(model, outer) if outer is not None else None
            outer_fields = _fields_of(around[0]) if around is not None else None
            for path, start, end in reads:
                field = path[2]
                if field in fields or field in _OBJECT_MEMBERS:
                    continue
                if handles_absence(expr.text, start, end):
                    continue
                known = ", ".join(f"`{n}`" for n in fields)
                close = difflib.get_close_matches(field, fields, n=1, cutoff=0.6)
                hint = f"; did you mean `{close[0]}`?" if close else ""
                if outer is not None and outer_fields is not None and field in outer_fields:
                    hint = (
                        f"; inside loop `{loop.id}`, `flow_input.iter` is its own item, and "
                        f"the item of the outer loop `{outer.id}` (which has `{field}`) is out "
                        f"of reach: carry it into the items in `{loop.id}`'s iterator "
                        f"(`.map((x) => ({{ ...x, {field}: flow_input.iter.value.{field} }}))`)"
                    )
                ctx.report(
                    offset_span(model, expr, start, end),
                    f"`flow_input.iter.value.{field}` is not a field of the items of {label}, "
                    f"which loop `{loop.id}` iterates over (their schema declares "
                    f"{known}): the run form asks only for those, so it is undefined unless a "
                    f"caller passes it anyway{hint}",
                )

    @staticmethod
    def check_while_iteration(
        ctx: RuleContext,
        expr: Expression,
        reads: tuple[tuple[tuple[str, ...], int, int], ...],
        loop: FlowModule,
    ) -> None:
        """`flow_input.iter.value.<field>` in a while loop's body: windmill-worker gives
        each iteration of a `whileloopflow` `iter` as `{index: n, value: n}`, the
        iteration's number, so a field of it is undefined (an item of a for loop around
        the while loop is out of reach there)."""
        from wac_lint.flows.model import ModuleKind
        from wac_lint.flows.query import enclosing_loop, offset_span

        outer = enclosing_loop(loop)
        for path, start, end in reads:
            field = path[2]
            if field in _PRIMITIVE_MEMBERS["number"] or field in _OBJECT_MEMBERS:
                continue
            if handles_absence(expr.text, start, end):
                continue
            hint = ""
            if outer is not None and outer.kind is ModuleKind.FORLOOP:
                hint = (
                    f"; the item of the for loop `{outer.id}` around it is out of reach there: "
                    f"read it in a step before `{loop.id}` and use that step's result "
                    "(`results.<id>`) inside"
                )
            ctx.report(
                offset_span(ctx.flow, expr, start, end),
                f"`flow_input.iter.value.{field}`: inside while loop `{loop.id}`, "
                "`flow_input.iter` is that loop's own iteration, whose `value` is the "
                "iteration's number (the flow runner gives a while loop's iterations "
                f"`{{index: n, value: n}}`), so `.{field}` is undefined{hint}",
            )

    @staticmethod
    def check_element_fields(ctx: RuleContext) -> None:
        """A field read on an item of an array input outside a loop over it
        (`flow_input.lines.map((l) => l.sku_code)`, `flow_input.lines[0].sku_code`)
        whose items' schema lists their fields without this one (and lets no others in)."""
        import difflib

        from wac_lint.flows.expressions import input_element_reads
        from wac_lint.flows.model import BlockKind
        from wac_lint.flows.query import offset_span

        model = ctx.flow
        schema = model.schema
        props = schema.get("properties") if schema is not None and schema.is_map else None
        if props is None or not props.is_map:
            return
        arrays: dict[str, list[str]] = {}
        for key, _ in props.pairs:
            items = _array_items(model, key.text)
            fields = _fields_of(items) if items is not None else None
            if fields is not None:
                arrays[key.text] = fields
        if not arrays:
            return
        for expr in model.expressions:
            module = expr.module
            if module is not None and module.root_block().kind is BlockKind.PREPROCESSOR:
                continue
            for name, fields in arrays.items():
                for read in input_element_reads(expr.text, name):
                    if read.prop in fields or read.prop in _OBJECT_MEMBERS:
                        continue
                    if handles_absence(expr.text, read.start, read.end):
                        continue
                    known = ", ".join(f"`{n}`" for n in fields)
                    close = difflib.get_close_matches(read.prop, fields, n=1, cutoff=0.6)
                    hint = f"; did you mean `{close[0]}`?" if close else ""
                    ctx.report(
                        offset_span(model, expr, read.start, read.end),
                        f"`{read.prop}` is not a field of the items of input `{name}` (their "
                        f"schema declares {known}): the run form asks only for those, so it "
                        f"is undefined unless a caller passes it anyway{hint}",
                    )

    @staticmethod
    def check_primitive_items(
        ctx: RuleContext,
        expr: Expression,
        reads: tuple[tuple[tuple[str, ...], int, int], ...],
        loop: str | None,
        items: YNode,
        label: str,
    ) -> None:
        """`flow_input.iter.value.<field>` in a loop over an array input whose items'
        schema types them as strings, numbers or booleans: such an item has no field."""
        from wac_lint.flows.query import offset_span

        item_kind = items.get("type")
        kind = item_kind.str_value() if item_kind is not None else None
        if kind is None or kind not in _PRIMITIVE_MEMBERS:
            return
        plural = "integers" if kind == "integer" else f"{kind}s"
        for path, start, end in reads:
            field = path[2]
            if field in _PRIMITIVE_MEMBERS[kind] or field in _OBJECT_MEMBERS:
                continue
            if handles_absence(expr.text, start, end):
                continue
            ctx.report(
                offset_span(ctx.flow, expr, start, end),
                f"`flow_input.iter.value.{field}`: the items of {label}, which loop "
                f"`{loop}` iterates over, are {plural} (their schema's `type`), which have no "
                f"field `{field}`, so this is undefined; the item itself is "
                "`flow_input.iter.value`",
            )

    @staticmethod
    def check_preprocessed(ctx: RuleContext, declared: set[str]) -> None:
        """`flow_input.<name>` that the preprocessor module never returns: a triggered run
        starts with the preprocessor's result as its inputs (windmill-worker
        `worker_flow.rs` runs it first and hands its result to the flow as its args),
        so the read gets nothing when the flow is triggered."""
        from wac_lint.flows.expressions import RefKind
        from wac_lint.flows.model import BlockKind
        from wac_lint.flows.query import ref_span, references
        from wac_lint.flows.returns import returned_keys
        from wac_lint.flows.targets import step_code

        model = ctx.flow
        pre = next(
            (
                m
                for m in model.modules
                if m.parent is None and m.block.kind is BlockKind.PREPROCESSOR
            ),
            None,
        )
        code = step_code(model, pre) if pre is not None and not pre.mocked else None
        keys = returned_keys(code[0], code[1], "preprocessor") if code is not None else None
        if keys is None or not keys:
            return
        schema = model.schema
        props = schema.get("properties") if schema is not None and schema.is_map else None
        seen: set[str] = set()
        for expr, ref in references(model, RefKind.FLOW_INPUT):
            if ref.name in keys or ref.name in seen or ref.name not in declared:
                continue
            prop = props.get(ref.name) if props is not None and props.is_map else None
            if prop is not None and prop.is_map and prop.get("default") is not None:
                continue  # whether a default fills it in for a triggered run is not judged
            module = expr.module
            if module is None or module.root_block().kind is BlockKind.PREPROCESSOR:
                continue
            if handles_absence(expr.text, ref.start, ref.end):
                continue
            seen.add(ref.name)
            listed = ", ".join(f"`{k}`" for k in sorted(keys))
            ctx.report(
                ref_span(model, expr, ref),
                f"`flow_input.{ref.name}`: the preprocessor returns {listed} and no "
                f"`{ref.name}`, and a triggered run's inputs are what it returns, so this "
                "reads undefined whenever a trigger starts the flow",
            )

    @staticmethod
    def check_literal_type(ctx: RuleContext, expr: Expression, test: LiteralComparison) -> None:
        """`flow_input.dry_run === 'true'` with `dry_run` a boolean input: a strict
        comparison between values of two types never holds (the run form gives a
        boolean, a number for a number input)."""
        from wac_lint.flows.query import offset_span

        if not test.strict:
            UnknownFlowInput.check_loose_type(ctx, expr, test)
            return
        kind = _input_type(ctx.flow, test.path)
        literal = "string" if isinstance(test.literal, str) else "number"
        if kind is None or kind == literal or (kind == "integer" and literal == "number"):
            return
        read = "flow_input." + ".".join(test.path)
        shown = f"'{test.literal}'" if isinstance(test.literal, str) else _number(test.literal)
        natural = {"boolean": "`true` / `false`", "number": "a number", "integer": "a number"}
        hint = f"; compare with {natural[kind]}" if kind in natural else ""
        ctx.report(
            offset_span(ctx.flow, expr, test.start, test.end),
            f"`{read}` is {with_article(kind)} in the flow's schema, which the run form and the "
            f"triggers built from it give, and a strict comparison never equates it with "
            f"the {literal} `{shown}`, so this is always "
            f"{'false' if test.equal else 'true'}{hint}",
            severity=WARNING,
        )

    @staticmethod
    def check_loose_type(ctx: RuleContext, expr: Expression, test: LiteralComparison) -> None:
        """`flow_input.dry_run == 'true'` with `dry_run` a boolean input: `==` between a
        boolean or a number and a string (or a boolean and a number) compares them as
        numbers (`true` is 1, `'true'` is NaN), so a literal whose number no value of the
        input can equal makes the test constant."""
        from wac_lint.flows.query import offset_span

        kind = _input_type(ctx.flow, test.path)
        if kind not in ("boolean", "number", "integer"):
            return
        literal = test.literal
        if isinstance(literal, str):
            number = _js_number(literal)
            if kind == "boolean" and number in (0.0, 1.0):
                return  # `flag == '1'` holds for true
            if kind != "boolean" and number == number:  # not NaN: `count == '10'` may hold
                return
        elif kind != "boolean" or literal in (0.0, 1.0):
            return  # numbers with numbers, `flag == 1`
        read = "flow_input." + ".".join(test.path)
        shown = f"'{literal}'" if isinstance(literal, str) else _number(literal)
        what = "string" if isinstance(literal, str) else "number"
        as_number = "NaN" if isinstance(literal, str) else _number(literal)
        own = "`true` / `false` are 1 / 0" if kind == "boolean" else "the input is its value"
        natural = "`true` / `false`" if kind == "boolean" else "a number"
        ctx.report(
            offset_span(ctx.flow, expr, test.start, test.end),
            f"`{read}` is {with_article(kind)} in the flow's schema, which the run form and the "
            f"triggers built from it give, and `{'==' if test.equal else '!='}` compares it "
            f"with the {what} `{shown}` as numbers ({own}, `{shown}` is {as_number}), so "
            f"this is always {'false' if test.equal else 'true'}; compare with {natural}",
            severity=WARNING,
        )

    @staticmethod
    def check_enums(ctx: RuleContext) -> None:
        """`flow_input.<input> === '<value>'` where the input's schema `enum` does not
        list the value: the run form (a select), and schedules and triggers built from
        the schema, never give it, so the test is constant."""
        import difflib

        from wac_lint.flows.expressions import literal_comparisons
        from wac_lint.flows.model import BlockKind
        from wac_lint.flows.query import offset_span

        model = ctx.flow
        for expr in model.expressions:
            module = expr.module
            if module is not None and module.root_block().kind is BlockKind.PREPROCESSOR:
                continue
            for test in literal_comparisons(expr.text, "flow_input", indexes=True):
                if not any(name.isdigit() for name in test.path):
                    UnknownFlowInput.check_literal_type(ctx, expr, test)
                found = _schema_at(model, module, test.path)
                allowed = _enum_list(found[0]) if found is not None else None
                if found is None or allowed is None or not allowed:
                    continue
                if any(type(v) is not type(test.literal) for v in allowed):
                    continue  # mixed types: `==` may convert
                if test.literal in allowed:
                    continue
                read = found[1]
                shown = (
                    f"'{test.literal}'" if isinstance(test.literal, str) else _number(test.literal)
                )
                values = ", ".join(
                    f"`{v}`" if isinstance(v, str) else f"`{_number(v)}`" for v in allowed
                )
                close: list[str] = []
                if isinstance(test.literal, str):
                    words = [str(v) for v in allowed]
                    close = difflib.get_close_matches(test.literal, words, n=1, cutoff=0.6)
                hint = f"; did you mean `'{close[0]}'`?" if close else ""
                ctx.report(
                    offset_span(model, expr, test.start, test.end),
                    f"`{read}` is never `{shown}`: the flow's schema allows only {values} "
                    f"(`enum`), which the run form and the triggers built from it give, so "
                    f"this comparison is always {'false' if test.equal else 'true'}{hint}",
                    severity=WARNING,
                )

    @staticmethod
    def check_item_enums(ctx: RuleContext) -> None:
        """`flow_input.<array>.includes('<value>')` where the schema's `items.enum` for
        that array input does not list the value: the run form (a multiselect) and the
        triggers built from the schema never give it, so the test is constant."""
        import difflib

        from wac_lint.flows.model import BlockKind
        from wac_lint.flows.query import offset_span

        model = ctx.flow
        for expr in model.expressions:
            module = expr.module
            if "includes" not in expr.text or (
                module is not None and module.root_block().kind is BlockKind.PREPROCESSOR
            ):
                continue
            for found in _INCLUDES.finditer(expr.text):
                allowed = _enum_values(model, (found.group("name"),), items=True)
                text = found.group("single") if found.group("single") is not None else None
                text = found.group("double") if text is None else text
                if not allowed or text is None or any(not isinstance(v, str) for v in allowed):
                    continue
                if text in allowed:
                    continue
                values = ", ".join(f"`{v}`" for v in allowed)
                words = [str(v) for v in allowed]
                close = difflib.get_close_matches(text, words, n=1, cutoff=0.6)
                close = close or [w for w in words if w.lower() == text.lower()]
                hint = f"; did you mean `'{close[0]}'`?" if close else ""
                read = f"flow_input.{found.group('name')}"
                ctx.report(
                    offset_span(model, expr, found.start(), found.end()),
                    f"`{read}` never holds `'{text}'`: the flow's schema allows only {values} "
                    f"for its items (`items.enum`), which the run form and the triggers built "
                    f"from it give, so `.includes('{text}')` is always false{hint}",
                    severity=WARNING,
                )

    @staticmethod
    def check_listed_enums(ctx: RuleContext) -> None:
        """`['UK', 'CH'].includes(flow_input.<input>)` where the input's schema `enum`
        does not list a string of the array: the run form and the triggers built from
        the schema never give it, so that entry never matches (and the test is always
        false when no entry is listed)."""
        import difflib

        from wac_lint.flows.expressions import included_literals
        from wac_lint.flows.model import BlockKind
        from wac_lint.flows.query import offset_span

        model = ctx.flow
        for expr in model.expressions:
            module = expr.module
            if "includes" not in expr.text or (
                module is not None and module.root_block().kind is BlockKind.PREPROCESSOR
            ):
                continue
            for listed in included_literals(expr.text, "flow_input", indexes=True):
                found = _schema_at(model, module, listed.path)
                allowed = _enum_list(found[0]) if found is not None else None
                if found is None or not allowed or any(not isinstance(v, str) for v in allowed):
                    continue
                if listed.literal in allowed:
                    continue
                words = [str(v) for v in allowed]
                values = ", ".join(f"`{v}`" for v in words)
                close = difflib.get_close_matches(listed.literal, words, n=1, cutoff=0.6)
                close = close or [w for w in words if w.lower() == listed.literal.lower()]
                hint = f"; did you mean `'{close[0]}'`?" if close else ""
                ctx.report(
                    offset_span(model, expr, listed.start, listed.end),
                    f"`{found[1]}` is never `'{listed.literal}'`: the flow's schema allows "
                    f"only {values} (`enum`), which the run form and the triggers built from "
                    f"it give, so this entry of the list never matches{hint}",
                    severity=WARNING,
                )

    @staticmethod
    def check_flow_env(ctx: RuleContext) -> None:
        """`flow_env.<name>` of a flow whose `flow_env` does not define it."""
        from wac_lint.flows.expressions import RefKind
        from wac_lint.flows.query import ref_span, references

        model = ctx.flow
        defined = model.flow_env_names()
        if defined is None:
            return  # a subflow reads its root flow's `flow_env`, which may define it
        known = ", ".join(f"`{n}`" for n in sorted(defined)) or "none"
        found = [(e, r) for e, r in references(model, RefKind.FLOW_ENV) if r.name not in defined]
        handled = {(id(e), r.name) for e, r in found if handles_absence(e.text, r.start, r.end)}
        for expr, ref in found:
            if (id(expr), ref.name) in handled:
                continue
            # names are case-sensitive: `flow_env.api_url` for `API_URL` is the usual slip
            same = [n for n in sorted(defined) if n.lower() == ref.name.lower()]
            hint = f"; did you mean `flow_env.{same[0]}`?" if same else ""
            ctx.report(
                ref_span(model, expr, ref),
                f"`flow_env.{ref.name}` is not a variable of this flow's `flow_env` (it "
                f"defines {known}): Windmill has no such variable, so the expression gets no value "
                f"for it{hint}",
            )
