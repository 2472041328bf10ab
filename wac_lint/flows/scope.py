"""Which step results an expression can read (`results.<id>`), and why not.

A flow runs its blocks in order: a step sees the steps before it in its own
block and, going outwards, the steps before each enclosing loop / branch. What
is inside a loop is visible outside as the loop's own result (one entry per
iteration); read by its own id after the loop, a step of a sequential loop gives
only its last iteration's result (each finished step's job is recorded under its
id in the root flow's leaf jobs, which `results.<id>` falls back to), and a step
of a parallel loop gives null (each iteration is a flow of its own); a branch of
a `branchone` may not have run at all; a step of one branch cannot see another
branch. The preprocessor runs before every step; the failure module runs after
whichever step failed.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from wac_lint.flows.expressions import (
    ElementRead,
    LiteralComparison,
    Ref,
    handles_absence,
    parse_expression,
)
from wac_lint.flows.json_values import PRIMITIVE_MEMBERS
from wac_lint.flows.model import (
    Block,
    BlockKind,
    Expression,
    ExprRole,
    FlowModel,
    FlowModule,
    ModuleKind,
)
from wac_lint.flows.targets import target_of
from wac_lint.rule import WARNING, with_article

# What an array answers besides its indexes: a loop's or a branchall's result is
# an array, and any other property read on it is undefined.
ARRAY_MEMBERS = frozenset(
    "length at concat copyWithin entries every fill filter find findIndex findLast "
    "findLastIndex flat flatMap forEach includes indexOf join keys lastIndexOf map pop "
    "push reduce reduceRight reverse shift slice some sort splice toLocaleString "
    "toReversed toSorted toSpliced toString unshift values with constructor "
    "hasOwnProperty isPrototypeOf propertyIsEnumerable valueOf".split()
)


class Problem(NamedTuple):
    message: str
    severity: str | None = None  # None: the rule's own (error); a warning runs, but reads
    # something other than the whole of what the name suggests


def result_problem(
    model: FlowModel, expr: Expression, name: str, read: Ref | None = None
) -> Problem | None:
    """Why `results.<name>` cannot be read where `expr` is evaluated (None: it can)."""
    found = _result_problem(model, expr, name, read)
    return Problem(found) if isinstance(found, str) else found


_HYPHEN_TAIL = re.compile(r"(?:-[A-Za-z0-9_]+)+")


def _hyphenated_id(model: FlowModel, text: str, name: str, read: Ref | None) -> str | None:
    """The step id with hyphens that `results.<name>-<rest>` was meant to read
    (`results.fetch-orders`, which JavaScript reads as a subtraction), if any."""
    if read is None:
        return None
    tail = _HYPHEN_TAIL.match(text, read.end)
    if tail is None:
        return None
    parts = tail.group(0).split("-")[1:]
    for count in range(len(parts), 0, -1):
        candidate = "-".join([name, *parts[:count]])
        if candidate in model.by_id:
            return candidate
    return None


def _result_problem(
    model: FlowModel, expr: Expression, name: str, read: Ref | None
) -> str | Problem | None:
    ref = f"`results.{name}`"
    target = model.by_id.get(name)
    module = expr.module
    if module is None:
        return f"{ref}: `{expr.role.value}` is evaluated before any step runs"
    root = module.root_block()
    if root.kind is BlockKind.PREPROCESSOR:
        return f"{ref}: the preprocessor runs before every step, so no step result exists yet"
    if target is None:
        import difflib

        hyphenated = _hyphenated_id(model, expr.text, name, read)
        if hyphenated is not None:
            rest = hyphenated[len(name) + 1 :]
            return (
                f"`results.{hyphenated}` is `results.{name}` minus `{rest}` in JavaScript, "
                f"and no step is called `{name}`; read step `{hyphenated}` as "
                f'`results["{hyphenated}"]`'
            )
        close = difflib.get_close_matches(name, sorted(model.by_id), n=1, cutoff=0.75)
        hint = f"; did you mean `results.{close[0]}`?" if close else ""
        return f"{ref} names no step of this flow{hint}"
    if root.kind is BlockKind.FAILURE:
        return None  # runs after the failing step, with every result produced so far
    if target is module:
        if expr.role.sees_own_result:
            return None
        loop = _enclosing_while(module)
        if loop is not None:
            # the flow's schema: a while loop's step carries state across iterations
            # by reading its own previous-iteration result, with a first-iteration
            # fallback
            # one guarded read covers the others (`results.page ? results.page.n : 0`)
            if read is not None and any(
                other.kind is read.kind
                and other.name == name
                and handles_absence(expr.text, other.start, other.end)
                for other in parse_expression(expr.text).refs
            ):
                return None
            return (
                f"{ref} is this step's result from the previous iteration of while "
                f"loop `{loop.id}`, which the first iteration does not have: add a "
                f"fallback (`results.{name} ?? ...`, `results.{name}?.x`)"
            )
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
            return _inside_shared(ref, outer, module, expr, target, model, read)
        return _siblings(ref, name, target, outer, mine, model, expr, read)
    return None


def _inside_shared(
    ref: str,
    outer: FlowModule,
    module: FlowModule,
    expr: Expression,
    target: FlowModule,
    model: FlowModel,
    read: Ref | None,
) -> str | Problem | None:
    """The target is inside `outer`, which is this step or encloses it."""
    role = expr.role
    if outer is module:
        if role is ExprRole.STOP_AFTER_IF and module.kind is not None and module.kind.is_loop:
            # the flow's schema (WhileloopFlow): the loop's `stop_after_if` does not
            # resolve `results` of its steps; it sees the last iteration as `result`
            never = ", so the loop never stops" if module.kind is ModuleKind.WHILELOOP else ""
            return (
                f"{ref} is a step inside loop `{outer.id}`, whose `stop_after_if` cannot "
                f"read its steps' results{never}; use `result` (the last iteration's "
                "result) or put the `stop_after_if` on that step"
            )
        if role.sees_own_result:
            return None
        return f"{ref} is inside this step (`{outer.id}`), which has not run it yet"
    return _other_branch(ref, outer, target, module, model, expr, read)


def _other_branch(
    ref: str,
    outer: FlowModule,
    target: FlowModule,
    module: FlowModule,
    model: FlowModel,
    expr: Expression,
    read: Ref | None,
) -> str | Problem | None:
    """The target and this step are in two branches of `outer`. Branches run as
    flows sharing the root's leaf jobs, so `results.<id>` finds a step of another
    branch once it has finished (windmill-queue `get_result_by_id`), null before."""
    theirs, mine = _branch_index(outer, target), _branch_index(outer, module)
    if outer.kind is ModuleKind.BRANCHONE:
        return (
            f"{ref} is in another branch of `{outer.id}`: a branchone runs only one "
            "branch, so here it is null"
        )
    if outer.kind is not ModuleKind.BRANCHALL or theirs is None or mine is None:
        return f"{ref} is in another branch of `{outer.id}`, which this step cannot see"
    flag = outer.value.get("parallel") if outer.value is not None and outer.value.is_map else None
    if flag is not None and flag.value() is True:
        return (
            f"{ref} is in another branch of `{outer.id}`, and with `parallel: true` the "
            "branches run at the same time: it is null unless that branch happens to "
            "finish first"
        )
    if theirs > mine:
        return (
            f"{ref} is in branch {theirs + 1} of `{outer.id}`, which runs after this "
            f"step's branch {mine + 1}: here it is null"
        )
    for holder in _holders(target, outer)[1:]:  # a loop or branchone in the earlier branch
        found = _holder_problem(ref, target.id or "", target, holder, model, expr, read)
        if found is not None:
            return found
    return None  # an earlier branch of a sequential branchall has run


def _branch_index(outer: FlowModule, module: FlowModule) -> int | None:
    for current in [module, *module.ancestors()]:
        if current.parent is outer:
            return next(i for i, block in enumerate(outer.blocks) if block is current.block)
    return None


def _siblings(
    ref: str,
    name: str,
    target: FlowModule,
    outer: FlowModule,
    mine: FlowModule,
    model: FlowModel,
    expr: Expression,
    read: Ref | None,
) -> str | Problem | None:
    """`outer` holds the target (or is it); `mine` holds this step; same block."""
    if outer.block.kind is BlockKind.TOOLS:
        return f"{ref} is another tool of the AI agent; a tool cannot read the others' results"
    if outer.position > mine.position:
        if outer is target:
            return f"{ref}: step `{name}` runs after this one"
        return f"{ref}: `{name}` is inside `{outer.id}`, which runs after this step"
    if outer is target:
        return None
    # every container from `outer` down to the target's parent may keep it from
    # having run: a branchone nested in a branchall's branch, a loop in a branch
    for holder in _holders(target, outer):
        found = _holder_problem(ref, name, target, holder, model, expr, read)
        if found is not None:
            return found
    return None


def _holders(target: FlowModule, outer: FlowModule) -> list[FlowModule]:
    """The steps holding `target`, from `outer` (included) inward to its parent."""
    chain: list[FlowModule] = []
    for current in target.ancestors():
        chain.append(current)
        if current is outer:
            break
    return chain[::-1]


def _holder_problem(
    ref: str,
    name: str,
    target: FlowModule,
    outer: FlowModule,
    model: FlowModel,
    expr: Expression,
    read: Ref | None,
) -> str | Problem | None:
    """Why `target`, inside `outer`, may not have its own result read after `outer`."""
    kind = outer.kind
    if kind is not None and kind.is_loop:
        # windmill-worker: a finished step's job is written under its id into the
        # leaf jobs of the flow's innermost root job, and `results.<id>` of a step
        # not in the reader's own flow status is looked up there (null when absent).
        # A sequential loop's iterations share the root, so the last one's result
        # stays; a parallel loop's iterations are pushed as roots of their own.
        apart = _parallel_loop_between(target, outer)
        if apart is not None:
            return (
                f"{ref}: `{name}` is inside parallel loop `{apart.id}`, whose iterations "
                f"run as flows of their own, so after the loop `results.{name}` is null; "
                f"read `results.{outer.id}` (one result per iteration)"
            )
        every = _runs_in_every_while_iteration(target, outer)
        if every and not _wants_list(model, expr, read, target):
            return None  # the final iteration's result, which is what ended the loop
        # a while loop runs at least once; a for loop over an empty list never
        empty = "" if outer.kind is ModuleKind.WHILELOOP else " (null if no iteration ran)"
        return Problem(
            f"{ref}: `{name}` is inside loop `{outer.id}`, so after the loop it reads only "
            f"the last iteration's result{empty}; "
            f"`results.{outer.id}` has one result per iteration",
            WARNING,
        )
    if kind is ModuleKind.BRANCHONE:
        return (
            f"{ref}: `{name}` is in a branch of `{outer.id}` that may not have run; "
            f"use `results.{outer.id}` (the result of the branch taken)"
        )
    if kind is ModuleKind.AIAGENT:
        return f"{ref}: `{name}` is a tool of AI agent `{outer.id}`, which may not have called it"
    return None


def _runs_in_every_while_iteration(target: FlowModule, outer: FlowModule) -> bool:
    """A step of a while loop's own body that every iteration runs, the last one
    included: a while loop runs at least once, and nothing before the step in the
    body can end the iteration early (`stop_after_if`) or skip it (`skip_if` on the
    step itself). After the loop, `results.<id>` is then the final iteration's
    result, the one the loop stopped on, not a stale or missing one."""
    if outer.kind is not ModuleKind.WHILELOOP or target.parent is not outer:
        return False
    if target.node.get("skip_if") is not None:
        return False
    before = target.block.modules[: target.position]
    return all(m.node.get("stop_after_if") is None for m in before)


def _wants_list(model: FlowModel, expr: Expression, read: Ref | None, target: FlowModule) -> bool:
    """The expression gives a value where a list is wanted: a loop's iterator, or
    the input of a parameter typed as an array (reading one step of a loop there
    mistakes its last iteration's result for every iteration's). Not when the read
    takes a field of the result (`results.round.all_args`) that may itself be a list:
    that reads the last iteration's result as one result (a list of iterations has
    no such field), for the list the loop built up; unless the step's code says the
    field is something else (`return {total: n * 2}`)."""
    member = read.member if read is not None else None
    if member is not None and member not in ARRAY_MEMBERS and not member.isdigit():
        from wac_lint.flows.returns import return_kind
        from wac_lint.flows.targets import step_code

        code = step_code(model, target)
        kind = return_kind(*code, member) if code is not None else None
        if kind is None or kind == "array":
            return False
    if member is None and _result_is_list(model, target):
        # the step's own result is a list (a loop, a branchall, rows, `return [...]`):
        # the last iteration's list is a list too, and the final round is what a while
        # loop stops on
        return False
    if expr.role is ExprRole.ITERATOR:
        return True
    module = expr.module
    if expr.role is not ExprRole.INPUT or module is None:
        return False
    name = next((t.name for t in module.transforms if t.expr is expr.node), None)
    if name is None:
        return False
    called = target_of(model, module)
    param = called.param(name) if called is not None else None
    return param is not None and param.type == "array"


def result_is_list(model: FlowModel, target: FlowModule) -> bool:
    """Whether a step's whole result is known to be a list (see `_result_is_list`)."""
    return _result_is_list(model, target)


def _result_is_list(model: FlowModel, target: FlowModule) -> bool:
    """A step whose whole result is known to be a list: a loop or a `branchall` (one
    entry per iteration or branch), or a script whose every `return` gives a list
    (a SQL step's rows)."""
    from wac_lint.flows.returns import returns_list
    from wac_lint.flows.targets import step_code

    if target.kind is not None and (target.kind.is_loop or target.kind is ModuleKind.BRANCHALL):
        return True
    if target.kind not in (ModuleKind.RAWSCRIPT, ModuleKind.SCRIPT) or target.mocked:
        return False
    code = step_code(model, target)
    return code is not None and returns_list(*code)


def _parallel_loop_between(target: FlowModule, outer: FlowModule) -> FlowModule | None:
    """The outermost `parallel: true` for loop from `outer` down to `target`'s parent."""
    found = None
    for current in target.ancestors():
        if current.kind is ModuleKind.FORLOOP and current.value is not None:
            flag = current.value.get("parallel") if current.value.is_map else None
            if flag is not None and flag.value() is True:
                found = current
        if current is outer:
            break
    return found


def _enclosing_while(module: FlowModule) -> FlowModule | None:
    for outer in module.ancestors():
        if outer.kind is ModuleKind.WHILELOOP:
            return outer
    return None


