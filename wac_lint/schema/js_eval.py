"""Default values of TypeScript parameters, computed without running anything.

Windmill's TypeScript parser reads a literal default itself, but for an object
or array literal it first tries `serde_json::from_str` on the source text and,
when that fails, *evaluates the text as JavaScript* (`eval("let x = ...; x")`)
and converts the result with serde. This module reproduces both steps for the
expressions that can be computed statically (literals, arrays, objects,
templates, arithmetic, ...). Anything that would need the JavaScript runtime
(a variable, a call, `new`, TypeScript-only syntax) raises
`SignatureError`: Windmill either fails on it too (`ReferenceError`,
`SyntaxError`) or computes something only a JS engine knows.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import tree_sitter

from wac_lint.parsing import node_bytes, required_field
from wac_lint.schema.jsvalues import JS_WHITESPACE, UNDEFINED, format_number, js_key_order
from wac_lint.schema.types import SignatureError

Node = tree_sitter.Node

U64_MAX = 2**64 - 1
I64_MIN = -(2**63)
MAX_SAFE = 2**53 - 1
# BigInt results wider than this are refused rather than computed: serde keeps
# only values that fit 64 bits, so nothing wider can reach the schema anyway.
BIGINT_BITS_LIMIT = 4096


class _NotJson(ValueError):
    pass


class _Unserializable(Exception):
    """serde_wasm_bindgen cannot convert the value: Windmill records no default."""


@dataclass(frozen=True)
class JSBigInt:
    value: int


@dataclass(frozen=True)
class JSFunction:
    pass


@dataclass(frozen=True)
class JSRegExp:
    pass


_HOLE: Any = UNDEFINED


class ArrayProtoObject(dict[str, Any]):
    """An object literal whose `__proto__` is an array: serde_wasm_bindgen cannot convert it.

    Windmill then records no default at all (the whole default, wherever the
    object sits in it).
    """


# --- JSON first (serde_json semantics) ------------------------------------------------


def _json_int(text: str) -> int | float:
    if text == "-0":
        return -0.0  # serde_json keeps the sign of a negative zero: a float
    value = int(text)
    if 0 <= value <= U64_MAX or I64_MIN <= value < 0:
        return value
    return _json_float(text)


def _json_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise _NotJson("number out of range")
    return value


def _reject_constant(name: str) -> Any:
    raise _NotJson(name)


def _has_lone_surrogate(value: Any) -> bool:
    if isinstance(value, str):
        return any(0xD800 <= ord(c) <= 0xDFFF for c in value)
    if isinstance(value, list):
        return any(_has_lone_surrogate(v) for v in value)
    if isinstance(value, dict):
        return any(_has_lone_surrogate(k) or _has_lone_surrogate(v) for k, v in value.items())
    return False


def parse_json(text: str) -> Any:
    """serde_json::from_str: integers stay exact (u64 / i64), NaN and lone surrogates fail."""
    try:
        value = json.loads(
            text, parse_int=_json_int, parse_float=_json_float, parse_constant=_reject_constant
        )
    except (ValueError, RecursionError) as exc:
        raise _NotJson(str(exc)) from exc
    if _has_lone_surrogate(value):
        raise _NotJson("lone surrogate")
    return value


def literal_default(node: Node) -> Any:
    """The default of an object or array literal, or UNDEFINED when serde rejects it."""
    text = node_bytes(node).decode("utf-8", "replace")
    try:
        return parse_json(text)
    except _NotJson:
        pass
    value = _Evaluator().eval(node)
    try:
        return _to_serde(value)
    except _Unserializable:
        return UNDEFINED


def _to_serde(value: Any) -> Any:
    """serde_wasm_bindgen's view of a JS value as serde_json::Value."""
    if value is UNDEFINED or value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        if value.is_integer() and abs(value) <= MAX_SAFE:
            return int(value)
        return value
    if isinstance(value, str):
        # surrogate halves that pair up again (`"🚀"[0] + "🚀"[1]`) are one character
        value = value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
        return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in value)
    if isinstance(value, JSBigInt):
        if I64_MIN <= value.value <= U64_MAX:
            return value.value
        raise _Unserializable("BigInt out of range")
    if isinstance(value, list):
        return [_to_serde(v) for v in value]
    if isinstance(value, ArrayProtoObject):
        raise _Unserializable("an object whose prototype is an array")
    if isinstance(value, dict):
        return {k: _to_serde(value[k]) for k in js_key_order(list(value))}
    if isinstance(value, JSRegExp):
        return {}
    raise _Unserializable(type(value).__name__)


