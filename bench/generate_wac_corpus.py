#!/usr/bin/env python3
"""Generate the benchmark corpus: realistic Windmill workflow-as-code scripts.

    python bench/generate_wac_corpus.py [--out bench/corpus/wac] [--count 20]
                                        [--lines 1000] [--seed 2]

Writes COUNT Python (`wmill`) and COUNT Bun TypeScript (`windmill-client`)
scripts of about LINES lines each, plus `manifest.json` (same directory) with
the findings each file was seeded with, per rule code. The output is a pure
function of the arguments: same seed, same bytes.

Each script is what a WAC user writes for a real job (billing sync, CRM
enrichment, shipment tracking, ...): imports, constants, plain data classes /
interfaces and helpers that have nothing to do with WAC, many top-level tasks
(`@task` / `task(async ...)`), `task_script` / `task_flow` (`taskScript` /
`taskFlow`) bindings, and one workflow `main` with loops, branches,
`asyncio.gather` / `Promise.all`, `parallel`, inline `step`s, `sleep`s,
approvals and try blocks. Most of it is correct; a realistic sprinkling of the
mistakes wac-lint reports is mixed in (side effects and clock / random /
environment reads in the workflow body, dynamic step names, bare `except:`,
broad `catch`, un-awaited task calls, now and then a task defined inside
`main` or a direct call of `main`).
"""

# The templates below are the generated scripts, long lines included.
# ruff: noqa: E501
from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "corpus" / "wac"
DEFAULT_SEED = 2
DEFAULT_COUNT = 20
DEFAULT_LINES = 1000

# --------------------------------------------------------------------------- vocabulary

# domain -> (nouns as (plural, singular), systems, slack channels)
DOMAINS: dict[str, tuple[list[tuple[str, str]], list[str], list[str]]] = {
    "billing": (
        [
            ("invoices", "invoice"),
            ("payments", "payment"),
            ("refunds", "refund"),
            ("subscriptions", "subscription"),
            ("credit_notes", "credit_note"),
            ("payouts", "payout"),
        ],
        ["stripe", "quickbooks", "netsuite", "chargebee"],
        ["billing-ops", "finance-alerts", "revenue"],
    ),
    "crm": (
        [
            ("contacts", "contact"),
            ("leads", "lead"),
            ("deals", "deal"),
            ("accounts", "account"),
            ("activities", "activity"),
            ("campaigns", "campaign"),
        ],
        ["hubspot", "salesforce", "pipedrive", "clearbit"],
        ["sales-ops", "growth", "crm-sync"],
    ),
    "logistics": (
        [
            ("shipments", "shipment"),
            ("parcels", "parcel"),
            ("pickups", "pickup"),
            ("returns", "return_label"),
            ("manifests", "manifest"),
            ("carriers", "carrier"),
        ],
        ["shippo", "easypost", "dhl", "project44"],
        ["warehouse", "logistics-alerts", "ops"],
    ),
    "support": (
        [
            ("tickets", "ticket"),
            ("conversations", "conversation"),
            ("escalations", "escalation"),
            ("surveys", "survey"),
            ("macros", "macro"),
            ("agents", "agent"),
        ],
        ["zendesk", "intercom", "freshdesk", "front"],
        ["support-leads", "cx-alerts", "on-call"],
    ),
    "data": (
        [
            ("tables", "table"),
            ("partitions", "partition"),
            ("snapshots", "snapshot"),
            ("exports", "export_file"),
            ("schemas", "schema"),
            ("datasets", "dataset"),
        ],
        ["snowflake", "bigquery", "fivetran", "dbt"],
        ["data-eng", "pipeline-alerts", "analytics"],
    ),
    "hr": (
        [
            ("employees", "employee"),
            ("contracts", "contract"),
            ("leave_requests", "leave_request"),
            ("payslips", "payslip"),
            ("candidates", "candidate"),
            ("devices", "device"),
        ],
        ["workday", "bamboohr", "greenhouse", "deel"],
        ["people-ops", "it-helpdesk", "hiring"],
    ),
    "inventory": (
        [
            ("skus", "sku"),
            ("stock_levels", "stock_level"),
            ("purchase_orders", "purchase_order"),
            ("suppliers", "supplier"),
            ("bins", "bin"),
            ("transfers", "transfer"),
        ],
        ["shopify", "netsuite", "cin7", "linnworks"],
        ["inventory", "procurement", "store-ops"],
    ),
    "security": (
        [
            ("certificates", "certificate"),
            ("secrets", "secret"),
            ("access_reviews", "access_review"),
            ("vulnerabilities", "vulnerability"),
            ("api_keys", "api_key"),
            ("findings", "finding"),
        ],
        ["vault", "okta", "snyk", "wiz"],
        ["secops", "security-alerts", "platform"],
    ),
}

OWNERS = ["ops", "admin", "platform", "alice", "bob", "data"]

# --------------------------------------------------------------------------- helpers


def fill(template: str, **values: object) -> str:
    """Replace `<<name>>` placeholders (no clash with `{}` or `${}` in the code)."""

    def sub(match: re.Match[str]) -> str:
        return str(values[match.group(1)])

    return re.sub(r"<<(\w+)>>", sub, template)


def block(template: str, indent: int = 0, **values: object) -> list[str]:
    lines = fill(template, **values).split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    # dedent by the common indentation of non-empty lines
    widths = [len(line) - len(line.lstrip(" ")) for line in lines if line.strip()]
    cut = min(widths) if widths else 0
    pad = " " * indent
    return [(pad + line[cut:]) if line.strip() else "" for line in lines]


def camel(snake: str) -> str:
    head, *rest = snake.split("_")
    return head + "".join(part.capitalize() for part in rest)


def pascal(snake: str) -> str:
    return "".join(part.capitalize() for part in snake.split("_"))


class Noun:
    def __init__(self, plural: str, singular: str, system: str, domain: str) -> None:
        self.p = plural
        self.s = singular
        self.system = system
        self.domain = domain
        self.table = f"{domain}.{plural}"
        self.P = pascal(plural)
        self.S = pascal(singular)
        self.cp = camel(plural)
        self.cs = camel(singular)


# ============================================================================ Python


PY_HEADER = '''
"""<<title>>

Workflow-as-code: <<description>>
Owner: <<owner>> (f/<<domain>>). Runs nightly from a schedule and on demand.
"""

import asyncio
import json
import os
import random
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from enum import Enum

import boto3
import httpx
import psycopg2
import requests
import wmill
from slack_sdk import WebClient
from wmill import (
    TaskError,
    get_resume_urls,
    parallel,
    sleep,
    step,
    task,
    task_flow,
    task_script,
    wait_for_approval,
    workflow,
)

BASE_URL = "https://api.<<system>>.example.com/v2"
WEBHOOK_URL = "https://hooks.example.com/<<domain>>/events"
ARCHIVE_BUCKET = "acme-<<domain>>-archive"
HTTP_TIMEOUT = <<http_timeout>>
PAGE_SIZE = <<page_size>>
BATCH_SIZE = <<batch_size>>
MAX_POLLS = <<max_polls>>
RISK_THRESHOLD = <<risk>>
REVIEW_THRESHOLD = <<review>>
'''

PY_MODELS = '''


class Stage(str, Enum):
    EXTRACT = "extract"
    TRANSFORM = "transform"
    LOAD = "load"
    REVIEW = "review"
    NOTIFY = "notify"


@dataclass
class StageResult:
    stage: str
    noun: str
    count: int = 0
    errors: list = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"stage": self.stage, "noun": self.noun, "count": self.count, "errors": self.errors}


@dataclass
class RetryPolicy:
    attempts: int = 3
    backoff: float = 1.5
    max_delay: float = 30.0

    def delays(self) -> list:
        delay, out = 1.0, []
        for _ in range(self.attempts):
            out.append(min(delay, self.max_delay))
            delay *= self.backoff
        return out


class RateLimiter:
    """Token bucket used by the tasks that page through the <<system>> API."""

    def __init__(self, per_second: float) -> None:
        self.per_second = per_second
        self.allowance = per_second
        self.last = time.monotonic()

    def wait(self) -> None:
        now = time.monotonic()
        self.allowance = min(self.per_second, self.allowance + (now - self.last) * self.per_second)
        self.last = now
        if self.allowance < 1:
            time.sleep((1 - self.allowance) / self.per_second)
            self.allowance = 0
        else:
            self.allowance -= 1


LIMITER = RateLimiter(<<rps>>)
DEFAULT_RETRY = RetryPolicy()
'''

