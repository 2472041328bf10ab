"""What a module does when it is loaded: the calls outside its functions.

WAC101 reads it twice: for the workflow script itself (at each suspension "the
script exits" and the next round runs it again from the top, Windmill's launch
post, so its module-level code runs on every replay), and for each workspace
module the script imports (importing it runs its module-level code again).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from wac_lint.model import BodyCall, CallKind, ScriptModel, Span
from wac_lint.rule import Related
from wac_lint.rules import _catalogue
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._sdk_calls import Node
from wac_lint.semantic import (
    FACTORY_NAMES,
    HANDLE_METHODS,
    SUBSCRIPTS,
    SemanticModel,
    is_factory_verb,
)
from wac_lint.semantic.scopes import BindingKind
from wac_lint.tree_paths import AncestorWalk, ancestors
from wac_lint.workspace.view import WorkspaceView


@dataclass(frozen=True)
class ModuleCall:
    """A catalogued call that runs when the module is loaded."""

    span: Span  # the callee (`requests.get`), or the call when it has none
    qualname: str
    category: str  # the side-effect catalogue's
    # how the module-level call reaches it: "reached through `Rates.load`", "in the
    # function this line calls" (an IIFE); None when the call is the line's own
    via: str | None = None
    # run later by a hook the module level registers (`atexit.register`, an "exit"
    # listener, a timer), not while the module loads
    hooked: bool = False


@dataclass(frozen=True)
class ImportedIO:
    """I/O an imported workspace module does when it is loaded."""

    qualname: str
    category: str
    related: Related  # the call, in the imported module
    # the modules between the one the script imports and the one making the call
    via: tuple[Path, ...] = ()
    # a name imported that the module does not bind, with the module's `__getattr__`
    # serving it and that function's line
    served: tuple[str, str, int] | None = None


def workspace_imports(
    model: ScriptModel, workspace: WorkspaceView, here: Path | None = None
) -> list[tuple[Node, Path]]:
    """The import statements of the script (or of the module `here`, read through
    `model`) that reach workspace modules, with the module each reaches."""
    out: list[tuple[Node, Path]] = []
    for statement, specs in _import_specs(model):
        for file in _resolve(specs, here or workspace.file, workspace):
            out.append((statement, file))
    return out


# How an import statement names a module: ("py", dotted, level) or ("ts", specifier, 0).
ImportSpec = tuple[str, str, int]


def _module_statements(model: ScriptModel, block: Node) -> list[Node]:
    """The statements that run when the module loads: those at its top level and in
    its top-level `try` / `except` / `else` / `finally` and `if` blocks (an import
    guarded by `try: ... except ImportError:` still runs), but not the body of an
    `if TYPE_CHECKING:`, which never runs."""
    out: list[Node] = []
    for statement in block.named_children:
        if statement.type == "try_statement":
            for part in statement.named_children:
                body = part if part.type == "block" else part.child_by_field_name("body")
                if body is None:
                    body = next((c for c in part.named_children if c.type == "block"), None)
                if body is not None:
                    out.extend(_module_statements(model, body))
        elif statement.type == "if_statement":
            condition = statement.child_by_field_name("condition")
            guarded = condition is not None and model.text(condition).rsplit(".", 1)[-1] == (
                "TYPE_CHECKING"
            )
            consequence = statement.child_by_field_name("consequence")
            if consequence is not None and not guarded:
                out.extend(_module_statements(model, consequence))
            for branch in statement.children_by_field_name("alternative"):
                body = branch.child_by_field_name("body") or branch.child_by_field_name(
                    "consequence"
                )
                if body is not None:
                    out.extend(_module_statements(model, body))
        else:
            out.append(statement)
    return out


def _import_module_spec(model: ScriptModel, statement: Node) -> ImportSpec | None:
    """`m = importlib.import_module("f.lib.x")` (or the call alone) at module level:
    it loads the module as an import statement would."""
    if statement.type != "expression_statement" or not statement.named_children:
        return None
    value = statement.named_children[0]
    if value.type == "assignment":
        value = value.child_by_field_name("right") or value
    return _import_module_call(model, value)


def _import_module_call(model: ScriptModel, value: Node) -> ImportSpec | None:
    """`importlib.import_module("f.lib.x")`, or of a name bound once to that string
    (`importlib.import_module(LIVE)`): the module it loads."""
    if value.type != "call" or model.semantic is None:
        return None
    function = value.child_by_field_name("function")
    arguments = value.child_by_field_name("arguments")
    if function is None or arguments is None or len(arguments.named_children) != 1:
        return None
    if model.semantic.qualified_name(function) != "importlib.import_module":
        return None
    first = arguments.named_children[0]
    if first.type == "identifier":
        held = sdk.bound_value(model, model.text(first), first)
        if held is None:
            return None
        first = held
    if first.type != "string" or any(
        c.type not in ("string_start", "string_content", "string_end") for c in first.children
    ):
        return None
    dotted = model.text(first)[1:-1]
    if not dotted or dotted.startswith(".") or model.text(first)[:1] not in ('"', "'"):
        return None
    return ("py", dotted, 0)


def body_imports(
    model: ScriptModel, workspace: WorkspaceView, function: Node
) -> list[tuple[Node, Path]]:
    """Python import statements of a function's own code (`from f.lib.settings import
    CONFIG` inside the workflow body, `importlib.import_module("f.lib.live")` with a
    constant) that reach workspace modules, with the module each
    reaches: each round runs in a new process, so the import loads the module again."""
    if model.tree.root_node.type != "module":
        return []  # TypeScript's imports are static; `await import()` is a call
    # from the file's node index, sliced to the function: a walk of every node of a
    # long body cost more than the rest of the rule
    statements = sdk.same_function_nodes(
        model, ("import_from_statement", "import_statement"), function
    )
    out: list[tuple[Node, Path]] = []
    for statement, specs in _import_specs(model, statements):
        for file in _resolve(specs, workspace.file, workspace):
            out.append((statement, file))
    # `live = importlib.import_module("f.lib.live")` in the body loads the module there
    for call in sdk.same_function_nodes(model, ("call",), function):
        spec = _import_module_call(model, call)
        if spec is not None:
            for file in _resolve([spec], workspace.file, workspace):
                out.append((call, file))
    return out


def _import_specs(
    model: ScriptModel, statements: list[Node] | None = None
) -> list[tuple[Node, list[ImportSpec]]]:
    """What the module-level import statements (or the given ones) load."""
    out: list[tuple[Node, list[ImportSpec]]] = []
    python = model.tree.root_node.type == "module"
    root = model.tree.root_node
    if statements is None:
        statements = _module_statements(model, root) if python else root.named_children
    for statement in statements:
        specs: list[ImportSpec] = []
        loaded = _import_module_spec(model, statement) if python else None
        if loaded is not None:
            specs.append(loaded)
        if statement.type == "import_from_statement":
            module = statement.child_by_field_name("module_name")
            text = model.text(module) if module is not None else ""
            level = len(text) - len(text.lstrip("."))
            # `from f.lib import http`: the names may be modules, tried after the module
            for item in statement.children_by_field_name("name"):
                name = item.child_by_field_name("name") if item.type == "aliased_import" else item
                if name is not None:
                    dotted = f"{text[level:]}.{model.text(name)}".strip(".")
                    specs.append(("py-name", dotted, level))
            specs.append(("py", text[level:], level))
        elif statement.type in ("import_statement", "export_statement"):
            # TypeScript's `import ... from "..."`, and `export { x } from "..."`, which
            # loads the module too
            spec = statement.child_by_field_name("source")
            if type_only(statement) or unused_import(model, statement):
                spec = None  # `import type` / `import { type A }`: erased, nothing is loaded
            if spec is not None:
                specs.append(("ts", model.text(spec).strip("\"'`"), 0))
            for item in statement.children_by_field_name("name"):  # Python's `import a.b`
                name = item.child_by_field_name("name") if item.type == "aliased_import" else item
                if name is not None:
                    specs.append(("py", model.text(name), 0))
        if specs:
            out.append((statement, specs))
    return out


