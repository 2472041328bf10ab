"""Parameters of a Python `def main` that windmill-parser-py leaves out of the script's
inputs (windmill-oracle `sig`): those after `*` / `*args` (keyword-only). The wrapper
passes only the inputs (`args["a"] = kwargs.get("a")`), unless `main` takes
`**kwargs`, when it passes every argument it is given."""

from __future__ import annotations

from typing import NamedTuple

import tree_sitter

Node = tree_sitter.Node

# Parameters with a name of their own (not `*args` / `**kwargs` / a `*` or `/` marker);
# the first two have no default.
_REQUIRED = ("identifier", "typed_parameter")
_NAMED = (*_REQUIRED, "default_parameter", "typed_default_parameter")


class KeywordOnly(NamedTuple):
    """A keyword-only parameter: its name's node, the separator before it as written
    (`*` or `*args`), and whether it has a default."""

    name: Node
    separator: str
    has_default: bool


def _parameters(main: Node | None) -> list[Node]:
    params = main.child_by_field_name("parameters") if main is not None else None
    if params is None or main is None or main.type != "function_definition":
        return []
    return list(params.named_children)


def _splat(param: Node, kind: str) -> bool:
    """`*args` / `**kwargs`, typed or not (`*args: str` is a typed parameter)."""
    first = param.named_children[0] if param.named_children else None
    return param.type == kind or (
        param.type == "typed_parameter" and first is not None and first.type == kind
    )


def keyword_only(main: Node | None) -> tuple[KeywordOnly, ...]:
    """`main`'s parameters after `*` or `*args`, in order."""
    out: list[KeywordOnly] = []
    separator: str | None = None
    for param in _parameters(main):
        if param.type == "keyword_separator" or _splat(param, "list_splat_pattern"):
            separator = (param.text or b"").decode("utf-8", "replace").split(":")[0].strip()
            continue
        if separator is None or param.type not in _NAMED:
            continue
        name = param if param.type == "identifier" else param.child_by_field_name("name")
        first = param.named_children[0] if param.named_children else None
        if name is None and first is not None and first.type == "identifier":
            name = first
        if name is not None and name.type == "identifier" and name.text:
            out.append(KeywordOnly(name, separator, param.type not in _REQUIRED))
    return tuple(out)


def takes_any_keyword(main: Node | None) -> bool:
    """`main` takes `**kwargs`: the wrapper passes every argument, keyword-only ones
    too."""
    return any(_splat(p, "dictionary_splat_pattern") for p in _parameters(main))
