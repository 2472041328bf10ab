"""tree-sitter parsers, created once per process and per language."""

from __future__ import annotations

from functools import cache

import tree_sitter

from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


@cache
def _parser(language: str) -> tree_sitter.Parser:
    if language == LANG_PYTHON:
        import tree_sitter_python

        lang = tree_sitter.Language(tree_sitter_python.language())
    elif language == LANG_TYPESCRIPT:
        import tree_sitter_typescript

        lang = tree_sitter.Language(tree_sitter_typescript.language_typescript())
    else:
        raise ValueError(f"unsupported language: {language}")
    return tree_sitter.Parser(lang)


def parse(source: SourceFile) -> tree_sitter.Tree:
    return _parser(source.language).parse(source.data)
