"""`wac-lint schema`: writing, --check, --diff, --stdout, atomicity and refusals."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from wac_lint.cli import cli
from wac_lint.schema import writer

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"
GOLDEN = HERE / "golden"
PY_SCRIPT = "f/py_main/workflow_decorated.py"
TS_SCRIPT = "f/ts_main/workflow_const_arrow.ts"
MERGE_SCRIPT = "f/merge/keep_fields.py"


def golden(script: str) -> str:
    stem = script.rsplit(".", 1)[0]
    return (GOLDEN / f"{stem}.script.yaml").read_text(encoding="utf-8")


def meta(root: Path, script: str) -> Path:
    return root / f"{script.rsplit('.', 1)[0]}.script.yaml"


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Windmill project (wmill.yaml) with a few corpus scripts, as the current directory."""
    shutil.copy(CORPUS / "wmill.yaml", tmp_path / "wmill.yaml")
    for script in (PY_SCRIPT, TS_SCRIPT, MERGE_SCRIPT, "f/merge/keep_fields.script.yaml"):
        target = tmp_path / script
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPUS / script, target)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["schema", *args], catch_exceptions=False)


def snapshot(root: Path) -> dict[str, bytes]:
    files = sorted(p for p in root.rglob("*") if p.is_file())
    return {str(p.relative_to(root)): p.read_bytes() for p in files}


# --- writing -------------------------------------------------------------------------------


def test_writes_missing_and_stale_files_exactly_as_wmill(project: Path) -> None:
    result = run()
    assert result.exit_code == 0, result.output
    for script in (PY_SCRIPT, TS_SCRIPT, MERGE_SCRIPT):
        assert meta(project, script).read_text(encoding="utf-8") == golden(script)
    assert f"created {PY_SCRIPT.replace('.py', '.script.yaml')}" in result.output
    assert "updated f/merge/keep_fields.script.yaml" in result.output


def test_exit_non_zero_on_change_is_for_formatter_hooks(project: Path) -> None:
    first = run("--exit-non-zero-on-change")
    assert first.exit_code == 1, first.output
    assert meta(project, PY_SCRIPT).read_text(encoding="utf-8") == golden(PY_SCRIPT)
    assert run("--exit-non-zero-on-change").exit_code == 0


def test_second_run_touches_nothing(project: Path) -> None:
    run()
    past = 1_000_000_000
    for script in (PY_SCRIPT, TS_SCRIPT, MERGE_SCRIPT):
        os.utime(meta(project, script), (past, past))
    inodes = {s: meta(project, s).stat().st_ino for s in (PY_SCRIPT, TS_SCRIPT)}
    result = run()
    assert result.exit_code == 0
    assert "0 updated, 3 unchanged" in result.output
    for script in (PY_SCRIPT, TS_SCRIPT, MERGE_SCRIPT):
        assert meta(project, script).stat().st_mtime == past
    assert inodes == {s: meta(project, s).stat().st_ino for s in (PY_SCRIPT, TS_SCRIPT)}


def test_write_is_atomic_and_keeps_permissions(project: Path) -> None:
    target = meta(project, MERGE_SCRIPT)
    target.chmod(0o640)
    before = target.stat().st_ino
    assert run().exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.stat().st_ino != before  # replaced by rename, not rewritten in place
    assert not list(project.rglob("*.tmp"))


def test_failed_write_leaves_the_old_file_and_no_temp_file(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = meta(project, MERGE_SCRIPT)
    original = target.read_bytes()

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer.os, "replace", broken_replace)
    result = run(MERGE_SCRIPT)
    assert result.exit_code == 2
    assert "f/merge/keep_fields.script.yaml: cannot write: No space left on device" in result.output
    assert target.read_bytes() == original
    assert not list(project.rglob("*.tmp"))


