"""Everything the graph looks up in the workflow body, found by one query.

The builder and the data edges ask about exits, functions, local function
definitions, expression-level branches, statements, bindings and identifiers.
A tree-sitter query costs a pass over the body in C (~35 ms on 20,000
statements) whatever it matches; one query per question made five passes.
This one pass captures them all, kept as sorted byte offsets where the hot
paths only compare positions.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from functools import cache

import tree_sitter

from wac_lint.graph.syntax import Dialect
from wac_lint.parsing import language
from wac_lint.queries import captures

TsNode = tree_sitter.Node

# Statement-like node kinds (a binding's or a use's scope), by suffix.
STATEMENT_LIKE = ("_statement", "_clause", "block", "switch_case", "switch_default", "_declaration")
TERNARIES = ("conditional_expression", "ternary_expression")
LOOPS = frozenset(
    {"for_statement", "while_statement", "for_in_statement", "do_statement", "for_in_clause"}
)
BINDERS = (
    "assignment",
    "assignment_expression",
    "variable_declarator",
    "augmented_assignment",
    "augmented_assignment_expression",
    "named_expression",
    "for_statement",
    "for_in_statement",
    "for_in_clause",
)
# Identifiers a walk over named children meets but that read no variable (Python).
# The attribute's name comes after its object: a pattern naming it kept a match
# pending across the whole object, at every link of `((x).a).a...` (20,000 links:
# 7 s), so the attributes are captured alone and their names read from them.
NOT_READ = (
    "(keyword_argument name: (identifier) @skip)",
    "(attribute) @attribute",
)


@cache
def statement_like(kind: str) -> bool:
    return kind.endswith(STATEMENT_LIKE)


@cache
def scope_like(kind: str) -> bool:
    """A node kind that makes a span of a binding's or a use's scope."""
    return kind.endswith(STATEMENT_LIKE) or kind in TERNARIES


def existing(lang: str, kinds: Iterable[str]) -> list[str]:
    grammar = language(lang)
    return sorted(k for k in kinds if grammar.id_for_node_kind(k, True) is not None)


_PATTERNS: dict[tuple[str, str], str] = {}


def body_pattern(lang: str, dialect: Dialect) -> str:
    """The one query: a capture name per question."""
    key = (lang, type(dialect).__name__)
    found = _PATTERNS.get(key)
    if found is None:
        found = _PATTERNS[key] = _body_pattern(lang, dialect)
    return found


def _body_pattern(lang: str, dialect: Dialect) -> str:
    grammar = language(lang)
    named = (
        grammar.node_kind_for_id(i)
        for i in range(grammar.node_kind_count)
        if grammar.node_kind_is_named(i) and grammar.node_kind_is_visible(i)
    )
    scopes = {k for k in named if k is not None and scope_like(k)}

    def alt(kinds: Iterable[str], name: str) -> str:
        found = existing(lang, kinds)
        return "[" + " ".join(f"({k})" for k in found) + f"] @{name}" if found else ""

    parts = [
        alt((dialect.returns, dialect.raises), "exit"),
        alt(dialect.functions, "fn"),
        alt(dialect.definitions, "def"),
        alt(tuple(dialect.comprehensions) + TERNARIES, "branchy"),
        dialect.short_circuit_pattern + " @logic",
        alt(scopes, "scope"),
        alt(BINDERS, "bind"),
        "(identifier) @id",
    ]
    if grammar.id_for_node_kind("keyword_argument", True) is not None:
        parts.extend(NOT_READ)
    return "\n".join(p for p in parts if p)


class Fields:
    """Field ids of a grammar for the hot paths: `child_by_field_id` skips the
    search of the field's name among the grammar's (~40% of `child_by_field_name`).
    Id 0 is no field: a field the grammar lacks finds no child, as by name."""

    def __init__(self, lang: str) -> None:
        grammar = language(lang)

        def field(name: str) -> int:
            return grammar.field_id_for_name(name) or 0

        self.left = field("left")
        self.right = field("right")
        self.name = field("name")
        self.value = field("value")
        self.arguments = field("arguments")
        self.function = field("function")


_FIELDS: dict[str, Fields] = {}


def field_ids(lang: str) -> Fields:
    found = _FIELDS.get(lang)
    if found is None:
        found = _FIELDS[lang] = Fields(lang)
    return found


def spans(nodes: list[TsNode]) -> list[tuple[int, int]]:
    return sorted((n.start_byte, n.end_byte) for n in nodes)


class BodyIndex:
    """The body's nodes the graph asks about, from one query."""

    def __init__(self, lang: str, dialect: Dialect, body: TsNode) -> None:
        found = captures(lang, body_pattern(lang, dialect), body)
        logic = found.get("logic", [])
        if dialect.short_circuit_operators:
            logic = [n for n in logic if _operator(n) in dialect.short_circuit_operators]
        self.body = body
        self.exits: list[TsNode] = found.get("exit", [])
        self.functions: list[TsNode] = found.get("fn", [])
        self.definitions: list[TsNode] = found.get("def", [])
        self.scopes: list[TsNode] = found.get("scope", [])
        self.binders: list[TsNode] = found.get("bind", [])
        self.identifiers: list[TsNode] = found.get("id", [])
        self.not_read: list[TsNode] = found.get("skip", [])
        for attribute in found.get("attribute", []):
            name = attribute.child_by_field_name("attribute")
            if name is not None and name.type == "identifier":
                self.not_read.append(name)
        # Where an expression holds a function, a ternary, a short-circuit or a
        # comprehension: the builder's shortcut for plain expressions stops there.
        branchy = found.get("branchy", []) + logic + self.functions
        self.branchy_starts = sorted(n.start_byte for n in branchy)


