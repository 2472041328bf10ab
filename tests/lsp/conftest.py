"""End-to-end fixtures: a pytest-lsp client driving `wac-lint lsp` in a subprocess.

`start(...)` launches a server and initializes it with the capabilities a test
needs (push or pull diagnostics, a position encoding, initializationOptions);
every server started is shut down (and, failing that, killed) after the test.
The client records *every* `publishDiagnostics` (pytest-lsp keeps only the
last per URI), since some tests are about what was never published.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

HERE = Path(__file__).resolve().parent
SERVER = [sys.executable, "-m", "wac_lint", "lsp"]
# The server with test rules injected (see injected_server.py).
CRASHING_SERVER = [sys.executable, str(HERE / "injected_server.py"), "crash"]
# Seconds to wait for something that must happen (never for an absence, so a
# pass takes no longer): generous, for a loaded machine. A wait that ran out under
# load was a lost re-check (`test_a_document_still_being_analysed_is_rechecked_by_
# any_change`), not a slow one.
TIMEOUT = 60.0


class Client(LanguageClient):
    """pytest-lsp's client, remembering every notification the tests look at."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.published: list[types.PublishDiagnosticsParams] = []
        self.registrations: list[types.Registration] = []
        self.applied_edits: list[types.ApplyWorkspaceEditParams] = []
        self.init_result: types.InitializeResult | None = None

    def publishes(self, uri: str) -> list[types.PublishDiagnosticsParams]:
        return [p for p in self.published if p.uri == uri]

    async def wait_for_publish(
        self,
        uri: str,
        predicate: Callable[[types.PublishDiagnosticsParams], bool] = lambda p: True,
        *,
        after: int = 0,
        timeout: float = TIMEOUT,
    ) -> types.PublishDiagnosticsParams:
        """The first publish for `uri` at or after index `after` of `published` that
        satisfies `predicate`."""
        deadline = time.monotonic() + timeout
        while True:
            for params in self.published[after:]:
                if params.uri == uri and predicate(params):
                    return params
            if time.monotonic() > deadline:
                seen = [(p.version, [d.code for d in p.diagnostics]) for p in self.publishes(uri)]
                raise AssertionError(f"no matching publishDiagnostics for {uri}; got {seen}")
            await asyncio.sleep(0.005)

    async def wait_for_version(
        self, uri: str, version: int, *, timeout: float = TIMEOUT
    ) -> list[types.Diagnostic]:
        params = await self.wait_for_publish(uri, lambda p: p.version == version, timeout=timeout)
        return list(params.diagnostics)

    async def wait_for_log(
        self, needle: str, *, timeout: float = TIMEOUT
    ) -> types.LogMessageParams:
        deadline = time.monotonic() + timeout
        while True:
            for message in self.log_messages:
                if needle in message.message:
                    return message
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"no log message containing {needle!r}; got "
                    f"{[m.message[:120] for m in self.log_messages]}"
                )
            await asyncio.sleep(0.005)

    def open(self, uri: str, text: str, language_id: str = "python", version: int = 1) -> None:
        self.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(
                    uri=uri, language_id=language_id, version=version, text=text
                )
            )
        )

    def change(self, uri: str, version: int, text: str, range_: types.Range | None = None) -> None:
        """An incremental change (or a full one when `range_` is None)."""
        change: types.TextDocumentContentChangeEvent
        if range_ is None:
            change = types.TextDocumentContentChangeWholeDocument(text=text)
        else:
            change = types.TextDocumentContentChangePartial(range=range_, text=text)
        self.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[change],
            )
        )


