"""Which calls of a helper run only when one of its parameters is set (or unset).

`def label(order, with_time=False): if with_time: return f"{order}@{time.time()}"`
reads the clock only when `with_time` is true: a caller writing `label(o)` or
`label(o, with_time=False)` never runs `time.time()`, one writing `label(o, True)` (or
passing a variable) may. `guards_of` reads, for a node inside a function, the tests on
that function's parameters that must hold for the node to run (an `if` / `else` around
it, a conditional expression, `and` / `or` / `&&` / `||`, an earlier `if test: return`
of the same block); `never_runs` says whether a call's arguments, literals or omitted
(then the parameter's literal default), make one of them false.

Only plain tests of a parameter are read (`flag`, `not flag`, `!flag`, and in
TypeScript `opts.jitter` of an object parameter), and tests of whether it was given:
`day is None` / `day is not None`, `day === undefined`, `day == null`, the right of
`day ?? new Date()` and of `day ??= ...` / `day ||= ...`. For the latter an argument is
known given when it is a literal other than `None` / `null` / `undefined`, a value no
expression of its kind can leave empty (`new Date(s)`, arithmetic, a comparison, an
f-string), a call building a class (`Window(...)`, `date.fromisoformat(s)`, `str(x)`), a
method of such a date giving another (`date.fromisoformat(s).astimezone(tz)`),
a parameter of the calling function annotated with a type that does not admit
`None` (`run_day: str`, `day: Date`) or with a given default (`day="2024-01-01"`), a
local or a module constant bound once to such a value (`REGION = "eu"`, `const
DEFAULT_DAY = "2024-01-01"`), the result of a function or task of the file whose
declared return type has no None (`-> str`, `Promise<string>`, read through the file's
type aliases) or of a `step` whose function gives such a value, a method that returns a
string (`.isoformat()`, `.strip()`, `.toISOString()`), a key of a dict / object literal
nothing changes, or a field declared without None of a typed input (`cfg.day` of a
dataclass / TypedDict / interface parameter, also of the elements of a `list[Lease]` /
`Lease[]` one). Any other test, a parameter assigned in the function (other than in
the branch the test guards, `if day is None: day = today()`, as `day = day or
today()`, or after a test that runs once, outside any loop), a spread argument or a
value that is not known leaves the node reachable, as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import tree_sitter

Node = tree_sitter.Node

# How deep the ancestors of a node are read before giving up (a guard is near).
MAX_DEPTH = 64
# How many nodes one reader reads guards for (a pathological file: thousands of calls)
MAX_NODES = 256

_FUNCTIONS = frozenset(
    {
        "function_definition",
        "function_declaration",
        "function_expression",
        "arrow_function",
        "generator_function_declaration",
        "method_definition",
    }
)
_BLOCKS = frozenset({"block", "statement_block", "module", "program"})
_EXITS = frozenset({"return_statement", "raise_statement", "throw_statement"})


# The literal a name is bound to, where one is known (see `never_runs`).
Resolve = Callable[[Node], "Node | None"]


@dataclass(frozen=True)
class ParamGuard:
    """A test of a parameter the guarded node needs: `truthy` (or falsy) `name` (or its
    `member`, `opts.jitter`). `index` is its position among the positional parameters
    (-1 for a keyword-only one); `default` the truthiness of its literal default, None
    when it has none or it is not a literal."""

    name: str
    index: int
    member: str
    truthy: bool
    default: bool | None
    # a test of whether the parameter was given (`day is None`, `day ?? now()`): `truthy`
    # is then "is None / null / undefined", and `default` whether the default is
    null: bool = False
    # a comparison of the parameter with a number (`seconds > 0`: `(">", 0.0)`, the
    # parameter on the left): `truthy` is then the comparison's value, `default` its
    # value for the default
    compare: tuple[str, float] | None = None


def _text(node: Node | None) -> str:
    return (node.text or b"").decode("utf-8", "replace") if node is not None else ""


def enclosing_function(node: Node) -> Node | None:
    """The innermost function around `node`."""
    current = node.parent
    for _ in range(MAX_DEPTH):  # `Node.parent` walks from the root: bounded
        if current is None or current.type in _FUNCTIONS:
            return current
        current = current.parent
    return None


@dataclass(frozen=True)
class _Param:
    name: str
    index: int
    default: Node | None
    # a TypeScript parameter: omitted without a default, it is `undefined` (falsy)
    script: bool = False


def _parameters(function: Node) -> list[_Param] | None:
    """The function's named parameters, in order (None for a shape not read)."""
    params = function.child_by_field_name("parameters")
    if params is None:
        single = function.child_by_field_name("parameter")  # `x => ...`
        return [_Param(_text(single), 0, None, True)] if single is not None else []
    out: list[_Param] = []
    index = 0
    keyword_only = False
    for param in params.named_children:
        kind = param.type
        name: Node | None = None
        default: Node | None = None
        if kind == "identifier":
            name = param
        elif kind == "typed_parameter":
            name = next((c for c in param.named_children if c.type == "identifier"), None)
        elif kind in ("default_parameter", "typed_default_parameter"):
            name, default = param.child_by_field_name("name"), param.child_by_field_name("value")
        elif kind in ("required_parameter", "optional_parameter"):
            name, default = param.child_by_field_name("pattern"), param.child_by_field_name("value")
            if name is not None and name.type != "identifier":
                name = None  # a destructured parameter: its names are not read
        elif kind in ("list_splat_pattern", "keyword_separator"):
            keyword_only = True
            continue
        elif kind in ("positional_separator", "comment"):
            continue
        elif kind in ("dictionary_splat_pattern",):
            continue
        else:
            return None
        if name is not None:
            script = kind in ("required_parameter", "optional_parameter")
            out.append(_Param(_text(name), -1 if keyword_only else index, default, script))
        if not keyword_only:
            index += 1
    return out


def _assigned(function: Node, name: str) -> bool:
    """Is `name` assigned (or augmented, or deleted) anywhere in the function's body?"""
    return bool(_assignments(function, name))


def _assignments(function: Node, name: str) -> tuple[Node, ...]:
    """The nodes assigning (augmenting, deleting, unpacking into, looping over) `name`
    in the function's body."""
    body = function.child_by_field_name("body")
    if body is None:
        return ()
    out: list[Node] = []
    for identifier in _identifiers(body, name.encode()):
        parent = identifier.parent
        if parent is None or identifier.type != "identifier":
            continue
        kind = parent.type
        if kind in (
            "assignment",
            "augmented_assignment",
            "assignment_expression",
            "augmented_assignment_expression",
            "named_expression",
        ):
            left = parent.child_by_field_name("left") or parent.child_by_field_name("name")
            if left is not None and left.id == identifier.id:
                out.append(parent)
        elif kind in ("update_expression", "delete_statement"):
            out.append(parent)
        elif kind in ("for_statement", "for_in_statement"):  # the loop target only
            target = parent.child_by_field_name("left")
            if target is not None and target.id == identifier.id:
                out.append(parent)
        elif kind in _PATTERNS:  # `day, other = ...`, `for day, n in ...`, `[day] = ...`
            out.append(parent)
    return tuple(out)


_PATTERNS = frozenset(
    {
        "pattern_list",
        "tuple_pattern",
        "list_pattern",
        "list_splat_pattern",
        "array_pattern",
        "object_pattern",
        "pair_pattern",
        "shorthand_property_identifier_pattern",
        "rest_pattern",
    }
)


