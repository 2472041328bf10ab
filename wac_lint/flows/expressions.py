"""The JavaScript of a flow: parsed with tree-sitter, read for the names it uses.

Windmill evaluates `expr` strings (input transforms, iterators, branch
conditions, `skip_if`, `stop_after_if`, `retry_if`, ...) as JavaScript with
`results`, `flow_input` and a few more names in scope. We parse each text once
(as a script, and as a parenthesised expression for object literals) and record
the `results.<id>`, `flow_input.<name>`, `flow_input.iter` and `flow_env.<name>`
references it makes, with their character offsets in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from enum import Enum
from functools import cache, lru_cache

import tree_sitter

# What may follow an input read to handle its absence: a fallback (`?? ""`,
# `|| "eu"`), optional chaining, a ternary's test, a comparison with
# undefined / null.
# a workspace reference written where Windmill evaluates JavaScript (`expr: $res:f/x/db`):
# it is replaced only in a static value, and as JavaScript it is a label and a division
WORKSPACE_REFERENCE = re.compile(r"\s*(\$(?:res|var):[\w./-]+)\s*")


def workspace_reference(text: str) -> str | None:
    """The `$res:<path>` / `$var:<path>` the whole text is, or None."""
    found = WORKSPACE_REFERENCE.fullmatch(text)
    return found.group(1) if found is not None else None


ABSENCE_AFTER = re.compile(r"\s*(\?\?|\|\||\?\.|\?(?![?.])|[!=]==?\s*(undefined|null)\b)")


ABSENCE_BEFORE = ("typeof", "??", "||")


def handles_absence(text: str, start: int, end: int) -> bool:
    """Whether the read at [start, end) is written for a field that may be missing
    (`flow_input.eventType ?? flow_input.event ?? ""`: a payload read both ways)."""
    if ABSENCE_AFTER.match(text, end):
        return True
    return text[:start].rstrip().endswith(ABSENCE_BEFORE)


class RefKind(Enum):
    RESULT = "results"
    FLOW_INPUT = "flow_input"
    ITER = "flow_input.iter"
    FLOW_ENV = "flow_env"


@dataclass(frozen=True)
class Ref:
    kind: RefKind
    name: str  # the step id / input name ("iter" for ITER)
    start: int  # character offsets in the expression text
    end: int
    # the static property read on the reference itself (`left` of `results.fan.left`,
    # `results.fan?.left`, `results.fan["left"]`), and where that read ends
    member: str | None = None
    member_end: int = 0


@dataclass(frozen=True)
class ParsedExpression:
    ok: bool
    refs: tuple[Ref, ...]
    error_at: int | None = None  # character offset of the first syntax error
    error_text: str = ""
    # why the text does not parse, when tree-sitter's grammar accepts it but JavaScript
    # does not (an early error: `a ?? b || c`)
    error_reason: str = ""


@cache
def _parser() -> tree_sitter.Parser:
    import tree_sitter_javascript

    return tree_sitter.Parser(tree_sitter.Language(tree_sitter_javascript.language()))


_REF_OBJECTS = (b"results", b"flow_input", b"flow_env")


@dataclass(frozen=True)
class ExpressionTree:
    """An expression's text as parsed, and the parse JavaScript accepts."""

    tree: tree_sitter.Tree  # the text itself
    # the text, or the text in parentheses when only that parses (an object literal
    # `{ a: 1 }` is a block as a statement); None when neither does
    accepted: tree_sitter.Tree | None
    data: bytes  # the bytes `accepted` was parsed from
    shift: int  # characters `accepted`'s offsets are ahead of the text's


@lru_cache(maxsize=8192)
def expression_tree(text: str) -> ExpressionTree:
    """One parse per expression text, shared by every reader of the expression."""
    data = text.encode("utf-8")
    tree = _parser().parse(data)
    if not tree.root_node.has_error:
        return ExpressionTree(tree, tree, data, 0)
    wrapped = b"(" + data + b"\n)"
    accepted = _parser().parse(wrapped)
    if not accepted.root_node.has_error:
        return ExpressionTree(tree, accepted, wrapped, 1)
    return ExpressionTree(tree, None, data, 0)


@lru_cache(maxsize=8192)
def parse_expression(text: str) -> ParsedExpression:
    data = text.encode("utf-8")
    parsed = expression_tree(text)
    tree = parsed.tree
    ok = parsed.accepted is not None
    error_at: int | None = None
    error_text = ""
    accepted, shift = parsed.accepted or tree, parsed.shift
    if not ok:
        bad = _first_error(tree.root_node)
        if bad is not None:
            error_at = _chars(data, bad.start_byte)
            error_text = data[bad.start_byte : bad.end_byte].decode("utf-8", "replace")
    refs = tuple(_refs(tree.root_node, data)) if any(o in data for o in _REF_OBJECTS) else ()
    if ok and b"??" in data:
        mixed = _mixed_coalescing(accepted.root_node)
        if mixed is not None:
            operator, other = mixed
            start = max(operator.start_byte - shift, 0)
            reason = (
                f"`??` cannot be combined with `{other}` without parentheses (a SyntaxError "
                "in JavaScript, whatever the values); parenthesise the part meant to go first"
            )
            return ParsedExpression(False, refs, _chars(data, start), operator.type, reason)
    return ParsedExpression(ok, refs, error_at, error_text)


_LOGICAL = frozenset({"||", "&&"})