PY_HELPERS = [
    """
def _normalize_email(value) -> str:
    if not value:
        return ""
    local, _, domain = str(value).strip().lower().partition("@")
    local = local.split("+", 1)[0]
    return f"{local}@{domain}" if domain else local
""",
    """
def _chunk(items: list, size: int) -> list:
    return [items[i : i + size] for i in range(0, len(items), size)]
""",
    """
def _score(record: dict) -> float:
    score = 0.0
    if record.get("amount") and float(record["amount"]) > 10_000:
        score += 0.4
    if not record.get("email"):
        score += 0.2
    if record.get("country") not in ("US", "CA", "GB", "DE", "FR", "NL"):
        score += 0.15
    if record.get("retries", 0) > 2:
        score += 0.25
    return min(score, 1.0)
""",
    """
def _merge_by_id(*sources: list) -> list:
    merged: dict = {}
    for source in sources:
        for record in source or []:
            key = str(record.get("id"))
            merged.setdefault(key, {}).update(record)
    return list(merged.values())
""",
    """
def _format_summary(account_id: str, summary: dict) -> str:
    lines = [f"*{account_id}*: run summary"]
    for key, value in sorted(summary.items()):
        if isinstance(value, (list, tuple)):
            value = f"{len(value)} items"
        lines.append(f"- {key}: {value}")
    return "\\n".join(lines)
""",
    """
def _summarize(records: list, key: str = "status") -> dict:
    counts: dict = {}
    for record in records:
        value = record.get(key) or "unknown"
        counts[value] = counts.get(value, 0) + 1
    return counts
""",
    """
def _validate(record: dict) -> list:
    problems = []
    if not record.get("id"):
        problems.append("missing id")
    if record.get("amount") is not None and float(record["amount"]) < 0:
        problems.append("negative amount")
    if record.get("email") and "@" not in record["email"]:
        problems.append("bad email")
    return problems
""",
    """
def _partition(records: list, predicate) -> tuple:
    yes, no = [], []
    for record in records:
        (yes if predicate(record) else no).append(record)
    return yes, no
""",
    """
def _cutoff(since: str, days: int) -> str:
    start = datetime.fromisoformat(since)
    return (start - timedelta(days=days)).isoformat()
""",
    """
def _request_with_retry(method: str, url: str, **kwargs):
    last_error = None
    for delay in DEFAULT_RETRY.delays():
        LIMITER.wait()
        try:
            resp = requests.request(method, url, timeout=HTTP_TIMEOUT, **kwargs)
            if resp.status_code < 500:
                return resp
        except requests.RequestException as exc:
            last_error = exc
        time.sleep(delay)
    raise RuntimeError(f"{method} {url} failed after retries: {last_error}")
""",
    """
def _post_webhook(event: str, payload: dict) -> int:
    resp = requests.post(WEBHOOK_URL, json={"event": event, "payload": payload}, timeout=10)
    return resp.status_code
""",
    """
def _send_approval_request(approvers, page_url: str, context: dict) -> None:
    client = WebClient(token=wmill.get_variable("f/<<domain>>/slack_bot_token"))
    for approver in approvers or ["#<<channel>>"]:
        client.chat_postMessage(
            channel=approver,
            text=f"Approval needed: {context.get('reason', 'review')} <{page_url}|open>",
        )
""",
]

# Helpers that `main` calls directly must be pure (else they are WAC101 findings).
PY_PURE_HELPERS = {"_merge_by_id", "_summarize", "_validate", "_partition", "_cutoff", "_chunk"}

PY_TASKS = {
    "fetch": '''
@task(<<opts>>)
async def fetch_<<p>>(account_id: str, since: str) -> list:
    """Pull <<p>> changed since `since` from <<system>>."""
    token = wmill.get_variable("u/<<owner>>/<<system>>_token")
    items: list = []
    cursor = None
    while True:
        params = {"account": account_id, "updated_since": since, "limit": PAGE_SIZE}
        if cursor:
            params["cursor"] = cursor
        resp = requests.get(
            f"{BASE_URL}/<<p>>",
            params=params,
            headers={"Authorization": f"Bearer {token}"},
            timeout=HTTP_TIMEOUT,
        )
        resp.raise_for_status()
        page = resp.json()
        items.extend(page.get("data", []))
        cursor = page.get("next_cursor")
        if not cursor:
            break
    return items
''',
    "normalize": """
@task<<bare_opts>>
async def normalize_<<p>>(records: list) -> list:
    out = []
    for r in records:
        if r.get("deleted") or r.get("archived"):
            continue
        out.append(
            {
                "id": str(r["id"]),
                "email": _normalize_email(r.get("email")),
                "amount": round(float(r.get("amount") or 0), 2),
                "status": (r.get("status") or "open").lower(),
                "country": (r.get("country") or "").upper(),
                "tags": sorted(set(r.get("tags") or [])),
            }
        )
    return out
""",
    "enrich": """
@task(timeout=120, concurrency_limit=<<conc>>, concurrency_key="<<system>>")
async def enrich_<<s>>(record: dict) -> dict:
    async with httpx.AsyncClient(timeout=HTTP_TIMEOUT) as client:
        resp = await client.get(f"{BASE_URL}/<<p>>/{record['id']}/details")
    if resp.status_code == 404:
        return {**record, "enriched": False}
    resp.raise_for_status()
    extra = resp.json()
    return {**record, **{k: v for k, v in extra.items() if k not in record}, "enriched": True}
""",
    "score": """
@task()
async def score_<<p>>(records: list) -> dict:
    scores = [(_score(r), r) for r in records]
    flagged = [r["id"] for s, r in scores if s > RISK_THRESHOLD]
    mean = sum(s for s, _ in scores) / max(len(scores), 1)
    return {"ok": not flagged, "score": round(mean, 3), "flagged": flagged}
""",
    "load": '''
@task(timeout=<<timeout>>, tag="db")
async def load_<<p>>(records: list) -> int:
    """Upsert <<p>> into <<table>>."""
    if not records:
        return 0
    conn = psycopg2.connect(**wmill.get_resource("f/<<domain>>/warehouse"))
    try:
        with conn.cursor() as cur:
            for chunk in _chunk(records, BATCH_SIZE):
                cur.executemany(
                    "INSERT INTO <<table>> (id, payload) VALUES (%s, %s) "
                    "ON CONFLICT (id) DO UPDATE SET payload = EXCLUDED.payload",
                    [(r["id"], json.dumps(r)) for r in chunk],
                )
        conn.commit()
    finally:
        conn.close()
    return len(records)
''',
    "archive": """
@task(tag="s3")
async def archive_<<p>>(records: list, run_label: str) -> str:
    key = f"<<p>>/{run_label}.json"
    s3 = boto3.client("s3")
    s3.put_object(Bucket=ARCHIVE_BUCKET, Key=key, Body=json.dumps(records).encode())
    return f"s3://{ARCHIVE_BUCKET}/{key}"
""",
    "start_export": """
@task(timeout=60)
async def start_<<s>>_export(account_id: str, since: str) -> str:
    resp = _request_with_retry("POST", f"{BASE_URL}/exports", json={"object": "<<p>>", "account": account_id, "since": since})
    resp.raise_for_status()
    return resp.json()["job_id"]
""",
    "check_export": """
@task(timeout=60)
async def check_<<s>>_export(job_id: str) -> dict:
    resp = requests.get(f"{BASE_URL}/exports/{job_id}", timeout=HTTP_TIMEOUT)
    resp.raise_for_status()
    body = resp.json()
    return {"state": body.get("state", "pending"), "url": body.get("download_url"), "rows": body.get("rows", 0)}
""",
    "sync": """
@task(timeout=<<timeout>>, tag="<<system>>")
async def sync_<<p>>_to_<<target>>(records: list) -> dict:
    created = updated = failed = 0
    for chunk in _chunk(records, 50):
        resp = requests.post(
            "https://api.<<target>>.example.com/batch/upsert",
            json={"inputs": chunk},
            headers={"Authorization": f"Bearer {wmill.get_variable('f/<<domain>>/<<target>>_key')}"},
            timeout=HTTP_TIMEOUT,
        )
        if resp.status_code >= 400:
            failed += len(chunk)
            continue
        body = resp.json()
        created += body.get("created", 0)
        updated += body.get("updated", 0)
    return {"created": created, "updated": updated, "failed": failed}
""",
}

PY_NOTIFY = """
@task(tag="notify")
async def notify_<<chan>>(account_id: str, summary: dict) -> None:
    client = WebClient(token=wmill.get_variable("f/<<domain>>/slack_bot_token"))
    client.chat_postMessage(channel="#<<channel>>", text=_format_summary(account_id, summary))
"""