def _within(node: Node, outer: Node) -> bool:
    return outer.start_byte <= node.start_byte and node.end_byte <= outer.end_byte


def _harmless(assignment: Node, branch: Node | None, condition: Node, name: str) -> bool:
    """Does `assignment` of the tested parameter leave the test's first value standing for
    the node it guards? It does when it sits in the branch the node runs in (taken only
    once the test already let the node run: `if day is None: day = today()`), or when it
    fills the parameter in only when the test found it empty (`day = day or today()`,
    `day = day ?? new Date()`, `day ??= new Date()`): a given value is kept."""
    if branch is not None and _within(assignment, branch):
        return True
    if assignment.start_byte >= condition.end_byte and not _in_loop(condition):
        return True  # later than the test, which runs once: `if isinstance(at, str): at = ...`
    if assignment.type == "augmented_assignment_expression":
        operator = _text(assignment.child_by_field_name("operator"))
        return operator in ("??=", "||=")
    value = assignment.child_by_field_name("right") or assignment.child_by_field_name("value")
    value = _unwrap(value) if value is not None else None
    if value is None or value.type not in ("boolean_operator", "binary_expression"):
        return False
    left = value.child_by_field_name("left")
    operator = _text(value.child_by_field_name("operator"))
    return (
        operator in ("or", "||", "??")
        and left is not None
        and _unwrap(left).type == "identifier"
        and _text(_unwrap(left)) == name
        and _within(condition, value)
    )


_LOOPS = frozenset(
    {
        "for_statement",
        "while_statement",
        "for_in_statement",
        "do_statement",
        "list_comprehension",
        "set_comprehension",
        "dictionary_comprehension",
        "generator_expression",
    }
)


def _in_loop(node: Node) -> bool:
    """Is `node` inside a loop of its function (so a later assignment may come before
    the next time it runs)? A `try` counts too (a retry loop may be around a call of it
    past MAX_DEPTH, yes."""
    current = node.parent
    for _ in range(MAX_DEPTH):
        if current is None or current.type in _FUNCTIONS:
            return False
        if current.type in _LOOPS:
            return True
        current = current.parent
    return True


def _unwrap(node: Node) -> Node:
    while node.type == "parenthesized_expression" and node.named_child_count == 1:
        node = node.named_children[0]
    return node


_NULLS = frozenset({"none", "null", "undefined"})


def _null_test(node: Node) -> tuple[Node, bool] | None:
    """(tested operand, polarity) of `x is None`, `x is not None`, `x == None`,
    `x === undefined`, `x == null`, `x != null`, `x !== undefined` (either side)."""
    if node.type == "comparison_operator" and node.named_child_count == 2:
        operators = node.child_by_field_name("operators")
        operator = " ".join(_text(operators).split()) if operators is not None else ""
        if operator not in ("is", "is not", "==", "!="):
            return None
        positive = operator in ("is", "==")
        left, right = node.named_children
    elif node.type == "binary_expression":
        operator = _text(node.child_by_field_name("operator"))
        left_node, right_node = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left_node is None or right_node is None:
            return None
        left, right = left_node, right_node
        nulls = {left.type, right.type} & _NULLS
        # `=== null` is false for `undefined` (an omitted argument): not read
        if operator in ("===", "!==") and nulls != {"undefined"}:
            return None
        if operator not in ("==", "!=", "===", "!=="):
            return None
        positive = operator in ("==", "===")
    else:
        return None
    if right.type in _NULLS and left.type not in _NULLS:
        return left, positive
    if left.type in _NULLS and right.type not in _NULLS:
        return right, positive
    return None


def _operand(node: Node) -> tuple[str, str] | None:
    """(parameter, member) of `flag` or `opts.jitter`."""
    node = _unwrap(node)
    if node.type == "identifier":
        return _text(node), ""
    if node.type == "member_expression":
        obj = node.child_by_field_name("object")
        prop = node.child_by_field_name("property")
        if obj is not None and obj.type == "identifier" and prop is not None:
            if prop.type == "property_identifier":
                return _text(obj), _text(prop)
    return None


# A comparison read from the other side: `0 < n` is `n > 0`.
_FLIPPED = {
    "<": ">",
    ">": "<",
    "<=": ">=",
    ">=": "<=",
    "==": "==",
    "!=": "!=",
    "===": "==",
    "!==": "!=",
}


def _number(node: Node | None) -> float | None:
    """The value of a number literal (`0`, `2.5`, `-1`), None for anything else."""
    if node is None:
        return None
    node = _unwrap(node)
    sign = 1.0
    if node.type == "unary_operator" or (
        node.type == "unary_expression" and _text(node.child_by_field_name("operator")) == "-"
    ):
        operand = node.child_by_field_name("argument") or node.child_by_field_name("operand")
        if _text(node)[:1] != "-" or operand is None:
            return None
        node, sign = _unwrap(operand), -1.0
    if node.type not in ("integer", "float", "number"):
        return None
    text = _text(node).replace("_", "").lower()
    try:
        return sign * (float(text) if not text.startswith("0x") else int(text, 16))
    except ValueError:
        return None


def _comparison(node: Node) -> tuple[tuple[str, str], tuple[str, float]] | None:
    """(operand, (operator, number)) of `seconds > 0` / `0 < seconds` / `n !== 0`: one
    comparison of a parameter (or its member) with a number literal."""
    left: Node | None
    right: Node | None
    if node.type == "comparison_operator":  # Python: `a < b` (not chained: `0 < n < 3`)
        if node.named_child_count != 2:
            return None
        left, right = node.named_children
        operators = [c for c in node.children if not c.is_named]
        if len(operators) != 1:
            return None
        operator = _text(operators[0])
    elif node.type == "binary_expression":  # TypeScript
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        operator = _text(node.child_by_field_name("operator"))
        if left is None or right is None:
            return None
    else:
        return None
    if operator not in _FLIPPED or left is None or right is None:
        return None
    number = _number(right)
    operand = _operand(left) if number is not None else None
    if operand is None:
        number = _number(left)
        operand = _operand(right) if number is not None else None
        operator = _FLIPPED[operator]
    if operand is None or number is None:
        return None
    return operand, (_FLIPPED[_FLIPPED[operator]], number)


def compares(value: float, compare: tuple[str, float]) -> bool:
    """`value OP number` for a comparison guard."""
    operator, number = compare
    if operator == "<":
        return value < number
    if operator == ">":
        return value > number
    if operator == "<=":
        return value <= number
    if operator == ">=":
        return value >= number
    if operator == "==":
        return value == number
    return value != number


def _compared(value: Node | None, compare: tuple[str, float]) -> bool | None:
    """A comparison guard's value for an argument or a default: known for a number
    literal (and a boolean, Python's `True` being 1), None for anything else."""
    if value is None:
        return None
    number = _number(value)
    if number is None:
        kind = _unwrap(value).type
        number = 1.0 if kind in ("true", "True") else 0.0 if kind in ("false", "False") else None
    return compares(number, compare) if number is not None else None


