"""The SDK's by-path runners: calls that start a script or flow of the workspace
by its path, outside the WAC task wrappers (`wmill.run_script_by_path("f/x/y",
args={...})`, `await runFlow("f/x/flow", {...})`), anywhere in a script.

WAC401 looks their path up and WAC402 checks their arguments, as for
`task_script` / `task_flow`. Where the path and the arguments sit in each
runner (read in wmill 1.850.0 `client.py`, windmill-client 1.818.0
`client.mjs`):

- Python: `run_script_by_path(path, args)`, `run_script_by_path_async(path,
  args)`, `run_script_by_path_sync(path, args)`, `run_script(path, hash_,
  args)`, `run_script_async(hash_or_path, args)`, `run_flow_async(path, args)`;
  `args` a dict of the target's arguments. The client's methods
  (`wmill.Windmill().run_script_by_path(path, args)`...) likewise, except
  `run_script_async(path, hash_, args)`.
- TypeScript: `runScriptByPath(path, args)`, `runScriptByPathAsync(path, args)`,
  `runScript(path, hash_, args)`, `runScriptAsync(path, hash_, args)`,
  `runFlow(path, args)`, `runFlowAsync(path, args)`; `args` an object.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tree_sitter import Node

from wac_lint.languages import LanguageKind
from wac_lint.model import ScriptModel, TaskDef, TaskKind
from wac_lint.rules import _sdk_calls
from wac_lint.semantic.scopes import Binding, BindingKind
from wac_lint.workspace import TargetKind
from wac_lint.workspace.view import WorkspaceView

if TYPE_CHECKING:
    from wac_lint.workspace.session import HelperRef


@dataclass(frozen=True)
class Runner:
    kind: TargetKind
    path: tuple[int, str]  # (position, keyword) of the path
    args: tuple[int, str]  # (position, keyword) of the arguments


_S, _F = TargetKind.SCRIPT, TargetKind.FLOW
RUNNERS: dict[str, Runner] = {
    "wmill.run_script_by_path": Runner(_S, (0, "path"), (1, "args")),
    "wmill.run_script_by_path_async": Runner(_S, (0, "path"), (1, "args")),
    "wmill.run_script_by_path_sync": Runner(_S, (0, "path"), (1, "args")),
    "wmill.run_script": Runner(_S, (0, "path"), (2, "args")),
    "wmill.run_script_async": Runner(_S, (0, "hash_or_path"), (1, "args")),
    "wmill.run_flow_async": Runner(_F, (0, "path"), (1, "args")),
    # The same, as methods of a client object (`wmill.Windmill().run_script_by_path`).
    "wmill.Windmill().run_script_by_path": Runner(_S, (0, "path"), (1, "args")),
    "wmill.Windmill().run_script_by_path_async": Runner(_S, (0, "path"), (1, "args")),
    "wmill.Windmill().run_script": Runner(_S, (0, "path"), (2, "args")),
    "wmill.Windmill().run_script_async": Runner(_S, (0, "path"), (2, "args")),
    "wmill.Windmill().run_flow_async": Runner(_F, (0, "path"), (1, "args")),
    "windmill-client.runScriptByPath": Runner(_S, (0, ""), (1, "")),
    "windmill-client.runScriptByPathAsync": Runner(_S, (0, ""), (1, "")),
    "windmill-client.runScript": Runner(_S, (0, ""), (2, "")),
    "windmill-client.runScriptAsync": Runner(_S, (0, ""), (2, "")),
    "windmill-client.runFlow": Runner(_F, (0, ""), (1, "")),
    "windmill-client.runFlowAsync": Runner(_F, (0, ""), (1, "")),
}
_SHORT = frozenset(name.rsplit(".", 1)[1] for name in RUNNERS)
# A Windmill path (a hash given to `run_script_async` has no slash).
_ROOTS = ("f/", "u/")


@dataclass(frozen=True)
class ByPathCall:
    call: Node
    spelling: str  # the callee as written: `wmill.run_script_by_path`
    runner: Runner
    path_node: Node
    path: str
    args: Node | None  # the arguments' dict / object, as written (None: not given)


def by_path_calls(model: ScriptModel, workspace: WorkspaceView | None = None) -> list[ByPathCall]:
    """Each call of a by-path runner with a known Windmill path (a literal, or a
    constant: see `path_value`), in source order.

    Also in a file that imports no WAC name (`from wmill import run_script_by_path`
    in a plain script): its imports and scopes are read then, when it spells a
    runner's name at all."""
    if not spells_runner(model):
        return []
    if model.semantic is None:
        from wac_lint.frontends import module_model  # a plain script: imports and scopes

        model = module_model(model.source)
    semantic = model.semantic
    if semantic is None:
        return []
    out: list[ByPathCall] = []
    for call in _sdk_calls.call_nodes(model):
        callee = _sdk_calls.callee_of(call)
        if callee is None:
            continue
        spelling = model.text(callee)
        # Only files that spell a runner's name get here; every call is asked, so
        # an alias (`from wmill import run_script_by_path as rsp`) is found too.
        runner = RUNNERS.get(semantic.qualified_name(callee) or "")
        if runner is None:
            continue
        positional, keywords, _ = _sdk_calls.arguments_of(model, call)
        path_node = _argument(positional, keywords, runner.path)
        path = path_value(model, path_node, workspace)
        if path_node is None or path is None or not path.startswith(_ROOTS):
            continue
        args = _argument(positional, keywords, runner.args)
        out.append(ByPathCall(call, spelling, runner, path_node, path, args))
    return out


def in_plain_script(model: ScriptModel) -> bool:
    """A file with no WAC name: only its by-path runners are checked."""
    return not model.in_scope


def spells_runner(model: ScriptModel) -> bool:
    """Does the text hold a runner's name at all (one search in C per name)?"""
    data = model.source.data
    return any(name.encode() in data for name in _SHORT)


def _argument(
    positional: list[Node], keywords: list[_sdk_calls.Option], where: tuple[int, str]
) -> Node | None:
    index, keyword = where
    if keyword:
        for option in keywords:
            if option.name == keyword:
                return option.value
    return positional[index] if index < len(positional) else None


