"""WAC103: a step name (or approval key) computed at run time."""

from __future__ import annotations

import json

import tree_sitter

from wac_lint.constant_strings import folded_string, plain_literal
from wac_lint.languages import LanguageKind
from wac_lint.model import BodyCall, CallKind, CodeRole, Reached, ScriptModel, Span
from wac_lint.rule import ERROR, INFO, WARNING, Rule, RuleContext, code_span, py, ts
from wac_lint.rules import _by_path, _catalogue
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules.wac105_order_dependent_dispatch import unstable_iterable
from wac_lint.rules.wac301_invalid_sdk_call import approval_url_keys
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
whose key is computed (where the same expression is the step key the function
gives `get_approval_urls` / `getApprovalUrls`, a key per reviewer of a loop paired
with the URLs sent to that reviewer, the message does not advise a literal or no
key: a literal would be used twice, and no key leaves those URLs addressing no
approval). A `step` in a helper of the file that the body calls is
judged too: a name the helper takes as a parameter (`async def checkpoint(label, fn):
return await step(label, fn)`) at each call of the helper in the body, where the
argument is given (`checkpoint(f"stamp_{batch}", fn)`); a name the helper builds
itself on the body's call of the helper. (A function such a helper only hands to
`step` is a step callback: the body does not run it.) A decorator of the file used
only above definitions that names its step `fn.__name__` names it after each
decorated `def`: a constant.

A name that prints an instance of a plain class of the file through `object`'s
own `str()` / `repr()` (`f"batch-{b}"`, `str(b)`, `repr(b)` where `Batch` defines neither
`__str__` nor `__repr__`, has no decorator, a dataclass writes its own, and no base but
plain classes of the file of that kind, `class Keg(Vessel)`) holds the object's address,
`<Batch object at 0x7f...>`: an error, like the clock; so does one printing `object()`
itself, or a sentinel bound to it (`<object object at 0x...>`).

