"""The model's shortcuts give what the walks and queries they replaced gave.

- Python scopes: in a file that spells no `:=`, the filler does not enter
  expressions and assignments (`python_scopes.STOP_WITHOUT_WALRUS`); every scope
  of every corpus script must hold the same bindings as the full walk's.
- Step and task code: `DurableCode.calls_in` slices the model's node index;
  each answer must be what a query of the function's own calls gave.
- Scope nodes come from the model's node index, not a query of their own, and a
  TypeScript block that spells no declaring word is not read: every scope of
  every corpus script must hold what the query and the full read gave.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.corpus_models import fresh_model, shared_model
from wac_lint.engine import source_from_bytes
from wac_lint.frontends import durable_code as dc
from wac_lint.frontends import module_model
from wac_lint.model import ScriptModel
from wac_lint.queries import captures, in_walk_order
from wac_lint.semantic import python_scopes, typescript_scopes
from wac_lint.semantic import scopes as scopes_module
from wac_lint.semantic.scopes import Scope

TESTS = Path(__file__).parent
ROOT = TESTS.parent
SCRIPTS = sorted(
    p
    for folder in (TESTS / "corpus", ROOT / "examples")
    for p in folder.rglob("*")
    if p.suffix in (".py", ".ts") and p.name != "make_dag_goldens.py"
)


def models(suffix: str, *, fresh: bool = False) -> Iterator[tuple[str, ScriptModel]]:
    """The corpus's models: built once for the session, or `fresh` where the test
    has changed how they are built."""
    for path in SCRIPTS:
        if path.suffix != suffix:
            continue
        model = fresh_model(path) if fresh else shared_model(path)
        if model.semantic is not None:
            yield str(path.relative_to(ROOT)), model


def every_scope(model: ScriptModel) -> dict[tuple[int, int, str], Scope]:
    """Every scope of the file, opened (scope nodes found by a query)."""
    assert model.semantic is not None
    scopes = model.semantic.scopes
    starts, nodes, _ = scopes._index()
    found = {(0, model.tree.root_node.end_byte, "module"): scopes.module}
    for at, node in enumerate(nodes):
        found[(node.start_byte, node.end_byte, node.type)] = scopes._open_index(at)
    return found


def bindings(scope: Scope) -> list[tuple[object, ...]]:
    return [
        (
            name,
            str(b.kind),
            b.node.start_byte,
            b.value.start_byte if b.value is not None else None,
            b.value.end_byte if b.value is not None else None,
            b.rebound,
            b.target,
        )
        for name, b in scope.bindings.items()
    ] + [tuple(sorted(scope.globals)), tuple(sorted(scope.nonlocals))]


def test_the_corpus_is_there() -> None:
    assert len(SCRIPTS) > 100


def test_python_scopes_without_a_walrus_are_the_full_walk(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shortcut: list[tuple[str, dict[tuple[int, int, str], list[tuple[object, ...]]]]] = []
    for name, model in models(".py"):
        if b":=" in model.source.data:
            continue
        shortcut.append(
            (name, {k: bindings(s) for k, s in every_scope(model).items()}),
        )
    assert len(shortcut) > 100
    monkeypatch.setattr(python_scopes, "spells_walrus", lambda source: True)
    full = {
        name: {k: bindings(s) for k, s in every_scope(model).items()}
        for name, model in models(".py", fresh=True)
        if b":=" not in model.source.data
    }
    compared = 0
    for name, scopes in shortcut:
        assert scopes == full[name], name
        compared += sum(len(b) for b in scopes.values())
    assert compared > 1000


def test_the_walrus_check_is_per_file() -> None:
    assert python_scopes.spells_walrus(b"if (n := 1):\n    pass\n")
    assert not python_scopes.spells_walrus(b"n = 1\n")
    assert python_scopes.spells_walrus(b"if (n := 1):\n    pass\n")


@pytest.mark.parametrize("walrus", ["", "    if (n := 1):\n        pass\n"])
def test_a_chained_assignment_binds_every_target(walrus: str) -> None:
    source = f"def f():\n    a = b = c = g()\n{walrus}    return a\n".encode()
    model = module_model(source_from_bytes(source, "chained.py"))
    assert model.semantic is not None
    scopes = model.semantic.scopes
    scope = scopes.open(scopes._index()[1][0], scopes.module)
    assert sorted(scope.bindings) == sorted(["a", "b", "c", *(["n"] if walrus else [])])
    for name in "abc":
        value = scope.bindings[name].value
        assert value is not None and model.text(value) == "g()"


@pytest.mark.parametrize("suffix", [".py", ".ts"])
def test_calls_in_a_function_are_a_query_of_its_calls(suffix: str) -> None:
    compared = 0
    for name, model in models(suffix):
        syntax = model.lang.front_end(model).syntax
        functions = captures(
            model.language,
            "[" + " ".join(f"({t})" for t in sorted(syntax.function)) + "] @f",
            model.tree.root_node,
        ).get("f", [])
        bodies = [b for f in functions if (b := f.child_by_field_name("body")) is not None]
        durable = dc.DurableCode(model, syntax.call, syntax.function)
        pattern = "[" + " ".join(f"({t})" for t in sorted(syntax.call)) + "] @c"
        for body in bodies:
            queried = in_walk_order(list(captures(model.language, pattern, body).get("c", [])))
            got = [(n.start_byte, n.end_byte) for n in durable.calls_in(body)]
            assert got == [(n.start_byte, n.end_byte) for n in queried], name
            compared += 1
    assert compared > 100


@pytest.mark.parametrize("suffix", [".py", ".ts"])
def test_scopes_from_the_node_index_are_the_querys(
    suffix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    shortcut = {
        name: {k: bindings(s) for k, s in every_scope(model).items()}
        for name, model in models(suffix)
    }
    monkeypatch.setattr(scopes_module, "INDEXED_KINDS", frozenset())  # a query of their own
    monkeypatch.setattr(typescript_scopes, "_DECLARES", re.compile(b""))  # read every block
    full = {
        name: {k: bindings(s) for k, s in every_scope(model).items()}
        for name, model in models(suffix, fresh=True)
    }
    assert shortcut == full
    assert sum(len(scopes) for scopes in full.values()) > 1000


def summary(model: ScriptModel) -> list[str]:
    """What the body walk put in the model (nodes print as their type and place)."""
    graph = model.call_graph
    return [
        repr(model.durable_calls),
        repr(model.helper_calls),
        repr(model.body_calls),
        repr(model.relative_import_calls),
        repr(model.handlers),
        repr(model.finally_blocks),
        repr(sorted(graph.reachable.values(), key=lambda r: r.function.start_byte)),
        repr({role: list(found.values()) for role, found in graph.durable.items()}),
    ]


@pytest.mark.parametrize("suffix", [".py", ".ts"])
def test_the_body_walk_skips_only_plain_strings(
    suffix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The walk does not enter a string literal that starts with its quote: the
    model is the one the walk that enters every string builds."""
    from wac_lint.frontends.body import walker

    skipping = {name: summary(model) for name, model in models(suffix)}
    monkeypatch.setattr(walker, "QUOTES", frozenset())  # enter every string again
    entering = {name: summary(model) for name, model in models(suffix, fresh=True)}
    assert skipping == entering
    assert sum(1 for s in skipping.values() if s[0] != "[]") > 50


