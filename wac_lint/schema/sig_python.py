"""The `main` signature of a Python script, as `windmill-parser-wasm-py` reads it.

Windmill's parser has text-level habits that decide the result as much as the
syntax does, and this module keeps each of them:

* Unless the file mentions pydantic or dataclasses, only the text from the
  first line starting with `def main(` / `async def main(` up to the matching
  `)` (parentheses counted blindly, even inside strings and comments) is
  parsed. Syntax errors elsewhere do not matter;
  a `(` in a default string does.
* When it does mention them, the whole file is parsed: any syntax error makes
  the script "Invalid", and the first top-level `main` is used.
* Enum classes and `Args:` docstrings are read from a second text filter
  (lines starting with `class ` / `def ` and their indented bodies).

The tree-sitter tree of the file is used whenever Windmill's filtered text
would parse to the same thing; only when the filters cut the code differently
(a `)` inside a string or a comment, a nested `def` line, ...)
is the filtered text itself parsed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import tree_sitter

from wac_lint.parsing import node_bytes, parse, required_field
from wac_lint.queries import captures
from wac_lint.schema import py_literals
from wac_lint.schema.py_literals import LiteralError
from wac_lint.schema.types import (
    BOOL,
    BYTES,
    DATE,
    DATETIME,
    FLOAT,
    INT,
    SQL,
    UNKNOWN,
    Arg,
    Signature,
    TDynSelect,
    TList,
    TObject,
    TResource,
    TStr,
    Typ,
    json_to_typ,
)
from wac_lint.source import LANG_PYTHON, SourceFile

Node = tree_sitter.Node

FUNCTION_CALL = "<function call>"
MODEL_MARKERS = (
    "BaseModel",
    "from pydantic",
    "import pydantic",
    "@dataclass",
    "from dataclasses",
    "import dataclasses",
)
ENUM_BASES = ("Enum", "IntEnum", "StrEnum", "Flag", "IntFlag")
MAX_MODEL_FIELDS = 200
MAX_MODEL_DEPTH = 10
# Rust's char::is_whitespace (Unicode White_Space), used by trim() in the parser.
RUST_WHITESPACE = (
    "\t\n\v\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_MISSING: Any = object()  # "no default" (distinct from a default of None/null)


@dataclass
class _EnumInfo:
    """A module-level Enum: its values and its members by name."""

    values: list[str]
    members: dict[str, str]


@dataclass
class _Metadata:
    """The file's enums and the parameters' docstring descriptions."""

    enums: dict[str, _EnumInfo] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)


class _Invalid(Exception):
    """Windmill's parser rejects the code it was given (result "Invalid")."""


def extract(source: SourceFile, tree: tree_sitter.Tree, *, bom: bool = False) -> Signature:
    # The text Windmill's parser gets; with a byte order mark the tree (parsed
    # without it) is one character off, so the filtered-text paths are used.
    code = "\ufeff" + source.text if bom else source.text
    has_preprocessor = bool(_filter_non_main(code, "preprocessor")[0])
    try:
        if any(marker in code for marker in MODEL_MARKERS):
            if _rejected(tree.root_node):
                raise _Invalid("syntax error")
            module = _module_statements(tree.root_node)
            main = _first_main(module)
            params = main.child_by_field_name("parameters") if main else None
            in_tree = True
        else:
            module = None
            params, in_tree = _filtered_main_params(tree, code, same_text=not bom)
        if params is None:
            return Signature(no_main_func=True, has_preprocessor=has_preprocessor)
        args = _signature_args(params, code, tree, module, same_text=not bom)
    except _Invalid as exc:
        return Signature(invalid=True, invalid_reason=str(exc))
    if not in_tree:
        for arg in args:  # nodes of the filtered text, not of the caller's tree
            arg.node = arg.annotation = None
    main_node = params.parent if in_tree else None
    return Signature(args=args, has_preprocessor=has_preprocessor, main=main_node)


# --- finding `main` the way Windmill does -----------------------------------------


def _filter_non_main(code: str, name: str) -> tuple[str, int, str]:
    """Windmill's filter_non_main: (filtered code, line index, prefix) or ("", -1, "").

    Windmill takes the first line (split on `\\n`) starting with `def NAME(` or
    `async def NAME(`, then the text after that prefix up to the `)` closing it
    (parentheses counted in strings and comments too), or to the end. Both
    prefixes end in `def NAME(`: its occurrences are found by `str.find` and
    the first at a line start (or after `async ` there) is that line. Splitting
    the file into lines and testing two prefixes per line cost ~2.5 ms per call
    on a 5,000-line file, twice per analysis (`main`, `preprocessor`).
    """
    needle = f"def {name}("
    at = code.find(needle)
    line_start = scanned = 0
    while at >= 0:
        # the line's start, looked for only since the last hit: one long line
        # spelling the needle many times stays linear
        newline = code.rfind("\n", scanned, at)
        if newline >= 0:
            line_start = newline + 1
        scanned = at
        if at == line_start:
            prefix = needle
        elif at - line_start == 6 and code.startswith("async ", line_start):
            prefix = "async " + needle
        else:
            at = code.find(needle, at + 1)
            continue
        start = line_start + len(prefix)
        depth = 1
        end = len(code)
        for paren in _PARENS.finditer(code, start):
            depth += 1 if paren.group() == "(" else -1
            if depth == 0:
                end = paren.end()
                break
        return prefix + code[start:end] + ": return", code.count("\n", 0, line_start), prefix
    return "", -1, ""


