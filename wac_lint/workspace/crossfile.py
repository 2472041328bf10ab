"""Calls from the workflow body into other scripts of the workspace, followed.

A workflow that calls `notify` imported from `f/lib/helpers.py` (or
`/f/lib/helpers.ts`) runs `notify`'s code on every replay, as if it were
written in the body. This module finds such calls in a built model, walks the
helper in its own file (with the same walk the body gets: helpers of the
helper, callbacks, methods), follows its own workspace imports in turn (any
depth; a cycle is walked once), and returns what it reaches as extra
`BodyCall`s of the workflow: reported at the call in the body, naming the
whole chain, and pointing at the real call in the helper's file.

Helpers are walked once per file content and function, for every workflow of
a run (and of a language server session) that calls them.
"""

from __future__ import annotations

import bisect
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import tree_sitter

from wac_lint.config import real_path
from wac_lint.digest import sha256
from wac_lint.guards import GuardReader, ParamGuard, never_runs, passed_on
from wac_lint.languages import LanguageKind
from wac_lint.languages.base import load
from wac_lint.model import (
    DECORATOR_PRODUCT,
    FIELD_INITIALIZERS,
    BodyCall,
    CallKind,
    Elsewhere,
    FunctionInfo,
    ScriptModel,
    Span,
)
from wac_lint.queries import captures
from wac_lint.semantic.scopes import Binding, BindingKind
from wac_lint.tree_paths import ancestors
from wac_lint.workspace import registries
from wac_lint.workspace.documents import ContentDigests, read_source
from wac_lint.workspace.imports import (
    python_may_reach,
    resolve_python,
    resolve_typescript,
    typescript_may_reach,
)
from wac_lint.workspace.root import Project, find_project

if TYPE_CHECKING:
    from wac_lint.semantic import SemanticModel

# How many helper walks one session keeps (a language server lives long).
MAX_REMEMBERED = 4096


@dataclass(frozen=True)
class HelperRef:
    """A function of another workspace script that a call reaches."""

    file: Path
    function: str
    label: str  # how the chain names it: `f.lib.helpers.notify`, `f/lib/helpers.ts:notify`
    # A method walked for an instance of a subclass another file defines: the methods
    # that subclass (or a class between) overrides, by name; `self.m()` runs those.
    overrides: tuple[tuple[str, HelperRef], ...] = ()
    # What may run instead of `function` itself: the member of each class a factory may
    # return (`make_notifier(kind).send(...)`); the ref names the factory.
    alternatives: tuple[HelperRef, ...] = ()
    # A table filled by registration: the modules whose registrations it holds (the
    # table's own, and those the calling script loads), see workspace.registries.
    loaded: tuple[Path, ...] = ()

    @property
    def key(self) -> str:
        """What the walk of this ref depends on besides the file: the function, the
        overrides `self.m()` dispatches to, the alternatives."""
        key = self.function
        if self.overrides:
            key += "|" + ",".join(
                f"{name}={ref.file}:{ref.function}" for name, ref in self.overrides
            )
        if self.alternatives:
            key += "|" + ",".join(f"{ref.file}:{ref.key}" for ref in self.alternatives)
        if self.loaded:
            key += "|loaded=" + ",".join(str(path) for path in self.loaded)
        return key


@dataclass(frozen=True)
class Effect:
    """A call a helper makes (directly or further down), as seen from its caller."""

    qualname: str
    kind: CallKind
    chain: tuple[str, ...]  # helpers after the first one, down to the call
    where: Elsewhere
    file: Path  # the file the call is in
    arg_count: int
    writes: bool
    # the tests of the walked helper's parameters the call needs (`if with_time:`): a
    # caller whose arguments make one false never runs it
    guards: tuple[ParamGuard, ...] = ()


EffectsKey = tuple[str, str, str, str, "Following"]


@dataclass
class CrossFileSession:
    """What one run (or one language server) remembers about helper modules."""

    # (file, digest, function, cwd, following) -> what the helper reaches, and the
    # state of every path that answer was drawn from (helper files further down,
    # directories looked in for imports): reused only while they are all unchanged.
    _effects: dict[EffectsKey, tuple[tuple[Effect, ...], dict[Path, str | None]]] = field(
        default_factory=dict
    )
    # `session.digest(file)`: a file's content digest (the editor's text when open).
    digest: ContentDigests = field(default_factory=ContentDigests)
    walks: int = 0  # helper walks done (for tests and the benchmark)
    # On disk, by content, for later runs and worker processes (`use_helper_store`).
    store: HelperStore | None = None

    def state(self, path: Path) -> str | None:
        """A file's content digest; a directory's modification time; None if absent."""
        try:
            if path.is_dir():
                return f"dir:{path.stat().st_mtime_ns}"
        except OSError:
            return None
        return self.digest(path)

    def dependencies(self, files: Iterable[Path]) -> dict[str, str]:
        """Content digests of the given files (a result cache keys on them)."""
        out: dict[str, str] = {}
        for file in files:
            digest = self.digest(file)
            if digest is not None:
                out[str(file)] = digest
        return out


@dataclass(frozen=True)
class Following:
    """What the configuration says not to follow."""

    allow_calls: tuple[str, ...] = ()  # helpers treated as pure: `f.lib.log.debug`
    pure_modules: tuple[str, ...] = ()  # modules treated as pure: `f.lib.log`, `f/lib/log`

    def skips(self, ref: HelperRef, project: Project) -> bool:
        module = _canonical(_module_label(ref.file, project))
        if f"{module}.{ref.function}" in {_canonical(c) for c in self.allow_calls}:
            return True
        return any(
            module == m or module.startswith(m + ".") for m in map(_canonical, self.pure_modules)
        )


def _canonical(name: str) -> str:
    """`f/lib/log.ts.debug`, `f/lib/log.debug` and `f.lib.log.debug` name one helper."""
    name = name.replace("/", ".")
    for extension in (".ts.", ".py."):
        name = name.replace(extension, ".")
    return name.removesuffix(".ts").removesuffix(".py")


_DEFAULT_SESSION = CrossFileSession()


def default_session() -> CrossFileSession:
    return _DEFAULT_SESSION


def follow_imports(
    model: ScriptModel,
    file: Path,
    following: Following = Following(),
    session: CrossFileSession | None = None,
    superseded: list[BodyCall] | None = None,
) -> tuple[list[BodyCall], set[Path]]:
    """The calls the workflow body reaches through workspace imports, and the paths read.

    Each returned call is reported at the body's call of the first helper; its
    `elsewhere` says where the call really is. The paths are the helper files and
    the directories looked in to resolve imports (an import that resolves to
    nothing today is followed once its file appears). `superseded` receives the
    body's calls known only by a method name (`.query`) that turn out to be a
    workspace helper doing what it reaches: those calls, not the name, are the news.
    """
    session = session or _DEFAULT_SESSION
    starts = [*model.body_calls, *model.relative_import_calls]
    if model.semantic is None or not starts:
        return [], set()
    project = find_project(file)
    reached: list[BodyCall] = []
    files: set[Path] = set()
    # a helper's call is a start once per place of the body that reaches the helper
    targets: dict[tuple[int, bool], HelperRef | None] = {}
    held: dict[str, list[tree_sitter.Node]] | None = None  # see `_held_protocol_uses`
    for call in starts:
        if call.kind not in FOLLOWED or call.elsewhere is not None:
            continue
        key = (call.node.id, call.kind == CallKind.HOOK)
        if key not in targets:
            targets[key] = _call_ref(session, model, call, file, project, files)
        ref = _decorated(call, targets[key])
        if ref is None or following.skips(ref, project):
            continue
        if call.kind == CallKind.PROPERTY and not _is_getter(
            session, reexport_origin(ref, project, files)
        ):
            continue  # a plain attribute, or a method read without a call
        files.add(ref.file)
        effects = _effects(session, ref, project, following, frozenset(), files)
        if superseded is not None and call.qualname.startswith("."):
            if effects or _defines(session, ref):
                superseded.append(call)
        if not effects and superseded is not None:
            library = _library_call(session, ref, project, files)
            if library is not None:
                # `from f.lib.clients import s3` then `s3.put_object(...)`, where the module
                # says `s3 = boto3.client("s3")`: the body calls the library itself
                superseded.append(call)
                reached.append(replace(call, qualname=library))
                continue
        steps = [(ref.label, effects)]
        if call.kind in (CallKind.CALL, CallKind.NEW) and "." not in ref.function:
            # `with Lease(key):` / `using span = new Span(name)` of a class of another
            # module: the body also runs its `__enter__` / `__exit__` / `[Symbol.dispose]`
            steps += _protocol_effects(session, call, ref, project, following, files)
        sites = [(call.report_span, steps)]
        if call.kind in (CallKind.CALL, CallKind.NEW) and "." not in ref.function:
            # `lease = Lease(key)` then `with lease:` / `for p in pages:`: the instance
            # held in a name runs its protocol methods where the name is used
            if held is None:
                held = _held_protocol_uses(model)
            for use in _held_uses(model, call.node, held):
                found_at = _protocol_effects(session, call, ref, project, following, files, use)
                sites.append((Span.of(use), found_at))
        for where, at in sites:
            for label, found in at:
                for effect in found:
                    if (
                        effect.guards
                        and _guarded_call(model, call)
                        and never_runs(effect.guards, call.node)
                    ):
                        continue  # `label(o)`: the branch `label(o, with_time=True)` takes
                    reached.append(
                        replace(
                            call,
                            qualname=effect.qualname,
                            kind=effect.kind,
                            arg_count=effect.arg_count,
                            chain=(*call.chain, label, *effect.chain),
                            site=where,
                            writes=effect.writes,
                            elsewhere=effect.where,
                        )
                    )
    own = [c for c in model.body_calls if c.elsewhere is None and c.site is None]
    # what a helper of the workspace does, called inside such a callback, is step code too
    # (`await once("audit", () => appendAudit(line))`)
    handed = _merged(_forwarded_callbacks(model, [*own, *reached], file, project, files))
    if handed:
        if superseded is not None:
            superseded.extend(c for c in own if _within(c, handed))
        reached = [c for c in reached if not _within(c, handed)]
    return reached, files


def _protocol_methods(node: tree_sitter.Node) -> tuple[tuple[str, ...], bool]:
    """The methods the body runs on the instance a call builds where the call is
    written, and whether only the first one the class defines runs: Python `with
    Lease(k):` its `__enter__` and `__exit__` (`async with`: `__aenter__`, `__aexit__`),
    `for p in Pages(u):` its `__iter__` / `__next__` (`async for`: `__aiter__`,
    `__anext__`); TypeScript `using s = new Span(n)` its `[Symbol.dispose]` as the block
    is left (`await using`: `[Symbol.asyncDispose]`, or failing it `[Symbol.dispose]`),
    `for (const p of new Pages(u))` its `[Symbol.iterator]` (`for await`:
    `[Symbol.asyncIterator]`, or failing it `[Symbol.iterator]`)."""
    parent = node.parent
    if parent is not None and parent.type == "as_pattern":
        parent = parent.parent
    if parent is None:
        return (), False
    if parent.type in ("for_statement", "for_in_statement") and (
        parent.child_by_field_name("right") == node
    ):
        # `for page in Pages(url):`, `for await (const p of new Pages(url))`
        is_async = any(c.type in ("async", "await") for c in parent.children[:3])
        if parent.type == "for_statement":
            return (("__aiter__", "__anext__") if is_async else ("__iter__", "__next__")), False
        if not any(c.type == "of" for c in parent.children):
            return (), False  # `for (k in obj)` walks keys
        if is_async:
            return ("[Symbol.asyncIterator]", "[Symbol.iterator]"), True
        return ("[Symbol.iterator]",), True
    if parent.type == "with_item":
        clause = parent.parent
        statement = clause.parent if clause is not None else None
        is_async = statement is not None and any(c.type == "async" for c in statement.children[:2])
        return (("__aenter__", "__aexit__") if is_async else ("__enter__", "__exit__")), False
    if (
        parent.type == "assignment_expression"
        and parent.children
        and parent.children[0].type == "using"
        and parent.child_by_field_name("right") == node
    ):
        outer = parent.parent
        if outer is not None and outer.type == "await_expression":
            return ("[Symbol.asyncDispose]", "[Symbol.dispose]"), True
        return ("[Symbol.dispose]",), True
    return (), False


# Where a name is used as an object whose protocol methods run: `with lease:`, `async
# with lock:`, `for p in pages:` (Python), `for (const p of pages)` (TypeScript).
_HELD_USES = {
    LanguageKind.PYTHON: "(with_item value: (identifier) @u) "
    "(for_statement right: (identifier) @u)",
    LanguageKind.TYPESCRIPT: "(for_in_statement right: (identifier) @u)",
}


def _held_protocol_uses(model: ScriptModel) -> dict[str, list[tree_sitter.Node]]:
    """The names of the file used as the object of a `with` / `for`, by name (one
    query over the file, made once per file when a body builds an imported class)."""
    pattern = _HELD_USES.get(model.source.language)
    out: dict[str, list[tree_sitter.Node]] = {}
    if pattern is None:
        return out
    for node in captures(model.source.language, pattern, model.tree.root_node).get("u", ()):
        out.setdefault(_node_text(node), []).append(node)
    return out


def _held_uses(
    model: ScriptModel, built: tree_sitter.Node, held: dict[str, list[tree_sitter.Node]]
) -> list[tree_sitter.Node]:
    """The uses in `held` of the name a construction (`Lease(key)`, `new Pages(u)`) is
    assigned to once, whole (`lease = Lease(key)`, `const pages = new Pages(u)`)."""
    semantic = model.semantic
    parent = built.parent
    if semantic is None or parent is None or not held:
        return []
    if parent.type == "assignment" and parent.child_by_field_name("right") == built:
        target = parent.child_by_field_name("left")
    elif parent.type == "variable_declarator" and parent.child_by_field_name("value") == built:
        target = parent.child_by_field_name("name")
    else:
        return []
    if target is None or target.type != "identifier":
        return []
    uses = held.get(_node_text(target))
    binding = semantic.resolve(target) if uses else None
    if binding is None or binding.assigned_value != built:
        return []
    found = []
    for use in uses or ():
        bound = semantic.resolve(use)
        if bound is not None and bound.node == binding.node:
            found.append(use)
    return found


def _protocol_effects(
    session: CrossFileSession,
    call: BodyCall,
    ref: HelperRef,
    project: Project,
    following: Following,
    files: set[Path],
    use: tree_sitter.Node | None = None,
) -> list[tuple[str, tuple[Effect, ...]]]:
    """What the protocol methods a `with` / `using` runs on an instance of a class of
    another module do, each with its label (`f.lib.lease.Lease.__enter__`); `use`: where
    a name holding the instance is the object of a `with` / `for`, else the call itself."""
    methods, first_only = _protocol_methods(use if use is not None else call.node)
    out: list[tuple[str, tuple[Effect, ...]]] = []
    for method in methods:
        member = replace(ref, function=f"{ref.function}.{method}", label=f"{ref.label}.{method}")
        if first_only and not _defines(session, member):
            continue
        if following.skips(member, project):
            break
        out.append(
            (member.label, _effects(session, member, project, following, frozenset(), files))
        )
        if first_only:
            break
    return out


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Byte ranges (nested functions among them) as sorted disjoint ones."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _within(call: BodyCall, ranges: list[tuple[int, int]]) -> bool:
    """Whether the call starts inside one of the sorted disjoint `ranges`."""
    at = call.node.start_byte
    index = bisect.bisect_right(ranges, (at, float("inf"))) - 1
    return index >= 0 and ranges[index][0] <= at < ranges[index][1]


def _forwarded_callbacks(
    model: ScriptModel, calls: list[BodyCall], file: Path, project: Project, files: set[Path]
) -> list[tuple[int, int]]:
    """The byte ranges of the functions holding some of `calls` that the body hands to a
    helper of another module that only passes them on to `step(name, fn)` (`await
    once("fetch", lambda: get(u))` with `once` defined in `f/lib/steps.py`): such a
    function is a step callback, run once and checkpointed, so what it calls (itself, or
    through a helper of the workspace) is not body code."""
    semantic = model.semantic
    if semantic is None or not calls:
        return []
    # The file's inline functions handed to such a helper, as byte ranges: one look at
    # each function, not a climb from each call (6,000 nested calls: 15 s).
    walk = model.ancestor_walk()
    starts = sorted(c.node.start_byte for c in calls)
    handed: list[tuple[int, int]] = []
    for function in model.node_index.of_kinds(semantic.syntax.functions):
        first = bisect.bisect_left(starts, function.start_byte)
        if first == len(starts) or starts[first] >= function.end_byte:
            continue  # holds none of the body's calls: nothing to take back
        if _handed_to_step(model, function, walk.nearest(function, 3), file, project, files):
            handed.append((function.start_byte, function.end_byte))
    return handed


def _handed_to_step(
    model: ScriptModel,
    function: tree_sitter.Node,
    above: list[tree_sitter.Node],
    file: Path,
    project: Project,
    files: set[Path],
) -> bool:
    """Whether an inline function (its ancestors `above`, innermost first) is an argument
    of a call to a workspace helper that only hands the parameter it lands in to `step`."""
    semantic = model.semantic
    if semantic is None or not above:
        return False
    keyword: str | None = None
    argument = function
    holder = above[0]
    rest = above[1:]
    if holder.type == "keyword_argument" and rest:
        name = holder.child_by_field_name("name")
        keyword = _node_text(name) if name is not None else None
        argument, holder, rest = holder, rest[0], rest[1:]
    if holder.type not in ("arguments", "argument_list") or not rest:
        return False
    call = rest[0]
    if call.type not in semantic.syntax.calls:
        return False
    ref = helper_of(model, call, file, project, files)
    if ref is None or "." in ref.function:
        return False
    positional = [c for c in holder.named_children if c.type != "keyword_argument"]
    position = positional.index(argument) if argument in positional else 0
    files.add(ref.file)
    from wac_lint.engine import InputError
    from wac_lint.frontends import forwards_to_step

    try:
        source = read_source(ref.file, _shown(ref.file))
    except (InputError, OSError):
        return False
    return forwards_to_step(source, ref.function, position, keyword)


