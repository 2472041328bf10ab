"""`await f<T>(x)`: tree-sitter-typescript reads it as `(await f)<T>(x)`, a call
of the awaited name. The TypeScript front-end settles such calls (re-parses
with the type arguments blanked) so the call is the awaited one, in every
context: a declaration, a return, a bare statement, a member chain, and in the
language server's incremental parses."""

from __future__ import annotations

from pathlib import Path

from wac_lint.engine import analyze_bytes
from wac_lint.parsing import parse
from wac_lint.source import SourceFile

WORKFLOW = b"""import { task, workflow, step } from "windmill-client";
import * as wmill from "windmill-client";

const load = task(async (id: string): Promise<string> => id);

export const main = workflow(async (id: string) => {
  const cfg = await wmill.getVariable<string>("f/x/cfg");
  const rows = await fetchJson<string[]>(`https://api/${id}`);
  const r = await load<string>(id);
  const when = await step<number>("t", () => Date.now());
  return { cfg, rows, r, when };
});

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  return (await res.json()) as T;
}
"""


def test_generic_calls_under_await_are_the_awaited_calls(tmp_path: Path) -> None:
    path = tmp_path / "generic.ts"
    path.write_bytes(WORKFLOW)
    findings = analyze_bytes(WORKFLOW, str(path)).findings
    found = [(f.row, f.column, f.code, f.message) for f in findings]
    assert found == [
        (
            7,
            21,
            "WAC101",
            "`wmill.getVariable` calls the Windmill API in the workflow body, which re-runs "
            "on every replay; move it into a task or a `step(...)`",
        ),
        (
            8,
            22,
            "WAC101",
            "`fetch` (reached through `main → fetchJson → fetch`) does network I/O in the "
            "workflow body, which re-runs on every replay; move it into a task or a `step(...)`",
        ),
    ]


def _await_shapes(code: str) -> list[str]:
    tree = parse(SourceFile("x.ts", code, "typescript"))
    out: list[str] = []

    def walk(node: object) -> None:
        import tree_sitter

        assert isinstance(node, tree_sitter.Node)
        if node.type == "await_expression":
            out.append(node.named_children[0].type)
        for child in node.children:
            walk(child)

    walk(tree.root_node)
    return out


def test_every_context_settles() -> None:
    code = (
        "async function g() {\n"
        "  const a = await f<T>(x);\n"
        "  await f<A<B>>(x);\n"
        "  const c = await a.b<T>(x).y;\n"
        "  const d = await f<T>(await g<U>(x));\n"
        "  return await f<T>(x);\n"
        "}\n"
    )
    assert _await_shapes(code) == [
        "call_expression",
        "call_expression",
        "member_expression",
        "call_expression",
        "call_expression",
        "call_expression",
    ]
    # Plain comparisons stay comparisons.
    assert _await_shapes("async function g() { return (await a) < b > (c); }") == ["identifier"]


def test_the_language_servers_incremental_parse_settles_too() -> None:
    from lsp.incremental import Reparse, parser_for

    before = b"async function g() {\n  const a = await f(x);\n}\n"
    after = b"async function g() {\n  const a = await f<T>(x);\n}\n"
    old = parser_for("typescript").parse(before)
    old.edit(
        start_byte=37,
        old_end_byte=37,
        new_end_byte=40,
        start_point=(1, 17),
        old_end_point=(1, 17),
        new_end_point=(1, 20),
    )
    tree = Reparse(old, ()).parse(after, "typescript")
    call = tree.root_node.named_children[0].child_by_field_name("body")
    assert call is not None
    assert "(await_expression (call_expression" in str(call)
