"""Front-ends: one tree-sitter parse per file, turned into a `ScriptModel`."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import tree_sitter

from wac_lint.languages import LanguageKind
from wac_lint.model import FunctionInfo, HandlerKind, Rethrow, ScriptModel
from wac_lint.parsing import parse
from wac_lint.source import SourceFile

if TYPE_CHECKING:
    from wac_lint.frontends.common import FrontEnd


def build_model(source: SourceFile, tree: tree_sitter.Tree | None = None) -> ScriptModel:
    """Parse (unless given the tree) and build the WAC model of one file."""
    if tree is None:
        tree = parse(source)
    return _front_end(ScriptModel(source=source, tree=tree)).build()


def walk_helper(
    source: SourceFile, function: str, overridden: frozenset[str] = frozenset()
) -> tuple[ScriptModel, FunctionInfo] | None:
    """The calls a top-level function of a helper module makes, walked as body code.

    None when the file defines no such function. The model's `body_calls` hold
    what the function reaches, with chains starting inside the helper.
    `overridden`: methods a subclass in another file overrides, for a method walked
    for an instance of that subclass; `self.m()` of those is left to the caller.
    """
    model = ScriptModel(source=source, tree=parse(source))
    front_end = _front_end(model)
    front_end.overridden_elsewhere = overridden
    info = front_end.walk_helper(function)
    return (model, info) if info is not None else None


def module_model(source: SourceFile) -> ScriptModel:
    """A file's imports and scopes (its `semantic` model), with no workflow walked:
    for reading what another module of the workspace does when it is imported."""
    model = ScriptModel(source=source, tree=parse(source))
    _front_end(model).prepare_module()
    return model


def _front_end(model: ScriptModel) -> FrontEnd:
    front_end: FrontEnd = model.lang.front_end(model)
    return front_end


def forwards_to_step(source: SourceFile, function: str, position: int, keyword: str | None) -> bool:
    """Whether a top-level function of a helper module does nothing with one of its
    parameters but hand it to `step(name, fn)` (`async def once(name, fn): return await
    step(name, fn)`): a function given there by a workflow is a step callback, run once
    and checkpointed, not body code. The parameter is named by `keyword`, else by its
    `position` among the arguments."""
    from wac_lint.frontends.body.walker import BodyWalker

    model = ScriptModel(source=source, tree=parse(source))
    front_end = _front_end(model)
    front_end.prepare_module()
    info = front_end.top_function(function)
    if info is None or info.body is None:
        return False
    params = [p.name for p in info.params]
    param = (
        keyword if keyword is not None else (params[position] if position < len(params) else None)
    )
    body = info.node.child_by_field_name("body")
    if param is None or param not in params or body is None:
        return False
    return BodyWalker(front_end, info).only_handed_to_step(body, param)


def context_swallows(source: SourceFile, name: str, is_async: bool) -> bool:
    """Whether a module-level context manager of a helper module (a class whose
    `__exit__` returns True, a `@contextmanager` generator whose bare `except:` around its
    `yield` does not re-raise) suppresses every exception leaving a `with` block over it."""
    model = ScriptModel(source=source, tree=parse(source))
    front_end = _front_end(model)
    front_end.prepare_module()
    return front_end.swallowing_context(name, is_async)


def helper_guard(source: SourceFile, function: str, position: int, predicate: bool) -> bool:
    """An error helper of another module, handed the caught error as its `position`th
    argument: with `predicate` False, whether it rethrows that error (unconditionally or
    behind a suspension guard) before anything else (`rethrowSuspend(e)`); with
    `predicate` True, whether it only returns a test true for the SDK's suspension
    (`isSuspend(e)`). Read as `guard_helper_rethrows` / `predicate_helper_passes` read
    a function of the file itself."""
    from wac_lint.frontends.body.walker import BodyWalker

    model = ScriptModel(source=source, tree=parse(source))
    front_end = _front_end(model)
    front_end.prepare_module()
    info = front_end.top_function(function)
    if info is None or info.body is None or info.is_async:
        return False  # an async helper's throw rejects a promise nobody awaits there
    params = [p for p in info.params if p.name not in ("self", "cls")]
    if position >= len(params):
        return False
    param = params[position].name
    if predicate:
        returned = front_end.sole_returned_value(info.body)
        return returned is not None and front_end.passes_suspension(returned, param)
    walker = BodyWalker(front_end, info)
    scope = front_end.semantic.scope_of_function(info.node)
    verdict = front_end.rethrow_in(info.body, param, walker, scope, 1)
    return verdict in (Rethrow.ALWAYS, Rethrow.GUARDED)


# (file, function, durable) being walked for its handlers: an import cycle is read once.
_WALKING: set[tuple[str, str, bool]] = set()


def helper_handlers(
    source: SourceFile, function: str, durable_params: bool
) -> list[tuple[HandlerKind, Rethrow, tuple[str, ...]]]:
    """The handlers a top-level function of a helper module runs as body code (handed a
    durable call when `durable_params`) that guard a durable call and do not let the
    SDK's suspension through: their kind, verdict, and the functions below `function`
    that hold them (empty for its own: `("attempt",)` when it calls `attempt`, of its
    module or of a third one, which holds the `try`)."""
    walked = _helper_walk(source.path, source.data, source.language, function, durable_params)
    return list(walked[0])


# A `finally` of a helper module around code that can suspend: its line, and the
# `return` / `break` / `continue` leaving it and the durable calls in it, as (text, line).
HelperFinally = tuple[int, tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]


def helper_finally_blocks(
    source: SourceFile, function: str, durable_params: bool
) -> list[HelperFinally]:
    """The `finally` blocks a top-level function of a helper module runs as body code
    (handed a durable call when `durable_params`) whose `try` can raise the SDK's
    suspension and that leave the block or make a durable call."""
    walked = _helper_walk(source.path, source.data, source.language, function, durable_params)
    return list(walked[1])


@lru_cache(maxsize=256)
def _helper_walk(
    path: str, data: bytes, language: LanguageKind, function: str, durable_params: bool
) -> tuple[tuple[tuple[HandlerKind, Rethrow, tuple[str, ...]], ...], tuple[HelperFinally, ...]]:
    key = (path, function, durable_params)
    if key in _WALKING:
        return (), ()
    _WALKING.add(key)
    try:
        source = SourceFile(path, data.decode("utf-8", "replace"), language)
        model = ScriptModel(source=source, tree=parse(source))
        if _front_end(model).walk_helper(function, durable_params) is None:
            return (), ()
    except RecursionError:
        return (), ()
    finally:
        _WALKING.discard(key)
    handlers = tuple(
        (h.kind, h.rethrow, h.chain)
        for h in model.handlers
        if h.protects_durable and not h.rethrows and h.kind in _REPORTED_KINDS
    )

    def placed(node: tree_sitter.Node) -> tuple[str, int]:
        return model.text(node).split("(", 1)[0].strip(), node.start_point[0] + 1

    blocks: list[HelperFinally] = []
    for block in model.finally_blocks:
        if not block.protects_durable or block.chain or not (block.exits or block.calls):
            continue
        exits = tuple(
            (model.text(span).split("\n", 1)[0], span.start_row + 1) for span in block.exits
        )
        calls = tuple(placed(c) for c in block.calls)
        blocks.append((block.span.start_row + 1, exits, calls))
    return handlers, tuple(blocks)


# Handlers read by what they catch, not by their own text (which stays in their file):
# also the gathers that keep the suspension as a result (`asyncio.gather(...,
# return_exceptions=True)`, `asyncio.wait`, `Promise.allSettled` in a helper handed the
# body's durable calls), whose messages name the construct, not the text at the call.
_REPORTED_KINDS = frozenset(
    {
        HandlerKind.BARE,
        HandlerKind.BASE_EXCEPTION,
        HandlerKind.CATCH,
        HandlerKind.PROMISE_CATCH,
        HandlerKind.GATHER_RETURN_EXCEPTIONS,
        HandlerKind.ASYNCIO_WAIT,
        HandlerKind.ALL_SETTLED,
    }
)