def test_new_file_gets_default_permissions(project: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        run(PY_SCRIPT)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(meta(project, PY_SCRIPT).stat().st_mode) == 0o644


# --- read-only modes -----------------------------------------------------------------------


def test_check_lists_stale_and_missing_and_writes_nothing(project: Path) -> None:
    before = snapshot(project)
    result = run("--check")
    assert result.exit_code == 1
    assert "f/py_main/workflow_decorated.script.yaml: missing" in result.output
    assert "f/merge/keep_fields.script.yaml: stale" in result.output
    assert "3 of 3 .script.yaml files stale or missing" in result.output
    assert snapshot(project) == before


def test_check_passes_when_up_to_date(project: Path) -> None:
    run()
    result = run("--check")
    assert result.exit_code == 0
    assert "3 .script.yaml files up to date" in result.output


def test_diff_prints_unified_diff_and_writes_nothing(project: Path) -> None:
    before = snapshot(project)
    result = run("--diff", MERGE_SCRIPT, PY_SCRIPT)
    assert result.exit_code == 1
    name = "f/merge/keep_fields.script.yaml"
    assert f"--- {name}\n+++ {name}\n" in result.output
    assert "-auto_kind: wac\n" in result.output  # wmill drops auto_kind
    assert "--- /dev/null\n+++ f/py_main/workflow_decorated.script.yaml\n" in result.output
    assert snapshot(project) == before


def test_diff_is_empty_when_up_to_date(project: Path) -> None:
    run()
    result = run("--diff")
    assert result.exit_code == 0
    assert "---" not in result.output


def test_stdout_prints_one_script_and_writes_nothing(project: Path) -> None:
    before = snapshot(project)
    result = CliRunner().invoke(cli, ["schema", "--stdout", TS_SCRIPT])
    assert result.exit_code == 0
    assert result.stdout == golden(TS_SCRIPT)
    assert snapshot(project) == before


@pytest.mark.parametrize(
    "args", [["--stdout"], ["--stdout", "f"], ["--stdout", PY_SCRIPT, TS_SCRIPT]]
)
def test_stdout_needs_exactly_one_script(project: Path, args: list[str]) -> None:
    result = CliRunner().invoke(cli, ["schema", *args])
    assert result.exit_code == 2
    assert "--stdout takes exactly one script file" in result.output


def test_stdout_cannot_be_combined(project: Path) -> None:
    result = CliRunner().invoke(cli, ["schema", "--stdout", "--check", PY_SCRIPT])
    assert result.exit_code == 2


# --- refusals and bad input ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("summary: [unclosed\n", "not valid YAML"),
        ("a: 1\na: 2\n", "duplicate key 'a'"),
        ("- just\n- a list\n", "not a mapping"),
        ("just text\n", "not a mapping"),
        ("", "is empty"),
        ("a: 1\n---\nb: 2\n", "not valid YAML"),
        (b"summary: \xff\n", "not valid UTF-8"),
        ("schema: 5\n", "`schema` is not a mapping"),
        ("lock: 5\n", "`lock` is neither text nor a list"),
    ],
)
def test_broken_metadata_is_never_overwritten(
    project: Path, content: str | bytes, reason: str
) -> None:
    target = meta(project, MERGE_SCRIPT)
    data = content if isinstance(content, bytes) else content.encode()
    target.write_bytes(data)
    result = run()
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("wac-lint: error:")]
    assert len(errors) == 1
    assert errors[0].startswith("wac-lint: error: f/merge/keep_fields.script.yaml: ")
    assert reason in errors[0]
    assert "Traceback" not in result.output
    assert target.read_bytes() == data
    # the other scripts are still processed
    assert meta(project, PY_SCRIPT).read_text(encoding="utf-8") == golden(PY_SCRIPT)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("f/bad/latin1.py", b"def main(a='\xe9'):\n    pass\n", "not valid UTF-8"),
        ("f/bad/binary.ts", b"export function main(a: string) {}\x00\x01", "binary file"),
    ],
)
def test_unreadable_scripts_are_reported_in_one_line(
    project: Path, name: str, data: bytes, reason: str
) -> None:
    script = project / name
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_bytes(data)
    result = run()
    assert result.exit_code == 2
    assert f"wac-lint: error: {name}: {reason}" in result.output
    assert "Traceback" not in result.output
    assert not meta(project, name).exists()
    assert meta(project, PY_SCRIPT).exists()


def test_missing_path_is_an_error(project: Path) -> None:
    result = run("nope.py", PY_SCRIPT)
    assert result.exit_code == 2
    assert "wac-lint: error: nope.py: no such file or directory" in result.output
    assert meta(project, PY_SCRIPT).exists()


