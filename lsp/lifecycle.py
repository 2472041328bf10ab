"""initialize, initialized, shutdown and exit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from wac_lint.lsp.positions import UTF16
from wac_lint.lsp.settings import fetch_settings, watch_files

if TYPE_CHECKING:
    from wac_lint.lsp.server import WacLintServer


def register(server: WacLintServer) -> None:
    server.feature(types.INITIALIZE)(initialize)
    server.feature(types.INITIALIZED)(initialized)
    server.feature(types.SHUTDOWN)(shutdown)
    server.feature(types.EXIT)(exit_)


def initialize(ls: WacLintServer, params: types.InitializeParams) -> None:
    capabilities = params.capabilities
    ls.encoding = ls.workspace.position_encoding or UTF16
    ls.root = ls.workspace.root_path
    ls.pull_diagnostics = bool(
        capabilities.text_document and capabilities.text_document.diagnostic is not None
    )
    ls.init_options = params.initialization_options
    ls.apply_options()


async def initialized(ls: WacLintServer, params: types.InitializedParams) -> None:
    await watch_files(ls)
    workspace = ls.client_capabilities.workspace
    if workspace and workspace.configuration:
        await fetch_settings(ls)


def shutdown(ls: WacLintServer, params: None) -> None:
    ls.stop()


def exit_(ls: WacLintServer, params: None) -> None:
    ls.stop()  # also after an `exit` without `shutdown`
