"""Red team AH (ahp, blind Python batch `tests/corpus/adversarial/ah_py_*`): whole
workflows ported from Prefect, Temporal, DBOS, Hatchet and Airflow TaskFlow or written
from the WAC guide. Every finding of the scripts with a mistake, with its exact message
and severity (the `_ok` twins are checked by `tests/test_adversarial_corpus.py`)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile

ROOT = Path(__file__).parent / "corpus" / "adversarial"

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "ah_py_carbon_registry/issuance_gather_isinstance.py": [
        (
            53,
            "WAC201",
            "error",
            (
                "`return_exceptions=True` also returns the SDK's suspension as a "
                "result: the tasks it gathers are never dispatched and the workflow "
                "carries on; drop `return_exceptions=True` and catch `Exception` around "
                "each task"
            ),
        ),
    ],
    "ah_py_carbon_registry/retirement_factory_dropped.py": [
        (
            54,
            "WAC106",
            "error",
            (
                'The result of `retirer_for(lot["registry"])(...)` is never awaited: '
                "the SDK still dispatches the task, but its result is lost (a failure "
                "still raises `TaskError` at this call when the body replays); `await` "
                "it or gather it"
            ),
        ),
    ],
    "ah_py_carbon_registry/retirement_plan_map.py": [
        (
            30,
            "WAC107",
            "error",
            (
                '`map(_normalise, sorted(r.json()["lots"], key=_lot_key))` is a `map` '
                "object returned by this task: it is checkpointed as JSON and comes "
                'back as a string of its repr (`"<map object at 0x...>"`)'
            ),
        ),
    ],
    "ah_py_carbon_registry/serial_block_pydantic.py": [
        (
            42,
            "WAC107",
            "error",
            (
                "`SerialBlock(project_id=project_id, vintage=vintage, first=d…` is a "
                "`SerialBlock` instance returned by this task: it is checkpointed as "
                "JSON and comes back as a string of its `str()`"
            ),
        ),
    ],
    "ah_py_carbon_registry/transfer_raise_from.py": [
        (
            69,
            "WAC201",
            "error",
            (
                "`except BaseException as e:` catches the SDK's suspension (a "
                "BaseException): the workflow cannot suspend here; catch `Exception` or "
                "`TaskError`, or re-raise"
            ),
        ),
    ],
    "ah_py_linen_service/cart_weights_asyncio_run.py": [
        (
            53,
            "WAC301",
            "error",
            (
                "`asyncio.run` (reached through `main → weigh_all → asyncio.run`) "
                "starts an event loop to run a coroutine, but the workflow body already "
                "runs in the SDK's (wmill 1.850.0 `_run_workflow` calls `asyncio.run`): "
                "it raises `RuntimeError` on the first round, and nothing in that "
                "coroutine runs; make `weigh_all` an `async def` that awaits the "
                "coroutine, and await it"
            ),
        ),
    ],
    "ah_py_linen_service/pressing_plan_threadpool_mes.py": [
        (
            45,
            "WAC101",
            "error",
            (
                "`httpx.post` (reached through `main → reserve_press → httpx.post`) "
                "does network I/O in the workflow body, which re-runs on every replay; "
                "move it into a task or a `step(...)`"
            ),
        ),
    ],
    "ah_py_linen_service/rfid_tags_generator_step.py": [
        (
            49,
            "WAC107",
            "error",
            (
                "`parse_epcs(raw)` is a generator returned by this step: it is "
                "checkpointed as JSON and comes back as a string of its repr "
                '(`"<generator object ...>"`)'
            ),
        ),
    ],
    "ah_py_linen_service/route_dispatcher_method.py": [
        (
            66,
            "WAC106",
            "error",
            (
                "This call reaches `load_truck(...)` called without `await` in "
                "`RouteDispatcher.dispatch_all` (line 56): the SDK still dispatches the "
                "task, but its result is lost (a failure still raises `TaskError` at "
                "that call when the body replays); `await` it there, making "
                "`RouteDispatcher.dispatch_all` an `async def` the workflow awaits"
            ),
        ),
    ],
    "ah_py_linen_service/soil_scan_pandas_timestamp.py": [
        (
            25,
            "WAC107",
            "warning",
            (
                '`df["scanned_at"].max()` is a pandas `Timestamp` (the column holds '
                "datetimes) inside the value returned by this task: it is checkpointed "
                'as JSON and comes back as a string like `"2024-05-01 06:12:00+00:00"`'
            ),
        ),
    ],
    "ah_py_linen_service/uniform_orders_raise_from.py": [
        (
            68,
            "WAC201",
            "error",
            (
                "`except (TaskError, BaseException) as exc:` catches the SDK's "
                "suspension (a BaseException): the workflow cannot suspend here; catch "
                "`Exception` or `TaskError`, or re-raise"
            ),
        ),
    ],
    "ah_py_quarry_blasting/blast_notice_partial_handlers.py": [
        (
            54,
            "WAC106",
            "error",
            (
                "The result of `HANDLERS[channel](...)` is never awaited: the SDK still "
                "dispatches the task, but its result is lost (a failure still raises "
                "`TaskError` at this call when the body replays); `await` it or gather "
                "it"
            ),
        ),
    ],
    "ah_py_quarry_blasting/charge_planner_class_task.py": [
        (
            50,
            "WAC402",
            "error",
            (
                "`design` is the task `design_charge` kept as a plain attribute of "
                "class `ChargePlanner`: read through an instance it is a bound method, "
                "so this call sends the instance as `hole` and its last argument as "
                "`arg1`, a parameter `design_charge` does not have (wmill 1.850.0 "
                "`_merge_args`); write `design = staticmethod(design_charge)`"
            ),
        ),
    ],
    "ah_py_quarry_blasting/drone_survey_bytes.py": [
        (
            37,
            "WAC107",
            "error",
            (
                "`r.content` is `bytes` returned by this task: it is checkpointed as "
                "JSON and comes back as a string of its repr (`\"b'...'\"`)"
            ),
        ),
    ],
    "ah_py_quarry_blasting/seismic_hatchet_ctx.py": [
        (
            57,
            "WAC304",
            "error",
            (
                "`check_weather` is a task, and `StepContext.run` calls its `fn` inside "
                "a `step(...)` callback: the task call there is not a durable operation "
                "of the workflow: the callback runs again after it suspends, and once "
                "the step is checkpointed its key is no longer allocated, so later keys "
                "shift; await the task in the workflow body instead"
            ),
        ),
    ],
    "ah_py_quarry_blasting/vibration_logs_as_completed.py": [
        (
            45,
            "WAC105",
            "error",
            (
                "`as_completed` yields in completion order, so the durable calls in "
                "this loop are dispatched in an order that can differ between replays; "
                "iterate the awaited results in a fixed order"
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
