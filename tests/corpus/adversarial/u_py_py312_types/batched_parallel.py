# SDK: wmill 1.850.0 parallel() runs `if not items`, len(items) and items[i : i + n]; itertools.batched returns an iterator, so len() raises TypeError before any task is dispatched
import itertools

from wmill import parallel, task, workflow


@task(timeout=600)
async def geocode_batch(addresses: list[str]) -> list[dict]:
    import googlemaps

    gmaps = googlemaps.Client(key="from-resource")
    out = []
    for a in addresses:
        hits = gmaps.geocode(a)
        loc = hits[0]["geometry"]["location"] if hits else None
        out.append({"address": a, "lat": loc and loc["lat"], "lng": loc and loc["lng"]})
    return out


@task()
async def save(rows: list[dict]) -> int:
    import psycopg

    with psycopg.connect("postgresql://geo@db/crm") as conn:
        with conn.cursor() as cur:
            cur.executemany("update accounts set lat = %s, lng = %s where address = %s",
                            [(r["lat"], r["lng"], r["address"]) for r in rows])
    return len(rows)


@workflow
async def main(addresses: list[str]):
    batches = itertools.batched(addresses, 25)
    results = await parallel(batches, geocode_batch, concurrency=4)  # expect: WAC301
    flat = [row for batch in results for row in batch]
    return {"saved": await save(flat)}
