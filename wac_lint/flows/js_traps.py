"""JavaScript that parses and runs, and whose value is fixed by its own form whatever
the data: a comparison that can never hold, a condition that always does, a callback
an array method misreads, a value of a type the text did not mean.

Each trap is found on the tree of one flow expression (tree-sitter's JavaScript
grammar) and returned with its character offsets and the pieces of text a message
quotes; what to say about it is the rule's business.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import tree_sitter

from wac_lint.flows.expressions import _chars, _property, expression_tree
from wac_lint.kinds import Kind


class TrapKind(Kind):
    """What makes an expression's value fixed by its form (`javascript_traps`)."""

    NAN = "nan"  # `x === NaN`
    FRESH = "fresh"  # `x === []` / `x === {}`: a new object, compared by identity
    TYPEOF = "typeof"  # `typeof x === 'array'`: a string `typeof` never gives
    NEGATED = "negated"  # `!x === 'y'`: `!` binds first
    TRUTHY_OR = "truthy_or"  # `x == 'a' || 'b'`: a truthy literal operand
    TAUTOLOGY = "tautology"  # `x !== a || x !== b`, `x === a && x === b`
    DATE_PLUS = "date_plus"  # `new Date() + n`: text, not a later time
    FOR_EACH_VALUE = "for_each_value"  # the value of `.forEach(...)`
    MAP_PARSE_INT = "map_parse_int"  # `.map(parseInt)`: the index as the radix
    BOOL_COMPARATOR = "bool_comparator"  # a sort comparator giving a boolean
    PREDICATE_ASSIGNMENT = "predicate_assignment"  # `x.k = v` in a `.filter` predicate


@dataclass(frozen=True)
class Trap:
    """One always-wrong construct of an expression."""

    kind: TrapKind
    start: int  # character offsets of the construct in the expression text
    end: int
    text: str  # the construct as written
    # the pieces a message quotes: the operand, the literal, the method...
    detail: tuple[str, ...] = ()
    # for a comparison: the constant value it has (True / False), else None
    constant: bool | None = None


# what `typeof` gives (ECMAScript's table): any other string is never equal to it
TYPEOF_RESULTS = frozenset(
    {"undefined", "object", "boolean", "number", "bigint", "string", "symbol", "function"}
)
_EQUALITY = {"===": True, "==": True, "!==": False, "!=": False}
_ORDERING = frozenset({"<", ">", "<=", ">="})
# array methods whose callback decides, by its truthiness, what the method gives
_PREDICATE_CALLBACKS = frozenset(
    {"filter", "find", "findIndex", "findLast", "findLastIndex", "some", "every"}
)
_SORTS = frozenset({"sort", "toSorted"})
_PARSE_INT = frozenset({"parseInt", "Number.parseInt"})
_MAPS = frozenset({"map", "flatMap"})

# records one trap: its kind, node, quoted pieces and constant value
_Add = Callable[..., None]


def _text(node: tree_sitter.Node, data: bytes) -> str:
    return data[node.start_byte : node.end_byte].decode("utf-8", "replace")


def _unwrap(node: tree_sitter.Node) -> tree_sitter.Node:
    while node.type == "parenthesized_expression" and node.named_child_count == 1:
        node = node.named_children[0]
    return node


def _operator(node: tree_sitter.Node) -> str:
    operator = node.child_by_field_name("operator")
    return operator.type if operator is not None else ""


def _string_value(node: tree_sitter.Node, data: bytes) -> str | None:
    """The value of a plain string literal (no escapes), else None."""
    if node.type != "string":
        return None
    if any(c.type == "escape_sequence" for c in node.children):
        return None
    return "".join(_text(c, data) for c in node.children if c.type == "string_fragment")


def _truthy_literal(node: tree_sitter.Node, data: bytes) -> bool:
    """A literal whose truthiness is true whatever the data: a non-empty string, a
    number other than 0, `true`, an array or object literal, a function."""
    node = _unwrap(node)
    if node.type == "string":
        value = _string_value(node, data)
        return bool(value)
    if node.type == "template_string":
        return not any(c.type == "template_substitution" for c in node.children) and (
            len(_text(node, data)) > 2
        )
    if node.type == "number":
        try:
            return float(_text(node, data).replace("_", "")) != 0
        except ValueError:
            return False
    return node.type in ("true", "array", "object", "arrow_function", "function_expression")


