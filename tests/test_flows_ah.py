"""Red team AH-F (flows): the general causes behind what heldout_ah found, as small inline
flows (one analysis per case, in process).

- A scalar under a YAML tag windmill-cli does not know (an unquoted expression that
  starts with `!`: `expr: !flow_input.dry_run`) is a WAC500 error: the CLI's `yaml`
  package warns `Unresolved tag` and keeps only the rest of the scalar.
- A step, or a list of steps, under a key no part of the flow reads (`error_handler:`
  for `failure_module:`, `steps:` for `modules:`) is a WAC500 error: it never runs.
- A JSON Schema keyword beside the `schema` that should hold it (`resume_form:
  {properties: ...}`, `properties:` at the top of flow.yaml) is a WAC500 warning.
- A field read on a `flow` step whose subflow ends with a loop or a branchall (a list)
  is WAC503.
- Node's and a browser's globals (`process.env`, `window`) in an expression are WAC509.
- An expression YAML read as a mapping or a list says why (an unquoted `{ ... }`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from wac_lint.engine import analyze_bytes

Finding = tuple[int, str, str, str]

STEP = """\
summary: s
schema:
  type: object
  properties:
    dry_run: {{type: boolean}}
    n: {{type: integer}}
  required: []
value:
  modules:
    - id: first
      value:
        type: rawscript
        language: python3
        content: |
          def main(n: int = 0):
              return {{"ok": True, "n": n}}
        input_transforms:
          n:
            type: javascript
            expr: {expr}
{extra}
"""


@cache
def _findings(text: str, path: str = "f/ah/probe__flow/flow.yaml") -> tuple[Finding, ...]:
    result = analyze_bytes(text.encode(), path)
    return tuple((f.row, f.code, f.severity, f.message) for f in result.findings)


def _step(expr: str = "flow_input.n", extra: str = "") -> tuple[Finding, ...]:
    return _findings(STEP.format(expr=expr, extra=extra))


# --- a YAML tag in front of a value -------------------------------------------------


def test_an_unquoted_negation_is_a_tag_and_the_expression_is_lost() -> None:
    skip = "      skip_if:\n        expr: !flow_input.dry_run"
    found = _step(extra=skip)
    assert [(r, c, s) for r, c, s, _ in found] == [(22, "WAC500", "error")]
    assert found[0][3] == (
        "YAML reads `!flow_input.dry_run` as a tag, not as part of the value: Windmill's "
        "CLI does not know that tag, drops it and keeps an empty string, so the expression "
        "Windmill evaluates is empty; quote the value (`'!flow_input.dry_run'`)"
    )


def test_a_tag_keeps_the_rest_of_the_expression() -> None:
    (finding,) = _step(expr="!flow_input.dry_run === true")
    assert finding[1] == "WAC500"
    assert (
        "keeps only `=== true`, so the expression Windmill evaluates is `=== true`" in (finding[3])
    )
    assert "(`'!flow_input.dry_run === true'`)" in finding[3]


def test_a_tag_outside_an_expression_is_reported_without_one() -> None:
    (finding,) = _step(extra="      summary: !important step")
    assert finding[1] == "WAC500"
    assert "keeps only `step`; quote the value" in finding[3]


@pytest.mark.parametrize(
    "extra",
    [
        "      skip_if:\n        expr: '!flow_input.dry_run'",
        '      skip_if:\n        expr: "!flow_input.dry_run"',
        "      summary: !!str 42",  # a core-schema tag, which the CLI knows
    ],
)
def test_quoted_values_and_known_tags_are_not_reported(extra: str) -> None:
    assert _step(extra=extra) == ()


# --- a step under a key nothing reads -----------------------------------------------

MODULE = """\
    id: {id}
    value:
      type: rawscript
      language: python3
      content: |
        def main():
            return 1
      input_transforms: {{}}
