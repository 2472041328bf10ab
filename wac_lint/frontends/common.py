"""What both front-ends share: name resolution and the walk of the workflow body.

Each language subclass says how its syntax spells calls, functions, imports and
options; the walk that turns a workflow body into durable calls, plain calls and
exception handlers is written once, here.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import tree_sitter

from wac_lint.frontends.durable_code import record_durable_code
from wac_lint.guards import GuardReader, enclosing_function, never_runs
from wac_lint.model import (
    ANONYMOUS_FUNCTION,
    AWAITED,
    DECORATOR_PRODUCT,
    DROPPED,
    FIELD_INITIALIZERS,
    GATHERED,
    INLINE_FUNCTIONS,
    RETURNED,
    STORED,
    UNKNOWN,
    BindingKind,
    BodyCall,
    CallKind,
    CodeRole,
    Consumption,
    DurableCall,
    DurableKind,
    ExceptionHandler,
    FinallyBlock,
    FunctionInfo,
    Handback,
    HandlerKind,
    Param,
    ParamKind,
    Reached,
    Rethrow,
    ScriptModel,
    SdkBinding,
    SdkReference,
    Span,
    TaskDef,
)
from wac_lint.node_index import NodeIndex
from wac_lint.semantic import FACTORY_CALLS, LOCAL, NameSyntax, SemanticModel
from wac_lint.semantic import BindingKind as NameKind
from wac_lint.semantic.scopes import Binding, Scope, ScopeKind, ScopeRules, Scopes
from wac_lint.source import SourceFile
from wac_lint.tree_paths import ancestors

Node = tree_sitter.Node

LOOPS = frozenset(
    {
        "for_statement",
        "while_statement",
        "for_in_statement",
        "do_statement",
    }
)

QUOTES = frozenset(b"\"'")  # the bytes a string literal without a prefix starts with
# Literals a value can be put in and carried on (Python and TypeScript spellings).
CONTAINERS = frozenset({"list", "tuple", "set", "dictionary", "array", "object"})

# Concepts whose call in the body is itself a checkpointed operation.
DURABLE_CONCEPTS = {
    "step": DurableKind.STEP,
    "sleep": DurableKind.SLEEP,
    "wait_for_approval": DurableKind.APPROVAL,
}
# Loops whose target may name one task of a sequence of them, and the sequences.
LOOP_HEADS = frozenset({"for_statement", "for_in_statement", "for_in_clause"})
TASK_SEQUENCES = frozenset({"tuple", "list", "array"})
# Methods that add an item to a list (`undo.push(fn)`, `undo.append(fn)`)
QUEUEING_METHODS = frozenset({"push", "unshift", "append", "insert", "appendleft"})
# Methods giving back the same items (reordered or copied)
ORDER_KEEPING_METHODS = frozenset({"reverse", "slice", "toReversed", "values", "copy"})
FOLDS = frozenset({"functools.reduce"})
# Calls that hand a function on without running it in the body.
DEFERRING_CALLS = frozenset({"functools.partial", "partial", ".bind"})
# Calls that run the functions they are given, there and then: `map(requests.get, urls)`,
# `asyncio.to_thread(requests.get, url)`, `urls.map(fetch)`.
# The functions a `let` may hold at a call that are followed (the latest assignments
# first): a name reassigned in a long chain of branches would follow each of them.
MAX_MAY_CALL = 4
# Calls recorded again for the other places of the body that call a helper (see
# `BodyWalker.record_other_sites`); past this, a file's further places are not added.
MAX_OTHER_SITE_CALLS = 2_000
MAX_OTHER_SITE_ROUNDS = 8  # helpers reached through helpers first walked elsewhere

# Decorators that make a function dispatch on its argument's type to the functions
# registered on it (`@emit.register`).
SINGLE_DISPATCH = frozenset({"functools.singledispatch", "functools.singledispatchmethod"})

RUNS_ARGUMENTS = frozenset(
    {
        "map",
        "filter",
        "itertools.starmap",
        # runs it as this round's process exits: every round registers and runs it again
        "atexit.register",
        "asyncio.to_thread",
        # registered on an exit stack, run as its `with` block unwinds: in the body, on
        # every round (the suspension unwinds it too)
        "contextlib.ExitStack().callback",
        "contextlib.ExitStack().push",
        "contextlib.AsyncExitStack().callback",
        "contextlib.AsyncExitStack().push",
        "contextlib.AsyncExitStack().push_async_callback",
        "contextlib.AsyncExitStack().push_async_exit",
        ".run_in_executor",
        ".submit",
        ".map",
        ".forEach",
        ".flatMap",
        ".filter",
        ".reduce",
        ".some",
        ".every",
        ".find",
        ".then",
        # The SDK's `parallel(items, fn)` calls `fn(item)` for each item in the body
        # (wmill 1.850.0 `client.py`, windmill-client 1.818.0): a task dispatches, any
        # other function runs right there
        "wmill.parallel",
        "windmill-client.parallel",
    }
)


# Keywords whose function every call that takes one runs on the items there and then
# (`sorted(xs, key=...)`, `min` / `max`, `list.sort`, `heapq.nlargest`, `groupby`).
RUNS_KEYWORDS = frozenset({"key"})


def runs_by_method(called: str | None) -> bool:
    """`asyncio.get_running_loop().run_in_executor`, `ThreadPoolExecutor().map`: a method
    of a library object built by a call, known to run what it is given by its name
    (the method entries of RUNS_ARGUMENTS, `.run_in_executor`, `.submit`, `.map`)."""
    if called is None or "()." not in called or called.startswith(LOCAL):
        return False
    return "." + called.rsplit(".", 1)[-1] in RUNS_ARGUMENTS


# Calls that run the value they are given, built earlier from functions: an Effect
# (`Effect.runPromise(program)` runs the functions `Effect.tryPromise({ try })` /
# `Effect.gen(...)` captured), an rxjs observable (`lastValueFrom(defer(() => ...))`).
RUNS_VALUES = frozenset(
    {
        "effect.Effect.runPromise",
        "effect.Effect.runPromiseExit",
        "effect.Effect.runSync",
        "effect.Effect.runSyncExit",
        "effect.Effect.runFork",
        "rxjs.firstValueFrom",
        "rxjs.lastValueFrom",
    }
)

# Methods of a value built from functions that run those functions: a validation
# schema's parse runs its `.default(() => ...)` / `.transform(...)` / `.refine(...)`
# callbacks (zod; valibot / yup spell theirs `parse` / `validate` / `cast`).
RUNS_CAPTURED_METHODS = frozenset(
    {
        "parse",
        "safeParse",
        "parseAsync",
        "safeParseAsync",
        "spa",
        "validate",
        "validateSync",
        "cast",
    }
)


# Values, not functions: what a library is given from the environment is read where it
# is given (`knex({ connection: process.env.DATABASE_URL })`), not run later.
ENVIRONMENT_READS = ("process.env", "Bun.env", "Deno.env", "import.meta.env", "os.environ")

# Functions that run the callbacks of the schema given them (the argument at this
# position): valibot's `v.parse(Schema, input)` runs `v.optional(..., () => ...)`
# defaults and `v.transform` / `v.check` actions; superstruct's `create(value, Struct)`
# runs `defaulted(..., () => ...)` / `coerce(...)`.
RUNS_SCHEMA_ARGUMENT = {
    "valibot.parse": 0,
    "valibot.safeParse": 0,
    "valibot.parseAsync": 0,
    "valibot.safeParseAsync": 0,
    "valibot.is": 0,
    "superstruct.create": 1,
    "superstruct.mask": 1,
    "superstruct.validate": 1,
}


@dataclass(frozen=True)
class Syntax:
    """Node type names of one tree-sitter grammar."""

    call: frozenset[str]
    new: frozenset[str]
    function: frozenset[str]
    awaits: frozenset[str]
    attribute: str
    attribute_name_field: str
    identifier: frozenset[str]
    returns: frozenset[str]
    assignment: frozenset[str]
    expression_statement: str
    # Nodes a value passes through unchanged on its way to whoever consumes it.
    transparent: frozenset[str]
    arguments: frozenset[str]
    comprehension: frozenset[str]
    try_statement: str
    class_definition: frozenset[str]
    # A call's `name=value` argument, where the language has them (Python).
    keyword_argument: str | None = None
    # Parameters with a default value whose default is computed where the function is
    # defined (Python: `lambda r=requests.get(url): ...` runs the request right there),
    # not where it is called (TypeScript defaults run at each call).
    eager_defaults: frozenset[str] = frozenset()
    # Statements that call protocol methods of their operand (Python `for` calls
    # `__iter__` / `__next__`, `with` calls `__enter__` / `__exit__`).
    protocol_statements: frozenset[str] = frozenset()
    # Parameters whose default is computed at each call, in the function's own body
    # (TypeScript): the workflow function's defaults run on every replay.
    call_defaults: frozenset[str] = frozenset()
    # Methods every function has that make another function without calling it
    # (TypeScript's `fn.bind(thisArg)`); Python has none (`sock.bind(addr)` is a call).
    binding_methods: frozenset[str] = frozenset()


# keyword arguments whose function runs elsewhere than the call they are given to
# (a dataclass / pydantic field's factory runs where an instance is built)
DEFERRED_KEYWORDS = frozenset({"default_factory"})
# links of a dotted name read before giving up (no real one is this long)
MAX_NAME_CHAIN = 40
# `a && b` / `a and b`: when `a` lets it, the right operand is the expression's value
LOGICAL_EXPRESSIONS = frozenset({"binary_expression", "boolean_operator"})
LOGICAL_OPERATORS = frozenset({"&&", "||", "??", "and", "or"})
DISJUNCTIONS = frozenset({"||", "or"})
# `[a, b]` / `a, b` values and the patterns that take them apart item by item
SEQUENCE_LITERALS = frozenset({"array", "list", "tuple", "expression_list"})
SEQUENCE_PATTERNS = frozenset({"array_pattern", "pattern_list", "tuple_pattern", "list_pattern"})
UNPACKING = frozenset({"spread_element", "rest_pattern", "list_splat", "list_splat_pattern"})
# the statement lists a durable result's later reads are looked for in, and the
# statements that leave one before its end without leaving the function
STATEMENT_BLOCKS = frozenset(
    {"block", "module", "statement_block", "program", "switch_case", "switch_default"}
)
EARLY_EXIT_WORDS = re.compile(rb"(?<![\w$])(?:break|continue)(?![\w$])")
# ancestors of a stored call looked at for its statement and function (a statement
# holds its call a few levels down; deeper ones keep every later read)
MAX_STATEMENT_DEPTH = 24
# methods that put their arguments into the list they are called on
FILLING_METHODS = frozenset({"push", "unshift", "append", "extend", "insert", "add"})
# The members `using` / `await using` call when the block is left.
DISPOSERS = frozenset({"[Symbol.dispose]", "[Symbol.asyncDispose]"})
# Methods that keep a function handed to them in a collection (an array, a set, a
# map's value) instead of calling it.
STORING_METHODS = frozenset({"push", "unshift", "append", "insert", "add", "set"})
# Methods that put a value in the collection they are called on (see `added_to`).
ADDING_METHODS = frozenset({"push", "unshift", "append", "appendleft", "insert", "add"})
# which verdict to keep when a handler's block can be read two ways
BEST_RETHROW_FIRST = (Rethrow.ALWAYS, Rethrow.GUARDED, Rethrow.AFTER_DURABLE, Rethrow.NEVER)
NEVER = Rethrow.NEVER


@dataclass
class HandlerWalk:
    """The suspension followed through some statements of a handler."""

    verdict: Rethrow | None  # where it leaves them; None: it falls off their end
    durable: bool  # a durable call may have run before
    gates: list[str]  # tests a rethrow it passed depends on (`attempt == last` is true)
    note: str | None = None  # how it is swallowed, when that depends on a path


class FrontEnd:
    syntax: Syntax
    sdk_module: str  # how qualified names spell the SDK module
    # JavaScript's `fn.call(this, ...)` / `fn.apply(this, args)` / `fn.bind(this)(...)` /
    # `Reflect.apply(fn, ...)` run `fn`; Python has no such methods (pandas' `df.apply`)
    function_methods: bool = False
    sdk_submodules: tuple[str, ...] = ()  # `wmill.client`: the same names
    gather_names: frozenset[str]  # qualified names that await all their arguments
    scope_rules: ScopeRules
    name_syntax: NameSyntax
    semantic: SemanticModel

    def __init__(self, model: ScriptModel) -> None:
        self.model = model
        self.data = model.source.data
        self.plain_reads: bool | None = None  # `BodyWalker.plain_reads`, once asked
        self.workspace_imports: bool | None = None  # `BodyWalker.imports_workspace`
        # local name -> qualified name, from every import in the file
        self.imports: dict[str, str] = {}
        # local name -> (concept, kind) for SDK names bound directly
        self.sdk_names: dict[str, tuple[str, BindingKind]] = {}
        # local names bound to the SDK module itself
        self.sdk_modules: set[str] = set()
        self.task_bindings: dict[str, TaskDef] = {}
        self.top_functions = FunctionTable()
        self.sdk_by_local: dict[str, str] = {}
        self.sdk_aliases: dict[str, str] = {}  # module-level `t = task`: name -> concept
        self.sdk_memo: dict[tuple[str, Scope], tuple[str, BindingKind] | None] = {}
        # methods a subclass defined in another file overrides (see `walk_helper`)
        self.overridden_elsewhere: frozenset[str] = frozenset()
        # workspace modules the file takes SDK names from (`from f.common.wac import
        # task`), with the names each re-exports (see `workspace.imported.sdk_facade`)
        self.facades: dict[str, frozenset[str]] = {}

    # ---- entry point -------------------------------------------------------
    def build(self) -> ScriptModel:
        root = self.model.tree.root_node
        self.collect_syntax_errors(root)
        self.collect_imports(root)
        self.model.in_scope = bool(self.model.bindings)
        if not self.model.in_scope:
            return self.model  # no WAC rule looks at a file that does not import the SDK
        self.prepare(root)
        for node in self.scan_identifiers(root):
            if self.reference(node):
                self.definition_at(node)
        for name in [wf.function.name for wf in self.model.workflows if wf.function] + [
            t.binding for t in self.model.tasks
        ]:
            self.top_functions.pop(name or "")  # not helpers the body "calls"
        self.add_task_aliases()
        wf = self.model.workflow
        if wf is not None and wf.function is not None and wf.function.body is not None:
            BodyWalker(self, wf.function).run(entry=True)
        record_durable_code(self.model, self.syntax.call, self.syntax.function)
        return self.model

    def add_task_aliases(self) -> None:
        """`charge_usd = charge` / `const chargeUsd = charge` at module level, bound once:
        another name of a task of the file, whose calls dispatch that task (the SDK names
        the step after the task's own function, whatever the name called); so does
        `charge_eur = functools.partial(charge, currency="EUR")`, whose calls pass the
        arguments it binds first (`TaskDef.bound`)."""
        module = self.semantic.module
        for _ in range(4):  # an alias of an alias, a few deep
            added = False
            for name, binding in module.bindings.items():
                value = binding.assigned_value
                if name in self.task_bindings or value is None or binding.rebound:
                    continue
                bound = self.partial_of(value)
                if bound is not None:
                    value, positional, keywords = bound
                elif value.type not in self.syntax.identifier:
                    continue
                task = self.task_bindings.get(self.text(value))
                if task is None:
                    continue
                self.task_bindings[name] = task
                task.aliases.append(name)
                if bound is not None or self.text(value) in task.bound:
                    before = task.bound.get(self.text(value), (0, ()))
                    now = (positional, keywords) if bound is not None else (0, ())
                    task.bound[name] = (before[0] + now[0], (*before[1], *now[1]))
                added = True
            if not added:
                return

    def partial_of(self, value: Node) -> tuple[Node, int, tuple[str, ...]] | None:
        """`functools.partial(charge, x, currency="EUR")`: the name it binds (an
        identifier), and how many positional and which keyword arguments; else None."""
        if value.type not in self.syntax.call:
            return None
        callee = self.callee(value)
        if callee is None:
            return None
        bound = self.bound_method(value, callee)
        if bound is not None:
            return bound
        if self.qualname(callee) != "functools.partial":
            return None
        args = value.child_by_field_name("arguments")
        if args is None:
            return None
        positional: list[Node] = []
        keywords: list[str] = []
        for child in args.named_children:
            if child.type == "keyword_argument":
                key = child.child_by_field_name("name")
                if key is not None:
                    keywords.append(self.text(key))
            elif child.type in ("list_splat", "dictionary_splat"):
                return None  # what it binds is not known
            elif child.type != "comment":
                positional.append(child)
        if not positional or positional[0].type not in self.syntax.identifier:
            return None
        return positional[0], len(positional) - 1, tuple(keywords)

    def bound_method(self, value: Node, callee: Node) -> tuple[Node, int, tuple[str, ...]] | None:
        """`send.bind(thisArg, a)`: JavaScript's `Function.prototype.bind`, a function
        that calls `send` with `a` first (as `functools.partial` does); the name it
        binds (an identifier) and how many arguments; None for anything else, or when a
        spread hides how many."""
        syntax = self.syntax
        if not self.function_methods or callee.type != syntax.attribute:
            return None
        attr = callee.child_by_field_name(syntax.attribute_name_field)
        target = callee.child_by_field_name("object")
        if attr is None or target is None or self.text(attr) != "bind":
            return None
        if target.type not in syntax.identifier:
            return None
        args = value.child_by_field_name("arguments")
        given = [c for c in args.named_children if c.type != "comment"] if args else []
        if any(c.type == "spread_element" for c in given):
            return None
        return target, max(len(given) - 1, 0), ()

    def prepare(self, root: Node) -> None:
        """Scopes, aliases and the file's top-level functions (before any walk)."""
        owner = weakref.ref(self.model)  # the model holds its scopes: no cycle back

        def index() -> NodeIndex | None:
            model = owner()
            return model.node_index if model is not None and model.tree.root_node == root else None

        scopes = Scopes(root, self.data, self.scope_rules, index, self.facades or None)
        self.semantic = SemanticModel(root, self.data, scopes, self.name_syntax)
        self.model.semantic = self.semantic
        self.collect_aliases()
        self.collect_top_functions(root)

    def swallowing_context(self, name: str, is_async: bool) -> bool:
        """Whether a module-level context manager of this file, by name, suppresses every
        exception leaving its `with` block (a language without `with`: never)."""
        return False

    def prepare_module(self) -> None:
        """Imports and scopes of a module read for what it does when imported."""
        root = self.model.tree.root_node
        self.collect_imports(root)
        self.prepare(root)

    def walk_helper(self, name: str, durable_params: bool = False) -> FunctionInfo | None:
        """Walk a top-level function of a helper module as if the workflow body ran it.

        For cross-file analysis: a workflow that calls `notify` imported from
        another script of the workspace runs `notify`'s code as body code. The
        calls it makes land in `model.body_calls` (their chain starts inside
        the helper). None when the file has no such function.
        """
        root = self.model.tree.root_node
        self.collect_syntax_errors(root)
        self.collect_imports(root)
        self.prepare(root)
        if self.model.bindings:
            # A helper module importing the SDK may define tasks (`@task() async def
            # send_email`, `const sendMail = task(...)`): a helper of it calling one
            # dispatches a child job, whose body is not body code. Recording them here
            # makes the walk skip their functions, as it does in a workflow script.
            for node in self.scan_identifiers(root):
                if self.reference(node):
                    self.definition_at(node)
        function = self.top_function(name)
        if function is None and name == "default":
            exported = self.default_export(root)
            if exported is not None:
                self.top_functions.add(name, exported)
                function = self.top_function(name)
        if function is None and "." not in name:
            # `export { roll as pickOne }`: a function of the module under another name
            local = self.exported_as(root, name)
            if local is not None:
                info = self.top_function(local)
                if info is not None:
                    self.top_functions.add(name, info.node)
                    function = self.top_function(name)
        if function is None and "." not in name:
            # `now = Clock.now`, `jitter = lambda: ...`, `lower = _pure` at module level
            aliased = self.module_alias(root, name)
            if aliased is not None:
                self.top_functions.add(name, aliased)
                function = self.top_function(name)
        if function is None and name.endswith(DECORATOR_PRODUCT):
            # `timed()`: the wrapper the decorator `timed` returns, which runs where a
            # function it decorates is called; `retrying()()`: the wrapper the decorator
            # a factory returns returns (`@retrying(3)`)
            base = name
            depth = 0
            while base.endswith(DECORATOR_PRODUCT) and depth < 3:
                base = base.removesuffix(DECORATOR_PRODUCT)
                depth += 1
            maker = self.top_function(base)
            product: tuple[Node, Scope] | None = None
            if maker is not None:
                product = (maker.node, self.semantic.module)
                for _ in range(depth):
                    product = BodyWalker(self, maker).returned_function(
                        (maker.name or name, product[0], product[1])
                    )
                    if product is None:
                        break
            if product is not None:
                self.top_functions.add(name, product[0])
                function = self.top_function(name)
        if function is None and name.startswith(ANONYMOUS_FUNCTION):
            # `register("hook", async (p) => ...)`: a function registered inline, named by
            # its place (see workspace.registries)
            inline = self.inline_function_at(root, name.removeprefix(ANONYMOUS_FUNCTION))
            if inline is not None:
                self.top_functions.add(name, inline)
                function = self.top_function(name)
        if function is None and name.endswith("." + FIELD_INITIALIZERS):
            return self.walk_class_fields(name.removesuffix("." + FIELD_INITIALIZERS))
        if function is None and "." in name:
            owner, _, member = name.partition(".")
            method = self.top_level_method(root, owner, member)
            if method is not None:
                self.top_functions.add(name, method)
                function = self.top_function(name)
        if function is None or function.body is None:
            return None
        walker = BodyWalker(self, function)
        # `durable_params`: the caller hands it a durable call (`safely(() => task(x))`)
        walker.params_durable = durable_params
        walker.run(own_decorators=True)
        return function

    def walk_class_fields(self, owner: str) -> FunctionInfo | None:
        """Walk what building an instance of the module-level class `owner` runs beside
        its constructor (its field initializers, its dataclass fields' factories), as body
        code; the class stands for the function walked. None when it runs nothing."""
        binding = self.semantic.module.bindings.get(owner)
        if binding is None or binding.kind != NameKind.CLASS or binding.value is None:
            return None
        name = binding.value.child_by_field_name("name")
        body = binding.value.child_by_field_name("body")
        if name is None or body is None:
            return None
        info = FunctionInfo(owner, binding.value, body, False, [], True, Span.of(name))
        walker = BodyWalker(self, info)
        class_scope = walker.open_class(binding.value, binding.scope)
        if class_scope is None:
            return None
        walker.walk_class_members(binding.value, class_scope, owner, (), Span.of(name))
        if not walker.pending and not self.model.body_calls:
            return None
        walker.drain()
        return info

    @staticmethod
    def inline_function_at(root: Node, place: str) -> Node | None:
        """The lambda / arrow / function expression starting at `row:column`."""
        try:
            row, column = (int(part) for part in place.split(":"))
        except ValueError:
            return None
        node = root.descendant_for_point_range((row, column), (row, column))
        while node is not None and node.start_point == (row, column):
            if node.type in INLINE_FUNCTIONS:
                return node
            node = node.parent
        return None

    def module_alias(self, root: Node, name: str, depth: int = 0) -> Node | None:
        """The function a module-level name is bound to by assignment (its last
        binding): a lambda / arrow, another top-level function or alias, or a
        method of a module-level class or object (`now = Clock.now`)."""
        value: Node | None = None
        for stmt in root.named_children:
            if stmt.type == "export_statement":
                stmt = stmt.child_by_field_name("declaration") or stmt
            pairs: list[tuple[Node | None, Node | None]] = []
            if stmt.type in ("lexical_declaration", "variable_declaration"):
                pairs = [
                    (d.child_by_field_name("name"), d.child_by_field_name("value"))
                    for d in stmt.named_children
                ]
            elif stmt.type == self.syntax.expression_statement and stmt.named_children:
                assigned = stmt.named_children[0]
                if assigned.type == "assignment":
                    left = assigned.child_by_field_name("left")
                    pairs = [(left, assigned.child_by_field_name("right"))]
            for left, right in pairs:
                if left is not None and right is not None and self.text(left) == name:
                    value = right
        if value is None or depth > 8:
            return None
        if value.type in self.syntax.function:
            return value
        if value.type in self.syntax.identifier:
            info = self.top_function(self.text(value))
            if info is not None:
                return info.node
            return self.module_alias(root, self.text(value), depth + 1)
        if value.type in self.syntax.call:
            # `getUser = cached(async (id) => ...)`, `stamp = lru_cache(maxsize=1)(_stamp)`,
            # `alert = partial(_post, URL)`: the function a wrapper is given runs when the
            # wrapped name is called
            wrapper = value.child_by_field_name("function")
            while wrapper is not None and wrapper.type in self.syntax.call:
                wrapper = wrapper.child_by_field_name("function")  # `task()(_get)`
            if wrapper is None or self.resolve_sdk(wrapper) is not None:
                return None  # `task(...)` / `step(...)`: a durable call, not body code
            if self.sdk_concept_of(self.semantic.qualified_name(wrapper)) is not None:
                return None  # `wmill.task(...)`
            args = value.child_by_field_name("arguments")
            given = [a for a in args.named_children if a.type != "comment"] if args else []
            for arg in given:
                if arg.type in self.syntax.function:
                    return arg
            first = given[0] if given else None
            if first is not None and first.type in self.syntax.identifier:
                info = self.top_function(self.text(first))
                if info is not None:
                    return info.node
                return self.module_alias(root, self.text(first), depth + 1)
            return None
        if value.type == self.syntax.attribute:
            owner = value.child_by_field_name("object")
            member = value.child_by_field_name(self.syntax.attribute_name_field)
            if owner is not None and member is not None and owner.type in self.syntax.identifier:
                return self.top_level_method(root, self.text(owner), self.text(member))
        return None

    def exported_as(self, root: Node, name: str) -> str | None:
        """The local name an `export { local as name }` (no `from`) exports as `name`."""
        for stmt in root.named_children:
            if stmt.type != "export_statement" or stmt.child_by_field_name("source"):
                continue
            for clause in stmt.named_children:
                if clause.type != "export_clause":
                    continue
                for item in clause.named_children:
                    local = item.child_by_field_name("name")
                    alias = item.child_by_field_name("alias")
                    if local is not None and alias is not None and self.text(alias) == name:
                        return self.text(local)
        return None

    def default_export(self, root: Node) -> Node | None:
        """The function `export default` exports: declared there, written there (an
        arrow), or named there (`export default notify`)."""
        for stmt in root.named_children:
            if stmt.type != "export_statement" or not any(
                c.type == "default" for c in stmt.children
            ):
                continue
            value = stmt.child_by_field_name("declaration") or stmt.child_by_field_name("value")
            if value is None:
                return None
            if value.type in self.syntax.identifier:
                info = self.top_function(self.text(value))
                return info.node if info is not None else None
            return value if value.type in self.syntax.function else None
        return None

    def object_member(self, decl: Node, name: str, member: str) -> Node | None:
        """`const api = { post: async () => ..., async get() { ... } }`: the function
        `api.<member>` is."""
        for declarator in decl.named_children:
            declared = declarator.child_by_field_name("name")
            value = declarator.child_by_field_name("value")
            if declared is None or value is None or self.text(declared) != name:
                continue
            return self.object_entry(self.built_object(value), member)
        return None

    def built_object(self, value: Node) -> Node:
        """`createApi(base)` where the file's `createApi` ends by returning an object
        literal: that literal (its members are what the name holds); else `value`."""
        if value.type not in self.syntax.call:
            return value
        callee = value.child_by_field_name("function")
        info = self.top_function(self.text(callee)) if callee is not None else None
        body = info.body if info is not None else None
        if body is None:
            return value
        if body.type == "object":  # `const createApi = (base) => ({ ... })`
            return body
        returns = [c for c in body.named_children if c.type == "return_statement"]
        if len(returns) != 1 or not returns[0].named_children:
            return value
        returned = returns[0].named_children[0]
        while returned.type == "parenthesized_expression" and returned.named_children:
            returned = returned.named_children[0]
        return returned if returned.type == "object" else value

    def object_entry(self, value: Node | None, member: str) -> Node | None:
        """The function member `member` of an object literal is (or the method of a
        module-level class the value is an instance of: `client = ApiClient(...)`)."""
        made = self.instance_class(value)
        if made is not None:
            return self.class_method(made, member)
        if value is None or value.type not in ("object", "dictionary"):
            return None
        for entry in value.named_children:
            if entry.type == "shorthand_property_identifier":
                # `{ now, roll }`: the member is the module's function of that name
                if self.text(entry) != member:
                    continue
                info = self.top_function(member)
                return info.node if info is not None else None
            key = entry.child_by_field_name("key" if entry.type == "pair" else "name")
            if key is None or self.text(key).strip("\"'") != member:
                continue
            if entry.type == "method_definition":
                return entry
            function = entry.child_by_field_name("value")
            if function is not None and function.type in self.syntax.function:
                return function
            if function is not None and function.type in self.syntax.identifier:
                info = self.top_function(self.text(function))
                return info.node if info is not None else None
        return None

    def namespace_member(self, body: Node, member: str) -> Node | None:
        """The function a TypeScript namespace body exports as `member`
        (`export function say()`, `export const say = async () => ...`)."""
        for stmt in body.named_children:
            decl = (
                stmt.child_by_field_name("declaration") if stmt.type == "export_statement" else None
            )
            if decl is None:
                continue
            if decl.type in ("function_declaration", "generator_function_declaration"):
                name = decl.child_by_field_name("name")
                if name is not None and self.text(name) == member:
                    return decl
            elif decl.type in ("lexical_declaration", "variable_declaration"):
                for declarator in decl.named_children:
                    name = declarator.child_by_field_name("name")
                    value = declarator.child_by_field_name("value")
                    if name is None or value is None or self.text(name) != member:
                        continue
                    if value.type in self.syntax.function:
                        return value
        return None

    def top_level_method(
        self, root: Node, class_name: str, method: str, depth: int = 0
    ) -> Node | None:
        """The method `method` of the module-level class `class_name` (for a helper
        module whose class the workflow instantiates: `CrmClient().push`)."""
        for stmt in root.named_children:
            decl: Node | None = stmt
            if class_name == "default" and stmt.type == "export_statement":
                if any(c.type == "default" for c in stmt.children):
                    return self.default_member(root, stmt, method)
            if stmt.type in ("export_statement", "decorated_definition"):
                decl = stmt.child_by_field_name("declaration") or stmt.child_by_field_name(
                    "definition"
                )
            if decl is not None and decl.type in ("lexical_declaration", "variable_declaration"):
                found = self.object_member(decl, class_name, method)
                if found is not None:
                    return found
                continue
            if decl is not None and decl.type == "expression_statement" and decl.named_children:
                if decl.named_children[0].type == "internal_module":
                    decl = decl.named_children[0]  # `namespace Slack { ... }`, not exported
            if decl is not None and decl.type == "internal_module":
                # TypeScript `export namespace Slack { export async function say() {} }`
                name = decl.child_by_field_name("name")
                body = decl.child_by_field_name("body")
                if name is not None and body is not None and self.text(name) == class_name:
                    return self.namespace_member(body, method)
                continue
            if stmt.type == "expression_statement" and stmt.named_children:
                # Python's `API = {"post": _post, "get": lambda path: ...}`
                assigned = stmt.named_children[0]
                left = assigned.child_by_field_name("left")
                if assigned.type == "assignment" and left is not None:
                    if self.text(left) == class_name:
                        found = self.object_entry(assigned.child_by_field_name("right"), method)
                        if found is not None:
                            return found
                continue
            if decl is None or decl.type not in ("class_definition", "class_declaration"):
                continue
            name = decl.child_by_field_name("name")
            if name is None or self.text(name) != class_name:
                continue
            found = self.class_method(decl, method)
            if found is None and depth < 8:
                # inherited from a base class the module defines too
                for base in self.base_names(decl):
                    if base != class_name:
                        found = self.top_level_method(root, base, method, depth + 1)
                    if found is not None:
                        break
            return found
        return None

    def base_names(self, decl: Node) -> list[str]:
        """The plain names of the classes a class declaration extends."""
        bases: list[Node] = []
        supers = decl.child_by_field_name("superclasses")
        if supers is not None:
            bases = [b for b in supers.named_children if b.type != "keyword_argument"]
        for child in decl.children:
            if child.type == "class_heritage":
                for clause in child.named_children:
                    value = clause.child_by_field_name("value")
                    if clause.type == "extends_clause" and value is not None:
                        bases.append(value)
        return [self.text(b) for b in bases if b.type in self.syntax.identifier]

    def default_member(self, root: Node, stmt: Node, method: str) -> Node | None:
        """The member `method` of what `export default` exports: an object literal
        (`export default { notify, post: (...) => ... }`), a class declared there
        (named or not), or a module-level class / object named there
        (`export default Ticker`)."""
        declared = stmt.child_by_field_name("declaration")
        if declared is not None and declared.type in ("class_declaration", "class"):
            return self.class_method(declared, method)
        value = stmt.child_by_field_name("value")
        if value is None:
            return None
        if value.type == "class":
            return self.class_method(value, method)
        if value.type in self.syntax.identifier:
            named = self.text(value)
            return None if named == "default" else self.top_level_method(root, named, method)
        return self.object_entry(self.built_object(value), method)

    def instance_class(self, value: Node | None) -> Node | None:
        """The module-level class `value` builds: `ApiClient(...)` / `new Db(...)`."""
        if value is None or not (value.type in self.syntax.call or value.type in self.syntax.new):
            return None
        field = "constructor" if value.type in self.syntax.new else "function"
        ctor = value.child_by_field_name(field)
        if ctor is not None and ctor.type == self.syntax.attribute and field == "function":
            return self.factory_class(ctor)
        if ctor is None or ctor.type not in self.syntax.identifier:
            return None
        return self.module_class(self.text(ctor))

    def factory_class(self, callee: Node) -> Node | None:
        """`Api.create(base)`: the module-level class `Api`, when that method of it (a
        static / class method) returns an instance of it (`return new Api(base)`, `return
        new this(base)`, `return cls(base)`)."""
        owner = callee.child_by_field_name("object")
        member = callee.child_by_field_name(self.syntax.attribute_name_field)
        if owner is None or member is None or owner.type not in self.syntax.identifier:
            return None
        decl = self.module_class(self.text(owner))
        method = self.class_method(decl, self.text(member)) if decl is not None else None
        body = method.child_by_field_name("body") if method is not None else None
        if method is None or body is None:
            return None
        first = self.first_parameter(method)
        own = {self.text(owner), "this", *((self.text(first),) if first is not None else ())}
        for made in self.own_returns(body):
            while made.type in self.syntax.awaits and made.named_children:
                made = made.named_children[-1]
            if made.type in self.syntax.call or made.type in self.syntax.new:
                field = "constructor" if made.type in self.syntax.new else "function"
                ctor = made.child_by_field_name(field)
                if ctor is not None and self.text(ctor) in own:
                    return decl
        return None

    def own_returns(self, body: Node) -> list[Node]:
        """The values `return` statements of a function body give back, its nested
        functions' and classes' left out."""
        values: list[Node] = []
        stack = [body]
        while stack:
            node = stack.pop()
            if node.type in self.syntax.function or node.type in self.syntax.class_definition:
                continue  # a nested function's own returns
            if node.type in self.syntax.returns and node.named_children:
                values.append(node.named_children[0])
                continue
            stack.extend(node.named_children)
        return values

    def module_class(self, wanted: str) -> Node | None:
        """The class the module declares at its top level under the name `wanted`."""
        for stmt in self.model.tree.root_node.named_children:
            decl = stmt
            if stmt.type in ("export_statement", "decorated_definition"):
                decl = (
                    stmt.child_by_field_name("declaration")
                    or stmt.child_by_field_name("definition")
                    or stmt
                )
            if decl.type in ("class_definition", "class_declaration"):
                name = decl.child_by_field_name("name")
                if name is not None and self.text(name) == wanted:
                    return decl
        return None

    def class_method(self, decl: Node, method: str) -> Node | None:
        """The method `method` a class body defines (static or not)."""
        body = decl.child_by_field_name("body")
        for member in body.named_children if body is not None else ():
            if member.type == "decorated_definition":
                member = member.child_by_field_name("definition") or member
            if member.type not in ("function_definition", "method_definition"):
                continue
            member_name = member.child_by_field_name("name")
            if member_name is not None and self.text(member_name) == method:
                return member
        return None

    def scan_identifiers(self, root: Node) -> list[Node]:
        """WAC references and calls of `main`, found from the source text.

        A regular expression finds the few places the relevant names occur and
        the tree gives the node there, so identifiers that cannot matter are
        never visited. Returns the references (a bare SDK name, or a whole
        `module.name` chain) in source order; calls of `main` go into the model.
        """
        names = {n.encode() for n in (*self.sdk_names, *self.sdk_aliases)}
        modules = {n.encode() for n in self.sdk_modules}
        refs: list[Node] = []
        data = self.data
        for start, end in whole_words(data, frozenset(names | modules | {b"main"})):
            node = (
                self.model.node_at(start, end)
                if root.id == self.model.tree.root_node.id
                else root.descendant_for_byte_range(start, end)
            )
            if node is None or node.type not in self.syntax.identifier:
                continue  # inside a string, a comment, or part of a longer name
            if node.start_byte != start or node.end_byte != end:
                continue
            text = data[start:end]
            if text in names:
                refs.append(node)
            elif text in modules:
                parent = node.parent
                if parent is not None and self.resolve_sdk(parent) is not None:
                    refs.append(parent)
            else:
                parent = node.parent
                if parent is not None and parent.type in self.syntax.call:
                    if self.callee(parent) == node:
                        self.model.main_calls.append(Span.of(parent))
        self.model.main_calls.sort(key=lambda span: span.start_byte)
        return sorted(refs, key=lambda n: n.start_byte)

    def reference(self, node: Node) -> bool:
        """Record a use of a WAC name; False for names inside import statements."""
        parent = self.model.parent_of(node)
        if parent is None or parent.type in self.import_parts:
            return False
        if node.type in self.syntax.identifier and parent.type == self.syntax.attribute:
            return False  # `x.task` is some other object's attribute
        sdk = self.resolve_sdk(node)
        if sdk is None:
            return False
        concept, kind = sdk
        self.model.references.append(
            SdkReference(concept, self.sdk_names_by_concept[concept], kind, Span.of(node), node)
        )
        return True

    # ---- hooks each language implements -------------------------------------
    def collect_imports(self, root: Node) -> None:
        raise NotImplementedError

    import_parts: frozenset[str]  # node types inside import statements
    sdk_names_by_concept: dict[str, str]

    def collect_top_functions(self, root: Node) -> None:
        raise NotImplementedError

    def top_function(self, name: str) -> FunctionInfo | None:
        """A top-level function of the file by name, its details worked out once."""
        table = self.top_functions
        info = table.infos.get(name)
        if info is None and name in table.nodes:
            info = table.infos[name] = self.function_info(table.nodes[name])
        return info

    def definition_at(self, ref: Node) -> None:
        """A workflow or task defined where this WAC name is used, if any."""
        raise NotImplementedError

    def is_name_chain(self, node: Node) -> bool:
        """`time`, `self.loader`, `os.environ`: names and attributes only, which reading
        runs nothing of their own (a property aside)."""
        syntax = self.syntax
        for _ in range(MAX_NAME_CHAIN):
            if node.type in syntax.identifier or node.type in ("this", "self"):
                return True
            if node.type != syntax.attribute:
                return False
            obj = node.child_by_field_name("object")
            if obj is None:
                return False
            node = obj
        return False

    def callee(self, call: Node) -> Node | None:
        return call.child_by_field_name("function")

    raise_statement: str  # the statement that raises: `raise` / `throw`

    def returns_rejection_of(self, stmt: Node, caught: str | None) -> bool:
        """A statement that hands the caught error on without raising it
        (TypeScript's `return Promise.reject(e)`); Python has none."""
        return False

    def rethrow_in(
        self,
        block: Node,
        caught: str | None,
        walker: BodyWalker,
        scope: Scope,
        depth: int = 0,
        start: int = 0,
    ) -> Rethrow:
        """Does a handler's block re-raise what it caught (`caught`: the name it is
        bound to), and before doing anything durable?"""
        return self.handler_verdict(block, caught, walker, scope, depth, start)[0]

    def handler_verdict(
        self,
        block: Node,
        caught: str | None,
        walker: BodyWalker,
        scope: Scope,
        depth: int = 0,
        start: int = 0,
    ) -> tuple[Rethrow, str | None]:
        """`rethrow_in`, and when the suspension can be swallowed on one path of the
        handler only, how (a clause for the message: which test leads there)."""
        saved = self.error_names
        self.error_names = self.names_from_error(block, caught)
        try:
            walk = self.walk_handler(
                block.named_children, start, caught, walker, scope, depth, False
            )
        finally:
            self.error_names = saved
        gates = " and ".join(walk.gates)
        verb = "rethrows" if self.raise_statement == "throw_statement" else "re-raises"
        if walk.verdict is None:
            return NEVER, (
                f"{verb} it only when {gates}; otherwise the handler carries on" if gates else None
            )
        if walk.verdict == NEVER and gates:
            return NEVER, f"{verb} it only when {gates}; otherwise it {walk.note}"
        return walk.verdict, walk.note

    def walk_handler(
        self,
        stmts: list[Node],
        start: int,
        caught: str | None,
        walker: BodyWalker,
        scope: Scope,
        depth: int,
        durable_before: bool,
        nested: bool = False,
    ) -> HandlerWalk:
        """Follow the suspension through a handler's statements: the verdict where it
        leaves them (None: it falls off their end), whether a durable call ran first,
        and the tests that gate a rethrow it may not take."""
        gates: list[str] = []
        for index in range(start, len(stmts)):
            stmt = stmts[index]
            if stmt.type == "comment":
                continue
            alias = self.alias_of(stmt, caught)
            if alias is not None:
                # `const err = e as Error`: the rest may rethrow either name
                walks = [
                    self.walk_handler(
                        stmts, index + 1, name, walker, scope, depth, durable_before, nested
                    )
                    for name in (alias, caught)
                ]
                best = min(walks, key=lambda w: BEST_RETHROW_FIRST.index(w.verdict or NEVER))
                return HandlerWalk(best.verdict, best.durable, gates + best.gates, best.note)
            if stmt.type == self.raise_statement:
                if not self.raises_caught(stmt, caught):
                    # another exception replaces the suspension
                    note = f"raises another exception on line {stmt.start_point[0] + 1}"
                    return HandlerWalk(
                        NEVER, durable_before, gates, note if nested or gates else None
                    )
                verdict = Rethrow.AFTER_DURABLE if durable_before else Rethrow.ALWAYS
                return HandlerWalk(verdict, durable_before, gates)
            guarded = Rethrow.AFTER_DURABLE if durable_before else Rethrow.GUARDED
            if stmt.type == "if_statement":
                condition = stmt.child_by_field_name("condition")
                consequence = stmt.child_by_field_name("consequence")
                if (
                    condition is not None
                    and consequence is not None
                    and (
                        self.passes_suspension(condition, caught)
                        or self.predicate_helper_passes(condition, caught, walker, scope, depth)
                    )
                    and self.starts_with_raise(consequence, caught)
                ):
                    return HandlerWalk(guarded, durable_before, gates)
                otherwise = self.else_body(stmt)
                if (
                    condition is not None
                    and otherwise is not None
                    and self.false_for_suspension(condition, caught)
                    and self.starts_with_raise(otherwise, caught)
                ):
                    # `if (e.name === "TaskError") {...} else { throw e }`
                    return HandlerWalk(guarded, durable_before, gates)
                if condition is not None and consequence is not None:
                    branched = self.walk_if(
                        stmt, condition, consequence, caught, walker, scope, depth, durable_before
                    )
                    if branched.verdict is not None:
                        return HandlerWalk(branched.verdict, branched.durable, gates, branched.note)
                    gates += branched.gates
                    durable_before = branched.durable
                    continue
            if self.switch_rethrows(stmt, caught):
                return HandlerWalk(guarded, durable_before, gates)
            if self.returns_rejection_of(stmt, caught):
                # `return Promise.reject(e)` in an async handler rejects with `e`: a rethrow
                verdict = Rethrow.AFTER_DURABLE if durable_before else Rethrow.ALWAYS
                return HandlerWalk(verdict, durable_before, gates)
            if stmt.type in ("return_statement", "continue_statement", "break_statement"):
                word = stmt.type.split("_", 1)[0]
                note = f"leaves through the `{word}` on line {stmt.start_point[0] + 1}"
                return HandlerWalk(NEVER, durable_before, gates, note if nested or gates else None)
            if self.guard_helper_rethrows(stmt, caught, walker, scope, depth):
                return HandlerWalk(guarded, durable_before, gates)
            if walker.holds_durable(stmt, scope):
                durable_before = True
        return HandlerWalk(None, durable_before, gates)

    def walk_if(
        self,
        stmt: Node,
        condition: Node,
        consequence: Node,
        caught: str | None,
        walker: BodyWalker,
        scope: Scope,
        depth: int,
        durable_before: bool,
    ) -> HandlerWalk:
        """An `if` in a handler that is no suspension guard: the branches the suspension
        can take (by what the test is for it: true, false, or either) and what each does.
        One that leaves without re-raising swallows it; a rethrow in a branch it may not
        take is a gate (`if attempt == last: raise`)."""
        truth = self.suspension_truth(condition, caught)
        known = truth is not None
        if truth is None and self.tests_error(condition):
            truth = False  # a test of the error we cannot read: taken as not its own
        shown = " ".join(self.text(self.without_parentheses(condition)).split())
        if len(shown) > 60:
            shown = shown[:57] + "..."
        branches: list[tuple[bool, Node | None]] = []
        if truth is not False:
            branches.append((True, consequence))
        if truth is not True:
            alternatives = stmt.children_by_field_name("alternative")
            plain_else = self.else_body(stmt)
            if alternatives and plain_else is not None and len(alternatives) == 1:
                branches.append((False, plain_else))
            elif alternatives:
                # `elif` chains: each test read like the `if`'s; a body whose test is
                # false for the suspension is not taken, one whose test is true ends
                # the chain
                reached_end = True
                for alt in alternatives:
                    test = alt.child_by_field_name("condition")
                    body = alt.child_by_field_name("consequence") or alt.child_by_field_name("body")
                    if body is None:
                        inner = [c for c in alt.named_children if c.type != "comment"]
                        body = inner[-1] if inner else None
                    if test is None:  # the final `else`
                        branches.append((False, body))
                        reached_end = False
                        break
                    alt_truth = self.suspension_truth(test, caught)
                    if alt_truth is None and self.tests_error(test):
                        alt_truth = False
                    if alt_truth is False:
                        continue
                    branches.append((False, body))
                    if alt_truth is True:
                        reached_end = False
                        break
                if reached_end:
                    branches.append((False, None))
            else:
                branches.append((False, None))
        walks: list[tuple[bool, HandlerWalk]] = []
        for taken, body in branches:
            if body is None:
                walks.append((taken, HandlerWalk(None, durable_before, [])))
                continue
            inner = self.branch_statements(body)
            walks.append(
                (
                    taken,
                    self.walk_handler(
                        inner, 0, caught, walker, scope, depth, durable_before, nested=True
                    ),
                )
            )
        durable = any(w.durable for _, w in walks)

        def when(taken: bool) -> str:
            if known:
                return f"as `{shown}` is {'true' if truth else 'false'} for it"
            return f"`{shown}` is {'true' if taken else 'false'}"

        for taken, walk in walks:
            if walk.verdict == NEVER:
                how = walk.note or "goes on without it"
                condition_ = when(taken) if known else f"when {when(taken)}"
                return HandlerWalk(NEVER, durable, [], f"{condition_}, {how}")
        falls = [w for _, w in walks if w.verdict is None]
        if not falls:
            verdicts = [w.verdict for _, w in walks]
            if Rethrow.AFTER_DURABLE in verdicts:
                return HandlerWalk(Rethrow.AFTER_DURABLE, durable, [])
            return HandlerWalk(Rethrow.GUARDED, durable, [])
        gates = [when(taken) for taken, w in walks if w.verdict is not None]
        if known:
            # the rethrow is in the branch the suspension never takes
            untaken = self.else_body(stmt) if truth else consequence
            if untaken is not None and self.starts_with_raise(untaken, caught):
                gates.append(f"`{shown}` is {'false' if truth else 'true'} (never, for it)")
        for w in falls:
            gates += w.gates
        return HandlerWalk(None, durable, gates)

    def branch_statements(self, body: Node) -> list[Node]:
        """The statements of an `if` branch: a block's, or the single statement."""
        if body.type in ("block", "statement_block"):
            return list(body.named_children)
        if body.type == "else_clause":
            inner = [c for c in body.named_children if c.type != "comment"]
            if len(inner) == 1:
                return self.branch_statements(inner[0])
            return inner
        return [body]

    def suspension_truth(self, condition: Node, caught: str | None) -> bool | None:
        """What a handler's test is for the SDK's suspension: true, false, or not known
        (`walk_if` takes an unknown test of the caught error, `msg.includes("declined")`,
        as false: it picks out real failures, which the suspension is not like; a test
        of something else, a counter or an input, can go either way)."""
        if self.passes_suspension(condition, caught) or self.holds_for_suspension(
            condition, caught
        ):
            return True
        if self.false_for_suspension(condition, caught):
            return False
        return None

    def tests_error(self, condition: Node) -> bool:
        """The test reads the caught error, or a name the handler built from it."""
        text = self.text(condition)
        return any(
            re.search(rf"(?<![\w$.]){re.escape(n)}(?![\w$])", text) for n in self.error_names
        )

    error_names: frozenset[str] = frozenset()  # the caught error and names built from it

    def names_from_error(self, block: Node, caught: str | None) -> frozenset[str]:
        """The caught name and the names the handler assigns from it (`const msg =
        String(err?.message)`, `code = getattr(e, "code", None)`)."""
        if caught is None:
            return frozenset()
        names = {caught}
        assigns = [n for n in self.handler_assignments(block) if n[0] not in names]
        changed = True
        while changed:
            changed = False
            for target, value in assigns:
                if target in names:
                    continue
                text = self.text(value)
                if any(re.search(rf"(?<![\w$.]){re.escape(n)}(?![\w$])", text) for n in names):
                    names.add(target)
                    changed = True
        return frozenset(names)

    def handler_assignments(self, block: Node) -> list[tuple[str, Node]]:
        """`name = value` / `const name = value` statements of a handler's block."""
        found: list[tuple[str, Node]] = []
        for stmt in block.named_children:
            node = stmt.named_children[0] if stmt.named_children else None
            if stmt.type in ("lexical_declaration", "variable_declaration"):
                node = stmt.named_children[0] if stmt.named_children else None
            if node is None:
                continue
            target = node.child_by_field_name("left") or node.child_by_field_name("name")
            value = node.child_by_field_name("right") or node.child_by_field_name("value")
            if target is not None and value is not None and target.type == "identifier":
                found.append((self.text(target), value))
        return found

    def holds_for_suspension(self, condition: Node, caught: str | None) -> bool:
        """A test the suspension passes that is no guard of it (`e instanceof Error`)."""
        return False

    def guard_helper_rethrows(
        self, stmt: Node, caught: str | None, walker: BodyWalker, scope: Scope, depth: int
    ) -> bool:
        """`rethrowIfSuspend(e)` / `reraise_suspension(exc)`: a call, as a statement, of a
        function of this file handed the caught error, whose own body re-raises that
        parameter (unconditionally or behind a suspension guard) before anything else."""
        if caught is None or depth >= 3 or stmt.type != self.syntax.expression_statement:
            return False
        call = stmt.named_children[0] if stmt.named_children else None
        if call is None or call.type not in self.syntax.call:
            return False
        callee = self.callee(call)
        found = walker.local_function(callee, scope) if callee is not None else None
        if found is None:
            return callee is not None and self.imported_guard(call, callee, caught, walker, scope)
        _, function, outer = found
        info = self.function_info(function)
        if info.body is None or info.is_async:
            return False  # an async helper's throw rejects a promise nobody awaits here
        params = [p for p in info.params if p.name not in ("self", "cls")]
        for index, arg in enumerate(self.positional_args(call)):
            if self.text(arg) != caught or index >= len(params):
                continue
            inner = self.semantic.scope_of_function(function, outer)
            verdict = self.rethrow_in(info.body, params[index].name, walker, inner, depth + 1)
            return verdict in (Rethrow.ALWAYS, Rethrow.GUARDED)
        return False

    def imported_guard(
        self,
        call: Node,
        callee: Node,
        caught: str | None,
        walker: BodyWalker,
        scope: Scope,
        predicate: bool = False,
    ) -> bool:
        """`rethrowSuspend(e)` / `if (isSuspend(e)) throw e` where the helper is a
        function another module of the workspace defines: read there the same way."""
        if caught is None or not walker.imported_name(callee, scope):
            return False
        position = next(
            (i for i, arg in enumerate(self.positional_args(call)) if self.text(arg) == caught),
            None,
        )
        if position is None:
            return False
        from wac_lint.frontends import helper_guard
        from wac_lint.workspace.imported import imported_function

        found = imported_function(self.model, callee)
        if found is None:
            return False
        source, name = found
        return helper_guard(source, name, position, predicate)

    def alias_of(self, stmt: Node, caught: str | None) -> str | None:
        """The name a statement binds to the caught error itself (`const err = e as
        Error`), if that is all it does."""
        return None

    def else_body(self, stmt: Node) -> Node | None:
        """The plain `else` branch of an if statement (not an `elif`)."""
        alt = stmt.child_by_field_name("alternative")
        if alt is None or alt.type != "else_clause":
            return None
        body = alt.child_by_field_name("body")
        if body is not None:
            return body
        inner = [c for c in alt.named_children if c.type != "comment"]
        return inner[0] if len(inner) == 1 else None

    def switch_rethrows(self, stmt: Node, caught: str | None) -> bool:
        """A `switch` on the caught error's name that rethrows the suspension."""
        return False

    def false_for_suspension(self, condition: Node, caught: str | None) -> bool:
        """Is this test false for the SDK's suspension (so an `else` that re-raises
        lets it through)?"""
        return False

    def predicate_helper_passes(
        self, condition: Node, caught: str | None, walker: BodyWalker, scope: Scope, depth: int
    ) -> bool:
        """`if (isSuspend(e)) throw e`: a guard calling a sync function of this file,
        handed the caught error, whose body only returns a test that is true for the
        suspension (read with `passes_suspension` on the helper's parameter)."""
        if caught is None or depth >= 3:
            return False
        while condition.type == "parenthesized_expression" and condition.named_child_count == 1:
            condition = condition.named_children[0]
        if condition.type not in self.syntax.call:
            return False
        callee = self.callee(condition)
        found = walker.local_function(callee, scope) if callee is not None else None
        if found is None:
            return callee is not None and self.imported_guard(
                condition, callee, caught, walker, scope, predicate=True
            )
        _, function, _ = found
        info = self.function_info(function)
        if info.body is None or info.is_async:
            return False
        returned = self.sole_returned_value(info.body)
        if returned is None:
            return False
        params = [p for p in info.params if p.name not in ("self", "cls")]
        for index, arg in enumerate(self.positional_args(condition)):
            if self.text(arg) == caught and index < len(params):
                return self.passes_suspension(returned, params[index].name)
        return False

    def sole_returned_value(self, body: Node) -> Node | None:
        """The value a function body returns when returning is all it does (an arrow's
        expression body, or a block whose only statement, past a docstring, is `return x`)."""
        if body.type not in ("block", "statement_block"):
            return body
        stmts = [c for c in body.named_children if c.type != "comment"]
        if stmts and self.is_docstring(stmts[0]):
            stmts = stmts[1:]
        if len(stmts) != 1 or stmts[0].type != "return_statement":
            return None
        values = [c for c in stmts[0].named_children if c.type != "comment"]
        return values[0] if len(values) == 1 else None

    @staticmethod
    def is_docstring(stmt: Node) -> bool:
        return (
            stmt.type == "expression_statement"
            and stmt.named_child_count == 1
            and stmt.named_children[0].type == "string"
        )

    def raises_caught(self, stmt: Node, caught: str | None) -> bool:
        """Does this raise statement re-raise the caught exception itself?"""
        raise NotImplementedError

    def starts_with_raise(self, block: Node, caught: str | None) -> bool:
        """Does this block begin by re-raising the caught exception?"""
        raise NotImplementedError

    def passes_suspension(self, condition: Node, caught: str | None) -> bool:
        """Is this guard true for the SDK's suspension (so its re-raise lets it through)?"""
        raise NotImplementedError

    def either_operand_passes(self, condition: Node, caught: str | None) -> bool:
        """`a or b` / `a || b` is true for the suspension when either side is (a
        conjunction is each language's to read whole)."""
        if condition.type not in LOGICAL_EXPRESSIONS:
            return False
        op = condition.child_by_field_name("operator")
        left = condition.child_by_field_name("left")
        right = condition.child_by_field_name("right")
        return (
            op is not None
            and left is not None
            and right is not None
            and self.text(op) in DISJUNCTIONS
            and (self.passes_suspension(left, caught) or self.passes_suspension(right, caught))
        )

    @staticmethod
    def without_parentheses(node: Node) -> Node:
        while node.type == "parenthesized_expression" and node.named_child_count == 1:
            node = node.named_children[0]
        return node

    def positional_args(self, call: Node) -> list[Node]:
        raise NotImplementedError

    def keyword_arg(self, call: Node, name: str) -> Node | None:
        """A named option: Python keyword argument, TS options-object property."""
        raise NotImplementedError

    def function_info(self, node: Node) -> FunctionInfo:
        raise NotImplementedError

    def make_function_info(self, node: Node, params: list[Param], is_async: bool) -> FunctionInfo:
        name_node = node.child_by_field_name("name")
        return FunctionInfo(
            name=self.text(name_node) if name_node is not None else None,
            node=node,
            body=node.child_by_field_name("body"),
            is_async=is_async,
            params=params,
            top_level=self.is_top_level(node),
            span=Span.of(name_node if name_node is not None else node),
        )

    def string_value(self, node: Node | None) -> str | None:
        """The value of a plain string literal (no interpolation), else None."""
        raise NotImplementedError

    def handler_of(
        self, node: Node, walker: BodyWalker, scope: Scope, chain: tuple[str, ...]
    ) -> list[ExceptionHandler]:
        """Exception handlers a try statement (or `.catch` call, or a gather that
        collects exceptions) contributes."""
        raise NotImplementedError

    def retrying_decorators(self, function: Node) -> list[tuple[Node, Node]]:
        """Decorators of `function` from a retrying library that retry the SDK's
        suspension: (the decorator's call, its callee). None by default."""
        return []

    # Calls whose result is their argument, still to be awaited (`create_task(x)`).
    value_wrappers: frozenset[str] = frozenset()
    # Calls that call a function on each item (`map(fn, xs)`, `xs.map(fn)`).
    task_mappers: frozenset[str] = frozenset()
    # mappers whose result calls nothing until it is iterated (Python's `map`)
    lazy_mappers: frozenset[str] = frozenset()
    # Calls that call a function on each item and use its answer as a test or an order
    # without awaiting it (`xs.filter(fn)`): an async function's promise is dropped.
    predicate_takers: frozenset[str] = frozenset()
    # Value wrappers that, given a dict, keep only its keys (`sorted(d)`, `list(d)`).
    key_views: frozenset[str] = frozenset()
    # Methods of a container that hand its values on (`d.values()`).
    container_views: frozenset[str] = frozenset()
    dict_displays: frozenset[str] = frozenset()
    # Calls that look at a value without awaiting it (`len(x)`, `String(x)`).
    inspecting_calls: frozenset[str] = frozenset()
    # The methods that run when a class is called / constructed, and the one that runs
    # when an instance is called (`__init__` / `__call__`; `constructor` in TypeScript,
    # which has no callable instances).
    constructor_methods: tuple[str, ...] = ()
    call_method: str | None = None
    # What runs when an instance is released (Python's `__del__`: at the latest when the
    # round's process ends), followed from where the instance is built.
    finalizer_methods: tuple[str, ...] = ()
    # Expressions that call methods of their operands' classes without naming them
    # (Python's data model: `len(q)`, `x in y`, `f"{x}"`, `if x:`); see `operator_hooks`.
    hook_node_types: frozenset[str] = frozenset()
    # What `BodyWalker.attribute_hook` looks for (a source without any of these has no
    # hook an attribute read or write runs).
    attribute_hooks: tuple[str, ...] = ()

    def operator_hooks(
        self, node: Node, parent_of: Callable[[Node], Node | None]
    ) -> list[tuple[Node, tuple[str, ...], str | None]]:
        """(operand, the methods of its class tried in order, the builtin the call must
        reach or None) for each hook `node` runs."""
        return []

    def metaclass_of(self, class_node: Node) -> Node | None:
        """The expression naming a class's metaclass (`metaclass=Audited`), if any."""
        return None

    def setter_of(self, class_node: Node, name: str) -> Node | None:
        """The method a class body declares as the setter of its property `name`
        (Python's `@name.setter`; TypeScript setters are read by `accessor_of`)."""
        return None

    def defined_hooks(self) -> frozenset[str]:
        """The methods `operator_hooks` can name that a class of the file defines."""
        return frozenset()

    def is_named_definition(self, function: Node, parent: Node | None) -> bool:
        """`def f`, `function f`, `const f = () => ...`: runs where it is called."""
        if function.type in (
            "function_definition",
            "function_declaration",
            "generator_function_declaration",
        ):
            return True
        # `notify = async (m) => ...` (TypeScript) assigns it like a declaration does
        return parent is not None and parent.type in (
            "variable_declarator",
            "assignment",
            "assignment_expression",
        )

    def is_property_getter(self, function: Node) -> bool:
        """`@property def x(self)` / `get x() {...}`: runs when the attribute is read."""
        return False

    def may_define_getters(self) -> bool:
        """Whether the file may define a property getter anywhere (False only where that
        is certain): reading an attribute runs code of the file only through one."""
        return True

    def drops_callback_result(self, call: Node) -> bool:
        """A call that runs its callback and drops what it returns (`xs.forEach`)."""
        return False

    def returns_bare_thenable(self, node: Node) -> bool:
        """Does this call return the SDK's bare `{ then }` object rather than a Promise
        (windmill-client's task calls and approvals)? Its `then` runs at once, and it
        has no `catch` / `finally`."""
        return False

    def first_parameter(self, function: Node) -> Node | None:
        """The name node of a method's first parameter (`self`), if the language has one."""
        return None

    def is_write_target(
        self, node: Node, parent_of: Callable[[Node], Node | None] | None = None
    ) -> bool:
        """Is this expression assigned to (`os.environ["X"] = v`), not read?

        `parent_of` answers parent lookups from a walk's ancestors (`Node.parent`
        costs the node's depth).
        """
        up = parent_of or (lambda n: n.parent)
        parent = up(node)
        if parent is not None and parent.type in ("subscript", "subscript_expression"):
            if parent.child_by_field_name("value") == node or (
                parent.child_by_field_name("object") == node
            ):
                node, parent = parent, up(parent)
        if parent is None:
            return False
        if parent.type in self.syntax.assignment or parent.type == "delete_statement":
            left = parent.child_by_field_name("left")
            return left == node or parent.type == "delete_statement"
        return False

    # ---- shared helpers ----------------------------------------------------
    def text(self, node: Node) -> str:
        return self.data[node.start_byte : node.end_byte].decode("utf-8", errors="replace")

    def label(self, node: Node, limit: int = 200) -> str:
        """The node's text to name it by, its first `limit` bytes and `…` when longer:
        taken at every link of a chain thousands of links long, the whole text was
        quadratic in the chain's length."""
        if node.end_byte - node.start_byte <= limit:
            return self.text(node)
        head = self.data[node.start_byte : node.start_byte + limit]
        return head.decode("utf-8", errors="ignore") + "…"

    def collect_syntax_errors(self, root: Node) -> None:
        if not root.has_error:
            return
        stack = [root]
        while stack:
            node = stack.pop()
            if node.is_error or node.is_missing:
                self.model.syntax_errors.append(self.first_line(Span.of(node)))
                continue
            if node.has_error:
                stack.extend(reversed(node.children))
        if not self.model.syntax_errors:
            # The tree has an error no child shows: a MISSING token the grammar
            # hides from `children` (`from wmill import workflow as f W`). Walk
            # with a cursor, which visits every node, to find where it is.
            self.model.syntax_errors.append(self.first_line(Span.of(_hidden_error(root))))
        self.model.syntax_errors.sort(key=lambda s: s.start_byte)

    def first_line(self, span: Span) -> Span:
        """An error region cut at its first line: where the error starts is what matters."""
        if span.end_row == span.start_row:
            return span
        line = self.model.source.line_bytes(span.start_row).rstrip(b"\r")
        end_col = max(len(line), span.start_col)
        line_start = span.start_byte - span.start_col
        return Span(
            span.start_byte,
            line_start + end_col,
            span.start_row,
            span.start_col,
            span.start_row,
            end_col,
        )

    def add_binding(
        self, kind: BindingKind, local: str, concept: str | None, sdk_name: str | None, node: Node
    ) -> None:
        self.model.bindings.append(SdkBinding(kind, local, concept, sdk_name, Span.of(node)))
        if concept is None:
            self.sdk_modules.add(local)
        else:
            self.sdk_names[local] = (concept, kind)

    def dotted(self, node: Node | None) -> str | None:
        """`a.b.c` for a chain of plain names, else None."""
        parts: list[str] = []
        while node is not None:
            if node.type in self.syntax.identifier:
                parts.append(self.text(node))
                return ".".join(reversed(parts))
            if node.type == self.syntax.attribute:
                name = node.child_by_field_name(self.syntax.attribute_name_field)
                if name is None:
                    return None
                parts.append(self.text(name))
                node = node.child_by_field_name("object")
                continue
            if node.type in ("parenthesized_expression", "non_null_expression") and (
                node.named_child_count == 1
            ):
                node = node.named_children[0]
                continue
            return None
        return None

    def qualname(self, node: Node | None, scope: Scope | None = None) -> str | None:
        """What an expression really reaches, resolved through scopes and imports."""
        if node is None:
            return None
        return self.semantic.qualified_name(node, scope)

    def collect_aliases(self) -> None:
        """Module-level names bound to an SDK primitive: `t = task`, `const { task } = wmill`."""
        for name, binding in self.semantic.module.bindings.items():
            if binding.kind == NameKind.IMPORT or name in self.sdk_names:
                continue
            concept = self.sdk_concept_of(self.semantic.binding_name(binding))
            if concept is not None:
                self.sdk_aliases[name] = concept
                sdk_name = self.sdk_names_by_concept.get(concept)
                if sdk_name is not None and sdk_name != name:
                    self.model.bindings.append(
                        SdkBinding(
                            BindingKind.REBOUND, name, concept, sdk_name, Span.of(binding.node)
                        )
                    )

    def sdk_concept_of(self, qualname: str | None) -> str | None:
        """`wmill.task` -> task; `windmill-client.taskScript` -> task_script."""
        if qualname is None:
            return None
        for module in (*self.sdk_submodules, self.sdk_module):  # `wmill.client` first
            prefix = module + "."
            if qualname.startswith(prefix):
                concept = self.sdk_by_local.get(qualname[len(prefix) :])
                if concept is not None:
                    return concept
        return None

    def resolve_sdk(
        self, node: Node | None, scope: Scope | None = None
    ) -> tuple[str, BindingKind] | None:
        """Which WAC primitive an expression names, and how it reached it.

        Resolved through scopes: a parameter or local called `step` is not the SDK's.
        """
        if node is None:
            return None
        syntax = self.syntax
        if node.type in syntax.identifier:
            name = self.text(node)
            direct = self.sdk_names.get(name)
            if direct is None and name not in self.sdk_aliases:
                return None
            if not self.model.in_scope:
                return direct
            if scope is None:
                scope = self.semantic.scope_at(node)
            # one name in one scope: one answer (asked for every `step` / `task` of a body)
            memo_key = (name, scope)
            if memo_key in self.sdk_memo:
                return self.sdk_memo[memo_key]
            found = self.sdk_memo[memo_key] = self.resolve_sdk_name(name, direct, scope)
            return found
        if node.type == syntax.attribute:
            attr = node.child_by_field_name(syntax.attribute_name_field)
            if attr is None or self.text(attr) not in self.sdk_by_local:
                return None
            obj = node.child_by_field_name("object")
            if obj is None or obj.type not in syntax.identifier or not self.model.in_scope:
                return None
            concept = self.sdk_concept_of(self.semantic.qualified_name(node, scope))
            if concept is not None:
                return concept, BindingKind.NAMESPACE
        return None

    def resolve_sdk_name(
        self, name: str, direct: tuple[str, BindingKind] | None, scope: Scope
    ) -> tuple[str, BindingKind] | None:
        """`resolve_sdk` of a name that the imports or aliases make an SDK name."""
        binding = self.semantic.lookup(name, scope)
        if binding is None:
            return direct if direct is not None and direct[1] == BindingKind.EXACT else None
        concept = self.sdk_concept_of(self.semantic.binding_name(binding))
        if concept is None:
            return None
        if binding.kind == NameKind.IMPORT and binding.imported_name == name:
            return concept, BindingKind.EXACT
        if binding.kind == NameKind.IMPORT and direct is not None:
            return direct
        return concept, BindingKind.ALIASED

    # Both find the ancestors by one descent from the root: `Node.parent` costs the
    # node's depth, so climbing with it is quadratic (35,000 `await`s above a task: 40 s).
    def is_top_level(self, node: Node) -> bool:
        syntax = self.syntax
        return not any(
            parent.type in syntax.function or parent.type in syntax.class_definition
            for parent in ancestors(self.model.tree.root_node, node)
        )

    def enclosing_functions(self, node: Node) -> list[Node]:
        """The functions around `node`, innermost first (one descent: asking
        `enclosing_function` of each in turn was quadratic in the nesting, 35,000
        nested arrows around a task took minutes)."""
        functions = self.syntax.function
        return [
            parent
            for parent in ancestors(self.model.tree.root_node, node)
            if parent.type in functions
        ]

    def enclosing_function(self, node: Node) -> Node | None:
        return next(iter(self.enclosing_functions(node)), None)

    def gather_qualname(self, call: Node, scope: Scope | None = None) -> bool:
        callee = self.callee(call)
        if callee is None:
            return False
        name = self.qualname(callee, scope)
        if name in self.gather_names:
            return True
        sdk = self.resolve_sdk(callee, scope)
        return sdk is not None and sdk[0] == "parallel"


@lru_cache(maxsize=64)
def _hidden_error(root: Node) -> Node:
    """The first error or missing node of a tree, by a full cursor walk (else the root)."""
    cursor = root.walk()
    while True:
        node = cursor.node
        if node is not None and (node.is_error or node.is_missing):
            return node
        if node is not None and node.has_error and cursor.goto_first_child():
            continue
        while not cursor.goto_next_sibling():
            if not cursor.goto_parent():
                return root


def name_pattern(names: frozenset[bytes]) -> re.Pattern[bytes]:
    """Whole-word occurrences of any of `names` (identifiers are ASCII here)."""
    alternatives = b"|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rb"(?<![\w$])(?:" + alternatives + rb")(?![\w$])")


# What `\w` matches in a bytes pattern, and `$`: a byte that continues a word.
WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$")


def whole_words(data: bytes, names: frozenset[bytes]) -> list[tuple[int, int]]:
    """The spans `name_pattern(names).finditer(data)` matches, in the same order.

    The pattern starts with a lookbehind, so the regular expression engine tried
    it at every byte of the file (10 ms on a 5,000-line file, at every edit);
    `bytes.find` per name skips to the candidates, each tested for a word
    boundary on both sides. Where two names match at one place (`windmill-client`
    and `client`), the pattern's left-to-right, longest-first, non-overlapping
    choice is made here too.
    """
    found: list[tuple[int, int]] = []
    size = len(data)
    for name in names:
        length = len(name)
        if not length:
            continue
        find = data.find
        at = find(name)
        while at >= 0:
            end = at + length
            if (at == 0 or data[at - 1] not in WORD_BYTES) and (
                end == size or data[end] not in WORD_BYTES
            ):
                found.append((at, end))
            at = find(name, at + 1)
    found.sort(key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int]] = []
    last_end = 0
    for span in found:
        if span[0] >= last_end:
            kept.append(span)
            last_end = span[1]
    return kept


class FunctionTable:
    """Top-level functions by name; their details are worked out when first asked for
    (`FrontEnd.top_function`). It holds no reference back to its front-end: that cycle
    kept each analysis's whole model alive until the collector ran (the language
    server's edits left ~10,000 objects each for it, see `gc_policy`)."""

    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.infos: dict[str, FunctionInfo] = {}

    def add(self, name: str, node: Node) -> None:
        self.nodes[name] = node

    def pop(self, name: str) -> None:
        self.nodes.pop(name, None)
        self.infos.pop(name, None)


def iter_nodes(root: Node) -> Iterator[Node]:
    """Pre-order walk without recursion (files can nest thousands deep)."""
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(node.children))


def key(node: Node) -> tuple[int, int, int]:
    return (node.start_byte, node.end_byte, node.kind_id)


@dataclass(frozen=True)
class Frame:
    """What the walk knows at one depth of the tree."""

    in_callback: bool
    scope: Scope
    dropper: Span | None  # inside a callback whose promise `forEach` drops
    # inside a named function defined in the body: its effects count where it is called
    deferred: bool = False


@dataclass(frozen=True)
class Walked:
    """How the walk reached a helper: the helpers on the way and the body's call."""

    chain: tuple[str, ...]
    site: Span


@dataclass(frozen=True)
class Pending:
    """A function the body reaches, to be walked as body code."""

    name: str
    function: Node
    outer: Scope
    chain: tuple[str, ...]
    site: Span
    durable_args: bool  # the call that reaches it passes it a durable call (`safely(task(x))`)
    # a method reached on an instance of a subclass of its class (`Slack().announce()`
    # of `Notifier.announce`): the class `self` / `this` is in it, for its overrides
    receiver: Scope | None = None
    # walked again only for its handlers: reached first without a durable argument
    handlers_only: bool = False


# Calls whose `default_factory=` runs each time an instance is built.
DEFAULT_FACTORY_MAKERS = frozenset(
    {"dataclasses.field", "pydantic.Field", "pydantic.fields.Field", "attrs.field", "attr.ib"}
)


# Where an object literal bound to a name runs its own member: `await x` its `then`,
# `for (... of x)` its iterator, `[...x]` its `[Symbol.iterator]`.
LITERAL_PROTOCOLS = frozenset({"await_expression", "for_in_statement", "spread_element"})


# Library calls that call a method of the object they are given: `JSON.stringify(x)`
# its `toJSON`, `String(x)` its `[Symbol.toPrimitive]` or else its `toString`.
CONVERSION_HOOKS = {
    "JSON.stringify": ("toJSON",),
    "String": ("[Symbol.toPrimitive]", "toString"),
    # `Array.from(batch)` iterates it: what its iterator yields is in the array
    "Array.from": ("[Symbol.iterator]",),
}


# The methods of Node's EventEmitter that register a listener for an event.
LISTENING_METHODS = frozenset(
    {"on", "once", "addListener", "prependListener", "prependOnceListener"}
)
# Node's EventEmitter as its modules name it (`import { EventEmitter } from "node:events"`,
# `import EventEmitter from "events"`, eventemitter3).
EMITTERS = frozenset(
    {"events.EventEmitter", "events", "eventemitter3", "eventemitter3.EventEmitter"}
)
# What `new Proxy(...)` may be wrapped in where a name is bound to it.
PROXY_WRAPPERS = frozenset(
    {"as_expression", "satisfies_expression", "non_null_expression", "parenthesized_expression"}
)


# The lookups of dependency-injection containers: given a class, or a token a class was
# registered under, they hand back an instance of that class (see
# `BodyWalker.container_class`): tsyringe / awilix `resolve`, typedi / inversify / NestJS
# `get`; in Python, injector's `injector.get(Mailer)`, punq's and lagom's `resolve`.
CONTAINER_LOOKUPS = frozenset({"resolve", "get", "getAsync", "resolveAsync"})


class BodyWalker:
    """Walks one workflow function and what it reaches; records what runs as body code.

    The workflow body, the callbacks it runs itself, and every function of the
    file it calls or hands to a callback-taking call (any depth, each once) are
    body code; task bodies and functions given to `step(...)` are not.
    """

    def __init__(self, fe: FrontEnd, function: FunctionInfo) -> None:
        # the functions a module table gets outside its literal, by table name
        self.registered: dict[str, list[tuple[str, Node, Scope]]] = {}
        # `picked_functions` of a name assigned on several branches, by binding: its
        # scope walked once, not once per call of the name
        self.picked: dict[int, list[tuple[str, Node, Scope]]] = {}
        # `replaced_at`'s facts: each block's plain assignments, the file's early exits
        self._plain_assignments: dict[int, dict[str, list[tuple[int, int]]]] = {}
        self._reads_in_order: dict[str, tuple[list[int], list[Node]]] = {}
        self._early_exits: list[int] | None = None
        self.fe = fe
        self.function = function
        self.syntax = fe.syntax
        self.model = fe.model
        self.semantic = fe.semantic
        self.scope_nodes = fe.scope_rules.scope_nodes
        self.visited: set[tuple[int, int, int]] = set()
        # the functions walked as handed a durable call (`Pending.durable_args`)
        self.visited_durable: set[tuple[int, int, int]] = set()
        self.pending: list[Pending] = []
        self._registrations: list[tuple[Node, str, str, Node, Scope]] | None = None
        self.function_bodies: set[tuple[int, int, int]] = set()
        self.durable_memo: dict[tuple[int, int, int], bool] = {}
        self.queued_memo: dict[tuple[int, int, int], bool] = {}
        self.function_kinds = tuple(sorted(self.syntax.function))
        self.handback_memo: dict[tuple[int, int, int], Handback] = {}
        # see `arguments_hold_durable`
        self.arguments_memo: dict[tuple[tuple[int, int, int], Scope, bool], bool] = {}
        self.task_memo: dict[tuple[str, Scope], bool] = {}  # see `task_of`
        self.task_tables: dict[int, dict[str, TaskDef]] = {}  # see `table_task`
        self.uniform_tables: dict[int, TaskDef | None] = {}  # see `uniform_table`
        # see `container_class`: (container, token) -> the class of the file registered
        self.registrations: dict[tuple[str, str], tuple[Node, Scope]] | None = None
        self.subclass_memo: dict[tuple[int, int, int], list[Scope]] = {}  # see `subclasses`
        # (function, parameter) -> whether it only hands that parameter to `step`
        self.forward_memo: dict[tuple[int, str], bool] = {}
        self.deferral_memo: dict[int, bool] = {}
        # see `decorators_above_task`: asked once per call of a task, the same per task
        self.decorators_memo: dict[int, list[tuple[str, Node, Scope]]] = {}
        # `registered_by_helpers` answers: each scans the module, asked again for every
        # call that reaches them
        self.called_names_memo: dict[int, frozenset[str]] = {}
        self.loop_memo: dict[int, dict[str, frozenset[str]]] = {}  # see `loop_variables`
        # (container name, end of the call adding to it) -> `container_use`'s answer
        self.container_memo: dict[tuple[str, int], Consumption] = {}
        self.settling = False  # see `drain`: the walk is over, stored values are judged
        self.registered_memo: dict[str, list[tuple[str, Node, Scope]]] = {}
        # helpers whose retrying decorators were read (`add_decorator_handlers`)
        self.decorated_handled: set[tuple[int, int, int]] = set()
        self.params_durable = False  # the helper being walked was handed a durable call
        self.receiver: Scope | None = None  # see `Pending.receiver`
        self.found_receiver: Scope | None = None  # set by `local_function`
        self.visited_as: set[tuple[tuple[int, int, int], int]] = set()  # see `follow`
        # each helper's first walk, (function, receiver class) -> (chain, body site),
        # and the other calls that reach it: see `record_other_sites`
        self.first_walks: dict[tuple[tuple[int, int, int], int | None], Walked] = {}
        # each walked helper's parameter list (bytes), whose defaults only the calls
        # that omit them run (`walk_omitted_defaults`): see `record_other_sites`
        self.parameter_bytes: dict[tuple[int, int, int], tuple[int, int]] = {}
        self.revisits: list[tuple[tuple[tuple[int, int, int], int | None], Walked]] = []
        # (body site, chain) of each function a helper runs because that call handed it
        # over (`staged("x", fetch_manifest)`): its calls belong to that call only, and
        # are not recorded for the helper's other calls (see `record_other_sites`)
        self.handed_chains: set[tuple[Span, tuple[str, ...]]] = set()
        # the handlers of a helper the body calls again are those of the walk that judged
        # them: the first walk, or the first one handed a durable call (`Pending.durable_args`)
        # when the other call hands it one too (see `record_other_handler_sites`)
        self.handler_revisits: list[
            tuple[tuple[tuple[int, int, int], int | None], Walked, bool]
        ] = []
        self.first_durable: dict[tuple[tuple[int, int, int], int | None], bool] = {}
        self.durable_walks: dict[tuple[tuple[int, int, int], int | None], Walked] = {}
        self.ancestors: list[Node] = []  # see `walk`
        self.current: Node | None = None  # the node `walk` is visiting
        self._contained = False  # see `_consumption`
        # `const ps = xs.map(async ...)`: (callback, map call, callee) to settle later
        self.stored_mappers: list[tuple[Node, Node, Span]] = []
        self.imported_memo: dict[str, bool] = {}  # see `imported_task`
        # callee text -> the module and name it reaches (see `imported_handlers`)
        self.imported_functions: dict[str, tuple[SourceFile, str] | None] = {}
        self.task_functions = {
            (t.function.node.start_byte, t.function.node.end_byte)
            for t in self.model.tasks
            if t.function is not None
        }
        syntax = self.syntax
        # node type -> what the walk does with it; other node types are only passed through
        self.roles: dict[str, str] = {
            **{t: "identifier" for t in syntax.identifier},
            syntax.attribute: "attribute",
            **{t: "call" for t in syntax.call},
            **{t: "new" for t in syntax.new},
            **{t: "function" for t in syntax.function},
            **{t: "class" for t in syntax.class_definition},
            syntax.try_statement: "try",
            **{t: "protocol" for t in syntax.protocol_statements},
            "shorthand_property_identifier": "shorthand",
        }
        # only a file whose classes define such methods pays for visiting every operator
        self.hooks = fe.defined_hooks()
        # an operator may also run a dunder method of a class another module defines,
        # on an instance that module (or a call of it) built: followed across files when
        # the file imports from the workspace (`follow_imported_hooks`)
        for kind in fe.hook_node_types:
            self.roles.setdefault(kind, "hook")
        # identifiers of the workflow body by name, filled by the walk
        self.identifier_index: dict[bytes, list[Node]] = {}
        self.data = fe.data
        module = self.semantic.module
        # names that can stand for a catalogued value on their own (`environ`, `env`)
        self.readable = {
            name.encode()
            for name, b in module.bindings.items()
            if b.kind in (NameKind.IMPORT, NameKind.ASSIGNMENT)
        }
        if module.star_imports:
            self.readable = None  # type: ignore[assignment]

    def run(self, own_decorators: bool = False, entry: bool = False) -> None:
        """Walk the function as body code; `own_decorators`: it is a helper another
        file calls, so the wrappers its own decorators return run around that call;
        `entry`: it is the workflow, so the wrappers the file's decorators written on it
        return (`@alert_on_failure` above or below `@workflow`) are what Windmill calls,
        in every round, around the body (reported at the decorator)."""
        assert self.function.body is not None
        fn = self.function.node
        scope = self.semantic.scopes.open(fn, self.semantic.scope_at(fn))
        self.mark_body(fn)
        self.visited.add(key(fn))
        params = fn.child_by_field_name("parameters") if self.syntax.call_defaults else None
        for param in params.named_children if params is not None else ():
            value = param.child_by_field_name("value")
            if param.type in self.syntax.call_defaults and value is not None:
                self.walk(value, Frame(False, scope, None), (), None)
        self.walk(self.function.body, Frame(False, scope, None), (), None)
        if own_decorators:
            self.follow_own_decorators(fn)
        if entry:
            for decorator, wrapper in self.decorated_by(fn):
                # the function it wraps is the workflow body: its call suspends
                name, function, outer = wrapper
                self.follow((f"@{name}", function, outer), (), Span.of(decorator), True)
        self.drain()

    def drain(self) -> None:
        """Walk the functions the walk so far reached, then settle what it recorded."""
        while self.pending:
            job = self.pending.pop(0)
            fscope = self.semantic.scopes.open(job.function, job.outer)
            self.mark_body(job.function)
            body = job.function.child_by_field_name("body")
            self.params_durable = job.durable_args
            self.receiver = job.receiver
            # a second walk keeps only the handlers it finds: what else it records (the
            # calls, the durable calls) the first walk recorded already
            kept = (
                {n: len(v) for n, v in vars(self.model).items() if isinstance(v, list)}
                if job.handlers_only
                else {}
            )
            if body is not None:
                self.walk(body, Frame(True, fscope, None), job.chain, job.site)
            for name, length in kept.items():
                if name != "handlers":
                    del getattr(self.model, name)[length:]
        self.params_durable = False
        self.receiver = None
        self.record_other_sites()
        self.drop_guarded_off()
        self.record_other_handler_sites()
        self.model.durable_calls.sort(key=lambda d: d.node.start_byte)
        self.model.body_calls.sort(key=lambda c: (c.report_span.start_byte, c.node.start_byte))
        self.model.handlers.sort(key=lambda h: h.node.start_byte)
        self.settle_stored_mappers()
        self.settling = True  # the body's identifiers are all indexed now
        for call in (*self.model.durable_calls, *self.model.helper_calls):
            if call.consumption == STORED:
                call.consumption, contained, returned_by = self.stored_use(call.node)
                call.contained = call.contained or contained
                call.returned_by = returned_by

    def record_other_sites(self) -> None:
        """A helper is walked once, for the first place of the body that reaches it;
        each other place that calls it runs its calls again on every replay, so the
        calls found under it are recorded for those places too (one finding per place).
        Repeated until nothing is added: a place reaching `a`, which reaches `b` first
        walked from elsewhere, gets `b`'s calls through `a`'s."""
        calls = self.model.body_calls
        if not self.revisits or not calls:
            return
        at_site: dict[Span, list[BodyCall]] = {}
        for call in calls:
            if call.site is not None:
                at_site.setdefault(call.site, []).append(call)
        added = 0
        for _ in range(MAX_OTHER_SITE_ROUNDS):
            changed = False
            for function, again_at in self.revisits:
                chain, site = again_at.chain, again_at.site
                first = self.first_walks.get(function)
                if first is None or first.site == site:
                    continue  # the main function itself, or the same place of the body
                prefix = len(first.chain)
                known = {c.node.id for c in at_site.get(site, ())}
                # a default the first call omitted: another call may pass that argument
                # (one that omits it walked the default itself)
                start, end = self.parameter_bytes.get(function[0], (0, 0))
                for call in list(at_site.get(first.site, ())):
                    if added >= MAX_OTHER_SITE_CALLS:
                        return
                    if call.chain[:prefix] != first.chain or call.node.id in known:
                        continue
                    if self.handed_chains and self.handed_at(first.site, call.chain, prefix):
                        continue  # reached through a function only that call handed over
                    if call.chain == first.chain and start <= call.node.start_byte < end:
                        continue
                    again = replace(call, chain=chain + call.chain[prefix:], site=site)
                    calls.append(again)
                    at_site.setdefault(site, []).append(again)
                    known.add(call.node.id)
                    added += 1
                    changed = True
            if not changed:
                return

    def handed_at(self, site: Span, chain: tuple[str, ...], prefix: int) -> bool:
        """Whether `chain`, below its first `prefix` helpers, goes through a function
        the call of the body at `site` handed to a helper as an argument."""
        return any(
            (site, chain[:end]) in self.handed_chains for end in range(prefix + 1, len(chain) + 1)
        )

    def drop_guarded_off(self) -> None:
        """Drop the calls a helper of the file makes only under a test of its parameters
        that the body's call of it makes false (`def local(x, noisy=False): if noisy:
        return random.random()` called as `local(x)`): at that place they never run.
        Read for a helper the body calls by its name, one level down (see `guards`)."""
        calls = self.model.body_calls
        if not calls or not any(len(c.chain) == 1 for c in calls):
            return
        kept: list[BodyCall] = []
        reader = GuardReader()
        for call in calls:
            if self.guarded_off(call, reader):
                continue
            kept.append(call)
        if len(kept) != len(calls):
            calls[:] = kept

    def guarded_off(self, call: BodyCall, reader: GuardReader) -> bool:
        if call.elsewhere is not None or len(call.chain) != 1 or call.site is None:
            return False
        site = self.model.node_at(call.site.start_byte, call.site.end_byte)
        if site is None or site.type not in self.syntax.call:
            return False
        callee = site.child_by_field_name("function")
        name = call.chain[0]
        if callee is None or callee.type not in self.syntax.identifier:
            return False
        if self.model.text(callee) != name or not reader.spend():
            return False
        function = enclosing_function(call.node)
        if function is None:
            return False
        declared = function.child_by_field_name("name")
        if declared is None and function.parent is not None:
            declared = function.parent.child_by_field_name("name")  # `const f = () => ...`
        if declared is None or self.model.text(declared) != name:
            return False
        method = reader.methods.get(function.id)
        if method is None:
            classes = self.syntax.class_definition
            method = any(a.type in classes for a in ancestors(self.model.tree.root_node, function))
            reader.methods[function.id] = method
        if method:
            return False  # a method: its `self` is not written at the call
        guards = reader.guards_of(call.node, function)
        return bool(guards) and never_runs(guards, site)

    def record_other_handler_sites(self) -> None:
        """A helper whose handler swallows the suspension swallows it at each place of
        the body that calls it (`safely(() => charge(x))`, then `safely(() =>
        receipt(x))`): its handlers, found in one walk, are recorded for each other call
        (one finding per place). A call that hands it a durable call gets the handlers
        of the walk that was handed one; a call that hands it nothing only those of a
        walk that was handed nothing either (they guard the helper's own durable calls)."""
        handlers = self.model.handlers
        if not self.handler_revisits or not handlers:
            return
        at_site: dict[Span, list[ExceptionHandler]] = {}
        for handler in handlers:
            if handler.site is not None:
                at_site.setdefault(handler.site, []).append(handler)
        for function, again_at, durable in self.handler_revisits:
            source = self.durable_walks.get(function) if durable else None
            if source is None and not self.first_durable.get(function, True):
                source = self.first_walks.get(function)
            if source is None or source.site == again_at.site:
                continue
            prefix = len(source.chain)
            known = {h.node.id for h in at_site.get(again_at.site, ())}
            for handler in list(at_site.get(source.site, ())):
                if handler.chain[:prefix] != source.chain or handler.node.id in known:
                    continue
                if self.handed_chains and self.handed_at(source.site, handler.chain, prefix):
                    continue  # in a function only that call handed over
                again = replace(
                    handler, chain=again_at.chain + handler.chain[prefix:], site=again_at.site
                )
                handlers.append(again)
                at_site.setdefault(again_at.site, []).append(again)
                known.add(handler.node.id)

    def mark_body(self, fn: Node) -> None:
        body = fn.child_by_field_name("body")
        if body is not None:
            self.function_bodies.add(key(body))

    def walk(self, start: Node, frame: Frame, chain: tuple[str, ...], site: Span | None) -> None:
        """Visit `start`'s subtree with a cursor (no recursion: files nest deep)."""
        roles = self.roles
        scope_nodes = self.scope_nodes
        data = self.data
        index = self.identifier_index if not chain else None
        readable = self.readable
        cursor = start.walk()
        first_child, next_sibling, up = (
            cursor.goto_first_child,
            cursor.goto_next_sibling,
            cursor.goto_parent,
        )
        frames = [frame]
        self.ancestors = []  # the current node's ancestors within `start`
        ancestors = self.ancestors
        current = frame
        # One pass of this loop per node of the body (a quarter of a million in a long
        # workflow): `self.current` is set only where something may ask `parent_of`.
        while True:
            node = cursor.node
            assert node is not None
            kind = node.type
            role = roles.get(kind)
            inner = current
            if role is None:
                # a string literal that starts with its quote has no prefix, so no `f`:
                # nothing in it but its text (Python and TypeScript alike), unless a
                # syntax error put something else there
                descend = kind != "string" or data[node.start_byte] not in QUOTES or node.has_error
            elif role == "identifier":  # most visits: kept out of `visit`'s call
                text = data[node.start_byte : node.end_byte]
                if index is not None:
                    same = index.get(text)
                    if same is None:
                        index[text] = [node]
                    else:
                        same.append(node)
                if not current.deferred and (readable is None or text in readable):
                    self.current = node
                    self.visit_read(node, current.scope, chain, site)
                    self.ancestors = ancestors
                descend = False
            elif role == "shorthand":
                # `return { results }`: a read of `results` (for what reads a stored
                # durable result), though not an identifier node
                if index is not None:
                    text = data[node.start_byte : node.end_byte]
                    index.setdefault(text, []).append(node)
                descend = False
            else:
                self.current = node
                descend, inner = self.visit(role, node, start, current, chain, site)
                self.ancestors = ancestors  # a nested walk (a step name) has its own
                self.current = node
            if descend and kind in scope_nodes and node != start:
                if key(node) not in self.function_bodies:
                    inner = Frame(
                        inner.in_callback,
                        self.semantic.scopes.open(node, inner.scope),
                        inner.dropper,
                        inner.deferred,
                    )
                if role == "function":
                    self.mark_body(node)
            if descend and first_child():
                frames.append(inner)
                ancestors.append(node)
                current = inner
                continue
            while not next_sibling():
                if not up():
                    return
                frames.pop()
                ancestors.pop()
            current = frames[-1]

    def visit(
        self,
        role: str,
        node: Node,
        start: Node,
        frame: Frame,
        chain: tuple[str, ...],
        site: Span | None,
    ) -> tuple[bool, Frame]:
        """Record one node; (whether to look inside it, the frame for its children).

        Identifiers are recorded by `walk` itself."""
        if role == "attribute":
            if not frame.deferred:
                self.visit_read(node, frame.scope, chain, site)
                self.follow_property(node, frame.scope, chain, site)
        elif role == "call":
            if not frame.deferred:
                self.add_handlers(node, frame.scope, chain, site)
                self.follow_listeners(node, frame.scope, chain, site)
                if self.fe.hook_node_types:
                    self.follow_operator_hooks(node, frame.scope, chain, site)
            sdk_call = self.visit_call(node, frame, chain, site)
            if sdk_call is not None:
                # step(name, fn): only the name is body code; task(fn): none of it
                args = self.fe.positional_args(node)
                if sdk_call == "step":
                    self.record_step_callback(node, args, frame.scope, chain, site)
                    for arg in args[1:2]:
                        if arg.type in self.syntax.function:
                            self.walk_eager_defaults(arg, frame, chain, site)
                        else:
                            self.walk_callback_expression(arg, frame, chain, site)
                if sdk_call == "step" and args and args[0].type not in self.syntax.function:
                    # `step(() => ...)` with no name: the function is the name (its
                    # source text is the key) and is never called
                    self.walk(args[0], frame, chain, site)
                return False, frame
        elif role == "new":
            self.visit_call(node, frame, chain, site)
        elif role == "function" and node != start:
            call = self.call_of_argument(node, self.ancestors)
            if self.is_durable_callback(node, call, frame.scope):
                self.walk_eager_defaults(node, frame, chain, site)
                return False, frame  # the callback given to step()/task() is where effects belong
            dropper = frame.dropper
            if (
                call is not None
                and self.fe.drops_callback_result(call)
                and self.hands_back_value(node)
            ):
                dropper = Span.of(self.fe.callee(call) or call)
            elif call is not None and self.drops_mapped_promises(node, call, frame.scope):
                dropper = Span.of(self.fe.callee(call) or call)
            parent = self.ancestors[-1] if self.ancestors else None
            if (
                parent is not None
                and parent.type == "keyword_argument"
                and self.fe.text(parent.child_by_field_name("name") or parent) == "default_factory"
            ):
                # `Field(default_factory=lambda: ...)`: runs when an instance is built,
                # followed there (`walk_field_initializers`)
                return True, Frame(True, frame.scope, frame.dropper, True)
            named = call is None and (
                self.fe.is_named_definition(node, parent)
                # `return async (b) => fetch(u, b)`: runs where the caller calls it
                or (parent is not None and parent.type in self.syntax.returns)
                # `return { post: async (p) => fetch(p) }`: a member, run where it is called
                or self.member_of_kept_object(parent, node)
            )
            if named and not frame.deferred:
                self.walk_eager_defaults(node, frame, chain, site)
            if not frame.deferred and not named and node.is_named:  # not the `lambda` keyword
                # run by the body itself (a callback); a named one counts where it is called
                self.record(node, None, CodeRole.CALLBACK, chain, site or Span.of(call or node))
            return True, Frame(True, frame.scope, dropper, frame.deferred or named)
        elif role == "class":
            # Python runs a class body when the `class` statement is reached (its class
            # attributes are evaluated there, its methods only defined); a TypeScript
            # class's fields are built with each instance, walked where it is built, but
            # its `static` fields and blocks run where the class is
            if node.type != "class_definition" and node != start:
                self.walk_static_members(node, frame, chain, site)
            return node.type == "class_definition" and node != start, frame
        elif role == "protocol":
            if not frame.deferred:
                self.follow_protocol(node, frame.scope, chain, site, frame)
        elif role == "hook":
            if not frame.deferred:
                self.follow_operator_hooks(node, frame.scope, chain, site)
        elif role == "try":
            if not frame.deferred:
                self.add_handlers(node, frame.scope, chain, site)
            if not chain:
                self.visit_finally(node, frame.scope)
        return True, frame

    def walk_static_members(
        self, class_node: Node, frame: Frame, chain: tuple[str, ...], site: Span | None
    ) -> None:
        """A TypeScript class declared in the body: its `static x = ...` initializers and
        `static { ... }` blocks run when the declaration is reached."""
        body = class_node.child_by_field_name("body")
        for member in body.named_children if body is not None else ():
            if member.type == "public_field_definition" and any(
                c.type == "static" for c in member.children
            ):
                value = member.child_by_field_name("value")
                if value is not None and value.type not in self.syntax.function:
                    self.walk(value, frame, chain, site)
            elif member.type == "class_static_block":
                self.walk(member, frame, chain, site)

    def member_of_kept_object(self, parent: Node | None, function: Node | None = None) -> bool:
        """A function stored in an object / dict literal that is returned or bound to a
        name (not handed to a call, whose callee may run it): building the literal
        runs none of its members. Bound by `using` / `await using` (read as an
        assignment led by `using`), its `[Symbol.dispose]` / `[Symbol.asyncDispose]`
        runs when the block is left: not kept."""
        if parent is None or len(self.ancestors) < 2:
            return False
        if parent.type == "pair":
            index = len(self.ancestors) - 2
            key = parent.child_by_field_name("key")
        elif parent.type == "object":  # `{ async post() { ... } }`
            index = len(self.ancestors) - 1
            key = function.child_by_field_name("name") if function is not None else None
        else:
            return False
        holder = self.ancestors[index]
        if holder.type not in ("object", "dictionary"):
            return False
        while index > 0 and self.ancestors[index - 1].type in KEPT_WRAPPERS:
            index -= 1
        outer = self.ancestors[index - 1] if index > 0 else None
        if (
            outer is not None
            and outer.type == "assignment_expression"
            and outer.children
            and outer.children[0].type == "using"
        ):
            # `using x = { ... }`: its disposer runs when the block is left, its other
            # members where they are called (a plain `x = { ... }` is read as run: the
            # methods of an object assigned to a name are not resolved where called)
            return key is None or self.fe.text(key) not in DISPOSERS
        return outer is not None and (
            outer.type in self.syntax.returns
            or outer.type in self.syntax.function  # `() => ({ ... })`
            or outer.type in ("variable_declarator", "assignment", "export_statement")
        )

    def follow_property(
        self, node: Node, scope: Scope, chain: tuple[str, ...], site: Span | None
    ) -> None:
        """`settings.dry_run`, `deadline.expired`: reading a property of a class of the
        file runs its getter where it is read, like a call of a helper."""
        parent = self.parent_of(node)
        if (
            parent is not None
            and parent.type in self.syntax.call
            and node == self.fe.callee(parent)
        ):
            return  # a method call: `visit_call` follows it
        if self.fe.is_write_target(node, self.parent_of):
            # `job.status = "running"`: assigning through a TypeScript setter runs it
            setter = (
                self.accessor_of(node, scope, "set")
                or self.proxy_trap(node, scope, "set")
                or self.attribute_hook(node, scope, True)
            )
            if setter is not None:
                self.follow(setter, chain, site or Span.of(node))
            return
        if self.plain_reads():
            # no getter, proxy or attribute hook in the file: the read runs nothing of
            # it, and only an instance another module built may have a getter
            if self.built_elsewhere(node, scope) and self.local_function(node, scope) is None:
                self.model.relative_import_calls.append(
                    BodyCall(
                        self.fe.label(node), CallKind.PROPERTY, node, Span.of(node), 0, chain, site
                    )
                )
            return
        helper = self.accessor_of(node, scope, "get") or self.local_function(node, scope)
        if helper is not None and self.fe.is_property_getter(helper[1]):
            self.follow(helper, chain, site or Span.of(node))
            return
        trap = self.proxy_trap(node, scope, "get") or (
            self.attribute_hook(node, scope, False) if helper is None else None
        )
        if trap is not None:
            self.follow(trap, chain, site or Span.of(node))
            return
        if helper is None and self.built_elsewhere(node, scope):
            # `client.token` on an instance of an imported class: its getter, if it is
            # one, runs here (cross-file analysis decides)
            self.model.relative_import_calls.append(
                BodyCall(
                    self.fe.label(node), CallKind.PROPERTY, node, Span.of(node), 0, chain, site
                )
            )

    def imports_workspace(self) -> bool:
        """Whether any import of the file may name another module of the workspace
        (`crossfile.import_may_reach`), worked out once per file."""
        fe = self.fe
        if fe.workspace_imports is None:
            from wac_lint.workspace.crossfile import workspace_import_names

            fe.workspace_imports = bool(workspace_import_names(self.model))
        return fe.workspace_imports

    def plain_reads(self) -> bool:
        """Whether reading an attribute can run code of this file only as a method call
        would: no property getter, no `Proxy`, no attribute hook (`__getattr__`) in it.
        Asked for every attribute the walk reads; worked out once per file."""
        fe = self.fe
        if fe.plain_reads is None:
            fe.plain_reads = (
                not fe.may_define_getters()
                and b"Proxy" not in self.data
                and not any(h.encode() in self.data for h in fe.attribute_hooks)
            )
        return fe.plain_reads

    def attribute_hook(
        self, node: Node, scope: Scope, write: bool
    ) -> tuple[str, Node, Scope] | None:
        """What reading (or assigning) `obj.name` runs on an instance of a class of the
        file besides a property: the `__get__` / `__set__` of a descriptor the class
        keeps under `name` (`balance = RemoteField("balance")`), or, for a name the
        class and its instances do not have, its `__getattr__` (Python's data model);
        `__getattribute__` runs for every read."""
        hooks = self.fe.attribute_hooks
        if not hooks or not any(h.encode() in self.data for h in hooks):
            return None
        obj = node.child_by_field_name("object")
        attr = node.child_by_field_name(self.syntax.attribute_name_field)
        owner = self.instance_class(obj, scope) if obj is not None else None
        if owner is None or attr is None:
            return None
        name = self.fe.text(attr)
        if not write:
            every = self.class_method(owner, "__getattribute__")
            if every is not None:
                return every
        else:
            setter = self.property_setter(owner, name)
            if setter is not None:
                return setter
        member = self.class_member(owner, name)
        if member is not None:
            value = member.assigned_value
            if value is None or value.type not in self.syntax.call:
                return None
            descriptor = self.class_scope_of(value, member.scope)
            if descriptor is None:
                return None
            return self.class_method(descriptor, "__set__" if write else "__get__")
        if write or self.instance_attribute(owner, name):
            return None
        return self.class_method(owner, "__getattr__")

    def property_setter(
        self, class_scope: Scope, name: str, depth: int = 0
    ) -> tuple[str, Node, Scope] | None:
        """`@mode.setter def mode(self, value)` in the class (or a base of the file): what
        assigning `obj.mode = v` runs."""
        found = self.fe.setter_of(class_scope.node, name)
        if found is not None:
            return self.class_prefix(class_scope) + name, found, class_scope
        bases = self.base_classes(class_scope) if depth < 8 else []
        for base in bases:
            inherited = self.property_setter(base, name, depth + 1)
            if inherited is not None:
                return inherited
        return None

    def class_member(self, class_scope: Scope, name: str, depth: int = 0) -> Binding | None:
        """The binding of `name` in a class body of the file or in one of its bases'."""
        found = class_scope.bindings.get(name)
        if found is not None or depth >= 8:
            return found
        for base in self.base_classes(class_scope):
            inherited = self.class_member(base, name, depth + 1)
            if inherited is not None:
                return inherited
        return None

    def instance_attribute(self, class_scope: Scope, name: str, depth: int = 0) -> bool:
        """Might instances of the class (or of its bases) hold `name` themselves
        (`self.name = ...`, a dataclass field `name: int`)? Then `__getattr__` does not
        run for it; read from the text, erring on the side of yes."""
        text = self.fe.text(class_scope.node).encode()
        if b"__dict__" in text or b"setattr(" in text or b"__slots__" in text:
            return True  # names set by `self.__dict__.update(kw)` / `setattr`: any of them
        pattern = rb"(?:\.|^|\s)" + re.escape(name.encode()) + rb"\s*(?::|=(?!=))"
        if re.search(pattern, text, re.MULTILINE):
            return True
        return depth < 8 and any(
            self.instance_attribute(base, name, depth + 1)
            for base in self.base_classes(class_scope)
        )

    def follow_listeners(
        self, call: Node, scope: Scope, chain: tuple[str, ...], site: Span | None
    ) -> None:
        """`bus.emit("shipped", id)`: an event emitter's `emit` calls the listeners
        registered for that event on the same emitter (`bus.on("shipped", fn)`)
        synchronously, where it is written."""
        callee = self.fe.callee(call)
        if callee is None or callee.type != "member_expression":
            return
        prop = callee.child_by_field_name("property")
        obj = callee.child_by_field_name("object")
        if prop is None or obj is None or obj.type not in self.syntax.identifier:
            return
        if self.fe.text(prop) != "emit":
            return
        args = self.fe.positional_args(call)
        event = self.fe.string_value(args[0]) if args else None
        binding = self.semantic.resolve(obj, scope)
        if event is None or binding is None or not self.is_event_emitter(binding):
            return
        for emitter, verb, name, listener, where in self.listener_registrations():
            if name != event or self.semantic.resolve(emitter, where) is not binding:
                continue
            label = f'{self.fe.text(emitter)}.{verb}("{event}")'
            if listener.type in self.syntax.function:
                self.follow((label, listener, where), chain, site or Span.of(call))
                continue
            helper = self.local_function(listener, where)
            if helper is not None:
                self.follow(helper, chain, site or Span.of(call))

    def is_event_emitter(self, binding: Binding) -> bool:
        """A name bound once to `new EventEmitter()` (node:events, eventemitter3) or to an
        instance of a class of the file that extends it: its `emit` calls the listeners
        in this process (a socket.io client's `emit` sends to the server instead)."""
        value = binding.assigned_value
        while value is not None and value.type in PROXY_WRAPPERS and value.named_children:
            value = value.named_children[0]
        if value is None or value.type != "new_expression" or binding.rebound:
            return False
        ctor = value.child_by_field_name("constructor")
        if ctor is not None and self.fe.qualname(ctor, binding.scope) in EMITTERS:
            return True
        class_scope = self.class_scope_of(value, binding.scope)
        node = class_scope.node if class_scope is not None else None
        if node is not None and node.type == "class_body" and node.parent is not None:
            node = node.parent
        for child in node.children if node is not None else ():
            for clause in child.named_children if child.type == "class_heritage" else ():
                base = clause.child_by_field_name("value")
                if base is not None and self.fe.qualname(base, binding.scope) in EMITTERS:
                    return True
        return False

    def listener_registrations(self) -> list[tuple[Node, str, str, Node, Scope]]:
        """Every `emitter.on("event", listener)` of the file (also `once`,
        `addListener`, `prependListener`): (emitter, method, event, listener, its
        scope); read once per file."""
        if self._registrations is not None:
            return self._registrations
        found: list[tuple[Node, str, str, Node, Scope]] = []
        data = self.fe.data
        if any(f".{verb}(".encode() in data for verb in LISTENING_METHODS):
            for node in iter_nodes(self.semantic.root):
                if node.type not in self.syntax.call:
                    continue
                callee = self.fe.callee(node)
                if callee is None or callee.type != "member_expression":
                    continue
                prop = callee.child_by_field_name("property")
                obj = callee.child_by_field_name("object")
                if prop is None or obj is None or self.fe.text(prop) not in LISTENING_METHODS:
                    continue
                args = self.fe.positional_args(node)
                event = self.fe.string_value(args[0]) if args else None
                if event is None or len(args) < 2 or obj.type not in self.syntax.identifier:
                    continue
                verb = self.fe.text(prop)
                found.append((obj, verb, event, args[1], self.semantic.scope_at(node)))
        self._registrations = found
        return found

    def proxy_trap(self, node: Node, scope: Scope, trap: str) -> tuple[str, Node, Scope] | None:
        """`settings.region` on a name bound once to `new Proxy(target, handler)`: the
        handler's `get` trap runs where the property is read."""
        from wac_lint.semantic import Binding

        obj = node.child_by_field_name("object") if node.type == "member_expression" else None
        if obj is None or obj.type not in self.syntax.identifier:
            return None
        binding = self.semantic.resolve(obj, scope)
        if not isinstance(binding, Binding) or binding.assigned_value is None:
            return None
        made = binding.assigned_value
        while made.type in PROXY_WRAPPERS and made.named_children:  # `new Proxy(...) as T`
            made = made.named_children[0]
        ctor = made.child_by_field_name("constructor") if made.type == "new_expression" else None
        if ctor is None or self.fe.text(ctor) != "Proxy":
            return None
        if self.semantic.resolve(ctor, binding.scope) is not None:
            return None  # a class of the file called Proxy
        args = self.fe.positional_args(made)
        handler = args[1] if len(args) > 1 else None
        if handler is not None and handler.type in self.syntax.identifier:
            return self.literal_member(handler, trap, binding.scope)
        if handler is None or handler.type != "object":
            return None
        for entry in handler.named_children:
            key_node = entry.child_by_field_name("key" if entry.type == "pair" else "name")
            if key_node is None or self.fe.text(key_node).strip("\"'") != trap:
                continue
            function = (
                entry if entry.type == "method_definition" else entry.child_by_field_name("value")
            )
            if function is not None and function.type in self.syntax.identifier:
                return self.binding_function(self.semantic.resolve(function, binding.scope))
            if function is not None and (
                function.type in self.syntax.function or function.type == "method_definition"
            ):
                return f"{binding.name}.{trap}", function, binding.scope
        return None

    def accessor_of(self, node: Node, scope: Scope, kind: str) -> tuple[str, Node, Scope] | None:
        """The `get` / `set` accessor (`kind`) that `obj.name` reaches in a TypeScript
        class of the file or one of its bases: a getter and a setter share one name, so
        the class's binding of it holds only one of the two."""
        if node.type != "member_expression":
            return None
        obj = node.child_by_field_name("object")
        attr = node.child_by_field_name(self.syntax.attribute_name_field)
        if obj is None or attr is None:
            return None
        class_scope = self.class_scope_of(obj, scope)
        if class_scope is None:
            return self.literal_accessor(obj, self.fe.text(attr), kind, scope)
        return self.class_accessor(class_scope, self.fe.text(attr), kind)

    def literal_accessor(
        self, obj: Node, name: str, kind: str, scope: Scope
    ) -> tuple[str, Node, Scope] | None:
        """`set progress(p) {...}` of an object literal a name is bound to once."""
        from wac_lint.semantic import Binding

        if obj.type not in self.syntax.identifier:
            return None
        binding = self.semantic.resolve(obj, scope)
        if not isinstance(binding, Binding) or binding.assigned_value is None:
            return None
        value = binding.assigned_value
        while value.type in PROXY_WRAPPERS and value.named_children:
            value = value.named_children[0]
        if value.type != "object":
            return None
        for entry in value.named_children:
            key_node = entry.child_by_field_name("name")
            if (
                entry.type == "method_definition"
                and key_node is not None
                and self.fe.text(key_node) == name
                and any(c.type == kind for c in entry.children[:4])
            ):
                return f"{binding.name}.{name}", entry, binding.scope
        return None

    def class_accessor(
        self, class_scope: Scope, name: str, kind: str, depth: int = 0
    ) -> tuple[str, Node, Scope] | None:
        body = class_scope.node
        if body.type != "class_body":  # the scope of a class is its body or its declaration
            body = body.child_by_field_name("body") or body
        for member in body.named_children:
            if member.type != "method_definition" or not any(
                c.type == kind for c in member.children[:4]
            ):
                continue
            member_name = member.child_by_field_name("name")
            if member_name is not None and self.fe.text(member_name) == name:
                return self.class_prefix(class_scope) + name, member, class_scope
        if depth >= 8:
            return None  # a cycle of bases the file cannot really have
        for base in self.base_classes(class_scope):
            inherited = self.class_accessor(base, name, kind, depth + 1)
            if inherited is not None:
                return inherited
        return None

    def built_elsewhere(self, node: Node, scope: Scope) -> bool:
        """Is the object of the attribute `node` a name imported, or assigned once the
        result of a call (an instance another module's class may have built)?"""
        obj = node.child_by_field_name("object")
        if obj is not None and obj.type == self.syntax.attribute and self.imports_workspace():
            # `kit.clock.now` of `import * as kit`: a member of a module imported whole
            base = obj.child_by_field_name("object")
            bound = self.semantic.resolve(base, scope) if base is not None else None
            return bound is not None and bound.kind == NameKind.IMPORT
        if obj is None or obj.type not in self.syntax.identifier or not self.imports_workspace():
            return False  # without a workspace import, every class is the file's or a package's
        binding = self.semantic.resolve(obj, scope)
        if binding is None:
            return False
        if binding.kind == NameKind.IMPORT:
            return True
        value = binding.assigned_value
        while value is not None and value.type in ("await", "await_expression"):
            value = value.named_children[-1] if value.named_children else None
        return value is not None and (
            value.type in self.syntax.call or value.type in self.syntax.new
        )

    def follow_protocol(
        self,
        node: Node,
        scope: Scope,
        chain: tuple[str, ...],
        site: Span | None,
        frame: Frame | None = None,
    ) -> None:
        """`async for x in Pages(url)` / `with Lease(url):` on an instance of a class of
        the file runs its `__aiter__` / `__anext__` / `__enter__` / `__exit__` there;
        `for await (const x of new Pages(url))` its `[Symbol.asyncIterator]`."""
        is_async = any(c.type in ("async", "await") for c in node.children[:3])
        first_only = False
        if node.type == "assignment_expression":
            # TypeScript `using x = new Lease()` / `await using x = ...` (this grammar reads
            # them as an assignment led by `using`): leaving the block, a thrown suspension
            # included, runs its `[Symbol.dispose]` / `[Symbol.asyncDispose]` (the latter,
            # or failing it the former, under `await`)
            if not node.children or node.children[0].type != "using":
                return
            parent = self.parent_of(node)
            awaited = parent is not None and parent.type == "await_expression"
            values = [node.child_by_field_name("right")]
            methods = (
                ("[Symbol.asyncDispose]", "[Symbol.dispose]") if awaited else ("[Symbol.dispose]",)
            )
            first_only = True
        elif node.type == "await_expression":
            # `await new LazyReport(id)`: awaiting an object whose class defines `then`
            # calls it (a thenable), as `for await` calls `[Symbol.asyncIterator]`
            values = [node.named_children[-1]] if node.named_children else []
            methods = ("then",)
        elif node.type == "template_substitution":
            # `${label}`: turning the object into text calls its `[Symbol.toPrimitive]`,
            # or failing that its `toString`
            values = [node.named_children[0]] if node.named_children else []
            methods = ("[Symbol.toPrimitive]", "toString")
            first_only = True
        elif node.type == "object_pattern":
            self.follow_destructured_getters(node, scope, chain, site)
            return
        elif node.type == "spread_element":
            # `[...batch]` / `f(...batch)`: spreading the object runs its
            # `[Symbol.iterator]` here, and what it yields is in the array
            values = [node.named_children[0]] if node.named_children else []
            methods = ("[Symbol.iterator]",)
            first_only = True
        elif node.type == "for_in_statement":  # TypeScript `for (const x of it)`
            if not any(c.type == "of" for c in node.children):
                return  # `for ... in` walks keys, not an iterator
            values = [node.child_by_field_name("right")]
            methods = (
                ("[Symbol.asyncIterator]", "[Symbol.iterator]")
                if is_async
                else ("[Symbol.iterator]",)
            )
        elif node.type == "for_statement":
            values = [node.child_by_field_name("right")]
            methods = ("__aiter__", "__anext__") if is_async else ("__iter__", "__next__")
        else:
            clause = next((c for c in node.named_children if c.type == "with_clause"), None)
            items = clause.named_children if clause is not None else []
            values = [i.child_by_field_name("value") for i in items if i.type == "with_item"]
            methods = ("__aenter__", "__aexit__") if is_async else ("__enter__", "__exit__")
        for value in values:
            if value is not None and value.type == "as_pattern" and value.named_children:
                value = value.named_children[0]
            class_scope = self.class_scope_of(value, scope) if value is not None else None
            if value is not None and class_scope is None and node.type in LITERAL_PROTOCOLS:
                # `await priceList` where `const priceList = { then(res, rej) {...} }`;
                # `for await (const page of pages)` where `const pages = { async
                # *[Symbol.asyncIterator]() {...} }`; `[...batch]` of such an object
                for method in methods:
                    held = self.literal_member(value, method, scope)
                    if held is None:
                        continue
                    self.follow(held, chain, site or Span.of(value))
                    if node.type == "spread_element" and frame is not None and not chain:
                        self.add_helper_call(value, value, held[1], frame)
                    break
                continue
            if value is None or class_scope is None:
                continue
            prefix = self.class_prefix(class_scope)
            for method in methods:
                found = self.binding_function(class_scope.bindings.get(method))
                if found is not None:
                    self.follow(
                        (prefix + method, found[1], found[2]), chain, site or Span.of(value)
                    )
                    if node.type == "spread_element" and frame is not None and not chain:
                        # a generator yielding task calls, spread in the body: what the
                        # body does with the array must await them, as with `[...each()]`
                        self.add_helper_call(value, value, found[1], frame)
                    if first_only:
                        break

    def follow_conversion(
        self,
        call: Node,
        methods: tuple[str, ...],
        scope: Scope,
        chain: tuple[str, ...],
        site: Span | None,
        frame: Frame,
    ) -> None:
        """`JSON.stringify(report)` / `String(period)` / `Array.from(batch)` of an
        instance of a class of the file: its `toJSON` / `toString` / `[Symbol.iterator]`
        runs there, code of the body."""
        given = self.fe.positional_args(call)
        value = given[0] if given else None
        class_scope = self.built_instance_class(value, scope) if value is not None else None
        if value is None or class_scope is None:
            return
        prefix = self.class_prefix(class_scope)
        for method in methods:
            found = self.binding_function(class_scope.bindings.get(method))
            if found is not None:
                self.follow((prefix + method, found[1], found[2]), chain, site or Span.of(value))
                if method == "[Symbol.iterator]" and len(given) == 1 and not chain:
                    # a generator yielding task calls: the array holds them (`[...batch]`)
                    self.add_helper_call(call, value, found[1], frame)
                return

    def follow_destructured_getters(
        self, pattern: Node, scope: Scope, chain: tuple[str, ...], site: Span | None
    ) -> None:
        """`const { overdue, total } = period`: destructuring reads each named property,
        running the getter a class of the file (or an object literal bound to a name)
        defines for it."""
        holder = self.parent_of(pattern)
        if holder is None or holder.type != "variable_declarator":
            return
        if holder.child_by_field_name("name") != pattern:
            return
        value = holder.child_by_field_name("value")
        while value is not None and value.type in PROXY_WRAPPERS and value.named_children:
            value = value.named_children[0]
        if value is None:
            return
        class_scope = self.built_instance_class(value, scope)
        for entry in pattern.named_children:
            key: Node | None = entry
            if entry.type == "pair_pattern":
                key = entry.child_by_field_name("key")
            elif entry.type == "object_assignment_pattern":
                key = entry.child_by_field_name("left")
            if key is None or key.type not in (
                "shorthand_property_identifier_pattern",
                "property_identifier",
            ):
                continue
            name = self.fe.text(key)
            getter = (
                self.class_accessor(class_scope, name, "get")
                if class_scope is not None
                else self.literal_accessor(value, name, "get", scope)
            )
            if getter is not None:
                self.follow(getter, chain, site or Span.of(key))

    def follow_operator_hooks(
        self, node: Node, scope: Scope, chain: tuple[str, ...], site: Span | None
    ) -> None:
        """`len(queue)`, `email in blocklist`, `f"{label}"`, `if window:`, `book[sku]`,
        `a + b` on an instance of a class of the file: Python calls the class's
        `__len__` / `__contains__` / `__format__` / `__bool__` / `__getitem__` /
        `__add__` there, code of the body like a method called by name."""
        imported = None  # whether the file imports from the workspace, asked once
        if not self.hooks:
            imported = self.imports_workspace()
            if not imported:
                return  # no class of the file defines one, and none is imported
        for value, methods, builtin in self.fe.operator_hooks(node, self.parent_of):
            local = any(method in self.hooks for method in methods)
            if not local:
                if imported is None:
                    imported = self.imports_workspace()
                if not imported:
                    continue  # no class of the file defines one, none imported
            if builtin is not None:
                callee = self.fe.callee(node)
                if callee is None:
                    continue
                if "." in builtin:  # a library function: the callee must name it
                    if self.fe.qualname(callee, scope) != builtin:
                        continue
                elif self.semantic.resolve(callee, scope) is not None:
                    continue  # a function of the file named `len`, not the builtin
            class_scope = self.instance_class(value, scope) if local else None
            if class_scope is None:
                if imported is None:
                    imported = self.imports_workspace()
                if imported:
                    self.follow_imported_hook(value, methods, scope, chain, site)
                continue
            for method in methods:
                found = self.class_method(class_scope, method)
                if found is not None:
                    self.follow(found, chain, site or Span.of(value))
                    break

    def built_instance_class(self, value: Node, scope: Scope) -> Scope | None:
        """`instance_class`, and the class of a `new X(...)` written there."""
        while value.type in self.syntax.transparent and value.named_children:
            value = value.named_children[0]
        if value.type in self.syntax.new:
            return self.class_scope_of(value, scope)
        return self.instance_class(value, scope)

    def follow_imported_hook(
        self,
        value: Node,
        methods: tuple[str, ...],
        scope: Scope,
        chain: tuple[str, ...],
        site: Span | None,
    ) -> None:
        """`flag in flags` / `flags[key]` where `flags` is imported, or holds what a call
        returned (an instance another module's class may have built): its class's
        `__contains__` / `__getitem__` runs here (cross-file analysis decides)."""
        while value.type in self.syntax.transparent and value.named_children:
            value = value.named_children[0]
        if not self.imported_operand(value, scope):
            return
        self.model.relative_import_calls.append(
            BodyCall(
                f"{self.fe.text(value)}.{methods[0]}",
                CallKind.HOOK,
                value,
                Span.of(value),
                0,
                chain,
                site,
                methods=methods,
            )
        )

    def imported_operand(self, value: Node, scope: Scope) -> bool:
        """An operand another module's class may have built: a name imported, a member of
        a module imported whole (`queues.pending`), or a name holding what a call returned
        (not a task's result, which is JSON)."""
        if value.type == self.syntax.attribute:
            base = value.child_by_field_name("object")
            bound = self.semantic.resolve(base, scope) if base is not None else None
            return (
                base is not None
                and base.type in self.syntax.identifier
                and bound is not None
                and bound.kind == NameKind.IMPORT
            )
        if value.type not in self.syntax.identifier:
            return False
        binding = self.semantic.resolve(value, scope)
        if binding is None or binding.kind in (NameKind.CLASS, NameKind.NAMESPACE):
            return False
        if binding.kind == NameKind.IMPORT:
            return True
        held = binding.assigned_value
        while held is not None and held.type in self.syntax.awaits and held.named_children:
            held = held.named_children[-1]
        if held is None or held.type not in self.syntax.call:
            return False
        return not self.task_result(held, binding.scope)

    def instance_class(self, value: Node, scope: Scope) -> Scope | None:
        """The class of the file `value` is an instance of: `class_scope_of`, less a
        class named itself (`len(Plugin)` asks its metaclass, not `Plugin.__len__`)."""
        while value.type in self.syntax.transparent and value.named_children:
            value = value.named_children[0]
        if value.type in self.syntax.identifier:
            binding = self.semantic.resolve(value, scope)
            if binding is None or binding.kind in (NameKind.CLASS, NameKind.NAMESPACE):
                return None
            held = binding.assigned_value
            if held is not None and self.task_result(held, binding.scope):
                return None
        elif value.type == self.syntax.attribute:
            outer = value.child_by_field_name("object")
            inner = value.child_by_field_name(self.syntax.attribute_name_field)
            holder = self.class_scope_of(outer, scope) if outer is not None else None
            member = holder.bindings.get(self.fe.text(inner)) if holder and inner else None
            if member is not None and member.kind in (NameKind.CLASS, NameKind.NAMESPACE):
                return None
        elif value.type not in self.syntax.call:
            return None
        elif self.task_result(value, scope):
            return None
        return self.class_scope_of(value, scope)

    def task_result(self, value: Node, scope: Scope) -> bool:
        """`(await) enrich(x)` for a task of the file: its JSON result, never an
        instance of the class its function returns."""
        while value.type in self.syntax.awaits and value.named_children:
            value = value.named_children[-1]
        callee = self.fe.callee(value) if value.type in self.syntax.call else None
        return callee is not None and self.task_of(callee, scope) is not None

    def walk_eager_defaults(
        self, fn: Node, frame: Frame, chain: tuple[str, ...], site: Span | None
    ) -> None:
        """Walk the default values `fn`'s definition computes, as code of `frame`.

        The function itself runs elsewhere (in a step, or where it is called), but
        `lambda resp=requests.get(url): ...` sends the request where it is written.
        """
        eager = self.syntax.eager_defaults
        params = fn.child_by_field_name("parameters") if eager else None
        if params is None:
            return
        for param in params.named_children:
            value = param.child_by_field_name("value") if param.type in eager else None
            if value is not None:
                self.walk(value, frame, chain, site)

    def drops_mapped_promises(self, fn: Node, call: Node, scope: Scope) -> bool:
        """`xs.map(async (x) => ...)` whose array of promises nobody consumes.

        Stored (`const ps = xs.map(...)`) is decided after the walk, when every
        later use of the name is known (`settle_stored_mappers`).
        """
        if not any(c.type == "async" for c in fn.children[:3]):
            return False
        callee = self.fe.callee(call)
        qual = self.fe.qualname(callee, scope) if callee is not None else None
        if qual in self.fe.predicate_takers:
            return True  # `xs.filter(async ...)`: whatever the call's result becomes
        if callee is None or qual not in self.fe.task_mappers:
            return False
        verdict = self._consumption(call)[0]
        if verdict == STORED:
            self.stored_mappers.append((fn, call, Span.of(callee)))
        return verdict == DROPPED

    def settle_stored_mappers(self) -> None:
        for fn, call, callee in self.stored_mappers:
            if self.stored_use(call)[0] != DROPPED:
                continue
            for durable in self.model.durable_calls:
                inside = fn.start_byte <= durable.node.start_byte < fn.end_byte
                if inside and durable.dropped_by is None:
                    durable.consumption = DROPPED
                    durable.dropped_by = callee

    def add_decorator_handlers(
        self, helper: tuple[str, Node, Scope], chain: tuple[str, ...], site: Span
    ) -> None:
        """A helper that reaches durable calls, decorated by a library that retries
        what it raises, the SDK's suspension included (`@retry(retry=...)`): once per
        helper, reported where the workflow first calls it."""
        name, function, _ = helper
        if key(function) in self.decorated_handled:
            return
        self.decorated_handled.add(key(function))
        for call, callee in self.fe.retrying_decorators(function):
            handler = ExceptionHandler(
                kind=HandlerKind.RETRYING_CALL,
                node=call,
                span=Span.of(callee),
                rethrow=Rethrow.NEVER,
                protects_durable=True,
                chain=(*chain, name),
            )
            handler.site = site
            self.model.handlers.append(handler)

    def add_handlers(
        self, node: Node, scope: Scope, chain: tuple[str, ...], site: Span | None
    ) -> None:
        for handler in self.fe.handler_of(node, self, scope, chain):
            handler.site = site if chain else None
            self.model.handlers.append(handler)

    def visit_finally(self, try_node: Node, scope: Scope) -> None:
        clause = next((c for c in try_node.children if c.type == "finally_clause"), None)
        if clause is None:
            return
        keyword = clause.children[0] if clause.children else clause
        body = try_node.child_by_field_name("body")
        exits = [Span.of(n) for n in self.exits_of(clause)]
        protects = body is not None and self.holds_durable(body, scope)
        self.model.finally_blocks.append(FinallyBlock(clause, Span.of(keyword), protects, exits))

    def exits_of(self, block: Node) -> list[Node]:
        """return / break / continue statements that leave `block` itself."""
        found = []
        for node in iter_nodes(block):
            if node.type == "return_statement":
                if self.fe.enclosing_function(node) == self.fe.enclosing_function(block):
                    found.append(node)
            elif node.type in ("break_statement", "continue_statement"):
                if not self.inside_loop_within(node, block):
                    found.append(node)
        return found

    def inside_loop_within(self, node: Node, block: Node) -> bool:
        parent = node.parent
        while parent is not None and parent != block:
            if parent.type in LOOPS or parent.type in self.syntax.function:
                return True
            if parent.type == "switch_statement" and node.type == "break_statement":
                return True
            parent = parent.parent
        return False

    def is_durable_callback(self, fn: Node, call: Node | None, scope: Scope) -> bool:
        """True for a task's own function, or one passed straight to step()/task()."""
        if (fn.start_byte, fn.end_byte) in self.task_functions:
            return True
        if call is None:
            return False
        sdk = self.fe.resolve_sdk(self.fe.callee(call), scope)
        if sdk is not None and sdk[0] in ("step", "task"):
            return True
        callee = self.fe.callee(call)
        qual = self.fe.qualname(callee, scope) if callee is not None else None
        return qual in DEFERRING_CALLS or self.forwarded_to_step(call, fn, scope)

    def forwarded_to_step(self, call: Node, arg: Node, scope: Scope) -> bool:
        """`checkpoint("rates", lambda: fetch())` where the file's `checkpoint(name, fn)`
        does nothing with `fn` but hand it to `step(name, fn)`: the function is a step
        callback, run inside the step, not by the body."""
        fe = self.fe
        callee = fe.callee(call)
        helper = self.local_function(callee, scope) if callee is not None else None
        if helper is None:
            return False
        function = helper[1]
        params = [p.name for p in fe.function_info(function).params]
        if params and params[0] in ("self", "cls") and callee is not None:
            if callee.type == self.syntax.attribute:
                params = params[1:]  # `ck.save(label, fn)`: the receiver is `self`
        parent = self.parent_of(arg)
        if parent is not None and parent.type == "keyword_argument":
            key = parent.child_by_field_name("name")
            param = fe.text(key) if key is not None else None
        else:
            positional = fe.positional_args(call)
            index = positional.index(arg) if arg in positional else -1
            param = params[index] if 0 <= index < len(params) else None
        body = function.child_by_field_name("body")
        if param is None or param not in params or body is None:
            return False
        memo_key = (function.id, param)
        if memo_key not in self.forward_memo:
            self.forward_memo[memo_key] = self.only_handed_to_step(body, param)
        return self.forward_memo[memo_key]

    def deferred_by_decorator(self, function: Node) -> bool:
        """`@durable def fetch(...)` where the file's decorator `durable(fn)` returns a
        wrapper that calls `fn` only inside the function it hands to `step(...)`
        (`step(fn.__name__, lambda: fn(*args))`): calling `fetch` runs its body in the
        step, so it is not body code. Other reads of `fn` there may only read its
        attributes (`fn.__name__`)."""
        found = self.deferral_memo.get(function.id)
        if found is not None:
            return found
        found = False
        decorated = function.parent
        if decorated is not None and decorated.type == "decorated_definition":
            for decorator in decorated.named_children:
                expression = decorator.named_children[0] if decorator.named_children else None
                if decorator.type != "decorator" or expression is None:
                    continue
                factory = expression.type in self.syntax.call
                if factory:  # `@checkpointed("rates")`: the decorator the factory returns
                    expression = self.fe.callee(expression)
                if expression is None or expression.type not in self.syntax.identifier:
                    continue
                maker = self.binding_function(
                    self.semantic.resolve(expression, self.semantic.module)
                )
                if factory and maker is not None:
                    made = self.returned_function(maker)
                    maker = (maker[0], *made) if made is not None else None
                product = self.returned_function(maker) if maker is not None else None
                params = self.fe.function_info(maker[1]).params if maker is not None else []
                body = product[0].child_by_field_name("body") if product is not None else None
                if params and body is not None and self.called_only_in_steps(body, params[0].name):
                    found = True
                    break
        self.deferral_memo[function.id] = found
        return found

    def called_only_in_steps(self, body: Node, param: str) -> bool:
        """`param` is called in `body` only inside functions handed to `step(...)` as its
        function (at least once), and otherwise only has its attributes read."""
        fe = self.fe
        calls = 0
        step_functions: set[int] = set()  # the function arguments of `step` calls
        stack: list[tuple[Node, bool]] = [(body, False)]
        while stack:
            node, in_step = stack.pop()
            in_step = in_step or node.id in step_functions
            if node.type in self.syntax.identifier and fe.text(node) == param:
                parent = node.parent
                if parent is not None and parent.type in self.syntax.call:
                    if fe.callee(parent) != node or not in_step:
                        return False  # called in the wrapper, or handed on
                    calls += 1
                elif parent is None or parent.type != self.syntax.attribute:
                    return False  # kept, returned or passed: it may run anywhere
                continue
            if node.type in self.syntax.call:
                sdk = fe.resolve_sdk(fe.callee(node))
                args = fe.positional_args(node)
                if sdk is not None and sdk[0] == "step" and len(args) > 1:
                    step_functions.add(args[1].id)
            stack.extend((c, in_step) for c in node.named_children)
        return calls > 0

    def only_handed_to_step(self, body: Node, param: str) -> bool:
        """Every use of `param` in `body` is the function argument of a `step` call."""
        fe = self.fe
        uses = 0
        stack = [body]
        while stack:
            node = stack.pop()
            if node.type in self.syntax.function:
                continue  # a nested function could call it: not followed
            if node.type in self.syntax.identifier and fe.text(node) == param:
                holder = self.call_of_argument(node)
                if holder is None:
                    return False
                sdk = fe.resolve_sdk(fe.callee(holder))
                args = fe.positional_args(holder)
                if sdk is None or sdk[0] != "step":
                    return False
                if not (len(args) > 1 and args[1] == node) and fe.keyword_arg(holder, "fn") != node:
                    return False
                uses += 1
                continue
            stack.extend(node.named_children)
        return uses > 0

    def parent_of(self, node: Node) -> Node | None:
        """`node.parent`, from the walk's ancestors when `node` is on the current path.

        `Node.parent` costs the node's depth (tree-sitter walks down from the root):
        asked at every level of 20,000 nested awaits it was quadratic.
        """
        ancestors = self.ancestors
        if node == self.current:
            return ancestors[-1] if ancestors else node.parent
        for index in range(len(ancestors) - 1, 0, -1):
            if ancestors[index] == node:
                return ancestors[index - 1]
        return node.parent

    def call_of_argument(self, node: Node, ancestors: list[Node] | None = None) -> Node | None:
        """The call `node` is an argument of (ancestors, when known, spare parent lookups,
        which tree-sitter answers from the root down)."""
        index = len(ancestors) if ancestors is not None else -1

        def up(current: Node) -> Node | None:
            nonlocal index
            if ancestors is None or index <= 0:
                return current.parent
            index -= 1
            return ancestors[index]

        parent = up(node)
        while parent is not None and parent.type in (
            "parenthesized_expression",
            "keyword_argument",
        ):
            parent = up(parent)
        if parent is not None and parent.type in self.syntax.arguments:
            call = up(parent)
            if call is not None and call.type in self.syntax.call:
                return call
        return None

    # ---- calls -----------------------------------------------------------------
    def visit_call(
        self, call: Node, frame: Frame, chain: tuple[str, ...], site: Span | None
    ) -> str | None:
        """Record one call: durable, a gather, or a plain call (and follow helpers).

        The SDK concept (`step`, `task`, ...) when the call's function arguments are
        step or task code, else None.
        """
        fe = self.fe
        scope = frame.scope
        body = not chain
        record = not frame.deferred
        if call.type in self.syntax.new:
            ctor = call.child_by_field_name("constructor")
            name = fe.qualname(ctor, scope)
            if record and name is not None and not name.startswith(LOCAL):
                args = call.child_by_field_name("arguments")
                count = args.named_child_count if args is not None else 0
                self.add_body_call(name, CallKind.NEW, call, chain, count, site)
            for built in self.constructed(ctor, scope) if record and ctor is not None else ():
                self.walk_omitted_defaults(built, call, chain, site or Span.of(call))
                self.follow(built, chain, site or Span.of(call))
            if record and ctor is not None:
                self.walk_field_initializers(ctor, scope, chain, site or Span.of(call), call)
            return None
        callee = fe.callee(call)
        if callee is None:
            return None
        sdk = fe.resolve_sdk(callee, scope)
        if sdk is not None:
            concept = sdk[0]
            if concept in DURABLE_CONCEPTS and body:
                self.add_durable(call, callee, DURABLE_CONCEPTS[concept], frame)
            elif concept == "parallel":
                if body:
                    self.add_durable(call, callee, DurableKind.PARALLEL, frame)
                if record:
                    self.follow_references(call, scope, chain, site, runs=True)
            elif concept == "get_resume_urls" and record:
                self.add_body_call(
                    f"{fe.sdk_module}.{fe.text(callee).split('.')[-1]}",
                    CallKind.CALL,
                    call,
                    chain,
                    len(fe.positional_args(call)),
                    site,
                )
            if concept in ("step", "task", "task_script", "task_flow"):
                return concept
            return None
        if callee.type in self.syntax.call:
            inner = fe.resolve_sdk(fe.callee(callee), scope)
            if inner is not None and inner[0] in ("task", "task_script", "task_flow"):
                # `await task(async () => ...)()`: a task defined and called on the spot
                task = next((t for t in fe.model.tasks if t.node == callee), None)
                self.record_task(task, chain, site, call)
                if body:
                    self.add_durable(call, callee, DurableKind.TASK, frame, task)
                return None
        callee = self.forwarded_function(call, callee, scope) or callee
        task = (
            self.task_of(callee, scope)
            or self.element_task(callee, scope)
            or self.table_task(callee, scope)
            or self.partial_task(callee, scope)
            or self.picked_task(callee, scope)
        )
        if task is not None:
            self.record_task(task, chain, site, call)
            if body:
                self.add_durable(call, callee, DurableKind.TASK, frame, task)
                if self.folded_call(callee, scope):
                    # `reduce(lambda acc, stage: stage(acc), STAGES, x)`: each stage's
                    # coroutine is the next stage's argument; only the last is awaited
                    self.model.durable_calls[-1].consumption = DROPPED
            if record:
                for wrapper in self.decorators_above_task(task):
                    # the wrapper calls the task it decorates: a durable call, which its
                    # handlers may swallow (`except BaseException:` around `await fn(...)`)
                    self.follow(wrapper, chain, site or Span.of(call), durable_args=True)
                function = task.function.node if task.function is not None else None
                for decorator in self.imported_decorators(function, task.span.start_byte):
                    # `@with_metrics` of another module written above `@task()`; its
                    # wrapper's handlers guard the task (`except BaseException:`)
                    self.imported_wrapper_handlers(decorator, chain, site or Span.of(call))
                    self.model.relative_import_calls.append(
                        BodyCall(
                            fe.qualname(decorator, scope) or fe.text(decorator),
                            CallKind.DECORATED,
                            decorator,
                            Span.of(callee),
                            0,
                            (*chain, task.binding or fe.text(callee)),
                            site or Span.of(callee),
                        )
                    )
            return None
        qual = fe.qualname(callee, scope)
        if qual in fe.gather_names:
            if body:
                self.add_durable(call, callee, DurableKind.GATHER, frame)
            return None
        if qual in CONVERSION_HOOKS and record and not frame.deferred:
            self.follow_conversion(call, CONVERSION_HOOKS[qual], scope, chain, site, frame)
        if qual in fe.task_mappers and body:
            mapped = self.mapped_task(call, scope)
            if mapped is not None:
                self.record_task(mapped, chain, None, call)
                self.add_durable(call, callee, DurableKind.TASK, frame, mapped)
                return None
        if not record:
            return None  # a function defined in the body: walked where it is called
        if qual is not None and not qual.startswith(LOCAL) and not self.binds_only(callee):
            self.add_body_call(
                qual, CallKind.CALL, call, chain, len(fe.positional_args(call)), site
            )
        applied = self.method_applied(callee, call, scope) if qual is None else None
        if applied is not None:
            # `notify = methodcaller("post", url)` then `notify(session)`: `session.post(url)`
            self.add_body_call(applied[0], CallKind.CALL, call, chain, applied[1], site)
        inline = callee
        while inline.type == "parenthesized_expression" and inline.named_children:
            inline = inline.named_children[0]
        if body and inline.type in self.syntax.function and self.reaches_durable(inline, scope):
            # `(async () => { await t(x); })()`: its promise must be consumed like a task's
            self.add_helper_call(call, callee, inline, frame)
        self.found_receiver = None
        helper = direct = self.local_function(callee, scope)
        # a `let` that may hold one of several functions here: each may run
        reassigned = (
            self.reaching_functions(fe.semantic.resolve(callee, scope), callee)
            if helper is None and callee.type in self.syntax.identifier
            else None
        )
        # each helper, with the class `self` is in it when it is inherited (`Pending.receiver`)
        helpers: list[tuple[tuple[str, Node, Scope], Scope | None]] = (
            [(helper, self.receiver_found())]
            if helper is not None
            else [(h, None) for h in reassigned]
            if reassigned
            else [(h, None) for h in self.dispatched_functions(callee, scope)]
            or [(h, None) for h in self.looked_up_functions(callee, scope)]
            or [(h, None) for h in self.picked_functions(callee, scope)]
            or [(h, None) for h in self.field_functions(callee, scope)]
            or [(h, None) for h in self.table_class_methods(callee, scope)]
            or [(h, None) for h in self.iterated_functions(callee, scope)]
            or [(h, None) for h in self.chosen_functions(callee, scope)]
            or [(h, None) for h in self.constructed(callee, scope)]
            or self.factory_methods(callee, scope)
        )
        if direct is not None:
            # `@singledispatch def emit(...)`: the implementation registered for the
            # argument's type runs (`@emit.register def _(e: Alert)`), any of them
            given = fe.positional_args(call)
            helpers += [
                (h, None)
                for h in self.registered_implementations(direct, given[0] if given else None)
            ]
        if not helpers and self.imported_name(callee, scope):
            args = call.child_by_field_name("arguments")
            durable = args is not None and (
                self.arguments_hold_durable(args, scope) or self.passes_task(args, scope)
            )
            self.imported_handlers(call, callee, scope, chain, site or Span.of(call), durable)
        if helpers:
            args = call.child_by_field_name("arguments")
            durable_args = args is not None and (
                self.arguments_hold_durable(args, scope) or self.passes_task(args, scope)
            )
            if not durable_args and direct is not None:
                durable_args = self.factory_given_durable(callee, scope)
            for helper, receiver in helpers:
                if (
                    direct is not None
                    and helper[1].id == direct[1].id
                    and self.deferred_by_decorator(helper[1])
                ):
                    # `@durable def fetch(...)` whose wrapper runs it inside `step(...)`:
                    # its body is a step callback, not body code (the wrapper is
                    # followed below)
                    continue
                if body and self.reaches_durable(helper[1], helper[2]):
                    self.add_helper_call(call, callee, helper[1], frame)
                self.walk_omitted_defaults(helper, call, chain, site or Span.of(call))
                self.follow(helper, chain, site or Span.of(call), durable_args, receiver=receiver)
                self.follow_called_arguments(helper, call, scope, chain, site or Span.of(call))
            for wrapped in self.wrapped_functions(callee, scope):
                # `price_of = traced(_price_of)` then `price_of(sku)`: the wrapper calls
                # the function it was given, which is walked for this call
                self.follow(wrapped, (*chain, fe.text(callee)), site or Span.of(call), durable_args)
            if direct is not None:
                # `@timed def summarize(...)`: the call runs the wrapper `timed` returns,
                # which calls the decorated function: durable when that one is
                durable_helper = self.reaches_durable(direct[1], direct[2])
                for wrapper in self.decorator_wrappers(direct[1]):
                    self.follow(wrapper, chain, site or Span.of(call), durable_helper)
                if durable_helper:
                    self.add_decorator_handlers(direct, chain, site or Span.of(call))
                for decorator in self.imported_decorators(direct[1]):
                    self.model.relative_import_calls.append(
                        BodyCall(
                            fe.qualname(decorator, scope) or fe.text(decorator),
                            CallKind.DECORATED,
                            decorator,
                            Span.of(callee),
                            0,
                            (*chain, direct[0]),
                            site or Span.of(callee),
                        )
                    )
        elif qual is not None and qual.startswith(LOCAL):
            self.model.relative_import_calls.append(
                BodyCall(qual, CallKind.CALL, call, Span.of(callee), 0, chain, site)
            )
        else:
            table = self.imported_table(callee, scope) if qual is None else None
            if table is None and qual is None and callee.type in self.syntax.identifier:
                # `handler = HANDLERS[kind]` then `handler(payload)`: the table's member
                held = self.held_table_read(callee, scope)
                table = self.imported_table(held, scope) if held is not None else None
            if table is not None:
                # `API["post"](...)` / `HANDLERS[kind](...)` on an imported table of
                # functions: cross-file analysis follows its members
                self.model.relative_import_calls.append(
                    BodyCall(f"{table}[]", CallKind.CALL, call, Span.of(callee), 0, chain, site)
                )
            if (
                qual is None
                and table is None
                and self.table_get(callee) is None  # `HANDLERS.get(kind)(...)`: a table's
                and self.calls_a_result(callee, scope)
            ):
                # `send = make_sender(url)` then `send(...)`, `make_sender(url)(...)`:
                # cross-file analysis follows what an imported function returns
                self.model.relative_import_calls.append(
                    BodyCall(fe.label(callee), CallKind.CALL, call, Span.of(callee), 0, chain, site)
                )
            for member in self.imported_members(callee, scope) if qual is None else []:
                # `SENDERS[kind](...)` on a table of the file holding imported functions
                # (`{"json": post_json}`): cross-file analysis follows each
                self.model.relative_import_calls.append(
                    BodyCall(
                        self.semantic.qualified_name(member, scope) or self.fe.text(member),
                        CallKind.CALL,
                        member,
                        Span.of(callee),
                        0,
                        chain,
                        site or Span.of(callee),
                    )
                )
            if qual not in DEFERRING_CALLS:
                self.follow_references(call, scope, chain, site)
            schema = callee.child_by_field_name("object")
            if (
                callee.type == self.syntax.attribute
                and schema is not None
                and fe.text(callee).rsplit(".", 1)[-1] in RUNS_CAPTURED_METHODS
            ):
                # `Job.parse(input)` with `Job = z.object({ at: z.string().default(() =>
                # new Date().toISOString()) })`: the schema's callbacks run here
                self.follow_wrapped(schema, scope, chain, site or Span.of(call), True)
            at = RUNS_SCHEMA_ARGUMENT.get(qual) if qual is not None else None
            given = self.fe.positional_args(call) if at is not None else []
            if at is not None and at < len(given):
                # `v.parse(Request, input)`: the schema given runs its callbacks here
                self.follow_wrapped(given[at], scope, chain, site or Span.of(call), True)
            # `rate = memoize(async (c) => fetch(...))` / `locate = R.pipe(clean,
            # geocode)` then `rate(c)`: the function the library returns runs the
            # functions it was given, here
            self.follow_wrapped(callee, scope, chain, site or Span.of(call))
        if direct is None:  # `RunRecord(pipeline)`: a class of the file built here
            self.walk_field_initializers(callee, scope, chain, site or Span.of(call), call)
        return None

    def imported_table(self, callee: Node, scope: Scope) -> str | None:
        """The qualified name of the imported object a subscripted callee reads from
        (`API` of `API["post"]`, `handlers` of `handlers[kind]`), else None."""
        getter = self.table_get(callee)  # `REFUNDS.get(method)(...)`
        if getter is not None:
            obj = getter[0]
        elif callee.type in ("subscript", "subscript_expression"):
            obj = callee.child_by_field_name("value") or callee.child_by_field_name("object")
        else:
            return None
        if obj is None or (
            obj.type not in self.syntax.identifier and obj.type != self.syntax.attribute
        ):
            return None  # `API[...]`, or `billing.API[...]` of a module imported whole
        name = self.fe.qualname(obj, scope)
        if name is None or name.startswith(LOCAL) or "(" in name:
            return None  # a table of this file: `dispatched_functions` reads it
        return name

    def walk_omitted_defaults(
        self, helper: tuple[str, Node, Scope], call: Node, chain: tuple[str, ...], site: Span
    ) -> None:
        """TypeScript evaluates a parameter's default at each call that omits it
        (`constructor(days: number, now = new Date())` built with one argument): those
        defaults run as the callee's code. Python's run once, at `def`."""
        if not self.syntax.call_defaults:
            return
        params = helper[1].child_by_field_name("parameters")
        args = call.child_by_field_name("arguments")
        values = [a for a in args.named_children if a.type != "comment"] if args else []
        if params is None or any(a.type == "spread_element" for a in values):
            return  # `f(...xs)`: which parameters get a value is not known
        given = len(values)
        inner = self.semantic.scopes.open(helper[1], helper[2])
        for param in params.named_children[given:]:
            value = param.child_by_field_name("value")
            if param.type in self.syntax.call_defaults and value is not None:
                self.walk(value, Frame(True, inner, None), (*chain, helper[0]), site)

    def walk_field_initializers(
        self,
        callee: Node,
        scope: Scope,
        chain: tuple[str, ...],
        site: Span,
        call: Node | None = None,
    ) -> None:
        """Building an instance of a class of the file runs its field initializers
        (TypeScript `startedAt = Date.now()`) and the `default_factory` of its dataclass
        `field(...)` / pydantic `Field(...)` declarations: as the class's code."""
        if callee.type not in self.syntax.identifier:
            return
        binding = self.semantic.resolve(callee, scope)
        if binding is None or binding.kind != NameKind.CLASS or binding.value is None:
            return
        class_scope = self.class_scope_of(callee, scope)
        if class_scope is not None:
            self.walk_class_members(
                binding.value, class_scope, self.fe.text(callee), chain, site, call
            )

    def walk_class_members(
        self,
        cls: Node,
        class_scope: Scope,
        name: str,
        chain: tuple[str, ...],
        site: Span,
        call: Node | None = None,
        depth: int = 0,
    ) -> None:
        """What building an instance of the class `cls` runs beside its constructor
        (see `walk_field_initializers`), its bases' field initializers included (`depth`:
        how far up the file's bases this is)."""
        body = cls.child_by_field_name("body")
        if body is None:
            return
        if depth == 0:
            given = self.base_arguments(class_scope, call)
            for base, written in self.external_bases(cls, class_scope):
                # `class Settings(BaseSettings)` built here: the library class's own
                # construction runs too (pydantic-settings reads the environment)
                self.add_body_call(base, CallKind.INHERITED, written, (*chain, name), given, site)
        outer = class_scope.parent or class_scope
        own = self.fe.class_method(cls, "__init__")
        if own is not None and self.super_arguments(own) is None:
            return  # Python: its own `__init__`, not calling the base's, builds it
        for base_name in self.fe.base_names(cls) if depth < 8 else ():
            # `class Audit(BaseRecord)` where the file's `BaseRecord` has field initializers /
            # `default_factory` fields: building an `Audit` runs them too
            bound = self.semantic.lookup(base_name, outer)
            if bound is None or bound.kind != NameKind.CLASS or bound.value is None:
                continue
            base_scope = self.open_class(bound.value, bound.scope)
            if base_scope is not None and bound.value.id != cls.id:
                self.walk_class_members(
                    bound.value, base_scope, base_name, chain, site, None, depth + 1
                )
        for member in body.named_children:
            if member.type == "public_field_definition":
                value = member.child_by_field_name("value")
                static = any(c.type == "static" for c in member.children)
                if value is not None and not static and value.type not in self.syntax.function:
                    self.walk(value, Frame(True, class_scope, None), (*chain, name), site)
            elif member.type == "expression_statement" and member.named_children:
                self.follow_default_factory(
                    member.named_children[0], name, class_scope, chain, site
                )

    def base_arguments(self, class_scope: Scope, call: Node | None) -> int:
        """How many arguments the imported base class is built with, as far as the
        catalogue needs it (`random.Random()` is seeded from the OS, `random.Random(x)`
        is not): those of the call when neither the class nor a base of the file
        defines a constructor; else what its constructor passes to `super().__init__(...)`
        / `super(...)` when it makes exactly one such call, else 1 (not known)."""
        if call is None:
            return 1
        for method in self.fe.constructor_methods:
            found = self.class_method(class_scope, method)
            if found is None:
                continue
            passed = self.super_arguments(found[1])
            return passed if passed is not None else 1
        args = call.child_by_field_name("arguments")
        return sum(1 for a in args.named_children if a.type != "comment") if args else 0

    def super_arguments(self, constructor: Node) -> int | None:
        """The number of arguments a constructor passes to its base's: its one
        `super().__init__(...)` (Python) or `super(...)` (TypeScript) call."""
        body = constructor.child_by_field_name("body")
        counts: list[int] = []
        stack = [body] if body is not None else []
        while stack:
            node = stack.pop()
            if node.type in self.syntax.function or node.type in self.syntax.class_definition:
                continue
            if node.type in self.syntax.call:
                callee = self.fe.callee(node)
                text = self.fe.text(callee) if callee is not None else ""
                typescript_super = callee is not None and callee.type == "super"
                if text == "super().__init__" or typescript_super:
                    args = node.child_by_field_name("arguments")
                    counts.append(
                        sum(1 for a in args.named_children if a.type != "comment") if args else 0
                    )
            stack.extend(node.named_children)
        return counts[0] if len(counts) == 1 else None

    def follow_default_factory(
        self, assigned: Node, name: str, class_scope: Scope, chain: tuple[str, ...], site: Span
    ) -> None:
        """`started_at: str = field(default_factory=...)` in a class body."""
        value = assigned.child_by_field_name("right") if assigned.type == "assignment" else None
        if value is None or value.type not in self.syntax.call:
            return
        maker = self.fe.qualname(self.fe.callee(value), class_scope)
        if maker not in DEFAULT_FACTORY_MAKERS:
            return
        args = value.child_by_field_name("arguments")
        for arg in args.named_children if args is not None else ():
            key_node = arg.child_by_field_name("name") if arg.type == "keyword_argument" else None
            factory = arg.child_by_field_name("value")
            if key_node is None or factory is None or self.fe.text(key_node) != "default_factory":
                continue
            if factory.type in self.syntax.function:
                self.follow((f"{name}.__init__", factory, class_scope), chain, site)
                continue
            helper = self.local_function(factory, class_scope)
            if helper is not None:
                self.follow(helper, (*chain, name), site)
                continue
            qual = self.fe.qualname(factory, class_scope)
            if qual is not None and not qual.startswith((".", LOCAL)) and "(" not in qual:
                self.add_body_call(qual, CallKind.CALL, factory, (*chain, name), 0, site)

    def follow(
        self,
        helper: tuple[str, Node, Scope],
        chain: tuple[str, ...],
        site: Span,
        durable_args: bool = False,
        role: CodeRole = CodeRole.BODY,
        receiver: Scope | None = None,
    ) -> None:
        name, function, outer = helper
        k = key(function)
        if (function.start_byte, function.end_byte) in self.task_functions:
            return
        walked = (k, receiver.node.id if receiver is not None else None)
        if receiver is not None:
            # walked once per class of `self` it runs for: its `self.m()` differ
            as_receiver = (k, receiver.node.id)
            if as_receiver in self.visited_as:
                self.revisits.append((walked, Walked((*chain, name), site)))
                self.handler_revisits.append((walked, Walked((*chain, name), site), False))
                return
            self.visited_as.add(as_receiver)
        elif k in self.visited:
            self.revisits.append((walked, Walked((*chain, name), site)))
            self.handler_revisits.append((walked, Walked((*chain, name), site), durable_args))
            if durable_args and k not in self.visited_durable:
                self.durable_walks.setdefault(walked, Walked((*chain, name), site))
                # walked first for a call that handed it nothing durable (`@best_effort`'s
                # wrapper around a pure helper): its handlers are judged again for the
                # one that hands it a durable call (the wrapper around a helper awaiting
                # a task), whichever comes first in the body
                self.visited_durable.add(k)
                self.pending.append(
                    Pending(name, function, outer, (*chain, name), site, True, receiver, True)
                )
            return
        self.visited.add(k)
        if durable_args:
            self.visited_durable.add(k)
            self.durable_walks.setdefault(walked, Walked((*chain, name), site))
        self.first_walks.setdefault(walked, Walked((*chain, name), site))
        self.first_durable.setdefault(walked, durable_args)
        params = function.child_by_field_name("parameters")
        if params is not None and self.syntax.call_defaults:
            self.parameter_bytes[k] = (params.start_byte, params.end_byte)
        self.record(function, name, role, (*chain, name), site)
        self.pending.append(
            Pending(name, function, outer, (*chain, name), site, durable_args, receiver)
        )
        if function.type == "method_definition" and role == CodeRole.BODY:
            self.follow_method_decorators(function, outer, chain, site, name)

    def follow_method_decorators(
        self,
        method: Node,
        class_scope: Scope,
        chain: tuple[str, ...],
        site: Span,
        name: str | None = None,
    ) -> None:
        """A TypeScript method under decorators (`@audited async invoice()`): calling it
        runs what each decorator put in its place, the function the decorator assigns to
        the descriptor's `value` or returns (its own body ran when the class was
        defined); a decorator another module defines (`@logged` of `import { logged }
        from "./decorators.ts"`) is followed there, as Python's are."""
        for sibling in self.decorators_of(method):
            expr = sibling.named_children[0] if sibling.named_children else None
            if expr is None or expr.type not in self.syntax.identifier:
                continue  # a decorator factory's call (`@audit("x")`) is not followed
            found = self.local_function(expr, class_scope)
            if found is None:
                continue
            maker, decorator, outer = found
            inner = self.semantic.scopes.open(decorator, outer)
            for wrapper in self.installed_wrappers(decorator):
                self.follow((maker, wrapper, inner), chain, site)
        self.record_imported_decorators(method, (*chain, name) if name else chain, site)

    def decorators_of(self, function: Node | None) -> list[Node]:
        """The decorators written above `function`, outermost first: those of a Python
        `decorated_definition`, the `decorator` siblings before a TypeScript method."""
        if function is None:
            return []
        if function.type == "method_definition":
            out = []
            sibling = function.prev_named_sibling
            while sibling is not None and sibling.type in ("decorator", "comment"):
                if sibling.type == "decorator":
                    out.append(sibling)
                sibling = sibling.prev_named_sibling
            return out[::-1]
        decorated = function.parent
        if decorated is None or decorated.type != "decorated_definition":
            return []
        return [d for d in decorated.named_children if d.type == "decorator"]

    def installed_wrappers(self, decorator: Node) -> list[Node]:
        """The functions a method decorator installs: assigned to `descriptor.value`,
        given as `value:` of a returned descriptor, or returned (standard decorators)."""
        out: list[Node] = []
        body = decorator.child_by_field_name("body")
        stack = [body] if body is not None else []
        while stack:
            node = stack.pop()
            if node.type in self.syntax.function:
                parent = node.parent
                while parent is not None and parent.type == "parenthesized_expression":
                    parent = parent.parent
                if parent is None:
                    continue
                if parent.type == "assignment_expression":
                    left = parent.child_by_field_name("left")
                    prop = left.child_by_field_name("property") if left is not None else None
                    if prop is not None and self.fe.text(prop) == "value":
                        out.append(node)
                elif parent.type == "pair":
                    pair_key = parent.child_by_field_name("key")
                    if pair_key is not None and self.fe.text(pair_key) == "value":
                        out.append(node)
                elif parent.type in self.syntax.returns:
                    out.append(node)
                continue  # what a nested function does runs when it is called
            stack.extend(node.named_children)
        if body is not None and body.type in self.syntax.function:
            out.append(body)  # `(fn) => async (...a) => ...`: the arrow's body is the wrapper
        return out

    # ---- the call graph -----------------------------------------------------------
    def record(
        self, function: Node, name: str | None, role: CodeRole, chain: tuple[str, ...], site: Span
    ) -> None:
        """Put a function in the model's call graph (the first way it is reached wins)."""
        found = self.model.call_graph.found
        if function not in found:  # a task called 20,000 times: one `Reached`
            found[function] = Reached(function, name, role, chain, site)

    def record_task(
        self, task: TaskDef | None, chain: tuple[str, ...], site: Span | None, call: Node
    ) -> None:
        """Record a task's function as reached from `site` (default: the call)."""
        if task is None or task.function is None:
            return
        if task.function.node in self.model.call_graph.found:
            return  # the first way wins: no span or chain built for every later call
        name = task.binding or task.function.name
        self.record(
            task.function.node,
            name,
            CodeRole.TASK,
            (*chain, name) if name else chain,
            site or Span.of(call),
        )

    def record_step_callback(
        self,
        call: Node,
        args: list[Node],
        scope: Scope,
        chain: tuple[str, ...],
        site: Span | None,
    ) -> None:
        """`step("x", fn)`: the function it checkpoints, inline or by reference."""
        fe = self.fe
        arg = args[1] if len(args) > 1 else None
        if arg is None and self.syntax.keyword_argument is not None:  # step("x", fn=f)
            arg = fe.keyword_arg(call, "fn")
        found = self.callback_function(arg, scope)
        if found is not None:
            name, function = found
            self.record(
                function,
                name,
                CodeRole.STEP,
                (*chain, name) if name else chain,
                site if chain and site is not None else Span.of(call),
            )

    def walk_callback_expression(
        self, arg: Node, frame: Frame, chain: tuple[str, ...], site: Span | None
    ) -> None:
        """Walk what the body evaluates to get the function it hands to `step(...)`:
        only calling the function is deferred. `requests.get(url).json` sends the
        request here (the step only decodes it), `datetime.now(tz).isoformat` reads the
        clock here, and so do the arguments bound by `functools.partial(f, ...)` /
        `f.bind(this, ...)`. A name or a dotted name (`time.time`, `self.load`) is
        only a reference."""
        syntax = self.syntax
        for _ in range(8):  # partial(partial(f)) and the like, never endlessly
            while arg.type in syntax.transparent and arg.named_children:
                arg = arg.named_children[0]
            if arg.type == syntax.attribute:
                obj = arg.child_by_field_name("object")
                if obj is not None and not self.fe.is_name_chain(obj):
                    self.walk(obj, frame, chain, site)
                return
            if arg.type not in syntax.call:
                return
            callee = self.fe.callee(arg)
            if callee is None:
                return
            qual = self.fe.qualname(callee, frame.scope)
            bound = self.fe.positional_args(arg)
            if qual in ("functools.partial", "partial") and bound:
                following = bound[0]
            elif callee.type == syntax.attribute and self.is_bind(callee):
                following = callee.child_by_field_name("object") or arg
            else:
                self.walk(arg, frame, chain, site)  # `make_handler(x)`: runs here
                return
            arguments = arg.child_by_field_name("arguments")
            for given in arguments.named_children if arguments is not None else ():
                if given != following:
                    self.walk(given, frame, chain, site)
            arg = following

    def binds_only(self, callee: Node) -> bool:
        """`s3.send.bind(s3)` (TypeScript's `Function.prototype.bind`): a new function is
        made, the one bound is not called (what calls it later is walked there)."""
        return (
            callee.type == self.syntax.attribute
            and bool(self.syntax.binding_methods)
            and self.fe.text(callee.child_by_field_name(self.syntax.attribute_name_field) or callee)
            in self.syntax.binding_methods
        )

    def is_bind(self, callee: Node) -> bool:
        attr = callee.child_by_field_name(self.syntax.attribute_name_field)
        return attr is not None and self.fe.text(attr) == "bind"

    def callback_function(self, arg: Node | None, scope: Scope) -> tuple[str | None, Node] | None:
        """The file's function an argument hands over: a lambda / arrow, a name bound to
        a function, `functools.partial(f, ...)`, `f.bind(...)` (name None when anonymous)."""
        syntax = self.syntax
        fe = self.fe
        for _ in range(8):  # partial(partial(f)) and the like, never endlessly
            while arg is not None and arg.type == "parenthesized_expression":
                arg = arg.named_children[0] if arg.named_children else None
            if arg is None:
                return None
            if arg.type in syntax.function:
                name_node = arg.child_by_field_name("name")
                return (fe.text(name_node) if name_node is not None else None), arg
            if arg.type in syntax.identifier or arg.type == syntax.attribute:
                helper = self.local_function(arg, scope)
                return (helper[0], helper[1]) if helper is not None else None
            if arg.type not in syntax.call:
                return None
            callee = fe.callee(arg)
            qual = fe.qualname(callee, scope) if callee is not None else None
            if qual in ("functools.partial", "partial"):
                inner = fe.positional_args(arg)
                arg = inner[0] if inner else None
            elif callee is not None and callee.type == syntax.attribute and self.is_bind(callee):
                arg = callee.child_by_field_name("object")
            else:
                return None
        return None

    def follow_references(
        self,
        call: Node,
        scope: Scope,
        chain: tuple[str, ...],
        site: Span | None,
        *,
        runs: bool = False,
    ) -> None:
        """Functions handed to a call that runs them (`map(fn, xs)`): the file's own
        are walked; others (`map(requests.get, urls)`) count as called right here.
        `runs`: the caller knows the call runs its function arguments (the SDK's
        `parallel(items, fn)` calls `fn(item)` in the body)."""
        called = self.fe.qualname(self.fe.callee(call), scope)
        runs = runs or called in RUNS_ARGUMENTS or runs_by_method(called)
        if called in RUNS_VALUES:
            for arg in self.fe.positional_args(call):
                for wrapped, via in self.library_wrapped(arg, scope):
                    # `Effect.runPromise(loadFlags)`: the functions the program captured
                    self.follow(wrapped, (*chain, via) if via else chain, site or Span.of(call))
        for arg in self.fe.positional_args(call):
            if runs:
                arg = self.bound_function(arg, scope)
            if arg.type in self.syntax.identifier:
                helper = self.local_function(arg, scope)
                if helper is not None:
                    if not self.forwarded_to_step(call, arg, scope):
                        self.follow(helper, chain, site or Span.of(call), role=CodeRole.CALLBACK)
                    continue
            if runs and (arg.type in self.syntax.identifier or arg.type == self.syntax.attribute):
                qual = self.fe.qualname(arg, scope)
                # `./x.ts.f` / `../x.ts.f`: a function of a module imported by a relative
                # path (followed into that module), not a method known by its name only
                relative = qual is not None and qual.startswith(("./", "../"))
                # `map(http.get, urls)`: a method of a library object built here
                # (`httpx.Client().get`) is named like a call of it
                if qual is not None and (relative or not qual.startswith((".", LOCAL))):
                    self.add_body_call(qual, CallKind.CALL, arg, chain, 1, site)
        # `sorted(ids, key=priority_of)`, `json.dumps(x, default=encode)`, `re.sub(p,
        # repl=expand, s)`: a function handed by keyword is called there too, like one
        # handed by position (a sort key on every item, an encoder on every value it
        # cannot serialise); `default_factory=` runs where an instance is built instead
        keyword = self.syntax.keyword_argument
        args = call.child_by_field_name("arguments") if keyword is not None else None
        for arg in args.named_children if args is not None else ():
            if arg.type != keyword:
                continue
            label = arg.child_by_field_name("name")
            given = arg.child_by_field_name("value")
            if given is None or label is None or self.fe.text(label) in DEFERRED_KEYWORDS:
                continue
            given = self.bound_function(given, scope)
            if given.type in self.syntax.identifier:
                helper = self.local_function(given, scope)
                if helper is not None:
                    self.follow(helper, chain, site or Span.of(call), role=CodeRole.CALLBACK)
                    continue
            if self.fe.text(label) in RUNS_KEYWORDS and (
                given.type in self.syntax.identifier or given.type == self.syntax.attribute
            ):
                # `sorted(paths, key=os.path.getmtime)`: a library function called on
                # every item, right here (a builtin, `key=hash`, is read by its own rules)
                qual = self.fe.qualname(given, scope)
                if (
                    qual is not None
                    and "." in qual
                    and not qual.startswith((".", LOCAL, "./", "../"))
                ):
                    self.add_body_call(qual, CallKind.CALL, given, chain, 1, site)

    def follow_called_arguments(
        self,
        helper: tuple[str, Node, Scope],
        call: Node,
        scope: Scope,
        chain: tuple[str, ...],
        site: Span,
    ) -> None:
        """`run_all(publish, titles)` where the file's `run_all(fn, items)` calls
        `fn(...)`: the function handed over runs inside the helper, for this call. (A
        parameter the helper only passes on or stores is not followed here.)"""
        name, function, _ = helper
        info = self.fe.function_info(function).params
        params = [p.name for p in info if p.kind == ParamKind.PLAIN]
        named = [p.name for p in info if p.kind in (ParamKind.PLAIN, ParamKind.KEYWORD_ONLY)]
        callee = self.fe.callee(call)
        if params and params[0] in ("self", "cls") and callee is not None:
            if callee.type == self.syntax.attribute:
                params = params[1:]  # a method called on its object: `self` is not passed
        given: list[tuple[str, Node]] = list(
            zip(params, self.fe.positional_args(call), strict=False)
        )
        if self.syntax.keyword_argument:
            given += [(p, v) for p in named if (v := self.fe.keyword_arg(call, p)) is not None]
        body = function.child_by_field_name("body")
        if body is None or not given:
            return
        called = self.called_names(body)
        for param, arg in given:
            if param not in called:
                # `for stage in stages: await stage(p)`: each function of the list given
                if any(v in called for v in self.loop_variables(body).get(param, ())):
                    for element in self.literal_items(arg, scope):
                        handed = self.local_function(element, scope)
                        if handed is not None and handed[1] != function:
                            self.handed_chains.add((site, (*chain, name, handed[0])))
                            self.follow(handed, (*chain, name), site, role=CodeRole.CALLBACK)
                continue
            arg = self.bound_function(arg, scope)
            if arg.type not in self.syntax.identifier:
                continue
            handed = self.local_function(arg, scope)
            if handed is not None and handed[1] != function:
                self.handed_chains.add((site, (*chain, name, handed[0])))
                self.follow(handed, (*chain, name), site, role=CodeRole.CALLBACK)

    def loop_variables(self, body: Node) -> dict[str, frozenset[str]]:
        """The plain names a function body loops over (`for stage in stages:`), each
        with the names of its loop variables; not inside a nested function. Read once
        per body."""
        known = self.loop_memo.get(body.id)
        if known is not None:
            return known
        found: dict[str, set[str]] = {}
        stack = [body]
        while stack:
            node = stack.pop()
            if node.type in self.syntax.function:
                continue
            if node.type in ("for_statement", "for_in_statement"):
                right = node.child_by_field_name("right")
                left = node.child_by_field_name("left")
                if left is not None and left.type in (
                    "lexical_declaration",
                    "variable_declaration",
                ):
                    left = left.named_children[0] if left.named_children else None
                    if left is not None and left.type == "variable_declarator":
                        left = left.child_by_field_name("name")
                if (
                    right is not None
                    and left is not None
                    and right.type in self.syntax.identifier
                    and left.type in self.syntax.identifier
                ):
                    found.setdefault(self.fe.text(right), set()).add(self.fe.text(left))
            stack.extend(node.named_children)
        known = self.loop_memo[body.id] = {k: frozenset(v) for k, v in found.items()}
        return known

    def literal_items(self, arg: Node, scope: Scope) -> list[Node]:
        """The names a list / tuple / array literal holds: written here, or bound once
        to the name given."""
        from wac_lint.semantic import Binding

        literal: Node | None = self.kept_value(arg)
        if literal is not None and literal.type in self.syntax.identifier:
            held = self.semantic.resolve(literal, scope)
            if not isinstance(held, Binding) or held.rebound or held.assigned_value is None:
                return []
            literal = self.kept_value(held.assigned_value)
        if literal is None or literal.type not in ("array", "list", "tuple"):
            return []
        # `partial(fetch, url)` / `fetch.bind(null, url)` in the list: `fetch` runs
        items = [self.bound_function(e, scope) for e in literal.named_children]
        return [e for e in items if e.type in self.syntax.identifier]

    def called_names(self, body: Node) -> frozenset[str]:
        """The plain names a function body calls (`fn(x)`) itself: not inside a nested
        function or lambda, which may run elsewhere (`step(name, lambda: fn(*args))`
        runs `fn` in the step, checkpointed). Read once per body: a helper called
        from 8,000 places was read at each (179 s)."""
        known = self.called_names_memo.get(body.id)
        if known is None:
            known = self.called_names_memo[body.id] = self._called_names(body)
        return known

    def _called_names(self, body: Node) -> frozenset[str]:
        names = set()
        stack = [body]
        while stack:
            node = stack.pop()
            if node.type in self.syntax.function:
                continue
            if node.type in self.syntax.call:
                callee = self.fe.callee(node)
                if callee is not None and callee.type in self.syntax.identifier:
                    names.add(self.fe.text(callee))
            stack.extend(node.named_children)
        return frozenset(names)

    def bound_function(self, arg: Node, scope: Scope) -> Node:
        """`functools.partial(f, ...)` / `f.bind(...)` handed over: `f`, which is what
        runs; any other argument as it is."""
        for _ in range(8):  # partial(partial(f)), never endlessly
            if arg.type not in self.syntax.call:
                return arg
            callee = self.fe.callee(arg)
            if callee is None:
                return arg
            if self.fe.qualname(callee, scope) in ("functools.partial", "partial"):
                inner = self.fe.positional_args(arg)
                if not inner:
                    return arg
                arg = inner[0]
            elif callee.type == self.syntax.attribute and self.is_bind(callee):
                bound = callee.child_by_field_name("object")
                if bound is None:
                    return arg
                arg = bound
            else:
                return arg
        return arg

    def enclosing_loop_of(self, name: Node) -> Node | None:
        """The innermost Python `for` loop around `name` (in the same function) whose
        target is that plain name."""
        spelled = self.fe.text(name)
        node = name.parent
        while node is not None and node.type not in self.syntax.function:
            if node.type == "for_statement":
                left = node.child_by_field_name("left")
                if left is not None and left.type in self.syntax.identifier:
                    if self.fe.text(left) == spelled:
                        return node
            node = node.parent
        return None

    def task_of(self, callee: Node, scope: Scope) -> TaskDef | None:
        """The module-level task a callee names (not a local that shadows it)."""
        if callee.type not in self.syntax.identifier:
            return None
        name = self.fe.text(callee)
        task = self.fe.task_bindings.get(name)
        if task is None:
            return None
        # one name in one scope has one binding: resolved once (a body calls a task
        # thousands of times)
        memo_key = (name, scope)
        known = self.task_memo.get(memo_key)
        if known is None:
            binding = self.semantic.resolve(callee, scope)
            known = self.task_memo[memo_key] = (
                binding is not None and binding.scope.kind == ScopeKind.MODULE
            )
        return task if known else None

    def table_task(self, callee: Node, scope: Scope) -> TaskDef | None:
        """`STAGES.load(x)`, `STAGES["load"](x)`, `STAGES[LAST_STAGE](x)`,
        `HANDLERS[Kind.Churn](x)`: a task of the file held in an object / dict literal a
        name is bound to once, picked by a key known where it is written (a member name,
        a string, a name bound once to a string, or the constant expression a computed
        key of the literal spells the same way)."""
        if not self.fe.task_bindings:
            return None
        syntax = self.syntax
        if callee.type == syntax.attribute:
            obj = callee.child_by_field_name("object")
            attr = callee.child_by_field_name(syntax.attribute_name_field)
            key = self.fe.text(attr) if attr is not None else None
        elif callee.type in ("subscript", "subscript_expression"):
            obj = callee.child_by_field_name("value") or callee.child_by_field_name("object")
            index = callee.child_by_field_name("subscript") or callee.child_by_field_name("index")
            key = self.constant_key(index, scope) if index is not None else None
        else:
            return None
        literal = self.kept_value(obj)
        if literal is not None and literal.type in ("object", "dictionary"):
            # `({ mute, unmute } as const)[verb](id)`: the table written at the call
            return self.uniform_table(literal, scope)
        if obj is None or obj.type not in syntax.identifier:
            return None
        binding = self.semantic.resolve(obj, scope)
        if not isinstance(binding, Binding) or binding.rebound:
            return None
        if callee.type == syntax.attribute:
            value = self.kept_value(binding.assigned_value)
            if value is None or value.type != "object":
                return None  # a Python dict has no attributes: `ACTIONS.refund` fails
        table = self.task_tables.get(binding.node.id)
        if table is None:
            table = self.task_tables[binding.node.id] = self.tasks_by_key(binding)
        found = table.get(key) if key is not None else None
        if found is not None or callee.type == syntax.attribute:
            return found
        # `HANDLERS[cmd.verb](id)`: a key known only at run time picks one of them
        if binding.node.id not in self.uniform_tables:
            value = self.kept_value(binding.assigned_value)
            self.uniform_tables[binding.node.id] = (
                self.uniform_table(value, binding.scope) if value is not None else None
            )
        return self.uniform_tables[binding.node.id]

    def uniform_table(self, value: Node, owner: Scope) -> TaskDef | None:
        """An object / dict literal whose every entry is a task of the file, all taking
        the same parameters: whatever key picks one at run time, its call dispatches a
        task, and what is said of the call (its arguments, its consumption) holds for
        each; the first stands for them (as in `element_task`)."""
        if value.type not in ("object", "dictionary"):
            return None
        tasks: list[TaskDef] = []
        for entry in value.named_children:
            if entry.type == "comment":
                continue
            if entry.type == "shorthand_property_identifier":
                held: Node | None = entry
            elif entry.type == "pair":
                held = self.kept_value(entry.child_by_field_name("value"))
            else:
                return None  # a spread, a method: not known to be a task
            if held is None or (
                held.type not in self.syntax.identifier
                and held.type != "shorthand_property_identifier"
            ):
                return None
            task = self.named_task(held, owner)
            if task is None or task.function is None:
                return None
            tasks.append(task)
        shapes = {
            tuple((p.name, p.kind) for p in t.function.params)
            for t in tasks
            if t.function is not None
        }
        return tasks[0] if tasks and len(shapes) == 1 else None

    def tasks_by_key(self, binding: Binding) -> dict[str, TaskDef]:
        """The tasks of the file an object / dict literal bound to `binding` holds, by
        key (see `table_task`); the last entry of a key wins, as at run time."""
        value = self.kept_value(binding.assigned_value)
        table: dict[str, TaskDef] = {}
        if value is None or value.type not in ("object", "dictionary"):
            return table
        owner = binding.scope
        for entry in value.named_children:
            if entry.type == "shorthand_property_identifier":
                key: str | None = self.fe.text(entry)
                held: Node | None = entry
            elif entry.type == "pair":
                name = entry.child_by_field_name("key")
                held = entry.child_by_field_name("value")
                if name is None:
                    continue
                if name.type == "computed_property_name":
                    inner = name.named_children[0] if name.named_children else None
                    key = self.constant_key(inner, owner) if inner is not None else None
                elif name.type in self.syntax.identifier:
                    key = self.constant_key(name, owner)  # a Python dict key is a value
                else:
                    key = self.fe.text(name).strip("\"'`")  # `load:` / `"load":`
            else:
                if entry.type in ("spread_element", "dictionary_splat"):
                    table.clear()  # `{...base, x}`: what the spread holds is not read
                continue
            if key is None:
                continue
            task = self.named_task(held, owner) if held is not None else None
            if task is None:
                table.pop(key, None)
            else:
                table[key] = task
        return table

    def named_task(self, node: Node, scope: Scope) -> TaskDef | None:
        """The module-level task a name (or a `{ name }` shorthand) reaches."""
        task = self.fe.task_bindings.get(self.fe.text(node))
        if task is None:
            return None
        binding = self.semantic.resolve(node, scope)
        return task if binding is not None and binding.scope.kind == ScopeKind.MODULE else None

    def constant_key(self, node: Node, scope: Scope) -> str | None:
        """The key an index or a computed key stands for when written: a string, a number,
        a name bound once to a string, or a member of a module constant (`Kind.Churn`),
        compared by its spelling."""
        node = self.kept_value(node) or node
        if node.type in ("string", "number", "integer"):
            return self.fe.text(node).strip("\"'`")
        if node.type == "template_string" and not node.named_children:
            return self.fe.text(node).strip("`")
        if node.type in self.syntax.identifier:
            binding = self.semantic.resolve(node, scope)
            if not isinstance(binding, Binding) or binding.rebound:
                return None
            value = self.kept_value(binding.assigned_value)
            if value is not None and value.type in ("string", "number", "integer"):
                return self.fe.text(value).strip("\"'`")
            return None
        if node.type == self.syntax.attribute:
            return "." + self.fe.text(node)  # `Kind.Churn`, only equal to itself
        return None

    def element_task(self, callee: Node, scope: Scope) -> TaskDef | None:
        """`for stage in (extract, transform, load): value = await stage(value)`: a loop
        variable over a tuple / list of the file's tasks (written there, or in a name
        bound once to one) is one of those tasks, so its call dispatches one. Taken only
        when every element is a task of the file and all take the same parameters, so
        what is said of the call (its arguments, its consumption) holds for each; the
        first stands for them."""
        if callee.type not in self.syntax.identifier:
            return None
        binding = self.semantic.resolve(callee, scope)
        if binding is None:
            return None
        if binding.kind == NameKind.LOOP:
            loop = binding.node.parent
            while loop is not None and loop.type not in LOOP_HEADS:
                loop = loop.parent
            iterable = loop.child_by_field_name("right") if loop is not None else None
        elif binding.kind == NameKind.PARAMETER:
            iterable = self.folded_sequence(binding)
        else:
            return None
        if iterable is not None and iterable.type in self.syntax.identifier:
            held = self.semantic.resolve(iterable, self.semantic.scope_at(iterable))
            iterable = (
                held.value
                if held is not None and held.kind == NameKind.ASSIGNMENT and not held.rebound
                else None
            )
        values_of = self.object_values_of(iterable)
        if values_of is not None:
            # `for (const fn of Object.values(TOOLS))`: the values of a table of tasks
            held = self.semantic.resolve(values_of, self.semantic.scope_at(values_of))
            value = (
                self.kept_value(held.value)
                if held is not None and held.kind == NameKind.ASSIGNMENT and not held.rebound
                else None
            )
            if value is None or held is None:
                return None
            return self.uniform_table(value, held.scope)
        if iterable is None or iterable.type not in TASK_SEQUENCES:
            return None
        elements = [c for c in iterable.named_children if c.type != "comment"]
        tasks = [
            self.task_of(e, self.semantic.scope_at(e)) if e.type in self.syntax.identifier else None
            for e in elements
        ]
        if not tasks or any(t is None or t.function is None for t in tasks):
            return None
        shapes = {
            tuple((p.name, p.kind) for p in t.function.params)
            for t in tasks
            if t is not None and t.function is not None
        }
        return tasks[0] if len(shapes) == 1 else None

    def object_values_of(self, node: Node | None) -> Node | None:
        """`TOOLS` of `Object.values(TOOLS)` (a name), else None."""
        if node is None or node.type not in self.syntax.call:
            return None
        callee = self.fe.callee(node)
        if callee is None or self.fe.text(callee) != "Object.values":
            return None
        args = self.fe.positional_args(node)
        if len(args) != 1 or args[0].type not in self.syntax.identifier:
            return None
        return args[0]

    def picked_task(self, callee: Node, scope: Scope) -> TaskDef | None:
        """`const pick = TOOLS[kind]` (bound once), then `pick(x)`: the task the table
        gives (see `table_task`)."""
        if callee.type not in self.syntax.identifier:
            return None
        binding = self.semantic.resolve(callee, scope)
        if binding is None or binding.kind != NameKind.ASSIGNMENT or binding.rebound:
            return None
        value = self.kept_value(binding.assigned_value)
        if value is None or value.type not in ("subscript", "subscript_expression"):
            return None
        return self.table_task(value, binding.scope)

    def queued_function_suspends(self, callee: Node, scope: Scope) -> bool:
        """`for (const undo of compensations.reverse()) await undo()` (Python: `for undo
        in reversed(compensations): await undo()`): a loop variable over a list the file
        builds (`const compensations = []`, bound once) from functions it pushes onto it
        (`compensations.push(() => cancelFlight(ref))`, `.append(lambda: ...)`) or lists
        in place, one of which reaches a durable call, so calling the item can dispatch
        one. Once per loop variable."""
        if callee.type not in self.syntax.identifier:
            return False
        # the loop's own scope (a TS `for (const x of ...)`), which `scope` may enclose
        binding = self.semantic.resolve(callee, scope) or self.semantic.resolve(callee)
        if binding is None or binding.kind != NameKind.LOOP:
            return False
        memo = self.queued_memo
        k = key(binding.node)
        if k not in memo:
            memo[k] = False  # a cycle reaches nothing new
            memo[k] = self._queued_function_suspends(binding)
        return memo[k]

    def _queued_function_suspends(self, binding: Binding) -> bool:
        loop = binding.node.parent
        while loop is not None and loop.type not in LOOP_HEADS:
            loop = loop.parent
        iterable = loop.child_by_field_name("right") if loop is not None else None
        # `xs.reverse()`, `xs.slice()`, `reversed(xs)`, `list(xs)`: the same functions
        while iterable is not None and iterable.type in self.syntax.call:
            callee = self.fe.callee(iterable)
            if callee is not None and callee.type == self.syntax.attribute:
                method = callee.child_by_field_name(self.syntax.attribute_name_field)
                if method is None or self.fe.text(method) not in ORDER_KEEPING_METHODS:
                    return False
                iterable = callee.child_by_field_name("object")
            elif callee is not None and self.fe.text(callee) in ("reversed", "list", "tuple"):
                args = iterable.child_by_field_name("arguments")
                given = [a for a in args.named_children if a.type != "comment"] if args else []
                iterable = given[0] if len(given) == 1 else None
            else:
                return False
        if iterable is None or iterable.type not in self.syntax.identifier:
            return False
        held = self.semantic.resolve(iterable, self.semantic.scope_at(iterable))
        if held is None or held.kind != NameKind.ASSIGNMENT or held.rebound:
            return False
        value = held.value
        if value is None or value.type not in TASK_SEQUENCES:
            return False
        queued = [c for c in value.named_children if c.type != "comment"]
        name = self.fe.text(iterable)
        for call in self.model.node_index.of_kinds(self.syntax.call, held.scope.node):
            callee = self.fe.callee(call)
            if callee is None or callee.type != self.syntax.attribute:
                continue
            owner = callee.child_by_field_name("object")
            method = callee.child_by_field_name(self.syntax.attribute_name_field)
            if owner is None or method is None or self.fe.text(owner) != name:
                continue
            if self.fe.text(method) not in QUEUEING_METHODS:
                continue
            args = call.child_by_field_name("arguments")
            queued += [a for a in args.named_children if a.type != "comment"] if args else []
        return any(
            item.type in self.syntax.function
            and self.reaches_durable(item, self.semantic.scope_at(item))
            for item in queued
        )

    def folded_call(self, callee: Node, scope: Scope) -> bool:
        """The callee is the item parameter of a folding lambda (see `folded_sequence`)."""
        if callee.type not in self.syntax.identifier:
            return False
        binding = self.semantic.resolve(callee, scope)
        return (
            binding is not None
            and binding.kind == NameKind.PARAMETER
            and self.folded_sequence(binding) is not None
        )

    def folded_sequence(self, binding: Binding) -> Node | None:
        """`functools.reduce(lambda acc, stage: stage(acc), STAGES, x)`: the sequence
        whose items the function's second parameter takes."""
        function = binding.node.parent
        while function is not None and function.type not in self.syntax.function:
            function = function.parent
        if function is None or function.type != "lambda":
            return None  # a lambda whose value is the call: `lambda acc, stage: stage(acc)`
        params = function.child_by_field_name("parameters")
        names = (
            [p for p in params.named_children if p.type in self.syntax.identifier] if params else []
        )
        if len(names) != 2 or names[1].id != binding.node.id:
            return None
        holder = function.parent
        call = holder.parent if holder is not None else None
        if call is None or call.type not in self.syntax.call:
            return None
        args = self.fe.positional_args(call)
        callee = self.fe.callee(call)
        if len(args) < 2 or args[0].id != function.id or callee is None:
            return None
        if self.fe.qualname(callee, self.semantic.scope_at(call)) not in FOLDS:
            return None
        return args[1]

    def mapped_task(self, call: Node, scope: Scope) -> TaskDef | None:
        """`map(my_task, xs)` / `xs.map(myTask)`: a task handed over by reference."""
        for arg in self.fe.positional_args(call):
            if arg.type in self.syntax.identifier:
                task = self.task_of(arg, scope)
                if task is not None:
                    return task
        return None

    def receiver_found(self) -> Scope | None:
        """What the last `local_function` found `self` to be. Read through a method:
        after `self.found_receiver = None` the type checker keeps the attribute None
        across the call that sets it, and the compiled build (mypyc) enforces that."""
        return self.found_receiver

    def forwarded_function(self, call: Node, callee: Node, scope: Scope) -> Node | None:
        """`notify.call(null, url)`, `send.apply(undefined, [url])`, `Reflect.apply(send,
        undefined, [url])`, `notify.bind(null)(url)`: the call runs the function of this
        file named there, so that name stands for the callee (JavaScript's
        `Function.prototype.call` / `apply` / `bind`). Only a function (or task) of the
        file is taken: `rpc.call("method")` on a client is that client's own method."""
        syntax = self.syntax
        if not self.fe.function_methods:
            return None
        target: Node | None = None
        if self.fe.qualname(callee, scope) == "Reflect.apply":
            args = self.fe.positional_args(call)
            target = args[0] if args else None
        elif callee.type == syntax.attribute:
            attr = callee.child_by_field_name(syntax.attribute_name_field)
            if attr is not None and self.fe.text(attr) in ("call", "apply"):
                target = callee.child_by_field_name("object")
        elif callee.type in syntax.call:
            # `notify.bind(null)(url)`: the bound function runs at once
            inner = self.fe.callee(callee)
            attr = (
                inner.child_by_field_name(syntax.attribute_name_field)
                if inner is not None and inner.type == syntax.attribute
                else None
            )
            if inner is not None and attr is not None and self.fe.text(attr) == "bind":
                target = inner.child_by_field_name("object")
        while target is not None and target.type == "parenthesized_expression":
            target = target.named_children[0] if target.named_children else None
        if target is None:
            return None
        if target.type in ("subscript", "subscript_expression"):
            # `ROUTES[kind].call(null, to)`: a task picked from a table of the file
            return target if self.table_task(target, scope) is not None else None
        if target.type not in syntax.identifier and target.type != syntax.attribute:
            return None
        if self.task_of(target, scope) is None and self.local_function(target, scope) is None:
            return None
        return target

    def partial_task(self, callee: Node, scope: Scope) -> TaskDef | None:
        """`sms = partial(notify, channel="sms")` then `sms(uid)`: a name bound once to
        `functools.partial` of a task of the file calls that task (the SDK's wrapper
        gets the partial's arguments and the call's). Only a task: a helper's parameters
        would not line up with the call's arguments."""
        if not self.fe.task_bindings or callee.type not in self.syntax.identifier:
            return None
        binding = self.semantic.resolve(callee, scope)
        if binding is None or binding.kind != NameKind.ASSIGNMENT or binding.rebound:
            return None
        value = binding.assigned_value
        if value is None or value.type not in self.syntax.call:
            return None
        inner = self.fe.callee(value)
        if inner is None:
            return None
        bound = self.fe.bound_method(value, inner)
        if bound is not None:
            # `const say = post.bind(null, channel)`: JavaScript's partial application
            return self.task_of(bound[0], binding.scope)
        if self.fe.qualname(inner, binding.scope) != "functools.partial":
            return None
        args = self.fe.positional_args(value)
        target = args[0] if args else None
        if target is None or target.type not in self.syntax.identifier:
            return None
        return self.task_of(target, binding.scope)

    def local_function(self, callee: Node, scope: Scope) -> tuple[str, Node, Scope] | None:
        """The function of this file a callee reaches: (name, function node, its outer scope)."""
        syntax = self.syntax
        semantic = self.semantic
        if callee.type in syntax.identifier:
            binding = semantic.resolve(callee, scope)
            reaching = self.reaching_functions(binding, callee)
            if reaching is not None:  # a `let` assigned again: what it holds here
                return reaching[0] if len(reaching) == 1 else None
            return (
                self.binding_function(binding)
                or self.instance_call(callee, binding, scope)
                or self.factory_product(binding)
                or self.destructured_member(binding)
            )
        if callee.type == "subscript":  # `NOTIFIERS["slack"](...)`
            obj = callee.child_by_field_name("value")
            index = callee.child_by_field_name("subscript")
            if obj is None or index is None or index.type != "string":
                return None
            return self.literal_member(obj, self.fe.text(index).strip("\"'"), scope)
        if callee.type != syntax.attribute:
            return None
        obj = callee.child_by_field_name("object")
        attr = callee.child_by_field_name(syntax.attribute_name_field)
        if obj is None or attr is None:
            return None
        held = self.literal_member(obj, self.fe.text(attr), scope)
        if held is not None:
            return held
        class_scope = self.class_scope_of(obj, scope)
        if class_scope is None:
            return None
        name = self.fe.text(attr)
        on_self = obj.type == "this" or self.fe.text(obj) == "self"
        if on_self and name in self.fe.overridden_elsewhere:
            return None  # the subclass's method runs: cross-file analysis walks it
        if on_self and self.receiver is not None and self.inherits(self.receiver, class_scope):
            # `self.deliver()` in `Notifier.announce` run for a `SlackNotifier`: its override
            overridden = self.class_method(self.receiver, name)
            if overridden is not None:
                self.found_receiver = self.receiver
                return overridden
        found = self.class_method(class_scope, name)
        if found is not None and not on_self and found[2].node != class_scope.node:
            # `SlackNotifier(hook).announce(...)`: inherited, so `self` in it is the subclass
            self.found_receiver = class_scope
        if found is not None and not on_self and self.is_protocol(found[2]):
            # `sender.send(...)` with `sender: Sender`, a `typing.Protocol`: what runs is
            # the method of the class given, which need not name the protocol as a base;
            # the one class of the file that defines it (with several: not guessed)
            implementations = self.implementations(found[2], name)
            if len(implementations) == 1:
                return implementations[0]
        elif found is not None and not on_self and self.is_abstract(found[1]):
            # `notifier.send(...)` with `notifier: Notifier`, an abstract base class: the
            # override of the one subclass of the file that defines it
            concrete = [
                o
                for sub in self.subclasses(found[2])
                if (o := self.class_method(sub, name)) is not None and not self.is_abstract(o[1])
            ]
            if len({o[1].id for o in concrete}) == 1:
                return concrete[0]
        if (found is None or self.is_abstract(found[1])) and (
            obj.type == "this" or self.fe.text(obj) == "self"
        ):
            # `this.send(...)` in a base class whose `send` is abstract: the override of
            # the one subclass of the file that defines it (with several, which one runs
            # depends on the instance: not guessed)
            overrides: list[tuple[str, Node, Scope]] = []
            for sub in self.subclasses(class_scope):
                override = self.class_method(sub, name)
                if override is not None and not self.is_abstract(override[1]):
                    if all(o[1] != override[1] for o in overrides):
                        overrides.append(override)
            if len(overrides) == 1:
                return overrides[0]
        return found

    @staticmethod
    def generic_origin(ctor: Node | None) -> Node | None:
        """`JsonRepo[dict]` built (`JsonRepo[dict](path)`): the class `JsonRepo`; a
        subscripted generic class builds an instance of the class itself."""
        while ctor is not None and ctor.type == "subscript":
            ctor = ctor.child_by_field_name("value")
        return ctor

    def is_protocol(self, class_scope: Scope) -> bool:
        """A Python `class X(Protocol)` / `typing.Protocol[...]`: a structural type."""
        node = class_scope.node
        if node.type != "class_definition":
            node = node.parent or node
        bases = node.child_by_field_name("superclasses")
        return bases is not None and any(
            re.sub(r"\[.*$", "", self.fe.text(b)).rsplit(".", 1)[-1] == "Protocol"
            for b in bases.named_children
        )

    def implementations(self, protocol: Scope, name: str) -> list[tuple[str, Node, Scope]]:
        """The concrete methods `name` of the module's classes other than protocols."""
        found: list[tuple[str, Node, Scope]] = []
        for binding in self.semantic.module.bindings.values():
            if binding.kind != NameKind.CLASS or binding.value is None:
                continue
            opened = self.open_class(binding.value, binding.scope)
            if opened is None or opened.node == protocol.node or self.is_protocol(opened):
                continue
            method = self.class_method(opened, name)
            if method is None or self.is_abstract(method[1]) or self.is_protocol(method[2]):
                continue
            if all(m[1] != method[1] for m in found):
                found.append(method)
        return found

    def inherits(self, sub: Scope, base: Scope) -> bool:
        """`sub` is `base` or extends it (through classes of the file)."""
        stack, seen = [sub], 0
        while stack and seen < 16:
            seen += 1
            current = stack.pop()
            if current.node == base.node:
                return True
            stack.extend(self.base_classes(current))
        return False

    def hands_back_value(self, function: Node) -> bool:
        """The callback gives its caller a value: it is async (a promise of its
        awaits), an expression body, or a block with a `return` of a value. A
        `forEach` callback that only stores its task calls (`pending.push(t(x))`,
        awaited later) drops nothing of theirs."""
        body = function.child_by_field_name("body")
        if body is None or any(c.type == "async" for c in function.children[:3]):
            return True
        if body.type != "statement_block":
            return True
        stack = list(body.named_children)
        while stack:
            node = stack.pop()
            if node.type in self.syntax.function:
                continue
            if node.type in self.syntax.returns and node.named_children:
                return True
            stack.extend(node.named_children)
        return False

    def returns_self(self, function: Node) -> bool:
        """Every `return` of the method gives back its receiver (`return this`)."""
        body = function.child_by_field_name("body")
        returned = []
        stack = [body] if body is not None else []
        while stack:
            node = stack.pop()
            if node.type in self.syntax.function:
                continue
            if node.type in self.syntax.returns:
                returned.append(node.named_children[0] if node.named_children else None)
                continue
            stack.extend(node.named_children)
        return bool(returned) and all(
            r is not None and (r.type == "this" or self.fe.text(r) == "self") for r in returned
        )

    def is_abstract(self, function: Node) -> bool:
        """An abstract method: no body (TypeScript `abstract send(...)`) or Python's
        `@abstractmethod`."""
        if function.child_by_field_name("body") is None:
            return True
        parent = function.parent
        return (
            parent is not None
            and parent.type == "decorated_definition"
            and any(
                c.type == "decorator" and self.fe.text(c).endswith("abstractmethod")
                for c in parent.named_children
            )
        )

    def subclasses(self, class_scope: Scope) -> list[Scope]:
        """Module-level classes of the file that extend this one, directly or further down."""
        memo = key(class_scope.node)
        known = self.subclass_memo.get(memo)
        if known is not None:
            return known
        out: list[Scope] = []
        self.subclass_memo[memo] = out
        for binding in self.semantic.module.bindings.values():
            if binding.kind != NameKind.CLASS or binding.value is None:
                continue
            opened = self.open_class(binding.value, binding.scope)
            if opened is None or opened.node == class_scope.node:
                continue
            stack, seen = [opened], 0
            while stack and seen < 8:
                seen += 1
                bases = self.base_classes(stack.pop())
                if any(b.node == class_scope.node for b in bases):
                    out.append(opened)
                    break
                stack.extend(bases)
        return out

    def class_method(
        self, class_scope: Scope, name: str, depth: int = 0
    ) -> tuple[str, Node, Scope] | None:
        """The method `name` of a class of the file: its own, or inherited from a base
        class of the file (`class Mailer(HttpService)`, `class Orders extends Base`)."""
        found = self.binding_function(class_scope.bindings.get(name))
        if found is not None:
            return self.class_prefix(class_scope) + found[0], found[1], found[2]
        if depth >= 8:
            return None  # a cycle of bases the file cannot really have
        for base in self.base_classes(class_scope):
            inherited = self.class_method(base, name, depth + 1)
            if inherited is not None:
                return inherited
        return None

    def external_bases(self, class_node: Node, class_scope: Scope) -> list[tuple[str, Node]]:
        """The bases of a class that are imported (not of the file): qualified name, and
        where the class names it."""
        supers = class_node.child_by_field_name("superclasses")
        names = [n for n in supers.named_children] if supers is not None else []
        for child in class_node.children:
            if child.type == "class_heritage":
                for clause in child.named_children:
                    value = clause.child_by_field_name("value")
                    if clause.type == "extends_clause" and value is not None:
                        names.append(value)
        out = []
        outer = class_scope.parent or class_scope
        for node in names:
            if node.type not in self.syntax.identifier and node.type != self.syntax.attribute:
                continue
            qual = self.fe.qualname(node, outer)
            if qual is not None and not qual.startswith((".", LOCAL)) and "(" not in qual:
                out.append((qual, node))
        return out

    def base_classes(self, class_scope: Scope) -> list[Scope]:
        """The scopes of a class's bases that the file defines, in order."""
        node = class_scope.node
        if node.type not in (
            "class_definition",
            "class_declaration",
            "class",
            "abstract_class_declaration",
        ):
            node = node.parent if node.parent is not None else node  # TS: the scope is the body
        names: list[Node] = []
        supers = node.child_by_field_name("superclasses")  # Python's `class A(B, C)`
        if supers is not None:
            names = [n for n in supers.named_children if n.type in self.syntax.identifier]
        for child in node.children:  # TypeScript's `class A extends B`
            if child.type == "class_heritage":
                for clause in child.named_children:
                    value = (
                        clause.child_by_field_name("value")
                        if clause.type == "extends_clause"
                        else None
                    )
                    if value is not None and value.type in self.syntax.identifier:
                        names.append(value)
        out = []
        outer = class_scope.parent or class_scope
        for name in names:
            cls = self.semantic.resolve(name, outer)
            if cls is not None and cls.kind == NameKind.CLASS and cls.value is not None:
                opened = self.open_class(cls.value, cls.scope)
                if opened is not None:
                    out.append(opened)
        return out

    def chosen_functions(self, callee: Node, scope: Scope) -> list[tuple[str, Node, Scope]]:
        """A callee that is one of several functions: `const send = notify ? postSlack :
        printOnly` (or `handlers[kind] ?? ignore`) then `send(text)`, `(a ? f : g)(x)`,
        and `pick(kind)(msg)` where the file's `pick` returns one of its functions.
        Each function it may be runs (tasks among them are dispatched, not followed)."""

        while callee.type in ("parenthesized_expression", "non_null_expression"):
            if not callee.named_children:
                return []
            callee = callee.named_children[0]
        if callee.type in self.syntax.identifier:
            binding = self.semantic.resolve(callee, scope)
            once = _assigned_once(binding)
            if once is None:
                return []
            value = self.kept_value(once.assigned_value)
            return self.alternatives(value, once.scope, 0) if value is not None else []
        if callee.type in self.syntax.call or callee.type in CHOICES:
            return self.alternatives(callee, scope, 0)
        return []

    def alternatives(self, value: Node, scope: Scope, depth: int) -> list[tuple[str, Node, Scope]]:
        """The functions of the file an expression may evaluate to (see `chosen_functions`)."""
        value = self.kept_value(value) or value
        if depth > 4:
            return []
        parts: list[Node] = []
        if value.type == "ternary_expression":
            parts = [
                p
                for p in (
                    value.child_by_field_name("consequence"),
                    value.child_by_field_name("alternative"),
                )
                if p is not None
            ]
        elif value.type == "conditional_expression" and len(value.named_children) == 3:
            parts = [value.named_children[0], value.named_children[2]]  # Python `a if c else b`
        elif value.type in ("binary_expression", "boolean_operator"):
            op = value.child_by_field_name("operator")
            if op is not None and self.fe.text(op) in ("??", "||", "or"):
                parts = [
                    p
                    for p in (value.child_by_field_name("left"), value.child_by_field_name("right"))
                    if p is not None
                ]
        if parts:
            found: list[tuple[str, Node, Scope]] = []
            for part in parts:
                for helper in self.alternatives(part, scope, depth + 1):
                    if helper not in found:
                        found.append(helper)
            return found
        if value.type in self.syntax.function:
            return [("<function>", value, scope)]
        if value.type in self.syntax.identifier:
            if self.task_of(value, scope) is not None:
                return []
            named = self.binding_function(self.semantic.resolve(value, scope))
            return [named] if named is not None else []  # `const send = postSlack` too
        if value.type in ("subscript", "subscript_expression", self.syntax.attribute):
            if depth == 0:
                return []  # a plain member call: `local_function` / `dispatched_functions`'
            direct = self.local_function(value, scope)
            return [direct] if direct is not None else self.dispatched_functions(value, scope)
        if value.type in self.syntax.call:
            maker = self.fe.callee(value)
            factory = (
                self.binding_function(self.semantic.resolve(maker, scope))
                if maker is not None and maker.type in self.syntax.identifier
                else None
            )
            return self.returned_functions(factory) if factory is not None else []
        return []

    def returned_functions(self, factory: tuple[str, Node, Scope]) -> list[tuple[str, Node, Scope]]:
        """Every function of the file a function's own `return`s hand back by name (`case
        "webhook": return viaWebhook`), tasks left out."""
        body = factory[1].child_by_field_name("body")
        if body is None or body.type not in ("block", "statement_block"):
            return []
        inner = self.semantic.scopes.open(factory[1], factory[2])
        found: list[tuple[str, Node, Scope]] = []
        stack = [body]
        while stack:
            node = stack.pop()
            if node.type in self.syntax.function:
                continue  # a nested function's own returns
            if node.type in self.syntax.returns and node.named_children:
                product = node.named_children[0]
                if product.type in self.syntax.identifier and self.task_of(product, inner) is None:
                    helper = self.binding_function(self.semantic.resolve(product, inner))
                    if helper is not None and helper not in found:
                        found.append(helper)
            stack.extend(node.named_children)
        return found

    def iterated_functions(self, callee: Node, scope: Scope) -> list[tuple[str, Node, Scope]]:
        """`for (const stage of stages) await stage(x)` / `for h in HOOKS.values(): h(x)`:
        the loop variable holds each function of the array (or table) the loop walks,
        a literal the name is bound to once; each of them runs."""
        from wac_lint.semantic import Binding

        if callee.type not in self.syntax.identifier:
            return []
        binding = self.semantic.resolve(callee, scope)
        if not isinstance(binding, Binding):
            return []
        if binding.kind == NameKind.PARAMETER:
            iterable = self.mapped_collection(binding)
            scope = binding.scope.parent or scope
        elif binding.kind == NameKind.LOOP:
            loop = binding.node.parent
            if binding.rebound:
                # `for hook in A: ...` then `for hook in B: ...`: the loop around the call
                loop = self.enclosing_loop_of(callee)
            if loop is None or loop.type not in ("for_in_statement", "for_statement"):
                return []
            left = loop.child_by_field_name("left")
            if left is None or (
                left != binding.node
                and (not binding.rebound or left.type not in self.syntax.identifier)
            ):
                return []  # destructured targets (`for (const [k, f] of ...)`): not read
            iterable = self.kept_value(loop.child_by_field_name("right"))
        else:
            return []
        if iterable is None:
            return []
        table = self.values_of_table(iterable)
        if table is not None:  # `Object.values(HOOKS)` / `HOOKS.values()`
            iterable = table
        literal: Node | None = iterable
        owner = scope
        if iterable.type in self.syntax.identifier:
            held = self.semantic.resolve(iterable, scope)
            if not isinstance(held, Binding) or held.rebound or held.assigned_value is None:
                return []
            literal, owner = self.kept_value(held.assigned_value), held.scope
        if literal is None:
            return []
        found: list[tuple[str, Node, Scope]] = []
        if literal.type in ("object", "dictionary") and table is not None:
            for entry in literal.named_children:
                key = entry.child_by_field_name("key" if entry.type == "pair" else "name")
                name = self.fe.text(entry) if key is None else self.fe.text(key).strip("\"'")
                member = self.object_member(literal, name, self.fe.text(iterable), owner)
                if member is not None and member not in found:
                    found.append(member)
            return found
        if literal.type not in ("array", "list", "tuple", "set"):
            return []
        for element in literal.named_children:
            if element.type in self.syntax.function:
                found.append((self.fe.text(callee), element, owner))
            elif element.type in self.syntax.identifier and self.task_of(element, owner) is None:
                function = self.binding_function(self.semantic.resolve(element, owner))
                if function is not None:
                    found.append(function)
        if iterable.type in self.syntax.identifier:
            # `POST_SIGNUP.append(fn)` in a decorator of the file, or at module level
            held = self.semantic.resolve(iterable, scope)
            for member in self.registered_members(iterable, held):
                registered = member[1]
                if member not in found and (
                    (registered.start_byte, registered.end_byte) not in self.task_functions
                ):
                    found.append(member)
        return found

    def mapped_collection(self, binding: object) -> Node | None:
        """`notifiers.forEach((n) => n(msg))` / `[a, b].map((f) => f(x))`: for the first
        parameter of an arrow / function given first to an array method that calls it
        per element, the collection the method walks."""
        from wac_lint.semantic import Binding

        if not isinstance(binding, Binding) or binding.scope.node.type not in self.syntax.function:
            return None
        function = binding.scope.node
        info = self.fe.function_info(function)
        if not info.params or info.params[0].name != binding.name:
            return None
        args = function.parent
        if args is None or args.type not in self.syntax.arguments:
            return None
        call = args.parent
        if call is None or call.type not in self.syntax.call:
            return None
        if not args.named_children or args.named_children[0] != function:
            return None
        callee = self.fe.callee(call)
        if callee is None or callee.type != self.syntax.attribute:
            return None
        method = callee.child_by_field_name(self.syntax.attribute_name_field)
        if method is None or self.fe.text(method) not in ELEMENT_CALLBACKS:
            return None
        return self.kept_value(callee.child_by_field_name("object"))

    def values_of_table(self, node: Node) -> Node | None:
        """`Object.values(x)` (TypeScript) / `x.values()` (Python): the table `x`."""
        if node.type not in self.syntax.call:
            return None
        callee = self.fe.callee(node)
        args = self.fe.positional_args(node)
        if callee is None or callee.type != self.syntax.attribute:
            return None
        attr = callee.child_by_field_name(self.syntax.attribute_name_field)
        if attr is None or self.fe.text(attr) != "values":
            return None
        obj = callee.child_by_field_name("object")
        if obj is not None and self.fe.text(obj) == "Object" and len(args) == 1:
            return args[0]
        return obj if not args else None

    def dispatched_functions(self, callee: Node, scope: Scope) -> list[tuple[str, Node, Scope]]:
        """`HANDLERS[kind](...)` / `notifiers[channel](...)` with a computed key: any
        function of the table the name is bound to may run."""
        while callee.type == "non_null_expression" and callee.named_children:
            callee = callee.named_children[0]  # `handlers.get(kind)!(...)`
        getter = self.table_get(callee)
        if getter is not None:  # `HANDLERS.get(kind)(...)` / `handlers.get(kind)?.(...)`
            obj, index = getter
        elif callee.type in ("subscript", "subscript_expression"):
            obj = callee.child_by_field_name("value") or callee.child_by_field_name("object")
            index = callee.child_by_field_name("subscript") or callee.child_by_field_name("index")
        else:
            return []
        if obj is None or index is None or index.type in ("number", "integer"):
            return []
        if obj.type == "call" and self.globals_call(obj, scope):
            return self.module_functions_named(index)  # `globals()[f"sync_{system}"]`
        if index.type == "string" and getter is None:
            return []  # a literal key: `local_function` picks its one member
        from wac_lint.semantic import Binding

        binding = self.semantic.resolve(obj, scope) if obj.type in self.syntax.identifier else None
        held = self.kept_value(binding.assigned_value) if isinstance(binding, Binding) else None
        if held is not None and held.type in self.syntax.new:
            literal_key = self.fe.text(index).strip("\"'`") if index.type == "string" else None
            found = self.map_values(held, scope, literal_key)
            for helper in self.registered_values(binding, literal_key):
                if helper not in found:
                    found.append(helper)
            return found
        registered = self.registered_by_helpers(obj)
        if held is None or held.type not in ("object", "dictionary"):
            return registered
        found = registered
        literal = self.fe.text(index).strip("\"'`") if index.type == "string" else None
        for entry in held.named_children:
            key_node = entry.child_by_field_name("key" if entry.type == "pair" else "name")
            if key_node is None:
                continue
            if literal is not None and self.fe.text(key_node).strip("\"'") != literal:
                continue  # `HANDLERS.get("slack")`: that member only
            member = self.literal_member(obj, self.fe.text(key_node).strip("\"'"), scope)
            if member is None:
                # `{"ops": Hook(url)}`: an instance of a class of the file, called
                member = self.called_instance(entry.child_by_field_name("value"), scope)
            if member is not None and member not in found:
                found.append(member)
        for member in self.registered_members(obj, binding):
            if member not in found:
                found.append(member)
        return found

    def held_table_read(self, callee: Node, scope: Scope) -> Node | None:
        """The `HANDLERS[kind]` / `HANDLERS.get(kind)` a name is bound to once, whole."""
        from wac_lint.semantic import Binding

        binding = self.semantic.resolve(callee, scope)
        value = binding.assigned_value if isinstance(binding, Binding) else None
        while value is not None and value.type in self.semantic.syntax.awaits:
            value = value.named_children[-1] if value.named_children else None
        if value is None:
            return None
        if value.type in ("subscript", "subscript_expression") or self.table_get(value):
            return value
        return None

    def registered_members(self, table: Node, binding: object) -> list[tuple[str, Node, Scope]]:
        """The functions a module table gets outside its literal (Python): assigned at
        module level (`HANDLERS["slack"] = notify_slack`), or registered by a decorator
        of the file that stores its argument (`HANDLERS[kind] = fn` in `register(fn)`,
        itself returned by a factory: `@handles("pagerduty")`)."""
        if (
            not self.syntax.keyword_argument
            or not isinstance(binding, Binding)
            or binding.scope.kind != ScopeKind.MODULE
        ):
            return []
        name = self.fe.text(table)
        module = binding.scope
        # one scan of the file per table, however many calls dispatch through it
        cache = self.registered
        if name not in cache:
            cache[name] = self._registered_members(name, module)
        return cache[name]

    def _registered_members(self, name: str, module: Scope) -> list[tuple[str, Node, Scope]]:
        assigned: list[Node] = []
        registrars: set[str] = set()
        for node in iter_nodes(self.semantic.root):
            right = self.registered_value(node, name)
            if right is None:
                continue
            around = self.fe.enclosing_functions(node)
            if not around:
                assigned.append(right)
                continue
            params = self.fe.function_info(around[0]).params
            if any(p.name == self.fe.text(right) for p in params):
                for function in around[:2]:  # the registering function and its factory
                    own = function.child_by_field_name("name")
                    if own is not None:
                        registrars.add(self.fe.text(own))
        found: list[tuple[str, Node, Scope]] = []
        for value in assigned:
            member = self.local_function(value, module)
            if member is not None:
                found.append(member)
        for statement in self.semantic.root.named_children if registrars else ():
            if statement.type != "decorated_definition":
                continue
            for decorator in statement.named_children:
                expression = decorator.named_children[0] if decorator.named_children else None
                if expression is not None and expression.type in self.syntax.call:
                    expression = self.fe.callee(expression)
                if (
                    decorator.type == "decorator"
                    and expression is not None
                    and self.fe.text(expression) in registrars
                ):
                    definition = statement.child_by_field_name("definition")
                    own = definition.child_by_field_name("name") if definition else None
                    member = (
                        self.binding_function(module.bindings.get(self.fe.text(own)))
                        if own is not None
                        else None
                    )
                    if member is not None and member not in found:
                        found.append(member)
                    break
        return found

    def registered_value(self, node: Node, table: str) -> Node | None:
        """The name `node` stores in the module table `table`: `table[key] = fn`, or
        (a list or set of functions) `table.append(fn)` / `.add(fn)` / `.insert(i, fn)`."""
        if node.type == "assignment":
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            held = left.child_by_field_name("value") if left is not None else None
            if left is None or left.type != "subscript" or held is None:
                return None
            if self.fe.text(held) != table or right is None or right.type != "identifier":
                return None
            return right
        if node.type != "call":
            return None
        callee = self.fe.callee(node)
        if callee is None or callee.type != "attribute":
            return None
        method = callee.child_by_field_name("attribute")
        held = callee.child_by_field_name("object")
        if method is None or held is None or self.fe.text(held) != table:
            return None
        if self.fe.text(method) not in ("append", "add", "insert"):
            return None
        args = self.fe.positional_args(node)
        value = args[-1] if args else None
        return value if value is not None and value.type == "identifier" else None

    def method_applied(self, callee: Node, call: Node, scope: Scope) -> tuple[str, int] | None:
        """`operator.methodcaller("post", url)(session)` (also kept in a name first):
        the method it names, called on its argument: `requests.Session().post`, and how
        many positional arguments the method gets."""
        maker: Node | None = callee
        if callee.type in self.syntax.identifier:
            binding = self.semantic.resolve(callee, scope)
            maker = binding.assigned_value if binding is not None else None
        if maker is None or maker.type not in self.syntax.call:
            return None
        function = self.fe.callee(maker)
        if function is None or self.fe.qualname(function, scope) != "operator.methodcaller":
            return None
        given = self.fe.positional_args(maker)
        method = self.fe.string_value(given[0]) if given else None
        target = self.fe.positional_args(call)
        if method is None or len(target) != 1:
            return None
        receiver = self.fe.qualname(target[0], scope)
        if receiver is None or receiver.startswith((".", LOCAL)):
            return None
        return f"{receiver}.{method}", len(given) - 1

    def called_instance(self, value: Node | None, scope: Scope) -> tuple[str, Node, Scope] | None:
        """The `__call__` (Python) of the class of the file `value` builds, if any."""
        method = self.fe.call_method
        if value is None or method is None or value.type not in self.syntax.call:
            return None
        class_scope = self.class_scope_of(value, scope)
        if class_scope is None:
            return None
        return self.class_method(class_scope, method)

    def looked_up_functions(self, callee: Node, scope: Scope) -> list[tuple[str, Node, Scope]]:
        """`getattr(self, f"_on_{kind}")(...)` / `globals()[f"handle_{kind}"](...)`: a
        function looked up by a name built at run time. Any method of the class (any
        function of the module) whose name starts with the name's literal prefix may
        run; a name without a literal prefix says nothing about which."""
        while callee.type == "parenthesized_expression" and callee.named_children:
            callee = callee.named_children[0]
        holder: Scope | None = None
        name: Node | None = None
        if callee.type in self.syntax.call:
            function = self.fe.callee(callee)
            args = self.fe.positional_args(callee)
            if (
                function is None
                or function.type not in self.syntax.identifier
                or self.fe.text(function) != "getattr"
                or self.semantic.resolve(function, scope) is not None
                or len(args) < 2
            ):
                return []
            holder = self.class_scope_of(args[0], scope)
            name = args[1]
        elif callee.type == "subscript":
            table = callee.child_by_field_name("value")
            name = callee.child_by_field_name("subscript")
            if (
                table is None
                or table.type not in self.syntax.call
                or self.fe.text(table).replace(" ", "") not in ("globals()", "vars()")
            ):
                return []
            holder = self.semantic.module
        if holder is None or name is None:
            return []
        exact, prefix = self.name_prefix(name)
        if not prefix:
            return []
        found: list[tuple[str, Node, Scope]] = []
        names = list(holder.bindings)
        bases = self.base_classes(holder) if holder.kind == ScopeKind.CLASS else []
        for base in bases:
            names += [n for n in base.bindings if n not in names]
        for member in names:
            if member != prefix if exact else not member.startswith(prefix):
                continue
            reached = (
                self.class_method(holder, member)
                if holder.kind == ScopeKind.CLASS
                else self.binding_function(holder.bindings.get(member))
            )
            if reached is not None and reached not in found:
                found.append(reached)
        return found

    def picked_functions(self, callee: Node, scope: Scope) -> list[tuple[str, Node, Scope]]:
        """A Python name that holds a function picked before the call: from a table
        (`handler = ROUTES.get(route, to_stdout)`, its default included; `ROUTES[r]`), or
        assigned a function of the file on several branches (`cleanup = archive` in one
        `match` arm, `cleanup = keep` in another): any of them may run."""
        if not self.syntax.keyword_argument or callee.type not in self.syntax.identifier:
            return []
        binding = self.semantic.resolve(callee, scope)
        if binding is None or binding.kind != NameKind.ASSIGNMENT or binding.member:
            return []
        found: list[tuple[str, Node, Scope]] = []
        if not binding.rebound:
            value = binding.value
            if value is None or (value.type not in self.syntax.call and value.type != "subscript"):
                return []
            found = list(self.dispatched_functions(value, binding.scope))
            getter = self.table_get(value) if value.type in self.syntax.call else None
            args = self.fe.positional_args(value) if getter is not None else []
            if found and len(args) == 2 and args[1].type in self.syntax.identifier:
                default = self.local_function(args[1], binding.scope)
                if default is not None and default not in found:
                    found.append(default)
            return found
        known = self.picked.get(id(binding))
        if known is None:
            known = self.picked[id(binding)] = self.assigned_functions(binding)
        return list(known)

    def assigned_functions(self, binding: Binding) -> list[tuple[str, Node, Scope]]:
        """The functions of the file a rebound name is assigned (`name = f` in its scope),
        or none when it is also assigned something else."""
        found: list[tuple[str, Node, Scope]] = []
        for node in iter_nodes(binding.scope.node):
            if node.type != "assignment":
                continue
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if left is None or right is None or self.fe.text(left) != binding.name:
                continue
            if right.type not in self.syntax.identifier:
                return []  # something else is assigned too: not only functions
            function = self.local_function(right, binding.scope)
            if function is None:
                return []
            if function not in found:
                found.append(function)
            if len(found) == MAX_MAY_CALL:
                break
        return found

    def table_class_methods(self, callee: Node, scope: Scope) -> list[tuple[str, Node, Scope]]:
        """`STRATEGIES[mode]().run(path)` / `STRATEGIES.get(mode)().run(path)` on a dict
        of classes of the file: the method of whichever class the key picks."""
        if callee.type != self.syntax.attribute:
            return []
        built = callee.child_by_field_name("object")
        method = callee.child_by_field_name(self.syntax.attribute_name_field)
        if built is None or method is None or built.type not in self.syntax.call:
            return []
        maker = self.fe.callee(built)
        if maker is None:
            return []
        getter = self.table_get(maker)
        if getter is not None:
            table: Node | None = getter[0]
        elif maker.type in ("subscript", "subscript_expression"):
            table = maker.child_by_field_name("value") or maker.child_by_field_name("object")
        else:
            return []
        if table is None or table.type not in self.syntax.identifier:
            return []
        binding = self.semantic.resolve(table, scope)
        held = binding.assigned_value if binding is not None else None
        if held is None or held.type not in ("dictionary", "object"):
            return []
        found: list[tuple[str, Node, Scope]] = []
        for entry in held.named_children:
            value = entry.child_by_field_name("value")
            if value is None or value.type not in self.syntax.identifier:
                continue
            cls = self.semantic.resolve(value, binding.scope if binding else scope)
            if cls is None or cls.kind != NameKind.CLASS or cls.value is None:
                continue
            class_scope = self.open_class(cls.value, cls.scope)
            reached = (
                self.class_method(class_scope, self.fe.text(method))
                if class_scope is not None
                else None
            )
            if reached is not None and reached not in found:
                found.append(reached)
        return found

    def field_functions(self, callee: Node, scope: Scope) -> list[tuple[str, Node, Scope]]:
        """`ch.send(text)` where `ch` is an instance of a dataclass / NamedTuple of the
        file built with a function in its `send` field (`Channel("teams", post_teams)`),
        bound to the name or iterated from a list / tuple of such instances: any of the
        functions given for that field may run."""
        if not self.syntax.keyword_argument or callee.type != self.syntax.attribute:
            return []
        obj = callee.child_by_field_name("object")
        attr = callee.child_by_field_name(self.syntax.attribute_name_field)
        if obj is None or attr is None or obj.type not in self.syntax.identifier:
            return []
        binding = self.semantic.resolve(obj, scope)
        if binding is None or binding.rebound:
            return []
        built: list[Node] = []
        if binding.kind == NameKind.ASSIGNMENT and binding.value is not None:
            built = [binding.value]
        elif binding.kind == NameKind.LOOP:
            loop = binding.node.parent
            items = loop.child_by_field_name("right") if loop is not None else None
            if loop is None or loop.type != "for_statement" or items is None:
                return []
            if items.type in self.syntax.identifier:
                held = self.semantic.resolve(items, scope)
                items = held.assigned_value if held is not None else None
            if items is None or items.type not in ("list", "tuple"):
                return []
            built = list(items.named_children)
        field = self.fe.text(attr)
        found: list[tuple[str, Node, Scope]] = []
        for call in built:
            if call.type not in self.syntax.call:
                continue
            given = self.field_argument(call, field)
            if given is None or given.type not in self.syntax.identifier:
                continue
            function = self.local_function(given, self.semantic.scope_at(given))
            if function is not None and function not in found:
                found.append(function)
        return found

    def field_argument(self, call: Node, field: str) -> Node | None:
        """The argument a call building a dataclass / NamedTuple of the file gives its
        field `field`: by keyword, or by the field's place among the annotated fields of
        the class body (a class with its own `__init__` maps them otherwise)."""
        maker = self.fe.callee(call)
        if maker is None or maker.type not in self.syntax.identifier:
            return None
        cls = self.semantic.resolve(maker, self.semantic.scope_at(maker))
        if cls is None or cls.kind != NameKind.CLASS or cls.value is None:
            return None
        keyword = self.fe.keyword_arg(call, field)
        if keyword is not None:
            return keyword
        body = cls.value.child_by_field_name("body")
        fields: list[str] = []
        for statement in body.named_children if body is not None else ():
            if statement.type == "function_definition":
                name = statement.child_by_field_name("name")
                if name is not None and self.fe.text(name) == "__init__":
                    return None
            inner = statement.named_children[0] if statement.named_children else None
            if statement.type != "expression_statement" or inner is None:
                continue
            target = inner.child_by_field_name("left")
            if inner.type == "assignment" and inner.child_by_field_name("type") is not None:
                if target is not None and target.type in self.syntax.identifier:
                    fields.append(self.fe.text(target))
        if field not in fields:
            return None
        positional = self.fe.positional_args(call)
        index = fields.index(field)
        return positional[index] if index < len(positional) else None

    def registered_implementations(
        self, function: tuple[str, Node, Scope], argument: Node | None = None
    ) -> list[tuple[str, Node, Scope]]:
        """The implementations of a `functools.singledispatch` function (or method):
        the functions beside it decorated `@name.register` / `@name.register(Type)`.
        When the argument's type is plain (`emit(Metric(...))` of a class of the file,
        a literal), only the one registered for that type."""
        known_as, node, scope = function
        wanted = self.argument_type(argument) if argument is not None else None
        decorated = node.parent
        name = node.child_by_field_name("name")
        if decorated is None or decorated.type != "decorated_definition" or name is None:
            return []
        dispatches = False
        for decorator in decorated.named_children:
            expression = decorator.named_children[0] if decorator.named_children else None
            if decorator.type == "decorator" and expression is not None:
                if self.fe.qualname(expression, scope) in SINGLE_DISPATCH:
                    dispatches = True
        block = decorated.parent
        if not dispatches or block is None:
            return []
        register = self.fe.text(name) + ".register"
        found = []
        for sibling in block.named_children:
            if sibling.type != "decorated_definition" or sibling == decorated:
                continue
            implementation = sibling.child_by_field_name("definition")
            if implementation is None or implementation.type not in self.syntax.function:
                continue
            for decorator in sibling.named_children:
                expression = decorator.named_children[0] if decorator.named_children else None
                if decorator.type != "decorator" or expression is None:
                    continue
                typed = None
                if expression.type in self.syntax.call:
                    given = self.fe.positional_args(expression)  # `@emit.register(Alert)`
                    typed = given[0] if given else None
                    expression = self.fe.callee(expression)
                if expression is None or self.fe.text(expression) != register:
                    continue
                label = implementation.child_by_field_name("name")
                own = self.fe.text(label) if label is not None else "_"
                if typed is None:  # `def _(self, item: int)`: the first annotated one
                    params = implementation.child_by_field_name("parameters")
                    typed = next(
                        (
                            p.child_by_field_name("type")
                            for p in (params.named_children if params else ())
                            if p.child_by_field_name("type") is not None
                        ),
                        None,
                    )
                kind = self.fe.text(typed) if typed is not None else "…"
                if wanted is not None and kind not in wanted:
                    break  # registered for another type than the argument's
                if own == "_":  # the usual name: say which type it is registered for
                    own = f"{known_as}[{kind}]"
                found.append((own, implementation, scope))
                break
        return found

    def argument_type(self, argument: Node) -> frozenset[str] | None:
        """The types a dispatching call's argument plainly has: a class of the file it
        builds (`Metric(...)`) with its bases' names, or a literal's (`3`: `int`)."""
        literal = {
            "integer": "int",
            "float": "float",
            "string": "str",
            "list": "list",
            "dictionary": "dict",
        }
        if argument.type in literal:
            return frozenset({literal[argument.type]})
        if argument.type not in self.syntax.call:
            return None
        maker = self.fe.callee(argument)
        if maker is None or maker.type not in self.syntax.identifier:
            return None
        cls = self.semantic.resolve(maker, self.semantic.scope_at(maker))
        if cls is None or cls.kind != NameKind.CLASS or cls.value is None:
            return None
        names = {self.fe.text(maker)}
        for _ in range(8):  # the bases of the file's classes, up the chain
            bases = cls.value.child_by_field_name("superclasses") if cls.value else None
            base = bases.named_children[0] if bases and bases.named_children else None
            if base is None or base.type not in self.syntax.identifier:
                break
            names.add(self.fe.text(base))
            cls = self.semantic.resolve(base, self.semantic.scope_at(base))
            if cls is None or cls.kind != NameKind.CLASS:
                break
        return frozenset(names)

    def name_prefix(self, name: Node) -> tuple[bool, str]:
        """The literal start of a name built at run time, and whether it is the whole
        name: `"x"` (whole), `f"_on_{kind}"`, `"_on_" + kind`, `"_on_%s" % kind`,
        `"_on_{}".format(kind)` (the part before the first substitution)."""
        if name.type == "string":
            parts = [c for c in name.named_children if c.type not in ("string_start", "string_end")]
            prefix = ""
            for part in parts:
                if part.type != "string_content":
                    return False, prefix
                prefix += self.fe.text(part)
            return True, prefix
        if name.type == "binary_operator":
            left = name.child_by_field_name("left")
            operator = name.child_by_field_name("operator")
            if left is None or left.type != "string" or operator is None:
                return False, ""
            exact, prefix = self.name_prefix(left)
            if not exact:
                return False, prefix
            if self.fe.text(operator) == "%":
                return False, prefix.split("%", 1)[0]
            return False, prefix if self.fe.text(operator) == "+" else ""
        if name.type in self.syntax.call:
            function = self.fe.callee(name)
            if function is not None and function.type == self.syntax.attribute:
                obj = function.child_by_field_name("object")
                attr = function.child_by_field_name(self.syntax.attribute_name_field)
                if (
                    obj is not None
                    and attr is not None
                    and obj.type == "string"
                    and self.fe.text(attr) == "format"
                ):
                    exact, prefix = self.name_prefix(obj)
                    return False, prefix.split("{", 1)[0] if exact else prefix
        return False, ""

    def registered_by_helpers(self, table: Node) -> list[tuple[str, Node, Scope]]:
        """`Dispatcher.register("page", async (e) => {...})` as a statement at module
        level, where the file's `register(kind, h)` stores its parameter in the table the
        call reads (`Dispatcher.handlers[kind] = h` / `handlers.set(kind, h)`): the
        functions registered when the module loads (tasks among them are dispatched)."""
        spelled = self.fe.text(table)
        if not spelled or len(spelled) > 120:
            return []
        if spelled not in self.registered_memo:
            self.registered_memo[spelled] = self._registered_by_helpers(spelled)
        return list(self.registered_memo[spelled])

    def _registered_by_helpers(self, spelled: str) -> list[tuple[str, Node, Scope]]:
        module = self.semantic.module
        found: list[tuple[str, Node, Scope]] = []
        for stmt in self.semantic.root.named_children:
            call = stmt.named_children[0] if stmt.type == "expression_statement" else None
            if call is None or call.type not in self.syntax.call:
                continue
            callee = self.fe.callee(call)
            registrar = self.local_function(callee, module) if callee is not None else None
            if registrar is None:
                continue
            info = self.fe.function_info(registrar[1])
            params = [p.name for p in info.params if p.name not in ("self", "cls")]
            for index, arg in enumerate(self.fe.positional_args(call)):
                if index >= len(params) or info.body is None:
                    continue
                handed: tuple[str, Node, Scope] | None = None
                if arg.type in self.syntax.function:
                    handed = f"{spelled}[]", arg, module
                elif arg.type in self.syntax.identifier and self.task_of(arg, module) is None:
                    handed = self.binding_function(self.semantic.resolve(arg, module))
                if handed is None or handed in found:
                    continue
                if self.stores_in(info.body, spelled, params[index]):
                    found.append(handed)
        return found

    def stores_in(self, body: Node, table: str, name: str) -> bool:
        """`body` stores the parameter `name` in the table spelled `table`: `table[k] =
        name` or `table.set(k, name)`."""
        stack = [body]
        while stack:
            node = stack.pop()
            if node.type in ("assignment_expression", "assignment"):
                left = node.child_by_field_name("left")
                right = node.child_by_field_name("right")
                if (
                    left is not None
                    and right is not None
                    and left.type in ("subscript_expression", "subscript")
                    and self.fe.text(right) == name
                ):
                    obj = left.child_by_field_name("object") or left.child_by_field_name("value")
                    if obj is not None and self.fe.text(obj) == table:
                        return True
            elif node.type in self.syntax.call:
                callee = self.fe.callee(node)
                args = self.fe.positional_args(node)
                if (
                    callee is not None
                    and self.fe.text(callee) == f"{table}.set"
                    and len(args) == 2
                    and self.fe.text(args[1]) == name
                ):
                    return True
            stack.extend(node.named_children)
        return False

    def calls_a_result(self, callee: Node, scope: Scope) -> bool:
        """Is the callee the result of a call: `make_sender(url)(...)`, or a name bound
        once to one (`send = make_sender(url)`, also awaited)?"""
        from wac_lint.semantic import Binding

        value: Node | None = callee
        if callee.type in self.syntax.identifier:
            binding = self.semantic.resolve(callee, scope)
            value = binding.assigned_value if isinstance(binding, Binding) else None
        while value is not None and value.type in self.semantic.syntax.awaits:
            value = value.named_children[-1] if value.named_children else None
        return value is not None and value.type in self.syntax.call

    def imported_members(self, callee: Node, scope: Scope) -> list[Node]:
        """`SENDERS[kind](...)` / `SENDERS.get(kind)(...)` on a dict / object literal of
        the file: the members that name an imported function (`post_json`,
        `http.post_json`, `{ postJson }`), under the key when it is a literal."""
        getter = self.table_get(callee)
        if getter is not None:
            obj, index = getter
        elif callee.type in ("subscript", "subscript_expression"):
            obj = callee.child_by_field_name("value") or callee.child_by_field_name("object")
            index = callee.child_by_field_name("subscript") or callee.child_by_field_name("index")
        else:
            return []
        if obj is None or index is None or obj.type not in self.syntax.identifier:
            return []
        from wac_lint.semantic import Binding

        binding = self.semantic.resolve(obj, scope)
        held = self.kept_value(binding.assigned_value) if isinstance(binding, Binding) else None
        if held is None or held.type not in ("object", "dictionary"):
            return []
        literal = self.fe.text(index).strip("\"'`") if index.type == "string" else None
        found = []
        for entry in held.named_children:
            if entry.type == "shorthand_property_identifier":
                key_node: Node | None = entry
                value: Node | None = entry
            elif entry.type == "pair":
                key_node = entry.child_by_field_name("key")
                value = entry.child_by_field_name("value")
            else:
                continue
            if key_node is None or value is None:
                continue
            if literal is not None and self.fe.text(key_node).strip("\"'") != literal:
                continue
            if value.type == self.syntax.attribute:  # `{"json": http.post_json}`
                qual = self.fe.qualname(value, scope)
                if qual is not None and not qual.startswith((LOCAL, ".")):
                    found.append(value)
                continue
            # a name, or `{ postJson }` (the shorthand names the binding of that name);
            # the file's own functions are `dispatched_functions`'
            shorthand = entry.type == "shorthand_property_identifier"
            if value.type not in self.syntax.identifier and not shorthand:
                continue
            target = self.semantic.resolve(value, scope)
            if target is not None and target.kind == NameKind.IMPORT:
                found.append(value)
        return found

    def globals_call(self, call: Node, scope: Scope) -> bool:
        """`globals()` (Python's builtin, not a name of the file): the module's names."""
        callee = self.fe.callee(call)
        return (
            callee is not None
            and callee.type in self.syntax.identifier
            and self.fe.text(callee) == "globals"
            and not self.fe.positional_args(call)
            and self.semantic.resolve(callee, scope) is None
        )

    def module_functions_named(self, key: Node) -> list[tuple[str, Node, Scope]]:
        """The functions of the module (not its tasks: those dispatch) whose names the key
        of `globals()[key]` can spell: a literal, or an f-string / `+` whose literal parts
        are kept (`f"sync_{system}"`: every `sync_*`)."""
        pattern = self.name_pattern(key, 0)
        if pattern is None or not pattern.replace(".*", ""):
            return []  # `globals()[name]`: nothing says which of the module's names
        spelled = re.compile(pattern)
        found: list[tuple[str, Node, Scope]] = []
        module = self.semantic.module
        for name, binding in module.bindings.items():
            if not spelled.fullmatch(name) or name in self.fe.task_bindings:
                continue
            function = self.binding_function(binding)
            if function is not None:
                found.append(function)
        return found

    def name_pattern(self, key: Node, depth: int) -> str | None:
        """A regular expression for the names a string expression can give: its literal
        parts as written, anything for what is interpolated or added."""
        if depth > 8:
            return None
        if key.type == "string":
            text = self.fe.string_value(key)
            if text is not None:
                return re.escape(text)
            parts = []
            for child in key.named_children:
                if child.type == "string_content":
                    parts.append(re.escape(self.fe.text(child)))
                elif child.type == "interpolation":
                    parts.append(".*")
                elif child.type not in ("string_start", "string_end"):
                    return None
            return "".join(parts)
        if key.type == "binary_operator":
            operator = key.child_by_field_name("operator")
            left = key.child_by_field_name("left")
            right = key.child_by_field_name("right")
            if operator is None or operator.type != "+" or left is None or right is None:
                return None
            sides = [
                self.name_pattern(side, depth + 1) if side.type == "string" else ".*"
                for side in (left, right)
            ]
            if any(side is None for side in sides):
                return None
            return "".join(side for side in sides if side is not None)
        return ".*"

    def table_get(self, callee: Node) -> tuple[Node | None, Node | None] | None:
        """`X.get(key)` as a callee: (X, key)."""
        if callee.type not in self.syntax.call:
            return None
        inner = self.fe.callee(callee)
        if inner is None or inner.type != self.syntax.attribute:
            return None
        name = inner.child_by_field_name(self.syntax.attribute_name_field)
        args = self.fe.positional_args(callee)
        if name is None or self.fe.text(name) != "get" or not args:
            return None
        return inner.child_by_field_name("object"), args[0]

    def registered_values(
        self, binding: object, only: str | None = None
    ) -> list[tuple[str, Node, Scope]]:
        """`notifiers.set("teams", async (t) => {...})` as statements at module level, on
        a module-level `Map` (under the key `only`, when the key is a literal): the file's
        functions registered in it when the module loads."""
        from wac_lint.semantic import Binding

        if not isinstance(binding, Binding) or binding.scope.kind != ScopeKind.MODULE:
            return []
        found: list[tuple[str, Node, Scope]] = []
        for stmt in self.semantic.root.named_children:
            call = stmt.named_children[0] if stmt.type == "expression_statement" else None
            if call is None or call.type not in self.syntax.call:
                continue
            callee = self.fe.callee(call)
            if callee is None or callee.type != self.syntax.attribute:
                continue
            obj = callee.child_by_field_name("object")
            attr = callee.child_by_field_name(self.syntax.attribute_name_field)
            args = self.fe.positional_args(call)
            if obj is None or attr is None or self.fe.text(attr) != "set" or len(args) != 2:
                continue
            if self.semantic.resolve(obj, binding.scope) is not binding:
                continue
            if only is not None and self.fe.text(args[0]).strip("\"'`") != only:
                continue
            value = args[1]
            helper: tuple[str, Node, Scope] | None = None
            if value.type in self.syntax.function:
                helper = f"{binding.name}.get", value, binding.scope
            elif value.type in self.syntax.identifier:
                if self.task_of(value, binding.scope) is None:  # a task is dispatched
                    helper = self.binding_function(self.semantic.resolve(value, binding.scope))
            if helper is not None and helper not in found:
                found.append(helper)
        return found

    def map_values(
        self, built: Node, scope: Scope, only: str | None = None
    ) -> list[tuple[str, Node, Scope]]:
        """`new Map([["slack", postSlack], ...])`: the file's functions it holds (under the
        key `only`, when the key is a literal)."""
        ctor = built.child_by_field_name("constructor")
        args = built.child_by_field_name("arguments")
        if ctor is None or self.fe.text(ctor) != "Map" or args is None or not args.named_children:
            return []
        found = []
        for pair in (
            args.named_children[0].named_children if args.named_children[0].type == "array" else ()
        ):
            value = (
                pair.named_children[1]
                if pair.type == "array" and len(pair.named_children) == 2
                else None
            )
            if value is None:
                continue
            if only is not None and self.fe.text(pair.named_children[0]).strip("\"'`") != only:
                continue
            if value.type in self.syntax.function:
                found.append(("Map.get", value, scope))
            elif value.type in self.syntax.identifier:
                helper = self.binding_function(self.semantic.resolve(value, scope))
                if helper is not None and helper not in found:
                    found.append(helper)
        return found

    def factory_product(self, binding: object) -> tuple[str, Node, Scope] | None:
        """`send = make_sender(url)` then `send(x)`: the function the factory of this
        file returns (a lambda / arrow, or a function it defines)."""
        from wac_lint.semantic import Binding

        if not isinstance(binding, Binding) or binding.assigned_value is None:
            return None
        value = binding.assigned_value
        while value.type in self.syntax.awaits and value.named_children:
            value = value.named_children[-1]
        if value.type not in self.syntax.call:
            return None
        maker = self.fe.callee(value)
        if maker is None or maker.type not in self.syntax.identifier:
            return None
        factory = self.binding_function(self.semantic.resolve(maker, binding.scope))
        product = self.returned_function(factory) if factory is not None else None
        return (binding.name, *product) if product is not None else None

    def factory_given_durable(self, callee: Node, scope: Scope) -> bool:
        """`sync = withRetries(pushStock)` then `sync(sku)`: the function the file's
        factory returns was handed a task (or a durable call) where it was made, so the
        handlers in it guard durable calls, as if the call passed the task itself."""
        from wac_lint.semantic import Binding

        if callee.type not in self.syntax.identifier:
            return False
        binding = self.semantic.resolve(callee, scope)
        if self.factory_product(binding) is None or not isinstance(binding, Binding):
            return False
        value = binding.assigned_value
        while value is not None and value.type in self.syntax.awaits and value.named_children:
            value = value.named_children[-1]
        args = value.child_by_field_name("arguments") if value is not None else None
        where = binding.scope
        return args is not None and (
            self.arguments_hold_durable(args, where) or self.passes_task(args, where)
        )

    def wrapped_functions(self, callee: Node, scope: Scope) -> list[tuple[str, Node, Scope]]:
        """`price_of = traced(_price_of)`: the functions of the file given to the factory
        whose product `callee` names (a decorator applied by a call): the wrapper it
        returns calls them with its own parameter, which names nothing."""
        from wac_lint.semantic import Binding

        if callee.type not in self.syntax.identifier:
            return []
        binding = self.semantic.resolve(callee, scope)
        if self.factory_product(binding) is None or not isinstance(binding, Binding):
            return []
        value = binding.assigned_value
        while value is not None and value.type in self.syntax.awaits and value.named_children:
            value = value.named_children[-1]
        args = value.child_by_field_name("arguments") if value is not None else None
        out = []
        for arg in args.named_children if args is not None else ():
            if arg.type in self.syntax.identifier:
                found = self.local_function(arg, binding.scope)
                if found is not None and found[1].type not in self.syntax.call:
                    out.append(found)
        return out

    def follow_wrapped(
        self,
        callee: Node,
        scope: Scope,
        chain: tuple[str, ...],
        site: Span,
        references: bool = False,
    ) -> None:
        """Walk what `library_wrapped` finds for `callee` as run at `site`; with
        `references`, also record the functions of a library it was given by reference
        (a schema's `.default(Date.now)`) as called there."""
        refs: list[tuple[Node, Scope]] = []
        for wrapped, via in self.library_wrapped(callee, scope, refs if references else None):
            self.follow(wrapped, (*chain, via) if via else chain, site)
        name = self.fe.text(callee) if callee.type in self.syntax.identifier else None
        for ref, where in refs:
            qual = self.fe.qualname(ref, where)
            if name is None or qual is None or qual.startswith((".", LOCAL)) or "(" in qual:
                continue
            if qual.startswith(ENVIRONMENT_READS):
                continue  # a value read where the library is given it, not a function
            self.add_body_call(qual, CallKind.CALL, ref, (*chain, name), 0, site)

    def library_wrapped(
        self, callee: Node, scope: Scope, refs: list[tuple[Node, Scope]] | None = None
    ) -> list[tuple[tuple[str, Node, Scope], str | None]]:
        """`rate = memoize(async (c) => ...)`, `locate = R.pipe(clean, geocode)`,
        `once(fn)`: the functions given to an imported higher-order function whose result
        `callee` names. What such a library returns (a memoizer, a composition, a
        throttle) calls the functions it was given when it is called, so a call of the
        name runs them here. Each with the name to show between the callee and it (None
        for a function written inline, shown under the callee's own name)."""

        if callee.type not in self.syntax.identifier:
            return []
        binding = self.semantic.resolve(callee, scope)
        once = _assigned_once(binding)
        if once is None or once.assigned_value is None:
            return []
        out: list[tuple[tuple[str, Node, Scope], str | None]] = []
        name = self.fe.text(callee)

        def given(value: Node, depth: int) -> None:
            while value.type in self.syntax.awaits and value.named_children:
                value = value.named_children[-1]
            if depth > 3 or value.type not in self.syntax.call:
                return
            maker = self.fe.callee(value)
            if maker is None or self.fe.resolve_sdk(maker, once.scope) is not None:
                return  # `task(fn)` / `step(...)`: the SDK's own, modelled elsewhere
            if not self.library_rooted(maker, once.scope, 0):
                return  # the file's own factory (`factory_product`) or a local value
            receiver = maker.child_by_field_name("object")  # both grammars
            if maker.type == self.syntax.attribute and receiver is not None:
                given(receiver, depth + 1)  # `Effect.tryPromise(...).pipe(...)`
            args = list(self.fe.positional_args(value))
            positional = {a.id for a in args}
            for arg in list(args):
                if arg.type in ("object", "dictionary"):
                    # `Effect.tryPromise({ try: () => ..., catch: ... })`
                    args += [
                        v
                        for pair in arg.named_children
                        if (v := pair.child_by_field_name("value")) is not None
                    ]
            for arg in args:
                arg = self.bound_function(arg, once.scope)
                if arg.type in self.syntax.function:
                    out.append(((name, arg, once.scope), None))
                elif arg.type in self.syntax.identifier:
                    found = self.local_function(arg, once.scope)
                    if found is not None and found[1].type in self.syntax.function:
                        out.append((found, name))
                    elif found is None and refs is not None and arg.id in positional:
                        refs.append((arg, once.scope))  # `memoize(fetch)`
                elif (
                    arg.type == self.syntax.attribute and refs is not None and arg.id in positional
                ):
                    refs.append((arg, once.scope))  # `.default(Date.now)`
                elif arg.type in self.syntax.call:
                    given(arg, depth + 1)  # `memoize(pipe(clean, geocode))`

        given(once.assigned_value, 0)
        return out

    def library_rooted(self, node: Node, scope: Scope, depth: int) -> bool:
        """`z.string().default`, `R.pipe`: an expression whose chain starts at a package
        import; or at a const built from one (`limiter` of `limiter.wrap` with `limiter =
        new Bottleneck(...)`, `throttle` of `throttle(fn)` with `throttle = pThrottle(...)`).
        Not the file's own functions, nor a module of the workspace (`./lib`)."""
        from wac_lint.semantic import Binding

        root = node
        while (
            root.type == self.syntax.attribute
            or root.type in self.syntax.call
            or root.type in self.syntax.new
        ):
            field = (
                "object"
                if root.type == self.syntax.attribute
                else "constructor"
                if root.type in self.syntax.new
                else "function"
            )
            inner = root.child_by_field_name(field)
            if inner is None:
                break
            root = inner
        if root.type not in self.syntax.identifier:
            return False
        found = self.semantic.resolve(root, scope)
        if not isinstance(found, Binding):
            return False
        if found.kind == NameKind.IMPORT:
            qual = self.fe.qualname(root, scope)
            return qual is not None and not qual.startswith((LOCAL, ".", "./", "../"))
        value = found.assigned_value
        if (
            depth >= 3
            or found.kind != NameKind.ASSIGNMENT
            or found.rebound
            or found.member
            or value is None
        ):
            return False
        while value.type in self.syntax.awaits and value.named_children:
            value = value.named_children[-1]
        if value.type not in self.syntax.call and value.type not in self.syntax.new:
            return False
        return self.library_rooted(value, found.scope, depth + 1)

    def returned_function(self, factory: tuple[str, Node, Scope]) -> tuple[Node, Scope] | None:
        """The function a function of the file returns (a lambda / arrow, or a function it
        defines), with its scope."""
        body = factory[1].child_by_field_name("body")
        if body is None:
            return None
        inner = self.semantic.scopes.open(factory[1], factory[2])
        stack = [body]
        while stack:
            node = stack.pop()
            if node.type in self.syntax.function:
                continue  # a nested function's own returns
            if node.type in self.syntax.returns and node.named_children:
                product = node.named_children[0]
                if product.type in self.syntax.function:
                    return product, inner
                if product.type in self.syntax.identifier:
                    found = self.binding_function(inner.bindings.get(self.fe.text(product)))
                    if found is not None:
                        return found[1], found[2]
            stack.extend(node.named_children)
        return None

    def decorators_above_task(self, task: TaskDef) -> list[tuple[str, Node, Scope]]:
        """`@with_metrics` written above `@task()`: calling the task calls the wrapper the
        file's decorator returns, in the caller's code (the task decorator only wraps
        what is below it)."""
        found = self.decorators_memo.get(id(task))
        if found is None:
            found = self.decorators_memo[id(task)] = self._decorators_above_task(task)
        return found

    def _decorators_above_task(self, task: TaskDef) -> list[tuple[str, Node, Scope]]:
        function = task.function.node if task.function is not None else None
        return self.decorator_wrappers(function, task.span.start_byte)

    def follow_own_decorators(self, fn: Node) -> None:
        """`@metered def score(...)` in a helper module the body imports `score` from:
        calling it runs the wrapper `metered` returns, whether `metered` is defined
        in that module or imported from a third one."""
        site = Span.of(fn)
        if fn.type == "method_definition":
            # a TypeScript method of a class of that module (`@logged added()`)
            self.follow_method_decorators(fn, self.semantic.scope_at(fn), (), site)
            return
        for wrapper in self.decorator_wrappers(fn):
            self.follow(wrapper, (), site)
        self.record_imported_decorators(fn, (), site)

    def record_imported_decorators(
        self, function: Node, chain: tuple[str, ...], site: Span | None
    ) -> None:
        """Each decorator of `function` that another module defines runs its wrapper
        where the function is called: recorded for the workspace to follow."""
        for decorator in self.imported_decorators(function):
            self.model.relative_import_calls.append(
                BodyCall(
                    self.fe.qualname(decorator, self.semantic.module) or self.fe.text(decorator),
                    CallKind.DECORATED,
                    decorator,
                    Span.of(decorator),
                    0,
                    chain,
                    site,
                )
            )

    def imported_decorators(self, function: Node | None, before: int | None = None) -> list[Node]:
        """The decorators above `function` (above the byte `before` only) that name an
        import (`@timed` of `from f.lib.timing import timed`, `@timing.timed`): another
        module's wrappers."""
        out = []
        for decorator in self.decorators_of(function):
            if before is not None and decorator.end_byte > before:
                break  # the task decorator (`before` is in it) and those below it
            expression = decorator.named_children[0] if decorator.named_children else None
            if expression is None:
                continue
            base = expression
            if base.type in self.syntax.call:
                # `@retrying(attempts=3)`: the decorator the imported factory returns
                base = self.fe.callee(base) or base
            while base.type == self.semantic.syntax.attribute:
                inner = base.child_by_field_name(self.semantic.syntax.attribute_object)
                if inner is None:
                    break
                base = inner
            if base.type not in self.syntax.identifier:
                continue  # `@make()(...)`: not followed
            binding = self.semantic.resolve(base, self.semantic.module)
            if binding is not None and binding.kind == NameKind.IMPORT:
                out.append(expression)
        return out

    def decorator_wrappers(
        self, function: Node | None, before: int | None = None
    ) -> list[tuple[str, Node, Scope]]:
        """The wrappers the file's decorators above `function` return (those above the
        byte `before` only): calling the decorated function calls them, in the caller's
        code (`@timed` whose `inner` reads the clock around the call)."""
        return [wrapper for _, wrapper in self.decorated_by(function, before)]

    def decorated_by(
        self, function: Node | None, before: int | None = None
    ) -> list[tuple[Node, tuple[str, Node, Scope]]]:
        """`decorator_wrappers`, each with the decorator that returns it."""
        out: list[tuple[Node, tuple[str, Node, Scope]]] = []
        for decorator in self.decorators_of(function):
            if before is not None and decorator.end_byte > before:
                break  # the task decorator (`before` is in it) and those below it
            expression = decorator.named_children[0] if decorator.named_children else None
            factory = expression is not None and expression.type in self.syntax.call
            if factory and expression is not None:  # `@audit(channel="infra")`
                expression = self.fe.callee(expression)
            if expression is None or expression.type not in self.syntax.identifier:
                continue
            binding = self.semantic.resolve(expression, self.semantic.module)
            if (
                not factory
                and self.fe.call_method is not None
                and binding is not None
                and binding.kind == NameKind.CLASS
                and binding.value is not None
            ):
                # `@Audited` naming a class of the file: the decorated name holds an
                # instance, so calling it runs the class's `__call__`
                holder = self.open_class(binding.value, binding.scope)
                called = self.class_method(holder, self.fe.call_method) if holder else None
                if called is not None:
                    out.append((decorator, called))
                continue
            maker = self.binding_function(binding)
            product = self.returned_function(maker) if maker is not None else None
            if factory and maker is not None and product is not None:
                # the decorator the factory returns, then the wrapper that one returns
                product = self.returned_function((maker[0], *product))
            if maker is not None and product is not None:
                out.append((decorator, (maker[0], *product)))
        return out

    def instance_call(
        self, callee: Node, binding: object, scope: Scope
    ) -> tuple[str, Node, Scope] | None:
        """`hook(text)` on an instance of a class of the file: its `__call__`."""
        from wac_lint.semantic import Binding

        method = self.fe.call_method
        if method is None or not isinstance(binding, Binding):
            return None
        if binding.kind != NameKind.ASSIGNMENT:
            return None
        class_scope = self.class_scope_of(callee, scope)
        if class_scope is None:
            return None
        found = self.binding_function(class_scope.bindings.get(method))
        if found is None:
            return None
        return self.class_prefix(class_scope) + method, found[1], found[2]

    def constructed(self, callee: Node, scope: Scope) -> list[tuple[str, Node, Scope]]:
        """`Webhook(url)` / `new Flags(u)`: what building an instance of a class of the
        file runs (`__new__`, `__init__`, a dataclass's `__post_init__`; `constructor`)."""
        if callee.type not in self.syntax.identifier:
            return []
        binding = self.semantic.resolve(callee, scope)
        if binding is None or binding.kind != NameKind.CLASS:
            return []
        class_scope = self.class_scope_of(callee, scope)
        if class_scope is None:
            return []
        prefix = self.class_prefix(class_scope)
        found = []
        meta = self.fe.metaclass_of(class_scope.node)
        meta_scope = self.class_scope_of(meta, class_scope.parent or scope) if meta else None
        if meta_scope is not None:
            # `class Report(metaclass=Audited)`: calling the class runs the metaclass's
            # `__call__` (which builds the instance, or not)
            hook = self.class_method(meta_scope, "__call__")
            if hook is not None:
                found.append(hook)
        for method in (*self.fe.constructor_methods, *self.fe.finalizer_methods):
            function = self.binding_function(class_scope.bindings.get(method))
            if function is not None:
                found.append((prefix + method, function[1], function[2]))
        return found

    def class_prefix(self, class_scope: Scope) -> str:
        """`Notifier.`: how a method of this class is named in a call chain."""
        owner = class_scope.node.child_by_field_name("name")
        if owner is None and class_scope.node.parent is not None:  # TS: the scope is the body
            owner = class_scope.node.parent.child_by_field_name("name")
        return self.fe.text(owner) + "." if owner is not None else ""

    @staticmethod
    def kept_value(value: Node | None) -> Node | None:
        """The value a name is bound to, past what only types it: `{...} satisfies T`,
        `{...} as const`, `x!`, parentheses (the object at run time is the literal)."""
        while value is not None and value.type in KEPT_WRAPPERS and value.named_children:
            value = value.named_children[0]
        return value

    def literal_member(
        self, obj: Node, member: str, scope: Scope, depth: int = 0
    ) -> tuple[str, Node, Scope] | None:
        """A function stored under `member` in an object / dict literal a name is bound
        to once: `const slack = { notify() {...} }`, `NOTIFIERS = {"slack": lambda t: ...}`
        (also `{ notify }` shorthand, a member spread in from another such literal, and
        the literal a module-pattern IIFE returns)."""
        from wac_lint.semantic import Binding

        if obj.type == "this":
            found = self.this_object(scope)
            return self.object_member(found[0], member, "this", found[1], depth) if found else None
        if obj.type not in self.syntax.identifier:
            return None
        binding = self.semantic.resolve(obj, scope)
        if not isinstance(binding, Binding) or binding.assigned_value is None:
            return None
        value, owner = self.kept_value(binding.assigned_value), binding.scope
        if value is None:
            return None
        if value.type in self.syntax.call:
            made = self.factory_object(value, binding.scope)
            if made is None:
                return None
            value, owner = made
        return self.object_member(value, member, binding.name, owner, depth)

    def destructured_member(self, binding: object) -> tuple[str, Node, Scope] | None:
        """`const { findContact } = crm` then `findContact(email)`: the member of the
        object literal `crm` is bound to (one level of destructuring)."""
        from wac_lint.semantic import Binding

        if (
            not isinstance(binding, Binding)
            or binding.kind != NameKind.ASSIGNMENT
            or binding.rebound
            or len(binding.member) != 1
            or binding.value is None
            or binding.value.type not in self.syntax.identifier
        ):
            return None
        return self.literal_member(binding.value, binding.member[0], binding.scope)

    def object_member(
        self, value: Node, member: str, label: str, owner: Scope, depth: int = 0
    ) -> tuple[str, Node, Scope] | None:
        """The function under `member` in the object literal `value` (its names resolved
        in `owner`); the last entry of that name wins, as at run time."""
        if value.type not in ("object", "dictionary") or depth > 4:
            return None
        found: tuple[str, Node, Scope] | None = None
        for entry in value.named_children:
            if entry.type == "spread_element":
                # `{ ...baseApi, extra }`: the spread literal's members are copied in
                spread = entry.named_children[0] if entry.named_children else None
                inherited = (
                    self.literal_member(spread, member, owner, depth + 1)
                    if spread is not None
                    else None
                )
                if inherited is not None:
                    found = inherited
                continue
            if entry.type == "shorthand_property_identifier":
                # `{ refund, describe }`: the function of that name where the literal is
                if self.fe.text(entry) == member:
                    found = self.binding_function(self.semantic.resolve(entry, owner))
                continue
            key = entry.child_by_field_name("key" if entry.type == "pair" else "name")
            if key is None or self.fe.text(key).strip("\"'") != member:
                continue
            function = (
                entry if entry.type == "method_definition" else entry.child_by_field_name("value")
            )
            if function is None:
                found = None
            elif function.type in self.syntax.identifier:
                found = self.binding_function(self.semantic.resolve(function, owner))
            elif function.type in self.syntax.function or function.type == "method_definition":
                found = f"{label}.{member}", function, owner
            else:
                found = None
        return found

    def this_object(self, scope: Scope) -> tuple[Node, Scope] | None:
        """The object literal `this` is in a method of it (`{ async announce() {
        await this.post(...) } }`): the method's object when it is called as a member
        of the literal; arrows take `this` from around them."""
        current: Scope | None = scope
        while current is not None and current.node.type == "arrow_function":
            current = current.parent
        if current is None or current.kind != ScopeKind.FUNCTION:
            return None
        node = current.node
        parent = node.parent
        if parent is not None and parent.type == "pair":
            parent = parent.parent
        if parent is None or parent.type != "object" or current.parent is None:
            return None
        return parent, current.parent

    def factory_object(self, call: Node, scope: Scope) -> tuple[Node, Scope] | None:
        """`const api = createApi(base)`: the object literal the file's `createApi`
        returns (its only `return`, or an arrow's body), with the factory's scope."""
        maker = self.fe.callee(call)
        while maker is not None and maker.type == "parenthesized_expression":
            maker = maker.named_children[0] if maker.named_children else None
        if maker is None:
            return None
        factory: tuple[str, Node, Scope] | None
        if maker.type in self.syntax.function:
            factory = "", maker, scope  # `(() => { ...; return { refund }; })()`
        elif maker.type in self.syntax.identifier:
            factory = self.binding_function(self.semantic.resolve(maker, scope))
        else:
            return None
        body = factory[1].child_by_field_name("body") if factory is not None else None
        if factory is None or body is None:
            return None
        inner = self.semantic.scopes.open(factory[1], factory[2])
        returned: Node | None = body
        if body.type not in ("parenthesized_expression", "object", "dictionary"):
            returns = [c for c in body.named_children if c.type in self.syntax.returns]
            if len(returns) != 1 or not returns[0].named_children:
                return None
            returned = returns[0].named_children[0]
        while (
            returned is not None
            and returned.type == "parenthesized_expression"
            and returned.named_children
        ):
            returned = returned.named_children[0]
        if returned is None or returned.type not in ("object", "dictionary"):
            return None
        return returned, inner

    def reaching_functions(
        self, binding: object, use: Node
    ) -> list[tuple[str, Node, Scope]] | None:
        """The functions of the file a `let` may hold where `use` calls it, when it is
        assigned again after its declaration (`notify = async (m) => ...` in an `if`);
        None when it is not."""
        from wac_lint.semantic import Binding

        if not isinstance(binding, Binding):
            return None
        values = self.fe.semantic.reaching_values(binding, use)
        if values is None:
            return None
        found: list[tuple[str, Node, Scope]] = []
        seen: set[int] = set()
        for value in values:
            while value is not None and value.type in self.syntax.transparent:
                value = value.named_children[0] if value.named_children else None
            if value is not None and value.type in self.syntax.function and value.id not in seen:
                seen.add(value.id)
                found.append((binding.name, value, binding.scope))
                if len(found) == MAX_MAY_CALL:
                    break
        return found

    def binding_function(self, binding: object) -> tuple[str, Node, Scope] | None:
        from wac_lint.semantic import Binding

        if not isinstance(binding, Binding):
            return None
        if binding.kind == NameKind.FUNCTION and binding.value is not None:
            return binding.name, binding.value, binding.scope
        if (
            binding.kind == NameKind.ASSIGNMENT
            and not binding.rebound
            and not binding.member
            and binding.value is not None
            and binding.value.type in self.syntax.function
        ):
            return binding.name, binding.value, binding.scope
        return None

    def class_scope_of(self, obj: Node, scope: Scope) -> Scope | None:
        """The class whose methods `obj.m()` calls: `self`, `this`, the class, an instance."""
        semantic = self.semantic
        is_super = obj.type == "super" or (
            obj.type == "call"
            and (obj.child_by_field_name("function") or obj).type == "identifier"
            and self.fe.text(obj.child_by_field_name("function") or obj) == "super"
            and semantic.resolve(obj.child_by_field_name("function") or obj, scope) is None
        )
        if obj.type == "this" or is_super:
            current: Scope | None = scope
            while current is not None:
                if current.kind == ScopeKind.CLASS:
                    if is_super:  # `super().write(...)` / `super.write(...)`: the base's
                        bases = self.base_classes(current)
                        return bases[0] if bases else None
                    return current
                current = current.parent
            return None
        chained = self.fe.callee(obj) if obj.type in self.syntax.call else None
        if chained is not None and chained.type == self.syntax.attribute:
            # `new Query(pool).where(x).run()`: a method that returns `this` / `self`
            receiver = chained.child_by_field_name("object")
            method = chained.child_by_field_name(self.syntax.attribute_name_field)
            holder = self.class_scope_of(receiver, scope) if receiver is not None else None
            found = self.class_method(holder, self.fe.text(method)) if holder and method else None
            if found is None or holder is None:
                return None
            if self.returns_self(found[1]):
                return holder
            # `Inventory.for_region(r)`: a classmethod / staticmethod constructor
            made = self.returned_classes(found[1], found[2], holder)
            return made[0] if len(made) == 1 else None
        if obj.type in self.syntax.call or obj.type in self.syntax.new:
            # `Notifier(hook).send(...)` / `new Notifier(hook).send(...)`
            ctor = self.generic_origin(
                obj.child_by_field_name(
                    "constructor" if obj.type in self.syntax.new else "function"
                )
            )
            if ctor is None or ctor.type not in self.syntax.identifier:
                return None
            cls = semantic.resolve(ctor, scope)
            if cls is not None and cls.kind == NameKind.CLASS and cls.value is not None:
                return self.open_class(cls.value, cls.scope)
            made = self.classes_built_by(obj, scope)
            return made[0] if len(made) == 1 else None
        if obj.type == self.syntax.attribute:
            resolved = self.container_class(obj, scope)  # `container.cradle.mailer`
            if resolved is not None:
                return resolved
            # `Crm.Contacts.upsert(...)`: a namespace (or class) declared in another one
            outer = obj.child_by_field_name("object")
            inner = obj.child_by_field_name(self.syntax.attribute_name_field)
            holder = self.class_scope_of(outer, scope) if outer is not None else None
            member = holder.bindings.get(self.fe.text(inner)) if holder and inner else None
            if (
                member is not None
                and member.kind in (NameKind.CLASS, NameKind.NAMESPACE)
                and member.value is not None
            ):
                return self.open_class(member.value, member.scope)
            held = (
                semantic.attribute_value(outer, self.fe.text(inner), scope)
                if outer is not None and inner is not None
                else None
            )
            made_by = None
            if held is not None and (held.type in self.syntax.call or held.type in self.syntax.new):
                made_by = held.child_by_field_name(
                    "constructor" if held.type in self.syntax.new else "function"
                )
            if held is not None and made_by is not None and made_by.type in self.syntax.identifier:
                # `this.http.get(...)` where `this.http` is `new FetchHttp()` (a class
                # built by name: no chain to follow further)
                return self.class_scope_of(held, semantic.scope_at(held))
            return None
        if obj.type not in self.syntax.identifier:
            return None
        binding = semantic.resolve(obj, scope)
        if binding is None:
            return None
        if binding.kind in (NameKind.CLASS, NameKind.NAMESPACE) and binding.value is not None:
            return self.open_class(binding.value, binding.scope)
        if binding.kind == NameKind.PARAMETER:
            fn_scope = binding.scope
            owner = fn_scope.parent
            params = self.fe.first_parameter(fn_scope.node)
            if owner is not None and owner.kind == ScopeKind.CLASS and params == binding.node:
                return owner  # `self` / `cls`
            return self.annotated_class(binding.node.parent, binding.scope)
        if binding.kind == NameKind.CONTEXT and binding.value is not None:
            # `with Ledger(url) as ledger:` (`__enter__` giving back the instance)
            value = binding.value
            if value.type in self.syntax.call or value.type in self.syntax.new:
                return self.class_scope_of(value, binding.scope)
        if (
            binding.kind == NameKind.ASSIGNMENT
            and not binding.rebound
            and binding.value is not None
        ):
            value = binding.value
            while value.type in self.syntax.awaits and value.named_children:
                value = value.named_children[-1]
            if value.type in self.syntax.call or value.type in self.syntax.new:
                ctor = self.generic_origin(
                    value.child_by_field_name(
                        "constructor" if value.type in self.syntax.new else "function"
                    )
                )
                if ctor is not None and ctor.type in self.syntax.identifier:
                    cls = semantic.resolve(ctor, binding.scope)
                    if cls is not None and cls.kind == NameKind.CLASS and cls.value is not None:
                        return self.open_class(cls.value, cls.scope)
                made = self.classes_built_by(value, binding.scope)
                if len(made) == 1:
                    return made[0]
            elif binding.member or value.type == self.syntax.attribute:
                # `const { auditLog } = container.cradle`, `const m = container.cradle.m`
                resolved = self.container_class(value, binding.scope, binding.member)
                if resolved is not None:
                    return resolved
            return self.declared_class(binding.node.parent, value, binding.scope)
        return None

    def container_class(
        self, value: Node, scope: Scope, member: tuple[str, ...] = ()
    ) -> Scope | None:
        """The class of the file a dependency-injection container hands back: a library
        container's lookup given the class itself (tsyringe `container.resolve(Mailer)`,
        typedi `Container.get(Repo)`, NestJS `app.get(Service)`), or given a token the
        file registered a class of its own under (inversify `bind(TYPES.Mailer).to(
        SmtpMailer)` then `get(TYPES.Mailer)`, tsyringe `register("mailer", { useClass:
        Smtp })`, typedi `Container.set(token, new Repo())`, awilix `register({ audit:
        asClass(HttpAudit) })` then `container.cradle.audit` or `resolve("audit")`)."""
        syntax = self.syntax
        if value.type in syntax.awaits and value.named_children:
            value = value.named_children[-1]
        if value.type == syntax.attribute:
            # awilix's `container.cradle.audit` (or `{ audit } = container.cradle`)
            holder = value.child_by_field_name("object")
            name = value.child_by_field_name(syntax.attribute_name_field)
            if holder is None or name is None:
                return None
            if self.fe.text(name) == "cradle" and len(member) == 1:
                container, key = value, member[0]
            elif holder.type == syntax.attribute and not member:
                inner = holder.child_by_field_name(syntax.attribute_name_field)
                if inner is None or self.fe.text(inner) != "cradle":
                    return None
                container, key = holder, self.fe.text(name)
            else:
                return None
            container = container.child_by_field_name("object") or container
            return self.registered_class(container, key, scope)
        if value.type not in syntax.call:
            return None
        callee = self.fe.callee(value)
        if callee is None or callee.type != syntax.attribute:
            return None
        method = callee.child_by_field_name(syntax.attribute_name_field)
        receiver = callee.child_by_field_name("object")
        args = self.fe.positional_args(value)
        if method is None or receiver is None or not args:
            return None
        if self.fe.text(method) not in CONTAINER_LOOKUPS or not self.library_object(
            receiver, scope
        ):
            return None
        cls = self.file_class(args[0], scope)
        if cls is not None:
            return cls
        return self.registered_class(receiver, self.token_key(args[0]), scope)

    def library_object(self, node: Node, scope: Scope) -> bool:
        """`node` is an imported name (or a member of one), or a name bound to what a
        library builds (`new Container()`, `createContainer()`)."""
        root = self.chain_root(node)
        binding = self.semantic.resolve(root, scope) if root is not None else None
        if binding is None:
            return False
        if binding.kind == NameKind.IMPORT:
            return True
        value = binding.value if binding.kind == NameKind.ASSIGNMENT else None
        if value is None or not (value.type in self.syntax.call or value.type in self.syntax.new):
            return False
        maker = value.child_by_field_name(
            "constructor" if value.type in self.syntax.new else "function"
        )
        return maker is not None and self.library_object(maker, binding.scope)

    def file_class(self, node: Node, scope: Scope) -> Scope | None:
        """The class of the file a name reaches."""
        if node.type not in self.syntax.identifier:
            return None
        cls = self.semantic.resolve(node, scope)
        if cls is not None and cls.kind == NameKind.CLASS and cls.value is not None:
            return self.open_class(cls.value, cls.scope)
        return None

    def token_key(self, node: Node) -> str:
        """How a registration token is spelled (`"mailer"` and `'mailer'` alike)."""
        text = self.fe.text(node)
        return text.strip("\"'`") if node.type in ("string", "template_string") else text

    def registered_class(self, container: Node, key: str, scope: Scope) -> Scope | None:
        """The class of the file registered under `key` on the container spelled
        `container` (see `container_class`), found once per file."""
        if self.registrations is None:
            self.registrations = self.container_registrations()
        found = self.registrations.get((self.fe.text(container), key))
        return self.file_class(*found) if found is not None else None

    def container_registrations(self) -> dict[tuple[str, str], tuple[Node, Scope]]:
        """Every `X.bind(T).to(C)` / `X.bind(C).toSelf()`, `X.register(T, { useClass: C
        })` / `X.register(T, C)` / `X.registerSingleton(T, C)`, `X.set(T, new C())` and
        `X.register({ t: asClass(C)... })` of the file, by (container, token)."""
        found: dict[tuple[str, str], tuple[Node, Scope]] = {}
        syntax = self.syntax
        text = self.fe.text
        for call in self.fe.model.node_index.by_type.get(self.fe.model.lang.call_node, []):
            callee = self.fe.callee(call)
            if callee is None or callee.type != syntax.attribute:
                continue
            method = callee.child_by_field_name(syntax.attribute_name_field)
            receiver = callee.child_by_field_name("object")
            if method is None or receiver is None:
                continue
            name = text(method)
            args = self.fe.positional_args(call)
            scope = self.semantic.scope_at(call)
            if name in ("to", "toSelf") and receiver.type in syntax.call:
                bind = self.fe.callee(receiver)
                tokens = self.fe.positional_args(receiver)
                if bind is None or bind.type != syntax.attribute or not tokens:
                    continue
                bind_name = bind.child_by_field_name(syntax.attribute_name_field)
                container = bind.child_by_field_name("object")
                if bind_name is None or container is None or text(bind_name) != "bind":
                    continue
                target = args[0] if name == "to" and args else tokens[0]
                found[(text(container), self.token_key(tokens[0]))] = (target, scope)
            elif name in ("register", "registerSingleton", "set") and len(args) == 2:
                target = args[1]
                if target.type == "object":
                    use = next(
                        (
                            p.child_by_field_name("value")
                            for p in target.named_children
                            if p.type == "pair"
                            and text(p.child_by_field_name("key") or p) == "useClass"
                        ),
                        None,
                    )
                    target = use if use is not None else target
                elif target.type in syntax.new:
                    target = target.child_by_field_name("constructor") or target
                found[(text(receiver), self.token_key(args[0]))] = (target, scope)
            elif name == "register" and len(args) == 1 and args[0].type == "object":
                for pair in args[0].named_children:
                    key = pair.child_by_field_name("key") if pair.type == "pair" else None
                    if key is None:
                        continue
                    made = pair.child_by_field_name("value")
                    while made is not None and made.type in syntax.call:
                        maker = self.fe.callee(made)
                        if maker is not None and maker.type in syntax.identifier:
                            if text(maker) == "asClass" and self.fe.positional_args(made):
                                target = self.fe.positional_args(made)[0]
                                found[(text(receiver), self.token_key(key))] = (target, scope)
                            break
                        made = maker.child_by_field_name("object") if maker is not None else None
        return found

    def declared_class(self, holder: Node | None, value: Node, scope: Scope) -> Scope | None:
        """The class of the file a name is declared to hold when its value says nothing
        more: `const m: Mailer = ...` / Python `m: Mailer = container.resolve(Mailer)`,
        `... as Mailer`, or a generic call given the class (`container.resolve<Mailer>(
        "mailer")`, a DI container's lookup) whose callee, where it is a function of the
        file, returns its type parameter."""
        if holder is not None and holder.type in ("variable_declarator", "assignment"):
            annotated = self.annotated_class(holder, scope)
            if annotated is not None:
                return annotated
        if value.type == "as_expression" and value.named_children:
            cast = value.named_children[-1]
            return self.named_class(self.fe.text(cast), scope)
        if value.type not in self.syntax.call:
            return None
        given = value.child_by_field_name("type_arguments")
        callee = self.fe.callee(value)
        if callee is None:
            return None
        if given is None:
            return self.looked_up_class(value, callee, scope)
        types = [t for t in given.named_children if t.type != "comment"]
        index = 0
        function = self.local_function(callee, scope)
        if function is not None:
            returned = function[1].child_by_field_name("return_type")
            params = function[1].child_by_field_name("type_parameters")
            names = [
                self.fe.text(p.child_by_field_name("name") or p)
                for p in (params.named_children if params is not None else ())
                if p.type == "type_parameter"
            ]
            wanted = self.fe.text(returned).lstrip(":").strip() if returned is not None else ""
            if wanted not in names:
                return None  # `list<T>(): T[]`, `load<T>(): Promise<T>`: not an instance
            index = names.index(wanted)
        elif len(types) != 1:
            return None
        return self.named_class(self.fe.text(types[index]), scope) if index < len(types) else None

    def looked_up_class(self, call: Node, callee: Node, scope: Scope) -> Scope | None:
        """`container.resolve(Mailer)` / `injector.get(Mailer)`: a dependency-injection
        container's lookup given a class of the file (its only argument) gives an
        instance of it (of a Protocol or abstract class: its implementation, where its
        methods are called)."""
        if callee.type != self.syntax.attribute:
            return None
        method = callee.child_by_field_name(self.syntax.attribute_name_field)
        if method is None or self.fe.text(method) not in CONTAINER_LOOKUPS:
            return None
        args = self.fe.positional_args(call)
        if len(args) != 1 or args[0].type not in self.syntax.identifier:
            return None
        return self.named_class(self.fe.text(args[0]), scope)

    def named_class(self, spelled: str, scope: Scope) -> Scope | None:
        """The class of the file a type is spelled as (`Mailer`), if it is one."""
        if not re.fullmatch(r"[A-Za-z_$][\w$]*", spelled):
            return None
        cls = self.semantic.lookup(spelled, scope)
        if cls is None or cls.kind != NameKind.CLASS or cls.value is None:
            return None
        return self.open_class(cls.value, cls.scope)

    def factory_methods(
        self, callee: Node, scope: Scope
    ) -> list[tuple[tuple[str, Node, Scope], Scope | None]]:
        """`notifier.deliver(...)` where `notifier = notifier_for(channel)` returns one of
        several classes of the file: the method of each (any of them may run). A method
        one of them inherits is walked for that class (its receiver), for its overrides."""
        if callee.type != self.syntax.attribute:
            return []
        obj = callee.child_by_field_name("object")
        attr = callee.child_by_field_name(self.syntax.attribute_name_field)
        if obj is None or attr is None:
            return []
        value: Node | None = obj
        if obj.type in self.syntax.identifier:
            binding = self.semantic.resolve(obj, scope)
            value = getattr(binding, "assigned_value", None)
            scope = binding.scope if binding is not None else scope
        while value is not None and value.type in self.syntax.awaits and value.named_children:
            value = value.named_children[-1]
        if value is None or value.type not in self.syntax.call:
            return []
        found: list[tuple[tuple[str, Node, Scope], Scope | None]] = []
        for made in self.classes_built_by(value, scope):
            method = self.class_method(made, self.fe.text(attr))
            if method is None:
                continue
            receiver = made if method[2].node != made.node else None  # inherited
            if all(m[1] != method[1] or r is not receiver for m, r in found):
                found.append((method, receiver))
        return found

    def annotated_class(self, holder: Node | None, scope: Scope) -> Scope | None:
        """The class of the file a parameter (or a function's return) is annotated with:
        `ledger: Ledger`, `-> "Ledger"`, `Optional[Ledger]`, `ledger: Ledger | None`."""
        if holder is None:
            return None
        annotation = holder.child_by_field_name("type") or holder.child_by_field_name("return_type")
        if annotation is None:
            return None
        text = self.fe.text(annotation).lstrip(":").strip().strip("\"'")
        text = re.sub(r"^(typing\.)?Optional\[(.*)\]$", r"\2", text)
        text = re.sub(r"\s*\|\s*(None|null|undefined)$|^(None|null|undefined)\s*\|\s*", "", text)
        if not re.fullmatch(r"[A-Za-z_$][\w$]*", text):
            return None
        cls = self.semantic.lookup(text, scope)
        if cls is None or cls.kind != NameKind.CLASS or cls.value is None:
            return None
        return self.open_class(cls.value, cls.scope)

    def classes_built_by(self, call: Node, scope: Scope, depth: int = 0) -> list[Scope]:
        """The classes of the file whose instance a call of a function (or a
        classmethod / staticmethod) of the file returns: `make_ledger(env)` whose
        `return Ledger(url)`, `Inventory.for_region(r)` whose `return cls(...)`."""
        if depth > 4 or call.type not in self.syntax.call:
            return []
        maker = self.fe.callee(call)
        if maker is None:
            return []
        resolved = self.container_class(call, scope)
        if resolved is not None:
            return [resolved]
        if maker.type in self.syntax.identifier:
            factory = self.binding_function(self.semantic.resolve(maker, scope))
            if factory is None:
                return []
            made = self.returned_classes(factory[1], factory[2], None, depth)
            declared = self.annotated_class(factory[1], factory[2]) if not made else None
            return [declared] if declared is not None else made
        if maker.type == self.syntax.attribute:
            receiver = maker.child_by_field_name("object")
            method = maker.child_by_field_name(self.syntax.attribute_name_field)
            holder = self.class_scope_of(receiver, scope) if receiver is not None else None
            found = self.class_method(holder, self.fe.text(method)) if holder and method else None
            if found is not None and holder is not None and not self.returns_self(found[1]):
                return self.returned_classes(found[1], found[2], holder, depth)
        return []

    def returned_classes(
        self, function: Node, outer: Scope, holder: Scope | None, depth: int = 0
    ) -> list[Scope]:
        """The classes of the file whose instances a function returns (`return
        Ledger(url)`, `return cls(...)` of a classmethod of `holder`, a name bound to
        one, a call of another such function), each once."""
        body = function.child_by_field_name("body")
        if body is None or depth > 4:
            return []
        inner = self.semantic.scopes.open(function, outer)
        first = self.fe.first_parameter(function)
        cls_name = self.fe.text(first) if first is not None and holder is not None else None
        values = self.fe.own_returns(body)
        if body.type not in ("block", "statement_block"):
            values.append(body)  # an arrow's expression body
        out: list[Scope] = []
        seen = 0
        while values and seen < 32:
            seen += 1
            value = values.pop(0)
            while value.type in self.syntax.awaits and value.named_children:
                value = value.named_children[-1]
            if value.type == "conditional_expression" and len(value.named_children) == 3:
                values += [value.named_children[0], value.named_children[2]]
                continue
            if value.type == "ternary_expression":
                values += [
                    c for c in value.named_children if c != value.child_by_field_name("condition")
                ]
                continue
            if value.type in self.syntax.identifier:
                bound = self.semantic.resolve(value, inner)
                held = getattr(bound, "assigned_value", None)
                if held is not None and bound is not None and bound.scope is inner:
                    values.append(held)
                continue
            made: list[Scope] = []
            if value.type in self.syntax.call or value.type in self.syntax.new:
                ctor = value.child_by_field_name(
                    "constructor" if value.type in self.syntax.new else "function"
                )
                cls = (
                    self.semantic.resolve(ctor, inner)
                    if ctor is not None and ctor.type in self.syntax.identifier
                    else None
                )
                if ctor is not None and cls_name is not None and self.fe.text(ctor) == cls_name:
                    made = [holder] if holder is not None else []  # `cls(...)`
                elif cls is not None and cls.kind == NameKind.CLASS and cls.value is not None:
                    opened = self.open_class(cls.value, cls.scope)
                    made = [opened] if opened is not None else []
                elif value.type in self.syntax.call:
                    made = self.classes_built_by(value, inner, depth + 1)
            for found in made:
                if all(o.node != found.node for o in out):
                    out.append(found)
        return out

    def open_class(self, class_node: Node, outer: Scope) -> Scope | None:
        scope_node = class_node
        if class_node.type not in self.scope_nodes:
            body = class_node.child_by_field_name("body")
            if body is None or body.type not in self.scope_nodes:
                return None
            scope_node = body
        return self.semantic.scopes.open(scope_node, outer)

    def visit_read(
        self, node: Node, scope: Scope, chain: tuple[str, ...], site: Span | None
    ) -> None:
        """A value read by name (`os.environ`, `process.env.X`, an imported name)."""
        parent = self.parent_of(node)
        outer = node  # `node` with the parentheses around it: `(os.environ).get`
        # climbed by position in the walk's ancestors (`parent_of` searches them for
        # each node it is given: 35,000 parentheses took a minute)
        ancestors = self.ancestors
        at = len(ancestors) - 1 if node == self.current else -1
        while (
            parent is not None
            and parent.type in self.semantic.syntax.transparent
            and (parent.named_child_count == 1)
        ):
            outer = parent
            at -= 1
            parent = ancestors[at] if at >= 0 else self.parent_of(outer)
        if parent is None:
            return
        if parent.type == self.syntax.attribute:
            # part of a longer chain, recorded at the chain's end (and qualified there
            # once: qualifying every link of `((x).a).a` was quadratic in its length)
            return
        if parent.type in self.syntax.call and outer == self.fe.callee(parent):
            return
        if parent.type in self.syntax.new and outer == parent.child_by_field_name("constructor"):
            return
        if parent.type == "keyword_argument":
            label = parent.child_by_field_name("name")
            if label is not None and self.fe.text(label) == "default_factory":
                # `Field(default_factory=uuid.uuid4)`: called when an instance is built,
                # which `walk_field_initializers` follows where that happens
                return
        name = self.fe.qualname(node, scope)
        if name is None or name.startswith((".", LOCAL)):
            return  # a method of something unknown or the file's own code
        if "(" in name and name.rsplit("(", 1)[0] not in FACTORY_CALLS:
            return  # an object (`Bun.file(p).size` of a handle is read as a value)
        if node.type in self.syntax.identifier and self.task_of(node, scope) is not None:
            return
        holder = self.call_of_argument(node, self.ancestors)
        if holder is not None and self.forwarded_to_step(holder, node, scope):
            return  # `timed_step("at", time.time)`: the helper hands it to `step`
        writes = self.fe.is_write_target(node, self.parent_of)
        self.add_body_call(name, CallKind.READ, node, chain, 0, site, writes)

    def add_body_call(
        self,
        name: str,
        kind: CallKind,
        node: Node,
        chain: tuple[str, ...],
        count: int,
        site: Span | None,
        writes: bool = False,
    ) -> None:
        # a call is reported at its callee (`requests.post`), anything else as a whole
        shown = self.fe.callee(node) if kind == CallKind.CALL else None
        span = Span.of(shown if shown is not None else node)
        self.model.body_calls.append(
            BodyCall(name, kind, node, span, count, chain, site if chain else None, writes)
        )

    def add_durable(
        self,
        call: Node,
        callee: Node,
        kind: DurableKind,
        frame: Frame,
        task: TaskDef | None = None,
    ) -> None:
        fe = self.fe
        durable = DurableCall(kind, call, Span.of(callee), task=task, in_callback=frame.in_callback)
        if kind == DurableKind.STEP:
            args = fe.positional_args(call)
            durable.name_node = args[0] if args else fe.keyword_arg(call, "name")
            durable.name = fe.string_value(durable.name_node)
            durable.name_is_literal = durable.name is not None
        elif kind == DurableKind.APPROVAL:
            key_node = fe.keyword_arg(call, "key")
            durable.name_node = key_node
            durable.name = fe.string_value(key_node) if key_node is not None else None
            durable.name_is_literal = key_node is None or durable.name is not None
        elif kind == DurableKind.TASK and task is not None:
            durable.name = task.step_name
        self.settle(durable, frame)
        self.model.durable_calls.append(durable)

    def settle(self, durable: DurableCall, frame: Frame) -> None:
        """How the body uses a durable call's result (or the callback's it is in)."""
        if frame.dropper is not None:
            durable.consumption = DROPPED
            durable.dropped_by = frame.dropper
        else:
            durable.consumption, _, durable.contained = self._consumption(durable.node)

    def add_helper_call(self, call: Node, callee: Node, function: Node, frame: Frame) -> None:
        """A call of the file's own async function that runs durable operations: its
        coroutine / promise must be consumed like a task's."""
        is_async = any(c.type == "async" for c in function.children[:3])
        handback = Handback.NONE if is_async else self.hands_back_durable(function)
        if not is_async and handback == Handback.NONE:
            return
        durable = DurableCall(
            DurableKind.HELPER,
            call,
            Span.of(callee),
            in_callback=frame.in_callback,
            function=function,
            handback=handback,
        )
        self.settle(durable, frame)
        self.model.helper_calls.append(durable)

    def hands_back_durable(self, function: Node) -> Handback:
        """A function that is not async (a Python `def`, a TypeScript `function`,
        `function*` or arrow) that yields or returns the coroutine / promise of a
        durable call (`yield resize(image)`, `return [notify(u) for u in users]`,
        `(id) => ship(id)`): calling it queues the steps (both SDKs dispatch a task
        when it is called), and what it hands back must be awaited like a task's."""
        k = key(function)
        known = self.handback_memo.get(k)
        if known is None:
            # a helper called from many places is read once; a cycle hands back nothing
            self.handback_memo[k] = Handback.NONE
            known = self.handback_memo[k] = self.read_handback(function)
        return known

    def read_handback(self, function: Node) -> Handback:
        body = function.child_by_field_name("body")
        if body is None:
            return Handback.NONE
        if function.type == "arrow_function" and body.type != "statement_block":
            return self.hands_back_here(body)  # `(id) => ship(id)`: what it returns
        found = Handback.NONE
        stack = [body]
        while stack:
            node = stack.pop()
            if node.type in self.syntax.function or node.type in self.syntax.class_definition:
                continue
            if node.type in ("yield", "yield_expression", "return_statement"):
                here = self.hands_back_here(node)
                if here == Handback.MANY:
                    return here
                if here == Handback.ONE:
                    found = here
                continue
            stack.extend(node.named_children)
        return found

    def hands_back_here(self, value: Node) -> Handback:
        """A durable call in `value` whose result is not awaited there: one, or one
        per item of a collection (a list, a comprehension, a mapper's result)."""
        syntax = self.syntax
        found = Handback.NONE
        values = [(value, False)]
        while values:
            current, many = values.pop()
            if current.type in syntax.call:
                if not many and self.gathers_durable(current):
                    found = Handback.ONE  # `Promise.all(ids.map(...))`: one awaitable
                    continue
                if self.maps_durable(current):
                    return Handback.MANY
                if self.is_durable_call(current):
                    if many:
                        return Handback.MANY
                    found = Handback.ONE
                    continue
            if current.type in syntax.function or current.type in syntax.awaits:
                continue  # awaited there, or a function of its own
            inner = many or current.type in CONTAINERS or current.type in syntax.comprehension
            values.extend((child, inner) for child in current.named_children)
        return found

    def gathers_durable(self, call: Node) -> bool:
        """`asyncio.gather(*[ship(i) for i in ids])`: the durable calls it is given,
        gathered into one awaitable (Python's `as_completed` hands back many)."""
        callee = self.fe.callee(call)
        qual = self.fe.qualname(callee) if callee is not None else None
        if qual not in self.fe.gather_names or qual == "asyncio.as_completed":
            return False
        args = call.child_by_field_name("arguments")
        return args is not None and self.hands_back_here(args) != Handback.NONE

    def maps_durable(self, call: Node) -> bool:
        """`ids.map((id) => ship(id))`, `map(ship, ids)`: a mapper whose result holds
        the promise / coroutine of a durable call per item, none awaited there."""
        fe = self.fe
        callee = fe.callee(call)
        qual = fe.qualname(callee) if callee is not None else None
        if qual not in fe.task_mappers:
            return False
        if qual in fe.lazy_mappers:
            parent = self.parent_of(call)
            if parent is None or parent.type not in ("argument_list", "list_splat"):
                return False  # `return map(ship, ids)`: nothing is called until iterated
        for arg in fe.positional_args(call):
            if arg.type in self.syntax.identifier and fe.text(arg) in fe.task_bindings:
                return True
            if arg.type not in self.syntax.function:
                continue
            if any(c.type == "async" for c in arg.children[:3]):
                body = arg.child_by_field_name("body")
                if body is not None and self.holds_durable_call(body):
                    return True  # `async (id) => { await ship(id); }`: a promise each
            elif self.hands_back_durable(arg) != Handback.NONE:
                return True
        return False

    def holds_durable_call(self, root: Node) -> bool:
        """A durable call in `root`, outside the functions defined there."""
        stack = [root]
        while stack:
            node = stack.pop()
            if node.type in self.syntax.call and self.is_durable_call(node):
                return True
            if node is not root and node.type in self.syntax.function:
                continue
            stack.extend(node.named_children)
        return False

    # ---- how a durable result is used --------------------------------------
    def consumption(self, call: Node) -> Consumption:
        return self.consumption_at(call)[0]

    def consumption_at(self, call: Node) -> tuple[Consumption, Node]:
        """How a value is used, and the node whose use decides it (the stored one)."""
        verdict, node, _ = self._consumption(call)
        return verdict, node

    def _consumption(self, call: Node) -> tuple[Consumption, Node, bool]:
        """How a value is used, the node whose use decides it, and whether the value
        got there inside a container (a list, a comprehension, the result of `.map`)."""
        self._contained = False
        verdict, node = self._consumption_walk(call)
        return verdict, node, self._contained

    def _consumption_walk(self, call: Node) -> tuple[Consumption, Node]:
        syntax = self.syntax
        fe = self.fe
        up = self.climber(call)
        node = call
        while True:
            parent = up(node)
            if parent is None:
                return UNKNOWN, node
            kind = parent.type
            if kind in syntax.awaits:
                return AWAITED, node
            if kind in TRUTH_TESTS and _truth_tested(parent, node):
                return DROPPED, node  # `if x:`, `x ? a : b`, `not x`: an awaitable is truthy
            if kind in syntax.transparent or kind in syntax.comprehension:
                if kind in CONTAINERS or kind in syntax.comprehension:
                    self._contained = True
                node = parent
                continue
            if kind in syntax.arguments:
                outer = up(parent)
                if outer is not None and outer.type in syntax.call:
                    if fe.gather_qualname(outer):
                        return GATHERED, node
                    if self.is_durable_call(outer):
                        return DROPPED, node  # an un-awaited result passed on as a task's input
                    callee = fe.callee(outer)
                    qual = fe.qualname(callee) if callee is not None else None
                    if qual in fe.value_wrappers:
                        if qual in fe.key_views and self.names_dict(node):
                            return DROPPED, node  # sorted(d), list(d): its keys, not its values
                        node = outer  # create_task(x), list(x): the value flows on
                        continue
                    if qual in fe.inspecting_calls:
                        return DROPPED, node  # len(x), str(x): looked at, never awaited
                    holder = self.added_to(callee, node)
                    if holder is not None:
                        # `pending.add(job)`: the awaitable lives on in `pending`, which
                        # decides its fate (`gather(*pending)`, or nothing at all): read
                        # once the walk has seen the whole body (see `stored_use`)
                        if not self.settling:
                            return STORED, node
                        return self.container_use(holder, outer), node
                    if (
                        callee is not None
                        and node.type in syntax.function
                        and callee.type == syntax.attribute
                        and (method := callee.child_by_field_name(syntax.attribute_name_field))
                        is not None
                        and fe.text(method) in STORING_METHODS
                    ):
                        # `undo.push(() => cancel(ref))`: the function is kept for later,
                        # not run; whoever calls it gets the task's promise back
                        return STORED, node
                    if callee is not None and node.type in syntax.function:
                        node = outer  # e.g. xs.map(x => task(x)): follow the mapped result
                        self._contained = True
                        continue
                    if callee is not None and fe.dotted(callee) is None:
                        node = outer
                        continue
                return UNKNOWN, node
            if kind in syntax.returns:
                fn = up(parent)
                while fn is not None and fn.type not in syntax.function:
                    fn = up(fn)
                if fn is not None and fn != self.function.node:
                    node = fn
                    continue
                return RETURNED, node
            if kind in syntax.function:
                node = parent  # expression-bodied lambda / arrow returns it
                continue
            if kind in syntax.assignment:
                return STORED, node
            if kind == syntax.expression_statement:
                return DROPPED, node
            if kind in LOGICAL_EXPRESSIONS and node == parent.child_by_field_name("right"):
                op = parent.child_by_field_name("operator")
                if op is not None and fe.text(op) in LOGICAL_OPERATORS:
                    node = parent  # `cond && task(x)`: the right side is the value
                    continue
            if kind == syntax.attribute and node == parent.child_by_field_name("object"):
                outer = up(parent)  # x.then(...) / x.catch(...) consumes the promise
                if outer is not None and outer.type in syntax.call and kind == "member_expression":
                    method = parent.child_by_field_name(syntax.attribute_name_field)
                    if (
                        method is not None
                        and fe.text(method) == "then"
                        and node.type in syntax.call
                        and fe.returns_bare_thenable(node)
                    ):
                        # a task thenable's `then` runs now: it dispatches (throwing the
                        # suspension), or hands over the result or the failure at once
                        return AWAITED, node
                    node = outer
                    continue
                name = parent.child_by_field_name(syntax.attribute_name_field)
                if (
                    outer is not None
                    and outer.type in syntax.call
                    and name is not None
                    and fe.text(name) in fe.container_views
                ):
                    node = outer  # d.values(), d.items(): the coroutines flow on
                    self._contained = True
                    continue
                return DROPPED, node  # a field read on the awaitable, not on its result
            if kind == "subscript" and node == parent.child_by_field_name("value"):
                return DROPPED, node
            if (
                kind == "for_statement"
                and node.type in syntax.identifier
                and node == parent.child_by_field_name("right")
                and not any(c.type == "async" for c in parent.children[:1])
            ):
                # `for w in workers: w.cancel()` over a stored list of awaitables: each
                # item is used as the loop variable (`async for` iterates a generator)
                return self.loop_item_use(parent), node
            return UNKNOWN, node

    def added_to(self, callee: Node | None, node: Node) -> Node | None:
        """The plain name a call `name.add(node)` / `.append` / `.push` stores `node`
        in (not a function kept for later: see STORING_METHODS), else None."""
        if (
            callee is None
            or callee.type != self.syntax.attribute
            or node.type in self.syntax.function
        ):
            return None
        method = callee.child_by_field_name(self.syntax.attribute_name_field)
        holder = callee.child_by_field_name("object")
        if method is None or holder is None or holder.type not in self.syntax.identifier:
            return None
        return holder if self.fe.text(method) in ADDING_METHODS else None

    def container_use(self, holder: Node, adding: Node) -> Consumption:
        """How the body uses the container `holder` names after `adding` put an
        awaitable in it: the first later read that does more than look at it (`len`,
        another `.add`, `.discard` handed as a callback), else DROPPED."""
        name = self.fe.text(holder)
        memo_key = (name, adding.end_byte)
        known = self.container_memo.get(memo_key)
        if known is not None:
            return known
        self.container_memo[memo_key] = UNKNOWN  # a container added to itself
        saved = self._contained
        verdict = DROPPED
        starts, reads = self.reads_in_order(name)
        for at in range(bisect_right(starts, adding.end_byte), len(starts)):
            found, _, _ = self._consumption(reads[at])
            if found != DROPPED:
                verdict = found
                break
        self._contained = saved
        self.container_memo[memo_key] = verdict
        return verdict

    def loop_item_use(self, loop: Node) -> Consumption:
        """How a `for` loop over stored awaitables uses each one: DROPPED when every
        read of its variable only looks at the awaitable (`w.cancel()`, `w.done()`),
        so none is ever awaited; UNKNOWN otherwise."""
        left = loop.child_by_field_name("left")
        body = loop.child_by_field_name("body")
        if left is None or body is None or left.type not in self.syntax.identifier:
            return UNKNOWN
        name = self.fe.text(left)
        contained = self._contained
        verdicts = [
            self._consumption_walk(use)[0]
            for use in iter_nodes(body)
            if use.type in self.syntax.identifier and self.fe.text(use) == name
        ]
        self._contained = contained
        return DROPPED if verdicts and all(v == DROPPED for v in verdicts) else UNKNOWN

    def names_dict(self, node: Node) -> bool:
        """Is this a name bound once to a dict display or comprehension?"""
        if node.type not in self.syntax.identifier:
            return False
        binding = self.semantic.resolve(node)
        if binding is None or binding.rebound or binding.value is None:
            return False
        return binding.value.type in self.fe.dict_displays

    def climber(self, start: Node) -> Callable[[Node], Node | None]:
        """A parent lookup for climbing from `start` one step at a time.

        While `start` is the node the walk visits, its ancestors come from the
        walk's stack (`Node.parent` costs the node's depth: asked at every level
        of 20,000 nested awaits, consumption analysis was quadratic).
        """
        ancestors = self.ancestors
        current = self.current
        index = -1
        if current is not None and current.id == start.id:
            index = len(ancestors)
        else:
            for at in range(len(ancestors) - 1, max(len(ancestors) - 6, 0), -1):
                if ancestors[at].id == start.id:
                    index = at
                    break

        # off the walk's stack (`start` is not the node visited, or the climb left the
        # walk's root): `start`'s own ancestors, found once by one descent
        chain: dict[int, Node | None] | None = None

        def up(node: Node) -> Node | None:
            nonlocal index, chain
            if 0 < index <= len(ancestors):
                here = ancestors[index] if index < len(ancestors) else current
                if here is not None and here.id == node.id:
                    index -= 1
                    return ancestors[index]
            index = -1
            if chain is None:
                found = self.fe.model.ancestor_walk().ancestors(start)
                chain = dict(zip([n.id for n in (start, *found)], [*found, None], strict=True))
            if node.id in chain:
                return chain[node.id]
            return node.parent

        return up

    def stored_use(self, call: Node) -> tuple[Consumption, bool, Span | None]:
        """A stored durable result lives on only if a later use awaits or hands it on.

        Returned from the workflow (and nothing else) is RETURNED, with whether it
        went back inside a container (`return jobs` after `jobs = [task(x) ...]`).
        """
        target = self.assigned_name(self.consumption_at(call)[1]) or self.assigned_name(call)
        if target is None:
            return UNKNOWN, False, None
        returned: bool | None = None
        returned_by: Span | None = None
        consumed = False
        # A `return` that hands back the awaitable itself is a mistake on its path
        # (`if dry: return jobs` before `await gather(*jobs)`) whatever other uses
        # consume it: inside a container in any language, or bare where an `async`
        # function does not adopt it (Python).
        adopts = self.model.lang.async_return_adopts_awaitable
        stored_in_container = self._consumption(call)[2]  # `jobs = xs.map(...)`
        field = self.stored_field(call)  # `job = { done: audit(id) }`: read as `job.done`
        wrong: tuple[bool, Span] | None = None
        replaced_at = self.replaced_at(call, target)
        starts, reads = self.reads_in_order(target)
        for at in range(bisect_right(starts, call.end_byte), len(starts)):
            node = reads[at]
            if replaced_at is not None and node.start_byte >= replaced_at:
                break  # `job = t(a)`, then `job = t(b)`: later reads hold the new value
            if not self.sees_value_of(node, call):
                continue  # `let jobs = [...]; jobs = [t(x)]`: this read holds the new value
            read = self.field_read(node, field) if field is not None else None
            verdict, _, contained = self._consumption(read or node)
            if verdict == RETURNED:
                returned = bool(returned) or contained
                returned_by = returned_by or Span.of(node)
                if wrong is None and (contained or stored_in_container or not adopts):
                    wrong = (contained, Span.of(node))
            elif verdict != DROPPED:
                consumed = True
        if consumed and wrong is not None:
            return RETURNED, wrong[0], wrong[1]
        if consumed:
            return STORED, False, None
        if returned is not None:
            return RETURNED, returned, returned_by
        return DROPPED, False, None

    def reads_in_order(self, name: str) -> tuple[list[int], list[Node]]:
        """The body's identifiers spelled `name`, by start (sorted once per name, so
        that each stored call reads only those after it: scanning them all made a name
        stored in 2,000 times quadratic)."""
        nodes = self.identifier_index.get(name.encode(), [])
        known = self._reads_in_order.get(name)
        if known is None or len(known[1]) != len(nodes):  # the walk added some since
            ordered = sorted(nodes, key=lambda n: n.start_byte)
            known = self._reads_in_order[name] = ([n.start_byte for n in ordered], ordered)
        return known

    def replaced_at(self, call: Node, target: str) -> int | None:
        """Where `target`, which `call`'s result was stored in, surely holds something
        else: the end of the first later statement of the same block that assigns it
        anew (`job = t(b)`), when nothing between can leave the block early (`break`,
        `continue`, or an exception a `try` around it handles) and `call` runs where its
        statement does (not in a function defined there). None when there is no such
        statement, or when the call lies deeper than a statement's few levels.

        A Python name has no reaching definitions of its own (a TypeScript `let`'s are
        `sees_value_of`'s), so without this every later read of the name counted as a
        use of the first result, and each stored call read the rest of the body."""
        path = self.fe.model.ancestor_walk().nearest(call, MAX_STATEMENT_DEPTH)
        statement: Node | None = None
        block: Node | None = None
        for depth, node in enumerate(path):
            if node.type in self.syntax.function:
                if block is None:
                    return None  # defined in the statement: runs whenever it is called
                break
            if node.type == self.syntax.try_statement and block is not None:
                return None  # a handler may read the name before the new value came
            if block is None and node.type in STATEMENT_BLOCKS:
                block = node
                statement = path[depth - 1] if depth else call
        else:
            return None  # no function within reach: do not guess
        if statement is None or block is None:
            return None
        assignments = self.plain_assignments(block).get(target, [])
        later = bisect_left(assignments, (statement.end_byte, -1))  # in source order
        if later == len(assignments):
            return None
        start, end = assignments[later]
        exits = self.early_exits()
        first_exit = bisect_left(exits, statement.end_byte)
        if first_exit < len(exits) and exits[first_exit] < start:
            return None  # a `break` / `continue` may leave before the new value
        return end

    def plain_assignments(self, block: Node) -> dict[str, list[tuple[int, int]]]:
        """The statements of `block` that assign a name anew (`name = v`), by name, as
        byte ranges in source order (worked out once per block)."""
        found = self._plain_assignments.get(block.id)
        if found is not None:
            return found
        found = {}
        for statement in block.named_children:
            if statement.type != self.syntax.expression_statement:
                continue
            assigned = statement.named_children[0] if statement.named_child_count else None
            if assigned is None or assigned.type not in self.syntax.assignment:
                continue
            left = assigned.child_by_field_name("left")
            operator = assigned.child_by_field_name("operator")
            if left is None or left.type not in self.syntax.identifier:
                continue
            if operator is not None and self.fe.text(operator) != "=":
                continue
            found.setdefault(self.fe.text(left), []).append(
                (statement.start_byte, statement.end_byte)
            )
        self._plain_assignments[block.id] = found
        return found

    def early_exits(self) -> list[int]:
        """Where the file spells `break` or `continue` (in code, a string or a comment:
        a spelling outside code only makes `replaced_at` more careful)."""
        if self._early_exits is None:
            source = self.fe.model.source.data
            self._early_exits = [m.start() for m in EARLY_EXIT_WORDS.finditer(source)]
        return self._early_exits

    def stored_field(self, call: Node) -> str | None:
        """The key under which a durable call is stored in an object / dict literal bound
        to a name (`done` of `const job = { done: audit(id) }`, `jobs` of `const batch =
        { jobs: ids.map((id) => t(id)) }`), else None."""
        holder = self.consumption_at(call)[1]
        if holder.type not in ("object", "dictionary"):
            return None
        for pair in holder.named_children:
            value = pair.child_by_field_name("value") if pair.type == "pair" else None
            if value is None or not value.start_byte <= call.start_byte < value.end_byte:
                continue
            found = pair.child_by_field_name("key")
            if found is None or found.type not in ("property_identifier", "string", "identifier"):
                return None
            return self.fe.text(found).strip("\"'")
        return None

    def field_read(self, read: Node, field: str) -> Node | None:
        """`job.done` / `job["done"]`: the read of the stored field, which hands on the
        awaitable itself (other fields and the object as a whole do not)."""
        parent = read.parent
        if parent is None:
            return None
        if parent.type in (self.syntax.attribute,) and parent.child_by_field_name("object") == read:
            name = parent.child_by_field_name(self.syntax.attribute_name_field)
            return parent if name is not None and self.fe.text(name) == field else None
        if parent.type in ("subscript", "subscript_expression"):
            holder = parent.child_by_field_name("value") or parent.child_by_field_name("object")
            index = parent.child_by_field_name("subscript") or parent.child_by_field_name("index")
            if holder == read and index is not None and index.type == "string":
                return parent if self.fe.text(index).strip("\"'") == field else None
        return None

    def sees_value_of(self, read: Node, call: Node) -> bool:
        """Whether a read of a `let` may hold the value `call` was stored with: false
        when every assignment that reaches the read is another one."""
        semantic = self.fe.semantic
        parent = read.parent
        if (
            parent is not None
            and parent.type in ("assignment_expression", "assignment")
            and parent.child_by_field_name("left") == read
        ):
            return False  # `jobs = ...` writes the name, it reads nothing
        binding = semantic.resolve(read)
        values = semantic.reaching_values(binding, read) if binding is not None else None
        if values is None:
            return True
        return any(
            value is None or value.start_byte <= call.start_byte < value.end_byte
            for value in values
        )

    def is_durable_call(self, call: Node) -> bool:
        callee = self.fe.callee(call)
        sdk = self.fe.resolve_sdk(callee)
        if sdk is not None:
            return sdk[0] in ("step", "sleep", "wait_for_approval")
        name = self.fe.dotted(callee)
        return name is not None and name in self.fe.task_bindings

    def assigned_name(self, call: Node) -> str | None:
        node = call
        element: tuple[Node, Node] | None = None  # (a list literal, the item `call` is in)
        while node.parent is not None and (
            node.parent.type in self.syntax.transparent or node.parent.type in self.syntax.awaits
        ):
            if element is None and node.parent.type in SEQUENCE_LITERALS:
                element = (node.parent, node)
            node = node.parent
        parent = node.parent
        if parent is None:
            return None
        if parent.type in self.syntax.arguments and parent.parent is not None:
            # `pending.add(job)`: stored in the container
            holder = self.added_to(self.fe.callee(parent.parent), node)
            return self.fe.text(holder) if holder is not None else None
        target = parent.child_by_field_name("left") or parent.child_by_field_name("name")
        if target is not None and target.type in self.syntax.identifier:
            return self.fe.text(target)
        if target is not None and target.type in SEQUENCE_PATTERNS and element is not None:
            # `const [a, b] = [task(x), task(y)]`: the item lands in the name at its place
            literal, item = element
            if literal != node:
                return None
            items = [c for c in literal.named_children if c.type != "comment"]
            names = [c for c in target.named_children if c.type != "comment"]
            if any(c.type in UNPACKING for c in (*items, *names)) or len(items) != len(names):
                return None
            name = names[items.index(item)]
            if name.type in self.syntax.identifier:
                return self.fe.text(name)
        return None

    # ---- what can suspend ----------------------------------------------------
    def holds_durable(self, node: Node, scope: Scope) -> bool:
        """Can this region raise the SDK's suspension? A WAC primitive, a task, or
        a function of the file that reaches one, called in it."""
        calls, awaits, functions = self.syntax.call, self.syntax.awaits, self.syntax.function
        stack = [node]
        while stack:
            inner = stack.pop()
            if inner.type in functions and inner.id != node.id:
                # a function written in the region: its own answer, worked out once
                # (scanning it again for each region around it: 1,500 nested
                # `(lambda: ...)()` read 11 million nodes)
                if key(inner) not in self.durable_memo:
                    self.settle_functions_in(inner, scope)
                if self.durable_memo.get(key(inner)):
                    return True
                continue
            if (inner.type in calls or inner.type in awaits) and self.suspends_at(inner, scope):
                return True
            stack.extend(reversed(inner.children))
        return False

    def settle_functions_in(self, function: Node, outer: Scope) -> None:
        """`reaches_durable` of `function` and of every function written in it,
        innermost first, each in the scope it is written in: then none asks about the
        next one in turn (thousands nest, past Python's recursion limit)."""
        kinds = self.function_kinds
        for inner in reversed(self.model.node_index.of_kinds(kinds, function)):
            if key(inner) in self.durable_memo:
                continue
            holder = outer if inner.id == function.id else self.semantic.scope_at(inner)
            self.reaches_durable(inner, holder)

    def suspends_at(self, inner: Node, scope: Scope) -> bool:
        """Is this node itself (not what it holds) where the suspension can be raised?"""
        if inner.type in self.syntax.call:
            if self.call_suspends(inner, scope):
                return True
            callee = self.fe.callee(inner) if self.params_durable else None
            if callee is not None and callee.type in self.syntax.identifier:
                binding = self.semantic.resolve(callee, scope)
                if binding is not None and binding.kind == NameKind.PARAMETER:
                    return True  # `attempt()` where the body passed `() => task(x)`
        elif self.params_durable and inner.type in self.syntax.awaits:
            awaited = inner.named_children[-1] if inner.named_children else None
            if awaited is not None and awaited.type in self.syntax.identifier:
                binding = self.semantic.resolve(awaited, scope)
                if binding is not None and binding.kind == NameKind.PARAMETER:
                    return True  # `await coro` where the body passed `task(x)`
        return False

    def arguments_hold_durable(self, args: Node, scope: Scope) -> bool:
        """`holds_durable` of a call's argument list, settled once per list. The walk
        asks about the list of every call, outermost first, so in `f(g(h(...)))` each
        question would scan again what the first one scanned (3,000 nested calls took
        35 s): the first scan settles the lists inside it as well. All of them hold
        nothing when it finds nothing; those around the call it stops at hold one.
        Kept per scope and per `params_durable`, which the answer depends on."""
        memo = self.arguments_memo
        settled = memo.get((key(args), scope, self.params_durable))
        if settled is not None:
            return settled
        kind = args.type
        calls, awaits = self.syntax.call, self.syntax.awaits
        durable_params = self.params_durable
        lists: list[Node] = []
        found: Node | None = None
        stack = [args]
        while stack:
            inner = stack.pop()
            if inner.type == kind:
                known = None if inner is args else memo.get((key(inner), scope, durable_params))
                if known is False:
                    continue
                if known is True:
                    found = inner
                    break
                lists.append(inner)
            if (inner.type in calls or inner.type in awaits) and self.suspends_at(inner, scope):
                found = inner
                break
            stack.extend(reversed(inner.children))
        for region in lists:
            if found is None:
                memo[(key(region), scope, durable_params)] = False
            elif region.start_byte <= found.start_byte and found.end_byte <= region.end_byte:
                memo[(key(region), scope, durable_params)] = True
        return found is not None

    def hands_durable_function(self, node: Node, scope: Scope) -> bool:
        """A call in `node` given, by reference, a task or a function of the file that
        reaches a durable call, to run it (`tg.start_soon(run, preset)`)."""
        for inner in iter_nodes(node):
            if inner.type not in self.syntax.call:
                continue
            args = inner.child_by_field_name("arguments")
            for arg in args.named_children if args is not None else ():
                if arg.type not in self.syntax.identifier:
                    continue
                if self.task_of(arg, scope) is not None:
                    return True
                helper = self.local_function(arg, scope)
                if helper is not None and self.reaches_durable(helper[1], helper[2]):
                    return True
        return False

    def passes_task(self, args: Node, scope: Scope) -> bool:
        """`safely(process, x)`: a task handed over by reference, which the helper calls
        (a task of the file, or one another module of the workspace defines)."""
        return any(
            arg.type in self.syntax.identifier
            and (self.task_of(arg, scope) is not None or self.imported_task(arg, scope))
            for arg in args.named_children
        )

    def guards_durable(self, node: Node, scope: Scope) -> bool:
        """`holds_durable`, or an await in the region of names that hold durable calls
        made before it (`pending.push(task(x))` ... `await Promise.all(pending)`): the
        suspension is raised where they are awaited."""
        if self.holds_durable(node, scope):
            return True
        # An await inside another's operand asks about less than the outer one did
        # (what it holds, the names in it): not asked again, so 3,000 nested awaits
        # are one question, not 3,000 over the nesting (24 s; fuzz finding).
        stack = [node]
        while stack:
            inner = stack.pop()
            if inner.type in self.syntax.awaits and inner.named_children:
                if self.flows_durable(inner.named_children[-1], scope):
                    return True
                continue
            stack.extend(reversed(inner.children))
        return False

    def filled_durable(self, binding: Binding, depth: int) -> bool:
        """Is this name's list filled with durable calls (`xs.push(task(x))`,
        `xs.append(task(x))`) in the scope it is bound in?"""
        for inner in iter_nodes(binding.scope.node):
            if inner.type not in self.syntax.call:
                continue
            callee = self.fe.callee(inner)
            if callee is None or callee.type != self.syntax.attribute:
                continue
            obj = callee.child_by_field_name("object")
            method = callee.child_by_field_name(self.syntax.attribute_name_field)
            if (
                obj is None
                or method is None
                or self.fe.text(method) not in FILLING_METHODS
                or obj.type not in self.syntax.identifier
                or self.fe.text(obj) != binding.name
            ):
                continue
            inner_scope = self.semantic.scope_at(inner)
            if self.semantic.resolve(obj, inner_scope) is not binding:
                continue
            if self.flows_durable(inner, inner_scope, depth + 1):
                return True
        return False

    def flows_durable(self, node: Node, scope: Scope, depth: int = 0) -> bool:
        """`holds_durable`, also through names assigned a durable value: the `jobs` of
        `jobs = [task(x) ...]` then `gather(*jobs, return_exceptions=True)`."""
        if self.holds_durable(node, scope):
            return True
        if depth > 3:
            return False
        for inner in iter_nodes(node):
            if inner.type not in self.syntax.identifier:
                continue
            binding = self.semantic.resolve(inner, scope)
            if self.params_durable and binding is not None and binding.kind == NameKind.PARAMETER:
                # `Promise.allSettled(ps)` in a helper the body hands task calls to
                # (`settle([charge(a), charge(b)])`)
                return True
            value = binding.value if binding is not None else None
            if (
                binding is None
                or value is None
                or binding.kind != NameKind.ASSIGNMENT
                or value.start_byte <= inner.start_byte < value.end_byte
            ):
                continue
            if self.flows_durable(value, binding.scope, depth + 1):
                return True
            if self.filled_durable(binding, depth + 1):
                return True
        return False

    def call_suspends(self, call: Node, scope: Scope) -> bool:
        fe = self.fe
        callee = fe.callee(call)
        if callee is None:
            return False
        sdk = fe.resolve_sdk(callee, scope)
        if sdk is not None:
            return sdk[0] in ("step", "sleep", "wait_for_approval", "parallel", "task")
        if callee.type in self.syntax.call:
            inner = fe.resolve_sdk(fe.callee(callee), scope)
            if inner is not None and inner[0] in ("task", "task_script", "task_flow"):
                return True
        if self.task_of(callee, scope) is not None:
            return True
        if callee.type in self.syntax.identifier and fe.text(callee) in fe.task_bindings:
            return True
        if self.imported_task(callee, scope):
            return True
        if self.element_task(callee, scope) is not None:
            return True  # `for stage in (extract, load): await stage(x)`
        if self.table_task(callee, scope) is not None:
            return True  # `STAGES[LAST_STAGE](x)`
        if self.queued_function_suspends(callee, scope):
            return True  # `for (const undo of compensations.reverse()) await undo()`
        if fe.qualname(callee, scope) in fe.task_mappers and self.mapped_task(call, scope):
            return True  # `map(ship, ids)`: the task called per item
        helper = self.local_function(callee, scope)
        return helper is not None and self.reaches_durable(helper[1], helper[2])

    def imported_name(self, callee: Node, scope: Scope) -> bool:
        """The callee is a name the file imports (`send_email`, `mail.send_email`)."""
        root = self.chain_root(callee)
        binding = self.semantic.resolve(root, scope) if root is not None else None
        return binding is not None and binding.kind == NameKind.IMPORT

    def chain_root(self, node: Node) -> Node | None:
        """The name an attribute chain starts from (`mail` of `mail.smtp.send`), or None
        when it starts from anything else (a call, a subscript, a literal)."""
        while node.type == self.syntax.attribute:
            inner = node.child_by_field_name("object")
            if inner is None:
                return None
            node = inner
        return node if node.type in self.syntax.identifier else None

    def imported_handlers(
        self,
        call: Node,
        callee: Node,
        scope: Scope,
        chain: tuple[str, ...],
        site: Span,
        durable: bool,
    ) -> None:
        """The handlers of a function another module of the workspace defines, called
        here as body code, that catch the suspension of a durable call they guard (the
        body's, handed over: `safely(() => sendMail(to))`, or their own) and do not let
        it through: recorded at this call, as a handler of a helper of the file is."""
        if self.imported_task(callee, scope):
            return  # a task dispatches a job: its body is not body code
        from wac_lint.frontends import helper_handlers
        from wac_lint.workspace.imported import imported_function, task_wrapper

        shown = self.fe.text(callee)
        if shown not in self.imported_functions:  # a body calls one helper many times
            self.imported_functions[shown] = imported_function(self.model, callee)
        found = self.imported_functions[shown]
        if found is None:
            return
        source, name = found
        handlers = helper_handlers(source, name, durable)
        where = (*chain, shown)
        wrapper = task_wrapper(self.model, source, name) if not handlers else None
        if wrapper is not None:
            # `geocode = withRetry(task(...))` of that module: calling it runs the
            # function `withRetry` returns, handed the task (its dispatch can suspend)
            handlers = helper_handlers(wrapper[0], wrapper[1], True)
            where = (*where, wrapper[1].split(DECORATOR_PRODUCT, 1)[0])
        for kind, rethrow in handlers:
            self.model.handlers.append(
                ExceptionHandler(
                    kind=kind,
                    node=call,
                    span=Span.of(callee),
                    rethrow=rethrow,
                    protects_durable=True,
                    chain=where,
                    site=site,
                )
            )

    def imported_wrapper_handlers(
        self, decorator: Node, chain: tuple[str, ...], site: Span
    ) -> None:
        """The handlers of the wrapper an imported decorator (`@retrying`, or a factory's
        product, `@retrying(3)`) puts around a task: they guard the task's dispatch, so one
        that swallows the suspension is recorded at the body's call of the task."""
        from wac_lint.frontends import helper_handlers
        from wac_lint.workspace.imported import imported_function

        factory = decorator.type in self.syntax.call
        named = self.fe.callee(decorator) if factory else decorator
        if named is None:
            return
        found = imported_function(self.model, named)
        if found is None:
            return
        source, name = found
        product = name + DECORATOR_PRODUCT * (2 if factory else 1)
        for kind, rethrow in helper_handlers(source, product, True):
            self.model.handlers.append(
                ExceptionHandler(
                    kind=kind,
                    node=decorator,
                    span=Span.of(decorator),
                    rethrow=rethrow,
                    protects_durable=True,
                    chain=(*chain, self.fe.text(named)),
                    site=site,
                )
            )

    def imported_task(self, callee: Node, scope: Scope) -> bool:
        """A task another module of the workspace defines and the file imports: calling
        it dispatches a durable step (asked once per spelling)."""
        text = self.fe.text(callee)
        known = self.imported_memo.get(text)
        if known is None:
            from wac_lint.workspace.imported import imported_task

            known = self.imported_name(callee, scope) and imported_task(self.model, callee)
            self.imported_memo[text] = known
        return known

    def reaches_durable(self, function: Node, outer: Scope) -> bool:
        k = key(function)
        known = self.durable_memo.get(k)
        if known is not None:
            return known
        self.durable_memo[k] = False  # a cycle reaches nothing new
        if (function.start_byte, function.end_byte) in self.task_functions:
            return False
        scope = self.semantic.scopes.open(function, outer)
        body = function.child_by_field_name("body")
        result = body is not None and self.holds_durable(body, scope)
        self.durable_memo[k] = result
        return result


# Where a value is only tested for truth (an awaitable always is): its own result is
# never asked for.
TRUTH_TESTS = frozenset(
    {
        "if_statement",
        "elif_clause",
        "while_statement",
        "do_statement",
        "conditional_expression",
        "ternary_expression",
        "not_operator",
        "unary_expression",
        "assert_statement",
    }
)


def _assigned_once(binding: object) -> Binding | None:
    """The binding of a name assigned once, by a plain assignment of a value (not
    rebound, not a member), whose value therefore is what the name holds."""
    if (
        not isinstance(binding, Binding)
        or binding.kind != NameKind.ASSIGNMENT
        or binding.rebound
        or binding.member
        or binding.assigned_value is None
    ):
        return None
    return binding


def _truth_tested(parent: Node, node: Node) -> bool:
    kind = parent.type
    if kind == "not_operator":
        return True
    if kind == "assert_statement":  # `assert x, "message"`: only its first part is tested
        named = [c for c in parent.named_children if c.type != "comment"]
        return bool(named) and named[0].id == node.id
    if kind == "unary_expression":
        op = parent.child_by_field_name("operator")
        return op is not None and op.type == "!"
    if kind == "conditional_expression":  # Python's `a if cond else b` names no fields
        named = [c for c in parent.named_children if c.type != "comment"]
        return len(named) == 3 and named[1].id == node.id
    condition = parent.child_by_field_name("condition")
    return condition is not None and condition.id == node.id


# Array methods that call their callback with each element first.
ELEMENT_CALLBACKS = frozenset(
    {"map", "forEach", "flatMap", "filter", "some", "every", "find", "findIndex"}
)


# Expressions that pick one of several values (`a ? f : g`, `f ?? g`, `f if c else g`).
CHOICES = frozenset(
    {"ternary_expression", "conditional_expression", "binary_expression", "boolean_operator"}
)


# What an object literal passes through on its way to being returned or bound.
KEPT_WRAPPERS = frozenset(
    {"parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression"}
)
