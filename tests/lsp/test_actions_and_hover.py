"""Code actions applied and re-checked by the server; hover on suppression codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types

from tests.lsp.conftest import Client, Starter
from tests.lsp.support import BAD_PY, BAD_TS, apply_edits, codes, edits_of, position_of

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def actions_for(
    client: Client, uri: str, diagnostic: types.Diagnostic
) -> list[types.CodeAction]:
    result = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic]),
        )
    )
    assert result is not None
    return [a for a in result if isinstance(a, types.CodeAction)]


async def apply_and_recheck(
    client: Client, uri: str, text: str, action: types.CodeAction, version: int = 2
) -> tuple[str, list[types.Diagnostic]]:
    """Apply the action's edit as an editor would, send it, return the new findings."""
    new_text = apply_edits(text, edits_of(action, uri))
    client.change(uri, version, new_text)
    return new_text, await client.wait_for_version(uri, version)


@pytest.mark.parametrize(
    ("name", "text", "language"),
    [("flow.py", BAD_PY, "python"), ("flow.ts", BAD_TS, "typescript")],
)
async def test_rule_fix_applied_and_rechecked(
    start: Starter, tmp_path: Path, name: str, text: str, language: str
) -> None:
    client = await start(document_changes=True)
    uri = (tmp_path / name).as_uri()
    client.open(uri, text, language_id=language)
    diagnostics = await client.wait_for_version(uri, 1)
    wac106 = next(d for d in diagnostics if d.code == "WAC106")
    actions = await actions_for(client, uri, wac106)
    titles = [a.title for a in actions]
    assert "Suppress WAC106 on this line" in titles
    (fix,) = [a for a in actions if not a.title.startswith("Suppress")]
    assert fix.kind == types.CodeActionKind.QuickFix
    assert fix.diagnostics and fix.diagnostics[0].code == "WAC106"
    # documentChanges: the edit names the version it was computed for.
    assert fix.edit and fix.edit.document_changes
    change = fix.edit.document_changes[0]
    assert isinstance(change, types.TextDocumentEdit) and change.text_document.version == 1
    new_text, after = await apply_and_recheck(client, uri, text, fix)
    assert "await fetch" in new_text
    assert codes(after) == ["WAC101", "WAC102"]


@pytest.mark.parametrize(
    ("name", "text", "language", "comment"),
    [
        ("flow.py", BAD_PY, "python", "  # wac-lint: ignore[WAC101]"),
        ("flow.ts", BAD_TS, "typescript", "  // wac-lint: ignore[WAC101]"),
    ],
)
async def test_suppress_action_applied_and_rechecked(
    shared: Client, tmp_path: Path, name: str, text: str, language: str, comment: str
) -> None:
    client = shared
    uri = (tmp_path / name).as_uri()
    client.open(uri, text, language_id=language)
    diagnostics = await client.wait_for_version(uri, 1)
    wac101 = next(d for d in diagnostics if d.code == "WAC101")
    actions = await actions_for(client, uri, wac101)
    (suppress,) = [a for a in actions if a.title == "Suppress WAC101 on this line"]
    new_text, after = await apply_and_recheck(client, uri, text, suppress)
    line = new_text.split("\n")[wac101.range.start.line]
    assert line.endswith(comment)
    assert codes(after) == ["WAC102", "WAC106"]


MERGE_PY = """\
import time

import requests
from wmill import workflow


@workflow
async def main(url: str):
    return requests.post(url, data=str(time.time()))  # note  # wac-lint: ignore[WAC102]
"""


async def test_suppress_merges_into_an_existing_ignore(shared: Client, tmp_path: Path) -> None:
    client = shared
    uri = (tmp_path / "flow.py").as_uri()
    client.open(uri, MERGE_PY)
    (wac101,) = await client.wait_for_version(uri, 1)
    assert wac101.code == "WAC101"
    (suppress,) = [
        a for a in await actions_for(client, uri, wac101) if a.title.startswith("Suppress")
    ]
    new_text, after = await apply_and_recheck(client, uri, MERGE_PY, suppress)
    assert "# note  # wac-lint: ignore[WAC102, WAC101]\n" in new_text
    assert after == []


MULTILINE_PY = '''\
import requests
from wmill import workflow


@workflow
async def main(url: str):
    response = requests.post(url, data="""
payload
""")
    return response.status_code
'''


async def test_suppress_goes_above_a_line_that_ends_inside_a_string(
    shared: Client, tmp_path: Path
) -> None:
    client = shared
    uri = (tmp_path / "flow.py").as_uri()
    client.open(uri, MULTILINE_PY)
    (wac101,) = await client.wait_for_version(uri, 1)
    (suppress,) = [
        a for a in await actions_for(client, uri, wac101) if a.title.startswith("Suppress")
    ]
    new_text, after = await apply_and_recheck(client, uri, MULTILINE_PY, suppress)
    # The string's content is untouched and the comment stands alone above the call.
    assert (
        '    # wac-lint: ignore[WAC101]\n    response = requests.post(url, data="""\npayload\n"""'
        in new_text
    )
    assert after == []


