"""Red team AN-F (flows built in the Windmill UI, `tests/flows/repo/f/heldout_an`): the
general causes behind what the blind batch found, as small inline flows.

- An AI agent step's result is `{output, messages}` (windmill-worker `agent_runner.rs`
  returns `AIAgentResult`): any other field of it (`content`, `text`, a field of the
  structured answer read off the result itself) is undefined (WAC503); not for an agent
  whose `output_type` is not `text` (an image agent gives the image's S3 object); a
  field of its `output` (a string without an `output_schema` with properties, else
  that object); the same under `previous_result` after it and `result` in its own
  `stop_after_if`. A static `output_type` other than `text` / `image` fails the step
  (`OutputType`, WAC506).
- An AI agent's flow-module tool is a step whose transforms are judged (WAC506): one
  naming no parameter goes nowhere; a parameter with no transform, or an empty one,
  is not missing: the agent fills it (`filter_schema_by_input_transforms`).
- The strings inside a static object are read as the worker reads them
  (`transform_json_value` resolves `$res:` / `$var:` in every object of an argument):
  a reference in the wrong form there (WAC508), a template or a `variable(...)` call
  there or in a static list (WAC506's static templates, passed as written).
- An AI agent's static `provider` whose `resource` is a path without `$res:`, or a
  `$var:` (WAC508): Windmill deserializes the resource's value, an object, from it.
- An undeclared input that is the fallback of another value (`results.geo?.city ??
  flow_input.defualt_city`) is reported (WAC504); a chain of input reads is not.
- A field of `error` in the failure module written as an abbreviation (`error.msg`) or
  a longer name (`error.error_message`, `error.stack_trace`, `error.step`) is reported
  (WAC509), as the rule's docs say.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_bytes

Finding = tuple[int, str, str, str]


def _run(tmp_path: Path, flow: str) -> list[Finding]:
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n", encoding="utf-8")
    path = tmp_path / "f" / "an" / "probe__flow" / "flow.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(flow, encoding="utf-8")
    result = analyze_bytes(path.read_bytes(), str(path))
    assert result.errors == []
    return [(f.row, f.code, f.severity, f.message) for f in result.findings]


def _row(text: str, needle: str) -> int:
    return [i for i, line in enumerate(text.splitlines(), 1) if needle in line][-1]


AGENT = """summary: s
value:
  modules:
    - id: agent
      value:
        type: aiagent
        input_transforms:
          provider:
            type: static
            value: {{kind: openai, model: gpt-4o, resource: '{resource}'}}
          output_type: {{type: static, value: {output_type}}}
          user_message: {{type: static, value: Classify this}}
        tools:
{tools}
    - id: use
      value:
        type: rawscript
        language: bun
        content: |
          export async function main(x: unknown) {{
            return {{ x }};
          }}
        input_transforms:
          x: {{type: javascript, expr: "{expr}"}}
"""


def _agent(
    expr: str = "results.agent.output",
    output_type: str = "text",
    tools: str = "          []",
    resource: str = "$res:f/an/openai",
) -> str:
    return AGENT.format(expr=expr, output_type=output_type, tools=tools, resource=resource)


def _agent_field_message(read: str, member: str, hint: str) -> str:
    return (
        f"`{read}`: the result of AI agent `agent` is an object with `output` (the model's "
        "answer: its text, or the object `output_schema` asks for) and `messages` (the "
        f"conversation), and no `{member}`, so it is undefined; did you mean {hint}"
    )


@pytest.mark.parametrize(
    ("expr", "member", "hint"),
    [
        ("results.agent.content", "content", "`output`, the answer?"),
        ("results.agent.text.trim()", "text", "`output`, the answer?"),
        ("results.agent.category === 'spam'", "category", "`output`, the answer?"),
        ("results.agent.outputs", "outputs", "`output`?"),
    ],
)
def test_a_field_an_agent_result_has_not(tmp_path: Path, expr: str, member: str, hint: str) -> None:
    flow = _agent(expr)
    assert _run(tmp_path, flow) == [
        (
            _row(flow, "expr:"),
            "WAC503",
            "error",
            _agent_field_message(f"results.agent.{member}", member, hint),
        )
    ]


@pytest.mark.parametrize(
    "expr",
    [
        "results.agent.output",
        "results.agent.output.split(' ')",
        "results.agent.messages.length",
        "results.agent?.text ?? ''",
    ],
)
def test_the_agent_answer_and_guarded_reads(tmp_path: Path, expr: str) -> None:
    assert _run(tmp_path, _agent(expr)) == []


def test_an_image_agent_result_is_not_judged(tmp_path: Path) -> None:
    # an image agent completes with the uploaded image's S3 object
    assert _run(tmp_path, _agent("results.agent.s3", output_type="image")) == []


TOOL = """          - id: get_ticket
            summary: Read a ticket
            value:
              tool_type: flowmodule
              type: rawscript
              language: python3
              content: |
                def main(ticket_id: str, include_history: bool = False):
                    return {{"id": ticket_id}}
              input_transforms:
{inputs}
          - id: web
            value:
              tool_type: websearch
