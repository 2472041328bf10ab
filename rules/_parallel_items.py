"""What wmill's `parallel(items, fn)` cannot run on (Python), shared by WAC301 (the
call raises) and WAC105 (which then has no order to speak of).

wmill 1.850.0 `parallel` does `len(items)`, slices `items[i : i + batch]` and
gathers `fn(item)` for each item of a batch (run against `_run_workflow_async`):
a set, a dict or a dict view cannot be sliced, a generator or a `map` object has
no length (`TypeError` either way), and a plain function's result is not an
awaitable (`asyncio.gather` raises `TypeError`).

windmill-client 1.818.0 `parallel` (TypeScript) does `concurrency = options?.concurrency
?? items.length`, then `for (i = 0; i < items.length; i += concurrency)` over
`items.slice(i, i + concurrency)`: a `Set`, a `Map`, an iterator or a generator object
has no `length`, so the loop never runs and `parallel` returns `[]` without calling
`fn` once (no error)."""

from __future__ import annotations

from wac_lint.model import ScriptModel
from wac_lint.rule import indefinite
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._json_classify import classify
from wac_lint.rules._sdk_calls import Node

SET_OPERATORS = {"-", "|", "&", "^"}
SET_FACTORIES = {"set", "frozenset"}
DICT_FACTORIES = {
    "dict",
    "collections.Counter",
    "collections.OrderedDict",
    "collections.defaultdict",
}
ITERATOR_FACTORIES = {"map", "filter", "zip", "enumerate", "reversed", "iter"}
DICT_VIEWS = {"keys", "values", "items"}


def unsliceable(model: ScriptModel, node: Node | None, depth: int = 0) -> str | None:
    """How `node`'s value fails `len(items)` / `items[i : j]`, described ("a `set`",
    "a generator"), or None when it is a list, a tuple, a range or not known."""
    node = sdk.unwrap(node)
    if node is None or depth > 4:
        return None
    if node.type == "identifier":
        value = sdk.bound_value(model, model.text(node), node)
        if value is None or value.type in ("function_definition", "class_definition"):
            return None
        return unsliceable(model, value, depth + 1)
    if node.type in ("set", "set_comprehension"):
        return "a set"
    if node.type in ("dictionary", "dictionary_comprehension"):
        return "a dict"
    if node.type == "generator_expression":
        return "a generator"
    if node.type == "binary_operator":
        op = node.child_by_field_name("operator")
        if op is None or model.text(op) not in SET_OPERATORS:
            return None
        sides = [node.child_by_field_name(s) for s in ("left", "right")]
        return "a set" if any(unsliceable(model, s, depth + 1) == "a set" for s in sides) else None
    if node.type != "call":
        return None
    callee = sdk.callee_of(node)
    semantic = model.semantic
    if callee is None or semantic is None:
        return None
    qual = semantic.qualified_name(callee)
    if qual in SET_FACTORIES:
        return f"{indefinite(qual)} `{qual}`"
    if qual in DICT_FACTORIES or qual == "dict.fromkeys":
        return "a dict"
    if qual in ITERATOR_FACTORIES:
        return f"{indefinite(qual)} `{qual}` object"
    if qual is not None and qual.startswith("itertools."):
        return "an `itertools` iterator"
    if callee.type == "attribute":
        method = callee.child_by_field_name("attribute")
        args = node.child_by_field_name("arguments")
        if (
            method is not None
            and model.text(method) in DICT_VIEWS
            and args is not None
            and not args.named_children
        ):
            return f"a dict view (`.{model.text(method)}()`)"
    return None


def plain_function(model: ScriptModel, node: Node | None) -> str | None:
    """The name of a plain (not `async`, not decorated) function of the file that
    `node` names: what it returns is no awaitable for `asyncio.gather`."""
    node = sdk.unwrap(node)
    if node is None or node.type != "identifier":
        return None
    value = sdk.bound_value(model, model.text(node), node)
    if value is None or value.type != "function_definition":
        return None
    if value.parent is not None and value.parent.type == "decorated_definition":
        return None  # `@task`, or a decorator that may make it return an awaitable
    if any(c.type == "async" for c in value.children[:2]):
        return None
    return model.text(node)


# What `classify` calls the JavaScript values that have no `length` (nor `slice`).
UNSIZED_TS = ("a `Set`", "a `Map`", "an iterator", "a generator object")


PLAIN_OBJECT = "a plain object"
# Global calls that build a plain object (no `length`): `Object.groupBy(xs, key)` (ES2024,
# a null-prototype object of arrays), `Object.fromEntries(pairs)`, `Object.assign({}, o)`
# (of an object target)
OBJECT_FACTORIES = {"Object.groupBy", "Object.fromEntries", "Object.assign"}


def unsized_typescript(model: ScriptModel, node: Node | None) -> str | None:
    """How `node`'s value has no `length` for windmill-client's `parallel` ("a `Set`",
    "an iterator", "a plain object"), or None when it is an array or not known."""
    node = sdk.unwrap(node)
    if node is None:
        return None
    if plain_object(model, node):
        return PLAIN_OBJECT
    loss = classify(model, node)
    if loss is None:
        return None
    return next((what for what in UNSIZED_TS if loss.what.startswith(what)), None)


def plain_object(model: ScriptModel, node: Node, depth: int = 0) -> bool:
    """An object literal, `Object.groupBy(...)` / `Object.fromEntries(...)` /
    `Object.assign(...)` of the global `Object`, or a name bound once to one."""
    node = sdk.unwrap(node) or node
    if depth > 4:
        return False
    if node.type == "object":
        return True
    if node.type == "identifier":
        value = sdk.bound_value(model, model.text(node), node)
        return value is not None and plain_object(model, value, depth + 1)
    if node.type != "call_expression":
        return False
    callee = sdk.callee_of(node)
    if (
        callee is None
        or model.text(callee) not in OBJECT_FACTORIES
        or sdk.bound_value(model, "Object", callee) is not None
    ):
        return False
    if model.text(callee) != "Object.assign":
        return True
    # `Object.assign(target, ...)` returns its target: `Object.assign([], xs)` is an array
    given = sdk.arguments_of(model, node)[0]
    return bool(given) and plain_object(model, given[0], depth + 1)