Severity: a warning when the name is built from inputs or the loop variable
(stable across replays: wmill 1.850.0 `_alloc_key` and windmill-client 1.818.0
`_allocKey` number repeats of one name, so a literal gives the same keys); an
error when it is built from the clock, randomness or the environment (directly,
through a variable, or through a helper of the file or of another module that the
body calls there and that reads one, as WAC102 reports at that call:
`step(runKey("sum"), ...)` where `runKey` returns `` `${b}-${Date.now()}` ``), or
spells out a Python set of str (`"-".join(set(ids))`, `f"{set(ids)}"`: its order is
salted per process), which change between replays;
**info** when the name is a
variable bound once to a string literal (`QUOTA_STEP = "quota"`), a constant
expression of literals (`"fetch-" + "users"`, `f"{TEAM}_lead"`, through such names)
or a member of a `str` enum of the file assigned a literal (`Stage.PLAN` of `class
Stage(StrEnum)`, any enum's `Stage.PLAN.value`, a TypeScript `enum Stage { PLAN =
"plan" }`; a plain Python `Enum` member is no string), or a member of an object /
dict literal bound once, without a spread, that the file never changes (`STEPS.fx`,
`STEPS["fx"]` of `STEPS = {"fx": "fx_rates"}`, `as const` or not; a write to it,
`delete`, a method call on a member or the object handed on keeps it computed), or
such a constant another module of the workspace binds (`` `${STEP_PREFIX}-report` ``
of a barrel re-exporting `STEP_PREFIX = "acct"`): the
keys are
stable, but Windmill's WAC parser reads only a literal at the call, so its
diagram labels the step `step` (checked with Windmill's own parser). The diagram
is named as a reason only where it draws the step: `windmill-oracle dag` shows
that Windmill's parser draws a step only as a statement of the workflow function
(`await step(...)`, or assigned as a whole) inside `if` / loops / `try` blocks,
never in a `return`, inside another expression, an annotated or augmented
assignment, Python `with` / `match` / `for-else` bodies or a helper, and labels
every approval `wait_for_approval` whatever its key. There a constant name is not
reported.

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
            member = sdk.enum_member(ctx.model, node)
            if member is not None and not member.is_str and not member.by_value:
                continue  # a plain `Enum` member: no string at all, WAC301's finding
            shown = code_span(ctx.model.code(node))
            if self.volatile(ctx, node, what, shown, Span.of(node)):
                continue
            # the diagram labels an approval `wait_for_approval` whatever its key
            drawn = call.kind == "step" and drawn_in_diagram(ctx, call.node)
            constant = constant_string(ctx, node)
            if constant is None and ctx.workspace is not None:
                # `` `${STEP_PREFIX}-report` `` of a constant another module of the
                # workspace binds (through a barrel too): a constant all the same
                held = _by_path.path_value(ctx.model, node, ctx.workspace)
                constant = json.dumps(held) if held is not None else None
            if constant is not None:
                if drawn:  # elsewhere the diagram omits the step, whatever its name
                    ctx.report(
                        Span.of(node),
                        f"The {what} {shown} is the constant {code_span(constant)}: stable "
                        "across replays, but Windmill's parser only reads a literal at the "
                        f"call, so its diagram shows this step as `step`; write "
                        f"{code_span(constant)} here",
                        severity=INFO,
                    )
                continue
            diagram = " and Windmill's diagram shows it as `step`" if drawn else ""
            # a step's repeated name is numbered; an explicit approval key used twice
            # raises (`_waitForApproval` / `_wait_for_approval`: "already used")
            if call.kind == "step":
                advice = "a literal gives the same keys, numbered `_2`, `_3`"
            elif _keys_its_urls(ctx.model, node):
                # `get_approval_urls(role)` then `wait_for_approval(key=role)`: dropping
                # the key leaves the URLs sent addressing no approval
                advice = (
                    "it also names the approval whose URLs the workflow asks for, so keep "
                    "it only where each value is asked once (the SDK raises on a repeated "
                    "key, from a list holding a value twice), or write one literal key per "
                    "approval"
                )
            else:
                advice = (
                    "where it is asked once a literal does the same; where it is asked "
                    "again drop the key (approvals are then numbered `approval`, "
                    "`approval_2`): a literal key used twice makes the SDK raise"
                )
            ctx.report(
                Span.of(node),
                f"The {what} {shown} is computed at run time: it is stable across replays "
                "(nothing in it reads the clock, randomness or the environment), but the "
                f"guide asks for constant names{diagram}; {advice}",
            )
        self.helper_steps(ctx)

    @staticmethod
    def volatile(ctx: RuleContext, node: Node, what: str, shown: str, at: Span) -> bool:
        """Report a name built from the clock, randomness or the environment."""
        found = volatile_source(ctx, node)
        if found is None:
            return False
        source, why = found
        ctx.report(
            at,
            f"The {what} {shown} is built from {source}, which changes "
            f"between replays{why}: checkpoint keys come from names, so the completed "
            "step is not found and runs again; use a constant string literal",
            severity=ERROR,
        )
        return True

    def helper_steps(self, ctx: RuleContext) -> None:
        """`step(name, fn)` in a helper of the file the body calls: a name the helper
        takes as a parameter is judged at each call of the helper in the body (the
        argument given there: `checkpoint(f"stamp_{batch}", ...)`); a name the helper
        builds itself is reported on the body's call of the helper. (Windmill's diagram
        never draws a step of a helper, so a constant name is no finding.)"""
        model = ctx.model
        semantic = model.semantic
        wf = sdk.facts(model).workflow_function
        if semantic is None or wf is None:
            return
        reachable = model.call_graph.reachable
        seen: set[int] = set()
        for call in sdk.facts(model).calls:
            if call.primitive is not sdk.Primitive.STEP or call.decorator or not call.args:
                continue
            name = call.args[0]
            if name.type in semantic.syntax.functions or _plain_literal(ctx, name):
                continue
            if sdk.region_of(model, call.call) is sdk.Region.WORKFLOW:
                continue  # the body's own steps: `check` above
            owner = next(sdk.enclosing_functions(model, call.call), None)
            reached = reachable.get(owner) if owner is not None else None
            if owner is None or reached is None or reached.role is not CodeRole.BODY:
                continue
            helper = reached.chain[-1] if reached.chain else model.text(owner)
            binding = semantic.resolve(name) if name.type in semantic.syntax.identifiers else None
            if (
                binding is not None
                and binding.kind == BindingKind.PARAMETER
                and binding.scope.node == owner
            ):
                for arg in sdk.arguments_for(model, wf, owner, binding.name):
                    if arg.id in seen or _plain_literal(ctx, arg):
                        continue
                    seen.add(arg.id)
                    shown = code_span(model.code(arg))
                    what = f"step name {shown} (given to `{helper}`, which passes it to `step`)"
                    if self.volatile(ctx, arg, "step name", shown, Span.of(arg)):
                        continue
                    if constant_string(ctx, arg) is not None:
                        continue
                    ctx.report(
                        Span.of(arg),
                        f"The {what} is computed at run time: it is stable across replays "
                        "(nothing in it reads the clock, randomness or the environment), but "
                        "the guide asks for constant names; a literal gives the same keys, "
                        "numbered `_2`, `_3`",
                    )
                continue
            if binding is not None and binding.kind == BindingKind.PARAMETER:
                continue  # a parameter of an enclosing function: not followed
            if constant_string(ctx, name) is not None or reached.site is None:
                continue
            if decorated_function_name(ctx, name):
                continue  # `step(fn.__name__, ...)` in a decorator: the def's own name
            shown = code_span(model.code(name))
            via = f"in `{' → '.join(reached.chain)}`" if reached.chain else f"in `{helper}`"
            if self.volatile(ctx, name, f"step name ({via})", shown, reached.site):
                continue
            if any(
                self.volatile(ctx, arg, f"step name ({via})", shown, reached.site)
                for arg in _site_arguments(ctx, wf, owner, name, reached)
            ):
                continue  # `runner.run(`x-${Date.now()}`)` where `run` names `${prefix}:${id}`
            ctx.report(
                reached.site,
                f"The step name ({via}) {shown} is computed at run time: it is stable "
                "across replays (nothing in it reads the clock, randomness or the "
                "environment), but the guide asks for constant names; a literal gives the "
                "same keys, numbered `_2`, `_3`",
            )


# Where Windmill's WAC parser (`parse_workflow_as_code`, read with `windmill-oracle
# dag`) draws a step: a statement of the workflow function that is the awaited call
# itself, or assigns it, nested only in these blocks. A step anywhere else (a
# `return`, `out.append(await step(...))`, an annotated or augmented assignment,
# Python `with` / `match` bodies, a helper) is not drawn at all, literal name or not.
_DRAWN_STATEMENTS = {
    LanguageKind.PYTHON: {"expression_statement", "assignment"},
    LanguageKind.TYPESCRIPT: {"expression_statement", "variable_declarator"},
}
_DRAWN_BLOCKS = {
    LanguageKind.PYTHON: {
        "block",
        "if_statement",
        "elif_clause",
        "else_clause",
        "for_statement",
        "while_statement",
        "try_statement",
        "except_clause",
        "finally_clause",
    },
    LanguageKind.TYPESCRIPT: {
        "statement_block",
        "if_statement",
        "else_clause",
        "for_statement",
        "for_in_statement",
        "while_statement",
        "try_statement",
        "catch_clause",
        "finally_clause",
        "expression_statement",
        "lexical_declaration",
        "variable_declaration",
    },
}


