"""The result cache keyed on what a result was drawn from, including what was *not*
there: a task path that matched nothing, an import that resolved to no file, and the
helpers reached further down (also when another workflow walked them first)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wac_lint.cache import ResultCache
from wac_lint.config import clear_cache
from wac_lint.runner import check_paths
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "repo"
HEADER = "from wmill import task_flow, task_script, workflow\n\n"


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


def run(repo: Path, files: list[str], select: str) -> tuple[list[tuple[str, str]], int]:
    """(file, message) of each finding, and the cache hits, of a cached run."""
    forget_projects()
    cache = ResultCache(repo / ".wac_lint_cache", [select], None)
    result = check_paths([Path(f) for f in files], select=[select], cache=cache, workers=1)
    assert cache.save() is None
    return [(f.filename, f.message) for f in result.findings], result.cache_hits


def write(repo: Path, relative: str, text: str) -> None:
    path = repo / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def dispatching(call: str) -> str:
    return f"{HEADER}child = {call}\n\n@workflow\nasync def main():\n    return await child()\n"


@pytest.mark.parametrize(
    ("call", "created"),
    [
        ('task_script("f/etl/transform")', "f/etl/transform.py"),  # folder exists
        ('task_script("f/reports/weekly")', "f/reports/weekly.ts"),  # folder does not
        ('task_script("f/etl/enrich")', "f/etl/enrich__mod/script.py"),
        ('task_flow("f/etl/nightly")', "f/etl/nightly__flow/flow.yaml"),
        ('task_script("./enrich.py")', "f/workflows/enrich.py"),
    ],
)
def test_a_missing_target_that_appears_is_a_miss(repo: Path, call: str, created: str) -> None:
    write(repo, "f/workflows/dispatch.py", dispatching(call))
    files = ["f/workflows/dispatch.py"]
    first, hits = run(repo, files, "WAC401")
    assert hits == 0 and len(first) == 1 and "matches no" in first[0][1]
    assert run(repo, files, "WAC401") == (first, 1)
    content = "value:\n  modules: []\n" if created.endswith(".yaml") else "def main():\n    pass\n"
    if created.endswith(".ts"):
        content = "export async function main() {}\n"
    write(repo, created, content)
    assert run(repo, files, "WAC401") == ([], 0)


def test_a_flow_file_appearing_in_an_existing_flow_folder_is_a_miss(repo: Path) -> None:
    (repo / "f/etl/nightly__flow").mkdir()
    write(repo, "f/workflows/dispatch.py", dispatching('task_flow("f/etl/nightly")'))
    files = ["f/workflows/dispatch.py"]
    first, _ = run(repo, files, "WAC401")
    assert len(first) == 1
    write(repo, "f/etl/nightly__flow/flow.yaml", "value:\n  modules: []\n")
    assert run(repo, files, "WAC401") == ([], 0)


def test_the_did_you_mean_hint_follows_new_scripts_anywhere_in_the_tree(repo: Path) -> None:
    write(repo, "f/workflows/dispatch.py", dispatching('task_script("f/billing/invoce")'))
    files = ["f/workflows/dispatch.py"]
    (first,), _ = run(repo, files, "WAC401")
    assert "did you mean" not in first[1]
    # A script in a folder the lookup itself never looked in.
    write(repo, "f/billing/invoice.py", "def main():\n    pass\n")
    (second,), hits = run(repo, files, "WAC401")
    assert hits == 0
    assert "did you mean `f/billing/invoice`?" in second[1]


def test_a_workspace_import_whose_file_appears_is_a_miss(repo: Path) -> None:
    write(
        repo,
        "f/workflows/later.py",
        "from wmill import workflow\n\nfrom f.lib.later import send\n\n\n"
        "@workflow\nasync def main():\n    send()\n",
    )
    files = ["f/workflows/later.py"]
    assert run(repo, files, "WAC101") == ([], 0)
    assert run(repo, files, "WAC101") == ([], 1)
    write(repo, "f/lib/later.py", "import requests\n\n\ndef send():\n    requests.post('u')\n")
    found, hits = run(repo, files, "WAC101")
    assert hits == 0 and len(found) == 1 and "requests.post" in found[0][1]


def test_a_helper_reached_through_the_session_memo_is_still_a_dependency(repo: Path) -> None:
    # Two workflows call `notify`, which calls `f.lib.log.debug`; the second one's
    # walk of `notify` comes from the memo the first one filled.
    daily = (repo / "f/workflows/daily.py").read_text()
    write(repo, "f/workflows/again.py", daily)
    files = ["f/workflows/daily.py", "f/workflows/again.py"]
    (repo / "f/lib/helpers.py").write_text(
        "from f.lib.log import debug\n\n\ndef notify(channel, text):\n    debug(text)\n\n\n"
        "def slugify(name):\n    return name\n"
    )
    assert run(repo, files, "WAC101") == ([], 0)
    assert run(repo, files, "WAC101") == ([], 2)
    write(repo, "f/lib/log.py", "import requests\n\n\ndef debug(message):\n    requests.get('u')\n")
    found, hits = run(repo, files, "WAC101")
    assert hits == 0
    assert sorted(Path(name).name for name, _ in found) == ["again.py", "daily.py"]


def test_target_signatures_are_kept_in_the_cache_by_content(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wac_lint.workspace import view

    def fresh_process() -> None:  # what a new run starts with: nothing in memory
        monkeypatch.setattr(view, "_INDEX", view.SignatureIndex())

    workflow = repo / "f/workflows/daily.py"
    files = ["f/workflows/daily.py"]
    fresh_process()
    assert run(repo, files, "WAC402") == ([], 0)
    parsed = view.signature_index().parsed
    assert parsed >= 3  # f/etl/extract.py, f/etl/load.ts, the pipeline's flow.yaml

    # The workflow changes (its result is a miss), its targets do not: read back.
    fresh_process()
    workflow.write_text(workflow.read_text() + "\n# edited\n")
    assert run(repo, files, "WAC402") == ([], 0)
    assert view.signature_index().parsed == 0

    # One target changes: that one is read again, and the finding follows it.
    fresh_process()
    target = repo / "f/etl/extract.py"
    target.write_text(target.read_text().replace("limit", "max_rows"))
    messages, _ = run(repo, files, "WAC402")
    assert any("`limit` is not a parameter of `f/etl/extract`" in m for _, m in messages)
    assert view.signature_index().parsed == 1

    # Without the cache, nothing is read from it.
    fresh_process()
    forget_projects()
    check_paths([workflow], select=["WAC402"], workers=1)
    assert view.signature_index().parsed == parsed


def test_helper_walks_are_kept_in_the_cache_by_content(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wac_lint.workspace import session as sessions

    def fresh_process() -> sessions.CrossFileSession:  # nothing remembered in memory
        session = sessions.CrossFileSession()
        monkeypatch.setattr(sessions, "DEFAULT_SESSION", session)
        return session

    workflow = repo / "f/workflows/daily.py"
    files = ["f/workflows/daily.py"]
    session = fresh_process()
    first, _ = run(repo, files, "WAC101")
    assert len(first) == 1 and "requests.post" in first[0][1]
    assert session.walks == 3  # f.lib.helpers.notify and .slugify, f.lib.log.debug

    # The workflow changes (its result is a miss), its helpers do not: read back.
    session = fresh_process()
    workflow.write_text(workflow.read_text() + "\n# edited\n")
    assert run(repo, files, "WAC101") == (first, 0)
    assert session.walks == 0

    # A helper two imports down changes: walked again, and the finding follows it.
    session = fresh_process()
    log = repo / "f/lib/log.py"
    log.write_text("import os\n\n\ndef debug(message):\n    os.remove(message)\n")
    found, _ = run(repo, files, "WAC101")
    # one call of the body reaches both: one finding, naming the second
    assert [m.split("`")[1] for _, m in found] == ["requests.post"]
    assert found[0][1].endswith("also reaches `os.remove` (line 5, in `f.lib.log.debug`)")
    assert session.walks >= 1
