"""`initialize` answered before pygls is loaded (lsp/fast_start.py).

The early answer must be the one pygls would give: checked here against pygls's
own `initialize` for clients of several kinds, so a feature registered without
updating `fast_start.CAPABILITIES` fails this test.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types

from tests.lsp.raw import RawClient
from wac_lint.lsp import fast_start
from wac_lint.lsp.server import create_server

CLIENTS: list[dict[str, Any]] = [
    {},
    {"general": {"positionEncodings": ["utf-8", "utf-16"]}},
    {"general": {"positionEncodings": ["utf-32"]}},
    {"general": {"positionEncodings": ["latin-1", "utf-16"]}},
    {"general": {"positionEncodings": ["latin-1"]}},
    {"general": {}},
    {"textDocument": {"synchronization": {"willSave": False}}},
    {
        "textDocument": {
            "diagnostic": {"dynamicRegistration": False},
            "synchronization": {"willSave": True, "willSaveWaitUntil": True},
            "rename": {"prepareSupport": True},
        },
        "workspace": {
            "workspaceFolders": True,
            "configuration": True,
            "fileOperations": {"didCreate": True, "willRename": True},
        },
        "notebookDocument": {"synchronization": {}},
    },
]


def pygls_answer(capabilities: dict[str, Any]) -> Any:
    protocol = create_server().protocol
    params = protocol._converter.structure(
        {"processId": None, "rootUri": None, "capabilities": capabilities},
        types.InitializeParams,
    )
    steps = protocol.lsp_initialize(params)
    try:
        next(steps)  # the server's own `initialize` handler
        while True:
            steps.send(None)
    except StopIteration as done:
        return json.loads(json.dumps(protocol._converter.unstructure(done.value)))


@pytest.mark.parametrize("capabilities", CLIENTS)
def test_the_early_answer_is_pygls_answer(capabilities: dict[str, Any]) -> None:
    params = {"processId": None, "rootUri": None, "capabilities": capabilities}
    assert fast_start.answerable(params)
    assert fast_start.initialize_result(params) == pygls_answer(capabilities)


def test_parameters_pygls_would_refuse_are_left_to_it() -> None:
    assert not fast_start.answerable({"capabilities": {}})  # no processId
    assert not fast_start.answerable({"processId": "1", "capabilities": {}})
    assert not fast_start.answerable({"processId": None, "capabilities": 5})
    assert not fast_start.answerable(
        {"processId": None, "capabilities": {"general": {"positionEncodings": "utf-8"}}}
    )
    assert not fast_start.answerable(None)


def test_the_replay_reader_serves_what_was_read_then_the_stream() -> None:
    reader = fast_start.ReplayReader(b"Content-Length: 2\r\n\r\n{}", io.BytesIO(b"tail\nrest"))
    assert reader.readline() == b"Content-Length: 2\r\n"
    assert reader.readline() == b"\r\n"
    assert reader.read(4) == b"{}ta"
    assert reader.readline() == b"il\n"
    assert reader.read(-1) == b"rest"
    partial = fast_start.ReplayReader(b"Content-Le", io.BytesIO(b"ngth: 0\r\n"))
    assert partial.readline() == b"Content-Length: 0\r\n"


def test_only_the_answer_already_sent_is_dropped() -> None:
    out = io.BytesIO()
    writer = fast_start.DroppingWriter(out, 7, {"x": 1})
    request = fast_start.frame({"jsonrpc": "2.0", "id": 7, "method": "workspace/configuration"})
    writer.write(request)  # a request of the server's with the same id: kept
    writer.write(fast_start.frame({"jsonrpc": "2.0", "id": 7, "result": {"x": 1}}))
    later = fast_start.frame({"jsonrpc": "2.0", "id": 7, "result": None})
    writer.write(later)  # only one answer is dropped
    assert out.getvalue() == request + later


def test_a_real_session_after_the_early_answer(tmp_path: Path) -> None:
    script = tmp_path / "flow.py"
    text = "from wmill import workflow\nimport requests\n\n@workflow\nasync def main():\n"
    text += "    requests.post('https://example.com')\n"
    script.write_text(text)
    client = RawClient(tmp_path)
    try:
        client.request(
            3,
            "initialize",
            {
                "processId": None,
                "rootUri": tmp_path.as_uri(),
                "capabilities": {"general": {"positionEncodings": ["utf-8"]}},
            },
        )
        answer = client.response(3)
        assert answer["result"]["capabilities"]["positionEncoding"] == "utf-8"
        client.notify("initialized", {})
        client.notify(
            "textDocument/didOpen",
            {
                "textDocument": {
                    "uri": script.as_uri(),
                    "languageId": "python",
                    "version": 1,
                    "text": text,
                }
            },
        )
        published = client.published(1)
        assert [d["code"] for d in published["params"]["diagnostics"]] == ["WAC101"]
        client.request(4, "shutdown", None)
        client.response(4)
        assert sum(1 for m in client.received if m.get("id") == 3) == 1  # answered once
    finally:
        client.close()


def test_refused_parameters_get_pygls_error(tmp_path: Path) -> None:
    client = RawClient(tmp_path)
    try:
        client.request(1, "initialize", {"processId": None, "capabilities": 5})
        assert "error" in client.response(1)
    finally:
        client.close()
