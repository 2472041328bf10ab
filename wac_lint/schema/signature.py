"""`extract_signature`: the `main` signature Windmill reads from a script.

One entry point for both languages (each `TreeSitterLanguage` names its
reader); it takes the tree-sitter tree the caller already has. Rules read
`ScriptModel.signature` instead, which computes this once per model.
"""

from __future__ import annotations

import tree_sitter

from wac_lint.languages import script_language
from wac_lint.schema.types import Signature
from wac_lint.source import SourceFile


def extract_signature(
    source: SourceFile, tree: tree_sitter.Tree, *, bom: bool = False
) -> Signature:
    """What `parse_python` / `parse_deno` return for this script.

    `bom` says the file started with a UTF-8 byte order mark (stripped from
    `source.text`): Windmill's Python parser then does not see a `def main(`
    on the first line. Raises `SignatureError` where Windmill itself fails.
    """
    return script_language(source.language).signature(source, tree, bom)
