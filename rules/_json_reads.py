"""How the workflow reads a checkpointed value back: the checks that can no
longer hold, the fields read from a result, the values a step or task hands back
(WAC107)."""

from __future__ import annotations

from collections.abc import Iterator

from wac_lint.model import ScriptModel
from wac_lint.rule import code_span
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._json_classify import (
    FUNCTION_VALUES,
    generator,
    helper_function,
    is_task_function,
    returned,
)
from wac_lint.rules._json_declared import class_bases, type_names
from wac_lint.rules._sdk_calls import Node


def unpacked_mappings(call: Node) -> list[Node]:
    """What `**` spreads into a call's keyword arguments (`f(**asdict(x))`)."""
    args = call.child_by_field_name("arguments")
    return [
        a.named_children[0]
        for a in (args.named_children if args is not None else ())
        if a.type == "dictionary_splat" and a.named_children
    ]


# `argument_receiver` where a language's tasks got the JSON of the dispatch: the
# message of a value checkpointed.
JSON_TASK = "a task"


def argument_receiver(model: ScriptModel, tcall: sdk.TaskCall) -> str | None:
    """What receives the arguments of a task call as JSON, as the message names it, or
    None when the task gets the workflow's own objects. wmill 1.850.0 runs a task of
    the file (`@task`, no `path=`) in a child job that replays the body and calls the
    function with the arguments that replay computed (`_execute_directly(func,
    **kwargs)`), so a `datetime` or a set arrives as itself; a `task_script` /
    `task_flow` / `@task(path=...)` target is another script or flow, whose job args
    are the JSON of the dispatch (`default=str`)."""
    if not model.lang.task_gets_live_arguments:
        return JSON_TASK
    task = tcall.task
    # `render = local if fast else remote` then `render(src=...)`: the task the model
    # found stands for a choice, whose other scripts / flows may be the one called
    chosen = task is not None and tcall.name not in (task.binding, *task.aliases)
    if tcall.kind is sdk.Primitive.TASK_FLOW:
        path = task.path if task is not None else None
        if path and chosen:
            return f"the flow {code_span(path)} (or another flow this call may pick)"
        return f"the flow {code_span(path)}" if path else "a flow (`task_flow`)"
    if tcall.kind is sdk.Primitive.TASK_SCRIPT:
        path = task.path if task is not None else None
        if path and chosen:
            return f"the script {code_span(path)} (or another script this call may pick)"
        return f"the script {code_span(path)}" if path else "another script (`task_script`)"
    if task is not None and task.path:
        return f"the script {code_span(task.path)} (the task's path)"
    return None


# what a checkpointed value never is: the SDK stores a top-level `undefined`, function or
# symbol as `null` (`checkpointableResult`, `encodeCheckpointPayload`), and JSON has no
# bigint
NO_UNDEFINED = "which comes back from JSON, where `undefined` is stored as `null`"


NEVER_TYPEOF = {
    "undefined": NO_UNDEFINED,
    "function": "which comes back from JSON, where a function is stored as `null`",
    "symbol": "which comes back from JSON, where a symbol is stored as `null`",
    "bigint": "which comes back from JSON, where a `bigint` is a string of its digits",
}


def pattern_alternative(pattern: Node, clause: Node) -> bool:
    """`pattern` is one side of an `|` within the case clause."""
    node = pattern.parent
    while node is not None and node.id != clause.id:
        if node.type == "union_pattern":
            return True
        node = node.parent
    return False


def absent_value(model: ScriptModel, subject: Node, other: Node) -> tuple[Node, str] | None:
    """`subject === undefined` / `subject === void 0` / `typeof subject === "function"`:
    the name tested and why a checkpointed value never passes."""
    other = sdk.unwrap(other) or other
    text = model.text(other)
    if text in ("undefined", "void 0"):
        return subject, NO_UNDEFINED
    if subject.type == "unary_expression" and model.text(subject).startswith("typeof"):
        operand = subject.child_by_field_name("argument")
        kind = text.strip("\"'`") if other.type in ("string", "template_string") else ""
        if operand is not None and kind in NEVER_TYPEOF:
            return operand, NEVER_TYPEOF[kind]
    return None