def type_only(statement: Node) -> bool:
    """A TypeScript import or re-export that compiles to nothing: `import type ...`,
    `export type ...`, or braces naming only types (`import { type Order } from`), which
    TypeScript and Bun drop whole, so the module is never loaded."""
    if any(c.type == "type" for c in statement.children):
        return True
    clause = next(
        (c for c in statement.named_children if c.type in ("import_clause", "export_clause")),
        None,
    )
    if clause is None:
        return False
    if clause.type == "import_clause":
        # a default or `* as ns` binding is a value: the module loads
        if [c.type for c in clause.named_children] != ["named_imports"]:
            return False
        clause = clause.named_children[0]
    specifiers = [c for c in clause.named_children if c.type.endswith("_specifier")]
    return bool(specifiers) and all(
        any(c.type == "type" for c in spec.children) for spec in specifiers
    )


def unused_import(model: ScriptModel, statement: Node) -> bool:
    """A TypeScript `import ... from` none of whose names the file uses as a value (an
    interface or type alias imported without `type`, or a name never read): TypeScript
    and Bun's transpiler drop such an import whole (they cannot tell a type from a value
    of another file, and remove what no expression reads; `verbatimModuleSyntax`, which
    keeps it, is not set for Windmill's scripts), so the module is never loaded. A bare
    `import "./x.ts"` is kept: it is written for its effects."""
    if statement.type != "import_statement":
        return False
    clause = next((c for c in statement.named_children if c.type == "import_clause"), None)
    if clause is None:
        return False
    names: set[str] = set()
    for part in clause.named_children:
        if part.type == "identifier":  # the default binding
            names.add(model.text(part))
        elif part.type == "namespace_import":
            names.update(model.text(c) for c in part.named_children if c.type == "identifier")
        elif part.type == "named_imports":
            for spec in part.named_children:
                if spec.type != "import_specifier" or any(c.type == "type" for c in spec.children):
                    continue
                local = spec.child_by_field_name("alias") or spec.child_by_field_name("name")
                if local is not None:
                    names.add(model.text(local))
    return not names & _value_names(model)


def imported_value_names(model: ScriptModel, statement: Node) -> list[tuple[Node, str]]:
    """The names a TypeScript `import ... from` takes from its module that the file reads
    as values (each with the node naming it there: `default` for the default binding),
    which Bun links by name when the script loads; a `type` specifier, and a name read
    only as a type, are erased."""
    clause = next((c for c in statement.named_children if c.type == "import_clause"), None)
    if clause is None:
        return []
    values = _value_names(model)
    taken: list[tuple[Node, str]] = []
    for part in clause.named_children:
        if part.type == "identifier" and model.text(part) in values:
            taken.append((part, "default"))
        elif part.type == "named_imports":
            for spec in part.named_children:
                if spec.type != "import_specifier" or any(c.type == "type" for c in spec.children):
                    continue
                name = spec.child_by_field_name("name")
                local = spec.child_by_field_name("alias") or name
                if name is not None and local is not None and model.text(local) in values:
                    taken.append((name, model.text(name).strip("\"'")))
    return taken


# Where a name is not read as a value: imports themselves, and types (`s.Cfg` and
# `typeof x` in a type name a namespace or a value's type without reading it).
_NOT_VALUES = frozenset(
    {
        "import_statement",
        "type_annotation",
        "type_alias_declaration",
        "interface_declaration",
        "type_arguments",
        "type_parameters",
        "nested_type_identifier",
        "type_query",
    }
)


def _value_names(model: ScriptModel) -> frozenset[str]:
    """The names the file's code reads as values (identifiers outside its imports and
    its types), walked once per file."""
    memo = sdk.facts(model).memo
    found = memo.get("ts_value_names")
    if isinstance(found, frozenset):
        return found
    names: set[str] = set()
    stack = [model.tree.root_node]
    while stack:
        node = stack.pop()
        if node.type in ("identifier", "shorthand_property_identifier"):
            names.add(model.text(node))
        elif node.type not in _NOT_VALUES:
            stack.extend(node.children)
    found = memo["ts_value_names"] = frozenset(names)
    return found


def _resolve(specs: list[ImportSpec], here: Path, workspace: WorkspaceView) -> list[Path]:
    """The workspace files one import statement reaches (`py-name` specs only when
    the statement's module is no workspace file: `from f.lib import http`)."""
    from wac_lint.workspace.imports import resolve_python, resolve_typescript

    project = workspace.project
    files: list[Path] = []
    names: list[ImportSpec] = []
    for kind, text, level in specs:
        if kind == "py-name":
            names.append((kind, text, level))
        elif kind == "ts":
            found = resolve_typescript(text, here, project, workspace.consulted)
            files.extend([found] if found is not None else [])
        else:
            found = resolve_python(text, level, here, project, workspace.consulted)
            if found is not None:
                files.append(found)
            elif names:
                for _, dotted, at in names:
                    by_name = resolve_python(dotted, at, here, project, workspace.consulted)
                    files.extend([by_name] if by_name is not None else [])
    return files


def imported_module_io(
    file: Path,
    workspace: WorkspaceView,
    catalogue: _catalogue.Catalogue,
    allowed: _catalogue.Catalogue,
    seen: frozenset[Path] = frozenset(),
) -> ImportedIO | None:
    """The first I/O call an imported module makes at module level, or a workspace
    module it imports in turn makes (any depth: each import runs the imported
    module's top level)."""
    known = _module_facts(file, workspace, catalogue, allowed)
    if known is None:
        return None
    found, specs = known
    if found is not None:
        return found
    if specs:
        found = _imported_helper_io(file, workspace, catalogue, allowed)
        if found is not None:
            return found
    seen = seen | {file}
    for _, statement_specs in specs:
        for deeper in _resolve(statement_specs, file, workspace):
            if deeper in seen:
                continue
            seen = seen | {deeper}
            below = imported_module_io(deeper, workspace, catalogue, allowed, seen)
            if below is not None:
                return replace(below, via=(deeper, *below.via))
    return None


def imported_hook_io(
    statement: Node,
    file: Path,
    workspace: WorkspaceView,
    catalogue: _catalogue.Catalogue,
    allowed: _catalogue.Catalogue,
) -> ImportedIO | None:
    """`from f.lib.hops import PRICES` where f/lib/hops.py binds no `PRICES` but defines a
    module `__getattr__` (PEP 562): the import calls it for the name, as the script loads;
    the first I/O it reaches."""
    from wac_lint.engine import InputError
    from wac_lint.frontends import module_model
    from wac_lint.workspace.crossfile import function_effects
    from wac_lint.workspace.documents import read_source

    if statement.type != "import_from_statement":
        return None
    source = statement.child_by_field_name("module_name")
    written = (source.text or b"").decode("utf-8", "replace") if source is not None else ""
    level = len(written) - len(written.lstrip("."))
    if not written.lstrip(".") or workspace.python_module(written.lstrip("."), level) != file:
        return None  # `from f.lib import hops`: the names are modules of a folder
    try:
        other = module_model(read_source(file, workspace.shown(file)))
    except (InputError, RecursionError, OSError):
        return None
    hook = other.lang.module_attribute_hook
    semantic = other.semantic
    if hook is None or semantic is None or hook not in semantic.module.bindings:
        return None
    served = None
    for item in statement.children_by_field_name("name"):
        plain = item.child_by_field_name("name") if item.type == "aliased_import" else item
        name = (plain.text or b"").decode("utf-8", "replace") if plain is not None else ""
        if name and name not in semantic.module.bindings:
            served = name
            break
    if served is None:
        return None
    definition = semantic.module.bindings[hook].node
    for effect in function_effects(file, hook, workspace.consulted):
        probe = BodyCall(effect.qualname, effect.kind, statement, Span.of(statement), 0)
        entry = _io_entry(probe, catalogue, allowed)
        if entry is None:
            continue
        where = effect.where
        related = Related(
            where.path,
            where.row,
            where.column,
            where.end_row,
            where.end_column,
            f"`{hook}` of {workspace.shown(file)} reaches `{effect.qualname}`",
        )
        row = definition.start_point[0] + 1 if definition is not None else where.row
        return ImportedIO(effect.qualname, entry.category, related, served=(served, hook, row))
    return None


