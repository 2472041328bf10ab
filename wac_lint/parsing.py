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


def node_bytes(node: tree_sitter.Node) -> bytes:
    """The source bytes under `node`.

    py-tree-sitter types `Node.text` as optional because a tree parsed through a read
    callback keeps no source; every tree here is parsed from bytes, so None is a bug.
    """
    text = node.text
    if text is None:
        raise ValueError(f"tree-sitter node {node.type!r} carries no source text")
    return text


def required_field(node: tree_sitter.Node, name: str) -> tree_sitter.Node:
    """The child in field `name`, which the grammar guarantees for this node type."""
    child = node.child_by_field_name(name)
    if child is None:
        raise ValueError(f"tree-sitter node {node.type!r} has no {name!r} field")
    return child
