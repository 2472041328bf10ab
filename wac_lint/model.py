"""The language-neutral model of a WAC script.

Both front-ends (Python, TypeScript) fill in the same structure from one
tree-sitter parse; rules, the schema and the graph read only this model (and,
where they need exact syntax, the tree nodes it points at).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

# Imported at run time, not only for the type checker: the optional compiled
# build (mypyc) evaluates the dataclass fields' `tree_sitter.Node` annotations
# when this module loads. The commands that build a model load tree_sitter
# anyway (about 1 ms, without a grammar).
import tree_sitter

from wac_lint.kinds import Kind
from wac_lint.languages import LanguageKind, TreeSitterLanguage, script_language
from wac_lint.python_class import python_class
from wac_lint.source import SourceFile

if TYPE_CHECKING:
    from wac_lint.node_index import NodeIndex
    from wac_lint.schema.types import Signature, SignatureError
    from wac_lint.semantic import SemanticModel
    from wac_lint.tree_paths import AncestorWalk


# Canonical concept names (the Python spelling) and each language's exact SDK names.
WAC_CONCEPTS = (
    "workflow",
    "task",
    "task_script",
    "task_flow",
    "step",
    "sleep",
    "wait_for_approval",
    "get_resume_urls",
    "parallel",
)
PYTHON_SDK_NAMES = {c: c for c in WAC_CONCEPTS}
TYPESCRIPT_SDK_NAMES = {
    "workflow": "workflow",
    "task": "task",
    "task_script": "taskScript",
    "task_flow": "taskFlow",
    "step": "step",
    "sleep": "sleep",
    "wait_for_approval": "waitForApproval",
    "get_resume_urls": "getResumeUrls",
    "parallel": "parallel",
}
# The names Windmill's WAC parser recognises, and so must see spelled exactly (the
# guide's list): `parallel` and `get_resume_urls` have no node in its diagram,
# bare or not, so reaching them through the module or an alias hides nothing.
PARSER_CONCEPTS = frozenset(
    {"workflow", "task", "task_script", "task_flow", "step", "sleep", "wait_for_approval"}
)
TASK_FACTORIES = ("task", "task_script", "task_flow")
# Concepts that are also plain client API, called outside any workflow: the approval
# step of an OpenFlow flow (a plain script) calls `wmill.get_resume_urls()` /
# `getResumeUrls()` to hand its resume links to the flow's suspend. A script naming
# only these is not a WAC script.
CLIENT_API_CONCEPTS = frozenset({"get_resume_urls"})


class BindingKind(Kind):
    EXACT = "exact"  # from wmill import task / import { task }
    ALIASED = "aliased"  # from wmill import task as t / import { task as t }
    NAMESPACE = "namespace"  # import wmill / import * as wmill
    REBOUND = "rebound"  # module-level `t = task` / `const { task: t } = wmill`


@python_class  # its instance dict is filled at once (`between`)
@dataclass(frozen=True)
class Span:
    """A region of the file: 0-based rows, byte columns (as tree-sitter reports)."""

    start_byte: int
    end_byte: int
    start_row: int
    start_col: int
    end_row: int
    end_col: int

    # Built by filling the instance's dict: the frozen dataclass's `__init__` sets each
    # field through `object.__setattr__` (three times slower; the model and the
    # rules make a span per durable call, body call and finding).
    @classmethod
    def of(cls, node: tree_sitter.Node) -> Span:
        return cls.between(node, node)

    @classmethod
    def between(cls, first: tree_sitter.Node, last: tree_sitter.Node) -> Span:
        span = _new(cls)
        start, end = first.start_point, last.end_point
        fields = span.__dict__
        fields["start_byte"] = first.start_byte
        fields["end_byte"] = last.end_byte
        fields["start_row"] = start[0]
        fields["start_col"] = start[1]
        fields["end_row"] = end[0]
        fields["end_col"] = end[1]
        return span


_new = object.__new__


@dataclass
class SdkBinding:
    """How the file brings an SDK name (or the SDK module) into scope."""

    kind: BindingKind
    local_name: str
    concept: str | None  # None for a namespace binding (the module itself)
    sdk_name: str | None
    span: Span


@dataclass
class SdkReference:
    """One place the code names a WAC primitive (call, decorator or plain mention)."""

    concept: str
    sdk_name: str
    kind: BindingKind
    span: Span
    node: tree_sitter.Node


class ParamKind(Kind):
    """How a parameter takes its argument."""

    PLAIN = "plain"  # by position or by name
    KEYWORD_ONLY = "keyword-only"  # after `*` / `*args` (Python)
    VAR_POSITIONAL = "var-positional"  # *args / ...rest
    VAR_KEYWORD = "var-keyword"  # **kwargs
    SEPARATOR = "separator"  # a bare `*` or `/` (Python): no parameter of its own


@dataclass
class Param:
    """A parameter of a function as written: name, annotation, default."""

    name: str
    span: Span
    annotation: str | None = None
    default: str | None = None
    kind: ParamKind = ParamKind.PLAIN
    optional: bool = False  # TypeScript `x?: T`: may be left out like a defaulted one

    @property
    def required(self) -> bool:
        """A call must pass it (no default, not optional, not variadic)."""
        return (
            self.kind in (ParamKind.PLAIN, ParamKind.KEYWORD_ONLY)
            and self.default is None
            and not self.optional
        )


@dataclass
class FunctionInfo:
    """A function of the file (def, lambda, arrow) and what the rules ask of it."""

    name: str | None
    node: tree_sitter.Node
    body: tree_sitter.Node | None
    is_async: bool
    params: list[Param]
    top_level: bool
    span: Span  # the function's name, or its first line when anonymous
    # TS `function*` / `async function*`: calling it returns a generator, its body unrun
    # (Python's generators are told by their `yield`: WAC004 reads the node lists)
    is_generator: bool = False


@dataclass
class WorkflowEntry:
    """A function marked as a workflow (`@workflow`, `workflow(fn)`)."""

    function: FunctionInfo | None  # None when workflow(...) is given no function we can see
    marker: Span  # the `workflow` decorator or callee
    # decorator | call (Python `main = workflow(fn)`) | export-const | export-default | const
    # | other
    export: str
    binding_name: str | None  # `main` in `export const main = workflow(...)`
    top_level: bool
    arguments_ok: bool = True  # TS: workflow(fn) with exactly one function argument
    # TS: the local name of a workflow exported as `main` by `export { run as main }`
    exported_from: str | None = None
    # TS: `workflow(run)` names a function declared elsewhere instead of holding it
    function_by_name: bool = False

    @property
    def name(self) -> str | None:
        if self.binding_name:
            return self.binding_name
        if self.export == "export-default":
            return "default"
        return self.function.name if self.function else None


class TaskKind(Kind):
    TASK = "task"
    TASK_SCRIPT = "task_script"
    TASK_FLOW = "task_flow"


@dataclass
class TaskDef:
    """A task / task_script / task_flow definition."""

    kind: TaskKind
    binding: str | None  # the name the file calls it by
    step_name: str | None  # the name the SDK keys its checkpoints with, when static
    path: str | None
    options: dict[str, str]
    span: Span  # the `task` decorator or callee
    node: tree_sitter.Node
    top_level: bool
    function: FunctionInfo | None = None
    inside_workflow: bool = False
    # `task(fn)` wrapping a function the file defines at top level, by name
    wraps: str | None = None
    # `task(timeout=60)(fn)` wrapping a parameter: its name (the key is the `__name__`
    # of the function the caller gives, not known here)
    wraps_given: str | None = None
    # `task("f/x", {...})`: a script path given to `task`, with no function to run
    path_without_function: bool = False
    # `return task(timeout=60, **options)` in a function: the SDK's task decorator handed
    # back, which makes a task of each function it is then applied to (`@durable(...)`)
    decorator_returned: bool = False
    # a top-level task Windmill's diagram does not draw, and why: it is not the whole
    # value of a top-level `const` / `let` (`task(...) as T`, `wrap(task(...))`, a member
    # of an object or array literal); windmill-oracle `dag`
    undrawn: str | None = None
    # `export default task(...)`: the task another module imports as the default export
    default_export: bool = False
    # other module-level names bound once to this task (`bill = charge`), which call it
    aliases: list[str] = field(default_factory=list)
    # the aliases that bind some of its arguments (`charge_eur = partial(charge,
    # currency="EUR")`): how many positional ones, and the names of the keyword ones
    bound: dict[str, tuple[int, tuple[str, ...]]] = field(default_factory=dict)


class Consumption(Kind):
    """How a durable call's result is used; anything but DROPPED keeps it alive."""

    AWAITED = "awaited"
    GATHERED = "gathered"
    STORED = "stored"
    RETURNED = "returned"
    DROPPED = "dropped"
    UNKNOWN = "unknown"