def whole_value(model: ScriptModel, name: str, at: Node) -> Node | None:
    """The value of `const name = ...` where `at` reads it: a name declared by itself
    (not destructured) and never assigned again (`const`: `let` may be)."""
    semantic = model.semantic
    binding = semantic.lookup(name, semantic.scope_at(at)) if semantic is not None else None
    if binding is None or binding.rebound or binding.value is None:
        return None
    declarator = binding.value.parent
    if declarator is None or declarator.type != "variable_declarator":
        return None
    declaration = declarator.parent
    if declaration is None or not declaration.children or declaration.children[0].type != "const":
        return None
    left = declarator.child_by_field_name("name")
    if left is None or left.type != "identifier" or model.text(left) != name:
        return None
    return binding.value


def null_tested_beside(model: ScriptModel, test: Node, subject: Node) -> bool:
    """`subject` is also tested for null: in the function (`=== null`, `== null`,
    `!== null`), or
    beside `test` in a `||` / `&&` chain (`!subject` too)."""
    name = model.text(subject)
    chain = test
    while chain.parent is not None and (
        chain.parent.type == "parenthesized_expression"
        or (
            chain.parent.type == "binary_expression"
            and (op := chain.parent.child_by_field_name("operator")) is not None
            and model.text(op) in ("||", "&&")
        )
    ):
        chain = chain.parent
    # defensive when the function also compares it with null, anywhere
    fn = next(sdk.enclosing_functions(model, test), None)
    body = " ".join(model.text(fn).split()) if fn is not None else ""
    if any(
        form in body
        for form in (
            f"{name} === null",
            f"null === {name}",
            f"{name} == null",
            f"{name} !== null",
            f"null !== {name}",
            f"{name} != null",
        )
    ):
        return True
    if chain.id == test.id:
        return False
    spaced = " ".join(model.text(chain).split())
    return any(
        form in spaced
        for form in (
            f"{name} === null",
            f"null === {name}",
            f"{name} == null",
            f"null == {name}",
            f"{name} !== null",
            f"{name} != null",
            f"!{name} ",
            f"!{name})",
        )
    ) or spaced.endswith(f"!{name}")


def sleeps(model: ScriptModel) -> set[int]:
    return {c.call.id for c in sdk.facts(model).calls if c.primitive is sdk.Primitive.SLEEP}


# Literals whose members JSON carries one by one (TypeScript object / array, Python
# dict / list / tuple; a Python set literal is itself a loss).
CONTAINERS = ("object", "array", "dictionary", "list", "tuple", "expression_list")  # `return a, b`


def keyword_members(model: ScriptModel, node: Node) -> list[Node]:
    """The keyword argument values of `dict(a=..., b=...)` or of a `TypedDict` of the
    file built (`Lease(holder=..., expires=...)`): the dict's values."""
    if node.type != "call":
        return []
    callee = sdk.callee_of(node)
    if callee is None or callee.type != "identifier":
        return []
    name = model.text(callee)
    semantic = model.semantic
    builtin = name == "dict" and semantic is not None and semantic.qualified_name(callee) == "dict"
    bases = class_bases(model, name, callee) if name in type_names(model) else None
    if not builtin and not (bases and "TypedDict" in bases):
        return []
    _, keywords, _ = sdk.arguments_of(model, node)
    return [k.value for k in keywords if k.value is not None]


def deep_copied(model: ScriptModel, call: Node) -> Node | None:
    """The value the global `structuredClone(value)` copies (a copy keeps every type)."""
    memo = sdk.facts(model).memo
    spelled = memo.get("spells structuredClone")
    if spelled is None:
        spelled = memo["spells structuredClone"] = b"structuredClone" in model.source.data
    if not spelled:
        return None
    callee = call.child_by_field_name("function")
    if callee is None or callee.type != "identifier" or model.text(callee) != "structuredClone":
        return None
    if sdk.bound_value(model, "structuredClone", callee) is not None:
        return None  # the file's own `structuredClone`
    args = call.child_by_field_name("arguments")
    given = [a for a in args.named_children if a.type != "comment"] if args else []
    return given[0] if given else None


_WRITES = (
    "assignment_expression",
    "augmented_assignment_expression",
    "assignment",
    "augmented_assignment",
    "update_expression",
    "delete_statement",
)
_WRAPPERS = (
    "parenthesized_expression",
    "as_expression",
    "satisfies_expression",
    "non_null_expression",
    "type_assertion",
)
_MEMBER_NODES = ("member_expression", "subscript_expression", "attribute", "subscript")