_PARENS = re.compile(r"[()]")


def _filtered_main_params(
    tree: tree_sitter.Tree, code: str, same_text: bool
) -> tuple[Node | None, bool]:
    """(the `parameters` Windmill parses when models are not mentioned, is it the file's node)."""
    filtered, line_index, prefix = _filter_non_main(code, "main")
    if not filtered:
        return None, False
    params = _params_from_tree(tree, filtered, line_index, prefix) if same_text else None
    in_tree = params is not None
    if params is None:
        # Windmill's cut differs from the real syntax here: parse its text.
        snippet = parse(SourceFile("<main>", filtered, LANG_PYTHON))
        if _rejected(snippet.root_node):
            raise _Invalid(
                "Windmill reads the parameters up to the first unbalanced `)`, counting those "
                "in strings and comments too, and that cut does not parse"
                if _file_has_clean_main(tree, line_index)
                else "syntax error in the main signature"
            )
        main = _first_main(_module_statements(snippet.root_node))
        if main is None:
            return None, False
        params = main.child_by_field_name("parameters")
    elif _rejected(params):
        raise _Invalid("syntax error in the main signature")
    return params, in_tree


def _params_from_tree(
    tree: tree_sitter.Tree, filtered: str, line_index: int, prefix: str
) -> Node | None:
    """The file's own `parameters` node when Windmill's cut ends exactly where it does."""
    inner = filtered[len(prefix) : -len(": return")]  # after "(" through the matching ")"
    for node in _module_statements(tree.root_node):
        if node.type != "function_definition" or node.start_point != (line_index, 0):
            continue
        name = node.child_by_field_name("name")
        params = node.child_by_field_name("parameters")
        if name is None or params is None or name.text != b"main":
            continue
        return params if node_bytes(params).decode("utf-8", "replace") == "(" + inner else None
    return None


def _file_has_clean_main(tree: tree_sitter.Tree, line_index: int) -> bool:
    for node in _module_statements(tree.root_node):
        if node.type == "function_definition" and node.start_point == (line_index, 0):
            params = node.child_by_field_name("parameters")
            return params is not None and not _rejected(params)
    return False


def _module_statements(root: Node) -> list[Node]:
    """Top-level statements, decorated definitions unwrapped."""
    out = []
    for child in root.named_children:
        if child.type == "decorated_definition":
            definition = child.child_by_field_name("definition")
            if definition is not None:
                out.append(definition)
                continue
        out.append(child)
    return out


def _first_main(statements: list[Node]) -> Node | None:
    for node in statements:
        if node.type == "function_definition":
            name = node.child_by_field_name("name")
            if name is not None and name.text == b"main":
                return node
    return None


# --- syntax the parser rejects --------------------------------------------------


REJECTION_CANDIDATES = (
    "[(print_statement) (exec_statement) (module) (block) (parameters) (lambda_parameters)"
    " (concatenated_string) (string) (integer)] @n"
)


def _rejected(node: Node) -> bool:
    """True when Windmill's parser (rustpython) would refuse this code."""
    if node.has_error:
        return True
    # the query finds the few node kinds worth a look in C, not node by node in Python
    for n in captures(LANG_PYTHON, REJECTION_CANDIDATES, node).get("n", ()):
        kind = n.type
        if kind in ("print_statement", "exec_statement"):
            return True
        if kind in ("module", "block") and _bad_indentation(n):
            return True
        if kind in ("parameters", "lambda_parameters") and _bad_parameters(n):
            return True
        if kind == "concatenated_string" and _mixes_bytes(n):
            return True
        if kind == "string" and (_pep701_only(n) or _bad_escape(n)):
            return True
        if kind == "integer" and _legacy_octal(n):
            return True
    return False


def _bad_indentation(container: Node) -> bool:
    """Statements of one block at different columns (tree-sitter accepts, Python does not)."""
    parent = container.parent
    prev_row = parent.start_point[0] if container.type == "block" and parent is not None else -1
    columns = set()
    for child in container.named_children:
        if child.type != "comment" and child.start_point[0] > prev_row:
            columns.add(child.start_point[1])
        prev_row = child.end_point[0]
    if container.type == "module":
        return bool(columns - {0})
    return len(columns) > 1