def _module_facts(
    file: Path,
    workspace: WorkspaceView,
    catalogue: _catalogue.Catalogue,
    allowed: _catalogue.Catalogue,
) -> tuple[ImportedIO | None, list[tuple[int, list[ImportSpec]]]] | None:
    """A module's own first module-level I/O call and its imports (remembered per
    file state and catalogue: many workflows of a run import the same helpers)."""
    from wac_lint.engine import InputError
    from wac_lint.frontends import module_model
    from wac_lint.workspace.documents import open_text, read_source

    workspace.consulted.add(file)
    held = open_text(file)  # an editor's unsaved text wins over the disk's
    try:
        state = (-1, hash(held)) if held is not None else _stat(file)
    except OSError:
        return None
    key = (str(file), *state, id(catalogue), id(allowed))
    if key in _MODULE_IO:
        return _MODULE_IO[key]
    if len(_MODULE_IO) > 4096:
        _MODULE_IO.clear()
    try:
        model = module_model(read_source(file, workspace.shown(file)))
    except (InputError, RecursionError):
        return None
    found = _first_io(model, file, catalogue, allowed)
    specs = [(statement.start_point[0], s) for statement, s in _import_specs(model)]
    _MODULE_IO[key] = (found, specs)
    return found, specs


def _imported_helper_io(
    file: Path,
    workspace: WorkspaceView,
    catalogue: _catalogue.Catalogue,
    allowed: _catalogue.Catalogue,
) -> ImportedIO | None:
    """The first I/O a module-level call of `file` makes through a function another
    module of the workspace defines (`HEADWAYS = fetch_json(url)`, `fetch_json` imported
    from `f/lib/http.py` that calls `httpx.get`): importing `file` runs it."""
    from wac_lint.engine import InputError
    from wac_lint.frontends import module_model
    from wac_lint.workspace.crossfile import helper_effects
    from wac_lint.workspace.documents import read_source

    try:
        model = module_model(read_source(file, workspace.shown(file)))
    except (InputError, RecursionError, OSError):
        return None
    semantic = model.semantic
    if semantic is None:
        return None
    syntax = semantic.syntax
    for node in module_level_calls(semantic.root, syntax.functions, syntax.calls):
        callee = node.child_by_field_name("function")
        if callee is None:
            continue
        reached = helper_effects(model, node, file, workspace.consulted)
        if reached is None:
            continue
        label, effects = reached
        args = node.child_by_field_name("arguments")
        count = len(args.named_children) if args is not None else 0
        for effect in effects:
            probe = BodyCall(
                effect.qualname, effect.kind, node, Span.of(node), count, elsewhere=effect.where
            )
            entry = _io_entry(probe, catalogue, allowed)
            if entry is None:
                continue
            chain = " → ".join((label, *effect.chain, effect.qualname))
            span, src = Span.of(callee), model.source
            related = Related(
                str(file),
                span.start_row + 1,
                src.char_column(span.start_row, span.start_col) + 1,
                span.end_row + 1,
                src.char_column(span.end_row, span.end_col) + 1,
                f"`{model.text(callee)}` runs when the module is imported, reaching "
                f"`{effect.qualname}`",
            )
            return ImportedIO(chain, entry.category, related)
    return None


def _io_entry(
    probe: BodyCall, catalogue: _catalogue.Catalogue, allowed: _catalogue.Catalogue
) -> _catalogue.Entry | None:
    """The catalogue entry of a helper's call that does I/O when a module is imported:
    a module-level category, not allowed by the project, not a lazily connecting client."""
    entry = catalogue.lookup(probe)
    if (
        entry is None
        or entry.category not in MODULE_LEVEL_CATEGORIES
        or allowed.lookup(probe) is not None
        or _builds_client(probe)
    ):
        return None
    return entry


def _builds_client(call: BodyCall) -> bool:
    """The helper's call returns or keeps its own result, a client that connects lazily
    (`return psycopg.connect(dsn)`, `self.s3 = boto3.client("s3")`), as a module-level
    name keeping it would (not a one-shot request's answer)."""
    from wac_lint.rules._elsewhere import foreign_call

    found = foreign_call(call)
    if found is None:
        return False
    other, node = found
    path = _around(AncestorWalk(other.tree.root_node), node)
    return (_stored(path) or _returned(path)) and not _done_when_loaded(path, call.qualname)


def _stat(file: Path) -> tuple[int, int]:
    stat = file.stat()
    return stat.st_size, stat.st_mtime_ns


# (file, size, mtime or an editor text's hash, catalogue ids) -> the module's first
# module-level I/O call, and its imports (with the row of each statement).
_MODULE_IO: dict[
    tuple[str, int, int, int, int],
    tuple[ImportedIO | None, list[tuple[int, list[ImportSpec]]]],
] = {}


def module_io(
    model: ScriptModel, catalogue: _catalogue.Catalogue, allowed: _catalogue.Catalogue
) -> list[ModuleCall]:
    """The module-level calls of a file that the side-effect catalogue names (in the
    categories below), except a result a module-level name keeps."""
    semantic = model.semantic
    if semantic is None:
        return []
    syntax = semantic.syntax
    out: list[ModuleCall] = []
    walk = AncestorWalk(model.tree.root_node)
    for node in module_level_calls(semantic.root, syntax.functions, syntax.calls | syntax.new):
        is_new = node.type in syntax.new
        callee = node.child_by_field_name("constructor" if is_new else "function")
        qualname = semantic.qualified_name(callee) if callee is not None else None
        hook = _hook(model, node, qualname)
        if hook is not None and callee is not None and qualname is not None:
            # `atexit.register(report_done)`, `process.on("exit", ...)`, `setTimeout(...)`:
            # the function handed over runs later in the same round, every round
            handed, when = hook
            hooked = _callback_io(model, handed, catalogue, allowed) if handed else None
            if hooked is not None:
                out.append(_exit_hook(hooked, Span.of(callee), qualname, when))
            continue
        if callee is not None and not is_new:
            reached = _reached_io(model, callee, catalogue, allowed)
            if reached is not None:  # `await Rates.load()`, `await (async () => ...)()`
                out.append(reached)
                continue
        if callee is not None:
            built = _constructed_io(model, callee, catalogue, allowed)
            if built is not None:  # `const client = new TokenClient(url)`: its constructor
                out.append(built)
                continue
        if qualname is not None and qualname.startswith("~") and callee is not None:
            # `CONFIG = load_config()` whose I/O is in a helper it calls in turn
            chained = _function_io(model, callee, catalogue, allowed)
            if chained is not None:
                via = f"reached through `{' → '.join(chained[1])}`"
                out.append(replace(chained[0], span=Span.of(callee), via=via))
            continue
        if qualname is None or qualname.startswith(("~", ".")):
            continue  # unresolved
        path = _around(walk, node)
        connecting = _connecting(qualname, path) and not _awaited(path)
        # A module that cannot `await` (Python) runs a method of a module-level client
        # called there (`DB.execute(...)`) by the next line (on a client built in the
        # same expression, `connect(...).execute(...)`, the building call is the finding)
        waited = _awaited(path) or (
            not model.lang.module_await
            and callee is not None
            and not _stored(path)
            and _named_receiver(callee)
        )
        args = node.child_by_field_name("arguments")
        count = len(args.named_children) if args is not None else 0
        probe = BodyCall(
            qualname, CallKind.NEW if is_new else CallKind.CALL, node, Span.of(node), count
        )
        entry = catalogue.lookup(probe)
        if entry is None or allowed.lookup(probe) is not None:
            continue
        # a file written (`open(log, "a")`, `Path(p).write_text(...)`) is no configuration
        # read, and a Python one is written there and then
        writing = (
            entry.category == "files"
            and (waited or "(" not in qualname or not model.lang.module_await)
            and _writes_file(model, node, qualname)
        )
        if "(" in qualname and not waited and not connecting and not writing:
            continue  # a method of an object built at module level (`pool.on(...)`), not
            # one whose answer the module waits for (`await pool.query("select 1")`)
        # `regions = pd.read_csv("https://...")`: a data-frame reader given a URL downloads
        # it at load (a path on the worker's disk is read like configuration)
        downloading = entry.category == "data-io" and _reads_url(model, node, qualname)
        if entry.category not in MODULE_LEVEL_CATEGORIES and not downloading and not writing:
            continue
        if (
            _stored(path)
            and not downloading
            and not writing
            and not (_done_when_loaded(path, qualname) and _started(model, node, qualname))
        ):
            continue  # a client or connection kept for the body (`pool = Pool(...)`)
        span = Span.of(callee) if callee is not None else Span.of(node)
        # `bot.login(token)` opens a connection, whatever the library's other calls do
        category = "network" if connecting or downloading else entry.category
        out.append(ModuleCall(span, qualname, category))
    out.extend(_decorator_io(model, catalogue, allowed))
    out.extend(_subclass_hook_io(model, catalogue, allowed))
    for definition in semantic.root.named_children:
        # `@atexit.register` above a `def`: registered when the module loads
        if definition.type != "decorated_definition":
            continue
        function = definition.child_by_field_name("definition")
        name = function.child_by_field_name("name") if function is not None else None
        for decorator in definition.named_children:
            expr = decorator.named_children[0] if decorator.named_children else None
            if decorator.type != "decorator" or expr is None or name is None:
                continue
            registrar = semantic.qualified_name(expr)
            if registrar is not None and registrar in EXIT_HOOKS:
                hooked = _function_io(model, name, catalogue, allowed)
                if hooked is not None:
                    out.append(_exit_hook(hooked, Span.of(expr), registrar))
                continue
            if expr.type == "call":
                # `@registered("0 2 * * *")`: a decorator factory of the file runs when
                # the definition runs, and so does the decorator it returns, called
                # with the function (the wrapper that one returns runs at each call)
                found = _factory_io(model, expr, decorator, catalogue, allowed, at_load=True)
                if found is not None:
                    via = (
                        f"in `{' → '.join(found[1])}`, which decorating "
                        f"`{semantic.text(name)}` runs when the module loads"
                    )
                    out.append(replace(found[0], span=Span.of(expr), via=via))
                continue
            # `@register` / `@announce` naming a function of the file: Python calls it
            # with the class or function when the definition runs, at load (the wrapper
            # it may return runs later, at each call: nested definitions are not read)
            found = _function_io(model, expr, catalogue, allowed)
            if found is not None:
                via = (
                    f"in `{' → '.join(found[1])}`, which decorating `{semantic.text(name)}` "
                    "runs when the module loads"
                )
                out.append(replace(found[0], span=Span.of(expr), via=via))
    return out