def result_shape_problem(model: FlowModel, expr: Expression, ref: Ref) -> str | None:
    """Why `results.<id>.<member>` is undefined: the step's result is an array (a
    loop's: one entry per iteration; a branchall's: one per branch)."""
    member = ref.member
    target = model.by_id.get(ref.name)
    if member is None or target is None:
        return None
    if target is expr.module:
        # a while loop's step reading its own result of the previous iteration: the
        # fallback it needs for the first iteration says nothing about the field
        return _previous_iteration_field_problem(model, expr, ref, target)
    if target.mocked:
        if handles_absence(expr.text, ref.start, ref.member_end):
            return None
        return _mock_field_problem(target, f"`results.{ref.name}.{member}`", member)
    if member.startswith("-"):
        return _negative_index_problem(model, target, member)
    if member.isdigit():
        found = _branch_index_problem(target, int(member))
        if found is not None or handles_absence(expr.text, ref.start, ref.member_end):
            return found
        return _object_index_problem(model, target, member)
    text = f"`results.{ref.name}.{member}`"
    if member in ARRAY_MEMBERS:
        # an array member on one row (`results.q.length` with `last_statement_first_row`)
        if target.kind not in (ModuleKind.RAWSCRIPT, ModuleKind.SCRIPT):
            return None
        return _one_row_member_problem(model, expr, ref, target, text)
    form = _approval_form_problem(model, target, text, member)
    if form is not None:
        return form
    if target.kind is ModuleKind.IDENTITY:
        return _identity_field_problem(model, expr, ref, target, text)
    if target.kind is ModuleKind.AIAGENT:
        return _agent_field_problem(expr, ref, target, text)
    if target.kind in (ModuleKind.RAWSCRIPT, ModuleKind.SCRIPT):
        listed = _list_returning_step_problem(model, target, text, member)
        if listed is not None:
            return listed
        return _missing_key_problem(model, expr, ref, target, text)
    if target.kind is ModuleKind.FLOW:
        return _subflow_field_problem(model, expr, ref, target, text)
    if target.kind is ModuleKind.BRANCHONE:
        if handles_absence(expr.text, ref.start, ref.member_end):
            return None
        return _branchone_approval_problem(model, target, text, member) or (
            _branchone_field_problem(model, target, text, member)
        )
    if target.kind not in _ARRAY_RESULTS:
        return None
    if target.kind is ModuleKind.BRANCHALL:
        index = _branch_of(target, member)
        return (
            f"{text}: the result of branchall `{ref.name}` is a list with one entry per "
            f"branch, which has no `{member}`; read `results.{ref.name}[{index}]`"
        )
    return (
        f"{text}: the result of loop `{ref.name}` is a list with one entry per "
        f"iteration, which has no `{member}`; index it or map over it "
        f"(`results.{ref.name}.map((r) => r.{member})`)"
    )


_ARRAY_RESULTS = (ModuleKind.BRANCHALL, ModuleKind.FORLOOP, ModuleKind.WHILELOOP)


def negative_index_words(read: str, index: str, what: str = "a list") -> str:
    """Why `<read>[-1]` is undefined on a list (or a string), and what to write."""
    return (
        f"JavaScript has no negative index: `[{index}]` reads the property named "
        f'`"{index}"`, which {what} does not have, so it is undefined (Python\'s item from '
        f"the end); write `{read}.at({index})`"
    )


def _negative_index_problem(model: FlowModel, target: FlowModule, index: str) -> str | None:
    """`results.<id>[-1]` on a step whose result is a list."""
    if not _result_is_list(model, target):
        return None
    read = f"results.{target.id}"
    return f"`{read}[{index}]`: the result of step `{target.id}` is a list, and " + (
        negative_index_words(read, index)
    )


def _approval_form_problem(
    model: FlowModel, target: FlowModule, text: str, member: str
) -> str | None:
    """A field of an approval step's form read from the step's result. The answer to
    the form never lands there: the flow runner hands it to the next step only, as
    `resume` (windmill-worker `worker_flow.rs` `push_next_flow_job` collects the
    resume messages of the previous module); the step's result stays what its code
    returned, and an identity step's is the result of the step before it."""
    from wac_lint.flows.returns import returned_keys
    from wac_lint.flows.targets import step_code

    suspend = target.node.get("suspend")
    form = suspend.get("resume_form") if suspend is not None and suspend.is_map else None
    schema = form.get("schema") if form is not None and form.is_map else None
    props = schema.get("properties") if schema is not None and schema.is_map else None
    if props is None or not props.is_map or props.get(member) is None or target.mocked:
        return None
    if target.kind is ModuleKind.IDENTITY:
        gives = "an identity step hands on the result of the step before it"
    else:
        found = step_code(model, target)
        keys = returned_keys(*found) if found is not None else None
        if keys is None or member in keys:
            return None
        gives = "its code returns no such field"
    return (
        f"{text}: `{member}` is a field of the approval form of step `{target.id}`, but the "
        f"answer never lands in its result ({gives}); Windmill hands it to the step right "
        f"after `{target.id}` only, as `resume.{member}`"
    )


def _branchone_approval_problem(
    model: FlowModel, target: FlowModule, text: str, member: str
) -> str | None:
    """A field of the approval form of the last step of a branchone's branch, read from
    the branchone's result: that result is the branch's last step's, where the answer
    never lands (see `_approval_form_problem`), and no step of the branch after the
    approval receives it as `resume`."""
    for block in target.blocks:
        last = block.modules[-1] if block.modules else None
        if last is None or last.node.get("skip_if") is not None:
            continue
        found = _approval_form_problem(model, last, text, member)
        if found is None:
            continue
        if last.kind is not ModuleKind.IDENTITY:
            gives = "its code returns no such field"
        elif last.position:
            gives = "an identity step hands on the result of the step before it"
        else:
            gives = "an identity step first in its branch hands on the branch's input"
        return (
            f"{text}: `{member}` is a field of the approval form of step `{last.id}`, the "
            f"last step of a branch of branchone `{target.id}`, whose result is then that "
            f"step's, where the answer never lands ({gives}); Windmill hands it only to a "
            f"step right after `{last.id}` in the same branch, as `resume.{member}`"
        )
    return None


def _branch_index_problem(target: FlowModule, index: int) -> str | None:
    """`results.<branchall>[i]` past its last branch: the result has one entry per
    branch (windmill-worker `worker_flow.rs` collects every branch's job)."""
    count = len(target.blocks)
    if target.kind is not ModuleKind.BRANCHALL or count == 0 or index < count:
        return None
    plural = "es" if count > 1 else ""
    return (
        f"`results.{target.id}[{index}]`: branchall `{target.id}` has {count} branch{plural}, "
        f"so its result is a list of {count} (entries 0 to {count - 1}); entry {index} is "
        "undefined"
    )


def _mock_field_problem(target: FlowModule, text: str, member: str) -> str | None:
    """A field of a mocked step's result that its mock does not give: the runner skips
    the step's code and completes it with `mock.return_value` (null when there is
    none: windmill-worker `push_next_flow_job` hands it on as an identity job's
    `previous_result`)."""
    mock = target.node.get("mock")
    given = mock.get("return_value") if mock is not None and mock.is_map else None
    value = given.value() if given is not None else None
    mocked = f"step `{target.id}` is mocked (`mock.enabled: true`)"
    if value is None:
        return (
            f"{text}: {mocked} without a `return_value`, so its result is null and "
            f"reading `{member}` from it throws a TypeError"
        )
    if isinstance(value, dict):
        if member in value or member in _ANY_OBJECT_MEMBERS:
            return None
        keys = ", ".join(f"`{k}`" for k in sorted(str(k) for k in value))
        shape = f"an object with {keys} and no `{member}`" if keys else "an empty object"
        return (
            f"{text}: {mocked}: its result is the mock's `return_value`, {shape}, so it "
            "is undefined"
        )
    if isinstance(value, list) and member not in ARRAY_MEMBERS and not member.isdigit():
        return (
            f"{text}: {mocked}: its result is the mock's `return_value`, a list, which has "
            f"no `{member}`"
        )
    if isinstance(value, str) and member not in _STRING_MEMBERS and not member.isdigit():
        spelt = value.lstrip()[:1] in ("{", "[")
        hint = (
            " (quoted, the JSON it spells stays text: write the value as YAML, "
            "`return_value: {...}`)"
            if spelt
            else ""
        )
        return (
            f"{text}: {mocked}: its result is the mock's `return_value`, a string{hint}, "
            f"which has no `{member}`, so it is undefined"
        )
    return None


def identity_source(step: FlowModule) -> FlowModule | None:
    """The step whose result an identity step hands on: the step before it in its
    block (windmill-worker runs an identity job with `previous_result` as its only
    argument and completes it with that value), through a chain of identity steps;
    None for a mocked one or one first in its block."""
    while step.kind is ModuleKind.IDENTITY and not step.mocked:
        if not step.position:
            return None
        step = step.block.modules[step.position - 1]
    return None if step.kind is ModuleKind.IDENTITY else step


def _identity_field_problem(
    model: FlowModel, expr: Expression, ref: Ref, target: FlowModule, text: str
) -> str | None:
    """A field of an identity step's result that the script step before it (whose
    result it is) never returns."""
    member = ref.member
    source = identity_source(target)
    if member is None or source is None or member in _ANY_OBJECT_MEMBERS:
        return None
    if source.kind not in (ModuleKind.RAWSCRIPT, ModuleKind.SCRIPT) or source.mocked:
        return None
    if source.node.get("skip_if") is not None or member.isdigit():
        return None
    reason = _step_field_reason(model, source, member)
    if reason is None or handles_absence(expr.text, ref.start, ref.member_end):
        return None
    return (
        f"{text}: `{target.id}` is an identity step, which hands on the result of the step "
        f"before it, `{source.id}`, and {reason}"
    )


def _object_keys(model: FlowModel, step: FlowModule) -> frozenset[str] | None:
    """The keys of a script step's result when every `return` of its `main` gives an
    object literal with its keys written out (and it always runs: no `skip_if`, not
    mocked); None when its result may be anything else."""
    from wac_lint.flows.returns import return_kind, returned_keys
    from wac_lint.flows.targets import step_code

    if step.kind not in (ModuleKind.RAWSCRIPT, ModuleKind.SCRIPT) or step.mocked:
        return None
    if step.node.get("skip_if") is not None:
        return None
    found = step_code(model, step)
    if found is None or return_kind(*found) != "object":
        return None
    keys = returned_keys(*found)
    return keys if keys else None


def _object_index_problem(
    model: FlowModel, target: FlowModule, index: str, base: str | None = None
) -> str | None:
    """`results.<id>[i]` on a result that is an object, not a list: a script step whose
    every `return` is an object literal, or a branchone whose every branch ends with
    such a step (its result is that step's: windmill-worker `worker_flow.rs`
    completes the branch's flow with it). Entry `i` is undefined. `base`: the name
    the result is read under, when not `results.<id>` (`previous_result`, `result`)."""
    if target.kind is ModuleKind.BRANCHONE:
        finals = [_final_step(block) for block in target.blocks]
        if not finals or any(f is None for f in finals):
            return None
        steps = [f for f in finals if f is not None]
        shapes = [_object_keys(model, f) for f in steps]
        if any(k is None or index in k for k in shapes):
            return None
        keys = sorted(frozenset().union(*(k for k in shapes if k is not None)))
        names = ", ".join(f"`{f.id}`" for f in steps)
        whose = (
            f"the result of branchone `{target.id}` is the result of the last step of the "
            f"branch it takes ({names}), which returns an object"
        )
    else:
        found = _object_keys(model, target)
        if found is None or index in found:
            return None
        keys = sorted(found)
        whose = f"every `return` of step `{target.id}`'s `main` gives an object"
    listed = ", ".join(f"`{k}`" for k in keys)
    name = base or f"results.{target.id}"
    return (
        f"`{name}[{index}]`: {whose} (with {listed}), not a list, so entry "
        f"{index} is undefined; read its fields (`{name}.{keys[0]}`)"
    )


# the affected-row count of database clients (node-postgres / pg `rowCount`, mysql2
# `affectedRows`, DB-API `rowcount`), which a Windmill SQL step's result (its rows) has not
_ROW_COUNT_FIELDS = frozenset({"rowCount", "rowcount", "affectedRows", "affected_rows"})


def _list_returning_step_problem(
    model: FlowModel, target: FlowModule, text: str, member: str
) -> str | None:
    """A step (inline, or a script by path) whose every `return` gives a list literal,
    or a SQL query giving rows: its result is a list."""
    from wac_lint.flows.returns import SQL_ROWS, returns_list, sql_gives_rows, why_kind
    from wac_lint.flows.targets import step_code

    found = step_code(model, target)
    if found is None or target.mocked or not returns_list(*found):
        return None
    if found[0] in SQL_ROWS and not sql_gives_rows(*found):
        hint = _statement_hint(found, str(target.id), member)
        return (
            f"{text}: {why_kind(found[0], str(target.id), found[1])}, which has no `{member}`{hint}"
        )
    if found[0] in SQL_ROWS:
        if member == "rows":  # the habit of client libraries (`res.rows`)
            hint = f"the rows are the result itself: read `results.{target.id}`"
        elif member in _ROW_COUNT_FIELDS:
            hint = (
                f"the number of rows it returns is `results.{target.id}.length` (an UPDATE "
                "or DELETE returns rows only with `RETURNING`)"
            )
        else:
            hint = f"read the first row (`results.{target.id}[0].{member}`) or map over them"
        return f"{text}: {why_kind(found[0], str(target.id))}, which has no `{member}`; {hint}"
    from wac_lint.flows.returns import python_json_form

    form = python_json_form(*found)
    if form is not None:
        return f"{text}: {form.words(str(target.id))}, which has no `{member}`; {form.fix}"
    return (
        f"{text}: step `{target.id}` returns a list (every `return` of its `main` gives one), "
        f"which has no `{member}`; index it or map over it "
        f"(`results.{target.id}.map((r) => r.{member})`)"
    )


# what every object has, and the field a failed step's result holds
# (`continue_on_error: true` hands the next step `{error: ...}`)
_ANY_OBJECT_MEMBERS = frozenset(
    {"constructor", "hasOwnProperty", "toString", "valueOf", "toLocaleString", "error"}
)
# What a string answers: String.prototype's members and Object's.
_STRING_MEMBERS = PRIMITIVE_MEMBERS["string"] | _ANY_OBJECT_MEMBERS


# what a JSON boolean / number answers besides the members of every object
_SCALAR_MEMBERS = {
    "boolean": frozenset(),
    "number": frozenset({"toFixed", "toPrecision", "toExponential"}),
}