def unchanged_container(model: ScriptModel, name: Node) -> Node | None:
    """The object / array (dict / list) literal a name is bound to once, where no use of
    the name in the file changes it: no member written, deleted or updated, no method
    called on it (`xs.push(d)`, `d.update(...)`), not handed to `Object.assign`; else
    None (the literal no longer says what the name holds)."""
    semantic = model.semantic
    if semantic is None:
        return None
    binding = semantic.resolve(name)
    if binding is None or binding.rebound or binding.reassigned or binding.member:
        return None
    literal = sdk.unwrap(binding.assigned_value)
    if literal is None or literal.type not in CONTAINERS or binding.node is None:
        return None
    data, root = model.source.data, model.tree.root_node
    for match in sdk._name(binding.name).finditer(data):
        use = root.descendant_for_byte_range(match.start(), match.end())
        if use is None or use.start_byte == binding.node.start_byte:
            continue
        if use.type not in semantic.syntax.identifiers or semantic.resolve(use) is not binding:
            continue
        parent = use.parent
        while parent is not None and parent.type in _WRAPPERS:
            use, parent = parent, parent.parent  # `(entry as Entry).at = ...`
        if parent is None:
            continue
        if parent.type in _MEMBER_NODES and parent.named_children[:1] == [use]:
            holder = parent.parent
            if holder is not None and holder.type in ("call_expression", "call"):
                return None  # `entry.tags.push(x)`, `entry.update(...)`: may change it
            while holder is not None and holder.type in _MEMBER_NODES:
                parent, holder = holder, holder.parent
            if holder is not None and holder.type in _WRITES:
                left = holder.child_by_field_name("left") or holder.child_by_field_name("argument")
                if left is None or left == parent or holder.type == "delete_statement":
                    return None  # `entry.at = ...`, `entry.n++`, `del entry["k"]`
            if holder is not None and holder.type == "unary_expression":
                if model.text(holder).startswith("delete"):
                    return None
        if parent.type in ("arguments", "argument_list"):
            call = parent.parent
            callee = sdk.callee_of(call) if call is not None else None
            if callee is not None and model.text(callee) == "Object.assign":
                if parent.named_children[:1] == [use]:
                    return None
    return literal


def held_container(model: ScriptModel, node: Node) -> Node | None:
    """The literal `entry` or `structuredClone(entry)` holds, when `entry` is a name bound
    once to an object / array literal the file never changes (`unchanged_container`)."""
    if node.type == "call_expression":
        copied = deep_copied(model, node)
        node = sdk.unwrap(copied) or copied if copied is not None else node
    if node.type not in ("identifier", "shorthand_property_identifier"):
        return None
    return unchanged_container(model, node)


def container_members(model: ScriptModel, node: Node, depth: int) -> Iterator[Node]:
    """The member expressions of a container literal, at any depth up to `depth`, that
    are not themselves containers (`{ a: { b: new Date() } }` gives `new Date()`)."""
    if depth > 0 and node.type == "call":
        yield from keyword_members(model, node)
        return
    if depth > 0 and node.type == "list_comprehension":
        # `[Line(sku, amount) for ...]`: each item is the comprehension's element
        element = node.child_by_field_name("body")
        if element is not None:
            inner = sdk.unwrap(element) or element
            if inner.type in CONTAINERS:
                yield from container_members(model, inner, depth - 1)
            else:
                yield element
        return
    if depth > 0 and node.type == "call_expression" and (copied := deep_copied(model, node)):
        # `structuredClone({ at: new Date() })`: the copy holds what the original holds
        inner = sdk.unwrap(copied) or copied
        if inner.type in CONTAINERS:
            yield from container_members(model, inner, depth)
        return
    if depth > 0 and node.type == "call_expression":
        # `rows.map((r) => new Date(r.at))`, `Array.from(xs, (x) => ...)`: an array of
        # what the callback returns
        for element in mapped_items(model, node):
            inner = sdk.unwrap(element) or element
            if inner.type in CONTAINERS:
                yield from container_members(model, inner, depth - 1)
            else:
                yield element
        return
    if depth <= 0 or node.type not in CONTAINERS:
        return
    for child in node.named_children:
        if child.type == "pair":
            member = child.child_by_field_name("value")
        elif child.type in ("comment", "spread_element", "list_splat", "dictionary_splat"):
            continue
        elif child.type == "shorthand_property_identifier":
            member = child  # `{ when }`: the name's value
        else:
            member = child
        if member is None:
            continue
        inner = sdk.unwrap(member) or member
        if inner.type in CONTAINERS:
            yield from container_members(model, inner, depth - 1)
        else:
            yield member