def _is_nan(node: tree_sitter.Node, data: bytes) -> bool:
    node = _unwrap(node)
    return _text(node, data) in ("NaN", "Number.NaN")


def _fresh_object(node: tree_sitter.Node) -> bool:
    """A literal that builds a new object each time it runs: `[]`, `{}`, `[a, b]`."""
    return _unwrap(node).type in ("array", "object")


def _new_date(node: tree_sitter.Node, data: bytes) -> bool:
    node = _unwrap(node)
    if node.type != "new_expression":
        return False
    ctor = node.child_by_field_name("constructor")
    return ctor is not None and _text(ctor, data) == "Date"


def _numeric_form(node: tree_sitter.Node, data: bytes) -> bool:
    """An operand that is a number by its form: a literal, arithmetic other than `+`,
    `Date.now()`, a `Math.` call."""
    node = _unwrap(node)
    if node.type == "number":
        return True
    if node.type == "binary_expression":
        return _operator(node) in ("-", "*", "/", "%", "**") or (
            _operator(node) == "+"
            and all(
                _numeric_form(c, data)
                for c in (node.child_by_field_name("left"), node.child_by_field_name("right"))
                if c is not None
            )
        )
    if node.type == "call_expression":
        callee = node.child_by_field_name("function")
        name = _text(callee, data) if callee is not None else ""
        return name == "Date.now" or name.startswith("Math.")
    return False


def _chain(node: tree_sitter.Node, operator: str) -> list[tree_sitter.Node]:
    """The operands of a chain of one logical operator (`a || b || c`), through
    parentheses."""
    node = _unwrap(node)
    if node.type == "binary_expression" and _operator(node) == operator:
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        return [
            *(_chain(left, operator) if left is not None else []),
            *(_chain(right, operator) if right is not None else []),
        ]
    return [node]


def _decisions(node: tree_sitter.Node) -> list[tree_sitter.Node]:
    """The sub-expressions whose truthiness a condition's value is decided by: the
    condition itself, and through `!`, `&&`, `||`, a ternary's branches and
    parentheses, each operand."""
    out: list[tree_sitter.Node] = []
    stack = [node]
    while stack:
        current = _unwrap(stack.pop())
        out.append(current)
        if current.type == "unary_expression" and _operator(current) == "!":
            stack.extend(current.named_children[-1:])
        elif current.type == "binary_expression" and _operator(current) in ("&&", "||"):
            stack.extend(current.named_children)
        elif current.type == "ternary_expression":
            stack.extend(
                c
                for c in (
                    current.child_by_field_name("consequence"),
                    current.child_by_field_name("alternative"),
                )
                if c is not None
            )
    return out


def _callback_body(callback: tree_sitter.Node) -> tree_sitter.Node | None:
    """The value an arrow callback gives: its expression body, or the one `return`
    of a block body holding nothing else."""
    if callback.type != "arrow_function":
        return None
    body = callback.child_by_field_name("body")
    if body is None:
        return None
    if body.type != "statement_block":
        return body
    statements = [c for c in body.named_children if c.type != "comment"]
    if len(statements) == 1 and statements[0].type == "return_statement":
        values = statements[0].named_children
        return values[0] if values else None
    return None


def _value_used(call: tree_sitter.Node) -> bool:
    """Whether the value of an expression is used: anything but a statement of its own
    in a body that goes on (`xs.forEach(...)` as a line of a function), or a non-last
    item of a comma sequence. The expression's only statement is its value."""
    parent = call.parent
    while parent is not None and parent.type == "parenthesized_expression":
        call, parent = parent, parent.parent
    if parent is None:
        return False
    if parent.type == "expression_statement":
        holder = parent.parent
        if holder is None or holder.type != "program":
            return False
        statements = [c for c in holder.named_children if c.type != "comment"]
        return len(statements) == 1
    if parent.type == "sequence_expression":
        return parent.named_children[-1] == call and _value_used(parent)
    return True


