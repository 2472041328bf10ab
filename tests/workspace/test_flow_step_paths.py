"""WAC401 on a flow's `script` / `flow` steps: the path is looked up in the
repository as `task_script` / `task_flow` paths are. A path of the other kind
is an error (Windmill finds no script, or no flow, there); a path in no folder
of the repository is `info`, an error with `workspace-complete`; hub paths and
scripts other than Python / TypeScript (bash, SQL) are found or left alone."""

from __future__ import annotations

from pathlib import Path

from wac_lint.config import Settings
from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.root import forget_projects

STEPS = (
    "summary: s\nvalue:\n  modules:\n"
    "    - id: a\n      value:\n        type: script\n        path: f/ops/escalate\n"
    "        input_transforms: {}\n"
    "    - id: b\n      value:\n        type: flow\n        path: f/ops/page\n"
    "        input_transforms: {}\n"
    "    - id: c\n      value:\n        type: script\n        path: f/ops/paeg\n"
    "        input_transforms: {}\n"
    "    - id: d\n      value:\n        type: script\n        path: f/ops/restart\n"
    "        input_transforms: {service: {type: static, value: api}}\n"
    "    - id: e\n      value:\n        type: script\n        path: hub/1/slack/send\n"
    "        input_transforms: {}\n"
)


def _repo(tmp_path: Path) -> Path:
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\nnonDottedPaths: true\n")
    ops = tmp_path / "f" / "ops"
    (ops / "escalate__flow").mkdir(parents=True)
    (ops / "escalate__flow" / "flow.yaml").write_text("summary: e\nvalue:\n  modules: []\n")
    (ops / "page.py").write_text("def main(service: str):\n    return service\n")
    (ops / "restart.sh").write_text('service="$1"\necho "$service"\n')
    (ops / "run__flow").mkdir()
    flow = ops / "run__flow" / "flow.yaml"
    flow.write_text(STEPS)
    forget_projects()
    return flow


def test_step_paths_are_looked_up(tmp_path: Path) -> None:
    flow = _repo(tmp_path)
    result = analyze_source(read_source(flow), select=["WAC401"])
    assert [(f.row, f.severity, f.message) for f in result.findings] == [
        (
            7,
            "error",
            "`f/ops/escalate` is a flow (f/ops/escalate__flow/flow.yaml), but this step's "
            "`type: script` runs a script: Windmill finds none at that path and the step fails; "
            "use `type: flow`",
        ),
        (
            12,
            "error",
            "`f/ops/page` is a script (f/ops/page.py), but this step's `type: flow` runs a flow: "
            "Windmill finds none at that path and the step fails; use `type: script`",
        ),
        (
            17,
            "info",
            "`f/ops/paeg` matches no script in this repository; did you mean `f/ops/page`?",
        ),
    ]


def test_a_complete_workspace_makes_a_missing_path_an_error(tmp_path: Path) -> None:
    flow = _repo(tmp_path)
    settings = Settings().with_option("workspace-complete", True)
    result = analyze_source(read_source(flow), settings, select=["WAC401"])
    assert [(f.row, f.severity) for f in result.findings if "matches no" in f.message] == [
        (17, "error")
    ]


def test_a_flow_outside_a_windmill_project_is_not_judged(tmp_path: Path) -> None:
    flow = _repo(tmp_path)
    (tmp_path / "wmill.yaml").unlink()
    forget_projects()
    assert analyze_source(read_source(flow), select=["WAC401"]).findings == []
