"""Scopes and bindings: which definition every name in a script refers to.

A `Scope` is a function, lambda / arrow, class, comprehension, block or the
module; it holds the names bound in it (parameters, assignments, imports,
definitions, loop / `with` / `except` / `catch` targets, destructuring).
Scopes are built lazily, one walk of each scope's own nodes the first time a
name inside it is resolved, so analysing a file stays linear in its size and
files that never reach the workflow body are barely walked at all.

Each language supplies a `ScopeRules` object saying which nodes open scopes and
what binds a name; `Scopes` does the rest, the same for both (anchors: ruff's
`SemanticModel`, ESLint's scope manager).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import Enum

import tree_sitter

from wac_lint.languages import LanguageKind
from wac_lint.node_index import INDEXED_KINDS, NodeIndex
from wac_lint.parsing import language as parsing_language
from wac_lint.queries import in_walk_order

Node = tree_sitter.Node


class Kind(str, Enum):
    """A kind: an enum whose members print and compare as their string value."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


class ScopeKind(Kind):
    MODULE = "module"
    FUNCTION = "function"  # def, lambda, function, arrow, method
    CLASS = "class"
    COMPREHENSION = "comprehension"
    BLOCK = "block"  # TypeScript `{ ... }`, `for (let ...)`, `catch (e)`


class BindingKind(Kind):
    IMPORT = "import"
    PARAMETER = "parameter"
    ASSIGNMENT = "assignment"  # also `const` / `let` / `var` declarations
    FUNCTION = "function"  # def / function declaration
    CLASS = "class"
    NAMESPACE = "namespace"  # TypeScript `namespace X { ... }`: its exports are `X.name`
    LOOP = "loop"  # for target
    CONTEXT = "context"  # with ... as x
    EXCEPTION = "exception"  # except ... as e / catch (e)


@dataclass
class Binding:
    """One name bound in one scope."""

    name: str
    kind: BindingKind
    node: Node  # where the name is bound
    scope: Scope
    # The bound value: the assigned expression, the function or class node, or the
    # context manager of a `with`; None when unknown (a parameter, a loop target).
    value: Node | None = None
    member: tuple[str, ...] = ()  # destructured path into `value`: `const { a } = x`
    target: str | None = None  # imports: the qualified name imported
    imported_name: str | None = None  # imports: the name as the module spells it
    module: str | None = None  # imports: the module as written (`.helpers`, `./x.ts`)
    rebound: bool = False  # bound more than once in its scope: its value is not known
    # TypeScript `let x = u` with an `x = v` / `x += v` in its scope: the declared
    # value is not what every read holds (`SemanticModel.reaching_values` says which)
    reassigned: bool = False
    # Python: a name assigned once whole (`total = Decimal(0)`) and otherwise only
    # changed in place by augmented assignments (`total += x`), as (that value, the
    # `augmented_assignment` nodes); `rebound` is still set: no read holds the value
    # itself, but each holds what the operators made of it (a value's type reads it)
    accumulated: tuple[Node, tuple[Node, ...]] | None = None

    @property
    def function(self) -> Node | None:
        """The function this name is bound to, when it is one."""
        if self.kind == BindingKind.FUNCTION:
            return self.value
        return None

    @property
    def assigned_value(self) -> Node | None:
        """The value a name is assigned once, whole (`x = v`, not `{ a } = v`, not a
        name assigned again): what the name holds wherever it is read; else None."""
        if self.kind != BindingKind.ASSIGNMENT or self.rebound or self.member or self.reassigned:
            return None
        return self.value


