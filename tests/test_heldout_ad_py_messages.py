"""Red team AD (adp): the exact message and severity of every finding on its blind Python
corpus (`tests/corpus/adversarial/ad_py_*`: cold-chain shipments, grant review panels, a
ceramics studio's kilns), so a change of wording or severity is a decision, not an accident;
the correct twins (`*_ok.py`) have none (`tests/test_adversarial_corpus.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import file_findings

ROOT = Path(__file__).parent / "corpus" / "adversarial"

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "ad_py_cold_chain/alert_contextmanager_swallow.py": [
        (
            42,
            "WAC201",
            "error",
            (
                '`alert_on_failure(shipment_id, "booking")` suppresses every exception leaving '
                "its `with` block, the SDK's suspension (a BaseException) included: the "
                "workflow carries on as if the task had returned; let exceptions that are not "
                "`Exception` through (return False / re-raise them)"
            ),
        ),
    ],
    "ad_py_cold_chain/carrier_handoff_enum_arg.py": [
        (
            48,
            "WAC107",
            "error",
            (
                "`state` is a member of the `Enum` `HandoffState` passed to the script "
                "`f/coldchain/record_handoff`: the job's arguments are sent as JSON, so it "
                'arrives as its `str()` (`"HandoffState.MEMBER"`), which `HandoffState(...)` '
                "does not accept and no member equals"
            ),
        ),
    ],
    "ad_py_cold_chain/customs_docs_model_dump.py": [
        (
            50,
            "WAC107",
            "warning",
            (
                "`doc.model_dump()` is a dict whose `shipped_at` is a `datetime` passed to the "
                "script `f/customs/file_declaration`: the job's arguments are sent as JSON, so "
                'it arrives as a dict whose `shipped_at` is a string like `"2024-05-01 '
                '12:00:00"` (`str()`, not ISO 8601)'
            ),
        ),
    ],
    "ad_py_cold_chain/dry_ice_supplier_lru.py": [
        (
            38,
            "WAC101",
            "error",
            (
                "`requests.get` (reached through `main → supplier_catalog → requests.get`) does "
                "network I/O in the workflow body, which re-runs on every replay; move it into "
                "a task or a `step(...)`"
            ),
        ),
    ],
    "ad_py_cold_chain/excursion_review_submit.py": [
        (
            62,
            "WAC106",
            "error",
            (
                "`submit(...)` hands back the coroutines of durable calls (a plain `def` that "
                "returns or yields them), and they are never awaited: the SDK still dispatches "
                "the calls, but their results are lost (a failure still raises `TaskError` at "
                "the call when the body replays); `await` what it returns"
            ),
        ),
    ],
    "ad_py_cold_chain/logger_pull_parallel_helper.py": [
        (
            37,
            "WAC101",
            "error",
            (
                "`client.get` (reached through `main → pull_logger_csv → client.get`) does "
                "network I/O in the workflow body, which re-runs on every replay; move it into "
                "a task or a `step(...)`"
            ),
        ),
    ],
    "ad_py_cold_chain/logger_summary_decimal.py": [
        (
            31,
            "WAC107",
            "warning",
            (
                "`_mean_c(temps).quantize(TENTH)` is a `Decimal` inside the value returned by "
                "this task: it is checkpointed as JSON and comes back as a string"
            ),
        ),
    ],
    "ad_py_cold_chain/qa_release_finally_approval.py": [
        (
            54,
            "WAC203",
            "error",
            (
                "`wait_for_approval(...)` in a `finally` runs each time the workflow suspends "
                "inside the `try`, before the work there is done; call it after the `try` (and "
                "in an `except` that re-raises)"
            ),
        ),
    ],
    "ad_py_cold_chain/recheck_sleep_timedelta.py": [
        (
            41,
            "WAC301",
            "error",
            (
                "`sleep` converts its argument with `int(...)`, which raises `TypeError` on a "
                "`timedelta`: pass `....total_seconds()` or a number of seconds"
            ),
        ),
    ],
    "ad_py_grant_panels/application_model_arg.py": [
        (
            50,
            "WAC107",
            "error",
            (
                "`app` is an `Application` instance passed to the script "
                "`f/grants/triage_application`: the job's arguments are sent as JSON, so it "
                "arrives as a string of its `str()`"
            ),
        ),
    ],
    "ad_py_grant_panels/award_letters_dispatch_table.py": [
        (
            50,
            "WAC106",
            "error",
            (
                "The result of `LETTERS[kind](...)` is never awaited: the SDK still dispatches "
                "the task, but its result is lost (a failure still raises `TaskError` at this "
                "call when the body replays); `await` it or gather it"
            ),
        ),
    ],
    "ad_py_grant_panels/budget_review_baseexception.py": [
        (
            36,
            "WAC201",
            "error",
            (
                "`except BaseException as exc:` catches the SDK's suspension (a BaseException) "
                "and re-raises it only when `isinstance(exc, (KeyboardInterrupt, SystemExit))` "
                "is true (never, for it); otherwise it leaves through the `continue` on line "
                "42: on that path the suspension (and the dispatch it carries) is lost; catch "
                "`Exception` or `TaskError`, or re-raise it first"
            ),
        ),
    ],
    "ad_py_grant_panels/chair_signoff_constant_key_loop.py": [
        (
            43,
            "WAC303",
            "error",
            (
                'The approval key `CHAIR_KEY` (the string `"panel_chair_signoff"`) is used '
                "inside a loop: the SDK raises on its second use; drop the key (approvals are "
                "then numbered) or call it once"
            ),
        ),
    ],
    "ad_py_grant_panels/coi_step_key_object_id.py": [
        (
            42,
            "WAC102",
            "error",
            (
                "`id` is the object's memory address in this round's process: the value changes "
                "between replays of the workflow body; capture it with `step(...)`"
            ),
        ),
        (
            42,
            "WAC103",
            "error",
            (
                'The step name `f"coi_{id(reviewer)}"` is built from `id(reviewer)`, which '
                "changes between replays: checkpoint keys come from names, so the completed "
                "step is not found and runs again; use a constant string literal"
            ),
        ),
    ],
    "ad_py_grant_panels/conflict_tally_class_attr.py": [
        (
            21,
            "WAC104",
            "error",
            (
                "The helper `declare`, which a `step(...)` callback calls, changes "
                "`Tally.flagged`, which belongs to the workflow body: once the step is "
                "checkpointed it is not called again and only its return value comes back, so "
                "the change is lost on replay; return the value from the step and assign it in "
                "the body"
            ),
        ),
        (
            22,
            "WAC104",
            "error",
            (
                "The helper `declare`, which a `step(...)` callback calls, changes "
                "`Tally.reasons`, which belongs to the workflow body: once the step is "
                "checkpointed it is not called again and only its return value comes back, so "
                "the change is lost on replay; return the value from the step and assign it in "
                "the body"
            ),
        ),
    ],
    "ad_py_grant_panels/panel_draw_random_helper.py": [
        (
            43,
            "WAC102",
            "error",
            (
                "`random.sample` (reached through `main → draw_panel → random.sample`) is "
                "random: the value changes between replays of the workflow body; capture it "
                "with `step(...)`"
            ),
        ),
    ],
    "ad_py_grant_panels/panel_errors_sentry.py": [
        (
            43,
            "WAC101",
            "error",
            (
                "`sentry_sdk.capture_exception` sends an event or a metric to a monitoring "
                "service in the workflow body, which re-runs on every replay; move it into a "
                "task or a `step(...)`"
            ),
        ),
    ],
    "ad_py_grant_panels/panel_grade_table_script.py": [
        (
            38,
            "WAC107",
            "error",
            (
                "`grade` is a member of the `Enum` `Grade` passed to the script "
                "`f/grants/record_grade`: the job's arguments are sent as JSON, so it arrives "
                'as its `str()` (`"Grade.MEMBER"`), which `Grade(...)` does not accept and no '
                "member equals"
            ),
        ),
    ],
    "ad_py_grant_panels/panel_summary_dataclass_helper.py": [
        (
            25,
            "WAC107",
            "error",
            (
                "`PanelSummary(application_id, statistics.fmean(scores) if sc…` is a "
                "`PanelSummary` instance returned by `build_summary` as a task's result: it is "
                "checkpointed as JSON and comes back as a string of its `str()`"
            ),
        ),
    ],
    "ad_py_kiln_studio/firing_log_exit_swallow.py": [
        (
            53,
            "WAC201",
            "error",
            (
                "`FiringLog(kiln_id)` suppresses every exception leaving its `with` block, the "
                "SDK's suspension (a BaseException) included: the workflow carries on as if the "
                "task had returned; let exceptions that are not `Exception` through (return "
                "False / re-raise them)"
            ),
        ),
    ],
    "ad_py_kiln_studio/firing_sequence_fn_loop.py": [
        (
            53,
            "WAC106",
            "error",
            (
                "The result of `stage(...)` is never awaited: the SDK still dispatches the "
                "task, but its result is lost (a failure still raises `TaskError` at this call "
                "when the body replays); `await` it or gather it"
            ),
        ),
    ],
    "ad_py_kiln_studio/glaze_firing_finally_signoff.py": [
        (
            38,
            "WAC203",
            "error",
            (
                "`technician_signoff(...)` in a `finally` runs durable calls (a function of "
                "this file that awaits them) each time the workflow suspends inside the `try`, "
                "before the work there is done, and they raise a suspension of their own in "
                "place of the pending one; call it after the `try` (and in an `except` that "
                "re-raises)"
            ),
        ),
    ],
    "ad_py_kiln_studio/glaze_levels_decimal_dict.py": [
        (
            18,
            "WAC107",
            "warning",
            (
                '`{row["glaze"]: Decimal(str(row["kg"])) for row in r.json()}` is a `dict[str, '
                "Decimal]` returned by this task: it is checkpointed as JSON and comes back as "
                "a dict with each `Decimal` in it turned into a string"
            ),
        ),
    ],
    "ad_py_kiln_studio/glaze_mix_step_value.py": [
        (
            40,
            "WAC301",
            "error",
            (
                "`step` calls the function it is given, and this gives it what "
                "`compute_ratio(recipe)` returns, a dict: the call runs in the workflow body on "
                "every replay, and the step fails with `TypeError` (not callable); pass "
                "`lambda: compute_ratio(recipe)`"
            ),
        ),
    ],
    "ad_py_kiln_studio/kiln_controller_retry_policy.py": [
        (
            12,
            "WAC302",
            "error",
            (
                "retry `delay` is a number, not a string: the SDK compares `delay` with 0 "
                "(`base <= 0`) and raises `TypeError` when a retry is due; give seconds"
            ),
        ),
        (
            19,
            "WAC302",
            "error",
            (
                "`retries` is not an option of `task`: the SDK raises `TypeError` on this call; "
                "it reads cache_ttl, concurrency_key, concurrency_limit, "
                "concurrency_time_window_s, path, priority, retry, tag, timeout"
            ),
        ),
    ],
    "ad_py_kiln_studio/member_invoice_round_decimal.py": [
        (
            30,
            "WAC107",
            "warning",
            (
                "`round(due, 2)` is a `Decimal` inside the value returned by this task: it is "
                "checkpointed as JSON and comes back as a string"
            ),
        ),
    ],
    "ad_py_kiln_studio/shelf_reload_keys_difference.py": [
        (
            38,
            "WAC105",
            "error",
            (
                "Durable calls are dispatched in the order of a set (set algebra on `.keys()`), "
                "which can differ between replays; checkpoint keys follow call order, so "
                "results can be swapped; iterate `sorted(...)`"
            ),
        ),
    ],
    "ad_py_kiln_studio/waiver_key_hash.py": [
        (
            36,
            "WAC102",
            "error",
            (
                "`hash` of a str or bytes is salted per process (PYTHONHASHSEED): the value "
                "changes between replays of the workflow body; capture it with `step(...)`"
            ),
        ),
        (
            36,
            "WAC103",
            "error",
            (
                'The approval key `f"waiver_{abs(hash(email)) % 10_000}"` is built from '
                "`hash(email)`, which changes between replays: checkpoint keys come from names, "
                "so the completed step is not found and runs again; use a constant string "
                "literal"
            ),
        ),
    ],
}


@pytest.mark.parametrize("path", sorted(EXPECTED))
def test_messages(path: str) -> None:
    found = sorted(f for f in file_findings(ROOT / path) if f[1] != "WAC901")
    assert found == EXPECTED[path]


def test_every_script_with_marks_is_pinned() -> None:
    marked = {
        p.relative_to(ROOT).as_posix()
        for p in ROOT.glob("ad_py_*/*.py")
        if not p.stem.endswith("_ok")
    }
    assert marked == set(EXPECTED)
