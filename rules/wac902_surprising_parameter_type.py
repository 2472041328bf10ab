"""WAC902: a `main` parameter type that Windmill's input form reads differently."""

from __future__ import annotations

from collections.abc import Callable

import tree_sitter

from wac_lint.languages import LanguageKind
from wac_lint.model import Span
from wac_lint.parsing import node_bytes
from wac_lint.rule import WARNING, Rule, RuleContext, code_span, py, ts
from wac_lint.schema.types import UNKNOWN, Arg, SignatureError, TResource

Node = tree_sitter.Node

PY_SEQUENCES = ("tuple", "Tuple", "set", "Set", "frozenset", "FrozenSet")
_PY = "from wmill import workflow\n\n@workflow\n"
_TS = 'import { workflow } from "windmill-client";\n'
TS_LISTS = ("Array", "ReadonlyArray")
TS_MAPS = ("Record", "Map")


class SurprisingParameterType(Rule):
    code = "WAC902"
    name = "surprising-parameter-type"
    severity = WARNING
    summary = (
        "A `main` parameter type Windmill reads differently: `Array<T>` / `Record<K, V>` "
        "(resource types), `any`, unions, `tuple`, `set`, string annotations"
    )
    message = "Windmill reads this parameter type differently from what it says"
    docs = """
## What it does
Finds parameters of `main` whose type Windmill's signature parser reads as
something other than what the annotation says, so that the input form (and the
`.script.yaml` schema) is not the one the author meant:

* TypeScript `Array<T>` and `ReadonlyArray<T>` become *resource* pickers of
  type `array` / `readonly_array`, not lists; `Record<K, V>` and `Map<K, V>`
  become resources of type `record` / `map`;
* TypeScript `any` and `unknown`, and unions other than string literals or
  `T | undefined` / `T | null`, become untyped inputs;
* Python unions (`int | str`, `Union[...]`; only `T | None` and `Optional[T]`
  are understood) and string annotations (`"list[int]"`) become untyped inputs;
  `tuple`, `set` and `frozenset` become resources (or untyped inputs when
  subscripted); `Any` becomes a resource of type `Any`. `T | None` /
  `Optional[T]` over a `T` Windmill reads as untyped on its own (`dict[str,
  Any]`: windmill-oracle `sig` gives `unknown` with and without `None`) is
  judged as that `T`: the `None` is not the reason.

It looks at WAC scripts, like the other rules.

## Why is this bad
The form shows a resource picker or a free JSON field where the author
expected a list, an object or a typed field; values are not validated or
converted, and runs started from the UI, schedules or webhooks get whatever
shape the user typed.

## Example
```typescript
export async function main(ids: Array<string>, options: Record<string, number>) {}
```

## Use instead
```typescript
export async function main(ids: string[], options: { retries: number; timeout: number }) {}
```
"""
    VALID = [
        py(
            "from typing import Optional\n\nfrom wmill import workflow\n\n@workflow\n"
            "async def main(ids: list[str], limit: Optional[int] = None, "
            "mode: str | None = None):\n    return ids\n"
        ),
        ts(
            'import { workflow } from "windmill-client";\n'
            'export const main = workflow(async (ids: string[], mode: "fast" | "safe", '
            "options: { retries: number }, note?: string | undefined) => ids);\n"
        ),
    ]
    INVALID = [
        py(_PY + "async def main(value: «int | str»):\n    return value\n"),
        py(_PY + "async def main(emails: «list | None» = None):\n    return emails\n"),
        py(
            "from typing import Optional\n"
            + _PY
            + "async def main(emails: «Optional[list]» = None):\n    return emails\n"
        ),
        py(
            "from typing import Union\n\n"
            + _PY
            + "async def main(value: «Union[int, str]»):\n    return value\n"
        ),
        py(_PY + "async def main(point: «tuple[int, int]»):\n    return point\n"),
        py(_PY + 'async def main(ids: «"list[int]"»):\n    return ids\n'),
        ts(_TS + "export const main = workflow(async (ids: «Array<string>») => ids);\n"),
        ts(_TS + "export const main = workflow(async (opts: «Record<string, number>») => opts);\n"),
        ts(_TS + "export const main = workflow(async (payload: «any») => payload);\n"),
        ts(_TS + "export const main = workflow(async (value: «string | number») => value);\n"),
    ]

    def check(self, ctx: RuleContext) -> None:
        try:
            signature = ctx.model.signature
        except SignatureError:
            return
        if signature.invalid:
            return
        problem_of = PROBLEMS[ctx.model.language]
        for arg in signature.args:
            if arg.annotation is None:
                continue
            node = _unwrap(arg.annotation)
            problem = problem_of(node, arg)
            if problem:
                ctx.report(Span.of(node), problem)


def _unwrap(node: Node) -> Node:
    while node.type in ("type", "parenthesized_expression", "parenthesized_type"):
        inner = [c for c in node.named_children if c.type != "comment"]
        if len(inner) != 1:
            break
        node = inner[0]
    return node


def _head(node: Node) -> str | None:
    """`name` of `name`, `name[...]` or `name<...>`."""
    if node.type in ("identifier", "type_identifier"):
        return node_bytes(node).decode()
    if node.type in ("generic_type", "subscript") and node.named_children:
        head = node.child_by_field_name("name") or node.child_by_field_name("value")
        head = head or node.named_children[0]
        if head.type in ("identifier", "type_identifier"):
            return node_bytes(head).decode()
    return None