"""


@pytest.mark.parametrize("name", ["ticketId", "ticket", "history"])
def test_a_tool_transform_naming_no_parameter(tmp_path: Path, name: str) -> None:
    flow = _agent(tools=TOOL.format(inputs=f"                {name}: {{type: ai}}"))
    assert _run(tmp_path, flow) == [
        (
            _row(flow, f"{name}: {{type: ai}}"),
            "WAC506",
            "warning",
            f"`{name}` is not a parameter of `main` of step `get_ticket`: the value goes nowhere",
        )
    ]


@pytest.mark.parametrize(
    "inputs",
    [
        "                {}",
        "                ticket_id: {type: ai}",
        "                ticket_id: {type: static, value: ''}\n"
        "                include_history: {type: static}",
    ],
)
def test_a_tool_parameter_left_to_the_agent_is_not_missing(tmp_path: Path, inputs: str) -> None:
    flow = _agent(tools=TOOL.format(inputs=inputs))
    assert _run(tmp_path, flow) == []


STATIC = """summary: s
value:
  modules:
    - id: load
      value:
        type: rawscript
        language: python3
        content: |
          def main(config: dict):
              return {{"ok": True}}
        input_transforms:
          config:
            type: static
            value:
              name: nightly
              nested:
                {key}: {value}
"""


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (
            "$res:data/snowflake",
            "`$res:data/snowflake` names no resource: workspace paths start with `u/<user>/` "
            "or `f/<folder>/`, so Windmill's lookup of `data/snowflake` finds nothing and the "
            "step fails; did you mean `$res:f/data/snowflake`?",
        ),
        (
            "res:f/data/snowflake",
            "`res:f/data/snowflake` is not a resource reference: Windmill resolves only "
            "`$res:<folder or user path>/<name>` and passes this string as it is",
        ),
    ],
)
def test_a_reference_inside_a_static_object(tmp_path: Path, value: str, problem: str) -> None:
    flow = STATIC.format(key="db", value=value)
    assert _run(tmp_path, flow) == [
        (_row(flow, value), "WAC508", "error", f"`config.nested.db`: {problem}")
    ]


def test_a_variable_reference_inside_a_static_object(tmp_path: Path) -> None:
    flow = STATIC.format(key="token", value="'$var: f/data/token'")
    found = _run(tmp_path, flow)
    assert [(r, c, s) for r, c, s, _ in found] == [(_row(flow, "$var:"), "WAC508", "error")]
    assert found[0][3].startswith("`config.nested.token`: ")


@pytest.mark.parametrize("value", ["$res:f/data/snowflake", "$var:u/alice/token", "plain text"])
def test_well_formed_strings_inside_a_static_object(tmp_path: Path, value: str) -> None:
    assert _run(tmp_path, STATIC.format(key="db", value=value)) == []


@pytest.mark.parametrize(
    ("value", "expr", "severity", "gets"),
    [
        (
            "'Report ${flow_input.week}'",
            "`Report ${flow_input.week}`",
            "warning",
            "the step gets this text",
        ),
        (
            "variable('f/ops/pd_key')",
            "variable('f/ops/pd_key')",
            "warning",
            "the step gets this text",
        ),
    ],
)
def test_a_template_inside_a_static_object(
    tmp_path: Path, value: str, expr: str, severity: str, gets: str
) -> None:
    flow = STATIC.format(key="subject", value=value)
    found = _run(tmp_path, flow)
    assert [(r, c, s) for r, c, s, _ in found] == [(_row(flow, "subject:"), "WAC506", severity)]
    message = found[0][3]
    assert message.startswith("the static value of `config.nested.subject` is ")
    assert f"passed as written, never evaluated: {gets}; make `config` a `javascript` " in message
    assert f"with `subject: {expr}`" in message


@pytest.mark.parametrize(
    ("resource", "fix"),
    [("f/an/openai", "`$res:f/an/openai`"), ("u/alice/anthropic", "`$res:u/alice/anthropic`")],
)
def test_an_agent_provider_resource_without_res(tmp_path: Path, resource: str, fix: str) -> None:
    flow = _agent(resource=resource)
    assert _run(tmp_path, flow) == [
        (
            _row(flow, "resource:"),
            "WAC508",
            "error",
            f"the AI agent's `provider.resource` is `{resource}`, a plain string: Windmill "
            "reads it as the provider resource's value (an object with its `api_key`), which "
            f"a static value becomes only as `$res:<path>`, so the agent step fails; write {fix}",
        )
    ]


INPUTS = """summary: s
schema:
  type: object
  properties:
    default_city: {{type: string, default: Amsterdam}}
