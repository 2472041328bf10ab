"""The first document's diagnostics, published before pygls is loaded.

An editor opens the file it is showing right after `initialized`; pygls and
lsprotocol take 0.6 s of CPU to import, so a pygls server publishes its first
diagnostics about a second after it was started. `fast_start.serve` hands the
first `didOpen` here while pygls is still to be loaded: the document is
analysed exactly as the server analyses it (`analysis.analyze`, the options of
`initializationOptions`, the client's position encoding and workspace root)
and the diagnostics are written as pygls would write them
(`diagnostic_json`). pygls then receives the same `didOpen` and publishes the
same diagnostics again.

Not published early: for a client that pulls diagnostics (the server pushes
none to it), or when the open's parameters are not what the protocol says (pygls
answers those). Settings the client gives through `workspace/configuration`
are fetched by the server after `initialized`; if they change the selection,
the server re-publishes once it has them.

Nothing here imports pygls's server or lsprotocol.
"""

from __future__ import annotations

from typing import Any

from pygls.uris import from_fs_path, to_fs_path

from wac_lint.lsp.analysis import Options, Snapshot, analyze
from wac_lint.lsp.diagnostic_json import diagnostic_json


def warm() -> None:
    """Import what the first analysis needs (run while the client is still talking)."""
    from wac_lint.registry import all_rules

    all_rules()


def workspace_root(init: dict[str, Any]) -> str | None:
    """The workspace root as pygls sets it: `rootUri`, else `rootPath`."""
    root_uri = init.get("rootUri")
    root_path = init.get("rootPath")
    if root_uri is None and isinstance(root_path, str):
        root_uri = from_fs_path(root_path)
    return to_fs_path(root_uri) if isinstance(root_uri, str) else None


def pulls_diagnostics(init: dict[str, Any]) -> bool:
    document = init.get("capabilities", {}).get("textDocument")
    return isinstance(document, dict) and document.get("diagnostic") is not None


def publish_params(init: dict[str, Any], encoding: str, opened: Any) -> dict[str, Any] | None:
    """`publishDiagnostics` parameters for a `didOpen`, or None when not ours to send.

    `init` is the `initialize` parameters (`fast_start.answerable` accepted them).
    """
    if pulls_diagnostics(init) or not isinstance(opened, dict):
        return None
    document = opened.get("textDocument")
    if not isinstance(document, dict):
        return None
    uri, language_id = document.get("uri"), document.get("languageId")
    version, text = document.get("version"), document.get("text")
    if not (
        isinstance(uri, str)
        and isinstance(language_id, str)
        and type(version) is int
        and isinstance(text, str)
    ):
        return None
    options, _ = Options().updated(init.get("initializationOptions"))  # the server logs problems
    snapshot = Snapshot(uri, version, text, language_id)
    result = analyze(
        snapshot, 0, options, encoding=encoding, root=workspace_root(init), diagnose=False
    )
    diagnostics = []
    if result.lines is not None:
        diagnostics = [diagnostic_json(finding, result.lines) for finding in result.findings]
    return {"uri": uri, "diagnostics": diagnostics, "version": version}