def _operator(node: TsNode) -> str | None:
    operator = node.child_by_field_name("operator")
    return operator.type if operator is not None else None


Span = tuple[int, int]
# A use's or a binding's scope: the innermost scope-like span holding it, None for
# the body itself. Its scope-like ancestors are those of that span, so "every scope
# of A is one of B's" is span containment (`encloses`). A set of every enclosing
# span per use grew with the nesting: 70,000 nested ternaries took gigabytes.
Scope = Span | None
# The loops holding a node, innermost first, as a linked list that nested nodes share.
Loops = tuple[Span, "Loops"] | None
Context = tuple[Scope, Loops]
NO_CONTEXT: Context = (None, None)


def encloses(outer: Scope, inner: Scope) -> bool:
    """Every scope-like node around `outer` (and `outer` itself) holds `inner` too:
    what ran whenever `outer` was entered also runs whenever `inner` is."""
    return outer is None or (inner is not None and outer[0] <= inner[0] and inner[1] <= outer[1])


def each_loop(loops: Loops) -> Iterator[Span]:
    while loops is not None:
        span, loops = loops
        yield span


class Structures:
    """The body's scope-like nodes (statements, blocks, clauses, ternaries) as a
    tree of spans, for what `DataFlow.context` reads by walking up `Node.parent`
    (which costs the node's depth) from every use and binding.

    Sorted by (start, -end, rank), a node comes after the nodes that contain it:
    equal spans are a block and its only statement (rank 0 for the block), or a
    statement and the expression it is made of (rank 2 for what is not a
    structure)."""

    def __init__(self, index: BodyIndex) -> None:
        body = index.body
        # context() stops at the body
        body_start, body_end, body_type = body.start_byte, body.end_byte, body.type
        kinds: dict[str, tuple[str, int]] = {}  # one string per kind, and its rank
        items = []
        for n in index.scopes:
            start, end, kind = n.start_byte, n.end_byte, n.type
            if start == body_start and end == body_end and kind == body_type:
                continue
            known = kinds.get(kind)
            if known is None:
                known = kinds[kind] = (kind, rank(kind))
            items.append((start, -end, known[1], known[0]))
        items.sort()
        self.keys = [(s, e, r) for s, e, r, _ in items]
        self.starts = [s for s, _, _, _ in items]
        self.ends = [-e for _, e, _, _ in items]
        self.types = [t for _, _, _, t in items]
        self.parent: list[int] = []
        stack: list[int] = []
        ends = self.ends
        for k, end in enumerate(self.ends):
            while stack and end > ends[stack[-1]]:
                stack.pop()
            self.parent.append(stack[-1] if stack else -1)
            stack.append(k)
        self.contexts: list[Context | None] = [None] * len(items)

    def innermost(self, start: int, end: int, kind_rank: int) -> int:
        """The innermost structure holding [start, end) (itself for a structure), -1
        for none below the body."""
        starts, ends, parent = self.starts, self.ends, self.parent
        if kind_rank == 2:
            # Not a structure: the last structure starting at or before it is the
            # innermost holding it or lies inside that one (its parents lead there).
            k = bisect.bisect_right(starts, start) - 1
        else:
            k = bisect.bisect_right(self.keys, (start, -end, kind_rank)) - 1
        while k >= 0 and not (starts[k] <= start and end <= ends[k]):
            k = parent[k]
        return k

    def innermost_of_leaves(self, starts: list[int], ends: list[int]) -> list[int]:
        """`innermost(start, end, 2)` of each of leaves that do not overlap, sorted by
        start (the body's identifiers), in one sweep with a stack of the structures
        open at each leaf. Asked one at a time, a leaf after a deep nest walked up
        the whole nest (`w ? w ? ... : w`, 10,000 deep: 15 s)."""
        found: list[int] = []
        stack: list[int] = []  # structures holding the current leaf, outermost first
        s_starts, s_ends, parent = self.starts, self.ends, self.parent
        k, count = 0, len(s_starts)
        for start, end in zip(starts, ends, strict=True):
            while k < count and s_starts[k] <= start:
                # its ancestors are open: nothing that holds it ended before a leaf
                while stack and stack[-1] != parent[k]:
                    stack.pop()
                stack.append(k)
                k += 1
            # a structure ending before this leaf's end ends before every later leaf
            while stack and s_ends[stack[-1]] < end:
                stack.pop()
            found.append(stack[-1] if stack else -1)
        return found

    def context(self, k: int) -> Context:
        """Scope-like spans and loops from structure `k` (included) up to the body."""
        contexts, parent = self.contexts, self.parent
        path: list[int] = []
        while k >= 0 and contexts[k] is None:
            path.append(k)
            k = parent[k]
        found = contexts[k] if k >= 0 else NO_CONTEXT
        assert found is not None
        for k in reversed(path):
            span = (self.starts[k], self.ends[k])
            loops = (span, found[1]) if self.types[k] in LOOPS else found[1]
            found = contexts[k] = (span, loops)
        return found

    def context_of(self, start: int, end: int) -> Context:
        """`DataFlow.context(use.parent)` for a use (not a structure) at [start, end)."""
        k = self.innermost(start, end, 2)
        return self.context(k) if k >= 0 else NO_CONTEXT

    def context_above(self, start: int, end: int, kind: str) -> Context | None:
        """The context above the statement holding the node (its scope is
        `DataFlow.scope_of(node)`); None when no statement below the body holds it
        (ask the tree)."""
        k = self.innermost(start, end, rank(kind) if scope_like(kind) else 2)
        while k >= 0 and not statement_like(self.types[k]):
            k = self.parent[k]
        if k < 0:
            return None
        above = self.parent[k]
        return self.context(above) if above >= 0 else NO_CONTEXT


def rank(kind: str) -> int:
    return 0 if kind.endswith("block") else 1


class Identifiers:
    """The body's identifiers, sorted, for the variables an expression reads."""

    def __init__(self, index: BodyIndex) -> None:
        body = index.body
        self.body = (body.start_byte, body.end_byte)
        self.nodes = index.identifiers
        self.not_read = {n.start_byte for n in index.not_read}

    def covers(self, start: int, end: int) -> bool:
        return self.body[0] <= start and end <= self.body[1]
