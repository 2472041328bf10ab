"""Front-ends: one tree-sitter parse per file, turned into a `ScriptModel`."""

from __future__ import annotations

import tree_sitter

from wac_lint.model import ScriptModel
from wac_lint.parsing import parse
from wac_lint.source import LANG_PYTHON, SourceFile


def build_model(source: SourceFile, tree: tree_sitter.Tree | None = None) -> ScriptModel:
    """Parse (unless given the tree) and build the WAC model of one file."""
    if tree is None:
        tree = parse(source)
    model = ScriptModel(source=source, tree=tree)
    if source.language == LANG_PYTHON:
        from wac_lint.frontends.python import PythonFrontEnd

        return PythonFrontEnd(model).build()
    from wac_lint.frontends.typescript import TypeScriptFrontEnd

    return TypeScriptFrontEnd(model).build()
