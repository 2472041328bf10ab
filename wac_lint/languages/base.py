"""What every language object answers, and the tree-sitter part scripts share."""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import sys
import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from wac_lint.kinds import Kind

if TYPE_CHECKING:
    import tree_sitter

    from wac_lint.flows.model import FlowModel
    from wac_lint.graph.syntax import Dialect
    from wac_lint.model import ScriptModel
    from wac_lint.schema.types import Signature
    from wac_lint.source import SourceFile


class LanguageKind(Kind):
    PYTHON = "python"
    TYPESCRIPT = "typescript"
    FLOW = "flow"  # an OpenFlow definition (flow.yaml / flow.json in a flow folder)


_LOADED: dict[str, Any] = {}


def load(target: str) -> Any:
    """`module:attribute`, imported on first use (a language's heavy parts). Kept once
    loaded: per-call readers ask for the same target once per call of a script, and
    `importlib.import_module` costs a few microseconds even for a loaded module."""
    found = _LOADED.get(target)
    if found is None:
        module, _, attribute = target.partition(":")
        found = _LOADED[target] = getattr(importlib.import_module(module), attribute)
    return found


def load_grammar(target: str) -> Any:
    """`package:function` of a tree-sitter grammar package, read from the package's
    compiled `_binding` module without running the package's `__init__`: that imports
    `importlib.resources` (and through it `tempfile`, `shutil`) for the highlight
    queries, which wac-lint never reads; about 5% of a one-file `check`. Any other
    layout of the package is imported the usual way."""
    package, _, attribute = target.partition(":")
    if package not in sys.modules:
        try:
            found = importlib.util.find_spec(package)
            where = found.submodule_search_locations if found is not None else None
            spec = importlib.machinery.PathFinder.find_spec(f"{package}._binding", where)
            if spec is not None and spec.loader is not None:
                binding = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(binding)
                # A later `import package` then reuses it rather than loading it again.
                sys.modules[spec.name] = binding
                return getattr(binding, attribute)
        except (ImportError, AttributeError, OSError):
            pass
    return load(target)


class Language:
    """A kind of file: how to recognise it, read its comments and build its model."""

    kind: LanguageKind
    display_name: str  # in messages: "Python"
    extensions: tuple[str, ...] = ()
    editor_ids: tuple[str, ...] = ()  # LSP languageIds, for buffers without a file name
    line_comment: str = "#"  # what starts a suppression comment of one's own
    noqa: bool = False  # flake8-style "noqa" comments also suppress
    sdk_modules: tuple[str, ...] = ()  # how an import of the Windmill SDK spells it
    # An import of the SDK through a module of the workspace that re-exports it, as a
    # byte pattern (TypeScript: `import { task, workflow } from "./wac"`); None: none.
    sdk_reexport: bytes | None = None
    # Windmill's `language` values of inline flow scripts written in this language.
    windmill_languages: tuple[str, ...] = ()
    # Windmill's wrapper imports the entry point by the name `main` (Python's
    # `from ... import main`): code with no `main` at all cannot run as a step.
    main_imported_by_name: bool = False
    # Its files hold scripts of the other languages (a flow's inline scripts), which
    # are checked with those languages' rules.
    embeds_scripts: bool = False

    def claims(self, name: str) -> bool:
        """Is a file of this name written in this language?"""
        return name.endswith(self.extensions)

    def prepare(self, data: bytes) -> bytes:
        """The bytes the parser reads (same length, same line breaks)."""
        return data

    def build_model(
        self, source: SourceFile, tree: tree_sitter.Tree | None = None
    ) -> ScriptModel | FlowModel:
        raise NotImplementedError

    def comments(self, model: ScriptModel | FlowModel) -> Iterator[tuple[int, int, str]]:
        """(0-based row, byte column, text) of each real comment of the file."""
        raise NotImplementedError

    def introduced_problem(self, before: SourceFile, after: SourceFile) -> str | None:
        """What a fixed text breaks that the original did not (None: nothing)."""
        return None

    def grammar_error(self, source: SourceFile) -> str | None:
        """Why the language's own parser refuses the text, as a clause ("the file does
        not parse: ...", "Python 3.11's parser refuses it: ...") (None: it accepts it, or
        there is no parser to ask). tree-sitter recovers from some errors without an
        error node; a file its own parser refuses must not be rewritten."""
        return None

    def __repr__(self) -> str:
        return f"<language {self.kind.value}>"


