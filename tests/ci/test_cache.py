"""The result cache: same findings, fewer analyses, invalidated by what findings depend on."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import wac_lint
import wac_lint.runner as runner_module
from tests.ci.samples import BAD_PY, BAD_TS, FIXABLE_PY, GOOD_PY, runner
from wac_lint.cache import ResultCache
from wac_lint.cli import cli
from wac_lint.config import clear_cache
from wac_lint.discovery import collect_files
from wac_lint.report import finding_dict
from wac_lint.runner import CheckRun, check_paths


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("WAC_LINT_CACHE_DIR", raising=False)
    clear_cache()
    for name, text in {
        "bad.py": BAD_PY,
        "good.py": GOOD_PY,
        "f/bad.ts": BAD_TS,
        "f/fixable.py": FIXABLE_PY,
    }.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    yield tmp_path
    clear_cache()


@pytest.fixture()
def analysed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the files actually analysed (not served from the cache)."""
    names: list[str] = []
    real = runner_module.analyze_source

    def counting(source, *args, **kwargs):  # type: ignore[no-untyped-def]
        names.append(source.path)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(runner_module, "analyze_source", counting)
    return names


def check(
    project: Path, select: list[str] | None = None, cache_dir: str = ".wac_lint_cache"
) -> CheckRun:
    files, _ = collect_files(["."])
    cache = ResultCache(project / cache_dir, select, None)
    run = check_paths(files, select=select, cache=cache, workers=1)
    assert cache.save() is None
    return run


def dump(run: CheckRun) -> list[dict[str, object]]:
    return [finding_dict(f) for f in run.findings]


def test_same_findings_with_and_without_cache(project: Path, analysed: list[str]) -> None:
    uncached = check_paths(collect_files(["."])[0], workers=1)
    cold = check(project)
    warm = check(project)
    assert dump(uncached) == dump(cold) == dump(warm)
    assert dump(warm)  # the comparison is about real findings, fixes included
    assert any(f.fix is not None for f in warm.findings)
    assert warm.files == cold.files and warm.files_checked == 4
    assert warm.cache_hits == 4
    assert len(analysed) == 4 + 4  # uncached run + cold run; the warm run analysed nothing


