"""WAC903: what Windmill's WAC diagram parser refuses, compared with its own answers.

The goldens are `windmill-oracle dag` (windmill-parser-wasm-wac 1.668.6) on the
scripts beside them, made by the `make_goldens.py` scripts; the tests read the committed
files only (no Node needed, nothing skipped without it).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wac_lint.diagram import RefusalKind, diagram_refusals
from wac_lint.engine import analyze_source, build_any_model, read_source, source_from_text
from wac_lint.graph import graph_for_file
from wac_lint.model import ScriptModel
from wac_lint.registry import rule_by_code

TESTS = Path(__file__).parent
REFUSALS = TESTS / "graph" / "refusals"
WAC903 = rule_by_code("WAC903")


def golden_pairs() -> list[tuple[Path, Path]]:
    """(script, Windmill's answer) for every script with a committed DAG golden."""
    pairs = []
    for folder in (REFUSALS, TESTS / "graph"):
        for script in sorted((folder / "corpus").iterdir()):
            if script.suffix in (".py", ".ts"):
                pairs.append((script, folder / "golden" / f"{script.name}.json"))
    wac = TESTS / "corpus" / "wac"
    for script in sorted(wac.rglob("*")):
        if script.suffix in (".py", ".ts"):
            name = script.relative_to(wac).as_posix().replace("/", "__")
            pairs.append((script, TESTS / "golden" / "dag" / f"{name}.json"))
    return pairs


def windmill_errors(golden: Path) -> list[tuple[int, str]]:
    """(line, message) of Windmill's errors; a parse error by its kind only (its text is
    the byte offset swc / rustpython stopped at)."""
    answer = json.loads(golden.read_text(encoding="utf-8"))
    if answer.get("type") != "error":
        return []
    return sorted(
        (e["line"], "Parse error" if e["message"].startswith("Parse error") else e["message"])
        for e in answer["errors"]
    )


def model_of(path: Path) -> ScriptModel:
    model = build_any_model(read_source(path))
    assert isinstance(model, ScriptModel)
    return model


def test_agrees_with_windmill_on_every_golden() -> None:
    compared = refused = 0
    kinds = set()
    for script, golden in golden_pairs():
        assert golden.exists(), f"no golden for {script}"
        model = model_of(script)
        if not model.workflows or model.syntax_errors:
            continue  # no workflow wac-lint sees: nothing is judged
        refusals = diagram_refusals(model)
        mine = sorted((r.windmill_line, r.windmill_message) for r in refusals)
        assert mine == windmill_errors(golden), script
        compared += 1
        refused += bool(refusals)
        kinds |= {r.kind for r in refusals}
    assert compared >= 140 and refused >= 30
    assert kinds == set(RefusalKind)


# The rules that report a workflow declared so that Windmill does not find it (and say
# the diagram is lost), and WAC106, a task call dropped or never read (what is lost at
# run time): WAC903 leaves those refusals to them.
DECLARATION_RULES = {"WAC001", "WAC002", "WAC004", "WAC005", "WAC106"}


def test_the_rule_reports_each_refusal_where_windmill_names_it() -> None:
    for script in sorted((REFUSALS / "corpus").iterdir()):
        golden = windmill_errors(REFUSALS / "golden" / f"{script.name}.json")
        found = analyze_source(read_source(script)).findings
        rows = sorted(f.row for f in found if f.code == "WAC903")
        declared = {f.row for f in found if f.code in DECLARATION_RULES}
        named = sorted(line for line, _ in golden if line)
        if script.stem.endswith("_ok"):
            assert golden == [] and rows == [], script.name
        elif named:
            # on the line Windmill names, unless a declaration rule reports it there
            assert rows == [n for n in named if n not in declared], script.name
        elif model_of(script).workflows:
            # no line: one finding on the workflow, or the declaration rules' findings
            assert len(rows) == 1 or (rows == [] and declared), script.name


@pytest.mark.parametrize(
    ("name", "code", "row"),
    [
        ("py_sync_workflow.py", "WAC004", 11),
        ("ts_sync_workflow.ts", "WAC004", 8),
        ("py_aliased_workflow.py", "WAC001", 2),
        ("py_namespace_workflow.py", "WAC002", 9),
        ("py_workflow_call_decorator.py", "WAC005", 9),
    ],
)
def test_a_workflow_windmill_does_not_find_is_the_declaration_rules(
    name: str, code: str, row: int
) -> None:
    """Windmill finds no workflow, or a sync one: the rule that reports how it is declared
    already says so (and that the diagram is lost); WAC903 adds nothing."""
    found = analyze_source(read_source(REFUSALS / "corpus" / name)).findings
    assert (row, code) in [(f.row, f.code) for f in found]
    assert findings(name) == []


def findings(name: str) -> list[tuple[int, str, str]]:
    assert WAC903 is not None
    result = analyze_source(read_source(REFUSALS / "corpus" / name), rules=[WAC903])
    return [(f.row, f.severity, f.message) for f in result.findings]


LEAD = "Windmill's UI shows no diagram for this workflow: "
AWAIT = '"Task calls must be awaited directly or used inside asyncio.gather()/Promise.all()."'


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "py_unawaited_assign.py",
            [
                (
                    21,
                    "warning",
                    LEAD + f"its parser refuses `t(1)`, a task call not awaited where it is "
                    f"made ({AWAIT}); write `p = await t(1)` or pass the call to "
                    "`asyncio.gather(...)` in this statement",
                )
            ],
        ),
        (
            "ts_unawaited_declaration.ts",
            [
                (
                    9,
                    "warning",
                    LEAD + f"its parser refuses `t(1)`, a task call not awaited where it is "
                    f"made ({AWAIT}); write `const p = await t(1)` or pass the call to "
                    "`Promise.all([...])` in this statement",
                )
            ],
        ),
        (
            "ts_expression_body_workflow.ts",
            [
                (
                    8,
                    "warning",
                    LEAD + "its parser finds no workflow "
                    '("No workflow() wrapped async function found."); it reads only a '
                    "top-level `export const main = workflow(async (...) => { ... })`: the "
                    "name `workflow` unaliased, given an `async` function with a block body",
                )
            ],
        ),
        (
            "ts_method_decorator.ts",
            [
                (
                    11,
                    "warning",
                    LEAD + "its TypeScript parser does not accept decorators and stops here "
                    '("Parse error"); move the decorated class to a module the script '
                    "imports, or call the decorator function by hand instead of writing `@`",
                )
            ],
        ),
        (
            "py_fstring_nested_quote.py",
            [
                (
                    6,
                    "warning",
                    LEAD + "its Python parser predates Python 3.12's f-strings and stops "
                    'here ("Parse error"): an f-string expression holds the string\'s own '
                    "quote; use the other quote inside the braces, or compute the value into "
                    "a variable first",
                )
            ],
        ),
        (
            "py_fstring_multiline.py",
            [
                (
                    6,
                    "warning",
                    LEAD + "its Python parser predates Python 3.12's f-strings and stops "
                    'here ("Parse error"): an f-string expression spans lines in a single-quoted '
                    "f-string; keep the expression on one line, or compute the value into a "
                    "variable first",
                )
            ],
        ),
    ],
)
def test_messages(name: str, expected: list[tuple[int, str, str]]) -> None:
    assert findings(name) == expected


