"""Parallel analysis gives the same, deterministically ordered, results."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import wac_lint.runner as runner_module
from tests.ci.samples import BAD_PY, BAD_TS, FIXABLE_PY, GOOD_PY, runner
from wac_lint.cli import cli
from wac_lint.config import clear_cache
from wac_lint.discovery import collect_files
from wac_lint.report import finding_dict
from wac_lint.runner import PARALLEL_MIN_FILES, CheckRun, check_paths

SAMPLES = [BAD_PY, GOOD_PY, FIXABLE_PY, BAD_TS]


@pytest.fixture()
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """More files than the parallel threshold, in several directories, with bad input."""
    monkeypatch.chdir(tmp_path)
    clear_cache()
    for i in range(PARALLEL_MIN_FILES + 12):
        text = SAMPLES[i % len(SAMPLES)]
        suffix = "ts" if text is BAD_TS else "py"
        path = tmp_path / f"d{i % 5}" / f"s{i:03}.{suffix}"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (tmp_path / "d0" / "binary.py").write_bytes(b"\x00")
    (tmp_path / "d1" / "empty.py").write_text("")
    return tmp_path


def summary(run: CheckRun) -> tuple[object, ...]:
    return (
        [finding_dict(f) for f in run.findings],
        run.problems,
        run.notices,
        run.files,
        run.files_checked,
    )


def test_parallel_equals_sequential(tree: Path) -> None:
    files, _ = collect_files(["."])
    sequential = check_paths(files, workers=1)
    parallel = check_paths(files, workers=2, parallel_min=1)
    assert summary(parallel) == summary(sequential)
    assert len(sequential.findings) > PARALLEL_MIN_FILES  # a real comparison
    assert sequential.problems == ["d0/binary.py: binary file (contains NUL bytes)"]
    assert sequential.notices == ["d1/empty.py: empty file, nothing to check"]


def test_findings_sorted_by_path_then_position(tree: Path) -> None:
    files, _ = collect_files(["."])
    run = check_paths(list(reversed(files)), workers=2, parallel_min=1)
    keys = [(f.filename, f.row, f.column) for f in run.findings]
    assert keys == sorted(keys)


def recording_analyze_jobs(jobs, select, ignore):  # type: ignore[no-untyped-def]
    """`analyze_jobs`, noting which process ran it (module level, so it pickles)."""
    with open(os.environ["WAC_TEST_PID_FILE"], "a", encoding="utf-8") as out:
        out.write(f"{os.getpid()}\n")
    return runner_module.REAL_ANALYZE_JOBS(jobs, select, ignore)  # type: ignore[attr-defined]


def test_parallel_run_is_actually_parallel(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pid_file = tree / "pids.txt"
    monkeypatch.setenv("WAC_TEST_PID_FILE", str(pid_file))
    monkeypatch.setattr(
        runner_module, "REAL_ANALYZE_JOBS", runner_module.analyze_jobs, raising=False
    )
    monkeypatch.setattr(runner_module, "analyze_jobs", recording_analyze_jobs)
    files, _ = collect_files(["."])

    check_paths(files, workers=2, parallel_min=10_000)
    assert set(pid_file.read_text().split()) == {str(os.getpid())}  # below the threshold

    pid_file.unlink()
    check_paths(files, workers=2, parallel_min=1)
    pids = set(pid_file.read_text().split())
    assert str(os.getpid()) not in pids and len(pids) >= 1  # every batch in a worker


def test_cli_large_run_matches_no_cache_small_batches(tree: Path) -> None:
    """End to end above the threshold, cold, warm and uncached all agree."""
    outputs = [
        runner().invoke(cli, ["check", "--format", "json", *args, "."]).stdout
        for args in ((), (), ("--no-cache",))
    ]
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(json.loads(outputs[0])) > PARALLEL_MIN_FILES


def test_no_process_support_falls_back_to_one_process(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import concurrent.futures

    def unavailable(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(38, "Function not implemented")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", unavailable)
    files, _ = collect_files(["."])
    assert summary(check_paths(files, workers=2, parallel_min=1)) == summary(
        check_paths(files, workers=1)
    )