def _test(
    condition: Node, null: bool = False
) -> tuple[str, str, bool, bool, tuple[str, float] | None] | None:
    """(parameter, member, polarity, null) of a plain test: `flag`, `not flag`, `!flag`,
    `opts.jitter`, `!opts.jitter`, or (`null`) of whether it is empty: `day is None`,
    `day === undefined`, `!(day == null)`; `null=True` reads `condition` itself as the
    operand tested for emptiness (the left of `day ?? now()`)."""
    node = _unwrap(condition)
    if null:
        operand = _operand(node)
        return (*operand, True, True, None) if operand is not None else None
    polarity = True
    for _ in range(4):
        if node.type == "not_operator":
            argument = node.child_by_field_name("argument")
        elif node.type == "unary_expression" and _text(node.child_by_field_name("operator")) == "!":
            argument = node.child_by_field_name("argument")
        else:
            break
        if argument is None:
            return None
        node, polarity = _unwrap(argument), not polarity
    tested = _null_test(node)
    if tested is not None:
        operand = _operand(tested[0])
        if operand is None:
            return None
        return (*operand, polarity == tested[1], True, None)
    compared = _comparison(node)
    if compared is not None:
        return (*compared[0], polarity, False, compared[1])
    operand = _operand(node)
    return (*operand, polarity, False, None) if operand is not None else None


def _always_exits(statement: Node) -> bool:
    """Does the statement (an `if`'s consequence) always leave the function?"""
    if statement.type in _EXITS:
        return True
    if statement.type in ("block", "statement_block"):
        last = [c for c in statement.named_children if c.type != "comment"]
        return bool(last) and _always_exits(last[-1])
    return False


def _early_exits(block: Node, names: frozenset[str]) -> list[tuple[int, Node]]:
    """(end byte, test) of the `if test: return ...` (no `else`) of a block that test a
    parameter (`names`), in order, each test once (a later one of the same test adds
    nothing): short however long the block."""
    out: list[tuple[int, Node]] = []
    seen: set[tuple[str, str, bool, bool, tuple[str, float] | None]] = set()
    for sibling in block.named_children:
        if sibling.type != "if_statement":
            continue
        condition = sibling.child_by_field_name("condition")
        consequence = sibling.child_by_field_name("consequence")
        alternative = sibling.child_by_field_name("alternative")
        if condition is None or consequence is None or alternative is not None:
            continue
        test = _test(condition)
        if test is None or test[0] not in names or test in seen:
            continue
        if _always_exits(consequence):
            seen.add(test)
            out.append((sibling.end_byte, condition))
    return out


@dataclass(frozen=True)
class _Condition:
    """A test on the way to a node: `value` the value it must have, `branch` the part of
    the statement or expression the node runs in (None for an early exit), `null` when
    `test` is the operand of a `??` / `??=` / `||=` read for emptiness."""

    test: Node
    value: bool
    branch: Node | None
    null: bool = False
    # the default value of the parameter `test`: it runs whenever the argument is omitted
    default: bool = False


def _conditions(
    node: Node,
    function: Node,
    exits: dict[int, list[tuple[int, Node]]],
    names: frozenset[str],
) -> list[_Condition] | None:
    """The tests (and the value each must have) that lead to `node` in `function`;
    None when `node` is not inside it within MAX_DEPTH. `exits`: `_early_exits` by block
    (of the parameters `names`)."""
    out: list[_Condition] = []
    child, parent = node, node.parent
    for _ in range(MAX_DEPTH):
        if parent is None:
            return None
        if parent.id == function.id:
            return out
        kind = parent.type
        if kind == "if_statement":
            condition = parent.child_by_field_name("condition")
            consequence = parent.child_by_field_name("consequence")
            if condition is not None and child.id != condition.id:
                if consequence is not None and child.id == consequence.id:
                    out.append(_Condition(condition, True, child))
                else:  # an `else` / `elif` / `else if`: the test was false
                    out.append(_Condition(condition, False, child))
        elif kind == "elif_clause":
            condition = parent.child_by_field_name("condition")
            consequence = parent.child_by_field_name("consequence")
            if condition is not None and consequence is not None and child.id == consequence.id:
                out.append(_Condition(condition, True, child))
        elif kind == "conditional_expression" and parent.named_child_count == 3:
            body, condition, orelse = parent.named_children
            if child.id == body.id:
                out.append(_Condition(condition, True, child))
            elif child.id == orelse.id:
                out.append(_Condition(condition, False, child))
        elif kind == "ternary_expression":
            condition = parent.child_by_field_name("condition")
            if condition is not None and child.id != condition.id:
                consequence = parent.child_by_field_name("consequence")
                taken = consequence is not None and child.id == consequence.id
                out.append(_Condition(condition, taken, child))
        elif kind in ("boolean_operator", "binary_expression", "augmented_assignment_expression"):
            left = parent.child_by_field_name("left")
            operator = _text(parent.child_by_field_name("operator"))
            if left is not None and child.id != left.id:
                if operator in ("and", "&&", "&&="):
                    out.append(_Condition(left, True, child))
                elif operator in ("or", "||", "||="):
                    out.append(_Condition(left, False, child))
                elif operator in ("??", "??="):  # the right runs when the left is empty
                    out.append(_Condition(left, True, child, null=True))
        elif kind in _BLOCKS:
            # `if not flag: return ...` earlier in the same block: the rest runs when false
            found = exits.get(parent.id)
            if found is None:
                found = exits[parent.id] = _early_exits(parent, names)
            for end, condition in found:
                if end > child.start_byte:
                    break
                out.append(_Condition(condition, False, None))
        elif kind in ("required_parameter", "optional_parameter"):
            # `at: Date = new Date()`: a TypeScript default runs when the argument is
            # `undefined` (a Python default runs once, when the `def` does)
            name = parent.child_by_field_name("pattern")
            if child.id == getattr(parent.child_by_field_name("value"), "id", None):
                if name is not None and name.type == "identifier":
                    out.append(_Condition(name, True, child, null=True, default=True))
        elif kind in _FUNCTIONS:
            return None  # a nested function: runs when it is called, not here
        child, parent = parent, parent.parent
    return None


class GuardReader:
    """`guards_of` for many nodes of one tree: what it reads of a function (its
    parameters, the names it assigns) and of a block (its early exits) is read once."""

    def __init__(self) -> None:
        self.params: dict[int, list[_Param] | None] = {}
        self.assigned: dict[tuple[int, str], tuple[Node, ...]] = {}
        self.exits: dict[int, list[tuple[int, Node]]] = {}
        self.methods: dict[int, bool] = {}  # for the callers: is the function a method
        # nodes read at most (each climbs its ancestors): past it, nothing is settled
        self.budget = MAX_NODES

    def spend(self) -> bool:
        self.budget -= 1
        return self.budget >= 0

    def guards_of(self, node: Node, function: Node) -> tuple[ParamGuard, ...]:
        if not self.spend():
            return ()
        if function.id not in self.params:
            self.params[function.id] = _parameters(function)
        if not self.params[function.id]:
            return ()
        return guards_of(node, function, self)


