"""Red team AA (blind flows, `tests/flows/repo/f/heldout_aa`): 24 whole flows as teams write
them (`wmill sync pull` folders with `'!inline ...'` Python and TypeScript scripts, the
scripts they call by path in `lib/`): module options set by hand (an exponential `retry`
whose `seconds` is a base, not a first delay; a `mock` without `enabled`), `skip_failure`
where Windmill does not read it (a `branchone` branch, `skip_failures` on a `branchall`),
results of steps allowed to fail read without a guard (a `skip_failure` branch's step, a
`continue_on_error` step as a loop's iterator), flow-level expressions (`skip_expr`, a
`timeout`) reading undeclared inputs, input schemas with Python type names, a resource
input typed as a string, a `required` input nothing reads, a bare npm import in a Deno step,
and `result` in the first step's `skip_if`. 12 with the one or two mistakes a hand edit
leaves, 12 correct. Every finding with its exact message and severity; the correct flows
have none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import file_findings, flow_file

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_aa"

# flows the analysis gets wrong today (strict xfails): remove an entry once it passes
GAPS: dict[str, str] = {}

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_invoice_retry_backoff__flow": [
        (
            52,
            "WAC500",
            "warning",
            (
                "exponential retries wait `multiplier * seconds^n` seconds, n counting every "
                "attempt so far: `seconds` is the base of the power, not the first delay, so "
                "these wait 60 s, 30 min, 15 h, 18.2 h, ... (Windmill computes them in 16-bit "
                "integers: past 65535 s the power saturates and the product with `multiplier` "
                "wraps around); use a base of 2 or 3 and set the first delay with `multiplier`"
            ),
        ),
    ],
    "m_lead_enrich_skip_failure__flow": [
        (
            51,
            "WAC503",
            "warning",
            (
                "`results.clearbit_lookup.company.industry`: step `clearbit_lookup` is in "
                "branch 1 of branchall `enrich`, which has `skip_failure: true`, and when it "
                "fails its result is its error (`{error: ...}`), which has no `company`, so "
                "reading `.industry` of it throws and this step fails as well; chain "
                "optionally (`results.clearbit_lookup.company?.industry`) or test "
                "`results.clearbit_lookup.error` first"
            ),
        ),
    ],
    "m_alert_route_branchone_skip__flow": [
        (
            20,
            "WAC500",
            "warning",
            (
                "`value.modules[1].value.branches[0].skip_failure` is not a key of a "
                "branchone's branch (only a branchall's branches have `skip_failure`): "
                "Windmill ignores it here"
            ),
        ),
    ],
    "m_signup_schema_python_types__flow": [
        (
            46,
            "WAC500",
            "warning",
            (
                "the `type` of `seats` in the flow's input schema is `int`, which is no JSON "
                "Schema type (`string`, `integer`, `number`, `boolean`, `array`, `object`, "
                "`null`): Windmill's form and the checks of the value do not know it, so the "
                "input is not typed as meant; write `integer`"
            ),
        ),
    ],
    "m_expense_required_unread__flow": [
        (
            66,
            "WAC504",
            "warning",
            (
                "`cost_center` is a required input of this flow, but no step, condition or "
                "setting reads `flow_input.cost_center`: every run must give it, and it goes "
                "nowhere; hand it to the step it was meant for, or drop it from `required`"
            ),
        ),
    ],
    "m_stripe_deno_bare_import__flow": [
        (
            18,
            "WAC500",
            "error",
            (
                "step `refund` has `language: deno`, but its code imports `stripe` by a bare "
                "name, which Deno resolves only through an import map or a package.json "
                "(Windmill gives a Deno step neither for packages): the step fails before "
                "`main` runs; write `npm:stripe`, or run the step with `language: bun`"
            ),
        ),
    ],
    "m_pages_continue_on_error_iterator__flow": [
        (
            25,
            "WAC503",
            "warning",
            (
                "`results.list_pages.pages`: step `list_pages` has `continue_on_error: true`, "
                "and when it fails its result is its error (`{error: ...}`), which has no "
                "`pages`, so the iterator is undefined: Windmill wants an array and the flow "
                "fails at this loop after all; fall back to an empty list "
                "(`results.list_pages.pages ?? []`)"
            ),
        ),
    ],
    "m_shipping_label_mock__flow": [
        (
            21,
            "WAC500",
            "warning",
            (
                "`value.modules[1].mock.enable` is not a key FlowModule reads (did you mean "
                "`enabled`?): Windmill ignores it"
            ),
        ),
    ],
    "m_kpi_fanout_skip_failures__flow": [
        (
            11,
            "WAC500",
            "warning",
            (
                "`value.modules[0].value.skip_failures` is not a key of a branchall step "
                "(only forloopflow and whileloopflow steps read it): Windmill ignores it "
                "here; each branch takes `skip_failure`"
            ),
        ),
    ],
    "m_crm_contact_skip_first__flow": [
        (
            7,
            "WAC509",
            "error",
            (
                "`result` in the first step of the flow is the flow's input: no step has run "
                "before it, and the flow's schema declares no `already_synced`, so "
                "`result.already_synced` is undefined there; read a declared input "
                "(`flow_input.<name>`), or test the step's own result in its `stop_after_if`"
            ),
        ),
    ],
    "m_nightly_skip_expr_typo__flow": [
        (
            4,
            "WAC504",
            "error",
            (
                "`flow_input.dryrun` is not an input of this flow (its schema declares "
                "`dry_run`, `marts`, `since`, `timeout_min`): nothing asks for it, so it is "
                "undefined unless a caller passes it anyway"
            ),
        ),
        (
            29,
            "WAC504",
            "error",
            (
                "`flow_input.timeout_minutes` is not an input of this flow (its schema "
                "declares `dry_run`, `marts`, `since`, `timeout_min`): nothing asks for it, "
                "so it is undefined unless a caller passes it anyway"
            ),
        ),
    ],
    "m_churn_export_resource_string__flow": [
        (
            13,
            "WAC506",
            "warning",
            (
                "`db` is an object, but `flow_input.db` is a string (the flow's schema "
                "declares input `db` as a string): Windmill passes the value as it is, "
                "without converting it; declare input `db` as an object in the flow's schema"
            ),
        ),
        (
            34,
            "WAC508",
            "warning",
            (
                "input `db` has `format: resource-postgresql` but `type: string`: declare "
                "resource inputs as `type: object` for Windmill's resource picker"
            ),
        ),
    ],
}


def _param(name: str) -> object:
    if name in GAPS:
        return pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=GAPS[name]))
    return name


@pytest.mark.parametrize("name", [_param(n) for n in sorted(EXPECTED)])
def test_messages(name: str) -> None:
    got = file_findings(flow_file(ROOT / name))
    want = EXPECTED[name]
    # a gap's message is pinned once it is fixed; until then line, code and severity
    assert len(got) == len(want)
    assert [(r, c, s, m if w[3] else "") for (r, c, s, m), w in zip(got, want, strict=True)] == want


def test_every_mistake_flow_is_pinned() -> None:
    assert {f.name for f in ROOT.iterdir() if f.name.startswith("m_")} == set(EXPECTED)


def test_every_marker_is_pinned() -> None:
    # the `# expect: WACxxx` markers in flow.yaml are the findings pinned above
    for name, want in EXPECTED.items():
        lines = flow_file(ROOT / name).read_text().splitlines()
        marked = [
            (i, code.strip())
            for i, line in enumerate(lines, 1)
            if "# expect:" in line
            for code in line.split("# expect:")[1].split(",")
        ]
        assert set(marked) <= {(r, c) for r, c, _, _ in want}, name


@pytest.mark.parametrize(
    "name", [_param(f.name) for f in sorted(ROOT.iterdir()) if f.name.startswith("ok_")]
)
def test_correct_flows_have_no_finding(name: str) -> None:
    assert file_findings(flow_file(ROOT / name)) == []


def test_the_scripts_called_by_path_have_no_finding() -> None:
    for script in sorted((ROOT / "lib").glob("*.py")):
        assert file_findings(script) == [], script.name


def test_half_the_flows_are_correct() -> None:
    assert len([f for f in ROOT.iterdir() if f.name.startswith("ok_")]) == 12


def _findings(tmp_path: Path, text: str) -> list[tuple[int, str, str]]:
    folder = tmp_path / "f" / "aa" / "probe.flow"
    folder.mkdir(parents=True)
    (folder / "flow.yaml").write_text(text)
    return [(r, c, s) for r, c, s, _ in file_findings(folder / "flow.yaml")]


BRANCH_KEY_FLOW = """\
summary: s
value:
  modules:
    - id: route
      value:
        type: {kind}
        {option}
        branches:
          - {branch_key}
            modules:
              - id: a
                value: {{type: identity}}
{default}"""


@pytest.mark.parametrize(
    ("kind", "option", "branch_key", "expected"),
    [
        # a key of the other kind of branch, or of another step type: ignored
        (
            "branchone",
            "",
            "skip_failure: true\n            expr: 'true'",
            [(9, "WAC500", "warning")],
        ),
        # a condition on a branchall's branch is never evaluated (`'true'` changes nothing)
        ("branchall", "", "expr: flow_input.ok", [(9, "WAC500", "warning")]),
        ("branchall", "", "expr: 'true'", []),
        # the flow editor writes `parallel` and `skip_failure` on every branch
        (
            "branchone",
            "",
            "expr: 'true'\n            parallel: true\n            skip_failure: true",
            [],
        ),
        ("branchall", "skip_failures: true", "skip_failure: false", [(7, "WAC500", "warning")]),
        ("branchone", "parallel: true", "expr: 'true'", [(7, "WAC500", "warning")]),
        # where each part reads them
        ("branchone", "", "expr: 'true'", []),
        ("branchall", "parallel: true", "skip_failure: true", []),
        ("branchall", "", "summary: left", []),
    ],
)
def test_a_key_of_another_kind_of_branch_or_step(
    tmp_path: Path, kind: str, option: str, branch_key: str, expected: list[object]
) -> None:
    default = "        default: []\n" if kind == "branchone" else ""
    text = BRANCH_KEY_FLOW.format(kind=kind, option=option, branch_key=branch_key, default=default)
    assert _findings(tmp_path, text) == expected


MODULE_KEY_FLOW = """\
summary: s
value:
  modules:
    - id: fetch
      {module_key}
      value:
        type: rawscript
        language: bun
        content: "export function main() {{ return 1 }}"
        input_transforms: {{}}
        {value_key}
