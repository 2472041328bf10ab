"""Python's scoping: module, class, function, lambda and comprehension scopes.

A name bound anywhere in a function is local to the whole function (Python
decides at compile time), `global` / `nonlocal` redirect it, class scopes are
not seen from the functions inside them, and a walrus in a comprehension binds
in the enclosing function.
"""

from __future__ import annotations

from wac_lint.languages import LanguageKind
from wac_lint.semantic.scopes import (
    Binding,
    BindingKind,
    Node,
    Scope,
    ScopeKind,
    ScopeRules,
    text,
    walk_own,
)

# wmill 1.850.0 `client.py`: the public functions and classes `wmill` exports
# (`from .client import *`). A workspace module re-exporting the SDK gives these names
# the SDK's meaning; its other names stay the module's own.
WMILL_EXPORTS = frozenset(
    """Windmill init_global_client deprecate get_workspace get_root_job_id get_version
    run_script_async run_flow_async run_script_sync run_script_by_path_async
    run_script_by_hash_async run_script_by_path_sync get_id_token get_job_status get_job
    get_result duckdb_connection_settings polars_connection_settings
    boto3_connection_settings load_s3_file load_s3_file_reader write_s3_file
    delete_s3_object sign_s3_objects sign_s3_object get_presigned_s3_public_urls
    get_presigned_s3_public_url whoami get_state get_resource set_resource list_resources
    set_state set_progress get_progress worker_is_draining set_shared_state_pickle
    get_shared_state_pickle set_shared_state get_shared_state get_variable set_variable
    get_flow_user_state set_flow_user_state get_state_path get_resume_urls
    get_approval_urls request_interactive_slack_approval send_teams_message cancel_job
    cancel_running run_script run_script_by_path run_script_by_hash
    run_inline_script_preview username_to_email datatable ducklake parse_resource_syntax
    parse_s3_object parse_variable_syntax append_to_result_stream stream_result
    DataTableClient DucklakeClient SqlQuery infer_sql_type parse_sql_client_name TaskError
    WorkflowCtx task task_script task_flow workflow step sleep wait_for_approval parallel
    commit_kafka_offsets""".split()
)
WMILL = "wmill"


def reexports_wmill(module: str, relative: bool, names: list[str]) -> bool:
    """A workspace module (`f.common.wac`, `u.alice.sdk`, `.wac`) the file takes
    `workflow` from by name re-exports wmill: Windmill's parser detects `@workflow` by
    its name whatever the import's source (`windmill-oracle dag` draws such a file),
    and at run time the decorator is the SDK's own."""
    return (relative or module.startswith(("f.", "u."))) and "workflow" in names


COMPREHENSIONS = (
    "list_comprehension",
    "set_comprehension",
    "dictionary_comprehension",
    "generator_expression",
)
SCOPE_NODES = {
    "function_definition": ScopeKind.FUNCTION,
    "lambda": ScopeKind.FUNCTION,
    "class_definition": ScopeKind.CLASS,
    **{c: ScopeKind.COMPREHENSION for c in COMPREHENSIONS},
}
STOP = frozenset(SCOPE_NODES)
TARGET_GROUPS = frozenset(
    {
        "pattern_list",
        "tuple_pattern",
        "list_pattern",
        "tuple",
        "list",
        "parenthesized_expression",
        "expression_list",
    }
)
SPLATS = frozenset({"list_splat_pattern", "list_splat", "dictionary_splat_pattern"})
# Expressions bind no name but through a walrus (`:=`; lambdas and comprehensions are
# scopes of their own): in a file that spells no `:=` (and a scope with no syntax
# error, which may put a statement inside an expression), the filler does not enter them,
# which spares it most nodes of a function body (`x = await t(x)`: 5 of 12).
EXPRESSIONS = frozenset(
    {
        "call",
        "await",
        "attribute",
        "subscript",
        "identifier",
        "string",
        "concatenated_string",
        "integer",
        "float",
        "true",
        "false",
        "none",
        "binary_operator",
        "unary_operator",
        "comparison_operator",
        "boolean_operator",
        "not_operator",
        "conditional_expression",
        "argument_list",
        "keyword_argument",
        "dictionary",
        "set",
        "pair",
    }
)
# ... nor assignments: their targets are bound from the assignment itself
STOP_WITHOUT_WALRUS = STOP | EXPRESSIONS | {"assignment", "augmented_assignment"}
# the node types `_Filler.walk` binds names at
BINDERS = frozenset(
    {
        "assignment",
        "augmented_assignment",
        "for_statement",
        "as_pattern",
        "except_clause",
        "named_expression",
        "function_definition",
        "class_definition",
        "import_statement",
        "import_from_statement",
        "global_statement",
        "nonlocal_statement",
    }
)
_walrus_seen: tuple[bytes, bool] = (b"", False)


def spells_walrus(source: bytes) -> bool:
    """Does the file spell `:=` anywhere? (Asked per scope: the last file's answer is
    kept, so nested scopes do not search the file again each.)"""
    global _walrus_seen
    seen = _walrus_seen
    if seen[0] is source:
        return seen[1]
    found = b":=" in source
    _walrus_seen = (source, found)
    return found


