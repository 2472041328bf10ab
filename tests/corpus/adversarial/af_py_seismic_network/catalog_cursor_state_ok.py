# SDK: wmill 1.850.0 client.py get_state()/set_state() are API calls: read once in a step (checkpointed) and written by a task, so no replay repeats them
"""Incremental event-catalog sync with the cursor behind durable boundaries."""

import wmill
from wmill import step, task, workflow

CATALOG = "https://catalog.seismo.example/fdsnws/event/1/query"
PAGE = 200


@task()
async def fetch_events(since: str, limit: int) -> list[dict]:
    import httpx

    r = httpx.get(CATALOG, params={"updatedafter": since, "limit": limit, "orderby": "time-asc", "format": "geojson"})
    r.raise_for_status()
    return [
        {"id": f["id"], "mag": f["properties"]["mag"], "updated": f["properties"]["updated"]}
        for f in r.json()["features"]
    ]


@task()
async def upsert_events(events: list[dict]) -> int:
    import psycopg

    with psycopg.connect(wmill.get_variable("f/seismic/catalog_dsn")) as conn:
        for e in events:
            conn.execute(
                "insert into events(id, mag, updated) values (%s, %s, %s) "
                "on conflict (id) do update set mag = excluded.mag, updated = excluded.updated",
                (e["id"], e["mag"], e["updated"]),
            )
    return len(events)


@task()
async def save_cursor(cursor: str, total: int) -> None:
    wmill.set_state({"cursor": cursor, "last_total": total})


@workflow
async def main(default_since: str = "2024-01-01T00:00:00"):
    state = await step("load_cursor", lambda: wmill.get_state() or {})
    cursor = state.get("cursor", default_since)
    total = 0
    for _ in range(50):
        page = await fetch_events(cursor, PAGE)
        if not page:
            break
        total += await upsert_events(page)
        cursor = page[-1]["updated"]
        if len(page) < PAGE:
            break
    await save_cursor(cursor, total)
    return {"cursor": cursor, "synced": total}
