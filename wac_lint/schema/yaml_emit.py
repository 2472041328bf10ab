"""A YAML writer whose output equals wmill's, byte for byte.

wmill writes `.script.yaml` with the `yaml` npm package:
`stringify(value, {sortMapEntries, aliasDuplicateObjects: false, singleQuote: true})`
(YAML 1.2 core schema, line width 80, two-space indent, sequences indented
under their key). This module follows that package's decisions one by one:
which strings stay plain, which are single- or double-quoted, when a string
becomes a `|` / `>` block scalar, and where long lines are folded.

The package measures lengths in UTF-16 code units, so strings are handled in
that form internally (astral characters as surrogate pairs) and converted back
at the end.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from wac_lint.schema.collation import mapping_sort_key
from wac_lint.schema.jsvalues import UNDEFINED, format_number, js_key_order, to_js_number

LINE_WIDTH = 80
MIN_CONTENT_WIDTH = 20
INDENT_STEP = "  "
DOUBLE_QUOTED_MIN_MULTILINE = 40
MAX_IMPLICIT_KEY = 1024

FOLD_FLOW = "flow"
FOLD_BLOCK = "block"
FOLD_QUOTED = "quoted"


class _Ctx:
    """The yaml package's stringify context (copied, never shared, between levels)."""

    __slots__ = ("indent", "implicit_key", "indent_at_start", "force_block_indent")

    def __init__(
        self,
        indent: str = "",
        implicit_key: bool = False,
        indent_at_start: int | None = None,
        force_block_indent: bool = False,
    ) -> None:
        self.indent = indent
        self.implicit_key = implicit_key
        self.indent_at_start = indent_at_start
        self.force_block_indent = force_block_indent

    def but(self, **changes: Any) -> _Ctx:
        ctx = _Ctx(self.indent, self.implicit_key, self.indent_at_start, self.force_block_indent)
        for name, value in changes.items():
            setattr(ctx, name, value)
        return ctx


def dumps(value: Any) -> str:
    """The text `YAML.stringify(value, wmillOptions)` returns for a JSON-like value."""
    body = _stringify(value, _Ctx())
    return _from_units(body) + "\n"


# --- UTF-16 helpers ---------------------------------------------------------


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _to_units(text: str) -> str:
    """`text` with every astral character as two surrogate code points (JS string indexing)."""
    if not _ASTRAL.search(text):
        return text
    out = []
    for c in text:
        code = ord(c)
        if code >= 0x10000:
            code -= 0x10000
            out.append(chr(0xD800 + (code >> 10)))
            out.append(chr(0xDC00 + (code & 0x3FF)))
        else:
            out.append(c)
    return "".join(out)


def _from_units(text: str) -> str:
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _has_lone_surrogate(text: str) -> bool:
    if not _SURROGATE.search(text):
        return False
    units = _to_units(text)
    i = 0
    while i < len(units):
        code = ord(units[i])
        if 0xD800 <= code <= 0xDBFF:
            if i + 1 < len(units) and 0xDC00 <= ord(units[i + 1]) <= 0xDFFF:
                i += 2
                continue
            return True
        if 0xDC00 <= code <= 0xDFFF:
            return True
        i += 1
    return False


def _at(text: str, i: int) -> str | None:
    """`text[i]` as JavaScript reads it: undefined (None) out of range."""
    return text[i] if 0 <= i < len(text) else None


# --- values -------------------------------------------------------------------


def _stringify(value: Any, ctx: _Ctx) -> str:
    if isinstance(value, dict):
        return _stringify_map(value, ctx)
    if isinstance(value, list):
        return _stringify_seq(value, ctx)
    if value is None or value is UNDEFINED:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return _stringify_number(value)
    if isinstance(value, str):
        return _stringify_string(value, ctx)
    raise TypeError(f"cannot write {type(value).__name__} as YAML")


def _stringify_number(value: int | float) -> str:
    num = to_js_number(value)
    if isinstance(num, float):
        if num != num:
            return ".nan"
        if num in (float("inf"), float("-inf")):
            return ".inf" if num > 0 else "-.inf"
        if num == 0 and str(num).startswith("-"):
            return "-0"
    return format_number(num)


def _map_items(value: dict[str, Any]) -> list[tuple[str, Any]]:
    keys = [k for k in js_key_order(list(value)) if value[k] is not UNDEFINED]
    # A stable sort, as Array.prototype.sort: ties keep the object's key order.
    keys.sort(key=mapping_sort_key)
    return [(k, value[k]) for k in keys]


