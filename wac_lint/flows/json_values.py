"""What JSON Schema calls the type of a value read from a flow's YAML or JSON."""

from __future__ import annotations

import re
from typing import Any


def json_type(value: Any) -> str:
    """The JSON Schema type of a value read from YAML / JSON (`bool` before `int`:
    Python's `True` is an int)."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, dict) else "null"


# What a JSON string, number or boolean answers in JavaScript besides the members of
# every object (`String.prototype`, `Number.prototype`): any other property read on one
# is undefined (`flow_input.iter.value.region` on a string item).
PRIMITIVE_MEMBERS: dict[str, frozenset[str]] = {
    "string": frozenset(
        {
            "length",
            "at",
            "charAt",
            "charCodeAt",
            "codePointAt",
            "concat",
            "endsWith",
            "includes",
            "indexOf",
            "lastIndexOf",
            "localeCompare",
            "match",
            "matchAll",
            "normalize",
            "padEnd",
            "padStart",
            "repeat",
            "replace",
            "replaceAll",
            "search",
            "slice",
            "split",
            "startsWith",
            "substring",
            "substr",
            "toLowerCase",
            "toUpperCase",
            "toLocaleLowerCase",
            "toLocaleUpperCase",
            "trim",
            "trimStart",
            "trimEnd",
            "isWellFormed",
            "toWellFormed",
            # Annex B: still on String.prototype in V8 (Deno, Bun's JavaScriptCore too)
            "trimLeft",
            "trimRight",
            "anchor",
            "big",
            "blink",
            "bold",
            "fixed",
            "fontcolor",
            "fontsize",
            "italics",
            "link",
            "small",
            "strike",
            "sub",
            "sup",
        }
    ),
    "number": frozenset({"toFixed", "toExponential", "toPrecision"}),
    "integer": frozenset({"toFixed", "toExponential", "toPrecision"}),
    "boolean": frozenset(),
}


JS_DECIMAL = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[+-]?Infinity")
JS_RADIX = re.compile(r"0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+")


def js_number(text: str) -> float:
    """JavaScript's `Number(text)` (what `==` turns a string into): NaN when it is not
    a number literal; the empty string is 0."""
    body = text.strip(" \t\n\r\v\f\u00a0\ufeff")
    if not body:
        return 0.0
    if JS_RADIX.fullmatch(body):
        return float(int(body, 0))
    if JS_DECIMAL.fullmatch(body):
        return float(body)
    return float("nan")
