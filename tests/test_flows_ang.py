"""Red team AN-G (flows): the general causes behind what heldout_ang found, as small
inline flows (flows ported from Airflow, Prefect, n8n, Zapier, GitHub Actions and Step
Functions, keeping the old tool's habits), one analysis per case.

- A static value holding another orchestrator's expression syntax: a GitHub Actions
  expression (`${{ secrets.TOKEN }}`), an n8n expression (`={{ $json.email }}`), a
  Zapier field reference (`{{219402__email}}`), a Step Functions JSONPath or intrinsic
  function (`$.detail.id`, `States.Format(...)`) or a Jinja template over Airflow's or
  Prefect's template context (`{{ ds }}`, `{{ var.value.x }}`, `{{ flow_run.name }}`):
  Windmill evaluates none of them, so the step gets the text (WAC506; an error when the
  text is a `$var:` / `$res:` path). A template the step renders itself (`Hi
  {{first_name}}`, `{{ task }}`: generic names count only with the attributes only
  those tools give them) and a shell's `${HOME}` are left alone.
- A `${...}` over the flow's values written in a single- or double-quoted string
  (`'raw/${flow_input.ds}/'`) instead of a template literal: JavaScript substitutes
  only between backticks (WAC507).
- A list of strings built by the expression's own form (`.split(',')`, `.match(...)`,
  `Object.keys(...)`, also filtered or sorted, or mapped to strings: `.map(String)`,
  `.map((s) => s.trim())`) handed to a parameter typed as a list of numbers or booleans
  (`list[int]`, `number[]`): Windmill converts no item (WAC506).
- A Bun or Deno step (inline, or a `.ts` script by path) with no `main` at all, the
  shape of Zapier's "Code by Zapier" (`output = [...]`) or a Lambda handler
  (`export const handler = ...`): the worker's wrapper runs `import { main } from
  "./main.ts"`, which finds nothing (WAC506, as for a Python step without `main`).
- `flow_input.iter` handed whole, inside a loop, to a parameter meant for the item (the
  Step Functions / n8n habit of passing "the current item" as the whole context): it is
  the iteration's `{index, value}`, so a number, list or object parameter whose fields
  are not `index` / `value` gets the wrong value (WAC506).
- A step setting of the old tool kept on a flow module (`retries`, `retry_delay`,
  `execution_timeout`, `timeout-minutes`, `TimeoutSeconds`, `needs`, `if`, `when`,
  `trigger_rule`, `Catch`...): Windmill's reader drops keys it does not know, so the
  setting does nothing (WAC500 warning, with Windmill's own key to write).
- The same expressions in the code of a Bash or SQL step (a GitHub Actions `run:`
  block's `${{ inputs.tag }}`, an Airflow `bash_command`'s or `PostgresOperator`
  query's `{{ ds }}`): bash refuses `${{` ("bad substitution") and passes `{{ ds }}` on
  as text, as a query does (WAC506); comments and heredoc bodies are left alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_bytes

Finding = tuple[int, str, str, str]

SCHEMA = (
    "schema:\n"
    "  type: object\n"
    "  properties:\n"
    "    ds: {type: string}\n"
    "    csv: {type: string}\n"
    "    flags: {type: object}\n"
)


def _run(tmp_path: Path, flow: str) -> list[Finding]:
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n", encoding="utf-8")
    path = tmp_path / "f" / "ang" / "probe__flow" / "flow.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(flow, encoding="utf-8")
    result = analyze_bytes(path.read_bytes(), str(path))
    assert result.errors == []
    return [(f.row, f.code, f.severity, f.message) for f in result.findings]


def _py_step(transform: str, params: str = "x: str") -> str:
    return (
        "summary: probe\n" + SCHEMA + "value:\n"
        "  modules:\n"
        "    - id: use\n"
        "      value:\n"
        "        type: rawscript\n"
        "        language: python3\n"
        "        content: |\n"
        f"          def main({params}):\n"
        "              return {'ok': True}\n"
        "        input_transforms:\n"
        f"          x: {transform}\n"
    )


def _row(flow: str) -> int:
    """The row of the probe step's transform `x`."""
    return [i for i, line in enumerate(flow.splitlines(), 1) if line.startswith("          x:")][0]


def _static(text: str) -> str:
    quoted = text.replace("'", "''")
    return f"{{type: static, value: '{quoted}'}}"


FOREIGN = "compute the value in a `javascript` transform from `flow_input`, `results` and "


