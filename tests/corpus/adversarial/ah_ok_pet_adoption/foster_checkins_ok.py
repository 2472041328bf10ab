# SDK: wmill 1.850.0 parallel(items, fn) with fn a module async helper that awaits two tasks per item (parallel gathers fn(item), client.py 3870), sleep() between weekly rounds, a dict.fromkeys dedupe (insertion order), itertools.islice chunking
from itertools import islice

from wmill import parallel, sleep, task, workflow

WEEK = 7 * 86400


@task()
async def foster_status(foster_id: str) -> dict:
    import httpx

    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.get(f"https://foster.shelter.example/fosters/{foster_id}/status")
        return r.json()


@task()
async def send_checkin(foster_id: str, animal: str, week: int) -> bool:
    import httpx

    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.post("https://foster.shelter.example/checkins", json={"foster": foster_id, "animal": animal, "week": week})
        return r.is_success


async def check_one(pair: tuple[str, str], week: int) -> dict:
    foster_id, animal = pair
    status = await foster_status(foster_id)
    if status.get("returned"):
        return {"foster": foster_id, "animal": animal, "sent": False}
    return {"foster": foster_id, "animal": animal, "sent": await send_checkin(foster_id, animal, week)}


def chunks(items: list, size: int):
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


@workflow
async def main(placements: list[list[str]], weeks: int = 6, batch_size: int = 20):
    pairs = list(dict.fromkeys((p[0], p[1]) for p in placements))
    log = []
    for week in range(1, weeks + 1):
        for batch in chunks(pairs, batch_size):
            log.extend(await parallel(batch, lambda pair, w=week: check_one(pair, w)))
        if week < weeks:
            await sleep(WEEK)
    return {"checkins": sum(1 for x in log if x["sent"]), "skipped": sum(1 for x in log if not x["sent"])}
