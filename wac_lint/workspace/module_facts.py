"""Facts about one other module of the workspace, each worked out once per file
content: its model, its functions and classes, what it defines and exports.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import tree_sitter

from wac_lint.languages.base import load
from wac_lint.model import FunctionInfo, ScriptModel
from wac_lint.semantic.scopes import BindingKind
from wac_lint.tree_paths import chain_root
from wac_lint.workspace.documents import read_source
from wac_lint.workspace.labels import node_text, plain_string, shown_path
from wac_lint.workspace.session import CrossFileSession, HelperRef, default_session

if TYPE_CHECKING:
    from wac_lint.semantic import SemanticModel

# Suffix naming, to `_library_call`, what a `@contextmanager` function yields.
YIELDED = "<yield>"


@lru_cache(maxsize=1024)
def yielded_value(file: str, digest: str, function: str) -> str | None:
    """The library object a module's `@contextmanager` function yields, when it yields
    one name assigned once to a library call (`session = requests.Session()`)."""
    semantic = module_semantic(file, digest)
    if semantic is None:
        return None
    binding = semantic.lookup(function, semantic.module)
    fn = binding.value if binding is not None and binding.kind == BindingKind.FUNCTION else None
    decorated = fn.parent if fn is not None else None
    if fn is None or decorated is None or decorated.type != "decorated_definition":
        return None
    if not any(
        node_text(d).lstrip("@").strip().rsplit(".", 1)[-1]
        in ("contextmanager", "asynccontextmanager")
        for d in decorated.named_children
        if d.type == "decorator"
    ):
        return None
    yields: list[tree_sitter.Node] = []
    stack = [fn.child_by_field_name("body")]
    while stack:
        node = stack.pop()
        if node is None or node.type in ("function_definition", "lambda", "class_definition"):
            continue
        if node.type == "yield":
            yields.append(node)
        stack.extend(node.named_children)
    if len(yields) != 1 or not yields[0].named_children:
        return None
    held = yields[0].named_children[0]
    if held.type != "identifier":
        return None
    found = semantic.resolve(held)
    value = found.assigned_value if found is not None else None
    qualified = semantic.qualified_name(value) if value is not None else None
    if not qualified or qualified.startswith((".", "~", "/", "f.", "u.")):
        return None
    return str(qualified)


def star_exports(file: Path, name: str, probes: set[Path] | None) -> bool:
    """Does `from <file's module> import *` bind `name`? The names of its `__all__` when
    it lists them (strings in a list or tuple), else its module-level names that do not
    start with `_`."""
    digest = default_session().digest(file)
    if digest is None:
        return False
    if probes is not None:
        probes.add(file)
    return _star_exports_in(str(file), digest, name)


@lru_cache(maxsize=1024)
def _star_exports_in(file: str, digest: str, name: str) -> bool:
    semantic = module_semantic(file, digest)
    if semantic is None:
        return False
    listed = semantic.lookup("__all__", semantic.module)
    value = listed.assigned_value if listed is not None else None
    if value is not None and value.type in ("list", "tuple"):
        names = [
            node_text(item)[1:-1]
            for item in value.named_children
            if item.type == "string" and plain_string(item)
        ]
        if len(names) == len(value.named_children):
            return name in names
    return not name.startswith("_") and semantic.lookup(name, semantic.module) is not None


@lru_cache(maxsize=1024)
def exported_names(file: str, digest: str) -> frozenset[str]:
    """The names a TypeScript module exports by name (not through `export *`)."""
    model = _module_model(file, digest)
    if model is None:
        return frozenset()
    names: set[str] = set()
    for stmt in model.tree.root_node.named_children:
        if stmt.type != "export_statement":
            continue
        declaration = stmt.child_by_field_name("declaration")
        if declaration is not None:
            named = declaration.child_by_field_name("name")
            if named is not None:
                names.add(node_text(named))
            for item in declaration.named_children:
                if item.type == "variable_declarator":
                    held = item.child_by_field_name("name")
                    if held is not None and held.type == "identifier":
                        names.add(node_text(held))
            continue
        for clause in stmt.named_children:
            if clause.type != "export_clause":
                continue
            for item in clause.named_children:
                shown = item.child_by_field_name("alias") or item.child_by_field_name("name")
                if shown is not None:
                    names.add(node_text(shown))
    return frozenset(names)


@lru_cache(maxsize=1024)
def exports_default(file: str, digest: str) -> bool:
    """Does the TypeScript module export a default (`export default ...`, `export { x as
    default }`)?"""
    model = _module_model(file, digest)
    if model is None:
        return False
    for stmt in model.tree.root_node.named_children:
        if stmt.type != "export_statement":
            continue
        if any(c.type == "default" for c in stmt.children):
            return True
        for clause in stmt.named_children:
            if clause.type != "export_clause":
                continue
            for item in clause.named_children:
                alias = item.child_by_field_name("alias")
                if alias is not None and node_text(alias) == "default":
                    return True
    return False


@lru_cache(maxsize=32)
def _module_model(file: str, digest: str) -> ScriptModel | None:
    """One module's scopes, read once per version of the file: the questions below
    ask about several names of the same module (a few models kept, not one per name)."""
    from wac_lint.engine import InputError
    from wac_lint.frontends import module_model

    path = Path(file)
    try:
        return module_model(read_source(path, shown_path(path)))
    except (InputError, RecursionError):
        return None


def module_semantic(file: str, digest: str) -> SemanticModel | None:
    model = _module_model(file, digest)
    return model.semantic if model is not None else None


def _class_method_node(semantic: Any, owner: str, member: str) -> tree_sitter.Node | None:
    """The method `member` a top-level class `owner` of the module defines in its body."""
    binding = semantic.module.bindings.get(owner)
    if binding is None or binding.kind != BindingKind.CLASS or binding.value is None:
        return None
    body: tree_sitter.Node | None = binding.value.child_by_field_name("body")
    items: list[tree_sitter.Node] = body.named_children if body is not None else []
    for item in items:
        if item.type == "decorated_definition":
            item = item.child_by_field_name("definition") or item
        name = item.child_by_field_name("name")
        if item.type in ("function_definition", "method_definition") and name is not None:
            if node_text(name) == member:
                return item
    return None


def own_call(call: tree_sitter.Node, function: tree_sitter.Node, functions: Iterable[str]) -> bool:
    """Is `call` in `function`'s own code, not in a function written inside it?"""
    current = call.parent
    while current is not None and current.id != function.id:
        if current.type in functions:
            return False
        current = current.parent
    return True