class Handback(Kind):
    """What a function that is not async hands back of the durable calls it makes."""

    NONE = "none"
    ONE = "one"  # `(id) => ship(id)`: one promise / coroutine
    MANY = "many"  # `ids.map((id) => ship(id))`, `[ship(i) for i in ids]`: a collection


AWAITED = Consumption.AWAITED
GATHERED = Consumption.GATHERED
STORED = Consumption.STORED
RETURNED = Consumption.RETURNED
DROPPED = Consumption.DROPPED
UNKNOWN = Consumption.UNKNOWN


class DurableKind(Kind):
    TASK = "task"
    STEP = "step"
    SLEEP = "sleep"
    APPROVAL = "approval"
    PARALLEL = "parallel"
    GATHER = "gather"  # asyncio.gather / Promise.all: awaits what it is given
    HELPER = "helper"  # an async function of the file that runs durable operations


class CallKind(Kind):
    CALL = "call"
    NEW = "new"
    READ = "read"
    # a subclass of the file built: its imported base class's construction runs too;
    # matched only by catalogue entries naming that class itself
    INHERITED = "inherited"
    # a decorator imported from another module, above a function the body calls: the
    # wrapper that decorator returns runs at the call (cross-file analysis follows it)
    DECORATED = "decorated"
    # an attribute read on an object another module's class built (`client.token`):
    # cross-file analysis follows it only when that class's member is a property getter
    PROPERTY = "property"
    # an operator on an object another module's class built (`flag in flags`,
    # `flags[key]`): Python runs a dunder method of its class (`BodyCall.methods`, the
    # first one the class defines); cross-file analysis follows it
    HOOK = "hook"


