#!/usr/bin/env python3
"""Generate a Windmill-repository-sized tree for `bench/bench_tree.py`.

    python bench/generate_tree.py [--out bench/corpus/tree] [--count 2000]
                                  [--wac-fraction 0.33] [--seed 6]

Lays out what `wmill sync pull` leaves in a workspace repository: `f/<folder>/`
and `u/<user>/` directories of scripts, each with its `.script.yaml`, a
`wmill.yaml` and a `wac-lint.toml` at the root (which also keeps configuration
files above the tree out of the measurement). The `.script.yaml` files are
written by `wac-lint schema` when it is installed (so they are up to date, as
in a real repository), else they are placeholders. About a third of the scripts are
workflow-as-code, taken from the committed WAC corpus (`tests/corpus/wac`,
correct and annotated-bad scripts, both languages); the rest are ordinary
Windmill scripts (a `main` that calls an API, queries a database, transforms
data) from the templates below, 20 to 90 lines each. Every file is unique
(names and constants vary), so nothing is shared between files by accident.
The output is a pure function of the arguments.

With `--imports` the tree is also one program, as real workspaces are: shared
helper modules under `f/lib/` (Python and TypeScript, importing each other in
chains, some of them doing I/O), and that many extra workflows that import
those helpers (`from f.lib.x import y`, `/f/lib/x.ts`, relative forms), call
them in the workflow body and dispatch other scripts of the tree with
`task_script` / `taskScript` (the issue-12 benchmark).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_OUT = HERE / "corpus" / "tree"
WAC_CORPUS = ROOT / "tests" / "corpus" / "wac"

FOLDERS = [
    "billing", "crm", "logistics", "marketing", "data_eng", "devops", "hr", "finance",
    "support", "security", "analytics", "inventory", "growth", "platform", "reports",
]  # fmt: skip
USERS = ["alice", "bob", "carol", "dmitri", "eve", "farah"]
VERBS = ["sync", "fetch", "export", "import", "notify", "compute", "clean", "audit", "load"]
NOUNS = ["orders", "invoices", "contacts", "tickets", "events", "users", "metrics", "rows"]

PY_TEMPLATES = [
    """\
import requests
import wmill
from typing import TypedDict


class __NAME___api(TypedDict):
    base_url: str
    token: str


PAGE_SIZE = __N__


