"""Is a fixed file still a program? Checks run after fixes are applied, before writing.

tree-sitter accepts `await` anywhere and Python's grammar does too: the error
("'await' outside async function") comes from the compiler. So a fixed text is
checked three ways, and an edit is refused when it introduces a problem the
original did not have:
- tree-sitter parses it without an error node;
- Python: `compile()` accepts it (compiling is static: nothing is executed);
- both languages: every `await` lies in an `async` function (TypeScript
  modules may also await at top level, as Bun runs them).

The node kinds below are the grammar's; they belong with the rest of each
language's syntax once the model has a per-language object for them.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from wac_lint.parsing import parse
from wac_lint.source import LANG_PYTHON, SourceFile

if TYPE_CHECKING:
    import tree_sitter

AWAIT = {LANG_PYTHON: "await"}
AWAIT_DEFAULT = "await_expression"
# Scopes an `await` cannot cross: the nearest one decides whether it is allowed.
FUNCTIONS = {
    LANG_PYTHON: frozenset({"function_definition", "lambda", "class_definition"}),
}
FUNCTIONS_DEFAULT = frozenset(
    {
        "function_declaration",
        "function_expression",
        "function",
        "arrow_function",
        "method_definition",
        "generator_function_declaration",
        "generator_function",
        "class_body",
        "class_static_block",
    }
)


def awaitable_at(node: tree_sitter.Node, language: str) -> bool:
    """May an `await` be written at `node` (its function is `async`)?"""
    functions = FUNCTIONS.get(language, FUNCTIONS_DEFAULT)
    current = node.parent
    while current is not None:
        if current.type in functions:
            return any(child.type == "async" for child in current.children)
        current = current.parent
    return language != LANG_PYTHON  # module level: TypeScript modules may await


def misplaced_awaits(tree: tree_sitter.Tree, language: str) -> int:
    """How many `await`s lie outside an async function (one walk, no recursion)."""
    kind = AWAIT.get(language, AWAIT_DEFAULT)
    functions = FUNCTIONS.get(language, FUNCTIONS_DEFAULT)
    count = 0
    stack = [(tree.root_node, language != LANG_PYTHON)]
    while stack:
        node, allowed = stack.pop()
        if node.type in functions:
            allowed = any(child.type == "async" for child in node.children)
        elif node.type == kind and node.is_named and not allowed:
            count += 1
        stack.extend((child, allowed) for child in node.children)
    return count


def compile_error(source: SourceFile) -> str | None:
    """Why CPython would refuse the text, or None (Python only)."""
    if source.language != LANG_PYTHON:
        return None
    try:
        compile(source.text, source.path, "exec", dont_inherit=True)
    except SyntaxError as exc:
        return f"{exc.msg} (line {exc.lineno})"
    except (ValueError, RecursionError, MemoryError) as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def grammar_error(source: SourceFile) -> str | None:
    """Why Python's parser refuses the text, or None (Python only).

    tree-sitter recovers from some errors without an error node (a function
    with no body before a decorator): such a file must not be rewritten.
    Only the parser runs (`ast.parse`), not the compiler, whose complaints
    (`await` outside an async function) are what some fixes repair.
    """
    if source.language != LANG_PYTHON:
        return None
    try:
        ast.parse(source.text, source.path)
    except SyntaxError as exc:
        return f"{exc.msg} (line {exc.lineno})"
    except (ValueError, RecursionError, MemoryError) as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def introduced_problem(before: SourceFile, after: SourceFile) -> str | None:
    """What `after` breaks that `before` did not, or None when it is as sound."""
    old_tree, new_tree = parse(before), parse(after)
    if new_tree.root_node.has_error and not old_tree.root_node.has_error:
        return "the result does not parse"
    old_awaits = misplaced_awaits(old_tree, before.language)
    if misplaced_awaits(new_tree, after.language) > old_awaits:
        return "it puts `await` outside an async function"
    new_error = compile_error(after)
    if new_error is not None and compile_error(before) is None:
        return f"the result does not compile: {new_error}"
    return None