"""


def _flow_value_extra(key: str, body: str) -> str:
    text = STEP.format(expr="flow_input.n", extra="")
    return text + f"  {key}:\n" + body


def test_a_failure_module_under_another_key_never_runs() -> None:
    found = _findings(_flow_value_extra("error_handler", MODULE.format(id="failure")))
    assert found == (
        (
            22,
            "WAC500",
            "error",
            "`value.error_handler` is not a key Windmill reads (FlowValue has no "
            "`error_handler`), so the step `failure` under it never runs; put it under "
            "`failure_module`",
        ),
    )


def test_a_list_of_steps_under_another_key_never_runs() -> None:
    steps = "".join(
        "    - " + MODULE.format(id=i).strip().replace("\n", "\n  ") + "\n"
        for i in ("later", "last")
    )
    found = _findings(_flow_value_extra("steps", steps))
    assert [(r, c, s) for r, c, s, _ in found] == [(22, "WAC500", "error")]
    assert found[0][3].endswith(
        "so the steps `later` and `last` under it never run; the flow's steps go under `modules`"
    )


def test_a_plain_unknown_key_is_not_a_step() -> None:
    assert _findings(_flow_value_extra("owner", "    team: data\n")) == ()


# --- JSON Schema keywords beside `schema` -------------------------------------------

APPROVAL = """\
      suspend:
        required_events: 1
        resume_form:
{form}
    - id: after
      value:
        type: rawscript
        language: python3
        content: |
          def main(room: str):
              return room
        input_transforms:
          room: {{type: javascript, expr: resume.room}}
"""

UNWRAPPED = """\
          properties:
            room: {type: string}
          required: [room]"""

WRAPPED = """\
          schema:
            type: object
            properties:
              room: {type: string}
            required: [room]"""


def test_form_fields_outside_the_form_schema_are_reported_once() -> None:
    found = _step(extra=APPROVAL.format(form=UNWRAPPED))
    assert found == (
        (
            24,
            "WAC500",
            "warning",
            "`value.modules[0].suspend.resume_form.properties` is a JSON Schema keyword, "
            "which Windmill reads only inside `resume_form`'s `schema`: it ignores it here, "
            "so the approval page shows no form fields, and `resume` has none of them; "
            "nest it (`schema: {type: object, properties: ...}`)",
        ),
    )


REQUIRED_OUTSIDE = """\
          schema:
            type: object
            properties:
              room: {type: string}
          required: [room]"""


def test_a_required_list_outside_the_form_schema_requires_nothing() -> None:
    (finding,) = _step(extra=APPROVAL.format(form=REQUIRED_OUTSIDE))
    assert finding[1:3] == ("WAC500", "warning")
    assert (
        "`value.modules[0].suspend.resume_form.required` is a JSON Schema keyword" in (finding[3])
    )
    assert "so the form requires none of its fields;" in finding[3]


def test_form_fields_inside_the_form_schema_are_fine() -> None:
    assert _step(extra=APPROVAL.format(form=WRAPPED)) == ()


def test_flow_inputs_outside_the_flow_schema_are_reported() -> None:
    text = STEP.format(expr="2 + 3", extra="").replace(
        "schema:\n  type: object\n  properties:\n    dry_run: {type: boolean}\n"
        "    n: {type: integer}\n  required: []\n",
        "schema:\n  type: object\nproperties:\n  n: {type: integer}\n",
        1,
    )
    found = _findings(text)
    assert [(c, s) for _, c, s, _ in found] == [("WAC500", "warning")]
    assert "reads only inside the flow's `schema`" in found[0][3]
    assert "so the flow declares no inputs" in found[0][3]


# --- a subflow whose last step gives a list -----------------------------------------

SUBFLOW = """\
summary: sub
schema:
  type: object
  properties:
    day: {{type: string}}
  required: [day]
value:
  modules:
    - id: hours
      value:
        type: rawscript
        language: python3
        content: |
          def main(day: str):
              return [day]
        input_transforms:
          day: {{type: javascript, expr: flow_input.day}}
{last}
"""

LOOP_LAST = """\
    - id: per_hour
      value:
        type: forloopflow
        skip_failures: false
        iterator: {type: javascript, expr: results.hours}
        modules:
          - id: count
            value:
              type: rawscript
              language: python3
              content: |
                def main(hour: str):
                    return {"hour": hour, "plays": 1}
              input_transforms:
                hour: {type: javascript, expr: flow_input.iter.value}
"""

BRANCHALL_LAST = """\
    - id: fan
      value:
        type: branchall
        branches:
          - modules:
              - id: a
                value:
                  type: rawscript
                  language: python3
                  content: |
                    def main():
                        return {"total": 1}
                  input_transforms: {}
