# SDK: wmill 1.850.0 random.Random(job_id) seeded with a str is reproducible (random.seed hashes str with sha512, not the salted hash()); approvals with literal keys in exclusive branches
import random
from typing import Literal

import httpx
from wmill import get_approval_urls, step, task, wait_for_approval, workflow

Tier = Literal["standard", "premium"]
VENDORS = {
    "standard": ["lingua-co", "polyglot-ltd", "wordsmiths"],
    "premium": ["certified-tx", "legal-lingo"],
}


def pick_vendor(job_id: str, tier: Tier, exclude: list[str]) -> str:
    pool = [v for v in VENDORS[tier] if v not in exclude]
    return random.Random(job_id).choice(pool)


@task()
async def offer_job(vendor: str, job_id: str, words: int) -> dict:
    async with httpx.AsyncClient() as c:
        r = await c.post(f"https://vendors.agency.example/{vendor}/offers", json={"job": job_id, "words": words})
        r.raise_for_status()
        return r.json()


@task()
async def notify_pm(pm: str, job_id: str, resume: str, cancel: str, why: str) -> None:
    async with httpx.AsyncClient() as c:
        await c.post("https://chat.agency.example/dm", json={"to": pm, "text": f"{job_id}: {why}\n{resume}\n{cancel}"})


@workflow
async def main(job_id: str, words: int, tier: Literal["standard", "premium"] = "standard", pm: str = "pm@agency.example", exclude: list[str] = []):
    vendor = pick_vendor(job_id, tier, exclude)
    offer = await offer_job(vendor, job_id, words)
    if offer.get("accepted"):
        return {"vendor": vendor, "rate": offer["rate"]}
    if tier == "premium":
        urls = await step("premium_urls", lambda: get_approval_urls("premium_fallback"))
        await notify_pm(pm, job_id, urls["resume"], urls["cancel"], f"{vendor} declined a premium job")
        ok = await wait_for_approval(key="premium_fallback", timeout=86400)
    else:
        urls = await step("standard_urls", lambda: get_approval_urls("standard_fallback"))
        await notify_pm(pm, job_id, urls["resume"], urls["cancel"], f"{vendor} declined")
        ok = await wait_for_approval(key="standard_fallback", timeout=4 * 3600)
    if not ok["approved"]:
        return {"vendor": None}
    second = pick_vendor(job_id + ":2", tier, [*exclude, vendor])
    offer2 = await offer_job(second, job_id, words)
    return {"vendor": second if offer2.get("accepted") else None}