def _decorator_io(
    model: ScriptModel, catalogue: _catalogue.Catalogue, allowed: _catalogue.Catalogue
) -> list[ModuleCall]:
    """TypeScript decorators named on a module-level class or its members
    (`@registerWebhook class OrderHandler`): each decorator function runs when the class
    is defined, at load (a method's wrapper it installs runs later, at each call)."""
    semantic = model.semantic
    if semantic is None:
        return []
    out: list[ModuleCall] = []
    for statement in semantic.root.named_children:
        declared = statement
        if statement.type == "export_statement":
            declared = statement.child_by_field_name("declaration") or statement
        if declared.type not in ("class_declaration", "abstract_class_declaration"):
            continue
        name = declared.child_by_field_name("name")
        body = declared.child_by_field_name("body")
        decorators = [
            # `@f export class C`: the decorator is the export statement's
            *(c for c in statement.children if c.type == "decorator" and statement != declared),
            *(c for c in declared.children if c.type == "decorator"),
            *(c for c in (body.children if body is not None else ()) if c.type == "decorator"),
        ]
        for decorator in decorators:
            expr = decorator.named_children[0] if decorator.named_children else None
            if expr is not None and expr.type in semantic.syntax.calls:
                # `@handler("refund")`: the factory's own calls are read with the module's
                # other calls (a class's) or here (a member's, in the class body); the
                # decorator it returns is then called with the class, at load too
                found = _factory_io(model, expr, decorator, catalogue, allowed)
                if found is not None:
                    label = semantic.text(name) if name is not None else "the class"
                    via = (
                        f"in `{' → '.join(found[1])}`, which decorating `{label}` runs when "
                        "the module loads"
                    )
                    out.append(replace(found[0], span=Span.of(expr), via=via))
                continue
            if expr is None or expr.type not in semantic.syntax.identifiers:
                continue
            found = _function_io(model, expr, catalogue, allowed)
            if found is not None:
                label = semantic.text(name) if name is not None else "the class"
                via = (
                    f"in `{' → '.join(found[1])}`, which decorating `{label}` runs when "
                    "the module loads"
                )
                out.append(replace(found[0], span=Span.of(expr), via=via))
    return out


def _factory_io(
    model: ScriptModel,
    call: Node,
    decorator: Node,
    catalogue: _catalogue.Catalogue,
    allowed: _catalogue.Catalogue,
    at_load: bool = False,
) -> tuple[ModuleCall, tuple[str, ...]] | None:
    """The first catalogued I/O a decorator factory of the file runs when it decorates:
    what the factory itself calls (for a member's decorator, and with `at_load` for a Python
    decorator: a TypeScript class's is a module-level call, read as one), then the body
    of the function it returns (`return function (cls, ctx) { ... }`, Python's `return
    decorate`), which is called with the class, member or function."""
    semantic = model.semantic
    callee = call.child_by_field_name("function")
    if semantic is None or callee is None or callee.type not in semantic.syntax.identifiers:
        return None
    binding = semantic.resolve(callee)
    factory = binding.value if binding is not None else None
    kinds = (*semantic.syntax.functions, "function_declaration", "function_definition")
    if factory is None or factory.type not in kinds:
        return None
    label = model.text(callee)
    in_body = at_load or any(a.type == "class_body" for a in _ancestors(decorator))
    if in_body:
        own = _body_io(model, factory, label, catalogue, allowed, 0, frozenset(), False)
        if own is not None:
            return own
    for returned in _returned_functions(model, factory):
        found = _body_io(model, returned, label, catalogue, allowed, 0, frozenset(), False)
        if found is not None:
            return found
    return None


def _ancestors(node: Node) -> Iterator[Node]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


def _returned_functions(model: ScriptModel, factory: Node) -> list[Node]:
    """The functions `factory` returns: written in the `return` (`return (cls) => ...`,
    an arrow's expression body) or a function of its own named there."""
    semantic = model.semantic
    if semantic is None:
        return []
    kinds = (*semantic.syntax.functions, "function_declaration", "function_definition")
    body = factory.child_by_field_name("body")
    if body is None:
        return []
    if body.type in kinds:
        return [body]  # `(kind) => (cls) => { ... }`
    out: list[Node] = []
    stack = list(body.named_children)
    while stack:
        node = stack.pop()
        if node.type in kinds or node.type in ("class_declaration", "class"):
            continue  # a nested function's own returns are not the factory's
        if node.type == "return_statement" and node.named_children:
            value = node.named_children[0]
            while (
                value.type in ("parenthesized_expression", "as_expression") and value.named_children
            ):
                value = value.named_children[0]
            if value.type in kinds:
                out.append(value)
            elif value.type in semantic.syntax.identifiers:
                bound = semantic.resolve(value)
                target = bound.value if bound is not None else None
                if target is not None and target.type in kinds:
                    out.append(target)
            continue
        stack.extend(node.named_children)
    return out


def _subclass_hook_io(
    model: ScriptModel, catalogue: _catalogue.Catalogue, allowed: _catalogue.Catalogue
) -> list[ModuleCall]:
    """A module-level Python class whose base (a class of the file, or that class's
    own base) defines `__init_subclass__`: Python runs it when the `class` statement
    runs, at load (`class SlackPlugin(Plugin)` registering itself with a remote
    registry), reported on the base as the class names it."""
    semantic = model.semantic
    if semantic is None or b"__init_subclass__" not in model.source.data:
        return []
    out: list[ModuleCall] = []
    for statement in semantic.root.named_children:
        declared = statement
        if statement.type == "decorated_definition":
            declared = statement.child_by_field_name("definition") or statement
        if declared.type != "class_definition":
            continue
        name = declared.child_by_field_name("name")
        bases = declared.child_by_field_name("superclasses")
        for base in bases.named_children if bases is not None else ():
            hook = _inherited_method(model, base, "__init_subclass__", 0)
            if hook is None:
                continue
            found = _body_io(model, hook[1], hook[0], catalogue, allowed, 0, frozenset(), False)
            if found is not None:
                label = semantic.text(name) if name is not None else "the class"
                via = (
                    f"in `{' → '.join(found[1])}`, which defining `{label}` runs when the "
                    "module loads"
                )
                out.append(replace(found[0], span=Span.of(base), via=via))
                break
    return out


