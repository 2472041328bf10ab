"""WAC003: a `task(...)` / `taskScript(...)` awaited without being called, as in the
launch post (`await task(async () => {...})`). wmill 1.850.0's `task` returns a plain
`def` wrapper (`await` on it raises `TypeError`); windmill-client 1.818.0's returns a
function without `then`, which `await` hands back: nothing runs."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

TS_WHY = "`await` gives back the wrapper it returns, a function, without calling it"
PY_WHY = "the wrapper it returns is a plain function, and `await` on it raises `TypeError`"


def wac003(code: str, name: str) -> list[tuple[int, int, str, str]]:
    language = LANG_PYTHON if name.endswith(".py") else LANG_TYPESCRIPT
    result = analyze_source(SourceFile(name, code, language), select=["WAC003"])
    return [(f.row, f.column, f.severity, f.message) for f in result.findings]


def awaited(callee: str, why: str, what: str) -> str:
    return (
        f"`{callee}(...)` is awaited without being called: {why}, so {what} never runs; "
        f"call it (`await {callee}(...)(...)`), better a task defined once at top level"
    )


def test_typescript_wrapper_awaited() -> None:
    code = (
        'import { task, taskScript, workflow } from "windmill-client";\n'
        "export const main = workflow(async (url: string) => {\n"
        "  const data = await task(async () => {\n"
        "    const res = await fetch(url);\n"
        "    return res.json();\n"
        "  });\n"
        '  const report = await (taskScript("f/ops/report"));\n'
        "  return { data, report };\n"
        "});\n"
    )
    assert wac003(code, "wf.ts") == [
        (3, 22, "error", awaited("task", TS_WHY, "the task")),
        (7, 25, "error", awaited("taskScript", TS_WHY, "the script")),
    ]


def test_python_wrapper_awaited() -> None:
    code = (
        "from wmill import task, workflow\n\n\n@workflow\nasync def main(url: str):\n"
        "    data = await task(lambda: url.upper())\n    return {'data': data}\n"
    )
    assert wac003(code, "wf.py") == [(6, 18, "error", awaited("task", PY_WHY, "the task"))]


def test_wrapper_dropped_as_a_statement() -> None:
    code = (
        "from wmill import task, workflow\n\n\ndef save(r):\n    return r\n\n\n"
        "@workflow\nasync def main(r: str):\n    task(lambda: save(r))\n    return r\n"
    )
    assert wac003(code, "wf.py") == [
        (
            10,
            5,
            "error",
            "`task(...)` makes a wrapper that this statement drops without calling it, so the "
            "task never runs; call it (`await task(...)(...)`), better a task defined once at "
            "top level",
        )
    ]


def test_wrapper_called_on_the_spot_keeps_the_style_warning() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "async function fetchData(url: string) { return url; }\n"
        "export const main = workflow(async (url: string) => {\n"
        "  return await task(fetchData)(url);\n"
        "});\n"
    )
    [(row, _, severity, message)] = wac003(code, "ok.ts")
    assert (row, severity) == (4, "warning")
    assert message.startswith("`task(fetchData)` creates a task inside the workflow: it runs")