def _scalar_result_reason(found: tuple[str, str] | None, step: str, member: str) -> str | None:
    """A step whose every `return` gives a boolean, a number (a literal, a
    comparison, a negation) or a string, or a Bash / PowerShell step (whose result
    is the last line it prints): a field read on its result is undefined."""
    from wac_lint.flows.returns import python_json_form, return_kind, text_result_why

    if found is None:
        return None
    kind = return_kind(*found)
    if kind == "string":
        # a string has its own members (`length`, `split`) and characters at indexes
        if member in _STRING_MEMBERS or member.isdigit():
            return None
        why = text_result_why(found[0], step)
        form = python_json_form(*found)
        if why is None and form is not None:
            return f"{form.words(step)}, which has no `{member}`, so it is undefined; {form.fix}"
        if why is None:
            why = f"every `return` of step `{step}`'s `main` gives a string"
        return f"{why}, which has no `{member}`, so it is undefined"
    if kind not in _SCALAR_MEMBERS or member in _SCALAR_MEMBERS[kind]:
        return None
    article = "an" if kind[0] in "aeiou" else "a"
    return (
        f"every `return` of step `{step}`'s `main` gives {article} {kind}, which has no "
        f"`{member}`, so it is undefined"
    )


def _statement_hint(found: tuple[str, str], step: str, member: str) -> str:
    """For a SQL step giving one entry per statement: the entry whose rows have the
    column `member` (`; read results.<step>[1].<member>`)."""
    from wac_lint.flows.returns import sql_collection, sql_statement_columns

    name = sql_collection(*found) or ""
    if not name.startswith("all_statements") or name.endswith("_scalar"):
        return ""
    holders = [i for i, cols in enumerate(sql_statement_columns(*found)) if cols and member in cols]
    if len(holders) != 1:
        return ""
    index = holders[0]
    if name == "all_statements_first_row":
        return (
            f"; `{member}` is a column of statement {index + 1}: read "
            f"`results.{step}[{index}].{member}`"
        )
    return (
        f"; `{member}` is a column of statement {index + 1}: read "
        f"`results.{step}[{index}][0].{member}` or map over its rows"
    )


def _sql_row_reason(found: tuple[str, str] | None, step: str, member: str) -> str | None:
    """A field of a SQL step whose result is one row or one value: with
    `last_statement_first_row` the row has only the columns its last statement
    selects (a field it lacks, `length` included, is undefined); with
    `last_statement_first_row_scalar` the result is the first column's value, not
    the row, so reading a column from it is undefined."""
    from wac_lint.flows.returns import SQL_ROWS, sql_collection, sql_row_columns

    if found is None or found[0] not in SQL_ROWS or member in _ANY_OBJECT_MEMBERS:
        return None
    name = sql_collection(*found)
    if name not in ("last_statement_first_row", "last_statement_first_row_scalar"):
        return None
    columns = sql_row_columns(*found)
    if not columns:
        return None
    label = f"step `{step}` is a {SQL_ROWS[found[0]]} query with `result_collection={name}`"
    if name == "last_statement_first_row_scalar":
        if member not in columns:
            return None  # the value itself may be an object (a JSON column)
        return (
            f"{label}, whose result is the value of the first column of its first row, not "
            f"the row, so `{member}` is undefined; read `results.{step}` itself"
        )
    if member in columns:
        return None
    import difflib

    listed = ", ".join(f"`{c}`" for c in sorted(columns))
    if member == "length":
        hint = "; to test for a row, compare the result itself with null (`!= null`)"
    else:
        close = difflib.get_close_matches(member, sorted(columns), n=1, cutoff=0.6)
        hint = f"; did you mean `{close[0]}`?" if close else ""
    return (
        f"{label}, whose result is one row (null when there is none) with {listed} and "
        f"no `{member}`, so it is undefined{hint}"
    )


def _previous_iteration_field_problem(
    model: FlowModel, expr: Expression, ref: Ref, target: FlowModule
) -> str | None:
    """`results.<self>?.<field> ?? start` in a while loop's step: the step's result of
    the previous iteration (the schema's WhileloopFlow), judged by its code's returns
    like any step's result. Its fallback is there for the first iteration, which has
    no result yet, so it does not excuse a field no `return` gives: that read is
    undefined in every iteration, and the loop never moves on."""

    member = ref.member
    if member is None or expr.role.sees_own_result or _enclosing_while(target) is None:
        return None
    if target.kind not in (ModuleKind.RAWSCRIPT, ModuleKind.SCRIPT) or target.mocked:
        return None
    if target.node.get("skip_if") is not None:
        return None
    reason = _step_field_reason(model, target, member)
    if reason is None:
        return None
    return f"`results.{ref.name}.{member}` (this step's result of the previous iteration): {reason}"


def _one_row_member_problem(
    model: FlowModel, expr: Expression, ref: Ref, target: FlowModule, text: str
) -> str | None:
    """An array member (`length`, `map`) read on a SQL step that gives one row."""
    from wac_lint.flows.targets import step_code

    member = ref.member
    if member is None or target.mocked or target.node.get("skip_if") is not None:
        return None
    reason = _sql_row_reason(step_code(model, target), str(target.id), member)
    if reason is None or handles_absence(expr.text, ref.start, ref.member_end):
        return None
    return f"{text}: {reason}"


# The result of an AI agent step: windmill-worker `ai/types.rs` `AIAgentResult`, the
# answer under `output` (the model's text, or the object `output_schema` asks for),
# the conversation under `messages`, and `usage` / `wm_stream` when there are some.
AGENT_RESULT_KEYS = frozenset({"output", "messages", "usage", "wm_stream"})


def _agent_answers_text(agent: FlowModule) -> bool:
    """The agent's `output_type` is `text` (static, or left out: the default): an
    `image` agent completes with the uploaded image's S3 object instead."""
    transforms = agent.value.get("input_transforms") if agent.value is not None else None
    spec = transforms.get("output_type") if transforms is not None else None
    if spec is None:
        return True
    kind = spec.get("type") if spec.is_map else None
    value = spec.get("value") if spec.is_map else None
    return (
        kind is not None
        and kind.text == "static"
        and value is not None
        and value.str_value() == "text"
    )


def _agent_output_fields(agent: FlowModule) -> frozenset[str] | None:
    """The fields of a text agent's `output`: the `properties` of its static
    `output_schema` (windmill-worker parses the answer as that object when the schema
    has properties); empty when it has no `output_schema` (the answer is the model's
    text, a string); None when the schema is not known statically."""
    transforms = agent.value.get("input_transforms") if agent.value is not None else None
    spec = transforms.get("output_schema") if transforms is not None else None
    if spec is None:
        return frozenset()
    kind = spec.get("type") if spec.is_map else None
    if kind is None or kind.text != "static":
        return None
    value = spec.get("value")
    if value is None or (value.is_scalar and value.value() is None):
        return frozenset()
    props = value.get("properties") if value.is_map else None
    if props is None or not props.is_map:
        return frozenset() if value.is_map else None
    return frozenset(k.text for k, _ in props.pairs if k.is_scalar) or frozenset()


def _agent_output_problem(expr: Expression, ref: Ref, agent: FlowModule) -> str | None:
    """`results.agent.output.<field>`: a field the agent's answer has not. The answer
    is the model's text (a string) without an `output_schema` with properties, and the
    object of those properties with one."""
    import difflib

    nested = _NEXT_FIELD.match(expr.text, ref.member_end)
    fields = _agent_output_fields(agent)
    if nested is None or fields is None:
        return None
    name = nested.group(1)
    read = f"`results.{ref.name}.output.{name}`"
    if not fields:
        if name in _STRING_MEMBERS or handles_absence(expr.text, ref.start, nested.end()):
            return None
        return (
            f"{read}: AI agent `{agent.id}` has no `output_schema` with properties, so its "
            f"`output` is the model's answer as text, a string, which has no `{name}`; give "
            "the agent an `output_schema` to get an object, or read `output` itself"
        )
    if name in fields or name in _ANY_OBJECT_MEMBERS:
        return None
    close = difflib.get_close_matches(name, sorted(fields), n=1, cutoff=0.6)
    if not close and handles_absence(expr.text, ref.start, nested.end()):
        return None
    listed = ", ".join(f"`{k}`" for k in sorted(fields))
    hint = f"; did you mean `{close[0]}`?" if close else ""
    return (
        f"{read}: the `output` of AI agent `{agent.id}` is the object its `output_schema` "
        f"describes, with {listed} and no `{name}`, so it is undefined{hint}"
    )


def _agent_field_problem(expr: Expression, ref: Ref, target: FlowModule, text: str) -> str | None:
    """A field of an AI agent step's result that `AIAgentResult` does not have
    (`results.agent.content`, `.text`, `.answer`): the answer is under `output`."""
    member = ref.member
    if member is None or member in _ANY_OBJECT_MEMBERS:
        return None
    if target.node.get("skip_if") is not None:
        return None  # a skipped step's result is not the agent's
    if not _agent_answers_text(target):
        return None  # an image agent's result is the S3 object of the image
    if member == "output":
        return _agent_output_problem(expr, ref, target)
    if member in AGENT_RESULT_KEYS or handles_absence(expr.text, ref.start, ref.member_end):
        return None
    return f"{text}: {_agent_member_reason(target, member)}"


def _agent_member_reason(agent: FlowModule, member: str) -> str:
    import difflib

    close = difflib.get_close_matches(member, sorted(AGENT_RESULT_KEYS), n=1, cutoff=0.6)
    hint = f"`{close[0]}`?" if close else "`output`, the answer?"
    return (
        f"the result of AI agent `{agent.id}` is an object with `output` (the model's "
        "answer: its text, or the object `output_schema` asks for) and `messages` (the "
        f"conversation), and no `{member}`, so it is undefined; did you mean {hint}"
    )


def _agent_name_problems(expr: Expression, agent: FlowModule, name: str) -> list[OwnResultRead]:
    """`previous_result.<field>` right after an AI agent step (or `result.<field>` in
    its own `stop_after_if`): the agent's result, judged like `results.<agent>.<field>`."""
    from wac_lint.flows.expressions import member_reads

    if agent.node.get("skip_if") is not None or not _agent_answers_text(agent):
        return []
    out: list[OwnResultRead] = []
    for read in member_reads(expr.text, name):
        prop = read.prop
        if prop in AGENT_RESULT_KEYS or prop in _ANY_OBJECT_MEMBERS or prop.isdigit():
            continue
        if handles_absence(expr.text, read.start, read.end):
            continue
        reason = _agent_member_reason(agent, prop)
        out.append(OwnResultRead(read.start, read.end, f"`{name}.{prop}`: {reason}"))
    return out


def _missing_key_problem(
    model: FlowModel, expr: Expression, ref: Ref, target: FlowModule, text: str
) -> str | None:
    """A field of a step whose every `return` is an object literal without it."""
    import difflib

    from wac_lint.flows.returns import returned_keys, ts_serialized_builtin
    from wac_lint.flows.targets import step_code

    member = ref.member
    if member is None or member in _ANY_OBJECT_MEMBERS or target.mocked:
        return None
    if target.node.get("skip_if") is not None:
        return None  # a skipped step's result is not what its code returns
    found = step_code(model, target)
    scalar = _scalar_result_reason(found, str(target.id), member) or _sql_row_reason(
        found, str(target.id), member
    )
    if scalar is not None:
        if handles_absence(expr.text, ref.start, ref.member_end):
            return None
        return f"{text}: {scalar}"
    built = ts_serialized_builtin(*found) if found is not None else None
    if built in ("Map", "Set"):
        if handles_absence(expr.text, ref.start, ref.member_end):
            return None
        called = _NEXT_CALL.match(expr.text, ref.member_end) is not None
        effect = "calling it throws a TypeError" if called else "it is undefined"
        fix = "`Object.fromEntries(map)`" if built == "Map" else "`[...set]`"
        return (
            f"{text}: every `return` of step `{target.id}`'s `main` gives a `{built}`, which "
            f"reaches the flow as `{{}}` (JSON keeps none of its entries), so `{member}` is "
            f"not there and {effect}; return {fix} instead"
        )
    graphql = _graphql_field_words(found, member, f"step `{target.id}` is")
    if graphql is not None:
        if handles_absence(expr.text, ref.start, ref.member_end):
            return None
        return f"{text}: {graphql}"
    keys = returned_keys(*found) if found is not None else None
    if keys is None or not keys:
        return None
    if member in keys:
        return _nested_key_problem(expr, ref, target, found) if found is not None else None
    if handles_absence(expr.text, ref.start, ref.member_end):
        return None
    listed = ", ".join(f"`{k}`" for k in sorted(keys))
    close = difflib.get_close_matches(member, sorted(keys), n=1, cutoff=0.6)
    hint = f"; did you mean `{close[0]}`?" if close else ""
    return (
        f"{text}: every `return` of step `{target.id}`'s `main` gives an object with "
        f"{listed} and no `{member}`, so it is undefined{hint}"
    )


# `.field` / `?.field` right after a read, not a method call (`.customer.toString()`)
_NEXT_FIELD = re.compile(r"\s*(?:\?\.|\.)\s*([A-Za-z_$][\w$]*)\b(?!\s*\()")


# Python's negative index right after a read (`results.load.rows[-1]`)
_NEGATIVE_INDEX = re.compile(r"\s*\[\s*(-\s*[1-9]\d*)\s*\]")


# a call right after a read (`results.counts.get(...)`)
_NEXT_CALL = re.compile(r"\s*\(")


# `.name` right after a read, and whether it is called (`.rows.length()`); not after `?.`
_NEXT_MEMBER = re.compile(r"\s*\.\s*([A-Za-z_$][\w$]*)\b(\s*\()?")


def _typed_field_member_problem(
    expr: Expression,
    ref: Ref,
    target: FlowModule,
    found: tuple[str, str],
    returns: str | None = None,
) -> str | None:
    """A member read on a field of the step's result that every `return` gives as a
    list, a string or a number, which that JavaScript value does not have
    (`results.load.name.upper()`, Python's `upper`), or `.length()` called on a list or
    string field (`length` is a number)."""
    from wac_lint.flows.expressions import python_method_hint
    from wac_lint.flows.json_values import PRIMITIVE_MEMBERS
    from wac_lint.flows.returns import return_kind

    # who gives the result: the step's own code, or a subflow's last step
    returns = returns or f"every `return` of step `{target.id}`'s `main`"
    member = ref.member
    nested = _NEXT_MEMBER.match(expr.text, ref.member_end)
    negative = _NEGATIVE_INDEX.match(expr.text, ref.member_end)
    if member is not None and negative is not None:
        kind = return_kind(*found, member)
        if kind in ("array", "string"):
            read = f"results.{ref.name}.{member}"
            index = negative.group(1)
            return (
                f"`{read}[{index}]`: {returns} gives "
                f"`{member}` as {with_article(kind)}, and "
                + negative_index_words(read, index, with_article(kind))
            )
    if member is None or nested is None:
        return None
    kind = return_kind(*found, member)
    if kind not in ("array", "string", "number"):
        return None
    name, called = nested.group(1), nested.group(2) is not None
    read = f"`results.{ref.name}.{member}.{name}`"
    gives = f"{returns} gives `{member}` as {with_article(kind)}"
    from wac_lint.flows.returns import ts_serialized_builtin

    if ts_serialized_builtin(*found, member) == "Date":
        gives = (
            f"{returns} gives `{member}` as a `Date`, "
            "which reaches the flow as its ISO text (JSON keeps a date as a string)"
        )
        if name.startswith(("get", "to")) and name not in PRIMITIVE_MEMBERS["string"]:
            effect = "calling it throws a TypeError" if called else "it is undefined"
            return (
                f"{read}: {gives}, which has no `{name}`, so {effect}; parse it first "
                f"(`new Date(results.{ref.name}.{member}).{name}(...)`)"
            )
    if name == "length" and called and kind != "number":
        return (
            f"{read}: {gives}, whose `length` is a number, not a method: the call throws a "
            f"TypeError and the step fails; read `results.{ref.name}.{member}.length`"
        )
    has = ARRAY_MEMBERS if kind == "array" else PRIMITIVE_MEMBERS[kind]
    if name in has or name in _ANY_OBJECT_MEMBERS or name.isdigit():
        return None
    effect = "calling it throws a TypeError" if called else "it is undefined"
    return (
        f"{read}: {gives}, which has no `{name}` in JavaScript, so {effect}"
        f"{python_method_hint(kind, name)}"
    )


