"""Reading an attribute runs code of the file only through a getter (or a `Proxy`, or a
Python attribute hook): a TypeScript file that defines none skips the question for each
read, and one that does still has every getter followed."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.frontends import build_model
from wac_lint.frontends.typescript import TypeScriptFrontEnd
from wac_lint.source import SourceFile

HEAD = 'import { task, workflow } from "windmill-client";\n'
BODY = """
const save = task(async (at: number) => at);

export const main = workflow(async () => {
  const at = clock.now;
  return await save(Number(at));
});
"""


def findings(text: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("w.ts", text, "typescript"))
    return [(f.row, f.code, f.message) for f in result.findings]


def getters(text: str) -> bool:
    model = build_model(SourceFile("w.ts", text, "typescript"))
    return TypeScriptFrontEnd(model).may_define_getters()


def test_an_object_literal_getter_is_followed() -> None:
    text = HEAD + "const clock = {\n  get now() {\n    return Date.now();\n  },\n};\n" + BODY
    assert getters(text)
    assert findings(text) == [
        (
            11,
            "WAC102",
            "`Date.now` (reached through `main → clock.now → Date.now`) reads the clock: the "
            "value changes between replays of the workflow body; capture it with `step(...)`",
        )
    ]


def test_a_class_getter_is_followed() -> None:
    text = HEAD + "class Clock {\n  get now() {\n    return Date.now();\n  }\n}\n"
    text += "const clock = new Clock();\n" + BODY
    assert getters(text)
    assert [code for _, code, _ in findings(text)] == ["WAC102"]


def test_a_method_is_not_a_getter() -> None:
    # `clock.now` reads the method without calling it: nothing runs
    text = HEAD + "const clock = {\n  now() {\n    return Date.now();\n  },\n};\n" + BODY
    assert not getters(text)
    assert findings(text) == []
