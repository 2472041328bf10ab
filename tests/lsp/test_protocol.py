"""Every request gets an answer: malformed positions, unknown methods (issue 9)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.lsp.raw import RawClient
from tests.lsp.support import BAD_PY

INVALID_PARAMS = -32602
METHOD_NOT_FOUND = -32601
INVALID_REQUEST = -32600


@pytest.fixture
def raw(tmp_path: Path) -> Iterator[RawClient]:
    client = RawClient(tmp_path)
    client.initialize(tmp_path)
    yield client
    client.close()


def open_document(raw: RawClient, uri: str, text: str, version: int = 1) -> None:
    raw.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "python", "version": version, "text": text}},
    )


def test_out_of_range_positions_get_an_error_response(raw: RawClient, tmp_path: Path) -> None:
    uri = (tmp_path / "flow.py").as_uri()
    open_document(raw, uri, BAD_PY)
    positions = [
        {"line": -1, "character": 0},
        {"line": 2**40, "character": 0},
        {"line": 0, "character": -5},
        {"line": "one", "character": 0},
    ]
    for id_, position in enumerate(positions, start=1):
        raw.request(id_, "textDocument/hover", {"textDocument": {"uri": uri}, "position": position})
    raw.request(
        10,
        "textDocument/codeAction",
        {
            "textDocument": {"uri": uri},
            "range": {"start": {"line": -3, "character": 0}, "end": {"line": 0, "character": 0}},
            "context": {"diagnostics": []},
        },
    )
    for id_ in [*range(1, len(positions) + 1), 10]:
        error = raw.response(id_)["error"]
        assert error["code"] == INVALID_PARAMS
    assert "Position.line should be in range" in raw.response(1)["error"]["message"]
    assert "Position.character" in raw.response(3)["error"]["message"]

    # In range for the protocol but past the end of the document: a result.
    far = {"line": 2**31 - 1, "character": 2**31 - 1}
    raw.request(20, "textDocument/hover", {"textDocument": {"uri": uri}, "position": far})
    assert raw.response(20) == {"jsonrpc": "2.0", "id": 20, "result": None}
    raw.request(
        21,
        "textDocument/codeAction",
        {
            "textDocument": {"uri": uri},
            "range": {"start": far, "end": far},
            "context": {"diagnostics": []},
        },
    )
    assert "result" in raw.response(21)
    # A change past the end is applied (clamped) and the server goes on.
    raw.notify(
        "textDocument/didChange",
        {
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [{"range": {"start": far, "end": far}, "text": "\n# end\n"}],
        },
    )
    published = raw.published(2)
    assert sorted(d["code"] for d in published["params"]["diagnostics"]) == [
        "WAC101",
        "WAC102",
        "WAC106",
    ]


def test_unknown_methods_are_answered_and_not_reported_as_errors(
    raw: RawClient, tmp_path: Path
) -> None:
    raw.request(1, "wac-lint/unknown", {})
    raw.request(2, "$/somethingNew", {})
    raw.notify("$/unknownNotification", {})
    raw.notify("wac-lint/unknownNotification", {"x": 1})
    assert raw.response(1)["error"]["code"] == METHOD_NOT_FOUND
    assert raw.response(2)["error"]["code"] == METHOD_NOT_FOUND
    # The server is still there, and told the user nothing about any of it.
    raw.request(3, "shutdown", None)
    assert raw.response(3)["result"] is None
    logged = [m for m in raw.received if m.get("method") == "window/logMessage"]
    assert logged == []


def test_requests_after_shutdown_get_an_error_and_exit_still_ends_the_server(
    raw: RawClient, tmp_path: Path
) -> None:
    # pygls drops them silently; a client waits forever for the answer.
    raw.request(1, "shutdown", None)
    assert raw.response(1)["result"] is None
    raw.notify("textDocument/didOpen", {"textDocument": {}})  # a notification: no answer
    raw.request(2, "shutdown", None)
    position = {"line": 0, "character": 0}
    hover = {"textDocument": {"uri": (tmp_path / "a.py").as_uri()}, "position": position}
    raw.request(3, "textDocument/hover", hover)
    assert raw.response(2)["error"]["code"] == INVALID_REQUEST
    assert raw.response(3)["error"]["code"] == INVALID_REQUEST
    assert not [m for m in raw.received if "id" not in m and "method" not in m]
    raw.notify("exit", None)
    assert raw.process.wait(timeout=30) == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc for the RSS")
def test_memory_after_10000_edits_stays_within_20_percent(tmp_path: Path) -> None:
    raw = RawClient(tmp_path)
    try:
        raw.initialize(tmp_path, {"debounce": 20})
        uri = (tmp_path / "flow.py").as_uri()
        open_document(raw, uri, BAD_PY)
        version = 1

        def edits(count: int) -> None:
            # Type and delete a character on the first line, in bursts as typing comes,
            # waiting for each burst's diagnostics so that analyses really run.
            nonlocal version
            for n in range(count):
                version += 1
                at = {"line": 0, "character": 0}
                change = (
                    {"range": {"start": at, "end": at}, "text": "#"}
                    if version % 2 == 0
                    else {"range": {"start": at, "end": {"line": 0, "character": 1}}, "text": ""}
                )
                raw.notify(
                    "textDocument/didChange",
                    {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]},
                )
                if n % 50 == 49:
                    raw.published(version)
                    raw.received.clear()

        edits(100)
        after_100 = raw.rss_kib()
        edits(10_000)
        after_10_000 = raw.rss_kib()
        assert after_10_000 <= after_100 * 1.2, (after_100, after_10_000)
    finally:
        raw.close()
