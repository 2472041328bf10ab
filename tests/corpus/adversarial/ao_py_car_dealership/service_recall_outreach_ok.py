# SDK: wmill 1.850.0: asyncio.gather over task coroutines dispatches them in argument order; step(name, fn) calls fn() and checkpoints its JSON; `except Exception` cannot catch _StepSuspend (BaseException); a finally that only logs leaves the suspension alone
"""Recall outreach: for a manufacturer recall, find owners serviced at this store,
book them a slot, and text them. The message template class is used by the tasks (to
send) and by the body (to preview, pure string work)."""

from __future__ import annotations

import asyncio
import logging
import uuid
from datetime import datetime, timezone
from string import Template

import httpx
import wmill
from wmill import step, task, workflow

logger = logging.getLogger(__name__)

TWILIO_URL = "https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json"
BATCH = 20


class RecallMessage:
    """Renders and sends the recall text. render() is pure; send() does I/O."""

    def __init__(self, campaign: str, store_name: str):
        self.campaign = campaign
        self.template = Template("$store: recall $campaign applies to your $model. Reply YES to book $slot.")
        self.store_name = store_name

    def render(self, owner: dict, slot: str) -> str:
        return self.template.substitute(store=self.store_name, campaign=self.campaign, model=owner["model"], slot=slot)

    async def send(self, phone: str, body: str) -> str:
        twilio = wmill.get_resource("f/dealership/twilio")
        async with httpx.AsyncClient(auth=(twilio["sid"], twilio["token"]), timeout=20) as client:
            r = await client.post(TWILIO_URL.format(sid=twilio["sid"]), data={"To": phone, "From": twilio["from"], "Body": body})
            r.raise_for_status()
            return r.json()["sid"]


def chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i : i + size]


@task(timeout=300)
async def affected_owners(campaign: str, store_id: str) -> list[dict]:
    db = wmill.get_resource("f/dealership/dms_postgres")
    import asyncpg

    conn = await asyncpg.connect(**db)
    try:
        rows = await conn.fetch(
            "select o.id, o.phone, v.model, v.vin from owners o join vehicles v on v.owner_id = o.id "
            "join recall_vins r on r.vin = v.vin where r.campaign = $1 and v.store_id = $2 order by o.id",
            campaign,
            store_id,
        )
    finally:
        await conn.close()
    return [dict(r) for r in rows]


@task()
async def book_slot(store_id: str, vin: str) -> str:
    async with httpx.AsyncClient(timeout=20) as client:
        r = await client.post(f"https://service.example-motors.com/stores/{store_id}/slots", json={"vin": vin, "kind": "recall"})
        r.raise_for_status()
        return r.json()["starts_at"]


@task()
async def text_owner(campaign: str, store_name: str, owner: dict, slot: str) -> dict:
    msg = RecallMessage(campaign, store_name)
    sid = await msg.send(owner["phone"], msg.render(owner, slot))
    return {"owner": owner["id"], "sid": sid, "sent_at": datetime.now(timezone.utc).isoformat()}


@task()
async def record_campaign(run_id: str, campaign: str, outcomes: list[dict]) -> None:
    async with httpx.AsyncClient(timeout=20) as client:
        await client.post("https://dms.example-motors.com/api/v2/campaign-log", json={"run": run_id, "campaign": campaign, "outcomes": outcomes})


@workflow
async def main(campaign: str, store_id: str, store_name: str, dry_run: bool = True):
    run_id = await step("run_id", lambda: uuid.uuid4().hex)
    owners = await affected_owners(campaign, store_id)
    preview = RecallMessage(campaign, store_name)

    if dry_run:
        samples = [preview.render(o, "<slot>") for o in owners[:5]]
        logger.info("dry run %s: %d owners", run_id, len(owners))
        return {"run_id": run_id, "owners": len(owners), "samples": samples}

    outcomes: list[dict] = []
    failed: list[str] = []
    for batch in chunks(owners, BATCH):
        slots = await asyncio.gather(*(book_slot(store_id, o["vin"]) for o in batch))
        try:
            sent = await asyncio.gather(*[text_owner(campaign, store_name, o, s) for o, s in zip(batch, slots)])
            outcomes.extend(sent)
        except Exception as exc:  # a failed text fails the batch, not the campaign
            logger.warning("batch failed: %s", exc)
            failed.extend(o["id"] for o in batch)
        finally:
            logger.info("batch of %d done", len(batch))

    await record_campaign(run_id, campaign, outcomes)
    return {"run_id": run_id, "texted": len(outcomes), "failed": failed}
