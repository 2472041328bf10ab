"""tree-sitter parsing: each script language's grammar and parser (loaded lazily)."""

from __future__ import annotations

import tree_sitter

from wac_lint.languages import LanguageKind, script_language
from wac_lint.source import SourceFile


def language(name: LanguageKind | str) -> tree_sitter.Language:
    """The grammar of a script language (ValueError for anything else)."""
    try:
        return script_language(name).grammar()
    except (KeyError, ValueError) as exc:
        raise ValueError(f"unsupported language: {name}") from exc


def parser(name: LanguageKind | str) -> tree_sitter.Parser:
    """This thread's parser of a script language (to re-parse edited bytes)."""
    return script_language(name).parser()


_parser = parser  # the name rule helpers used before languages had objects


def parse(source: SourceFile) -> tree_sitter.Tree:
    return script_language(source.language).parse(source)


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