def drawn_in_diagram(ctx: RuleContext, call: Node) -> bool:
    entry = ctx.model.workflow
    function = entry.function.node if entry is not None and entry.function else None
    callee = call.child_by_field_name("function")
    if callee is None or ctx.model.text(callee) != "step":
        return False  # the parser knows only the exact, unaliased name
    awaited = call.parent
    if function is None or awaited is None or awaited.type not in ("await", "await_expression"):
        return False
    language = ctx.model.language
    statement = awaited.parent
    while statement is not None and statement.type == "assignment":
        if statement.child_by_field_name("type") is not None:
            return False  # `x: int = await step(...)`
        statement = statement.parent  # `a = b = await step(...)`
    if statement is None or statement.type not in _DRAWN_STATEMENTS[language]:
        return False
    node = statement.parent
    while node is not None and node.type in _DRAWN_BLOCKS[language]:
        if (
            node.type == "else_clause"
            and node.parent is not None
            and node.parent.type in ("for_statement", "while_statement")
        ):
            return False  # Python's `for ... else` is not drawn
        node = node.parent
    return node is not None and (
        node == function or (node.parent is not None and node.parent == function)
    )


def _site_arguments(
    ctx: RuleContext, wf: Node, owner: Node, name: Node, reached: Reached
) -> list[Node]:
    """The arguments the body's call of `owner` (a helper it calls itself, a function or
    a method) gives for the parameters of `owner` that the step name `name` is built
    from (`${this.prefix}:${id}` takes `id`): where those parts of the name are decided."""
    model = ctx.model
    semantic = model.semantic
    if semantic is None or len(reached.chain) != 1:
        return []  # reached through another helper: its own arguments decide
    used: set[str] = set()
    stack = [name]
    while stack:
        node = stack.pop()
        if node.type in semantic.syntax.identifiers:
            binding = semantic.resolve(node)
            if (
                binding is not None
                and binding.kind == BindingKind.PARAMETER
                and binding.scope.node == owner
            ):
                used.add(binding.name)
        stack.extend(node.named_children)
    if not used:
        return []
    site = next(
        (
            call
            for call in sdk.same_function_nodes(model, ("call", "call_expression"), wf)
            if Span.of(call) == reached.site
        ),
        None,
    )
    if site is None:
        return []
    names = sdk.parameter_names(model, owner)
    callee = site.child_by_field_name("function")
    if (
        names
        and names[0] in ("self", "cls")
        and callee is not None
        and callee.type == semantic.syntax.attribute
    ):
        names = names[1:]  # `runner.run(label)` binds `self` itself
    args, options, _ = sdk.arguments_of(model, site)
    found = [o.value for o in options if o.name in used and o.value is not None]
    found += [arg for param, arg in zip(names, args, strict=False) if param in used]
    return found


