"""What the replay-semantics rules (WAC104-WAC305) read from a script.

Every access these rules make to the model and to the syntax tree goes through
this module: SDK call sites with their arguments, step callbacks, task bodies,
the region (workflow body, step callback, task body) a node is in, and what a
name is bound to. SDK call sites are the model's resolved SDK references
(`model.references`, built by the front-end through scopes and imports), task
calls in the body are its durable calls, and names resolve through
`model.semantic`; this module no longer matches SDK spellings itself.
"""

from __future__ import annotations

import bisect
import functools
import re
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from functools import cache, lru_cache

import tree_sitter

from wac_lint.languages import LanguageKind
from wac_lint.model import (
    TASK_FACTORIES,
    TYPESCRIPT_SDK_NAMES,
    CodeRole,
    ScriptModel,
    Span,
    TaskDef,
)
from wac_lint.node_index import INDEXED_KINDS, NodeIndex
from wac_lint.parsing import language
from wac_lint.python_class import python_class
from wac_lint.queries import captures, in_walk_order
from wac_lint.semantic.scopes import BindingKind as SemBinding
from wac_lint.semantic.scopes import Scope
from wac_lint.tree_paths import ancestors

Node = tree_sitter.Node


class Primitive(str, Enum):
    """A WAC primitive of the SDK (the Python spelling is the value)."""

    WORKFLOW = "workflow"
    TASK = "task"
    TASK_SCRIPT = "task_script"
    TASK_FLOW = "task_flow"
    STEP = "step"
    SLEEP = "sleep"
    APPROVAL = "wait_for_approval"
    RESUME_URLS = "get_resume_urls"
    PARALLEL = "parallel"


class Region(Enum):
    """Where code runs, as far as replay is concerned."""

    WORKFLOW = "workflow body"
    STEP_CALLBACK = "step callback"
    TASK_BODY = "task body"
    OTHER = "other"


DURABLE = (Primitive.STEP, Primitive.SLEEP, Primitive.APPROVAL)


@dataclass(frozen=True)
class Option:
    """A keyword argument (Python) or a property of an options object (TypeScript)."""

    name: str
    name_node: Node
    value: Node | None  # None for a TS shorthand `{ timeout }`


@dataclass
class SdkCall:
    """One call of a WAC primitive (or a decorator application of `task`)."""

    primitive: Primitive
    spelling: str  # the SDK name in this language (`waitForApproval`)
    call: Node
    callee: Node
    args: list[Node]  # positional argument expressions, in order
    keywords: list[Option]  # Python keyword arguments
    unpacked: bool  # `*args`, `**kw` or `...spread`: the shape is not known statically
    decorator: bool = False


@dataclass
class TaskCall:
    """A call of a task wrapper (a `@task` function, a `task_script(...)` result, ...)."""

    kind: Primitive  # TASK, TASK_SCRIPT or TASK_FLOW
    name: str  # how the file calls it
    call: Node
    args: list[Node]
    keywords: list[Option]
    unpacked: bool
    task: TaskDef | None = None  # the definition it calls, when the model knows it

    @property
    def names_task(self) -> bool:
        """The callee is the task itself: its name, or the member of a constant table
        holding it (`ACTIONS["refund"]`, `ACTIONS.refund`), so the arguments written here
        are the task's (not those of `map(task, xs)` or of a helper it is handed to)."""
        if self.task is None:
            return False
        if self.name == self.task.binding or self.name in self.task.aliases:
            return True
        callee = callee_of(self.call)
        return callee is not None and callee.type in (
            "subscript",
            "subscript_expression",
            "member_expression",
        )


@python_class  # weakly referenced (`_wrap_in_step`'s cache)
@dataclass
class Facts:
    """Everything derived once per model."""

    calls: list[SdkCall] = field(default_factory=list)
    task_calls: list[TaskCall] = field(default_factory=list)
    step_callbacks: dict[int, Node] = field(default_factory=dict)  # by node id
    task_bodies: dict[int, Node] = field(default_factory=dict)
    workflow_function: Node | None = None
    call_nodes: list[Node] = field(default_factory=list)
    by_type: dict[str, list[Node]] = field(default_factory=dict)  # `nodes_of_kinds`, lazily
    durable_ids: set[int] | None = None  # `durable_nodes_in`, computed on first use
    class_names: set[str] | None = None  # `class_names`, computed on first use
    regions: _Regions | None = None  # `_regions`, built on first use
    # what a rule works out once per file, by a key of its own (`spells_any`)
    memo: dict[object, object] = field(default_factory=dict)


def is_python(model: ScriptModel) -> bool:
    """Rules still written per language ask this; new code asks `model.lang` a named
    fact instead (what differs: coroutines, spellings, node types)."""
    return model.language == LanguageKind.PYTHON


def text(model: ScriptModel, node: Node) -> str:
    return model.text(node)


def function_types(model: ScriptModel) -> tuple[str, ...]:
    return model.lang.function_nodes_for_rules


def loop_types(model: ScriptModel) -> tuple[str, ...]:
    return model.lang.loop_nodes


def unwrap(node: Node | None) -> Node | None:
    """Drop parentheses, `await`, TS `as`/`!`/`satisfies` around an expression."""
    while node is not None and node.type in (
        "parenthesized_expression",
        "await",
        "await_expression",
        "as_expression",
        "non_null_expression",
        "satisfies_expression",
    ):
        inner = [c for c in node.named_children if c.type != "comment"]
        if not inner:
            return node
        node = inner[0]
    return node


def spells_any(model: ScriptModel, names: frozenset[str]) -> bool:
    """Could a qualified name of this file be one of `names` (`module.attr`)? A
    qualified name starts with a name the file spells (an import, a builtin, a
    global), so not when the source spells none of their first parts (kept per
    file and set of names)."""
    memo = facts(model).memo
    key = ("spells_any", names)
    found = memo.get(key)
    if found is None:
        data = model.source.data
        found = memo[key] = any(needle in data for needle in _needles(names))
    return bool(found)


@functools.lru_cache(maxsize=64)
def _needles(names: frozenset[str]) -> tuple[bytes, ...]:
    """The first parts of `names`, without those holding a shorter one (`lodash/set`
    holds `lodash`): each is a search of the whole file."""
    parts = sorted({name.split(".", 1)[0].encode() for name in names}, key=len)
    kept: list[bytes] = []
    for part in parts:
        if not any(shorter in part for shorter in kept):
            kept.append(part)
    return tuple(kept)


def callee_of(call: Node) -> Node | None:
    return call.child_by_field_name("function")


def first_parameter_name(model: ScriptModel, fn: Node) -> str | None:
    """The name of a TypeScript function's first parameter when it is a plain name
    (`(acc, x) => ...`, `acc => ...`, `function (acc: Set<string>) {}`); else None."""
    params = fn.child_by_field_name("parameters")
    first = (
        next((p for p in params.named_children if p.type != "comment"), None)
        if params is not None
        else fn.child_by_field_name("parameter")
    )
    if first is not None and first.type in ("required_parameter", "optional_parameter"):
        first = first.child_by_field_name("pattern")
    return model.text(first) if first is not None and first.type == "identifier" else None


def arguments_of(model: ScriptModel, call: Node) -> tuple[list[Node], list[Option], bool]:
    """Positional arguments, keyword arguments and whether anything is unpacked."""
    args_node = call.child_by_field_name("arguments")
    positional: list[Node] = []
    keywords: list[Option] = []
    unpacked = False
    if args_node is None:
        return positional, keywords, unpacked
    if args_node.type not in ("argument_list", "arguments"):
        # f`...` tagged template, or a generator argument `f(x for x in y)`
        return [args_node], keywords, unpacked
    for child in args_node.named_children:
        if child.type == "comment":
            continue
        if child.type == "keyword_argument":
            name = child.child_by_field_name("name")
            value = child.child_by_field_name("value")
            if name is not None:
                keywords.append(Option(model.text(name), name, value))
        elif child.type in ("list_splat", "dictionary_splat", "spread_element"):
            unpacked = True
        else:
            positional.append(child)
    return positional, keywords, unpacked


def object_options(model: ScriptModel, node: Node | None) -> tuple[list[Option], bool] | None:
    """The properties of a TS object literal (or Python dict literal with string keys);
    None when `node` is not such a literal. The flag says a spread was seen."""
    node = unwrap(node)
    if node is None:
        return None
    found: list[Option] = []
    spread = False
    if node.type == "object":
        for child in node.named_children:
            if child.type == "pair":
                key = child.child_by_field_name("key")
                if key is None:
                    continue
                name = string_value(model, key) if key.type == "string" else model.text(key)
                if key.type == "computed_property_name" or name is None:
                    spread = True
                    continue
                found.append(Option(name, key, child.child_by_field_name("value")))
            elif child.type == "shorthand_property_identifier":
                found.append(Option(model.text(child), child, None))
            elif child.type in ("spread_element", "method_definition"):
                spread = True
        return found, spread
    if node.type == "dictionary":
        for child in node.named_children:
            if child.type == "pair":
                key = child.child_by_field_name("key")
                name = string_value(model, key)
                if key is None or name is None:
                    spread = True
                    continue
                found.append(Option(name, key, child.child_by_field_name("value")))
            elif child.type == "dictionary_splat":
                spread = True
        return found, spread
    if node.type == "call" and model.semantic is not None:
        # `dict(attempts=3, delay=5)`: the builtin's keywords are the keys
        callee = node.child_by_field_name("function")
        args = node.child_by_field_name("arguments")
        if callee is None or args is None or model.semantic.qualified_name(callee) != "dict":
            return None
        for child in args.named_children:
            if child.type == "keyword_argument":
                key = child.child_by_field_name("name")
                if key is not None:
                    found.append(Option(model.text(key), key, child.child_by_field_name("value")))
            elif child.type != "comment":
                spread = True  # `dict(base, ...)` / `dict(**base)`: keys not all known
        return found, spread
    return None


def timedelta_value(model: ScriptModel, node: Node | None) -> Node | None:
    """The `timedelta(...)` call `node` is, or a name bound once to one holds, else None."""
    node = unwrap(node)
    semantic = model.semantic
    if node is None or semantic is None:
        return None
    if node.type == "identifier":
        binding = semantic.resolve(node)
        node = unwrap(binding.assigned_value) if binding is not None else None
    if node is None or node.type != "call":
        return None
    name = semantic.qualified_name(node.child_by_field_name("function"))
    return node if name in TIMEDELTA_CLASSES else None


TIMEDELTA_CLASSES = frozenset({"datetime.timedelta", "pandas.Timedelta"})

