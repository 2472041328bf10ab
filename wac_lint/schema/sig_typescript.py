"""The `main` signature of a TypeScript script, as `windmill-parser-wasm-ts` reads it.

What Windmill's parser (swc based) accepts as the entry point, in order:

* the *last* top-level `function main` (exported or not, overloads and
  `declare function` included; `export default function` is not);
* otherwise the *first* `const|let|var main = workflow(<function>)` or
  `export default workflow(<function>)` (the callee must be the bare name
  `workflow`).

Types follow its `tstype_to_typ`: local `type` aliases and interfaces are
resolved (objects named after the alias, snake-cased; references to other
types become resource types named after the alias), string-literal unions
are enums, `T | undefined` / `T | null` make a parameter optional, and other
type references are snake-cased resource names.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

import tree_sitter

from wac_lint.bounded import ParseTooSlow
from wac_lint.parsing import node_bytes, parse
from wac_lint.queries import captures
from wac_lint.schema import js_eval
from wac_lint.schema.jsvalues import UNDEFINED
from wac_lint.schema.types import (
    BOOL,
    BYTES,
    DATETIME,
    EMAIL,
    FLOAT,
    INT,
    SQL,
    UNKNOWN,
    Arg,
    Signature,
    SignatureError,
    TDynSelect,
    TList,
    TObject,
    TOneOf,
    TResource,
    TStr,
    Typ,
    json_to_typ,
)
from wac_lint.source import LANG_TYPESCRIPT, SourceFile

Node = tree_sitter.Node

U64_MAX = 2**64 - 1
FUNCTION_NODES = ("function_declaration", "function_signature", "generator_function_declaration")
WORKFLOW_FUNCTIONS = ("arrow_function", "function_expression", "function", "generator_function")
# An alias met this many times on the resolution path stops expanding (Windmill's
# cycle guard; see `_resolve_alias` for how the count is made).
ALIAS_REPEAT_LIMIT = 3


class _Invalid(Exception):
    pass


@dataclass
class _Context:
    aliases: dict[str, Node] = field(default_factory=dict)
    path: list[str] = field(default_factory=list)
    extending: list[str] = field(default_factory=list)  # interfaces whose bases are being read
    # Aliases whose expansion was cut in an earlier top-level reference of this file
    # (to the alias itself / to another one), and the cuts of the current one, as
    # (alias, cut inside a top-level reference to itself). See `_resolve_alias`.
    cut_in_own: set[str] = field(default_factory=set)
    cut_in_other: set[str] = field(default_factory=set)
    cut_now: set[tuple[str, bool]] = field(default_factory=set)


def extract(source: SourceFile, tree: tree_sitter.Tree) -> Signature:
    root: Node | None = tree.root_node
    in_tree = True
    if root is not None and root.has_error:
        root = _parsed_without_comments(source, root)
        in_tree = False
    if root is None:
        return Signature(invalid=True, invalid_reason="syntax error")
    if b"@" in source.data and _has_decorator(root):
        # swc as Windmill runs it rejects decorators (windmill-oracle `sig`: Invalid, "Unexpected
        # { got: "@" }"), though Bun runs them
        return Signature(
            invalid=True, invalid_reason="the file has a decorator, which Windmill's parser rejects"
        )
    if b"\\" in source.data and _has_invalid_escape(root):
        # tree-sitter reads `"\x4"` or `\u{110000}` as text, swc rejects the file
        return Signature(invalid=True, invalid_reason="a string with an invalid escape")
    statements = _top_level(root)
    has_preprocessor = any(_function_name(n) == "preprocessor" for n, _ in statements)
    params = _main_parameters(statements)
    if params is None:
        return Signature(no_main_func=True, has_preprocessor=has_preprocessor)
    ctx = _Context(aliases=_aliases(root))
    try:
        args = _arguments(params, ctx)
    except _Invalid as exc:
        return Signature(invalid=True, invalid_reason=str(exc))
    if not in_tree:
        for arg in args:  # nodes of the repaired text, not of the caller's tree
            arg.node = arg.annotation = None
        return Signature(args=args, has_preprocessor=has_preprocessor)
    return Signature(args=args, has_preprocessor=has_preprocessor, main=params.parent)


def _parsed_without_comments(source: SourceFile, root: Node) -> Node | None:
    """The file's tree with its comments blanked, when that parses cleanly (else None).

    tree-sitter-typescript fails on a comment right after an optional parameter
    without a type (`x? // note` before `)` or `,`), which swc accepts. Blanking
    the comments it did find (newlines kept, so byte offsets and automatic
    semicolons stay) gives the tree swc would see.
    """
    comments = captures(LANG_TYPESCRIPT, "(comment) @c", root).get("c", ())
    if not comments or not _errors_touch_comments(source.data, root, comments):
        return None
    data = bytearray(source.data)
    for comment in comments:
        for i in range(comment.start_byte, comment.end_byte):
            if data[i] not in (0x0A, 0x0D):
                data[i] = 0x20
    text = data.decode("utf-8", "replace")
    try:
        repaired = parse(SourceFile(source.path, text, LANG_TYPESCRIPT)).root_node
    except ParseTooSlow:  # the blanked text sends the parser's error recovery astray
        return None
    return None if repaired.has_error else repaired


BLANKS = b" \t\r\n"
BLANK_REACH = 256  # farther than this, a comment is not what the error is against


def _errors_touch_comments(data: bytes, root: Node, comments: list[Node]) -> bool:
    """Can blanking the comments make the file parse? Only if the first place the
    parser failed (the error that ends first: the recovery's later errors follow
    from it) sits against a comment, blanks between them aside. The re-parse costs
    a whole parse, and on a file broken elsewhere it only repeats the error recovery
    (a fuzzed 280 KB file: 1.7 s of CPU twice)."""
    errors = captures(LANG_TYPESCRIPT, "(ERROR) @e", root).get("e", ())
    if not errors:
        return True  # only missing tokens: nothing to place them against
    first = min(errors, key=lambda error: error.end_byte)
    low, high = first.start_byte, first.end_byte
    floor, ceiling = max(0, low - BLANK_REACH), min(len(data), high + BLANK_REACH)
    while low > floor and data[low - 1] in BLANKS:
        low -= 1
    while high < ceiling and data[high] in BLANKS:
        high += 1
    spans = sorted((c.start_byte, c.end_byte) for c in comments)  # never overlapping
    last = bisect.bisect_right(spans, (high, len(data))) - 1  # the last one starting by `high`
    return last >= 0 and spans[last][1] >= low


# --- entry point ---------------------------------------------------------------------------


# An escape in a string or template: `\x` / `\u` with what follows, or one character.
ESCAPE = re.compile(r"\\(u\{[^}]*\}?|u.{0,4}|x.{0,2}|.)", re.S)


def _has_invalid_escape(root: Node) -> bool:
    """A string or untagged template swc does not lex (windmill-oracle `sig`: Invalid):
    `\\x` without two hex digits, `\\u` without four or a `{code point}` up to
    10FFFF; in a template also `\\1` to `\\9` (a string keeps legacy octal escapes)."""
    found = captures(LANG_TYPESCRIPT, "(string) @s (template_string) @t", root)
    for node in found.get("s", []):
        if any(_bad_escape(m.group(1), template=False) for m in ESCAPE.finditer(_text(node))):
            return True
    for node in found.get("t", []):
        parent = node.parent
        if parent is not None and parent.type == "call_expression":
            continue  # a tagged template (`String.raw`) takes any escape
        text = b"".join(
            node_bytes(c) for c in node.children if c.type != "template_substitution"
        ).decode("utf-8", "surrogatepass")
        if any(_bad_escape(m.group(1), template=True) for m in ESCAPE.finditer(text)):
            return True
    return False


def _text(node: Node) -> str:
    return node_bytes(node).decode("utf-8", "surrogatepass")


def _bad_escape(escape: str, *, template: bool) -> bool:
    if escape.startswith("x"):
        return not re.fullmatch(r"x[0-9a-fA-F]{2}", escape)
    if escape.startswith("u{"):
        digits = escape[2:-1] if escape.endswith("}") else ""
        return not re.fullmatch(r"[0-9a-fA-F]+", digits) or int(digits, 16) > 0x10FFFF
    if escape.startswith("u"):
        return not re.fullmatch(r"u[0-9a-fA-F]{4}", escape)
    return template and escape in "123456789"


def _has_decorator(root: Node) -> bool:
    return bool(captures(LANG_TYPESCRIPT, "(decorator) @d", root).get("d"))


def _top_level(root: Node) -> list[tuple[Node, bool]]:
    """(declaration, is `export default`) for each top-level statement."""
    out = []
    for child in root.named_children:
        if child.type == "export_statement":
            is_default = any(c.type == "default" for c in child.children)
            inner = child.child_by_field_name("declaration") or child.child_by_field_name("value")
            if inner is not None:
                out.append((inner, is_default))
        elif child.type == "ambient_declaration":
            out.extend((c, False) for c in child.named_children)
        else:
            out.append((child, False))
    return out


def _function_name(node: Node) -> str | None:
    if node.type not in FUNCTION_NODES:
        return None
    name = node.child_by_field_name("name")
    return node_bytes(name).decode() if name is not None else None


def _main_parameters(statements: list[tuple[Node, bool]]) -> Node | None:
    functions = [
        n for n, is_default in statements if not is_default and _function_name(n) == "main"
    ]
    if functions:
        return _parameters_of(functions[-1])
    for node, is_default in statements:
        call = None
        if is_default and node.type == "call_expression":
            call = node
        elif not is_default and node.type in ("lexical_declaration", "variable_declaration"):
            for declarator in node.named_children:
                if declarator.type != "variable_declarator":
                    continue
                name = declarator.child_by_field_name("name")
                value = declarator.child_by_field_name("value")
                if name is not None and name.text == b"main" and value is not None:
                    if value.type == "call_expression":
                        call = value
                        break
        function = _workflow_function(call) if call is not None else None
        if function is not None:
            return _parameters_of(function)
    return None


def _workflow_function(call: Node) -> Node | None:
    callee = call.child_by_field_name("function")
    if callee is None or callee.type != "identifier" or callee.text != b"workflow":
        return None
    arguments = call.child_by_field_name("arguments")
    if arguments is None or arguments.type != "arguments":
        return None
    first = next((c for c in arguments.named_children if c.type != "comment"), None)
    return first if first is not None and first.type in WORKFLOW_FUNCTIONS else None


def _parameters_of(function: Node) -> Node:
    params = function.child_by_field_name("parameters")
    if params is not None:
        return params
    single = function.child_by_field_name("parameter")  # `async a => ...`
    return single if single is not None else function


# --- parameters ------------------------------------------------------------------------------


def _arguments(params: Node, ctx: _Context) -> list[Arg]:
    if params.type == "identifier":
        return [Arg(node_bytes(params).decode(), UNKNOWN, node=params)]
    args = []
    anon = 0
    for param in params.named_children:
        if param.type not in ("required_parameter", "optional_parameter"):
            continue
        pattern = param.child_by_field_name("pattern")
        annotation = param.child_by_field_name("type")
        value = param.child_by_field_name("value")
        if pattern is None:
            raise _Invalid("parameter syntax unsupported")
        if pattern.type in ("identifier", "this"):
            name = identifier_name(pattern)
        elif pattern.type == "object_pattern":
            anon += 1
            name = f"anon{anon}"
        else:  # rest and array patterns
            raise _Invalid(f"parameter syntax unsupported: {node_bytes(pattern).decode()[:40]}")
        typ, nullable = _annotation_type(annotation, ctx)
        type_node = _annotation_node(annotation)
        otyp = _array_union_otyp(type_node)
        if value is None:
            optional = param.type == "optional_parameter" and pattern.type != "object_pattern"
            args.append(
                Arg(
                    name,
                    typ,
                    None,
                    optional or nullable,
                    otyp,
                    node=param,
                    annotation=type_node,
                )
            )
            continue
        default = _default_value(value)
        if typ == UNKNOWN and default is not UNDEFINED:
            typ = json_to_typ(default)
        default = None if default is UNDEFINED else default
        args.append(Arg(name, typ, default, True, otyp, node=param, annotation=type_node))
    return args


# The keyword types whose name Windmill's parser writes into an `otyp` (`unknown`,
# `never`, `void`, `symbol`, `undefined` give none: windmill-oracle `sig`).
OTYP_KEYWORDS = frozenset({"string", "number", "boolean", "any", "bigint", "object"})


def _array_union_otyp(node: Node | None) -> str | None:
    """`T | T[]` (either order) keeps its text as the parameter's `otyp`.

    Windmill's parser types such a parameter `unknown` and records the union, which
    `generate-metadata` writes as `originalType`. What windmill-oracle `sig` shows:
    exactly two members, one of them the other's array (`T[]`, not `Array<T>`,
    `readonly T[]` nor `(T)[]`); T a keyword type of `OTYP_KEYWORDS` or a plain type
    name, whose type arguments are dropped (`Foo<string> | Foo<string>[]` gives
    `Foo | Foo[]`; `ns.Foo` gives none); the members in source order, spaced `a | b`.
    """
    if node is None or node.type != "union_type":
        return None
    members = _flatten_union(node)  # `| a | b` (a leading bar) is two members too
    if len(members) != 2:
        return None
    left, right = (_array_union_operand(m) for m in members)
    if left is None or right is None or left[0] != right[0] or left[1] == right[1]:
        return None
    return " | ".join(name + "[]" * is_array for name, is_array in (left, right))


def _array_union_operand(node: Node) -> tuple[str, bool] | None:
    """(T, False) for a type T Windmill names, (T, True) for `T[]`, else None."""
    if node.type == "array_type":
        inner = node.named_children[0] if node.named_children else None
        name = _otyp_name(inner) if inner is not None else None
        return (name, True) if name is not None else None
    name = _otyp_name(node)
    return (name, False) if name is not None else None


def _otyp_name(node: Node) -> str | None:
    if node.type == "predefined_type":
        text = node_bytes(node).decode()
        return text if text in OTYP_KEYWORDS else None
    if node.type == "generic_type":
        node = node.child_by_field_name("name") or node
    if node.type == "type_identifier":
        return node_bytes(node).decode()
    return None


IDENTIFIER_ESCAPE = re.compile(r"\\u(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))")


def identifier_name(node: Node) -> str:
    """The name an identifier spells: swc resolves `\\u0061` and `\\u{62}` escapes in
    identifiers (`function main(\\u0061: string)` has a parameter `a`)."""
    text = node_bytes(node).decode()
    if "\\" not in text:
        return text
    return IDENTIFIER_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)


def _annotation_node(annotation: Node | None) -> Node | None:
    """The type inside a `: T` annotation."""
    if annotation is None:
        return None
    inner = [c for c in annotation.named_children if c.type != "comment"]
    return inner[0] if inner else None


def _annotation_type(annotation: Node | None, ctx: _Context) -> tuple[Typ, bool]:
    node = _annotation_node(annotation)
    return _type(node, ctx) if node is not None else (UNKNOWN, False)


def _default_value(node: Node) -> Any:
    """The JSON default Windmill records, or UNDEFINED for none."""
    kind = node.type
    if kind == "string":
        return js_eval.decode_js_string(
            node_bytes(node).decode("utf-8", "surrogatepass"), raw_surrogates=True
        )
    if kind == "number":
        number = js_eval.parse_js_number(node_bytes(node).decode())
        if isinstance(number, js_eval.JSBigInt):
            return _bigint_json(number.value)
        return _number_json(number)
    if kind == "true":
        return True
    if kind == "false":
        return False
    if kind in ("object", "array"):
        return js_eval.literal_default(node)
    return UNDEFINED


def _number_json(value: float) -> int | float:
    """`if value == (value as u64) as f64 { value as u64 } else { value }`."""
    if value != value:
        as_u64 = 0
    elif value >= U64_MAX:
        as_u64 = U64_MAX
    else:
        as_u64 = max(0, int(value))
    if float(as_u64) == value:
        return as_u64
    return value


def _bigint_json(value: int) -> list[Any]:
    """serde's encoding of num_bigint::BigInt: [sign, little-endian base-2^32 digits]."""
    digits = []
    rest = abs(value)
    while rest:
        digits.append(rest & 0xFFFFFFFF)
        rest >>= 32
    sign = 0 if value == 0 else (1 if value > 0 else -1)
    return [sign, digits]


