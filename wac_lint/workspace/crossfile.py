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

This module is the walk itself; what it stands on lives beside it:
`helper_resolution` (what a call of the body reaches in another file),
`helper_imports` (how each language imports a helper), `reexports` (barrels and
star exports), `returned_classes` (what a factory returns), `module_facts`
(facts about one other module, once per content), `session` (what a run
remembers) and `helper_store` (the same, on disk).
"""

from __future__ import annotations

import bisect
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import tree_sitter

from wac_lint.guards import (
    GuardReader,
    ParamGuard,
    bound_literal,
    members_used,
    never_runs,
    passed_on,
)
from wac_lint.languages import LanguageKind
from wac_lint.languages.base import load
from wac_lint.model import (
    DECORATOR_PRODUCT,
    FIELD_INITIALIZERS,
    BodyCall,
    CallKind,
    Elsewhere,
    ScriptModel,
    Span,
)
from wac_lint.queries import captures
from wac_lint.semantic.scopes import Binding, BindingKind
from wac_lint.tree_paths import ancestors
from wac_lint.workspace import registries
from wac_lint.workspace.documents import read_source
from wac_lint.workspace.helper_imports import PYTHON_IMPORTS, TYPESCRIPT_IMPORTS, HelperImports
from wac_lint.workspace.helper_resolution import (
    MAX_ALIASES,
    built_by_import,
    class_bases,
    helper_of,
    member_ref,
    outside_workspace,
    star_imported,
    table_members,
)
from wac_lint.workspace.labels import module_label, node_text, shown_path
from wac_lint.workspace.module_facts import (
    YIELDED,
    built_instance,
    class_attribute_value,
    default_class,
    defines_class,
    defines_function,
    front_end_for,
    is_getter,
    is_sdk_task,
    module_hook,
    module_semantic,
    module_value,
    yielded_value,
)
from wac_lint.workspace.reexports import reexport_origin, reexported_ref
from wac_lint.workspace.root import Project, find_project
from wac_lint.workspace.session import (
    MAX_REMEMBERED,
    CrossFileSession,
    Effect,
    Following,
    HelperRef,
    default_session,
)


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
    session = session or default_session()
    starts = [*model.body_calls, *model.relative_import_calls]
    if model.semantic is None or not starts:
        return [], set()
    project = find_project(file)
    reached: list[BodyCall] = []
    files: set[Path] = set()
    # a helper's call is a start once per place of the body that reaches the helper
    targets: dict[tuple[int, bool], HelperRef | None] = {}
    held: dict[str, list[tree_sitter.Node]] | None = None  # see `_held_protocol_uses`
    resolve: Any = None  # see `_constant_resolver`, made for the first guarded effect
    for call in starts:
        if call.kind not in FOLLOWED or call.elsewhere is not None:
            continue
        key = (call.node.id, call.kind == CallKind.HOOK)
        if key not in targets:
            targets[key] = _call_ref(session, model, call, file, project, files)
        ref = _decorated(call, targets[key])
        if ref is None or following.skips(ref, project):
            continue
        if call.kind == CallKind.PROPERTY:
            hook = module_hook(session, reexport_origin(ref, project, files))
            if hook is not None:
                # `hops.PRICES` of a module that binds no `PRICES`: its `__getattr__`
                ref = hook
            elif not is_getter(session, reexport_origin(ref, project, files)):
                continue  # a plain attribute, or a method read without a call
        files.add(ref.file)
        effects = _effects(session, ref, project, following, frozenset(), files)
        if superseded is not None and call.qualname.startswith("."):
            if effects or defines_function(session, ref):
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
                    if resolve is None and any(e.guards for _, f in at for e in f):
                        resolve = _constant_resolver(model, file, project, files)
                    if (
                        effect.guards
                        and _guarded_call(model, call)
                        and never_runs(effect.guards, call.node, resolve)
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


def helper_effects(
    model: ScriptModel, call: tree_sitter.Node, file: Path, files: set[Path]
) -> tuple[str, tuple[Effect, ...]] | None:
    """What a call of `model` (the file `file`) reaches when it calls a function of
    another module of the workspace (`HEADWAYS = fetch_json(url)` at the top of a module,
    `fetch_json` imported): the helper's label and the calls it makes, at any depth.
    None when the call names no workspace function. `files` receives the paths read."""
    project = find_project(file)
    session = default_session()
    ref = helper_of(model, call, file, project, files)
    if ref is None:
        return None
    files.add(ref.file)
    return ref.label, _effects(session, ref, project, Following(), frozenset(), files)


def function_effects(file: Path, function: str, files: set[Path]) -> tuple[Effect, ...]:
    """The calls the top-level function `function` of the workspace module `file` makes,
    at any depth (`files` receives the paths read): what a module's `__getattr__` runs
    for a name imported from it that the module does not bind."""
    project = find_project(file)
    ref = HelperRef(file, function, f"{module_label(file, project)}.{function}")
    files.add(file)
    return _effects(default_session(), ref, project, Following(), frozenset(), files)


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
        out.setdefault(node_text(node), []).append(node)
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
    uses = held.get(node_text(target))
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
        if first_only and not defines_function(session, member):
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
        keyword = node_text(name) if name is not None else None
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
        source = read_source(ref.file, shown_path(ref.file))
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
    if outside_workspace(semantic, imports, call.node):
        return None
    for method in call.methods:
        ref = member_ref(model, imports, call.node, method, file, project, probes, 0)
        if ref is None:
            return None
        if ref.alternatives or defines_function(session, ref):
            return ref
    return None


def _decorated(call: BodyCall, ref: HelperRef | None) -> HelperRef | None:
    """For a decorator, the wrapper it returns (`timed()`), which is what runs."""
    if ref is None or call.kind != CallKind.DECORATED:
        return ref
    # `@retrying(3)`: the factory's product is the decorator, whose product runs
    times = 2 if call.node.type in ("call", "call_expression") else 1
    return HelperRef(ref.file, ref.function + DECORATOR_PRODUCT * times, ref.label)


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
        yielded = yielded_value(str(ref.file), digest, owner.removesuffix(YIELDED))
        return f"{yielded}.{member}" if yielded is not None and dot else None
    value = module_value(str(ref.file), digest, owner)
    if value is None and dot:
        # `class Routes: post = requests.post`, then `Routes.post(url)`
        found = class_attribute_value(str(ref.file), digest, owner, member)
        if found is not None:
            return found
    if value is None:
        if depth >= MAX_ALIASES:
            return None
        from wac_lint.engine import InputError

        try:
            source = read_source(ref.file, shown_path(ref.file))
        except (InputError, RecursionError):
            return None
        for target in reexported_ref(source, replace(ref, function=owner), project, probes):
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
        source = read_source(ref.file, shown_path(ref.file))
        if ref.function.endswith(".*"):
            return _walk_table(session, ref, source, project, following, stack, files)
        walked = walk_helper(source, ref.function, frozenset(n for n, _ in ref.overrides))
    except (InputError, RecursionError):
        return ()
    session.walks += 1
    if walked is None:
        # `export { notify } from "./http.ts"` / `export * from ...`: a barrel module
        out_: list[Effect] = []
        targets = reexported_ref(source, ref, project, files)
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
        if built_instance(str(ref.file), digest, ref.function):
            # `notifier("x")` where the module says `notifier = Notifier(...)`: calling
            # the instance runs its class's `__call__` (TypeScript has no such method)
            method = front_end_for(source.language).call_method
            if method is None:
                return ()
            called = HelperRef(ref.file, f"{ref.function}.{method}", ref.label)
            return _effects(session, called, project, following, stack, files)
        if ref.function == "default":
            # `import Pinger from "./pinger.ts"` of `export default class Pinger`
            named = default_class(str(ref.file), digest)
            ref = replace(ref, function=named) if named is not None else ref
        if not defines_class(str(ref.file), digest, ref.function):
            return ()
        # `Api(url)` / `new Api(url)` of a class the module defines: building it runs
        # its constructor (`__new__`, `__init__`, a dataclass's `__post_init__`)
        # and its field initializers / dataclass fields' `default_factory` (labelled
        # as the constructor they run in)
        for method in front_end_for(source.language).constructor_methods:
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
    if is_sdk_task(model, function.node):
        # `from f.lib.tasks import enrich` where `enrich` is a `@task`: calling it
        # dispatches a child job (a durable step), its body is not body code; the
        # wrappers of the decorators above `@task` run in the caller's code
        return _task_wrappers(session, model, function.node, ref, project, following, stack, files)
    suppressions = collect(model)
    definition_row = function.span.start_row + 1
    silenced = frozenset(suppressions.file_wide | suppressions.by_line.get(definition_row, set()))
    out: list[Effect] = []
    label = module_label(ref.file, project)
    deeper_refs: list[tuple[BodyCall, HelperRef]] = []
    for call in [*model.body_calls, *model.relative_import_calls]:
        if call.kind not in FOLLOWED:
            continue
        deeper = _overriding(model, call, ref) or _decorated(
            call, _call_ref(session, model, call, ref.file, project, files)
        )
        if deeper is not None and call.kind == CallKind.PROPERTY:
            getter = is_getter(session, reexport_origin(deeper, project, files))
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


def _constant_resolver(model: ScriptModel, file: Path, project: Project, files: set[Path]) -> Any:
    """What a name of `model` handed to a helper holds, for the helper's guards: the
    literal it is bound to once at module level (`QUIET = {"refresh": False}`, `PLAIN =
    { stamp: false } as const`, `LIVE = True`), in this file or in the module of the
    workspace it is imported from; a dict / object literal only when neither file reads
    a member of the name or calls a method on it (which may change it)."""
    session = default_session()

    def resolve(node: tree_sitter.Node) -> tree_sitter.Node | None:
        semantic = model.semantic
        binding = semantic.resolve(node) if semantic is not None else None
        if binding is None:
            return None
        if binding.kind != BindingKind.IMPORT:
            return bound_literal(semantic, binding, model.source.data)
        if members_used(model.source.data, binding.name):
            return None
        ref = helper_of(model, node, file, project, files)
        if ref is None or "." in ref.function:
            return None
        ref = reexport_origin(ref, project, files)
        digest = session.digest(ref.file)
        other = module_semantic(str(ref.file), digest) if digest is not None else None
        held = other.module.bindings.get(ref.function) if other is not None else None
        if other is None or held is None or held.kind == BindingKind.IMPORT:
            return None
        from wac_lint.engine import InputError

        try:
            data = read_source(ref.file, shown_path(ref.file)).data
        except (InputError, OSError):
            return None
        files.add(ref.file)
        return bound_literal(other, held, data)

    return resolve


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
    if binding is None:
        # `partition_for(day)` bound by the file's `from f.lib.kit import *`
        return star_imported(model, callee)
    return binding.kind == BindingKind.IMPORT


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
    if declared is None or node_text(declared) != name.rsplit(".", 1)[-1]:
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
    if obj is None or attr is None or not (obj.type == "this" or node_text(obj) == "self"):
        return None
    name = node_text(attr)
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
    semantic = module_semantic(str(ref.file), digest) if digest is not None else None
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
        name = node_text(name_node) if name_node is not None else ""
        if name and name not in named:
            own.append((name, HelperRef(ref.file, f"{owner}.{name}", f"{prefix}.{name}")))
    overrides = (*ref.overrides, *own)
    imports = PYTHON_IMPORTS if ref.file.suffix == ".py" else TYPESCRIPT_IMPORTS
    out: list[HelperRef] = []
    for base in class_bases(cls):
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
    semantic = module_semantic(str(ref.file), digest) if digest is not None else None
    if semantic is None:
        return []
    binding = semantic.lookup(ref.function, semantic.module)
    value = binding.assigned_value if binding is not None else None
    syn = semantic.syntax
    imports = PYTHON_IMPORTS if ref.file.suffix == ".py" else TYPESCRIPT_IMPORTS
    if binding is not None and value is not None and value.type != syn.attribute:
        # `send = make_sender(url)` of a factory another module defines: the function
        # it returns
        maker = _imported_maker(semantic, imports, binding, ref.file, project, probes)
        if maker is None:
            return []
        product = DECORATOR_PRODUCT
        return [HelperRef(maker.file, maker.function + product, maker.label + product)]
    if value is None or value.type != syn.attribute:
        return []
    obj = value.child_by_field_name(syn.attribute_object)
    attr = value.child_by_field_name(syn.attribute_name)
    if obj is None or attr is None or obj.type not in syn.identifiers:
        return []
    held = semantic.resolve(obj)
    if held is None or held.kind != BindingKind.IMPORT or held.module is None:
        return []
    target = imports.of_member(held, node_text(attr), ref.file, project, probes)
    return [target] if target is not None else []


def _imported_maker(
    semantic: Any,
    imports: HelperImports,
    binding: Binding,
    file: Path,
    project: Project,
    probes: set[Path],
) -> HelperRef | None:
    """The function of another workspace module a module-level name is the product of
    (`send = make_sender(url)`, `export const pager = factory.makePager(url)`): a function
    the module imports by name, or a member of a module it imports whole."""
    if binding.kind != BindingKind.ASSIGNMENT or binding.rebound or binding.member:
        return None
    value = binding.assigned_value
    syn = semantic.syntax
    while value is not None and value.type in syn.awaits and value.named_children:
        value = value.named_children[-1]
    if value is None or value.type not in syn.calls:
        return None
    callee = value.child_by_field_name("function")
    member: str | None = None
    if callee is not None and callee.type == syn.attribute:
        attr = callee.child_by_field_name(syn.attribute_name)
        member = node_text(attr) if attr is not None else None
        callee = callee.child_by_field_name(syn.attribute_object)
    if callee is None or callee.type not in syn.identifiers:
        return None
    held = semantic.resolve(callee)
    if held is None or held.kind != BindingKind.IMPORT or held.module is None:
        return None
    if member is None:
        maker = imports.of_name(held.module, held.imported_name or held.name, file, project, probes)
    else:
        maker = imports.of_member(held, member, file, project, probes)
    if maker is None or "." in maker.function or maker.function.endswith(DECORATOR_PRODUCT):
        return None
    return maker


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
    semantic = module_semantic(str(ref.file), digest) if digest is not None else None
    if semantic is None:
        return []
    binding = semantic.lookup(owner, semantic.module)
    if binding is None or binding.kind != BindingKind.ASSIGNMENT:
        return []
    imports = PYTHON_IMPORTS if ref.file.suffix == ".py" else TYPESCRIPT_IMPORTS
    built = built_by_import(semantic, imports, binding.node, ref.file, project, probes)
    if built is None:
        # `export const pager = makePager(url)` of a factory another module defines that
        # returns an object literal: the member of that literal
        maker = _imported_maker(semantic, imports, binding, ref.file, project, probes)
        if maker is None:
            return []
        function, label = maker.function + DECORATOR_PRODUCT, maker.label + DECORATOR_PRODUCT
        return [HelperRef(maker.file, f"{function}.{member}", f"{label}.{member}")]
    if built.alternatives:
        members = tuple(
            HelperRef(c.file, f"{c.function}.{member}", f"{c.label}.{member}")
            for c in built.alternatives
        )
        return [replace(built, alternatives=members)]
    return [HelperRef(built.file, f"{built.function}.{member}", f"{built.label}.{member}")]


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
    members = table_members(source, owner)
    registered = _registered(ref, project, files, None)
    if not members and not registered:  # a barrel re-exporting the table
        for target in reexported_ref(source, ref, project, files):
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
            source = read_source(module, shown_path(module))
        except (InputError, OSError):
            continue
        imports: HelperImports = load(script_language(source.language).helper_imports_target)
        files.add(module)
        names = _registering_names(source, module, ref.file, table, makers, imports, project, files)
        for found in registries.registrations(module, source.data, table, names):
            if key is not None and found.key != key:
                continue
            label = f"{module_label(found.file, project)}.{found.shown}"
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
    label = module_label(ref.file, project)
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
            name = node_text(callee)
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