def decorated_function_name(ctx: RuleContext, name: Node) -> bool:
    """`fn.__name__` (or `__qualname__`) where `fn` is the first parameter of a function
    of the file used only as a decorator above definitions (`@durable def fetch(...)`,
    never called otherwise): the name of the decorated `def`, a constant of each one."""
    model = ctx.model
    semantic = model.semantic
    if semantic is None or name.type != semantic.syntax.attribute:
        return False
    attr = name.child_by_field_name("attribute")
    owner = name.child_by_field_name("object")
    if attr is None or owner is None or owner.type not in semantic.syntax.identifiers:
        return False
    if model.text(attr) not in ("__name__", "__qualname__"):
        return False
    binding = semantic.resolve(owner)
    if binding is None or binding.kind != BindingKind.PARAMETER:
        return False
    decorator = binding.scope.node
    label = decorator.child_by_field_name("name")
    params = decorator.child_by_field_name("parameters")
    if decorator.type != "function_definition" or label is None or params is None:
        return False
    first = next((p for p in params.named_children if p.type == "identifier"), None)
    if first is None or model.text(first) != binding.name:
        return False
    called = model.text(label)
    for call in sdk.nodes_in(model, "call"):
        callee = call.child_by_field_name("function")
        if callee is not None and model.text(callee) == called:
            return False  # `durable(partial(...))`: given something else than a def
    uses = [
        d
        for d in sdk.nodes_in(model, "decorator")
        if d.named_children and model.text(d.named_children[0]) == called
    ]
    return bool(uses) and all(
        d.parent is not None
        and any(
            c.type in ("function_definition", "class_definition") for c in d.parent.named_children
        )
        for d in uses
    )


