# SDK: wmill 1.850.0 _suspend raises _StepSuspend (BaseException); TaskGroup wraps it in a BaseExceptionGroup that _run_workflow_async's `except _StepSuspend` never catches
import asyncio
import logging

from wmill import task, workflow

log = logging.getLogger("bidding")

EXCHANGES = ["adx", "openx", "magnite", "pubmatic"]


@task(timeout=120, tag="bidding")
async def request_quote(exchange: str, line_item: str, max_cpm: float) -> dict:
    import httpx

    async with httpx.AsyncClient(timeout=10) as client:
        r = await client.post(
            f"https://bidder.internal/{exchange}/quote",
            json={"line_item": line_item, "max_cpm": max_cpm},
        )
        r.raise_for_status()
        return r.json()


@task(timeout=60)
async def book_winner(exchange: str, line_item: str, cpm: float) -> dict:
    import httpx

    r = httpx.post(
        f"https://bidder.internal/{exchange}/book",
        json={"line_item": line_item, "cpm": cpm},
    )
    r.raise_for_status()
    return r.json()


@workflow
async def main(line_item: str, max_cpm: float = 4.5):
    tg = asyncio.TaskGroup()
    pending = {}
    async with tg:  # expect: WAC201
        for ex in EXCHANGES:
            pending[ex] = tg.create_task(request_quote(ex, line_item, max_cpm))
    quotes = {ex: t.result() for ex, t in pending.items()}
    log.info("quotes: %s", quotes)

    eligible = [(q["cpm"], ex) for ex, q in quotes.items() if q.get("cpm") is not None and q["cpm"] <= max_cpm]
    if not eligible:
        return {"line_item": line_item, "booked": None}
    cpm, ex = min(eligible)
    booking = await book_winner(ex, line_item, cpm)
    return {"line_item": line_item, "booked": ex, "cpm": cpm, "booking": booking}
