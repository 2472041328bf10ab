"""Red team AI (aio): regressions for the general causes behind findings on correct
scripts (`tests/corpus/adversarial/ai_ok_*`) and on public Windmill scripts.

- WAC000 for plain scripts: a script that imports no WAC name and does not parse
  cannot run either; it was reported only in workflows (2,236 public `.py` / `.ts`
  files of Windmill workspaces: the two that tree-sitter refuses do not parse in
  CPython either).
- Valid syntax tree-sitter's grammars do not know (TypeScript variance annotations
  `<in out T>`, `export type * from`, `static accessor x`, `for (using x of xs)`;
  Python type parameter defaults, PEP 696) is
  bridged before analysis, so it is no syntax error, in workflows and plain scripts.
- WAC902: TypeScript `any` / `unknown` are untyped inputs, which is what they say
  (28 of the 41 WAC902 findings on the public scripts).
- WAC103: a computed approval key that is also the key given to
  `get_approval_urls` / `getApprovalUrls` is still reported, but no longer advised to
  become a literal (used twice in the loop: the SDK raises) or to be dropped (the
  URLs sent would address no approval).
"""

from __future__ import annotations

from functools import cache

from wac_lint.engine import analyze_source
from wac_lint.parsing import parse
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


@cache
def run(code: str, ts: bool = False) -> tuple[tuple[int, str, str], ...]:
    lang = LANG_TYPESCRIPT if ts else LANG_PYTHON
    source = SourceFile("<t>.ts" if ts else "<t>.py", code, lang)
    result = analyze_source(source)
    assert not result.errors, [e.error for e in result.errors]
    return tuple((f.row, f.code, f.message) for f in result.findings)


def rows(code: str, ts: bool = False) -> list[tuple[int, str]]:
    return [(row, rule) for row, rule, _ in run(code, ts)]


def has_error(code: str, ts: bool = False) -> bool:
    lang = LANG_TYPESCRIPT if ts else LANG_PYTHON
    return parse(SourceFile("<t>.ts" if ts else "<t>.py", code, lang)).root_node.has_error


# --- WAC000 in plain scripts ------------------------------------------------------


def test_plain_python_script_that_does_not_parse_gets_wac000() -> None:
    code = 'import wmill\n\ndef main(x: int:\n    return wmill.get_variable("f/x")\n'
    assert (3, "WAC000") in rows(code)


def test_plain_typescript_script_that_does_not_parse_gets_wac000() -> None:
    code = (
        'import * as wmill from "windmill-client";\n'
        "export async function main(x: number) {\n"
        "  return x +;\n"
        "}\n"
    )
    assert (3, "WAC000") in rows(code, ts=True)


def test_plain_scripts_that_parse_get_nothing() -> None:
    py = 'import wmill\n\ndef main(x: int):\n    return wmill.get_variable("f/x")\n'
    ts = 'import * as wmill from "windmill-client";\nexport async function main() { return 1; }\n'
    assert rows(py) == []
    assert rows(ts, ts=True) == []


# --- grammar gaps are not syntax errors ---------------------------------------------

TS_GAPS = (
    'export type * from "./types";\n',
    'export type * as shapes from "./shapes";\n',
    "interface Box<out T> { value: T }\n",
    "abstract class Sink<in out T> { abstract put(x: T): void; }\n",
    "type Fn<in A, out R> = (a: A) => R;\n",
    "function keep<in T, U>(x: U) { return x; }\n",
    "type Opt<out T extends object = {}> = T;\n",
    "class Holder<const in T> {}\n",
    "class Counter { static accessor count = 0; }\n",
    "function f() {\n  for (using h of handles) {\n    h.write(1);\n  }\n}\n",
    # a typed tagged template in a branch of a ternary (a public `postgres` client script)
    "async function q(c?: string) {\n  return c\n    ? await sql<Row[]>`select ${c}`\n"
    "    : await sql<Row[]>`select 2`;\n}\n",
)


def test_typescript_grammar_gaps_parse() -> None:
    for code in TS_GAPS:
        assert not has_error(code, ts=True), code


def test_typescript_real_errors_near_the_gaps_stay_errors() -> None:
    for code in (
        "let x = in out;\n",
        'export type from "./x";\n',
        "type F<in T = ;\n",
        "for (using x in y) {}\n",
        "for (using of y) {}\n",
    ):
        assert has_error(code, ts=True), code


PY_GAPS = (
    "def first[T = int](xs: list[T]) -> T:\n    return xs[0]\n",
    "class Box[T = str]:\n    pass\n",
    "type Pair[T = int] = tuple[T, T]\n",
    "def f[T = int, U = str]():\n    pass\n",
)