def _inherited_method(
    model: ScriptModel, base: Node, method: str, depth: int
) -> tuple[str, Node] | None:
    """`method` as the class of the file named by `base` defines it or inherits it from
    a base of the file (a few levels deep), labelled `Class.method`."""
    semantic = model.semantic
    if semantic is None or base.type not in semantic.syntax.identifiers or depth > 4:
        return None
    binding = semantic.resolve(base)
    if binding is None or binding.kind != BindingKind.CLASS or binding.value is None:
        return None
    for member, named in _class_members(binding.value):
        if member.type == "function_definition" and semantic.text(named) == method:
            return f"{semantic.text(base)}.{method}", member
    grand = binding.value.child_by_field_name("superclasses")
    for parent in grand.named_children if grand is not None else ():
        found = _inherited_method(model, parent, method, depth + 1)
        if found is not None:
            return found
    return None


# Calls that run the function they are given when the process exits.
EXIT_HOOKS = frozenset({"atexit.register"})
# Node's listener registration: the listener of "exit" runs as the process exits, also
# on an explicit `process.exit()` (other events need something to happen first).
LISTENERS = frozenset({"process.on", "process.once", "process.addListener"})
# The global timers: they only schedule their callback and return at once; the code
# waits only when one resolves a promise it awaits (`new Promise((r) => setTimeout(r, ms))`).
SCHEDULERS = frozenset({"setTimeout", "setInterval", "setImmediate", "queueMicrotask"})
AT_EXIT = "runs as the process of every round exits"
SCHEDULED = "schedules when the module loads, in every round"
# windmill-client 1.818.0 `step(name, fn)` outside a workflow (no `_workflowCtx` while the
# module loads) runs `fn` in place and checkpoints nothing: a module-level `step(...)`
# (`const rates = step("rates", async () => ...)`) runs its function at every load.
OUTSIDE_STEPS = frozenset({"windmill-client.step"})
STEP_AT_LOAD = (
    "runs at once, in every round: outside the workflow there is no checkpoint, and "
    "`step` calls its function in place"
)
# What a hook's function may do that counts: it runs after the module has loaded, so a
# file it writes is no configuration read (`appendFileSync` in an "exit" listener).
HOOK_CATEGORIES = frozenset({"files"})


def _hook(model: ScriptModel, call: Node, qualname: str | None) -> tuple[Node | None, str] | None:
    """The function a module-level call registers to run later in the round, with when
    it runs; None for any other call."""
    if qualname in EXIT_HOOKS:
        return _first_argument(call), AT_EXIT
    if qualname in LISTENERS:
        args = call.child_by_field_name("arguments")
        values = [a for a in args.named_children if a.type != "comment"] if args else []
        if len(values) >= 2 and model.text(values[0]).strip("\"'`") == "exit":
            return values[1], AT_EXIT
        return None
    if qualname in SCHEDULERS and call.type == "call_expression" and not awaits_timer(model, call):
        return _first_argument(call), SCHEDULED
    if qualname in OUTSIDE_STEPS:
        args = call.child_by_field_name("arguments")
        values = [a for a in args.named_children if a.type != "comment"] if args else []
        return (values[1] if len(values) > 1 else None), STEP_AT_LOAD
    return None


def awaits_timer(model: ScriptModel, call: Node) -> bool:
    """The timer call is inside a `new Promise(...)`, which resolves when it fires: the
    code that awaits that promise waits."""
    for parent in ancestors(model.tree.root_node, call):
        if parent.type == "new_expression":
            made = parent.child_by_field_name("constructor")
            if made is not None and model.text(made) == "Promise":
                return True
    callback = _first_argument(call)
    if callback is None:
        return False
    # `const { promise, resolve } = Promise.withResolvers(); setTimeout(resolve, ms)`, or
    # `() => resolve()` / `d.resolve`: the timer settles that promise, whoever awaits it
    if callback.type in ("arrow_function", "function_expression", "function"):
        body = callback.child_by_field_name("body")
        calls = [n for n in _descendants(body) if n.type == "call_expression"] if body else []
        return any(_with_resolvers_part(model, c.child_by_field_name("function")) for c in calls)
    return _with_resolvers_part(model, callback)


def _descendants(node: Node) -> Iterator[Node]:
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(current.named_children)


WITH_RESOLVERS = frozenset({"Promise.withResolvers"})


def _with_resolvers_part(model: ScriptModel, node: Node | None) -> bool:
    """`resolve` / `reject` destructured from `Promise.withResolvers()`, or `d.resolve` of
    `d = Promise.withResolvers()`."""
    semantic = model.semantic
    if node is None or semantic is None:
        return False
    if node.type == "member_expression":
        prop = node.child_by_field_name("property")
        if prop is None or model.text(prop) not in ("resolve", "reject"):
            return False
        node = node.child_by_field_name("object")
        if node is None or node.type != "identifier":
            return False
        binding = semantic.resolve(node)
        if binding is None or binding.member:
            return False
    elif node.type == "identifier":
        binding = semantic.resolve(node)
        if binding is None or binding.member[-1:] not in (("resolve",), ("reject",)):
            return False
    else:
        return False
    value = binding.value
    while value is not None and value.type in ("await_expression", "parenthesized_expression"):
        value = value.named_children[0] if value.named_children else None
    if value is None or value.type != "call_expression":
        return False
    callee = value.child_by_field_name("function")
    return callee is not None and model.text(callee) in WITH_RESOLVERS


def _exit_hook(
    found: tuple[ModuleCall, tuple[str, ...]], span: Span, hook: str, when: str = AT_EXIT
) -> ModuleCall:
    call, chain = found
    where = f"in `{' → '.join(chain)}`" if chain else "in its callback"
    if chain and chain[0] == CALLBACK:
        rest = chain[1:]
        where = "in its callback" + (f" (through `{' → '.join(rest)}`)" if rest else "")
    via = f"{where}, which `{hook}` {when}"
    return replace(call, span=span, via=via, hooked=True)


# The label of a function written in place as a hook's argument (it has no name).
CALLBACK = "<callback>"


def _callback_io(
    model: ScriptModel,
    handed: Node,
    catalogue: _catalogue.Catalogue,
    allowed: _catalogue.Catalogue,
) -> tuple[ModuleCall, tuple[str, ...]] | None:
    """The first catalogued I/O of a function handed to a hook: one of the file's
    functions named there, or one written in place (`() => void fetch(url)`)."""
    semantic = model.semantic
    if semantic is None:
        return None
    if handed.type in semantic.syntax.functions:
        return _body_io(model, handed, CALLBACK, catalogue, allowed, 0, frozenset(), True)
    return _function_io(model, handed, catalogue, allowed, hooked=True)


def _first_argument(call: Node) -> Node | None:
    args = call.child_by_field_name("arguments")
    return next((a for a in args.named_children if a.type != "comment"), None) if args else None


def _function_io(
    model: ScriptModel,
    name: Node,
    catalogue: _catalogue.Catalogue,
    allowed: _catalogue.Catalogue,
    depth: int = 0,
    seen: frozenset[int] = frozenset(),
    hooked: bool = False,
) -> tuple[ModuleCall, tuple[str, ...]] | None:
    """The first catalogued I/O a function of the file (named by `name`) makes when it
    runs, through the file's functions it calls by name (a few levels deep), with the
    names of those functions. A client a function builds and keeps or returns
    (`return psycopg.connect(dsn)`) is kept for the body, as at module level."""
    semantic = model.semantic
    if semantic is None or name.type not in semantic.syntax.identifiers or depth > 4:
        return None
    binding = semantic.resolve(name)
    function = binding.value if binding is not None else None
    kinds = (*semantic.syntax.functions, "function_definition", "function_declaration")
    if function is None or function.type not in kinds or function.id in seen:
        return None
    return _body_io(model, function, model.text(name), catalogue, allowed, depth, seen, hooked)