def _stringify_map(value: dict[str, Any], ctx: _Ctx) -> str:
    items = _map_items(value)
    if not items:
        return "{}"
    item_ctx = ctx.but()
    lines = [_stringify_pair(k, v, item_ctx) for k, v in items]
    return _join_block(lines, ctx.indent)


def _stringify_seq(value: list[Any], ctx: _Ctx) -> str:
    if not value:
        return "[]"
    item_ctx = ctx.but(indent=ctx.indent + "  ")
    lines = ["- " + _stringify(item, item_ctx) for item in value]
    return _join_block(lines, ctx.indent)


def _join_block(lines: list[str], indent: str) -> str:
    out = lines[0]
    for line in lines[1:]:
        out += f"\n{indent}{line}" if line else "\n"
    return out


def _is_empty_collection(value: Any) -> bool:
    if isinstance(value, dict):
        return not any(v is not UNDEFINED for v in value.values())
    return isinstance(value, list) and not value


def _stringify_pair(key: str, value: Any, ctx: _Ctx) -> str:
    pair_ctx = ctx.but(implicit_key=True, indent=ctx.indent + INDENT_STEP)
    text = _stringify_string(key, pair_ctx)
    explicit_key = len(_to_units(text)) > MAX_IMPLICIT_KEY
    text = f"? {text}\n{ctx.indent}:" if explicit_key else f"{text}:"
    is_collection = isinstance(value, (dict, list))
    value_ctx = pair_ctx.but(implicit_key=False)
    if not explicit_key and not is_collection:
        value_ctx.indent_at_start = len(_to_units(text)) + 1
    value_text = _stringify(value, value_ctx)
    ws = " "
    if not explicit_key and is_collection:
        if "\n" in value_text or not _is_empty_collection(value):
            ws = "\n" + value_ctx.indent
    elif value_text == "" or value_text[0] == "\n":
        ws = ""
    return text + ws + value_text


# --- strings ------------------------------------------------------------------

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_DOC_MARKER = re.compile("(?:^|(?<=[\n\r\u2028\u2029]))(?:%|---|\\.\\.\\.)")
_PLAIN_UNSAFE = re.compile(
    r"^[\n\t ,\[\]{}#&*!|>'\"%@`]|^[?-]\Z|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]\Z"
)
# Strings the YAML 1.2 core schema would read back as null, bool, int or float
# (the `test` patterns of its null, bool, int and float tags, in one regex).
_CORE_SCALAR = re.compile(
    "|".join(
        (
            r"(?:~|[Nn]ull|NULL)?",
            r"[Tt]rue|TRUE|[Ff]alse|FALSE",
            r"0o[0-7]+",
            r"[-+]?[0-9]+",
            r"0x[0-9a-fA-F]+",
            r"[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN",
            r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+",
            r"[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)",
        )
    )
)
_BLOCK_END_NEWLINES = re.compile(r"(?:^|(?<!\n))\n+(?!\n|\Z)")
_JS_DOT = "[^\n\r\u2028\u2029]"
_FOLD_MORE_INDENTED = re.compile(f"(?:^|\n)([\t ]{_JS_DOT}*)(?:([\n\t ]*)\n(?![\n\t ]))?")


def _contains_document_marker(text: str) -> bool:
    return _DOC_MARKER.search(text) is not None


def _stringify_string(original: str, ctx: _Ctx) -> str:
    value = _to_units(original)
    if _CONTROL.search(value) or _has_lone_surrogate(original):
        return _double_quoted(value, ctx)
    return _plain(value, ctx)


def _plain(value: str, ctx: _Ctx) -> str:
    if ctx.implicit_key and "\n" in value:
        return _quoted(value, ctx)
    if _PLAIN_UNSAFE.search(value):
        if ctx.implicit_key or "\n" not in value:
            return _quoted(value, ctx)
        return _block(value, ctx)
    if not ctx.implicit_key and "\n" in value:
        return _block(value, ctx)
    if _contains_document_marker(value):
        if ctx.indent == "":
            ctx.force_block_indent = True
            return _block(value, ctx)
        if ctx.implicit_key and ctx.indent == INDENT_STEP:
            return _quoted(value, ctx)
    text = re.sub(r"\n+", lambda m: m.group(0) + "\n" + ctx.indent, value)
    if _CORE_SCALAR.fullmatch(text):
        return _quoted(value, ctx)
    if ctx.implicit_key:
        return text
    return _fold(text, ctx.indent, FOLD_FLOW, ctx.indent_at_start)


def _quoted(value: str, ctx: _Ctx) -> str:
    has_double = '"' in value
    has_single = "'" in value
    if has_single and not has_double:
        return _double_quoted(value, ctx)
    return _single_quoted(value, ctx)