# --- types -------------------------------------------------------------------------------------


def _aliases(root: Node) -> dict[str, Node]:
    """Top-level `type X = ...` and `interface X {...}` (later declarations win)."""
    out: dict[str, Node] = {}
    for node, _ in _top_level(root):
        if node.type in ("type_alias_declaration", "interface_declaration"):
            name = node.child_by_field_name("name")
            target = node.child_by_field_name("value") or node.child_by_field_name("body")
            if name is not None and target is not None:
                out[node_bytes(name).decode()] = target
    return out


def _flatten_union(node: Node) -> list[Node]:
    out = []
    for child in node.named_children:
        if child.type == "union_type":
            out.extend(_flatten_union(child))
        elif child.type != "comment":
            out.append(child)
    return out


def _is_keyword(node: Node, *names: str) -> bool:
    """`string`, `undefined`, `null`, ... as a type (swc's TsKeywordType)."""
    if node.type == "literal_type":  # tree-sitter files `undefined` and `null` here
        inner = node.named_children[0] if node.named_children else None
        return inner is not None and inner.type in ("undefined", "null") and inner.type in names
    if node.type == "predefined_type":
        return node_bytes(node).decode() in names
    return False


def _string_literal(node: Node) -> str | None:
    if node.type != "literal_type" or not node.named_children:
        return None
    inner = node.named_children[0]
    if inner.type != "string":
        return None
    return js_eval.decode_js_string(node_bytes(inner).decode("utf-8", "surrogatepass"))


