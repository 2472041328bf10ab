"""Red team AD (adt): the Bun TypeScript corpus `tests/corpus/adversarial/ad_ts_*` (pharmacy
refills, bike-share operations, court e-filing: p-limit / p-map / reduce chains around tasks,
pino loggers, dayjs / date-fns clocks, zod and ky errors behind type guards, bigint / Set /
dayjs values across the checkpoint, memoized clients, approval keys in loops), every finding
pinned with its line, severity and exact message; the correct look-alikes (`_ok`) have none."""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile

ROOT = Path(__file__).parent / "corpus" / "adversarial"

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "ad_ts_bike_share/battery_swap_catch_continue.ts": [
        (
            35,
            "WAC202",
            "error",
            (
                "This catch also catches the SDK's suspension (`StepSuspend` is an "
                "Error): its handler runs on every suspension; rethrow it first: `if "
                '(e?.name === "StepSuspend") throw e`'
            ),
        ),
    ],
    "ad_ts_bike_share/battery_swap_guard_ok.ts": [],
    "ad_ts_bike_share/dock_health_reduce_chain_ok.ts": [],
    "ad_ts_bike_share/dock_health_reduce_unawaited.ts": [
        (
            26,
            "WAC106",
            "error",
            (
                "`stationIds.reduce(...)` is never awaited, and the promise it builds "
                "waits for the durable calls of its callback: the workflow goes on "
                "without them, and their results and failures are lost; `await` it"
            ),
        ),
    ],
    "ad_ts_bike_share/maintenance_window_dayjs.ts": [
        (
            30,
            "WAC107",
            "error",
            (
                '`dayjs.utc().add(windowHours, "hour")` is a dayjs object returned by '
                "this step: it is checkpointed as JSON and comes back as its ISO string "
                "(through its `toJSON`), which has no `toISOString`: the workflow's "
                "`windowEnd.toISOString()` is a `TypeError`"
            ),
        ),
    ],
    "ad_ts_bike_share/maintenance_window_iso_ok.ts": [],
    "ad_ts_bike_share/night_lockdown_singleton.ts": [
        (
            44,
            "WAC101",
            "error",
            (
                "'this.http.post(`stations/${stationId}/lock`, { json: { reas…' (reached "
                "through `main → StationApi.lock → "
                "this.http.post(`stations/${stationId}/lock`, { json: { reason } "
                "}).json`) does network I/O in the workflow body, which re-runs on every "
                "replay; move it into a task or a `step(...)`"
            ),
        ),
        (
            44,
            "WAC102",
            "error",
            (
                "`process.env.OPS_TOKEN` (reached through `main → stationApi → "
                "process.env.OPS_TOKEN`) reads the process environment: the value changes"
                " between replays of the workflow body; capture it with `step(...)`"
            ),
        ),
        (
            49,
            "WAC101",
            "error",
            (
                "'this.http.post(`stations/${stationId}/unlock`).json' (reached through "
                "`main → StationApi.unlock → "
                "this.http.post(`stations/${stationId}/unlock`).json`) does network I/O "
                "in the workflow body, which re-runs on every replay; move it into a task"
                " or a `step(...)`"
            ),
        ),
        (
            49,
            "WAC102",
            "error",
            (
                "`process.env.OPS_TOKEN` (reached through `main → stationApi → "
                "process.env.OPS_TOKEN`) reads the process environment: the value changes"
                " between replays of the workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "ad_ts_bike_share/night_lockdown_singleton_ok.ts": [],
    "ad_ts_bike_share/rebalance_pmap_awaited_ok.ts": [],
    "ad_ts_bike_share/rebalance_pmap_dropped.ts": [
        (
            55,
            "WAC106",
            "error",
            (
                "`pMap(...)` is never awaited, and the promise it builds waits for the "
                "durable calls of its callback: the workflow goes on without them, and "
                "their results and failures are lost; `await` it"
            ),
        ),
    ],
    "ad_ts_bike_share/repair_vendor_any.ts": [
        (
            26,
            "WAC105",
            "error",
            (
                "`Promise.any` over tasks never picks the faster one: a task call settles "
                "only when the body replays with its result, and the race reads them in the "
                "order listed, so the first listed that succeeded wins every round (the first "
                "item's task whenever it succeeds) and the next durable call still waits for "
                "all of them; await all of them and choose explicitly"
            ),
        ),
    ],
    "ad_ts_bike_share/repair_vendor_cheapest_ok.ts": [],
    "ad_ts_bike_share/ride_export_for_await_ok.ts": [],
    "ad_ts_bike_share/surge_pricing_hour.ts": [
        (
            42,
            "WAC102",
            "error",
            (
                "`new Date()` reads the clock: the value changes between replays of the "
                "workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "ad_ts_bike_share/surge_pricing_hour_ok.ts": [],
    "ad_ts_bike_share/van_crew_sample.ts": [
        (
            46,
            "WAC102",
            "error",
            (
                "`_.sampleSize` is random: the value changes between replays of the "
                "workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "ad_ts_bike_share/van_crew_sorted_ok.ts": [],
    "ad_ts_court_efiling/case_sync_finally_release_ok.ts": [],
    "ad_ts_court_efiling/case_sync_release_after_ok.ts": [],
    "ad_ts_court_efiling/clerk_rejection_retry.ts": [
        (
            41,
            "WAC202",
            "error",
            (
                "This catch also catches the SDK's suspension (`StepSuspend` is an "
                "Error): its handler runs on every suspension; rethrow it first: `if "
                '(e?.name === "StepSuspend") throw e`'
            ),
        ),
    ],
    "ad_ts_court_efiling/conflict_check_party_list_ok.ts": [],
    "ad_ts_court_efiling/conflict_check_party_set.ts": [
        (
            10,
            "WAC107",
            "error",
            (
                "`new Set(parties.map((p) => p.name.trim().toUpperCase()))` is a `Set` "
                "returned by this task: it is checkpointed as JSON and comes back as `{}`"
                " (its items are lost)"
            ),
        ),
    ],
    "ad_ts_court_efiling/docket_watch_static_counter.ts": [
        (
            34,
            "WAC104",
            "error",
            (
                "This `step(...)` callback changes `DocketMetrics.newEntries`, which "
                "belongs to the workflow body: once the step is checkpointed it is not "
                "called again and only its return value comes back, so the change is lost"
                " on replay; return the value from the step and assign it in the body"
            ),
        ),
    ],
    "ad_ts_court_efiling/efiling_default_import_step.ts": [
        (
            37,
            "WAC002",
            "error",
            (
                "`wmill.sleep` reaches `sleep` through the module: Windmill does not "
                "detect it; import `sleep` by name and use it directly"
            ),
        ),
        (
            39,
            "WAC002",
            "error",
            (
                "`wmill.step` reaches `step` through the module: Windmill does not detect"
                " it; import `step` by name and use it directly"
            ),
        ),
    ],
    "ad_ts_court_efiling/exhibit_bundles_chunked_ok.ts": [],
    "ad_ts_court_efiling/filing_fee_http_guard.ts": [
        (
            36,
            "WAC204",
            "error",
            (
                "`isPaymentRequired(e)` is never true here: `isPaymentRequired` requires "
                "`e instanceof HTTPError` (line 10), which is false of what the guarded "
                "code throws: it only runs tasks and steps, for whose failures the SDK "
                'throws a plain `Error` named "TaskError" (with `name`, `message`, '
                "`stack`, `result`, `step_key`, `child_job_id`); test `e.name === "
                '"TaskError"` (the original error is described in `e.result.error`)'
            ),
        ),
    ],
    "ad_ts_court_efiling/local_rules_default_param_null.ts": [
        (
            31,
            "WAC107",
            "error",
            (
                "`override` is a checkpointed result, which comes back from JSON, where "
                "`undefined` is stored as `null`: the default of `withCourtDefaults`'s "
                "parameter (`= {}`) never applies to it, and destructuring `null` throws "
                "a TypeError; add `?? {}` to the argument"
            ),
        ),
    ],
    "ad_ts_court_efiling/local_rules_merged_ok.ts": [],
    "ad_ts_court_efiling/partner_signoff_keyless_ok.ts": [],
    "ad_ts_court_efiling/partner_signoff_loop_key.ts": [
        (
            32,
            "WAC303",
            "error",
            (
                'The approval key `"partner-signoff"` is used inside a loop: the SDK '
                "raises on its second use; drop the key (approvals are then numbered) or "
                "call it once"
            ),
        ),
    ],
    "ad_ts_court_efiling/response_deadline_datefns.ts": [
        (
            29,
            "WAC102",
            "error",
            (
                "`new Date()` reads the clock: the value changes between replays of the "
                "workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "ad_ts_court_efiling/response_deadline_served_on_ok.ts": [],
    "ad_ts_pharmacy_refills/controlled_substance_bigint.ts": [
        (
            32,
            "WAC107",
            "warning",
            (
                '`sumMicrograms(rows.filter((r) => r.schedule === "CII"))` is a `bigint` '
                "(its declared type) inside the value returned by this step: it is "
                "checkpointed as JSON and comes back as a string of its digits"
            ),
        ),
        (
            33,
            "WAC107",
            "warning",
            (
                '`sumMicrograms(rows.filter((r) => r.schedule === "CIII"))` is a `bigint`'
                " (its declared type) inside the value returned by this step: it is "
                "checkpointed as JSON and comes back as a string of its digits"
            ),
        ),
        (
            34,
            "WAC107",
            "warning",
            (
                '`sumMicrograms(rows.filter((r) => r.schedule === "CIV"))` is a `bigint` '
                "(its declared type) inside the value returned by this step: it is "
                "checkpointed as JSON and comes back as a string of its digits"
            ),
        ),
        (
            38,
            "WAC107",
            "error",
            (
                '`typeof total === "bigint"` is never true: `total` is taken from `ug`, a'
                " checkpointed result, which comes back from JSON, where a `bigint` is a "
                "string of its digits"
            ),
        ),
    ],
    "ad_ts_pharmacy_refills/controlled_substance_string_ok.ts": [],
    "ad_ts_pharmacy_refills/delivery_route_task_alias.ts": [
        (
            2,
            "WAC001",
            "error",
            (
                "`task` is imported as `t`: Windmill's parser only recognises the exact "
                "name; import `task` without an alias"
            ),
        ),
    ],
    "ad_ts_pharmacy_refills/formulary_zod_instanceof.ts": [
        (
            42,
            "WAC204",
            "error",
            (
                "`e instanceof ZodError` is never true here: the guarded code only runs "
                'tasks and steps, and the SDK throws a plain `Error` named "TaskError" '
                'for their failures; test `e.name === "TaskError"` (the original name is '
                "in `e.result.error.name`)"
            ),
        ),
    ],
    "ad_ts_pharmacy_refills/formulary_zod_parse_ok.ts": [],
    "ad_ts_pharmacy_refills/insurance_claims_all_ok.ts": [],
    "ad_ts_pharmacy_refills/insurance_claims_allsettled.ts": [
        (
            47,
            "WAC202",
            "error",
            (
                "`Promise.allSettled` over durable calls turns the SDK's suspension "
                "(`StepSuspend`) into a rejected result: the code after it runs on every "
                "suspension; use `Promise.all`"
            ),
        ),
    ],
    "ad_ts_pharmacy_refills/pharmacist_counter_closure.ts": [
        (
            16,
            "WAC104",
            "error",
            (
                "This task body changes the module-level `verifiedCount`: a task runs as "
                "its own job, so the workflow never sees the change; return the value "
                "from the task instead"
            ),
        ),
    ],
    "ad_ts_pharmacy_refills/prior_auth_finally_ok.ts": [],
    "ad_ts_pharmacy_refills/prior_auth_finally_return.ts": [
        (
            41,
            "WAC203",
            "error",
            (
                "`return summary;` leaves a `finally` that also runs while the workflow "
                "suspends: it discards the suspension and the round ends as if the `try` "
                "had finished; move it out of the `finally`"
            ),
        ),
    ],
    "ad_ts_pharmacy_refills/recall_notice_plimit_foreach.ts": [
        (
            34,
            "WAC106",
            "error",
            (
                "`affected.forEach` drops the promise its callback returns: the durable "
                "calls in it are never awaited, and the workflow goes on without them; "
                "use `for ... of` with `await`, or `await Promise.all(xs.map(...))`"
            ),
        ),
    ],
    "ad_ts_pharmacy_refills/refill_queue_plimit.ts": [
        (
            42,
            "WAC102",
            "error",
            (
                "`dayjs` reads the clock: the value changes between replays of the "
                "workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "ad_ts_pharmacy_refills/refill_queue_plimit_ok.ts": [],
    "ad_ts_pharmacy_refills/refill_reminder_nanoid_key.ts": [
        (
            35,
            "WAC103",
            "error",
            (
                "The step name '`sms-${p.id}-${nanoid(8)}`' is built from `nanoid(8)`, "
                "which changes between replays: checkpoint keys come from names, so the "
                "completed step is not found and runs again; use a constant string "
                "literal"
            ),
        ),
        (
            35,
            "WAC102",
            "error",
            (
                "`nanoid` is random: the value changes between replays of the workflow "
                "body; capture it with `step(...)`"
            ),
        ),
    ],
    "ad_ts_pharmacy_refills/refill_reminder_task_ok.ts": [],
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
    on_disk = {f"{p.parent.name}/{p.name}" for p in ROOT.glob("ad_ts_*/*.ts")}
    assert on_disk == set(EXPECTED)
