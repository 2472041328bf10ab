"""`AncestorWalk` answers what `ancestors` answers, for nodes asked about in walk
order and in order of their starts (how `_module_level` asks), at a fraction of
the cost on nested calls."""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import source_from_bytes
from wac_lint.parsing import parse
from wac_lint.tree_paths import AncestorWalk, ancestors

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted(
    [
        *(ROOT / "tests/corpus/adversarial/clients").glob("*.py"),
        *(ROOT / "tests/corpus/adversarial/ts_module_load").glob("*.ts"),
        *(ROOT / "tests/corpus/adversarial/process_state").glob("*.py"),
    ]
)[:40]


def every_node(root):  # type: ignore[no-untyped-def]
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(node.children))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_same_answers_as_a_descent_from_the_root(path: Path) -> None:
    tree = parse(source_from_bytes(path.read_bytes(), str(path)))
    root = tree.root_node
    nodes = list(every_node(root))
    for order in (nodes, sorted(nodes, key=lambda n: n.start_byte)):
        walk = AncestorWalk(root)
        for node in order:
            assert [n.id for n in walk.ancestors(node)] == [n.id for n in ancestors(root, node)], (
                f"{path.name}: {node.type} at {node.start_point}"
            )


def test_samples_were_found() -> None:
    assert len(SAMPLES) >= 20
