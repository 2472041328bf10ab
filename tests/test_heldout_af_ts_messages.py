"""Red team AF (aft): the Bun TypeScript corpus `tests/corpus/adversarial/af_ts_*` (tidal
turbines, a print shop, escape rooms: workflows ported from Temporal, Restate, Cloudflare
Workflows and BullMQ, and written by agents from the WAC guide; windmill-client's own API
helpers in the body, timers raced against scripts and approvals, `bigint` / `Infinity` /
`Uint8Array` / `Error[]` / `AbortSignal` values across the checkpoint), every finding
pinned with its line, severity and exact message; the correct look-alikes (`_ok`) have
none. One analysis per script."""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile

ROOT = Path(__file__).parent / "corpus" / "adversarial"

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "af_ts_escape_rooms/birthday_party_flow_async.ts": [
        (
            28,
            "WAC101",
            "error",
            (
                "`runFlowAsync` calls the Windmill API in the workflow body, which re-runs on"
                " every replay; move it into a task or a `step(...)`"
            ),
        ),
    ],
    "af_ts_escape_rooms/corporate_event_enum_param.ts": [
        (
            43,
            "WAC902",
            "warning",
            (
                "Windmill reads the enum `Package` as a resource of type `package` (a "
                "resource picker), not a choice of its values; use a union of string literals"
                ' (`"basic" | "catered" | "overnight"`)'
            ),
        ),
    ],
    "af_ts_escape_rooms/corporate_event_union_param_ok.ts": [],
    "af_ts_escape_rooms/deposit_idempotency_uuid.ts": [
        (
            28,
            "WAC102",
            "error",
            (
                "`crypto.randomUUID` is random: the value changes between replays of the "
                "workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "af_ts_escape_rooms/gm_approval_timer_race.ts": [
        (
            25,
            "WAC108",
            "warning",
            (
                "`Promise.race` never times out `waitForApproval({ timeout: 24 * 3600 })`: "
                "while an approval is pending the workflow is suspended, not waiting, and the"
                " replay after it finds its result at once, so the timer never fires; the "
                "SDK's `timeout` option is the bound that applies (`waitForApproval({ timeout"
                " })`)"
            ),
        ),
    ],
    "af_ts_escape_rooms/gm_approval_timer_race_ok.ts": [],
    "af_ts_escape_rooms/gm_roster_set_resource.ts": [
        (
            30,
            "WAC101",
            "error",
            (
                "`setResource` calls the Windmill API in the workflow body, which re-runs on "
                "every replay; move it into a task or a `step(...)`"
            ),
        ),
        (
            32,
            "WAC101",
            "error",
            (
                "`setVariable` calls the Windmill API in the workflow body, which re-runs on "
                "every replay; move it into a task or a `step(...)`"
            ),
        ),
    ],
    "af_ts_escape_rooms/gm_roster_set_resource_ok.ts": [],
    "af_ts_escape_rooms/hint_timings_bigint_step.ts": [
        (
            17,
            "WAC107",
            "warning",
            (
                "`process.hrtime.bigint()` is a `bigint` returned by this step: it is "
                "checkpointed as JSON and comes back as a string of its digits"
            ),
        ),
        (
            24,
            "WAC107",
            "warning",
            (
                "`process.hrtime.bigint()` is a `bigint` returned by this step: it is "
                "checkpointed as JSON and comes back as a string of its digits"
            ),
        ),
    ],
    "af_ts_escape_rooms/hint_timings_bigint_step_ok.ts": [],
    "af_ts_escape_rooms/room_sensor_sweep_ok.ts": [],
    "af_ts_escape_rooms/room_sync_weakmap_keys.ts": [
        (
            25,
            "WAC103",
            "warning",
            (
                "The step name `syncKey(room)` is computed at run time: it is stable across "
                "replays (nothing in it reads the clock, randomness or the environment), but "
                "the guide asks for constant names and Windmill's diagram shows it as `step`;"
                " a literal gives the same keys, numbered `_2`, `_3`"
            ),
        ),
    ],
    "af_ts_escape_rooms/waiver_desk_settled.ts": [
        (
            31,
            "WAC202",
            "error",
            (
                "`Promise.allSettled` over durable calls turns the SDK's suspension "
                "(`StepSuspend`) into a rejected result (in `WaiverDesk.unsigned`, which the "
                "workflow calls): the code after it runs on every suspension; use "
                "`Promise.all`"
            ),
        ),
        (
            35,
            "WAC202",
            "error",
            (
                "`Promise.allSettled` over durable calls turns the SDK's suspension "
                "(`StepSuspend`) into a rejected result (in `WaiverDesk.unsigned`, which the "
                "workflow calls): the code after it runs on every suspension; use "
                "`Promise.all`"
            ),
        ),
    ],
    "af_ts_escape_rooms/waiver_desk_settled_ok.ts": [],
    "af_ts_print_shop/bindery_backoff_helper.ts": [
        (
            33,
            "WAC202",
            "error",
            (
                "This catch also catches the SDK's suspension (`StepSuspend` is an Error) (in"
                " `withBackoff`, which the workflow calls): its handler runs on every "
                'suspension; rethrow it first: `if (e?.name === "StepSuspend") throw e`'
            ),
        ),
    ],
    "af_ts_print_shop/bindery_backoff_helper_ok.ts": [],
    "af_ts_print_shop/courier_pickup_next_day.ts": [
        (
            13,
            "WAC107",
            "error",
            (
                "`d` is a `Date` returned by `nextWorkingDay` as a step's result: it is "
                "checkpointed as JSON and comes back as its ISO string, which has no "
                "`toISOString`: the workflow's `pickup.toISOString()` is a `TypeError`"
            ),
        ),
    ],
    "af_ts_print_shop/imposition_sparse_slots.ts": [
        (
            29,
            "WAC107",
            "error",
            (
                "`slot !== undefined` is always true: `slot` is an item of `slots`, a "
                "checkpointed result, and JSON stores an `undefined` item of an array as "
                "`null`; test `== null` instead"
            ),
        ),
    ],
    "af_ts_print_shop/ink_limits_infinity.ts": [
        (
            12,
            "WAC107",
            "error",
            (
                "`Infinity` is a number JSON cannot write inside the value returned by this "
                "task: it is checkpointed as JSON and comes back as `null`, which arithmetic,"
                " comparisons and `Math.min` / `Math.max` read as 0"
            ),
        ),
    ],
    "af_ts_print_shop/ink_limits_infinity_ok.ts": [],
    "af_ts_print_shop/job_ticket_tojson_ok.ts": [],
    "af_ts_print_shop/preflight_error_objects.ts": [
        (
            17,
            "WAC107",
            "error",
            (
                "`problems` is an array of `Error`s (its declared type) inside the value "
                "returned by this task: it is checkpointed as JSON and comes back as an array"
                " of `{}` (their `message` and `stack` are not enumerable)"
            ),
        ),
    ],
    "af_ts_print_shop/preflight_error_objects_ok.ts": [],
    "af_ts_print_shop/press_schedule_shards_ok.ts": [],
    "af_ts_print_shop/proof_round_approval_key.ts": [
        (
            25,
            "WAC102",
            "error",
            (
                "`Date.now` reads the clock: the value changes between replays of the "
                "workflow body; capture it with `step(...)`"
            ),
        ),
        (
            26,
            "WAC103",
            "warning",
            (
                "The step name '`urls-${round}`' is computed at run time: it is stable across"
                " replays (nothing in it reads the clock, randomness or the environment), but"
                " the guide asks for constant names and Windmill's diagram shows it as "
                "`step`; a literal gives the same keys, numbered `_2`, `_3`"
            ),
        ),
        (
            28,
            "WAC103",
            "error",
            (
                "The approval key `key` is built from `Date.now()`, which changes between "
                "replays: checkpoint keys come from names, so the completed step is not found"
                " and runs again; use a constant string literal"
            ),
        ),
    ],
    "af_ts_print_shop/rip_queue_run_script.ts": [
        (
            28,
            "WAC101",
            "error",
            (
                "`runScriptByPathAsync` calls the Windmill API in the workflow body, which "
                "re-runs on every replay; move it into a task or a `step(...)`"
            ),
        ),
        (
            29,
            "WAC101",
            "error",
            (
                "`waitJob` calls the Windmill API in the workflow body, which re-runs on "
                "every replay; move it into a task or a `step(...)`"
            ),
        ),
    ],
    "af_ts_print_shop/rip_queue_run_script_ok.ts": [],
    "af_ts_tidal_turbines/blade_inspection_progress.ts": [
        (
            45,
            "WAC101",
            "error",
            (
                "`setProgress` calls the Windmill API in the workflow body, which re-runs on "
                "every replay; move it into a task or a `step(...)`"
            ),
        ),
        (
            50,
            "WAC101",
            "error",
            (
                "`setProgress` calls the Windmill API in the workflow body, which re-runs on "
                "every replay; move it into a task or a `step(...)`"
            ),
        ),
    ],
    "af_ts_tidal_turbines/blade_inspection_progress_ok.ts": [],
    "af_ts_tidal_turbines/crew_callout_abort_signal.ts": [
        (
            17,
            "WAC107",
            "error",
            (
                "`controller.signal` is an `AbortSignal` inside the value passed to the "
                "script `f/marine/page_crew`: the job's arguments are sent as JSON, so it "
                "arrives as `{}` (JSON keeps none of it)"
            ),
        ),
    ],
    "af_ts_tidal_turbines/fleet_restart_catch_null.ts": [
        (
            21,
            "WAC202",
            "error",
            (
                "`.catch` does not exist on what a task call returns in windmill-client "
                "1.818.0 (a bare `{ then }` object, not a Promise): `TypeError: ... .catch is"
                " not a function` on every run; use try/catch with `if (e?.name === "
                '"StepSuspend") throw e` first'
            ),
        ),
    ],
    "af_ts_tidal_turbines/fleet_restart_plimit_ok.ts": [],
    "af_ts_tidal_turbines/grid_export_abort_race.ts": [
        (
            25,
            "WAC108",
            "warning",
            (
                "`Promise.race` never times out `submitExport({ period, operator: "
                "gridOperator, readings, to…`: while the script runs the workflow is "
                "suspended, not waiting, and the replay after it finds its result at once, so"
                " the timer never fires; the SDK's `timeout` option is the bound that applies"
                " (`taskScript(path, { timeout })`)"
            ),
        ),
    ],
    "af_ts_tidal_turbines/grid_export_abort_race_ok.ts": [],
    "af_ts_tidal_turbines/sediment_survey_s3.ts": [
        (
            24,
            "WAC107",
            "error",
            (
                "`loadS3File(survey)` is a `Uint8Array` returned by this step: it is "
                'checkpointed as JSON and comes back as an object of its indexes (`{"0": ...,'
                ' "1": ...}`)'
            ),
        ),
    ],
    "af_ts_tidal_turbines/sediment_survey_s3_ok.ts": [],
    "af_ts_tidal_turbines/tide_window_hrtime.ts": [
        (
            26,
            "WAC103",
            "error",
            (
                "The step name '`choose-window-${process.hrtime.bigint()}`' is built from "
                "`process.hrtime.bigint()`, which changes between replays: checkpoint keys "
                "come from names, so the completed step is not found and runs again; use a "
                "constant string literal"
            ),
        ),
        (
            26,
            "WAC102",
            "error",
            (
                "`process.hrtime.bigint` reads the clock: the value changes between replays "
                "of the workflow body; capture it with `step(...)`"
            ),
        ),
        (
            27,
            "WAC102",
            "error",
            (
                "`performance.now` reads the clock: the value changes between replays of the "
                "workflow body; capture it with `step(...)`"
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
    "af_ts_tidal_turbines/turbine_energy_bigint.ts": [
        (
            9,
            "WAC107",
            "warning",
            (
                "`BigInt(raw)` is a `bigint` inside the value returned by this task: it is "
                "checkpointed as JSON and comes back as a string of its digits"
            ),
        ),
    ],
    "af_ts_tidal_turbines/turbine_energy_bigint_ok.ts": [],
    "af_ts_tidal_turbines/yaw_calibration_state.ts": [
        (
            34,
            "WAC101",
            "error",
            (
                "`getState` calls the Windmill API in the workflow body, which re-runs on "
                "every replay; move it into a task or a `step(...)`"
            ),
        ),
        (
            47,
            "WAC101",
            "error",
            (
                "`setState` calls the Windmill API in the workflow body, which re-runs on "
                "every replay; move it into a task or a `step(...)`"
            ),
        ),
    ],
    "af_ts_tidal_turbines/yaw_calibration_state_ok.ts": [],
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
    on_disk = {f"{p.parent.name}/{p.name}" for p in ROOT.glob("af_ts_*/*.ts")}
    assert on_disk == set(EXPECTED)