def durable_helper(file: Path, name: str, probes: set[Path] | None = None) -> str | None:
    """The first durable call (a task, step, sleep, approval) an `async` top-level
    function of the module makes in its own code, as written (`send_welcome(...)`),
    else its first call of a task another module of the workspace defines and it
    imports (`charge_card(...)` from `f.lib.tasks`; the modules read go to `probes`);
    None when it is not async, is a task, or makes none."""
    digest = default_session().digest(file)
    if digest is None:
        return None
    found = _durable_helper(str(file), digest, name)
    if found is None:
        # not cached with the helper: whether a name is a task is its own module's
        # answer (cached there, by that module's content)
        found = _imported_task_call(str(file), digest, name, probes)
    return found


def _imported_task_call(file: str, digest: str, name: str, probes: set[Path] | None) -> str | None:
    walked = _walked_helper(file, digest, name)
    if walked is None:
        return None
    model, info = walked
    if not info.is_async or model.semantic is None or is_sdk_task(model, info.node):
        return None
    call = first_imported_task_call(model, info.node)
    if probes is not None:
        probes |= model.workspace_files
    callee = call.child_by_field_name("function") if call is not None else None
    return f"{node_text(callee)}(...)" if callee is not None else None


def first_imported_task_call(
    model: ScriptModel, function: tree_sitter.Node
) -> tree_sitter.Node | None:
    """The first call `function` makes in its own code (not in a function written inside
    it, which it may only define or hand to `step`) of a task its module imports from
    another module of the workspace (`charge_card(...)` from `f.lib.tasks`). Whether
    the name is a task is the other module's answer, cached there by its content."""
    from wac_lint.workspace.imported import imported_task

    semantic = model.semantic
    if semantic is None:
        return None
    for call in model.node_index.below(model.lang.call_node, function):
        if not own_call(call, function, model.lang.function_nodes_for_rules):
            continue
        callee = call.child_by_field_name("function")
        base = chain_root(callee)
        if callee is None or base is None:
            continue
        binding = semantic.resolve(base)
        if (
            binding is not None
            and binding.kind == BindingKind.IMPORT
            and imported_task(model, callee)
        ):
            return call
    return None