# The runner of the other kind, for a path that names a flow where a script is run
# (or the reverse).
_COUNTERPARTS = {
    (LanguageKind.PYTHON, TargetKind.SCRIPT): "wmill.run_script_by_path",
    (LanguageKind.PYTHON, TargetKind.FLOW): "wmill.run_flow_async",
    (LanguageKind.TYPESCRIPT, TargetKind.SCRIPT): "runScriptByPath",
    (LanguageKind.TYPESCRIPT, TargetKind.FLOW): "runFlow",
}


def counterpart(language: LanguageKind, kind: TargetKind) -> str:
    return _COUNTERPARTS.get((language, kind), kind.value)


# ---- tasks made in another module of the workspace --------------------------------
# `from f.lib.tasks import charge` / `import { charge } from "../lib/tasks.ts"`, where
# that module says `charge = task_script("f/lib/charge")`: a call of `charge(...)` runs
# the script at that path, with those arguments, as a task of the file would.
_FACTORIES = {
    "wmill.task_script": TargetKind.SCRIPT,
    "wmill.task_flow": TargetKind.FLOW,
    "windmill-client.taskScript": TargetKind.SCRIPT,
    "windmill-client.taskFlow": TargetKind.FLOW,
}
_FACTORY_NAMES = (b"task_script", b"task_flow", b"taskScript", b"taskFlow")


@dataclass(frozen=True)
class ImportedTask:
    call: Node
    name: str  # as the calling file spells the callee
    path: str
    kind: TargetKind
    module: str  # the module that makes the task, as messages show it


def imported_task_calls(model: ScriptModel, workspace: WorkspaceView) -> list[ImportedTask]:
    """Calls of a task another module of the workspace makes by path, in source order.
    The modules read (and the directories looked in) go to `workspace.consulted`:
    the verdict depends on them."""
    out: list[ImportedTask] = []
    for call, callee, ref in _imported_calls(model, workspace):
        made = _task_made_in(ref.file, ref.function, workspace)
        if made is not None:
            path, kind = made
            out.append(ImportedTask(call, model.text(callee), path, kind, ref.label))
    return out


@dataclass(frozen=True)
class ImportedInlineTask:
    """A call of a task another module of the workspace defines with its own function
    (`@task() async def send_email(...)`, `export const sendMail = task(async ...)`)."""

    call: Node
    name: str  # as the calling file spells the callee
    task: TaskDef  # in the other module's model: its function's nodes are that file's
    module: str  # the file that defines the task, as messages show it
    # the name the module binds it to there (`charge_eur` of `partial(charge, ...)`)
    alias: str = ""
    # the script it dispatches instead of running its function (`@task(path=...)`),
    # read where the module stands (`path=Scripts.SET_QUOTA` of a class it imports)
    path: str | None = None


def imported_inline_tasks(model: ScriptModel, workspace: WorkspaceView) -> list[ImportedInlineTask]:
    """Calls of a task another module of the workspace defines with its own function, in
    source order. The modules read go to `workspace.consulted`."""
    out: list[ImportedInlineTask] = []
    for call, callee, ref in _imported_calls(model, workspace):
        if "." in ref.function:
            continue
        try:
            stat = ref.file.stat()
        except OSError:
            continue
        module, tasks = _module_tasks(str(ref.file), (stat.st_size, stat.st_mtime_ns))
        task = tasks.get(ref.function)
        if task is not None and module is not None:
            path = task.path
            if path is None and task.kind is TaskKind.TASK:
                maker = WorkspaceView(ref.file)
                path = task_dispatch_path(module, task, maker)
                workspace.consulted |= maker.consulted
            out.append(
                ImportedInlineTask(
                    call, model.text(callee), task, workspace.shown(ref.file), ref.function, path
                )
            )
    return out


@dataclass(frozen=True)
class ImportedAsyncHelper:
    """A call of an `async` function another module of the workspace defines (not a
    task) that makes durable calls of its own (`await send_welcome(...)`)."""

    call: Node
    name: str  # as the calling file spells the callee
    durable: str  # its first durable call, as written there
    module: str  # the file that defines it, as messages show it
    file: Path
    function: str  # its name there
    # the module-level instance whose method it is (`pricingGate` of `pricingGate.open`,
    # `finance_gate` called, running `ApprovalGate.__call__`), with `members`
    instance: str | None = None


def imported_async_helpers(
    model: ScriptModel,
    workspace: WorkspaceView,
    statements_only: bool = False,
    spelling: bytes = b"",
    members: bool = False,
) -> list[ImportedAsyncHelper]:
    """Calls of an async function of another module that dispatches tasks (or steps,
    sleeps, approvals), in source order. The modules read go to `workspace.consulted`.
    Only the helpers asked about are walked: `statements_only`, calls that are a statement
    of their own; `spelling`, of a module whose text holds it."""
    from wac_lint.workspace.module_facts import durable_helper, module_class, module_instance

    out: list[ImportedAsyncHelper] = []
    for call, callee, ref in _imported_calls(model, workspace):
        function, instance = ref.function, None
        if "." in function:
            owner, _, method = function.partition(".")
            if "." in method:
                continue
            built = module_instance(ref.file, owner) if members else None
            if built is not None:
                function, instance = f"{built[2]}.{method}", owner  # `pricingGate.open`
            else:
                # a method of a class the module defines (by default, too): of an
                # instance the calling file builds (`desk = TreasuryDesk(...)`, then
                # `desk.sign_off(...)`), or a static one (`Approvals.ask()`)
                cls = module_class(ref.file, owner)
                if cls is None:
                    continue
                function = f"{cls}.{method}"
        if statements_only and (call.parent is None or call.parent.type != "expression_statement"):
            continue
        if spelling and not _spells(ref.file, spelling):
            continue
        durable = durable_helper(ref.file, function, workspace.consulted)
        if durable is None and members and instance is None:
            # `finance_gate(...)`: an instance the module builds, called (`__call__`)
            built = module_instance(ref.file, function)
            if built is not None:
                instance, function = function, f"{built[2]}.__call__"
                durable = durable_helper(ref.file, function, workspace.consulted)
        if durable is not None:
            shown = workspace.shown(ref.file)
            out.append(
                ImportedAsyncHelper(
                    call, model.text(callee), durable, shown, ref.file, function, instance
                )
            )
    return out