def mapped_items(model: ScriptModel, call: Node) -> list[Node]:
    """The expressions the callback of `xs.map(fn)` / `Array.from(xs, fn)` returns, when
    `fn` is written there (an arrow or a function expression): the array's items."""
    callee = sdk.callee_of(call)
    args = call.child_by_field_name("arguments")
    if callee is None or callee.type != "member_expression" or args is None:
        return []
    prop = callee.child_by_field_name("property")
    method = model.text(prop) if prop is not None else ""
    given = [a for a in args.named_children if a.type != "comment"]
    if method == "map" and len(given) >= 1:
        fn = given[0]
    elif model.text(callee) == "Array.from" and len(given) >= 2:
        fn = given[1]
    else:
        return []
    if fn.type not in FUNCTION_VALUES:
        return []
    return returned(model, fn)


def reaching_value(model: ScriptModel, name: str, at: Node) -> Node | None:
    """The value `name` holds where `at` reads it. A name assigned once is its
    binding's value; a name assigned again (`since = since.isoformat()` under the
    check) holds the last assignment before `at`, unless a later one can loop back
    to it (an assignment after `at` in a loop around `at`)."""
    value = sdk.bound_value(model, name, at)
    semantic = model.semantic
    binding = semantic.lookup(name, semantic.scope_at(at)) if semantic is not None else None
    if binding is None or not binding.rebound:
        return value
    fn = next(sdk.enclosing_functions(model, at), None)
    if fn is None:
        return None
    loops = {"for_statement", "while_statement", "for_in_statement", "do_statement"}
    around = [a for a in ancestors(at) if a.type in loops and a.start_byte >= fn.start_byte]
    before = None
    for node in sdk.same_function_nodes(model, ("assignment", "variable_declarator"), fn):
        assigned = sdk._binding_value(model, node, name)
        if assigned is None:
            continue
        if node.end_byte <= at.start_byte:
            before = assigned
        elif any(loop.start_byte <= node.start_byte < loop.end_byte for loop in around):
            return None
    return before


def ancestors(node: Node) -> Iterator[Node]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


MAX_RETURN_HOPS = 8  # `return build()` followed through this many helpers


def checkpointed_values(model: ScriptModel, root: Node) -> Iterator[tuple[Node, Node]]:
    """(value, the function returning it) for what a step callback or task function
    hands back: its own returns, and the returns of a helper of the file it returns
    the call of (`return envelope(x)`), any depth. A helper it only calls
    (`stamp = now_utc()`; `return {"at": stamp.isoformat()}`) is not followed: its
    value is not checkpointed."""
    kinds = sdk.function_types(model)
    seen = {root.id}
    pending = [(root, 0)]
    while pending:
        fn, hops = pending.pop(0)
        for value in returned(model, fn):
            helper = returned_helper(model, sdk.unwrap(value) or value, kinds)
            if helper is None or is_task_function(model, helper) or generator(model, helper):
                # a generator function's call is the generator, whatever it returns
                yield value, fn
            elif helper.id not in seen and hops < MAX_RETURN_HOPS:
                seen.add(helper.id)
                pending.append((helper, hops + 1))


def element_value(model: ScriptModel, node: Node) -> Node | None:
    """`by_id[k]` / `rows[0]` where the name is bound once to a dict / list
    comprehension: the expression every element of it is built by."""
    if node.type not in ("subscript", "subscript_expression"):
        return None
    obj = node.child_by_field_name("value") or node.child_by_field_name("object")
    if obj is None or obj.type != "identifier":
        return None
    built = held_once(model, obj)
    built = sdk.unwrap(built) if built is not None else None
    if built is None:
        return None
    if built.type == "dictionary_comprehension":
        pair = built.child_by_field_name("body")
        return pair.child_by_field_name("value") if pair is not None else None
    if built.type == "list_comprehension":
        return built.child_by_field_name("body")
    return None


def held_once(model: ScriptModel, name: Node) -> Node | None:
    """The value a name is assigned once, whole, where `name` reads it; else None."""
    semantic = model.semantic
    binding = semantic.resolve(name) if semantic is not None else None
    return binding.assigned_value if binding is not None else None


def returned_helper(model: ScriptModel, value: Node, kinds: tuple[str, ...]) -> Node | None:
    """The function of the file `value` calls by plain name (`envelope(x)`), if any."""
    if value.type not in ("call", "call_expression"):
        return None
    callee = sdk.callee_of(value)
    return helper_function(model, callee, kinds) if callee is not None else None


