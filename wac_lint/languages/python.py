"""Python: Windmill's `python3` scripts importing `wmill`."""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from wac_lint import bounded
from wac_lint.languages.base import LanguageKind, TreeSitterLanguage

if TYPE_CHECKING:
    import tree_sitter

    from wac_lint.source import SourceFile

# tree-sitter-python's scanner looks ahead over every following comment line
# at each one (to place INDENT/DEDENT), so a run of k comment lines costs k**2:
# 4,500 of them took 5 s. Runs longer than this are shortened for the parser.
KEPT_COMMENT_LINES = 32
COMMENT_RUN = re.compile(rb"(?:^[ \t]*#[^\n]*\n){%d,}" % (2 * KEPT_COMMENT_LINES), re.MULTILINE)
SUPPRESSION_WORDS = (b"wac-lint", b"noqa")


def blank_long_comment_runs(data: bytes) -> bytes:
    """`data` with the comment lines of long runs, past the first few, made blank.

    Only lines Python's tokenizer confirms as whole-line comments are touched
    (a `#` line inside a string stays), each byte becomes a space (positions
    are unchanged), and a comment that could suppress a finding is kept: one
    that suppresses for the whole file, or one that ends its run (alone on its
    line, it covers the next line, which is code; inside a run the next line is
    another comment, where no finding is). Nothing reads the text of such
    comments but suppression.
    """
    import io
    import tokenize

    lines = data.split(b"\n")
    comment_rows: list[int] = []
    try:
        tokens = tokenize.generate_tokens(io.StringIO(data.decode("utf-8")).readline)
        for token in tokens:
            if token.type == tokenize.COMMENT and not token.line[: token.start[1]].strip():
                comment_rows.append(token.start[0] - 1)
    except (tokenize.TokenError, SyntaxError, ValueError):
        pass  # the comments before the error are still known
    out = list(lines)
    is_comment = set(comment_rows)
    run_start = previous = -2
    for row in comment_rows:
        if row != previous + 1:
            run_start = row
        previous = row
        if row - run_start >= KEPT_COMMENT_LINES and not _suppresses(
            lines[row], row + 1 not in is_comment
        ):
            out[row] = b" " * len(lines[row])
    return b"\n".join(out)


def _suppresses(line: bytes, ends_run: bool) -> bool:
    """Whether blanking this comment line of a long run could change a finding. A
    fuzzed file of 1,000 suppression comments in a row kept the scanner's
    quadratic cost whole (0.5 s to parse 55 KB) when every one of them was kept."""
    if not any(word in line for word in SUPPRESSION_WORDS):
        return False
    return ends_run or b"ignore-file" in line.lower()