# Calls whose target another module defines: a call, and a decorator of another
# module above a function the body calls (its wrapper runs at the call).
FOLLOWED = (CallKind.CALL, CallKind.NEW, CallKind.DECORATED, CallKind.PROPERTY, CallKind.HOOK)


def _call_ref(
    session: CrossFileSession,
    model: ScriptModel,
    call: BodyCall,
    file: Path,
    project: Project,
    probes: set[Path] | None,
) -> HelperRef | None:
    """The workspace function a body call reaches: `helper_of` its node, or for an
    operator (`flag in flags`, `flags[key]`) the first of the dunder methods it tries
    that the class of the instance another module built defines."""
    if call.kind != CallKind.HOOK:
        return helper_of(model, call.node, file, project, probes)
    semantic = model.semantic
    if semantic is None:
        return None
    imports: HelperImports = load(model.lang.helper_imports_target)
    if _outside_workspace(semantic, imports, call.node):
        return None
    for method in call.methods:
        ref = _member_ref(model, imports, call.node, method, file, project, probes, 0)
        if ref is None:
            return None
        if ref.alternatives or _defines(session, ref):
            return ref
    return None


def _decorated(call: BodyCall, ref: HelperRef | None) -> HelperRef | None:
    """For a decorator, the wrapper it returns (`timed()`), which is what runs."""
    if ref is None or call.kind != CallKind.DECORATED:
        return ref
    # `@retrying(3)`: the factory's product is the decorator, whose product runs
    times = 2 if call.node.type in ("call", "call_expression") else 1
    return HelperRef(ref.file, ref.function + DECORATOR_PRODUCT * times, ref.label)


def helper_of(
    model: ScriptModel,
    call: tree_sitter.Node,
    file: Path,
    project: Project,
    probes: set[Path] | None = None,
    depth: int = 0,
) -> HelperRef | None:
    """The workspace function a call reaches through an import, if any (`probes`
    receives the directories looked in)."""
    semantic = model.semantic
    if semantic is None or depth > MAX_ALIASES:
        return None
    syn = semantic.syntax
    # Both grammars name a call's callee `function`; a function handed to a call that
    # runs it (`map(get_json, urls)`, `urls.map(getJson)`) is its own callee.
    # `{ postJson }` in an object literal: the name, as a reference (see `_object_member`)
    names = syn.identifiers | {"shorthand_property_identifier"}
    reference = call.type in names or call.type == syn.attribute
    field = "constructor" if call.type in syn.new else "function"  # `new Api(url)`
    callee = call if reference else call.child_by_field_name(field)
    while callee is not None and callee.type in syn.transparent and callee.named_child_count == 1:
        callee = callee.named_children[0]
    if callee is None:
        return None
    imports: HelperImports = load(model.lang.helper_imports_target)
    if _outside_workspace(semantic, imports, callee):
        return None
    if callee.type in ("subscript", "subscript_expression") or _table_get(semantic, callee):
        return _table_member(model, imports, callee, file, project, probes)
    if callee.type in syn.calls:
        # `partial(post_json, url)(...)`, `postJson.bind(null, url)(...)`: the function
        # bound; `Notifier(url)("x")`: the `__call__` of a class imported from the workspace
        bound = _bound_function(semantic, callee)
        if bound is not None:
            return helper_of(model, bound, file, project, probes, depth + 1)
        made_by = _imported_class_of(semantic, callee)
        if made_by is not None:
            cls = made_by.imported_name or made_by.name
            return imports.member_of(str(made_by.module), cls, "__call__", file, project, probes)
        # `make_sender(url)(...)`: the function an imported function returns
        return _product(helper_of(model, callee, file, project, probes, depth + 1))
    if callee.type in names:
        binding = semantic.resolve(callee)
        if binding is None:
            return imports.of_unbound(semantic, semantic.text(callee), file, project, probes)
        loaded = _dynamic_import(semantic, binding)
        if loaded is not None and loaded[1] != "*":
            # `const { postJson } = await import("/f/lib/net.ts")`
            return imports.of_name(loaded[0], loaded[1], file, project, probes)
        held_value = binding.assigned_value
        while (
            held_value is not None
            and held_value.type in syn.transparent
            and held_value.named_child_count == 1
        ):
            held_value = held_value.named_children[0]
        if held_value is not None and (
            held_value.type in ("subscript", "subscript_expression")
            or _table_get(semantic, held_value)
        ):
            # `handler = HANDLERS[kind]`, then `handler(payload)`: the table's member
            return _table_member(model, imports, held_value, file, project, probes)
        aliased = _aliased(semantic, binding)
        if aliased is not None:
            # `send = post_json`, `post = partial(post_json, URL)`, `const send =
            # postJson.bind(null, url)`: the imported function, under another name
            return helper_of(model, aliased, file, project, probes, depth + 1)
        made = _called_value(semantic, binding)
        if made is not None:
            # `send = make_sender(url)`, then `send(...)`: the function it returns
            return _product(helper_of(model, made, file, project, probes, depth + 1))
        if binding.kind != BindingKind.IMPORT or binding.module is None:
            return None
        later = imports.star_import_after(semantic, binding, file, project, probes)
        if later is not None:
            # `from .fmt import _audit` then `from .alerts import *` whose `__all__` lists
            # `_audit`: the star import binds the name again, last
            return later
        imported = binding.imported_name or binding.name
        return imports.of_name(binding.module, imported, file, project, probes)
    if callee.type != syn.attribute:
        return None
    obj = callee.child_by_field_name(syn.attribute_object)
    attr = callee.child_by_field_name(syn.attribute_name)
    if obj is None or attr is None:
        return None
    return _member_ref(model, imports, obj, semantic.text(attr), file, project, probes, depth)


def _member_ref(
    model: ScriptModel,
    imports: HelperImports,
    obj: tree_sitter.Node,
    member: str,
    file: Path,
    project: Project,
    probes: set[Path] | None,
    depth: int,
) -> HelperRef | None:
    """The workspace function `obj.member` reaches (`crm.push`, `flags.__contains__`)."""
    semantic = model.semantic
    if semantic is None:
        return None
    syn = semantic.syntax
    if (
        obj.type == "this"
        or (obj.type in syn.identifiers and semantic.text(obj) == "self")
        or _is_super(obj)
    ):
        # `self._post(...)` / `super().send(...)` in a class whose base is imported from
        # the workspace
        return _inherited_member(semantic, imports, obj, member, file, project, probes)
    local = _local_class_member(semantic, imports, obj, member, file, project, probes)
    if local is not None:
        return local
    made_by = _imported_class_of(semantic, obj)
    if made_by is not None:
        # `crm = CrmClient()` (a class imported from the workspace), then `crm.push(...)`
        cls = made_by.imported_name or made_by.name
        return imports.member_of(str(made_by.module), cls, member, file, project, probes)
    built = _built_by_import(semantic, imports, obj, file, project, probes)
    if built is not None and built.alternatives:
        # `notifier = make_notifier(kind)` returning a `SlackNotifier` or a `QuietNotifier`:
        # the member of each (walked one by one, `_effects`)
        members = tuple(
            HelperRef(c.file, f"{c.function}.{member}", f"{c.label}.{member}")
            for c in built.alternatives
        )
        return replace(built, alternatives=members)
    if built is not None:
        # `crm = createCrm()` / `api = ApiClient.from_env()`: the class it returns
        return HelperRef(built.file, f"{built.function}.{member}", f"{built.label}.{member}")
    if obj.type in syn.identifiers:
        binding = semantic.resolve(obj)
        loaded = _dynamic_import(semantic, binding) if binding is not None else None
        if loaded is not None and loaded[1] == "*":
            # `const net = await import("/f/lib/net.ts")`, then `net.postJson(...)`
            return imports.of_name(loaded[0], member, file, project, probes)
        held = _object_member(semantic, binding, member) if binding is not None else None
        if held is not None:
            # `const HANDLERS = { postJson }`, then `HANDLERS.postJson(...)`
            return helper_of(model, held, file, project, probes, depth + 1)
        if binding is None or binding.kind != BindingKind.IMPORT or binding.module is None:
            return None
        found = imports.of_member(binding, member, file, project, probes)
        if found is not None and found.function.count(".") == 1:
            table = found.function.split(".", 1)[0]
            if registries.is_registry(found.file, table):
                # `hooks.deploy(...)` on a table another module fills: what is registered
                filled = registries.loaded_modules(model.tree.root_node, file, project, probes)
                found = replace(found, loaded=(found.file, *(m for m in filled if m != found.file)))
        return found
    dotted = semantic.qualified_name(obj)
    if dotted is not None and not dotted.startswith((".", "~")):
        found = imports.of_dotted(dotted, member, file, project, probes)
        if found is not None:
            return found
    return _member_of_module_member(semantic, imports, obj, member, file, project, probes)


def _outside_workspace(semantic: Any, imports: HelperImports, callee: tree_sitter.Node) -> bool:
    """Whether `callee` (`post`, `requests.post`, `requests.adapters.x`) names a member of
    an import whose module cannot be a workspace file: nothing to follow, known from the
    import's spelling alone. Most calls of a script are of such names, and a language
    server asks for each of them on every edit."""
    syn = semantic.syntax
    base = callee
    while base.type == syn.attribute:
        inner = base.child_by_field_name(syn.attribute_object)
        if inner is None:
            return False
        base = inner
    if base.type not in syn.identifiers:
        return False
    binding = semantic.resolve(base)
    return binding is not None and not import_may_reach(semantic, imports, binding)


def import_may_reach(semantic: Any, imports: HelperImports, binding: Binding) -> bool:
    """Whether the name `binding` imports can lead to a workspace function; False for
    a package's name (`requests`, `windmill-client`), known from the import's spelling.
    A rule that walks every call asks this before `helper_of`. True for a binding that
    is not an import."""
    if binding.kind != BindingKind.IMPORT:
        return True
    # Python's `import f.lib.helpers` binds `f` with no module: its target names the root
    module = binding.module if binding.module is not None else binding.target
    return module is None or imports.may_reach(semantic, module)


def workspace_import_names(model: ScriptModel) -> frozenset[str]:
    """The names the file's imports bind that may lead to a workspace function (see
    `import_may_reach`): a rule that resolves the base of every call skips the others
    by their spelling. Empty for most scripts, which import only packages."""
    semantic = model.semantic
    if semantic is None:
        return frozenset()
    imports: HelperImports = load(model.lang.helper_imports_target)
    return frozenset(
        b.name for b in semantic.import_bindings() if import_may_reach(semantic, imports, b)
    )


def may_reach(model: ScriptModel, binding: Binding) -> bool:
    """`import_may_reach` in the language of `model`."""
    if model.semantic is None:
        return False
    imports: HelperImports = load(model.lang.helper_imports_target)
    return import_may_reach(model.semantic, imports, binding)


MAX_ALIASES = 8  # `a = b`, `b = partial(c)`...: followed this far, never in a circle


def _product(ref: HelperRef | None) -> HelperRef | None:
    """What calling the result of `ref` runs: the function `ref` returns (walked as
    `name()`); None for a member (`Api.build`), whose product is not read."""
    if ref is None or "." in ref.function or ref.function.endswith(DECORATOR_PRODUCT):
        return None
    return HelperRef(ref.file, ref.function + DECORATOR_PRODUCT, ref.label)


def _called_value(semantic: Any, binding: Binding) -> tree_sitter.Node | None:
    """The call a name is bound to once, whole (`send = make_sender(url)`, also
    awaited), that binds no function by itself (not `partial(f)`, see `_aliased`)."""
    value = binding.assigned_value
    syn = semantic.syntax
    while value is not None and (
        (value.type in syn.transparent or value.type in syn.awaits) and value.named_children
    ):
        value = value.named_children[-1]
    if value is None or value.type not in syn.calls or _bound_function(semantic, value):
        return None
    return value


def _aliased(semantic: Any, binding: Binding) -> tree_sitter.Node | None:
    """The function a name is bound to once, whole, when that is another name or
    attribute (`send = post_json`), or one bound by `partial(f, ...)` / `f.bind(...)`."""
    value = binding.assigned_value
    syn = semantic.syntax
    while value is not None and value.type in syn.transparent and value.named_child_count == 1:
        value = value.named_children[0]
    if value is None:
        return None
    if value.type in syn.identifiers or value.type == syn.attribute:
        return value
    if value.type in syn.calls:
        return _bound_function(semantic, value)
    return None


def _bound_function(semantic: Any, call: tree_sitter.Node) -> tree_sitter.Node | None:
    """`partial(f, ...)` / `functools.partial(f, ...)` / `f.bind(...)`: `f`."""
    syn = semantic.syntax
    function = call.child_by_field_name("function")
    if function is None:
        return None
    if function.type == "member_expression":  # JavaScript's `Function.prototype.bind`
        name = function.child_by_field_name(syn.attribute_name)
        bound = function.child_by_field_name(syn.attribute_object)
        if name is not None and semantic.text(name) == "bind" and bound is not None:
            return bound if bound.type in syn.identifiers or bound.type == syn.attribute else None
    if semantic.qualified_name(function) != "functools.partial":
        return None
    arguments = call.child_by_field_name("arguments")
    first = (
        arguments.named_children[0] if arguments is not None and arguments.named_children else None
    )
    if first is not None and (first.type in syn.identifiers or first.type == syn.attribute):
        return first
    return None


def _object_member(semantic: Any, binding: Binding, member: str) -> tree_sitter.Node | None:
    """The name an object literal bound once holds under `member` (`{ postJson }`,
    `{ send: postJson }`), when it is a name or attribute: the function it refers to."""
    value = binding.assigned_value
    if value is None or value.type != "object":
        return None
    syn = semantic.syntax
    for entry in value.named_children:
        if entry.type == "shorthand_property_identifier" and semantic.text(entry) == member:
            return entry
        if entry.type != "pair":
            continue
        key = entry.child_by_field_name("key")
        held = entry.child_by_field_name("value")
        if key is None or held is None or semantic.text(key).strip("\"'") != member:
            continue
        return held if held.type in syn.identifiers or held.type == syn.attribute else None
    return None


def dynamically_imported(semantic: Any, binding: Binding) -> bool:
    """A name bound once to what `await import("<specifier>")` (or Python's
    `importlib.import_module(...)`) gives, or to one export destructured from it."""
    return _dynamic_import(semantic, binding) is not None


def _dynamic_import(semantic: Any, binding: Binding) -> tuple[str, str] | None:
    """(specifier, name) of a name bound once to what `await import("<specifier>")`
    gives: the module (`*`) or one export destructured from it (`{ postJson }`)."""
    if binding.kind != BindingKind.ASSIGNMENT or binding.rebound or len(binding.member) > 1:
        return None
    value: tree_sitter.Node | None = binding.value
    while value is not None and value.type in semantic.syntax.awaits and value.named_children:
        value = value.named_children[-1]
    if value is not None and value.type == "call" and not binding.member:
        return _import_module_call(semantic, value)
    if value is not None and value.type in semantic.syntax.identifiers:
        # `const { postJson } = net` where `import * as net from "/f/lib/net.ts"`
        held = semantic.resolve(value)
        if (
            held is not None
            and held.kind == BindingKind.IMPORT
            and held.imported_name == "*"
            and held.module is not None
        ):
            return held.module, binding.member[0] if binding.member else "*"
        return None
    if value is None or value.type != "call_expression":
        return None
    function = value.child_by_field_name("function")
    arguments = value.child_by_field_name("arguments")
    if function is None or function.type != "import" or arguments is None:
        return None
    first = arguments.named_children[0] if arguments.named_children else None
    if first is None or first.type != "string":
        return None
    specifier = semantic.text(first)[1:-1]
    return specifier, binding.member[0] if binding.member else "*"


def _import_module_call(semantic: Any, call: tree_sitter.Node) -> tuple[str, str] | None:
    """Python's `importlib.import_module("f.lib.notify")` (or of a module-level name
    bound once to that string): the module it returns, as an `import ... as` would."""
    function = call.child_by_field_name("function")
    arguments = call.child_by_field_name("arguments")
    if function is None or arguments is None or len(arguments.named_children) != 1:
        return None
    if semantic.qualified_name(function) != "importlib.import_module":
        return None  # with a `package` argument the name is relative to it: not read
    first = arguments.named_children[0]
    if first.type in semantic.syntax.identifiers:
        held = semantic.resolve(first)
        if held is None or held.kind != BindingKind.ASSIGNMENT or held.rebound:
            return None
        first = held.assigned_value
    if first is None or first.type != "string" or not _plain_string(first):
        return None
    dotted = semantic.text(first)[1:-1]
    if not dotted or dotted.startswith("."):
        return None
    return dotted, "*"


def _plain_string(node: tree_sitter.Node) -> bool:
    """A string literal with no interpolation and no prefix (`"f.lib.x"`, not `f"..."`)."""
    return (
        node.type == "string"
        and all(c.type in ("string_start", "string_content", "string_end") for c in node.children)
        and node.text is not None
        and node.text[:1] in (b'"', b"'")
    )


def _member_of_module_member(
    semantic: Any,
    imports: HelperImports,
    obj: tree_sitter.Node,
    member: str,
    file: Path,
    project: Project,
    probes: set[Path] | None,
) -> HelperRef | None:
    """`tools.utils.now(...)` / `t2.Clock.now(...)`: a member of a class or object that a
    module imported whole (`import * as tools`, `import f.lib.tools2 as t2`) defines."""
    syn = semantic.syntax
    if obj.type != syn.attribute:
        return None
    module = obj.child_by_field_name(syn.attribute_object)
    owner = obj.child_by_field_name(syn.attribute_name)
    if module is None or owner is None or module.type not in syn.identifiers:
        return None
    binding = semantic.resolve(module)
    if binding is None or binding.kind != BindingKind.IMPORT or binding.module is None:
        return None
    return imports.of_member(binding, f"{semantic.text(owner)}.{member}", file, project, probes)