"""


@pytest.mark.parametrize(
    ("module_key", "value_key", "expected"),
    [
        # a module's setting under `value`, a value's beside it
        ("summary: f", "stop_after_if: {expr: 'result > 0'}", [(11, "WAC500", "warning")]),
        ("summary: f", "retry: {constant: {attempts: 2, seconds: 5}}", [(11, "WAC500", "warning")]),
        ("parallel: true", "tag: x", [(5, "WAC500", "warning")]),
        ("summary: f", "iterator: {type: javascript, expr: '[1]'}", [(11, "WAC500", "warning")]),
        # in their place
        ("stop_after_if: {expr: 'result > 0'}", "tag: x", []),
        ("continue_on_error: true", "lock: ''", []),
    ],
)
def test_a_key_of_the_module_under_value_and_back(
    tmp_path: Path, module_key: str, value_key: str, expected: list[object]
) -> None:
    text = MODULE_KEY_FLOW.format(module_key=module_key, value_key=value_key)
    assert _findings(tmp_path, text) == expected


SCHEMA_TYPE_FLOW = """\
summary: s
schema:
  type: object
  properties:
    limit:
      type: {kind}
value:
  modules: []
"""


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        # Python / TypeScript names, and a near miss
        ("int", [(6, "WAC500", "warning")]),
        ("dict", [(6, "WAC500", "warning")]),
        ("intger", [(6, "WAC500", "warning")]),
        ("[str, 'null']", [(6, "WAC500", "warning")]),
        # JSON Schema's own
        ("integer", []),
        ("[string, 'null']", []),
        ("object", []),
    ],
)
def test_a_schema_type_json_schema_lacks(tmp_path: Path, kind: str, expected: list[object]) -> None:
    assert _findings(tmp_path, SCHEMA_TYPE_FLOW.format(kind=kind)) == expected


RETRY_FLOW = """\
summary: s
value:
  modules:
    - id: post
      value: {{type: identity}}
      retry:
        constant: {{attempts: {constant}, seconds: 0}}
        exponential:
          attempts: {attempts}
          multiplier: {multiplier}
          seconds: {seconds}