def guards_of(
    node: Node, function: Node, reader: GuardReader | None = None
) -> tuple[ParamGuard, ...]:
    """The tests of `function`'s parameters that must hold for `node` to run."""
    reader = reader or GuardReader()
    params = reader.params.get(function.id)
    if function.id not in reader.params:
        params = reader.params[function.id] = _parameters(function)
    if not params:
        return ()
    by_name = {p.name: p for p in params}
    conditions = _conditions(node, function, reader.exits, frozenset(by_name))
    if not conditions:
        return ()
    out: list[ParamGuard] = []
    for condition in conditions:
        test = _test(condition.test, condition.null)
        if test is None or test[0] not in by_name:
            continue
        name, member, polarity, null, compare = test
        key = (function.id, name)
        if key not in reader.assigned:
            reader.assigned[key] = _assignments(function, name)
        if any(
            not _harmless(assignment, condition.branch, condition.test, name)
            for assignment in reader.assigned[key]
        ):
            continue
        param = by_name[name]
        if compare is not None:
            default = None if member or param.default is None else _compared(param.default, compare)
        else:
            default = True if condition.default else _default(param, member, null)
        guard = ParamGuard(
            name, param.index, member, condition.value == polarity, default, null, compare
        )
        if guard not in out:
            out.append(guard)
    return tuple(out)


def _default(param: _Param, member: str, null: bool) -> bool | None:
    """The test's value when the call omits the parameter: its default's truthiness (or,
    for a `null` test, whether it is empty); None when that cannot be told."""
    if null:
        if member:
            return None
        if param.default is None:  # TypeScript: `undefined`; Python: a required parameter
            return True if param.script else None
        return _nullness(param.default, None)
    if param.default is not None:
        return _truthiness(param.default, member)
    # TypeScript: `undefined` (whose members cannot be read); Python: required
    return False if param.script and not member else None


def _truthiness(value: Node, member: str = "") -> bool | None:
    """Whether a literal is truthy (of its `member`, for an object literal), None when it
    is not a literal (or the member cannot be known)."""
    value = _unwrap(value)
    kind = value.type
    if member:
        if kind != "object":
            return None
        for entry in value.named_children:
            if entry.type in (
                "spread_element",
                "shorthand_property_identifier",
                "method_definition",
            ):
                if entry.type != "shorthand_property_identifier" or _text(entry) == member:
                    return None
                continue
            if entry.type != "pair":
                continue
            key = entry.child_by_field_name("key")
            held = entry.child_by_field_name("value")
            if key is None or held is None or key.type == "computed_property_name":
                return None
            if _text(key).strip("\"'") == member:
                return _truthiness(held)
        return False  # not there: `undefined`
    if kind in ("true", "True"):
        return True
    if kind in ("false", "False", "none", "null", "undefined"):
        return False
    if kind == "identifier":
        return False if _text(value) == "undefined" else None
    if kind in ("integer", "float", "number"):
        text = _text(value).replace("_", "").lower().rstrip("jln")
        try:
            return float(text) != 0 if not text.startswith("0x") else int(text, 16) != 0
        except ValueError:
            return None
    if kind == "string":
        if any(c.type == "interpolation" for c in value.named_children):
            return None
        content = [c for c in value.named_children if c.type not in ("string_start", "string_end")]
        return bool(content)
    if kind == "template_string":
        if any(c.type == "template_substitution" for c in value.named_children):
            return None
        return len(_text(value)) > 2
    if kind in ("object", "array", "arrow_function", "function_expression", "new_expression"):
        return True  # JavaScript objects are truthy, empty or not
    if _builds_datetime(value):
        return True  # a `date` / `datetime` (no `__bool__` / `__len__`)
    if kind in ("list", "dictionary", "tuple", "set"):
        return value.named_child_count > 0
    return None


def _splat_keys(arg: Node, resolve: Resolve | None) -> dict[str, Node] | None:
    """The keys and values a `**spread` hands a call by name, when it spreads a dict
    literal (written there, or a constant `resolve` knows: `**QUIET`) with string keys
    only; None when they cannot be known."""
    operand = _unwrap(arg.named_children[0]) if arg.named_children else None
    if operand is not None and operand.type == "identifier" and resolve is not None:
        operand = resolve(operand)
    if operand is None or operand.type != "dictionary":
        return None
    keys: dict[str, Node] = {}
    for entry in operand.named_children:
        if entry.type == "comment":
            continue
        key = entry.child_by_field_name("key") if entry.type == "pair" else None
        value = entry.child_by_field_name("value") if entry.type == "pair" else None
        if key is None or value is None or key.type != "string":
            return None
        if any(c.type == "interpolation" for c in key.named_children):
            return None
        keys[_text(key)[1:-1]] = value
    return keys


def _argument(
    call: Node, guard: ParamGuard, resolve: Resolve | None = None
) -> tuple[bool, Node | None]:
    """(known, value) of the guarded parameter at `call`: (True, None) when omitted,
    (False, None) when it cannot be told (a spread, a `**kwargs`)."""
    arguments = call.child_by_field_name("arguments")
    if arguments is None or arguments.type not in ("argument_list", "arguments"):
        return False, None
    position = 0
    spread: Node | None = None
    for arg in arguments.named_children:
        kind = arg.type
        if kind == "comment":
            continue
        if kind == "dictionary_splat":
            keys = _splat_keys(arg, resolve)
            if keys is None:
                return False, None
            if guard.name in keys:
                spread = keys[guard.name]  # a later keyword would be a TypeError
            continue
        if kind in ("list_splat", "spread_element"):
            return False, None
        if kind == "keyword_argument":
            if _text(arg.child_by_field_name("name")) == guard.name:
                return True, arg.child_by_field_name("value")
            continue
        if position == guard.index:
            return True, arg
        position += 1
    return True, spread


# Calls whose value is never `None` / `null`: Python's builtin constructors and
# conversions, and the `date` / `datetime` constructors (`date.fromisoformat(s)`).
_GIVEN_CALLS = frozenset(
    {
        "str",
        "int",
        "float",
        "bool",
        "list",
        "dict",
        "tuple",
        "set",
        "frozenset",
        "len",
        "sorted",
        "repr",
        "abs",
        "round",
        "String",
        "Number",
        "Boolean",
        "fromisoformat",
        "strptime",
        "fromtimestamp",
        "utcfromtimestamp",
        "fromordinal",
        "combine",
        "timedelta",
        "date",
        "datetime",
        "time",
        "Decimal",
    }
)
# Calls building a `date` / `datetime`, which is always truthy.
_TRUTHY_CALLS = frozenset(
    {
        "date",
        "datetime",
        "fromisoformat",
        "strptime",
        "fromtimestamp",
        "utcfromtimestamp",
        "fromordinal",
        "combine",
    }
)
# Methods of a `date` / `datetime` that give another one (`.astimezone(tz)`,
# `.replace(hour=3)`, `.date()`): never `None`, always truthy.
_DATETIME_METHODS = frozenset({"astimezone", "replace", "date", "time", "timetz"})


def _builds_datetime(value: Node, depth: int = 0) -> bool:
    """Is `value` a `date` / `datetime` / `time` built here: a constructor call
    (`datetime.fromisoformat(s)`), such a value's method giving another one
    (`datetime.fromisoformat(s).astimezone(TZ)`, `d.replace(hour=3)` of such a `d`), or
    one moved by a `timedelta` (`start + timedelta(days=1)`)?"""
    value = _unwrap(value)
    if depth > _MAX_HOPS:
        return False
    if value.type == "binary_operator":
        operator = _text(value.child_by_field_name("operator"))
        left, right = value.child_by_field_name("left"), value.child_by_field_name("right")
        if operator not in ("+", "-") or left is None or right is None:
            return False
        sides = (_unwrap(left), _unwrap(right))
        return any(
            _builds_datetime(a, depth + 1) and b.type == "call" and _callee_name(b) == "timedelta"
            for a, b in (sides, sides[::-1])
        )
    if value.type != "call":
        return False
    name = _callee_name(value)
    callee = value.child_by_field_name("function")
    callee = _unwrap(callee) if callee is not None else None
    if name in _DATETIME_METHODS and callee is not None and callee.type == "attribute":
        receiver = callee.child_by_field_name("object")
        if receiver is not None and _builds_datetime(receiver, depth + 1):
            return True
    return name in _TRUTHY_CALLS


