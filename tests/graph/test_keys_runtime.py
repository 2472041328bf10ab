"""Keys in branches and loops: every key a run can allocate fits what the graph says.

Random Python workflows with `if`, `for`, `break`, `try/except/finally` around
tasks that fail on some runs, and early `return` are run
with many inputs. Each durable call records the key it got and the source line
it came from; the graph's key for that line (exact, a candidate set, or a
pattern such as `send[_<n>]`) must admit it. They run on a small fake runtime
built on `sdk_reference.RefCtx` (always), and on the real `wmill` replay loop
when that package is installed.
"""

from __future__ import annotations

import asyncio
import inspect
import random
from collections.abc import Callable

import pytest

from tests.graph import sdk_reference as ref
from wac_lint.graph import Graph, graph_for_source
from wac_lint.source import LANG_PYTHON, SourceFile

FILENAME = "<generated workflow>"
TASKS = ["alpha", "alpha_2", "beta"]
STEPS = ["alpha", "alpha_2", "gamma", "step", "", "sleep_2"]


def generate(
    rng: random.Random, depth: int = 0, flags: list[int] | None = None, exits: bool = True
) -> list[str]:
    """Statements; no `return`/`break` when `exits` is False (a `finally` block,
    where a `return` would swallow the SDK's suspension and end the run early)."""
    flags = flags if flags is not None else [0]
    out: list[str] = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        if roll < 0.2 and depth < 2:
            flag = flags[0]
            flags[0] += 1
            out.append(f"if flags[{flag}]:")
            out += ["    " + line for line in generate(rng, depth + 1, flags, exits)]
            if rng.random() < 0.5:
                out.append("else:")
                out += ["    " + line for line in generate(rng, depth + 1, flags, exits)]
        elif roll < 0.35 and depth < 2:
            flag = flags[0]
            flags[0] += 1
            out.append(f"for _ in range(counts[{flag}]):")
            body = generate(rng, depth + 1, flags, exits)
            if exits and rng.random() < 0.3:
                tops = [
                    i for i, line in enumerate(body) if not line.startswith(" ") and line != "else:"
                ]
                at = rng.choice([*tops, len(body)])
                body.insert(at, f"if flags[{flags[0]}]: break")
                flags[0] += 1
            out += ["    " + line for line in body]
        elif roll < 0.45 and depth < 2:
            out.append("try:")
            out += ["    " + line for line in generate(rng, depth + 1, flags, exits)]
            out.append("except Exception:")
            out += ["    " + line for line in generate(rng, depth + 1, flags, exits)]
            if rng.random() < 0.5:
                out.append("finally:")
                out += ["    " + line for line in generate(rng, depth + 1, flags, exits=False)]
        elif roll < 0.5 and depth > 0 and exits:
            out.append(f"if flags[{flags[0]}]: return 0")
            flags[0] += 1
        elif roll < 0.6:
            out.append(f"await boom(flags[{flags[0]}])")  # a task that fails on some runs
            flags[0] += 1
        elif roll < 0.75:
            out.append(f"await {rng.choice(TASKS)}()")
        elif roll < 0.85:
            out.append(f"await step({rng.choice(STEPS)!r}, lambda: 1)")
        elif roll < 0.95:
            out.append("await sleep(1)")
        else:
            out.append("await wait_for_approval(timeout=60)")
    return out


def program_source(body: list[str]) -> str:
    head = [
        "from wmill import sleep, step, task, wait_for_approval, workflow",
        "",
        *[line for name in TASKS for line in ("@task", f"async def {name}():", "    return 1", "")],
        "@task",
        "async def boom(fail: bool):",
        "    return 1",
        "",
        "@workflow",
        "async def main(flags: list, counts: list):",
    ]
    return "\n".join(head + ["    " + line for line in body] + ["    return 0"]) + "\n"


def caller_line() -> int:
    for frame in inspect.stack():
        if frame.filename == FILENAME:
            return frame.lineno
    raise AssertionError("no workflow frame")


# ---- a fake runtime on the reference allocator -------------------------------------
def fake_wmill(ctx: ref.RefCtx, seen: list[tuple[int, str]]) -> dict[str, Callable[..., object]]:
    def record(key: str) -> None:
        seen.append((caller_line(), key))

    def task(func: Callable[..., object]) -> Callable[..., object]:
        async def wrapper(fail: bool = False) -> int:
            record(ctx.next_step(func.__name__, func.__name__))
            if fail:
                raise RuntimeError("task failed")
            return 1

        return wrapper

    async def step(name: str, fn: Callable[[], object]) -> int:
        record(ctx.inline_step(name))
        return 1

    async def sleep(seconds: int) -> None:
        record(ctx.sleep())

    async def wait_for_approval(**kwargs: object) -> dict[str, bool]:
        record(ctx.approval(kwargs.get("key")))  # type: ignore[arg-type]
        return {"approved": True}

    return {
        "task": task,
        "step": step,
        "sleep": sleep,
        "wait_for_approval": wait_for_approval,
        "workflow": lambda f: f,
    }