def _spells(file: Path, spelling: bytes) -> bool:
    try:
        stat = file.stat()
    except OSError:
        return False
    return _spells_cached(str(file), (stat.st_size, stat.st_mtime_ns), spelling)


@lru_cache(maxsize=256)
def _spells_cached(file: str, _key: tuple[int, int], spelling: bytes) -> bool:
    try:
        return spelling in Path(file).read_bytes()
    except OSError:
        return False


def _imported_calls(
    model: ScriptModel, workspace: WorkspaceView
) -> list[tuple[Node, Node, HelperRef]]:
    """(call, callee, the workspace function it reaches) for each call of a name imported
    from another module, in source order. The modules read (and the directories looked
    in) go to `workspace.consulted`: the verdict depends on them. Worked out once per
    model (three rules ask; resolving every call of an imported library's name, each
    `requests.post`, costs a language server a tenth of an edit's analysis)."""
    key = id(model)
    kept = _IMPORTED_CALLS.get(key)
    if kept is not None and kept[0]() is model and kept[1] == str(workspace.file):
        workspace.consulted.update(kept[3])
        return kept[2]
    consulted: set[Path] = set()
    found = _find_imported_calls(model, workspace, consulted)
    workspace.consulted.update(consulted)
    _IMPORTED_CALLS[key] = (
        weakref.ref(model, lambda _: _IMPORTED_CALLS.pop(key, None)),
        str(workspace.file),
        found,
        frozenset(consulted),
    )
    return found


# Weak, like `_sdk_calls`' facts: an entry goes when its model dies.
_IMPORTED_CALLS: dict[
    int,
    tuple[weakref.ref[ScriptModel], str, list[tuple[Node, Node, HelperRef]], frozenset[Path]],
] = {}


def _find_imported_calls(
    model: ScriptModel, workspace: WorkspaceView, consulted: set[Path]
) -> list[tuple[Node, Node, HelperRef]]:
    from wac_lint.workspace.helper_resolution import (
        dynamically_imported,
        helper_of,
        star_imported,
        workspace_import_names,
    )
    from wac_lint.workspace.reexports import reexport_origin

    semantic = model.semantic
    names = workspace_import_names(model)
    # `const { ship } = await import("/f/lib/tasks.ts")`: names bound in the code, which
    # only a file loading a module that way can have (resolved then, not otherwise)
    data = model.source.data
    dynamic = b"import(" in data or b"import_module(" in data
    # `from f.common.tasks import *`: names no statement binds
    starred = b"import *" in data
    if semantic is None or not (names or dynamic or starred):
        return []
    found: list[tuple[Node, Node, HelperRef]] = []
    for call in _sdk_calls.call_nodes(model):
        callee = _sdk_calls.callee_of(call)
        if callee is None or callee.type not in _MEMBER_CALLEES:
            continue
        base = _member_base(callee)
        if base != callee and not (base.type == "identifier" and model.text(base) in names):
            # `desk = TreasuryDesk(...)` then `desk.sign_off(...)`, `new ReviewQueue(t).ask()`:
            # the imported name of the class it was built from
            built = _constructor_base(semantic, base)
            if built is not None and built.type == "identifier" and model.text(built) in names:
                base = built
        if base.type != "identifier" or not (dynamic or starred or model.text(base) in names):
            continue  # only names imported from another module of the workspace
        binding = semantic.resolve(base)
        if binding is None and not (starred and star_imported(model, base)):
            continue
        if (
            binding is not None
            and binding.kind != BindingKind.IMPORT
            and not (dynamic and dynamically_imported(semantic, binding))
        ):
            continue
        ref = helper_of(model, call, workspace.file, workspace.project, consulted)
        if ref is None:
            continue
        consulted.add(ref.file)
        # a facade or barrel re-exporting a task: the module that makes it
        found.append((call, callee, reexport_origin(ref, workspace.project, consulted)))
    return found


def _member_base(node: Node) -> Node:
    """The object a chain of members and subscripts starts from (`tasks` of
    `tasks.ship`, `PROVISIONERS` of `PROVISIONERS["github"]`; Python's subscript names
    it `value`)."""
    while node.type in _MEMBERS:
        inner = node.child_by_field_name("object") or node.child_by_field_name("value")
        if inner is None:
            break
        node = inner
    return node


def construction_of(semantic: Any, node: Node) -> Node | None:
    """The call an object was built with, `C(...)` / `new C(...)` / `new kit.C(...)`
    (awaited or not): the object itself, or the value of a name assigned it once (`desk =
    TreasuryDesk(...)`). None for anything else."""
    syn = semantic.syntax
    value: Node | None = node
    if node.type in syn.identifiers:
        binding = semantic.resolve(node)
        if binding is None or binding.kind != BindingKind.ASSIGNMENT or binding.rebound:
            return None
        value = binding.assigned_value
    while value is not None and value.type in syn.awaits and value.named_children:
        value = value.named_children[-1]
    if value is None or not (value.type in syn.calls or value.type in syn.new):
        return None
    return value


def _constructor_base(semantic: Any, node: Node) -> Node | None:
    """The name the construction of an object starts from (`TreasuryDesk` of `desk =
    TreasuryDesk(...)`, `kit` of `new kit.Pager(...)`), if it was built by one."""
    value = construction_of(semantic, node)
    if value is None:
        return None
    ctor = value.child_by_field_name(
        "constructor" if value.type in semantic.syntax.new else "function"
    )
    return _member_base(ctor) if ctor is not None else None


# What a call of a name imported from another module is spelled as: the name, a member
# of it, or an entry of a table it is (`PROVISIONERS["github"](...)`).
_MEMBERS = frozenset({"attribute", "member_expression", "subscript", "subscript_expression"})
_MEMBER_CALLEES = frozenset({"identifier", *_MEMBERS})


