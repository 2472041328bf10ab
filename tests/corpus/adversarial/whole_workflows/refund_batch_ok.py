# SDK: wmill 1.850.0 client.py: TaskError(Exception) for task failures (raised on replay); `except Exception: ... raise` rethrows; parallel() awaits each fn(item); print/logging in the body only writes to the job log.
import logging
from typing import TypedDict

from wmill import TaskError, parallel, sleep, step, task, workflow

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger(__name__)

STRIPE = "https://api.stripe.com/v1"
RATE_LIMIT_PAUSE_S = 60


class Refund(TypedDict):
    charge_id: str
    amount: int
    reason: str


@task(concurrency_limit=5, concurrency_key="stripe-refunds", concurrency_time_window_s=1)
async def refund(item: dict) -> dict:
    import stripe
    import wmill

    stripe.api_key = wmill.get_variable("f/billing/stripe_secret")
    created = stripe.Refund.create(charge=item["charge_id"], amount=item["amount"], reason=item["reason"])
    return {"charge_id": item["charge_id"], "refund_id": created["id"], "status": created["status"]}


@task()
async def record_ledger(entries: list) -> int:
    import psycopg2

    conn = psycopg2.connect("dbname=ledger")
    with conn, conn.cursor() as cur:
        cur.executemany("insert into refunds(charge_id, refund_id, status) values (%s, %s, %s)",
                        [(e["charge_id"], e["refund_id"], e["status"]) for e in entries])
    return len(entries)


def validate(items: list[Refund]) -> list[Refund]:
    ok = [i for i in items if i["amount"] > 0 and i["charge_id"].startswith("ch_")]
    if len(ok) != len(items):
        logger.warning("dropped %d malformed refund rows", len(items) - len(ok))
    return ok


@workflow
async def main(items: list[dict], batch_size: int = 50):
    valid = validate(items)
    print(f"refunding {len(valid)} charges in batches of {batch_size}")
    done: list[dict] = []
    for start in range(0, len(valid), batch_size):
        chunk = valid[start : start + batch_size]
        try:
            done.extend(await parallel(chunk, refund, concurrency=5))
        except TaskError as err:
            logger.error("batch at %d failed in %s: %s", start, err.step_key, err)
            raise
        except Exception:
            logger.exception("unexpected failure in batch at %d", start)
            raise
        if start + batch_size < len(valid):
            await sleep(RATE_LIMIT_PAUSE_S)

    written = await record_ledger(done)
    stats = await step("stats", lambda: {"refunded": len(done), "ledger_rows": written})
    return stats
