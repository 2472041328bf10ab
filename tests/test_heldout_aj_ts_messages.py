"""Red team AJ (ajt): the Bun TypeScript corpus `tests/corpus/adversarial/aj_ts_*` (cheese
affinage, hackathon judging, lighthouse keepers: ports from Inngest, Trigger.dev v3,
LangGraph.js, AWS Step Functions and BullMQ, agent-written classes with TS 5 decorators and
`accessor` fields), every finding pinned with its line, severity and exact message; the
correct look-alikes (`_ok`) have none of the corpus's codes (two of them use decorators,
which Windmill's parser rejects: WAC901 says so, a code the corpus does not score).
Scripts listed in KNOWN_GAPS.txt are left to `tests/test_adversarial_corpus.py`."""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile

ROOT = Path(__file__).parent / "corpus" / "adversarial"
GAPS = {
    line.split(" ", 1)[0]
    for line in (ROOT / "KNOWN_GAPS.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
}
UNSCORED = {"WAC901", "WAC903"}  # metadata and the UI diagram, not replay mistakes

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "aj_ts_cheese_affinage/affinage_plan_destructured_main.ts": [
        (
            22,
            "WAC902",
            "warning",
            (
                "Windmill names this destructured parameter `anon1`: the input form and "
                "`.script.yaml` have one object input `anon1`, and a run given the fields as "
                'inputs of their own (`{"cave": ..., "wheels": ..., ...}`, from a schedule, a '
                "webhook or another script) passes nothing for it, so destructuring it throws a "
                "`TypeError`; take a named parameter and destructure it in the body, or take each"
                " field as a parameter"
            ),
        ),
    ],
    "aj_ts_cheese_affinage/brine_bath_decorator_swallow.ts": [
        (
            46,
            "WAC903",
            "warning",
            (
                "Windmill's UI shows no diagram for this workflow: its TypeScript parser does "
                'not accept decorators and stops here ("Parse error"); move the decorated class '
                "to a module the script imports, or call the decorator function by hand instead "
                "of writing `@`"
            ),
        ),
        (
            55,
            "WAC901",
            "warning",
            (
                "Windmill cannot read this `main` signature (the file has a decorator, which "
                "Windmill's parser rejects): its input form and `.script.yaml` will have no "
                "inputs"
            ),
        ),
        (
            59,
            "WAC202",
            "error",
            (
                "This catch also catches the SDK's suspension (`StepSuspend` is an Error) (in "
                "`bestEffort`, which the workflow calls): its handler runs on every suspension; "
                'rethrow it first: `if (e?.name === "StepSuspend") throw e`'
            ),
        ),
    ],
    "aj_ts_cheese_affinage/brine_bath_decorator_timed_ok.ts": [
        (
            45,
            "WAC903",
            "warning",
            (
                "Windmill's UI shows no diagram for this workflow: its TypeScript parser does "
                'not accept decorators and stops here ("Parse error"); move the decorated class '
                "to a module the script imports, or call the decorator function by hand instead "
                "of writing `@`"
            ),
        ),
        (
            54,
            "WAC901",
            "warning",
            (
                "Windmill cannot read this `main` signature (the file has a decorator, which "
                "Windmill's parser rejects): its input form and `.script.yaml` will have no "
                "inputs"
            ),
        ),
    ],
    "aj_ts_cheese_affinage/cave_climate_flow_timeout_ok.ts": [],
    "aj_ts_cheese_affinage/cave_climate_race_bun_sleep.ts": [
        (
            21,
            "WAC108",
            "warning",
            (
                "`Promise.race` never times out `climateAudit({ cave: cave.id })`: while the flow"
                " runs the workflow is suspended, not waiting, and the replay after it finds its "
                "result at once, so the timer never fires; the SDK's `timeout` option is the "
                "bound that applies (`taskFlow(path, { timeout })`)"
            ),
        ),
    ],
    "aj_ts_cheese_affinage/cellar_bun_write_manifest.ts": [
        (
            33,
            "WAC101",
            "error",
            (
                "`Bun.write` touches the file system in the workflow body, which re-runs on every"
                " replay; move it into a task or a `step(...)`"
            ),
        ),
        (
            35,
            "WAC102",
            "error",
            (
                "`Bun.env.CELLAR_STRICT_MODE` reads the process environment: the value changes "
                "between replays of the workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "aj_ts_cheese_affinage/cellar_bun_write_manifest_ok.ts": [],
    "aj_ts_cheese_affinage/cellar_reduce_chain_ok.ts": [],
    "aj_ts_cheese_affinage/grading_optional_chain_ok.ts": [],
    "aj_ts_cheese_affinage/grading_optional_chain_unawaited.ts": [
        (
            34,
            "WAC106",
            "error",
            (
                "The result of `gradeWheel(...)` is never awaited: the SDK still dispatches the "
                "task, but its result and its failure are lost; `await` it or gather it"
            ),
        ),
    ],
    "aj_ts_cheese_affinage/ripening_ledger_private_fields.ts": [
        (
            21,
            "WAC104",
            "error",
            (
                "This `step(...)` callback changes `this.#lastTurned`, which belongs to the "
                "workflow body: once the step is checkpointed it is not called again and only its"
                " return value comes back, so the change is lost on replay; return the value from"
                " the step and assign it in the body"
            ),
        ),
    ],
    "aj_ts_cheese_affinage/ripening_ledger_private_fields_ok.ts": [],
    "aj_ts_cheese_affinage/wheel_turning_inngest_shim.ts": [
        (
            56,
            "WAC101",
            "error",
            (
                "`fetch` (reached through `main → tools.sendEvent → fetch`) does network I/O in "
                "the workflow body, which re-runs on every replay; move it into a task or a "
                "`step(...)`"
            ),
        ),
    ],
    "aj_ts_cheese_affinage/wheel_turning_inngest_shim_ok.ts": [],
    "aj_ts_hackathon_judging/demo_pipeline_then_builder.ts": [
        (
            49,
            "WAC101",
            "error",
            (
                "`fetch` (reached through `main → DemoPipeline.run → announce → fetch`) does "
                "network I/O in the workflow body, which re-runs on every replay; move it into a "
                "task or a `step(...)`"
            ),
        ),
    ],
    "aj_ts_hackathon_judging/demo_pipeline_then_builder_ok.ts": [],
    "aj_ts_hackathon_judging/finalist_graph_ok.ts": [],
    "aj_ts_hackathon_judging/finalist_graph_random_spotcheck.ts": [
        (
            80,
            "WAC102",
            "error",
            (
                "`Math.random` (reached through `main → MiniGraph.invoke → afterScore → "
                "Math.random`) is random: the value changes between replays of the workflow body;"
                " capture it with `step(...)`"
            ),
        ),
    ],
    "aj_ts_hackathon_judging/judge_assign_trigger_ok.ts": [],
    "aj_ts_hackathon_judging/judge_assign_trigger_task_object.ts": [
        (
            14,
            "WAC301",
            "error",
            (
                "`task` takes the function itself, not an object holding it (`run`): the job that"
                " runs the task calls the object and fails with a `TypeError`; give the function:"
                " `task(async (...) => ...)` with the body of `run`"
            ),
        ),
        (
            34,
            "WAC302",
            "error",
            (
                "`maxAttempts` is not a key of a retry policy (attempts, delay, multiplier, "
                "max_delay): the SDK ignores it; did you mean `attempts`?"
            ),
        ),
    ],
    "aj_ts_hackathon_judging/repo_scan_spawn.ts": [
        (
            23,
            "WAC102",
            "error",
            (
                "`performance.now` reads the clock: the value changes between replays of the "
                "workflow body; capture it with `step(...)`"
            ),
        ),
        (
            27,
            "WAC101",
            "error",
            (
                "`Bun.spawnSync` starts or signals a process or a thread in the workflow body, "
                "which re-runs on every replay; move it into a task or a `step(...)`"
            ),
        ),
        (
            29,
            "WAC102",
            "error",
            (
                "`performance.now` reads the clock: the value changes between replays of the "
                "workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "aj_ts_hackathon_judging/repo_scan_spawn_ok.ts": [],
    "aj_ts_hackathon_judging/sponsor_credits_headers.ts": [
        (
            14,
            "WAC107",
            "error",
            (
                "`r.headers` is a `Headers` inside the value returned by this task: it is "
                "checkpointed as JSON and comes back as `{}` (JSON keeps none of it)"
            ),
        ),
    ],
    "aj_ts_hackathon_judging/sponsor_credits_headers_ok.ts": [],
    "aj_ts_hackathon_judging/swag_shipping_error_result.ts": [
        (
            36,
            "WAC107",
            "error",
            (
                "`e` is the caught error (an `Error`, when one was thrown) inside the value "
                "returned by this step: it is checkpointed as JSON and comes back as `{}` (its "
                "`message` and `stack` are not enumerable)"
            ),
        ),
    ],
    "aj_ts_hackathon_judging/swag_shipping_error_result_ok.ts": [],
    "aj_ts_hackathon_judging/team_checkin_switch_fallthrough.ts": [
        (
            39,
            "WAC303",
            "error",
            (
                'The approval key `"organiser_excuse"` is used inside a loop: the SDK raises on '
                "its second use; drop the key (approvals are then numbered) or call it once"
            ),
        ),
    ],
    "aj_ts_hackathon_judging/team_checkin_switch_ok.ts": [],
    "aj_ts_lighthouse_keepers/beacon_query_urlsearchparams.ts": [
        (
            24,
            "WAC107",
            "error",
            (
                "`q` is a `URLSearchParams` returned by this step: it is checkpointed as JSON and"
                " comes back as `{}` (JSON keeps none of it)"
            ),
        ),
    ],
    "aj_ts_lighthouse_keepers/beacon_query_urlsearchparams_ok.ts": [],
    "aj_ts_lighthouse_keepers/beacon_sweep_labels_ok.ts": [],
    "aj_ts_lighthouse_keepers/fog_signal_map_state_concurrency.ts": [
        (
            28,
            "WAC302",
            "error",
            (
                "`definition.CheckSignals.MaxConcurrency ?? 0` gives `concurrency` `0` when "
                "`definition.CheckSignals.MaxConcurrency` is missing (`null` / `undefined`), and "
                "a `concurrency` of zero or less makes `parallel` return `[]` without running "
                "anything; give a positive fallback"
            ),
        ),
    ],
    "aj_ts_lighthouse_keepers/fog_signal_map_state_ok.ts": [],
    "aj_ts_lighthouse_keepers/keeper_rota_bullmq_ok.ts": [],
    "aj_ts_lighthouse_keepers/keeper_rota_bullmq_worker.ts": [
        (
            10,
            "WAC101",
            "error",
            (
                "`bullmq.Worker` talks to a database or queue at module level: the script runs "
                "again from the top on every replay of the workflow, so this happens again each "
                "time; call it in a task or a `step(...)` in the body"
            ),
        ),
    ],
    "aj_ts_lighthouse_keepers/keeper_shift_accessor_decorator_ok.ts": [
        (
            35,
            "WAC903",
            "warning",
            (
                "Windmill's UI shows no diagram for this workflow: its TypeScript parser does "
                'not accept decorators and stops here ("Parse error"); move the decorated class '
                "to a module the script imports, or call the decorator function by hand instead "
                "of writing `@`"
            ),
        ),
        (
            62,
            "WAC901",
            "warning",
            (
                "Windmill cannot read this `main` signature (the file has a decorator, which "
                "Windmill's parser rejects): its input form and `.script.yaml` will have no "
                "inputs"
            ),
        ),
    ],
    "aj_ts_lighthouse_keepers/lamp_check_sfn_catch_all.ts": [
        (
            41,
            "WAC202",
            "error",
            (
                "This catch also catches the SDK's suspension (`StepSuspend` is an Error): its "
                "handler runs on every suspension; rethrow it first: `if (e?.name === "
                '"StepSuspend") throw e`'
            ),
        ),
    ],
    "aj_ts_lighthouse_keepers/lamp_check_sfn_catch_ok.ts": [],
    "aj_ts_lighthouse_keepers/lamp_hours_float32_samples.ts": [
        (
            11,
            "WAC107",
            "error",
            (
                "`new Float32Array(buf)` is a `Float32Array` returned by this task: it is "
                'checkpointed as JSON and comes back as an object of its indexes (`{"0": ..., '
                '"1": ...}`)'
            ),
        ),
    ],
    "aj_ts_lighthouse_keepers/lamp_hours_float32_samples_ok.ts": [],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_findings_and_messages(name: str) -> None:
    path = ROOT / name
    result = analyze_source(SourceFile(str(path), path.read_text(), LANG_TYPESCRIPT))
    assert not result.errors, [e.error for e in result.errors]
    got = [(f.row, f.code, str(f.severity), f.message) for f in result.findings]
    assert got == EXPECTED[name]
    scored = [g for g in got if g[1] not in UNSCORED]
    assert name.endswith("_ok.ts") == (not scored)


def test_every_script_of_the_folders_is_pinned() -> None:
    on_disk = {f"{p.parent.name}/{p.name}" for p in ROOT.glob("aj_ts_*/*.ts")}
    assert on_disk - GAPS == set(EXPECTED)