"""

SCRIPT_LAST = """\
    - id: sum_up
      value:
        type: rawscript
        language: python3
        content: |
          def main():
              return {"total": 1}
        input_transforms: {}
"""

CALLER = """\
summary: caller
value:
  modules:
    - id: sub
      value:
        type: flow
        path: f/ah/sub
        input_transforms:
          day: {{type: static, value: '2026-01-01'}}
    - id: use
      value:
        type: rawscript
        language: python3
        content: |
          def main(x):
              return x
        input_transforms:
          x: {{type: javascript, expr: '{expr}'}}
"""


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("ah_repo")
    (root / "wmill.yaml").write_text("defaultTs: bun\n")
    for name, last in (("sub", LOOP_LAST), ("fan", BRANCHALL_LAST), ("plain", SCRIPT_LAST)):
        folder = root / "f" / "ah" / f"{name}__flow"
        folder.mkdir(parents=True)
        (folder / "flow.yaml").write_text(SUBFLOW.format(last=last))
    return root


def _caller(repo: Path, expr: str, sub: str = "sub") -> tuple[Finding, ...]:
    path = repo / "f" / "ah" / "caller__flow" / "flow.yaml"
    text = CALLER.format(expr=expr).replace("path: f/ah/sub", f"path: f/ah/{sub}")
    return _findings(text, str(path))


def test_a_field_of_a_subflow_ending_with_a_loop_is_undefined(repo: Path) -> None:
    assert _caller(repo, "results.sub.total") == (
        (
            18,
            "WAC503",
            "error",
            "`results.sub.total`: flow f/ah/sub returns the result of its last step, for "
            "loop `per_hour`: a list with one entry per iteration, which has no `total`; "
            "index it or map over it",
        ),
    )


def test_a_field_of_a_subflow_ending_with_a_branchall_is_undefined(repo: Path) -> None:
    (finding,) = _caller(repo, "results.sub.total", sub="fan")
    assert finding[1] == "WAC503"
    assert "branchall `fan`: a list with one entry per branch" in finding[3]


@pytest.mark.parametrize(
    "expr",
    [
        "results.sub.length",
        "results.sub[0].plays",
        "results.sub.map((h) => h.plays)",
        "results.sub?.total ?? 0",
    ],
)
def test_a_subflow_list_read_as_a_list_is_fine(repo: Path, expr: str) -> None:
    assert _caller(repo, expr) == ()


def test_a_subflow_ending_with_a_script_is_judged_by_its_returns(repo: Path) -> None:
    assert _caller(repo, "results.sub.total", sub="plain") == ()


# --- Node's and a browser's globals -------------------------------------------------


def test_process_env_is_not_defined_in_an_expression() -> None:
    (finding,) = _step(expr="Number(process.env.LIMIT)")
    assert finding[1:3] == ("WAC509", "error")
    assert finding[3] == (
        "`process` is not defined in a flow expression (Node's `process`: Windmill "
        "evaluates flow expressions in a bare JavaScript runtime, not in Node; read a "
        "setting with `flow_env.<name>` or `variable('<path>')`, and the environment in a "
        "step's code): evaluating it throws a ReferenceError and the step fails"
    )


def test_window_is_not_defined_in_an_expression() -> None:
    (finding,) = _step(expr="window.innerWidth")
    assert finding[1] == "WAC509"
    assert "(a browser's `window`: " in finding[3]


@pytest.mark.parametrize("expr", ["typeof process", "Math.max(1, flow_input.n)"])
def test_globals_an_expression_has_are_fine(expr: str) -> None:
    assert _step(expr=f"'{expr}'") == ()


# --- an expression YAML reads as a collection ---------------------------------------


def test_an_unquoted_object_expression_says_why_it_is_a_mapping() -> None:
    (finding,) = _step(expr="{ n: flow_input.n }")
    assert finding[1:3] == ("WAC500", "error")
    assert finding[3].endswith(
        "is a mapping, but JavascriptTransform wants a string: YAML reads an unquoted "
        "`{ ... }` as a mapping; quote the expression (`'{ ... }'`)"
    )


def test_an_unquoted_list_expression_says_why_it_is_a_list() -> None:
    (finding,) = _step(expr="[flow_input.n, 1]")
    assert finding[3].endswith(
        "YAML reads an unquoted `[ ... ]` as a list; quote the expression (`'[ ... ]'`)"
    )


# --- an unquoted expression YAML cannot read ----------------------------------------


@pytest.mark.parametrize(
    ("expr", "hint"),
    [
        (
            "`Hi ${flow_input.n}`",
            "; a plain value cannot start with `` ` ``, which YAML reserves: quote the value",
        ),
        ("@flow_input.n", "; a plain value cannot start with `@`, which YAML reserves"),
        ("*flow_input.n", "; YAML reads a value starting with `*` as an alias (`*name`)"),
        (
            "flow_input.n ? 'a' : 'b'",
            "; the unquoted value holds `: `, which YAML reads as the start of a mapping: "
            "quote the value (`'...'`, doubling any `'` inside), or write it as a block "
            "scalar (`>-`, the text on the next lines)",
        ),
    ],
)
def test_a_parse_error_on_an_unquoted_value_says_why(expr: str, hint: str) -> None:
    (finding,) = _step(expr=expr)
    assert finding[1:3] == ("WAC500", "error")
    assert finding[3].startswith("YAML does not parse: ")
    assert hint in finding[3]


def test_a_parse_error_elsewhere_has_no_hint() -> None:
    (finding,) = _findings("summary: s\nvalue:\n  modules: [\n")
    assert finding[1] == "WAC500"
    assert "plain value" not in finding[3] and "unquoted" not in finding[3]


# --- a mock whose return value is a string ------------------------------------------

MOCKED = """\
    - id: fake
      mock:
        enabled: true
        return_value: {value}
      value:
        type: rawscript
        language: python3
        content: |
          def main():
              return {{"id": 1}}
        input_transforms: {{}}
    - id: use
      value:
        type: rawscript
        language: python3
        content: |
          def main(x):
              return x
        input_transforms:
          x: {{type: javascript, expr: "{expr}"}}
