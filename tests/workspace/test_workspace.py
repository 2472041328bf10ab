"""The workspace model: project root, Windmill paths, imports and target signatures,
on the sample repository in `repo/` (a tree as `wmill sync pull` writes it)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wac_lint.workspace import TargetKind, find_project, locate, windmill_path
from wac_lint.workspace.imports import resolve_python, resolve_typescript
from wac_lint.workspace.root import RootMarker, forget_projects
from wac_lint.workspace.signatures import SignatureIndex

REPO = Path(__file__).parent / "repo"


@pytest.fixture(autouse=True)
def _fresh_roots() -> None:
    forget_projects()


def test_root_is_the_wmill_yaml_directory_from_any_file() -> None:
    for file in ("f/workflows/daily.py", "f/workflows/modular__mod/utils/math.ts", "wmill.yaml"):
        project = find_project(REPO / file)
        assert project.root == REPO.resolve()
        assert project.marker == RootMarker.WMILL_YAML
        assert project.non_dotted_paths


def test_root_falls_back_to_lock_file_then_git_then_directory(tmp_path: Path) -> None:
    script = tmp_path / "repo" / "f" / "x" / "a.py"
    script.parent.mkdir(parents=True)
    script.write_text("def main(): pass\n")
    # no marker: the folder holding `f/`, where `wmill` would run (a Windmill path starts
    # at `f/` or `u/`); a file under no such folder: its own directory
    assert find_project(script).root == (tmp_path / "repo").resolve()
    assert find_project(script).marker == RootMarker.DIRECTORY
    loose = tmp_path / "loose" / "a.py"
    loose.parent.mkdir()
    loose.write_text("def main(): pass\n")
    assert find_project(loose).root == loose.parent.resolve()
    forget_projects()
    (tmp_path / "repo" / ".git").mkdir()
    assert find_project(script).root == (tmp_path / "repo").resolve()
    forget_projects()
    (tmp_path / "repo" / "f" / "wmill-lock.yaml").write_text("version: v2\n")
    assert find_project(script).root == (tmp_path / "repo" / "f").resolve()
    assert find_project(script).marker == RootMarker.WMILL_LOCK


def test_root_does_not_depend_on_the_current_directory(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = set()
    for cwd in (REPO, REPO / "f" / "etl", Path("/")):
        monkeypatch.chdir(cwd)
        forget_projects()
        seen.add(find_project(Path(os.path.relpath(REPO / "f/etl/extract.py"))).root)
    assert seen == {REPO.resolve()}


def test_wmill_yaml_includes_and_excludes() -> None:
    project = find_project(REPO)
    assert project.included("f/etl/extract.py")
    assert project.included("u/alice/common.py")
    assert not project.included("f/legacy/old.py")
    assert not project.included("g/other.py")


@pytest.mark.parametrize(
    ("file", "expected"),
    [
        ("f/etl/extract.py", "f/etl/extract"),
        ("f/etl/load.ts", "f/etl/load"),
        ("f/etl/pipeline__flow/flow.yaml", "f/etl/pipeline"),
        ("f/workflows/modular__mod/script.ts", "f/workflows/modular"),
        ("f/workflows/modular__mod/extract.ts", None),
        ("f/workflows/modular__mod/utils/math.ts", None),
    ],
)
def test_windmill_path_of_each_layout(file: str, expected: str | None) -> None:
    assert windmill_path(REPO / file, find_project(REPO)) == expected


def test_locate_scripts_flows_and_modules() -> None:
    project = find_project(REPO)
    extract = locate("f/etl/extract", project)
    assert extract is not None and extract.kind is TargetKind.SCRIPT
    assert extract.file == REPO.resolve() / "f/etl/extract.py"
    assert extract.metadata == REPO.resolve() / "f/etl/extract.script.yaml"
    flow = locate("f/etl/pipeline", project)
    assert flow is not None and flow.kind is TargetKind.FLOW
    assert flow.file.name == "flow.yaml"
    modular = locate("f/workflows/modular", project)
    assert modular is not None and modular.file.name == "script.ts"
    assert modular.metadata is not None and modular.metadata.name == "script.yaml"
    entry = REPO / "f/workflows/modular__mod/script.ts"
    module = locate("./extract.ts", project, importer=entry)
    assert module is not None and module.file == (REPO / "f/workflows/modular__mod/extract.ts")
    assert locate("f/etl/extrct", project) is None
    assert locate("./missing.ts", project, importer=entry) is None
    assert locate("../../../../etc/passwd", project, importer=entry) is None


def test_dotted_flow_folders_are_found_too(tmp_path: Path) -> None:
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    flow = tmp_path / "f" / "x" / "sync.flow" / "flow.yaml"
    flow.parent.mkdir(parents=True)
    flow.write_text("value:\n  modules: []\n")
    project = find_project(tmp_path)
    assert not project.non_dotted_paths
    target = locate("f/x/sync", project)
    assert target is not None and target.kind is TargetKind.FLOW
    assert windmill_path(flow, project) == "f/x/sync"


def test_python_imports_resolve_absolute_and_relative() -> None:
    project = find_project(REPO)
    daily = REPO / "f/workflows/daily.py"
    helpers = REPO / "f/lib/helpers.py"
    assert resolve_python("f.lib.helpers", 0, daily, project) == helpers
    assert resolve_python("u.alice.common", 0, daily, project) == REPO / "u/alice/common.py"
    assert resolve_python("log", 1, helpers, project) == REPO / "f/lib/log.py"
    assert resolve_python("lib.log", 2, daily, project) == REPO / "f/lib/log.py"
    assert resolve_python("requests", 0, daily, project) is None
    assert resolve_python("f.lib.nothing", 0, daily, project) is None


def test_typescript_imports_resolve_with_and_without_extension() -> None:
    project = find_project(REPO)
    daily = REPO / "f/workflows/daily.ts"
    entry = REPO / "f/workflows/modular__mod/script.ts"
    helpers = REPO / "f/lib/helpers.ts"
    assert resolve_typescript("/f/lib/helpers.ts", daily, project) == helpers
    assert resolve_typescript("/f/lib/helpers", daily, project) == helpers
    assert resolve_typescript("../lib/helpers", daily, project) == helpers
    assert resolve_typescript("./utils/math.ts", entry, project) == (
        REPO / "f/workflows/modular__mod/utils/math.ts"
    )
    assert resolve_typescript("windmill-client", daily, project) is None
    assert resolve_typescript("/etc/passwd", daily, project) is None


def test_signatures_from_main_and_from_a_flow_schema() -> None:
    project = find_project(REPO)
    index = SignatureIndex()
    extract = locate("f/etl/extract", project)
    assert extract is not None
    sig = index.signature(extract, project.root)
    assert sig is not None
    assert sig.origin == "the `main` signature of f/etl/extract.py"
    assert [(p.name, p.required) for p in sig.parameters] == [
        ("url", True),
        ("limit", False),
        ("mode", False),
    ]
    mode = sig.parameter("mode")
    assert mode is not None and mode.schema.get("enum") == ["full", "delta"]
    load = locate("f/etl/load", project)
    assert load is not None
    load_sig = index.signature(load, project.root)
    assert load_sig is not None
    assert [(p.name, p.required) for p in load_sig.parameters] == [
        ("rows", True),
        ("table", True),
        ("truncate", False),
    ]
    flow = locate("f/etl/pipeline", project)
    assert flow is not None
    flow_sig = index.signature(flow, project.root)
    assert flow_sig is not None
    assert flow_sig.origin == "the `schema` of f/etl/pipeline__flow/flow.yaml"
    assert [(p.name, p.required) for p in flow_sig.parameters] == [
        ("date", True),
        ("dry_run", False),
    ]


def test_signature_is_read_again_only_when_the_file_changes(tmp_path: Path) -> None:
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    script = tmp_path / "f" / "a" / "b.py"
    script.parent.mkdir(parents=True)
    script.write_text("def main(x: int):\n    return x\n")
    project = find_project(tmp_path)
    index = SignatureIndex()
    target = locate("f/a/b", project)
    assert target is not None
    first = index.signature(target, project.root)
    assert first is not None and [p.name for p in first.parameters] == ["x"]
    assert index.signature(target, project.root) is first
    script.write_text("def main(x: int, y: str):\n    return x\n")
    os.utime(script, ns=(1, 1))
    second = index.signature(target, project.root)
    assert second is not None and [p.name for p in second.parameters] == ["x", "y"]


def test_a_path_longer_than_the_system_allows_is_not_found(tmp_path: Path) -> None:
    # found by the fuzz run (bench/fuzz.py): `task_script("f(f(f(...data")` made the
    # lookup's stat raise ENAMETOOLONG, an internal error of WAC401
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    project = find_project(tmp_path)
    long_name = "f/" + "x" * 300 + "/job"
    assert locate(long_name, project) is None
    assert locate("f/" + "y" * 300, project, wanted=TargetKind.FLOW) is None
    script = tmp_path / "f" / "a" / "job.py"
    script.parent.mkdir(parents=True)
    assert locate("./" + "z" * 300 + ".py", project, importer=script) is None


def test_metadata_of_a_script_outside_any_project_keeps_its_windmill_path(
    tmp_path: Path,
) -> None:
    # no wmill.yaml, no .git: `wmill generate-metadata` run where `f/` is writes
    # `lock: '!inline f/x/a.script.lock'` (windmill-oracle script-yaml); that line is
    # not stale, the changed default is
    from wac_lint.engine import analyze_source, read_source

    script = tmp_path / "f" / "x" / "a.py"
    script.parent.mkdir(parents=True)
    script.write_text(
        "from wmill import task, workflow\n\n@task()\nasync def double(n: int):\n"
        "    return 2 * n\n\n@workflow\nasync def main(n: int = 3):\n"
        "    return await double(n=n)\n"
    )
    script.with_name("a.script.yaml").write_text(
        "summary: ''\ndescription: ''\nlock: '!inline f/x/a.script.lock'\nkind: script\n"
        "schema:\n  $schema: https://json-schema.org/draft/2020-12/schema\n  type: object\n"
        "  properties:\n    n:\n      type: integer\n      description: ''\n      default: 2\n"
        "  required: []\n"
    )
    assert [f.message for f in analyze_source(read_source(script)).findings] == [
        "`a.script.yaml` is out of date: input `n` differs (default); run `wac-lint schema`"
    ]