async def wait_until(predicate: Callable[[], object], timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for a condition")
        await asyncio.sleep(0.005)


def record_publish(client: Client, params: types.PublishDiagnosticsParams) -> None:
    client.published.append(params)
    client.diagnostics[params.uri] = params.diagnostics


def record_registration(client: Client, params: types.RegistrationParams) -> None:
    client.registrations.extend(params.registrations)


def record_apply_edit(
    client: Client, params: types.ApplyWorkspaceEditParams
) -> types.ApplyWorkspaceEditResult:
    client.applied_edits.append(params)
    return types.ApplyWorkspaceEditResult(applied=True)


def make_client() -> Client:
    client = Client(converter_factory=default_converter)
    features = dict(DEFAULT_CLIENT_FEATURES)
    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = record_publish
    features[types.CLIENT_REGISTER_CAPABILITY] = record_registration
    features[types.WORKSPACE_APPLY_EDIT] = record_apply_edit
    register_lsp_features(client, features)
    return client


def capabilities(
    *,
    pull: bool = False,
    encodings: list[str] | None = None,
    watch_files: bool = False,
    configuration: bool = False,
    document_changes: bool = False,
    create_files: bool = False,
    resolve: bool = False,
) -> types.ClientCapabilities:
    """A client like the common editors, with the choices the tests vary."""
    return types.ClientCapabilities(
        general=types.GeneralClientCapabilities(position_encodings=encodings)
        if encodings
        else None,
        text_document=types.TextDocumentClientCapabilities(
            synchronization=types.TextDocumentSyncClientCapabilities(did_save=True),
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(
                version_support=True, code_description_support=True
            ),
            hover=types.HoverClientCapabilities(
                content_format=[types.MarkupKind.Markdown, types.MarkupKind.PlainText]
            ),
            code_action=types.CodeActionClientCapabilities(
                code_action_literal_support=types.ClientCodeActionLiteralOptions(
                    code_action_kind=types.ClientCodeActionKindOptions(
                        value_set=[types.CodeActionKind.QuickFix]
                    )
                ),
                is_preferred_support=True,
                resolve_support=types.ClientCodeActionResolveOptions(properties=["edit"])
                if resolve
                else None,
            ),
            diagnostic=types.DiagnosticClientCapabilities() if pull else None,
        ),
        workspace=types.WorkspaceClientCapabilities(
            did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(
                dynamic_registration=True
            )
            if watch_files
            else None,
            configuration=configuration,
            diagnostics=types.DiagnosticWorkspaceClientCapabilities(refresh_support=True)
            if pull
            else None,
            workspace_edit=types.WorkspaceEditClientCapabilities(
                document_changes=document_changes or create_files,
                resource_operations=[types.ResourceOperationKind.Create] if create_files else None,
            ),
        ),
    )


Starter = Callable[..., Awaitable[Client]]
# Every LSP test module runs its tests in one event loop per module, so that the
# tests that need no particular set-up can share one server (`shared`): starting
# a server costs more than most tests. Each module sets
# `pytestmark = pytest.mark.asyncio(loop_scope="module")`.
LOOP = "module"


async def launch(
    root: Path, *, server: list[str] = SERVER, init_options: Any = None, **caps: Any
) -> Client:
    config = ClientServerConfig(server_command=server, client_factory=make_client)
    client = await config.start()
    assert isinstance(client, Client)
    try:
        client.init_result = await asyncio.wait_for(
            client.initialize_session(
                types.InitializeParams(
                    capabilities=capabilities(**caps),
                    root_uri=root.as_uri(),
                    workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name="ws")],
                    initialization_options=init_options,
                )
            ),
            TIMEOUT,
        )
    except BaseException:
        await stop(client)
        raise
    return client


async def stop(client: Client) -> None:
    process = client._server
    if process is not None and process.returncode is None:
        try:
            await asyncio.wait_for(client.shutdown_session(), TIMEOUT)
        except Exception:  # wedged: killed below, and the test has failed already
            pass
    if process is not None and process.returncode is None:
        process.kill()
    await client.stop()


@pytest_asyncio.fixture(loop_scope=LOOP)
async def start(tmp_path: Path) -> AsyncIterator[Starter]:
    """`await start(**capability_options, init_options=..., server=..., root=...)` -> a
    ready client of a server of its own (stopped after the test)."""
    clients: list[Client] = []

    async def _start(*, root: Path | None = None, **options: Any) -> Client:
        client = await launch(root or tmp_path, **options)
        clients.append(client)
        return client

    yield _start
    for client in clients:
        await stop(client)


@pytest_asyncio.fixture(scope="module", loop_scope=LOOP)
async def shared(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Client]:
    """One push-diagnostics server (default capabilities) for a module's simple tests.

    Tests using it open documents under their own `tmp_path` and look only at
    what concerns their URIs, so they do not see each other.
    """
    client = await launch(tmp_path_factory.mktemp("shared"))
    yield client
    await stop(client)