def _nested_key_problem(
    expr: Expression,
    ref: Ref,
    target: FlowModule,
    found: tuple[str, str],
    returns: str | None = None,
) -> str | None:
    """A field of an object field of the step's result (`results.inv.customer.emial`)
    that the object literal every `return` gives for it lacks. A fallback after the
    read (`?? null`) excuses it, unless the field is a near spelling of one the object
    has: then it is a typo, undefined on every run, and the fallback always wins."""
    import difflib

    from wac_lint.flows.returns import returned_field_keys

    member = ref.member
    if member is None:
        return None
    returns = returns or f"every `return` of step `{target.id}`'s `main`"
    typed = _typed_field_member_problem(expr, ref, target, found, returns)
    if typed is not None:
        return typed
    nested = _NEXT_FIELD.match(expr.text, ref.member_end)
    if nested is None:
        return None
    name = nested.group(1)
    keys = returned_field_keys(*found, member)
    if not keys or name in keys or name in _ANY_OBJECT_MEMBERS:
        return None
    close = difflib.get_close_matches(name, sorted(keys), n=1, cutoff=0.6)
    if not close and handles_absence(expr.text, ref.start, nested.end()):
        return None
    listed = ", ".join(f"`{k}`" for k in sorted(keys))
    hint = f"; did you mean `{close[0]}`?" if close else ""
    return (
        f"`results.{ref.name}.{member}.{name}`: {returns} gives `{member}` as an object "
        f"with {listed} and no `{name}`, so it is undefined{hint}"
    )


def _subflow_field_problem(
    model: FlowModel, expr: Expression, ref: Ref, target: FlowModule, text: str
) -> str | None:
    """A field of a `flow` step's result that the subflow's last step never returns:
    a flow's result is its last step's (windmill-worker `worker_flow.rs` completes
    the flow job with the last module's result)."""

    from wac_lint.flows.returns import return_kind, returned_keys
    from wac_lint.flows.targets import subflow_result_code

    member = ref.member
    if member is None or member in _ANY_OBJECT_MEMBERS or target.mocked:
        return None
    if target.node.get("skip_if") is not None:
        return None
    if handles_absence(expr.text, ref.start, ref.member_end):
        return None
    listed_by = _subflow_list_step(model, target)
    if listed_by is not None and member not in ARRAY_MEMBERS:
        path, last = listed_by
        assert last.kind is not None
        entry = "branch" if last.kind is ModuleKind.BRANCHALL else "iteration"
        if path.startswith("flow "):
            # reached through a flow a subflow's last step runs: the whole chain
            return (
                f"{text}: the result of {path} is a list (that step is a "
                f"{_LIST_STEP_NAMES[last.kind]}), with one entry per {entry}, which has no "
                f"`{member}`; index it or map over it"
            )
        return (
            f"{text}: flow {path} returns the result of its last step, "
            f"{_LIST_STEP_NAMES[last.kind]} `{last.id}`: a list with one entry per {entry}, "
            f"which has no `{member}`; index it or map over it"
        )
    found = subflow_result_code(model, target)
    if found is None:
        return None
    language, code, label = found
    keys = returned_keys(language, code)
    if keys and member in keys and return_kind(language, code) != "array":
        # a field of that field, judged by what the subflow's last step returns
        returns = f"the result of {label} is that step's result, and every `return` of its `main`"
        return _nested_key_problem(expr, ref, target, (language, code), returns)
    reason = _subflow_field_reason(model, target, member)
    return f"{text}: {reason}" if reason is not None else None


def _subflow_field_reason(model: FlowModel, target: FlowModule, member: str) -> str | None:
    """Why a field of a `flow` step's result is undefined: the subflow's result is
    its last step's (followed through the flows that step runs), and that step's code
    never gives the field; None when it may."""
    import difflib

    from wac_lint.flows.returns import SQL_ROWS, return_kind, returned_keys
    from wac_lint.flows.targets import subflow_result_code

    if member in _ANY_OBJECT_MEMBERS or member.isdigit():
        return None
    found = subflow_result_code(model, target)
    if found is None:
        return None
    language, code, label = found
    graphql = _graphql_field_words((language, code), member, "that step is")
    if graphql is not None:
        return f"the result of {label} is that step's result, and {graphql}"
    if return_kind(language, code) == "array":
        if member in ARRAY_MEMBERS:
            return None
        what = "a query, whose result is a list of rows" if language in SQL_ROWS else "a list"
        return f"the result of {label} is {what}, which has no `{member}`; index it or map over it"
    keys = returned_keys(language, code)
    if keys is None or not keys or member in keys:
        return None
    listed = ", ".join(f"`{k}`" for k in sorted(keys))
    close = difflib.get_close_matches(member, sorted(keys), n=1, cutoff=0.6)
    hint = f"; did you mean `{close[0]}`?" if close else ""
    return (
        f"the result of {label} is what that step returns, and every `return` of "
        f"its `main` gives an object with {listed} and no `{member}`, so it is undefined{hint}"
    )


def _graphql_field_words(found: tuple[str, str] | None, member: str, subject: str) -> str | None:
    """Why a field of a GraphQL step's result is undefined: Windmill answers with the
    response's `data` itself, keyed by the operation's top-level fields."""
    import difflib

    from wac_lint.flows.graphql_signature import graphql_result_fields

    if found is None or found[0] != "graphql":
        return None
    fields = graphql_result_fields(found[1])
    if fields is None or member in fields or member in _ANY_OBJECT_MEMBERS:
        return None
    listed = ", ".join(f"`{k}`" for k in sorted(fields))
    if member == "data":
        hint = "; drop `.data`"
    else:
        close = difflib.get_close_matches(member, sorted(fields), n=1, cutoff=0.6)
        hint = f"; did you mean `{close[0]}`?" if close else ""
    return (
        f"{subject} a GraphQL query, whose result is the response's `data` itself (Windmill "
        f"unwraps it), an object with the query's top-level fields, {listed}, and no "
        f"`{member}`, so it is undefined{hint}"
    )


_LIST_STEP_NAMES = {
    ModuleKind.FORLOOP: "for loop",
    ModuleKind.WHILELOOP: "while loop",
    ModuleKind.BRANCHALL: "branchall",
}


def _subflow_list_step(model: FlowModel, target: FlowModule) -> tuple[str, FlowModule] | None:
    """The subflow's path and its last step when that step is a loop or a branchall,
    whose result (and so the subflow's) is a list; None otherwise. When that step is
    one of a flow the subflow's last step runs (`subflow_result_step`), the label of
    the whole chain (`flow f/x/y (its last step ...)`) instead of the path."""
    from wac_lint.flows.targets import subflow_last_step, subflow_result_step

    found = subflow_last_step(model, target)
    if found is None:
        return None
    _, last, path = found
    if last.mocked:
        return None
    if last.kind in _LIST_STEP_NAMES:
        return path, last
    deep = subflow_result_step(model, target)
    if deep is None or deep[1] is last or deep[1].mocked or deep[1].kind not in _LIST_STEP_NAMES:
        return None
    return deep[2], deep[1]


def _branch_of(target: FlowModule, member: str) -> int:
    """The branch holding a step named `member` (its entry in the result), else 0."""
    for index, block in enumerate(target.blocks):
        stack = list(block.modules)
        while stack:
            current = stack.pop()
            if current.id == member:
                return index
            for inner in current.blocks:
                stack.extend(inner.modules)
    return 0


# `results.<loop>.map((r) => r.total)`: the callbacks whose return value keeps one
# entry per iteration (or folds them), so a field read on a failed one's entry lands
# in the output; a filtering callback (`filter`, `find`, `some`) reading a field of
# an error object gets undefined, which drops it, as meant.
_LOOPS = (ModuleKind.FORLOOP, ModuleKind.WHILELOOP)
_KEEPING = {"map": 0, "flatMap": 0, "forEach": 0, "reduce": 1, "reduceRight": 1}
_CALLBACK = re.compile(
    r"\s*\(\s*(?:async\s+)?(?:function\s*\w*\s*\((?P<fparams>[^()]*)\)|"
    r"\((?P<params>[^()]*)\)\s*=>|(?P<bare>[A-Za-z_$][\w$]*)\s*=>)"
)


def failed_entry_problem(model: FlowModel, expr: Expression, ref: Ref) -> str | None:
    """A field of each entry of a `skip_failures: true` loop's result, read in a
    `map` / `reduce` callback with no guard: windmill-worker `worker_flow.rs`
    (`retrieve_flow_jobs_results`) gathers every iteration job's result, and a failed
    iteration's is its error (`{"error": {...}}`), which has none of the fields."""
    target = model.by_id.get(ref.name)
    method = ref.member
    indexed = method is not None and method.isdigit()
    if target is None or (method not in _KEEPING and not indexed):
        return None
    cause = _failed_entry_cause(target, int(method) if indexed and method else None)
    if cause is None:
        return None
    text = expr.text
    if "error" in text or "?." in text or "??" in text or "&&" in text or "catch" in text:
        return None  # the failed entries are looked at
    if method is None:
        return None
    if indexed:
        return _failed_indexed_entry(ref.name, method, text[ref.member_end :], cause)
    found = _CALLBACK.match(text, ref.member_end)
    if found is None:
        return None
    params = found.group("fparams") or found.group("params") or found.group("bare") or ""
    names = [p.strip() for p in params.split(",")]
    index = _KEEPING[method]
    if len(names) <= index or not names[index]:
        return None
    entry = names[index]
    body = text[found.end() :]
    if entry.startswith("{"):
        fields = re.findall(r"[A-Za-z_$][\w$]*", entry.split("=")[0])
        field = fields[0] if fields else None
    else:
        if not re.fullmatch(r"[A-Za-z_$][\w$]*", entry):
            return None
        read = re.search(rf"(?<![\w$.]){re.escape(entry)}\s*\.\s*([A-Za-z_$][\w$]*)", body)
        field = read.group(1) if read is not None else None
    if field is None:
        return None
    return (
        f"`results.{ref.name}.{method}`: {cause.has}, and "
        f"the entry of {cause.failed} is its error (`{{error: ...}}`), which has no "
        f"`{field}`: the `{method}` callback reads undefined from it; drop failed entries first "
        f"(`.filter((r) => !r?.error)`)"
    )


class _FailedEntries(NamedTuple):
    has: str  # what lets the container go on past a failure
    failed: str  # whose entry is then an error


def _failed_entry_cause(target: FlowModule, index: int | None) -> _FailedEntries | None:
    """Why an entry of a loop's or a `branchall`'s result (entry `index`, or any) may be
    an error object: the loop has `skip_failures: true`; the last step of its body has
    `continue_on_error: true` (the iteration's flow completes with that step's error as
    its result); a branch has `skip_failure: true` (`retrieve_flow_jobs_results` keeps
    the failed branch's job result, its error)."""
    value = target.value
    if target.kind in _LOOPS:
        flag = value.get("skip_failures") if value is not None and value.is_map else None
        if flag is not None and flag.value() is True:
            return _FailedEntries(
                f"loop `{target.id}` has `skip_failures: true`", "a failed iteration"
            )
        body = target.blocks[0].modules if target.blocks else []
        last = body[-1] if body else None
        if last is not None and last.kind in _SCRIPTS and not last.mocked:
            flag = last.node.get("continue_on_error")
            if flag is not None and flag.value() is True:
                return _FailedEntries(
                    f"`{last.id}`, the last step of loop `{target.id}`'s body, has "
                    "`continue_on_error: true`",
                    "an iteration where it failed",
                )
        return None
    if target.kind is not ModuleKind.BRANCHALL or value is None or not value.is_map:
        return None
    branches = value.get("branches")
    if branches is None or not branches.is_seq:
        return None
    for i, branch in enumerate(branches.items):
        if index is not None and i != index:
            continue
        flag = branch.get("skip_failure") if branch.is_map else None
        if flag is not None and flag.value() is True:
            return _FailedEntries(
                f"branch {i + 1} of branchall `{target.id}` has `skip_failure: true`",
                "that branch, when it failed,",
            )
    return None


def _failed_indexed_entry(loop: str, index: str, after: str, cause: _FailedEntries) -> str | None:
    """`results.each[0].total`: that entry is the error of a failed iteration."""
    read = re.match(r"\s*\.\s*([A-Za-z_$][\w$]*)", after)
    if read is None or read.group(1) in ARRAY_MEMBERS:
        return None
    field = read.group(1)
    when = (
        f"when iteration {int(index) + 1} failed its entry"
        if cause.failed == "a failed iteration"
        else f"entry {index}, when it failed,"
    )
    return (
        f"`results.{loop}[{index}].{field}`: {cause.has}, and "
        f"{when} is its error (`{{error: ...}}`), "
        f"which has no `{field}`, so this is undefined; test `results.{loop}[{index}].error` "
        "first, or chain optionally with a fallback"
    )


class OwnResultRead(NamedTuple):
    start: int  # character offsets of the read in the expression text
    end: int
    message: str