def constant_string(ctx: RuleContext, node: Node) -> str | None:
    """The string a name is bound to once, as a literal (`QUOTA_STEP = "quota"` gives
    `"quota"`); a constant expression of literals (`"fetch-" + "users"`, Python's
    `"a" "b"`, through other such names) gives the literal it evaluates to."""
    semantic = ctx.model.semantic
    if semantic is None:
        return None
    member = _str_enum_member(ctx, node)
    if member is not None:
        return json.dumps(member)  # `Stage.PLAN` of `class Stage(StrEnum)`
    if node.type in ("member_expression", "subscript", "subscript_expression"):
        # `Keys.VISA` of `namespace Keys { export const VISA = "visa" }`, `Keys.VISA` of a
        # class's `static readonly VISA = "visa"`: a name bound once to a literal;
        # `STEPS.fx` / `STEPS["fx"]` of an object literal the file never changes
        held = sdk.unwrap(
            sdk.namespace_member(ctx.model, node)
            or sdk.static_member(ctx.model, node)
            or sdk.frozen_literal_member(ctx.model, node)
        )
        if held is not None and _plain_literal(ctx, held):
            return ctx.model.text(held)
        folded = _fold(ctx, held, depth=0) if held is not None else None
        if folded is not None:
            return json.dumps(folded)
    if node.type not in semantic.syntax.identifiers and node.type not in _SHORTHAND:
        folded = _fold(ctx, node, depth=0)  # `"fetch-" + "users"` at the call
        return json.dumps(folded) if folded is not None else None
    binding = semantic.resolve(node)
    # `const KEY = "dsmb_chair" as const` (or `satisfies string`): the literal's value
    value = sdk.unwrap(binding.assigned_value) if binding is not None else None
    if value is None:
        return None
    if _plain_literal(ctx, value):
        return ctx.model.text(value)
    folded = _fold(ctx, value, depth=0)
    return json.dumps(folded) if folded is not None else None


def _str_enum_member(ctx: RuleContext, node: Node) -> str | None:
    """The string a member of an enum class of the file stands for, as a step name:
    `Stage.PLAN` of a `str` enum (a `str` itself, equal to its value), or
    `Stage.PLAN.value` of any enum, when the member is assigned a plain literal."""
    member = sdk.enum_member(ctx.model, node)
    if member is None or member.value is None or not (member.is_str or member.by_value):
        return None
    return member.value


def _plain_literal(ctx: RuleContext, value: Node) -> bool:
    """A string literal with no interpolation (not an f-string, not a `${}` template)."""
    return plain_literal(ctx.model, value)


def _fold(ctx: RuleContext, node: Node, depth: int) -> str | None:
    """The value of a string expression made only of literals, or None."""
    return folded_string(ctx.model, node, depth)