def _mixed_coalescing(root: tree_sitter.Node) -> tuple[tree_sitter.Node, str] | None:
    """The first `??` written with `||` / `&&` as a direct operand, or the reverse
    (`a ?? b || c`): tree-sitter's grammar takes it, JavaScript refuses it (ES2020
    ShortCircuitExpression: a CoalesceExpression's operands are no LogicalOR/AND)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "binary_expression":
            operator = node.child_by_field_name("operator")
            if operator is not None and operator.type in _LOGICAL | {"??"}:
                for side in ("left", "right"):
                    operand = node.child_by_field_name(side)
                    inner = (
                        operand.child_by_field_name("operator")
                        if operand is not None and operand.type == "binary_expression"
                        else None
                    )
                    if inner is None:
                        continue
                    if operator.type == "??" and inner.type in _LOGICAL:
                        return operator, inner.type
                    if operator.type in _LOGICAL and inner.type == "??":
                        return inner, operator.type
        stack.extend(reversed(node.children))
    return None


def _chars(data: bytes, byte_offset: int) -> int:
    return len(data[:byte_offset].decode("utf-8", "replace"))


def _first_error(node: tree_sitter.Node) -> tree_sitter.Node | None:
    stack = [node]
    while stack:
        current = stack.pop()
        if current.is_error or current.is_missing:
            return current
        if current.has_error:
            stack.extend(reversed(current.children))
    return None


def _property(node: tree_sitter.Node, data: bytes) -> str | None:
    """The static property a member / subscript expression reads (`.x`, `["x"]`)."""
    if node.type == "member_expression":
        prop = node.child_by_field_name("property")
        if prop is not None and prop.type in ("property_identifier", "private_property_identifier"):
            return data[prop.start_byte : prop.end_byte].decode("utf-8", "replace")
        return None
    if node.type == "subscript_expression":
        index = node.child_by_field_name("index")
        if index is not None and index.type == "string":
            parts = [c for c in index.children if c.type == "string_fragment"]
            if len(parts) == 1 and not any(c.type == "escape_sequence" for c in index.children):
                return data[parts[0].start_byte : parts[0].end_byte].decode("utf-8", "replace")
            if not parts:
                return ""
    return None


def _member(node: tree_sitter.Node, data: bytes) -> str | None:
    """What `_property` reads, or the whole-number index of a subscript
    (`results.fan[1]`: an entry of a list result)."""
    prop = _property(node, data)
    if prop is not None or node.type != "subscript_expression":
        return prop
    index = node.child_by_field_name("index")
    if index is not None and index.type == "number":
        text = data[index.start_byte : index.end_byte].decode("utf-8", "replace")
        return text if text.isdigit() else None
    if index is not None and index.type == "unary_expression" and index.named_child_count == 1:
        # `[-1]` (Python's last item): JavaScript reads the property named "-1", which
        # no list has
        operand = index.named_children[0]
        operator = index.child_by_field_name("operator")
        if operator is not None and operator.type == "-" and operand.type == "number":
            text = data[operand.start_byte : operand.end_byte].decode("utf-8", "replace")
            return f"-{text}" if text.isdigit() and text != "0" else None
    return None


_FUNCTIONS = ("arrow_function", "function_expression", "function_declaration", "generator_function")


def _bound_names(params: tree_sitter.Node, data: bytes) -> set[bytes]:
    """The names a parameter list binds (`(results, {flow_input}) => ...`)."""
    names: set[bytes] = set()
    stack = [params]
    while stack:
        node = stack.pop()
        if node.type in ("identifier", "shorthand_property_identifier_pattern"):
            names.add(data[node.start_byte : node.end_byte])
        elif node.type == "assignment_pattern":
            left = node.child_by_field_name("left")
            if left is not None:
                stack.append(left)
        elif node.type == "pair_pattern":
            value = node.child_by_field_name("value")
            if value is not None:
                stack.append(value)
        else:
            stack.extend(node.children)
    return names


def _refs(root: tree_sitter.Node, data: bytes) -> list[Ref]:
    out: list[Ref] = []
    # a function whose parameter is named `results` / `flow_input` hides the
    # flow's object of that name inside its body
    stack: list[tuple[tree_sitter.Node, frozenset[bytes]]] = [(root, frozenset())]
    while stack:
        node, hidden = stack.pop()
        if node.type in _FUNCTIONS:
            params = node.child_by_field_name("parameters") or node.child_by_field_name("parameter")
            if params is not None:
                hidden = hidden | (_bound_names(params, data) & set(_REF_OBJECTS))
        if node.type in ("variable_declarator", "assignment_expression"):
            out.extend(_destructured(node, hidden, data))
        if node.type in ("member_expression", "subscript_expression"):
            obj = node.child_by_field_name("object")
            if obj is not None and obj.type == "identifier":
                base = data[obj.start_byte : obj.end_byte]
                if base in _REF_OBJECTS:
                    # a syntax error between the object and the property (`flow_input.a if
                    # flow_input.a else x`, recovered as `flow_input.a <error> .a`) joins
                    # words that are not one member chain: nothing is read there
                    name = None if _error_inside(node, obj) else _property(node, data)
                    if name is not None and base not in hidden:
                        out.append(_ref(node, base, name, data))
                continue
        stack.extend((child, hidden) for child in reversed(node.children))
    # `flow_input.iter` is found as a flow_input reference named "iter"
    return sorted(out, key=lambda r: r.start)


def _destructured(node: tree_sitter.Node, hidden: frozenset[bytes], data: bytes) -> list[Ref]:
    """`const { region, limit: max } = flow_input` reads `flow_input.region` and
    `flow_input.limit` (a property with a default, `{ x = 1 }`, is written for a value
    that may be missing, and a `...rest` names nothing)."""
    pattern = node.child_by_field_name("name") or node.child_by_field_name("left")
    value = node.child_by_field_name("value") or node.child_by_field_name("right")
    if pattern is None or value is None or pattern.type != "object_pattern":
        return []
    if value.type != "identifier":
        return []
    base = data[value.start_byte : value.end_byte]
    if base not in _REF_OBJECTS or base in hidden:
        return []
    out: list[Ref] = []
    for prop in pattern.named_children:
        key: tree_sitter.Node | None = prop
        if prop.type == "pair_pattern":
            key = prop.child_by_field_name("key")
        elif prop.type != "shorthand_property_identifier_pattern":
            continue
        if key is None or key.type not in (
            "property_identifier",
            "string",
            "shorthand_property_identifier_pattern",
        ):
            continue
        name = data[key.start_byte : key.end_byte].decode("utf-8", "replace")
        if key.type == "string":
            name = name[1:-1]
        if name:
            out.append(_ref(key, base, name, data))
    return out


def _error_inside(access: tree_sitter.Node, obj: tree_sitter.Node) -> bool:
    """Whether tree-sitter's error recovery put an ERROR (or a missing token) in the
    member / subscript access `access` after its object `obj`: its property was then
    taken from words further on, not read on the object."""
    if not access.has_error:
        return False
    return any(
        child.start_byte >= obj.end_byte and (child.is_error or child.is_missing)
        for child in access.children
    )


def _ref(node: tree_sitter.Node, base: bytes, name: str, data: bytes) -> Ref:
    start, end = _chars(data, node.start_byte), _chars(data, node.end_byte)
    if base == b"flow_env":
        return Ref(RefKind.FLOW_ENV, name, start, end)
    if base != b"results" and name == "iter":
        return Ref(RefKind.ITER, name, start, end)
    kind = RefKind.RESULT if base == b"results" else RefKind.FLOW_INPUT
    parent = node.parent
    if (
        parent is not None
        and parent.type in ("member_expression", "subscript_expression")
        and parent.child_by_field_name("object") == node
        and not _error_inside(parent, node)
    ):
        member = _member(parent, data)
        if member:
            return Ref(kind, name, start, end, member, _chars(data, parent.end_byte))
    return Ref(kind, name, start, end)


@dataclass(frozen=True)
class FreeName:
    """An identifier the expression reads without declaring it (a global, to JavaScript)."""

    name: str
    start: int  # character offsets in the expression text
    end: int
    dereferenced: bool  # read through `.x` / `[k]` / a call without `?.`: throws on null


# Declarations whose `name` binds a name (functions and classes).
_NAMED = (
    *_FUNCTIONS,
    "generator_function_declaration",
    "class_declaration",
    "class",
    "method_definition",
)


@lru_cache(maxsize=8192)
def free_names(text: str) -> tuple[FreeName, ...]:
    """The identifiers `text` reads that nothing in it declares.

    Scopes are flattened: a name declared anywhere in the expression (a `const`,
    a parameter, a function, a `catch` binding) counts as declared everywhere in
    it, so a shadowed name is never reported. `typeof x` does not throw on an
    undeclared `x` and is not a read here. Text that parses neither as a script
    nor as a parenthesised expression (WAC507's case) gives nothing.
    """
    source = text.encode("utf-8")
    shift = 0
    tree = _parser().parse(source)
    if tree.root_node.has_error:
        source, shift = b"(" + source + b"\n)", 1
        tree = _parser().parse(source)
        if tree.root_node.has_error:
            return ()
    declared: set[bytes] = set()
    reads: list[tree_sitter.Node] = []
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        kind = node.type
        bound: list[tree_sitter.Node | None] = []
        if kind in _NAMED:
            bound = [
                node.child_by_field_name("name"),
                node.child_by_field_name("parameters") or node.child_by_field_name("parameter"),
            ]
        elif kind == "variable_declarator":
            bound = [node.child_by_field_name("name")]
        elif kind == "catch_clause":
            bound = [node.child_by_field_name("parameter")]
        elif kind == "for_in_statement":  # also `for (const x of xs)`
            bound = [node.child_by_field_name("left")]
        elif kind == "assignment_expression":
            # Windmill runs the text as a sloppy-mode script: `x = 1` creates `x`
            left = node.child_by_field_name("left")
            if left is not None and left.type in ("identifier", "object_pattern", "array_pattern"):
                bound = [left]
        elif kind in ("identifier", "shorthand_property_identifier") and not _typeof_operand(node):
            reads.append(node)
        for binder in bound:
            if binder is not None:
                declared |= _bound_names(binder, source)
        stack.extend(node.children)
    out: list[FreeName] = []
    for node in reads:
        raw = source[node.start_byte : node.end_byte]
        if raw not in declared:
            out.append(
                FreeName(
                    raw.decode("utf-8", "replace"),
                    _chars(source, node.start_byte) - shift,
                    _chars(source, node.end_byte) - shift,
                    _dereferenced(node),
                )
            )
    return tuple(sorted(out, key=lambda n: n.start))


def _typeof_operand(node: tree_sitter.Node) -> bool:
    parent = node.parent
    if parent is None or parent.type != "unary_expression":
        return False
    op = parent.child_by_field_name("operator")
    return op is not None and op.type == "typeof"


def _dereferenced(node: tree_sitter.Node) -> bool:
    """`x.y`, `x[k]` or `x()` (not `x?.y`): throws when `x` is null or undefined."""
    parent = node.parent
    if parent is None:
        return False
    field = {"member_expression": "object", "subscript_expression": "object"}.get(parent.type)
    if parent.type == "call_expression":
        field = "function"
    if field is None:
        return False
    head = parent.child_by_field_name(field)
    if head is None or head.id != node.id:
        return False
    return not any(c.type == "optional_chain" for c in parent.children)


@dataclass(frozen=True)
class ElementRead:
    """A property read on an element of a global array (`approvers[0].approver`,
    `approvers.map((a) => a.approver)`)."""

    prop: str
    start: int  # character offsets of the whole read in the expression text
    end: int
    array: int = -1  # character offset of the array expression whose entry is read


# What the elements' callbacks are handed as their first parameter.
_ELEMENT_METHODS = frozenset(
    {"map", "forEach", "filter", "find", "findLast", "some", "every", "flatMap", "findIndex"}
)
# Array methods whose result is a list of some of the array's own entries, unchanged,
# and those whose result is one of them (or undefined)
_SAME_ENTRIES = frozenset({"filter", "slice", "toSorted", "sort", "reverse", "toReversed"})
_ONE_ENTRY = frozenset({"at", "find", "findLast", "pop", "shift"})
# the parameters of each method's callback that are entries: the first, but a reducer's
# second (`(acc, r) => ...`) and both of a comparator's (`(a, b) => ...`)
_ENTRY_PARAMS: dict[str, tuple[int, ...]] = {
    **{method: (0,) for method in _ELEMENT_METHODS},
    "reduce": (1,),
    "reduceRight": (1,),
    "sort": (0, 1),
    "toSorted": (0, 1),
}
# static functions handed the array first and a callback given its entries second
# (`Object.groupBy(results.each, (r) => r.region)`, `Array.from(xs, (x) => x.id)`)
_STATIC_ENTRY_CALLBACKS = frozenset(
    {(b"Object", "groupBy"), (b"Map", "groupBy"), (b"Array", "from")}
)


@lru_cache(maxsize=4096)
def element_reads(text: str, array: str) -> tuple[ElementRead, ...]:
    """Static property reads on the elements of the free name `array`: through an
    index (`array[0].x`, `array.at(-1).x`) or the first parameter of a callback
    (`array.map((a) => a.x)`). Optional chaining counts as a read too."""
    if not any(n.name == array for n in free_names(text)):
        return ()
    name = array.encode()
    return _element_reads(text, lambda node, data: _is_name(node, name, data))


@lru_cache(maxsize=4096)
def result_element_reads(text: str, step: str) -> tuple[ElementRead, ...]:
    """Static property reads on the entries of the list `results.<step>` (a loop's
    result): `results.each[0].x`, `results.each.at(-1).x`,
    `results.each.map((r) => r.x)`."""
    if "results" not in text or step not in text:
        return ()
    wanted = step.encode()

    def is_result(node: tree_sitter.Node | None, data: bytes) -> bool:
        if node is None or node.type != "member_expression":
            return False
        if any(c.type == "optional_chain" for c in node.children):
            return False
        prop = node.child_by_field_name("property")
        return (
            _is_name(node.child_by_field_name("object"), b"results", data)
            and prop is not None
            and data[prop.start_byte : prop.end_byte] == wanted
        )

    return _element_reads(text, is_result)


@lru_cache(maxsize=4096)
def result_field_element_reads(text: str, step: str, field: str) -> tuple[ElementRead, ...]:
    """Static property reads on the entries of the list `results.<step>.<field>` (a
    list field of a step's result): `results.low.items[0].x`,
    `results.low.items.map((i) => i.x)`."""
    if "results" not in text or step not in text or field not in text:
        return ()
    wanted_step, wanted_field = step.encode(), field.encode()

    def is_field(node: tree_sitter.Node | None, data: bytes) -> bool:
        if node is None or node.type != "member_expression":
            return False
        if any(c.type == "optional_chain" for c in node.children):
            return False
        prop = node.child_by_field_name("property")
        inner = node.child_by_field_name("object")
        if prop is None or data[prop.start_byte : prop.end_byte] != wanted_field:
            return False
        if inner is None or inner.type != "member_expression":
            return False
        if any(c.type == "optional_chain" for c in inner.children):
            return False
        name = inner.child_by_field_name("property")
        return (
            _is_name(inner.child_by_field_name("object"), b"results", data)
            and name is not None
            and data[name.start_byte : name.end_byte] == wanted_step
        )

    return _element_reads(text, is_field)


# array methods whose result is some of the array's own entries, unchanged
_KEEP_ITEMS = frozenset({"filter", "slice", "toSorted", "sort", "reverse", "toReversed"})


@lru_cache(maxsize=4096)
def item_sources(text: str) -> tuple[str, ...] | None:
    """The lists whose items a loop's `iterator` hands to its iterations unchanged, as
    texts: the list itself under methods that keep some of its entries as they are
    (`results.loans.slice(0, 50)`, `.filter(...)`, `.toSorted(...)`), each alternative
    of a ternary (`c ? results.a : results.b`), the list before a fallback to an empty
    one (`results.a ?? []`), the lists spread into an array literal
    (`[...results.a, ...results.b]`) or joined with `.concat(...)`, and the entries of
    a list of objects that `.flat()` leaves as they are (marked with a `.flat()` of their
    own, for the caller to judge). None when the text is something else."""
    data = text.strip().encode("utf-8")
    tree = _parser().parse(data)
    if tree.root_node.has_error:
        return None
    node: tree_sitter.Node | None = tree.root_node
    while node is not None and node.type in ("program", "expression_statement"):
        node = next(iter(node.named_children), None)
    out: list[str] = []
    if node is None or not _sources(node, data, out):
        return None
    return tuple(out)


def _sources(node: tree_sitter.Node, data: bytes, out: list[str]) -> bool:
    kind = node.type
    if kind == "parenthesized_expression":
        inner = next(iter(node.named_children), None)
        return inner is not None and _sources(inner, data, out)
    if kind == "ternary_expression":
        yes, no = node.child_by_field_name("consequence"), node.child_by_field_name("alternative")
        return (
            yes is not None
            and no is not None
            and _sources(yes, data, out)
            and _sources(no, data, out)
        )
    if kind == "binary_expression":
        op = node.child_by_field_name("operator")
        right = node.child_by_field_name("right")
        left = node.child_by_field_name("left")
        if op is None or data[op.start_byte : op.end_byte] not in (b"??", b"||"):
            return False
        if right is None or left is None or right.type != "array" or right.named_child_count:
            return False
        return _sources(left, data, out)
    if kind == "array":
        spreads = node.named_children
        if not spreads or any(c.type != "spread_element" for c in spreads):
            return False
        return all(
            (inner := next(iter(c.named_children), None)) is not None and _sources(inner, data, out)
            for c in spreads
        )
    if kind == "call_expression":
        callee = node.child_by_field_name("function")
        args = node.child_by_field_name("arguments")
        if callee is None or callee.type != "member_expression" or args is None:
            return False
        method = _property(callee, data)
        base = callee.child_by_field_name("object")
        if base is None:
            return False
        if method in _KEEP_ITEMS:
            return _sources(base, data, out)
        if method == "concat":
            return _sources(base, data, out) and all(
                _sources(a, data, out) for a in args.named_children
            )
        if method == "flat" and not args.named_children and base.type == "member_expression":
            text = data[base.start_byte : base.end_byte].decode("utf-8", "replace")
            out.append(f"{text}.flat()")
            return True
        return False
    if kind == "member_expression":
        out.append(data[node.start_byte : node.end_byte].decode("utf-8", "replace"))
        return True
    return False


@lru_cache(maxsize=4096)
def name_element_reads(text: str, name: str) -> tuple[ElementRead, ...]:
    """Static property reads on the entries of the list the free name `name` holds
    (`result` in a `stop_after_all_iters_if`): `result[0].x`, `result.every((r) => r.x)`."""
    if name not in text:
        return ()
    wanted = name.encode()

    def is_name(node: tree_sitter.Node | None, data: bytes) -> bool:
        return _is_name(node, wanted, data)

    return _element_reads(text, is_name)


@lru_cache(maxsize=4096)
def input_element_reads(text: str, name: str) -> tuple[ElementRead, ...]:
    """Static property reads on the items of the array input `flow_input.<name>`:
    `flow_input.lines[0].sku`, `flow_input.lines.map((l) => l.sku)`."""
    if "flow_input" not in text or name not in text:
        return ()
    wanted = name.encode()

    def is_input(node: tree_sitter.Node | None, data: bytes) -> bool:
        if node is None or node.type not in ("member_expression", "subscript_expression"):
            return False
        if any(c.type == "optional_chain" for c in node.children):
            return False
        return _is_name(node.child_by_field_name("object"), b"flow_input", data) and (
            _property(node, data) == name and wanted in data[node.start_byte : node.end_byte]
        )

    return _element_reads(text, is_input)


def _element_reads(
    text: str, is_array: Callable[[tree_sitter.Node | None, bytes], bool]
) -> tuple[ElementRead, ...]:
    data = text.encode("utf-8")
    tree = _parser().parse(data)
    if tree.root_node.has_error:
        return ()
    out: list[ElementRead] = []
    stack = [tree.root_node]

    def entries_of(node: tree_sitter.Node | None) -> tree_sitter.Node | None:
        # the array itself, or a list of some of its entries, as they are
        # (`results.each.filter((r) => !r.error)`, `.slice(1)`, `.toSorted(...)`):
        # the array's node
        while node is not None and node.type in ("call_expression", "parenthesized_expression"):
            if node.type == "parenthesized_expression":
                node = next(iter(node.named_children), None)
                continue
            callee = node.child_by_field_name("function")
            if callee is None or callee.type != "member_expression":
                return None
            if _property(callee, data) not in _SAME_ENTRIES:
                return None
            node = callee.child_by_field_name("object")
        return node if is_array(node, data) else None

    def add(array: tree_sitter.Node | None, reads: list[ElementRead]) -> None:
        if array is not None:
            anchor = _chars(data, array.start_byte)
            out.extend(replace(read, array=anchor) for read in reads)

    while stack:
        node = stack.pop()
        stack.extend(node.children)
        if node.type == "for_in_statement":
            array = entries_of(node.child_by_field_name("right"))
            if array is not None:
                add(array, _for_of_reads(node, data))
        if node.type == "subscript_expression":
            array = entries_of(node.child_by_field_name("object"))
            if array is not None:
                add(array, _read_on(node, data))
        elif node.type == "call_expression":
            callee = node.child_by_field_name("function")
            if callee is None or callee.type != "member_expression":
                continue
            if _static_entry_callback(callee, data):
                args = node.child_by_field_name("arguments")
                given = args.named_children if args is not None else []
                array = entries_of(given[0]) if len(given) >= 2 else None
                if array is not None:
                    add(array, _callback_reads(given[1], data))
                continue
            array = entries_of(callee.child_by_field_name("object"))
            if array is None:
                continue
            method = _property(callee, data)
            args = node.child_by_field_name("arguments")
            if method in _ONE_ENTRY:
                add(array, _read_on(node, data))
            positions = _ENTRY_PARAMS.get(method or "")
            if positions is not None and args is not None and args.named_children:
                add(array, _callback_reads(args.named_children[0], data, positions))
    return tuple(sorted(out, key=lambda r: r.start))


@lru_cache(maxsize=4096)
def iterator_items(
    text: str,
) -> tuple[str, frozenset[str], tuple[tuple[str, str], ...]] | None:
    """What the items of the list an expression builds are, when its outermost call
    says so (maybe keeping some of them after: `.filter(...)`, `.slice(...)`):
    `("object", keys, renames)` for a `.map` / `.flatMap` whose callback gives an object
    literal with its keys written out (`xs.map((x) => ({ id: x.id, to: x.email }))`;
    `renames` pairs each field of the parameter with the key it is given under,
    `("email", "to")`), `("pair", ...)` for `Object.entries(...)` (`[key, value]`
    arrays), `("string", ...)` for `Object.keys(...)`; None for anything else."""
    data = text.encode("utf-8")
    tree = _parser().parse(data)
    root = tree.root_node
    if root.has_error or len(root.named_children) != 1:
        return None
    node: tree_sitter.Node | None = root.named_children[0]
    if node is not None and node.type in ("expression_statement", "return_statement"):
        node = next(iter(node.named_children), None)
    while node is not None:
        if node.type == "parenthesized_expression":
            node = next(iter(node.named_children), None)
            continue
        if node.type != "call_expression":
            return None
        callee = node.child_by_field_name("function")
        if callee is None or callee.type != "member_expression":
            return None
        if any(c.type == "optional_chain" for c in callee.children):
            return None
        method = _property(callee, data)
        owner = callee.child_by_field_name("object")
        args = node.child_by_field_name("arguments")
        given = args.named_children if args is not None else []
        if _is_name(owner, b"Array", data) and method == "from" and len(given) == 2:
            # `Array.from(xs, (x, i) => ...)`: the items are what the callback gives
            return _callback_items(given[1], data, 1)
        if _is_name(owner, b"Object", data):
            if method == "entries" and len(given) == 1:
                return ("pair", frozenset(), ())
            if method == "keys" and len(given) == 1:
                return ("string", frozenset(), ())
            return None
        if method in _SAME_ENTRIES:
            node = owner
            continue
        if method not in ("map", "flatMap") or not given:
            return None
        if method == "flatMap":
            renames: list[tuple[str, str]] = []
            keys = _callback_object_keys(given[0], data, renames)
            return ("object", keys, tuple(renames)) if keys is not None else None
        return _callback_items(given[0], data, 1)
    return None


def _callback_items(
    callback: tree_sitter.Node, data: bytes, index_param: int
) -> tuple[str, frozenset[str], tuple[tuple[str, str], ...]] | None:
    """What a mapping callback gives for each item: object literals with their keys
    written out, or numbers (arithmetic on number literals and the callback's index
    parameter, number `index_param`: `(_, i) => i + 1`)."""
    renames: list[tuple[str, str]] = []
    keys = _callback_object_keys(callback, data, renames)
    if keys is not None:
        return ("object", keys, tuple(renames))
    if callback.type != "arrow_function":
        return None
    params = callback.child_by_field_name("parameters")
    names = [
        data[p.start_byte : p.end_byte]
        for p in (params.named_children if params is not None else [])
        if p.type == "identifier"
    ]
    index = names[index_param] if len(names) > index_param else None
    body = callback.child_by_field_name("body")
    return (
        ("number", frozenset(), ()) if body is not None and _is_number(body, data, index) else None
    )


def _is_number(node: tree_sitter.Node, data: bytes, index: bytes | None) -> bool:
    """Whether an expression always gives a number: a number literal, the index
    parameter, arithmetic other than `+` on anything, `+` on numbers."""
    while node.type == "parenthesized_expression" and node.named_children:
        node = node.named_children[0]
    if node.type == "number":
        return True
    if node.type == "identifier":
        return index is not None and data[node.start_byte : node.end_byte] == index
    if node.type == "binary_expression":
        op = node.child_by_field_name("operator")
        symbol = data[op.start_byte : op.end_byte] if op is not None else b""
        if symbol in (b"-", b"*", b"/", b"%", b"**"):
            return True
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        return (
            symbol == b"+"
            and left is not None
            and right is not None
            and _is_number(left, data, index)
            and _is_number(right, data, index)
        )
    return False


def _callback_object_keys(
    callback: tree_sitter.Node, data: bytes, renames: list[tuple[str, str]]
) -> frozenset[str] | None:
    """The keys of the object literal a callback gives, written out (no spread, no
    computed key), from its expression body or every `return` of its block body;
    `renames` gets `(field, key)` for each `key: x.field` on its first parameter."""
    if callback.type not in ("arrow_function", "function_expression"):
        return None
    params = callback.child_by_field_name("parameters") or callback.child_by_field_name("parameter")
    first = params if params is not None and params.type == "identifier" else None
    if params is not None and params.type == "formal_parameters" and params.named_children:
        first = params.named_children[0]
    param = data[first.start_byte : first.end_byte] if first is not None else None
    body = callback.child_by_field_name("body")
    if body is None:
        return None
    values: list[tree_sitter.Node | None] = []
    if body.type == "statement_block":
        stack = list(body.named_children)
        while stack:
            node = stack.pop()
            if node.type in _FUNCTIONS or node.type == "class":
                continue
            if node.type == "return_statement":
                values.append(next(iter(node.named_children), None))
                continue
            stack.extend(node.named_children)
        if body.named_children and body.named_children[-1].type != "return_statement":
            return None  # it may also end without a `return`
    else:
        values.append(body)
    keys: set[str] = set()
    for value in values:
        while value is not None and value.type == "parenthesized_expression":
            value = next(iter(value.named_children), None)
        if value is None or value.type != "object":
            return None
        for prop in value.named_children:
            if prop.type == "shorthand_property_identifier":
                keys.add(data[prop.start_byte : prop.end_byte].decode("utf-8", "replace"))
                continue
            key = prop.child_by_field_name("name") if prop.type == "method_definition" else None
            if prop.type == "pair":
                key = prop.child_by_field_name("key")
            if key is None or key.type not in ("property_identifier", "string", "number"):
                return None  # a spread, a computed key
            name = data[key.start_byte : key.end_byte].decode("utf-8", "replace")
            name = name[1:-1] if key.type == "string" else name
            keys.add(name)
            given = prop.child_by_field_name("value") if prop.type == "pair" else None
            if (
                given is not None
                and param is not None
                and given.type == "member_expression"
                and _is_name(given.child_by_field_name("object"), param, data)
            ):
                field = _property(given, data)
                if field is not None and field != name:
                    renames.append((field, name))
    return frozenset(keys) if values else None


def _static_entry_callback(callee: tree_sitter.Node, data: bytes) -> bool:
    owner = callee.child_by_field_name("object")
    if owner is None or owner.type != "identifier":
        return False
    return (data[owner.start_byte : owner.end_byte], _property(callee, data)) in (
        _STATIC_ENTRY_CALLBACKS
    )


@lru_cache(maxsize=4096)
def mapped_field(text: str) -> tuple[str, str] | None:
    """An expression that maps a list to one field of its entries, maybe keeping
    some of them after (`results.users.map((u) => u.email)`,
    `results.q.map((r) => r.id).filter((id) => id > 0)`): the list's own text and the
    field; None for anything else."""
    return _mapped_field(text, "map")


@lru_cache(maxsize=4096)
def flat_mapped_field(text: str) -> tuple[str, str] | None:
    """An expression that flattens one list field of a list's entries, maybe keeping
    some of them after (`results.orders.flatMap((o) => o.lines)`, also
    `results.orders.map((o) => o.lines).flat()`): the list's own text and the field;
    None for anything else."""
    found = _mapped_field(text, "flatMap")
    if found is None:
        flat = _FLAT_CALL.fullmatch(text)
        found = _mapped_field(flat.group(1), "map") if flat is not None else None
    return found


# `<list>.flat()`, one level (the default depth)
_FLAT_CALL = re.compile(r"\s*(.*?)\s*\.\s*flat\s*\(\s*(?:1\s*)?\)\s*;?\s*", re.DOTALL)


def _mapped_field(text: str, wanted: str) -> tuple[str, str] | None:
    data = text.encode("utf-8")
    tree = _parser().parse(data)
    root = tree.root_node
    if root.has_error or len(root.named_children) != 1:
        return None
    node: tree_sitter.Node | None = root.named_children[0]
    if node is not None and node.type == "expression_statement":
        node = next(iter(node.named_children), None)
    while node is not None:
        if node.type == "parenthesized_expression":
            node = next(iter(node.named_children), None)
            continue
        if node.type != "call_expression":
            return None
        callee = node.child_by_field_name("function")
        if callee is None or callee.type != "member_expression":
            return None
        method = _property(callee, data)
        if method in _SAME_ENTRIES:
            node = callee.child_by_field_name("object")
            continue
        if method != wanted:
            return None
        args = node.child_by_field_name("arguments")
        inner = callee.child_by_field_name("object")
        callback = args.named_children[0] if args is not None and args.named_children else None
        if inner is None or callback is None or callback.type != "arrow_function":
            return None
        params = callback.child_by_field_name("parameters") or callback.child_by_field_name(
            "parameter"
        )
        first = params if params is not None and params.type == "identifier" else None
        if params is not None and params.type == "formal_parameters":
            named = params.named_children
            first = named[0] if len(named) == 1 and named[0].type == "identifier" else None
        body = callback.child_by_field_name("body")
        while body is not None and body.type == "parenthesized_expression":
            body = next(iter(body.named_children), None)
        if first is None or body is None or body.type != "member_expression":
            return None
        if any(c.type == "optional_chain" for c in body.children):
            return None
        field = _property(body, data)
        if field is None or not _is_name(
            body.child_by_field_name("object"), data[first.start_byte : first.end_byte], data
        ):
            return None
        return data[inner.start_byte : inner.end_byte].decode("utf-8", "replace"), field
    return None


def _is_name(node: tree_sitter.Node | None, name: bytes, data: bytes) -> bool:
    return (
        node is not None
        and node.type == "identifier"
        and data[node.start_byte : node.end_byte] == name
    )


def _read_on(element: tree_sitter.Node, data: bytes) -> list[ElementRead]:
    parent = element.parent
    if parent is None or parent.type != "member_expression":
        return []
    if parent.child_by_field_name("object") != element:
        return []
    prop = _property(parent, data)
    if prop is None:
        return []
    return [ElementRead(prop, _chars(data, element.start_byte), _chars(data, parent.end_byte))]


def _callback_reads(
    callback: tree_sitter.Node, data: bytes, positions: tuple[int, ...] = (0,)
) -> list[ElementRead]:
    """The static reads on the callback's parameters at `positions` (those the method
    hands an entry of the array): `(r) => r.x`, a comparator's `(a, b) => b.x - a.x`,
    a reducer's `(acc, r) => acc + r.x`, and the keys a parameter destructures
    (`({ x, y: z }) => ...`; not one with a default, `{ x = 0 }`, written for a value
    that may be missing). A nested function that binds the same name again hides it."""
    if callback.type not in ("arrow_function", "function_expression"):
        return []
    params = callback.child_by_field_name("parameters") or callback.child_by_field_name("parameter")
    if params is None:
        return []
    listed = [params] if params.type == "identifier" else list(params.named_children)
    body = callback.child_by_field_name("body")
    out: list[ElementRead] = []
    for position in positions:
        if position >= len(listed):
            continue
        param = listed[position]
        if param.type == "object_pattern":
            out.extend(_pattern_reads(param, data))
        elif param.type == "identifier" and body is not None:
            out.extend(_name_reads(body, data[param.start_byte : param.end_byte], data))
    return out


def _for_of_reads(loop: tree_sitter.Node, data: bytes) -> list[ElementRead]:
    """The reads on the entry a `for (const r of xs) { ... r.x ... }` binds (or the keys
    its pattern destructures); not `for ... in`, which walks the indexes."""
    operator = loop.child_by_field_name("operator")
    if operator is None or operator.type != "of":
        return []
    left = loop.child_by_field_name("left")
    body = loop.child_by_field_name("body")
    if left is None or body is None:
        return []
    if left.type == "object_pattern":
        return _pattern_reads(left, data)
    if left.type != "identifier":
        return []
    return _name_reads(body, data[left.start_byte : left.end_byte], data)


def _pattern_reads(pattern: tree_sitter.Node, data: bytes) -> list[ElementRead]:
    out: list[ElementRead] = []
    for prop in pattern.named_children:
        key: tree_sitter.Node | None = prop
        if prop.type == "pair_pattern":
            key = prop.child_by_field_name("key")
            value = prop.child_by_field_name("value")
            if value is not None and value.type == "assignment_pattern":
                continue  # `{ x: y = 0 }`: a default for a missing field
        elif prop.type != "shorthand_property_identifier_pattern":
            continue  # `{ x = 0 }`, `...rest`
        if key is None or key.type not in (
            "property_identifier",
            "string",
            "shorthand_property_identifier_pattern",
        ):
            continue
        name = data[key.start_byte : key.end_byte].decode("utf-8", "replace")
        if key.type == "string":
            name = name[1:-1]
        if name:
            out.append(ElementRead(name, _chars(data, key.start_byte), _chars(data, key.end_byte)))
    return out


def _name_reads(body: tree_sitter.Node, name: bytes, data: bytes) -> list[ElementRead]:
    out: list[ElementRead] = []
    stack = [body]
    while stack:
        node = stack.pop()
        if node.type in _FUNCTIONS and node is not body:
            params = node.child_by_field_name("parameters") or node.child_by_field_name("parameter")
            if params is not None and name in _bound_names(params, data):
                continue  # `(r) => r.items.map((r) => r.sku)`: the inner `r` is another
        stack.extend(node.children)
        if node.type == "member_expression" and _is_name(
            node.child_by_field_name("object"), name, data
        ):
            prop = _property(node, data)
            if prop is not None:
                out.append(
                    ElementRead(prop, _chars(data, node.start_byte), _chars(data, node.end_byte))
                )
    return out


def _parsed_nodes(text: str) -> tuple[bytes, Iterator[tree_sitter.Node]] | None:
    """An expression's bytes and every node of its tree (depth first, last child
    first), or None when it does not parse."""
    data = text.encode("utf-8")
    tree = _parser().parse(data)
    if tree.root_node.has_error:
        return None

    def nodes() -> Iterator[tree_sitter.Node]:
        stack = [tree.root_node]
        while stack:
            node = stack.pop()
            stack.extend(node.children)
            yield node

    return data, nodes()


@lru_cache(maxsize=1024)
def line_comments(text: str) -> tuple[tuple[int, int], ...]:
    """The character spans of the `//` comments of an expression that parses."""
    if "//" not in text:
        return ()
    parsed = _parsed_nodes(text)
    if parsed is None:
        return ()
    data, nodes = parsed
    out = [
        (_chars(data, n.start_byte), _chars(data, n.end_byte))
        for n in nodes
        if n.type == "comment" and data[n.start_byte : n.start_byte + 2] == b"//"
    ]
    return tuple(sorted(out))


@lru_cache(maxsize=4096)
def member_reads(text: str, name: str, *, indexes: bool = False) -> tuple[ElementRead, ...]:
    """Static property reads on the free name `name` itself (`previous_result.rows`,
    `previous_result?.["rows"]`), as written; with `indexes`, whole-number indexes
    too (`previous_result[0]`, prop `"0"`)."""
    if not any(n.name == name for n in free_names(text)):
        return ()
    parsed = _parsed_nodes(text)
    if parsed is None:
        return ()
    data, nodes = parsed
    wanted = name.encode()
    out: list[ElementRead] = []
    for node in nodes:
        if node.type in ("member_expression", "subscript_expression") and _is_name(
            node.child_by_field_name("object"), wanted, data
        ):
            prop = _member(node, data) if indexes else _property(node, data)
            if prop:
                out.append(
                    ElementRead(prop, _chars(data, node.start_byte), _chars(data, node.end_byte))
                )
    return tuple(sorted(out, key=lambda r: r.start))


@dataclass(frozen=True)
class LiteralComparison:
    """`flow_input.region === 'eu'`: a static read of a free name compared with a literal."""

    path: tuple[str, ...]  # the properties read (`("settings", "mode")`)
    literal: str | float  # the string or number compared with
    equal: bool  # `===` / `==` (True) or `!==` / `!=` (False)
    start: int  # character offsets of the whole comparison
    end: int
    strict: bool = True  # `===` / `!==`: no conversion between types


_EQUALITY = {b"===": True, b"==": True, b"!==": False, b"!=": False}


@lru_cache(maxsize=4096)
def literal_comparisons(
    text: str, name: str, indexes: bool = False
) -> tuple[LiteralComparison, ...]:
    """Equality tests between a static read of the free name `name` (`flow_input.a`,
    `flow_input.a.b`, no optional chaining) and a string or number literal; with
    `indexes`, a read through whole-number indexes too (`flow_input.a[0]`, the index
    a string of digits in the path)."""
    if not any(n.name == name for n in free_names(text)):
        return ()
    parsed = _parsed_nodes(text)
    if parsed is None:
        return ()
    data, nodes = parsed
    out: list[LiteralComparison] = []
    for node in nodes:
        if node.type != "binary_expression":
            continue
        operator = node.child_by_field_name("operator")
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if operator is None or left is None or right is None:
            continue
        op = data[operator.start_byte : operator.end_byte]
        equal = _EQUALITY.get(op)
        if equal is None:
            continue
        for read, other in ((left, right), (right, left)):
            path = _static_path(read, name.encode(), data, indexes)
            literal = literal_value(other, data)
            if path and literal is not None:
                start, end = _chars(data, node.start_byte), _chars(data, node.end_byte)
                strict = len(op) == 3
                out.append(LiteralComparison(path, literal, equal, start, end, strict))
    return tuple(sorted(out, key=lambda c: c.start))


@dataclass(frozen=True)
class ListedLiteral:
    """`['a', 'b'].includes(error.step_id)`: one string of an array literal whose
    `includes` is asked about a static read of a free name."""

    path: tuple[str, ...]  # the properties read (`("step_id",)`)
    literal: str
    start: int  # character offsets of the string in the array
    end: int


@lru_cache(maxsize=1024)
def included_literals(text: str, name: str, indexes: bool = False) -> tuple[ListedLiteral, ...]:
    """The strings of array literals given a static read of `name` to `.includes`
    (with `indexes`, also a read through whole-number indexes, as `literal_comparisons`)."""
    if ".includes" not in text or not any(n.name == name for n in free_names(text)):
        return ()
    parsed = _parsed_nodes(text)
    if parsed is None:
        return ()
    data, nodes = parsed
    out: list[ListedLiteral] = []
    for node in nodes:
        if node.type != "call_expression":
            continue
        callee, args = node.child_by_field_name("function"), node.child_by_field_name("arguments")
        if callee is None or args is None or callee.type != "member_expression":
            continue
        if _property(callee, data) != "includes":
            continue
        array = callee.child_by_field_name("object")
        given = [c for c in args.named_children if c.type != "comment"]
        if array is None or array.type != "array" or len(given) != 1:
            continue
        path = _static_path(given[0], name.encode(), data, indexes)
        if not path:
            continue
        for item in array.named_children:
            literal = literal_value(item, data)
            if isinstance(literal, str):
                start, end = _chars(data, item.start_byte), _chars(data, item.end_byte)
                out.append(ListedLiteral(path, literal, start, end))
    return tuple(sorted(out, key=lambda c: c.start))


def _static_path(
    node: tree_sitter.Node, root: bytes, data: bytes, indexes: bool = False
) -> tuple[str, ...] | None:
    props: list[str] = []
    while node.type in ("member_expression", "subscript_expression"):
        if any(c.type == "optional_chain" for c in node.children):
            return None
        prop = _property(node, data)
        if prop is None and indexes:
            prop = _member(node, data)
            prop = prop if prop is not None and prop.isdigit() else None
        inner = node.child_by_field_name("object")
        if not prop or inner is None:
            return None
        props.append(prop)
        node = inner
    if node.type != "identifier" or data[node.start_byte : node.end_byte] != root:
        return None
    return tuple(reversed(props))


def literal_value(node: tree_sitter.Node, data: bytes) -> str | float | None:
    """A TypeScript string (without escapes) or number literal's value, else None."""
    if node.type == "string":
        if any(c.type == "escape_sequence" for c in node.children):
            return None
        parts = [c for c in node.children if c.type == "string_fragment"]
        return "".join(data[p.start_byte : p.end_byte].decode("utf-8", "replace") for p in parts)
    if node.type == "number":
        try:
            return float(data[node.start_byte : node.end_byte].decode())
        except ValueError:
            return None
    return None


