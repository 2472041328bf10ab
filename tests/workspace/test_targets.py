"""WAC401 / WAC402 on the sample repository: task paths looked up, and calls checked
against the target's `main` signature or flow schema (messages pinned)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wac_lint.config import Settings
from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "repo"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    forget_projects()
    copy = tmp_path / "repo"
    shutil.copytree(REPO, copy)
    return copy


def findings(path: Path, settings: Settings | None = None) -> list[tuple[int, str, str, str]]:
    result = analyze_source(read_source(path), settings, select=["WAC401", "WAC402"])
    return [(f.row, f.code, f.severity, f.message) for f in result.findings]


def test_the_sample_workflows_are_clean() -> None:
    forget_projects()
    for name in ("daily.py", "daily.ts", "modular__mod/script.ts"):
        assert findings(REPO / "f/workflows" / name) == []


PY_PATHS = """\
from wmill import task_flow, task_script, workflow

extract = task_script("f/etl/extrct")
pipeline = task_script("f/etl/pipeline")
local = task_script("./nothing.py")
other = task_flow("f/elsewhere/thing")


@workflow
async def main():
    await extract(url="x")
    await pipeline(date="d")
    await local()
    return await other()
"""


def test_wac401_messages_and_severities(repo: Path) -> None:
    script = repo / "f/workflows/paths.py"
    script.write_text(PY_PATHS)
    assert findings(script) == [
        (
            3,
            "WAC401",
            "info",
            "`f/etl/extrct` matches no script in this repository; did you mean `f/etl/extract`?",
        ),
        (
            4,
            "WAC401",
            "error",
            "`f/etl/pipeline` is a flow (f/etl/pipeline__flow/flow.yaml), but `task_script` "
            "dispatches a script: the child job fails; use `task_flow`",
        ),
        (
            5,
            "WAC401",
            "error",
            "`./nothing.py` matches no module beside this script (in f/workflows): "
            "the child job fails when the workflow reaches it",
        ),
        (6, "WAC401", "info", "`f/elsewhere/thing` matches no flow in this repository"),
    ]
    complete = [f[2] for f in findings(script, Settings().with_option("workspace-complete", True))]
    assert complete == ["error"] * 4


def test_wac401_needs_a_windmill_project(tmp_path: Path) -> None:
    forget_projects()
    script = tmp_path / "paths.py"
    script.write_text(PY_PATHS)
    assert findings(script) == []
    (tmp_path / "wmill-lock.yaml").write_text("version: v2\n")
    forget_projects()
    assert [f[0] for f in findings(script)] == [3, 4, 5, 6]


PY_CALLS = """\
from wmill import task_flow, task_script, workflow

extract = task_script("f/etl/extract")
load = task_script("f/etl/load")
pipeline = task_flow("f/etl/pipeline")


@workflow
async def main(url: str):
    await extract(url=url, lmit=50)
    await extract(limit=5)
    await extract(url=url, limit="50", mode="weekly")
    await load(rows=[], table="t", truncate=False)
    return await pipeline(date="x", dry_run=1)
"""

TS_CALLS = """\
import { taskFlow, taskScript, workflow } from "windmill-client";

const extract = taskScript("f/etl/extract");
const pipeline = taskFlow("f/etl/pipeline");

