"""WAC509: a flow expression reads a name Windmill does not define where it runs."""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING

from wac_lint.rule import WARNING, Rule, RuleContext, code_span, flow, with_article
from wac_lint.source import LANG_FLOW

if TYPE_CHECKING:
    from wac_lint.flows.expressions import ElementRead, LiteralComparison
    from wac_lint.flows.model import Expression, FlowModel, FlowModule

# What Windmill's evaluator (windmill-worker `js_eval.rs` / `js_eval_quickjs.rs`,
# `worker_flow.rs`) defines in every flow expression.
WINDMILL_NAMES = frozenset(
    {
        "flow_input",
        "results",
        "flow_env",
        "previous_result",
        "params",
        "resume",
        "resumes",
        "approvers",
        "error",
        "variable",
        "resource",
    }
)
# The approval's names, which windmill-worker gives `compute_bool_from_expr` only when
# it has resume messages: a `stop_after_if` is evaluated when the step's job completes
# (`update_flow_status_after_job_completion_internal`, `resumes` None), so not there.
APPROVAL_NAMES = frozenset({"resume", "resumes", "approvers"})
# Defined for `stop_after_if`, `skip_if`, branch conditions and the step options
# (`sleep`, `timeout`, `iterator`, ...), but not for a step's input transforms,
# which get `previous_result` and `results` only.
NOT_IN_INPUTS = frozenset({"result", "all_iters"})
# Defined only for the failure module's input transforms (its `FailureContext`).
FAILURE_ONLY = frozenset({"started_at", "flow_job_id"})
# The JavaScript (ECMAScript, web and Deno) globals an expression may use. A name
# missing here would be a false report, so the list is generous.
JS_GLOBALS = frozenset(
    """
    undefined NaN Infinity globalThis arguments this eval isFinite isNaN parseFloat parseInt
    decodeURI decodeURIComponent encodeURI encodeURIComponent escape unescape
    Object Function Boolean Symbol Error AggregateError EvalError RangeError ReferenceError
    SyntaxError TypeError URIError Number BigInt Math Date String RegExp Array Int8Array
    Uint8Array Uint8ClampedArray Int16Array Uint16Array Int32Array Uint32Array Float32Array
    Float64Array BigInt64Array BigUint64Array Map Set WeakMap WeakSet WeakRef
    FinalizationRegistry ArrayBuffer SharedArrayBuffer DataView Atomics JSON Promise Proxy
    Reflect Intl Iterator WebAssembly console queueMicrotask Deno
    """.split()
)
# The web platform's globals, which Deno's web extensions (deno_web, deno_url,
# deno_fetch, deno_crypto...) define: js_eval.rs builds the expression's `JsRuntime`
# with its own `js_eval` extension only (those are loaded for `nativets` steps), so
# none of these exists in a flow expression; V8 itself gives the ECMAScript globals
# above, and `console`.
WEB_ONLY = frozenset(
    """
    fetch URL URLSearchParams URLPattern TextEncoder TextDecoder TextEncoderStream
    TextDecoderStream atob btoa crypto Crypto CryptoKey SubtleCrypto structuredClone
    setTimeout clearTimeout setInterval clearInterval performance AbortController
    AbortSignal Headers Request Response Blob File FileReader FormData Event EventTarget
    CustomEvent DOMException ReadableStream WritableStream TransformStream
    CompressionStream DecompressionStream MessageChannel BroadcastChannel WebSocket
    self reportError
    """.split()
)
# Node's and a browser's globals, which an expression does not have: js_eval.rs
# evaluates it in a bare deno_core `JsRuntime` (no Node compatibility, no DOM),
# whose one extension defines the flow's names, `variable(...)` and `resource(...)`.
HOST_ONLY = {
    **dict.fromkeys(("process", "Buffer", "require", "module", "exports", "global"), "Node"),
    **dict.fromkeys(("window", "document", "navigator", "location", "localStorage"), "a browser"),
    **dict.fromkeys(WEB_ONLY, "the web platform"),
}


