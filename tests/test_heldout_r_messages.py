"""Red team R (blind flows, `tests/flows/repo/f/heldout_r`): whole flows as teams and
the Windmill UI write them (6-15 steps, inline scripts in several languages beside
flow.yaml, approvals, loops, branches, failure and preprocessor modules, an AI agent,
UI exports and API-shaped JSON), with the one or two mistakes a hand edit leaves.
Every finding with its exact message and severity."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.helpers import file_findings, flow_file

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_r"

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_boolean_input_as_string.flow": [
        (
            18,
            "WAC504",
            "warning",
            (
                "`flow_input.dry_run` is a boolean in the flow's schema, which the run "
                "form and the triggers built from it give, and a strict comparison never "
                "equates it with the string `'true'`, so this is always false; compare "
                "with `true` / `false`"
            ),
        ),
    ],
    "m_branch_on_unlisted_value.flow": [
        (
            24,
            "WAC504",
            "warning",
            (
                "`flow_input.plan` is never `'Enterprise'`: the flow's schema allows only "
                "`free`, `pro`, `enterprise` (`enum`), which the run form and the triggers "
                "built from it give, so this comparison is always false; did you mean "
                "`'enterprise'`?"
            ),
        ),
    ],
    "m_branch_only_sometimes__flow": [
        (
            62,
            "WAC503",
            "error",
            (
                "`results.c`: `c` is in a branch of `b` that may not have run; use "
                "`results.b` (the result of the branch taken)"
            ),
        ),
    ],
    "m_branchall_as_object.flow": [
        (
            60,
            "WAC503",
            "error",
            (
                "`results.b.price`: the result of branchall `b` is a list with one entry "
                "per branch, which has no `price`; read `results.b[0]`"
            ),
        ),
    ],
    "m_expr_unclosed__flow": [
        (
            34,
            "WAC507",
            "error",
            (
                "the input transform expression does not parse as JavaScript near "
                "`results.a .filter((s) => s.confirmed && !s.unsubscribed .ma…`: the step "
                "fails when Windmill evaluates it"
            ),
        ),
    ],
    "m_failure_error_field.flow": [
        (
            44,
            "WAC509",
            "warning",
            (
                "`error.stepId`: the error the failure module receives has `message`, "
                "`name`, `stack` and `step_id` (and only what the failing code adds "
                "besides), so this is undefined; did you mean `error.step_id`?"
            ),
        ),
    ],
    "m_failure_module_id__flow": [
        (
            36,
            "WAC502",
            "error",
            "the failure_module must have the id `failure`, not `notify_failure`",
        ),
    ],
    "m_flow_env_case__flow": [
        (
            20,
            "WAC504",
            "error",
            (
                "`flow_env.ld_project` is not a variable of this flow's `flow_env` (it "
                "defines `LD_PROJECT`, `ROLLOUT_STEP`): Windmill has no such variable, so "
                "the expression gets no value for it; did you mean `flow_env.LD_PROJECT`?"
            ),
        ),
        (61, "WAC506", "warning", "`notify` is a boolean, but the static value is a string"),
    ],
    "m_form_read_from_result.flow": [
        (
            59,
            "WAC503",
            "error",
            (
                "`results.b.approved`: `approved` is a field of the approval form of step "
                "`b`, but the answer never lands in its result (an identity step hands on "
                "the result of the step before it); Windmill hands it to the step right "
                "after `b` only, as `resume.approved`"
            ),
        ),
    ],
    "m_hash_in_plain_expr__flow": [
        (
            27,
            "WAC507",
            "error",
            (
                "the input transform expression does not parse as JavaScript near "
                "`results.a.shop + ' order` (YAML reads `#' + results.a.number + ' has "
                "shipped'` after it as a comment: in a value written without quotes, ` #` "
                "starts one, so the expression ends before it; quote the value): the step "
                "fails when Windmill evaluates it"
            ),
        ),
    ],
    "m_input_typed_string__flow": [
        (
            20,
            "WAC506",
            "warning",
            (
                "`max_results` is an integer, but `flow_input.max_results` is a string "
                "(the flow's schema declares input `max_results` as a string): Windmill "
                "passes the value as it is, without converting it; declare input "
                "`max_results` as an integer in the flow's schema"
            ),
        ),
    ],
    "m_iter_after_loop.flow": [
        (
            47,
            "WAC505",
            "error",
            "`flow_input.iter` exists only inside a loop's modules; this step is not inside a loop",
        ),
    ],
    "m_loop_inner_step_after__flow": [
        (
            60,
            "WAC503",
            "warning",
            (
                "`results.d`: `d` is inside loop `b`, so after the loop it reads only the "
                "last iteration's result (null if no iteration ran); `results.b` has one "
                "result per iteration"
            ),
        ),
    ],
    "m_loop_item_field_case__flow": [
        (
            30,
            "WAC504",
            "error",
            (
                "`flow_input.iter.value.firstName` is not a field of the items of input "
                "`attendees`, which loop `a` iterates over (their schema declares `email`, "
                "`first_name`): the run form asks only for those, so it is undefined "
                "unless a caller passes it anyway; did you mean `first_name`?"
            ),
        ),
    ],
    "m_loop_result_field.flow": [
        (
            59,
            "WAC503",
            "error",
            (
                "`results.b.thumbnails`: the result of loop `b` is a list with one entry "
                "per iteration, which has no `thumbnails`; index it or map over it "
                "(`results.b.map((r) => r.thumbnails)`)"
            ),
        ),
    ],
    "m_object_to_list_param.flow": [
        (
            36,
            "WAC506",
            "warning",
            (
                "`branches` is an array, but `results.a` is an object (every `return` of "
                "step `a`'s `main` gives an object): Windmill passes the value as it is, "
                "without converting it; read its field (`results.a.branches`)"
            ),
        ),
    ],
    "m_param_renamed__flow": [
        (
            37,
            "WAC506",
            "error",
            (
                "`main` of send_mail.inline_script.py takes `to` (no default), but "
                "`input_transforms` gives it no value"
            ),
        ),
        (
            38,
            "WAC506",
            "warning",
            (
                "`recipient` is not a parameter of `main` of send_mail.inline_script.py: "
                "the value goes nowhere"
            ),
        ),
    ],
    "m_path_script_missing_input__flow": [
        (
            35,
            "WAC506",
            "error",
            (
                "`main` of notify_manager.ts takes `lines` (no default), but "
                "`input_transforms` gives it no value"
            ),
        ),
    ],
    "m_preprocessor_key__flow": [
        (
            25,
            "WAC504",
            "error",
            (
                "`flow_input.body`: the preprocessor returns `body_text`, `number`, "
                "`repo`, `title` and no `body`, and a triggered run's inputs are what it "
                "returns, so this reads undefined whenever a trigger starts the flow"
            ),
        ),
    ],
    "m_previous_result_field__flow": [
        (
            24,
            "WAC503",
            "error",
            (
                "`previous_result.address`: every `return` of step `a`'s `main` gives an "
                "object with `city`, `country`, `id`, `street` and no `address`, so it is "
                "undefined"
            ),
        ),
    ],
    "m_renamed_step__flow": [
        (53, "WAC503", "error", "`results.c` names no step of this flow"),
    ],
    "m_required_left_empty__flow": [
        (
            28,
            "WAC506",
            "warning",
            (
                "`main` of post.inline_script.py takes `channel` (no default), but it is "
                "given a static transform with no `value`, what the flow editor leaves in "
                "an input nobody filled in: the step runs without a `channel`; give it a "
                "value or an expression"
            ),
        ),
    ],
    "m_required_param_omitted.flow": [
        (
            27,
            "WAC506",
            "error",
            (
                "`main` of announce.inline_script.py takes `thread_ts` (no default), but "
                "`input_transforms` gives it no value"
            ),
        ),
    ],
    "m_resume_two_steps_later__flow": [
        (
            61,
            "WAC509",
            "error",
            (
                "`resume` is the answer to an approval only in the step right after an "
                "approval (`suspend`) step; after `c` it is null, so reading a field of it "
                "throws and the step fails"
            ),
        ),
    ],
    "m_schema_input_removed.flow": [
        (
            27,
            "WAC504",
            "error",
            (
                "`flow_input.department` is not an input of this flow (its schema declares "
                "`full_name`, `github_login`, `personal_email`, `start_date`): nothing "
                "asks for it, so it is undefined unless a caller passes it anyway"
            ),
        ),
    ],
    "m_skip_if_later_step.flow": [
        (8, "WAC503", "error", "`results.b`: step `b` runs after this one"),
    ],
    "m_sql_rows_field__flow": [
        (
            24,
            "WAC503",
            "error",
            (
                "`results.a.rows`: step `a` is a PostgreSQL query, whose result is the "
                "list of its last statement's rows, which has no `rows`; the rows are the "
                "result itself: read `results.a`"
            ),
        ),
    ],
    "m_static_template__flow": [
        (
            30,
            "WAC506",
            "warning",
            (
                "the static value of `subject` is a `{{ ... }}` template, but a static "
                "value is passed as written, never evaluated: the step gets this text; "
                "make it a `javascript` transform, expr: '`Your order "
                "${flow_input.order_id} is on its way`'"
            ),
        ),
        (
            33,
            "WAC506",
            "warning",
            (
                "the static value of `tracking_url` is a template (`${...}`), but a static "
                "value is passed as written, never evaluated: the step gets this text; "
                "make it a `javascript` transform, expr: results.a.tracking_url"
            ),
        ),
    ],
    "m_static_values.flow": [
        (
            14,
            "WAC508",
            "error",
            (
                "`pg` is a `postgresql` resource, but the static value is a plain string, "
                "passed as it is; write `$res:f/data/analytics_db` if that is the "
                "resource's path"
            ),
        ),
        (17, "WAC506", "warning", "`days` is an integer, but the static value is a string"),
    ],
    "m_stop_reads_renamed_key.flow": [
        (
            41,
            "WAC503",
            "error",
            (
                "`result.status`: every `return` of step `c`'s `main` gives an object with "
                "`job_id`, `state` and no `status`, so it is undefined; did you mean "
                "`state`?"
            ),
        ),
    ],
    "m_subflow_missing_input__flow": [
        (
            20,
            "WAC506",
            "error",
            (
                "flow f/heldout_r/lib/archive_mailbox takes `email` (no default), but "
                "`input_transforms` gives it no value"
            ),
        ),
        (
            21,
            "WAC506",
            "warning",
            (
                "`mailbox` is not a parameter of flow f/heldout_r/lib/archive_mailbox: the "
                "value goes nowhere"
            ),
        ),
    ],
    "m_subflow_result_field__flow": [
        (
            29,
            "WAC503",
            "error",
            (
                "`results.a.archive_id`: the result of flow "
                "f/heldout_r/lib/archive_mailbox (its last step `a`) is what that step "
                "returns, and every `return` of its `main` gives an object with "
                "`archived`, `retention_days` and no `archive_id`, so it is undefined; did "
                "you mean `archived`?"
            ),
        ),
    ],
    "m_while_stop_on_next_step.flow": [
        (
            18,
            "WAC510",
            "error",
            (
                "while loop `b` has no `stop_after_if`, on itself or on a step of its "
                "body: nothing ends it, so it runs until one of its steps fails, which "
                "fails the flow"
            ),
        ),
        (
            43,
            "WAC503",
            "error",
            (
                "`result.status`: every `return` of step `d`'s `main` gives an object with "
                "`downloaded` and no `status`, so it is undefined"
            ),
        ),
    ],
    "m_yaml11_words__flow": [
        (
            24,
            "WAC506",
            "warning",
            (
                "`batch_size` is an integer, but the static value is a string (`wmill` "
                "reads flow.yaml as YAML 1.2, where `1_000` is a string, not a number as "
                "in YAML 1.1)"
            ),
        ),
        (
            27,
            "WAC506",
            "warning",
            (
                "`dry_run` is a boolean, but the static value is a string (`wmill` reads "
                "flow.yaml as YAML 1.2, where `no` is a string, not a boolean as in YAML "
                "1.1)"
            ),
        ),
        (
            36,
            "WAC506",
            "error",
            (
                "`timeout` is a number of seconds, but the static value is a string "
                "(`wmill` reads flow.yaml as YAML 1.2, where `3_600` is a string, not a "
                "number as in YAML 1.1): Windmill cannot read it and the flow fails at "
                "this step"
            ),
        ),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_messages(name: str) -> None:
    assert file_findings(flow_file(ROOT / name)) == EXPECTED[name]


def test_every_mistake_flow_is_pinned() -> None:
    assert {f.name for f in ROOT.iterdir() if f.name.startswith("m_")} == set(EXPECTED)


def test_correct_flows_have_no_finding() -> None:
    for folder in sorted(ROOT.iterdir()):
        if folder.name.startswith("m_") or folder.name == "lib":
            continue
        assert file_findings(flow_file(folder)) == [], folder.name


# windmill-cli 1.819.0 reads flow.yaml with the yaml npm package's defaults (YAML 1.2,
# core schema; `yamlParseFile` in esm/main.js): only true/false are booleans, no dates,
# no sexagesimal or underscored numbers, `0o` octal; PyYAML alone reads YAML 1.1.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("off", "off"),
        ("no", "no"),
        ("Yes", "Yes"),
        ("2024-01-01", "2024-01-01"),
        ("1:30", "1:30"),
        ("1_000", "1_000"),
        ("0o17", 15),
        ("0x1F", 31),
        ("0755", 755),
        ("True", True),
        ("~", None),
        ("", None),
        ("1e3", 1000.0),
        ("'on'", "on"),
    ],
)
def test_flow_yaml_scalars_are_read_as_wmill_reads_them(text: str, value: Any) -> None:
    from wac_lint.flows.yaml_tree import parse_yaml

    root = parse_yaml(f"v: {text}\n")
    assert root is not None
    found = root.get("v")
    assert found is not None
    assert found.value() == value and type(found.value()) is type(value)


def test_an_agent_memory_off_is_the_string_off() -> None:
    assert file_findings(flow_file(ROOT / "support_agent__flow")) == []


@pytest.mark.parametrize(
    ("language", "code", "kind"),
    [
        ("postgresql", "SELECT 1 AS n;", "array"),
        ("postgresql", "-- $1 day\nINSERT INTO t VALUES ($1);\nSELECT * FROM t;", "array"),
        ("postgresql", "-- result_collection=last_statement_first_row\nSELECT 1 AS n;", None),
        ("postgresql", "-- result_collection=all_statements_all_rows\nSELECT 1;", "array"),
        ("postgresql", "-- s3\nSELECT * FROM big;", None),
        ("mysql", "SELECT 1 AS n;", "array"),
        # windmill-worker `bigquery_executor.rs` answers with the rows as objects (or `[]`)
        ("bigquery", "SELECT 1 AS n;", "array"),
    ],
)
def test_what_a_sql_step_returns(language: str, code: str, kind: str | None) -> None:
    from wac_lint.flows.returns import return_kind

    assert return_kind(language, code) == kind


def test_literal_comparisons_of_flow_input() -> None:
    from wac_lint.flows.expressions import literal_comparisons

    found = literal_comparisons(
        "flow_input.region === 'eu' && 'x' != flow_input.cfg.mode || flow_input.n == 3",
        "flow_input",
    )
    assert [(c.path, c.literal, c.equal) for c in found] == [
        (("region",), "eu", True),
        (("cfg", "mode"), "x", False),
        (("n",), 3.0, True),
    ]
    # optional chaining, a shadowing parameter, a computed property: not static reads
    assert literal_comparisons("flow_input?.region === 'eu'", "flow_input") == ()
    assert literal_comparisons("((flow_input) => flow_input.a === 'x')({})", "flow_input") == ()
    assert literal_comparisons("flow_input[k] === 'x'", "flow_input") == ()


@pytest.mark.parametrize(
    ("language", "code", "keys"),
    [
        ("python3", "def preprocessor(event):\n    return {'a': 1, 'b': 2}\n", {"a", "b"}),
        ("bun", "export async function preprocessor(e: any) { return { text: e.t } }", {"text"}),
        ("python3", "def main():\n    return {'a': 1}\n", None),
    ],
)
def test_what_a_preprocessor_returns(language: str, code: str, keys: set[str] | None) -> None:
    from wac_lint.flows.returns import returned_keys

    found = returned_keys(language, code, "preprocessor")
    assert found == (frozenset(keys) if keys is not None else None)


# The flow editor's JSON export (every default written out: `lock`, `tag`, empty
# summaries, static empty values). It holds mistakes, so it lives outside the flow
# corpus, whose JSON flows (no comments for `expect:` marks) must be clean.
JSON_ROOT = Path(__file__).parent / "flows" / "heldout_r_json"


def test_ui_export_json_messages() -> None:
    assert file_findings(JSON_ROOT / "m_ui_export_stale.flow" / "flow.json") == [
        (
            40,
            "WAC506",
            "error",
            "`main` of step `c` takes `to` (no default), but `input_transforms` gives it no value",
        ),
        (
            41,
            "WAC506",
            "warning",
            "`email` is not a parameter of `main` of step `c`: the value goes nowhere",
        ),
        (
            77,
            "WAC503",
            "error",
            "`results.b.sent`: the result of loop `b` is a list with one entry per iteration, "
            "which has no `sent`; index it or map over it (`results.b.map((r) => r.sent)`)",
        ),
    ]


@pytest.mark.parametrize(
    ("text", "how"),
    [
        ("Order {{ flow_input.id }} shipped", "a `{{ ... }}` template"),
        ("${results.a.url}", "a template (`${...}`)"),
        ("results.a.rows", "the expression `results.a.rows`"),
        # a template engine's own variables, shell variables, a file name: plain text
        ("{{ results|length }} rows", None),
        ("Hi {{ user.name }}", None),
        ("echo ${HOME}", None),
        ("results.csv", None),
        ("${results.other}", None),
    ],
)
def test_static_values_that_look_evaluated(text: str, how: str | None) -> None:
    from wac_lint.rules.wac506_input_transform_mismatch import _static_template

    assert _static_template(text, {"a"}) == how


EMPTY_INPUTS_FLOW = """\
summary: empty inputs
value:
  modules:
    - id: a
      value:
        type: rawscript
        language: python3
        content: |
          def main(name: str, limit: int, note, when: str):
              return [name, limit, note, when]
        input_transforms:
          name:
            type: static
            value: ''
          limit:
            type: static
            value: ''
          note:
            type: static
            value: null
          when:
            type: static
            value: null
