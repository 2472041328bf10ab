"""Red team AE (aep): the exact message and severity of every finding on its blind Python
corpus (`tests/corpus/adversarial/ae_py_*`: a glacier survey, regatta scoring, an archive's
digitization, ported from Prefect / Dagster / Celery / Temporal code), so a change of wording
or severity is a decision, not an accident; the correct twins (`*_ok.py`) have none
(`tests/test_adversarial_corpus.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import file_findings

ROOT = Path(__file__).parent / "corpus" / "adversarial"

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "ae_py_archive_digitization/accession_step_keys.py": [
        (
            28,
            "WAC102",
            "error",
            (
                "`secrets.token_hex` is random: the value changes between replays of the "
                "workflow body; capture it with `step(...)`"
            ),
        ),
        (
            28,
            "WAC103",
            "error",
            (
                'The step name `f"batch-{secrets.token_hex(4)}"` is built from '
                "`secrets.token_hex(4)`, which changes between replays: checkpoint keys come "
                "from names, so the completed step is not found and runs again; use a constant "
                "string literal"
            ),
        ),
        (
            32,
            "WAC103",
            "warning",
            (
                'The step name `f"normalise-{accession_id}"` is computed at run time: it is '
                "stable across replays (nothing in it reads the clock, randomness or the "
                "environment), but the guide asks for constant names and Windmill's diagram "
                "shows it as `step`; a literal gives the same keys, numbered `_2`, `_3`"
            ),
        ),
    ],
    "ae_py_archive_digitization/finding_aid_inputs.py": [
        (
            44,
            "WAC902",
            "warning",
            (
                "`include_restricted` is a keyword-only parameter of `main` (after `*`): "
                "Windmill's parser leaves it out of the signature, so the input form and "
                "`.script.yaml` have no such input and the wrapper never passes it: "
                "`include_restricted` always takes its default; move it before the `*`"
            ),
        ),
    ],
    "ae_py_archive_digitization/scan_batch_finally_raise.py": [
        (
            39,
            "WAC203",
            "error",
            (
                '`raise IncompleteBatch(f"box {box_id}: {len(pages)}/{page_co…` in a `finally` '
                "also runs while the workflow suspends inside the `try`: its exception replaces "
                "the suspension, so the round fails instead of dispatching the pending durable "
                "call; raise it after the `try` (or in an `except`)"
            ),
        ),
    ],
    "ae_py_archive_digitization/scanner_lease_exit_stack.py": [
        (
            38,
            "WAC203",
            "error",
            (
                '`stack.push_async_callback(functools.partial(release_scanner, lease["id"]))` '
                "registers `release_scanner(...)`, which the stack calls as the `with` block "
                "unwinds: the suspension of a later durable call in the block unwinds it too, so "
                "that task runs each time the workflow suspends there and raises a suspension of "
                "its own in place of the pending one; call it after the `with` block (and in an "
                "`except` that re-raises)"
            ),
        ),
    ],
    "ae_py_glacier_survey/crevasse_taskgroup_tiles.py": [
        (
            65,
            "WAC201",
            "error",
            (
                "`asyncio.TaskGroup` collects the SDK's suspension (a BaseException) from its "
                "tasks and re-raises it inside a `BaseExceptionGroup` (in `TileBatch.run`, which "
                "the workflow calls), which wmill's runner does not recognise (it catches "
                "`_StepSuspend`): the workflow fails on its first dispatch; use `await "
                "asyncio.gather(...)`"
            ),
        ),
    ],
    "ae_py_glacier_survey/drone_flight_plan_namedtuple.py": [
        (
            43,
            "WAC107",
            "error",
            (
                "`plan` is a `NamedTuple` passed to the flow `f/glacier/fly_photogrammetry`: the "
                "job's arguments are sent as JSON, which writes a named tuple as an array, so it "
                "arrives as a list without its field names (`altitude_m`, `drone`, `lines`); "
                "pass `._asdict()`"
            ),
        ),
    ],
    "ae_py_glacier_survey/gnss_station_cursor_state.py": [
        (
            36,
            "WAC101",
            "error",
            (
                "`wmill.get_state` calls the Windmill API in the workflow body, which re-runs on "
                "every replay; move it into a task or a `step(...)`"
            ),
        ),
        (
            42,
            "WAC101",
            "error",
            (
                "`wmill.set_state` calls the Windmill API in the workflow body, which re-runs on "
                "every replay; move it into a task or a `step(...)`"
            ),
        ),
    ],
    "ae_py_glacier_survey/helicopter_window_deadline.py": [
        (
            43,
            "WAC102",
            "error",
            (
                "`datetime.now` reads the clock: the value changes between replays of the "
                "workflow body; capture it with `step(...)`"
            ),
        ),
        (
            50,
            "WAC102",
            "error",
            (
                "`random.uniform` is random: the value changes between replays of the workflow "
                "body; capture it with `step(...)`"
            ),
        ),
    ],
    "ae_py_glacier_survey/ice_core_quality_enum.py": [
        (
            25,
            "WAC107",
            "error",
            (
                "`CoreQuality.CONTAMINATED` is a member of the `Enum` `CoreQuality` returned by "
                "this task: it is checkpointed as JSON and comes back as its `str()` "
                '(`"CoreQuality.MEMBER"`), which `CoreQuality(...)` does not accept and no '
                "member equals"
            ),
        ),
        (
            27,
            "WAC107",
            "error",
            (
                "`CoreQuality.FRACTURED` is a member of the `Enum` `CoreQuality` returned by "
                "this task: it is checkpointed as JSON and comes back as its `str()` "
                '(`"CoreQuality.MEMBER"`), which `CoreQuality(...)` does not accept and no '
                "member equals"
            ),
        ),
        (
            28,
            "WAC107",
            "error",
            (
                "`CoreQuality.GOOD` is a member of the `Enum` `CoreQuality` returned by this "
                "task: it is checkpointed as JSON and comes back as its `str()` "
                '(`"CoreQuality.MEMBER"`), which `CoreQuality(...)` does not accept and no '
                "member equals"
            ),
        ),
        (
            44,
            "WAC107",
            "error",
            (
                "`quality is CoreQuality.GOOD` is never true: `quality` is a checkpointed "
                "result, which comes back from JSON as a plain string or number, never a member "
                "of the `Enum` `CoreQuality`"
            ),
        ),
    ],
    "ae_py_glacier_survey/melt_probe_poll_monotonic.py": [
        (
            50,
            "WAC102",
            "error",
            (
                "`time.monotonic` reads the clock: the value changes between replays of the "
                "workflow body; capture it with `step(...)`"
            ),
        ),
        (
            52,
            "WAC102",
            "error",
            (
                "`time.monotonic` reads the clock: the value changes between replays of the "
                "workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "ae_py_glacier_survey/moraine_zones_frozenset.py": [
        (
            16,
            "WAC107",
            "error",
            (
                '`frozenset(s["zone"] for s in r.json())` is a `frozenset` returned by this '
                "task: it is checkpointed as JSON and comes back as a string of its repr "
                "(`\"frozenset({'a', 'b'})\"`)"
            ),
        ),
    ],
    "ae_py_glacier_survey/radar_inversion_retry_jitter.py": [
        (
            45,
            "WAC102",
            "error",
            (
                "`random.randint` (reached through `main → invert_with_retry → random.randint`) "
                "is random: the value changes between replays of the workflow body; capture it "
                "with `step(...)`"
            ),
        ),
    ],
    "ae_py_glacier_survey/stake_readings_match_class.py": [
        (
            25,
            "WAC107",
            "error",
            (
                '`StakeReading(stake_id=stake_id, ablation_cm=row["ablation"]…` is a '
                "`StakeReading` instance returned by this task: it is checkpointed as JSON and "
                "comes back as a string of its `str()`"
            ),
        ),
        (
            46,
            "WAC107",
            "error",
            (
                "`StakeReading(tilted=True)` never matches: `reading` is a checkpointed result, "
                "which comes back from JSON (strings, numbers, lists, plain objects)"
            ),
        ),
        (
            48,
            "WAC107",
            "error",
            (
                "`StakeReading(ablation_cm=a)` never matches: `reading` is a checkpointed "
                "result, which comes back from JSON (strings, numbers, lists, plain objects)"
            ),
        ),
    ],
    "ae_py_regatta_scoring/handicap_fallback_decorator.py": [
        (
            50,
            "WAC201",
            "error",
            (
                "`except BaseException as exc:` catches the SDK's suspension (a BaseException) "
                "(in `with_fallback`, which the workflow calls): the workflow cannot suspend "
                "here; catch `Exception` or `TaskError`, or re-raise"
            ),
        ),
    ],
    "ae_py_regatta_scoring/mark_boat_progress_variable.py": [
        (
            39,
            "WAC101",
            "error",
            (
                "`wmill.get_variable` calls the Windmill API in the workflow body, which re-runs "
                "on every replay; move it into a task or a `step(...)`"
            ),
        ),
        (
            45,
            "WAC101",
            "error",
            (
                "`wmill.set_progress` calls the Windmill API in the workflow body, which re-runs "
                "on every replay; move it into a task or a `step(...)`"
            ),
        ),
    ],
    "ae_py_regatta_scoring/protest_video_bytes.py": [
        (
            30,
            "WAC107",
            "error",
            (
                "`clip[:65536]` is `bytes` (a `bytes` input of `main`, which Windmill decodes "
                "from base64) passed to the script `f/regatta/transcode_clip`: the job's "
                "arguments are sent as JSON, so it arrives as a string of its repr (`\"b'...'\"`)"
            ),
        ),
    ],
    "ae_py_regatta_scoring/race_clock_property.py": [
        (
            56,
            "WAC102",
            "error",
            (
                "`datetime.now` (reached through `main → Race.over_time_limit → Race.elapsed → "
                "datetime.now`) reads the clock: the value changes between replays of the "
                "workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "ae_py_regatta_scoring/results_board_cached_resource.py": [
        (
            46,
            "WAC101",
            "error",
            (
                "`wmill.get_resource` (reached through `main → ResultsBoard.layout → "
                "ResultsBoard.config → wmill.get_resource`) calls the Windmill API in the "
                "workflow body, which re-runs on every replay; move it into a task or a "
                "`step(...)`"
            ),
        ),
    ],
    "ae_py_regatta_scoring/series_points_suspend_by_name.py": [
        (
            38,
            "WAC201",
            "error",
            (
                "`except BaseException as exc:` re-raises the SDK's suspension but not "
                "`_StepFailure`, wmill's other BaseException: in the child job that runs a task, "
                "the body replays up to the task's call and runs the task there, and a failure "
                "of the task reaches this handler as `_StepFailure`, which it swallows: the job "
                "goes on past the task instead of failing with its error (it then waits at the "
                "next durable call until it times out, or returns the workflow's value as the "
                "task's result); re-raise what is not an `Exception` (`if not isinstance(e, "
                "Exception): raise`)"
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
        for p in ROOT.glob("ae_py_*/*.py")
        if not p.stem.endswith("_ok")
    }
    assert marked == set(EXPECTED)