def own_result_problems(model: FlowModel, expr: Expression) -> list[OwnResultRead]:
    """`result.<field>` in a step's `stop_after_if` and `previous_result.<field>` in a
    step's inputs, when the step whose result that is (the step itself; the step just
    before in the same block) gives a list, or objects without that field, in every
    `return`: the read is undefined (a stop condition that never holds, an input that
    gets nothing). Judged like `results.<id>.<field>`."""

    module = expr.module
    if module is None:
        return []
    if module.kind in _ARRAY_RESULTS and module.blocks and expr.role.sees_own_result:
        return _container_result_problems(model, expr, module)
    names: tuple[str, ...]
    if expr.role is ExprRole.STOP_AFTER_IF and expr.path.endswith(".stop_after_if.expr"):
        names, step = ("result",), module
    elif expr.role is ExprRole.INPUT and ".input_transforms." in expr.path and module.position:
        names, step = ("previous_result",), module.block.modules[module.position - 1]
    elif expr.role is ExprRole.SKIP_IF and expr.path.endswith(".skip_if.expr") and module.position:
        # `skip_if` runs before the step, with `result` and `previous_result` both the
        # result of the step before it (windmill-worker `compute_bool_from_expr` is
        # given the last job's result for each)
        names, step = ("previous_result", "result"), module.block.modules[module.position - 1]
    else:
        return []
    source = identity_source(step) if step is not module else None
    passed_on = ""
    if source is not None and source is not step and source.kind in _SCRIPTS:
        # an identity step before this one hands on the result of the step before it
        passed_on = (
            f"the step before this one, identity step `{step.id}`, hands on the result of "
            f"`{source.id}`, and "
        )
        step = source
    out: list[OwnResultRead] = []
    for name in names:
        for read in _result_name_problems(model, expr, step, name, step is not module):
            text, sep, reason = read.message.partition(": ")
            out.append(read._replace(message=f"{text}{sep}{passed_on}{reason}"))
    return out


_SCRIPTS = (ModuleKind.RAWSCRIPT, ModuleKind.SCRIPT)


def _container_result_problems(
    model: FlowModel, expr: Expression, module: FlowModule
) -> list[OwnResultRead]:
    """`result.<field>` in a loop's own `stop_after_if`, and a field of an entry of
    `result` in a loop's or a `branchall`'s `stop_after_all_iters_if`, that the result
    cannot have. windmill-worker `worker_flow.rs` evaluates a loop's `stop_after_if`
    after each iteration with `result` that iteration's result, the result of the
    last step of the body (a flow of its own), and `stop_after_all_iters_if` once all
    have run with `result` the list of them (entry `i` of a branchall's, branch
    `i + 1`'s last step's)."""
    from wac_lint.flows.expressions import member_reads, name_element_reads

    out: list[OwnResultRead] = []
    if expr.role is ExprRole.STOP_AFTER_IF and module.kind is not ModuleKind.BRANCHALL:
        outcomes = block_outcomes(module.blocks[0])
        if outcomes is None:
            return []
        last = module.blocks[0].modules[-1]
        for read in member_reads(expr.text, "result"):
            if handles_absence(expr.text, read.start, read.end):
                continue
            reason = outcomes_field_reason(model, outcomes, read.prop)
            if reason is None:
                continue
            out.append(
                OwnResultRead(
                    read.start,
                    read.end,
                    f"`result.{read.prop}`: in the `stop_after_if` of loop `{module.id}`, "
                    f"`result` is the result of the iteration that just ran, the result of "
                    f"the last step of its body, `{last.id}`, and {reason}; the condition "
                    "never holds as meant",
                )
            )
        return out
    if expr.role is not ExprRole.STOP_AFTER_ALL_ITERS_IF:
        return []
    each = [block_outcomes(block) for block in module.blocks]
    if not each or any(found is None for found in each):
        return []
    joined = tuple(o for found in each if found for o in found)
    per = "branch" if module.kind is ModuleKind.BRANCHALL else "iteration"
    what = "branchall" if module.kind is ModuleKind.BRANCHALL else "loop"
    for read in name_element_reads(expr.text, "result"):
        if handles_absence(expr.text, read.start, read.end):
            continue
        reason = outcomes_field_reason(model, joined, read.prop)
        if reason is None:
            continue
        shown = expr.text[read.start : read.end]
        out.append(
            OwnResultRead(
                read.start,
                read.end,
                f"`{shown}`: in the `stop_after_all_iters_if` of {what} `{module.id}`, "
                f"`result` is the list of the results of every {per}, each the result of "
                f"the last step of its {'branch' if per == 'branch' else 'body'}, and {reason}",
            )
        )
    return out


def _result_name_problems(
    model: FlowModel, expr: Expression, step: FlowModule, name: str, before: bool
) -> list[OwnResultRead]:
    """The reads of `name` (`result` / `previous_result`) in `expr` that the result of
    `step` does not have; `before`: `step` ran before the expression's own step."""
    from wac_lint.flows.expressions import member_reads

    if before and step.kind in _ARRAY_RESULTS and not step.mocked:
        return _previous_list_problems(expr, step, name)
    if before and step.kind is ModuleKind.BRANCHONE and not step.mocked:
        return _previous_branch_problems(model, expr, step, name)
    if step.kind is ModuleKind.AIAGENT and not step.mocked:
        return _agent_name_problems(expr, step, name)
    if step.kind not in (ModuleKind.RAWSCRIPT, ModuleKind.SCRIPT) or step.mocked:
        return []
    if step.node.get("skip_if") is not None:
        return []  # a skipped step's result is not what its code returns
    out: list[OwnResultRead] = []
    for read in member_reads(expr.text, name, indexes=True):
        if handles_absence(expr.text, read.start, read.end):
            continue
        if read.prop.isdigit():
            problem = _object_index_problem(model, step, read.prop, name)
        else:
            problem = _step_field_problem(model, step, f"`{name}.{read.prop}`", read.prop)
        if problem is not None:
            out.append(OwnResultRead(read.start, read.end, problem))
    return out


def _previous_branch_problems(
    model: FlowModel, expr: Expression, step: FlowModule, name: str = "previous_result"
) -> list[OwnResultRead]:
    """`previous_result.<field>` right after a branchone: its result is the result of
    the last step of the branch it took, judged like `results.<branchone>.<field>`."""
    from wac_lint.flows.expressions import member_reads

    if step.node.get("skip_if") is not None:
        return []
    out: list[OwnResultRead] = []
    for read in member_reads(expr.text, name, indexes=True):
        if handles_absence(expr.text, read.start, read.end):
            continue
        text = f"`{name}.{read.prop}`"
        if read.prop.isdigit():
            problem = _object_index_problem(model, step, read.prop, name)
        else:
            problem = _branchone_field_problem(model, step, text, read.prop)
        if problem is not None:
            out.append(OwnResultRead(read.start, read.end, problem))
    return out


def _previous_list_problems(
    expr: Expression, step: FlowModule, name: str = "previous_result"
) -> list[OwnResultRead]:
    """`previous_result.<field>` right after a loop or a branchall: its result is a
    list, one entry per iteration (per branch), which has no such field."""
    from wac_lint.flows.expressions import member_reads

    if step.node.get("skip_if") is not None:
        return []  # a skipped step hands on the result before it
    what = "branchall" if step.kind is ModuleKind.BRANCHALL else "loop"
    per = "branch" if step.kind is ModuleKind.BRANCHALL else "iteration"
    out: list[OwnResultRead] = []
    for read in member_reads(expr.text, name):
        if read.prop in ARRAY_MEMBERS or read.prop.isdigit():
            continue
        if handles_absence(expr.text, read.start, read.end):
            continue
        out.append(
            OwnResultRead(
                read.start,
                read.end,
                f"`{name}.{read.prop}`: the step before this one is {what} "
                f"`{step.id}`, whose result is a list with one entry per {per}, which has no "
                f"`{read.prop}`; index it or map over it, or read the step you meant "
                f"(`results.<id>.{read.prop}`)",
            )
        )
    return out


def _step_field_problem(model: FlowModel, step: FlowModule, text: str, member: str) -> str | None:
    """Why a field of a script step's result is undefined, from its code's returns."""
    reason = _step_field_reason(model, step, member)
    return f"{text}: {reason}" if reason is not None else None


def _step_field_reason(model: FlowModel, step: FlowModule, member: str) -> str | None:
    import difflib

    from wac_lint.flows.returns import SQL_ROWS, return_kind, returned_keys, why_kind
    from wac_lint.flows.targets import step_code

    if member in _ANY_OBJECT_MEMBERS or member.isdigit():
        return None
    if step.kind is ModuleKind.FLOW:
        return _subflow_field_reason(model, step, member)
    found = step_code(model, step)
    if found is None:
        return None
    if return_kind(*found) == "array":
        if member in ARRAY_MEMBERS:
            return None
        why = (
            why_kind(found[0], str(step.id), found[1])
            if found[0] in SQL_ROWS
            else f"every `return` of step `{step.id}`'s `main` gives a list"
        )
        return f"{why}, which has no `{member}`"
    scalar = _scalar_result_reason(found, str(step.id), member) or _sql_row_reason(
        found, str(step.id), member
    )
    if scalar is not None:
        return scalar
    keys = returned_keys(*found)
    if keys is None or not keys or member in keys:
        return None
    listed = ", ".join(f"`{k}`" for k in sorted(keys))
    close = difflib.get_close_matches(member, sorted(keys), n=1, cutoff=0.6)
    hint = f"; did you mean `{close[0]}`?" if close else ""
    return (
        f"every `return` of step `{step.id}`'s `main` gives an object with "
        f"{listed} and no `{member}`, so it is undefined{hint}"
    )


def loop_entry_problems(model: FlowModel, expr: Expression, ref: Ref) -> list[OwnResultRead]:
    """A field read on an entry of a loop's result (`results.each.map((r) => r.total)`,
    `results.each[0].total`) that the iteration's result cannot have: windmill-worker
    `worker_flow.rs` gathers each iteration's flow result, which is the result of the
    last step of the loop's body, so the entry is what that step returns (a SQL step's
    rows, a script's object literals). Judged only when nothing else can end an
    iteration with another step's result (no `stop_after_if` on an earlier step of the
    body, no `skip_if` on the last one)."""
    from wac_lint.flows.expressions import result_element_reads

    target = model.by_id.get(ref.name)
    member = ref.member
    if member is None and re.match(r"\s*(\?\.)?\s*\[", expr.text[ref.end :]):
        member = "0"  # an entry at a computed index (`results.each[results.each.length - 1]`)
    if target is None or target.mocked:
        return []
    if member is None:
        # the whole list handed to a function that calls back with its entries
        # (`Object.groupBy(results.each, (r) => r.region)`)
        if not _STATIC_ENTRY_CALL.search(expr.text):
            return []
    else:
        plain = target.kind in (ModuleKind.RAWSCRIPT, ModuleKind.SCRIPT)
        if plain and not member.isdigit() and member not in ARRAY_MEMBERS:
            return _list_item_problems(model, expr, ref, target, member)
        if not member.isdigit() and member not in _ELEMENT_READERS:
            return []
    if target.kind is ModuleKind.BRANCHALL:
        return _branchall_entry_problems(model, expr, ref, target)
    if target.kind in (ModuleKind.RAWSCRIPT, ModuleKind.SCRIPT):
        return _list_item_problems(model, expr, ref, target)
    if target.kind not in _LOOPS:
        return []
    body = target.blocks[0].modules if target.blocks else ()
    if not body:
        return []
    last = body[-1]
    outcomes = block_outcomes(target.blocks[0])
    if outcomes is None:
        return []
    out: list[OwnResultRead] = []
    for read in _reads_of(expr, ref, result_element_reads(expr.text, ref.name)):
        # `?.` guards the entry (an empty list, a failed iteration's null), not a field
        # no entry has
        if handles_absence(expr.text, read.start, read.end):
            continue
        reason = outcomes_field_reason(model, outcomes, read.prop)
        if reason is None:
            continue
        if last.kind is ModuleKind.BRANCHONE:
            reason = (
                f"branchone `{last.id}` gives the result of the last step of the branch it "
                f"takes: {reason}"
            )
        shown = expr.text[read.start : read.end]
        out.append(
            OwnResultRead(
                read.start,
                read.end,
                f"`{shown}`: an entry of the result of loop `{target.id}` is the result of "
                f"the last step of its body, `{last.id}`, and {reason}",
            )
        )
    return out


def _row_list_problems(
    expr: Expression, ref: Ref, target: FlowModule, code: tuple[str, str]
) -> list[OwnResultRead]:
    """A field read on an entry of a Python step's result that is a DataFrame: the
    wrapper hands the flow its rows as lists of values, without the column names."""
    from wac_lint.flows.expressions import result_element_reads
    from wac_lint.flows.returns import python_item_form, python_json_form

    form = python_json_form(*code)
    item = python_item_form(*code)
    if (form is None or not form.rows) and item is None:
        return []
    out: list[OwnResultRead] = []
    for read in _reads_of(expr, ref, result_element_reads(expr.text, ref.name)):
        prop = read.prop
        has = ARRAY_MEMBERS if item is None else _STRING_MEMBERS
        if prop in has or prop in _ANY_OBJECT_MEMBERS or prop.isdigit():
            continue
        if handles_absence(expr.text, read.start, read.end):
            continue
        shown = expr.text[read.start : read.end]
        if item is not None:
            why = (
                f"every `return` of step `{target.id}`'s `main` gives a list whose every "
                f"item is {item.what}, which Windmill's Python wrapper {item.how} "
                f"{item.becomes}, so each entry of "
                f"`results.{target.id}` is a string and has no `{prop}`, which is undefined; "
                f"{item.fix} for each"
            )
        else:
            assert form is not None
            why = (
                f"{form.words(str(target.id))}, so each entry of `results.{target.id}` is a "
                f"list and has no `{prop}`, which is undefined; {form.fix}"
            )
        out.append(OwnResultRead(read.start, read.end, f"`{shown}`: {why}"))
    return out


def _list_item_problems(
    model: FlowModel, expr: Expression, ref: Ref, target: FlowModule, field: str | None = None
) -> list[OwnResultRead]:
    """A field read on an item of a step's list result (`results.q.map((u) => u.emial)`,
    `results.q[0].emial`) that no item has: the columns a SQL step's last statement
    selects, or the keys of the object literals every returned list holds. With
    `field`, the list is that field of the step's object result
    (`results.low.items.map((i) => i.quantity)`)."""
    import difflib

    from wac_lint.flows.expressions import result_element_reads, result_field_element_reads
    from wac_lint.flows.returns import SQL_ROWS, folded_column_hint, returned_item_keys
    from wac_lint.flows.targets import step_code

    if target.mocked or any(
        target.node.get(k) is not None for k in ("skip_if", "continue_on_error")
    ):
        return []
    code = step_code(model, target)
    if code is not None and field is None:
        rows = _row_list_problems(expr, ref, target, code)
        if rows:
            return rows
    keys = returned_item_keys(*code, field) if code is not None else None
    if not keys or code is None:
        return []
    listed = ", ".join(f"`{k}`" for k in sorted(keys))
    if field is not None:
        what = (
            f"an item of the `{field}` list of every object step `{target.id}` returns, "
            f"objects with {listed}"
        )
        whole = f"results.{target.id}.{field}"
        reads = result_field_element_reads(expr.text, ref.name, field)
    else:
        what = (
            f"a row of step `{target.id}`'s query, which selects {listed}"
            if code[0] in SQL_ROWS
            else f"an item of the list step `{target.id}` returns, objects with {listed}"
        )
        whole = f"results.{target.id}"
        reads = result_element_reads(expr.text, ref.name)
    out: list[OwnResultRead] = []
    for read in _reads_of(expr, ref, reads):
        prop = read.prop
        if prop in keys or prop in _ANY_OBJECT_MEMBERS:
            continue
        shown = expr.text[read.start : read.end]
        if handles_absence(expr.text, read.start, read.end):
            continue
        close = difflib.get_close_matches(prop, sorted(keys), n=1, cutoff=0.6)
        hint = f"; did you mean `{close[0]}`?" if close else ""
        if field is None:
            hint = folded_column_hint(prop, keys, code[0]) or hint
        out.append(
            OwnResultRead(
                read.start,
                read.end,
                f"`{shown}`: each entry of `{whole}` is {what} and no "
                f"`{prop}`, so it is undefined{hint}",
            )
        )
    return out