def _bad_parameters(params: Node) -> bool:
    """Duplicate names, a required parameter after a defaulted one, a bare `*` at the end."""
    seen: set[bytes] = set()
    after_star = False
    bare_star_open = False
    seen_default = False
    for child in params.named_children:
        kind = child.type
        if kind == "keyword_separator":
            after_star = bare_star_open = True
            continue
        if kind in ("positional_separator", "comment"):
            continue
        name = _param_name_node(child)
        if name is not None:
            if node_bytes(name) in seen:
                return True
            seen.add(node_bytes(name))
        splat = _splat_kind(child) if kind == "typed_parameter" else None
        if kind == "list_splat_pattern" or splat == "*":
            after_star, bare_star_open = True, False
            continue
        if kind == "dictionary_splat_pattern" or splat == "**":
            if bare_star_open:
                return True
            continue
        if after_star:
            bare_star_open = False
            continue
        if kind in ("default_parameter", "typed_default_parameter"):
            seen_default = True
        elif seen_default:
            return True
    return bare_star_open


def _splat_kind(node: Node) -> str | None:
    first = node.named_children[0] if node.named_children else None
    if first is not None and first.type == "list_splat_pattern":
        return "*"
    if first is not None and first.type == "dictionary_splat_pattern":
        return "**"
    return None


def _param_name_node(node: Node) -> Node | None:
    if node.type == "identifier":
        return node
    if node.type in ("default_parameter", "typed_default_parameter"):
        return node.child_by_field_name("name")
    if node.type in ("typed_parameter", "list_splat_pattern", "dictionary_splat_pattern"):
        for child in node.named_children:
            if child.type == "identifier":
                return child
            if child.type in ("list_splat_pattern", "dictionary_splat_pattern"):
                return _param_name_node(child)
    return None


def _bad_escape(node: Node) -> bool:
    """A str or bytes literal Python does not lex: `\\x4`, `\\u12`, `\\U00110000`,
    `\\N{no such name}`, a non-ASCII character in bytes (f-strings are left alone)."""
    text = _text(node)
    prefix = text[: len(text) - len(text.lstrip("rRbBuUfF"))]
    if "\\" not in text and "b" not in prefix.lower():
        return False
    try:
        py_literals.decode_string(text)
    except LiteralError as exc:
        return str(exc) != "f-string"
    return False


def _mixes_bytes(node: Node) -> bool:
    kinds = set()
    for part in node.named_children:
        if part.type == "string":
            start = part.child(0)
            prefix = node_bytes(start).decode().lower() if start is not None else ""
            kinds.add("b" in prefix)
    return len(kinds) > 1


def _pep701_only(node: Node) -> bool:
    """f-strings only Python 3.12 accepts (reused quotes, backslashes, comments inside)."""
    start = node.child(0)
    if start is None or "f" not in node_bytes(start).decode().lower():
        return False
    quote = node_bytes(start).decode().lstrip("rRbBuUfF")
    for child in node.named_children:
        if child.type != "interpolation":
            continue
        expression = child.child_by_field_name("expression")
        if expression is None:
            continue
        text = node_bytes(expression).decode("utf-8", "replace")
        if "\\" in text or "#" in text or (len(quote) == 1 and quote in text):
            return True
        if len(quote) == 1 and "\n" in (child.text or b"").decode("utf-8", "replace"):
            return True
    return False


def _legacy_octal(node: Node) -> bool:
    text = node_bytes(node).decode().lower().replace("_", "")
    return len(text) > 1 and text[0] == "0" and text[1].isdigit() and bool(text.strip("0j"))


# --- arguments -------------------------------------------------------------------


@dataclass
class _Param:
    """A parameter of `main` and its annotation and default nodes."""

    name: str
    annotation: Node | None
    default: Node | None
    node: Node


def _regular_params(params: Node) -> tuple[list[_Param], int]:
    """(positional-or-keyword parameters, number of defaults Windmill counts).

    Windmill reads rustpython's `args` (neither positional-only nor keyword-only)
    and counts the defaults of positional-only and regular parameters together.
    """
    posonly: list[_Param] = []
    regular: list[_Param] = []
    current = regular
    for child in params.named_children:
        kind = child.type
        if kind == "positional_separator":
            posonly.extend(regular)
            regular.clear()
            continue
        if kind in ("keyword_separator", "list_splat_pattern", "dictionary_splat_pattern") or (
            kind == "typed_parameter" and _splat_kind(child)
        ):
            break
        if kind == "identifier":
            current.append(_Param(node_bytes(child).decode(), None, None, child))
        elif kind == "typed_parameter":
            name = _param_name_node(child)
            current.append(_Param(_text(name), child.child_by_field_name("type"), None, child))
        elif kind in ("default_parameter", "typed_default_parameter"):
            current.append(
                _Param(
                    _text(child.child_by_field_name("name")),
                    child.child_by_field_name("type"),
                    child.child_by_field_name("value"),
                    child,
                )
            )
    defaults = sum(1 for p in posonly + regular if p.default is not None)
    return regular, defaults


