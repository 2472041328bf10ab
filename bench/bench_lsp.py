"""Latency of `wac-lint lsp`: start-up, first diagnostics, edit -> diagnostics.

Starts the real server over stdio (as an editor does) and times, from the
moment the process is spawned, the `initialize` answer and the first
`publishDiagnostics` of a workflow script opened right after `initialized`
(goals: 300 ms each). Then it makes small edits one at a time (typing and
deleting a character in a comment line, or with `--where code` at the end of a
name in the workflow body, which no analysis can reuse) and times each from sending
`textDocument/didChange` to receiving the `publishDiagnostics` for that
version. The server runs with `debounce: 0` (initializationOptions), so the
numbers are the server's own work: JSON-RPC, applying the incremental change,
re-parsing (incrementally), analysing on the worker thread, converting
positions, publishing. Goals: p90 under 50 ms at 1,000 lines, under 100 ms at
5,000 lines.

The last columns time tree-sitter alone on the same text: a fresh parse, and
the incremental re-parse after one typed character (what the server does);
`cpu` is the server process's CPU seconds over the whole session (start, first
analysis, every edit), read from /proc before it exits.

Builds side by side: `--server LABEL@PYTHONPATH` (repeatable) runs
`python -P -m wac_lint lsp` with that PYTHONPATH (see "Another checkout" in
bench/README.md), `--rounds N` times each, round-robin, so that load from
elsewhere hits every build alike; the latencies of the rounds are pooled.

    python bench/bench_lsp.py [--edits 40] [--lines 1000,5000]
    python bench/bench_lsp.py --server main@/tmp/base/site --server this@/tmp/head/site --rounds 3
    python bench/bench_lsp.py --typing 250 --lines 5000   # typing, see measure_typing
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

from wac_lint.engine import analyze_source
from wac_lint.lsp.incremental import EditLog, parser_for
from wac_lint.source import SourceFile

LINES = 1000
GOALS_MS = {1000: 50.0, 5000: 100.0}  # p90 edit -> diagnostics, by document size
START_GOAL_MS = 300.0


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


@dataclass
class Run:
    init_ms: float  # spawn -> initialize answered
    first_ms: float  # spawn -> first diagnostics of the opened document
    latencies: list[float]  # didChange -> publishDiagnostics, per edit
    cpu_s: float = 0.0  # the server process's CPU (user + system), whole session


@dataclass(frozen=True)
class Server:
    label: str
    pythonpath: str | None  # None: this interpreter's own wac_lint


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of a running process (Linux; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def edit_point(text: str, where: str) -> tuple[int, int]:
    """(row, column) the edits type at: the start of a comment line between the tasks
    and the body (`comment`), or the end of the name `started` in the workflow body
    (`code`: the name changes, so every edit is re-analysed in full)."""
    rows = text.split("\n")
    if where == "code":
        row = next(i for i, line in enumerate(rows) if "started = " in line)
        return row, rows[row].index("started") + len("started")
    return next(i for i, line in enumerate(rows) if "filler" in line), 0


async def measure(
    language: str,
    text: str,
    uri: str,
    edits: int,
    server: Server = Server("this", None),
    where: str = "comment",
) -> Run:
    client = LanguageClient("wac-lint-bench", "1")
    arrived: dict[int, float] = {}
    event = asyncio.Event()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def published(params: types.PublishDiagnosticsParams) -> None:
        if params.version is not None:
            arrived[params.version] = time.perf_counter()
            event.set()

    command, env = server_command(server)
    spawned = time.perf_counter()
    await client.start_io(*command, env=env)
    await client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(),
            initialization_options={"debounce": 0},
        )
    )
    init_ms = (time.perf_counter() - spawned) * 1000
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
    first_ms = (await wait_for(1) - spawned) * 1000
    # Typing there keeps the findings stable.
    edit_row, edit_column = edit_point(text, where)
    typed = "x" if where == "code" else " "
    latencies: list[float] = []
    for n in range(edits):
        version = n + 2
        at = types.Position(line=edit_row, character=edit_column)
        sent = time.perf_counter()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                # Alternately type and delete a character: the document stays the same.
                content_changes=[
                    types.TextDocumentContentChangePartial(
                        range=types.Range(start=at, end=at), text=typed
                    )
                    if n % 2 == 0
                    else types.TextDocumentContentChangePartial(
                        range=types.Range(
                            start=at,
                            end=types.Position(line=edit_row, character=edit_column + 1),
                        ),
                        text="",
                    )
                ],
            )
        )
        latencies.append((await wait_for(version) - sent) * 1000)
    process = client._server  # pygls keeps the process it started here
    cpu = process_cpu(process.pid) if process is not None else 0.0
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return Run(init_ms, first_ms, latencies, cpu)


async def measure_typing(
    language: str, text: str, uri: str, bursts: int, interval_ms: float, server: Server
) -> list[float]:
    """Typing with the default debounce: bursts of 6 edits `interval_ms` apart (one
    per keystroke, as an editor sends them), then a pause; per burst, the time from
    its last edit to that version's diagnostics. An edit slower to analyse than the
    typing interval leaves analyses of versions nobody will see behind it."""
    client = LanguageClient("wac-lint-bench", "1")
    arrived: dict[int, float] = {}
    event = asyncio.Event()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def published(params: types.PublishDiagnosticsParams) -> None:
        if params.version is not None:
            arrived[params.version] = time.perf_counter()
            event.set()

    command, env = server_command(server)
    await client.start_io(*command, env=env)
    await client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities()))
    client.initialized(types.InitializedParams())
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id=language, version=1, text=text
            )
        )
    )

    async def wait_for(version: int) -> float:
        while version not in arrived:
            event.clear()
            await asyncio.wait_for(event.wait(), 60)
        return arrived[version]

    await wait_for(1)
    await asyncio.sleep(1.5)  # the server has finished loading
    # Inside the workflow body, where a WAC author edits.
    row = next(i for i, line in enumerate(text.split("\n")) if "r3 = await" in line)
    version, column = 1, len(text.split("\n")[row]) - len(text.split("\n")[row].lstrip())
    latencies: list[float] = []
    for _ in range(bursts):
        for _ in range(6):
            version += 1
            at = types.Position(line=row, character=column)
            end = at if version % 2 == 0 else types.Position(line=row, character=column + 1)
            client.text_document_did_change(
                types.DidChangeTextDocumentParams(
                    text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                    content_changes=[
                        types.TextDocumentContentChangePartial(
                            range=types.Range(start=at, end=end),
                            text=" " if version % 2 == 0 else "",
                        )
                    ],
                )
            )
            sent = time.perf_counter()
            await asyncio.sleep(interval_ms / 1000)
        latencies.append((await wait_for(version) - sent) * 1000)
        await asyncio.sleep(1.0)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return latencies


PYCACHE = Path(tempfile.gettempdir()) / "wac-lint-bench-pycache"
COMPILE = (
    "import compileall, wac_lint, wac_lint.rules, wac_lint.lsp\n"
    "for package in (wac_lint, wac_lint.rules, wac_lint.lsp):\n"
    "    for folder in package.__path__:\n"
    "        compileall.compile_dir(folder, quiet=1)\n"
)


def server_command(server: Server) -> tuple[list[str], dict[str, str]]:
    """The server's command line and environment: its modules' bytecode cached
    under PYCACHE (compiled by `compile_server`), as an installed package has it,
    whatever PYTHONDONTWRITEBYTECODE says here (compiling wac-lint's own modules
    at every start costs more than the rest of the start-up)."""
    command = [sys.executable, "-m", "wac_lint", "lsp"]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE / (server.label if server.pythonpath else "this"))
    if server.pythonpath is None:
        return command, env
    command.insert(1, "-P")  # the checkout's own wac_lint/ off sys.path
    return command, {**env, "PYTHONPATH": server.pythonpath}


def compile_server(server: Server) -> None:
    """Write the bytecode of the build's modules, once, before anything is timed."""
    command, env = server_command(server)
    subprocess.run([*command[:-3], "-c", COMPILE], env=env, check=True)