@lru_cache(maxsize=4096)
def static_reads(text: str, name: str, depth: int) -> tuple[tuple[tuple[str, ...], int, int], ...]:
    """Every static read `name.a.b...` of exactly `depth` properties on the free name
    `name` (no optional chaining on the way): (properties, start, end)."""
    if not any(n.name == name for n in free_names(text)):
        return ()
    parsed = _parsed_nodes(text)
    if parsed is None:
        return ()
    data, nodes = parsed
    out: list[tuple[tuple[str, ...], int, int]] = []
    for node in nodes:
        if node.type not in ("member_expression", "subscript_expression"):
            continue
        path = _static_path(node, name.encode(), data)
        if path is not None and len(path) == depth:
            out.append((path, _chars(data, node.start_byte), _chars(data, node.end_byte)))
    return tuple(sorted(out, key=lambda r: r[1]))


@dataclass(frozen=True)
class Assignment:
    """A plain assignment (`a = b`) a condition's value is: its target and value."""

    start: int  # character offsets of the whole assignment
    end: int
    target: str
    value: str
    truthy: bool | None  # the assigned literal's truthiness; None when not a literal


# literals whose truthiness is known: the value of `x = <literal>` is the literal
_FALSY_WORDS = frozenset({b"false", b"null", b"undefined", b"0", b"''", b'""', b"NaN"})
_TRUTHY_TYPES = frozenset({"true", "object", "array", "arrow_function", "function_expression"})