def walked_helper(file: Path, name: str) -> tuple[ScriptModel, FunctionInfo] | None:
    """`walk_helper` of a top-level function of another module (its model and the
    function), kept per version of the file: rules ask several questions of one helper."""
    digest = default_session().digest(file)
    return _walked_helper(str(file), digest, name) if digest is not None else None


@lru_cache(maxsize=64)
def _walked_helper(file: str, digest: str, name: str) -> tuple[ScriptModel, FunctionInfo] | None:
    from wac_lint.engine import InputError
    from wac_lint.frontends import walk_helper

    path = Path(file)
    try:
        return walk_helper(read_source(path, shown_path(path)), name)
    except (InputError, RecursionError):
        return None


@lru_cache(maxsize=256)
def _durable_helper(file: str, digest: str, name: str) -> str | None:
    walked = _walked_helper(file, digest, name)
    if walked is None:
        return None
    model, info = walked
    if not info.is_async or is_sdk_task(model, info.node) or not model.durable_calls:
        return None
    first = min(model.durable_calls, key=lambda d: d.node.start_byte)
    callee = first.node.child_by_field_name("function") or first.node
    return f"{node_text(callee)}(...)"


def imported_function(file: Path, name: str) -> tuple[ScriptModel, tree_sitter.Node] | None:
    """The module model of `file` and the plain function it defines at top level as
    `name` (not an SDK task, whose call sends only its arguments to a job of its own),
    for reading what that function's definition evaluates when the module loads."""
    digest = default_session().digest(file)
    model = _module_model(str(file), digest) if digest is not None else None
    semantic = model.semantic if model is not None else None
    if model is None or semantic is None:
        return None
    owner, _, member = name.rpartition(".")
    if owner:
        # `Ids.make`: a method of a class the module defines
        found = _class_method_node(semantic, owner, member)
        return (model, found) if found is not None and not is_sdk_task(model, found) else None
    binding = semantic.module.bindings.get(name)
    function = binding.function if binding is not None else None
    held = binding.assigned_value if binding is not None else None
    if function is None and held is not None and held.type in semantic.syntax.functions:
        function = held  # `export const parseDay = (iso: string) => new Date(iso)`
    if function is None or is_sdk_task(model, function):
        return None
    return model, function


def module_instance(file: Path, name: str) -> tuple[ScriptModel, tree_sitter.Node, str] | None:
    """(module model, the construction, the class name) of an instance a module binds at
    its top level to a class it defines: `finance_gate = ApprovalGate("finance")`,
    `export const pricingGate = new Gate("pricing")`."""
    digest = default_session().digest(file)
    model = _module_model(str(file), digest) if digest is not None else None
    semantic = model.semantic if model is not None else None
    if model is None or semantic is None:
        return None
    binding = semantic.module.bindings.get(name)
    built = binding.assigned_value if binding is not None else None
    if built is None or built.type not in ("call", "new_expression"):
        return None
    ctor = built.child_by_field_name("function") or built.child_by_field_name("constructor")
    if ctor is None or ctor.type != "identifier":
        return None
    owner = semantic.module.bindings.get(node_text(ctor))
    if owner is None or owner.kind != BindingKind.CLASS or owner.rebound:
        return None
    return model, built, node_text(ctor)


