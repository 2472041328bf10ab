"""Starting another engine's workflow from the body is a request made again on every
replay (round V left `@temporalio/client` out of the catalogue): the Temporal clients
are external APIs, and building a TypeScript `Client` (it connects lazily) is not."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

TAIL = "in the workflow body, which re-runs on every replay; move it into a task or a `step(...)`"


def findings(code: str, language: str) -> list[tuple[int, str]]:
    name = "t.py" if language == LANG_PYTHON else "t.ts"
    result = analyze_source(SourceFile(name, code, language), select=["WAC101"])
    return [(f.row, f.message) for f in result.findings]


def test_temporal_typescript_client() -> None:
    code = (
        'import { Client, Connection } from "@temporalio/client";\n'
        'import { step, workflow } from "windmill-client";\n'
        "export const main = workflow(async (id: string) => {\n"
        '  const connection = await Connection.connect({ address: "temporal:7233" });\n'
        "  const client = new Client({ connection });\n"
        '  const handle = await client.workflow.start("fulfil", { taskQueue: "q", args: [id] });\n'
        "  return handle.workflowId;\n"
        "});\n"
    )
    assert findings(code, LANG_TYPESCRIPT) == [
        (4, f"`Connection.connect` calls a cloud or external API {TAIL}"),
        (6, f"`client.workflow.start` calls a cloud or external API {TAIL}"),
    ]


def test_temporal_typescript_client_in_a_step_is_fine() -> None:
    code = (
        'import { Client } from "@temporalio/client";\n'
        'import { step, workflow } from "windmill-client";\n'
        "export const main = workflow(async (id: string) => {\n"
        "  const client = new Client();\n"
        '  const run = await step("start", async () =>\n'
        '    (await client.workflow.start("fulfil", { taskQueue: "q", args: [id] })).workflowId);\n'
        "  return run;\n"
        "});\n"
    )
    assert findings(code, LANG_TYPESCRIPT) == []


def test_temporal_python_client() -> None:
    code = (
        "from temporalio.client import Client\nfrom wmill import workflow\n\n\n"
        "@workflow\nasync def main(order_id: str):\n"
        '    client = await Client.connect("temporal:7233")\n'
        '    await client.start_workflow("fulfil", order_id, id=order_id, task_queue="q")\n'
        "    return order_id\n"
    )
    assert findings(code, LANG_PYTHON) == [
        (8, f"`client.start_workflow` calls a cloud or external API {TAIL}"),
    ]