def _text(node: Node | None) -> str:
    return node_bytes(node).decode("utf-8", "replace") if node is not None else ""


def _signature_args(
    params: Node,
    code: str,
    tree: tree_sitter.Tree,
    module: list[Node] | None,
    same_text: bool,
) -> list[Arg]:
    regular, n_defaults = _regular_params(params)
    # Windmill computes `args.len() - defaults.len()` on unsigned integers: when
    # positional-only defaults make it negative it wraps, and no default is read.
    first_default = len(regular) - n_defaults
    if first_default < 0:
        first_default = len(regular) + 1
    empty = _Metadata()
    first_pass = [
        _parse_annotation(p.annotation, empty, module)
        if p.annotation is not None
        else (UNKNOWN, False)
        for p in regular
    ]
    needs_metadata = any(isinstance(t, TResource) for t, _ in first_pass) or "Args:" in code
    metadata = _code_metadata(code, tree, same_text) if needs_metadata else empty
    args = []
    for index, (param, (typ, nullable)) in enumerate(zip(regular, first_pass, strict=True)):
        if isinstance(typ, TResource) and metadata.enums and param.annotation is not None:
            typ, nullable = _parse_annotation(param.annotation, metadata, module)
        default = _MISSING
        if index >= first_default and param.default is not None:
            default = _to_value(param.default, metadata)
        from_default = typ == UNKNOWN or (isinstance(typ, TList) and typ.inner == UNKNOWN)
        if from_default and default is not _MISSING and default != FUNCTION_CALL:
            typ = json_to_typ(default)
        if isinstance(typ, TList) and typ.inner == UNKNOWN:
            typ = TList(TStr())  # Windmill's fallback for a bare `list`
        args.append(
            Arg(
                name=param.name,
                typ=typ,
                default=None if default is _MISSING else default,
                has_default=nullable or default is not _MISSING,
                otyp=_list_union_otyp(param.annotation) or metadata.descriptions.get(param.name),
                node=param.node,
                annotation=param.annotation,
            )
        )
    return args


# --- annotations -------------------------------------------------------------------


def _unwrap(node: Node) -> Node:
    """The expression inside `type` and parentheses (rustpython has no such nodes)."""
    while node.type in ("type", "parenthesized_expression") and node.named_children:
        inner = [c for c in node.named_children if c.type != "comment"]
        if len(inner) != 1:
            break
        node = inner[0]
    return node


def _subscript(node: Node) -> tuple[Node, bool, list[Node]] | None:
    """(subscripted value, slice is a tuple, slice elements) of `x[...]`.

    tree-sitter writes `x[...]` as `subscript` in expressions and as
    `generic_type` in annotations; rustpython sees one Subscript either way.
    """
    if node.type == "subscript":
        value = node.child_by_field_name("value")
        items = node.children_by_field_name("subscript")
        container = node
    elif node.type == "generic_type" and node.named_children:
        value = node.named_children[0]
        params = next((c for c in node.named_children if c.type == "type_parameter"), None)
        if params is None:
            return None
        items = [c for c in params.named_children if c.type != "comment"]
        container = params
    else:
        return None
    if value is None:
        return None
    trailing_comma = bool(items) and any(
        c.type == "," and c.start_byte >= items[-1].end_byte for c in container.children
    )
    if len(items) > 1 or trailing_comma:
        return value, True, items
    if len(items) == 1:
        inner = _unwrap(items[0])
        if inner.type == "tuple":
            return value, True, [c for c in inner.named_children if c.type != "comment"]
        return value, False, [inner]
    return value, False, []


def _binary(node: Node) -> tuple[Node | list[Node], Node] | None:
    """(left, right) of `a | b` (`binary_operator`, or `union_type` in annotations)."""
    if node.type == "binary_operator" and not _is_bit_or(node):
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        return (left, right) if left is not None and right is not None else None
    if node.type not in ("binary_operator", "union_type"):
        return None
    parts = _bit_or_operands(node)
    if len(parts) < 2:
        return None
    return (parts[:-1] if len(parts) > 2 else parts[0]), parts[-1]


def _is_bit_or(node: Node) -> bool:
    operator = node.child_by_field_name("operator")
    return operator is not None and operator.type == "|"


def _bit_or_operands(node: Node) -> list[Node]:
    """The operands of `a | b | c`, left to right, as rustpython's left-nested BinOps see them.

    tree-sitter nests annotation unions the other way round (`list[T] | T |
    None` is `list[T]` united with `T | None`); flattening every `|` that is
    not in parentheses gives the one order both agree on.
    """
    out: list[Node] = []
    for child in node.named_children:
        if child.type == "comment":
            continue
        inner = child
        while inner.type == "type" and len(inner.named_children) == 1:
            inner = inner.named_children[0]
        if inner.type == "union_type" or (inner.type == "binary_operator" and _is_bit_or(inner)):
            out.extend(_bit_or_operands(inner))
        else:
            out.append(child)
    return out


