"""tree-sitter queries, compiled once per pattern and language.

Queries match in C: finding the few nodes a pass needs this way costs a
fraction of visiting every node from Python.
"""

from __future__ import annotations

from functools import lru_cache
from operator import attrgetter

import tree_sitter

from wac_lint.languages import LanguageKind
from wac_lint.parsing import language


@lru_cache(maxsize=256)
def compiled(lang: LanguageKind | str, pattern: str) -> tree_sitter.Query:
    # The stub's `__new__ -> Self` on a @final class reads as Any to mypy.
    query: tree_sitter.Query = tree_sitter.Query(language(lang), pattern)
    return query


def captures(
    lang: LanguageKind | str, pattern: str, node: tree_sitter.Node
) -> dict[str, list[tree_sitter.Node]]:
    return tree_sitter.QueryCursor(compiled(lang, pattern)).captures(node)


_START = attrgetter("start_byte")
_END = attrgetter("end_byte")


def in_walk_order(nodes: list[tree_sitter.Node]) -> list[tree_sitter.Node]:
    """Sort `nodes` in place in the order a walk meets them (by start, the outer of
    two that start together first) and return them. Two sorts keyed in C: a
    Python key making a tuple per node cost about three times as much."""
    nodes.sort(key=_END, reverse=True)  # stable: equal ends keep their order
    nodes.sort(key=_START)
    return nodes