def _type(node: Node, ctx: _Context) -> tuple[Typ, bool]:
    kind = node.type
    if kind == "predefined_type":
        return _keyword_type(node_bytes(node).decode()), False
    if kind == "object_type":
        if _is_mapped_type(node):
            return UNKNOWN, False
        return TObject(None, tuple(_members(node, ctx))), False
    if kind == "interface_body":
        return TObject(None, tuple(_interface_members(node, ctx))), False
    if kind == "parenthesized_type":
        inner = [c for c in node.named_children if c.type != "comment"]
        return _type(inner[0], ctx) if inner else (UNKNOWN, False)
    if kind == "array_type":
        element = node.named_children[0]
        return TList(_type(element, ctx)[0]), False
    if kind == "literal_type":
        value = _string_literal(node)
        return (TStr((value,)), False) if value is not None else (UNKNOWN, False)
    if kind == "optional_type":
        return _type(node.named_children[0], ctx)[0], True
    if kind == "union_type":
        return _union(_flatten_union(node), ctx)
    if kind in ("type_identifier", "nested_type_identifier", "generic_type"):
        return _reference(node, ctx)
    return UNKNOWN, False


def type_reading(node: Node) -> Typ:
    """What Windmill's parser reads the type annotation `node` as, with the aliases of
    its file (for a rule comparing it with what a parameter's default gives)."""
    root = node
    while root.parent is not None:
        root = root.parent
    try:
        return _type(node, _Context(aliases=_aliases(root)))[0]
    except _Invalid:
        return UNKNOWN


