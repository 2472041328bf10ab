"""What a name imported from another module of the workspace stands for, read in
that module: milliseconds (`hours(48)` of `./durations`, `REMINDER_INTERVAL = 4 *
HOUR_MS`), for the rules that judge a delay's unit."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from tree_sitter import Node

from wac_lint.rule import RuleContext
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.semantic import BindingKind
from wac_lint.workspace.crossfile import helper_of, reexport_origin


def imported_milliseconds(ctx: RuleContext) -> Callable[[Node], bool] | None:
    """A test for `in_milliseconds(..., imported=)`: whether an imported name (or a call
    of an imported function) is in milliseconds in the module that defines it."""
    workspace = ctx.workspace
    model = ctx.model
    if workspace is None:
        return None

    def test(node: Node) -> bool:
        ref = helper_of(model, node, workspace.file, workspace.project, workspace.consulted)
        if ref is None or "." in ref.function:
            return False
        workspace.consulted.add(ref.file)
        ref = reexport_origin(ref, workspace.project, workspace.consulted)
        try:
            stat = ref.file.stat()
        except OSError:
            return False
        called = node.type in ("call", "call_expression")
        return _exported_milliseconds(
            str(ref.file), ref.function, called, (stat.st_size, stat.st_mtime_ns)
        )

    return test


@lru_cache(maxsize=256)
def _exported_milliseconds(file: str, name: str, called: bool, _key: tuple[int, int]) -> bool:
    """Whether the module-level `name` of `file` is in milliseconds (`called`: whether
    the function it binds returns milliseconds)."""
    from wac_lint.engine import InputError, read_source
    from wac_lint.frontends import module_model

    try:
        other = module_model(read_source(file))
    except (InputError, OSError, RecursionError):
        return False
    semantic = other.semantic
    binding = semantic.module.bindings.get(name) if semantic is not None else None
    if binding is None or binding.kind == BindingKind.IMPORT:
        return False
    if called:
        function = (
            binding.value
            if binding.kind == BindingKind.FUNCTION
            else sdk.function_named(other, binding.assigned_value)
        )
        return function is not None and sdk.function_returns_milliseconds(other, function)
    value = sdk.unwrap(binding.assigned_value)
    return value is not None and sdk.in_milliseconds(other, value)
