"""The inputs of a PowerShell script, as Windmill's PowerShell parser reads them.

Windmill (windmill-parser-bash `parse_powershell_sig`, through
`windmill-parser-wasm-regex` `parse_powershell`; checked on the samples of
`tests/data/powershell_signatures.json`, made with that package) reads the
script's first `param(...)` block, when only comments, blank space and
attributes (`[CmdletBinding()]`) come before it: each `$Name` in it is an
input, in order. `[Parameter(Mandatory)]` without a default makes one
required; every other input is optional (PowerShell binds `$null`). A type
attribute (`[int]`, `[string[]]`) types it; without one, a number default
does. `[string]`, `[datetime]` are strings, `[int]` / `[long]` integers,
`[decimal]` / `[double]` / `[single]` numbers, `[bool]` / `[switch]` booleans,
`[T[]]` arrays, `[PSCustomObject]` objects; other types Windmill shows as
strings, which wac-lint does not judge.
"""

from __future__ import annotations

from dataclasses import dataclass

_TYPES = {
    "string": "string",
    "datetime": "string",
    "int": "integer",
    "long": "integer",
    "decimal": "number",
    "double": "number",
    "single": "number",
    "bool": "boolean",
    "switch": "boolean",
    "pscustomobject": "object",
}


@dataclass(frozen=True)
class PowershellInput:
    name: str
    required: bool
    type: str | None  # JSON type; None when wac-lint does not judge it


def powershell_inputs(code: str) -> tuple[PowershellInput, ...]:
    block = param_block(code)
    return () if block is None else tuple(_parameters(block))


def param_block(code: str) -> str | None:
    """The text between the parentheses of the leading `param(...)`, or None."""
    start = code.lower().find("param")
    if start < 0 or not _only_preamble(code[:start]):
        return None
    i = start + 5
    while i < len(code) and code[i] != "(":
        if not code[i].isspace():
            return None
        i += 1
    if i >= len(code):
        return None
    depth, single, double, escape = 1, False, False, False
    for j in range(i + 1, len(code)):
        char = code[j]
        if escape:
            escape = False
        elif char == "`" and double:
            escape = True  # PowerShell's escape character, inside "..."
        elif char == "'" and not double:
            single = not single
        elif char == '"' and not single:
            double = not double
        elif char == "(" and not single and not double:
            depth += 1
        elif char == ")" and not single and not double:
            depth -= 1
            if depth == 0:
                return code[i + 1 : j]
    return None


def _only_preamble(text: str) -> bool:
    """Only comments, blank space and attributes before `param`."""
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == "<" and text.startswith("#", i + 1):
            close = text.find("#>", i + 2)
            if close < 0:
                return False
            i = close + 2
        elif char == "#":
            while i < n and text[i] not in "\r\n":
                i += 1
        elif char == "[":
            depth = 0
            while i < n:
                depth += {"[": 1, "]": -1}.get(text[i], 0)
                i += 1
                if depth == 0:
                    break
            if depth:
                return False
        elif char.isspace():
            i += 1
        else:
            return False
    return True


def _parameters(content: str) -> list[PowershellInput]:
    out: list[PowershellInput] = []
    typ: str | None = None
    name: str | None = None
    default: str | None = None
    mandatory = dollar = False
    i, n = 0, len(content)
    while i < n:
        char = content[i]
        if char in "'\"":
            i = _string_end(content, i)
            continue
        if char == "[":
            end, inner = _bracket(content, i)
            lower = inner.lower()
            if lower.startswith(("parameter(", "parameter ")) and "mandatory" in lower:
                if "mandatory=$false" not in lower and "mandatory = $false" not in lower:
                    mandatory = True
            looks_like_type = (
                "(" not in inner
                and "=" not in inner
                and (inner[:1].isalpha() or inner.startswith("["))
            )
            if looks_like_type and not dollar:
                typ = inner
            i = end
            continue
        if char == "$":
            dollar = True
            j = i + 1
            while j < n and (content[j].isalnum() or content[j] == "_"):
                j += 1
            name = content[i + 1 : j]
            i = j
            continue
        if char == "=" and dollar:
            i, default = _default(content, i + 1)
            continue
        if char == ",":
            if name is not None:
                out.append(_finish(name, typ, default, mandatory))
            typ = name = default = None
            mandatory = dollar = False
        i += 1
    if name is not None:
        out.append(_finish(name, typ, default, mandatory))
    return out


def _string_end(content: str, i: int) -> int:
    quote = content[i]
    j = i + 1
    while j < len(content):
        if content[j] == quote and (quote == "'" or content[j - 1] != "`"):
            return j + 1
        j += 1
    return j


def _bracket(content: str, i: int) -> tuple[int, str]:
    depth, j = 1, i + 1
    while j < len(content):
        if content[j] == "[":
            depth += 1
        elif content[j] == "]":
            depth -= 1
            if depth == 0:
                return j + 1, content[i + 1 : j]
        j += 1
    return j, ""  # unclosed: nothing more is read


def _default(content: str, i: int) -> tuple[int, str]:
    n = len(content)
    while i < n and content[i].isspace():
        i += 1
    start = end = i
    quote: str | None = None
    while i < n:
        char = content[i]
        if quote is not None:
            if char == quote and content[i - 1] != "`":
                quote = None
        elif char in "'\"":
            quote = char
        elif char == "," or (char.isspace() and content[i + 1 : i + 2] == ","):
            break
        i += 1
        end = i
    return i, content[start:end].strip()


def _finish(name: str, typ: str | None, default: str | None, mandatory: bool) -> PowershellInput:
    kind: str | None = None
    if typ is not None:
        kind = "array" if typ.endswith("[]") else _TYPES.get(typ.lower())
    has_default = False
    if default is not None:
        quoted = len(default) >= 2 and default[0] == default[-1] and default[0] in "'\""
        if quoted:
            has_default = True
        elif _number(default):
            has_default = True
            if typ is None:
                kind = "integer" if default.lstrip("+-").isdigit() else "number"
    return PowershellInput(name, mandatory and not has_default, kind)


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return text.strip().lower() not in ("nan", "inf", "-inf", "+inf", "infinity")
