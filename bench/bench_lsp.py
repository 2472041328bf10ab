"""Latency of `wac-lint lsp`: didChange -> publishDiagnostics, debounce excluded.

Starts the real server over stdio (as an editor does), opens a 1,000-line
workflow script per language, then makes small edits one at a time and times
each from sending `textDocument/didChange` to receiving the
`textDocument/publishDiagnostics` for that version. The server runs with
`debounce: 0` (initializationOptions), so the numbers are the server's own
work: JSON-RPC, applying the incremental change, analysing on the worker
thread, converting positions, publishing. Goal: under 50 ms.

    python bench/bench_lsp.py [--edits 40]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

from wac_lint.engine import analyze_source
from wac_lint.source import SourceFile

LINES = 1000
GOAL_MS = 50.0


def pad(top: list[str], body: list[str], lines: int, comment: str) -> str:
    """Exactly `lines` lines: comment lines fill the gap between the tasks and the body."""
    filler = [f"{comment} filler {n}" for n in range(lines - len(top) - len(body))]
    return "\n".join(top + filler + body) + "\n"


def python_script(lines: int = LINES) -> str:
    """A plausible large workflow: many tasks, helpers, and a long workflow body."""
    head = [
        "import asyncio",
        "import os",
        "from datetime import datetime",
        "",
        "import requests",
        "from wmill import step, task, workflow",
        "",
    ]
    tasks: list[str] = []
    body: list[str] = ["", "@workflow", "async def main(orders: list[str], region: str):"]
    body.append("    started = datetime.now()  # a finding (WAC102)")
    i = 0
    tail = 2
    while len(head) + len(tasks) + len(body) + tail + 11 <= lines:
        tasks += [
            "",
            "@task()",
            f"async def stage_{i}(order: str, attempt: int = 0) -> dict:",
            f'    """Stage {i}: call the service and normalise the reply."""',
            f'    reply = requests.post(f"https://svc.example.com/{i}/{{order}}", timeout=30)',
            "    reply.raise_for_status()",
            f'    return {{"order": order, "stage": {i}, "status": reply.status_code}}',
            "",
        ]
        body += [
            f"    r{i} = await stage_{i}(orders[{i} % len(orders)])",
            f'    if r{i}["status"] != 200:',
            f'        await step("retry_{i}", lambda: {i})',
        ]
        i += 1
    body += [
        '    requests.post("https://hooks.example.com/done")  # a finding (WAC101)',
        "    return {'started': str(started), 'region': region}",
    ]
    return pad(head + tasks, body, lines, "#")


def typescript_script(lines: int = LINES) -> str:
    head = [
        'import { step, task, workflow } from "windmill-client";',
        "",
    ]
    tasks: list[str] = []
    body: list[str] = [
        "",
        "export const main = workflow(async (orders: string[], region: string) => {",
        "  const started = Date.now(); // a finding (WAC102)",
    ]
    i = 0
    tail = 3
    while len(head) + len(tasks) + len(body) + tail + 10 <= lines:
        tasks += [
            "",
            f"// Stage {i}: call the service and normalise the reply.",
            f"const stage{i} = task(async (order: string, attempt = 0) => {{",
            f"  const reply = await fetch(`https://svc.example.com/{i}/${{order}}`);",
            f"  return {{ order, stage: {i}, status: reply.status, attempt }};",
            "});",
        ]
        body += [
            f"  const r{i} = await stage{i}(orders[{i} % orders.length]);",
            f"  if (r{i}.status !== 200) {{",
            f'    await step("retry_{i}", () => {i});',
            "  }",
        ]
        i += 1
    body += [
        '  await fetch("https://hooks.example.com/done"); // a finding (WAC101)',
        "  return { started, region };",
        "});",
    ]
    return pad(head + tasks, body, lines, "//")


async def measure(language: str, text: str, uri: str, edits: int) -> list[float]:
    client = LanguageClient("wac-lint-bench", "1")
    arrived: dict[int, float] = {}
    event = asyncio.Event()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def published(params: types.PublishDiagnosticsParams) -> None:
        if params.version is not None:
            arrived[params.version] = time.perf_counter()
            event.set()

    await client.start_io(sys.executable, "-m", "wac_lint", "lsp")
    await client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(),
            initialization_options={"debounce": 0},
        )
    )
    client.initialized(types.InitializedParams())

    async def wait_for(version: int) -> float:
        while version not in arrived:
            event.clear()
            await asyncio.wait_for(event.wait(), 30)
        return arrived[version]

    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id=language, version=1, text=text
            )
        )
    )
    await wait_for(1)
    comment_row = 1  # a blank/import line: edits there keep the findings stable
    latencies: list[float] = []
    for n in range(edits):
        version = n + 2
        at = types.Position(line=comment_row, character=0)
        sent = time.perf_counter()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                # Alternately type and delete a space: the document stays the same size.
                content_changes=[
                    types.TextDocumentContentChangePartial(
                        range=types.Range(start=at, end=at), text=" "
                    )
                    if n % 2 == 0
                    else types.TextDocumentContentChangePartial(
                        range=types.Range(
                            start=at, end=types.Position(line=comment_row, character=1)
                        ),
                        text="",
                    )
                ],
            )
        )
        latencies.append((await wait_for(version) - sent) * 1000)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return latencies


def analysis_only(name: str, language: str, text: str, rounds: int = 20) -> float:
    source = SourceFile(name, text, language)
    analyze_source(source)
    started = time.perf_counter()
    for _ in range(rounds):
        analyze_source(SourceFile(name, text, language))
    return (time.perf_counter() - started) / rounds * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--edits", type=int, default=40)
    args = parser.parse_args()
    cwd = Path.cwd()
    cases = [
        ("python", python_script(), (cwd / "bench_flow.py").as_uri(), "bench_flow.py"),
        ("typescript", typescript_script(), (cwd / "bench_flow.ts").as_uri(), "bench_flow.ts"),
    ]
    print(f"didChange -> publishDiagnostics, debounce 0, {args.edits} edits per document")
    print(f"{'language':<11} {'lines':>5} {'median':>8} {'p90':>8} {'max':>8} {'analysis':>9}")
    worst = 0.0
    for language, text, uri, name in cases:
        latencies = sorted(asyncio.run(measure(language, text, uri, args.edits)))
        median = statistics.median(latencies)
        p90 = latencies[int(len(latencies) * 0.9) - 1]
        only = analysis_only(name, language, text)
        worst = max(worst, median)
        print(
            f"{language:<11} {text.count(chr(10)):>5} {median:>6.1f}ms {p90:>6.1f}ms "
            f"{latencies[-1]:>6.1f}ms {only:>7.1f}ms"
        )
    verdict = "meets" if worst < GOAL_MS else "MISSES"
    print(f"median {verdict} the {GOAL_MS:.0f} ms goal")


if __name__ == "__main__":
    main()