@lru_cache(maxsize=256)
def _module_tasks(
    file: str, _key: tuple[int, int]
) -> tuple[ScriptModel | None, dict[str, TaskDef]]:
    """The top-level tasks a module defines with a function of its own, by name, with
    the module's model (their nodes are its)."""
    from wac_lint.engine import InputError, read_source
    from wac_lint.frontends import build_model

    try:
        data = Path(file).read_bytes()
    except OSError:
        return None, {}
    if b"task" not in data:
        return None, {}
    try:
        module = build_model(read_source(file))
    except (InputError, RecursionError):
        return None, {}
    # `export default task(...)` is imported by default: walked under the name `default`;
    # `bill = charge` / `charge_eur = partial(charge, ...)` call it under another name
    return module, {
        name: t
        for t in module.tasks
        for name in [t.binding or ("default" if t.default_export else None), *t.aliases]
        if t.kind is TaskKind.TASK and name and t.function is not None and t.top_level
    }


def _task_made_in(file: Path, name: str, workspace: WorkspaceView) -> tuple[str, TargetKind] | None:
    try:
        stat = file.stat()
    except OSError:
        return None
    made = _task_made_cached(str(file), name, (stat.st_size, stat.st_mtime_ns))
    if made is None or made[0]:
        return made
    # `load = task_script(LOAD_ROWS)` with the path imported from a third module: read
    # it from where the module that makes the task stands
    from wac_lint.engine import InputError, read_source
    from wac_lint.frontends import module_model

    try:
        model = module_model(read_source(str(file)))
    except (InputError, RecursionError):
        return None
    semantic = model.semantic
    binding = semantic.lookup(name, semantic.module) if semantic is not None else None
    value = _sdk_calls.unwrap(binding.value) if binding is not None else None
    if value is None or value.type not in ("call", "call_expression"):
        return None
    positional, keywords, _ = _sdk_calls.arguments_of(model, value)
    maker = WorkspaceView(file)
    path = path_value(model, _argument(positional, keywords, (0, "path")), maker)
    workspace.consulted |= maker.consulted
    if path is None or not path.startswith(_ROOTS):
        return None
    return path, made[1]


@lru_cache(maxsize=1024)
def _task_made_cached(file: str, name: str, _key: tuple[int, int]) -> tuple[str, TargetKind] | None:
    """`name = task_script("f/x/y")` (or `export const name = taskFlow(...)`) at the top
    level of a module: the path and kind it dispatches (the path "" when it is not
    known from the module alone)."""
    from wac_lint.engine import InputError, read_source
    from wac_lint.frontends import module_model

    try:
        data = Path(file).read_bytes()
    except OSError:
        return None
    if not any(word in data for word in _FACTORY_NAMES):
        return None
    try:
        model = module_model(read_source(file))
    except (InputError, RecursionError):
        return None
    semantic = model.semantic
    if semantic is None:
        return None
    binding = semantic.lookup(name, semantic.module)
    if binding is None or binding.kind != BindingKind.ASSIGNMENT or binding.rebound:
        return None
    value = _sdk_calls.unwrap(binding.value)
    if value is None or value.type not in ("call", "call_expression"):
        return None
    kind = _FACTORIES.get(semantic.qualified_name(_sdk_calls.callee_of(value)) or "")
    if kind is None:
        return None
    positional, keywords, _ = _sdk_calls.arguments_of(model, value)
    path_node = _argument(positional, keywords, (0, "path"))
    path = path_value(model, path_node)
    if path is None:
        return "", kind  # known only with the workspace (an imported constant)
    if not path.startswith(_ROOTS):
        return None
    return path, kind


# ---- paths held in constants -------------------------------------------------------
# `LOAD = "f/etl/load"` then `task_script(LOAD)`; `task_script(f"{BASE}/load")`;
# `taskScript(PATHS_BASE + "/load")`; `from f.lib.paths import LOAD`: the SDK sends
# whatever string the expression holds, so the target is known as well as a literal's.
_DEPTH = 8


def path_value(
    model: ScriptModel, node: Node | None, workspace: WorkspaceView | None = None
) -> str | None:
    """The string `node` always holds: a literal, a name assigned one string once (in
    this module, or, with `workspace`, in the workspace module it is imported from),
    an f-string / template string or a `+` of those; else None."""
    return _constant(model, node, workspace, _DEPTH)


def _constant(
    model: ScriptModel,
    node: Node | None,
    workspace: WorkspaceView | None,
    depth: int,
    env: dict[str, str] | None = None,
) -> str | None:
    node = _sdk_calls.unwrap(node)
    if node is None or depth <= 0:
        return None
    if env and node.type == "identifier" and model.text(node) in env:
        return env[model.text(node)]  # a parameter of the function being read
    literal = _sdk_calls.string_value(model, node)
    if literal is not None:
        return literal
    if node.type in ("string", "template_string"):  # an f-string / template string
        parts: list[str] = []
        for child in node.named_children:
            if child.type in ("string_start", "string_end"):
                continue
            if child.type in ("interpolation", "template_substitution"):
                inner = [c for c in child.named_children if c.type != "comment"]
                if len(inner) != 1 or child.child_by_field_name("format_specifier"):
                    return None
                part = _constant(model, inner[0], workspace, depth - 1, env)
                if part is None:
                    return None
                parts.append(part)
            elif child.type in ("string_content", "string_fragment", "escape_sequence"):
                parts.append(model.text(child))
            else:
                return None  # a conversion (`!r`), a format spec: not the plain value
        return "".join(parts)
    if node.type in ("binary_operator", "binary_expression"):
        operator = node.child_by_field_name("operator")
        if operator is None or model.text(operator) != "+":
            return None
        left = _constant(model, node.child_by_field_name("left"), workspace, depth - 1, env)
        right = _constant(model, node.child_by_field_name("right"), workspace, depth - 1, env)
        return None if left is None or right is None else left + right
    if node.type in ("call", "call_expression"):
        joined = _joined_constant(model, node, workspace, depth)
        if joined is None and not env:
            joined = _called_constant(model, node, workspace, depth)
        return joined
    if node.type in ("attribute", "member_expression", "subscript", "subscript_expression"):
        return _member_constant(model, node, workspace, depth)
    if node.type != "identifier" or model.semantic is None:
        return None
    binding = model.semantic.resolve(node)
    if binding is None:
        return None
    if binding.kind == BindingKind.ASSIGNMENT:
        value = binding.assigned_value
        if value is None or not _is_constant_declaration(binding.node):
            return None
        return _constant(model, value, workspace, depth - 1)
    if binding.kind == BindingKind.IMPORT and workspace is not None and binding.module:
        return _imported_constant(model, binding.module, binding.imported_name, workspace, depth)
    return None