class TreeSitterLanguage(Language):
    """A script language: parsed by tree-sitter, modelled by a front-end."""

    grammar_target: str  # "module:function" returning the grammar's capsule
    front_end_target: str  # "module:Class" of the `FrontEnd`
    signature_target: str  # "module:function" reading `main`'s signature
    # "module:function" saying what Windmill's WAC diagram parser refuses (`wac_lint.diagram`)
    diagram_target: str
    # The syntax the fix-safety check needs: the await node, and the nodes an
    # `await` cannot cross (the nearest one's `async` keyword decides).
    await_node: str = "await_expression"
    function_nodes: frozenset[str] = frozenset()
    module_await: bool = False  # may a module await at top level?
    # Python coroutines do nothing until awaited (a `step(...)` never awaited never
    # runs, and `asyncio.gather` starts what it is given only after evaluating all
    # its arguments); a JavaScript promise's work starts the moment it is called.
    coroutines_start_when_awaited: bool = False
    # Python's `map(f, xs)` / `itertools.starmap` is a lazy iterator that calls `f` only
    # when iterated (and cannot be awaited); JavaScript's `xs.map(f)` calls it at once.
    map_is_lazy: bool = False
    # The key the SDK gives a task of an anonymous function, when it has one: a
    # JavaScript arrow passed to `task(...)` has `fn.name === ""`, so windmill-client
    # 1.818.0's `_nextStep` keys it `step` (a Python lambda is `<lambda>`, its name).
    anonymous_task_key: str | None = None
    # The most arguments a `task(...)` call may take for Windmill's diagram parser to
    # draw it (`extract_task_call_info`: `task(fn)`, `task(fn, options)`, `task(path,
    # fn)` in TypeScript); None where the SDK's `task` takes no function by position.
    drawn_task_arguments: int | None = None
    # Whether `x.field` reads a field of a decoded JSON object: a JavaScript object's
    # properties are its fields; a Python `dict` has none as attributes (`approval.approved`
    # raises AttributeError).
    attributes_read_json_fields: bool = True
    # Array methods (`forEach`, `filter`, `some`, ...) call their callback once per item
    # with `(item, index, array)`: a task handed to one gets those arguments.
    per_item_array_methods: bool = False
    # An async function that returns an un-awaited promise hands over its result
    # (JavaScript adopts it); Python returns the coroutine object itself.
    async_return_adopts_awaitable: bool = False
    awaitable_noun: str  # what an un-awaited async call gives: "coroutine" / "promise"
    gather_call: str  # how the language awaits several at once: `asyncio.gather(...)`
    # A task of the file receives the objects the child job's replay computed, not the
    # JSON of the dispatch (wmill 1.850.0 `_execute_directly(func, **kwargs)`)
    task_gets_live_arguments: bool
    # awaiting every item an iterable call hands back, `{}` the call: `asyncio.gather(*{})`
    gather_spread: str
    # a function that is not async, as the language's users call it
    plain_function: str
    # A call with missing or extra arguments raises (Python's TypeError); JavaScript
    # passes `undefined` for the missing ones and drops the extra ones.
    call_arity_enforced: bool = False
    # Declaring a name the module imports again fails to load (ES modules).
    redeclared_import_fails: bool = False
    # The module-level function the language calls to read a name a module does not bind
    # (Python's PEP 562 `__getattr__`: `hops.PRICES`, `from f.lib.hops import PRICES`).
    module_attribute_hook: str | None = None
    # The SDK's `workflow(fn)` hands back `fn` itself, only marked (wmill 1.850.0), so the
    # workflow calling `main` runs it as a plain coroutine inside the same workflow.
    workflow_returns_function: bool = False
    # A parameter's default is evaluated once, when the `def` runs (Python: so when the
    # module loads), not at each call that leaves it out (JavaScript).
    defaults_evaluated_at_definition: bool = False
    # Optional settings of a call are keyword arguments (`seed=`), not the properties of
    # an options object (`{ seed }`): how a message names one.
    keyword_options: bool = False
    # Node types the rules' syntax helpers read: a call, a function (def, lambda,
    # arrow, method), and what repeats its body (loops and comprehensions).
    call_node: str
    function_nodes_for_rules: tuple[str, ...]
    loop_nodes: tuple[str, ...]
    graph_dialect_target: str  # "module:Class" of the graph builder's `Dialect`
    # "module:object" (a `HelperImports`): how an import names another workspace script's
    # function, for following helpers across files.
    helper_imports_target: str

    def __init__(self) -> None:
        self._grammar: tree_sitter.Language | None = None
        self._lock = threading.Lock()
        self._local = threading.local()

    def grammar(self) -> tree_sitter.Language:
        """The tree-sitter grammar, loaded the first time a file needs it."""
        if self._grammar is None:
            import tree_sitter

            with self._lock:
                if self._grammar is None:
                    self._grammar = tree_sitter.Language(load_grammar(self.grammar_target)())
        return self._grammar

    def parser(self) -> tree_sitter.Parser:
        """This thread's parser of the language (a tree-sitter parser is not safe to
        share between threads; the language server analyses on worker threads)."""
        parser: tree_sitter.Parser | None = getattr(self._local, "parser", None)
        if parser is None:
            import tree_sitter

            parser = self._local.parser = tree_sitter.Parser(self.grammar())
        return parser

    def parse(self, source: SourceFile) -> tree_sitter.Tree:
        from wac_lint.bounded import bounded_parse

        return self.settled(source.data, bounded_parse(self.parser(), source.data))

    def settled(self, data: bytes, tree: tree_sitter.Tree) -> tree_sitter.Tree:
        """`settle(data, tree)`, refused (TreeTooDeep, a RecursionError) when it nests
        deeper than tree-sitter's queries can follow (`tree_depth.py`)."""
        from wac_lint.tree_depth import check_depth

        settled = self.settle(data, check_depth(tree))
        return settled if settled is tree else check_depth(settled)

    def settle(self, data: bytes, tree: tree_sitter.Tree) -> tree_sitter.Tree:
        """`tree` (parsed from `data`, maybe incrementally), or a re-parse where the
        grammar is known to read some syntax wrongly. Every parse of a script goes
        through here, the language server's incremental ones too."""
        return self.bridge_grammar_gaps(data, tree)

    def grammar_gaps(self, error: tree_sitter.Node) -> tuple[int, int] | None:
        """The bytes to blank where an error node of the tree is valid syntax the
        grammar does not know (None: a real error, or one not recognised). Blanking
        them must leave the same program to the analysis, minus an annotation."""
        return None

    def bridge_grammar_gaps(self, data: bytes, tree: tree_sitter.Tree) -> tree_sitter.Tree:
        """Re-parse with the grammar's known gaps blanked (same length, line breaks
        kept), so valid code is not reported as a syntax error (WAC000). What the
        tree's nodes say of those bytes is blanks; the file's text is kept."""
        if not tree.root_node.has_error:
            return tree
        spans: list[tuple[int, int]] = []
        stack = [tree.root_node]
        while stack:
            node = stack.pop()
            if node.is_error:
                span = self.grammar_gaps(node)
                if span is not None:
                    spans.append(span)
                    continue
            if node.has_error:
                stack.extend(node.children)
        if not spans:
            return tree
        from wac_lint.bounded import bounded_parse

        return bounded_parse(self.parser(), blank(data, spans))

    def build_model(self, source: SourceFile, tree: tree_sitter.Tree | None = None) -> ScriptModel:
        from wac_lint.frontends import build_model

        return build_model(source, tree)

    def front_end(self, model: ScriptModel) -> Any:
        """The front-end that fills `model` in (imported with the first file)."""
        return load(self.front_end_target)(model)

    def graph_dialect(self, data: bytes) -> Dialect:
        """How this grammar spells what the workflow graph draws (for `graph`)."""
        dialect: Dialect = load(self.graph_dialect_target)(data)
        return dialect

    def comments(self, model: ScriptModel | FlowModel) -> Iterator[tuple[int, int, str]]:
        from wac_lint.model import ScriptModel
        from wac_lint.queries import captures

        assert isinstance(model, ScriptModel)
        for node in captures(self.kind, "(comment) @c", model.tree.root_node).get("c", ()):
            yield node.start_point[0], node.start_point[1], model.text(node)

    @property
    def sdk_names(self) -> dict[str, str]:
        """Each WAC concept (canonical name) as this language's SDK spells it."""
        raise NotImplementedError

    def sdk_import(self, names: list[str]) -> str:
        """The statement importing these SDK names (`from wmill import a, b`)."""
        raise NotImplementedError

    def signature(self, source: SourceFile, tree: tree_sitter.Tree, bom: bool) -> Signature:
        """What Windmill's parser of this language reads as `main`'s signature."""
        reader = load(self.signature_target)
        signature: Signature = reader(source, tree, bom=bom)
        return signature

    def compile_error(self, source: SourceFile) -> str | None:
        """Why the language's own compiler would refuse the text (None: it would not,
        or there is no compiler to ask without running anything)."""
        return None

    def introduced_problem(self, before: SourceFile, after: SourceFile) -> str | None:
        from wac_lint.fix_safety import tree_problem

        return tree_problem(self, before, after)


def blank(data: bytes, spans: Iterable[tuple[int, int]]) -> bytes:
    """`data` with the bytes of each `(start, end)` span turned to spaces, line breaks
    kept: the same length and lines, so every position the analysis reports holds."""
    blanked = bytearray(data)
    for start, end in spans:
        for i in range(start, end):
            if blanked[i] not in (0x0A, 0x0D):
                blanked[i] = 0x20
    return bytes(blanked)
