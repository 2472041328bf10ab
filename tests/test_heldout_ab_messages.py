"""Red team AB (blind flows, `tests/flows/repo/f/heldout_ab`): 31 whole flows as teams write
them (`wmill sync pull` folders with `'!inline ...'` scripts, a script and a subflow called by
path in `lib/`): loop iterators reading a later step or a step of the loop itself, a
`parallelism` without `parallel` or reading a string input, a `skip_failures` loop's result
iterated as if every iteration succeeded, nested loops reading the outer item, approvals
(`resumes` fields, `resume` inside a loop body, `continue_on_disapprove_timeout` guarded),
concurrency and debounce keys, subflow and script-by-path inputs (a renamed parameter, a value
outside the callee's enum), static values of the wrong type, JavaScript transforms (`??` mixed
with `||`, an arrow whose body is a block, lodash), module ids (a hyphen, a duplicate at
another depth, reserved words). 18 with the one or two mistakes a hand edit leaves, 13
correct. Every finding with its exact message and severity; the correct flows have none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import file_findings, flow_file

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_ab"

# flows the analysis gets wrong today (strict xfails): remove an entry once it passes
GAPS: dict[str, str] = {}

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_archive_batches_iterator_inner__flow": [
        (
            27,
            "WAC503",
            "error",
            (
                "`results.list_batch` is inside this step (`archive_batches`), which has not run "
                "it yet"
            ),
        ),
        (
            50,
            "WAC503",
            "error",
            (
                "`results.archive_batches`: `archive_batches` encloses this step, and its result "
                "exists only once it has finished"
            ),
        ),
    ],
    "m_billing_sync_outer_item__flow": [
        (
            48,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.email`: loop `per_invoice` iterates over "
                "`flow_input.iter.value.invoices` of each item of "
                "`results.customers_with_invoices`, and in every `return` of step "
                "`customers_with_invoices`'s `main` the `invoices` of each item is a list of "
                "objects with `amount_due`, `currency`, `number` and no `email`, so it is "
                "undefined; inside loop `per_invoice`, `flow_input.iter` is its own item, "
                "and the item of the outer loop `per_customer` (which has `email`) is out of "
                "reach: carry it into the items in `per_invoice`'s iterator (`.map((x) => ({ "
                "...x, email: flow_input.iter.value.email }))`)"
            ),
        ),
    ],
    "m_catalog_restock_arrow_block__flow": [
        (
            33,
            "WAC507",
            "error",
            (
                "the body of `(p) => { sku: p.sku }` is not an object literal: JavaScript reads "
                "the braces as a block and the property name as a label, so the function returns "
                "undefined instead of the object; wrap the object in parentheses: `(p) => ({ sku: "
                "p.sku })`"
            ),
        ),
    ],
    "m_churn_alert_static_types__flow": [
        (21, "WAC506", "warning", "`threshold` is a number, but the static value is a string"),
        (33, "WAC506", "warning", "`cc` is an array, but the static value is a string"),
    ],
    "m_crm_reply_to_nullish_mix__flow": [
        (
            53,
            "WAC507",
            "error",
            (
                "the input transform expression does not parse as JavaScript: `??` cannot be "
                "combined with `||` without parentheses (a SyntaxError in JavaScript, whatever "
                "the values); parenthesise the part meant to go first; the step fails when "
                "Windmill evaluates it"
            ),
        ),
    ],
    "m_etl_iterator_later_step__flow": [
        (26, "WAC503", "error", "`results.split_days`: step `split_days` runs after this one"),
    ],
    "m_finance_export_format_enum__flow": [
        (
            29,
            "WAC506",
            "warning",
            "`xlsx` is not one of the values `file_format` accepts (csv, parquet)",
        ),
        (
            49,
            "WAC506",
            "warning",
            "`html` is not one of the values `format` accepts (markdown, plain)",
        ),
    ],
    "m_image_thumbs_parallelism__flow": [
        (
            31,
            "WAC500",
            "warning",
            (
                "`parallelism` caps the iterations run at once only when the loop has `parallel: "
                "true`; this loop runs its iterations one at a time, so the setting does nothing"
            ),
        ),
        (
            54,
            "WAC506",
            "error",
            (
                "`parallelism` is a number of iterations run at once, but "
                "`flow_input.max_parallel` is a string (the flow's schema declares input "
                "`max_parallel` as a string), which Windmill does not convert: Windmill cannot "
                "read it and the flow fails at this loop; type the input as an integer"
            ),
        ),
    ],
    "m_incident_page_duplicate_nested_id__flow": [
        (
            41,
            "WAC501",
            "error",
            (
                "module id `notify` is already used on line 31: `results.notify` can name only "
                "one step"
            ),
        ),
    ],
    "m_kpi_digest_cadence_case__flow": [
        (
            30,
            "WAC506",
            "warning",
            "`Weekly` is not one of the values `cadence` accepts (daily, weekly, monthly)",
        ),
    ],
    "m_lead_enrich_failed_iterations__flow": [
        (
            50,
            "WAC503",
            "warning",
            (
                "`results.enrich_each`: loop `enrich_each` has `skip_failures: true`, and the "
                "entry of a failed iteration is its error (`{error: ...}`), which this loop "
                "iterates too: `flow_input.iter.value.email` (step `pipedrive`) is undefined for "
                "it; drop the failed entries first (`results.enrich_each.filter((r) => "
                "!r?.error)`)"
            ),
        ),
    ],
    "m_newsletter_lodash_transform__flow": [
        (
            30,
            "WAC509",
            "error",
            (
                "`_` is not defined in a flow expression: evaluating it throws a ReferenceError "
                "and the step fails"
            ),
        ),
    ],
    "m_orders_hyphen_step_id__flow": [
        (
            16,
            "WAC502",
            "warning",
            (
                "`fetch-orders` is not a JavaScript identifier, so `results.fetch-orders` does "
                "not read this step's result; use letters, digits and underscores"
            ),
        ),
        (
            40,
            "WAC503",
            "error",
            (
                "`results.fetch-orders` is `results.fetch` minus `orders` in JavaScript, and no "
                'step is called `fetch`; read step `fetch-orders` as `results["fetch-orders"]`'
            ),
        ),
        (
            40,
            "WAC509",
            "error",
            (
                "`orders` is not defined in a flow expression: evaluating it throws a "
                "ReferenceError and the step fails"
            ),
        ),
    ],
    "m_payout_path_inputs_renamed__flow": [
        (
            38,
            "WAC506",
            "error",
            (
                "`main` of upsert_invoice.py takes `amount_cents` (no default), but "
                "`input_transforms` gives it no value"
            ),
        ),
        (
            45,
            "WAC506",
            "warning",
            "`amount` is not a parameter of `main` of upsert_invoice.py: the value goes nowhere",
        ),
    ],
    "m_refund_batch_resume_in_loop__flow": [
        (
            68,
            "WAC509",
            "error",
            (
                "`resume` is the answer to an approval only in the step right after an approval "
                "(`suspend`) step; after `refund` it is null, so reading a field of it throws and "
                "the step fails"
            ),
        ),
    ],
    "m_repo_push_debounce_no_delay__flow": [
        (
            17,
            "WAC500",
            "warning",
            (
                "`debounce_key`, `debounce_args_to_accumulate` and `max_total_debouncing_time` "
                "take effect only with `debounce_delay_s`: Windmill debounces this flow's runs "
                "only when a delay is set, and a job without one runs at once, so the setting "
                "does nothing; add `debounce_delay_s`"
            ),
        ),
    ],
    "m_tenant_sync_concurrency_template__flow": [
        (
            20,
            "WAC504",
            "error",
            (
                "`${flow_input.tenant_id}` in `concurrency_key` is kept as written: Windmill "
                "evaluates no expression in a key, it replaces only `$args[<input>]` (and "
                "`$workspace`) with the run's values, so every run gets the same key and they all "
                "share one concurrency limit; write `$args[tenant_id]`"
            ),
        ),
    ],
    "m_vendor_onboarding_resumes_field__flow": [
        (
            72,
            "WAC509",
            "error",
            (
                "`.note` of an entry of `resumes` is not a field of the approval form of "
                "`request_signoff` (its `resume_form` declares `decision`, `comment`): each entry "
                "is one approver's answer, which the approval page posts with only those fields, "
                "so it is undefined unless the approver's call passes it anyway"
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
    "name", [f.name for f in sorted(ROOT.iterdir()) if f.name.startswith("ok_")]
)
def test_correct_flows_have_no_finding(name: str) -> None:
    assert file_findings(flow_file(ROOT / name)) == []


def test_the_scripts_and_the_subflow_called_by_path_have_no_finding() -> None:
    lib = ROOT / "lib"
    for script in sorted([*lib.glob("*.py"), *lib.glob("*.ts")]):
        assert file_findings(script) == [], script.name
    assert file_findings(flow_file(lib / "send_digest__flow")) == []


def test_the_correct_flows_are_thirteen() -> None:
    assert len([f for f in ROOT.iterdir() if f.name.startswith("ok_")]) == 13


def _findings(tmp_path: Path, text: str) -> list[tuple[int, str, str]]:
    folder = tmp_path / "f" / "ab" / "probe.flow"
    folder.mkdir(parents=True)
    (folder / "flow.yaml").write_text(text)
    return [(r, c, s) for r, c, s, _ in file_findings(folder / "flow.yaml")]


EXPR_FLOW = """\
summary: s
value:
  modules:
    - id: fetch
      value: {{type: identity}}
    - id: use
      value:
        type: rawscript
        language: bun
        content: "export function main(v: any) {{ return v }}"
        input_transforms:
          v:
            type: javascript
            expr: {expr}
