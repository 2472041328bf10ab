"""The inputs of PHP, Rust, C#, Ruby, Java, R, Nu and Ansible scripts, read from
their `main` declaration (Ansible: its header's `extra_vars`).

Windmill reads these with its own parsers (windmill-parser-wasm-php, -rust,
-csharp, -ruby, bundled in windmill-cli): one input per parameter of `main`, by
name. These readers take the declaration apart only when its shape is plain
(typed or untyped names, literal defaults); anything else (Ruby keyword or
splat parameters, which Windmill's Ruby parser does not read; Rust patterns;
C# `params` / `ref` / `out`) returns None and the step is not judged. Each was
compared with Windmill's parser on samples (`tests/data/other_signatures.json`).

A parameter is optional when the code gives it a default (`int $n = 2`, C#
`int n = 1`, Ruby `n = 2`), or, in Rust, when its type is `Option<...>`: the
worker deserialises the arguments with serde, which leaves a missing `Option`
field `None` and fails on any other missing field. (Windmill's parsers set
`has_default` only for some literal defaults; the code decides what runs.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class MainInput:
    name: str
    required: bool
    type: str | None  # JSON type, when plain


def other_inputs(language: str, code: str) -> tuple[MainInput, ...] | None:
    reader = READERS.get(language)
    return reader(code) if reader is not None else None


def _params(code: str, start: re.Pattern[str], angle: bool = False) -> list[str] | None:
    """The top-level comma-separated items between `main(` and its `)` (`<...>`
    nests too where it is a generic type's, in Rust and C#)."""
    opening, closing = ("([{<", ")]}>") if angle else ("([{", ")]}")
    match = start.search(code)
    if match is None:
        return None
    items: list[str] = []
    current: list[str] = []
    depth, quote = 0, ""
    for ch in code[match.end() :]:
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch in opening:
            depth += 1
        elif ch in closing:
            if ch == ")" and depth == 0:
                tail = "".join(current).strip()
                if tail:
                    items.append(tail)
                return items
            depth -= 1
        elif ch == "," and depth == 0:
            items.append("".join(current).strip())
            current = []
            continue
        current.append(ch)
    return None  # no closing parenthesis


_NAME = r"[A-Za-z_]\w*"

# PHP: `function main(` at the start of a line (not in a comment or a string).
_PHP_MAIN = re.compile(r"(?m)^[ \t]*function[ \t]+main[ \t]*\(")
_PHP_PARAM = re.compile(
    rf"^(?P<type>\??[\\\w|]+\s+)?&?(?P<rest>\.\.\.)?\$(?P<name>{_NAME})\s*(?P<default>=.*)?$",
    re.S,
)
# (windmill-parser-php: `array` is a list, `object` an object)
_PHP_TYPES = {
    "int": "integer",
    "float": "number",
    "bool": "boolean",
    "string": "string",
    "array": "array",
    "object": "object",
}


def php_inputs(code: str) -> tuple[MainInput, ...] | None:
    params = _params(code, _PHP_MAIN)
    if params is None:
        return None
    out: list[MainInput] = []
    for item in params:
        match = _PHP_PARAM.match(item)
        if match is None:
            return None
        typ = (match.group("type") or "").strip()
        optional = match.group("default") is not None or match.group("rest") is not None
        out.append(MainInput(match.group("name"), not optional, _PHP_TYPES.get(typ)))
    return tuple(out)


# Rust: `fn main(` at the start of a line, maybe `pub` / `async`.
_RUST_MAIN = re.compile(r"(?m)^[ \t]*(?:pub[ \t]+)?(?:async[ \t]+)?fn[ \t]+main[ \t]*\(")
_RUST_PARAM = re.compile(rf"^(?:mut\s+)?(?P<name>{_NAME})\s*:\s*(?P<type>.+)$", re.S)
_RUST_INTS = {"i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128"}


def _rust_type(typ: str) -> str | None:
    if typ in _RUST_INTS or typ == "usize":
        return "integer"
    if typ in ("f32", "f64"):
        return "number"
    if typ == "bool":
        return "boolean"
    if typ in ("String", "&str"):
        return "string"
    if typ.startswith("Vec<"):
        return "array"
    return None


def rust_inputs(code: str) -> tuple[MainInput, ...] | None:
    params = _params(code, _RUST_MAIN, angle=True)
    if params is None:
        return None
    out: list[MainInput] = []
    for item in params:
        match = _RUST_PARAM.match(item)
        if match is None:
            return None  # a pattern (`(a, b): (i64, i64)`) or `self`
        typ = " ".join(match.group("type").split())
        optional = typ.startswith(("Option<", "std::option::Option<"))
        out.append(MainInput(match.group("name"), not optional, _rust_type(typ)))
    return tuple(out)


# C#: the `static ... Main(` method of the script's class.
_CSHARP_MAIN = re.compile(r"\bstatic\b[^;{}=()]*?\bMain[ \t]*\(")
_CSHARP_PARAM = re.compile(
    rf"^(?:\[[^\]]*\]\s*)*(?P<type>[\w.]+(?:<[^=]*>)?\??(?:\[\])?)\s+(?P<name>@?{_NAME})"
    r"\s*(?P<default>=.*)?$",
    re.S,
)
_CSHARP_TYPES = {
    "int": "integer",
    "long": "integer",
    "short": "integer",
    "double": "number",
    "float": "number",
    "decimal": "number",
    "bool": "boolean",
    "string": "string",
}


def csharp_inputs(code: str) -> tuple[MainInput, ...] | None:
    params = _params(code, _CSHARP_MAIN, angle=True)
    if params is None:
        return None
    out: list[MainInput] = []
    for item in params:
        match = _CSHARP_PARAM.match(item)
        if match is None or match.group("type") in ("params", "ref", "out", "in", "this"):
            return None
        typ = match.group("type")
        json_type = "array" if typ.endswith("[]") else _CSHARP_TYPES.get(typ.rstrip("?"))
        name = match.group("name").lstrip("@")
        out.append(MainInput(name, match.group("default") is None, json_type))
    return tuple(out)


# Ruby: `def main(` or `def main a, b` at the start of a line.
_RUBY_MAIN = re.compile(r"(?m)^[ \t]*def[ \t]+main(?:[ \t]*\(|[ \t]+(?=\w)|[ \t]*$)")
_RUBY_PARAM = re.compile(rf"^(?P<name>{_NAME})\s*(?P<default>=.*)?$", re.S)


def ruby_inputs(code: str) -> tuple[MainInput, ...] | None:
    match = _RUBY_MAIN.search(code)
    if match is None:
        return None
    if match.group(0).rstrip().endswith("("):
        params = _params(code, _RUBY_MAIN)
    else:  # `def main a, b = 1` to the end of the line, or `def main` alone
        line = code[match.end() :].split("\n", 1)[0]
        params = [p.strip() for p in line.split(",")] if line.strip() else []
        if any(ch in line for ch in "\"'()[]{}#"):
            return None
    if params is None:
        return None
    out: list[MainInput] = []
    for item in params:
        found = _RUBY_PARAM.match(item)
        if found is None:
            return None  # keyword (`name:`), splat or block parameters
        out.append(MainInput(found.group("name"), found.group("default") is None, None))
    return tuple(out)


# Ansible: a playbook whose first YAML document (between two `---` lines) is
# Windmill's header; its `extra_vars` are the inputs (windmill-parser-wasm-yaml,
# `parse_ansible`), and each `inventory` entry an optional resource input
# (`inventory.ini`, `inventory-1.ini`, or its `name`).
_ANSIBLE_TYPES = {
    "string": "string",
    "number": "number",
    "integer": "integer",
    "boolean": "boolean",
    "array": "array",
    "object": "object",
}


def ansible_inputs(code: str) -> tuple[MainInput, ...] | None:
    from wac_lint.flows.yaml_tree import YamlError, parse_yaml

    lines = code.lstrip().split("\n")
    if not lines or lines[0].rstrip() != "---":
        return None
    ends = [i for i, line in enumerate(lines[1:], 1) if line.rstrip() == "---"]
    if not ends:
        return None  # a header with no playbook after it: Windmill reads no input
    try:
        root = parse_yaml("\n".join(lines[1 : ends[0]]))
    except YamlError:
        return None
    header = root.value() if root is not None and root.is_map else None
    if not isinstance(header, dict) or not isinstance(header.get("extra_vars"), dict):
        return None
    out: list[MainInput] = []
    inventory = header.get("inventory")
    for index, entry in enumerate(inventory if isinstance(inventory, list) else []):
        named = entry.get("name") if isinstance(entry, dict) else None
        default = "inventory.ini" if index == 0 else f"inventory-{index}.ini"
        out.append(MainInput(named if isinstance(named, str) else default, False, None))
    for name, spec in header["extra_vars"].items():
        spec = spec if isinstance(spec, dict) else {}
        typ = spec.get("type")
        required = "default" not in spec  # `default: null` is a default too
        out.append(MainInput(str(name), required, _ANSIBLE_TYPES.get(str(typ))))
    return tuple(out)


# Java: `public static ... main(` of the script's class. windmill-parser-wasm-java
# answers Invalid for a generic parameter type (`List<String>`): not judged. It gives a
# parameter of a primitive type no default and any other (an object, which the
# worker leaves null when the argument is missing) one.
_JAVA_MAIN = re.compile(r"\bstatic\b[^;{}=()]*?\bmain[ \t]*\(")
_JAVA_PARAM = re.compile(rf"^(?:final\s+)?(?P<type>[\w.]+(?:\[\])*)\s+(?P<name>{_NAME})$")
_JAVA_TYPES = {
    "int": "integer",
    "long": "integer",
    "short": "integer",
    "byte": "integer",
    "double": "number",
    "float": "number",
    "boolean": "boolean",
    "char": "string",
    "String": "string",
    "Integer": "integer",
    "Long": "integer",
    "Double": "number",
    "Float": "number",
    "Boolean": "boolean",
}
_JAVA_PRIMITIVES = frozenset("int long short byte double float boolean char".split())


def java_inputs(code: str) -> tuple[MainInput, ...] | None:
    params = _params(code, _JAVA_MAIN)
    if params is None:
        return None
    out: list[MainInput] = []
    for item in params:
        match = _JAVA_PARAM.match(" ".join(item.split()))
        if match is None:
            return None  # generics, annotations, varargs: Windmill's parser gives up
        typ = match.group("type")
        json_type = "array" if typ.endswith("[]") else _JAVA_TYPES.get(typ)
        out.append(MainInput(match.group("name"), typ in _JAVA_PRIMITIVES, json_type))
    return tuple(out)


# R: `main <- function(` or `main = function(` (windmill-parser-wasm-r): a parameter
# with a default (`b = 2`, `y = NULL`) is optional. `...` takes any other argument,
# so a script with it is not judged.
_R_MAIN = re.compile(r"(?m)^[ \t]*main[ \t]*(?:<-|=)[ \t]*function[ \t]*\(")
# R names may hold dots (`first.name`, `.x`)
_R_PARAM = re.compile(r"^(?P<name>(?:[A-Za-z]|\.[A-Za-z_])[\w.]*)\s*(?P<default>=.*)?$", re.S)


def r_inputs(code: str) -> tuple[MainInput, ...] | None:
    params = _params(code, _R_MAIN)
    if params is None:
        return None
    out: list[MainInput] = []
    for item in params:
        match = _R_PARAM.match(item)
        if match is None:
            return None  # `...`
        out.append(MainInput(match.group("name"), match.group("default") is None, None))
    return tuple(out)


# Nu: `def main [name: string, n: int = 3, opt?: string]` (windmill-parser-wasm-nu):
# a default or a `?` makes a parameter optional; flags (`--verbose`) and rest
# parameters make the parser answer Invalid, so such a script is not judged.
_NU_MAIN = re.compile(r"(?m)^[ \t]*(?:export[ \t]+)?def[ \t]+main[ \t]*\[")
_NU_PARAM = re.compile(
    rf"^(?P<name>{_NAME})(?P<optional>\?)?\s*(?::\s*(?P<type>[\w<>, ]+?))?\s*(?P<default>=.*)?$",
    re.S,
)
_NU_TYPES = {
    "string": "string",
    "int": "integer",
    "float": "number",
    "number": "number",
    "bool": "boolean",
    "list": "array",
    "record": "object",
}


def nu_inputs(code: str) -> tuple[MainInput, ...] | None:
    match = _NU_MAIN.search(code)
    if match is None:
        return None
    end = code.find("]", match.end())
    if end < 0:
        return None
    body = code[match.end() : end]
    if any(ch in body for ch in "\"'#[({"):
        return None  # quoted defaults, comments, nested types: not taken apart here
    items = [p.strip() for p in re.split(r"[,\n]", body) if p.strip()]
    if not items:
        return ()
    if "\n" not in body.strip() and len(items) != len(body.split(",")):
        return None
    out: list[MainInput] = []
    for item in items:
        found = _NU_PARAM.match(item)
        if found is None:
            return None  # `--flag`, `...rest`
        optional = found.group("optional") or found.group("default")
        typ = (found.group("type") or "").split("<")[0].strip()
        out.append(MainInput(found.group("name"), not optional, _NU_TYPES.get(typ)))
    return tuple(out)


READERS: dict[str, Callable[[str], tuple[MainInput, ...] | None]] = {
    "ansible": ansible_inputs,
    "php": php_inputs,
    "rust": rust_inputs,
    "csharp": csharp_inputs,
    "ruby": ruby_inputs,
    "java": java_inputs,
    "rlang": r_inputs,
    "nu": nu_inputs,
}
