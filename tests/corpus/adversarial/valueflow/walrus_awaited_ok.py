# SDK: wmill 1.850.0 client.py: an awaited task in a walrus condition is consumed like any other awaited call (its key is allocated in order).
from wmill import sleep, task, workflow


@task()
async def export_status(export_id: str) -> str:
    return "ready"


@task()
async def download_url(export_id: str) -> str:
    return f"https://exports.example.com/{export_id}.zip"


@workflow
async def main(export_id: str):
    polls = 0
    while (status := await export_status(export_id)) == "pending" and polls < 30:
        polls += 1
        await sleep(60)
    if status != "ready":
        return {"status": status}
    return {"status": status, "url": await download_url(export_id)}