# Annotations that admit an empty value.
_EMPTY_TYPES = ("None", "Optional", "Any", "object", "undefined", "null", "any", "unknown", "void")
_NEVER_EMPTY = frozenset(
    {
        "true",
        "false",
        "integer",
        "float",
        "number",
        "string",
        "concatenated_string",
        "template_string",
        "list",
        "dictionary",
        "tuple",
        "set",
        "list_comprehension",
        "dictionary_comprehension",
        "set_comprehension",
        "object",
        "array",
        "arrow_function",
        "function_expression",
        "lambda",
        "new_expression",
        "comparison_operator",
        "not_operator",
        "binary_operator",
        "unary_operator",
    }
)


def _nullness(value: Node, call: Node | None, depth: int = 0) -> bool | None:
    """Whether an argument (or a default) is `None` / `null` / `undefined`: True, False, or
    None when that cannot be told. `call`: where it is passed, to read the names it uses:
    a parameter of the calling function passed on (`partition_for(run_day)` in `def
    main(run_day: str)`), a local or a module constant bound once to a given value, a
    field of a typed input (`cfg.day`), the result of a function of the file whose
    declared return type has no None (`await fetch_day(r)` of `-> str`)."""
    value = _unwrap(value)
    kind = value.type
    if kind in _NULLS or (kind == "identifier" and _text(value) == "undefined"):
        return True
    if kind in _NEVER_EMPTY:
        return False
    if depth > _MAX_HOPS:
        return None
    if kind == "binary_expression":  # not `a ?? b`, `a || b`, `a && b`: may be empty
        operator = _text(value.child_by_field_name("operator"))
        return None if operator in ("??", "||", "&&") else False
    if kind == "unary_expression":
        return False if _text(value.child_by_field_name("operator")) != "void" else True
    if kind in ("await", "await_expression") and value.named_child_count == 1:
        awaited = _unwrap(value.named_children[0])
        if awaited.type in ("call", "call_expression"):
            return _nullness(awaited, call, depth + 1)
        return None
    if kind in ("call", "call_expression"):
        name = _callee_name(value)
        if not name:
            return None
        if name in _GIVEN_CALLS or (name[:1].isupper() and name[1:2].islower()):
            return False  # a class built (`Window(...)`), a conversion
        callee = value.child_by_field_name("function")
        callee = _unwrap(callee) if callee is not None else None
        if any(c.type == "optional_chain" for c in value.children):
            return None  # `fn?.()`: undefined when `fn` is
        if callee is not None and callee.type in ("attribute", "member_expression"):
            if "?." in _text(callee):
                return None  # `day?.trim()`, `inp?.day.trim()`: undefined when `inp` is
            return False if name in _GIVEN_METHODS or _builds_datetime(value) else None
        if name == "step" and call is not None and _step_given(value, call, depth):
            return False
        if callee is not None and callee.type == "identifier" and call is not None:
            return False if _returns_given(call, name) else None
        return None
    if call is None:
        return None
    if kind == "identifier":
        name = _text(value)
        if _annotated_given(call, name) or _bound_given(call, name, depth):
            return False
        return False if _constant_given(call, name, depth) else None
    if kind in ("subscript", "member_expression", "attribute"):
        return False if _field_given(value, call, depth) else None
    return None


# How many names one argument's value is followed through (`d = day; e = d`).
_MAX_HOPS = 4
# Methods that hand back a string (or a number) and never `None` / `null`.
_GIVEN_METHODS = frozenset(
    {
        "isoformat",
        "strftime",
        "strip",
        "lstrip",
        "rstrip",
        "lower",
        "upper",
        "title",
        "casefold",
        "removeprefix",
        "removesuffix",
        "zfill",
        "hexdigest",
        "total_seconds",
        "timestamp",
        "toISOString",
        "toDateString",
        "toUTCString",
        "toFixed",
        "getTime",
        "trim",
        "trimStart",
        "trimEnd",
        "toLowerCase",
        "toUpperCase",
        "padStart",
        "padEnd",
    }
)
_BINDINGS = frozenset(
    {
        "assignment",
        "augmented_assignment",
        "named_expression",
        "for_statement",
        "for_in_statement",
        "for_in_clause",
        "as_pattern_target",
        "pattern_list",
        "tuple_pattern",
        "list_pattern",
        "global_statement",
        "nonlocal_statement",
        "typed_parameter",
        "default_parameter",
        "typed_default_parameter",
        "required_parameter",
        "optional_parameter",
        "parameters",
        "formal_parameters",
        "lambda_parameters",
        "variable_declarator",
        "catch_clause",
        "array_pattern",
        "object_pattern",
        "pair_pattern",
        "assignment_expression",
        "augmented_assignment_expression",
        "update_expression",
        "delete_statement",
        "import_statement",
        "import_from_statement",
        "aliased_import",
        "dotted_name",
        "import_specifier",
        "import_clause",
        "namespace_import",
        "function_definition",
        "function_declaration",
        "class_definition",
        "class_declaration",
        "arrow_function",
    }
)


def _root(node: Node) -> Node:
    while node.parent is not None:
        node = node.parent
    return node


def _given_type(annotation: Node | None, hops: int = 0) -> bool:
    """Does a type annotation leave out `None` / `null` / `undefined`? A name of a type
    alias of the file is read through (`type MaybeDay = string | null`)."""
    if annotation is None:
        return False
    text = _text(annotation)
    words = set("".join(c if c.isalnum() or c == "_" else " " for c in text).split())
    if not words or words & set(_EMPTY_TYPES) or "?" in text:
        return False
    aliases = _aliases(_root(annotation))
    for word in words & set(aliases):
        if hops > _MAX_HOPS or not _given_type(aliases[word], hops + 1):
            return False
    return True


_ALIASES: list[tuple[Node, dict[str, Node]]] = []  # as `_NAME_INDEX`


def _aliases(root: Node) -> dict[str, Node]:
    """The module-level type aliases of the file, by name: `type X = ...` (both
    languages), and in Python any module-level `X = ...` / `X: TypeAlias = ...` (read as
    a possible alias: its value is checked as a type)."""
    for known, found in _ALIASES:
        if known == root:
            return found
    out: dict[str, Node] = {}
    if len(_ALIASES) >= 4:
        del _ALIASES[0]
    _ALIASES.append((root, out))
    for statement in root.named_children:
        node = statement
        if node.type == "export_statement":
            node = node.child_by_field_name("declaration") or node
        if node.type == "expression_statement" and node.named_child_count == 1:
            node = node.named_children[0]
        if node.type in ("type_alias_declaration", "type_alias_statement"):
            named = node.child_by_field_name("name") or node.child_by_field_name("left")
            held = node.child_by_field_name("value") or node.child_by_field_name("right")
            if named is not None and held is not None:
                out[_text(named).split("[")[0].strip()] = held
        elif node.type == "assignment":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is not None and left.type == "identifier" and right is not None:
                out[_text(left)] = right
    return out