# --- JavaScript literals ----------------------------------------------------------------


def decode_js_string(text: str, *, raw_surrogates: bool = False) -> str:
    """The value of a JS string literal token ('...' or "...").

    With `raw_surrogates`, a `\\uD800` or `\\u{DE00}` escape of a surrogate (lone or
    one half of a pair) stays as its source text: what swc gives Windmill for a
    string default (windmill-oracle `sig`: `"\\uD83D\\uDE00"` is recorded as
    those twelve characters).
    """
    return _unescape_js(text[1:-1], raw_surrogates=raw_surrogates)


_LINE_TERMINATORS = "\n\r\u2028\u2029"


def _unescape_js(body: str, *, raw_surrogates: bool = False) -> str:
    units: list[int] = []
    i = 0
    n = len(body)
    simple = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v"}
    while i < n:
        ch = body[i]
        if ch != "\\" or i + 1 >= n:
            units.extend(_utf16(ch))
            i += 1
            continue
        nxt = body[i + 1]
        if nxt in simple:
            units.append(ord(simple[nxt]))
            i += 2
        elif nxt == "x" and re.fullmatch(r"[0-9a-fA-F]{2}", body[i + 2 : i + 4]):
            units.append(int(body[i + 2 : i + 4], 16))
            i += 4
        elif nxt == "u" and body[i + 2 : i + 3] == "{":
            close = body.find("}", i + 3)
            digits = body[i + 3 : close] if close > 0 else ""
            if not re.fullmatch(r"[0-9a-fA-F]+", digits) or int(digits, 16) > 0x10FFFF:
                # JavaScript: "Undefined Unicode code-point", a SyntaxError
                raise SignatureError(f"a string holds an invalid escape `\\u{{{digits[:12]}}}`")
            code = int(digits, 16)
            if raw_surrogates and 0xD800 <= code <= 0xDFFF:
                units.extend(ord(c) for c in body[i : close + 1])
            else:
                units.extend(_utf16(chr(code)))
            i = close + 1
        elif nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", body[i + 2 : i + 6]):
            code = int(body[i + 2 : i + 6], 16)
            if raw_surrogates and 0xD800 <= code <= 0xDFFF:
                units.extend(ord(c) for c in body[i : i + 6])
            else:
                units.append(code)
            i += 6
        elif nxt in "01234567":
            m = re.match(r"[0-3]?[0-7]{1,2}|[0-7]", body[i + 1 :])
            assert m
            units.append(int(m.group(0), 8))
            i += 1 + len(m.group(0))
        elif nxt in _LINE_TERMINATORS:
            i += 2
            if nxt == "\r" and body[i : i + 1] == "\n":
                i += 1
        else:
            units.extend(_utf16(nxt))
            i += 2
    return _from_utf16(units)


def _has_legacy_escape(body: str) -> bool:
    """A legacy octal escape (`\\1`-`\\7`, `\\0` before a digit) or `\\8` / `\\9`."""
    for match in re.finditer(r"\\(.)", body, re.S):
        escaped = match.group(1)
        if escaped in "123456789":
            return True
        if escaped == "0" and body[match.end() : match.end() + 1].isdigit():
            return True
    return False


def _utf16(ch: str) -> list[int]:
    code = ord(ch)
    if code < 0x10000:
        return [code]
    code -= 0x10000
    return [0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)]