def _table_member(
    model: ScriptModel,
    imports: HelperImports,
    callee: tree_sitter.Node,
    file: Path,
    project: Project,
    probes: set[Path] | None,
) -> HelperRef | None:
    """`API["post"](...)`: the member `post` of the object `API` imported from the
    workspace; `HANDLERS[kind](...)` with a computed key: every function member of
    the table (`HANDLERS.*`, walked member by member). A table filled by registration
    (`@register("slack")` in another module) also holds what the modules this script
    loads register in it (`HelperRef.loaded`)."""
    semantic = model.semantic
    if semantic is None:
        return None
    getter = _table_get(semantic, callee)
    obj: tree_sitter.Node | None
    index: tree_sitter.Node | None
    found: HelperRef | None
    if getter is not None:  # `REFUNDS.get(method)(...)`
        obj, index = getter
    else:
        obj = callee.child_by_field_name("value") or callee.child_by_field_name("object")
        index = callee.child_by_field_name("subscript") or callee.child_by_field_name("index")
    if obj is None or index is None:
        return None
    literal = index.type == "string" and "${" not in semantic.text(index)
    member = semantic.text(index).strip("\"'`") if literal else "*"
    if obj.type == semantic.syntax.attribute:
        # `billing.API["post"]` with `import f.lib.api as billing`: the module's table
        module = obj.child_by_field_name(semantic.syntax.attribute_object)
        table = obj.child_by_field_name(semantic.syntax.attribute_name)
        held = semantic.resolve(module) if module is not None else None
        if held is None or table is None or held.kind != BindingKind.IMPORT or not held.module:
            return None
        owner = imports.of_member(held, semantic.text(table), file, project, probes)
        if owner is None:
            return None
        found = HelperRef(owner.file, f"{owner.function}.{member}", f"{owner.label}.{member}")
    else:
        if obj.type not in semantic.syntax.identifiers:
            return None
        binding = semantic.resolve(obj)
        if binding is None or binding.kind != BindingKind.IMPORT or binding.module is None:
            return None
        imported = binding.imported_name or binding.name
        if imported == "*" or imported == binding.module:  # a namespace / whole module
            return None
        found = imports.member_of(binding.module, imported, member, file, project, probes)
    if found is None:
        return None
    table_name = found.function.split(".", 1)[0]
    if registries.is_registry(found.file, table_name):
        loaded = registries.loaded_modules(model.tree.root_node, file, project, probes)
        found = replace(found, loaded=(found.file, *(m for m in loaded if m != found.file)))
    if literal:
        return found
    return replace(found, label=f"{found.label.removesuffix('.*')}[{semantic.text(index)}]")


CLASS_NODES = ("class_definition", "class_declaration", "class", "abstract_class_declaration")


def _inherited_member(
    semantic: Any,
    imports: HelperImports,
    receiver: tree_sitter.Node,
    member: str,
    file: Path,
    project: Project,
    probes: set[Path] | None,
) -> HelperRef | None:
    """`self.m(...)` / `this.m(...)` where the enclosing class does not define `m` but a
    base class imported from another workspace script does (the file's own bases are
    the front-end's); `super().m(...)` / `super.m(...)`: the base's `m` even when the
    class defines its own. Either runs with the class's methods as its overrides."""
    # the ancestors of one descent: `Node.parent` costs the depth (a fuzzed file with
    # a method call under thousands of nested brackets: 16 s)
    cls = next((n for n in ancestors(semantic.root, receiver) if n.type in CLASS_NODES), None)
    if cls is None:
        return None
    own_first = not _is_super(receiver)
    return _base_member(semantic, imports, cls, member, file, project, probes, own_first)


def _is_super(node: tree_sitter.Node) -> bool:
    """`super` (TypeScript) or `super()` (Python)."""
    if node.type == "super":
        return True
    if node.type != "call":
        return False
    function = node.child_by_field_name("function")
    return function is not None and _node_text(function) == "super"


def _base_member(
    semantic: Any,
    imports: HelperImports,
    cls: tree_sitter.Node,
    member: str,
    file: Path,
    project: Project,
    probes: set[Path] | None,
    own_first: bool,
) -> HelperRef | None:
    """`member` of the first base of the file's class `cls` imported from another
    workspace script that has it (None when `own_first` and `cls` defines it: the
    front-end walks its own method), with `cls`'s methods as the overrides its
    `self.m()` calls run."""
    body = cls.child_by_field_name("body")
    name_node = cls.child_by_field_name("name")
    if body is None or name_node is None:
        return None
    owner = semantic.text(name_node)
    own: list[str] = []
    for item in body.named_children:
        method = (
            item.child_by_field_name("definition") if item.type == "decorated_definition" else item
        )
        name = method.child_by_field_name("name") if method is not None else None
        if name is not None and method is not None and method.type in METHOD_NODES:
            own.append(semantic.text(name))
    if own_first and member in own:
        return None  # its own method
    label = f"{_module_label(file, project)}.{owner}"
    overrides = tuple((name, HelperRef(file, f"{owner}.{name}", f"{label}.{name}")) for name in own)
    for base in _class_bases(cls):
        if base.type not in semantic.syntax.identifiers:
            continue
        binding = semantic.resolve(base)
        if binding is None or binding.kind != BindingKind.IMPORT or binding.module is None:
            continue
        imported = binding.imported_name or binding.name
        found = imports.member_of(binding.module, imported, member, file, project, probes)
        if found is not None:
            return replace(found, overrides=overrides) if overrides else found
    return None


METHOD_NODES = ("function_definition", "method_definition")


def _table_get(
    semantic: Any, callee: tree_sitter.Node
) -> tuple[tree_sitter.Node | None, tree_sitter.Node] | None:
    """`X.get(key)` as a callee: (X, key)."""
    syn = semantic.syntax
    if callee.type not in syn.calls:
        return None
    inner = callee.child_by_field_name("function")
    args = callee.child_by_field_name("arguments")
    if inner is None or inner.type != syn.attribute or args is None:
        return None
    name = inner.child_by_field_name(syn.attribute_name)
    values = [a for a in args.named_children if a.type not in ("comment", "keyword_argument")]
    if name is None or semantic.text(name) != "get" or not values:
        return None
    return inner.child_by_field_name(syn.attribute_object), values[0]


def _table_members(source: Any, owner: str) -> list[str]:
    """The keys of the object / dict literal a module-level name `owner` is bound to
    (`const handlers = { refund: ..., noop: ... }`, `HANDLERS = {"refund": ...}`)."""
    return [key for key, _ in _table_entries(source, owner)]


def _table_entries(source: Any, owner: str) -> list[tuple[str, str | None]]:
    """The keys of `_table_members`, each with the name its value is when it is one
    (`{"slack": SlackNotifier}`, `{ refund }`), else None."""
    from wac_lint.parsing import parse

    root = parse(source).root_node
    for stmt in root.named_children:
        for name, value in registries.assignments(stmt):
            if name is None or value is None or _node_text(name) != owner:
                continue
            if value.type not in ("object", "dictionary"):
                return []
            keys: list[tuple[str, str | None]] = []
            for entry in value.named_children:
                if entry.type == "shorthand_property_identifier":
                    keys.append((_node_text(entry), _node_text(entry)))
                    continue
                key = entry.child_by_field_name("key" if entry.type == "pair" else "name")
                held = entry.child_by_field_name("value")
                if key is not None and key.type in (
                    "string",
                    "property_identifier",
                    "identifier",
                ):
                    named = (
                        _node_text(held) if held is not None and held.type == "identifier" else None
                    )
                    keys.append((_node_text(key).strip("\"'`"), named))
            return keys
    return []