@lru_cache(maxsize=4096)
def condition_assignments(text: str) -> tuple[Assignment, ...]:
    """The plain assignments (`=`, not `+=` nor a comparison) that decide a
    condition's value: the whole expression, or an operand of `!`, `&&`, `||`, `??`
    and a ternary's branches, through parentheses (`(a = 0) || b`). An assignment
    inside a call or a callback is left alone."""
    data = text.encode("utf-8")
    tree = _parser().parse(data)
    if tree.root_node.has_error:
        return ()
    statements = [c for c in tree.root_node.named_children if c.type != "comment"]
    if len(statements) != 1 or statements[0].type != "expression_statement":
        return ()
    out: list[Assignment] = []
    stack = list(statements[0].named_children)
    while stack:
        node = stack.pop()
        if node.type in ("parenthesized_expression", "sequence_expression"):
            stack.extend(node.named_children[-1:])
        elif node.type == "unary_expression":
            operator = node.child_by_field_name("operator")
            if operator is not None and operator.type == "!":
                stack.extend(node.named_children[-1:])
        elif node.type == "binary_expression":
            operator = node.child_by_field_name("operator")
            if operator is not None and operator.type in ("&&", "||", "??"):
                stack.extend(node.named_children)
        elif node.type == "ternary_expression":
            stack.extend(
                c
                for c in (node.child_by_field_name(f) for f in ("consequence", "alternative"))
                if c is not None
            )
        elif node.type == "assignment_expression":
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if left is None or right is None:
                continue
            word = data[right.start_byte : right.end_byte]
            truthy: bool | None = None
            if word in _FALSY_WORDS or (right.type == "string" and len(word) == 2):
                truthy = False
            elif right.type in _TRUTHY_TYPES or right.type in ("string", "template_string"):
                truthy = True
            elif right.type == "number":
                try:
                    truthy = float(word.decode()) != 0
                except ValueError:
                    truthy = None
            out.append(
                Assignment(
                    _chars(data, node.start_byte),
                    _chars(data, node.end_byte),
                    data[left.start_byte : left.end_byte].decode("utf-8", "replace"),
                    word.decode("utf-8", "replace"),
                    truthy,
                )
            )
    return tuple(sorted(out, key=lambda a: a.start))


