"""What both front-ends share: `FrontEnd`, which finds the workflows and tasks and
resolves names, and runs the walk of each workflow body (`frontends.body`).

Each language subclass says how its syntax spells calls, functions, imports and
options; the walk that turns a workflow body into durable calls, plain calls and
exception handlers is written once, in `frontends.body`.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from wac_lint.frontends.body.records import Node
from wac_lint.frontends.body.vocabulary import LOGICAL_EXPRESSIONS
from wac_lint.frontends.body.walker import BodyWalker
from wac_lint.frontends.durable_code import record_durable_code
from wac_lint.model import (
    ANONYMOUS_FUNCTION,
    DECORATOR_PRODUCT,
    FIELD_INITIALIZERS,
    INLINE_FUNCTIONS,
    BindingKind,
    ExceptionHandler,
    FunctionInfo,
    Param,
    Rethrow,
    ScriptModel,
    SdkBinding,
    SdkReference,
    Span,
    TaskDef,
)
from wac_lint.node_index import NodeIndex
from wac_lint.semantic import BindingKind as NameKind
from wac_lint.semantic import NameSyntax, SemanticModel
from wac_lint.semantic.scopes import Scope, ScopeRules, Scopes
from wac_lint.tree_paths import ancestors


@dataclass(frozen=True)
class Syntax:
    """Node type names of one tree-sitter grammar."""

    call: frozenset[str]
    new: frozenset[str]
    function: frozenset[str]
    awaits: frozenset[str]
    attribute: str
    attribute_name_field: str
    identifier: frozenset[str]
    returns: frozenset[str]
    assignment: frozenset[str]
    expression_statement: str
    # Nodes a value passes through unchanged on its way to whoever consumes it.
    transparent: frozenset[str]
    arguments: frozenset[str]
    comprehension: frozenset[str]
    try_statement: str
    class_definition: frozenset[str]
    # A call's `name=value` argument, where the language has them (Python).
    keyword_argument: str | None = None
    # Parameters with a default value whose default is computed where the function is
    # defined (Python: `lambda r=requests.get(url): ...` runs the request right there),
    # not where it is called (TypeScript defaults run at each call).
    eager_defaults: frozenset[str] = frozenset()
    # Statements that call protocol methods of their operand (Python `for` calls
    # `__iter__` / `__next__`, `with` calls `__enter__` / `__exit__`).
    protocol_statements: frozenset[str] = frozenset()
    # Parameters whose default is computed at each call, in the function's own body
    # (TypeScript): the workflow function's defaults run on every replay.
    call_defaults: frozenset[str] = frozenset()
    # Methods every function has that make another function without calling it
    # (TypeScript's `fn.bind(thisArg)`); Python has none (`sock.bind(addr)` is a call).
    binding_methods: frozenset[str] = frozenset()
    # Places in a string literal that format a value as text (Python's f-string
    # `{x}`, TypeScript's template `${x}`): a value read there is never awaited.
    formatted: frozenset[str] = frozenset()


# links of a dotted name read before giving up (no real one is this long)
MAX_NAME_CHAIN = 40


DISJUNCTIONS = frozenset({"||", "or"})


# which verdict to keep when a handler's block can be read two ways
BEST_RETHROW_FIRST = (Rethrow.ALWAYS, Rethrow.GUARDED, Rethrow.AFTER_DURABLE, Rethrow.NEVER)


NEVER = Rethrow.NEVER


@dataclass
class HandlerWalk:
    """The suspension followed through some statements of a handler."""

    verdict: Rethrow | None  # where it leaves them; None: it falls off their end
    durable: bool  # a durable call may have run before
    gates: list[str]  # tests a rethrow it passed depends on (`attempt == last` is true)
    note: str | None = None  # how it is swallowed, when that depends on a path


# TypeScript destructuring patterns an assignment's target may nest its places in
DESTRUCTURING_PATTERNS = frozenset(
    {
        "object_pattern",
        "array_pattern",
        "pair_pattern",
        "object_assignment_pattern",
        "assignment_pattern",
        "rest_pattern",
    }
)


class FrontEnd:
    syntax: Syntax
    sdk_module: str  # how qualified names spell the SDK module
    # JavaScript's `fn.call(this, ...)` / `fn.apply(this, args)` / `fn.bind(this)(...)` /
    # `Reflect.apply(fn, ...)` run `fn`; Python has no such methods (pandas' `df.apply`)
    function_methods: bool = False
    sdk_submodules: tuple[str, ...] = ()  # `wmill.client`: the same names
    gather_names: frozenset[str]  # qualified names that await all their arguments
    scope_rules: ScopeRules
    name_syntax: NameSyntax
    semantic: SemanticModel

    def __init__(self, model: ScriptModel) -> None:
        self.model = model
        self.data = model.source.data
        self.plain_reads: bool | None = None  # `BodyWalker.plain_reads`, once asked
        self.spells_hooks: bool | None = None  # `BodyWalker.spells_attribute_hook`
        self.workspace_imports: bool | None = None  # `BodyWalker.imports_workspace`
        # local name -> qualified name, from every import in the file
        self.imports: dict[str, str] = {}
        # local name -> (concept, kind) for SDK names bound directly
        self.sdk_names: dict[str, tuple[str, BindingKind]] = {}
        # local names bound to the SDK module itself
        self.sdk_modules: set[str] = set()
        self.task_bindings: dict[str, TaskDef] = {}
        # a decorator of the file returning `task(...)(fn)` (by node id): the tasks it
        # makes of the functions it decorates (`add_decorated_tasks`)
        self.made_tasks: dict[int, list[TaskDef]] = {}
        self.top_functions = FunctionTable()
        self.sdk_by_local: dict[str, str] = {}
        self.sdk_aliases: dict[str, str] = {}  # module-level `t = task`: name -> concept
        self.sdk_memo: dict[tuple[str, Scope], tuple[str, BindingKind] | None] = {}
        # methods a subclass defined in another file overrides (see `walk_helper`)
        self.overridden_elsewhere: frozenset[str] = frozenset()
        # workspace modules the file takes SDK names from (`from f.common.wac import
        # task`), with the names each re-exports (see `workspace.imported.sdk_facade`)
        self.facades: dict[str, frozenset[str]] = {}
        # workspace modules the file imports whole (`import * as wac from "./wac.ts"`,
        # `from f.common import wac`), as qualified names spell them, with the SDK names
        # each re-exports: `wac.workflow` is the SDK's `workflow` reached through a module
        self.facade_modules: dict[str, frozenset[str]] = {}

    # ---- entry point -------------------------------------------------------
    def build(self) -> ScriptModel:
        root = self.model.tree.root_node
        self.collect_syntax_errors(root)
        self.collect_imports(root)
        self.model.in_scope = bool(self.model.bindings)
        if not self.model.in_scope:
            return self.model  # no WAC rule looks at a file that does not import the SDK
        self.prepare(root)
        for node in self.scan_identifiers(root):
            if self.reference(node):
                self.definition_at(node)
        self.add_decorated_tasks(root)
        for name in [wf.function.name for wf in self.model.workflows if wf.function] + [
            t.binding for t in self.model.tasks
        ]:
            self.top_functions.pop(name or "")  # not helpers the body "calls"
        self.add_task_aliases()
        wf = self.model.workflow
        if wf is not None and wf.function is not None and wf.function.body is not None:
            BodyWalker(self, wf.function).run(entry=True)
        record_durable_code(self.model, self.syntax.call, self.syntax.function)
        return self.model

    def add_task_aliases(self) -> None:
        """`charge_usd = charge` / `const chargeUsd = charge` at module level, bound once:
        another name of a task of the file, whose calls dispatch that task (the SDK names
        the step after the task's own function, whatever the name called); so does
        `charge_eur = functools.partial(charge, currency="EUR")`, whose calls pass the
        arguments it binds first (`TaskDef.bound`)."""
        module = self.semantic.module
        for _ in range(4):  # an alias of an alias, a few deep
            added = False
            for name, binding in module.bindings.items():
                value = binding.assigned_value
                if name in self.task_bindings or binding.rebound:
                    continue
                if value is None and binding.member and not binding.reassigned:
                    # `const { boardVessel: board } = proxyActivities({ boardVessel })`
                    value = self.destructured_member(binding.value, binding.member)
                if value is None:
                    continue
                bound = self.partial_of(value)
                if bound is not None:
                    value, positional, keywords = bound
                elif (
                    value.type not in self.syntax.identifier
                    and value.type != "shorthand_property_identifier"
                ):
                    continue
                task = self.task_bindings.get(self.text(value))
                if task is None:
                    continue
                self.task_bindings[name] = task
                task.aliases.append(name)
                if bound is not None or self.text(value) in task.bound:
                    before = task.bound.get(self.text(value), (0, ()))
                    now = (positional, keywords) if bound is not None else (0, ())
                    task.bound[name] = (before[0] + now[0], (*before[1], *now[1]))
                added = True
            if not added:
                return

    def promise_argument(self, function: Node, param: str, site: Span, walker: BodyWalker) -> bool:
        """The call of `function` at `site` gives `param` a Promise over durable calls
        (TypeScript's front-end answers; Python has no `.catch`)."""
        return False

    def destructured_member(self, value: Node | None, path: tuple[str, ...]) -> Node | None:
        """The expression at `path` of the object literal `value` builds (`{ a: x }`,
        `{ a }`), also through a name bound once to one and through a call of the file's
        function that returns its own first parameter unchanged (`proxyActivities<T>(impl:
        T): T { return impl; }`); else None."""
        for key in path:
            value = self.literal_object(value)
            if value is None:
                return None
            found = None
            for child in value.named_children:
                if child.type == "shorthand_property_identifier" and self.text(child) == key:
                    found = child
                elif child.type == "pair":
                    name = child.child_by_field_name("key")
                    if name is not None and self.text(name).strip("\"'") == key:
                        found = child.child_by_field_name("value")
                elif child.type == "spread_element":
                    found = None  # a spread after it may override it
            value = found
        return value

    def literal_object(self, value: Node | None, depth: int = 0) -> Node | None:
        while (
            value is not None
            and value.type
            in (
                "parenthesized_expression",
                "as_expression",
                "satisfies_expression",
                "non_null_expression",
            )
            and value.named_children
        ):
            value = value.named_children[0]
        if value is None or depth > 4:
            return None
        if value.type == "object":
            return value
        if value.type in self.syntax.identifier:
            binding = self.semantic.resolve(value, self.semantic.module)
            held = binding.assigned_value if binding is not None else None
            return self.literal_object(held, depth + 1) if held is not None else None
        if value.type in self.syntax.call:
            callee = self.callee(value)
            args = self.positional_args(value)
            if callee is None or not args or callee.type not in self.syntax.identifier:
                return None
            binding = self.semantic.resolve(callee, self.semantic.module)
            fn = binding.value if binding is not None and not binding.rebound else None
            if (
                fn is None
                or fn.type not in self.syntax.function
                or not self.returns_first_param(fn)
            ):
                return None
            return self.literal_object(args[0], depth + 1)
        return None

    def returns_first_param(self, fn: Node) -> bool:
        """The function's every `return` gives back its first parameter as it came (an
        arrow's expression body too), and nothing assigns to it."""
        params = self.function_info(fn).params
        body = fn.child_by_field_name("body")
        if not params or body is None:
            return False
        first = params[0].name
        if body.type != "statement_block":
            return self.text(body) == first
        returns = 0
        stack = list(body.named_children)
        while stack:
            node = stack.pop()
            if node.type in self.syntax.function:
                continue
            if node.type == "return_statement":
                value = node.named_children[0] if node.named_children else None
                if value is None or self.text(value) != first:
                    return False
                returns += 1
                continue
            if node.type in ("assignment_expression", "augmented_assignment_expression"):
                left = node.child_by_field_name("left")
                if left is not None and self.text(left).split(".")[0].split("[")[0] == first:
                    return False
            stack.extend(node.named_children)
        return returns > 0

    def partial_of(self, value: Node) -> tuple[Node, int, tuple[str, ...]] | None:
        """`functools.partial(charge, x, currency="EUR")`: the name it binds (an
        identifier), and how many positional and which keyword arguments; else None."""
        if value.type not in self.syntax.call:
            return None
        callee = self.callee(value)
        if callee is None:
            return None
        bound = self.bound_method(value, callee)
        if bound is not None:
            return bound
        if self.qualname(callee) != "functools.partial":
            return None
        args = value.child_by_field_name("arguments")
        if args is None:
            return None
        positional: list[Node] = []
        keywords: list[str] = []
        for child in args.named_children:
            if child.type == "keyword_argument":
                key = child.child_by_field_name("name")
                if key is not None:
                    keywords.append(self.text(key))
            elif child.type in ("list_splat", "dictionary_splat"):
                return None  # what it binds is not known
            elif child.type != "comment":
                positional.append(child)
        if not positional or positional[0].type not in self.syntax.identifier:
            return None
        return positional[0], len(positional) - 1, tuple(keywords)

    def bound_method(self, value: Node, callee: Node) -> tuple[Node, int, tuple[str, ...]] | None:
        """`send.bind(thisArg, a)`: JavaScript's `Function.prototype.bind`, a function
        that calls `send` with `a` first (as `functools.partial` does); the name it
        binds (an identifier) and how many arguments; None for anything else, or when a
        spread hides how many."""
        syntax = self.syntax
        if not self.function_methods or callee.type != syntax.attribute:
            return None
        attr = callee.child_by_field_name(syntax.attribute_name_field)
        target = callee.child_by_field_name("object")
        if attr is None or target is None or self.text(attr) != "bind":
            return None
        if target.type not in syntax.identifier:
            return None
        args = value.child_by_field_name("arguments")
        given = [c for c in args.named_children if c.type != "comment"] if args else []
        if any(c.type == "spread_element" for c in given):
            return None
        return target, max(len(given) - 1, 0), ()

    def prepare(self, root: Node) -> None:
        """Scopes, aliases and the file's top-level functions (before any walk)."""
        owner = weakref.ref(self.model)  # the model holds its scopes: no cycle back

        def index() -> NodeIndex | None:
            model = owner()
            return model.node_index if model is not None and model.tree.root_node == root else None

        scopes = Scopes(root, self.data, self.scope_rules, index, self.facades or None)
        self.semantic = SemanticModel(root, self.data, scopes, self.name_syntax)
        self.model.semantic = self.semantic
        self.collect_aliases()
        self.collect_top_functions(root)

    def swallowing_context(self, name: str, is_async: bool) -> bool:
        """Whether a module-level context manager of this file, by name, suppresses every
        exception leaving its `with` block (a language without `with`: never)."""
        return False

    def prepare_module(self) -> None:
        """Imports and scopes of a module read for what it does when imported."""
        root = self.model.tree.root_node
        self.collect_imports(root)
        self.prepare(root)

    def walk_helper(self, name: str, durable_params: bool = False) -> FunctionInfo | None:
        """Walk a top-level function of a helper module as if the workflow body ran it.

        For cross-file analysis: a workflow that calls `notify` imported from
        another script of the workspace runs `notify`'s code as body code. The
        calls it makes land in `model.body_calls` (their chain starts inside
        the helper). None when the file has no such function.
        """
        root = self.model.tree.root_node
        self.collect_syntax_errors(root)
        self.collect_imports(root)
        self.prepare(root)
        if self.model.bindings:
            # A helper module importing the SDK may define tasks (`@task() async def
            # send_email`, `const sendMail = task(...)`): a helper of it calling one
            # dispatches a child job, whose body is not body code. Recording them here
            # makes the walk skip their functions, as it does in a workflow script.
            for node in self.scan_identifiers(root):
                if self.reference(node):
                    self.definition_at(node)
        function = self.top_function(name)
        if function is None and name == "default":
            exported = self.default_export(root)
            if exported is not None:
                self.top_functions.add(name, exported)
                function = self.top_function(name)
        if function is None and "." not in name:
            # `export { roll as pickOne }`: a function of the module under another name
            local = self.exported_as(root, name)
            if local is not None:
                info = self.top_function(local)
                if info is not None:
                    self.top_functions.add(name, info.node)
                    function = self.top_function(name)
        if function is None and "." not in name:
            # `now = Clock.now`, `jitter = lambda: ...`, `lower = _pure` at module level
            aliased = self.module_alias(root, name)
            if aliased is not None:
                self.top_functions.add(name, aliased)
                function = self.top_function(name)
        if function is None and name.endswith(DECORATOR_PRODUCT):
            # `timed()`: the wrapper the decorator `timed` returns, which runs where a
            # function it decorates is called; `retrying()()`: the wrapper the decorator
            # a factory returns returns (`@retrying(3)`)
            base = name
            depth = 0
            while base.endswith(DECORATOR_PRODUCT) and depth < 3:
                base = base.removesuffix(DECORATOR_PRODUCT)
                depth += 1
            maker = self.top_function(base)
            product: tuple[Node, Scope] | None = None
            if maker is not None:
                product = (maker.node, self.semantic.module)
                for _ in range(depth):
                    product = BodyWalker(self, maker).returned_function(
                        (maker.name or name, product[0], product[1])
                    )
                    if product is None:
                        break
            if product is not None:
                self.top_functions.add(name, product[0])
                function = self.top_function(name)
        if function is None and name.startswith(ANONYMOUS_FUNCTION):
            # `register("hook", async (p) => ...)`: a function registered inline, named by
            # its place (see workspace.registries)
            inline = self.inline_function_at(root, name.removeprefix(ANONYMOUS_FUNCTION))
            if inline is not None:
                self.top_functions.add(name, inline)
                function = self.top_function(name)
        if function is None and name.endswith("." + FIELD_INITIALIZERS):
            return self.walk_class_fields(name.removesuffix("." + FIELD_INITIALIZERS))
        if function is None and "." in name:
            owner, _, member = name.partition(".")
            if owner.endswith(DECORATOR_PRODUCT):
                # `client = makeClient(base)` in the importer, then `client.send(...)`:
                # the member of the object literal the factory returns
                method = self.product_member(owner.removesuffix(DECORATOR_PRODUCT), member)
            else:
                method = self.top_level_method(root, owner, member)
            if method is not None:
                self.top_functions.add(name, method)
                function = self.top_function(name)
        if function is None or function.body is None:
            return None
        walker = BodyWalker(self, function)
        # `durable_params`: the caller hands it a durable call (`safely(() => task(x))`)
        walker.params_durable = durable_params
        walker.run(own_decorators=True)
        return function

    def walk_class_fields(self, owner: str) -> FunctionInfo | None:
        """Walk what building an instance of the module-level class `owner` runs beside
        its constructor (its field initializers, its dataclass fields' factories), as body
        code; the class stands for the function walked. None when it runs nothing."""
        binding = self.semantic.module.bindings.get(owner)
        if binding is None or binding.kind != NameKind.CLASS or binding.value is None:
            return None
        name = binding.value.child_by_field_name("name")
        body = binding.value.child_by_field_name("body")
        if name is None or body is None:
            return None
        info = FunctionInfo(owner, binding.value, body, False, [], True, Span.of(name))
        walker = BodyWalker(self, info)
        class_scope = walker.open_class(binding.value, binding.scope)
        if class_scope is None:
            return None
        walker.walk_class_members(binding.value, class_scope, owner, (), Span.of(name))
        if not walker.pending and not self.model.body_calls:
            return None
        walker.drain()
        return info

    @staticmethod
    def inline_function_at(root: Node, place: str) -> Node | None:
        """The lambda / arrow / function expression starting at `row:column`."""
        try:
            row, column = (int(part) for part in place.split(":"))
        except ValueError:
            return None
        node = root.descendant_for_point_range((row, column), (row, column))
        while node is not None and node.start_point == (row, column):
            if node.type in INLINE_FUNCTIONS:
                return node
            node = node.parent
        return None

    def module_alias(self, root: Node, name: str, depth: int = 0) -> Node | None:
        """The function a module-level name is bound to by assignment (its last
        binding): a lambda / arrow, another top-level function or alias, or a
        method of a module-level class or object (`now = Clock.now`)."""
        value: Node | None = None
        for stmt in root.named_children:
            if stmt.type == "export_statement":
                stmt = stmt.child_by_field_name("declaration") or stmt
            pairs: list[tuple[Node | None, Node | None]] = []
            if stmt.type in ("lexical_declaration", "variable_declaration"):
                pairs = [
                    (d.child_by_field_name("name"), d.child_by_field_name("value"))
                    for d in stmt.named_children
                ]
            elif stmt.type == self.syntax.expression_statement and stmt.named_children:
                assigned = stmt.named_children[0]
                if assigned.type == "assignment":
                    left = assigned.child_by_field_name("left")
                    pairs = [(left, assigned.child_by_field_name("right"))]
            for left, right in pairs:
                if left is not None and right is not None and self.text(left) == name:
                    value = right
        if value is None or depth > 8:
            return None
        if value.type in self.syntax.function:
            return value
        if value.type in self.syntax.identifier:
            info = self.top_function(self.text(value))
            if info is not None:
                return info.node
            return self.module_alias(root, self.text(value), depth + 1)
        if value.type in self.syntax.call:
            # `getUser = cached(async (id) => ...)`, `stamp = lru_cache(maxsize=1)(_stamp)`,
            # `alert = partial(_post, URL)`: the function a wrapper is given runs when the
            # wrapped name is called
            wrapper = value.child_by_field_name("function")
            while wrapper is not None and wrapper.type in self.syntax.call:
                wrapper = wrapper.child_by_field_name("function")  # `task()(_get)`
            if wrapper is None or self.resolve_sdk(wrapper) is not None:
                return None  # `task(...)` / `step(...)`: a durable call, not body code
            if self.sdk_concept_of(self.semantic.qualified_name(wrapper)) is not None:
                return None  # `wmill.task(...)`
            args = value.child_by_field_name("arguments")
            given = [a for a in args.named_children if a.type != "comment"] if args else []
            for arg in given:
                if arg.type in self.syntax.function:
                    return arg
            first = given[0] if given else None
            if first is not None and first.type in self.syntax.identifier:
                info = self.top_function(self.text(first))
                if info is not None:
                    return info.node
                aliased = self.module_alias(root, self.text(first), depth + 1)
                if aliased is not None:
                    return aliased
            # `send = make_sender(URL)`: the function the module's factory returns
            return self.factory_product(wrapper)
        if value.type == self.syntax.attribute:
            owner = value.child_by_field_name("object")
            member = value.child_by_field_name(self.syntax.attribute_name_field)
            if owner is not None and member is not None and owner.type in self.syntax.identifier:
                return self.top_level_method(root, self.text(owner), self.text(member))
        return None

    def factory_product(self, maker: Node) -> Node | None:
        """The function the module's function named `maker` returns (a lambda / arrow,
        or a function it defines inside)."""
        if maker.type not in self.syntax.identifier:
            return None
        info = self.top_function(self.text(maker))
        if info is None or info.body is None:
            return None
        product = BodyWalker(self, info).returned_function(
            (info.name or self.text(maker), info.node, self.semantic.module)
        )
        return product[0] if product is not None else None

    def exported_as(self, root: Node, name: str) -> str | None:
        """The local name an `export { local as name }` (no `from`) exports as `name`."""
        for stmt in root.named_children:
            if stmt.type != "export_statement" or stmt.child_by_field_name("source"):
                continue
            for clause in stmt.named_children:
                if clause.type != "export_clause":
                    continue
                for item in clause.named_children:
                    local = item.child_by_field_name("name")
                    alias = item.child_by_field_name("alias")
                    if local is not None and alias is not None and self.text(alias) == name:
                        return self.text(local)
        return None

    def default_export(self, root: Node) -> Node | None:
        """The function `export default` exports: declared there, written there (an
        arrow), or named there (`export default notify`)."""
        for stmt in root.named_children:
            if stmt.type != "export_statement" or not any(
                c.type == "default" for c in stmt.children
            ):
                continue
            value = stmt.child_by_field_name("declaration") or stmt.child_by_field_name("value")
            if value is None:
                return None
            if value.type in self.syntax.identifier:
                info = self.top_function(self.text(value))
                return info.node if info is not None else None
            return value if value.type in self.syntax.function else None
        return None

    def object_member(self, decl: Node, name: str, member: str) -> Node | None:
        """`const api = { post: async () => ..., async get() { ... } }`: the function
        `api.<member>` is."""
        for declarator in decl.named_children:
            declared = declarator.child_by_field_name("name")
            value = declarator.child_by_field_name("value")
            if declared is None or value is None or self.text(declared) != name:
                continue
            return self.object_entry(self.built_object(value), member)
        return None

    def built_object(self, value: Node) -> Node:
        """`createApi(base)` where the file's `createApi` ends by returning an object
        literal: that literal (its members are what the name holds); else `value`."""
        if value.type not in self.syntax.call:
            return value
        callee = value.child_by_field_name("function")
        info = self.top_function(self.text(callee)) if callee is not None else None
        body = info.body if info is not None else None
        returned = self.returned_object(body) if body is not None else None
        return returned if returned is not None else value

    def returned_object(self, body: Node) -> Node | None:
        """The object literal a function body returns: an arrow's `({ ... })`, or the
        only `return` of its block."""
        if body.type == "parenthesized_expression" and body.named_children:
            body = body.named_children[0]
        if body.type == "object":  # `const createApi = (base) => ({ ... })`
            return body
        returns = [c for c in body.named_children if c.type == "return_statement"]
        if len(returns) != 1 or not returns[0].named_children:
            return None
        returned = returns[0].named_children[0]
        while returned.type == "parenthesized_expression" and returned.named_children:
            returned = returned.named_children[0]
        return returned if returned.type == "object" else None

    def product_member(self, maker: str, member: str) -> Node | None:
        """The function `member` of the object literal the module's function `maker`
        returns (`return { send: async (b) => ... }`, `return { send }` of a function
        it declares inside, or of a module function)."""
        info = self.top_function(maker)
        if info is None and maker == "default":
            # `import makeMailer from "./mailer.ts"`: the factory the module exports by
            # default (`export default function makeMailer(...)`, `export default make`)
            exported = self.default_export(self.model.tree.root_node)
            if exported is not None:
                self.top_functions.add(maker, exported)
                info = self.top_function(maker)
        body = info.body if info is not None else None
        if body is not None:
            # `return class extends Base {...}` (a mixin): the method of the class returned
            for returned in self.returned_class_expressions(body):
                method = self.class_method(returned, member)
                if method is not None:
                    return method
        literal = self.returned_object(body) if body is not None else None
        if body is None or literal is None:
            return None
        for entry in literal.named_children:
            if entry.type != "shorthand_property_identifier" or self.text(entry) != member:
                continue
            for stmt in body.named_children:  # `function send(b) {...}` inside the factory
                if stmt.type == "function_declaration":
                    declared = stmt.child_by_field_name("name")
                    if declared is not None and self.text(declared) == member:
                        return stmt
                if stmt.type in ("lexical_declaration", "variable_declaration"):
                    for declarator in stmt.named_children:
                        declared = declarator.child_by_field_name("name")
                        value = declarator.child_by_field_name("value")
                        if (
                            declared is not None
                            and value is not None
                            and self.text(declared) == member
                            and value.type in self.syntax.function
                        ):
                            return value
        return self.object_entry(literal, member)

    def returned_class_expressions(self, body: Node) -> list[Node]:
        """The class expressions a function body returns (`return class extends Base
        {...}`; an arrow's expression body that is one), not those of nested functions."""
        if body.type == "class":
            return [body]
        out: list[Node] = []
        stack = list(body.named_children)
        while stack:
            node = stack.pop()
            if node.type in ("function_declaration", "function_expression", "arrow_function"):
                continue
            if node.type == "return_statement":
                out.extend(c for c in node.named_children if c.type == "class")
                continue
            stack.extend(node.named_children)
        return out

    def object_entry(self, value: Node | None, member: str) -> Node | None:
        """The function member `member` of an object literal is (or the method of a
        module-level class the value is an instance of: `client = ApiClient(...)`)."""
        made = self.instance_class(value)
        if made is not None:
            return self.class_method(made, member)
        if value is None or value.type not in ("object", "dictionary"):
            return None
        for entry in value.named_children:
            if entry.type == "shorthand_property_identifier":
                # `{ now, roll }`: the member is the module's function of that name
                if self.text(entry) != member:
                    continue
                info = self.top_function(member)
                return info.node if info is not None else None
            key = entry.child_by_field_name("key" if entry.type == "pair" else "name")
            if key is None or self.text(key).strip("\"'") != member:
                continue
            if entry.type == "method_definition":
                return entry
            function = entry.child_by_field_name("value")
            if function is not None and function.type in self.syntax.function:
                return function
            if function is not None and function.type in self.syntax.identifier:
                info = self.top_function(self.text(function))
                return info.node if info is not None else None
        return None

    def namespace_member(self, body: Node, member: str) -> Node | None:
        """The function a TypeScript namespace body exports as `member`
        (`export function say()`, `export const say = async () => ...`)."""
        for stmt in body.named_children:
            decl = (
                stmt.child_by_field_name("declaration") if stmt.type == "export_statement" else None
            )
            if decl is None:
                continue
            if decl.type in ("function_declaration", "generator_function_declaration"):
                name = decl.child_by_field_name("name")
                if name is not None and self.text(name) == member:
                    return decl
            elif decl.type in ("lexical_declaration", "variable_declaration"):
                for declarator in decl.named_children:
                    name = declarator.child_by_field_name("name")
                    value = declarator.child_by_field_name("value")
                    if name is None or value is None or self.text(name) != member:
                        continue
                    if value.type in self.syntax.function:
                        return value
        return None

    def top_level_method(
        self, root: Node, class_name: str, method: str, depth: int = 0
    ) -> Node | None:
        """The method `method` of the module-level class `class_name` (for a helper
        module whose class the workflow instantiates: `CrmClient().push`)."""
        for stmt in root.named_children:
            decl: Node | None = stmt
            if class_name == "default" and stmt.type == "export_statement":
                if any(c.type == "default" for c in stmt.children):
                    return self.default_member(root, stmt, method)
            if stmt.type in ("export_statement", "decorated_definition"):
                decl = stmt.child_by_field_name("declaration") or stmt.child_by_field_name(
                    "definition"
                )
            if decl is not None and decl.type in ("lexical_declaration", "variable_declaration"):
                found = self.object_member(decl, class_name, method)
                if found is not None:
                    return found
                continue
            if decl is not None and decl.type == "expression_statement" and decl.named_children:
                if decl.named_children[0].type == "internal_module":
                    decl = decl.named_children[0]  # `namespace Slack { ... }`, not exported
            if decl is not None and decl.type == "internal_module":
                # TypeScript `export namespace Slack { export async function say() {} }`
                name = decl.child_by_field_name("name")
                body = decl.child_by_field_name("body")
                if name is not None and body is not None and self.text(name) == class_name:
                    return self.namespace_member(body, method)
                continue
            if stmt.type == "expression_statement" and stmt.named_children:
                # Python's `API = {"post": _post, "get": lambda path: ...}`
                assigned = stmt.named_children[0]
                left = assigned.child_by_field_name("left")
                if assigned.type == "assignment" and left is not None:
                    if self.text(left) == class_name:
                        found = self.object_entry(assigned.child_by_field_name("right"), method)
                        if found is not None:
                            return found
                continue
            if decl is None or decl.type not in ("class_definition", "class_declaration"):
                continue
            name = decl.child_by_field_name("name")
            if name is None or self.text(name) != class_name:
                continue
            found = self.class_method(decl, method)
            if found is None and depth < 8:
                # inherited through a mixin of the module (`extends Paged(ApiBase)`): the
                # class it returns, then what it is handed
                found = self.mixin_method(root, decl, method, depth)
            if found is None and depth < 8:
                # inherited from a base class the module defines too
                for base in self.base_names(decl):
                    if base != class_name:
                        found = self.top_level_method(root, base, method, depth + 1)
                    if found is not None:
                        break
            return found
        return None

    def mixin_method(self, root: Node, decl: Node, method: str, depth: int) -> Node | None:
        """`method` of a class declaration's mixin bases (`extends Paged(ApiBase)`, `Paged`
        a function of the module returning `class extends Base {...}`): the returned
        class's, else that of the classes handed to the mixin (nested mixins too)."""
        calls: list[Node] = []
        for child in decl.children:
            if child.type == "class_heritage":
                for clause in child.named_children:
                    value = clause.child_by_field_name("value")
                    if clause.type == "extends_clause" and value is not None:
                        calls.append(value)
        while calls:
            call = calls.pop(0)
            if call.type not in self.syntax.call:
                continue
            callee = call.child_by_field_name("function")
            if callee is None or callee.type not in self.syntax.identifier:
                continue
            found = self.product_member(self.text(callee), method)
            if found is not None:
                return found
            for arg in self.positional_args(call):
                if arg.type in self.syntax.identifier:
                    found = self.top_level_method(root, self.text(arg), method, depth + 1)
                    if found is not None:
                        return found
                else:
                    calls.append(arg)
        return None

    def base_names(self, decl: Node) -> list[str]:
        """The plain names of the classes a class declaration extends."""
        bases: list[Node] = []
        supers = decl.child_by_field_name("superclasses")
        if supers is not None:
            bases = [b for b in supers.named_children if b.type != "keyword_argument"]
        for child in decl.children:
            if child.type == "class_heritage":
                for clause in child.named_children:
                    value = clause.child_by_field_name("value")
                    if clause.type == "extends_clause" and value is not None:
                        bases.append(value)
        return [self.text(b) for b in bases if b.type in self.syntax.identifier]

    def default_member(self, root: Node, stmt: Node, method: str) -> Node | None:
        """The member `method` of what `export default` exports: an object literal
        (`export default { notify, post: (...) => ... }`), a class declared there
        (named or not), or a module-level class / object named there
        (`export default Ticker`)."""
        declared = stmt.child_by_field_name("declaration")
        if declared is not None and declared.type in ("class_declaration", "class"):
            return self.class_method(declared, method)
        value = stmt.child_by_field_name("value")
        if value is None:
            return None
        if value.type == "class":
            return self.class_method(value, method)
        if value.type in self.syntax.identifier:
            named = self.text(value)
            return None if named == "default" else self.top_level_method(root, named, method)
        return self.object_entry(self.built_object(value), method)

    def instance_class(self, value: Node | None) -> Node | None:
        """The module-level class `value` builds: `ApiClient(...)` / `new Db(...)`."""
        if value is None or not (value.type in self.syntax.call or value.type in self.syntax.new):
            return None
        field = "constructor" if value.type in self.syntax.new else "function"
        ctor = value.child_by_field_name(field)
        if ctor is not None and ctor.type == self.syntax.attribute and field == "function":
            return self.factory_class(ctor)
        if ctor is None or ctor.type not in self.syntax.identifier:
            return None
        made = self.module_class(self.text(ctor))
        if made is None and field == "function":
            # `client = make_client(url)` of a module function returning `Client(url)`
            made = self.returned_module_class(self.text(ctor))
        return made

    def returned_module_class(self, maker: str) -> Node | None:
        """The module-level class the module's function `maker` returns an instance of
        (`return Client(url)`, `return new Client(url)`), the first its `return`s build."""
        info = self.top_function(maker)
        if info is None or info.body is None:
            return None
        for made in self.own_returns(info.body):
            while made.type in self.syntax.awaits and made.named_children:
                made = made.named_children[-1]
            if not (made.type in self.syntax.call or made.type in self.syntax.new):
                continue
            field = "constructor" if made.type in self.syntax.new else "function"
            ctor = made.child_by_field_name(field)
            if ctor is not None and ctor.type in self.syntax.identifier:
                found = self.module_class(self.text(ctor))
                if found is not None:
                    return found
        return None

    def factory_class(self, callee: Node) -> Node | None:
        """`Api.create(base)`: the module-level class `Api`, when that method of it (a
        static / class method) returns an instance of it (`return new Api(base)`, `return
        new this(base)`, `return cls(base)`)."""
        owner = callee.child_by_field_name("object")
        member = callee.child_by_field_name(self.syntax.attribute_name_field)
        if owner is None or member is None or owner.type not in self.syntax.identifier:
            return None
        decl = self.module_class(self.text(owner))
        method = self.class_method(decl, self.text(member)) if decl is not None else None
        body = method.child_by_field_name("body") if method is not None else None
        if method is None or body is None:
            return None
        first = self.first_parameter(method)
        own = {self.text(owner), "this", *((self.text(first),) if first is not None else ())}
        for made in self.own_returns(body):
            while made.type in self.syntax.awaits and made.named_children:
                made = made.named_children[-1]
            if made.type in self.syntax.call or made.type in self.syntax.new:
                field = "constructor" if made.type in self.syntax.new else "function"
                ctor = made.child_by_field_name(field)
                if ctor is not None and self.text(ctor) in own:
                    return decl
        return None

    def own_returns(self, body: Node) -> list[Node]:
        """The values `return` statements of a function body give back, its nested
        functions' and classes' left out."""
        return [
            ret.named_children[0] for ret in self.own_return_statements(body) if ret.named_children
        ]

    def own_return_statements(self, body: Node) -> list[Node]:
        """The `return` statements of a function body, its nested functions' and
        classes' left out, in the order a depth-first walk from the end meets them."""
        found: list[Node] = []
        stack = [body]
        while stack:
            node = stack.pop()
            if node.type in self.syntax.function or node.type in self.syntax.class_definition:
                continue  # a nested function's own returns
            if node.type in self.syntax.returns:
                found.append(node)
                continue
            stack.extend(node.named_children)
        return found

    def ignores_argument(self, call: Node, argument: Node) -> bool:
        """Whether the function or class of the file that `call` runs never reads the
        parameter `argument` is given (TypeScript only)."""
        return False

    def module_class(self, wanted: str) -> Node | None:
        """The class the module declares at its top level under the name `wanted`."""
        for stmt in self.model.tree.root_node.named_children:
            decl = stmt
            if stmt.type in ("export_statement", "decorated_definition"):
                decl = (
                    stmt.child_by_field_name("declaration")
                    or stmt.child_by_field_name("definition")
                    or stmt
                )
            if decl.type in ("class_definition", "class_declaration"):
                name = decl.child_by_field_name("name")
                if name is not None and self.text(name) == wanted:
                    return decl
        return None

    def class_method(self, decl: Node, method: str) -> Node | None:
        """The method `method` a class body defines (static or not)."""
        body = decl.child_by_field_name("body")
        for member in body.named_children if body is not None else ():
            if member.type == "decorated_definition":
                member = member.child_by_field_name("definition") or member
            if member.type not in ("function_definition", "method_definition"):
                continue
            member_name = member.child_by_field_name("name")
            if member_name is not None and self.text(member_name) == method:
                return member
        return None

    def scan_identifiers(self, root: Node) -> list[Node]:
        """WAC references and calls of `main`, found from the source text.

        A regular expression finds the few places the relevant names occur and
        the tree gives the node there, so identifiers that cannot matter are
        never visited. Returns the references (a bare SDK name, or a whole
        `module.name` chain) in source order; calls of `main` go into the model.
        """
        names = {n.encode() for n in (*self.sdk_names, *self.sdk_aliases)}
        modules = {n.encode() for n in self.sdk_modules}
        refs: list[Node] = []
        data = self.data
        for start, end in whole_words(data, frozenset(names | modules | {b"main"})):
            node = (
                self.model.node_at(start, end)
                if root.id == self.model.tree.root_node.id
                else root.descendant_for_byte_range(start, end)
            )
            if node is None or node.type not in self.syntax.identifier:
                continue  # inside a string, a comment, or part of a longer name
            if node.start_byte != start or node.end_byte != end:
                continue
            text = data[start:end]
            if text in names:
                refs.append(node)
            elif text in modules:
                parent = node.parent
                if parent is not None and self.resolve_sdk(parent) is not None:
                    refs.append(parent)
            else:
                parent = node.parent
                if parent is not None and parent.type in self.syntax.call:
                    if self.callee(parent) == node:
                        self.model.main_calls.append(Span.of(parent))
        self.model.main_calls.sort(key=lambda span: span.start_byte)
        return sorted(refs, key=lambda n: n.start_byte)

    def reference(self, node: Node) -> bool:
        """Record a use of a WAC name; False for names inside import statements."""
        parent = self.model.parent_of(node)
        if parent is None or parent.type in self.import_parts:
            return False
        if node.type in self.syntax.identifier and parent.type == self.syntax.attribute:
            return False  # `x.task` is some other object's attribute
        sdk = self.resolve_sdk(node)
        if sdk is None:
            return False
        concept, kind = sdk
        self.model.references.append(
            SdkReference(concept, self.sdk_names_by_concept[concept], kind, Span.of(node), node)
        )
        return True

    # ---- hooks each language implements -------------------------------------
    def collect_imports(self, root: Node) -> None:
        raise NotImplementedError

    import_parts: frozenset[str]  # node types inside import statements
    sdk_names_by_concept: dict[str, str]

    def collect_top_functions(self, root: Node) -> None:
        raise NotImplementedError

    def top_function(self, name: str) -> FunctionInfo | None:
        """A top-level function of the file by name, its details worked out once."""
        table = self.top_functions
        info = table.infos.get(name)
        if info is None and name in table.nodes:
            info = table.infos[name] = self.function_info(table.nodes[name])
        return info

    def definition_at(self, ref: Node) -> None:
        """A workflow or task defined where this WAC name is used, if any."""
        raise NotImplementedError

    def add_decorated_tasks(self, root: Node) -> None:
        """Tasks made by a decorator of the file that wraps the SDK's (Python)."""
        return None

    def is_name_chain(self, node: Node) -> bool:
        """`time`, `self.loader`, `os.environ`: names and attributes only, which reading
        runs nothing of their own (a property aside)."""
        syntax = self.syntax
        for _ in range(MAX_NAME_CHAIN):
            if node.type in syntax.identifier or node.type in ("this", "self"):
                return True
            if node.type != syntax.attribute:
                return False
            obj = node.child_by_field_name("object")
            if obj is None:
                return False
            node = obj
        return False

    def callee(self, call: Node) -> Node | None:
        return call.child_by_field_name("function")

    raise_statement: str  # the statement that raises: `raise` / `throw`

    def returns_rejection_of(self, stmt: Node, caught: str | None) -> bool:
        """A statement that hands the caught error on without raising it
        (TypeScript's `return Promise.reject(e)`); Python has none."""
        return False

    def rethrow_in(
        self,
        block: Node,
        caught: str | None,
        walker: BodyWalker,
        scope: Scope,
        depth: int = 0,
        start: int = 0,
    ) -> Rethrow:
        """Does a handler's block re-raise what it caught (`caught`: the name it is
        bound to), and before doing anything durable?"""
        return self.handler_verdict(block, caught, walker, scope, depth, start)[0]

    def handler_verdict(
        self,
        block: Node,
        caught: str | None,
        walker: BodyWalker,
        scope: Scope,
        depth: int = 0,
        start: int = 0,
    ) -> tuple[Rethrow, str | None]:
        """`rethrow_in`, and when the suspension can be swallowed on one path of the
        handler only, how (a clause for the message: which test leads there)."""
        saved, saved_values = self.error_names, self.error_values
        self.error_names = self.names_from_error(block, caught)
        self.error_values = self.values_from_error(block, caught)
        try:
            walk = self.walk_handler(
                block.named_children, start, caught, walker, scope, depth, False
            )
        finally:
            self.error_names, self.error_values = saved, saved_values
        gates = " and ".join(walk.gates)
        verb = "rethrows" if self.raise_statement == "throw_statement" else "re-raises"
        if walk.verdict is None:
            return NEVER, (
                f"{verb} it only when {gates}; otherwise the handler carries on" if gates else None
            )
        if walk.verdict == NEVER and gates:
            return NEVER, f"{verb} it only when {gates}; otherwise it {walk.note}"
        return walk.verdict, walk.note

    def walk_handler(
        self,
        stmts: list[Node],
        start: int,
        caught: str | None,
        walker: BodyWalker,
        scope: Scope,
        depth: int,
        durable_before: bool,
        nested: bool = False,
    ) -> HandlerWalk:
        """Follow the suspension through a handler's statements: the verdict where it
        leaves them (None: it falls off their end), whether a durable call ran first,
        and the tests that gate a rethrow it may not take."""
        gates: list[str] = []
        for index in range(start, len(stmts)):
            stmt = stmts[index]
            if stmt.type == "comment":
                continue
            alias = self.alias_of(stmt, caught)
            if alias is not None:
                # `const err = e as Error`: the rest may rethrow either name
                walks = [
                    self.walk_handler(
                        stmts, index + 1, name, walker, scope, depth, durable_before, nested
                    )
                    for name in (alias, caught)
                ]
                best = min(walks, key=lambda w: BEST_RETHROW_FIRST.index(w.verdict or NEVER))
                return HandlerWalk(best.verdict, best.durable, gates + best.gates, best.note)
            if stmt.type == self.raise_statement:
                if not self.raises_caught(stmt, caught):
                    # another exception replaces the suspension
                    note = f"raises another exception on line {stmt.start_point[0] + 1}"
                    return HandlerWalk(
                        NEVER, durable_before, gates, note if nested or gates else None
                    )
                verdict = Rethrow.AFTER_DURABLE if durable_before else Rethrow.ALWAYS
                return HandlerWalk(verdict, durable_before, gates)
            guarded = Rethrow.AFTER_DURABLE if durable_before else Rethrow.GUARDED
            if stmt.type == "if_statement":
                condition = stmt.child_by_field_name("condition")
                consequence = stmt.child_by_field_name("consequence")
                helper = (
                    self.helper_truth(condition, caught, walker, scope, depth)
                    if condition is not None
                    else None
                )
                if (
                    condition is not None
                    and consequence is not None
                    and helper is not False  # `!isSuspend(e)`: false for it, whatever it calls
                    and (helper is True or self.passes_suspension(condition, caught))
                    and self.starts_with_raise(consequence, caught)
                ):
                    return HandlerWalk(guarded, durable_before, gates)
                otherwise = self.else_body(stmt)
                if (
                    condition is not None
                    and otherwise is not None
                    and (self.false_for_suspension(condition, caught) or helper is False)
                    and self.starts_with_raise(otherwise, caught)
                ):
                    # `if (e.name === "TaskError") {...} else { throw e }`
                    return HandlerWalk(guarded, durable_before, gates)
                if condition is not None and consequence is not None:
                    branched = self.walk_if(
                        stmt, condition, consequence, caught, walker, scope, depth, durable_before
                    )
                    if branched.verdict is not None:
                        return HandlerWalk(branched.verdict, branched.durable, gates, branched.note)
                    gates += branched.gates
                    durable_before = branched.durable
                    continue
            if self.switch_rethrows(stmt, caught):
                return HandlerWalk(guarded, durable_before, gates)
            path = self.switch_path(stmt, caught, stmts[index + 1 :])
            if path is not None:
                # `switch (true) { case e instanceof TypeError: ...; default: throw e }`:
                # the clause the suspension enters, then what follows the switch
                walk = self.walk_handler(
                    path, 0, caught, walker, scope, depth, durable_before, nested
                )
                return HandlerWalk(walk.verdict, walk.durable, gates + walk.gates, walk.note)
            if self.returns_rejection_of(stmt, caught):
                # `return Promise.reject(e)` in an async handler rejects with `e`: a rethrow
                verdict = Rethrow.AFTER_DURABLE if durable_before else Rethrow.ALWAYS
                return HandlerWalk(verdict, durable_before, gates)
            if stmt.type in ("return_statement", "continue_statement", "break_statement"):
                word = stmt.type.split("_", 1)[0]
                note = f"leaves through the `{word}` on line {stmt.start_point[0] + 1}"
                return HandlerWalk(NEVER, durable_before, gates, note if nested or gates else None)
            if self.guard_helper_rethrows(stmt, caught, walker, scope, depth):
                return HandlerWalk(guarded, durable_before, gates)
            if walker.holds_durable(stmt, scope):
                durable_before = True
        return HandlerWalk(None, durable_before, gates)

    def walk_if(
        self,
        stmt: Node,
        condition: Node,
        consequence: Node,
        caught: str | None,
        walker: BodyWalker,
        scope: Scope,
        depth: int,
        durable_before: bool,
    ) -> HandlerWalk:
        """An `if` in a handler that is no suspension guard: the branches the suspension
        can take (by what the test is for it: true, false, or either) and what each does.
        One that leaves without re-raising swallows it; a rethrow in a branch it may not
        take is a gate (`if attempt == last: raise`)."""
        truth = self.helper_truth(condition, caught, walker, scope, depth)
        if truth is None:
            truth = self.suspension_truth(condition, caught)
        known = truth is not None
        if truth is None and self.tests_error(condition):
            truth = False  # a test of the error we cannot read: taken as not its own
        shown = " ".join(self.text(self.without_parentheses(condition)).split())
        if len(shown) > 60:
            shown = shown[:57] + "..."
        branches: list[tuple[bool, Node | None]] = []
        if truth is not False:
            branches.append((True, consequence))
        if truth is not True:
            alternatives = stmt.children_by_field_name("alternative")
            plain_else = self.else_body(stmt)
            if alternatives and plain_else is not None and len(alternatives) == 1:
                branches.append((False, plain_else))
            elif alternatives:
                # `elif` chains: each test read like the `if`'s; a body whose test is
                # false for the suspension is not taken, one whose test is true ends
                # the chain
                reached_end = True
                for alt in alternatives:
                    test = alt.child_by_field_name("condition")
                    body = alt.child_by_field_name("consequence") or alt.child_by_field_name("body")
                    if body is None:
                        inner = [c for c in alt.named_children if c.type != "comment"]
                        body = inner[-1] if inner else None
                    if test is None:  # the final `else`
                        branches.append((False, body))
                        reached_end = False
                        break
                    alt_truth = self.suspension_truth(test, caught)
                    if alt_truth is None and self.tests_error(test):
                        alt_truth = False
                    if alt_truth is False:
                        continue
                    branches.append((False, body))
                    if alt_truth is True:
                        reached_end = False
                        break
                if reached_end:
                    branches.append((False, None))
            else:
                branches.append((False, None))
        walks: list[tuple[bool, HandlerWalk]] = []
        for taken, body in branches:
            if body is None:
                walks.append((taken, HandlerWalk(None, durable_before, [])))
                continue
            inner = self.branch_statements(body)
            walks.append(
                (
                    taken,
                    self.walk_handler(
                        inner, 0, caught, walker, scope, depth, durable_before, nested=True
                    ),
                )
            )
        durable = any(w.durable for _, w in walks)

        def when(taken: bool) -> str:
            if known:
                return f"as `{shown}` is {'true' if truth else 'false'} for it"
            return f"`{shown}` is {'true' if taken else 'false'}"

        for taken, walk in walks:
            if walk.verdict == NEVER:
                how = walk.note or "goes on without it"
                condition_ = when(taken) if known else f"when {when(taken)}"
                return HandlerWalk(NEVER, durable, [], f"{condition_}, {how}")
        falls = [w for _, w in walks if w.verdict is None]
        if not falls:
            verdicts = [w.verdict for _, w in walks]
            if Rethrow.AFTER_DURABLE in verdicts:
                return HandlerWalk(Rethrow.AFTER_DURABLE, durable, [])
            return HandlerWalk(Rethrow.GUARDED, durable, [])
        gates = [when(taken) for taken, w in walks if w.verdict is not None]
        if known:
            # the rethrow is in the branch the suspension never takes
            untaken = self.else_body(stmt) if truth else consequence
            if untaken is not None and self.starts_with_raise(untaken, caught):
                gates.append(f"`{shown}` is {'false' if truth else 'true'} (never, for it)")
        for w in falls:
            gates += w.gates
        return HandlerWalk(None, durable, gates)

    def suspension_entry(self, stmts: list[Node], caught: str | None) -> list[Node] | None:
        """The statements of a handler the suspension runs first, past the `if` tests
        at its head that call nothing and are known for it (`if (e instanceof Error &&
        e.message) { await alert(...); ... }`: the branch; `if (e.status === 429) {...}`:
        what follows); None when no such test leads it elsewhere."""
        moved = False
        for _round in range(8):
            body = [c for c in stmts if c.type != "comment"]
            if not body or body[0].type != "if_statement":
                break
            stmt = body[0]
            condition = stmt.child_by_field_name("condition")
            consequence = stmt.child_by_field_name("consequence")
            if condition is None or consequence is None or self.calls_in(condition):
                break
            truth = self.suspension_truth(condition, caught)
            if truth is None:
                break
            if truth:
                stmts = self.branch_statements(consequence) + body[1:]
            elif stmt.child_by_field_name("alternative") is None:
                stmts = body[1:]
            else:
                otherwise = self.else_body(stmt)
                if otherwise is None:
                    break  # an `else if` chain: left to the walk
                stmts = self.branch_statements(otherwise) + body[1:]
            moved = True
        return stmts if moved else None

    def calls_in(self, node: Node) -> bool:
        """Any call in `node` (a loop, not recursion: conditions can nest deep)."""
        stack = [node]
        while stack:
            current = stack.pop()
            if current.type in self.syntax.call:
                return True
            stack.extend(current.named_children)
        return False

    def branch_statements(self, body: Node) -> list[Node]:
        """The statements of an `if` branch: a block's, or the single statement."""
        if body.type in ("block", "statement_block"):
            return list(body.named_children)
        if body.type == "else_clause":
            inner = [c for c in body.named_children if c.type != "comment"]
            if len(inner) == 1:
                return self.branch_statements(inner[0])
            return inner
        return [body]

    def suspension_truth(self, condition: Node, caught: str | None) -> bool | None:
        """What a handler's test is for the SDK's suspension: true, false, or not known
        (`walk_if` takes an unknown test of the caught error, `msg.includes("declined")`,
        as false: it picks out real failures, which the suspension is not like; a test
        of something else, a counter or an input, can go either way)."""
        if self.passes_suspension(condition, caught) or self.holds_for_suspension(
            condition, caught
        ):
            return True
        if self.false_for_suspension(condition, caught):
            return False
        return None

    def tests_error(self, condition: Node) -> bool:
        """The test reads the caught error, or a name the handler built from it."""
        text = self.text(condition)
        return any(
            re.search(rf"(?<![\w$.]){re.escape(n)}(?![\w$])", text) for n in self.error_names
        )

    error_names: frozenset[str] = frozenset()  # the caught error and names built from it
    # names the handler binds once, from the caught error, to what they are bound to
    # (`const msg = e instanceof Error ? e.message : String(e)`)
    error_values: dict[str, Node] = {}  # replaced, never changed in place

    def values_from_error(self, block: Node, caught: str | None) -> dict[str, Node]:
        """The names `names_from_error` finds, bound once in the handler's block: what
        each is bound to."""
        if caught is None:
            return {}
        seen: dict[str, Node] = {}
        twice: set[str] = set()
        for target, value in self.handler_assignments(block):
            if target in seen:
                twice.add(target)
            seen[target] = value
        return {
            name: value
            for name, value in seen.items()
            if name not in twice and name != caught and name in self.error_names
        }

    def names_from_error(self, block: Node, caught: str | None) -> frozenset[str]:
        """The caught name and the names the handler assigns from it (`const msg =
        String(err?.message)`, `code = getattr(e, "code", None)`)."""
        if caught is None:
            return frozenset()
        names = {caught}
        assigns = [n for n in self.handler_assignments(block) if n[0] not in names]
        changed = True
        while changed:
            changed = False
            for target, value in assigns:
                if target in names:
                    continue
                text = self.text(value)
                if any(re.search(rf"(?<![\w$.]){re.escape(n)}(?![\w$])", text) for n in names):
                    names.add(target)
                    changed = True
        return frozenset(names)

    def handler_assignments(self, block: Node) -> list[tuple[str, Node]]:
        """`name = value` / `const name = value` statements of a handler's block."""
        found: list[tuple[str, Node]] = []
        for stmt in block.named_children:
            node = stmt.named_children[0] if stmt.named_children else None
            if stmt.type in ("lexical_declaration", "variable_declaration"):
                node = stmt.named_children[0] if stmt.named_children else None
            if node is None:
                continue
            target = node.child_by_field_name("left") or node.child_by_field_name("name")
            value = node.child_by_field_name("right") or node.child_by_field_name("value")
            if target is not None and value is not None and target.type == "identifier":
                found.append((self.text(target), value))
        return found

    def holds_for_suspension(self, condition: Node, caught: str | None) -> bool:
        """A test the suspension passes that is no guard of it (`e instanceof Error`)."""
        return False

    def guard_helper_rethrows(
        self, stmt: Node, caught: str | None, walker: BodyWalker, scope: Scope, depth: int
    ) -> bool:
        """`rethrowIfSuspend(e)` / `reraise_suspension(exc)`: a call, as a statement, of a
        function of this file handed the caught error, whose own body re-raises that
        parameter (unconditionally or behind a suspension guard) before anything else."""
        if caught is None or depth >= 3 or stmt.type != self.syntax.expression_statement:
            return False
        call = stmt.named_children[0] if stmt.named_children else None
        if call is None or call.type not in self.syntax.call:
            return False
        callee = self.callee(call)
        found = walker.local_function(callee, scope) if callee is not None else None
        if found is None:
            return callee is not None and self.imported_guard(call, callee, caught, walker, scope)
        _, function, outer = found
        info = self.function_info(function)
        if info.body is None or info.is_async:
            return False  # an async helper's throw rejects a promise nobody awaits here
        params = [p for p in info.params if p.name not in ("self", "cls")]
        for index, arg in enumerate(self.positional_args(call)):
            if self.text(arg) != caught or index >= len(params):
                continue
            inner = self.semantic.scope_of_function(function, outer)
            verdict = self.rethrow_in(info.body, params[index].name, walker, inner, depth + 1)
            return verdict in (Rethrow.ALWAYS, Rethrow.GUARDED)
        return False

    def imported_guard(
        self,
        call: Node,
        callee: Node,
        caught: str | None,
        walker: BodyWalker,
        scope: Scope,
        predicate: bool = False,
    ) -> bool:
        """`rethrowSuspend(e)` / `if (isSuspend(e)) throw e` where the helper is a
        function another module of the workspace defines: read there the same way."""
        if caught is None or not walker.imported_name(callee, scope):
            return False
        position = next(
            (i for i, arg in enumerate(self.positional_args(call)) if self.text(arg) == caught),
            None,
        )
        if position is None:
            return False
        from wac_lint.frontends import helper_guard
        from wac_lint.workspace.imported import imported_function

        found = imported_function(self.model, callee)
        if found is None:
            return False
        source, name = found
        return helper_guard(source, name, position, predicate)

    def alias_of(self, stmt: Node, caught: str | None) -> str | None:
        """The name a statement binds to the caught error itself (`const err = e as
        Error`), if that is all it does."""
        return None

    def else_body(self, stmt: Node) -> Node | None:
        """The plain `else` branch of an if statement (not an `elif`)."""
        alt = stmt.child_by_field_name("alternative")
        if alt is None or alt.type != "else_clause":
            return None
        body = alt.child_by_field_name("body")
        if body is not None:
            return body
        inner = [c for c in alt.named_children if c.type != "comment"]
        return inner[0] if len(inner) == 1 else None

    def switch_rethrows(self, stmt: Node, caught: str | None) -> bool:
        """A `switch` on the caught error's name that rethrows the suspension."""
        return False

    def switch_path(self, stmt: Node, caught: str | None, after: list[Node]) -> list[Node] | None:
        """The statements the suspension runs from a `switch (true)` on: the first clause
        whose test is true for it (every test before it known to be false), falling
        through to the next `break`, then `after`; None when a test is not known."""
        return None

    def false_for_suspension(self, condition: Node, caught: str | None) -> bool:
        """Is this test false for the SDK's suspension (so an `else` that re-raises
        lets it through)?"""
        return False

    def helper_truth(
        self, condition: Node, caught: str | None, walker: BodyWalker, scope: Scope, depth: int
    ) -> bool | None:
        """What a test calling a suspension predicate of the file is for the suspension:
        true for `isSuspend(e)`, false for its negation `!isSuspend(e)` / `not
        is_suspend(e)`; None for any other test."""
        condition = self.without_parentheses(condition)
        negated = self.negated(condition)
        if negated is not None:
            inner = self.without_parentheses(negated)
            if inner.type in self.syntax.call and self.predicate_helper_passes(
                inner, caught, walker, scope, depth
            ):
                return False
            return None
        if condition.type in self.syntax.call and self.predicate_helper_passes(
            condition, caught, walker, scope, depth
        ):
            return True
        return None

    def negated(self, node: Node) -> Node | None:
        """`x` of `!x` / `not x`, else None."""
        if node.type == "not_operator":
            return node.child_by_field_name("argument")
        if node.type == "unary_expression":
            op = node.child_by_field_name("operator")
            if op is not None and self.text(op) == "!":
                return node.child_by_field_name("argument")
        return None

    def predicate_helper_passes(
        self, condition: Node, caught: str | None, walker: BodyWalker, scope: Scope, depth: int
    ) -> bool:
        """`if (isSuspend(e)) throw e`: a guard calling a sync function of this file,
        handed the caught error, whose body only returns a test that is true for the
        suspension (read with `passes_suspension` on the helper's parameter)."""
        if caught is None or depth >= 3:
            return False
        while condition.type == "parenthesized_expression" and condition.named_child_count == 1:
            condition = condition.named_children[0]
        if condition.type not in self.syntax.call:
            return False
        callee = self.callee(condition)
        found = walker.local_function(callee, scope) if callee is not None else None
        if found is None:
            return callee is not None and self.imported_guard(
                condition, callee, caught, walker, scope, predicate=True
            )
        _, function, _ = found
        info = self.function_info(function)
        if info.body is None or info.is_async:
            return False
        returned = self.sole_returned_value(info.body)
        if returned is None:
            return False
        params = [p for p in info.params if p.name not in ("self", "cls")]
        for index, arg in enumerate(self.positional_args(condition)):
            if self.text(arg) == caught and index < len(params):
                return self.passes_suspension(returned, params[index].name)
        return False

    def sole_returned_value(self, body: Node) -> Node | None:
        """The value a function body returns when returning is all it does (an arrow's
        expression body, or a block whose only statement, past a docstring, is `return x`)."""
        if body.type not in ("block", "statement_block"):
            return body
        stmts = [c for c in body.named_children if c.type != "comment"]
        if stmts and self.is_docstring(stmts[0]):
            stmts = stmts[1:]
        if len(stmts) != 1 or stmts[0].type != "return_statement":
            return None
        values = [c for c in stmts[0].named_children if c.type != "comment"]
        return values[0] if len(values) == 1 else None

    @staticmethod
    def is_docstring(stmt: Node) -> bool:
        return (
            stmt.type == "expression_statement"
            and stmt.named_child_count == 1
            and stmt.named_children[0].type == "string"
        )

    def raises_caught(self, stmt: Node, caught: str | None) -> bool:
        """Does this raise statement re-raise the caught exception itself?"""
        raise NotImplementedError

    def starts_with_raise(self, block: Node, caught: str | None) -> bool:
        """Does this block begin by re-raising the caught exception?"""
        raise NotImplementedError

    def passes_suspension(self, condition: Node, caught: str | None) -> bool:
        """Is this guard true for the SDK's suspension (so its re-raise lets it through)?"""
        raise NotImplementedError

    def either_operand_passes(self, condition: Node, caught: str | None) -> bool:
        """`a or b` / `a || b` is true for the suspension when either side is (a
        conjunction is each language's to read whole)."""
        if condition.type not in LOGICAL_EXPRESSIONS:
            return False
        op = condition.child_by_field_name("operator")
        left = condition.child_by_field_name("left")
        right = condition.child_by_field_name("right")
        return (
            op is not None
            and left is not None
            and right is not None
            and self.text(op) in DISJUNCTIONS
            and (self.passes_suspension(left, caught) or self.passes_suspension(right, caught))
        )

    @staticmethod
    def without_parentheses(node: Node) -> Node:
        while node.type == "parenthesized_expression" and node.named_child_count == 1:
            node = node.named_children[0]
        return node

    def positional_args(self, call: Node) -> list[Node]:
        raise NotImplementedError

    def keyword_arg(self, call: Node, name: str) -> Node | None:
        """A named option: Python keyword argument, TS options-object property."""
        raise NotImplementedError

    def function_info(self, node: Node) -> FunctionInfo:
        raise NotImplementedError

    def make_function_info(
        self, node: Node, params: list[Param], is_async: bool, is_generator: bool = False
    ) -> FunctionInfo:
        name_node = node.child_by_field_name("name")
        return FunctionInfo(
            name=self.text(name_node) if name_node is not None else None,
            node=node,
            body=node.child_by_field_name("body"),
            is_async=is_async,
            params=params,
            top_level=self.is_top_level(node),
            span=Span.of(name_node if name_node is not None else node),
            is_generator=is_generator,
        )

    def string_value(self, node: Node | None) -> str | None:
        """The value of a plain string literal (no interpolation), else None."""
        raise NotImplementedError

    def handler_of(
        self, node: Node, walker: BodyWalker, scope: Scope, chain: tuple[str, ...]
    ) -> list[ExceptionHandler]:
        """Exception handlers a try statement (or `.catch` call, or a gather that
        collects exceptions) contributes."""
        raise NotImplementedError

    def retrying_decorators(self, function: Node) -> list[tuple[Node, Node]]:
        """Decorators of `function` from a retrying library that retry the SDK's
        suspension: (the decorator's call, its callee). None by default."""
        return []

    # Calls whose result is their argument, still to be awaited (`create_task(x)`).
    value_wrappers: frozenset[str] = frozenset()
    # Calls that call a function on each item (`map(fn, xs)`, `xs.map(fn)`).
    task_mappers: frozenset[str] = frozenset()
    # mappers whose result calls nothing until it is iterated (Python's `map`)
    lazy_mappers: frozenset[str] = frozenset()
    # builtins returning an iterator that calls the function it is given only as it is
    # iterated (Python 3's `map` / `filter`): as a statement, they call nothing
    lazy_iterators: frozenset[str] = frozenset()
    # Calls whose result carries the promise their async callback returns, to be
    # awaited through it (`p.then(async () => ...)`, `xs.reduce(async (acc, x) => ...)`)
    promise_chainers: frozenset[str] = frozenset()
    # Calls that call a function on each item and use its answer as a test or an order
    # without awaiting it (`xs.filter(fn)`): an async function's promise is dropped.
    predicate_takers: frozenset[str] = frozenset()
    # Value wrappers that, given a dict, keep only its keys (`sorted(d)`, `list(d)`).
    key_views: frozenset[str] = frozenset()
    # Methods of a container that hand its values on (`d.values()`).
    container_views: frozenset[str] = frozenset()
    dict_displays: frozenset[str] = frozenset()
    # Calls that look at a value without awaiting it (`len(x)`, `String(x)`).
    inspecting_calls: frozenset[str] = frozenset()
    # The methods that run when a class is called / constructed, and the one that runs
    # when an instance is called (`__init__` / `__call__`; `constructor` in TypeScript,
    # which has no callable instances).
    constructor_methods: tuple[str, ...] = ()
    call_method: str | None = None
    # What runs when an instance is released (Python's `__del__`: at the latest when the
    # round's process ends), followed from where the instance is built.
    finalizer_methods: tuple[str, ...] = ()
    # Expressions that call methods of their operands' classes without naming them
    # (Python's data model: `len(q)`, `x in y`, `f"{x}"`, `if x:`); see `operator_hooks`.
    hook_node_types: frozenset[str] = frozenset()
    # What `BodyWalker.attribute_hook` looks for (a source without any of these has no
    # hook an attribute read or write runs).
    attribute_hooks: tuple[str, ...] = ()

    def operator_hooks(
        self, node: Node, parent_of: Callable[[Node], Node | None]
    ) -> list[tuple[Node, tuple[str, ...], str | None]]:
        """(operand, the methods of its class tried in order, the builtin the call must
        reach or None) for each hook `node` runs."""
        return []

    def metaclass_of(self, class_node: Node) -> Node | None:
        """The expression naming a class's metaclass (`metaclass=Audited`), if any."""
        return None

    def setter_of(self, class_node: Node, name: str) -> Node | None:
        """The method a class body declares as the setter of its property `name`
        (Python's `@name.setter`; TypeScript setters are read by `accessor_of`)."""
        return None

    def defined_hooks(self) -> frozenset[str]:
        """The methods `operator_hooks` can name that a class of the file defines."""
        return frozenset()

    def is_named_definition(self, function: Node, parent: Node | None) -> bool:
        """`def f`, `function f`, `const f = () => ...`: runs where it is called."""
        if function.type in (
            "function_definition",
            "function_declaration",
            "generator_function_declaration",
        ):
            return True
        # `notify = async (m) => ...` (TypeScript) assigns it like a declaration does
        return parent is not None and parent.type in (
            "variable_declarator",
            "assignment",
            "assignment_expression",
        )

    def is_property_getter(self, function: Node) -> bool:
        """`@property def x(self)` / `get x() {...}`: runs when the attribute is read."""
        return False

    def may_define_getters(self) -> bool:
        """Whether the file may define a property getter anywhere (False only where that
        is certain): reading an attribute runs code of the file only through one."""
        return True

    def drops_callback_result(self, call: Node) -> bool:
        """A call that runs its callback and drops what it returns (`xs.forEach`)."""
        return False

    def returns_bare_thenable(self, node: Node) -> bool:
        """Does this call return the SDK's bare `{ then }` object rather than a Promise
        (windmill-client's task calls and approvals)? Its `then` runs at once, and it
        has no `catch` / `finally`."""
        return False

    def first_parameter(self, function: Node) -> Node | None:
        """The name node of a method's first parameter (`self`), if the language has one."""
        return None

    def is_write_target(
        self, node: Node, parent_of: Callable[[Node], Node | None] | None = None
    ) -> bool:
        """Is this expression assigned to (`os.environ["X"] = v`), not read?

        `parent_of` answers parent lookups from a walk's ancestors (`Node.parent`
        costs the node's depth).
        """
        up = parent_of or (lambda n: n.parent)
        parent = up(node)
        if parent is not None and parent.type in ("subscript", "subscript_expression"):
            if parent.child_by_field_name("value") == node or (
                parent.child_by_field_name("object") == node
            ):
                node, parent = parent, up(parent)
        if parent is None:
            return False
        while parent is not None and parent.type in DESTRUCTURING_PATTERNS:
            # `({ kwh: meter.kwh } = reading)`, `[a.x, b.y] = pair`: a place a
            # destructuring assignment writes (not a default value it reads)
            if parent.type in ("object_assignment_pattern", "assignment_pattern") and (
                parent.child_by_field_name("left") != node
            ):
                return False
            if parent.type == "pair_pattern" and parent.child_by_field_name("value") != node:
                return False
            node, parent = parent, up(parent)
        if parent is None:
            return False
        if parent.type in self.syntax.assignment or parent.type == "delete_statement":
            left = parent.child_by_field_name("left")
            return left == node or parent.type == "delete_statement"
        return False

    def is_update_target(
        self, node: Node, parent_of: Callable[[Node], Node | None] | None = None
    ) -> bool:
        """Is this expression read and assigned in place (`meter.kwh += d`, `n++`)? An
        operator assignment of a language whose `syntax.assignment` leaves it out."""
        parent = (parent_of or (lambda n: n.parent))(node)
        if parent is None:
            return False
        if parent.type == "augmented_assignment_expression":
            return parent.child_by_field_name("left") == node
        if parent.type == "update_expression":
            return parent.child_by_field_name("argument") == node
        return False

    # ---- shared helpers ----------------------------------------------------
    def text(self, node: Node) -> str:
        return self.data[node.start_byte : node.end_byte].decode("utf-8", errors="replace")

    def label(self, node: Node, limit: int = 200) -> str:
        """The node's text to name it by, its first `limit` bytes and `…` when longer:
        taken at every link of a chain thousands of links long, the whole text was
        quadratic in the chain's length."""
        if node.end_byte - node.start_byte <= limit:
            return self.text(node)
        head = self.data[node.start_byte : node.start_byte + limit]
        return head.decode("utf-8", errors="ignore") + "…"

    def collect_syntax_errors(self, root: Node) -> None:
        if not root.has_error:
            return
        stack = [root]
        while stack:
            node = stack.pop()
            if node.is_error or node.is_missing:
                self.model.syntax_errors.append(self.first_line(Span.of(node)))
                continue
            if node.has_error:
                stack.extend(reversed(node.children))
        if not self.model.syntax_errors:
            # The tree has an error no child shows: a MISSING token the grammar
            # hides from `children` (`from wmill import workflow as f W`). Walk
            # with a cursor, which visits every node, to find where it is.
            self.model.syntax_errors.append(self.first_line(Span.of(_hidden_error(root))))
        self.model.syntax_errors.sort(key=lambda s: s.start_byte)

    def first_line(self, span: Span) -> Span:
        """An error region cut at its first line: where the error starts is what matters."""
        if span.end_row == span.start_row:
            return span
        line = self.model.source.line_bytes(span.start_row).rstrip(b"\r")
        end_col = max(len(line), span.start_col)
        line_start = span.start_byte - span.start_col
        return Span(
            span.start_byte,
            line_start + end_col,
            span.start_row,
            span.start_col,
            span.start_row,
            end_col,
        )

    def add_binding(
        self, kind: BindingKind, local: str, concept: str | None, sdk_name: str | None, node: Node
    ) -> None:
        self.model.bindings.append(SdkBinding(kind, local, concept, sdk_name, Span.of(node)))
        if concept is None:
            self.sdk_modules.add(local)
        else:
            self.sdk_names[local] = (concept, kind)

    def dotted(self, node: Node | None) -> str | None:
        """`a.b.c` for a chain of plain names, else None."""
        parts: list[str] = []
        while node is not None:
            if node.type in self.syntax.identifier:
                parts.append(self.text(node))
                return ".".join(reversed(parts))
            if node.type == self.syntax.attribute:
                name = node.child_by_field_name(self.syntax.attribute_name_field)
                if name is None:
                    return None
                parts.append(self.text(name))
                node = node.child_by_field_name("object")
                continue
            if node.type in ("parenthesized_expression", "non_null_expression") and (
                node.named_child_count == 1
            ):
                node = node.named_children[0]
                continue
            return None
        return None

    def qualname(self, node: Node | None, scope: Scope | None = None) -> str | None:
        """What an expression really reaches, resolved through scopes and imports."""
        if node is None:
            return None
        return self.semantic.qualified_name(node, scope)

    def collect_aliases(self) -> None:
        """Module-level names bound to an SDK primitive: `t = task`, `const { task } = wmill`."""
        for name, binding in self.semantic.module.bindings.items():
            if binding.kind == NameKind.IMPORT or name in self.sdk_names:
                continue
            concept = self.sdk_concept_of(self.semantic.binding_name(binding))
            if concept is not None:
                self.sdk_aliases[name] = concept
                sdk_name = self.sdk_names_by_concept.get(concept)
                if sdk_name is not None and sdk_name != name:
                    self.model.bindings.append(
                        SdkBinding(
                            BindingKind.REBOUND, name, concept, sdk_name, Span.of(binding.node)
                        )
                    )

    def sdk_concept_of(self, qualname: str | None) -> str | None:
        """`wmill.task` -> task; `windmill-client.taskScript` -> task_script."""
        if qualname is None:
            return None
        for module in (*self.sdk_submodules, self.sdk_module):  # `wmill.client` first
            prefix = module + "."
            if qualname.startswith(prefix):
                concept = self.sdk_by_local.get(qualname[len(prefix) :])
                if concept is not None:
                    return concept
        return None

    def resolve_sdk(
        self, node: Node | None, scope: Scope | None = None
    ) -> tuple[str, BindingKind] | None:
        """Which WAC primitive an expression names, and how it reached it.

        Resolved through scopes: a parameter or local called `step` is not the SDK's.
        """
        if node is None:
            return None
        syntax = self.syntax
        if node.type in syntax.identifier:
            name = self.text(node)
            direct = self.sdk_names.get(name)
            if direct is None and name not in self.sdk_aliases:
                return None
            if not self.model.in_scope:
                return direct
            if scope is None:
                scope = self.semantic.scope_at(node)
            # one name in one scope: one answer (asked for every `step` / `task` of a body)
            memo_key = (name, scope)
            if memo_key in self.sdk_memo:
                return self.sdk_memo[memo_key]
            found = self.sdk_memo[memo_key] = self.resolve_sdk_name(name, direct, scope)
            return found
        if node.type == syntax.attribute:
            attr = node.child_by_field_name(syntax.attribute_name_field)
            if attr is None or self.text(attr) not in self.sdk_by_local:
                return None
            obj = node.child_by_field_name("object")
            if obj is None or obj.type not in syntax.identifier or not self.model.in_scope:
                return None
            qualified = self.semantic.qualified_name(node, scope)
            concept = self.sdk_concept_of(qualified)
            if concept is None and qualified is not None and self.facade_modules:
                module, _, member = qualified.rpartition(".")
                if member in self.facade_modules.get(module, ()):
                    concept = self.sdk_by_local.get(member)
            if concept is not None:
                return concept, BindingKind.NAMESPACE
        return None

    def resolve_sdk_name(
        self, name: str, direct: tuple[str, BindingKind] | None, scope: Scope
    ) -> tuple[str, BindingKind] | None:
        """`resolve_sdk` of a name that the imports or aliases make an SDK name."""
        binding = self.semantic.lookup(name, scope)
        if binding is None:
            return direct if direct is not None and direct[1] == BindingKind.EXACT else None
        concept = self.sdk_concept_of(self.semantic.binding_name(binding))
        if concept is None:
            return None
        if binding.kind == NameKind.IMPORT and binding.imported_name == name:
            return concept, BindingKind.EXACT
        if binding.kind == NameKind.IMPORT and direct is not None:
            return direct
        return concept, BindingKind.ALIASED

    # Both find the ancestors by one descent from the root: `Node.parent` costs the
    # node's depth, so climbing with it is quadratic (35,000 `await`s above a task: 40 s).
    def is_top_level(self, node: Node) -> bool:
        syntax = self.syntax
        return not any(
            parent.type in syntax.function or parent.type in syntax.class_definition
            for parent in ancestors(self.model.tree.root_node, node)
        )

    def enclosing_functions(self, node: Node) -> list[Node]:
        """The functions around `node`, innermost first (one descent: asking
        `enclosing_function` of each in turn was quadratic in the nesting, 35,000
        nested arrows around a task took minutes)."""
        functions = self.syntax.function
        return [
            parent
            for parent in ancestors(self.model.tree.root_node, node)
            if parent.type in functions
        ]

    def enclosing_function(self, node: Node) -> Node | None:
        return next(iter(self.enclosing_functions(node)), None)

    def gather_qualname(self, call: Node, scope: Scope | None = None) -> bool:
        callee = self.callee(call)
        if callee is None:
            return False
        name = self.qualname(callee, scope)
        if name in self.gather_names:
            return True
        sdk = self.resolve_sdk(callee, scope)
        return sdk is not None and sdk[0] == "parallel"


@lru_cache(maxsize=64)
def _hidden_error(root: Node) -> Node:
    """The first error or missing node of a tree, by a full cursor walk (else the root)."""
    cursor = root.walk()
    while True:
        node = cursor.node
        if node is not None and (node.is_error or node.is_missing):
            return node
        if node is not None and node.has_error and cursor.goto_first_child():
            continue
        while not cursor.goto_next_sibling():
            if not cursor.goto_parent():
                return root


def name_pattern(names: frozenset[bytes]) -> re.Pattern[bytes]:
    """Whole-word occurrences of any of `names` (identifiers are ASCII here)."""
    alternatives = b"|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rb"(?<![\w$])(?:" + alternatives + rb")(?![\w$])")


# What `\w` matches in a bytes pattern, and `$`: a byte that continues a word.
WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$")


def whole_words(data: bytes, names: frozenset[bytes]) -> list[tuple[int, int]]:
    """The spans `name_pattern(names).finditer(data)` matches, in the same order.

    The pattern starts with a lookbehind, so the regular expression engine tried
    it at every byte of the file (10 ms on a 5,000-line file, at every edit);
    `bytes.find` per name skips to the candidates, each tested for a word
    boundary on both sides. Where two names match at one place (`windmill-client`
    and `client`), the pattern's left-to-right, longest-first, non-overlapping
    choice is made here too.
    """
    found: list[tuple[int, int]] = []
    size = len(data)
    for name in names:
        length = len(name)
        if not length:
            continue
        find = data.find
        at = find(name)
        while at >= 0:
            end = at + length
            if (at == 0 or data[at - 1] not in WORD_BYTES) and (
                end == size or data[end] not in WORD_BYTES
            ):
                found.append((at, end))
            at = find(name, at + 1)
    found.sort(key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int]] = []
    last_end = 0
    for span in found:
        if span[0] >= last_end:
            kept.append(span)
            last_end = span[1]
    return kept


class FunctionTable:
    """Top-level functions by name; their details are worked out when first asked for
    (`FrontEnd.top_function`). It holds no reference back to its front-end: that cycle
    kept each analysis's whole model alive until the collector ran (the language
    server's edits left ~10,000 objects each for it, see `gc_policy`)."""

    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.infos: dict[str, FunctionInfo] = {}

    def add(self, name: str, node: Node) -> None:
        self.nodes[name] = node

    def pop(self, name: str) -> None:
        self.nodes.pop(name, None)
        self.infos.pop(name, None)


def reads_members(data: bytes, local: str, names: Iterable[str]) -> bool:
    """Whether the text reads one of `names` as a member of `local` (`wac.workflow`,
    `wac?.step`): a cheap test before a module imported whole is read for what it
    re-exports."""
    pattern = re.compile(
        rb"(?<![\w$.])"
        + re.escape(local.encode())
        + rb"\s*\??\.\s*(?:"
        + b"|".join(re.escape(n.encode()) for n in sorted(names))
        + rb")(?![\w$])"
    )
    return pattern.search(data) is not None