# The identifiers of the last few trees read, by name (each file is walked once). The
# roots are kept: a tree kept alive is never confused with a later one (`==` compares
# the node and its tree).
_NAME_INDEX: list[tuple[Node, dict[bytes, list[Node]]]] = []


def _name_index(root: Node) -> dict[bytes, list[Node]]:
    for known, index in _NAME_INDEX:
        if known == root:
            return index
    index = {}
    stack = [root]
    while stack:
        current = stack.pop()
        if current.type in ("identifier", "shorthand_property_identifier_pattern"):
            index.setdefault(current.text or b"", []).append(current)
            continue
        stack.extend(current.named_children)
    if len(_NAME_INDEX) >= 4:
        del _NAME_INDEX[0]
    _NAME_INDEX.append((root, index))
    return index


def _identifiers(node: Node, data: bytes) -> list[Node]:
    """The identifiers spelled `data` inside `node`."""
    return [i for i in _name_index(_root(node)).get(data, ()) if _within(i, node)]


# The field of a binding form that holds the name it binds (the others are reads).
_BINDING_FIELDS = {
    "assignment": "left",
    "augmented_assignment": "left",
    "assignment_expression": "left",
    "augmented_assignment_expression": "left",
    "for_statement": "left",
    "for_in_statement": "left",
    "for_in_clause": "left",
    "default_parameter": "name",
    "typed_default_parameter": "name",
    "required_parameter": "pattern",
    "optional_parameter": "pattern",
    "named_expression": "name",
    "variable_declarator": "name",
    "catch_clause": "parameter",
    "arrow_function": "parameter",
    "pair_pattern": "value",
    "function_definition": "name",
    "function_declaration": "name",
    "class_definition": "name",
    "class_declaration": "name",
}


def _binding(identifier: Node) -> bool:
    """Is this occurrence of a name one that binds it (left of an assignment, a
    parameter, a loop target, an import, a declaration)?"""
    parent = identifier.parent
    if parent is None:
        return False
    field = _BINDING_FIELDS.get(parent.type)
    if field is not None:
        held = parent.child_by_field_name(field)
        return held is not None and held.id == identifier.id
    return parent.type in _BINDINGS


def _shadowed(call: Node, name: str) -> bool:
    """Is `name` bound in a function around `call` (a parameter, a local)?"""
    data = name.encode()
    function = enclosing_function(call)
    for _ in range(MAX_DEPTH):
        if function is None:
            return False
        if any(_binding(i) for i in _identifiers(function, data)):
            return True
        function = enclosing_function(function)
    return True


def _constant_given(call: Node, name: str, depth: int) -> bool:
    """Is `name`, at `call`, a module constant bound once to a given value and never
    rebound (`REGION = "eu"`, `const DEFAULT_DAY = "2024-01-01"`)?"""
    if not name or _shadowed(call, name):
        return False
    root = _root(call)
    bindings = [i for i in _identifiers(root, name.encode()) if _binding(i)]
    if len(bindings) != 1:
        return False
    binding = bindings[0]
    holder = binding.parent
    if holder is None:
        return False
    if holder.type == "assignment":
        statement = holder.parent
        if statement is None or statement.type != "expression_statement":
            return False
        if statement.parent is None or statement.parent.type != "module":
            return False
        held = holder.child_by_field_name("right")
    elif holder.type == "variable_declarator":
        declaration = holder.parent
        if declaration is None or declaration.type != "lexical_declaration":
            return False
        if not declaration.children or _text(declaration.children[0]) != "const":
            return False
        place = declaration.parent
        if place is not None and place.type == "export_statement":
            place = place.parent
        if place is None or place.type != "program":
            return False
        held = holder.child_by_field_name("value")
    else:
        return False
    return held is not None and _nullness(held, holder, depth + 1) is False


def _declarations(root: Node) -> Iterator[Node]:
    """The module's top-level statements, each read under its decorators or `export`."""
    for statement in root.named_children:
        node = statement
        if node.type == "decorated_definition":
            node = node.child_by_field_name("definition") or node
        if node.type == "export_statement":
            node = node.child_by_field_name("declaration") or node
        yield node


def _definition(root: Node, name: str) -> Node | None:
    """The module-level function `name` of the file (under its decorators), or the
    function a module `const name = task(async (...): T => ...)` / `const name = async
    (...): T => ...` holds."""
    data = name.encode()
    for node in _declarations(root):
        if node.type in ("function_definition", "function_declaration"):
            declared = node.child_by_field_name("name")
            if declared is not None and declared.text == data:
                return node
        if node.type == "lexical_declaration":
            for declarator in node.named_children:
                if declarator.type != "variable_declarator":
                    continue
                declared = declarator.child_by_field_name("name")
                held = declarator.child_by_field_name("value")
                if declared is None or declared.text != data or held is None:
                    continue
                held = _unwrap(held)
                if held.type in ("call_expression",) and _callee_name(held) == "task":
                    arguments = held.child_by_field_name("arguments")
                    functions = [
                        a
                        for a in (arguments.named_children if arguments is not None else [])
                        if a.type in ("arrow_function", "function_expression")
                    ]
                    return functions[0] if len(functions) == 1 else None
                if held.type in ("arrow_function", "function_expression"):
                    return held
                return None
    return None


def _returns_given(call: Node, name: str) -> bool:
    """Is `name` a function of the file (or a task built from one) whose declared return
    type has no None (`-> str`, `Promise<string>`), not shadowed at `call`?"""
    root = _root(call)
    if _shadowed(call, name):
        return False
    bindings = [i for i in _identifiers(root, name.encode()) if _binding(i)]
    if len(bindings) != 1:
        return False
    function = _definition(root, name)
    return function is not None and _given_type(function.child_by_field_name("return_type"))


def _step_given(step: Node, call: Node, depth: int) -> bool:
    """Is `step("today", fn)` known to give a value: `fn` a lambda / arrow whose
    expression is given (`lambda: datetime.now().isoformat()`, `() => new
    Date().toISOString()`), or declares a return type without None, or a function of
    the file that does? (The checkpoint keeps a string a string, a number a number.)"""
    arguments = step.child_by_field_name("arguments")
    if arguments is None:
        return False
    given = [a for a in arguments.named_children if a.type not in ("comment", "keyword_argument")]
    if len(given) != 2:
        return False
    function = _unwrap(given[1])
    if function.type == "identifier":
        return _returns_given(call, _text(function))
    if function.type not in ("lambda", "arrow_function"):
        return False
    if _given_type(function.child_by_field_name("return_type")):
        return True
    body = function.child_by_field_name("body")
    if body is None or body.type == "statement_block":
        return False
    return _nullness(body, body, depth + 1) is False