PY_MAIN_HEAD = '''


@workflow
async def main(
    account_id: str,
    since: str,
    region: str = "<<region>>",
    limit: int = <<limit>>,
    dry_run: bool = False,
    approvers: list[str] | None = None,
):
    """<<title>>: the durable orchestration. Side effects live in the tasks above."""
    summary: dict = {"account_id": account_id, "since": since, "stages": [], "errors": []}
    started_at = await step("started_at", lambda: datetime.now(timezone.utc).isoformat())
    summary["started_at"] = started_at
'''


class PyFile:
    """Builds one Python WAC script."""

    def __init__(self, rng: random.Random, index: int, target: int) -> None:
        self.rng = rng
        self.index = index
        self.target = target
        domains = sorted(DOMAINS)
        self.domain = domains[(index + (3 if isinstance(self, TsFile) else 0)) % len(domains)]
        nouns, systems, channels = DOMAINS[self.domain]
        self.system = rng.choice(systems)
        self.other_systems = [s for s in systems if s != self.system]
        self.channels = rng.sample(channels, 2)
        picked = rng.sample(nouns, 4)
        self.nouns = [Noun(p, s, self.system, self.domain) for p, s in picked]
        self.main_noun = self.nouns[0]
        self.expected: Counter[str] = Counter()
        self.k = 0
        self.pool: list[tuple[str, Noun]] = []  # list-of-records variables in main's scope
        self.sync_targets: dict[str, str] = {}  # noun -> name of its sync task
        self.bag: list[str] = []
        self.name = f"{self.domain}_{self.main_noun.p}_{index:02d}.py"

    def uid(self) -> int:
        self.k += 1
        return self.k

    # ------------------------------------------------------------------ sections
    def header(self) -> list[str]:
        rng = self.rng
        return block(
            PY_HEADER,
            title=f"{self.domain.capitalize()} {self.main_noun.p.replace('_', ' ')} pipeline",
            description=(
                f"pull {self.main_noun.p.replace('_', ' ')} from {self.system}, clean and enrich "
                f"them, get a human approval when risky, load them into the warehouse and tell "
                f"#{self.channels[0]}."
            ),
            owner=rng.choice(OWNERS),
            domain=self.domain,
            system=self.system,
            http_timeout=rng.choice([15, 20, 30, 60]),
            page_size=rng.choice([100, 200, 500]),
            batch_size=rng.choice([50, 100, 250, 500]),
            max_polls=rng.choice([10, 20, 30]),
            risk=rng.choice([0.5, 0.6, 0.7]),
            review=rng.choice([0.2, 0.25, 0.3]),
        )

    def models(self) -> list[str]:
        return block(PY_MODELS, system=self.system, rps=self.rng.choice([2, 5, 10]))

    def helpers(self) -> list[str]:
        out: list[str] = []
        for template in PY_HELPERS:
            out += ["", ""] + block(template, domain=self.domain, channel=self.channels[0])
        return out

    def tasks(self) -> list[str]:
        rng = self.rng
        out: list[str] = []
        for noun in self.nouns:
            target = rng.choice(self.other_systems)
            self.sync_targets[noun.p] = f"sync_{noun.p}_to_{target}"
            for template in PY_TASKS.values():
                opts = rng.choice(
                    [
                        "",
                        "timeout=300",
                        'timeout=600, tag="etl"',
                        'tag="<<system>>"',
                        "timeout=900, cache_ttl=3600",
                    ]
                )
                out += ["", ""] + block(
                    template,
                    opts=fill(opts, system=self.system),
                    bare_opts=rng.choice(["", "()", "(timeout=300)"]),
                    p=noun.p,
                    s=noun.s,
                    system=self.system,
                    target=target,
                    owner=rng.choice(OWNERS),
                    domain=self.domain,
                    table=noun.table,
                    conc=rng.choice([3, 5, 10]),
                    timeout=rng.choice([600, 900, 1800]),
                )
        for chan in self.channels:
            out += ["", ""] + block(
                PY_NOTIFY, chan=chan.replace("-", "_"), channel=chan, domain=self.domain
            )
        out += ["", ""]
        for noun in self.nouns[:2]:
            out.append(
                f'dedupe_{noun.p} = task_script("f/{self.domain}/dedupe_{noun.p}", timeout=600)'
            )
        out.append(f'validate_{self.main_noun.p} = task_script("./validate_{self.main_noun.p}.py")')
        out.append(f'reconcile_{self.domain} = task_flow("f/{self.domain}/reconcile")')
        return out

    # ------------------------------------------------------------------ main blocks
    def pick(self) -> tuple[str, Noun]:
        return self.rng.choice(self.pool)

    def next_block(self) -> list[str]:
        """The blocks come out of a shuffled bag, so a body uses each before repeating."""
        if not self.bag:
            self.bag = list(self.BLOCKS)
            self.rng.shuffle(self.bag)
        return getattr(self, self.bag.pop())()

    def b_extract(self) -> list[str]:
        k = self.uid()
        noun = self.rng.choice(self.nouns)
        var = f"{noun.p}_{k}"
        self.pool.append((var, noun))
        return block(
            """
            # Extract and clean <<p>>
            raw_<<k>> = await fetch_<<p>>(account_id, since)
            <<var>> = await normalize_<<p>>(raw_<<k>>[:limit])
            summary["stages"].append(StageResult("extract", "<<p>>", len(<<var>>)).as_dict())
            """,
            4,
            p=noun.p,
            k=k,
            var=var,
        )

    def b_gather(self) -> list[str]:
        k = self.uid()
        nouns = self.rng.sample(self.nouns, 3)
        var = f"merged_{k}"
        self.pool.append((var, nouns[0]))
        names = [f"{n.p}_{k}" for n in nouns]
        return block(
            """
            # The three sources are independent: fetch them at the same time.
            <<names>> = await asyncio.gather(
                fetch_<<a>>(account_id, since),
                fetch_<<b>>(account_id, since),
                fetch_<<c>>(account_id, since),
            )
            <<var>> = _merge_by_id(<<names>>)
            summary["merged"] = len(<<var>>)
            """,
            4,
            names=", ".join(names),
            a=nouns[0].p,
            b=nouns[1].p,
            c=nouns[2].p,
            var=var,
        )

    def b_gather_comp(self) -> list[str]:
        k = self.uid()
        var, noun = self.pick()
        out = f"enriched_{k}"
        self.pool.append((out, noun))
        return block(
            """
            <<out>> = await asyncio.gather(*[enrich_<<s>>(r) for r in <<var>>[:limit]])
            missing_<<k>> = [r["id"] for r in <<out>> if not r.get("enriched")]
            if missing_<<k>>:
                summary["errors"].append({"stage": "enrich", "missing": missing_<<k>>})
            """,
            4,
            out=out,
            s=noun.s,
            var=var,
            k=k,
        )

    def b_parallel(self) -> list[str]:
        k = self.uid()
        var, noun = self.pick()
        out = f"detailed_{k}"
        self.pool.append((out, noun))
        return block(
            """
            <<out>> = await parallel(<<var>>, enrich_<<s>>, concurrency=<<c>>)
            """,
            4,
            out=out,
            var=var,
            s=noun.s,
            c=self.rng.choice([3, 5, 8]),
        )

    def b_loop(self) -> list[str]:
        k = self.uid()
        var, noun = self.pick()
        out = f"processed_{k}"
        self.pool.append((out, noun))
        return block(
            """
            <<out>> = []
            for record in <<var>>:
                if record.get("status") in ("blocked", "void"):
                    continue
                problems = _validate(record)
                if problems:
                    summary["errors"].append({"id": record["id"], "problems": problems})
                    continue
                detailed = await enrich_<<s>>(record)
                if not detailed.get("enriched"):
                    await step("log_unenriched", lambda: print(f"not enriched: {record['id']}"))
                <<out>>.append(detailed)
            """,
            4,
            out=out,
            var=var,
            s=noun.s,
        )

    def b_branch(self) -> list[str]:
        k = self.uid()
        var, noun = self.pick()
        chan = self.channels[0].replace("-", "_")
        return block(
            """
            verdict_<<k>> = await score_<<p>>(<<var>>)
            if verdict_<<k>>["ok"]:
                loaded_<<k>> = 0 if dry_run else await load_<<p>>(<<var>>)
                summary["loaded_<<p>>"] = loaded_<<k>>
            elif verdict_<<k>>["score"] > REVIEW_THRESHOLD:
                urls_<<k>> = await step("approval_urls", lambda: get_resume_urls())
                await step(
                    "request_approval",
                    lambda: _send_approval_request(
                        approvers, urls_<<k>>["approvalPage"], {"reason": "risky <<p>>"}
                    ),
                )
                decision_<<k>> = await wait_for_approval(
                    timeout=<<timeout>>, form={"flagged": verdict_<<k>>["flagged"]}
                )
                if not decision_<<k>>.get("approved"):
                    summary["status"] = "rejected"
                    await notify_<<chan>>(account_id, summary)
                    return summary
                summary["approved_by"] = decision_<<k>>.get("approver")
                summary["loaded_<<p>>"] = await load_<<p>>(<<var>>)
            else:
                summary["skipped_<<p>>"] = len(<<var>>)
            """,
            4,
            k=k,
            var=var,
            p=noun.p,
            chan=chan,
            timeout=self.rng.choice([3600, 7200, 86400]),
        )

    def b_poll(self) -> list[str]:
        k = self.uid()
        noun = self.rng.choice(self.nouns)
        return block(
            """
            # <<system>> builds large exports asynchronously: start one and poll it.
            job_<<k>> = await start_<<s>>_export(account_id, since)
            for _attempt in range(MAX_POLLS):
                status_<<k>> = await check_<<s>>_export(job_<<k>>)
                if status_<<k>>["state"] == "done":
                    summary["export_<<s>>"] = status_<<k>>["url"]
                    break
                if status_<<k>>["state"] == "failed":
                    raise RuntimeError(f"export {job_<<k>>} failed")
                await sleep(<<delay>>)
            else:
                summary["errors"].append({"stage": "export", "job": job_<<k>>, "error": "timeout"})
            """,
            4,
            k=k,
            s=noun.s,
            system=self.system,
            delay=self.rng.choice([30, 60, 120]),
        )

    def b_try(self) -> list[str]:
        k = self.uid()
        candidates = [(v, n) for v, n in self.pool if n in self.nouns[:2]]
        if not candidates:
            return self.b_extract()
        var, noun = self.rng.choice(candidates)
        out = f"deduped_{k}"
        self.pool.append((out, noun))
        return block(
            """
            try:
                <<out>> = await dedupe_<<p>>(records=<<var>>)
            except TaskError as exc:
                summary["errors"].append({"stage": "dedupe", "error": str(exc)})
                <<out>> = <<var>>
            """,
            4,
            out=out,
            var=var,
            p=noun.p,
        )

    def b_sync(self) -> list[str]:
        k = self.uid()
        var, noun = self.pick()
        return block(
            """
            if not dry_run:
                try:
                    sync_<<k>> = await <<task>>(<<var>>)
                except Exception as exc:
                    summary["errors"].append({"stage": "sync_<<p>>", "error": repr(exc)})
                else:
                    summary["synced_<<p>>"] = sync_<<k>>
            """,
            4,
            k=k,
            var=var,
            p=noun.p,
            task=self.sync_targets[noun.p],
        )

    def b_archive(self) -> list[str]:
        k = self.uid()
        var, noun = self.pick()
        return block(
            """
            summary["archive_<<p>>"] = await archive_<<p>>(<<var>>, f"{account_id}-{started_at[:10]}")
            """,
            4,
            k=k,
            var=var,
            p=noun.p,
        )

    def b_flow(self) -> list[str]:
        k = self.uid()
        var, _noun = self.pick()
        return block(
            """
            reconciliation_<<k>> = await reconcile_<<domain>>(account_id=account_id, records=<<var>>)
            if reconciliation_<<k>>.get("mismatches"):
                summary["mismatches"] = reconciliation_<<k>>["mismatches"]
            """,
            4,
            k=k,
            var=var,
            domain=self.domain,
        )

    def b_pure(self) -> list[str]:
        k = self.uid()
        var, _noun = self.pick()
        return block(
            """
            totals_<<k>>: dict = {}
            for r in <<var>>:
                key = r.get("country") or region
                totals_<<k>>[key] = totals_<<k>>.get(key, 0) + float(r.get("amount") or 0)
            top_<<k>> = sorted(totals_<<k>>.items(), key=lambda kv: kv[1], reverse=True)[:10]
            summary["top_countries"] = [country for country, _ in top_<<k>>]
            summary["by_status"] = _summarize(<<var>>)
            """,
            4,
            k=k,
            var=var,
        )

    def b_split(self) -> list[str]:
        k = self.uid()
        var, noun = self.pick()
        big = f"large_{k}"
        self.pool.append((big, noun))
        return block(
            """
            <<big>>, small_<<k>> = _partition(<<var>>, lambda r: float(r.get("amount") or 0) > 1000)
            if small_<<k>>:
                summary["small_loaded"] = await load_<<p>>(small_<<k>>)
            """,
            4,
            big=big,
            k=k,
            var=var,
            p=noun.p,
        )

    def b_sleep(self) -> list[str]:
        return block(
            """
            # Give <<system>> time to index the changes before reading them back.
            await sleep(<<delay>>)
            """,
            4,
            system=self.system,
            delay=self.rng.choice([60, 300, 600, 900]),
        )

    def b_step(self) -> list[str]:
        k = self.uid()
        var, _noun = self.pick()
        return block(
            """
            run_label_<<k>> = await step("run_label", lambda: f"{account_id}-{uuid.uuid4().hex[:8]}")
            await step("emit_progress", lambda: _post_webhook("progress", {"label": run_label_<<k>>, "count": len(<<var>>)}))
            """,
            4,
            k=k,
            var=var,
        )

    def b_match(self) -> list[str]:
        k = self.uid()
        var, noun = self.pick()
        chan = self.channels[1].replace("-", "_")
        return block(
            """
            match len(<<var>>):
                case 0:
                    summary["note_<<k>>"] = "nothing to do for <<p>>"
                case n if n > limit:
                    await notify_<<chan>>(account_id, {"warning": f"{n} <<p>> over limit"})
                case _:
                    summary["note_<<k>>"] = f"{len(<<var>>)} <<p>> processed"
            """,
            4,
            k=k,
            var=var,
            p=noun.p,
            chan=chan,
        )

    # ------------------------------------------------------------------ mistakes
    def m_http(self) -> list[str]:
        var, _ = self.pick()
        self.expected["WAC101"] += 1
        return block(
            """
            requests.post(WEBHOOK_URL, json={"event": "stage_done", "count": len(<<var>>)}, timeout=10)
            """,
            4,
            var=var,
        )

    def m_clock(self) -> list[str]:
        self.expected["WAC102"] += 1
        return block("""summary["checked_at"] = datetime.now(timezone.utc).isoformat()""", 4)

    def m_env(self) -> list[str]:
        self.expected["WAC102"] += 1
        return block(
            """region = os.environ.get("<<d>>_REGION", region)""", 4, d=self.domain.upper()
        )

    def m_dyn_step(self) -> list[str]:
        var, _ = self.pick()
        self.expected["WAC103"] += 1
        return block(
            """
            for record in <<var>>[:20]:
                await step(f"validate_{record['id']}", lambda: _validate(record))
            """,
            4,
            var=var,
        )

    def m_bare_except(self) -> list[str]:
        k = self.uid()
        var, noun = self.pick()
        self.expected["WAC201"] += 1
        return block(
            """
            try:
                archived_<<k>> = await archive_<<p>>(<<var>>, account_id)
            except:
                archived_<<k>> = None
            summary["archived"] = archived_<<k>>
            """,
            4,
            k=k,
            var=var,
            p=noun.p,
        )

    def m_unawaited_task(self) -> list[str]:
        chan = self.rng.choice(self.channels).replace("-", "_")
        self.expected["WAC106"] += 1
        return block("""notify_<<chan>>(account_id, summary)""", 4, chan=chan)

    def m_unawaited_sleep(self) -> list[str]:
        self.expected["WAC106"] += 1
        return block("""sleep(<<d>>)""", 4, d=self.rng.choice([30, 60]))

    def m_time_sleep(self) -> list[str]:
        self.expected["WAC101"] += 1
        return block("""time.sleep(<<d>>)  # let the API catch up""", 4, d=self.rng.choice([2, 5]))

    def m_helper_io(self) -> list[str]:
        var, _ = self.pick()
        self.expected["WAC101"] += 1
        return block("""_post_webhook("batch_ready", {"count": len(<<var>>)})""", 4, var=var)

    def m_uuid(self) -> list[str]:
        self.expected["WAC102"] += 1
        return block("""summary["run_id"] = str(uuid.uuid4())""", 4)

    def m_wmill_api(self) -> list[str]:
        self.expected["WAC101"] += 1
        return block("""wmill.set_state({"last_since": since, "account_id": account_id})""", 4)

    def m_random(self) -> list[str]:
        var, _ = self.pick()
        self.expected["WAC102"] += 1
        return block(
            """summary["sample"] = random.sample(<<var>>, k=min(5, len(<<var>>)))""", 4, var=var
        )

    def m_open(self) -> list[str]:
        self.expected["WAC101"] += 1
        return block(
            """
            with open(f"/tmp/{account_id}-summary.json", "w") as fh:
                json.dump(summary, fh)
            """,
            4,
        )

    def m_inline_task(self) -> list[str]:
        self.expected["WAC003"] += 1
        return block(
            """
            @task()
            async def adhoc_cleanup(record: dict) -> dict:
                return {k: v for k, v in record.items() if v is not None}
            """,
            4,
        )

    MISTAKES = [
        "m_http",
        "m_clock",
        "m_env",
        "m_dyn_step",
        "m_bare_except",
        "m_unawaited_task",
        "m_unawaited_sleep",
        "m_time_sleep",
        "m_helper_io",
        "m_uuid",
        "m_wmill_api",
        "m_random",
        "m_open",
    ]
    BLOCKS = [
        "b_extract",
        "b_gather",
        "b_gather_comp",
        "b_parallel",
        "b_loop",
        "b_branch",
        "b_poll",
        "b_try",
        "b_sync",
        "b_archive",
        "b_flow",
        "b_pure",
        "b_split",
        "b_sleep",
        "b_step",
        "b_match",
    ]

    def main(self, budget: int) -> list[str]:
        rng = self.rng
        out = block(
            PY_MAIN_HEAD,
            region=rng.choice(["eu-west-1", "us-east-1", "ap-southeast-2"]),
            limit=rng.choice([500, 1000, 5000]),
            title=f"{self.domain.capitalize()} {self.main_noun.p} pipeline",
        )
        out += [""] + self.b_extract() + [""] + self.b_gather()
        n_mistakes = rng.choice([0, 2, 3, 4, 5, 6, 8, 10])
        mistakes = [rng.choice(self.MISTAKES) for _ in range(n_mistakes)]
        if rng.random() < 0.2:
            mistakes.append("m_inline_task")
        # spread the mistakes over the body
        while len(out) < budget or mistakes:
            out += [""] + self.next_block()
            if mistakes and (len(out) >= budget or rng.random() < 0.35):
                out += [""] + getattr(self, mistakes.pop())()
        out += [""] + block(
            """
            await notify_<<chan>>(account_id, summary)
            summary["status"] = summary.get("status", "done")
            return summary
            """,
            4,
            chan=self.channels[0].replace("-", "_"),
        )
        return out

    def trailer(self) -> list[str]:
        if self.rng.random() < 0.15:
            self.expected["WAC006"] += 1
            return ["", ""] + block(
                """
                if __name__ == "__main__":
                    asyncio.run(main("acct_test", "2024-01-01T00:00:00"))
                """,
            )
        return []

    def build(self) -> str:
        head = self.header() + ["", ""] + self.models() + self.helpers() + self.tasks()
        main = ["", ""] + self.main(max(self.target - len(head) - 2, 120))
        return "\n".join(head + main + self.trailer()) + "\n"