def volatile_source(ctx: RuleContext, name: object) -> tuple[str, str] | None:
    """The clock / random / environment read a name is built from, directly, through
    a variable assigned in the workflow (checkpointed step results are stable) or
    through a helper the body calls there, shown as code (with the chain of helpers),
    and why it changes when the read alone does not say (else an empty string)."""
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
    python = SALTED_SETS[model.language]
    reached: dict[int, str] | None = None  # built on the first call met
    pending: list[tuple[Node, int]] = [(name, 0)]  # type: ignore[list-item]
    seen: set[int] = set()
    while pending:
        start, depth = pending.pop()
        stack = [start]
        while stack:
            node = stack.pop()
            if node.type in syntax.functions:
                continue  # a callback: runs in a step, or later
            if python and (spelled := set_spelled(model, node)) is not None:
                return code_span(spelled), ""
            if python and (address := address_spelled(model, node)) is not None:
                return code_span(address[0]), address[1]
            kind = None
            if node.type in _SHORTHAND:
                kind = CallKind.READ  # `waitForApproval({ key })`: the variable `key`
            elif node.type in syntax.calls:
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
                        return code_span(model.code(node)), ""
                if kind == CallKind.CALL:
                    # a helper (of the file or of another module) the body calls here
                    # reads the clock, randomness or the environment: `run_label("x")`
                    if reached is None:
                        reached = helper_reads(ctx)
                    read = reached.get(node.start_byte)
                    if read is not None:
                        return read, ""
                if (node.type in syntax.identifiers or node.type in _SHORTHAND) and depth < 3:
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


def helper_reads(ctx: RuleContext) -> dict[int, str]:
    """Where the workflow body calls a helper that reads the clock, randomness or the
    environment (any depth, of the file or of another module of the workspace): the
    start of that call, and the read as WAC102 names it (`datetime.now` (reached
    through `main → f.lib.clock.run_label → datetime.now`))."""
    found: dict[int, str] = {}
    for call, _entry in _catalogue.body_matches(
        ctx,
        "nondeterminism.toml",
        ctx.strings(_catalogue.EXTEND_NONDETERMINISM),
        ctx.strings(_catalogue.ALLOW_NONDETERMINISM),
    ):
        if call.chain and call.site is not None and not call.writes:
            found.setdefault(call.site.start_byte, _catalogue.describe(ctx, call))
    return found


# `waitForApproval({ key })`: the key is the variable of that name, read like one.
_SHORTHAND = frozenset({"shorthand_property_identifier"})

# A set of str iterates in an order salted per process in Python; a JavaScript `Set`
# keeps insertion order.
SALTED_SETS = {LanguageKind.PYTHON: True, LanguageKind.TYPESCRIPT: False}


def address_spelled(model: ScriptModel, node: Node) -> tuple[str, str] | None:
    """`f"{batch}"`, `str(batch)`, `repr(batch)` of an instance of a plain class of the
    file that writes neither `__repr__` nor (for `str`) `__str__`: `object.__repr__`
    prints `<Batch object at 0x7f...>`, the object's address in this round's process."""
    shown: Node | None = None
    wants = "__str__"
    if node.type == "interpolation" and node.named_children:
        if any(c.type == "format_specifier" for c in node.named_children):
            return None  # `{x:>8}`: `object.__format__` refuses a spec
        shown = node.named_children[0]
        conversion = next((c for c in node.named_children if c.type == "type_conversion"), None)
        if conversion is not None and model.text(conversion) == "!r":
            wants = "__repr__"
    elif node.type == "call":
        callee = sdk.callee_of(node)
        args = sdk.arguments_of(model, node)[0]
        if callee is None or len(args) != 1 or model.text(callee) not in ("str", "repr", "format"):
            return None
        shown = args[0]
        wants = "__repr__" if model.text(callee) == "repr" else "__str__"
    if shown is None:
        return None
    if bare_object(model, shown):
        # `f"obj_{object()}"`, a sentinel `MARK = object()`: `<object object at 0x...>`
        return model.text(node), (
            " (an `object()` prints `<object object at 0x...>`, the object's address in "
            "this round's process)"
        )
    found = sdk.instance_class(model, shown)
    if found is None or not default_repr(model, found, wants):
        return None
    name = found.child_by_field_name("name")
    spelled = model.text(name) if name is not None else "its class"
    methods = "neither `__str__` nor `__repr__`" if wants == "__str__" else "no `__repr__`"
    return model.text(node), (
        f" (`{spelled}` defines {methods}, so it prints `<{spelled} object at 0x...>`, "
        "the object's address in this round's process)"
    )