def fetch_page(api: __NAME___api, page: int) -> list[dict]:
    response = requests.get(
        f"{api['base_url']}/v1/__NOUN__",
        params={"page": page, "per_page": PAGE_SIZE},
        headers={"Authorization": f"Bearer {api['token']}"},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()["data"]


def main(api: __NAME___api, max_pages: int = __M__, dry_run: bool = False):
    items: list[dict] = []
    for page in range(1, max_pages + 1):
        batch = fetch_page(api, page)
        if not batch:
            break
        items.extend(batch)
    if dry_run:
        return {"count": len(items)}
    state = wmill.get_state() or {}
    seen = set(state.get("seen", []))
    fresh = [item for item in items if item["id"] not in seen]
    wmill.set_state({"seen": sorted(seen | {item["id"] for item in fresh})[-5000:]})
    return {"count": len(items), "new": len(fresh)}
""",
    '''\
import psycopg2
from datetime import datetime, timedelta
from typing import TypedDict


class postgresql(TypedDict):
    host: str
    port: int
    user: str
    dbname: str
    sslmode: str
    password: str


QUERY = """
SELECT id, status, amount, created_at
FROM __NOUN__
WHERE created_at >= %s AND status = ANY(%s)
ORDER BY created_at
LIMIT __N__
"""


def main(db: postgresql, days: int = __M__, statuses: list[str] = ["open", "pending"]):
    since = datetime.utcnow() - timedelta(days=days)
    conn = psycopg2.connect(**db)
    try:
        with conn.cursor() as cur:
            cur.execute(QUERY, (since, statuses))
            rows = cur.fetchall()
    finally:
        conn.close()
    total = sum(row[2] or 0 for row in rows)
    by_status: dict[str, int] = {}
    for _, status, _, _ in rows:
        by_status[status] = by_status.get(status, 0) + 1
    return {"rows": len(rows), "total": total, "by_status": by_status}
''',
    '''\
import csv
import io
import wmill


def normalise(row: dict) -> dict:
    return {
        "id": row.get("id", "").strip(),
        "email": row.get("email", "").strip().lower(),
        "name": " ".join(row.get("name", "").split()),
        "score": float(row.get("score") or 0) * __N__ / 100,
    }


def main(file_key: str, bucket: str = "__NAME__-exports", min_score: float = __M__.0):
    """Read a CSV export from S3, keep the good rows, write them back."""
    raw = wmill.load_s3_file(wmill.S3Object(s3=file_key, storage=bucket))
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8")))
    rows = [normalise(row) for row in reader]
    kept = [row for row in rows if row["email"] and row["score"] >= min_score]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["id", "email", "name", "score"])
    writer.writeheader()
    writer.writerows(kept)
    target = file_key.replace(".csv", ".clean.csv")
    wmill.write_s3_file(wmill.S3Object(s3=target, storage=bucket), out.getvalue().encode())
    return {"read": len(rows), "kept": len(kept), "target": target}
''',
    """\
from slack_sdk import WebClient
from typing import TypedDict


class slack(TypedDict):
    token: str


LEVEL_EMOJI = {"info": ":information_source:", "warn": ":warning:", "error": ":rotating_light:"}


def format_message(title: str, level: str, fields: dict[str, str]) -> str:
    lines = [f"{LEVEL_EMOJI.get(level, '')} *{title}*"]
    for key, value in sorted(fields.items()):
        lines.append(f"> {key}: {value}")
    return "\\n".join(lines)


def main(
    slack_resource: slack,
    channel: str = "#__NAME__",
    title: str = "__NOUN__ report",
    level: str = "info",
    fields: dict = {},
):
    client = WebClient(token=slack_resource["token"])
    text = format_message(title, level, {str(k): str(v) for k, v in fields.items()})
    result = client.chat_postMessage(channel=channel, text=text, unfurl_links=False)
    return {"ok": result["ok"], "ts": result.get("ts"), "length": len(text) + __N__}
""",
    '''\
def main(values: list[float], window: int = __M__, threshold: float = __N__.5):
    """Rolling average and the points that stray from it."""
    if window <= 0:
        raise ValueError("window must be positive")
    averages: list[float] = []
    outliers: list[int] = []
    for index in range(len(values)):
        start = max(0, index - window + 1)
        chunk = values[start : index + 1]
        average = sum(chunk) / len(chunk)
        averages.append(round(average, 4))
        if abs(values[index] - average) > threshold:
            outliers.append(index)
    return {"averages": averages, "outliers": outliers, "name": "__NAME__"}
''',
]

TS_TEMPLATES = [
    """\
import * as wmill from "windmill-client";

type __NAME__Api = { baseUrl: string; token: string };

const PAGE_SIZE = __N__;

async function fetchPage(api: __NAME__Api, page: number): Promise<any[]> {
  const response = await fetch(`${api.baseUrl}/v1/__NOUN__?page=${page}&per_page=${PAGE_SIZE}`, {
    headers: { Authorization: `Bearer ${api.token}` },
  });
  if (!response.ok) {
    throw new Error(`request failed: ${response.status} ${await response.text()}`);
  }
  const body = await response.json();
  return body.data ?? [];
}

export async function main(api: __NAME__Api, maxPages = __M__, dryRun = false) {
  const items: any[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const batch = await fetchPage(api, page);
    if (batch.length === 0) break;
    items.push(...batch);
  }
  if (dryRun) return { count: items.length };
  const state = (await wmill.getState()) ?? { seen: [] };
  const seen = new Set<string>(state.seen);
  const fresh = items.filter((item) => !seen.has(item.id));
  await wmill.setState({ seen: [...seen, ...fresh.map((i) => i.id)].slice(-5000) });
  return { count: items.length, fresh: fresh.length };
}
""",
    """\
import { Client } from "pg";

type Postgresql = {
  host: string;
  port: number;
  user: string;
  dbname: string;
  sslmode: string;
  password: string;
};

export async function main(db: Postgresql, days = __M__, statuses: string[] = ["open"]) {
  const client = new Client({
    host: db.host,
    port: db.port,
    user: db.user,
    database: db.dbname,
    password: db.password,
  });
  await client.connect();
  try {
    const since = new Date(Date.now() - days * 86_400_000);
    const result = await client.query(
      "SELECT id, status, amount FROM __NOUN__ " +
        "WHERE created_at >= $1 AND status = ANY($2) LIMIT __N__",
      [since, statuses],
    );
    const byStatus: Record<string, number> = {};
    for (const row of result.rows) {
      byStatus[row.status] = (byStatus[row.status] ?? 0) + 1;
    }
    return { rows: result.rowCount, byStatus };
  } finally {
    await client.end();
  }
}
""",
    """\
type Row = { id: string; email: string; name: string; score: number };

function normalise(raw: Record<string, string>): Row {
  return {
    id: (raw.id ?? "").trim(),
    email: (raw.email ?? "").trim().toLowerCase(),
    name: (raw.name ?? "").split(/\\s+/).filter(Boolean).join(" "),
    score: Number(raw.score ?? 0) * __N__ / 100,
  };
}

export async function main(rows: Record<string, string>[], minScore = __M__, tag = "__NAME__") {
  const cleaned = rows.map(normalise);
  const kept = cleaned.filter((row) => row.email.includes("@") && row.score >= minScore);
  const byDomain = new Map<string, number>();
  for (const row of kept) {
    const domain = row.email.split("@")[1];
    byDomain.set(domain, (byDomain.get(domain) ?? 0) + 1);
  }
  return {
    tag,
    read: rows.length,
    kept: kept.length,
    domains: Object.fromEntries([...byDomain.entries()].sort((a, b) => b[1] - a[1])),
  };
}
""",
    """\
import * as wmill from "windmill-client";

type Slack = { token: string };

const LEVELS: Record<string, string> = { info: ":information_source:", error: ":rotating_light:" };

export async function main(
  slack: Slack,
  channel = "#__NAME__",
  title = "__NOUN__",
  level = "info",
) {
  const fields = (await wmill.getVariable("f/__NAME__/report_fields")) ?? "";
  const lines = fields.split(",").map((f) => `> ${f}`);
  const text = [`${LEVELS[level] ?? ""} *${title}*`, ...lines].join("\\n");
  const response = await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { Authorization: `Bearer ${slack.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ channel, text, unfurl_links: false }),
  });
  const body = await response.json();
  return { ok: body.ok, ts: body.ts, length: text.length + __N__ };
}
""",
]

SCRIPT_YAML = """\
summary: '__SUMMARY__'
description: ''
lock: '!inline __PATH__.script.lock'
kind: script
schema:
  $schema: 'https://json-schema.org/draft/2020-12/schema'
  type: object
  properties: {}
  required: []
"""


def fill(template: str, rng: random.Random, name: str, noun: str) -> str:
    return (
        template.replace("__NAME__", name)
        .replace("__NOUN__", noun)
        .replace("__N__", str(rng.randint(2, 99)))
        .replace("__M__", str(rng.randint(1, 30)))
    )


def wac_templates() -> list[Path]:
    found = sorted(WAC_CORPUS.glob("*.py")) + sorted(WAC_CORPUS.glob("*.ts"))
    found += sorted((WAC_CORPUS / "bad").glob("*.py")) + sorted((WAC_CORPUS / "bad").glob("*.ts"))
    if not found:
        raise SystemExit(f"no WAC scripts found under {WAC_CORPUS}")
    return found


def generate(
    out: Path, count: int, wac_fraction: float, seed: int, imports: int = 0
) -> dict[str, int]:
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    (out / "wmill.yaml").write_text("defaultTs: bun\nincludes:\n  - f/**\n  - u/**\n")
    (out / "wac-lint.toml").write_text('select = ["ALL"]\n')
    wac = wac_templates()
    counts = {"python": 0, "typescript": 0, "wac": 0}
    for index in range(count):
        if rng.random() < 0.8:
            folder = f"f/{rng.choice(FOLDERS)}"
        else:
            folder = f"u/{rng.choice(USERS)}"
        stem = f"{rng.choice(VERBS)}_{rng.choice(NOUNS)}_{index:04}"
        header_py = f"# {folder}/{stem}: generated for the wac-lint benchmark\n"
        header_ts = f"// {folder}/{stem}: generated for the wac-lint benchmark\n"
        if rng.random() < wac_fraction:
            template = wac[index % len(wac)]
            suffix = template.suffix
            text = (header_py if suffix == ".py" else header_ts) + template.read_text()
            counts["wac"] += 1
        elif rng.random() < 0.55:
            suffix = ".py"
            text = header_py + fill(rng.choice(PY_TEMPLATES), rng, stem, rng.choice(NOUNS))
        else:
            suffix = ".ts"
            text = header_ts + fill(rng.choice(TS_TEMPLATES), rng, stem, rng.choice(NOUNS))
        counts["python" if suffix == ".py" else "typescript"] += 1
        target = out / folder / f"{stem}{suffix}"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        meta = SCRIPT_YAML.replace("__PATH__", f"{folder}/{stem}").replace("__SUMMARY__", stem)
        (out / folder / f"{stem}.script.yaml").write_text(meta, encoding="utf-8")
    counts["scripts"] = count
    if imports:
        counts.update(add_workspace_imports(out, rng, imports))
    refresh_metadata(out)
    (out / "manifest.json").write_text(json.dumps(counts, indent=2) + "\n", encoding="utf-8")
    return counts


LIB_PY = """\
import requests

from f.lib.__NEXT__ import __NEXT_FN__


def __FN__(value: str) -> str:
    if __IO__:
        requests.post("https://hooks.example.com/__FN__", json={"v": value}, timeout=5)
    return __NEXT_FN__(value.strip())
"""

LIB_PY_LAST = """\
def __FN__(value: str) -> str:
    return value.lower()
"""

LIB_TS = """\
import { __NEXT_FN__ } from "./ts___NEXT__.ts";

export async function __FN__(value: string): Promise<string> {
  if (__IO__) {
    await fetch("https://hooks.example.com/__FN__", { method: "POST", body: value });
  }
  return __NEXT_FN__(value.trim());
}
"""

LIB_TS_LAST = """\
export async function __FN__(value: string): Promise<string> {
  return value.toLowerCase();
}
"""

WORKFLOW_PY = """\
from wmill import task, task_script, workflow

from f.lib.__LIB__ import __LIB_FN__

child = task_script("__TARGET__")


@task()
async def finish(label: str) -> str:
    return label.upper()


@workflow
async def main(name: str):
    label = __LIB_FN__(name)
    result = await child(value=label)
    return await finish(str(result))
"""

WORKFLOW_TS = """\
import { task, taskScript, workflow } from "windmill-client";
import { __LIB_FN__ } from "/f/lib/ts___LIB__.ts";

const child = taskScript("__TARGET__");

const finish = task(async (label: string): Promise<string> => label.toUpperCase());

export const main = workflow(async (name: string) => {
  const label = await __LIB_FN__(name);
  const result = await child({ value: label });
  return await finish(String(result));
});
"""

LIB_MODULES = 40
CHAIN = 4  # each helper calls the next one, CHAIN modules deep


def add_workspace_imports(out: Path, rng: random.Random, workflows: int) -> dict[str, int]:
    """Shared helper modules and workflows importing them (see the module docs)."""
    lib = out / "f" / "lib"
    lib.mkdir(parents=True, exist_ok=True)
    for index in range(LIB_MODULES):
        last = index % CHAIN == CHAIN - 1
        names = {
            "__FN__": f"helper_{index:02}",
            "__NEXT__": f"util_{index + 1:02}",
            "__NEXT_FN__": f"helper_{index + 1:02}",
            "__IO__": "True" if rng.random() < 0.3 else "False",
        }
        for suffix, chained, final in ((".py", LIB_PY, LIB_PY_LAST), (".ts", LIB_TS, LIB_TS_LAST)):
            text = final if last else chained
            if suffix == ".ts":
                names["__IO__"] = names["__IO__"].lower()
            for key, value in names.items():
                text = text.replace(key, value)
            # one Windmill path per file: the TypeScript twin gets its own name
            stem = f"util_{index:02}" if suffix == ".py" else f"ts_util_{index:02}"
            (lib / f"{stem}{suffix}").write_text(text, encoding="utf-8")
    scripts = sorted(
        p.relative_to(out).with_suffix("").as_posix()
        for p in out.glob("f/*/*.py")
        if p.parent.name != "lib"
    )
    folder = out / "f" / "workflows"
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(workflows):
        module = rng.randrange(LIB_MODULES)
        names = {
            "__LIB__": f"util_{module:02}",
            "__LIB_FN__": f"helper_{module:02}",
            "__TARGET__": rng.choice(scripts) if scripts else "f/missing/script",
        }
        template = WORKFLOW_PY if index % 2 == 0 else WORKFLOW_TS
        text = template
        for key, value in names.items():
            text = text.replace(key, value)
        suffix = ".py" if index % 2 == 0 else ".ts"
        (folder / f"workflow_{index:04}{suffix}").write_text(text, encoding="utf-8")
    return {"lib_modules": 2 * LIB_MODULES, "importing_workflows": workflows}


def refresh_metadata(out: Path) -> None:
    """Replace the placeholder `.script.yaml` files with what `wac-lint schema`
    writes, when it is available: a real repository's metadata is up to date,
    and the stale-metadata rule would otherwise report every script."""
    import importlib.util
    import subprocess
    import sys

    try:
        available = importlib.util.find_spec("wac_lint.commands.schema") is not None
    except ImportError:
        available = False
    if available:
        command = [sys.executable, "-m", "wac_lint", "schema", "--quiet", "."]
        subprocess.run(command, cwd=out, check=False, stdout=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--wac-fraction", type=float, default=0.33)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument(
        "--imports",
        type=int,
        default=0,
        metavar="N",
        help="add shared helper modules and N workflows importing them (issue 12)",
    )
    args = parser.parse_args()
    counts = generate(args.out, args.count, args.wac_fraction, args.seed, args.imports)
    print(f"{args.out}: {args.count} scripts ({counts})")


if __name__ == "__main__":
    main()