# ============================================================================ TypeScript


TS_HEADER = """
// <<title>>
//
// Workflow-as-code: <<description>>
// Owner: <<owner>> (f/<<domain>>). Runs nightly from a schedule and on demand.
import {
  task,
  taskScript,
  taskFlow,
  step,
  sleep,
  waitForApproval,
  getResumeUrls,
  parallel,
  workflow,
  getVariable,
  getResource,
  setVariable,
} from "windmill-client";
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { WebClient } from "@slack/web-api";
import { Pool } from "pg";

const BASE_URL = "https://api.<<system>>.example.com/v2";
const WEBHOOK_URL = "https://hooks.example.com/<<domain>>/events";
const ARCHIVE_BUCKET = "acme-<<domain>>-archive";
const HTTP_TIMEOUT_MS = <<http_timeout>>;
const PAGE_SIZE = <<page_size>>;
const BATCH_SIZE = <<batch_size>>;
const MAX_POLLS = <<max_polls>>;
const RISK_THRESHOLD = <<risk>>;
const REVIEW_THRESHOLD = <<review>>;
"""

TS_MODELS = """

type Status = "open" | "blocked" | "void" | "done";

interface BaseRecord {
  id: string;
  email?: string;
  amount?: number;
  status?: Status;
  country?: string;
  tags?: string[];
  updatedAt?: string;
  enriched?: boolean;
  [key: string]: unknown;
}

interface StageResult {
  stage: string;
  noun: string;
  count: number;
  errors?: string[];
}

interface RunSummary {
  accountId: string;
  since: string;
  stages: StageResult[];
  errors: Array<Record<string, unknown>>;
  status?: string;
  [key: string]: unknown;
}

interface ExportStatus {
  state: "pending" | "running" | "done" | "failed";
  url?: string;
  rows?: number;
}

interface Verdict {
  ok: boolean;
  score: number;
  flagged: string[];
}

class RetryPolicy {
  constructor(
    public attempts = 3,
    public backoff = 1.5,
    public maxDelayMs = 30_000,
  ) {}

  delays(): number[] {
    const out: number[] = [];
    let delay = 1000;
    for (let i = 0; i < this.attempts; i++) {
      out.push(Math.min(delay, this.maxDelayMs));
      delay *= this.backoff;
    }
    return out;
  }
}

const DEFAULT_RETRY = new RetryPolicy(<<attempts>>);
"""

