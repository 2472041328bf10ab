"""Pull diagnostics: `textDocument/diagnostic` and `workspace/diagnostic`.

A document pull answers with the analysis of the document as the editor has
it. A workspace pull reports the scripts of the workspace folders that are not
open (open ones come from document pulls), read from disk with the same
configuration `wac-lint check` uses; each report carries a result id made of
the file's content digest and the settings generation, so a client that sends
it back for an unchanged file gets an "unchanged" report instead of the items.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from lsprotocol import types
from pygls.uris import from_fs_path, to_fs_path

from wac_lint.lsp.analysis import Options, Snapshot, analyze

if TYPE_CHECKING:
    from wac_lint.lsp.server import WacLintServer
    from wac_lint.rule import Rule

IDENTIFIER = "wac-lint"
# A workspace pull in a huge tree stops here; the editor still gets open files.
MAX_WORKSPACE_FILES = 5000


def register(server: WacLintServer) -> None:
    options = types.DiagnosticOptions(
        identifier=IDENTIFIER, inter_file_dependencies=False, workspace_diagnostics=True
    )
    server.feature(types.TEXT_DOCUMENT_DIAGNOSTIC, options)(document_diagnostic)
    server.feature(types.WORKSPACE_DIAGNOSTIC)(workspace_diagnostic)


async def document_diagnostic(
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


async def workspace_diagnostic(
    ls: WacLintServer, params: types.WorkspaceDiagnosticParams
) -> types.WorkspaceDiagnosticReport:
    previous = {p.uri: p.value for p in params.previous_result_ids}
    folders = [f.uri for f in ls.workspace.folders.values()] or (
        [from_fs_path(ls.root)] if ls.root else []
    )
    roots = [Path(path) for uri in folders if (path := to_fs_path(uri))]
    open_uris = set(ls.documents)
    job = partial(
        workspace_reports,
        roots,
        open_uris,
        previous,
        ls.options,
        ls.generation,
        ls.encoding,
        ls.extra_rules,
    )
    items = await asyncio.get_running_loop().run_in_executor(ls.executor, job)
    return types.WorkspaceDiagnosticReport(items=items)


def workspace_scripts(roots: list[Path]) -> Iterator[Path]:
    from wac_lint.discovery import walk

    seen: set[Path] = set()
    # A directory that cannot be listed holds nothing to show; `check` reports it.
    unreadable: list[str] = []
    for root in roots:
        if not root.is_dir():
            continue
        for path in walk(root, unreadable):
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                yield path


def workspace_reports(
    roots: list[Path],
    open_uris: set[str],
    previous: dict[str, str],
    options: Options,
    generation: int,
    encoding: str,
    extra_rules: tuple[type[Rule], ...],
) -> list[types.WorkspaceDocumentDiagnosticReport]:
    from wac_lint.engine import InputError, read_source

    reports: list[types.WorkspaceDocumentDiagnosticReport] = []
    for count, path in enumerate(workspace_scripts(roots)):
        if count >= MAX_WORKSPACE_FILES:
            break
        uri = path.absolute().as_uri()
        if uri in open_uris:
            continue
        try:
            source = read_source(path)
        except InputError:
            continue  # unreadable or not a script: `check` reports it, the editor need not
        digest = hashlib.sha256(source.data).hexdigest()[:16]
        result_id = f"{digest}:{generation}:{options_key(options)}"
        if previous.get(uri) == result_id:
            reports.append(
                types.WorkspaceUnchangedDocumentDiagnosticReport(
                    uri=uri, version=None, result_id=result_id
                )
            )
            continue
        snapshot = Snapshot(uri, 0, source.text, None)
        analysis = analyze(
            snapshot,
            generation,
            options,
            encoding=encoding,
            extra_rules=extra_rules,
        )
        reports.append(
            types.WorkspaceFullDocumentDiagnosticReport(
                uri=uri, version=None, items=analysis.diagnostics, result_id=result_id
            )
        )
    return reports


def options_key(options: Options) -> str:
    text = repr((options.select, options.ignore))
    return hashlib.sha256(text.encode()).hexdigest()[:8]
