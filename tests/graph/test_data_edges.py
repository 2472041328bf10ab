"""Data edges come from the definitions that reach a use, and stay linear in the code."""

from __future__ import annotations

from tests.graph.helpers import py, ts
from wac_lint.graph import Graph

TASKS = """
@task
async def a(x=None):
    return 1

@task
async def t(x=None):
    return 1
"""


def sources(g: Graph, target: str) -> set[str]:
    return {e.source for e in g.edges if e.kind == "data" and e.target == target}


def test_a_dict_written_by_every_block_gives_each_use_its_last_write() -> None:
    """The usual shape: `summary` read and written by every block. Every use used
    to get an edge from every earlier write (4,000 blocks: 2 million edges)."""
    blocks = "".join(
        f"    rows = await t(summary)\n    summary['r{i}'] = rows\n"
        f"    if rows:\n        summary['n{i}'] = await t(summary['r{i}'])\n"
        for i in range(200)
    )
    g = py(TASKS + "@workflow\nasync def main():\n    summary = {}\n" + blocks)
    data = [e for e in g.edges if e.kind == "data"]
    assert len(data) <= 3 * 200  # linear: at most three per block
    ids = [n.id for n in g.durable_nodes()]
    assert sources(g, ids[1]) == {ids[0]}  # `summary['r0']` holds block 0's rows
    # block 1 reads summary: its last write that surely ran, and the one after it
    assert sources(g, ids[2]) == {ids[0], ids[1]}
    assert sources(g, ids[-2]) == {ids[-4], ids[-3]}
    assert not g.warnings


def test_a_piecewise_write_keeps_the_data_assigned_before_it() -> None:
    g = py(
        TASKS
        + """
@workflow
async def main():
    report = {"orders": await a()}
    report["count"] = 0
    report["at"] = await t()
    return await t(report)
"""
    )
    first, second, last = (n.id for n in g.durable_nodes())
    assert sources(g, last) == {first, second}


def test_earlier_piecewise_writes_are_not_drawn_once_a_later_one_surely_ran() -> None:
    g = ts(
        """
const a = task(async (x?: unknown) => 1);
const t = task(async (x?: unknown) => 1);
export const main = workflow(async (flag: boolean) => {
  const out: Record<string, unknown> = {};
  out.a = await a();
  if (flag) {
    out.b = await a();
  }
  out.c = await t();
  out.d = await t(out);
});
"""
    )
    _, _, third, last = (n.id for n in g.durable_nodes())
    assert sources(g, last) == {third}  # `out.c` surely ran: the reader sees its last write
    g2 = ts(
        """
const a = task(async (x?: unknown) => 1);
const t = task(async (x?: unknown) => 1);
export const main = workflow(async (flag: boolean) => {
  const out: Record<string, unknown> = {};
  out.a = await a();
  if (flag) {
    out.b = await a();
  }
  return await t(out);
});
"""
    )
    first, in_branch, last = (n.id for n in g2.durable_nodes())
    assert sources(g2, last) == {first, in_branch}  # the branch may not have run


def test_uses_reached_by_very_many_definitions_are_bounded_and_say_so() -> None:
    branches = "".join(f"    if n == {i}:\n        x = await a()\n" for i in range(120))
    g = py(
        TASKS + "@workflow\nasync def main(n: int):\n    x = 0\n" + branches + "    await t(x)\n"
    )
    assert len(sources(g, g.durable_nodes()[-1].id)) == 50
    assert len(g.warnings) == 1
    assert "some uses of `x` are reached by more definitions than are followed" in g.warnings[0]
    few = "".join(f"    if n == {i}:\n        x = await a()\n" for i in range(40))
    small = py(TASKS + "@workflow\nasync def main(n: int):\n    x = 0\n" + few + "    await t(x)\n")
    assert len(sources(small, small.durable_nodes()[-1].id)) == 40 and not small.warnings
