"""The body walk's state and basic lookups: the `WalkState` layer of `BodyWalker` (see
`wac_lint.frontends.body`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wac_lint.frontends.body.records import Node, Pending, Walked
from wac_lint.frontends.body.vocabulary import KEPT_WRAPPERS
from wac_lint.model import (
    Consumption,
    FunctionInfo,
    Handback,
    Span,
    TaskDef,
)
from wac_lint.semantic import BindingKind as NameKind
from wac_lint.semantic.scopes import Scope, ScopeKind
from wac_lint.source import SourceFile

if TYPE_CHECKING:
    from wac_lint.frontends.common import FrontEnd


class WalkState:
    """What the walk of one function body has found so far, and the lookups every
    part of the walk reads: a node's parent, the binding a name holds, the task a
    callee names."""

    def __init__(self, fe: FrontEnd, function: FunctionInfo) -> None:
        # the functions a module table gets outside its literal, by table name
        self.registered: dict[str, list[tuple[str, Node, Scope]]] = {}
        # `picked_functions` of a name assigned on several branches, by binding: its
        # scope walked once, not once per call of the name
        self.picked: dict[int, list[tuple[str, Node, Scope]]] = {}
        # `rebound_instance_class` of a Python name rebound to instances, by binding node
        self.rebound_classes: dict[int, Scope | None] = {}
        # `replaced_at`'s facts: each block's plain assignments, the file's early exits
        self._plain_assignments: dict[int, dict[str, list[tuple[int, int]]]] = {}
        self._reads_in_order: dict[str, tuple[list[int], list[Node]]] = {}
        self._early_exits: list[int] | None = None
        self.fe = fe
        self.function = function
        self.syntax = fe.syntax
        self.model = fe.model
        self.semantic = fe.semantic
        self.scope_nodes = fe.scope_rules.scope_nodes
        self.visited: set[tuple[int, int, int]] = set()
        # the functions walked as handed a durable call (`Pending.durable_args`)
        self.visited_durable: set[tuple[int, int, int]] = set()
        self.pending: list[Pending] = []
        self._registrations: list[tuple[Node, str, str, Node, Scope]] | None = None
        self.function_bodies: set[tuple[int, int, int]] = set()
        self.durable_memo: dict[tuple[int, int, int], bool] = {}
        self.queued_memo: dict[tuple[int, int, int], bool] = {}
        self.function_kinds = tuple(sorted(self.syntax.function))
        self.handback_memo: dict[tuple[int, int, int], Handback] = {}
        # see `arguments_hold_durable`
        self.arguments_memo: dict[tuple[tuple[int, int, int], Scope, bool], bool] = {}
        self.task_memo: dict[tuple[str, Scope], bool] = {}  # see `task_of`
        self.task_tables: dict[int, dict[str, TaskDef]] = {}  # see `table_task`
        self.uniform_tables: dict[int, TaskDef | None] = {}  # see `uniform_table`
        self.map_tables: dict[int, TaskDef | None] = {}  # see `got_task`: `new Map([...])`
        self.assigned_tasks: dict[int, TaskDef | None] = {}  # see `assigned_task`
        # what a table's `functools.partial` entries bind first, by table literal and key
        # (None for a whole uniform table): see `entry_task`
        self.entry_bounds: dict[tuple[int, str | None], tuple[int, tuple[str, ...]]] = {}
        # see `container_class`: (container, token) -> the class of the file registered
        self.registrations: dict[tuple[str, str], tuple[Node, Scope]] | None = None
        self.subclass_memo: dict[tuple[int, int, int], list[Scope]] = {}  # see `subclasses`
        # (function, parameter) -> whether it only hands that parameter to `step`
        self.forward_memo: dict[tuple[int, str], bool] = {}
        self.deferral_memo: dict[int, bool] = {}
        # see `decorators_above_task`: asked once per call of a task, the same per task
        self.decorators_memo: dict[int, list[tuple[str, Node, Scope]]] = {}
        # `registered_by_helpers` answers: each scans the module, asked again for every
        # call that reaches them
        self.called_names_memo: dict[int, frozenset[str]] = {}
        self.loop_memo: dict[int, dict[str, frozenset[str]]] = {}  # see `loop_variables`
        # (container name, end of the call adding to it) -> `container_use`'s answer
        self.container_memo: dict[tuple[str, int], Consumption] = {}
        self.settling = False  # see `drain`: the walk is over, stored values are judged
        self.registered_memo: dict[str, list[tuple[str, Node, Scope]]] = {}
        # (class, field spelled `this.edges`) -> what `field_registered` answers
        self.field_registered_memo: dict[tuple[int, int, str], list[tuple[str, Node, Scope]]] = {}
        # helpers whose retrying decorators were read (`add_decorator_handlers`)
        self.decorated_handled: set[tuple[int, int, int]] = set()
        self.params_durable = False  # the helper being walked was handed a durable call
        self.current_job: Pending | None = None  # the function `drain` walks now
        # handlers whose verdict depends on what the body's call hands the helper (`p.catch`
        # of a parameter given a Promise), by the handler's node: the helper and parameter
        self.site_bound_handlers: dict[int, tuple[Node, str]] = {}
        # method -> the fields holding tasks it calls (`self.fn`), and the names it
        # loops over such a field with (`for s in self.steps`): see `calls_task_field`
        self.task_field_calls: dict[tuple[int, int, int], tuple[set[str], set[str]]] = {}
        self.walked_fields: tuple[set[str], set[str]] = (set(), set())  # of the method walked
        self.stored_memo: dict[tuple[int, int, int], list[tuple[str, str]]] = {}
        self.field_call_memo: dict[
            tuple[tuple[int, int, int], frozenset[str]], tuple[set[str], set[str]] | None
        ] = {}
        self.receiver: Scope | None = None  # see `Pending.receiver`
        self.found_receiver: Scope | None = None  # set by `local_function`
        self.visited_as: set[tuple[tuple[int, int, int], int]] = set()  # see `follow`
        # each helper's first walk, (function, receiver class) -> (chain, body site),
        # and the other calls that reach it: see `record_other_sites`
        self.first_walks: dict[tuple[tuple[int, int, int], int | None], Walked] = {}
        # each walked helper's parameter list (bytes), whose defaults only the calls
        # that omit them run (`walk_omitted_defaults`): see `record_other_sites`
        self.parameter_bytes: dict[tuple[int, int, int], tuple[int, int]] = {}
        self.revisits: list[tuple[tuple[tuple[int, int, int], int | None], Walked]] = []
        # (body site, chain) of each function a helper runs because that call handed it
        # over (`staged("x", fetch_manifest)`): its calls belong to that call only, and
        # are not recorded for the helper's other calls (see `record_other_sites`)
        self.handed_chains: set[tuple[Span, tuple[str, ...]]] = set()
        # the handlers of a helper the body calls again are those of the walk that judged
        # them: the first walk, or the first one handed a durable call (`Pending.durable_args`)
        # when the other call hands it one too (see `record_other_handler_sites`)
        self.handler_revisits: list[
            tuple[tuple[tuple[int, int, int], int | None], Walked, bool]
        ] = []
        self.first_durable: dict[tuple[tuple[int, int, int], int | None], bool] = {}
        self.durable_walks: dict[tuple[tuple[int, int, int], int | None], Walked] = {}
        self.ancestors: list[Node] = []  # see `walk`
        self.current: Node | None = None  # the node `walk` is visiting
        self._contained = False  # see `_consumption`
        # `const ps = xs.map(async ...)`: (callback, map call, callee) to settle later
        self.stored_mappers: list[tuple[Node, Node, Span]] = []
        self.imported_memo: dict[str, bool] = {}  # see `imported_task`
        self.imported_durable_memo: dict[str, bool] = {}  # see `imported_durable`
        # callee text -> the module and name it reaches (see `imported_handlers`)
        self.imported_functions: dict[str, tuple[SourceFile, str] | None] = {}
        # the functions that are tasks themselves (`task(async function f() {})`,
        # `@task`); not one `task(fetchRoster)` wraps by name: `fetchRoster` still
        # names the plain function, and calling it runs its code where it is called
        self.task_functions = {
            (t.function.node.start_byte, t.function.node.end_byte)
            for t in self.model.tasks
            if t.function is not None and (t.wraps is None or t.wraps == t.binding)
        }
        syntax = self.syntax
        # node type -> what the walk does with it; other node types are only passed through
        self.roles: dict[str, str] = {
            **{t: "identifier" for t in syntax.identifier},
            syntax.attribute: "attribute",
            **{t: "call" for t in syntax.call},
            **{t: "new" for t in syntax.new},
            **{t: "function" for t in syntax.function},
            **{t: "class" for t in syntax.class_definition},
            syntax.try_statement: "try",
            **{t: "protocol" for t in syntax.protocol_statements},
            "shorthand_property_identifier": "shorthand",
        }
        # only a file whose classes define such methods pays for visiting every operator
        self.hooks = fe.defined_hooks()
        # an operator may also run a dunder method of a class another module defines,
        # on an instance that module (or a call of it) built: followed across files when
        # the file imports from the workspace (`follow_imported_hooks`)
        for kind in fe.hook_node_types:
            self.roles.setdefault(kind, "hook")
        # identifiers of the workflow body by name, filled by the walk
        self.identifier_index: dict[bytes, list[Node]] = {}
        self.data = fe.data
        module = self.semantic.module
        # names that can stand for a catalogued value on their own (`environ`, `env`)
        self.readable = {
            name.encode()
            for name, b in module.bindings.items()
            if b.kind in (NameKind.IMPORT, NameKind.ASSIGNMENT)
        }
        if module.star_imports:
            self.readable = None  # type: ignore[assignment]

    def parent_of(self, node: Node) -> Node | None:
        """`node.parent`, from the walk's ancestors when `node` is on the current path.

        `Node.parent` costs the node's depth (tree-sitter walks down from the root):
        asked at every level of 20,000 nested awaits it was quadratic.
        """
        ancestors = self.ancestors
        if node == self.current:
            return ancestors[-1] if ancestors else node.parent
        for index in range(len(ancestors) - 1, 0, -1):
            if ancestors[index] == node:
                return ancestors[index - 1]
        return node.parent

    def call_of_argument(self, node: Node, ancestors: list[Node] | None = None) -> Node | None:
        """The call `node` is an argument of (ancestors, when known, spare parent lookups,
        which tree-sitter answers from the root down)."""
        index = len(ancestors) if ancestors is not None else -1

        def up(current: Node) -> Node | None:
            nonlocal index
            if ancestors is None or index <= 0:
                return current.parent
            index -= 1
            return ancestors[index]

        parent = up(node)
        while parent is not None and parent.type in (
            "parenthesized_expression",
            "keyword_argument",
        ):
            parent = up(parent)
        if parent is not None and parent.type in self.syntax.arguments:
            call = up(parent)
            if call is not None and call.type in self.syntax.call:
                return call
        return None

    def is_bind(self, callee: Node) -> bool:
        attr = callee.child_by_field_name(self.syntax.attribute_name_field)
        return attr is not None and self.fe.text(attr) == "bind"

    def task_of(self, callee: Node, scope: Scope) -> TaskDef | None:
        """The module-level task a callee names (not a local that shadows it)."""
        if callee.type not in self.syntax.identifier:
            return None
        name = self.fe.text(callee)
        task = self.fe.task_bindings.get(name)
        if task is None:
            return None
        # one name in one scope has one binding: resolved once (a body calls a task
        # thousands of times)
        memo_key = (name, scope)
        known = self.task_memo.get(memo_key)
        if known is None:
            binding = self.semantic.resolve(callee, scope)
            known = self.task_memo[memo_key] = (
                binding is not None and binding.scope.kind == ScopeKind.MODULE
            )
        return task if known else None

    def attribute_parts(self, node: Node | None) -> tuple[Node, Node] | None:
        """`obj.name` (Python's `attribute`, TypeScript's `member_expression`): its
        object and its name node; None for anything else."""
        if node is None or node.type != self.syntax.attribute:
            return None
        obj = node.child_by_field_name("object")
        attr = node.child_by_field_name(self.syntax.attribute_name_field)
        return (obj, attr) if obj is not None and attr is not None else None

    def table_get(self, callee: Node) -> tuple[Node | None, Node | None] | None:
        """`X.get(key)` as a callee: (X, key)."""
        if callee.type not in self.syntax.call:
            return None
        inner = self.fe.callee(callee)
        if inner is None or inner.type != self.syntax.attribute:
            return None
        name = inner.child_by_field_name(self.syntax.attribute_name_field)
        args = self.fe.positional_args(callee)
        if name is None or self.fe.text(name) != "get" or not args:
            return None
        return inner.child_by_field_name("object"), args[0]

    def class_prefix(self, class_scope: Scope) -> str:
        """`Notifier.`: how a method of this class is named in a call chain."""
        owner = class_scope.node.child_by_field_name("name")
        if owner is None and class_scope.node.parent is not None:  # TS: the scope is the body
            owner = class_scope.node.parent.child_by_field_name("name")
        return self.fe.text(owner) + "." if owner is not None else ""

    @staticmethod
    def kept_value(value: Node | None) -> Node | None:
        """The value a name is bound to, past what only types it: `{...} satisfies T`,
        `{...} as const`, `x!`, parentheses (the object at run time is the literal)."""
        while value is not None and value.type in KEPT_WRAPPERS and value.named_children:
            value = value.named_children[0]
        return value

    def binding_function(self, binding: object) -> tuple[str, Node, Scope] | None:
        from wac_lint.semantic import Binding

        if not isinstance(binding, Binding):
            return None
        if binding.kind == NameKind.FUNCTION and binding.value is not None:
            return binding.name, binding.value, binding.scope
        if (
            binding.kind == NameKind.ASSIGNMENT
            and not binding.rebound
            and not binding.member
            and binding.value is not None
            and binding.value.type in self.syntax.function
        ):
            return binding.name, binding.value, binding.scope
        return None

    def open_class(self, class_node: Node, outer: Scope) -> Scope | None:
        scope_node = class_node
        if class_node.type not in self.scope_nodes:
            body = class_node.child_by_field_name("body")
            if body is None or body.type not in self.scope_nodes:
                return None
            scope_node = body
        return self.semantic.scopes.open(scope_node, outer)

    def chain_root(self, node: Node) -> Node | None:
        """The name an attribute chain starts from (`mail` of `mail.smtp.send`), or None
        when it starts from anything else (a call, a subscript, a literal)."""
        while node.type == self.syntax.attribute:
            inner = node.child_by_field_name("object")
            if inner is None:
                return None
            node = inner
        return node if node.type in self.syntax.identifier else None
