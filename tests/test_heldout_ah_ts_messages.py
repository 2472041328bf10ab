"""Red team AH (aht): the Bun TypeScript corpus `tests/corpus/adversarial/ah_ts_*` (a carbon
credit registry, tower crane bookings, a fansub studio: workflows ported from Trigger.dev v3,
Inngest, Vercel Workflow, Mastra and a Step Functions state machine; bigints across the
checkpoint, module / static / global state written by tasks, functions reached through
tables, factories, constructor-injected dependencies and literals of instances, branded
and readonly `main` parameters), every finding pinned with its line, severity and exact
message; the correct look-alikes (`_ok`) have none. One analysis per script."""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile

ROOT = Path(__file__).parent / "corpus" / "adversarial"

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "ah_ts_carbon_registry/buffer_pool_planner_deps.ts": [
        (
            41,
            "WAC101",
            "error",
            (
                "`this.deps.http` (reached through `main → BufferPlanner.plan → "
                "this.deps.http`) does network I/O in the workflow body, which re-runs on "
                "every replay; move it into a task or a `step(...)`"
            ),
        ),
    ],
    "ah_ts_carbon_registry/buffer_pool_planner_deps_ok.ts": [],
    "ah_ts_carbon_registry/issuance_then_fallback.ts": [
        (
            24,
            "WAC301",
            "error",
            (
                "`.then(onFulfilled, onRejected)` on a task call: in a workflow, "
                "windmill-client 1.818.0 returns a bare `{ then }` object, and for a failed "
                "task its `then` calls `onRejected` but returns nothing, so this expression "
                "is `undefined`, not the fallback `onRejected` returns; await the task in "
                "`try` / `catch` (rethrowing the `StepSuspend` first) and use the fallback "
                "there"
            ),
        ),
    ],
    "ah_ts_carbon_registry/offset_invoice_bigint_step.ts": [
        (
            19,
            "WAC107",
            "warning",
            (
                "`lines.reduce((acc, l) => acc + lineTotal(l), 0n)` is a `bigint` returned by"
                " this step: it is checkpointed as JSON and comes back as a string of its "
                "digits"
            ),
        ),
    ],
    "ah_ts_carbon_registry/reconcile_all_finally_ok.ts": [],
    "ah_ts_carbon_registry/registry_sync_module_let.ts": [
        (
            12,
            "WAC104",
            "error",
            (
                "This task body changes the module-level `lastSyncedVintage`: a task runs as "
                "its own job, so the workflow never sees the change; return the value from "
                "the task instead"
            ),
        ),
    ],
    "ah_ts_carbon_registry/retirement_batch_catch_unknown.ts": [
        (
            40,
            "WAC202",
            "error",
            (
                "This catch also catches the SDK's suspension (`StepSuspend` is an Error): "
                "its handler runs on every suspension; rethrow it first: `if (e?.name === "
                '"StepSuspend") throw e`'
            ),
        ),
    ],
    "ah_ts_carbon_registry/retirement_batch_ok.ts": [],
    "ah_ts_carbon_registry/serial_block_bigint.ts": [
        (
            19,
            "WAC107",
            "warning",
            (
                "`{ projectId: req.projectId, vintage: req.vintage, first: Bi…` is a `bigint`"
                " member (`first`) of its declared type `SerialBlock` returned by this task: "
                "it is checkpointed as JSON and comes back as a string of its digits"
            ),
        ),
    ],
    "ah_ts_carbon_registry/serial_block_string_ok.ts": [],
    "ah_ts_carbon_registry/verifier_dispatch_map.ts": [
        (
            38,
            "WAC101",
            "error",
            (
                "`fetch` (reached through `main → goldStandardCheck → fetch`) does network "
                "I/O in the workflow body, which re-runs on every replay; move it into a task"
                " or a `step(...)`"
            ),
        ),
    ],
    "ah_ts_carbon_registry/verifier_dispatch_map_ok.ts": [],
    "ah_ts_crane_bookings/crane_spec_global_cache.ts": [
        (
            15,
            "WAC104",
            "error",
            (
                "This task body changes the global `globalThis.__craneSpecs`: a task runs as "
                "its own job, so the workflow never sees the change; return the value from "
                "the task instead"
            ),
        ),
    ],
    "ah_ts_crane_bookings/ground_bearing_reflect_apply.ts": [
        (
            23,
            "WAC101",
            "error",
            (
                "`fetch` (reached through `main → fileMatPlacement → fetch`) does network I/O"
                " in the workflow body, which re-runs on every replay; move it into a task or"
                " a `step(...)`"
            ),
        ),
    ],
    "ah_ts_crane_bookings/lift_log_static_counter.ts": [
        (
            17,
            "WAC104",
            "error",
            (
                "This task body changes the module-level `LiftLog.recorded`: a task runs as "
                "its own job, so the workflow never sees the change; return the value from "
                "the task instead"
            ),
        ),
    ],
    "ah_ts_crane_bookings/lift_signoff_key_in_loop.ts": [
        (
            37,
            "WAC303",
            "error",
            (
                'The approval key `"rigger_signoff"` is used inside a loop: the SDK raises on'
                " its second use; drop the key (approvals are then numbered) or call it once"
            ),
        ),
    ],
    "ah_ts_crane_bookings/lift_signoff_single_key_ok.ts": [],
    "ah_ts_crane_bookings/load_chart_task_factory.ts": [
        (
            7,
            "WAC003",
            "warning",
            (
                "`task` wraps an anonymous function inside a function: its step key is `step`"
                " (numbered `_2`, `_3`, shared with other unnamed steps), and Windmill's "
                "diagram does not show it; define a named task at module top level"
            ),
        ),
    ],
    "ah_ts_crane_bookings/load_chart_task_factory_ok.ts": [],
    "ah_ts_crane_bookings/operator_cert_instanceof.ts": [
        (
            34,
            "WAC204",
            "error",
            (
                "`e instanceof CertExpiredError` is never true here: the guarded code only "
                'runs tasks and steps, and the SDK throws a plain `Error` named "TaskError" '
                'for their failures; test `e.name === "TaskError"` (the original name is in '
                "`e.result.error.name`)"
            ),
        ),
    ],
    "ah_ts_crane_bookings/permit_state_machine_clock.ts": [
        (
            54,
            "WAC102",
            "error",
            (
                "`Date.now` reads the clock: the value changes between replays of the "
                "workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "ah_ts_crane_bookings/slot_semaphore_ok.ts": [],
    "ah_ts_crane_bookings/telemetry_pull_finally.ts": [
        (
            23,
            "WAC202",
            "error",
            (
                "`.finally` does not exist on what a task call returns in windmill-client "
                "1.818.0 (a bare `{ then }` object, not a Promise): `TypeError: ... .finally "
                "is not a function` on every run; use try/catch with `if (e?.name === "
                '"StepSuspend") throw e` first'
            ),
        ),
    ],
    "ah_ts_crane_bookings/wind_hold_backoff_ok.ts": [],
    "ah_ts_fansub_studio/batch_branded_params.ts": [
        (
            23,
            "WAC902",
            "warning",
            (
                "Windmill does not read intersections (`A & B`): `EpisodeId` (an alias of "
                '`string & { readonly __brand: "EpisodeId" }`) makes an untyped input; '
                "annotate the parameter `string` and cast it to the branded type in the body"
            ),
        ),
        (
            24,
            "WAC902",
            "warning",
            (
                "Windmill does not read `readonly` types: `readonly string[]` makes an "
                "untyped input; drop `readonly`"
            ),
        ),
    ],
    "ah_ts_fansub_studio/burn_in_catch_fallback.ts": [
        (
            32,
            "WAC202",
            "error",
            (
                "This catch also catches the SDK's suspension (`StepSuspend` is an Error) (in"
                " `videoFor`, which the workflow calls): its handler runs on every "
                'suspension; rethrow it first: `if (e?.name === "StepSuspend") throw e`'
            ),
        ),
    ],
    "ah_ts_fansub_studio/encode_timing_log_ok.ts": [],
    "ah_ts_fansub_studio/episode_use_step_directives.ts": [
        (
            39,
            "WAC101",
            "error",
            (
                "`fetch` (reached through `main → translateCues → fetch`) does network I/O in"
                " the workflow body, which re-runs on every replay; move it into a task or a "
                "`step(...)`"
            ),
        ),
        (
            40,
            "WAC101",
            "error",
            (
                "`fetch` (reached through `main → publishSubtitles → fetch`) does network I/O"
                " in the workflow body, which re-runs on every replay; move it into a task or"
                " a `step(...)`"
            ),
        ),
    ],
    "ah_ts_fansub_studio/episode_use_step_tasks_ok.ts": [],
    "ah_ts_fansub_studio/font_cache_task_closure.ts": [
        (
            11,
            "WAC104",
            "error",
            (
                "This task body changes the module-level `fontIndex`: a task runs as its own "
                "job, so the workflow never sees the change; return the value from the task "
                "instead"
            ),
        ),
    ],
    "ah_ts_fansub_studio/glossary_memo_closure.ts": [
        (
            28,
            "WAC101",
            "error",
            (
                "`fetch` (reached through `main → glossaryFor → fetch`) does network I/O in "
                "the workflow body, which re-runs on every replay; move it into a task or a "
                "`step(...)`"
            ),
        ),
    ],
    "ah_ts_fansub_studio/glossary_memo_closure_ok.ts": [],
    "ah_ts_fansub_studio/mastra_parallel_dropped.ts": [
        (
            31,
            "WAC106",
            "error",
            (
                "The result of `typesetSigns(...)` is never awaited: the SDK still dispatches"
                " the task, but its result and its failure are lost; `await` it or gather it"
            ),
        ),
    ],
    "ah_ts_fansub_studio/qc_bound_checkers_ok.ts": [],
    "ah_ts_fansub_studio/release_announce_set_immediate.ts": [
        (
            23,
            "WAC101",
            "error",
            (
                "`fetch` does network I/O in the workflow body, which re-runs on every "
                "replay; move it into a task or a `step(...)`"
            ),
        ),
    ],
    "ah_ts_fansub_studio/stage_pipeline_inherited.ts": [
        (
            44,
            "WAC101",
            "error",
            (
                "`fetch` (reached through `main → Stage.run → FontSubset.exec → fetch`) does "
                "network I/O in the workflow body, which re-runs on every replay; move it "
                "into a task or a `step(...)`"
            ),
        ),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_findings_and_messages(name: str) -> None:
    path = ROOT / name
    result = analyze_source(SourceFile(str(path), path.read_text(), LANG_TYPESCRIPT))
    assert not result.errors, [e.error for e in result.errors]
    got = [(f.row, f.code, str(f.severity), f.message) for f in result.findings]
    assert got == EXPECTED[name]
    assert name.endswith("_ok.ts") == (not got)


def test_every_script_of_the_folders_is_pinned() -> None:
    on_disk = {f"{p.parent.name}/{p.name}" for p in ROOT.glob("ah_ts_*/*.ts")}
    assert on_disk == set(EXPECTED)
