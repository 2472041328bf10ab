# SDK: wmill 1.850.0 client.py: the body replays after each task; a PEP 695 generic class whose __getitem__ / __contains__ read a dict in memory, filled from a task's checkpointed result, answers the same in every round
"""Check which volunteers already hold a shift (loaded by a task) before offering open ones."""

from typing import override

from wmill import task, workflow


class Ledger[K, V]:
    def __init__(self, rows: dict[K, V]) -> None:
        self._rows = dict(rows)

    def __getitem__(self, key: K) -> V | None:
        return self._rows.get(key)

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def __repr__(self) -> str:
        return f"Ledger({len(self._rows)} rows)"


class ShiftLedger(Ledger[str, str]):
    @override
    def __repr__(self) -> str:
        return f"ShiftLedger({len(self._rows)} holders)"


type Roster = dict[str, str]


@task(timeout=60)
async def load_roster(redis_url: str) -> Roster:
    import redis

    raw = redis.Redis.from_url(redis_url).hgetall("roster:current")
    return {k.decode(): v.decode() for k, v in raw.items()}


@task(timeout=60)
async def offer_shift(volunteer_id: str, shift_id: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.post("https://roster.foodbank.example/api/offers", json={"volunteer": volunteer_id, "shift": shift_id})
        r.raise_for_status()
        return r.json()


@workflow
async def main(redis_url: str, volunteer_ids: list[str], open_shifts: list[str]):
    roster = ShiftLedger(await load_roster(redis_url))
    print(f"loaded {roster!r}")
    offers = []
    for vid, shift_id in zip(volunteer_ids, open_shifts):
        if vid in roster or roster[vid] is not None:
            continue
        offers.append(await offer_shift(vid, shift_id))
    return {"offered": len(offers)}