# `datetime.timedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks)`
TIMEDELTA_UNITS = (
    ("days", 86400.0),
    ("seconds", 1.0),
    ("microseconds", 1e-6),
    ("milliseconds", 1e-3),
    ("minutes", 60.0),
    ("hours", 3600.0),
    ("weeks", 604800.0),
)


def timedelta_seconds_field(
    model: ScriptModel, node: Node | None
) -> tuple[Node, float, Node] | None:
    """`(timedelta call, its total seconds, what `.seconds` is read of)` when `node`
    reads `.seconds` of a `datetime.timedelta` of literal arguments one day long or
    longer (`REVIEW.seconds` with `REVIEW = timedelta(days=3)`): that attribute is only
    the part below one day (0 here), not the length, which `.total_seconds()` gives."""
    node = unwrap(node)
    if node is None or node.type != "attribute" or model.semantic is None:
        return None
    attr = node.child_by_field_name("attribute")
    if attr is None or model.text(attr) != "seconds":
        return None
    held = node.child_by_field_name("object")
    call = timedelta_value(model, held)
    if call is None or held is None:
        return None
    if model.semantic.qualified_name(call.child_by_field_name("function")) != "datetime.timedelta":
        return None
    args = call.child_by_field_name("arguments")
    if args is None:
        return None
    total = 0.0
    units = dict(TIMEDELTA_UNITS)
    position = 0
    for child in args.named_children:
        if child.type == "comment":
            continue
        if child.type == "keyword_argument":
            key = child.child_by_field_name("name")
            unit = units.get(model.text(key)) if key is not None else None
            value = number_value(model, child.child_by_field_name("value"))
        elif position < len(TIMEDELTA_UNITS):
            unit = TIMEDELTA_UNITS[position][1]
            value = number_value(model, child)
            position += 1
        else:
            return None
        if unit is None or value is None:
            return None  # `timedelta(days=n)`, `**kw`: its length is not known here
        total += unit * value
    return (call, total, held) if total >= 86400 else None


def string_value(model: ScriptModel, node: Node | None) -> str | None:
    """The value of a plain string literal (no interpolation), else None."""
    node = unwrap(node)
    if node is None:
        return None
    if node.type == "string":
        parts = [c for c in node.named_children if c.type not in ("string_start", "string_end")]
        if any(p.type == "interpolation" for p in parts):
            return None
        raw = model.text(node)
        # strip prefixes and quotes: 'x', "x", r"x", """x"""
        body = raw.lstrip("rRbBuUfF")
        for quote in ('"""', "'''", '"', "'"):
            if body.startswith(quote) and body.endswith(quote) and len(body) >= 2 * len(quote):
                return body[len(quote) : -len(quote)]
        return None
    if node.type == "template_string":
        if any(c.type == "template_substitution" for c in node.named_children):
            return None
        return model.text(node)[1:-1]
    return None


def number_value(model: ScriptModel, node: Node | None) -> float | None:
    """The value of a numeric literal (with an optional minus sign), else None."""
    node = unwrap(node)
    if node is None:
        return None
    sign = 1.0
    if node.type in ("unary_operator", "unary_expression") and node.named_child_count == 1:
        op = model.text(node)[:1]
        if op not in ("-", "+"):
            return None
        sign = -1.0 if op == "-" else 1.0
        node = node.named_children[0]
    if node.type in ("integer", "float", "number"):
        try:
            return sign * float(model.text(node).replace("_", ""))
        except ValueError:
            return None
    return None


def number_behind(model: ScriptModel, node: Node | None) -> float | None:
    """`number_value` of a literal, or of the literal a name is assigned once
    (`const MAX_ATTEMPTS = 500`, `RETRIES = 3`)."""
    number = number_value(model, node)
    inner = unwrap(node)
    if number is not None or inner is None or inner.type != "identifier":
        return number
    if model.semantic is None:
        return None
    binding = model.semantic.lookup(model.text(inner), model.semantic.scope_at(inner))
    value = binding.assigned_value if binding is not None else None
    return number_value(model, value) if value is not None else None


def is_function(model: ScriptModel, node: Node | None) -> bool:
    return node is not None and node.type in function_types(model)


def function_body(node: Node) -> Node | None:
    return node.child_by_field_name("body")


# Parts of a parameter list that bind no name: types, and default values (`x=y`,
# `x: int = y`, TypeScript `x = y` and `{ a = b }`).
_NOT_BINDING = ("type_annotation", "type")
_DEFAULT_FIELDS = {
    "default_parameter": "value",
    "typed_default_parameter": "value",
    "required_parameter": "value",
    "optional_parameter": "value",
    "object_assignment_pattern": "right",
    "assignment_pattern": "right",
}


def function_params(model: ScriptModel, node: Node) -> set[str]:
    """Names bound by a function's parameters.

    One walk down the parameter list that skips what binds nothing (a walk up
    from every identifier was quadratic in the nesting depth, and tree-sitter
    finds a node's parent from the root: 40 s on 1,000 unclosed parentheses in an
    annotation, found by the fuzz run)."""
    params = node.child_by_field_name("parameters") or node.child_by_field_name("parameter")
    if params is None:
        return set()
    if params.type == "identifier":
        return {model.text(params)}
    names: set[str] = set()
    stack = [params]
    while stack:
        current = stack.pop()
        if current.type in _NOT_BINDING:
            continue
        if current.type in ("identifier", "shorthand_property_identifier_pattern"):
            names.add(model.text(current))
        default_field = _DEFAULT_FIELDS.get(current.type)
        default = current.child_by_field_name(default_field) if default_field else None
        stack.extend(
            child for child in current.named_children if default is None or child != default
        )
    return names


def nodes_of_type(model: ScriptModel, kind: str, root: Node | None = None) -> list[Node]:
    """Every node of one type below `root` (the whole file by default), in source
    order, found by a tree-sitter query (in C, not by visiting every node)."""
    root = root if root is not None else model.tree.root_node
    found = captures(model.language, f"({kind}) @n", root).get("n", [])
    return sorted(found, key=lambda n: n.start_byte)


def node_index(model: ScriptModel) -> NodeIndex:
    return model.node_index


def nodes_in(model: ScriptModel, kind: str, root: Node | None = None) -> list[Node]:
    """`nodes_of_type`, from the file's node index (or one query per type and file,
    kept with the model's facts), sliced to `root`."""
    return nodes_of_kinds(model, (kind,), root)


def nodes_of_kinds(
    model: ScriptModel, kinds: tuple[str, ...], root: Node | None = None
) -> list[Node]:
    """Named nodes of any of `kinds` below `root`, `root` included, in the order a
    walk meets them, read from the file's node index or from one query per set of
    kinds (kept with the model's facts)."""
    if INDEXED_KINDS.issuperset(kinds):
        index = model.node_index
        if len(kinds) == 1:
            return index.below(kinds[0], root)
        # each type's slice below `root`, merged: no list of every indexed node kept
        return index.of_kinds(kinds, root)
    by_type = facts(model).by_type
    cache_key = " ".join(kinds)
    every = by_type.get(cache_key)
    if every is None:
        grammar = language(model.language)
        known = [k for k in kinds if grammar.id_for_node_kind(k, True) is not None]
        if known:
            pattern = "[" + " ".join(f"({k})" for k in known) + "] @n"
            found = captures(model.language, pattern, model.tree.root_node).get("n", [])
        else:
            found = []
        every = by_type[cache_key] = in_walk_order(list(found))
    return within(every, root)


def within(nodes: list[Node], root: Node | None) -> list[Node]:
    """The nodes (in source order) that start inside `root`, `root` itself included."""
    if root is None:
        return nodes
    start = bisect.bisect_left(nodes, root.start_byte, key=_start_byte)
    end = bisect.bisect_left(nodes, root.end_byte, key=_start_byte)
    return nodes[start:end]


def keyword_nodes(
    model: ScriptModel, keyword: str, kinds: tuple[str, ...], root: Node | None = None
) -> list[Node]:
    """Nodes of `kinds` below `root` whose own `keyword` token (`for`, `while`) is
    there, in source order: the source is searched for the word and tree-sitter
    asked about each hit, which costs far less than a query over a long body."""
    data = model.source.data
    start = root.start_byte if root is not None else 0
    end = root.end_byte if root is not None else len(data)
    tree_root = model.tree.root_node
    found = []
    for match in _word(keyword).finditer(data, start, end):
        token = tree_root.descendant_for_byte_range(match.start(), match.end())
        if token is None or token.type != keyword or token.is_named:
            continue
        parent = token.parent
        if parent is not None and parent.type in kinds and parent.start_byte >= start:
            found.append(parent)
    return found


@cache
def _word(keyword: str) -> re.Pattern[bytes]:
    return re.compile(rb"\b" + re.escape(keyword.encode()) + rb"\b")


def names_spelled(
    model: ScriptModel, name: str, kinds: tuple[str, ...], root: Node | None = None
) -> list[Node]:
    """Nodes of `kinds` below `root` spelled exactly `name`, in source order: the
    source is searched for the name and tree-sitter asked about each hit, instead
    of reading the text of every identifier of a long body."""
    data = model.source.data
    start = root.start_byte if root is not None else 0
    end = root.end_byte if root is not None else len(data)
    tree_root = model.tree.root_node
    found = []
    for match in _name(name).finditer(data, start, end):
        token = tree_root.descendant_for_byte_range(match.start(), match.end())
        if (
            token is not None
            and token.type in kinds
            and token.start_byte == match.start()
            and token.end_byte == match.end()
        ):
            found.append(token)
    return found


@lru_cache(maxsize=512)
def _name(name: str) -> re.Pattern[bytes]:
    # an identifier's characters: ASCII word characters, `$` (TypeScript) and the
    # bytes of any non-ASCII letter
    edge = rb"[A-Za-z0-9_$\x80-\xff]"
    return re.compile(rb"(?<!" + edge + rb")" + re.escape(name.encode()) + rb"(?!" + edge + rb")")


def class_names(model: ScriptModel) -> set[str]:
    """The names the file's `class` statements define: a name outside them is
    bound to no class, with no scope lookup."""
    f = facts(model)
    if f.class_names is None:
        names: set[str] = set()
        for node in nodes_of_kinds(model, ("class_definition", "class_declaration")):
            name = node.child_by_field_name("name")
            if name is not None:
                names.add(model.text(name))
        f.class_names = names
    return f.class_names


def call_nodes(model: ScriptModel, root: Node | None = None) -> list[Node]:
    """Every call below `root` (the whole file by default), in source order."""
    if root is None or root.id == model.tree.root_node.id:
        return facts(model).call_nodes
    return within(facts(model).call_nodes, root)