def _body_io(
    model: ScriptModel,
    function: Node,
    label: str,
    catalogue: _catalogue.Catalogue,
    allowed: _catalogue.Catalogue,
    depth: int,
    seen: frozenset[int],
    hooked: bool,
) -> tuple[ModuleCall, tuple[str, ...]] | None:
    """`_function_io` of a function node (`label` names it in the chain); `hooked`:
    it runs from a hook, after the module has loaded (see HOOK_CATEGORIES)."""
    body = function.child_by_field_name("body")
    if body is None:
        return None
    return _region_io(model, body, label, catalogue, allowed, depth, seen | {function.id}, hooked)


def _region_io(
    model: ScriptModel,
    body: Node,
    label: str,
    catalogue: _catalogue.Catalogue,
    allowed: _catalogue.Catalogue,
    depth: int,
    seen: frozenset[int],
    hooked: bool,
) -> tuple[ModuleCall, tuple[str, ...]] | None:
    """`_body_io` of a region of code (a function's body, a field's initializer)."""
    semantic = model.semantic
    if semantic is None:
        return None
    kinds = (*semantic.syntax.functions, "function_definition", "function_declaration")
    syntax = semantic.syntax
    stack = [body]
    calls: list[Node] = []
    while stack:
        node = stack.pop()
        if node.type in kinds or node.type in ("class_definition", "class_declaration"):
            continue  # defined here, run later (if at all)
        if node.type in syntax.calls or node.type in syntax.new:
            calls.append(node)
        stack.extend(node.named_children)
    walk = AncestorWalk(model.tree.root_node)
    for node in sorted(calls, key=lambda n: n.start_byte):
        is_new = node.type in syntax.new
        callee = node.child_by_field_name("constructor" if is_new else "function")
        qualname = semantic.qualified_name(callee) if callee is not None else None
        if qualname is None or callee is None:
            continue
        if qualname.startswith("~"):
            inner = _function_io(model, callee, catalogue, allowed, depth + 1, seen, hooked)
            if inner is not None:
                return inner[0], (label, *inner[1])
            continue
        if qualname.startswith(".") or "(" in qualname:
            continue
        path = _around(walk, node)
        if (_stored(path) or _returned(path)) and not _done_when_loaded(path, qualname):
            continue  # `return boto3.client("s3")`: a lazy client the helper builds
        args = node.child_by_field_name("arguments")
        count = len(args.named_children) if args is not None else 0
        probe = BodyCall(
            qualname, CallKind.NEW if is_new else CallKind.CALL, node, Span.of(node), count
        )
        entry = catalogue.lookup(probe)
        counted = MODULE_LEVEL_CATEGORIES | HOOK_CATEGORIES if hooked else MODULE_LEVEL_CATEGORIES
        if entry is None or entry.category not in counted or allowed.lookup(probe) is not None:
            continue
        return ModuleCall(Span.of(callee), qualname, entry.category), (label,)
    return None


def _reached_io(
    model: ScriptModel,
    callee: Node,
    catalogue: _catalogue.Catalogue,
    allowed: _catalogue.Catalogue,
) -> ModuleCall | None:
    """The first catalogued call inside the file's own function that a module-level
    call runs: an async IIFE (`await (async () => { await fetch(u) })()`), a function
    or a class's static method (`await Rates.load()`); one level of helpers below it."""
    semantic = model.semantic
    if semantic is None:
        return None
    syntax = semantic.syntax
    found = _own_function(semantic, callee)
    if found is None:
        return None
    name, function = found
    body = function.child_by_field_name("body")
    if body is None:
        return None
    walk = AncestorWalk(model.tree.root_node)
    for depth_call in module_level_calls(body, syntax.functions, syntax.calls | syntax.new):
        is_new = depth_call.type in syntax.new
        inner = depth_call.child_by_field_name("constructor" if is_new else "function")
        qualname = semantic.qualified_name(inner) if inner is not None else None
        if qualname is None or qualname.startswith(("~", ".")):
            continue
        path = _around(walk, depth_call)
        if (_stored(path) or _returned(path)) and not _done_when_loaded(path, qualname):
            continue  # `return new Pool(...)`: the helper builds a lazy client for the module
        args = depth_call.child_by_field_name("arguments")
        count = len(args.named_children) if args is not None else 0
        probe = BodyCall(
            qualname,
            CallKind.NEW if is_new else CallKind.CALL,
            depth_call,
            Span.of(depth_call),
            count,
        )
        entry = catalogue.lookup(probe)
        if (
            entry is not None
            and entry.category in MODULE_LEVEL_CATEGORIES
            and allowed.lookup(probe) is None
        ):
            return ModuleCall(Span.of(callee), qualname, entry.category, name)
    return None


def _own_function(semantic: SemanticModel, callee: Node) -> tuple[str, Node] | None:
    """The function of the file a module-level callee runs, with how it is named."""
    syntax = semantic.syntax
    node = callee
    while node.type in syntax.transparent and node.named_child_count == 1:
        node = node.named_children[0]
    if node.type in syntax.functions:
        return "in the function this line calls", node
    if node.type in syntax.identifiers:
        binding = semantic.resolve(node)
        value = binding.function or binding.assigned_value if binding is not None else None
        decorated = (
            value is not None
            and value.parent is not None
            and (value.parent.type == "decorated_definition")
        )
        if value is not None and value.type in syntax.functions and not decorated:
            # (a decorated one is the workflow or a task, whose calls other rules judge)
            return f"reached through `{semantic.text(node)}`", value
        return None
    if node.type != syntax.attribute:
        return None
    obj = node.child_by_field_name(syntax.attribute_object)
    attr = node.child_by_field_name(syntax.attribute_name)
    if obj is None or attr is None or obj.type not in syntax.identifiers:
        return None
    binding = semantic.resolve(obj)
    if binding is None or binding.kind != BindingKind.CLASS or binding.value is None:
        return None
    for member, name in _class_members(binding.value):
        if semantic.text(name) == semantic.text(attr):
            if member.type in syntax.functions or member.type == "function_definition":
                return f"reached through `{semantic.text(obj)}.{semantic.text(attr)}`", member
    return None


def _class_members(cls: Node) -> Iterator[tuple[Node, Node]]:
    """The named members of a class's body (a decorated one as its definition), each
    with its name node."""
    body = cls.child_by_field_name("body")
    for member in body.named_children if body is not None else ():
        if member.type == "decorated_definition":
            member = member.child_by_field_name("definition") or member
        name = member.child_by_field_name("name")
        if name is not None:
            yield member, name


def _first_io(
    model: ScriptModel, file: Path, catalogue: _catalogue.Catalogue, allowed: _catalogue.Catalogue
) -> ImportedIO | None:
    found = module_io(model, catalogue, allowed)
    if not found:
        return None
    first, src = found[0], model.source
    span = first.span
    related = Related(
        str(file),
        span.start_row + 1,
        src.char_column(span.start_row, span.start_col) + 1,
        span.end_row + 1,
        src.char_column(span.end_row, span.end_col) + 1,
        f"`{first.qualname}` runs when the module is imported",
    )
    return ImportedIO(first.qualname, first.category, related)


# File calls that open a file by path, with where their mode argument is (positional
# index); a mode with `w`, `a`, `x` or `+` writes the file.
FILE_OPENERS = {
    "open": 1,
    "io.open": 1,
    "codecs.open": 1,
    "gzip.open": 1,
    "bz2.open": 1,
    "lzma.open": 1,
    "aiofiles.open": 1,
    "pathlib.Path(…).open": 0,
}
# File calls that change the file system whatever their arguments (making a directory,
# `mkdir(exist_ok=True)`, leaves it as the first round did, and is not one of them).
FILE_WRITERS = frozenset(
    {
        "write_text",
        "write_bytes",
        "unlink",
        "touch",
        "remove",
        "rename",
        "replace",
        "rmdir",
        "rmtree",
        "move",
        "copy",
        "copy2",
        "copyfile",
        "copytree",
    }
)