def _from_utf16(units: list[int]) -> str:
    """Join UTF-16 units; a lone surrogate stays a lone surrogate code point."""
    out = []
    i = 0
    while i < len(units):
        u = units[i]
        if 0xD800 <= u <= 0xDBFF and i + 1 < len(units) and 0xDC00 <= units[i + 1] <= 0xDFFF:
            out.append(chr(0x10000 + ((u - 0xD800) << 10) + (units[i + 1] - 0xDC00)))
            i += 2
        else:
            out.append(chr(u))
            i += 1
    return "".join(out)


def parse_js_number(text: str) -> float | JSBigInt:
    t = text.replace("_", "")
    if t.endswith("n"):
        return JSBigInt(_parse_int_literal(t[:-1]))
    lower = t.lower()
    if lower.startswith(("0x", "0o", "0b")) or re.fullmatch(r"0[0-7]+", t):
        return float(_parse_int_literal(t))
    return float(t)


def _parse_int_literal(t: str) -> int:
    lower = t.lower()
    if lower.startswith("0x"):
        return int(t[2:], 16)
    if lower.startswith("0o"):
        return int(t[2:], 8)
    if lower.startswith("0b"):
        return int(t[2:], 2)
    if len(t) > 1 and t.startswith("0") and re.fullmatch(r"[0-7]+", t):
        return int(t, 8)  # legacy octal
    return int(t)


# --- conversions (ECMAScript abstract operations, for the values we produce) -------------


def to_string(value: Any) -> str:
    if value is UNDEFINED:
        return "undefined"
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, float):
        return format_number(value)
    if isinstance(value, str):
        return value
    if isinstance(value, JSBigInt):
        return str(value.value)
    if isinstance(value, list):
        return ",".join("" if v is None or v is UNDEFINED else to_string(v) for v in value)
    if isinstance(value, ArrayProtoObject):  # Array.prototype.toString on a non-array
        raise SignatureError("a default converts an object with an array prototype to text")
    if isinstance(value, dict):
        return "[object Object]"
    raise SignatureError("a default converts a function or regular expression to text")


def to_number(value: Any) -> float:
    if value is UNDEFINED:
        return math.nan
    if value is None or value is False:
        return 0.0
    if value is True:
        return 1.0
    if isinstance(value, float):
        return value
    if isinstance(value, str):
        text = value.strip(JS_WHITESPACE)
        if not text:
            return 0.0
        try:
            if re.fullmatch(r"0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+", text):
                return float(_parse_int_literal(text))
            if re.fullmatch(r"[+-]?(Infinity|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)", text):
                return float(text.replace("Infinity", "inf"))
        except ValueError:
            pass
        return math.nan
    if isinstance(value, list):
        return to_number(to_string(value))
    if isinstance(value, dict):
        return math.nan
    raise SignatureError("a default does arithmetic on a BigInt, function or regular expression")


def truthy(value: Any) -> bool:
    if value is UNDEFINED or value is None or value is False:
        return False
    if isinstance(value, float):
        return not (value == 0 or math.isnan(value))
    if isinstance(value, str):
        return value != ""
    if isinstance(value, JSBigInt):
        return value.value != 0
    return True


def type_of(value: Any) -> str:
    if value is UNDEFINED:
        return "undefined"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, JSBigInt):
        return "bigint"
    if isinstance(value, JSFunction):
        return "function"
    return "object"


def _strict_equal(a: Any, b: Any) -> bool:
    if type_of(a) != type_of(b):
        return False
    if isinstance(a, (list, dict, JSFunction, JSRegExp)):
        return a is b
    if isinstance(a, str):  # equal UTF-16 code units (a pair equals its two halves)
        return bool(
            a.encode("utf-16-le", "surrogatepass") == b.encode("utf-16-le", "surrogatepass")
        )
    return bool(a == b)


def _loose_equal(a: Any, b: Any) -> bool:
    nullish = (None, UNDEFINED)
    if a in nullish or b in nullish:
        return a in nullish and b in nullish
    if type_of(a) == type_of(b):
        return _strict_equal(a, b)
    if isinstance(a, (list, dict)):
        a = to_string(a)
    if isinstance(b, (list, dict)):
        b = to_string(b)
    if isinstance(a, str) and isinstance(b, str):
        return a == b
    return to_number(a) == to_number(b)