def _final_step(block: Block) -> FlowModule | None:
    """The step whose result is a branch's (or a loop body's) result: its last step,
    when it is a script that always runs and nothing before it can end the branch
    with another step's result (no `stop_after_if` before it, no `skip_if` or
    `continue_on_error` on it, not mocked). None when that is not certain."""
    body = block.modules
    if not body:
        return None  # an empty branch hands on the result of the step before
    last = body[-1]
    if last.kind not in (ModuleKind.RAWSCRIPT, ModuleKind.SCRIPT) or last.mocked:
        return None
    if last.node.get("skip_if") is not None or last.node.get("continue_on_error") is not None:
        return None
    if any(m.node.get("stop_after_if") is not None for m in body[:-1]):
        return None
    return last


class Outcome(NamedTuple):
    """One thing a module's result can be: the result of script step `step` (judged
    by its code's returns), or, with `is_list`, the list `step` (a loop or a
    `branchall`) gathers, one entry per iteration or branch."""

    step: FlowModule
    is_list: bool = False


def result_outcomes(module: FlowModule) -> tuple[Outcome, ...] | None:
    """What `module`'s result can be, followed through containers at any depth: a
    script step that always runs gives its own result; a loop or a `branchall` a
    list (windmill-worker `worker_flow.rs` gathers the jobs' results); a `branchone`
    the result of the last step of the branch it takes (whatever that step is: a
    loop ending a branch makes the branchone's result a list). None when that is not
    certain (a `skip_if` hands on the result before it, a failure under
    `continue_on_error` gives the error, a mock its `return_value`, an empty branch
    the result before the branchone). An identity step gives the result of the step
    before it."""
    if module.mocked or module.node.get("skip_if") is not None:
        return None
    if module.kind in _SCRIPTS or module.kind is ModuleKind.FLOW:
        # a `flow` step gives its flow's result (`_step_field_reason` follows it)
        if module.node.get("continue_on_error") is not None:
            return None
        return (Outcome(module),)
    if module.kind in _ARRAY_RESULTS:
        return (Outcome(module, is_list=True),)
    if module.kind is ModuleKind.IDENTITY:
        # it completes with the result of the step before it in its block
        source = identity_source(module)
        return result_outcomes(source) if source is not None else None
    if module.kind is ModuleKind.BRANCHONE:
        out: list[Outcome] = []
        for block in module.blocks:
            found = block_outcomes(block)
            if found is None:
                return None
            out.extend(o for o in found if o not in out)
        return tuple(out) or None
    return None


def block_outcomes(block: Block) -> tuple[Outcome, ...] | None:
    """What the result of a branch or a loop body (a flow of its own) can be: its
    last step's, unless a `stop_after_if` before it may end the block early."""
    body = block.modules
    if not body or any(m.node.get("stop_after_if") is not None for m in body[:-1]):
        return None
    return result_outcomes(body[-1])


def outcomes_field_reason(
    model: FlowModel, outcomes: tuple[Outcome, ...], member: str
) -> str | None:
    """Why `member` is undefined whatever the result among `outcomes` is, or None
    when one of them may have it."""
    if member.isdigit() or member in _ANY_OBJECT_MEMBERS:
        return None
    reasons: list[str] = []
    for outcome in outcomes:
        if outcome.is_list:
            if member in ARRAY_MEMBERS:
                return None
            step = outcome.step
            what, per = (
                ("branchall", "branch")
                if step.kind is ModuleKind.BRANCHALL
                else ("loop", "iteration")
            )
            reasons.append(
                f"`{step.id}` is {with_article(what)}, whose result is a list with one entry "
                f"per {per}, which has no `{member}`"
            )
            continue
        reason = _step_field_reason(model, outcome.step, member)
        if reason is None:
            return None
        reasons.append(reason)
    if len(reasons) == 1:
        return reasons[0]
    names = ", ".join(f"`{o.step.id}`" for o in outcomes)
    if all(o.is_list for o in outcomes):
        return (
            f"each of {names} gives a list (one entry per iteration or branch), which has "
            f"no `{member}`"
        )
    return f"none of {names} gives `{member}`, so it is undefined"


def _branchone_field_problem(
    model: FlowModel, target: FlowModule, text: str, member: str
) -> str | None:
    """`results.<branchone>.<field>`: the result of a branchone is the result of the
    last step of the branch it took (windmill-worker `worker_flow.rs` completes the
    branch's flow with it), so a field that no branch's last step returns is
    undefined whichever branch ran."""
    finals = [_final_step(block) for block in target.blocks]
    if not finals or any(f is None for f in finals):
        outcomes = result_outcomes(target)
        found = outcomes_field_reason(model, outcomes, member) if outcomes else None
        if found is None:
            return None
        return (
            f"{text}: the result of branchone `{target.id}` is the result of the last step "
            f"of the branch it takes, and {found}"
        )
    steps = [f for f in finals if f is not None]
    if any(_step_field_reason(model, f, member) is None for f in steps):
        return None
    names = ", ".join(f"`{f.id}`" for f in steps)
    if len(steps) == 1:
        reason = _step_field_reason(model, steps[0], member)
        return (
            f"{text}: the result of branchone `{target.id}` is the result of the last step "
            f"of the branch it takes, {names}, and {reason}"
        )
    return (
        f"{text}: the result of branchone `{target.id}` is the result of the last step of "
        f"the branch it takes ({names}), and none of them returns `{member}`, so it is "
        "undefined"
    )


def _branchall_entry_problems(
    model: FlowModel, expr: Expression, ref: Ref, target: FlowModule
) -> list[OwnResultRead]:
    """A field read on an entry of a branchall's result: entry `i` is the result of
    the last step of branch `i + 1`; a callback (`.map((b) => b.x)`) sees every
    branch's."""
    from wac_lint.flows.expressions import result_element_reads

    finals = [_final_step(block) for block in target.blocks]
    out: list[OwnResultRead] = []
    for read in _reads_of(expr, ref, result_element_reads(expr.text, ref.name)):
        if handles_absence(expr.text, read.start, read.end):
            continue
        shown = expr.text[read.start : read.end]
        index = re.match(rf"results\.{re.escape(ref.name)}\[(\d+)\]", shown)
        if index is not None:
            i = int(index.group(1))
            if i >= len(finals):
                continue
            found = block_outcomes(target.blocks[i])
            reason = outcomes_field_reason(model, found, read.prop) if found else None
            if reason is None or found is None:
                continue
            message = (
                f"`{shown}`: entry {i} of the result of branchall `{target.id}` is the "
                f"result of the last step of its branch {i + 1}, `{found[0].step.id}`, "
                f"and {reason}"
            )
        elif finals and any(f is None for f in finals):
            each = [block_outcomes(block) for block in target.blocks]
            joined = tuple(o for found in each if found for o in found)
            if any(found is None for found in each) or not joined:
                continue
            reason = outcomes_field_reason(model, joined, read.prop)
            if reason is None:
                continue
            message = (
                f"`{shown}`: the entries of the result of branchall `{target.id}` are the "
                f"results of the last steps of its branches, and {reason}"
            )
        else:
            if not finals:
                continue
            steps = [f for f in finals if f is not None]
            if any(_step_field_reason(model, f, read.prop) is None for f in steps):
                continue
            names = ", ".join(f"`{f.id}`" for f in steps)
            message = (
                f"`{shown}`: the entries of the result of branchall `{target.id}` are the "
                f"results of the last steps of its branches ({names}), and none of them "
                f"returns `{read.prop}`, so it is undefined"
            )
        out.append(OwnResultRead(read.start, read.end, message))
    return out


# the array methods `result_element_reads` follows into an entry
_ELEMENT_READERS = frozenset(
    {"map", "forEach", "filter", "find", "findLast", "some", "every", "flatMap", "findIndex", "at"}
    | {"slice", "toSorted", "sort", "reverse", "toReversed", "pop", "shift"}
    | {"reduce", "reduceRight"}
)
# the functions `result_element_reads` follows into the entries of their first
# argument, and the `for (const r of ...)` loops it follows into the entry they bind
_STATIC_ENTRY_CALL = re.compile(
    r"\b(?:Object|Map)\s*\.\s*groupBy\b|\bArray\s*\.\s*from\b|\bfor\s*\([^)]*\bof\b"
)


def _reads_of(expr: Expression, ref: Ref, reads: tuple[ElementRead, ...]) -> list[ElementRead]:
    """The reads that belong to `ref`: those on the entries of the list it starts
    (`results.each.map(...) + results.each.map(...)`: each its own; the pattern of
    `for (const { x } of results.each)` comes before it), else those after it and
    before the next reference to the same step."""
    from wac_lint.flows.query import parsed

    later = [
        r.start
        for r in parsed(expr).refs
        if r.kind is ref.kind and r.name == ref.name and r.start > ref.start
    ]
    until = min(later, default=len(expr.text) + 1)
    return [
        read
        for read in reads
        if (read.array == ref.start if read.array >= 0 else ref.start <= read.start < until)
    ]


_WHOLE_RESULT = re.compile(
    r"\s*results\s*\.\s*([A-Za-z_$][\w$]*)(?:\s*\.\s*([A-Za-z_$][\w$]*))?\s*;?\s*"
)


_NESTED_ITEMS = re.compile(
    r"\s*flow_input\s*\.\s*iter\s*\.\s*value\s*\.\s*([A-Za-z_$][\w$]*)\s*;?\s*"
)


def iterator_item_problems(model: FlowModel, expr: Expression) -> list[OwnResultRead]:
    """`flow_input.iter.value.<field>` in a for loop whose iterator is a step's whole
    result (`results.low_stock`), or a field of it, that gives a list of objects
    without that field: the object literals of every returned list (a list
    comprehension, a `.map` callback), or the columns a SQL step selects. The
    iteration's value is one of those items. A loop nested in such a loop over a
    list field of its item (`iterator: flow_input.iter.value.invoices`) is judged by
    the object literals of that field of the outer items."""
    import difflib

    from wac_lint.flows.expressions import (
        flat_mapped_field,
        item_sources,
        iterator_items,
        mapped_field,
        static_reads,
    )
    from wac_lint.flows.query import enclosing_loop
    from wac_lint.flows.returns import (
        SQL_ROWS,
        folded_column_hint,
        item_field_may_be_object,
        returned_item_keys,
    )
    from wac_lint.flows.targets import step_code, subflow_result_code

    if "iter" not in expr.text:
        return []
    loop = enclosing_loop(expr.module)
    if loop is None or loop.kind is not ModuleKind.FORLOOP or loop.value is None:
        return []
    static = _static_item_keys(loop)
    if static is not None:
        return _static_item_problems(expr, loop, static)
    scalar = _static_item_kind(loop)
    if scalar is not None:
        return _static_scalar_item_problems(expr, loop, scalar)
    source = _iterator_text(loop)
    built = iterator_items(source) if source is not None else None
    if built is not None and source is not None:
        return _built_item_problems(expr, loop, source, *built)
    sources = item_sources(source) if source is not None else None
    if sources is not None and source is not None:
        found_whole = _WHOLE_RESULT.fullmatch(source)
        whole = model.by_id.get(found_whole.group(1)) if found_whole is not None else None
        if (
            len(sources) > 1
            or sources[0] != source.strip()
            or sources[0].endswith(".flat()")
            or (whole is not None and whole.kind in _ARRAY_RESULTS)
        ):
            merged = _source_item_problems(model, expr, loop, sources)
            if merged is not None:
                return merged
    inner = None
    outer = None
    nested = _NESTED_ITEMS.fullmatch(source) if source is not None else None
    if nested is not None:
        outer = enclosing_loop(loop)
        inner = nested.group(1)
        source = _iterator_text(outer) if outer is not None else None
        if outer is None or outer.kind is not ModuleKind.FORLOOP:
            return []
    found = _WHOLE_RESULT.fullmatch(source) if source is not None else None
    mapped = None
    flat = None
    if found is None and nested is None and source is not None:
        mapped = mapped_field(source)
        found = _WHOLE_RESULT.fullmatch(mapped[0]) if mapped is not None else None
        flat = flat_mapped_field(source) if mapped is None else None
        if flat is not None:
            # `results.orders.flatMap((o) => o.lines)`: the items of each entry's list
            found = _WHOLE_RESULT.fullmatch(flat[0])
            inner = flat[1]
    step = model.by_id.get(found.group(1)) if found is not None else None
    if step is None or step.kind not in (*_SCRIPTS, ModuleKind.FLOW):
        return []
    if step.mocked or any(step.node.get(k) is not None for k in ("skip_if", "continue_on_error")):
        return []
    # whose returns the items are: the step's own, or (a `flow` step) the flow's last step's
    returns_of = f"every `return` of step `{step.id}`'s `main`"
    query_of = f"step `{step.id}`'s query"
    if step.kind is ModuleKind.FLOW:
        sub = subflow_result_code(model, step)
        code = (sub[0], sub[1]) if sub is not None else None
        if sub is not None:
            returns_of = f"the result of {sub[2]} is that step's, and every `return` of its `main`"
            query_of = f"the result of {sub[2]} is that step's rows, and its query"
    else:
        code = step_code(model, step)
    field = found.group(2) if found is not None else None
    keys = returned_item_keys(*code, field, inner) if code is not None else None
    if not keys or code is None:
        return []
    if mapped is not None and source is not None:
        if item_field_may_be_object(*code, field, mapped[1]):
            return []  # the mapped values are objects of their own: a field of them is meant
        return _mapped_item_problems(expr, loop, source, mapped[1], keys)
    reads = static_reads(expr.text, "flow_input", 3)
    reads = tuple(r for r in reads if r[0][:2] == ("iter", "value"))
    listed = ", ".join(f"`{k}`" for k in sorted(keys))
    shown = f"results.{step.id}.{field}" if field else f"results.{step.id}"
    outer_keys = None
    if inner is not None and outer is not None:
        outer_keys = returned_item_keys(*code, field)
        shown = f"flow_input.iter.value.{inner}` of each item of `{shown}"
        what = f"in {returns_of} the `{inner}` of each item is a list of objects with {listed}"
    elif flat is not None and inner is not None:
        shown = f"{inner}` of each item of `{shown}"
        what = f"in {returns_of} the `{inner}` of each item is a list of objects with {listed}"
    elif code[0] in SQL_ROWS:
        what = f"{query_of} selects {listed}"
    elif field:
        what = f"{returns_of} gives an object whose `{field}` is a list of objects with {listed}"
    else:
        what = f"{returns_of} gives a list of objects with {listed}"
    out: list[OwnResultRead] = []
    for path, start, end in reads:
        item = path[2]
        if item in keys or item in _ANY_OBJECT_MEMBERS or item.isdigit():
            continue
        if handles_absence(expr.text, start, end):
            continue
        close = difflib.get_close_matches(item, sorted(keys), n=1, cutoff=0.6)
        hint = f"; did you mean `{close[0]}`?" if close else ""
        if code[0] in SQL_ROWS and not field and flat is None:
            hint = folded_column_hint(item, keys, code[0]) or hint
        if outer is not None and outer_keys is not None and item in outer_keys:
            hint = (
                f"; inside loop `{loop.id}`, `flow_input.iter` is its own item, and the item "
                f"of the outer loop `{outer.id}` (which has `{item}`) is out of reach: carry "
                f"it into the items in `{loop.id}`'s iterator "
                f"(`.map((x) => ({{ ...x, {item}: flow_input.iter.value.{item} }}))`)"
            )
        out.append(
            OwnResultRead(
                start,
                end,
                f"`flow_input.iter.value.{item}`: loop `{loop.id}` iterates over "
                f"`{shown}`, and {what} and no `{item}`, so it is "
                f"undefined{hint}",
            )
        )
    return out