def _field_given(value: Node, call: Node, depth: int) -> bool:
    """Is `value` a field known to be given: `cfg.day` / `cfg["day"]` of a parameter
    typed by a class, TypedDict, interface or object type of the file whose field
    `day` is declared without None, or `days["eu"]` / `days.eu` of a local or module
    constant bound once to a dict / object literal holding a given value at `eu`?"""
    if value.type == "subscript":
        base = value.child_by_field_name("value")
        key = value.child_by_field_name("subscript")
        if base is not None and base.type == "identifier":
            annotation = _parameter_annotation(call, _text(base))
            if annotation is not None and _CONTAINER.match(_text(annotation)):
                return True  # `rows[0]` of `list[str]`, `opts["day"]` of `dict[str, str]`
        if (
            key is None
            or key.type != "string"
            or any(c.type == "interpolation" for c in key.named_children)
        ):
            return False
        field = _text(key)[1:-1] if len(_text(key)) >= 2 else ""
    else:
        base = value.child_by_field_name("object")
        prop = value.child_by_field_name("property") or value.child_by_field_name("attribute")
        if prop is None or prop.type not in ("identifier", "property_identifier"):
            return False
        if _text(value)[len(_text(base)) if base is not None else 0 :].startswith("?"):
            return False
        field = _text(prop)
    if base is None or base.type != "identifier" or not field:
        return False
    name = _text(base)
    annotation = _parameter_annotation(call, name)
    if annotation is not None:
        return _typed_field_given(_root(call), _text(annotation).lstrip(":").strip(), field)
    element = _element_type(call, name)
    if element is not None:
        return _typed_field_given(_root(call), element, field)
    held = _bound_once(call, name)
    if held is None:
        return False
    return _literal_field_given(held, name, field, call, depth)


def _parameter_annotation(call: Node, name: str) -> Node | None:
    """The annotation of `name`, a parameter of the function around `call` that is never
    reassigned (None otherwise)."""
    function = enclosing_function(call)
    params = function.child_by_field_name("parameters") if function is not None else None
    if function is None or params is None:
        return None
    for param in params.named_children:
        if param.type == "typed_parameter":
            named = next((c for c in param.named_children if c.type == "identifier"), None)
        elif param.type in ("typed_default_parameter", "required_parameter"):
            named = param.child_by_field_name("name") or param.child_by_field_name("pattern")
        else:
            continue
        if named is None or _text(named) != name:
            continue
        annotation = param.child_by_field_name("type")
        if not _given_type(annotation) or _assigned(function, name):
            return None
        return annotation
    return None


# Python containers whose item, read by a subscript, has the (given) declared type or
# raises (`KeyError`, `IndexError`): never `None` when no word of the annotation is.
_CONTAINER = re.compile(
    r"\s*(?:dict|Dict|Mapping|MutableMapping|list|List|Sequence|MutableSequence|tuple|Tuple)\["
)
# `list[Lease]`, `Sequence[Lease]`, `Lease[]`, `Array<Lease>`: the element type named.
_SEQUENCE_TYPES = (
    re.compile(r"(?:list|List|Sequence|Iterable|tuple|Tuple)\[\s*(\w+)\s*(?:,\s*\.\.\.\s*)?\]"),
    re.compile(r"(\w+)\[\]"),
    re.compile(r"(?:Array|ReadonlyArray)<\s*(\w+)\s*>"),
)


def _element_type(call: Node, name: str) -> str | None:
    """The element type of the loop `for name in leases` / `for (const name of leases)`
    (or comprehension) around `call`, where `leases` is a parameter annotated with a
    sequence of a named type (`list[Lease]`, `Lease[]`) and `name` is bound nowhere else
    in the function."""
    function = enclosing_function(call)
    if function is None:
        return None
    bindings = [i for i in _identifiers(function, name.encode()) if _binding(i)]
    if len(bindings) != 1:
        return None
    loop = bindings[0].parent
    if loop is None or loop.type not in ("for_statement", "for_in_statement", "for_in_clause"):
        return None
    if loop.type == "for_in_statement" and not any(c.type == "of" for c in loop.children):
        return None  # `for (k in obj)`: the keys
    scope = loop.parent if loop.type == "for_in_clause" else loop  # the comprehension
    if scope is None or not _within(call, scope):
        return None
    source = loop.child_by_field_name("right")
    source = _unwrap(source) if source is not None else None
    if source is None or source.type != "identifier":
        return None
    annotation = _parameter_annotation(call, _text(source))
    if annotation is None:
        return None
    text = _text(annotation).lstrip(":").strip()
    for pattern in _SEQUENCE_TYPES:
        match = pattern.fullmatch(text)
        if match is not None:
            return match.group(1)
    return None


def _typed_field_given(root: Node, type_name: str, field: str) -> bool:
    if not type_name.isidentifier():
        return False
    data = type_name.encode()
    for node in _declarations(root):
        declared = node.child_by_field_name("name")
        if declared is None or declared.text != data:
            continue
        body = node.child_by_field_name("body") or node.child_by_field_name("value")
        if body is None:
            return False
        if node.type == "class_definition":
            for entry in body.named_children:
                assignment = entry.named_children[0] if entry.named_children else None
                if entry.type != "expression_statement" or assignment is None:
                    continue
                if assignment.type != "assignment":
                    continue
                left = assignment.child_by_field_name("left")
                if left is None or _text(left) != field:
                    continue
                right = assignment.child_by_field_name("right")
                if right is not None and _unwrap(right).type not in _NEVER_EMPTY:
                    return False  # `Field(default=None)`, `field(default=...)`: not read
                return _given_type(assignment.child_by_field_name("type"))
            return False
        if node.type in ("interface_declaration", "type_alias_declaration"):
            if body.type not in ("interface_body", "object_type"):
                return False
            for entry in body.named_children:
                if entry.type != "property_signature":
                    continue
                key = entry.child_by_field_name("name")
                if key is None or _text(key) != field:
                    continue
                if any(c.type == "?" for c in entry.children):
                    return False
                return _given_type(entry.child_by_field_name("type"))
            return False
        return False
    return False


def _bound_once(call: Node, name: str) -> Node | None:
    """The value `name` is bound to once, never rebound, in the function around `call`
    or (not bound in any function around it) in the module; None otherwise."""
    function = enclosing_function(call)
    data = name.encode()
    if function is not None and any(_binding(i) for i in _identifiers(function, data)):
        scope = function
    elif _shadowed(call, name):
        return None
    else:
        scope = _root(call)
    bindings = [i for i in _identifiers(scope, data) if _binding(i)]
    if len(bindings) != 1:
        return None
    holder = bindings[0].parent
    if holder is None:
        return None
    if holder.type == "assignment":
        return holder.child_by_field_name("right")
    if holder.type == "variable_declarator":
        declaration = holder.parent
        if declaration is None or not declaration.children:
            return None
        if _text(declaration.children[0]) != "const":
            return None
        return holder.child_by_field_name("value")
    return None


def _literal_field_given(held: Node, name: str, field: str, call: Node, depth: int) -> bool:
    """Does the dict / object literal `held` (bound to `name`) hold a given value at
    `field`, and is every other use of `name` a read of one of its keys (nothing can
    change it)?"""
    held = _unwrap(held)
    if held.type not in ("dictionary", "object"):
        return False
    found: Node | None = None
    for entry in held.named_children:
        if entry.type in ("comment",):
            continue
        if entry.type != "pair":
            return False  # a spread, a shorthand: the keys are not all known
        key = entry.child_by_field_name("key")
        if key is None or key.type == "computed_property_name":
            return False
        text = _text(key)
        if key.type == "string":
            text = text[1:-1]
        if text == field:
            found = entry.child_by_field_name("value")
    if found is None or _nullness(found, held, depth + 1) is not False:
        return False
    scope = _root(call)
    for use in _identifiers(scope, name.encode()):
        if _binding(use):
            continue
        parent = use.parent
        if parent is None or parent.type not in ("subscript", "member_expression"):
            return False
        outer = parent.parent
        if outer is None or outer.type in ("delete_statement", "unary_expression"):
            return False  # `del days["eu"]`, `delete days.eu`
        if outer.type in (
            "assignment",
            "augmented_assignment",
            "assignment_expression",
            "augmented_assignment_expression",
        ):
            left = outer.child_by_field_name("left")
            if left is None or left.id == parent.id:
                return False
        if outer.type in ("call", "call_expression"):
            callee = outer.child_by_field_name("function")
            if callee is None or callee.id == parent.id:
                return False  # `days.update(...)`, `days.pop(...)`
    return True


