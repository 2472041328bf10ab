"""Red team AH, repository (`ah_repo/`): a platform / SRE team's workspace as `wmill sync
pull` writes it (`wmill.yaml` including `f/**` and `u/**`, excluding `f/scratch/**`).

`f/platform/` is the Python layer every workflow imports: shared tasks (`tasks.py`),
re-exported with the SDK's names under other names by `wac.py` (`restart_service as
bounce`), a folder `__init__.py` importing a submodule under another name (`from . import
pagerduty as pd`, which Windmill never runs), a runbook that is a `@workflow` script and a
task library at once, `guard.py` catching `BaseException` / `Exception` around the task
the body hands it, an approval helper keyed by its own parameter, `costs.py` and `fx.py`
importing each other (the exchange rate fetched over HTTP), a clock helper that sleeps
between retries and pure ones that look like I/O (`build_page`, `fetch_escalation_level`).
`f/shared/` is the TypeScript side: a barrel (`export * from`, `export { default as Pager
} from` a default-exported class, `export * as clock`), tasks, a best-effort `attempt()`
catching around a task, a random rotation picker loaded by `await import(...)`, and path
constants in an object and an `enum`. `f/ops/` holds plain scripts the workflows and flows
run by path (`collect_costs.script.yaml` predates the rename of `account` to
`account_id`), `f/scratch/` a script `wmill.yaml` excludes, `u/mira/` scripts calling
`run_script_by_path`; two flows call scripts and the runbook workflow. Every `.script.yaml`
was written by Windmill's own CLI (`windmill-oracle script-yaml`).

Written blind; measured before any fix: 18 of 23 marked findings, 5 unmarked findings, all
true on reading (WAC902 on a `Record<string, number>` parameter, in the `_ok` twin too,
which now takes an inline object array; WAC504 on a required flow input no step reads;
WAC402 of a missing required argument, reported at the call line; WAC506 on the unknown
transform's key rather than `input_transforms:`), so 0 false findings, 0 wrong messages.
Missed: WAC105 in rollout.py (a loop over `set(hosts) - {canary}` dispatching a task of
another module: only the file's own tasks counted as dispatching), WAC303 in
postmortem.py (an approval helper of another module keyed by its parameter, given one
literal key in a loop), WAC101 in war_room.ts (`new shared.Pager(key).page(...)` of a
default-exported class re-exported by a barrel imported whole: no class was found) and in
freeze.ts (`clock.pause(2000)` of `new Promise((r) => setTimeout(r, ms))`: the timer was
judged at the body's call of the helper). After the fixes: 26 of 26, 0 false findings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import expected_marks
from tests.workspace.red_team_repo import Pinned, RepoCorpus
from wac_lint.engine import analyze_bytes, analyze_source, read_source
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "ah_repo"
CORPUS = RepoCorpus(
    REPO,
    support=("f/platform/", "f/shared/", "f/ops/", "f/scratch/"),
    support_files=("u/mira/probe_ports.py",),
    min_callers=24,
    min_correct_share=0.4,
)
# What wac-lint gets wrong today: strict xfails, removed as they are fixed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.fixture(scope="module")
def repo_findings() -> dict[str, list[tuple[int, str, str, str]]]:
    """Every finding of every file of the repository, analysed once for the module."""
    forget_projects()
    out = {}
    for path in CORPUS.files:
        result = analyze_bytes(path.read_bytes(), str(path))
        assert not result.errors, [f"{e.code}: {e.error}" for e in result.errors]
        out[CORPUS.rel(path)] = [(f.row, f.code, f.severity, f.message) for f in result.findings]
    return out


def test_repository_shape() -> None:
    CORPUS.check_shape()


@pytest.mark.parametrize("path", CORPUS.cases(KNOWN_GAPS), ids=CORPUS.test_id)
def test_findings_are_the_marked_ones(path: Path, repo_findings) -> None:
    found = {(row, code) for row, code, _, _ in repo_findings[CORPUS.rel(path)]}
    assert found == expected_marks(path)


# Small cases, one per general cause the batch found; one workspace, analysed once.
SMALL = {
    # a wait a helper of another module makes is read in that module
    "f/ts/clock.ts": (
        "export function pause(ms: number): Promise<void> {\n"
        "  return new Promise((resolve) => setTimeout(resolve, ms));\n}\n"
        "export function later(fn: () => void): void {\n  setTimeout(() => fn(), 1000);\n}\n"
        "export function nextTurn(): Promise<void> {\n"
        "  return new Promise((r) => setTimeout(r, 0));\n}\n"
    ),
    "f/ts/index.ts": (
        'export * as clock from "./clock.ts";\n'
        'export { default as Pager } from "./pager.ts";\n'
        'export * from "./relay.ts";\n'
        'export { Relay } from "./relay.ts";\n'
    ),
    "f/ts/pager.ts": (
        "export default class Pager {\n  constructor(private readonly key: string) {}\n"
        "  async page(text: string): Promise<boolean> {\n"
        '    const res = await fetch("https://pager.example/" + this.key, { method: "POST", '
        "body: text });\n    return res.ok;\n  }\n}\n"
    ),
    "f/ts/relay.ts": (
        "export class Relay {\n  async send(text: string): Promise<void> {\n"
        '    await fetch("https://relay.example", { method: "POST", body: text });\n  }\n}\n'
    ),
    "f/app/waits.ts": (
        'import { workflow } from "windmill-client";\n'
        'import { later, nextTurn, pause } from "/f/ts/clock.ts";\n'
        'import * as kit from "/f/ts/index.ts";\n\n'
        "export const main = workflow(async (k: string) => {\n"
        "  await pause(500);\n"  # 6: WAC101
        "  await kit.clock.pause(500);\n"  # 7: WAC101
        "  later(() => console.log(k));\n"  # 8: schedules only
        "  await nextTurn();\n"  # 9: no delay
        "  return k;\n});\n"
    ),
    # a class of a barrel imported whole: built, then its method called
    "f/app/pager.ts": (
        'import { workflow } from "windmill-client";\n'
        'import * as kit from "/f/ts/index.ts";\n\n'
        "export const main = workflow(async (k: string) => {\n"
        "  const pager = new kit.Pager(k);\n"
        '  await pager.page("down");\n'  # 6: WAC101
        '  await new kit.Relay().send("down");\n'  # 7: WAC101
        '  return pager.constructor.name + "x";\n});\n'
    ),
    # the same, loaded by a dynamic import
    "f/app/dynamic.ts": (
        'import { workflow } from "windmill-client";\n\n'
        "export const main = workflow(async (k: string) => {\n"
        '  const kit = await import("/f/ts/index.ts");\n'
        "  await kit.clock.pause(500);\n"  # 5: WAC101
        '  await new kit.Pager(k).page("down");\n'  # 6: WAC101
        '  const { Relay } = await import("/f/ts/relay.ts");\n'
        '  await new Relay().send("down");\n'  # 8: WAC101
        "  return k;\n});\n"
    ),
    # a method of an instance of an imported class catching around the task it is handed
    "f/lib/gate.py": (
        "class Guard:\n    async def run(self, fn, *args):\n        try:\n"
        "            return await fn(*args)\n        except BaseException:\n"
        "            return None\n\n    async def soft(self, fn, *args):\n        try:\n"
        "            return await fn(*args)\n        except Exception:\n            return None\n"
    ),
    "f/app/guard.py": (
        "from f.lib.gate import Guard\nfrom f.lib.tasks import bounce\n"
        "from wmill import workflow\n\n\n@workflow\nasync def main(hosts: list[str]):\n"
        "    g = Guard()\n"
        "    await g.run(bounce, 'x')\n"  # 9: WAC201
        "    await g.soft(bounce, 'y')\n"  # 10: `Exception` lets the suspension through
        "    await Guard().run(bounce, 'z')\n"  # 11: WAC201
        "    return hosts\n"
    ),
    "f/ts/named.ts": (
        "export class Named {\n  async go<T>(fn: () => Promise<T>): Promise<T | null> {\n"
        "    try {\n      return await fn();\n    } catch {\n      return null;\n    }\n  }\n}\n"
    ),
    "f/app/named.ts": (
        'import { task, workflow } from "windmill-client";\n'
        'import { Named } from "/f/ts/named.ts";\n\n'
        "const bounce = task(async (host: string) => ({ host }));\n\n"
        "export const main = workflow(async (hosts: string[]) => {\n"
        "  const n = new Named();\n"
        '  await n.go(() => bounce("y"));\n'  # 8: WAC202
        "  return hosts;\n});\n"
    ),
    # a durable callback a helper passes on to another helper that catches around it
    "f/ts/retry.ts": (
        "export async function withRetries<T>(fn: () => Promise<T>, n = 3): Promise<T | null> {\n"
        "  for (let i = 0; i < n; i++) {\n    try {\n      return await fn();\n"
        "    } catch (e) {\n      console.warn(e);\n    }\n  }\n  return null;\n}\n"
        "export async function runSafe<T>(fn: () => Promise<T>): Promise<T | null> {\n"
        "  return withRetries(fn, 2);\n}\n"
        "export async function labelled(label: string): Promise<string> {\n"
        "  return withRetries(async () => label.toUpperCase(), 1).then((v) => v ?? label);\n}\n"
    ),
    "f/app/retry.ts": (
        'import { task, workflow } from "windmill-client";\n'
        'import { labelled, runSafe } from "/f/ts/retry.ts";\n\n'
        "const bounce = task(async (host: string) => ({ host }));\n\n"
        "export const main = workflow(async (hosts: string[]) => {\n"
        '  await runSafe(() => bounce("x"));\n'  # 7: WAC202
        '  const name = await labelled("x");\n'  # 8: handed nothing durable
        "  return [hosts, name];\n});\n"
    ),
    # a loop over a set dispatching a task another module defines
    "f/lib/tasks.py": (
        "from wmill import task\n\n\n@task()\nasync def bounce(host: str) -> str:\n"
        "    return host\n"
    ),
    "f/lib/wac.py": (
        "from f.lib.tasks import bounce as restart\nfrom wmill import workflow\n\n"
        '__all__ = ["restart", "workflow"]\n'
    ),
    "f/app/fleet.py": (
        "from f.lib.tasks import bounce\nfrom f.lib.wac import restart, workflow\n\n\n"
        "@workflow\nasync def main(hosts: list[str], canary: str):\n"
        "    for h in set(hosts) - {canary}:\n"  # 7: WAC105
        "        await bounce(h)\n"
        "    fleet = set(hosts)\n"
        "    for h in fleet:\n"  # 10: WAC105
        "        await restart(h)\n"
        "    for h in sorted(fleet):\n"  # 12: sorted
        "        await restart(h)\n"
        "    return 1\n"
    ),
    # an approval helper of another module keyed by its own parameter
    "f/lib/approvals.py": (
        "from wmill import wait_for_approval\n\n\n"
        "async def sign_off(key: str, summary: str = '') -> bool:\n"
        "    answer = await wait_for_approval(key=key, description=summary)\n"
        "    return bool(answer.get('approved'))\n"
    ),
    "f/app/signoff.py": (
        "from f.lib.approvals import sign_off\nfrom wmill import workflow\n\n\n"
        "@workflow\nasync def main(teams: list[str]):\n"
        "    a = await sign_off('lead', 'x')\n"
        "    b = await sign_off(key='owner')\n"  # 8: another key
        "    c = await sign_off(summary='again', key='lead')\n"  # 9: WAC303
        "    for team in teams:\n"
        "        await sign_off(f'team-{team}')\n"  # 11: a key per team
        "        await sign_off('per-team')\n"  # 12: WAC303
        "    return a, b, c\n"
    ),
    "f/ts/approvals.ts": (
        'import { waitForApproval } from "windmill-client";\n\n'
        "export async function signOff(key: string, timeout = 3600): Promise<boolean> {\n"
        "  const answer = await waitForApproval({ key, timeout });\n  return answer.approved;\n}\n"
    ),
    "f/app/signoff.ts": (
        'import { workflow } from "windmill-client";\n'
        'import { signOff } from "/f/ts/approvals.ts";\n\n'
        "export const main = workflow(async (items: string[]) => {\n"
        '  await signOff("lead");\n'
        '  await signOff("owner");\n'
        '  await signOff("lead", 60);\n'  # 7: WAC303
        "  return items;\n});\n"
    ),
}


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[int, str]]]:
    forget_projects()
    root = tmp_path_factory.mktemp("ah_small")
    (root / "wmill.yaml").write_text("defaultTs: bun\n")
    for name, text in SMALL.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    out: dict[str, list[tuple[int, str]]] = {}
    for name in SMALL:
        result = analyze_source(read_source(root / name))
        assert result.errors == [], result.errors
        out[name] = sorted((f.row, f.code) for f in result.findings if f.code != "WAC901")
    return out


def test_a_wait_a_helper_of_another_module_makes_is_read_there(small) -> None:
    # freeze.ts: `clock.pause(2000)` of `new Promise((r) => setTimeout(r, ms))` was read
    # as a `setTimeout` given one argument outside any Promise (the body's call)
    assert small["f/app/waits.ts"] == [(6, "WAC101"), (7, "WAC101")]


def test_a_class_of_a_barrel_imported_whole_is_built(small) -> None:
    # war_room.ts: `new shared.Pager(key)` of `export { default as Pager } from ...`
    assert small["f/app/pager.ts"] == [(6, "WAC101"), (7, "WAC101")]


def test_a_class_of_a_module_loaded_by_a_dynamic_import_is_built(small) -> None:
    # `const kit = await import(...)`, then `new kit.Pager(k)`, `kit.clock.pause(...)`,
    # `const { Relay } = await import(...)`: read as the static imports are
    assert small["f/app/dynamic.ts"] == [(5, "WAC101"), (6, "WAC101"), (8, "WAC101")]


def test_a_method_of_an_imported_class_catching_around_a_task(small) -> None:
    # `g = Guard()` then `await g.run(bounce, "x")`, where `Guard.run` of another module
    # catches `BaseException` around the task it is handed (only functions were read)
    assert small["f/app/guard.py"] == [(9, "WAC201"), (11, "WAC201")]
    assert small["f/app/named.ts"] == [(8, "WAC202")]


def test_a_durable_callback_passed_on_to_a_second_helper(small) -> None:
    # `runSafe(() => bounce("x"))` where `runSafe` hands `fn` to `withRetries`, whose
    # catch keeps the suspension: only a parameter the helper called itself counted
    assert small["f/app/retry.ts"] == [(7, "WAC202")]


def test_a_loop_over_a_set_dispatching_another_modules_task(small) -> None:
    # rollout.py: `for host in set(hosts) - {canary}: await bounce(host, service)`
    assert small["f/app/fleet.py"] == [(7, "WAC105"), (10, "WAC105")]


def test_an_approval_helper_of_another_module_keyed_by_its_parameter(small) -> None:
    # postmortem.py: `sign_off("postmortem", ...)` in a loop
    assert small["f/app/signoff.py"] == [(9, "WAC303"), (12, "WAC303")]
    assert small["f/app/signoff.ts"] == [(7, "WAC303")]


def test_pinned_messages(repo_findings) -> None:
    found = [(rel, *finding) for rel, findings in repo_findings.items() for finding in findings]
    assert found == PINNED


PINNED: Pinned = [
    (
        "f/costs/budget_alert.ts",
        9,
        "WAC902",
        "warning",
        (
            "Windmill reads `Record<string, number>` as a resource of type `record`, not an "
            "object; write `object` or an object type with named properties (`{ retries: "
            "number }`)"
        ),
    ),
    (
        "f/costs/budget_alert.ts",
        23,
        "WAC301",
        "error",
        (
            "`postStatus` is a `taskScript` wrapper, which sends one object of named "
            "arguments (windmill-client 1.818.0 turns anything else into `{ arg0, arg1, ... "
            "}`, parameters the script does not have); pass `{ name: value, ... }`"
        ),
    ),
    (
        "f/costs/monthly_report.py",
        24,
        "WAC402",
        "error",
        (
            "`f/ops/collect_costs` requires `account_id` (no default, from the `main` "
            "signature of f/ops/collect_costs.py), which this call does not pass"
        ),
    ),
    (
        "f/costs/monthly_report.py",
        24,
        "WAC402",
        "error",
        (
            "`account` is not a parameter of `f/ops/collect_costs` (it takes `account_id`, "
            "`month`, from the `main` signature of f/ops/collect_costs.py); did you mean "
            "`account_id`?"
        ),
    ),
    (
        "f/costs/monthly_report.py",
        25,
        "WAC101",
        "error",
        (
            "`requests.get` (reached through `main → f.platform.costs.to_budget_currency → "
            "f.platform.fx.rate → requests.get`) does network I/O in the workflow body, "
            "which re-runs on every replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/deploy/canary__flow/flow.yaml",
        14,
        "WAC506",
        "warning",
        ("`grace` is not a parameter of `main` of runbook.py: the value goes nowhere"),
    ),
    (
        "f/deploy/canary__flow/flow.yaml",
        57,
        "WAC504",
        "warning",
        (
            "`version` is a required input of this flow, but no step, condition or setting "
            "reads `flow_input.version`: every run must give it, and it goes nowhere; hand "
            "it to the step it was meant for, or drop it from `required`"
        ),
    ),
    (
        "f/deploy/canary_gate.py",
        9,
        "WAC401",
        "error",
        (
            "`f/deploy/canary` is a flow (f/deploy/canary__flow/flow.yaml), but "
            "`task_script` dispatches a script: the child job fails; use `task_flow`"
        ),
    ),
    (
        "f/deploy/drain.py",
        22,
        "WAC103",
        "warning",
        (
            'The step name `f"drain-{node}"` is computed at run time: it is stable across '
            "replays (nothing in it reads the clock, randomness or the environment), but the "
            "guide asks for constant names and Windmill's diagram shows it as `step`; a "
            "literal gives the same keys, numbered `_2`, `_3`"
        ),
    ),
    (
        "f/deploy/drain.py",
        22,
        "WAC304",
        "error",
        (
            "`drain_node(...)` (a task of f/platform/runbook.py) inside a `step(...)` "
            "callback is not a durable operation of the workflow: the callback runs again "
            "after it suspends, and once the step is checkpointed its key is no longer "
            "allocated, so later keys shift; call it from the workflow body"
        ),
    ),
    (
        "f/deploy/freeze.ts",
        11,
        "WAC303",
        "error",
        (
            'The approval key `"freeze-exception"` is used inside a loop: the SDK raises on '
            "its second use; drop the key (approvals are then numbered) or call it once"
        ),
    ),
    (
        "f/deploy/freeze.ts",
        15,
        "WAC101",
        "error",
        (
            "`setTimeout` (reached through `main → f/shared/index.ts.clock.pause → "
            "f/shared/clock.ts.pause → setTimeout`) waits, holding the worker (use the SDK's "
            "`sleep`), in the workflow body, which re-runs on every replay; move it into a "
            "task or a `step(...)`"
        ),
    ),
    (
        "f/deploy/rollback.ts",
        17,
        "WAC202",
        "error",
        (
            "This catch also catches the SDK's suspension (`StepSuspend` is an Error) (in "
            "`attempt`, which the workflow calls): its handler runs on every suspension; "
            'rethrow it first: `if (e?.name === "StepSuspend") throw e`'
        ),
    ),
    (
        "f/deploy/rollout.py",
        26,
        "WAC105",
        "error",
        (
            "Durable calls are dispatched in the order of a set, which can differ between "
            "replays; checkpoint keys follow call order, so results can be swapped; iterate "
            "`sorted(...)`"
        ),
    ),
    (
        "f/deploy/rollout.py",
        32,
        "WAC106",
        "error",
        (
            "The result of `bounce(...)` (a task of f/platform/tasks.py) is never awaited: "
            "the SDK still dispatches the task, but its result is lost (a failure still "
            "raises `TaskError` at this call when the body replays); `await` it or gather it"
        ),
    ),
    (
        "f/incidents/escalate__flow/flow.yaml",
        22,
        "WAC401",
        "warning",
        (
            "`f/scratch/cleanup_tmp` is f/scratch/cleanup_tmp.py, which wmill.yaml's "
            "`includes` / `excludes` leave out of `wmill sync push`: this flow is pushed "
            "without that script, and the step fails unless the workspace already has it"
        ),
    ),
    (
        "f/incidents/page_oncall.py",
        5,
        "WAC403",
        "error",
        (
            "`f.platform` is the folder f/platform/: Windmill loads it as an empty module "
            "and never runs f/platform/__init__.py, so `pd` is fetched as the script "
            "`f/platform/pd`, which does not exist, and is bound to an empty module; import "
            "it from the script that defines it"
        ),
    ),
    (
        "f/incidents/postmortem.py",
        33,
        "WAC402",
        "error",
        (
            "`f/incidents/triage_ok` requires `hosts` (no default, from the `main` signature "
            "of f/incidents/triage_ok.py), which this call does not pass"
        ),
    ),
    (
        "f/incidents/postmortem.py",
        33,
        "WAC402",
        "error",
        (
            "`host_list` is not a parameter of `f/incidents/triage_ok` (it takes `service`, "
            "`hosts`, `channel`, from the `main` signature of f/incidents/triage_ok.py); did "
            "you mean `hosts`?"
        ),
    ),
    (
        "f/incidents/postmortem.py",
        38,
        "WAC303",
        "error",
        (
            '`sign_off(...)` waits for the approval keyed `"postmortem"` (its parameter '
            "`key`, in f/platform/approvals.py) inside a loop: the SDK raises on its second "
            "use; give each call its own key, or call it once"
        ),
    ),
    (
        "f/incidents/triage.py",
        31,
        "WAC201",
        "error",
        (
            "`guarded` catches the SDK's suspension (a BaseException): the workflow cannot "
            "suspend here; catch `Exception` or `TaskError`, or re-raise"
        ),
    ),
    (
        "f/incidents/war_room.ts",
        18,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/shared/pager.ts.Pager.page → fetch`) does "
            "network I/O in the workflow body, which re-runs on every replay; move it into a "
            "task or a `step(...)`"
        ),
    ),
    (
        "f/oncall/handover.py",
        11,
        "WAC401",
        "warning",
        (
            "`f/scratch/cleanup_tmp` is f/scratch/cleanup_tmp.py, which wmill.yaml's "
            "`includes` / `excludes` leave out of `wmill sync push`: this script is pushed "
            "without that script, and the task fails unless the workspace already has it"
        ),
    ),
    (
        "f/oncall/handover.py",
        32,
        "WAC101",
        "error",
        (
            "`time.sleep` (reached through `main → f.platform.clock.backoff → time.sleep`) "
            "waits, holding the worker (use the SDK's `sleep`), in the workflow body, which "
            "re-runs on every replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/oncall/rotation.ts",
        14,
        "WAC102",
        "error",
        (
            "`Math.random` (reached through `main → f/shared/rotation.ts.pickNext → "
            "Math.random`) is random: the value changes between replays of the workflow "
            "body; capture it with `step(...)`"
        ),
    ),
    (
        "f/ops/collect_costs.py",
        4,
        "WAC901",
        "warning",
        (
            "`collect_costs.script.yaml` is out of date: input `account_id` is missing, "
            "input `account` is no longer a parameter, `required` differs; run `wac-lint "
            "schema`"
        ),
    ),
    (
        "u/mira/restart_probe_typo.py",
        7,
        "WAC402",
        "error",
        (
            "`f/ops/restart_host` requires `host` (no default, from the `main` signature of "
            "f/ops/restart_host.py), which this call does not pass"
        ),
    ),
    (
        "u/mira/restart_probe_typo.py",
        8,
        "WAC402",
        "error",
        (
            "`hostname` is not a parameter of `f/ops/restart_host` (it takes `host`, "
            "`service`, `graceful`, from the `main` signature of f/ops/restart_host.py); did "
            "you mean `host`?"
        ),
    ),
]