class UndefinedExpressionName(Rule):
    code = "WAC509"
    name = "undefined-expression-name"
    summary = "a flow expression reads a name Windmill does not define there"
    message = "Read the flow's data through the names Windmill defines"
    languages = (LANG_FLOW,)
    wac_only = False
    docs = """
## What it does
Reads every JavaScript expression of the flow for the names it uses without
declaring them, and checks each against what Windmill's evaluator defines
where the expression runs (windmill-worker `worker_flow.rs`, `js_eval.rs`):

* everywhere: `flow_input`, `results`, `flow_env`, `previous_result`,
  `params`, `resume`, `resumes`, `approvers`, `error`, `variable(...)`,
  `resource(...)`, and the JavaScript globals (`Math`, `JSON`, `Date`...);
* `result`: in `stop_after_if`, `skip_if`, branch
  conditions and the step options (`sleep`, `timeout`, `iterator`...), not
  in a step's `input_transforms`;
* `all_iters` (the results of the iterations so far): only in a loop's own
  `stop_after_if` (windmill-worker `update_flow_status_after_job_completion_internal`
  passes it for a module running iterations, when the text names it); not in a
  step's `stop_after_if` (also one inside the loop's body), a
  `stop_after_all_iters_if` (given none: there `result` is the list), a `skip_if`
  or an input;
* `started_at`, `flow_job_id`: only in the failure module's inputs.
* not `results` where Windmill evaluates without the flow's step results
  (no `by_id` context): a step's `sleep` (evaluated, with `result` the
  step's own result, when the next step is pushed), `retry.retry_if`, a
  suspend's `user_groups_required` and the flow's `skip_expr`.

`approvers` is the list of the approvers' names (strings): a field read on
one (`approvers[0].approver`, `approvers.map((a) => a.approver)`) is
reported too.

`previous_result.<x>` in the inputs of the flow's first step (and `result.<x>`
or `previous_result.<x>` in its `skip_if`), when the flow's schema declares no
`<x>`, is reported: no step has run, and the runner gives the first step the
flow's input as its last result. So is `previous_result.<x>` in the inputs of
the first step of a branch, or of a
loop body that runs as a flow of its own (more than one step, a parallel for
loop), is reported when `<x>` is not a flow input (nor `iter` in a loop):
there `previous_result` is the inner flow's input (the flow's input, with
`iter` in a loop), not the result of the step before the loop or branch,
nor, in a while loop, the previous iteration's. A one-step loop body may run
as the step alone, with the loop's last result, and is not judged. The same
holds for `previous_result.<x>` and `result.<x>` in that step's `skip_if`,
which the runner evaluates with the same last result under both names.

A name the expression declares itself (a `const`, a parameter, a function) is
never reported; nor is `typeof x`. Node's and a browser's globals are
(`process.env.X`, `Buffer`, `require`, `window`, `document`): js_eval.rs
evaluates the expression in a bare deno_core runtime, with no Node
compatibility and no page. So are the web platform's (`fetch`, `URL`,
`atob` / `btoa`, `TextEncoder`, `crypto.randomUUID()`, `structuredClone`,
`setTimeout`, `performance`): that runtime loads none of Deno's web
extensions (js_eval.rs gives them to `nativets` steps only), so it has
JavaScript's own objects and V8's `console`, nothing more. Python's names written in a JavaScript
expression (`None`, `True`, `len(...)`, `str(...)`...) are reported with what
JavaScript writes instead (`null`, `true`, `x.length`, `String(x)`).
Also reported, in a step's inputs: `resume.<x>`
(not `resume?.<x>`) when the step before is not an approval (`suspend`) step (a loop
or branch holding one included: that approval answers the step after it inside the
block, not the step after the block), or is one with a `skip_if` (a skipped step's
`suspend` gates nothing: no approval happens and `resume` is null), or in the first
step of a branch (every branch of a `branchone` / `branchall` runs as a flow of its
own, `payload_from_modules` in worker_flow.rs, so an approval just before the
branch step answers only its branch conditions) or of a loop body that runs as a
flow of its own (more than one step, a parallel for loop), and `error.<x>`
outside the failure module when the step before has no `continue_on_error: true`;
an entry of `approvers` or `resumes` (`approvers[0]`, `resumes.map((r) => r.decision)`,
`approvers.join(...)`; not their `length`, nor with a fallback) where `resume` is null:
the flow runner starts both as empty lists and fills them only from the approval of
the step just before, so every entry is undefined;
and `resume.<x>` after an approval step whose `resume_form` schema lists its fields
without `<x>` (and lets no others in): the approval page posts the form's fields, so
`<x>` is undefined; the same for a field of an entry of `resumes`
(`resumes.map((r) => r.<x>)`, `resumes[0].<x>`), the list of every approver's answer,
and (a warning) an entry's field compared with a string the form's `enum` for it does
not list (`resumes.every((r) => r.decision === 'aprove')`).
After an approval step with `continue_on_disapprove_timeout: true`, a `resume.<x>`
read without a fallback (and without looking at `resume.error`) is a warning: when
the approval is refused or times out the runner goes on with `resume` set to the
error (`{"error": {"name": "SuspendedTimedOut", ...}}`), which has no `<x>`.
A comparison of `resume.<x>` with a string or number the form's `enum` for `<x>`
does not list (`resume.decision === 'renewed'` with `enum: [renew, terminate]`)
is a warning: the approval page offers only the listed values, so it is constant.
These form checks (a field the form does not declare, a value its `enum` does not
list) apply where the answer arrives: the inputs of the step right after the
approval, and the branch conditions or the iterator of a branch or loop step right
after it, which the flow holding both evaluates with `resume` before the branch or
body runs.
So is a strict comparison of a field the form types as a boolean (or a number)
with a string (`resume.approved === 'true'`): the page posts a boolean, which
`===` never equates with a string.
A member of `resume`, `resumes` or `approvers` read in a `stop_after_if`
(`resume.decision === 'reject'` on the approval step itself) is reported: the
runner evaluates the condition when the step's job completes, before the approval,
with none of those names (windmill-worker `compute_bool_from_expr` gets no resume
messages there), so the read fails and so does the flow.
In the failure module, a misspelling of a field of `error` (`error.stepId`,
`error.msg`; the error has `message`, `name`, `stack` and `step_id`, plus what
the failing code put on it) is reported as a warning.
In a loop's or `branchall`'s `stop_after_all_iters_if`, `result` is the list of
the iterations' (branches') results: `result.<field>` (not an array member or
an index) reads undefined.

## Why is this bad
Windmill evaluates the expression with only those names in scope: any other
(`iter.value` for `flow_input.iter.value`, `flowInput.name`, `result.rows` in
an input transform) throws a ReferenceError and fails the step, after every
earlier step has run. `resume` is the answer to the approval of the step just
before (null after any other step: `push_next_flow_job` collects resume
messages only when the previous module has `suspend`, for that module's job),
and `error` is a failed step's error only in the failure module or after a
step allowed to fail.

## Example
```yaml
- id: count
  value:
    type: script
    path: f/etl/count
    input_transforms:
      rows: {type: javascript, expr: result.rows}
```

## Use instead
```yaml
      rows: {type: javascript, expr: results.fetch.rows}
```
"""
    VALID = [
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: fetch\n"
            "      stop_after_if: {expr: result.rows.length === 0}\n"
            "      value: {type: identity}\n"
            "    - id: count\n"
            "      value:\n"
            "        type: script\n"
            "        path: f/etl/count\n"
            "        input_transforms:\n"
            "          rows: {type: javascript, expr: 'previous_result.rows.map(Math.abs)'}\n"
            "          n:\n"
            "            type: javascript\n"
            "            expr: |\n"
            "              const result = results.fetch;\n"
            "              return result.rows.length;\n"
        ),
    ]
    INVALID = [
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: fetch\n      value: {type: identity}\n"
            "    - id: count\n"
            "      value:\n"
            "        type: script\n"
            "        path: f/etl/count\n"
            "        input_transforms:\n"
            "          rows: {type: javascript, expr: «result».rows}\n"
        ),
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: loop\n"
            "      value:\n"
            "        type: forloopflow\n"
            "        skip_failures: false\n"
            "        iterator: {type: javascript, expr: flow_input.users}\n"
            "        modules:\n"
            "          - id: greet\n"
            "            value:\n"
            "              type: script\n"
            "              path: f/x/greet\n"
            "              input_transforms:\n"
            "                who: {type: javascript, expr: «iter».value}\n"
        ),
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: prepare\n      value: {type: identity}\n"
            "    - id: apply\n"
            "      value:\n"
            "        type: script\n"
            "        path: f/x/apply\n"
            "        input_transforms:\n"
            "          ok: {type: javascript, expr: «resume».approved}\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        # flows load only when one is checked
        from wac_lint.flows.expressions import element_reads, free_names, workspace_reference
        from wac_lint.flows.query import offset_span

        model = ctx.flow
        for expr in model.expressions:
            for read in element_reads(expr.text, "approvers"):
                if read.prop not in STRING_MEMBERS:
                    ctx.report(
                        offset_span(model, expr, read.start, read.end),
                        f"`.{read.prop}` of an approver: `approvers` lists the approvers' names "
                        "(strings; the flow runner collects each resume's `approver`), so it is "
                        "undefined; use the name itself",
                    )
            self.check_first_step_input(ctx, expr)
            self.check_resume_form(ctx, expr)
            self.check_resume_after_refusal(ctx, expr)
            self.check_all_iters_result(ctx, expr)
            self.check_error_fields(ctx, expr)
            if workspace_reference(expr.text) is not None:
                continue  # `$res:f/x/db` as JavaScript: WAC507's finding, not its path's words
            told: set[str] = set()  # one finding per name and expression
            for name in free_names(expr.text):
                problem = _problem(expr, name.name, name.dereferenced)
                if problem is not None and name.name not in told:
                    told.add(name.name)
                    ctx.report(offset_span(model, expr, name.start, name.end), problem)

    @staticmethod
    def check_error_fields(ctx: RuleContext, expr: Expression) -> None:
        """`error.stepId` in the failure module: a misspelling of a field of the error
        it receives (`message`, `name`, `stack`, `step_id`: the failed step's error, with
        the id of that step added by the flow runner)."""
        import difflib

        from wac_lint.flows.expressions import member_reads
        from wac_lint.flows.model import BlockKind
        from wac_lint.flows.query import offset_span

        module = expr.module
        if module is None or module.root_block().kind is not BlockKind.FAILURE:
            return
        for read in member_reads(expr.text, "error"):
            if read.prop in ERROR_FIELDS:
                continue
            plain = read.prop.replace("_", "").lower()
            close = [f for f in ERROR_FIELDS if f.replace("_", "").lower() == plain]
            close = close or difflib.get_close_matches(read.prop, ERROR_FIELDS, n=1, cutoff=0.7)
            close = close or [f for f in ERROR_FIELDS if _names_field(plain, f)]
            if not close:
                continue  # a field the failing code may have put on its error
            ctx.report(
                offset_span(ctx.flow, expr, read.start, read.end),
                f"`error.{read.prop}`: the error the failure module receives has `message`, "
                f"`name`, `stack` and `step_id` (and only what the failing code adds besides), "
                f"so this is undefined; did you mean `error.{close[0]}`?",
                severity=WARNING,
            )

    @staticmethod
    def check_all_iters_result(ctx: RuleContext, expr: Expression) -> None:
        """`result.<field>` in a loop's or branchall's `stop_after_all_iters_if`: it runs
        after the last iteration / branch, with `result` the list of their results."""
        from wac_lint.flows.expressions import member_reads
        from wac_lint.flows.model import ExprRole, ModuleKind
        from wac_lint.flows.query import offset_span
        from wac_lint.flows.scope import ARRAY_MEMBERS

        module = expr.module
        if expr.role is not ExprRole.STOP_AFTER_ALL_ITERS_IF or module is None:
            return
        if module.kind is ModuleKind.BRANCHALL:
            what, entries = f"branchall `{module.id}`", "the branches' results"
        elif module.kind is not None and module.kind.is_loop:
            what, entries = f"loop `{module.id}`", "the iterations' results"
        else:
            return  # WAC500 reports the option on a step that is not a loop
        for read in member_reads(expr.text, "result"):
            if read.prop in ARRAY_MEMBERS or read.prop.isdigit():
                continue
            ctx.report(
                offset_span(ctx.flow, expr, read.start, read.end),
                f"`result.{read.prop}` in the `stop_after_all_iters_if` of {what}: it runs "
                f"after the last one, with `result` the list of {entries}, which has no "
                f"`{read.prop}`, so the condition reads undefined; test the entries "
                f"(`result.some((r) => r.{read.prop})`)",
            )

    @staticmethod
    def check_resume_after_refusal(ctx: RuleContext, expr: Expression) -> None:
        """`resume.<field>` right after an approval step with
        `continue_on_disapprove_timeout: true`: when the approval is refused or times
        out, worker_flow.rs pushes `{"error": {"message": ..., "name":
        "SuspendedDisapproved" | "SuspendedTimedOut"}}` as the resume message and goes
        on, so `resume` is that error, which has no form field."""
        from wac_lint.flows.expressions import handles_absence, member_reads
        from wac_lint.flows.query import offset_span

        module = expr.module
        if module is None or module.position == 0 or ".input_transforms." not in expr.path:
            return
        before = module.block.modules[module.position - 1]
        suspend = before.node.get("suspend")
        go_on = suspend.get("continue_on_disapprove_timeout") if suspend is not None else None
        if go_on is None or go_on.value() is not True or "error" in expr.text:
            return
        label = code_span(before.id) if before.id else "the step before"
        for read in member_reads(expr.text, "resume"):
            if handles_absence(expr.text, read.start, read.end):
                continue
            ctx.report(
                offset_span(ctx.flow, expr, read.start, read.end),
                f"`resume.{read.prop}`: {label} has `continue_on_disapprove_timeout: true`, "
                "so when its approval is refused or times out the flow goes on with `resume` "
                'the error `{"error": {...}}`, which has no `' + read.prop + "`: the step "
                "then runs with undefined; test `resume.error` first, or read it with a "
                f"fallback (`resume.{read.prop} ?? ...`)",
                severity=WARNING,
            )

    @staticmethod
    def check_resume_form(ctx: RuleContext, expr: Expression) -> None:
        """`resume.<field>` after an approval step whose `resume_form` lists its fields
        without this one: the approval page's form posts the listed fields, which the
        runner hands the next step as `resume` (worker_flow.rs, the resume payload)."""
        from wac_lint.flows.expressions import element_reads, handles_absence, member_reads
        from wac_lint.flows.model import ExprRole
        from wac_lint.flows.query import offset_span

        module = expr.module
        # the answer reaches the next step's inputs, and the branch conditions or the
        # iterator of a branch or loop step right after the approval (evaluated by the
        # flow holding both, before the branch or body runs as a flow of its own)
        answered = ".input_transforms." in expr.path or (
            expr.role in (ExprRole.BRANCH, ExprRole.ITERATOR) and expr.path.endswith(".expr")
        )
        if module is None or module.position == 0 or not answered:
            return
        before = module.block.modules[module.position - 1]
        _check_resume_enums(ctx, expr, before)
        fields = _form_fields(before)
        if fields is None:
            return
        label = code_span(before.id) if before.id else "the step before"
        known = ", ".join(f"`{f}`" for f in fields)
        for read in member_reads(expr.text, "resume"):
            if read.prop in fields or handles_absence(expr.text, read.start, read.end):
                continue
            ctx.report(
                offset_span(ctx.flow, expr, read.start, read.end),
                f"`resume.{read.prop}` is not a field of the approval form of {label} (its "
                f"`resume_form` declares {known}): the approval page posts only those, so it "
                "is undefined unless the approver's call passes it anyway",
            )
        # `resumes` lists every answer (one per required event), each the form's fields
        for read in element_reads(expr.text, "resumes"):
            if read.prop in fields:
                _check_resumes_entry_enum(ctx, expr, before, read)
                continue
            if handles_absence(expr.text, read.start, read.end):
                continue
            ctx.report(
                offset_span(ctx.flow, expr, read.start, read.end),
                f"`.{read.prop}` of an entry of `resumes` is not a field of the approval form "
                f"of {label} (its `resume_form` declares {known}): each entry is one "
                "approver's answer, which the approval page posts with only those fields, so "
                "it is undefined unless the approver's call passes it anyway",
            )

    @staticmethod
    def check_first_step_input(ctx: RuleContext, expr: Expression) -> None:
        """`previous_result.<x>` in the inputs of the first step of a loop body or a
        branch: that step's `previous_result` is its inner flow's input (worker_flow.rs
        passes the flow's args, with `iter` in a loop, as the first step's last result),
        not the result of the step before the loop or branch."""
        from wac_lint.flows.expressions import member_reads
        from wac_lint.flows.model import BlockKind, ExprRole, ModuleKind
        from wac_lint.flows.query import offset_span

        module = expr.module
        if module is None or module.position != 0:
            return
        # a step's `skip_if` is evaluated with the same last result, as both
        # `previous_result` and `result` (`compute_bool_from_expr`)
        skip_if = expr.role is ExprRole.SKIP_IF and expr.path.endswith(".skip_if.expr")
        if ".input_transforms." not in expr.path and not skip_if:
            return
        owner = module.block.owner
        kind = module.block.kind
        declared = _schema_properties(ctx.flow)
        names = ("previous_result", "result") if skip_if else ("previous_result",)
        reads = [(name, read) for name in names for read in member_reads(expr.text, name)]
        if owner is None and kind is BlockKind.FLOW and declared:
            # the flow's own first step: its last result is the flow's input too
            for name, read in reads:
                if read.prop in declared:
                    continue
                ctx.report(
                    offset_span(ctx.flow, expr, read.start, read.end),
                    f"`{name}` in the first step of the flow is the flow's input: no step "
                    f"has run before it, and the flow's schema declares no `{read.prop}`, "
                    f"so `{name}.{read.prop}` is undefined there; read a declared input "
                    f"(`flow_input.<name>`), or test the step's own result in its "
                    f"`stop_after_if`",
                )
            return
        if owner is None or kind not in (BlockKind.LOOP, BlockKind.BRANCH, BlockKind.DEFAULT):
            return
        if kind is BlockKind.LOOP and not _runs_as_inner_flow(owner):
            return
        for name, read in reads:
            if read.prop in declared or (kind is BlockKind.LOOP and read.prop == "iter"):
                continue
            where = (
                f"loop `{owner.id}` is the iteration's input (the flow's input with `iter`)"
                if kind is BlockKind.LOOP
                else f"a branch of `{owner.id}` is the flow's input"
            )
            before = owner.block.modules[owner.position - 1] if owner.position > 0 else None
            step = (
                f"the result of `{before.id}`, the step before `{owner.id}`"
                if before is not None and before.id
                else "an earlier step's result"
            )
            if before is not None and before.id:
                fix = f"read `results.{before.id}.{read.prop}`"
            elif owner.kind is ModuleKind.WHILELOOP and module.id:
                # a sequential loop's iterations share the root job: the last result stays
                fix = (
                    f"the previous iteration's result is `results.{module.id}` "
                    f"(`results.{module.id}?.{read.prop}`)"
                )
            else:
                fix = f"read `results.<id>.{read.prop}`"
            ctx.report(
                offset_span(ctx.flow, expr, read.start, read.end),
                f"`{name}` in the first step of {where}, not {step}: "
                f"`{name}.{read.prop}` is undefined there; {fix}",
            )


