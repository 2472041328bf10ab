"""Answering `initialize` before pygls is loaded.

Importing pygls's protocol types (`lsprotocol.types`, about a thousand attrs
classes) takes 0.6 s of CPU, so a pygls server answers `initialize` a second or
more after the editor started it. Here the server is loaded on a thread while
this one reads the first message; an `initialize` request is answered at once
with the capabilities below, then handed to pygls with the rest of the stream
(pygls sets its state from it as usual; its own answer, the same, is dropped).

The capabilities are what pygls computes from the features `create_server`
registers; only the position encoding depends on the client (the first of its
`general.positionEncodings` that pygls supports, else UTF-16).
`tests/lsp/test_fast_start.py` checks them against pygls's answer, so a feature
added to the server without updating them fails there. Nothing here imports
pygls or lsprotocol.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import threading
from collections.abc import Callable
from functools import partial
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Protocol, cast

from wac_lint import __version__

if TYPE_CHECKING:
    from wac_lint.lsp.server import WacLintServer

SUPPORTED_ENCODINGS = ("utf-8", "utf-16", "utf-32")
CAPABILITIES: dict[str, Any] = {
    "textDocumentSync": {"openClose": True, "change": 2, "save": True},  # see below
    "hoverProvider": True,
    "codeActionProvider": {
        "codeActionKinds": ["quickfix", "source.fixAll", "source.fixAll.wac-lint"],
        "resolveProvider": True,
    },
    "executeCommandProvider": {"commands": ["wac-lint.applyAutofix"]},
    "diagnosticProvider": {
        "interFileDependencies": False,
        "workspaceDiagnostics": True,
        "identifier": "wac-lint",
    },
    "workspace": {
        "workspaceFolders": {"supported": True, "changeNotifications": True},
        "fileOperations": {},
    },
}
SYNC_FLAGS = ("willSave", "willSaveWaitUntil")
MAX_HEADER_LINES = 32
logger = logging.getLogger(__name__)


def position_encoding(params: Any) -> str:
    """pygls's choice: the client's first supported preference, else UTF-16."""
    capabilities = params.get("capabilities") if isinstance(params, dict) else None
    general = capabilities.get("general") if isinstance(capabilities, dict) else None
    encodings = general.get("positionEncodings") if isinstance(general, dict) else None
    for encoding in encodings if isinstance(encodings, list) else ():
        if encoding in SUPPORTED_ENCODINGS:
            return str(encoding)
    return "utf-16"


def answerable(params: Any) -> bool:
    """Parameters pygls will accept, as far as a shallow look can tell (else pygls answers)."""
    if not isinstance(params, dict) or not isinstance(params.get("capabilities"), dict):
        return False
    process = params.get("processId")
    if "processId" not in params or not (process is None or type(process) is int):
        return False
    if not all(
        params.get(k) is None or isinstance(params[k], str) for k in ("rootUri", "rootPath")
    ):
        return False
    asked = _synchronization(params)
    if any(asked.get(k) is not None and type(asked[k]) is not bool for k in SYNC_FLAGS):
        return False
    general = params["capabilities"].get("general")
    if general is None:
        return True
    if not isinstance(general, dict):
        return False
    encodings = general.get("positionEncodings")
    return encodings is None or (
        isinstance(encodings, list) and all(isinstance(e, str) for e in encodings)
    )


def _synchronization(params: Any) -> dict[str, Any]:
    document = params.get("capabilities", {}).get("textDocument")
    found = document.get("synchronization") if isinstance(document, dict) else None
    return found if isinstance(found, dict) else {}


def initialize_result(params: Any) -> dict[str, Any]:
    capabilities = {"positionEncoding": position_encoding(params), **CAPABILITIES}
    # pygls says "no" to `willSave` / `willSaveWaitUntil` only to a client that asked.
    asked = _synchronization(params)
    sync = {
        "openClose": True,
        "change": 2,
        **{key: False for key in SYNC_FLAGS if asked.get(key) is not None},
        "save": True,
    }
    capabilities["textDocumentSync"] = sync
    return {
        "capabilities": capabilities,
        "serverInfo": {"name": "wac-lint", "version": __version__},
    }


def frame(payload: dict[str, Any]) -> bytes:
    body = json.dumps(payload).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class Readable(Protocol):
    def readline(self) -> bytes: ...

    def read(self, size: int = -1) -> bytes: ...


def read_message(stream: Readable) -> tuple[bytes, dict[str, Any] | None]:
    """The raw bytes of one message and its JSON (None when it is not a well-formed one)."""
    raw = b""
    length: int | None = None
    for _ in range(MAX_HEADER_LINES):
        line = stream.readline()
        raw += line
        if not line:
            return raw, None  # end of input
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length" and value.strip().isdigit():
            length = int(value.strip())
    else:
        return raw, None
    if length is None:
        return raw, None
    body = stream.read(length)
    raw += body
    try:
        payload = json.loads(body)
    except ValueError:
        return raw, None
    return raw, payload if isinstance(payload, dict) else None


class ReplayReader:
    """stdin for pygls: the bytes already read here first, then the stream itself."""

    def __init__(self, replay: bytes, stream: IO[bytes]) -> None:
        self.replay = replay
        self.stream = stream

    def readline(self) -> bytes:
        if self.replay:
            line, newline, rest = self.replay.partition(b"\n")
            if newline:
                self.replay = rest
                return line + newline
            self.replay = b""
            return line + self.stream.readline()
        return self.stream.readline()

    def read(self, size: int = -1) -> bytes:
        if self.replay:
            if size < 0:
                data, self.replay = self.replay + self.stream.read(), b""
                return data
            data, self.replay = self.replay[:size], self.replay[size:]
            if len(data) < size:
                data += self.stream.read(size - len(data))
            return data
        return self.stream.read(size)

    def close(self) -> None:
        self.stream.close()


class DroppingWriter:
    """stdout for pygls: drops its answer to the `initialize` already answered here."""

    def __init__(self, stream: IO[bytes], drop_id: Any, answered: Any = None) -> None:
        self.stream = stream
        self.drop_id = drop_id
        self.answered = answered  # the result sent for it
        self.dropping = drop_id is not None

    def _is_dropped(self, data: bytes) -> bool:
        _, _, body = data.partition(b"\r\n\r\n")
        try:
            message = json.loads(body)
        except ValueError:
            return False
        if not isinstance(message, dict) or "method" in message:
            return False
        if message.get("id") != self.drop_id:
            return False
        if message.get("result") != self.answered:
            logger.error(
                "initialize: pygls answered %s, the early answer was %s", body, self.answered
            )
        return True

    def write(self, data: bytes) -> None:
        if self.dropping and self._is_dropped(data):
            self.dropping = False
            return
        self.stream.write(data)
        self.stream.flush()

    def flush(self) -> None:
        self.stream.flush()

    def close(self) -> None:
        self.stream.close()


# How long the early phase waits for the client's next message before handing the
# stream to pygls (an editor sends `initialized` and `didOpen` at once; a client
# that sends nothing more must not wait long for the server's own requests).
EARLY_WAIT = 0.3
CHUNK = 1 << 16


class Pump:
    """stdin, read by a thread of its own, so that a read can give up after a while.

    The early phase waits for the client's next message with a timeout; a
    blocking read of the stream could not be taken back. pygls then reads the
    same object (`readline`, `read`), for the rest of the session.
    """

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.chunks: queue.Queue[bytes] = queue.Queue()
        self.buffer = bytearray()
        self.ended = False
        threading.Thread(target=self._run, name="wac-lint-stdin", daemon=True).start()

    def _run(self) -> None:
        read = self._reader()
        try:
            while True:
                chunk = read()
                self.chunks.put(chunk)
                if not chunk:
                    return
        except (OSError, ValueError):  # closed under us: end of input
            self.chunks.put(b"")

    def _reader(self) -> Callable[[], bytes]:
        # The file descriptor itself when there is one: a thread blocked in the
        # buffered stream holds its lock, and the interpreter cannot shut down.
        try:
            fd = self.stream.fileno()
        except (AttributeError, OSError, ValueError):
            read1 = getattr(self.stream, "read1", None)
            if read1 is not None:
                return partial(read1, CHUNK)
            return self.stream.readline
        return partial(os.read, fd, CHUNK)

    def _fill(self, timeout: float | None = None) -> bool:
        """One more chunk into the buffer; False at the end of input or on timeout."""
        if self.ended:
            return False
        try:
            chunk = self.chunks.get(timeout=timeout)
        except queue.Empty:
            return False
        if not chunk:
            self.ended = True
            return False
        self.buffer += chunk
        return True

    def wait(self, timeout: float) -> bool:
        """Whether input (or its end) comes within `timeout` seconds."""
        return bool(self.buffer) or self.ended or self._fill(timeout) or self.ended

    def readline(self) -> bytes:
        while (end := self.buffer.find(b"\n")) < 0 and self._fill():
            pass
        size = len(self.buffer) if end < 0 else end + 1
        line = bytes(self.buffer[:size])
        del self.buffer[:size]
        return line

    def read(self, size: int = -1) -> bytes:
        while (size < 0 or len(self.buffer) < size) and self._fill():
            pass
        size = len(self.buffer) if size < 0 else min(size, len(self.buffer))
        data = bytes(self.buffer[:size])
        del self.buffer[:size]
        return data

    def close(self) -> None:
        self.stream.close()


def serve(stdin: IO[bytes], stdout: IO[bytes]) -> None:
    """Run the language server on stdio, answering `initialize` while pygls loads.

    After the `initialize` answer, the first `didOpen` (after `initialized`) is
    analysed and its diagnostics published here (`lsp/early.py`) before pygls
    is imported: both are CPU-bound and would share the GIL. Any other message,
    or a pause of `EARLY_WAIT`, hands the stream over at once.
    """
    # An analysis allocates hundreds of thousands of objects: with the default
    # thresholds the collector's full runs (every module object and the kept
    # analyses) landed inside one edit in ten (TypeScript, 1,000 lines: p90
    # 155 -> 77 ms in process). The same policy as `check`.
    from wac_lint.gc_policy import tune_for_analysis

    tune_for_analysis()
    loaded: dict[str, Any] = {}
    go = threading.Event()  # the early phase is over: load the server

    def load() -> None:
        try:
            from wac_lint.lsp import early

            early.warm()  # while the client is still talking: the main thread waits
            go.wait()
            from wac_lint.lsp.server import create_server

            loaded["server"] = create_server()
        except BaseException as exc:  # re-raised on the main thread
            loaded["error"] = exc

    loader = threading.Thread(target=load, name="wac-lint-load", daemon=True)
    loader.start()
    pump = Pump(stdin)
    raw, message = read_message(pump)
    drop_id = answered = published = None
    if (
        message is not None
        and message.get("method") == "initialize"
        and message.get("id") is not None
        and answerable(message.get("params"))
    ):
        answered = initialize_result(message["params"])
        stdout.write(frame({"jsonrpc": "2.0", "id": message["id"], "result": answered}))
        stdout.flush()
        drop_id = message["id"]
        more, published = early_phase(pump, stdout, message["params"])
        raw += more
    go.set()
    loader.join()
    if "error" in loaded:
        raise loaded["error"]
    server: WacLintServer = loaded["server"]
    # this process is the server's own: collect between edits, not inside them
    server.collector.activate()
    if published is not None:
        server.published_early(published)
    # pygls types its streams as BinaryIO; it only calls the methods these two provide.
    reader = cast("BinaryIO", ReplayReader(raw, cast("IO[bytes]", pump)))
    writer = cast("BinaryIO", DroppingWriter(stdout, drop_id, answered))
    server.start_io(reader, writer)


def early_phase(
    pump: Pump, stdout: IO[bytes], init: dict[str, Any]
) -> tuple[bytes, dict[str, Any] | None]:
    """Read up to the first `didOpen` and publish its diagnostics: the bytes read
    (pygls reads them again) and the parameters published, if any."""
    raw = b""
    while pump.wait(EARLY_WAIT):
        more, message = read_message(pump)
        raw += more
        if message is None or "id" in message:  # a request (or a reply): pygls answers
            return raw, None
        if message.get("method") == "initialized":
            continue
        if message.get("method") == "textDocument/didOpen":
            try:
                from wac_lint.lsp.early import publish_params

                params = publish_params(init, position_encoding(init), message.get("params"))
            except Exception:  # pygls analyses the document again and reports the problem
                logger.exception("early analysis failed")
                params = None
            if params is not None:
                notification = {
                    "jsonrpc": "2.0",
                    "method": "textDocument/publishDiagnostics",
                    "params": params,
                }
                stdout.write(frame(notification))
                stdout.flush()
            return raw, params
        return raw, None
    return raw, None
