# SDK: wmill 1.850.0 local helpers named send / save / now / fetch are pure (string building, dict updates, a given clock value); TaskError is caught narrowly and its .result read; get_approval_urls("treatment") in a step before wait_for_approval(key="treatment")
from dataclasses import dataclass, field
from datetime import datetime

import httpx
from wmill import TaskError, get_approval_urls, step, task, wait_for_approval, workflow

MITE_THRESHOLD = 3.0  # mites per 100 bees


@dataclass
class Outbox:
    """In-memory message builder; `send` only queues text, the task delivers it."""

    lines: list[str] = field(default_factory=list)

    def send(self, text: str) -> "Outbox":
        self.lines.append(text)
        return self

    def render(self) -> str:
        return "\n".join(self.lines)


def fetch(counts: dict[str, float], hive: str) -> float:
    # a lookup in a dict of results, nothing more
    return float(counts.get(hive, 0.0))


def save(ledger: dict[str, str], hive: str, product: str) -> dict[str, str]:
    return {**ledger, hive: product}


def now(stamp: str) -> str:
    # the timestamp the step captured, reformatted for the report
    return stamp.replace("T", " ")[:16]


@task(timeout=600)
async def mite_wash_counts(yard: str) -> dict[str, float]:
    async with httpx.AsyncClient() as c:
        r = await c.get(f"https://apiary.coop.example/api/yards/{yard}/mite-washes")
        r.raise_for_status()
        return {row["hive"]: row["per_100"] for row in r.json()}


@task()
async def apply_treatment(hive: str, product: str) -> dict:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://apiary.coop.example/api/treatments", json={"hive": hive, "product": product})
        r.raise_for_status()
        return r.json()


@task()
async def email_supervisor(body: str, approve_url: str) -> None:
    async with httpx.AsyncClient() as c:
        await c.post("https://mail.coop.example/send", json={"to": "supervisor@coop.example", "body": body, "link": approve_url})


@workflow
async def main(yard: str, hives: list[str], product: str = "oxalic-vapour"):
    stamp = await step("report_time", lambda: datetime.now().isoformat())
    counts = await mite_wash_counts(yard)
    over = [h for h in hives if fetch(counts, h) >= MITE_THRESHOLD]
    if not over:
        return {"yard": yard, "treated": []}

    box = Outbox().send(f"Varroa report {now(stamp)} for {yard}")
    for h in over:
        box.send(f"- {h}: {fetch(counts, h):.1f} mites/100")

    urls = await step("treatment_urls", lambda: get_approval_urls("treatment"))
    await email_supervisor(box.render(), urls["resume"])
    decision = await wait_for_approval(key="treatment", timeout=86400)
    if not decision["approved"]:
        return {"yard": yard, "treated": [], "declined_by": decision["approver"]}

    ledger: dict[str, str] = {}
    failed: dict[str, str] = {}
    for h in over:
        try:
            await apply_treatment(h, product)
            ledger = save(ledger, h, product)
        except TaskError as e:
            failed[h] = (e.result or {}).get("error", {}).get("message", str(e))
    return {"yard": yard, "treated": ledger, "failed": failed}
