"""The server never falls over: crashing rules, bursts of edits, huge, binary and
untitled documents, shutdown/exit, TCP."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import time
from pathlib import Path

import pytest
from lsprotocol import types

from tests.lsp.conftest import CRASHING_SERVER, SERVER, TIMEOUT, Client, Starter
from tests.lsp.support import BAD_PY, codes

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def test_crashing_rule_is_logged_and_the_others_still_report(
    start: Starter, tmp_path: Path
) -> None:
    client = await start(server=CRASHING_SERVER)
    uri = (tmp_path / "flow.py").as_uri()
    client.open(uri, BAD_PY)
    # WAC999 (the injected rule) raised on this document; every real rule reported.
    assert codes(await client.wait_for_version(uri, 1)) == ["WAC101", "WAC102", "WAC106"]
    message = await client.wait_for_log("rule WAC999 failed")
    assert message.type == types.MessageType.Error
    assert "deliberate failure in a test rule" in message.message
    assert "(skipped)" in message.message
    # Logged once, not after every edit that meets the same failure again.
    client.change(uri, 2, BAD_PY + "\n")
    await client.wait_for_version(uri, 2)
    assert sum("rule WAC999 failed" in m.message for m in client.log_messages) == 1


async def test_burst_of_500_edits_publishes_only_the_last_version(
    shared: Client, tmp_path: Path
) -> None:
    client = shared
    uri = (tmp_path / "flow.py").as_uri()
    client.open(uri, BAD_PY)
    assert len(await client.wait_for_version(uri, 1)) == 3
    first = len(client.published)

    # 499 keystrokes typing a comment, then one edit that removes a finding.
    typed = "  # " + "x" * 495
    for index, char in enumerate(typed):
        at = types.Position(line=0, character=len("import requests") + index)
        client.change(uri, index + 2, char, types.Range(start=at, end=at))
    last = len(typed) + 2
    line = BAD_PY.split("\n").index("    fetch(url)")
    client.change(
        uri,
        last,
        "",
        types.Range(
            start=types.Position(line=line, character=0),
            end=types.Position(line=line + 1, character=0),
        ),
    )
    assert last == 501
    assert codes(await client.wait_for_version(uri, last)) == ["WAC101", "WAC102"]

    # The server answers at once, and nothing stale turns up later.
    started = time.monotonic()
    await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=0, character=0),
        )
    )
    assert time.monotonic() - started < 2.0
    await asyncio.sleep(0.4)
    versions = [p.version for p in client.published[first:] if p.uri == uri]
    assert versions == [last]


async def test_pull_requests_during_a_burst_never_return_an_older_version(
    start: Starter, tmp_path: Path
) -> None:
    client = await start(pull=True)
    uri = (tmp_path / "flow.py").as_uri()
    client.open(uri, BAD_PY)
    request = types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri))
    # A client like Neovim asks after every change; the answers must describe the
    # document as it is when they arrive, i.e. the final text.
    pending = []
    line = BAD_PY.split("\n").index("    fetch(url)")
    for version in range(2, 102):
        if version == 101:  # the last edit removes the WAC106 line
            start_, end = (line, 0), (line + 1, 0)
            text = ""
        else:
            start_ = end = (0, len("import requests") + version - 2)
            text = "#" if version == 2 else "x"
        client.change(
            uri,
            version,
            text,
            types.Range(
                start=types.Position(line=start_[0], character=start_[1]),
                end=types.Position(line=end[0], character=end[1]),
            ),
        )
        pending.append(asyncio.ensure_future(client.text_document_diagnostic_async(request)))
    reports = await asyncio.wait_for(asyncio.gather(*pending), TIMEOUT)
    for report in reports:
        assert isinstance(report, types.RelatedFullDocumentDiagnosticReport)
        assert codes(list(report.items)) == ["WAC101", "WAC102"]


async def test_huge_binary_broken_untitled_and_foreign_documents_leave_the_server_responsive(
    start: Starter, tmp_path: Path
) -> None:
    client = await start()
    huge = (tmp_path / "huge.py").as_uri()
    client.open(huge, "x = 1\n" * (10 * 1024 * 1024 // 6 + 1))  # just over 10 MB
    binary = (tmp_path / "blob.py").as_uri()
    client.open(binary, "\x00\x01\x02ELF\x00" * 1000)
    markdown = (tmp_path / "README.md").as_uri()
    client.open(markdown, "# notes\n", language_id="markdown")
    surrogate = (tmp_path / "surrogate.py").as_uri()
    client.open(surrogate, 'x = "\ud800"\n')  # legal JSON, not encodable as UTF-8
    untitled = "untitled:Untitled-1"
    client.open(untitled, BAD_PY, language_id="python")

    # The untitled buffer is checked (by its languageId) like any other.
    assert codes(await client.wait_for_version(untitled, 1)) == ["WAC101", "WAC102", "WAC106"]
    assert await client.wait_for_version(huge, 1) == []
    assert await client.wait_for_version(binary, 1) == []
    assert await client.wait_for_version(markdown, 1) == []
    assert await client.wait_for_version(surrogate, 1) == []
    # The messages of `wac-lint check` (one input gate for files and documents).
    await client.wait_for_log("surrogate.py: not checked: not valid Unicode (a lone surrogate")
    await client.wait_for_log("huge.py: not checked: file too large (more than ")
    await client.wait_for_log("blob.py: not checked: binary file (contains NUL bytes)")

    # Still responsive: an edit to the huge document, then a normal one checked quickly.
    end = types.Position(line=3, character=0)
    client.change(huge, 2, "y = 2\n", types.Range(start=end, end=end))
    started = time.monotonic()
    flow = (tmp_path / "flow.py").as_uri()
    client.open(flow, BAD_PY)
    assert len(await client.wait_for_version(flow, 1)) == 3
    assert time.monotonic() - started < 5.0
    assert await client.wait_for_version(huge, 2) == []


async def test_shutdown_and_exit_are_clean(start: Starter, tmp_path: Path) -> None:
    client = await start()
    uri = (tmp_path / "flow.py").as_uri()
    client.open(uri, BAD_PY)
    await client.wait_for_version(uri, 1)
    client.change(uri, 2, BAD_PY + "\n")  # leaves a debounced analysis pending
    assert await asyncio.wait_for(client.shutdown_async(None), TIMEOUT) is None
    client.exit(None)
    process = client._server
    assert process is not None
    assert await asyncio.wait_for(process.wait(), TIMEOUT) == 0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def frame(payload: dict[str, object]) -> bytes:
    body = json.dumps(payload).encode()
    return f"Content-Length: {len(body)}\r\n\r\n".encode() + body


async def read_message(reader: asyncio.StreamReader) -> dict[str, object]:
    headers = await reader.readuntil(b"\r\n\r\n")
    length = next(
        int(line.split(b":")[1])
        for line in headers.split(b"\r\n")
        if line.lower().startswith(b"content-length")
    )
    return json.loads(await reader.readexactly(length))


async def test_tcp_mode(tmp_path: Path) -> None:
    port = free_port()
    process = subprocess.Popen(
        [*SERVER, "--tcp", f"127.0.0.1:{port}"], stderr=subprocess.PIPE, stdin=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + TIMEOUT
        while True:
            try:
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                await asyncio.sleep(0.05)
        writer.write(
            frame(
                {
                    "jsonrpc": "2.0",
                    "id": 1,
                    "method": "initialize",
                    "params": {"processId": None, "rootUri": None, "capabilities": {}},
                }
            )
        )
        response = await asyncio.wait_for(read_message(reader), TIMEOUT)
        assert response["id"] == 1
        result = response["result"]
        assert isinstance(result, dict)
        assert result["serverInfo"]["name"] == "wac-lint"
        assert result["capabilities"]["positionEncoding"] == "utf-16"
        writer.write(frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
        assert (await asyncio.wait_for(read_message(reader), TIMEOUT))["id"] == 2
        writer.write(frame({"jsonrpc": "2.0", "method": "exit"}))
        await writer.drain()
        assert await asyncio.to_thread(process.wait, TIMEOUT) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