def _parse_annotation(
    node: Node, metadata: _Metadata, module: list[Node] | None
) -> tuple[Typ, bool]:
    """Windmill's parse_expr: (type, nullable)."""
    node = _unwrap(node)
    kind = node.type
    if kind == "identifier":
        return _parse_type_name(_text(node), metadata, module), False
    if kind == "attribute":
        value = _unwrap(required_field(node, "object"))
        attr = _text(node.child_by_field_name("attribute"))
        if value.type == "identifier":
            owner = _text(value)
            if owner == "wmill":
                return _parse_type_name(attr, metadata, module), False
            if owner == "datetime":
                return _parse_type_name(f"datetime.{attr}", metadata, module), False
        return UNKNOWN, False
    binary = _binary(node)
    if binary is not None:
        left, right = binary
        if _unwrap(right).type != "none":
            return UNKNOWN, False
        if isinstance(left, list):  # a | b | None: the left part is itself a union
            left_typ = _parse_union_parts(left, metadata, module)
        else:
            left_typ = _parse_annotation(left, metadata, module)[0]
        return left_typ, True
    subscript = _subscript(node)
    if subscript is not None:
        value, is_tuple, items = subscript
        value = _unwrap(value)
        if value.type != "identifier":
            return UNKNOWN, False
        name = _text(value)
        if name == "Literal":
            values = None
            if is_tuple:
                found = [v for v in (_str_constant(i) for i in items) if v is not None]
                values = tuple(found) if found else None
            return TStr(values), False
        if name in ("List", "list"):
            inner = _slice_expr(node, is_tuple, items)
            return TList(_parse_annotation(inner, metadata, module)[0] if inner else UNKNOWN), False
        if name == "Optional":
            inner = _slice_expr(node, is_tuple, items)
            return (_parse_annotation(inner, metadata, module)[0] if inner else UNKNOWN), True
        return UNKNOWN, False
    return UNKNOWN, False


def annotation_reading(node: Node) -> Typ:
    """What Windmill's parser reads the annotation `node` as, were it a parameter's whole
    annotation, with the models of its file (for a rule comparing it with what a
    parameter's default gives). The file's enums are not read: an enum is then a
    resource picker, never the string input a default gives."""
    root = node
    while root.parent is not None:
        root = root.parent
    try:
        return _parse_annotation(node, _Metadata(), _module_statements(root))[0]
    except _Invalid:
        return UNKNOWN


def _list_union_otyp(annotation: Node | None) -> str | None:
    """`T | list[T]` (either order, any binary operator, `List` too) keeps its text.

    Windmill's parser types such a parameter `unknown` but records the union as
    `otyp`, written `T | list[T]` with the operands in source order and with a
    lowercase `list`; that `otyp` wins over an `Args:` docstring description.
    Only a plain name T counts (not `a.B`, not a string, not a nested union).
    """
    if annotation is None:
        return None
    binary = _binary(_unwrap(annotation))
    if binary is None or isinstance(binary[0], list):  # a | b | c: the left is itself a union
        return None
    left = _list_union_operand(_unwrap(binary[0]))
    right = _list_union_operand(_unwrap(binary[1]))
    if left is None or right is None or left[0] != right[0] or left[1] == right[1]:
        return None
    return " | ".join(f"list[{name}]" if is_list else name for name, is_list in (left, right))


def _list_union_operand(node: Node) -> tuple[str, bool] | None:
    """(T, False) for a name `T`, (T, True) for `list[T]` / `List[T]`, else None."""
    if node.type == "identifier":
        return _text(node), False
    subscript = _subscript(node)
    if subscript is None:
        return None
    value, is_tuple, items = subscript
    value = _unwrap(value)
    if is_tuple or len(items) != 1 or value.type != "identifier":
        return None
    if _text(value) not in ("list", "List"):
        return None
    inner = _unwrap(items[0])
    return (_text(inner), True) if inner.type == "identifier" else None


def _parse_union_parts(parts: list[Node], metadata: _Metadata, module: list[Node] | None) -> Typ:
    """The type of `parts[0] | ... | parts[-1]` (left-associative, as rustpython reads it)."""
    if len(parts) == 1:
        return _parse_annotation(parts[0], metadata, module)[0]
    if _unwrap(parts[-1]).type != "none":
        return UNKNOWN
    return _parse_union_parts(parts[:-1], metadata, module)


def _slice_expr(node: Node, is_tuple: bool, items: list[Node]) -> Node | None:
    """The slice as one expression; a tuple slice is an unknown type for Windmill."""
    if is_tuple or not items:
        return None
    return items[0]