def _is_mapped_type(node: Node) -> bool:
    """`{ [K in Keys]: T }`: tree-sitter writes an object type with one index signature,
    swc a TsMappedType, which Windmill's parser does not read (windmill-oracle `sig`:
    unknown)."""
    members = [c for c in node.named_children if c.type != "comment"]
    return (
        len(members) == 1
        and members[0].type == "index_signature"
        and any(c.type == "mapped_type_clause" for c in members[0].named_children)
    )


def _keyword_type(name: str) -> Typ:
    keywords: dict[str, Typ] = {
        "object": TObject(None, ()),
        "boolean": BOOL,
        "bigint": INT,
        "number": FLOAT,
        "string": TStr(),
    }
    return keywords.get(name, UNKNOWN)


def _members(body: Node, ctx: _Context) -> list[tuple[str, Typ]]:
    props = []
    for member in body.named_children:
        if member.type != "property_signature":
            continue
        name = member.child_by_field_name("name")
        if name is None or name.type != "property_identifier":
            continue
        typ = _annotation_type(member.child_by_field_name("type"), ctx)[0]
        props.append((identifier_name(name), typ))
    return props


def _interface_members(body: Node, ctx: _Context) -> list[tuple[str, Typ]]:
    """An interface's members after those of the interfaces it extends.

    Windmill copies the members of each base, in `extends` order and depth
    first, before the interface's own; duplicates are all kept. A base counts
    only when it is a plain name of a local interface (the last one declared
    under that name; type arguments are ignored): aliases, qualified names and
    unknown names add nothing. Windmill overflows its stack on a cycle.
    """
    declaration = body.parent
    props: list[tuple[str, Typ]] = []
    if declaration is not None and declaration.type == "interface_declaration":
        name = declaration.child_by_field_name("name")
        key = (name.text or b"").decode() if name is not None else ""
        if key in ctx.extending:
            raise SignatureError(
                f"interface {key} extends itself (Windmill's parser overflows its stack)",
                declaration,
            )
        ctx.extending.append(key)
        try:
            for clause in declaration.named_children:
                if clause.type != "extends_type_clause":
                    continue
                for base in clause.children_by_field_name("type"):
                    base_body = ctx.aliases.get(_base_name(base) or "")
                    if base_body is not None and base_body.type == "interface_body":
                        props.extend(_interface_members(base_body, ctx))
        finally:
            ctx.extending.pop()
    props.extend(_members(body, ctx))
    return props


