#!/usr/bin/env python3
"""Instructions (not seconds) of `check` and `graph` on issue 9's long-body shapes.

    python bench/bench_instructions.py [--statements 1000] [--build LABEL@PYTHONPATH ...]
    python bench/bench_instructions.py --editor [--lines 1000,5000] [--build ...]

CPU seconds on a shared machine move by 30% between identical runs; the count of
instructions a run executes does not. Each case runs in a fresh interpreter under
`valgrind --tool=callgrind` (about 50x slower: keep `--statements` small; the
work is linear, so 1,000 statements rank changes as 20,000 would), once with the
command and once without it (imports, grammars, queries and a warm-up run on a
tiny file in both), and the difference is printed in millions. Builds: the
installed one by default; `--build main@/tmp/base/site` times another checkout laid
out as bench/README.md's "Another checkout" says.

`--editor`: instructions of one edit's re-analysis as the language server runs
it (`lsp.analysis.analyze` on the new version, with the previous tree and the
edit for an incremental parse and the previous analysis at hand), on
`bench_lsp.py`'s documents; the edit types a character into a name of the
workflow body (`bench_lsp.py --where code`), so nothing of the previous
analysis can be reused. Counted against the same process that stops after the
analysis of the first version.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = """
import sys
sys.path.insert(0, {bench!r})
import bench_pathological as bp
from wac_lint.engine import analyze_bytes, source_from_bytes
from wac_lint.gc_policy import tune_for_analysis
from wac_lint.graph import graph_for_source
tune_for_analysis()
shape, command, n, folder = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
py, ts = bp.PY_HEAD + bp.PY_MAIN, bp.TS_HEAD + bp.TS_MAIN
code = {{
    "awaited.py": py + "    x = await t(x)\\n" * n + "    return x\\n",
    "awaited.ts": ts + "  x = await t(x);\\n" * n + "}});\\n",
    "summary.py": py + "    summary = {{}}\\n" + "".join(
        f"    rows = await t(summary)\\n    summary['r{{i}}'] = rows\\n"
        f"    if rows:\\n        summary['n{{i}}'] = await t(summary['r{{i}}'])\\n"
        for i in range(n // 5)
    ),
}}[shape]
path = f"{{folder}}/{{shape}}"
for tiny, name in ((py + "    return 1\\n", "w.py"), (ts + "  return 1;\\n}});\\n", "w.ts")):
    analyze_bytes(tiny.encode(), f"{{folder}}/{{name}}")  # grammars, queries, rules
    graph_for_source(source_from_bytes(tiny.encode(), f"{{folder}}/{{name}}"))
if command == "check":
    analyze_bytes(code.encode(), path)
elif command == "graph":
    graph_for_source(source_from_bytes(code.encode(), path))
"""

EDITOR = """
import sys
sys.path.insert(0, {bench!r})
import wac_lint.bounded
# callgrind runs ~50x slower than the CPU the parse budget is set for: without this the
# 5,000-line documents were refused as "too costly to parse" (the same count either way)
wac_lint.bounded.BASE_SECONDS = wac_lint.bounded.SECONDS_PER_MB = 1000.0
from bench_lsp import edit_point, python_script, typescript_script
from lsprotocol import types
from wac_lint.gc_policy import tune_for_analysis
from wac_lint.lsp.analysis import Options, Snapshot, analyze
from wac_lint.lsp.incremental import EditLog
tune_for_analysis()
language, command, lines, folder = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
text = (python_script if language == "python" else typescript_script)(lines)
uri = "file://" + folder + ("/bench_flow.py" if language == "python" else "/bench_flow.ts")
options = Options(debounce_ms=0)
log = EditLog(text)
first = analyze(Snapshot(uri, 1, text, language, epoch=log.epoch), 0, options)
assert first.tree is not None and not first.problems, first.problems
log.adopt(log.epoch, 1, first.tree)
row, column = edit_point(text, "code")
at = types.Position(line=row, character=column)
change = types.TextDocumentContentChangePartial(range=types.Range(start=at, end=at), text="x")
rows = text.split("\\n")
rows[row] = rows[row][:column] + "x" + rows[row][column:]
edited = "\\n".join(rows)
log.record([change], 2, types.PositionEncodingKind.Utf16, edited)
if command == "edit":
    snapshot = Snapshot(
        uri, 2, edited, language, epoch=log.epoch, reparse=log.plan(2), previous=first
    )
    second = analyze(snapshot, 0, options)
    assert not second.reused and not second.problems, second.problems
"""

COLLECTED = re.compile(r"Collected : (\d+)")


def instructions(args: list[str], pythonpath: str | None, editor: bool = False) -> int:
    env = dict(os.environ, PYTHONHASHSEED="0")  # set and dict orders: the same work each run
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    run = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            "-P",
            "-c",
            (EDITOR if editor else CHILD).format(bench=str(HERE)),
            *args,
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    found = COLLECTED.search(run.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{run.stderr[-500:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=1000)
    parser.add_argument("--build", action="append", default=[], help="LABEL@PYTHONPATH")
    parser.add_argument("--shapes", nargs="+", default=["awaited.py", "awaited.ts", "summary.py"])
    parser.add_argument("--editor", action="store_true", help="one edit's re-analysis (LSP)")
    parser.add_argument("--lines", default="1000,5000", help="--editor's document sizes")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    builds = [tuple(b.split("@", 1)) for b in args.build] or [("installed", "")]
    if args.editor:
        editor(builds, [int(n) for n in args.lines.split(",")])
        return
    print(f"{'build':<12} {'shape':<12} {'check M':>8} {'graph M':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for label, pythonpath in builds:
            n = str(args.statements)
            idle = instructions([args.shapes[0], "none", n, folder], pythonpath)
            for shape in args.shapes:
                counts = [
                    (instructions([shape, command, n, folder], pythonpath) - idle) / 1e6
                    for command in ("check", "graph")
                ]
                print(f"{label:<12} {shape:<12} {counts[0]:>8.0f} {counts[1]:>8.0f}", flush=True)


def editor(builds: list[tuple[str, ...]], sizes: list[int]) -> None:
    print(f"{'build':<12} {'language':<11} {'lines':>5} {'edit M':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for label, pythonpath in builds:
            for lines in sizes:
                for language in ("python", "typescript"):
                    runs = [
                        instructions([language, command, str(lines), folder], pythonpath, True)
                        for command in ("edit", "none")
                    ]
                    edit = (runs[0] - runs[1]) / 1e6
                    print(f"{label:<12} {language:<11} {lines:>5} {edit:>8.0f}", flush=True)


if __name__ == "__main__":
    main()
