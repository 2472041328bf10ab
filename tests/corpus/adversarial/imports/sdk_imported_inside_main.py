# SDK: wmill 1.850.0 client.py + Windmill's worker: a script runs as a workflow only when `main` is decorated `@workflow`; the SDK names imported inside a plain `main` get no checkpoint or replay.
import wmill


async def enrich(record_id: str) -> dict:
    return {"id": record_id, "source": wmill.get_workspace()}


async def main(record_ids: list[str]):  # expect: WAC005
    from wmill import parallel, task

    enrich_task = task()(enrich)  # expect: WAC003
    return await parallel(record_ids, enrich_task, concurrency=4)