value:
  modules:
    - id: geo
      continue_on_error: true
      value:
        type: rawscript
        language: bun
        content: |
          export async function main() {{
            return {{ city: null }};
          }}
        input_transforms: {{}}
    - id: use
      value:
        type: rawscript
        language: bun
        content: |
          export async function main(city: string) {{
            return {{ city }};
          }}
        input_transforms:
          city: {{type: javascript, expr: "{expr}"}}
"""


@pytest.mark.parametrize(
    "expr",
    [
        "results.geo?.city ?? flow_input.defualt_city",
        "results.geo.city || flow_input.defualt_city",
        "(results.geo?.city ?? flow_input['defualt_city']).trim()",
    ],
)
def test_an_undeclared_input_as_the_fallback_of_another_value(tmp_path: Path, expr: str) -> None:
    flow = INPUTS.format(expr=expr)
    assert _run(tmp_path, flow) == [
        (
            _row(flow, "expr:"),
            "WAC504",
            "error",
            "`flow_input.defualt_city` is not an input of this flow (its schema declares "
            "`default_city`): nothing asks for it, so it is undefined unless a caller passes "
            "it anyway",
        )
    ]


@pytest.mark.parametrize(
    "expr",
    [
        "flow_input.cityName ?? flow_input.city_name",
        "flow_input.body?.city || flow_input.city_name",
        "results.geo?.city ?? flow_input.city_name ?? flow_input.default_city",
        "results.geo?.city ?? flow_input.default_city",
    ],
)
def test_a_chain_of_input_reads_is_left_alone(tmp_path: Path, expr: str) -> None:
    assert _run(tmp_path, INPUTS.format(expr=expr)) == []


FAILURE = """summary: s
value:
  modules:
    - id: deploy
      value:
        type: rawscript
        language: bun
        content: |
          export async function main() {{
            return {{ ok: true }};
          }}
        input_transforms: {{}}
  failure_module:
    id: failure
    value:
      type: rawscript
      language: bun
      content: |
        export async function main(text: string) {{
          return {{ text }};
        }}
      input_transforms:
        text: {{type: javascript, expr: "{expr}"}}
"""


@pytest.mark.parametrize(
    ("field", "meant"),
    [
        ("msg", "message"),
        ("error_message", "message"),
        ("stack_trace", "stack"),
        ("step", "step_id"),
    ],
)
def test_an_error_field_written_another_way(tmp_path: Path, field: str, meant: str) -> None:
    flow = FAILURE.format(expr=f"error.{field} ?? 'unknown'")
    assert _run(tmp_path, flow) == [
        (
            _row(flow, "expr:"),
            "WAC509",
            "warning",
            f"`error.{field}`: the error the failure module receives has `message`, `name`, "
            "`stack` and `step_id` (and only what the failing code adds besides), so this is "
            f"undefined; did you mean `error.{meant}`?",
        )
    ]


@pytest.mark.parametrize("field", ["sid", "status", "filename", "code", "response"])
def test_a_field_the_failing_code_may_add(tmp_path: Path, field: str) -> None:
    assert _run(tmp_path, FAILURE.format(expr=f"String(error.{field})")) == []


SCHEMA = """          output_schema:
            type: static
            value:
              type: object
              properties:
                category: {type: string}
                confidence: {type: number}