def _single_quoted(value: str, ctx: _Ctx) -> str:
    if (ctx.implicit_key and "\n" in value) or re.search(r"[ \t]\n|\n[ \t]", value):
        return _double_quoted(value, ctx)
    indent = ctx.indent or ("  " if _contains_document_marker(value) else "")
    body = value.replace("'", "''")
    body = re.sub(r"\n+", lambda m: m.group(0) + "\n" + indent, body)
    res = "'" + body + "'"
    if ctx.implicit_key:
        return res
    return _fold(res, indent, FOLD_FLOW, ctx.indent_at_start)


def _json_string(value: str) -> str:
    """`JSON.stringify(value)` in UTF-16 units (paired surrogates stay raw)."""
    out = ['"']
    units = value
    i = 0
    while i < len(units):
        c = units[i]
        code = ord(c)
        if (
            0xD800 <= code <= 0xDBFF
            and i + 1 < len(units)
            and 0xDC00 <= ord(units[i + 1]) <= 0xDFFF
        ):
            out.append(c + units[i + 1])
            i += 2
            continue
        if 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")
        elif c in '"\\\b\f\n\r\t' or code < 0x20:
            out.append(json.dumps(c)[1:-1])
        else:
            out.append(c)
        i += 1
    out.append('"')
    return "".join(out)


_SHORT_ESCAPES = {
    "0000": "\\0",
    "0007": "\\a",
    "000b": "\\v",
    "001b": "\\e",
    "0085": "\\N",
    "00a0": "\\_",
    "2028": "\\L",
    "2029": "\\P",
}


def _double_quoted(value: str, ctx: _Ctx) -> str:
    js = _json_string(value)
    indent = ctx.indent or ("  " if _contains_document_marker(value) else "")
    out = ""
    start = 0
    i = 0
    while i < len(js):
        ch = js[i]
        if ch == " " and _at(js, i + 1) == "\\" and _at(js, i + 2) == "n":
            out += js[start:i] + "\\ "
            i += 1
            start = i
            ch = "\\"
        if ch == "\\":
            nxt = _at(js, i + 1)
            if nxt == "u":
                out += js[start:i]
                code = js[i + 2 : i + 6]
                if code in _SHORT_ESCAPES:
                    out += _SHORT_ESCAPES[code]
                elif code[:2] == "00":
                    out += "\\x" + code[2:]
                else:
                    out += js[i : i + 6]
                i += 5
                start = i + 1
            elif nxt == "n":
                if (
                    ctx.implicit_key
                    or _at(js, i + 2) == '"'
                    or len(js) < DOUBLE_QUOTED_MIN_MULTILINE
                ):
                    i += 1
                else:
                    out += js[start:i] + "\n\n"
                    while (
                        _at(js, i + 2) == "\\" and _at(js, i + 3) == "n" and _at(js, i + 4) != '"'
                    ):
                        out += "\n"
                        i += 2
                    out += indent
                    if _at(js, i + 2) == " ":
                        out += "\\"
                    i += 1
                    start = i + 1
            else:
                i += 1
        i += 1
    out = out + js[start:] if start else js
    if ctx.implicit_key:
        return out
    return _fold(out, indent, FOLD_QUOTED, ctx.indent_at_start)


def _line_length_over_limit(text: str, limit_width: int, indent_length: int) -> bool:
    limit = limit_width - indent_length
    length = len(text)
    if length <= limit:
        return False
    start = 0
    for i, ch in enumerate(text):
        if ch == "\n":
            if i - start > limit:
                return True
            start = i + 1
            if length - start <= limit:
                return False
    return True