def function_name(model: ScriptModel, fn: Node) -> str:
    """`build` for `def build()`, `function build()` and `const build = () => ...`."""
    name = fn.child_by_field_name("name")
    holder = fn.parent
    if name is None and holder is not None and holder.type in ("variable_declarator", "assignment"):
        name = holder.child_by_field_name("name") or holder.child_by_field_name("left")
    return model.text(name) if name is not None else "a helper"


def partial_target(model: ScriptModel, node: Node) -> Node | None:
    """`f` of `functools.partial(f, ...)` (nested partials unwrapped), else None."""
    semantic = model.semantic
    found = None
    for _ in range(8):  # partial(partial(f)), never endlessly
        if node.type != "call" or semantic is None:
            return found
        callee = sdk.callee_of(node)
        if callee is None or semantic.qualified_name(callee) != "functools.partial":
            return found
        args, _, _ = sdk.arguments_of(model, node)
        if not args:
            return found
        node = found = sdk.unwrap(args[0]) or args[0]
    return found


def fields_read_from_results(model: ScriptModel, task: str, fields: set[str]) -> str | None:
    """`totals.amount` in the workflow, `totals` bound to `await task(...)`: the first
    such read, as written."""
    calls = [t.call for t in sdk.facts(model).task_calls if t.name == task]
    return fields_read_from(model, calls, fields)


def fields_read_from(model: ScriptModel, calls: list[Node], fields: set[str]) -> str | None:
    """`totals.amount` in the workflow, `totals` bound to `await <one of calls>`: the
    first such read, as written."""
    wf = sdk.facts(model).workflow_function
    if wf is None or not fields:
        return None
    holders = set()
    for durable_call in calls:
        parent = durable_call.parent
        while parent is not None and parent.type in ("await", "parenthesized_expression"):
            parent = parent.parent
        left = parent.child_by_field_name("left") if parent is not None else None
        if parent is not None and parent.type == "assignment" and left is not None:
            if left.type == "identifier":
                holders.add(model.text(left))
    for node in sdk.nodes_in(model, "attribute", wf):
        owner = node.child_by_field_name("object")
        field_ = node.child_by_field_name("attribute")
        if owner is None or field_ is None or owner.type != "identifier":
            continue
        if model.text(owner) in holders and model.text(field_) in fields:
            return model.text(node)
    for call in sdk.call_nodes(model, wf):
        if named_field_read(model, call, holders, fields):
            return model.text(call)
    return None


def named_field_read(model: ScriptModel, call: Node, holders: set[str], fields: set[str]) -> bool:
    """A field read spelled as a call: `getattr(r, "amount")` (with or without a
    default), `attrgetter("amount")(r)`, or `amount_of(r)` with `amount_of` a name bound
    once to `operator.attrgetter("amount")`, where `r` is one of `holders` and the field
    one of `fields`."""
    args, _, _ = sdk.arguments_of(model, call)
    callee = sdk.callee_of(call)
    if callee is None or not args:
        return False
    held = sdk.unwrap(args[0]) or args[0]
    if held.type != "identifier" or model.text(held) not in holders:
        return False
    semantic = model.semantic
    if callee.type == "identifier" and model.text(callee) == "getattr" and len(args) >= 2:
        binding = semantic.resolve(callee) if semantic is not None else None
        return binding is None and sdk.string_value(model, args[1]) in fields
    getter = callee
    if getter.type == "identifier":
        bound = sdk.bound_value(model, model.text(getter), getter)
        if bound is None:
            return False
        getter = sdk.unwrap(bound) or bound
    if getter.type != "call" or len(args) != 1:
        return False
    made_by = sdk.callee_of(getter)
    qualified = (
        semantic.qualified_name(made_by) if made_by is not None and semantic is not None else None
    )
    if qualified != "operator.attrgetter":
        return False
    names, _, _ = sdk.arguments_of(model, getter)
    return any(sdk.string_value(model, n) in fields for n in names)


def member_root(node: Node) -> Node:
    """`r` for `r.a.b` / `r?.a` / `r["a"]`: the name a member chain reads from."""
    current = sdk.unwrap(node) or node
    while current.type in ("member_expression", "subscript_expression"):
        inner = current.child_by_field_name("object")
        if inner is None:
            break
        current = sdk.unwrap(inner) or inner
    return current


