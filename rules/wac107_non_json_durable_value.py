"""WAC107: a checkpointed value that does not survive the JSON round trip."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, partial
from pathlib import Path

from wac_lint.languages import LanguageKind
from wac_lint.model import ScriptModel, Span
from wac_lint.rule import WARNING, Fix, Rule, RuleContext, code_span, py, ts
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._json_classify import (
    BINARY_BODIES,
    FUNCTION_VALUES,
    NON_FINITE_LOSS,
    RESPONSE_LOSS,
    WEB_OBJECTS,
    SharedTaskResult,
    classify,
    classify_callee,
    helper_function,
    imported_function_loss,
    imported_result_loss,
    is_task_function,
    non_finite,
    returned,
    shared_task_result,
)
from wac_lint.rules._json_declared import (
    PLAIN_ENUM_BASES,
    VALUE_ENUM_BASES,
    annotated_base,
    class_bases,
    declared_instance_value,
    declared_loss,
    empty_container,
    local_class,
    named_tuple_fields,
    plain_enum,
    plainly_json,
    stdlib_named_tuple,
    type_names,
)
from wac_lint.rules._json_losses import Loss
from wac_lint.rules._json_reads import (
    JSON_TASK,
    NO_UNDEFINED,
    absent_value,
    always_writes,
    argument_receiver,
    checkpointed_values,
    container_members,
    durable_function_of,
    element_value,
    fields_read_from,
    fields_read_from_results,
    file_class,
    function_name,
    held_container,
    held_method_calls,
    held_once,
    member_root,
    null_tested_beside,
    own_function_members,
    partial_target,
    pattern_alternative,
    reaching_value,
    result_holders,
    result_rebuilt,
    sleeps,
    step_or_task_name,
    type_guarded,
    unpacked_mappings,
    value_dropped,
    whole_value,
)
from wac_lint.rules._sdk_calls import Node, Region
from wac_lint.semantic import BindingKind
from wac_lint.tree_paths import chain_root
from wac_lint.workspace.helper_resolution import star_imported, workspace_import_names

# Methods a `Counter` has and the plain dict JSON brings back does not.
COUNTER_METHODS = {"most_common", "elements", "total", "subtract"}


COUNTER_RESULTS = {LanguageKind.PYTHON: True, LanguageKind.TYPESCRIPT: False}


# Object literals with function members returned and then called (`fx.convert()`):
# TypeScript's (a Python result with methods is an instance of a class, judged as such).
FUNCTION_MEMBERS = {LanguageKind.PYTHON: False, LanguageKind.TYPESCRIPT: True}


DEAD_PYTHON = {"datetime", "date", "set", "frozenset", "tuple", "Decimal", "bytes"}


DEAD_TS = {"Date", "Map", "Set"}


ISINSTANCE = frozenset({"isinstance"})


def first_call_of(
    find: Callable[[], list[tuple[Node, Node, str]]],
) -> Callable[[], tuple[Node, Node, str] | None]:
    """The first of what `find` gives, found when first asked, once."""
    memo: list[tuple[Node, Node, str] | None] = []

    def first() -> tuple[Node, Node, str] | None:
        if not memo:
            found = find()
            memo.append(found[0] if found else None)
        return memo[0]

    return first


class RebuiltReads:
    """The kinds of value every read of a step's / task's result in the workflow
    rebuilds from its string form (`result_rebuilt`), worked out when first asked."""

    def __init__(self, model: ScriptModel, facts: sdk.Facts, fn: Node, where: str) -> None:
        self.model, self.facts, self.fn, self.where = model, facts, fn, where
        self.found: frozenset[str] | None = None

    def kinds(self) -> frozenset[str]:
        if self.found is None:
            calls = durable_calls_of(self.model, self.facts, self.fn, self.where)
            self.found = result_rebuilt(self.model, calls, self.facts.workflow_function)
        return self.found


def durable_calls_of(model: ScriptModel, facts: sdk.Facts, fn: Node, where: str) -> list[Node]:
    """The calls in the workflow function that run the step callback / task body `fn`;
    empty when one is elsewhere (a helper), or a task is named anywhere but in a call of
    it there (handed to `parallel`, `map`): then its reads are not all known."""
    wf = facts.workflow_function
    if wf is None:
        return []
    found: list[Node] = []
    if where == "step":
        for c in facts.calls:
            if c.primitive is not sdk.Primitive.STEP or len(c.args) < 2:
                continue
            given = sdk.unwrap(c.args[1]) or c.args[1]
            if given.id == fn.id:
                found.append(c.call)
    else:
        binding = None
        for t in facts.task_calls:
            info = t.task.function if t.task is not None else None
            if t.task is None or info is None or info.node.id != fn.id:
                continue
            if not t.names_task or t.task.binding is None:
                return []
            binding = t.task.binding
            found.append(t.call)
        if binding is None:
            return []
        # the definition names it once (`async def price` / `const price = task(...)`);
        # read in the text, so a mention in a string or comment only makes this give up
        named = len(
            re.findall(
                rf"(?<![\w$.]){re.escape(binding)}(?![\w$])", model.text(model.tree.root_node)
            )
        )
        if named != len(found) + 1:
            return []
    if any(not (wf.start_byte <= c.start_byte < wf.end_byte) for c in found):
        return []
    return found


def result_name(model: ScriptModel, call: Node) -> str | None:
    """`x` of `x = await t(...)` / `const x = await t(...)`."""
    node = model.parent_of(call)
    while node is not None and node.type in (
        "parenthesized_expression",
        "await",
        "await_expression",
    ):
        node = model.parent_of(node)
    if node is None:
        return None
    if node.type == "assignment":
        left = node.child_by_field_name("left")
    elif node.type == "variable_declarator":
        left = node.child_by_field_name("name")
    else:
        return None
    return model.text(left) if left is not None and left.type == "identifier" else None


def member_reads(model: ScriptModel, wf: Node) -> dict[str, list[Node]]:
    """The member accesses of the workflow function (`x.attr`, `x.m(...)`) on a plain
    name, by that name, in source order."""
    out: dict[str, list[Node]] = {}
    for kind in ("attribute", "member_expression"):
        for node in sdk.nodes_in(model, kind, wf):
            owner = node.child_by_field_name("object")
            if owner is not None and owner.type == "identifier":
                out.setdefault(model.text(owner), []).append(node)
    for nodes in out.values():
        nodes.sort(key=lambda n: n.start_byte)
    return out


def member_name(model: ScriptModel, node: Node) -> str:
    member = node.child_by_field_name("attribute") or node.child_by_field_name("property")
    return model.text(member) if member is not None else ""


# What a value that came back through JSON still has: a Python `str`'s members; a
# JavaScript string's, or a plain object's (`{}`).
PY_STR_MEMBERS = frozenset(dir(str))
JS_OBJECT_MEMBERS = frozenset(
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
JS_STRING_MEMBERS = JS_OBJECT_MEMBERS | frozenset(
    {
        "length",
        "at",
        "charAt",
        "charCodeAt",
        "codePointAt",
        "concat",
        "endsWith",
        "includes",
        "indexOf",
        "lastIndexOf",
        "localeCompare",
        "match",
        "matchAll",
        "normalize",
        "padEnd",
        "padStart",
        "repeat",
        "replace",
        "replaceAll",
        "search",
        "slice",
        "split",
        "startsWith",
        "substring",
        "toLowerCase",
        "toUpperCase",
        "trim",
        "trimEnd",
        "trimStart",
    }
)


def _python_kept(becomes: str) -> frozenset[str] | None:
    """A `str` (what `default=str` makes of most values); None: not judged."""
    return PY_STR_MEMBERS if becomes.startswith("a string") else None


def _typescript_kept(becomes: str) -> frozenset[str] | None:
    if becomes.startswith(("a string", "its ISO string")):
        return JS_STRING_MEMBERS
    if becomes.startswith("`{}`"):
        return JS_OBJECT_MEMBERS
    return None  # anything else: not judged


# What reading a member the value lacks does (called, or read): Python raises on the
# attribute; JavaScript reads `undefined`, and calling it throws.
READ_OUTCOME = {
    LanguageKind.PYTHON: {
        True: "`{}` raises `AttributeError`",
        False: "`{}` raises `AttributeError`",
    },
    LanguageKind.TYPESCRIPT: {
        True: "`{}(...)` throws a `TypeError`",
        False: "`{}` is `undefined`",
    },
}
KEPT_MEMBERS: dict[LanguageKind, Callable[[str], frozenset[str] | None]] = {
    LanguageKind.PYTHON: _python_kept,
    LanguageKind.TYPESCRIPT: _typescript_kept,
}


def shared_task_call(ctx: RuleContext, node: Node) -> bool:
    """A call of a task another module of the workspace defines (`refund(p)` of `from
    f.common.tasks import refund`): its result comes back through the checkpoint's JSON
    like a task of the file's."""
    if ctx.workspace is None or node.type not in ("call", "call_expression"):
        return False
    callee = sdk.callee_of(node)
    return callee is not None and shared_task_result(ctx, callee) is not None


def destructured_names(model: ScriptModel, call: Node) -> dict[str, str]:
    """`const { at, cm: depth } = await read(z)`: each name bound, with the member it
    takes (`{"at": "at", "depth": "cm"}`); empty for anything else."""
    node = model.parent_of(call)
    while node is not None and node.type in ("parenthesized_expression", "await_expression"):
        node = model.parent_of(node)
    if node is None or node.type != "variable_declarator":
        return {}
    pattern = node.child_by_field_name("name")
    if pattern is None or pattern.type != "object_pattern":
        return {}
    out: dict[str, str] = {}
    for child in pattern.named_children:
        if child.type == "shorthand_property_identifier_pattern":
            out[model.text(child)] = model.text(child)
        elif child.type == "pair_pattern":
            key, value = child.child_by_field_name("key"), child.child_by_field_name("value")
            if key is not None and value is not None and value.type == "identifier":
                out[model.text(value)] = model.text(key)
    return out


def keyed_reads(model: ScriptModel, wf: Node, holder: str) -> list[tuple[Node, str]]:
    """`holder["at"]` in the workflow function: each read of a member of a dict by a
    string key, with the key."""
    out = []
    for node in sdk.nodes_in(model, "subscript", wf):
        owner = node.child_by_field_name("value")
        index = node.child_by_field_name("subscript")
        if owner is None or index is None or owner.type != "identifier":
            continue
        if model.text(owner) != holder or index.type != "string":
            continue
        key = model.text(index).strip("\"'")
        if key.isidentifier():
            out.append((node, key))
    return out


# Python operators a `str` (what `default=str` makes of a `Decimal`, a `datetime`) never
# takes, whatever the other operand; `+`, `*` and the orderings take another string
# (or, `*`, an `int`) and raise `TypeError` against a number.
PY_STR_REJECTS = frozenset({"-", "/", "//", "**", "%", "@", "&", "|", "^", "<<", ">>"})
PY_ORDERINGS = frozenset({"<", "<=", ">", ">="})
# Calls whose result is a number (or a `Decimal` / `Fraction`, which a string does not
# take either)
PY_NUMBER_CALLS = frozenset({"int", "float", "len", "abs", "round", "sum", "Decimal", "Fraction"})
# JavaScript arithmetic that turns a string it is given into a number: an ISO date
# string is `NaN`
TS_NUMERIC_OPERATORS = frozenset({"-", "*", "/", "%", "**"})


# Annotations of a number (what a `str` does not add to or compare with)
PY_NUMBER_TYPES = frozenset({"int", "float", "Decimal", "decimal.Decimal", "Fraction"})


def number_parameter(model: ScriptModel, name: Node) -> bool:
    """A parameter annotated as a number (`amount_cents: int`), never assigned again."""
    semantic = model.semantic
    if semantic is None:
        return False
    binding = semantic.lookup(model.text(name), semantic.scope_at(name))
    if binding is None or binding.kind != BindingKind.PARAMETER or binding.rebound:
        return False
    parameter = binding.node.parent
    if parameter is None or parameter.type not in ("typed_parameter", "typed_default_parameter"):
        return False
    annotation = parameter.child_by_field_name("type")
    return annotation is not None and model.text(annotation) in PY_NUMBER_TYPES


def number_operand(model: ScriptModel, node: Node) -> bool:
    """A Python operand that is a number: a literal, a name bound to one, a call of
    `int` / `len` / `Decimal`..."""
    node = sdk.unwrap(node) or node
    if node.type == "unary_operator":
        inner = node.child_by_field_name("argument")
        return inner is not None and number_operand(model, inner)
    if node.type in ("integer", "float"):
        return True
    if node.type == "identifier":
        if number_parameter(model, node):
            return True
        value = reaching_value(model, model.text(node), node)
        return value is not None and value.id != node.id and value.type in ("integer", "float")
    if node.type == "call":
        callee = sdk.callee_of(node)
        return callee is not None and model.text(callee).rsplit(".", 1)[-1] in PY_NUMBER_CALLS
    return False


def other_operand_kind(model: ScriptModel, node: Node) -> str | None:
    """What an operand that is no string is, as a message names it: `a number`, or
    the `datetime` / `Decimal`... the file builds (`date.fromisoformat(s)`); None
    where it may be a string."""
    if number_operand(model, node):
        return "a number"
    loss = classify(model, sdk.unwrap(node) or node)
    # only a value JSON writes as a string was an object of its own type here
    return loss.what if loss is not None and loss.becomes.startswith("a string") else None