def constructor_argument(
    file: Path, instance: str, attribute: str
) -> tuple[ScriptModel, tree_sitter.Node] | None:
    """The argument a module-level instance's construction gives the constructor
    parameter its class stores as `attribute` (`self.key = key` in `__init__`, `this.key
    = key` or a parameter property `public readonly key: string` in `constructor`), with
    the module model it belongs to: what `self.key` holds in that instance's methods."""
    found = module_instance(file, instance)
    if found is None:
        return None
    model, built, owner = found
    return stored_argument(model, owner, model, built, attribute)


def stored_argument(
    model: ScriptModel,
    owner: str,
    built_model: ScriptModel,
    built: tree_sitter.Node,
    attribute: str,
) -> tuple[ScriptModel, tree_sitter.Node] | None:
    """The argument the construction `built` (`Desk("treasury")`, `new Queue("rev")`, a
    node of `built_model`) gives the constructor parameter the class `owner` of `model`
    stores as `attribute`, with `built_model`: what `self.attribute` / `this.attribute`
    holds in the methods of the instance it builds."""
    semantic = model.semantic
    if semantic is None:
        return None
    python = built.type == "call"
    init = _class_method_node(semantic, owner, "__init__" if python else "constructor")
    params = init.child_by_field_name("parameters") if init is not None else None
    body = init.child_by_field_name("body") if init is not None else None
    if params is None or body is None:
        return None
    names: list[str] = []
    stored: str | None = None
    for param in params.named_children:
        if param.type == "comment":
            continue
        ident: tree_sitter.Node | None = param
        if param.type == "typed_parameter":  # Python `key: str`
            ident = param.named_children[0] if param.named_children else None
        elif param.type != "identifier":
            ident = param.child_by_field_name("pattern") or param.child_by_field_name("name")
        if ident is None or ident.type != "identifier":
            return None  # `*args`, a destructured parameter: positions are not plain
        names.append(node_text(ident))
        if not python and node_text(ident) == attribute:
            if any(c.type in ("accessibility_modifier", "readonly") for c in param.children):
                stored = attribute  # `constructor(public readonly key: string)`
    if python:
        names = names[1:]  # `self`
    receiver = "self" if python else "this"
    for statement in body.named_children:
        assigned = statement.named_children[0] if statement.named_children else None
        if statement.type != "expression_statement" or assigned is None:
            continue
        if assigned.type not in ("assignment", "assignment_expression"):
            continue
        left, right = assigned.child_by_field_name("left"), assigned.child_by_field_name("right")
        if left is None or right is None or right.type != "identifier":
            continue
        if node_text(left) == f"{receiver}.{attribute}" and node_text(right) in names:
            stored = node_text(right)
    if stored is None:
        return None
    args = built.child_by_field_name("arguments")
    given = [a for a in (args.named_children if args is not None else []) if a.type != "comment"]
    position = names.index(stored)
    for arg in given:
        if arg.type == "keyword_argument":
            key = arg.child_by_field_name("name")
            if key is not None and node_text(key) == stored:
                return built_model, arg.child_by_field_name("value") or arg
    positional = [
        a
        for a in given
        if a.type not in ("keyword_argument", "list_splat", "dictionary_splat", "spread_element")
    ]
    if len(positional) != len([a for a in given if a.type != "keyword_argument"]):
        return None  # `*args` / `...rest` given: positions are not known
    return (built_model, positional[position]) if position < len(positional) else None