"""


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        # `??` and `||` / `&&` as direct operands of one another: a SyntaxError
        ("\"results.fetch.a ?? flow_input.b || 'x'\"", [(14, "WAC507", "error")]),
        ('"results.fetch.a || flow_input.b ?? 1"', [(14, "WAC507", "error")]),
        ('"flow_input.a && flow_input.b ?? null"', [(14, "WAC507", "error")]),
        ("\"x => x ?? flow_input.b || 'x'\"", [(14, "WAC507", "error")]),
        # parenthesised, either way, or ?? alone
        ("\"(results.fetch.a ?? flow_input.b) || 'x'\"", []),
        ("\"results.fetch.a ?? (flow_input.b || 'x')\"", []),
        ('"results.fetch.a ?? flow_input.b ?? null"', []),
        ('"flow_input.a ? flow_input.b ?? 1 : 2"', []),
        # an arrow's body in braces is a block: a label and undefined, or no parse
        ("'results.fetch.map((p) => { sku: p.sku })'", [(14, "WAC507", "error")]),
        ("'results.fetch.map((p) => { sku: p.sku, qty: 1 })'", [(14, "WAC507", "error")]),
        ("'results.fetch.map((p) => { ...p })'", [(14, "WAC507", "error")]),
        # the object wrapped in parentheses, a block with a return, an empty body
        ("'results.fetch.map((p) => ({ sku: p.sku }))'", []),
        ("'return results.fetch.map((p) => { return { sku: p.sku } })'", []),
        # (`.forEach` gives undefined: the value of the transform is lost, a finding of its own)
        ("'results.fetch.forEach(() => {})'", [(14, "WAC507", "error")]),
    ],
)
def test_expressions_javascript_refuses(tmp_path: Path, expr: str, expected: list[object]) -> None:
    assert _findings(tmp_path, EXPR_FLOW.format(expr=expr)) == expected


KEY_FLOW = """\
summary: s
schema:
  type: object
  properties:
    tenant: {{type: string}}
    commits: {{type: array, items: {{type: string}}}}