# Suffix naming, to a helper walk, the function a top-level function returns
# (`timed()`: the wrapper the decorator `timed` puts around what it decorates).
DECORATOR_PRODUCT = "()"
# Member naming, to a helper walk, what building an instance of a class runs beside its
# constructor: its field initializers (TypeScript `startedAt = Date.now()`) and the
# `default_factory` of its dataclass fields (`Owner.<fields>`).
FIELD_INITIALIZERS = "<fields>"
# A helper "name" for a function registered inline (`register("hook", async (p) => ...)`):
# this prefix and the function's `row:column` (workspace.registries, walk_helper).
ANONYMOUS_FUNCTION = "<registered>@"
# The nodes such a function can be.
INLINE_FUNCTIONS = ("lambda", "arrow_function", "function_expression", "function")


class HandlerKind(Kind):
    BARE = "bare"  # except:
    BASE_EXCEPTION = "base-exception"  # except BaseException
    EXCEPTION = "exception"  # except Exception
    OTHER = "other"  # except ValueError
    CATCH = "catch"  # TypeScript try/catch
    PROMISE_CATCH = "promise-catch"  # .catch(...) / .then(_, onRejected)
    GATHER_RETURN_EXCEPTIONS = (
        "gather-return-exceptions"  # asyncio.gather(..., return_exceptions=True)
    )
    ALL_SETTLED = "all-settled"  # Promise.allSettled(...)
    # `with cm():` whose `__exit__` returns True, or an `@contextmanager` generator
    # with a bare except around its `yield`
    SWALLOWING_CONTEXT = "swallowing-context"
    # `async with asyncio.TaskGroup()`: re-raises the suspension inside a BaseExceptionGroup
    TASK_GROUP = "task-group"
    # `asyncio.wait(...)`: keeps the suspension inside the finished tasks
    ASYNCIO_WAIT = "asyncio-wait"
    # `.catch(...)` / `.finally(...)` on a TS task call's bare `{ then }` thenable
    THENABLE_METHOD = "thenable-method"
    # `.catch(...)` / `.finally(...)` on what that thenable's `then(fn)` returns: `fn`'s
    # own value (no Promise unless `fn` is async), after the suspension has been thrown
    THEN_RESULT_METHOD = "then-result-method"
    # a library call that turns the rejection of the promise it is given into a value
    # (neverthrow's `ResultAsync.fromPromise`, await-to-js's `to`)
    SETTLING_CALL = "settling-call"
    # a library call that catches what its callback throws and calls it again
    # (`pRetry(() => task(x))`, async-retry, exponential-backoff)
    RETRYING_CALL = "retrying-call"
    # an error operator of a stream / effect library piped after a durable call
    # (rxjs `from(task(x)).pipe(catchError(...))`, Effect `tryPromise(...).pipe(catchAll(...))`)
    CATCHING_OPERATOR = "catching-operator"


