"""Is a fixed file still a program? Checks run after fixes are applied, before writing.

tree-sitter accepts `await` anywhere and Python's grammar does too: the error
("'await' outside async function") comes from the compiler. So a fixed text is
checked three ways, and an edit is refused when it introduces a problem the
original did not have:
- tree-sitter parses it without an error node;
- the language's compiler accepts it, where one can be asked without running
  anything (Python's `compile()`);
- every `await` lies in an `async` function (or at module level, where the
  language allows it: TypeScript modules, as Bun runs them).

The node kinds come from the language object (`TreeSitterLanguage`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wac_lint.bounded import ParseTooSlow
from wac_lint.languages import TreeSitterLanguage

if TYPE_CHECKING:
    import tree_sitter

    from wac_lint.source import SourceFile


def introduced_problem(before: SourceFile, after: SourceFile) -> str | None:
    """What `after` breaks that `before` did not, or None when it is as sound."""
    return before.lang.introduced_problem(before, after)


def misplaced_awaits(tree: tree_sitter.Tree, language: TreeSitterLanguage) -> int:
    """How many `await`s lie outside an async function (one walk, no recursion)."""
    functions = language.function_nodes
    count = 0
    stack = [(tree.root_node, language.module_await)]
    while stack:
        node, allowed = stack.pop()
        if node.type in functions:
            allowed = any(child.type == "async" for child in node.children)
        elif node.type == language.await_node and node.is_named and not allowed:
            count += 1
        stack.extend((child, allowed) for child in node.children)
    return count


def tree_problem(language: TreeSitterLanguage, before: SourceFile, after: SourceFile) -> str | None:
    """`introduced_problem` for a tree-sitter language."""
    try:
        old_tree, new_tree = language.parse(before), language.parse(after)
    except ParseTooSlow:
        return "the result is too costly to parse"
    if new_tree.root_node.has_error and not old_tree.root_node.has_error:
        return "the result does not parse"
    if misplaced_awaits(new_tree, language) > misplaced_awaits(old_tree, language):
        return "it puts `await` outside an async function"
    new_error = language.compile_error(after)
    if new_error is not None and language.compile_error(before) is None:
        return f"the result does not compile: {new_error}"
    return None
