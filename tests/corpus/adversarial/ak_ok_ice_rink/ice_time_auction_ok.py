# SDK: wmill 1.850.0: `raise ... from e` inside `except Exception` keeps the failure; _StepSuspend is a BaseException and passes through; approval keys are literals
import logging

from wmill import get_approval_urls, step, task, wait_for_approval, workflow

log = logging.getLogger("auction")

AWARD_FORM = {
    "type": "object",
    "properties": {"override_winner": {"type": "string"}, "comment": {"type": "string"}},
}


class AuctionError(RuntimeError):
    pass


@task()
async def collect_bids(slot_id: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient() as c:
        r = await c.get(f"https://rink.example-ice.org/api/slots/{slot_id}/bids")
        r.raise_for_status()
        return r.json()


@task()
async def award(slot_id: str, club: str, price_cents: int) -> dict:
    import httpx

    async with httpx.AsyncClient() as c:
        r = await c.post(f"https://rink.example-ice.org/api/slots/{slot_id}/award", json={"club": club, "price": price_cents})
        r.raise_for_status()
        return r.json()


@task()
async def ask_manager(page: str, slot_id: str, leader: dict) -> None:
    import httpx

    async with httpx.AsyncClient() as c:
        await c.post("https://chat.example-ice.org/hooks/manager", json={"text": f"{slot_id}: {leader} {page}"})


def winner(bids: list[dict]) -> dict | None:
    valid = [b for b in bids if b.get("price_cents", 0) > 0]
    return min(valid, key=lambda b: (-b["price_cents"], b["submitted_at"], b["club"])) if valid else None


@workflow
async def main(slot_id: str, reserve_cents: int = 20_000):
    try:
        bids = await collect_bids(slot_id)
    except Exception as e:
        raise AuctionError(f"could not read bids for {slot_id}") from e

    lead = winner(bids)
    if lead is None or lead["price_cents"] < reserve_cents:
        return {"slot": slot_id, "awarded": False}

    urls = await step("manager_urls", lambda: get_approval_urls("manager_award"))
    await ask_manager(urls["approvalPage"], slot_id, lead)
    d = await wait_for_approval(key="manager_award", timeout=86400, form=AWARD_FORM)
    if not d["approved"]:
        log.info("award of %s refused by %s", slot_id, d["approver"])
        return {"slot": slot_id, "awarded": False}
    club = (d.get("value") or {}).get("override_winner") or lead["club"]
    price = next((b["price_cents"] for b in bids if b["club"] == club), lead["price_cents"])
    return {"slot": slot_id, "awarded": True, "result": await award(slot_id, club, price)}