def imported_class(file: Path, name: str) -> tuple[ScriptModel, tree_sitter.Node] | None:
    """The module model of `file` and the name node of the class it defines at top level
    as `name`, for reading what an instance of it is."""
    digest = default_session().digest(file)
    model = _module_model(str(file), digest) if digest is not None else None
    semantic = model.semantic if model is not None else None
    if model is None or semantic is None or "." in name:
        return None
    binding = semantic.module.bindings.get(name)
    if binding is None or binding.kind != BindingKind.CLASS or binding.rebound:
        return None
    return model, binding.node


@lru_cache(maxsize=1024)
def module_value(file: str, digest: str, name: str) -> str | None:
    """The qualified name of what a module binds `name` to once, at module level, when
    that is a library's (not the module's own, not another workspace module's)."""
    semantic = module_semantic(file, digest)
    if semantic is None:
        return None
    binding = semantic.lookup(name, semantic.module)
    if binding is None or binding.kind != BindingKind.ASSIGNMENT:
        return None
    value = binding.assigned_value
    qualified = semantic.qualified_name(value) if value is not None else None
    if not qualified or qualified.startswith((".", "~", "/", "f.", "u.")):
        return None
    return qualified


@lru_cache(maxsize=1024)
def class_attribute_value(file: str, digest: str, owner: str, member: str) -> str | None:
    """The library function or object a module's class binds `member` to in its body
    (`post = requests.post`, TypeScript `static post = axios.post`)."""
    semantic = module_semantic(file, digest)
    if semantic is None:
        return None
    binding = semantic.lookup(owner, semantic.module)
    cls = binding.value if binding is not None and binding.kind == BindingKind.CLASS else None
    body = cls.child_by_field_name("body") if cls is not None else None
    if body is None:
        return None
    values: list[tree_sitter.Node] = []
    for item in body.named_children:
        if item.type == "expression_statement" and item.named_children:
            assignment = item.named_children[0]
            left = assignment.child_by_field_name("left")
            right = assignment.child_by_field_name("right")
            if assignment.type == "assignment" and left is not None and right is not None:
                if node_text(left) == member:
                    values.append(right)
        elif item.type == "public_field_definition":
            name = item.child_by_field_name("name")
            value = item.child_by_field_name("value")
            if name is not None and value is not None and node_text(name) == member:
                values.append(value)
    if len(values) != 1:
        return None  # bound twice: which one a call reaches is not known
    qualified = semantic.qualified_name(values[0])
    if not qualified or qualified.startswith((".", "~", "/", "f.", "u.")):
        return None
    return None if qualified.endswith(")") else str(qualified)  # a client built: not a call


def front_end_for(language: Any) -> Any:
    from wac_lint.languages import script_language

    return load(script_language(language).front_end_target)


@lru_cache(maxsize=1024)
def default_class(file: str, digest: str) -> str | None:
    """The name of the class a TypeScript module exports by default (`export default
    class Pinger`, `export default Pinger` of a class it declares)."""
    model = _module_model(file, digest)
    if model is None or model.semantic is None:
        return None
    for stmt in model.tree.root_node.named_children:
        if stmt.type != "export_statement" or not any(c.type == "default" for c in stmt.children):
            continue
        value = stmt.child_by_field_name("declaration") or stmt.child_by_field_name("value")
        name = value.child_by_field_name("name") if value is not None else None
        if value is not None and value.type in model.semantic.syntax.identifiers:
            name = value
        if name is None:
            return None
        binding = model.semantic.module.bindings.get(node_text(name))
        return (
            node_text(name) if binding is not None and binding.kind == BindingKind.CLASS else None
        )
    return None


def module_class(file: Path, name: str) -> str | None:
    """The class the module `file` defines at its top level as `name`, by its name there
    (`Pager` for `default`, of `export default class Pager`); None if there is none."""
    digest = default_session().digest(file)
    if digest is None:
        return None
    if name == "default":
        return default_class(str(file), digest)
    return name if defines_class(str(file), digest, name) else None