def _base_name(node: Node) -> str | None:
    """`Y` for `extends Y` or `extends Y<T>`; None for a qualified name."""
    if node.type == "generic_type":
        node = node.child_by_field_name("name") or node
    return (node.text or b"").decode() if node.type == "type_identifier" else None


def _union(types: list[Node], ctx: _Context) -> tuple[Typ, bool]:
    nullish = [i for i, t in enumerate(types) if _is_keyword(t, "undefined", "null")]
    undefined_at = nullish[0] if nullish else None
    if len(types) == 2:
        if undefined_at is not None:
            return _type(types[1 - undefined_at], ctx)[0], True
    elif not all(
        _string_literal(t) is not None or _is_keyword(t, "undefined", "string", "null")
        for t in types
    ):
        undefined_at = None
    if len(types) > 1:
        variants = []
        for t in types:
            variant = _one_of_variant(t, ctx)
            if variant is None:
                break
            variants.append(variant)
        if len(variants) == len(types):
            return TOneOf(tuple(variants)), False
    literals = []
    for t in types:
        if _is_keyword(t, "string", "undefined", "null"):
            continue
        value = _string_literal(t)
        if value is None:
            return UNKNOWN, False
        literals.append(value)
    return TStr(tuple(literals)), undefined_at is not None


def _one_of_variant(node: Node, ctx: _Context) -> tuple[str, tuple[tuple[str, Typ], ...]] | None:
    if node.type != "object_type":
        return None
    label = None
    for member in node.named_children:
        if member.type != "property_signature":
            continue
        name = member.child_by_field_name("name")
        if (
            name is None
            or name.type != "property_identifier"
            or name.text not in (b"label", b"kind")
        ):
            continue
        annotation = member.child_by_field_name("type")
        inner = [c for c in annotation.named_children if c.type != "comment"] if annotation else []
        value = _string_literal(inner[0]) if inner else None
        if value is not None:
            label = value
            break
    if label is None:
        return None
    return label, tuple(_members(node, ctx))


