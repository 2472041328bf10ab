"""tree-sitter queries, compiled once per pattern and language.

Queries match in C: finding the few nodes a pass needs this way costs a
fraction of visiting every node from Python.
"""

from __future__ import annotations

from functools import lru_cache

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
