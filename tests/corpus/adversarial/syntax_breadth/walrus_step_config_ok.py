# SDK: wmill 1.850.0 client.py `step`: the function runs once and its JSON result is replayed; the walrus binds the checkpointed value, the environment is read only inside the step.
import os

from wmill import step, task, workflow


@task()
async def export_rows(table: str, bucket: str) -> int:
    return 10


@workflow
async def main(table: str):
    if (bucket := await step("export_bucket", lambda: os.environ.get("EXPORT_BUCKET", ""))):
        count = await export_rows(table, bucket)
        return {"table": table, "exported": count}
    return {"table": table, "exported": 0}