"""


@pytest.mark.parametrize(
    ("constant", "attempts", "multiplier", "seconds", "expected"),
    [
        # `seconds` is the base of `multiplier * seconds^n`
        (0, 3, 2, 30, [(11, "WAC500", "warning")]),
        (0, 3, 1, 60, [(11, "WAC500", "warning")]),
        # n counts the constant attempts before: 2 * 5^4 .. 2 * 5^6
        (3, 3, 2, 5, [(11, "WAC500", "warning")]),
        (0, 3, 2, 5, []),
        # a small base, the first delay in the multiplier
        (0, 5, 15, 2, []),
        (0, 4, 10, 3, []),
        # retries off, or no growth
        (2, 0, 1, 30, []),
        (0, 5, 30, 1, []),
    ],
)
def test_an_exponential_retry_growing_past_an_hour(
    tmp_path: Path, constant: int, attempts: int, multiplier: int, seconds: int, expected: object
) -> None:
    text = RETRY_FLOW.format(
        constant=constant, attempts=attempts, multiplier=multiplier, seconds=seconds
    )
    assert _findings(tmp_path, text) == expected


SKIP_BRANCH_FLOW = """\
summary: s
value:
  modules:
    - id: fan
      value:
        type: branchall
        parallel: true
        branches:
          - skip_failure: {skip}
            modules:
              - id: lookup
                value:
                  type: rawscript
                  language: bun
                  content: "export function main() {{ return {{ company: {{ name: 'x' }} }} }}"
                  input_transforms: {{}}
              - id: inner
                value:
                  type: rawscript
                  language: bun
                  content: "export function main(x: string) {{ return x }}"
                  input_transforms:
                    x: {{type: javascript, expr: "{inner}"}}
    - id: after
      value:
        type: rawscript
        language: bun
        content: "export function main(x: string) {{ return x }}"
        input_transforms:
          x: {{type: javascript, expr: "{after}"}}