def _source_item_problems(
    model: FlowModel, expr: Expression, loop: FlowModule, sources: tuple[str, ...]
) -> list[OwnResultRead] | None:
    """`flow_input.iter.value.<field>` in a for loop whose `iterator` hands on the items
    of step results unchanged (`results.loans.slice(0, n)`, `[...results.a,
    ...results.b]`, `c ? results.a : results.b`, a loop's result, `.flat()` of one whose
    entries are objects): the item is one of those lists' items, and a field none of
    them has is undefined. None when a list's items are not known."""
    import difflib

    from wac_lint.flows.expressions import static_reads

    keys: set[str] = set()
    for source in sources:
        found = _source_item_keys(model, source)
        if not found:
            return None
        keys |= found
    listed = ", ".join(f"`{k}`" for k in sorted(keys))
    named = " or ".join(f"`{s}`" for s in sources)
    out: list[OwnResultRead] = []
    for path, start, end in static_reads(expr.text, "flow_input", 3):
        if path[:2] != ("iter", "value"):
            continue
        item = path[2]
        if item in keys or item in _ANY_OBJECT_MEMBERS or item.isdigit():
            continue
        if handles_absence(expr.text, start, end):
            continue
        close = difflib.get_close_matches(item, sorted(keys), n=1, cutoff=0.6)
        hint = f"; did you mean `{close[0]}`?" if close else ""
        if any(s.endswith(".flat()") for s in sources):
            hint += (
                " (`.flat()` flattens only entries that are lists, and these are objects; "
                "for a list field of each, use `.flatMap((r) => r.<field>)`)"
            )
        out.append(
            OwnResultRead(
                start,
                end,
                f"`flow_input.iter.value.{item}`: each item of loop `{loop.id}` is an item "
                f"of {named}, objects with {listed} and no `{item}` (as the steps' code "
                f"returns them), so it is undefined{hint}",
            )
        )
    return out


def _source_item_keys(model: FlowModel, source: str) -> frozenset[str] | None:
    """The keys of the items of one list a loop's iterator hands on: a script step's
    list result (or a list field of its object result), judged by its code's returns;
    a loop's or a branchall's result, whose entries are its iterations' (branches')
    results, when each is an object a script step returns; the same through `.flat()`,
    which leaves entries that are objects as they are."""
    from wac_lint.flows.returns import return_kind, returned_item_keys, returned_keys
    from wac_lint.flows.targets import step_code

    flat = source.endswith(".flat()")
    found = _WHOLE_RESULT.fullmatch(source[: -len(".flat()")] if flat else source)
    step = model.by_id.get(found.group(1)) if found is not None else None
    if found is None or step is None or step.mocked:
        return None
    field = found.group(2)
    if step.kind in _SCRIPTS and not flat:
        if any(step.node.get(k) is not None for k in ("skip_if", "continue_on_error")):
            return None
        code = step_code(model, step)
        return returned_item_keys(*code, field) if code is not None else None
    if step.kind not in _ARRAY_RESULTS or field is not None:
        return None
    if step.node.get("skip_if") is not None:
        return None
    if _failed_entry_cause(step, None) is not None:
        return None  # an entry may be an error object
    each = [block_outcomes(block) for block in step.blocks]
    if not each or any(found is None for found in each):
        return None
    keys: set[str] = set()
    for outcome in (o for found in each if found for o in found):
        if outcome.is_list:
            return None
        code = step_code(model, outcome.step)
        if code is None or return_kind(*code) != "object":
            return None
        got = returned_keys(*code)
        if not got:
            return None
        keys |= got
    return frozenset(keys)


def _built_item_problems(
    expr: Expression,
    loop: FlowModule,
    source: str,
    kind: str,
    keys: frozenset[str],
    renames: tuple[tuple[str, str], ...],
) -> list[OwnResultRead]:
    """`flow_input.iter.value.<field>` in a for loop whose `iterator` says what its
    items are: the object literals a `.map` callback builds (`xs.map((x) => ({ id,
    email }))`), the `[key, value]` pairs of `Object.entries(...)`, the keys
    (strings) of `Object.keys(...)`; a field they cannot have is undefined."""
    import difflib

    from wac_lint.flows.expressions import static_reads
    from wac_lint.flows.json_values import PRIMITIVE_MEMBERS
    from wac_lint.flows.query import enclosing_loop

    shown = " ".join(source.split())
    if len(shown) > 60:
        shown = shown[:57] + "..."
    out: list[OwnResultRead] = []
    for path, start, end in static_reads(expr.text, "flow_input", 3):
        item = path[2]
        if path[:2] != ("iter", "value") or item in _ANY_OBJECT_MEMBERS:
            continue
        if kind == "object" and item in keys:
            continue
        if kind == "pair" and (item in ARRAY_MEMBERS or item.isdigit()):
            continue
        if kind == "string" and (item in PRIMITIVE_MEMBERS["string"] or item.isdigit()):
            continue
        if kind == "number" and item in PRIMITIVE_MEMBERS["number"]:
            continue
        if handles_absence(expr.text, start, end):
            continue
        if kind == "object":
            listed = ", ".join(f"`{k}`" for k in sorted(keys))
            close = difflib.get_close_matches(item, sorted(keys), n=1, cutoff=0.6)
            hint = f"; did you mean `{close[0]}`?" if close else ""
            renamed = next((key for field, key in renames if field == item), None)
            if renamed is not None:
                hint = f"; the callback puts the `{item}` under `{renamed}`"
            out.append(
                OwnResultRead(
                    start,
                    end,
                    f"`flow_input.iter.value.{item}`: the items of loop `{loop.id}` are the "
                    f"objects the callback of its `iterator` builds, with {listed} "
                    f"and no `{item}`, so it is undefined{hint}",
                )
            )
            continue
        if kind == "pair":
            what = (
                f"whose items are `[key, value]` arrays, which have no `{item}`: it is "
                "undefined; read the key as `flow_input.iter.value[0]` and the value as "
                "`flow_input.iter.value[1]`"
            )
        elif kind == "number":
            outer = enclosing_loop(loop)
            carry = (
                f"; inside loop `{loop.id}`, `flow_input.iter` is its own item, and the item "
                f"of the outer loop `{outer.id}` is out of reach: carry what it needs into "
                "the items the callback builds (`({ ..., n: i + 1 })`)"
                if outer is not None
                else ""
            )
            what = (
                f"whose items are the numbers its callback gives, which have no `{item}`: it "
                f"is undefined{carry}"
            )
        else:
            what = (
                f"whose items are the keys, strings, which have no `{item}`: it is "
                "undefined; read `flow_input.iter.value`"
            )
        out.append(
            OwnResultRead(
                start,
                end,
                f"`flow_input.iter.value.{item}`: loop `{loop.id}` iterates over `{shown}`, {what}",
            )
        )
    return out


def _mapped_item_problems(
    expr: Expression, loop: FlowModule, source: str, mapped: str, keys: frozenset[str]
) -> list[OwnResultRead]:
    """`flow_input.iter.value.<field>` in a for loop whose iterator maps a step's list
    to one field of its objects (`results.users.map((u) => u.email)`), where `<field>`
    is a field of those objects: the item is the mapped value, not the object, so the
    read asks the value for a field its object had."""
    from wac_lint.flows.expressions import static_reads

    if mapped not in keys:
        return []
    out: list[OwnResultRead] = []
    for path, start, end in static_reads(expr.text, "flow_input", 3):
        item = path[2]
        if path[:2] != ("iter", "value") or item not in keys:
            continue
        if handles_absence(expr.text, start, end):
            continue
        shown = " ".join(source.split())
        if item == mapped:
            fix = "the item already is that value: read `flow_input.iter.value` itself"
        else:
            fix = (
                f"not the object's `{item}`; iterate over the objects and read "
                f"`flow_input.iter.value.{mapped}`"
            )
        out.append(
            OwnResultRead(
                start,
                end,
                f"`flow_input.iter.value.{item}`: loop `{loop.id}` iterates over `{shown}`, "
                f"so each item is the `{mapped}` of an object, not the object itself, and "
                f"`.{item}` reads a field of that `{mapped}` value; {fix}",
            )
        )
    return out


def _static_item_keys(loop: FlowModule) -> frozenset[str] | None:
    """The keys the items of a loop's static `iterator` have, when it is a list of
    mappings (`value: [{table: users, column: email}, ...]`); None otherwise."""
    spec = loop.value.get("iterator") if loop.value is not None and loop.value.is_map else None
    kind = spec.get("type") if spec is not None and spec.is_map else None
    value = spec.get("value") if spec is not None and spec.is_map else None
    if kind is None or kind.text != "static" or value is None or not value.is_seq:
        return None
    if not value.items or any(not item.is_map for item in value.items):
        return None
    return frozenset(key.text for item in value.items for key, _ in item.pairs)


def _static_item_kind(loop: FlowModule) -> str | None:
    """The JSON type of every item of a loop's static `iterator` when they are all
    strings, all numbers or all booleans (`value: [eu-west-1, us-east-1]`); None
    otherwise. YAML scalars are read as `wmill` reads them (YAML 1.2 core schema)."""
    from wac_lint.flows.json_values import json_type

    spec = loop.value.get("iterator") if loop.value is not None and loop.value.is_map else None
    kind = spec.get("type") if spec is not None and spec.is_map else None
    value = spec.get("value") if spec is not None and spec.is_map else None
    if kind is None or kind.text != "static" or value is None or not value.is_seq:
        return None
    if not value.items or any(not item.is_scalar for item in value.items):
        return None
    kinds = {json_type(item.value()) for item in value.items}
    if kinds <= {"integer", "number"}:
        return "number"
    found = kinds.pop() if len(kinds) == 1 else None
    return found if found in ("string", "boolean") else None


def _static_scalar_item_problems(
    expr: Expression, loop: FlowModule, kind: str
) -> list[OwnResultRead]:
    """`flow_input.iter.value.<field>` in a loop over a static list of strings,
    numbers or booleans: the item is that value itself, which has no such field."""
    from wac_lint.flows.expressions import static_reads
    from wac_lint.flows.json_values import PRIMITIVE_MEMBERS

    members = PRIMITIVE_MEMBERS[kind] | _ANY_OBJECT_MEMBERS
    out: list[OwnResultRead] = []
    for path, start, end in static_reads(expr.text, "flow_input", 3):
        item = path[2]
        if path[:2] != ("iter", "value") or item in members:
            continue
        if kind == "string" and item.isdigit():
            continue  # a character of the string
        if handles_absence(expr.text, start, end):
            continue
        out.append(
            OwnResultRead(
                start,
                end,
                f"`flow_input.iter.value.{item}`: loop `{loop.id}` iterates over its static "
                f"`iterator`, a list of {kind}s, so `flow_input.iter.value` is the {kind} "
                f"itself, which has no `{item}`: it is undefined; read "
                "`flow_input.iter.value`",
            )
        )
    return out


def _static_item_problems(
    expr: Expression, loop: FlowModule, keys: frozenset[str]
) -> list[OwnResultRead]:
    import difflib

    from wac_lint.flows.expressions import static_reads

    listed = ", ".join(f"`{k}`" for k in sorted(keys))
    out: list[OwnResultRead] = []
    for path, start, end in static_reads(expr.text, "flow_input", 3):
        item = path[2]
        if path[:2] != ("iter", "value") or item in keys or item in _ANY_OBJECT_MEMBERS:
            continue
        if handles_absence(expr.text, start, end):
            continue
        close = difflib.get_close_matches(item, sorted(keys), n=1, cutoff=0.6)
        hint = f"; did you mean `{close[0]}`?" if close else ""
        out.append(
            OwnResultRead(
                start,
                end,
                f"`flow_input.iter.value.{item}`: loop `{loop.id}` iterates over its static "
                f"`iterator`, whose items have {listed} and no `{item}`, so it is "
                f"undefined{hint}",
            )
        )
    return out


def _iterator_text(loop: FlowModule) -> str | None:
    spec = loop.value.get("iterator") if loop.value is not None and loop.value.is_map else None
    source = spec.get("expr") if spec is not None and spec.is_map else None
    return source.text if source is not None else None


