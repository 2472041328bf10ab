"""Fix all: every safe fix of a document (or of one rule) as one edit.

- Code actions of kind `source.fixAll.wac-lint` (or `source.fixAll` for a client
  that asks for exactly that kind), which editors run on save;
- a quick fix "Fix all WACxxx in this file" beside a finding whose rule has a
  safe fix, when the file has more than one such finding;
- the command `wac-lint.applyAutofix` (arguments: a text document identifier,
  as ruff's `ruff.applyAutofix` takes), which asks the client to apply the edit
  (`workspace/applyEdit`).

Fixes are applied as `wac-lint check --fix` applies them (the same library
steps): safe fixes only, overlapping ones left for another pass on the fixed
text (at most `MAX_FIX_PASSES`), nothing at all for a document that does not
parse, and any fix whose result would not parse or compile refused. The edit replaces only the lines
between the first and last change, so the editor keeps its cursor and marks
elsewhere.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams

from wac_lint.engine import analyze_source
from wac_lint.fixes import MAX_FIX_PASSES, fix_key, sound_subset
from wac_lint.lsp.analysis import Analysis
from wac_lint.lsp.positions import LineIndex
from wac_lint.rule import Finding
from wac_lint.source import SourceFile

if TYPE_CHECKING:
    from wac_lint.lsp.server import WacLintServer

FIX_ALL_KIND = f"{types.CodeActionKind.SourceFixAll.value}.wac-lint"
APPLY_AUTOFIX = "wac-lint.applyAutofix"


@dataclass(frozen=True)
class FixedText:
    text: str
    applied: int


def register(server: WacLintServer) -> None:
    # pygls resolves a command handler's annotations at run time, so this one names
    # only what is importable here; the arguments come raw, as the client sent them.
    async def command(ls: Any, *arguments: Any) -> None:
        await apply_autofix(ls, list(arguments))

    server.command(APPLY_AUTOFIX)(command)
    server.feature(types.CODE_ACTION_RESOLVE)(resolve)


def deferred(params: types.CodeActionParams, capabilities: types.ClientCapabilities | None) -> bool:
    """Whether to leave the fix-all edits to `codeAction/resolve`.

    A menu request (no `only`: the light bulb, sent as the cursor moves) gets the
    fix-all actions without their edits when the client resolves edits, since
    computing one re-analyses the document after each pass; a request naming
    its kinds (fix on save) gets the edits at once.
    """
    if params.context.only:
        return False
    document = capabilities.text_document if capabilities else None
    action = document.code_action if document else None
    support = action.resolve_support if action else None
    return bool(support and "edit" in support.properties)


def fix_all_action(
    title: str,
    kind: str,
    analysis: Analysis,
    codes: list[str] | None,
    capabilities: types.ClientCapabilities | None,
    lazy: bool,
) -> types.CodeAction | None:
    if lazy:
        data = {"uri": analysis.uri, "version": analysis.version, "codes": codes}
        return types.CodeAction(title=title, kind=kind, data=data)
    fixed = fixed_text(analysis, codes)
    if fixed is None:
        return None
    return types.CodeAction(
        title=title, kind=kind, edit=document_edit(analysis, fixed, capabilities)
    )


async def resolve(ls: WacLintServer, action: types.CodeAction) -> types.CodeAction:
    """The edit of a fix-all action sent without it; none if the document moved on."""
    data = action.data
    if not isinstance(data, dict) or not isinstance(data.get("uri"), str):
        return action
    analysis = await ls.analysis_for(data["uri"])
    if analysis is None or analysis.version != data.get("version"):
        return action  # stale: an edit for another version would be refused anyway
    codes = data.get("codes")
    wanted = codes if isinstance(codes, list) and all(isinstance(c, str) for c in codes) else None
    job = partial(fixed_text, analysis, wanted)
    fixed = await asyncio.get_running_loop().run_in_executor(ls.executor, job)
    if fixed is not None:
        action.edit = document_edit(analysis, fixed, ls.client_capabilities)
    return action


def safe_fix(finding: Finding) -> bool:
    return finding.fix is not None and finding.fix.applicability == "safe"


def fixed_text(analysis: Analysis, codes: Iterable[str] | None = None) -> FixedText | None:
    """The document's text with its safe fixes applied (only `codes`' if given);
    None when there is nothing to fix.

    The passes of `wac-lint check --fix` (`wac_lint.fixes`): a fix whose result
    would not parse or compile is refused, and none is applied to a document
    that does not parse.
    """
    model, source, settings = analysis.model, analysis.source, analysis.settings
    if model is None or source is None or settings is None or model.syntax_errors:
        return None
    wanted = set(codes) if codes is not None else None
    rules = [r for r in analysis.rules if wanted is None or r.code in wanted]
    text, applied = source.text, 0
    findings = analysis.findings
    refused: set[tuple[str, str, tuple[str, ...]]] = set()
    for _ in range(MAX_FIX_PASSES):
        current = SourceFile(source.path, text, source.language)
        if applied:  # the first pass uses the analysis the editor already has
            result = analyze_source(current, settings, rules=rules, keep_model=True)
            if result.model is None or result.model.syntax_errors:
                break
            findings = result.findings
        chosen = [
            f
            for f in findings
            if safe_fix(f) and (wanted is None or f.code in wanted) and fix_key(f) not in refused
        ]
        text, done, bad = sound_subset(current, chosen, unsafe=False)
        refused.update(fix_key(f) for f, _ in bad)
        if not done:
            break
        applied += len(done)
    if applied == 0:
        return None
    return FixedText(text, applied)


def minimal_edit(old: str, new: str, lines: LineIndex) -> types.TextEdit:
    """One edit turning `old` into `new`, spanning whole lines around the change
    (line starts are the one kind of position every encoding and line ending agree on)."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    start = old.rfind("\n", 0, prefix) + 1
    start_row = old.count("\n", 0, start)
    old_end = len(old) - suffix
    newline = old.find("\n", old_end)
    if newline >= 0:
        end = newline + 1
        end_position = types.Position(line=old.count("\n", 0, end), character=0)
    else:
        end = len(old)
        last = len(lines.lines) - 1
        end_position = lines.position(last, len(lines.lines[last]))
    replacement = new[start : len(new) - (len(old) - end)]
    return types.TextEdit(
        range=types.Range(start=types.Position(line=start_row, character=0), end=end_position),
        new_text=replacement,
    )


