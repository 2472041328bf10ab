# SDK: wmill 1.850.0 client.py get_state() GETs the state resource and set_state() PUTs it (set_resource): both hit the API on every replay of the body
"""Incremental event-catalog sync, ported from a Dagster sensor's cursor."""

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


@workflow
async def main(default_since: str = "2024-01-01T00:00:00"):
    state = wmill.get_state() or {}  # expect: WAC101
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
    wmill.set_state({"cursor": cursor, "last_total": total})  # expect: WAC101
    summary = await step("summary", lambda: {"cursor": cursor, "synced": total})
    return summary