@dataclass(frozen=True)
class BracedArrowBody:
    """An arrow function whose body is an object literal written without parentheses
    (`(p) => { sku: p.sku }`): JavaScript reads the braces as a block, not an object
    (tree-sitter's grammar reads an object), so `sku:` is a label and the function
    returns undefined, or, with several properties (`{ a: x, b: y }`), a spread or a
    method, the text does not parse."""

    start: int  # character offsets of the arrow function
    end: int
    params: str  # the parameter list as written, `(p)` / `p`
    body: str  # the body as written, `{ sku: p.sku }`
    parses: bool  # one `key: value` or shorthand property: a valid block, returning undefined


@lru_cache(maxsize=4096)
def braced_arrow_bodies(text: str) -> tuple[BracedArrowBody, ...]:
    """Every arrow function of the expression whose body is an object literal not
    wrapped in parentheses."""
    if "=>" not in text:
        return ()
    parsed = _parsed_nodes(text)
    if parsed is None:
        return ()
    data, nodes = parsed
    out: list[BracedArrowBody] = []
    for node in nodes:
        if node.type != "arrow_function":
            continue
        body = node.child_by_field_name("body")
        if body is None or body.type != "object" or not body.named_children:
            continue
        members = [c for c in body.named_children if c.type != "comment"]
        single = len(members) == 1 and (
            members[0].type == "shorthand_property_identifier"
            or (
                members[0].type == "pair"
                and (key := members[0].child_by_field_name("key")) is not None
                and key.type == "property_identifier"
            )
        )
        params = node.child_by_field_name("parameters") or node.child_by_field_name("parameter")
        out.append(
            BracedArrowBody(
                _chars(data, node.start_byte),
                _chars(data, node.end_byte),
                data[params.start_byte : params.end_byte].decode("utf-8", "replace")
                if params is not None
                else "()",
                data[body.start_byte : body.end_byte].decode("utf-8", "replace"),
                single,
            )
        )
    return tuple(sorted(out, key=lambda b: b.start))


