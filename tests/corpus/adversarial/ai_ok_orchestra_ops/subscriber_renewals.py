# SDK: wmill 1.850.0 parallel(items, fn, concurrency=) with a @task; sleep between batches; MISTAKE: datetime.fromtimestamp without a zone in the body (worker TZ)
from datetime import datetime

import stripe
import wmill
from wmill import parallel, sleep, step, task, workflow

BATCH = 50


@task(timeout=120, tag="billing")
async def renew(subscriber: dict) -> dict:
    stripe.api_key = wmill.get_variable("f/orchestra/stripe_key")
    invoice = stripe.Invoice.create(customer=subscriber["customer_id"], auto_advance=True)
    return {"id": subscriber["id"], "invoice": invoice["id"], "created": invoice["created"]}


@task()
async def list_due(season: str) -> list[dict]:
    db = wmill.get_resource("f/orchestra/crm")
    import psycopg

    with psycopg.connect(db["dsn"]) as conn:
        rows = conn.execute(
            "select id, customer_id from subscribers where season = %s and renew = true order by id", (season,)
        ).fetchall()
    return [{"id": r[0], "customer_id": r[1]} for r in rows]


@workflow
async def main(season: str, pause_seconds: int = 60):
    due = await list_due(season)
    renewed: list[dict] = []
    for offset in range(0, len(due), BATCH):
        chunk = due[offset : offset + BATCH]
        results = await parallel(chunk, renew, concurrency=10)
        # results came back through JSON: `created` is a plain int here, converting it is fine
        for r in results:
            r["created_iso"] = datetime.fromtimestamp(r["created"]).date().isoformat()  # expect: WAC102
        renewed.extend(results)
        if offset + BATCH < len(due):
            await sleep(pause_seconds)
    finished = await step("finished", lambda: datetime.now().isoformat())
    return {"season": season, "renewed": len(renewed), "finished": finished, "sample": renewed[:3]}