@pytest.mark.parametrize(
    ("value", "tool", "shown"),
    [
        ("raw/orders/{{ ds }}/", "an Airflow (Jinja) template", "{{ ds }}"),
        ("{{ params.table }}", "an Airflow (Jinja) template", "{{ params.table }}"),
        ("s3://{{ var.value.bucket }}/x", "an Airflow (Jinja) template", "{{ var.value.bucket }}"),
        (
            "{{ ti.xcom_pull(task_ids='extract') }}",
            "an Airflow (Jinja) template",
            "{{ ti.xcom_pull(task_ids='extract') }}",
        ),
        (
            "{{ ds | replace('-', '') }}.csv",
            "an Airflow (Jinja) template",
            "{{ ds | replace('-', '') }}",
        ),
        ("{{ task.task_id }}", "an Airflow (Jinja) template", "{{ task.task_id }}"),
        ("{{ conn.warehouse.host }}", "an Airflow (Jinja) template", "{{ conn.warehouse.host }}"),
        ("run {{ flow_run.name }}", "a Prefect (Jinja) template", "{{ flow_run.name }}"),
        (
            "${{ secrets.NETLIFY_TOKEN }}",
            "a GitHub Actions expression",
            "${{ secrets.NETLIFY_TOKEN }}",
        ),
        ("Deploy ${{ github.sha }}", "a GitHub Actions expression", "${{ github.sha }}"),
        ("={{ $json.body.email }}", "an n8n expression", "{{ $json.body.email }}"),
        ('{{ $node["Fetch"].json.id }}', "an n8n expression", '{{ $node["Fetch"].json.id }}'),
        ("{{ $('Fetch').item.json.id }}", "an n8n expression", "{{ $('Fetch').item.json.id }}"),
        ("{{219402__email}}", "a Zapier field reference", "{{219402__email}}"),
        ("$.detail.order_id", "a Step Functions JSONPath", "$.detail.order_id"),
        ("$$.Map.Item.Value", "a Step Functions JSONPath", "$$.Map.Item.Value"),
        (
            "States.Format('order {}', $.id)",
            "a Step Functions intrinsic function",
            "States.Format('order {}', $.id)",
        ),
    ],
)
def test_static_value_with_another_tools_expression(
    tmp_path: Path, value: str, tool: str, shown: str
) -> None:
    flow = _py_step(_static(value))
    assert _run(tmp_path, flow) == [
        (
            _row(flow),
            "WAC506",
            "warning",
            f"the static value of `x` holds {tool}, `{shown}`, which Windmill never "
            f"evaluates: the step gets this text as written; {FOREIGN}"
            "`flow_env` (a secret or a connection: a static `$var:<path>` / `$res:<path>`)",
        )
    ]


def test_a_variable_path_with_another_tools_expression_is_an_error(tmp_path: Path) -> None:
    flow = _py_step(_static("$var:f/ops/{{ds}}_token"))
    found = _run(tmp_path, flow)
    assert [(r, c, s) for r, c, s, _ in found] == [(_row(flow), "WAC506", "error")]
    assert "looks up the variable `f/ops/{{ds}}_token` by that literal path" in found[0][3]


@pytest.mark.parametrize(
    "value",
    [
        "Hi {{first_name}}, welcome to the {{plan}} plan!",  # rendered by the step itself
        "{{ name }} ordered {{ count }} items",
        "${HOME}/exports/daily.csv",  # a shell expands it
        "price in $USD {{ amount }}",
        "{{#items}}- {{sku}}{{/items}}",
        # generic names, without the attributes only Airflow / Prefect give them
        "Your {{ task }} is due on {{ due }}",
        "{{ task.name }} for {{ params }}",
        "{{ var.x }} / {{ conn.host }} / {{ deployment.name }}",
        "price $.50 per unit",  # a price, not a path
        "$5.00",
    ],
)
def test_templates_the_step_renders_are_left_alone(tmp_path: Path, value: str) -> None:
    assert _run(tmp_path, _py_step(_static(value))) == []


QUOTED = (
    "is written in a quoted string, where JavaScript substitutes nothing (only a template "
    "literal, between backticks, does): the value holds that text as written; quote the "
    "string with backticks"
)