"""


def test_a_field_of_a_mock_given_as_a_json_string_is_undefined() -> None:
    (finding,) = _step(extra=MOCKED.format(value="'{\"id\": 3}'", expr="results.fake.id"))
    assert finding[1:] == (
        "WAC503",
        "error",
        "`results.fake.id`: step `fake` is mocked (`mock.enabled: true`): its result is the "
        "mock's `return_value`, a string (quoted, the JSON it spells stays text: write the "
        "value as YAML, `return_value: {...}`), which has no `id`, so it is undefined",
    )


@pytest.mark.parametrize(
    ("value", "expr"),
    [
        ("'{\"id\": 3}'", "JSON.parse(results.fake).id"),
        ("'{\"id\": 3}'", "results.fake.length"),
        ("'abc'", "results.fake.toUpperCase()"),
        ("{id: 3}", "results.fake.id"),
    ],
)
def test_a_mock_string_read_as_a_string_is_fine(value: str, expr: str) -> None:
    assert _step(extra=MOCKED.format(value=value, expr=expr)) == ()


# --- a lookup call written as a static value ----------------------------------------


@pytest.mark.parametrize("call", ["variable('f/x/api_key')", 'resource("f/x/db")'])
def test_a_static_lookup_call_is_passed_as_text(call: str) -> None:
    extra = (
        "    - id: b\n      value:\n        type: rawscript\n        language: python3\n"
        "        content: |\n          def main(key):\n              return key\n"
        f'        input_transforms:\n          key: {{type: static, value: "{call}"}}\n'
    )
    (finding,) = _step(extra=extra.replace('"' + call + '"', repr(call).replace("\\", "")))
    assert finding[1:3] == ("WAC506", "warning")
    assert finding[3] == (
        f"the static value of `key` is the call `{call}`, but a static value is passed as "
        "written, never evaluated: the step gets this text; make it a `javascript` "
        f"transform, expr: {call}"
    )


def test_a_static_text_mentioning_a_variable_is_fine() -> None:
    extra = (
        "    - id: b\n      value:\n        type: rawscript\n        language: python3\n"
        "        content: |\n          def main(key):\n              return key\n"
        "        input_transforms:\n"
        "          key: {type: static, value: 'call variable(name) to read it'}\n"
    )
    assert _step(extra=extra) == ()