value:
  {settings}
  modules:
    - id: use
      value:
        type: rawscript
        language: bun
        content: "export function main(t: string, c: string[]) {{ return t }}"
        input_transforms:
          t: {{type: javascript, expr: flow_input.tenant}}
          c: {{type: javascript, expr: flow_input.commits}}
"""


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        # an expression or template in a key stays as written
        (
            "concurrent_limit: 1\n  concurrency_key: 'sync-${flow_input.tenant}'",
            [(9, "WAC504", "error")],
        ),
        ("concurrent_limit: 1\n  concurrency_key: 'sync-{{tenant}}'", [(9, "WAC504", "error")]),
        ("debounce_delay_s: 5\n  debounce_key: sync-flow_input.tenant", [(9, "WAC504", "error")]),
        ("concurrent_limit: 1\n  concurrency_key: sync-$args[tenant]", []),
        ("concurrent_limit: 1\n  concurrency_key: $workspace-sync", []),
        # debouncing needs a delay
        ("debounce_key: sync-$args[tenant]", [(8, "WAC500", "warning")]),
        ("debounce_args_to_accumulate: [commits]", [(8, "WAC500", "warning")]),
        ("max_total_debounces_amount: 5", [(8, "WAC500", "warning")]),
        ("debounce_delay_s: 0\n  debounce_key: sync-$args[tenant]", [(9, "WAC500", "warning")]),
        ("debounce_delay_s: 30\n  debounce_key: sync-$args[tenant]", []),
        ("debounce_key: ''\n  debounce_args_to_accumulate: []", []),
    ],
)
def test_job_keys_and_debouncing(tmp_path: Path, settings: str, expected: list[object]) -> None:
    assert _findings(tmp_path, KEY_FLOW.format(settings=settings)) == expected


STEP_KEY_FLOW = """\
summary: s
value:
  modules:
    - id: use
      value:
        type: rawscript
        language: bun
        content: "export function main(region: string) {{ return region }}"
        concurrent_limit: 2
        custom_concurrency_key: {key}
        input_transforms:
          region: {{type: static, value: eu}}
