"""The inputs of a GraphQL script, as Windmill's GraphQL parser reads them.

Windmill (windmill-parser-graphql, through `windmill-parser-wasm-regex`
`parse_graphql`; checked on the samples of `tests/data/graphql_signatures.json`,
made with that package) takes every `$name: Type` of the text, in order, as an
input: the operation's variable definitions, but also one written in a `#`
comment or a string (the parser is one regex over the whole text). An input is
required when its type ends in `!` (`Int!`, `[String]!`, `[ID!]!`) and it has no
`= default`; `[ID!]` alone stays optional. `String` / `ID` are strings, `Int`
integers, `Float` numbers, `Boolean` booleans, `[T]` arrays; any other type
(an input object, an enum) Windmill shows as an object, which wac-lint does not
judge (an enum's value is a plain string).

Besides those, `wmill` and the flow editor give a GraphQL script an `api` input
of resource type `graphql` (windmill-cli 1.819.0 `inferSchema`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# RE_ARG_GRAPHQL of windmill-parser-graphql, in Python's syntax.
_ARG = re.compile(r'\$(\w+)\s*:\s*(?:(\w+)(!)?|\[(\w+)!?\])(!)?\s*(?:=\s*"?(\w+)"?\s*)?')
_SCALARS = {"String": "string", "ID": "string", "Int": "integer", "Float": "number"}
_SCALARS["Boolean"] = "boolean"
RESOURCE = "graphql"


@dataclass(frozen=True)
class GraphqlInput:
    name: str
    required: bool
    type: str | None  # JSON type; None when wac-lint does not judge it
    resource: str | None = None


def graphql_inputs(code: str) -> tuple[GraphqlInput, ...]:
    """The script's inputs, the `api` resource first."""
    out = [GraphqlInput("api", True, None, RESOURCE)]
    for match in _ARG.finditer(code):
        name, scalar, bang, item, list_bang, default = match.groups()
        kind = _SCALARS.get(scalar) if scalar is not None else "array"
        required = default is None and (bang is not None or list_bang is not None)
        out.append(GraphqlInput(name, required, kind))
    return tuple(out)


# a `#` comment to the end of the line, a block string, a string
_NOISE = re.compile(r'#[^\n]*|"""(?:[^"\\]|\\.|"(?!""))*"""|"(?:[^"\\\n]|\\.)*"')
_NAME = re.compile(r"[_A-Za-z]\w*")


def graphql_result_fields(code: str) -> frozenset[str] | None:
    """The fields of a GraphQL step's result: Windmill (windmill-worker
    `graphql_executor.rs`) answers with the response's `data` itself, an object
    keyed by the top-level fields of the operation's selection set (an alias when one
    is given: `open: issues(...)` is `open`). None when the text is not one operation
    whose top-level fields are all written out (a fragment spread, several operations,
    text that does not balance)."""
    text = _NOISE.sub(" ", code)
    fields: list[str] = []
    blocks = 0
    depth = 0  # braces
    parens = 0
    i = 0
    pending: str | None = None  # a name at the top level of the selection set
    while i < len(text):
        char = text[i]
        if char == "(":
            parens += 1
        elif char == ")":
            parens -= 1
        elif parens:
            pass
        elif char == "{":
            if depth == 0:
                blocks += 1
            depth += 1
        elif char == "}":
            depth -= 1
            if depth < 0:
                return None
        elif depth == 1 and text.startswith("...", i):
            return None  # a fragment's fields are not written here
        elif depth == 1 and char == "@":
            match = _NAME.match(text, i + 1)
            i = match.end() if match is not None else i + 1
            continue
        elif depth == 1 and char == ":" and pending is not None:
            pending = None  # `alias: field`: the alias, already taken, names it
            match = _NAME.match(text, i + 1 + (len(text[i + 1 :]) - len(text[i + 1 :].lstrip())))
            i = match.end() if match is not None else i + 1
            continue
        elif depth == 1:
            match = _NAME.match(text, i)
            if match is not None and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
                pending = match.group(0)
                fields.append(pending)
                i = match.end()
                continue
        i += 1
    if blocks != 1 or depth != 0 or parens != 0 or not fields:
        return None
    return frozenset(fields)