class PythonScopeRules(ScopeRules):
    scope_nodes = SCOPE_NODES
    language = LanguageKind.PYTHON

    def fill(self, scope: Scope, source: bytes) -> None:
        filler = _Filler(scope, source)
        node = scope.node
        if scope.kind == ScopeKind.FUNCTION:
            filler.parameters(node.child_by_field_name("parameters"))
            body = node.child_by_field_name("body")
            if body is not None:
                filler.walk(body)
        elif scope.kind == ScopeKind.CLASS:
            body = node.child_by_field_name("body")
            if body is not None:
                filler.walk(body)
        elif scope.kind == ScopeKind.COMPREHENSION:
            for clause in node.named_children:
                if clause.type == "for_in_clause":
                    filler.targets(clause.child_by_field_name("left"), BindingKind.LOOP, None)
        else:
            filler.walk(node)

    def lookup(self, name: str, scope: Scope) -> Binding | None:
        found, here = _bound_here(name, scope)  # a class body sees its own names
        return found if here else _bound_outside(name, scope.parent)


def _bound_here(name: str, scope: Scope) -> tuple[Binding | None, bool]:
    """(the binding, whether `scope` decides the name)."""
    if name in scope.globals:
        return scope.module.bindings.get(name), True
    if name not in scope.nonlocals:
        found = scope.bindings.get(name)
        if found is not None:
            return found, True
    return None, False


def _bound_outside(name: str, scope: Scope | None) -> Binding | None:
    """The name looked up from inside `scope`'s inner scopes, each scope's answer kept
    (`Scope.outer_memo`): methods do not see their class's names."""
    passed: list[Scope] = []
    found: Binding | None = None
    current = scope
    while current is not None:
        memo = current.outer_memo
        if name in memo:
            found = memo[name]
            break
        passed.append(current)
        if current.kind != ScopeKind.CLASS:
            found, here = _bound_here(name, current)
            if here:
                break
        current = current.parent
    for seen in passed:
        seen.outer_memo[name] = found
    return found