# A loop whose body is one script, rawscript or flow step may run "simple" (worker_flow.rs
# `is_simple_modules`): the step itself is pushed per iteration, its inputs evaluated with
# the loop's last result, so `previous_result` is the step before the loop, then the
# previous iteration's. Only bodies that cannot be simple are judged.
_SIMPLE_KINDS = ("script", "rawscript", "flow")


def _runs_as_inner_flow(loop: FlowModule) -> bool:
    body = loop.blocks[0].modules if loop.blocks else []
    if len(body) != 1:
        return True
    kind = body[0].kind
    if kind is None or kind.value not in _SIMPLE_KINDS:
        return True
    value = loop.value
    parallel = value.get("parallel") if value is not None and value.is_map else None
    return (
        loop.kind is not None
        and loop.kind.value == "forloopflow"
        and (parallel is not None and parallel.text == "true")
    )


def _schema_properties(model: FlowModel) -> frozenset[str]:
    schema = model.schema
    props = schema.get("properties") if schema is not None and schema.is_map else None
    if props is None or not props.is_map:
        return frozenset()
    return frozenset(k.text for k, _ in props.pairs if k.is_scalar)


def _problem(expr: Expression, name: str, dereferenced: bool) -> str | None:
    from wac_lint.flows.model import BlockKind, ExprRole

    module = expr.module
    in_inputs = module is not None and ".input_transforms." in expr.path
    in_failure = module is not None and module.root_block().kind is BlockKind.FAILURE
    throws = "evaluating it throws a ReferenceError and the step fails"
    if name == "results":
        place = expr.without_step_results
        if place is not None:
            return (
                f"`results` is not defined in {place}: Windmill evaluates it without the "
                f"flow's step results ({WITHOUT_RESULTS_HINT[place]}): {throws}"
            )
    if name == "all_iters" and not in_inputs:
        return _all_iters_problem(expr, throws)
    if name in NOT_IN_INPUTS:
        if not in_inputs:
            return None
        if name == "all_iters":
            return (
                "`all_iters` is defined only in a loop's `stop_after_if`; after the loop read "
                f"`results.<loop id>` (one result per iteration): {throws}"
            )
        return (
            f"{code_span(name)} is not defined in an input transform (only in `stop_after_if`, "
            f"`skip_if` and the step options); read `previous_result` or `results.<id>`: {throws}"
        )
    if name in FAILURE_ONLY:
        if in_inputs and in_failure:
            return None
        return f"{code_span(name)} is defined only in the failure module's inputs: {throws}"
    if name in APPROVAL_NAMES and dereferenced and expr.role is ExprRole.STOP_AFTER_IF:
        return (
            f"{code_span(name)} is not defined in a `stop_after_if`: Windmill evaluates the "
            "condition as soon as the step's job completes, before any approval, without "
            "`resume`, `resumes` or `approvers`, so reading it fails and the flow fails at "
            "this step; the approval's answer reaches the next step only (as `resume` in its "
            "inputs)"
        )
    if name in WINDMILL_NAMES:
        if not (in_inputs and dereferenced) or in_failure or module is None:
            return None
        return _previous_step_problem(module, name, expr.text)
    if name in JS_GLOBALS:
        return None
    hint = _suggestion(name)
    return f"{code_span(name)} is not defined in a flow expression{hint}: {throws}"