_PARAMETER_NAMES = ("identifier", "typed_parameter", "default_parameter", "typed_default_parameter")


def _called_constant(
    model: ScriptModel, call: Node, workspace: WorkspaceView | None, depth: int
) -> str | None:
    """`ops_script("purge_scratch")` of `def ops_script(name): return f"{OPS}/{name}"`
    (of the file, or imported from a module of the workspace): a function whose body only
    returns a string built from its parameters and constants, given constants."""
    from wac_lint.engine import InputError, read_source
    from wac_lint.frontends import module_model

    semantic = model.semantic
    callee = _sdk_calls.unwrap(call.child_by_field_name("function"))
    if semantic is None or callee is None or callee.type != "identifier":
        return None
    binding = semantic.resolve(callee)
    if binding is None:
        return None
    owner, maker = model, workspace
    if binding.kind == BindingKind.FUNCTION:
        function = binding.value
    elif binding.kind == BindingKind.ASSIGNMENT:
        function = _assigned_function(model, binding)
    elif binding.kind == BindingKind.IMPORT and workspace is not None and binding.module:
        ref = _imported_ref(model, binding.module, binding.imported_name, workspace)
        if ref is None:
            return None
        try:
            owner = module_model(read_source(str(ref.file)))
        except (InputError, OSError, RecursionError):
            return None
        found = (
            owner.semantic.lookup(ref.function, owner.semantic.module) if owner.semantic else None
        )
        if found is None:
            return None
        if found.kind == BindingKind.FUNCTION:
            function = found.value
        elif found.kind == BindingKind.ASSIGNMENT:
            function = _assigned_function(owner, found)
        else:
            return None
        maker = WorkspaceView(ref.file)
    else:
        return None
    returned = _only_return(function)
    parameters = function.child_by_field_name("parameters") if function is not None else None
    if returned is None or parameters is None:
        return None
    positional, keywords, unpacked = _sdk_calls.arguments_of(model, call)
    if unpacked:
        return None
    given = {o.name: o.value for o in keywords}
    env: dict[str, str] = {}
    index = 0
    for parameter in parameters.named_children:
        if parameter.type == "comment":
            continue
        if parameter.type not in _PARAMETER_NAMES and parameter.type not in (
            "required_parameter",
            "optional_parameter",
        ):
            return None  # `*args`, `**kwargs`, a destructured parameter
        name_node = (
            parameter
            if parameter.type == "identifier"
            else parameter.child_by_field_name("name")
            or parameter.child_by_field_name("pattern")
            or next((c for c in parameter.named_children if c.type == "identifier"), None)
        )
        if name_node is None or name_node.type != "identifier":
            return None
        name = owner.text(name_node)
        if index < len(positional):
            value = _constant(model, positional[index], workspace, depth - 1)
        elif name in given:
            value = _constant(model, given[name], workspace, depth - 1)
        else:
            default = parameter.child_by_field_name("value")
            value = _constant(owner, default, maker, depth - 1) if default is not None else None
        index += 1
        if value is None:
            return None
        env[name] = value
    if index < len(positional):
        return None
    value = _constant(owner, returned, maker, depth - 1, env)
    if maker is not None and workspace is not None and maker is not workspace:
        workspace.consulted |= maker.consulted
    return value


def _assigned_function(model: ScriptModel, binding: Binding) -> Node | None:
    """`const opsScript = (name) => ...` / `ops_script = lambda name: ...`, bound once."""
    if binding.rebound or binding.member or binding.reassigned:
        return None
    if binding.node is not None and not _is_constant_declaration(binding.node):
        return None
    value = _sdk_calls.unwrap(binding.assigned_value)
    if value is None or value.type not in ("arrow_function", "function_expression", "lambda"):
        return None
    return value


def _only_return(function: Node | None) -> Node | None:
    """The expression a function's body does nothing but return (a docstring aside), an
    arrow's expression body."""
    body = function.child_by_field_name("body") if function is not None else None
    if body is None:
        return None
    if body.type not in ("block", "statement_block"):
        return body
    statements = [c for c in body.named_children if c.type != "comment"]
    if statements and statements[0].type == "expression_statement":
        first = statements[0].named_children[0] if statements[0].named_children else None
        if first is not None and first.type == "string" and len(statements) > 1:
            statements = statements[1:]  # the docstring
    if len(statements) != 1 or statements[0].type != "return_statement":
        return None
    return statements[0].named_children[0] if statements[0].named_children else None


def _joined_constant(
    model: ScriptModel, call: Node, workspace: WorkspaceView | None, depth: int
) -> str | None:
    """A path joined from constants: `"/".join([BASE, "load"])`, `[BASE, "load"].join("/")`,
    `posixpath.join(BASE, "load")` / `os.path.join(...)` (a Windmill worker is Linux)."""
    callee = call.child_by_field_name("function")
    positional, keywords, unpacked = _sdk_calls.arguments_of(model, call)
    if callee is None or keywords or unpacked:
        return None
    semantic = model.semantic
    if semantic is not None and semantic.qualified_name(callee) in (
        "posixpath.join",
        "os.path.join",
    ):
        parts = [_constant(model, arg, workspace, depth - 1) for arg in positional]
        if not parts or any(p is None for p in parts):
            return None
        joined = ""
        for part in parts:
            assert part is not None
            if part.startswith("/") or not joined:
                joined = part
            else:
                joined += part if joined.endswith("/") else "/" + part
        return joined
    if callee.type not in ("attribute", "member_expression"):
        return None
    obj = _sdk_calls.unwrap(callee.child_by_field_name("object"))
    name = callee.child_by_field_name("attribute") or callee.child_by_field_name("property")
    if obj is None or name is None or model.text(name) != "join" or len(positional) > 1:
        return None
    items: Node | None = obj
    separator: str | None = ","
    if obj.type == "array":  # TypeScript `[a, b].join(sep)` (`,` by default)
        if positional:
            separator = _constant(model, positional[0], workspace, depth - 1)
    else:  # Python `sep.join([a, b])`
        if len(positional) != 1:
            return None
        items = _sdk_calls.unwrap(positional[0])
        separator = _constant(model, obj, workspace, depth - 1)
    if separator is None or items is None or items.type not in ("array", "list", "tuple"):
        return None
    values = []
    for item in items.named_children:
        if item.type == "comment":
            continue
        value = _constant(model, item, workspace, depth - 1)
        if value is None:
            return None  # a spread, a name that is not a constant
        values.append(value)
    return separator.join(values)