"""


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("'bulk-${region}'", [(10, "WAC506", "error")]),
        ("bulk-$args[region]", []),
    ],
)
def test_a_step_concurrency_key_template(tmp_path: Path, key: str, expected: object) -> None:
    assert _findings(tmp_path, STEP_KEY_FLOW.format(key=key)) == expected


RESUMES_FLOW = """\
summary: s
value:
  modules:
    - id: ask
      value: {{type: identity}}
      suspend:
        required_events: 2
        resume_form:
          schema:
            type: object
            properties:
              decision: {{type: string}}
              comment: {{type: string}}
    - id: use
      value:
        type: rawscript
        language: bun
        content: "export function main(v: any) {{ return v }}"
        input_transforms:
          v: {{type: javascript, expr: '{expr}'}}
"""


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("resumes.map((r) => r.note)", [(20, "WAC509", "error")]),
        ("resumes[1].reason", [(20, "WAC509", "error")]),
        ("resumes.map((r) => r.comment)", []),
        ("resumes.every((r) => r.decision === `pay`)", []),
        ("resumes.map((r) => r.note ?? ``)", []),
        ("resumes.length", []),
    ],
)
def test_a_field_of_the_resumes_entries(tmp_path: Path, expr: str, expected: object) -> None:
    assert _findings(tmp_path, RESUMES_FLOW.format(expr=expr)) == expected


FAILED_ITERATIONS_FLOW = """\
summary: s
value:
  modules:
    - id: each
      value:
        type: forloopflow
        iterator: {{type: javascript, expr: '[1, 2]'}}
        skip_failures: {skip}
        modules:
          - id: lookup
            value: {{type: identity}}
    - id: push_each
      value:
        type: forloopflow
        iterator: {{type: javascript, expr: '{iterator}'}}
        skip_failures: false
        modules:
          - id: push
            value:
              type: rawscript
              language: bun
              content: "export function main(email: string) {{ return email }}"
              input_transforms:
                email: {{type: javascript, expr: '{read}'}}
"""


@pytest.mark.parametrize(
    ("skip", "iterator", "read", "expected"),
    [
        # a failed iteration's entry is its error, which the next loop iterates too
        ("true", "results.each", "flow_input.iter.value.email", [(15, "WAC503", "warning")]),
        # the failed entries dropped, looked at, or none
        ("true", "results.each.filter((r) => !r?.error)", "flow_input.iter.value.email", []),
        ("true", "results.each", "flow_input.iter.value.email ?? null", []),
        (
            "true",
            "results.each",
            "flow_input.iter.value.error ? null : flow_input.iter.value.email",
            [],
        ),
        ("true", "results.each", "flow_input.iter.value", []),
        ("false", "results.each", "flow_input.iter.value.email", []),
    ],
)
def test_a_skip_failures_loop_result_iterated(
    tmp_path: Path, skip: str, iterator: str, read: str, expected: object
) -> None:
    text = FAILED_ITERATIONS_FLOW.format(skip=skip, iterator=iterator, read=read)
    assert _findings(tmp_path, text) == expected


OPTION_READ_FLOW = """\
summary: s
schema:
  type: object
  properties:
    workers: {{type: {kind}{default}}}
