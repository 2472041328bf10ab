"""Messages say what holds for the code they point at: a renaming pattern is not an
import, a class instance loses what that class has (not "methods" it does not have),
and a run that could not read a file does not say "All checks passed"."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from wac_lint.cli import cli
from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile


def messages(code: str, rule: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=[rule])
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.message) for f in result.findings]


def test_wac001_says_destructured_for_a_renaming_pattern_of_require() -> None:
    code = (
        'const { task: t, workflow } = require("windmill-client");\n'
        'import { step as s } from "windmill-client";\n'
    )
    assert messages(code, "WAC001") == [
        (
            1,
            "`task` is destructured as `t`: Windmill's parser only recognises the exact "
            "name; destructure `task` without an alias",
        ),
        (
            2,
            "`step` is imported as `s`: Windmill's parser only recognises the exact name; "
            "import `step` without an alias",
        ),
    ]


CLASSES = """\
import { task, workflow } from "windmill-client";
class Base { greet() { return 1; } }
class Child extends Base { v = 1; }
class Vault { #key = 1; #salt = 2; sign = () => 1; open() { return 2; } }
class Row { v = 1; format = (x: number) => String(x); }
class Box { #secret = 1; value: number; constructor(v: number) { this.value = v; } }
const a = task(async () => new Child());
const b = task(async () => new Vault());
const c = task(async () => new Row());
const d = task(async (v: number) => new Box(v));
export const main = workflow(async () => {
  return [await a(), await b(), await c(), await d(1)];
});
"""


def test_wac107_names_what_an_instance_of_the_class_loses() -> None:
    lead = "is checkpointed as JSON and comes back as a plain object without"
    assert messages(CLASSES, "WAC107") == [
        (7, f"`new Child()` is a `Child` instance returned by this task: it {lead} its methods"),
        (
            8,
            f"`new Vault()` is a `Vault` instance returned by this task: it {lead} its "
            "methods, its private fields `#key` and `#salt`, and its function field `sign`",
        ),
        (
            9,
            f"`new Row()` is a `Row` instance returned by this task: it {lead} its function "
            "field `format`",
        ),
        (
            10,
            f"`new Box(v)` is a `Box` instance returned by this task: it {lead} its private "
            "field `#secret`",
        ),
    ]


def test_the_summary_does_not_say_passed_when_a_file_was_not_read(tmp_path: Path) -> None:
    good = tmp_path / "ok.py"
    good.write_text("print(1)\n")
    missing = str(tmp_path / "missing.py")
    result = CliRunner().invoke(cli, ["check", str(good), missing])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-1] == "No findings (1 file checked, 1 file not checked)."
    bad = tmp_path / "bad.py"
    bad.write_text("from wmill import task as t, workflow\n")
    result = CliRunner().invoke(cli, ["check", str(bad), missing])
    assert result.stdout.splitlines()[-1] == (
        "Found 1 finding in 1 file (1 file checked, 1 file not checked)."
    )


def test_wac005_says_what_hides_a_workflow_bound_to_main() -> None:
    # windmill-oracle `dag` on each: "No workflow() wrapped async function found."; `sig`:
    # no arguments. `main` is still bound to the workflow, so "must be the entry" was wrong.
    body = "workflow(async (n: number) => {\n  return await a(n);\n})"
    head = (
        'import { task, workflow } from "windmill-client";\n'
        "type Fn = (n: number) => Promise<number>;\n"
        "const a = task(async (x: number) => x);\n"
    )
    tail = (
        ": it runs, but Windmill's parsers only read a `workflow(...)` call that is the "
        'value itself, so they find no workflow (the diagram says "No workflow() wrapped '
        'async function found") and no parameters for `main`; write '
        "`export const main = workflow(async (...) => ...)`"
    )
    for value, how in (
        (f"{body} as Fn", "`as ...`"),
        (f"{body} satisfies Fn", "`satisfies ...`"),
        (f"({body})", "parentheses"),
    ):
        code = f"{head}export const main = {value};\n"
        assert messages(code, "WAC005") == [
            (4, f"`main` is `workflow(...)` wrapped in {how}{tail}")
        ]


def test_wac304_severity_follows_what_the_sdk_does_in_a_task_body() -> None:
    # wmill 1.850.0: `step` runs in place, `sleep` holds the worker, an awaited task runs
    # in place without its options (they run: warnings); `wait_for_approval` raises
    # RuntimeError (an error). windmill-client 1.818.0: any of them never settles (error).
    py = (
        "from wmill import task, step, sleep, wait_for_approval, workflow\n\n\n"
        "@task()\nasync def inner(x: int) -> int:\n    return x\n\n\n"
        "@task()\nasync def outer(x: int) -> int:\n"
        "    await step('s', lambda: x)\n"  # 11
        "    await sleep(5)\n"
        "    await wait_for_approval()\n"
        "    return await inner(x)\n\n\n"
        "@workflow\nasync def main(x: int):\n    return await outer(x)\n"
    )
    result = analyze_source(SourceFile("<t>.py", py, "python"), select=["WAC304"])
    assert [(f.row, f.severity) for f in result.findings] == [
        (11, "warning"),
        (12, "warning"),
        (13, "error"),
        (14, "warning"),
    ]
    ts = (
        'import { task, step, workflow } from "windmill-client";\n'
        "const outer = task(async (x: number) => {\n"
        '  return await step("s", async () => x);\n'
        "});\n"
        "export const main = workflow(async (x: number) => await outer(x));\n"
    )
    result = analyze_source(SourceFile("<t>.ts", ts, LANG_TYPESCRIPT), select=["WAC304"])
    assert [(f.row, f.severity) for f in result.findings] == [(3, "error")]