def analysis_only(name: str, language: str, text: str, rounds: int = 20) -> float:
    source = SourceFile(name, text, language)
    analyze_source(source)
    started = time.perf_counter()
    for _ in range(rounds):
        analyze_source(SourceFile(name, text, language))
    return (time.perf_counter() - started) / rounds * 1000


def parse_times(language: str, text: str, rounds: int = 20) -> tuple[float, float]:
    """(fresh parse ms, incremental re-parse ms after typing one character)."""
    log = EditLog(text)
    data = text.encode("utf-8")
    started = time.perf_counter()
    for _ in range(rounds):
        tree = parser_for(language).parse(data)
    fresh = (time.perf_counter() - started) / rounds * 1000
    log.adopt(log.epoch, 1, tree)
    row = next(i for i, line in enumerate(text.split("\n")) if "filler" in line)
    at = types.Position(line=row, character=0)
    change = types.TextDocumentContentChangePartial(range=types.Range(start=at, end=at), text="x")
    lines = text.split("\n")
    lines[row] = "x" + lines[row]
    edited = "\n".join(lines)
    log.record([change], 2, types.PositionEncodingKind.Utf16, edited)
    plan = log.plan(2)
    assert plan is not None
    new_data = edited.encode("utf-8")
    started = time.perf_counter()
    for _ in range(rounds):
        plan.parse(new_data, language)
    return fresh, (time.perf_counter() - started) / rounds * 1000


