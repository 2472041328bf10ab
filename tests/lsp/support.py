"""Scripts and text helpers shared by the LSP tests (positions computed independently
of the server's own conversion code, so a bug there cannot hide in both)."""

from __future__ import annotations

from lsprotocol import types

BAD_PY = """\
import requests
from datetime import datetime
from wmill import task, workflow


@task()
async def fetch(x: str) -> str:
    return x


@workflow
async def main(url: str):
    started = datetime.now()
    fetch(url)
    return requests.post(url, json={"t": str(started)}).status_code
"""
# WAC102 13:15-13:27, WAC106 14:5-14:15 (fix: insert "await "), WAC101 15:12-15:25

BAD_TS = """\
import { task, workflow } from "windmill-client";

const fetchIt = task(async (x: string) => x);

export const main = workflow(async (url: string) => {
  const started = Date.now();
  fetchIt(url);
  const res = await fetch(url, { method: "POST", body: String(started) });
  return res.status;
});
"""
# WAC102 6:19-6:27, WAC106 7:3-7:15 (fix), WAC101 8:21-8:26

GOOD_PY = """\
from wmill import task, workflow


@task()
async def double(x: int) -> int:
    return x * 2


@workflow
async def main(x: int):
    return await double(x)
"""


def codes(diagnostics: list[types.Diagnostic]) -> list[str]:
    return sorted(str(d.code) for d in diagnostics)


def units(text: str, encoding: str) -> int:
    if encoding == types.PositionEncodingKind.Utf8:
        return len(text.encode("utf-8"))
    if encoding == types.PositionEncodingKind.Utf32:
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def offset(text: str, position: types.Position, encoding: str = "utf-16") -> int:
    """String index of an LSP position (lines split on \\n, as the server does)."""
    lines = text.split("\n")
    start = sum(len(line) + 1 for line in lines[: position.line])
    line = lines[position.line] if position.line < len(lines) else ""
    for index in range(len(line) + 1):
        if units(line[:index], encoding) >= position.character:
            return start + index
    return start + len(line)


def apply_edits(text: str, edits: list[types.TextEdit], encoding: str = "utf-16") -> str:
    spans = sorted(
        (
            (offset(text, e.range.start, encoding), offset(text, e.range.end, encoding), e.new_text)
            for e in edits
        ),
        reverse=True,
    )
    for start, end, new_text in spans:
        text = text[:start] + new_text + text[end:]
    return text


def edits_of(action: types.CodeAction, uri: str) -> list[types.TextEdit]:
    edit = action.edit
    assert edit is not None
    if edit.changes:
        return list(edit.changes[uri])
    assert edit.document_changes
    result: list[types.TextEdit] = []
    for change in edit.document_changes:
        assert isinstance(change, types.TextDocumentEdit)
        assert change.text_document.uri == uri
        result.extend(e for e in change.edits if isinstance(e, types.TextEdit))
    return result


def position_of(text: str, needle: str, encoding: str = "utf-16", delta: int = 0) -> types.Position:
    """The LSP position of the first `needle` in `text` (plus `delta` characters)."""
    index = text.index(needle) + delta
    line = text.count("\n", 0, index)
    line_start = text.rfind("\n", 0, index) + 1
    return types.Position(line=line, character=units(text[line_start:index], encoding))
