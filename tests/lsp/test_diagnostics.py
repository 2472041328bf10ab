"""Diagnostics end to end: push and pull, ranges in every position encoding,
syntax errors, close."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

import pytest
from lsprotocol import types

from tests.lsp.conftest import Client, Starter
from tests.lsp.support import BAD_PY, BAD_TS, GOOD_PY, codes, position_of

pytestmark = pytest.mark.asyncio(loop_scope="module")


def uri_in(tmp_path: Path, name: str) -> str:
    return (tmp_path / name).as_uri()


async def test_push_after_open_change_and_save(shared: Client, tmp_path: Path) -> None:
    client = shared
    uri = uri_in(tmp_path, "flow.py")
    client.open(uri, BAD_PY)
    diagnostics = await client.wait_for_version(uri, 1)
    assert codes(diagnostics) == ["WAC101", "WAC102", "WAC106"]
    by_code = {d.code: d for d in diagnostics}
    wac102 = by_code["WAC102"]
    assert wac102.range == types.Range(
        start=types.Position(line=12, character=14), end=types.Position(line=12, character=26)
    )
    assert wac102.source == "wac-lint"
    assert wac102.severity == types.DiagnosticSeverity.Error
    assert wac102.code_description is not None
    # The link resolves: the rule reference installed with the package, at the rule.
    href = wac102.code_description.href
    assert href.startswith("file://") and href.endswith("/rules.md#wac102")
    page = Path(url2pathname(urlparse(href).path))
    assert '<a id="wac102"></a>' in page.read_text(encoding="utf-8")
    assert "datetime.now" in wac102.message

    # A full-text change to a clean script clears the findings for version 2.
    client.change(uri, 2, GOOD_PY)
    assert await client.wait_for_version(uri, 2) == []

    # Saving publishes again (for the current version).
    before = len(client.published)
    client.text_document_did_save(
        types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    params = await client.wait_for_publish(uri, after=before)
    assert params.version == 2


async def test_typescript_document(shared: Client, tmp_path: Path) -> None:
    client = shared
    uri = uri_in(tmp_path, "flow.ts")
    client.open(uri, BAD_TS, language_id="typescript")
    diagnostics = await client.wait_for_version(uri, 1)
    assert codes(diagnostics) == ["WAC101", "WAC102", "WAC106"]
    wac101 = next(d for d in diagnostics if d.code == "WAC101")
    assert wac101.range.start == types.Position(line=7, character=20)


async def test_pull_diagnostics_when_the_client_supports_them(
    start: Starter, tmp_path: Path
) -> None:
    client = await start(pull=True)
    uri = uri_in(tmp_path, "flow.py")
    client.open(uri, BAD_PY)
    report = await client.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    assert isinstance(report, types.RelatedFullDocumentDiagnosticReport)
    assert codes(list(report.items)) == ["WAC101", "WAC102", "WAC106"]
    assert report.result_id

    # Same version asked again with the previous id: unchanged.
    again = await client.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            previous_result_id=report.result_id,
        )
    )
    assert isinstance(again, types.RelatedUnchangedDocumentDiagnosticReport)

    # After an edit: a new full report for the new text.
    client.change(uri, 2, GOOD_PY)
    fresh = await client.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            previous_result_id=report.result_id,
        )
    )
    assert isinstance(fresh, types.RelatedFullDocumentDiagnosticReport)
    assert list(fresh.items) == []
    assert fresh.result_id != report.result_id
    # A pull client gets no pushed diagnostics for the document.
    assert client.publishes(uri) == []


NON_ASCII_PY = """\
from datetime import datetime
from wmill import workflow


@workflow
async def main():
    label = "café 東京 🎉🎉"; started = datetime.now()
    return [label, started]
"""

NON_ASCII_TS = """\
import { workflow } from "windmill-client";

export const main = workflow(async () => {
  const label = "café 東京 🎉🎉"; const started = Date.now();
  return [label, started];
});
"""


@pytest.mark.parametrize(
    "encoding",
    [
        None,  # the client states none: UTF-16
        types.PositionEncodingKind.Utf16,
        types.PositionEncodingKind.Utf8,
        types.PositionEncodingKind.Utf32,
    ],
)
async def test_ranges_after_non_ascii_text_on_the_same_line(
    start: Starter, tmp_path: Path, encoding: str | None
) -> None:
    client = await start(encodings=[encoding] if encoding else None)
    expected = encoding or types.PositionEncodingKind.Utf16
    for name, text, language, needle in [
        ("flow.py", NON_ASCII_PY, "python", "datetime.now"),
        ("flow.ts", NON_ASCII_TS, "typescript", "Date.now"),
    ]:
        uri = uri_in(tmp_path, name)
        client.open(uri, text, language_id=language)
        diagnostics = await client.wait_for_version(uri, 1)
        (finding,) = [d for d in diagnostics if d.code == "WAC102"]
        assert finding.range.start == position_of(text, needle, expected), name
        assert finding.range.end == position_of(text, needle, expected, delta=len(needle)), name
        # The accents, CJK and emoji make the encodings disagree: the test would notice
        # a server counting in the wrong unit.
        characters = position_of(text, needle, "utf-32").character
        if expected != "utf-32":
            assert finding.range.start.character != characters


async def test_syntax_error_keeps_the_other_findings(shared: Client, tmp_path: Path) -> None:
    client = shared
    uri = uri_in(tmp_path, "flow.py")
    text = BAD_PY + "\n\ndef broken(:\n    pass\n"
    client.open(uri, text)
    diagnostics = await client.wait_for_version(uri, 1)
    assert "WAC000" in codes(diagnostics)
    assert {"WAC101", "WAC102", "WAC106"} <= set(codes(diagnostics))
    wac000 = next(d for d in diagnostics if d.code == "WAC000")
    assert wac000.range.start.line == text.split("\n").index("def broken(:")


async def test_close_clears(shared: Client, tmp_path: Path) -> None:
    client = shared
    uri = uri_in(tmp_path, "flow.py")
    client.open(uri, BAD_PY)
    assert await client.wait_for_version(uri, 1)
    count = len(client.published)
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    cleared = await client.wait_for_publish(uri, after=count)
    assert list(cleared.diagnostics) == []


async def test_crlf_document_has_the_same_ranges(shared: Client, tmp_path: Path) -> None:
    client = shared
    lf, crlf = uri_in(tmp_path, "lf.py"), uri_in(tmp_path, "crlf.py")
    client.open(lf, BAD_PY)
    client.open(crlf, BAD_PY.replace("\n", "\r\n"))
    expected = [(d.code, d.range) for d in await client.wait_for_version(lf, 1)]
    assert [(d.code, d.range) for d in await client.wait_for_version(crlf, 1)] == expected


async def test_an_alias_bomb_beside_the_script_is_reported_not_expanded(
    shared: Client, tmp_path: Path
) -> None:
    """Issue 9: a 506-byte YAML alias bomb in the `.script.yaml` hung the server."""
    from tests.trust.test_hostile import SCRIPT, alias_bomb

    (tmp_path / "bomb.script.yaml").write_text(alias_bomb())
    (tmp_path / "bomb.py").write_text(SCRIPT)
    uri = uri_in(tmp_path, "bomb.py")
    shared.open(uri, SCRIPT)
    diagnostics = await shared.wait_for_version(uri, 1)
    assert codes(diagnostics) == ["WAC901"]
    assert "its aliases expand to more than 100,000 nodes" in diagnostics[0].message
