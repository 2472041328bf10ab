# SDK: wmill 1.850.0 client.py: the SDK's `sleep` is a durable suspension (checkpointed), so polling a task with it between attempts replays the same way every round.
from wmill import TaskError, sleep, task, workflow


@task()
async def export_status(export_id: str) -> str:
    return "done"


@workflow
async def main(export_id: str):
    for attempt in range(5):
        try:
            status = await export_status(export_id)
        except TaskError:
            status = "error"
        if status == "done":
            return {"attempts": attempt + 1}
        await sleep(30 * (attempt + 1))
    return {"attempts": 5, "status": "timeout"}