TS_HELPERS = [
    """
function normalizeEmail(value: unknown): string {
  if (!value) return "";
  const [local, domain] = String(value).trim().toLowerCase().split("@");
  const base = local.split("+")[0];
  return domain ? `${base}@${domain}` : base;
}
""",
    """
function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}
""",
    """
function riskScore(record: BaseRecord): number {
  let score = 0;
  if ((record.amount ?? 0) > 10_000) score += 0.4;
  if (!record.email) score += 0.2;
  if (!["US", "CA", "GB", "DE", "FR", "NL"].includes(record.country ?? "")) score += 0.15;
  if (Number(record.retries ?? 0) > 2) score += 0.25;
  return Math.min(score, 1);
}
""",
    """
function mergeById(...sources: BaseRecord[][]): BaseRecord[] {
  const merged = new Map<string, BaseRecord>();
  for (const source of sources) {
    for (const record of source ?? []) {
      const key = String(record.id);
      merged.set(key, { ...(merged.get(key) ?? {}), ...record });
    }
  }
  return [...merged.values()];
}
""",
    """
function formatSummary(accountId: string, summary: Record<string, unknown>): string {
  const lines = [`*${accountId}*: run summary`];
  for (const [key, value] of Object.entries(summary).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`- ${key}: ${Array.isArray(value) ? `${value.length} items` : String(value)}`);
  }
  return lines.join("\\n");
}
""",
    """
function countBy(records: BaseRecord[], key: keyof BaseRecord = "status"): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const record of records) {
    const value = String(record[key] ?? "unknown");
    counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}
""",
    """
function validate(record: BaseRecord): string[] {
  const problems: string[] = [];
  if (!record.id) problems.push("missing id");
  if (record.amount !== undefined && record.amount < 0) problems.push("negative amount");
  if (record.email && !record.email.includes("@")) problems.push("bad email");
  return problems;
}
""",
    """
function partition<T>(items: T[], predicate: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) {
    (predicate(item) ? yes : no).push(item);
  }
  return [yes, no];
}
""",
    """
async function requestWithRetry(url: string, init: RequestInit = {}): Promise<Response> {
  let lastError: unknown;
  for (const delay of DEFAULT_RETRY.delays()) {
    try {
      const resp = await fetch(url, { ...init, signal: AbortSignal.timeout(HTTP_TIMEOUT_MS) });
      if (resp.status < 500) return resp;
    } catch (err) {
      lastError = err;
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
  throw new Error(`${init.method ?? "GET"} ${url} failed after retries: ${lastError}`);
}
""",
    """
async function postWebhook(event: string, payload: Record<string, unknown>): Promise<number> {
  const resp = await fetch(WEBHOOK_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ event, payload }),
  });
  return resp.status;
}
""",
    """
async function sendApprovalRequest(
  approvers: string[],
  pageUrl: string,
  context: Record<string, unknown>,
): Promise<void> {
  const token = await getVariable("f/<<domain>>/slack_bot_token");
  const slack = new WebClient(token);
  for (const approver of approvers.length ? approvers : ["#<<channel>>"]) {
    await slack.chat.postMessage({
      channel: approver,
      text: `Approval needed: ${context.reason ?? "review"} <${pageUrl}|open>`,
    });
  }
}
""",
    """
function isSuspendSignal(err: unknown): boolean {
  return (err as { name?: string } | undefined)?.name === "StepSuspend";
}
""",
]

