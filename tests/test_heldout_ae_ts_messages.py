"""Red team AE (aet): the Bun TypeScript corpus `tests/corpus/adversarial/ae_ts_*` (a
sequencing lab, marina berths, live-ops patch rollouts: ported Inngest / Temporal /
Trigger.dev / Step Functions code, step runners and generators of task calls, `Map.groupBy`
/ `Uint8Array` / getter instances across the checkpoint, `.then(ok, onRejected)` fallbacks,
Go-style `tryCatch` helpers), every finding pinned with its line, severity and exact
message; the correct look-alikes (`_ok`) have none."""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile

ROOT = Path(__file__).parent / "corpus" / "adversarial"

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "ae_ts_liveops_patches/asset_bundle_hashes_ok.ts": [],
    "ae_ts_liveops_patches/canary_wait_helper_sleep_ok.ts": [],
    "ae_ts_liveops_patches/canary_wait_helper_timer.ts": [
        (
            36,
            "WAC101",
            "error",
            (
                "`setTimeout` (reached through `main → wait.for → setTimeout`) "
                "waits, holding the worker (use the SDK's `sleep`), in the workflow "
                "body, which re-runs on every replay; move it into a task or a "
                "`step(...)`"
            ),
        ),
    ],
    "ae_ts_liveops_patches/cdn_purge_static_client.ts": [
        (
            36,
            "WAC101",
            "error",
            (
                "`fetch` (reached through `main → EdgeCdn.purge → fetch`) does "
                "network I/O in the workflow body, which re-runs on every replay; "
                "move it into a task or a `step(...)`"
            ),
        ),
    ],
    "ae_ts_liveops_patches/cert_review_catch_error.ts": [
        (
            38,
            "WAC202",
            "warning",
            (
                "This catch also catches the SDK's suspension (`StepSuspend` is an "
                "Error) and reaches a durable call before doing anything else: "
                "windmill-client 1.818.0 rethrows the suspension there, before "
                "dispatching it, so the workflow still suspends; the guide asks to "
                'rethrow it first: `if (e?.name === "StepSuspend") throw e`'
            ),
        ),
    ],
    "ae_ts_liveops_patches/cert_review_catch_error_ok.ts": [],
    "ae_ts_liveops_patches/hotfix_idempotency_counter.ts": [
        (
            29,
            "WAC103",
            "warning",
            (
                'The step name `nextKey("submitted")` is computed at run time: it is '
                "stable across replays (nothing in it reads the clock, randomness or "
                "the environment), but the guide asks for constant names and "
                "Windmill's diagram shows it as `step`; a literal gives the same "
                "keys, numbered `_2`, `_3`"
            ),
        ),
    ],
    "ae_ts_liveops_patches/leaderboard_snapshot_fromasync_ok.ts": [],
    "ae_ts_liveops_patches/localization_scratch_using.ts": [
        (
            31,
            "WAC101",
            "error",
            (
                "`mkdtempSync` (reached through `main → scratchDir → mkdtempSync`) "
                "touches the file system in the workflow body, which re-runs on "
                "every replay; move it into a task or a `step(...)`; the same call also "
                "reaches `rmSync` (line 12, in `scratchDir.[Symbol.dispose]`)"
            ),
        ),
    ],
    "ae_ts_liveops_patches/player_segments_map_groupby.ts": [
        (
            21,
            "WAC107",
            "error",
            (
                "`Map.groupBy(players, (p) => p.platform)` is a `Map` returned by "
                "this step: it is checkpointed as JSON and comes back as `{}` (its "
                "entries are lost)"
            ),
        ),
    ],
    "ae_ts_liveops_patches/player_segments_object_groupby_ok.ts": [],
    "ae_ts_liveops_patches/promote_build_audit_decorator.ts": [
        (
            30,
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
            36,
            "WAC901",
            "warning",
            (
                "Windmill cannot read this `main` signature (the file has a "
                "decorator, which Windmill's parser rejects): its input form and "
                "`.script.yaml` will have no inputs"
            ),
        ),
        (
            38,
            "WAC101",
            "error",
            (
                "`fetch` (reached through `main → audited → fetch`) does network I/O "
                "in the workflow body, which re-runs on every replay; move it into a "
                "task or a `step(...)`"
            ),
        ),
        (
            41,
            "WAC101",
            "error",
            (
                "`fetch` (reached through `main → audited → fetch`) does network I/O "
                "in the workflow body, which re-runs on every replay; move it into a "
                "task or a `step(...)`"
            ),
        ),
        (
            44,
            "WAC101",
            "error",
            (
                "`fetch` (reached through `main → audited → fetch`) does network I/O "
                "in the workflow body, which re-runs on every replay; move it into a "
                "task or a `step(...)`"
            ),
        ),
    ],
    "ae_ts_liveops_patches/sfn_map_state_parallel.ts": [
        (
            28,
            "WAC302",
            "error",
            (
                "`maxConcurrency` is not an option of `parallel`: the SDK ignores "
                "it, so the default applies; did you mean `concurrency`?"
            ),
        ),
    ],
    "ae_ts_liveops_patches/sfn_map_state_parallel_ok.ts": [],
    "ae_ts_liveops_patches/shard_warmup_foreach_method.ts": [
        (
            40,
            "WAC106",
            "error",
            (
                "This call reaches `shards.forEach(async ...)` in "
                "`RegionWarmer.warmAll` (line 32), which drops the promise its "
                "callback returns: the durable calls in it are never awaited, and "
                "the workflow goes on without them; use `for ... of` with `await`, "
                "or `await Promise.all(xs.map(...))` there"
            ),
        ),
    ],
    "ae_ts_liveops_patches/shard_warmup_foreach_method_ok.ts": [],
    "ae_ts_liveops_patches/store_rollout_all_catch.ts": [
        (
            24,
            "WAC202",
            "error",
            (
                "This catch also catches the SDK's suspension (`StepSuspend` is an "
                "Error): its handler runs on every suspension; rethrow it first: `if "
                '(e?.name === "StepSuspend") throw e`'
            ),
        ),
    ],
    "ae_ts_marina_berths/berth_hold_then_fallback.ts": [
        (
            31,
            "WAC301",
            "error",
            (
                "`.then(onFulfilled, onRejected)` on a task call: in a workflow, "
                "windmill-client 1.818.0 returns a bare `{ then }` object, and for a "
                "failed task its `then` calls `onRejected` but returns nothing, so "
                "this expression is `undefined`, not the fallback `onRejected` "
                "returns; await the task in `try` / `catch` (rethrowing the "
                "`StepSuspend` first) and use the fallback there"
            ),
        ),
    ],
    "ae_ts_marina_berths/berth_hold_then_fallback_ok.ts": [],
    "ae_ts_marina_berths/crew_checkin_literal_ok.ts": [],
    "ae_ts_marina_berths/crew_checkin_private_sequence.ts": [
        (
            39,
            "WAC103",
            "warning",
            (
                'The step name `names.next("arrival-card")` is computed at run time: '
                "it is stable across replays (nothing in it reads the clock, "
                "randomness or the environment), but the guide asks for constant "
                "names and Windmill's diagram shows it as `step`; a literal gives "
                "the same keys, numbered `_2`, `_3`"
            ),
        ),
    ],
    "ae_ts_marina_berths/fuel_dock_tide_window.ts": [
        (
            24,
            "WAC102",
            "error",
            (
                "`new Date()` reads the clock: the value changes between replays of "
                "the workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "ae_ts_marina_berths/haul_out_daily_approval_key.ts": [
        (
            26,
            "WAC102",
            "error",
            (
                "`new Date()` reads the clock: the value changes between replays of "
                "the workflow body; capture it with `step(...)`"
            ),
        ),
        (
            29,
            "WAC103",
            "error",
            (
                "The approval key `key` is built from `new Date()`, which changes "
                "between replays: checkpoint keys come from names, so the completed "
                "step is not found and runs again; use a constant string literal"
            ),
        ),
    ],
    "ae_ts_marina_berths/haul_out_daily_approval_key_ok.ts": [],
    "ae_ts_marina_berths/mooring_invoices_finally_partial.ts": [
        (
            34,
            "WAC203",
            "error",
            (
                "`return { period, sent, failed, partial: true };` leaves a "
                "`finally` that also runs while the workflow suspends: it discards "
                "the suspension and the round ends as if the `try` had finished; "
                "move it out of the `finally`"
            ),
        ),
    ],
    "ae_ts_marina_berths/pumpout_random_ticket_step.ts": [
        (
            32,
            "WAC102",
            "error",
            (
                "`Math.random` is random: the value changes between replays of the "
                "workflow body; capture it with `step(...)`"
            ),
        ),
        (
            33,
            "WAC103",
            "error",
            (
                "The step name '`ticket-${ref}`' is built from `Math.random()`, "
                "which changes between replays: checkpoint keys come from names, so "
                "the completed step is not found and runs again; use a constant "
                "string literal"
            ),
        ),
    ],
    "ae_ts_marina_berths/slip_transfer_try_then.ts": [
        (
            31,
            "WAC301",
            "error",
            (
                "`.then(onFulfilled, onRejected)` on a task call (in `attempt`, "
                "which this call hands the task call to): in a workflow, "
                "windmill-client 1.818.0 returns a bare `{ then }` object, and for a "
                "failed task its `then` calls `onRejected` but returns nothing, so "
                "this expression is `undefined`, not the fallback `onRejected` "
                "returns; await the task in `try` / `catch` (rethrowing the "
                "`StepSuspend` first) and use the fallback there"
            ),
        ),
    ],
    "ae_ts_marina_berths/storage_contracts_getter_instance.ts": [
        (
            20,
            "WAC107",
            "warning",
            (
                "`new StorageContract(x.vessel, x.owner, x.ends_on, asOf)` is a "
                "`StorageContract` instance inside the value returned by this task: "
                "it is checkpointed as JSON and comes back as a plain object without "
                "its getters"
            ),
        ),
    ],
    "ae_ts_marina_berths/storage_contracts_plain_ok.ts": [],
    "ae_ts_marina_berths/transient_slips_signature_ok.ts": [],
    "ae_ts_marina_berths/winter_storage_clone_ok.ts": [],
    "ae_ts_seq_lab/demux_lane_generator.ts": [
        (
            32,
            "WAC106",
            "error",
            (
                "`...lanesOf(...)` runs the generator `lanesOf`, which yields the "
                "promises of durable calls, and they are never awaited: the SDK "
                "still dispatches the calls, but their results and failures are "
                "lost; gather them: `await Promise.all([...lanesOf(...)])`"
            ),
        ),
    ],
    "ae_ts_seq_lab/demux_lane_generator_ok.ts": [],
    "ae_ts_seq_lab/freezer_audit_nanoseconds.ts": [
        (
            23,
            "WAC102",
            "error",
            (
                "`Bun.nanoseconds` reads the clock: the value changes between "
                "replays of the workflow body; capture it with `step(...)`"
            ),
        ),
        (
            27,
            "WAC102",
            "error",
            (
                "`Bun.nanoseconds` reads the clock: the value changes between "
                "replays of the workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "ae_ts_seq_lab/intake_step_runner_clock.ts": [
        (
            36,
            "WAC103",
            "error",
            (
                "The step name (in `StepRunner.run`) '`${this.prefix}:${id}`' is "
                "built from `Date.now()`, which changes between replays: checkpoint "
                "keys come from names, so the completed step is not found and runs "
                "again; use a constant string literal"
            ),
        ),
        (
            36,
            "WAC102",
            "error",
            (
                "`Date.now` reads the clock: the value changes between replays of "
                "the workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "ae_ts_seq_lab/intake_step_runner_ok.ts": [],
    "ae_ts_seq_lab/pool_libraries_retry_policy.ts": [
        (
            6,
            "WAC302",
            "error",
            (
                "`backoffSeconds` is not a key of a retry policy (attempts, delay, "
                "multiplier, max_delay): the SDK ignores it"
            ),
        ),
    ],
    "ae_ts_seq_lab/pool_libraries_retry_policy_ok.ts": [],
    "ae_ts_seq_lab/qc_digest_bytes.ts": [
        (
            32,
            "WAC107",
            "error",
            (
                "`new TextEncoder().encode(toCsv(metrics))` is a `Uint8Array` "
                "returned by this step: it is checkpointed as JSON and comes back as "
                'an object of its indexes (`{"0": ..., "1": ...}`)'
            ),
        ),
    ],
    "ae_ts_seq_lab/qc_digest_bytes_ok.ts": [],
    "ae_ts_seq_lab/run_window_static_block.ts": [
        (
            21,
            "WAC102",
            "error",
            (
                "`RunWindow.openedAt` is computed in the class body from "
                "`Date.now()`, which runs when the module loads: the script runs "
                "again from the top on every replay, so its value changes between "
                "replays of the workflow body; compute it with `step(...)` in the "
                "body"
            ),
        ),
    ],
    "ae_ts_seq_lab/sample_sheet_registry_ok.ts": [],
    "ae_ts_seq_lab/signoff_desk_keys.ts": [
        (
            24,
            "WAC303",
            "error",
            (
                'The approval key `"qc-lead"` (given to `ask`, which waits for the '
                "approval keyed by it) is already used on line 22: the SDK raises "
                "`WAC step key ... is already used` here; give each approval its own "
                "key"
            ),
        ),
    ],
    "ae_ts_seq_lab/variant_calls_try_tuple.ts": [
        (
            38,
            "WAC202",
            "error",
            (
                "This catch also catches the SDK's suspension (`StepSuspend` is an "
                "Error) (in `tryCatch`, which the workflow calls): its handler runs "
                "on every suspension; rethrow it first: `if (e?.name === "
                '"StepSuspend") throw e`'
            ),
        ),
    ],
    "ae_ts_seq_lab/variant_calls_try_tuple_ok.ts": [],
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
    on_disk = {f"{p.parent.name}/{p.name}" for p in ROOT.glob("ae_ts_*/*.ts")}
    assert on_disk == set(EXPECTED)
