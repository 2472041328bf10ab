"""Document synchronisation: open, change, save, close."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from lsprotocol import types

from wac_lint.lsp.analysis import document_path
from wac_lint.workspace.documents import close_document, open_document

if TYPE_CHECKING:
    from wac_lint.lsp.server import WacLintServer


def register(server: WacLintServer) -> None:
    server.feature(types.TEXT_DOCUMENT_DID_OPEN)(did_open)
    server.feature(types.TEXT_DOCUMENT_DID_CHANGE)(did_change)
    server.feature(types.TEXT_DOCUMENT_DID_SAVE)(did_save)
    server.feature(types.TEXT_DOCUMENT_DID_CLOSE)(did_close)


def did_open(ls: WacLintServer, params: types.DidOpenTextDocumentParams) -> None:
    document = params.text_document
    ls.close(document.uri)  # a re-open starts afresh
    ls.open(document.uri, document.language_id, document.text)
    ls.schedule(document.uri, 0.0)
    share_text(document.uri, document.text)
    if not same_as_disk(document.uri, document.text):
        # Opened with unsaved text (an editor restoring its session): what the
        # documents that import it read has changed.
        recheck_dependents(ls, document.uri, 0.0)


def did_change(ls: WacLintServer, params: types.DidChangeTextDocumentParams) -> None:
    uri = params.text_document.uri
    state = ls.documents.get(uri)
    if state is None:
        return
    # pygls has applied the changes already; the log replays them on its own copy
    # of the text so that the next parse can reuse the previous tree.
    source = ls.workspace.get_text_document(uri).source
    state.edits.record(params.content_changes, params.text_document.version, ls.encoding, source)
    state.last_change = asyncio.get_running_loop().time()
    share_text(uri, source)
    ls.schedule(uri, ls.options.debounce_ms / 1000)
    recheck_dependents(ls, uri, ls.options.debounce_ms / 1000)


def did_save(ls: WacLintServer, params: types.DidSaveTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, 0.0)
    recheck_dependents(ls, params.text_document.uri, 0.0)


def recheck_dependents(ls: WacLintServer, uri: str, delay: float) -> None:
    """Documents that import this one, or call it as a task, are re-checked too.

    They read it as the editor holds it (`share_text`), so an unsaved edit of a
    helper changes its dependents' findings within the debounce.
    """
    path = document_path(uri)
    if path is not None:
        ls.recheck_dependents([path], delay)


def same_as_disk(uri: str, text: str) -> bool:
    path = document_path(uri)
    if path is None:
        return True
    try:
        with open(path, encoding="utf-8", newline="") as file:
            return file.read(len(text) + 1) == text
    except (OSError, ValueError):
        return False


def share_text(uri: str, text: str) -> None:
    """Other documents' analyses read this file as the editor holds it, not the disk."""
    path = document_path(uri)
    if path is not None:
        open_document(path, text)


def did_close(ls: WacLintServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    ls.close(uri)
    ls.publish(uri, [], None)
    path = document_path(uri)
    if path is not None:
        close_document(path)  # closed unsaved: the disk's text is what runs
        ls.recheck_dependents([path], 0.0)