@pytest.mark.parametrize(
    ("expr", "placeholder"),
    [
        ("'raw/orders/${flow_input.ds}/'", "${flow_input.ds}"),
        ('"Deploy " + "${results.build.tag}"', "${results.build.tag}"),
        ("'base: ${flow_env.API_BASE}' ", "${flow_env.API_BASE}"),
    ],
)
def test_placeholder_in_a_quoted_string(tmp_path: Path, expr: str, placeholder: str) -> None:
    flow = _py_step("{type: javascript, expr: " + repr(expr).replace('\\"', '"') + "}")
    found = _run(tmp_path, flow)
    assert [(r, c, s) for r, c, s, _ in found] == [(_row(flow), "WAC507", "error")]
    assert found[0][3] == f"`{placeholder}` {QUOTED}"


@pytest.mark.parametrize(
    "expr",
    [
        "'`raw/orders/${flow_input.ds}/`'",  # a template literal
        "\"'${HOME}/x'\"",  # no value of the flow in it
        "\"'cost: $' + flow_input.ds\"",
        # a placeholder the expression fills in itself
        "\"'Dear ${flow_input.ds}'.replace('${flow_input.ds}', flow_input.ds)\"",
    ],
)
def test_template_literals_and_other_dollars_are_left_alone(tmp_path: Path, expr: str) -> None:
    assert _run(tmp_path, _py_step("{type: javascript, expr: " + expr + "}")) == []


ITEMS = (
    "`x` is a list of {wanted}s, but the expression gives a list of strings ({form}), "
    "which `main` receives as they are: Windmill converts no item; convert them in the "
    "expression (`.map({convert})`)"
)


@pytest.mark.parametrize(
    ("expr", "params", "wanted", "form", "convert"),
    [
        ("flow_input.csv.split(',')", "x: list[int]", "integer", "`.split(...)`", "Number"),
        (
            "flow_input.csv.split(',').filter(Boolean).toSorted()",
            "x: list[float]",
            "number",
            "`.split(...)`",
            "Number",
        ),
        (
            "Object.keys(flow_input.flags)",
            "x: list[int]",
            "integer",
            "`Object.keys(...)`",
            "Number",
        ),
        (
            "flow_input.csv.split(',').map((s) => s.trim())",
            "x: list[int]",
            "integer",
            "`.map((s) => s.trim())`",
            "Number",
        ),
        (
            "flow_input.csv.split(',').map(String)",
            "x: list[int]",
            "integer",
            "`.map(String)`",
            "Number",
        ),
        ("flow_input.csv.match(/[0-9]+/g)", "x: list[int]", "integer", "`.match(...)`", "Number"),
        (
            "flow_input.csv.split(';')",
            "x: list[bool]",
            "boolean",
            "`.split(...)`",
            "(s) => s === 'true'",
        ),
    ],
)
def test_list_of_strings_to_a_list_of_numbers(
    tmp_path: Path, expr: str, params: str, wanted: str, form: str, convert: str
) -> None:
    flow = _py_step('{type: javascript, expr: "' + expr + '"}', params)
    assert _run(tmp_path, flow) == [
        (_row(flow), "WAC506", "warning", ITEMS.format(wanted=wanted, form=form, convert=convert))
    ]


def test_typescript_number_array_given_split(tmp_path: Path) -> None:
    flow = (
        "summary: probe\n" + SCHEMA + "value:\n"
        "  modules:\n"
        "    - id: use\n"
        "      value:\n"
        "        type: rawscript\n"
        "        language: bun\n"
        "        content: |\n"
        "          export async function main(x: number[]) {\n"
        "            return { n: x.length };\n"
        "          }\n"
        "        input_transforms:\n"
        "          x: {type: javascript, expr: \"flow_input.csv.split(',')\"}\n"
    )
    found = _run(tmp_path, flow)
    assert [(r, c, s) for r, c, s, _ in found] == [(_row(flow), "WAC506", "warning")]
    assert found[0][3].startswith("`x` is a list of numbers, but the expression gives")


@pytest.mark.parametrize(
    ("expr", "params"),
    [
        ("flow_input.csv.split(',').map(Number)", "x: list[int]"),
        ("flow_input.csv.split(',').map((t) => parseInt(t, 10))", "x: list[int]"),
        ("flow_input.csv.split(',')", "x: list[str]"),
        ("flow_input.csv.split(',')", "x: list"),
        ("Object.values(flow_input.flags)", "x: list[int]"),
        ("flow_input.csv.split(',').map((s) => Number(s.trim()))", "x: list[int]"),
        ("flow_input.csv.split(',').map((s) => s.length)", "x: list[int]"),
    ],
)
def test_converted_or_string_lists_are_left_alone(tmp_path: Path, expr: str, params: str) -> None:
    assert _run(tmp_path, _py_step('{type: javascript, expr: "' + expr + '"}', params)) == []