class Python(TreeSitterLanguage):
    kind = LanguageKind.PYTHON
    display_name = "Python"
    extensions: tuple[str, ...] = (".py",)
    editor_ids: tuple[str, ...] = ("python",)
    line_comment = "#"
    noqa = True
    sdk_modules: tuple[str, ...] = ("wmill", "wmill.client")
    windmill_languages: tuple[str, ...] = ("python3",)
    main_imported_by_name = True
    grammar_target = "tree_sitter_python:language"
    front_end_target = "wac_lint.frontends.python:PythonFrontEnd"
    signature_target = "wac_lint.schema.sig_python:extract"
    diagram_target = "wac_lint.diagram.python:refusals"
    await_node = "await"
    function_nodes = frozenset({"function_definition", "lambda", "class_definition"})
    module_await = False
    coroutines_start_when_awaited = True
    map_is_lazy = True
    call_arity_enforced = True
    defaults_evaluated_at_definition = True
    module_attribute_hook = "__getattr__"
    workflow_returns_function = True
    keyword_options = True
    attributes_read_json_fields = False
    awaitable_noun = "coroutine"
    gather_call = "asyncio.gather(...)"
    task_gets_live_arguments = True
    gather_spread = "asyncio.gather(*{})"
    plain_function = "a plain `def`"
    call_node = "call"
    function_nodes_for_rules: tuple[str, ...] = ("function_definition", "lambda")
    loop_nodes: tuple[str, ...] = (
        "for_statement",
        "while_statement",
        "list_comprehension",
        "set_comprehension",
        "dictionary_comprehension",
        "generator_expression",
    )
    graph_dialect_target = "wac_lint.graph.syntax:PythonDialect"
    helper_imports_target = "wac_lint.workspace.helper_imports:PYTHON_IMPORTS"

    def prepare(self, data: bytes) -> bytes:
        # A run holds a `#` per line: counting them (C, a pass over the bytes) spares
        # the search, which tries the pattern at every line start of the file (6 ms
        # at 5,000 lines, on every edit in the editor), in most files.
        if data.count(b"#") >= 2 * KEPT_COMMENT_LINES and COMMENT_RUN.search(data):
            return blank_long_comment_runs(data)
        return data

    @property
    def sdk_names(self) -> dict[str, str]:
        from wac_lint.model import PYTHON_SDK_NAMES

        return PYTHON_SDK_NAMES

    def sdk_import(self, names: list[str]) -> str:
        return f"from wmill import {', '.join(names)}"

    def grammar_gaps(self, error: tree_sitter.Node) -> tuple[int, int] | None:
        # Defaults of type parameters (PEP 696, Python 3.13: `def f[T = int]()`,
        # `class C[*Ts = *tuple[int]]`): the grammar reads `T =` as an error before
        # the default's type. Blank ` = default`: the parameter stays. After a bound
        # (`T: int = 1`, `T: (int, str) = int`) the error is ` = default` itself,
        # ending the parameter; a starred default (`*Ts = *tuple[int]`) leaves `= *`.
        following = error.next_sibling
        children = error.children
        if not children or following is None:
            return None
        last = children[-1]
        if last.type == "*" and len(children) > 1:
            last = children[-2]
        if last.type == "=" and following.type == "type":
            if not _in_type_parameters(error):
                return None
            return last.start_byte, following.end_byte
        if (
            len(children) == 2
            and children[0].type == "="
            and children[1].is_named
            and not children[1].has_error
            and following.type in (",", "]")
        ):
            if not _in_type_parameters(error):
                return None
            return children[0].start_byte, error.end_byte
        return None

    def grammar_error(self, source: SourceFile) -> str | None:
        # Only the parser (`ast.parse`), not the compiler: its complaints (`await`
        # outside an async function) are what some fixes repair.
        import ast

        try:
            ast.parse(source.text, source.path)
        except SyntaxError as exc:
            reason = f"{exc.msg} (line {exc.lineno})"
            try:
                parsed = self.parse(source)
            except RecursionError as refused:  # tree-sitter's tree is refused too
                return f"the file does not parse: {reason} ({bounded.reason(refused)})"
            if not parsed.root_node.has_error:
                # syntax newer than the Python wac-lint runs on (`type X = ...` on 3.11),
                # which Windmill's newer Python may accept: say whose parser refused it
                version = f"{sys.version_info.major}.{sys.version_info.minor}"
                return f"Python {version}'s parser refuses it: {reason}"
            return f"the file does not parse: {reason}"
        except (ValueError, RecursionError, MemoryError) as exc:
            return f"the file does not parse: {_refusal(exc)}"
        return None

    def compile_error(self, source: SourceFile) -> str | None:
        # Compiling is static: nothing of the user's script is executed.
        try:
            compile(source.text, source.path, "exec", dont_inherit=True)
        except SyntaxError as exc:
            return f"{exc.msg} (line {exc.lineno})"
        except (ValueError, RecursionError, MemoryError) as exc:
            return _refusal(exc)
        return None


def _refusal(exc: Exception) -> str:
    """Why Python's parser gave up without a syntax error: it runs out of stack on
    deep nesting, raising `MemoryError` / `RecursionError` with no text to show."""
    if isinstance(exc, (RecursionError, MemoryError)):
        return "nested too deeply for Python's own parser"
    return f"{type(exc).__name__}: {exc}"


PYTHON = Python()


def _in_type_parameters(node: tree_sitter.Node) -> bool:
    """Is `node` inside the `[...]` type parameter list of a `def`, a `class` or a
    `type` alias (the grammar's `type_parameter` node right under one of them)?"""
    parent = node.parent
    while parent is not None and parent.type != "type_parameter":
        if parent.type in ("block", "module", "parameters", "argument_list"):
            return False
        parent = parent.parent
    if parent is None or parent.parent is None:
        return False
    owner = parent.parent
    if owner.type == "generic_type":  # `type A[T = int] = ...`: the alias's name
        alias = owner.parent.parent if owner.parent is not None else None
        return alias is not None and alias.type == "type_alias_statement"
    return owner.type in ("function_definition", "class_definition")