def _all_iters_problem(expr: Expression, throws: str) -> str | None:
    """`all_iters` outside a loop's own `stop_after_if`: windmill-worker
    (`update_flow_status_after_job_completion_internal`) hands `compute_bool_from_expr`
    the results of the iterations so far only there, for a module whose status holds
    `flow_jobs` (a loop running); a step's `stop_after_if` (also one inside a loop's
    body), a `stop_after_all_iters_if` (given `None`) and every other expression get no
    such name."""
    from wac_lint.flows.model import ExprRole, ModuleKind

    module = expr.module
    loops = (ModuleKind.FORLOOP, ModuleKind.WHILELOOP)
    if expr.role is ExprRole.STOP_AFTER_IF and module is not None and module.kind in loops:
        return None
    if expr.role is ExprRole.STOP_AFTER_ALL_ITERS_IF:
        return (
            "`all_iters` is not defined in a `stop_after_all_iters_if`: Windmill gives it "
            "only to a loop's own `stop_after_if`; here `result` is already the list of every "
            f"iteration's (branch's) result: {throws}"
        )
    outer = next((m for m in module.ancestors() if m.kind in loops), None) if module else None
    where = f", `{outer.id}`" if outer is not None and outer.id else ""
    return (
        "`all_iters` is defined only in a loop's own `stop_after_if`, where it holds the "
        f"results of the iterations so far; move the condition onto the loop{where}: {throws}"
    )


