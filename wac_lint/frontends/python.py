"""Python front-end: `wmill` scripts to the WAC model."""

from __future__ import annotations

import re
from collections.abc import Callable

from wac_lint.frontends.body.records import Node, iter_nodes
from wac_lint.frontends.body.walker import BodyWalker
from wac_lint.frontends.common import FrontEnd, Syntax, reads_members, whole_words
from wac_lint.languages import PYTHON
from wac_lint.model import (
    PYTHON_SDK_NAMES,
    TASK_FACTORIES,
    BindingKind,
    ExceptionHandler,
    FunctionInfo,
    HandlerKind,
    Param,
    ParamKind,
    Rethrow,
    ScriptModel,
    Span,
    TaskDef,
    TaskKind,
    WorkflowEntry,
)
from wac_lint.queries import captures
from wac_lint.semantic import PYTHON_BUILTINS, NameSyntax
from wac_lint.semantic.python_scopes import (
    SCOPE_NODES,
    WMILL_EXPORTS,
    PythonScopeRules,
    reexports_wmill,
)
from wac_lint.semantic.scopes import BindingKind as NameKind
from wac_lint.semantic.scopes import Scope, ScopeRules

SYNTAX = Syntax(
    call=frozenset({"call"}),
    new=frozenset(),
    function=frozenset({"function_definition", "lambda"}),
    awaits=frozenset({"await"}),
    attribute="attribute",
    attribute_name_field="attribute",
    identifier=frozenset({"identifier"}),
    returns=frozenset({"return_statement"}),
    assignment=frozenset({"assignment", "augmented_assignment", "named_expression"}),
    expression_statement="expression_statement",
    transparent=frozenset(
        {
            "parenthesized_expression",
            "list",
            "tuple",
            "set",
            "list_splat",
            "keyword_argument",
            "conditional_expression",
            "expression_list",
            "pair",
            "dictionary",
        }
    ),
    arguments=frozenset({"argument_list"}),
    comprehension=frozenset(
        {
            "list_comprehension",
            "generator_expression",
            "set_comprehension",
            "dictionary_comprehension",
        }
    ),
    try_statement="try_statement",
    class_definition=frozenset({"class_definition"}),
    keyword_argument="keyword_argument",
    eager_defaults=frozenset({"default_parameter", "typed_default_parameter"}),
    protocol_statements=frozenset({"for_statement", "with_statement"}),
    formatted=frozenset({"interpolation"}),
)

# decorators that turn a method into a value computed when the attribute is read
PROPERTY_DECORATORS = frozenset({"property", "cached_property", "cached_attribute"})

NAME_SYNTAX = NameSyntax(
    sdk_module="wmill",
    identifiers=frozenset({"identifier"}),
    attribute="attribute",
    attribute_object="object",
    attribute_name="attribute",
    calls=frozenset({"call"}),
    new=frozenset(),
    awaits=frozenset({"await"}),
    transparent=frozenset({"parenthesized_expression"}),
    functions=frozenset({"lambda"}),
    literals=frozenset(
        {
            "string",
            "concatenated_string",
            "integer",
            "float",
            "true",
            "false",
            "none",
            "list",
            "dictionary",
            "set",
            "tuple",
            "list_comprehension",
            "dictionary_comprehension",
            "set_comprehension",
        }
    ),
    global_prefixes=frozenset(),
    builtins=PYTHON_BUILTINS,
    module_loaders=frozenset({"__import__"}),
    import_statements=frozenset({"import_statement", "import_from_statement"}),
    star_imports_bind=True,
    path_join_operators=frozenset({"binary_operator"}),
    callable_module_imports=False,
)

# The dunder methods Python's data model calls for an operand (first one defined wins)
TRUTH = ("__bool__", "__len__")
TEXT = ("__str__", "__repr__")
REPR = ("__repr__",)
FORMAT = ("__format__",)
CONTAINS = ("__contains__", "__iter__")
COMPARISONS = {
    "==": ("__eq__",),
    "!=": ("__ne__", "__eq__"),
    "<": ("__lt__",),
    "<=": ("__le__",),
    ">": ("__gt__",),
    ">=": ("__ge__",),
}
# operator -> (the left operand's method, the right operand's reflected one)
BINARY = {
    "+": ("__add__", "__radd__"),
    "-": ("__sub__", "__rsub__"),
    "*": ("__mul__", "__rmul__"),
    "/": ("__truediv__", "__rtruediv__"),
    "//": ("__floordiv__", "__rfloordiv__"),
    "%": ("__mod__", "__rmod__"),
    "**": ("__pow__", "__rpow__"),
    "@": ("__matmul__", "__rmatmul__"),
    "&": ("__and__", "__rand__"),
    "|": ("__or__", "__ror__"),
    "^": ("__xor__", "__rxor__"),
    "<<": ("__lshift__", "__rlshift__"),
    ">>": ("__rshift__", "__rrshift__"),
}
ITERATES = ("__iter__",)
# `d[k]` on a dict subclass that only defines `__missing__` runs it for an absent key
GETITEM = ("__getitem__", "__missing__")
# `contextlib.ExitStack` / `AsyncExitStack` methods that enter a context manager at once
ENTERING = {
    "enter_context": (("__enter__",), ("__exit__",)),
    "enter_async_context": (("__aenter__",), ("__aexit__",)),
}
UNPACKING_TARGETS = frozenset({"pattern_list", "tuple_pattern", "list_pattern"})
# contextlib wrappers whose exit calls a method of the object they wrap
CLOSING = {
    "closing": ("contextlib.closing", ("close",)),
    "aclosing": ("contextlib.aclosing", ("aclose",)),
}
# builtins that call a dunder method of their (first) argument
BUILTIN_HOOKS: dict[str, tuple[str, ...]] = {
    "len": ("__len__",),
    "str": TEXT,
    "print": TEXT,
    "repr": REPR,
    "ascii": REPR,
    "bool": TRUTH,
    "format": ("__format__", *TEXT),
    "hash": ("__hash__",),
    "abs": ("__abs__",),
    "int": ("__int__", "__index__"),
    "float": ("__float__",),
    "round": ("__round__",),
    "next": ("__next__",),
    "reversed": ("__reversed__",),
    **{name: ITERATES for name in ("iter", "list", "tuple", "set", "frozenset", "sorted")},
    **{name: ITERATES for name in ("enumerate", "sum", "min", "max", "any", "all")},
}

HOOK_METHODS = frozenset(
    {
        *TRUTH,
        *TEXT,
        *FORMAT,
        *CONTAINS,
        *(m for pair in BINARY.values() for m in pair),
        *(m for ms in COMPARISONS.values() for m in ms),
        *(m for ms in BUILTIN_HOOKS.values() for m in ms),
        *GETITEM,
        "close",
        "aclose",
        "__await__",
        "__enter__",
        "__exit__",
        "__aenter__",
        "__aexit__",
        "__getitem__",
        "__setitem__",
        "__delitem__",
    }
)
DUNDER_DEF = re.compile(rb"\bdef\s+(__[a-z]+__|a?close)\s*\(")


def truth_leaves(test: Node | None) -> list[Node]:
    """The values a condition truth-tests: both sides of `and` / `or` and what is inside
    parentheses (a `not x` in it is read as its own node)."""
    out: list[Node] = []
    stack = [test] if test is not None else []
    while stack:
        node = stack.pop()
        if node.type == "parenthesized_expression" and node.named_children:
            stack.append(node.named_children[0])
        elif node.type == "boolean_operator":
            stack.extend(c for c in (node.child_by_field_name("right"),) if c is not None)
            stack.extend(c for c in (node.child_by_field_name("left"),) if c is not None)
        elif node.type != "not_operator":
            out.append(node)
    return out


# What string tests of an exception's class read of wmill 1.850.0's `_StepSuspend`
SUSPENSION_CLASS = {
    "__name__": "_StepSuspend",
    "__qualname__": "_StepSuspend",
    "__module__": "wmill.client",
}
# ... and of its other BaseException, `_StepFailure`: raised at a task's call in the
# child job that runs the task (`_execute_directly`), carrying the task's own error
FAILURE_CLASS = {
    "__name__": "_StepFailure",
    "__qualname__": "_StepFailure",
    "__module__": "wmill.client",
}

SDK_MODULES = PYTHON.sdk_modules
GUARDED_IMPORT_BLOCKS = ("if_statement", "try_statement")
SUSPENSION_CATCHERS = {"BaseException"}

# The note of a context manager whose exit answers true for the SDK's suspension in
# particular (a test of the exception's class), not for every exception.
SIGNAL_ONLY_EXIT = "answers true in its exit when given the SDK's suspension"


IMPORTS = ("import_statement", "import_from_statement")


def module_statements(root: Node) -> list[Node]:
    """Top-level statements, with those inside top-level if/try blocks in place."""
    result: list[Node] = []
    for node in root.named_children:
        result.append(node)
        if node.type in GUARDED_IMPORT_BLOCKS:
            blocks = [c for c in node.named_children if c.type == "block"]
            for clause in node.named_children:
                blocks += [c for c in clause.named_children if c.type == "block"]
            for block in blocks:
                result.extend(block.named_children)
    return result


PYTHON_PARAM_KINDS = {
    "list_splat_pattern": ParamKind.VAR_POSITIONAL,
    "dictionary_splat_pattern": ParamKind.VAR_KEYWORD,
    "keyword_separator": ParamKind.SEPARATOR,
    "positional_separator": ParamKind.SEPARATOR,
}


# where a call that builds a `with`'s context manager sits (`as_pattern`: `with f() as x`)
WITH_PARTS = frozenset({"with_item", "with_clause", "as_pattern"})
# the qualified names the handler readers of a call look for outside a `with`
ASYNCIO_READERS = (
    "asyncio.gather",
    "asyncio.TaskGroup",
    "asyncio.wait",
    "tenacity.AsyncRetrying",
    "tenacity.Retrying",
    "stamina.retry_context",
)
# contextlib's stacks of context managers: `stack.enter_context(cm)` (also
# `enter_async_context`) enters `cm` now and exits it when the stack's own `with` ends,
# so `cm` guards the rest of that `with` block as `with cm:` would.
EXIT_STACKS = ("contextlib.ExitStack", "contextlib.AsyncExitStack")
STACK_ENTERS = frozenset({"enter_context", "enter_async_context"})
# Exit callbacks a stack is given: called with the exception leaving its block, which a
# true answer suppresses; an object given is asked by its exit method.
STACK_EXIT_PUSHES = {"push": "__exit__", "push_async_exit": "__aexit__"}
# Task groups that gather what their tasks raise into a BaseExceptionGroup (Python
# 3.11's asyncio re-raises a bare BaseException only for SystemExit / KeyboardInterrupt;
# anyio 4 always groups): wmill's runner catches `_StepSuspend`, not the group.
TASK_GROUPS = ("asyncio.TaskGroup", "anyio.create_task_group")
# Retrying libraries: a decorator (or an iterator of attempts) that calls its function
# again when it raises, and the argument that says what it retries on. tenacity's
# `retry=` predicate (default `retry_if_exception_type(Exception)`), stamina's `on=`,
# backoff's second argument `exception` (tenacity 9.2, stamina 26.1, backoff 2.2).
RETRY_DECORATORS = (
    "tenacity.retry",
    "tenacity.AsyncRetrying",
    "tenacity.Retrying",
    "backoff.on_exception",
    "stamina.retry",
    "stamina.retry_context",
)
# tenacity predicates true for an exception *not* of the given types (default
# `Exception`): true for the SDK's suspension unless the types include BaseException
TENACITY_NEGATED = frozenset(
    {"tenacity.retry_if_not_exception_type", "tenacity.retry_unless_exception_type"}
)