schema:
  type: object
  properties: {}
"""


def test_empty_static_values_are_reported_only_where_their_type_is_excluded(
    tmp_path: Path,
) -> None:
    # `""` for a string and `null` for an untyped parameter are values a flow may mean
    folder = tmp_path / "f" / "x" / "empty.flow"
    folder.mkdir(parents=True)
    (folder / "flow.yaml").write_text(EMPTY_INPUTS_FLOW)
    found = [(row, message) for row, code, _, message in file_findings(folder / "flow.yaml")]
    assert found == [
        (
            17,
            "`main` of step `a` takes `limit` (no default), but it is given an empty static "
            "string, what the flow editor leaves in an input nobody filled in: `main` "
            'receives `""` for an integer; give it a value or an expression',
        ),
        (
            23,
            "`main` of step `a` takes `when` (no default), but it is given a static `null`, "
            "what the flow editor leaves in an input nobody filled in: `main` receives "
            "`null` for a string; give it a value or an expression",
        ),
    ]


DYNAMIC_SELECT_FLOW = """\
summary: dynamic select
value:
  modules:
    - id: a
      value:
        type: rawscript
        language: python3
        content: |
          def main(groups: list, limits: list):
              return groups + limits
        input_transforms:
          groups:
            type: javascript
            expr: flow_input.groups
          limits:
            type: javascript
            expr: flow_input.limits
schema:
  type: object
  properties:
    groups:
      type: object
      format: dynmultiselect-list_groups
      default: [auto]
    limits:
      type: object
      default: {}
"""


def test_a_dynamic_select_input_is_not_judged_by_its_schema_type(tmp_path: Path) -> None:
    # a multiselect's value is an array, typed `object` by the editor; a plain object
    # input handed to a list parameter is still reported
    folder = tmp_path / "f" / "x" / "select.flow"
    folder.mkdir(parents=True)
    (folder / "flow.yaml").write_text(DYNAMIC_SELECT_FLOW)
    found = [(row, code) for row, code, _, _ in file_findings(folder / "flow.yaml")]
    assert found == [(17, "WAC506")]
