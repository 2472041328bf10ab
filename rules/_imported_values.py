"""What a name imported from another module of the workspace stands for, read in
that module: milliseconds (`hours(48)` of `./durations`, `REMINDER_INTERVAL = 4 *
HOUR_MS`), for the rules that judge a delay's unit."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from tree_sitter import Node

from wac_lint.model import ScriptModel
from wac_lint.rule import RuleContext
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.semantic import BindingKind
from wac_lint.tree_paths import chain_root
from wac_lint.workspace.helper_resolution import helper_of
from wac_lint.workspace.reexports import reexport_origin


def imported_milliseconds(ctx: RuleContext) -> Callable[[Node], bool] | None:
    """A test for `in_milliseconds(..., imported=)`: whether an imported name (or a call
    of an imported function) is in milliseconds in the module that defines it."""
    if ctx.workspace is None:
        return None

    def test(node: Node) -> bool:
        origin = imported_origin(ctx, node)
        if origin is None:
            return False
        called = node.type in ("call", "call_expression")
        return _exported_milliseconds(origin[0], origin[1], called, origin[2])

    return test


def imported_origin(ctx: RuleContext, node: Node) -> tuple[str, str, tuple[int, int]] | None:
    """Where an imported name (or the function a call names) is bound at module level:
    the defining file (re-exports followed), the name there, and the file's size and
    mtime (the key of per-file caches: this module's, and the rules' that read another
    module's definition of a name)."""
    workspace = ctx.workspace
    if workspace is None:
        return None
    ref = helper_of(ctx.model, node, workspace.file, workspace.project, workspace.consulted)
    if ref is None or "." in ref.function:
        return None
    workspace.consulted.add(ref.file)
    ref = reexport_origin(ref, workspace.project, workspace.consulted)
    try:
        stat = ref.file.stat()
    except OSError:
        return None
    return str(ref.file), ref.function, (stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=256)
def _exported_milliseconds(file: str, name: str, called: bool, _key: tuple[int, int]) -> bool:
    """Whether the module-level `name` of `file` is in milliseconds (`called`: whether
    the function it binds returns milliseconds)."""
    from wac_lint.engine import InputError, read_source
    from wac_lint.frontends import module_model

    try:
        other = module_model(read_source(file))
    except (InputError, OSError, RecursionError):
        return False
    semantic = other.semantic
    binding = semantic.module.bindings.get(name) if semantic is not None else None
    if binding is None or binding.kind == BindingKind.IMPORT:
        return False
    if called:
        function = (
            binding.value
            if binding.kind == BindingKind.FUNCTION
            else sdk.function_named(other, binding.assigned_value)
        )
        return function is not None and sdk.function_returns_milliseconds(other, function)
    value = sdk.unwrap(binding.assigned_value)
    return value is not None and sdk.in_milliseconds(other, value)


# Methods that read a dict / object without changing it.
_READING_METHODS = frozenset(
    {"get", "keys", "values", "items", "copy", "hasOwnProperty", "toString", "__contains__"}
)


def constant_keys(ctx: RuleContext, node: Node | None) -> tuple[str, ...] | None:
    """The keys of the dict / object literal a module-level constant holds, for `**NAME` /
    `...NAME`: a name of this file bound once at its top level, or one imported from
    another module of the workspace that binds it so there, to a literal with string keys
    and no spread, that neither module changes (`NAME["k"] = v`, `NAME.update(...)`,
    `Object.assign(NAME, ...)`, `global NAME`). None when not known that way."""
    model = ctx.model
    semantic = model.semantic
    if node is None or semantic is None:
        return None
    # `**models.DEFAULTS` / `{ ...kit.DEFAULTS }`: of a module imported whole
    root = chain_root(node)
    if root is None:
        return None
    binding = semantic.resolve(root)
    if binding is None or (root is not node and binding.kind != BindingKind.IMPORT):
        return None
    name = model.text(node).rsplit(".", 1)[-1]
    if binding.kind == BindingKind.IMPORT:
        origin = imported_origin(ctx, node)
        if origin is None or _changed_in(model, name):
            return None
        return _exported_keys(*origin)
    if binding.scope.parent is not None:
        return None  # a local: the rules read those where they are bound
    return _module_keys(model, binding.name)


@lru_cache(maxsize=256)
def _exported_keys(file: str, name: str, _key: tuple[int, int]) -> tuple[str, ...] | None:
    from wac_lint.engine import InputError, read_source
    from wac_lint.frontends import module_model

    try:
        other = module_model(read_source(file))
    except (InputError, OSError, RecursionError):
        return None
    return _module_keys(other, name)


def _module_keys(model: ScriptModel, name: str) -> tuple[str, ...] | None:
    semantic = model.semantic
    binding = semantic.module.bindings.get(name) if semantic is not None else None
    if binding is None or binding.kind != BindingKind.ASSIGNMENT or binding.rebound:
        return None
    if binding.member or binding.reassigned:
        return None
    options = sdk.object_options(model, sdk.unwrap(binding.value))
    if options is None or options[1] or _changed_in(model, name):
        return None
    return tuple(dict.fromkeys(o.name for o in options[0]))


def _changed_in(model: ScriptModel, name: str) -> bool:
    """Whether the file may change the dict / object `name` holds in place, or rebind
    it from a function (`global NAME`), read once per file and name."""
    memo = sdk.facts(model).memo
    key = ("constant_changed", name)
    known = memo.get(key)
    if isinstance(known, bool):
        return known
    changed = False
    for use in _uses(model, name):
        parent = use.parent
        if parent is None:
            continue
        outer = parent.parent
        if parent.type in ("global_statement", "nonlocal_statement"):
            changed = True
        elif parent.type in ("subscript", "subscript_expression", "member_expression"):
            holder = parent.child_by_field_name("value") or parent.child_by_field_name("object")
            if holder != use:
                continue  # `x[NAME]`: a key, not the constant
            if outer is not None and outer.type == "call_expression":
                attr = parent.child_by_field_name("property")
                changed |= attr is None or model.text(attr) not in _READING_METHODS
            elif outer is not None and (
                outer.type in ("delete_statement", "augmented_assignment")
                or (outer.type == "unary_expression" and model.text(outer).startswith("delete"))
                or (
                    outer.type in ("assignment", "assignment_expression")
                    and outer.child_by_field_name("left") == parent
                )
            ):
                changed = True
        elif parent.type == "attribute" and parent.child_by_field_name("object") == use:
            if outer is not None and outer.type == "call":
                attr = parent.child_by_field_name("attribute")
                changed |= attr is None or model.text(attr) not in _READING_METHODS
        elif parent.type == "augmented_assignment" and parent.child_by_field_name("left") == use:
            changed = True
        elif parent.type == "arguments" and outer is not None:
            callee = outer.child_by_field_name("function")
            first = parent.named_children[0] if parent.named_children else None
            changed |= callee is not None and model.text(callee) == "Object.assign" and first == use
        if changed:
            break
    memo[key] = changed
    return changed


def _uses(model: ScriptModel, name: str) -> list[Node]:
    data = model.source.data
    if name.encode() not in data:
        return []
    return [
        n
        for n in sdk.walk(model.tree.root_node)
        if n.type == "identifier" and model.text(n) == name
    ]


# Nodes whose `return` statements are their own, not the enclosing function's.
_OWN_SCOPES = frozenset(
    {
        "function_definition",
        "lambda",
        "class_definition",
        "function_declaration",
        "function_expression",
        "function",
        "arrow_function",
        "generator_function_declaration",
        "method_definition",
        "class_declaration",
        "class",
    }
)


def returned_keys(ctx: RuleContext, call: Node | None) -> tuple[str, ...] | None:
    """`**drain_args(node, reason)` / `{ ...drainArgs(node) }`: the keys of the dict /
    object literal the called function always returns (each of its `return` statements
    returns a literal with the same string keys and no spread), a function of this file
    or of another module of the workspace. None when not known that way."""
    call = sdk.unwrap(call)
    if call is None or call.type not in ("call", "call_expression"):
        return None
    callee = sdk.unwrap(call.child_by_field_name("function"))
    semantic = ctx.model.semantic
    if callee is None or semantic is None:
        return None
    if callee.type == "identifier":
        binding = semantic.resolve(callee)
        if binding is not None and binding.kind != BindingKind.IMPORT:
            function = (
                binding.value
                if binding.kind == BindingKind.FUNCTION
                else sdk.function_named(ctx.model, binding.assigned_value)
            )
            if function is None or binding.rebound:
                return None
            return function_keys(ctx.model, function)
    origin = imported_origin(ctx, call)
    return _exported_function_keys(*origin) if origin is not None else None


@lru_cache(maxsize=256)
def _exported_function_keys(file: str, name: str, _key: tuple[int, int]) -> tuple[str, ...] | None:
    from wac_lint.engine import InputError, read_source
    from wac_lint.frontends import module_model

    try:
        other = module_model(read_source(file))
    except (InputError, OSError, RecursionError):
        return None
    semantic = other.semantic
    binding = semantic.module.bindings.get(name) if semantic is not None else None
    if binding is None or binding.kind == BindingKind.IMPORT or binding.rebound:
        return None
    function = (
        binding.value
        if binding.kind == BindingKind.FUNCTION
        else sdk.function_named(other, binding.assigned_value)
    )
    return function_keys(other, function) if function is not None else None


def function_keys(model: ScriptModel, function: Node) -> tuple[str, ...] | None:
    """The keys of the literal every `return` of `function` returns (see
    `returned_keys`); an arrow's expression body is its return."""
    body = function.child_by_field_name("body")
    if body is None:
        return None
    if body.type not in ("block", "statement_block"):
        returned: list[Node | None] = [body]  # `(node) => ({ node, reason })`
    else:
        returned = []
        stack = list(body.named_children)
        while stack:
            node = stack.pop()
            if node.type in _OWN_SCOPES:
                continue
            if node.type == "return_statement":
                returned.append(node.named_children[0] if node.named_children else None)
                continue
            if node.type in ("yield", "yield_expression"):
                return None
            stack.extend(node.named_children)
        last = body.named_children[-1] if body.named_children else None
        if last is None or last.type != "return_statement":
            return None  # may fall off the end (returning None / undefined)
    keys: tuple[str, ...] | None = None
    for value in returned:
        options = sdk.object_options(model, sdk.unwrap(value))
        if options is None or options[1]:
            return None
        found = tuple(dict.fromkeys(o.name for o in options[0]))
        if keys is not None and set(found) != set(keys):
            return None
        keys = found
    return keys
