"""What a call of the workflow body reaches in another workspace script: the
function, method, class member or factory product behind the callee.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import tree_sitter

from wac_lint.languages.base import load
from wac_lint.model import DECORATOR_PRODUCT, ScriptModel
from wac_lint.semantic.scopes import Binding, BindingKind
from wac_lint.tree_paths import ancestors
from wac_lint.workspace import registries
from wac_lint.workspace.documents import read_source
from wac_lint.workspace.helper_imports import HelperImports
from wac_lint.workspace.labels import module_label, node_text, plain_string, shown_path
from wac_lint.workspace.module_facts import YIELDED, default_class, defines_class
from wac_lint.workspace.returned_classes import (
    IMPORTED,
    TABLE,
    picked_classes,
    returned_class_of,
    returned_classes_of,
)
from wac_lint.workspace.root import Project
from wac_lint.workspace.session import HelperRef, default_session

if TYPE_CHECKING:
    from wac_lint.semantic import SemanticModel


def helper_of(
    model: ScriptModel,
    call: tree_sitter.Node,
    file: Path,
    project: Project,
    probes: set[Path] | None = None,
    depth: int = 0,
) -> HelperRef | None:
    """The workspace function a call reaches through an import, if any (`probes`
    receives the directories looked in)."""
    semantic = model.semantic
    if semantic is None or depth > MAX_ALIASES:
        return None
    syn = semantic.syntax
    # Both grammars name a call's callee `function`; a function handed to a call that
    # runs it (`map(get_json, urls)`, `urls.map(getJson)`) is its own callee.
    # `{ postJson }` in an object literal: the name, as a reference (see `_object_member`)
    names = syn.identifiers | {"shorthand_property_identifier"}
    reference = call.type in names or call.type == syn.attribute
    callee = call if reference else _callee_of(syn, call)  # also `new Api(url)`'s
    if callee is None:
        return None
    imports: HelperImports = load(model.lang.helper_imports_target)
    if outside_workspace(semantic, imports, callee):
        return None
    if callee.type in ("subscript", "subscript_expression") or _table_get(semantic, callee):
        return _table_member(model, imports, callee, file, project, probes)
    if callee.type in syn.calls:
        # `partial(post_json, url)(...)`, `postJson.bind(null, url)(...)`: the function
        # bound; `Notifier(url)("x")`: the `__call__` of a class imported from the workspace
        bound = _bound_function(semantic, callee)
        if bound is not None:
            return helper_of(model, bound, file, project, probes, depth + 1)
        made_by = _imported_class_of(semantic, callee)
        if made_by is not None:
            cls = made_by.imported_name or made_by.name
            return imports.member_of(str(made_by.module), cls, "__call__", file, project, probes)
        # `make_sender(url)(...)`: the function an imported function returns
        inner = _callee_of(syn, callee)
        if (
            inner is not None
            and inner.type in syn.calls
            and _bound_function(semantic, inner) is None
            and not _table_get(semantic, inner)
        ):
            # `f()()(...)`: what `f()()` reaches is a product or a class's `__call__`,
            # neither of which has a product that is read. Said here rather than found
            # by recursing, which costs every link of a long chain all the links below it.
            return None
        return _product(helper_of(model, callee, file, project, probes, depth + 1))
    if callee.type in names:
        binding = semantic.resolve(callee)
        if binding is None:
            return imports.of_unbound(semantic, semantic.text(callee), file, project, probes)
        loaded = _dynamic_import(semantic, binding)
        if loaded is not None and loaded[1] != "*":
            # `const { postJson } = await import("/f/lib/net.ts")`
            return imports.of_name(loaded[0], loaded[1], file, project, probes)
        held_value = binding.assigned_value
        while (
            held_value is not None
            and held_value.type in syn.transparent
            and held_value.named_child_count == 1
        ):
            held_value = held_value.named_children[0]
        if held_value is not None and (
            held_value.type in ("subscript", "subscript_expression")
            or _table_get(semantic, held_value)
        ):
            # `handler = HANDLERS[kind]`, then `handler(payload)`: the table's member
            return _table_member(model, imports, held_value, file, project, probes)
        source = binding.value
        if (
            len(binding.member) == 1
            and binding.kind == BindingKind.ASSIGNMENT
            and not binding.rebound
            and source is not None
            and (source.type in syn.identifiers or source.type == syn.attribute)
        ):
            # `const { fetchAll } = ops` of an object another module exports (by default or
            # by name), then `fetchAll(...)`: that member of it
            return member_ref(
                model, imports, source, binding.member[0], file, project, probes, depth + 1
            )
        aliased = _aliased(semantic, binding)
        if aliased is not None:
            # `send = post_json`, `post = partial(post_json, URL)`, `const send =
            # postJson.bind(null, url)`: the imported function, under another name
            return helper_of(model, aliased, file, project, probes, depth + 1)
        made = _called_value(semantic, binding)
        if made is not None:
            # `send = make_sender(url)`, then `send(...)`: the function it returns
            return _product(helper_of(model, made, file, project, probes, depth + 1))
        if binding.kind != BindingKind.IMPORT or binding.module is None:
            if semantic.star_module_after(binding) is None:
                return None
            # `def msh(...)` of the file, then `from f.lib.hl7 import *` exporting `msh`
            return imports.star_import_after(semantic, binding, file, project, probes)
        later = imports.star_import_after(semantic, binding, file, project, probes)
        if later is not None:
            # `from .fmt import _audit` then `from .alerts import *` whose `__all__` lists
            # `_audit`: the star import binds the name again, last
            return later
        imported = binding.imported_name or binding.name
        return imports.of_name(binding.module, imported, file, project, probes)
    if callee.type != syn.attribute:
        return None
    obj = callee.child_by_field_name(syn.attribute_object)
    attr = callee.child_by_field_name(syn.attribute_name)
    if obj is None or attr is None:
        return None
    return member_ref(model, imports, obj, semantic.text(attr), file, project, probes, depth)


def member_ref(
    model: ScriptModel,
    imports: HelperImports,
    obj: tree_sitter.Node,
    member: str,
    file: Path,
    project: Project,
    probes: set[Path] | None,
    depth: int,
) -> HelperRef | None:
    """The workspace function `obj.member` reaches (`crm.push`, `flags.__contains__`)."""
    semantic = model.semantic
    if semantic is None:
        return None
    syn = semantic.syntax
    if (
        obj.type == "this"
        or (obj.type in syn.identifiers and semantic.text(obj) == "self")
        or _is_super(obj)
    ):
        # `self._post(...)` / `super().send(...)` in a class whose base is imported from
        # the workspace
        return _inherited_member(semantic, imports, obj, member, file, project, probes)
    local = _local_class_member(semantic, imports, obj, member, file, project, probes)
    if local is not None:
        return local
    made_by = _imported_class_of(semantic, obj)
    if made_by is not None:
        # `crm = CrmClient()` (a class imported from the workspace), then `crm.push(...)`
        cls = made_by.imported_name or made_by.name
        return imports.member_of(str(made_by.module), cls, member, file, project, probes)
    built = built_by_import(semantic, imports, obj, file, project, probes)
    if built is not None and built.alternatives:
        # `notifier = make_notifier(kind)` returning a `SlackNotifier` or a `QuietNotifier`:
        # the member of each (walked one by one, `_effects`)
        members = tuple(
            HelperRef(c.file, f"{c.function}.{member}", f"{c.label}.{member}")
            for c in built.alternatives
        )
        return replace(built, alternatives=members)
    if built is not None:
        # `crm = createCrm()` / `api = ApiClient.from_env()`: the class it returns
        return HelperRef(built.file, f"{built.function}.{member}", f"{built.label}.{member}")
    if obj.type in syn.calls:
        # `makeMailer(url).send(...)`, `make_client(url).post(...)` of a factory imported
        # from the workspace that returns an object literal: that member
        maker = helper_of(model, obj, file, project, probes, depth + 1)
        if maker is not None and "." not in maker.function:
            if not maker.function.endswith(DECORATOR_PRODUCT):
                return HelperRef(
                    maker.file,
                    f"{maker.function}{DECORATOR_PRODUCT}.{member}",
                    f"{maker.label}{DECORATOR_PRODUCT}.{member}",
                )
    if obj.type in syn.identifiers:
        binding = semantic.resolve(obj)
        loaded = _dynamic_import(semantic, binding) if binding is not None else None
        if loaded is not None and loaded[1] == "*":
            # `const net = await import("/f/lib/net.ts")`, then `net.postJson(...)`
            return imports.of_name(loaded[0], member, file, project, probes)
        held = _object_member(semantic, binding, member) if binding is not None else None
        if held is not None:
            # `const HANDLERS = { postJson }`, then `HANDLERS.postJson(...)`
            return helper_of(model, held, file, project, probes, depth + 1)
        made = _called_value(semantic, binding) if binding is not None else None
        if made is not None and binding is not None and binding.kind != BindingKind.IMPORT:
            # `const client = makeClient(base)` of a function imported from the workspace
            # that returns an object literal, then `client.send(...)`: that member
            maker = helper_of(model, made, file, project, probes, depth + 1)
            if (
                maker is not None
                and "." not in maker.function
                and not maker.function.endswith(DECORATOR_PRODUCT)
            ):
                return HelperRef(
                    maker.file,
                    f"{maker.function}{DECORATOR_PRODUCT}.{member}",
                    f"{maker.label}{DECORATOR_PRODUCT}.{member}",
                )
        if binding is None or binding.kind != BindingKind.IMPORT or binding.module is None:
            return None
        found = imports.of_member(binding, member, file, project, probes)
        if found is not None and found.function.count(".") == 1:
            table = found.function.split(".", 1)[0]
            if registries.is_registry(found.file, table):
                # `hooks.deploy(...)` on a table another module fills: what is registered
                filled = registries.loaded_modules(model.tree.root_node, file, project, probes)
                found = replace(found, loaded=(found.file, *(m for m in filled if m != found.file)))
        return found
    dotted = semantic.qualified_name(obj)
    if dotted is not None and not dotted.startswith((".", "~")):
        found = imports.of_dotted(dotted, member, file, project, probes)
        if found is not None:
            return found
    return _member_of_module_member(semantic, imports, obj, member, file, project, probes)


def outside_workspace(semantic: Any, imports: HelperImports, callee: tree_sitter.Node) -> bool:
    """Whether `callee` (`post`, `requests.post`, `requests.adapters.x`) names a member of
    an import whose module cannot be a workspace file: nothing to follow, known from the
    import's spelling alone. Most calls of a script are of such names, and a language
    server asks for each of them on every edit."""
    syn = semantic.syntax
    base = callee
    while base.type == syn.attribute:
        inner = base.child_by_field_name(syn.attribute_object)
        if inner is None:
            return False
        base = inner
    if base.type not in syn.identifiers:
        return False
    binding = semantic.resolve(base)
    return binding is not None and not import_may_reach(semantic, imports, binding)


def import_may_reach(semantic: Any, imports: HelperImports, binding: Binding) -> bool:
    """Whether the name `binding` imports can lead to a workspace function; False for
    a package's name (`requests`, `windmill-client`), known from the import's spelling.
    A rule that walks every call asks this before `helper_of`. True for a binding that
    is not an import."""
    if binding.kind != BindingKind.IMPORT:
        return True
    # Python's `import f.lib.helpers` binds `f` with no module: its target names the root
    module = binding.module if binding.module is not None else binding.target
    return module is None or imports.may_reach(semantic, module)


def workspace_import_names(model: ScriptModel) -> frozenset[str]:
    """The names the file's imports bind that may lead to a workspace function (see
    `import_may_reach`): a rule that resolves the base of every call skips the others
    by their spelling. Empty for most scripts, which import only packages."""
    semantic = model.semantic
    if semantic is None:
        return frozenset()
    imports: HelperImports = load(model.lang.helper_imports_target)
    return frozenset(
        b.name for b in semantic.import_bindings() if import_may_reach(semantic, imports, b)
    )


def star_imported(model: ScriptModel, name: tree_sitter.Node) -> bool:
    """A name no statement of the file binds, in a module with a star import (`from
    f.common.tasks import *`) that may bind it: `helper_of` asks the starred modules."""
    semantic = model.semantic
    if semantic is None or name.type != "identifier" or not semantic.syntax.star_imports_bind:
        return False
    if semantic.resolve(name) is not None or semantic.text(name) in semantic.syntax.builtins:
        return False
    return bool(semantic.scope_at(name).module.star_imports)


def may_reach(model: ScriptModel, binding: Binding) -> bool:
    """`import_may_reach` in the language of `model`."""
    if model.semantic is None:
        return False
    imports: HelperImports = load(model.lang.helper_imports_target)
    return import_may_reach(model.semantic, imports, binding)


MAX_ALIASES = 8  # `a = b`, `b = partial(c)`...: followed this far, never in a circle


def _callee_of(syn: Any, call: tree_sitter.Node) -> tree_sitter.Node | None:
    """The callee of a call or `new`, out of its parentheses."""
    callee = call.child_by_field_name("constructor" if call.type in syn.new else "function")
    while callee is not None and callee.type in syn.transparent and callee.named_child_count == 1:
        callee = callee.named_children[0]
    return callee


def _product(ref: HelperRef | None) -> HelperRef | None:
    """What calling the result of `ref` runs: the function `ref` returns (walked as
    `name()`); None for a member (`Api.build`), whose product is not read."""
    if ref is None or "." in ref.function or ref.function.endswith(DECORATOR_PRODUCT):
        return None
    return HelperRef(ref.file, ref.function + DECORATOR_PRODUCT, ref.label)


def _called_value(semantic: Any, binding: Binding) -> tree_sitter.Node | None:
    """The call a name is bound to once, whole (`send = make_sender(url)`, also
    awaited), that binds no function by itself (not `partial(f)`, see `_aliased`)."""
    value = binding.assigned_value
    syn = semantic.syntax
    while value is not None and (
        (value.type in syn.transparent or value.type in syn.awaits) and value.named_children
    ):
        value = value.named_children[-1]
    if value is None or value.type not in syn.calls or _bound_function(semantic, value):
        return None
    return value


def _aliased(semantic: Any, binding: Binding) -> tree_sitter.Node | None:
    """The function a name is bound to once, whole, when that is another name or
    attribute (`send = post_json`), or one bound by `partial(f, ...)` / `f.bind(...)`."""
    value = binding.assigned_value
    syn = semantic.syntax
    while value is not None and value.type in syn.transparent and value.named_child_count == 1:
        value = value.named_children[0]
    if value is None:
        return None
    if value.type in syn.identifiers or value.type == syn.attribute:
        return value
    if value.type in syn.calls:
        return _bound_function(semantic, value)
    return None


def _bound_function(semantic: Any, call: tree_sitter.Node) -> tree_sitter.Node | None:
    """`partial(f, ...)` / `functools.partial(f, ...)` / `f.bind(...)`: `f`."""
    syn = semantic.syntax
    function = call.child_by_field_name("function")
    if function is None:
        return None
    if function.type == "member_expression":  # JavaScript's `Function.prototype.bind`
        name = function.child_by_field_name(syn.attribute_name)
        bound = function.child_by_field_name(syn.attribute_object)
        if name is not None and semantic.text(name) == "bind" and bound is not None:
            return bound if bound.type in syn.identifiers or bound.type == syn.attribute else None
    if semantic.qualified_name(function) != "functools.partial":
        return None
    arguments = call.child_by_field_name("arguments")
    first = (
        arguments.named_children[0] if arguments is not None and arguments.named_children else None
    )
    if first is not None and (first.type in syn.identifiers or first.type == syn.attribute):
        return first
    return None


def _object_member(semantic: Any, binding: Binding, member: str) -> tree_sitter.Node | None:
    """The name an object literal bound once holds under `member` (`{ postJson }`,
    `{ send: postJson }`), when it is a name or attribute: the function it refers to."""
    value = binding.assigned_value
    if value is None or value.type != "object":
        return None
    syn = semantic.syntax
    for entry in value.named_children:
        if entry.type == "shorthand_property_identifier" and semantic.text(entry) == member:
            return entry
        if entry.type != "pair":
            continue
        key = entry.child_by_field_name("key")
        held = entry.child_by_field_name("value")
        if key is None or held is None or semantic.text(key).strip("\"'") != member:
            continue
        return held if held.type in syn.identifiers or held.type == syn.attribute else None
    return None


def dynamically_imported(semantic: Any, binding: Binding) -> bool:
    """A name bound once to what `await import("<specifier>")` (or Python's
    `importlib.import_module(...)`) gives, or to one export destructured from it."""
    return _dynamic_import(semantic, binding) is not None


def _dynamic_import(semantic: Any, binding: Binding) -> tuple[str, str] | None:
    """(specifier, name) of a name bound once to what `await import("<specifier>")`
    gives: the module (`*`) or one export destructured from it (`{ postJson }`)."""
    if binding.kind != BindingKind.ASSIGNMENT or binding.rebound or len(binding.member) > 1:
        return None
    value: tree_sitter.Node | None = binding.value
    while value is not None and value.type in semantic.syntax.awaits and value.named_children:
        value = value.named_children[-1]
    if value is not None and value.type == "call" and not binding.member:
        return _import_module_call(semantic, value)
    if value is not None and value.type in semantic.syntax.identifiers:
        # `const { postJson } = net` where `import * as net from "/f/lib/net.ts"`
        held = semantic.resolve(value)
        if (
            held is not None
            and held.kind == BindingKind.IMPORT
            and held.imported_name == "*"
            and held.module is not None
        ):
            return held.module, binding.member[0] if binding.member else "*"
        return None
    if value is None or value.type != "call_expression":
        return None
    function = value.child_by_field_name("function")
    arguments = value.child_by_field_name("arguments")
    if function is None or function.type != "import" or arguments is None:
        return None
    first = arguments.named_children[0] if arguments.named_children else None
    if first is None or first.type != "string":
        return None
    specifier = semantic.text(first)[1:-1]
    return specifier, binding.member[0] if binding.member else "*"


def _as_import(semantic: Any, binding: Binding | None) -> Binding | None:
    """`binding`, or for a name bound once to what a dynamic import gives (`const ns =
    await import("/f/lib/pager.ts")`, `const { Pager } = await import(...)`,
    `importlib.import_module("f.lib.pager")`) the import it stands for, so that the
    classes built from it are read as those of a static import."""
    if binding is None or binding.kind == BindingKind.IMPORT:
        return binding
    loaded = _dynamic_import(semantic, binding)
    if loaded is None:
        return binding
    module, name = loaded
    value: tree_sitter.Node | None = binding.value
    while value is not None and value.type in semantic.syntax.awaits and value.named_children:
        value = value.named_children[-1]
    if name == "*" and value is not None and value.type == "call":
        name = module  # Python's module imported whole: `import f.lib.pager as ns`
    return replace(binding, kind=BindingKind.IMPORT, module=module, imported_name=name)


def _import_module_call(semantic: Any, call: tree_sitter.Node) -> tuple[str, str] | None:
    """Python's `importlib.import_module("f.lib.notify")` (or of a module-level name
    bound once to that string): the module it returns, as an `import ... as` would."""
    function = call.child_by_field_name("function")
    arguments = call.child_by_field_name("arguments")
    if function is None or arguments is None or len(arguments.named_children) != 1:
        return None
    if semantic.qualified_name(function) != "importlib.import_module":
        return None  # with a `package` argument the name is relative to it: not read
    first = arguments.named_children[0]
    if first.type in semantic.syntax.identifiers:
        held = semantic.resolve(first)
        if held is None or held.kind != BindingKind.ASSIGNMENT or held.rebound:
            return None
        first = held.assigned_value
    if first is None or first.type != "string" or not plain_string(first):
        return None
    dotted = semantic.text(first)[1:-1]
    if not dotted or dotted.startswith("."):
        return None
    return dotted, "*"


def _member_of_module_member(
    semantic: Any,
    imports: HelperImports,
    obj: tree_sitter.Node,
    member: str,
    file: Path,
    project: Project,
    probes: set[Path] | None,
) -> HelperRef | None:
    """`tools.utils.now(...)` / `t2.Clock.now(...)`: a member of a class or object that a
    module imported whole (`import * as tools`, `import f.lib.tools2 as t2`) defines."""
    syn = semantic.syntax
    if obj.type != syn.attribute:
        return None
    module = obj.child_by_field_name(syn.attribute_object)
    owner = obj.child_by_field_name(syn.attribute_name)
    if module is None or owner is None or module.type not in syn.identifiers:
        return None
    # (also a module loaded whole by a dynamic import: `ns = await import(...)`)
    binding = _as_import(semantic, semantic.resolve(module))
    if binding is None or binding.kind != BindingKind.IMPORT or binding.module is None:
        return None
    return imports.of_member(binding, f"{semantic.text(owner)}.{member}", file, project, probes)


def _table_member(
    model: ScriptModel,
    imports: HelperImports,
    callee: tree_sitter.Node,
    file: Path,
    project: Project,
    probes: set[Path] | None,
) -> HelperRef | None:
    """`API["post"](...)`: the member `post` of the object `API` imported from the
    workspace; `HANDLERS[kind](...)` with a computed key: every function member of
    the table (`HANDLERS.*`, walked member by member). A table filled by registration
    (`@register("slack")` in another module) also holds what the modules this script
    loads register in it (`HelperRef.loaded`)."""
    semantic = model.semantic
    if semantic is None:
        return None
    getter = _table_get(semantic, callee)
    obj: tree_sitter.Node | None
    index: tree_sitter.Node | None
    found: HelperRef | None
    if getter is not None:  # `REFUNDS.get(method)(...)`
        obj, index = getter
    else:
        obj = callee.child_by_field_name("value") or callee.child_by_field_name("object")
        index = callee.child_by_field_name("subscript") or callee.child_by_field_name("index")
    if obj is None or index is None:
        return None
    literal = index.type == "string" and "${" not in semantic.text(index)
    member = semantic.text(index).strip("\"'`") if literal else "*"
    if obj.type == semantic.syntax.attribute:
        # `billing.API["post"]` with `import f.lib.api as billing`: the module's table
        module = obj.child_by_field_name(semantic.syntax.attribute_object)
        table = obj.child_by_field_name(semantic.syntax.attribute_name)
        held = semantic.resolve(module) if module is not None else None
        if held is None or table is None or held.kind != BindingKind.IMPORT or not held.module:
            return None
        owner = imports.of_member(held, semantic.text(table), file, project, probes)
        if owner is None:
            return None
        found = HelperRef(owner.file, f"{owner.function}.{member}", f"{owner.label}.{member}")
    else:
        if obj.type not in semantic.syntax.identifiers:
            return None
        binding = semantic.resolve(obj)
        if binding is None or binding.kind != BindingKind.IMPORT or binding.module is None:
            return None
        imported = binding.imported_name or binding.name
        if imported == "*" or imported == binding.module:  # a namespace / whole module
            return None
        found = imports.member_of(binding.module, imported, member, file, project, probes)
    if found is None:
        return None
    table_name = found.function.split(".", 1)[0]
    if registries.is_registry(found.file, table_name):
        loaded = registries.loaded_modules(model.tree.root_node, file, project, probes)
        found = replace(found, loaded=(found.file, *(m for m in loaded if m != found.file)))
    if literal:
        return found
    return replace(found, label=f"{found.label.removesuffix('.*')}[{semantic.text(index)}]")


CLASS_NODES = ("class_definition", "class_declaration", "class", "abstract_class_declaration")


def _inherited_member(
    semantic: Any,
    imports: HelperImports,
    receiver: tree_sitter.Node,
    member: str,
    file: Path,
    project: Project,
    probes: set[Path] | None,
) -> HelperRef | None:
    """`self.m(...)` / `this.m(...)` where the enclosing class does not define `m` but a
    base class imported from another workspace script does (the file's own bases are
    the front-end's); `super().m(...)` / `super.m(...)`: the base's `m` even when the
    class defines its own. Either runs with the class's methods as its overrides."""
    # the ancestors of one descent: `Node.parent` costs the depth (a fuzzed file with
    # a method call under thousands of nested brackets: 16 s)
    cls = next((n for n in ancestors(semantic.root, receiver) if n.type in CLASS_NODES), None)
    if cls is None:
        return None
    own_first = not _is_super(receiver)
    return _base_member(semantic, imports, cls, member, file, project, probes, own_first)


def _is_super(node: tree_sitter.Node) -> bool:
    """`super` (TypeScript) or `super()` (Python)."""
    if node.type == "super":
        return True
    if node.type != "call":
        return False
    function = node.child_by_field_name("function")
    return function is not None and node_text(function) == "super"


def _base_member(
    semantic: Any,
    imports: HelperImports,
    cls: tree_sitter.Node,
    member: str,
    file: Path,
    project: Project,
    probes: set[Path] | None,
    own_first: bool,
) -> HelperRef | None:
    """`member` of the first base of the file's class `cls` imported from another
    workspace script that has it (None when `own_first` and `cls` defines it: the
    front-end walks its own method), with `cls`'s methods as the overrides its
    `self.m()` calls run."""
    body = cls.child_by_field_name("body")
    name_node = cls.child_by_field_name("name")
    if body is None:
        return None
    if name_node is not None:
        owner = semantic.text(name_node)
    elif _exported_by_default(cls):
        owner = "default"  # `export default class extends RestBase {...}`: walked so
    else:
        return None
    own: list[str] = []
    for item in body.named_children:
        method = (
            item.child_by_field_name("definition") if item.type == "decorated_definition" else item
        )
        name = method.child_by_field_name("name") if method is not None else None
        if name is not None and method is not None and method.type in METHOD_NODES:
            own.append(semantic.text(name))
    if own_first and member in own:
        return None  # its own method
    label = f"{module_label(file, project)}.{owner}"
    overrides = tuple((name, HelperRef(file, f"{owner}.{name}", f"{label}.{name}")) for name in own)
    for base in class_bases(cls):
        if base.type in semantic.syntax.calls:
            # `class InfraClient extends Paged(ApiBase)`: a mixin of another module
            mixed = _mixin_member(semantic, imports, base, member, file, project, probes, overrides)
            if mixed is not None:
                return mixed
            continue
        if base.type not in semantic.syntax.identifiers:
            continue
        binding = semantic.resolve(base)
        if binding is None or binding.kind != BindingKind.IMPORT or binding.module is None:
            continue
        imported = binding.imported_name or binding.name
        found = imports.member_of(binding.module, imported, member, file, project, probes)
        if found is not None:
            return replace(found, overrides=overrides) if overrides else found
    return None


METHOD_NODES = ("function_definition", "method_definition")


def _mixin_member(
    semantic: Any,
    imports: HelperImports,
    call: tree_sitter.Node,
    member: str,
    file: Path,
    project: Project,
    probes: set[Path] | None,
    overrides: tuple[tuple[str, HelperRef], ...],
    depth: int = 0,
) -> HelperRef | None:
    """`member` of a base written as a mixin call, `Paged(ApiBase)` with `Paged` imported
    from another workspace module and returning `class extends Base {...}`: the method of
    that class when it defines `member` (walked with the methods of the classes handed
    to it as overrides, which its `this.m()` calls reach), else `member` of the class
    handed to it (`ApiBase`, imported; or another mixin call)."""
    callee = call.child_by_field_name("function")
    arguments = call.child_by_field_name("arguments")
    if callee is None or arguments is None or depth > 4:
        return None
    given = [a for a in arguments.named_children if a.type != "comment"]
    handed: list[tuple[str, HelperRef]] = []
    for arg in given:
        binding = semantic.resolve(arg) if arg.type in semantic.syntax.identifiers else None
        if binding is None or binding.kind != BindingKind.IMPORT or binding.module is None:
            continue
        imported = binding.imported_name or binding.name
        owner = imports.owner(binding.module, imported, file, project, probes)
        if owner is not None:
            for name in _class_methods(owner.file, owner.function):
                handed.append(
                    (
                        name,
                        HelperRef(owner.file, f"{owner.function}.{name}", f"{owner.label}.{name}"),
                    )
                )
    named = {name for name, _ in overrides}
    overrides = (*overrides, *(h for h in handed if h[0] not in named))
    binding = semantic.resolve(callee) if callee.type in semantic.syntax.identifiers else None
    if binding is not None and binding.kind == BindingKind.IMPORT and binding.module is not None:
        imported = binding.imported_name or binding.name
        owner = imports.owner(binding.module, imported, file, project, probes)
        if owner is not None and member in _mixin_methods(owner.file, owner.function):
            return HelperRef(
                owner.file,
                f"{owner.function}{DECORATOR_PRODUCT}.{member}",
                f"{owner.label}.{member}",
                overrides=overrides,
            )
    for arg in given:
        if arg.type in semantic.syntax.calls:
            found = _mixin_member(
                semantic, imports, arg, member, file, project, probes, overrides, depth + 1
            )
            if found is not None:
                return found
            continue
        for name, ref in handed:
            if name == member:
                return replace(ref, overrides=overrides)
    return None


def _module_class(file: Path, name: str) -> tuple[Any, tree_sitter.Node] | None:
    from wac_lint.engine import InputError
    from wac_lint.frontends import module_model

    try:
        model = module_model(read_source(file, shown_path(file)))
    except (InputError, OSError, RecursionError):
        return None
    semantic = model.semantic
    binding = semantic.lookup(name, semantic.module) if semantic is not None else None
    if binding is None:
        return None
    value = binding.value if binding.kind in (BindingKind.CLASS, BindingKind.FUNCTION) else None
    value = value if value is not None else binding.assigned_value
    return (semantic, value) if value is not None else None


def _class_methods(file: Path, name: str) -> list[str]:
    """The methods a top-level class of a module defines."""
    found = _module_class(file, name)
    if found is None:
        return []
    semantic, cls = found
    body = cls.child_by_field_name("body")
    out: list[str] = []
    for item in body.named_children if body is not None else ():
        label = item.child_by_field_name("name")
        if item.type in METHOD_NODES and label is not None:
            out.append(semantic.text(label))
    return out


def _mixin_methods(file: Path, name: str) -> list[str]:
    """The methods of the class expressions a top-level function of a module returns
    (`export function Paged(Base) { return class extends Base {...} }`)."""
    found = _module_class(file, name)
    if found is None:
        return []
    semantic, function = found
    body = function.child_by_field_name("body")
    if body is None:
        return []
    classes = [body] if body.type == "class" else []
    stack = list(body.named_children) if not classes else []
    while stack:
        node = stack.pop()
        if node.type in ("function_declaration", "function_expression", "arrow_function"):
            continue
        if node.type == "return_statement":
            classes.extend(c for c in node.named_children if c.type == "class")
            continue
        stack.extend(node.named_children)
    out: list[str] = []
    for cls in classes:
        cls_body = cls.child_by_field_name("body")
        for item in cls_body.named_children if cls_body is not None else ():
            label = item.child_by_field_name("name")
            if item.type in METHOD_NODES and label is not None:
                out.append(semantic.text(label))
    return out


def _exported_by_default(cls: tree_sitter.Node) -> bool:
    """An anonymous class written in `export default class ... {}`."""
    parent = cls.parent
    return (
        parent is not None
        and parent.type == "export_statement"
        and any(c.type == "default" for c in parent.children)
    )


def _table_get(
    semantic: Any, callee: tree_sitter.Node
) -> tuple[tree_sitter.Node | None, tree_sitter.Node] | None:
    """`X.get(key)` as a callee: (X, key)."""
    syn = semantic.syntax
    if callee.type not in syn.calls:
        return None
    inner = callee.child_by_field_name("function")
    args = callee.child_by_field_name("arguments")
    if inner is None or inner.type != syn.attribute or args is None:
        return None
    name = inner.child_by_field_name(syn.attribute_name)
    values = [a for a in args.named_children if a.type not in ("comment", "keyword_argument")]
    if name is None or semantic.text(name) != "get" or not values:
        return None
    return inner.child_by_field_name(syn.attribute_object), values[0]


def table_members(source: Any, owner: str) -> list[str]:
    """The keys of the object / dict literal a module-level name `owner` is bound to
    (`const handlers = { refund: ..., noop: ... }`, `HANDLERS = {"refund": ...}`)."""
    return [key for key, _ in _table_entries(source, owner)]


def _table_entries(source: Any, owner: str) -> list[tuple[str, str | None]]:
    """The keys of `table_members`, each with the name its value is when it is one
    (`{"slack": SlackNotifier}`, `{ refund }`), else None."""
    from wac_lint.parsing import parse

    root = parse(source).root_node
    for stmt in root.named_children:
        for name, value in registries.assignments(stmt):
            if name is None or value is None or node_text(name) != owner:
                continue
            if value.type not in ("object", "dictionary"):
                return []
            keys: list[tuple[str, str | None]] = []
            for entry in value.named_children:
                if entry.type == "shorthand_property_identifier":
                    keys.append((node_text(entry), node_text(entry)))
                    continue
                key = entry.child_by_field_name("key" if entry.type == "pair" else "name")
                held = entry.child_by_field_name("value")
                if key is not None and key.type in (
                    "string",
                    "property_identifier",
                    "identifier",
                ):
                    named = (
                        node_text(held) if held is not None and held.type == "identifier" else None
                    )
                    keys.append((node_text(key).strip("\"'`"), named))
            return keys
    return []


def _imported_class_of(semantic: Any, obj: tree_sitter.Node) -> Any:
    """The import binding of the class an object was built from: `CrmClient()` /
    `new CrmClient()` itself, or a name assigned once to one; None otherwise."""
    made_by = _as_import(semantic, _class_binding_of(semantic, obj))
    if made_by is None or made_by.kind != BindingKind.IMPORT or made_by.module is None:
        return None
    name = made_by.imported_name or made_by.name
    if name == "default":
        # `import CheckrClient from "../vendors/checkr"`: the module's default export,
        # named here by the importer (`export default class CheckrClient`)
        name = made_by.name
    if not name[:1].isupper():
        return None  # a factory function's result: what it returns is not known
    return made_by


def _built_by_dotted(
    semantic: Any,
    imports: HelperImports,
    value: tree_sitter.Node,
    callee: tree_sitter.Node | None,
    file: Path,
    project: Project,
    probes: set[Path] | None,
) -> HelperRef | None:
    """`f.lib.clock.Clock(...)` under `import f.lib.clock`: the class it builds."""
    dotted = semantic.qualified_name(callee) if callee is not None else None
    module, _, name = (dotted or "").rpartition(".")
    if not module or not name[:1].isupper():
        return None
    ref = imports.of_dotted(module, name, file, project, probes)
    if ref is None or "." in ref.function:
        return None
    built = picked_classes(semantic, value, returned_classes_of(ref.file, name, None))
    if len(built) != 1 or built[0].startswith((TABLE, IMPORTED)):
        return None
    return HelperRef(ref.file, built[0], f"{module_label(ref.file, project)}.{built[0]}")


def _local_class_member(
    semantic: Any,
    imports: HelperImports,
    obj: tree_sitter.Node,
    member: str,
    file: Path,
    project: Project,
    probes: set[Path] | None,
) -> HelperRef | None:
    """`TaggedCrm(url).push()` (or of a name assigned once to one) where the file's own
    class `TaggedCrm` does not define `push` but inherits it from a class imported from
    the workspace: that method, with `TaggedCrm`'s methods as its overrides."""
    made_by = _class_binding_of(semantic, obj)
    cls = made_by.value if made_by is not None and made_by.kind == BindingKind.CLASS else None
    if cls is None or cls.type not in CLASS_NODES:
        return None
    return _base_member(semantic, imports, cls, member, file, project, probes, own_first=True)


def _class_binding_of(semantic: Any, obj: tree_sitter.Node) -> Any:
    """The binding of the name an object was built from with `C(...)` / `new C(...)`
    (itself, or a name assigned once to it), whatever that name is bound to."""
    syn = semantic.syntax
    value: tree_sitter.Node | None = obj
    if obj.type in syn.identifiers:
        binding = semantic.resolve(obj)
        value = binding.assigned_value if binding is not None else None
        if value is None:
            return None
    while value is not None and value.type in syn.awaits and value.named_children:
        value = value.named_children[-1]
    if value is None or not (value.type in syn.calls or value.type in syn.new):
        return None
    ctor = value.child_by_field_name("constructor" if value.type in syn.new else "function")
    if ctor is not None and ctor.type == syn.attribute and value.type in syn.calls:
        return _resolved_service(semantic, value, ctor)
    if ctor is None or ctor.type not in syn.identifiers:
        return None
    return semantic.resolve(ctor)


# A dependency-injection container's lookup: `container.resolve(SlackNotifier)` (punq,
# lagom, tsyringe), `injector.get(Mailer)` / `container.get<Mailer>(TOKEN)` (injector,
# inversify) hands back an instance of the class it is given or typed with.
SERVICE_LOOKUPS = frozenset({"resolve", "get", "get_instance", "getInstance"})


def _resolved_service(semantic: Any, call: tree_sitter.Node, callee: tree_sitter.Node) -> Any:
    """The binding of the class a container lookup (`SERVICE_LOOKUPS`) is given as its one argument
    (`resolve(SlackNotifier)`) or, in TypeScript, as its one type argument
    (`resolve<WarehouseClient>("warehouse")`): the name the result was built from. Only a
    name bound to a class (a capitalised import, or a class of the file) counts, so a
    mapping's `get(key)` is not read as one."""
    syn = semantic.syntax
    attr = callee.child_by_field_name(syn.attribute_name)
    if attr is None or semantic.text(attr) not in SERVICE_LOOKUPS:
        return None
    named: tree_sitter.Node | None = None
    types = call.child_by_field_name("type_arguments")
    if types is not None and len(types.named_children) == 1:
        named = types.named_children[0]  # `resolve<WarehouseClient>(...)`
    else:
        args = call.child_by_field_name("arguments")
        given = [a for a in args.named_children if a.type != "comment"] if args else []
        if len(given) == 1:
            named = given[0]
    if named is None or named.type not in (*syn.identifiers, "type_identifier"):
        return None
    if not semantic.text(named)[:1].isupper():
        return None
    binding = semantic.lookup(semantic.text(named), semantic.scope_at(named))
    if binding is None or binding.kind not in (BindingKind.IMPORT, BindingKind.CLASS):
        return None
    return binding


def _python_context_function(
    semantic: Any,
    imports: HelperImports,
    value: tree_sitter.Node,
    file: Path,
    project: Project,
    probes: set[Path] | None,
) -> HelperRef | None:
    """`open_session(token)` in a `with`, where `open_session` is imported from another
    workspace module: a ref to what it yields (`open_session<yield>`)."""
    if value.type != "call":
        return None
    callee = value.child_by_field_name("function")
    if callee is None or callee.type not in semantic.syntax.identifiers:
        return None
    binding = semantic.resolve(callee)
    if binding is None or binding.kind != BindingKind.IMPORT or binding.module is None:
        return None
    name = binding.imported_name or binding.name
    ref = imports.of_name(binding.module, name, file, project, probes)
    if ref is None:
        return None
    return replace(ref, function=f"{ref.function}{YIELDED}", label=f"{ref.label}()")


def built_by_import(
    semantic: Any,
    imports: HelperImports,
    obj: tree_sitter.Node,
    file: Path,
    project: Project,
    probes: set[Path] | None,
) -> HelperRef | None:
    """The class of another workspace module an object is an instance of, when a
    function or class method imported from there builds it: `crm = createCrm()`,
    `api = ApiClient.from_env()` (a classmethod returning `cls(...)`), `with
    ApiClient(...) as api` (its `__enter__` returning `self`). The ref names the class."""
    syn = semantic.syntax
    value: tree_sitter.Node | None = obj
    if obj.type in syn.identifiers:
        binding = semantic.resolve(obj)
        if binding is None or binding.rebound or binding.member:
            return None
        value = binding.value if binding.kind == BindingKind.CONTEXT else binding.assigned_value
        if binding.kind == BindingKind.CONTEXT and value is not None:
            while value.type in syn.awaits and value.named_children:
                value = value.named_children[-1]
            cls = _imported_class_of(semantic, value)
            if cls is None:
                # `with open_session(token) as s`: a `@contextmanager` function another
                # module defines; `s` is what it yields (see `_library_call`)
                made = _python_context_function(semantic, imports, value, file, project, probes)
                return made
            owner = imports.owner(
                str(cls.module), cls.imported_name or cls.name, file, project, probes
            )
            name = cls.imported_name or cls.name
            if owner is None or returned_class_of(owner.file, "__enter__", name) != name:
                return None
            return replace(owner, function=name, label=owner.label)
    while value is not None and value.type in syn.awaits and value.named_children:
        value = value.named_children[-1]
    if value is None or not (value.type in syn.calls or value.type in syn.new):
        return None
    is_new = value.type in syn.new
    callee = value.child_by_field_name("constructor" if is_new else "function")
    if callee is not None and callee.type == syn.attribute and not is_new:
        service = _resolved_service(semantic, value, callee)
        if service is not None and service.kind == BindingKind.IMPORT and service.module:
            # `notifier = container.resolve(SlackNotifier)`: an instance of that class
            name = service.imported_name or service.name
            owner = imports.owner(str(service.module), name, file, project, probes)
            return replace(owner, function=name) if owner is not None else None
    names: list[str] = []
    written = callee
    while callee is not None and callee.type == syn.attribute:
        attr = callee.child_by_field_name(syn.attribute_name)
        if attr is None:
            return None
        names.insert(0, semantic.text(attr))
        callee = callee.child_by_field_name(syn.attribute_object)
    if callee is not None and callee.type in syn.identifiers and len(names) >= 2:
        root = semantic.resolve(callee)
        if root is not None and root.kind == BindingKind.IMPORT and root.module is None:
            # `import f.lib.clock` then `f.lib.clock.Clock()`: a class of the module the
            # dotted path names (Python binds its first part)
            return _built_by_dotted(semantic, imports, value, written, file, project, probes)
    if (
        callee is not None
        and not names
        and not is_new
        and (callee.type in ("subscript", "subscript_expression") or _table_get(semantic, callee))
    ):
        # `NOTIFIERS[kind]()`: a class of an imported table of classes
        return _built_from_table(semantic, imports, callee, file, project, probes)
    if callee is None or callee.type not in syn.identifiers or len(names) > 2:
        return None
    binding = _as_import(semantic, semantic.resolve(callee))
    if binding is None or binding.kind != BindingKind.IMPORT or binding.module is None:
        return None
    imported = binding.imported_name or binding.name
    ref: HelperRef | None
    built: tuple[str, ...] = ()
    if not names:
        # `createCrm()`: a function imported from the workspace
        if is_new:
            return None  # `new CrmClient()`: the class itself (`_imported_class_of`)
        ref = imports.of_name(binding.module, imported, file, project, probes)
        built = returned_classes_of(ref.file, imported, None) if ref is not None else ()
    elif len(names) == 2 and is_new:
        # `new kit.review.ReviewQueue(...)`: a class of a module a module imported whole
        # re-exports under a name (`export * as review from "./review.ts"`)
        from wac_lint.workspace.reexports import reexport_origin

        ref = imports.of_member(binding, ".".join(names), file, project, probes)
        if ref is None:
            return None
        ref = reexport_origin(ref, project, probes if probes is not None else set())
        if "." in ref.function:
            return None
        built = returned_classes_of(ref.file, ref.function, None)
    elif len(names) == 2:
        # `api.Session.from_env()`: a class method of a class of a module imported whole
        ref = imports.of_member(binding, ".".join(names), file, project, probes)
        built = returned_classes_of(ref.file, names[1], names[0]) if ref is not None else ()
    else:
        ref = imports.of_member(binding, names[0], file, project, probes)
        if ref is not None and "." not in ref.function:
            # `api.make_client(...)`, `new crm.Contacts()`: of a module imported whole,
            # or of a barrel re-exporting it (`export { default as Pager } from ...`,
            # `export * from ...`): read where the module that binds it defines it
            ref = _defining_module(ref, project, probes)
            built = returned_classes_of(ref.file, ref.function, None)
        elif imported in ("*", binding.module):
            return None
        else:
            # `ApiClient.from_env()`: a class method of a class imported from the workspace
            ref = imports.owner(binding.module, imported, file, project, probes)
            built = returned_classes_of(ref.file, names[0], imported) if ref else ()
    if ref is None or not built:
        return None
    built = picked_classes(semantic, value, built)
    classes: list[HelperRef] = []
    for cls in built:
        if cls.startswith(TABLE):
            # `cls = NOTIFIERS[kind]; return cls()`: a class of a table the factory's
            # module binds or imports
            looked_up = _factory_table(ref.file, cls.removeprefix(TABLE), imports, project, probes)
            if looked_up is None:
                return None
            classes.extend(looked_up.alternatives or (looked_up,))
            continue
        if cls.startswith(IMPORTED):
            # `return new Mailer(url)` where that module imports `Mailer` from a third one
            found = _imported_by(ref.file, cls.removeprefix(IMPORTED), imports, project, probes)
            if found is None:
                return None  # one of the classes is not known: nor is what runs
            classes.append(found)
        else:
            classes.append(HelperRef(ref.file, cls, f"{module_label(ref.file, project)}.{cls}"))
    if len(classes) == 1:
        return classes[0]
    # A factory returning one of several classes: any of them may be what runs. The ref
    # names the factory; its alternatives are the classes.
    return HelperRef(ref.file, ref.function, ref.label, alternatives=tuple(classes))


def _defining_module(ref: HelperRef, project: Project, probes: set[Path] | None) -> HelperRef:
    """`ref`, or the function or class it names in the module that binds it when `ref`'s
    module only re-exports it; a default export is named by its class
    (`export default class Pager`)."""
    from wac_lint.workspace.reexports import reexport_origin

    origin = reexport_origin(ref, project, probes if probes is not None else set())
    if origin.function == "default" and origin.file.suffix != ".py":
        digest = default_session().digest(origin.file)
        named = default_class(str(origin.file), digest) if digest is not None else None
        if named is None:
            return ref
        origin = replace(
            origin, function=named, label=f"{module_label(origin.file, project)}.{named}"
        )
    return origin


def _built_from_table(
    semantic: Any,
    imports: HelperImports,
    callee: tree_sitter.Node,
    file: Path,
    project: Project,
    probes: set[Path] | None,
) -> HelperRef | None:
    """`NOTIFIERS[kind]()` / `NOTIFIERS.get("slack")()` where another module binds
    `NOTIFIERS = {"slack": SlackNotifier, ...}`: the class under a literal key, or any
    of them for a computed one (`HelperRef.alternatives`). None unless every value
    considered names a class that module defines or imports."""

    getter = _table_get(semantic, callee)
    obj: tree_sitter.Node | None
    index: tree_sitter.Node | None
    if getter is not None:
        obj, index = getter
    else:
        obj = callee.child_by_field_name("value") or callee.child_by_field_name("object")
        index = callee.child_by_field_name("subscript") or callee.child_by_field_name("index")
    if obj is None or index is None or obj.type not in semantic.syntax.identifiers:
        return None
    binding = semantic.resolve(obj)
    if binding is None or binding.kind != BindingKind.IMPORT or binding.module is None:
        return None
    imported = binding.imported_name or binding.name
    owner = imports.owner(binding.module, imported, file, project, probes)
    if owner is None:
        return None
    literal = index.type == "string" and "${" not in semantic.text(index)
    key = semantic.text(index).strip("\"'`") if literal else None
    return _table_classes(owner.file, imported, key, semantic.text(index), imports, project, probes)


def _factory_table(
    module: Path, lookup: str, imports: HelperImports, project: Project, probes: set[Path] | None
) -> HelperRef | None:
    """`TABLE` + `NOTIFIERS` or `NOTIFIERS:slack` (`_returned_classes_in`): the classes
    of that table, which `module` defines or imports from another workspace module."""
    from wac_lint.engine import InputError
    from wac_lint.frontends import module_model

    table, _, key = lookup.partition(":")
    shown = f"[{key!r}]" if key else "[...]"
    try:
        source = read_source(module, shown_path(module))
        if _table_entries(source, table):
            return _table_classes(module, table, key or None, shown, imports, project, probes)
        semantic = module_model(source).semantic
    except (InputError, OSError, RecursionError):
        return None
    origin = _import_origin(semantic, table, module, imports, project, probes)
    if origin is None:
        return None
    return _table_classes(*origin, key or None, shown, imports, project, probes)


def _table_classes(
    module: Path,
    table: str,
    key: str | None,
    index: str,
    imports: HelperImports,
    project: Project,
    probes: set[Path] | None,
) -> HelperRef | None:
    """The class the module-level table of classes `table` of `module` holds under `key`
    (any of them when None): one ref, or one whose alternatives are the classes."""
    from wac_lint.engine import InputError

    try:
        source = read_source(module, shown_path(module))
    except (InputError, OSError):
        return None
    values = [v for k, v in _table_entries(source, table) if key is None or k == key]
    if not values or None in values:
        return None
    classes: list[HelperRef] = []
    label = module_label(module, project)
    digest = default_session().digest(module)
    for value in dict.fromkeys(v for v in values if v is not None):
        if digest is not None and defines_class(str(module), digest, value):
            classes.append(HelperRef(module, value, f"{label}.{value}"))
            continue
        found = _imported_by(module, value, imports, project, probes)
        if found is None:
            return None
        classes.append(found)
    if probes is not None:
        probes.add(module)
    if len(classes) == 1:
        return classes[0]
    return HelperRef(module, table, f"{label}.{table}[{index}]", alternatives=tuple(classes))


def _imported_by(
    module: Path, name: str, imports: HelperImports, project: Project, probes: set[Path] | None
) -> HelperRef | None:
    """The class `name` that `module` imports from another module of the workspace."""
    from wac_lint.engine import InputError
    from wac_lint.frontends import module_model

    try:
        semantic = module_model(read_source(module, shown_path(module))).semantic
    except (InputError, RecursionError):
        return None
    origin = _import_origin(semantic, name, module, imports, project, probes)
    if origin is None:
        return None
    if probes is not None:
        probes.add(module)
    file, imported = origin
    return HelperRef(file, imported, f"{module_label(file, project)}.{imported}")


def _import_origin(
    semantic: SemanticModel | None,
    name: str,
    module: Path,
    imports: HelperImports,
    project: Project,
    probes: set[Path] | None,
) -> tuple[Path, str] | None:
    """The workspace file `name` is imported from at `module`'s top level, and its name
    there (`from f.common.notify import SLACK as S`: the file of `f/common/notify`, `SLACK`)."""
    binding = semantic.lookup(name, semantic.module) if semantic is not None else None
    if binding is None or binding.kind != BindingKind.IMPORT or binding.module is None:
        return None
    imported = binding.imported_name or binding.name
    owner = imports.owner(binding.module, imported, module, project, probes)
    return (owner.file, imported) if owner is not None else None


def class_bases(cls: tree_sitter.Node) -> list[tree_sitter.Node]:
    """The base class expressions of a Python `class C(A, B)` / TypeScript `extends A`."""
    bases: list[tree_sitter.Node] = []
    supers = cls.child_by_field_name("superclasses")
    if supers is not None:
        bases = [b for b in supers.named_children if b.type != "keyword_argument"]
    for child in cls.children:
        if child.type == "class_heritage":
            for clause in child.named_children:
                value = clause.child_by_field_name("value")
                if clause.type == "extends_clause" and value is not None:
                    bases.append(value)
    return bases