def durable_function_of(model: ScriptModel, value: Node) -> Node | None:
    """The step callback / task body of the file whose result `value` (`await
    step("x", fn)`, `await loadPage(c)`) is."""
    facts = sdk.facts(model)
    for call in facts.calls:
        if call.call.id == value.id and call.primitive is sdk.Primitive.STEP and len(call.args) > 1:
            fn = sdk.unwrap(call.args[1]) or call.args[1]
            return fn if fn.type in FUNCTION_VALUES else None
    for tcall in facts.task_calls:
        if tcall.call.id == value.id and tcall.task is not None and tcall.task.function is not None:
            return tcall.task.function.node
    return None


def always_writes(model: ScriptModel, value: Node, key: str) -> bool:
    """`value` is an object literal with a member `key` of its own (no spread, which
    may bring or not bring the key's value from elsewhere)."""
    literal = sdk.unwrap(value) or value
    if literal.type != "object":
        return False
    found = False
    for child in literal.named_children:
        if child.type == "spread_element":
            return False
        if child.type == "pair":
            name = child.child_by_field_name("key")
            found = found or (name is not None and model.text(name).strip("\"'") == key)
        elif child.type == "shorthand_property_identifier":
            found = found or model.text(child) == key
    return found


def own_function_members(model: ScriptModel, fn: Node) -> set[str]:
    """Names of function members of the object literals `fn` returns."""
    names: set[str] = set()
    for value in returned(model, fn):
        literal = sdk.unwrap(value) or value
        if literal.type != "object":
            continue
        for child in literal.named_children:
            key = child.child_by_field_name("key" if child.type == "pair" else "name")
            if key is not None and child.type in ("pair", "method_definition"):
                names.add(model.text(key))
    return names


def step_or_task_name(model: ScriptModel, fn: Node, where: str) -> str:
    """`the step "latest"` / `the task `render`` for messages."""
    facts = sdk.facts(model)
    for c in facts.calls:
        if c.primitive is sdk.Primitive.STEP and len(c.args) > 1:
            if (sdk.unwrap(c.args[1]) or c.args[1]).id == fn.id:
                name = sdk.string_value(model, c.args[0])
                return f"the step `{name}`" if name is not None else "the step"
    for task in model.tasks:
        if task.function is not None and task.function.node.id == fn.id and task.binding:
            return f"the task `{task.binding}`"
    name_node = fn.child_by_field_name("name")
    return f"the task `{model.text(name_node)}`" if name_node is not None else f"the {where}"


def type_guarded(model: ScriptModel, node: Node, name: str) -> bool:
    """`node` is in a branch of an `if` / `?:` whose test checks `name`'s type
    (`name instanceof X`, `typeof name`): that test is reported as dead instead."""
    guards = (f"{name} instanceof", f"typeof {name}")
    for up in ancestors(node):
        if up.type in ("if_statement", "ternary_expression"):
            test = up.child_by_field_name("condition")
            if test is not None and any(g in model.text(test) for g in guards):
                return True
        if up.type in FUNCTION_VALUES or up.type == "function_declaration":
            return False
    return False


def calls_running(model: ScriptModel, fn: Node) -> list[Node]:
    """The calls whose result is what the step callback / task body `fn` returns: the
    `step` calls handed it and the calls of its task. Indexed once per model (one scan
    per callback was quadratic on a body of hundreds of steps)."""
    memo = sdk.facts(model).memo
    found = memo.get("wac107_calls_running")
    if isinstance(found, dict):
        index: dict[int, list[Node]] = found
    else:
        facts = sdk.facts(model)
        index = {}
        for c in facts.calls:
            if c.primitive is sdk.Primitive.STEP and len(c.args) > 1:
                given = sdk.unwrap(c.args[1]) or c.args[1]
                index.setdefault(given.id, []).append(c.call)
        for t in facts.task_calls:
            if t.task is not None and t.task.function is not None:
                index.setdefault(t.task.function.node.id, []).append(t.call)
        memo["wac107_calls_running"] = index
    return index.get(fn.id, [])


def result_holders(model: ScriptModel, wf: Node, fn: Node) -> set[str]:
    """The names the workflow binds to the result of the step callback / task body
    `fn` (`const fx = await loadRate(c)`, `const r = await step("x", fn)`), by a
    declaration of their own (not destructured)."""
    declared = declared_results(model, wf)
    return {declared[c.id] for c in calls_running(model, fn) if c.id in declared}


