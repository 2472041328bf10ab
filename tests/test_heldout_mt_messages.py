"""Red team MT: TypeScript bindings assigned again (`let`), generator functions
declared in the body, ORM and SDK clients, pinned with WAC101's messages."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile

HEAD = 'import axios from "axios";\nimport { workflow } from "windmill-client";\n'


def wac101(code: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=["WAC101"])
    return [(f.row, f.message) for f in result.findings]


def network(what: str, chain: str | None = None) -> str:
    via = f" (reached through `{chain}`)" if chain else ""
    return (
        f"`{what}`{via} does network I/O in the workflow body, "
        "which re-runs on every replay; move it into a task or a `step(...)`"
    )


def test_let_stub_reassigned_to_an_axios_instance_on_one_branch() -> None:
    code = HEAD + (
        "export const main = workflow(async (live: boolean) => {\n"
        "  let http: any = { post: async () => null };\n"
        '  if (live) http = axios.create({ baseURL: "https://x" });\n'
        '  await http.post("/a", {});\n'
        "});\n"
    )
    assert wac101(code) == [(6, network("http.post"))]


def test_axios_instance_replaced_by_a_stub_before_the_call() -> None:
    code = HEAD + (
        "export const main = workflow(async () => {\n"
        '  let http: any = axios.create({ baseURL: "https://x" });\n'
        "  http = { post: async (_u: string, b: unknown) => b };\n"
        '  await http.post("/a", {});\n'
        "});\n"
    )
    assert wac101(code) == []


def test_let_arrow_reassigned_to_a_fetching_arrow_in_a_branch() -> None:
    code = HEAD + (
        "export const main = workflow(async (hook: string) => {\n"
        "  let notify = async (m: string) => console.log(m);\n"
        "  if (hook) {\n"
        "    notify = async (m: string) => {\n"
        '      await fetch(hook, { method: "POST", body: m });\n'
        "    };\n"
        "  }\n"
        '  await notify("done");\n'
        "});\n"
    )
    assert wac101(code) == [(10, network("fetch", "main → notify → fetch"))]


def test_fetching_arrow_reset_to_a_logger_before_the_call() -> None:
    code = HEAD + (
        "export const main = workflow(async (hook: string) => {\n"
        "  let notify = async (m: string) => {\n"
        '    await fetch(hook, { method: "POST", body: m });\n'
        "  };\n"
        "  notify = async (m: string) => console.log(m);\n"
        '  await notify("done");\n'
        "});\n"
    )
    assert wac101(code) == []


def test_a_later_assignment_in_a_loop_reaches_an_earlier_call() -> None:
    code = HEAD + (
        "export const main = workflow(async (hooks: string[]) => {\n"
        "  let send = async (m: string) => console.log(m);\n"
        "  for (const h of hooks) {\n"
        "    await send(h);\n"
        "    send = async (m: string) => {\n"
        "      await fetch(m);\n"
        "    };\n"
        "  }\n"
        "});\n"
    )
    assert wac101(code) == [(6, network("fetch", "main → send → fetch"))]


def test_a_let_transformed_by_its_own_methods_is_analysed() -> None:
    code = HEAD + (
        "export const main = workflow(async (xs: number[]) => {\n"
        "  let ys = xs;\n"
        "  for (const _ of xs) ys = ys.filter((y) => y > 0);\n"
        "  ys = ys.map((y) => y * 2);\n"
        "  return ys;\n"
        "});\n"
    )
    assert wac101(code) == []


def test_generator_function_declared_in_the_body_is_reported_where_it_is_called() -> None:
    code = HEAD + (
        "export const main = workflow(async (api: string) => {\n"
        "  async function* pages() {\n"
        "    yield await fetch(api);\n"
        "  }\n"
        "  for await (const p of pages()) console.log(p);\n"
        "});\n"
    )
    assert wac101(code) == [(7, network("fetch", "main → pages → fetch"))]