export const main = workflow(async (url: string) => {
  await extract({ url, lmit: 50 });
  await extract("https://x");
  await extract({ limit: 5 });
  const args = { url };
  await extract(args);
  return await pipeline({ date: "x" });
});
"""

FROM_MAIN = "from the `main` signature of f/etl/extract.py"


def test_wac402_python_calls_against_main_and_flow_schema(repo: Path) -> None:
    script = repo / "f/workflows/calls.py"
    script.write_text(PY_CALLS)
    assert findings(script) == [
        (
            10,
            "WAC402",
            "error",
            f"`lmit` is not a parameter of `f/etl/extract` (it takes `url`, `limit`, `mode`, "
            f"{FROM_MAIN}); did you mean `limit`?",
        ),
        (
            11,
            "WAC402",
            "error",
            f"`f/etl/extract` requires `url` (no default, {FROM_MAIN}), "
            "which this call does not pass",
        ),
        (
            12,
            "WAC402",
            "warning",
            f"`limit` of `f/etl/extract` is an integer, but this passes the string `50` "
            f"({FROM_MAIN})",
        ),
        (
            12,
            "WAC402",
            "warning",
            f"`mode` of `f/etl/extract` is one of `full`, `delta`, not `weekly` ({FROM_MAIN})",
        ),
        (
            14,
            "WAC402",
            "warning",
            "`dry_run` of `f/etl/pipeline` is a boolean, but this passes the number 1 "
            "(from the `schema` of f/etl/pipeline__flow/flow.yaml)",
        ),
    ]


def test_wac402_typescript_calls(repo: Path) -> None:
    script = repo / "f/workflows/calls.ts"
    script.write_text(TS_CALLS)
    result = analyze_source(read_source(script), select=["WAC402"])
    assert [(f.row, f.message) for f in result.findings] == [
        (
            7,
            f"`lmit` is not a parameter of `f/etl/extract` (it takes `url`, `limit`, `mode`, "
            f"{FROM_MAIN}); did you mean `limit`?",
        ),
        (
            9,
            f"`f/etl/extract` requires `url` (no default, {FROM_MAIN}), "
            "which this call does not pass",
        ),
    ]
    (related,) = result.findings[0].related
    assert related.filename.endswith("f/etl/extract.py")


def test_wac402_local_tasks() -> None:
    from wac_lint.source import SourceFile

    code = (
        "from wmill import task, workflow\n\n\n@task()\n"
        "async def add(a: int, b: int = 1, *, c: int):\n"
        "    return a + b + c\n\n\n@workflow\nasync def main():\n"
        "    await add(1, 2, 3)\n    await add(1, a=2, c=1)\n    await add(b=1)\n"
        "    return await add(1, c=2)\n"
    )
    result = analyze_source(SourceFile("x.py", code, "python"), select=["WAC402"])
    assert [(f.row, f.message) for f in result.findings] == [
        (
            11,
            "`add` takes 2 positional arguments; the 1 extra one is sent as `arg2`, "
            "and the task's job fails (TypeError)",
        ),
        (12, "`a` is given twice (by position and by name) to `add`"),
        (
            13,
            "`add` requires `a`, `c`, which this call does not pass: the task's job fails "
            "(TypeError)",
        ),
    ]


def test_wac402_names_the_keys_extra_arguments_are_sent_under() -> None:
    """Both SDKs send an extra positional argument as `arg{i}`, `i` its 0-based
    position (wmill `_merge_args`, windmill-client `task`'s wrapper)."""
    from wac_lint.source import SourceFile

    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const add = task(async (a: number) => a);\n"
        "export const main = workflow(async () => {\n"
        "  await add(1, 2, 3);\n  await add(1, 2, 3, 4, 5, 6);\n  return await add(1, 2);\n});\n"
    )
    result = analyze_source(SourceFile("x.ts", code, "typescript"), select=["WAC402"])
    head = "`add` takes 1 positional argument; the"
    tail = "which the function never receives"
    assert [(f.row, f.message) for f in result.findings] == [
        (
            4,
            f"{head} 2 extra ones are sent as `arg1` and `arg2`, {tail}",
        ),
        (
            5,
            f"{head} 5 extra ones are sent as `arg1` to `arg5`, {tail}",
        ),
        (6, f"{head} 1 extra one is sent as `arg1`, {tail}"),
    ]


