"""The SDK's by-path runners anywhere in a script (`wmill.run_script_by_path`,
`run_flow_async`, `runScriptByPath`, `runFlow`, ...): WAC401 looks their path
up, WAC402 checks their `args` against the target, as for `task_script`."""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_bytes
from wac_lint.workspace.root import forget_projects

FLOW = (
    "summary: nightly\nvalue:\n  modules: []\nschema:\n  type: object\n  properties:\n"
    "    date:\n      type: string\n  required:\n    - date\n"
)


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    forget_projects()
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\nnonDottedPaths: true\n")
    ops = tmp_path / "f" / "ops"
    (ops / "nightly__flow").mkdir(parents=True)
    (ops / "nightly__flow" / "flow.yaml").write_text(FLOW)
    (ops / "real.py").write_text('def main(a: int, b: str = "x"):\n    return a\n')
    return tmp_path


def _found(path: Path) -> list[tuple[int, str, str]]:
    result = analyze_bytes(path.read_bytes(), str(path))
    return [(f.row, f.code, f.message) for f in result.findings if f.code in ("WAC401", "WAC402")]


def test_python_runners_in_a_plain_script(repo: Path) -> None:
    path = repo / "f" / "ops" / "runner.py"
    path.write_text(
        "import wmill\nfrom wmill import run_script_by_path\n\n\ndef main():\n"
        '    r = wmill.run_script_by_path("f/ops/reel", args={"a": 1})\n'
        '    s = run_script_by_path("f/ops/real", args={"aa": 1})\n'
        '    t = wmill.run_flow_async("f/ops/nightly", args=dict(date="d"))\n'
        '    u = wmill.run_script_by_path_async(path="f/ops/real", args={"a": "one"})\n'
        '    v = wmill.run_script_by_path("f/ops/nightly", args={"a": 1})\n'
        "    return r, s, t, u, v\n"
    )
    real = "(it takes `a`, `b`, from the `main` signature of f/ops/real.py)"
    assert _found(path) == [
        (
            6,
            "WAC401",
            "`f/ops/reel` matches no script in this repository; did you mean `f/ops/real`?",
        ),
        (
            7,
            "WAC402",
            "`f/ops/real` requires `a` (no default, from the `main` signature of "
            "f/ops/real.py), which this call does not pass",
        ),
        (7, "WAC402", f"`aa` is not a parameter of `f/ops/real` {real}; did you mean `a`?"),
        (
            9,
            "WAC402",
            "`a` of `f/ops/real` is an integer, but this passes the string `one` (from the "
            "`main` signature of f/ops/real.py)",
        ),
        (
            10,
            "WAC401",
            "`f/ops/nightly` is a flow (f/ops/nightly__flow/flow.yaml), but "
            "`wmill.run_script_by_path` runs a script: Windmill finds no script at that path "
            "and the job fails; use `wmill.run_flow_async`",
        ),
    ]


def test_typescript_runners(repo: Path) -> None:
    path = repo / "f" / "ops" / "runner_ts.ts"
    path.write_text(
        'import * as wmill from "windmill-client";\nimport { runFlow } from "windmill-client";\n\n'
        "export async function main() {\n"
        '  const b = await runFlow("f/ops/nightly", { day: "x" });\n'
        "  const args = { a: 2 };\n"
        '  const c = await wmill.runScriptByPathAsync("f/ops/real", args);\n'
        '  const d = await wmill.runScript("f/ops/real", null, { a: 1, b: 2 });\n'
        "  return [b, c, d];\n}\n"
    )
    nightly = "from the `schema` of f/ops/nightly__flow/flow.yaml"
    assert _found(path) == [
        (
            5,
            "WAC402",
            f"`f/ops/nightly` requires `date` (no default, {nightly}), which this call does "
            "not pass",
        ),
        (5, "WAC402", f"`day` is not a parameter of `f/ops/nightly` (it takes `date`, {nightly})"),
        (
            8,
            "WAC402",
            "`b` of `f/ops/real` is a string, but this passes the number 2 (from the `main` "
            "signature of f/ops/real.py)",
        ),
    ]


def test_the_python_clients_methods(repo: Path) -> None:
    path = repo / "f" / "ops" / "client_runner.py"
    path.write_text(
        "import wmill\n\n\ndef main():\n    client = wmill.Windmill()\n"
        '    client.run_flow_async("f/ops/nightly", args={"date": "d", "when": 1})\n'
        '    return client.run_script_async("f/ops/real", None, {"a": 1})\n'
    )
    assert _found(path) == [
        (
            6,
            "WAC402",
            "`when` is not a parameter of `f/ops/nightly` (it takes `date`, from the `schema` "
            "of f/ops/nightly__flow/flow.yaml)",
        )
    ]


def test_a_module_of_a_mod_script_is_not_a_script(repo: Path) -> None:
    mod = repo / "f" / "ops" / "tool__mod"
    mod.mkdir()
    (mod / "script.py").write_text("def main():\n    return 1\n")
    (mod / "helper.py").write_text("def main(x: int):\n    return x\n")
    path = repo / "f" / "ops" / "run_module.py"
    path.write_text(
        "import wmill\n\n\ndef main():\n"
        '    wmill.run_script_by_path("f/ops/tool", args={})\n'
        '    return wmill.run_script_by_path("f/ops/tool__mod/helper", args={"x": 1})\n'
    )
    assert _found(path) == [
        (6, "WAC401", "`f/ops/tool__mod/helper` matches no script in this repository"),
    ]


def test_a_folder_or_file_name_written_as_the_path(repo: Path) -> None:
    path = repo / "f" / "ops" / "run_folder_names.py"
    path.write_text(
        "import wmill\n\n\ndef main():\n"
        '    wmill.run_flow_async("f/ops/nightly__flow", args={"date": "d"})\n'
        '    return wmill.run_script_by_path("f/ops/real.py", args={"a": 1})\n'
    )
    assert _found(path) == [
        (
            5,
            "WAC401",
            "`f/ops/nightly__flow` is the folder (or file) name of flow `f/ops/nightly`, not "
            "its path: `wmill sync pull` adds that suffix to the name it writes, so Windmill "
            "looks for another flow and the job fails; write `f/ops/nightly`",
        ),
        (
            6,
            "WAC401",
            "`f/ops/real.py` is the folder (or file) name of script `f/ops/real`, not its "
            "path: `wmill sync pull` adds that suffix to the name it writes, so Windmill looks "
            "for another script and the job fails; write `f/ops/real`",
        ),
    ]