# What a string has (String.prototype): the rest read on an approver name is undefined.
STRING_MEMBERS = frozenset(
    """
    length at charAt charCodeAt codePointAt concat endsWith includes indexOf isWellFormed
    lastIndexOf localeCompare match matchAll normalize padEnd padStart repeat replace
    replaceAll search slice split startsWith substr substring toLocaleLowerCase
    toLocaleUpperCase toLowerCase toString toUpperCase toWellFormed trim trimEnd trimStart
    valueOf constructor
    """.split()
)


# Expressions windmill-worker evaluates with no step context (`by_id` None in
# `eval_timeout`, so js_eval.rs defines no `results` proxy), and what they can read.
# the failure module's `error`: the failed job's error (`name`, `message`, `stack`)
# with the failed step's id the flow runner adds (the flow guide's FlowValue)
ERROR_FIELDS = ["message", "name", "stack", "step_id"]


def _names_field(plain: str, field: str) -> bool:
    """Whether `plain` (a field read on `error`, lower case without `_`) is written for
    `field`: its abbreviation (`msg`: its first letter, then consonants of it in order), its start
    (`step`), or the field named longer (`errormessage`, `stacktrace`)."""
    whole = field.replace("_", "")
    if plain in (f"error{whole}", f"err{whole}", f"{whole}trace", f"{whole}text"):
        return True
    if len(plain) >= 4 and whole.startswith(plain):
        return True
    # an abbreviation keeps the first letter and drops vowels (`msg`, `stk`)
    if len(plain) < 3 or plain[0] != whole[0] or any(c in "aeiou" for c in plain[1:]):
        return False
    rest = iter(whole)
    return all(c in rest for c in plain)