SAME_FUNCTION_KINDS = [
    (
        "assignment",
        "augmented_assignment",
        "variable_declarator",
        "for_statement",
        "for_in_statement",
    ),
    ("assignment", "variable_declarator"),
    ("call", "call_expression", "return_statement"),
]


@pytest.mark.parametrize("kinds", SAME_FUNCTION_KINDS, ids=lambda k: "-".join(k))
def test_same_function_nodes_are_the_walk(kinds: tuple[str, ...]) -> None:
    """`same_function_nodes` (node lists and ranges) meets what `walk_same_function`
    meets, on the workflow function and body, every step callback and task body."""
    from wac_lint.rules import _sdk_calls as sdk

    compared = 0
    for suffix in (".py", ".ts"):
        for name, model in models(suffix):
            facts = sdk.facts(model)
            roots = [*facts.step_callbacks.values(), *facts.task_bodies.values()]
            if facts.workflow_function is not None:
                roots.append(facts.workflow_function)
            roots += [b for r in list(roots) if (b := sdk.function_body(r)) is not None]
            for root in roots:
                walked = [n for n in sdk.walk_same_function(model, root) if n.type in kinds]
                got = sdk.same_function_nodes(model, kinds, root)
                assert [n.id for n in got] == [n.id for n in walked], name
                compared += len(walked)
    assert compared > 500