def _callee_name(call: Node) -> str:
    """The last name of a call's callee: `fromisoformat` of `date.fromisoformat(s)`."""
    callee = call.child_by_field_name("function")
    callee = _unwrap(callee) if callee is not None else None
    if callee is not None and callee.type in ("attribute", "member_expression"):
        callee = callee.child_by_field_name("attribute") or callee.child_by_field_name("property")
    return _text(callee)


def _bound_given(call: Node, name: str, depth: int = 0) -> bool:
    """Is `name`, at `call`, a local of the calling function every assignment of which
    gives a value known not empty (`day = date.fromisoformat(s)`, `const at = new
    Date(s)`)?"""
    function = enclosing_function(call)
    if function is None:
        return False
    body = function.child_by_field_name("body")
    if body is None:
        return False
    values: list[Node] = []
    for identifier in _identifiers(body, name.encode()):
        if not _binding(identifier) and (
            identifier.parent is None or identifier.parent.type not in _PATTERNS
        ):
            continue
        holder = identifier.parent
        if holder is not None and holder.type == "assignment":
            right = holder.child_by_field_name("right")
            if right is None:
                return False
            values.append(right)
        elif holder is not None and holder.type == "variable_declarator":
            # `const at = new Date(s)`: a declaration of the function (not nested)
            if enclosing_function(holder) != function:
                continue
            held = holder.child_by_field_name("value")
            if held is None:
                return False
            values.append(held)
        else:
            return False  # augmented, unpacked into, a loop target, a nested parameter
    return bool(values) and all(_nullness(v, v, depth + 1) is False for v in values)


def _annotated_given(call: Node, name: str) -> bool:
    """Is `name`, at `call`, a parameter of the calling function annotated with a type
    that does not admit an empty value, without an empty default, never reassigned?"""
    function = enclosing_function(call)
    params = function.child_by_field_name("parameters") if function is not None else None
    if function is None or params is None:
        return False
    for param in params.named_children:
        kind = param.type
        if kind == "typed_parameter":
            named = next((c for c in param.named_children if c.type == "identifier"), None)
            default = None
        elif kind in ("typed_default_parameter", "default_parameter"):
            named, default = param.child_by_field_name("name"), param.child_by_field_name("value")
        elif kind == "required_parameter":
            named = param.child_by_field_name("pattern")
            default = param.child_by_field_name("value")
        else:
            continue
        if named is None or _text(named) != name:
            continue
        annotation = param.child_by_field_name("type")
        if annotation is None:
            # `def main(day="2024-01-01")`, `(day = "2024-01-01") =>`: a given default
            if default is None or _nullness(default, None) is not False:
                return False
            return not _assigned(function, name)
        if not _given_type(annotation):
            return False
        if default is not None and _nullness(default, None) is not False:
            return False
        return not _assigned(function, name)
    return False


# Literals a guard can read through a name bound to one (see `bound_literal`).
_CONSTANT_LITERALS = frozenset(
    {"true", "false", "True", "False", "none", "null", "integer", "float", "number", "string"}
)
_CONSTANT_CONTAINERS = frozenset({"dictionary", "object"})
_TYPE_WRAPPERS = frozenset({"as_expression", "satisfies_expression", "parenthesized_expression"})


def bound_literal(semantic: Any, binding: Any, data: bytes) -> Node | None:
    """The literal a module-level name is bound to once (`QUIET = {"refresh": False}`,
    `PLAIN = { stamp: false } as const`, `LIVE = True`), for a guard to read where the
    name is handed to a helper; a dict / object literal only when the file (`data`) reads
    no member of the name nor calls a method on it, which may change it."""
    if binding.scope is not semantic.module or binding.node is None:
        return None
    binds = [i for i in _identifiers(_root(binding.node), binding.name.encode()) if _binding(i)]
    if len(binds) != 1:
        return None  # bound again somewhere, `global REGION` in a function included
    value: Node | None = binding.assigned_value
    while value is not None and value.type in _TYPE_WRAPPERS and value.named_children:
        value = value.named_children[0]  # `{ stamp: false } as const`
    if value is None or value.type not in _CONSTANT_LITERALS | _CONSTANT_CONTAINERS:
        return None
    if value.type in _CONSTANT_CONTAINERS and members_used(data, binding.name):
        return None
    return value


def members_used(data: bytes, name: str) -> bool:
    """Does the text read a member of `name` or call a method on it (`QUIET["x"] = 1`,
    `PLAIN.stamp`, `opts.update(...)`)?"""
    member = rb"(?<![\w.$])" + re.escape(name.encode()) + rb"\s*(\[|\.|\?\.)"
    return re.search(member, data) is not None


def never_runs(guards: tuple[ParamGuard, ...], call: Node, resolve: Resolve | None = None) -> bool:
    """Do `call`'s arguments make one of the guards false (so what it guards never runs)?
    `resolve` gives the literal a name of the caller is bound to, where one is known (a
    constant of the file or of a module it imports: `QUIET = {"refresh": False}`)."""
    for guard in guards:
        known, value = _argument(call, guard, resolve)
        if not known:
            continue
        if value is not None and resolve is not None and _unwrap(value).type == "identifier":
            value = resolve(_unwrap(value)) or value
        if value is None:
            truthy = guard.default
        elif guard.compare is not None:
            truthy = _compared(value, guard.compare) if not guard.member else None
        elif guard.null:
            truthy = _nullness(value, call) if not guard.member else None
        else:
            truthy = _truthiness(value, guard.member)
        if truthy is not None and truthy != guard.truthy:
            return True
    return False


def passed_on(guards: tuple[ParamGuard, ...], call: Node, function: Node) -> tuple[ParamGuard, ...]:
    """The guards of a function `call` reaches, as tests of the parameters of `function`
    (which makes the call) where `call` passes one of them on unchanged
    (`return label(order, with_time)`); the others are settled at `call` (`never_runs`)."""
    out: list[ParamGuard] = []
    params: list[_Param] | None = None
    for guard in guards:
        known, value = _argument(call, guard)
        if not known or value is None or _unwrap(value).type != "identifier":
            continue
        if params is None:
            params = _parameters(function) or []
        name = _text(_unwrap(value))
        param = next((p for p in params if p.name == name), None)
        if param is None or _assigned(function, name):
            continue
        if guard.compare is not None:
            default = (
                None
                if guard.member or param.default is None
                else _compared(param.default, guard.compare)
            )
        else:
            default = _default(param, guard.member, guard.null)
        out.append(
            ParamGuard(
                name, param.index, guard.member, guard.truthy, default, guard.null, guard.compare
            )
        )
    return tuple(out)