TS_TASKS = {
    "fetch": """
const fetch<<P>> = task(async (accountId: string, since: string): Promise<BaseRecord[]> => {
  const token = await getVariable("u/<<owner>>/<<system>>_token");
  const items: BaseRecord[] = [];
  let cursor: string | undefined;
  do {
    const params = new URLSearchParams({ account: accountId, updated_since: since, limit: String(PAGE_SIZE) });
    if (cursor) params.set("cursor", cursor);
    const resp = await fetch(`${BASE_URL}/<<p>>?${params}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (!resp.ok) throw new Error(`<<system>> returned ${resp.status}`);
    const page = (await resp.json()) as { data: BaseRecord[]; next_cursor?: string };
    items.push(...page.data);
    cursor = page.next_cursor;
  } while (cursor);
  return items;
}<<opts>>);
""",
    "normalize": """
const normalize<<P>> = task(async (records: BaseRecord[]): Promise<BaseRecord[]> => {
  return records
    .filter((r) => !r.deleted && !r.archived)
    .map((r) => ({
      id: String(r.id),
      email: normalizeEmail(r.email),
      amount: Math.round(Number(r.amount ?? 0) * 100) / 100,
      status: (String(r.status ?? "open").toLowerCase() as Status),
      country: String(r.country ?? "").toUpperCase(),
      tags: [...new Set(r.tags ?? [])].sort(),
    }));
});
""",
    "enrich": """
const enrich<<S>> = task(
  async (record: BaseRecord): Promise<BaseRecord> => {
    const resp = await fetch(`${BASE_URL}/<<p>>/${record.id}/details`);
    if (resp.status === 404) return { ...record, enriched: false };
    if (!resp.ok) throw new Error(`details for ${record.id}: ${resp.status}`);
    const extra = (await resp.json()) as Record<string, unknown>;
    const added = Object.fromEntries(Object.entries(extra).filter(([k]) => !(k in record)));
    return { ...record, ...added, enriched: true };
  },
  { timeout: 120, concurrency_limit: <<conc>>, concurrency_key: "<<system>>" },
);
""",
    "score": """
const score<<P>> = task(async (records: BaseRecord[]): Promise<Verdict> => {
  const scored = records.map((r) => [riskScore(r), r] as const);
  const flagged = scored.filter(([s]) => s > RISK_THRESHOLD).map(([, r]) => r.id);
  const mean = scored.reduce((acc, [s]) => acc + s, 0) / Math.max(scored.length, 1);
  return { ok: flagged.length === 0, score: Math.round(mean * 1000) / 1000, flagged };
});
""",
    "load": """
const load<<P>> = task(
  async (records: BaseRecord[]): Promise<number> => {
    if (records.length === 0) return 0;
    const pool = new Pool(await getResource("f/<<domain>>/warehouse"));
    const client = await pool.connect();
    try {
      for (const batch of chunk(records, BATCH_SIZE)) {
        await client.query(
          "INSERT INTO <<table>> (id, payload) SELECT * FROM UNNEST($1::text[], $2::jsonb[]) " +
            "ON CONFLICT (id) DO UPDATE SET payload = EXCLUDED.payload",
          [batch.map((r) => r.id), batch.map((r) => JSON.stringify(r))],
        );
      }
    } finally {
      client.release();
      await pool.end();
    }
    return records.length;
  },
  { timeout: <<timeout>>, tag: "db" },
);
""",
    "archive": """
const archive<<P>> = task(async (records: BaseRecord[], runLabel: string): Promise<string> => {
  const key = `<<p>>/${runLabel}.json`;
  const s3 = new S3Client({});
  await s3.send(new PutObjectCommand({ Bucket: ARCHIVE_BUCKET, Key: key, Body: JSON.stringify(records) }));
  return `s3://${ARCHIVE_BUCKET}/${key}`;
});
""",
    "start_export": """
const start<<S>>Export = task(async (accountId: string, since: string): Promise<string> => {
  const resp = await requestWithRetry(`${BASE_URL}/exports`, {
    method: "POST",
    body: JSON.stringify({ object: "<<p>>", account: accountId, since }),
  });
  if (!resp.ok) throw new Error(`export not started: ${resp.status}`);
  return ((await resp.json()) as { job_id: string }).job_id;
});
""",
    "check_export": """
const check<<S>>Export = task(async (jobId: string): Promise<ExportStatus> => {
  const resp = await fetch(`${BASE_URL}/exports/${jobId}`);
  if (!resp.ok) throw new Error(`export ${jobId}: ${resp.status}`);
  const body = (await resp.json()) as Record<string, any>;
  return { state: body.state ?? "pending", url: body.download_url, rows: body.rows ?? 0 };
});
""",
    "sync": """
const sync<<P>>To<<T>> = task(
  async (records: BaseRecord[]): Promise<{ created: number; updated: number; failed: number }> => {
    const key = await getVariable("f/<<domain>>/<<target>>_key");
    let created = 0;
    let updated = 0;
    let failed = 0;
    for (const batch of chunk(records, 50)) {
      const resp = await fetch("https://api.<<target>>.example.com/batch/upsert", {
        method: "POST",
        headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
        body: JSON.stringify({ inputs: batch }),
      });
      if (resp.status >= 400) {
        failed += batch.length;
        continue;
      }
      const body = (await resp.json()) as { created?: number; updated?: number };
      created += body.created ?? 0;
      updated += body.updated ?? 0;
    }
    return { created, updated, failed };
  },
  { timeout: <<timeout>>, tag: "<<system>>" },
);
""",
}

TS_NOTIFY = """
const notify<<Chan>> = task(async (accountId: string, summary: Record<string, unknown>): Promise<void> => {
  const slack = new WebClient(await getVariable("f/<<domain>>/slack_bot_token"));
  await slack.chat.postMessage({ channel: "#<<channel>>", text: formatSummary(accountId, summary) });
});
"""

TS_MAIN_HEAD = """

export const main = workflow(
  async (
    accountId: string,
    since: string,
    region: string = "<<region>>",
    limit: number = <<limit>>,
    dryRun: boolean = false,
    approvers: string[] = [],
  ) => {
    // <<title>>: the durable orchestration. Side effects live in the tasks above.
    const summary: RunSummary = { accountId, since, stages: [], errors: [] };
    const startedAt = await step("started_at", () => new Date().toISOString());
    summary.startedAt = startedAt;
"""


