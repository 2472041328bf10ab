"""Which step results an expression can read (`results.<id>`), and why not.

A flow runs its blocks in order: a step sees the steps before it in its own
block and, going outwards, the steps before each enclosing loop / branch. What
is inside a loop is visible outside only as the loop's own result (one entry per
iteration); a branch of a `branchone` may not have run at all; a step of one
branch cannot see another branch. The preprocessor runs before every step; the
failure module runs after whichever step failed.
"""

from __future__ import annotations

from wac_lint.flows.model import BlockKind, Expression, FlowModel, FlowModule, ModuleKind


def result_problem(model: FlowModel, expr: Expression, name: str) -> str | None:
    """Why `results.<name>` cannot be read where `expr` is evaluated (None: it can)."""
    ref = f"`results.{name}`"
    target = model.by_id.get(name)
    module = expr.module
    if module is None:
        return f"{ref}: `{expr.role.value}` is evaluated before any step runs"
    root = module.root_block()
    if root.kind is BlockKind.PREPROCESSOR:
        return f"{ref}: the preprocessor runs before every step, so no step result exists yet"
    if target is None:
        return f"{ref} names no step of this flow"
    if root.kind is BlockKind.FAILURE:
        return None  # runs after the failing step, with every result produced so far
    if target is module:
        if expr.role.sees_own_result:
            return None
        return f"{ref} is this step's own result, which does not exist before it runs"
    ancestors = module.ancestors()
    if target in ancestors:
        return (
            f"{ref}: `{name}` encloses this step, and its result exists only once it has finished"
        )
    target_root = target.root_block()
    if target_root.kind is BlockKind.PREPROCESSOR:
        return f"{ref}: the preprocessor's result is the flow's input; read it from `flow_input`"
    if target_root.kind is BlockKind.FAILURE:
        return f"{ref}: the failure module runs only after a step has failed"
    anchor_chain = [module, *ancestors]
    by_block = {id(m.block): m for m in anchor_chain}
    for outer in [target, *target.ancestors()]:
        mine = by_block.get(id(outer.block))
        if mine is None:
            continue
        if mine is outer:  # the target is inside this step or one that encloses it
            return _inside_shared(ref, outer, module, expr.role.sees_own_result)
        return _siblings(ref, name, target, outer, mine)
    return None


def _inside_shared(ref: str, outer: FlowModule, module: FlowModule, own: bool) -> str | None:
    """The target is inside `outer`, which is this step or encloses it."""
    if outer is module:
        if own:
            return None
        return f"{ref} is inside this step (`{outer.id}`), which has not run it yet"
    return f"{ref} is in another branch of `{outer.id}`, which this step cannot see"


def _siblings(
    ref: str, name: str, target: FlowModule, outer: FlowModule, mine: FlowModule
) -> str | None:
    """`outer` holds the target (or is it); `mine` holds this step; same block."""
    if outer.block.kind is BlockKind.TOOLS:
        return f"{ref} is another tool of the AI agent; a tool cannot read the others' results"
    if outer.position > mine.position:
        if outer is target:
            return f"{ref}: step `{name}` runs after this one"
        return f"{ref}: `{name}` is inside `{outer.id}`, which runs after this step"
    if outer is target:
        return None
    kind = outer.kind
    if kind is not None and kind.is_loop:
        return (
            f"{ref}: `{name}` is inside loop `{outer.id}`; after the loop only "
            f"`results.{outer.id}` (one result per iteration) exists"
        )
    if kind is ModuleKind.BRANCHONE:
        return (
            f"{ref}: `{name}` is in a branch of `{outer.id}` that may not have run; "
            f"use `results.{outer.id}` (the result of the branch taken)"
        )
    if kind is ModuleKind.AIAGENT:
        return f"{ref}: `{name}` is a tool of AI agent `{outer.id}`, which may not have called it"
    return None
