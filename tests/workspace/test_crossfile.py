"""Cross-file analysis: the workflow body's calls into other workspace scripts are
followed (any depth, cycles walked once) and reported at the call in the body with
the whole chain, in both languages."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from wac_lint.cli import cli
from wac_lint.config import Settings
from wac_lint.engine import analyze_source, read_source
from wac_lint.frontends import build_model
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "repo"


@pytest.fixture(autouse=True)
def _fresh_roots() -> None:
    forget_projects()


def wac101(path: Path, settings: Settings | None = None) -> list[tuple[int, str]]:
    result = analyze_source(read_source(path), settings, select=["WAC101", "WAC102"])
    return [(f.row, f.message) for f in result.findings]


def test_python_helper_imported_from_the_workspace_is_followed() -> None:
    assert wac101(REPO / "f/workflows/daily.py") == [
        (
            20,
            "`requests.post` (reached through `main → f.lib.helpers.notify → requests.post`) "
            "does network I/O in the workflow body, which re-runs on every replay; "
            "move it into a task or a `step(...)`",
        )
    ]


def test_typescript_helper_imported_by_root_path_is_followed() -> None:
    assert wac101(REPO / "f/workflows/daily.ts") == [
        (
            16,
            "`fetch` (reached through `main → f/lib/helpers.ts.notify → fetch`) "
            "does network I/O in the workflow body, which re-runs on every replay; "
            "move it into a task or a `step(...)`",
        )
    ]


def test_related_location_points_at_the_call_in_the_helper() -> None:
    result = analyze_source(read_source(REPO / "f/workflows/daily.py"), select=["WAC101"])
    (finding,) = result.findings
    (related,) = finding.related
    assert related.filename.endswith("f/lib/helpers.py")
    assert (related.row, related.column) == (8, 5)
    assert related.message == "`requests.post` is called here"
    # The helper files, and the folder looked in to resolve their imports.
    assert {p.name for p in result.dependencies if p.is_file()} == {"helpers.py", "log.py"}
    assert {p.relative_to(REPO).as_posix() for p in result.dependencies if p.is_dir()} == {"f/lib"}


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


PY_WORKFLOW = """\
from wmill import workflow

from {module} import {name}


@workflow
async def main(x: str):
    {name}(x)
    return x