def document_edit(
    analysis: Analysis,
    fixed: FixedText,
    capabilities: types.ClientCapabilities | None,
) -> types.WorkspaceEdit:
    from wac_lint.lsp.code_actions import workspace_edit

    assert analysis.source is not None and analysis.lines is not None
    edit = minimal_edit(analysis.source.text, fixed.text, analysis.lines)
    return workspace_edit(analysis, [edit], capabilities)


def wanted_kind(only: Sequence[str] | None) -> str | None:
    """The kind to give the fix-all action for a request's `only`, or None to offer none.

    A client asking for exactly `source.fixAll` gets that kind (some compare kinds
    for equality); otherwise the action is `source.fixAll.wac-lint`, which
    `source` and `source.fixAll` also select for clients that match prefixes.
    """
    if not only:
        return FIX_ALL_KIND
    if types.CodeActionKind.SourceFixAll.value in only:
        return types.CodeActionKind.SourceFixAll.value
    if any(FIX_ALL_KIND == kind or FIX_ALL_KIND.startswith(f"{kind}.") for kind in only):
        return FIX_ALL_KIND
    return None


def source_actions(
    analysis: Analysis,
    params: types.CodeActionParams,
    capabilities: types.ClientCapabilities | None,
) -> list[types.CodeAction]:
    kind = wanted_kind(params.context.only)
    if kind is None or not any(safe_fix(f) for f in analysis.findings):
        return []
    action = fix_all_action(
        "wac-lint: Fix all auto-fixable problems",
        kind,
        analysis,
        None,
        capabilities,
        deferred(params, capabilities),
    )
    return [action] if action is not None else []


def rule_actions(
    analysis: Analysis,
    findings: list[Finding],
    capabilities: types.ClientCapabilities | None,
    lazy: bool = False,
) -> list[types.CodeAction]:
    """ "Fix all WACxxx in this file" for the rules of `findings` fixable more than once."""
    result: list[types.CodeAction] = []
    for code in dict.fromkeys(f.code for f in findings if safe_fix(f)):
        if sum(1 for f in analysis.findings if f.code == code and safe_fix(f)) < 2:
            continue
        title = f"Fix all {code} in this file"
        kind = types.CodeActionKind.QuickFix
        action = fix_all_action(title, kind, analysis, [code], capabilities, lazy)
        if action is not None:
            result.append(action)
    return result


def document_argument(arguments: Any) -> str:
    """The URI in `wac-lint.applyAutofix`'s arguments: `[{"uri": ..., "version": ...}]`."""
    if isinstance(arguments, list) and arguments:
        first = arguments[0]
        uri = first.get("uri") if isinstance(first, dict) else getattr(first, "uri", None)
        if isinstance(uri, str):
            return uri
    raise JsonRpcInvalidParams(f"{APPLY_AUTOFIX} expects [{{'uri': ..., 'version': ...}}]")


async def apply_autofix(ls: WacLintServer, arguments: Any) -> None:
    uri = document_argument(arguments)
    analysis = await ls.analysis_for(uri)
    if analysis is None:
        raise JsonRpcInvalidParams(f"{APPLY_AUTOFIX}: {uri} is not open")
    job = partial(fixed_text, analysis)
    fixed = await asyncio.get_running_loop().run_in_executor(ls.executor, job)
    if fixed is None:
        return None
    edit = document_edit(analysis, fixed, ls.client_capabilities)
    result = await ls.workspace_apply_edit_async(
        types.ApplyWorkspaceEditParams(edit=edit, label="wac-lint: Fix all")
    )
    if not result.applied:
        ls.log(f"the editor did not apply the fixes: {result.failure_reason or 'no reason given'}")
    return None