def _reference(node: Node, ctx: _Context) -> tuple[Typ, bool]:
    name_node = node.child_by_field_name("name") if node.type == "generic_type" else node
    if name_node is not None and name_node.type == "nested_type_identifier":
        name_node = name_node.child_by_field_name("name")
    name = node_bytes(name_node).decode() if name_node is not None else ""
    if name == "Resource":
        return TResource(_resource_argument(node) or "unknown"), False
    builtins: dict[str, Typ] = {"Date": DATETIME, "Base64": BYTES, "Email": EMAIL, "Sql": SQL}
    if name in builtins:
        return builtins[name], False
    if name.startswith("DynSelect_"):
        return TDynSelect(name[len("DynSelect_") :]), False
    if name.startswith("DynMultiselect_"):
        return TDynSelect(name[len("DynMultiselect_") :], multi=True), False
    if name == "bigint" and node.type == "type_identifier":
        return INT, False  # tree-sitter reads `bigint` as a name in some positions
    if name in ctx.aliases:
        return _resolve_alias(name, ctx)
    return TResource(snake_case(name)), False


def _resource_argument(node: Node) -> str | None:
    if node.type != "generic_type":
        return None
    arguments = node.child_by_field_name("type_arguments")
    first = (
        next((c for c in arguments.named_children if c.type != "comment"), None)
        if arguments
        else None
    )
    return _string_literal(first) if first is not None else None


