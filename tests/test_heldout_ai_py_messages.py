"""Red team AI (aip, blind Python batch `tests/corpus/adversarial/ai_py_*`): whole
workflows ported from Flyte, Kubeflow, Restate, Celery, Django and OpenFlow flows or
written by an agent from the WAC guide. Every finding of the scripts with a mistake, with
its exact message and severity (the `_ok` twins are checked by
`tests/test_adversarial_corpus.py`)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile

ROOT = Path(__file__).parent / "corpus" / "adversarial"

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "ai_py_food_festival/allergen_labels_tasks_in_loop.py": [
        (
            19,
            "WAC003",
            "warning",
            (
                "`task` is defined at top level but inside a `for` loop (each pass makes "
                "the task again, under the same name): it runs (keyed `render_labels`), "
                "but Windmill's diagram only draws a task defined directly at module "
                "level, not inside a block (`@task()` on a top-level `async def`), so it "
                "does not show it"
            ),
        ),
    ],
    "ai_py_food_festival/grand_opening_celery_eta.py": [
        (
            43,
            "WAC102",
            "error",
            (
                "`datetime.now` reads the clock: the value changes between replays of "
                "the workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "ai_py_food_festival/hygiene_inspection_new_event_loop.py": [
        (
            42,
            "WAC301",
            "error",
            (
                "`asyncio.new_event_loop().run_until_complete` (reached through "
                "`inspect_stall → probe_temperatures → "
                "asyncio.new_event_loop().run_until_complete`) starts an event loop to "
                "run a coroutine, but this task runs inside the loop wmill 1.850.0's "
                "`_run_workflow` started: it raises `RuntimeError` (the child job's "
                "round awaits the task's function in `_execute_directly`, so the task "
                "fails on every attempt); make the function `async` and await the "
                "coroutine, or run the sync function with `asyncio.to_thread`"
            ),
        ),
    ],
    "ai_py_food_festival/night_market_chord_audit_file.py": [
        (
            51,
            "WAC101",
            "error",
            (
                "`open` touches the file system in the workflow body, which re-runs on "
                "every replay; move it into a task or a `step(...)`"
            ),
        ),
    ],
    "ai_py_food_festival/tasting_slots_enumerate_set.py": [
        (
            48,
            "WAC105",
            "error",
            (
                "Durable calls are dispatched in the order of a set, which can differ "
                "between replays; checkpoint keys follow call order, so results can be "
                "swapped; iterate `sorted(...)`"
            ),
        ),
    ],
    "ai_py_food_festival/vendor_permits_celery_chain.py": [
        (
            59,
            "WAC106",
            "error",
            (
                "`result` holds the coroutine of `stage(...)`, not awaited, when it is "
                "handed to the task `stage(...)`: wmill 1.850.0 does not wait for the "
                "first call before it dispatches the second, and the task's job replays "
                "the body and calls the function with the coroutine object itself "
                "(`_execute_directly(func, **kwargs)`), never its result; await each "
                "call before handing its result on"
            ),
        ),
    ],
    "ai_py_food_festival/waste_pickups_celery_retry_policy.py": [
        (
            13,
            "WAC302",
            "error",
            (
                "`retry_backoff` is not a key of a retry policy (attempts, delay, "
                "multiplier, max_delay): the SDK raises `ValueError` where the policy is "
                "written"
            ),
        ),
        (
            13,
            "WAC302",
            "error",
            (
                "`retry_jitter` is not a key of a retry policy (attempts, delay, "
                "multiplier, max_delay): the SDK raises `ValueError` where the policy is "
                "written"
            ),
        ),
    ],
    "ai_py_pathology_lab/cassette_labels_restate_step_args.py": [
        (
            56,
            "WAC301",
            "error",
            ("`step` takes a name and a function only: this raises `TypeError`"),
        ),
    ],
    "ai_py_pathology_lab/courier_pickups_uuid_step_name.py": [
        (
            47,
            "WAC103",
            "error",
            (
                'The step name `"pickup-" + str(uuid4())` is built from `uuid4()`, which '
                "changes between replays: checkpoint keys come from names, so the "
                "completed step is not found and runs again; use a constant string "
                "literal"
            ),
        ),
        (
            47,
            "WAC102",
            "error",
            (
                "`uuid4` is random: the value changes between replays of the workflow "
                "body; capture it with `step(...)`"
            ),
        ),
    ],
    "ai_py_pathology_lab/digital_slides_async_with_client.py": [
        (
            42,
            "WAC101",
            "error",
            (
                "`viewer.post` does network I/O in the workflow body, which re-runs on "
                "every replay; move it into a task or a `step(...)`"
            ),
        ),
    ],
    "ai_py_pathology_lab/frozen_section_step_ref_asyncio_run.py": [
        (
            50,
            "WAC301",
            "error",
            (
                "`asyncio.run` (reached through `page_on_call → asyncio.run`) starts an "
                "event loop to run a coroutine, but this step runs inside the loop wmill "
                "1.850.0's `_run_workflow` started: it raises `RuntimeError` "
                "(`_run_inline_step` calls the step's function there, so the step fails "
                "with `TaskError`); make the function `async` and await the coroutine, "
                "or run the sync function with `asyncio.to_thread`"
            ),
        ),
    ],
    "ai_py_pathology_lab/hl7_results_suppress_valueerror.py": [
        (
            49,
            "WAC204",
            "error",
            (
                "`contextlib.suppress(ValueError)` never suppresses anything here: the "
                "block only runs tasks and steps, and the SDK raises `TaskError` for "
                "their failures (the original class is only in "
                "`e.result['error']['name']`); suppress `TaskError` instead of "
                "`ValueError`"
            ),
        ),
    ],
    "ai_py_pathology_lab/lis_sync_pydantic_settings.py": [
        (
            49,
            "WAC102",
            "error",
            (
                "`BaseSettings` (reached through `main → SyncSettings → BaseSettings`) "
                "reads the process environment: the value changes between replays of the "
                "workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "ai_py_pathology_lab/stainer_anyio_run_in_task.py": [
        (
            34,
            "WAC301",
            "error",
            (
                "`anyio.run` starts an event loop to run a coroutine, but this task runs "
                "inside the loop wmill 1.850.0's `_run_workflow` started: it raises "
                "`RuntimeError` (the child job's round awaits the task's function in "
                "`_execute_directly`, so the task fails on every attempt); make the "
                "function `async` and await the coroutine, or run the sync function with "
                "`asyncio.to_thread`"
            ),
        ),
        (
            57,
            "WAC902",
            "warning",
            (
                "Windmill does not look up the alias `Protocol`: it reads it as a "
                "resource of type `Protocol` (a resource picker); write the type itself "
                '(`Literal["HE", "PAS", "GMS", "ZN"]`)'
            ),
        ),
    ],
    "ai_py_pathology_lab/worklist_tempdir_in_body.py": [
        (
            47,
            "WAC101",
            "error",
            (
                "`tempfile.TemporaryDirectory` touches the file system in the workflow "
                "body, which re-runs on every replay; move it into a task or a "
                "`step(...)`"
            ),
        ),
        (
            49,
            "WAC101",
            "error",
            (
                "`path.open` touches the file system in the workflow body, which re-runs "
                "on every replay; move it into a task or a `step(...)`"
            ),
        ),
    ],
    "ai_py_sawmill/biomass_silo_step_key_hash.py": [
        (
            52,
            "WAC103",
            "error",
            (
                'The step name `f"level_{hash(silo) & 0xFFFF:x}"` is built from '
                "`hash(silo)`, which changes between replays: checkpoint keys come from "
                "names, so the completed step is not found and runs again; use a "
                "constant string literal"
            ),
        ),
        (
            52,
            "WAC102",
            "error",
            (
                "`hash` of a str or bytes is salted per process (PYTHONHASHSEED): the "
                "value changes between replays of the workflow body; capture it with "
                "`step(...)`"
            ),
        ),
    ],
    "ai_py_sawmill/bucking_parallel_dict_keys.py": [
        (
            54,
            "WAC301",
            "error",
            (
                "`plan.keys()` is a dict view (`.keys()`), which `parallel` cannot "
                "slice: wmill 1.850.0 runs `len(items)` and `items[i : i + n]`, so this "
                "raises `TypeError` before any task is dispatched; pass a list "
                "(`sorted(...)`, `list(...)`)"
            ),
        ),
    ],
    "ai_py_sawmill/grading_scan_asyncio_run_in_task.py": [
        (
            51,
            "WAC301",
            "error",
            (
                "`asyncio.run` (reached through `grade_batch → scan_boards → "
                "asyncio.run`) starts an event loop to run a coroutine, but this task "
                "runs inside the loop wmill 1.850.0's `_run_workflow` started: it raises "
                "`RuntimeError` (the child job's round awaits the task's function in "
                "`_execute_directly`, so the task fails on every attempt); make the "
                "function `async` and await the coroutine, or run the sync function with "
                "`asyncio.to_thread`"
            ),
        ),
    ],
    "ai_py_sawmill/kiln_route_conditional_dict.py": [
        (
            58,
            "WAC106",
            "error",
            (
                "This dict calls 2 tasks (`hardwood_program(...)`, "
                "`softwood_program(...)`) but the body awaits only `branches[route]`: "
                "each call queued its step when the dict was built (wmill 1.850.0 "
                "`_next_step`), so every task is dispatched, and the others are never "
                "awaited: their results are lost (a failure still raises `TaskError` at "
                "the call when the body replays); keep the functions in it and call only "
                "the one picked (`await table[key](...)`)"
            ),
        ),
    ],
    "ai_py_sawmill/lumber_qc_walrus_filter.py": [
        (
            56,
            "WAC106",
            "error",
            (
                "The result of `inspect_pack(...)` is never awaited: the SDK still "
                "dispatches the task, but its result is lost (a failure still raises "
                "`TaskError` at this call when the body replays); `await` it or gather it"
            ),
        ),
    ],
    "ai_py_sawmill/moisture_meters_step_run_until_complete.py": [
        (
            53,
            "WAC301",
            "error",
            (
                "`asyncio.get_event_loop().run_until_complete` starts an event loop to "
                "run a coroutine, but this step runs inside the loop wmill 1.850.0's "
                "`_run_workflow` started: it raises `RuntimeError` (`_run_inline_step` "
                "calls the step's function there, so the step fails with `TaskError`); "
                "make the function `async` and await the coroutine, or run the sync "
                "function with `asyncio.to_thread`"
            ),
        ),
    ],
    "ai_py_sawmill/veneer_peel_flyte_options.py": [
        (
            23,
            "WAC302",
            "error",
            (
                "`cache` is not an option of `task`: the SDK raises `TypeError` on this "
                "call; did you mean `cache_ttl`?"
            ),
        ),
        (
            23,
            "WAC302",
            "error",
            (
                "`cache_version` is not an option of `task`: the SDK raises `TypeError` "
                "on this call; it reads cache_ttl, concurrency_key, concurrency_limit, "
                "concurrency_time_window_s, path, priority, retry, tag, timeout"
            ),
        ),
        (
            23,
            "WAC302",
            "error",
            (
                "`retries` is not an option of `task`: the SDK raises `TypeError` on "
                "this call; it reads cache_ttl, concurrency_key, concurrency_limit, "
                "concurrency_time_window_s, path, priority, retry, tag, timeout"
            ),
        ),
    ],
}


@cache
def findings(name: str) -> list[tuple[int, str, str, str]]:
    path = ROOT / name
    result = analyze_source(SourceFile(str(path), path.read_text(encoding="utf-8"), LANG_PYTHON))
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.code, str(f.severity), f.message) for f in result.findings]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_findings_and_messages(name: str) -> None:
    assert findings(name) == EXPECTED[name]