"""


@pytest.mark.parametrize(
    ("skip", "inner", "after", "expected"),
    [
        # read after the branchall: the failed step's result is its error
        ("true", "'a'", "results.lookup.company.name", [(30, "WAC503", "warning")]),
        ("true", "'a'", "results.lookup.company?.name", []),
        ("true", "'a'", "results.lookup.error ? null : results.lookup.company.name", []),
        # inside the branch, a failure stops the branch first
        ("true", "results.lookup.company.name", "'a'", []),
        # a branch whose failure fails the flow
        ("false", "'a'", "results.lookup.company.name", []),
    ],
)
def test_a_field_of_a_step_in_a_skip_failure_branch(
    tmp_path: Path, skip: str, inner: str, after: str, expected: list[object]
) -> None:
    text = SKIP_BRANCH_FLOW.format(skip=skip, inner=inner, after=after)
    assert _findings(tmp_path, text) == expected


ITERATOR_FLOW = """\
summary: s
value:
  modules:
    - id: list
      continue_on_error: {keep_going}
      value:
        type: rawscript
        language: bun
        content: "export function main() {{ return {{ items: [1, 2] }} }}"
        input_transforms: {{}}
    - id: each
      value:
        type: forloopflow
        iterator: {{type: javascript, expr: '{iterator}'}}
        skip_failures: false
        modules:
          - id: one
            value: {{type: identity}}
"""


@pytest.mark.parametrize(
    ("keep_going", "iterator", "expected"),
    [
        # a failed step's error is no list
        ("true", "results.list.items", [(14, "WAC503", "warning")]),
        ("true", "results.list.items ?? []", []),
        ("true", "results.list.error ? [] : results.list.items", []),
        ("false", "results.list.items", []),
    ],
)
def test_a_continue_on_error_step_as_an_iterator(
    tmp_path: Path, keep_going: str, iterator: str, expected: list[object]
) -> None:
    text = ITERATOR_FLOW.format(keep_going=keep_going, iterator=iterator)
    assert _findings(tmp_path, text) == expected


FIRST_STEP_FLOW = """\
summary: s
schema:
  type: object
  properties:
    email: {{type: string}}