def calls_named(model: ScriptModel, names: frozenset[str], root: Node | None = None) -> list[Node]:
    """Calls below `root` whose callee's text is one of `names`.

    A callee starts where its call starts, so the source is searched for the names
    first (one regular expression in C) and only calls starting at a hit are asked
    for their callee: asking tree-sitter for every call's callee is what costs."""
    calls = call_nodes(model, root)
    if not calls:
        return []
    data = model.source.data
    start = root.start_byte if root is not None else 0
    end = root.end_byte if root is not None else len(data)
    hits = _starts(data, names, start, end)
    found = []
    for call in calls:
        if call.start_byte in hits:
            callee = callee_of(call)
            if callee is not None and model.text(callee) in names:
                found.append(call)
    return found


def _starts(data: bytes, names: frozenset[str], start: int, end: int) -> set[int]:
    """Where any of `names` starts in `data[start:end]` (overlapping starts too):
    `_heads(names)`'s matches, found by `bytes.find` per name. The lookahead
    pattern was tried at every byte of the region (17 ms over a 5,000-line file)."""
    encoded = _encoded(names)
    if b"" in encoded:
        return {m.start() for m in _heads(names).finditer(data, start, end)}
    hits: set[int] = set()
    find = data.find
    for name in encoded:
        at = find(name, start, end)
        while at >= 0:
            hits.add(at)
            at = find(name, at + 1, end)
    return hits


@cache
def _encoded(names: frozenset[str]) -> tuple[bytes, ...]:
    return tuple(n.encode() for n in names)


@cache
def _heads(names: frozenset[str]) -> re.Pattern[bytes]:
    # a lookahead finds overlapping starts too
    alternatives = b"|".join(re.escape(n.encode()) for n in sorted(names, key=len, reverse=True))
    return re.compile(b"(?=" + alternatives + b")")


def walk(root: Node) -> Iterator[Node]:
    """Every named node below `root`, root included, in source order."""
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(node.named_children))


def walk_same_function(model: ScriptModel, root: Node) -> Iterator[Node]:
    """Named nodes below `root` that are not inside a nested function."""
    kinds = function_types(model)
    stack = list(reversed(root.named_children))
    while stack:
        node = stack.pop()
        yield node
        if node.type in kinds:
            continue
        stack.extend(reversed(node.named_children))


def same_function_nodes(model: ScriptModel, kinds: tuple[str, ...], root: Node) -> list[Node]:
    """The nodes of `kinds` that `walk_same_function(model, root)` meets, in its order,
    read from the node lists (a walk of every node of a long workflow body in
    Python cost several times the parse)."""
    found = nodes_of_kinds(model, kinds, root)
    if not found:
        return []
    # the functions nested in `root`, outermost only: what the walk does not enter
    nested: list[Node] = []
    for fn in nodes_of_kinds(model, function_types(model), root):
        if fn.id == root.id or (nested and fn.start_byte < nested[-1].end_byte):
            continue
        nested.append(fn)
    starts = [fn.start_byte for fn in nested]
    kept = []
    for node in found:
        if node.id == root.id or node.end_byte > root.end_byte:
            continue  # `root` itself, or an enclosing node that starts where it does
        if node.start_byte == root.start_byte and node.end_byte == root.end_byte:
            if root.child_with_descendant(node) is None:
                continue  # an enclosing node of the same span (a block's only statement
                # is inside it)
        at = bisect.bisect_right(starts, node.start_byte) - 1
        if at >= 0 and node.start_byte < nested[at].end_byte and node.id != nested[at].id:
            continue  # inside a nested function
        kept.append(node)
    return kept


def enclosing_functions(model: ScriptModel, node: Node) -> Iterator[Node]:
    """The functions around `node`, innermost first: from the file's functions in walk
    order and the function each sits in, not from `node`'s ancestors (a descent from
    the root per question: 3,000 nested calls in a workflow body asked it 3,000 times)."""
    return enclosing_of_kinds(model, node, function_types(model))


def enclosing_of_kinds(model: ScriptModel, node: Node, kinds: tuple[str, ...]) -> Iterator[Node]:
    """The nodes of `kinds` around `node` (which nest or are apart), innermost first."""
    nest = _function_nest(model, kinds)
    start, end = node.start_byte, node.end_byte
    at = bisect.bisect_right(nest.starts, start) - 1
    while at >= 0:
        function = nest.nodes[at]
        # an ancestor holds it and is larger (a function of the same span is itself)
        if function.end_byte >= end and (function.start_byte, function.end_byte) != (start, end):
            break
        at = nest.parents[at]
    while at >= 0:
        yield nest.nodes[at]
        at = nest.parents[at]


@dataclass
class FunctionNest:
    """The file's functions (of `function_types`) in walk order, with the index of the
    function each one sits in (-1 at the top)."""

    nodes: list[Node]
    starts: list[int]
    parents: list[int]


_NESTS: dict[tuple[int, tuple[str, ...]], tuple[weakref.ref[ScriptModel], FunctionNest]] = {}


def _function_nest(model: ScriptModel, kinds: tuple[str, ...]) -> FunctionNest:
    key = (id(model), kinds)
    hit = _NESTS.get(key)
    if hit is not None and hit[0]() is model:
        return hit[1]
    nodes = nodes_of_kinds(model, kinds)
    parents: list[int] = []
    open_ones: list[int] = []  # indexes of the functions holding the current one
    for index, function in enumerate(nodes):
        while open_ones and nodes[open_ones[-1]].end_byte <= function.start_byte:
            open_ones.pop()
        parents.append(open_ones[-1] if open_ones else -1)
        open_ones.append(index)
    nest = FunctionNest(nodes, [n.start_byte for n in nodes], parents)

    def forget(_: object) -> None:
        found = _NESTS.get(key)
        if found is not None and found[0]() is None:
            del _NESTS[key]

    _NESTS[key] = (weakref.ref(model, forget), nest)
    return nest


def awaitable_here(model: ScriptModel, node: Node) -> bool:
    """May an `await` be written at `node`: is the function (or class body) nearest
    around it `async`? Read from the file's nest of them, not from `node`'s ancestors."""
    kinds = tuple(sorted(model.lang.function_nodes))
    inner = next(enclosing_of_kinds(model, node, kinds), None)
    if inner is None:
        return model.lang.module_await
    return any(child.type == "async" for child in inner.children)


def inside_loop(model: ScriptModel, node: Node, within: Node) -> bool:
    """`node` is in a loop (or comprehension) that is itself inside `within`."""
    kinds = loop_types(model)
    functions = function_types(model)
    for parent in ancestors(model.tree.root_node, node):
        if parent == within:
            return False
        if parent.type in kinds:
            if parent.type == "for_statement":
                # a `for x in xs` evaluates `xs` once (a C-style `for (;;)` has no `right`)
                right = parent.child_by_field_name("right")
                if right is not None and right.start_byte <= node.start_byte < right.end_byte:
                    continue
            return True
        if parent.type in functions:
            return False
    return False


# ---------------------------------------------------------------------------
# Names


def bound_value(model: ScriptModel, name: str, at: Node, scope: Scope | None = None) -> Node | None:
    """What `name` is bound to where `at` reads it: its assigned value, or the
    `def` / `function` / `class` node; None for a parameter, an import, or a
    global we cannot see. Resolved through the semantic model's scopes (`scope`:
    the one holding `at`, when the caller has it)."""
    semantic = model.semantic
    if semantic is None:
        return None
    binding = semantic.lookup(name, scope if scope is not None else semantic.scope_at(at))
    if binding is None:
        return None
    if binding.kind in (SemBinding.ASSIGNMENT, SemBinding.FUNCTION, SemBinding.CLASS):
        return binding.value
    return None


def _binding_value(model: ScriptModel, node: Node, name: str) -> Node | None:
    if node.type == "assignment":  # Python
        left = node.child_by_field_name("left")
        if left is not None and left.type == "identifier" and model.text(left) == name:
            return node.child_by_field_name("right")
    elif node.type == "variable_declarator":  # TypeScript
        left = node.child_by_field_name("name")
        if left is not None and left.type == "identifier" and model.text(left) == name:
            return node.child_by_field_name("value")
    elif node.type in ("function_definition", "function_declaration"):
        left = node.child_by_field_name("name")
        if left is not None and model.text(left) == name:
            return node
    elif node.type == "class_definition" or node.type == "class_declaration":
        left = node.child_by_field_name("name")
        if left is not None and model.text(left) == name:
            return node
    return None


# Bases that make an Enum's members `str`s themselves (`StrEnum`, `class S(str, Enum)`).
STR_ENUM_BASES = frozenset({"StrEnum", "str"})
# Bases that make an Enum's members `int`s themselves (`IntEnum`, `class N(int, Enum)`):
# they hash as their value (`int.__hash__` comes before `Enum.__hash__` in their MRO).
INT_ENUM_BASES = frozenset({"IntEnum", "IntFlag", "int"})
ENUM_BASES = frozenset({"Enum", "StrEnum", "IntEnum", "Flag", "IntFlag", "ReprEnum"})


@dataclass(frozen=True)
class EnumMember:
    """`Stage.PLAN` (or `Stage.PLAN.value`) of an enum class of the file."""

    enum: str  # the class's name
    is_str: bool  # a `str` enum: the member is a string equal to its value
    by_value: bool  # read through `.value`
    value: str | None  # the string literal assigned to the member, if it is one
    is_int: bool = False  # an `int` enum (`IntEnum`, `IntFlag`): the member is an int


def enum_member(model: ScriptModel, node: Node) -> EnumMember | None:
    """What `node` is when it names a member of an enum class of the file (Python):
    `Stage.PLAN`, or its `.value`."""
    if node.type == "member_expression":
        return _typescript_enum_member(model, node)
    if node.type != "attribute":
        return None
    owner = node.child_by_field_name("object")
    attribute = node.child_by_field_name("attribute")
    if owner is None or attribute is None:
        return None
    by_value = False
    if model.text(attribute) == "value" and owner.type == "attribute":
        by_value = True
        attribute = owner.child_by_field_name("attribute")
        owner = owner.child_by_field_name("object")
        if owner is None or attribute is None:
            return None
    if owner.type != "identifier":
        return None
    definition = bound_value(model, model.text(owner), node)
    if definition is None or definition.type != "class_definition":
        return None
    superclasses = definition.child_by_field_name("superclasses")
    bases = {
        model.text(b).rsplit(".", 1)[-1]
        for b in (superclasses.named_children if superclasses is not None else ())
    }
    if not bases & ENUM_BASES:
        return None
    wanted = model.text(attribute)
    for inner in class_assignments(definition):
        target, value = inner.child_by_field_name("left"), inner.child_by_field_name("right")
        if target is None or value is None or model.text(target) != wanted:
            continue
        literal = string_value(model, value)
        return EnumMember(
            model.text(owner),
            bool(bases & STR_ENUM_BASES),
            by_value,
            literal,
            bool(bases & INT_ENUM_BASES),
        )
    return None


