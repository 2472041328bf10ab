"""The main signature as Windmill's parsers describe it.

These mirror the JSON that `windmill-parser-wasm-py` / `-ts` return
(`{"args": [{"name", "typ", "default", "has_default", "otyp"}], ...}`) so that
tests can compare our extraction with theirs field by field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeAlias

# Windmill types without a payload ("typ": "int").
INT = "int"
FLOAT = "float"
BOOL = "bool"
BYTES = "bytes"
DATETIME = "datetime"
DATE = "date"
EMAIL = "email"
SQL = "sql"
UNKNOWN = "unknown"
SIMPLE_TYPES = (INT, FLOAT, BOOL, BYTES, DATETIME, DATE, EMAIL, SQL, UNKNOWN)


@dataclass(frozen=True)
class TStr:
    """`{"str": null}` or, for enums / literal unions, `{"str": [values]}`."""

    values: tuple[str, ...] | None = None


@dataclass(frozen=True)
class TList:
    """`{"list": inner}`: an array of `inner`."""

    inner: Typ


@dataclass(frozen=True)
class TResource:
    """`{"resource": name}`: a resource of one type."""

    name: str


@dataclass(frozen=True)
class TDynSelect:
    """`{"dynselect": name}`: a select filled by a script function."""

    name: str
    multi: bool = False


@dataclass(frozen=True)
class TObject:
    """`{"object": {"name", "props"}}`; props None means "no properties known"."""

    name: str | None
    props: tuple[tuple[str, Typ], ...] | None


@dataclass(frozen=True)
class TOneOf:
    """`{"oneOf": variants}`: one of several named object shapes."""

    variants: tuple[tuple[str, tuple[tuple[str, Typ], ...]], ...]


Typ: TypeAlias = str | TStr | TList | TResource | TDynSelect | TObject | TOneOf


@dataclass
class Arg:
    """One parameter of `main` as Windmill's parser reads it."""

    name: str
    typ: Typ
    default: Any = None  # a JSON value (None is JSON null)
    has_default: bool = False
    otyp: str | None = None
    # Where the parameter and its annotation are in the caller's tree (None when
    # Windmill's text filter made us parse another text). Not part of the output.
    node: Any = field(default=None, compare=False, repr=False)
    annotation: Any = field(default=None, compare=False, repr=False)


@dataclass
class Signature:
    """What the parser returns; `invalid` is Windmill's `{"type": "Invalid"}`."""

    args: list[Arg] = field(default_factory=list)
    has_preprocessor: bool = False
    no_main_func: bool = False
    invalid: bool = False
    invalid_reason: str | None = None  # why (for messages), not part of Windmill's output
    main: Any = field(default=None, compare=False, repr=False)  # main's node, when in the tree


class SignatureError(Exception):
    """Windmill itself fails on this script (e.g. a default JavaScript cannot evaluate).

    `node` is the tree-sitter node of the offending code, when known.
    """

    def __init__(self, message: str, node: Any = None) -> None:
        super().__init__(message)
        self.node = node


def typ_to_json(typ: Typ) -> Any:
    """The JSON Windmill's parsers emit for a type."""
    if isinstance(typ, str):
        return typ
    if isinstance(typ, TStr):
        return {"str": list(typ.values) if typ.values is not None else None}
    if isinstance(typ, TList):
        return {"list": typ_to_json(typ.inner)}
    if isinstance(typ, TResource):
        return {"resource": typ.name}
    if isinstance(typ, TDynSelect):
        return {("dynmultiselect" if typ.multi else "dynselect"): typ.name}
    if isinstance(typ, TObject):
        props = None
        if typ.props is not None:
            props = [{"key": k, "typ": typ_to_json(t)} for k, t in typ.props]
        return {"object": {"name": typ.name, "props": props}}
    if isinstance(typ, TOneOf):
        return {
            "oneof": [
                {
                    "label": label,
                    "properties": [{"key": k, "typ": typ_to_json(t)} for k, t in props],
                }
                for label, props in typ.variants
            ]
        }
    raise TypeError(typ)


def signature_to_json(sig: Signature) -> dict[str, Any]:
    """The subset of the parser's JSON that the schema depends on."""
    if sig.invalid:
        return {"type": "Invalid"}
    return {
        "has_preprocessor": sig.has_preprocessor,
        "args": [
            {
                "name": a.name,
                "typ": typ_to_json(a.typ),
                "default": a.default,
                "has_default": a.has_default,
                "otyp": a.otyp,
            }
            for a in sig.args
        ],
    }


def json_to_typ(value: Any) -> Typ:
    """Windmill's json_to_typ: the type a default value implies.

    Integers are `int` only when they fit an i64 (serde's `is_i64`); larger
    ones, and all floats, are `float`.
    """
    if isinstance(value, bool):
        return BOOL
    if isinstance(value, str):
        return TStr()
    if isinstance(value, int):
        return INT if -(2**63) <= value < 2**63 else FLOAT
    if isinstance(value, float):
        return FLOAT
    if isinstance(value, dict):
        return TObject(None, tuple((k, json_to_typ(v)) for k, v in value.items()))
    if isinstance(value, list):
        return TList(json_to_typ(value[0]) if value else UNKNOWN)
    return UNKNOWN
