# ruff: noqa: E501  (a table of whole messages)
"""The flow rules' messages and severities, pinned on their INVALID examples
(positions are checked by test_rule_examples)."""

from __future__ import annotations

import pytest

from tests.test_rule_examples import marked_region
from wac_lint.engine import analyze_source
from wac_lint.registry import rule_by_code
from wac_lint.source import SourceFile

MESSAGES = {
    ("WAC500", 0): (
        "error",
        "`value.modules[0].value.type`: `rawscrip` is not a known type (rawscript, script, flow, forloopflow, whileloopflow, branchone, branchall, identity, aiagent)",
    ),
    ("WAC500", 1): ("error", "`value.modules[0]` lacks `id`, which FlowModule requires"),
    ("WAC500", 2): (
        "error",
        "YAML does not parse: found character that cannot start any token; a plain value cannot start with `@`, which YAML reserves: quote the value (`'...'`, doubling any `'` inside)",
    ),
    ("WAC500", 3): (
        "error",
        "`value.modules[0].value.language`: `python` is not one of deno, bun, bunnative, python3, go, bash, powershell, postgresql, mysql, bigquery, snowflake, mssql, oracledb, graphql, nativets, php, rust, ansible, csharp, nu, java, ruby, rlang, duckdb (RawScript)",
    ),
    ("WAC500", 4): (
        "error",
        "`value.modules[0].value.iterator` is a string, but InputTransform wants a mapping with `type` (static, javascript, ai)",
    ),
    ("WAC501", 0): (
        "error",
        "module id `fetch` is already used on line 4: `results.fetch` can name only one step",
    ),
    ("WAC502", 0): (
        "error",
        "`failure` is reserved for the failure module; give this step another id",
    ),
    ("WAC502", 1): ("error", "the failure_module must have the id `failure`, not `on_error`"),
    ("WAC502", 2): (
        "warning",
        "`fetch data` is not a JavaScript identifier, so `results.fetch data` does not read this step's result; use letters, digits and underscores",
    ),
    ("WAC502", 3): (
        "warning",
        "tool id `look up order` is the name the agent's model calls the tool by, and the flow guide's AgentTool schema says it cannot contain spaces; use letters, digits, underscores and hyphens",
    ),
    ("WAC503", 0): ("error", "`results.fetch`: step `fetch` runs after this one"),
    ("WAC503", 1): (
        "warning",
        "`results.item`: `item` is inside loop `loop`, so after the loop it reads only the last iteration's result (null if no iteration ran); `results.loop` has one result per iteration",
    ),
    ("WAC503", 2): ("error", "`results.typo` names no step of this flow"),
    ("WAC504", 0): (
        "error",
        "`flow_input.customerId` is not an input of this flow (its schema declares `customer_id`): nothing asks for it, so it is undefined unless a caller passes it anyway",
    ),
    ("WAC505", 0): (
        "error",
        "`flow_input.iter` exists only inside a loop's modules; this step is not inside a loop",
    ),
    ("WAC506", 0): (
        "error",
        "`main` of step `extract` takes `table` (no default), but `input_transforms` gives it no value",
    ),
    ("WAC506", 1): (
        "warning",
        "`tabel` is not a parameter of `main` of step `extract`: the value goes nowhere",
    ),
    ("WAC506", 2): ("warning", "`limit` is an integer, but the static value is a string"),
    ("WAC506", 3): (
        "error",
        "`sleep` is a number of seconds, but the static value is a string: Windmill cannot read it and the flow fails at this step",
    ),
    ("WAC506", 4): (
        "error",
        "the bash script of step `upload` takes `bucket` (no default), but `input_transforms` gives it no value",
    ),
    ("WAC507", 0): (
        "error",
        "the skip_if expression does not parse as JavaScript near `results.fetch.length ===`: the step fails when Windmill evaluates it",
    ),
    ("WAC507", 1): (
        "error",
        "`return ` appears only in a nested function, yet Windmill sees it and runs the input transform expression without prefixing `return`: nothing returns its value, so it is null; start the expression with `return `",
    ),
    ("WAC508", 0): (
        "error",
        "`res:f/data/warehouse` is not a resource reference: Windmill resolves only `$res:<folder or user path>/<name>` and passes this string as it is",
    ),
    ("WAC508", 1): (
        "error",
        "`db` is a `postgresql` resource, but the static value is a plain string, passed as it is; write `$res:f/data/warehouse` if that is the resource's path",
    ),
    ("WAC508", 2): (
        "warning",
        "input `db` has `format: resource-postgresql` but `type: string`: declare resource inputs as `type: object` for Windmill's resource picker",
    ),
    ("WAC508", 3): (
        "error",
        "`db` is a `postgresql` resource, but the expression is a plain string, passed as it is; write `$res:f/data/warehouse` if that is the resource's path",
    ),
    ("WAC509", 0): (
        "error",
        "`result` is not defined in an input transform (only in `stop_after_if`, `skip_if` and the step options); read `previous_result` or `results.<id>`: evaluating it throws a ReferenceError and the step fails",
    ),
    ("WAC509", 1): (
        "error",
        "`iter` is not defined in a flow expression (did you mean `flow_input.iter`?): evaluating it throws a ReferenceError and the step fails",
    ),
    ("WAC509", 2): (
        "error",
        "`resume` is the answer to an approval only in the step right after an approval (`suspend`) step; after `prepare` it is null, so reading a field of it throws and the step fails",
    ),
    ("WAC510", 0): (
        "error",
        "while loop `poll` has no `stop_after_if`, on itself or on a step of its body: nothing ends it, so it runs until one of its steps fails, which fails the flow",
    ),
    ("WAC510", 1): (
        "error",
        "while loop `poll` has no `stop_after_if`, on itself or on a step of its body: nothing ends it, so it runs forever: with `skip_failures: true` not even a failed iteration ends it",
    ),
}