NO_MAIN = (
    "does not exist: the code defines no `main` function, which Windmill imports to run "
    "the step, so the step fails"
)


def _ts_step(language: str, code: str) -> str:
    body = "".join(f"          {line}\n" for line in code.splitlines())
    return (
        "summary: probe\n" + SCHEMA + "value:\n"
        "  modules:\n"
        "    - id: port\n"
        "      value:\n"
        "        type: rawscript\n"
        f"        language: {language}\n"
        "        content: |\n" + body + "        input_transforms: {}\n"
    )


@pytest.mark.parametrize(
    ("language", "code"),
    [
        ("bun", 'const input = { name: "x" };\noutput = [{ id: 1, name: input.name }];'),
        ("bun", "export async function handler(event: any) {\n  return { statusCode: 200 };\n}"),
        ("deno", "export const handler = async (event: unknown) => ({ ok: true });"),
    ],
)
def test_bun_or_deno_step_without_main(tmp_path: Path, language: str, code: str) -> None:
    flow = _ts_step(language, code)
    row = [i for i, line in enumerate(flow.splitlines(), 1) if "content:" in line][0]
    assert _run(tmp_path, flow) == [(row, "WAC506", "error", f"`main` of step `port` {NO_MAIN}")]


def test_bun_script_by_path_without_main(tmp_path: Path) -> None:
    lib = tmp_path / "f" / "ang" / "lib"
    lib.mkdir(parents=True)
    (lib / "handler.ts").write_text("export async function handler(e: any) {\n  return 1;\n}\n")
    flow = (
        "summary: probe\nvalue:\n  modules:\n    - id: port\n      value:\n"
        "        type: script\n        path: f/ang/lib/handler\n        input_transforms: {}\n"
    )
    assert _run(tmp_path, flow) == [(7, "WAC506", "error", f"`main` of handler.ts {NO_MAIN}")]


@pytest.mark.parametrize(
    ("language", "code"),
    [
        ("bun", "async function run(x: string) {\n  return x;\n}\nexport { run as main };"),
        ("nativets", "export async function handler() {\n  return 1;\n}"),
        ("bun", "export async function main() {\n  return 1;\n}"),
    ],
)
def test_bun_steps_with_a_main_or_not_importing_one(
    tmp_path: Path, language: str, code: str
) -> None:
    assert _run(tmp_path, _ts_step(language, code)) == []


def test_a_typescript_preprocessor_needs_no_main(tmp_path: Path) -> None:
    flow = (
        "summary: probe\nvalue:\n  preprocessor_module:\n    id: preprocessor\n    value:\n"
        "      type: rawscript\n      language: bun\n      content: |\n"
        "        export async function preprocessor(event: any) {\n"
        "          return { ds: String(event.ds) };\n        }\n      input_transforms: {}\n"
        "  modules: []\n"
    )
    assert _run(tmp_path, flow) == []


def _loop_step(param: str, expr: str) -> str:
    return (
        "summary: probe\n"
        "schema:\n  type: object\n  properties:\n"
        "    lines: {type: array, items: {type: object}}\n"
        "value:\n  modules:\n    - id: each\n      value:\n        type: forloopflow\n"
        "        iterator: {type: javascript, expr: flow_input.lines}\n"
        "        skip_failures: false\n        modules:\n"
        "          - id: reserve\n            value:\n              type: rawscript\n"
        "              language: bun\n              content: |\n"
        f"                export async function main(line: {param}) {{\n"
        "                  return { ok: true };\n                }\n"
        "              input_transforms:\n"
        f"                line: {{type: javascript, expr: {expr}}}\n"
    )


WHOLE_ITERATION = "the iteration's `{index, value}`, not its item"


@pytest.mark.parametrize(
    ("param", "message"),
    [
        (
            "{ sku: string; qty: number }",
            f"`line` is an object with `sku`, `qty`, but `flow_input.iter` is {WHOLE_ITERATION}, "
            "so `main` reads undefined for each of them; give the item, `flow_input.iter.value`",
        ),
        (
            "number",
            f"`line` is a number, but `flow_input.iter` is an object ({WHOLE_ITERATION}): "
            "Windmill passes the value as it is, without converting it; give the item, "
            "`flow_input.iter.value`",
        ),
        (
            "string[]",
            f"`line` is an array, but `flow_input.iter` is an object ({WHOLE_ITERATION}): "
            "Windmill passes the value as it is, without converting it; give the item, "
            "`flow_input.iter.value`",
        ),
    ],
)
def test_whole_iteration_given_for_the_item(tmp_path: Path, param: str, message: str) -> None:
    flow = _loop_step(param, "flow_input.iter")
    row = [i for i, line in enumerate(flow.splitlines(), 1) if "line: {type" in line][0]
    assert _run(tmp_path, flow) == [(row, "WAC506", "warning", message)]