def test_wac401_suggests_only_when_the_differing_part_is_close(repo: Path) -> None:
    """The hint compares the part that differs (the name in one folder, the folder of
    one name): a long shared folder no longer makes an unrelated name "close"."""
    script = repo / "f/workflows/hints.py"
    script.write_text(
        "from wmill import task_script, workflow\n\n"
        'a = task_script("f/etl/contract")\n'
        'b = task_script("f/elt/extract")\n'
        'c = task_script("f/etl/loader")\n\n\n'
        "@workflow\nasync def main():\n"
        "    await a()\n    await b()\n    return await c()\n"
    )
    assert [message for _, _, _, message in findings(script)] == [
        "`f/etl/contract` matches no script in this repository",
        "`f/elt/extract` matches no script in this repository; did you mean `f/etl/extract`?",
        "`f/etl/loader` matches no script in this repository; did you mean `f/etl/load`?",
    ]


def test_a_path_that_is_both_a_script_and_a_flow_is_either(tmp_path: Path) -> None:
    """Windmill keeps scripts and flows apart, so `f/qsu/boot.py` and
    `f/qsu/boot.flow/` are two targets at one path (seen in a public repository):
    a `type: flow` step or `task_flow` call finds the flow, not a "kind mismatch"."""
    forget_projects()
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    qsu = tmp_path / "f" / "qsu"
    (qsu / "boot.flow").mkdir(parents=True)
    (qsu / "boot.flow" / "flow.yaml").write_text(
        "summary: boot\nvalue:\n  modules: []\nschema:\n  type: object\n"
        "  properties:\n    vm:\n      type: object\n  required: [vm]\n"
    )
    (qsu / "boot.py").write_text("def main(name: str):\n    return name\n")
    flow = qsu / "bringup.flow" / "flow.yaml"
    flow.parent.mkdir()
    flow.write_text(
        "summary: up\nvalue:\n  modules:\n    - id: boot\n      value:\n"
        "        type: flow\n        path: f/qsu/boot\n        input_transforms:\n"
        "          vm:\n            type: static\n            value: {}\n"
    )
    script = qsu / "run.py"
    script.write_text(
        "from wmill import task_flow, task_script, workflow\n\n"
        'boot_flow = task_flow("f/qsu/boot")\n'
        'boot_script = task_script("f/qsu/boot")\n\n\n'
        "@workflow\nasync def main():\n"
        "    await boot_flow(vm={})\n"
        '    return await boot_script(name="x")\n'
    )
    assert findings(flow) == []
    assert findings(script) == []
    # the flow's schema is what a task_flow call is checked against
    script.write_text(script.read_text().replace("boot_flow(vm={})", "boot_flow(machine={})"))
    assert [message for _, _, _, message in findings(script)] == [
        "`f/qsu/boot` requires `vm` (no default, from the `schema` of "
        "f/qsu/boot.flow/flow.yaml), which this call does not pass",
        "`machine` is not a parameter of `f/qsu/boot` (it takes `vm`, from the `schema` "
        "of f/qsu/boot.flow/flow.yaml)",
    ]


def test_wac401_offers_the_one_script_inside_a_folder_named_by_the_path(tmp_path: Path) -> None:
    # a public repository keeps each script as `<name>/script.rs`, and its flow
    # names the folder: Windmill's path of that script ends in `/script`
    forget_projects()
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    folder = tmp_path / "f" / "ops" / "gate"
    folder.mkdir(parents=True)
    (folder / "script.rs").write_text("fn main(x: i32) -> i32 { x }\n")
    flow = tmp_path / "f" / "ops" / "loop.flow" / "flow.yaml"
    flow.parent.mkdir()
    flow.write_text(
        "summary: l\nvalue:\n  modules:\n    - id: g\n      value:\n"
        "        type: script\n        path: f/ops/gate\n        input_transforms: {}\n"
    )
    assert [message for _, _, _, message in findings(flow)] == [
        "`f/ops/gate` matches no script in this repository; did you mean `f/ops/gate/script`?"
    ]
