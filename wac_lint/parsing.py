"""tree-sitter parsers, created once per process and per language."""

from __future__ import annotations

from functools import cache

import tree_sitter

from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


@cache
def language(name: str) -> tree_sitter.Language:
    if name == LANG_PYTHON:
        import tree_sitter_python

        return tree_sitter.Language(tree_sitter_python.language())
    if name == LANG_TYPESCRIPT:
        import tree_sitter_typescript

        return tree_sitter.Language(tree_sitter_typescript.language_typescript())
    raise ValueError(f"unsupported language: {name}")


@cache
def _parser(name: str) -> tree_sitter.Parser:
    return tree_sitter.Parser(language(name))


def parse(source: SourceFile) -> tree_sitter.Tree:
    return _parser(source.language).parse(source.data)
