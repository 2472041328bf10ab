"""The language server: document state, debounce, push and pull diagnostics.

The protocol work (positions, diagnostics, code actions, hover) lives in the
sibling modules; this one decides *when* to analyse and *whether* a result may
still be shown.

- Analysis runs on a worker thread (`analysis.analyze`), never on the event
  loop, so the server answers requests while a large file is being checked.
- Every analysis is keyed by (document version, configuration generation). A
  result is published only if its key is still the document's current key when
  it arrives, checked on the loop right before sending: an analysis of an older
  version can finish later than a newer one, and must then be dropped.
- Edits are debounced (`debounce`, default 150 ms); open and save are not, as
  they are single events.
- A document whose last findings were drawn from other files (helpers it imports,
  scripts it calls as tasks) is re-checked when one of them changes: edited or
  saved in the editor, or changed on disk (watched files). Its generation moves
  on, so a result computed before the change is neither reused nor published.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer

from wac_lint import __version__
from wac_lint.config import clear_cache
from wac_lint.gc_policy import IdleCollector
from wac_lint.lsp.analysis import (
    SUPERSEDED,
    Analysis,
    Options,
    Snapshot,
    analyze,
    describe_rule_error,
)
from wac_lint.lsp.diagnostic_json import diagnostic_json
from wac_lint.lsp.incremental import EditLog
from wac_lint.lsp.positions import UTF16
from wac_lint.lsp.protocol import WacLintProtocol
from wac_lint.rule import Rule
from wac_lint.workspace.documents import close_all

logger = logging.getLogger(__name__)

SERVER_NAME = "wac-lint"
# A pull request keeps re-analysing while the user keeps typing; after this many
# rounds it asks the client to retry instead of holding the request open.
PULL_ATTEMPTS = 20
MAX_LOGGED = 1000  # remembered log lines (to log each problem once)

# (document version, generation): the generation counts configuration changes plus
# changes to the files the document depends on, so both make earlier results stale.
Key = tuple[int, int]


class ServerCancelled(JsonRpcException):
    """LSP `ServerCancelled`: the result is already stale; the client should ask again."""

    CODE = -32802
    MESSAGE = "Server cancelled the request: the document changed"


@dataclass
class DocumentState:
    uri: str
    language_id: str | None
    serial: int  # distinguishes two openings of the same URI in pull result ids
    pending: asyncio.Task[None] | None = None  # debounce, analyse, publish
    running: dict[Key, asyncio.Future[Analysis]] = field(default_factory=dict)
    # Set when a running (or queued) analysis's key is no longer the document's:
    # the analysis stops at its next check instead of holding a worker.
    stale: dict[Key, threading.Event] = field(default_factory=dict)
    latest: Analysis | None = None  # the newest finished analysis
    last_change: float = 0.0  # loop time of the last edit (pull requests debounce on it)
    edits: EditLog = field(default_factory=lambda: EditLog(""))
    refreshes: int = 0  # changes seen to files the document's findings depend on


class WacLintServer(LanguageServer):
    def __init__(self, extra_rules: Iterable[type[Rule]] = (), max_workers: int = 2) -> None:
        super().__init__(
            SERVER_NAME,
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            protocol_cls=WacLintProtocol,
        )
        self.extra_rules = tuple(extra_rules)
        self.init_options: Any = None
        self.client_settings: Any = None
        self.options = Options()
        self.generation = 0
        self.documents: dict[str, DocumentState] = {}
        self.serials = itertools.count(1)
        # Two workers: one document's analysis does not wait behind another's, and
        # more would only contend for the GIL.
        self.executor = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="wac-lint")
        self.pull_diagnostics = False
        self.encoding: str = UTF16
        self.root: str | None = None
        self.logged: set[str] = set()
        # What `lsp/early.py` published before this server was loaded, by URI:
        # (version, diagnostics as JSON); the same diagnostics are not sent twice.
        self.early: dict[str, tuple[int, list[Any]]] = {}
        # inactive unless the server's own process turns it on (`fast_start.serve`)
        self.collector = IdleCollector()

    # --- logging ---------------------------------------------------------------

    def log(self, message: str, kind: types.MessageType = types.MessageType.Info) -> None:
        logger.log(logging.ERROR if kind == types.MessageType.Error else logging.INFO, message)
        self.window_log_message(types.LogMessageParams(type=kind, message=message))

    def log_once(self, message: str, kind: types.MessageType) -> None:
        """Log a problem once, not after every keystroke that meets it again."""
        if message in self.logged:
            return
        if len(self.logged) >= MAX_LOGGED:
            self.logged.clear()
        self.logged.add(message)
        self.log(message, kind)

    def report_server_error(self, error: Exception, source: Any) -> None:
        # pygls would pop up a message box; a log line is enough, and the server
        # carries on.
        try:
            self.log(f"internal error: {error}", types.MessageType.Error)
        except Exception:  # the connection itself may be gone
            logger.exception("could not report an internal error")

    # --- configuration ---------------------------------------------------------

    def apply_options(self) -> None:
        options, problems = Options().updated(self.init_options)
        options, more = options.updated(self.client_settings)
        for problem in [*problems, *more]:
            self.log_once(f"wac-lint settings: {problem}", types.MessageType.Warning)
        self.options = options

    def reload(self) -> None:
        """Configuration changed: forget cached config files and re-check every document."""
        clear_cache()
        self.logged.clear()
        self.apply_options()
        self.generation += 1
        for uri in self.documents:
            self.schedule(uri, 0.0)
        if self.pull_diagnostics:
            workspace = self.client_capabilities.workspace
            if workspace and workspace.diagnostics and workspace.diagnostics.refresh_support:
                self.workspace_diagnostic_refresh(None)

    def recheck_dependents(self, paths: Iterable[str], delay: float = 0.0) -> list[str]:
        """Re-check the open documents whose last findings depended on one of `paths`
        (a helper they import, a script they call); the URIs re-checked.

        A document whose analysis is still running, or has never finished, is
        re-checked too: what it depends on is not known yet, and it may have read
        the file before this change (under load, a workflow opened a moment before
        its helper was edited kept the helper's old findings)."""
        changed = {os.path.realpath(p) for p in paths}
        dependents = [
            uri
            for uri, state in self.documents.items()
            if state.latest is None or state.running or state.latest.dependencies & changed
        ]
        for uri in dependents:
            self.documents[uri].refreshes += 1
            self.schedule(uri, delay)
        if dependents and self.pull_diagnostics:
            workspace = self.client_capabilities.workspace
            if workspace and workspace.diagnostics and workspace.diagnostics.refresh_support:
                self.workspace_diagnostic_refresh(None)
        return dependents

    # --- analysis --------------------------------------------------------------

    def current_key(self, uri: str) -> Key | None:
        state = self.documents.get(uri)
        if state is None:
            return None
        document = self.workspace.get_text_document(uri)
        # Both counters only grow, so their sum moves on whenever either does.
        return (document.version or 0, self.generation + state.refreshes)

    def is_current(self, analysis: Analysis) -> bool:
        return self.current_key(analysis.uri) == (analysis.version, analysis.generation)

    async def analysis_for(self, uri: str) -> Analysis | None:
        """The analysis of the document as it is now (None once it is closed)."""
        state = self.documents.get(uri)
        key = self.current_key(uri)
        if state is None or key is None:
            return None
        latest = state.latest
        if latest is not None and (latest.version, latest.generation) == key:
            return latest
        future = state.running.get(key)
        if future is None:
            document = self.workspace.get_text_document(uri)
            snapshot = Snapshot(
                uri,
                key[0],
                document.source,
                state.language_id,
                epoch=state.edits.epoch,
                reparse=state.edits.plan(key[0]),
                previous=latest if latest is not None and latest.generation == key[1] else None,
            )
            stale = state.stale[key] = threading.Event()
            job = partial(
                self._analyze,
                snapshot,
                key[1],
                self.options,
                encoding=self.encoding,
                root=self.root,
                extra_rules=self.extra_rules,
                stop=stale.is_set,
            )
            future = asyncio.get_running_loop().run_in_executor(self.executor, job)
            state.running[key] = future
            future.add_done_callback(partial(self._finished, state, key))
        # shield: a superseded waiter is cancelled, but another (a pull request for
        # the same version) may still want this result.
        return await asyncio.shield(future)

    def _analyze(self, snapshot: Snapshot, generation: int, *args: Any, **kw: Any) -> Analysis:
        """`analyze` on a worker thread, with the collector told (see `IdleCollector`)."""
        self.collector.analysis_started()
        try:
            return analyze(snapshot, generation, *args, **kw)
        finally:
            self.collector.analysis_ended()

    def _finished(self, state: DocumentState, key: Key, future: asyncio.Future[Analysis]) -> None:
        collector = self.collector
        if collector.active:  # on the loop: collect once nothing has run for a while
            asyncio.get_running_loop().call_later(
                collector.idle_seconds, collector.collect_if_idle, collector.serial
            )
        state.running.pop(key, None)
        state.stale.pop(key, None)
        if future.cancelled():
            return
        if (error := future.exception()) is not None:  # analyze() catches; this is a bug
            self.log(f"analysis of {state.uri} failed: {error!r}", types.MessageType.Error)
            return
        analysis = future.result()
        if analysis.skipped == SUPERSEDED:
            return  # nobody can show it; whoever awaited it asks again
        if analysis.tree is not None:
            state.edits.adopt(analysis.epoch, analysis.version, analysis.tree)
        latest = state.latest
        if latest is None or (analysis.version, analysis.generation) >= (
            latest.version,
            latest.generation,
        ):
            state.latest = analysis
        for problem in analysis.problems:
            self.log_once(problem, types.MessageType.Error)
        for rule_error in analysis.errors:
            self.log_once(describe_rule_error(rule_error), types.MessageType.Error)
        if analysis.skipped and analysis.skipped != "not a Python or TypeScript document":
            self.log_once(f"{state.uri}: not checked: {analysis.skipped}", types.MessageType.Info)

    def schedule(self, uri: str, delay: float) -> None:
        """(Re)start the debounce-analyse-publish task of a document.

        A pull client gets nothing pushed, but the analysis still starts after the
        debounce so that its next `textDocument/diagnostic` finds the result ready.
        """
        state = self.documents.get(uri)
        if state is None:
            return
        if state.pending is not None:
            state.pending.cancel()
        current = self.current_key(uri)
        for key, stale in state.stale.items():
            if key != current:
                stale.set()
        state.pending = asyncio.ensure_future(self._publish_after(uri, delay))

    async def _publish_after(self, uri: str, delay: float) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        analysis = await self.analysis_for(uri)
        # Checked on the loop, right before sending: nothing can change in between.
        if analysis is not None and self.is_current(analysis) and not self.pull_diagnostics:
            if not self.sent_early(analysis):
                self.publish(uri, analysis.diagnostics, analysis.version)

    def published_early(self, params: dict[str, Any]) -> None:
        self.early[params["uri"]] = (params["version"], params["diagnostics"])

    def sent_early(self, analysis: Analysis) -> bool:
        """Whether these diagnostics were published before the server was loaded."""
        early = self.early.pop(analysis.uri, None)
        if early is None or early[0] != analysis.version:
            return False
        lines = analysis.lines
        return early[1] == [diagnostic_json(f, lines) for f in analysis.findings if lines]

    def publish(self, uri: str, diagnostics: list[types.Diagnostic], version: int | None) -> None:
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
        )

    async def pull(self, uri: str) -> tuple[Analysis, str] | None:
        """The current analysis for a `textDocument/diagnostic` request, and its result id."""
        loop = asyncio.get_running_loop()
        for _ in range(PULL_ATTEMPTS):
            state = self.documents.get(uri)
            if state is None:
                return None
            # The client asks after every keystroke: let the edits pause first.
            wait = state.last_change + self.options.debounce_ms / 1000 - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            analysis = await self.analysis_for(uri)
            if analysis is None:
                return None
            if self.is_current(analysis):
                return analysis, f"{state.serial}:{analysis.version}:{analysis.generation}"
        raise ServerCancelled(data=types.DiagnosticServerCancellationData(retrigger_request=True))

    def open(self, uri: str, language_id: str | None, text: str) -> None:
        self.documents[uri] = DocumentState(
            uri, language_id, next(self.serials), edits=EditLog(text)
        )

    def close(self, uri: str) -> None:
        state = self.documents.pop(uri, None)
        if state is not None:
            if state.pending is not None:
                state.pending.cancel()
            for stale in state.stale.values():
                stale.set()

    def stop(self) -> None:
        for state in self.documents.values():
            if state.pending is not None:
                state.pending.cancel()
            for stale in state.stale.values():
                stale.set()
        self.documents.clear()
        close_all()  # other documents' text, as shared with the workspace
        self.executor.shutdown(wait=False, cancel_futures=True)


def create_server(extra_rules: Iterable[type[Rule]] = ()) -> WacLintServer:
    """A server with every feature registered; `extra_rules` join the built-in rules."""
    from wac_lint.lsp import code_actions, fix_all, hover, lifecycle, pull, settings, sync

    server = WacLintServer(extra_rules)
    for feature in (lifecycle, sync, pull, settings, code_actions, fix_all, hover):
        feature.register(server)
    return server
