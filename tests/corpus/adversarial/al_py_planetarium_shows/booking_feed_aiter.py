# SDK: wmill 1.850.0 re-runs the workflow body in every round; `async for` over a `BookingFeed` calls its `__aiter__` (an async generator method) there, which pages the box-office API with httpx from the body, in every round
"""Send seat maps to the groups booked on a session. Ported from an anyio service
that iterated bookings through an async-iterable feed object."""

import httpx

from wmill import task, workflow


class BookingFeed:
    def __init__(self, session_id: str, page_size: int = 50):
        self.session_id = session_id
        self.page_size = page_size

    async def __aiter__(self):
        cursor = None
        async with httpx.AsyncClient(base_url="https://boxoffice.planetarium.example") as client:
            while True:
                r = await client.get(f"/sessions/{self.session_id}/bookings", params={"cursor": cursor, "limit": self.page_size})
                r.raise_for_status()
                page = r.json()
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
    sent = []
    async for booking in BookingFeed(session_id):  # expect: WAC101
        if booking.get("group"):
            sent.append(await send_seat_map(booking["id"], booking["email"]))
    return {"session": session_id, "sent": sent}
