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
GAPS: dict[str, str] = {
    "m_invoice_retry_backoff__flow": "exponential retry seconds read as a first delay",
    "m_lead_enrich_skip_failure__flow": "field of a skip_failure branch's step read after",
    "m_alert_route_branchone_skip__flow": "skip_failure on a branchone branch",
    "m_signup_schema_python_types__flow": "schema property type that JSON Schema lacks",
    "m_expense_required_unread__flow": "required input no expression reads",
    "m_stripe_deno_bare_import__flow": "bare npm import in a deno step",
    "m_pages_continue_on_error_iterator__flow": "continue_on_error step's field as iterator",
    "m_kpi_fanout_skip_failures__flow": "skip_failures on a branchall",
    "m_crm_contact_skip_first__flow": "result in the first step's skip_if",
}

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_invoice_retry_backoff__flow": [(52, "WAC500", "warning", "")],
    "m_lead_enrich_skip_failure__flow": [(51, "WAC503", "warning", "")],
    "m_alert_route_branchone_skip__flow": [(20, "WAC500", "warning", "")],
    "m_signup_schema_python_types__flow": [(46, "WAC500", "warning", "")],
    "m_expense_required_unread__flow": [(66, "WAC504", "warning", "")],
    "m_stripe_deno_bare_import__flow": [(18, "WAC500", "error", "")],
    "m_pages_continue_on_error_iterator__flow": [(25, "WAC503", "warning", "")],
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
    "m_kpi_fanout_skip_failures__flow": [(11, "WAC500", "warning", "")],
    "m_crm_contact_skip_first__flow": [(7, "WAC509", "error", "")],
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
