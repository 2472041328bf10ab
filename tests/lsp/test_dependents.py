"""Cross-file findings in the editor: the helper's line as related information, and
open documents re-checked when a file their findings depend on changes."""

from __future__ import annotations

import asyncio
import os
import shutil
from pathlib import Path

import pytest
from lsprotocol import types
from pygls.workspace import Workspace

from tests.lsp.conftest import Client, Starter
from tests.lsp.support import codes
from wac_lint.lsp.analysis import Analysis
from wac_lint.lsp.server import WacLintServer

pytestmark = pytest.mark.asyncio(loop_scope="module")

REPO = Path(__file__).parents[1] / "workspace" / "repo"


def copy_repo(tmp_path: Path) -> Path:
    copy = tmp_path / "repo"
    shutil.copytree(REPO, copy)
    return copy


def open_file(client: Client, path: Path) -> str:
    language = "python" if path.suffix == ".py" else "typescript"
    client.open(path.as_uri(), path.read_text(encoding="utf-8"), language)
    return path.as_uri()


def watched(client: Client, path: Path) -> None:
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=path.as_uri(), type=types.FileChangeType.Changed)]
        )
    )


async def test_related_information_points_at_the_helper(start: Starter, tmp_path: Path) -> None:
    repo = copy_repo(tmp_path)
    client = await start(root=repo)
    uri = open_file(client, repo / "f/workflows/daily.py")
    diagnostics = await client.wait_for_version(uri, 1)
    (finding,) = [d for d in diagnostics if d.code == "WAC101"]
    assert finding.range.start == types.Position(line=19, character=4)
    (related,) = finding.related_information or []
    assert related.location.uri == (repo / "f/lib/helpers.py").resolve().as_uri()
    assert related.location.range == types.Range(
        start=types.Position(line=7, character=4), end=types.Position(line=7, character=17)
    )
    assert related.message == "`requests.post` is called here"
    assert all(not d.related_information for d in diagnostics if d.code != "WAC101")


async def test_dependent_rechecked_when_helper_changes_on_disk(
    start: Starter, tmp_path: Path
) -> None:
    repo = copy_repo(tmp_path)
    client = await start(root=repo, watch_files=True)
    uri = open_file(client, repo / "f/workflows/daily.py")
    assert "WAC101" in codes(await client.wait_for_version(uri, 1))

    helper = repo / "f/lib/helpers.py"
    text = helper.read_text(encoding="utf-8")
    helper.write_text(text.replace("    requests.post(", "    print("), encoding="utf-8")
    count = len(client.published)
    watched(client, helper)
    params = await client.wait_for_publish(uri, after=count)
    assert "WAC101" not in codes(list(params.diagnostics))
    assert params.version == 1  # the document did not change; its dependency did

    # Edited and saved from the editor (the helper open as a document): re-checked again.
    helper_uri = open_file(client, helper)
    count = len(client.published)
    client.change(helper_uri, 2, text)
    helper.write_text(text, encoding="utf-8")
    client.text_document_did_save(
        types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=helper_uri))
    )
    # Opening the helper (its disk text, without the post) may re-check the dependent
    # first, after `count`: wait for the re-check that reads the restored text.
    params = await client.wait_for_publish(
        uri, lambda p: "WAC101" in codes(list(p.diagnostics)), after=count
    )
    assert params.version == 1


async def test_changes_to_files_it_does_not_depend_on_do_not_recheck(
    start: Starter, tmp_path: Path
) -> None:
    repo = copy_repo(tmp_path)
    client = await start(root=repo, watch_files=True)
    uri = open_file(client, repo / "f/workflows/daily.ts")
    await client.wait_for_version(uri, 1)
    count = len(client.published)
    watched(client, repo / "f/lib/helpers.py")  # the Python helper; daily.ts uses helpers.ts
    # A request round-trip: the notification before it has been handled by now.
    await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=0, character=0),
        )
    )
    assert all(p.uri != uri for p in client.published[count:])