def class_assignments(cls: Node) -> list[Node]:
    """The assignments (`name = value`, `name: T = value`, `name: T`) that are
    statements of a Python class's body, in order."""
    body = cls.child_by_field_name("body")
    found: list[Node] = []
    for statement in body.named_children if body is not None else ():
        inner = statement.named_children[0] if statement.named_children else None
        if statement.type == "expression_statement" and inner is not None:
            if inner.type == "assignment":
                found.append(inner)
    return found


def _typescript_enum_member(model: ScriptModel, node: Node) -> EnumMember | None:
    """`Stage.PLAN` of a module-level `enum Stage { PLAN = "plan" }`: a string member is
    the string itself at run time."""
    owner = node.child_by_field_name("object")
    prop = node.child_by_field_name("property")
    semantic = model.semantic
    if owner is None or prop is None or owner.type != "identifier" or semantic is None:
        return None
    if semantic.resolve(owner) is not None:
        return None  # a name bound in the file (enums are not): not the enum
    wanted = model.text(owner)
    literal = typescript_enum_string(model, wanted, model.text(prop))
    if literal is None:
        return None  # no such member, or a numeric one: no string
    return EnumMember(wanted, True, False, literal)


def typescript_enum_string(model: ScriptModel, owner: str, member: str) -> str | None:
    """The string member `member` of a TypeScript `enum owner` declared at the module's
    top level (`enum Scripts { Export = "f/shop/export" }`, exported or `const` too),
    else None (no such enum or member, or a numeric one)."""
    for statement in model.tree.root_node.named_children:
        declaration = statement
        if statement.type == "export_statement":
            declaration = statement.child_by_field_name("declaration") or statement
        if declaration.type != "enum_declaration":
            continue
        name = declaration.child_by_field_name("name")
        body = declaration.child_by_field_name("body")
        if name is None or body is None or model.text(name) != owner:
            continue
        for entry in body.named_children:
            key = entry.child_by_field_name("name") if entry.type == "enum_assignment" else entry
            if key is None or model.text(key).strip("\"'") != member:
                continue
            value = entry.child_by_field_name("value") if entry.type == "enum_assignment" else None
            return string_value(model, value) if value is not None else None
    return None


def with_context_calls(statement: Node) -> list[Node]:
    """The calls that build a Python `with` statement's context managers (`with a(),
    b() as x:`)."""
    out: list[Node] = []
    for clause in statement.named_children:
        if clause.type != "with_clause":
            continue
        for item in clause.named_children:
            value = item.child_by_field_name("value") if item.type == "with_item" else None
            if value is not None and value.type == "as_pattern" and value.named_children:
                value = value.named_children[0]
            if value is not None and value.type == "call":
                out.append(value)
    return out


def namespace_member(model: ScriptModel, node: Node | None, depth: int = 0) -> Node | None:
    """What `Tags.normalize` names when `Tags` is a TypeScript namespace of the file
    (`namespace Tags { export function normalize(...) }`, nested ones too): the
    function, or the value a name of the namespace is assigned once; else None."""
    semantic = model.semantic
    if node is None or semantic is None or node.type != "member_expression" or depth > 4:
        return None
    obj = unwrap(node.child_by_field_name("object"))
    prop = node.child_by_field_name("property")
    if obj is None or prop is None:
        return None
    if obj.type == "identifier":
        binding = semantic.resolve(obj)
        if binding is None or binding.kind != SemBinding.NAMESPACE:
            return None
        declaration = binding.value
    else:
        declaration = namespace_member(model, obj, depth + 1)
    body = declaration.child_by_field_name("body") if declaration is not None else None
    if declaration is None or declaration.type != "internal_module" or body is None:
        return None
    member = semantic.scope_of_function(body).bindings.get(model.text(prop))
    if member is None:
        return None
    if member.kind == SemBinding.NAMESPACE:
        return member.value
    if member.kind == SemBinding.FUNCTION:
        return member.value
    return member.assigned_value


def static_member(model: ScriptModel, node: Node | None) -> Node | None:
    """What `Approvals.ask` / `Approvals.KEY` names when `Approvals` is a TypeScript
    class of the file: its static method, or the value of its `static readonly` field;
    else None."""
    semantic = model.semantic
    if node is None or semantic is None or node.type != "member_expression":
        return None
    obj = unwrap(node.child_by_field_name("object"))
    prop = node.child_by_field_name("property")
    if obj is None or prop is None or obj.type != "identifier":
        return None
    binding = semantic.resolve(obj)
    if binding is None or binding.kind != SemBinding.CLASS or binding.value is None:
        return None
    body = binding.value.child_by_field_name("body")
    name = model.text(prop)
    for member in body.named_children if body is not None else []:
        words = {c.type for c in member.children}
        member_name = member.child_by_field_name("name")
        if member_name is None or model.text(member_name) != name or "static" not in words:
            continue
        if member.type == "method_definition":
            return member
        if member.type == "public_field_definition" and "readonly" in words:
            return member.child_by_field_name("value")
    return None


def member_constant(model: ScriptModel, node: Node | None) -> Node | None:
    """The value behind `Keys.OPS` (a `const` of a TypeScript namespace of the file) or
    `Approvals.KEY` (a `static readonly` field of a class of the file), else None."""
    value = namespace_member(model, node) or static_member(model, node)
    return value if value is not None and not is_function(model, value) else None


_MEMBER_READS = ("member_expression", "subscript", "subscript_expression")


def frozen_literal_member(model: ScriptModel, node: Node | None) -> Node | None:
    """The value behind `STEPS.fx` / `STEPS["fx"]` when `STEPS` is bound once to an
    object or dict literal (`as const` or not) that the file never changes: every
    other use of the name is such a read of a literal key, none written, deleted or
    handed to a call that could change it; else None."""
    node = unwrap(node)
    semantic = model.semantic
    if node is None or semantic is None or node.type not in _MEMBER_READS:
        return None
    holder, key = _member_parts(model, node)
    if holder is None or key is None or holder.type not in semantic.syntax.identifiers:
        return None
    binding = semantic.resolve(holder)
    literal = unwrap(binding.assigned_value) if binding is not None else None
    if binding is None or literal is None or literal.type not in ("object", "dictionary"):
        return None
    if binding.rebound or binding.reassigned:
        return None
    data, root = model.source.data, model.tree.root_node
    for match in _name(binding.name).finditer(data):
        use = root.descendant_for_byte_range(match.start(), match.end())
        if use is not None and use.type == "shorthand_property_identifier":
            return None  # `{ STEPS }`: handed on inside an object
        if use is None or use.type not in semantic.syntax.identifiers:
            continue  # inside a string or a comment, or another object's member
        if use.start_byte == binding.node.start_byte or semantic.resolve(use) is not binding:
            continue  # the binding itself, or another name spelled alike
        read = use.parent
        parts = (
            _member_parts(model, read) if read is not None and read.type in _MEMBER_READS else None
        )
        if read is None or parts is None or parts[0] != use or parts[1] is None or _written(read):
            return None  # handed on whole (a callee may change it), or changed here
    options = object_options(model, literal)
    if options is None or options[1]:
        return None  # a spread may set the key
    values = [option.value for option in options[0] if option.name == key]
    return values[-1] if values else None  # the last of repeated keys wins


def _member_parts(model: ScriptModel, node: Node) -> tuple[Node | None, str | None]:
    """The object and the literal key of `x.k`, `x["k"]` (the key None when computed)."""
    if node.type == "member_expression":
        prop = node.child_by_field_name("property")
        return node.child_by_field_name("object"), (
            model.text(prop) if prop is not None and prop.type == "property_identifier" else None
        )
    holder = node.child_by_field_name("value") or node.child_by_field_name("object")
    index = node.child_by_field_name("subscript") or node.child_by_field_name("index")
    return holder, string_value(model, index)


def _written(read: Node) -> bool:
    """Is the member read the target of a write, a `delete`, `++` / `--`, or the
    receiver of a call (`STEPS.fx.push(...)`, `STEPS["a"].update(...)`)?"""
    parent = read.parent
    if parent is None:
        return False
    if parent.type in (
        "assignment",
        "augmented_assignment",
        "assignment_expression",
        "augmented_assignment_expression",
    ):
        return parent.child_by_field_name("left") == read
    if parent.type in ("update_expression", "delete_statement"):
        return True
    if parent.type == "unary_expression" and parent.children[0].type == "delete":
        return True
    if parent.type in ("member_expression", "attribute"):
        return True  # a member of the member: a method call or a nested write
    return False


def function_named(model: ScriptModel, node: Node | None) -> Node | None:
    """The function an expression evaluates to, when the file defines it:
    a lambda / arrow itself, a name bound to one, `functools.partial(f, ...)`,
    `f.bind(...)`."""
    node = unwrap(node)
    if node is None:
        return None
    if is_function(model, node):
        return node
    if node.type == "identifier":
        value = bound_value(model, model.text(node), node)
        if value is not None and value != node:
            return function_named(model, value)
        return None
    if node.type in ("call", "call_expression"):
        callee = callee_of(node)
        args, _, _ = arguments_of(model, node)
        if callee is not None and args:
            name = model.text(callee)
            if name in ("functools.partial", "partial"):
                return function_named(model, args[0])
        if callee is not None and callee.type == "member_expression":
            prop = callee.child_by_field_name("property")
            if prop is not None and model.text(prop) == "bind":
                return function_named(model, callee.child_by_field_name("object"))
    return None


# ---------------------------------------------------------------------------
# SDK calls


def facts(model: ScriptModel) -> Facts:
    """The SDK facts of one model, computed once."""
    return _facts(model)


# Weak: a model is dropped from here when it dies. Holding models strongly kept up
# to 33 of them (trees included) alive in a language server, and every garbage
# collection then scanned them all (tens of ms per edit at 5,000 lines).
_CACHE: dict[int, tuple[weakref.ref[ScriptModel], Facts]] = {}


def _facts(model: ScriptModel) -> Facts:
    key = id(model)
    hit = _CACHE.get(key)
    if hit is not None and hit[0]() is model:
        return hit[1]
    result = _compute(model)
    _CACHE[key] = (weakref.ref(model, lambda _: _forget(key)), result)
    return result