def _member_constant(
    model: ScriptModel, node: Node, workspace: WorkspaceView | None, depth: int
) -> str | None:
    """`PATHS.load` / `PATHS["load"]` of an object / dict literal bound once,
    `Paths.LOAD` of a class of the file (`LOAD = "f/x/y"` in its body), `paths.LOAD`
    of a workspace module imported whole."""
    semantic = model.semantic
    if semantic is None:
        return None
    obj = node.child_by_field_name("object") or node.child_by_field_name("value")
    key = (
        node.child_by_field_name("attribute")
        or node.child_by_field_name("property")
        or node.child_by_field_name("subscript")
        or node.child_by_field_name("index")
    )
    if obj is not None and key is not None and obj.type in ("attribute", "member_expression"):
        return _chain_constant(model, node, workspace, depth)
    if obj is None or key is None or obj.type != "identifier":
        return None
    subscript = node.type in ("subscript", "subscript_expression")
    member = _sdk_calls.string_value(model, key) if subscript else model.text(key)
    binding = semantic.resolve(obj)
    if member is not None and binding is None:
        # TypeScript `Scripts.Export` of `enum Scripts { Export = "f/shop/export" }`
        return _sdk_calls.typescript_enum_string(model, model.text(obj), member)
    if member is None or binding is None:
        return None
    if binding.kind == BindingKind.ASSIGNMENT:
        return _literal_member(model, binding, member, workspace, depth - 1)
    if binding.kind == BindingKind.CLASS and not subscript:
        return _class_member(model, binding, member, workspace, depth)
    if binding.kind == BindingKind.IMPORT and workspace is not None:
        if not subscript:
            found = _module_member_constant(model, binding, member, workspace, depth)
            if found is not None:
                return found
        # `PATHS.render` / `TARGETS["labels"]` of a table another module binds
        found = _imported_table_constant(model, binding, member, workspace, depth)
        if found is None:
            # `paths.BASE` of a module another module imports whole (`from f.lib.kit
            # import paths`, kit saying `import f.lib.paths as paths`)
            found = _import_chain_constant(model, binding, [member], workspace, depth)
        return found
    return None


def _class_member(
    model: ScriptModel,
    binding: Binding,
    member: str,
    workspace: WorkspaceView | None,
    depth: int,
) -> str | None:
    """`Paths.LOAD` of a class whose body assigns `LOAD = "f/x/y"` (a `str` Enum's
    member too: the SDK gets a string)."""
    if binding.value is None:
        return None
    bases = binding.value.child_by_field_name("superclasses")
    named = [model.text(b) for b in bases.named_children] if bases is not None else []
    if any("Enum" in b for b in named) and not {"str", "StrEnum", "enum.StrEnum"} & set(named):
        return None  # a plain `Enum` member is no string: the SDK gets the member
    body = binding.value.child_by_field_name("body")
    for statement in body.named_children if body is not None else []:
        assigned = statement.named_children[0] if statement.named_children else None
        if statement.type != "expression_statement" or assigned is None:
            continue
        left = assigned.child_by_field_name("left")
        if assigned.type == "assignment" and left is not None and model.text(left) == member:
            return _constant(model, assigned.child_by_field_name("right"), workspace, depth - 1)
    return None


def _chain_constant(
    model: ScriptModel, node: Node, workspace: WorkspaceView | None, depth: int
) -> str | None:
    """`kit.paths.NIGHTLY` / `kit.paths.ScriptPaths.purge` where `kit` is a workspace
    module imported whole (`import * as kit from "/f/kit/index.ts"`) and `paths` a module
    it re-exports whole (`export * as paths from "./paths.ts"`): the constant (or the
    member of the object / dict literal) the module at the end of the chain binds."""
    semantic = model.semantic
    names: list[str] = []
    base: Node | None = node
    if node.type in ("subscript", "subscript_expression"):
        # `paths.TABLE["extract"]`: the entry of a table the module binds
        index = node.child_by_field_name("subscript") or node.child_by_field_name("index")
        entry = _sdk_calls.string_value(model, index) if index is not None else None
        if entry is None:
            return None
        names.append(entry)
        base = node.child_by_field_name("value") or node.child_by_field_name("object")
    while base is not None and base.type in ("attribute", "member_expression"):
        name = base.child_by_field_name("attribute") or base.child_by_field_name("property")
        if name is None:
            return None
        names.append(model.text(name))
        base = base.child_by_field_name("object")
    if semantic is None or workspace is None or base is None or base.type != "identifier":
        return None
    binding = semantic.resolve(base)
    if binding is None or binding.kind != BindingKind.IMPORT or binding.module is None:
        return None
    from wac_lint.languages.base import load
    from wac_lint.workspace.helper_imports import HelperImports
    from wac_lint.workspace.reexports import reexport_origin

    names.reverse()
    imports: HelperImports = load(model.lang.helper_imports_target)
    for owned in (names, names[:-1]):  # the constant itself, else its table
        ref = imports.of_member(
            binding, ".".join(owned), workspace.file, workspace.project, workspace.consulted
        )
        if ref is None:
            continue
        workspace.consulted.add(ref.file)
        ref = reexport_origin(ref, workspace.project, workspace.consulted)
        if "." in ref.function:
            continue
        try:
            stat = ref.file.stat()
        except OSError:
            return None
        key = (stat.st_size, stat.st_mtime_ns)
        if owned is names:
            found = _module_constant(str(ref.file), ref.function, key, depth - 1)
        else:
            found = _module_table_constant(str(ref.file), ref.function, names[-1], key, depth - 1)
        if found is not None:
            return found
    return _import_chain_constant(model, binding, names, workspace, depth)


