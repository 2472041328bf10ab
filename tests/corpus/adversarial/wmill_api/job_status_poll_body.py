# SDK: wmill 1.850.0 client.py get_job_status() GETs the job's state; polled in the body, each replay reads a new state and can branch another way.
import wmill
from wmill import sleep, task, workflow


@task()
async def start_export(table: str) -> str:
    return wmill.run_script_by_path_async("f/exports/run", args={"table": table})


@workflow
async def main(table: str):
    job_id = await start_export(table)
    for _ in range(10):
        status = wmill.get_job_status(job_id)  # expect: WAC101
        if status == "COMPLETED":
            return True
        await sleep(30)
    return False