def bare_object(model: ScriptModel, node: Node) -> bool:
    """`object()` (the builtin), or a name bound once to it."""
    value = sdk.unwrap(node) or node
    if value.type == "identifier":
        bound = sdk.bound_value(model, model.text(value), value)
        value = sdk.unwrap(bound) or bound if bound is not None else value
    if value.type != "call":
        return False
    callee = sdk.callee_of(value)
    if callee is None or callee.type != "identifier" or model.text(callee) != "object":
        return False
    if model.semantic is not None and model.semantic.resolve(callee) is not None:
        return False  # a local `object`, not the builtin
    return not sdk.arguments_of(model, value)[0]


def default_repr(model: ScriptModel, class_node: Node, wants: str, depth: int = 0) -> bool:
    """A class of the file whose `str()` (`wants="__str__"`) or `repr()` is object's:
    no decorator (a dataclass writes `__repr__`), no base but `object` or classes of the
    file that are such classes themselves (`class Keg(Vessel)`), and no method of those
    names in its body."""
    parent = class_node.parent
    if parent is not None and parent.type == "decorated_definition" or depth > 8:
        return False
    bases = class_node.child_by_field_name("superclasses")
    for base in bases.named_children if bases is not None else ():
        if model.text(base) == "object":
            continue
        own = sdk.bound_value(model, model.text(base), base) if base.type == "identifier" else None
        if own is None or own.type != "class_definition" or own == class_node:
            return False  # a library's class, or a keyword (`metaclass=...`)
        if not default_repr(model, own, wants, depth + 1):
            return False
    body = class_node.child_by_field_name("body")
    names = {"__repr__", "__str__"} if wants == "__str__" else {"__repr__"}
    for statement in body.named_children if body is not None else ():
        definition = statement
        if definition.type == "decorated_definition":
            definition = definition.child_by_field_name("definition") or definition
        name = definition.child_by_field_name("name")
        if name is not None and model.text(name) in names:
            return False
        if definition.type == "expression_statement" and definition.named_children:
            assigned = definition.named_children[0].child_by_field_name("left")
            if assigned is not None and model.text(assigned) in names:
                return False  # `__repr__ = __str__`
    return True


def set_spelled(model: ScriptModel, node: Node) -> str | None:
    """`"-".join(set(ids))`, `str(set(ids))`, `f"{set(ids)}"`: a set of str written out
    in its iteration order, which str hashing salts per process (Python)."""
    shown: Node | None = None
    if node.type == "interpolation" and node.named_children:
        shown = node.named_children[0]
    elif node.type == "call":
        callee = sdk.callee_of(node)
        args = sdk.arguments_of(model, node)[0]
        if callee is None or len(args) != 1:
            return None
        if callee.type == "attribute":
            attr = callee.child_by_field_name("attribute")
            if attr is None or model.text(attr) != "join":
                return None
        elif model.text(callee) not in ("str", "repr"):
            return None
        shown = args[0]
    if shown is None:
        return None
    return model.text(node) if unstable_iterable(model, shown) is not None else None


def _keys_its_urls(model: ScriptModel, key: Node) -> bool:
    """Is the approval's computed key also the step key the same function (or a
    callback in it) gives `get_approval_urls` / `getApprovalUrls`, as the same
    expression (`role` in both)? Then it names the approval whose URLs were sent,
    one per iteration of a loop over reviewers: a literal would be used twice (the
    SDK raises) and no key leaves the URLs addressing nothing."""
    text = model.text(key)
    home = next(sdk.enclosing_functions(model, key), None)
    for other, _ in approval_url_keys(model):
        # the URLs are usually asked for in a step callback inside the same function
        if model.text(other) == text and home in list(sdk.enclosing_functions(model, other)):
            return True
    return False