@pytest.mark.parametrize("case", sorted(MESSAGES), ids=lambda c: f"{c[0]}-{c[1]}")
def test_message(case: tuple[str, int]) -> None:
    code, index = case
    rule = rule_by_code(code)
    assert rule is not None
    example = rule.INVALID[index]
    source = SourceFile("example.flow/flow.yaml", example.clean_code, example.language)
    where = marked_region(example.code)
    found = [
        (f.severity, f.message)
        for f in analyze_source(source, rules=[rule]).findings
        if (f.row, f.column, f.end_row, f.end_column) == where
    ]
    assert found == [MESSAGES[case]]


def test_every_invalid_flow_example_is_pinned() -> None:
    from wac_lint.registry import all_rules

    cases = {
        (r.code, i) for r in all_rules() if r.code.startswith("WAC5") for i in range(len(r.INVALID))
    }
    assert cases == set(MESSAGES)


LOOP_OWN_OPTIONS = """\
summary: s
value:
  modules:
    - id: loop
      value:
        type: forloopflow
        skip_failures: true
        iterator: {type: javascript, expr: flow_input.users}
        parallel: true
        parallelism: {type: javascript, expr: flow_input.iter.index}
        modules:
          - id: notify
            value:
              type: script
              path: f/ops/notify
              input_transforms:
                who: {type: javascript, expr: flow_input.iter.value}
      skip_if:
        expr: flow_input.iter.index > 2
      stop_after_all_iters_if:
        expr: flow_input.iter.value == 1
"""


def test_a_loops_own_options_are_outside_its_iterations() -> None:
    # `flow_input.iter` in the loop's `parallelism`, `skip_if` or
    # `stop_after_all_iters_if`: read around the iterations, never in one; the step was
    # said to be "not inside a loop", which is not what is wrong there
    findings = analyze_source(SourceFile("f/x/probe.flow/flow.yaml", LOOP_OWN_OPTIONS, "flow"))
    assert [(f.row, f.code, f.message) for f in findings.findings] == [
        (
            10,
            "WAC505",
            "`flow_input.iter` exists only inside a loop's modules; the loop's own "
            "`parallelism` is evaluated outside its iterations",
        ),
        (
            19,
            "WAC505",
            "`flow_input.iter` exists only inside a loop's modules; the loop's own "
            "`skip_if` is evaluated outside its iterations",
        ),
        (
            21,
            "WAC505",
            "`flow_input.iter` exists only inside a loop's modules; the loop's own "
            "`stop_after_all_iters_if` is evaluated outside its iterations",
        ),
    ]