def test_default_windmill_cannot_evaluate_is_an_error(project: Path) -> None:
    script = project / "f/bad/ref.ts"
    script.parent.mkdir(parents=True)
    shutil.copy(CORPUS / "f/ts_errors/reference_error.ts", script)
    result = run("f/bad")
    assert result.exit_code == 2
    expected = "wac-lint: error: f/bad/ref.ts: a default needs JavaScript to compute (C)"
    assert expected in result.output
    assert not meta(project, "f/bad/ref.ts").exists()


def test_two_scripts_for_one_metadata_file(project: Path) -> None:
    (project / "f/twin").mkdir()
    (project / "f/twin/job.py").write_text("def main(a: int):\n    pass\n")
    (project / "f/twin/job.ts").write_text("export function main(b: string) {}\n")
    result = run("f/twin")
    assert result.exit_code == 2
    assert "f/twin/job.script.yaml: claimed by several scripts" in result.output
    assert not (project / "f/twin/job.script.yaml").exists()


def test_other_typescript_extensions_named_explicitly_are_skipped(project: Path) -> None:
    (project / "f/lib.mts").write_text("export function main(a: string) {}\n")
    result = run("f/lib.mts")
    assert result.exit_code == 0
    assert "f/lib.mts: skipped" in result.output
    assert not (project / "f/lib.script.yaml").exists()


def test_walk_skips_hidden_declarations_and_node_modules(project: Path) -> None:
    for name in (".hidden/x.py", "node_modules/pkg/y.ts", "f/types.d.ts", "f/.scratch.py"):
        path = project / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("def main(a: int):\n    pass\n" if name.endswith(".py") else "")
    assert run().exit_code == 0
    assert not (project / ".hidden/x.script.yaml").exists()
    assert not (project / "node_modules/pkg/y.script.yaml").exists()
    assert not (project / "f/types.script.yaml").exists()
    assert not (project / "f/.script.yaml").exists()


# --- project root ------------------------------------------------------------------------------


def test_lock_path_is_relative_to_the_nearest_wmill_yaml(project: Path) -> None:
    nested = project / "sub" / "proj"
    (nested / "f/x").mkdir(parents=True)
    (nested / "wmill.yaml").write_text("defaultTs: bun\n")
    (nested / "f/x/job.py").write_text("def main(a: int):\n    pass\n")
    assert run("sub").exit_code == 0
    text = (nested / "f/x/job.script.yaml").read_text()
    assert "lock: '!inline f/x/job.script.lock'\n" in text


@pytest.mark.parametrize("start", ["scripts", "scripts/etl"])
def test_without_any_project_marker_the_root_is_the_scripts_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start: str
) -> None:
    # No wmill.yaml, wmill-lock.yaml or .git above: the same `lock:` line from anywhere.
    (tmp_path / "scripts/etl").mkdir(parents=True)
    (tmp_path / "scripts/etl/daily.bun.ts").write_text("export function main(a: string) {}\n")
    monkeypatch.chdir(tmp_path / start)
    assert run(str(tmp_path / "scripts")).exit_code == 0
    text = (tmp_path / "scripts/etl/daily.script.yaml").read_text()
    assert "lock: '!inline daily.script.lock'\n" in text


def test_json_metadata_is_skipped_with_a_note(project: Path) -> None:
    (project / "f/py_main/workflow_decorated.script.json").write_text("{}")
    result = run(PY_SCRIPT)
    assert result.exit_code == 0
    assert "f/py_main/workflow_decorated.py: skipped (its metadata is" in result.output
    assert not meta(project, PY_SCRIPT).exists()


def test_force_exclude_applies_configured_excludes_to_named_files(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.wac-lint]\nextend-exclude = ["f/ts_main"]\n')
    assert run("--force-exclude", TS_SCRIPT).exit_code == 0
    assert not meta(project, TS_SCRIPT).exists()
    assert run(TS_SCRIPT).exit_code == 0  # named without the flag: handled
    assert meta(project, TS_SCRIPT).exists()


def test_a_symlinked_metadata_file_stays_a_link(project: Path) -> None:
    target = meta(project, MERGE_SCRIPT)
    real = project / "shared.yaml"
    real.write_bytes(target.read_bytes())
    target.unlink()
    target.symlink_to(real)
    assert run(MERGE_SCRIPT).exit_code == 0
    assert target.is_symlink()
    assert real.read_text(encoding="utf-8") == golden(MERGE_SCRIPT)