def declared_results(model: ScriptModel, wf: Node) -> dict[int, str]:
    """The workflow body's `const name = await call(...)` declarations, as the call's
    id -> `name`. Awaited only: `const p = charge(c)` holds the promise, on which
    `p.then(...)` is a promise's own method, not a read of the checkpointed value.
    Indexed once per model: walking up from each call (`parent_of`) cost ~10 us per
    call on a body of 20,000 calls of one task."""
    memo = sdk.facts(model).memo
    found = memo.get("wac107_declared_results")
    if isinstance(found, dict):
        return found
    index: dict[int, str] = {}
    for declarator in sdk.nodes_in(model, "variable_declarator", wf):
        left = declarator.child_by_field_name("name")
        value = declarator.child_by_field_name("value")
        if left is None or value is None or left.type != "identifier":
            continue
        awaited = False
        while value is not None and value.type in ("await_expression", "parenthesized_expression"):
            awaited = awaited or value.type == "await_expression"
            value = next(iter(value.named_children), None)
        if value is not None and awaited:
            index[value.id] = model.text(left)
    memo["wac107_declared_results"] = index
    return index


def method_calls_by_owner(model: ScriptModel, wf: Node) -> dict[str, list[Node]]:
    """The workflow body's method calls on a plain name (`fx.convert(p)`), by that
    name: their callee (`fx.convert`). Indexed once per model, for every callback."""
    memo = sdk.facts(model).memo
    found = memo.get("wac107_method_calls")
    if isinstance(found, dict):
        return found
    index: dict[str, list[Node]] = {}
    # from the calls (in the node index), not the member expressions (a query per file)
    for call in sdk.nodes_in(model, "call_expression", wf):
        callee = call.child_by_field_name("function")
        if callee is None or callee.type != "member_expression":
            continue
        owner = callee.child_by_field_name("object")
        if owner is None or owner.type != "identifier":
            continue
        if callee.child_by_field_name("property") is None:
            continue
        index.setdefault(model.text(owner), []).append(callee)
    memo["wac107_method_calls"] = index
    return index


def held_method_calls(model: ScriptModel, wf: Node, holders: set[str]) -> list[Node]:
    """The callees of the workflow body's method calls on one of `holders`, in source
    order."""
    index = method_calls_by_owner(model, wf)
    found = [callee for name in holders for callee in index.get(name, ())]
    found.sort(key=lambda callee: callee.start_byte)
    return found


# Bases whose classes an instance check or a class pattern does not test by class:
# a `TypedDict` raises `TypeError` there, a runtime `Protocol` matches by members.
STRUCTURAL_BASES = frozenset({"TypedDict", "Protocol"})


def file_class(model: ScriptModel, node: Node) -> bool:
    """`node` names a Python class of this file: what JSON brings back is a plain
    `dict`, `list`, `str`, number, bool or `None`, never an instance of it, whatever
    it derives from (a `NamedTuple` comes back a list, a `dict` subclass a plain dict,
    a `StrEnum` member a plain string)."""
    if node.type != "identifier" or model.text(node) not in sdk.class_names(model):
        return False
    value = sdk.bound_value(model, model.text(node), node)
    if value is None or value.type != "class_definition":
        return False
    bases = value.child_by_field_name("superclasses")
    names = (
        {model.text(b).rsplit(".", 1)[-1].split("[", 1)[0] for b in bases.named_children}
        if bases is not None
        else set()
    )
    return not names & STRUCTURAL_BASES


def value_dropped(model: ScriptModel, callback: Node) -> bool:
    """The step call `callback` is given to is awaited as a statement of its own: the
    value it checkpoints is never read."""
    arguments = model.parent_of(callback)
    call = model.parent_of(arguments) if arguments is not None else None
    outer = model.parent_of(call) if call is not None else None
    while outer is not None and outer.type in (
        "await",
        "await_expression",
        "parenthesized_expression",
    ):
        outer = model.parent_of(outer)
    return outer is not None and outer.type == "expression_statement"


