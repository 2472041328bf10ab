"""`extract_signature`: the `main` signature Windmill reads from a script.

One entry point for both languages; it takes the tree-sitter tree the caller
already has, so the lint path and the schema command share one parse.
"""

from __future__ import annotations

import tree_sitter

from wac_lint.schema.types import Signature, SignatureError
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def extract_signature(
    source: SourceFile, tree: tree_sitter.Tree, *, bom: bool = False
) -> Signature:
    """What `parse_python` / `parse_deno` return for this script.

    `bom` says the file started with a UTF-8 byte order mark (stripped from
    `source.text`): Windmill's Python parser then does not see a `def main(`
    on the first line. Raises `SignatureError` where Windmill itself fails.
    """
    global _last
    last = _last
    if last is not None and last[0] is tree and last[1] == bom:
        outcome = last[2]  # WAC901, WAC902 and the schema all ask for the same tree
    else:
        try:
            outcome = _extract(source, tree, bom)
        except SignatureError as exc:
            outcome = exc
        _last = (tree, bom, outcome)  # one tuple assignment: safe across threads
    if isinstance(outcome, SignatureError):
        raise outcome
    return outcome


_last: tuple[tree_sitter.Tree, bool, Signature | SignatureError] | None = None


def _extract(source: SourceFile, tree: tree_sitter.Tree, bom: bool) -> Signature:
    # each language's reader is imported only when a file of that language comes
    if source.language == LANG_PYTHON:
        from wac_lint.schema import sig_python

        return sig_python.extract(source, tree, bom=bom)
    if source.language == LANG_TYPESCRIPT:
        from wac_lint.schema import sig_typescript

        return sig_typescript.extract(source, tree)
    raise ValueError(f"unsupported language: {source.language}")