WITHOUT_RESULTS_HINT = {
    "a step's `sleep`": "it runs when the next step is pushed: read the step's own `result`",
    "`retry_if`": "read the failed attempt's `result` and `flow_input`",
    "`user_groups_required`": "read `result` (the step's) and `flow_input`",
    "the flow's `skip_expr`": "it runs before any step: read `flow_input`",
}


def _check_resume_enums(ctx: RuleContext, expr: Expression, before: FlowModule) -> None:
    """`resume.<field> === '<value>'` where the approval form's `enum` for that field
    does not list the value: the approval page offers only those, so the test is
    constant."""
    import difflib

    from wac_lint.flows.expressions import literal_comparisons
    from wac_lint.flows.query import offset_span

    suspend = before.node.get("suspend")
    form = suspend.get("resume_form") if suspend is not None and suspend.is_map else None
    schema = form.get("schema") if form is not None and form.is_map else None
    props = schema.get("properties") if schema is not None and schema.is_map else None
    if props is None or not props.is_map:
        return
    for test in literal_comparisons(expr.text, "resume"):
        if len(test.path) != 1:
            continue
        prop = props.get(test.path[0])
        kind = prop.get("type") if prop is not None and prop.is_map else None
        if test.strict and kind is not None and kind.text in ("boolean", "number", "integer"):
            if isinstance(test.literal, str) or kind.text == "boolean":
                _report_resume_type(ctx, expr, before, test, kind.text)
                continue
        enum = prop.get("enum") if prop is not None and prop.is_map else None
        if enum is None or not enum.is_seq or not enum.items:
            continue
        allowed = [item.value() for item in enum.items]
        if any(type(v) is not type(test.literal) for v in allowed) or test.literal in allowed:
            continue  # mixed types (`==` may convert), or a listed value
        shown = f"'{test.literal}'" if isinstance(test.literal, str) else str(test.literal)
        values = ", ".join(f"`{v}`" for v in allowed)
        close = (
            difflib.get_close_matches(test.literal, [str(v) for v in allowed], n=1, cutoff=0.6)
            if isinstance(test.literal, str)
            else []
        )
        hint = f"; did you mean `'{close[0]}'`?" if close else ""
        label = code_span(before.id) if before.id else "the step before"
        ctx.report(
            offset_span(ctx.flow, expr, test.start, test.end),
            f"`resume.{test.path[0]}` is never `{shown}`: the approval form of {label} "
            f"allows only {values} (`enum`), which the approval page offers, so this "
            f"comparison is always {'false' if test.equal else 'true'}{hint}",
            severity=WARNING,
        )


_COMPARED_AFTER = re.compile(r"\s*(===|!==|==|!=)\s*(?:'([^'\\]*)'|\"([^\"\\]*)\")")
_COMPARED_BEFORE = re.compile(r"(?:'([^'\\]*)'|\"([^\"\\]*)\")\s*(===|!==|==|!=)\s*$")


def _check_resumes_entry_enum(
    ctx: RuleContext, expr: Expression, before: FlowModule, read: ElementRead
) -> None:
    """`resumes.every((r) => r.decision === 'aprove')` where the approval form's `enum`
    for `decision` does not list the value: each entry is one approver's answer, from
    the approval page, which offers only the listed values."""
    from wac_lint.flows.query import offset_span

    text = expr.text
    after = _COMPARED_AFTER.match(text, read.end)
    before_match = _COMPARED_BEFORE.search(text[: read.start])
    if after is not None:
        operator, literal = (
            after.group(1),
            after.group(2) if after.group(2) is not None else after.group(3),
        )
        end = after.end()
        start = read.start
    elif before_match is not None:
        operator = before_match.group(3)
        literal = (
            before_match.group(1) if before_match.group(1) is not None else before_match.group(2)
        )
        start, end = before_match.start(), read.end
    else:
        return
    allowed = _enum_values(before, read.prop)
    if allowed is None or not all(isinstance(v, str) for v in allowed) or literal in allowed:
        return
    close = difflib.get_close_matches(literal, [str(v) for v in allowed], n=1, cutoff=0.6)
    hint = f"; did you mean `'{close[0]}'`?" if close else ""
    values = ", ".join(f"`{v}`" for v in allowed)
    label = code_span(before.id) if before.id else "the step before"
    equal = operator in ("===", "==")
    ctx.report(
        offset_span(ctx.flow, expr, start, end),
        f"`.{read.prop}` of an entry of `resumes` is never `'{literal}'`: the approval form "
        f"of {label} allows only {values} (`enum`), which the approval page offers, so this "
        f"comparison is always {'false' if equal else 'true'}{hint}",
        severity=WARNING,
    )


def _enum_values(step: FlowModule, field: str) -> list[object] | None:
    """The `enum` the approval form of `step` gives `field`, if it lists one."""
    suspend = step.node.get("suspend")
    form = suspend.get("resume_form") if suspend is not None and suspend.is_map else None
    schema = form.get("schema") if form is not None and form.is_map else None
    props = schema.get("properties") if schema is not None and schema.is_map else None
    prop = props.get(field) if props is not None and props.is_map else None
    enum = prop.get("enum") if prop is not None and prop.is_map else None
    if enum is None or not enum.is_seq or not enum.items:
        return None
    return [item.value() for item in enum.items]