def _forget(key: int) -> None:
    hit = _CACHE.get(key)
    if hit is not None and hit[0]() is None:  # not a newer model at the same address
        del _CACHE[key]


def _compute(model: ScriptModel) -> Facts:
    out = Facts()
    out.call_nodes = model.node_index.by_type.get(model.lang.call_node, [])
    wf = model.workflow
    if wf is not None and wf.function is not None:
        out.workflow_function = wf.function.node
    for call, primitive in _sdk_call_sites(model, out.call_nodes):
        callee = callee_of(call)
        if callee is None:
            continue
        args, keywords, unpacked = arguments_of(model, call)
        holder = model.parent_of(call)
        decorator = holder is not None and holder.type == "decorator"
        spelling = model.lang.sdk_names[primitive.value]
        out.calls.append(
            SdkCall(primitive, spelling, call, callee, args, keywords, unpacked, decorator)
        )
    # Step callbacks and task bodies of the whole file, and the functions of the file
    # only they reach (any depth; body code wins): the model's call graph.
    for reached in model.call_graph.durable_code(CodeRole.STEP):
        out.step_callbacks[reached.function.id] = reached.function
    for reached in model.call_graph.durable_code(CodeRole.TASK):
        out.task_bodies[reached.function.id] = reached.function
    by_name = {t.binding: t for t in model.tasks if t.binding and t.top_level}
    seen: set[int] = set()
    call_types = ("call", "call_expression")
    for durable in model.durable_calls:
        if durable.kind == "task" and durable.task is not None and durable.node.type in call_types:
            seen.add(durable.node.id)
            if maps_task(model, durable.node, durable.task):
                continue  # `map(process, xs)`: its arguments are not the task's
            _add_task_call(model, out, durable.node, durable.task.kind, durable.task, durable.span)
    if by_name:
        for node in out.call_nodes:
            if node.id in seen:
                continue
            callee = callee_of(node)
            if callee is not None and callee.type == "identifier":
                target = by_name.get(model.text(callee))
                if target is not None and bound_value(model, model.text(callee), node) is not None:
                    _add_task_call(model, out, node, target.kind, target)
    return out


BY_VALUE = {p.value: p for p in Primitive}
BY_SPELLING = {
    **BY_VALUE,
    **{TYPESCRIPT_SDK_NAMES[p.value]: p for p in Primitive},
}


def _sdk_call_sites(model: ScriptModel, calls: list[Node]) -> list[tuple[Node, Primitive]]:
    """Calls of a WAC primitive: the model's resolved SDK references (through imports,
    namespaces, `from wmill.client import`, `t = task`, `const { task } = wmill`;
    a local name that shadows the SDK's is not one) that are a call's callee."""
    found: list[tuple[Node, Primitive]] = []
    call_types = ("call", "call_expression")
    for ref in model.references:
        primitive = BY_SPELLING.get(ref.concept)
        if primitive is None:
            continue
        parent = model.parent_of(ref.node)
        if parent is None or parent.type not in call_types:
            continue
        callee = callee_of(parent)
        if callee is not None and callee.id == ref.node.id:
            found.append((parent, primitive))
    found.extend(_member_sdk_calls(model, calls, {call.id for call, _ in found}))
    found.sort(key=lambda item: item[0].start_byte)
    return found


def _member_sdk_calls(
    model: ScriptModel, calls: list[Node], seen: set[int]
) -> Iterator[tuple[Node, Primitive]]:
    """`durable.sleep("2h")` where `const durable = { step, sleep }`: a primitive
    reached as a member of an object of the file, which the semantic model resolves
    to the SDK's name (a namespace import's members are references already)."""
    semantic = model.semantic
    if semantic is None:
        return
    names = model.lang.sdk_names
    spellings = {spelling: BY_SPELLING[concept] for concept, spelling in names.items()}
    for call in calls:
        if call.id in seen:
            continue
        callee = callee_of(call)
        if callee is None or callee.type not in ("member_expression", "attribute"):
            continue
        member = callee.child_by_field_name("property") or callee.child_by_field_name("attribute")
        primitive = spellings.get(model.text(member)) if member is not None else None
        if primitive is None:
            continue
        name = semantic.qualified_name(callee)
        if name is not None and name.rpartition(".")[0] in model.lang.sdk_modules:
            yield call, primitive


def _start_byte(node: Node) -> int:
    return node.start_byte


# TypeScript array methods that call the function they are given once per item, with
# (item, index, array): `xs.forEach(ship)`, `xs.filter(isHot)`
PER_ITEM_METHODS = frozenset(
    {
        "map",
        "flatMap",
        "forEach",
        "filter",
        "some",
        "every",
        "find",
        "findIndex",
        "findLast",
        "findLastIndex",
    }
)


def maps_task(model: ScriptModel, call: Node, task: TaskDef | None = None) -> bool:
    """`map(process, xs)` / `xs.map(process)` / `itertools.starmap(process, pairs)`, and
    a TypeScript task handed to `forEach` / `filter` / `some` ...: the task is called
    once per item, with the item, not with the arguments written here."""
    callee = callee_of(call)
    if callee is None or model.semantic is None:
        return False
    if callee.type == "identifier":
        if task is not None and task.binding is not None and model.text(callee) == task.binding:
            return False  # the task called by its own name (resolving it costs a lookup)
        return model.semantic.qualified_name(callee) in ("map", "itertools.starmap")
    name = callee.child_by_field_name("property") or callee.child_by_field_name("attribute")
    if name is not None and model.text(name) == "starmap":
        return model.semantic.qualified_name(callee) == "itertools.starmap"
    if name is None:
        return False
    if model.text(name) in ("map", "flatMap"):
        return True
    return model.lang.per_item_array_methods and model.text(name) in PER_ITEM_METHODS


def _add_task_call(
    model: ScriptModel,
    out: Facts,
    call: Node,
    kind: str,
    task: TaskDef | None = None,
    target: Span | None = None,
) -> None:
    """`target`: the task the call reaches, where the model found it through
    `Function.prototype.call` / `apply` / `bind` or `Reflect.apply` rather than as the
    callee itself."""
    if kind not in TASK_FACTORIES:
        return
    callee = callee_of(call)
    args, keywords, unpacked = arguments_of(model, call)
    name = model.text(callee) if callee is not None else ""
    if (
        callee is not None
        and target is not None
        and (target.start_byte != callee.start_byte or target.end_byte != callee.end_byte)
    ):
        forwarded = function_method_arguments(model, call, callee, args, unpacked)
        if forwarded is not None:
            args, unpacked = forwarded
            name = model.text(target)
    primitive = BY_VALUE[kind]  # a dict, not the enum's constructor: once per task call
    out.task_calls.append(TaskCall(primitive, name, call, args, keywords, unpacked, task))


def function_method_arguments(
    model: ScriptModel, call: Node, callee: Node, args: list[Node], unpacked: bool
) -> tuple[list[Node], bool] | None:
    """The arguments a function receives when the call goes through JavaScript's
    `Function.prototype`: `send.call(thisArg, a, b)` passes `a, b`; `send.apply(thisArg,
    [a, b])` and `Reflect.apply(send, thisArg, [a, b])` the elements of the array (not
    known unless it is written there: then "unpacked"); `send.bind(thisArg, a)(b)`
    passes `a, b`. None when the call is none of these."""
    if callee.type == "member_expression":
        prop = callee.child_by_field_name("property")
        method = model.text(prop) if prop is not None else ""
        if method == "call":
            return args[1:], unpacked
        if method != "apply":
            return None
        # `Reflect.apply(send, thisArg, list)` / `send.apply(thisArg, list)`
        listed = args[2:3] if model.text(callee) == "Reflect.apply" else args[1:2]
        if unpacked:
            return [], True
        if not listed:
            return [], False
        array = unwrap(listed[0])
        if array is None or array.type != "array":
            return [], True  # the arguments are whatever the array holds then
        elements = [c for c in array.named_children if c.type != "comment"]
        spread = any(c.type == "spread_element" for c in elements)
        return [c for c in elements if c.type != "spread_element"], spread
    if callee.type == "call_expression":
        inner = callee_of(callee)
        prop = inner.child_by_field_name("property") if inner is not None else None
        if inner is None or inner.type != "member_expression" or prop is None:
            return None
        if model.text(prop) != "bind":
            return None
        bound, _, spread = arguments_of(model, callee)
        return bound[1:] + args, unpacked or spread
    return None


def keyword(call: SdkCall | TaskCall, name: str) -> Node | None:
    for option in call.keywords:
        if option.name == name:
            return option.value
    return None


def region_of(model: ScriptModel, node: Node) -> Region:
    """The innermost replay region `node` is in: the innermost step callback, task
    body or workflow function whose span holds it (by byte ranges: `Node.parent`
    costs the node's depth, and deep nesting made walking up quadratic)."""
    regions = _regions(model)
    x = node.start_byte
    i = bisect.bisect_right(regions.starts, x) - 1
    # Functions nest: the regions holding `x` are the last one starting before it and
    # its enclosing ones, innermost first (scanning them all per node was quadratic).
    while i >= 0:
        start, end, node_id, region = regions.spans[i]
        if start <= x < end and node_id != node.id:
            return region
        i = regions.parents[i]
    return Region.OTHER


@dataclass
class _Regions:
    """The replay regions of a file, by start, with the region enclosing each."""

    spans: list[tuple[int, int, int, Region]]  # (start, end, node id, region) by start
    starts: list[int]
    parents: list[int]  # index of the enclosing span, -1 for none


def _regions(model: ScriptModel) -> _Regions:
    f = facts(model)
    if f.regions is not None:
        return f.regions
    by_id: dict[int, tuple[int, int, int, Region]] = {}
    candidates = [
        *((fn, Region.STEP_CALLBACK) for fn in f.step_callbacks.values()),
        *((fn, Region.TASK_BODY) for fn in f.task_bodies.values()),
    ]
    if f.workflow_function is not None:
        candidates.append((f.workflow_function, Region.WORKFLOW))
    for fn, region in candidates:  # a node in two roles keeps its first, as before
        by_id.setdefault(fn.id, (fn.start_byte, fn.end_byte, fn.id, region))
    f.regions = _nest(sorted(by_id.values(), key=lambda s: (s[0], -s[1])))
    idle = list(_idle_definitions(model, f.regions))
    if idle:
        spans = sorted([*f.regions.spans, *idle], key=lambda s: (s[0], -s[1]))
        f.regions = _nest(spans)
    return f.regions