async def test_actions_follow_the_requested_range_without_context(
    shared: Client, tmp_path: Path
) -> None:
    client = shared
    uri = (tmp_path / "flow.py").as_uri()
    client.open(uri, BAD_PY)
    await client.wait_for_version(uri, 1)
    # A cursor on line 15 (requests.post), no diagnostics in the context.
    cursor = types.Position(line=14, character=20)
    result = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=cursor, end=cursor),
            context=types.CodeActionContext(diagnostics=[]),
        )
    )
    assert result is not None
    assert [a.title for a in result] == [
        'WAC101: Wrap in `step("requests_post", ...)`',
        "Suppress WAC101 on this line",
    ]
    # Asking only for refactorings: no quick fixes.
    none = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=cursor, end=cursor),
            context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.Refactor]),
        )
    )
    assert not none


HOVER_PY = """\
import time

import requests
from wmill import workflow

NOTE = "wac-lint: ignore[WAC101]"


@workflow
async def main(url: str):
    return requests.post(url, data=str(time.time()))  # wac-lint: ignore[WAC102, WAC101]


def helper():
    return 1  # noqa: WAC006
"""

HOVER_TS = """\
// wac-lint: ignore-file[WAC102]
import { workflow } from "windmill-client";

export const main = workflow(async () => Date.now());
"""


async def hover_at(client: Client, uri: str, position: types.Position) -> types.Hover | None:
    return await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position)
    )


async def test_hover_on_a_code_in_a_suppression_comment(shared: Client, tmp_path: Path) -> None:
    client = shared
    uri = (tmp_path / "flow.py").as_uri()
    client.open(uri, HOVER_PY)
    assert await client.wait_for_version(uri, 1) == []

    # On the second code of the list, inside the comment (cursor mid-code).
    position = position_of(HOVER_PY, "WAC101]\n\n\ndef", delta=3)
    result = await hover_at(client, uri, position)
    assert result is not None
    assert isinstance(result.contents, types.MarkupContent)
    assert result.contents.kind == types.MarkupKind.Markdown
    assert "**WAC101** `side-effect-in-workflow-body`" in result.contents.value
    assert "## Why is this bad" in result.contents.value
    assert "/rules.md#wac101)" in result.contents.value
    assert result.range is not None
    assert result.range.start == position_of(HOVER_PY, "WAC101]\n\n\ndef")
    assert result.range.end == position_of(HOVER_PY, "WAC101]\n\n\ndef", delta=6)

    # A Python noqa comment counts too.
    noqa = await hover_at(client, uri, position_of(HOVER_PY, "WAC006", delta=1))
    assert noqa is not None and "main-called-directly" in str(noqa.contents)

    # The same words in a string, or plain code: nothing.
    assert await hover_at(client, uri, position_of(HOVER_PY, 'WAC101]"', delta=2)) is None
    assert await hover_at(client, uri, position_of(HOVER_PY, "requests.post")) is None


async def test_hover_in_a_typescript_file_wide_suppression(shared: Client, tmp_path: Path) -> None:
    client = shared
    uri = (tmp_path / "flow.ts").as_uri()
    client.open(uri, HOVER_TS, language_id="typescript")
    # WAC102 suppressed; WAC903 left: Windmill's diagram parser does not read an arrow
    # with an expression body as a workflow
    assert codes(await client.wait_for_version(uri, 1)) == ["WAC903"]
    result = await hover_at(client, uri, position_of(HOVER_TS, "WAC102", delta=5))
    assert result is not None
    assert "nondeterminism-in-workflow-body" in str(result.contents)


async def test_quick_fix_inserts_lines_with_the_documents_line_ending(
    shared: Client, tmp_path: Path
) -> None:
    """WAC002's fix adds an import line: LF in a CRLF document, before."""
    text = (
        "import wmill\r\n\r\n\r\n@wmill.task()\r\nasync def double(x: int) -> int:\r\n"
        "    return x * 2\r\n\r\n\r\n@wmill.workflow\r\nasync def main(x: int):\r\n"
        "    return await double(x)\r\n"
    )
    uri = (tmp_path / "crlf.py").as_uri()
    shared.open(uri, text)
    diagnostics = await shared.wait_for_version(uri, 1)
    wac002 = next(d for d in diagnostics if d.code == "WAC002")
    actions = await actions_for(shared, uri, wac002)
    fix = next(a for a in actions if a.title.startswith("WAC002: Import"))
    fixed = apply_edits(text, edits_of(fix, uri))
    assert fixed.startswith("import wmill\r\nfrom wmill import "), fixed
    assert "\n" not in fixed.replace("\r\n", "")


async def test_actions_after_an_edit_in_a_comment(shared: Client, tmp_path: Path) -> None:
    """A comment edit reuses the findings (`lsp/reuse.py`); the quick fix still comes
    from the current text, built from a model made when the action asks."""
    text = BAD_PY.replace("\n\n@task()", "\n# notes\n\n@task()")
    uri = (tmp_path / "commented.py").as_uri()
    shared.open(uri, text)
    first = await shared.wait_for_version(uri, 1)
    for version, typed in [(2, " on"), (3, " fetch")]:  # typed at the comment's end
        end = text.index("# notes") + len("# notes")
        end += text[end:].index("\n")
        at = position_of(text, "# notes", delta=end - text.index("# notes"))
        shared.change(uri, version, typed, types.Range(start=at, end=at))
        text = text[:end] + typed + text[end:]
        assert await shared.wait_for_version(uri, version) == first
    wac106 = next(d for d in first if d.code == "WAC106")
    actions = await actions_for(shared, uri, wac106)
    (fix,) = [a for a in actions if not a.title.startswith("Suppress")]
    new_text = apply_edits(text, edits_of(fix, uri))
    assert "# notes on fetch\n" in new_text and "    await fetch(url)" in new_text