def _parse_type_name(name: str, metadata: _Metadata, module: list[Node] | None) -> Typ:
    if name in metadata.enums:
        return TStr(tuple(metadata.enums[name].values))
    simple: dict[str, Typ] = {
        "str": TStr(),
        "float": FLOAT,
        "int": INT,
        "bool": BOOL,
        "dict": TObject(None, ()),
        "list": TList(UNKNOWN),
        "bytes": BYTES,
        "datetime": DATETIME,
        "datetime.datetime": DATETIME,
        "date": DATE,
        "datetime.date": DATE,
        "Sql": SQL,
        "sql": SQL,
    }
    if name in simple:
        return simple[name]
    if name.startswith("DynSelect_"):
        return TDynSelect(name[len("DynSelect_") :])
    if name.startswith("DynMultiselect_"):
        return TDynSelect(name[len("DynMultiselect_") :], multi=True)
    if module is not None:
        model = _model_type(name, module, [])
        if model is not None:
            return model
    return TResource("s3_object" if name == "S3Object" else name)


# --- pydantic models and dataclasses --------------------------------------------------


def _model_type(name: str, module: list[Node], visiting: list[str]) -> TObject | None:
    if name in visiting:
        return TObject(name, None)  # a self-reference: no properties
    for stmt in module:
        if stmt.type != "class_definition" or _text(stmt.child_by_field_name("name")) != name:
            continue
        if not (_is_pydantic_model(stmt) or _is_dataclass(stmt)):
            return None
        visiting.append(name)
        try:
            return _model_fields(stmt, name, module, visiting)
        finally:
            visiting.pop()
    return None


def _class_bases(cls: Node) -> list[Node]:
    args = cls.child_by_field_name("superclasses")
    if args is None:
        return []
    return [
        _unwrap(c)
        for c in args.named_children
        if c.type not in ("keyword_argument", "comment", "list_splat", "dictionary_splat")
    ]


def _dotted(node: Node) -> str | None:
    node = _unwrap(node)
    if node.type == "identifier":
        return _text(node)
    if node.type == "attribute":
        owner = _dotted(required_field(node, "object"))
        attr = node.child_by_field_name("attribute")
        return f"{owner}.{_text(attr)}" if owner and attr is not None else None
    return None


def _is_pydantic_model(cls: Node) -> bool:
    return any(_dotted(b) in ("BaseModel", "pydantic.BaseModel") for b in _class_bases(cls))


def _decorators(cls: Node) -> list[Node]:
    parent = cls.parent
    if parent is None or parent.type != "decorated_definition":
        return []
    return [
        _unwrap(d.named_children[0])
        for d in parent.named_children
        if d.type == "decorator" and d.named_children
    ]


def _is_dataclass(cls: Node) -> bool:
    for decorator in _decorators(cls):
        target = decorator
        if decorator.type == "call":
            target = _unwrap(required_field(decorator, "function"))
        if _dotted(target) in (
            "dataclass",
            "dataclasses.dataclass",
            "pydantic.dataclasses.dataclass",
        ):
            return True
    return False


def _model_fields(cls: Node, name: str, module: list[Node], visiting: list[str]) -> TObject:
    props: list[tuple[str, Typ]] = []
    body = cls.child_by_field_name("body")
    for stmt in body.named_children if body is not None else []:
        assignment = (
            stmt.named_children[0]
            if stmt.type == "expression_statement" and stmt.named_children
            else None
        )
        if assignment is None or assignment.type != "assignment":
            continue
        target = assignment.child_by_field_name("left")
        annotation = assignment.child_by_field_name("type")
        if annotation is None or target is None or target.type != "identifier":
            continue
        if len(props) >= MAX_MODEL_FIELDS:
            break
        props.append((_text(target), _field_type(annotation, 0, module, visiting)))
    return TObject(name, tuple(props) if props else None)


def _field_type(node: Node, depth: int, module: list[Node], visiting: list[str]) -> Typ:
    if depth >= MAX_MODEL_DEPTH:
        return UNKNOWN
    node = _unwrap(node)
    if node.type == "identifier":
        name = _text(node)
        simple: dict[str, Typ] = {
            "str": TStr(),
            "int": INT,
            "float": FLOAT,
            "bool": BOOL,
            "bytes": BYTES,
            "datetime": DATETIME,
            "date": DATE,
            "Any": UNKNOWN,
        }
        if name in simple:
            return simple[name]
        return _model_type(name, module, visiting) or UNKNOWN
    subscript = _subscript(node)
    if subscript is not None:
        value, is_tuple, items = subscript
        value = _unwrap(value)
        if value.type != "identifier":
            return UNKNOWN
        name = _text(value)
        inner = _slice_expr(node, is_tuple, items)
        if name in ("List", "list"):
            return TList(_field_type(inner, depth + 1, module, visiting) if inner else UNKNOWN)
        if name == "Optional":
            return _field_type(inner, depth + 1, module, visiting) if inner else UNKNOWN
        if name in ("Dict", "dict"):
            return TObject(None, ())
        if name == "Annotated":
            if is_tuple and items:
                return _field_type(items[0], depth + 1, module, visiting)
            return UNKNOWN
    return UNKNOWN


