"""Red team AE (blind flows, `tests/flows/repo/f/heldout_ae`): 29 whole flows as teams write
them (`wmill sync pull` folders with `'!inline ...'` scripts in Python, TypeScript, Bash, Go,
PostgreSQL and MySQL; a Python and a TypeScript script and a subflow called by path in `lib/`,
a hub script): Python-isms in branch conditions (`== True`, `or`), a bash positional written
without quotes (`zone_id=$1`, which hides every later input from Windmill's parser) beside the
`"${3}"` form it accepts, retry / suspend / parallelism settings of the wrong type, `results`
in `retry_if`, `sleep` and `user_groups_required`, `resume` two steps after the approval, a
step's `skip_if` reading its own result, a `$args[...]` typo in the flow's `concurrency_key`,
a static transform carrying an `expr`, a javascript transform carrying a `value`, values
outside a Python `Literal`, integers inferred from TypeScript defaults given strings, a static
iterator's item field misspelt, a subflow path typo and a `type: script` step naming a flow,
an agent tool id with a space, and WAC workflows written in flow steps (a random id and a
`set` dispatch order in Python, a `Map` checkpointed in TypeScript); the correct flows add a
TypeScript preprocessor with a failure module, typed Python parameters (`datetime`, `date`,
`bytes`) given static strings, expression-heavy glue (object literals without parentheses,
regex literals, `Intl`, `toSorted`) and MySQL `?` parameters. 16 with mistakes, 13 correct.
Every finding with its exact message and severity; the correct flows have none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import file_findings, flow_file

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_ae"

# flows the analysis gets wrong today (strict xfails): remove an entry once it passes
GAPS: dict[str, str] = {}

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_ads_backfill_retry_if_results__flow": [
        (
            83,
            "WAC509",
            "error",
            (
                "`results` is not defined in `retry_if`: Windmill evaluates it without the "
                "flow's step results (read the failed attempt's `result` and `flow_input`): "
                "evaluating it throws a ReferenceError and the step fails"
            ),
        ),
        (
            87,
            "WAC509",
            "error",
            (
                "`results` is not defined in a step's `sleep`: Windmill evaluates it without "
                "the flow's step results (it runs when the next step is pushed: read the step's"
                " own `result`): evaluating it throws a ReferenceError and the step fails"
            ),
        ),
    ],
    "m_contractor_offboarding_module_kind__flow": [
        (
            36,
            "WAC500",
            "error",
            ("`value.modules[0].suspend.timeout` is a string, but FlowModule wants an integer"),
        ),
        (
            71,
            "WAC401",
            "error",
            (
                "`f/heldout_ae/lib/rotate_keys` is a flow "
                "(f/heldout_ae/lib/rotate_keys__flow/flow.yaml), but this step's `type: script`"
                " runs a script: Windmill finds none at that path and the step fails; use "
                "`type: flow`"
            ),
        ),
    ],
    "m_dns_records_bash_unquoted__flow": [
        (
            45,
            "WAC506",
            "error",
            (
                "`zone_id` is not an input of the bash script create_txt.sh: Windmill's bash "
                'parser reads only lines written `name="$N"` (double quotes, at the start of '
                "the line), so line 4, `zone_id=$1`, declares no input; the value goes nowhere "
                "and `$1` is empty when the script runs"
            ),
        ),
        (
            48,
            "WAC506",
            "error",
            (
                "`record_name` is not an input of the bash script create_txt.sh: Windmill's "
                "bash parser reads inputs from `$1` up and stops at `$1`, which no line "
                'declares as it reads them (`name="$1"` at the start of a line; line 4 has '
                "`zone_id=$1`); the value goes nowhere and `$2` is empty when the script runs"
            ),
        ),
        (
            51,
            "WAC506",
            "error",
            (
                "`token` is not an input of the bash script create_txt.sh: Windmill's bash "
                "parser reads inputs from `$1` up and stops at `$1`, which no line declares as "
                'it reads them (`name="$1"` at the start of a line; line 4 has `zone_id=$1`); '
                "the value goes nowhere and `$3` is empty when the script runs"
            ),
        ),
        (
            54,
            "WAC506",
            "error",
            (
                "`ttl` is not an input of the bash script create_txt.sh: Windmill's bash parser"
                " reads inputs from `$1` up and stops at `$1`, which no line declares as it "
                'reads them (`name="$1"` at the start of a line; line 4 has `zone_id=$1`); the '
                "value goes nowhere and `$4` is empty when the script runs"
            ),
        ),
    ],
    "m_freight_quote_python_exprs__flow": [
        (
            59,
            "WAC507",
            "error",
            (
                "the branch condition expression does not parse as JavaScript near `True or`: "
                "the step fails when Windmill evaluates it"
            ),
        ),
        (
            74,
            "WAC509",
            "error",
            (
                "`True` is not defined in a flow expression (Python's `True`; JavaScript "
                "writes `true`): evaluating it throws a ReferenceError and the step fails"
            ),
        ),
    ],
    "m_gift_cards_wac_inline_py__flow": [
        (
            79,
            "WAC102",
            "error",
            (
                "`uuid.uuid4` is random: the value changes between replays of the workflow "
                "body; capture it with `step(...)`"
            ),
        ),
        (
            86,
            "WAC105",
            "error",
            (
                "Durable calls are dispatched in the order of a `set`, which can differ between"
                " replays; checkpoint keys follow call order, so results can be swapped; "
                "iterate `sorted(...)`"
            ),
        ),
    ],
    "m_inbound_leads_script_inputs__flow": [
        (
            35,
            "WAC506",
            "error",
            (
                "`main` of score_lead.py takes `email` (no default), but `input_transforms` "
                "gives it no value"
            ),
        ),
        (
            36,
            "WAC506",
            "warning",
            ("`mail` is not a parameter of `main` of score_lead.py: the value goes nowhere"),
        ),
        (
            79,
            "WAC506",
            "error",
            (
                "`title` is a static transform with an `expr`, which Windmill evaluates only "
                "for `type: javascript`: the step does not get the expression's value"
            ),
        ),
    ],
    "m_key_rotation_subflow_path__flow": [
        (
            42,
            "WAC401",
            "info",
            (
                "`f/heldout_ae/lib/rotate_key` matches no flow in this repository; did you mean"
                " `f/heldout_ae/lib/rotate_keys`?"
            ),
        ),
        (
            74,
            "WAC506",
            "warning",
            ("`prod` is not one of the values `environment` accepts (staging, production)"),
        ),
    ],
    "m_media_archive_static_regions__flow": [
        (
            54,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.bucket_name`: loop `per_region` iterates over its "
                "static `iterator`, whose items have `bucket`, `prefix`, `region` and no "
                "`bucket_name`, so it is undefined; did you mean `bucket`?"
            ),
        ),
    ],
    "m_oncall_escalation_self_reads__flow": [
        (
            78,
            "WAC509",
            "error",
            (
                "`results` is not defined in `user_groups_required`: Windmill evaluates it "
                "without the flow's step results (read `result` (the step's) and `flow_input`):"
                " evaluating it throws a ReferenceError and the step fails"
            ),
        ),
        (
            81,
            "WAC503",
            "error",
            (
                "`results.page_secondary` is this step's own result, which does not exist "
                "before it runs"
            ),
        ),
    ],
    "m_payroll_run_concurrency_key__flow": [
        (
            30,
            "WAC504",
            "error",
            (
                "`$args[company]` in `concurrency_key` names no input of this flow (its schema "
                "declares `bank_profile`, `company_id`, `period`): Windmill puts an empty "
                "string in its place, so every run gets the same key and they all share one "
                "concurrency limit"
            ),
        ),
    ],
    "m_product_feed_inferred_types__flow": [
        (
            36,
            "WAC506",
            "warning",
            ("`page_size` is an integer, but the static value is a string"),
        ),
        (
            57,
            "WAC500",
            "error",
            (
                "`value.modules[1].value.input_transforms.include_out_of_stock` lacks `expr`, "
                "which JavascriptTransform requires, and has `value`, which "
                "JavascriptTransform does not read: write the value under `expr`"
            ),
        ),
    ],
    "m_seat_audit_wac_ts_map__flow": [
        (
            63,
            "WAC107",
            "error",
            (
                "`new Map(seats.map((s) => [s.email.toLowerCase(), s]))` is a `Map` returned by"
                " this step: it is checkpointed as JSON and comes back as `{}` (its entries are"
                " lost)"
            ),
        ),
    ],
    "m_subtitles_literal_language__flow": [
        (
            50,
            "WAC506",
            "warning",
            ("`DE` is not one of the values `target` accepts (de, fr, es, it)"),
        ),
    ],
    "m_support_agent_tool_ids__flow": [
        (
            64,
            "WAC502",
            "warning",
            (
                "tool id `Lookup orders` is the name the agent's model calls the tool by, and "
                "the flow guide's AgentTool schema says it cannot contain spaces; use letters, "
                "digits, underscores and hyphens"
            ),
        ),
    ],
    "m_vendor_payouts_retry_backoff__flow": [
        (
            77,
            "WAC506",
            "error",
            (
                "`parallelism` is a number of iterations run at once, but the static value is a"
                " string: Windmill cannot read it and the flow fails at this loop"
            ),
        ),
        (
            103,
            "WAC500",
            "error",
            (
                "`value.modules[2].value.modules[0].retry.exponential.multiplier` is a number, "
                "but Retry wants an integer"
            ),
        ),
        (
            117,
            "WAC509",
            "error",
            (
                "`resume` is the answer to an approval only in the step right after an approval"
                " (`suspend`) step; after `pay_vendors` it is null, so reading a field of it "
                "throws and the step fails"
            ),
        ),
    ],
    "m_warehouse_reserve_go_static__flow": [
        (
            87,
            "WAC506",
            "warning",
            ("`hold_minutes` is an integer, but the static value is a string"),
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
    assert got == want


def test_every_mistake_flow_is_pinned() -> None:
    assert {f.name for f in ROOT.iterdir() if f.name.startswith("m_")} == set(EXPECTED)


def test_every_marker_is_pinned() -> None:
    # the `expect: WACxxx` markers in flow.yaml are the findings pinned above, and
    # every finding pinned has its marker
    for name, want in EXPECTED.items():
        lines = flow_file(ROOT / name).read_text().splitlines()
        marked = [
            (i, code.strip())
            for i, line in enumerate(lines, 1)
            if "expect:" in line  # `# expect:`, or `// expect:` in a step's code
            for code in line.split("expect:")[1].split(",")
        ]
        assert set(marked) == {(r, c) for r, c, _, _ in want}, name


@pytest.mark.parametrize(
    "name", [f.name for f in sorted(ROOT.iterdir()) if f.name.startswith("ok_")]
)
def test_correct_flows_have_no_finding(name: str) -> None:
    assert file_findings(flow_file(ROOT / name)) == []


def test_the_scripts_and_the_subflow_called_by_path_have_no_finding() -> None:
    lib = ROOT / "lib"
    for script in sorted([*lib.glob("*.py"), *lib.glob("*.ts")]):
        assert file_findings(script) == [], script.name
    assert file_findings(flow_file(lib / "rotate_keys__flow")) == []


def test_the_correct_flows_are_thirteen() -> None:
    assert len([f for f in ROOT.iterdir() if f.name.startswith("ok_")]) == 13