def _nest(spans: list[tuple[int, int, int, Region]]) -> _Regions:
    parents: list[int] = []
    stack: list[int] = []
    for index, (start, end, _, _) in enumerate(spans):
        while stack and not (spans[stack[-1]][0] <= start and end <= spans[stack[-1]][1]):
            stack.pop()
        parents.append(stack[-1] if stack else -1)
        stack.append(index)
    return _Regions(spans, [s[0] for s in spans], parents)


def _idle_definitions(
    model: ScriptModel, regions: _Regions
) -> Iterator[tuple[int, int, int, Region]]:
    """Named functions defined inside step or task code that nothing there names
    again (`def run(): await step(...)` inside a helper a step callback calls, never
    called or handed on): their code never runs, so it is in no region. A name
    spelled anywhere else in the enclosing step or task function (a call, a
    return, a comment) keeps the function in it."""
    for fn in model.node_index.of_kinds(model.lang.function_nodes_for_rules, None):
        i = bisect.bisect_right(regions.starts, fn.start_byte) - 1
        while i >= 0:
            start, end, node_id, region = regions.spans[i]
            if start <= fn.start_byte < end:
                break
            i = regions.parents[i]
        if i < 0 or node_id == fn.id:
            continue
        if region is not Region.STEP_CALLBACK and region is not Region.TASK_BODY:
            continue
        if idle_definition(model, fn, start, end):
            yield fn.start_byte, fn.end_byte, fn.id, Region.OTHER


def idle_definition(model: ScriptModel, fn: Node, start: int, end: int) -> bool:
    """`fn` is a named function defined between bytes `start` and `end` (the function
    holding it) whose name is spelled nowhere else there: nothing calls it."""
    name = _definition_name(model, fn)
    if name is None:
        return False
    word = re.compile(rb"(?<![\w$])" + re.escape(name) + rb"(?![\w$])")
    return len(word.findall(model.source.data, start, end)) == 1  # its definition only


def _definition_name(model: ScriptModel, fn: Node) -> bytes | None:
    """The name a nested definition binds (`def run`, `function run`, `const run = () =>`),
    None for an anonymous or decorated function (a decorator may register it)."""
    holder = model.parent_of(fn)
    if holder is None or holder.type == "decorated_definition":
        return None
    if fn.type in ("function_definition", "function_declaration", "generator_function_declaration"):
        name = fn.child_by_field_name("name")
    elif fn.type in ("arrow_function", "function_expression") and (
        holder.type == "variable_declarator"
    ):
        name = holder.child_by_field_name("name")
    else:
        return None
    if name is None or name.type != "identifier":
        return None
    return model.source.data[name.start_byte : name.end_byte]


def workflow_calls(model: ScriptModel) -> list[SdkCall]:
    """SDK calls whose region is the workflow body."""
    return [c for c in facts(model).calls if region_of(model, c.call) is Region.WORKFLOW]


def durable_nodes_in(model: ScriptModel, root: Node) -> list[Node]:
    """Calls below `root` that dispatch or checkpoint: SDK durable primitives,
    `parallel`, and calls of the file's tasks."""
    wanted = durable_ids(model)
    return [n for n in call_nodes(model, root) if n.id in wanted]


def durable_ids(model: ScriptModel) -> set[int]:
    """Node ids of the calls that dispatch or checkpoint (see `durable_nodes_in`)."""
    f = facts(model)
    if f.durable_ids is None:
        wanted = {
            c.call.id
            for c in f.calls
            if c.primitive in DURABLE or c.primitive == Primitive.PARALLEL
        }
        wanted |= {t.call.id for t in f.task_calls}
        wanted |= {
            d.node.id
            for d in model.durable_calls
            if d.kind in ("task", "step", "sleep", "approval", "parallel")
        }
        f.durable_ids = wanted
    return f.durable_ids


def is_durable_call(model: ScriptModel, node: Node) -> bool:
    node = unwrap(node) or node
    return node.id in durable_ids(model)


def task_names(model: ScriptModel) -> set[str]:
    return {t.binding for t in model.tasks if t.binding}


def arguments_for(model: ScriptModel, wf: Node, function: Node, param: str) -> list[Node]:
    """The argument each call of the file's `function` in the workflow body gives for
    `param` (by position or keyword)."""
    semantic = model.semantic
    if semantic is None or function.child_by_field_name("parameters") is None:
        return []
    names = parameter_names(model, function)
    index = names.index(param) if param in names else -1
    found = []
    for call in same_function_nodes(model, ("call", "call_expression"), wf):
        callee = call.child_by_field_name("function")
        if callee is None:
            continue
        shift = 0
        if callee.type == "identifier":
            binding = semantic.resolve(callee)
            if binding is None or not (
                (binding.kind == SemBinding.FUNCTION and binding.value == function)
                or binding.assigned_value == function  # `const checkpoint = (label, fn) => ...`
            ):
                continue
        elif callee.type == "attribute":
            # `ctx.run("weather", check, site)` of `ctx = StepContext(...)`: a method of a
            # class of the file, called on an instance (its `self` is not an argument)
            if instance_method(model, callee) != function:
                continue
            shift = 1
        elif callee.type != "member_expression" or member_function(model, callee) != function:
            continue  # `steps.ask("final")`: a function of an object literal, a static method
        args, options, _ = arguments_of(model, call)
        by_keyword = next((o.value for o in options if o.name == param), None)
        if by_keyword is not None:
            found.append(by_keyword)
        elif 0 <= index - shift < len(args):
            found.append(args[index - shift])
    return found


def instance_method(model: ScriptModel, callee: Node) -> Node | None:
    """The method of a Python class of the file that `obj.name` calls, `obj` an instance
    of that class (see `instance_class`), looked up in the class and then in its bases of
    the file; None for a static or class method, or anything else."""
    owner = callee.child_by_field_name("object")
    name = callee.child_by_field_name("attribute")
    if owner is None or name is None:
        return None
    cls = instance_class(model, owner)
    return class_method(model, cls, model.text(name), 0) if cls is not None else None


def class_method(model: ScriptModel, cls: Node, name: str, depth: int) -> Node | None:
    body = cls.child_by_field_name("body")
    if body is None or depth > 4:
        return None
    for stmt in body.named_children:
        definition = stmt
        decorators: list[str] = []
        if stmt.type == "decorated_definition":
            decorators = [model.text(d).lstrip("@").strip() for d in stmt.named_children[:-1]]
            definition = stmt.child_by_field_name("definition") or stmt
        if definition.type != "function_definition":
            continue
        fname = definition.child_by_field_name("name")
        if fname is not None and model.text(fname) == name:
            return None if {"staticmethod", "classmethod"} & set(decorators) else definition
    bases = cls.child_by_field_name("superclasses")
    for base in bases.named_children if bases is not None else ():
        if base.type != "identifier" or model.text(base) not in class_names(model):
            continue
        made = bound_value(model, model.text(base), base)
        if made is not None and made.type == "class_definition":
            found = class_method(model, made, name, depth + 1)
            if found is not None:
                return found
    return None


def member_function(model: ScriptModel, callee: Node) -> Node | None:
    """The function of the file a TypeScript `obj.name` callee names: a function of a
    namespace, a static method of a class, or the function member (`name: (...) => ...`,
    `name(...) { ... }`) of an object literal a `const` holds (`const steps = { ask }`:
    the module's function of that name)."""
    found = namespace_member(model, callee) or static_member(model, callee)
    if found is not None:
        found = unwrap(found)
        return found if found is not None and found.type in function_types(model) else None
    obj = unwrap(callee.child_by_field_name("object"))
    prop = callee.child_by_field_name("property")
    semantic = model.semantic
    if obj is None or prop is None or obj.type != "identifier" or semantic is None:
        return None
    binding = semantic.resolve(obj)
    holder = binding.node.parent if binding is not None else None
    if (
        binding is None
        or binding.kind != SemBinding.ASSIGNMENT
        or binding.rebound
        or holder is None
        or holder.type != "variable_declarator"
        or holder.parent is None
        or not holder.parent.children
        or holder.parent.children[0].type != "const"
    ):
        return None
    literal = unwrap(binding.value)
    if literal is None or literal.type != "object":
        return None
    name = model.text(prop)
    for entry in literal.named_children:
        if entry.type == "method_definition":
            key = entry.child_by_field_name("name")
            if key is not None and model.text(key) == name:
                return entry
        elif entry.type == "pair":
            key = entry.child_by_field_name("key")
            if key is not None and model.text(key).strip("\"'") == name:
                value = unwrap(entry.child_by_field_name("value"))
                if value is not None and value.type == "identifier":
                    value = unwrap(bound_value(model, model.text(value), value))
                return value if value is not None and value.type in function_types(model) else None
        elif entry.type == "shorthand_property_identifier" and model.text(entry) == name:
            value = unwrap(bound_value(model, name, entry))
            return value if value is not None and value.type in function_types(model) else None
    return None


def parameter_names(model: ScriptModel, function: Node) -> list[str]:
    """The names of `function`'s parameters in order, up to the first one no argument
    position matches (`*`, `*args`, a destructuring pattern: an empty name ends it)."""
    params = function.child_by_field_name("parameters")
    names: list[str] = []
    for p in params.named_children if params is not None else ():
        if p.type == "identifier":
            names.append(model.text(p))
        elif p.type in ("typed_parameter",) and p.named_children:
            names.append(model.text(p.named_children[0]))
        elif p.child_by_field_name("name") is not None:
            names.append(model.text(p.child_by_field_name("name") or p))
        elif p.type in ("required_parameter", "optional_parameter"):
            # TypeScript `label: string`, `label?: string`, `label = "x"`
            pattern = p.child_by_field_name("pattern")
            if pattern is None or pattern.type != "identifier":
                names.append("")  # a destructuring pattern or `...rest`
                break
            names.append(model.text(pattern))
        elif p.type == "comment":
            continue
        else:
            names.append("")  # `*`, `/`, `*args`: positions after it are not matched
            break
    return names


def forwarded_arguments(model: ScriptModel, node: Node | None) -> list[Node]:
    """`key` in `async def ask(key): ... wait_for_approval(key=key)`, a parameter of a
    function of the file the workflow body calls: the argument each of those calls
    gives for it (`ask("security")`), where the value is decided."""
    semantic = model.semantic
    node = unwrap(node)
    if semantic is None or node is None:
        return []
    if (
        node.type not in semantic.syntax.identifiers
        and node.type != "shorthand_property_identifier"
    ):
        return []  # (`waitForApproval({ key })` reads the variable `key`)
    binding = semantic.resolve(node)
    if binding is None or binding.kind != SemBinding.PARAMETER:
        return []
    wf = facts(model).workflow_function
    function = binding.scope.node
    if wf is None or function == wf:
        return []
    return arguments_for(model, wf, function, binding.name)


