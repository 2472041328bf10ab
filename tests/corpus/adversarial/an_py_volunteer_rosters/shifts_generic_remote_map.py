# SDK: wmill 1.850.0 client.py: the body replays after each task; `roster[vid]` on an instance of a class of the file runs its __getitem__ (PEP 695 generic syntax), which reads Redis there, in every round
"""Check which volunteers already hold a shift before offering them the open ones."""

import json

import redis

from wmill import task, workflow


class RemoteMap[V]:
    """A read-through view of one Redis hash (typed with Python 3.12 generics)."""

    def __init__(self, url: str, key: str) -> None:
        self._r = redis.Redis.from_url(url)
        self._key = key

    def __getitem__(self, field: str) -> V | None:
        raw = self._r.hget(self._key, field)
        return None if raw is None else json.loads(raw)

    def __contains__(self, field: object) -> bool:
        return isinstance(field, str) and bool(self._r.hexists(self._key, field))


type ShiftRef = dict[str, str]


@task(timeout=60)
async def offer_shift(volunteer_id: str, shift_id: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.post("https://roster.foodbank.example/api/offers", json={"volunteer": volunteer_id, "shift": shift_id})
        r.raise_for_status()
        return r.json()


@workflow
async def main(redis_url: str, volunteer_ids: list[str], open_shifts: list[str]):
    roster: RemoteMap[ShiftRef] = RemoteMap(redis_url, "roster:current")
    offers = []
    for vid, shift_id in zip(volunteer_ids, open_shifts):
        current = roster[vid]  # expect: WAC101
        if current is not None:
            continue
        offers.append(await offer_shift(vid, shift_id))
    return {"offered": len(offers)}