@lru_cache(maxsize=4096)
def javascript_traps(text: str, condition: bool) -> tuple[Trap, ...]:
    """The always-wrong constructs of one flow expression (`condition`: Windmill
    evaluates it as `Boolean(<text>)`). Kinds:

    * `nan`: `x === NaN` (`==`, `!==`, `!=`), constant: NaN equals nothing;
    * `fresh`: `x === []` / `x !== {}`, constant: a literal builds a new object,
      which no other value is identical to;
    * `typeof`: `typeof x === 'array'`, a string `typeof` never gives;
    * `negated`: `!x === 'manual'`, a boolean compared strictly with a string or a
      number (`!` binds tighter than `===`);
    * `truthy_or`: in a condition (or a predicate callback), `a === 'x' || 'y'`: an
      operand of `||` that is a truthy literal, so the whole is always true;
    * `tautology`: `x !== 'A' || x !== 'B'` (always true), `x === 'A' && x === 'B'`
      (always false);
    * `date_plus`: `new Date(...) + 86400000`, which concatenates strings;
    * `bool_comparator`: `.sort((a, b) => a.x > b.x)`, a comparator that never gives
      a negative number;
    * `map_parse_int`: `.map(parseInt)`, which passes each index as the radix;
    * `for_each_value`: the value of `.forEach(...)` used, which is undefined;
    * `predicate_assignment`: `.filter((b) => b.free = true)`, an assignment where
      the predicate meant a comparison.
    """
    parsed = expression_tree(text)
    if parsed.accepted is None:
        return ()
    root, data, shift = parsed.accepted.root_node, parsed.data, parsed.shift
    out: list[Trap] = []

    def add(
        kind: TrapKind, node: tree_sitter.Node, *detail: str, constant: bool | None = None
    ) -> None:
        start = max(_chars(data, node.start_byte) - shift, 0)
        end = max(_chars(data, node.end_byte) - shift, start)
        out.append(Trap(kind, start, end, _text(node, data), detail, constant))

    # the sub-expressions whose truthiness decides a condition (method "") or the
    # predicate callback of an array method (its name)
    decided: list[tuple[tree_sitter.Node, str]] = []
    if condition:
        statements = [c for c in root.named_children if c.type != "comment"]
        if len(statements) == 1 and statements[0].type == "expression_statement":
            decided.extend((d, "") for d in _decisions(statements[0].named_children[0]))

    stack = [root]
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        kind = node.type
        if kind == "binary_expression":
            _binary_traps(node, data, add)
        elif kind == "call_expression":
            _call_traps(node, data, add, decided)
    for node, method in decided:
        if node.type == "binary_expression" and _operator(node) == "||" and not _in_chain(node):
            _truthy_or(node, data, add, method)
    return tuple(sorted(set(out), key=lambda t: (t.start, t.kind)))


def _binary_traps(node: tree_sitter.Node, data: bytes, add: _Add) -> None:
    op = _operator(node)
    left = node.child_by_field_name("left")
    right = node.child_by_field_name("right")
    if left is None or right is None:
        return
    if op in _EQUALITY:
        equal = _EQUALITY[op]
        strict = len(op) == 3
        for one, other in ((left, right), (right, left)):
            if _is_nan(other, data):
                add(TrapKind.NAN, node, _text(one, data), op, constant=not equal)
                return
            if strict and _fresh_object(other) and not _fresh_object(one):
                add(
                    TrapKind.FRESH,
                    node,
                    _text(one, data),
                    _text(other, data),
                    op,
                    constant=not equal,
                )
                return
            inner = _unwrap(one)
            if inner.type == "unary_expression" and _operator(inner) == "typeof":
                value = _string_value(_unwrap(other), data)
                if value is not None and value not in TYPEOF_RESULTS:
                    operand = inner.named_children[-1] if inner.named_children else inner
                    add(TrapKind.TYPEOF, node, _text(operand, data), value, op, constant=not equal)
                    return
            negation = _unwrap(one)
            if negation.type == "unary_expression" and _operator(negation) == "!":
                lit = _unwrap(other)
                value = _string_value(lit, data)
                never = (strict and (lit.type == "number" or value is not None)) or (
                    value is not None and value.strip() != "" and _not_numeric(value)
                )
                if never:
                    negated = negation.named_children[-1]
                    add(
                        TrapKind.NEGATED,
                        node,
                        _text(negated, data),
                        _text(other, data),
                        op,
                        constant=not equal,
                    )
                    return
    elif op in ("||", "&&"):
        parent = node.parent
        while parent is not None and parent.type == "parenthesized_expression":
            parent = parent.parent
        if parent is not None and parent.type == "binary_expression" and _operator(parent) == op:
            return  # judged once, on the whole chain
        operands = _chain(node, op)
        wanted = "!==" if op == "||" else "==="
        seen: dict[str, tuple[str, str, str]] = {}
        for operand in operands:
            if operand.type != "binary_expression" or _operator(operand) not in (
                wanted,
                wanted[:2],
            ):
                continue
            a = operand.child_by_field_name("left")
            b = operand.child_by_field_name("right")
            if a is None or b is None:
                continue
            for subject, lit in ((a, b), (b, a)):
                lit = _unwrap(lit)
                if lit.type not in ("string", "number"):
                    continue
                key = _text(_unwrap(subject), data)
                value = _text(lit, data)
                loose = len(_operator(operand)) == 2 or len(seen.get(key, ("", "==="))[1]) == 2
                if (
                    key in seen
                    and seen[key][0] != value
                    and _literal_value_differs(seen[key][0], value)
                    # `x != 1 || x != '1'`: `==` equates a number with its text
                    and not (loose and (seen[key][2] != lit.type))
                ):
                    add(
                        TrapKind.TAUTOLOGY,
                        node,
                        key,
                        seen[key][0],
                        value,
                        op,
                        constant=op == "||",
                    )
                    return
                seen.setdefault(key, (value, _operator(operand), lit.type))
                break
    elif op == "+":
        for one, other in ((left, right), (right, left)):
            if _new_date(one, data) and _numeric_form(other, data):
                add(TrapKind.DATE_PLUS, node, _text(one, data), _text(other, data))
                return