def _named_receiver(callee: Node) -> bool:
    """`DB.execute` / `clients.db.execute`: a method of an object a name holds."""
    receiver = callee.child_by_field_name("object") if callee.type == "attribute" else None
    while receiver is not None and receiver.type == "attribute":
        receiver = receiver.child_by_field_name("object")
    return receiver is not None and receiver.type == "identifier"


def _writes_file(model: ScriptModel, call: Node, qualname: str) -> bool:
    """A file-system call that writes: an `open` whose mode writes, or a call that
    changes files by its nature (`.write_text`, `os.remove`, `shutil.copy`)."""
    if qualname.rsplit(".", 1)[-1] in FILE_WRITERS:
        return True
    slot = FILE_OPENERS.get(qualname)
    if slot is None:
        return False
    args, keywords, _ = sdk.arguments_of(model, call)
    mode_node = next((k.value for k in keywords if k.name == "mode"), None)
    if mode_node is None and len(args) > slot:
        mode_node = args[slot]
    mode = sdk.string_value(model, mode_node) if mode_node is not None else None
    return mode is not None and any(c in mode for c in "wax+")


# File reads at module level are usually configuration; these are not.
MODULE_LEVEL_CATEGORIES = frozenset(
    {
        "network",
        "database",
        "process",
        "waiting",
        "notification",
        "external-api",
        "windmill-api",
        "telemetry",
    }
)


# A function's body runs when the function is called (Python's defaults, though, when
# its `def` runs; and a Python class body when its `class` statement runs, at load);
# a TypeScript class's fields are built with each instance, not when the module loads
# (its static blocks and static fields do run then: `_static_members`).
DEFINITIONS = frozenset({"class_body"})


def module_level_calls(root: Node, functions: frozenset[str], calls: frozenset[str]) -> list[Node]:
    """Calls that run when the module is loaded: outside every function (a function
    stored for later runs where it is called) and outside Python's
    `if __name__ == "__main__":` block (Windmill imports the script, it never runs it
    as `__main__`)."""
    out: list[Node] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "decorated_definition":
            definition = node.child_by_field_name("definition")
            if definition is not None:
                stack.append(definition)
            continue
        if node.type == "function_definition":
            # Python evaluates a function's defaults when its `def` runs, at load
            params = node.child_by_field_name("parameters")
            if params is not None:
                stack.append(params)
            continue
        if node.type == "class_body":
            # a TypeScript class's static blocks and static fields run when the class is
            # defined, at load (its other fields with each instance)
            stack.extend(reversed(_static_members(node)))
            continue
        if node.type in functions or node.type in DEFINITIONS:
            continue
        if node.type == "if_statement" and _is_main_guard(node):
            continue
        if node.type in calls:
            out.append(node)
            executor = _promise_executor(node)
            if executor is not None:
                # `new Promise((resolve) => setTimeout(resolve, ms))`: the executor runs
                # at once, where the promise is built
                stack.append(executor)
        stack.extend(reversed(node.named_children))
    return out


def _promise_executor(node: Node) -> Node | None:
    """The body of the function written in place as `new Promise(...)`'s executor."""
    if node.type != "new_expression":
        return None
    made = node.child_by_field_name("constructor")
    if made is None or made.text != b"Promise":
        return None
    args = node.child_by_field_name("arguments")
    first = next((a for a in args.named_children if a.type != "comment"), None) if args else None
    if first is None or first.type not in ("arrow_function", "function_expression", "function"):
        return None
    return first.child_by_field_name("body")


def _static_members(body: Node) -> list[Node]:
    """The code of a TypeScript class body that runs when the class is defined: each
    `static { ... }` block and the value of each `static` field."""
    out: list[Node] = []
    for member in body.named_children:
        if member.type == "class_static_block":
            block = member.child_by_field_name("body") or member.named_children[-1]
            out.append(block)
        elif member.type == "public_field_definition" and any(
            c.type == "static" for c in member.children
        ):
            value = member.child_by_field_name("value")
            if value is not None:
                out.append(value)
    return out


# Nodes a value passes through unchanged on its way to an assignment.
_WRAPPERS = frozenset(
    {
        "await",
        "await_expression",
        "parenthesized_expression",
        "conditional_expression",
        "ternary_expression",
        "boolean_operator",
        "binary_expression",
        "as_expression",
        "non_null_expression",
        "satisfies_expression",
        "type_assertion",
    }
)
_ASSIGNMENTS = {
    "assignment": "right",
    "variable_declarator": "value",
    "assignment_expression": "right",
    "public_field_definition": "value",  # `static client = new S3Client()`
}


# Methods of a client that open its connection when called, awaited or not: the
# promise they return only reports the outcome (`bot.login(token)` of discord.js,
# `client.connect()` of mongodb / node-redis / pg, `app.listen(port)`).
CONNECTING_METHODS = frozenset({"connect", "login", "listen", "$connect"})


def _connecting(qualname: str, path: list[Node]) -> bool:
    """A module-level statement `client.connect()` whose result is dropped: the
    connection is opened at load, in every round, without `await`."""
    if "(" not in qualname or qualname.rsplit(".", 1)[-1] not in CONNECTING_METHODS:
        return False
    up = 1
    while up < len(path) and path[up].type in _WRAPPERS:
        up += 1
    return up < len(path) and path[up].type == "expression_statement"


def _around(walk: AncestorWalk, call: Node) -> list[Node]:
    """The call and its ancestors, innermost first, found by descending from the
    root, or from the deepest ancestor it shares with the call asked about before:
    climbing with `Node.parent` costs the depth at every step (35,000 `await`s
    around a module-level call: minutes), and so does a descent from the root for
    each of many nested calls (3,000 nested module-level calls: 16 s)."""
    return [call, *walk.ancestors(call)]


def _stored(path: list[Node], at: int = 0) -> bool:
    """The call `path[at]` (`path`: a call and its ancestors, innermost first) has
    its own result held by a module-level name: most such calls build a client that
    connects lazily, whose requests the body makes (and WAC101 reports there). A
    result used at once (`requests.get(url).json()`) is not stored."""
    call = path[at]
    up = at + 1
    while up < len(path) and path[up].type in _WRAPPERS:
        up += 1
    node = path[up - 1]
    parent = path[up] if up < len(path) else None
    holder = path[up + 1] if up + 1 < len(path) else None
    if (
        parent is not None
        and parent.type in ("member_expression", "attribute")
        and holder is not None
        and holder.type in ("call_expression", "call")
        and (_names_factory(parent) or (call.type == "new_expression" and _unawaited(path, up + 1)))
    ):
        # `new Kafka(...).producer()`, `new Airtable(...).base(id)` kept in a name: the
        # client the method builds from it is what the module holds (a TypeScript
        # request would be awaited for its answer)
        return _stored(path, up + 1)
    outer = _built_into(path, up) if call.type == "new_expression" else None
    if outer is not None:
        # `new Kysely({ dialect: new PostgresDialect({ pool: new Pool() }) })` kept in a
        # name: the objects built into the client's options are part of the lazy client;
        # so are clients kept in a table (`const shards = [new Pool(a), new Pool(b)]`)
        if path[outer].type in _ASSIGNMENTS:
            value = path[outer].child_by_field_name(_ASSIGNMENTS[path[outer].type])
            return value is not None and value.id == path[outer - 1].id
        return _stored(path, outer)
    if (
        parent is not None
        and parent.type in SUBSCRIPTS
        and parent.child_by_field_name(SUBSCRIPTS[parent.type][0]) == node
    ):
        # `db = MongoClient(uri)["crm"]`: the database handle is what the module holds
        return _stored(path, up)
    if parent is None or parent.type not in _ASSIGNMENTS:
        return False
    value = parent.child_by_field_name(_ASSIGNMENTS[parent.type])
    return value is not None and value.id == node.id