value:
  modules:
    - id: first
      skip_if: {{expr: "{skip}"}}
      value:
        type: rawscript
        language: bun
        content: "export function main(x: string) {{ return {{ done: true }} }}"
        input_transforms:
          x: {{type: javascript, expr: "{given}"}}
    - id: second
      skip_if: {{expr: "result.done"}}
      value: {{type: identity}}
"""


@pytest.mark.parametrize(
    ("skip", "given", "expected"),
    [
        # the first step's last result is the flow's input
        ("result.synced === true", "flow_input.email", [(9, "WAC509", "error")]),
        ("false", "previous_result.user_id", [(15, "WAC509", "error")]),
        # a declared input read that way, and the second step's `result`
        ("result.email === ''", "previous_result.email", []),
        ("!flow_input.email", "flow_input.email", []),
    ],
)
def test_result_in_the_flow_first_step(
    tmp_path: Path, skip: str, given: str, expected: list[object]
) -> None:
    text = FIRST_STEP_FLOW.format(skip=skip, given=given)
    assert _findings(tmp_path, text) == expected


DENO_FLOW = """\
summary: s
value:
  modules:
    - id: call
      value:
        type: rawscript
        language: {language}
        content: |
          {line}
          export async function main() {{ return 1 }}
        input_transforms: {{}}
"""


@pytest.mark.parametrize(
    ("language", "line", "expected"),
    [
        # a bare package name: Deno has no import map for it
        ("deno", 'import Stripe from "stripe";', [(7, "WAC500", "error")]),
        ("deno", "import { z } from 'zod'", [(7, "WAC500", "error")]),
        ("deno", 'import { S3Client } from "@aws-sdk/client-s3";', [(7, "WAC500", "error")]),
        # what Deno resolves, and Bun, which takes bare names
        ("deno", 'import Stripe from "npm:stripe@14";', []),
        ("deno", 'import { z } from "https://deno.land/x/zod/mod.ts";', []),
        ("deno", 'import { helper } from "/f/shared/helper.ts";', []),
        ("deno", 'import * as path from "node:path";', []),
        ("bun", 'import Stripe from "stripe";', []),
    ],
)
def test_a_bare_import_in_a_deno_step(
    tmp_path: Path, language: str, line: str, expected: list[object]
) -> None:
    assert _findings(tmp_path, DENO_FLOW.format(language=language, line=line)) == expected


REQUIRED_FLOW = """\
summary: s
schema:
  type: object
  properties:
    region: {{type: string}}
    owner: {{type: string}}
  required: [region, owner]
value:
  modules:
{first}
    - id: deploy
      value:
        type: rawscript
        language: bun
        content: "export function main(r: string) {{ return r }}"
        input_transforms:
          r: {{type: javascript, expr: "{expr}"}}
"""
_NOTIFY = """\
    - id: notify
      value:
        type: rawscript
        language: bun
        content: "export function main(o: string) {{ return o }}"
        input_transforms:
          o: {{type: javascript, expr: "{given}"}}"""


@pytest.mark.parametrize(
    ("given", "expr", "expected"),
    [
        # `owner` goes nowhere
        ("flow_input.region", "flow_input.region", [(7, "WAC504", "warning")]),
        # read somewhere, or handed on whole / by a computed key
        ("flow_input.owner", "flow_input.region", []),
        ("JSON.stringify(flow_input)", "flow_input.region", []),
        ("flow_input['ow' + 'ner']", "flow_input.region", []),
        ("previous_result.region", "flow_input.region", []),
        # a read of an undeclared input is WAC504's own finding (a misspelling)
        ("flow_input.ownr", "flow_input.region", [(16, "WAC504", "error")]),
    ],
)
def test_a_required_input_nothing_reads(
    tmp_path: Path, given: str, expr: str, expected: list[object]
) -> None:
    text = REQUIRED_FLOW.format(first=_NOTIFY.format(given=given), expr=expr)
    assert _findings(tmp_path, text) == expected


def test_a_required_input_of_a_flow_starting_with_an_identity_step(tmp_path: Path) -> None:
    first = "    - id: start\n      value: {type: identity}"
    text = REQUIRED_FLOW.format(first=first, expr="flow_input.region")
    assert _findings(tmp_path, text) == []