"""


@pytest.mark.parametrize(
    ("module", "file"),
    [
        ("f.lib.a", "f/lib/a.py"),
        (".a", "f/wf/a.py"),
        ("..lib.a", "f/lib/a.py"),
    ],
)
def test_python_import_forms(tmp_path: Path, module: str, file: str) -> None:
    write(
        tmp_path,
        {
            "wmill.yaml": "defaultTs: bun\n",
            file: "import subprocess\n\n\ndef run(x):\n    subprocess.run(['echo', x])\n",
            "f/wf/main.py": PY_WORKFLOW.format(module=module, name="run"),
        },
    )
    found = wac101(tmp_path / "f/wf/main.py")
    assert [row for row, _ in found] == [8]
    assert "subprocess.run" in found[0][1]


def test_module_attribute_calls_and_chains_with_a_cycle(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "wmill.yaml": "defaultTs: bun\n",
            "f/lib/a.py": (
                "from f.lib import b\n\n\ndef first(x):\n    return b.second(x)\n\n\n"
                "def again(x):\n    return x\n"
            ),
            "f/lib/b.py": (
                "import time\n\nfrom f.lib.a import again\n\n\ndef second(x):\n"
                "    again(x)\n    return time.time()\n"
            ),
            "f/wf/main.py": (
                "from wmill import workflow\n\nimport f.lib.a as helpers\n\n\n@workflow\n"
                "async def main(x: str):\n    return helpers.first(x)\n"
            ),
        },
    )
    (found,) = wac101(tmp_path / "f/wf/main.py")
    assert found[0] == 8
    assert "`main → f.lib.a.first → f.lib.b.second → time.time`" in found[1]


def test_typescript_namespace_and_relative_imports(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "wmill.yaml": "defaultTs: bun\n",
            "f/lib/io.ts": (
                'import { writeFileSync } from "node:fs";\n'
                "export function save(x: string) {\n  writeFileSync('/tmp/x', x);\n}\n"
            ),
            "f/wf/main.ts": (
                'import { workflow } from "windmill-client";\n'
                'import * as io from "../lib/io";\n'
                "export const main = workflow(async (x: string) => {\n"
                "  io.save(x);\n  return x;\n});\n"
            ),
        },
    )
    (found,) = wac101(tmp_path / "f/wf/main.ts")
    assert found[0] == 4
    assert "`main → f/lib/io.ts.save → writeFileSync`" in found[1]


def helper_repo(tmp_path: Path, helper: str) -> Path:
    write(
        tmp_path,
        {
            "wmill.yaml": "defaultTs: bun\n",
            "f/lib/log.py": helper,
            "f/wf/main.py": PY_WORKFLOW.format(module="f.lib.log", name="debug"),
        },
    )
    return tmp_path / "f/wf/main.py"


LOG_HELPER = "import requests\n\n\ndef debug(x):\n    requests.post('https://log', data=x)\n"


def test_allow_calls_and_pure_modules(tmp_path: Path) -> None:
    main = helper_repo(tmp_path, LOG_HELPER)
    assert len(wac101(main)) == 1
    assert wac101(main, Settings(allow_calls=("f.lib.log.debug",))) == []
    assert wac101(main, Settings(allow_calls=("f/lib/log.debug",))) == []
    assert wac101(main, Settings(pure_modules=("f.lib",))) == []
    assert len(wac101(main, Settings(pure_modules=("f.libs",)))) == 1


def test_suppression_on_the_helper_definition_silences_what_it_reaches(tmp_path: Path) -> None:
    main = helper_repo(
        tmp_path,
        "import requests\n\n\n# wac-lint: ignore[WAC101]\ndef debug(x):\n"
        "    requests.post('https://log', data=x)\n",
    )
    assert wac101(main) == []
    main = helper_repo(
        tmp_path, LOG_HELPER.replace("def debug(x):", "def debug(x):  # noqa: WAC102")
    )
    assert len(wac101(main)) == 1


def test_same_findings_from_any_starting_directory(monkeypatch: pytest.MonkeyPatch) -> None:
    runs = []
    for cwd, target in (
        (REPO, "f"),
        (REPO / "f" / "workflows", "."),
        (Path("/"), str(REPO / "f")),
    ):
        monkeypatch.chdir(cwd)
        forget_projects()
        out = (
            CliRunner()
            .invoke(cli, ["check", "--no-cache", "--select", "WAC1", "--format", "concise", target])
            .output
        )
        lines = [line for line in out.splitlines() if "WAC" in line]
        # paths are shown relative to where wac-lint runs: compare what follows them
        runs.append(sorted(line.split("/workflows/", 1)[-1].split(":", 1)[-1] for line in lines))
    assert runs[0] and runs[0] == runs[1] == runs[2]


def test_unresolvable_and_missing_helpers_are_external(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "wmill.yaml": "defaultTs: bun\n",
            "f/wf/main.py": PY_WORKFLOW.format(module="f.lib.nothing", name="run"),
        },
    )
    assert wac101(tmp_path / "f/wf/main.py") == []


def test_helper_is_walked_once_per_content(tmp_path: Path) -> None:
    from wac_lint.workspace.session import default_session

    main = helper_repo(tmp_path, LOG_HELPER)
    copy = main.with_name("second.py")
    shutil.copy(main, copy)
    before = default_session().walks
    wac101(main)
    wac101(copy)
    assert default_session().walks == before + 1
    helper = tmp_path / "f/lib/log.py"
    helper.write_text(LOG_HELPER + "\n")
    os.utime(helper, ns=(2, 2))
    wac101(main)
    assert default_session().walks == before + 2


def test_helper_walks_are_remembered_per_configuration() -> None:
    # daily -> f.lib.helpers.notify -> f.lib.log.debug (which prints); with
    # `f.lib.log` pure, the walk of `notify` must not come back from the memo of a
    # run that followed it.
    from wac_lint.workspace.crossfile import follow_imports
    from wac_lint.workspace.session import CrossFileSession, Following

    workflow = REPO / "f/workflows/daily.py"
    session = CrossFileSession()

    def reached(following: Following) -> set[str]:
        model = build_model(read_source(workflow))
        calls, _ = follow_imports(model, workflow, following, session)
        return {call.qualname for call in calls}

    assert "print" in reached(Following())
    assert "print" not in reached(Following(pure_modules=("f.lib.log",)))
    assert "print" in reached(Following())


def test_a_local_helper_calling_a_workspace_helper_counts_at_each_place(tmp_path: Path) -> None:
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    (tmp_path / "f/common").mkdir(parents=True)
    (tmp_path / "f/app").mkdir(parents=True)
    (tmp_path / "f/common/http.py").write_text(
        "import requests\n\n\ndef post(msg):\n"
        "    return requests.post('https://hooks.example.com', json={'m': msg})\n"
    )
    script = tmp_path / "f/app/wf.py"
    script.write_text(
        "from f.common.http import post\nfrom wmill import task, workflow\n\n\n"
        "def notify(m):\n    post(m)\n\n\n"
        "@task()\nasync def t(x: int) -> int:\n    return x\n\n\n"
        "@workflow\nasync def main(x: int):\n"
        "    post('a')\n    y = await t(x)\n    notify('b')\n    notify('c')\n    return y\n"
    )
    through_notify = (
        "`requests.post` (reached through `main → notify → f.common.http.post → "
        "requests.post`) does network I/O in the workflow body, which re-runs on every "
        "replay; move it into a task or a `step(...)`"
    )
    found = wac101(script)
    assert [row for row, _ in found] == [16, 18, 19]
    assert found[1:] == [(18, through_notify), (19, through_notify)]