# What lies between a constructor's value and the constructor it is given to.
_OPTION_PARTS = frozenset({"pair", "object", "array", "arguments"})


def _built_into(path: list[Node], up: int) -> int | None:
    """The index in `path` of the `new ...(...)` whose arguments (or options object)
    hold the value at `path[up - 1]`, or of the assignment of the array / object
    literal holding it, if any."""
    k = up
    while k < len(path) and path[k].type in _OPTION_PARTS:
        if path[k].type == "pair" and path[k].child_by_field_name("value") != path[k - 1]:
            return None  # a computed key, not a value
        k += 1
    if k == up or k >= len(path):
        return None
    if path[k].type == "new_expression" or (
        path[k].type in _ASSIGNMENTS and path[k - 1].type != "arguments"
    ):
        return k
    return None


def _returned(path: list[Node]) -> bool:
    """The call's own result is what its function returns (`return new Pool(...)`)."""
    up = 1
    while up < len(path) and path[up].type in _WRAPPERS:
        up += 1
    return up < len(path) and path[up].type == "return_statement"


def _unawaited(path: list[Node], at: int) -> bool:
    up = at + 1
    while up < len(path) and path[up].type == "parenthesized_expression":
        up += 1
    return up >= len(path) or path[up].type != "await_expression"


def _names_factory(member: Node) -> bool:
    name = member.child_by_field_name("property") or member.child_by_field_name("attribute")
    if name is None or name.text is None:
        return False
    method = name.text.decode()
    return method in FACTORY_NAMES or method in HANDLE_METHODS or is_factory_verb(method)


# Calls whose stored result is the answer of a request already made, not a client
# that connects later (`resp = requests.get(url)`, `TOKEN = wmill.get_variable(p)`).
_ONE_SHOT = frozenset(
    f"{module}.{verb}"
    for module in ("requests", "httpx")
    for verb in ("get", "post", "put", "patch", "delete", "head", "options", "request")
) | {
    "urllib.request.urlopen",
    "urllib.request.urlretrieve",
    # name lookups answer at once: `IP = socket.gethostbyname(host)` holds an address
    "socket.gethostbyname",
    "socket.gethostbyname_ex",
    "socket.gethostbyaddr",
    "socket.getaddrinfo",
    "socket.getfqdn",
    "subprocess.run",
    "subprocess.check_output",
    "subprocess.check_call",
    "subprocess.call",
    "wmill.get_variable",
    "wmill.get_resource",
    "fetch",
    "windmill-client.getVariable",
    "windmill-client.getResource",
}


# Servers that listen as soon as they are built: the one a name keeps is bound already;
# processes and threads that start as soon as they are built (`const proc = Bun.spawn(...)`,
# `new Worker(url)`; an executor or `multiprocessing.Process` only starts on a later call).
_LISTENING = frozenset(
    {
        "Bun.serve",
        "Bun.listen",
        "bun.serve",
        "bun.listen",
        "Bun.spawn",
        "bun.spawn",
        "child_process.spawn",
        "child_process.exec",
        "child_process.execFile",
        "child_process.fork",
        "Worker",
        "worker_threads.Worker",
        "subprocess.Popen",
        # bullmq's `Worker` connects to Redis and starts taking jobs off its queue as
        # soon as it is built (its `autorun` option defaults to true)
        "bullmq.Worker",
    }
)
# The option that keeps one of them from starting when built: `new Worker(q, fn, {
# autorun: false })` waits for `worker.run()`.
_NOT_STARTED = {"bullmq.Worker": "autorun"}


def _started(model: ScriptModel, call: Node, qualname: str) -> bool:
    """Whether a server / process / consumer of `_LISTENING` built by `call` starts when
    built: not when its options say `autorun: false` (`_NOT_STARTED`)."""
    option = _NOT_STARTED.get(qualname)
    if option is None:
        return True
    args = call.child_by_field_name("arguments")
    for arg in args.named_children if args is not None else ():
        if arg.type != "object":
            continue
        for pair in arg.named_children:
            key = pair.child_by_field_name("key") if pair.type == "pair" else None
            value = pair.child_by_field_name("value") if key is not None else None
            if key is not None and value is not None and model.text(key) == option:
                return model.text(value) != "false"
    return True


def _done_when_loaded(path: list[Node], qualname: str) -> bool:
    """A stored result that is no lazy client: a one-shot request's answer, a server
    already listening or a process already started, or an awaited value (`const res =
    await fetch(url)`: the promise has resolved, so its work is done while the module
    loads)."""
    if qualname in _ONE_SHOT or qualname in _LISTENING:
        return True
    for parent in path[1:]:
        if parent.type not in _WRAPPERS:
            return False
        if parent.type in ("await", "await_expression"):
            return True
    return False


_URL = re.compile(r"(?:https?|s3|s3a|gs|gcs|az|abfss?|ftp)://", re.IGNORECASE)


def _reads_url(model: ScriptModel, call: Node, qualname: str) -> bool:
    """A data-frame reader (`pd.read_csv`, `pl.read_parquet`, `duckdb.read_csv`) whose
    source, its first argument, is a URL: a string that starts with one, or a name the
    module binds to such a string. A lazy scan (`pl.scan_parquet`) reads when collected,
    and a writer given a URL is not a read."""
    last = qualname.rsplit(".", 1)[-1]
    if not last.startswith("read_"):
        return False
    args = call.child_by_field_name("arguments")
    first = next(
        (a for a in (args.named_children if args is not None else []) if a.type != "comment"),
        None,
    )
    if first is not None and first.type == "keyword_argument":
        first = None
    semantic = model.semantic
    if first is not None and first.type == "identifier" and semantic is not None:
        binding = semantic.resolve(first)
        first = binding.assigned_value if binding is not None else None
    first = sdk.unwrap(first)
    if first is None or first.type not in ("string", "concatenated_string"):
        return False
    text = model.text(first).lstrip("rRbBuUfF").lstrip("\"'")
    return _URL.match(text) is not None


def _awaited(path: list[Node]) -> bool:
    """The call `path[0]` (with its ancestors, innermost first) is awaited."""
    up = 1
    while up < len(path) and path[up].type == "parenthesized_expression":
        up += 1
    return up < len(path) and path[up].type in ("await", "await_expression")


def _constructed_io(
    model: ScriptModel,
    callee: Node,
    catalogue: _catalogue.Catalogue,
    allowed: _catalogue.Catalogue,
) -> ModuleCall | None:
    """The first catalogued I/O that building an instance of a class of the file runs:
    its constructor (`constructor` / `__init__`), and a TypeScript class's instance field
    initializers (`items = fetch(url)`), a few levels of the file's functions deep."""
    semantic = model.semantic
    if semantic is None or callee.type not in semantic.syntax.identifiers:
        return None
    binding = semantic.resolve(callee)
    if binding is None or binding.kind != BindingKind.CLASS or binding.value is None:
        return None
    body = binding.value.child_by_field_name("body")
    label = f"{semantic.text(callee)}"
    for member in body.named_children if body is not None else ():
        if member.type == "decorated_definition":
            member = member.child_by_field_name("definition") or member
        name = member.child_by_field_name("name")
        found: tuple[ModuleCall, tuple[str, ...]] | None = None
        if name is not None and semantic.text(name) in ("constructor", "__init__"):
            if member.type in ("method_definition", "function_definition"):
                found = _body_io(
                    model,
                    member,
                    f"{label}.{semantic.text(name)}",
                    catalogue,
                    allowed,
                    0,
                    frozenset(),
                    False,
                )
        elif member.type == "public_field_definition" and not any(
            c.type == "static" for c in member.children
        ):
            value = member.child_by_field_name("value")
            field = f"{label}.{semantic.text(name)}" if name is not None else label
            if value is not None and value.type not in semantic.syntax.functions:
                found = _region_io(model, value, field, catalogue, allowed, 0, frozenset(), False)
        if found is not None:
            via = f"reached through `{' → '.join(found[1])}`, which building it runs"
            return replace(found[0], span=Span.of(callee), via=via)
    return None


def _is_main_guard(node: Node) -> bool:
    condition = node.child_by_field_name("condition")
    return condition is not None and b"__name__" in (condition.text or b"")