def _report_resume_type(
    ctx: RuleContext, expr: Expression, before: FlowModule, test: LiteralComparison, kind: str
) -> None:
    """`resume.approved === 'true'` with the form typing `approved` as a boolean: the
    approval page posts a boolean (a number for a number field), which a strict
    comparison never equates with a string (nor a boolean with a number)."""
    from wac_lint.flows.query import offset_span

    literal = "string" if isinstance(test.literal, str) else "number"
    shown = f"'{test.literal}'" if isinstance(test.literal, str) else f"{test.literal:g}"
    natural = "`true` / `false`" if kind == "boolean" else "a number"
    label = code_span(before.id) if before.id else "the step before"
    ctx.report(
        offset_span(ctx.flow, expr, test.start, test.end),
        f"`resume.{test.path[0]}` is {with_article(kind)} in the approval form of {label}, which "
        f"the approval page posts as such, and a strict comparison never equates it with the "
        f"{literal} `{shown}`, so this is always {'false' if test.equal else 'true'}; compare "
        f"with {natural}",
        severity=WARNING,
    )


def _form_fields(step: FlowModule) -> list[str] | None:
    """The fields of a step's approval form (`suspend.resume_form.schema.properties`),
    when it lists some and lets no others in."""
    suspend = step.node.get("suspend")
    form = suspend.get("resume_form") if suspend is not None and suspend.is_map else None
    schema = form.get("schema") if form is not None and form.is_map else None
    props = schema.get("properties") if schema is not None and schema.is_map else None
    if props is None or not props.is_map or not props.pairs:
        return None
    extra = schema.get("additionalProperties") if schema is not None else None
    if extra is not None and extra.value() is not False:
        return None
    return [key.text for key, _ in props.pairs]


def _previous_step_problem(module: FlowModule, name: str, text: str = "") -> str | None:
    """`resume.x` / `error.x` (and an entry of `resumes` / `approvers`) in a step's
    inputs: they come from the step just before."""
    if name not in ("resume", "error") and not (
        name in APPROVAL_LISTS and _reads_an_entry(text, name)
    ):
        return None
    if module.position == 0:
        return _first_in_branch_problem(module, name)
    before = module.block.modules[module.position - 1]
    label = code_span(before.id) if before.id else "the step before"
    if name in APPROVAL_LISTS:
        # worker_flow.rs starts `resumes` and `approvers` as empty lists and fills them
        # only from the resume messages of the step just before, when it has `suspend`
        if before.node.get("suspend") is not None and before.node.get("skip_if") is None:
            return None
        if before.node.get("suspend") is not None:
            return (
                f"{label} has a `skip_if`: when it is skipped no approval happens, so "
                f"{_EMPTY_LIST[name]}"
            )
        return (
            f"{code_span(name)} {_LIST_HOLDS[name]} only in the step right after an approval "
            f"(`suspend`) step; after {label}, {_EMPTY_LIST[name]}"
        )
    if name == "resume":
        # worker_flow.rs collects resume messages only when the previous module of the
        # same (sub)flow has `suspend` itself: an approval inside a loop or a branch
        # answers the step after it in its own body, never the step after the block
        if before.node.get("suspend") is not None:
            if before.node.get("skip_if") is None or _RESUME_GUARDED.search(text):
                return None
            # a skipped step's `suspend` gates nothing (worker_flow.rs `needs_resume`
            # honours the `skipped` flag): no approval happens, no resume is collected
            return (
                f"{label} has a `skip_if`: when it is skipped no approval happens (the flow "
                "runner ignores a skipped step's `suspend`), so `resume` is null and reading "
                "a field of it throws and the step fails; read it with a fallback "
                "(`resume?.<field> ?? ...`)"
            )
        inside = ""
        if before.blocks and any(m.node.get("suspend") is not None for m in _inner(before)):
            kind = before.kind.value if before.kind is not None else "block"
            inside = (
                f" (the approval inside {kind} {label} answers only the step after it in "
                "its own branch or body)"
            )
        return (
            f"`resume` is the answer to an approval only in the step right after an approval "
            f"(`suspend`) step; after {label} it is null{inside}, so reading a field of it "
            "throws and the step fails"
        )
    if before.blocks:
        return None  # a loop / branch: its result gathers its inner steps' errors
    option = before.node.get("continue_on_error")
    if option is not None and option.text == "true":
        return None
    return (
        f"`error` is a failed step's error only in the failure module or after a step with "
        f"`continue_on_error: true`; after {label} there is no error to read, so the "
        "expression throws or reads a placeholder"
    )


def _first_in_branch_problem(module: FlowModule, name: str) -> str | None:
    """`resume.x` in the first step of a branch, or of a loop body that runs as a flow
    of its own: worker_flow.rs runs every branch of a `branchone` / `branchall` as a
    flow of its own (`payload_from_modules`, never collapsed into the step like a
    one-step sequential loop body), and collects resume messages only for a step after
    an approval step of the same flow, so that first step has none; the answer reaches
    only the branch conditions (or the loop's iterator), evaluated by the outer flow."""
    from wac_lint.flows.model import BlockKind

    owner = module.block.owner
    if name not in ("resume", *APPROVAL_LISTS) or owner is None:
        return None
    label = code_span(owner.id) if owner.id else "the block"
    if module.block.kind in (BlockKind.BRANCH, BlockKind.DEFAULT):
        where_in = f"the first step of a branch of {label}: each branch runs"
        reaches = f"the branch conditions of {label}"
    elif module.block.kind is BlockKind.LOOP and _runs_as_inner_flow(owner):
        # a one-step sequential body is pushed as that step (`is_simple_modules`),
        # its inputs evaluated by the outer flow: not judged
        where_in = f"the first step of the body of loop {label}: each iteration runs"
        reaches = f"loop {label} itself (its iterator)"
    else:
        return None
    before = owner.block.modules[owner.position - 1] if owner.position > 0 else None
    if name in APPROVAL_LISTS:
        empty = f"{code_span(name)} is an empty list in {where_in} as a flow of its own"
        consequence = "every entry read from it is undefined"
    else:
        empty = f"`resume` is null in {where_in} as a flow of its own"
        consequence = "reading a field of it throws and the step fails"
    if before is None or before.node.get("suspend") is None:
        return f"{empty}, whose first step follows no approval step, so {consequence}"
    step = code_span(before.id) if before.id else "the step before"
    return (
        f"{empty}, and the answer to the approval of {step} reaches only {reaches}, so "
        f"{consequence}; read the answer in a step right after {step} and pass that "
        "step's result in (`results.<id>`)"
    )


