"""The first document's diagnostics published before pygls is loaded (lsp/early.py)."""

from __future__ import annotations

import io
import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from pygls.protocol import default_converter

from tests.lsp.raw import RawClient
from wac_lint.engine import analyze_source
from wac_lint.lsp import early, fast_start
from wac_lint.lsp.analysis import Options, Snapshot, analyze
from wac_lint.lsp.diagnostic_json import diagnostic_json
from wac_lint.lsp.diagnostics import to_diagnostic
from wac_lint.lsp.positions import UTF8, UTF16, UTF32, LineIndex
from wac_lint.rule import Finding, Related
from wac_lint.source import SourceFile, language_for_path

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "wac"
SCRIPTS = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".py", ".ts"))
FLOW = (
    "from wmill import workflow\nimport requests\n\n@workflow\nasync def main():\n"
    "    x = '\U0001f600'; requests.post('https://example.com')\n"
)


def frames(*messages: dict[str, Any]) -> bytes:
    return b"".join(fast_start.frame({"jsonrpc": "2.0", **m}) for m in messages)


def did_open(uri: str, text: str, version: int = 1) -> dict[str, Any]:
    document = {"uri": uri, "languageId": "python", "version": version, "text": text}
    return {"method": "textDocument/didOpen", "params": {"textDocument": document}}


def sent(out: io.BytesIO) -> list[dict[str, Any]]:
    messages = []
    data = out.getvalue()
    while data:
        header, _, rest = data.partition(b"\r\n\r\n")
        length = int(header.split(b":")[1])
        messages.append(json.loads(rest[:length]))
        data = rest[length:]
    return messages


@pytest.mark.parametrize("encoding", [UTF8, UTF16, UTF32])
def test_the_json_is_what_pygls_writes(encoding: str, tmp_path: Path) -> None:
    converter = default_converter()
    other = tmp_path / "helper.py"
    other.write_text("# \u00e9\U0001f600 helper\ndef f():\n    pass\n", encoding="utf-8")
    related = (
        Related(str(other), 1, 3, 1, 5, "the helper"),
        Related(str(tmp_path / "gone.py"), 2, 1, 2, 4, "a file that is not there"),
    )
    checked = 0
    for path in SCRIPTS[:40]:
        language = language_for_path(str(path))
        text = path.read_text(encoding="utf-8")
        result = analyze_source(SourceFile(str(path), text, language))
        lines = LineIndex(text, encoding)
        findings: list[Finding] = list(result.findings)
        if findings:
            f = findings[0]
            findings.append(
                Finding(f.code, f.name, f.message, "info", f.filename, 1, 1, 1, 2, related=related)
            )
        for finding in findings:
            expected = converter.unstructure(to_diagnostic(finding, lines))
            assert diagnostic_json(finding, lines) == expected
            checked += 1
    assert checked > 50


def test_the_early_phase_publishes_what_the_server_would(tmp_path: Path) -> None:
    script = tmp_path / "flow.py"
    script.write_text(FLOW, encoding="utf-8")
    init = {"processId": None, "rootUri": tmp_path.as_uri(), "capabilities": {}}
    stream = frames({"method": "initialized", "params": {}}, did_open(script.as_uri(), FLOW))
    later = frames({"id": 2, "method": "shutdown"})
    out = io.BytesIO()
    pump = fast_start.Pump(io.BytesIO(stream + later))
    raw, published = fast_start.early_phase(pump, out, init)
    assert raw == stream  # everything read is handed to pygls, and nothing more
    [notification] = sent(out)
    assert notification["method"] == "textDocument/publishDiagnostics"
    assert notification["params"] == published
    server_side = analyze(Snapshot(script.as_uri(), 1, FLOW, "python"), 0, Options(), root=None)
    assert published is not None
    assert published["diagnostics"] == default_converter().unstructure(server_side.diagnostics)
    assert [d["code"] for d in published["diagnostics"]] == ["WAC101"]


def test_initialization_options_apply_and_pull_clients_get_nothing_early(tmp_path: Path) -> None:
    uri = (tmp_path / "flow.py").as_uri()
    opened = did_open(uri, FLOW)["params"]
    init: dict[str, Any] = {"capabilities": {}, "initializationOptions": {"ignore": ["WAC101"]}}
    params = early.publish_params(init, UTF16, opened)
    assert params == {"uri": uri, "diagnostics": [], "version": 1}
    pulling = {"capabilities": {"textDocument": {"diagnostic": {}}}}
    assert early.publish_params(pulling, UTF16, opened) is None
    assert early.publish_params({"capabilities": {}}, UTF16, {"textDocument": {}}) is None


