"""Checkpoint keys on straight-line code match the SDK's allocation exactly.

Random workflows (tests/graph/programs.py) are written as Python and as
TypeScript source, drawn by wac-lint, and their keys compared with the SDK's
algorithm: always with the re-implementation in `sdk_reference.py`, and, when
the real `wmill` package is importable, by running the Python workflow
through `wmill`'s own replay loop (`_run_workflow_async`) and recording every
key its `WorkflowCtx._alloc_key` hands out.
"""

from __future__ import annotations

import asyncio
import random

import pytest

from tests.graph import programs
from tests.graph import sdk_reference as ref
from wac_lint.graph import Graph, graph_for_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

SEEDS = range(120)


def draw(code: str, language: str) -> Graph:
    name = "wf.py" if language == LANG_PYTHON else "wf.ts"
    return graph_for_source(SourceFile(name, code, language))


def our_keys(graph: Graph) -> list[list[str]]:
    out = []
    for node in graph.durable_nodes():
        assert node.fields["key_exact"] is True, (node.id, node.fields)
        out.append([node.fields["checkpoint_key"], *(node.fields.get("retry_keys") or [])])
    return out


def check_program(program: programs.Program, language: str) -> None:
    source = (
        programs.python_source(program)
        if language == LANG_PYTHON
        else programs.typescript_source(program)
    )
    graph = draw(source, language)
    expected, raises_at = programs.expected_keys(program, language)
    nodes = graph.durable_nodes()
    assert len(nodes) == len(program.ops), source
    if raises_at is not None:
        note = nodes[raises_at].fields.get("key_note") or ""
        assert "raises at run time" in note, (source, nodes[raises_at].fields)
        expected, nodes = expected[:raises_at], nodes[:raises_at]
    got = [[n.fields["checkpoint_key"], *(n.fields.get("retry_keys") or [])] for n in nodes]
    assert all(n.fields["key_exact"] for n in nodes), source
    assert got == expected, source


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("language", [LANG_PYTHON, LANG_TYPESCRIPT])
def test_generated_straight_line_keys_match_the_reference(seed: int, language: str) -> None:
    program = programs.generate(random.Random(seed), 1 + seed % 12)
    check_program(program, language)


def test_the_generator_reaches_the_interesting_cases() -> None:
    """The random programs must hit the collisions the keys are about."""
    hit = {"bumped": False, "retry": False, "raises": False, "empty": False, "lambda": False}
    for seed in SEEDS:
        program = programs.generate(random.Random(seed), 1 + seed % 12)
        keys, raises_at = programs.expected_keys(program, LANG_PYTHON)
        flat = [k for ks in keys for k in ks]
        names = [op.name for op in program.ops if op.kind == "step"]
        hit["bumped"] |= any(k.endswith("_3") for k in flat)
        hit["retry"] |= any("#retry" in k for k in flat)
        hit["raises"] |= raises_at is not None
        hit["empty"] |= "" in names
        hit["lambda"] |= "<lambda>" in flat
    assert all(hit.values()), hit


# ---- the real SDK -------------------------------------------------------------------
def real_sdk_keys(source: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], bool]:
    """Run the workflow through wmill's replay loop; every key allocated, in order."""
    client = pytest.importorskip("wmill.client")
    for var in ("WM_JOB_ID", "WM_WORKSPACE", "BASE_INTERNAL_URL", "WM_TOKEN"):
        monkeypatch.delenv(var, raising=False)
    recorded: list[str] = []
    original = client.WorkflowCtx._alloc_key

    def spy(self: object, name: str = "step") -> str:
        key = original(self, name)
        recorded.append(key)
        return key

    monkeypatch.setattr(client.WorkflowCtx, "_alloc_key", spy)
    namespace: dict[str, object] = {}
    exec(compile(source, "<generated workflow>", "exec"), namespace)
    completed: dict[str, object] = {}
    for _ in range(500):
        recorded.clear()
        try:
            out = asyncio.run(
                client._run_workflow_async(namespace["main"], {"completed_steps": completed}, {})
            )
        except RuntimeError as exc:
            if "already used" in str(exc):
                return list(recorded), True
            raise
        if out["type"] == "complete":
            return list(recorded), False
        keys = [s["key"] for s in out.get("steps", [])] or [out["key"]]
        for key in keys:
            completed[key] = {"approved": True} if out["type"] == "approval" else 1
    raise AssertionError("the workflow never completed")