@pytest.mark.parametrize(
    ("param", "expr"),
    [
        ("{ sku: string; qty: number }", "flow_input.iter.value"),
        ("{ index: number; value: unknown }", "flow_input.iter"),  # wants the iteration
        ("object", "flow_input.iter"),
        ("string", "flow_input.iter"),
    ],
)
def test_the_item_or_a_parameter_taking_the_iteration(
    tmp_path: Path, param: str, expr: str
) -> None:
    assert _run(tmp_path, _loop_step(param, expr)) == []


def _module_with(keys: str) -> str:
    return (
        "summary: probe\nvalue:\n  modules:\n    - id: a\n      value:\n"
        "        type: rawscript\n        language: python3\n        content: |\n"
        "          def main():\n              return 1\n        input_transforms: {}\n"
        + "".join(f"      {line}\n" for line in keys.splitlines())
    )


IGNORED = "not a key of a Windmill flow step: Windmill ignores it"


@pytest.mark.parametrize(
    ("key", "message"),
    [
        (
            "retries: 3",
            "`value.modules[0].retries` is a setting of Airflow and Prefect (for retries), "
            f"{IGNORED}, so the step is never retried; write "
            "`retry: {constant: {attempts: <n>, seconds: <s>}}`",
        ),
        (
            "timeout-minutes: 10",
            "`value.modules[0].timeout-minutes` is a setting of GitHub Actions (for a time "
            f"limit), {IGNORED}, so the step runs without that limit; write `timeout: <seconds>`",
        ),
        (
            "TimeoutSeconds: 60",
            "`value.modules[0].TimeoutSeconds` is a setting of Step Functions (for a time "
            f"limit), {IGNORED}, so the step runs without that limit; write `timeout: <seconds>`",
        ),
        (
            "needs: [build]",
            "`value.modules[0].needs` is a setting of GitHub Actions (for the order of the "
            f"steps), {IGNORED}, so the steps run in the order `modules` lists them, whatever "
            "it says; write the order of `modules` (or a `branchall` for steps that run side "
            "by side)",
        ),
        (
            "if: flow_input.deploy",
            "`value.modules[0].if` is a setting of GitHub Actions (for a condition to run the "
            f"step), {IGNORED}, so the step always runs; write `skip_if: {{expr: ...}}` (true "
            "skips the step)",
        ),
        (
            "trigger_rule: all_done",
            "`value.modules[0].trigger_rule` is a setting of Airflow (for running the step "
            f"after a step before it failed), {IGNORED}, so a failure of a step before it "
            "still fails the flow, and this step never runs; write `continue_on_error: true` "
            "on the steps before it (`skip_failure: true` on a `branchall`'s branches)",
        ),
    ],
)
def test_another_orchestrators_step_setting(tmp_path: Path, key: str, message: str) -> None:
    assert _run(tmp_path, _module_with(key)) == [(12, "WAC500", "warning", message)]


def test_another_orchestrators_setting_beside_windmills_own(tmp_path: Path) -> None:
    flow = _module_with("retry: {constant: {attempts: 3, seconds: 60}}\nretries: 3")
    assert _run(tmp_path, flow) == [
        (
            13,
            "WAC500",
            "warning",
            "`value.modules[0].retries` is a setting of Airflow and Prefect (for retries), "
            f"{IGNORED}; only the step's `retry` counts",
        )
    ]


def test_windmills_own_settings_and_plain_metadata_are_left_alone(tmp_path: Path) -> None:
    flow = _module_with(
        "retry: {constant: {attempts: 3, seconds: 60}}\ntimeout: 600\n"
        "skip_if: {expr: 'false'}\nsummary: was the Airflow task load"
    )
    assert _run(tmp_path, flow) == []


def _bash_step(code: str) -> str:
    body = "".join(f"          {line}\n" for line in code.splitlines())
    return (
        "summary: probe\nschema:\n  type: object\n  properties:\n    tag: {type: string}\n"
        "value:\n  modules:\n    - id: sh\n      value:\n        type: rawscript\n"
        "        language: bash\n        content: |\n" + body + "        input_transforms:\n"
        "          tag: {type: javascript, expr: flow_input.tag}\n"
    )