class HelperImports:
    """How one language's imports name a function of another workspace script."""

    def may_reach(self, semantic: Any, module: str) -> bool:
        """Whether a name imported from `module` can lead to a workspace function."""
        return True

    def of_unbound(
        self, semantic: Any, name: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        """`f(...)` where nothing in the file binds `f`."""
        return None

    def of_name(
        self, module: str, imported: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        """`f(...)` where `f` is imported (`imported`: the name as `module` spells it)."""
        raise NotImplementedError

    def star_import_after(
        self,
        semantic: Any,
        binding: Binding,
        file: Path,
        project: Project,
        probes: set[Path] | None,
    ) -> HelperRef | None:
        """The function a star import after the module-level `binding` binds to its
        name instead, when that module exports the name."""
        return None

    def owner(
        self, module: str, imported: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        """The class or object `imported` of `module`, whose members a call reaches."""
        raise NotImplementedError

    def member_of(
        self,
        module: str,
        imported: str,
        member: str,
        file: Path,
        project: Project,
        probes: set[Path] | None,
    ) -> HelperRef | None:
        """`Owner.m(...)` / `Owner().m(...)`: a member of a class or object `module` exports."""
        owner = self.owner(module, imported, file, project, probes)
        if owner is None:
            return None
        return HelperRef(owner.file, f"{imported}.{member}", f"{owner.label}.{member}")

    def of_member(
        self, binding: Binding, member: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        """`m.f(...)` where `m` is the import `binding` (whose module is known)."""
        raise NotImplementedError

    def of_dotted(
        self, dotted: str, member: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        """`a.b.f(...)` where `a.b` qualifies as the module `dotted`."""
        return None


class PythonHelperImports(HelperImports):
    def may_reach(self, semantic: Any, module: str) -> bool:
        # a later `from f.lib.alerts import *` may bind the name again (`star_import_after`)
        return bool(semantic.module.star_imports) or python_may_reach(module)

    def of_unbound(
        self, semantic: Any, name: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        if not semantic.module.star_imports or name in semantic.syntax.builtins:
            return None
        # `from f.lib.helpers import *` then `notify(...)`: the last star import that
        # exports the name wins, as at run time; else the last one that resolves
        fallback = None
        for module in reversed(semantic.module.star_imports):
            found = _python_ref(module, name, None, file, project, probes)
            if found is None:
                continue
            if _star_exports(found.file, name, probes):
                return found
            fallback = fallback or found
        return fallback

    def of_name(
        self, module: str, imported: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        return _python_ref(module, imported, None, file, project, probes)

    def star_import_after(
        self,
        semantic: Any,
        binding: Binding,
        file: Path,
        project: Project,
        probes: set[Path] | None,
    ) -> HelperRef | None:
        if not semantic.module.star_imports or binding.scope is not semantic.module:
            return None
        root = binding.node
        while root.parent is not None:
            root = root.parent
        later: list[str] = []
        for statement in root.named_children:
            if statement.start_byte <= binding.node.start_byte:
                continue
            source = statement.child_by_field_name("module_name")
            if statement.type == "import_from_statement" and source is not None:
                if any(c.type == "wildcard_import" for c in statement.children):
                    later.append(_node_text(source))
        for dotted in reversed(later):
            found = _python_ref(dotted, binding.name, None, file, project, probes)
            if found is not None and _star_exports(found.file, binding.name, probes):
                return found
        return None

    def owner(
        self, module: str, imported: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        return _python_ref(module, imported, None, file, project, probes)

    def of_member(
        self, binding: Binding, member: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        assert binding.module is not None
        imported = binding.imported_name or binding.name
        found = _python_ref(binding.module, imported, member, file, project, probes)
        if found is not None or imported == binding.module:
            return found
        # `Webhooks.send(...)`: a static method of a class imported by name; `client.get(...)`:
        # a method of the module-level instance `client = ApiClient(...)` imported by name
        return self.member_of(binding.module, imported, member, file, project, probes)

    def of_dotted(
        self, dotted: str, member: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        # `import f.lib.helpers` then `f.lib.helpers.notify(...)`
        found = _python_ref(dotted, None, member, file, project, probes)
        module, _, owner = dotted.rpartition(".")
        if found is not None or not module:
            return found
        # `f.lib.helpers.Api.fetch(...)`: a member of a class or object of the module
        return _python_ref(module, None, f"{owner}.{member}", file, project, probes)


class TypeScriptHelperImports(HelperImports):
    def may_reach(self, semantic: Any, module: str) -> bool:
        return typescript_may_reach(module)

    def of_name(
        self, module: str, imported: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        if imported == "*":
            return None  # calling a namespace: not followed
        # a default export is walked under the name `default` (see walk_helper)
        return _typescript_ref(module, imported, file, project, probes)

    def owner(
        self, module: str, imported: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        if imported == "*":
            return None
        # `export default { ... }`: its members are walked as `default.<member>`
        return _typescript_ref(module, imported, file, project, probes)

    def of_member(
        self, binding: Binding, member: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        assert binding.module is not None
        if binding.imported_name == "*":
            return _typescript_ref(binding.module, member, file, project, probes)
        imported = binding.imported_name or binding.name
        # `api.post(...)`: a function of an object literal exported by name
        return self.member_of(binding.module, imported, member, file, project, probes)


PYTHON_IMPORTS = PythonHelperImports()
TYPESCRIPT_IMPORTS = TypeScriptHelperImports()


def _imported_class_of(semantic: Any, obj: tree_sitter.Node) -> Any:
    """The import binding of the class an object was built from: `CrmClient()` /
    `new CrmClient()` itself, or a name assigned once to one; None otherwise."""
    made_by = _class_binding_of(semantic, obj)
    if made_by is None or made_by.kind != BindingKind.IMPORT or made_by.module is None:
        return None
    name = made_by.imported_name or made_by.name
    if not name[:1].isupper():
        return None  # a factory function's result: what it returns is not known
    return made_by


def _built_by_dotted(
    semantic: Any,
    imports: HelperImports,
    value: tree_sitter.Node,
    callee: tree_sitter.Node | None,
    file: Path,
    project: Project,
    probes: set[Path] | None,
) -> HelperRef | None:
    """`f.lib.clock.Clock(...)` under `import f.lib.clock`: the class it builds."""
    dotted = semantic.qualified_name(callee) if callee is not None else None
    module, _, name = (dotted or "").rpartition(".")
    if not module or not name[:1].isupper():
        return None
    ref = imports.of_dotted(module, name, file, project, probes)
    if ref is None or "." in ref.function:
        return None
    built = _picked(semantic, value, _returned_classes(ref.file, name, None))
    if len(built) != 1 or built[0].startswith((TABLE, IMPORTED)):
        return None
    return HelperRef(ref.file, built[0], f"{_module_label(ref.file, project)}.{built[0]}")


def _local_class_member(
    semantic: Any,
    imports: HelperImports,
    obj: tree_sitter.Node,
    member: str,
    file: Path,
    project: Project,
    probes: set[Path] | None,
) -> HelperRef | None:
    """`TaggedCrm(url).push()` (or of a name assigned once to one) where the file's own
    class `TaggedCrm` does not define `push` but inherits it from a class imported from
    the workspace: that method, with `TaggedCrm`'s methods as its overrides."""
    made_by = _class_binding_of(semantic, obj)
    cls = made_by.value if made_by is not None and made_by.kind == BindingKind.CLASS else None
    if cls is None or cls.type not in CLASS_NODES:
        return None
    return _base_member(semantic, imports, cls, member, file, project, probes, own_first=True)


def _class_binding_of(semantic: Any, obj: tree_sitter.Node) -> Any:
    """The binding of the name an object was built from with `C(...)` / `new C(...)`
    (itself, or a name assigned once to it), whatever that name is bound to."""
    syn = semantic.syntax
    value: tree_sitter.Node | None = obj
    if obj.type in syn.identifiers:
        binding = semantic.resolve(obj)
        value = binding.assigned_value if binding is not None else None
        if value is None:
            return None
    while value is not None and value.type in syn.awaits and value.named_children:
        value = value.named_children[-1]
    if value is None or not (value.type in syn.calls or value.type in syn.new):
        return None
    ctor = value.child_by_field_name("constructor" if value.type in syn.new else "function")
    if ctor is not None and ctor.type == syn.attribute and value.type in syn.calls:
        return _resolved_service(semantic, value, ctor)
    if ctor is None or ctor.type not in syn.identifiers:
        return None
    return semantic.resolve(ctor)


# A dependency-injection container's lookup: `container.resolve(SlackNotifier)` (punq,
# lagom, tsyringe), `injector.get(Mailer)` / `container.get<Mailer>(TOKEN)` (injector,
# inversify) hands back an instance of the class it is given or typed with.
SERVICE_LOOKUPS = frozenset({"resolve", "get", "get_instance", "getInstance"})


def _resolved_service(semantic: Any, call: tree_sitter.Node, callee: tree_sitter.Node) -> Any:
    """The binding of the class a container lookup (`SERVICE_LOOKUPS`) is given as its one argument
    (`resolve(SlackNotifier)`) or, in TypeScript, as its one type argument
    (`resolve<WarehouseClient>("warehouse")`): the name the result was built from. Only a
    name bound to a class (a capitalised import, or a class of the file) counts, so a
    mapping's `get(key)` is not read as one."""
    syn = semantic.syntax
    attr = callee.child_by_field_name(syn.attribute_name)
    if attr is None or semantic.text(attr) not in SERVICE_LOOKUPS:
        return None
    named: tree_sitter.Node | None = None
    types = call.child_by_field_name("type_arguments")
    if types is not None and len(types.named_children) == 1:
        named = types.named_children[0]  # `resolve<WarehouseClient>(...)`
    else:
        args = call.child_by_field_name("arguments")
        given = [a for a in args.named_children if a.type != "comment"] if args else []
        if len(given) == 1:
            named = given[0]
    if named is None or named.type not in (*syn.identifiers, "type_identifier"):
        return None
    if not semantic.text(named)[:1].isupper():
        return None
    binding = semantic.lookup(semantic.text(named), semantic.scope_at(named))
    if binding is None or binding.kind not in (BindingKind.IMPORT, BindingKind.CLASS):
        return None
    return binding


# Suffix naming, to `_library_call`, what a `@contextmanager` function yields.
YIELDED = "<yield>"


def _python_context_function(
    semantic: Any,
    imports: HelperImports,
    value: tree_sitter.Node,
    file: Path,
    project: Project,
    probes: set[Path] | None,
) -> HelperRef | None:
    """`open_session(token)` in a `with`, where `open_session` is imported from another
    workspace module: a ref to what it yields (`open_session<yield>`)."""
    if value.type != "call":
        return None
    callee = value.child_by_field_name("function")
    if callee is None or callee.type not in semantic.syntax.identifiers:
        return None
    binding = semantic.resolve(callee)
    if binding is None or binding.kind != BindingKind.IMPORT or binding.module is None:
        return None
    name = binding.imported_name or binding.name
    ref = imports.of_name(binding.module, name, file, project, probes)
    if ref is None:
        return None
    return replace(ref, function=f"{ref.function}{YIELDED}", label=f"{ref.label}()")


@lru_cache(maxsize=1024)
def _yielded_value(file: str, digest: str, function: str) -> str | None:
    """The library object a module's `@contextmanager` function yields, when it yields
    one name assigned once to a library call (`session = requests.Session()`)."""
    semantic = _module_semantic(file, digest)
    if semantic is None:
        return None
    binding = semantic.lookup(function, semantic.module)
    fn = binding.value if binding is not None and binding.kind == BindingKind.FUNCTION else None
    decorated = fn.parent if fn is not None else None
    if fn is None or decorated is None or decorated.type != "decorated_definition":
        return None
    if not any(
        _node_text(d).lstrip("@").strip().rsplit(".", 1)[-1]
        in ("contextmanager", "asynccontextmanager")
        for d in decorated.named_children
        if d.type == "decorator"
    ):
        return None
    yields: list[tree_sitter.Node] = []
    stack = [fn.child_by_field_name("body")]
    while stack:
        node = stack.pop()
        if node is None or node.type in ("function_definition", "lambda", "class_definition"):
            continue
        if node.type == "yield":
            yields.append(node)
        stack.extend(node.named_children)
    if len(yields) != 1 or not yields[0].named_children:
        return None
    held = yields[0].named_children[0]
    if held.type != "identifier":
        return None
    found = semantic.resolve(held)
    value = found.assigned_value if found is not None else None
    qualified = semantic.qualified_name(value) if value is not None else None
    if not qualified or qualified.startswith((".", "~", "/", "f.", "u.")):
        return None
    return str(qualified)


def _built_by_import(
    semantic: Any,
    imports: HelperImports,
    obj: tree_sitter.Node,
    file: Path,
    project: Project,
    probes: set[Path] | None,
) -> HelperRef | None:
    """The class of another workspace module an object is an instance of, when a
    function or class method imported from there builds it: `crm = createCrm()`,
    `api = ApiClient.from_env()` (a classmethod returning `cls(...)`), `with
    ApiClient(...) as api` (its `__enter__` returning `self`). The ref names the class."""
    syn = semantic.syntax
    value: tree_sitter.Node | None = obj
    if obj.type in syn.identifiers:
        binding = semantic.resolve(obj)
        if binding is None or binding.rebound or binding.member:
            return None
        value = binding.value if binding.kind == BindingKind.CONTEXT else binding.assigned_value
        if binding.kind == BindingKind.CONTEXT and value is not None:
            while value.type in syn.awaits and value.named_children:
                value = value.named_children[-1]
            cls = _imported_class_of(semantic, value)
            if cls is None:
                # `with open_session(token) as s`: a `@contextmanager` function another
                # module defines; `s` is what it yields (see `_library_call`)
                made = _python_context_function(semantic, imports, value, file, project, probes)
                return made
            owner = imports.owner(
                str(cls.module), cls.imported_name or cls.name, file, project, probes
            )
            name = cls.imported_name or cls.name
            if owner is None or _returned_class(owner.file, "__enter__", name) != name:
                return None
            return replace(owner, function=name, label=owner.label)
    while value is not None and value.type in syn.awaits and value.named_children:
        value = value.named_children[-1]
    if value is None or not (value.type in syn.calls or value.type in syn.new):
        return None
    is_new = value.type in syn.new
    callee = value.child_by_field_name("constructor" if is_new else "function")
    if callee is not None and callee.type == syn.attribute and not is_new:
        service = _resolved_service(semantic, value, callee)
        if service is not None and service.kind == BindingKind.IMPORT and service.module:
            # `notifier = container.resolve(SlackNotifier)`: an instance of that class
            name = service.imported_name or service.name
            owner = imports.owner(str(service.module), name, file, project, probes)
            return replace(owner, function=name) if owner is not None else None
    names: list[str] = []
    written = callee
    while callee is not None and callee.type == syn.attribute:
        attr = callee.child_by_field_name(syn.attribute_name)
        if attr is None:
            return None
        names.insert(0, semantic.text(attr))
        callee = callee.child_by_field_name(syn.attribute_object)
    if callee is not None and callee.type in syn.identifiers and len(names) >= 2:
        root = semantic.resolve(callee)
        if root is not None and root.kind == BindingKind.IMPORT and root.module is None:
            # `import f.lib.clock` then `f.lib.clock.Clock()`: a class of the module the
            # dotted path names (Python binds its first part)
            return _built_by_dotted(semantic, imports, value, written, file, project, probes)
    if (
        callee is not None
        and not names
        and not is_new
        and (callee.type in ("subscript", "subscript_expression") or _table_get(semantic, callee))
    ):
        # `NOTIFIERS[kind]()`: a class of an imported table of classes
        return _built_from_table(semantic, imports, callee, file, project, probes)
    if callee is None or callee.type not in syn.identifiers or len(names) > 2:
        return None
    binding = semantic.resolve(callee)
    if binding is None or binding.kind != BindingKind.IMPORT or binding.module is None:
        return None
    imported = binding.imported_name or binding.name
    ref: HelperRef | None
    built: tuple[str, ...] = ()
    if not names:
        # `createCrm()`: a function imported from the workspace
        if is_new:
            return None  # `new CrmClient()`: the class itself (`_imported_class_of`)
        ref = imports.of_name(binding.module, imported, file, project, probes)
        built = _returned_classes(ref.file, imported, None) if ref is not None else ()
    elif len(names) == 2:
        # `api.Session.from_env()`: a class method of a class of a module imported whole
        ref = imports.of_member(binding, ".".join(names), file, project, probes)
        built = _returned_classes(ref.file, names[1], names[0]) if ref is not None else ()
    else:
        ref = imports.of_member(binding, names[0], file, project, probes)
        if ref is not None and "." not in ref.function:
            # `api.make_client(...)`, `new crm.Contacts()`: of a module imported whole
            built = _returned_classes(ref.file, names[0], None)
        elif imported in ("*", binding.module):
            return None
        else:
            # `ApiClient.from_env()`: a class method of a class imported from the workspace
            ref = imports.owner(binding.module, imported, file, project, probes)
            built = _returned_classes(ref.file, names[0], imported) if ref else ()
    if ref is None or not built:
        return None
    built = _picked(semantic, value, built)
    classes: list[HelperRef] = []
    for cls in built:
        if cls.startswith(TABLE):
            # `cls = NOTIFIERS[kind]; return cls()`: a class of a table the factory's
            # module binds or imports
            looked_up = _factory_table(ref.file, cls.removeprefix(TABLE), imports, project, probes)
            if looked_up is None:
                return None
            classes.extend(looked_up.alternatives or (looked_up,))
            continue
        if cls.startswith(IMPORTED):
            # `return new Mailer(url)` where that module imports `Mailer` from a third one
            found = _imported_by(ref.file, cls.removeprefix(IMPORTED), imports, project, probes)
            if found is None:
                return None  # one of the classes is not known: nor is what runs
            classes.append(found)
        else:
            classes.append(HelperRef(ref.file, cls, f"{_module_label(ref.file, project)}.{cls}"))
    if len(classes) == 1:
        return classes[0]
    # A factory returning one of several classes: any of them may be what runs. The ref
    # names the factory; its alternatives are the classes.
    return HelperRef(ref.file, ref.function, ref.label, alternatives=tuple(classes))


def _built_from_table(
    semantic: Any,
    imports: HelperImports,
    callee: tree_sitter.Node,
    file: Path,
    project: Project,
    probes: set[Path] | None,
) -> HelperRef | None:
    """`NOTIFIERS[kind]()` / `NOTIFIERS.get("slack")()` where another module binds
    `NOTIFIERS = {"slack": SlackNotifier, ...}`: the class under a literal key, or any
    of them for a computed one (`HelperRef.alternatives`). None unless every value
    considered names a class that module defines or imports."""

    getter = _table_get(semantic, callee)
    obj: tree_sitter.Node | None
    index: tree_sitter.Node | None
    if getter is not None:
        obj, index = getter
    else:
        obj = callee.child_by_field_name("value") or callee.child_by_field_name("object")
        index = callee.child_by_field_name("subscript") or callee.child_by_field_name("index")
    if obj is None or index is None or obj.type not in semantic.syntax.identifiers:
        return None
    binding = semantic.resolve(obj)
    if binding is None or binding.kind != BindingKind.IMPORT or binding.module is None:
        return None
    imported = binding.imported_name or binding.name
    owner = imports.owner(binding.module, imported, file, project, probes)
    if owner is None:
        return None
    literal = index.type == "string" and "${" not in semantic.text(index)
    key = semantic.text(index).strip("\"'`") if literal else None
    return _table_classes(owner.file, imported, key, semantic.text(index), imports, project, probes)


def _factory_table(
    module: Path, lookup: str, imports: HelperImports, project: Project, probes: set[Path] | None
) -> HelperRef | None:
    """`TABLE` + `NOTIFIERS` or `NOTIFIERS:slack` (`_returned_classes_in`): the classes
    of that table, which `module` defines or imports from another workspace module."""
    from wac_lint.engine import InputError
    from wac_lint.frontends import module_model

    table, _, key = lookup.partition(":")
    shown = f"[{key!r}]" if key else "[...]"
    try:
        source = read_source(module, _shown(module))
        if _table_entries(source, table):
            return _table_classes(module, table, key or None, shown, imports, project, probes)
        semantic = module_model(source).semantic
    except (InputError, OSError, RecursionError):
        return None
    origin = _import_origin(semantic, table, module, imports, project, probes)
    if origin is None:
        return None
    return _table_classes(*origin, key or None, shown, imports, project, probes)


def _table_classes(
    module: Path,
    table: str,
    key: str | None,
    index: str,
    imports: HelperImports,
    project: Project,
    probes: set[Path] | None,
) -> HelperRef | None:
    """The class the module-level table of classes `table` of `module` holds under `key`
    (any of them when None): one ref, or one whose alternatives are the classes."""
    from wac_lint.engine import InputError

    try:
        source = read_source(module, _shown(module))
    except (InputError, OSError):
        return None
    values = [v for k, v in _table_entries(source, table) if key is None or k == key]
    if not values or None in values:
        return None
    classes: list[HelperRef] = []
    label = _module_label(module, project)
    digest = _DEFAULT_SESSION.digest(module)
    for value in dict.fromkeys(v for v in values if v is not None):
        if digest is not None and _defines_class(str(module), digest, value):
            classes.append(HelperRef(module, value, f"{label}.{value}"))
            continue
        found = _imported_by(module, value, imports, project, probes)
        if found is None:
            return None
        classes.append(found)
    if probes is not None:
        probes.add(module)
    if len(classes) == 1:
        return classes[0]
    return HelperRef(module, table, f"{label}.{table}[{index}]", alternatives=tuple(classes))


def _imported_by(
    module: Path, name: str, imports: HelperImports, project: Project, probes: set[Path] | None
) -> HelperRef | None:
    """The class `name` that `module` imports from another module of the workspace."""
    from wac_lint.engine import InputError
    from wac_lint.frontends import module_model

    try:
        semantic = module_model(read_source(module, _shown(module))).semantic
    except (InputError, RecursionError):
        return None
    origin = _import_origin(semantic, name, module, imports, project, probes)
    if origin is None:
        return None
    if probes is not None:
        probes.add(module)
    file, imported = origin
    return HelperRef(file, imported, f"{_module_label(file, project)}.{imported}")


def _import_origin(
    semantic: SemanticModel | None,
    name: str,
    module: Path,
    imports: HelperImports,
    project: Project,
    probes: set[Path] | None,
) -> tuple[Path, str] | None:
    """The workspace file `name` is imported from at `module`'s top level, and its name
    there (`from f.common.notify import SLACK as S`: the file of `f/common/notify`, `SLACK`)."""
    binding = semantic.lookup(name, semantic.module) if semantic is not None else None
    if binding is None or binding.kind != BindingKind.IMPORT or binding.module is None:
        return None
    imported = binding.imported_name or binding.name
    owner = imports.owner(binding.module, imported, module, project, probes)
    return (owner.file, imported) if owner is not None else None


def _returned_class(path: Path, function: str, owner: str | None) -> str | None:
    """The one class `_returned_classes` names, None unless every return agrees."""
    found = _returned_classes(path, function, owner)
    return found[0] if len(found) == 1 else None


def _returned_classes(path: Path, function: str, owner: str | None) -> tuple[str, ...]:
    """The module-level classes of `path` that its function `function` (a method of the
    class `owner` when given) returns instances of: `return CrmClient(...)`, `return new
    CrmClient(...)`, `return cls(...)`, `return new this(...)`, `return self`; a factory
    choosing (`return Slack() if kind == "slack" else Quiet()`, one `return` per branch)
    returns any of them. Empty when a return is something else (nothing is known)."""
    from wac_lint.engine import InputError

    try:
        source = read_source(path, _shown(path))
    except (InputError, OSError):
        return ()
    try:
        return _returned_classes_in(source.data, source.language.value, function, owner)
    except RecursionError:
        return ()


IMPORTED = "import:"  # `_returned_class_in`: a class the module imports, by that name
TABLE = "table:"  # a class looked up in a table: `TABLE` + its name (+ `:key` when literal)
# a class a literal table holds under a key, picked by a parameter of the factory:
# `PICKED` + position, parameter, key and class, `SEP` between (see `_picked`)
PICKED = "picked:"
SEP = "\x1f"


@lru_cache(maxsize=256)
def _returned_classes_in(
    data: bytes, language: str, function: str, owner: str | None
) -> tuple[str, ...]:
    """`_returned_classes` on a file's bytes (kept: a workflow may build many instances)."""
    from wac_lint.languages.base import LanguageKind
    from wac_lint.parsing import parse
    from wac_lint.source import SourceFile

    root = parse(SourceFile("", data.decode("utf-8", "replace"), LanguageKind(language))).root_node
    classes: dict[str, tree_sitter.Node] = {}
    functions: dict[str, tree_sitter.Node] = {}
    for stmt in root.named_children:
        decl = stmt
        if stmt.type in ("export_statement", "decorated_definition"):
            decl = (
                stmt.child_by_field_name("declaration")
                or stmt.child_by_field_name("definition")
                or stmt
            )
        if decl.type in ("lexical_declaration", "variable_declaration"):
            # `export const makeCrm = (url) => new CrmClient(url)`
            for declarator in decl.named_children:
                bound = declarator.child_by_field_name("name")
                value = declarator.child_by_field_name("value")
                if (
                    bound is not None
                    and value is not None
                    and value.type
                    in (
                        "arrow_function",
                        "function_expression",
                        "function",
                    )
                ):
                    functions[_node_text(bound)] = value
            continue
        name = decl.child_by_field_name("name")
        if name is None:
            continue
        if decl.type in ("class_definition", "class_declaration"):
            classes[_node_text(name)] = decl
        elif decl.type in ("function_definition", "function_declaration"):
            functions[_node_text(name)] = decl
    found: tree_sitter.Node | None = None
    if owner is None and function in classes:
        return (function,)  # `api.ApiClient(...)`: the class itself, built
    if owner is None:
        found = functions.get(function)
    elif owner in classes:
        body = classes[owner].child_by_field_name("body")
        for item in body.named_children if body is not None else ():
            if item.type == "decorated_definition":
                item = item.child_by_field_name("definition") or item
            item_name = item.child_by_field_name("name")
            if item_name is not None and _node_text(item_name) == function:
                found = item
    body = found.child_by_field_name("body") if found is not None else None
    if body is None:
        return ()
    made: dict[str | None, None] = {}  # in the order written
    # an arrow's expression body is what it returns; either branch of a conditional
    values = _returns(body) if body.type in ("block", "statement_block") else [body]
    while values:
        returned = values.pop(0)
        while returned.type in ("await", "await_expression", "parenthesized_expression"):
            if not returned.named_children:
                break
            returned = returned.named_children[-1]
        if returned.type in TERNARIES and len(returned.named_children) == 3:
            # `a if c else b` / `c ? a : b`: the condition is the middle child in Python,
            # the first in TypeScript
            first, second, third = returned.named_children
            values[:0] = (
                [first, third]
                if returned.type == "conditional_expression"
                else [
                    second,
                    third,
                ]
            )
            continue
        made_by: str | None = None
        if returned.type in ("call", "call_expression", "new_expression"):
            field_ = "constructor" if returned.type == "new_expression" else "function"
            ctor = returned.child_by_field_name(field_)
            made_by = _node_text(ctor) if ctor is not None else None
            looked_up = _table_lookup(ctor, body) if ctor is not None else None
            if looked_up is not None:
                made[TABLE + looked_up] = None
                continue
            picked = _literal_table(ctor) if ctor is not None else None
            if picked is not None:
                # `return {"slack": SlackNotifier, "none": NullNotifier}[kind]()`: any of
                # the classes the literal holds; the one a literal key names; with `kind`
                # a parameter, the one the call's literal argument names (`PICKED`)
                pairs, index = picked
                quotes = chr(34) + chr(39) + "`"
                literal = _node_text(index).strip(quotes) if index.type == "string" else None
                # (a method's `self` / `cls` would shift the positions: plain functions only)
                plain = found is not None and owner is None
                position = _parameter_position(found, index) if plain and found else None
                for key, held in pairs:
                    if literal is not None and key != literal:
                        continue
                    if held is not None and held not in classes and held[:1].isupper():
                        held = IMPORTED + held
                    if held is None or not (held in classes or held.startswith(IMPORTED)):
                        made[None] = None
                    elif position is not None and key is not None:
                        made[f"{PICKED}{position[0]}{SEP}{position[1]}{SEP}{key}{SEP}{held}"] = None
                    else:
                        made[held] = None
                continue
            factory, _, method = (made_by or "").partition(".")
            if (
                returned.type != "new_expression"
                and factory in classes
                and method
                and "." not in method
                and (factory, method) != (owner, function)
            ):
                # `return Api.create(base)`: what that static / class method returns
                built = _returned_classes_in(data, language, method, factory)
                made.update(dict.fromkeys(built or (None,)))
                continue
        elif returned.type in ("identifier", "this"):
            made_by = _node_text(returned)
        if made_by in ("cls", "this", "self") and owner is not None:
            made_by = owner
        # a class of the module, or one it imports (`IMPORTED` + its name: the caller
        # resolves the import)
        if made_by is not None and made_by not in classes and made_by[:1].isupper():
            made_by = IMPORTED + made_by
        made[made_by if made_by in classes or str(made_by).startswith(IMPORTED) else None] = None
    if None in made:
        return ()  # a return this cannot name: what the function builds is not known
    return tuple(c for c in made if c is not None)


TERNARIES = ("conditional_expression", "ternary_expression")


def _table_lookup(ctor: tree_sitter.Node, body: tree_sitter.Node) -> str | None:
    """`NOTIFIERS[kind]` / `NOTIFIERS.get("x")` as the class built (`return
    NOTIFIERS[kind]()`, or `cls = NOTIFIERS[kind]` then `return cls()` in the same
    function, `cls` bound once): `NOTIFIERS`, or `NOTIFIERS:x` for a literal key."""
    value: tree_sitter.Node | None = ctor
    if ctor.type == "identifier":
        bound = [
            node.child_by_field_name("right") or node.child_by_field_name("value")
            for node in _assignments(body)
            if (node.child_by_field_name("left") or node.child_by_field_name("name")) is not None
            and _node_text(
                node.child_by_field_name("left") or node.child_by_field_name("name")  # type: ignore[arg-type]
            )
            == _node_text(ctor)
        ]
        value = bound[0] if len(bound) == 1 else None
    if value is None:
        return None
    table: tree_sitter.Node | None = None
    index: tree_sitter.Node | None = None
    if value.type in ("subscript", "subscript_expression"):
        table = value.child_by_field_name("value") or value.child_by_field_name("object")
        index = value.child_by_field_name("subscript") or value.child_by_field_name("index")
    elif value.type in ("call", "call_expression"):
        getter = value.child_by_field_name("function")
        arguments = value.child_by_field_name("arguments")
        if getter is not None and getter.type in ("attribute", "member_expression"):
            name = getter.child_by_field_name("attribute") or getter.child_by_field_name("property")
            if name is not None and _node_text(name) == "get" and arguments is not None:
                table = getter.child_by_field_name("object")
                index = next(iter(arguments.named_children), None)
    if table is None or index is None or table.type != "identifier":
        return None
    if index.type == "string" and "${" not in _node_text(index):
        return f"{_node_text(table)}:{_node_text(index).strip(chr(34) + chr(39) + '`')}"
    return _node_text(table)


def _literal_table(
    ctor: tree_sitter.Node,
) -> tuple[list[tuple[str | None, str | None]], tree_sitter.Node] | None:
    """`{"slack": SlackNotifier, "none": NullNotifier}[kind]` / `{...}.get(kind)` (a dict
    or object literal indexed where it is written): (key, name) of each of its values
    (None for a computed key or a value that is not a plain name), and the index."""
    while ctor.type == "parenthesized_expression" and ctor.named_children:
        ctor = ctor.named_children[0]
    table: tree_sitter.Node | None = None
    index: tree_sitter.Node | None = None
    if ctor.type in ("subscript", "subscript_expression"):
        table = ctor.child_by_field_name("value") or ctor.child_by_field_name("object")
        index = ctor.child_by_field_name("subscript") or ctor.child_by_field_name("index")
    elif ctor.type in ("call", "call_expression"):
        getter = ctor.child_by_field_name("function")
        arguments = ctor.child_by_field_name("arguments")
        name = (
            getter.child_by_field_name("attribute") or getter.child_by_field_name("property")
            if getter is not None and getter.type in ("attribute", "member_expression")
            else None
        )
        if getter is not None and name is not None and _node_text(name) == "get" and arguments:
            table = getter.child_by_field_name("object")
            index = next(iter(arguments.named_children), None)
    while table is not None and table.type == "parenthesized_expression" and table.named_children:
        table = table.named_children[0]
    if table is None or index is None or table.type not in ("dictionary", "object"):
        return None
    quotes = chr(34) + chr(39) + "`"
    pairs: list[tuple[str | None, str | None]] = []
    for pair in table.named_children:
        if pair.type == "comment":
            continue
        key_node = pair if pair.type == "shorthand_property_identifier" else None
        value = key_node
        if pair.type == "pair":
            key_node = pair.child_by_field_name("key")
            value = pair.child_by_field_name("value")
        plain = key_node is not None and key_node.type in (
            "string",
            "property_identifier",
            "shorthand_property_identifier",
        )
        key = _node_text(key_node).strip(quotes) if key_node is not None and plain else None
        named = value is not None and value.type in ("identifier", "shorthand_property_identifier")
        pairs.append((key, _node_text(value) if value is not None and named else None))
    return pairs, index


def _parameter_position(
    function: tree_sitter.Node, index: tree_sitter.Node
) -> tuple[int, str] | None:
    """(position, name) of the parameter of `function` that `index` reads, if it is one."""
    if index.type != "identifier":
        return None
    params = function.child_by_field_name("parameters")
    wanted = _node_text(index)
    position = 0
    for param in params.named_children if params is not None else ():
        if param.type == "comment":
            continue
        name = param if param.type == "identifier" else None
        if name is None:
            name = param.child_by_field_name("name") or param.child_by_field_name("pattern")
        if name is None:
            name = next((c for c in param.named_children if c.type == "identifier"), None)
        if name is not None and _node_text(name) == wanted:
            return position, wanted
        position += 1
    return None


def _picked(semantic: Any, call: tree_sitter.Node, built: tuple[str, ...]) -> tuple[str, ...]:
    """`built` (`_returned_classes`) for this call of the factory: a class picked from a
    literal table by a parameter (`PICKED`) is kept when the call passes that parameter
    the table's key as a string literal, or passes something else (any may be picked)."""
    if not any(c.startswith(PICKED) for c in built):
        return built
    out: list[str] = []
    arguments = call.child_by_field_name("arguments")
    given = [a for a in arguments.named_children if a.type != "comment"] if arguments else []
    for cls in built:
        if not cls.startswith(PICKED):
            out.append(cls)
            continue
        position, param, key, name = cls.removeprefix(PICKED).split(SEP, 3)
        arg: tree_sitter.Node | None = None
        for item in given:
            if item.type == "keyword_argument":
                named = item.child_by_field_name("name")
                if named is not None and _node_text(named) == param:
                    arg = item.child_by_field_name("value")
        positional = [a for a in given if a.type != "keyword_argument"]
        if arg is None and int(position) < len(positional):
            arg = positional[int(position)]
        literal = arg is not None and arg.type == "string" and "${" not in _node_text(arg)
        if not literal or (
            arg is not None and _node_text(arg).strip(chr(34) + chr(39) + "`") == key
        ):
            out.append(name)
    return tuple(dict.fromkeys(out))


def _assignments(body: tree_sitter.Node) -> list[tree_sitter.Node]:
    """The assignments and declarators of a function body (not of nested functions)."""
    out: list[tree_sitter.Node] = []
    stack = [body]
    while stack:
        node = stack.pop()
        for child in node.named_children:
            if child.type in ("assignment", "variable_declarator"):
                out.append(child)
            if child.type not in _NESTED_FUNCTIONS:
                stack.append(child)
    return out


_NESTED_FUNCTIONS = (
    "function_definition",
    "lambda",
    "class_definition",
    "function_declaration",
    "arrow_function",
    "function_expression",
    "class_declaration",
    "method_definition",
)


def _returns(body: tree_sitter.Node) -> list[tree_sitter.Node]:
    """The values a function body returns (not those of functions nested in it)."""
    out: list[tree_sitter.Node] = []
    stack = [body]
    nested = (
        "function_definition",
        "lambda",
        "class_definition",
        "function_declaration",
        "arrow_function",
        "function_expression",
        "class_declaration",
        "method_definition",
    )
    while stack:
        node = stack.pop()
        for child in node.named_children:
            if child.type == "return_statement":
                out.extend(child.named_children[:1])
            elif child.type not in nested:
                stack.append(child)
    return out


def _star_exports(file: Path, name: str, probes: set[Path] | None) -> bool:
    """Does `from <file's module> import *` bind `name`? The names of its `__all__` when
    it lists them (strings in a list or tuple), else its module-level names that do not
    start with `_`."""
    digest = _DEFAULT_SESSION.digest(file)
    if digest is None:
        return False
    if probes is not None:
        probes.add(file)
    return _star_exports_in(str(file), digest, name)


@lru_cache(maxsize=1024)
def _star_exports_in(file: str, digest: str, name: str) -> bool:
    semantic = _module_semantic(file, digest)
    if semantic is None:
        return False
    listed = semantic.lookup("__all__", semantic.module)
    value = listed.assigned_value if listed is not None else None
    if value is not None and value.type in ("list", "tuple"):
        names = [
            _node_text(item)[1:-1]
            for item in value.named_children
            if item.type == "string" and _plain_string(item)
        ]
        if len(names) == len(value.named_children):
            return name in names
    return not name.startswith("_") and semantic.lookup(name, semantic.module) is not None


def _python_ref(
    module: str,
    imported: str | None,
    member: str | None,
    file: Path,
    project: Project,
    probes: set[Path] | None,
) -> HelperRef | None:
    level = len(module) - len(module.lstrip("."))
    base = module[level:]
    whole_module = imported is None or imported == module  # `import f.lib.helpers as h`
    if member is None:
        if whole_module or imported is None:
            return None
        path, function = base, imported
    elif whole_module:
        path, function = base, member
    else:
        # `from f.lib import helpers` / `from . import helpers`, then `helpers.notify()`
        path, function = (f"{base}.{imported}" if base else str(imported)), member
    if not path:
        return None
    target = resolve_python(path, level, file, project, probes)
    if target is None:
        return None
    return HelperRef(target, function, f"{_module_label(target, project)}.{function}")


def _typescript_ref(
    specifier: str, member: str, file: Path, project: Project, probes: set[Path] | None
) -> HelperRef | None:
    target = resolve_typescript(specifier, file, project, probes)
    if target is None:
        return None
    return HelperRef(target, member, f"{_module_label(target, project)}.{member}")


def _module_label(file: Path, project: Project) -> str:
    """`f.lib.helpers` for Python, `f/lib/helpers.ts` for TypeScript (as imports spell them)."""
    try:
        relative = real_path(file).relative_to(project.root)
    except ValueError:
        return file.stem
    if file.suffix == ".py":
        parts = list(relative.with_suffix("").parts)
        if parts and parts[-1] == "script" and len(parts) > 1 and parts[-2].endswith("__mod"):
            parts = [*parts[:-2], parts[-2][: -len("__mod")]]
        return ".".join(parts)
    parts = list(relative.parts)
    if len(parts) > 1 and parts[-2].endswith("__mod") and parts[-1].startswith("script."):
        # the entry point of a script with modules, named as its path is imported
        return "/".join([*parts[:-2], parts[-2][: -len("__mod")] + ".ts"])
    return relative.as_posix()


def _effects(
    session: CrossFileSession,
    ref: HelperRef,
    project: Project,
    following: Following,
    stack: frozenset[tuple[Path, str]],
    files: set[Path],
) -> tuple[Effect, ...]:
    here = (ref.file, ref.key)
    if here in stack:
        return ()  # a cycle: the helper's own calls are already on their way
    digest = session.digest(ref.file)
    if digest is None:
        return ()
    # The helper's file is named relative to the current directory in what it reaches,
    # and what it reaches further down depends on what the configuration skips.
    key = (str(ref.file), digest, ref.key, os.getcwd(), following)
    known = session._effects.get(key)
    if known is None and session.store is not None:
        known = session.store.get(key)
    if known is not None and all(session.state(p) == s for p, s in known[1].items()):
        files.update(known[1])
        session._effects[key] = known
        return known[0]
    # What this helper's walk reads, kept with its answer: a later workflow that
    # reaches the helper through the memo depends on the same paths.
    read: set[Path] = set()
    effects = _walk(session, ref, project, following, stack | {here}, read)
    files.update(read)
    if len(session._effects) >= MAX_REMEMBERED:
        session._effects.clear()
    if not read & {f for f, _ in stack}:
        # An answer cut short by a cycle through a caller is only true for that caller.
        session._effects[key] = (effects, {p: session.state(p) for p in read})
        if session.store is not None:
            session.store.put(key, *session._effects[key])
    return effects


def _library_call(
    session: CrossFileSession,
    ref: HelperRef,
    project: Project,
    probes: set[Path],
    depth: int = 0,
) -> str | None:
    """What a call of `ref` reaches when the helper module binds that name to a library's
    function or object rather than defining it: `fetch = requests.get` ->
    `requests.get`; `s3 = boto3.client("s3")` and `s3.put_object` ->
    `boto3.client(…).put_object`; `post = partial(requests.post, URL)` -> `requests.post`;
    also through modules that only re-export the name (`from f.lib.transport import post
    as http_post`), any depth."""
    owner, dot, member = ref.function.partition(".")
    if "." in member:
        return None
    digest = session.digest(ref.file)
    if digest is None:
        return None
    if owner.endswith(YIELDED):
        yielded = _yielded_value(str(ref.file), digest, owner.removesuffix(YIELDED))
        return f"{yielded}.{member}" if yielded is not None and dot else None
    value = _module_value(str(ref.file), digest, owner)
    if value is None and dot:
        # `class Routes: post = requests.post`, then `Routes.post(url)`
        found = _class_attribute_value(str(ref.file), digest, owner, member)
        if found is not None:
            return found
    if value is None:
        if depth >= MAX_ALIASES:
            return None
        from wac_lint.engine import InputError

        try:
            source = read_source(ref.file, _shown(ref.file))
        except (InputError, RecursionError):
            return None
        for target in _reexported(source, replace(ref, function=owner), project, probes):
            probes.add(target.file)
            found = _library_call(
                session,
                replace(target, function=f"{target.function}{dot}{member}"),
                project,
                probes,
                depth + 1,
            )
            if found is not None:
                return found
        return None
    if dot:
        return f"{value}.{member}"
    # `sql = postgres(url)` called (`sql\`...\``): the object the library built is
    # called, as the catalogue names it (`postgres(…)`)
    return value


def reexport_origin(ref: HelperRef, project: Project, probes: set[Path]) -> HelperRef:
    """The module that binds `ref.function` itself, when `ref`'s module only re-exports
    it (a Python `from f.common.tasks import send_slack` that the module's importers take
    from it, a TypeScript `export { credit } from "./tasks.ts"` or `export * from`),
    followed through barrels up to MAX_ALIASES deep; `ref` itself otherwise. The modules
    read go to `probes`."""
    from wac_lint.engine import InputError

    current = _table_entry(ref) or ref
    owner, dot, member = current.function.partition(".")
    if dot and current is ref:
        # `Boot.startedAt` / `clock.now` of a barrel (`export * from "./clock.ts"`): the
        # member of the class or object where the module that binds it defines it
        # `paths.NIGHTLY` of a barrel saying `export * as paths from "./paths.ts"`:
        # `NIGHTLY` of that module (the name it exports, before any `export *`)
        whole = _namespace_member(ref, owner, member, project, probes)
        if whole is not None:
            return reexport_origin(whole, project, probes)
        origin = reexport_origin(replace(ref, function=owner), project, probes)
        if origin.file == ref.file and origin.function == owner:
            return ref
        return replace(
            origin, function=f"{origin.function}.{member}", label=f"{origin.label}.{member}"
        )
    seen = {(ref.file, ref.function)}
    for _ in range(MAX_ALIASES):
        if "." in current.function:
            break
        digest = _DEFAULT_SESSION.digest(current.file)
        semantic = _module_semantic(str(current.file), digest) if digest is not None else None
        if semantic is None:
            break
        bound = semantic.lookup(current.function, semantic.module)
        if bound is not None and bound.kind != BindingKind.IMPORT:
            break  # the module binds the name itself
        try:
            source = read_source(current.file, _shown(current.file))
        except (InputError, RecursionError):
            break
        targets = _reexported(source, current, project, probes)
        if len(targets) > 1:
            # `export * from "./time.ts"` beside `export { credit } from "./tasks.ts"`:
            # each star is a candidate; the module that binds the name is the one
            targets = [t for t in targets if _binds(t)]
        if len(targets) > 1 and current.file.suffix != ".py":
            # `export * from "./durable.ts"` whose module only imports `chargeCard` for
            # its own use, beside `export * from "./tasks.ts"` exporting it: a star
            # re-exports what its module exports, not what it imports
            exported = [t for t in targets if _exports_name(t)]
            targets = exported or targets
        if len(targets) != 1 or (targets[0].file, targets[0].function) in seen:
            break
        current = targets[0]
        seen.add((current.file, current.function))
        probes.add(current.file)
    return current


def _namespace_member(
    ref: HelperRef, owner: str, member: str, project: Project, probes: set[Path]
) -> HelperRef | None:
    """`member` of the module `ref`'s TypeScript module re-exports whole as `owner`."""
    from wac_lint.engine import InputError

    if ref.file.suffix == ".py":
        return None
    try:
        source = read_source(ref.file, _shown(ref.file))
    except (InputError, RecursionError):
        return None
    if b"* as" not in source.data:
        return None  # no `export * as name from ...` to read
    spec = _namespace_reexport(source, owner)
    if spec is None:
        return None
    found = _typescript_ref(spec, member, ref.file, project, probes)
    if found is not None:
        probes.add(found.file)
    return found


def _table_entry(ref: HelperRef) -> HelperRef | None:
    """`PROVISIONERS.github` where the module binds `PROVISIONERS = {"github":
    provision_github}` (a dict / object literal, once, at top level): the name of the
    module that entry holds (`provision_github`), so that a task it names is that task."""
    table, _, member = ref.function.partition(".")
    if not member or "." in member:
        return None
    digest = _DEFAULT_SESSION.digest(ref.file)
    semantic = _module_semantic(str(ref.file), digest) if digest is not None else None
    bound = semantic.lookup(table, semantic.module) if semantic is not None else None
    if bound is None or bound.kind != BindingKind.ASSIGNMENT or bound.rebound:
        return None
    value = bound.assigned_value
    if value is None or value.type not in ("dictionary", "object"):
        return None
    held: list[tree_sitter.Node] = []
    for entry in value.named_children:
        if entry.type == "shorthand_property_identifier" and _node_text(entry) == member:
            held.append(entry)  # `{ ship }`
            continue
        key = entry.child_by_field_name("key") if entry.type == "pair" else None
        item = entry.child_by_field_name("value") if key is not None else None
        if key is None or item is None:
            continue
        spelled = _node_text(key)
        if key.type == "string" or spelled[:1] in "\"'`":
            spelled = spelled.strip("\"'`")
        if spelled == member:
            held.append(item)
    if len(held) != 1 or held[0].type not in ("identifier", "shorthand_property_identifier"):
        return None
    name = _node_text(held[0])
    inner = semantic.lookup(name, semantic.module) if semantic is not None else None
    if inner is None:
        return None
    return HelperRef(ref.file, name, ref.label[: -len(ref.function)] + name)


def _binds(ref: HelperRef) -> bool:
    """Does `ref`'s module bind `ref.function` at its top level (import or not)? Its
    `default` is bound by an `export default ...` statement (which names nothing)."""
    digest = _DEFAULT_SESSION.digest(ref.file)
    if digest is not None and ref.function == "default" and ref.file.suffix != ".py":
        return _exports_default(str(ref.file), digest)
    semantic = _module_semantic(str(ref.file), digest) if digest is not None else None
    return semantic is not None and semantic.lookup(ref.function, semantic.module) is not None


def _exports_name(ref: HelperRef) -> bool:
    """Does `ref`'s TypeScript module export `ref.function` by name (`export const x`,
    `export function x`, `export { y as x }`, `export { x } from ...`)?"""
    digest = _DEFAULT_SESSION.digest(ref.file)
    return digest is not None and ref.function in _exported_names(str(ref.file), digest)


@lru_cache(maxsize=1024)
def _exported_names(file: str, digest: str) -> frozenset[str]:
    """The names a TypeScript module exports by name (not through `export *`)."""
    model = _module_model(file, digest)
    if model is None:
        return frozenset()
    names: set[str] = set()
    for stmt in model.tree.root_node.named_children:
        if stmt.type != "export_statement":
            continue
        declaration = stmt.child_by_field_name("declaration")
        if declaration is not None:
            named = declaration.child_by_field_name("name")
            if named is not None:
                names.add(_node_text(named))
            for item in declaration.named_children:
                if item.type == "variable_declarator":
                    held = item.child_by_field_name("name")
                    if held is not None and held.type == "identifier":
                        names.add(_node_text(held))
            continue
        for clause in stmt.named_children:
            if clause.type != "export_clause":
                continue
            for item in clause.named_children:
                shown = item.child_by_field_name("alias") or item.child_by_field_name("name")
                if shown is not None:
                    names.add(_node_text(shown))
    return frozenset(names)


@lru_cache(maxsize=1024)
def _exports_default(file: str, digest: str) -> bool:
    """Does the TypeScript module export a default (`export default ...`, `export { x as
    default }`)?"""
    model = _module_model(file, digest)
    if model is None:
        return False
    for stmt in model.tree.root_node.named_children:
        if stmt.type != "export_statement":
            continue
        if any(c.type == "default" for c in stmt.children):
            return True
        for clause in stmt.named_children:
            if clause.type != "export_clause":
                continue
            for item in clause.named_children:
                alias = item.child_by_field_name("alias")
                if alias is not None and _node_text(alias) == "default":
                    return True
    return False


@lru_cache(maxsize=32)
def _module_model(file: str, digest: str) -> ScriptModel | None:
    """One module's scopes, read once per version of the file: the questions below
    ask about several names of the same module (a few models kept, not one per name)."""
    from wac_lint.engine import InputError
    from wac_lint.frontends import module_model

    path = Path(file)
    try:
        return module_model(read_source(path, _shown(path)))
    except (InputError, RecursionError):
        return None


def _module_semantic(file: str, digest: str) -> SemanticModel | None:
    model = _module_model(file, digest)
    return model.semantic if model is not None else None


def _class_method_node(semantic: Any, owner: str, member: str) -> tree_sitter.Node | None:
    """The method `member` a top-level class `owner` of the module defines in its body."""
    binding = semantic.module.bindings.get(owner)
    if binding is None or binding.kind != BindingKind.CLASS or binding.value is None:
        return None
    body: tree_sitter.Node | None = binding.value.child_by_field_name("body")
    items: list[tree_sitter.Node] = body.named_children if body is not None else []
    for item in items:
        if item.type == "decorated_definition":
            item = item.child_by_field_name("definition") or item
        name = item.child_by_field_name("name")
        if item.type in ("function_definition", "method_definition") and name is not None:
            if _node_text(name) == member:
                return item
    return None


def own_call(call: tree_sitter.Node, function: tree_sitter.Node, functions: Iterable[str]) -> bool:
    """Is `call` in `function`'s own code, not in a function written inside it?"""
    current = call.parent
    while current is not None and current.id != function.id:
        if current.type in functions:
            return False
        current = current.parent
    return True


def durable_helper(file: Path, name: str, probes: set[Path] | None = None) -> str | None:
    """The first durable call (a task, step, sleep, approval) an `async` top-level
    function of the module makes in its own code, as written (`send_welcome(...)`),
    else its first call of a task another module of the workspace defines and it
    imports (`charge_card(...)` from `f.lib.tasks`; the modules read go to `probes`);
    None when it is not async, is a task, or makes none."""
    digest = _DEFAULT_SESSION.digest(file)
    if digest is None:
        return None
    found = _durable_helper(str(file), digest, name)
    if found is None:
        # not cached with the helper: whether a name is a task is its own module's
        # answer (cached there, by that module's content)
        found = _imported_task_call(str(file), digest, name, probes)
    return found


def _imported_task_call(file: str, digest: str, name: str, probes: set[Path] | None) -> str | None:
    from wac_lint.workspace.imported import imported_task

    walked = _walked_helper(file, digest, name)
    if walked is None:
        return None
    model, info = walked
    semantic = model.semantic
    if not info.is_async or semantic is None or _is_sdk_task(model, info.node):
        return None
    found: str | None = None
    function = info.node
    for call in model.node_index.below(model.lang.call_node, function):
        if not own_call(call, function, model.lang.function_nodes_for_rules):
            continue  # a function the helper only defines (or hands to `step`)
        callee = call.child_by_field_name("function")
        base = callee
        while base is not None and base.type in ("attribute", "member_expression"):
            base = base.child_by_field_name("object")
        if callee is None or base is None or base.type != "identifier":
            continue
        binding = semantic.resolve(base)
        if binding is None or binding.kind != BindingKind.IMPORT:
            continue
        if imported_task(model, callee):
            found = f"{_node_text(callee)}(...)"
            break
    if probes is not None:
        probes |= model.workspace_files
    return found


def walked_helper(file: Path, name: str) -> tuple[ScriptModel, FunctionInfo] | None:
    """`walk_helper` of a top-level function of another module (its model and the
    function), kept per version of the file: rules ask several questions of one helper."""
    digest = _DEFAULT_SESSION.digest(file)
    return _walked_helper(str(file), digest, name) if digest is not None else None


@lru_cache(maxsize=64)
def _walked_helper(file: str, digest: str, name: str) -> tuple[ScriptModel, FunctionInfo] | None:
    from wac_lint.engine import InputError
    from wac_lint.frontends import walk_helper

    path = Path(file)
    try:
        return walk_helper(read_source(path, _shown(path)), name)
    except (InputError, RecursionError):
        return None


@lru_cache(maxsize=256)
def _durable_helper(file: str, digest: str, name: str) -> str | None:
    walked = _walked_helper(file, digest, name)
    if walked is None:
        return None
    model, info = walked
    if not info.is_async or _is_sdk_task(model, info.node) or not model.durable_calls:
        return None
    first = min(model.durable_calls, key=lambda d: d.node.start_byte)
    callee = first.node.child_by_field_name("function") or first.node
    return f"{_node_text(callee)}(...)"


def imported_function(file: Path, name: str) -> tuple[ScriptModel, tree_sitter.Node] | None:
    """The module model of `file` and the plain function it defines at top level as
    `name` (not an SDK task, whose call sends only its arguments to a job of its own),
    for reading what that function's definition evaluates when the module loads."""
    digest = _DEFAULT_SESSION.digest(file)
    model = _module_model(str(file), digest) if digest is not None else None
    semantic = model.semantic if model is not None else None
    if model is None or semantic is None:
        return None
    owner, _, member = name.rpartition(".")
    if owner:
        # `Ids.make`: a method of a class the module defines
        found = _class_method_node(semantic, owner, member)
        return (model, found) if found is not None and not _is_sdk_task(model, found) else None
    binding = semantic.module.bindings.get(name)
    function = binding.function if binding is not None else None
    held = binding.assigned_value if binding is not None else None
    if function is None and held is not None and held.type in semantic.syntax.functions:
        function = held  # `export const parseDay = (iso: string) => new Date(iso)`
    if function is None or _is_sdk_task(model, function):
        return None
    return model, function


def module_instance(file: Path, name: str) -> tuple[ScriptModel, tree_sitter.Node, str] | None:
    """(module model, the construction, the class name) of an instance a module binds at
    its top level to a class it defines: `finance_gate = ApprovalGate("finance")`,
    `export const pricingGate = new Gate("pricing")`."""
    digest = _DEFAULT_SESSION.digest(file)
    model = _module_model(str(file), digest) if digest is not None else None
    semantic = model.semantic if model is not None else None
    if model is None or semantic is None:
        return None
    binding = semantic.module.bindings.get(name)
    built = binding.assigned_value if binding is not None else None
    if built is None or built.type not in ("call", "new_expression"):
        return None
    ctor = built.child_by_field_name("function") or built.child_by_field_name("constructor")
    if ctor is None or ctor.type != "identifier":
        return None
    owner = semantic.module.bindings.get(_node_text(ctor))
    if owner is None or owner.kind != BindingKind.CLASS or owner.rebound:
        return None
    return model, built, _node_text(ctor)


def constructor_argument(
    file: Path, instance: str, attribute: str
) -> tuple[ScriptModel, tree_sitter.Node] | None:
    """The argument a module-level instance's construction gives the constructor
    parameter its class stores as `attribute` (`self.key = key` in `__init__`, `this.key
    = key` or a parameter property `public readonly key: string` in `constructor`), with
    the module model it belongs to: what `self.key` holds in that instance's methods."""
    found = module_instance(file, instance)
    if found is None:
        return None
    model, built, owner = found
    semantic = model.semantic
    if semantic is None:
        return None
    python = built.type == "call"
    init = _class_method_node(semantic, owner, "__init__" if python else "constructor")
    params = init.child_by_field_name("parameters") if init is not None else None
    body = init.child_by_field_name("body") if init is not None else None
    if params is None or body is None:
        return None
    names: list[str] = []
    stored: str | None = None
    for param in params.named_children:
        if param.type == "comment":
            continue
        ident: tree_sitter.Node | None = param
        if param.type == "typed_parameter":  # Python `key: str`
            ident = param.named_children[0] if param.named_children else None
        elif param.type != "identifier":
            ident = param.child_by_field_name("pattern") or param.child_by_field_name("name")
        if ident is None or ident.type != "identifier":
            return None  # `*args`, a destructured parameter: positions are not plain
        names.append(_node_text(ident))
        if not python and _node_text(ident) == attribute:
            if any(c.type in ("accessibility_modifier", "readonly") for c in param.children):
                stored = attribute  # `constructor(public readonly key: string)`
    if python:
        names = names[1:]  # `self`
    receiver = "self" if python else "this"
    for statement in body.named_children:
        assigned = statement.named_children[0] if statement.named_children else None
        if statement.type != "expression_statement" or assigned is None:
            continue
        if assigned.type not in ("assignment", "assignment_expression"):
            continue
        left, right = assigned.child_by_field_name("left"), assigned.child_by_field_name("right")
        if left is None or right is None or right.type != "identifier":
            continue
        if _node_text(left) == f"{receiver}.{attribute}" and _node_text(right) in names:
            stored = _node_text(right)
    if stored is None:
        return None
    args = built.child_by_field_name("arguments")
    given = [a for a in (args.named_children if args is not None else []) if a.type != "comment"]
    position = names.index(stored)
    for arg in given:
        if arg.type == "keyword_argument":
            key = arg.child_by_field_name("name")
            if key is not None and _node_text(key) == stored:
                return model, arg.child_by_field_name("value") or arg
    positional = [
        a
        for a in given
        if a.type not in ("keyword_argument", "list_splat", "dictionary_splat", "spread_element")
    ]
    if len(positional) != len([a for a in given if a.type != "keyword_argument"]):
        return None  # `*args` / `...rest` given: positions are not known
    return (model, positional[position]) if position < len(positional) else None


def imported_class(file: Path, name: str) -> tuple[ScriptModel, tree_sitter.Node] | None:
    """The module model of `file` and the name node of the class it defines at top level
    as `name`, for reading what an instance of it is."""
    digest = _DEFAULT_SESSION.digest(file)
    model = _module_model(str(file), digest) if digest is not None else None
    semantic = model.semantic if model is not None else None
    if model is None or semantic is None or "." in name:
        return None
    binding = semantic.module.bindings.get(name)
    if binding is None or binding.kind != BindingKind.CLASS or binding.rebound:
        return None
    return model, binding.node


@lru_cache(maxsize=1024)
def _module_value(file: str, digest: str, name: str) -> str | None:
    """The qualified name of what a module binds `name` to once, at module level, when
    that is a library's (not the module's own, not another workspace module's)."""
    semantic = _module_semantic(file, digest)
    if semantic is None:
        return None
    binding = semantic.lookup(name, semantic.module)
    if binding is None or binding.kind != BindingKind.ASSIGNMENT:
        return None
    value = binding.assigned_value
    qualified = semantic.qualified_name(value) if value is not None else None
    if not qualified or qualified.startswith((".", "~", "/", "f.", "u.")):
        return None
    return qualified


@lru_cache(maxsize=1024)
def _class_attribute_value(file: str, digest: str, owner: str, member: str) -> str | None:
    """The library function or object a module's class binds `member` to in its body
    (`post = requests.post`, TypeScript `static post = axios.post`)."""
    semantic = _module_semantic(file, digest)
    if semantic is None:
        return None
    binding = semantic.lookup(owner, semantic.module)
    cls = binding.value if binding is not None and binding.kind == BindingKind.CLASS else None
    body = cls.child_by_field_name("body") if cls is not None else None
    if body is None:
        return None
    values: list[tree_sitter.Node] = []
    for item in body.named_children:
        if item.type == "expression_statement" and item.named_children:
            assignment = item.named_children[0]
            left = assignment.child_by_field_name("left")
            right = assignment.child_by_field_name("right")
            if assignment.type == "assignment" and left is not None and right is not None:
                if _node_text(left) == member:
                    values.append(right)
        elif item.type == "public_field_definition":
            name = item.child_by_field_name("name")
            value = item.child_by_field_name("value")
            if name is not None and value is not None and _node_text(name) == member:
                values.append(value)
    if len(values) != 1:
        return None  # bound twice: which one a call reaches is not known
    qualified = semantic.qualified_name(values[0])
    if not qualified or qualified.startswith((".", "~", "/", "f.", "u.")):
        return None
    return None if qualified.endswith(")") else str(qualified)  # a client built: not a call


def _front_end(language: Any) -> Any:
    from wac_lint.languages import script_language

    return load(script_language(language).front_end_target)


@lru_cache(maxsize=1024)
def _default_class(file: str, digest: str) -> str | None:
    """The name of the class a TypeScript module exports by default (`export default
    class Pinger`, `export default Pinger` of a class it declares)."""
    model = _module_model(file, digest)
    if model is None or model.semantic is None:
        return None
    for stmt in model.tree.root_node.named_children:
        if stmt.type != "export_statement" or not any(c.type == "default" for c in stmt.children):
            continue
        value = stmt.child_by_field_name("declaration") or stmt.child_by_field_name("value")
        name = value.child_by_field_name("name") if value is not None else None
        if value is not None and value.type in model.semantic.syntax.identifiers:
            name = value
        if name is None:
            return None
        binding = model.semantic.module.bindings.get(_node_text(name))
        return (
            _node_text(name) if binding is not None and binding.kind == BindingKind.CLASS else None
        )
    return None


@lru_cache(maxsize=1024)
def _defines_class(file: str, digest: str, name: str) -> bool:
    """Does the module define a class `name` at its top level?"""
    semantic = _module_semantic(file, digest)
    if semantic is None:
        return False
    binding = semantic.lookup(name, semantic.module)
    return binding is not None and binding.kind == BindingKind.CLASS


@lru_cache(maxsize=1024)
def _built_instance(file: str, digest: str, name: str) -> bool:
    """Does the module bind `name` once, at module level, to the result of a call
    (`notifier = Notifier(url)`): an instance, not a function or class of its own?"""
    semantic = _module_semantic(file, digest)
    if semantic is None:
        return False
    binding = semantic.lookup(name, semantic.module)
    value = binding.assigned_value if binding is not None else None
    return value is not None and value.type in semantic.syntax.calls


def _is_getter(session: CrossFileSession, ref: HelperRef) -> bool:
    """Is the member `ref` names a property getter (`@property def token(self)`,
    `get token()`), which runs where the attribute is read?"""
    digest = session.digest(ref.file)
    return digest is not None and _is_getter_in(str(ref.file), digest, ref.function)


@lru_cache(maxsize=1024)
def _is_getter_in(file: str, _digest: str, function: str) -> bool:
    from wac_lint.engine import InputError
    from wac_lint.frontends import walk_helper
    from wac_lint.frontends.python import PROPERTY_DECORATORS

    if "." not in function:
        return False
    path = Path(file)
    try:
        walked = walk_helper(read_source(path, _shown(path)), function)
    except (InputError, RecursionError):
        return False
    if walked is None:
        return False
    node = walked[1].node
    if node.type == "method_definition":  # TypeScript `get token() {...}`
        return any(c.type == "get" for c in node.children[:3])
    parent = node.parent
    if parent is None or parent.type != "decorated_definition":
        return False
    return any(
        _node_text(d).lstrip("@").strip().rsplit(".", 1)[-1] in PROPERTY_DECORATORS
        for d in parent.named_children
        if d.type == "decorator"
    )


def _defines(session: CrossFileSession, ref: HelperRef) -> bool:
    """Does the helper's file define the function itself (not only re-export it)?"""
    digest = session.digest(ref.file)
    return digest is not None and _defines_in(str(ref.file), digest, ref.function)


@lru_cache(maxsize=1024)
def _defines_in(file: str, _digest: str, function: str) -> bool:
    from wac_lint.engine import InputError
    from wac_lint.frontends import walk_helper

    path = Path(file)
    try:
        return walk_helper(read_source(path, _shown(path)), function) is not None
    except (InputError, RecursionError):
        return False


def _walk(
    session: CrossFileSession,
    ref: HelperRef,
    project: Project,
    following: Following,
    stack: frozenset[tuple[Path, str]],
    files: set[Path],
) -> tuple[Effect, ...]:
    from wac_lint.engine import InputError
    from wac_lint.frontends import walk_helper
    from wac_lint.suppression import collect

    if ref.alternatives:
        return _walk_alternatives(session, ref, project, following, stack, files)
    try:
        source = read_source(ref.file, _shown(ref.file))
        if ref.function.endswith(".*"):
            return _walk_table(session, ref, source, project, following, stack, files)
        walked = walk_helper(source, ref.function, frozenset(n for n, _ in ref.overrides))
    except (InputError, RecursionError):
        return ()
    session.walks += 1
    if walked is None:
        # `export { notify } from "./http.ts"` / `export * from ...`: a barrel module
        out_: list[Effect] = []
        targets = _reexported(source, ref, project, files)
        if not targets and ref.loaded and "." in ref.function:
            # `HANDLERS["echo"](...)`: what the loaded modules register under that key
            targets = _registered(ref, project, files, ref.function.split(".", 1)[1])
        if not targets and "." in ref.function:
            # `alerts.send(...)` where the module says `alerts = make_notifier("slack")`
            # of a factory it imports: the method of the class(es) that factory returns
            targets = _factory_instance_member(session, ref, project, files)
        if not targets and "." in ref.function:
            # `HttpClient(url).send(...)` where `send` is a method of a base class
            # another module defines: that method, with this class's overrides
            targets = _inherited_refs(session, ref, project, files)
        elif not targets:
            # `push = pusher.push` where the module imports `pusher` from another one
            targets = _bound_imported_member(session, ref, project, files)
        for target in targets:
            files.add(target.file)
            for effect in _effects(session, target, project, following, stack, files):
                out_.append(replace(effect, chain=(target.label, *effect.chain)))
        if targets or "." in ref.function:
            return tuple(out_)
        digest = session.digest(ref.file)
        if digest is None:
            return ()
        if _built_instance(str(ref.file), digest, ref.function):
            # `notifier("x")` where the module says `notifier = Notifier(...)`: calling
            # the instance runs its class's `__call__` (TypeScript has no such method)
            method = _front_end(source.language).call_method
            if method is None:
                return ()
            called = HelperRef(ref.file, f"{ref.function}.{method}", ref.label)
            return _effects(session, called, project, following, stack, files)
        if ref.function == "default":
            # `import Pinger from "./pinger.ts"` of `export default class Pinger`
            named = _default_class(str(ref.file), digest)
            ref = replace(ref, function=named) if named is not None else ref
        if not _defines_class(str(ref.file), digest, ref.function):
            return ()
        # `Api(url)` / `new Api(url)` of a class the module defines: building it runs
        # its constructor (`__new__`, `__init__`, a dataclass's `__post_init__`)
        # and its field initializers / dataclass fields' `default_factory` (labelled
        # as the constructor they run in)
        for method in _front_end(source.language).constructor_methods:
            built = HelperRef(ref.file, f"{ref.function}.{method}", f"{ref.label}.{method}")
            for effect in _effects(session, built, project, following, stack, files):
                out_.append(replace(effect, chain=(built.label, *effect.chain)))
        # and its field initializers / dataclass fields' `default_factory`, whose chain
        # names the class (TypeScript) or the constructor they run in (Python)
        fields = HelperRef(ref.file, f"{ref.function}.{FIELD_INITIALIZERS}", ref.label)
        for effect in _effects(session, fields, project, following, stack, files):
            chain = effect.chain[1:] if effect.chain[:1] == (ref.label,) else effect.chain
            out_.append(replace(effect, chain=chain))
        return tuple(out_)
    model, function = walked
    if _is_sdk_task(model, function.node):
        # `from f.lib.tasks import enrich` where `enrich` is a `@task`: calling it
        # dispatches a child job (a durable step), its body is not body code; the
        # wrappers of the decorators above `@task` run in the caller's code
        return _task_wrappers(session, model, function.node, ref, project, following, stack, files)
    suppressions = collect(model)
    definition_row = function.span.start_row + 1
    silenced = frozenset(suppressions.file_wide | suppressions.by_line.get(definition_row, set()))
    out: list[Effect] = []
    label = _module_label(ref.file, project)
    deeper_refs: list[tuple[BodyCall, HelperRef]] = []
    for call in [*model.body_calls, *model.relative_import_calls]:
        if call.kind not in FOLLOWED:
            continue
        deeper = _overriding(model, call, ref) or _decorated(
            call, _call_ref(session, model, call, ref.file, project, files)
        )
        if deeper is not None and call.kind == CallKind.PROPERTY:
            getter = _is_getter(session, reexport_origin(deeper, project, files))
            deeper = deeper if getter else None
        if deeper is not None and not following.skips(deeper, project):
            deeper_refs.append((call, deeper))
    # `session.post(...)` in the helper where `session` comes from a third module that
    # binds it to a library client (`session = requests.Session()`): the helper calls
    # the library itself, as the body would calling it directly.
    libraries: dict[int, str] = {}
    for call, deeper in deeper_refs:
        files.add(deeper.file)
        library = _library_call(session, deeper, project, files)
        if library is not None and not _effects(session, deeper, project, following, stack, files):
            libraries[id(call)] = library
    reader = GuardReader()
    for call in model.body_calls:
        chain = tuple(f"{label}.{name}" for name in call.chain)
        where = _where(model, call, silenced)
        qualname = libraries.get(id(call), call.qualname)
        guards = _guards_in_helper(model, function.node, call, reader)
        if guards is None:
            continue  # a helper of the module called with arguments that skip the call
        effect = Effect(qualname, call.kind, chain, where, ref.file, call.arg_count, call.writes)
        out.append(replace(effect, guards=guards) if guards else effect)
    in_body = {id(call) for call in model.body_calls}
    for call, deeper in deeper_refs:
        chain = tuple(f"{label}.{name}" for name in call.chain)
        if id(call) in libraries:
            if id(call) not in in_body:  # `~session.post`: a relative import's member
                where = _where(model, call, silenced)
                out.append(
                    Effect(
                        libraries[id(call)],
                        call.kind,
                        chain,
                        where,
                        ref.file,
                        call.arg_count,
                        call.writes,
                    )
                )
            continue
        guards = _guards_in_helper(model, function.node, call, reader)
        if guards is None:
            continue
        direct = _guarded_call(model, call)
        for effect in _effects(session, deeper, project, following, stack, files):
            inner: tuple[ParamGuard, ...] = ()
            if effect.guards and direct:
                if never_runs(effect.guards, call.node):
                    continue  # `label(o)` in the helper: the branch reading the clock never runs
                inner = passed_on(effect.guards, call.node, function.node)
            out.append(
                replace(
                    effect,
                    chain=(*chain, deeper.label, *effect.chain),
                    where=replace(effect.where, silenced=effect.where.silenced | silenced),
                    guards=guards + inner,
                )
            )
    return tuple(out)


def _guarded_call(model: ScriptModel, call: BodyCall) -> bool:
    """Do `call`'s arguments go to the parameters of the function it reaches, in order:
    a call of a name imported from another module (`label(o)`, `clock.label(o)`), not of
    a `partial` or an alias binding some of them, nor a constructor?"""
    semantic = model.semantic
    if call.kind != CallKind.CALL or semantic is None:
        return False
    callee = call.node.child_by_field_name("function")
    if callee is None:
        return False
    if callee.type in ("attribute", "member_expression"):
        callee = callee.child_by_field_name("object")
        if callee is None or callee.type != "identifier":
            return False
        # `clock.label(o)` of a module imported whole; a method of an imported instance
        # has no guards (see `_guards_in_helper`)
        binding = semantic.resolve(callee)
        return binding is not None and binding.kind == BindingKind.IMPORT
    if callee.type != "identifier":
        return False
    binding = semantic.resolve(callee)
    return binding is not None and binding.kind == BindingKind.IMPORT


def _guards_in_helper(
    model: ScriptModel, function: tree_sitter.Node, call: BodyCall, reader: GuardReader
) -> tuple[ParamGuard, ...] | None:
    """The tests of the walked helper's parameters that `call` (found walking it) needs to
    run; None when it never runs: reached through a helper of the same module whose own
    test the helper's call of it makes false (`_stamp(x, precise=False)`)."""
    method = reader.methods.get(function.id)
    if method is None:
        classes = ("class_definition", "class_body", "class")
        method = any(a.type in classes for a in ancestors(model.tree.root_node, function))
        reader.methods[function.id] = method
    if method:
        return ()  # a method: the caller does not write its `self`
    node = call.node
    inner: tuple[ParamGuard, ...] = ()
    if call.chain and call.site is not None:
        site = model.node_at(call.site.start_byte, call.site.end_byte)
        if site is None:
            return ()
        if len(call.chain) == 1 and site.type in ("call", "call_expression"):
            inner = _same_module_guards(call.node, call.chain[0], reader)
            if inner and never_runs(inner, site):
                return None
            inner = passed_on(inner, site, function) if inner else ()
        node = site
    return reader.guards_of(node, function) + inner


def _same_module_guards(
    node: tree_sitter.Node, name: str, reader: GuardReader
) -> tuple[ParamGuard, ...]:
    """The guards of `node` inside the function `name` of its own module that holds it."""
    from wac_lint.guards import enclosing_function

    function = enclosing_function(node)
    if function is None:
        return ()
    declared = function.child_by_field_name("name")
    if declared is None and function.parent is not None:
        declared = function.parent.child_by_field_name("name")  # `const f = (...) => ...`
    if declared is None or _node_text(declared) != name.rsplit(".", 1)[-1]:
        return ()
    return reader.guards_of(node, function)


def _walk_alternatives(
    session: CrossFileSession,
    ref: HelperRef,
    project: Project,
    following: Following,
    stack: frozenset[tuple[Path, str]],
    files: set[Path],
) -> tuple[Effect, ...]:
    """Any of `ref.alternatives` may run (the classes a factory chooses between): what
    each reaches, a call two of them reach reported once."""
    out: list[Effect] = []
    seen: set[tuple[str, Elsewhere]] = set()
    for target in ref.alternatives:
        if following.skips(target, project):
            continue
        files.add(target.file)
        for effect in _effects(session, target, project, following, stack, files):
            if (effect.qualname, effect.where) in seen:
                continue
            seen.add((effect.qualname, effect.where))
            out.append(replace(effect, chain=(target.label, *effect.chain)))
    return tuple(out)


def _overriding(model: ScriptModel, call: BodyCall, ref: HelperRef) -> HelperRef | None:
    """`self.m(...)` in a method walked for a subclass that overrides `m`: the override."""
    if not ref.overrides or model.semantic is None or call.kind != CallKind.CALL:
        return None
    callee = call.node.child_by_field_name("function")
    syn = model.semantic.syntax
    if callee is None or callee.type != syn.attribute:
        return None
    obj = callee.child_by_field_name(syn.attribute_object)
    attr = callee.child_by_field_name(syn.attribute_name)
    if obj is None or attr is None or not (obj.type == "this" or _node_text(obj) == "self"):
        return None
    name = _node_text(attr)
    for overridden, target in ref.overrides:
        if overridden == name:
            return replace(target, overrides=ref.overrides)
    return None


def _inherited_refs(
    session: CrossFileSession, ref: HelperRef, project: Project, probes: set[Path]
) -> list[HelperRef]:
    """`Cls.m` where the module defines `Cls` without `m`: `m` of the base classes it
    imports from other workspace modules, each walked with `Cls`'s own methods (and
    those of subclasses further down, `ref.overrides`) as the overrides of `self.m()`."""
    owner, _, member = ref.function.partition(".")
    if "." in member:
        return []
    digest = session.digest(ref.file)
    semantic = _module_semantic(str(ref.file), digest) if digest is not None else None
    if semantic is None:
        return []
    binding = semantic.lookup(owner, semantic.module)
    cls = binding.value if binding is not None and binding.kind == BindingKind.CLASS else None
    body = cls.child_by_field_name("body") if cls is not None else None
    if cls is None or body is None:
        return []
    prefix = ref.label.rsplit(".", 1)[0]
    named = {name for name, _ in ref.overrides}
    own: list[tuple[str, HelperRef]] = []
    for item in body.named_children:
        method = (
            item.child_by_field_name("definition") if item.type == "decorated_definition" else item
        )
        if method is None or method.type not in ("function_definition", "method_definition"):
            continue
        name_node = method.child_by_field_name("name")
        name = _node_text(name_node) if name_node is not None else ""
        if name and name not in named:
            own.append((name, HelperRef(ref.file, f"{owner}.{name}", f"{prefix}.{name}")))
    overrides = (*ref.overrides, *own)
    imports = PYTHON_IMPORTS if ref.file.suffix == ".py" else TYPESCRIPT_IMPORTS
    out: list[HelperRef] = []
    for base in _class_bases(cls):
        if base.type not in semantic.syntax.identifiers:
            continue
        found = semantic.resolve(base)
        if found is None or found.kind != BindingKind.IMPORT or found.module is None:
            continue
        imported = found.imported_name or found.name
        target = imports.member_of(found.module, imported, member, ref.file, project, probes)
        if target is not None:
            out.append(replace(target, overrides=overrides))
    return out


def _bound_imported_member(
    session: CrossFileSession, ref: HelperRef, project: Project, probes: set[Path]
) -> list[HelperRef]:
    """A module-level `push = pusher.push` (`export const push = pusher.push`) where
    `pusher` is imported from another workspace module: that module's member."""
    digest = session.digest(ref.file)
    semantic = _module_semantic(str(ref.file), digest) if digest is not None else None
    if semantic is None:
        return []
    binding = semantic.lookup(ref.function, semantic.module)
    value = binding.assigned_value if binding is not None else None
    syn = semantic.syntax
    if value is None or value.type != syn.attribute:
        return []
    obj = value.child_by_field_name(syn.attribute_object)
    attr = value.child_by_field_name(syn.attribute_name)
    if obj is None or attr is None or obj.type not in syn.identifiers:
        return []
    held = semantic.resolve(obj)
    if held is None or held.kind != BindingKind.IMPORT or held.module is None:
        return []
    imports = PYTHON_IMPORTS if ref.file.suffix == ".py" else TYPESCRIPT_IMPORTS
    target = imports.of_member(held, _node_text(attr), ref.file, project, probes)
    return [target] if target is not None else []


def _factory_instance_member(
    session: CrossFileSession, ref: HelperRef, project: Project, probes: set[Path]
) -> list[HelperRef]:
    """`owner.member` where the module binds `owner = make_client(...)` (`export const
    owner = createClient(...)`) with a factory another workspace module defines: the
    member of the class it returns, or of each class it may return."""
    owner, _, member = ref.function.partition(".")
    if not member or "." in member:
        return []
    digest = session.digest(ref.file)
    semantic = _module_semantic(str(ref.file), digest) if digest is not None else None
    if semantic is None:
        return []
    binding = semantic.lookup(owner, semantic.module)
    if binding is None or binding.kind != BindingKind.ASSIGNMENT:
        return []
    imports = PYTHON_IMPORTS if ref.file.suffix == ".py" else TYPESCRIPT_IMPORTS
    built = _built_by_import(semantic, imports, binding.node, ref.file, project, probes)
    if built is None:
        return []
    if built.alternatives:
        members = tuple(
            HelperRef(c.file, f"{c.function}.{member}", f"{c.label}.{member}")
            for c in built.alternatives
        )
        return [replace(built, alternatives=members)]
    return [HelperRef(built.file, f"{built.function}.{member}", f"{built.label}.{member}")]


def _class_bases(cls: tree_sitter.Node) -> list[tree_sitter.Node]:
    """The base class expressions of a Python `class C(A, B)` / TypeScript `extends A`."""
    bases: list[tree_sitter.Node] = []
    supers = cls.child_by_field_name("superclasses")
    if supers is not None:
        bases = [b for b in supers.named_children if b.type != "keyword_argument"]
    for child in cls.children:
        if child.type == "class_heritage":
            for clause in child.named_children:
                value = clause.child_by_field_name("value")
                if clause.type == "extends_clause" and value is not None:
                    bases.append(value)
    return bases


def _walk_table(
    session: CrossFileSession,
    ref: HelperRef,
    source: Any,
    project: Project,
    following: Following,
    stack: frozenset[tuple[Path, str]],
    files: set[Path],
) -> tuple[Effect, ...]:
    """A table called with a computed key: any of its function members may run."""
    owner = ref.function.removesuffix(".*")
    out: list[Effect] = []
    base = ref.label.rsplit("[", 1)[0]
    members = _table_members(source, owner)
    registered = _registered(ref, project, files, None)
    if not members and not registered:  # a barrel re-exporting the table
        for target in _reexported(source, ref, project, files):
            files.add(target.file)
            key = ref.label[ref.label.rfind("[") :] if "[" in ref.label else ""
            shown = replace(target, label=target.label.removesuffix(".*") + key)
            out.extend(_effects(session, shown, project, following, stack, files))
        return tuple(out)
    seen: set[tuple[str, Elsewhere]] = set()
    for member in members:
        target = HelperRef(ref.file, f"{owner}.{member}", f"{base}.{member}")
        if following.skips(target, project):
            continue
        for effect in _effects(session, target, project, following, stack, files):
            if (effect.qualname, effect.where) in seen:
                continue  # two members reaching one call: reported once
            seen.add((effect.qualname, effect.where))
            out.append(replace(effect, chain=(target.label, *effect.chain)))
    for target in registered:
        if following.skips(target, project):
            continue
        for effect in _effects(session, target, project, following, stack, files):
            if (effect.qualname, effect.where) in seen:
                continue
            seen.add((effect.qualname, effect.where))
            out.append(replace(effect, chain=(target.label, *effect.chain)))
    return tuple(out)


def _registered(
    ref: HelperRef, project: Project, files: set[Path], key: str | None
) -> list[HelperRef]:
    """The functions the modules `ref.loaded` register in the table `ref` names (under
    `key` when given; any key when None)."""
    if not ref.loaded:
        return []
    from wac_lint.engine import InputError
    from wac_lint.languages import script_language

    table = ref.function.split(".", 1)[0]
    makers = registries.registrars(ref.file, table)
    out: list[HelperRef] = []
    for module in ref.loaded:
        try:
            source = read_source(module, _shown(module))
        except (InputError, OSError):
            continue
        imports: HelperImports = load(script_language(source.language).helper_imports_target)
        files.add(module)
        names = _registering_names(source, module, ref.file, table, makers, imports, project, files)
        for found in registries.registrations(module, source.data, table, names):
            if key is not None and found.key != key:
                continue
            label = f"{_module_label(found.file, project)}.{found.shown}"
            out.append(HelperRef(found.file, found.function, label))
    return out


def _registering_names(
    source: Any,
    module: Path,
    table_file: Path,
    table: str,
    makers: tuple[str, ...],
    imports: HelperImports,
    project: Project,
    probes: set[Path],
) -> frozenset[str]:
    """How `module` names the table's registrars and the table itself: their own names
    in the table's module; names imported from it (`from f.lib.registry import register`,
    also under another name), or `registry.register` of the module imported whole."""
    wanted = {*makers, table}
    if module == table_file:
        return frozenset(wanted)
    from wac_lint.engine import InputError
    from wac_lint.frontends import module_model

    try:
        semantic = module_model(source).semantic
    except (InputError, RecursionError):
        return frozenset()
    if semantic is None:
        return frozenset()
    names: set[str] = set()
    for binding in semantic.module.bindings.values():
        if binding.kind != BindingKind.IMPORT or binding.module is None:
            continue
        imported = binding.imported_name or binding.name
        if imported in ("*", binding.module):
            for name in wanted:
                whole = imports.of_member(binding, name, module, project, probes)
                if whole is not None and whole.file == table_file:
                    names.add(f"{binding.name}.{name}")
            continue
        found = imports.of_name(binding.module, imported, module, project, probes)
        if found is not None and found.file == table_file and found.function in wanted:
            names.add(binding.name)
    return frozenset(names)


def _reexported(
    source: Any, ref: HelperRef, project: Project, probes: set[Path]
) -> list[HelperRef]:
    """Where a module that does not define `ref.function` re-exports it from: a
    TypeScript `export ... from`, or `import` then `export { name }`; a Python
    `from f.lib.http import post` at module level (the name is then the module's)."""
    owner, dot, member = ref.function.partition(".")
    if dot and ref.file.suffix != ".py":
        # `export * as tools from "./tools.ts"`: `tools.now` is `now` of that module
        spec = _namespace_reexport(source, owner)
        if spec is not None:
            target = _typescript_ref(spec, member, ref.file, project, probes)
            return [target] if target is not None else []
    if dot and "." not in member:
        # `export const http = { get, post }` where `get` is imported from another module
        imported = _member_imported(source, owner, member, ref.file, project, probes)
        if imported is not None:
            return [imported]
    if dot:
        # `API.post` / `HANDLERS.*` of a barrel: where `API` comes from, then its member
        return [
            replace(t, function=f"{t.function}.{member}", label=f"{t.label}.{member}")
            for t in _reexported(source, replace(ref, function=owner), project, probes)
        ]
    return _reexported_name(source, ref, project, probes)


def _reexported_name(
    source: Any, ref: HelperRef, project: Project, probes: set[Path]
) -> list[HelperRef]:
    from wac_lint.parsing import parse
    from wac_lint.semantic.typescript_scopes import module_name

    root = parse(source).root_node
    if ref.file.suffix == ".py":
        return _python_reexported(root, ref, project, probes)
    found: list[HelperRef] = []
    for stmt in root.named_children:
        spec = stmt.child_by_field_name("source") if stmt.type == "export_statement" else None
        if spec is None:
            if stmt.type == "export_statement":
                found += _exported_import(root, stmt, ref, project, probes)
            continue
        module = module_name(_node_text(spec).strip("\"'`"))
        clause = next((c for c in stmt.named_children if c.type == "export_clause"), None)
        namespace = any(c.type == "namespace_export" for c in stmt.named_children)
        if clause is None:  # `export * from "..."` (not `export * as ns from`, a namespace)
            if not namespace and any(c.type == "*" for c in stmt.children):
                target = _typescript_ref(module, ref.function, ref.file, project, probes)
                if target is not None:
                    found.append(target)
            continue
        for item in clause.named_children:
            name = item.child_by_field_name("name")
            alias = item.child_by_field_name("alias") or name
            if name is None or alias is None or _node_text(alias) != ref.function:
                continue
            target = _typescript_ref(module, _node_text(name), ref.file, project, probes)
            if target is not None:
                found.append(target)
    return found


def _member_imported(
    source: Any, owner: str, member: str, file: Path, project: Project, probes: set[Path]
) -> HelperRef | None:
    """`http.get` where the module says `http = { get, post: send }` (or a dict) and `get`
    / `send` is a function it imports from another workspace module."""
    from wac_lint.frontends import module_model

    try:
        model = module_model(source)
    except RecursionError:
        return None
    semantic = model.semantic
    binding = semantic.lookup(owner, semantic.module) if semantic is not None else None
    value = binding.assigned_value if binding is not None else None
    if semantic is None or value is None or value.type not in ("object", "dictionary"):
        return None
    name: str | None = None
    for entry in value.named_children:
        if entry.type == "shorthand_property_identifier" and _node_text(entry) == member:
            name = member
        elif entry.type == "pair":
            key = entry.child_by_field_name("key")
            held = entry.child_by_field_name("value")
            if key is not None and held is not None and held.type == "identifier":
                if _node_text(key).strip("\"'`") == member:
                    name = _node_text(held)
    held_binding = semantic.lookup(name, semantic.module) if name is not None else None
    if held_binding is None or held_binding.kind != BindingKind.IMPORT:
        return None
    if held_binding.module is None:
        return None
    imports: HelperImports = load(model.lang.helper_imports_target)
    imported = held_binding.imported_name or held_binding.name
    return imports.of_name(held_binding.module, imported, file, project, probes)


def _namespace_reexport(source: Any, name: str) -> str | None:
    """The module `export * as <name> from "<module>"` re-exports whole, if any."""
    from wac_lint.parsing import parse
    from wac_lint.semantic.typescript_scopes import module_name

    for stmt in parse(source).root_node.named_children:
        spec = stmt.child_by_field_name("source") if stmt.type == "export_statement" else None
        if spec is None:
            continue
        for child in stmt.named_children:
            if child.type != "namespace_export":
                continue
            alias = next((c for c in child.named_children if c.type == "identifier"), None)
            if alias is not None and _node_text(alias) == name:
                return module_name(_node_text(spec).strip("\"'`"))
    return None


def _exported_import(
    root: tree_sitter.Node,
    stmt: tree_sitter.Node,
    ref: HelperRef,
    project: Project,
    probes: set[Path],
) -> list[HelperRef]:
    """`import { post } from "./http.ts"; export { post };` (possibly renamed on either side)."""
    from wac_lint.semantic.typescript_scopes import module_name

    clause = next((c for c in stmt.named_children if c.type == "export_clause"), None)
    local = None
    for item in clause.named_children if clause is not None else ():
        name = item.child_by_field_name("name")
        alias = item.child_by_field_name("alias") or name
        if name is not None and alias is not None and _node_text(alias) == ref.function:
            local = _node_text(name)
    if local is None:
        return []
    for imp in root.named_children:
        spec = imp.child_by_field_name("source") if imp.type == "import_statement" else None
        clause = next((c for c in imp.named_children if c.type == "import_clause"), None)
        if spec is None or clause is None:
            continue
        for named in clause.named_children:
            if named.type != "named_imports":
                continue
            for item in named.named_children:
                name = item.child_by_field_name("name")
                alias = item.child_by_field_name("alias") or name
                if name is None or alias is None or _node_text(alias) != local:
                    continue
                module = module_name(_node_text(spec).strip("\"'`"))
                target = _typescript_ref(module, _node_text(name), ref.file, project, probes)
                return [target] if target is not None else []
    return []


def _python_reexported(
    root: tree_sitter.Node, ref: HelperRef, project: Project, probes: set[Path]
) -> list[HelperRef]:
    """`from f.lib.http import post` (or `... import send as post`) at module level; else
    the last `from f.lib.kit import *` whose module exports the name (a facade of a
    barrel: `from f.lib.kit import *` where the kit says `from .clock import now as
    stamp`)."""
    stars: list[str] = []
    for stmt in root.named_children:
        if stmt.type != "import_from_statement":
            continue
        module = stmt.child_by_field_name("module_name")
        if module is None:
            continue
        if any(c.type == "wildcard_import" for c in stmt.children):
            stars.append(_node_text(module))
            continue
        for item in stmt.children_by_field_name("name"):
            if item.type == "aliased_import":
                name, alias = item.child_by_field_name("name"), item.child_by_field_name("alias")
            else:
                name, alias = item, item
            if name is None or alias is None or _node_text(alias) != ref.function:
                continue
            target = _python_ref(
                _node_text(module), _node_text(name), None, ref.file, project, probes
            )
            return [target] if target is not None else []
    for dotted in reversed(stars):
        target = _python_ref(dotted, ref.function, None, ref.file, project, probes)
        if target is not None and _star_exports(target.file, ref.function, probes):
            return [target]
    return []


def _task_wrappers(
    session: CrossFileSession,
    model: ScriptModel,
    function: tree_sitter.Node,
    ref: HelperRef,
    project: Project,
    following: Following,
    stack: frozenset[tuple[Path, str]],
    files: set[Path],
) -> tuple[Effect, ...]:
    """What the decorators written above a task's `@task` run where the task is called
    (`@retrying(3)` then `@task()`: the wrapper `retrying(3)` returns calls the task's
    dispatch, in the caller's code), whether the module defines them or imports them."""
    semantic = model.semantic
    parent = function.parent
    if semantic is None or parent is None or parent.type != "decorated_definition":
        return ()
    label = _module_label(ref.file, project)
    out: list[Effect] = []
    for decorator in parent.named_children:
        if decorator.type != "decorator" or not decorator.named_children:
            continue
        expression = decorator.named_children[0]
        called = expression.type == "call"
        callee = expression.child_by_field_name("function") if called else expression
        if callee is None:
            continue
        if semantic.qualified_name(callee) in ("wmill.task", "wmill.client.task"):
            break  # the task's own decorator: those below it wrap the task's body
        times = DECORATOR_PRODUCT * (2 if called else 1)
        binding = semantic.resolve(callee) if callee.type == "identifier" else None
        target: HelperRef | None
        if binding is not None and binding.kind == BindingKind.FUNCTION:
            name = _node_text(callee)
            target = HelperRef(ref.file, name + times, f"{label}.{name}")
        else:
            found = helper_of(model, expression, ref.file, project, files)
            target = replace(found, function=found.function + times) if found else None
        if target is None or following.skips(target, project):
            continue
        files.add(target.file)
        for effect in _effects(session, target, project, following, stack, files):
            out.append(replace(effect, chain=(target.label, *effect.chain), guards=()))
    return tuple(out)


def _is_sdk_task(model: ScriptModel, function: tree_sitter.Node) -> bool:
    """A Python function decorated with the SDK's `@task` / `@task(...)`."""
    parent = function.parent
    semantic = model.semantic
    if parent is None or parent.type != "decorated_definition" or semantic is None:
        return False
    for decorator in parent.named_children:
        if decorator.type != "decorator" or not decorator.named_children:
            continue
        expression = decorator.named_children[0]
        if expression.type == "call":
            expression = expression.child_by_field_name("function") or expression
        if semantic.qualified_name(expression) in ("wmill.task", "wmill.client.task"):
            return True
    return False


def _node_text(node: tree_sitter.Node) -> str:
    return (node.text or b"").decode("utf-8", "replace")


def _where(model: ScriptModel, call: BodyCall, silenced: frozenset[str]) -> Elsewhere:
    span = call.span
    src = model.source
    return Elsewhere(
        path=src.path,
        row=span.start_row + 1,
        column=src.char_column(span.start_row, span.start_col) + 1,
        end_row=span.end_row + 1,
        end_column=src.char_column(span.end_row, span.end_col) + 1,
        text=model.text(span),
        silenced=silenced,
    )


def _shown(file: Path) -> str:
    try:
        return str(real_path(file).relative_to(real_path(Path.cwd())))
    except ValueError:
        return str(file)


class HelperStore:
    """Helper walks on disk, one small JSON file per helper function and content
    (under the result cache's directory): a later run, or another worker process,
    reads back what a helper reaches instead of parsing and walking it again.

    An answer is used only while every path it was drawn from is as recorded
    (`CrossFileSession.state`), like the ones remembered in memory; the key holds
    the wac-lint version and the sources of its modules. Anything wrong with a
    file means "walk again", never an error.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, key: EffectsKey) -> Path:
        text = "\0".join([_sources_fingerprint(), *key[:4], repr(key[4])])
        name = str(sha256(text.encode("utf-8", "surrogatepass")).hexdigest())
        return self.directory / name[:2] / f"{name}.json"

    def get(self, key: EffectsKey) -> tuple[tuple[Effect, ...], dict[Path, str | None]] | None:
        try:
            data = json.loads(self._path(key).read_bytes())
            if data["key"] != [*key[:4], repr(key[4])]:
                return None
            effects = tuple(_effect_from_json(item) for item in data["effects"])
            reads = {Path(p): s for p, s in data["reads"].items()}
            if not all(s is None or isinstance(s, str) for s in reads.values()):
                return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return None
        return effects, reads

    def put(
        self, key: EffectsKey, effects: tuple[Effect, ...], reads: dict[Path, str | None]
    ) -> None:
        path = self._path(key)
        data = {
            "key": [*key[:4], repr(key[4])],
            "effects": [_effect_to_json(e) for e in effects],
            "reads": {str(p): s for p, s in reads.items()},
        }
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}-{os.urandom(4).hex()}.tmp")
            try:
                with open(tmp, "x", encoding="utf-8") as out:
                    json.dump(data, out, separators=(",", ":"))
                os.replace(tmp, path)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
        except (OSError, TypeError, ValueError, RecursionError):
            pass  # not kept: the next run walks the helper again


def _effect_to_json(effect: Effect) -> dict[str, object]:
    where = effect.where
    return {
        "qualname": effect.qualname,
        "kind": effect.kind.value,
        "chain": list(effect.chain),
        "where": [where.path, where.row, where.column, where.end_row, where.end_column],
        "text": where.text,
        "silenced": sorted(where.silenced),
        "file": str(effect.file),
        "arg_count": effect.arg_count,
        "writes": effect.writes,
        "guards": [[g.name, g.index, g.member, g.truthy, g.default] for g in effect.guards],
    }


def _effect_from_json(item: dict[str, Any]) -> Effect:
    path, row, column, end_row, end_column = item["where"]
    numbers = (row, column, end_row, end_column, item["arg_count"])
    texts = (path, item["qualname"], item["text"], item["file"], *item["chain"])
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
        raise TypeError("badly typed helper walk")
    if not all(isinstance(t, str) for t in (*texts, *item["silenced"])):
        raise TypeError("badly typed helper walk")
    where = Elsewhere(path, row, column, end_row, end_column, item["text"])
    where = replace(where, silenced=frozenset(item["silenced"]))
    guards = []
    for name, index, member, truthy, default in item.get("guards", ()):
        if not (isinstance(name, str) and isinstance(member, str) and type(index) is int):
            raise TypeError("badly typed helper walk")
        if not (isinstance(truthy, bool) and (default is None or isinstance(default, bool))):
            raise TypeError("badly typed helper walk")
        guards.append(ParamGuard(name, index, member, truthy, default))
    return Effect(
        item["qualname"],
        CallKind(item["kind"]),
        tuple(item["chain"]),
        where,
        Path(item["file"]),
        item["arg_count"],
        bool(item["writes"]),
        tuple(guards),
    )


@cache
def _sources_fingerprint() -> str:
    """The version and the size and mtime of every wac-lint module: what a helper
    reaches is decided by the front-ends, the semantic model and this module."""
    import wac_lint

    package = Path(wac_lint.__file__).parent
    parts = [wac_lint.__version__]
    for file in sorted(package.rglob("*.py")):
        try:
            st = file.stat()
        except OSError:
            continue
        parts.append(f"{file}:{st.st_size}:{st.st_mtime_ns}")
    return str(sha256("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest())


def use_helper_store(directory: Path | None) -> None:
    """Keep helper walks on disk under `directory` (None: in memory only)."""
    _DEFAULT_SESSION.store = HelperStore(directory) if directory is not None else None