def _resolve_alias(name: str, ctx: _Context) -> tuple[Typ, bool]:
    """A local alias or interface, expanded the way Windmill expands recursive ones.

    Windmill's cycle guard, as measured against its parser (tests/schema/corpus,
    `ts_types/alias_recursion*.ts`): an alias stops expanding (an object named
    after it, with no properties) when it occurs ALIAS_REPEAT_LIMIT times on the
    resolution path, where a reference made from a parameter's own annotation
    (a top-level reference, not from inside another alias) counts twice, and
    cuts in earlier top-level references of the same file count too: once when
    the alias was cut inside a top-level reference to itself, once more when it
    was cut inside one to another alias (at most once in all for the top-level
    reference itself). So `type X = {a: X}` expands twice for the first
    parameter typed `X` and once for the next; an alias first reached through
    another one expands three times. This model reproduces every recursive case
    measured (`tests/schema/corpus/f/issue9/ts_alias_recursion_*.ts`); Windmill's
    own code for it was not available to read.
    """
    snake = snake_case(name)
    top_level = not ctx.path
    own, other = name in ctx.cut_in_own, name in ctx.cut_in_other
    earlier = max(own, other) if top_level else own + other
    if top_level:
        ctx.path.append(name)
    try:
        if ctx.path.count(name) + earlier >= ALIAS_REPEAT_LIMIT:
            ctx.cut_now.add((name, ctx.path[0] == name))
            return TObject(snake, None), False
        ctx.path.append(name)
        try:
            typ, nullable = _type(ctx.aliases[name], ctx)
        finally:
            ctx.path.pop()
    finally:
        if top_level:
            ctx.path.pop()
            for cut, in_own in ctx.cut_now:
                (ctx.cut_in_own if in_own else ctx.cut_in_other).add(cut)
            ctx.cut_now.clear()
    return _named_after_alias(typ, snake), nullable


def _named_after_alias(typ: Typ, snake: str) -> Typ:
    """An alias names what it resolves to: an unnamed object, any resource, through arrays.

    `type Rows = object[]` is a list of objects named `rows`; `type Dbs =
    Postgresql[]` (an unknown `Postgresql`) a list of resources `dbs`. Objects
    already named by an inner alias keep that name.
    """
    if isinstance(typ, TObject) and typ.name is None:
        return TObject(snake, typ.props)
    if isinstance(typ, TResource):
        return TResource(snake)
    if isinstance(typ, TList):
        return TList(_named_after_alias(typ.inner, snake))
    return typ


def snake_case(name: str) -> str:
    """Windmill's to_snake_case (convert_case with its word boundaries).

    Words split at `_`, `-` and spaces, before an upper-case letter that
    follows a lower-case letter or a digit, and inside an acronym before its
    last capital (`HTTPServer` -> `http`, `server`). Digits never start a word.
    """
    words: list[str] = []
    current = ""
    for i, ch in enumerate(name):
        if ch in "_- ":
            if current:
                words.append(current)
                current = ""
            continue
        if current:
            prev = name[i - 1]
            nxt = name[i + 1] if i + 1 < len(name) else ""
            if ch.isupper() and (
                prev.islower()
                or prev.isnumeric()
                or (prev.isupper() and nxt != "" and nxt.islower())
            ):
                words.append(current)
                current = ""
        current += ch
    if current:
        words.append(current)
    return "_".join(w.lower() for w in words)
