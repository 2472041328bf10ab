"""A bare JSON-RPC client over the server's stdio, for messages a typed client
refuses to send (negative positions, unknown methods) and for watching the
server process itself (its memory)."""

from __future__ import annotations

import json
import os
import select
import subprocess
import time
from pathlib import Path
from typing import Any

from tests.lsp.conftest import SERVER, TIMEOUT


class RawClient:
    def __init__(self, cwd: Path, server: list[str] = SERVER) -> None:
        self.process = subprocess.Popen(
            server,
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.buffer = b""
        self.received: list[dict[str, Any]] = []

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def request(self, id_: int, method: str, params: Any) -> None:
        self.send({"id": id_, "method": method, "params": params})

    def notify(self, method: str, params: Any) -> None:
        self.send({"method": method, "params": params})

    def _read(self, timeout: float) -> None:
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        if ready:
            chunk = os.read(self.process.stdout.fileno(), 1 << 16)
            if not chunk:
                raise AssertionError("the server closed its output")
            self.buffer += chunk
        while b"\r\n\r\n" in self.buffer:
            header, rest = self.buffer.split(b"\r\n\r\n", 1)
            length = next(
                int(line.split(b":")[1])
                for line in header.split(b"\r\n")
                if line.lower().startswith(b"content-length")
            )
            if len(rest) < length:
                break
            self.received.append(json.loads(rest[:length]))
            self.buffer = rest[length:]

    def wait_for(self, predicate: Any, timeout: float = TIMEOUT) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        seen = 0
        while True:
            for message in self.received[seen:]:
                if predicate(message):
                    return message
            seen = len(self.received)
            if time.monotonic() > deadline:
                raise AssertionError(f"no matching message; got {self.received[-5:]}")
            self._read(0.05)

    def published(self, version: int) -> dict[str, Any]:
        """The `publishDiagnostics` of a document version."""
        return self.wait_for(
            lambda m: (
                m.get("method") == "textDocument/publishDiagnostics"
                and m["params"]["version"] == version
            )
        )

    def response(self, id_: int) -> dict[str, Any]:
        return self.wait_for(lambda m: m.get("id") == id_ and "method" not in m)

    def initialize(self, root: Path, options: Any = None) -> dict[str, Any]:
        self.request(
            0,
            "initialize",
            {
                "processId": None,
                "rootUri": root.as_uri(),
                "capabilities": {},
                "initializationOptions": options,
            },
        )
        result = self.response(0)
        self.notify("initialized", {})
        return result

    def rss_kib(self) -> int:
        """Resident memory of the server process (Linux)."""
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        rss = next(line for line in status.splitlines() if line.startswith("VmRSS"))
        return int(rss.split()[1])

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                self.request(9999, "shutdown", None)
                self.response(9999)
                self.notify("exit", None)
                self.process.wait(timeout=10)
            except Exception:
                self.process.kill()
                self.process.wait()