def run_fake(source: str, flags: list[bool], counts: list[int]) -> list[tuple[int, str]]:
    seen: list[tuple[int, str]] = []
    namespace: dict[str, object] = dict(fake_wmill(ref.RefCtx(), seen))
    code = source.replace(
        "from wmill import sleep, step, task, wait_for_approval, workflow\n", "\n"
    )
    exec(compile(code, FILENAME, "exec"), namespace)
    try:
        asyncio.run(namespace["main"](flags, counts))  # type: ignore[operator]
    except RuntimeError as exc:  # a failed task nothing caught: the run stops there
        assert str(exc) == "task failed"
    return seen


def run_real(
    source: str, flags: list[bool], counts: list[int], monkeypatch: pytest.MonkeyPatch
) -> list[tuple[int, str]]:
    client = pytest.importorskip("wmill.client")
    for var in ("WM_JOB_ID", "WM_WORKSPACE", "BASE_INTERNAL_URL", "WM_TOKEN"):
        monkeypatch.delenv(var, raising=False)
    seen: list[tuple[int, str]] = []
    original = client.WorkflowCtx._alloc_key

    def spy(self: object, name: str = "step") -> str:
        key = original(self, name)
        seen.append((caller_line(), key))
        return key

    monkeypatch.setattr(client.WorkflowCtx, "_alloc_key", spy)
    namespace: dict[str, object] = {}
    exec(compile(source, FILENAME, "exec"), namespace)
    completed: dict[str, object] = {}
    args = {"flags": flags, "counts": counts}
    for _ in range(500):
        seen.clear()
        try:
            out = asyncio.run(
                client._run_workflow_async(namespace["main"], {"completed_steps": completed}, args)
            )
        except client.TaskError:
            return list(seen)  # a failed task nothing caught: the run stops there
        if out["type"] == "complete":
            return list(seen)
        for dispatched in out.get("steps", []):
            failed = dispatched["args"].get("fail")
            completed[dispatched["key"]] = (
                {"__wmill_error": True, "message": "boom"} if failed else 1
            )
        if "key" in out:
            completed[out["key"]] = {"approved": True} if out["type"] == "approval" else 1
    raise AssertionError("the workflow never completed")


def check(graph: Graph, seen: list[tuple[int, str]], source: str) -> None:
    by_line = {n.line: n for n in graph.durable_nodes()}
    for line, key in seen:
        node = by_line[line]
        assert node.key is not None and node.key.matches(key), (source, line, key, node.fields)


def cases(seed: int) -> tuple[str, list[tuple[list[bool], list[int]]]]:
    rng = random.Random(seed)
    source = program_source(generate(rng))
    inputs = [
        ([rng.random() < 0.5 for _ in range(40)], [rng.randint(0, 3) for _ in range(40)])
        for _ in range(12)
    ]
    return source, inputs


def draw(source: str) -> Graph:
    return graph_for_source(SourceFile("wf.py", source, LANG_PYTHON))


@pytest.mark.parametrize("seed", range(60))
def test_runtime_keys_fit_the_graph_fake_runtime(seed: int) -> None:
    source, inputs = cases(seed)
    graph = draw(source)
    for flags, counts in inputs:
        check(graph, run_fake(source, flags, counts), source)


@pytest.mark.parametrize("seed", range(25))
def test_runtime_keys_fit_the_graph_real_wmill(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("wmill.client", reason="the real wmill package is not installed")
    source, inputs = cases(seed)
    graph = draw(source)
    for flags, counts in inputs[:4]:
        seen = run_real(source, flags, counts, monkeypatch)
        check(graph, seen, source)
        if "finally:" not in source:
            # The fake runtime is faithful, except that it never suspends: with the
            # real SDK a `finally` block also runs while a suspension unwinds, and a
            # task failing there ends the round (and the run) early.
            assert seen == run_fake(source, flags, counts), source


def test_generated_programs_have_inexact_and_exact_keys() -> None:
    """Guard against a generator that only produces one kind of key."""
    exact = inexact = 0
    for seed in range(60):
        for node in draw(cases(seed)[0]).durable_nodes():
            if node.fields["key_exact"]:
                exact += 1
            else:
                inexact += 1
    assert exact > 20 and inexact > 20