@dataclass(frozen=True)
class ReturnlessCallback:
    """A callback whose value the array method uses (`.map`, `.filter`, `.find`...)
    written as an arrow with a block body and no `return` (`(r) => { r.id }`): it
    returns undefined for every element."""

    start: int  # character offsets of the arrow function
    end: int
    method: str
    arrow: str  # the arrow function as written


# the array methods that use what their callback returns (`forEach` does not)
_VALUE_CALLBACKS = frozenset(
    {
        "map",
        "flatMap",
        "filter",
        "find",
        "findIndex",
        "findLast",
        "some",
        "every",
        "reduce",
        "reduceRight",
        "sort",
        "toSorted",
    }
)
_NESTED_SCOPES = frozenset(
    {
        "arrow_function",
        "function_expression",
        "function_declaration",
        "generator_function",
        "method_definition",
        "class_body",
    }
)


def _returns(block: tree_sitter.Node) -> bool:
    """Whether a function body holds a `return` of its own (not a nested function's)
    or a `throw` (a callback that only throws is not meant to give a value)."""
    stack = list(block.children)
    while stack:
        node = stack.pop()
        if node.type in ("return_statement", "throw_statement"):
            return True
        if node.type in _NESTED_SCOPES:
            continue
        stack.extend(node.children)
    return False


@lru_cache(maxsize=4096)
def returnless_callbacks(text: str) -> tuple[ReturnlessCallback, ...]:
    """Every arrow callback of a value-using array method whose block body has no
    `return`."""
    if "=>" not in text or "{" not in text:
        return ()
    parsed = _parsed_nodes(text)
    if parsed is None:
        return ()
    data, nodes = parsed
    out: list[ReturnlessCallback] = []
    for node in nodes:
        if node.type != "call_expression":
            continue
        callee = node.child_by_field_name("function")
        args = node.child_by_field_name("arguments")
        if callee is None or callee.type != "member_expression" or args is None:
            continue
        method = _property(callee, data)
        if method not in _VALUE_CALLBACKS or not args.named_children:
            continue
        callback = args.named_children[0]
        if callback.type != "arrow_function":
            continue
        body = callback.child_by_field_name("body")
        if body is None or body.type != "statement_block" or _returns(body):
            continue
        if not [c for c in body.named_children if c.type != "comment"]:
            continue  # `() => {}`: written empty on purpose
        out.append(
            ReturnlessCallback(
                _chars(data, callback.start_byte),
                _chars(data, callback.end_byte),
                method,
                data[callback.start_byte : callback.end_byte].decode("utf-8", "replace"),
            )
        )
    return tuple(sorted(out, key=lambda c: c.start))


@dataclass(frozen=True)
class LiteralMembership:
    """`x in [...]`, `x in ('a', 'b')`, `x in 'abc'`: Python's membership test written
    in JavaScript, where `in` asks whether an object has a property of that name."""

    start: int  # character offsets of the `in` expression
    end: int
    left: str  # the operands as written
    right: str
    # "array": true only for an index or `length`, never for an element;
    # "string": the right operand is a string, so `in` throws a TypeError;
    # "sequence": `(a, b)` is the comma operator, whose value is its last item
    kind: str
    last: str = ""  # for "sequence": the last item, the value `in` gets