class Rethrow(Kind):
    """Whether a handler lets the SDK's suspension go on unwinding."""

    NEVER = "never"
    ALWAYS = "always"  # an unconditional raise / throw of what was caught
    GUARDED = "guarded"  # rethrows the suspension first, or all it does not recognise
    AFTER_DURABLE = "after-durable"  # rethrows, but runs a durable operation first


class NameOrigin(Kind):
    """Where a computed step name comes from."""

    LITERAL = "literal"
    STABLE = "stable"  # the loop variable, inputs, checkpointed results: same on replay
    VOLATILE = "volatile"  # the clock, randomness, the environment: differs on replay


@dataclass
class DurableCall:
    """A call in the workflow body that the SDK checkpoints or fans out."""

    kind: DurableKind
    node: tree_sitter.Node
    span: Span  # the callee
    task: TaskDef | None = None
    name: str | None = None  # literal step / approval name, or the task's step name
    name_node: tree_sitter.Node | None = None
    name_is_literal: bool = True
    consumption: Consumption = Consumption.UNKNOWN
    in_callback: bool = False  # inside a function the body runs itself (parallel, map, ...)
    name_origin: NameOrigin = NameOrigin.LITERAL
    dropped_by: Span | None = None  # the forEach / create_task / map that loses the result
    # reached its consumer inside a container: a list, a comprehension, `.map`'s result
    contained: bool = False
    returned_by: Span | None = None  # stored, then returned: the name in the `return`
    # stored, then awaited, but a `return` between the two leaves without it (the
    # `return` statement): on that path the result is dropped
    left_by: Span | None = None
    function: tree_sitter.Node | None = None  # a HELPER call: the function it calls
    handback: Handback = Handback.NONE  # a HELPER that is not async: what it hands back


@dataclass(frozen=True)
class Elsewhere:
    """A place in another file of the workspace that a finding leads to."""

    path: str  # as shown to the user (relative to the current directory when below it)
    row: int  # 1-based
    column: int  # 1-based, in characters
    end_row: int
    end_column: int
    text: str  # the source text there (the callee, for a message)
    silenced: frozenset[str] = frozenset()  # codes suppressed on a helper along the way


