# SDK: wmill 1.850.0: the body re-runs every round; a clock read that only reaches a log line changes nothing the workflow does
"""ETL: body helpers are wrapped in a timing decorator that logs how long they took."""
import functools
import logging
import time

from wmill import task, workflow

log = logging.getLogger("etl")


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            log.info("%s took %.1f ms", fn.__name__, (time.perf_counter() - t0) * 1000)

    return wrapper


@timed
def partition(rows: list[dict], size: int) -> list[list[dict]]:
    return [rows[i : i + size] for i in range(0, len(rows), size)]


@task()
async def extract(source: str) -> list[dict]:
    import wmill

    return wmill.datatable().query(f"select * from {source}").fetch()


@task()
async def load(batch: list[dict], target: str) -> int:
    import wmill

    db = wmill.datatable()
    for row in batch:
        db.query(f"insert into {target} select * from json_populate_record(null::{target}, $1)", row).execute()
    return len(batch)


@workflow
async def main(source: str, target: str, batch_size: int = 500):
    rows = await extract(source)
    total = 0
    for batch in partition(rows, batch_size):
        total += await load(batch, target)
    return {"loaded": total}
