"""A sync-style repository (`sync_repo/`, `nonDottedPaths: true`, every
`.script.yaml` written by Windmill's own CLI through `windmill-oracle
script-yaml`): scripts and flows calling each other by path.

What it checks across files: the SDK's by-path runners in plain scripts, tasks,
helpers and workflow bodies (`run_script_by_path`, `run_script_by_path_async`,
`run_flow_async`, `runScriptByPath`, `runFlow`, `runFlowAsync`; also through a
from-import in a file that imports no WAC name), with a typo'd path, a flow
run as a script, unknown / missing / mistyped arguments; `task_script` /
`taskScript` / `task_flow` targets in Python, TypeScript, PostgreSQL (typed
declarations, a dollar-quoted `$3` that is not an input), GraphQL and bash;
TypeScript generic calls (`await refund<T>(...)`, `await step<T>(...)`,
`await wmill.getVariable<T>(...)`); tasks made by path in a shared module and
called from another (`from f.shared.billing_tasks import charge`); and flows
wiring those scripts. Every file
gets exactly the findings its `expect:` comments mark.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import expected_marks as expected
from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "sync_repo"
FILES = sorted(p for p in REPO.rglob("*") if p.suffix in (".py", ".ts") or p.name == "flow.yaml")
CALLERS = [
    p
    for p in FILES
    if re.search(
        r"by_path|ByPath|runFlow|run_flow|task_|task[SF]|results", p.read_text(encoding="utf-8")
    )
]


@pytest.fixture(autouse=True)
def _fresh_roots() -> None:
    forget_projects()


TARGETS = ("nightly", "month_close", "billing_tasks", "refund_tasks")


def ok_name(path: Path) -> bool:
    name = path.parent.name.removesuffix("__flow") if path.name == "flow.yaml" else path.stem
    # targets and shared modules: correct, so unmarked
    return name.endswith("_ok") or name in TARGETS


def test_repository_shape() -> None:
    assert len([p for p in REPO.rglob("*") if p.is_file()]) >= 50
    assert len(CALLERS) >= 25
    correct = [p for p in CALLERS if not expected(p)]
    assert len(correct) >= 0.35 * len(CALLERS)
    for path in CALLERS:
        assert ok_name(path) == (not expected(path)), path


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_findings_are_the_marked_ones(path: Path) -> None:
    found = {(f.row, f.code) for f in analyze_source(read_source(path)).findings}
    assert found == expected(path)


def _messages(name: str) -> list[str]:
    return [f.message for f in analyze_source(read_source(REPO / name)).findings]


def test_a_runner_imported_by_name_in_a_plain_script() -> None:
    assert _messages("f/billing/run_charge_bad_args.py") == [
        "`f/billing/charge` requires `customer_id` (no default, from the `main` signature "
        "of f/billing/charge.py), which this call does not pass",
        "`customer` is not a parameter of `f/billing/charge` (it takes `customer_id`, "
        "`amount`, `currency`, from the `main` signature of f/billing/charge.py); did you "
        "mean `customer_id`?",
        "`amount` of `f/billing/charge` is a number, but this passes the string `ten` (from "
        "the `main` signature of f/billing/charge.py)",
    ]
    assert _messages("f/billing/close_month_wrong_kind.ts") == [
        "`f/billing/month_close` is a flow (f/billing/month_close__flow/flow.yaml), but "
        "`runScriptByPath` runs a script: Windmill finds no script at that path and the job "
        "fails; use `runFlow`"
    ]


def test_sql_and_graphql_targets_as_windmill_reads_them() -> None:
    # `$3` sits in a dollar-quoted body: not an input (the CLI's .script.yaml agrees)
    assert _messages("f/billing/nightly_bad__flow/flow.yaml")[:2] == [
        "the postgresql query ledger.pg.sql takes `account` (no default), but "
        "`input_transforms` gives it no value",
        "`$3` is not a parameter of the postgresql query ledger.pg.sql: the value goes nowhere",
    ]
    assert _messages("f/crm/lookup_gql_bad.ts") == [
        "`f/crm/find_contact` requires `email` (no default, from the inputs Windmill's "
        "GraphQL parser reads in f/crm/find_contact.gql), which this call does not pass",
        "`mail` is not a parameter of `f/crm/find_contact` (it takes `api`, `email`, "
        "`withDeals`, from the inputs Windmill's GraphQL parser reads in "
        "f/crm/find_contact.gql); did you mean `email`?",
    ]


def test_a_task_flow_made_in_a_function_is_keyed_by_its_path() -> None:
    # windmill-client 1.818.0 `taskFlow`: `name = path.split("/").pop()`; no function wrapped
    assert _messages("f/crm/flow_helper_bad.ts")[0] == (
        "`taskFlow` creates a task inside a function: it runs (keyed by the path's last part "
        "`month_close`), but the guide wants tasks at module top level and Windmill's diagram "
        "does not show it; define it once at top level and call that"
    )


def test_a_task_made_by_path_in_another_module() -> None:
    # `f/shared/billing_tasks.py`: `charge = task_script("f/billing/charge")`
    assert _messages("f/billing/shared_tasks_bad.py") == [
        "`f/billing/charge` requires `amount` (no default, from the `main` signature of "
        "f/billing/charge.py), which this call does not pass",
        "`amout` is not a parameter of `f/billing/charge` (it takes `customer_id`, `amount`, "
        "`currency`, from the `main` signature of f/billing/charge.py); did you mean `amount`?",
    ]
    assert _messages("f/billing/shared_refund_bad.ts") == [
        "`reason` of `f/billing/refund` is one of `duplicate`, `fraud`, `requested`, not "
        "`oops` (from the `main` signature of f/billing/refund.ts)"
    ]