# The approval's lists: worker_flow.rs `push_next_flow_job` starts both empty and fills
# them only from the resume messages of the step just before, when it is an approval.
APPROVAL_LISTS = ("resumes", "approvers")
_LIST_HOLDS = {
    "resumes": "holds the approvers' answers",
    "approvers": "holds the approvers' names",
}
_EMPTY_LIST = {
    "resumes": "`resumes` is an empty list, so every entry read from it is undefined (and a "
    "field of one throws)",
    "approvers": "`approvers` is an empty list, so every entry read from it is undefined",
}


def _reads_an_entry(text: str, name: str) -> bool:
    """Whether the expression reads an entry of the list `name` (`approvers[0]`,
    `resumes.at(-1)`, `approvers.join(', ')`, `resumes.map(...)`) without a fallback:
    its length alone (`approvers.length > 0`), a read only when that length says there
    is one (`approvers.length > 0 ? approvers[0] : null`) or `?? ...` / `|| ...` after it
    is a test for no approval, not a read of one."""
    # a test of its length that decides whether the entry is read at all
    # (`approvers.length > 0 ? approvers[0] : null`, `resumes.length && resumes[0].x`)
    guards = [
        g.end()
        for g in re.finditer(
            rf"(?<![\w$.]){name}\s*(?:\?\.)?\s*\.\s*length\b[^;,{{}}?&|]*(?:\?(?![.?])|&&)",
            text,
        )
    ]
    for found in re.finditer(rf"(?<![\w$.]){name}\b(\s*(?:\?\.)?\s*[\[.])?", text):
        if found.group(1) is None:
            continue  # the whole list, handed on as it is
        rest = text[found.end(1) - 1 :]
        if re.match(r"\.\s*length\b", rest):
            continue
        if any(end <= found.start() for end in guards):
            continue
        tail = re.match(r"[^,;)}]*", text[found.end() :])
        if tail is not None and re.search(r"\?\?|\|\|", tail.group(0)):
            continue
        return True
    return False


# an expression that allows for no resume at all (`resume?.x`, `resume ? ... : ...`,
# `resume && resume.x`, `!resume`, `resume == null`)
_RESUME_GUARDED = re.compile(r"\bresume\s*(\?|&&|[!=]=)|!\s*resume\b|typeof\s+resume\b")


def _inner(module: FlowModule) -> list[FlowModule]:
    """Every step inside a loop / branch module, at any depth."""
    out: list[FlowModule] = []
    stack = [m for block in module.blocks for m in block.modules]
    while stack:
        current = stack.pop()
        out.append(current)
        stack.extend(m for block in current.blocks for m in block.modules)
    return out


# Python's names written in a JavaScript expression, and what JavaScript calls them
_PYTHON_NAMES = {
    "True": "`true`",
    "False": "`false`",
    "None": "`null`",
    "len": "`x.length`",
    "str": "`String(x)`",
    "int": "`parseInt(x, 10)` (or `Math.trunc(Number(x))`)",
    "float": "`Number(x)`",
    "bool": "`Boolean(x)`",
    "round": "`Math.round(x)`",
    "abs": "`Math.abs(x)`",
    "sum": "`xs.reduce((a, b) => a + b, 0)`",
    "sorted": "`[...xs].sort()` (or `xs.toSorted()`)",
    "dict": "an object literal `{ ... }`",
    "list": "`Array.from(x)`",
}


def _suggestion(name: str) -> str:
    if HOST_ONLY.get(name) == "Node":
        return (
            f" (Node's `{name}`: Windmill evaluates flow expressions in a bare JavaScript "
            "runtime, not in Node; read a setting with `flow_env.<name>` or "
            "`variable('<path>')`, and the environment in a step's code)"
        )
    if HOST_ONLY.get(name) == "the web platform":
        copy = (
            "; `JSON.parse(JSON.stringify(x))` copies a JSON value"
            if name == "structuredClone"
            else ""
        )
        return (
            f" (a web API: Windmill evaluates flow expressions in a bare JavaScript runtime, "
            "which has the language's own objects (`JSON`, `Math`, `Date`, "
            "`encodeURIComponent`...) but none of the web platform's: no `fetch`, `URL`, "
            f"`atob` / `btoa`, `TextEncoder`, `crypto` nor timers; do this in a step's code{copy})"
        )
    if name in HOST_ONLY:
        return (
            f" (a browser's `{name}`: Windmill evaluates flow expressions in a bare JavaScript "
            "runtime, with no page nor browser objects)"
        )
    if name == "iter":
        return " (did you mean `flow_input.iter`?)"
    if name in _PYTHON_NAMES:
        return f" (Python's `{name}`; JavaScript writes {_PYTHON_NAMES[name]})"
    known = sorted(WINDMILL_NAMES | NOT_IN_INPUTS)
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    if not close:
        close = [k for k in known if k.replace("_", "").lower() == name.replace("_", "").lower()]
    return f" (did you mean {code_span(close[0])}?)" if close else ""