def instance_field_arguments(model: ScriptModel, node: Node | None) -> list[tuple[Node, Node]]:
    """`this.key` / `self.key` read in a method of a class of the file whose constructor
    stores one of its parameters under that name (a TypeScript parameter property,
    `this.key = key`, Python's `self.key = key` in `__init__`): for each call of that
    method in the workflow body on an instance built there or bound once to one
    (`const gate = new Gate("security")`, `gate.ask(...)`), the call and the argument
    the constructor was given. Nothing for any other value."""
    semantic = model.semantic
    node = unwrap(node)
    wf = facts(model).workflow_function
    if semantic is None or wf is None or node is None:
        return []
    if node.type not in ("member_expression", "attribute"):
        return []
    receiver = node.child_by_field_name("object")
    field_node = node.child_by_field_name(
        "property" if node.type == "member_expression" else "attribute"
    )
    if receiver is None or field_node is None or model.text(receiver) not in ("this", "self"):
        return []
    method = next(enclosing_functions(model, node), None)
    cls = method.parent if method is not None else None
    while cls is not None and cls.type not in ("class_declaration", "class_definition", "class"):
        if cls.type not in ("class_body", "block", "decorated_definition"):
            return []
        cls = cls.parent
    name_node = method.child_by_field_name("name") if method is not None else None
    if cls is None or name_node is None:
        return []
    index = _constructor_slot(model, cls, model.text(field_node))
    if index is None:
        return []
    method_name = model.text(name_node)
    found = []
    for call in same_function_nodes(model, ("call", "call_expression"), wf):
        callee = call.child_by_field_name("function")
        if callee is None or callee.type not in ("member_expression", "attribute"):
            continue
        prop = callee.child_by_field_name(
            "property" if callee.type == "member_expression" else "attribute"
        )
        if prop is None or model.text(prop) != method_name:
            continue
        built = unwrap(callee.child_by_field_name("object"))
        if built is not None and built.type == "identifier":
            binding = semantic.resolve(built)
            built = unwrap(binding.assigned_value) if binding is not None else None
        if built is None or built.type not in ("new_expression", "call"):
            continue
        ctor = built.child_by_field_name(
            "constructor" if built.type == "new_expression" else "function"
        )
        made = semantic.resolve(ctor) if ctor is not None and ctor.type == "identifier" else None
        if made is None or made.kind != SemBinding.CLASS or made.value != cls:
            continue
        args, _, unpacked = arguments_of(model, built)
        if not unpacked and index < len(args):
            found.append((call, args[index]))
    return found


def _constructor_slot(model: ScriptModel, cls: Node, field_name: str) -> int | None:
    """The position (after `self`) of the constructor parameter stored as `field_name`."""
    body = cls.child_by_field_name("body")
    for member in body.named_children if body is not None else []:
        fn = (
            member.child_by_field_name("definition")
            if member.type == "decorated_definition"
            else member
        )
        name = fn.child_by_field_name("name") if fn is not None else None
        if fn is None or name is None or model.text(name) not in ("constructor", "__init__"):
            continue
        params = fn.child_by_field_name("parameters")
        names: list[str] = []
        for p in params.named_children if params is not None else []:
            if p.type == "comment":
                continue
            pattern = p.child_by_field_name("pattern") if p.type != "identifier" else p
            if p.type == "typed_parameter" and p.named_children:
                pattern = p.named_children[0]
            names.append(model.text(pattern) if pattern is not None else "")
            if (
                p.type == "required_parameter"
                and names[-1] == field_name
                and any(
                    c.type in ("accessibility_modifier", "readonly", "override_modifier")
                    for c in p.children
                )
            ):
                return len(names) - 1  # `constructor(private readonly key: string)`
        if fn.type == "function_definition" and names:
            names = names[1:]  # Python's `self`
        stored = {}
        for assignment in same_function_nodes(model, ("assignment", "assignment_expression"), fn):
            left = assignment.child_by_field_name("left")
            right = unwrap(assignment.child_by_field_name("right"))
            if left is None or right is None or right.type != "identifier":
                continue
            if model.text(left) in (f"this.{field_name}", f"self.{field_name}"):
                stored[field_name] = model.text(right)
        held = stored.get(field_name)
        return names.index(held) if held is not None and held in names else None
    return None


def _js_number(text: str) -> float:
    """JavaScript's `Number(text)` for a numeric literal (`60_000`, `1e3`, `0x10`)."""
    s = text.strip().replace("_", "")
    try:
        return float(int(s, 0)) if s[:2].lower() in ("0x", "0o", "0b") else float(s)
    except ValueError:
        return float("nan")


# Factors that turn a count into milliseconds: a second, a minute, an hour, a day
MS_FACTORS = {1000.0, 60000.0, 3600000.0, 86400000.0}
# Names that say milliseconds: `delayMs`, `backoff_ms`, `timeoutMillis`, `delay_millis`,
# and the constants' spelling of them (`APPROVAL_TIMEOUT_MS`, `ONE_DAY_MS`, `POLL_MILLIS`)
MS_NAME = re.compile(
    r"(?:[a-z0-9]Ms|_ms|Millis|Milliseconds|_millis|_milliseconds|^ms"
    r"|_MS|_MILLIS|_MILLISECONDS|^MS)$"
)
# A product (`5 * 60 * 1000`) in TypeScript and in Python; a numeric literal
PRODUCTS = ("binary_expression", "binary_operator")
NUMBERS = ("number", "integer", "float")


def in_milliseconds(
    model: ScriptModel,
    node: Node,
    depth: int = 0,
    imported: Callable[[Node], bool] | None = None,
) -> bool:
    """`sleep(5 * 60 * 1000)`, `sleep(retryDelayMs)`, `sleep(ms("5m"))`: a delay written
    in milliseconds, setTimeout's unit (a division anywhere, `delayMs / 1000`, converts
    it: not this). Python too: `sleep(backoff_ms)`, `sleep(body["retry_after_ms"])`,
    `sleep(resp.get("retryAfterMs", 500))`. A name assigned once is judged by its value
    as well (`const BAKE = ms("10m")`, `THREE_DAYS = 3 * 24 * 60 * 60 * 1000`), and a
    call of a function of the file by what it returns (`days(2)` of `const days = (n:
    number) => n * 86_400_000`). `imported`: whether a name imported from another module
    of the workspace (or a call of one) stands for milliseconds there."""
    if depth > 8:
        return False
    text = model.text(node)
    if "/" in text:
        return False
    if node.type in PRODUCTS:
        operator = node.child_by_field_name("operator")
        if operator is None or model.text(operator) != "*":
            return False  # `60 + jitter`: a sum of seconds, not a unit conversion
        factors = []
        stack = [node]
        while stack:
            current = unwrap(stack.pop())
            if current is None:
                return False
            op = current.child_by_field_name("operator")
            if current.type in PRODUCTS and op is not None and model.text(op) == "*":
                stack += [
                    c
                    for c in (
                        current.child_by_field_name("left"),
                        current.child_by_field_name("right"),
                    )
                    if c is not None
                ]
            else:
                factors.append(current)
        return any(
            f.type in NUMBERS and _js_number(model.text(f)) in MS_FACTORS for f in factors
        ) or any(
            in_milliseconds(model, f, depth + 1, imported)
            for f in factors
            if f.type not in NUMBERS and f != node
        )
    if node.type in ("identifier", "member_expression", "attribute"):
        name = model.text(node).rsplit(".", 1)[-1]
        if MS_NAME.search(name):
            return True
        if node.type != "identifier" and imported_member(model, node):
            # `dur.REMIND_EVERY` of `import * as dur from "./durations"`
            return imported is not None and imported(node)
        if node.type == "member_expression":
            # `TIMING.anneal` of `const TIMING = { anneal: 8 * 3_600_000 } as const`
            held = literal_member(model, node)
            return held is not None and in_milliseconds(model, held, depth + 1, imported)
        if node.type != "identifier" or model.semantic is None:
            return False
        binding = model.semantic.lookup(name, model.semantic.scope_at(node))
        if binding is not None and binding.kind == SemBinding.IMPORT:
            # `REMIND_EVERY` of `./durations`: judged where that module computes it
            return imported is not None and imported(node)
        value = unwrap(binding.assigned_value) if binding is not None else None
        return value is not None and in_milliseconds(model, value, depth + 1, imported)
    if node.type in ("subscript", "subscript_expression"):
        # `body["retry_after_ms"]`: a field named in milliseconds
        key = node.child_by_field_name("subscript" if node.type == "subscript" else "index")
        named = string_value(model, key) if key is not None else None
        if named is not None and MS_NAME.search(named):
            return True
        # `TIMING["anneal"]` of a dict / object literal bound once
        held = literal_member(model, node)
        return held is not None and in_milliseconds(model, held, depth + 1, imported)
    if node.type == "call":
        # `body.get("retry_after_ms", 500)`, `int(delay_ms)`, `round(backoff_ms)`
        callee = callee_of(node)
        args = node.child_by_field_name("arguments")
        first = next(
            (a for a in (args.named_children if args is not None else []) if a.type != "comment"),
            None,
        )
        if callee is not None and MS_NAME.search(model.text(callee).rsplit(".", 1)[-1]):
            return True  # a function or method named for milliseconds: `backoff_ms(n)`
        if callee is None or first is None:
            return False
        if callee.type == "attribute" and model.text(callee).rsplit(".", 1)[-1] == "get":
            named = string_value(model, first)
            return named is not None and bool(MS_NAME.search(named))
        if callee.type == "identifier" and model.text(callee) in ("int", "round", "float"):
            return in_milliseconds(model, first, depth + 1, imported)
        return returns_milliseconds(model, callee, depth, imported)
    if node.type == "call_expression":
        callee = callee_of(node)
        qualified = model.semantic.qualified_name(callee) if model.semantic and callee else None
        method = model.text(callee).rsplit(".", 1)[-1] if callee is not None else ""
        if qualified == "ms" or MS_NAME.search(method):
            # the `ms` package, and a function or method whose name says it returns
            # milliseconds: luxon's `toMillis()`, dayjs / moment `asMilliseconds()`,
            # date-fns `hoursToMilliseconds(8)` / `differenceInMilliseconds(a, b)`
            return True
        if method in MS_UNIT_METHODS and _unit_argument(model, node) in MS_UNITS:
            # Temporal `dur.total("milliseconds")` / `total({ unit: "millisecond" })`,
            # luxon / moment `dur.as("milliseconds")` / `as("ms")`
            return True
        return callee is not None and returns_milliseconds(model, callee, depth, imported)
    return False


