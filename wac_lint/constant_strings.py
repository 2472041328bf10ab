"""The value of a string expression made only of literals, as the SDK sees it.

A step or approval name written `"fetch-" + "users"`, `f"{TEAM}_lead"` or through a
name bound once to such an expression is a constant key at run time, even though
Windmill's parser (which reads only a literal at the call) draws it as `step`.
The rules and the graph both ask here, so they agree on which names are constant.
"""

from __future__ import annotations

import ast

from tree_sitter import Node

from wac_lint.languages import LanguageKind
from wac_lint.model import ScriptModel


def plain_literal(model: ScriptModel, value: Node) -> bool:
    """A string literal with no interpolation (not an f-string, not a `${}` template)."""
    if value.type == "string" and model.text(value)[:1] in "\"'":
        return not any(c.type == "interpolation" for c in value.named_children)
    if value.type == "template_string":
        return not any(c.type == "template_substitution" for c in value.named_children)
    return False


def _python_literal(text: str) -> str | None:
    if "\\" not in text:
        # no escape: the value is the text between the quotes (and `ast.literal_eval`
        # leaves a reference cycle behind on every call)
        for quote in ('"""', "'''", '"', "'"):
            if len(text) >= 2 * len(quote) and text.startswith(quote) and text.endswith(quote):
                return text[len(quote) : -len(quote)]
    try:
        value = ast.literal_eval(text)
    except (SyntaxError, ValueError):
        return None
    return value if isinstance(value, str) else None  # not bytes


def _javascript_literal(text: str) -> str | None:
    # JavaScript escapes differ from Python's: fold only literals without any
    return text[1:-1] if "\\" not in text else None


# The value of a plain string literal, per language.
_LITERAL_VALUE = {
    LanguageKind.PYTHON: _python_literal,
    LanguageKind.TYPESCRIPT: _javascript_literal,
}


def folded_string(model: ScriptModel, node: Node | None, depth: int = 0) -> str | None:
    """The value of a string expression made only of literals (`"fetch-" + "users"`,
    Python's `"a" "b"`, an f-string of such names: `f"{TEAM}_lead"`), through names
    bound once to such an expression (`TEAM + "/lead"` with `TEAM = "sre"`), else None."""
    if node is None or depth > 8:
        return None
    if plain_literal(model, node):
        return _LITERAL_VALUE[model.language](model.text(node))
    if node.type == "string" and model.text(node)[:2] in ('f"', "f'", 'F"', "F'"):
        return _folded_f_string(model, node, depth)
    if node.type in (
        "parenthesized_expression",
        "concatenated_string",
        "binary_operator",
        "binary_expression",
    ):
        parts = node.named_children
        if node.type in ("binary_operator", "binary_expression"):
            operator = node.child_by_field_name("operator")
            if operator is None or operator.type != "+":
                return None
        folded = [folded_string(model, part, depth + 1) for part in parts]
        if not folded or any(part is None for part in folded):
            return None
        return "".join(part for part in folded if part is not None)
    semantic = model.semantic
    if semantic is not None and (
        node.type in semantic.syntax.identifiers
        or node.type == "shorthand_property_identifier"  # `{ key }`: the variable `key`
    ):
        binding = semantic.resolve(node)
        value = binding.assigned_value if binding is not None else None
        return folded_string(model, value, depth + 1) if value is not None else None
    return None


def _folded_f_string(model: ScriptModel, node: Node, depth: int) -> str | None:
    """`f"{TEAM}_lead"` whose interpolations are names of constant strings, without a
    conversion or format spec, and whose text has no escape but `{{` / `}}`."""
    out = []
    for part in node.named_children:
        if part.type in ("string_start", "string_end"):
            continue
        if part.type == "string_content":
            if any(c.type != "escape_interpolation" for c in part.named_children):
                return None  # `\n`, `\u...`: not folded
            out.append(model.text(part).replace("{{", "{").replace("}}", "}"))
            continue
        if part.type != "interpolation" or part.named_child_count != 1:
            return None  # `{x!r}`, `{x:>3}`
        value = folded_string(model, part.named_children[0], depth + 1)
        if value is None:
            return None
        out.append(value)
    return "".join(out)