def parse_server(spec: str) -> Server:
    label, _, pythonpath = spec.partition("@")
    if not label or not pythonpath:
        raise argparse.ArgumentTypeError("expected LABEL@PYTHONPATH")
    return Server(label, pythonpath)


def p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(int(len(ordered) * 0.9) - 1, 0)]


def typing(servers: list[Server], sizes: list[int], rounds: int, interval_ms: float) -> None:
    print(f"typing: bursts of 6 edits {interval_ms:.0f} ms apart, debounce 150 ms; times in ms")
    print(f"{'build':<8} {'language':<11} {'lines':>5} {'median':>7} {'p90':>7} {'max':>7}  n")
    for lines in sizes:
        for language, text, name in [
            ("python", python_script(lines), "bench_flow.py"),
            ("typescript", typescript_script(lines), "bench_flow.ts"),
        ]:
            found: dict[Server, list[float]] = {server: [] for server in servers}
            for _ in range(rounds):
                for server in servers:
                    uri = (Path.cwd() / name).as_uri()
                    run = measure_typing(language, text, uri, 4, interval_ms, server)
                    found[server].extend(asyncio.run(run))
            for server, latencies in found.items():
                latencies.sort()
                print(
                    f"{server.label:<8} {language:<11} {lines:>5} "
                    f"{statistics.median(latencies):>7.0f} {p90(latencies):>7.0f} "
                    f"{latencies[-1]:>7.0f}  {len(latencies)}"
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--edits", type=int, default=40)
    parser.add_argument("--lines", default="1000,5000", help="document sizes, comma-separated")
    parser.add_argument(
        "--server",
        type=parse_server,
        action="append",
        help="LABEL@PYTHONPATH of a build to time (repeatable; default: this one)",
    )
    parser.add_argument("--rounds", type=int, default=1, help="sessions per build, round-robin")
    parser.add_argument(
        "--where",
        choices=["comment", "code"],
        default="comment",
        help="type in a comment line (default) or in a name of the workflow body",
    )
    parser.add_argument(
        "--typing",
        type=float,
        metavar="MS",
        help="instead: typing in the workflow body, an edit every MS ms, default debounce",
    )
    args = parser.parse_args()
    servers: list[Server] = args.server or [Server("this", None)]
    for server in servers:
        compile_server(server)
    if args.typing is not None:
        typing(servers, [int(n) for n in args.lines.split(",")], args.rounds, args.typing)
        return
    cwd = Path.cwd()
    sizes = [int(n) for n in args.lines.split(",")]
    print(
        f"debounce 0, {args.edits} edits per document in {args.where}, "
        f"{args.rounds} round(s); times in ms"
    )
    print(
        f"{'build':<8} {'language':<11} {'lines':>5} {'init':>6} {'first':>6} {'median':>7} "
        f"{'p90':>7} {'max':>7} {'cpu s':>6} {'analysis':>9} {'parse':>6} {'reparse':>8}"
    )
    verdicts: list[str] = []
    for lines in sizes:
        for language, text, name in [
            ("python", python_script(lines), "bench_flow.py"),
            ("typescript", typescript_script(lines), "bench_flow.ts"),
        ]:
            runs: dict[Server, list[Run]] = {server: [] for server in servers}
            for _ in range(args.rounds):
                for server in servers:
                    uri = (cwd / name).as_uri()
                    run = measure(language, text, uri, args.edits, server, args.where)
                    runs[server].append(asyncio.run(run))
            only = analysis_only(name, language, text)
            fresh, again = parse_times(language, text)
            for server in servers:
                done = runs[server]
                latencies = sorted(x for run in done for x in run.latencies)
                init_ms = statistics.median(run.init_ms for run in done)
                first_ms = statistics.median(run.first_ms for run in done)
                cpu = statistics.median(run.cpu_s for run in done)
                print(
                    f"{server.label:<8} {language:<11} {text.count(chr(10)):>5} {init_ms:>6.0f} "
                    f"{first_ms:>6.0f} {statistics.median(latencies):>7.1f} "
                    f"{p90(latencies):>7.1f} {latencies[-1]:>7.1f} {cpu:>6.2f} {only:>9.1f} "
                    f"{fresh:>6.1f} {again:>8.2f}"
                )
                who = f"{server.label} {language}"
                goal = GOALS_MS.get(lines)
                if goal is not None:
                    ok = "meets" if p90(latencies) < goal else "MISSES"
                    verdicts.append(f"{who} {lines} lines: p90 {ok} {goal:.0f} ms")
                if lines == LINES:
                    for label, value in (("initialize", init_ms), ("first diagnostics", first_ms)):
                        ok = "meets" if value < START_GOAL_MS else "MISSES"
                        verdicts.append(f"{who}: {label} {ok} {START_GOAL_MS:.0f} ms")
    for verdict in verdicts:
        print(verdict)


if __name__ == "__main__":
    main()
