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