# Calls that rebuild a value from the string JSON leaves of it (`default=str` in wmill
# 1.850.0, `toJSON` in windmill-client 1.818.0), by the value's kind (`Loss.what`
# without " (its declared type)"): `Decimal(str(await price(x)))`,
# `datetime.fromisoformat(await due(x))` (`str(datetime)` is ISO with a space, which
# `fromisoformat` reads), `new Date(await step("at", () => new Date()))`.
REBUILDS: dict[str, frozenset[str]] = {
    "a `Decimal`": frozenset({"decimal.Decimal", "str"}),
    "a `datetime`": frozenset(
        {
            "datetime.datetime.fromisoformat",
            "dateutil.parser.isoparse",
            "dateutil.parser.parse",
            "pandas.to_datetime",
            "str",
        }
    ),
    "a `date`": frozenset({"datetime.date.fromisoformat", "str"}),
    "a `Fraction`": frozenset({"fractions.Fraction", "str"}),
    "a `UUID`": frozenset({"uuid.UUID", "str"}),
    "a `Path`": frozenset(
        {"pathlib.Path", "pathlib.PurePath", "pathlib.PurePosixPath", "os.fspath", "str"}
    ),
    "an `ipaddress` object": frozenset(
        {
            "ipaddress.ip_address",
            "ipaddress.ip_network",
            "ipaddress.ip_interface",
            "ipaddress.IPv4Address",
            "ipaddress.IPv6Address",
            "ipaddress.IPv4Network",
            "ipaddress.IPv6Network",
            "str",
        }
    ),
    # not `String`: `String(date)` is its `toString()` text, not the ISO string JSON keeps
    "a `Date`": frozenset({"Date", "Date.parse", "dayjs", "moment"}),
    "a `URL`": frozenset({"URL", "String"}),
    "a `bigint`": frozenset({"BigInt", "String"}),
}
# What a read may pass through on its way to the rebuilding call: `Decimal(str(r))`
TO_STRING = frozenset({"str", "String"})
WRAPPERS = frozenset({"await", "await_expression", "parenthesized_expression"})
ARGUMENTS = frozenset({"arguments", "argument_list"})


def rebuilt_kinds(model: ScriptModel, node: Node) -> frozenset[str] | None:
    """The kinds of value whose string form the read `node` rebuilds (it is the single
    argument of a rebuilding call), or None: `Decimal(node)`, `str(node)`,
    `Decimal(str(node))`, `new Date(node)`."""
    at = node
    parent = model.parent_of(at)
    while parent is not None and parent.type in WRAPPERS:
        at, parent = parent, model.parent_of(parent)
    through_str = False
    while True:
        if parent is None or parent.type not in ARGUMENTS or len(parent.named_children) != 1:
            return None
        call = model.parent_of(parent)
        if call is None:
            return None
        name = rebuild_callee(model, call)
        if name in TO_STRING and not through_str:
            outer = model.parent_of(call)
            if outer is not None and outer.type in ARGUMENTS:
                through_str = True
                parent = outer
                continue
        if name is None:
            return None
        kinds = frozenset(kind for kind, names in REBUILDS.items() if name in names)
        return kinds or None


def rebuild_callee(model: ScriptModel, call: Node) -> str | None:
    if call.type == "new_expression":
        ctor = call.child_by_field_name("constructor")
        return model.text(ctor) if ctor is not None else None
    if call.type not in ("call", "call_expression"):
        return None
    callee = call.child_by_field_name("function")
    if callee is None:
        return None
    semantic = model.semantic
    qualified = semantic.qualified_name(callee) if semantic is not None else None
    return qualified or model.text(callee)


def result_rebuilt(model: ScriptModel, calls: list[Node], wf: Node | None) -> frozenset[str]:
    """The kinds of value every read of the results of `calls` (the durable calls that
    run one step / task) rebuilds from its string form: the call's value given straight
    to a rebuilding call, or bound once to a name (`raw = await price(x)`) whose every
    read in the workflow function is. Empty when one read is anything else."""
    if not calls or wf is None:
        return frozenset()
    found: frozenset[str] | None = None
    for call in calls:
        at = call
        parent = model.parent_of(at)
        while parent is not None and parent.type in WRAPPERS:
            at, parent = parent, model.parent_of(parent)
        reads: list[Node]
        if parent is not None and parent.type in ("assignment", "variable_declarator"):
            target = parent.child_by_field_name("left") or parent.child_by_field_name("name")
            if target is None or target.type != "identifier":
                return frozenset()
            name = model.text(target)
            reads = []
            for node in sdk.walk(wf):
                if node.type != "identifier" or model.text(node) != name or node == target:
                    continue
                holder = model.parent_of(node)
                if holder is not None and holder.type in ("assignment", "variable_declarator"):
                    left = holder.child_by_field_name("left") or holder.child_by_field_name("name")
                    if left == node:
                        return frozenset()  # bound again: another value
                reads.append(node)
            if not reads:
                return frozenset()
        else:
            reads = [call]
        for read in reads:
            kinds = rebuilt_kinds(model, read)
            if kinds is None:
                return frozenset()
            found = kinds if found is None else found & kinds
    return found or frozenset()