class TsFile(PyFile):
    """Builds one TypeScript WAC script (same plan as the Python one, other syntax)."""

    def __init__(self, rng: random.Random, index: int, target: int) -> None:
        super().__init__(rng, index, target)
        self.name = f"{self.domain}_{self.main_noun.p}_{index:02d}.ts"

    def header(self) -> list[str]:
        rng = self.rng
        return block(
            TS_HEADER,
            title=f"{self.domain.capitalize()} {self.main_noun.p.replace('_', ' ')} pipeline",
            description=(
                f"pull {self.main_noun.p.replace('_', ' ')} from {self.system}, clean and enrich "
                f"them, get a human approval when risky, load them into the warehouse and tell "
                f"#{self.channels[0]}."
            ),
            owner=rng.choice(OWNERS),
            domain=self.domain,
            system=self.system,
            http_timeout=rng.choice([15_000, 20_000, 30_000]),
            page_size=rng.choice([100, 200, 500]),
            batch_size=rng.choice([50, 100, 250, 500]),
            max_polls=rng.choice([10, 20, 30]),
            risk=rng.choice([0.5, 0.6, 0.7]),
            review=rng.choice([0.2, 0.25, 0.3]),
        )

    def models(self) -> list[str]:
        return block(TS_MODELS, attempts=self.rng.choice([3, 4, 5]))

    def helpers(self) -> list[str]:
        out: list[str] = []
        for template in TS_HELPERS:
            out += [""] + block(template, domain=self.domain, channel=self.channels[0])
        return out

    def tasks(self) -> list[str]:
        rng = self.rng
        out: list[str] = []
        for noun in self.nouns:
            target = rng.choice(self.other_systems)
            self.sync_targets[noun.p] = f"sync{noun.P}To{pascal(target)}"
            for template in TS_TASKS.values():
                out += [""] + block(
                    template,
                    opts=rng.choice(["", ", { timeout: 300 }", ', { timeout: 600, tag: "etl" }']),
                    P=noun.P,
                    S=noun.S,
                    p=noun.p,
                    T=pascal(target),
                    target=target,
                    system=self.system,
                    owner=rng.choice(OWNERS),
                    domain=self.domain,
                    table=noun.table,
                    conc=rng.choice([3, 5, 10]),
                    timeout=rng.choice([600, 900, 1800]),
                )
        for chan in self.channels:
            out += [""] + block(
                TS_NOTIFY, Chan=pascal(chan.replace("-", "_")), channel=chan, domain=self.domain
            )
        out.append("")
        for noun in self.nouns[:2]:
            out.append(
                f'const dedupe{noun.P} = taskScript("f/{self.domain}/dedupe_{noun.p}", '
                "{ timeout: 600 });"
            )
        out.append(
            f'const validate{self.main_noun.P} = taskScript("./validate_{self.main_noun.p}.ts");'
        )
        out.append(f'const reconcile{pascal(self.domain)} = taskFlow("f/{self.domain}/reconcile");')
        return out

    def chan(self, i: int) -> str:
        return pascal(self.channels[i].replace("-", "_"))

    # ------------------------------------------------------------------ main blocks
    def b_extract(self) -> list[str]:
        k = self.uid()
        noun = self.rng.choice(self.nouns)
        var = f"{noun.cp}{k}"
        self.pool.append((var, noun))
        return block(
            """
            // Extract and clean <<p>>
            const raw<<k>> = await fetch<<P>>(accountId, since);
            const <<var>> = await normalize<<P>>(raw<<k>>.slice(0, limit));
            summary.stages.push({ stage: "extract", noun: "<<p>>", count: <<var>>.length });
            """,
            4,
            p=noun.p,
            P=noun.P,
            k=k,
            var=var,
        )

    def b_gather(self) -> list[str]:
        k = self.uid()
        nouns = self.rng.sample(self.nouns, 3)
        var = f"merged{k}"
        self.pool.append((var, nouns[0]))
        names = [f"{n.cp}{k}" for n in nouns]
        return block(
            """
            // The three sources are independent: fetch them at the same time.
            const [<<names>>] = await Promise.all([
              fetch<<a>>(accountId, since),
              fetch<<b>>(accountId, since),
              fetch<<c>>(accountId, since),
            ]);
            const <<var>> = mergeById(<<names>>);
            summary.merged = <<var>>.length;
            """,
            4,
            names=", ".join(names),
            a=nouns[0].P,
            b=nouns[1].P,
            c=nouns[2].P,
            var=var,
        )

    def b_gather_comp(self) -> list[str]:
        k = self.uid()
        var, noun = self.pick()
        out = f"enriched{k}"
        self.pool.append((out, noun))
        return block(
            """
            const <<out>> = await Promise.all(<<var>>.slice(0, limit).map((r) => enrich<<S>>(r)));
            const missing<<k>> = <<out>>.filter((r) => !r.enriched).map((r) => r.id);
            if (missing<<k>>.length > 0) {
              summary.errors.push({ stage: "enrich", missing: missing<<k>> });
            }
            """,
            4,
            out=out,
            S=noun.S,
            var=var,
            k=k,
        )

    def b_parallel(self) -> list[str]:
        k = self.uid()
        var, noun = self.pick()
        out = f"detailed{k}"
        self.pool.append((out, noun))
        return block(
            """
            const <<out>> = await parallel(<<var>>, enrich<<S>>, { concurrency: <<c>> });
            """,
            4,
            out=out,
            var=var,
            S=noun.S,
            c=self.rng.choice([3, 5, 8]),
        )

    def b_loop(self) -> list[str]:
        k = self.uid()
        var, noun = self.pick()
        out = f"processed{k}"
        self.pool.append((out, noun))
        return block(
            """
            const <<out>>: BaseRecord[] = [];
            for (const record of <<var>>) {
              if (record.status === "blocked" || record.status === "void") continue;
              const problems = validate(record);
              if (problems.length > 0) {
                summary.errors.push({ id: record.id, problems });
                continue;
              }
              const detailed = await enrich<<S>>(record);
              if (!detailed.enriched) {
                await step("log_unenriched", () => console.log(`not enriched: ${record.id}`));
              }
              <<out>>.push(detailed);
            }
            """,
            4,
            out=out,
            var=var,
            S=noun.S,
        )

    def b_branch(self) -> list[str]:
        k = self.uid()
        var, noun = self.pick()
        return block(
            """
            const verdict<<k>> = await score<<P>>(<<var>>);
            if (verdict<<k>>.ok) {
              summary.loaded<<P>> = dryRun ? 0 : await load<<P>>(<<var>>);
            } else if (verdict<<k>>.score > REVIEW_THRESHOLD) {
              const urls<<k>> = await step("approval_urls", () => getResumeUrls());
              await step("request_approval", () =>
                sendApprovalRequest(approvers, urls<<k>>.approvalPage, { reason: "risky <<p>>" }),
              );
              const decision<<k>> = await waitForApproval({
                timeout: <<timeout>>,
                form: { flagged: verdict<<k>>.flagged },
              });
              if (!decision<<k>>.approved) {
                summary.status = "rejected";
                await notify<<Chan>>(accountId, summary);
                return summary;
              }
              summary.approvedBy = decision<<k>>.approver;
              summary.loaded<<P>> = await load<<P>>(<<var>>);
            } else {
              summary.skipped<<P>> = <<var>>.length;
            }
            """,
            4,
            k=k,
            var=var,
            p=noun.p,
            P=noun.P,
            Chan=self.chan(0),
            timeout=self.rng.choice([3600, 7200, 86400]),
        )

    def b_poll(self) -> list[str]:
        k = self.uid()
        noun = self.rng.choice(self.nouns)
        return block(
            """
            // <<system>> builds large exports asynchronously: start one and poll it.
            const job<<k>> = await start<<S>>Export(accountId, since);
            let exported<<k>> = false;
            for (let attempt = 0; attempt < MAX_POLLS; attempt++) {
              const status = await check<<S>>Export(job<<k>>);
              if (status.state === "done") {
                summary.export<<S>> = status.url;
                exported<<k>> = true;
                break;
              }
              if (status.state === "failed") throw new Error(`export ${job<<k>>} failed`);
              await sleep(<<delay>>);
            }
            if (!exported<<k>>) summary.errors.push({ stage: "export", job: job<<k>>, error: "timeout" });
            """,
            4,
            k=k,
            S=noun.S,
            system=self.system,
            delay=self.rng.choice([30, 60, 120]),
        )

    def b_try(self) -> list[str]:
        k = self.uid()
        candidates = [(v, n) for v, n in self.pool if n in self.nouns[:2]]
        if not candidates:
            return self.b_extract()
        var, noun = self.rng.choice(candidates)
        out = f"deduped{k}"
        self.pool.append((out, noun))
        param, guard = self.rng.choice(
            [
                ("err: any", 'if (err?.name === "StepSuspend") throw err;'),
                ("err", "if (isSuspendSignal(err)) throw err;"),
            ]
        )
        return block(
            """
            let <<out>>: BaseRecord[];
            try {
              <<out>> = await dedupe<<P>>({ records: <<var>> });
            } catch (<<param>>) {
              <<guard>>
              summary.errors.push({ stage: "dedupe", error: String(err) });
              <<out>> = <<var>>;
            }
            """,
            4,
            out=out,
            var=var,
            P=noun.P,
            guard=guard,
            param=param,
        )

    def b_sync(self) -> list[str]:
        k = self.uid()
        var, noun = self.pick()
        return block(
            """
            if (!dryRun) {
              try {
                summary.synced<<P>> = await <<task>>(<<var>>);
              } catch (err) {
                if (isSuspendSignal(err)) throw err;
                summary.errors.push({ stage: "sync_<<p>>", error: String(err) });
              }
            }
            """,
            4,
            k=k,
            var=var,
            p=noun.p,
            P=noun.P,
            task=self.sync_targets[noun.p],
        )

    def b_archive(self) -> list[str]:
        var, noun = self.pick()
        return block(
            """
            summary.archive<<P>> = await archive<<P>>(<<var>>, `${accountId}-${startedAt.slice(0, 10)}`);
            """,
            4,
            var=var,
            P=noun.P,
        )

    def b_flow(self) -> list[str]:
        k = self.uid()
        var, _noun = self.pick()
        return block(
            """
            const reconciliation<<k>> = await reconcile<<D>>({ accountId, records: <<var>> });
            if (reconciliation<<k>>?.mismatches?.length) {
              summary.mismatches = reconciliation<<k>>.mismatches;
            }
            """,
            4,
            k=k,
            var=var,
            D=pascal(self.domain),
        )

    def b_pure(self) -> list[str]:
        k = self.uid()
        var, _noun = self.pick()
        return block(
            """
            const totals<<k>> = new Map<string, number>();
            for (const r of <<var>>) {
              const key = r.country || region;
              totals<<k>>.set(key, (totals<<k>>.get(key) ?? 0) + Number(r.amount ?? 0));
            }
            summary.topCountries = [...totals<<k>>.entries()]
              .sort((a, b) => b[1] - a[1])
              .slice(0, 10)
              .map(([country]) => country);
            summary.byStatus = countBy(<<var>>);
            """,
            4,
            k=k,
            var=var,
        )

    def b_split(self) -> list[str]:
        k = self.uid()
        var, noun = self.pick()
        big = f"large{k}"
        self.pool.append((big, noun))
        return block(
            """
            const [<<big>>, small<<k>>] = partition(<<var>>, (r) => Number(r.amount ?? 0) > 1000);
            if (small<<k>>.length > 0) {
              summary.smallLoaded = await load<<P>>(small<<k>>);
            }
            """,
            4,
            big=big,
            k=k,
            var=var,
            P=noun.P,
        )

    def b_sleep(self) -> list[str]:
        return block(
            """
            // Give <<system>> time to index the changes before reading them back.
            await sleep(<<delay>>);
            """,
            4,
            system=self.system,
            delay=self.rng.choice([60, 300, 600, 900]),
        )

    def b_step(self) -> list[str]:
        k = self.uid()
        var, _noun = self.pick()
        return block(
            """
            const runLabel<<k>> = await step("run_label", () => `${accountId}-${crypto.randomUUID().slice(0, 8)}`);
            await step("emit_progress", () => postWebhook("progress", { label: runLabel<<k>>, count: <<var>>.length }));
            """,
            4,
            k=k,
            var=var,
        )

    def b_match(self) -> list[str]:
        k = self.uid()
        var, noun = self.pick()
        return block(
            """
            switch (<<var>>.length) {
              case 0:
                summary.note<<k>> = "nothing to do for <<p>>";
                break;
              default:
                if (<<var>>.length > limit) {
                  await notify<<Chan>>(accountId, { warning: `${<<var>>.length} <<p>> over limit` });
                } else {
                  summary.note<<k>> = `${<<var>>.length} <<p>> processed`;
                }
            }
            """,
            4,
            k=k,
            var=var,
            p=noun.p,
            Chan=self.chan(1),
        )

    # ------------------------------------------------------------------ mistakes
    def m_http(self) -> list[str]:
        var, _ = self.pick()
        self.expected["WAC101"] += 1
        return block(
            """
            await fetch(WEBHOOK_URL, {
              method: "POST",
              body: JSON.stringify({ event: "stage_done", count: <<var>>.length }),
            });
            """,
            4,
            var=var,
        )

    def m_clock(self) -> list[str]:
        self.expected["WAC102"] += 1
        return block(
            self.rng.choice(
                ["summary.checkedAt = Date.now();", "summary.checkedAt = new Date().toISOString();"]
            ),
            4,
        )

    def m_env(self) -> list[str]:
        self.expected["WAC102"] += 1
        return block("""region = process.env.<<d>>_REGION ?? region;""", 4, d=self.domain.upper())

    def m_dyn_step(self) -> list[str]:
        var, _ = self.pick()
        self.expected["WAC103"] += 1
        return block(
            """
            for (const record of <<var>>.slice(0, 20)) {
              await step(`validate_${record.id}`, () => validate(record));
            }
            """,
            4,
            var=var,
        )

    def m_bare_except(self) -> list[str]:  # TS: a catch that swallows the suspension
        k = self.uid()
        var, noun = self.pick()
        self.expected["WAC202"] += 1
        if self.rng.random() < 0.5:
            return block(
                """
                let archived<<k>>: string | null = null;
                try {
                  archived<<k>> = await archive<<P>>(<<var>>, accountId);
                } catch (e) {
                  summary.errors.push({ stage: "archive", error: String(e) });
                }
                summary.archived = archived<<k>>;
                """,
                4,
                k=k,
                var=var,
                P=noun.P,
            )
        return block(
            """
            summary.archived = await archive<<P>>(<<var>>, accountId).catch(() => null);
            """,
            4,
            var=var,
            P=noun.P,
        )

    def m_unawaited_task(self) -> list[str]:
        self.expected["WAC106"] += 1
        return block(
            """notify<<Chan>>(accountId, summary);""", 4, Chan=self.chan(self.rng.choice([0, 1]))
        )

    def m_unawaited_sleep(self) -> list[str]:
        self.expected["WAC106"] += 1
        return block("""sleep(<<d>>);""", 4, d=self.rng.choice([30, 60]))

    def m_time_sleep(self) -> list[str]:
        self.expected["WAC101"] += 1
        return block(
            """await Bun.sleep(<<d>>); // let the API catch up""",
            4,
            d=self.rng.choice([2000, 5000]),
        )

    def m_helper_io(self) -> list[str]:
        var, _ = self.pick()
        self.expected["WAC101"] += 1
        return block("""await postWebhook("batch_ready", { count: <<var>>.length });""", 4, var=var)

    def m_uuid(self) -> list[str]:
        self.expected["WAC102"] += 1
        return block("""summary.runId = crypto.randomUUID();""", 4)

    def m_wmill_api(self) -> list[str]:
        self.expected["WAC101"] += 1
        return block("""await setVariable("f/<<d>>/last_since", since);""", 4, d=self.domain)

    def m_random(self) -> list[str]:
        var, _ = self.pick()
        self.expected["WAC102"] += 1
        return block(
            """summary.sample = <<var>>[Math.floor(Math.random() * <<var>>.length)];""",
            4,
            var=var,
        )

    def m_open(self) -> list[str]:
        self.expected["WAC101"] += 1
        return block(
            """await Bun.write(`/tmp/${accountId}-summary.json`, JSON.stringify(summary));""", 4
        )

    def m_inline_task(self) -> list[str]:
        self.expected["WAC003"] += 1
        return block(
            """
            const adhocCleanup = task(async (record: BaseRecord) =>
              Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)),
            );
            summary.cleaned = await Promise.all(<<var>>.map((r) => adhocCleanup(r)));
            """,
            4,
            var=self.pick()[0],
        )

    def main(self, budget: int) -> list[str]:
        rng = self.rng
        out = block(
            TS_MAIN_HEAD,
            region=rng.choice(["eu-west-1", "us-east-1", "ap-southeast-2"]),
            limit=rng.choice([500, 1000, 5000]),
            title=f"{self.domain.capitalize()} {self.main_noun.p} pipeline",
        )
        out += [""] + self.b_extract() + [""] + self.b_gather()
        n_mistakes = rng.choice([0, 2, 3, 4, 5, 6, 8, 10])
        mistakes = [rng.choice(self.MISTAKES) for _ in range(n_mistakes)]
        if rng.random() < 0.2:
            mistakes.append("m_inline_task")
        while len(out) < budget or mistakes:
            out += [""] + self.next_block()
            if mistakes and (len(out) >= budget or rng.random() < 0.35):
                out += [""] + getattr(self, mistakes.pop())()
        out += [""] + block(
            """
            await notify<<Chan>>(accountId, summary);
            summary.status = summary.status ?? "done";
            return summary;
            """,
            4,
            Chan=self.chan(0),
        )
        out += ["  },", ");"]
        return out

    def trailer(self) -> list[str]:
        if self.rng.random() < 0.15:
            self.expected["WAC006"] += 1
            return [""] + block(
                """
                if (import.meta.main) {
                  console.log(await main("acct_test", "2024-01-01T00:00:00Z"));
                }
                """,
            )
        return []

    def build(self) -> str:
        head = self.header() + [""] + self.models() + self.helpers() + self.tasks()
        main = [""] + self.main(max(self.target - len(head) - 4, 120))
        return "\n".join(head + main + self.trailer()) + "\n"