def string_format_outcome(model: ScriptModel, interpolation: Node) -> str | None:
    """`f"{depth:.1f}"`, `f"{at:%H:%M}"` on what came back a string: a format a `str`
    does not take raises `ValueError` (asked of Python's own `format`); with a
    conversion (`!r`, `!s`) the value was formatted as a string before too."""
    kinds = {c.type: c for c in interpolation.named_children}
    spec = kinds.get("format_specifier")
    if spec is None or "type_conversion" in kinds:
        return None
    text = model.text(spec).removeprefix(":")
    if not text or "{" in text:
        return None  # nested fields: not known here
    try:
        format("", text)
    except ValueError:
        return f"{code_span(model.code(interpolation))} raises `ValueError` on a string"
    return None


def operator_outcome(model: ScriptModel, operand: Node, loss: Loss) -> str | None:
    """What an operator does to `operand`, a value JSON turned into a string (a
    `Decimal`, a `datetime`, a `Date`), where it did something else before: Python
    raises `TypeError` on arithmetic between a string and a number, JavaScript makes
    `NaN` of an ISO date string. None: the operator is not one of those, or works."""
    node = operand
    parent = model.parent_of(node)
    while parent is not None and parent.type == "parenthesized_expression":
        node, parent = parent, model.parent_of(parent)
    if parent is None:
        return None
    return OPERATOR_OUTCOMES[model.language](model, node, parent, loss)


def python_operator_outcome(model: ScriptModel, node: Node, parent: Node, loss: Loss) -> str | None:
    if not loss.becomes.startswith("a string"):
        return None
    if parent.type == "interpolation":
        return string_format_outcome(model, parent)
    if parent.type in ("binary_operator", "augmented_assignment"):
        op_node = parent.child_by_field_name("operator")
        op = model.text(op_node).removesuffix("=") if op_node is not None else ""
        sides = [parent.child_by_field_name("left"), parent.child_by_field_name("right")]
    elif parent.type == "comparison_operator":
        ops = [" ".join(model.text(c).split()) for c in parent.children if not c.is_named]
        sides = [c for c in parent.named_children if c.type != "comment"]
        if len(ops) == 1 and len(sides) == 2 and ops[0] in ("in", "not in"):
            container = sides[1]
            if container is None or container.id != node.id:
                return None
            # `"north" in zones` of a set that came back as its repr: a substring test
            return f"{code_span(model.code(parent))} tests for a substring of that string"
        if len(ops) != 1 or len(sides) != 2 or ops[0] not in PY_ORDERINGS:
            return None
        op = ops[0]
    else:
        return None
    other = next((s for s in sides if s is not None and s.id != node.id), None)
    if other is None:
        return None
    shown = code_span(model.code(parent))
    if op in PY_STR_REJECTS:
        return f"{shown} raises `TypeError`"
    kind = other_operand_kind(model, other)
    if op == "+" and kind is not None:
        return f"{shown} raises `TypeError`, adding {kind} to a string"
    if op in PY_ORDERINGS and kind is not None:
        return f"{shown} raises `TypeError`, ordering a string against {kind}"
    if op == "*" and (sdk.unwrap(other) or other).type == "float":
        return f"{shown} raises `TypeError`"
    return None


def typescript_operator_outcome(
    model: ScriptModel, node: Node, parent: Node, loss: Loss
) -> str | None:
    if loss.becomes.startswith("`{}`"):
        return iteration_outcome(model, node, parent)
    if not loss.becomes.startswith("its ISO string") or parent.type != "binary_expression":
        return None
    op_node = parent.child_by_field_name("operator")
    if op_node is None or model.text(op_node) not in TS_NUMERIC_OPERATORS:
        return None
    return f"{code_span(model.code(parent))} is `NaN`"


def iteration_outcome(model: ScriptModel, node: Node, parent: Node) -> str | None:
    """`for (const [k, v] of m)`, `[...m]`, `f(...m)` of what came back `{}` (a `Map`, a
    `Set`): a plain object is not iterable, so each throws a `TypeError`."""
    if parent.type == "for_in_statement":
        right, operator = (
            parent.child_by_field_name("right"),
            parent.child_by_field_name("operator"),
        )
        if right is None or right.id != node.id or operator is None:
            return None
        if model.text(operator) != "of":
            return None
        return f"`for (... of {model.text(node)})` throws a `TypeError` on a plain object"
    outer = model.parent_of(parent)
    if (
        parent.type == "spread_element"
        and outer is not None
        and outer.type
        in (
            "array",
            "arguments",
        )
    ):
        return f"{code_span(model.code(parent))} throws a `TypeError` on a plain object"
    return None


OPERATOR_OUTCOMES: dict[LanguageKind, Callable[[ScriptModel, Node, Node, Loss], str | None]] = {
    LanguageKind.PYTHON: python_operator_outcome,
    LanguageKind.TYPESCRIPT: typescript_operator_outcome,
}


def no_keyed_reads(model: ScriptModel, wf: Node, holder: str) -> list[tuple[Node, str]]:
    """TypeScript reads an object's member as a member (`r.at`), never by a key here."""
    return []


# Reads of a member of a result by a literal key: Python's `r["at"]`
KEYED_READS: dict[LanguageKind, Callable[[ScriptModel, Node, str], list[tuple[Node, str]]]] = {
    LanguageKind.PYTHON: keyed_reads,
    LanguageKind.TYPESCRIPT: no_keyed_reads,
}


def named_tuple_value(model: ScriptModel, expr: Node, depth: int = 0) -> set[str]:
    """The fields of the named tuple `expr` holds: a `NamedTuple` of the file built there
    (`Plan(...)`), one a function of the file is declared to return (`def plan_for(...)
    -> Plan`) or builds in each of its returns, a standard-library one
    (`time.localtime()`), an item of a container of them (`legs[0]`), or one of these a
    name is bound to once; empty when it is none."""
    if depth > 3:
        return set()
    if expr.type == "identifier":
        once = held_once(model, expr)
        inner = sdk.unwrap(once) or once if once is not None else None
        return named_tuple_value(model, inner, depth + 1) if inner is not None else set()
    if expr.type == "subscript":
        # `legs[0]` of a container of them
        index = expr.child_by_field_name("subscript")
        seq = expr.child_by_field_name("value")
        if index is None or seq is None or index.type == "slice":
            return set()
        return named_tuple_items(model, sdk.unwrap(seq) or seq, depth + 1)
    if expr.type != "call":
        return set()
    callee = sdk.callee_of(expr)
    if callee is None:
        return set()
    if callee.type == "identifier" and model.text(callee) in sdk.class_names(model):
        fn = sdk.facts(model).workflow_function
        return named_tuple_fields(model, fn, expr) if fn is not None else set()
    helper = helper_function(model, callee, sdk.function_types(model))
    if helper is not None and helper.type == "function_definition":
        if expr.id in sdk.durable_ids(model) or is_task_function(model, helper):
            return set()  # a task's result comes back through JSON already
        declared = named_tuple_fields(model, helper, expr)
        if declared:
            return declared
        # `def plan_for(...): return Plan(...)`: what every return of the helper builds
        found = [
            named_tuple_value(model, sdk.unwrap(r) or r, depth + 1) for r in returned(model, helper)
        ]
        return found[0] if found and all(f and f == found[0] for f in found) else set()
    return stdlib_named_tuple(model, callee)


SEQUENCE_DISPLAYS = frozenset({"list", "tuple", "set"})


def named_tuple_items(model: ScriptModel, expr: Node, depth: int = 0) -> set[str]:
    """The fields of the named tuples a container `expr` holds: the items of a list /
    tuple literal or a dict's values (any of them), what a list comprehension builds,
    through a name bound once; empty when none."""
    if depth > 3:
        return set()
    if expr.type == "identifier":
        once = held_once(model, expr)
        inner = sdk.unwrap(once) or once if once is not None else None
        return named_tuple_items(model, inner, depth + 1) if inner is not None else set()
    items: list[Node] = []
    if expr.type in SEQUENCE_DISPLAYS:
        items = list(expr.named_children)
    elif expr.type == "dictionary":
        items = [v for p in expr.named_children if (v := p.child_by_field_name("value"))]
    elif expr.type in ("list_comprehension", "set_comprehension", "generator_expression"):
        body = expr.child_by_field_name("body")
        items = [body] if body is not None else []
    for item in items:
        inner = sdk.unwrap(item) or item
        fields = named_tuple_value(model, inner) or named_tuple_items(model, inner, depth + 1)
        if fields:
            return fields
    return set()