def test_python_type_parameter_defaults_parse() -> None:
    for code in PY_GAPS:
        assert not has_error(code), code


def test_python_real_errors_near_the_gaps_stay_errors() -> None:
    for code in ("def f(x = ):\n    pass\n", "x = [T = int]\n", "def f[T = ]():\n    pass\n"):
        assert has_error(code), code


def test_a_workflow_with_a_grammar_gap_has_no_wac000_and_keeps_its_findings() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n'  # 1
        'export type * from "./types";\n'  # 2
        "interface Box<out T> { value: T }\n"  # 3
        "const t = task(async (x: number) => x);\n"  # 4
        "export const main = workflow(async (n: number) => {\n"  # 5
        "  const at = Date.now();\n"  # 6
        "  return await t(n + at);\n"  # 7
        "});\n"  # 8
    )
    found = rows(code, ts=True)
    assert all(rule != "WAC000" for _, rule in found)
    assert (6, "WAC102") in found


def test_a_python_workflow_with_a_type_parameter_default_has_no_wac000() -> None:
    code = (
        "from wmill import task, workflow\n"
        "def first[T = int](xs: list[T]) -> T:\n"
        "    return xs[0]\n"
        "@task()\n"
        "async def double(x: int) -> int:\n"
        "    return 2 * x\n"
        "@workflow\n"
        "async def main(xs: list[int]):\n"
        "    return await double(first(xs))\n"
    )
    assert rows(code) == []


# --- WAC902: `any` / `unknown` -------------------------------------------------------


def test_any_and_unknown_parameters_are_not_surprising() -> None:
    code = (
        'import { step, workflow } from "windmill-client";\n'
        "export const main = workflow(async (payload: unknown, extra: any, n?: any) => {\n"
        '  return await step("echo", () => ({ payload, extra, n }));\n'
        "});\n"
    )
    assert rows(code, ts=True) == []
    plain = "export async function main(body: any, raw: unknown) {\n  return { body, raw };\n}\n"
    assert rows(plain, ts=True) == []


def test_other_untyped_parameters_are_still_reported() -> None:
    code = (
        'import { workflow } from "windmill-client";\n'
        "export const main = workflow(async (value: string | number, ids: Array<string>) => {\n"
        "  return { value, ids };\n"
        "});\n"
    )
    assert rows(code, ts=True) == [(2, "WAC902"), (2, "WAC902")]


# --- WAC103: an approval key paired with its URLs ----------------------------------

PAIRED_TS = (
    'import { getApprovalUrls, step, waitForApproval, workflow } from "windmill-client";\n'  # 1
    'const SIGNERS = ["director", "finance"] as const;\n'  # 2
    "export const main = workflow(async () => {\n"  # 3
    "  for (const role of SIGNERS) {\n"  # 4
    '    const urls = await step("urls", () => getApprovalUrls(role));\n'  # 5
    "    await waitForApproval({ key: role, timeout: 3600 });\n"  # 6
    "  }\n"  # 7
    "  return 1;\n"  # 8
    "});\n"  # 9
)

PAIRED_ADVICE = (
    "it also names the approval whose URLs the workflow asks for, so keep it only where "
    "each value is asked once (the SDK raises on a repeated key, from a list holding a "
    "value twice), or write one literal key per approval"
)


def test_paired_approval_key_is_not_advised_a_literal_or_no_key() -> None:
    found = run(PAIRED_TS, ts=True)
    assert [(row, rule) for row, rule, _ in found] == [(6, "WAC103")]
    message = found[0][2]
    assert message.endswith(PAIRED_ADVICE)
    assert "drop the key" not in message


def test_paired_approval_key_in_python_through_a_lambda() -> None:
    code = (
        "from wmill import get_approval_urls, step, wait_for_approval, workflow\n"
        'ROLES = ["registrar", "director"]\n'
        "@workflow\n"
        "async def main():\n"
        "    for role in ROLES:\n"
        '        urls = await step("urls", lambda: get_approval_urls(f"ok_{role}"))\n'
        '        await wait_for_approval(key=f"ok_{role}", timeout=600)\n'
        "    return 1\n"
    )
    found = run(code)
    assert [(row, rule) for row, rule, _ in found] == [(7, "WAC103")]
    assert found[0][2].endswith(PAIRED_ADVICE)


def test_unpaired_computed_key_keeps_the_literal_advice() -> None:
    code = PAIRED_TS.replace("getApprovalUrls(role)", 'getApprovalUrls("director")')
    found = run(code, ts=True)
    assert [(row, rule) for row, rule, _ in found] == [(6, "WAC103")]
    assert "drop the key" in found[0][2]
