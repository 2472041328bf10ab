"""`chain_root`: the name a member chain starts from, in both grammars."""

from __future__ import annotations

import pytest

from wac_lint.parsing import parser
from wac_lint.tree_paths import chain_root


@pytest.mark.parametrize(
    ("language", "code", "root"),
    [
        ("python", b"mail.smtp.send\n", "mail"),
        ("python", b"mail\n", "mail"),
        ("python", b"make().send\n", None),
        ("python", b"rows[0].id\n", None),
        ("typescript", b"kit.paths.load;\n", "kit"),
        ("typescript", b"this.client.send;\n", None),
    ],
)
def test_the_name_a_chain_starts_from(language: str, code: bytes, root: str | None) -> None:
    tree = parser(language).parse(code)
    expression = tree.root_node.named_children[0].named_children[0]
    found = chain_root(expression)
    assert (found.text.decode() if found is not None and found.text else None) == root