# Blocks of the module a task made inside is not drawn by Windmill's diagram
# (windmill-oracle `dag`), as the message says where it is.
AGAIN_EACH_PASS = "(each pass makes the task again, under the same name)"
UNDRAWN_BLOCKS = {
    "for_statement": f"inside a `for` loop {AGAIN_EACH_PASS}",
    "while_statement": f"inside a `while` loop {AGAIN_EACH_PASS}",
    "if_statement": "inside an `if` block",
    "try_statement": "inside a `try` block",
    "with_statement": "inside a `with` block",
    "match_statement": "inside a `match` block",
}


class _Resolved:
    """A call's callee, resolved through scopes and imports at most once, and only
    when the file could name what a reader looks for."""

    def __init__(self, fe: PythonFrontEnd, callee: Node, scope: Scope) -> None:
        self.fe, self.callee, self.scope = fe, callee, scope
        self.resolved = False
        self.qualname: str | None = None

    def name(self) -> str | None:
        if not self.resolved:
            self.qualname, self.resolved = self.fe.qualname(self.callee, self.scope), True
        return self.qualname

    def is_one_of(self, *names: str) -> bool:
        """Does the callee reach one of `names` (`module.attr`)? A qualified name starts
        with a name the file spells (an import, a builtin), so a module the source never
        mentions cannot start one: no resolution then (most calls of a workflow body)."""
        if not self.fe.mentions_any(names):
            return False
        return self.name() in names