def _block(value: str, ctx: _Ctx) -> str:
    if re.search(r"\n[\t ]+\Z", value):
        return _quoted(value, ctx)
    indent = ctx.indent or (
        "  " if ctx.force_block_indent or _contains_document_marker(value) else ""
    )
    literal = not _line_length_over_limit(value, LINE_WIDTH, len(indent))
    if not value:
        return "|\n" if literal else ">\n"
    end_start = len(value)
    while end_start > 0 and value[end_start - 1] in "\n\t ":
        end_start -= 1
    end = value[end_start:]
    end_nl = end.find("\n")
    if end_nl == -1:
        chomp = "-"
    elif value == end or end_nl != len(end) - 1:
        chomp = "+"
    else:
        chomp = ""
    if end:
        value = value[: -len(end)]
        if end[-1] == "\n":
            end = end[:-1]
        end = _BLOCK_END_NEWLINES.sub(lambda m: m.group(0) + indent, end)
    start_with_space = False
    start_nl = -1
    start_end = 0
    while start_end < len(value):
        ch = value[start_end]
        if ch == " ":
            start_with_space = True
        elif ch == "\n":
            start_nl = start_end
        else:
            break
        start_end += 1
    start = value[: start_nl + 1]
    if start:
        value = value[len(start) :]
        start = re.sub(r"\n+", lambda m: m.group(0) + indent, start)
    header = ("2" if indent else "1") * start_with_space + chomp
    if not literal:
        folded = re.sub(r"\n+", lambda m: "\n" + m.group(0), value)
        folded = _FOLD_MORE_INDENTED.sub(lambda m: m.group(1) + (m.group(2) or ""), folded)
        folded = re.sub(r"\n+", lambda m: m.group(0) + indent, folded)
        overflow: list[bool] = []
        body = _fold(
            f"{start}{folded}{end}",
            indent,
            FOLD_BLOCK,
            len(ctx.indent),
            on_overflow=lambda: overflow.append(True),
        )
        if not overflow:
            return f">{header}\n{indent}{body}"
    value = re.sub(r"\n+", lambda m: m.group(0) + indent, value)
    return f"|{header}\n{indent}{start}{value}{end}"


# --- line folding ---------------------------------------------------------------


def _consume_more_indented_lines(text: str, i: int, indent: int) -> int:
    end = i
    start = i + 1
    ch = _at(text, start)
    while ch == " " or ch == "\t":
        if i < start + indent:
            i += 1
            ch = _at(text, i)
        else:
            while True:
                i += 1
                ch = _at(text, i)
                if not (ch and ch != "\n"):
                    break
            end = i
            start = i + 1
            ch = _at(text, start)
    return end


def _fold(
    text: str,
    indent: str,
    mode: str,
    indent_at_start: int | None,
    on_overflow: Callable[[], None] | None = None,
) -> str:
    """The yaml package's foldFlowLines with lineWidth 80, minContentWidth 20."""
    line_width = LINE_WIDTH
    min_content = MIN_CONTENT_WIDTH
    end_step = max(1 + min_content, 1 + line_width - len(indent))
    if len(text) <= end_step:
        return text
    folds: list[int] = []
    escaped_folds: set[int] = set()
    end = line_width - len(indent)
    if indent_at_start is not None:
        if indent_at_start > line_width - max(2, min_content):
            folds.append(0)
        else:
            end = line_width - indent_at_start
    split: int | None = None
    prev: str | None = None
    overflow = False
    i = -1
    esc_start = -1
    esc_end = -1
    if mode == FOLD_BLOCK:
        i = _consume_more_indented_lines(text, i, len(indent))
        if i != -1:
            end = i + end_step
    while True:
        i += 1
        ch = _at(text, i)
        if not ch:
            break
        if mode == FOLD_QUOTED and ch == "\\":
            esc_start = i
            nxt = _at(text, i + 1)
            i += {"x": 3, "u": 5, "U": 9}.get(nxt or "", 1)
            esc_end = i
        if ch == "\n":
            if mode == FOLD_BLOCK:
                i = _consume_more_indented_lines(text, i, len(indent))
            end = i + len(indent) + end_step
            split = None
        else:
            if ch == " " and prev and prev not in (" ", "\n", "\t"):
                nxt = _at(text, i + 1)
                if nxt and nxt not in (" ", "\n", "\t"):
                    split = i
            if i >= end:
                if split:
                    folds.append(split)
                    end = split + end_step
                    split = None
                elif mode == FOLD_QUOTED:
                    while prev == " " or prev == "\t":
                        prev = ch
                        i += 1
                        ch = _at(text, i)
                        overflow = True
                    j = i - 2 if i > esc_end + 1 else esc_start - 1
                    if j in escaped_folds:
                        return text
                    folds.append(j)
                    escaped_folds.add(j)
                    end = j + end_step
                    split = None
                else:
                    overflow = True
        prev = ch
    if overflow and on_overflow:
        on_overflow()
    if not folds:
        return text
    res = text[: folds[0]]
    for n, fold in enumerate(folds):
        nxt_fold = folds[n + 1] if n + 1 < len(folds) else 0
        stop = nxt_fold or len(text)
        if fold == 0:
            res = f"\n{indent}{text[0:stop]}"
        else:
            if mode == FOLD_QUOTED and fold in escaped_folds:
                res += f"{text[fold]}\\"
            res += f"\n{indent}{text[fold + 1 : stop]}"
    return res
