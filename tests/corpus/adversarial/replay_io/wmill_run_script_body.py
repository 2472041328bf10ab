# SDK: wmill 1.850.0 client.py run_script_by_path() creates a new job through the API and waits for it; in the body a new job starts on every replay (task_script is the durable form).
import wmill
from wmill import task, workflow


@task()
async def prepare(dataset: str) -> dict:
    return {"dataset": dataset}


@workflow
async def main(dataset: str):
    args = await prepare(dataset)
    result = wmill.run_script_by_path("f/etl/load", args=args)  # expect: WAC101
    return result