def _import_chain_constant(
    model: ScriptModel,
    binding: Binding,
    members: list[str],
    workspace: WorkspaceView,
    depth: int,
) -> str | None:
    """The constant `members` reach from the import `binding`, followed through the
    modules that import a module whole or a name in turn: `kit.paths.BASE` where `kit`
    says `import f.lib.paths as paths`, `p2.Scripts.EXTRACT` of a class of that module,
    `paths.TABLE["extract"]` of a table."""
    from wac_lint.languages.base import load
    from wac_lint.workspace.helper_imports import HelperImports

    if binding.module is None:
        return None
    imports: HelperImports = load(model.lang.helper_imports_target)
    project, consulted = workspace.project, workspace.consulted
    starts: list[tuple[HelperRef, list[str]]] = []
    if members:
        ref = imports.of_member(binding, members[0], workspace.file, project, consulted)
        if ref is not None and "." not in ref.function:
            starts.append((ref, members[1:]))
    if binding.imported_name not in (None, "*", "default"):
        imported = binding.imported_name
        assert imported is not None
        ref = imports.of_name(binding.module, imported, workspace.file, project, consulted)
        if ref is not None and "." not in ref.function:
            starts.append((ref, members))
    for ref, rest in starts:
        consulted.add(ref.file)
        found = _ref_chain_constant(ref, tuple(rest), workspace, depth - 1)
        if found is not None:
            return found
    return None


def _ref_chain_constant(
    ref: HelperRef, members: tuple[str, ...], workspace: WorkspaceView, depth: int
) -> str | None:
    """The constant the top-level name `ref` names holds, or its `members` (a module it
    imports whole, then a name of that module; a table's entry, a class's member)."""
    from wac_lint.engine import InputError, read_source
    from wac_lint.frontends import module_model
    from wac_lint.languages.base import load
    from wac_lint.workspace.helper_imports import HelperImports

    if depth <= 0:
        return None
    try:
        stat = ref.file.stat()
        other = module_model(read_source(ref.file))
    except (InputError, OSError, RecursionError):
        return None
    semantic = other.semantic
    if semantic is None:
        return None
    binding = semantic.lookup(ref.function, semantic.module)
    if binding is None:
        if len(members) == 1:  # `enum Scripts {...}`
            return _sdk_calls.typescript_enum_string(other, ref.function, members[0])
        return None
    if binding.kind == BindingKind.IMPORT:
        if binding.module is None:
            return None
        imports: HelperImports = load(other.lang.helper_imports_target)
        project, consulted = workspace.project, workspace.consulted
        if members:
            target = imports.of_member(binding, members[0], ref.file, project, consulted)
            if target is not None and "." not in target.function and target.file != ref.file:
                consulted.add(target.file)
                return _ref_chain_constant(target, members[1:], workspace, depth - 1)
        if binding.imported_name in (None, "*", "default"):
            return None
        imported = binding.imported_name
        assert imported is not None
        target = imports.of_name(binding.module, imported, ref.file, project, consulted)
        if target is None or "." in target.function or target == ref:
            return None
        consulted.add(target.file)
        return _ref_chain_constant(target, members, workspace, depth - 1)
    if not members:
        return _module_constant(
            str(ref.file), ref.function, (stat.st_size, stat.st_mtime_ns), depth - 1
        )
    if len(members) != 1:
        return None
    if binding.kind == BindingKind.CLASS:
        return _class_member(other, binding, members[0], None, depth)
    if binding.kind == BindingKind.ASSIGNMENT:
        return _literal_member(other, binding, members[0], None, depth - 1)
    return None


def _imported_table_constant(
    model: ScriptModel, binding: Binding, member: str, workspace: WorkspaceView, depth: int
) -> str | None:
    """`PATHS.render` where `PATHS` is imported by name from a workspace module (or a
    barrel re-exporting it) that binds it once to an object / dict literal; or `paths.LOAD`
    where `paths` is a module a barrel re-exports whole (`export * as paths from
    "./paths.ts"`), imported from it by name."""
    whole = _namespace_reexported_ref(model, binding, member, workspace)
    if whole is not None:
        try:
            stat = whole.file.stat()
        except OSError:
            return None
        return _module_constant(
            str(whole.file), whole.function, (stat.st_size, stat.st_mtime_ns), depth - 1
        )
    ref = _imported_ref(model, binding.module, binding.imported_name, workspace)
    if ref is None:
        return None
    try:
        stat = ref.file.stat()
    except OSError:
        return None
    return _module_table_constant(
        str(ref.file), ref.function, member, (stat.st_size, stat.st_mtime_ns), depth - 1
    )


def _namespace_reexported_ref(
    model: ScriptModel, binding: Binding, member: str, workspace: WorkspaceView
) -> HelperRef | None:
    """`LOAD` of `paths.ts` for `paths.LOAD`, where `paths` is imported by name from a
    barrel that says `export * as paths from "./paths.ts"` (not a name it binds)."""
    from dataclasses import replace

    from wac_lint.languages.base import load
    from wac_lint.workspace.helper_imports import HelperImports
    from wac_lint.workspace.reexports import reexport_origin

    module, imported = binding.module, binding.imported_name
    if module is None or imported is None or imported in ("*", "default"):
        return None
    imports: HelperImports = load(model.lang.helper_imports_target)
    ref = imports.of_name(module, imported, workspace.file, workspace.project, workspace.consulted)
    if ref is None or "." in ref.function:
        return None
    workspace.consulted.add(ref.file)
    dotted = replace(ref, function=f"{ref.function}.{member}", label=f"{ref.label}.{member}")
    found = reexport_origin(dotted, workspace.project, workspace.consulted)
    if found is dotted or "." in found.function:
        return None
    return found


def _imported_ref(
    model: ScriptModel, module: str | None, imported: str | None, workspace: WorkspaceView
) -> HelperRef | None:
    """The workspace module and top-level name an imported name stands for, through the
    modules that only re-export it."""
    from wac_lint.languages.base import load
    from wac_lint.workspace.helper_imports import HelperImports
    from wac_lint.workspace.reexports import reexport_origin

    if module is None or imported is None or imported in ("*", "default"):
        return None
    imports: HelperImports = load(model.lang.helper_imports_target)
    ref = imports.of_name(module, imported, workspace.file, workspace.project, workspace.consulted)
    if ref is None or "." in ref.function:
        return None
    workspace.consulted.add(ref.file)
    ref = reexport_origin(ref, workspace.project, workspace.consulted)
    return None if "." in ref.function else ref