def _literal_value_differs(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        if len(s) >= 2 and s[0] == s[-1] and s[0] in "'\"":
            return "s:" + s[1:-1]
        try:
            return "n:" + repr(float(s))
        except ValueError:
            return "?" + s

    return norm(a) != norm(b) and not norm(a).startswith("?") and not norm(b).startswith("?")


def _not_numeric(value: str) -> bool:
    try:
        float(value.strip())
    except ValueError:
        return not value.strip().lower().startswith(("0x", "0b", "0o"))
    return False


def _in_chain(node: tree_sitter.Node) -> bool:
    """Whether a `||` is an operand of another `||` (through parentheses): the chain is
    judged once, whole."""
    parent = node.parent
    while parent is not None and parent.type == "parenthesized_expression":
        parent = parent.parent
    return parent is not None and parent.type == "binary_expression" and _operator(parent) == "||"


def _truthy_or(node: tree_sitter.Node, data: bytes, add: _Add, method: str) -> None:
    operands = _chain(node, "||")
    if len(operands) < 2:
        return
    for operand in operands[1:]:
        if _truthy_literal(operand, data):
            add(
                TrapKind.TRUTHY_OR,
                node,
                _text(operand, data),
                _text(operands[0], data),
                method,
                constant=True,
            )
            return


def _call_traps(
    node: tree_sitter.Node, data: bytes, add: _Add, decided: list[tuple[tree_sitter.Node, str]]
) -> None:
    callee = node.child_by_field_name("function")
    args = node.child_by_field_name("arguments")
    if callee is None or args is None or callee.type != "member_expression":
        return
    method = _property(callee, data)
    given = [c for c in args.named_children if c.type != "comment"]
    if method == "forEach":
        if _value_used(node):
            add(
                TrapKind.FOR_EACH_VALUE,
                node,
                _text(callee.child_by_field_name("object") or callee, data),
            )
        return
    if not given:
        return
    first = given[0]
    if method in _MAPS and _text(first, data) in _PARSE_INT:
        add(TrapKind.MAP_PARSE_INT, node, method, _text(first, data))
        return
    if method in _SORTS:
        value = _callback_body(first)
        if value is not None:
            value = _unwrap(value)
            if value.type == "binary_expression" and _operator(value) in _ORDERING:
                add(TrapKind.BOOL_COMPARATOR, first, method, _operator(value))
        return
    if method in _PREDICATE_CALLBACKS:
        value = _callback_body(first)
        if value is None:
            return
        for part in _decisions(value):
            parent = part.parent
            if part.type == "assignment_expression" and (
                parent is None or parent.type != "parenthesized_expression"
            ):
                # (`(r) => (r.seen = true)`: the parentheses say the assignment is meant)
                target = part.child_by_field_name("left")
                assigned = part.child_by_field_name("right")
                if target is not None and assigned is not None:
                    add(
                        TrapKind.PREDICATE_ASSIGNMENT,
                        part,
                        method,
                        _text(target, data),
                        _text(assigned, data),
                    )
            elif part.type == "binary_expression" and _operator(part) == "||":
                decided.append((part, method))


@dataclass(frozen=True)
class TruthTest:
    """A step's whole result whose truthiness a condition's value is decided by
    (`!results.orders`, `results.orders && ...`)."""

    start: int  # character offsets of the test (with its `!`)
    end: int
    text: str  # the test as written
    step: str  # the step id read
    negated: bool


@lru_cache(maxsize=4096)
def result_truth_tests(text: str) -> tuple[TruthTest, ...]:
    """In a condition, every `results.<id>` (or `results["<id>"]`) read whole whose
    truthiness decides the value: the condition itself, or an operand of `!`, `&&`,
    `||` or a ternary's branches."""
    if "results" not in text:
        return ()
    data = text.encode("utf-8")
    root = expression_tree(text).tree.root_node
    if root.has_error:
        return ()
    statements = [c for c in root.named_children if c.type != "comment"]
    if len(statements) != 1 or statements[0].type != "expression_statement":
        return ()
    out: list[TruthTest] = []
    for node in _decisions(statements[0].named_children[0]):
        if node.type not in ("member_expression", "subscript_expression"):
            continue
        obj = node.child_by_field_name("object")
        if obj is None or obj.type != "identifier" or _text(obj, data) != "results":
            continue
        if node.type == "subscript_expression":
            index = node.child_by_field_name("index")
            if index is None or not _text(index, data).startswith('"'):
                continue  # `results['id']` is not awaited: WAC507's own finding
            step = _string_value(index, data)
            if step is None:
                continue  # `results['id']` is not awaited: WAC507's own finding
        else:
            step = _property(node, data)
        if not step:
            continue
        shown = node
        parent = node.parent
        while parent is not None and parent.type == "parenthesized_expression":
            parent = parent.parent
        negated = (
            parent is not None and parent.type == "unary_expression" and (_operator(parent) == "!")
        )
        if not negated and parent is not None and parent.type == "binary_expression":
            if _operator(parent) == "&&":
                continue  # `results.rows && results.rows.length > 0`: a guard, redundant
        if negated and parent is not None:
            shown = parent
        out.append(
            TruthTest(
                _chars(data, shown.start_byte),
                _chars(data, shown.end_byte),
                _text(shown, data),
                step,
                negated,
            )
        )
    return tuple(sorted(out, key=lambda t: t.start))


@dataclass(frozen=True)
class ParsedRead:
    """`JSON.parse(results.<id>)` / `JSON.parse(results.<id>.<field>)`."""

    start: int  # character offsets of the call
    end: int
    text: str  # the call as written
    step: str
    field: str | None


@lru_cache(maxsize=4096)
def json_parsed_results(text: str) -> tuple[ParsedRead, ...]:
    """Every `JSON.parse(...)` whose one argument is a step's whole result or one
    field of it, read with `.` (Windmill awaits `results.<id>`)."""
    if "JSON.parse" not in text or "results" not in text:
        return ()
    data = text.encode("utf-8")
    root = expression_tree(text).tree.root_node
    if root.has_error:
        return ()
    out: list[ParsedRead] = []
    stack = [root]
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        if node.type != "call_expression":
            continue
        callee = node.child_by_field_name("function")
        args = node.child_by_field_name("arguments")
        if callee is None or args is None or _text(callee, data) != "JSON.parse":
            continue
        given = [c for c in args.named_children if c.type != "comment"]
        if len(given) != 1:
            continue
        path: list[str] = []
        current = _unwrap(given[0])
        while current.type == "member_expression":
            prop = _property(current, data)
            obj = current.child_by_field_name("object")
            if (
                prop is None
                or obj is None
                or any(c.type == "optional_chain" for c in current.children)
            ):
                break
            path.insert(0, prop)
            current = obj
        if current.type != "identifier" or _text(current, data) != "results":
            continue
        if len(path) not in (1, 2):
            continue
        out.append(
            ParsedRead(
                _chars(data, node.start_byte),
                _chars(data, node.end_byte),
                _text(node, data),
                path[0],
                path[1] if len(path) == 2 else None,
            )
        )
    return tuple(sorted(out, key=lambda r: r.start))
