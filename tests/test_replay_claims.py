"""The SDK behaviour the replay rules rest on, checked by running `wmill`'s own
replay loop (`_run_workflow`) on small workflows defined here: these run the
SDK, not user scripts. Skipped when `wmill` is not installed."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

import pytest

client = pytest.importorskip("wmill.client")

FAST_PATH_ENV = ("WM_JOB_ID", "WM_WORKSPACE", "BASE_INTERNAL_URL", "WM_TOKEN")


def replay(main: Callable[..., Any], rounds: int = 10) -> list[dict[str, Any]]:
    """Run the workflow round after round as the worker would, completing each
    step and sleep from what the round reports. Returns every round's output."""
    saved = {k: os.environ.pop(k) for k in FAST_PATH_ENV if k in os.environ}
    try:
        completed: dict[str, Any] = {}
        outputs = []
        for _ in range(rounds):
            out = client._run_workflow(main, {"completed_steps": dict(completed)}, {})
            outputs.append(out)
            if out["type"] == "inline_checkpoint":
                # The worker stores the result as JSON with `default=str`, the encoder
                # the SDK's fast path mirrors (`_run_inline_step`).
                completed[out["key"]] = json.loads(json.dumps(out["result"], default=str))
            elif out["type"] == "sleep":
                completed[out["key"]] = None
            else:
                break
        return outputs
    finally:
        os.environ.update(saved)


def test_wac104_a_list_appended_in_a_step_is_empty_after_a_suspension() -> None:
    @client.workflow
    async def main() -> Any:
        audit: list[str] = []
        await client.step("check", lambda: audit.append("checked"))
        await client.sleep(5)
        return audit

    assert replay(main)[-1] == {"type": "complete", "result": []}


def test_wac304_a_step_inside_a_step_shifts_the_keys_after_it() -> None:
    @client.workflow
    async def main() -> Any:
        async def outer() -> str:
            return "outer:" + await client.step("b", lambda: "inner")

        a = await client.step("a", outer)
        await client.sleep(5)
        b = await client.step("b", lambda: "body")
        return {"a": a, "b": b}

    # The body's own step "b" gets the inner step's checkpoint: keys collided.
    assert replay(main)[-1]["result"] == {"a": "outer:inner", "b": "inner"}


def test_wac107_a_datetime_comes_back_as_its_str_and_a_set_as_its_repr() -> None:
    import datetime

    moment = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=datetime.timezone.utc)

    @client.workflow
    async def main() -> Any:
        when = await client.step("when", lambda: moment)
        tags = await client.step("tags", lambda: {"a"})
        return {"when": when, "tags": tags, "is_datetime": isinstance(when, datetime.datetime)}

    result = replay(main)[-1]["result"]
    assert result == {"when": str(moment), "tags": "{'a'}", "is_datetime": False}


def test_wac204_a_failed_step_surfaces_as_task_error_not_its_own_class() -> None:
    def boom() -> None:
        raise ValueError("bad input")

    @client.workflow
    async def main() -> Any:
        try:
            await client.step("parse", boom)
        except ValueError:
            return "caught ValueError"
        except client.TaskError as e:
            return f"caught TaskError {e.result['error']['name']}"
        return "no error"

    outputs = replay(main)
    assert outputs[-1] == {"type": "complete", "result": "caught TaskError ValueError"}


def test_wac303_a_repeated_explicit_approval_key_raises() -> None:
    @client.workflow
    async def main() -> Any:
        await client.wait_for_approval(key="manager")
        return await client.wait_for_approval(key="manager")

    first = replay(main)[-1]
    assert first["type"] == "approval" and first["key"] == "manager"
    with pytest.raises(RuntimeError, match="already used"):
        client._run_workflow(main, {"completed_steps": {"manager": {"approved": True}}}, {})


def test_wac301_sleep_converts_with_int() -> None:
    @client.workflow
    async def bad() -> Any:
        await client.sleep("15m")

    @client.workflow
    async def good() -> Any:
        await client.sleep("15")

    with pytest.raises(ValueError):
        replay(bad)
    assert replay(good)[0] == {"type": "sleep", "key": "sleep", "seconds": 15}


def test_wac302_unknown_options_raise_in_python() -> None:
    with pytest.raises(TypeError):
        client.task(timeout_seconds=60)  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="unknown retry option"):
        client.task(retry={"attempts": 1, "backoff": 2})
    with pytest.raises(TypeError):
        client.wait_for_approval(approver="alice")  # type: ignore[call-arg]


@pytest.mark.parametrize(
    "primitive",
    [
        "task",
        "task_script",
        "task_flow",
        "step",
        "sleep",
        "wait_for_approval",
        "get_resume_urls",
        "parallel",
    ],
)
def test_python_signatures_in_the_data_match_wmill(primitive: str) -> None:
    import inspect

    from wac_lint.rules import _signatures

    sig = _signatures.signature("python", primitive)
    assert sig is not None
    params = inspect.signature(getattr(client, primitive)).parameters.values()
    positional = [p.name for p in params if p.kind is p.POSITIONAL_OR_KEYWORD]
    keyword_only = {p.name for p in params if p.kind is p.KEYWORD_ONLY}
    required = [
        p.name for p in params if p.default is p.empty and p.kind is p.POSITIONAL_OR_KEYWORD
    ]
    assert list(sig.params) == positional
    assert set(sig.options) == keyword_only
    assert sig.required == len(required)


def test_retry_keys_in_the_data_match_wmill() -> None:
    from wac_lint.rules import _signatures

    sig = _signatures.signature("python", "retry")
    assert sig is not None and tuple(sig.options) == client._RETRY_KEYS
