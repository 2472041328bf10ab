"""WAC303: one explicit approval key used twice in a workflow run."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from wac_lint.constant_strings import folded_string
from wac_lint.model import ScriptModel, Span, TaskDef, TaskKind
from wac_lint.rule import Rule, RuleContext, code_span, py, ts
from wac_lint.rules import _by_path
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._sdk_calls import Node, Primitive, Region
from wac_lint.rules.wac301_invalid_sdk_call import approval_key
from wac_lint.semantic.scopes import BindingKind
from wac_lint.tree_paths import ancestors

EXCLUSIVE_PARENTS = ("if_statement", "conditional_expression", "ternary_expression")
CASES = ("case_clause", "switch_case", "switch_default")
EXITS = (
    "return_statement",
    "raise_statement",
    "throw_statement",
    "continue_statement",
    "break_statement",
)
# The cases control falls through from one into the next unless they leave (TypeScript's
# `switch`; Python's `match` cases never do).
FALLTHROUGH_CASES = ("switch_case", "switch_default")


class DuplicateApprovalKey(Rule):
    code = "WAC303"
    name = "duplicate-approval-key"
    summary = "The same explicit approval key is used twice (both SDKs throw on the second use)"
    message = "Give each approval its own key"
    docs = """
## What it does
Finds two `wait_for_approval` / `waitForApproval` calls of one workflow that give the
same literal `key`, where both can run in one execution (calls in the two branches of
an `if` / `else`, or in different `case`s, are fine, unless a TypeScript `case` falls
through into the later one: no `break` / `return` / `throw` / `continue` ends it), and a
call with a literal key
inside a loop, unless the pass that asks for it always leaves the loop after it
(`break`, `return`, `raise` / `throw` follows it; `break outer` leaves the loops up to
the one labelled `outer`, `continue outer` only those inside it). A key held in a name bound once to
a literal (`REVIEW_KEY = "review"`), or to a constant expression of literals (`TEAM +
"_review"`), or in a `const` of a TypeScript namespace of the file or a `static
readonly` field of one of its classes (`Keys.OPS`, `Approvals.KEY`), or a member of an
enum of the file with a string value (`Desk.Jury` of `const enum Desk { Jury = "jury"
}`; a Python `StrEnum` member, any enum's `.value`), is that string. A
key a helper of the file takes as a parameter and passes on (`async def ask(key): ...
wait_for_approval(key=key)`) is read where the body calls the helper
(`ask("security")` twice is reported on the second). A key a method reads from its
instance (`self.role` / `this.key`) where the constructor stores one of its parameters
under that name (`__init__` setting `self.role`, `constructor(private readonly key:
string)`), or a dataclass / attrs field (`Desk("legal")`), is the argument the
instance was built with (`treasury = SignOff("treasury")`, `const security = new
SignOffGate("security")`), read where the workflow calls the instance (`await
treasury(...)` for `__call__`, `security.ask()` twice is reported on the second); a
class-level literal (`KEY = "ops"`) is that string. An approval with a literal key in
a helper function is reported where the workflow calls that helper a second time, or
calls it in a loop (a static method of a class of the file or a function of a
namespace, `Approvals.ask()`, counts as that helper); so is one in a method of an
instance another module builds at its top level, keyed by what its construction gives
the constructor (`finance_gate = ApprovalGate("finance")` whose `__call__` waits with
`key=self.key`, `pricingGate.open()` of `new Gate("pricing")` waiting with `key:
this.key`), or in a method of a class another module defines (a default-exported one too)
called on an instance the body builds (`desk = TreasuryDesk("emea")` then
`desk.sign_off(...)` in a loop, `new kit.review.ReviewQueue(team).escalate(...)` twice),
keyed by a literal or by what the body's construction gives the constructor, or keyed by
one of its own parameters (`async def sign_off(key, ...): ... wait_for_approval(key=key)`
in `f/lib/approvals.py`, then `sign_off("postmortem")` in a loop of the body). A Python
helper called as a bare statement, never awaited, never runs and asks for no key. A
literal key that a task call, a named `step`, a sleep (`sleep`) or an approval
without a key (`approval`) of the same function already took, earlier in the run
(`await deploy(...)` then `wait_for_approval(key="deploy")`), is reported too: steps,
tasks and approvals draw their keys from one set of names, so the approval's key is
renumbered and the SDK raises. A name's later runs are keyed `deploy_2`, `deploy_3`,
...: `key="deploy_2"` is reported where two runs of `deploy` certainly came before it
(no branch, loop or handler around them), and a TypeScript task of an anonymous
function (`task(async (x) => ...)`, whose `fn.name` is empty) is keyed `step`.

Both SDKs allocate the key like any step key and, when an explicit key had to be
renumbered because it was already used, raise: `WAC step key "manager" is already
used in this workflow` (`wmill` 1.850.0 `WorkflowCtx._wait_for_approval`,
`windmill-client` 1.818.0 `_waitForApproval`). Approvals without a key are
numbered `approval`, `approval_2`, ... and are fine anywhere.

Severity: **error**: the workflow fails at the second approval.

## Why is this bad
An explicit key is what `get_approval_urls(key)` addresses, so the SDK refuses
to rename a duplicate; the workflow fails when it reaches the second use.

## Example
```python
for doc in docs:
    await wait_for_approval(key="review")
```

## Use instead
```python
for doc in docs:
    await wait_for_approval()  # numbered approval, approval_2, ...
```
"""
    VALID = [
        py(
            "from wmill import wait_for_approval, workflow\n\n@workflow\nasync def main(big: "
            "bool):\n"
            "    if big:\n        return await wait_for_approval(key='manager')\n"
            "    else:\n        return await wait_for_approval(key='manager', timeout=60)\n"
        ),
        ts(
            'import { waitForApproval, workflow } from "windmill-client";\n'
            "export const main = workflow(async (docs: string[]) => {\n"
            "  for (const d of docs) await waitForApproval({ timeout: 60 });\n"
            '  return await waitForApproval({ key: "final" });\n});\n'
        ),
    ]
    INVALID = [
        py(
            "from wmill import wait_for_approval, workflow\n\n@workflow\nasync def main(docs: "
            "list[str]):\n"
            "    for doc in docs:\n        await wait_for_approval(key=«'review'»)\n"
        ),
        ts(
            'import { waitForApproval, workflow } from "windmill-client";\n'
            "export const main = workflow(async () => {\n"
            '  await waitForApproval({ key: "manager" });\n'
            '  return await waitForApproval({ key: «"manager"» });\n});\n'
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        model = ctx.model
        seen: dict[str, list[Node]] = {}
        taken: dict[str, list[tuple[Node, str]]] = {}  # filled at the first approval key
        # (where, key node, key, how to show it, an approval call of its own)
        uses: list[tuple[Node, Node, str, str, bool]] = []
        for call in sdk.facts(model).calls:
            if call.primitive is not Primitive.APPROVAL:
                continue
            if sdk.region_of(model, call.call) in (Region.STEP_CALLBACK, Region.TASK_BODY):
                continue
            node = approval_key(model, call)
            if node is None:
                continue
            key = key_value(model, node)
            if key is not None:
                uses.append((call.call, node, key, shown_key(model, node, key), True))
                continue
            # `wait_for_approval(key=self.role)` in a method of a class of the file: the
            # key each instance was built with, judged where the instance is called
            for site, built_key, shown in instance_keys(model, node, call.call):
                uses.append((site, site, built_key, shown, False))
            # `async def ask(key): ... wait_for_approval(key=key)`: the keys the body's
            # calls of the helper give (`ask("security")`), judged where they are given
            helper = next(sdk.enclosing_functions(model, call.call), None)
            label = helper_name(helper) if helper is not None else None
            via = f"`{model.text(label)}`" if label is not None else "a helper"
            for arg in sdk.forwarded_arguments(model, node):
                given = key_value(model, arg)
                if given is not None:
                    shown = shown_key(model, arg, given)
                    shown += f" (given to {via}, which waits for the approval keyed by it)"
                    uses.append((arg, arg, given, shown, False))
            # `this.key` of `new Gate("security")`: the key the instance was built with,
            # used at each call of the method on it (`gate.ask(...)` twice)
            for method_call, arg in sdk.instance_field_arguments(model, node):
                given = key_value(model, arg)
                if given is not None:
                    shown = shown_key(model, arg, given)
                    shown += (
                        f" (held by the instance as {code_span(model.code(node))}; {via} "
                        "waits for the approval keyed by it)"
                    )
                    uses.append((method_call, method_call, given, shown, False))
        # one use per place and key: a Python instance's `self.key` is found both as a
        # key the instance holds and as one its constructor was given
        uses = list({(use[0].id, use[2]): use for use in reversed(uses)}.values())[::-1]
        uses.sort(key=lambda use: use[0].start_byte)
        indexes: dict[str, EarlierUses] = {}
        for at, node, key, shown, own in uses:
            index = indexes.setdefault(key, EarlierUses(model))
            earlier = index.first_not_exclusive(at)
            index.add(at)
            if earlier is not None:
                row = earlier.start_point[0] + 1
                ctx.report(
                    Span.of(node),
                    f"The approval key {shown} is already used on line {row}: the SDK raises "
                    "`WAC step key ... is already used` here; give each approval its own key",
                )
            elif (other := self.key_taken(model, taken, key, at)) is not None:
                what, row = other
                numbered = (
                    f"the SDK keys a name's later runs `{numbering[1]}_2`, `{numbering[1]}_3`, "
                    "...; "
                    if (numbering := NUMBERED.fullmatch(key)) is not None and " run of " in what
                    else ""
                )
                ctx.report(
                    Span.of(node),
                    f"The approval key {shown} is already the step key of {what} on line {row} "
                    f"({numbered}steps, tasks and approvals draw their keys from one set of "
                    "names): the SDK raises `WAC step key ... is already used` here; give the "
                    "approval another key",
                )
            elif in_loop(model, at):
                ctx.report(
                    Span.of(node),
                    f"The approval key {shown} is used inside a loop: the SDK raises on its "
                    "second use; drop the key (approvals are then numbered) or call it once",
                )
            elif own:
                self.helper_called_again(ctx, at, node, shown)
            seen.setdefault(key, []).append(at)
        self.imported_helpers(ctx, seen)

    def imported_helpers(self, ctx: RuleContext, seen: dict[str, list[Node]]) -> None:
        """`await hr_signoff(...)` twice in the body (or in a loop), where another module
        of the workspace defines `async def hr_signoff(...)` waiting for an approval with
        a literal key: each call asks for that key again."""
        model, workspace = ctx.model, ctx.workspace
        if workspace is None or sdk.facts(model).workflow_function is None:
            return
        uses: dict[str, list[Node]] = {k: list(v) for k, v in seen.items()}
        helpers = _by_path.imported_async_helpers(
            model, workspace, spelling=b"pproval", members=True
        )
        lazy = model.lang.coroutines_start_when_awaited
        for helper in helpers:
            call = helper.call
            if sdk.region_of(model, call) is not Region.WORKFLOW:
                continue
            if lazy and call.parent is not None and call.parent.type == "expression_statement":
                # `desk.sign_off(b)` never awaited: the coroutine never runs, so it asks
                # for no key (WAC106 reports the call)
                continue
            built = receiver_construction(model, call) if "." in helper.function else None
            keyed = [
                (key, code_span('"' + key + '"'), f"(in {helper.module})", DROP_KEY)
                for key in imported_approval_keys(
                    helper.file, helper.function, helper.instance, built
                )
            ]
            if helper.instance is None:
                # `async def sign_off(key, ...): ... wait_for_approval(key=key)`: the key
                # is what the body's call gives that parameter (`sign_off("postmortem")`)
                keyed += [
                    (key, shown, f"(its parameter `{param}`, in {helper.module})", OWN_KEY)
                    for key, shown, param in given_keys(model, call, helper.file, helper.function)
                ]
            for key, literal, where, advice in keyed:
                earlier = next(
                    (
                        e
                        for e in uses.get(key, [])
                        if e.start_byte < call.start_byte and not exclusive(model, e, call)
                    ),
                    None,
                )
                if earlier is not None:
                    row = earlier.start_point[0] + 1
                    ctx.report(
                        Span.of(call),
                        f"`{helper.name}(...)` waits for the approval keyed {literal} {where}, "
                        f"already used on line {row}: the SDK raises `WAC "
                        "step key ... is already used` here; give each approval its own key",
                    )
                elif in_loop(model, call):
                    ctx.report(
                        Span.of(call),
                        f"`{helper.name}(...)` waits for the approval keyed {literal} {where} "
                        f"inside a loop: the SDK raises on its second use; {advice}",
                    )
                uses.setdefault(key, []).append(call)

    def key_taken(
        self, model: ScriptModel, taken: dict[str, list[tuple[Node, str]]], key: str, at: Node
    ) -> tuple[str, int] | None:
        """`key_taken_before`, the step keys gathered once, when an approval first has a
        key (most workflows have none, and a body of 55,000 task calls took 0.1 s)."""
        if not taken:
            taken.update(step_keys(model))
            taken[""] = []  # marks them gathered: no step key is empty
        return key_taken_before(model, taken.get(key, []), at) or numbered_key_taken(
            model, taken, key, at
        )

    def helper_called_again(self, ctx: RuleContext, call: Node, key: Node, shown: str) -> None:
        """The approval is in a helper the workflow calls twice, or in a loop."""
        model = ctx.model
        helper = next(sdk.enclosing_functions(model, call), None)
        name = helper_name(helper) if helper is not None else None
        if helper is None or name is None or helper == sdk.facts(model).workflow_function:
            return
        sites = [
            c
            for c in sdk.nodes_of_kinds(model, ("call", "call_expression"))
            if (callee := sdk.callee_of(c)) is not None
            and calls_helper(model, callee, name, helper)
            and not (helper.start_byte <= c.start_byte < helper.end_byte)
        ]
        fn = model.text(name)
        row = key.start_point[0] + 1
        if len(sites) > 1 and not exclusive(model, sites[0], sites[1]):
            ctx.report(
                Span.of(sites[1]),
                f"`{fn}` waits for an approval with the key {shown} (line {row}), and it already "
                f"ran on line {sites[0].start_point[0] + 1}: the SDK raises `WAC step key ... is "
                "already used` here; pass each call its own key, or drop the key (approvals are "
                "then numbered)",
            )
        elif sites and in_loop(model, sites[0]):
            ctx.report(
                Span.of(sites[0]),
                f"`{fn}` waits for an approval with the key {shown} (line {row}) and is called "
                "in a loop: the SDK raises on the second use; pass each call its own key, or "
                "drop the key (approvals are then numbered)",
            )


def instance_keys(model: ScriptModel, key: Node, approval: Node) -> list[tuple[Node, str, str]]:
    """(call of an instance, key, how to show it) for an approval keyed `self.<attr>` in
    a method of a Python class of the file whose `__init__` sets `self.<attr>` from a
    parameter (or a literal): each instance built with a literal there (`treasury =
    SignOff("treasury")`) waits for that key where the workflow calls it (`await
    treasury(...)` for `__call__`, `treasury.ask(...)` for another method)."""
    key = sdk.unwrap(key) or key
    owner = key.child_by_field_name("object") if key.type == "attribute" else None
    attr = key.child_by_field_name("attribute") if owner is not None else None
    if owner is None or attr is None or model.text(owner) != "self":
        return []
    method = next(sdk.enclosing_functions(model, approval), None)
    cls = enclosing_class(model, method) if method is not None else None
    method_name = method.child_by_field_name("name") if method is not None else None
    cls_name = cls.child_by_field_name("name") if cls is not None else None
    if cls is None or method_name is None or cls_name is None:
        return []
    source = init_source(model, cls, model.text(attr))
    if source is None:
        return []
    out: list[tuple[Node, str, str]] = []
    calls = sdk.facts(model).call_nodes
    for assignment in sdk.nodes_of_kinds(model, ("assignment",)):
        left = assignment.child_by_field_name("left")
        built = sdk.unwrap(assignment.child_by_field_name("right"))
        if left is None or left.type != "identifier" or built is None or built.type != "call":
            continue
        maker = sdk.callee_of(built)
        if maker is None or model.text(maker) != model.text(cls_name):
            continue
        given = constructor_value(model, built, source)
        value = key_value(model, given) if given is not None else None
        if value is None or given is None:
            continue
        name, called = model.text(left), model.text(method_name)
        wanted = name if called == "__call__" else f"{name}.{called}"
        shown = shown_key(model, given, value)
        if isinstance(source, tuple):
            shown += (
                f" (given to `{model.text(cls_name)}(...)` as `{name}`, whose `{called}` "
                f"waits for the approval keyed by `self.{model.text(attr)}`)"
            )
        else:
            shown += (
                f" (`self.{model.text(attr)}` of `{name}`, a `{model.text(cls_name)}`, whose "
                f"`{called}` waits for the approval keyed by it)"
            )
        for site in calls:
            callee = sdk.callee_of(site)
            if callee is None or model.text(callee) != wanted:
                continue
            if sdk.region_of(model, site) is not Region.WORKFLOW:
                continue
            if sdk.unwrap(sdk.bound_value(model, name, site)) != built:
                continue
            out.append((site, value, shown))
    return out


def enclosing_class(model: ScriptModel, method: Node) -> Node | None:
    """The Python class `method` is a method of (a `def` in its body)."""
    parent = model.parent_of(method)
    if parent is not None and parent.type == "decorated_definition":
        parent = model.parent_of(parent)
    holder = model.parent_of(parent) if parent is not None and parent.type == "block" else None
    return holder if holder is not None and holder.type == "class_definition" else None


Source = tuple[int, str, Node | None] | Node


def init_source(model: ScriptModel, cls: Node, attr: str) -> Source | None:
    """Where `__init__` takes `self.<attr>` from: (position, name, default) of the
    parameter it is set to, or the literal it is set to."""
    body = cls.child_by_field_name("body")
    for statement in body.named_children if body is not None else ():
        fn = statement.child_by_field_name("definition") or statement
        name = fn.child_by_field_name("name") if fn.type == "function_definition" else None
        if name is None or model.text(name) != "__init__":
            continue
        params: list[tuple[str, Node | None]] = []
        plist = fn.child_by_field_name("parameters")
        for p in plist.named_children if plist is not None else ():
            if p.type == "identifier":
                params.append((model.text(p), None))
            elif p.type in ("typed_parameter", "default_parameter", "typed_default_parameter"):
                pname = p.child_by_field_name("name")
                if pname is None and p.named_children:
                    pname = p.named_children[0]
                if pname is not None:
                    params.append((model.text(pname), p.child_by_field_name("value")))
        inner = fn.child_by_field_name("body")
        for node in sdk.nodes_of_kinds(model, ("assignment",), inner) if inner is not None else ():
            left = node.child_by_field_name("left")
            right = sdk.unwrap(node.child_by_field_name("right"))
            if left is None or right is None or model.text(left) != f"self.{attr}":
                continue
            if right.type == "identifier":
                for i, (param, default) in enumerate(params[1:]):
                    if param == model.text(right):
                        return (i, param, default)
                return None
            return right if key_value(model, right) is not None else None
        return None
    return dataclass_field(model, cls, attr)


def dataclass_field(model: ScriptModel, cls: Node, attr: str) -> Source | None:
    """(position, name, default) of the field `attr` of a dataclass / attrs class of the
    file (no `__init__` of its own: the generated one takes the annotated fields in
    order), or its class-level literal for a plain class."""
    holder = model.parent_of(cls)
    decorators = (
        [model.text(c) for c in holder.named_children if c.type == "decorator"]
        if holder is not None and holder.type == "decorated_definition"
        else []
    )
    generated = any(re.search(r"\b(dataclass|define|frozen|attrs|s)\b", d) for d in decorators)
    position = 0
    for assignment in sdk.class_assignments(cls):
        target = assignment.child_by_field_name("left")
        annotated = assignment.child_by_field_name("type") is not None
        value = assignment.child_by_field_name("right")
        if target is None or target.type != "identifier":
            continue
        if model.text(target) == attr:
            if generated and annotated:
                return (position, attr, value)
            return value if value is not None and key_value(model, value) is not None else None
        if annotated:
            position += 1
    return None


def constructor_value(model: ScriptModel, built: Node, source: Source) -> Node | None:
    """The value `built` (a call of the class) gives the attribute `source` names."""
    if not isinstance(source, tuple):
        return source
    position, name, default = source
    args, keywords, unpacked = sdk.arguments_of(model, built)
    if unpacked:
        return None
    for option in keywords:
        if option.name == name:
            return option.value
    if position < len(args):
        return args[position]
    return default


def shown_key(model: ScriptModel, node: Node, key: str) -> str:
    """The key as written, with its string when it is not a literal."""
    shown = code_span(model.code(node))
    if sdk.string_value(model, node) is None:
        shown += f" (the string {code_span(chr(34) + key + chr(34))})"
    return shown


# What may stand between a key's allocation and the statement it is part of while the
# allocation still certainly happens, once, before what follows that statement
# (`x = await draft(...)`, `await asyncio.gather(draft(a), draft(b))`): no branch, loop,
# handler, short circuit or function of its own.
STRAIGHT = frozenset(
    {
        "await",
        "await_expression",
        "call",
        "call_expression",
        "argument_list",
        "arguments",
        "keyword_argument",
        "parenthesized_expression",
        "assignment",
        "augmented_assignment",
        "assignment_expression",
        "expression_statement",
        "variable_declarator",
        "lexical_declaration",
        "variable_declaration",
        "list",
        "array",
        "tuple",
        "expression_list",
        "pair",
        "dictionary",
        "object",
        "return_statement",
    }
)
# `draft`, `draft_2`, `draft_3`: the key the SDK gives a name's n-th allocation
NUMBERED = re.compile(r"(.+)_([2-9]|[1-9][0-9]+)")


def step_keys(model: ScriptModel) -> dict[str, list[tuple[Node, str]]]:
    """The keys' base names each durable call of the workflow allocates, in the order of
    the file, with how to show the call: a task call its task's step name (`draft`; an
    anonymous TypeScript `task(async (x) => ...)` is `step`, the SDK's `fn.name ||
    taskPath || "step"`), a step its literal name, a sleep `sleep` and an approval
    without a key `approval`. The n-th allocation of a name is keyed `<name>_<n>`; an
    approval whose explicit key was taken earlier is renumbered, and the SDK raises."""
    facts = sdk.facts(model)
    keys: dict[str, list[tuple[Node, str]]] = {}
    for tcall in facts.task_calls:
        name = tcall.task.step_name if tcall.task is not None else None
        if name is None and tcall.task is not None and anonymous_inline_task(tcall.task):
            name = model.lang.anonymous_task_key
        if name:
            keys.setdefault(name, []).append((tcall.call, f"`{tcall.name}(...)`"))
    lazy = model.lang.coroutines_start_when_awaited
    for call in facts.calls:
        if call.unpacked:
            continue
        if (
            lazy
            and call.call.parent is not None
            and call.call.parent.type == "expression_statement"
        ):
            continue  # `sleep(5)` never awaited: the coroutine never runs, so takes no key
        if call.primitive is Primitive.STEP:
            named = call.args[0] if call.args else None
            named = next((o.value for o in call.keywords if o.name == "name"), named)
            name = sdk.string_value(model, named)
            if name and named is not None:
                shown = f"`{call.spelling}({model.text(named)}, ...)`"
                keys.setdefault(name, []).append((call.call, shown))
        elif call.primitive is Primitive.SLEEP:
            keys.setdefault("sleep", []).append((call.call, f"`{call.spelling}(...)`"))
        elif call.primitive is Primitive.APPROVAL and approval_key(model, call) is None:
            keys.setdefault("approval", []).append((call.call, f"`{call.spelling}()` (no key)"))
    for sites in keys.values():
        sites.sort(key=lambda site: site[0].start_byte)
    return keys


def anonymous_inline_task(task: TaskDef) -> bool:
    """`task(async (x) => ...)`: a task of an anonymous function and no path, which the
    SDK keys by the language's `anonymous_task_key` (`step` in TypeScript)."""
    return (
        task.kind is TaskKind.TASK
        and task.path is None
        and task.wraps is None
        and task.function is not None
        and not task.function.name
    )


def key_taken_before(
    model: ScriptModel, users: list[tuple[Node, str]], approval: Node
) -> tuple[str, int] | None:
    """A durable call of the workflow body that allocates the same key before the
    approval, in the same function and not in a branch exclusive with it."""
    for node, shown in allocations_before(model, users, approval):
        return shown, node.start_point[0] + 1
    return None


def allocations_before(
    model: ScriptModel, users: list[tuple[Node, str]], approval: Node
) -> list[tuple[Node, str]]:
    fns = list(sdk.enclosing_functions(model, approval))
    found = []
    for node, shown in users:
        if node.start_byte >= approval.start_byte:
            break
        if sdk.region_of(model, node) in (Region.STEP_CALLBACK, Region.TASK_BODY):
            continue
        if list(sdk.enclosing_functions(model, node))[:1] != fns[:1]:
            continue
        if exclusive(model, node, approval):
            continue
        found.append((node, shown))
    return found


def numbered_key_taken(
    model: ScriptModel, taken: dict[str, list[tuple[Node, str]]], key: str, approval: Node
) -> tuple[str, int] | None:
    """`draft_2` where two calls of the task `draft` certainly ran before the approval:
    the second was keyed `draft_2`. Only allocations on the straight way to the
    approval count (a call in a branch, a loop or a handler may not have run, or run
    again), and only while none of them precedes the n-th: it is then the n-th run."""
    match = NUMBERED.fullmatch(key)
    if match is None or match[1] not in taken:
        return None
    nth = int(match[2])
    # the first n allocations, each on the straight way: the n-th is the n-th run
    sites = allocations_before(model, taken[match[1]], approval)[:nth]
    if len(sites) < nth or not all(runs_straight_before(model, n, approval) for n, _ in sites):
        return None
    node, shown = sites[nth - 1]
    return f"the {ordinal(nth)} run of {shown}", node.start_point[0] + 1


def runs_straight_before(model: ScriptModel, node: Node, approval: Node) -> bool:
    """`node` is reached, once, by every run that reaches `approval` after it: from
    `node` up to the statement beside the approval's (or holding it), nothing but
    awaits, calls, assignments and literals; from there up to the function, no loop."""
    root = model.tree.root_node
    around = {n.id for n in ancestors(root, approval)}
    line = [node, *ancestors(root, node)]
    for current in line[1:]:
        if current.id in around:
            rest = [current, *ancestors(root, current)]
            return not any(n.type in sdk.loop_types(model) for n in rest)
        if current.type not in STRAIGHT:
            return False
    return False


def ordinal(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def calls_helper(model: ScriptModel, callee: Node, name: Node, helper: Node) -> bool:
    """`callee` names `helper`: by its name (`ask`), or as a static method of a class of
    the file or a function of a namespace of it (`Approvals.ask`, `Gates.ask`)."""
    if callee.type == "identifier":
        return model.text(callee) == model.text(name) and sdk.bound_value(
            model, model.text(name), callee
        ) in (helper, helper.parent)
    if callee.type != "member_expression":
        return False
    prop = callee.child_by_field_name("property")
    if prop is None or model.text(prop) != model.text(name):
        return False
    found = sdk.namespace_member(model, callee) or sdk.static_member(model, callee)
    return found is not None and found in (helper, helper.parent)


def helper_name(fn: Node) -> Node | None:
    """`ask` of `def ask` / `function ask` / `const ask = async () => ...` / a method
    `ask() {...}`."""
    name = fn.child_by_field_name("name")
    if name is None and fn.parent is not None and fn.parent.type == "variable_declarator":
        name = fn.parent.child_by_field_name("name")
    if name is None and fn.parent is not None and fn.parent.type == "pair":
        name = fn.parent.child_by_field_name("key")  # `{ ask: (key) => ... }`
    return name if name is not None and name.type in ("identifier", "property_identifier") else None


def receiver_construction(model: ScriptModel, call: Node) -> tuple[ScriptModel, Node] | None:
    """The construction (`Desk("treasury")`, `new Queue("rev")`) of the object whose
    method `call` calls, when this file builds it: the call itself (`Desk(k).ask()`) or
    the value of a name assigned it once (`d = Desk(k)`, then `d.ask()`)."""
    semantic = model.semantic
    callee = sdk.callee_of(call)
    if semantic is None or callee is None or callee.type not in ("attribute", "member_expression"):
        return None
    obj = callee.child_by_field_name("object")
    built = _by_path.construction_of(semantic, obj) if obj is not None else None
    return (model, built) if built is not None else None


def imported_approval_keys(
    file: Path,
    name: str,
    instance: str | None = None,
    built: tuple[ScriptModel, Node] | None = None,
) -> tuple[str, ...]:
    """The literal keys of the approvals a top-level function of another module waits
    for in its own code (not in a step callback or a task body); for a method of an
    instance the module builds (`instance`), or of one the calling file builds (`built`,
    its construction), a key read from `self.key` / `this.key` is what that construction
    gives the constructor parameter stored there."""
    from wac_lint.workspace.module_facts import (
        constructor_argument,
        stored_argument,
        walked_helper,
    )

    walked = walked_helper(file, name)
    if walked is None:
        return ()
    helper, function = walked
    keys: list[str] = []
    for call in sdk.facts(helper).calls:
        if call.primitive is not Primitive.APPROVAL:
            continue
        if next(sdk.enclosing_functions(helper, call.call), None) != function.node:
            continue
        node = approval_key(helper, call)
        key = key_value(helper, node)
        receiver, _, attribute = (helper.text(node) if node is not None else "").partition(".")
        if key is None and receiver in ("self", "this") and attribute:
            given = None
            if instance is not None:
                given = constructor_argument(file, instance, attribute)
            elif built is not None and "." in name:
                owner = name.split(".", 1)[0]
                given = stored_argument(helper, owner, built[0], built[1], attribute)
            key = key_value(given[0], given[1]) if given is not None else None
        if key is not None and key not in keys:
            keys.append(key)
    return tuple(keys)


# What to do about a key asked for again: one the helper holds, one the call gives it.
DROP_KEY = "drop the key (approvals are then numbered) or call it once"
OWN_KEY = "give each call its own key, or call it once"


def given_keys(model: ScriptModel, call: Node, file: Path, name: str) -> list[tuple[str, str, str]]:
    """(key, how to show it, the parameter) of the approvals the function `name` of another
    module waits for keyed by one of its own parameters, as this file's `call` gives them."""
    from wac_lint.workspace.module_facts import walked_helper

    walked = walked_helper(file, name)
    if walked is None:
        return []
    helper, function = walked
    semantic = helper.semantic
    if semantic is None:
        return []
    names = sdk.parameter_names(helper, function.node)
    if "." in name and names[:1] in (["self"], ["cls"]):
        names = names[1:]  # a method: its receiver is the object it is called on
    args, options, _ = sdk.arguments_of(model, call)
    out: list[tuple[str, str, str]] = []
    for approval in sdk.facts(helper).calls:
        if approval.primitive is not Primitive.APPROVAL:
            continue
        if next(sdk.enclosing_functions(helper, approval.call), None) != function.node:
            continue
        node = sdk.unwrap(approval_key(helper, approval))
        if node is None or (
            node.type not in semantic.syntax.identifiers
            and node.type != "shorthand_property_identifier"
        ):
            continue
        binding = semantic.resolve(node)
        if binding is None or binding.kind != BindingKind.PARAMETER:
            continue
        if binding.scope.node != function.node:
            continue
        param = binding.name
        index = names.index(param) if param in names else -1
        arg = next((o.value for o in options if o.name == param), None)
        if arg is None and 0 <= index < len(args):
            arg = args[index]
        key = key_value(model, arg)
        if arg is not None and key is not None:
            out.append((key, shown_key(model, arg, key), param))
    return out


def key_value(model: ScriptModel, node: Node | None) -> str | None:
    """The key's string: a literal, a name bound once to one (`REVIEW_KEY =
    "review"`) or a constant expression of them (`TEAM + "_review"`), which is the
    same string on every pass of a loop."""
    node = sdk.unwrap(node)
    found = folded_string(model, node)
    if found is None and node is not None and node.type == "member_expression":
        # `Keys.OPS` of `namespace Keys { export const OPS = "ops" }`, a `static
        # readonly KEY = "ops"` of a class of the file
        found = folded_string(model, sdk.unwrap(sdk.member_constant(model, node)))
    if found is None and node is not None and node.type in ("member_expression", "attribute"):
        # `Desk.Jury` of `enum Desk { Jury = "jury" }` (`const enum` too), a `str` enum's
        # member or any enum's `.value` in Python: the member's string at run time
        member = sdk.enum_member(model, node)
        if member is not None and (member.is_str or member.by_value):
            found = member.value
    return found


def in_loop(model: ScriptModel, node: Node) -> bool:
    """`node` runs again on a later pass of a loop of its function: a loop encloses it
    and the pass that runs it does not always leave that loop after it (`break`,
    `return`, `raise` / `throw` following it, in its block or an enclosing one)."""
    fns = list(sdk.enclosing_functions(model, node))
    if not fns or not sdk.inside_loop(model, node, fns[0]):
        return False
    loops = sdk.loop_types(model)
    broke = False  # the pass leaves the innermost loop below `current` after the call
    # `break outer`: the pass leaves every loop up to the one labelled `outer`
    target: str | None = None
    # the ancestors found once (`Node.parent` costs the depth: climbing 35,000 nested
    # `not`s around an approval with it took 48 s)
    chain = [node, *model.ancestor_walk().ancestors(node)]
    for current, parent in itertools.pairwise(chain):
        if parent == fns[0]:
            break
        if parent.type in ("block", "statement_block"):
            after = [c for c in parent.named_children if c.start_byte >= current.end_byte]
            for stmt in after:
                if stmt.type == "continue_statement":
                    break  # the pass ends here, and the loop goes on
                leaves = leaves_by(stmt)
                if leaves == FUNCTION:
                    return False  # the function is left: no loop gets another pass
                if leaves is not None and leaves.startswith(LOOP):
                    target = leaves.partition(":")[2] or None
                    if target is not None and not any(
                        n.type in loops and label_of(n) == target for n in chain
                    ):
                        target = None  # `break block` of a labelled block: the pass goes on
                        break
                    broke = True
                    break
        if parent.type in loops:
            if parent.type not in STATEMENT_LOOPS:
                return True  # a comprehension runs its element once per item
            if parent.child_by_field_name("body") == current:
                if not broke:
                    return True
            elif current not in (
                parent.child_by_field_name("right"),  # `for x in xs`: `xs` is read once
                parent.child_by_field_name("alternative"),  # the loop's `else`: once
            ):
                return True  # the loop's condition / update: evaluated on every pass
            if target is None or label_of(parent) == target:
                # a `break` leaves this loop only; `break outer` leaves the loops up to
                # the one labelled `outer`
                broke, target = False, None
    return False


def label_of(loop: Node) -> str | None:
    """The label of a TypeScript loop (`outer: for (...)`), if any."""
    holder = loop.parent
    if holder is None or holder.type != "labeled_statement":
        return None
    label = holder.child_by_field_name("label")
    return label.text.decode() if label is not None and label.text is not None else None


FUNCTION = "function"
LOOP = "loop"
STATEMENT_LOOPS = (
    "for_statement",
    "for_in_statement",
    "while_statement",
    "do_statement",
)


def leaves_by(stmt: Node) -> str | None:
    """Whether a statement always leaves: the function (`return`, `raise`, `throw`),
    the loop (`break`), or neither; an `if` with an `else` leaves when all its branches
    do (the loop, if any of them only breaks)."""
    if stmt.type in ("return_statement", "raise_statement", "throw_statement"):
        return FUNCTION
    if stmt.type == "break_statement":
        label = stmt.child_by_field_name("label")
        if label is not None and label.text is not None:
            return f"{LOOP}:{label.text.decode()}"  # `break outer`
        return LOOP
    if stmt.type == "elif_clause":
        consequence = stmt.child_by_field_name("consequence")
        return leaves_by(consequence) if consequence is not None else None
    if stmt.type in ("block", "statement_block", "else_clause"):
        body = stmt.child_by_field_name("body") or stmt
        results = [leaves_by(c) for c in body.named_children if c.type != "comment"]
        return next((r for r in results if r is not None), None)
    if stmt.type != "if_statement":
        return None
    branches = [stmt.child_by_field_name("consequence")]
    branches += stmt.children_by_field_name("alternative")
    if not any(b is not None and b.type == "else_clause" for b in branches):
        return None  # no `else`: the pass may go on past it
    results = [leaves_by(b) if b is not None else None for b in branches]
    if any(r is None for r in results):
        return None
    loops = {r for r in results if r != FUNCTION}
    if not loops:
        return FUNCTION
    # branches breaking to different loops: at least the innermost is left
    return loops.pop() if len(loops) == 1 else LOOP


def exclusive(model: ScriptModel, first: Node, second: Node) -> bool:
    """Both cannot run in one execution: different branches of one `if` or
    `switch`/`match`, or the first is followed by a `return` / `raise` in its block."""
    root = model.tree.root_node
    # innermost first, each beginning with the node itself (`ancestors` descends
    # from the root once: climbing with `.parent` is quadratic in the nesting)
    first_line = [first, *ancestors(root, first)]
    second_line = [second, *ancestors(root, second)]
    position = {n.id: i for i, n in enumerate(first_line)}
    at = next((i for i, n in enumerate(second_line) if i and n.id in position), None)
    if at is None:
        return False
    lca, child = second_line[at], second_line[at - 1]
    below = position[lca.id]
    # `first` itself around `second`: no child of it on first's line (the root stands in)
    first_child = first_line[below - 1] if below else first_line[-1]
    if lca.type in EXCLUSIVE_PARENTS and first_child.id != child.id:
        return True
    if first_child.type in CASES and child.type in CASES and first_child.id != child.id:
        if not falls_through(model, first_child, child):
            return True
    return exits_after(first_line[:below] if below else first_line)


def falls_through(model: ScriptModel, first: Node, second: Node) -> bool:
    """Two cases of one TypeScript `switch`, the first written before the second, where
    control reaches the second's statements from the first's: no case from the first
    up to the second ends with a `break` / `return` / `throw` / `continue` (a case
    ending in `{ ...; break; }` too). Walks the cases from the first only until one
    leaves: in a `switch` whose cases break, one step."""
    if first.type not in FALLTHROUGH_CASES or second.type not in FALLTHROUGH_CASES:
        return False
    if first.start_byte > second.start_byte:
        first, second = second, first
    case: Node | None = first
    while case is not None and case.start_byte < second.start_byte:
        if case.type in FALLTHROUGH_CASES and case_leaves(case):
            return False
        case = case.next_named_sibling
    return case is not None and case.id == second.id


def case_leaves(case: Node) -> bool:
    """The last statement of a `switch` case leaves it (or is a block whose last does)."""
    value = case.child_by_field_name("value")
    body = [c for c in case.named_children if c.type != "comment" and c != value]
    while body and body[-1].type == "statement_block":
        body = [c for c in body[-1].named_children if c.type != "comment"]
    return bool(body) and body[-1].type in EXITS


class EarlierUses:
    """The uses of one key met so far (in source order), indexed so that "the first
    one that can run in the same execution as this node" (`not exclusive(model, use,
    node)`) costs the node's depth, not the number of earlier uses: comparing every
    pair made 4,000 approvals with one key in the branches of one `if` / `elif` take
    76 s.

    `exclusive` decides a pair at their lowest common ancestor A: in different
    branches of a conditional A, or in two `case`s of A, they are exclusive; else the
    earlier one is when a block between it and A leaves after it. So each use is filed
    under every ancestor A where the third test lets it run on (the deepest block with
    an exit after it is not below A), keeping per A, for uses through a `case` and for
    the others apart, the first use and the first use through another child of A.
    """

    def __init__(self, model: ScriptModel) -> None:
        self.model = model
        self.root = model.tree.root_node
        self.order: dict[int, int] = {}  # a use's id -> its rank (the nested case)
        self.nodes: list[Node] = []
        # (ancestor id, through a case) -> [(rank, child id, use)], at most two
        self.filed: dict[tuple[int, bool], list[tuple[int, int, Node]]] = {}
        self.last_exit: dict[int, int] = {}  # block id -> start of its last exit, or -1

    def add(self, node: Node) -> None:
        rank = len(self.nodes)
        self.nodes.append(node)
        self.order[node.id] = rank
        line = [node, *ancestors(self.root, node)]  # innermost first
        deepest_exit = self._deepest_exit(line)
        for i in range(1, len(line)):
            above, child = line[i], line[i - 1]
            if above.type in EXCLUSIVE_PARENTS or deepest_exit > len(line) - 1 - i:
                continue  # exclusive with any later use meeting this one here
            slot = self.filed.setdefault((above.id, child.type in CASES), [])
            if not slot or (len(slot) == 1 and slot[0][1] != child.id):
                slot.append((rank, child.id, node))

    def first_not_exclusive(self, node: Node) -> Node | None:
        """The first use filed so far that is not exclusive with `node`."""
        line = [node, *ancestors(self.root, node)]
        best: tuple[int, Node] | None = None
        for i in range(1, len(line)):
            above, child = line[i], line[i - 1]
            if above.id in self.order:  # an earlier use holding this one: asked directly
                rank = self.order[above.id]
                if not exclusive(self.model, above, node):
                    best = min(best, (rank, above), key=_rank) if best else (rank, above)
            if child.type in FALLTHROUGH_CASES:
                # a use in an earlier case control falls through from (see `falls_through`)
                for rank, child_id, use in self.filed.get((above.id, True), ()):
                    if child_id != child.id and not exclusive(self.model, use, node):
                        best = min(best, (rank, use), key=_rank) if best else (rank, use)
                        break
            cases = (False,) if child.type in CASES else (False, True)
            for through_case in cases:
                for rank, child_id, use in self.filed.get((above.id, through_case), ()):
                    if child_id != child.id:
                        best = min(best, (rank, use), key=_rank) if best else (rank, use)
                        break
        return best[1] if best is not None else None

    def _deepest_exit(self, line: list[Node]) -> int:
        """The depth of the deepest block on `line` that leaves after the line's
        child in it (-1: none), each block's last exit found once."""
        depth = len(line) - 1
        for i in range(1, len(line)):
            parent, current = line[i], line[i - 1]
            if parent.type not in ("block", "statement_block"):
                continue
            last = self.last_exit.get(parent.id)
            if last is None:
                starts = [c.start_byte for c in parent.named_children if c.type in EXITS]
                last = self.last_exit[parent.id] = max(starts, default=-1)
            if last >= current.end_byte:
                return depth - i
        return -1


def _rank(entry: tuple[int, Node]) -> int:
    return entry[0]


def exits_after(line: list[Node]) -> bool:
    """A statement after the first of `line` (a node, then its ancestors up to but
    not including a stop) in one of its enclosing blocks leaves."""
    for current, parent in zip(line, line[1:], strict=False):
        if parent.type in ("block", "statement_block"):
            after = [c for c in parent.named_children if c.start_byte >= current.end_byte]
            if any(c.type in EXITS for c in after):
                return True
    return False
