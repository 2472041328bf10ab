"""The inputs of a Go script, as Windmill's Go parser reads them.

windmill-parser-go (`parse_go_sig`) keeps the code from the first line that
starts with `func main(` to the parenthesis that closes it, parses that with a
Go parser, and makes each parameter an input: required (Go has no defaults),
typed from its Go type (`int`, `int16`, `int32`, `int64` -> integer, `string`,
`bool`, slices and arrays -> list, `struct {...}`, `interface{}` and maps ->
object; another named type is a resource). A script without such a line has no
inputs Windmill knows of (`no_main_func`).

Parameters grouped under one type (`a, b string`) are left unjudged: the parser
keeps one name per group (`Field.name.first()`), a behaviour a later version
may not share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MAIN = "func main("
_INTS = {"int", "int16", "int32", "int64"}
_NAME = re.compile(r"[A-Za-z_]\w*")


@dataclass(frozen=True)
class GoInput:
    name: str
    type: str | None  # JSON type, when Windmill's is one wac-lint compares with


def go_inputs(code: str) -> tuple[GoInput, ...] | None:
    """The inputs in order; None when they cannot be read with confidence."""
    start = next((i for i, line in enumerate(code.split("\n")) if line.startswith(_MAIN)), None)
    if start is None:
        return None
    rest = "\n".join(code.split("\n")[start:])[len(_MAIN) :]
    params = _until_close(rest)
    if params is None:
        return None
    out: list[GoInput] = []
    for item in _split(params):
        parts = item.split(None, 1)
        if not parts:
            continue
        if len(parts) == 1 or not _NAME.fullmatch(parts[0]):
            return None  # a name grouped with the next one's type, or an unnamed parameter
        out.append(GoInput(parts[0], _json_type(parts[1].strip())))
    return tuple(out)


def _until_close(text: str) -> str | None:
    depth = 1
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return text[:i]
    return None


def _split(params: str) -> list[str]:
    """Top-level comma-separated items (struct fields, tags and generics kept whole)."""
    items: list[str] = []
    current: list[str] = []
    depth, quote = 0, ""
    for ch in params:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in '`"':
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append("".join(current).strip())
            current = []
            continue
        current.append(ch)
    if "".join(current).strip():
        items.append("".join(current).strip())
    return items


def _json_type(typ: str) -> str | None:
    if typ in _INTS:
        return "integer"
    if typ == "string":
        return "string"
    if typ == "bool":
        return "boolean"
    if typ.startswith("["):
        return "array"
    if typ.startswith(("struct", "interface", "map[")):
        return "object"
    return None
