"""Red team AC (act): the Bun TypeScript corpus `tests/corpus/adversarial/ac_ts_*` (blood-bank
logistics, a film festival, mine shift operations: tasks held in Maps / tables / arrays, the
clock through `Temporal.Now` and helper defaults, `crypto.getRandomValues`, values a JSON
checkpoint changes, namespace imports, `switch (true)`, deferred disposers, catch tests of
the suspension's own fields), every finding pinned with its line, severity and exact message;
the correct look-alikes (`_ok`) have none."""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile

ROOT = Path(__file__).parent / "corpus" / "adversarial"

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "ac_ts_blood_bank/cold_chain_logger_rethrow_ok.ts": [],
    "ac_ts_blood_bank/courier_dispatch_temporal.ts": [
        (
            34,
            "WAC102",
            "error",
            (
                "`Temporal.Now.plainDateTimeISO` reads the clock: the value "
                "changes between replays of the workflow body; capture it with "
                "`step(...)`"
            ),
        ),
    ],
    "ac_ts_blood_bank/courier_dispatch_temporal_ok.ts": [],
    "ac_ts_blood_bank/crossmatch_labs_all_ok.ts": [],
    "ac_ts_blood_bank/crossmatch_labs_allsettled.ts": [
        (
            39,
            "WAC202",
            "error",
            (
                "`Promise.allSettled` over durable calls turns the SDK's "
                "suspension (`StepSuspend`) into a rejected result: the code "
                "after it runs on every suspension; use `Promise.all`"
            ),
        ),
    ],
    "ac_ts_blood_bank/donor_drive_shuffle.ts": [
        (
            32,
            "WAC102",
            "error",
            (
                "`Math.random` is random: the value changes between replays of "
                "the workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "ac_ts_blood_bank/donor_drive_shuffle_ok.ts": [],
    "ac_ts_blood_bank/donor_recall_notifier_map.ts": [
        (
            59,
            "WAC106",
            "error",
            (
                "The result of `notify(...)` is never awaited: the SDK still "
                "dispatches the task, but its result and its failure are lost; "
                "`await` it or gather it"
            ),
        ),
    ],
    "ac_ts_blood_bank/donor_recall_notifier_map_ok.ts": [],
    "ac_ts_blood_bank/irradiator_catch_unknown_ok.ts": [],
    "ac_ts_blood_bank/irradiator_release_finally_ok.ts": [],
    "ac_ts_blood_bank/plasma_inventory_bigint.ts": [
        (
            11,
            "WAC107",
            "warning",
            (
                "`{ siteId, totalMl: BigInt(row.total), bags: row.bags }` is a "
                "`bigint` member (`totalMl`) of its declared type `Stock` "
                "returned by this task: it is checkpointed as JSON and comes "
                "back as a string of its digits"
            ),
        ),
    ],
    "ac_ts_blood_bank/unit_expiry_interface_date.ts": [
        (
            18,
            "WAC107",
            "warning",
            (
                "`rows.map((r) => ({ unitId: r.unit_id, bloodGroup: r.blood_g…` "
                "is a `Date` member (`collectedAt`) of its declared type "
                "`PlateletLot` returned by this task: it is checkpointed as "
                "JSON and comes back as its ISO string"
            ),
        ),
    ],
    "ac_ts_blood_bank/unit_expiry_iso_ok.ts": [],
    "ac_ts_film_festival/awards_night_default_clock.ts": [
        (
            33,
            "WAC102",
            "error",
            (
                "`new Date()` (reached through `main → embargoUntil → new "
                "Date()`) reads the clock: the value changes between replays of "
                "the workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "ac_ts_film_festival/awards_night_default_clock_ok.ts": [],
    "ac_ts_film_festival/ballot_tally_set_step.ts": [
        (
            26,
            "WAC107",
            "error",
            (
                "`new Set(staffIds.map((s) => s.toLowerCase()))` is a `Set` "
                "returned by this step: it is checkpointed as JSON and comes "
                "back as `{}` (its items are lost)"
            ),
        ),
    ],
    "ac_ts_film_festival/export_list_main_ok.ts": [],
    "ac_ts_film_festival/jury_destructured_sdk_ok.ts": [],
    "ac_ts_film_festival/jury_namespace_step.ts": [
        (
            35,
            "WAC002",
            "error",
            (
                "`wmill.step` reaches `step` through the module: Windmill does "
                "not detect it; import `step` by name and use it directly"
            ),
        ),
        (
            39,
            "WAC002",
            "error",
            (
                "`wmill.step` reaches `step` through the module: Windmill does "
                "not detect it; import `step` by name and use it directly"
            ),
        ),
    ],
    "ac_ts_film_festival/jury_rounds_labelled_keys.ts": [
        (
            27,
            "WAC103",
            "warning",
            (
                "The approval key `key` is computed at run time: it is stable "
                "across replays (nothing in it reads the clock, randomness or "
                "the environment), but the guide asks for constant names; it also "
                "names the approval whose URLs the workflow asks for, so keep it "
                "only where each value is asked once (the SDK raises on a repeated "
                "key, from a list holding a value twice), or write one literal key "
                "per approval"
            ),
        ),
    ],
    "ac_ts_film_festival/premiere_seatmap_class.ts": [
        (
            25,
            "WAC107",
            "error",
            (
                "`new SeatMap(screeningId, taken)` is a `SeatMap` instance "
                "returned by this task: it is checkpointed as JSON and comes "
                "back as a plain object without its methods, which has no "
                '`firstFree`: the workflow\'s `map.firstFree("C", g.party)` is a '
                "`TypeError`"
            ),
        ),
    ],
    "ac_ts_film_festival/screening_grid_groupby_ok.ts": [],
    "ac_ts_film_festival/screening_grid_map_result.ts": [
        (
            15,
            "WAC107",
            "error",
            (
                "`grid` is a `Map` returned by this task: it is checkpointed as "
                "JSON and comes back as `{}` (its entries are lost)"
            ),
        ),
    ],
    "ac_ts_film_festival/subtitle_pipeline_for_await_ok.ts": [],
    "ac_ts_film_festival/subtitle_pipeline_then_chain.ts": [
        (
            30,
            "WAC202",
            "error",
            (
                "`.catch` after `.then(...)` on a task call never sees the "
                "task's suspension or failure: in windmill-client 1.818.0 its "
                "bare `{ then }` throws them out of `.then` itself, and "
                "otherwise hands back what the callback returns (no Promise), "
                "so `.catch` is a `TypeError: ... .catch is not a function` "
                "once the task has run; await the task in try/catch with `if "
                '(e?.name === "StepSuspend") throw e` first'
            ),
        ),
    ],
    "ac_ts_mine_shifts/blast_window_switch_true.ts": [
        (
            43,
            "WAC102",
            "error",
            (
                "`new Date()` reads the clock: the value changes between "
                "replays of the workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "ac_ts_mine_shifts/blast_window_switch_true_ok.ts": [],
    "ac_ts_mine_shifts/conveyor_fault_table.ts": [
        (
            55,
            "WAC106",
            "error",
            (
                "The result of `HANDLERS[f.kind](...)` is never awaited: the "
                "SDK still dispatches the task, but its result and its failure "
                "are lost; `await` it or gather it"
            ),
        ),
    ],
    "ac_ts_mine_shifts/conveyor_fault_table_ok.ts": [],
    "ac_ts_mine_shifts/crew_rotation_random_values.ts": [
        (
            24,
            "WAC102",
            "error",
            (
                "`crypto.getRandomValues` is random: the value changes between "
                "replays of the workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "ac_ts_mine_shifts/evacuation_catch_error_message.ts": [
        (
            36,
            "WAC202",
            "warning",
            (
                "This catch also catches the SDK's suspension (`StepSuspend` is "
                "an Error) and reaches a durable call before doing anything "
                "else: windmill-client 1.818.0 rethrows the suspension there, "
                "before dispatching it, so the workflow still suspends; the "
                "guide asks to rethrow it first: `if (e?.name === "
                '"StepSuspend") throw e`'
            ),
        ),
    ],
    "ac_ts_mine_shifts/evacuation_catch_task_error_ok.ts": [],
    "ac_ts_mine_shifts/gas_sensor_map_reference_ok.ts": [],
    "ac_ts_mine_shifts/headcount_async_local_storage_ok.ts": [],
    "ac_ts_mine_shifts/ore_assay_response_task.ts": [
        (
            7,
            "WAC107",
            "error",
            (
                "'fetch(`https://assay.deepcore.example/labs/${lab}/samples/$…' "
                "is a `Response` returned by this task: it is checkpointed as "
                "JSON and comes back as `{}` (JSON keeps none of it)"
            ),
        ),
    ],
    "ac_ts_mine_shifts/shaft_inspection_defer_release.ts": [
        (
            23,
            "WAC101",
            "error",
            (
                "`fetch` does network I/O in the workflow body, which re-runs "
                "on every replay; move it into a task or a `step(...)`"
            ),
        ),
    ],
    "ac_ts_mine_shifts/shift_checks_values_unawaited.ts": [
        (
            29,
            "WAC106",
            "error",
            (
                "The result of `check(...)` is never awaited: the SDK still "
                "dispatches the task, but its result and its failure are lost; "
                "`await` it or gather it"
            ),
        ),
    ],
    "ac_ts_mine_shifts/siren_dispatch_mixed_table.ts": [
        (
            41,
            "WAC101",
            "error",
            (
                "`fetch` (reached through `main → ALERT.siren → fetch`) does "
                "network I/O in the workflow body, which re-runs on every "
                "replay; move it into a task or a `step(...)`"
            ),
        ),
    ],
    "ac_ts_mine_shifts/ventilation_bundled_config_ok.ts": [],
    "ac_ts_mine_shifts/ventilation_top_level_config.ts": [
        (
            6,
            "WAC101",
            "error",
            (
                "`fetch` does network I/O at module level: the script runs "
                "again from the top on every replay of the workflow, so this "
                "happens again each time; call it in a task or a `step(...)` in "
                "the body"
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
    on_disk = {f"{p.parent.name}/{p.name}" for p in ROOT.glob("ac_ts_*/*.ts")}
    assert on_disk == set(EXPECTED)
