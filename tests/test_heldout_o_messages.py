"""Red team O (blind flows, `tests/flows/repo/f/heldout_o`): a step of a loop or a
branch read by its own id after it, loop results with `skip_failures`, and the
inputs of Java, R and Nu steps. Every finding with its exact message and severity.

`results.<id>` of a step outside the reader's own flow status is looked up in the
leaf jobs of the flow's innermost root job (windmill-queue `get_result_by_id`,
null when absent), where windmill-worker `worker_flow.rs` writes every finished
step's job under its id: a sequential loop's iterations share that root (the last
iteration's result stays), a parallel loop's iterations are pushed as roots of
their own (`root_job = None`), so nothing reaches the outer flow."""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_bytes

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_o"

LAST = (
    "`results.price`: `price` is inside loop `each`, so after the loop it reads only the "
    "last iteration's result (null if no iteration ran); `results.each` has one result "
    "per iteration"
)

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_loop_step_read_after__flow": [(30, "WAC503", "warning", LAST)],
    "m_while_step_read_after__flow": [(29, "WAC503", "warning", LAST)],
    "m_parallel_loop_step_read_after.flow": [
        (
            31,
            "WAC503",
            "error",
            "`results.price`: `price` is inside parallel loop `each`, whose iterations run "
            "as flows of their own, so after the loop `results.price` is null; read "
            "`results.each` (one result per iteration)",
        )
    ],
    "m_branchone_step_read_after__flow": [
        (
            35,
            "WAC503",
            "error",
            "`results.left`: `left` is in a branch of `route` that may not have run; use "
            "`results.route` (the result of the branch taken)",
        )
    ],
}


def _findings(path: Path) -> list[tuple[int, str, str, str]]:
    result = analyze_bytes(path.read_bytes(), str(path))
    return [(f.row, f.code, f.severity, f.message) for f in result.findings]


def _flow(folder: Path) -> Path:
    return next(p for p in folder.iterdir() if p.name.startswith("flow."))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_messages(name: str) -> None:
    assert _findings(_flow(ROOT / name)) == EXPECTED[name]


def test_every_mistake_flow_is_pinned() -> None:
    assert {f.name for f in ROOT.iterdir() if f.name.startswith("m_")} == set(EXPECTED)


def test_correct_flows_have_no_finding() -> None:
    for folder in sorted(ROOT.iterdir()):
        if folder.name == "lib" or folder.name.startswith("m_"):
            continue
        assert _findings(_flow(folder)) == [], folder.name


NESTED = """\
summary: s
value:
  modules:
    - id: outer
      value:
        type: forloopflow
        iterator: {type: javascript, expr: '[[1], [2]]'}
        skip_failures: false
        modules:
          - id: inner
            value:
              type: forloopflow
              iterator: {type: javascript, expr: flow_input.iter.value}
              skip_failures: false
              PARALLEL
              modules:
                - id: leaf
                  value: {type: identity}
    - id: after
      value:
        type: rawscript
        language: bun
        content: "export async function main(x: any) { return x }"
        input_transforms:
          x: {type: javascript, expr: results.leaf}
"""


def test_a_parallel_loop_nested_in_a_sequential_one_still_gives_null(tmp_path: Path) -> None:
    folder = tmp_path / "f" / "x.flow"
    folder.mkdir(parents=True)
    path = folder / "flow.yaml"
    path.write_text(NESTED.replace("PARALLEL", "parallel: true"))
    assert _findings(path) == [
        (
            25,
            "WAC503",
            "error",
            "`results.leaf`: `leaf` is inside parallel loop `inner`, whose iterations run as "
            "flows of their own, so after the loop `results.leaf` is null; read "
            "`results.outer` (one result per iteration)",
        )
    ]
    path.write_text(NESTED.replace("PARALLEL", "parallel: false"))
    assert [(row, severity) for row, _, severity, _ in _findings(path)] == [(25, "warning")]