# ============================================================================ driver


def generate(out: Path, count: int, lines: int, seed: int) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    for old in list(out.glob("*.py")) + list(out.glob("*.ts")):
        old.unlink()
    manifest: dict = {"seed": seed, "count": count, "lines": lines, "files": {}}
    for language, cls in (("python", PyFile), ("typescript", TsFile)):
        for index in range(count):
            rng = random.Random(f"{seed}:{language}:{index}")
            builder = cls(rng, index, lines)
            text = builder.build()
            if language == "python":
                compile(text, builder.name, "exec")  # the corpus must be valid Python
            (out / builder.name).write_text(text, encoding="utf-8")
            manifest["files"][builder.name] = {
                "language": language,
                "lines": text.count("\n"),
                "expected": dict(sorted(builder.expected.items())),
            }
    totals: Counter[str] = Counter()
    for info in manifest["files"].values():
        totals.update(info["expected"])
    manifest["expected_totals"] = dict(sorted(totals.items()))
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="files per language")
    parser.add_argument("--lines", type=int, default=DEFAULT_LINES, help="target lines per file")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    manifest = generate(args.out, args.count, args.lines, args.seed)
    sizes = [info["lines"] for info in manifest["files"].values()]
    print(
        f"wrote {len(sizes)} files to {args.out} "
        f"({min(sizes)}-{max(sizes)} lines, {sum(sizes)} in all); "
        f"seeded findings: {manifest['expected_totals']}"
    )


if __name__ == "__main__":
    main()
