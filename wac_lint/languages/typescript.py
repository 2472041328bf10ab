"""TypeScript: Windmill's Bun (and Deno) scripts importing `windmill-client`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wac_lint.bounded import bounded_parse
from wac_lint.languages.base import LanguageKind, TreeSitterLanguage, blank

if TYPE_CHECKING:
    import tree_sitter

    from wac_lint.schema.types import Signature
    from wac_lint.source import SourceFile

DECLARATION_FILES = ".d.ts"  # types only: no script to run

# tree-sitter-typescript reads `await f<T>(x)` as `(await f)<T>(x)`: a call whose
# callee is the awaited name (the same for `!`, `typeof`, `void`, `delete`, `-`,
# `yield`...), so the call is not awaited and `f` is not what is called. The
# text may hold one (cheap check in C) ...
# (No blanks inside the callee: with them, each `await` of `await await ... x`
# scanned to the end of the file, quadratic: 7 s on a chain of 20,000.)
_MAYBE_PREFIXED_GENERIC_CALL = re.compile(
    rb"(?:\b(?:await|typeof|void|delete|yield)\s+|[!~+\-]\s*)[\w$.?]*\s*<"
)
# ... and this finds them in the tree.
_PREFIXED_GENERIC_CALL = """
(call_expression
  function: [(await_expression) (unary_expression) (yield_expression)]
  type_arguments: (type_arguments) @type_arguments)
