"""JavaScript value semantics that wmill's output depends on.

wmill builds the `.script.yaml` with JavaScript objects, so a faithful copy
needs four JavaScript behaviours: `undefined` (a key that is present but not
written), number formatting (`Number.prototype.toString`), the key order of
plain objects (array-index keys first) and loose equality (`==`).
"""

from __future__ import annotations

import math
import re
from typing import Any


class _Undefined:
    """JavaScript `undefined`: a key holding it is dropped by the YAML writer."""

    _instance: _Undefined | None = None

    def __new__(cls) -> _Undefined:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNDEFINED"

    def __bool__(self) -> bool:
        return False


UNDEFINED: Any = _Undefined()

# Integers JavaScript holds exactly; beyond this a value is rounded to a double.
MAX_SAFE_INTEGER = 2**53 - 1
_ARRAY_INDEX = re.compile(r"0|[1-9][0-9]*")


def to_js_number(value: int | float) -> float | int:
    """The value a JavaScript number would hold (large integers become doubles)."""
    if isinstance(value, bool):
        raise TypeError("bool is not a number")
    if isinstance(value, int) and abs(value) > MAX_SAFE_INTEGER:
        try:
            return float(value)
        except OverflowError:
            return math.inf
    return value


def format_number(value: int | float) -> str:
    """`String(n)` in JavaScript (shortest round-trip digits, JS exponent rules)."""
    num = to_js_number(value)
    if isinstance(num, int):
        return str(num)
    if math.isnan(num):
        return "NaN"
    if math.isinf(num):
        return "Infinity" if num > 0 else "-Infinity"
    if num == 0:
        return "0"
    sign = "-" if num < 0 else ""
    digits, exponent = _shortest_digits(abs(num))
    k = len(digits)
    n = exponent  # the decimal point sits after `n` digits
    if k <= n <= 21:
        body = digits + "0" * (n - k)
    elif 0 < n <= 21:
        body = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        body = "0." + "0" * (-n) + digits
    else:
        mantissa = digits[0] + ("." + digits[1:] if k > 1 else "")
        e = n - 1
        body = f"{mantissa}e{'+' if e >= 0 else '-'}{abs(e)}"
    return sign + body


def _shortest_digits(num: float) -> tuple[str, int]:
    """(significant digits, position of the decimal point) of repr(num)."""
    text = repr(num)
    mantissa, _, exp_text = text.partition("e")
    exp = int(exp_text) if exp_text else 0
    whole, _, frac = mantissa.partition(".")
    if frac == "0":
        frac = ""
    digits = (whole + frac).lstrip("0")
    leading_zeros = len(whole + frac) - len((whole + frac).lstrip("0"))
    point = len(whole) + exp - leading_zeros
    digits = digits.rstrip("0")
    return digits or "0", point


def js_key_order(keys: list[str]) -> list[str]:
    """Own-key order of a plain JS object: array indexes ascending, then insertion."""
    indexes = [k for k in keys if _ARRAY_INDEX.fullmatch(k) and int(k) < 2**32 - 1]
    if not indexes:
        return keys
    rest = [k for k in keys if k not in set(indexes)]
    return sorted(indexes, key=int) + rest


def loose_equal(a: Any, b: Any) -> bool:
    """JavaScript `a == b` for the JSON-like values a parsed YAML file holds."""
    a_nullish = a is None or a is UNDEFINED
    b_nullish = b is None or b is UNDEFINED
    if a_nullish or b_nullish:
        return a_nullish and b_nullish
    if isinstance(a, (dict, list)) or isinstance(b, (dict, list)):
        if isinstance(a, (dict, list)) and isinstance(b, (dict, list)):
            return a is b
        obj, prim = (a, b) if isinstance(a, (dict, list)) else (b, a)
        return loose_equal(to_primitive_string(obj), prim)
    if isinstance(a, str) and isinstance(b, str):
        return a == b
    return _to_number(a) == _to_number(b) if _comparable(a, b) else a == b


# What JavaScript's StringToNumber trims: WhiteSpace (every Zs space, tab, VT, FF,
# BOM) and LineTerminator. U+180E and U+200B are not spaces.
JS_WHITESPACE = (
    " \t\n\r\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
)


def _comparable(a: Any, b: Any) -> bool:
    return not (isinstance(a, str) and isinstance(b, str))


def _to_number(v: Any) -> float:
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, (int, float)):
        return float(to_js_number(v))
    if isinstance(v, str):
        text = v.strip(JS_WHITESPACE)
        if text == "":
            return 0.0
        try:
            if re.fullmatch(r"[+-]?(Infinity|\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?)", text):
                if text.lstrip("+-") == "Infinity":
                    return -math.inf if text.startswith("-") else math.inf
                return float(text)
            if re.fullmatch(r"0[xX][0-9a-fA-F]+", text):
                return float(int(text, 16))
            if re.fullmatch(r"0[oO][0-7]+", text):
                return float(int(text[2:], 8))
            if re.fullmatch(r"0[bB][01]+", text):
                return float(int(text[2:], 2))
        except ValueError:
            pass
        return math.nan
    return math.nan


def to_primitive_string(v: Any) -> str:
    """`String(v)` for JSON-like values (arrays join, objects are `[object Object]`)."""
    if v is None:
        return "null"
    if v is UNDEFINED:
        return "undefined"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return format_number(v)
    if isinstance(v, str):
        return v
    if isinstance(v, list):
        return ",".join("" if x is None or x is UNDEFINED else to_primitive_string(x) for x in v)
    return "[object Object]"


def json_roundtrip(value: Any) -> Any:
    """`JSON.parse(JSON.stringify(value))`: drops undefined, non-finite numbers become null."""
    if value is UNDEFINED:
        return UNDEFINED
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for k, v in value.items():
            if v is UNDEFINED:
                continue
            out[k] = json_roundtrip(v)
        return out
    if isinstance(value, list):
        return [None if v is UNDEFINED else json_roundtrip(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, float) and value == 0:
        return 0  # JSON.stringify(-0) is "0"
    return value