async def test_dependent_follows_the_helper_as_the_editor_holds_it(
    start: Starter, tmp_path: Path
) -> None:
    # The helper is edited in the editor and not saved: the workflow's findings
    # follow the buffer, not the disk; closing the buffer unsaved brings the disk back.
    repo = copy_repo(tmp_path)
    client = await start(root=repo)
    uri = open_file(client, repo / "f/workflows/daily.py")
    assert "WAC101" in codes(await client.wait_for_version(uri, 1))
    helper = repo / "f/lib/helpers.py"
    on_disk = helper.read_text(encoding="utf-8")
    helper_uri = open_file(client, helper)
    await client.wait_for_version(helper_uri, 1)

    count = len(client.published)
    client.change(helper_uri, 2, on_disk.replace("    requests.post(", "    print("))
    # By content: under load, a re-check started before the change may publish late.
    params = await client.wait_for_publish(
        uri, lambda p: "WAC101" not in codes(list(p.diagnostics)), after=count
    )
    assert helper.read_text(encoding="utf-8") == on_disk  # nothing saved

    # Edited back to a network call, in another function than before.
    count = len(client.published)
    client.change(
        helper_uri,
        3,
        on_disk.replace("    requests.post(", "    print(").replace(
            '    debug(f"notify {channel}")',
            '    debug(f"notify {channel}")\n    requests.get("u")',
        ),
    )
    params = await client.wait_for_publish(
        uri, lambda p: "requests.get" in str([d.message for d in p.diagnostics]), after=count
    )
    (finding,) = [d for d in params.diagnostics if d.code == "WAC101"]
    assert "requests.get" in finding.message

    count = len(client.published)
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=helper_uri))
    )
    params = await client.wait_for_publish(
        uri, lambda p: "requests.post" in str([d.message for d in p.diagnostics]), after=count
    )
    (finding,) = [d for d in params.diagnostics if d.code == "WAC101"]
    assert "requests.post" in finding.message


async def test_dependent_rechecked_when_its_missing_target_is_created(
    start: Starter, tmp_path: Path
) -> None:
    repo = copy_repo(tmp_path)
    workflow = repo / "f/workflows/dispatch.py"
    workflow.write_text(
        "from wmill import task_script, workflow\n\nchild = task_script('f/etl/transform')\n\n\n"
        "@workflow\nasync def main():\n    return await child()\n",
        encoding="utf-8",
    )
    client = await start(root=repo, watch_files=True)
    uri = open_file(client, workflow)
    assert "WAC401" in codes(await client.wait_for_version(uri, 1))
    created = repo / "f/etl/transform.py"
    created.write_text("def main():\n    pass\n", encoding="utf-8")
    count = len(client.published)
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=created.as_uri(), type=types.FileChangeType.Created)]
        )
    )
    params = await client.wait_for_publish(uri, after=count)
    assert "WAC401" not in codes(list(params.diagnostics))


async def test_a_document_still_being_analysed_is_rechecked_by_any_change(tmp_path: Path) -> None:
    # Under load, a workflow's first analysis was still running (or published early,
    # before the server was loaded) when its helper was edited: nobody knew yet that it
    # depended on the helper, it had read the old text, and kept the old findings.
    server = WacLintServer()
    server.protocol._workspace = Workspace(tmp_path.as_uri())
    helper, other = str(tmp_path / "helper.py"), str(tmp_path / "other.py")
    states = {}
    for name in ("new", "running", "uses_helper", "uses_other"):
        uri = (tmp_path / f"{name}.py").as_uri()
        item = types.TextDocumentItem(uri=uri, language_id="python", version=1, text="x = 1\n")
        server.workspace.put_text_document(item)
        server.open(uri, "python", item.text)
        states[name] = server.documents[uri]
    for name, depends_on in (("running", other), ("uses_helper", helper), ("uses_other", other)):
        latest = Analysis(states[name].uri, 1, 0)
        latest.dependencies = frozenset({os.path.realpath(depends_on)})
        states[name].latest = latest
    states["running"].running[(1, 0)] = asyncio.get_running_loop().create_future()
    try:
        rechecked = server.recheck_dependents([helper], delay=60.0)
    finally:
        server.stop()
    assert sorted(rechecked) == sorted(states[n].uri for n in ("new", "running", "uses_helper"))
    assert [states[n].refreshes for n in sorted(states)] == [1, 1, 1, 0]


async def test_a_helper_opened_with_unsaved_text_rechecks_its_dependents(
    start: Starter, tmp_path: Path
) -> None:
    # An editor restoring its session opens the helper with text the disk does not have.
    repo = copy_repo(tmp_path)
    client = await start(root=repo)
    uri = open_file(client, repo / "f/workflows/daily.py")
    assert "WAC101" in codes(await client.wait_for_version(uri, 1))
    # A request round-trip: the server's own analysis is done (not only one published
    # before it was loaded), so only a re-check can change the findings.
    await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=0, character=0),
        )
    )
    helper = repo / "f/lib/helpers.py"
    count = len(client.published)
    unsaved = helper.read_text(encoding="utf-8").replace("    requests.post(", "    print(")
    client.open(helper.as_uri(), unsaved, "python")
    await client.wait_for_publish(
        uri, lambda p: "WAC101" not in codes(list(p.diagnostics)), after=count
    )