def literal_value_problems(model: FlowModel, expr: Expression) -> list[OwnResultRead]:
    """`results.check.status === 'ok'` (and `result.status` in a script step's own
    `stop_after_if`) where every `return` of the step's `main` gives `status` as a
    string literal, none of them the one compared with but one spelt nearly like it
    (`'ok'` for `'OK'`, `'canceled'` for `'cancelled'`): the comparison is constant.
    A value unlike every returned one is left alone: the code may be a stub."""
    import difflib

    from wac_lint.flows.query import enclosing_loop
    from wac_lint.flows.returns import python_json_form, returned_field_literals
    from wac_lint.flows.targets import step_code

    loop = enclosing_loop(expr.module) if expr.role is ExprRole.STOP_AFTER_IF else None
    if expr.module is not None and expr.module.kind is ModuleKind.WHILELOOP:
        loop = expr.module if expr.role is ExprRole.STOP_AFTER_IF else loop
    endless = False
    if loop is not None and loop.kind is ModuleKind.WHILELOOP:
        endless = any(e is expr for e, _ in constant_loop_stops(model, loop))
    out: list[OwnResultRead] = [
        OwnResultRead(test.start, test.end, message)
        for test, message in field_type_mismatches(model, expr)
        if not endless  # the loop never ends: an error of its own
    ]
    for step, base, field, test in _field_tests(model, expr):
        code = step_code(model, step)
        literal = test.literal
        form = python_json_form(*code, field) if code is not None else None
        if form is not None and form.texts and isinstance(literal, str):
            if literal not in form.texts:
                always = "false" if test.equal else "true"
                out.append(
                    OwnResultRead(
                        test.start,
                        test.end,
                        f"`{base}.{field}` is never `'{literal}'`: "
                        f"{form.words(str(step.id), field)}, so this comparison is always "
                        f"{always}; {form.fix}",
                    )
                )
            continue
        values = returned_field_literals(*code, field) if code is not None else None
        if not values or literal in values:
            continue
        if not isinstance(literal, str) or any(not isinstance(v, str) for v in values):
            continue  # numbers, or a string and a number: `==` may convert
        words = sorted(str(v) for v in values)
        same = [w for w in words if w.lower() == literal.lower()]
        close = same or difflib.get_close_matches(literal, words, n=1, cutoff=0.75)
        if not close:
            continue  # another value altogether: the code may be a stub of the real one
        shown = [f"`'{w}'`" for w in words]
        listed = ", ".join(shown[:-1]) + " or " + shown[-1] if len(shown) > 1 else shown[0]
        hint = f"; did you mean `'{close[0]}'`?"
        always = "false" if test.equal else "true"
        out.append(
            OwnResultRead(
                test.start,
                test.end,
                f"`{base}.{field}` is never `'{literal}'`: every `return` of step `{step.id}`'s "
                f"`main` gives `{field}` as {listed}, so this comparison is always "
                f"{always}{hint}",
            )
        )
    return out


def _field_tests(
    model: FlowModel, expr: Expression
) -> list[tuple[FlowModule, str, str, LiteralComparison]]:
    """The comparisons of a step's field with a literal in `expr` (`results.<id>.<field>`,
    and `result.<field>` in a step's own `stop_after_if`), with the step, the read's base
    and the field, for a script step whose result is its code's (no mock, `skip_if` or
    `continue_on_error`) that has run where `expr` is evaluated."""
    from wac_lint.flows.expressions import literal_comparisons

    if "result" not in expr.text or expr.module is None:
        return []
    tests: list[tuple[FlowModule, str, str, LiteralComparison]] = []
    for test in literal_comparisons(expr.text, "results"):
        if len(test.path) == 2:
            step = model.by_id.get(test.path[0])
            if step is not None and result_problem(model, expr, step.id or "") is None:
                tests.append((step, f"results.{test.path[0]}", test.path[1], test))
    own = expr.role is ExprRole.STOP_AFTER_IF and expr.path.endswith(".stop_after_if.expr")
    if own:
        for test in literal_comparisons(expr.text, "result"):
            if len(test.path) == 1:
                tests.append((expr.module, "result", test.path[0], test))
    return [
        (step, base, field, test)
        for step, base, field, test in tests
        if step.kind in (ModuleKind.RAWSCRIPT, ModuleKind.SCRIPT)
        and not step.mocked
        and all(step.node.get(k) is None for k in ("skip_if", "continue_on_error"))
    ]


def field_type_mismatches(
    model: FlowModel, expr: Expression
) -> list[tuple[LiteralComparison, str]]:
    """`result.finished == 'true'` where every `return` of the step's `main` gives
    `finished` as a boolean (a literal, a comparison, a negation) or a number: a strict
    comparison with a literal of another type never holds, and a loose one compares
    them as numbers (`true` is 1, `'true'` is NaN), so it holds for no value the step
    gives either. The comparisons found, with why each is constant."""
    from wac_lint.flows.json_values import js_number
    from wac_lint.flows.returns import return_kind
    from wac_lint.flows.targets import step_code

    out: list[tuple[LiteralComparison, str]] = []
    for step, base, field, test in _field_tests(model, expr):
        code = step_code(model, step)
        kind = return_kind(*code, field) if code is not None else None
        if kind not in ("boolean", "number"):
            continue
        literal = test.literal
        if not isinstance(literal, str) and (kind == "number" or test.strict is False):
            if kind == "number" or literal in (0.0, 1.0):
                continue  # numbers with numbers, `flag == 1`
        if isinstance(literal, str) and not test.strict:
            number = js_number(literal)
            if kind == "boolean" and number in (0.0, 1.0):
                continue  # `done == '1'` holds for true
            if kind == "number" and number == number:  # not NaN: `n == '10'` may hold
                continue
        shown = f"'{literal}'" if isinstance(literal, str) else f"{literal:g}"
        what = "string" if isinstance(literal, str) else "number"
        if test.strict:
            how = f"a strict comparison never equates it with the {what} `{shown}`"
        else:
            own = "`true` / `false` are 1 / 0" if kind == "boolean" else "it is its value"
            as_number = "NaN" if isinstance(literal, str) else f"{literal:g}"
            how = (
                f"`{'==' if test.equal else '!='}` compares it with the {what} `{shown}` as "
                f"numbers ({own}, `{shown}` is {as_number})"
            )
        natural = "`true` / `false`" if kind == "boolean" else "a number"
        out.append(
            (
                test,
                f"`{base}.{field}` is {'a boolean' if kind == 'boolean' else 'a number'}: "
                f"every `return` of step `{step.id}`'s `main` gives it as one, and {how}, so "
                f"this is always {'false' if test.equal else 'true'}; compare with {natural}",
            )
        )
    return out


def never_true_reason(model: FlowModel, expr: Expression) -> str | None:
    """Why a condition is always false, when the whole of it is one comparison of a
    step's field that `field_type_mismatches` finds constant (`result.done == 'true'`)."""
    text = expr.text.strip()
    lead = len(expr.text) - len(expr.text.lstrip())
    for test, message in field_type_mismatches(model, expr):
        if test.equal and test.start - lead == 0 and test.end - lead == len(text):
            return message
    return None


def constant_loop_stops(model: FlowModel, loop: FlowModule) -> list[tuple[Expression, str]]:
    """A while loop's stop conditions when every one never holds: its own
    `stop_after_if` and those of the steps of its body outside nested loops (what the
    runner honours for it), each a comparison `never_true_reason` finds always false,
    with that reason; empty when one of them may hold, or when the loop has none or
    `continue_on_error` (a failed iteration ends it)."""
    memo = model.memo.setdefault("constant_loop_stops", {})
    assert isinstance(memo, dict)
    if id(loop) in memo:
        return memo[id(loop)]  # type: ignore[no-any-return]
    found: list[tuple[Expression, str]] = []
    keep_going = loop.node.get("continue_on_error")
    holders = [] if keep_going is not None and keep_going.value() is True else [loop]
    stack = [m for block in loop.blocks for m in block.modules] if holders else []
    while stack:
        module = stack.pop()
        holders.append(module)
        if module.kind is None or not module.kind.is_loop:
            stack.extend(m for block in module.blocks for m in block.modules)
    stops = [
        e
        for e in model.expressions
        if e.role is ExprRole.STOP_AFTER_IF
        and e.path.endswith(".stop_after_if.expr")
        and any(e.module is h for h in holders)
    ]
    for expr in stops:
        reason = never_true_reason(model, expr)
        if reason is None:
            found = []
            break
        found.append((expr, reason))
    if len(stops) != sum(1 for h in holders if h.node.get("stop_after_if") is not None):
        found = []  # a stop condition without an expression of its own: unknown
    memo[id(loop)] = found
    return found


def failure_goes_on(model: FlowModel, step: FlowModule, reader: FlowModule | None) -> str | None:
    """Why the flow may go on past `step` failing, with its error as its result
    (`{"error": {...}}`, the job's result, which windmill-worker `worker_flow.rs`
    keeps under its id), as seen from an expression of `reader`: the step has
    `continue_on_error: true`, or it is in a branch of a branchall with
    `skip_failure: true` that `reader` is not in (inside it, the branch stops at the
    failure). None when a failure of `step` fails the flow, or that reader."""
    flag = step.node.get("continue_on_error")
    if flag is not None and flag.value() is True:
        return f"step `{step.id}` has `continue_on_error: true`"
    inside = set()
    current = reader
    while current is not None:
        inside.add(id(current.block))
        current = current.block.owner
    module: FlowModule | None = step
    while module is not None:
        block, owner = module.block, module.block.owner
        if owner is None or id(block) in inside:
            return None
        if block.kind is BlockKind.BRANCH and owner.kind is ModuleKind.BRANCHALL:
            branches = owner.value.get("branches") if owner.value is not None else None
            items = branches.items if branches is not None and branches.is_seq else []
            branch = items[block.index] if block.index < len(items) else None
            skip = branch.get("skip_failure") if branch is not None and branch.is_map else None
            if skip is not None and skip.value() is True:
                return (
                    f"step `{step.id}` is in branch {block.index + 1} of branchall "
                    f"`{owner.id}`, which has `skip_failure: true`"
                )
        module = owner
    return None


def failed_step_field_problems(model: FlowModel, expr: Expression) -> list[OwnResultRead]:
    """`results.<id>.<field>.<member>` where step `<id>` may fail while the flow goes
    on (`failure_goes_on`): its result is then its error, which has no `<field>`, so
    reading `.<member>` of that undefined throws and the reading step fails after
    all. Expressions that look at the error, chain optionally (`?.`) or guard with
    `&&` are left alone. A loop's whole `iterator` that is such a step's result or a
    field of it (`results.<id>.<field>`) is undefined (or the error object) when the
    step failed, and the runner fails the loop: it wants an array."""
    from wac_lint.flows.expressions import static_reads

    text = expr.text
    if "results" not in text:
        return []
    if expr.role is ExprRole.ITERATOR:
        return _failed_step_iterator(model, expr)
    if "error" in text or "?." in text or "&&" in text:
        return []
    out: list[OwnResultRead] = []
    for (name, field, member), start, end in static_reads(text, "results", 3):
        step = model.by_id.get(name)
        if step is None or step is expr.module or field.isdigit():
            continue
        if step.kind not in (ModuleKind.RAWSCRIPT, ModuleKind.SCRIPT, ModuleKind.FLOW):
            continue
        why = failure_goes_on(model, step, expr.module)
        if why is None:
            continue
        out.append(
            OwnResultRead(
                start,
                end,
                f"`results.{name}.{field}.{member}`: {why}, and when it fails its result is "
                f"its error (`{{error: ...}}`), which has no `{field}`, so reading "
                f"`.{member}` of it throws and this step fails as well; chain optionally "
                f"(`results.{name}.{field}?.{member}`) or test `results.{name}.error` first",
            )
        )
    return out


def _failed_step_iterator(model: FlowModel, expr: Expression) -> list[OwnResultRead]:
    from wac_lint.flows.expressions import static_reads

    text = expr.text
    lead = len(text) - len(text.lstrip())
    failed_entries = _failed_iterations_iterated(model, expr, lead)
    if failed_entries:
        return failed_entries
    for depth in (1, 2):
        for path, start, end in static_reads(text, "results", depth):
            if start != lead or end != len(text.rstrip()):
                continue
            step = model.by_id.get(path[0])
            if step is None or step.kind not in (
                ModuleKind.RAWSCRIPT,
                ModuleKind.SCRIPT,
                ModuleKind.FLOW,
            ):
                continue
            if depth == 2 and path[1].isdigit():
                continue
            why = failure_goes_on(model, step, expr.module)
            if why is None:
                continue
            read = ".".join(("results", *path))
            gives = (
                f"which has no `{path[1]}`, so the iterator is undefined"
                if depth == 2
                else "an object, not a list"
            )
            return [
                OwnResultRead(
                    start,
                    end,
                    f"`{read}`: {why}, and when it fails its result is its error "
                    f"(`{{error: ...}}`), {gives}: Windmill wants an array and the flow "
                    f"fails at this loop after all; fall back to an empty list "
                    f"(`{read} ?? []`)",
                )
            ]
    return []


def _failed_iterations_iterated(
    model: FlowModel, expr: Expression, lead: int
) -> list[OwnResultRead]:
    """A for loop whose `iterator` is the whole result of a `skip_failures: true`
    loop, and whose body reads a field of each item (`flow_input.iter.value.email`):
    a failed iteration's entry is its error (`{"error": {...}}`, worker_flow.rs
    `retrieve_flow_jobs_results`), so the body runs on it too and reads undefined."""
    from wac_lint.flows.expressions import static_reads

    text = expr.text
    loop = expr.module
    if loop is None or loop.kind is not ModuleKind.FORLOOP:
        return []
    whole = static_reads(text, "results", 1)
    if len(whole) != 1 or whole[0][1] != lead or whole[0][2] != len(text.rstrip()):
        return []
    name = whole[0][0][0]
    source = model.by_id.get(name)
    if source is None or source.kind not in _LOOPS or source is loop:
        return []
    value = source.value
    flag = value.get("skip_failures") if value is not None and value.is_map else None
    if flag is None or flag.value() is not True:
        return []
    for inner in model.expressions:
        if inner.module is None or inner.module is loop or "iter" not in inner.text:
            continue
        if _innermost_loop(inner.module) is not loop or "error" in inner.text:
            continue
        for (iter_, value_, field), start, end in static_reads(inner.text, "flow_input", 3):
            if (iter_, value_) != ("iter", "value") or field.isdigit():
                continue
            if handles_absence(inner.text, start, end) or "?." in inner.text[:end]:
                continue
            return [
                OwnResultRead(
                    lead,
                    len(text.rstrip()),
                    f"`results.{name}`: loop `{name}` has `skip_failures: true`, and the "
                    f"entry of a failed iteration is its error (`{{error: ...}}`), which "
                    f"this loop iterates too: `flow_input.iter.value.{field}` (step "
                    f"`{inner.module.id}`) is undefined for it; drop the failed entries first "
                    f"(`results.{name}.filter((r) => !r?.error)`)",
                )
            ]
    return []


def _innermost_loop(module: FlowModule) -> FlowModule | None:
    parent = module.parent
    while parent is not None:
        if parent.kind is not None and parent.kind.is_loop:
            return parent
        parent = parent.parent
    return None