def _compare(a: Any, b: Any, op: str) -> bool:
    if isinstance(a, (list, dict)):
        a = to_string(a)
    if isinstance(b, (list, dict)):
        b = to_string(b)
    if isinstance(a, str) and isinstance(b, str):
        # JavaScript compares UTF-16 code units: "\uFFFF" < "🚀" (U+D83D U+DE80)
        x: Any = a.encode("utf-16-be", "surrogatepass")
        y: Any = b.encode("utf-16-be", "surrogatepass")
    else:
        x, y = to_number(a), to_number(b)
        if math.isnan(x) or math.isnan(y):
            return False
    results: dict[str, bool] = {"<": x < y, ">": x > y, "<=": x <= y, ">=": x >= y}
    return results[op]


def _int32(x: float) -> int:
    if not math.isfinite(x):
        return 0
    v = int(x) & 0xFFFFFFFF
    return v - 2**32 if v >= 2**31 else v


# --- the evaluator -----------------------------------------------------------------------


class _Evaluator:
    def eval(self, node: Node) -> Any:
        method = getattr(self, "_" + node.type, None)
        if method is None:
            raise self._unsupported(node)
        return method(node)

    def _unsupported(self, node: Node) -> SignatureError:
        text = " ".join(node_bytes(node).decode("utf-8", "replace").split())
        if len(text) > 40:
            text = text[:39] + "…"
        if node.type in (
            "as_expression",
            "satisfies_expression",
            "non_null_expression",
            "type_assertion",
        ):
            return SignatureError(
                f"a default uses TypeScript syntax ({text}) inside an object or array literal; "
                "Windmill evaluates that literal as JavaScript and fails (SyntaxError)",
                node,
            )
        return SignatureError(
            f"a default needs JavaScript to compute ({text}); "
            "Windmill evaluates it at generation time, wac-lint only reads literal values",
            node,
        )

    def _children(self, node: Node) -> list[Node]:
        return [c for c in node.named_children if c.type != "comment"]

    # literals
    def _string(self, node: Node) -> str:
        text = node_bytes(node).decode("utf-8", "surrogatepass")
        if _has_legacy_escape(text[1:-1]):
            # Windmill evaluates the default in strict mode: a SyntaxError, no signature
            raise SignatureError(
                f"a default's string {text[:40]} holds an octal escape (`\\1`, `\\08`) or "
                "`\\8` / `\\9`, which Windmill's evaluation rejects in strict mode"
            )
        return decode_js_string(text)

    def _number(self, node: Node) -> float | JSBigInt:
        return parse_js_number(node_bytes(node).decode())

    def _true(self, node: Node) -> bool:
        return True

    def _false(self, node: Node) -> bool:
        return False

    def _null(self, node: Node) -> None:
        return None

    def _undefined(self, node: Node) -> Any:
        return UNDEFINED

    def _regex(self, node: Node) -> JSRegExp:
        return JSRegExp()

    def _identifier(self, node: Node) -> Any:
        name = node_bytes(node).decode()
        if name == "undefined":
            return UNDEFINED
        if name == "NaN":
            return math.nan
        if name == "Infinity":
            return math.inf
        raise self._unsupported(node)

    def _template_string(self, node: Node) -> str:
        out = []
        children = node.children[1:-1]
        for index, child in enumerate(children):
            if child.type == "template_substitution":
                out.append(to_string(self.eval(self._children(child)[0])))
            elif child.type == "escape_sequence":
                after = children[index + 1] if index + 1 < len(children) else None
                following = node_bytes(after)[:1] if after is not None else b""
                if node_bytes(child) == b"\\0" and following.isdigit():
                    # swc reads `\08` in a template, the evaluation does not
                    raise SignatureError(
                        "a template in a default holds `\\0` before a digit: "
                        "Windmill's evaluation rejects it (SyntaxError)"
                    )
                out.append(_unescape_js(node_bytes(child).decode("utf-8", "surrogatepass")))
            else:
                out.append(node_bytes(child).decode("utf-8", "surrogatepass"))
        return "".join(out)

    def _parenthesized_expression(self, node: Node) -> Any:
        value = UNDEFINED
        for child in self._children(node):
            value = self.eval(child)
        return value

    def _sequence_expression(self, node: Node) -> Any:
        return self._parenthesized_expression(node)

    def _arrow_function(self, node: Node) -> JSFunction:
        return JSFunction()

    _function_expression = _arrow_function
    _function = _arrow_function
    _generator_function = _arrow_function
    _class = _arrow_function

    # collections
    def _array(self, node: Node) -> list[Any]:
        items: list[Any] = []
        pending = False
        for child in node.children[1:-1]:
            if child.type == "comment":
                continue
            if child.type == ",":
                if not pending:
                    items.append(_HOLE)
                pending = False
                continue
            if child.type == "spread_element":
                items.extend(self._spread_items(self.eval(self._children(child)[0]), child))
            else:
                items.append(self.eval(child))
            pending = True
        return items

    def _spread_items(self, value: Any, node: Node) -> list[Any]:
        if isinstance(value, list):
            return list(value)
        if isinstance(value, str):
            return list(value)
        raise self._unsupported(node)

    def _object(self, node: Node) -> dict[str, Any]:
        out: dict[str, Any] = {}
        prototype: Any = UNDEFINED
        sets_prototype = False
        for child in self._children(node):
            kind = child.type
            if kind == "pair":
                key_node = required_field(child, "key")
                value = self.eval(required_field(child, "value"))
                if self._sets_prototype(key_node):  # `__proto__: v` is not an own property
                    if sets_prototype:
                        raise SignatureError(
                            "a default object literal sets `__proto__` twice; Windmill evaluates "
                            "it as JavaScript and fails (SyntaxError: Duplicate __proto__ fields)",
                            child,
                        )
                    prototype, sets_prototype = value, True
                    continue
                out[self._key(key_node)] = value
            elif kind == "shorthand_property_identifier":
                out[node_bytes(child).decode()] = self._identifier(child)
            elif kind == "spread_element":
                value = self.eval(self._children(child)[0])
                if isinstance(value, dict):
                    for k in js_key_order(list(value)):
                        out[k] = value[k]
                elif isinstance(value, (list, str)):
                    for i, v in enumerate(value):
                        out[str(i)] = v
                elif value is None or value is UNDEFINED or isinstance(value, (bool, float)):
                    pass
                else:
                    raise self._unsupported(child)
            elif kind == "method_definition":
                name_node = required_field(child, "name")
                accessor = child.children[0].type if child.children else ""
                if accessor == "get":
                    out[self._key(name_node)] = self._getter_value(child)
                elif accessor == "set":
                    raise self._unsupported(child)
                else:
                    out[self._key(name_node)] = JSFunction()
            else:
                raise self._unsupported(child)
        if isinstance(prototype, (list, ArrayProtoObject)):  # an array up the chain
            return ArrayProtoObject(out)
        return out

    def _sets_prototype(self, key: Node) -> bool:
        """`__proto__: v` or `"__proto__": v` (escapes decoded), not computed or shorthand."""
        if key.type == "property_identifier":
            return key.text == b"__proto__"
        return key.type == "string" and self._string(key) == "__proto__"

    def _getter_value(self, method: Node) -> Any:
        body = method.child_by_field_name("body")
        statements = self._children(body) if body is not None else []
        if len(statements) == 1 and statements[0].type == "return_statement":
            returned = self._children(statements[0])
            return self.eval(returned[0]) if returned else UNDEFINED
        raise self._unsupported(method)

    def _key(self, node: Node) -> str:
        if node.type == "property_identifier":
            return node_bytes(node).decode()
        if node.type == "string":
            return self._string(node)
        if node.type == "number":
            value = self._number(node)
            return to_string(value)
        if node.type == "computed_property_name":
            value = self.eval(self._children(node)[0])
            return to_string(value)
        raise self._unsupported(node)

    # operators
    def _unary_expression(self, node: Node) -> Any:
        op = node_bytes(required_field(node, "operator")).decode()
        arg_node = required_field(node, "argument")
        if op == "typeof":
            if arg_node.type == "identifier" and node_bytes(arg_node).decode() not in (
                "undefined",
                "NaN",
                "Infinity",
            ):
                raise self._unsupported(node)  # typeof of a global needs the runtime
            return type_of(self.eval(arg_node))
        value = self.eval(arg_node)
        if op == "void":
            return UNDEFINED
        if op == "!":
            return not truthy(value)
        if isinstance(value, JSBigInt):
            if op == "-":
                return JSBigInt(-value.value)
            if op == "~":
                return JSBigInt(~value.value)
            raise self._unsupported(node)  # unary `+` on a BigInt is a TypeError
        if op == "-":
            return -to_number(value)
        if op == "+":
            return to_number(value)
        if op == "~":
            return float(~_int32(to_number(value)))
        raise self._unsupported(node)

    def _binary_expression(self, node: Node) -> Any:
        op = node_bytes(required_field(node, "operator")).decode()
        left = self.eval(required_field(node, "left"))
        if op == "&&":
            return self.eval(required_field(node, "right")) if truthy(left) else left
        if op == "||":
            return left if truthy(left) else self.eval(required_field(node, "right"))
        if op == "??":
            return self.eval(required_field(node, "right")) if left in (None, UNDEFINED) else left
        right = self.eval(required_field(node, "right"))
        if isinstance(left, JSBigInt) and isinstance(right, JSBigInt):
            return self._bigint_binary(op, left.value, right.value, node)
        if isinstance(left, JSBigInt) or isinstance(right, JSBigInt):
            if op == "+" and (isinstance(left, str) or isinstance(right, str)):
                return to_string(left) + to_string(right)
            raise self._unsupported(node)  # mixing BigInt and Number is a TypeError
        if op == "+":
            lp = to_string(left) if isinstance(left, (list, dict)) else left
            rp = to_string(right) if isinstance(right, (list, dict)) else right
            if isinstance(lp, str) or isinstance(rp, str):
                return to_string(lp) + to_string(rp)
            return to_number(lp) + to_number(rp)
        if op in ("===", "!=="):
            return _strict_equal(left, right) == (op == "===")
        if op in ("==", "!="):
            return _loose_equal(left, right) == (op == "==")
        if op in ("<", ">", "<=", ">="):
            return _compare(left, right, op)
        x, y = to_number(left), to_number(right)
        return self._arithmetic(op, x, y, node)

    def _bigint_binary(self, op: str, x: int, y: int, node: Node) -> Any:
        """`op` on two BigInts: exact integers (division truncates toward zero, `%`
        takes the dividend's sign, as in JavaScript); the cases JavaScript throws on
        (division by zero, a negative exponent, `>>>`) and results too large to be
        worth computing are refused."""
        comparisons: dict[str, Callable[[int, int], bool]] = {
            "===": lambda a, b: a == b,
            "==": lambda a, b: a == b,
            "!==": lambda a, b: a != b,
            "!=": lambda a, b: a != b,
            "<": lambda a, b: a < b,
            ">": lambda a, b: a > b,
            "<=": lambda a, b: a <= b,
            ">=": lambda a, b: a >= b,
        }
        if op in comparisons:
            return comparisons[op](x, y)
        if op in ("/", "%") and y == 0:
            raise self._unsupported(node)  # RangeError: Division by zero
        if op in ("**", "<<", ">>") and abs(y) > BIGINT_BITS_LIMIT:
            raise self._unsupported(node)
        if op == "**" and y < 0:
            raise self._unsupported(node)  # RangeError: Exponent must be non-negative
        if op == "**" and abs(x) > 1 and (x.bit_length() - 1) * y > BIGINT_BITS_LIMIT:
            raise self._unsupported(node)
        if op == "/":
            quotient = abs(x) // abs(y)
            return JSBigInt(quotient if (x < 0) == (y < 0) else -quotient)
        if op == "%":
            remainder = abs(x) % abs(y)
            return JSBigInt(-remainder if x < 0 else remainder)
        if op == "<<":
            return JSBigInt(x << y if y >= 0 else x >> -y)
        if op == ">>":
            return JSBigInt(x >> y if y >= 0 else x << -y)
        exact: dict[str, Callable[[int, int], int]] = {
            "+": lambda a, b: a + b,
            "-": lambda a, b: a - b,
            "*": lambda a, b: a * b,
            "**": lambda a, b: a**b,
            "&": lambda a, b: a & b,
            "|": lambda a, b: a | b,
            "^": lambda a, b: a ^ b,
        }
        if op not in exact:
            raise self._unsupported(node)  # `>>>` is a TypeError on BigInts
        result = exact[op](x, y)
        if result.bit_length() > BIGINT_BITS_LIMIT:
            raise self._unsupported(node)
        return JSBigInt(result)

    def _arithmetic(self, op: str, x: float, y: float, node: Node) -> float:
        if op == "-":
            return x - y
        if op == "*":
            return x * y
        if op == "/":
            if y == 0:
                if x == 0 or math.isnan(x):
                    return math.nan
                return math.copysign(math.inf, x) * math.copysign(1.0, y)
            return x / y
        if op == "%":
            if y == 0 or math.isinf(x) or math.isnan(x) or math.isnan(y):
                return math.nan
            if math.isinf(y):
                return x
            return math.fmod(x, y)
        if op == "**":
            try:
                return math.pow(x, y)
            except OverflowError:
                return math.inf
            except ValueError:
                return math.nan
        bitwise: dict[str, Callable[[int, int], int]] = {
            "&": lambda a, b: a & b,
            "|": lambda a, b: a | b,
            "^": lambda a, b: a ^ b,
            "<<": lambda a, b: _int32(float(a << (b & 31))),
            ">>": lambda a, b: a >> (b & 31),
        }
        if op in bitwise:
            return float(bitwise[op](_int32(x), _int32(y) & 0xFFFFFFFF))
        if op == ">>>":
            return float((_int32(x) & 0xFFFFFFFF) >> (_int32(y) & 31))
        raise self._unsupported(node)

    def _ternary_expression(self, node: Node) -> Any:
        condition = self.eval(required_field(node, "condition"))
        branch = "consequence" if truthy(condition) else "alternative"
        return self.eval(required_field(node, branch))

    def _member_expression(self, node: Node) -> Any:
        target = self.eval(required_field(node, "object"))
        prop = required_field(node, "property")
        return self._get(target, node_bytes(prop).decode(), node)

    def _subscript_expression(self, node: Node) -> Any:
        target = self.eval(required_field(node, "object"))
        index = self.eval(required_field(node, "index"))
        return self._get(target, to_string(index), node)

    def _get(self, target: Any, key: str, node: Node) -> Any:
        if isinstance(target, str):
            # JavaScript strings are UTF-16: `"🚀".length` is 2, `"🚀"[0]` a lone surrogate
            units = target.encode("utf-16-le", "surrogatepass")
            if key == "length":
                return float(len(units) // 2)
            if re.fullmatch(r"0|[1-9][0-9]*", key):
                index = int(key)
                if index >= len(units) // 2:
                    return UNDEFINED
                return chr(int.from_bytes(units[2 * index : 2 * index + 2], "little"))
            raise self._unsupported(node)  # a method or an inherited property
        if isinstance(target, list):
            if key == "length":
                return float(len(target))
            if re.fullmatch(r"0|[1-9][0-9]*", key):
                return target[int(key)] if int(key) < len(target) else UNDEFINED
            raise self._unsupported(node)  # a method or an inherited property
        if isinstance(target, dict) and key in target:
            return target[key]
        raise self._unsupported(node)