class _Filler:
    def __init__(self, scope: Scope, source: bytes) -> None:
        self.scope = scope
        self.source = source

    def bind(
        self,
        name_node: Node,
        kind: BindingKind,
        value: Node | None = None,
        *,
        target: str | None = None,
        imported: str | None = None,
        name: str | None = None,
        module: str | None = None,
    ) -> None:
        self.scope.bind(
            Binding(
                name or text(name_node, self.source),
                kind,
                name_node,
                self.scope,
                value,
                target=target,
                imported_name=imported,
                module=module,
            )
        )

    def parameters(self, params: Node | None) -> None:
        if params is None:
            return
        for param in params.named_children:
            name = param
            if param.type in ("default_parameter", "typed_default_parameter"):
                name = param.child_by_field_name("name") or param
            elif param.type == "typed_parameter" or param.type in SPLATS:
                name = next((c for c in param.named_children if c.type == "identifier"), param)
            if name.type == "identifier":
                self.bind(name, BindingKind.PARAMETER)

    def targets(self, node: Node | None, kind: BindingKind, value: Node | None) -> None:
        if node is None:
            return
        if node.type == "identifier":
            self.bind(node, kind, value)
        elif node.type in TARGET_GROUPS:
            names = [c for c in node.named_children if c.type != "comment"]
            values = paired_values(names, value)
            for child, item in zip(names, values, strict=True):
                self.targets(child, kind, item)
        elif node.type in SPLATS:
            for child in node.named_children:
                self.targets(child, kind, None)

    def walk(self, root: Node) -> None:
        # the full walk where a walrus may bind, or where a syntax error may have put
        # a statement inside an expression
        full = root.has_error or spells_walrus(self.source)
        for node in walk_own(root, STOP if full else STOP_WITHOUT_WALRUS):
            kind = node.type
            if kind not in BINDERS:
                continue
            if kind == "assignment":
                value = node.child_by_field_name("right")
                while value is not None and value.type == "assignment":
                    value = value.child_by_field_name("right")
                self.targets(node.child_by_field_name("left"), BindingKind.ASSIGNMENT, value)
                inner = node.child_by_field_name("right")
                while not full and inner is not None and inner.type == "assignment":
                    # `a = b = v`: the walk does not enter the outer one to meet `b = v`
                    self.targets(inner.child_by_field_name("left"), BindingKind.ASSIGNMENT, value)
                    inner = inner.child_by_field_name("right")
            elif kind == "augmented_assignment":
                left = node.child_by_field_name("left")
                changed = None
                if left is not None and left.type == "identifier":
                    changed = text(left, self.source)
                old = self.scope.bindings.get(changed) if changed is not None else None
                self.targets(left, BindingKind.ASSIGNMENT, None)
                if changed is not None:
                    binding = self.scope.bindings[changed]
                    binding.rebound = True
                    binding.accumulated = accumulated(old, node)
            elif kind == "for_statement":
                self.targets(node.child_by_field_name("left"), BindingKind.LOOP, None)
            elif kind == "as_pattern":
                self.as_pattern(node)
            elif kind == "except_clause":
                self.except_alias(node)
            elif kind == "named_expression":
                name = node.child_by_field_name("name")
                if name is not None:
                    self.bind(name, BindingKind.ASSIGNMENT, node.child_by_field_name("value"))
            elif kind == "function_definition" and node != root:
                name = node.child_by_field_name("name")
                if name is not None:
                    self.bind(name, BindingKind.FUNCTION, node)
            elif kind == "class_definition" and node != root:
                name = node.child_by_field_name("name")
                if name is not None:
                    self.bind(name, BindingKind.CLASS, node)
            elif kind == "import_statement":
                self.import_statement(node)
            elif kind == "import_from_statement":
                self.import_from(node)
            elif kind == "global_statement":
                self.scope.globals |= {text(n, self.source) for n in node.named_children}
            elif kind == "nonlocal_statement":
                self.scope.nonlocals |= {text(n, self.source) for n in node.named_children}

    def as_pattern(self, node: Node) -> None:
        parent = node.parent
        alias = node.child_by_field_name("alias")
        if alias is None:
            return
        names = alias.named_children if alias.type == "as_pattern_target" else [alias]
        value = node.named_children[0] if node.named_children else None
        in_with = parent is not None and parent.type == "with_item"
        for name in names:
            if in_with:
                self.targets(name, BindingKind.CONTEXT, value)
            elif name.type == "identifier":
                self.bind(name, BindingKind.EXCEPTION)

    def except_alias(self, clause: Node) -> None:
        """`except E as e` (newer grammars put the alias on the clause itself)."""
        alias = clause.child_by_field_name("alias")
        if alias is not None and alias.type == "identifier":
            self.bind(alias, BindingKind.EXCEPTION)

    def import_statement(self, node: Node) -> None:
        for child in node.children_by_field_name("name"):
            if child.type == "aliased_import":
                module = child.child_by_field_name("name")
                alias = child.child_by_field_name("alias")
                if module is not None and alias is not None:
                    dotted = text(module, self.source)
                    self.bind(
                        alias, BindingKind.IMPORT, target=dotted, imported=dotted, module=dotted
                    )
            else:
                dotted = text(child, self.source)
                head = dotted.split(".")[0]
                self.bind(child, BindingKind.IMPORT, target=head, imported=head, name=head)

    def import_from(self, node: Node) -> None:
        module_node = node.child_by_field_name("module_name")
        if module_node is None:
            return
        relative = module_node.type == "relative_import"
        module = text(module_node, self.source)
        for child in node.children:
            if child.type == "wildcard_import" and not relative:
                self.scope.star_imports.append(module)
                self.scope.star_import_starts.append(node.start_byte)
        pairs = []
        for child in node.children_by_field_name("name"):
            if child.type == "aliased_import":
                name_node = child.child_by_field_name("name")
                local = child.child_by_field_name("alias")
            else:
                name_node = local = child
            if name_node is not None and local is not None:
                pairs.append((text(name_node, self.source), local))
        sdk = reexports_wmill(module, relative, [name for name, _ in pairs])
        facades = self.scope.facades
        facade = facades.get(module, frozenset()) if facades else frozenset()
        for name, local in pairs:
            if (sdk and name in WMILL_EXPORTS) or name in facade:
                origin = WMILL
                target: str | None = f"{WMILL}.{name}"
            else:
                origin, target = module, (None if relative else f"{module}.{name}")
            self.bind(local, BindingKind.IMPORT, target=target, imported=name, module=origin)


def accumulated(old: Binding | None, augmented: Node) -> tuple[Node, tuple[Node, ...]] | None:
    """`Binding.accumulated` of a name an augmented assignment rebinds, given its binding
    before: the value it was assigned once whole, and the augmented assignments so far."""
    if old is None or old.kind != BindingKind.ASSIGNMENT or old.member:
        return None
    if old.accumulated is not None:
        value, steps = old.accumulated
        return value, (*steps, augmented)
    if old.rebound or old.value is None:
        return None
    return old.value, (augmented,)


# What a tuple of values written out is, on the right of a tuple of names
VALUE_GROUPS = frozenset({"expression_list", "tuple", "list"})


def paired_values(names: list[Node], value: Node | None) -> list[Node | None]:
    """The value each target of `a, b = x, y` is bound to (`x`, `y`): the items of a
    tuple or list written out with as many items as there are targets, none starred;
    otherwise unknown (`a, b = pair`, `a, *rest = xs`)."""
    unknown: list[Node | None] = [None] * len(names)
    while value is not None and value.type == "parenthesized_expression":
        inner = [c for c in value.named_children if c.type != "comment"]
        value = inner[0] if len(inner) == 1 else None
    if value is None or value.type not in VALUE_GROUPS:
        return unknown
    items = [c for c in value.named_children if c.type != "comment"]
    if len(items) != len(names):
        return unknown
    if any(n.type in SPLATS or i.type in SPLATS for n, i in zip(names, items, strict=True)):
        return unknown
    return list(items)
