# SDK: wmill 1.850.0: step() checkpoints a callback's JSON value; datetimes become ISO strings before leaving the step; env vars are read inside tasks only
from datetime import datetime, timezone

from wmill import step, task, workflow


REENTRY_HOURS = {"sulfur": 24, "copper": 48, "organic_oil": 4}


@task()
async def record_spray(block: str, product: str, litres: float, sprayed_at: str) -> int:
    import os

    import psycopg

    with psycopg.connect(os.environ["SPRAY_DB_URL"]) as conn:
        cur = conn.execute(
            "insert into spray_log (block, product, litres, sprayed_at) values (%s, %s, %s, %s) returning id",
            (block, product, litres, sprayed_at),
        )
        return cur.fetchone()[0]


@task()
async def post_signage(block: str, until: str) -> None:
    import requests

    requests.post(
        "https://signs.example-vines.io/api/reentry",
        json={"block": block, "until": until},
        timeout=10,
    ).raise_for_status()


def stamp() -> str:
    return datetime.now(timezone.utc).isoformat()


def reentry_until(sprayed_at: str, hours: int) -> str:
    from datetime import timedelta

    return (datetime.fromisoformat(sprayed_at) + timedelta(hours=hours)).isoformat()


@workflow
async def main(blocks: list[str], product: str, litres_per_block: float):
    sprayed_at = await step("spray_stamp", stamp)
    hours = REENTRY_HOURS.get(product, 72)
    until = reentry_until(sprayed_at, hours)
    ids = []
    for block in blocks:
        ids.append(await record_spray(block, product, litres_per_block, sprayed_at))
        await post_signage(block, until)
    window = await step("reentry_window", lambda: {"from": sprayed_at, "until": until})
    return {"log_ids": ids, "window": window}