class PythonFrontEnd(FrontEnd):
    constructor_methods: tuple[str, ...] = ("__new__", "__init__", "__post_init__")
    call_method: str | None = "__call__"
    finalizer_methods: tuple[str, ...] = ("__del__",)
    syntax = SYNTAX
    raise_statement = "raise_statement"
    sdk_module = "wmill"
    # The SDK signal a handler's tests are read for: the suspension, or (`failure_walk`)
    # `_StepFailure`, the failed task's error in the child job that runs the task.
    signal_class: dict[str, str] = SUSPENSION_CLASS
    signal_word = "Suspend"
    gather_names = frozenset({"asyncio.gather", "asyncio.wait", "asyncio.as_completed"})
    sdk_submodules: tuple[str, ...] = ("wmill.client",)
    scope_rules: ScopeRules = PythonScopeRules()
    name_syntax = NAME_SYNTAX
    value_wrappers = frozenset(
        {
            "asyncio.create_task",
            "asyncio.ensure_future",
            "asyncio.shield",
            "asyncio.wait_for",
            "list",
            "tuple",
            "set",
            "frozenset",
            "sorted",
            "reversed",
        }
    )
    key_views = frozenset({"list", "tuple", "set", "frozenset", "sorted", "reversed"})
    dict_displays = frozenset({"dictionary", "dictionary_comprehension"})
    container_views = frozenset({"values", "items", "copy", "get"})
    # `map(task, xs)` / `itertools.starmap(task, pairs)`: one task call per item
    task_mappers = frozenset({"map", "itertools.starmap"})
    lazy_mappers = frozenset({"map", "itertools.starmap"})
    lazy_iterators = frozenset({"map", "filter", "itertools.starmap", "itertools.filterfalse"})
    # the function is the first argument (`filter`) or the `key=` (`sorted`, `min`)
    predicate_takers = frozenset(
        {
            "filter",
            "itertools.filterfalse",
            "itertools.takewhile",
            "itertools.dropwhile",
            "sorted",
            "min",
            "max",
            "heapq.nlargest",
            "heapq.nsmallest",
        }
    )
    # (`all` / `any` read each item's truth, `sum` / `min` / `max` its value: a
    # coroutine is truthy, and adding or comparing two raises a `TypeError`)
    inspecting_calls = frozenset(
        {
            "len",
            "str",
            "repr",
            "print",
            "bool",
            "type",
            "id",
            "format",
            "json.dumps",
            "all",
            "any",
            "sum",
            "min",
            "max",
        }
    )

    # Where Python itself calls a dunder method of an operand (the data model): each
    # hook is a tuple of methods tried in order, the first the class defines running.
    hook_node_types = frozenset(
        {
            "interpolation",
            "comparison_operator",
            "binary_operator",
            "subscript",
            "not_operator",
            "boolean_operator",
            "if_statement",
            "elif_clause",
            "while_statement",
            "conditional_expression",
            "assert_statement",
            "call",
            "await",
            "assignment",
            "list_splat",
        }
    )

    def operator_hooks(
        self, node: Node, parent_of: Callable[[Node], Node | None]
    ) -> list[tuple[Node, tuple[str, ...], str | None]]:
        """The operands of `node` whose class's dunder methods `node` runs, each with
        the methods it tries; the third item names the builtin a call must reach
        (`len(q)` runs `__len__` only when `len` is not a name of the file)."""
        kind = node.type
        if kind == "await":  # `await job`: its class's `__await__`
            return [(node.named_children[-1], ("__await__",), None)] if node.named_children else []
        if kind == "list_splat":  # `[*xs]`, `f(*xs)`: iterated
            return [(node.named_children[0], ITERATES, None)] if node.named_children else []
        if kind == "assignment":  # `user, password = creds`: iterated to unpack
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if left is None or right is None or left.type not in UNPACKING_TARGETS:
                return []
            return [(right, ITERATES, None)]
        if kind == "call":
            callee = node.child_by_field_name("function")
            # the callee's last name only: its whole text is the chain below it
            # (`f()()()...`), copied at every link
            last = callee.child_by_field_name("attribute") if callee is not None else None
            if callee is not None and callee.type == "identifier":
                last = callee
            closing = CLOSING.get(self.text(last)) if last is not None else None
            if closing is not None and callee is not None:
                # `with closing(conn):` calls `conn.close()` on the way out
                holder = parent_of(node)
                if holder is not None and holder.type == "as_pattern":
                    holder = parent_of(holder)
                args = self.positional_args(node)
                if holder is None or holder.type != "with_item" or not args:
                    return []
                return [(args[0], closing[1], closing[0])]
            if callee is not None and callee.type == "attribute":
                return self.method_hooks(node, callee)
            if callee is None or callee.type != "identifier":
                return []
            hooks = BUILTIN_HOOKS.get(self.text(callee))
            if hooks is None:
                return []
            name = self.text(callee)
            args = [a for a in self.positional_args(node) if a.type != "list_splat"]
            # `print(a, b)` turns each argument into text; the others read their first
            taken = args if name == "print" else args[:1]
            return [(a, hooks, name) for a in taken]
        if kind == "interpolation":
            value = node.child_by_field_name("expression")
            conversion = node.child_by_field_name("type_conversion")
            spec = node.child_by_field_name("format_specifier")
            if value is None:
                return []
            if conversion is not None and self.text(conversion) in ("!r", "!a"):
                return [(value, REPR, None)]
            if conversion is not None:  # `!s`: str() first, then the text is formatted
                return [(value, TEXT, None)]
            # `f"{x}"` / `f"{x:>8}"`: format(x, spec), whose default is str(x)
            return [(value, FORMAT if spec is not None else ("__format__", *TEXT), None)]
        if kind == "comparison_operator":
            out: list[tuple[Node, tuple[str, ...], str | None]] = []
            operands = node.named_children
            ops = [c for c in node.children if not c.is_named]
            # `a < b < c` chains: each operator between its two operands
            for first, between, second in zip(operands, ops, operands[1:], strict=False):
                word = self.text(between).split()[-1]
                if word == "in":  # `a in b` / `a not in b`: b's __contains__
                    out.append((second, CONTAINS, None))
                elif word in COMPARISONS:
                    out.append((first, COMPARISONS[word], None))
            return out
        if kind == "binary_operator":
            op = node.child_by_field_name("operator")
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            pair = BINARY.get(self.text(op)) if op is not None else None
            if pair is None or left is None or right is None:
                return []
            if pair[0] == "__mod__" and left.type == "string":
                # `"%s" % x` / `"%s %s" % (a, b)`: each value turned into text
                values = right.named_children if right.type == "tuple" else [right]
                return [(v, TEXT, None) for v in values]
            return [(left, (pair[0],), None), (right, (pair[1],), None)]
        if kind == "subscript":
            value = node.child_by_field_name("value")
            if value is None:
                return []
            parent = parent_of(node)
            if parent is not None and parent.type == "delete_statement":
                return [(value, ("__delitem__",), None)]
            if parent is not None and parent.type == "augmented_assignment":
                if parent.child_by_field_name("left") == node:
                    return [(value, GETITEM, None), (value, ("__setitem__",), None)]
            if self.is_write_target(node, parent_of):
                return [(value, ("__setitem__",), None)]
            return [(value, GETITEM, None)]
        if kind == "boolean_operator":  # `a and b` / `a or b` truth-test `a`
            tested = node.child_by_field_name("left")
            return [(tested, TRUTH, None)] if tested is not None else []
        if kind == "not_operator":
            test = node.child_by_field_name("argument")
        elif kind == "conditional_expression":
            test = node.named_children[1] if len(node.named_children) == 3 else None
        elif kind == "assert_statement":
            test = node.named_children[0] if node.named_children else None
        else:  # `if` / `elif` / `while`
            test = node.child_by_field_name("condition")
        return [(leaf, TRUTH, None) for leaf in truth_leaves(test)]

    attribute_hooks: tuple[str, ...] = (
        "__getattribute__",
        "__getattr__",
        "__get__",
        "__set__",
        ".setter",
    )

    def method_hooks(
        self, call: Node, callee: Node
    ) -> list[tuple[Node, tuple[str, ...], str | None]]:
        """Methods of the standard library that run hooks of their arguments:
        `"{}".format(x)` formats each value, `stack.enter_context(cm)` enters `cm` at
        once (`ExitStack`; its `__exit__` runs when the stack closes, in the body too)."""
        attr = callee.child_by_field_name("attribute")
        obj = callee.child_by_field_name("object")
        method = self.text(attr) if attr is not None else ""
        args = call.child_by_field_name("arguments")
        given = [a for a in args.named_children if a.type != "comment"] if args else []
        if method == "format" and obj is not None and obj.type == "string":
            values = [
                (a.child_by_field_name("value") or a) if a.type == "keyword_argument" else a
                for a in given
            ]
            return [(v, ("__format__", *TEXT), None) for v in values]
        if method in ENTERING and given:
            return [(given[0], methods, None) for methods in ENTERING[method]]
        return []

    def setter_of(self, class_node: Node, name: str) -> Node | None:
        body = class_node.child_by_field_name("body")
        for member in body.named_children if body is not None else ():
            if member.type != "decorated_definition":
                continue
            marks = [d for d in member.named_children if d.type == "decorator"]
            if any(self.text(d).lstrip("@").strip() == f"{name}.setter" for d in marks):
                return member.child_by_field_name("definition")
        return None

    def metaclass_of(self, class_node: Node) -> Node | None:
        bases = class_node.child_by_field_name("superclasses")
        for arg in bases.named_children if bases is not None else ():
            if arg.type == "keyword_argument":
                label = arg.child_by_field_name("name")
                if label is not None and self.text(label) == "metaclass":
                    return arg.child_by_field_name("value")
        return None

    def defined_hooks(self) -> frozenset[str]:
        return frozenset(
            name
            for name in (m.group(1).decode() for m in DUNDER_DEF.finditer(self.data))
            if name in HOOK_METHODS
        )

    def __init__(self, model: ScriptModel) -> None:
        super().__init__(model)
        self.sdk_by_local = dict(PYTHON_SDK_NAMES)
        self._mentioned: dict[str, bool] = {}
        self._mentions_any: dict[tuple[str, ...], bool] = {}

    def mentions_any(self, names: tuple[str, ...]) -> bool:
        """Does the source spell the module of one of `names` (`module.attr`)? Kept per
        tuple of names: the handler readers ask it for every call of the body."""
        found = self._mentions_any.get(names)
        if found is None:
            found = self._mentions_any[names] = any(
                self.mentions(n.split(".", 1)[0]) for n in names
            )
        return found

    def mentions(self, word: str) -> bool:
        """Does the source spell `word` anywhere (once per word and file)?"""
        found = self._mentioned.get(word)
        if found is None:
            found = self._mentioned[word] = word.encode() in self.data
        return found

    # ---- imports -------------------------------------------------------------
    import_parts = frozenset({"aliased_import", "dotted_name", "import_from_statement"})
    sdk_names_by_concept = PYTHON_SDK_NAMES

    def collect_imports(self, root: Node) -> None:
        """Module-level imports, also those guarded by a top-level `if` or `try`,
        and SDK imports inside functions (`from wmill import parallel` in `main`):
        the scopes decide where each name is visible."""
        top = {node.id for node in module_statements(root) if node.type in IMPORTS}
        for node in module_statements(root):
            self.import_node(node)
        if self.data.count(b"import") > len(top):  # a word each import needs at least once
            pattern = "[(import_statement) (import_from_statement)] @i"
            for node in captures(PYTHON.kind, pattern, root).get("i", ()):
                if node.id not in top and any(
                    module.encode() in self.data[node.start_byte : node.end_byte]
                    for module in SDK_MODULES
                ):
                    self.import_node(node)

    def import_node(self, node: Node) -> None:
        if node.type == "import_statement":
            self.import_statement(node)
        elif node.type == "import_from_statement":
            self.import_from(node)

    def import_statement(self, node: Node) -> None:
        for child in node.children_by_field_name("name"):
            if child.type == "aliased_import":
                module = self.text(child.child_by_field_name("name"))  # type: ignore[arg-type]
                local = self.text(child.child_by_field_name("alias"))  # type: ignore[arg-type]
                self.imports[local] = module
            else:
                module = self.text(child)
                local = module.split(".")[0]
                self.imports[local] = local
            if module in SDK_MODULES:
                self.add_binding(BindingKind.NAMESPACE, local, None, None, child)
            elif child.type == "aliased_import" and self.facade_namespace(module, local):
                # `import f.platform.wac as wac` of a module re-exporting wmill
                self.add_binding(BindingKind.NAMESPACE, local, None, None, child)

    def import_from(self, node: Node) -> None:
        module_node = node.child_by_field_name("module_name")
        if module_node is None:
            return
        relative = module_node.type == "relative_import"
        module = self.text(module_node)
        is_sdk = module in SDK_MODULES
        if reexports_wmill(module, relative, self.names_imported(node)):
            # `from f.common.wac import task, workflow` where f/common/wac.py re-exports
            # wmill: Windmill detects `@workflow` by its name, and at run time the names
            # are the SDK's own functions
            self.import_reexported_sdk(node, None if relative else module)
            return
        facade = self.sdk_facade(module, relative, self.names_imported(node))
        if facade:
            # `from f.common.wac import task` in a module of tasks (no `workflow`), where
            # f/common/wac.py takes `task` from wmill: at run time it is the SDK's own
            self.import_reexported_sdk(node, None if relative else module, facade)
            return
        if any(c.type == "wildcard_import" for c in node.children) and (
            relative or module.startswith(("f.", "u."))
        ):
            self.star_facade(node, module)
        if relative:
            return
        if not is_sdk and module.startswith(("f.", "u.")):
            for child in node.children_by_field_name("name"):
                aliased = child.type == "aliased_import"
                name = self.text(child.child_by_field_name("name") if aliased else child)  # type: ignore[arg-type]
                local = self.text(child.child_by_field_name("alias")) if aliased else name  # type: ignore[arg-type]
                if self.facade_namespace(f"{module}.{name}", local):
                    # `from f.platform import wac` of a module re-exporting wmill
                    self.add_binding(BindingKind.NAMESPACE, local, None, None, child)
        for child in node.children:
            if child.type == "wildcard_import" and is_sdk:
                for concept, name in PYTHON_SDK_NAMES.items():
                    self.add_binding(BindingKind.EXACT, name, concept, name, child)
                    self.imports[name] = f"{module}.{name}"
        for child in node.children_by_field_name("name"):
            if child.type == "aliased_import":
                name = self.text(child.child_by_field_name("name"))  # type: ignore[arg-type]
                local = self.text(child.child_by_field_name("alias"))  # type: ignore[arg-type]
            else:
                name = local = self.text(child)
            self.imports[local] = f"{module}.{name}"
            if is_sdk and name in PYTHON_SDK_NAMES:
                kind = BindingKind.EXACT if local == name else BindingKind.ALIASED
                self.add_binding(kind, local, PYTHON_SDK_NAMES[name], name, child)

    def names_imported(self, node: Node) -> list[str]:
        """The names a `from ... import` takes from its module (`workflow as wf`: `workflow`)."""
        out = []
        for child in node.children_by_field_name("name"):
            name = child.child_by_field_name("name") if child.type == "aliased_import" else child
            if name is not None:
                out.append(self.text(name))
        return out

    def sdk_facade(self, module: str, relative: bool, names: list[str]) -> frozenset[str]:
        """The SDK names a workspace module the file imports WAC names from re-exports
        (empty for any other import: no file is read for those)."""
        if not (relative or module.startswith(("f.", "u."))):
            return frozenset()
        if not any(name in PYTHON_SDK_NAMES for name in names):
            return frozenset()
        from wac_lint.workspace.imported import sdk_facade

        level = len(module) - len(module.lstrip("."))
        found = sdk_facade(self.model, module[level:], level)
        if found:
            self.facades[module] = found
        return found

    def star_facade(self, node: Node, module: str) -> None:
        """`from f.common.wac import *` where f/common/wac.py re-exports wmill's WAC names
        (or wraps them under their names): the names it binds are the SDK's. Read only when
        the file spells one of them."""
        if not whole_words(self.data, frozenset(n.encode() for n in PYTHON_SDK_NAMES)):
            return
        from wac_lint.workspace.imported import sdk_facade

        level = len(module) - len(module.lstrip("."))
        found = sdk_facade(self.model, module[level:], level)
        if found:
            self.facades[module] = found
        for name in sorted(found & PYTHON_SDK_NAMES.keys()):
            self.add_binding(BindingKind.EXACT, name, PYTHON_SDK_NAMES[name], name, node)
            self.imports[name] = f"wmill.{name}"

    def facade_namespace(self, module: str, local: str) -> bool:
        """`import f.platform.wac as wac` / `from f.platform import wac` where that module
        re-exports wmill's WAC names and the file reads one through it (`@wac.workflow`):
        at run time it is the SDK's own, reached through a module (WAC002's concern). Read
        only when the file spells such a member."""
        if not module.startswith(("f.", "u.")):
            return False
        if not reads_members(self.data, local, PYTHON_SDK_NAMES):
            return False
        from wac_lint.workspace.imported import sdk_facade

        found = sdk_facade(self.model, module)
        if not any(name in PYTHON_SDK_NAMES for name in found):
            return False
        self.facade_modules[module] = found
        return True

    def import_reexported_sdk(
        self, node: Node, module: str | None, only: frozenset[str] | None = None
    ) -> None:
        for child in node.children_by_field_name("name"):
            if child.type == "aliased_import":
                name = self.text(child.child_by_field_name("name"))  # type: ignore[arg-type]
                local = self.text(child.child_by_field_name("alias"))  # type: ignore[arg-type]
            else:
                name = local = self.text(child)
            if name not in WMILL_EXPORTS or (only is not None and name not in only):
                if module is not None:  # the module's own name
                    self.imports[local] = f"{module}.{name}"
                continue
            self.imports[local] = f"wmill.{name}"
            if name in PYTHON_SDK_NAMES:
                kind = BindingKind.EXACT if local == name else BindingKind.ALIASED
                self.add_binding(kind, local, PYTHON_SDK_NAMES[name], name, child)

    # ---- definitions -----------------------------------------------------------
    def collect_top_functions(self, root: Node) -> None:
        for node in root.named_children:
            if node.type == "decorated_definition":
                node = node.child_by_field_name("definition")  # type: ignore[assignment]
            if node is not None and node.type == "function_definition":
                name = node.child_by_field_name("name")
                if name is not None:
                    self.top_functions.add(self.text(name), node)
        self.model.main_function = self.top_function("main")

    def definition_at(self, ref: Node) -> None:
        parent = self.model.parent_of(ref)
        if parent is None:
            return
        if parent.type == "decorator":
            self.decorator(parent, ref)
        elif parent.type == "call" and parent.child_by_field_name("function") == ref:
            holder = self.model.parent_of(parent)
            if holder is not None and holder.type == "decorator":
                self.decorator(holder, ref)
            else:
                self.factory_call(parent, ref)

    def decorator(self, node: Node, target: Node) -> None:
        expr = node.named_children[0] if node.named_children else None
        if expr is None:
            return
        sdk = self.resolve_sdk(target)
        definition = node.parent.child_by_field_name("definition") if node.parent else None
        if sdk is None or definition is None or definition.type != "function_definition":
            return
        concept = sdk[0]
        info = self.function_info(definition)
        top = self.is_top_level(node.parent)  # type: ignore[arg-type]
        if concept == "workflow":
            self.model.workflows.append(
                WorkflowEntry(info, Span.of(target), "decorator", None, top)
            )
        elif concept == "task":
            call = expr if expr.type == "call" else None
            path = self.string_value(self.keyword_arg(call, "path")) if call else None
            task = TaskDef(
                kind=TaskKind.TASK,
                binding=info.name,
                step_name=info.name,
                path=path,
                options=self.options(call) if call else {},
                span=Span.of(target),
                node=node,
                top_level=top,
                function=info,
                inside_workflow=self.inside_workflow(node),
                undrawn=self.undrawn_place(node.parent) if top else None,  # type: ignore[arg-type]
            )
            self.model.tasks.append(task)
            if top and info.name:
                self.task_bindings[info.name] = task

    def workflow_call(self, call: Node, ref: Node) -> None:
        """`main = workflow(run)`: the SDK marks `run`, but the worker looks for a
        line `@workflow`, so WAC005 reports it; the body is still analysed."""
        args = self.positional_args(call)
        wrapped = args[0] if len(args) == 1 else None
        function = None
        if wrapped is not None and wrapped.type == "identifier":
            function = self.top_function(self.text(wrapped))
        self.model.workflows.append(
            WorkflowEntry(
                function,
                Span.of(ref),
                "call",
                self.assigned_name(call),
                self.is_top_level(call),
            )
        )

    def factory_call(self, call: Node, ref: Node) -> None:
        """`task_script("f/x")`, `task_flow(...)`, `task(fn)` or `task(...)(fn)`;
        `main = workflow(fn)`, a workflow Windmill's worker cannot detect."""
        sdk = self.resolve_sdk(ref)
        if sdk is not None and sdk[0] == "workflow":
            self.workflow_call(call, ref)
            return
        if sdk is None or sdk[0] not in TASK_FACTORIES:
            return
        callee = ref
        options_call = call
        wrapped: Node | None = None
        if sdk[0] == "task":
            outer = call.parent
            if (
                outer is not None
                and outer.type == "call"
                and outer.child_by_field_name("function") == call
                and not self.positional_args(call)
            ):
                call = outer  # `task(timeout=5)(fn)`: the task is the outer call
            args = self.positional_args(call)
            wrapped = args[0] if args else None
        kind = sdk[0]
        binding = self.assigned_name(call)
        path = None
        step_name = None
        function = None
        given = None
        if kind == "task":
            path = self.string_value(self.keyword_arg(options_call, "path"))
            if wrapped is not None and wrapped.type == "identifier":
                step_name = self.text(wrapped)
                function = self.top_function(step_name)
                if function is None:
                    function, step_name, given = self.wrapped_local(wrapped)
            elif wrapped is not None and wrapped.type == "lambda":
                step_name = "<lambda>"  # func.__name__ of a lambda
                function = self.function_info(wrapped)
        else:
            args = self.positional_args(call)
            path_node = args[0] if args else self.keyword_arg(call, "path")
            path = self.string_value(path_node)
            step_name = path.rsplit("/", 1)[-1] if path is not None else None
        wraps = None
        path_without_function = False
        returned = (
            kind == "task"
            and wrapped is None
            and call is options_call
            and not self.positional_args(call)
            and call.parent is not None
            and call.parent.type == "return_statement"
        )
        if kind == "task" and wrapped is not None:
            if wrapped.type == "identifier" and function is not None and function.top_level:
                wraps = step_name
            elif self.string_value(wrapped) is not None:
                path_without_function = True  # task("f/x"): `task_script` was meant
                path = self.string_value(wrapped)
                step_name = None
        task = TaskDef(
            kind=TaskKind(kind),
            wraps=wraps,
            wraps_given=given,
            path_without_function=path_without_function,
            decorator_returned=returned,
            binding=binding,
            step_name=step_name,
            path=path,
            options=self.options(options_call),
            span=Span.of(callee),
            node=call,
            top_level=self.is_top_level(call),
            function=function,
            inside_workflow=self.inside_workflow(call),
        )
        if task.top_level:
            task.undrawn = self.undrawn_place(call)
        self.model.tasks.append(task)
        if binding and task.top_level:
            self.task_bindings[binding] = task

    def undrawn_place(self, node: Node) -> str | None:
        """Why Windmill's diagram does not draw a task made at module level: the
        statement making it is nested in a block of the module (a loop, `if`, `try`,
        `with`; windmill-oracle `dag` draws none of them), None when it is a statement
        of the module itself. A loop makes the task again on each pass, under one name."""
        data = self.model.source.data
        line = data.rfind(b"\n", 0, node.start_byte) + 1
        if data[line : line + 1] not in (b" ", b"\t"):
            return None  # a line of the module's own statements (not indented)
        current = self.model.parent_of(node)
        while current is not None and current.type != "module":
            place = UNDRAWN_BLOCKS.get(current.type)
            if place is not None:
                return place
            current = self.model.parent_of(current)
        return None

    def assigned_name(self, call: Node) -> str | None:
        parent = call.parent
        if parent is not None and parent.type == "assignment":
            left = parent.child_by_field_name("left")
            if left is not None and left.type == "identifier":
                return self.text(left)
        return None

    def inside_workflow(self, node: Node) -> bool:
        fns = {wf.function.node for wf in self.model.workflows if wf.function is not None}
        return any(fn in fns for fn in self.enclosing_functions(node))

    def options(self, call: Node | None) -> dict[str, str]:
        if call is None:
            return {}
        args = call.child_by_field_name("arguments")
        result: dict[str, str] = {}
        for arg in args.named_children if args is not None else ():
            if arg.type == "keyword_argument":
                name = arg.child_by_field_name("name")
                value = arg.child_by_field_name("value")
                if name is not None and value is not None:
                    result[self.text(name)] = self.text(value)
        return result

    # ---- syntax hooks ------------------------------------------------------------
    def positional_args(self, call: Node) -> list[Node]:
        args = call.child_by_field_name("arguments")
        if args is None or args.type != "argument_list":
            return []
        return [
            a
            for a in args.named_children
            if a.type not in ("keyword_argument", "comment", "dictionary_splat")
        ]

    def keyword_arg(self, call: Node | None, name: str) -> Node | None:
        if call is None:
            return None
        args = call.child_by_field_name("arguments")
        for arg in args.named_children if args is not None else ():
            if arg.type == "keyword_argument":
                key = arg.child_by_field_name("name")
                if key is not None and self.text(key) == name:
                    return arg.child_by_field_name("value")
        return None

    def add_decorated_tasks(self, root: Node) -> None:
        """`@durable(timeout=120) async def fetch(...)` where the file's decorator returns
        `task(...)(fn)` of the function it is given (directly, or from the decorator a
        factory returns): the decorated function is a task, keyed by its own name (wmill
        1.850.0 `task` reads `func.__name__`), and its body runs in the task's job."""
        makers = {
            maker.id
            for task in self.model.tasks
            if task.wraps_given and (maker := self.task_maker(task)) is not None
        }
        # `def durable(**options): return task(timeout=60, **options)`: `@durable(...)`
        # applies the SDK's decorator itself
        factories = {
            maker.id
            for task in self.model.tasks
            if task.decorator_returned and (maker := self.decorator_factory(task)) is not None
        }
        if not makers and not factories:
            return
        for statement in root.named_children:
            definition = statement.child_by_field_name("definition")
            if (
                statement.type != "decorated_definition"
                or definition is None
                or definition.type != "function_definition"
            ):
                continue
            for decorator in statement.named_children:
                expr = decorator.named_children[0] if decorator.named_children else None
                if decorator.type != "decorator" or expr is None:
                    continue
                maker = next((f for f in self.decorator_functions(expr) if f.id in makers), None)
                if maker is None and expr.type == "call":
                    callee = expr.child_by_field_name("function")
                    factory = self.local_def(callee) if callee is not None else None
                    maker = factory if factory is not None and factory.id in factories else None
                if maker is None:
                    continue
                info = self.function_info(definition)
                if info.name and info.name not in self.task_bindings:
                    task = TaskDef(
                        kind=TaskKind.TASK,
                        binding=info.name,
                        step_name=info.name,
                        path=None,
                        options={},
                        span=Span.of(expr),
                        node=decorator,
                        top_level=True,
                        function=info,
                    )
                    self.model.tasks.append(task)
                    self.task_bindings[info.name] = task
                    self.made_tasks.setdefault(maker.id, []).append(task)
                break

    def decorator_factory(self, task: TaskDef) -> Node | None:
        """The top-level function every `return` of which hands back the SDK's task
        decorator `task(...)` (a `decorator_returned` task), else None."""
        maker = self.enclosing_function(task.node)
        if maker is None or not self.is_top_level(maker):
            return None
        for statement in iter_nodes(maker):
            if statement.type != "return_statement" or self.enclosing_function(statement) != maker:
                continue
            value = statement.named_children[0] if statement.named_children else None
            if value is None or value.id != task.node.id:
                return None
        return maker

    def task_maker(self, task: TaskDef) -> Node | None:
        """The function that returns `task(...)(fn)` of its parameter `fn` (the task
        itself, or a name bound once to it), else None."""
        maker = next(
            (
                f
                for f in self.enclosing_functions(task.node)
                if any(p.name == task.wraps_given for p in self.function_info(f).params)
            ),
            None,
        )
        if maker is None:
            return None
        returns = [
            r
            for r in iter_nodes(maker)
            if r.type == "return_statement" and self.enclosing_function(r) == maker
        ]
        for statement in returns:
            value = statement.named_children[0] if statement.named_children else None
            if value is not None and value.type == "identifier":
                binding = self.semantic.resolve(value)
                value = binding.value if binding is not None and not binding.rebound else None
            if value is None or value.id != task.node.id:
                return None
        return maker if returns else None

    def decorator_functions(self, expr: Node) -> list[Node]:
        """The functions of the file a decorator expression applies: `@name` the function
        `name`; `@factory(...)` the functions `factory` returns by name."""
        if expr.type == "identifier":
            named = self.local_def(expr)
            return [named] if named is not None else []
        if expr.type != "call":
            return []
        callee = expr.child_by_field_name("function")
        factory = self.local_def(callee) if callee is not None else None
        if factory is None:
            return []
        found: list[Node] = []
        for statement in iter_nodes(factory):
            if statement.type != "return_statement" or not statement.named_children:
                continue
            value = statement.named_children[0]
            inner = self.local_def(value) if value.type == "identifier" else None
            if inner is not None:
                found.append(inner)
        return found

    def local_def(self, name: Node) -> Node | None:
        """The `def` a name is bound to once, in its scope."""
        if name.type != "identifier":
            return None
        binding = self.semantic.resolve(name)
        if binding is None or binding.rebound or binding.kind is not NameKind.FUNCTION:
            return None
        value = binding.value
        return value if value is not None and value.type == "function_definition" else None

    def wrapped_local(self, wrapped: Node) -> tuple[FunctionInfo | None, str | None, str | None]:
        """The function `task(...)(name)` wraps when `name` is not a top-level function:
        (its details, the step key, the parameter that holds it). A nested `def` is
        keyed by its own name; a parameter (`task(timeout=60)(fn)` in a registering
        decorator) by the `__name__` of whatever function it is given, unknown here."""
        name = self.text(wrapped)
        binding = self.semantic.resolve(wrapped)
        if binding is None or binding.rebound:
            return None, name, None
        if binding.kind is NameKind.FUNCTION and binding.value is not None:
            if binding.value.type == "function_definition":
                return self.function_info(binding.value), name, None
        if binding.kind is NameKind.PARAMETER:
            return None, None, name
        return None, name, None

    def function_info(self, node: Node) -> FunctionInfo:
        plist = node.child_by_field_name("parameters")
        params = [self.param(p) for p in plist.named_children] if plist is not None else []
        # what follows `*` / `*args` is keyword-only
        starred = False
        for param in params:
            if param.kind in (ParamKind.VAR_POSITIONAL, ParamKind.SEPARATOR) and param.name != "/":
                starred = True
            elif starred and param.kind == ParamKind.PLAIN:
                param.kind = ParamKind.KEYWORD_ONLY
        is_async = any(c.type == "async" for c in node.children[:2])
        return self.make_function_info(node, params, is_async)

    def param(self, node: Node) -> Param:
        name_node = node.child_by_field_name("name")
        if node.type == "identifier":
            name_node = node
        elif name_node is None and node.named_children:
            name_node = node.named_children[0]
        annotation = node.child_by_field_name("type")
        default = node.child_by_field_name("value")
        kind = PYTHON_PARAM_KINDS.get(node.type, ParamKind.PLAIN)
        # `*lines: str` / `**labels: str`: the grammar wraps the splat in a
        # `typed_parameter`, whose kind and name are the splat's
        if name_node is not None and name_node.type in PYTHON_PARAM_KINDS:
            kind = PYTHON_PARAM_KINDS[name_node.type]
            name_node = name_node.named_children[0] if name_node.named_children else name_node
        return Param(
            name=self.text(name_node) if name_node is not None else self.text(node),
            span=Span.of(node),
            annotation=self.text(annotation) if annotation is not None else None,
            default=self.text(default) if default is not None else None,
            kind=kind,
        )

    def string_value(self, node: Node | None) -> str | None:
        if node is None:
            return None
        if node.type == "concatenated_string":
            parts = [self.string_value(c) for c in node.named_children]
            return None if any(p is None for p in parts) else "".join(parts)  # type: ignore[arg-type]
        if node.type != "string":
            return None
        content = []
        for child in node.named_children:
            if child.type == "interpolation":
                return None
            if child.type == "string_content":
                content.append(self.text(child))
            elif child.type == "escape_sequence":
                content.append(self.text(child))
        return "".join(content)

    def is_property_getter(self, function: Node) -> bool:
        parent = function.parent
        if parent is None or parent.type != "decorated_definition":
            return False
        for decorator in parent.children_by_field_name("decorator") or [
            c for c in parent.named_children if c.type == "decorator"
        ]:
            name = self.text(decorator).lstrip("@").strip().rsplit(".", 1)[-1]
            if name in PROPERTY_DECORATORS:
                return True
        return False

    def first_parameter(self, function: Node) -> Node | None:
        params = function.child_by_field_name("parameters")
        first = params.named_children[0] if params is not None and params.named_children else None
        if first is not None and first.type == "typed_parameter":
            first = next((c for c in first.named_children if c.type == "identifier"), None)
        return first if first is not None and first.type == "identifier" else None

    def handler_of(
        self, node: Node, walker: BodyWalker, scope: Scope, chain: tuple[str, ...]
    ) -> list[ExceptionHandler]:
        if node.type == "call":
            # One callee and (lazily) one resolution per call, shared by the readers:
            # each used to resolve it again, on every call of the body.
            callee = self.callee(node)
            if callee is None:
                return []
            parent = walker.parent_of(node)
            if (
                (parent is None or parent.type not in WITH_PARTS)
                and not self.mentions_any(ASYNCIO_READERS)
                and not self.mentions_any(EXIT_STACKS)
            ):
                # Each reader needs the call to be a `with`'s context manager or the
                # file to spell `asyncio`: most calls of a body are neither.
                return []
            resolved = _Resolved(self, callee, scope)
            return (
                self.gather_handler(node, callee, resolved, walker, chain)
                or self.suppress_handler(node, callee, resolved, walker, scope, chain)
                or self.context_manager_handler(node, callee, walker, scope, chain)
                or self.exit_callback_handler(node, callee, walker, scope, chain)
                or self.asyncio_group_handler(node, callee, resolved, walker, scope, chain)
                or self.attempts_handler(node, callee, resolved, walker, scope, chain)
            )
        if node.type != "try_statement":
            return []
        body = node.child_by_field_name("body")
        protects = body is not None and walker.guards_durable(body, scope)
        handlers = []
        for clause in node.children:
            if clause.type not in ("except_clause", "except_group_clause"):
                continue
            caught, alias = self.caught(clause)
            if not caught:
                kind = HandlerKind.BARE
            elif caught & SUSPENSION_CATCHERS:
                kind = HandlerKind.BASE_EXCEPTION
            elif "Exception" in caught:
                kind = HandlerKind.EXCEPTION
            else:
                kind = HandlerKind.OTHER
            block = next((c for c in clause.children if c.type == "block"), None)
            head_end = next((c for c in clause.children if c.type == ":"), clause)
            rethrow, note = (
                self.handler_verdict(block, alias, walker, scope)
                if block is not None
                else (Rethrow.NEVER, None)
            )
            failure = None
            if block is not None and rethrow == Rethrow.GUARDED and kind != HandlerKind.OTHER:
                failure = self.failure_walk(block, alias, walker, scope)
            handlers.append(
                ExceptionHandler(
                    kind=kind,
                    node=clause,
                    span=Span.between(clause, head_end),
                    rethrow=rethrow,
                    note=note,
                    protects_durable=protects,
                    chain=chain,
                    failure_note=failure,
                )
            )
        return handlers

    def failure_walk(
        self, block: Node, alias: str | None, walker: BodyWalker, scope: Scope
    ) -> str | None:
        """A handler that re-raises the suspension behind a test (`if "Suspend" in
        type(e).__name__: raise`), read again for the SDK's other BaseException,
        `_StepFailure`: how it swallows that one (a clause for the message: "" when on
        every path), or None when it lets it through too."""
        self.signal_class, self.signal_word = FAILURE_CLASS, "StepFailure"
        try:
            rethrow, note = self.handler_verdict(block, alias, walker, scope)
        finally:
            self.signal_class, self.signal_word = SUSPENSION_CLASS, "Suspend"
        if rethrow in (Rethrow.ALWAYS, Rethrow.GUARDED, Rethrow.AFTER_DURABLE):
            return None
        return note or ""

    def gather_handler(
        self,
        call: Node,
        callee: Node,
        resolved: _Resolved,
        walker: BodyWalker,
        chain: tuple[str, ...],
    ) -> list[ExceptionHandler]:
        """`asyncio.gather(..., return_exceptions=True)` returns the suspension as a value."""
        if not self.mentions_any(("asyncio.gather",)):
            return []  # no arguments read for a file that never spells `asyncio`
        flag = self.keyword_arg(call, "return_exceptions")
        if flag is None or self.text(flag) != "True":
            return []
        if not resolved.is_one_of("asyncio.gather"):
            return []
        args = call.child_by_field_name("arguments")
        protects = args is not None and walker.flows_durable(args, resolved.scope)
        return [
            ExceptionHandler(
                kind=HandlerKind.GATHER_RETURN_EXCEPTIONS,
                node=call,
                span=Span.of(callee),
                rethrow=Rethrow.NEVER,
                protects_durable=protects,
                chain=chain,
            )
        ]

    def suppress_handler(
        self,
        call: Node,
        callee: Node,
        resolved: _Resolved,
        walker: BodyWalker,
        scope: Scope,
        chain: tuple[str, ...],
    ) -> list[ExceptionHandler]:
        """`with contextlib.suppress(BaseException):` is an `except BaseException: pass`
        around the `with` body."""
        statement: Node | None = walker.parent_of(call)
        entered = None
        if statement is None or statement.type not in ("with_item", "with_clause"):
            # only a context manager of a `with` suppresses anything, or one a
            # `with` entered through its exit stack
            entered = self.stack_entry_of(call, walker, scope)
            if entered is None:
                return []
        if not resolved.is_one_of("contextlib.suppress"):
            return []
        while statement is not None and statement.type in ("with_item", "with_clause"):
            statement = walker.parent_of(statement)
        if entered is None and (statement is None or statement.type != "with_statement"):
            return []
        caught: set[str] = set()
        for arg in self.positional_args(call):
            caught |= self.class_names(arg)
        if caught & SUSPENSION_CATCHERS:
            kind = HandlerKind.BASE_EXCEPTION
        elif "Exception" in caught:
            kind = HandlerKind.EXCEPTION
        else:
            kind = HandlerKind.OTHER
        if entered is not None:
            guarded = entered
        else:
            body = statement.child_by_field_name("body") if statement is not None else None
            guarded = [body] if body is not None else []
        return [
            ExceptionHandler(
                kind=kind,
                node=call,
                span=Span.of(call),
                rethrow=Rethrow.NEVER,
                protects_durable=any(walker.holds_durable(n, scope) for n in guarded),
                chain=chain,
            )
        ]

    def exit_callback_handler(
        self,
        call: Node,
        callee: Node,
        walker: BodyWalker,
        scope: Scope,
        chain: tuple[str, ...],
    ) -> list[ExceptionHandler]:
        """`stack.push(keep_going)` (or `push_async_exit`) on the exit stack of a `with`,
        where `keep_going` is a function of this file whose result is true whenever an
        exception is given (`return True`), or an instance of a class of it whose
        `__exit__` / `__aexit__` is such: the stack calls it with each exception leaving
        the rest of the block, the suspension included, and suppresses it when it
        answers true (`ExitStack.__exit__`)."""
        if callee.type != "attribute":
            return []
        method = callee.child_by_field_name("attribute")
        if method is None or self.text(method) not in STACK_EXIT_PUSHES:
            return []
        given = self.positional_args(call)
        if len(given) != 1 or given[0].type not in ("identifier", "call", "lambda"):
            return []
        guarded = self.stack_block_after(call, walker, scope)
        if guarded is None:
            return []
        exit_name = STACK_EXIT_PUSHES[self.text(method)]
        if given[0].type == "lambda":
            # `stack.push(lambda *exc: True)`
            returned = given[0].child_by_field_name("body")
            swallows = returned is not None and returned.type == "true"
            answer: str | None = "every" if swallows else None
        else:
            target = given[0] if given[0].type == "identifier" else self.callee(given[0])
            binding = self.semantic.resolve(target, scope) if target is not None else None
            if binding is None or binding.rebound or binding.value is None:
                return []
            value = binding.value
            if given[0].type == "identifier" and value.type == "function_definition":
                answer = self.exit_answer(value)
            elif given[0].type == "call" and value.type == "class_definition":
                answer = self.exit_class_answer(value, exit_name)
            else:
                return []
            swallows = answer is not None
        if not swallows:
            return []
        return [
            ExceptionHandler(
                kind=HandlerKind.SWALLOWING_CONTEXT,
                node=call,
                span=Span.of(call),
                rethrow=Rethrow.NEVER,
                protects_durable=any(walker.holds_durable(n, scope) for n in guarded),
                chain=chain,
                note=SIGNAL_ONLY_EXIT if answer == "signal" else None,
            )
        ]

    def stack_entry_of(self, call: Node, walker: BodyWalker, scope: Scope) -> list[Node] | None:
        """What a context manager entered through an exit stack guards: for `cm` in
        `stack.enter_context(cm)` (or `await stack.enter_async_context(cm)`) where
        `stack` is the target of `with contextlib.ExitStack() as stack:` (or
        `AsyncExitStack`), the statements of that `with` block from the one holding
        the call to the end (the stack exits `cm` when the block ends); else None."""
        args = walker.parent_of(call)
        if args is None or args.type != "argument_list":
            return None
        enter = walker.parent_of(args)
        callee = self.callee(enter) if enter is not None and enter.type == "call" else None
        if callee is None or callee.type != "attribute":
            return None
        method = callee.child_by_field_name("attribute")
        if enter is None or method is None or self.text(method) not in STACK_ENTERS:
            return None
        return self.stack_block_after(enter, walker, scope)

    def stack_block_after(self, enter: Node, walker: BodyWalker, scope: Scope) -> list[Node] | None:
        """For `stack.<method>(...)` (`enter`) where `stack` is the target of `with
        contextlib.ExitStack() as stack:` (or `AsyncExitStack`): the statements of that
        `with` block from the one holding the call to the end; else None."""
        callee = self.callee(enter)
        holder = callee.child_by_field_name("object") if callee is not None else None
        if holder is None or holder.type != "identifier":
            return None
        name = self.text(holder)
        # the nearest `with` around the call that binds the name to an exit stack (a
        # name reused by several `with ... as stack:` blocks is each block's own)
        body: Node | None = None
        inner: Node | None = enter
        while inner is not None and body is None:
            outer = walker.parent_of(inner)
            if outer is None or outer.type in SCOPE_NODES:
                return None
            if outer.type == "block" and (statement := walker.parent_of(outer)) is not None:
                if statement.type == "with_statement" and self.binds_exit_stack(
                    statement, name, scope
                ):
                    body = outer
            inner = outer if body is None else inner
        if body is None:
            return None
        # the statement of the block that holds the call, and those after it
        statements = body.named_children
        return statements[statements.index(inner) :] if inner in statements else None

    def binds_exit_stack(self, statement: Node, name: str, scope: Scope) -> bool:
        """`with contextlib.ExitStack() as <name>:` (or `AsyncExitStack`, among other
        items)."""
        clause = next((c for c in statement.named_children if c.type == "with_clause"), None)
        for item in clause.named_children if clause is not None else ():
            value = item.child_by_field_name("value")
            if value is None or value.type != "as_pattern" or not value.named_children:
                continue
            manager = value.named_children[0]
            alias = value.child_by_field_name("alias")
            target = (
                alias.named_children[0] if alias is not None and alias.named_children else alias
            )
            if target is None or self.text(target) != name or manager.type != "call":
                continue
            callee = self.callee(manager)
            if callee is not None and _Resolved(self, callee, scope).is_one_of(*EXIT_STACKS):
                return True
        return False

    def with_statement_of(self, call: Node, walker: BodyWalker) -> Node | None:
        """The `with` statement whose context manager this call builds, if any."""
        statement: Node | None = walker.parent_of(call)
        if statement is not None and statement.type == "as_pattern":
            statement = walker.parent_of(statement)
        if statement is None or statement.type not in ("with_item", "with_clause"):
            return None
        while statement is not None and statement.type in ("with_item", "with_clause"):
            statement = walker.parent_of(statement)
        if statement is None or statement.type != "with_statement":
            return None
        return statement

    def context_manager_handler(
        self,
        call: Node,
        callee: Node,
        walker: BodyWalker,
        scope: Scope,
        chain: tuple[str, ...],
    ) -> list[ExceptionHandler]:
        """`with Guard():` / `async with span():` over a context manager of this file
        that suppresses every exception: a class whose `__exit__` / `__aexit__` returns
        True, or a `@contextmanager` / `@asynccontextmanager` generator whose bare
        `except:` (or `except BaseException:`) around its `yield` does not re-raise."""
        statement = self.with_statement_of(call, walker)
        if statement is None or callee.type != "identifier":
            return []
        binding = self.semantic.resolve(callee, scope)
        if binding is None or binding.rebound or binding.value is None:
            return []
        is_async = any(c.type == "async" for c in statement.children)
        value = binding.value
        if value.type == "class_definition" and is_async:
            group = self.entered_task_group(value)
            if group is not None:
                # `async with Batch() as b:` whose `__aenter__` enters the
                # `asyncio.TaskGroup()` it keeps in `self._group`: the group's exit ends
                # the block, as if the body were written under `async with` the group
                body = statement.child_by_field_name("body")
                return [
                    ExceptionHandler(
                        kind=HandlerKind.TASK_GROUP,
                        node=call,
                        span=Span.of(callee),
                        rethrow=Rethrow.NEVER,
                        protects_durable=body is not None
                        and (
                            walker.holds_durable(body, scope)
                            or walker.hands_durable_function(body, scope)
                        ),
                        chain=chain,
                        note=f"whose `__aenter__` enters the `{group}()` it keeps",
                    )
                ]
        answer = None
        if value.type == "class_definition":
            answer = self.exit_class_answer(value, "__aexit__" if is_async else "__exit__")
            swallows = answer is not None
        elif value.type == "function_definition":
            swallows = self.generator_swallows(value, walker)
        else:
            return []
        if not swallows:
            return []
        body = statement.child_by_field_name("body")
        return [
            ExceptionHandler(
                kind=HandlerKind.SWALLOWING_CONTEXT,
                node=call,
                span=Span.of(call),
                rethrow=Rethrow.NEVER,
                protects_durable=body is not None and walker.holds_durable(body, scope),
                chain=chain,
                note=SIGNAL_ONLY_EXIT if answer == "signal" else None,
            )
        ]

    def asyncio_group_handler(
        self,
        call: Node,
        callee: Node,
        resolved: _Resolved,
        walker: BodyWalker,
        scope: Scope,
        chain: tuple[str, ...],
    ) -> list[ExceptionHandler]:
        """`async with asyncio.TaskGroup()` over durable calls: the group collects the
        suspension its tasks raise and re-raises it inside a BaseExceptionGroup, which
        wmill's runner (`except _StepSuspend`) does not recognise. `asyncio.wait(...)`:
        the suspensions stay inside the finished tasks, and only the first carries the
        dispatch, so reading them back from the unordered `done` set loses it."""
        if not resolved.is_one_of(*TASK_GROUPS, "asyncio.wait"):
            return []
        qual = resolved.name()
        span = Span.of(callee)
        note: str | None = None
        if qual in TASK_GROUPS:
            statement = self.with_statement_of(call, walker)
            stacked = None
            if statement is None:
                stacked = self.stack_entry_of(call, walker, scope)
            if statement is None and stacked is None:
                # `tg = asyncio.TaskGroup()`, then `async with tg:`: reported at the
                # `with` that enters it
                entered = self.with_entering_name_of(call, walker, scope)
                if entered is None:
                    return []
                statement, name = entered
                span, note = Span.of(name), f"an `{self.text(callee)}()`"
            if stacked is not None:
                # `tg = await stack.enter_async_context(asyncio.TaskGroup())`
                return [
                    ExceptionHandler(
                        kind=HandlerKind.TASK_GROUP,
                        node=call,
                        span=span,
                        rethrow=Rethrow.NEVER,
                        protects_durable=any(
                            walker.holds_durable(n, scope)
                            or walker.hands_durable_function(n, scope)
                            for n in stacked
                        ),
                        chain=chain,
                    )
                ]
            body = statement.child_by_field_name("body") if statement is not None else None
            if body is None:
                return []
            kind, protects, rethrow = HandlerKind.TASK_GROUP, body, Rethrow.NEVER
        elif qual == "asyncio.wait":
            args = call.child_by_field_name("arguments")
            if args is None or not walker.flows_durable(args, scope):
                return []
            kind, protects, rethrow = HandlerKind.ASYNCIO_WAIT, args, Rethrow.NEVER
        else:
            return []
        return [
            ExceptionHandler(
                kind=kind,
                node=call,
                span=span,
                rethrow=rethrow,
                protects_durable=kind == HandlerKind.ASYNCIO_WAIT
                or walker.holds_durable(protects, scope)
                or walker.hands_durable_function(protects, scope),
                chain=chain,
                note=note,
            )
        ]

    def with_entering_name_of(
        self, call: Node, walker: BodyWalker, scope: Scope
    ) -> tuple[Node, Node] | None:
        """(the `with` statement, the name it enters) for a call bound once to a plain
        name (`tg = asyncio.TaskGroup()`) that a `with` of the same scope enters by that
        name (`async with tg:`); None when the call is not bound so or no `with` does."""
        assignment = walker.parent_of(call)
        if assignment is None or assignment.type != "assignment":
            return None
        if assignment.child_by_field_name("right") != call:
            return None
        target = assignment.child_by_field_name("left")
        if target is None or target.type != "identifier":
            return None
        binding = self.semantic.resolve(target, scope)
        if binding is None or binding.rebound or binding.value != call:
            return None
        name = self.text(target)
        pending = [binding.scope.node]
        while pending:
            node = pending.pop()
            if node.type == "with_item":
                value = node.child_by_field_name("value")
                if value is not None and value.type == "as_pattern":
                    value = value.named_children[0] if value.named_children else None
                if value is not None and value.type == "identifier" and self.text(value) == name:
                    statement = node.parent
                    while statement is not None and statement.type in WITH_PARTS:
                        statement = statement.parent
                    if statement is not None and statement.type == "with_statement":
                        return statement, value
                continue
            if node != binding.scope.node and node.type in SCOPE_NODES:
                continue  # another function's `with tg:` is not this name's
            pending.extend(reversed(node.named_children))
        return None

    def attempts_handler(
        self,
        call: Node,
        callee: Node,
        resolved: _Resolved,
        walker: BodyWalker,
        scope: Scope,
        chain: tuple[str, ...],
    ) -> list[ExceptionHandler]:
        """`async for attempt in AsyncRetrying(retry=...): with attempt: ...` (or
        stamina's `retry_context(on=...)`, built on it): tenacity's
        `AttemptManager.__exit__` swallows whatever the block raises, and the iterator
        tries again when its predicate accepts it, the SDK's suspension included."""
        attempts = ("tenacity.AsyncRetrying", "tenacity.Retrying", "stamina.retry_context")
        if not resolved.is_one_of(*attempts):
            return []
        loop = walker.parent_of(call)
        if loop is None or loop.type != "for_statement":
            return []
        if loop.child_by_field_name("right") != call:
            return []
        if not self.retries_suspension(call, resolved.name() or "", scope):
            return []
        body = loop.child_by_field_name("body")
        return [
            ExceptionHandler(
                kind=HandlerKind.RETRYING_CALL,
                node=call,
                span=Span.of(callee),
                rethrow=Rethrow.NEVER,
                protects_durable=body is not None and walker.holds_durable(body, scope),
                chain=chain,
            )
        ]

    def retrying_decorators(self, function: Node) -> list[tuple[Node, Node]]:
        """The retrying-library decorators of `function` (its `decorated_definition`)
        that retry the SDK's suspension: (the decorator's call, its callee)."""
        decorated = function.parent
        if decorated is None or decorated.type != "decorated_definition":
            return []
        if not self.mentions_any(RETRY_DECORATORS):
            return []
        found = []
        for decorator in decorated.named_children:
            expression = decorator.named_children[0] if decorator.named_children else None
            if decorator.type != "decorator" or expression is None or expression.type != "call":
                continue
            callee = self.callee(expression)
            qual = self.qualname(callee, self.semantic.module) if callee is not None else None
            if callee is not None and qual in RETRY_DECORATORS:
                if self.retries_suspension(expression, qual, self.semantic.module):
                    found.append((expression, callee))
        return found

    def retries_suspension(self, call: Node, qual: str, scope: Scope) -> bool:
        """Does this retrying call retry on a BaseException (the SDK's `_StepSuspend`)?"""
        library = qual.split(".", 1)[0]
        if library == "tenacity":
            return self.tenacity_retries_suspension(self.keyword_arg(call, "retry"), scope)
        if library == "stamina":
            return self.names_suspension_catcher(self.keyword_arg(call, "on"))
        if library == "backoff":
            args = self.positional_args(call)
            caught = args[1] if len(args) > 1 else self.keyword_arg(call, "exception")
            return self.names_suspension_catcher(caught)
        return False

    def tenacity_retries_suspension(self, predicate: Node | None, scope: Scope) -> bool:
        """tenacity's `retry=` predicate, as far as it is written out: true for the
        suspension when a part of `a | b` is, or every part of `a & b`."""
        if predicate is None:
            return False  # the default: retry_if_exception_type(Exception)
        if predicate.type == "parenthesized_expression" and predicate.named_children:
            return self.tenacity_retries_suspension(predicate.named_children[0], scope)
        if predicate.type == "binary_operator":
            operator = predicate.child_by_field_name("operator")
            left = predicate.child_by_field_name("left")
            right = predicate.child_by_field_name("right")
            sides = [self.tenacity_retries_suspension(n, scope) for n in (left, right)]
            op = self.text(operator) if operator is not None else ""
            return any(sides) if op == "|" else all(sides) if op == "&" else False
        if predicate.type != "call":
            return False
        callee = self.callee(predicate)
        qual = self.qualname(callee, scope) if callee is not None else None
        types = self.positional_args(predicate)
        given = types[0] if types else self.keyword_arg(predicate, "exception_types")
        if qual == "tenacity.retry_if_exception_type":
            return self.names_suspension_catcher(given)
        if qual in TENACITY_NEGATED:
            return not self.names_suspension_catcher(given)
        return False

    def names_suspension_catcher(self, node: Node | None) -> bool:
        """`BaseException`, or a tuple holding it."""
        if node is None:
            return False
        if node.type in ("tuple", "list", "parenthesized_expression"):
            return any(self.names_suspension_catcher(c) for c in node.named_children)
        return self.text(node).rsplit(".", 1)[-1] in SUSPENSION_CATCHERS

    def swallowing_context(self, name: str, is_async: bool) -> bool:
        """A module-level class or `@contextmanager` generator of this file, by name, that
        suppresses every exception leaving a `with` block over it (see
        `context_manager_handler`): asked by a workflow of another file that imports it."""
        binding = self.semantic.module.bindings.get(name)
        if binding is None or binding.rebound or binding.value is None:
            return False
        value = binding.value
        if value.type == "class_definition":
            return self.exit_returns_true(value, "__aexit__" if is_async else "__exit__")
        if value.type != "function_definition":
            return False
        info = self.top_function(name)
        if info is None or info.body is None:
            return False
        return self.generator_swallows(value, BodyWalker(self, info))

    def entered_task_group(self, cls: Node) -> str | None:
        """The task group (`asyncio.TaskGroup`, `anyio.create_task_group`) a class's
        `__aenter__` enters: `await self._group.__aenter__()` where a method of the class
        binds `self._group = asyncio.TaskGroup()`; its name as the file spells it, else
        None."""
        if not self.mentions_any(TASK_GROUPS):
            return None
        body = cls.child_by_field_name("body")
        methods: dict[str, Node] = {}
        for item in body.named_children if body is not None else ():
            definition = (
                item.child_by_field_name("definition")
                if item.type == "decorated_definition"
                else item
            )
            name = definition.child_by_field_name("name") if definition is not None else None
            if definition is not None and definition.type == "function_definition" and name:
                methods[self.text(name)] = definition
        enter = methods.get("__aenter__")
        me = self.first_parameter(enter) if enter is not None else None
        if enter is None or me is None:
            return None
        entered: set[str] = set()  # the fields whose `__aenter__` it awaits
        for node in self.model.node_index.of_kinds(("call",), enter):
            callee = self.callee(node)
            if callee is None or callee.type != "attribute":
                continue
            method = callee.child_by_field_name("attribute")
            field = callee.child_by_field_name("object")
            if method is None or self.text(method) != "__aenter__" or field is None:
                continue
            owner = field.child_by_field_name("object") if field.type == "attribute" else None
            attr = field.child_by_field_name("attribute") if owner is not None else None
            if owner is not None and attr is not None and self.text(owner) == self.text(me):
                entered.add(self.text(attr))
        if not entered:
            return None
        for definition in methods.values():
            first = self.first_parameter(definition)
            if first is None:
                continue
            scope = self.semantic.scope_at(definition)
            for node in self.model.node_index.of_kinds(("assignment",), definition):
                left = node.child_by_field_name("left")
                right = node.child_by_field_name("right")
                if left is None or right is None or left.type != "attribute":
                    continue
                owner = left.child_by_field_name("object")
                attr = left.child_by_field_name("attribute")
                if owner is None or attr is None or self.text(owner) != self.text(first):
                    continue
                if self.text(attr) not in entered or right.type != "call":
                    continue
                made = self.callee(right)
                if made is not None and _Resolved(self, made, scope).is_one_of(*TASK_GROUPS):
                    return self.text(made)
        return None

    def exit_returns_true(self, cls: Node, method: str) -> bool:
        """Does the class's exit method end by returning True whatever it was given (or
        whenever it is given the SDK's suspension)?"""
        return self.exit_class_answer(cls, method) is not None

    def exit_class_answer(self, cls: Node, method: str) -> str | None:
        """`exit_answer` of the class's exit method."""
        body = cls.child_by_field_name("body")
        for item in body.named_children if body is not None else ():
            definition = (
                item.child_by_field_name("definition")
                if item.type == "decorated_definition"
                else item
            )
            if definition is None or definition.type != "function_definition":
                continue
            name = definition.child_by_field_name("name")
            if name is None or self.text(name) != method:
                continue
            return self.exit_answer(definition, method=True)
        return None

    def function_returns_true(self, definition: Node, method: bool = False) -> bool:
        """Does an exit function (`__exit__`, or a callback an exit stack is given with
        `push`) end by returning True whenever it is given an exception, or when it is
        given the SDK's suspension?"""
        return self.exit_answer(definition, method) is not None

    def exit_answer(self, definition: Node, method: bool = False) -> str | None:
        """For which exceptions an exit function answers true: "every" (`return True`,
        `return exc is not None`), "signal" (a test true for the SDK's suspension in
        particular, `not issubclass(exc_type, Exception)`), or None."""
        block = definition.child_by_field_name("body")
        statements = [c for c in block.named_children if c.type != "comment"] if block else []
        last = statements[-1] if statements else None
        if last is None or last.type != "return_statement":
            return None
        returned = last.named_children[0] if last.named_children else None
        if returned is not None and returned.type == "true":
            return "every"
        # `return exc_type is not None`, `return bool(exc)`: true whenever an
        # exception leaves the block; or `if exc_info[0] is not None: ... return True`;
        # also a test true for the suspension's class in particular (`exc_type is not
        # None and not issubclass(exc_type, Exception)`: it derives from BaseException only)
        given = self.exit_exception_names(definition, method)
        if returned is not None and self.exception_given(returned, given):
            return "every"
        if returned is not None and self.exit_test_for_signal(returned, given) is True:
            return "signal"
        for statement in statements[:-1]:
            if statement.type != "if_statement" or statement.child_by_field_name("alternative"):
                continue
            condition = statement.child_by_field_name("condition")
            consequence = statement.child_by_field_name("consequence")
            if condition is None or consequence is None:
                continue
            inner = [c for c in consequence.named_children if c.type != "comment"]
            if not inner or inner[-1].type != "return_statement":
                continue
            if any(n.type == "raise_statement" for n in iter_nodes(consequence)):
                continue
            value = inner[-1].named_children[0] if inner[-1].named_children else None
            if value is None or value.type != "true":
                continue
            if self.exception_given(condition, given):
                return "every"
            if self.exit_test_for_signal(condition, given) is True:
                return "signal"
        return None

    def exit_test_for_signal(self, test: Node, given: tuple[set[str], str | None]) -> bool | None:
        """What a test written in an exit function gives when the exception leaving the
        block is the SDK's signal (`_StepSuspend` / `_StepFailure`, which derive from
        BaseException only, wmill 1.850.0 client.py): True, False, or None when it
        cannot be told. Reads `exc is not None` / `exc is None`, `and` / `or` / `not`,
        `bool(...)`, and `issubclass(exc_type, C)` / `isinstance(exc, C)` of the exit
        function's own exception names: true for `BaseException` (or a class named like
        the signal), false for any other class."""
        names, _star = given
        test = self.without_parentheses(test)
        if test.type == "true":
            return True
        if test.type in ("false", "none"):
            return False
        if self.exception_given(test, given):
            return True
        if test.type == "boolean_operator":
            op = test.child_by_field_name("operator")
            left = test.child_by_field_name("left")
            right = test.child_by_field_name("right")
            if op is None or left is None or right is None:
                return None
            a = self.exit_test_for_signal(left, given)
            b = self.exit_test_for_signal(right, given)
            if self.text(op) == "and":
                if a is False or b is False:
                    return False
                return True if a is True and b is True else None
            if a is True or b is True:
                return True
            return False if a is False and b is False else None
        if test.type == "not_operator":
            inner = test.child_by_field_name("argument")
            value = self.exit_test_for_signal(inner, given) if inner is not None else None
            return None if value is None else not value
        if test.type == "comparison_operator" and len(test.named_children) == 2:
            left, right = test.named_children
            operators = " ".join(self.text(c) for c in test.children if not c.is_named)
            if (
                operators == "is"
                and right.type == "none"
                and left.type == "identifier"
                and self.text(left) in names
            ):
                return False  # an exception was given
            return None
        if test.type != "call":
            return None
        callee = self.callee(test)
        args = self.positional_args(test)
        if callee is None or len(args) not in (1, 2):
            return None
        name = self.text(callee)
        if name == "bool" and len(args) == 1:
            return self.exit_test_for_signal(args[0], given)
        if name not in ("issubclass", "isinstance") or len(args) != 2:
            return None
        if args[0].type != "identifier" or self.text(args[0]) not in names:
            return None
        classes = args[1].named_children if args[1].type == "tuple" else [args[1]]
        if any(c.type not in ("identifier", "attribute") for c in classes):
            return None
        short = [self.text(c).rsplit(".", 1)[-1] for c in classes]
        return any(c in SUSPENSION_CATCHERS or self.signal_word in c for c in short)

    def exit_exception_names(
        self, definition: Node, method: bool = True
    ) -> tuple[set[str], str | None]:
        """The names of an exit method's exception type and value (`et`, `exc` of
        `__exit__(self, et, exc, tb)`, or of a plain callback `(et, exc, tb)`), and its
        `*args` name (`*exc_info`), if any."""
        params = self.function_info(definition).params
        plain = [p.name for p in params if p.kind == ParamKind.PLAIN]
        star = next((p.name for p in params if p.kind == ParamKind.VAR_POSITIONAL), None)
        first = 1 if method else 0
        return set(plain[first : first + 2]), star

    def exception_given(self, test: Node, given: tuple[set[str], str | None]) -> bool:
        """`test` is true exactly when an exception is given to the exit method:
        `exc_type is not None`, `exc is not None`, `bool(exc)`, `exc` itself,
        `exc_info[0] is not None`, `not (exc is None)`."""
        names, star = given
        while test.type == "parenthesized_expression" and test.named_children:
            test = test.named_children[0]

        def exception_part(node: Node) -> bool:
            if node.type == "identifier":
                return self.text(node) in names
            if node.type == "subscript" and star is not None:
                value = node.child_by_field_name("value")
                index = node.child_by_field_name("subscript")
                return (
                    value is not None
                    and self.text(value) == star
                    and index is not None
                    and self.text(index) in ("0", "1")
                )
            return False

        if exception_part(test):
            return True  # `return exc`: the exception (or its class) is truthy
        if test.type == "comparison_operator" and len(test.named_children) == 2:
            left, right = test.named_children
            operators = " ".join(self.text(c) for c in test.children if not c.is_named)
            return operators == "is not" and exception_part(left) and right.type == "none"
        if test.type == "not_operator":
            operand = test.child_by_field_name("argument")
            while (
                operand is not None
                and operand.type == "parenthesized_expression"
                and operand.named_children
            ):
                operand = operand.named_children[0]
            if operand is not None and operand.type == "comparison_operator":
                parts = operand.named_children
                ops = " ".join(self.text(c) for c in operand.children if not c.is_named)
                return (
                    len(parts) == 2
                    and ops == "is"
                    and exception_part(parts[0])
                    and (parts[1].type == "none")
                )
            return False
        if test.type == "call":
            callee = test.child_by_field_name("function")
            args = test.child_by_field_name("arguments")
            given_args = [a for a in args.named_children if a.type != "comment"] if args else []
            return (
                callee is not None
                and self.text(callee) == "bool"
                and len(given_args) == 1
                and exception_part(given_args[0])
            )
        return False

    def generator_swallows(self, function: Node, walker: BodyWalker) -> bool:
        """A `@contextmanager` generator whose handler around `yield` catches the
        suspension (bare / BaseException) and does not re-raise it."""
        decorated = function.parent
        if decorated is None or decorated.type != "decorated_definition":
            return False
        marked = False
        for decorator in decorated.named_children:
            if decorator.type != "decorator" or not decorator.named_children:
                continue
            qual = self.qualname(decorator.named_children[0]) or ""
            if qual in ("contextlib.contextmanager", "contextlib.asynccontextmanager"):
                marked = True
        body = function.child_by_field_name("body")
        if not marked or body is None:
            return False
        inner = self.semantic.scope_of_function(function)
        for node in iter_nodes(body):
            if node.type != "try_statement":
                continue
            guarded = node.child_by_field_name("body")
            if guarded is None or not any(n.type == "yield" for n in iter_nodes(guarded)):
                continue
            for clause in node.children:
                if clause.type not in ("except_clause", "except_group_clause"):
                    continue
                caught, alias = self.caught(clause)
                if caught and not caught & SUSPENSION_CATCHERS:
                    continue
                block = next((c for c in clause.children if c.type == "block"), None)
                if block is None or self.rethrow_in(block, alias, walker, inner) == Rethrow.NEVER:
                    return True
        return False

    def raises_caught(self, stmt: Node, alias: str | None) -> bool:
        exprs = [c for c in stmt.named_children if c.type != "comment"]
        if not exprs:
            return True
        raised = exprs[0]
        callee = self.callee(raised) if raised.type == "call" else None
        if callee is not None and callee.type == "attribute":
            # `raise e.with_traceback(tb)`: `with_traceback` returns the exception itself
            method = callee.child_by_field_name("attribute")
            if method is not None and self.text(method) == "with_traceback":
                raised = callee.child_by_field_name("object") or raised
        return alias is not None and self.text(raised) == alias

    def starts_with_raise(self, block: Node, alias: str | None) -> bool:
        first = next((c for c in block.named_children if c.type != "comment"), None)
        return (
            first is not None
            and first.type == "raise_statement"
            and (self.raises_caught(first, alias))
        )

    def holds_for_suspension(self, condition: Node, caught: str | None) -> bool:
        """`isinstance(e, BaseException)`: true for `_StepSuspend`."""
        if caught is None:
            return False
        condition = self.without_parentheses(condition)
        if condition.type != "call":
            return False
        callee = self.callee(condition)
        args = self.positional_args(condition)
        if callee is None or self.text(callee) != "isinstance" or len(args) != 2:
            return False
        classes = args[1].named_children if args[1].type == "tuple" else [args[1]]
        return self.text(args[0]) == caught and any(
            self.text(c).rsplit(".", 1)[-1] in SUSPENSION_CATCHERS for c in classes
        )

    def false_for_suspension(self, condition: Node, caught: str | None) -> bool:
        """`isinstance(e, X)` for classes the suspension is not (anything but
        BaseException and the SDK's own): `_StepSuspend` derives from BaseException
        only (wmill 1.850.0 client.py); `a and b` when either side is false, `a or b`
        when both are."""
        if caught is None:
            return False
        condition = self.without_parentheses(condition)
        if condition.type == "boolean_operator":
            op = condition.child_by_field_name("operator")
            left = condition.child_by_field_name("left")
            right = condition.child_by_field_name("right")
            if op is None or left is None or right is None:
                return False
            sides = (
                self.false_for_suspension(left, caught),
                self.false_for_suspension(right, caught),
            )
            return any(sides) if self.text(op) == "and" else all(sides)
        if condition.type != "call" or self.signal_word in self.text(condition):
            return False
        callee = self.callee(condition)
        args = self.positional_args(condition)
        if callee is None or self.text(callee) != "isinstance" or len(args) != 2:
            return False
        if self.text(args[0]) != caught:
            return False
        classes = args[1].named_children if args[1].type == "tuple" else [args[1]]
        return all(self.text(c).rsplit(".", 1)[-1] not in SUSPENSION_CATCHERS for c in classes)

    def passes_suspension(self, condition: Node, alias: str | None) -> bool:
        """`isinstance(e, _StepSuspend)`, or `not isinstance(e, X)` for an X that the
        suspension is not (anything but BaseException): the raise then re-raises it."""
        condition = self.without_parentheses(condition)
        if self.either_operand_passes(condition, alias):
            return True  # (`a and b` is read whole below)
        decided = self.class_text_test(condition, alias, self.signal_class) if alias else None
        if decided is not None:
            return decided  # a test of the class's name or module, read exactly
        if self.names_suspension(condition):
            return True
        if condition.type != "not_operator" or alias is None:
            return False
        inner = condition.child_by_field_name("argument")
        if inner is None or inner.type != "call":
            return False
        callee = self.callee(inner)
        args = self.positional_args(inner)
        if callee is None or self.text(callee) != "isinstance" or len(args) != 2:
            return False
        if self.text(args[0]) != alias:
            return False
        classes = args[1].named_children if args[1].type == "tuple" else [args[1]]
        return all(self.text(c).rsplit(".", 1)[-1] not in SUSPENSION_CATCHERS for c in classes)

    def switch_rethrows(self, stmt: Node, caught: str | None) -> bool:
        """`match e:` whose first case that matches the suspension (`case _:`, a capture,
        `case BaseException():`; `case TaskError():` does not) begins by re-raising it;
        a guarded case that matches must re-raise too, or the suspension may stay."""
        if caught is None or stmt.type != "match_statement":
            return False
        subject = stmt.child_by_field_name("subject")
        body = stmt.child_by_field_name("body")
        if subject is None or body is None or self.text(subject) != caught:
            return False
        for clause in body.named_children:
            if clause.type != "case_clause":
                continue
            pattern = next((c for c in clause.named_children if c.type == "case_pattern"), None)
            captured = self.pattern_catches_suspension(pattern)
            if captured is None:
                continue
            consequence = clause.child_by_field_name("consequence")
            raises = consequence is not None and any(
                self.starts_with_raise(consequence, name) for name in (caught, *captured)
            )
            if clause.child_by_field_name("guard") is not None and raises:
                continue  # re-raised if the guard holds, else the next case decides
            return raises
        return False

    def pattern_catches_suspension(self, pattern: Node | None) -> tuple[str, ...] | None:
        """The names a `case` pattern binds when it matches the SDK's suspension
        (empty when it binds none), or None when it does not match it."""
        if pattern is None:
            return None
        if pattern.type == "case_pattern":
            inner = pattern.named_children
            if not inner:
                return () if any(c.type == "_" for c in pattern.children) else None
            return self.pattern_catches_suspension(inner[0])
        if pattern.type == "dotted_name":
            # a bare name captures anything; `Kind.X` compares to a value
            return (self.text(pattern),) if pattern.named_child_count == 1 else None
        if pattern.type == "as_pattern":
            inner = pattern.named_children
            found = self.pattern_catches_suspension(inner[0]) if inner else None
            alias = inner[-1] if len(inner) > 1 and inner[-1].type == "identifier" else None
            extra = (self.text(alias),) if alias is not None else ()
            return None if found is None else (*found, *extra)
        if pattern.type == "union_pattern":
            for option in pattern.named_children:
                found = self.pattern_catches_suspension(option)
                if found is not None:
                    return found
            return None
        if pattern.type == "class_pattern":
            name = pattern.named_children[0] if pattern.named_children else None
            short = self.text(name).rsplit(".", 1)[-1] if name is not None else ""
            args = [c for c in pattern.named_children[1:] if c.type != "comment"]
            if args:
                return None  # `BaseException(x)` / `X(attr=...)`: fields the suspension lacks
            if short in SUSPENSION_CATCHERS or short == self.signal_class["__name__"]:
                return ()
            return None
        return None

    def class_text_test(self, condition: Node, alias: str, facts: dict[str, str]) -> bool | None:
        """Whether a string test of the caught exception's class holds for the class
        `facts` describes (`type(e).__module__.startswith("wmill")`,
        `e.__class__.__name__ not in ("KeyboardInterrupt", ...)`, `"Step" in
        type(e).__name__`); None when the condition is no such test."""
        if condition.type == "call":
            callee = self.callee(condition)
            args = self.positional_args(condition)
            if callee is None or callee.type != "attribute" or len(args) != 1:
                return None
            method = self.text(callee.child_by_field_name("attribute") or callee)
            fact = self.class_fact(callee.child_by_field_name("object"), alias, facts)
            options = self.string_options(args[0])
            if fact is None or options is None or method not in ("startswith", "endswith"):
                return None
            test = fact.startswith if method == "startswith" else fact.endswith
            return any(test(o) for o in options)
        if condition.type != "comparison_operator" or len(condition.named_children) != 2:
            return None
        left, right = condition.named_children
        ops = [" ".join(self.text(c).split()) for c in condition.children if not c.is_named]
        if len(ops) != 1 or ops[0] not in ("==", "in", "!=", "not in"):
            return None
        positive = ops[0] in ("==", "in")
        fact = self.class_fact(left, alias, facts)
        if fact is not None:
            options = self.string_options(right)
            return None if options is None else (fact in options) == positive
        inner = self.class_fact(right, alias, facts)
        text = self.string_value(left)
        if inner is None or text is None or ops[0] in ("==", "!="):
            return None
        return (text in inner) == positive

    def class_fact(self, node: Node | None, alias: str, facts: dict[str, str]) -> str | None:
        """`type(e).__name__` / `e.__class__.__module__`: that fact of the class."""
        if node is None or node.type != "attribute":
            return None
        attr = node.child_by_field_name("attribute")
        obj = node.child_by_field_name("object")
        fact = facts.get(self.text(attr)) if attr is not None else None
        if fact is None or obj is None:
            return None
        if obj.type == "call":
            callee = self.callee(obj)
            args = self.positional_args(obj)
            if callee is not None and self.text(callee) == "type" and len(args) == 1:
                return fact if self.text(args[0]) == alias else None
            return None
        if obj.type == "attribute" and self.text(obj) == f"{alias}.__class__":
            return fact
        return None

    def string_options(self, node: Node) -> list[str] | None:
        """A string literal, or a tuple / list / set / frozenset of them."""
        one = self.string_value(node)
        if one is not None:
            return [one]
        if node.type in ("tuple", "list", "set", "parenthesized_expression"):
            values = [self.string_value(c) for c in node.named_children]
            return None if any(v is None for v in values) else values  # type: ignore[return-value]
        return None

    def names_suspension(self, condition: Node) -> bool:
        """Does the test name the SDK's suspension (`isinstance(e, _StepSuspend)`,
        `type(e).__name__ == "_StepSuspend"`), itself or through a module-level constant
        it reads (`type(e).__name__ in SDK_SIGNALS`, `SDK_SIGNALS = ("_StepSuspend", ...)`)?"""
        if self.signal_word in self.text(condition):
            return True
        module = self.semantic.module
        for node in iter_nodes(condition):
            if node.type != "identifier":
                continue
            binding = module.bindings.get(self.text(node))
            value = binding.assigned_value if binding is not None else None
            if value is not None and self.signal_word in self.text(value):
                return True
        return False

    def caught(self, clause: Node) -> tuple[set[str], str | None]:
        value = clause.child_by_field_name("value")
        if value is None:
            value = next(
                (c for c in clause.named_children if c.type not in ("block", "comment")), None
            )
        if value is None:
            return set(), None
        alias = None
        if value.type == "as_pattern":
            target = value.child_by_field_name("alias")
            alias = self.text(target) if target is not None else None
            value = value.named_children[0]
        return self.class_names(value), alias

    def class_names(self, value: Node) -> set[str]:
        """The exception classes an `except` clause or `suppress(...)` names, by their
        last dotted part, through tuples, `*` spreads and names bound once to a tuple
        (`except BEST_EFFORT:`, `suppress(*BEST_EFFORT)`)."""
        return {self.text(n).rsplit(".", 1)[-1] for n in self.semantic.sequence_items(value)}