value:
  modules:
    - id: each
      value:
        type: forloopflow
        iterator: {{type: javascript, expr: '[1, 2]'}}
        skip_failures: false
        parallel: true
        parallelism: {{type: javascript, expr: flow_input.workers}}
        modules:
          - id: work
            value: {{type: identity}}
      timeout: {{type: javascript, expr: flow_input.workers}}
"""


@pytest.mark.parametrize(
    ("kind", "default", "expected"),
    [
        # the evaluated value is parsed as the option's number: a string is not one
        ("string", ", default: '4'", [(14, "WAC506", "error"), (18, "WAC506", "error")]),
        ("array", "", [(14, "WAC506", "error"), (18, "WAC506", "error")]),
        ("integer", ", default: 4", []),
        ("number", "", []),
        # the schema contradicts itself (WAC500's finding): the option is not judged
        ("string", ", default: 4", [(5, "WAC500", "warning")]),
    ],
)
def test_an_option_reading_an_input_of_another_type(
    tmp_path: Path, kind: str, default: str, expected: object
) -> None:
    assert _findings(tmp_path, OPTION_READ_FLOW.format(kind=kind, default=default)) == expected


HYPHEN_FLOW = """\
summary: s
value:
  modules:
    - id: {step}
      value: {{type: identity}}
    - id: use
      value:
        type: rawscript
        language: bun
        content: "export function main(v: any) {{ return v }}"
        input_transforms:
          v: {{type: javascript, expr: '{expr}'}}
"""


@pytest.mark.parametrize(
    ("step", "expr", "said"),
    [
        # the subtraction JavaScript reads, and the step meant
        (
            "fetch-orders",
            "results.fetch-orders.length",
            'step `fetch-orders` as `results["fetch-orders"]`',
        ),
        (
            "load-eu-rows",
            "results.load-eu-rows",
            'step `load-eu-rows` as `results["load-eu-rows"]`',
        ),
        # no hyphenated step: the usual message
        ("fetch_orders", "results.fetch-orders.length", "names no step of this flow"),
    ],
)
def test_a_hyphenated_id_read_with_a_dot(tmp_path: Path, step: str, expr: str, said: str) -> None:
    folder = tmp_path / "f" / "ab" / "probe.flow"
    folder.mkdir(parents=True)
    (folder / "flow.yaml").write_text(HYPHEN_FLOW.format(step=step, expr=expr))
    messages = [m for _, c, _, m in file_findings(folder / "flow.yaml") if c == "WAC503"]
    assert len(messages) == 1 and said in messages[0]


RESUMES_ENUM_FLOW = """\
summary: s
value:
  modules:
    - id: ask
      value: {{type: identity}}
      suspend:
        required_events: 2
        resume_form:
          schema:
            type: object
            properties:
              decision: {{type: string, enum: [approve, reject]}}
    - id: use
      value:
        type: rawscript
        language: bun
        content: "export function main(v: any) {{ return v }}"
        input_transforms:
          v: {{type: javascript, expr: "{expr}"}}
"""


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        # a value the form's enum does not offer: the comparison is constant
        ("resumes.every((r) => r.decision === 'aprove')", [(19, "WAC509", "warning")]),
        ("resumes.some((r) => 'Reject' == r.decision)", [(19, "WAC509", "warning")]),
        ("resumes.filter((r) => r.decision !== 'approved').length", [(19, "WAC509", "warning")]),
        # a listed value
        ("resumes.every((r) => r.decision === 'approve')", []),
        ("resumes[0].decision === 'reject'", []),
    ],
)
def test_a_resumes_entry_compared_with_a_value_the_form_lacks(
    tmp_path: Path, expr: str, expected: object
) -> None:
    assert _findings(tmp_path, RESUMES_ENUM_FLOW.format(expr=expr)) == expected


LIST_ITEMS_FLOW = """\
summary: s
value:
  modules:
    - id: use
      value:
        type: rawscript
        language: {language}
        content: "{code}"
        input_transforms:
          ids: {{type: static, value: {value}}}
