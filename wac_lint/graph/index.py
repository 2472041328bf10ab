"""Everything the graph looks up in the workflow body, found by one query.

The builder and the data edges ask about exits, functions, local function
definitions, expression-level branches, statements, bindings and identifiers.
A tree-sitter query costs a pass over the body in C (~35 ms on 20,000
statements) whatever it matches; one query per question made five passes.
This one pass captures them all, kept as sorted byte offsets where the hot
paths only compare positions.
"""

from __future__ import annotations

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
NOT_READ = (
    "(keyword_argument name: (identifier) @skip)",
    "(attribute attribute: (identifier) @skip)",
)


@cache
def statement_like(kind: str) -> bool:
    return kind.endswith(STATEMENT_LIKE)


@cache
def scope_like(kind: str) -> bool:
    """A node kind that makes a span of a binding's or a use's scope."""
    return kind.endswith(STATEMENT_LIKE) or kind in TERNARIES


def existing(lang: str, kinds: object) -> list[str]:
    grammar = language(lang)
    return sorted(
        k for k in kinds if grammar.id_for_node_kind(k, True) is not None  # type: ignore[attr-defined]
    )


@cache
def body_pattern(lang: str, dialect: type[Dialect]) -> str:
    """The one query: a capture name per question."""
    grammar = language(lang)
    scopes = {
        grammar.node_kind_for_id(i)
        for i in range(grammar.node_kind_count)
        if grammar.node_kind_is_named(i) and grammar.node_kind_is_visible(i)
    }
    scopes = {k for k in scopes if k is not None and scope_like(k)}

    def alt(kinds: object, name: str) -> str:
        found = existing(lang, kinds)
        return "[" + " ".join(f"({k})" for k in found) + f"] @{name}" if found else ""

    parts = [
        alt((dialect.returns, dialect.raises), "exit"),
        alt(dialect.functions, "fn"),
        alt(dialect.definitions, "def"),
        alt(tuple(dialect.comprehensions) + TERNARIES, "branchy"),
        dialect.short_circuit_pattern + " @branchy",
        alt(scopes, "scope"),
        alt(BINDERS, "bind"),
        "(identifier) @id",
    ]
    if grammar.id_for_node_kind("keyword_argument", True) is not None:
        parts.extend(NOT_READ)
    return "\n".join(p for p in parts if p)


def spans(nodes: list[TsNode]) -> list[tuple[int, int]]:
    return sorted((n.start_byte, n.end_byte) for n in nodes)


class BodyIndex:
    """The body's nodes the graph asks about, from one query."""

    def __init__(self, lang: str, dialect: Dialect, body: TsNode) -> None:
        found = captures(lang, body_pattern(lang, type(dialect)), body)
        self.body = body
        self.exits: list[TsNode] = found.get("exit", [])
        self.functions: list[TsNode] = found.get("fn", [])
        self.definitions: list[TsNode] = found.get("def", [])
        self.scopes: list[TsNode] = found.get("scope", [])
        self.binders: list[TsNode] = found.get("bind", [])
        self.identifiers: list[TsNode] = found.get("id", [])
        self.not_read: list[TsNode] = found.get("skip", [])
        # Where an expression holds a function, a ternary, a short-circuit or a
        # comprehension: the builder's shortcut for plain expressions stops there.
        branchy = found.get("branchy", []) + self.functions
        self.branchy_starts = sorted(n.start_byte for n in branchy)