"""


def _structured(expr: str) -> str:
    return _agent(expr).replace("          user_message:", SCHEMA + "          user_message:")


@pytest.mark.parametrize(
    ("expr", "field", "hint"),
    [
        ("results.agent.output.categroy", "categroy", "; did you mean `category`?"),
        ("results.agent.output.label === 'spam'", "label", ""),
        ("results.agent.output.length", "length", ""),
    ],
)
def test_a_field_the_structured_answer_has_not(
    tmp_path: Path, expr: str, field: str, hint: str
) -> None:
    flow = _structured(expr)
    assert _run(tmp_path, flow) == [
        (
            _row(flow, "expr:"),
            "WAC503",
            "error",
            f"`results.agent.output.{field}`: the `output` of AI agent `agent` is the object "
            "its `output_schema` describes, with `category`, `confidence` and no "
            f"`{field}`, so it is undefined{hint}",
        )
    ]


@pytest.mark.parametrize("field", ["category", "severity"])
def test_a_field_of_a_text_answer(tmp_path: Path, field: str) -> None:
    flow = _agent(f"results.agent.output.{field}")
    assert _run(tmp_path, flow) == [
        (
            _row(flow, "expr:"),
            "WAC503",
            "error",
            f"`results.agent.output.{field}`: AI agent `agent` has no `output_schema` with "
            "properties, so its `output` is the model's answer as text, a string, which has "
            f"no `{field}`; give the agent an `output_schema` to get an object, or read "
            "`output` itself",
        )
    ]


@pytest.mark.parametrize(
    "flow",
    [
        _structured("results.agent.output.category"),
        _structured("results.agent.output.label ?? 'other'"),
        _agent("results.agent.output.trim().length"),
        _agent("results.agent.output?.category ?? 'x'"),
    ],
)
def test_the_answer_read_as_it_is(tmp_path: Path, flow: str) -> None:
    assert _run(tmp_path, flow) == []


@pytest.mark.parametrize("name", ["content", "text"])
def test_the_agent_result_under_previous_result_and_result(tmp_path: Path, name: str) -> None:
    flow = _agent(f"previous_result.{name}").replace(
        "    - id: use\n",
        f"      stop_after_if:\n        expr: result.{name} === ''\n    - id: use\n",
    )
    reason = _agent_field_message("", name, "`output`, the answer?").removeprefix("``: ")
    assert _run(tmp_path, flow) == [
        (_row(flow, "expr: result."), "WAC503", "error", f"`result.{name}`: {reason}"),
        (_row(flow, 'expr: "previous'), "WAC503", "error", f"`previous_result.{name}`: {reason}"),
    ]


def test_a_template_in_a_static_list(tmp_path: Path) -> None:
    flow = STATIC.format(key="to", value="['ops@acme.io', '{{flow_input.owner}}']")
    found = _run(tmp_path, flow)
    assert [(r, c, s) for r, c, s, _ in found] == [(_row(flow, "to:"), "WAC506", "warning")]
    assert found[0][3].startswith("the static value of `config.nested.to[1]` is ")
    assert found[0][3].endswith(
        "make `config` a `javascript` transform that builds the value, with "
        "`flow_input.owner` as that item"
    )


@pytest.mark.parametrize("resource", ["$var:f/an/openai_key", "$var:u/alice/anthropic_key"])
def test_an_agent_provider_resource_given_a_variable(tmp_path: Path, resource: str) -> None:
    flow = _agent(resource=resource)
    assert _run(tmp_path, flow) == [
        (
            _row(flow, "resource:"),
            "WAC508",
            "error",
            f"the AI agent's `provider.resource` is `{resource}`, a variable: Windmill "
            "replaces it with the variable's value, a string, but reads the provider's "
            "`resource` as the resource's value (an object with its `api_key`), so the agent "
            "step fails; reference the provider's resource, `$res:<path>`",
        )
    ]


@pytest.mark.parametrize(
    ("value", "tail"),
    [
        ("json", "; for a JSON answer keep `text` and give the agent an `output_schema`"),
        ("Text", ""),
        ("markdown", ""),
    ],
)
def test_an_agent_output_type_windmill_does_not_read(tmp_path: Path, value: str, tail: str) -> None:
    flow = _agent(output_type=value)
    assert _run(tmp_path, flow) == [
        (
            _row(flow, "output_type:"),
            "WAC506",
            "error",
            f"the AI agent's `output_type` is `{value}`, but Windmill reads it as one of "
            f"`text` and `image` (`OutputType`), so the agent step fails{tail}",
        )
    ]


@pytest.mark.parametrize("value", ["text", "image"])
def test_the_agent_output_types(tmp_path: Path, value: str) -> None:
    assert _run(tmp_path, _agent("results.agent.output", output_type=value)) == []
