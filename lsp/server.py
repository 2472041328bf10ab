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
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import PurePosixPath
from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from wac_lint import __version__
from wac_lint.config import CONFIG_FILES, clear_cache
from wac_lint.lsp import code_actions, hover
from wac_lint.lsp.analysis import (
    Analysis,
    Options,
    Snapshot,
    analyze,
    describe_rule_error,
    settings_section,
)
from wac_lint.lsp.positions import UTF16
from wac_lint.rule import Rule

logger = logging.getLogger(__name__)

SERVER_NAME = "wac-lint"
CONFIG_SECTION = "wac-lint"
# A pull request keeps re-analysing while the user keeps typing; after this many
# rounds it asks the client to retry instead of holding the request open.
PULL_ATTEMPTS = 20
MAX_LOGGED = 1000  # remembered log lines (to log each problem once)

Key = tuple[int, int]  # (document version, configuration generation)


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
    latest: Analysis | None = None  # the newest finished analysis
    last_change: float = 0.0  # loop time of the last edit (pull requests debounce on it)


class WacLintServer(LanguageServer):
    def __init__(self, extra_rules: Iterable[type[Rule]] = (), max_workers: int = 2) -> None:
        super().__init__(
            SERVER_NAME,
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
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

    # --- analysis --------------------------------------------------------------

    def current_key(self, uri: str) -> Key | None:
        if uri not in self.documents:
            return None
        document = self.workspace.get_text_document(uri)
        return (document.version or 0, self.generation)

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
            snapshot = Snapshot(uri, key[0], document.source, state.language_id)
            job = partial(
                analyze,
                snapshot,
                key[1],
                self.options,
                encoding=self.encoding,
                root=self.root,
                extra_rules=self.extra_rules,
            )
            future = asyncio.get_running_loop().run_in_executor(self.executor, job)
            state.running[key] = future
            future.add_done_callback(partial(self._finished, state, key))
        # shield: a superseded waiter is cancelled, but another (a pull request for
        # the same version) may still want this result.
        return await asyncio.shield(future)

    def _finished(self, state: DocumentState, key: Key, future: asyncio.Future[Analysis]) -> None:
        state.running.pop(key, None)
        if future.cancelled():
            return
        if (error := future.exception()) is not None:  # analyze() catches; this is a bug
            self.log(f"analysis of {state.uri} failed: {error!r}", types.MessageType.Error)
            return
        analysis = future.result()
        latest = state.latest
        if latest is None or (analysis.version, analysis.generation) >= (
            latest.version,
            latest.generation,
        ):
            state.latest = analysis
        for problem in analysis.problems:
            self.log_once(problem, types.MessageType.Error)
        for error in analysis.errors:
            self.log_once(describe_rule_error(error), types.MessageType.Error)
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
        state.pending = asyncio.ensure_future(self._publish_after(uri, delay))

    async def _publish_after(self, uri: str, delay: float) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        analysis = await self.analysis_for(uri)
        # Checked on the loop, right before sending: nothing can change in between.
        if analysis is not None and self.is_current(analysis) and not self.pull_diagnostics:
            self.publish(uri, analysis.diagnostics, analysis.version)

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

    def close(self, uri: str) -> None:
        state = self.documents.pop(uri, None)
        if state is not None and state.pending is not None:
            state.pending.cancel()

    def stop(self) -> None:
        for state in self.documents.values():
            if state.pending is not None:
                state.pending.cancel()
        self.documents.clear()
        self.executor.shutdown(wait=False, cancel_futures=True)


# Files whose change can change findings without any open document changing: the
# configuration, and the `.script.yaml` metadata that stale-metadata checks read.
WATCHED_GLOBS = (*(f"**/{name}" for name in CONFIG_FILES), "**/*.script.yaml")


def affects_findings(uri: str) -> bool:
    name = PurePosixPath((to_fs_path(uri) or uri).replace("\\", "/")).name
    return name in CONFIG_FILES or name.endswith(".script.yaml")


def create_server(extra_rules: Iterable[type[Rule]] = ()) -> WacLintServer:
    """A server with every handler registered; `extra_rules` join the built-in rules."""
    server = WacLintServer(extra_rules)

    @server.feature(types.INITIALIZE)
    def initialize(ls: WacLintServer, params: types.InitializeParams) -> None:
        capabilities = params.capabilities
        ls.encoding = ls.workspace.position_encoding or UTF16
        ls.root = ls.workspace.root_path
        ls.pull_diagnostics = bool(
            capabilities.text_document and capabilities.text_document.diagnostic is not None
        )
        ls.init_options = params.initialization_options
        ls.apply_options()

    @server.feature(types.INITIALIZED)
    async def initialized(ls: WacLintServer, params: types.InitializedParams) -> None:
        workspace = ls.client_capabilities.workspace
        watched = workspace.did_change_watched_files if workspace else None
        if watched and watched.dynamic_registration:
            watchers = [types.FileSystemWatcher(glob_pattern=glob) for glob in WATCHED_GLOBS]
            registration = types.Registration(
                id="wac-lint-config-files",
                method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
            )
            try:
                await ls.client_register_capability_async(
                    types.RegistrationParams(registrations=[registration])
                )
            except Exception as exc:  # the client refused: config edits need a restart
                ls.log(f"could not watch configuration files: {exc}", types.MessageType.Warning)
        if workspace and workspace.configuration:
            await fetch_settings(ls)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: WacLintServer, params: None) -> None:
        ls.stop()

    @server.feature(types.EXIT)
    def exit_(ls: WacLintServer, params: None) -> None:
        ls.stop()  # also after an `exit` without `shutdown`

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: WacLintServer, params: types.DidOpenTextDocumentParams) -> None:
        document = params.text_document
        ls.close(document.uri)  # a re-open starts afresh
        ls.documents[document.uri] = DocumentState(
            document.uri, document.language_id, next(ls.serials)
        )
        ls.schedule(document.uri, 0.0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: WacLintServer, params: types.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        state = ls.documents.get(uri)
        if state is None:
            return
        state.last_change = asyncio.get_running_loop().time()
        ls.schedule(uri, ls.options.debounce_ms / 1000)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: WacLintServer, params: types.DidSaveTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0.0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: WacLintServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.close(params.text_document.uri)
        ls.publish(params.text_document.uri, [], None)

    @server.feature(
        types.TEXT_DOCUMENT_DIAGNOSTIC,
        types.DiagnosticOptions(
            identifier=SERVER_NAME, inter_file_dependencies=False, workspace_diagnostics=False
        ),
    )
    async def diagnostic(
        ls: WacLintServer, params: types.DocumentDiagnosticParams
    ) -> types.DocumentDiagnosticReport:
        found = await ls.pull(params.text_document.uri)
        if found is None:
            return types.RelatedFullDocumentDiagnosticReport(items=[])
        analysis, result_id = found
        if params.previous_result_id == result_id:
            return types.RelatedUnchangedDocumentDiagnosticReport(result_id=result_id)
        return types.RelatedFullDocumentDiagnosticReport(
            items=analysis.diagnostics, result_id=result_id
        )

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(
        ls: WacLintServer, params: types.DidChangeWatchedFilesParams
    ) -> None:
        if any(affects_findings(change.uri) for change in params.changes):
            ls.log("configuration or metadata changed: re-checking open documents")
            ls.reload()

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(
        ls: WacLintServer, params: types.DidChangeConfigurationParams
    ) -> None:
        section = settings_section(params.settings)
        workspace = ls.client_capabilities.workspace
        if section is None and workspace and workspace.configuration:
            # The modern way: the notification only says "something changed".
            await fetch_settings(ls, reload=False)
        else:
            ls.client_settings = section
        ls.reload()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    async def code_action(
        ls: WacLintServer, params: types.CodeActionParams
    ) -> list[types.CodeAction] | None:
        analysis = await ls.analysis_for(params.text_document.uri)
        if analysis is None:
            return None
        # Off the loop too: regenerating metadata reads files and renders YAML.
        job = partial(code_actions.actions, analysis, params, ls.client_capabilities)
        return await asyncio.get_running_loop().run_in_executor(ls.executor, job)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def on_hover(ls: WacLintServer, params: types.HoverParams) -> types.Hover | None:
        analysis = await ls.analysis_for(params.text_document.uri)
        if analysis is None:
            return None
        return hover.hover(analysis, params.position, ls.client_capabilities)

    return server


async def fetch_settings(ls: WacLintServer, reload: bool = True) -> None:
    """Ask the client for our settings section (`workspace/configuration`)."""
    try:
        values = await ls.workspace_configuration_async(
            types.ConfigurationParams(items=[types.ConfigurationItem(section=CONFIG_SECTION)])
        )
    except Exception as exc:
        ls.log(f"could not read the editor's settings: {exc}", types.MessageType.Warning)
        return
    value = values[0] if values else None
    if (value or None) == (ls.client_settings or None):  # null and {} alike: nothing set
        return
    ls.client_settings = value
    if reload:
        ls.reload()