# --- Enum classes and docstrings ---------------------------------------------------------


def _rust_lines(text: str) -> list[str]:
    """str::lines(): split on \\n, drop one trailing \\r, no final empty line."""
    parts = text.split("\n")
    if parts and parts[-1] == "":
        parts.pop()
    return [p[:-1] if p.endswith("\r") else p for p in parts]


def _indent_bytes(line: str) -> int:
    return len(line.encode()) - len(line.lstrip(RUST_WHITESPACE).encode())


def _relevant_blocks(code: str) -> list[tuple[int, int, int]]:
    """Windmill's filter_relevant_statements as (first line, last line, indent) blocks."""
    lines = _rust_lines(code)
    blocks = []
    i = 0
    while i < len(lines):
        trimmed = lines[i].lstrip(RUST_WHITESPACE)
        if trimmed.startswith(("class ", "def ")):
            base = _indent_bytes(lines[i])
            end = i
            while end + 1 < len(lines):
                nxt = lines[end + 1]
                if nxt.lstrip(RUST_WHITESPACE) == "" or _indent_bytes(nxt) > base:
                    end += 1
                else:
                    break
            blocks.append((i, end, base))
            i = end + 1
        else:
            i += 1
    return blocks


def _code_metadata(code: str, tree: tree_sitter.Tree, same_text: bool) -> _Metadata:
    has_enum = "Enum" in code
    has_docstring = "Args:" in code
    if not has_enum and not has_docstring:
        return _Metadata()
    statements = _relevant_statements(code, tree, same_text)
    if statements is None:
        return _Metadata()
    metadata = _Metadata()
    for stmt in statements:
        if stmt.type == "class_definition" and has_enum:
            info = _enum_info(stmt)
            if info is not None:
                metadata.enums[_text(stmt.child_by_field_name("name"))] = info
        elif stmt.type == "function_definition" and has_docstring and not _is_async(stmt):
            if _text(stmt.child_by_field_name("name")) == "main":
                doc = _docstring(stmt)
                if doc is not None:
                    metadata.descriptions = _docstring_args(doc)
    return metadata


def _relevant_statements(code: str, tree: tree_sitter.Tree, same_text: bool) -> list[Node] | None:
    """Top-level statements of the filtered text, or None when it does not parse."""
    blocks = _relevant_blocks(code)
    lines = _rust_lines(code)
    from_tree = _blocks_from_tree(blocks, lines, tree) if same_text else None
    if from_tree is not None:
        return from_tree
    filtered = "\n".join("\n".join(lines[a : b + 1]) for a, b, _ in blocks)
    snippet = parse(SourceFile("<filtered>", filtered, LANG_PYTHON))
    if _rejected(snippet.root_node):
        return None
    return _module_statements(snippet.root_node)


def _blocks_from_tree(
    blocks: list[tuple[int, int, int]], lines: list[str], tree: tree_sitter.Tree
) -> list[Node] | None:
    """The file's own nodes when each filtered block is exactly one clean top-level definition."""
    if tree.root_node.has_error:
        return None
    by_row: dict[int, Node] = {}
    for statement in _module_statements(tree.root_node):
        by_row[statement.start_point[0]] = statement
    out = []
    for first, last, indent in blocks:
        node = by_row.get(first)
        if indent != 0 or node is None or node.start_point[1] != 0:
            return None
        if node.type not in ("class_definition", "function_definition") or _is_async(node):
            return None
        if node.end_point[0] > last:
            return None
        for row in range(node.end_point[0] + 1, last + 1):
            rest = lines[row].lstrip(RUST_WHITESPACE)
            if rest and not rest.startswith("#"):
                return None
        if _rejected(node):
            return None
        out.append(node)
    return out


def _is_async(node: Node) -> bool:
    return node.child(0) is not None and node.child(0).type == "async"


def _enum_info(cls: Node) -> _EnumInfo | None:
    if not any(b.type == "identifier" and _text(b) in ENUM_BASES for b in _class_bases(cls)):
        return None
    values: list[str] = []
    members: dict[str, str] = {}
    body = cls.child_by_field_name("body")
    for stmt in body.named_children if body is not None else []:
        if stmt.type != "expression_statement" or not stmt.named_children:
            continue
        assignment = stmt.named_children[0]
        if assignment.type != "assignment" or assignment.child_by_field_name("type") is not None:
            continue
        target = assignment.child_by_field_name("left")
        value = assignment.child_by_field_name("right")
        while value is not None and value.type == "assignment":  # A = B = "x"
            value = value.child_by_field_name("right")
        if target is None or target.type != "identifier" or value is None:
            continue
        name = _text(target)
        text = _str_constant(value)
        if name.startswith("_") or text is None:
            continue
        values.append(text)
        members[name] = text
    return _EnumInfo(values, members) if values else None


