"""Script modules, flow folders and the project root, as `schema` and WAC901 see them.

The goldens in `module_layout/golden/` come from the real `wmill generate-metadata
--schema-only` (windmill-cli 1.819.0) run over `module_layout/tree/` by
`make_module_goldens.py`: `windmill-oracle script-yaml` itself cannot take a
`__mod/` tree (it reads back `<stem>.script.yaml`), so that script drives wmill
with the oracle's installer and stand-in server. They show, and windmill-cli's
`esm/main.js` confirms (`isModuleEntryPoint`; the lock it writes,
`scriptBase + "__mod" + "/script.lock"`), that a script with modules keeps its
metadata in `<path>__mod/script.yaml` with `lock: '!inline <path>__mod/script.lock'`,
and that modules and a flow's inline scripts get no metadata.

wmill 1.819.0 also leaves a `<path>.script.yaml` with an empty schema beside each
`__mod/` folder (it creates a default file before it sees the folder layout). Windmill
reads `__mod/script.yaml` for such a script, so wac-lint does not write that stray
file (see DIVERGENCES.md).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from wac_lint.cli import cli
from wac_lint.engine import analyze_source, read_source
from wac_lint.registry import rule_by_code
from wac_lint.rule import Finding
from wac_lint.schema.files import expected_for_file

HERE = Path(__file__).parent / "module_layout"
TREE = HERE / "tree"
GOLDEN = HERE / "golden"
EXAMPLES = Path(__file__).parents[2] / "examples"
# The default files wmill leaves beside `__mod/` folders (see the module docstring).
STRAY = {"f/wf/pipeline.script.yaml", "f/wf/modular.script.yaml"}
WAC_MODULE = (
    "from wmill import task\n\n\n@task()\nasync def fetch(url: str):\n    return url\n\n\n"
    "def main(url: str):\n    return url\n"
)


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["schema", *args], catch_exceptions=False)


def wac901(path: Path) -> list[Finding]:
    rule = rule_by_code("WAC901")
    assert rule is not None
    return analyze_source(read_source(path), rules=[rule]).findings


def metadata_files(root: Path) -> set[str]:
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*.yaml")
        if p.name.endswith(".script.yaml") or p.name == "script.yaml"
    }


@pytest.fixture()
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(TREE, root)
    monkeypatch.chdir(root)
    return root


# --- script modules ----------------------------------------------------------------------------


def test_schema_writes_exactly_the_metadata_wmill_writes(tree: Path) -> None:
    result = run()
    assert result.exit_code == 0, result.output
    written = set((GOLDEN / "written.txt").read_text().split())
    assert metadata_files(tree) == written - STRAY
    for relative in written - STRAY:
        assert (tree / relative).read_text() == (GOLDEN / relative).read_text(), relative


def test_module_entry_metadata_and_lock_line(tree: Path) -> None:
    expected = expected_for_file(tree / "f/wf/modular__mod/script.ts")
    assert expected.metadata == tree / "f/wf/modular__mod/script.yaml"
    assert "lock: '!inline f/wf/modular__mod/script.lock'\n" in expected.expected


def test_modules_named_explicitly_are_skipped_with_a_reason(tree: Path) -> None:
    result = run("f/wf/pipeline__mod/helpers.py", "f/wf/pipeline__mod/utils/maths.py")
    assert result.exit_code == 0, result.output
    assert (
        "f/wf/pipeline__mod/helpers.py: skipped (a module of the script in `pipeline__mod/`"
        in result.output
    )
    assert metadata_files(tree) == set()


@pytest.mark.parametrize("folder", ["daily.flow", "daily__flow"])
def test_inline_scripts_of_flows_get_no_metadata(tmp_path: Path, folder: str) -> None:
    root = tmp_path / "repo"
    shutil.copytree(EXAMPLES / "flows", root)
    (root / "f/orders/daily.flow").rename(root / "f/orders" / folder)
    result = CliRunner().invoke(cli, ["schema", "--check", str(root)], catch_exceptions=False)
    assert result.exit_code == 1, result.output
    assert "archive.script.yaml: missing" in result.output
    assert "extract" not in result.output and "transform" not in result.output


def test_wac901_judges_the_module_entry_by_its_script_yaml(tree: Path) -> None:
    script = tree / "f/wf/pipeline__mod/script.py"
    golden = (GOLDEN / "f/wf/pipeline__mod/script.yaml").read_text()
    (tree / "f/wf/pipeline__mod/script.yaml").write_text(golden)
    assert wac901(script) == []
    (tree / "f/wf/pipeline__mod/script.yaml").write_text(
        golden.replace("default: 10", "default: 9")
    )
    [finding] = wac901(script)
    assert finding.message.startswith("`script.yaml` is out of date: input `limit` differs")


def test_wac901_reports_a_missing_module_script_yaml(tree: Path) -> None:
    [finding] = wac901(tree / "f/wf/pipeline__mod/script.py")
    assert finding.message.startswith("`script.yaml` is missing")


def test_wac901_does_not_judge_modules_or_inline_scripts(tree: Path) -> None:
    module = tree / "f/wf/pipeline__mod/steps.py"
    module.write_text(WAC_MODULE)
    inline = tree / "f/orders/daily__flow/steps.py"
    inline.write_text(WAC_MODULE)
    beside = tree / "f/wf/steps.py"  # the same code as a script of its own is judged
    beside.write_text(WAC_MODULE)
    assert wac901(module) == []
    assert wac901(inline) == []
    [finding] = wac901(beside)
    assert finding.message.startswith("`steps.script.yaml` is missing")


# --- project root ------------------------------------------------------------------------------


def _lock_project(tmp_path: Path) -> Path:
    """A project marked only by `wmill-lock.yaml` (no wmill.yaml), as the issue describes."""
    root = tmp_path / "proj"
    (root / "f/etl").mkdir(parents=True)
    (root / "wmill-lock.yaml").write_text("version: v2\nlocks: {}\n")
    (root / "f/etl/job.py").write_text("def main(a: int):\n    pass\n")
    return root


@pytest.mark.parametrize("start", [".", "f", "f/etl", ".."])
def test_lock_line_does_not_depend_on_the_starting_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start: str
) -> None:
    root = _lock_project(tmp_path)
    monkeypatch.chdir(root / start)
    assert run(str(root / "f/etl/job.py")).exit_code == 0
    text = (root / "f/etl/job.script.yaml").read_text()
    assert "lock: '!inline f/etl/job.script.lock'\n" in text


@pytest.mark.parametrize("start", [".", "f/etl", ".."])
def test_wac901_verdict_does_not_depend_on_the_starting_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start: str
) -> None:
    root = _lock_project(tmp_path)
    script = root / "f/etl/job.py"
    script.write_text(WAC_MODULE)
    monkeypatch.chdir(root)
    assert run().exit_code == 0
    monkeypatch.chdir(root / start)
    assert wac901(script) == []
