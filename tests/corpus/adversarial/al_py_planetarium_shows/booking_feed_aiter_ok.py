# SDK: wmill 1.850.0 checkpoints each task: the feed's `__aiter__` awaits the `fetch_page` task for every page, so `async for` in the body replays the pages from their checkpoints in every round; the `nonlocal` counter is the body's own, rebuilt the same way each round
"""Send seat maps to the groups booked on a session; the async-iterable feed gets each
page from a task, so iterating it in the body is replay-safe."""

import httpx

from wmill import task, workflow


@task(timeout=120)
async def fetch_page(session_id: str, cursor: str | None, limit: int) -> dict:
    async with httpx.AsyncClient(base_url="https://boxoffice.planetarium.example") as client:
        r = await client.get(f"/sessions/{session_id}/bookings", params={"cursor": cursor, "limit": limit})
        r.raise_for_status()
        return r.json()


class BookingFeed:
    def __init__(self, session_id: str, page_size: int = 50):
        self.session_id = session_id
        self.page_size = page_size

    async def __aiter__(self):
        cursor = None
        while True:
            page = await fetch_page(self.session_id, cursor, self.page_size)
            for booking in page["items"]:
                yield booking
            cursor = page.get("next")
            if not cursor:
                return


@task(timeout=120)
async def send_seat_map(booking_id: str, email: str) -> str:
    async with httpx.AsyncClient(base_url="https://mail.planetarium.example") as client:
        r = await client.post("/seat-maps", json={"booking": booking_id, "to": email})
        r.raise_for_status()
        return r.json()["message_id"]


@workflow
async def main(session_id: str):
    sent: list[str] = []
    skipped = 0

    def skip() -> None:
        nonlocal skipped
        skipped += 1

    async for booking in BookingFeed(session_id):
        if not booking.get("group"):
            skip()
            continue
        sent.append(await send_seat_map(booking["id"], booking["email"]))
    return {"session": session_id, "sent": sent, "skipped": skipped}
