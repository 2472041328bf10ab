"""Red team AJ (ajp): the exact message and severity of every finding on its blind Python
corpus (`tests/corpus/adversarial/aj_py_*`: satellite tasking, a bakery chain's production,
eSIM provisioning, ported from Prefect 3 / Ray / Airflow TaskFlow / Dagster or written by an
agent), so a change of wording or severity is a decision, not an accident; the correct twins
(`*_ok.py`) have none (`tests/test_adversarial_corpus.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import file_findings

ROOT = Path(__file__).parent / "corpus" / "adversarial"

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "aj_py_bakery_production/daily_bake_xcom_state.py": [
        (
            60,
            "WAC101",
            "error",
            (
                "`wmill.get_state` (reached through `main → xcom_pull → wmill.get_state`) calls "
                "the Windmill API in the workflow body, which re-runs on every replay; move it "
                "into a task or a `step(...)`"
            ),
        ),
        (
            64,
            "WAC101",
            "error",
            (
                "`wmill.get_state` (reached through `main → xcom_push → wmill.get_state`) calls "
                "the Windmill API in the workflow body, which re-runs on every replay; move it "
                "into a task or a `step(...)`; the same call also reaches `wmill.set_state` (line"
                " 19, in `xcom_push`)"
            ),
        ),
    ],
    "aj_py_bakery_production/flour_order_decimal_sum.py": [
        (
            28,
            "WAC107",
            "warning",
            (
                "`sum(per_line, Decimal(0))` is a `Decimal` returned by this task: it is "
                "checkpointed as JSON and comes back as a string"
            ),
        ),
    ],
    "aj_py_bakery_production/oven_assignment_module_rng.py": [
        (
            48,
            "WAC102",
            "error",
            (
                "`rng.choice` is random: the value changes between replays of the workflow body; "
                "capture it with `step(...)`"
            ),
        ),
    ],
    "aj_py_bakery_production/recipe_sync_scandir.py": [
        (
            18,
            "WAC301",
            "error",
            (
                "wmill 1.850.0 hands a task's arguments to `WorkflowCtx._next_step(name, script, "
                "func, ...)` as keywords, so a parameter called `name` collides with its own "
                "(`TypeError: got multiple values for argument 'name'`) whenever a workflow calls"
                " this task; rename the parameter"
            ),
        ),
        (
            41,
            "WAC101",
            "error",
            (
                "`os.scandir` touches the file system in the workflow body, which re-runs on "
                "every replay; move it into a task or a `step(...)`"
            ),
        ),
        (
            41,
            "WAC105",
            "error",
            (
                "Durable calls are dispatched in the order of `os.scandir(...)` (unsorted), which"
                " can differ between replays; checkpoint keys follow call order, so results can "
                "be swapped; iterate `sorted(...)`"
            ),
        ),
        (
            48,
            "WAC101",
            "error",
            (
                "`open` (reached through `main → load_card → open`) touches the file system in "
                "the workflow body, which re-runs on every replay; move it into a task or a "
                "`step(...)`"
            ),
        ),
    ],
    "aj_py_bakery_production/sales_forecast_pivot.py": [
        (
            36,
            "WAC107",
            "error",
            (
                '`merged.pivot_table(index="store", columns="product", values…` is a pandas '
                "`DataFrame` returned by this task: it is checkpointed as JSON and comes back as "
                "a string of its printed form (`str()`)"
            ),
        ),
    ],
    "aj_py_bakery_production/store_allocation_region_fromkeys.py": [
        (
            40,
            "WAC105",
            "error",
            (
                "Durable calls are dispatched in the order of a dict built from a set, which can "
                "differ between replays; checkpoint keys follow call order, so results can be "
                "swapped; iterate `sorted(...)`"
            ),
        ),
    ],
    "aj_py_bakery_production/weekend_menu_branch_clock.py": [
        (
            53,
            "WAC102",
            "error",
            (
                "`date.today` (reached through `main → branch_for_today → date.today`) reads the "
                "clock: the value changes between replays of the workflow body; capture it with "
                "`step(...)`"
            ),
        ),
    ],
    "aj_py_esim_provisioning/activation_pipeline_elapsed.py": [
        (
            75,
            "WAC102",
            "error",
            (
                "`time.monotonic` (reached through `main → ActivationPipeline.run → "
                "TimedMixin.start_clock → time.monotonic`) reads the clock: the value changes "
                "between replays of the workflow body; capture it with `step(...)`; the same call"
                " also reaches `time.monotonic` (line 50, in `TimedMixin.elapsed_s`)"
            ),
        ),
    ],
    "aj_py_esim_provisioning/bulk_activation_group_class.py": [
        (
            55,
            "WAC201",
            "error",
            (
                "`BatchRunner` (whose `__aenter__` enters the `asyncio.TaskGroup()` it keeps) "
                "collects the SDK's suspension (a BaseException) from its tasks and re-raises it "
                "inside a `BaseExceptionGroup`, which wmill's runner does not recognise (it "
                "catches `_StepSuspend`): the workflow fails on its first dispatch; use `await "
                "asyncio.gather(...)`"
            ),
        ),
    ],
    "aj_py_esim_provisioning/carrier_profile_post_init.py": [
        (
            50,
            "WAC101",
            "error",
            (
                "`requests.get` (reached through `main → CarrierProfile.from_imsi → "
                "CarrierProfile.__post_init__ → requests.get`) does network I/O in the workflow "
                "body, which re-runs on every replay; move it into a task or a `step(...)`"
            ),
        ),
    ],
    "aj_py_esim_provisioning/ota_campaign_stage_counter.py": [
        (
            53,
            "WAC103",
            "warning",
            (
                "The step name `stage.key` is computed at run time: it is stable across replays "
                "(nothing in it reads the clock, randomness or the environment), but the guide "
                "asks for constant names and Windmill's diagram shows it as `step`; a literal "
                "gives the same keys, numbered `_2`, `_3`"
            ),
        ),
    ],
    "aj_py_esim_provisioning/qr_bundle_bytes.py": [
        (
            32,
            "WAC107",
            "error",
            (
                "`buf.getvalue()` is `bytes` inside the value returned by this task: it is "
                "checkpointed as JSON and comes back as a string of its repr (`\"b'...'\"`)"
            ),
        ),
        (
            49,
            "WAC102",
            "error",
            (
                "`secrets.token_urlsafe` is random: the value changes between replays of the "
                "workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "aj_py_esim_provisioning/roaming_bundle_typeadapter.py": [
        (
            33,
            "WAC107",
            "error",
            (
                '`BUNDLES.validate_python(r.json()["bundles"])` is a `list[Bundle]` returned by '
                "this task: it is checkpointed as JSON and comes back as a list with each "
                "`Bundle` in it turned into a string of its `str()`"
            ),
        ),
    ],
    "aj_py_esim_provisioning/sim_swap_fraud_review_shield.py": [
        (
            52,
            "WAC204",
            "error",
            (
                "`except asyncio.TimeoutError` never sees a durable call time out: the approval "
                "suspends the round at once (a replay returns the recorded value), so the asyncio"
                " timeout never fires; pass the SDK call its own `timeout=`"
            ),
        ),
    ],
    "aj_py_satellite_tasking/contact_lease_owner.py": [
        (
            54,
            "WAC102",
            "error",
            (
                "`socket.gethostname` (reached through `main → AntennaLease.__init__ → "
                "socket.gethostname`) reads the process environment: the value changes between "
                "replays of the workflow body; capture it with `step(...)`; the same call also "
                "reaches `os.getpid` (line 21, in `AntennaLease.__init__`)"
            ),
        ),
    ],
    "aj_py_satellite_tasking/downlink_window_datetime.py": [
        (
            25,
            "WAC107",
            "warning",
            (
                "`min(starts)` is a `datetime` returned by this task: it is checkpointed as JSON "
                'and comes back as a string like `"2024-05-01 12:00:00"` (`str()`, not ISO 8601)'
            ),
        ),
        (
            50,
            "WAC102",
            "error",
            (
                "`socket.getfqdn` reads the process environment: the value changes between "
                "replays of the workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "aj_py_satellite_tasking/pass_planning_taskgroup.py": [
        (
            52,
            "WAC201",
            "error",
            (
                "`asyncio.TaskGroup` collects the SDK's suspension (a BaseException) from its "
                "tasks and re-raises it inside a `BaseExceptionGroup`, which wmill's runner does "
                "not recognise (it catches `_StepSuspend`): the workflow fails on its first "
                "dispatch; use `await asyncio.gather(...)`"
            ),
        ),
    ],
    "aj_py_satellite_tasking/quicklook_render_path_arg.py": [
        (
            33,
            "WAC101",
            "error",
            (
                "`shutil.disk_usage` touches the file system in the workflow body, which re-runs "
                "on every replay; move it into a task or a `step(...)`"
            ),
        ),
        (
            37,
            "WAC107",
            "warning",
            (
                '`scene_dir / f"{band}.tif"` is a `Path` passed to the script '
                "`f/imaging/render_quicklook` (or another script this call may pick): the job's "
                "arguments are sent as JSON, so it arrives as its string (`str()`)"
            ),
        ),
    ],
    "aj_py_satellite_tasking/relay_race_ray_wait.py": [
        (
            35,
            "WAC105",
            "error",
            (
                "`asyncio.wait` picks whichever call finishes first, and the durable calls after "
                "it depend on that: which one wins can differ between replays, and checkpoint "
                "keys follow call order; await all of them and choose deterministically"
            ),
        ),
        (
            35,
            "WAC201",
            "error",
            (
                "`asyncio.wait` keeps the SDK's suspension inside the finished tasks: the "
                "workflow carries on without dispatching them, and only the first task's "
                "suspension carries the dispatch, so reading `.result()` back from the unordered "
                "`done` set can lose it; use `await asyncio.gather(...)`"
            ),
        ),
    ],
    "aj_py_satellite_tasking/tile_mosaic_reduce.py": [
        (
            51,
            "WAC106",
            "error",
            (
                "`functools.reduce` hands each `merge_tiles(...)` coroutine to the next call as "
                "its accumulator: only the last is awaited, and every call after the first "
                "receives the previous call's un-awaited coroutine as its argument, not its "
                "result; fold in a loop: `acc = await ...`"
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
        for p in ROOT.glob("aj_py_*/*.py")
        if not p.stem.endswith("_ok")
    }
    assert marked == set(EXPECTED)