def test_a_request_or_a_pause_hands_over_at_once() -> None:
    request = frames({"id": 1, "method": "shutdown"})
    out = io.BytesIO()
    raw, published = fast_start.early_phase(fast_start.Pump(io.BytesIO(request)), out, {})
    assert (raw, published, out.getvalue()) == (request, None, b"")
    read_end, write_end = os.pipe()
    try:
        initialized = frames({"method": "initialized", "params": {}})
        os.write(write_end, initialized)
        with open(read_end, "rb", closefd=False) as stream:
            started = time.monotonic()
            raw, published = fast_start.early_phase(fast_start.Pump(stream), out, {})
        # The client sent nothing after `initialized`: the server does not wait for it.
        assert (raw, published) == (initialized, None)
        assert time.monotonic() - started < 10 * fast_start.EARLY_WAIT + 5
    finally:
        os.close(write_end)
        os.close(read_end)


def test_a_real_session_publishes_the_first_diagnostics_once(tmp_path: Path) -> None:
    script = tmp_path / "flow.py"
    script.write_text(FLOW, encoding="utf-8")
    client = RawClient(tmp_path)
    try:
        client.initialize(tmp_path)  # and `initialized`
        client.notify(*did_open(script.as_uri(), FLOW).values())
        first = client.published(1)
        assert [d["code"] for d in first["params"]["diagnostics"]] == ["WAC101"]
        # A code action waits for the server's own analysis of version 1, which
        # finds the same diagnostics and, having been published, does not send them.
        where = {"start": {"line": 5, "character": 0}, "end": {"line": 5, "character": 1}}
        client.request(
            5,
            "textDocument/codeAction",
            {
                "textDocument": {"uri": script.as_uri()},
                "range": where,
                "context": {"diagnostics": []},
            },
        )
        client.response(5)
        publications = [
            m for m in client.received if m.get("method") == "textDocument/publishDiagnostics"
        ]
        assert publications == [first]
    finally:
        client.close()


def test_editor_settings_that_arrive_later_replace_the_early_diagnostics(tmp_path: Path) -> None:
    script = tmp_path / "flow.py"
    script.write_text(FLOW, encoding="utf-8")
    client = RawClient(tmp_path)
    try:
        capabilities = {"workspace": {"configuration": True}}
        init = {"processId": None, "rootUri": tmp_path.as_uri(), "capabilities": capabilities}
        client.request(0, "initialize", init)
        client.response(0)
        client.notify("initialized", {})
        client.notify(*did_open(script.as_uri(), FLOW).values())
        first = client.published(1)
        assert [d["code"] for d in first["params"]["diagnostics"]] == ["WAC101"]
        # The server asks for its settings once loaded; they ignore the early finding's rule.
        asked = client.wait_for(lambda m: m.get("method") == "workspace/configuration")
        client.send({"id": asked["id"], "result": [{"ignore": ["WAC101"]}]})
        later = client.wait_for(
            lambda m: m.get("method") == "textDocument/publishDiagnostics" and m is not first
        )
        assert later["params"] == {"uri": script.as_uri(), "diagnostics": [], "version": 1}
    finally:
        client.close()


class Trickle(io.RawIOBase):
    """A stream that gives its bytes a few at a time, as a pipe may."""

    def __init__(self, data: bytes, size: int) -> None:
        self.data, self.size = data, size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk, self.data = self.data[: self.size], self.data[self.size :]
        buffer[: len(chunk)] = chunk
        return len(chunk)


@pytest.mark.parametrize("size", [1, 3, 7, 1 << 16])
def test_the_pump_reads_lines_and_lengths_across_chunks(size: int) -> None:
    first = frames({"method": "initialized", "params": {}})
    second = frames({"id": 1, "method": "shutdown"})
    pump = fast_start.Pump(io.BufferedReader(Trickle(first + second, size), buffer_size=size))
    assert fast_start.read_message(pump) == (
        first,
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
    )
    assert fast_start.read_message(pump) == (
        second,
        {"jsonrpc": "2.0", "id": 1, "method": "shutdown"},
    )
    assert pump.wait(5.0)  # the end of input counts as something to read
    assert (pump.readline(), pump.read(10)) == (b"", b"")
    assert fast_start.read_message(pump) == (b"", None)