@lru_cache(maxsize=4096)
def literal_membership_tests(text: str) -> tuple[LiteralMembership, ...]:
    """Every `in` test of the expression whose right operand is a literal list, string
    or parenthesised sequence (a Python tuple): JavaScript's `in` tests property names
    of an object, so on an array it finds indexes (`'DE' in ['DE', 'AT']` is false), and
    on a string (also the last item of `('done', 'failed')`, the comma operator's
    value) it throws "Cannot use 'in' operator to search for ..."."""
    if " in" not in text:
        return ()
    parsed = _parsed_nodes(text)
    if parsed is None:
        return ()
    data, nodes = parsed
    out: list[LiteralMembership] = []
    for node in nodes:
        if node.type != "binary_expression":
            continue
        operator = node.child_by_field_name("operator")
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        if operator is None or operator.type != "in" or left is None or right is None:
            continue
        inner = right
        while inner.type == "parenthesized_expression" and len(inner.named_children) == 1:
            inner = inner.named_children[0]
        last = ""
        if inner.type == "array":
            kind = "array"
        elif inner.type in ("string", "template_string"):
            kind = "string"
        elif inner.type == "sequence_expression":
            items = [c for c in inner.named_children if c.type != "comment"]
            while items and items[-1].type == "sequence_expression":  # older grammars nest
                items = [c for c in items[-1].named_children if c.type != "comment"]
            if not items or items[-1].type not in ("string", "template_string", "number"):
                continue
            kind = "sequence"
            last = data[items[-1].start_byte : items[-1].end_byte].decode("utf-8", "replace")
        else:
            continue
        out.append(
            LiteralMembership(
                _chars(data, node.start_byte),
                _chars(data, node.end_byte),
                data[left.start_byte : left.end_byte].decode("utf-8", "replace"),
                data[right.start_byte : right.end_byte].decode("utf-8", "replace"),
                kind,
                last,
            )
        )
    return tuple(sorted(out, key=lambda m: m.start))


# Members every JavaScript value answers (Object.prototype's)
_ANY_VALUE_MEMBERS = frozenset(
    {
        "constructor",
        "hasOwnProperty",
        "isPrototypeOf",
        "propertyIsEnumerable",
        "toLocaleString",
        "toString",
        "valueOf",
    }
)


@dataclass(frozen=True)
class QuotedPlaceholder:
    """A `${...}` written in a quoted string (`'Hi ${flow_input.name}'`) instead of a
    template literal: JavaScript substitutes only between backticks, so the value holds
    the placeholder's text."""

    start: int  # character offsets of the string literal
    end: int
    placeholder: str  # the first `${...}`, as written


# what a flow expression reads its values from: a placeholder over one of these was
# meant to be evaluated (not a `${HOME}` handed on to a shell, or a template the step
# renders itself)
_FLOW_VALUE_NAMES = re.compile(
    r"\b(?:flow_input|results|flow_env|previous_result|resume|resumes|approvers|error)\b"
)


# string methods whose argument is text looked for in a string, which may be a
# placeholder on purpose (`body.replace('${flow_input.name}', name)`)
_TEXT_SEARCHES = frozenset(
    {
        "replace",
        "replaceAll",
        "split",
        "includes",
        "indexOf",
        "lastIndexOf",
        "startsWith",
        "endsWith",
    }
)


def _searched_text(node: tree_sitter.Node, data: bytes) -> bool:
    """Is this string an argument of a string method that looks for it, or the text a
    `.replace(...)` fills in (`'Dear ${name}'.replace('${name}', ...)`)?"""
    member = node.parent
    if member is not None and member.type == "member_expression":
        owner = member.child_by_field_name("object")
        if owner is not None and owner.id == node.id:
            return _property(member, data) in ("replace", "replaceAll")
    args = node.parent
    call = args.parent if args is not None and args.type == "arguments" else None
    callee = call.child_by_field_name("function") if call is not None else None
    return callee is not None and _property(callee, data) in _TEXT_SEARCHES


@lru_cache(maxsize=4096)
def quoted_placeholders(text: str) -> tuple[QuotedPlaceholder, ...]:
    """Every single- or double-quoted string of the expression holding a `${...}` over
    the flow's values (`"Deploy ${flow_input.tag}"`): the text of a template literal in
    the quotes of a plain string, which JavaScript leaves as it is."""
    if "${" not in text:
        return ()
    parsed = _parsed_nodes(text)
    if parsed is None:
        return ()
    data, nodes = parsed
    out: list[QuotedPlaceholder] = []
    for node in nodes:
        if node.type != "string" or _searched_text(node, data):
            continue
        body = data[node.start_byte : node.end_byte].decode("utf-8", "replace")
        for found in re.finditer(r"\$\{([^{}]*)\}", body):
            if _FLOW_VALUE_NAMES.search(found.group(1)):
                out.append(
                    QuotedPlaceholder(
                        _chars(data, node.start_byte), _chars(data, node.end_byte), found.group(0)
                    )
                )
                break
    return tuple(sorted(out, key=lambda q: q.start))


@dataclass(frozen=True)
class LiteralMemberMiss:
    """A member read on a string, array or number literal that JavaScript's value of
    that type does not have (`', '.join(names)`, Python's `str.join`; `'{} rows'.format(n)`;
    `[1, 2].append(3)`), or `.length()` called on one."""

    start: int  # character offsets of the member read (`', '.join`)
    end: int
    literal: str  # the literal as written
    kind: str  # "string", "array", "number"
    member: str
    called: bool


@lru_cache(maxsize=4096)
def literal_member_misses(text: str) -> tuple[LiteralMemberMiss, ...]:
    """Every member of a string / template / array / number literal that its type does
    not have (reading it gives undefined, calling it throws a TypeError), and every
    `.length()` call on one (`length` is a number)."""
    from wac_lint.flows.json_values import PRIMITIVE_MEMBERS
    from wac_lint.flows.scope import ARRAY_MEMBERS

    parsed = _parsed_nodes(text)
    if parsed is None:
        return ()
    data, nodes = parsed
    out: list[LiteralMemberMiss] = []
    for node in nodes:
        if node.type != "member_expression":
            continue
        obj = node.child_by_field_name("object")
        prop = node.child_by_field_name("property")
        if obj is None or prop is None or prop.type != "property_identifier":
            continue
        if any(c.type == "optional_chain" for c in node.children):
            continue  # `'x'?.foo`: written for a member that may be missing
        inner = obj
        while inner.type == "parenthesized_expression" and len(inner.named_children) == 1:
            inner = inner.named_children[0]
        kind = {"string": "string", "template_string": "string", "array": "array"}.get(
            inner.type, "number" if inner.type == "number" else ""
        )
        if not kind:
            continue
        member = data[prop.start_byte : prop.end_byte].decode("utf-8", "replace")
        members = ARRAY_MEMBERS if kind == "array" else PRIMITIVE_MEMBERS[kind]
        parent = node.parent
        called = (
            parent is not None
            and parent.type == "call_expression"
            and parent.child_by_field_name("function") == node
        )
        missing = member not in members and member not in _ANY_VALUE_MEMBERS
        if not missing and not (member == "length" and called):
            continue
        out.append(
            LiteralMemberMiss(
                _chars(data, node.start_byte),
                _chars(data, node.end_byte),
                data[obj.start_byte : obj.end_byte].decode("utf-8", "replace"),
                kind,
                member,
                called,
            )
        )
    return tuple(sorted(out, key=lambda m: m.start))


# Python's names for what JavaScript strings and arrays call otherwise: a hint for a
# member a flow expression reads that its value does not have
PYTHON_METHOD_HINTS: dict[str, str] = {
    "lower": "toLowerCase",
    "upper": "toUpperCase",
    "strip": "trim",
    "lstrip": "trimStart",
    "rstrip": "trimEnd",
    "startswith": "startsWith",
    "endswith": "endsWith",
    "find": "indexOf",
    "append": "push",
    "extend": "push(...items)",
    "title": "",
    "format": "",
    "join": "",
}


def python_method_hint(kind: str, member: str, literal: str = "") -> str:
    """`; ...` naming what JavaScript calls Python's method `member` of a `kind` value
    (empty when `member` is not one of Python's)."""
    if member == "join" and kind == "string":
        sep = literal or "sep"
        return (
            f"; that is Python's `str.join`: in JavaScript the list joins itself, "
            f"`list.join({sep})`"
        )
    if member == "format" and kind == "string":
        return "; that is Python's `str.format`: use a template literal (`` `${n} rows` ``)"
    if member in ("append", "extend") and kind != "array":
        return ""
    js = PYTHON_METHOD_HINTS.get(member)
    if not js:
        return ""
    if member in ("lower", "upper", "strip", "lstrip", "rstrip", "startswith", "endswith", "find"):
        if kind != "string":
            return ""
    return f"; Python's `{member}` is `{js}` in JavaScript"


# array methods whose value is always an array: `Math.max(xs.map(...))` gets a list
_ARRAY_GIVING = frozenset(
    "concat filter flat flatMap map slice sort toReversed toSorted toSpliced with".split()
)


@dataclass(frozen=True)
class MathMisuse:
    """`Math.round(x, 2)` (Python's `round(x, 2)`: JavaScript's takes one argument and
    rounds to an integer) or `Math.max(list)` / `Math.min(list)` (Python's `max(xs)`:
    JavaScript's compares its arguments, so a list is one argument, NaN unless it holds
    exactly one number)."""

    start: int  # character offsets of the call
    end: int
    call: str  # `Math.round` / `Math.max` / `Math.min`
    argument: str  # the extra argument (round) or the list (max / min), as written