# Methods of duration libraries that give the duration in the unit their argument names
MS_UNIT_METHODS = frozenset({"total", "as"})
MS_UNITS = frozenset({"millisecond", "milliseconds", "ms"})


def _unit_argument(model: ScriptModel, call: Node) -> str | None:
    """The unit a duration method is asked for: its first argument as a string literal,
    or the `unit` property of an object literal (`{ unit: "milliseconds" }`)."""
    positional = arguments_of(model, call)[0]
    if not positional:
        return None
    named = string_value(model, positional[0])
    if named is not None:
        return named
    options = object_options(model, positional[0])
    if options is None:
        return None
    unit = next((o for o in options[0] if o.name == "unit"), None)
    return string_value(model, unit.value) if unit is not None else None


def literal_member(model: ScriptModel, node: Node) -> Node | None:
    """The value of `X.k` / `X["k"]` where `X` is a name bound once to an object or dict
    literal (`as const` / `satisfies` dropped) that writes `k` itself."""
    if node.type == "member_expression":
        holder = node.child_by_field_name("object")
        field = node.child_by_field_name("property")
        key = model.text(field) if field is not None else None
    else:
        holder = node.child_by_field_name("value" if node.type == "subscript" else "object")
        index = node.child_by_field_name("subscript" if node.type == "subscript" else "index")
        key = string_value(model, index) if index is not None else None
    holder = unwrap(holder)
    if holder is None or key is None or holder.type != "identifier":
        return None
    if node.type == "member_expression" and model.semantic is not None:
        member_of_enum = ts_enum_member_value(model, model.text(holder), key)
        if member_of_enum is not None and model.semantic.resolve(holder) is None:
            return member_of_enum  # `Delay.Anneal` of `enum Delay { Anneal = 8 * 3_600_000 }`
    literal = unwrap(bound_value(model, model.text(holder), holder))
    parsed = object_options(model, literal) if literal is not None else None
    if parsed is None or parsed[1]:
        return None  # (a spread may write the key again)
    member = next((o for o in parsed[0] if o.name == key), None)
    return member.value if member is not None else None


def ts_enum_member_value(model: ScriptModel, name: str, member: str) -> Node | None:
    """The value written for `member` in the module's TypeScript `enum name { ... }` (or
    `const enum`, exported or not); enums are not bound by the scope model."""
    for statement in model.tree.root_node.named_children:
        declared = statement
        if declared.type == "export_statement":
            declared = next(
                (c for c in declared.named_children if c.type == "enum_declaration"), declared
            )
        if declared.type != "enum_declaration":
            continue
        label = declared.child_by_field_name("name")
        body = declared.child_by_field_name("body")
        if label is None or body is None or model.text(label) != name:
            continue
        for entry in body.named_children:
            if entry.type != "enum_assignment":
                continue
            field = entry.child_by_field_name("name")
            if field is not None and model.text(field) == member:
                return entry.child_by_field_name("value")
    return None


def returns_milliseconds(
    model: ScriptModel,
    callee: Node,
    depth: int = 0,
    imported: Callable[[Node], bool] | None = None,
) -> bool:
    """`hours(48)` where the file's `hours` (a `def`, a `function`, an arrow bound once)
    returns milliseconds on every `return` (or as its expression body)."""
    if callee.type != "identifier":
        if imported_member(model, callee):
            # `dur.hours(48)` of `import * as dur from "./durations"`
            call = model.parent_of(callee)
            return imported is not None and call is not None and imported(call)
        return False
    if model.semantic is not None:
        binding = model.semantic.lookup(model.text(callee), model.semantic.scope_at(callee))
        if binding is not None and binding.kind == SemBinding.IMPORT:
            # `hours(48)` of `./durations`: judged by what that module's `hours` returns
            call = model.parent_of(callee)
            return imported is not None and call is not None and imported(call)
    function = function_named(model, callee)
    return function is not None and function_returns_milliseconds(
        model, function, depth + 1, imported
    )


def imported_member(model: ScriptModel, node: Node) -> bool:
    """`dur.hours` / `dur.HOUR_MS`: a member of a name bound by an import (a module
    namespace, or a Python module imported whole)."""
    obj = node.child_by_field_name("object")
    if obj is None or obj.type != "identifier" or model.semantic is None:
        return False
    binding = model.semantic.lookup(model.text(obj), model.semantic.scope_at(obj))
    return binding is not None and binding.kind == SemBinding.IMPORT


def function_returns_milliseconds(
    model: ScriptModel,
    function: Node,
    depth: int = 0,
    imported: Callable[[Node], bool] | None = None,
) -> bool:
    """Whether every value `function` returns is in milliseconds (and it returns one)."""
    body = function.child_by_field_name("body")
    if body is None:
        return False
    if body.type not in ("statement_block", "block"):
        returned = [body]  # `(n) => n * 3_600_000`, `lambda n: n * 1000`
    else:
        returned = []
        for node in walk_same_function(model, body):
            if node.type == "return_statement":
                value = next((c for c in node.named_children if c.type != "comment"), None)
                if value is None:
                    return False
                returned.append(value)
    return bool(returned) and all(
        in_milliseconds(model, unwrap(value) or value, depth + 1, imported) for value in returned
    )


# Calls that give back one of the items of their first argument.
PICKED_ITEMS = frozenset({"min", "max", "next", "random.choice", "choice"})


def instance_class(model: ScriptModel, value: Node, depth: int = 0) -> Node | None:
    """The Python class of the file whose instance `value` is: `Quote(...)`, a name
    bound once to one, an item `min` / `max` / `next` pick from a list (or
    comprehension) of them, or the variable of a `for` loop over one. (A list or a
    comprehension of them answers for its items.)"""
    value = unwrap(value) or value
    if depth > 8:
        return None
    if value.type == "identifier":
        semantic = model.semantic
        binding = semantic.resolve(value) if semantic is not None else None
        if binding is not None and binding.kind == SemBinding.LOOP:
            loop = binding.node.parent
            if loop is None or loop.type != "for_statement":
                return None
            if loop.child_by_field_name("left") != binding.node:
                return None
            right = loop.child_by_field_name("right")
            return instance_class(model, right, depth + 1) if right is not None else None
        bound = bound_value(model, model.text(value), value)
        return instance_class(model, bound, depth + 1) if bound is not None else None
    if value.type == "list_comprehension":
        body = value.child_by_field_name("body")
        return instance_class(model, body, depth + 1) if body is not None else None
    if value.type == "list":
        items = [i for i in value.named_children if i.type != "comment"]
        found = [instance_class(model, i, depth + 1) for i in items]
        first = found[0] if found else None
        return first if first is not None and all(f == first for f in found) else None
    if value.type != "call":
        return None
    callee = callee_of(value)
    if callee is None:
        return None
    if callee.type == "attribute":
        maker = callee.child_by_field_name("attribute")
        owner = callee.child_by_field_name("object")
        if maker is not None and owner is not None and model.text(maker) in INSTANCE_MAKERS:
            # `Order.model_validate(raw)`: pydantic's constructors from data
            callee = owner
    if callee.type == "identifier" and model.text(callee) in class_names(model):
        made = bound_value(model, model.text(callee), callee)
        return made if made is not None and made.type == "class_definition" else None
    if model.text(callee) in PICKED_ITEMS or model.text(callee) in COPIES:
        # an item picked from them, or a copy of one (`dataclasses.replace(line, ...)`)
        args = arguments_of(model, value)[0]
        return instance_class(model, args[0], depth + 1) if args else None
    if callee.type == "attribute":
        method = callee.child_by_field_name("attribute")
        if method is not None and model.text(method) in COPYING_METHODS:
            # `order.model_copy(update=...)`: an instance of the same class
            owner = callee.child_by_field_name("object")
            return instance_class(model, owner, depth + 1) if owner is not None else None
    if callee.type == "identifier" and model.text(callee) not in task_names(model):
        # `f = make_firing(k)`: a function of the file (not a task, whose result comes
        # back through JSON) that returns an instance of one class of the file
        return made_by_function(model, function_named(model, callee), depth)
    return None


def made_by_function(model: ScriptModel, fn: Node | None, depth: int) -> Node | None:
    """The class of the file a plain function's `-> Cls` names, or, unannotated, the one
    class every `return` of its own builds an instance of."""
    if fn is None or fn.type != "function_definition":
        return None
    annotation = fn.child_by_field_name("return_type")
    if annotation is not None:
        name = model.text(annotation).strip().strip("\"'")
        if name not in class_names(model):
            return None
        made = bound_value(model, name, annotation)
        return made if made is not None and made.type == "class_definition" else None
    returned = python_returns(fn)
    if returned is None:
        return None
    found = [instance_class(model, v, depth + 1) if v is not None else None for v in returned]
    first = found[0] if found else None
    return first if first is not None and all(f == first for f in found) else None


def python_returns(fn: Node) -> list[Node | None] | None:
    """The values a Python function's own `return` statements give (None for a bare
    `return`), its nested functions and classes left out; None for a generator."""
    body = fn.child_by_field_name("body")
    stack = list(body.named_children) if body is not None else []
    found: list[Node | None] = []
    while stack:
        node = stack.pop()
        if node.type in ("function_definition", "lambda", "class_definition"):
            continue
        if node.type == "yield":
            return None
        if node.type == "return_statement":
            found.append(node.named_children[0] if node.named_children else None)
            continue
        stack.extend(node.named_children)
    return found


# Class methods of pydantic models that build an instance from data (v2 and v1 names).
INSTANCE_MAKERS = frozenset(
    {
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
        "model_construct",
        "parse_obj",
        "parse_raw",
        "construct",
        "from_orm",
    }
)
# Calls giving a copy of their first argument, of the same class.
COPIES = frozenset(
    {"dataclasses.replace", "replace", "copy.copy", "copy.deepcopy", "copy", "deepcopy"}
)
COPYING_METHODS = frozenset({"model_copy", "copy"})


def sdk_named_wrapper(model: ScriptModel, node: Node) -> str | None:
    """The name of the top-level function around `node` when the file defines it under
    one of the SDK's WAC names (`def task(_func=None, **options)`, `export async function
    step(name, fn)`): a team's wrapper of that primitive, which Windmill's parser reads
    by its name where other scripts import and use it; None anywhere else."""
    around = list(enclosing_functions(model, node))
    if not around:
        return None
    outermost = around[-1]
    name = outermost.child_by_field_name("name")
    if name is None:
        holder = model.parent_of(outermost)
        if holder is None or holder.type != "variable_declarator":
            return None
        name = holder.child_by_field_name("name")
    if name is None:
        return None
    spelled = text(model, name)
    return spelled if spelled in model.lang.sdk_names.values() else None
