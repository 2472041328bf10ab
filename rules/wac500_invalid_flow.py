"""WAC500: a flow that does not parse, or breaks the OpenFlow schema."""

from __future__ import annotations

import difflib
import json
import math
import re
from typing import TYPE_CHECKING

from wac_lint.flows.json_values import json_type
from wac_lint.rule import WARNING, Rule, RuleContext, flow, with_article
from wac_lint.source import LANG_FLOW

if TYPE_CHECKING:
    from wac_lint.flows.model import FlowModel, FlowModule
    from wac_lint.flows.yaml_tree import YNode


class InvalidFlow(Rule):
    code = "WAC500"
    name = "invalid-flow"
    summary = "flow YAML that does not parse, or violates the OpenFlow schema"
    message = "Make the flow a valid OpenFlow document"
    languages = (LANG_FLOW,)
    wac_only = False
    docs = """
## What it does
Reads `flow.yaml` / `flow.json` (in a `<name>.flow/` or `<name>__flow/` folder)
and checks it against the OpenFlow schema `wmill` itself validates flow.yaml
with (windmill-cli 1.819.0's bundled `openflow.json`; the flow guide's copy is
older and stricter in places `wmill` is not: `flow_env` values may be any JSON
value, an AI agent needs no `user_message`): YAML that
does not parse, a missing `summary` or `value.modules`, a module without `id`
or `value`, an unknown module `type` or input-transform `type`, a value of the
wrong type (a string where a list is wanted), a value outside an `enum`. Each
message names the JSON path and the schema type whose rule it breaks; a
missing key, where the mapping holds one key the schema does not list whose
value has the missing key's type (`{type: javascript, value: results.a.id}`),
is reported on that key, naming both. A
step's missing `input_transforms` is not reported: the schema requires it, but
Windmill's reader (windmill-common `flows.rs`) fills in none given, and WAC506
judges the arguments against what the step calls. A module's
`delete_after_use`, which the pinned schema no longer lists but Windmill's
`FlowModule` still reads as a boolean, is checked with the flow guide's type.

Also reported, as `wmill` reads the folder (windmill-cli 1.819.0, `esm/main.js`):
a `content: !inline <file>` naming no file in the flow's folder (nor
`<step id>.<extension>`, the name `wmill` tries next), on which
`wmill sync push` stops; an inline file whose extension contradicts the step's
`language` (`notify.ts` under `language: python3`: the CLI pastes the file's
text in, and Windmill runs it as Python); a static input value written
`'!inline <file>'`, which the CLI leaves as it is (it replaces `!inline` only in a
rawscript's `content` and `lock`, `replaceInlineScripts`), so the step gets that
text, not the file's; and a `<<` key. `wmill` parses
flow.yaml with the `yaml` package's defaults (YAML 1.2, no merge keys), so
`<<: *defaults` is a key named `<<`, not a merge: the anchored keys never
arrive where they were meant to (checked by running the CLI's bundled parser).
Plain anchors and aliases (`retry: *policy`) work and are not reported.
A value after a YAML tag the CLI does not know is reported too: an unquoted
expression that starts with `!` (`expr: !flow_input.dry_run`) is the tag
`!flow_input.dry_run` on an empty value, and the `yaml` package only warns
(`Unresolved tag`) and keeps the rest of the scalar, so the expression
Windmill gets is empty (or loses its `!...` part). An expression YAML reads as
a mapping or a list (an unquoted `{ id: results.a.id }` or `[results.a, results.b]`)
is reported with that reason, and so is a parse error on a `key: value` line whose
unquoted value starts with a character YAML reserves (a template literal's
`` ` ``, `@`), with `*` (an alias), or holds `: ` (a ternary `a ? b : c`).
A key written twice in one mapping of flow.yaml (two `limit:` under
`input_transforms`) is reported too: that `yaml` package refuses repeated
keys by default (`Map keys must be unique`), so `wmill` cannot read the file.
A Deno step whose code imports a package by its bare name (`import Stripe from
"stripe"`, as Bun takes it) is an error: Windmill gives a Deno step an import map
for the workspace's scripts only, and Deno resolves a bare name only through an
import map or a package.json, so the step fails before `main` runs (`npm:stripe`).
Code written in the flow (`content: |`) that is TypeScript under
`language: python3`, or Python under `bun` / `deno` / `nativets` (it does not
parse as its declared language and does parse as the other) is reported too:
Windmill runs the text with the step's language and it fails to parse.
A key that is not in the schema but is one letter or two away from one it
lists (`continue_on_errors`, `input_transform`, `stop_after_iff`) is reported
as a warning: Windmill's reader ignores unknown keys, so the setting silently
does nothing. So is a step setting of the orchestrator a flow was ported from, kept
on a module (Airflow's `retries`, `retry_delay`, `execution_timeout`,
`trigger_rule`; Prefect's `timeout_seconds`; GitHub Actions' `needs`, `if`,
`timeout-minutes`; Step Functions' `Retry`, `Catch`, `Next`, `TimeoutSeconds`;
Argo's `when`, `retryStrategy`): the message names Windmill's own key for it
(`retry`, `timeout`, `skip_if`, the order of `modules`). So is a key the schema
lists for another part of a step than the one it is written in: a key of the
module under `value` (`stop_after_if`, `retry`), a key of `value` beside it
(`input_transforms`), a key of another
step type (`skip_failures` on a `branchall`, whose branches each take
`skip_failure`; `iterator` on a `whileloopflow`), or a key of the other kind of
branch (`skip_failure` on a `branchone`'s branch, which a failure in it still
fails the flow from). A branch that also holds `parallel` is left alone: the flow
editor writes `parallel`, `skip_failure` and `expr` on every branch of both kinds
(`expr: ''` on a branchall's), so those keys are its own, not a hand edit; a real
condition on a branchall's branch is reported below.
So is a key written one level above the object that reads it (`retry: {attempts: 3,
seconds: 30}`, whose keys belong in `constant` or `exponential`: the step is never
retried; an approval form's `properties` beside `resume_form`'s `schema` instead of in
it: the approval page shows no fields), and a key no part of the flow lists in a
settings object whose every key is a plain value (a retry's `constant` /
`exponential`, a `stop_after_if`): `constant: {attempts: 3, delay: 60}` retries with no wait.
A step (or a list of steps) under a key that no part of the flow reads is an
error: `error_handler:` or `on_failure:` for `failure_module:`, `steps:` for
`modules:`. Windmill's reader ignores the key, so the step never runs (a failure
handler there never reports the failure).
A step whose code builds approval links for its own job (`getResumeUrls(approver)`,
`get_resume_urls()`, without `flow_level`) but that has no `suspend` is an error:
the links resume that step's job (`WM_JOB_ID`), which nothing waits on, and an
approval step after it counts only approvals of its own job, so it waits until
its timeout.
A `stop_after_all_iters_if` on a step that is not a loop is reported as a
warning: Windmill evaluates it only after all the jobs of a loop (or a
`branchall`) have finished (the schema: "for loops only"), so on a step that
runs one job it never stops anything.
Other settings Windmill's flow runner reads and then ignores are reported as
warnings too (windmill-worker `worker_flow.rs`): a `stop_after_if` on a
`branchall` (never evaluated: only `stop_after_all_iters_if` is, after the
last branch); a `stop_after_if` on a for loop with `parallel: true` (not
evaluated either: all its iterations run); an `error_message` on a loop's
`stop_after_if` (the runner drops
it for loops: a true condition only ends the loop, and the flow goes on
without an error); `parallelism` on a loop without `parallel: true` (its iterations run one
at a time); and an `expr` on a branch of a `branchall` (every branch of a branchall
runs, whatever its condition: only a branchone's branches are chosen by `expr`, so a
fallback branch written with `!healthy` runs on every run too).
A concurrency key or time window (`concurrency_key`, a step's
`custom_concurrency_key`, `concurrency_time_window_s`) without
`concurrent_limit`, on the flow or on an inline step, is a warning: Windmill
counts concurrent jobs only for a job with a limit, so the setting does nothing.
So is a debounce setting (`debounce_key`, `debounce_args_to_accumulate`,
`max_total_debouncing_time`, `max_total_debounces_amount`) without
`debounce_delay_s`, on the flow or in a step's `debouncing`: a job without a
delay runs at once (windmill-common `DebouncingSettings`), so nothing is debounced.
Numbers Windmill reads into Rust integers when the flow is saved
(windmill-common `flows.rs`, `validate_flow_value`) are checked against
their type, which the schema (`type: number`) does not: `cache_ttl` (u32),
`priority` (i16), `concurrent_limit` and `concurrency_time_window_s` (i32), a
suspend's `required_events` and `timeout` (u32), retry `attempts` (u32),
`seconds` and `multiplier` (u16) and `random_factor` (i8); a negative
`cache_ttl` or a fraction is refused ("Invalid flow value"), an error. So are
exponential retries with attempts and no `seconds` (or 0): `validate_retry`
refuses a backoff base of 0. A `retry_if` in a `retry` whose `constant` and
`exponential` attempts are both 0 or unset is a warning: the condition only decides
whether one of those attempts is made (`Retry::interval`), so the step is never
retried.
The flow's input `schema` (and an approval's `resume_form` schema) is checked
against itself, as warnings: a property's `type` that is no JSON Schema type
(`int`, `str`, `dict`: a Python or TypeScript name); a property's `default`
of another JSON type than its `type` (`default: "2500"` for an integer; not a `$res:` / `$var:`
reference, nor a dynamic select), a `default` its `enum` does not list, and a
`required` entry naming no property (the form has no field for it, so the
input meant to be required is not).
A `suspend` with no `required_events`, or with `required_events: 0`, is an
error: the runner suspends the flow after the step only for a positive number
of required approvals
(`needs_resume`), so the approval step does not wait at all.
A suspend's `self_approval_disabled: true`, or `user_groups_required` naming
groups, without `user_auth_required: true` is a warning: windmill-api
(`conditionally_require_authed_user`) checks the approver against them only
for an approval that requires a logged-in user, so anyone with the approval
link approves (the flow's starter, or someone in no listed group).
An exponential retry whose delays grow past an hour is a warning: Windmill
waits `multiplier * seconds^n` seconds before retry `n` (`Retry::interval`,
counting every attempt so far, constant ones included, in 16-bit integers), so
`seconds` is the base of the power, not the first delay the schema's
description suggests (`seconds: 30` waits 30 s, 15 min, then 7.5 h).
A `retry_if` without attempts is reported on the failure and preprocessor
modules too, which the runner retries the same way; so is (a warning) a
`retry` that sets a delay (`constant.seconds` above 0, `exponential.seconds`
or `multiplier` above 1: more than the flow editor writes for retries left
off) with no attempts in `constant` nor `exponential`: the step is never
retried.
A step whose code uses the folder `./shared` after an earlier step's code did,
in a flow without `value.same_worker: true`, is an error: windmill-worker gives
a flow's steps one shared folder (the flow's job folder, removed when the flow
ends) only when they all run on the same worker; otherwise each job has a
folder of its own, deleted with it, so the later step finds nothing there.

## Why is this bad
Windmill refuses to deploy such a flow (`wmill sync push` fails), or reads it
differently from what was written: a module with an unknown `type` does not run.

## Example
```yaml
summary: Import orders
value:
  modules:
    - id: fetch
      value:
        type: rawscrip
        content: !inline fetch.py
        language: python3
        input_transforms: {}
```

## Use instead
```yaml
summary: Import orders
value:
  modules:
    - id: fetch
      value:
        type: rawscript
        content: !inline fetch.py
        language: python3
        input_transforms: {}
```
"""
    VALID = [
        flow(
            "summary: Import orders\n"
            "value:\n"
            "  modules:\n"
            "    - id: fetch\n"
            "      value:\n"
            "        type: rawscript\n"
            "        language: python3\n"
            "        content: |\n"
            "          def main():\n"
            "              return [1, 2]\n"
            "        input_transforms: {}\n"
            "schema:\n"
            "  type: object\n"
            "  properties: {}\n"
        ),
        flow(
            "summary: Native and Rust steps\n"
            "value:\n"
            "  modules:\n"
            "    - id: a\n"
            "      value:\n"
            "        {type: rawscript, language: bunnative, content: x, input_transforms: {}}\n"
            "    - id: b\n"
            "      value: {type: rawscript, language: rust, content: x, input_transforms: {}}\n"
        ),
    ]
    INVALID = [
        flow(
            "summary: Import orders\n"
            "value:\n"
            "  modules:\n"
            "    - id: fetch\n"
            "      value:\n"
            "        type: «rawscrip»\n"
            "        content: !inline fetch.py\n"
            "        language: python3\n"
            "        input_transforms: {}\n"
        ),
        flow(
            "summary: Import orders\nvalue:\n  modules:\n    - «value:»\n        type: identity\n"
        ),
        flow("summary: «@»import orders\nvalue:\n  modules: []\n"),
        flow(
            "summary: Import orders\n"
            "value:\n"
            "  modules:\n"
            "    - id: fetch\n"
            "      value:\n"
            "        type: rawscript\n"
            "        language: «python»\n"
            "        content: !inline fetch.py\n"
            "        input_transforms: {}\n"
        ),
        flow(
            "summary: Import orders\n"
            "value:\n"
            "  modules:\n"
            "    - id: each\n"
            "      value:\n"
            "        type: forloopflow\n"
            "        iterator: «flow_input.orders»\n"
            "        skip_failures: false\n"
            "        modules: []\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        model = ctx.flow
        if model.error is not None:
            message, line, column = model.error
            line = min(line, max(model.source.line_count - 1, 0))
            end = min(column + 1, len(model.source.line_text(line)))
            ctx.report(model.span_between((line, column), (line, max(end, column))), message)
            return
        root = model.root
        if root is None or not root.is_map:
            ctx.report(
                model.span_between((0, 0), (0, len(model.source.line_text(0)))),
                "the document is not a flow: OpenFlow wants a mapping with `summary` and `value`",
            )
            return
        from wac_lint.flows.openflow import duplicate_keys, validate  # flows only

        problems = validate(root)
        if not model.source.path.endswith(".json"):  # JSON.parse keeps the last value
            problems = duplicate_keys(root) + problems
        for problem in problems:
            severity = WARNING if problem.warning else None
            ctx.report(model.key_span(problem.node), problem.message, severity=severity)
        from wac_lint.flows.inline_files import (
            code_language_problems,
            deno_bare_import_problems,
            inline_problems,
            inline_value_problems,
        )

        inlines = [
            *inline_problems(model),
            *inline_value_problems(model),
            *code_language_problems(model),
            *deno_bare_import_problems(model),
        ]
        for inline in inlines:
            ctx.report(model.key_span(inline.node), inline.message)
        from wac_lint.flows.model import ModuleKind

        # A step that runs one job (or one branch); a loop or a branchall (whose
        # branches Windmill also collects as "flow_jobs") does evaluate it after the
        # last one.
        single_job = (
            ModuleKind.RAWSCRIPT,
            ModuleKind.SCRIPT,
            ModuleKind.FLOW,
            ModuleKind.IDENTITY,
            ModuleKind.BRANCHONE,
        )
        for module in model.modules:
            key = module.node.key_node("stop_after_all_iters_if")
            if key is None or module.kind not in single_job:
                continue
            assert module.kind is not None
            ctx.report(
                model.key_span(key),
                f"`stop_after_all_iters_if` is read only on a loop, after its last "
                f"iteration; Windmill never evaluates it on this {module.kind.value} step: "
                "use `stop_after_if`",
                severity=WARNING,
            )
        self.check_ignored_settings(ctx)
        self.check_whole_numbers(ctx)
        self.check_input_schemas(ctx)
        _resume_links_without_suspend(ctx, model)
        _shared_folder_without_same_worker(ctx, model)

    @staticmethod
    def check_input_schemas(ctx: RuleContext) -> None:
        """The flow's input `schema` (and each approval's `resume_form` schema) against
        itself: a `default` of another type than its property's `type`, a `default` its
        `enum` does not list, a `required` name no property has."""
        model = ctx.flow
        schemas: list[tuple[YNode, str]] = []
        if model.schema is not None and model.schema.is_map:
            schemas.append((model.schema, "the flow's input"))
        for module in model.modules:
            suspend = module.node.get("suspend")
            form = suspend.get("resume_form") if suspend is not None and suspend.is_map else None
            schema = form.get("schema") if form is not None and form.is_map else None
            if schema is not None and schema.is_map:
                schemas.append((schema, f"the approval form of `{module.id}`"))
        for schema, whose in schemas:
            props = schema.get("properties")
            if props is None or not props.is_map:
                continue
            names = [k.text for k, _ in props.pairs if k.is_scalar]
            for key, prop in props.pairs:
                if key.is_scalar and prop.is_map:
                    _type_name_problem(ctx, model, key.text, prop, whose)
                    _default_problems(ctx, model, key.text, prop, whose)
            required = schema.get("required")
            if required is None or not required.is_seq:
                continue
            for item in required.items:
                name = item.str_value()
                if name is None or name in names:
                    continue
                known = ", ".join(f"`{n}`" for n in names) or "none"
                close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
                hint = f"; did you mean `{close[0]}`?" if close else ""
                ctx.report(
                    model.key_span(item),
                    f"`required` lists `{name}`, which is not a property of {whose} schema "
                    f"(it declares {known}): the form has no field for it, so the entry makes "
                    f"no input required{hint}",
                    severity=WARNING,
                )

    @staticmethod
    def check_whole_numbers(ctx: RuleContext) -> None:
        """Settings Windmill reads into Rust integers when the flow is saved
        (windmill-common `flows.rs`, `validate_flow_value` deserializes `FlowValue`):
        a fraction or a value out of the type's range is refused ("Invalid flow
        value"), which the schema (`type: number`) lets through."""
        from wac_lint.flows.model import BlockKind, ModuleKind

        model = ctx.flow
        root = model.root
        value = root.get("value") if root is not None and root.is_map else None
        places: list[tuple[YNode | None, tuple[tuple[str, str], ...]]] = [(value, _FLOW_NUMBERS)]
        for module in model.modules:
            node = module.node
            places.append((node, _MODULE_NUMBERS))
            places.append((node.get("suspend"), _SUSPEND_NUMBERS))
            retry = node.get("retry")
            if retry is not None and retry.is_map:
                places.append((retry.get("constant"), _CONSTANT_NUMBERS))
                places.append((retry.get("exponential"), _EXPONENTIAL_NUMBERS))
            # the steps `validate_flow_value` walks (`traverse_modules`: the flow's
            # modules and what they hold, not the failure / preprocessor module)
            if retry is not None and retry.is_map:
                # the runner retries the failure and preprocessor modules by the same
                # `Retry::interval`, so a condition with no attempts is as idle there
                _retry_if_without_attempts(ctx, model, retry)
                _exponential_growth(ctx, model, retry)
            if module.root_block().kind is not BlockKind.FLOW:
                continue
            if retry is not None and retry.is_map:
                _exponential_base(ctx, model, module.id, retry.get("exponential"))
            if module.kind is ModuleKind.RAWSCRIPT:
                places.append((module.value, _RAWSCRIPT_NUMBERS))
        for holder, fields in places:
            if holder is None or not holder.is_map:
                continue
            for key, rust in fields:
                setting = holder.get(key)
                problem = _whole_number_problem(key, rust, setting, fields in _SCHEMA_NUMBERS)
                if problem is not None and setting is not None:
                    ctx.report(model.key_span(setting), problem)

    @staticmethod
    def check_ignored_settings(ctx: RuleContext) -> None:
        """Settings Windmill's flow runner (windmill-worker `worker_flow.rs`,
        `update_flow_status_after_job_completion_internal`) reads and then ignores."""
        from wac_lint.flows.model import ModuleKind

        model = ctx.flow
        root = model.root
        flow_value = root.get("value") if root is not None and root.is_map else None
        _concurrency_without_limit(ctx, model, flow_value, "this flow's runs")
        _debounce_without_delay(ctx, model, flow_value, "this flow's runs")
        for module in model.modules:
            if module.kind is ModuleKind.RAWSCRIPT:
                _concurrency_without_limit(ctx, model, module.value, f"step `{module.id}`'s jobs")
            debouncing = module.node.get("debouncing")
            _debounce_without_delay(ctx, model, debouncing, f"step `{module.id}`'s jobs")
        for module in model.modules:
            kind = module.kind
            stop = module.node.get("stop_after_if")
            stop_key = module.node.key_node("stop_after_if")
            if kind is ModuleKind.BRANCHALL and stop_key is not None:
                # `stop_early = success && !is_branch_all && ...`: never evaluated
                ctx.report(
                    model.key_span(stop_key),
                    "Windmill never evaluates `stop_after_if` on a branchall; use "
                    "`stop_after_all_iters_if`, which it evaluates after the last branch "
                    "with `result` the list of the branches' results",
                    severity=WARNING,
                )
            elif kind is ModuleKind.FORLOOP and stop_key is not None and _parallel(module):
                # `&& !parallel_loop // we don't support anymore stop_early per
                # iteration when parallel for loop (removed from frontend)`
                ctx.report(
                    model.key_span(stop_key),
                    "Windmill does not evaluate `stop_after_if` on a loop with "
                    "`parallel: true`: its iterations all run; use "
                    "`stop_after_all_iters_if`, evaluated after the last one",
                    severity=WARNING,
                )
            elif stop is not None and stop.is_map:
                message_key = stop.key_node("error_message")
                message = stop.get("error_message")
                raises = message is not None and message.value() is not None
                if raises and kind is not None and kind.is_loop:
                    # the error is filtered out for loops (`.filter(|_| !(is_loop ||
                    # is_branch_all))`): a true condition only breaks the loop
                    assert message_key is not None
                    ctx.report(
                        model.key_span(message_key),
                        "Windmill drops `error_message` on a loop's `stop_after_if`: a "
                        "true condition only ends the loop, and the flow goes on with the "
                        "next step without an error; put the condition on the step inside "
                        "the loop, or use `stop_after_all_iters_if`",
                        severity=WARNING,
                    )
            if kind is ModuleKind.BRANCHALL:
                _conditions_on_branchall(ctx, model, module)
            suspend = module.node.get("suspend")
            suspend_key = module.node.key_node("suspend")
            if suspend is not None and suspend.is_map and suspend.get("required_events") is None:
                # `needs_resume`: `suspend.required_events.unwrap_or(0) == 0` -> no wait
                assert suspend_key is not None
                ctx.report(
                    model.key_span(suspend_key),
                    "this `suspend` has no `required_events`: Windmill's flow runner waits "
                    "only for a positive number of approvals, so the flow goes on without "
                    "waiting and `resume` is null; add `required_events: 1`",
                )
            if suspend is not None and suspend.is_map:
                _approver_checks_without_login(ctx, model, suspend)
            events = suspend.get("required_events") if suspend is not None else None
            count = events.value() if events is not None and events.is_scalar else None
            if events is not None and count == 0 and not isinstance(count, bool):
                # `needs_resume` again: 0 events is no wait (`true` / `0.0` are not 0 here)
                ctx.report(
                    model.span(events),
                    "`required_events: 0`: Windmill's flow runner waits only for a positive "
                    "number of approvals, so the flow goes on without waiting and `resume` "
                    "is null; set it to 1 (or the number of approvers needed)",
                )
            value = module.value
            if kind is not None and kind.is_loop and value is not None and value.is_map:
                parallelism = value.key_node("parallelism")
                parallel = value.get("parallel")
                if parallelism is not None and (parallel is None or parallel.value() is not True):
                    ctx.report(
                        model.key_span(parallelism),
                        "`parallelism` caps the iterations run at once only when the loop "
                        "has `parallel: true`; this loop runs its iterations one at a time, "
                        "so the setting does nothing",
                        severity=WARNING,
                    )


def _conditions_on_branchall(ctx: RuleContext, model: FlowModel, module: FlowModule) -> None:
    """An `expr` on a branch of a branchall: the runner starts every branch of a
    branchall and reads no condition (the OpenFlow schema: "all branches run
    regardless of conditions"; only a branchone's branches take an `expr`), so a
    branch written to run only when its condition holds runs every time."""
    value = module.value
    branches = value.get("branches") if value is not None and value.is_map else None
    if branches is None or not branches.is_seq:
        return
    for index, branch in enumerate(branches.items):
        expr = branch.key_node("expr") if branch.is_map else None
        text = branch.get("expr") if branch.is_map else None
        condition = (text.str_value() or "").strip() if text is not None else ""
        if expr is None or condition in ("", "true", "false"):
            # the flow editor writes `expr: ''` on a branchall's branches, and its
            # branchone default `expr: 'false'` on one added later: not conditions anyone
            # wrote for the branch
            continue
        ctx.report(
            model.key_span(expr),
            f"branch {index + 1} of branchall `{module.id}` has an `expr`, which Windmill "
            "never evaluates: a branchall runs every branch, so this one runs whatever "
            "its condition says; to run a branch only when its condition holds, make "
            f"`{module.id}` a `branchone` (it runs the first branch whose `expr` is true)",
            severity=WARNING,
        )


# windmill-common `flows.rs` (FlowValue, FlowModule, Suspend, ConstantDelay,
# ExponentialDelay) and `jobs.rs` (ConcurrencySettings): each setting's Rust type
_FLOW_NUMBERS = (
    ("cache_ttl", "u32"),
    ("priority", "i16"),
    ("concurrent_limit", "i32"),
    ("concurrency_time_window_s", "i32"),
)
_MODULE_NUMBERS = (("cache_ttl", "u32"), ("priority", "i16"))
_RAWSCRIPT_NUMBERS = (("concurrent_limit", "i32"), ("concurrency_time_window_s", "i32"))
_SUSPEND_NUMBERS = (("required_events", "u32"), ("timeout", "u32"))
_CONSTANT_NUMBERS = (("attempts", "u32"), ("seconds", "u16"))
_EXPONENTIAL_NUMBERS = (
    ("attempts", "u32"),
    ("multiplier", "u16"),
    ("seconds", "u16"),
    ("random_factor", "i8"),
)
# the ones the OpenFlow schema types `number` (the others `integer`)
_SCHEMA_NUMBERS = (_FLOW_NUMBERS, _MODULE_NUMBERS, _RAWSCRIPT_NUMBERS)
_RANGES = {
    "u16": (0, 2**16 - 1),
    "u32": (0, 2**32 - 1),
    "i8": (-(2**7), 2**7 - 1),
    "i16": (-(2**15), 2**15 - 1),
    "i32": (-(2**31), 2**31 - 1),
}
_REFUSED = 'Windmill refuses the flow when it is saved or pushed ("Invalid flow value")'


def _whole_number_problem(
    key: str, rust: str, node: YNode | None, schema_number: bool
) -> str | None:
    if node is None or not node.is_scalar:
        return None
    number = node.value()
    if isinstance(number, bool) or not isinstance(number, (int, float)):
        return None  # the schema's finding (a string, a boolean)
    if isinstance(number, float) and not math.isfinite(number):
        return None  # `.inf` / `.nan`: the CLI's JSON.stringify writes null
    low, high = _RANGES[rust]
    shown = f"{number:g}" if isinstance(number, float) else str(number)
    if isinstance(number, float) and not number.is_integer():
        if not schema_number:
            return None  # the schema wants an integer: its finding
        return f"`{key}` is read as a whole number, but the value is {shown}: {_REFUSED}"
    if not low <= number <= high:
        return (
            f"`{key}` is read as a whole number from {low} to {high}, but the value is "
            f"{shown}: {_REFUSED}"
        )
    return None


# JSON Schema `type` -> the Python types of a YAML value of that type
_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


# a type name from Python or TypeScript -> the JSON Schema type meant
_MEANT_TYPES = {
    "int": "integer",
    "float": "number",
    "double": "number",
    "decimal": "number",
    "bool": "boolean",
    "str": "string",
    "text": "string",
    "list": "array",
    "tuple": "array",
    "dict": "object",
    "map": "object",
    "record": "object",
    "date": "string",
    "datetime": "string",
}


def _type_name_problem(
    ctx: RuleContext, model: FlowModel, name: str, prop: YNode, whose: str
) -> None:
    """A property's `type` that is no JSON Schema type (`int`, `str`, `dict`): the
    run form, the webhook's schema and the checks of the value all go by the seven
    JSON Schema types, so the input is not typed as meant."""
    kind = prop.get("type")
    if kind is None:
        return
    names = [item for item in kind.items] if kind.is_seq else [kind]
    for node in names:
        wanted = node.str_value()
        if wanted is None or wanted in _JSON_TYPES or wanted == "null":
            continue
        meant = _MEANT_TYPES.get(wanted.lower())
        if meant is None:
            close = difflib.get_close_matches(wanted, [*_JSON_TYPES], n=1, cutoff=0.6)
            meant = close[0] if close else None
        hint = f"; write `{meant}`" if meant else ""
        ctx.report(
            model.key_span(node),
            f"the `type` of `{name}` in {whose} schema is `{wanted}`, which is no JSON "
            f"Schema type ({', '.join(f'`{t}`' for t in _JSON_TYPES)}, `null`): Windmill's "
            f"form and the checks of the value do not know it, so the input is not typed "
            f"as meant{hint}",
            severity=WARNING,
        )


def _default_problems(
    ctx: RuleContext, model: FlowModel, name: str, prop: YNode, whose: str
) -> None:
    """A property's `default` that its own `type` or `enum` rules out: the form starts
    with that value, and a run left at its default gets it as written."""
    node = prop.get("default")
    kind = prop.get("type")
    if node is None:
        return
    value = node.value()
    if value is None:
        return  # what `wmill generate-metadata` writes for no default
    shape = prop.get("format")
    if shape is not None and shape.text.startswith(("dynselect-", "dynmultiselect-")):
        return  # a dynamic select: its `type` says nothing about the values it offers
    if isinstance(value, str) and value.startswith(("$res:", "$var:")):
        return  # a reference Windmill replaces with the resource / variable's value
    found = json_type(value)
    wanted = kind.str_value() if kind is not None else None
    allowed = _JSON_TYPES.get(wanted or "")
    if wanted is not None and allowed is not None:
        fits = isinstance(value, allowed) and not (isinstance(value, bool) and wanted != "boolean")
        if wanted == "integer" and isinstance(value, float) and value.is_integer():
            fits = True
        if not fits:
            shown = f" `{json.dumps(value)}`" if node.is_scalar and "\n" not in node.text else ""
            ctx.report(
                model.key_span(node),
                f"the `default` of `{name}` in {whose} schema is {with_article(found)}{shown}, "
                f"but the property's `type` is `{wanted}`: a run left at its default gets "
                f"{with_article(found)} where the steps expect {with_article(wanted)}",
                severity=WARNING,
            )
            return
    enum = prop.get("enum")
    if enum is None or not enum.is_seq or not enum.items:
        return
    options = [item.value() for item in enum.items]
    if any(isinstance(v, (list, dict)) for v in options) or value in options:
        return
    if isinstance(value, (list, dict)):
        return
    listed = ", ".join(f"`{item.text}`" for item in enum.items if item.is_scalar)
    close = difflib.get_close_matches(str(value), [str(v) for v in options], n=1, cutoff=0.6)
    hint = f"; did you mean `{close[0]}`?" if close else ""
    ctx.report(
        model.key_span(node),
        f"the `default` of `{name}` in {whose} schema is `{node.text}`, which its `enum` "
        f"does not list ({listed}): the form offers only those, and a run left at its "
        f"default gets a value no step expects{hint}",
        severity=WARNING,
    )


def _exponential_base(
    ctx: RuleContext, model: FlowModel, module_id: str | None, exponential: YNode | None
) -> None:
    """`validate_retry` (windmill-common `flows.rs`): exponential retries need a base
    of at least one second ("A base of 0 would cause immediate retries")."""
    if exponential is None or not exponential.is_map:
        return
    attempts = exponential.get("attempts")
    count = attempts.value() if attempts is not None and attempts.is_scalar else None
    if isinstance(count, bool) or not isinstance(count, (int, float)) or count <= 0:
        return
    seconds = exponential.get("seconds")
    base = seconds.value() if seconds is not None and seconds.is_scalar else 0
    if base is None:
        base = 0
    if base != 0:
        return
    where = seconds if seconds is not None else exponential.key_node("attempts")
    assert where is not None
    ctx.report(
        model.key_span(where),
        f"exponential retries need `seconds` (the backoff base) above 0, but "
        f"{'it is 0' if seconds is not None else 'it is not set (0)'}: Windmill refuses the "
        f"flow when it is saved or pushed (\"Module '{module_id}': Exponential backoff base "
        '(seconds) must be greater than 0")',
    )


def _count(node: YNode | None, default: int) -> int | None:
    """A whole number setting, `default` when unset; None when not a whole number."""
    if node is None:
        return default
    value = node.value() if node.is_scalar else None
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
        return None
    return int(value)


def _duration(seconds: int) -> str:
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 2 * 3600:
        return f"{seconds / 60:.3g} min"
    if seconds < 2 * 86400:
        return f"{seconds / 3600:.3g} h"
    return f"{seconds / 86400:.3g} days"


# a retry that waits longer than this between two attempts is not a backoff one
# meant: the step is effectively abandoned until then
_LONGEST_BACKOFF = 3600
_U16 = 2**16 - 1


def _exponential_growth(ctx: RuleContext, model: FlowModel, retry: YNode) -> None:
    """`Retry::interval` (windmill-common `flows.rs`) waits `multiplier *
    seconds.saturating_pow(n)` before exponential retry `n` (counting every earlier
    attempt, the constant ones too, from 1), in 16-bit integers: `seconds` is the
    base of the power, not the first delay (the schema's "Initial delay in seconds"
    misleads), so `seconds: 30` waits 30 s, then 15 min, then 7.5 h."""
    exponential = retry.get("exponential")
    constant = retry.get("constant")
    if exponential is None or not exponential.is_map:
        return
    before = _count(
        constant.get("attempts") if constant is not None and constant.is_map else None, 0
    )
    attempts = _count(exponential.get("attempts"), 0)
    multiplier = _count(exponential.get("multiplier"), 1)
    base = _count(exponential.get("seconds"), 0)
    key = exponential.key_node("seconds")
    if None in (before, attempts, multiplier, base) or key is None:
        return
    assert before is not None and attempts is not None and multiplier is not None
    assert base is not None
    if attempts <= 0 or base < 2 or multiplier < 1 or attempts > 1000:
        return
    delays = [multiplier * base ** (before + n) for n in range(1, attempts + 1)]
    if delays[-1] <= _LONGEST_BACKOFF:
        return
    # what the 16-bit arithmetic gives: the power saturates, the product wraps
    waits = [(multiplier * min(base ** (before + n), _U16)) % (_U16 + 1) for n in range(1, 5)]
    shown = [_duration(w) for w in waits[: len(delays)]]
    more = ", ..." if len(delays) > 4 else ""
    wraps = (
        " (Windmill computes them in 16-bit integers: past 65535 s the power saturates "
        "and the product with `multiplier` wraps around)"
        if any(d > _U16 for d in delays[:4])
        else ""
    )
    ctx.report(
        model.key_span(key),
        f"exponential retries wait `multiplier * seconds^n` seconds, n counting every "
        f"attempt so far: `seconds` is the base of the power, not the first delay, so "
        f"these wait {', '.join(shown)}{more}{wraps}; use a base of 2 or 3 and set the "
        f"first delay with `multiplier`",
        severity=WARNING,
    )


def _retry_if_without_attempts(ctx: RuleContext, model: FlowModel, retry: YNode) -> None:
    """A `retry_if`, or a delay, with no attempts to make: `Retry::interval`
    (windmill-common `flows.rs`) retries while the failures so far are fewer than
    `constant.attempts` plus `exponential.attempts` (0 when unset), and `retry_if`
    only decides whether one of those attempts is made, so with none the step is
    never retried."""
    total: float = 0
    delays: list[tuple[str, YNode]] = []  # a delay set to more than 0 seconds
    for kind in ("constant", "exponential"):
        delay = retry.get(kind)
        if delay is None or not delay.is_map:
            continue
        attempts = delay.get("attempts")
        count = attempts.value() if attempts is not None and attempts.is_scalar else 0
        if count is None:
            count = 0
        if isinstance(count, bool) or not isinstance(count, (int, float)):
            return  # not a number: the type checks' finding
        total += count
        # the flow editor writes retries left off as `constant: {attempts: 0, seconds:
        # 0}` and `exponential: {attempts: 0, multiplier: 1, seconds: 1, ...}`
        floor = 0 if kind == "constant" else 1
        for name in ("seconds", "multiplier"):
            setting, key = delay.get(name), delay.key_node(name)
            wait = setting.value() if setting is not None and setting.is_scalar else None
            if isinstance(wait, bool) or not isinstance(wait, (int, float)) or key is None:
                continue
            if wait > floor and (name == "seconds" or kind == "exponential"):
                delays.append((f"{kind}.{name}", key))
    if total > 0:
        return
    condition = retry.key_node("retry_if")
    if condition is not None:
        ctx.report(
            model.key_span(condition),
            "`retry_if` decides only whether an attempt of the `constant` / `exponential` "
            "retries is made, and this `retry` has none (`attempts` is 0 or unset in both): "
            "the step is never retried; add `constant: {attempts: <n>, seconds: <s>}`",
            severity=WARNING,
        )
    elif delays:
        # a delay written out with no attempts: `Retry::interval` gives none (the flow
        # editor's retries left off are all zeros, and are not reported)
        kind, key = delays[0]
        ctx.report(
            model.key_span(key),
            f"this `retry` sets a delay (`{kind}`) but no attempts (`attempts` is 0 or unset "
            "in both `constant` and `exponential`): Windmill retries a step only for its "
            f"attempts, so the step is never retried; add `attempts` to "
            f"`{kind.split('.')[0]}`",
            severity=WARNING,
        )


def _approver_checks_without_login(ctx: RuleContext, model: FlowModel, suspend: YNode) -> None:
    """`self_approval_disabled` and `user_groups_required` are checked only for an
    approval that requires a logged-in approver: windmill-api `jobs.rs`
    (`conditionally_require_authed_user`) looks at both only inside `if
    approval_conditions.user_auth_required`, and the flow runner reads the groups
    only then. Without it anyone holding the approval link approves."""
    login = suspend.get("user_auth_required")
    if login is not None and login.value() is True:
        return
    ignored: list[tuple[YNode, str]] = []
    self_key = suspend.key_node("self_approval_disabled")
    self_flag = suspend.get("self_approval_disabled")
    if self_key is not None and self_flag is not None and self_flag.value() is True:
        ignored.append((self_key, "the flow's starter included"))
    groups_key = suspend.key_node("user_groups_required")
    groups = suspend.get("user_groups_required")
    if groups_key is not None and _names_groups(groups):
        ignored.append((groups_key, "in those groups or not"))
    for key, effect in ignored:
        ctx.report(
            model.key_span(key),
            f"`{key.text}` takes effect only with `user_auth_required: true`: Windmill "
            "checks approvers against it only when the approval requires a logged-in "
            f"user, so here anyone with the approval link, {effect}, can approve; add "
            "`user_auth_required: true`",
            severity=WARNING,
        )


def _names_groups(groups: YNode | None) -> bool:
    """An input transform of `user_groups_required` that may name a group: an
    expression, or a static value that is not empty (the flow editor leaves
    `{type: static, value: []}` when no group is picked)."""
    if groups is None or not groups.is_map:
        return False
    kind = groups.get("type")
    if kind is not None and kind.value() == "javascript":
        expr = groups.get("expr")
        return expr is not None and bool(str(expr.value() or "").strip())
    value = groups.get("value")
    if value is None:
        return False
    if value.is_seq:
        return bool(value.items)
    return value.value() not in (None, "")


# the keys of a concurrency limit besides the limit itself (a step spells its key
# `custom_concurrency_key`, the flow `concurrency_key`)
_CONCURRENCY_EXTRAS = ("concurrency_key", "custom_concurrency_key", "concurrency_time_window_s")


def _concurrency_without_limit(
    ctx: RuleContext, model: FlowModel, holder: YNode | None, whose: str
) -> None:
    """A concurrency key or time window without `concurrent_limit`: Windmill counts
    concurrent jobs (by key, over the window) only for a job with a limit
    (windmill-queue `jobs.rs`: `if queued_job.concurrent_limit.is_some()`)."""
    if holder is None or not holder.is_map:
        return
    limit = holder.get("concurrent_limit")
    if limit is not None and limit.value() is not None:
        return
    keys: list[YNode] = []
    for name in _CONCURRENCY_EXTRAS:
        key, setting = holder.key_node(name), holder.get(name)
        # null, 0 and "" are what the flow editor writes for a setting left empty
        if key is not None and setting is not None and setting.value() not in (None, 0, ""):
            keys.append(key)
    if not keys:
        return
    names = " and ".join(f"`{k.text}`" for k in keys)
    verb = "take" if len(keys) > 1 else "takes"
    ctx.report(
        model.key_span(keys[0]),
        f"{names} {verb} effect only with `concurrent_limit`: Windmill limits {whose} "
        "only when a limit is set, so without one the setting does nothing; add "
        "`concurrent_limit`",
        severity=WARNING,
    )


# the debouncing settings besides the delay itself (windmill-common `DebouncingSettings`)
_DEBOUNCE_EXTRAS = (
    "debounce_key",
    "debounce_args_to_accumulate",
    "max_total_debouncing_time",
    "max_total_debounces_amount",
)


def _debounce_without_delay(
    ctx: RuleContext, model: FlowModel, holder: YNode | None, whose: str
) -> None:
    """A debounce key, accumulated arguments or debounce cap without
    `debounce_delay_s`: a job with no delay "will execute immediately, fully ignoring
    pending delays" (windmill-common `DebouncingSettings`), so nothing is debounced."""
    if holder is None or not holder.is_map:
        return
    delay = holder.get("debounce_delay_s")
    if delay is not None and delay.value() not in (None, 0, ""):
        return
    keys: list[YNode] = []
    for name in _DEBOUNCE_EXTRAS:
        key, setting = holder.key_node(name), holder.get(name)
        # null, 0, "" and [] are what the flow editor writes for a setting left empty
        if key is None or setting is None or setting.value() in (None, 0, ""):
            continue
        if setting.is_seq and not setting.items:
            continue
        keys.append(key)
    if not keys:
        return
    shown = [f"`{k.text}`" for k in keys]
    names = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]
    verb = "take" if len(keys) > 1 else "takes"
    ctx.report(
        model.key_span(keys[0]),
        f"{names} {verb} effect only with `debounce_delay_s`: Windmill debounces {whose} "
        "only when a delay is set, and a job without one runs at once, so the setting does "
        "nothing; add `debounce_delay_s`",
        severity=WARNING,
    )


def _parallel(module: FlowModule) -> bool:
    value = module.value
    flag = value.get("parallel") if value is not None and value.is_map else None
    return flag is not None and flag.value() is True


# The SDK calls that build a step's approval links (`getResumeUrls` / `get_resume_urls`,
# the deprecated `getResumeEndpoints`), with their argument text up to the first `)`.
_RESUME_LINKS = re.compile(r"\b(getResumeUrls|getResumeEndpoints|get_resume_urls)\s*\(([^)]*)\)")
# workflow-as-code scripts ask for approvals their own way
_WAC_APPROVAL = re.compile(r"\b(?:waitForApproval|wait_for_approval|get_approval_urls)\b")


def _resume_links_call(code: str) -> str | None:
    """The first call in `code` that builds approval links for the step's own job: not
    one asking for flow-level links (`flow_level`, a second argument), and not in a
    comment line."""
    for line in code.splitlines():
        stripped = line.lstrip()
        if stripped.startswith(("#", "//", "*", "/*")):
            continue
        found = _RESUME_LINKS.search(line)
        if found is None:
            continue
        args = found.group(2)
        if "," in args or "flow_level" in args or "flowLevel" in args:
            continue  # flow-level links (or arguments not read here): not judged
        return found.group(1)
    return None


def _resume_links_without_suspend(ctx: RuleContext, model: FlowModel) -> None:
    """A step whose code builds approval links (`getResumeUrls()`) but that has no
    `suspend` itself. The links name the job that asks for them (`WM_JOB_ID`;
    `resume_urls/{job_id}/...`) and a flow's approval step counts only the approvals of
    its own job (`resume_job WHERE job = ...`), so the approval step after it waits for
    approvals these links never give, until its timeout; the SDK's `flow_level` option
    asks for links any later approval step takes."""
    from wac_lint.flows.targets import step_code

    modules = list(model.modules)
    for index, module in enumerate(modules):
        if module.node.get("suspend") is not None or module.mocked:
            continue
        code = step_code(model, module)
        if code is None or _WAC_APPROVAL.search(code[1]):
            continue
        call = _resume_links_call(code[1])
        if call is None:
            continue
        later = next((m for m in modules[index + 1 :] if m.node.get("suspend") is not None), None)
        python = call == "get_resume_urls"
        flow_level = (
            "get_resume_urls(approver, flow_level=True)"
            if python
            else "getResumeUrls(approver, true)"
        )
        if later is not None:
            waits = (
                f"the approval step `{later.id}` waits for approvals of its own job, which "
                "these links never give, so it waits until its timeout"
            )
        else:
            waits = "no step of the flow waits for them, so the flow goes on without approval"
        value = module.value
        where = None
        if value is not None and value.is_map:
            where = value.key_node("content") or value.key_node("path")
        ctx.report(
            model.key_span(where or module.anchor),
            f"step `{module.id}` sends approval links (`{call}()`) but has no `suspend`: the "
            f"links resume this step's own job, which nothing waits on, and {waits}; put the "
            f"`suspend` on this step, or ask for flow-level links (`{flow_level}`), which a "
            "later approval step accepts",
        )


# the flow's shared folder, as a step's code names it (`./shared/raw`, `"./shared"`)
_SHARED_FOLDER = re.compile(r"(?<![\w.])\./shared\b")


def _uses_shared_folder(code: str) -> bool:
    """Whether code outside its comment lines names the folder `./shared`."""
    return any(
        _SHARED_FOLDER.search(line)
        for line in code.splitlines()
        if not line.lstrip().startswith(("#", "//", "*", "/*", "--"))
    )


def _shared_folder_without_same_worker(ctx: RuleContext, model: FlowModel) -> None:
    """Steps that hand each other files through `./shared` in a flow without
    `same_worker: true`: windmill-worker links a job's `./shared` to a folder of the
    flow only when the flow runs all its steps on one worker; otherwise each job has
    a `./shared` of its own (or none), deleted with its job folder, so a later step
    finds nothing there. Reported on the first step that uses it after another did."""
    from wac_lint.flows.targets import step_code

    root = model.root
    value = root.get("value") if root is not None and root.is_map else None
    same = value.get("same_worker") if value is not None and value.is_map else None
    if same is not None and same.text == "true":
        return
    first: FlowModule | None = None
    for module in model.modules:
        if module.mocked:
            continue
        code = step_code(model, module)
        if code is None or not _uses_shared_folder(code[1]):
            continue
        if first is None:
            first = module
            continue
        node = module.value
        where = None
        if node is not None and node.is_map:
            where = node.key_node("content") or node.key_node("path")
        ctx.report(
            model.key_span(where or module.anchor),
            f"step `{module.id}` uses the folder `./shared`, as step `{first.id}` does, but "
            "the flow does not set `same_worker: true` (under `value`): only then do a "
            "flow's steps share that folder; without it each step's job has a folder of its "
            f"own, deleted with the job, so what `{first.id}` left there is gone and this "
            "step fails; set `value.same_worker: true`, or pass the data (or an S3 object) "
            "as a result",
        )
        return