@dataclass(eq=False)
class Scope:
    """A scope of the file (module, function, class, comprehension) and the names bound in it."""

    kind: ScopeKind
    node: Node
    parent: Scope | None
    bindings: dict[str, Binding] = field(default_factory=dict)
    globals: set[str] = field(default_factory=set)  # Python `global x`
    nonlocals: set[str] = field(default_factory=set)  # Python `nonlocal x`
    star_imports: list[str] = field(default_factory=list)  # `from m import *`, in order
    star_import_starts: list[int] = field(default_factory=list)  # where each one starts
    # what a name resolves to looked up from an inner scope (`ScopeRules.lookup`): a
    # scope is filled whole when it is opened, so an answer never changes, and deep
    # nesting (6,000 lambdas, each name looked up through all of them) stays linear
    outer_memo: dict[str, Binding | None] = field(default_factory=dict, repr=False)
    # the module scope's: the SDK names each workspace module the file imports them from
    # re-exports (`from f.common.wac import task`), found by the front-end
    facades: dict[str, frozenset[str]] | None = field(default=None, repr=False)

    def bind(self, binding: Binding) -> None:
        old = self.bindings.get(binding.name)
        if old is not None:
            if old.kind == BindingKind.FUNCTION and binding.kind == BindingKind.FUNCTION:
                binding.rebound = old.rebound
            else:
                binding.rebound = True
            if old.kind == BindingKind.IMPORT and binding.kind != BindingKind.IMPORT:
                if _defined_over_import(old, binding):
                    # `from f.lib.http import post_json` then `def post_json(...)`, both
                    # at module level: by the time anything calls it, the def is the name
                    self.bindings[binding.name] = binding
                    return
                # `x = x or default` after an import: keep the import, but unknown value
                old.rebound = True
                return
        self.bindings[binding.name] = binding

    @property
    def module(self) -> Scope:
        scope = self
        while scope.parent is not None:
            scope = scope.parent
        return scope


def _defined_over_import(imported: Binding, defined: Binding) -> bool:
    """A Python `def` / `class` at module level after an import of that name at module
    level (no `if` or `try` around either): it replaces the import, unlike `x = x or
    default`, which reads it. (TypeScript rejects a declaration that repeats an import.)"""
    if defined.kind not in (BindingKind.FUNCTION, BindingKind.CLASS) or defined.value is None:
        return False
    statement = defined.value
    if statement.parent is not None and statement.parent.type == "decorated_definition":
        statement = statement.parent
    if statement.parent is None or statement.parent.type != "module":
        return False
    node: Node | None = imported.node
    while node is not None and node.type not in ("import_statement", "import_from_statement"):
        node = node.parent
    return node is not None and node.parent is not None and node.parent.type == "module"


class ScopeRules:
    """What one language's grammar says about scopes; see python/typescript modules."""

    scope_nodes: dict[str, ScopeKind]
    language: LanguageKind  # whose grammar the queries use

    def fill(self, scope: Scope, source: bytes) -> None:
        """Bind every name the scope's own code binds."""
        raise NotImplementedError

    def lookup(self, name: str, scope: Scope) -> Binding | None:
        raise NotImplementedError


def text(node: Node, source: bytes) -> str:
    return source[node.start_byte : node.end_byte].decode("utf-8", errors="replace")