@dataclass
class BodyCall:
    """A non-durable call (or a value read) in the workflow body, resolved by name."""

    qualname: str  # e.g. requests.get, datetime.datetime.now, fetch, .write_text
    kind: CallKind
    node: tree_sitter.Node
    span: Span
    arg_count: int = 0
    chain: tuple[str, ...] = ()  # the helpers between the workflow body and this call
    site: Span | None = None  # where the body calls the first of them
    writes: bool = False  # a value written, not read: `os.environ["X"] = v`
    # Reached through a helper imported from another script of the workspace:
    # where the call really is. `node` and `span` stay this file's call site (the
    # other file's tree is not kept): its arguments are the helper's, not the call's.
    elsewhere: Elsewhere | None = None
    # a HOOK: the dunder methods the operator tries, in order (`__contains__`, `__iter__`)
    methods: tuple[str, ...] = ()

    @property
    def via(self) -> str | None:
        """The helper the body calls to reach this call, if any."""
        return self.chain[0] if self.chain else None

    @property
    def report_span(self) -> Span:
        return self.site if self.site is not None else self.span


@dataclass
class ExceptionHandler:
    """An except/catch clause (or `.catch(...)`) in the workflow body."""

    kind: HandlerKind
    node: tree_sitter.Node
    span: Span  # the clause head
    rethrow: Rethrow
    protects_durable: bool  # the guarded code holds a durable call or an await
    chain: tuple[str, ...] = ()  # helpers between the workflow body and this handler
    site: Span | None = None  # the call in the workflow body that reaches the helper
    # how the suspension is swallowed when that depends on a test in the handler
    # ("re-raises it only when `attempt == last` is true"), for the message
    note: str | None = None
    # the statements the suspension runs first, past the tests at the handler's head
    # whose truth for it is known (None: the handler's own first statements)
    entry: tuple[tree_sitter.Node, ...] | None = None
    # (Python) a handler that lets the suspension through but not wmill's other
    # BaseException, `_StepFailure`: how it swallows that one ("" on every path)
    failure_note: str | None = None

    @property
    def report_span(self) -> Span:
        return self.site if self.site is not None else self.span

    @property
    def rethrows(self) -> bool:
        """Lets the suspension through: re-raises it before doing anything durable."""
        return self.rethrow in (Rethrow.ALWAYS, Rethrow.GUARDED)


@dataclass
class FinallyBlock:
    """A `finally` in the workflow body, or in a helper it runs as body code: it also runs
    while a suspension unwinds."""

    node: tree_sitter.Node
    span: Span  # the `finally` keyword
    protects_durable: bool  # the try body holds a durable call or an await
    exits: list[Span]  # return / break / continue that leave the finally (and drop the suspension)
    chain: tuple[str, ...] = ()  # helpers between the workflow body and this `finally`
    site: Span | None = None  # the call in the workflow body that reaches the helper
    calls: tuple[tree_sitter.Node, ...] = ()  # durable calls in the `finally` (a helper's)
    # In a helper another module defines (`node` is then the body's call of it): where
    # the `finally` is, and its exits and durable calls, as (source text, 1-based line).
    elsewhere: str | None = None
    elsewhere_exits: tuple[tuple[str, int], ...] = ()
    elsewhere_calls: tuple[tuple[str, int], ...] = ()

    @property
    def report_span(self) -> Span:
        return self.site if self.site is not None else self.span


class CodeRole(Kind):
    """How the workflow runs a function of the file it reaches."""

    BODY = "body"  # called from body code: runs again on every replay
    CALLBACK = "callback"  # handed to something that runs it in the body (`map`, `.then`)
    STEP = "step"  # a step's callback: runs once, its result checkpointed
    TASK = "task"  # a task's body: runs in its own job


@dataclass(frozen=True)
class Reached:
    """One function of the file the workflow body reaches, and how."""

    function: tree_sitter.Node
    name: str | None  # None for an anonymous function (lambda / arrow)
    role: CodeRole
    chain: tuple[str, ...]  # named helpers from the body to here (`("notify", "post")`)
    site: Span  # the call in the workflow body that leads here