@lru_cache(maxsize=4096)
def math_misuses(text: str) -> tuple[MathMisuse, ...]:
    """Every `Math.round(...)` with more than one argument, and every `Math.max` /
    `Math.min` given one argument that is a list (a literal, or the value of an array
    method that gives one), where `Math` is JavaScript's."""
    if "Math." not in text:
        return ()
    data = text.encode("utf-8")
    tree = _parser().parse(data)
    if tree.root_node.has_error:
        return ()
    out: list[MathMisuse] = []
    stack = [tree.root_node]
    declared = _declared_names(tree.root_node, data)
    if b"Math" in declared:
        return ()
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        if node.type != "call_expression":
            continue
        callee = node.child_by_field_name("function")
        args = node.child_by_field_name("arguments")
        if callee is None or args is None or callee.type != "member_expression":
            continue
        obj = callee.child_by_field_name("object")
        if obj is None or data[obj.start_byte : obj.end_byte] != b"Math":
            continue
        method = _property(callee, data)
        given = [c for c in args.named_children if c.type != "comment"]
        if any(c.type == "spread_element" for c in given):
            continue
        picked: tree_sitter.Node | None = None
        if method == "round" and len(given) >= 2:
            picked = given[1]
        elif method in ("max", "min") and len(given) == 1:
            arg = given[0]
            if arg.type == "array" and len(arg.named_children) != 1:
                picked = arg
            elif arg.type == "call_expression":
                inner = arg.child_by_field_name("function")
                if inner is not None and inner.type == "member_expression":
                    if _property(inner, data) in _ARRAY_GIVING:
                        picked = arg
        if picked is None:
            continue
        out.append(
            MathMisuse(
                _chars(data, node.start_byte),
                _chars(data, node.end_byte),
                f"Math.{method}",
                data[picked.start_byte : picked.end_byte].decode("utf-8", "replace"),
            )
        )
    return tuple(sorted(out, key=lambda m: m.start))


def _declared_names(root: tree_sitter.Node, data: bytes) -> set[bytes]:
    """The names the expression declares itself (variables, parameters, functions)."""
    names: set[bytes] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        if node.type in ("variable_declarator", "function_declaration"):
            name = node.child_by_field_name("name")
            if name is not None and name.type == "identifier":
                names.add(data[name.start_byte : name.end_byte])
        elif node.type in _FUNCTIONS:
            params = node.child_by_field_name("parameters") or node.child_by_field_name("parameter")
            if params is not None:
                names |= _bound_names(params, data)
    return names


@dataclass(frozen=True)
class ValueKind:
    """The JSON type an expression's value has once Windmill serializes it, known from
    the expression's own form, and the words that say why."""

    kind: str  # "object", "string", "number", "boolean"
    why: str
    collection: str = ""  # `Set` / `Map` when the value is one (JSON keeps no entry of it)


# Built-in collections whose entries JSON does not keep: `JSON.stringify(new Set([1]))`
# (and serde_v8, which reads an object's own enumerable properties) gives `{}`.
_UNSERIALIZED = frozenset({b"Set", b"Map", b"WeakSet", b"WeakMap"})
_COMPARISONS = frozenset({"===", "!==", "==", "!=", "<", ">", "<=", ">=", "instanceof", "in"})
_ARITHMETIC = frozenset({"-", "*", "/", "%", "**"})
_STRING_METHODS = frozenset(
    {b"join", b"toUpperCase", b"toLowerCase", b"trim", b"toFixed", b"toISOString", b"padStart"}
)
# array methods that change the list and give its new length, not the list
_LENGTH_METHODS = frozenset({b"push", b"unshift"})


@lru_cache(maxsize=4096)
def expression_value_kind(text: str) -> ValueKind | None:
    """What a flow expression that is one JavaScript expression gives, by its form
    alone: `new Set(...)` / `new Map(...)` (an object, `{}` in JSON), an object
    literal, a string or template literal, `.join(...)`, `JSON.stringify(...)`, a
    number literal, `.length`, arithmetic, a comparison or `!x`; a ternary whose two
    sides agree. None when the form does not tell (a read, a call, a statement body)."""
    lone = _lone_expression(text)
    return _kind_of(*lone) if lone is not None else None


def _lone_expression(text: str) -> tuple[tree_sitter.Node, bytes] | None:
    """The one JavaScript expression a flow expression is (parenthesised, so that an
    object literal reads as one), with the bytes its offsets index; None otherwise."""
    data = text.strip().encode("utf-8")
    if not data:
        return None
    wrapped = b"(" + data + b"\n)"
    root = _parser().parse(wrapped).root_node
    if root.has_error or root.named_child_count != 1:
        return None
    statement = root.named_children[0]
    if statement.type != "expression_statement" or statement.named_child_count != 1:
        return None
    return statement.named_children[0], wrapped


def list_item_kind(text: str) -> ValueKind | None:
    """The JSON type of the items of the list a flow expression builds, by its form
    alone: `.split(...)` and `.match(...)` (string methods) and `Object.keys(...)` give
    strings, also filtered or sorted after (`.filter(...)`, `.slice(...)`,
    `.toSorted()`, `.reverse()` keep the items as they are), and so does a `.map(...)`
    whose callback gives a string. None when the form does not tell (`.map(Number)`)."""
    lone = _lone_expression(text)
    if lone is None:
        return None
    node, wrapped = lone
    while True:
        while node.type == "parenthesized_expression" and node.named_child_count == 1:
            node = node.named_children[0]
        if node.type != "call_expression":
            return None
        callee = node.child_by_field_name("function")
        if callee is None or callee.type != "member_expression":
            return None
        obj = callee.child_by_field_name("object")
        method = _property(callee, wrapped)
        if obj is None or method is None:
            return None
        owner = wrapped[obj.start_byte : obj.end_byte]
        if method in ("split", "match"):
            return ValueKind("string", f"a list of strings (`.{method}(...)`)")
        if owner == b"Object" and method == "keys":
            return ValueKind("string", "a list of strings (`Object.keys(...)`)")
        if method == "map":
            return _mapped_to_strings(node, wrapped)
        if method not in _ITEM_KEEPING:
            return None
        node = obj


def _mapped_to_strings(call: tree_sitter.Node, data: bytes) -> ValueKind | None:
    """`.map(String)`, `.map((s) => s.trim())`: a mapping whose callback gives a string
    (by its form: a string method, a template literal, `String(...)`)."""
    args = call.child_by_field_name("arguments")
    callbacks = [a for a in args.named_children if a.type != "comment"] if args else []
    if len(callbacks) != 1:
        return None
    callback = callbacks[0]
    if callback.type == "identifier" and data[callback.start_byte : callback.end_byte] == b"String":
        return ValueKind("string", "a list of strings (`.map(String)`)")
    if callback.type != "arrow_function":
        return None
    body = callback.child_by_field_name("body")
    if body is None or body.type == "statement_block":
        return None
    kind = _kind_of(body, data)
    if kind is None or kind.kind != "string":
        return None
    shown = data[callback.start_byte : callback.end_byte].decode("utf-8", "replace")
    return ValueKind("string", f"a list of strings (`.map({shown})`)")


# list methods whose result holds some of the list's own items, unchanged
_ITEM_KEEPING = frozenset({"filter", "slice", "toSorted", "sort", "reverse", "toReversed"})


def _kind_of(node: tree_sitter.Node, data: bytes) -> ValueKind | None:
    while node.type == "parenthesized_expression" and node.named_child_count == 1:
        node = node.named_children[0]
    kind = node.type
    if kind == "new_expression":
        ctor = node.child_by_field_name("constructor")
        name = data[ctor.start_byte : ctor.end_byte] if ctor is not None else b""
        if name in _UNSERIALIZED:
            shown = name.decode()
            why = f"a `{shown}`, which reaches Windmill as `{{}}` (JSON keeps none of its entries)"
            return ValueKind("object", why, shown)
        return None
    if kind == "object":
        return ValueKind("object", "an object literal")
    if kind in ("string", "template_string"):
        return ValueKind("string", "a string")
    if kind == "number":
        return ValueKind("number", "a number")
    if kind in ("true", "false"):
        return ValueKind("boolean", "a boolean")
    if kind == "unary_expression":
        operator = node.child_by_field_name("operator")
        if operator is not None and operator.type == "!":
            return ValueKind("boolean", "a negation, which gives a boolean")
        return None
    if kind == "binary_expression":
        operator = node.child_by_field_name("operator")
        op = operator.type if operator is not None else ""
        if op in _COMPARISONS:
            return ValueKind("boolean", f"a comparison (`{op}`), which gives a boolean")
        if op in _ARITHMETIC:
            return ValueKind("number", f"arithmetic (`{op}`), which gives a number")
        return None
    if kind == "ternary_expression":
        sides = [node.child_by_field_name("consequence"), node.child_by_field_name("alternative")]
        kinds = [_kind_of(s, data) if s is not None else None for s in sides]
        first, second = kinds
        if first is not None and second is not None and first.kind == second.kind:
            return first
        return None
    if kind == "member_expression" and _property(node, data) == "length":
        return ValueKind("number", "`.length`, a number")
    if kind == "call_expression":
        callee = node.child_by_field_name("function")
        if callee is not None and data[callee.start_byte : callee.end_byte] == b"String":
            return ValueKind("string", "`String(...)`, a string")
        if callee is None or callee.type != "member_expression":
            return None
        obj = callee.child_by_field_name("object")
        prop = callee.child_by_field_name("property")
        owner = data[obj.start_byte : obj.end_byte] if obj is not None else b""
        method = data[prop.start_byte : prop.end_byte] if prop is not None else b""
        if owner == b"JSON" and method == b"stringify":
            return ValueKind("string", "`JSON.stringify(...)`, a string")
        if owner == b"Object" and method == b"fromEntries":
            return ValueKind("object", "`Object.fromEntries(...)`, an object")
        if method in _STRING_METHODS:
            return ValueKind("string", f"`.{method.decode()}(...)`, a string")
        if method in _LENGTH_METHODS:
            return ValueKind(
                "number", f"`.{method.decode()}(...)`, which gives the list's new length"
            )
    return None
