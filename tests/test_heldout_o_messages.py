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

import json
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import file_findings, flow_file
from wac_lint.flows.other_signatures import other_inputs

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_o"

LAST = (
    "`results.price`: `price` is inside loop `each`, so after the loop it reads only the "
    "last iteration's result (null if no iteration ran); `results.each` has one result "
    "per iteration"
)

FAILED = (
    "`results.each.{method}`: loop `each` has `skip_failures: true`, and the entry of a "
    "failed iteration is its error (`{{error: ...}}`), which has no `total`: the `{method}` "
    "callback reads undefined from it; drop failed entries first "
    "(`.filter((r) => !r?.error)`)"
)
MISSING_COUNT = (
    "`main` of step `step` takes `count` (no default), but `input_transforms` gives it no value"
)

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_loop_step_read_after__flow": [(30, "WAC503", "warning", LAST)],
    # a while loop runs at least once: no "(null if no iteration ran)" (redteam-tf)
    "m_while_step_read_after__flow": [
        (29, "WAC503", "warning", LAST.replace(" (null if no iteration ran)", ""))
    ],
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
    "m_java_missing_count__flow": [(19, "WAC506", "error", MISSING_COUNT)],
    "m_java_typo_input.flow": [
        (19, "WAC506", "error", MISSING_COUNT),
        (
            21,
            "WAC506",
            "warning",
            "`cuont` is not a parameter of `main` of step `step`: the value goes nowhere",
        ),
    ],
    "m_r_missing_count.flow": [(17, "WAC506", "error", MISSING_COUNT)],
    "m_r_extra_input__flow": [
        (
            21,
            "WAC506",
            "warning",
            "`count` is not a parameter of `main` of step `step`: the value goes nowhere",
        )
    ],
    "m_nu_missing_count.flow": [(20, "WAC506", "error", MISSING_COUNT)],
    "m_r_path_missing_name__flow": [
        (
            8,
            "WAC506",
            "error",
            "`main` of greet.r takes `name` (no default), but `input_transforms` gives it no value",
        )
    ],
    "m_nu_path_missing_label.flow": [
        (
            8,
            "WAC506",
            "error",
            "`main` of tally.nu takes `label` (no default), but `input_transforms` gives it "
            "no value",
        )
    ],
    "m_skip_failures_map_field__flow": [(30, "WAC503", "warning", FAILED.format(method="map"))],
    "m_skip_failures_reduce_field.flow": [
        (30, "WAC503", "warning", FAILED.format(method="reduce"))
    ],
    "m_loop_step_bracket_read__flow": [(30, "WAC503", "warning", LAST)],
    "m_loop_step_in_iterator.flow": [
        (
            24,
            "WAC503",
            "warning",
            "`results.fetch`: `fetch` is inside loop `fetch_all`, so after the loop it reads "
            "only the last iteration's result (null if no iteration ran); `results.fetch_all` "
            "has one result per iteration",
        )
    ],
    "m_java_inline_file_missing.flow": [
        (
            9,
            "WAC506",
            "error",
            "`main` of step.java takes `count` (no default), but `input_transforms` gives it "
            "no value",
        )
    ],
    "m_java_path_missing_rate__flow": [
        (
            8,
            "WAC506",
            "error",
            "`main` of rate.java takes `rate` (no default), but `input_transforms` gives it "
            "no value",
        )
    ],
    "m_branchall_later_branch.flow": [
        (
            16,
            "WAC503",
            "error",
            "`results.count` is in branch 2 of `both`, which runs after this step's branch 1: "
            "here it is null",
        )
    ],
    "m_branchall_parallel_other__flow": [
        (
            23,
            "WAC503",
            "error",
            "`results.load` is in another branch of `both`, and with `parallel: true` the "
            "branches run at the same time: it is null unless that branch happens to finish "
            "first",
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


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_messages(name: str) -> None:
    assert file_findings(flow_file(ROOT / name)) == EXPECTED[name]


def test_every_mistake_flow_is_pinned() -> None:
    assert {f.name for f in ROOT.iterdir() if f.name.startswith("m_")} == set(EXPECTED)


def test_correct_flows_have_no_finding() -> None:
    for folder in sorted(ROOT.iterdir()):
        if folder.name == "lib" or folder.name.startswith("m_"):
            continue
        assert file_findings(flow_file(folder)) == [], folder.name


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
    assert file_findings(path) == [
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
    assert [(row, severity) for row, _, severity, _ in file_findings(path)] == [(25, "warning")]


GOLDEN = json.loads(
    (Path(__file__).parent / "data" / "other_signatures_jrn.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize(
    "sample", GOLDEN["samples"], ids=lambda s: f"{s['language']}-{s['code'][-50:]}"
)
def test_java_r_nu_inputs_agree_with_windmills_parser(sample: dict[str, Any]) -> None:
    mine = other_inputs(sample["language"], sample["code"])
    theirs = sample["windmill"]
    if not isinstance(theirs, list):  # the parser's Invalid: Windmill reads no input
        assert mine is None
        return
    if mine is None:  # not judged (R `...`, Nu quoted defaults)
        return
    assert [m.name for m in mine] == [a["name"] for a in theirs]
    assert [not m.required for m in mine] == [a["has_default"] for a in theirs]


def test_most_java_r_nu_samples_are_judged() -> None:
    judged = [s for s in GOLDEN["samples"] if other_inputs(s["language"], s["code"]) is not None]
    assert len(judged) >= 160


def _repo(tmp_path: Path, wmill_yaml: str) -> Path:
    (tmp_path / "wmill.yaml").write_text(wmill_yaml)
    for script in ("f/private/secret.py", "f/shared/greet.py", "u/ada/note.py"):
        file = tmp_path / script
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text("def main(name: str):\n    return name\n")
    flow = tmp_path / "f" / "app" / "main__flow" / "flow.yaml"
    flow.parent.mkdir(parents=True, exist_ok=True)
    steps = "".join(
        f"    - id: s{i}\n      value:\n        type: script\n        path: {path}\n"
        "        input_transforms:\n          name: {type: static, value: x}\n"
        for i, path in enumerate(("f/private/secret", "f/shared/greet", "u/ada/note"))
    )
    flow.write_text(f"summary: s\nvalue:\n  modules:\n{steps}")
    return flow


def test_a_step_by_path_to_a_script_sync_push_leaves_out(tmp_path: Path) -> None:
    flow = _repo(
        tmp_path, "nonDottedPaths: true\nincludes:\n  - f/**\nexcludes:\n  - f/private/**\n"
    )
    tail = (
        "`includes` / `excludes` leave out of `wmill sync push`: this flow is pushed without "
        "that script, and the step fails unless the workspace already has it"
    )
    assert file_findings(flow) == [
        (
            7,
            "WAC401",
            "warning",
            f"`f/private/secret` is f/private/secret.py, which wmill.yaml's {tail}",
        ),
        (19, "WAC401", "warning", f"`u/ada/note` is u/ada/note.py, which wmill.yaml's {tail}"),
    ]


def test_no_includes_or_a_flow_left_out_too_is_not_reported(tmp_path: Path) -> None:
    assert file_findings(_repo(tmp_path, "nonDottedPaths: true\n")) == []
    flow = _repo(tmp_path, "nonDottedPaths: true\nincludes:\n  - f/private/**\n")
    assert file_findings(flow) == []  # the flow itself is not pushed either


SKIPPING = (flow_file(ROOT / "m_skip_failures_map_field__flow")).read_text()


@pytest.mark.parametrize(
    ("read", "reported"),
    [
        ("'results.each.map(({ total }) => total)'", True),
        ("'results.each.flatMap(function (row) { return [row.total] })'", True),
        ("'results.each.map((r) => r.total).filter(Boolean)'", True),
        ("'results.each.filter((r) => r.total > 0)'", False),  # undefined > 0 drops it
        ("'results.each.map((r) => (r.error ? 0 : r.total))'", False),
        ("'results.each.map((r) => r && r.total)'", False),
        ("'results.each.map((r) => r)'", False),
    ],
)
def test_skip_failures_callbacks(read: str, reported: bool, tmp_path: Path) -> None:
    folder = tmp_path / "f" / "x.flow"
    folder.mkdir(parents=True)
    path = folder / "flow.yaml"
    text = SKIPPING.replace("results.each.map((r) => r.total)", read)
    path.write_text(text.replace("  # expect: WAC503", ""))
    assert bool(file_findings(path)) is reported


def test_a_subflow_sync_push_leaves_out(tmp_path: Path) -> None:
    (tmp_path / "wmill.yaml").write_text("nonDottedPaths: true\nexcludes:\n  - f/drafts/**\n")
    sub = tmp_path / "f" / "drafts" / "sub__flow" / "flow.yaml"
    sub.parent.mkdir(parents=True)
    sub.write_text("summary: sub\nvalue:\n  modules: []\n")
    main = tmp_path / "f" / "app" / "main__flow" / "flow.yaml"
    main.parent.mkdir(parents=True)
    main.write_text(
        "summary: s\nvalue:\n  modules:\n    - id: call\n      value:\n        type: flow\n"
        "        path: f/drafts/sub\n        input_transforms: {}\n"
    )
    assert file_findings(main) == [
        (
            7,
            "WAC401",
            "warning",
            "`f/drafts/sub` is f/drafts/sub__flow/flow.yaml, which wmill.yaml's `includes` / "
            "`excludes` leave out of `wmill sync push`: this flow is pushed without that flow, "
            "and the step fails unless the workspace already has it",
        )
    ]