class NonJsonDurableValue(Rule):
    code = "WAC107"
    name = "non-json-durable-value"
    summary = "A step or task value does not survive the JSON round trip of the checkpoint"
    message = "Checkpoint a JSON value (`.isoformat()`, `.toISOString()`, `list(...)`)"
    fix_kind = "suggestion"
    docs = """
## What it does
Finds values that cross a checkpoint without surviving it: what a `step(...)`
callback or a task body returns, and the arguments of a task call (only those of
another script or flow: `task_script` / `taskScript`, `task_flow` / `taskFlow`,
`@task(path=...)` / `task(path, fn)`; a task of the file runs in a child job that
replays the body and is called with the objects that replay computed, in wmill
1.850.0's `_execute_directly` and at windmill-client 1.818.0's `_executingKey`), when they
are a `datetime` / `date` / `time` (also `dt.time()`, `-> time`), a `set` /
`frozenset`, `bytes`, a `Decimal`, a pandas
`DataFrame` / `Series` or a numpy array (`pd.read_csv(...)`, `np.array(...)`:
`default=str` prints them, a frame's table truncated past a few rows), a numpy
scalar that is no Python number (`np.argmax(x)`, `np.all(mask)` whose `"False"` is
truthy, `np.int64(n)`, a reduction of an array given an integer `dtype=`; a
column's `count()` always, its `sum()` / `min()` / `max()` / `prod()` and an
array's `arr.max()` with a message that names the integer case it is about, the
`sum()` of an element-wise comparison (`(rain > 50).sum()`, `(df["n"] == 0).sum()`:
a count, always a `numpy.int64`), a comparison of a numpy scalar (`arr.sum() > limit`,
`np.mean(x) >= 3`, `df["t"].mean() > 3`: a `numpy.bool_`, written `"False"`, which is
truthy), since
pandas 2 and numpy give a scalar of the column's or array's type and only
`numpy.float64` subclasses `float`; `df["n"]` is a Series, `df[["a", "b"]]` and
`df.sum()` a frame and a Series, and so are what a frame's or a column's own methods
give back of their kind, `df.sort_values("n").head(10)`, `df["n"].dropna()`; a
`groupby(...)` and its reductions are printed too, a column's `unique()` is an
array; a polars frame's `filter(...)` / `head(n)` / `group_by(...).agg(...)` and its
column `df["n"]` likewise, while a polars column's `sum()` is a Python number), or an
instance of a class of the file or of another module of the workspace (Python: a
dataclass, a pydantic model, also one pydantic builds, `Quote.model_validate_json(text)`,
and what a `TypeAdapter(list[Quote])` validates, or a container declared to hold them,
`-> list[Quote]` / `-> dict[str, Quote]` (but not a part of a parsed JSON document,
`r.json()["quotes"]`, whatever the annotation says), one built by a function of that
module or read by key from a comprehension building them: `by_id[k]`, and a copy of
one: `dataclasses.replace(line, ...)`, `order.model_copy(...)`, `copy.deepcopy(x)`),
or a `Date`, a `Map` / `Set`, a `bigint` (also arithmetic on one: `BigInt(pool) * bp / 10_000n`, and
`process.hrtime.bigint()`), an infinite number (`Infinity`, `-Infinity`,
`Number.POSITIVE_INFINITY`, also as a fallback: `max ?? Infinity`; JSON writes `null`,
which arithmetic and `Math.min` read as 0; a `NaN` is left to the dead `Number.isNaN`
test below), an `AbortSignal` (`AbortSignal.timeout(ms)`, `ctrl.signal` of a `new
AbortController()`) or the controller,
a `Buffer` (`Buffer.from`, `hash.digest()` without an encoding, a file
read without one: `readFile(p)`, node:zlib's `gzipSync` and the other sync codecs), a
typed array (`Uint8Array`, `new TextEncoder().encode(s)`, `Bun.gzipSync`, a
`Response` / `Blob` / `Bun.file(p)`'s `bytes()`, windmill-client's `loadS3File(obj)`;
its `loadS3FileStream` gives a `Blob`), a `RegExp`, an `Error` (also an array declared
`Error[]` / `Date[]` / `Array<Map<...>>` and filled later: `const problems: Error[] =
[]`), a `URL` /
`URLSearchParams`, an iterator (`m.values()`, `s.matchAll(re)`) or generator object
(a `function*` of the file called), an instance of a class of the file (one with a
method, getter, `#private` field or a field holding a function: a class of data
fields only is written whole), a `Map.groupBy(...)`,
a `structuredClone(...)` of any of these (the copy keeps the type), a name bound
once to an object or array literal (a dict or list) that the file never changes, or
its `structuredClone(...)`, holding one of these (`const entry = { at: new Date(iso)
}`, then `report({ entry })`: reported where the name is given, naming the member), an
arbitrary-precision number (decimal.js / Prisma `Decimal`, big.js `Big`, bignumber.js
`BigNumber`, kept through their arithmetic methods: their `toJSON` is a string), or a
value of a declared return type that is one (`: Promise<Date>`, `Promise<Set<string>>`,
`Promise<Date[]>`)
or that has one as a member (`Promise<Invoice>` / `Promise<Invoice[]>` with `interface
Invoice { dueDate: Date }`, a `type` alias or an object type written there), a
`bigint` from `Bun.hash` (wyhash) or its other 64-bit hashes, and a caught error
(`catch (e) { return { ok: false, error: e } }`: an `Error` writes as `{}`)
(TypeScript). Such a value is
also found inside an object / dict / array / list literal returned or passed
(`return { total, recipients }` with `recipients` a `Set`, `{"at": datetime.now()}`),
and as what the callback of `xs.map(fn)` / `Array.from(xs, fn)` returns (an array of
`Date`s).
A fetch `Response`, `Headers`, `Blob`, `FormData` or `ArrayBuffer` (`.arrayBuffer()`,
Web Crypto's `crypto.subtle.digest(...)` / `sign` / `encrypt`) too, the stream result
of ai's `streamText(...)` / `streamObject(...)` (its `text`, `usage` and streams are
getters of the class: the copy has no answer), the stream object of an openai /
@anthropic-ai/sdk / groq-sdk client's `.stream(...)` or `.create({ stream: true })` (the
answer comes through its events and iterator), and a
function returned by a step or passed to a task (stored as `null`); a function member
of an object a step or task returns when the workflow calls it on the result
(`fx.convert(x)`: JSON drops the member, so the call is a `TypeError`).
None of these is reported for a step awaited as a statement, whose value the body
never reads, unless encoding it throws (an axios response, a `bigint`: the step fails).
Nor is a `Decimal`, `datetime`, `date`, `UUID`, `Path`, `ipaddress` object or `Fraction`
(Python), a `Date`, `URL` or `bigint` (TypeScript) that a step or task of the file returns
whole when every read of its result in the workflow rebuilds it from the string it comes
back as (`Decimal(str(await price(x)))`, `datetime.fromisoformat(await due(x))`, `new
Date(await step("now", () => new Date()))`, also through a name bound once); a task
handed to `parallel` / `map` is not followed there.
Also the dead check that follows: `isinstance(r, datetime)` / `r instanceof Date` on the
result of a task or step (in TypeScript on any member of it too: `r.at instanceof
Date`; in Python also `isinstance` or a class pattern `case Quote(...)` naming any
class of the file, whatever it derives from: a `NamedTuple` comes back a list, a `dict`
subclass a plain dict, a `StrEnum` member a plain string), and in TypeScript
`r === undefined`, `typeof r === "undefined"` /
`"function"` / `"bigint"` and `Number.isNaN(r)` on a `const` holding a whole task or
step result (the SDK stores `undefined` as `null`; JSON writes `NaN` as `null`),
`k !== undefined` on an item of one (`rows.filter((k) => k !== undefined)`, `for (const
k of rows)`: JSON writes an `undefined` array item as `null`), the `instanceof` /
`typeof` tests on a part of one (`const { at } = r`, `for (const v of
Object.values(r))`, the value of `for (const [k, v] of Object.entries(r))`), a
whole result handed to a function of the file whose destructuring parameter has a
default (`function opts({ max = 30 } = {})` called `opts(await step(...))`: the
default applies to `undefined` only, so a result that was `undefined` arrives as
`null` and destructuring it throws), and
`r.next === undefined` where every object literal the step / task returns writes
`next` itself (the SDK's replacer stores an `undefined` member as `null`, so a cursor
loop waiting for `undefined` never ends).
Also a method called on a `const` holding a whole task or step result that no JSON
value has (`current.inc("patch")` after `step("v", () => semver.parse(s))`,
`due.getTime()`): the result comes back a plain object, array, string, number or
boolean, so the call is a `TypeError` whatever the step returned (reported where what
the step or task returns is not itself reported).
A `NamedTuple` of the file (or a standard-library named tuple) given to another
script or flow (`task_flow(...)(plan=Plan(...))`, also built by a helper of the file,
an item of a list of them, or held by a list, a comprehension or a dict given whole)
arrives as a list: JSON writes it as an array, without its field names. So does a
`bytes` or `datetime` input of a Python `main` (Windmill's wrapper decodes a `bytes`
input from base64 and parses a `datetime` one with `datetime.fromisoformat` before
calling `main`; windmill-worker `python_executor.rs`) given to one, or returned by a
step, and a slice of `bytes` (`clip[:4096]`).
Python values are recognised by how they are built (`datetime.now()`,
`start + timedelta(...)`, `set(...)`, `.digest()`, `base64.b64encode(...)`,
`uuid.uuid4()`, `Path(...)`, a class of the file) and by a task's or step
function's declared return type (`-> Decimal`, `-> set[str]`; `-> Quote` naming a
class of the file when what is returned is a name, a member, an item or what `min` /
`max` / `next` pick; not a value evidently a string or number, `-> datetime` over
`return d.isoformat()` or `str(total)`: Python does not check annotations), and a function
given to `step` by reference that returns one (`step("started", datetime.now)`, also
through `functools.partial`: `step("nonce", partial(os.urandom, 16))`).
Also a member of a plain `Enum` / `Flag` of the file (`Tier.GOLD`, `Tier(value)`,
`Perm.READ | Perm.WRITE`,
`-> Tier`, `random.choice([Tier.A, Tier.B])`): it becomes `"Tier.GOLD"`, while a `str` / `int`
mix-in (`class Tier(str, Enum)`, `IntEnum`) is written as its value; a
`model_dump()` / `.dict()` / `asdict(...)` of a model of the file (built by calling
it or by pydantic's `Model.model_validate(...)` / `parse_obj(...)`) with a field
annotated `datetime` (or another type above), which the dict keeps as that object
unless `mode="json"`; and a `NamedTuple` of the file (or a standard-library named tuple)
a task or a step callback returns when the workflow reads a field of the result
(`totals.amount`, also `getattr(totals, "amount")`, `attrgetter("amount")(totals)` or a
name bound to `operator.attrgetter("amount")` applied to it: it comes back a list), and
a `Counter` when the workflow calls a Counter-only method on the result
(`words.most_common(5)`: it comes back a plain dict).
Also what `default=str` writes as its repr or `str()`: a `timedelta` (`"0:05:00"`),
`ipaddress` objects, a `deque`, a `range`, a dict view (`d.keys()` of a dict the
file builds), `map` / `filter` / `zip` / `enumerate` / `reversed` / `iter` objects,
`itertools` iterators and generator expressions, the standard library's containers
that are no `dict` / `list` (`ChainMap`, `MappingProxyType`, `UserDict`, `UserList`,
`SimpleNamespace`, `argparse.Namespace`: a string that neither subscripts nor has the
fields), and a caught exception (`except E as exc`, then `{"error": exc}`: its message,
which cannot be raised again); and the values given by keyword
to `dict(...)` or to a `TypedDict` of the file (`Lease(expires=datetime(...))`).
A field read off an instance of a class of the file (`quote.total`, also of one
pydantic builds, `Order.model_validate(raw).created_at`, of a copy, `dataclasses.replace(
line, ...)`, or of an item `max` / `min` / `next` pick from a list of them:
`max(readings, key=...).taken_at`)
is what the class body annotates it (`total: Decimal`, `taken_at: datetime`); a plain
`Enum` member looked up by name (`Status[name]`) is one; `max` / `min` of a generator
or comprehension is one of the items it builds; and a mapping spread into a task's
arguments (`flow(**asdict(inv))`) is read like the value it spreads.
Types built by a call count as their class statement would (`Tier = Enum("Tier",
[...])`, `Totals = namedtuple("Totals", "count amount")`, `Lease = TypedDict("Lease",
{...})`). A `Fraction` (`"1/3"`), and a dict keyed by numbers (`{1: "bronze"}`, `-> dict[int,
int]`, `-> Counter[int]`, a comprehension keyed by its counter: `{n: x for n, x in
enumerate(xs)}`, `{h: 0 for h in range(24)}`, or by a whole number: `{int(r["ttl"]):
r for r in rows}`, `Counter(int(r["ttl"]) for r in rows)`, `d[len(name)] = x`):
`json.dumps` writes its keys as strings, so `d[1]` /
`d.get(1)` no longer find them (a warning: the items survive). The items of a
list comprehension returned or passed are read like those of a list literal
(`[Line(sku, n) for ...]`). A task or step result compared with a tuple literal
(`health == ("ok", 200)`, also a name bound once to one: `window == NO_CERT`; a part
of it, `r["window"] == NO_CERT`; or tested `in` a tuple / list of tuples, `fix in
(NO_FIX, ORIGIN)`) is a dead check: the tuple comes back a list, and a list
never equals a tuple. So is one compared with a member of an `Enum` of the file by
identity (`risk is Risk.HIGH`, whatever its mix-in) or, for a plain `Enum`, by `==`:
JSON brings back a string or a number, never the member. A dict whose keys JSON
cannot hold (a tuple, a plain `Enum` member, a date) is
worse: `default=str` does not apply to keys, so `json.dumps` raises `TypeError`
("keys must be str, int, float, bool or None") and the step or task fails; also
one bound empty (`{}`, `defaultdict(int)`, `Counter()`) and filled item by item in the
same function (`totals[(region, sku)] += qty`, `totals[region, sku] = n`, also by
`setdefault`: `groups.setdefault((room, shelf), [])`, and with a key that is a name
bound to a tuple or a `for` target over a list of tuples: `for pos, t in
zip(positions, temps)`), and `dict(zip(keys, values))` whose `keys` are such (tuples,
or `d.keys()` of such a dict). A dict
bound empty and filled item by item with values JSON does not carry (`rates[code] =
(Decimal(n) / total).quantize(q)`) is reported like such a value (each comes back as
it would).
What a step callback or task function returns is followed into the helpers of the
file it returns the call of (`return envelope(x)`, also a function of a TypeScript
namespace of the file: `Tags.normalize(raw)`), not into those it only calls
(a helper returning `datetime.now()` that the task formats is fine). A value kept
from such a helper and handed on whole is what the helper returns
(`allocation = plan(lines)`, then `reserve({ allocation })` where `plan` returns a
`Map`). A container
annotation names what it holds (`-> dict[str, set[str]]`, `-> list[date]`, not on
an empty `return []`); `sum` / `round` / `abs` / `max` / `min` keep the type of the
`Decimal`, `Fraction` or `timedelta` they are given (also as the items of a list a
name is bound to, `max(amounts, default=ZERO)`), and so do `statistics.mean` /
`median` / `median_low` / `median_high` / `mode` (not `fmean`), a `Decimal`'s own
methods (`total.quantize(CENT)`) and augmented assignments to a name assigned once
(`total = Decimal(0)` then `total += Decimal(x)`, `when += timedelta(days=1)`,
`seen |= set(xs)`); set algebra on a set or a dict's `keys()` / `items()` view
(`REQUIRED.keys() - row.keys()`, `set(a) - set(b)`) gives a set; datetime method chains
(`.astimezone(tz)`, `.replace(...)`, `.date()`) and dateutil / pendulum parsers give
datetimes; a generator `def` of the file called is a generator. Library answers:
a requests / httpx response (and its `headers`, `cookies`, `content`, `elapsed`), an
openai / anthropic response model, a slack_sdk `SlackResponse`, a boto3 answer holding
datetimes or a stream (`head_object`, `get_object`, `list_objects_v2`), a pymongo
write result, redis-py values without `decode_responses=True`, subprocess output
captured without `text=True`, bytes read from a file opened `"rb"` or a `BytesIO`, a
`cryptography` token or signature, and a standard-library named tuple (`urlparse(...)`,
`time.localtime()`'s `struct_time`, also given to `step` by reference) whose field the
workflow reads. A class pattern matched against a task or step
result (`case Verdict(...)`, `case datetime()`, `case tuple()`) never matches.

Read in the SDKs: `wmill` 1.850.0 encodes a step result with
`json.dumps(..., default=str)` and returns the decoded value, in the round that
ran the step as on every replay (`_run_inline_step`, `_json_round_trip`), so a
`datetime` comes back as `str(dt)` (`"2024-05-01 12:00:00.123456"`, not ISO
8601), a set as the string `"{'a', 'b'}"`, bytes as `"b'...'"`, an object as its
`str()`. A task result crosses JSON too (it is the child job's result).
`windmill-client` 1.818.0 uses `JSON.stringify` (`encodeCheckpointPayload`): a
`Date` comes back as its ISO string, a `Map` / `Set` as `{}`, a `bigint` as its
digits, a class instance as a plain object; a `RegExp`, an `Error` (its `message` and
`stack` are not enumerable), an iterator or a generator object as `{}`, a `URL` as its
`href` (its `toJSON`), a dayjs / moment object, a luxon `DateTime` / `Duration` /
`Interval` or a TC39 `Temporal` value (the global or a polyfill's: `PlainDate`,
`Instant`, `ZonedDateTime`, `Duration`, ...) as its ISO string (their `toJSON`), a
decimal.js / big.js / bignumber.js number as a string of its digits; what a zod
schema of the file parses (`Order.parse(json)`, `parseAsync`) when a field is
`z.date()` / `z.coerce.date()` (a `Date`), `z.bigint()`, `z.map()` or `z.set()`, or
whose outermost `.transform(fn)` returns one (`(tags) => new Set(tags)`); a `Date` from
date-fns (`addBusinessDays`, `startOfWeek`, `parseISO`, ...) or from `.toDate()` /
`.toJSDate()` of a date wrapper (dayjs, moment, cron-parser's `next()`, a Firestore
`Timestamp`); a `Buffer` from `.toBuffer()` (sharp, canvas) and the `Uint8Array`
pdf-lib's `PDFDocument.save()` gives; the raw entries of `Promise.allSettled`, whose
rejection `reason`s are `Error`s written as `{}`; a
whole axios
response (`axios.get(u)`, an `axios.create()` instance's `post`) makes `JSON.stringify`
throw (its `request` is the circular `ClientRequest`), so the step or task fails. A
name destructured from a value (`const { data } = await http.get(u)`) holds a part of
it, judged by itself: by the member's value where the file builds the object
(`const { start, end } = quarterBounds(y, q)`, whose `return { start, end }` holds
`Date`s). A returned
tuple comes back a list, which unpacks the same, so it is not reported.

A task another module of the workspace defines is reported at its `return`, in that
module; a workflow that awaits it, keeps the result in a name and reads a member the
value has no more once it comes back (`invoice.total_cents` of a task returning an
`Invoice`, `cutoff.isoformat()` of a `datetime`, `index.get(k)` of a `Map`: a member a
Python `str`, or a JavaScript string or plain object, lacks) is reported at its call,
naming the task's module, the return and the read. So is a member of an object / dict
literal the task returns that JSON changed (`reading.at.getTime()`, `r["at"].isoformat()`
of `return { at: new Date(s) }`), Python arithmetic, or an ordering comparison with a
number or a `date` / `Decimal` the file builds, on what comes back a string (`depth + 5`
of a `Decimal`, `now - seen` of a `datetime`: `TypeError`), a membership test in it (`"north"
in zones` of a `set`: a substring test), a format a string does
not take (`f"{depth:.1f}"`: `ValueError`), JavaScript arithmetic on what comes
back an ISO date string (`t0 - r.at`: `NaN`), and iterating what comes back `{}` (`for
(const [k, v] of m)`, `[...s]` of a `Map` / `Set`: `TypeError`). So is such a use in a
function the body hands the result (or a member of it) to, one call deep: a function of
the file, or one another module of the workspace defines (`reading_line(reading)` whose
`reading["read_at"].strftime(...)` raises `AttributeError`), unless it tests what it was
handed (`isinstance`, `instanceof`, `typeof`). The dead checks above
(`isinstance`, `== ("ok", 200)`, `=== undefined`) hold of a shared task's result as of
the file's own.

Severity: **error** where the data is lost (a set, bytes or an object turned into
its `str()`, a `Map` / `Set` turned into `{}`), for a dead type check and for a read
of a shared task's result that fails; **warning** where only the type changes
(`datetime`, `Date`, `Decimal`, `bigint`).

Suggestions (unsafe: callers may rely on the type): `.isoformat()` for a
`datetime`, `.toISOString()` for a `Date`, `list(...)` for a set,
`Array.from(...)` for a `Set`, `Object.fromEntries(...)` for a `Map`.

## Why is this bad
The value the workflow reads is never the value the step returned: code written
for a `datetime` gets a string, and a set of ids becomes a string of its repr.

## Example
```python
started = await step("started", lambda: datetime.now(timezone.utc))
```

## Use instead
```python
started = await step("started", lambda: datetime.now(timezone.utc).isoformat())
```
"""
    VALID = [
        py(
            "from datetime import datetime, timezone\nfrom wmill import step, workflow\n\n"
            "@workflow\n"
            "async def main(ids: list[str]):\n"
            "    started = await step('started', lambda: datetime.now(timezone.utc).isoformat())\n"
            "    unique = await step('unique', lambda: sorted(set(ids)))\n    return started, "
            "unique\n"
        ),
        ts(
            'import { step, workflow } from "windmill-client";\n'
            "export const main = workflow(async (ids: string[]) => {\n"
            '  const started = await step("started", () => new Date().toISOString());\n'
            '  const unique = await step("unique", () => [...new Set(ids)]);\n'
            "  return { started, unique };\n});\n"
        ),
    ]
    INVALID = [
        py(
            "from datetime import datetime, timezone\nfrom wmill import step, workflow\n\n"
            "@workflow\n"
            "async def main():\n"
            "    return await step('started', lambda: «datetime.now(timezone.utc)»)\n"
        ),
        ts(
            'import { step, workflow } from "windmill-client";\n'
            "export const main = workflow(async (ids: string[]) => {\n"
            '  return await step("unique", () => «new Set(ids)»);\n});\n'
        ),
        py(
            "from wmill import task, workflow\n\n@task()\nasync def tags(xs: list[str]):\n"
            "    return «set(xs)»\n\n@workflow\nasync def main(xs: list[str]):\n"
            "    return await tags(xs)\n"
        ),
        ts(
            'import { step, workflow } from "windmill-client";\n'
            "export const main = workflow(async () => {\n"
            '  const when = await step("when", () => new Date().toISOString());\n'
            "  if («when instanceof Date») return when.getTime();\n  return when;\n});\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        model = ctx.model
        facts = sdk.facts(model)
        held: dict[object, Loss | None] = {}  # `classify`'s memo, for this model only
        graph = model.call_graph
        through_helpers: set[int] = set()
        by_callback: dict[int, list[Node]] | None = None
        for fn in [*facts.step_callbacks.values(), *facts.task_bodies.values()]:
            if not graph.is_durable_root(fn):
                # a helper the step / task calls: what it returns is checkpointed only
                # when the root returns it (`return build()`), followed below
                continue
            where = "step" if fn.id in facts.step_callbacks else "task"
            # `await step("notify", () => fetch(hook))` as a statement: the Response it
            # stores as `{}` is never read, so what JSON changes is lost to no one there
            dropped = where == "step" and value_dropped(model, fn)
            rebuilt = RebuiltReads(model, facts, fn, where)
            before = len(ctx.findings)
            # `windowEnd.format()` on a step's dayjs: what JSON makes of the value has no
            # such method, so the conversion is a `TypeError`, not only a changed type
            # found only when a value's type changes (it reads the whole body per step)
            called = (
                first_call_of(partial(self.foreign_method_calls, ctx, fn, where))
                if FUNCTION_MEMBERS[model.language]
                else None
            )
            for value, owner in checkpointed_values(model, fn):
                if owner == fn:
                    role = f"returned by this {where}"
                elif value.id in through_helpers:
                    continue  # a helper several steps / tasks return: reported once
                else:
                    through_helpers.add(value.id)
                    role = f"returned by `{function_name(model, owner)}` as a {where}'s result"
                declared = declared_loss(model, owner)
                self.value(
                    ctx,
                    value,
                    role,
                    held,
                    declared,
                    dropped,
                    then_called=called,
                    rebuilt=rebuilt,
                )
            if FUNCTION_MEMBERS[model.language]:
                self.function_member_called(ctx, fn, where)
                if len(ctx.findings) == before:  # one finding per root cause
                    self.method_no_json_value_has(ctx, fn, where)
            if where == "task":
                self.named_tuple_read_by_field(ctx, fn)  # a Python class: none in TS
                self.counter_read_by_method(ctx, fn)
            elif COUNTER_RESULTS[model.language]:  # Python
                if by_callback is None:
                    # the step calls running each callback, worked out once
                    by_callback = {}
                    for c in facts.calls:
                        if c.primitive is sdk.Primitive.STEP and len(c.args) > 1:
                            given = sdk.unwrap(c.args[1]) or c.args[1]
                            by_callback.setdefault(given.id, []).append(c.call)
                self.named_tuple_read_by_field(ctx, fn, by_callback.get(fn.id, []))
        for call in facts.calls:
            self.step_by_reference(ctx, call, held)
        for tcall in facts.task_calls:
            if sdk.region_of(model, tcall.call) is not Region.WORKFLOW:
                continue
            receiver = argument_receiver(model, tcall)
            if receiver is None:
                continue
            for arg in [*tcall.args, *(k.value for k in tcall.keywords if k.value is not None)]:
                before = len(ctx.findings)
                self.value(ctx, arg, "passed to a task", held, sent_to=receiver)
                if len(ctx.findings) == before and receiver != JSON_TASK:
                    self.named_tuple_argument(ctx, arg, receiver)
            if tcall.unpacked:
                # `flow(**asdict(inv))`: each item of the mapping is an argument
                for spread in unpacked_mappings(tcall.call):
                    self.value(
                        ctx, spread, "passed to a task (unpacked with `**`)", held, sent_to=receiver
                    )
        self.dead_checks(ctx)
        self.shared_task_result_read(ctx)

    def shared_task_result_read(self, ctx: RuleContext) -> None:
        """`invoice = await load_invoice(id)` then `invoice.total_cents`, where
        `load_invoice` is a task another module of the workspace defines and returns an
        `Invoice` (a `datetime`, a `Map`...): that module's return is reported there, and
        this file, reading a member the value has no more once it comes back through JSON,
        fails here; so does a member of a returned literal that JSON changed
        (`reading.at.getTime()` of `{ at: new Date(s) }`) and arithmetic or an ordering
        comparison on a Python value that comes back a string (`depth + 5` of a
        `Decimal`); reported at the call, naming the first such use."""
        model = ctx.model
        facts = sdk.facts(model)
        wf = facts.workflow_function
        if ctx.workspace is None or wf is None:
            return
        names = workspace_import_names(model)
        starred = b"import *" in model.source.data  # `from f.lib.tasks import *`
        if not names and not starred:
            return
        reads: dict[str, list[Node]] | None = None
        for call in sdk.call_nodes(model, wf):
            callee = sdk.callee_of(call)
            base = chain_root(callee)
            if callee is None or base is None:
                continue
            if model.text(base) not in names and not (starred and star_imported(model, base)):
                continue  # not a name imported from a module of the workspace
            if sdk.region_of(model, call) is not Region.WORKFLOW:
                continue
            holder = result_name(model, call)
            parts = destructured_names(model, call) if holder is None else {}
            if holder is None and not parts:
                continue
            found = shared_task_result(ctx, callee)
            if found is None:
                continue
            if reads is None:
                reads = member_reads(model, wf)
            misuse = None
            if holder is not None:
                members = reads.get(holder, [])
                misuse = self.whole_result_misuse(ctx, call, holder, members, found)
                if misuse is None:
                    misuse = self.member_misuse(ctx, call, holder, members, found)
            else:
                misuse = self.destructured_misuse(ctx, call, parts, reads, found)
            if misuse is None and holder is None:
                # `const { at } = await read(m)` then `hoursSince(at)`: the member handed on
                by_key = {key: (loss, row) for key, loss, row in found.members}
                for name, key in parts.items():
                    if key not in by_key:
                        continue
                    loss, row = by_key[key]
                    part = SharedTaskResult(loss, row, (), found.shown)
                    handed = handed_on_misuse(ctx, call, name, part)
                    if handed is None:
                        continue
                    what, becomes, row, outcome = handed
                    ctx.report(
                        Span.of(call),
                        f"`{model.text(callee)}` is a task of {found.shown} that returns "
                        f"{what} in `{key}` (line {row}), which comes back through the "
                        f"checkpoint's JSON as {becomes}: {outcome}",
                    )
                    break
                continue
            if misuse is None and holder is not None:
                handed = handed_on_misuse(ctx, call, holder, found)
                if handed is not None:
                    what, becomes, row, outcome = handed
                    ctx.report(
                        Span.of(call),
                        f"`{model.text(callee)}` is a task of {found.shown} that returns "
                        f"{what} (line {row}), which comes back through the checkpoint's JSON "
                        f"as {becomes}: {outcome}",
                    )
                continue
            if misuse is None:
                continue
            what, becomes, row, outcome, at = misuse
            ctx.report(
                Span.of(call),
                f"`{model.text(callee)}` is a task of {found.shown} that returns {what} (line "
                f"{row}), which comes back through the checkpoint's JSON as {becomes}: "
                f"{outcome} (line {at.start_point[0] + 1})",
            )

    def whole_result_misuse(
        self,
        ctx: RuleContext,
        call: Node,
        holder: str,
        members: list[Node],
        found: SharedTaskResult,
    ) -> tuple[str, str, int, str, Node] | None:
        """The first use of `holder`, the whole result, that JSON broke: a member the
        value it comes back as lacks, or an operator it cannot take."""
        if found.loss is None:
            return None
        misuse = self.name_misuse(ctx, call, holder, members, found.loss)
        if misuse is None:
            return None
        outcome, at = misuse
        return found.loss.what, found.loss.becomes, found.row, outcome, at

    def destructured_misuse(
        self,
        ctx: RuleContext,
        call: Node,
        parts: dict[str, str],
        reads: dict[str, list[Node]],
        found: SharedTaskResult,
    ) -> tuple[str, str, int, str, Node] | None:
        """`const { at } = await read(z)` then `at.getTime()`: the first use JSON broke
        of a name bound to a member of a returned literal JSON changed."""
        by_key = {key: (loss, row) for key, loss, row in found.members}
        misuses = []
        for name, key in parts.items():
            if key not in by_key:
                continue
            loss, row = by_key[key]
            misuse = self.name_misuse(ctx, call, name, reads.get(name, []), loss)
            if misuse is not None:
                misuses.append((f"{loss.what} in `{key}`", loss.becomes, row, *misuse))
        return min(misuses, key=lambda m: m[4].start_byte) if misuses else None

    def name_misuse(
        self, ctx: RuleContext, call: Node, holder: str, members: list[Node], loss: Loss
    ) -> tuple[str, Node] | None:
        """The first use after `call` of `holder`, bound to a value that comes back from
        JSON as `loss` says, that JSON broke: a member the value lacks, or an operator
        it cannot take; with the node of that use."""
        model = ctx.model
        kept = KEPT_MEMBERS[model.language](loss.becomes)
        if kept is None:
            return None
        uses: list[tuple[Node, str]] = []
        read = next(
            (
                m
                for m in members
                if m.start_byte > call.end_byte and member_name(model, m) not in kept
            ),
            None,
        )
        if read is not None:
            member = member_name(model, read)
            called = read.parent is not None and read.parent.type in ("call", "call_expression")
            uses.append((read, READ_OUTCOME[model.language][called].format(f"{holder}.{member}")))
        wf = sdk.facts(model).workflow_function
        if wf is not None:
            for name in sdk.nodes_in(model, "identifier", wf):
                if name.start_byte <= call.end_byte or model.text(name) != holder:
                    continue
                reached = sdk.unwrap(reaching_value(model, holder, name))
                if reached is None or not (
                    reached.start_byte <= call.start_byte and call.end_byte <= reached.end_byte
                ):
                    continue
                outcome = operator_outcome(model, name, loss)
                if outcome is not None:
                    uses.append((name, outcome))
                    break
        if not uses:
            return None
        at, outcome = min(uses, key=lambda u: u[0].start_byte)
        return outcome, at

    def member_misuse(
        self,
        ctx: RuleContext,
        call: Node,
        holder: str,
        members: list[Node],
        found: SharedTaskResult,
    ) -> tuple[str, str, int, str, Node] | None:
        """The first use of a member of `holder` that the task returned as a value JSON
        changes (`reading.at` of `return { at: new Date(s) }`) and that JSON broke: a
        member of it (`reading.at.getTime()`), or an operator it cannot take."""
        model = ctx.model
        if not found.members:
            return None
        by_key = {key: (loss, row) for key, loss, row in found.members}
        wf = sdk.facts(model).workflow_function
        keyed = [(m, member_name(model, m)) for m in members]
        if wf is not None:
            keyed += KEYED_READS[model.language](model, wf, holder)
            keyed.sort(key=lambda k: k[0].start_byte)
        for access, key in keyed:
            if access.start_byte <= call.end_byte or key not in by_key:
                continue
            loss, row = by_key[key]
            kept = KEPT_MEMBERS[model.language](loss.becomes)
            if kept is None:
                continue
            shown = model.text(access)
            outer = model.parent_of(access)
            if outer is not None and outer.type in ("attribute", "member_expression"):
                obj = outer.child_by_field_name("object")
                name = member_name(model, outer)
                if obj is not None and obj.id == access.id and name not in kept:
                    up = model.parent_of(outer)
                    called = up is not None and up.type in ("call", "call_expression")
                    read = READ_OUTCOME[model.language][called].format(f"{shown}.{name}")
                    return f"{loss.what} in `{key}`", loss.becomes, row, read, outer
            outcome = operator_outcome(model, access, loss)
            if outcome is not None:
                return f"{loss.what} in `{key}`", loss.becomes, row, outcome, access
        return None

    def function_member_called(self, ctx: RuleContext, fn: Node, where: str) -> None:
        """`return { rate, convert: (usd) => usd * rate }` and `fx.convert(p)` in the
        body: `JSON.stringify` drops a member whose value is a function, so the call is
        a `TypeError` (a function member the body never calls loses nothing it uses)."""
        model = ctx.model
        members: dict[str, Node] = {}
        for value in returned(model, fn):
            literal = sdk.unwrap(value) or value
            if literal.type != "object":
                continue
            for child in literal.named_children:
                if child.type == "pair":
                    key, member = (
                        child.child_by_field_name("key"),
                        child.child_by_field_name("value"),
                    )
                    member = sdk.unwrap(member) if member is not None else None
                    if key is None or member is None or member.type not in FUNCTION_VALUES:
                        continue
                elif child.type == "method_definition":
                    key, member = child.child_by_field_name("name"), child
                    if key is None:
                        continue
                else:
                    continue
                if key.type in ("property_identifier", "identifier"):
                    members.setdefault(model.text(key), member)
        if not members:
            return
        wf = sdk.facts(model).workflow_function
        holders = result_holders(model, wf, fn) if wf is not None else None
        if not holders or wf is None:
            return
        for callee in held_method_calls(model, wf, holders):
            name = model.text(callee.child_by_field_name("property") or callee)
            if name not in members:
                continue
            ctx.report(
                Span.of(members.pop(name)),
                f"`{name}` is a function returned by this {where}, and the workflow calls "
                f"{code_span(model.code(callee))}: it is checkpointed as JSON, which drops a "
                "function member, so the call is a `TypeError`",
            )

    def method_no_json_value_has(self, ctx: RuleContext, fn: Node, where: str) -> None:
        """`const v = await step("latest", () => semver.parse(s))` then `v.inc("patch")`:
        what the body gets back is a JSON value (object, array, string, number, boolean
        or null), so a method none of those has (`inc`, `getTime`, `has`) is a
        `TypeError`, whatever the step returned (a library's class instance, a `Date`,
        a `Set`). Calls on the const holding the whole result only; a function member
        of a returned literal is `function_member_called`'s."""
        model = ctx.model
        for callee, call, name in self.foreign_method_calls(ctx, fn, where):
            name_of = step_or_task_name(model, fn, where)
            ctx.report(
                Span.of(call),
                f"{code_span(model.code(callee))} calls `{name}` on the result of {name_of}, "
                "which is checkpointed as JSON: it comes back as a plain object, array, "
                f"string, number or boolean, none of which has `{name}`, so the call is a "
                f"`TypeError`; call it inside the {where}, or return plain data",
            )

    @staticmethod
    def foreign_method_calls(
        ctx: RuleContext, fn: Node, where: str
    ) -> list[tuple[Node, Node, str]]:
        """(callee, call, method name) of the body's calls of a method no JSON value has
        on the const holding the whole result of the step / task `fn`."""
        model = ctx.model
        wf = sdk.facts(model).workflow_function
        holders = result_holders(model, wf, fn) if wf is not None else None
        if not holders or wf is None:
            return []
        calls = held_method_calls(model, wf, holders)
        if not calls:
            return []
        own = own_function_members(model, fn)
        found = []
        for callee in calls:
            owner = model.text(callee.child_by_field_name("object") or callee)
            name = model.text(callee.child_by_field_name("property") or callee)
            call = callee.parent
            if call is None or name in JSON_VALUE_METHODS or name in own:
                continue
            if whole_value(model, owner, callee) is None:
                continue
            if type_guarded(model, call, owner):
                continue  # `if (when instanceof Date) when.getTime()`: the dead test's
            found.append((callee, call, name))
        return found

    def named_tuple_read_by_field(
        self, ctx: RuleContext, fn: Node, step_calls: list[Node] | None = None
    ) -> None:
        """A task (or step callback) returning a `NamedTuple` of the file, or a standard
        library one (`time.localtime()`), whose result the body reads by field
        (`totals.amount`): JSON carries it as an array, so the field is gone (a result
        only unpacked or indexed is fine, as for a plain tuple)."""
        model = ctx.model
        where = "task" if step_calls is None else "step"
        if step_calls is not None and not step_calls:
            return
        values = [
            (v, fields)
            for v in returned(model, fn)
            if (fields := named_tuple_fields(model, fn, sdk.unwrap(v) or v))
        ]
        if not values:
            return
        if step_calls is None:
            name_node = fn.child_by_field_name("name")
            if name_node is None:
                return
            calls = [t.call for t in sdk.facts(model).task_calls if t.name == model.text(name_node)]
        else:
            calls = step_calls  # the step calls that run this callback
        read = fields_read_from(model, calls, values[0][1])
        if read is None:
            return
        for value, _ in values:
            ctx.report(
                Span.of(value),
                f"{code_span(model.code(value))} is a `NamedTuple` returned by this {where}, "
                f"and the workflow reads `{read}` from the result: it is checkpointed as JSON "
                "and comes back as a list, which has no fields",
            )

    def named_tuple_argument(self, ctx: RuleContext, arg: Node, receiver: str) -> None:
        """A `NamedTuple` of the file (or a standard-library named tuple) given to another
        script or flow: JSON writes it as an array, so the job gets a list where the
        workflow had named fields (`plan.altitude_m` is no key of it)."""
        model = ctx.model
        expr = sdk.unwrap(arg) or arg
        fields = named_tuple_value(model, expr)
        what, advice = "is a `NamedTuple`", "pass `._asdict()`"
        if not fields:
            # `legs=[Leg(a, b) for ...]`, `{"leg": Leg(a, b)}`: a container of them
            fields = named_tuple_items(model, expr)
            what, advice = "holds `NamedTuple`s", "pass their `._asdict()`"
        if not fields:
            return
        shown = ", ".join(f"`{f}`" for f in sorted(fields)[:3])
        ctx.report(
            Span.of(expr),
            f"{code_span(model.code(expr))} {what} passed to {receiver}: the job's arguments "
            "are sent as JSON, which writes a named tuple as an array, so it arrives as a "
            f"list without its field names ({shown}); {advice}",
        )

    def counter_read_by_method(self, ctx: RuleContext, fn: Node) -> None:
        """A task returning a `Counter` whose result the workflow calls a Counter-only
        method on (`words.most_common(5)`): JSON brings it back a plain dict, which
        has no such method (`AttributeError`)."""
        model = ctx.model
        name_node = fn.child_by_field_name("name")
        semantic = model.semantic
        if name_node is None or semantic is None or not COUNTER_RESULTS[model.language]:
            return
        declared = fn.child_by_field_name("return_type")
        counted = declared is not None and annotated_base(model.text(declared)) == "Counter"
        values = []
        for value in returned(model, fn):
            inner = sdk.unwrap(value) or value
            callee = sdk.callee_of(inner) if inner.type == "call" else None
            if callee is not None and semantic.qualified_name(callee) == "collections.Counter":
                values.append(value)
            elif counted:
                values.append(value)
        if not values:
            return
        read = fields_read_from_results(model, model.text(name_node), COUNTER_METHODS)
        if read is None:
            return
        for value in values:
            ctx.report(
                Span.of(value),
                f"{code_span(model.code(value))} is a `Counter` returned by this task, and the "
                f"workflow calls `{read}` on the result: it is checkpointed as JSON and comes "
                "back as a plain dict, which has no such method (`AttributeError`)",
            )

    def step_by_reference(
        self, ctx: RuleContext, call: sdk.SdkCall, held: dict[object, Loss | None]
    ) -> None:
        """`step("started", datetime.now)`: the step calls what it is given and
        checkpoints its result."""
        model = ctx.model
        if call.primitive is not sdk.Primitive.STEP or len(call.args) < 2:
            return
        ref = sdk.unwrap(call.args[1]) or call.args[1]
        classify_reference = REFERENCE_LOSSES.get(model.language)
        # `step("nonce", partial(os.urandom, 16))`: the step calls what the partial
        # wraps, so it returns what that function returns
        ref = partial_target(model, ref) or ref
        if ref.type not in ("identifier", "attribute", "member_expression"):
            return
        loss = classify_reference(model, ref) if classify_reference is not None else None
        if loss is None:
            # `step("cutoff", utc_now)` of a function another module defines
            loss = imported_function_loss(ctx, ref, held)
        if loss is None:
            fields = stdlib_named_tuple(model, ref)
            read = fields_read_from(model, [call.call], fields) if fields else None
            if read is not None:
                ctx.report(
                    Span.of(ref),
                    f"{code_span(model.code(ref))} returns a named tuple, and the workflow "
                    f"reads `{read}` from this step's result: it is checkpointed as JSON "
                    "and comes back as a list, which has no fields",
                )
            return
        ctx.report(
            Span.of(ref),
            f"{code_span(model.code(ref))} returns {loss.what}, which this step checkpoints as "
            f"JSON: it comes back as {loss.becomes}",
            severity=None if loss.lossy else WARNING,
        )

    def value(
        self,
        ctx: RuleContext,
        node: Node,
        role: str,
        held: dict[object, Loss | None],
        declared: Loss | None = None,
        dropped: bool = False,
        sent_to: str = "",
        then_called: Callable[[], tuple[Node, Node, str] | None] | None = None,
        rebuilt: RebuiltReads | None = None,
    ) -> None:
        """`then_called`: the body's first call, on the whole result, of a method no JSON
        value has (a value JSON keeps but changes the type of is then a `TypeError`)."""
        model = ctx.model
        expr = sdk.unwrap(node) or node
        loss = classify(model, expr, held)
        if loss == NON_FINITE_LOSS:
            # `body.max ?? Infinity`: shown at the `Infinity`
            expr = non_finite(model, expr) or expr
        if loss is None:
            # `payroll_cutoff(period)` of another module of the workspace: what it returns
            loss = imported_result_loss(ctx, expr, held)
        if loss is None:
            target: Node | None = expr
            if expr.type in ("identifier", "shorthand_property_identifier"):
                # `invoice = invoice_from_row(row)`, then `invoice` passed: the name holds it
                once = held_once(model, expr)
                target = sdk.unwrap(once) or once if once is not None else None
                if target is not None:
                    loss = imported_result_loss(ctx, target, held)
            # `by_id[k]` of `by_id = {c["id"]: Customer(**c) for c in rows}`: an element
            element = element_value(model, target) if loss is None and target else None
            if element is not None:
                loss = classify(model, element, held) or imported_result_loss(ctx, element, held)
        if (
            loss is None
            and declared is not None
            and not empty_container(model, expr)
            and not plainly_json(model, expr)
        ):
            # `-> list[datetime]`: what the annotation says, except the `return []` of
            # an early exit, which holds nothing JSON loses, and a value evidently a
            # string or a number (`-> datetime` over `return d.isoformat()`)
            loss = declared
            if declared.what.endswith(
                ("instance (its declared type)", "instances (its declared type)")
            ):
                # `-> Quote` and `return min(quotes, key=...)`; not `return r.json()`
                # (`-> list[Quote]` likewise: `return quotes`)
                loss = declared if declared_instance_value(model, expr) else None
        if dropped and loss is not None and (loss.what in WEB_LOSSES or not loss.raises):
            # the body never reads the value: only a value the encoder throws on matters
            # (an axios response, a `bigint`: the step fails)
            return
        if (
            rebuilt is not None
            and loss is not None
            and not loss.lossy
            and not loss.raises
            and role.startswith("returned by this ")
            and loss.what.removesuffix(" (its declared type)") in rebuilt.kinds()
        ):
            # `Decimal(str(await price(x)))`: every read of the result rebuilds the
            # value from the string it comes back as
            return
        if loss is None and expr.type in FUNCTION_VALUES and not role.startswith("inside"):
            # the whole value only: the SDK stores a function result as null
            # (`checkpointableResult`); one inside an object may be a member the code
            # only calls (the object is not the value returned), so those are not followed
            loss = Loss("a function", "`null`", True)
        literal = held_container(model, expr) if loss is None else None
        if literal is not None:
            # `const entry = { at: new Date(iso) }`, then `report({ entry })` or
            # `structuredClone(entry)`: the name holds the literal, reported where it goes
            inner = role if role.startswith("inside the value ") else f"inside the value {role}"
            for member in container_members(model, literal, 3):
                part = sdk.unwrap(member) or member
                held_loss = classify(model, part, held)
                if held_loss is None:
                    continue
                tail = f"it is checkpointed as JSON and comes back as {held_loss.becomes}"
                if sent_to and sent_to != JSON_TASK:
                    inner = inner.replace("passed to a task", f"passed to {sent_to}")
                    tail = (
                        "the job's arguments are sent as JSON, so it arrives as "
                        f"{held_loss.becomes}"
                    )
                ctx.report(
                    Span.of(expr),
                    f"{code_span(model.code(expr))} holds {code_span(model.code(part))} "
                    f"(line {part.start_point[0] + 1}), {held_loss.what} {inner}: {tail}",
                    severity=None if held_loss.lossy or held_loss.raises else WARNING,
                )
                return
            return
        if loss is None:
            # `{ id, at: new Date() }`, `{"tags": {x}}`, `[started, id]`: JSON carries the
            # container, not what it holds
            # (nested containers: still "inside the value returned by ...", said once)
            inner = role if role.startswith("inside the value ") else f"inside the value {role}"
            for member in container_members(model, expr, 3):
                self.value(ctx, member, inner, held, sent_to=sent_to)
            return
        if loss.raises:
            ctx.report(
                Span.of(expr),
                f"{code_span(model.code(expr))} is {loss.what} {role}: {loss.becomes}",
            )
            return
        fix = None
        if loss.fix is not None:
            fix = Fix(
                "Checkpoint a JSON value",
                (ctx.edit_node(expr, loss.fix.format(model.text(expr))),),
                "unsafe",
            )
        tail = f"it is checkpointed as JSON and comes back as {loss.becomes}"
        if sent_to and sent_to != JSON_TASK:
            role = role.replace("passed to a task", f"passed to {sent_to}")
            tail = f"the job's arguments are sent as JSON, so it arrives as {loss.becomes}"
        severity = None if loss.lossy else WARNING
        first_call = then_called() if then_called is not None and not loss.lossy else None
        if first_call is not None:
            _, call, name = first_call
            tail += (
                f", which has no `{name}`: the workflow's {code_span(model.code(call))} is a "
                "`TypeError`"
            )
            severity = None
        ctx.report(
            Span.of(expr),
            f"{code_span(model.code(expr))} is {loss.what} {role}: {tail}",
            severity=severity,
            fix=fix,
        )

    def dead_checks(self, ctx: RuleContext) -> None:
        model = ctx.model
        wf = sdk.facts(model).workflow_function
        if wf is None:
            return
        # the file's node lists sliced to the body, not a walk of the body
        if sdk.is_python(model):
            for node in sdk.calls_named(model, ISINSTANCE, wf):
                args, _, _ = sdk.arguments_of(model, node)
                if len(args) != 2:
                    continue
                subject, kinds = args
                names = [kinds] if kinds.type != "tuple" else list(kinds.named_children)
                dead = [
                    n
                    for n in names
                    if model.text(n).rsplit(".", 1)[-1] in DEAD_PYTHON or file_class(model, n)
                ]
                if dead and len(dead) == len(names):
                    self.report_dead(ctx, node, subject)
            for node in sdk.nodes_in(model, "comparison_operator", wf):
                self.tuple_compared(ctx, node)
            for node in sdk.nodes_in(model, "match_statement", wf):
                self.dead_patterns(ctx, node)
            return
        for node in sdk.nodes_in(model, "binary_expression", wf):
            op = node.child_by_field_name("operator")
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if op is None or left is None or right is None:
                continue
            if model.text(op) == "instanceof":
                if model.text(right) in DEAD_TS or local_class(model, right, identity=True):
                    # `r.at instanceof Date` too: JSON builds no Date at any depth
                    self.report_dead(ctx, node, member_root(left))
                continue
            if model.text(op) not in ("===", "!=="):
                continue
            for subject, other in ((left, right), (right, left)):
                absent = absent_value(model, subject, other)
                if absent is not None and null_tested_beside(model, node, absent[0]):
                    break  # `r === undefined || r === null`: defensive, the null case is seen
                if absent is not None and absent[1] == NO_UNDEFINED:
                    owner = result_of_item(model, absent[0], node)
                    if owner is not None:
                        # `playable.filter((k) => k !== undefined)`: an item of a
                        # checkpointed array, which JSON writes `null` where it was
                        # `undefined`
                        verdict = "never true" if model.text(op) == "===" else "always true"
                        ctx.report(
                            Span.of(node),
                            f"{code_span(model.code(node))} is {verdict}: "
                            f"`{model.text(absent[0])}` is an item of `{owner}`, a "
                            "checkpointed result, and JSON stores an `undefined` item of an "
                            "array as `null`; test `== null` instead",
                        )
                        break
                if absent is not None and absent[0].type == "member_expression":
                    if absent[1] == NO_UNDEFINED:
                        self.member_never_undefined(ctx, node, absent[0], model.text(op))
                    break
                if absent is not None:
                    verdict = "never true" if model.text(op) == "===" else "always true"
                    self.report_dead(ctx, node, absent[0], verdict, absent[1], whole=True)
                    break
        for node in sdk.calls_named(model, NAN_TESTS, wf):
            args, _, _ = sdk.arguments_of(model, node)
            if len(args) == 1:
                self.report_dead(ctx, node, args[0], reason=NO_NAN, whole=True)
        self.dead_defaults(ctx, wf)

    def dead_defaults(self, ctx: RuleContext, wf: Node) -> None:
        """`withDefaults(await step("o", () => OVERRIDES[k]))` where the file's
        `function withDefaults({ max = 30 }: Partial<Rule> = {})`: a parameter's
        default applies to `undefined` only, and a checkpointed result is never
        `undefined` (windmill-client 1.818.0 `encodeCheckpointPayload` stores it as
        `null`), so the destructuring parameter is handed `null` and throws."""
        model = ctx.model
        for call in sdk.nodes_in(model, "call_expression", wf):
            callee = sdk.callee_of(call)
            if callee is None or callee.type != "identifier":
                continue
            fn = sdk.function_named(model, callee)
            params = fn.child_by_field_name("parameters") if fn is not None else None
            if params is None:
                continue
            args, _, _ = sdk.arguments_of(model, call)
            declared = [p for p in params.named_children if p.type != "comment"]
            for arg, param in zip(args, declared, strict=False):
                default = param.child_by_field_name("value")
                pattern = param.child_by_field_name("pattern")
                if default is None or pattern is None:
                    continue
                if pattern.type not in ("object_pattern", "array_pattern"):
                    continue
                if not self.checkpointed(ctx, arg, call):
                    continue
                ctx.report(
                    Span.of(arg),
                    f"{code_span(model.code(arg))} is a checkpointed result, {NO_UNDEFINED}: "
                    f"the default of `{model.text(callee)}`'s parameter "
                    f"(`= {model.text(default)}`) never applies to it, and destructuring "
                    f"`null` throws a TypeError; add `?? {model.text(default)}` to the argument",
                )

    @staticmethod
    def checkpointed(ctx: RuleContext, value: Node, at: Node) -> bool:
        """`value` is a step / task result itself, or a name bound to one."""
        model = ctx.model
        value = sdk.unwrap(value) or value
        if value.type == "identifier":
            held = sdk.unwrap(reaching_value(model, model.text(value), at))
            if held is None:
                return False
            value = held
        durable = sdk.durable_nodes_in(model, value)
        return bool(durable) and durable[0].id == value.id and value.id not in sleeps(model)

    def member_never_undefined(
        self, ctx: RuleContext, test: Node, member: Node, operator: str
    ) -> None:
        """`page.next === undefined` where `page` holds a step / task result whose
        function returns an object literal that always writes `next`: the SDK encodes
        an `undefined` member as `null` (`encodeCheckpointPayload`'s replacer), so the
        key is always there and never `undefined` (a key the object may lack reads
        `undefined`: not reported)."""
        model = ctx.model
        owner = sdk.unwrap(member.child_by_field_name("object"))
        prop = member.child_by_field_name("property")
        if owner is None or prop is None or owner.type != "identifier":
            return
        value = sdk.unwrap(whole_value(model, model.text(owner), test))
        fn = durable_function_of(model, value) if value is not None else None
        if fn is None:
            return
        key = model.text(prop)
        values = returned(model, fn)
        if not values or not all(always_writes(model, v, key) for v in values):
            return
        verdict = "never true" if operator == "===" else "always true"
        ctx.report(
            Span.of(test),
            f"{code_span(model.code(test))} is {verdict}: `{model.text(owner)}` is a "
            f"checkpointed result whose `{key}` is always written, and the SDK stores an "
            "`undefined` member as `null`; test `== null` instead",
        )

    def dead_patterns(self, ctx: RuleContext, match: Node) -> None:
        """`match verdict:` / `case Verdict(approved=True):` on a task or step result: a
        class pattern of a type JSON does not bring back (a class of the file, a
        `datetime`, a `tuple`...) never matches it, so the arm is dead. Patterns in an
        alternative (`Verdict() | {...}`) are left alone: the arm may still match."""
        model = ctx.model
        subject = match.child_by_field_name("subject")
        body = match.child_by_field_name("body")
        if subject is None or body is None:
            return
        for clause in body.named_children:
            if clause.type != "case_clause":
                continue
            for pattern in sdk.nodes_in(model, "class_pattern", clause):
                if pattern_alternative(pattern, clause):
                    continue
                named = [c for c in pattern.named_children if c.type == "dotted_name"]
                if not named or not named[0].named_children:
                    continue
                last = named[0].named_children[-1]
                if model.text(last) in DEAD_PYTHON or file_class(model, last):
                    self.report_dead(ctx, pattern, subject, "never matches")

    def tuple_compared(self, ctx: RuleContext, node: Node) -> None:
        """`health == ("ok", 200)` on a task or step result: JSON brings a tuple back as
        a list, and a list never equals a tuple."""
        model = ctx.model
        operands = [c for c in node.named_children if c.type != "comment"]
        operators = [model.text(c) for c in node.children if not c.is_named]
        if len(operands) == 2 and operators in (["=="], ["!="], ["is"], ["is not"]):
            if self.enum_compared(ctx, node, operands, operators):
                return
        if len(operands) == 2 and operators in (["in"], ["not in"]):
            # `fix in (NO_FIX, (1.0, 1.0))`: a tuple of tuples holds no list
            options = sdk.unwrap(operands[1]) or operands[1]
            items = [c for c in options.named_children if c.type != "comment"]
            if (
                options.type in ("tuple", "list", "set")
                and items
                and all(
                    (found := tuple_behind(model, item)) is not None and found.named_child_count
                    for item in items
                )
            ):
                verdict = "never true" if operators == ["in"] else "always true"
                reason = (
                    "which comes back from JSON with its tuples as lists, and a list never "
                    "equals any of these tuples"
                )
                self.report_dead(ctx, node, operands[0], verdict, reason)
            return
        if len(operands) != 2 or operators not in (["=="], ["!="]):
            return
        for subject, other in (operands, operands[::-1]):
            literal = tuple_behind(model, other)
            if literal is not None and literal.named_child_count:
                verdict = "never true" if operators == ["=="] else "always true"
                reason = (
                    "which comes back from JSON with its tuples as lists, and a list never "
                    "equals a tuple"
                )
                self.report_dead(ctx, node, subject, verdict, reason)
                return

    def enum_compared(
        self, ctx: RuleContext, node: Node, operands: list[Node], operators: list[str]
    ) -> bool:
        """`risk is Risk.HIGH` / `risk == Risk.HIGH` on a task or step result, `Risk` an
        `Enum` of the file: JSON brings back a string or a number, never a member, so
        `is` never holds (whatever the mix-in) and `==` holds only for a `str` / `int`
        mix-in, which compares by value."""
        model = ctx.model
        identity = operators[0] in ("is", "is not")
        for subject, other in (operands, operands[::-1]):
            member = sdk.unwrap(other) or other
            owner = member.child_by_field_name("object") if member.type == "attribute" else None
            if owner is None or owner.type != "identifier":
                continue
            name = model.text(owner)
            if name not in type_names(model):
                continue
            bases = class_bases(model, name, owner)
            if not bases or not bases & (PLAIN_ENUM_BASES | VALUE_ENUM_BASES):
                continue
            if not identity and not plain_enum(model, name, owner):
                continue
            if not bases & PLAIN_ENUM_BASES and not bases & {"StrEnum", "IntEnum", "IntFlag"}:
                continue  # `class Tier(str)`: a mix-in alone is no Enum
            negated = operators[0] in ("!=", "is not")
            verdict = "always true" if negated else "never true"
            reason = (
                "which comes back from JSON as a plain string or number, never a member of "
                f"the `Enum` `{name}`"
            )
            self.report_dead(ctx, node, subject, verdict, reason)
            return True
        return False

    def report_dead(
        self,
        ctx: RuleContext,
        node: Node,
        subject: Node,
        verdict: str = "never true",
        reason: str = "which comes back from JSON (strings, numbers, lists, plain objects)",
        whole: bool = False,
    ) -> None:
        """`whole`: the test is true of values a result's members can still hold (a
        missing key reads `undefined`), so `subject` must be the whole result, bound once."""
        model = ctx.model
        # `is never true` of a test, `never matches` of a pattern
        verdict = f"is {verdict}" if verdict.endswith("true") else verdict
        subject = sdk.unwrap(subject) or subject
        durable = sdk.durable_nodes_in(model, subject)
        if (
            durable and durable[0].id == subject.id and subject.id not in sleeps(model)
        ) or shared_task_call(ctx, subject):
            # `match await review(x):`: the result itself, not a name bound to it
            ctx.report(
                Span.of(node),
                f"{code_span(model.code(node))} {verdict}: `{model.text(subject)}` is a "
                f"checkpointed result, {reason}",
            )
            return
        if subject.type == "subscript" and not whole:
            # `quote["window"] == (9, 17)`: a part of a result is JSON as much as the whole
            root = subject
            while root.type == "subscript":
                inner = root.child_by_field_name("value")
                if inner is None:
                    return
                root = sdk.unwrap(inner) or inner
            if self.checkpointed(ctx, root, node):
                ctx.report(
                    Span.of(node),
                    f"{code_span(model.code(node))} {verdict}: `{model.text(subject)}` is "
                    f"taken from `{model.text(root)}`, a checkpointed result, {reason}",
                )
            return
        if subject.type != "identifier":
            return
        if whole:
            value = sdk.unwrap(whole_value(model, model.text(subject), node))
        else:
            value = sdk.unwrap(reaching_value(model, model.text(subject), node))
        if value is None:
            # `for (const [k, v] of Object.entries(totals))`, `const { at } = r`: a part
            # of a result is JSON as much as the whole (a missing key reads `undefined`)
            owner = None if reason == NO_UNDEFINED else part_of_result(model, subject, node)
            if owner is not None:
                ctx.report(
                    Span.of(node),
                    f"{code_span(model.code(node))} {verdict}: `{model.text(subject)}` is "
                    f"taken from `{owner}`, a checkpointed result, {reason}",
                )
            return
        durable = sdk.durable_nodes_in(model, value)
        if not durable and not shared_task_call(ctx, value):
            return
        if durable and durable[0].id != value.id:
            return
        if value.id in sleeps(model):
            return  # a sleep resolves to `undefined` itself: it checkpoints no value
        ctx.report(
            Span.of(node),
            f"{code_span(model.code(node))} {verdict}: `{model.text(subject)}` is a "
            f"checkpointed result, {reason}",
        )


# Array methods whose callback's first parameter is an item of the array
ITEM_CALLBACKS = frozenset(
    {"filter", "find", "findIndex", "findLast", "findLastIndex", "some", "every", "map",
     "flatMap", "forEach"}
)  # fmt: skip


# What a helper does with a parameter it was handed: (outcome, the node of that use, the
# loss it is judged by, the member of the result it reads (`None`: the whole value)).
HelperUse = tuple[str, Node, Loss, str | None]


def parameter_names(model: ScriptModel, fn: Node) -> list[str | None]:
    """The names of a function's parameters in order (`None` for one that is no plain
    name: a pattern, `*args`, `self` is kept as a name); empty when it has none."""
    params = fn.child_by_field_name("parameters")
    if params is None:
        single = fn.child_by_field_name("parameter")  # `x => ...`
        return [model.text(single)] if single is not None else []
    out: list[str | None] = []
    for p in params.named_children:
        if p.type == "comment":
            continue
        node: Node | None = p
        if p.type in ("required_parameter", "optional_parameter"):
            node = p.child_by_field_name("pattern")
        elif p.type in ("typed_parameter",):
            node = next((c for c in p.named_children if c.type == "identifier"), None)
        elif p.type in ("default_parameter", "typed_default_parameter"):
            node = p.child_by_field_name("name")
        elif p.type in ("list_splat_pattern", "dictionary_splat_pattern", "rest_pattern"):
            node = None
        out.append(model.text(node) if node is not None and node.type == "identifier" else None)
    return out


def parameter_reads(model: ScriptModel, fn: Node, param: str) -> list[Node]:
    """The identifiers of `fn`'s body that read its parameter `param`, never rebound."""
    semantic = model.semantic
    if semantic is None:
        return []
    out = []
    for name in sdk.nodes_in(model, "identifier", fn):
        if model.text(name) != param:
            continue
        binding = semantic.resolve(name)
        if binding is None or binding.kind != BindingKind.PARAMETER or binding.rebound:
            continue
        if binding.scope.node != fn or binding.node.id == name.id:
            continue
        out.append(name)
    return out


def type_tested(model: ScriptModel, name: Node) -> bool:
    """`isinstance(r, ...)` / `isinstance(r["at"], ...)`, `r instanceof X` /
    `r.at instanceof Date`, `typeof r.at`: a test of what the value (or a member) is."""
    node = name
    parent = model.parent_of(node)
    while parent is not None and parent.type in ("attribute", "member_expression", "subscript"):
        node, parent = parent, model.parent_of(parent)
    if parent is None:
        return False
    if parent.type == "unary_expression" and model.text(parent).startswith("typeof"):
        return True
    if parent.type == "binary_expression":
        op = parent.child_by_field_name("operator")
        return op is not None and model.text(op) == "instanceof"
    if parent.type == "argument_list":
        call = model.parent_of(parent)
        callee = sdk.callee_of(call) if call is not None else None
        return callee is not None and model.text(callee) in ("isinstance", "hasattr")
    return False


def member_use(model: ScriptModel, node: Node, kept: frozenset[str]) -> str | None:
    """`node.x` / `node.x(...)` where `x` is a member a value that came back from JSON
    lacks: what that does."""
    outer = model.parent_of(node)
    if outer is None or outer.type not in ("attribute", "member_expression"):
        return None
    obj = outer.child_by_field_name("object")
    name = member_name(model, outer)
    if obj is None or obj.id != node.id or not name or name in kept:
        return None
    up = model.parent_of(outer)
    called = up is not None and up.type in ("call", "call_expression")
    return READ_OUTCOME[model.language][called].format(f"{model.text(node)}.{name}")


def helper_parameter_use(
    model: ScriptModel,
    fn: Node,
    param: str,
    loss: Loss | None,
    members: tuple[tuple[str, Loss, int], ...],
) -> HelperUse | None:
    """The first use in `fn` of its parameter `param`, handed a value that comes back
    from JSON as `loss` says (the whole value) or with `members` changed, that JSON
    broke: a member the value lacks, an operator it cannot take."""
    by_key = {key: loss_ for key, loss_, _ in members}
    uses: list[tuple[Node, HelperUse]] = []
    reads = parameter_reads(model, fn, param)
    if any(type_tested(model, name) for name in reads):
        return None  # `if isinstance(r["at"], str): ...`: the helper expects either
    for name in reads:
        if loss is not None:
            kept = KEPT_MEMBERS[model.language](loss.becomes)
            outcome = member_use(model, name, kept) if kept is not None else None
            if outcome is None:
                outcome = operator_outcome(model, name, loss)
            if outcome is not None:
                uses.append((name, (outcome, name, loss, None)))
                continue
        if not by_key:
            continue
        outer = model.parent_of(name)
        access: Node | None = None
        key = ""
        if outer is not None and outer.type in ("attribute", "member_expression"):
            obj = outer.child_by_field_name("object")
            if obj is not None and obj.id == name.id:
                access, key = outer, member_name(model, outer)
        elif outer is not None and outer.type == "subscript":
            index = outer.child_by_field_name("subscript")
            value = outer.child_by_field_name("value")
            if value is not None and value.id == name.id and index is not None:
                if index.type == "string":
                    access, key = outer, model.text(index).strip("\"'")
        if access is None or key not in by_key:
            continue
        member_loss = by_key[key]
        kept = KEPT_MEMBERS[model.language](member_loss.becomes)
        outcome = member_use(model, access, kept) if kept is not None else None
        if outcome is None:
            outcome = operator_outcome(model, access, member_loss)
        if outcome is not None:
            uses.append((access, (outcome, access, member_loss, key)))
    if not uses:
        return None
    return min(uses, key=lambda u: u[0].start_byte)[1]


def imported_method_origin(
    ctx: RuleContext, callee: Node
) -> tuple[str, str, tuple[int, int]] | None:
    """`Fmt.line` / `fmt.line` (`fmt = Fmt()`) of a class another module of the
    workspace defines: the defining file, `Class.method` and the file's size and mtime."""
    from wac_lint.workspace.helper_resolution import helper_of
    from wac_lint.workspace.reexports import reexport_origin

    workspace = ctx.workspace
    if workspace is None:
        return None
    ref = helper_of(ctx.model, callee, workspace.file, workspace.project, workspace.consulted)
    if ref is None or ref.function.count(".") != 1 or ref.alternatives:
        return None
    workspace.consulted.add(ref.file)
    ref = reexport_origin(ref, workspace.project, workspace.consulted)
    if ref.function.count(".") != 1:
        return None
    try:
        stat = ref.file.stat()
    except OSError:
        return None
    return str(ref.file), ref.function, (stat.st_size, stat.st_mtime_ns)


def _class_method(model: ScriptModel, owner: str, method: str) -> tuple[Node, int] | None:
    """The method `method` of the module-level class `owner`, with the number of leading
    parameters the call does not fill (`self` / `cls`; none for a `@staticmethod` and in
    TypeScript)."""
    semantic = model.semantic
    binding = semantic.module.bindings.get(owner) if semantic is not None else None
    if binding is not None and binding.kind == BindingKind.ASSIGNMENT and not binding.rebound:
        # `fmt = Fmt()` / `export const fmt = new Fmt()`: the class it is an instance of
        built = sdk.unwrap(binding.assigned_value)
        maker = None
        if built is not None and built.type == "call":
            maker = sdk.callee_of(built)
        elif built is not None and built.type == "new_expression":
            maker = built.child_by_field_name("constructor")
        if maker is None or maker.type != "identifier" or model.text(maker) == owner:
            return None
        return _class_method(model, model.text(maker), method)
    if binding is None or binding.kind != BindingKind.CLASS or binding.value is None:
        return None
    body = binding.value.child_by_field_name("body")
    for member in body.named_children if body is not None else []:
        decorators: list[str] = []
        node = member
        if member.type == "decorated_definition":
            decorators = [
                model.text(d).lstrip("@").strip()
                for d in member.named_children
                if d.type == "decorator"
            ]
            node = member.child_by_field_name("definition") or member
        if node.type not in ("function_definition", "method_definition"):
            continue
        name = node.child_by_field_name("name")
        if name is None or model.text(name) != method:
            continue
        if node.type == "method_definition":
            return node, 0
        return node, 0 if "staticmethod" in decorators else 1
    return None


@lru_cache(maxsize=128)
def _imported_helper_use(
    file: str,
    name: str,
    index: int | None,
    keyword: str | None,
    loss: Loss | None,
    members: tuple[tuple[str, Loss, int], ...],
    _key: tuple[int, int],
) -> tuple[str, int, Loss, str | None] | None:
    """`helper_parameter_use` in the module-level function `name` of `file`, for the
    parameter at `index` (or called `keyword`): the outcome, its row, the loss judged
    and the member read."""
    from wac_lint.engine import InputError, read_source
    from wac_lint.frontends import module_model

    try:
        other = module_model(read_source(file))
    except (InputError, OSError, RecursionError):
        return None
    semantic = other.semantic
    skipped = 0
    fn: Node | None
    if "." in name:
        owner, _, method = name.partition(".")
        found_method = _class_method(other, owner, method)
        if found_method is None:
            return None
        fn, skipped = found_method
    else:
        binding = semantic.module.bindings.get(name) if semantic is not None else None
        if binding is None or binding.kind == BindingKind.IMPORT:
            return None
        fn = (
            binding.value
            if binding.kind == BindingKind.FUNCTION
            else sdk.function_named(other, binding.assigned_value)
        )
    if fn is None:
        return None
    param = _parameter_for(other, fn, None if index is None else index + skipped, keyword)
    if param is None:
        return None
    use = helper_parameter_use(other, fn, param, loss, members)
    if use is None:
        return None
    outcome, node, judged, key = use
    return outcome, node.start_point[0] + 1, judged, key


def _parameter_for(
    model: ScriptModel, fn: Node, index: int | None, keyword: str | None
) -> str | None:
    names = parameter_names(model, fn)
    if keyword is not None:
        return keyword if keyword in names else None
    if index is None or index >= len(names):
        return None
    return names[index]


def handed_on_misuse(
    ctx: RuleContext, call: Node, holder: str, found: SharedTaskResult
) -> tuple[str, str, int, str] | None:
    """`reading = await read_meter(m)` then `reading_line(reading)`, where the helper (of
    the file, or a function another module of the workspace defines) reads a member of
    its parameter the value lost through JSON (`reading["read_at"].strftime(...)`), or
    takes an operator it cannot: what the result was, what it becomes, the row of the
    task's return, and the outcome naming the helper. Also for a member of the result
    handed on (`when(reading["read_at"])`)."""
    model = ctx.model
    wf = sdk.facts(model).workflow_function
    semantic = model.semantic
    if wf is None or semantic is None:
        return None
    by_key = {key: (loss, row) for key, loss, row in found.members}
    for passing in sdk.call_nodes(model, wf):
        if passing.start_byte <= call.end_byte or passing.id == call.id:
            continue
        callee = sdk.callee_of(passing)
        if callee is None:
            continue
        args, keywords, _ = sdk.arguments_of(model, passing)
        handed: list[tuple[int | None, str | None, Node]] = [
            (i, None, a) for i, a in enumerate(args)
        ]
        handed += [(None, k.name, k.value) for k in keywords if k.value is not None]
        for index, keyword, arg in handed:
            arg = sdk.unwrap(arg) or arg
            loss: Loss | None = found.loss
            members = found.members
            row = found.row
            key: str | None = None
            name = arg
            if arg.type in ("attribute", "member_expression", "subscript"):
                inner = arg.child_by_field_name("object") or arg.child_by_field_name("value")
                if arg.type == "subscript":
                    index_node = arg.child_by_field_name("subscript")
                    key = (
                        model.text(index_node).strip("\"'")
                        if index_node is not None and index_node.type == "string"
                        else None
                    )
                else:
                    key = member_name(model, arg)
                if inner is None or key not in by_key:
                    continue
                loss, row = by_key[key]
                members = ()
                name = inner
            if name.type != "identifier" or model.text(name) != holder:
                continue
            reached = sdk.unwrap(reaching_value(model, holder, name))
            if reached is None or not (
                reached.start_byte <= call.start_byte and call.end_byte <= reached.end_byte
            ):
                continue
            if loss is None and not members:
                continue
            use = _helper_use(ctx, callee, index, keyword, loss, members)
            if use is None:
                continue
            outcome, at_row, judged, read_key, where = use
            if key is None and read_key is not None:
                judged_row = next(r for k, _, r in found.members if k == read_key)
                what = f"{judged.what} in `{read_key}`"
                row = judged_row
            elif key is not None:
                what = f"{judged.what} in `{key}`"
            else:
                what = judged.what
            return (
                what,
                judged.becomes,
                row,
                f"{code_span(model.code(passing))} (line {passing.start_point[0] + 1}) hands "
                f"it to {where}, where {outcome} (line {at_row})",
            )
    return None


def _helper_use(
    ctx: RuleContext,
    callee: Node,
    index: int | None,
    keyword: str | None,
    loss: Loss | None,
    members: tuple[tuple[str, Loss, int], ...],
) -> tuple[str, int, Loss, str | None, str] | None:
    """What the function `callee` names (of the file, or imported from another module of
    the workspace) does with the argument at `index` / `keyword`: see
    `helper_parameter_use`; with the helper as the message names it."""
    from wac_lint.rules._imported_values import imported_origin

    model = ctx.model
    semantic = model.semantic
    if semantic is None or ctx.workspace is None:
        return None
    base = chain_root(callee)
    binding = semantic.resolve(base) if base is not None else None
    if binding is not None and binding.kind != BindingKind.IMPORT:
        if callee.type != "identifier" or binding.scope is not semantic.module:
            return None
        fn = (
            binding.value
            if binding.kind == BindingKind.FUNCTION
            else sdk.function_named(model, binding.assigned_value)
        )
        if fn is None:
            return None
        param = _parameter_for(model, fn, index, keyword)
        use = helper_parameter_use(model, fn, param, loss, members) if param else None
        if use is None:
            return None
        outcome, node, judged, key = use
        return outcome, node.start_point[0] + 1, judged, key, f"`{model.text(callee)}`"
    origin = imported_origin(ctx, callee) if binding is not None else None
    if origin is None:
        # `Fmt.line(r)`, `fmt.line(r)`, `new Fmt().line(r)` of a class of another module
        origin = imported_method_origin(ctx, callee)
    if origin is None:
        return None
    file, name, stat = origin
    found = _imported_helper_use(file, name, index, keyword, loss, members, stat)
    if found is None:
        return None
    outcome, row, judged, key = found
    return outcome, row, judged, key, f"`{name}` of {ctx.workspace.shown(Path(file))}"


def tuple_behind(model: ScriptModel, node: Node) -> Node | None:
    """The tuple literal `node` is, or the one a name bound once holds (`NO_CERT = ("",
    "")` compared as `window == NO_CERT`), else None."""
    inner = sdk.unwrap(node) or node
    if inner.type == "identifier" and model.semantic is not None:
        binding = model.semantic.resolve(inner)
        value = binding.assigned_value if binding is not None else None
        inner = (sdk.unwrap(value) or value) if value is not None else inner
    return inner if inner.type == "tuple" else None


def result_of_item(model: ScriptModel, item: Node, at: Node) -> str | None:
    """The name of the whole step / task result `item` is an item of: the first
    parameter of an item callback on it (`rows.filter((r) => ...)`) or the variable of
    a `for (const r of rows)`, with `rows` a `const` bound to the awaited call."""
    semantic = model.semantic
    if semantic is None or item.type != "identifier":
        return None
    binding = semantic.lookup(model.text(item), semantic.scope_at(at))
    if binding is None or binding.rebound:
        return None
    holder: Node | None = None
    if binding.kind == BindingKind.PARAMETER:
        fn = binding.node.parent
        while fn is not None and fn.type not in ("arrow_function", "function_expression"):
            if fn.type not in ("formal_parameters", "required_parameter", "optional_parameter"):
                return None
            fn = fn.parent
        params = fn.child_by_field_name("parameters") if fn is not None else None
        single = fn.child_by_field_name("parameter") if fn is not None else None
        first = single or next(
            (
                p
                for p in (params.named_children if params is not None else ())
                if p.type != "comment"
            ),
            None,
        )
        if (
            first is None
            or fn is None
            or binding.node.id
            not in (
                first.id,
                *(c.id for c in first.named_children),
            )
        ):
            return None
        args = fn.parent
        call = args.parent if args is not None and args.type == "arguments" else None
        callee = call.child_by_field_name("function") if call is not None else None
        if callee is None or callee.type != "member_expression":
            return None
        prop = callee.child_by_field_name("property")
        if prop is None or model.text(prop) not in ITEM_CALLBACKS:
            return None
        holder = callee.child_by_field_name("object")
    elif binding.kind == BindingKind.LOOP:
        loop = binding.node.parent
        while loop is not None and loop.type != "for_in_statement":
            loop = loop.parent
        if loop is None or not any(c.type == "of" for c in loop.children):
            return None
        holder = loop.child_by_field_name("right")
    holder = sdk.unwrap(holder) if holder is not None else None
    if holder is None or holder.type != "identifier":
        return None
    value = sdk.unwrap(whole_value(model, model.text(holder), at))
    durable = sdk.durable_nodes_in(model, value) if value is not None else []
    if value is None or not durable or durable[0].id != value.id or value.id in sleeps(model):
        return None
    return model.text(holder)


# `Object.values(r)` / `Object.entries(r)`: the values of a result, one by one
OBJECT_VALUES = frozenset({"Object.values", "Object.entries"})


def part_of_result(model: ScriptModel, item: Node, at: Node) -> str | None:
    """The name of the whole step / task result `item` holds a part of: an item of it
    (`result_of_item`), a value of it iterated through `Object.values(r)` or the value
    of a pair of `Object.entries(r)` (`for (const [k, v] of ...)`), or a name
    destructured from it (`const { at } = r`); `r` a `const` bound to the awaited
    call."""
    owner = result_of_item(model, item, at)
    if owner is not None:
        return owner
    semantic = model.semantic
    if semantic is None or item.type != "identifier":
        return None
    binding = semantic.lookup(model.text(item), semantic.scope_at(at))
    if binding is None or binding.rebound or binding.reassigned:
        return None
    holder: Node | None = None
    if binding.kind == BindingKind.ASSIGNMENT and binding.member and binding.value is not None:
        holder = sdk.unwrap(binding.value) or binding.value
    elif binding.kind == BindingKind.LOOP:
        loop = binding.node.parent
        while loop is not None and loop.type != "for_in_statement":
            loop = loop.parent
        if loop is None or not any(c.type == "of" for c in loop.children):
            return None
        right = sdk.unwrap(loop.child_by_field_name("right"))
        callee = right.child_by_field_name("function") if right is not None else None
        if right is None or right.type != "call_expression" or callee is None:
            return None
        name = model.text(callee)
        if name not in OBJECT_VALUES:
            return None
        if name == "Object.entries":
            # only the value of `[key, value]`: the key is a string either way
            pattern = loop.child_by_field_name("left")
            values = [c for c in pattern.named_children] if pattern is not None else []
            if (
                pattern is None
                or pattern.type != "array_pattern"
                or len(values) < 2
                or not (values[1].start_byte <= binding.node.start_byte < values[1].end_byte)
            ):
                return None
        args = right.child_by_field_name("arguments")
        first = [a for a in args.named_children if a.type != "comment"] if args else []
        holder = sdk.unwrap(first[0]) if len(first) == 1 else None
    if holder is None or holder.type != "identifier":
        return None
    value = sdk.unwrap(whole_value(model, model.text(holder), at))
    durable = sdk.durable_nodes_in(model, value) if value is not None else []
    if value is None or not durable or durable[0].id != value.id or value.id in sleeps(model):
        return None
    return model.text(holder)


# `Number.isNaN(r)`: JSON has no NaN (`JSON.stringify` writes it as `null`), so it is never
# true of a checkpointed value. (The global `isNaN` also converts strings: not dead.)
NAN_TESTS = frozenset({"Number.isNaN"})


NO_NAN = "which comes back from JSON, where `NaN` and `Infinity` are written as `null`"


# The methods a value `JSON.parse` gives can have: Object.prototype's, and those of
# arrays, strings, numbers and booleans.
JSON_VALUE_METHODS = frozenset(
    {
        # Object.prototype
        "toString", "toLocaleString", "valueOf", "hasOwnProperty", "isPrototypeOf",
        "propertyIsEnumerable",
        # Array.prototype
        "at", "concat", "copyWithin", "entries", "every", "fill", "filter", "find",
        "findIndex", "findLast", "findLastIndex", "flat", "flatMap", "forEach", "includes",
        "indexOf", "join", "keys", "lastIndexOf", "map", "pop", "push", "reduce",
        "reduceRight", "reverse", "shift", "slice", "some", "sort", "splice", "toReversed",
        "toSorted", "toSpliced", "unshift", "values", "with",
        # String.prototype
        "charAt", "charCodeAt", "codePointAt", "endsWith", "isWellFormed", "localeCompare",
        "match", "matchAll", "normalize", "padEnd", "padStart", "repeat", "replace",
        "replaceAll", "search", "split", "startsWith", "substring", "substr",
        "toLocaleLowerCase", "toLocaleUpperCase", "toLowerCase", "toUpperCase",
        "toWellFormed", "trim", "trimEnd", "trimStart", "trimLeft", "trimRight", "anchor",
        "big", "blink", "bold", "fixed", "fontcolor", "fontsize", "italics", "link", "small",
        "strike", "sub", "sup",
        # Number.prototype
        "toExponential", "toFixed", "toPrecision",
    }
)  # fmt: skip


# What a function given to `step` by reference returns (`step("t", datetime.now)`).
# TypeScript has no such case: `Date.now` returns a number, and a class given by
# reference throws without `new`.
REFERENCE_LOSSES: dict[LanguageKind, Callable[[ScriptModel, Node], Loss | None]] = {
    LanguageKind.PYTHON: classify_callee,
}


WEB_LOSSES = frozenset({*BINARY_BODIES.values(), *WEB_OBJECTS.values(), RESPONSE_LOSS.what})
