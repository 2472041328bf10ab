"""Red team AI (ait): the Bun TypeScript corpus `tests/corpus/adversarial/ai_ts_*` (drone
surveys, a shipyard dry dock, choir tours: ports from Temporal, Cloudflare Workflows,
Restate and Durable Functions, agent-written classes, namespaces, generators and
`Disposable`s), every finding pinned with its line, severity and exact message; the
correct look-alikes (`_ok`) have none. Scripts listed in KNOWN_GAPS.txt are left to
`tests/test_adversarial_corpus.py`."""

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

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "ai_ts_choir_tours/coach_charter_using_lockfile.ts": [
        (
            34,
            "WAC101",
            "error",
            (
                "`existsSync` (reached through `main → FileLock.constructor → "
                "existsSync`) touches the file system in the workflow body, which "
                "re-runs on every replay; move it into a task or a `step(...)`; the "
                "same call also reaches `writeFileSync` (line 8, in "
                "`FileLock.constructor`) and `unlinkSync` (line 11, in "
                "`FileLock.[Symbol.dispose]`)"
            ),
        ),
    ],
    "ai_ts_choir_tours/dress_rehearsal_finally_task_ok.ts": [],
    "ai_ts_choir_tours/hotel_overbook_guard_helper.ts": [
        (
            39,
            "WAC204",
            "error",
            (
                "`isOverbooked(e)` is never true here: `isOverbooked` requires `e "
                "instanceof OverbookedError` (line 15), which is false of what the "
                "guarded code throws: it only runs tasks and steps, for whose failures "
                'the SDK throws a plain `Error` named "TaskError" (with `name`, '
                "`message`, `stack`, `result`, `step_key`, `child_job_id`); test "
                '`e.name === "TaskError"` (the original error is described in '
                "`e.result.error`)"
            ),
        ),
    ],
    "ai_ts_choir_tours/rehearsal_namespace_step_keys.ts": [
        (
            34,
            "WAC103",
            "info",
            (
                'The step name `Steps.VENUE_HOLD` is the constant `"venue_hold"`: '
                "stable across replays, but Windmill's parser only reads a literal at "
                "the call, so its diagram shows this step as `step`; write "
                '`"venue_hold"` here'
            ),
        ),
        (
            37,
            "WAC103",
            "info",
            (
                'The step name `K.Catering` is the constant `"catering_quote"`: stable '
                "across replays, but Windmill's parser only reads a literal at the "
                "call, so its diagram shows this step as `step`; write "
                '`"catering_quote"` here'
            ),
        ),
    ],
    "ai_ts_choir_tours/roster_headcount_getter_post.ts": [
        (
            38,
            "WAC101",
            "error",
            (
                "`fetch` (reached through `main → Roster.headcount → fetch`) does "
                "network I/O in the workflow body, which re-runs on every replay; move "
                "it into a task or a `step(...)`"
            ),
        ),
    ],
    "ai_ts_choir_tours/sectional_notices_yield_star.ts": [
        (
            35,
            "WAC106",
            "error",
            (
                "`allNotices(...)` hands back the promises of durable calls (a function"
                " without `async` that returns or yields them), and they are never "
                "awaited: the SDK still dispatches the calls, but their results and "
                "failures are lost; gather them: `await "
                "Promise.all([...allNotices(...)])`"
            ),
        ),
    ],
    "ai_ts_choir_tours/sectional_notices_yield_star_ok.ts": [],
    "ai_ts_choir_tours/setlist_voice_const_enum_param.ts": [
        (
            37,
            "WAC902",
            "warning",
            (
                "Windmill reads the enum `Voice` as a resource of type `voice` (a "
                "resource picker), not a choice of its values; use a union of string "
                'literals (`"S" | "A" | "T"`)'
            ),
        ),
        (
            38,
            "WAC902",
            "warning",
            (
                "Windmill reads `Tour.Region` as a resource of type `region` (a "
                "resource picker), not the type the namespace declares: its parser "
                "reads only the last name of a qualified type and looks it up at the "
                "top level of the file; declare `Region` at the top level and write "
                "`Region`"
            ),
        ),
    ],
    "ai_ts_choir_tours/tour_budget_static_private.ts": [
        (
            25,
            "WAC104",
            "error",
            (
                "This task body changes the module-level `TourBudget.#committed`: a "
                "task runs as its own job, so the workflow never sees the change; "
                "return the value from the task instead"
            ),
        ),
    ],
    "ai_ts_choir_tours/translator_agent_class_ok.ts": [],
    "ai_ts_choir_tours/venue_contract_key_in_loop.ts": [
        (
            31,
            "WAC303",
            "error",
            (
                'The approval key `Approvals.CONTRACT` (the string `"venue_contract"`) '
                "is used inside a loop: the SDK raises on its second use; drop the key "
                "(approvals are then numbered) or call it once"
            ),
        ),
    ],
    "ai_ts_choir_tours/visa_batch_zod_coerce_date.ts": [
        (
            29,
            "WAC107",
            "warning",
            (
                "`s.passportExpiry` is a `Date` member (`passportExpiry`) of the zod "
                "schema `Singer` inside the value passed to the script "
                "`f/tours/visa_appointments`: the job's arguments are sent as JSON, so "
                "it arrives as its ISO string"
            ),
        ),
    ],
    "ai_ts_choir_tours/visa_batch_zod_string_ok.ts": [],
    "ai_ts_drone_surveys/battery_budget_from_logs_ok.ts": [],
    "ai_ts_drone_surveys/battery_budget_static_charge.ts": [
        (
            26,
            "WAC104",
            "error",
            (
                "This task body changes the module-level `FleetBudget.usedWh`: a task "
                "runs as its own job, so the workflow never sees the change; return the"
                " value from the task instead"
            ),
        ),
    ],
    "ai_ts_drone_surveys/corridor_mode_const_array_param.ts": [
        (
            29,
            "WAC902",
            "warning",
            (
                'Windmill does not read indexed access types (`T["key"]`): `(typeof '
                "PATTERNS)[number]` makes an untyped input; write the type itself"
            ),
        ),
    ],
    "ai_ts_drone_surveys/flight_window_sleep_until.ts": [
        (
            35,
            "WAC102",
            "error",
            (
                "`Date.now` (reached through `main → secondsUntil → Date.now`) reads "
                "the clock: the value changes between replays of the workflow body; "
                "capture it with `step(...)`"
            ),
        ),
    ],
    "ai_ts_drone_surveys/flight_window_sleep_until_ok.ts": [],
    "ai_ts_drone_surveys/geofence_notam_getter.ts": [
        (
            34,
            "WAC101",
            "error",
            (
                "`fetch` (reached through `main → Airspace.notams → fetch`) does "
                "network I/O in the workflow body, which re-runs on every replay; move "
                "it into a task or a `step(...)`"
            ),
        ),
    ],
    "ai_ts_drone_surveys/geofence_notam_getter_ok.ts": [],
    "ai_ts_drone_surveys/imagery_manifest_task_ok.ts": [],
    "ai_ts_drone_surveys/imagery_manifest_using_writer.ts": [
        (
            36,
            "WAC101",
            "error",
            (
                "`writeFileSync` (reached through `main → "
                "ManifestWriter.[Symbol.dispose] → writeFileSync`) touches the file "
                "system in the workflow body, which re-runs on every replay; move it "
                "into a task or a `step(...)`"
            ),
        ),
    ],
    "ai_ts_drone_surveys/nofly_step_error_instanceof.ts": [
        (
            46,
            "WAC204",
            "error",
            (
                "`e instanceof NoFlyZoneError` is never true here: the guarded code "
                "only runs tasks and steps, and the SDK throws a plain `Error` named "
                '"TaskError" for their failures; test `e.name === "TaskError"` (the '
                "original name is in `e.result.error.name`)"
            ),
        ),
    ],
    "ai_ts_drone_surveys/site_survey_keyof_param.ts": [
        (
            33,
            "WAC902",
            "warning",
            (
                "Windmill does not read `keyof` types: `keyof typeof SENSOR_PROFILES` "
                "makes an untyped input; write the keys as a union of string literals"
            ),
        ),
    ],
    "ai_ts_drone_surveys/temporal_activities_condition_ok.ts": [],
    "ai_ts_drone_surveys/tile_plan_generator_ok.ts": [],
    "ai_ts_drone_surveys/tile_plan_generator_shuffle.ts": [
        (
            38,
            "WAC102",
            "error",
            (
                "`Math.random` (reached through `main → banded → Math.random`) is "
                "random: the value changes between replays of the workflow body; "
                "capture it with `step(...)`"
            ),
        ),
    ],
    "ai_ts_shipyard_drydock/block_inspection_for_await_ok.ts": [],
    "ai_ts_shipyard_drydock/crane_lease_static_registry.ts": [
        (
            32,
            "WAC104",
            "error",
            (
                "This `step(...)` callback changes `CraneRegistry.held`, which belongs "
                "to the workflow body: once the step is checkpointed it is not called "
                "again and only its return value comes back, so the change is lost on "
                "replay; return the value from the step and assign it in the body"
            ),
        ),
    ],
    "ai_ts_shipyard_drydock/dock_status_define_property_clock.ts": [
        (
            36,
            "WAC102",
            "error",
            (
                "`Date.now` (reached through `main → status.hoursInDock → Date.now`) "
                "reads the clock: the value changes between replays of the workflow "
                "body; capture it with `step(...)`"
            ),
        ),
    ],
    "ai_ts_shipyard_drydock/gauge_results_resolve_catch.ts": [
        (
            22,
            "WAC202",
            "error",
            (
                "This catch also catches the SDK's suspension (`StepSuspend` is an "
                "Error): its handler runs on every suspension; rethrow it first: `if "
                '(e?.name === "StepSuspend") throw e`'
            ),
        ),
    ],
    "ai_ts_shipyard_drydock/hull_survey_df_orchestrator_clock.ts": [
        (
            47,
            "WAC102",
            "error",
            (
                "`new Date()` (reached through `main → survey → new Date()`) reads the "
                "clock: the value changes between replays of the workflow body; capture"
                " it with `step(...)`"
            ),
        ),
    ],
    "ai_ts_shipyard_drydock/hull_survey_df_orchestrator_ok.ts": [],
    "ai_ts_shipyard_drydock/paint_plan_tojson_clone_ok.ts": [],
    "ai_ts_shipyard_drydock/portal_link_url_step.ts": [
        (
            22,
            "WAC107",
            "warning",
            (
                "'new URL(`https://portal.drydock-ops.example/visits/${visit.…' is a "
                "`URL` returned by this step: it is checkpointed as JSON and comes back"
                " as its `href` string"
            ),
        ),
    ],
    "ai_ts_shipyard_drydock/portal_link_url_step_ok.ts": [],
    "ai_ts_shipyard_drydock/restate_ctx_shim_rand.ts": [
        (
            35,
            "WAC102",
            "error",
            (
                "`crypto.randomUUID` (reached through `main → ctx.rand.uuidv4 → "
                "crypto.randomUUID`) is random: the value changes between replays of "
                "the workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "ai_ts_shipyard_drydock/restate_ctx_shim_rand_ok.ts": [],
    "ai_ts_shipyard_drydock/tide_feed_async_iterator.ts": [
        (
            43,
            "WAC101",
            "error",
            (
                "`fetch` (reached through `main → TideFeed.[Symbol.asyncIterator] → "
                "fetch`) does network I/O in the workflow body, which re-runs on every "
                "replay; move it into a task or a `step(...)`"
            ),
        ),
    ],
    "ai_ts_shipyard_drydock/weld_spec_regexp_task.ts": [
        (
            9,
            "WAC107",
            "error",
            (
                "`new RegExp(pattern, flags)` is a `RegExp` returned by this task: it "
                "is checkpointed as JSON and comes back as `{}` (JSON keeps none of it)"
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
    on_disk = {f"{p.parent.name}/{p.name}" for p in ROOT.glob("ai_ts_*/*.ts")}
    assert on_disk - GAPS == set(EXPECTED)
