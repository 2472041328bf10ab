"""Related locations (the helper's call behind a cross-file finding, the target script
of a WAC402) in the machine-readable formats, and the result cache keyed on the files
a result depends on."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.ci.test_formats import validate_sarif
from tests.helpers import cli_runner
from wac_lint.cache import ResultCache
from wac_lint.cli import cli
from wac_lint.config import clear_cache
from wac_lint.runner import check_paths
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "repo"
HELPER_CALL = {
    "filename": "f/lib/helpers.py",
    "location": {"row": 8, "column": 5},
    "end_location": {"row": 8, "column": 18},
    "message": "`requests.post` is called here",
}


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    forget_projects()
    clear_cache()
    copy = tmp_path / "repo"
    shutil.copytree(REPO, copy)
    monkeypatch.chdir(copy)
    monkeypatch.delenv("WAC_LINT_CACHE_DIR", raising=False)
    yield copy
    forget_projects()
    clear_cache()


def check(*args: str) -> list[dict[str, object]]:
    result = cli_runner().invoke(cli, ["check", "--no-cache", *args], catch_exceptions=False)
    assert result.exit_code == 1, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_json_lists_related_locations(repo: Path) -> None:
    findings = check("--format", "json", "--select", "WAC101", "f/workflows/daily.py")
    (finding,) = findings
    assert finding["location"] == {"row": 20, "column": 5}
    assert finding["related"] == [HELPER_CALL]


def test_json_related_is_empty_for_a_single_file_finding(repo: Path) -> None:
    (repo / "f/workflows/local.py").write_text(
        "import requests\nfrom wmill import workflow\n\n\n@workflow\nasync def main():\n"
        "    requests.post('https://example.com')\n"
    )
    findings = check("--format", "json", "--select", "WAC101", "f/workflows/local.py")
    assert [f["related"] for f in findings] == [[]]


def test_json_lines_lists_related_locations(repo: Path) -> None:
    result = cli_runner().invoke(
        cli, ["check", "--no-cache", "--format", "json-lines", "--select", "WAC101", "f/workflows"]
    )
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    related = {(line["filename"], json.dumps(line["related"])) for line in lines}
    assert ("f/workflows/daily.py", json.dumps([HELPER_CALL])) in related
    ts = next(line for line in lines if line["filename"] == "f/workflows/daily.ts")
    assert [r["filename"] for r in ts["related"]] == ["f/lib/helpers.ts"]


def test_sarif_related_locations_are_relative_to_srcroot(repo: Path) -> None:
    result = cli_runner().invoke(
        cli, ["check", "--no-cache", "--format", "sarif", "--select", "WAC101", "f/workflows"]
    )
    log = json.loads(result.stdout)
    validate_sarif(log)
    by_file = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r
        for r in log["runs"][0]["results"]
    }
    (related,) = by_file["f/workflows/daily.py"]["relatedLocations"]
    assert related == {
        "id": 1,
        "physicalLocation": {
            "artifactLocation": {"uri": "f/lib/helpers.py", "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": 8, "startColumn": 5, "endLine": 8, "endColumn": 18},
        },
        "message": {"text": "`requests.post` is called here."},
    }


def test_sarif_wac402_points_at_the_target_script(repo: Path) -> None:
    workflow = repo / "f/workflows/daily.py"
    workflow.write_text(workflow.read_text().replace("limit=50", "lmit=50"))
    result = cli_runner().invoke(
        cli, ["check", "--no-cache", "--format", "sarif", "--select", "WAC402", str(workflow)]
    )
    log = json.loads(result.stdout)
    validate_sarif(log)
    (finding,) = log["runs"][0]["results"]
    (related,) = finding["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"] == {
        "uri": "f/etl/extract.py",
        "uriBaseId": "%SRCROOT%",
    }


def test_text_output_is_unchanged_by_related_locations(repo: Path) -> None:
    result = cli_runner().invoke(
        cli, ["check", "--no-cache", "--select", "WAC101", "f/workflows/daily.py"]
    )
    assert "helpers.py" not in result.stdout
    assert "f/workflows/daily.py:20:5" in result.stdout


# --- cache -------------------------------------------------------------------


def cached_run(repo: Path, files: list[Path]) -> tuple[list[tuple[str, int, str]], int]:
    forget_projects()
    cache = ResultCache(repo / ".wac_lint_cache", ["WAC101"], None)
    run = check_paths(files, select=["WAC101"], cache=cache, workers=1)
    assert cache.save() is None
    return [(f.filename, f.row, f.message) for f in run.findings], run.cache_hits


def test_cached_result_changes_when_the_imported_helper_changes(repo: Path) -> None:
    workflow = Path("f/workflows/daily.py")
    first, hits = cached_run(repo, [workflow])
    assert hits == 0 and len(first) == 1 and "requests.post" in first[0][2]
    again, hits = cached_run(repo, [workflow])
    assert (again, hits) == (first, 1)
    helper = repo / "f/lib/helpers.py"
    helper.write_text(helper.read_text().replace("requests.post(", "requests.put("))
    changed, hits = cached_run(repo, [workflow])
    assert hits == 0
    assert len(changed) == 1 and "requests.put" in changed[0][2]
    helper.write_text(helper.read_text().replace("    requests.put(", "    print("))
    clean, hits = cached_run(repo, [workflow])
    assert (clean, hits) == ([], 0)


def test_cached_related_locations_follow_the_current_directory(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cached_run(repo, [Path("f/workflows/daily.py")])
    monkeypatch.chdir(repo / "f")
    cache = ResultCache(repo / ".wac_lint_cache", ["WAC101"], None)
    run = check_paths([Path("workflows/daily.py")], select=["WAC101"], cache=cache, workers=1)
    assert run.cache_hits == 1
    (finding,) = run.findings
    assert [r.filename for r in finding.related] == ["lib/helpers.py"]


def test_a_deleted_dependency_is_a_miss(repo: Path) -> None:
    workflow = Path("f/workflows/daily.py")
    cached_run(repo, [workflow])
    (repo / "f/lib/log.py").unlink()  # imported by the helper the workflow calls
    _, hits = cached_run(repo, [workflow])
    assert hits == 0


def test_cached_wac402_changes_when_the_target_script_changes(repo: Path) -> None:
    workflow = Path("f/workflows/daily.py")

    def run() -> tuple[list[str], int]:
        forget_projects()
        cache = ResultCache(repo / ".wac_lint_cache", ["WAC402"], None)
        result = check_paths([workflow], select=["WAC402"], cache=cache, workers=1)
        assert cache.save() is None
        return [f.message for f in result.findings], result.cache_hits

    assert run() == ([], 0)
    assert run() == ([], 1)
    target = repo / "f/etl/extract.py"
    target.write_text(target.read_text().replace("limit", "max_rows"))
    messages, hits = run()
    assert hits == 0
    assert any("`limit` is not a parameter of `f/etl/extract`" in m for m in messages)