@pytest.mark.parametrize("seed", SEEDS)
def test_generated_keys_match_the_real_wmill_sdk(
    seed: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("wmill.client", reason="the real wmill package is not installed")
    program = programs.generate(random.Random(seed), 1 + seed % 12)
    source = programs.python_source(program)
    real, raised = real_sdk_keys(source, monkeypatch)
    expected, raises_at = programs.expected_keys(program, LANG_PYTHON)
    assert raised == (raises_at is not None), source
    # the reference agrees with the SDK ...
    assert [k for ks in expected for k in ks] == real, source
    # ... and so does wac-lint
    check_program(program, LANG_PYTHON)


# ---- the reference itself ----------------------------------------------------------
def test_reference_bumps_past_keys_already_handed_out() -> None:
    ctx = ref.RefCtx()
    assert ctx.inline_step("x_2") == "x_2"
    assert ctx.inline_step("x") == "x"
    assert ctx.inline_step("x") == "x_3"  # x_2 is taken
    assert ctx.next_step("t", "t", attempts=2) == "t"
    assert ctx.log[-4:] == ["t#retry2", "t#2", "t#retry3", "t#3"]
    with pytest.raises(ref.DuplicateApprovalKey):
        ctx.approval("x")


def test_typescript_task_naming_rules() -> None:
    assert ref.ts_task("", None) == ("", "")  # anonymous arrow: the SDK falls back to "step"
    assert ref.ts_task("", "f/a/b") == ("f/a/b", "f/a/b")
    assert ref.ts_task("named", "x") == ("named", "x")
    assert ref.ts_task_script("f/a/") == ("f/a/", "f/a/")
    assert ref.py_task_script("f/a/") == ("", "f/a/")


UNAWAITED = """\
from wmill import sleep, step, task, workflow

@task
async def a():
    return 1

@workflow
async def main():
    a()
    step("a", lambda: 1)
    sleep(5)
    await step("a", lambda: 2)
    await sleep(1)
    return None
"""


def test_python_coroutines_never_awaited_take_no_key() -> None:
    graph = draw(UNAWAITED, LANG_PYTHON)
    got = [(n.type, n.fields["checkpoint_key"]) for n in graph.durable_nodes()]
    assert got == [
        ("Step", "a"),  # a task call allocates when called, awaited or not
        ("InlineStep", "<not run>"),
        ("Sleep", "<not run>"),
        ("InlineStep", "a_2"),
        ("Sleep", "sleep"),
    ]


@pytest.mark.filterwarnings("ignore:coroutine .* was never awaited:RuntimeWarning")
def test_python_coroutines_never_awaited_take_no_key_real_sdk(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("wmill.client", reason="the real wmill package is not installed")
    real, _ = real_sdk_keys(UNAWAITED, monkeypatch)
    assert real == ["a", "a_2", "sleep"]


CONSTANT_NAMES = """\
from wmill import step, task, workflow

TEAM = "sre"
LEAD = TEAM + "_lead"

@task
async def notify(who):
    return who

@workflow
async def main():
    await step("fetch-" + "users", lambda: 1)
    await step(LEAD, lambda: 2)
    await step(f"{TEAM}_pager", lambda: 3)
    await step(f"load", lambda: 4)
    await step("sre_lead", lambda: 5)
    await notify(LEAD)
    return None
"""


def test_constant_name_expressions_are_exact_keys() -> None:
    graph = draw(CONSTANT_NAMES, LANG_PYTHON)
    got = [(n.fields["name"], n.fields["checkpoint_key"]) for n in graph.durable_nodes()]
    assert got == [
        ("fetch-users", "fetch-users"),
        ("sre_lead", "sre_lead"),
        ("sre_pager", "sre_pager"),
        ("load", "load"),
        ("sre_lead", "sre_lead_2"),  # the constant `LEAD` took `sre_lead` first
        ("notify", "notify"),
    ]
    assert all(n.fields["key_exact"] for n in graph.durable_nodes())
    # the expression is still shown where the source does not write the literal
    sources = [n.fields.get("name_source") for n in graph.durable_nodes()]
    assert sources == ['"fetch-" + "users"', "LEAD", 'f"{TEAM}_pager"', None, None, None]


def test_a_name_that_changes_is_still_a_run_time_key() -> None:
    source = CONSTANT_NAMES.replace('LEAD = TEAM + "_lead"', 'LEAD = TEAM + "_lead"\nLEAD += "!"')
    node = draw(source, LANG_PYTHON).durable_nodes()[1]
    assert node.fields["name"] is None and node.fields["key_exact"] is False
    param = CONSTANT_NAMES.replace("async def main():", "async def main(LEAD: str):")
    node = draw(param, LANG_PYTHON).durable_nodes()[1]
    assert node.fields["name"] is None and node.fields["key_exact"] is False


def test_constant_name_expressions_match_the_real_wmill_sdk(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("wmill.client", reason="the real wmill package is not installed")
    real, raised = real_sdk_keys(CONSTANT_NAMES, monkeypatch)
    ours = [n.fields["checkpoint_key"] for n in draw(CONSTANT_NAMES, LANG_PYTHON).durable_nodes()]
    assert not raised and real == ours