def test_cli_cache_round_trip(project: Path, analysed: list[str]) -> None:
    first = runner().invoke(cli, ["check", "--format", "json", "."])
    second = runner().invoke(cli, ["check", "--format", "json", "."])
    assert first.exit_code == second.exit_code == 1
    assert first.stdout == second.stdout
    assert len(analysed) == 4
    cache_dir = project / ".wac_lint_cache"
    assert (cache_dir / ".gitignore").read_text() == "*\n"
    assert (cache_dir / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172")
    assert not list(cache_dir.rglob("*.tmp")), "atomic write left a temporary file"


def test_names_follow_the_current_run(project: Path) -> None:
    """An entry stores no file name: `bad.py` and `/abs/path/bad.py` share it."""
    check(project)
    cache = ResultCache(project / ".wac_lint_cache")
    run = check_paths([project / "bad.py"], cache=cache, workers=1)
    assert run.cache_hits == 1
    assert {f.filename for f in run.findings} == {str(project / "bad.py")}


def test_content_change_invalidates_one_file(project: Path, analysed: list[str]) -> None:
    check(project)
    analysed.clear()
    (project / "good.py").write_text(GOOD_PY + "\n\nasync def extra():\n    pass\n")
    (project / "bad.py").write_text(BAD_PY.replace("requests.post", "requests.put"))
    run = check(project)
    assert sorted(analysed) == ["bad.py", "good.py"]
    assert any("requests.put" in f.message for f in run.findings)


def test_version_change_invalidates(
    project: Path, analysed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    check(project)
    analysed.clear()
    monkeypatch.setattr(wac_lint, "__version__", "99.0.0")
    check(project)
    assert len(analysed) == 4


def test_source_change_invalidates(
    project: Path, analysed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An editable install keeps its version while its rules change."""
    import wac_lint.cache as cache_module

    fake_rule = project.parent / f"{project.name}-rule.py"
    fake_rule.write_text("# version 1\n")
    real = cache_module.loaded_sources
    monkeypatch.setattr(
        cache_module,
        "loaded_sources",
        lambda: {**real(), str(fake_rule): cache_module.stat_of(str(fake_rule))},
    )
    check(project)
    analysed.clear()
    check(project)
    assert analysed == []
    fake_rule.write_text("# version 2, longer\n")
    check(project)
    assert len(analysed) == 4


def test_recorded_sources_cover_the_rules(project: Path) -> None:
    """Also when the rules only ran in worker processes."""
    files, _ = collect_files(["."])
    for workers, parallel_min in ((1, 1), (2, 1)):
        cache = ResultCache(project / f"cache-{workers}")
        check_paths(files, cache=cache, workers=workers, parallel_min=parallel_min)
        cache.save()
        data = json.loads(cache.path.read_text())
        names = {Path(p).name for p in data["sources"]}
        assert {"wac101_side_effect_in_workflow_body.py", "side_effects.toml"} <= names
        assert {"engine.py", "python.py", "typescript.py"} <= names
        assert "lsp" not in {Path(p).parent.name for p in data["sources"]}


def test_config_change_invalidates(project: Path, analysed: list[str]) -> None:
    check(project)
    analysed.clear()
    (project / "wac-lint.toml").write_text('ignore = ["WAC101"]\n')
    clear_cache()
    run = check(project)
    assert len(analysed) == 4
    assert "WAC101" not in {f.code for f in run.findings}
    analysed.clear()
    (project / "wac-lint.toml").write_text('[per-file-ignores]\n"f/*.ts" = ["WAC102"]\n')
    clear_cache()
    run = check(project)
    assert len(analysed) == 4
    assert "WAC101" in {f.code for f in run.findings}
    assert "WAC102" not in {f.code for f in run.findings}


def test_selection_has_its_own_entries(project: Path, analysed: list[str]) -> None:
    everything = check(project)
    only = check(project, select=["WAC102"])
    assert {f.code for f in only.findings} == {"WAC102"}
    analysed.clear()
    again = check(project)
    assert analysed == [] and dump(again) == dump(everything)


def test_script_yaml_beside_the_script_is_part_of_the_key(
    project: Path, analysed: list[str]
) -> None:
    check(project)
    analysed.clear()
    (project / "good.script.yaml").write_text("summary: ''\n")
    check(project)
    assert analysed == ["good.py"]


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"{not json",
        b"\xff\xfe\x00",
        b"[]",
        b'{"format": 2, "version": "0.1.0", "sources": {}, "files": []}',
        b'{"format": 2, "version": "0.1.0", "sources": [], "files": {}}',
        b"null",
    ],
)
def test_corrupt_cache_is_ignored_and_rebuilt(
    project: Path, analysed: list[str], damage: bytes
) -> None:
    expected = dump(check(project))
    cache = ResultCache(project / ".wac_lint_cache")
    cache.path.write_bytes(damage)
    analysed.clear()
    assert dump(check(project)) == expected
    assert len(analysed) == 4
    analysed.clear()
    check(project)
    assert analysed == [], "the rebuilt cache was not written"


def test_damaged_entries_are_misses(project: Path, analysed: list[str]) -> None:
    expected = dump(check(project))
    path = ResultCache(project / ".wac_lint_cache").path
    data = json.loads(path.read_text())
    damaged = []
    for key, entry in data["files"].items():
        if entry["findings"]:  # a missing field in one, a null position in another
            if damaged:
                entry["findings"][0]["row"] = None
            else:
                del entry["findings"][0]["code"]
            damaged.append(Path(key).name)
    path.write_text(json.dumps(data))
    analysed.clear()
    assert dump(check(project)) == expected
    assert len(damaged) == 3
    assert sorted(Path(name).name for name in analysed) == sorted(damaged)


def test_unusable_cache_directory_is_not_fatal(project: Path) -> None:
    (project / "blocked").write_text("a file where the cache directory should be")
    result = runner().invoke(cli, ["check", "--cache-dir", "blocked/cache", "."])
    assert result.exit_code == 1
    assert "bad.py:7:12: WAC101" in result.stdout
    assert "cache not written" in result.stderr
    quiet = runner().invoke(cli, ["check", "-q", "--cache-dir", "blocked/cache", "."])
    assert quiet.exit_code == 1 and quiet.stderr == ""


def test_unreadable_cache_file_is_not_fatal(project: Path) -> None:
    # A directory where the results file belongs: unreadable even for root.
    ResultCache(project / ".wac_lint_cache").path.mkdir(parents=True)
    result = runner().invoke(cli, ["check", "."])
    assert result.exit_code == 1 and "bad.py:7:12: WAC101" in result.stdout
    assert "cache not written" in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_cache_file_without_permissions_is_not_fatal(project: Path) -> None:
    check(project)
    path = ResultCache(project / ".wac_lint_cache").path
    path.chmod(0)
    result = runner().invoke(cli, ["check", "."])
    assert result.exit_code == 1 and "WAC101" in result.stdout


def test_no_cache_and_cache_dir(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner().invoke(cli, ["check", "--no-cache", "."])
    assert not (project / ".wac_lint_cache").exists()
    runner().invoke(cli, ["check", "--cache-dir", "elsewhere", "."])
    assert (project / "elsewhere" / ".gitignore").exists()
    assert not (project / ".wac_lint_cache").exists()
    monkeypatch.setenv("WAC_LINT_CACHE_DIR", str(project / "from-env"))
    runner().invoke(cli, ["check", "."])
    assert (project / "from-env" / ".gitignore").exists()


def test_cache_directory_is_not_checked(project: Path) -> None:
    check(project)
    (project / ".wac_lint_cache" / "x.py").write_text(BAD_PY)
    files, _ = collect_files(["."])
    assert all(".wac_lint_cache" not in str(f) for f in files)


def test_entries_of_deleted_files_are_pruned(project: Path) -> None:
    check(project)
    (project / "good.py").unlink()
    check(project)
    cache = ResultCache(project / ".wac_lint_cache")
    assert not any(key.endswith("good.py") for key in cache.entries)
    assert any(key.endswith("bad.py") for key in cache.entries)


def age(project: Path, seconds: int = 60) -> None:
    """Make every file look older than the cache (as after a checkout long ago)."""
    for path in project.rglob("*"):
        if path.is_file() and ".wac_lint_cache" not in path.parts:
            st = path.stat()
            os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - seconds * 1_000_000_000))


@pytest.fixture()
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the files whose content was read."""
    names: list[str] = []
    real = runner_module.read_bytes

    def counting(path):  # type: ignore[no-untyped-def]
        names.append(str(path))
        return real(path)

    monkeypatch.setattr(runner_module, "read_bytes", counting)
    return names


def test_unchanged_stat_data_skips_reading(project: Path, reads: list[str]) -> None:
    age(project)
    expected = dump(check(project))
    reads.clear()
    assert dump(check(project)) == expected
    assert reads == []


def test_recently_modified_files_are_read(project: Path, reads: list[str]) -> None:
    """A file written just before the cache could hide an edit in the same tick."""
    check(project)
    reads.clear()
    check(project)
    assert len(reads) == 4  # all files are younger than the margin: content decides


def test_edit_with_the_same_size_is_seen(
    project: Path, reads: list[str], analysed: list[str]
) -> None:
    age(project)
    check(project)
    reads.clear()
    analysed.clear()
    text = (project / "bad.py").read_text()
    (project / "bad.py").write_text(text.replace("requests.post", "requests.puts"))
    run = check(project)
    assert reads == ["bad.py"] and analysed == ["bad.py"]
    assert any("requests.puts" in f.message for f in run.findings)


def test_touch_reads_once_then_trusts_the_new_stat(
    project: Path, reads: list[str], analysed: list[str]
) -> None:
    age(project, 120)
    check(project)
    age(project, -60)  # a touch: new mtime, same content (still older than the margin)
    reads.clear()
    analysed.clear()
    check(project)
    assert len(reads) == 4 and analysed == []  # read and hashed, not analysed
    reads.clear()
    check(project)
    assert reads == []


def test_metadata_change_is_seen_through_stat(project: Path, analysed: list[str]) -> None:
    (project / "good.script.yaml").write_text("summary: ''\n")
    age(project)
    check(project)
    analysed.clear()
    (project / "good.script.yaml").write_text("summary: 'x'\n")
    check(project)
    assert analysed == ["good.py"]


def test_windmill_project_root_is_part_of_the_key(project: Path, analysed: list[str]) -> None:
    """Expected metadata (and whether a missing one is reported) depend on where
    `wmill.yaml` is, a file the scripts do not mention."""
    age(project)
    check(project)
    analysed.clear()
    (project / "wmill.yaml").write_text("defaultTs: bun\n")
    run = check(project)
    assert len(analysed) == 4
    assert dump(run) == dump(check_paths(collect_files(["."])[0], workers=1))
