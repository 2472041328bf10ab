# SDK: wmill 1.850.0 tasks are keyed by name and call order (_alloc_key); dict.fromkeys keeps first-seen order, so the lots are quarantined in the same order every replay
import logging
from collections import defaultdict

import httpx
from wmill import parallel, step, task, workflow

log = logging.getLogger("coldchain.quarantine")

QA = "https://qa.coldchain.example/api/v2"


@task()
async def list_excursions(site: str, day: str) -> list[dict]:
    r = httpx.get(f"{QA}/sites/{site}/excursions", params={"day": day})
    r.raise_for_status()
    return r.json()["items"]


@task()
async def quarantine_lot(lot_id: str, reasons: list[str]) -> dict:
    r = httpx.post(f"{QA}/lots/{lot_id}/quarantine", json={"reasons": reasons})
    r.raise_for_status()
    return r.json()


@task()
async def notify_site(site: str, lots: list[str]) -> None:
    httpx.post(f"{QA}/sites/{site}/notices", json={"lots": lots}).raise_for_status()


@workflow
async def main(site: str, day: str):
    excursions = await list_excursions(site=site, day=day)
    reasons: dict[str, list[str]] = defaultdict(list)
    for ex in excursions:
        reasons[ex["lot"]].append(f"{ex['logger']}: {ex['max_c']}C")

    lots = list(dict.fromkeys(ex["lot"] for ex in excursions))
    first_pass = lots[:10]
    for lot in first_pass:
        await quarantine_lot(lot_id=lot, reasons=reasons[lot])
    rest = await parallel(lots[10:], lambda lot: quarantine_lot(lot_id=lot, reasons=reasons[lot]), concurrency=5)

    if lots:
        await notify_site(site=site, lots=lots)
    summary = await step("summary", lambda: {"site": site, "day": day, "lots": len(lots)})
    log.info("quarantined %d lots (%d in parallel)", len(lots), len(rest))
    return summary