@lru_cache(maxsize=1024)
def _module_table_constant(
    file: str, owner: str, member: str, _key: tuple[int, int], depth: int
) -> str | None:
    """The string member `member` of the object / dict literal a workspace module binds
    `owner` to once at its top level."""
    from wac_lint.engine import InputError, read_source
    from wac_lint.frontends import module_model

    try:
        model = module_model(read_source(file))
    except (InputError, RecursionError):
        return None
    semantic = model.semantic
    binding = semantic.lookup(owner, semantic.module) if semantic is not None else None
    if binding is None:
        return _sdk_calls.typescript_enum_string(model, owner, member)  # `enum Scripts {...}`
    if binding.kind == BindingKind.CLASS:
        return _class_member(model, binding, member, None, depth)
    if binding.kind != BindingKind.ASSIGNMENT:
        return None
    return _literal_member(model, binding, member, None, depth)


def _literal_member(
    model: ScriptModel,
    binding: Binding,
    member: str,
    workspace: WorkspaceView | None,
    depth: int,
) -> str | None:
    """The constant string member `member` of the object / dict literal `binding` is
    declared to hold once (`TARGETS = {"load": "f/etl/load"}`, `const PATHS = {...}`)."""
    held = _sdk_calls.unwrap(binding.assigned_value)
    if held is None or held.type not in ("object", "dictionary"):
        return None
    if not _is_constant_declaration(binding.node):
        return None
    options = _sdk_calls.object_options(model, held)
    if options is None:
        return None
    for option in options[0]:
        if option.name == member:
            return _constant(model, option.value, workspace, depth)
    return None


def _module_member_constant(
    model: ScriptModel, binding: Binding, member: str, workspace: WorkspaceView, depth: int
) -> str | None:
    """`paths.LOAD` where `paths` is a workspace module imported whole."""
    from wac_lint.languages.base import load
    from wac_lint.workspace.helper_imports import HelperImports

    if binding.module is None:
        return None
    imports: HelperImports = load(model.lang.helper_imports_target)
    ref = imports.of_member(binding, member, workspace.file, workspace.project, workspace.consulted)
    if ref is None or "." in ref.function:
        return None  # a member of an object the module exports: not read here
    workspace.consulted.add(ref.file)
    try:
        stat = ref.file.stat()
    except OSError:
        return None
    return _module_constant(
        str(ref.file), ref.function, (stat.st_size, stat.st_mtime_ns), depth - 1
    )


def _is_constant_declaration(name: Node) -> bool:
    """Python: any single assignment; TypeScript: a `const` (a `let` may be assigned
    again further on, which the binding does not see)."""
    node: Node | None = name
    while node is not None and node.type not in ("lexical_declaration", "variable_declaration"):
        if node.type in ("assignment", "expression_statement", "module", "program"):
            return True  # Python (or a TS statement that is no declaration)
        node = node.parent
    if node is None:
        return True
    keyword = node.children[0] if node.children else None
    return keyword is not None and keyword.type == "const"


def _imported_constant(
    model: ScriptModel, module: str, imported: str | None, workspace: WorkspaceView, depth: int
) -> str | None:
    ref = _imported_ref(model, module, imported, workspace)
    if ref is None:
        return None
    try:
        stat = ref.file.stat()
    except OSError:
        return None
    return _module_constant(
        str(ref.file), ref.function, (stat.st_size, stat.st_mtime_ns), depth - 1
    )


@lru_cache(maxsize=1024)
def _module_constant(file: str, name: str, _key: tuple[int, int], depth: int) -> str | None:
    """The string a workspace module binds `name` to at its top level, by the same
    reading (its own constants; not its imports in turn)."""
    from wac_lint.engine import InputError, read_source
    from wac_lint.frontends import module_model

    try:
        model = module_model(read_source(file))
    except (InputError, RecursionError):
        return None
    semantic = model.semantic
    if semantic is None:
        return None
    binding = semantic.lookup(name, semantic.module)
    if binding is None or binding.kind != BindingKind.ASSIGNMENT:
        return None
    value = binding.assigned_value
    if value is None or not _is_constant_declaration(binding.node):
        return None
    return _constant(model, value, None, depth)


_FUNCTION_NODES = ("lambda", "arrow_function", "function_expression", "function")


def task_dispatch_path(
    model: ScriptModel, task: TaskDef, workspace: WorkspaceView | None
) -> str | None:
    """The script a task with a function of its own dispatches instead of running it
    (`@task(path=...)`, `task(path, async (...) => ...)`; wmill 1.850.0 `task`,
    windmill-client 1.818.0 `task`): the literal the front-end read, else the constant
    the argument holds (`@task(path=Scripts.SET_QUOTA)`, a class of another module)."""
    if task.path is not None or task.kind is not TaskKind.TASK:
        return task.path
    node: Node | None = task.node
    if node is not None and node.type == "decorator":
        node = node.named_children[0] if node.named_children else None
    node = _sdk_calls.unwrap(node)
    if node is None or node.type not in ("call", "call_expression"):
        return None
    positional, keywords, _ = _sdk_calls.arguments_of(model, node)
    path_node = _argument([], keywords, (0, "path"))
    if path_node is None and len(positional) >= 2:
        first = _sdk_calls.unwrap(positional[0])
        if first is not None and first.type not in _FUNCTION_NODES:
            path_node = first
    path = path_value(model, path_node, workspace) if path_node is not None else None
    return path if path is not None and path.startswith(_ROOTS) else None


def task_path(model: ScriptModel, task: TaskDef, workspace: WorkspaceView | None) -> str | None:
    """The path a `task_script` / `task_flow` dispatches to: the literal the front-end
    read, else the constant its path argument holds."""
    if task.path is not None:
        return task.path
    call = _sdk_calls.unwrap(task.node)
    if call is None or call.type not in ("call", "call_expression"):
        return None
    positional, keywords, _ = _sdk_calls.arguments_of(model, call)
    return path_value(model, _argument(positional, keywords, (0, "path")), workspace)
