# SDK: wmill 1.850.0 parallel() slices and measures its items; a list of batched tuples can be, and each tuple argument reaches the task as a JSON list
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
    batches = [list(b) for b in itertools.batched(addresses, 25)]
    results = await parallel(batches, geocode_batch, concurrency=4)
    flat = [row for batch in results for row in batch]
    return {"saved": await save(flat)}
