"""The composite GitHub Action (`action.yml`): its shell steps, run as a runner runs them.

Each `run:` step is executed with bash (`-eo pipefail`, as GitHub runs composite
bash steps) in step order, with the step's `env:` evaluated from the inputs and
the runner's files (`GITHUB_OUTPUT`, `GITHUB_PATH`) handled as the runner does.
The install step installs this checkout, offline: pip builds it with the
setuptools wheel that virtualenv embeds (no index), and the action's virtual
environment is created beforehand with a `.pth` line that makes this test
environment's dependencies (tree-sitter, click, pygls...) visible to it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.ci.test_formats import validate_sarif
from tests.lsp.support import BAD_PY, GOOD_PY

REPO = Path(__file__).resolve().parents[2]
ACTION = REPO / "action.yml"
PACKAGE_FILES = ["pyproject.toml", "README.md", "action.yml", "wac_lint", "rules", "lsp", "docs"]
EXPRESSION = re.compile(r"\$\{\{\s*([\w.-]+)\s*\}\}")


def embedded_setuptools() -> Path | None:
    try:
        import virtualenv
    except ImportError:
        return None
    embed = Path(virtualenv.__file__).parent / "seed" / "wheels" / "embed"
    return embed if any(embed.glob("setuptools-*.whl")) else None


def evaluate(value: str, context: dict[str, str]) -> str:
    def lookup(match: re.Match[str]) -> str:
        name = match.group(1)
        assert name in context, f"action.yml uses ${{{{ {name} }}}}, which this test does not know"
        return context[name]

    return EXPRESSION.sub(lookup, value)


def run_action(
    workdir: Path,
    runner_temp: Path,
    checkout: Path,
    inputs: dict[str, str],
    skip: tuple[str, ...] = (),
) -> tuple[int, dict[str, str], str]:
    """Run the steps (but those whose id is in `skip`); (exit status of the last step
    run, outputs, combined output)."""
    action: dict[str, Any] = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    context = {f"inputs.{k}": str(v.get("default", "")) for k, v in action["inputs"].items()}
    context.update({f"inputs.{k}": v for k, v in inputs.items()})
    context.update({"github.action_path": str(checkout), "runner.temp": str(runner_temp)})
    output_file, path_file = runner_temp / "github_output", runner_temp / "github_path"
    output_file.write_text("")
    path_file.touch()
    base_python = Path(getattr(sys, "_base_executable", sys.executable)).parent
    env = {
        **os.environ,
        "PATH": os.pathsep.join([str(base_python), os.environ.get("PATH", "")]),
        "GITHUB_OUTPUT": str(output_file),
        "GITHUB_PATH": str(path_file),
        "RUNNER_TEMP": str(runner_temp),
        # Offline: no index; setuptools for the build comes from virtualenv's wheels.
        "PIP_NO_INDEX": "1",
        "PIP_FIND_LINKS": str(embedded_setuptools()),
        "PIP_CONSTRAINT": "",
    }
    env.pop("VIRTUAL_ENV", None)
    log, status = "", 0
    for step in action["runs"]["steps"]:
        assert step["shell"] == "bash"
        if step.get("id") in skip:
            continue
        step_env = {k: evaluate(str(v), context) for k, v in step.get("env", {}).items()}
        assert "${{" not in step["run"], "inputs must reach the script through env"
        added = [line for line in path_file.read_text().splitlines() if line]
        path = os.pathsep.join([*reversed(added), env["PATH"]])
        proc = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
            cwd=workdir,
            env={**env, **step_env, "PATH": path},
            capture_output=True,
            text=True,
            timeout=300,
        )
        log += proc.stdout + proc.stderr
        status = proc.returncode
        if status != 0:
            break
    outputs = dict(
        line.split("=", 1) for line in output_file.read_text().splitlines() if "=" in line
    )
    return status, outputs, log


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the action's checkout, the runner's temp directory with the venv made ready)."""
    if shutil.which("bash") is None:
        pytest.skip("bash is not available")
    if embedded_setuptools() is None:
        pytest.skip("no setuptools wheel to build offline (virtualenv's embedded wheels)")
    root = tmp_path_factory.mktemp("action")
    checkout = root / "checkout"
    checkout.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    for name in PACKAGE_FILES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, checkout / name, symlinks=True, ignore=ignore)
        else:
            shutil.copy2(source, checkout / name)
    runner_temp = root / "runner"
    runner_temp.mkdir()
    venv = runner_temp / "wac-lint-venv"
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", str(venv)], check=True, timeout=300)
    purelib = Path(sysconfig.get_path("purelib", vars={"base": str(venv), "platbase": str(venv)}))
    (purelib / "test-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    return checkout, runner_temp


def project(path: Path) -> Path:
    (path / "f").mkdir(parents=True)
    (path / "f" / "flow.py").write_text(BAD_PY, encoding="utf-8")
    (path / "f" / "clean.py").write_text(GOOD_PY, encoding="utf-8")
    return path


def test_action_installs_this_checkout_and_writes_sarif(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    checkout, runner_temp = installed
    workdir = project(tmp_path / "repo")
    status, outputs, log = run_action(
        workdir, runner_temp, checkout, {"paths": "f", "args": "--ignore WAC106"}
    )
    assert "wac-lint, version" in log, log
    # Findings: the check step fails (so the job does) after writing the report.
    assert status == 1, log
    assert outputs == {"sarif-file": "wac-lint.sarif", "exit-code": "1"}
    log_json = json.loads((workdir / "wac-lint.sarif").read_text(encoding="utf-8"))
    validate_sarif(log_json)
    results = log_json["runs"][0]["results"]
    assert sorted(r["ruleId"] for r in results) == ["WAC101", "WAC102"]
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results} == {
        "f/flow.py"
    }
    # The installed wac-lint is the checkout's, not this test environment's.
    venv_bin = runner_temp / "wac-lint-venv" / "bin"
    located = subprocess.run(
        [str(venv_bin / "python"), "-c", "import wac_lint; print(wac_lint.__file__)"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    ).stdout
    assert located.startswith(str(runner_temp)), located


def test_action_clean_run_and_usage_error(installed: tuple[Path, Path], tmp_path: Path) -> None:
    checkout, runner_temp = installed
    workdir = project(tmp_path / "repo")
    # Installed by the test above (or, run alone, by this first run).
    installed_already = (runner_temp / "github_path").is_file()
    skip = ("install",) if installed_already else ()
    status, outputs, log = run_action(workdir, runner_temp, checkout, {"paths": "f/clean.py"}, skip)
    assert (status, outputs["exit-code"]) == (0, "0"), log
    assert json.loads((workdir / "wac-lint.sarif").read_text())["runs"][0]["results"] == []

    status, outputs, log = run_action(
        workdir, runner_temp, checkout, {"paths": "f", "args": "--select NOPE1"}, ("install",)
    )
    assert (status, outputs["exit-code"]) == (2, "2"), log