def test_nothing_outside_a_workflow_or_in_a_file_that_does_not_parse() -> None:
    # a plain script Windmill also refuses ("No workflow() wrapped ..."): it has no diagram
    assert findings("ts_plain_main_calls_task.ts") == []
    text = (REFUSALS / "corpus" / "py_unawaited_statement.py").read_text(encoding="utf-8")
    broken = text.replace("async def main(xs: list):", "async def main(xs: list:")
    model = build_any_model(source_from_text(broken, "broken.py"))
    assert isinstance(model, ScriptModel) and model.syntax_errors
    assert diagram_refusals(model) == []


def test_graph_says_windmill_refuses() -> None:
    path = REFUSALS / "corpus" / "py_unawaited_in_try.py"
    graph = graph_for_file(path)
    refusal = (
        "Windmill's own diagram parser refuses this workflow: Task calls must be awaited "
        "directly or used inside asyncio.gather()/Promise.all()."
    )
    assert graph.warnings == [f"{path}:{row}: {refusal}" for row in (22, 28, 30)]
    assert graph_for_file(REFUSALS / "corpus" / "py_awaited_ok.py").warnings == []


# Marking WAC903 on a decorator line (`@checkpointed("leaf_price")  // expect: WAC903`)
# made the method look undecorated: a comment between a TypeScript method's decorators
# and the method hid them from the call-graph walk, so a decorator that runs the method
# in `step(...)` was not seen and its fetch was reported in the body.
CHECKPOINTED = (
    'import { step, task, workflow } from "windmill-client";\n'
    "function checkpointed(name: string) {\n"
    "  return function (target: any, _c: ClassMethodDecoratorContext) {\n"
    "    return function (this: any, ...args: any[]) {\n"
    "      return step(name, () => target.apply(this, args));\n"
    "    };\n  };\n}\n"
    "class Market {\n"
    '  @checkpointed("price")COMMENT\n'
    "  async price(x: string) {\n"
    "    const r = await fetch(`https://prices.example/${x}`);\n"
    "    return (await r.json()) as number;\n  }\n}\n"
    "const reserve = task(async (x: string, p: number) => p);\n"
    "export const main = workflow(async (x: string) => {\n"
    "  const p = await new Market().price(x);\n"
    "  return await reserve(x, p);\n});\n"
)


@pytest.mark.parametrize("comment", ["", "  // cached for the run", "\n  // cached", " /* c */"])
def test_a_comment_after_a_method_decorator_keeps_it(comment: str) -> None:
    text = CHECKPOINTED.replace("COMMENT", comment)
    found = analyze_source(source_from_text(text, "wf.ts")).findings
    # the fetch runs inside the decorator's step: only the diagram's refusal is left
    # (and WAC901, Windmill reading no signature in a file with a decorator)
    assert [(f.row, f.code) for f in found if f.code != "WAC901"] == [(10, "WAC903")]


@pytest.mark.parametrize(
    ("statement", "written"),
    [
        ("    p = t(1)\n    return p\n", "p = await t(1)"),
        ("    p = t(1)\n    await p\n", "p = await t(1)"),
        ("    p = (t(1))\n    await p\n", "p = await t(1)"),
    ],
)
def test_the_fix_it_suggests_keeps_the_statement(statement: str, written: str) -> None:
    text = (
        "from wmill import task, workflow\n\n@task()\nasync def t(x: int) -> int:\n"
        "    return x\n\n@workflow\nasync def main(n: int):\n" + statement
    )
    result = analyze_source(source_from_text(text, "wf.py"), rules=[WAC903])
    (finding,) = result.findings
    assert f"write `{written}` or pass the call" in finding.message


def test_the_fix_it_suggests_keeps_a_typescript_declaration() -> None:
    text = (
        'import { task, workflow } from "windmill-client";\n'
        "const t = task(async (x: number) => x);\n"
        "export const main = workflow(async (n: number) => {\n"
        "  let p = t(1);\n  return await p;\n});\n"
    )
    (finding,) = analyze_source(source_from_text(text, "wf.ts"), rules=[WAC903]).findings
    assert "write `let p = await t(1)` or pass the call" in finding.message
