"""The shared node lists the replay rules read (rules/_sdk_calls.py) give exactly
what the walks they replaced gave: the same nodes, in the same order, for the
workflow body and every step callback and task body of every corpus script."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.corpus_models import shared_model
from wac_lint.model import ScriptModel
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._sdk_calls import Node

CORPUS = Path(__file__).parent / "corpus"
SCRIPTS = sorted(
    p for p in CORPUS.rglob("*") if p.suffix in (".py", ".ts") and p.name != "make_dag_goldens.py"
)
KIND_SETS = [
    ("call", "call_expression"),
    ("return_statement",),
    ("assignment", "augmented_assignment", "named_expression", "variable_declarator"),
    ("for_statement", "for_in_statement", "lambda", "arrow_function"),
    ("while_statement", "if_statement"),  # not indexed: a query of its own
]


def models() -> Iterator[tuple[str, ScriptModel]]:
    for path in SCRIPTS:
        model = shared_model(path)
        if model.tree is not None and model.semantic is not None:
            yield str(path.relative_to(CORPUS)), model


def regions(model: ScriptModel) -> list[Node]:
    facts = sdk.facts(model)
    found = [*facts.step_callbacks.values(), *facts.task_bodies.values()]
    if facts.workflow_function is not None:
        found.append(facts.workflow_function)
    return [model.tree.root_node, *found]


def spans(nodes: list[Node]) -> list[tuple[int, int, str]]:
    return [(n.start_byte, n.end_byte, n.type) for n in nodes]


def test_the_corpus_is_there() -> None:
    assert len(SCRIPTS) > 100


@pytest.mark.parametrize("kinds", KIND_SETS, ids=lambda k: "-".join(k))
def test_nodes_of_kinds_is_the_walk(kinds: tuple[str, ...]) -> None:
    compared = 0
    for name, model in models():
        for root in regions(model):
            walked = [n for n in sdk.walk(root) if n.type in kinds]
            assert spans(sdk.nodes_of_kinds(model, kinds, root)) == spans(walked), name
            compared += len(walked)
    assert compared > 100


def test_keyword_nodes_are_the_loops_a_walk_meets() -> None:
    compared = 0
    for name, model in models():
        loops = ("for_statement", "for_in_clause", "for_in_statement")
        for root in regions(model):
            walked = [n for n in sdk.walk(root) if n.type in loops and n != root]
            found = sdk.keyword_nodes(model, "for", loops, root)
            assert spans(found) == spans(walked), name
            compared += len(walked)
    assert compared > 20


def test_calls_named_are_the_calls_with_that_callee() -> None:
    names = frozenset({"isinstance", "Promise.all", "asyncio.gather", "len", "wait", "step"})
    compared = 0
    for name, model in models():
        for root in regions(model):
            walked = [
                n
                for n in sdk.walk(root)
                if n.type in ("call", "call_expression")
                and (callee := sdk.callee_of(n)) is not None
                and model.text(callee) in names
            ]
            assert spans(sdk.calls_named(model, names, root)) == spans(walked), name
            compared += len(walked)
    assert compared > 50


def test_names_spelled_are_the_identifiers_with_that_text() -> None:
    compared = 0
    for name, model in models():
        semantic = model.semantic
        assert semantic is not None
        kinds = (*semantic.syntax.identifiers, "shorthand_property_identifier")
        every = [n for n in sdk.walk(model.tree.root_node) if n.type in kinds]
        spellings = sorted({model.text(n) for n in every})[:12]
        for root in regions(model):
            named = [n for n in sdk.walk(root) if n.type in kinds]
            for spelled in spellings:
                walked = [n for n in named if model.text(n) == spelled]
                assert spans(sdk.names_spelled(model, spelled, kinds, root)) == spans(walked), (
                    name,
                    spelled,
                )
                compared += len(walked)
    assert compared > 500


def test_class_names_are_the_classes_the_file_declares() -> None:
    for name, model in models():
        bound = {
            model.text(n.child_by_field_name("name"))
            for n in sdk.walk(model.tree.root_node)
            if n.type in ("class_definition", "class_declaration")
            and n.child_by_field_name("name") is not None
        }
        assert bound == sdk.class_names(model), name