@dataclass
class CallGraph:
    """Functions of the file reachable from the workflow body, each once, and the
    step and task code of the whole file.

    `reachable`: a function reached in two ways keeps the first the walk found
    (body code wins: step and task code is recorded after the body's walk, and
    what a step callback or task body calls is step / task code only when the
    body's code does not reach it too). `durable_code(role)`: every step callback
    and task body of the file, wherever the `step` / task is, and the functions of
    the file only they reach, at any depth (`wac_lint.frontends.durable_code`).
    """

    found: dict[tree_sitter.Node, Reached] = field(default_factory=dict)
    # role (STEP / TASK) -> function -> how it is reached; a function may be both
    durable: dict[CodeRole, dict[tree_sitter.Node, Reached]] = field(default_factory=dict)
    # The roots of `durable`: the functions handed to `step(...)` and the task
    # functions themselves (by node id), not the helpers they call: only what a
    # root returns is checkpointed.
    durable_roots: set[int] = field(default_factory=set)
    # What finds step and task code, run the first time anything is asked of the
    # graph (`wac-lint graph` never asks: it would cost it a fifth of its time).
    pending: Callable[[], None] | None = None

    @property
    def reachable(self) -> dict[tree_sitter.Node, Reached]:
        self.complete()
        return self.found

    def complete(self) -> None:
        pending, self.pending = self.pending, None
        if pending is not None:
            pending()

    def add(self, reached: Reached) -> None:
        self.found.setdefault(reached.function, reached)

    def add_durable(self, reached: Reached) -> None:
        self.durable.setdefault(reached.role, {}).setdefault(reached.function, reached)

    def durable_code(self, role: CodeRole) -> list[Reached]:
        """Step (task) code of the file: roots first, then the helpers they reach."""
        self.complete()
        return list(self.durable.get(role, {}).values())

    def durable_name(self, role: CodeRole, function: tree_sitter.Node) -> str | None:
        """The name step (task) code of the file has, None for an anonymous function."""
        self.complete()
        found = self.durable.get(role, {}).get(function)
        return found.name if found is not None else None

    def is_durable_root(self, function: tree_sitter.Node) -> bool:
        """A step callback or a task function itself, not a helper it calls."""
        self.complete()
        return function.id in self.durable_roots

    def role_of(self, function: tree_sitter.Node) -> CodeRole | None:
        found = self.reachable.get(function)
        return found.role if found is not None else None

    def with_role(self, role: CodeRole) -> list[Reached]:
        """The functions with this role, in source order."""
        return sorted(
            (r for r in self.reachable.values() if r.role is role),
            key=lambda r: r.function.start_byte,
        )


