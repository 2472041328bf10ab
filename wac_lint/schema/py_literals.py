"""Values of Python literals, read from their source text (no `ast`, no eval).

Windmill's Python parser turns a default such as `"a\\tb"`, `0x1F` or `1.5j`
into a JSON value; this module computes the same value from the tree-sitter
node's text.
"""

from __future__ import annotations

import re
import unicodedata

U64_MAX = 2**64 - 1


class LiteralError(ValueError):
    """Text that Python (and so Windmill's parser) would reject."""


_PREFIX = re.compile(r"([rRbBuUfF]{0,2})('''|\"\"\"|'|\")", re.S)
_SIMPLE_ESCAPES = {
    "\n": "",
    "\\": "\\",
    "'": "'",
    '"': '"',
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "v": "\v",
}


def string_parts(text: str) -> tuple[str, str]:
    """(lower-cased prefix, body) of one string literal token."""
    m = _PREFIX.match(text)
    if not m or not text.endswith(m.group(2)) or len(text) < len(m.group(0)) + len(m.group(2)):
        raise LiteralError(f"not a string literal: {text[:20]!r}")
    quote = m.group(2)
    return m.group(1).lower(), text[len(m.group(0)) : len(text) - len(quote)]


_SURROGATE = re.compile("[\ud800-\udfff]")


def decode_string(text: str) -> str | bytes:
    """The value of one (non f-) string literal token."""
    prefix, body = string_parts(text)
    if "f" in prefix:
        raise LiteralError("f-string")
    raw = "r" in prefix
    is_bytes = "b" in prefix
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    if is_bytes and not body.isascii():  # raw or not (`rb"é"` too)
        raise LiteralError("bytes can only contain ASCII literal characters")
    value = body if raw else _unescape(body, is_bytes)
    if is_bytes:
        try:
            return value.encode("latin-1")
        except UnicodeEncodeError as exc:
            raise LiteralError("bytes can only contain ASCII literal characters") from exc
    # rustpython keeps a string as Rust text, which has no surrogates: each one a
    # `\ud800` escape makes (halves of a pair too) becomes U+FFFD (windmill-oracle `sig`)
    return _SURROGATE.sub("\ufffd", value)


def _unescape(body: str, is_bytes: bool) -> str:
    out: list[str] = []
    i = 0
    n = len(body)
    while i < n:
        ch = body[i]
        if ch != "\\" or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        nxt = body[i + 1]
        if nxt in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[nxt])
            i += 2
        elif nxt in "01234567":
            m = re.match(r"[0-7]{1,3}", body[i + 1 :])
            assert m
            out.append(chr(int(m.group(0), 8)))
            i += 1 + len(m.group(0))
        elif nxt == "x":
            hexdigits = body[i + 2 : i + 4]
            if not re.fullmatch(r"[0-9a-fA-F]{2}", hexdigits):
                raise LiteralError("truncated \\xXX escape")
            out.append(chr(int(hexdigits, 16)))
            i += 4
        elif nxt in "uU" and not is_bytes:
            width = 4 if nxt == "u" else 8
            hexdigits = body[i + 2 : i + 2 + width]
            if not re.fullmatch(rf"[0-9a-fA-F]{{{width}}}", hexdigits):
                raise LiteralError(f"truncated \\{nxt} escape")
            code = int(hexdigits, 16)
            if code > 0x10FFFF:
                raise LiteralError("illegal Unicode character")
            out.append(chr(code))
            i += 2 + width
        elif nxt == "N" and not is_bytes:
            m = re.match(r"\{([^}]*)\}", body[i + 2 :])
            if not m:
                raise LiteralError("malformed \\N character escape")
            try:
                out.append(unicodedata.lookup(m.group(1)))
            except KeyError as exc:
                raise LiteralError("unknown Unicode character name") from exc
            i += 2 + len(m.group(0))
        else:
            out.append("\\" + nxt)  # unknown escapes stay as written
            i += 2
    return "".join(out)


def parse_int(text: str) -> int:
    t = text.replace("_", "").lower()
    if t.startswith("0x"):
        return int(t[2:], 16)
    if t.startswith("0o"):
        return int(t[2:], 8)
    if t.startswith("0b"):
        return int(t[2:], 2)
    if len(t) > 1 and t.startswith("0") and t.strip("0"):
        raise LiteralError("leading zeros in decimal integer literals are not permitted")
    return int(t)


def int_to_json(value: int) -> int | float | str:
    """serde_json::from_str(&big_int.to_string()), as Windmill's parser does."""
    if value <= U64_MAX:
        return value
    try:
        as_float = float(value)
    except OverflowError:
        as_float = float("inf")
    if as_float == float("inf"):
        return "invalid number"  # serde fails; Windmill substitutes this string
    return as_float