BASH_INPUT = (
    'declare the value as an input of the script (`name="$1"`) and give it in `input_transforms`'
)


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (
            'tag="$1"\ngh release view "${{ inputs.tag }}"',
            "line 2 of the bash script of step `sh` holds a GitHub Actions expression, "
            "`${{ inputs.tag }}`, which Windmill never evaluates: bash refuses `${{` "
            f'("bad substitution") and does not run that command; {BASH_INPUT}',
        ),
        (
            "tag=\"$1\"\necho 'built ${{ github.sha }}' > VERSION",
            "line 2 of the bash script of step `sh` holds a GitHub Actions expression, "
            "`${{ github.sha }}`, which Windmill never evaluates: bash passes it on as "
            f"text; {BASH_INPUT}",
        ),
        (
            'tag="$1"\naws s3 cp "s3://lake/{{ ds }}/orders.csv" .',
            "line 2 of the bash script of step `sh` holds an Airflow (Jinja) template, "
            "`{{ ds }}`, which Windmill never evaluates: bash passes it on as text; "
            f"{BASH_INPUT}",
        ),
        (
            'tag="$1"\npsql -c "select 1" # {{ params.table }} is a comment\n'
            "echo {{ params.table }}",
            "line 3 of the bash script of step `sh` holds an Airflow (Jinja) template, "
            "`{{ params.table }}`, which Windmill never evaluates: bash passes it on as text; "
            f"{BASH_INPUT}",
        ),
    ],
)
def test_bash_step_with_another_tools_expression(tmp_path: Path, code: str, message: str) -> None:
    flow = _bash_step(code)
    row = [i for i, line in enumerate(flow.splitlines(), 1) if "content:" in line][0]
    assert _run(tmp_path, flow) == [(row, "WAC506", "error", message)]


@pytest.mark.parametrize(
    "code",
    [
        'tag="$1"\n# was: gh release view ${{ inputs.tag }}\necho "$tag"',
        'tag="$1"\ncat > release.yml <<\'EOF\'\nrun: echo ${{ github.sha }}\nEOF\necho "$tag"',
        'tag="$1"\necho "Hi {{first_name}}" > template.txt',
        'tag="$1"\necho "${tag}"',
    ],
)
def test_bash_comments_heredocs_and_own_templates_are_left_alone(tmp_path: Path, code: str) -> None:
    assert _run(tmp_path, _bash_step(code)) == []


def _sql_step(language: str, code: str) -> str:
    body = "".join(f"          {line}\n" for line in code.splitlines())
    return (
        "summary: probe\nvalue:\n  modules:\n    - id: q\n      value:\n"
        f"        type: rawscript\n        language: {language}\n        content: |\n"
        + body
        + "        input_transforms:\n"
        "          database: {type: static, value: '$res:f/ang/warehouse'}\n"
    )


@pytest.mark.parametrize(
    ("language", "code", "shown"),
    [
        ("postgresql", "SELECT * FROM orders WHERE day = '{{ ds }}'", "{{ ds }}"),
        ("mysql", "-- the day\nSELECT * FROM t WHERE d = '{{ params.day }}';", "{{ params.day }}"),
        ("snowflake", "SELECT * FROM t WHERE run = '{{ dag_run.run_id }}'", "{{ dag_run.run_id }}"),
    ],
)
def test_query_with_another_tools_template(
    tmp_path: Path, language: str, code: str, shown: str
) -> None:
    row = len(code.splitlines())
    assert _run(tmp_path, _sql_step(language, code)) == [
        (
            8,
            "WAC506",
            "error",
            f"line {row} of the {language} query of step `q` holds an Airflow (Jinja) "
            f"template, `{shown}`, which Windmill never evaluates: the query gets it as text; "
            "declare the value as an argument of the query (`-- $1 name` and `$1` in "
            "PostgreSQL) and give it in `input_transforms`",
        )
    ]


@pytest.mark.parametrize(
    "code",
    [
        "-- was {{ ds }} in Airflow\nSELECT 1",
        "SELECT '{{first_name}}' AS greeting_template",
        "-- $1 day\nSELECT * FROM orders WHERE day = $1::date",
    ],
)
def test_query_comments_and_own_templates_are_left_alone(tmp_path: Path, code: str) -> None:
    flow = _sql_step("postgresql", code)
    if "$1" in code:
        flow += "          day: {type: static, value: '2024-01-01'}\n"
    assert _run(tmp_path, flow) == []