@python_class  # weakly referenced (its scopes, the rules' shared facts)
@dataclass
class ScriptModel:
    """What the front-end built of one script: the SDK's names, workflows, tasks,
    durable calls and the semantic model."""

    source: SourceFile
    tree: tree_sitter.Tree
    in_scope: bool = False
    bindings: list[SdkBinding] = field(default_factory=list)
    references: list[SdkReference] = field(default_factory=list)
    workflows: list[WorkflowEntry] = field(default_factory=list)
    tasks: list[TaskDef] = field(default_factory=list)
    durable_calls: list[DurableCall] = field(default_factory=list)
    # Body calls of the file's own async functions that run durable operations
    # (kind HELPER): their coroutine / promise is consumed like a task's.
    helper_calls: list[DurableCall] = field(default_factory=list)
    body_calls: list[BodyCall] = field(default_factory=list)
    # Body-code calls of names this file imports relatively (`from .helpers import x`):
    # not catalogue material, but where cross-file analysis starts.
    relative_import_calls: list[BodyCall] = field(default_factory=list)
    handlers: list[ExceptionHandler] = field(default_factory=list)
    finally_blocks: list[FinallyBlock] = field(default_factory=list)
    call_graph: CallGraph = field(default_factory=CallGraph)
    main_function: FunctionInfo | None = None
    # How the script exports `main_function` as its entry: "main" (a function called
    # `main`), "renamed" (TS `export { run as main }`, `export default run`) or "default"
    # (TS `export default async function (...) {...}`, anonymous).
    main_export: str = "main"
    main_calls: list[Span] = field(default_factory=list)
    syntax_errors: list[Span] = field(default_factory=list)
    semantic: SemanticModel | None = None
    # Files of the workspace the front-end read while it built this model (what a name
    # the script imports is: `wac_lint.workspace.imported`): the findings depend on them.
    workspace_files: set[Path] = field(default_factory=set)
    # `main`'s signature, or why Windmill cannot read it, once `signature` was asked.
    _signature: Signature | SignatureError | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _node_index: NodeIndex | None = field(default=None, init=False, repr=False, compare=False)
    _ancestors: AncestorWalk | None = field(default=None, init=False, repr=False, compare=False)

    def parent_of(self, node: tree_sitter.Node) -> tree_sitter.Node | None:
        """`node.parent`, which costs the node's depth in tree-sitter (it searches down
        from the root): asked for many nodes of a deep nest (6,000 nested step
        callbacks) that was quadratic. Found from the path of the node asked before."""
        return self.ancestor_walk().parent(node)

    def node_at(self, start: int, end: int) -> tree_sitter.Node | None:
        """The smallest node spanning the bytes `start:end` (`descendant_for_byte_range`),
        found from the path of the node asked before (`parent_of`)."""
        return self.ancestor_walk().node_at(start, end)

    def ancestor_walk(self) -> AncestorWalk:
        if self._ancestors is None:
            from wac_lint.tree_paths import AncestorWalk

            self._ancestors = AncestorWalk(self.tree.root_node)
        return self._ancestors

    @property
    def node_index(self) -> NodeIndex:
        """The file's nodes of the indexed types (`node_index.py`), one query, kept."""
        if self._node_index is None:
            from wac_lint.node_index import build_node_index

            self._node_index = build_node_index(self.source.language, self.tree.root_node)
        return self._node_index

    @property
    def language(self) -> LanguageKind:
        return self.source.language

    @property
    def lang(self) -> TreeSitterLanguage:
        """The script's language object (grammar, comment syntax, SDK spellings)."""
        return script_language(self.source.language)

    @property
    def signature(self) -> Signature:
        """`main`'s signature as Windmill's parser of the language reads it.

        Computed on first use (only the schema rules ask) and kept: WAC901 and
        WAC902 read the same one. Raises `SignatureError` where Windmill fails.
        """
        outcome = self._signature
        if outcome is None:
            from wac_lint.schema.types import SignatureError

            try:
                outcome = self.lang.signature(self.source, self.tree, False)
            except SignatureError as exc:
                outcome = exc
            self._signature = outcome
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    @property
    def workflow(self) -> WorkflowEntry | None:
        """The workflow Windmill will run: the entry one, else the first."""
        for wf in self.workflows:
            if wf.name in ("main", "default") and wf.top_level:
                return wf
        return self.workflows[0] if self.workflows else None

    def text(self, node_or_span: tree_sitter.Node | Span) -> str:
        return self.source.data[node_or_span.start_byte : node_or_span.end_byte].decode(
            "utf-8", errors="replace"
        )

    def code(self, node_or_span: tree_sitter.Node | Span) -> str:
        """The text without the comments written inside it, to quote in a message: a
        chain split over lines with a `// note` between its calls reads as code."""
        text = self.text(node_or_span)
        if isinstance(node_or_span, Span) or ("#" not in text and "/" not in text):
            return text
        comments: list[tuple[int, int]] = []
        cursor = node_or_span.walk()
        while True:  # a cursor, not recursion: expressions nest deep
            current = cursor.node
            if current is not None and current.type == "comment":
                comments.append((current.start_byte, current.end_byte))
            elif cursor.goto_first_child():
                continue
            while not cursor.goto_next_sibling():
                if not cursor.goto_parent() or cursor.node == node_or_span:
                    break
            else:
                continue
            break
        if not comments:
            return text
        data, at, kept = self.source.data, node_or_span.start_byte, []
        for start, end in comments:
            kept.append(data[at:start])
            at = end
        kept.append(data[at : node_or_span.end_byte])
        return b" ".join(kept).decode("utf-8", errors="replace")