class Scopes:
    """The scopes of one file, built when first asked for."""

    def __init__(
        self,
        root: Node,
        source: bytes,
        rules: ScopeRules,
        index: Callable[[], NodeIndex | None] | None = None,
        facades: dict[str, frozenset[str]] | None = None,
    ) -> None:
        self.root = root
        self.facades = facades
        self.source = source
        self.rules = rules
        self.index = index  # the file's node index (`node_index.py`), when it has one
        self._by_node: dict[tuple[int, int, int], Scope] = {}
        self._scope_index: tuple[list[int], list[Node], list[int]] | None = None
        self._opened: list[Scope | None] = []
        self._ends: list[int] = []  # end byte of each indexed scope node
        self.module = self.open(root, None)

    def open(self, node: Node, parent: Scope | None) -> Scope:
        """The scope `node` opens (it must be a scope node), inside `parent`."""
        key = (node.start_byte, node.end_byte, node.kind_id)
        scope = self._by_node.get(key)
        if scope is None:
            kind = ScopeKind.MODULE if parent is None else self.rules.scope_nodes[node.type]
            scope = Scope(kind, node, parent)
            if parent is None:
                scope.facades = self.facades
            self._by_node[key] = scope
            self.rules.fill(scope, self.source)
        return scope

    def is_scope(self, node: Node) -> bool:
        return node.type in self.rules.scope_nodes

    def scope_at(self, node: Node) -> Scope:
        """The innermost scope holding `node`.

        Found from an index of the file's scope nodes (built once, by a query
        that runs in C), not by descending from the root: that costs the node's
        depth per question, and rules asking about every call of 20,000 nested
        ones made it quadratic.
        """
        starts, nodes, parents = self._index()
        ends = self._ends
        start, end = node.start_byte, node.end_byte
        at = bisect_right(starts, start) - 1
        while at >= 0:
            if ends[at] >= end and nodes[at].id != node.id:
                if starts[at] == start and ends[at] == end:
                    return self._scope_from_root(node)  # same span: which holds which?
                opened = self._opened[at]
                return opened if opened is not None else self._open_index(at)
            at = parents[at]
        return self.module

    def _index(self) -> tuple[list[int], list[Node], list[int]]:
        if self._scope_index is None:
            found = self._scope_nodes()
            in_walk_order(found)
            parents: list[int] = []
            stack: list[int] = []
            for i, scope_node in enumerate(found):
                while stack and found[stack[-1]].end_byte < scope_node.end_byte:
                    stack.pop()
                while stack and found[stack[-1]].end_byte <= scope_node.start_byte:
                    stack.pop()
                parents.append(stack[-1] if stack else -1)
                stack.append(i)
            self._scope_index = ([n.start_byte for n in found], found, parents)
            self._ends = [n.end_byte for n in found]
            self._opened = [None] * len(found)
        return self._scope_index

    def _scope_nodes(self) -> list[Node]:
        return [n for n in self.nodes_of(frozenset(self.rules.scope_nodes)) if n != self.root]

    def nodes_of(self, kinds: frozenset[str]) -> list[Node]:
        """The file's nodes of `kinds`, in walk order: from the model's node index when
        it holds those kinds (no pass of its own), else by one query."""
        from wac_lint.queries import compiled

        lang = getattr(self.rules, "language", None)
        if lang is None:
            return [n for n in _walk_all(self.root) if n.type in kinds]
        index = self.index() if self.index is not None else None
        if index is not None and INDEXED_KINDS.issuperset(kinds):
            return index.of_kinds(kinds)
        grammar = parsing_language(lang)
        known = [k for k in kinds if grammar.id_for_node_kind(k, True)]
        if not known:
            return []
        pattern = "[" + " ".join(f"({k})" for k in known) + "] @node"
        captured = tree_sitter.QueryCursor(compiled(lang, pattern)).captures(self.root)
        return in_walk_order(captured.get("node", []))

    def _open_index(self, at: int) -> Scope:
        opened = self._opened
        chain: list[int] = []
        current = at
        while current >= 0 and opened[current] is None:
            chain.append(current)
            current = self._scope_index[2][current] if self._scope_index else -1
        scope = opened[current] if current >= 0 else self.module
        assert scope is not None
        for i in reversed(chain):
            scope = self.open(self._scope_index[1][i] if self._scope_index else self.root, scope)
            opened[i] = scope
        return scope

    def _scope_from_root(self, node: Node) -> Scope:
        """The innermost scope holding `node`, found from the root down (O(depth))."""
        scope = self.module
        current = self.root
        while current != node:
            child = current.child_with_descendant(node)
            if child is None:
                break
            if child != node and self.is_scope(child):
                scope = self.open(child, scope)
            current = child
        return scope

    def chain_to(self, node: Node, scope: Scope) -> Scope:
        """`scope` extended by the scopes between its node and `node` (exclusive)."""
        current = scope.node
        while current != node:
            child = current.child_with_descendant(node)
            if child is None or child == node:
                break
            if self.is_scope(child):
                scope = self.open(child, scope)
            current = child
        return scope

    def lookup(self, name: str, scope: Scope) -> Binding | None:
        return self.rules.lookup(name, scope)

    def resolve(self, identifier: Node, scope: Scope | None = None) -> Binding | None:
        """The binding an identifier refers to (None: a global or builtin)."""
        if scope is None:
            scope = self.scope_at(identifier)
        return self.rules.lookup(text(identifier, self.source), scope)


def _walk_all(root: Node) -> Iterator[Node]:
    cursor = root.walk()
    while True:
        current = cursor.node
        assert current is not None
        yield current
        if cursor.goto_first_child():
            continue
        while not cursor.goto_next_sibling():
            if not cursor.goto_parent():
                return


def walk_own(node: Node, stop: frozenset[str]) -> Iterator[Node]:
    """Pre-order walk of `node`'s subtree that yields, but does not enter, `stop` nodes."""
    cursor = node.walk()
    depth = 0  # below `node`: counted, not asked of the cursor (a node per step)
    while True:
        current = cursor.node
        assert current is not None
        yield current
        enter = depth == 0 or current.type not in stop
        if enter and cursor.goto_first_child():
            depth += 1
            continue
        if depth == 0:
            return
        while not cursor.goto_next_sibling():
            cursor.goto_parent()
            depth -= 1
            if depth == 0:
                return
