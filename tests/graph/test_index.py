"""The body index (`wac_lint/graph/index.py`) answers what the data edges used to
ask the tree: a use's scope and loops (`DataFlow.context(use.parent)`), a
binding's scope (`DataFlow.scope_of`), and the variables an expression reads
(`DataFlow.reads`). Each answer is checked against that walk for every
identifier, binding and durable call's arguments of every workflow body in the
corpus, plus shapes chosen for the corner cases (a block holding one statement
has its span, a ternary, loops, comprehensions, callbacks, keyword arguments)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wac_lint.engine import read_source, source_from_bytes
from wac_lint.graph.dataflow import DataFlow
from wac_lint.graph.index import BodyIndex
from wac_lint.graph.positions import walk
from wac_lint.model import ScriptModel

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = sorted(
    p
    for folder in (
        ROOT / "tests" / "corpus",
        ROOT / "tests" / "graph" / "corpus",
        ROOT / "examples",
    )
    for p in folder.rglob("*")
    if p.suffix in (".py", ".ts") and p.name != "make_dag_goldens.py"
)

PY_HEAD = (
    "from wmill import task, workflow, step\n\n@task()\nasync def t(x=None):\n    return x\n\n"
)
SHAPES = {
    "one_statement_blocks.py": PY_HEAD
    + "@workflow\nasync def main(xs: list):\n"
    + "    for x in xs:\n        y = await t(x)\n"
    + "    if xs:\n        z = await t(y)\n    else:\n        z = 1\n"
    + "    while z:\n        z = await t(z) if y else await t(x)\n"
    + "    w = [await t(v) for v in xs if v]\n"
    + "    u = await t(x=w, y=z.real)\n"
    + "    return u\n",
    "single.py": PY_HEAD + "@workflow\nasync def main(x: int):\n    x = await t(x)\n",
    "callbacks.ts": 'import { task, workflow } from "windmill-client";\n'
    + "const t = task(async (x: number) => x);\n"
    + "export const main = workflow(async (xs: number[]) => {\n"
    + "  let a = await t(xs[0]);\n"
    + "  const bs = await Promise.all(xs.map((x) => t(x + a)));\n"
    + "  for (const b of bs) { if (b) a = await t(b); else { a += 1; } }\n"
    + "  do { a = await t(a); } while (a > 3);\n"
    + "  return a ? await t({ a }) : await t(bs);\n"
    + "});\n",
    "expression_body.ts": 'import { task, workflow } from "windmill-client";\n'
    + "const t = task(async (x: number) => x);\n"
    + "export const main = workflow(async (x: number) => t(x).then((y) => t(y)));\n",
}


def models() -> Iterator[tuple[str, ScriptModel]]:
    for path in SCRIPTS:
        model = read_source(path).lang.build_model(read_source(path))
        if isinstance(model, ScriptModel):
            yield str(path.relative_to(ROOT)), model
    for name, code in SHAPES.items():
        source = source_from_bytes(code.encode(), name)
        model = source.lang.build_model(source)
        assert isinstance(model, ScriptModel)
        yield name, model


def flows() -> Iterator[tuple[str, DataFlow]]:
    for name, model in models():
        wf = model.workflow
        if wf is None or wf.function is None or wf.function.body is None:
            continue
        body = wf.function.body
        index = BodyIndex(model.source.language, model.lang.graph_dialect(model.source.data), body)
        sites = {f"s{i}": c.node for i, c in enumerate(model.durable_calls)}
        yield name, DataFlow(model, wf.function, sites, index)


FLOWS = list(flows())


def test_the_corpus_has_workflow_bodies() -> None:
    assert len(FLOWS) > 100


@pytest.mark.parametrize("name,flow", FLOWS, ids=[name for name, _ in FLOWS])
def test_index_answers_as_the_tree_walks_did(name: str, flow: DataFlow) -> None:
    body = flow.body
    assert body is not None and flow.structures is not None and flow.identifiers is not None
    flow.collect()
    leaves = [node for node in walk(body) if node.type == "identifier" and node != body]
    for node in leaves:
        context = flow.context(node.parent)
        assert flow.structures.context_of(node.start_byte, node.end_byte) == context, node
    starts, ends = [n.start_byte for n in leaves], [n.end_byte for n in leaves]
    assert flow.structures.innermost_of_leaves(starts, ends) == [
        flow.structures.innermost(start, end, 2) for start, end in zip(starts, ends, strict=True)
    ]
    for binder in flow.index.binders if flow.index is not None else []:
        assert flow.binding_scope(binder, None) == flow.scope_of(binder), binder
    regions = [flow.argument_region(site) for site in flow.sites.values()]
    regions += [b.value for items in flow.bindings.values() for b in items]
    for region in regions:
        if region is None:
            continue
        want = [
            (flow.text(ident), ident.start_byte, flow.context(ident.parent))
            for ident in flow.reads(region, skip_calls=True)
            if flow.text(ident) in flow.bindings
        ]
        assert flow.uses(region) == want, region