def _python_problem(node: Node, arg: Arg) -> str | None:
    text = code_span(node_bytes(node).decode("utf-8", "replace"))
    head = _head(node)
    if node.type == "string":
        return (
            f"Windmill does not read string annotations: {text} makes an untyped input; "
            "write the type without quotes"
        )
    optional_of = _optional_of(node, head)
    if optional_of is not None and arg.typ == UNKNOWN and _unread_alone(optional_of):
        # `dict[str, Any] | None`: the `T` is what Windmill does not read, with or
        # without `None` (windmill-oracle `sig`: unknown both ways); judge it alone
        return _python_problem(optional_of, arg)
    if node.type in ("binary_operator", "union_type") and arg.typ == UNKNOWN:
        if _is_optional_of_bare_container(node):
            return (
                f"Windmill reads {text} as an untyped input: it understands `T | None` only "
                "when `T` is a full type; give the element type (`list[str] | None`)"
            )
        return (
            f"Windmill reads {text} as an untyped input (of unions it only understands "
            "`T | None`); accept one type, or `T | None` for an optional one"
        )
    if head == "Optional" and arg.typ == UNKNOWN:
        return (
            f"Windmill reads {text} as an untyped input: it understands `Optional[T]` only "
            "when `T` is a full type; give the element type (`Optional[list[str]]`)"
        )
    if head == "Union" and node.type in ("generic_type", "subscript"):
        return (
            f"Windmill does not read `Union`: {text} makes an untyped input; "
            "accept one type, or `Optional[T]` / `T | None` for an optional one"
        )
    if head in PY_SEQUENCES:
        what = (
            f"a resource of type `{arg.typ.name}` (a resource picker)"
            if isinstance(arg.typ, TResource)
            else "an untyped input"
        )
        return f"Windmill reads {text} as {what}; use `list[...]` for a sequence"
    if head == "Any" and isinstance(arg.typ, TResource):
        return (
            "Windmill reads `Any` as a resource of type `Any` (a resource picker); "
            "leave the parameter unannotated for an untyped input, or give it a type"
        )
    return None


def _typescript_problem(node: Node, arg: Arg) -> str | None:
    text = code_span(node_bytes(node).decode("utf-8", "replace"))
    head = _head(node)
    if head in TS_LISTS and isinstance(arg.typ, TResource):
        arguments = node.child_by_field_name("type_arguments")
        element = (
            node_bytes(arguments.named_children[0]).decode()
            if arguments and arguments.named_children
            else "T"
        )
        return (
            f"Windmill reads {text} as a resource of type `{_snake(head)}`, not a list; "
            f"write `{element}[]`"
        )
    if head in TS_MAPS and isinstance(arg.typ, TResource):
        return (
            f"Windmill reads {text} as a resource of type `{_snake(head)}`, not an object; "
            "write `object` or an object type with named properties (`{ retries: number }`)"
        )
    if node.type == "predefined_type" and node.text in (b"any", b"unknown"):
        return (
            f"Windmill reads {text} as an untyped input (a free JSON field); give the "
            "parameter a type"
        )
    if node.type == "union_type" and arg.typ == UNKNOWN:
        return (
            f"Windmill reads {text} as an untyped input (of unions it understands string "
            "literals and `T | undefined` / `T | null`); accept one type"
        )
    return None


def _snake(name: str) -> str:
    from wac_lint.schema.sig_typescript import snake_case  # TypeScript files only

    return snake_case(name)


def _optional_of(node: Node, head: str | None) -> Node | None:
    """`T` of `T | None`, `None | T` or `Optional[T]` (None for anything else)."""
    if node.type in ("binary_operator", "union_type"):
        parts = [c for c in node.named_children if c.type != "comment"]
        others = [p for p in parts if node_bytes(p) != b"None"]
        return _unwrap(others[0]) if len(parts) == 2 and len(others) == 1 else None
    if head == "Optional" and node.type in ("generic_type", "subscript"):
        inner = [c for c in node.named_children[1:] if c.type != "comment"]
        if len(inner) == 1 and inner[0].type == "type_parameter":  # in an annotation
            inner = [c for c in inner[0].named_children if c.type != "comment"]
        return _unwrap(inner[0]) if len(inner) == 1 else None
    return None


def _unread_alone(node: Node) -> bool:
    """A parameterised type Windmill's parser reads as untyped on its own
    (`dict[str, Any]`, `tuple[int, int]`): anything but `list[...]`,
    `Literal[...]` and `Optional[...]`."""
    if node.type not in ("generic_type", "subscript"):
        return False
    return _head(node) not in ("list", "List", "Literal", "Optional")


def _is_optional_of_bare_container(node: Node) -> bool:
    """`list | None`, `None | list`: a union Windmill drops although it looks optional."""
    inner = _optional_of(node, None)
    return inner is not None and node_bytes(inner) in (b"list", b"List")


# What Windmill's parser of each language makes of a parameter type.
PROBLEMS: dict[LanguageKind, Callable[[Node, Arg], str | None]] = {
    LanguageKind.PYTHON: _python_problem,
    LanguageKind.TYPESCRIPT: _typescript_problem,
}
