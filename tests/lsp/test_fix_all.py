"""Fix all: source.fixAll actions, "Fix all WACxxx in this file", wac-lint.applyAutofix.

Every expected text comes from `wac_lint.fixes.fix_file`, the code behind
`wac-lint check --fix`, run on a copy of the document: the editor must end up
with exactly what the command line writes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types

from tests.lsp.conftest import Client, Starter, wait_until
from tests.lsp.support import apply_edits, codes, edits_of
from wac_lint.fixes import fix_file

pytestmark = pytest.mark.asyncio(loop_scope="module")

ALIASED = """\
import requests
from wmill import task as t, workflow as wf


@t()
async def double(x: int) -> int:
    return x * 2


@wf
async def main(url: str):
    requests.post(url)
    return await double(1)
"""
# WAC001 twice (each with a safe fix), WAC101 (no fix)


def fixed_by_cli(tmp_path: Path, text: str, name: str = "copy.py") -> str:
    copy = tmp_path / "cli" / name
    copy.parent.mkdir(exist_ok=True)
    copy.write_text(text, encoding="utf-8")
    fix_file(copy, None, None, None)
    return copy.read_text(encoding="utf-8")


async def actions(
    client: Client, uri: str, only: list[str] | None, line: int = 0, character: int = 0
) -> list[types.CodeAction]:
    at = types.Position(line=line, character=character)
    result = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=at, end=at),
            context=types.CodeActionContext(diagnostics=[], only=only),
        )
    )
    return [a for a in result or [] if isinstance(a, types.CodeAction)]


async def test_source_fix_all_gives_what_check_fix_writes(shared: Client, tmp_path: Path) -> None:
    uri = (tmp_path / "flow.py").as_uri()
    shared.open(uri, ALIASED)
    assert codes(await shared.wait_for_version(uri, 1)) == ["WAC001", "WAC001", "WAC101"]
    expected = fixed_by_cli(tmp_path, ALIASED)
    assert "from wmill import task, workflow" in expected and "@workflow" in expected

    for only, kind in [
        (["source.fixAll"], "source.fixAll"),
        (["source.fixAll.wac-lint"], "source.fixAll.wac-lint"),
        (["source"], "source.fixAll.wac-lint"),
        (None, "source.fixAll.wac-lint"),
    ]:
        found = [a for a in await actions(shared, uri, only) if a.kind.startswith("source")]
        assert [a.kind for a in found] == [kind], only
        assert apply_edits(ALIASED, edits_of(found[0], uri)) == expected

    # Asking for quick fixes or refactorings only: no fix-all source action.
    assert not [a for a in await actions(shared, uri, ["quickfix"]) if a.kind != "quickfix"]
    assert await actions(shared, uri, ["refactor"]) == []

    # Applied, the document has only the finding without a fix left.
    edit = edits_of((await actions(shared, uri, ["source.fixAll"]))[0], uri)
    shared.change(uri, 2, apply_edits(ALIASED, edit))
    assert codes(await shared.wait_for_version(uri, 2)) == ["WAC101"]
    assert await actions(shared, uri, ["source.fixAll"]) == []


async def test_fix_all_of_one_rule_quick_fix(shared: Client, tmp_path: Path) -> None:
    uri = (tmp_path / "flow.py").as_uri()
    shared.open(uri, ALIASED)
    await shared.wait_for_version(uri, 1)
    found = await actions(shared, uri, ["quickfix"], line=1, character=20)
    titles = [a.title for a in found]
    assert titles.count("Fix all WAC001 in this file") == 1
    action = next(a for a in found if a.title == "Fix all WAC001 in this file")
    assert apply_edits(ALIASED, edits_of(action, uri)) == fixed_by_cli(tmp_path, ALIASED)
    # The edit spans whole lines, from the import to the decorator, and no more.
    (edit,) = edits_of(action, uri)
    assert (edit.range.start.line, edit.range.start.character) == (1, 0)
    assert (edit.range.end.line, edit.range.end.character) == (10, 0)

    # A rule with one fixable finding in the file gets no "fix all" of its own.
    single = ALIASED.replace("task as t", "task").replace("@t()", "@task()")
    uri2 = (tmp_path / "single.py").as_uri()
    shared.open(uri2, single)
    assert codes(await shared.wait_for_version(uri2, 1)) == ["WAC001", "WAC101"]
    titles = [a.title for a in await actions(shared, uri2, ["quickfix"], line=1, character=30)]
    assert "Fix all WAC001 in this file" not in titles
    assert any(t.startswith("WAC001:") for t in titles)


async def test_no_fix_all_on_a_document_that_does_not_parse(shared: Client, tmp_path: Path) -> None:
    uri = (tmp_path / "broken.py").as_uri()
    text = ALIASED + "\ndef broken(:\n"
    shared.open(uri, text)
    assert "WAC000" in codes(await shared.wait_for_version(uri, 1))
    assert await actions(shared, uri, ["source.fixAll"]) == []
    assert fixed_by_cli(tmp_path, text) == text  # the command line refuses as well


async def test_fix_all_keeps_crlf_and_a_last_line_without_newline(
    shared: Client, tmp_path: Path
) -> None:
    uri = (tmp_path / "crlf.py").as_uri()
    text = ALIASED.replace("\n", "\r\n").rstrip("\r\n")
    shared.open(uri, text)
    await shared.wait_for_version(uri, 1)
    (action,) = await actions(shared, uri, ["source.fixAll"])
    result = apply_edits(text, edits_of(action, uri))
    assert result == fixed_by_cli(tmp_path, ALIASED).replace("\n", "\r\n").rstrip("\r\n")


async def test_fix_all_setting_turns_the_source_action_off(start: Starter, tmp_path: Path) -> None:
    client = await start(init_options={"fixAll": False})
    uri = (tmp_path / "flow.py").as_uri()
    client.open(uri, ALIASED)
    await client.wait_for_version(uri, 1)
    assert await actions(client, uri, ["source.fixAll"]) == []
    # The rule's own quick fixes stay.
    assert any(
        a.title.startswith("WAC001:")
        for a in await actions(client, uri, None, line=1, character=20)
    )


async def test_apply_autofix_command(start: Starter, tmp_path: Path) -> None:
    client = await start(document_changes=True)
    uri = (tmp_path / "flow.py").as_uri()
    client.open(uri, ALIASED, version=7)
    await client.wait_for_version(uri, 7)
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(
            command="wac-lint.applyAutofix", arguments=[{"uri": uri, "version": 7}]
        )
    )
    assert result is None
    await wait_until(lambda: client.applied_edits)
    (params,) = client.applied_edits
    assert params.edit.document_changes is not None
    (change,) = params.edit.document_changes
    assert isinstance(change, types.TextDocumentEdit)
    assert change.text_document.version == 7  # refused by the editor if the text moved on
    new = apply_edits(ALIASED, [e for e in change.edits if isinstance(e, types.TextEdit)])
    assert new == fixed_by_cli(tmp_path, ALIASED)

    # Bad arguments and closed documents are errors, not silence.
    for arguments in ([], [{"uri": (tmp_path / "closed.py").as_uri()}], ["nonsense"]):
        with pytest.raises(Exception, match="applyAutofix"):
            await client.workspace_execute_command_async(
                types.ExecuteCommandParams(command="wac-lint.applyAutofix", arguments=arguments)
            )


async def test_menu_requests_leave_the_fix_all_edit_to_resolve(
    start: Starter, tmp_path: Path
) -> None:
    client = await start(resolve=True)
    uri = (tmp_path / "flow.py").as_uri()
    client.open(uri, ALIASED)
    await client.wait_for_version(uri, 1)
    # The light bulb's request (no `only`): the actions come without their edits.
    menu = await actions(client, uri, None, line=1, character=20)
    lazy = [a for a in menu if a.title.startswith(("wac-lint: Fix all", "Fix all WAC001"))]
    assert sorted(a.title for a in lazy) == [
        "Fix all WAC001 in this file",
        "wac-lint: Fix all auto-fixable problems",
    ]
    assert all(a.edit is None and a.data is not None for a in lazy)
    expected = fixed_by_cli(tmp_path, ALIASED)
    for action in lazy:
        resolved = await client.code_action_resolve_async(action)
        assert apply_edits(ALIASED, edits_of(resolved, uri)) == expected
    # Fix on save names its kind: the edit comes at once.
    (on_save,) = await actions(client, uri, ["source.fixAll"])
    assert apply_edits(ALIASED, edits_of(on_save, uri)) == expected
    # Resolved after the document changed: no edit (it was for another version).
    client.change(uri, 2, ALIASED + "\n")
    await client.wait_for_version(uri, 2)
    stale = await client.code_action_resolve_async(lazy[0])
    assert stale.edit is None