@lru_cache(maxsize=1024)
def defines_class(file: str, digest: str, name: str) -> bool:
    """Does the module define a class `name` at its top level?"""
    semantic = module_semantic(file, digest)
    if semantic is None:
        return False
    binding = semantic.lookup(name, semantic.module)
    return binding is not None and binding.kind == BindingKind.CLASS


@lru_cache(maxsize=1024)
def built_instance(file: str, digest: str, name: str) -> bool:
    """Does the module bind `name` once, at module level, to the result of a call
    (`notifier = Notifier(url)`): an instance, not a function or class of its own?"""
    semantic = module_semantic(file, digest)
    if semantic is None:
        return False
    binding = semantic.lookup(name, semantic.module)
    value = binding.assigned_value if binding is not None else None
    return value is not None and value.type in semantic.syntax.calls


def is_getter(session: CrossFileSession, ref: HelperRef) -> bool:
    """Is the member `ref` names a property getter (`@property def token(self)`,
    `get token()`), which runs where the attribute is read?"""
    digest = session.digest(ref.file)
    return digest is not None and _is_getter_in(str(ref.file), digest, ref.function)


@lru_cache(maxsize=1024)
def _is_getter_in(file: str, _digest: str, function: str) -> bool:
    from wac_lint.engine import InputError
    from wac_lint.frontends import walk_helper
    from wac_lint.frontends.python import PROPERTY_DECORATORS

    if "." not in function:
        return False
    path = Path(file)
    try:
        walked = walk_helper(read_source(path, shown_path(path)), function)
    except (InputError, RecursionError):
        return False
    if walked is None:
        return False
    node = walked[1].node
    if node.type == "method_definition":  # TypeScript `get token() {...}`
        return any(c.type == "get" for c in node.children[:3])
    parent = node.parent
    if parent is None or parent.type != "decorated_definition":
        return False
    return any(
        node_text(d).lstrip("@").strip().rsplit(".", 1)[-1] in PROPERTY_DECORATORS
        for d in parent.named_children
        if d.type == "decorator"
    )


def module_hook(session: CrossFileSession, ref: HelperRef) -> HelperRef | None:
    """`hops.PRICES` read on a module that binds no `PRICES` but defines a module-level
    `__getattr__` (PEP 562): that function, which Python calls for the read."""
    if "." in ref.function or ref.function.startswith("__"):
        return None
    digest = session.digest(ref.file)
    model = _module_model(str(ref.file), digest) if digest is not None else None
    hook = model.lang.module_attribute_hook if model is not None else None
    if model is None or model.semantic is None or hook is None:
        return None
    bound = model.semantic.module.bindings
    if ref.function in bound or hook not in bound:
        return None
    label = ref.label.rsplit(".", 1)[0]
    return HelperRef(ref.file, hook, f"{label}.{hook}")


def defines_function(session: CrossFileSession, ref: HelperRef) -> bool:
    """Does the helper's file define the function itself (not only re-export it)?"""
    digest = session.digest(ref.file)
    return digest is not None and _defines_in(str(ref.file), digest, ref.function)


@lru_cache(maxsize=1024)
def _defines_in(file: str, _digest: str, function: str) -> bool:
    from wac_lint.engine import InputError
    from wac_lint.frontends import walk_helper

    path = Path(file)
    try:
        return walk_helper(read_source(path, shown_path(path)), function) is not None
    except (InputError, RecursionError):
        return False


def is_sdk_task(model: ScriptModel, function: tree_sitter.Node) -> bool:
    """A Python function decorated with the SDK's `@task` / `@task(...)`."""
    parent = function.parent
    semantic = model.semantic
    if parent is None or parent.type != "decorated_definition" or semantic is None:
        return False
    for decorator in parent.named_children:
        if decorator.type != "decorator" or not decorator.named_children:
            continue
        expression = decorator.named_children[0]
        if expression.type == "call":
            expression = expression.child_by_field_name("function") or expression
        if semantic.qualified_name(expression) in ("wmill.task", "wmill.client.task"):
            return True
    return False
