# SDK: wmill 1.850.0 client.py: each check_status call is a task (keys check_status, check_status_2, ...), sleep() is durable, and the walrus binds the checkpointed result.
from wmill import sleep, task, workflow


@task()
async def start_export(dataset: str) -> str:
    return f"exp-{dataset}"


@task()
async def check_status(export_id: str) -> dict:
    import httpx

    return httpx.get(f"https://exports.internal/{export_id}").json()


@workflow
async def main(dataset: str, max_polls: int = 30):
    export_id = await start_export(dataset)
    polls = 0
    while (status := await check_status(export_id))["state"] not in ("done", "failed") and polls < max_polls:
        polls += 1
        await sleep(60)
    if (url := status.get("url")) is None:
        return {"export_id": export_id, "state": status["state"]}
    return {"export_id": export_id, "url": url}
