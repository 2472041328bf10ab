"""`build_graph` pauses the collector (its young objects were rescanned ~100,000 at
a time: 10-15% of `graph` on a long body). That is only free while the builder
makes no reference cycles, which would then wait for the next collection: an
if-chain drawn by a closure calling itself left one cycle per `if`. Every
workflow of the corpus and the examples is drawn here with the collector saving
what it finds, which must be nothing."""

from __future__ import annotations

import gc
from collections.abc import Iterator

from tests.graph.test_index import SCRIPTS, SHAPES
from wac_lint.engine import read_source, source_from_bytes
from wac_lint.graph import GraphError, build_graph
from wac_lint.model import ScriptModel
from wac_lint.source import SourceFile


def sources() -> Iterator[SourceFile]:
    for path in SCRIPTS:
        yield read_source(path)
    for name, code in SHAPES.items():
        yield source_from_bytes(code.encode(), name)


def garbage_of_graphs(models: list[ScriptModel]) -> list[object]:
    """What the collector finds unreachable after drawing each model's graph."""
    gc.collect()
    flags = gc.get_debug()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for model in models:
            try:
                build_graph(model)
            except GraphError:
                pass
        gc.collect()
        return list(gc.garbage)
    finally:
        gc.set_debug(flags)
        gc.garbage.clear()


def test_drawing_a_graph_leaves_no_reference_cycles() -> None:
    models = []
    for source in sources():
        model = source.lang.build_model(source)
        if isinstance(model, ScriptModel) and model.workflow is not None:
            models.append(model)
    assert len(models) > 100
    garbage = garbage_of_graphs(models)
    assert not garbage, sorted({type(o).__qualname__ for o in garbage})


def test_the_collector_runs_again_after_a_graph() -> None:
    source = source_from_bytes(SHAPES["single.py"].encode(), "single.py")
    model = source.lang.build_model(source)
    assert isinstance(model, ScriptModel)
    assert gc.isenabled()
    build_graph(model)
    assert gc.isenabled()
    gc.disable()
    try:
        build_graph(model)  # a caller's choice is kept
        assert not gc.isenabled()
    finally:
        gc.enable()
