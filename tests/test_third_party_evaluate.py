"""bench/third_party/evaluate.py: which files it takes for WAC scripts, where it runs
wac-lint from, and how it scores findings against judgments."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).parent.parent / "bench" / "third_party" / "evaluate.py"


@pytest.fixture(scope="module")
def ev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("third_party_evaluate", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through it
    spec.loader.exec_module(module)
    return module


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_wac_scripts_are_sdk_imports_with_wac_calls(ev: ModuleType, tmp_path: Path) -> None:
    wac_ts = write(
        tmp_path / "p/f/a/flow.ts",
        'import { step, workflow } from "windmill-client";\n'
        'export const main = workflow(async () => await step("a", () => 1));\n',
    )
    wac_py = write(
        tmp_path / "p/f/a/flow.py",
        "from wmill import task, workflow\n\n@workflow\nasync def main(): ...\n",
    )
    write(
        tmp_path / "p/f/a/vars.ts", 'import { getVariable } from "windmill-client";\nexport {};\n'
    )
    write(
        tmp_path / "tests/test_state.py",
        'assert "from \\"windmill-client\\"" in src and "workflow(" in src\n',
    )
    write(
        tmp_path / "node_modules/x/index.ts", 'import { task } from "windmill-client"; task(f);\n'
    )
    assert ev.wac_scripts(tmp_path) == [wac_py, wac_ts]


def test_project_root_is_the_wmill_yaml_dir_else_the_parent_of_f(
    ev: ModuleType, tmp_path: Path
) -> None:
    with_yaml = write(tmp_path / "jobs/1/proj/f/x/a.ts", "")
    write(tmp_path / "jobs/1/proj/wmill.yaml", "")
    without = write(tmp_path / "jobs/2/proj/f/x/a.ts", "")
    loose = write(tmp_path / "misc/a.ts", "")
    assert ev.project_root(with_yaml, tmp_path) == tmp_path / "jobs/1/proj"
    assert ev.project_root(without, tmp_path) == tmp_path / "jobs/2/proj"
    assert ev.project_root(loose, tmp_path) == tmp_path / "misc"


def test_scores_duplicates_severity_verdicts_misses_and_unjudged(ev: ModuleType) -> None:
    def finding(line: int, code: str, severity: str = "error") -> object:
        return ev.Finding(path="a.ts", line=line, code=code, severity=severity, message="m")

    def judgment(line: int, code: str, verdict: str, **extra: object) -> object:
        return ev.Judgment.from_json(
            {"path": "a.ts", "line": line, "code": code, "verdict": verdict, **extra}
        )

    judgments = [
        judgment(3, "WAC005", "tp", group="main"),
        judgment(4, "WAC005", "tp", group="main"),
        judgment(7, "WAC003", "tp", by_severity={"error": "fp", "warning": "tp"}),
        judgment(9, "WAC101", "fp"),
        judgment(12, "WAC106", "miss"),
        judgment(15, "WAC102", "miss"),
    ]
    findings = [
        finding(3, "WAC005"),
        finding(4, "WAC005"),
        finding(7, "WAC003", "error"),
        finding(9, "WAC101"),
        finding(12, "WAC106"),
        finding(20, "WAC202"),
    ]
    result = ev.evaluate(findings, judgments)
    verdicts = {(f.line, f.code): v for f, v, _ in result.rows}
    assert verdicts == {
        (3, "WAC005"): "tp",
        (4, "WAC005"): "duplicate",
        (7, "WAC003"): "fp",
        (9, "WAC101"): "fp",
        (12, "WAC106"): "tp",
    }
    assert [(f.line, f.code) for f in result.unjudged] == [(20, "WAC202")]
    assert result.precision == pytest.approx(2 / 5)
    # real mistakes: the `main` group, WAC003 (true as a warning), and the two misses
    assert result.mistakes == 4
    assert [(j.line, j.code) for j in result.missed] == [(15, "WAC102")]
    assert result.recall == pytest.approx(3 / 4)

    as_warning = ev.evaluate([finding(7, "WAC003", "warning")], judgments)
    assert [v for _, v, _ in as_warning.rows] == ["tp"]


def test_judgments_file_is_well_formed(ev: ModuleType) -> None:
    import json

    data = json.loads((SCRIPT.parent / "judgments.json").read_text(encoding="utf-8"))
    judgments = [ev.Judgment.from_json(item) for item in data["judgments"]]
    assert len({j.key for j in judgments}) == len(judgments)
    for j in judgments:
        assert j.verdict in ("tp", "fp", "miss") and j.reason
        assert set(j.by_severity.values()) <= {"tp", "fp"}