def _docstring(func: Node) -> str | None:
    body = func.child_by_field_name("body")
    if body is None or not body.named_children:
        return None
    first = body.named_children[0]
    if first.type != "expression_statement" or len(first.named_children) != 1:
        return None
    return _str_constant(first.named_children[0])


def _docstring_args(doc: str) -> dict[str, str]:
    """Windmill's parse_docstring_args (Google style `Args:` section)."""
    out: dict[str, str] = {}
    in_args = False
    base: int | None = None
    for line in _rust_lines(doc):
        trimmed = line.strip(RUST_WHITESPACE)
        if trimmed == "Args:":
            in_args = True
            base = None
            continue
        if not in_args or not trimmed:
            continue
        indent = _indent_bytes(line)
        if base is None:
            base = indent
        if indent < base and trimmed.endswith(":"):
            break
        colon = trimmed.find(":")
        if colon == -1:
            continue
        before = trimmed[:colon]
        description = trimmed[colon + 1 :].strip(RUST_WHITESPACE)
        paren = before.find("(")
        key = before[:paren] if paren != -1 else before
        out[key.strip(RUST_WHITESPACE)] = description
    return out


# --- default values ------------------------------------------------------------------------


def _str_constant(node: Node) -> str | None:
    """The value of a (possibly implicitly concatenated) str literal, else None."""
    node = _unwrap(node)
    if node.type not in ("string", "concatenated_string"):
        return None
    try:
        value = _string_value(node)
    except LiteralError:
        return None
    return value if isinstance(value, str) else None


def _string_value(node: Node) -> str | bytes:
    parts = (
        [node] if node.type == "string" else [c for c in node.named_children if c.type == "string"]
    )
    values = [py_literals.decode_string(_text(p)) for p in parts]
    if all(isinstance(v, bytes) for v in values):
        return b"".join(v for v in values if isinstance(v, bytes))
    if all(isinstance(v, str) for v in values):
        return "".join(v for v in values if isinstance(v, str))
    raise LiteralError("cannot mix bytes and nonbytes literals")


def _to_value(node: Node, metadata: _Metadata) -> Any:
    """Windmill's to_value: a JSON value, or _MISSING when it gives none."""
    node = _unwrap(node)
    kind = node.type
    if kind in ("string", "concatenated_string"):
        try:
            value = _string_value(node)
        except LiteralError:
            return _MISSING  # an f-string (JoinedStr) has no value
        return list(value) if isinstance(value, bytes) else value
    if kind == "integer":
        text = _text(node)
        if text[-1] in "jJ":
            return [0.0, _finite_or_none(float(text[:-1].replace("_", "")))]
        try:
            return py_literals.int_to_json(py_literals.parse_int(text))
        except (LiteralError, ValueError):
            return _MISSING
    if kind == "float":
        text = _text(node).replace("_", "")
        if text[-1] in "jJ":
            return [0.0, _finite_or_none(float(text[:-1]))]
        return _finite_or_none(float(text))
    if kind == "true":
        return True
    if kind == "false":
        return False
    if kind == "none":
        return None
    if kind == "ellipsis":
        return "..."
    if kind == "dictionary":
        out: dict[str, Any] = {}
        for item in node.named_children:
            if item.type == "pair":
                key = _to_value(required_field(item, "key"), metadata)
                value = _to_value(required_field(item, "value"), metadata)
            elif item.type == "dictionary_splat":
                key = _MISSING
                value = (
                    _to_value(item.named_children[0], metadata) if item.named_children else _MISSING
                )
            else:
                continue
            key = key if isinstance(key, str) else "no_key"
            out[key] = None if value is _MISSING else value
        return out
    if kind == "list":
        values = []
        for item in node.named_children:
            if item.type == "comment":
                continue
            value = _MISSING if item.type == "list_splat" else _to_value(item, metadata)
            values.append(None if value is _MISSING else value)
        return values
    if kind == "attribute":
        owner = _unwrap(required_field(node, "object"))
        attr = _text(node.child_by_field_name("attribute"))
        if owner.type != "identifier":
            return _MISSING
        info = metadata.enums.get(_text(owner))
        if info is not None and attr in info.members:
            return info.members[attr]
        return attr
    if kind == "call":
        return _MISSING if _starred(node) else FUNCTION_CALL
    return _MISSING


def _starred(node: Node) -> bool:
    """Whether tree-sitter read `*f(x)` (first in a list) as a call of `*f`.

    tree-sitter binds the star tighter than the call, attribute or subscript
    after it (`[*f()]` is `call(list_splat(f))`); rustpython sees a Starred
    element, which has no value.
    """
    while node.type in ("call", "attribute", "subscript"):
        inner = node.child_by_field_name(
            "function" if node.type == "call" else "object" if node.type == "attribute" else "value"
        )
        if inner is None:
            return False
        node = inner
    return node.type == "list_splat"


def _finite_or_none(value: float) -> float | None:
    """serde_json turns a non-finite float into null."""
    return value if math.isfinite(value) else None
