"""WAC000: a syntax error."""

from __future__ import annotations

from wac_lint.rule import Rule, RuleContext, py, ts


class InvalidSyntax(Rule):
    code = "WAC000"
    name = "invalid-syntax"
    summary = "The file does not parse; the rest of it is still analysed"
    message = "Syntax error: Windmill cannot run this script until it parses"
    wac_only = False  # a plain script that does not parse cannot run either
    docs = """
## What it does
Reports each place where the file does not parse as Python or TypeScript, in
workflows and in plain scripts alike. Valid syntax the parser's grammar does not
know yet is not reported: variance annotations on TypeScript type parameters
(`<in out T>`), `export type * from "./x"`, `static accessor x = 0`,
`for (using h of handles)`, and defaults of Python type parameters (`def f[T = int]()`,
PEP 696).

## Why is this bad
Windmill cannot build the input form, draw the workflow or run the script.
wac-lint recovers past the error (tree-sitter keeps parsing), so the findings
elsewhere in the file are still shown while you type.

## Example
```python
@workflow
async def main(x: str:
    return await process(x)
```

## Use instead
```python
@workflow
async def main(x: str):
    return await process(x)
```
"""
    VALID = [
        py("from wmill import workflow\n\n@workflow\nasync def main(x: str):\n    return x\n"),
        ts(
            'import { workflow } from "windmill-client";\n'
            "export const main = workflow(async () => 1);\n"
        ),
    ]
    INVALID = [
        py("from wmill import workflow\n\n@workflow\nasync def main(x: int):\n    y = «x $» 2\n"),
        ts(
            'import { workflow } from "windmill-client";\n'
            "export const main = workflow(async () => { return 1 «)»; });\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        for span in ctx.model.syntax_errors:
            ctx.report(span)