"""

_PY_LIST = "def main(ids: {typ}):\\n    return ids\\n"
_TS_LIST = "export function main(ids: {typ}) {{ return ids }}"


@pytest.mark.parametrize(
    ("language", "code", "value", "expected"),
    [
        # an item of another type than the list's: main receives it as it is
        (
            "python3",
            _PY_LIST.format(typ="list[int]"),
            "['101', '102']",
            [(10, "WAC506", "warning")],
        ),
        ("python3", _PY_LIST.format(typ="list[bool]"), "[true, 'no']", [(10, "WAC506", "warning")]),
        ("bun", _TS_LIST.format(typ="number[]"), "['1', 2]", [(10, "WAC506", "warning")]),
        # items of the list's type (integers are numbers, a whole float an integer)
        ("python3", _PY_LIST.format(typ="list[int]"), "[101, 102.0]", []),
        ("python3", _PY_LIST.format(typ="list[float]"), "[1, 0.5]", []),
        # strings are not judged: Windmill reads a bare `list` as a list of strings
        ("python3", _PY_LIST.format(typ="list"), "[1, a]", []),
        ("python3", _PY_LIST.format(typ="list[str]"), "[1, a]", []),
    ],
)
def test_a_static_list_item_of_another_type(
    tmp_path: Path, language: str, code: str, value: str, expected: object
) -> None:
    text = LIST_ITEMS_FLOW.format(language=language, code=code, value=value)
    assert _findings(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        # a block body without `return`: every element gives undefined
        ("'results.fetch.map((r) => { r.id })'", [(14, "WAC507", "error")]),
        ("'results.fetch.filter((r) => { r.active })'", [(14, "WAC507", "error")]),
        ("'results.fetch.reduce((acc, r) => { acc[r.id] = r }, {})'", [(14, "WAC507", "error")]),
        # a return of its own (also a conditional one), a throw, forEach, an empty body
        ("'return results.fetch.map((r) => { return r.id })'", []),
        ("'return results.fetch.map((r) => { if (r) { return 1 } })'", []),
        ("'results.fetch.map((r) => { throw new Error(r) })'", []),
        # (no returnless-callback finding; `.forEach`'s own value is undefined, a finding)
        ("'results.fetch.forEach((r) => { r.id })'", [(14, "WAC507", "error")]),
        ("'results.fetch.map((r) => r.id)'", []),
    ],
)
def test_a_callback_that_returns_nothing(tmp_path: Path, expr: str, expected: object) -> None:
    assert _findings(tmp_path, EXPR_FLOW.format(expr=expr)) == expected


INDEXED_ENTRY_FLOW = """\
summary: s
value:
  modules:
    - id: each
      value:
        type: forloopflow
        iterator: {{type: javascript, expr: '[1, 2]'}}
        skip_failures: {skip}
        modules:
          - id: calc
            value: {{type: identity}}
    - id: use
      value:
        type: rawscript
        language: bun
        content: "export function main(v: any) {{ return v }}"
        input_transforms:
          v: {{type: javascript, expr: '{expr}'}}
"""


@pytest.mark.parametrize(
    ("skip", "expr", "expected"),
    [
        # an entry read at an index may be a failed iteration's error
        ("true", "results.each[0].total", [(18, "WAC503", "warning")]),
        # guarded, an array member, or no skip_failures
        ("true", "results.each[0].total ?? 0", []),
        ("true", "results.each[0].error ? 0 : results.each[0].total", []),
        ("true", "results.each[0]", []),
        ("false", "results.each[0].total", []),
    ],
)
def test_an_indexed_entry_of_a_skip_failures_loop(
    tmp_path: Path, skip: str, expr: str, expected: object
) -> None:
    assert _findings(tmp_path, INDEXED_ENTRY_FLOW.format(skip=skip, expr=expr)) == expected