"""
_VARIANCE = (b"in", b"out")
_MAX_SETTLE = 4  # `await f<A>(await g<B>(x))`: one round per nesting level
# A tagged template with type arguments (`prisma.$queryRaw<Row[]>\`select ...\``,
# postgres.js `sql<User[]>\`...\``) is valid TypeScript the grammar misreads (an
# instantiation expression missing a `!`): found by this, its type arguments are
# blanked the same way.
_MAYBE_GENERIC_TAGGED_TEMPLATE = re.compile(rb">\s*`")
# The grammar misreads `sql<Row[]>` + template as an instantiation followed by a missing
# `!`; where that sits in a branch of a ternary the call wraps the whole ternary, so
# every instantiation whose type arguments the template follows is taken (filtered on
# the bytes after it: `_tagged_type_arguments`).
_GENERIC_TAGGED_TEMPLATE = """
(instantiation_expression type_arguments: (type_arguments) @type_arguments)
"""


class TypeScript(TreeSitterLanguage):
    kind = LanguageKind.TYPESCRIPT
    display_name = "TypeScript"
    extensions: tuple[str, ...] = (".ts", ".mts", ".cts")
    editor_ids: tuple[str, ...] = ("typescript",)
    line_comment = "//"
    noqa = False
    sdk_modules: tuple[str, ...] = ("windmill-client", "npm:windmill-client")
    sdk_reexport: bytes | None = (
        rb"""import\s*\{[^}]*\bworkflow\b[^}]*\}\s*from\s*["'](?:\.\.?/|/[fu]/)"""
    )
    windmill_languages: tuple[str, ...] = ("bun", "bunnative", "deno", "nativets")
    grammar_target = "tree_sitter_typescript:language_typescript"
    front_end_target = "wac_lint.frontends.typescript:TypeScriptFrontEnd"
    signature_target = "wac_lint.schema.sig_typescript:extract"
    diagram_target = "wac_lint.diagram.typescript:refusals"
    function_nodes = frozenset(
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
    module_await = True  # Bun runs scripts as modules, which may await at top level
    coroutines_start_when_awaited = False
    anonymous_task_key = "step"
    drawn_task_arguments = 2
    per_item_array_methods = True
    async_return_adopts_awaitable = True
    awaitable_noun = "promise"
    gather_call = "Promise.all(...)"
    # windmill-client 1.818.0 `task`: the child job replays the body and, at its
    # `_executingKey`, calls `fn(...args)` with that replay's own values
    task_gets_live_arguments = True
    gather_spread = "Promise.all([...{}])"
    plain_function = "a function without `async`"
    redeclared_import_fails = True
    call_node = "call_expression"
    function_nodes_for_rules: tuple[str, ...] = (
        "arrow_function",
        "function_expression",
        "function",
        "function_declaration",
        "generator_function_declaration",
        "method_definition",
    )
    loop_nodes: tuple[str, ...] = (
        "for_statement",
        "for_in_statement",
        "while_statement",
        "do_statement",
    )
    graph_dialect_target = "wac_lint.graph.syntax:TypeScriptDialect"
    helper_imports_target = "wac_lint.workspace.helper_imports:TYPESCRIPT_IMPORTS"

    def claims(self, name: str) -> bool:
        return name.endswith(self.extensions) and not name.endswith(DECLARATION_FILES)

    @property
    def sdk_names(self) -> dict[str, str]:
        from wac_lint.model import TYPESCRIPT_SDK_NAMES

        return TYPESCRIPT_SDK_NAMES

    def sdk_import(self, names: list[str]) -> str:
        return f'import {{ {", ".join(names)} }} from "windmill-client";'

    def settle(self, data: bytes, tree: tree_sitter.Tree) -> tree_sitter.Tree:
        # Blank the type arguments of each such call (same length, no line break
        # touched) and parse again from scratch: `await f   (x)` reads as it should.
        # What the tree's nodes say of those bytes is blanks; the file's text is kept.
        prefixed = _MAYBE_PREFIXED_GENERIC_CALL.search(data) is not None
        tagged = (
            tree.root_node.has_error and _MAYBE_GENERIC_TAGGED_TEMPLATE.search(data) is not None
        )
        if not prefixed and not tagged:
            return self.bridge_grammar_gaps(data, tree)
        from wac_lint.queries import captures

        for _ in range(_MAX_SETTLE):
            found = (
                captures(self.kind, _PREFIXED_GENERIC_CALL, tree.root_node).get(
                    "type_arguments", []
                )
                if prefixed
                else []
            )
            if tagged:
                found = [
                    *found,
                    *_tagged_type_arguments(
                        data,
                        captures(self.kind, _GENERIC_TAGGED_TEMPLATE, tree.root_node).get(
                            "type_arguments", []
                        ),
                    ),
                ]
            if not found:
                break
            data = blank(data, ((node.start_byte, node.end_byte) for node in found))
            tree = bounded_parse(self.parser(), data)
        return self.bridge_grammar_gaps(data, tree)

    def grammar_gaps(self, error: tree_sitter.Node) -> tuple[int, int] | None:
        # Variance annotations on type parameters (TypeScript 4.7: `<in out T>`,
        # `<out T extends X>`): the grammar takes `in` / `out` for the parameter's
        # name and the real name for an error. Blank the modifiers.
        names = error.named_children
        if names and all(n.type == "identifier" for n in names):
            if all(n.text in _VARIANCE for n in names[:-1]):
                before = _token_before(error)
                if (
                    before is not None
                    and before.type == "type_identifier"
                    and before.text in _VARIANCE
                    and before.parent is not None
                    and before.parent.type == "type_parameter"
                ):
                    return before.start_byte, names[-1].start_byte
            # `static accessor x = 1` (TypeScript 4.9 auto-accessors): after `static`
            # the grammar takes `accessor` for the field's name. Blank it.
            before = _token_before(error)
            if (
                len(names) == 1
                and before is not None
                and before.type == "property_identifier"
                and before.text == b"accessor"
                and before.parent is not None
                and before.parent.type == "public_field_definition"
            ):
                return before.start_byte, before.end_byte
        # `for (using x of xs)` (TypeScript 5.2): blank the `using`; the loop binds `x`
        # as before. Only over `of`: `using` in a `for...in` is an error.
        heads = error.children
        if len(heads) > 3 and [child.type for child in heads[:3]] == ["for", "(", "using"]:
            after = _leaves(heads[3:], 2)
            if len(after) == 2 and after[0].type == "identifier" and after[1].text == b"of":
                return heads[2].start_byte, heads[2].end_byte
        # `export type * from "./x"` / `export type * as ns from "./x"` (TypeScript
        # 5.0): the grammar knows `export * from`; blank the `type` of the re-export.
        # (the length first: an error node may span much of the file, and `.text` and
        # `.parent` cost its size and its depth)
        if error.end_byte - error.start_byte != 4 or error.text != b"type":
            return None
        parent = error.parent
        following = error.next_sibling
        if (
            parent is not None
            and parent.type == "export_statement"
            and following is not None
            and following.type in ("*", "namespace_export")
        ):
            return error.start_byte, error.end_byte
        return None

    def signature(self, source: SourceFile, tree: tree_sitter.Tree, bom: bool) -> Signature:
        # Windmill's TypeScript parser reads past a byte order mark.
        from wac_lint.schema import sig_typescript

        return sig_typescript.extract(source, tree)


TYPESCRIPT = TypeScript()


def _tagged_type_arguments(data: bytes, nodes: list[tree_sitter.Node]) -> list[tree_sitter.Node]:
    """The type arguments a template string follows (`sql<Row[]>`...``)."""
    found = []
    for node in nodes:
        at = node.end_byte
        while at < len(data) and data[at] in b" \t\r\n":
            at += 1
        if data[at : at + 1] == b"`":
            found.append(node)
    return found


def _token_before(node: tree_sitter.Node) -> tree_sitter.Node | None:
    """The last leaf before `node` in the text (None at the file's start)."""
    previous = node.prev_sibling
    walked = node
    while previous is None:
        if walked.parent is None:
            return None
        walked = walked.parent
        previous = walked.prev_sibling
    while previous.child_count:
        last = previous.children[-1]
        previous = last
    return previous


def _leaves(nodes: list[tree_sitter.Node], limit: int) -> list[tree_sitter.Node]:
    """The first `limit` leaves of `nodes`, in text order."""
    found: list[tree_sitter.Node] = []
    stack = list(reversed(nodes))
    while stack and len(found) < limit:
        node = stack.pop()
        if node.child_count:
            stack.extend(reversed(node.children))
        else:
            found.append(node)
    return found
