"""The file's nodes of the types the model and the rules look for, from one query.

A tree-sitter query costs a pass over the tree in C (about 2-3 ms per
1,000-line file) whatever it matches, and starting one costs ~25 us: the scope
index, the step and task code's calls (a query per function) and the rules'
node lists each ran their own. One query now captures every type below, a
capture name per type (the lists come back per type, no Python loop sorts
them), kept with the model and sliced per region by bisection.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field

import tree_sitter

from wac_lint.languages import LanguageKind
from wac_lint.parsing import language
from wac_lint.queries import captures, in_walk_order

Node = tree_sitter.Node

# Both grammars' types; each grammar's query keeps those it knows.
INDEXED_KINDS = frozenset(
    {
        "call",
        "call_expression",
        "try_statement",
        "return_statement",
        # assignments and binders
        "assignment",
        "augmented_assignment",
        "assignment_expression",
        "augmented_assignment_expression",
        "update_expression",
        "delete_statement",
        "named_expression",
        "nonlocal_statement",
        "global_statement",
        "variable_declarator",
        "for_statement",
        "for_in_statement",
        "function_definition",
        "function_declaration",
        "class_definition",
        "class_declaration",
        "as_pattern_target",
        "lambda",
        "arrow_function",
        # the other scope nodes (`semantic/*_scopes.py`)
        "list_comprehension",
        "set_comprehension",
        "dictionary_comprehension",
        "generator_expression",
        "function_expression",
        "function",
        "generator_function",
        "generator_function_declaration",
        "method_definition",
        "statement_block",
        "catch_clause",
        "class_body",
        # comparisons and `match` (WAC107's dead checks: a query of their own walked
        # the whole tree again on every analysis)
        "comparison_operator",
        "binary_expression",
        "match_statement",
        # Python's `x[i]` (WAC105's picks by index: a query of its own on every analysis)
        "subscript",
        # imports (`SemanticModel.import_bindings`)
        "import_statement",
        "import_from_statement",
        # generators (WAC004, WAC106)
        "yield",
        "yield_expression",
    }
)


@dataclass
class NodeIndex:
    """Nodes of the indexed types, per type, in the order a walk meets them."""

    by_type: dict[str, list[Node]]
    starts: dict[str, list[int]] = field(default_factory=dict)  # their starts, lazily
    # per set of kinds asked for together: their nodes in walk order, and starts
    merged: dict[tuple[str, ...] | frozenset[str], tuple[list[Node], list[int]]] = field(
        default_factory=dict
    )

    def below(self, kind: str, root: Node | None) -> list[Node]:
        """The nodes of `kind` that start inside `root` (`root` included; all of
        them for None), by a bisection of plain ints."""
        nodes = self.by_type.get(kind)
        if not nodes:
            return []
        if root is None:
            return nodes
        starts = self.starts.get(kind)
        if starts is None:
            starts = self.starts[kind] = [n.start_byte for n in nodes]
        low = bisect.bisect_left(starts, root.start_byte)
        return nodes[low : bisect.bisect_left(starts, root.end_byte, low)]

    def of_kinds(self, kinds: Iterable[str], root: Node | None = None) -> list[Node]:
        """Nodes of any of `kinds` below `root`, in walk order (a new list): a slice
        of the merged list of those kinds, kept per set of kinds (the rules ask
        about a dozen kinds per step callback: a bisection per kind, then a sort,
        cost more than the rest of WAC104)."""
        key = kinds if isinstance(kinds, tuple | frozenset) else tuple(kinds)
        merged = self.merged.get(key)
        if merged is None:
            parts = [self.by_type.get(kind, []) for kind in dict.fromkeys(key)]
            nodes = in_walk_order([n for part in parts for n in part])
            merged = self.merged[key] = (nodes, [n.start_byte for n in nodes])
        nodes, starts = merged
        if root is None:
            return list(nodes)
        low = bisect.bisect_left(starts, root.start_byte)
        return nodes[low : bisect.bisect_left(starts, root.end_byte, low)]


def build_node_index(lang: LanguageKind, root: Node) -> NodeIndex:
    grammar = language(lang)
    known = sorted(k for k in INDEXED_KINDS if grammar.id_for_node_kind(k, True) is not None)
    pattern = "[" + " ".join(f"({k}) @{k}" for k in known) + "]"
    by_type = captures(lang, pattern, root)
    for nodes in by_type.values():
        in_walk_order(nodes)
    return NodeIndex(by_type)
