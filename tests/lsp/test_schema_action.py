"""The "Regenerate .script.yaml" quick fix on a WAC901 (stale-script-metadata)
finding: creates or rewrites the metadata with exactly what the schema library
renders for the editor's text; once the file is right (and the editor says it
changed), the finding goes away."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types

from tests.lsp.conftest import Client, Starter
from tests.lsp.support import apply_edits
from tests.lsp.test_actions_and_hover import actions_for
from wac_lint.parsing import parse
from wac_lint.schema import metadata_path, render_script_yaml
from wac_lint.source import SourceFile

pytestmark = pytest.mark.asyncio(loop_scope="module")

SCRIPT = """\
from wmill import task, workflow


@task()
async def double(x: int) -> int:
    return x * 2


@workflow
async def main(x: int, label: str = "run"):
    return await double(x)
"""
TITLE = "Regenerate .script.yaml"


def project(tmp_path: Path) -> tuple[Path, Path, Path]:
    root = tmp_path / "project"
    (root / "f" / "flows").mkdir(parents=True)
    (root / "wmill.yaml").write_text("defaultTs: bun\n", encoding="utf-8")
    script = root / "f" / "flows" / "double.py"
    script.write_text(SCRIPT, encoding="utf-8")
    return root, script, root / "f" / "flows" / "double.script.yaml"


def expected_yaml(script: Path, text: str, existing: str | None) -> str:
    source = SourceFile(str(script), text, "python")
    return render_script_yaml(source, parse(source), existing, remote_path="f/flows/double")


async def regenerate(client: Client, uri: str, version: int) -> list[types.CodeAction]:
    diagnostics = await client.wait_for_version(uri, version)
    (wac901,) = [d for d in diagnostics if d.code == "WAC901"]
    return [a for a in await actions_for(client, uri, wac901) if a.title == TITLE]


def file_changed(client: Client, path: Path) -> None:
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=path.as_uri(), type=types.FileChangeType.Changed)]
        )
    )


async def test_regenerate_creates_then_updates_the_metadata(start: Starter, tmp_path: Path) -> None:
    root, script, target = project(tmp_path)
    client = await start(create_files=True, root=root)
    uri = script.as_uri()
    client.open(uri, SCRIPT)

    # No metadata yet: create the file, then fill it.
    (action,) = await regenerate(client, uri, 1)
    assert action.edit is not None and action.edit.document_changes
    create, fill = action.edit.document_changes
    assert isinstance(create, types.CreateFile) and create.uri == target.as_uri()
    assert isinstance(fill, types.TextDocumentEdit) and fill.text_document.uri == target.as_uri()
    (insert,) = fill.edits
    assert isinstance(insert, types.TextEdit)
    assert insert.new_text == expected_yaml(script, SCRIPT, None)
    assert "label:" in insert.new_text and "default: run" in insert.new_text

    # The editor writes it; the watcher reports it; the finding is gone.
    target.write_text(insert.new_text, encoding="utf-8")
    count = len(client.published)
    file_changed(client, target)
    params = await client.wait_for_publish(uri, after=count)
    assert params.version == 1 and [d.code for d in params.diagnostics] == []

    # The signature changes in the editor (unsaved): the whole file is replaced.
    changed = SCRIPT.replace('label: str = "run"', 'label: str = "run", retries: int = 3')
    client.change(uri, 2, changed)
    (action,) = await regenerate(client, uri, 2)
    assert action.edit is not None and action.edit.document_changes
    (replace,) = action.edit.document_changes
    assert isinstance(replace, types.TextDocumentEdit)
    edits = [e for e in replace.edits if isinstance(e, types.TextEdit)]
    old = target.read_text(encoding="utf-8")
    new = apply_edits(old, edits)
    assert new == expected_yaml(script, changed, old)
    assert "retries:" in new
    target.write_text(new, encoding="utf-8")
    count = len(client.published)
    file_changed(client, target)
    params = await client.wait_for_publish(uri, after=count)
    assert params.version == 2 and [d.code for d in params.diagnostics] == []


COMPUTED_DEFAULT_TS = """\
import { workflow } from "windmill-client";
const DEFAULT_REGION = "eu";
export const main = workflow(async (regions = [DEFAULT_REGION]) => regions);
"""


@pytest.mark.parametrize(
    ("metadata", "name", "text", "language", "reason"),
    [
        # The existing file is not a mapping: wmill would not merge into it.
        ("- not\n- a mapping\n", "double.py", SCRIPT, "python", "not a mapping"),
        # A default only JavaScript can compute: wmill evaluates it, wac-lint cannot.
        (None, "regions.ts", COMPUTED_DEFAULT_TS, "typescript", "DEFAULT_REGION"),
    ],
)
async def test_regenerate_is_disabled_with_the_reason_when_it_cannot_be_computed(
    start: Starter,
    tmp_path: Path,
    metadata: str | None,
    name: str,
    text: str,
    language: str,
    reason: str,
) -> None:
    root, _, _ = project(tmp_path)
    script = root / "f" / "flows" / name
    script.write_text(text, encoding="utf-8")
    if metadata is not None:
        metadata_path(script).write_text(metadata, encoding="utf-8")
    client = await start(create_files=True, root=root)
    uri = script.as_uri()
    client.open(uri, text, language_id=language)
    (action,) = await regenerate(client, uri, 1)
    assert action.edit is None
    assert action.disabled is not None and reason in action.disabled.reason


async def test_no_regenerate_when_the_client_cannot_create_files(
    start: Starter, tmp_path: Path
) -> None:
    root, script, _ = project(tmp_path)
    client = await start(root=root)
    client.open(script.as_uri(), SCRIPT)
    assert await regenerate(client, script.as_uri(), 1) == []
